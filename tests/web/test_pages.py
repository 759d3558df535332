"""The reader's pages through FastAPI's test client: status, escaping, highlights, errors as pages."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from dateline.engine import Corpus
from dateline.model import Analysis
from dateline.web import create_app

from ..conftest import EXAMPLES, SEED, needs_shared
from .marks import highlights, marked
from .reader_store import HOSTILE_TITLE, reader_db  # noqa: F401  (the session's store)


@pytest.fixture(scope="module")
def client(reader_db: Path) -> Iterator[TestClient]:  # noqa: F811
    with TestClient(create_app(reader_db)) as test_client:
        yield test_client


def stored(db: Path, key: str) -> Analysis:
    with Corpus(db, readonly=True) as corpus:
        found = corpus.get(key)
    assert found is not None, key
    return found


def article_url(analysis: Analysis) -> str:
    return "/articles/" + quote(analysis.article.id, safe="")


def hostile(db: Path) -> Analysis:
    with Corpus(db, readonly=True) as corpus:
        return stored(db, corpus.search('"Springvale"')[0].id)


def test_every_quote_claim_and_actor_of_an_article_is_highlighted_once_with_its_words(
        client: TestClient, reader_db: Path) -> None:  # noqa: F811
    analysis = stored(reader_db, str(EXAMPLES / "lagos-port-strike.txt"))
    response = client.get(article_url(analysis))
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    parsed = highlights(response.text)
    assert "".join(parsed.text) == analysis.article.text, "the page shows the whole text, each character once"
    texts = marked(parsed)
    text = analysis.article.text
    expected = [("quote", q.id, q.content.start, q.content.end) for q in analysis.quotes]
    expected += [("claim", c.id, c.span.start, c.span.end) for c in analysis.claims]
    expected += [("actor", e.id, m.start, m.end) for e in analysis.entities for m in e.mentions]
    assert expected
    for key in expected:
        assert texts.get(key) == text[key[2]:key[3]], key
    assert {("quote", q.id, q.content.start, q.content.end) for q in analysis.quotes} <= parsed.focusable
    for quote_record in analysis.quotes:  # the tooltip's source: speaker, cue and chain beside the text
        assert f'id="tip-{quote_record.id}"' in response.text


def test_a_quote_panel_entry_names_speaker_cue_and_chain(client: TestClient, reader_db: Path) -> None:  # noqa: F811
    analysis = stored(reader_db, str(EXAMPLES / "geneva-water-talks.txt"))
    page = client.get(article_url(analysis)).text
    reported = max(analysis.quotes, key=lambda q: len(q.chain))
    entry = page[page.index(f'id="info-{reported.id}"'):]
    entry = entry[: entry.index("</li>")]
    assert reported.speaker is not None and reported.speaker.name and reported.cue is not None
    assert reported.speaker.name in entry and f"“{reported.cue.text}”" in entry
    assert len(reported.chain) >= 2 and "source chain: " in entry
    assert all(link.name in entry for link in reported.chain)


def test_hostile_article_text_title_and_outlet_are_shown_as_text(client: TestClient, reader_db: Path) -> None:  # noqa: F811
    analysis = hostile(reader_db)
    page = client.get(article_url(analysis)).text
    assert len(re.findall(r"<script\b", page)) == 1, "only the reader's own script"
    assert '<script src="/static/reader.js' in page
    for tag in ("<img", "<svg onload", "<b>", "<i>", "<a href=\"javascript"):
        assert tag not in page, tag
    assert "&lt;script&gt;alert(&#39;xss-script&#39;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=" in page
    assert "Budget vote &lt;script&gt;" in page and HTML_ESCAPED_OUTLET in page
    parsed = highlights(page)
    assert "".join(parsed.text) == analysis.article.text
    quote_with_markup = next(q for q in analysis.quotes if "<b>" in q.content.text)
    assert marked(parsed)[("quote", quote_with_markup.id, quote_with_markup.content.start,
                           quote_with_markup.content.end)] == quote_with_markup.content.text
    assert HOSTILE_TITLE not in page


HTML_ESCAPED_OUTLET = "&lt;i&gt;Tribune&lt;/i&gt;"


def test_every_page_sends_a_policy_that_forbids_inline_script(client: TestClient) -> None:
    for path in ("/", "/search?q=Lagos", "/actors", "/stories", "/graph", "/paste", "/articles/none"):
        policy = client.get(path).headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy, path


def test_unknown_ids_are_404_pages(client: TestClient) -> None:
    for path in ("/articles/sha256:0000", "/actors/Nobody%20Atall", "/stories/999999", "/graph?actor=Nobody+Atall"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert response.headers["content-type"].startswith("text/html")
        assert "Not found" in response.text and "Traceback" not in response.text


def test_bad_input_is_a_400_page(client: TestClient) -> None:
    response = client.get("/graph?since=last-week")
    assert response.status_code == 400 and "is not a date" in response.text
    story = client.get("/stories/abc")
    assert story.status_code == 400 and "story_id" in story.text
    assert story.headers["content-type"].startswith("text/html")
    assert client.get("/search?q=x&limit=0").status_code == 400


def test_search_finds_the_article_and_marks_the_words(client: TestClient) -> None:
    page = client.get("/search?q=Lagos").text
    assert 'href="/articles/sha256%3A' in page
    assert "<mark>Lagos</mark>" in page
    fallback = client.get('/search?q=%22Lagos')  # an unbalanced quote is not FTS5 syntax: searched as a phrase
    assert fallback.status_code == 200 and "Searched for the phrase" in fallback.text
    hostile_query = client.get("/search?q=%3Cscript%3E")
    assert hostile_query.status_code == 200 and "<script>" not in hostile_query.text
    assert client.get("/search?q=" + "w%20" * 40).status_code == 400  # too many terms: refused, said so


def test_static_files_come_from_a_fixed_table(client: TestClient) -> None:
    css = client.get("/static/reader.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    for name in ("..%2Fpages.py", "pages.py", "%2Fetc%2Fpasswd", "reader.css%00"):
        assert client.get("/static/" + name).status_code == 404, name


def test_actor_story_and_graph_pages(client: TestClient, reader_db: Path) -> None:  # noqa: F811
    with Corpus(reader_db, readonly=True) as corpus:
        stories = [s for s in corpus.stories() if s.size > 3]
    assert stories, "the story fixture makes one story of several outlets"
    page = client.get(f"/stories/{stories[0].id}").text
    for heading in ("Timeline", "Outlets side by side", "Copies and near-copies"):
        assert heading in page
    assert page.count('class="outlet"') >= 3 and "Original:" in page
    actor = client.get("/actors/" + quote(stories[0].actors[0], safe=""))
    assert actor.status_code == 200 and "Roles over time" in actor.text and "Quotes by" in actor.text
    graph = client.get("/graph").text
    assert graph.count('class="node ') >= 5 and "<line" in graph and 'href="/actors/' in graph


def test_paste_shows_highlights_and_stores_nothing(client: TestClient, reader_db: Path) -> None:  # noqa: F811
    with Corpus(reader_db, readonly=True) as corpus:
        before = len(corpus)
    text = ("date 2025-04-01\nHALDEN, Norway — Mayor Ingrid Solberg said on Tuesday that the ferry would "
            "resume service in May. \"We owe the islanders a reliable boat,\" Solberg told reporters.\n")
    response = client.post("/paste", data={"text": text})
    assert response.status_code == 200 and "not stored" in response.text
    parsed = highlights(response.text)
    assert "".join(parsed.text) == text.split("\n", 1)[1]
    assert any(layer == "quote" for layer, *_ in marked(parsed))
    with Corpus(reader_db, readonly=True) as corpus:
        assert len(corpus) == before


def test_paste_upload_of_an_html_file(client: TestClient) -> None:
    html = ("<html><head><title>Ferry returns</title></head><body><article><h1>Ferry returns</h1>"
            "<p>HALDEN, Norway — Mayor Ingrid Solberg said on Tuesday that the ferry would resume service in May, "
            "after repairs to its engine were finished at a yard in Bergen.</p>"
            "<p>\"We owe the islanders a reliable boat,\" Solberg told reporters at the harbour.</p>"
            "</article></body></html>")
    response = client.post("/paste", data={"text": ""}, files={"file": ("ferry.html", html.encode(), "text/html")})
    assert response.status_code == 200, response.text[:300]
    assert "Ingrid Solberg" in response.text and "<article" not in response.text.split('id="article-text"')[1][:200]


def test_pasted_text_is_never_read_as_a_path(client: TestClient) -> None:
    response = client.post("/paste", data={"text": "/etc/passwd"})
    assert "root:" not in response.text
    assert response.status_code in (200, 422)


def test_empty_paste_and_oversized_paste_are_refused_with_a_page(reader_db: Path) -> None:  # noqa: F811
    with TestClient(create_app(reader_db, max_upload=2_000)) as small:
        empty = small.post("/paste", data={"text": "   "})
        assert empty.status_code == 400 and "paste an article" in empty.text
        big = small.post("/paste", data={"text": "Word " * 1_000})
        assert big.status_code == 413 and "2,000" in big.text and "<main" in big.text
        assert 'name="text"' in big.text, "the form comes back"


def test_without_a_store_the_home_page_offers_paste() -> None:
    with TestClient(create_app(None)) as bare:
        home = bare.get("/")
        assert home.status_code == 200 and 'href="/paste"' in home.text
        assert bare.get("/articles/x").status_code == 404


@needs_shared(SEED)
def test_the_sample_article_shows_every_quote_claim_and_actor(client: TestClient, reader_db: Path) -> None:  # noqa: F811
    """The first done-when line, without a browser: each item the analysis finds is highlighted on its words."""
    analysis = stored(reader_db, str(SEED))
    parsed = highlights(client.get(article_url(analysis)).text)
    texts = marked(parsed)
    text = analysis.article.text
    keys = [("quote", q.id, q.content.start, q.content.end) for q in analysis.quotes]
    keys += [("claim", c.id, c.span.start, c.span.end) for c in analysis.claims]
    keys += [("actor", e.id, m.start, m.end) for e in analysis.entities for m in e.mentions]
    missing = [k for k in keys if texts.get(k) != text[k[2]:k[3]]]
    assert not missing
    assert analysis.quotes and analysis.claims and len(analysis.entities) >= 10
