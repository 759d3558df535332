"""The whole test corpus through the store, as a user runs it: every gold story is one story and every
duplicate group one group; the sample article with our reports of its day from other angles is one story
whose timeline holds the blocked meeting and the press conferences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.engine import Corpus
from dateline.model import Analysis

from ..conftest import SEED, needs_shared
from .conftest import CORPUS, analyse, gold


def _stored(url: str, analyses: list[Analysis]) -> None:
    with Corpus(url) as opened:
        report = opened.load(sorted(analyses, key=lambda a: (a.article.published or "", a.article.id)))
        assert report.stored == len(analyses) and not report.rejects


def _names(corpus: dict[str, Analysis]) -> dict[str, str]:
    return {analysis.article.id: name for name, analysis in corpus.items()}


@pytest.fixture(scope="module")
def grouped(corpus: dict[str, Analysis], new_module_db: Callable[[str], str]) -> str:
    url = new_module_db("grouped")
    _stored(url, list(corpus.values()))
    return url


def test_every_gold_story_is_one_story(grouped: str, corpus: dict[str, Analysis]) -> None:
    names, truth = _names(corpus), gold()
    with Corpus(grouped) as opened:
        found = [{names[i] for i in opened.story_articles(s.id)} for s in opened.stories(limit=100)]
    assert sum(len(members) for members in found) == len(truth)  # every article placed, once
    expected = {}
    for name, (story, _) in truth.items():
        expected.setdefault(story, set()).add(name)
    assert sorted(map(sorted, found)) == sorted(map(sorted, expected.values()))


def test_every_gold_copy_group_is_one_group_under_its_original(grouped: str, corpus: dict[str, Analysis]) -> None:
    names, truth = _names(corpus), gold()
    with Corpus(grouped) as opened:
        found = {names[g.original.article_id]: {names[c.article_id] for c in g.copies} for g in opened.duplicates()}
    expected: dict[str, set[str]] = {}
    for name, (_, group) in truth.items():
        if name != f"{group}.txt":
            expected.setdefault(f"{group}.txt", set()).add(name)
    # independent reports of one story are no copies; a same-day copy that credits the wire is no original
    assert found == expected


@needs_shared(SEED)
def test_sample_article_joins_our_reports_of_its_day_in_one_story(
        corpus: dict[str, Analysis], nlp, new_db: Callable[[str], str]) -> None:  # type: ignore[no-untyped-def]
    from dateline.analyze import analyze_articles
    from dateline.ingest import read_sources

    ours = analyse(nlp, sorted((CORPUS / "seed-story").glob("*.txt")))
    seed = [a for a in analyze_articles(list(read_sources([str(SEED)])), nlp) if isinstance(a, Analysis)]
    assert len(seed) == 1
    url = new_db("seed-story")
    _stored(url, [*corpus.values(), *ours.values(), *seed])  # among eight stories of another year
    wanted = {a.article.id for a in [*ours.values(), *seed]}
    with Corpus(url) as opened:
        homes = {s.id for s in opened.stories(limit=100) if wanted & set(opened.story_articles(s.id))}
        assert len(homes) == 1
        story = homes.pop()
        assert set(opened.story_articles(story)) == wanted  # and nothing else
        built = opened.timeline(story=str(story))
    between = [e for e in built.entries
               if {"person:antony blinken", "person:herzi halevi"} <= set(e.participants) and e.category == "CONSULT"]
    assert len(between) == 1
    assert between[0].history[0] == "planned" and between[0].modality == "blocked"
    assert seed[0].article.id in {s.article_id for s in between[0].supports}
    conferences = [e for e in built.entries if e.category == "STATEMENT" and (e.date or "").startswith("2024-02-07")
                   and any("conference" in t for t in e.triggers)]
    assert {"person:benjamin netanyahu", "person:antony blinken"} <= {p for e in conferences for p in e.participants}
