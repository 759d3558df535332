"""The Parquet tables: a schema derived from model.py and documented, rows that rebuild the typed records,
parts that a retried task replaces, and a record that breaks its own types rejected, not the part."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

pa = pytest.importorskip("pyarrow")  # the spark extra; CI installs it
pq = pytest.importorskip("pyarrow.parquet")

from dateline.ingest import read_sources  # noqa: E402
from dateline.model import Analysis, Article, Claim, Entity, Event, Quote, from_json  # noqa: E402
from dateline.parquet import reader  # noqa: E402
from dateline.parquet.schema import TABLES, describe  # noqa: E402
from dateline.parquet.writer import PartWriter, ensure_tables  # noqa: E402
from dateline.runner import InProcess, run  # noqa: E402

from .conftest import EXAMPLES, ROOT  # noqa: E402


@pytest.fixture(scope="module")
def analysis(nlp: Any) -> Analysis:
    article = next(iter(read_sources([str(EXAMPLES / "geneva-water-talks.txt")])))
    (result,) = run([article], InProcess(nlp=nlp))
    assert isinstance(result, Analysis) and result.quotes and result.claims and result.events
    return result


def test_the_schema_follows_the_records_and_the_docs_show_it() -> None:
    quotes = TABLES["quotes"].schema
    assert quotes.names == ["article_id", *(f.name for f in dataclasses.fields(Quote))]
    assert quotes.field("cue").type.get_field_index("class") >= 0  # the JSON name, not cue_class
    assert quotes.field("speaker").nullable and not quotes.field("span").nullable
    assert all(table.schema.field(0).name == "article_id" for table in TABLES.values())
    assert describe() in (ROOT / "docs" / "parquet.md").read_text(encoding="utf-8"), \
        "docs/parquet.md is out of date: python -m dateline.parquet.schema"


def test_rows_rebuild_the_typed_records(analysis: Analysis, tmp_path: Path) -> None:
    writer = PartWriter(tmp_path, 0)
    writer.add(analysis.article, analysis)
    writer.commit()
    ensure_tables(tmp_path)

    def rows(name: str) -> list[dict[str, Any]]:
        found = pq.read_table(tmp_path / name).to_pylist(maps_as_pydicts="strict")
        assert all(row.pop("article_id") == analysis.article.id for row in found)
        return found

    assert [from_json(Quote, r) for r in rows("quotes")] == analysis.quotes
    assert [from_json(Claim, r) for r in rows("claims")] == analysis.claims
    assert [from_json(Event, r) for r in rows("events")] == analysis.events
    actors, mentions = rows("actors"), rows("mentions")
    for row in actors:
        entity = next(e for e in analysis.entities if e.id == row["id"])
        assert row.pop("mention_count") == len(entity.mentions)
        assert from_json(Entity, row) == dataclasses.replace(entity, mentions=[])
    assert len(mentions) == sum(len(e.mentions) for e in analysis.entities) + len(analysis.unresolved)
    (article,) = rows("articles")
    assert article["record"] == analysis.dumps() and article["profile"] == analysis.profile
    assert rows("rejects") == []


def test_a_retried_part_replaces_its_rows_and_an_aborted_one_leaves_nothing(analysis: Analysis,
                                                                            tmp_path: Path) -> None:
    for _ in range(2):  # Spark runs a failed or slow task again: same part number, same rows
        writer = PartWriter(tmp_path, 7)
        writer.add(analysis.article, analysis)
        writer.commit()
    assert sorted(p.name for p in (tmp_path / "articles").iterdir()) == ["part-00007.parquet"]
    assert len(list(reader.records(tmp_path))) == 1
    dying = PartWriter(tmp_path, 8, group=1)
    dying.add(analysis.article, analysis)  # flushed to its hidden file
    dying.abort()
    assert sorted(p.name for p in (tmp_path / "quotes").iterdir()) == ["part-00007.parquet"]


def test_a_record_that_breaks_its_types_is_a_reject_not_a_lost_part(analysis: Analysis, tmp_path: Path) -> None:
    broken = dataclasses.replace(analysis, article=dataclasses.replace(analysis.article, id="sha256:broken"),
                                 entities=[dataclasses.replace(analysis.entities[0], name=None)])  # type: ignore[arg-type]
    writer = PartWriter(tmp_path, 0)
    writer.add(analysis.article, analysis)
    writer.add(broken.article, broken)
    assert writer.commit()["articles"] == 1
    ((reject, article_id, stage),) = list(reader.rejects(tmp_path))
    assert article_id == "sha256:broken" and stage == "write" and "output failed" in reject.reason
    assert [a.article.id for a in reader.analyses(tmp_path)] == [analysis.article.id]


def test_an_article_the_pipeline_rejects_keeps_its_id(tmp_path: Path) -> None:
    from dateline.model import Range, Reject

    article = Article("sha256:x", "text", Range(0, 4), source="long.txt")
    writer = PartWriter(tmp_path, 0)
    writer.add(article, Reject("long.txt", "over the time budget (30 s)"))
    writer.add(None, Reject("empty.txt", "empty input"))
    writer.commit()
    assert sorted((r.source, i, s) for r, i, s in reader.rejects(tmp_path)) == [
        ("empty.txt", None, "read"), ("long.txt", "sha256:x", "analyse")]
