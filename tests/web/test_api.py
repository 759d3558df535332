"""The REST API's reading side, through FastAPI's test client over a store of synthetic articles: what a user
of the API notices (search finds, pages page, filters filter, errors say what went wrong, in JSON)."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
from fastapi.testclient import TestClient

from dateline.engine import Corpus
from dateline.web import create_app

from .api_fixtures import api_store  # noqa: F401 (a fixture)

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def client(api_store: Path) -> Iterator[TestClient]:  # noqa: F811
    with TestClient(create_app(api_store)) as opened:
        yield opened


@pytest.fixture(scope="module")
def corpus(api_store: Path) -> Iterator[Corpus]:  # noqa: F811
    with Corpus(api_store, readonly=True) as opened:
        yield opened


def ok(client: TestClient, url: str) -> Any:
    response = client.get(url)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    return response.json()


def error(client: TestClient, url: str, status: int) -> str:
    response = client.get(url)
    assert response.status_code == status, response.text
    body = response.json()
    assert body == {"status": status, "message": body["message"]} and body["message"]
    return str(body["message"])


def walk(client: TestClient, url: str) -> list[Any]:
    """Every item of a listing, following next_offset page by page."""
    items: list[Any] = []
    offset: int | None = 0
    while offset is not None:
        page = ok(client, f"{url}&offset={offset}")
        assert page["offset"] == offset and len(page["items"]) <= page["limit"]
        items += page["items"]
        offset = page["next_offset"]
    return items


def test_articles_page_through_the_whole_store_newest_first(client: TestClient, corpus: Corpus) -> None:
    first = ok(client, "/api/articles?limit=4")
    assert len(first["items"]) == 4 and first["next_offset"] == 4
    everything = walk(client, "/api/articles?limit=4")
    ids = [item["id"] for item in everything]
    assert len(ids) == len(set(ids)) == len(corpus) == 11
    dates = [item["published"] for item in everything]
    assert dates == sorted(dates, reverse=True)
    denver = next(item for item in everything if item["place"] == "Denver")
    assert denver["quotes"] > 0 and denver["entities"] > 0 and denver["published"] == "2025-08-19"


def test_one_article_is_its_full_analysis_record(client: TestClient, corpus: Corpus) -> None:
    listed = ok(client, "/api/articles?limit=50")["items"]
    key = next(item["id"] for item in listed if item["place"] == "Geneva")
    record = ok(client, f"/api/articles/{key}")
    stored = corpus.get(key)
    assert stored is not None and record == stored.to_json()
    assert record["schema"] == "dateline/1" and record["quotes"] and record["claims"] and record["events"]
    by_path = ok(client, f"/api/articles/{stored.article.source}")  # a path it was read from: looked up
    assert by_path["id"] == key


def test_an_unknown_article_is_a_json_404_and_no_path_is_opened(client: TestClient) -> None:
    assert "no article" in error(client, "/api/articles/sha256:0000", 404)
    assert "no article" in error(client, "/api/articles//etc/passwd", 404)
    assert "no article" in error(client, "/api/articles/..%2F..%2Fpyproject.toml", 404)


def test_search_finds_the_article_and_marks_the_words(client: TestClient) -> None:
    hits = ok(client, "/api/search?q=wildfire")["items"]
    assert len(hits) == 1 and "[wildfire]" in hits[0]["snippet"].lower()
    assert ok(client, "/api/search?q=O'Brien")["items"] == []  # not FTS5 syntax: searched as a phrase
    assert ok(client, "/api/search?q=*strike")["limit"] == 20  # nor is a leading '*'
    assert "too many terms" in error(client, "/api/search?q=" + "+".join(["word"] * 20), 422)


def test_filters_filter_as_the_cli_options_do(client: TestClient) -> None:
    people = ok(client, "/api/actors?type=person")["items"]
    assert people and {a["type"] for a in people} == {"person"}
    assert "type" in error(client, "/api/actors?type=planet", 422)
    attributed = ok(client, "/api/claims?status=attributed")["items"]
    assert attributed and {c["status"] for c in attributed} == {"attributed"}
    everything = ok(client, "/api/claims")["items"]
    assert len(everything) > len(attributed)
    consults = ok(client, "/api/events?category=CONSULT")["items"]
    assert consults and {e["category"] for e in consults} == {"CONSULT"}
    speaker = ok(client, "/api/quotes?limit=1")["items"][0]["speaker"]
    by_speaker = ok(client, f"/api/quotes?speaker={speaker}")["items"]
    assert by_speaker and all(speaker.lower() in (q["speaker"] or "").lower() for q in by_speaker)


def test_default_limits_are_the_python_apis(client: TestClient) -> None:
    for url, method in (("/api/articles", Corpus.articles), ("/api/search?q=said", Corpus.search),
                        ("/api/actors", Corpus.actors), ("/api/quotes", Corpus.quotes),
                        ("/api/claims", Corpus.claims), ("/api/events", Corpus.events),
                        ("/api/stories", Corpus.stories)):
        assert ok(client, url)["limit"] == inspect.signature(method).parameters["limit"].default, url


def test_pages_do_not_overlap(client: TestClient) -> None:
    whole = ok(client, "/api/quotes?limit=10000")["items"]
    paged = walk(client, "/api/quotes?limit=7")
    assert paged == whole and len(whole) > 7


def test_actor_profile_and_unknown_actor(client: TestClient) -> None:
    profile = ok(client, "/api/actors/Elena Marsh")
    assert profile["summary"]["name"] == "Elena Marsh" and profile["roles"][0]["title"] == "Governor"
    assert "no actor" in error(client, "/api/actors/Nobody Atall", 404)


def test_stories_timeline_compare_and_duplicates(client: TestClient) -> None:
    stories = ok(client, "/api/stories")["items"]
    largest = stories[0]
    assert largest["size"] >= 4  # the wire story with its copies and the independent report
    story = ok(client, f"/api/stories/{largest['id']}")
    assert len(story["articles"]) == largest["size"]
    timeline = ok(client, f"/api/timeline?story={largest['id']}")
    assert timeline["scope"] == f"story:{largest['id']}" and timeline["entries"]
    compared = ok(client, f"/api/compare?story={largest['id']}")
    assert len(compared["outlets"]) >= 3
    groups = ok(client, "/api/duplicates")["items"]
    assert groups and all(group["copies"] for group in groups)
    graph = ok(client, f"/api/graph?story={largest['id']}")
    assert graph["nodes"] and graph["edges"]
    assert "no story" in error(client, "/api/stories/999999", 404)
    assert "no story" in error(client, "/api/timeline?story=999999", 404)
    assert "exactly one" in error(client, f"/api/timeline?story={largest['id']}&query=strike", 422)
    assert "since" in error(client, "/api/graph?since=2025-02-30", 422)


def test_errors_are_json_with_status_and_message(client: TestClient) -> None:
    assert error(client, "/api/no-such-endpoint", 404)
    assert "limit" in error(client, "/api/articles?limit=0", 422)
    response = client.delete("/api/articles")
    assert response.status_code == 405 and response.json()["status"] == 405 and "GET" in response.headers["allow"]


def test_a_crash_is_a_json_500_without_its_traceback(api_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("secret detail in /srv/private/path")

    monkeypatch.setattr(Corpus, "actors", broken)
    with TestClient(create_app(api_store), raise_server_exceptions=False) as client:
        response = client.get("/api/actors")
    assert response.status_code == 500
    body = response.json()
    assert body["status"] == 500 and "RuntimeError" in body["message"]
    assert "secret" not in response.text and "Traceback" not in response.text


def test_a_server_without_a_store_says_so(tmp_path: Path) -> None:
    with TestClient(create_app(None)) as client:
        assert "no store" in error(client, "/api/articles", 404)
    with TestClient(create_app(tmp_path / "missing.db")) as client:
        assert "no such database" in error(client, "/api/articles", 503)


def test_the_spec_describes_every_record_served(client: TestClient, corpus: Corpus) -> None:
    """Every stored analysis validates against the AnalysisRecord schema /openapi.json publishes."""
    spec = ok(client, "/openapi.json")
    assert {"/api/articles", "/api/search", "/api/analyze", "/api/timeline"} <= set(spec["paths"])
    validator = jsonschema_rs.validator_for({"$ref": "#/components/schemas/AnalysisRecord",
                                             "components": spec["components"]})
    for key in corpus.store.ids():
        record = ok(client, f"/api/articles/{key}")
        errors = [e.message for e in validator.iter_errors(record)]
        assert not errors, errors[:3]
    broken = {**record, "quotes": [{"id": "q1"}]}
    assert not validator.is_valid(broken)  # the schema is strict enough to catch a wrong record


def test_errors_outside_the_api_are_the_readers_pages(api_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    from fastapi.responses import HTMLResponse

    from dateline.web import pages

    def shown(request: object, status: int, message: str) -> HTMLResponse:
        return HTMLResponse(f"<p>{status}: {message}</p>", status_code=status)

    monkeypatch.setattr(pages, "error_response", shown, raising=False)
    with TestClient(create_app(api_store, max_upload=1000)) as client:
        missing = client.get("/no-such-page")
        assert missing.status_code == 404 and missing.headers["content-type"].startswith("text/html")
        too_big = client.post("/no-such-page", content=b"x" * 2000)
        assert too_big.status_code == 413 and "over the limit" in too_big.text
        assert error(client, "/api/no-such-endpoint", 404)  # the API stays JSON
        assert client.post("/api/analyze", content=b"x" * 2000).json()["status"] == 413
