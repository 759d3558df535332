"""What the store-wide pages show: the home page, an actor, a story, the actor graph.

Each view is gathered from :class:`Corpus` calls only (the one Python API); the templates print it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

from ..corpus.common import identity_of
from ..corpus.select import identities
from ..engine import Corpus
from ..model import (
    ActorGraph,
    ActorProfile,
    ActorSummary,
    Analysis,
    Comparison,
    DuplicateGroup,
    GraphEdge,
    GraphNode,
    QuoteHit,
    Story,
    Timeline,
)
from .article_view import short

RECENT = 30
"""Articles the home page lists (newest first)."""
ABOUT_ARTICLES = 50
"""Articles an actor page reads for quotes about the actor (the most recent that mention it)."""


@dataclass(frozen=True)
class ArticleLine:
    id: str
    title: str
    outlet: str | None
    published: str | None
    counts: str


@dataclass
class HomeView:
    articles: int
    recent: list[ArticleLine]
    stories: list[Story]
    actors: list[ActorSummary]


def article_line(analysis: Analysis) -> ArticleLine:
    article = analysis.article
    body = article.text[article.body.start: article.body.end]
    counts = f"{len(analysis.quotes)} quotes, {len(analysis.claims)} claims, {len(analysis.events)} events"
    return ArticleLine(article.id, article.title or short(body, 90) or article.id, article.outlet,
                       article.published, counts)


def home_view(corpus: Corpus) -> HomeView:
    """Newest articles, the largest stories and the most mentioned actors.

    The Corpus API has no "list articles" call; the store's id list (oldest publication first) is read
    and the last ``RECENT`` analyses loaded."""
    ids = corpus.store.ids()[-RECENT:][::-1]
    recent = [article_line(a) for a in corpus.store.analyses(ids)]
    return HomeView(len(corpus), recent, corpus.stories(limit=10), corpus.actors(limit=20))


@dataclass(frozen=True)
class RoleSpell:
    """One title an actor held, from the first article that gives it to the last."""

    title: str
    affiliation: str | None
    first: str | None
    last: str | None
    articles: int


@dataclass(frozen=True)
class AboutQuote:
    article_id: str
    published: str | None
    quote_id: str
    speaker: str
    words: str


@dataclass
class ActorView:
    profile: ActorProfile
    spells: list[RoleSpell]
    by: list[QuoteHit]
    via: list[QuoteHit]
    about: list[AboutQuote]
    timeline: Timeline | None
    titles: dict[str, str] = field(default_factory=dict)  # article id → title, for links


def actor_view(corpus: Corpus, name: str) -> ActorView | None:
    profile = corpus.actor(name)
    if profile is None:
        return None
    canonical = profile.summary.name
    by = corpus.quotes(speaker=canonical, limit=100)
    seen = {(q.article_id, q.quote_id) for q in by}
    via = [q for q in corpus.quotes(source=canonical, limit=100) if (q.article_id, q.quote_id) not in seen]
    recent = sorted(profile.articles, key=lambda a: a.published or "", reverse=True)[:ABOUT_ARTICLES]
    analyses = list(corpus.store.analyses([a.id for a in recent]))
    try:
        timeline: Timeline | None = corpus.timeline(actor=canonical)
    except LookupError:
        timeline = None
    titles = {a.id: a.title or (a.source or a.id).rsplit("/", 1)[-1] for a in profile.articles}
    titles.update({a.article.id: short(article_line(a).title, 70) for a in analyses})
    return ActorView(profile, role_spells(profile), by, via, quotes_about(profile, canonical, analyses), timeline,
                     titles)


def role_spells(profile: ActorProfile) -> list[RoleSpell]:
    """Roles over time: each (title, affiliation) with the first and last publication date that gives it."""
    spells: dict[tuple[str, str | None], list[str | None]] = {}
    for role in profile.roles:
        spells.setdefault((role.title, role.affiliation), []).append(role.published)
    rows = []
    for (title, affiliation), dates in spells.items():
        known = sorted(d for d in dates if d)
        rows.append(RoleSpell(title, affiliation, known[0] if known else None, known[-1] if known else None,
                              len(dates)))
    return sorted(rows, key=lambda r: (r.first or "9999", r.title))


def quotes_about(profile: ActorProfile, name: str, analyses: list[Analysis]) -> list[AboutQuote]:
    """Quotes whose words mention the actor, said by someone else."""
    keys = identities(profile, name, analyses)
    found = []
    for analysis in analyses:
        own = {e.id for e in analysis.entities if identity_of(e) in keys}
        spans = [(m.start, m.end) for e in analysis.entities if e.id in own for m in e.mentions]
        for quote in analysis.quotes:
            if quote.speaker is not None and quote.speaker.entity in own:
                continue
            if any(quote.content.start <= s and e <= quote.content.end for s, e in spans):
                speaker = quote.speaker.name if quote.speaker and quote.speaker.name else "unknown speaker"
                found.append(AboutQuote(analysis.article.id, analysis.article.published, quote.id, speaker,
                                        short(quote.content.text)))
    return sorted(found, key=lambda q: q.published or "", reverse=True)


@dataclass
class StoryView:
    story: Story
    timeline: Timeline
    comparison: Comparison
    duplicates: list[DuplicateGroup]
    outlets: dict[str, str]  # article id → outlet (or title) for compact labels


def story_view(corpus: Corpus, story_id: int) -> StoryView | None:
    story = corpus.story(story_id)
    if story is None:
        return None
    members = {m.article_id for m in story.articles}
    timeline = corpus.timeline(story=str(story_id))
    comparison = corpus.compare(story=str(story_id))
    groups = [g for g in corpus.duplicates()
              if g.original.article_id in members or any(c.article_id in members for c in g.copies)]
    outlets = {m.article_id: m.outlet or m.title or m.article_id[:15] for m in story.articles}
    return StoryView(story, timeline, comparison, groups, outlets)


GRAPH_NODES = 30
"""Actors the graph draws at most (most articles first); the list below it has every edge among them."""
GRAPH_EDGES = 200
LABEL = 24
MARGIN = 190
"""Room outside the circle for the labels (24 characters at 11px)."""


@dataclass(frozen=True)
class NodeDot:
    """A node on the circle; its label runs outwards along the radius (rotated), as in a chord diagram,
    so that neighbouring labels never overlap."""

    node: GraphNode
    x: float
    y: float
    r: float
    label: str  # the name, cut to LABEL characters
    label_x: float
    label_y: float
    anchor: str  # text-anchor: start on the right half, end on the left (the text is turned 180°)
    turn: float  # degrees the label is rotated about (label_x, label_y)


@dataclass(frozen=True)
class EdgeLine:
    edge: GraphEdge
    source: str
    target: str
    x1: float
    y1: float
    x2: float
    y2: float
    width: float


@dataclass
class GraphView:
    nodes: list[NodeDot]
    edges: list[EdgeLine]
    hidden_nodes: int
    size: int = 760


def graph_view(corpus: Corpus, actor: str | None, since: date | None) -> GraphView:
    return layout(corpus.graph(actor=actor, since=since))


def layout(graph: ActorGraph, size: int = 760) -> GraphView:
    """Nodes on a circle (most connected at the top, clockwise), edges as straight lines between them."""
    degree: dict[str, int] = {}
    for edge in graph.edges:
        degree[edge.source] = degree.get(edge.source, 0) + edge.weight
        degree[edge.target] = degree.get(edge.target, 0) + edge.weight
    ranked = sorted(graph.nodes, key=lambda n: (-degree.get(n.id, 0), -n.articles, -n.mentions, n.name))
    shown = ranked[:GRAPH_NODES]
    centre, radius = size / 2, size / 2 - MARGIN
    most = max((n.mentions for n in shown), default=1) or 1
    dots: dict[str, NodeDot] = {}
    for index, node in enumerate(shown):
        angle = 2 * math.pi * index / max(1, len(shown)) - math.pi / 2
        cos, sin = math.cos(angle), math.sin(angle)
        x, y = centre + radius * cos, centre + radius * sin
        r = 4 + 8 * math.sqrt(node.mentions / most)
        right = cos >= -1e-9
        label = node.name if len(node.name) <= LABEL else node.name[: LABEL - 1].rstrip() + "…"
        degrees = math.degrees(angle) + (0 if right else 180)
        dots[node.id] = NodeDot(node, round(x, 1), round(y, 1), round(r, 1), label, round(x + (r + 4) * cos, 1),
                                round(y + (r + 4) * sin, 1), "start" if right else "end", round(degrees, 1))
    kept = [e for e in graph.edges if e.source in dots and e.target in dots and e.source != e.target]
    kept.sort(key=lambda e: -e.weight)
    heaviest = max((e.weight for e in kept), default=1) or 1
    names = {n.id: n.name for n in graph.nodes}
    lines = [EdgeLine(e, names.get(e.source, e.source), names.get(e.target, e.target), dots[e.source].x,
                      dots[e.source].y, dots[e.target].x, dots[e.target].y,
                      round(1 + 4 * e.weight / heaviest, 1)) for e in kept[:GRAPH_EDGES]]
    return GraphView(list(dots.values()), lines, max(0, len(graph.nodes) - len(shown)), size)
