"""A dense stream keeps its stories apart: 100 articles a day, a hundred stories open at once, many of them
sharing a city, an organisation and a topic (the generated corpus of ``benchmarks/stories.py``). A join
threshold tuned on a sparse gold set alone (ECB+: few stories at a time) merged such a stream into a few
large stories; see the README's Stories section."""

from __future__ import annotations

from benchmarks.stories import generate

from dateline.corpus.stories import Params, StoryClusterer, features
from dateline.evaluation.clusters import score


def test_a_dense_stream_is_not_merged() -> None:
    gold: dict[str, str] = {}
    items = []
    for analysis, story in generate(600, 100):
        gold[analysis.article.id] = story  # type: ignore[attr-defined]
        items.append(features(analysis))  # type: ignore[arg-type]
    placed = {a.article_id: a.story for a in StoryClusterer(Params()).run(items)}
    result = score(gold, placed)
    assert result.b3_precision >= 0.9  # stories are not swallowed by their neighbours
    assert result.b3_f1 >= 0.9
    assert 0.8 * result.gold_clusters <= result.clusters <= 1.2 * result.gold_clusters
