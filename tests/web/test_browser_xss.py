"""A hostile article in a real browser: its markup shows as text, no script runs, no element is injected."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

from dateline.engine import Corpus

from .browser import browser, page, screenshot, served  # noqa: F401  (fixtures)
from .reader_store import HOSTILE, HOSTILE_TITLE, reader_db  # noqa: F401  (fixture)

INJECTED = "#article-text *:not(mark), #tip *:is(script, img, svg, iframe, a, b, i), .panels script, .panels img"


def check_inert(shown: Any) -> None:
    assert shown.dialogs == [], f"a script ran: {shown.dialogs}"
    assert shown.evaluate("document.querySelectorAll('script').length") == 1, "only the reader's own script"
    assert shown.evaluate("document.querySelector('script').getAttribute('src')").startswith("/static/reader.js")
    assert shown.locator(INJECTED).count() == 0
    text = shown.locator("#article-text").text_content()
    assert "<script>alert('xss-script')</script>" in text
    assert "<img src=x onerror=\"alert('xss-img')\">" in text and "<svg onload=alert('xss-svg')>" in text


def test_a_stored_hostile_article_is_shown_as_text(page: Any, served: str, reader_db: Path) -> None:  # noqa: F811
    with Corpus(reader_db, readonly=True) as corpus:
        found = corpus.search('"Springvale"')[0].id
    page.goto(f"{served}/articles/{quote(found, safe='')}")
    check_inert(page)
    assert HOSTILE_TITLE in page.locator("h1").inner_text() and HOSTILE_TITLE in page.title()
    quoted = page.locator("#article-text mark.quote", has_text="<b>council</b>").first
    quoted.hover()  # the tooltip copies panel nodes: still no markup from the article may come alive
    page.locator("#tip").wait_for(state="visible")
    for _ in range(6):
        page.keyboard.press("Tab")
    page.wait_for_timeout(300)
    check_inert(page)
    screenshot(page, "hostile-article")


def test_a_pasted_hostile_article_is_shown_as_text(page: Any, served: str) -> None:  # noqa: F811
    page.goto(served + "/paste")
    page.fill("#paste-text", HOSTILE)
    page.get_by_role("button", name="Analyse").click()
    page.locator("#article-text").wait_for()
    page.wait_for_timeout(300)
    check_inert(page)
