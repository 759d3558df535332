"""The paste page's input: pasted text or one uploaded file, read within the size limit and analysed.

The request body is counted as it arrives, so an oversized paste is refused before it is parsed; a
pasted string is always the article's text (it is never taken for a file name, so nothing a request
holds can reach the filesystem); an uploaded file is read as HTML when its name or its first bytes say
so, else as text. Analyses run one at a time (each takes a core and up to 1 GB): under the server's own
analysis lock when the app has one, else under this module's.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.types import Message

from ..analyze.budget import MAX_CHARS, Budget
from ..engine import analyze_stream
from ..ingest import IngestError, article_from_html, article_from_text
from ..ingest.decode import decode
from ..model import Analysis, Article

LOCK = threading.Lock()
_HTML_START = ("<!doctype", "<html", "<head", "<body", "<article", "<main", "<div", "<p>", "<p ")


class PasteError(Exception):
    """What the paste page tells the user instead of an analysis: status, message, and the text to keep."""

    def __init__(self, status: int, message: str, text: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.text = text


@dataclass(frozen=True)
class Pasted:
    text: str  # the textarea
    upload: bytes  # the file, if one was chosen
    filename: str


async def read_form(request: Request, limit: int) -> Pasted:
    """The form, refused with 413 as soon as the body passes ``limit`` bytes (Content-Length or counted)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise PasteError(413, f"the request is {int(declared):,} bytes; this server takes at most {limit:,}")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise PasteError(413, f"the request is over {limit:,} bytes, the most this server takes")
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": bytes(body), "more_body": False}

    try:
        form = await Request(request.scope, replay).form(max_files=1, max_fields=8, max_part_size=limit)
    except Exception as error:  # malformed multipart or urlencoded data: the user's input, not our bug
        raise PasteError(400, f"the form could not be read ({type(error).__name__})") from None
    return await _fields(form)


async def _fields(form: Mapping[str, object]) -> Pasted:
    text = form.get("text")
    upload = form.get("file")
    data, name = b"", ""
    if isinstance(upload, UploadFile) and upload.filename:
        data, name = await upload.read(), upload.filename
    return Pasted(text if isinstance(text, str) else "", data, name)


def analyse_pasted(pasted: Pasted, max_seconds: float, lock: threading.Lock = LOCK) -> Analysis:
    """The analysis of the upload if one was given, else of the text; PasteError says why there is none."""
    try:
        article = _article(pasted)
    except IngestError as error:
        raise PasteError(422, error.reason, pasted.text) from None
    with lock:
        results = list(analyze_stream([article], budget=Budget(max_seconds, MAX_CHARS)))
    result = results[0] if results else None
    if not isinstance(result, Analysis):
        reason = result.reason if result is not None else "no article found"
        raise PasteError(422, reason, pasted.text)
    return result


def _article(pasted: Pasted) -> Article:
    if pasted.upload:
        source = "upload:" + "".join(ch for ch in pasted.filename if ch.isprintable())[:100]
        content = decode(pasted.upload, source)
        if pasted.filename.lower().endswith((".html", ".htm", ".xhtml")) or \
                content.lstrip()[:200].lower().startswith(_HTML_START):
            return article_from_html(content, source)
        return article_from_text(content, source)
    text = pasted.text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise PasteError(400, "paste an article's text or choose a file")
    return article_from_text(text, "pasted text")
