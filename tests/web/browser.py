"""Fixtures for the browser tests: the reader served by uvicorn on 127.0.0.1 at a free port (in a thread, for
the session), and Debian's Chromium driven headless by Playwright. No browser is ever downloaded: a missing
Chromium or Playwright skips these tests, except under CI=true, where it fails them."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from dateline.web import create_app

from ..conftest import ROOT

CHROMIUM = Path(os.environ.get("DATELINE_CHROMIUM", "/usr/bin/chromium"))
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"


def unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason}: CI must run the browser tests (.ci/system-packages installs Chromium)")
    pytest.skip(reason)


_SHARED: dict[str, Any] = {}
"""One server and one browser for the whole run: fixtures imported into several test modules are set up
once per module, so each module's instance takes these and the last one out closes them."""


def _start_server(db: Path) -> tuple[uvicorn.Server, threading.Thread, socket.socket, str]:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the reader did not start")
        time.sleep(0.05)
    return server, thread, listener, f"http://127.0.0.1:{port}"


@pytest.fixture(scope="session")
def served(reader_db: Path) -> Iterator[str]:
    """The reader over the test store, at http://127.0.0.1:PORT (a free port), for the session."""
    if "server" not in _SHARED:
        _SHARED["server"] = _start_server(reader_db)
        _SHARED["server_users"] = 0
    _SHARED["server_users"] += 1
    try:
        yield _SHARED["server"][3]
    finally:
        _SHARED["server_users"] -= 1
        if not _SHARED["server_users"]:
            server, thread, listener, _ = _SHARED.pop("server")
            server.should_exit = True
            thread.join(timeout=10)
            listener.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless, launched by Playwright from its path (never downloaded)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("Playwright is not installed (pip install -e '.[test]')")
    if not CHROMIUM.exists():
        unavailable(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    if "browser" not in _SHARED:
        playwright = sync_playwright().start()
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                              args=["--no-sandbox", "--disable-background-networking"])
        _SHARED.update(playwright=playwright, browser=launched, browser_users=0)
    _SHARED["browser_users"] += 1
    try:
        yield _SHARED["browser"]
    finally:
        _SHARED["browser_users"] -= 1
        if not _SHARED["browser_users"]:
            _SHARED.pop("browser").close()
            _SHARED.pop("playwright").stop()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh laptop-sized page; any dialog (an injected alert) is recorded on ``page.dialogs`` and dismissed."""
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    opened = context.new_page()
    opened.set_default_timeout(15_000)
    opened.dialogs = []

    def on_dialog(dialog: Any) -> None:
        opened.dialogs.append(dialog.message)
        dialog.dismiss()

    opened.on("dialog", on_dialog)
    try:
        yield opened
    finally:
        context.close()


def screenshot(page: Any, name: str, full: bool = False) -> Path:
    """Keep a screenshot as a test artefact (test-artifacts/screenshots, ignored by git)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full)
    return path
