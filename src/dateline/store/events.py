"""Events in the store: one flat row per event, for listing and for the CSV and GDELT exports."""

from __future__ import annotations

import dataclasses

from ..model import Analysis, Entity, EventActor, EventRow
from .base import Db


def record_events(db: Db, analysis: Analysis) -> None:
    """Inside the caller's transaction: replace this article's events."""
    article_id = analysis.article.id
    db.execute("DELETE FROM events WHERE article_id = ?", (article_id,))
    entities = {e.id: e for e in analysis.entities}
    rows = []
    for event in analysis.events:
        place = entities.get(event.place.entity or "") if event.place else None
        geo = place.geo if place is not None else None
        rows.append((article_id, event.id, event.category, event.cameo, event.modality, event.trigger.text,
                     event.date.value if event.date else None, event.date.precision if event.date else None,
                     *_actor(event.source, entities), *_actor(event.target, entities),
                     event.place.name if event.place else None, event.place.country_code if event.place else None,
                     geo.lat if geo else None, geo.lon if geo else None, int(event.reciprocal)))
    db.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def _actor(actor: EventActor | None, entities: dict[str, Entity]) -> tuple[str | None, str | None, str | None]:
    if actor is None:
        return None, None, None
    entity = entities.get(actor.entity or "")
    return actor.name, actor.country_code, entity.actor_type if entity else None


def find_events(db: Db, category: str | None, modality: str | None, limit: int
                ) -> list[EventRow]:
    where, params = [], []
    for column, value in (("e.category", category), ("e.modality", modality)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    rows = db.execute(
        f"""SELECT e.article_id, a.source, a.url, a.published, e.vid, e.category, e.cameo, e.modality, e.trigger,
                   e.date, e.date_precision, e.source, e.source_country, e.source_type, e.target, e.target_country,
                   e.target_type, e.place, e.place_country, e.place_lat, e.place_lon, e.reciprocal
            FROM events e JOIN articles a ON a.id = e.article_id {clause}
            ORDER BY coalesce(e.date, a.published) NULLS FIRST, e.article_id,
                     CAST(substr(e.vid, 2) AS INTEGER) LIMIT ?""",
        (*params, limit)).fetchall()
    return [dataclasses.replace(EventRow(*row[:-1]), reciprocal=bool(row[-1])) for row in rows]
