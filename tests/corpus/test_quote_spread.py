"""Quote propagation: one minister's quote through four outlets, first appearance first, with who took it
from whom where the text says so; a different quote with many of the same words, and the same words
without the negation, stay apart."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner

from dateline.cli import main
from dateline.engine import Corpus

from .wire import write_jsonl

QUOTE = "We have vaccinated every household in the affected villages and no new cases were recorded this week"
RECORDS = [
    {"id": "interview", "outlet": "BBC", "published": "2024-06-03T08:00:00", "title": "Minister: outbreak contained",
     "text": "NAIROBI, Kenya — Health Minister Grace Mutua said on Monday that the cholera outbreak in the north "
             f"was under control. \"{QUOTE},\" Mutua told the BBC in an interview."},
    {"id": "lakeside", "outlet": "Lakeside Times", "published": "2024-06-04T07:00:00", "title": "Cholera under control",
     "text": "KISUMU, Kenya — Health Minister Grace Mutua said the cholera outbreak in the north had been contained. "
             "\"We have vaccinated every household in the affected villages and no new cases were recorded,\" "
             "Mutua told the BBC."},
    {"id": "wire", "outlet": "Reuters", "published": "2024-06-04T09:00:00", "title": "Kenya says cholera contained",
     "text": f"NAIROBI, Kenya — Grace Mutua told Reuters on Tuesday: \"{QUOTE}.\" She said teams would stay in "
             "the region for another month."},
    {"id": "herald", "outlet": "Coastal Herald", "published": "2024-06-05T06:00:00", "title": "Outbreak over",
     "text": f"MOMBASA, Kenya — According to Reuters, Health Minister Grace Mutua said: \"{QUOTE}.\" The port city "
             "has reported no infections."},
    # the same topic and many of the same words, another quote
    {"id": "school", "outlet": "Lakeside Times", "published": "2024-06-06T07:00:00", "title": "Schools reopen",
     "text": "KISUMU, Kenya — Education officials said schools in the north would reopen. \"We have vaccinated "
             "every school in the affected districts and new cases are falling,\" Grace Mutua said on Thursday."},
    # the same words without the negation: what the minister said later is not the same quote
    {"id": "later", "outlet": "BBC", "published": "2024-06-10T08:00:00", "title": "Cholera returns",
     "text": "NAIROBI, Kenya — The health ministry confirmed fresh infections on Monday. \"New cases were "
             "recorded this week in two of the affected villages,\" Grace Mutua said."},
]


def _db(tmp_path: Path, new_db: Callable[[], str]) -> str:
    db = new_db()
    source = write_jsonl(tmp_path / "quotes.jsonl", RECORDS)
    result = CliRunner().invoke(main, ["analyze", str(source), "--db", db, "--quiet"])
    assert result.exit_code == 0, result.output
    return db


def test_quote_spreads_with_first_appearance_and_who_took_it_from_whom(tmp_path: Path,
                                                                       new_db: Callable[[], str]) -> None:
    db = _db(tmp_path, new_db)
    with Corpus(db, readonly=True) as corpus:
        spreads = corpus.quote_spread()
        source_of = {a.article.id: a.article.source_id for a in corpus.store.analyses()}
    assert len(spreads) == 1, [(s.text, s.articles) for s in spreads]
    spread = spreads[0]
    assert spread.speaker == "Grace Mutua" and spread.text.startswith("We have vaccinated every household")
    rows = [(source_of[a.article_id], a.via, source_of.get(a.took_from or "")) for a in spread.appearances]
    assert rows == [
        ("interview", [], None),                     # first appearance; "told the BBC" in the BBC's own story
        ("lakeside", ["BBC"], "interview"),          # "told the BBC": taken from the BBC interview
        ("wire", [], None),                          # "told Reuters" in Reuters' own story: first-hand
        ("herald", ["Reuters"], "wire"),             # "according to Reuters"
    ]
    assert spread.appearances[0].similarity == 1.0
    trimmed = spread.appearances[1]  # "this week" dropped: every word it keeps is the first's
    assert trimmed.text != spread.text and trimmed.similarity == 1.0


def test_propagation_command(tmp_path: Path, new_db: Callable[[], str]) -> None:
    db = _db(tmp_path, new_db)
    result = CliRunner().invoke(main, ["propagation", "--db", db])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith("4 articles  Grace Mutua: \"We have vaccinated every household")
    assert "via BBC, from Lakeside" not in result.stdout and "via BBC ← " in result.stdout
    assert "1 quote(s) in more than one article" in result.stderr
    assert CliRunner().invoke(main, ["propagation", "--db", db, "--speaker", "Kamau"]).stdout == ""
