"""Events: who did what to whom, where and when — and whether it happened, is planned, was blocked.

Triggers come from ``lexicons/events.tsv`` (verbs and event nouns, with PLOVER category and
CAMEO root). Actors come from the parse (subject or "by" agent; object, "with"/"against"/"into"
complement; "between X and Y"), places from the clause or else the dateline, dates from the
time expressions of the sentence. Modality is read from the clause:
  attempted   "tried to meet"                    planned     "will meet", "are to hold", "scheduled"
  blocked     "the meeting was blocked", "will not take place", "did not meet"
  hypothetical "a possible expansion", "may attack"   demanded   "urged X to withdraw"
  ongoing     "is currently on a visit"          denied      "denied meeting"
  reported    known only through an unnamed report   happened    the rest, in the past
Mentions of one event (the article's sentence and its quoted source's) merge into one event whose
evidence keeps each voice's modality side by side.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..model import Article, Dateline, Entity, Event, EventActor, EventDate, Evidence, Quote, Span
from .lexicon import load, rule
from .timex import Timex, find_timexes

EVENTS = "events.tsv"
_BLOCKERS = {"block", "cancel", "postpone", "prevent", "scrap", "halt", "suspend", "veto", "thwart", "stop", "call"}
_TRY = {"try", "attempt", "seek"}
_PLAN = {"plan", "schedule", "expect", "intend", "set", "prepare", "due"}
_DEMAND = {"demand", "urge", "call", "ask", "press"}
_POSSIBLE = {"possible", "potential", "proposed", "likely", "planned", "expected"}
_MODALS = {"may", "might", "could"}
_LIGHT_VERBS = {"hold", "have", "deliver", "make", "give", "attend", "host", "conduct", "launch", "stage", "begin",
                "start", "pay", "sign", "reach", "announce", "carry", "mount", "open"}
_WITHIN_CLAUSE = {"xcomp", "dobj", "pobj", "prep", "nsubjpass", "nsubj", "attr", "pcomp", "compound", "amod", "aux",
                  "auxpass", "neg", "acomp", "oprd", "appos"}
_STRENGTH = {"blocked": 6, "denied": 5, "attempted": 4, "hypothetical": 3, "demanded": 3, "planned": 2,
             "ongoing": 1, "reported": 1, "happened": 0}


@dataclass
class Mention:
    """One mention of an event, before mentions of the same event are merged."""

    category: str
    cameo: str | None
    trigger: Token
    source: EventActor | None
    target: EventActor | None
    place: EventActor | None
    date: EventDate | None
    modality: str
    cue: Span | None
    voice: str
    sentence: Span
    rule: str
    more: list[Mention] = field(default_factory=list)


@Language.factory("dateline_events", assigns=["doc._.events"],
                  requires=["doc._.entities", "doc._.quotes", "doc._.article"])
def make_events(nlp: Language, name: str) -> EventReader:
    return EventReader()


class EventReader:
    def __init__(self) -> None:
        rows = load(EVENTS)
        self.verbs = {r["lemma"]: r for r in rows if r["pos"] == "verb"}
        self.nouns = {r["lemma"]: r for r in rows if r["pos"] == "noun"}

    def __call__(self, doc: Doc) -> Doc:
        article: Article | None = doc._.article
        entities: list[Entity] = list(doc._.entities or [])
        quotes: list[Quote] = list(doc._.quotes or [])
        text = doc.text
        body = article.body.start if article else 0
        positions = {p: e for e in entities for m in e.mentions for p in range(m.start, m.end)}
        sentences = [(s.start_char, s.end_char, _tense(s)) for s in doc.sents]
        timexes = find_timexes(text, _published(article), lambda o: next((t for a, b, t in sentences if a <= o < b),
                                                                        "past"))
        dateline: Dateline | None = doc._.dateline
        found: list[Mention] = []
        for token in doc:
            if token.idx < body:
                continue
            entry = self._entry(token)
            if entry is None:
                continue
            found.append(self._mention(token, entry, text, positions, timexes, quotes, dateline))
        doc._.events = _merge(found)
        return doc

    def _entry(self, token: Token) -> dict[str, str] | None:
        if token.dep_ == "amod":
            return None  # "elected leaders": a participle describing, not an event
        if token.pos_ == "VERB":
            return self.verbs.get(token.lemma_.lower())
        if token.pos_ in ("NOUN", "PROPN"):
            return self.nouns.get(token.lower_) or self.nouns.get(token.lemma_.lower())
        return None

    def _mention(self, token: Token, entry: dict[str, str], text: str, positions: dict[int, Entity],
                 timexes: list[Timex], quotes: list[Quote], dateline: Dateline | None) -> Mention:
        sentence = token.sent
        source, target = _participants(token, text, positions)
        place = _place(token, positions, dateline)
        when = _date(token, timexes)
        voice = _voice(quotes, token.idx)
        modality, cue = _modality(token, text)
        reporter = next((q for q in quotes if q.id == voice), None)
        if modality == "happened" and reporter and reporter.speaker and reporter.speaker.kind == "unnamed_report":
            modality = "reported"
        span = Span(sentence.start_char, sentence.end_char, text[sentence.start_char:sentence.end_char])
        return Mention(entry["category"], entry["cameo"] or None, token, source, target, place, when, modality,
                       cue, voice, span, rule(EVENTS, entry["lemma"]))


def _published(article: Article | None) -> date | None:
    try:
        return date.fromisoformat((article.published or "")[:10]) if article else None
    except ValueError:
        return None


def _tense(sentence: SpacySpan) -> str:
    """Future if the clause says so ("will", "is to"), past with a past-tense verb, else present."""
    words = {t.lower_ for t in sentence}
    if words & {"will", "'ll", "shall"} or any(t.lower_ == "to" and t.head.lemma_ == "be" for t in sentence):
        return "future"
    if any(t.tag_ == "VBD" for t in sentence):
        return "past"
    return "present"


def _actor(token: Token | None, text: str, positions: dict[int, Entity]) -> EventActor | None:
    if token is None:
        return None
    entity = positions.get(token.idx)
    if entity is None:
        for child in token.subtree:
            entity = positions.get(child.idx)
            if entity is not None and entity.type != "place":
                break
    if entity is not None and entity.type in ("person", "organisation", "group", "place") and \
            (token.pos_ == "PROPN" or entity.type != "place" or token.idx in positions):
        phrase = _phrase(token, text)
        name = entity.name if len(phrase) <= len(entity.name) + 2 or entity.type == "person" else phrase
        return EventActor(name, entity.id, entity.country_code)
    if token.pos_ in ("PRON", "DET") or token.is_stop:
        return None
    return EventActor(_phrase(token, text))


def _phrase(token: Token, text: str) -> str:
    tokens = [t for t in token.subtree if t.dep_ not in ("relcl", "acl", "punct", "det") or t.i == token.i]
    tokens = [t for t in tokens if not any(a.dep_ in ("relcl", "acl") and a.i != token.i for a in t.ancestors
                                            if a.i in {x.i for x in token.subtree})]
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return " ".join(text[start:end].split())


def _participants(token: Token, text: str, positions: dict[int, Entity]) -> tuple[EventActor | None,
                                                                                  EventActor | None]:
    source = target = None
    if token.pos_ == "VERB":
        passive = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        agent = next((c for c in token.children if c.dep_ == "agent"), None)
        if passive is not None:  # "Blinken has been accused (by X)": Blinken is the target
            by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            return _actor(by, text, positions), _actor(passive, text, positions)
        source = _actor(_subject(token), text, positions)
        target_token = next((c for c in token.children if c.dep_ == "dobj"), None)
        if target_token is None:
            target_token = _pobj(token, ("with", "against", "into", "on", "to"))
        target = _actor(target_token, text, positions)
        return source, target
    between = _pobj(token, ("between",))
    if between is not None:
        others = [c for c in between.children if c.dep_ == "conj"]
        return _actor(between, text, positions), _actor(others[0] if others else None, text, positions)
    owner = next((c for c in token.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"), None)
    if owner is None:  # "an Israeli attack": the demonym names who attacks
        owner = next((c for c in token.children if c.dep_ == "amod" and c.idx in positions), None)
    if owner is None and token.dep_ == "dobj" and token.head.lemma_.lower() in _LIGHT_VERBS:
        owner = _subject(token.head)  # "Blinken … holding one meeting", "delivered remarks"
    if owner is None and token.dep_ == "pobj" and token.head.lower_ in ("on", "during") \
            and token.head.head.lemma_ == "be":
        owner = _subject(token.head.head)  # "Blinken is currently on a visit to Israel"
    source = _actor(owner, text, positions)
    target = _actor(_pobj(token, ("with", "against", "into", "of", "on", "about", "to")), text, positions)
    return source, target


def _subject(verb: Token) -> Token | None:
    """The subject, inherited through "tried to meet", "…, holding one meeting" and conjunctions."""
    current = verb
    for _ in range(4):
        subject = next((c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if current.dep_ in ("xcomp", "advcl", "conj", "pcomp") and current.head.i != current.i:
            current = current.head
            continue
        if current.dep_ == "pcomp" or current.head.dep_ == "prep":
            current = current.head.head
            continue
        break
    return None


def _pobj(token: Token, prepositions: tuple[str, ...]) -> Token | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in prepositions:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def _place(token: Token, positions: dict[int, Entity], dateline: Dateline | None) -> EventActor | None:
    scope = token.head if token.dep_ in ("dobj", "pobj") else token
    for candidate in list(token.subtree) + list(scope.subtree) + list(token.sent):
        entity = positions.get(candidate.idx)
        if entity is not None and entity.type == "place" and candidate.head.lower_ in ("in", "into", "at", "near",
                                                                                        "to", "from"):
            return EventActor(entity.name, entity.id, entity.country_code)
    if dateline is not None and dateline.place:
        return EventActor(dateline.place, None, dateline.country_code)
    return None


def _date(token: Token, timexes: list[Timex]) -> EventDate | None:
    sentence = token.sent
    inside = [t for t in timexes
              if sentence.start_char <= t.start < sentence.end_char and t.type in ("DATE", "TIME")]
    if not inside:
        return None
    anchor = token if token.pos_ == "VERB" else token.head
    best = min(inside, key=lambda t: (_governor(token.doc, t) != anchor.i, abs(t.start - token.idx)))
    precision = _precision(best.value)
    expression = Span(best.start, best.end, best.text)
    return EventDate(best.value, expression, precision, best.rule)


def _governor(doc: Doc, timex: Timex) -> int | None:
    """The verb a time expression belongs to: "who was elected on Monday" keeps Monday from "visited"."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return None
    for word in [span.root, *span.root.ancestors]:
        if word.pos_ in ("VERB", "AUX"):
            return int(word.i)
    return None


def _precision(value: str | None) -> str | None:
    if not value:
        return None
    if "T" in value:
        return "time"
    if "-W" in value:
        return "week"
    return {10: "day", 7: "month", 4: "year"}.get(len(value))


def _voice(quotes: list[Quote], offset: int) -> str:
    holders = [q for q in quotes if q.content.start <= offset < q.content.end]
    return min(holders, key=lambda q: q.content.end - q.content.start).id if holders else "article"


def _modality(token: Token, text: str) -> tuple[str, Span | None]:
    """The clause's reading of the event, and the words that say so."""

    def cue(word: Token) -> Span:
        return Span(word.idx, word.idx + len(word.text), word.text)

    chain = [token]
    while chain[-1].dep_ in _WITHIN_CLAUSE and chain[-1].head.i != chain[-1].i and len(chain) < 5:
        chain.append(chain[-1].head)  # up to the clause's verb, never into the clause above
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in _TRY:
        return "attempted", cue(token.head)
    if token.dep_ in ("xcomp", "dobj") and token.head.lemma_.lower() in _DEMAND and token.dep_ == "xcomp":
        return "demanded", cue(token.head)
    for word in chain:
        if word.lemma_.lower() in _BLOCKERS and word.i != token.i and (token.dep_ in ("nsubjpass", "dobj", "nsubj")
                                                                       or token.head.i == word.i):
            return "blocked", cue(word)
        negation = next((c for c in word.children if c.dep_ == "neg"), None)
        if negation is not None and word.pos_ in ("VERB", "AUX"):
            end = word.idx + len(word.text)
            return "blocked", Span(negation.idx, end, text[negation.idx:end])
        if word.lemma_.lower() == "deny" and word.i != token.i:
            return "denied", cue(word)
    modifiers = [c for c in token.children if c.dep_ in ("amod", "compound")]
    possible = next((c for c in modifiers if c.lower_ in _POSSIBLE), None)
    if possible is not None:
        return ("planned" if possible.lower_ in ("planned", "expected") else "hypothetical"), cue(possible)
    scheduled = next((c for c in token.children if c.dep_ in ("amod", "advmod")
                      and any(g.lower_ in ("scheduled", "planned") for g in c.subtree)), None)
    for word in chain:
        auxiliaries = [c for c in word.children if c.dep_ in ("aux", "auxpass")]
        modal = next((a for a in auxiliaries if a.lower_ in _MODALS), None)
        if modal is not None:
            return "hypothetical", cue(modal)
        future = next((a for a in auxiliaries if a.lower_ in ("will", "shall", "'ll")), None)
        if future is not None:
            return "planned", cue(future)
        if word.lemma_.lower() in _PLAN and word.i != token.i:
            return "planned", cue(word)
        if word.lemma_ == "be" and any(c.dep_ == "xcomp" and any(x.lower_ == "to" for x in c.children)
                                       for c in word.children):
            return "planned", cue(word)  # "are to hold press conferences"
        if any(a.tag_ == "VBZ" or a.tag_ == "VBP" for a in auxiliaries) and word.tag_ == "VBG":
            return "ongoing", cue(word)
        if any(c.lower_ == "currently" for c in word.children):
            return "ongoing", cue(next(c for c in word.children if c.lower_ == "currently"))
    if scheduled is not None:
        return "planned", cue(scheduled)
    return "happened", None


def _merge(found: list[Mention]) -> list[Event]:
    """One event per happening: same category and participants, or a bare "the meeting" after one."""
    groups: list[Mention] = []
    for mention in found:
        home = next((g for g in reversed(groups) if g.category == mention.category and _same(g, mention)), None)
        if home is None:
            groups.append(mention)
        else:
            home.more.append(mention)
    events = []
    for number, group in enumerate(groups, start=1):
        pieces = [group, *group.more]
        article_voice = [p for p in pieces if p.voice == "article"] or pieces
        main = max(article_voice, key=lambda p: _STRENGTH[p.modality])
        trigger = Span(group.trigger.idx, group.trigger.idx + len(group.trigger.text), group.trigger.text)
        events.append(Event(
            id=f"v{number}", category=group.category, trigger=trigger, modality=main.modality,
            cameo=group.cameo, source=_first(pieces, "source"), target=_first(pieces, "target"),
            place=_first(pieces, "place"), date=_first(pieces, "date"), modality_cue=main.cue,
            evidence=[Evidence(p.sentence, p.voice, p.modality) for p in pieces],
        ))
    return [e for e in events if e.source or e.target or e.date or e.modality != "happened"]


def _first(pieces: list[Mention], attribute: str) -> Any:
    """The first mention that knows the source, target, place or date supplies it."""
    return next((getattr(p, attribute) for p in pieces if getattr(p, attribute)), None)


def _same(a: Mention, b: Mention) -> bool:
    ids_a = {x.entity or x.name.lower() for x in (a.source, a.target) if x}
    ids_b = {x.entity or x.name.lower() for x in (b.source, b.target) if x}
    if ids_a and ids_b:
        return ids_a == ids_b
    # "… before the meeting was blocked": a bare "the meeting" close after one is that one
    definite = b.trigger.pos_ == "NOUN" and any(c.lower_ == "the" for c in b.trigger.children)
    return not ids_b and definite and b.sentence.start - a.sentence.end < 400
