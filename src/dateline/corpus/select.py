"""Which stored articles a corpus command works on: a story, listed ids, a full-text query, an actor's articles."""

from __future__ import annotations

from typing import Any, Protocol

from ..errors import QueryError
from ..model import ActorProfile, Analysis, SearchHit
from .common import ACTOR_TYPES, identity_of

QUERY_LIMIT = 500
"""Articles a ``--query`` selects at most (best FTS matches first)."""


class Store(Protocol):
    def search(self, query: str, limit: int = 20) -> list[SearchHit]: ...

    def actor(self, name: str) -> ActorProfile | None: ...

    def get(self, key: str) -> Analysis | None: ...


def story_ids(store: Any, story: str) -> list[str]:
    """A story's articles, as ``dateline stories`` placed them."""
    from .story_update import story_articles

    if not story.strip().isdigit():
        raise QueryError(f"story {story}: a story id is a number, as 'dateline stories' lists them")
    found = story_articles(store, int(story))
    if not found:
        raise QueryError(f"story {story}: no such story (run 'dateline stories' to place new articles)")
    return found


def article_ids(store: Store, *, story: str | None = None, articles: list[str] | None = None,
                query: str | None = None, limit: int = QUERY_LIMIT) -> tuple[str, list[str]]:
    """(scope, article ids) for exactly one of story / articles / query."""
    chosen = [x for x in (story, articles, query) if x]
    if len(chosen) != 1:
        raise QueryError("give exactly one of a story, a list of article ids, or a query")
    if story:
        return f"story:{story}", story_ids(store, story)
    if articles:
        missing = [a for a in articles if store.get(a) is None]
        if missing:
            raise QueryError(f"no such article: {missing[0]}")
        resolved = [a.article.id for a in (store.get(key) for key in articles) if a is not None]
        return "articles", list(dict.fromkeys(resolved))
    assert query is not None
    return f"query:{query}", [hit.id for hit in store.search(query, limit)]


def actor_articles(store: Store, name: str) -> tuple[ActorProfile, list[str]]:
    profile = store.actor(name)
    if profile is None:
        raise LookupError(f"{name}: no such actor")
    return profile, [a.id for a in profile.articles]


def identities(profile: ActorProfile, name: str, analyses: list[Analysis]) -> set[str]:
    """The identity keys the actor has in these articles: entities named by its name or a proper-name alias."""
    names = {profile.summary.name.casefold(), name.casefold()}
    names |= {a.casefold() for a in profile.aliases if a[:1].isupper() and not a.lower().startswith("the ")}
    found = set()
    for analysis in analyses:
        for entity in analysis.entities:
            if entity.type in ACTOR_TYPES and entity.name.casefold() in names:
                found.add(identity_of(entity))
    return found
