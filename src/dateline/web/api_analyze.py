"""``POST /api/analyze``: analyse one article sent as JSON, as a text or HTML body, or as an uploaded file.

The analysis has the server's budget (``max_seconds`` of analysis, ``max_chars`` of text, as ``dateline
analyze --max-seconds/--max-chars``); one analysis runs at a time. ``?store=true`` also stores it, which
needs the operator's token; the answer is then ``201 Created`` with the stored article's ``Location``.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from ..analyze.budget import Budget
from ..engine import analyze_stream
from ..model import Analysis, Article, Reject
from .deps import analysis_lock, authorize, settings, writing
from .errors import ApiError, errors
from .schemas import RECORDS
from .submit import REQUEST_SCHEMA, Submission, article_of, from_bytes, from_json, is_html_name, upload_label

router = APIRouter()

_FORM_FIELDS = ("url", "outlet", "title", "published")
_META = {name: {"type": "string", "maxLength": 4096} for name in _FORM_FIELDS}
_BODY = {
    "required": True,
    "content": {
        "application/json": {"schema": REQUEST_SCHEMA},
        "text/plain": {"schema": {"type": "string", "description": "The article's text."}},
        "text/html": {"schema": {"type": "string", "description": "The article's HTML page."}},
        "multipart/form-data": {"schema": {
            "type": "object", "required": ["file"],
            "properties": {"file": {"type": "string", "format": "binary",
                                    "description": "A text or HTML file (any encoding); its name is a label only."},
                           **_META}}},
    },
}


Store = Annotated[bool, Query(description="Also store the analysis: needs 'Authorization: Bearer <token>' (the "
                                          "server must have been started with a token) and answers 201.")]
Meta = Annotated[str | None, Query(max_length=4096, description="For a text or HTML body: the article's url, outlet, "
                                                               "title or published date (JSON and forms carry them as "
                                                               "fields).")]


def _answers() -> dict[int | str, dict[str, Any]]:
    record = {"application/json": {"schema": RECORDS.analysis()}}
    return {200: {"description": "The analysis (dateline/1 record); nothing stored.", "content": record},
            201: {"description": "Analysed and stored; Location names the stored article.", "content": record,
                  "headers": {"Location": {"schema": {"type": "string"}, "description": "/api/articles/{id}"}}},
            **errors(400, 401, 403, 409, 413, 415, 422, 503)}


@router.post("/analyze", tags=["analyze"], response_class=JSONResponse, responses=_answers(),
             openapi_extra={"requestBody": _BODY})
async def analyze(request: Request, store: Store = False, url: Meta = None, outlet: Meta = None, title: Meta = None,
                  published: Meta = None) -> Any:
    """Analyse one article and answer with its full analysis (the record ``dateline analyze --json`` prints)."""
    if store:
        authorize(request)
        if settings(request).db is None:
            raise ApiError(409, "this server serves no store to write to (start it with --db)")
    meta = {"url": url, "outlet": outlet, "title": title, "published": published}
    sent = await _submission(request, meta)
    article = await run_in_threadpool(article_of, sent)  # extracting a large page takes a while: not on the loop
    result = await run_in_threadpool(_run, request, article, store)
    if isinstance(result, Reject):
        status = 413 if result.reason.startswith("over the size budget") else 422
        raise ApiError(status, f"{result.source}: {result.reason}")
    if not store:
        return result.to_json()
    location = "/api/articles/" + quote(result.article.id, safe=":")
    return JSONResponse(result.to_json(), status_code=201, headers={"Location": location})


async def _submission(request: Request, meta: dict[str, str | None]) -> Submission:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json" or kind.endswith("+json"):
        return from_json(await request.body())
    if kind in ("text/plain", "text/html", "application/xhtml+xml"):
        html = kind != "text/plain"
        return from_bytes(await request.body(), html=html, label="api:html" if html else "api:text", **meta)
    if kind == "multipart/form-data":
        return await _upload(request, meta)
    shown = kind or "none"
    raise ApiError(415, f"content type {shown[:80]!r} is not analysed: send application/json, text/plain, "
                        "text/html or a multipart/form-data file upload")


async def _upload(request: Request, given: dict[str, str | None]) -> Submission:
    limit = settings(request).max_upload
    try:
        form = await request.form(max_files=1, max_fields=len(_FORM_FIELDS), max_part_size=limit)
    except Exception as error:  # the multipart parser's own refusals (too many parts, malformed)
        raise ApiError(400, f"form: {getattr(error, 'message', None) or error}"[:300]) from None
    try:
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise ApiError(422, "form: a 'file' part with the article (text or HTML) is required")
        fields = {name: form.get(name) for name in _FORM_FIELDS}
        if any(isinstance(value, str) and len(value) > 4096 for value in fields.values()):
            raise ApiError(422, "form: url, outlet, title and published are at most 4,096 characters")
        meta = {name: value if isinstance(value, str) and value else given[name] for name, value in fields.items()}
        data = await upload.read()
        return from_bytes(data, html=is_html_name(upload.filename, upload.content_type),
                          label=upload_label(upload.filename), **meta)
    finally:
        await form.close()


def _run(request: Request, article: Article, store: bool) -> Analysis | Reject:
    """In a worker thread: wait for the analyser (up to the budget), then analyse, and store if asked."""
    chosen = settings(request)
    lock = analysis_lock(request)
    if not lock.acquire(timeout=chosen.max_seconds):
        raise ApiError(503, f"the analyser is busy (another article for over {chosen.max_seconds:g} s); try again")
    try:
        if not store:
            budget = Budget(chosen.max_seconds, chosen.max_chars)
            return next(iter(analyze_stream([article], budget=budget)))
        results: list[Analysis | Reject] = []
        with writing(request) as corpus:
            corpus.add_articles([article], on_result=results.append, max_seconds=chosen.max_seconds,
                                max_chars=chosen.max_chars)
        return results[0]
    finally:
        lock.release()
