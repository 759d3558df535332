"""Across articles: stories, timelines, the actor graph, outlet comparison, duplicates and quote spread.

A selection (``story``, ``articles``, ``query``, and for timeline and graph ``actor``) names the articles, as
the CLI's ``--story/--articles/--query/--actor`` do. The server reads the store as it stands: stories are
listed as stored (``dateline stories --db …`` places new articles) and duplicates as indexed.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse

from ..corpus import dedup
from ..engine import Corpus
from ..model import ActorGraph, Comparison, DuplicateGroup, QuoteSpread, Story, Timeline, to_json
from .deps import reading
from .errors import ApiError, errors
from .paging import Offset, api_default, limit_query, page, sliced
from .schemas import RECORDS, json_response

router = APIRouter()

MAX_ID = 2**63 - 1
"""Story ids are SQLite integers: anything larger names no story."""


def _one(kind: type, what: str) -> dict[int | str, dict[str, Any]]:
    return {**json_response(RECORDS.ref(kind), what), **errors(404, 422, 503)}


def _listing(kind: type, what: str) -> dict[int | str, dict[str, Any]]:
    return {**json_response(RECORDS.page(RECORDS.ref(kind), f"{kind.__name__}Page"), what), **errors(404, 422, 503)}


StoryId = Annotated[int | None, Query(ge=1, le=MAX_ID, description="A story id, as /api/stories lists them.")]
Articles = Annotated[str | None, Query(max_length=20_000, description="Article ids (or paths they were read from), "
                                       "comma-separated.")]
Search = Annotated[str | None, Query(max_length=1000, description="The articles a full-text search finds (FTS5 "
                                     "syntax; the best 500).")]
Since = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", json_schema_extra={"format": "date"},
                                    description="Only what is dated (or first reported) on or after this date.")]
TimelineActor = Annotated[str | None, Query(max_length=1000, description="The events one actor takes part in.")]
GraphActor = Annotated[str | None, Query(max_length=1000, description="Only the edges touching this actor.")]
MinSize = Annotated[int, Query(ge=1, le=1_000_000, description="Only stories of at least this many articles.")]
Threshold = Annotated[float, Query(ge=0.3, le=1.0, description="Share of the shorter body's word shingles found in "
                                                               "the other.")]
MinArticles = Annotated[int, Query(ge=2, le=100_000, description="Only quotes found in at least this many articles.")]
Speaker = Annotated[str | None, Query(max_length=1000, description="Speaker (part of the name is enough).")]

STORIES, MIN_SIZE = api_default(Corpus.stories), api_default(Corpus.stories, "min_size")
MIN_ARTICLES = api_default(Corpus.quote_spread, "min_articles")
GROUPS = 50


def _since(value: str | None) -> date | None:
    """The date of ``since`` (a number is no date here, though pydantic would read it as a timestamp)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ApiError(422, f"since: {value!r} is not a date (YYYY-MM-DD)") from None


def _ids(value: str | None) -> list[str] | None:
    found = [v.strip() for v in (value or "").split(",") if v.strip()]
    return found or None


@router.get("/stories", tags=["stories"], response_class=JSONResponse,
            responses=_listing(Story, "Stories, largest first."))
def list_stories(request: Request, min_size: MinSize = MIN_SIZE,
                 limit: Annotated[int, limit_query(STORIES)] = STORIES, offset: Offset = 0) -> Any:
    """Stories as stored, largest first, as ``dateline stories --no-update``."""
    with reading(request) as corpus:
        return page(lambda n: corpus.stories(n, min_size), limit, offset)


@router.get("/stories/{story_id}", tags=["stories"], response_class=JSONResponse,
            responses=_one(Story, "The story with its articles and why each joined."))
def get_story(request: Request, story_id: Annotated[int, Path(ge=1, le=MAX_ID, description="The story's id.")]) -> Any:
    """One story, as ``dateline story``."""
    with reading(request) as corpus:
        found = corpus.story(story_id)
    if found is None:
        raise ApiError(404, f"no story {story_id} in the store")
    return to_json(found)


@router.get("/timeline", tags=["stories"], response_class=JSONResponse,
            responses=_one(Timeline, "Events merged across articles, in date order."))
def timeline(request: Request, story: StoryId = None, articles: Articles = None, query: Search = None,
             actor: TimelineActor = None, since: Since = None) -> Any:
    """The timeline of exactly one of a story, an actor, listed articles or a search, as ``dateline timeline``."""
    if sum(x is not None and x != "" for x in (story, articles, query, actor)) != 1:
        raise ApiError(422, "give exactly one of story, actor, articles, query")
    after = _since(since)
    with reading(request) as corpus:
        _known(corpus, story, _ids(articles))
        try:
            found = corpus.timeline(story=_story(story), actor=actor or None, articles=_ids(articles),
                                    query=query or None, since=after)
        except LookupError:
            raise ApiError(404, f"no actor {actor!r} in the store") from None
    return to_json(found)


@router.get("/graph", tags=["stories"], response_class=JSONResponse,
            responses=_one(ActorGraph, "Actors and who relates to whom: co-occurrence, speaks_of, addresses, acts_on."))
def graph(request: Request, story: StoryId = None, articles: Articles = None, query: Search = None,
          actor: GraphActor = None, since: Since = None) -> Any:
    """The actor graph of the store, or of at most one selection, as ``dateline graph``."""
    if sum(x is not None and x != "" for x in (story, articles, query, actor)) > 1:
        raise ApiError(422, "give at most one of story, actor, articles, query")
    after = _since(since)
    with reading(request) as corpus:
        _known(corpus, story, _ids(articles))
        try:
            found = corpus.graph(actor=actor or None, since=after, story=_story(story), articles=_ids(articles),
                                 query=query or None)
        except LookupError:
            raise ApiError(404, f"no actor {actor!r} in the store") from None
    return to_json(found)


@router.get("/compare", tags=["stories"], response_class=JSONResponse,
            responses=_one(Comparison, "Outlets side by side: points carried and omitted, quotes, sourcing."))
def compare(request: Request, story: StoryId = None, articles: Articles = None, query: Search = None) -> Any:
    """Outlets compared on exactly one of a story, listed articles or a search, as ``dateline compare``."""
    if sum(x is not None and x != "" for x in (story, articles, query)) != 1:
        raise ApiError(422, "give exactly one of story, articles, query")
    with reading(request) as corpus:
        _known(corpus, story, _ids(articles))
        return to_json(corpus.compare(story=_story(story), articles=_ids(articles), query=query or None))


@router.get("/duplicates", tags=["stories"], response_class=JSONResponse,
            responses=_listing(DuplicateGroup, "Groups of copies, each with its original (earliest) first."))
def duplicates(request: Request, threshold: Threshold = dedup.THRESHOLD,
               limit: Annotated[int, limit_query(GROUPS)] = GROUPS, offset: Offset = 0) -> Any:
    """Copies and near-copies among the indexed articles, as ``dateline dedup``."""
    with reading(request) as corpus:
        return sliced(corpus.duplicates(threshold), limit, offset)


@router.get("/propagation", tags=["quotes"], response_class=JSONResponse,
            responses=_listing(QuoteSpread, "Quotes found in several articles, the most widely spread first."))
def propagation(request: Request, min_articles: MinArticles = MIN_ARTICLES, speaker: Speaker = None,
                limit: Annotated[int, limit_query(GROUPS)] = GROUPS, offset: Offset = 0) -> Any:
    """How quotes spread across articles, as ``dateline propagation``."""
    with reading(request) as corpus:
        return sliced(corpus.quote_spread(min_articles, speaker or None), limit, offset)


def _story(story: int | None) -> str | None:
    return str(story) if story is not None else None


def _known(corpus: Corpus, story: int | None, articles: list[str] | None) -> None:
    """404 for a selection that names a story or an article the store does not hold."""
    if story is not None and not corpus.story_articles(story):
        raise ApiError(404, f"no story {story} in the store (new articles join stories with 'dateline stories')")
    missing = next((key for key in articles or [] if corpus.get(key) is None), None)
    if missing is not None:
        shown = missing if len(missing) <= 80 else missing[:77] + "…"
        raise ApiError(404, f"no article {shown!r} in the store")
