"""Actors across the store: each entity of an article is tied to one canonical actor row.

Ties by identity key (computed by the analysis); a bare surname ("person:okonkwo") joins the
one stored full name that ends with it, and stays its own actor when there are none or several.
"""

from __future__ import annotations

import sqlite3

from ..model import ActorArticle, ActorProfile, ActorRole, ActorSummary, Analysis, Entity

ACTOR_TYPES = ("person", "organisation", "group")


def record_actors(connection: sqlite3.Connection, analysis: Analysis) -> None:
    """Inside the caller's transaction: replace this article's actor links, mentions and roles."""
    article = analysis.article
    connection.execute("DELETE FROM actor_mentions WHERE article_id = ?", (article.id,))
    connection.execute("DELETE FROM actor_roles WHERE article_id = ?", (article.id,))
    for entity in analysis.entities:
        if entity.type not in ACTOR_TYPES or not entity.identity:
            continue
        actor_id = _actor_for(connection, entity)
        connection.execute("INSERT INTO actor_mentions VALUES (?, ?, ?, ?)",
                           (actor_id, article.id, entity.id, len(entity.mentions)))
        for alias in {entity.name, *entity.aliases}:
            connection.execute("INSERT OR IGNORE INTO actor_aliases VALUES (?, ?)", (actor_id, alias))
        for role in entity.roles:
            connection.execute("INSERT INTO actor_roles VALUES (?, ?, ?, ?, ?, ?)",
                               (actor_id, article.id, role.title, role.affiliation, article.published, role.rule))


def _actor_for(connection: sqlite3.Connection, entity: Entity) -> int:
    identity = entity.identity or ""
    row = connection.execute("SELECT id, name FROM actors WHERE identity = ?", (identity,)).fetchone()
    if row is None and entity.type == "person" and " " not in identity:
        surname = identity.split(":", 1)[1]
        pattern = "person:% " + surname.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = connection.execute("SELECT id, name FROM actors WHERE type = 'person' AND identity LIKE ? ESCAPE '\\'",
                                  (pattern,)).fetchall()
        row = rows[0] if len(rows) == 1 else None
    if row is not None:
        actor_id = int(row[0])
        if entity.type == "person" and " " not in row[1] and " " in entity.name:
            # a surname-only actor gets the first full name that joins it; a full name is never replaced
            connection.execute("UPDATE actors SET name = ? WHERE id = ?", (entity.name, actor_id))
        connection.execute("UPDATE actors SET actor_type = coalesce(actor_type, ?), "
                           "country_code = coalesce(country_code, ?) WHERE id = ?",
                           (entity.actor_type, entity.country_code, actor_id))
        return actor_id
    cursor = connection.execute("INSERT INTO actors (identity, name, type, actor_type, country_code) "
                                "VALUES (?, ?, ?, ?, ?)",
                                (identity, entity.name, entity.type, entity.actor_type, entity.country_code))
    return int(cursor.lastrowid or 0)


_SUMMARY = """SELECT a.id, a.name, a.type, a.actor_type, a.country_code,
                     coalesce(sum(m.mentions), 0), count(DISTINCT m.article_id)
              FROM actors a JOIN actor_mentions m ON m.actor_id = a.id"""


def list_actors(connection: sqlite3.Connection, kind: str | None, limit: int) -> list[ActorSummary]:
    where = "WHERE a.type = ?" if kind else ""
    sql = f"{_SUMMARY} {where} GROUP BY a.id ORDER BY 6 DESC, a.name LIMIT ?"
    rows = connection.execute(sql, (kind, limit) if kind else (limit,)).fetchall()
    return [ActorSummary(*row) for row in rows]


def find_actor(connection: sqlite3.Connection, name: str) -> ActorProfile | None:
    """By canonical name or any alias, case-insensitively; the most mentioned on a tie."""
    sql = f"""{_SUMMARY} WHERE a.id IN (SELECT id FROM actors WHERE name = ? COLLATE NOCASE
                                       UNION SELECT actor_id FROM actor_aliases WHERE alias = ? COLLATE NOCASE)
              GROUP BY a.id ORDER BY 6 DESC LIMIT 1"""
    row = connection.execute(sql, (name, name)).fetchone()
    if row is None:
        return None
    summary = ActorSummary(*row)
    aliases = [r[0] for r in connection.execute(
        "SELECT alias FROM actor_aliases WHERE actor_id = ? AND alias != ? ORDER BY alias", (summary.id, summary.name))]
    roles = [ActorRole(*r) for r in connection.execute(
        """SELECT r.title, r.affiliation, r.published, r.article_id, a.source, r.rule FROM actor_roles r
           JOIN articles a ON a.id = r.article_id WHERE r.actor_id = ? ORDER BY r.published, r.title""",
        (summary.id,))]
    articles = [ActorArticle(*r) for r in connection.execute(
        """SELECT a.id, a.source, a.title, a.published, sum(m.mentions) FROM actor_mentions m
           JOIN articles a ON a.id = m.article_id WHERE m.actor_id = ? GROUP BY a.id ORDER BY a.published, a.id""",
        (summary.id,))]
    return ActorProfile(summary, aliases, roles, articles)
