"""SQL of the stories tables (migration 011): memberships, story rows with their clusterer state, and the
clusterer's corpus-wide state. The corpus layer (``dateline.corpus.story_update``) decides what to write."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from ..model import Story, StoryMember
from .base import Db, MemberRow, StoryWrite

UNPLACED = """SELECT a.id FROM articles a LEFT JOIN story_members m ON m.article_id = a.id
              WHERE m.article_id IS NULL ORDER BY coalesce(a.published, ''), a.id"""
"""Ids of stored articles in no story yet, oldest publication first."""


def unplaced(db: Db) -> list[str]:
    return [row[0] for row in db.execute(UNPLACED)]


def read_state(db: Db, key: str) -> bytes | None:
    row = db.execute("SELECT value FROM story_state WHERE key = ?", (key,)).fetchone()
    return bytes(row[0]) if row else None


def write_state(db: Db, key: str, value: bytes) -> None:
    db.execute("INSERT INTO story_state VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
               (key, value))


def live_states(db: Db) -> list[tuple[int, str]]:
    return [(row[0], row[1]) for row in db.execute("SELECT id, state FROM stories WHERE live = 1 ORDER BY id")]


def write_story(db: Db, story: Story, live: bool, state: str) -> None:
    now = datetime.now(UTC).isoformat(timespec="seconds")
    db.execute(
        """INSERT INTO stories VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET
               label = excluded.label, actors = excluded.actors, event = excluded.event, place = excluded.place,
               first = excluded.first, last = excluded.last, size = excluded.size, live = excluded.live,
               state = excluded.state, updated_at = excluded.updated_at""",
        (story.id, story.label, json.dumps(story.actors, ensure_ascii=False), story.event, story.place, story.first,
         story.last, story.size, int(live), state, now))


def delete_story(db: Db, story_id: int) -> None:
    db.execute("DELETE FROM stories WHERE id = ?", (story_id,))


def write(db: Db, change: StoryWrite) -> None:
    """Inside the caller's transaction: one placement step's memberships, stories and clusterer state."""
    write_members(db, change.members)
    for story, live, state in change.stories:
        write_story(db, story, live, state)
    for story_id in change.deleted:
        delete_story(db, story_id)
    for key, value in change.state.items():
        write_state(db, key, value)


def write_members(db: Db, rows: Iterable[MemberRow]) -> None:
    db.executemany(
        "INSERT INTO story_members VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(article_id) DO UPDATE SET "
        "story_id = excluded.story_id, opened = excluded.opened, score = excluded.score, time = excluded.time, "
        "scores = excluded.scores, shared = excluded.shared",
        [(a, s, int(o), score, time, json.dumps(scores), json.dumps(shared, ensure_ascii=False))
         for a, s, o, score, time, scores, shared in rows])


def clear(db: Db) -> None:
    for table in ("story_members", "stories", "story_state"):
        db.execute(f"DELETE FROM {table}")


_STORY = "SELECT id, label, actors, event, place, first, last, size FROM stories"


def _story(row: tuple[Any, ...]) -> Story:
    return Story(int(row[0]), str(row[1]), json.loads(str(row[2])), row[3], row[4], row[5], row[6], int(row[7]))


def list_stories(db: Db, limit: int, min_size: int = 1) -> list[Story]:
    """Largest stories first, then the most recent."""
    rows = db.execute(f"{_STORY} WHERE size >= ? ORDER BY size DESC, coalesce(last, '') DESC, id LIMIT ?",
                              (min_size, limit))
    return [_story(row) for row in rows]


def find_story(db: Db, story_id: int) -> Story | None:
    row = db.execute(f"{_STORY} WHERE id = ?", (story_id,)).fetchone()
    if row is None:
        return None
    story = _story(row)
    members = db.execute(
        """SELECT m.article_id, a.title, a.outlet, a.published, a.source, m.opened, m.score, m.time, m.scores,
                  m.shared FROM story_members m JOIN articles a ON a.id = m.article_id
           WHERE m.story_id = ? ORDER BY coalesce(a.published, ''), a.id""", (story_id,))
    found = []
    for r in members:
        shared = json.loads(r[9])
        found.append(StoryMember(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6], r[7], json.loads(r[8]),
                                 shared.get("actors", []), shared.get("places", []), shared.get("events", [])))
    return Story(story.id, story.label, story.actors, story.event, story.place, story.first, story.last,
                 story.size, found)


def story_article_ids(db: Db, story_id: int) -> list[str]:
    rows = db.execute(
        """SELECT m.article_id FROM story_members m JOIN articles a ON a.id = m.article_id
           WHERE m.story_id = ? ORDER BY coalesce(a.published, ''), a.id""", (story_id,))
    return [row[0] for row in rows]
