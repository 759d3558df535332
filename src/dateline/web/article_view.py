"""What the article page shows beside the text: actors, quotes, claims, cues, events and the sourcing profile.

Rows are plain values the templates print (Jinja escapes them); the page never builds HTML from them
by hand. Each row has the id of its record, so a highlight and its panel entry find each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup

from ..model import Analysis, Claim, Entity, Event, Quote
from .highlight import HEDGING, LOADED, highlighted, speaker_colours

SHORT = 220
"""Characters of a quote or claim a panel shows; the text itself has all of it."""


def short(text: str, limit: int = SHORT) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class ActorRow:
    id: str
    name: str
    type: str
    actor_type: str | None
    country: str | None
    roles: list[str]
    aliases: list[str]
    mentions: int
    belongs_to: str | None
    place: str | None  # where a place was located, and why


@dataclass(frozen=True)
class QuoteRow:
    id: str
    kind: str
    colour: str  # spk-N or spk-none, as the highlight
    speaker: str
    speaker_kind: str
    speaker_rule: str | None
    cue: str | None
    cue_class: str | None
    cue_rule: str | None
    chain: list[str]
    addressee: str | None
    inside: str | None
    words: str


@dataclass(frozen=True)
class FindingRow:
    kind: str
    why: str
    rule: str | None


@dataclass(frozen=True)
class ClaimRow:
    id: str
    kind: str
    status: str
    source: str | None
    quote: str | None
    checkworthy: float | None
    words: str
    findings: list[FindingRow]
    cues: list[str]


@dataclass(frozen=True)
class CueRow:
    id: str
    kind: str
    family: str  # hedging | loaded | other
    words: str
    voice: str  # "the article" or the speaker whose quote holds it
    technique: str | None
    rule: str


@dataclass(frozen=True)
class EventLine:
    id: str
    category: str
    cameo: str | None
    trigger: str
    modality: str
    modality_cue: str | None
    source: str | None
    target: str | None
    place: str | None
    date: str | None
    date_words: str | None
    voices: list[str]  # each voice's modality where they differ ("q2: reported")


@dataclass(frozen=True)
class Bar:
    """One bar of the sourcing chart: ``x`` and ``width`` are per cent of the chart's width."""

    label: str
    value: str
    x: float
    width: float
    css: str


@dataclass
class ArticleView:
    id: str
    title: str
    outlet: str | None
    published: str | None
    url: str | None
    author: str | None
    dateline: str | None
    sources: list[str]
    warnings: list[str]
    body: Markup
    actors: list[ActorRow] = field(default_factory=list)
    unresolved: list[tuple[str, str, str]] = field(default_factory=list)  # (ref, words, why)
    quotes: list[QuoteRow] = field(default_factory=list)
    speakers: list[tuple[str, str]] = field(default_factory=list)  # (colour class, speaker) legend
    claims: list[ClaimRow] = field(default_factory=list)
    cues: list[CueRow] = field(default_factory=list)
    events: list[EventLine] = field(default_factory=list)
    status_bars: list[Bar] = field(default_factory=list)
    counts: list[tuple[str, str]] = field(default_factory=list)
    stored: bool = True


def article_view(analysis: Analysis, *, sources: list[str] | None = None, stored: bool = True) -> ArticleView:
    article = analysis.article
    quotes = {q.id: q for q in analysis.quotes}
    view = ArticleView(
        id=article.id,
        title=article.title or _opening(analysis),
        outlet=article.outlet,
        published=article.published,
        url=article.url,
        author=article.author,
        dateline=article.dateline.text if article.dateline else None,
        sources=sources or [],
        warnings=list(article.warnings),
        body=highlighted(analysis),
        stored=stored,
    )
    view.actors = [_actor(e) for e in sorted(analysis.entities, key=lambda e: (_TYPE_ORDER.get(e.type, 9),
                                                                              -len(e.mentions), e.name))]
    view.unresolved = [(f"u{i + 1}", m.text, m.rule or "") for i, m in enumerate(analysis.unresolved)]
    colours = speaker_colours(analysis)
    view.quotes = [_quote(q, colours.get(q.id, -1)) for q in analysis.quotes]
    legend: dict[str, str] = {}
    for row in view.quotes:
        if row.colour != "spk-none":
            legend.setdefault(row.colour, row.speaker)
    view.speakers = list(legend.items())
    view.claims = [_claim(c, [k.span.text for k in analysis.cues if k.claim == c.id]) for c in analysis.claims]
    view.cues = [CueRow(k.id, k.kind, "hedging" if k.kind in HEDGING else "loaded" if k.kind in LOADED else "other",
                        k.span.text, _voice(k.voice, quotes), k.technique, k.rule) for k in analysis.cues]
    view.events = [_event(v) for v in analysis.events]
    view.status_bars, view.counts = profile_chart(analysis.profile)
    return view


_TYPE_ORDER = {"person": 0, "organisation": 1, "group": 2, "place": 3, "other": 4}


def _opening(analysis: Analysis) -> str:
    body = analysis.article.text[analysis.article.body.start: analysis.article.body.end]
    return short(body, 80) or "Untitled article"


def _actor(entity: Entity) -> ActorRow:
    roles = [role.title + (f", {role.affiliation}" if role.affiliation else "") for role in entity.roles]
    place = None
    if entity.geo is not None:
        where = ", ".join(x for x in (entity.geo.name, entity.geo.admin1, entity.geo.country) if x)
        place = where + (f" ({entity.geo.why})" if entity.geo.why else "")
    return ActorRow(entity.id, entity.name, entity.type, entity.actor_type, entity.country_code,
                    list(dict.fromkeys(roles)), entity.aliases, len(entity.mentions), entity.belongs_to_name, place)


def _quote(quote: Quote, colour: int) -> QuoteRow:
    speaker = quote.speaker
    chain = [link.name + (f" ({link.cue.text})" if link.cue else "") for link in quote.chain]
    return QuoteRow(
        id=quote.id,
        kind=quote.kind,
        colour=f"spk-{colour}" if colour >= 0 else "spk-none",
        speaker=(speaker.name if speaker and speaker.name else "unknown speaker"),
        speaker_kind=speaker.kind if speaker else "unresolved",
        speaker_rule=speaker.rule if speaker else None,
        cue=quote.cue.text if quote.cue else None,
        cue_class=quote.cue.cue_class if quote.cue else None,
        cue_rule=quote.cue.rule if quote.cue else None,
        chain=chain,
        addressee=quote.addressee.name if quote.addressee else None,
        inside=quote.inside,
        words=short(quote.content.text),
    )


def _claim(claim: Claim, cues: list[str]) -> ClaimRow:
    findings = [FindingRow(f.kind, f.why, f.rule) for f in claim.findings]
    return ClaimRow(claim.id, claim.kind, claim.attribution.status, claim.attribution.source, claim.attribution.quote,
                    claim.checkworthy, short(claim.span.text), findings, cues)


def _voice(voice: str, quotes: dict[str, Quote]) -> str:
    quote = quotes.get(voice)
    if quote is None:
        return "the article"
    name = quote.speaker.name if quote.speaker and quote.speaker.name else "an unknown speaker"
    return f"{name} ({voice})"


def _event(event: Event) -> EventLine:
    voices = [f"{'article' if e.voice == 'article' else e.voice}: {e.modality}"
              for e in event.evidence if e.modality and e.modality != event.modality]
    date = event.date
    return EventLine(
        id=event.id,
        category=event.category,
        cameo=event.cameo,
        trigger=event.trigger.text,
        modality=event.modality,
        modality_cue=event.modality_cue.text if event.modality_cue else None,
        source=event.source.name if event.source else None,
        target=event.target.name if event.target else None,
        place=event.place.name if event.place else None,
        date=(f"{date.value} ({date.precision})" if date.precision else date.value) if date and date.value else None,
        date_words=date.expression.text if date and date.expression else None,
        voices=list(dict.fromkeys(voices)),
    )


_STATUSES = ("attributed", "anonymous", "agentless", "unresolved", "unattributed")


def profile_chart(profile: dict[str, float]) -> tuple[list[Bar], list[tuple[str, str]]]:
    """Factual claims by attribution status as one stacked bar, and the profile's other figures as lines."""
    total = sum(profile.get(s, 0) for s in _STATUSES)
    bars: list[Bar] = []
    x = 0.0
    for status in _STATUSES:
        count = profile.get(status, 0)
        if not count or not total:
            continue
        width = 100.0 * count / total
        bars.append(Bar(status, f"{count:g}", round(x, 2), round(width, 2), f"st-{status}"))
        x += width
    shown = {"claims": "claims", "factual": "factual claims", "named_sources": "named sources",
             "anonymous_sources": "anonymous sources", "unresolved_speakers": "unresolved speakers",
             "quoted_share": "share of the text in quotes", "hedges": "hedges (article's voice)",
             "loaded": "loaded words (article's voice)", "quoted_hedges": "hedges (in quotes)",
             "quoted_loaded": "loaded words (in quotes)"}
    counts = []
    for key, label in shown.items():
        if key in profile:
            value = profile[key]
            counts.append((label, f"{value:.0%}" if key == "quoted_share" else f"{value:g}"))
    return bars, counts
