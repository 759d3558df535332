"""Actors across the store: each article's actors under their own identity keys, tied to canonical actors.

Saving an article writes its rows under a provisional actor (its own identity) and marks their
resolution keys pending; ``resolve_actors`` then applies the corpus layer's deterministic decision
(``dateline.corpus.actors``) to every pending key, so the canonical actors never depend on input order.
"""

from __future__ import annotations

from ..corpus.actors import resolution_key, stable_id
from ..model import ActorArticle, ActorMentionRow, ActorProfile, ActorRole, ActorSummary, Analysis, Entity
from .base import Db, Resolver

ACTOR_TYPES = ("person", "organisation", "group")

__all__ = ["Resolver", "find_actor", "list_actors", "record_actors", "resolve_actors"]


def record_actors(db: Db, analysis: Analysis) -> None:
    """Inside the caller's transaction: replace this article's actor rows, mark their keys pending.

    Shared rows (actors, aliases, pending keys) are written each table in turn and in key order, so two
    PostgreSQL transactions saving articles with the same actors lock them in the same order (no deadlock)."""
    article = analysis.article
    pending = {row[0] for row in db.execute("SELECT DISTINCT actor_key FROM actor_mentions "
                                            "WHERE article_id = ? AND actor_key IS NOT NULL", (article.id,))}
    db.execute("DELETE FROM actor_mentions WHERE article_id = ?", (article.id,))
    db.execute("DELETE FROM actor_roles WHERE article_id = ?", (article.id,))
    entities = [e for e in analysis.entities if e.type in ACTOR_TYPES and e.identity]
    first: dict[str, Entity] = {}
    for entity in entities:
        first.setdefault(entity.identity or "", entity)
    actor_ids = {identity: _provisional(db, identity, first[identity].name, first[identity].type)
                 for identity in sorted(first)}
    mentions, roles, aliases = [], [], set()
    for entity in entities:
        identity = entity.identity or ""
        key = resolution_key(identity, entity.type)
        actor_id = actor_ids[identity]
        mentions.append((actor_id, article.id, entity.id, len(entity.mentions), identity, key, entity.name,
                         entity.type, entity.actor_type, entity.country_code))
        aliases |= {(identity, alias, actor_id) for alias in {entity.name, *entity.aliases}}
        roles += [(actor_id, article.id, role.title, role.affiliation, article.published, role.rule, identity)
                  for role in entity.roles]
        pending.add(key)
    db.executemany("INSERT INTO actor_mentions (actor_id, article_id, eid, mentions, identity, actor_key, name, type, "
                   "actor_type, country_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", mentions)
    db.executemany("INSERT INTO actor_aliases (actor_id, identity, alias) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                   [(actor_id, identity, alias) for identity, alias, actor_id in sorted(aliases)])
    db.executemany("INSERT INTO actor_roles (actor_id, article_id, title, affiliation, published, rule, identity) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)", roles)
    db.executemany("INSERT INTO actor_pending VALUES (?) ON CONFLICT DO NOTHING", [(key,) for key in sorted(pending)])


def _provisional(db: Db, identity: str, name: str, kind: str) -> int:
    """The actor a row points at until its key is resolved: whatever holds the identity, else a new one."""
    row = db.execute("SELECT id FROM actors WHERE identity = ?", (identity,)).fetchone()
    if row is not None:
        return int(row[0])
    actor_id = stable_id(identity)
    db.execute("INSERT INTO actors (id, identity, name, type) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
               (actor_id, identity, name, kind))
    return actor_id


def resolve_actors(db: Db, resolver: Resolver) -> int:
    """Inside the caller's transaction, which no article save may run beside (the store's write lock):
    apply ``resolver`` to every pending key; returns how many keys were resolved."""
    keys = [row[0] for row in db.execute("SELECT key FROM actor_pending ORDER BY key")]
    if not keys:
        return 0
    if "*" in keys:
        keys = _rekey_all(db)
    for key in keys:
        _resolve_key(db, key, resolver)
    db.execute("DELETE FROM actor_pending")
    return len(keys)


def _rekey_all(db: Db) -> list[str]:
    """A store from before keyed rows: give every row its resolution key, then resolve every key."""
    pairs = db.execute("SELECT DISTINCT identity, type FROM actor_mentions WHERE identity IS NOT NULL")
    for identity, kind in pairs.fetchall():
        db.execute("UPDATE actor_mentions SET actor_key = ? WHERE identity = ?",
                   (resolution_key(identity, kind), identity))
    return [row[0] for row in db.execute("SELECT DISTINCT actor_key FROM actor_mentions "
                                         "WHERE actor_key IS NOT NULL ORDER BY actor_key")]


def _resolve_key(db: Db, key: str, resolver: Resolver) -> None:
    rows = [ActorMentionRow(*row) for row in db.execute(
        "SELECT identity, name, type, actor_type, country_code, article_id, mentions FROM actor_mentions "
        "WHERE actor_key = ?", (key,))]
    before = {row[0] for row in db.execute(
        "SELECT DISTINCT actor_id FROM actor_mentions WHERE actor_key = ?", (key,))}
    for actor in resolver(rows):
        held = db.execute("SELECT id FROM actors WHERE identity = ?", (actor.identity,)).fetchone()
        if held is not None and held[0] != actor.id:  # a row of an older store: free its identity
            db.execute("UPDATE actors SET identity = identity || '#' || id WHERE id = ?", (held[0],))
            before.add(held[0])
        db.execute(
            """INSERT INTO actors (id, identity, name, type, actor_type, country_code) VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT(id) DO UPDATE SET identity = excluded.identity, name = excluded.name,
                   type = excluded.type, actor_type = excluded.actor_type, country_code = excluded.country_code""",
            (actor.id, actor.identity, actor.name, actor.type, actor.actor_type, actor.country_code))
        for member in actor.members:
            for table in ("actor_mentions", "actor_roles", "actor_aliases"):
                db.execute(f"UPDATE {table} SET actor_id = ? WHERE identity = ?", (actor.id, member))
            if member != actor.identity:
                before.update(row[0] for row in db.execute(
                    "SELECT id FROM actors WHERE identity = ?", (member,)))
        before.discard(actor.id)
    for old in before:
        if not any(db.execute(f"SELECT 1 FROM {table} WHERE actor_id = ? LIMIT 1", (old,)).fetchone()
                   for table in ("actor_mentions", "actor_roles", "actor_aliases")):
            db.execute("DELETE FROM actors WHERE id = ?", (old,))


_SUMMARY = """SELECT a.id, a.name, a.type, a.actor_type, a.country_code,
                     coalesce(sum(m.mentions), 0), count(DISTINCT m.article_id)
              FROM actors a JOIN actor_mentions m ON m.actor_id = a.id"""


def list_actors(db: Db, kind: str | None, limit: int) -> list[ActorSummary]:
    where = "WHERE a.type = ?" if kind else ""
    sql = f"{_SUMMARY} {where} GROUP BY a.id ORDER BY 6 DESC, a.name, a.id LIMIT ?"
    rows = db.execute(sql, (kind, limit) if kind else (limit,)).fetchall()
    return [ActorSummary(*row) for row in rows]


def find_actor(db: Db, name: str) -> ActorProfile | None:
    """By canonical name or any alias, case-insensitively; the most mentioned on a tie."""
    sql = f"""{_SUMMARY} WHERE a.id IN (SELECT id FROM actors WHERE lower(name) = lower(?)
                                       UNION SELECT actor_id FROM actor_aliases WHERE lower(alias) = lower(?))
              GROUP BY a.id ORDER BY 6 DESC, a.id LIMIT 1"""
    row = db.execute(sql, (name, name)).fetchone()
    if row is None:
        return None
    summary = ActorSummary(*row)
    aliases = [r[0] for r in db.execute(
        "SELECT alias FROM actor_aliases WHERE actor_id = ? AND alias != ? ORDER BY alias", (summary.id, summary.name))]
    roles = [ActorRole(*r) for r in db.execute(
        """SELECT r.title, r.affiliation, r.published, r.article_id, a.source, r.rule FROM actor_roles r
           JOIN articles a ON a.id = r.article_id WHERE r.actor_id = ? ORDER BY r.published NULLS FIRST, r.title""",
        (summary.id,))]
    articles = [ActorArticle(*r) for r in db.execute(
        """SELECT a.id, a.source, a.title, a.published, sum(m.mentions) FROM actor_mentions m
           JOIN articles a ON a.id = m.article_id WHERE m.actor_id = ? GROUP BY a.id
           ORDER BY a.published NULLS FIRST, a.id""",
        (summary.id,))]
    return ActorProfile(summary, aliases, roles, articles)
