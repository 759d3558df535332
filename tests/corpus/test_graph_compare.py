"""The actor graph and the outlet comparison on the test corpus, through the API and the CLI."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.corpus import compare, graph
from dateline.engine import Corpus
from dateline.errors import EXIT_REJECTS, EXIT_USAGE
from dateline.model import Analysis

KOLIN, HALLAM, PERRIN = "person:marta kolin", "person:piet hallam", "person:hugo perrin"


def _edges(built, kind):  # type: ignore[no-untyped-def]
    return {(e.source, e.target): e for e in built.edges if e.kind == kind}


def test_graph_edges_by_kind_weighted_and_dated(corpus: dict[str, Analysis]) -> None:
    built = graph.build(corpus.values())
    acts = _edges(built, "acts_on")
    meeting = acts[(KOLIN, HALLAM)]
    assert "CONSULT" in meeting.categories and meeting.weight >= 4
    assert meeting.first is not None and meeting.first.startswith("2025-03") and meeting.dates == sorted(meeting.dates)
    together = _edges(built, "cooccurrence")[(KOLIN, HALLAM)]
    assert together.weight == len(together.articles) >= 8  # one per article, not per mention
    assert (HALLAM, KOLIN) not in _edges(built, "cooccurrence")  # undirected: stored once
    assert any(e.source == "person:paul veyra" and e.target == "person:ruth salvane" for e in built.edges
               if e.kind == "acts_on")  # the flood governor asks the prime minister: across two stories' actors
    assert _edges(built, "speaks_of")  # a speaker naming another actor in the quoted words
    names = {n.id: n for n in built.nodes}
    assert names[KOLIN].name == "Marta Kolin" and names[KOLIN].articles >= 10


def test_graph_around_an_actor_since_a_date(corpus: dict[str, Analysis]) -> None:
    built = graph.around(graph.build(corpus.values()), {KOLIN}, date(2025, 4, 1))
    neighbours = {e.source for e in built.edges} | {e.target for e in built.edges}
    assert PERRIN in neighbours  # the April trade-deal signing she attended
    assert HALLAM not in neighbours  # the March dam talks are before --since
    assert all(KOLIN in (e.source, e.target) for e in built.edges)


def test_graphml_and_json_exports_parse(corpus: dict[str, Analysis]) -> None:
    built = graph.around(graph.build(corpus.values()), {KOLIN})
    root = ET.fromstring(graph.to_graphml(built))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall(".//g:node", ns)) == len(built.nodes)
    edges = root.findall(".//g:edge", ns)
    assert len(edges) == len(built.edges)
    assert {e.get("directed") for e in edges} >= {"false", None}
    data = json.loads(graph.to_json_text(built))
    assert len(data["edges"]) == len(built.edges) and data["nodes"][0]["id"]


def test_outlet_comparison_point_by_point(corpus: dict[str, Analysis]) -> None:
    story = [a for name, a in corpus.items() if name.startswith("s1-")]
    found = compare.compare(story)
    views = {v.outlet: v for v in found.outlets}
    assert set(views) == {"Harbor Wire", "Meridian Post", "Northgate Daily", "Coastline Times"}
    farmers = next(p for p in found.points if "40,000" in p.text)
    assert farmers.outlets == ["Harbor Wire", "Meridian Post", "Northgate Daily"]  # the wire copies carry it
    assert farmers.id in views["Coastline Times"].omits and farmers.id in views["Meridian Post"].includes
    assert len({w.article_id for w in farmers.wordings}) == 3  # reworded ("About" → "Around") still matched
    # the independent report: its own source, its own point, loaded words the wire does not use
    assert "Anja Melk" in {s.name for s in views["Coastline Times"].sources}
    own = [p for p in found.points if p.outlets == ["Coastline Times"]]
    assert any("60,000" in p.text for p in own)
    assert views["Coastline Times"].loaded_per_1000 > 0 == views["Harbor Wire"].loaded_per_1000
    assert views["Harbor Wire"].profile["claims"] > views["Coastline Times"].profile["claims"]
    assert 0 < views["Harbor Wire"].profile["quoted_share"] <= 1


def test_unlike_claims_stay_apart() -> None:
    first = compare.content_words("Police arrested three Doravian engineers near the dam on Wednesday.")
    second = compare.content_words("Police released three Doravian engineers near the dam on Friday.")
    copy = compare.content_words("Police arrested three Doravian engineers close to the dam on Wednesday.")
    arrest, release = frozenset({"arrest"}), frozenset({"release"})
    assert compare.same_point(first, arrest, copy, arrest) >= compare.SAME_POINT
    assert compare.similarity(first, second) >= compare.SAME_POINT  # words alone would join them …
    assert compare.same_point(first, arrest, second, release) < compare.SAME_POINT  # … their events do not


@pytest.fixture(scope="module")
def store(corpus: dict[str, Analysis], new_module_db: Callable[[str], str]) -> str:
    path = new_module_db("corpus")
    with Corpus(path) as opened:
        for analysis in corpus.values():
            opened.store.save(analysis)
    return path


def test_cli_timeline_graph_compare(store: str) -> None:
    runner = CliRunner()
    shown = runner.invoke(main, ["timeline", "--query", "Sorrel", "--db", str(store)])
    assert shown.exit_code == 0, shown.output
    assert "disagree on date" in shown.output and "planned → " in shown.output
    actor = runner.invoke(main, ["timeline", "--actor", "Marta Kolin", "--json", "--db", str(store)])
    assert actor.exit_code == 0 and json.loads(actor.output)["scope"] == "actor:Marta Kolin"
    xml = runner.invoke(main, ["graph", "--actor", "Marta Kolin", "--since", "2025-04-01", "--format", "graphml",
                               "--db", str(store)])
    assert xml.exit_code == 0 and "person:hugo perrin" in xml.output and "person:piet hallam" not in xml.output
    side = runner.invoke(main, ["compare", "--query", "Sorrel", "--db", str(store)])
    assert side.exit_code == 0 and "Coastline Times" in side.output and "omits:" in side.output
    with Corpus(store, readonly=True) as opened:
        ids = [a.article.id for a in opened.store.analyses() if a.article.outlet == "Coastline Times"][:2]
    listed = runner.invoke(main, ["compare", "--articles", ",".join(ids), "--json", "--db", str(store)])
    assert listed.exit_code == 0 and len(json.loads(listed.output)["articles"]) == 2


def test_cli_refusals(store: str) -> None:
    runner = CliRunner()
    missing = runner.invoke(main, ["timeline", "--actor", "Nobody Atall", "--db", str(store)])
    assert missing.exit_code == EXIT_REJECTS and "no such actor" in missing.output
    both = runner.invoke(main, ["timeline", "--query", "dam", "--actor", "Marta Kolin", "--db", str(store)])
    assert both.exit_code == EXIT_USAGE
    bad = runner.invoke(main, ["graph", "--since", "last week", "--db", str(store)])
    assert bad.exit_code == EXIT_USAGE
    unknown = runner.invoke(main, ["compare", "--articles", "no-such-id", "--db", str(store)])
    assert unknown.exit_code == EXIT_USAGE and "no such article" in unknown.output
