"""Every listing command's output options over a small store of the bundled sample articles: --json is one
array, --jsonl one record a line, --csv parses with the csv module and has the record type's columns, --limit
limits (with the Python API's default), and two formats at once are a usage error."""

from __future__ import annotations

import csv
import inspect
import io
import json

import pytest
from click.testing import CliRunner, Result

from dateline import limits
from dateline.cli import main
from dateline.engine import Corpus
from dateline.model import (
    ActorSummary,
    ClaimHit,
    DuplicateGroup,
    EventRow,
    QuoteHit,
    QuoteSpread,
    Reject,
    SearchHit,
    Story,
)
from dateline.output import columns, csv_text

from .conftest import EXAMPLES

# command line (without --db) → record type, and the Python API's default limit (None: the API lists all)
LISTINGS = {
    "search": (["search", "minister OR union OR fire"], SearchHit, limits.SEARCH),
    "actors": (["actors"], ActorSummary, limits.ACTORS),
    "quotes": (["quotes"], QuoteHit, limits.QUOTES),
    "claims": (["claims"], ClaimHit, limits.CLAIMS),
    "events": (["events"], EventRow, limits.EVENTS),
    "rejects": (["rejects"], Reject, None),
    "dedup": (["dedup"], DuplicateGroup, None),
    "propagation": (["propagation"], QuoteSpread, None),
    "stories": (["stories"], Story, limits.STORIES),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The three sample articles, a near-copy of one (a duplicate group, a spread quote) and an empty file."""
    folder = tmp_path_factory.mktemp("inputs")
    geneva = (EXAMPLES / "geneva-water-talks.txt").read_text(encoding="utf-8")
    last = geneva.rstrip().rsplit("\n", 1)[-1]
    (folder / "geneva-copy.txt").write_text(geneva.replace(last, "The ministers are to meet again in May."),
                                            encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    db = str(tmp_path_factory.mktemp("store") / "news.db")
    with Corpus(db) as corpus:
        report = corpus.add([str(EXAMPLES), str(folder)])
    assert report.stored == 4 and len(report.rejects) == 1
    return db


def run(store: str, *args: str) -> Result:
    return CliRunner().invoke(main, [*args, "--db", store])


@pytest.mark.parametrize("name", list(LISTINGS))
def test_json_jsonl_and_csv_carry_the_same_records(store: str, name: str) -> None:
    command, kind, _ = LISTINGS[name]
    as_json, as_jsonl, as_csv = (run(store, *command, flag) for flag in ("--json", "--jsonl", "--csv"))
    for result in (as_json, as_jsonl, as_csv):
        assert result.exit_code == 0, result.output
    array = json.loads(as_json.stdout)
    assert isinstance(array, list) and array, f"{name}: the sample store has something to list"
    assert [json.loads(line) for line in as_jsonl.stdout.splitlines()] == array
    table = list(csv.reader(io.StringIO(as_csv.stdout)))
    assert table[0] == columns(kind) and len(table) == len(array) + 1
    for record, row in zip(array, table[1:], strict=True):
        cells = dict(zip(table[0], row, strict=True))
        for key, value in record.items():  # a flat field is its cell; a nested record's fields are dotted columns
            if isinstance(value, dict) and f"{key}.{next(iter(value))}" in cells:
                assert all(cells[f"{key}.{k}"] == ("" if v is None else str(v)) for k, v in value.items()
                           if not isinstance(v, list | dict))
            elif isinstance(value, list | dict):
                assert json.loads(cells[key]) == value
            else:
                assert cells[key] == ("" if value is None else str(value))


@pytest.mark.parametrize("name", [n for n, (_, _, default) in LISTINGS.items() if n != "rejects"])
def test_limit_limits_and_says_so(store: str, name: str) -> None:
    command, _, default = LISTINGS[name]
    everything = json.loads(run(store, *command, "--json").stdout)
    limited = run(store, *command, "--json", "--limit", "1")
    assert limited.exit_code == 0
    assert json.loads(limited.stdout) == everything[:1]
    said = "dateline: the first 1 " in limited.stderr
    assert said == (len(everything) > 1)
    help_text = " ".join(run(store, command[0], "--help").stdout.split())
    assert (f"(default: {default:,}, as the Python API)" if default else "(default: all)") in help_text


def test_text_listing_keeps_its_lines_and_count(store: str) -> None:
    result = run(store, "quotes", "--speaker", "Okonkwo")
    assert result.exit_code == 0
    assert "Amara Okonkwo [named]" in result.stdout and "via (this article) → Amara Okonkwo" in result.stdout
    assert result.stderr.strip().endswith("quote(s)")
    rejects = run(store, "rejects")
    assert rejects.stdout.endswith("empty.txt\tempty input\n") and "1 reject(s)" in rejects.stderr


def test_nested_records_flatten_to_dotted_columns(store: str) -> None:
    table = list(csv.DictReader(io.StringIO(run(store, "dedup", "--csv").stdout)))
    assert len(table) == 1
    group = table[0]
    assert group["original.source"].endswith("geneva-water-talks.txt") or group["original.source"].endswith(
        "geneva-copy.txt")
    copies = json.loads(group["copies"])
    assert len(copies) == 1 and 0.5 < copies[0]["similarity"] <= 1.0


def test_an_empty_listing_still_has_its_header() -> None:
    assert csv_text([], DuplicateGroup).splitlines() == [",".join(columns(DuplicateGroup))]
    assert columns(QuoteHit)[-1] == "chain" and "original.article_id" in columns(DuplicateGroup)


@pytest.mark.parametrize("flags", [("--json", "--csv"), ("--jsonl", "--json"), ("--csv", "--jsonl")])
def test_two_formats_are_a_usage_error(store: str, flags: tuple[str, ...]) -> None:
    result = run(store, "actors", *flags)
    assert result.exit_code == 2
    assert "cannot be used together" in result.output and result.stdout.count("{") == 0


def test_events_keep_format_and_agree_with_the_shared_options(store: str) -> None:
    assert run(store, "events").stdout == run(store, "events", "--jsonl").stdout  # the default stays JSON Lines
    assert run(store, "events", "--csv").stdout == run(store, "events", "--format", "csv").stdout
    both = run(store, "events", "--format", "gdelt", "--json")
    assert both.exit_code == 2 and "--format and --json" in both.output
    gdelt = run(store, "events", "--format", "gdelt", "--limit", "1")
    assert gdelt.exit_code == 0 and len(gdelt.stdout.splitlines()) <= 2  # a mutual event is two rows


def test_api_defaults_are_the_shared_limits() -> None:
    """The REST API and the CLI import dateline.limits; Corpus's own defaults must be the same numbers."""
    for method, number in limits.DEFAULTS.items():
        assert inspect.signature(getattr(Corpus, method)).parameters["limit"].default == number, method
