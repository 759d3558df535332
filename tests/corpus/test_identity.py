"""Corpus actors are a function of the stored articles, not of the order they were added in; resume
keys on the pipeline fingerprint, so a changed lexicon or model re-analyses stored articles."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

import pytest

from dateline.corpus.actors import canonical_actors
from dateline.engine import Corpus

FULL = ("full.txt", "date 2024-05-02 DENVER, Colorado — Mayor Ellen Whitfield said on Thursday that the river "
                    "bridge would reopen next week. Whitfield said repairs were complete.")
BARE = ("bare.txt", "date 2024-05-03 DENVER, Colorado — Mayor Whitfield told reporters on Friday that the bridge "
                    "would reopen. Whitfield said the contractor had finished early.")
OTHER = ("other.txt", "date 2024-05-04 BOULDER, Colorado — Union organiser Mark Whitfield said on Saturday that "
                      "the transit strike was over. Whitfield thanked the drivers.")


def _actors(tmp_path: Path, new_db: Callable[[str], str], order: tuple[tuple[str, str], ...],
            name: str) -> list[tuple[object, ...]]:
    folder = tmp_path / name
    folder.mkdir()
    with Corpus(new_db(name)) as corpus:
        for file, text in order:  # one article at a time: the order the store sees them in
            (folder / file).write_text(text, encoding="utf-8")
            assert corpus.add(str(folder / file)).stored == 1
        return [(a.id, a.name, a.type, a.actor_type, a.country_code, a.mentions, a.articles)
                for a in corpus.actors("person")]


def test_bare_surname_joins_the_one_full_name_in_either_order(tmp_path: Path, new_db: Callable[[str], str]) -> None:
    first = _actors(tmp_path, new_db, (FULL, BARE), "forward")
    second = _actors(tmp_path, new_db, (BARE, FULL), "backward")
    assert first == second
    assert [(row[1], row[6]) for row in first] == [("Ellen Whitfield", 2)]


def test_bare_surname_stays_apart_when_two_full_names_share_it_whatever_the_order(tmp_path: Path,
                                                                                  new_db: Callable[[str], str]) -> None:
    results = [_actors(tmp_path, new_db, order, f"order{n}")
               for n, order in enumerate(itertools.permutations((FULL, BARE, OTHER)))]
    assert all(result == results[0] for result in results)
    assert sorted((row[1], row[6]) for row in results[0]) == [("Ellen Whitfield", 1), ("Mark Whitfield", 1),
                                                              ("Whitfield", 1)]


def test_actor_ids_are_stable_across_stores(tmp_path: Path, new_db: Callable[[str], str]) -> None:
    one = _actors(tmp_path, new_db, (FULL,), "one")
    two = _actors(tmp_path, new_db, (OTHER, FULL), "two")
    assert one[0][0] in {row[0] for row in two}


def test_changed_fingerprint_reanalyses_stored_articles(tmp_path: Path, new_db: Callable[[str], str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import dateline.engine as engine

    folder = tmp_path / "in"
    folder.mkdir()
    for file, text in (FULL, BARE):
        (folder / file).write_text(text, encoding="utf-8")
    with Corpus(new_db("news")) as corpus:
        assert corpus.add(str(folder)).stored == 2
        again = corpus.add(str(folder))
        assert (again.stored, again.unchanged) == (0, 2)  # same pipeline: resumed, nothing re-analysed
        stored = corpus.get(corpus.store.ids()[0])
        assert stored is not None and stored.fingerprint == engine.pipeline_fingerprint()

        monkeypatch.setattr(engine, "pipeline_fingerprint", lambda: "0.1.0+changedlexicon")
        changed = corpus.add(str(folder))
        assert (changed.stored, changed.unchanged) == (2, 0)  # a lexicon changed: stale rows re-analysed
        assert [a.name for a in corpus.actors("person")] == ["Ellen Whitfield"]  # and not double counted
        assert corpus.actors("person")[0].articles == 2


def test_store_from_before_keyed_rows_is_resolved_whole(tmp_path: Path, new_db: Callable[[str], str]) -> None:
    expected = _actors(tmp_path, new_db, (BARE, FULL), "legacy")
    assert [row[1] for row in expected] == ["Ellen Whitfield"]
    with Corpus(new_db("legacy")) as corpus:
        with corpus.store.transaction() as sql:
            sql.execute("UPDATE actor_mentions SET actor_key = identity")  # as migration 010 leaves them
            sql.execute("INSERT INTO actor_pending VALUES ('*')")
        assert corpus.store.resolve_actors(canonical_actors) >= 1
        found = [(a.id, a.name, a.type, a.actor_type, a.country_code, a.mentions, a.articles)
                 for a in corpus.actors("person")]
    assert found == expected
