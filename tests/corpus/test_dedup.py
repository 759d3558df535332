"""Near-duplicates: reworded wire copies group under the earliest original; different stories on the same
topic, people and place do not; adding articles indexes only the new ones."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.corpus import minhash
from dateline.engine import Corpus
from dateline.ingest import read_sources
from dateline.model import Analysis, Article

from .wire import NEGATIVES, all_articles, write_jsonl


def _light(corpus: Corpus, records: list[dict[str, str]], tmp_path: Path, name: str) -> dict[str, str]:
    """Store articles without running the pipeline (dedup reads only the text): source id → article id."""
    ids = {}
    for article in read_sources([str(write_jsonl(tmp_path / f"{name}.jsonl", records))]):
        assert isinstance(article, Article)
        corpus.store.save(Analysis(article=article, fingerprint="light"))
        ids[article.source_id or ""] = article.id
    return ids


def _named(groups: list, ids: dict[str, str]) -> list[tuple[str, list[str]]]:  # type: ignore[type-arg]
    name = {v: k for k, v in ids.items()}
    return [(name[g.original.article_id], sorted(name[c.article_id] for c in g.copies)) for g in groups]


def test_copies_group_under_the_earliest_original(tmp_path: Path, new_db: Callable[[], str]) -> None:
    records = all_articles()
    random.Random(3).shuffle(records)  # copies stored before their original
    with Corpus(new_db()) as corpus:
        ids = _light(corpus, records, tmp_path, "all")
        groups = corpus.duplicates()
    assert _named(groups, ids) == [
        ("meridian-strike", ["coastal-copy", "daily-edited", "evening-trimmed", "weekly-relede"]),
        ("meridian-flood", ["gold-flood"])]
    strike = groups[0]
    assert strike.original.outlet == "Meridian Wire" and strike.original.similarity == 1.0
    scores = {c.outlet: (c.similarity, c.overlap) for c in strike.copies}
    assert scores["Coastal Herald"] == (1.0, 1.0)  # the same words under another headline
    assert all(0.6 <= overlap < 1.0 for outlet, (_, overlap) in scores.items() if outlet != "Coastal Herald")
    grouped = {c.article_id for g in groups for c in (g.original, *g.copies)}
    assert not grouped & {ids[n["id"]] for n in NEGATIVES}  # same strike, same people: other stories


def test_threshold_keeps_only_the_closest_copies(tmp_path: Path, new_db: Callable[[], str]) -> None:
    with Corpus(new_db()) as corpus:
        ids = _light(corpus, all_articles(), tmp_path, "all")
        assert _named(corpus.duplicates(0.95), ids) == [("meridian-strike", ["coastal-copy"]),
                                                        ("meridian-flood", ["gold-flood"])]
        with pytest.raises(ValueError):
            corpus.duplicates(0)


def test_adding_articles_indexes_only_the_new_ones(tmp_path: Path,
                                                   new_db: Callable[[], str], monkeypatch: pytest.MonkeyPatch) -> None:
    records = all_articles()
    late = [r for r in records if r["id"] in {"weekly-relede", "gold-flood"}]
    with Corpus(new_db()) as corpus:
        ids = _light(corpus, [r for r in records if r not in late], tmp_path, "early")
        assert len(corpus.duplicates()) == 1
        computed: list[int] = []
        real = minhash.signature
        monkeypatch.setattr(minhash, "signature", lambda h: computed.append(len(h)) or real(h))
        ids |= _light(corpus, late, tmp_path, "late")
        groups = corpus.duplicates()
    assert len(computed) == 2  # the two new articles, not the corpus
    assert _named(groups, ids) == [
        ("meridian-strike", ["coastal-copy", "daily-edited", "evening-trimmed", "weekly-relede"]),
        ("meridian-flood", ["gold-flood"])]


def test_analyze_then_dedup_command(tmp_path: Path, new_db: Callable[[], str]) -> None:
    source = write_jsonl(tmp_path / "wire.jsonl", all_articles())
    db = new_db()
    assert CliRunner().invoke(main, ["analyze", str(source), "--db", db, "--quiet"]).exit_code == 0
    result = CliRunner().invoke(main, ["dedup", "--db", db])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("2024-04-16T06:10:00  Meridian Wire  Mombasa dock workers strike")
    assert sum(line.startswith("    ") for line in lines) == 5
    assert "Talks" not in result.stdout and "dredging" not in result.stdout
    assert "2 duplicate group(s)" in result.stderr
    as_json = CliRunner().invoke(main, ["dedup", "--db", db, "--jsonl", "--threshold", "0.95"])  # one group a line
    assert as_json.exit_code == 0 and len(as_json.stdout.splitlines()) == 2
    bad = CliRunner().invoke(main, ["dedup", "--db", db, "--threshold", "1.5"])
    assert bad.exit_code == 2


def _credited(text: str, outlet: str) -> str | None:
    from dateline.corpus.dedup import credit
    from dateline.ingest import article_from_text

    return credit(Analysis(article=article_from_text(text, "x.txt", outlet=outlet)))


def test_credit_is_another_outlets_dateline_agency_or_a_closing_credit_line() -> None:
    lede = "MOMBASA, Kenya (Meridian Wire) — Dock workers walked off the job on Tuesday, the union said.\n\n"
    assert _credited(lede + "Ships waited at anchor.", "Coastal Herald") == "Meridian Wire"
    assert _credited(lede + "Ships waited at anchor.", "Meridian Wire") is None  # its own agency
    trailer = "Ships waited at anchor.\n\nThis story was first published by Meridian Wire."
    assert "first published by Meridian Wire" in (_credited("Dock workers struck.\n\n" + trailer, "Daily") or "")
    # hard negatives: another outlet named in the story itself, and a long closing paragraph that says "via"
    assert _credited("Dock workers struck.\n\nThe union told the Daily Ledger it would not back down.",
                     "Coastal Herald") is None
    long_last = ("Cargo bound for Uganda and Rwanda was rerouted via Dar es Salaam, agents said, and importers of "
                 "fuel and wheat warned that shortages could follow within days if the stoppage went on, while "
                 "the ministry said it had asked both sides to meet again before the end of the week in Nairobi.")
    assert _credited("Dock workers struck.\n\n" + long_last, "Coastal Herald") is None


@pytest.mark.parametrize("swap", [False, True])
def test_among_same_day_copies_the_one_others_credit_is_the_original(swap: bool, tmp_path: Path,
                                                                       new_db: Callable[[], str]) -> None:
    """Dates without a time tie; the copy that credits the other's outlet is not the original. Swapping the
    outlets keeps the texts (and so the ids that break other ties) and must swap the roles."""
    plain, credited = ("Wire Service", "Town Paper") if not swap else ("Town Paper", "Wire Service")
    body = "\n\n".join(STRIKE_BODY)
    records = [{"id": "first", "outlet": plain, "published": "2024-04-16", "title": "Strike", "text": body},
               {"id": "second", "outlet": credited, "published": "2024-04-16", "title": "Strike",
                "text": body + f"\n\nThis story was first published by {plain}."}]
    with Corpus(new_db()) as corpus:
        ids = _light(corpus, records, tmp_path, "tie")
        assert _named(corpus.duplicates(), ids) == [("first", ["second"])]


STRIKE_BODY = [
    "MOMBASA, Kenya — Dock workers at the port walked off the job on Tuesday, halting the unloading of "
    "container ships and leaving dozens of vessels waiting at anchor off the coast.",
    "The union said its members would stay out until the port authority restored a housing allowance that "
    "was cut in January, and shipping agents estimated that forty vessels were delayed.",
    "The transport minister urged both sides to return to talks, saying the port could not stand still.",
]
