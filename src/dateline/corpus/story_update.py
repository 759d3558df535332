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
from ..store.base import Store, StoryWrite
from .stories import BLOCKS, Assignment, Params, StoryClusterer, StoryState, features, label
from .vectors import DocumentFrequencies

CHUNK = 1000


def story_articles(store: Store, story_id: int) -> list[str]:
    """The ids of a story's articles, oldest publication first (what timelines and comparisons read)."""
    return store.story_article_ids(story_id)


def update_stories(store: Store, params: Params | None = None, *, rebuild: bool = False,
                   progress: Callable[[int], None] | None = None) -> int:
    """Place every stored article that is in no story yet; returns how many were placed. One run at a time
    per store (``Store.exclusive``): a second waits, then places what the first left."""
    params = params or Params()
    with store.exclusive("stories"):
        if rebuild:
            store.story_clear()
        clusterer: StoryClusterer | None = None
        placed = 0
        for pending in store.story_unplaced(CHUNK):
            clusterer = clusterer or load(store, params)
            chunk = [features(a, params) for a in store.analyses(pending)]
            assignments = list(clusterer.run(chunk, chunk=len(chunk) or 1))
            save(store, clusterer, assignments)
            placed += len(assignments)
            if progress:
                progress(placed)
    return placed


def load(store: Store, params: Params) -> StoryClusterer:
    counts = store.story_state("df")
    meta = json.loads(store.story_state("meta") or b"{}")
    df = DocumentFrequencies(counts, int(meta.get("documents", 0)))
    stories = [decode(sid, state) for sid, state in store.story_live()]
    clusterer = StoryClusterer(params, df, stories, int(meta.get("next_id", 1)))
    return clusterer


def save(store: Store, clusterer: StoryClusterer, assignments: list[Assignment]) -> None:
    """One transaction: memberships, changed and retired stories, frequencies."""
    members = [(a.article_id, a.story, a.opened, a.score, a.time, a.scores,
                {"actors": a.shared_actors, "places": a.shared_places, "events": a.shared_events})
               for a in assignments]
    stories: list[tuple[Story, bool, str]] = []
    deleted = []
    for sid in sorted(clusterer.dirty):
        story = clusterer.stories.get(sid)
        if story is not None:
            stories.append((record(story), True, encode(story)))
        elif sid not in clusterer.retired:
            deleted.append(sid)
    stories += [(record(story), False, encode(story)) for story in clusterer.retired.values()]
    meta = {"documents": clusterer.df.documents, "next_id": clusterer.next_id,
            "params": dataclasses.asdict(clusterer.params)}
    store.story_write(StoryWrite(members, stories, deleted,
                                 {"df": clusterer.df.counts.tobytes(), "meta": json.dumps(meta).encode()}))
    clusterer.dirty.clear()
    clusterer.retired.clear()


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


def list_stories(store: Store, limit: int = 50, min_size: int = 1) -> list[Story]:
    return store.stories(limit, min_size)


def get_story(store: Store, story_id: int) -> Story | None:
    return store.story(story_id)
