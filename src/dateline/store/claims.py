"""Claims, cues and sourcing profiles in the store, for "which claims are unattributed?" across articles."""

from __future__ import annotations

import json

from ..model import Analysis, ClaimHit
from .base import Db


def record_claims(db: Db, analysis: Analysis) -> None:
    """Inside the caller's transaction: replace this article's claims, cues and profile."""
    article_id = analysis.article.id
    for table in ("claims", "cues", "profiles"):
        db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
    db.executemany(
        "INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(article_id, c.id, c.kind, c.attribution.status, c.attribution.source, c.checkworthy, c.span.text,
          json.dumps([f.kind for f in c.findings])) for c in analysis.claims])
    db.executemany(
        "INSERT INTO cues VALUES (?, ?, ?, ?, ?, ?)",
        [(article_id, k.id, k.kind, k.voice, k.span.text, k.rule) for k in analysis.cues])
    db.executemany("INSERT INTO profiles VALUES (?, ?, ?)",
                           [(article_id, key, value) for key, value in analysis.profile.items()])


def find_claims(db: Db, status: str | None, kind: str | None, finding: str | None,
                limit: int) -> list[ClaimHit]:
    where, params = [], []
    for column, value in (("c.status", status), ("c.kind", kind)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if finding:
        where.append("c.findings::jsonb @> jsonb_build_array(?::text)" if db.dialect == "postgresql"
                     else "EXISTS (SELECT 1 FROM json_each(c.findings) WHERE json_each.value = ?)")
        params.append(finding)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    rows = db.execute(
        f"""SELECT c.article_id, a.source, a.published, c.cid, c.kind, c.status, c.source, c.checkworthy, c.text,
                   c.findings
            FROM claims c JOIN articles a ON a.id = c.article_id {clause}
            ORDER BY c.checkworthy DESC NULLS LAST, a.published NULLS FIRST, c.article_id,
                     CAST(substr(c.cid, 2) AS INTEGER) LIMIT ?""",
        (*params, limit)).fetchall()
    return [ClaimHit(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], json.loads(r[9])) for r in rows]
