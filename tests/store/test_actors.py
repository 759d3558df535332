"""Canonical actors across articles: name variants merge, namesakes do not, roles keep their dates."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner

from dateline.cli import main
from dateline.engine import Corpus

ARTICLES = {
    "a.txt": "date 2019-01-10 CAIRO, Egypt — U.S. Secretary of State Michael Pompeo met Egyptian officials on "
             "Wednesday. Pompeo said the talks were constructive.",
    "b.txt": "date 2019-03-02 WASHINGTON (AP) — Michael R. Pompeo told lawmakers on Friday that aid would continue.",
    "c.txt": "date 2019-05-20 PARIS, France — Mike Pompeo arrived in Paris on Monday for a conference on Ukraine.",
    "d.txt": "date 2019-06-01 LONDON, England — Secretary Pompeo spoke to reporters on Saturday about the summit.",
    "e.txt": "date 2019-06-02 OSLO, Norway — Ingrid Larsen, a climate scientist, presented a report on Sunday.",
    "f.txt": "date 2019-06-03 OSLO, Norway — Erik Larsen, an oil executive, criticised the report on Monday.",
}


def _corpus(tmp_path: Path, new_db: Callable[[], str]) -> str:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = new_db()
    with Corpus(db) as corpus:
        report = corpus.add([str(folder)])
    assert report.stored == len(ARTICLES) and not report.rejects
    return db


def test_name_variants_are_one_actor(tmp_path: Path, new_db: Callable[[], str]) -> None:
    db = _corpus(tmp_path, new_db)
    with Corpus(db) as corpus:
        profile = corpus.actor("Mike Pompeo")
        assert profile is not None
        assert profile.summary.articles == 4
        assert {"Michael Pompeo", "Michael R. Pompeo", "Mike Pompeo", "Pompeo"} <= {profile.summary.name,
                                                                                      *profile.aliases}
        roles = [(r.published, r.title, r.affiliation) for r in profile.roles]
        assert ("2019-01-10", "Secretary of State", "United States") in roles
        assert [a.published for a in profile.articles] == ["2019-01-10", "2019-03-02", "2019-05-20", "2019-06-01"]


def test_namesakes_stay_apart(tmp_path: Path, new_db: Callable[[], str]) -> None:
    db = _corpus(tmp_path, new_db)
    with Corpus(db) as corpus:
        ingrid, erik = corpus.actor("Ingrid Larsen"), corpus.actor("Erik Larsen")
        assert ingrid is not None and erik is not None
        assert ingrid.summary.id != erik.summary.id
        assert ingrid.summary.articles == 1 and erik.summary.articles == 1


def test_reanalysing_does_not_double_count(tmp_path: Path, new_db: Callable[[], str]) -> None:
    db = _corpus(tmp_path, new_db)
    with Corpus(db) as corpus:
        before = corpus.actor("Michael Pompeo")
        corpus.add([str(tmp_path / "in")], force=True)
        after = corpus.actor("Michael Pompeo")
    assert before is not None and after is not None
    assert after.summary.mentions == before.summary.mentions
    assert len(after.roles) == len(before.roles)


def test_actor_commands(tmp_path: Path, new_db: Callable[[], str]) -> None:
    db = _corpus(tmp_path, new_db)
    listing = CliRunner().invoke(main, ["actors", "--db", db, "--type", "person"])
    assert listing.exit_code == 0
    assert "Michael Pompeo (person; GOV, US)" in listing.stdout
    shown = CliRunner().invoke(main, ["actor", "pompeo", "--db", db])
    assert shown.exit_code == 0
    assert "2019-01-10  Secretary of State, United States" in shown.stdout
    missing = CliRunner().invoke(main, ["actor", "Nobody Atall", "--db", db])
    assert missing.exit_code != 0 and "no such actor" in missing.output
