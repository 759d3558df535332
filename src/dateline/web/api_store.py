"""What the store holds: articles (list, search, one with its full analysis), actors, quotes, claims, events.

Each handler is the REST face of one :class:`dateline.Corpus` call, with the CLI command's filters as query
parameters and ``limit``/``offset`` pages whose default ``limit`` is the Python API's.
"""

from __future__ import annotations

import sqlite3
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse

from ..engine import Corpus
from ..errors import QuerySyntaxError
from ..model import (
    ActorProfile,
    ActorSummary,
    ArticleSummary,
    ArticleVersion,
    ClaimHit,
    EventRow,
    QuoteHit,
    Reject,
    SearchHit,
    to_json,
)
from ..store.sqlite import as_phrase
from .deps import reading
from .errors import ApiError, errors
from .paging import Offset, api_default, limit_query, page, sliced
from .schemas import RECORDS, json_response

router = APIRouter()

ActorType = Literal["person", "organisation", "group"]
ClaimStatus = Literal["attributed", "anonymous", "agentless", "unattributed"]
ClaimKind = Literal["factual", "opinion", "speculation", "characterisation", "question"]

Key = Annotated[str, Path(description="Article id (sha256:…), the input's own id, or a path the article was read "
                                      "from (looked up in the store, never opened).")]
SearchQuery = Annotated[str, Query(min_length=1, max_length=1000, description='SQLite FTS5 syntax: words, "phrases", '
                                   "OR, NOT, prefix*; other text is searched as one phrase.")]
Name = Annotated[str, Path(description="A name or alias.")]
Speaker = Annotated[str | None, Query(max_length=1000, description="Speaker name or alias (part of it is enough).")]
Source = Annotated[str | None, Query(max_length=1000, description="A source anywhere in the chain (outlet, …).")]
Finding = Annotated[str | None, Query(max_length=200, description="Only claims with this finding.")]
Category = Annotated[str | None, Query(max_length=100, description="PLOVER category (CONSULT, ASSAULT, …).")]
Modality = Annotated[str | None, Query(max_length=100, description="happened, planned, blocked, hypothetical, …")]
Url = Annotated[str, Query(min_length=1, max_length=4096, description="A page's canonical URL or a URL it was "
                                                                      "fetched from.")]

ARTICLES, SEARCH, ACTORS = api_default(Corpus.articles), api_default(Corpus.search), api_default(Corpus.actors)
QUOTES, CLAIMS, EVENTS = api_default(Corpus.quotes), api_default(Corpus.claims), api_default(Corpus.events)
REJECTS = 100


def _listing(kind: type, what: str) -> dict[int | str, dict[str, Any]]:
    schema = RECORDS.page(RECORDS.ref(kind), f"{kind.__name__}Page")
    return {**json_response(schema, what), **errors(404, 422, 503)}


def _one(schema: dict[str, Any], what: str) -> dict[int | str, dict[str, Any]]:
    return {**json_response(schema, what), **errors(404, 422, 503)}


@router.get("/articles", tags=["articles"], response_class=JSONResponse,
            responses=_listing(ArticleSummary, "Stored articles, most recently published first."))
def list_articles(request: Request, limit: Annotated[int, limit_query(ARTICLES)] = ARTICLES, offset: Offset = 0) -> Any:
    """Stored articles, newest first: title, outlet, date, place and how much the analysis found."""
    with reading(request) as corpus:
        return page(lambda n: corpus.articles(n), limit, offset)


@router.get("/articles/{key:path}", tags=["articles"], response_class=JSONResponse,
            responses=_one(RECORDS.analysis(), "The article with its full analysis (dateline/1)."))
def get_article(request: Request, key: Key) -> Any:
    """One article and its full analysis, the record ``dateline analyze --json`` prints."""
    with reading(request) as corpus:
        found = corpus.get(key)
    if found is None:
        raise ApiError(404, f"no article {_shown(key)} in the store")
    return found.to_json()


@router.get("/search", tags=["articles"], response_class=JSONResponse,
            responses=_listing(SearchHit, "Articles that match, best first, the matching passage in [brackets]."))
def search(request: Request, q: SearchQuery, limit: Annotated[int, limit_query(SEARCH)] = SEARCH,
           offset: Offset = 0) -> Any:
    """Full-text search of the stored articles, as ``dateline search`` (at most 16 terms)."""
    query = q.replace("\x00", " ")  # SQLite reads a NUL as the end of the query
    with reading(request) as corpus:
        try:
            return page(lambda n: corpus.search(query, n), limit, offset)
        except QuerySyntaxError as error:
            phrase = error.phrase
        except sqlite3.OperationalError as error:  # FTS5 syntax the store does not name as such ("*x")
            if "locked" in str(error) or "busy" in str(error):
                raise
            phrase = as_phrase(query)
        try:
            return page(lambda n: corpus.search(phrase, n), limit, offset)
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                raise
            raise ApiError(422, f"search: {_shown(q)} is not a query SQLite can run ({error})") from None


@router.get("/actors", tags=["actors"], response_class=JSONResponse,
            responses=_listing(ActorSummary, "Actors across the store, most mentioned first."))
def list_actors(request: Request, type: Annotated[ActorType | None, Query(description="Only this type.")] = None,
                limit: Annotated[int, limit_query(ACTORS)] = ACTORS, offset: Offset = 0) -> Any:
    """Canonical actors across the store, as ``dateline actors``."""
    with reading(request) as corpus:
        return page(lambda n: corpus.actors(type, n), limit, offset)


@router.get("/actors/{name}", tags=["actors"], response_class=JSONResponse,
            responses=_one(RECORDS.ref(ActorProfile), "Aliases, roles over time and articles."))
def get_actor(request: Request, name: Name) -> Any:
    """One actor by name or alias, as ``dateline actor``."""
    with reading(request) as corpus:
        found = corpus.actor(name)
    if found is None:
        raise ApiError(404, f"no actor {_shown(name)} in the store")
    return to_json(found)


@router.get("/quotes", tags=["quotes"], response_class=JSONResponse,
            responses=_listing(QuoteHit, "Stored quotes, oldest article first."))
def list_quotes(request: Request, speaker: Speaker = None, source: Source = None,
                limit: Annotated[int, limit_query(QUOTES)] = QUOTES, offset: Offset = 0) -> Any:
    """Quotes by speaker and/or by a source they came through, as ``dateline quotes``."""
    with reading(request) as corpus:
        return page(lambda n: corpus.quotes(speaker, source, n), limit, offset)


@router.get("/claims", tags=["claims"], response_class=JSONResponse,
            responses=_listing(ClaimHit, "Stored claims, most check-worthy first."))
def list_claims(request: Request, status: Annotated[ClaimStatus | None, Query(description="Attribution.")] = None,
                kind: Annotated[ClaimKind | None, Query(description="Kind of claim.")] = None, finding: Finding = None,
                limit: Annotated[int, limit_query(CLAIMS)] = CLAIMS, offset: Offset = 0) -> Any:
    """Claims by attribution status, kind or finding, as ``dateline claims``."""
    with reading(request) as corpus:
        return page(lambda n: corpus.claims(status, kind, finding, n), limit, offset)


@router.get("/events", tags=["events"], response_class=JSONResponse,
            responses=_listing(EventRow, "Stored events in date order."))
def list_events(request: Request, category: Category = None, modality: Modality = None,
                limit: Annotated[int, limit_query(EVENTS)] = EVENTS, offset: Offset = 0) -> Any:
    """Events by category and/or modality, as ``dateline events``."""
    with reading(request) as corpus:
        return page(lambda n: corpus.events(category, modality, n), limit, offset)


@router.get("/rejects", tags=["articles"], response_class=JSONResponse,
            responses=_listing(Reject, "Inputs that could not be read or analysed, with the reason."))
def list_rejects(request: Request, limit: Annotated[int, limit_query(REJECTS)] = REJECTS, offset: Offset = 0) -> Any:
    """Rejected inputs, as ``dateline rejects``."""
    with reading(request) as corpus:
        return sliced(corpus.rejects(), limit, offset)


@router.get("/versions", tags=["articles"], response_class=JSONResponse,
            responses=_one({"type": "array", "items": RECORDS.ref(ArticleVersion)},
                           "Every collected version of the page, oldest first."))
def list_versions(request: Request, url: Url) -> Any:
    """The collected versions of one page, as ``dateline versions``."""
    with reading(request) as corpus:
        return to_json(corpus.versions(url))


def _shown(value: str) -> str:
    """A request value quoted in a message, cut short."""
    return repr(value if len(value) <= 80 else value[:77] + "…")
