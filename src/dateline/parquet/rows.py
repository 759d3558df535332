"""One analysis → its rows in every table, cut from ``Analysis.to_json`` so each row is the record as JSON has it."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from ..model import Analysis, Article, Reject

Rows = dict[str, list[dict[str, Any]]]
_ARTICLE = [f.name for f in dataclasses.fields(Article)]


def analysis_rows(analysis: Analysis) -> Rows:
    """The rows of the article tables for one analysis (every row carries its ``article_id``)."""
    article_id = analysis.article.id
    record = analysis.to_json()
    line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))  # what Analysis.dumps() prints
    article = {name: record[name] for name in _ARTICLE if name != "id"}
    rows: Rows = {
        "articles": [{"article_id": article_id, **article, "version": analysis.version,
                      "fingerprint": analysis.fingerprint, "profile": record["profile"], "record": line}],
        "actors": [], "mentions": [],
        "quotes": _each(article_id, record["quotes"]),
        "claims": _each(article_id, record["claims"]),
        "cues": _each(article_id, record["cues"]),
        "events": _each(article_id, record["events"]),
        "times": _each(article_id, record["times"]),
    }
    for entity in record["entities"]:
        mentions = entity.pop("mentions")
        rows["actors"].append({"article_id": article_id, **entity, "mention_count": len(mentions)})
        rows["mentions"] += [{"article_id": article_id, "entity": entity["id"], **m} for m in mentions]
    rows["mentions"] += [{"article_id": article_id, "entity": None, **m} for m in record["unresolved"]]
    return rows


def reject_row(reject: Reject, article_id: str | None) -> dict[str, Any]:
    """A reject: ``stage`` is "read" for an input or record that never became an article, else "analyse"."""
    return {"article_id": article_id, "source": reject.source, "reason": reject.reason,
            "stage": "read" if article_id is None else "analyse"}


def _each(article_id: str, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"article_id": article_id, **item} for item in items]
