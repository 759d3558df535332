"""The web reader: server-rendered pages over the store, every one a thin shell over :class:`Corpus`.

Pages work without JavaScript (links and plain GET/POST forms); reader.js only adds the tooltips and
the graph's hover. Every error a page meets is shown as a page (404, 400, 413, 422), never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from datetime import date
from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from starlette.concurrency import run_in_threadpool

from ..errors import QueryError, QuerySyntaxError, StoreError
from . import deps
from .article_view import article_view
from .corpus_views import actor_view, graph_view, home_view, story_view
from .paste import LOCK, PasteError, analyse_pasted, read_form
from .render import STATIC, page
from .settings import Settings


class PageRoute(APIRoute):
    """A route whose errors become reader pages: HTTP errors keep their status, a refused query is a 400,
    a store that cannot be read a 503."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def handle(request: Request) -> Response:
            try:
                return await handler(request)
            except HTTPException as error:
                return error_page(error.status_code, str(error.detail))
            except RequestValidationError as error:
                return error_page(400, "; ".join(_problem(e) for e in error.errors()))
            except QueryError as error:
                return error_page(400, str(error))
            except StoreError as error:
                return error_page(503, str(error))

        return handle


def _problem(error: Any) -> str:
    """One validation error as a line: which parameter, and FastAPI's reason."""
    where = [str(part) for part in error.get("loc", ()) if part not in ("path", "query", "body")]
    return f"{'.'.join(where) or 'request'}: {error.get('msg', 'invalid')}"


router = APIRouter(route_class=PageRoute, include_in_schema=False)

_TITLES = {400: "Bad request", 404: "Not found", 413: "Too large", 422: "Cannot analyse this", 503: "Store unavailable"}


def error_page(status: int, message: str) -> Response:
    return page("error.html", status, title=_TITLES.get(status, "Error"), status=status, message=message)


def error_response(request: Request, status: int, message: str) -> Response:
    """The hook :mod:`.errors` calls for failures outside ``/api``: the reader's page, not JSON; a paste
    refused before it reached the handler (too large) gets its form back with the reason."""
    if request.url.path == "/paste" and request.method == "POST":
        return page("paste.html", status, max_upload=deps.settings(request).max_upload, error=message, text="")
    return error_page(status, message)


reading = deps.reading  # the served store, opened in the handler's own thread (see :mod:`.deps`)


@router.get("/static/{name}")
def static(name: str, request: Request) -> Response:
    """A file of the package's static table, by exact name: nothing from the request touches the disk."""
    found = STATIC.get(name)
    if found is None:
        raise HTTPException(404, f"no static file {name!r}")
    headers = {"ETag": f'"{found.etag}"', "Cache-Control": "public, max-age=3600",
               "X-Content-Type-Options": "nosniff"}
    if request.headers.get("if-none-match") == f'"{found.etag}"':
        return Response(status_code=304, headers=headers)
    return Response(found.body, media_type=found.media_type, headers=headers)


@router.get("/")
def home(request: Request) -> Response:
    if deps.settings(request).db is None:
        return page("home.html", view=None)
    with reading(request) as corpus:
        view = home_view(corpus)
    return page("home.html", view=view)


@router.get("/articles/{article_id}")
def article(article_id: str, request: Request) -> Response:
    with reading(request) as corpus:
        analysis = corpus.get(article_id)
        if analysis is None:
            raise HTTPException(404, f"no article {article_id!r} in this store")
        sources = corpus.sources(analysis.article.id)
    return page("article.html", view=article_view(analysis, sources=sources))


@router.get("/paste")
def paste_form(request: Request) -> Response:
    return page("paste.html", max_upload=deps.settings(request).max_upload, error=None, text="")


@router.post("/paste")
async def paste(request: Request) -> Response:
    """Analyse pasted text or an uploaded HTML/text file and show it like a stored article; nothing is kept."""
    chosen: Settings = deps.settings(request)
    try:
        form = await read_form(request, chosen.max_upload)
        lock = getattr(request.app.state, "analysis_lock", None) or LOCK
        analysis = await run_in_threadpool(analyse_pasted, form, chosen.max_seconds, lock)
    except PasteError as error:
        return page("paste.html", error.status, max_upload=chosen.max_upload, error=error.message,
                    text=error.text)
    return page("article.html", view=article_view(analysis, stored=False))


@router.get("/search")
def search(request: Request, q: str = "", limit: int = Query(20, ge=1, le=200)) -> Response:
    note = None
    hits = []
    if q.strip():
        with reading(request) as corpus:
            try:
                hits = corpus.search(q, limit)
            except QuerySyntaxError as error:
                hits = corpus.search(error.phrase, limit)
                note = f"Searched for the phrase {error.phrase}: the query is not search syntax ({error.reason})."
    return page("search.html", q=q, hits=hits, limit=limit, note=note)


@router.get("/actors")
def actors(request: Request, kind: str | None = Query(None, alias="type", max_length=40),
           limit: int = Query(100, ge=1, le=1000)) -> Response:
    with reading(request) as corpus:
        found = corpus.actors(kind or None, limit)
    return page("actors.html", actors=found, kind=kind or "", limit=limit)


@router.get("/actors/{name:path}")
def actor(name: str, request: Request) -> Response:
    with reading(request) as corpus:
        view = actor_view(corpus, name)
    if view is None:
        raise HTTPException(404, f"no actor named {name!r} in this store")
    return page("actor.html", view=view)


@router.get("/stories")
def stories(request: Request, min_size: int = Query(1, ge=1, le=1000)) -> Response:
    with reading(request) as corpus:
        found = corpus.stories(limit=100, min_size=min_size)
    return page("stories.html", stories=found, min_size=min_size)


@router.get("/stories/{story_id}")
def story(story_id: int, request: Request) -> Response:
    with reading(request) as corpus:
        view = story_view(corpus, story_id)
    if view is None:
        raise HTTPException(404, f"no story {story_id} in this store")
    return page("story.html", view=view)


@router.get("/graph")
def graph(request: Request, actor: str = Query("", max_length=200),
          since: str = Query("", max_length=10)) -> Response:
    start = None
    if since.strip():
        try:
            start = date.fromisoformat(since.strip())
        except ValueError:
            raise HTTPException(400, f"since: {since!r} is not a date (YYYY-MM-DD)") from None
    try:
        with reading(request) as corpus:
            view = graph_view(corpus, actor.strip() or None, start)
    except LookupError:
        raise HTTPException(404, f"no actor named {actor!r} in this store") from None
    return page("graph.html", view=view, actor=actor, since=since)
