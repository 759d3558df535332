"""POST /api/analyze and what guards the server: body and budget limits, the token for writing, hostile input
coming back as data, request values never reaching the filesystem, and ``dateline serve`` itself."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from dateline.web import create_app
from dateline.web.hosts import allowed_for

from .api_fixtures import ROOT, TOKEN, api_store, writable_copy  # noqa: F401 (a fixture)

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

ARTICLE = ("date 2025-05-06 TALLINN, Estonia — Energy Minister Rein Kask said on Tuesday that the government would "
           "open talks with the grid operator Elering next week. \"We cannot wait for another winter,\" Kask told "
           "reporters, adding that prices had doubled since January.")
HOSTILE = ARTICLE.replace("next week.", "next week <script>alert('x')</script><img src=x onerror=alert(1)>.")
PAGE = ("<!doctype html><html lang=en><head><title>Talks on the grid</title></head><body><article>"
        "<h1>Talks on the grid</h1>" + "".join(f"<p>{p}</p>" for p in ARTICLE[16:].split(". ")) +
        "</article></body></html>")


@pytest.fixture(scope="module")
def client(api_store: Path) -> Iterator[TestClient]:  # noqa: F811
    with TestClient(create_app(api_store, max_upload=50_000, max_chars=5_000)) as opened:
        yield opened


def analysed(response: Any) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    record: dict[str, Any] = response.json()
    assert record["schema"] == "dateline/1"
    return record


def refused(response: Any, status: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["status"] == status and body["message"]
    return str(body["message"])


def speakers(record: dict[str, Any]) -> set[str]:
    return {q["speaker"]["name"] for q in record["quotes"] if q["speaker"] and q["speaker"]["name"]}


def test_json_text_is_analysed_with_the_metadata_given(client: TestClient) -> None:
    record = analysed(client.post("/api/analyze", json={"text": ARTICLE, "outlet": "Baltic Wire", "title": "Grid talks",
                                                        "url": "https://example.org/grid"}))
    assert record["published"] == "2025-05-06" and record["dateline"]["place"] == "Tallinn"
    assert record["outlet"] == "Baltic Wire" and record["title"] == "Grid talks"
    assert "Rein Kask" in speakers(record)
    assert record["source"] == "api:text"


def test_text_html_and_uploads_are_analysed_alike(client: TestClient) -> None:
    plain = analysed(client.post("/api/analyze", content=ARTICLE.encode(), headers={"content-type": "text/plain"}))
    page = analysed(client.post("/api/analyze?published=2025-05-06", content=PAGE.encode(),
                                headers={"content-type": "text/html; charset=utf-8"}))
    upload = analysed(client.post("/api/analyze", data={"published": "2025-05-06", "outlet": "Baltic Wire"},
                                  files={"file": ("grid.html", PAGE.encode(), "application/octet-stream")}))
    legacy = ARTICLE.replace("—", "-").encode("cp1252")
    latin = analysed(client.post("/api/analyze", files={"file": ("grid.txt", legacy)}))
    assert "Rein Kask" in speakers(plain) & speakers(page) & speakers(upload) & speakers(latin)
    assert page["title"] == "Talks on the grid" and page["published"] == "2025-05-06"
    assert upload["outlet"] == "Baltic Wire" and upload["source"] == "api:upload:grid.html"
    assert "<p>" not in page["text"]


def test_a_script_in_the_article_comes_back_as_data(client: TestClient) -> None:
    response = client.post("/api/analyze", json={"text": HOSTILE})
    record = analysed(response)
    assert "<script>alert('x')</script>" in record["text"]  # the article's characters, unchanged, as a string
    assert response.headers["x-content-type-options"] == "nosniff"  # a browser never renders it as HTML
    assert record["text"][record["body"]["start"]:record["body"]["end"]].endswith("January.")


def test_a_binary_upload_is_refused_with_a_clear_message(client: TestClient) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20
    message = refused(client.post("/api/analyze", files={"file": ("photo.png", png, "image/png")}), 415)
    assert "photo.png" in message and "binary" in message
    assert "content type" in refused(client.post("/api/analyze", content=png, headers={"content-type": "image/png"}),
                                     415)
    assert "file" in refused(client.post("/api/analyze", data={"title": "no file"},
                                         files={"other": ("a.txt", b"x")}), 422)


def test_bad_json_bodies_say_what_is_wrong(client: TestClient) -> None:
    assert "exactly one" in refused(client.post("/api/analyze", json={"text": ARTICLE, "html": PAGE}), 422)
    assert "exactly one" in refused(client.post("/api/analyze", json={"title": "nothing else"}), 422)
    assert "strings" in refused(client.post("/api/analyze", json={"text": None, "html": PAGE}), 422)
    assert "not an analyze request" in refused(client.post("/api/analyze", json={"text": ARTICLE, "extra": 1}), 422)
    assert "not an analyze request" in refused(client.post("/api/analyze", content=b"{",
                                                           headers={"content-type": "application/json"}), 422)
    assert "no article text" in refused(client.post("/api/analyze", json={"html": "<html><body></body></html>"}),
                                        422)


def test_a_request_value_never_reaches_the_filesystem(client: TestClient, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("date 2025-01-01 OSLO — The password is hunter2, officials said.", encoding="utf-8")
    record = analysed(client.post("/api/analyze", json={"text": str(secret)}))
    assert record["text"] == str(secret) and "hunter2" not in str(record)
    upload = analysed(client.post("/api/analyze", files={"file": (str(secret), ARTICLE.encode(), "text/plain")}))
    assert upload["source"] == "api:upload:secret.txt" and "hunter2" not in str(upload)


def test_bodies_over_the_limit_are_refused_before_reading(client: TestClient) -> None:
    big = b"x" * 60_000
    message = refused(client.post("/api/analyze", content=big, headers={"content-type": "text/plain"}), 413)
    assert "60,000" in message and "50,000" in message

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit holds on the streamed body
        for _ in range(30):
            yield b"y" * 4096

    assert "over the limit" in refused(client.post("/api/analyze", content=chunks(),
                                                   headers={"content-type": "text/plain"}), 413)


def test_articles_over_the_budget_are_refused(api_store: Path) -> None:  # noqa: F811
    with TestClient(create_app(api_store, max_chars=200)) as client:
        assert "size budget" in refused(client.post("/api/analyze", json={"text": ARTICLE * 2}), 413)
    with TestClient(create_app(api_store, max_seconds=0.001)) as client:
        assert "time budget" in refused(client.post("/api/analyze", json={"text": ARTICLE * 10}), 422)


def test_storing_needs_the_operators_token(api_store: Path, tmp_path: Path) -> None:  # noqa: F811
    store = writable_copy(api_store, tmp_path)
    with TestClient(create_app(store)) as client:  # no token configured: writing is off
        assert "without a token" in refused(client.post("/api/analyze?store=true", json={"text": ARTICLE},
                                                        headers={"Authorization": f"Bearer {TOKEN}"}), 403)
    with TestClient(create_app(store, token=TOKEN)) as client:
        missing = client.post("/api/analyze?store=true", json={"text": ARTICLE})
        assert "Bearer" in refused(missing, 401) and missing.headers["www-authenticate"] == "Bearer"
        wrong = client.post("/api/analyze?store=true", json={"text": ARTICLE}, headers={"Authorization": "Bearer nope"})
        refused(wrong, 401)
        assert client.get("/api/search?q=Kask").json()["items"] == []
        stored = client.post("/api/analyze?store=true", json={"text": ARTICLE, "published": "2025-12-01"},
                             headers={"Authorization": f"Bearer {TOKEN}"})
        assert stored.status_code == 201, stored.text
        location = stored.headers["location"]
        assert client.get(location).json() == stored.json()
        hits = client.get("/api/search?q=Kask").json()["items"]
        assert [hit["id"] for hit in hits] == [stored.json()["id"]]
        assert client.get("/api/articles").json()["items"][0]["id"] == stored.json()["id"]  # the latest published
        assert "Rein Kask" in {a["name"] for a in client.get("/api/actors?limit=100").json()["items"]}
        unstored = analysed(client.post("/api/analyze", json={"text": HOSTILE}))
        assert client.get(f"/api/articles/{unstored['id']}").status_code == 404  # without store=true: nothing kept


def test_storing_without_a_store_is_a_conflict() -> None:
    with TestClient(create_app(None, token=TOKEN)) as client:
        analysed(client.post("/api/analyze", json={"text": ARTICLE}))  # analysis alone needs no store
        assert "no store" in refused(client.post("/api/analyze?store=true", json={"text": ARTICLE},
                                                 headers={"Authorization": f"Bearer {TOKEN}"}), 409)


def test_a_rebound_name_gets_nothing_from_a_loopback_server(api_store: Path) -> None:  # noqa: F811
    app = create_app(api_store, allowed_hosts=allowed_for("127.0.0.1"))
    for name in ("127.0.0.1:8000", "localhost:8000", "[::1]:8000"):
        with TestClient(app, base_url=f"http://{name}") as client:
            assert client.get("/api/articles?limit=1").status_code == 200, name
    with TestClient(app, base_url="http://attacker.example:8000") as client:
        assert "unknown Host" in refused(client.get("/api/articles?limit=1"), 400)
    assert allowed_for("0.0.0.0") is None  # listening everywhere: the operator chose to be reachable


def _serve(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "dateline.cli", "serve", "--port", "0", *args],
                            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT / "src"), **(env or {})},
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)


def test_dateline_serve_prints_its_url_and_answers_on_loopback(api_store: Path) -> None:  # noqa: F811
    server = _serve("--db", str(api_store), env={"DATELINE_TOKEN": ""})
    try:
        assert server.stderr is not None
        line = server.stderr.readline()
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert found, line
        assert "writing disabled" in line
        url = found.group(0)
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url + "api/articles?limit=1", timeout=5) as response:
                    body = response.read().decode()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        assert '"limit":1' in body and '"next_offset":1' in body
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_dateline_serve_refuses_a_missing_store_in_one_line(tmp_path: Path) -> None:
    server = _serve("--db", str(tmp_path / "missing.db"))
    _, err = server.communicate(timeout=120)
    assert server.returncode == 3
    assert err.strip().splitlines() == [f"dateline: {tmp_path / 'missing.db'}: no such database (a writing command "
                                        "such as 'dateline analyze … --db' creates one)"]
