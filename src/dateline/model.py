"""The typed records every layer exchanges: the public JSON contract (schema ``dateline/1``).

Every annotation points at the characters of ``Article.text`` that justify it and names the
rule, lexicon entry or model that produced it, so a reader can check it. Records convert to
and from plain JSON with :func:`to_json` / :func:`from_json`; the round trip is lossless.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import types
import typing
import unicodedata
from dataclasses import dataclass, field
from typing import Any, TypeVar, Union

SCHEMA = "dateline/1"


@dataclass(frozen=True)
class Span:
    """Characters ``text[start:end]`` of the article text (end exclusive)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Range:
    """A structural stretch of the text (body, paragraph, sentence): offsets only, to keep records small."""

    start: int
    end: int


@dataclass(frozen=True)
class Dateline:
    """The place line that opens a wire story ("NAIROBI, Kenya —", "PARIS (AFP) -")."""

    start: int
    end: int
    text: str
    place: str | None = None
    region: str | None = None  # what follows the place as written ("Calif.", "Indiana, United States")
    country: str | None = None
    country_code: str | None = None
    agency: str | None = None
    date_text: str | None = None


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str = "name"  # name | alias | acronym | title | pronoun
    rule: str | None = None


@dataclass(frozen=True)
class Role:
    title: str
    affiliation: str | None
    span: Span
    rule: str


@dataclass(frozen=True)
class Geo:
    country: str | None
    country_code: str | None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    why: str | None = None
    feature: str | None = None  # country | admin1 | admin2 | city | region: what kind of place was chosen
    name: str | None = None  # the chosen place's GeoNames name ("Washington" for "Washington, D.C.")


@dataclass
class Entity:
    id: str
    name: str
    type: str  # person | organisation | place | group | other
    mentions: list[Mention] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    actor_type: str | None = None
    country_code: str | None = None
    geo: Geo | None = None
    belongs_to: str | None = None  # id of the actor an office or administration belongs to
    belongs_to_name: str | None = None
    rule: str | None = None
    identity: str | None = None  # corpus-wide key: the same actor in two articles has the same identity


@dataclass(frozen=True)
class Cue:
    id: str
    kind: str  # hedge | loaded | name_calling | doubt | exaggeration | fear | agentless
    span: Span
    rule: str
    voice: str = "article"
    claim: str | None = None
    technique: str | None = None


@dataclass(frozen=True)
class SpeechCue:
    start: int
    end: int
    text: str
    rule: str
    # neutral | assertive | doubting | conceding; "class" in JSON, a keyword in Python
    cue_class: str | None = field(default=None, metadata={"json": "class"})


@dataclass(frozen=True)
class Speaker:
    name: str | None
    # named | outlet | author | anonymous_official | anonymous | unnamed_report | document | unresolved
    kind: str
    entity: str | None = None
    mention: Span | None = None
    rule: str | None = None  # how the speaker was found: "rule:pronoun_last_speaker", "lexicon:sources.tsv#officials"


@dataclass(frozen=True)
class ChainLink:
    kind: str
    name: str
    entity: str | None = None
    cue: SpeechCue | None = None


@dataclass(frozen=True)
class Post:
    platform: str | None
    author: str | None
    handle: str | None
    date: str | None
    url: str | None


@dataclass
class Quote:
    id: str
    kind: str  # direct | indirect | mixed | block | post
    span: Span
    content: Span
    cue: SpeechCue | None = None
    speaker: Speaker | None = None
    addressee: Speaker | None = None
    chain: list[ChainLink] = field(default_factory=list)
    post: Post | None = None
    inside: str | None = None


@dataclass(frozen=True)
class Attribution:
    status: str  # attributed | agentless | anonymous | unattributed
    quote: str | None = None
    source: str | None = None
    cue: Span | None = None


@dataclass(frozen=True)
class Finding:
    kind: str
    why: str
    quote: str | None = None
    span: Span | None = None  # the article's words
    source_span: Span | None = None  # the cited source's words
    modality: str | None = None  # how the article states it: happened | ongoing
    source_modality: str | None = None  # how the source does: reported | alleged | possible | planned | denied …
    rule: str | None = None


@dataclass
class Claim:
    id: str
    span: Span
    kind: str  # factual | opinion | speculation | characterisation | question
    attribution: Attribution
    checkworthy: float | None = None
    features: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


@dataclass(frozen=True)
class EventActor:
    name: str
    entity: str | None = None
    country_code: str | None = None
    actor_type: str | None = None  # CAMEO/PLOVER sector of the entity: GOV, MIL, REB, …


@dataclass(frozen=True)
class EventDate:
    value: str | None
    expression: Span | None
    precision: str | None
    rule: str


@dataclass(frozen=True)
class Evidence:
    span: Span
    voice: str = "article"
    modality: str | None = None


@dataclass
class Event:
    id: str
    category: str
    trigger: Span
    modality: str
    cameo: str | None = None
    source: EventActor | None = None
    target: EventActor | None = None
    place: EventActor | None = None
    date: EventDate | None = None
    modality_cue: Span | None = None
    evidence: list[Evidence] = field(default_factory=list)
    mode: str | None = None  # PLOVER mode: "visit", "arrest", "abduct", …
    rule: str | None = None  # the lexicon entry or CAMEO pattern that named the event
    modality_rule: str | None = None  # why the modality is what it is
    reciprocal: bool = False  # done together ("A met B", "clashes between A and B"): also B → A


@dataclass(frozen=True)
class TimeExpression:
    """A time expression of the text and its TIMEX3 value, with what the value was counted from.

    ``anchor``: publication (deictic words, bare weekdays and months: the publication date),
    narrative ("the next year", "two days later": the last date the text mentioned) or absolute
    ("March 3, 2019", durations). ``event``: the id of the event this expression dates, if any.
    """

    value: str | None
    type: str  # DATE | TIME | DURATION | SET
    precision: str | None  # time | day | week | weekend | month | quarter | half | season | year | decade | century
    span: Span
    rule: str
    anchor: str  # publication | narrative | absolute | speech (a quote's "today" counted from the day it was said)
    event: str | None = None
    mod: str | None = None  # TIMEX3 mod: START | MID | END | APPROX | MORE_THAN | LESS_THAN …


@dataclass
class Article:
    """One article as read: ``text`` is what every offset in its analysis points into."""

    id: str
    text: str
    body: Range
    source: str | None = None  # file path, URL or WARC record that it was read from
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601 date (YYYY-MM-DD) or date-time
    dateline: Dateline | None = None
    source_id: str | None = None  # the input's own id: JSONL ``id``, WARC-Record-ID, else the file path
    warnings: list[str] = field(default_factory=list)  # what reading changed or dropped, so nothing goes silently
    language: str | None = None  # primary language subtag ("en") the page or feed states


@dataclass
class Analysis:
    """The article plus everything dateline found in it."""

    article: Article
    paragraphs: list[Range] = field(default_factory=list)
    sentences: list[Range] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    unresolved: list[Mention] = field(default_factory=list)  # actor mentions no rule could tie to one actor
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    profile: dict[str, float] = field(default_factory=dict)
    version: str = ""
    fingerprint: str = ""  # version plus the hashes of the lexicons, models and weights that made it

    def to_json(self) -> dict[str, Any]:
        """The flat ``dateline/1`` record (article fields at the top level, as OUTPUT.md shows)."""
        record: dict[str, Any] = {"schema": SCHEMA}
        record.update(to_json(self.article))
        for f in dataclasses.fields(self):
            if f.name != "article":
                record[f.name] = to_json(getattr(self, f.name))
        return record

    @classmethod
    def from_json(cls, record: dict[str, Any]) -> Analysis:
        article_names = {f.name for f in dataclasses.fields(Article)}
        article = from_json(Article, {k: v for k, v in record.items() if k in article_names})
        rest = {f.name: record[f.name] for f in dataclasses.fields(cls) if f.name in record and f.name != "article"}
        decoded = from_json(cls, {"article": to_json(article), **rest})
        return decoded

    def dumps(self) -> str:
        """One JSON line; keys keep field order so the same analysis prints byte for byte the same."""
        return json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class Reject:
    """An input that could not be read or analysed, with the reason a user can act on."""

    source: str
    reason: str


@dataclass(frozen=True)
class ArticleVersion:
    """One version of a collected page: same canonical URL, its own text (content hash) and article id."""

    url: str
    article_id: str
    content_hash: str
    fetched_url: str | None
    fetched_at: str


@dataclass(frozen=True)
class SearchHit:
    """One article found by full-text search, with the matching passage marked in [brackets]."""

    id: str
    title: str | None
    source: str | None
    published: str | None
    snippet: str
    score: float


@dataclass(frozen=True)
class ActorSummary:
    """One actor across the store: its canonical name and how much the corpus talks about it."""

    id: int
    name: str
    type: str
    actor_type: str | None
    country_code: str | None
    mentions: int
    articles: int


@dataclass(frozen=True)
class ActorRole:
    title: str
    affiliation: str | None
    published: str | None
    article_id: str
    source: str | None
    rule: str | None


@dataclass(frozen=True)
class ActorArticle:
    id: str
    source: str | None
    title: str | None
    published: str | None
    mentions: int


@dataclass(frozen=True)
class ActorProfile:
    summary: ActorSummary
    aliases: list[str]
    roles: list[ActorRole]
    articles: list[ActorArticle]


@dataclass(frozen=True)
class QuoteHit:
    """A stored quote found by speaker or source, with where it was read."""

    article_id: str
    source: str | None
    published: str | None
    quote_id: str
    kind: str
    content: str
    speaker: str | None
    speaker_kind: str | None
    cue: str | None
    cue_class: str | None
    chain: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ClaimHit:
    """A stored claim found by status, kind or finding, with where it was read."""

    article_id: str
    source: str | None
    published: str | None
    claim_id: str
    kind: str
    status: str
    attributed_to: str | None
    checkworthy: float | None
    text: str
    findings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class EventRow:
    """A stored event, flat: what the CSV and GDELT exports write."""

    article_id: str
    source_path: str | None
    url: str | None
    published: str | None
    event_id: str
    category: str
    cameo: str | None
    modality: str
    trigger: str
    date: str | None
    date_precision: str | None
    actor1: str | None
    actor1_country: str | None
    actor1_type: str | None
    actor2: str | None
    actor2_country: str | None
    actor2_type: str | None
    place: str | None
    place_country: str | None
    place_lat: float | None
    place_lon: float | None
    reciprocal: bool = False


def normalize_text(text: str) -> str:
    """NFC and collapsed white space: the same article read from two formats hashes the same."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def article_id(text: str, url: str | None) -> str:
    digest = hashlib.sha256()
    digest.update(normalize_text(text).encode("utf-8"))
    digest.update(b"\x00")
    digest.update((url or "").encode("utf-8"))
    return "sha256:" + digest.hexdigest()


def to_json(value: Any) -> Any:
    """Records → JSON-ready values, field by field in declaration order."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {_key(f): to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    return value


def _key(f: dataclasses.Field[Any]) -> str:
    """The JSON name of a field: its own, unless a keyword forced another (``class``)."""
    return str(f.metadata.get("json", f.name))


T = TypeVar("T")


def from_json(kind: type[T], value: Any) -> T:
    """JSON values → records of ``kind``, guided by the dataclasses' type hints."""
    return typing.cast(T, _decode(kind, value))


@functools.cache
def _fields(kind: type) -> tuple[dict[str, Any], dict[str, str]]:
    """A record's type hints and JSON-name → field-name map, worked out once per class (``get_type_hints``
    costs more than decoding a small record: streaming a corpus spent most of its time there)."""
    return typing.get_type_hints(kind), {_key(f): f.name for f in dataclasses.fields(kind)}


def _decode(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return _decode(options[0], value) if len(options) == 1 else value
    if origin is list:
        (item,) = typing.get_args(hint)
        return [_decode(item, v) for v in value]
    if origin is dict:
        _, item = typing.get_args(hint)
        return {k: _decode(item, v) for k, v in value.items()}
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        hints, names = _fields(hint)
        return hint(**{names[k]: _decode(hints[names[k]], v) for k, v in value.items() if k in names})
    return value  # JSON keeps 1 and 1.0 apart, so numbers come back as they were written


# --- corpus layer, part A (issue 13): actor identity rows, near-duplicates, quote propagation ---


@dataclass(frozen=True)
class ActorMentionRow:
    """One actor of one stored article as the batch identity step reads it (store → corpus)."""

    identity: str
    name: str
    type: str
    actor_type: str | None
    country_code: str | None
    article_id: str
    mentions: int


@dataclass(frozen=True)
class CanonicalActor:
    """One corpus actor as the identity step decides it: a stable id, its name and the identities it joins."""

    id: int
    identity: str
    name: str
    type: str
    actor_type: str | None
    country_code: str | None
    members: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class DuplicateMember:
    """One article of a duplicate group; similarity and overlap are estimated against the group's original."""

    article_id: str
    source: str | None
    outlet: str | None
    title: str | None
    published: str | None
    similarity: float  # estimated Jaccard similarity of the body shingles (1.0 for the original)
    overlap: float  # estimated share of the shorter body's shingles found in the other (trimmed copies: high)


@dataclass(frozen=True)
class DuplicateGroup:
    """Copies and near-copies of one text: the earliest published is the original, listed first."""

    original: DuplicateMember
    copies: list[DuplicateMember] = field(default_factory=list)


@dataclass(frozen=True)
class QuoteAppearance:
    """One article's use of a spread quote, with the outlets the article says it came through."""

    article_id: str
    source: str | None
    outlet: str | None
    published: str | None
    quote_id: str
    text: str
    speaker: str | None
    similarity: float  # token-set similarity to the first appearance's words (1.0: same words)
    via: list[str] = field(default_factory=list)  # chain links between this article and the speaker, nearest first
    took_from: str | None = None  # article id of an earlier appearance by the outlet named in ``via``


@dataclass(frozen=True)
class QuoteSpread:
    """The same quote (same or nearly the same words) across articles, first appearance first."""

    text: str
    speaker: str | None
    articles: int
    appearances: list[QuoteAppearance] = field(default_factory=list)


# --- Corpus layer (issue 13, part C): timelines, the actor graph, outlet comparison ----------------------


@dataclass(frozen=True)
class QuoteRef:
    """A quote of one article that carries an event or a claim: its words and who said them."""

    article_id: str
    quote_id: str
    speaker: str | None
    content: Span


@dataclass(frozen=True)
class EventSupport:
    """One article's report of a timeline entry: its event, as that article states it."""

    article_id: str
    outlet: str | None
    published: str | None
    event: str  # the event's id in that article
    trigger: Span
    modality: str
    date: str | None
    sentence: Span  # the sentence that reports it
    numbers: list[str] = field(default_factory=list)  # counts the sentence gives ("12", "2,000")
    quotes: list[QuoteRef] = field(default_factory=list)


@dataclass(frozen=True)
class Variant:
    """One value articles give for a field of an event, and which articles give it."""

    value: str
    articles: list[str]
    outlets: list[str]


@dataclass(frozen=True)
class Disagreement:
    """Articles that report the same event differently, side by side: ``field`` is date | modality | numbers."""

    field: str
    variants: list[Variant]


@dataclass
class TimelineEntry:
    """One real-world event merged from the articles that report it (rule in dateline/corpus/timeline.py)."""

    id: str
    category: str
    date: str | None
    precision: str | None
    modality: str  # as the latest report states it
    history: list[str]  # modalities in publication order, repeats dropped: ["planned", "blocked"]
    source: str | None
    target: str | None
    participants: list[str]  # identities of source and target
    triggers: list[str]
    supports: list[EventSupport] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)


@dataclass
class Timeline:
    scope: str  # "story:ID", "actor:NAME", "articles", "query:TEXT"
    articles: list[str]
    entries: list[TimelineEntry] = field(default_factory=list)


@dataclass
class GraphNode:
    id: str  # the actor's corpus-wide identity
    name: str
    type: str
    actor_type: str | None
    country_code: str | None
    articles: int
    mentions: int
    first: str | None
    last: str | None


@dataclass
class GraphEdge:
    """Who relates to whom: ``kind`` is cooccurrence (undirected) | speaks_of | addresses | acts_on."""

    source: str
    target: str
    kind: str
    weight: int
    first: str | None
    last: str | None
    dates: list[str] = field(default_factory=list)  # one per observation (event date, else publication)
    articles: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)  # event categories, for acts_on


@dataclass
class ActorGraph:
    nodes: list[GraphNode] = field(default_factory=list)
    edges: list[GraphEdge] = field(default_factory=list)


@dataclass(frozen=True)
class PointText:
    """One article's wording of a comparison point."""

    article_id: str
    outlet: str
    claim: str
    text: Span
    status: str  # the claim's attribution status
    source: str | None


@dataclass
class ComparisonPoint:
    """A factual claim carried by one or more outlets (claims matched by normalised token overlap)."""

    id: str
    text: str
    outlets: list[str]
    wordings: list[PointText] = field(default_factory=list)


@dataclass(frozen=True)
class SourceUse:
    name: str
    kind: str
    quotes: int


@dataclass
class OutletView:
    outlet: str
    articles: list[str]
    words: int
    quotes: list[QuoteRef] = field(default_factory=list)
    sources: list[SourceUse] = field(default_factory=list)
    includes: list[str] = field(default_factory=list)  # point ids it carries
    omits: list[str] = field(default_factory=list)  # point ids others carry and it does not
    profile: dict[str, float] = field(default_factory=dict)
    loaded: int = 0
    loaded_per_1000: float = 0.0


@dataclass
class Comparison:
    articles: list[str]
    outlets: list[OutletView] = field(default_factory=list)
    points: list[ComparisonPoint] = field(default_factory=list)


# --- issue 13 (B): stories (dateline/corpus/stories.py) ---


@dataclass(frozen=True)
class StoryMember:
    """One article of a story and why it is there: ``scores`` are the cosines of each block (text, actors,
    places, events, dates) with the story as it stood, ``time`` the factor for the days between them,
    ``score`` the weighed total that passed the threshold; ``opened``: it started the story."""

    article_id: str
    title: str | None
    outlet: str | None
    published: str | None
    source: str | None
    opened: bool
    score: float
    time: float
    scores: dict[str, float] = field(default_factory=dict)
    shared_actors: list[str] = field(default_factory=list)
    shared_places: list[str] = field(default_factory=list)
    shared_events: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Story:
    """Articles reporting one event or developing story: label (main actors — event — place), span, size."""

    id: int
    label: str
    actors: list[str]
    event: str | None
    place: str | None
    first: str | None
    last: str | None
    size: int
    articles: list[StoryMember] = field(default_factory=list)


# --- issue 14: the REST API's article listing ---


@dataclass(frozen=True)
class ArticleSummary:
    """One stored article in a listing: what tells it apart, and how much its analysis found."""

    id: str
    title: str | None
    outlet: str | None
    published: str | None
    source: str | None
    url: str | None
    place: str | None  # the dateline's place, if the article opens with one
    entities: int
    quotes: int
    claims: int
    events: int
