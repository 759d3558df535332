"""Templates and static files of the reader: one Jinja2 environment with autoescape on, and a fixed table
of static files read once from the package (a request names a file; it never reaches the filesystem)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any
from urllib.parse import quote

from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from .. import __version__
from .highlight import css_name

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
"""No inline script or style anywhere: even a tag that escaping missed could not run."""

HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
           "X-Frame-Options": "DENY"}

_ENV = Environment(loader=PackageLoader("dateline.web", "templates"), autoescape=True, undefined=StrictUndefined,
                   trim_blocks=True, lstrip_blocks=True)


def _url_part(value: object) -> str:
    """A path segment or query value from data (an actor's name): percent-encoded, slashes included."""
    return quote(str(value), safe="")


_MATCH = re.compile(r"\[([^\[\]]*)\]")


def _snippet(value: str) -> Markup:
    """A search snippet with its [matched] words marked: escaped first, so only the marks are markup."""
    return Markup(_MATCH.sub(r"<mark>\1</mark>", str(escape(value))))


_ENV.filters.update(u=_url_part, css=css_name, snippet=_snippet)


@dataclass(frozen=True)
class Static:
    body: bytes
    media_type: str
    etag: str


_TYPES = {"css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
          "svg": "image/svg+xml"}


def _load_static() -> dict[str, Static]:
    folder = resources.files("dateline.web") / "static"
    table: dict[str, Static] = {}
    for item in folder.iterdir():
        kind = item.name.rsplit(".", 1)[-1]
        if item.is_file() and kind in _TYPES:
            body = item.read_bytes()
            table[item.name] = Static(body, _TYPES[kind], hashlib.sha256(body).hexdigest()[:16])
    return table


STATIC = _load_static()


def static_url(name: str) -> str:
    """The URL of a static file, with its hash so a new version is never read from a stale cache."""
    return f"/static/{name}?v={STATIC[name].etag}" if name in STATIC else f"/static/{name}"


_ENV.globals.update(static_url=static_url, version=__version__)


def page(template: str, status_code: int = 200, **values: Any) -> HTMLResponse:
    """A rendered page with the reader's security headers."""
    html = _ENV.get_template(template).render(**values)
    return HTMLResponse(html, status_code=status_code, headers=HEADERS)
