"""Arrow schemas derived from the dataclasses of :mod:`dateline.model`, so the tables cannot drift from the records.

A field typed ``X | None`` is nullable, any other is not; ``list[X]`` is a list, ``dict[str, float]`` a map, a
nested record a struct; column names are the JSON names (``SpeechCue.cue_class`` is ``class``). Every table
starts with ``article_id``. ``python -m dateline.parquet.schema`` prints the schema as docs/parquet.md shows it.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass
from typing import Any, Union

import pyarrow as pa

from .. import model

_SCALARS: dict[Any, pa.DataType] = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}


def arrow_type(hint: Any) -> tuple[pa.DataType, bool]:
    """The Arrow type of a type hint, and whether it is nullable."""
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(options) != 1:
            raise TypeError(f"no Arrow type for the union {hint}")
        return arrow_type(options[0])[0], True
    if origin is list:
        (item,) = typing.get_args(hint)
        return pa.list_(field("item", item)), False
    if origin is dict:
        key, value = typing.get_args(hint)
        return pa.map_(arrow_type(key)[0], arrow_type(value)[0]), False
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return pa.struct(fields(hint)), False
    if hint in _SCALARS:
        return _SCALARS[hint], False
    raise TypeError(f"no Arrow type for {hint}")


def field(name: str, hint: Any) -> pa.Field:
    kind, nullable = arrow_type(hint)
    return pa.field(name, kind, nullable=nullable)


def fields(record: type, skip: tuple[str, ...] = ()) -> list[pa.Field]:
    """One Arrow field per dataclass field, by JSON name, in declaration order."""
    hints = typing.get_type_hints(record)
    return [field(str(f.metadata.get("json", f.name)), hints[f.name]) for f in dataclasses.fields(record)
            if f.name not in skip]


ARTICLE_ID = pa.field("article_id", pa.string(), nullable=False)


@dataclass(frozen=True)
class Table:
    """One output table: its name, what a row is, and its Arrow schema."""

    name: str
    row: str
    schema: pa.Schema


def _table(name: str, row: str, columns: list[pa.Field]) -> Table:
    return Table(name, row, pa.schema(columns))


_ANALYSIS_SCALARS = [pa.field("version", pa.string(), nullable=False),
                     pa.field("fingerprint", pa.string(), nullable=False),
                     field("profile", dict[str, float]),
                     pa.field("record", pa.string(), nullable=False)]

TABLES: dict[str, Table] = {t.name: t for t in [
    _table("articles", "one analysed article: the Article fields, the analysis version, fingerprint and profile, "
           "and `record`, the whole `dateline/1` JSON record (what `dateline analyze --json` prints)",
           [ARTICLE_ID, *fields(model.Article, skip=("id",)), *_ANALYSIS_SCALARS]),
    _table("actors", "one entity of an article (its mentions are in `mentions`; `mention_count` counts them)",
           [ARTICLE_ID, *fields(model.Entity, skip=("mentions",)),
            pa.field("mention_count", pa.int64(), nullable=False)]),
    _table("mentions", "one mention of an entity (`entity` is its id in `actors`), or an actor mention no rule "
           "could tie to one actor (`entity` null: the analysis's `unresolved`)",
           [ARTICLE_ID, pa.field("entity", pa.string(), nullable=True), *fields(model.Mention)]),
    _table("quotes", "one quote", [ARTICLE_ID, *fields(model.Quote)]),
    _table("claims", "one claim", [ARTICLE_ID, *fields(model.Claim)]),
    _table("cues", "one persuasion or hedging cue", [ARTICLE_ID, *fields(model.Cue)]),
    _table("events", "one event", [ARTICLE_ID, *fields(model.Event)]),
    _table("times", "one time expression", [ARTICLE_ID, *fields(model.TimeExpression)]),
    _table("rejects", "one input, record or article that could not be read or analysed, with the reason "
           "(`article_id` null when it never became an article; `stage` is read, analyse or write)",
           [pa.field("article_id", pa.string(), nullable=True), *fields(model.Reject),
            pa.field("stage", pa.string(), nullable=False)]),
]}


def _corpus_tables() -> dict[str, Table]:
    from ..corpus.stories import Assignment

    return {t.name: t for t in [
        _table("duplicates", "one article of a group of copies (`group` numbers the groups; `original` marks the "
               "earliest published, whose row has similarity and overlap 1.0)",
               [pa.field("group", pa.int64(), nullable=False), pa.field("original", pa.bool_(), nullable=False),
                *fields(model.DuplicateMember)]),
        _table("stories", "one story: its label (main actors — event — place), span and size",
               fields(model.Story, skip=("articles",))),
        _table("story_members", "one article's place in a story, with the block scores and what it shares with it",
               [ARTICLE_ID, *fields(Assignment, skip=("article_id",))]),
    ]}


CORPUS = _corpus_tables()
"""Tables ``dateline spark --corpus`` adds from the article tables (``dateline.corpus.parquet``)."""


def describe() -> str:
    """The tables and their columns as Markdown (docs/parquet.md holds this text; a test keeps it current)."""
    out = []
    for table in [*TABLES.values(), *CORPUS.values()]:
        out.append(f"### `{table.name}`\n\nA row is {table.row}.\n\n| column | type |\n|---|---|")
        for column in table.schema:
            kind = str(column.type).replace("|", "\\|")
            out.append(f"| `{column.name}` | `{kind}`{'' if column.nullable else ' not null'} |")
        out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    print(describe())
