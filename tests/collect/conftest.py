from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from .site import Site, start

_connect = socket.socket.connect


@pytest.fixture(autouse=True)
def only_localhost(monkeypatch: pytest.MonkeyPatch) -> None:
    """No collection test reaches any address but 127.0.0.1: any other connection fails the test."""

    def connect(self: socket.socket, address: object) -> None:
        host = address[0] if isinstance(address, tuple) else address
        if host != "127.0.0.1":
            raise AssertionError(f"a test tried to reach {address!r}; only 127.0.0.1 is allowed")
        _connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", connect)


@pytest.fixture
def site() -> Iterator[Site]:
    served = Site()
    server = start(served)
    yield served
    server.shutdown()
    server.server_close()
