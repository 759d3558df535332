"""The output options every listing command shares, and records → JSON, JSON Lines or CSV rows.

``@listing(default, noun)`` gives a command ``--json`` (one JSON array), ``--jsonl`` (one record per
line), ``--csv`` (a header, then one row per record) and ``--limit`` (default: the Python API's, from
:mod:`dateline.limits`), and passes it an :class:`Output` that writes the records in the chosen format —
or, with none of the three, the command's own readable lines. Two formats at once is a usage error.

CSV columns follow the record type, so an empty listing still has its header: a nested record's fields
become dotted columns (``original.article_id``); lists and mappings are JSON in one cell; unknown is an
empty cell.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import io
import json
import types
import typing
from collections.abc import Callable, Sequence
from typing import Any, Literal

import click

from .model import to_json

Form = Literal["text", "json", "jsonl", "csv"]
FORMATS: tuple[tuple[str, Form, str], ...] = (
    ("--json", "json", "Print all records as one JSON array."),
    ("--jsonl", "jsonl", "Print one JSON record per line (JSON Lines)."),
    ("--csv", "csv", "Print CSV: a header, then one row per record (nested records as dotted columns, "
                     "lists as JSON in a cell)."),
)


@dataclasses.dataclass(frozen=True)
class Output:
    """What a listing command was asked for: the format and how many records at most (None: all)."""

    form: Form = "text"
    limit: int | None = None
    noun: str = "records"  # plural: "the first 20 articles"

    @property
    def ask(self) -> int:
        """The limit to pass the Python API: one more than shown, to tell whether there were more (a listing
        without a limit asks for everything)."""
        return self.limit + 1 if self.limit is not None else 1_000_000_000

    def emit(self, records: Sequence[Any], kind: type, text: Callable[[Any], str],
             count: Callable[[int], str] | None = None) -> None:
        """Write at most ``limit`` records; ``text`` renders one record when no format was chosen, and
        ``count`` the line that then closes the listing on stderr. When the limit cut the listing,
        stderr says so in any format."""
        shown = records if self.limit is None else records[:self.limit]
        if self.form == "json":
            click.echo(json.dumps([to_json(r) for r in shown], ensure_ascii=False))
        elif self.form == "jsonl":
            for record in shown:
                click.echo(json.dumps(to_json(record), ensure_ascii=False))
        elif self.form == "csv":
            click.echo(csv_text(shown, kind), nl=False)
        else:
            for record in shown:
                click.echo(text(record))
            if count is not None:
                click.echo(count(len(shown)), err=True)
        self.say_if_cut(records)

    def say_if_cut(self, records: Sequence[Any]) -> None:
        """One line on stderr when there were more records than the limit (``records`` as asked, with one more)."""
        if self.limit is not None and len(records) > self.limit:
            click.echo(f"dateline: the first {self.limit:,} {self.noun}; --limit N shows more", err=True)


def listing(limit: int | None, noun: str, maximum: int = 10_000_000) -> Callable[[Callable[..., Any]],
                                                                               Callable[..., Any]]:
    """The output options of a listing command; the command takes ``out: Output`` instead of them. ``noun`` is
    plural ("articles"), ``limit`` the Python API's default (None: all).

    Put it last (nearest the function) so the options are listed after the command's own."""

    def decorate(command: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(command)
        def run(*args: Any, as_json: bool, as_jsonl: bool, as_csv: bool, limit: int | None, **kwargs: Any) -> Any:
            chosen = [(flag, form) for (flag, form, _), on in zip(FORMATS, (as_json, as_jsonl, as_csv), strict=True)
                      if on]
            if len(chosen) > 1:
                raise click.UsageError(f"{' and '.join(f for f, _ in chosen)} cannot be used together: "
                                       "choose one output format")
            form: Form = chosen[0][1] if chosen else "text"
            return command(*args, out=Output(form, limit, noun), **kwargs)

        default = f"{limit:,}, as the Python API" if limit is not None else "all"
        options = [click.option(flag, f"as_{form}", is_flag=True, help=help) for flag, form, help in FORMATS]
        options.append(click.option("--limit", default=limit, type=click.IntRange(1, maximum), metavar="N",
                                    help=f"At most N {noun} (default: {default})."))
        for option in reversed(options):  # click lists the options in the reverse of the order they were added
            run = option(run)
        return run

    return decorate


def csv_text(records: Sequence[Any], kind: type) -> str:
    """Header and rows of ``records`` (instances of the dataclass ``kind``), as CSV text."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    names = columns(kind)
    writer.writerow(names)
    for record in records:
        writer.writerow(row(record, names))
    return buffer.getvalue()


@functools.cache
def columns(kind: type) -> list[str]:
    """The CSV columns of a record type: its JSON keys, a nested record's as ``key.field``."""
    hints = typing.get_type_hints(kind)
    names: list[str] = []
    for f in dataclasses.fields(kind):
        key = str(f.metadata.get("json", f.name))
        inner = _record_type(hints[f.name])
        if inner is None:
            names.append(key)
        else:
            names.extend(f"{key}.{name}" for name in columns(inner))
    return names


def row(record: Any, names: Sequence[str]) -> list[str]:
    """One record's cells under ``names`` (from :func:`columns`)."""
    value = to_json(record)
    return [_cell(_at(value, name.split("."))) for name in names]


def _record_type(hint: Any) -> type | None:
    """The record type of a field typed ``Record`` or ``Record | None``, else None."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        hint = options[0] if len(options) == 1 else None
    return hint if isinstance(hint, type) and dataclasses.is_dataclass(hint) else None


def _at(value: Any, path: list[str]) -> Any:
    for key in path:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
