"""Stories over the store: place the articles no story holds yet, then read stories back.

A run loads the clusterer's state (document frequencies, live stories), streams the unplaced articles
oldest first, a chunk at a time, and writes after each chunk, in one transaction, the chunk's memberships,
the stories it changed (with their state, as JSON: summed vectors by bucket, key names, hit counts) and the
frequencies. Articles already placed are never read again; a later run goes on from where this one ended.
Changing ``Params`` does not re-place what is stored: ``rebuild=True`` starts over.
"""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from collections.abc import Callable

from ..model import Story
from ..store import SQLiteStore
from ..store import stories as sql
from .stories import BLOCKS, Assignment, Params, StoryClusterer, StoryState, features, label
from .vectors import DocumentFrequencies

CHUNK = 1000


def story_articles(store: SQLiteStore, story_id: int) -> list[str]:
    """The ids of a story's articles, oldest publication first (what timelines and comparisons read)."""
    return sql.story_article_ids(store.connection, story_id)


def update_stories(store: SQLiteStore, params: Params | None = None, *, rebuild: bool = False,
                   progress: Callable[[int], None] | None = None) -> int:
    """Place every stored article that is in no story yet; returns how many were placed."""
    params = params or Params()
    connection = store.connection
    if rebuild:
        with connection:
            connection.execute("BEGIN IMMEDIATE")
            sql.clear(connection)
    pending = sql.unplaced(connection)
    if not pending:
        return 0
    clusterer = load(store, params)
    placed = 0
    for start in range(0, len(pending), CHUNK):
        chunk = [features(a, params) for a in store.analyses(pending[start:start + CHUNK])]
        assignments = list(clusterer.run(chunk, chunk=len(chunk) or 1))
        save(store, clusterer, assignments)
        placed += len(assignments)
        if progress:
            progress(placed)
    return placed


def load(store: SQLiteStore, params: Params) -> StoryClusterer:
    connection = store.connection
    counts = sql.read_state(connection, "df")
    meta = json.loads(sql.read_state(connection, "meta") or b"{}")
    df = DocumentFrequencies(counts, int(meta.get("documents", 0)))
    stories = [decode(sid, state) for sid, state in sql.live_states(connection)]
    clusterer = StoryClusterer(params, df, stories, int(meta.get("next_id", 1)))
    return clusterer


def save(store: SQLiteStore, clusterer: StoryClusterer, assignments: list[Assignment]) -> None:
    """One transaction: memberships, changed and retired stories, frequencies."""
    connection = store.connection
    with connection:
        connection.execute("BEGIN IMMEDIATE")
        sql.write_members(connection, [
            (a.article_id, a.story, a.opened, a.score, a.time, a.scores,
             {"actors": a.shared_actors, "places": a.shared_places, "events": a.shared_events})
            for a in assignments])
        for sid in sorted(clusterer.dirty):
            story = clusterer.stories.get(sid)
            if story is not None:
                sql.write_story(connection, record(story), True, encode(story))
            elif sid not in clusterer.retired:
                sql.delete_story(connection, sid)
        for story in clusterer.retired.values():
            sql.write_story(connection, record(story), False, encode(story))
        clusterer.dirty.clear()
        clusterer.retired.clear()
        sql.write_state(connection, "df", clusterer.df.counts.tobytes())
        meta = {"documents": clusterer.df.documents, "next_id": clusterer.next_id,
                "params": dataclasses.asdict(clusterer.params)}
        sql.write_state(connection, "meta", json.dumps(meta).encode())


def record(story: StoryState) -> Story:
    text, actors, event, place = label(story)
    return Story(story.id, text, actors, event, place, story.first, story.last, story.size)


def encode(story: StoryState) -> str:
    return json.dumps({
        "size": story.size, "first": story.first, "last": story.last, "first_day": story.first_day,
        "last_day": story.last_day, "sums": {b: {str(k): round(w, 6) for k, w in v.items()}
                                             for b, v in story.sums.items()},
        "hits": {b: {str(k): n for k, n in c.items() if n > 0} for b, c in story.hits.items()},
        "names": {str(k): n for k, n in story.names.items()}}, ensure_ascii=False, separators=(",", ":"))


def decode(sid: int, state: str) -> StoryState:
    data = json.loads(state)
    story = StoryState(sid, data["size"], data["first"], data["last"], data["first_day"], data["last_day"])
    for b in BLOCKS:
        story.sums[b] = {int(k): float(w) for k, w in data["sums"].get(b, {}).items()}
    for b in BLOCKS[1:]:
        story.hits[b] = Counter({int(k): int(n) for k, n in data["hits"].get(b, {}).items()})
    story.names = {int(k): n for k, n in data["names"].items()}
    return story


def list_stories(store: SQLiteStore, limit: int = 50, min_size: int = 1) -> list[Story]:
    return sql.list_stories(store.connection, limit, min_size)


def get_story(store: SQLiteStore, story_id: int) -> Story | None:
    return sql.find_story(store.connection, story_id)
