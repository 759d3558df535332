"""Stories: articles of one event grouped, two events of one kind kept apart, incremental runs, the
scores that explain a membership, the CLI, and the clustering scores of ``dateline eval stories``."""

from __future__ import annotations

import dataclasses
import itertools
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.corpus.stories import Features, Params, StoryClusterer, features
from dateline.corpus.story_update import story_articles
from dateline.engine import Corpus
from dateline.errors import EXIT_REJECTS
from dateline.evaluation.clusters import score
from dateline.ingest import article_from_text
from dateline.model import Analysis, Article, Entity, Mention, Range, Story, from_json, to_json

from ..conftest import SHARED, needs_shared
from .story_fixtures import OUTLETS, STORIES


def _articles(names: list[str]) -> list[Article]:
    found = []
    for name in names:
        for n, (day, title, text) in enumerate(STORIES[name]):
            found.append(article_from_text(text + "\n", f"{name}-{n}.txt", outlet=OUTLETS[n % 3], title=title,
                                           published=day, url=f"https://example.org/{name}/{n}"))
    return found


@pytest.fixture(scope="module")
def store_path(new_module_db: Callable[[str], str]) -> str:
    """A store holding every fixture story but the last article of each (added later, incrementally)."""
    path = new_module_db("stories")
    with Corpus(path) as corpus:
        articles = _articles(list(STORIES))
        firsts = [a for a in articles if not a.source.endswith("-2.txt")]  # type: ignore[union-attr]
        report = corpus.add_articles(firsts)
        assert not report.rejects
    return path


def _by_story(corpus: Corpus) -> dict[int, set[str]]:
    return {s.id: {Path(m.source or "").name.rsplit("-", 1)[0] for m in (corpus.story(s.id) or s).articles}
            for s in corpus.stories(limit=100)}


def test_articles_of_one_event_form_one_story_and_same_kind_events_stay_apart(store_path: str) -> None:
    with Corpus(store_path) as corpus:
        groups = _by_story(corpus)
    assert sorted(sorted(g) for g in groups.values()) == sorted([[name] for name in STORIES])
    sizes = sorted(len(story_articles_of(store_path, sid)) for sid in groups)
    assert sizes == [2, 2, 2, 2]


def story_articles_of(path: str, story_id: int) -> list[str]:
    with Corpus(path, readonly=True) as corpus:
        return story_articles(corpus.store, story_id)


def test_new_articles_join_their_stories_and_placed_ones_stay(store_path: str) -> None:
    with Corpus(store_path) as corpus:
        before = {s.id: story_articles(corpus.store, s.id) for s in corpus.stories()}
        corpus.add_articles([a for a in _articles(list(STORIES)) if a.source.endswith("-2.txt")])  # type: ignore[union-attr]
        assert corpus.update_stories() == 4
        assert corpus.update_stories() == 0  # nothing left to place
        after = {s.id: story_articles(corpus.store, s.id) for s in corpus.stories()}
        groups = _by_story(corpus)
    assert set(after) == set(before)
    for sid, ids in before.items():
        assert after[sid][:2] == ids and len(after[sid]) == 3
    assert sorted(sorted(g) for g in groups.values()) == sorted([[name] for name in STORIES])


def test_a_story_says_why_each_article_joined(store_path: str) -> None:
    with Corpus(store_path) as corpus:
        sid = next(s.id for s in corpus.stories() if "Brandt" in s.label or "Marenport" in s.label)
        story = corpus.story(sid)
    assert story is not None and story.first == "2025-02-03" and story.last == "2025-02-06"
    assert "Talia Brandt" in story.label
    opened, *joined = story.articles
    assert opened.opened and not any(m.opened for m in joined)
    for member in joined:
        assert member.score >= Params().threshold
        assert member.scores["text"] > 0.2 and member.scores["actors"] > 0.3
        assert "Talia Brandt" in member.shared_actors
        assert member.time == 1.0  # within a few days of the story


def test_story_records_round_trip(store_path: str) -> None:
    with Corpus(store_path, readonly=True) as corpus:
        story = corpus.story(corpus.stories()[0].id)
    assert story is not None
    assert from_json(Story, json.loads(json.dumps(to_json(story)))) == story


def test_cli_lists_stories_and_explains_one(store_path: str) -> None:
    runner = CliRunner()
    listed = runner.invoke(main, ["stories", "--db", str(store_path)])
    assert listed.exit_code == 0, listed.output
    assert len([line for line in listed.output.splitlines() if "article(s)" in line]) == 4
    first = int(listed.output.split()[0])
    shown = runner.invoke(main, ["story", str(first), "--db", str(store_path)])
    assert shown.exit_code == 0 and "opened the story" in shown.output and "joined: score" in shown.output
    assert "shared actors:" in shown.output
    assert "\ntimeline: " in shown.output and "event(s)" in shown.output
    assert "\noutlets: " in shown.output and "carries" in shown.output and "omits" in shown.output
    as_json = runner.invoke(main, ["story", str(first), "--db", str(store_path), "--json"])
    assert as_json.exit_code == 0, as_json.output
    record = json.loads(as_json.output)
    members = [m["article_id"] for m in record["articles"]]
    assert record["id"] == first and record["timeline"]["scope"] == f"story:{first}"
    assert sorted(record["timeline"]["articles"]) == sorted(members)
    assert sorted(record["comparison"]["articles"]) == sorted(members)
    assert {o["outlet"] for o in record["comparison"]["outlets"]} == {m["outlet"] for m in record["articles"]}
    missing = runner.invoke(main, ["story", "99999", "--db", str(store_path)])
    assert missing.exit_code == EXIT_REJECTS and "no such story" in missing.output


def _analysis(number: int, day: str, people: list[str], words: str) -> Analysis:
    text = f"{words} {' and '.join(people)} spoke."
    entities = [Entity(f"e{i}", name, "person", [Mention(text.index(name), text.index(name) + len(name), name)],
                       identity=f"person:{name.lower()}") for i, name in enumerate(people)]
    article = Article(id=f"a{number}", text=text, body=Range(0, len(text)), published=day)
    return Analysis(article, entities=entities)


def test_time_apart_splits_a_story_that_words_and_actors_would_join() -> None:
    words = "Harbour cranes idle as dockworkers strike over pay at the container terminal"
    items = [features(_analysis(0, "2025-03-01", ["Nadia Serrat"], words)),
             features(_analysis(1, "2025-03-02", ["Nadia Serrat"], words)),
             features(_analysis(2, "2025-06-20", ["Nadia Serrat"], words))]
    placed = list(StoryClusterer(Params()).run(items))
    assert placed[0].story == placed[1].story != placed[2].story
    assert placed[2].opened


def test_different_actors_split_what_words_alone_join() -> None:
    words = "Harbour cranes idle as dockworkers strike over pay at the container terminal"
    items = [features(_analysis(0, "2025-03-01", ["Nadia Serrat", "Juno Pike"], words)),
             features(_analysis(1, "2025-03-01", ["Tomas Hale", "Vera Osk"], words)),
             features(_analysis(2, "2025-03-01", ["Nadia Serrat", "Juno Pike"], words))]
    text_only = dataclasses.replace(Params(), actors=0.0, places=0.0, events=0.0, dates=0.0)
    assert len({a.story for a in StoryClusterer(text_only).run(items)}) == 1
    placed = list(StoryClusterer(Params(threshold=0.6)).run(items))
    assert placed[0].story == placed[2].story != placed[1].story


def test_features_keep_actor_names_for_explanations() -> None:
    item: Features = features(_analysis(0, "2025-03-01", ["Nadia Serrat"], "Strike at the port"))
    assert "Nadia Serrat" in item.names.values() and item.day is not None


def test_cluster_scores_by_hand() -> None:
    gold = {"a": "x", "b": "x", "c": "x", "d": "y"}
    found = score(gold, {"a": 1, "b": 1, "c": 2, "d": 2})
    # B-cubed precision: a,b 1; c,d 1/2 → 0.75; recall: a,b 2/3; c 1/3; d 1 → 2/3
    assert found.b3_precision == pytest.approx(0.75) and found.b3_recall == pytest.approx(2 / 3)
    # pairs: predicted {ab, cd}, gold {ab, ac, bc}; right {ab}
    assert found.pair_precision == pytest.approx(0.5) and found.pair_recall == pytest.approx(1 / 3)
    assert (found.clusters, found.gold_clusters) == (2, 2)
    perfect = score(gold, {"a": 7, "b": 7, "c": 7, "d": 8})
    assert perfect.b3_f1 == 1.0 and perfect.pair_f1 == 1.0


@needs_shared(SHARED / "eval" / "ecbplus")
def test_ecbplus_reader_gives_development_documents_with_their_story() -> None:
    from dateline.evaluation.story_gold import read_ecbplus

    gold = read_ecbplus(SHARED / "eval" / "ecbplus", topics=range(1, 3))
    assert gold and {g.story for g in gold} <= {"1ecb", "1ecbplus", "2ecb", "2ecbplus"}
    assert all(" ." not in g.article.text and " ," not in g.article.text for g in gold)
    assert all(g.article.url and g.article.url.startswith("http") for g in gold if g.story.endswith("plus"))


@needs_shared(SHARED / "eval" / "uci-news-aggregator-head")
def test_uci_reader_shuffles_headlines_with_a_fixed_seed() -> None:
    from dateline.evaluation.story_gold import read_uci

    first, second = read_uci(SHARED / "eval" / "uci-news-aggregator-head"), \
        read_uci(SHARED / "eval" / "uci-news-aggregator-head")
    assert [g.article.id for g in first] == [g.article.id for g in second]
    runs = sum(1 for a, b in itertools.pairwise(first) if a.story == b.story)
    assert runs < len(first) / 5  # no longer grouped by story
    assert all(g.article.published and g.article.outlet for g in first[:50])


def test_baseline_features_have_no_empty_counts() -> None:
    from dateline.evaluation.stories import BASELINE

    item = features(_analysis(0, "2025-03-01", ["Nadia Serrat"], "Strike at the Harbour of Marenport"), BASELINE)
    assert all(n > 0 for counts in item.counts.values() for n in counts.values())
    assert StoryClusterer(BASELINE).run([item]).__next__().opened


def _headline(number: int, text: str) -> Features:
    article = Article(id=f"h{number}", text=text, body=Range(0, len(text)), title=text, published="2025-03-01")
    return features(Analysis(article))


def test_headlines_of_one_event_join_under_the_lower_short_text_threshold() -> None:
    filler = [_headline(10 + n, t) for n, t in enumerate([
        "Ferry timetable changes for the islands", "Museum reopens after renovation work",
        "Rail fares rise in spring", "Council approves new cycle lanes", "Bakery wins regional award"])]
    items = [*filler, _headline(0, "Dock strike halts cargo at Marenport harbour"),
             _headline(1, "Cargo stranded as port workers walk out over pay"),
             _headline(2, "Vote count halted in Veloria election dispute")]
    long_text = dataclasses.replace(Params(), short_words=0)
    placed = {a.article_id: a.story for a in StoryClusterer(long_text).run(items)}
    assert placed["h0"] != placed["h1"]  # full-article threshold: two headlines never reach it
    placed = {a.article_id: a.story for a in StoryClusterer(Params()).run(items)}
    assert placed["h0"] == placed["h1"] != placed["h2"]
    assert len({placed[f.article_id] for f in filler}) == len(filler)
