"""Quotes in the store: one row per quote and one per link of its source chain."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..model import Analysis, QuoteHit
from .base import Db, SpreadRow

__all__ = ["SpreadRow", "find_quotes", "record_quotes", "spread_rows"]


def record_quotes(db: Db, analysis: Analysis) -> None:
    """Inside the caller's transaction: replace this article's quotes and chains."""
    article_id = analysis.article.id
    db.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
    db.execute("DELETE FROM quote_sources WHERE article_id = ?", (article_id,))
    rows, links = [], []
    for quote in analysis.quotes:
        speaker, addressee, cue = quote.speaker, quote.addressee, quote.cue
        rows.append((article_id, quote.id, quote.kind, quote.content.text, speaker.name if speaker else None,
                     speaker.kind if speaker else None, cue.text if cue else None, cue.cue_class if cue else None,
                     json.dumps([link.name for link in quote.chain]), addressee.name if addressee else None,
                     addressee.kind if addressee else None))
        links += [(article_id, quote.id, n, link.kind, link.name) for n, link in enumerate(quote.chain)]
    db.executemany("INSERT INTO quotes (article_id, qid, kind, content, speaker, speaker_kind, cue, cue_class, chain, "
                   "addressee, addressee_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.executemany("INSERT INTO quote_sources VALUES (?, ?, ?, ?, ?)", links)


def find_quotes(db: Db, speaker: str | None, source: str | None, limit: int
                ) -> list[QuoteHit]:
    """Quotes by a speaker (name or any alias of the actor), or reaching the article through a source.

    Both match a part of the name, taken literally ('%' and '_' are characters, not wildcards), ignoring
    case; ``instr`` rather than LIKE, which also has no pattern-length limit to trip over (the PostgreSQL
    schema defines ``instr`` as ``strpos``). SQLite folds ASCII case only, PostgreSQL its locale's."""
    where, params = [], []
    if speaker:
        where.append("""(instr(lower(q.speaker), lower(?)) > 0 OR q.speaker IN (
                            SELECT a.name FROM actors a JOIN actor_aliases x ON x.actor_id = a.id
                            WHERE instr(lower(x.alias), lower(?)) > 0))""")
        params += [speaker, speaker]
    if source:
        where.append("EXISTS (SELECT 1 FROM quote_sources s WHERE s.article_id = q.article_id AND s.qid = q.qid "
                     "AND s.position > 0 AND instr(lower(s.name), lower(?)) > 0)")
        params.append(source)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    rows = db.execute(
        f"""SELECT q.article_id, a.source, a.published, q.qid, q.kind, q.content, q.speaker, q.speaker_kind,
                   q.cue, q.cue_class, q.chain
            FROM quotes q JOIN articles a ON a.id = q.article_id {clause}
            ORDER BY a.published NULLS FIRST, q.article_id, CAST(substr(q.qid, 2) AS INTEGER) LIMIT ?""",
        (*params, limit)).fetchall()
    return [QuoteHit(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9],
                     json.loads(row[10])) for row in rows]


SPREAD = """SELECT q.article_id, a.source, a.outlet, a.published, q.qid, q.content, q.speaker, q.speaker_kind,
                   q.addressee, q.addressee_kind, s.kind, s.name
            FROM quotes q JOIN articles a ON a.id = q.article_id
                 LEFT JOIN quote_sources s ON s.article_id = q.article_id AND s.qid = q.qid
            ORDER BY coalesce(a.published, ''), q.article_id, CAST(substr(q.qid, 2) AS INTEGER), s.position"""
"""Every stored quote with its chain links, oldest publication first: one row per link (one for a quote
without a chain), grouped back into quotes by ``spread_rows``."""


def spread_rows(rows: Iterable[Any]) -> Iterator[SpreadRow]:
    """The rows of ``SPREAD`` (streamed by the store) as one ``SpreadRow`` per quote."""
    current: SpreadRow | None = None
    for row in rows:
        if current is None or (current.article_id, current.quote_id) != (row[0], row[4]):
            if current is not None:
                yield current
            current = SpreadRow(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], [], row[8], row[9])
        if row[10] is not None:
            current.chain.append((str(row[10]), str(row[11])))
    if current is not None:
        yield current
