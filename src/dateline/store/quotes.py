"""Quotes in the store: one row per quote and one per link of its source chain."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import NamedTuple

from ..model import Analysis, QuoteHit


def record_quotes(connection: sqlite3.Connection, analysis: Analysis) -> None:
    """Inside the caller's transaction: replace this article's quotes and chains."""
    article_id = analysis.article.id
    connection.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
    connection.execute("DELETE FROM quote_sources WHERE article_id = ?", (article_id,))
    for quote in analysis.quotes:
        speaker = quote.speaker
        addressee = quote.addressee
        connection.execute(
            "INSERT INTO quotes (article_id, qid, kind, content, speaker, speaker_kind, cue, cue_class, chain, "
            "addressee, addressee_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article_id, quote.id, quote.kind, quote.content.text, speaker.name if speaker else None,
             speaker.kind if speaker else None, quote.cue.text if quote.cue else None,
             quote.cue.cue_class if quote.cue else None, json.dumps([link.name for link in quote.chain]),
             addressee.name if addressee else None, addressee.kind if addressee else None))
        connection.executemany(
            "INSERT INTO quote_sources VALUES (?, ?, ?, ?, ?)",
            [(article_id, quote.id, n, link.kind, link.name) for n, link in enumerate(quote.chain)])


def find_quotes(connection: sqlite3.Connection, speaker: str | None, source: str | None, limit: int
                ) -> list[QuoteHit]:
    """Quotes by a speaker (name or any alias of the actor), or reaching the article through a source.

    Both match a part of the name, taken literally ('%' and '_' are characters, not wildcards), ignoring
    ASCII case; ``instr`` rather than LIKE, which also has no pattern-length limit to trip over."""
    where, params = [], []
    if speaker:
        where.append("""(instr(lower(q.speaker), lower(?)) OR q.speaker IN (
                            SELECT a.name FROM actors a JOIN actor_aliases x ON x.actor_id = a.id
                            WHERE instr(lower(x.alias), lower(?))))""")
        params += [speaker, speaker]
    if source:
        where.append("EXISTS (SELECT 1 FROM quote_sources s WHERE s.article_id = q.article_id AND s.qid = q.qid "
                     "AND s.position > 0 AND instr(lower(s.name), lower(?)))")
        params.append(source)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    rows = connection.execute(
        f"""SELECT q.article_id, a.source, a.published, q.qid, q.kind, q.content, q.speaker, q.speaker_kind,
                   q.cue, q.cue_class, q.chain
            FROM quotes q JOIN articles a ON a.id = q.article_id {clause}
            ORDER BY a.published, q.article_id, CAST(substr(q.qid, 2) AS INTEGER) LIMIT ?""",
        (*params, limit)).fetchall()
    return [QuoteHit(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9],
                     json.loads(row[10])) for row in rows]


class SpreadRow(NamedTuple):
    """One stored quote as quote propagation reads it: words, speaker, chain links (kind, name), addressee."""

    article_id: str
    source: str | None
    outlet: str | None
    published: str | None
    quote_id: str
    content: str
    speaker: str | None
    speaker_kind: str | None
    chain: list[tuple[str, str]]
    addressee: str | None
    addressee_kind: str | None


def spread_rows(connection: sqlite3.Connection) -> Iterator[SpreadRow]:
    """Every stored quote, oldest publication first, streamed."""
    rows = connection.execute(
        """SELECT q.article_id, a.source, a.outlet, a.published, q.qid, q.content, q.speaker, q.speaker_kind,
                  (SELECT json_group_array(json_array(kind, name)) FROM
                      (SELECT kind, name FROM quote_sources s WHERE s.article_id = q.article_id AND s.qid = q.qid
                       ORDER BY position)),
                  q.addressee, q.addressee_kind
           FROM quotes q JOIN articles a ON a.id = q.article_id
           ORDER BY coalesce(a.published, ''), q.article_id, CAST(substr(q.qid, 2) AS INTEGER)""")
    for row in rows:
        chain = [(str(kind), str(name)) for kind, name in json.loads(row[8] or "[]")]
        yield SpreadRow(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], chain, row[9], row[10])
