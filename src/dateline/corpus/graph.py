"""The actor graph: actors (people, organisations, groups) keyed by ``Entity.identity``, and four kinds of edge.

cooccurrence  both actors named in one article (undirected; weight = articles)
speaks_of     a quote's speaker names the other actor inside the quoted words
addresses     a quote's speaker speaks to the other actor (its addressee)
acts_on       an event's source acts on its target (reciprocal events: both ways)
Every observation keeps a date (the event's date, else the article's publication) so edges are
time-stamped; GraphML and JSON are written here without a graph library.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from xml.etree import ElementTree as ET

from ..model import ActorGraph, Analysis, GraphEdge, GraphNode, to_json
from .common import ACTOR_TYPES, actor_key, day, entity_index, identity_of

KINDS = ("cooccurrence", "speaks_of", "addresses", "acts_on")


@dataclass
class _Node:
    names: dict[str, int] = field(default_factory=dict)
    type: str = "other"
    actor_type: str | None = None
    country_code: str | None = None
    articles: set[str] = field(default_factory=set)
    mentions: int = 0
    dates: list[str] = field(default_factory=list)


@dataclass
class _Edge:
    dates: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)


class GraphBuilder:
    """Add articles one by one (streamed from the store), then read the graph."""

    def __init__(self) -> None:
        self.nodes: dict[str, _Node] = {}
        self.edges: dict[tuple[str, str, str], _Edge] = {}

    def add(self, analysis: Analysis) -> None:
        article = analysis.article
        published = day(article.published)
        entities = entity_index(analysis)
        actors = [e for e in analysis.entities if e.type in ACTOR_TYPES]
        keys: list[str] = []
        for entity in actors:
            key = identity_of(entity)
            node = self.nodes.setdefault(key, _Node(type=entity.type))
            node.names[entity.name] = node.names.get(entity.name, 0) + 1
            node.actor_type = node.actor_type or entity.actor_type
            node.country_code = node.country_code or entity.country_code
            node.mentions += len(entity.mentions)
            if article.id not in node.articles:
                node.articles.add(article.id)
                if published:
                    node.dates.append(published)
            if key not in keys:
                keys.append(key)
        ordered = sorted(keys)
        for i, first in enumerate(ordered):
            for second in ordered[i + 1:]:
                self._observe(first, second, "cooccurrence", published, article.id)
        for quote in analysis.quotes:
            speaker = entities.get(quote.speaker.entity or "") if quote.speaker else None
            if speaker is None or speaker.type not in ACTOR_TYPES:
                continue
            who = identity_of(speaker)
            named = {identity_of(e) for e in actors if e.id != speaker.id and any(
                quote.content.start <= m.start < quote.content.end for m in e.mentions)}
            for other in sorted(named - {who}):
                self._observe(who, other, "speaks_of", published, article.id)
            addressee = entities.get(quote.addressee.entity or "") if quote.addressee else None
            if addressee is not None and addressee.type in ACTOR_TYPES and identity_of(addressee) != who:
                self._observe(who, identity_of(addressee), "addresses", published, article.id)
        for event in analysis.events:
            source, target = (entities.get(a.entity or "") if a else None for a in (event.source, event.target))
            if source is None or target is None or source.type not in ACTOR_TYPES \
                    or target.type not in ACTOR_TYPES:
                continue
            first_key = actor_key(analysis, event.source, entities)
            second_key = actor_key(analysis, event.target, entities)
            if not first_key or not second_key or first_key == second_key:
                continue
            when = event.date.value if event.date and event.date.value and event.date.value[:4].isdigit() \
                else published
            self._observe(first_key, second_key, "acts_on", when, article.id, event.category)
            if event.reciprocal:
                self._observe(second_key, first_key, "acts_on", when, article.id, event.category)

    def _observe(self, source: str, target: str, kind: str, when: str | None, article: str,
                 category: str | None = None) -> None:
        edge = self.edges.setdefault((source, target, kind), _Edge())
        if kind == "cooccurrence" and article in edge.articles:
            return
        edge.articles.append(article)
        if when:
            edge.dates.append(when)
        if category:
            edge.categories.append(category)

    def graph(self) -> ActorGraph:
        nodes = [GraphNode(key, max(n.names.items(), key=lambda kv: (kv[1], kv[0]))[0], n.type, n.actor_type,
                           n.country_code, len(n.articles), n.mentions, min(n.dates, default=None),
                           max(n.dates, default=None))
                 for key, n in sorted(self.nodes.items())]
        edges = [GraphEdge(s, t, k, len(e.articles), min(e.dates, default=None), max(e.dates, default=None),
                           sorted(e.dates), sorted(set(e.articles)), sorted(set(e.categories)))
                 for (s, t, k), e in sorted(self.edges.items())]
        return ActorGraph(nodes, edges)


def build(analyses: Iterable[Analysis]) -> ActorGraph:
    builder = GraphBuilder()
    for analysis in analyses:
        builder.add(analysis)
    return builder.graph()


def around(graph: ActorGraph, actors: set[str], start: date | None = None) -> ActorGraph:
    """The edges touching these actors (observed on or after ``start``), and the nodes they join."""
    edges = []
    for edge in graph.edges:
        if edge.source not in actors and edge.target not in actors:
            continue
        if start is not None:
            kept = [d for d in edge.dates if d[:10] >= start.isoformat()]
            if not kept:
                continue
            edge = GraphEdge(edge.source, edge.target, edge.kind, len(kept), kept[0], kept[-1], kept,
                             edge.articles, edge.categories)
        edges.append(edge)
    keep = actors | {e.source for e in edges} | {e.target for e in edges}
    return ActorGraph([n for n in graph.nodes if n.id in keep], edges)


def to_graphml(graph: ActorGraph) -> str:
    """GraphML 1.0: a directed graph whose cooccurrence edges say ``directed="false"``."""
    ns = "http://graphml.graphdrawing.org/xmlns"
    root = ET.Element("graphml", xmlns=ns)
    node_keys = [("name", "string"), ("type", "string"), ("actor_type", "string"), ("country_code", "string"),
                 ("articles", "int"), ("mentions", "int"), ("first", "string"), ("last", "string")]
    edge_keys = [("kind", "string"), ("weight", "int"), ("first", "string"), ("last", "string"),
                 ("dates", "string"), ("categories", "string")]
    for name, kind in node_keys:
        ET.SubElement(root, "key", {"id": f"n_{name}", "for": "node", "attr.name": name, "attr.type": kind})
    for name, kind in edge_keys:
        ET.SubElement(root, "key", {"id": f"e_{name}", "for": "edge", "attr.name": name, "attr.type": kind})
    body = ET.SubElement(root, "graph", id="actors", edgedefault="directed")
    for node in graph.nodes:
        element = ET.SubElement(body, "node", id=node.id)
        for name, _ in node_keys:
            value = getattr(node, name)
            if value is not None:
                ET.SubElement(element, "data", key=f"n_{name}").text = str(value)
    for number, edge in enumerate(graph.edges, 1):
        attributes = {"id": f"x{number}", "source": edge.source, "target": edge.target}
        if edge.kind == "cooccurrence":
            attributes["directed"] = "false"
        element = ET.SubElement(body, "edge", attributes)
        values = {"kind": edge.kind, "weight": edge.weight, "first": edge.first, "last": edge.last,
                  "dates": " ".join(edge.dates), "categories": " ".join(edge.categories)}
        for name, _ in edge_keys:
            if values[name] not in (None, ""):
                ET.SubElement(element, "data", key=f"e_{name}").text = str(values[name])
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def to_json_text(graph: ActorGraph) -> str:
    return json.dumps(to_json(graph), ensure_ascii=False, indent=1)
