"""Actors across the store: each article's actors under their own identity keys, tied to canonical actors.

Saving an article writes its rows under a provisional actor (its own identity) and marks their
resolution keys pending; ``resolve_actors`` then applies the corpus layer's deterministic decision
(``dateline.corpus.actors``) to every pending key, so the canonical actors never depend on input order.
"""

from __future__ import annotations

from collections.abc import Sequence

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
    pending = {row[0] for row in db.execute("DELETE FROM actor_mentions WHERE article_id = ? RETURNING actor_key",
                                            (article.id,)) if row[0] is not None}
    db.execute("DELETE FROM actor_roles WHERE article_id = ?", (article.id,))
    entities = [e for e in analysis.entities if e.type in ACTOR_TYPES and e.identity]
    first: dict[str, Entity] = {}
    for entity in entities:
        first.setdefault(entity.identity or "", entity)
    actor_ids = _provisional(db, {identity: (e.name, e.type) for identity, e in first.items()})
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


def _provisional(db: Db, named: dict[str, tuple[str, str]]) -> dict[str, int]:
    """The actor each identity's rows point at until its key is resolved: whatever holds the identity, else a
    new one (its stable id; one another writer adds at the same moment is the same row)."""
    if not named:
        return {}
    identities = sorted(named)
    marks = ",".join("?" * len(identities))
    held = {row[1]: int(row[0]) for row in db.execute(f"SELECT id, identity FROM actors WHERE identity IN ({marks})",
                                                       identities)}
    missing = [(stable_id(i), i, *named[i]) for i in identities if i not in held]
    db.executemany("INSERT INTO actors (id, identity, name, type) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", missing)
    return {**{row[1]: row[0] for row in missing}, **held}


def resolve_actors(db: Db, resolver: Resolver) -> int:
    """Inside the caller's transaction, which no article save may run beside (the store's write lock):
    apply ``resolver`` to every pending key; returns how many keys were resolved.

    Keys are resolved together, a chunk at a time, so the statements a server store waits on do not grow
    with the number of keys (each key's rows are its own: resolving them together is resolving them in turn)."""
    keys = [row[0] for row in db.execute("SELECT key FROM actor_pending ORDER BY key")]
    if not keys:
        return 0
    if "*" in keys:
        keys = _rekey_all(db)
    for start in range(0, len(keys), CHUNK):
        _resolve_keys(db, keys[start:start + CHUNK], resolver)
    db.execute("DELETE FROM actor_pending")
    return len(keys)


CHUNK = 500


def _rekey_all(db: Db) -> list[str]:
    """A store from before keyed rows: give every row its resolution key, then resolve every key."""
    pairs = db.execute("SELECT DISTINCT identity, type FROM actor_mentions WHERE identity IS NOT NULL")
    for identity, kind in pairs.fetchall():
        db.execute("UPDATE actor_mentions SET actor_key = ? WHERE identity = ?",
                   (resolution_key(identity, kind), identity))
    return [row[0] for row in db.execute("SELECT DISTINCT actor_key FROM actor_mentions "
                                         "WHERE actor_key IS NOT NULL ORDER BY actor_key")]


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def _resolve_keys(db: Db, keys: list[str], resolver: Resolver) -> None:
    rows: dict[str, list[ActorMentionRow]] = {key: [] for key in keys}
    before: set[int] = set()  # the actors the keys' rows pointed at: deleted at the end if nothing points at them
    for row in db.execute("SELECT actor_key, identity, name, type, actor_type, country_code, article_id, mentions, "
                          f"actor_id FROM actor_mentions WHERE actor_key IN ({_marks(keys)}) "
                          "ORDER BY actor_key, article_id, eid", keys):
        rows[row[0]].append(ActorMentionRow(*row[1:8]))
        before.add(int(row[8]))
    actors = [actor for key in keys for actor in resolver(rows[key])]
    if not actors:
        return
    wanted = [a.identity for a in actors]
    held = {row[1]: int(row[0]) for row in db.execute(
        f"SELECT id, identity FROM actors WHERE identity IN ({_marks(wanted)})", wanted)}
    others = sorted({m for a in actors for m in a.members if m != a.identity})
    if others:
        before.update(int(row[0]) for row in db.execute(
            f"SELECT id FROM actors WHERE identity IN ({_marks(others)})", others))
    for actor in actors:
        if held.get(actor.identity, actor.id) != actor.id:  # a row of an older store: free its identity
            db.execute("UPDATE actors SET identity = identity || '#' || id WHERE id = ?", (held[actor.identity],))
            before.add(held[actor.identity])
    db.executemany(
        """INSERT INTO actors (id, identity, name, type, actor_type, country_code) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT(id) DO UPDATE SET identity = excluded.identity, name = excluded.name,
               type = excluded.type, actor_type = excluded.actor_type, country_code = excluded.country_code""",
        [(a.id, a.identity, a.name, a.type, a.actor_type, a.country_code) for a in actors])
    moves = [(actor.id, member) for actor in actors for member in actor.members]
    for table in ("actor_mentions", "actor_roles", "actor_aliases"):
        db.executemany(f"UPDATE {table} SET actor_id = ? WHERE identity = ?", moves)
    gone = sorted(before - {a.id for a in actors})
    for start in range(0, len(gone), CHUNK):
        chunk = gone[start:start + CHUNK]
        db.execute(f"""DELETE FROM actors WHERE id IN ({_marks(chunk)})
                       AND NOT EXISTS (SELECT 1 FROM actor_mentions m WHERE m.actor_id = actors.id)
                       AND NOT EXISTS (SELECT 1 FROM actor_roles r WHERE r.actor_id = actors.id)
                       AND NOT EXISTS (SELECT 1 FROM actor_aliases x WHERE x.actor_id = actors.id)""", chunk)


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
