"""End to end in headless Chromium: the article page, its tooltips, the actor, search, paste, phone width,
keyboard only and no JavaScript. Screenshots go to test-artifacts/screenshots."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

from dateline.engine import Corpus
from dateline.model import Analysis

from ..conftest import EXAMPLES, SEED
from .browser import browser, page, screenshot, served  # noqa: F401  (fixtures)
from .reader_store import reader_db  # noqa: F401  (fixture)

MARKS = """() => {
  const found = {};
  for (const el of document.querySelectorAll('#article-text mark[data-ref]')) {
    const key = [el.dataset.layer, el.dataset.ref, el.dataset.start, el.dataset.end].join('|');
    found[key] = (found[key] || '') + el.textContent;
  }
  return found;
}"""


def sample(db: Path) -> Analysis:
    """The shared sample article when present, else a bundled one."""
    with Corpus(db, readonly=True) as corpus:
        found = corpus.get(str(SEED)) if SEED.exists() else None
        found = found or corpus.get(str(EXAMPLES / "lagos-port-strike.txt"))
    assert found is not None
    return found


def url_of(base: str, analysis: Analysis) -> str:
    return f"{base}/articles/{quote(analysis.article.id, safe='')}"


def named_quote(analysis: Analysis) -> Any:
    return next(q for q in analysis.quotes if q.speaker and q.speaker.kind == "named" and q.speaker.name)


def test_hovering_a_quote_shows_its_speaker_cue_and_chain(page: Any, served: str, reader_db: Path) -> None:  # noqa: F811
    analysis = sample(reader_db)
    page.goto(url_of(served, analysis))
    assert page.locator("#article-text mark.quote").count() >= len(analysis.quotes)
    screenshot(page, "article-desktop")
    chosen = named_quote(analysis)
    page.locator(f'#article-text mark.quote[data-ref="{chosen.id}"]').first.hover()
    tip = page.locator("#tip")
    tip.wait_for(state="visible")
    shown = tip.inner_text()
    assert chosen.speaker.name in shown and "source chain" in shown
    if chosen.cue is not None:
        assert chosen.cue.text in shown
    screenshot(page, "article-quote-tooltip")
    page.mouse.move(2, 2)
    tip.wait_for(state="hidden")


def test_the_actor_panel_opens_the_actor_page(page: Any, served: str, reader_db: Path) -> None:  # noqa: F811
    page.goto(url_of(served, sample(reader_db)))
    link = page.locator(".panels a.actor-link").first
    name = link.inner_text().removeprefix("Actor page: ")
    link.click()
    page.wait_for_url("**/actors/**")
    assert page.locator("h1").inner_text() == name
    assert page.get_by_role("heading", name="Roles over time").is_visible()
    screenshot(page, "actor-page", full=True)


def test_search_finds_an_article_and_opens_it(page: Any, served: str) -> None:  # noqa: F811
    page.goto(served + "/")
    page.fill("#site-q", "Lagos")
    page.press("#site-q", "Enter")
    page.wait_for_url("**/search?q=Lagos*")
    hits = page.locator("ol.hits li a")
    assert hits.count() >= 1 and page.locator("ol.hits mark").count() >= 1
    screenshot(page, "search")
    hits.first.click()
    page.wait_for_url("**/articles/**")
    assert page.locator("#article-text mark.actor").count() > 0


def test_pasted_text_comes_back_highlighted(page: Any, served: str) -> None:  # noqa: F811
    page.goto(served + "/paste")
    page.fill("#paste-text", "date 2025-04-01\nHALDEN, Norway — Mayor Ingrid Solberg said on Tuesday that the "
              "ferry would resume service in May. \"We owe the islanders a reliable boat,\" Solberg told reporters.")
    page.get_by_role("button", name="Analyse").click()
    page.locator("#article-text").wait_for()
    assert page.locator("#article-text mark.quote").count() >= 1
    assert "not stored" in page.locator(".notice").first.inner_text()
    page.locator("#article-text mark.quote").first.hover()
    page.locator("#tip").wait_for(state="visible")
    assert "Solberg" in page.locator("#tip").inner_text()
    screenshot(page, "paste-result")


def test_phone_width_has_no_horizontal_overflow(browser: Any, served: str, reader_db: Path) -> None:  # noqa: F811
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    phone = context.new_page()
    analysis = sample(reader_db)
    with Corpus(reader_db, readonly=True) as corpus:
        story = max(corpus.stories(), key=lambda s: s.size)
    actor = quote(story.actors[0], safe="")
    try:
        for path in ("/", url_of("", analysis), "/search?q=Lagos", "/actors", f"/actors/{actor}", "/stories",
                     f"/stories/{story.id}", "/graph", "/paste"):
            phone.goto(served + path)
            wide, width = phone.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
            assert wide <= width, f"{path}: {wide}px wide on a {width}px screen"
        phone.goto(url_of(served, analysis))
        screenshot(phone, "article-phone")
        screenshot(phone, "article-phone-full", full=True)
        phone.goto(f"{served}/stories/{story.id}")
        screenshot(phone, "story-phone", full=True)
    finally:
        context.close()


def test_keyboard_reaches_a_quote_and_focus_shows_its_tooltip(page: Any, served: str, reader_db: Path) -> None:  # noqa: F811
    analysis = sample(reader_db)
    page.goto(url_of(served, analysis))
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('#article-text mark.quote')"):
            break
    else:
        raise AssertionError("Tab never reached a quote")
    ref = page.evaluate("document.activeElement.dataset.ref")
    record = next(q for q in analysis.quotes if q.id == ref)
    tip = page.locator("#tip")
    tip.wait_for(state="visible")
    assert record.speaker is not None and (record.speaker.name or "unknown speaker") in tip.inner_text()
    screenshot(page, "article-keyboard-focus")
    page.keyboard.press("Escape")
    tip.wait_for(state="hidden")


def test_pages_work_without_javascript(browser: Any, served: str, reader_db: Path) -> None:  # noqa: F811
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1366, "height": 900})
    plain = context.new_page()
    analysis = sample(reader_db)
    try:
        plain.goto(url_of(served, analysis))
        assert plain.locator("#article-text mark.claim").count() >= len(analysis.claims)
        chosen = named_quote(analysis)
        entry = plain.locator(f"#info-{chosen.id}")
        assert entry.is_visible() and chosen.speaker.name in entry.inner_text()
        colour = "getComputedStyle(document.querySelector('#article-text mark.quote')).backgroundColor"
        assert plain.evaluate(colour) != "rgba(0, 0, 0, 0)"
        plain.uncheck("#show-quote")  # the layer switches are CSS only
        assert plain.evaluate(colour) == "rgba(0, 0, 0, 0)"
        plain.fill("#site-q", "Lagos")
        plain.press("#site-q", "Enter")
        plain.wait_for_url("**/search?q=Lagos*")
        assert plain.locator("ol.hits li").count() >= 1
        plain.goto(served + "/paste")
        plain.fill("#paste-text", "Fire chief Lena Ortiz said the blaze was contained on Sunday.")
        plain.get_by_role("button", name="Analyse").click()
        plain.locator("#article-text mark.actor").first.wait_for()
        screenshot(plain, "no-javascript-paste")
    finally:
        context.close()


def test_the_sample_article_highlights_every_quote_claim_and_actor(page: Any, served: str, reader_db: Path) -> None:  # noqa: F811
    """Done-when: the sample article is shown with every quote, claim and actor the analysis finds highlighted
    (compared by offsets with the stored record; skips to a bundled article without ../shared/seed)."""
    analysis = sample(reader_db)
    page.goto(url_of(served, analysis))
    found = page.evaluate(MARKS)
    text = analysis.article.text
    keys = [("quote", q.id, q.content.start, q.content.end) for q in analysis.quotes]
    keys += [("claim", c.id, c.span.start, c.span.end) for c in analysis.claims]
    keys += [("actor", e.id, m.start, m.end) for e in analysis.entities for m in e.mentions]
    assert keys
    missing = [k for k in keys if found.get("|".join(map(str, k))) != text[k[2]:k[3]]]
    assert not missing, missing[:5]
    assert page.evaluate("document.getElementById('article-text').textContent") == text
    screenshot(page, "sample-article-full", full=True)
