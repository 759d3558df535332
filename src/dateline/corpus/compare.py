"""Outlet comparison on one story: point by point, which factual claims each outlet carries and omits,
whose words it quotes, how it sources, and how loaded its own language is.

A point is a group of factual claims from different articles that say the same thing: their content
words (folded, light suffixes off, numbers kept) overlap by Dice ≥ ``SAME_POINT`` or one's words are
nearly all in the other's (``CONTAINED``: a trimmed wire copy). Omitted = carried by another outlet
of the story and by no article of this one. Claims that report different events ("arrested" /
"released") are never one point, however many words they share.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ..model import Analysis, Claim, Comparison, ComparisonPoint, OutletView, PointText, QuoteRef, SourceUse
from .common import words
from .timeline import lemma_of

SAME_POINT = 0.6
CONTAINED = 0.85
NO_OUTLET = "(no outlet)"

# Function words and speech verbs, written for this module: they say nothing of the claim's content.
_STOP_WORDS = """a an the of to in on at for by with from and or but as is are was were be been being has
have had will would could should may might can that this these those it its their his her he she they we
you i not no than then there which who whom whose what when where while after before about into over under
said says say told tells according also just very more most some any all each per out up off did do does
"""
_STOP = frozenset(_STOP_WORDS.split())
_WORD = re.compile(r"[^\W_]+(?:[.,]\d+)*", re.UNICODE)


def content_words(text: str) -> frozenset[str]:
    """The claim's content words, folded, with a light suffix stripped so "talks"/"talk" match."""
    found = set()
    for word in _WORD.findall(text.casefold()):
        if word in _STOP:
            continue
        if not word[0].isdigit():
            for suffix in ("ing", "ed", "es", "s"):
                if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                    word = word[: -len(suffix)]
                    break
        found.add(word)
    return frozenset(found)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice overlap, raised to containment when the smaller side is nearly all inside the other."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    dice = 2 * shared / (len(a) + len(b))
    contained = shared / min(len(a), len(b))
    return max(dice, 1.0 if contained >= CONTAINED and min(len(a), len(b)) >= 4 else 0.0)


def same_point(a: frozenset[str], a_events: frozenset[str], b: frozenset[str], b_events: frozenset[str]) -> float:
    """``similarity``, but 0 when both claims report events and no event word is shared: "police arrested
    three engineers" and "police released three engineers" share most words and are different facts."""
    if a_events and b_events and not (a_events & b_events):
        return 0.0
    return similarity(a, b)


def _events(analysis: Analysis, claim: Claim) -> frozenset[str]:
    """The events a claim reports, by lexicon head word (the category when a lexicon names none)."""
    return frozenset(lemma_of(e) for e in analysis.events
                     if claim.span.start <= e.trigger.start < claim.span.end)


def _outlet(analysis: Analysis) -> str:
    return analysis.article.outlet or NO_OUTLET


def _points(analyses: list[Analysis]) -> list[ComparisonPoint]:
    groups: list[list[tuple[frozenset[str], frozenset[str], PointText]]] = []
    for analysis in analyses:
        for claim in analysis.claims:
            if claim.kind != "factual":
                continue
            key = content_words(claim.span.text)
            if not key:
                continue
            wording = _wording(analysis, claim)
            events = _events(analysis, claim)
            best, home = 0.0, None
            for group in groups:
                score = max(same_point(key, events, other, theirs) for other, theirs, _ in group)
                if score > best:
                    best, home = score, group
            if home is not None and best >= SAME_POINT:
                home.append((key, events, wording))
            else:
                groups.append([(key, events, wording)])
    points = []
    for group in groups:
        outlets = sorted({w.outlet for _, _, w in group})
        points.append(ComparisonPoint("", group[0][2].text.text, outlets, [w for _, _, w in group]))
    points.sort(key=lambda p: (-len(p.outlets), p.wordings[0].article_id, p.wordings[0].text.start))
    for number, point in enumerate(points, 1):
        point.id = f"p{number}"
    return points


def _wording(analysis: Analysis, claim: Claim) -> PointText:
    return PointText(analysis.article.id, _outlet(analysis), claim.id, claim.span, claim.attribution.status,
                     claim.attribution.source)


def _profile(analyses: list[Analysis]) -> dict[str, float]:
    """Counts summed over the outlet's articles; shares averaged, weighted by each article's claims."""
    total: dict[str, float] = {}
    weights: dict[str, float] = {}
    for analysis in analyses:
        claims = float(analysis.profile.get("claims", 0.0)) or 1.0
        for key, value in analysis.profile.items():
            if "share" in key:
                total[key] = total.get(key, 0.0) + value * claims
                weights[key] = weights.get(key, 0.0) + claims
            else:
                total[key] = total.get(key, 0.0) + value
    return {k: round(v / weights[k], 3) if k in weights else v for k, v in total.items()}


def _view(outlet: str, analyses: list[Analysis], points: list[ComparisonPoint]) -> OutletView:
    quotes: list[QuoteRef] = []
    sources: Counter[tuple[str, str]] = Counter()
    loaded = 0
    for analysis in analyses:
        for quote in analysis.quotes:
            speaker = quote.speaker
            quotes.append(QuoteRef(analysis.article.id, quote.id, speaker.name if speaker else None, quote.content))
            if speaker is not None:
                sources[(speaker.name or f"({speaker.kind})", speaker.kind)] += 1
        loaded += sum(1 for cue in analysis.cues if cue.kind == "loaded")
    total_words = sum(words(a) for a in analyses)
    return OutletView(
        outlet=outlet, articles=[a.article.id for a in analyses], words=total_words, quotes=quotes,
        sources=[SourceUse(n, k, c) for (n, k), c in sorted(sources.items(), key=lambda kv: (-kv[1], kv[0]))],
        includes=[p.id for p in points if outlet in p.outlets],
        omits=[p.id for p in points if outlet not in p.outlets],
        profile=_profile(analyses), loaded=loaded,
        loaded_per_1000=round(1000 * loaded / total_words, 2) if total_words else 0.0)


def compare(analyses: Iterable[Analysis]) -> Comparison:
    chosen = list(analyses)
    points = _points(chosen)
    by_outlet: dict[str, list[Analysis]] = {}
    for analysis in chosen:
        by_outlet.setdefault(_outlet(analysis), []).append(analysis)
    views = [_view(outlet, group, points) for outlet, group in sorted(by_outlet.items())]
    return Comparison([a.article.id for a in chosen], views, points)
