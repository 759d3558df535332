"""An article's text as HTML with every annotation a highlight, all text escaped.

Annotations overlap freely (a claim runs across the end of a quote; a quote holds actor mentions and
loaded words), but HTML elements must nest. Each annotation is therefore cut at the boundaries of the
ones it crosses: the pieces share ``data-ref`` and the annotation's own offsets (``data-start``,
``data-end``), only the first piece is focusable and carries the ``at-`` anchor, and later pieces are
marked ``data-cont``. Nothing from the article reaches the page unescaped: the text and every
attribute value go through :func:`markupsafe.escape`, and class names come from fixed tables.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape

from ..model import Analysis

LAYERS = ("claim", "quote", "speech", "trigger", "cue", "actor")
"""Outermost first: where two annotations cover the same characters, a claim holds a quote, a quote an actor."""
_RANK = {layer: rank for rank, layer in enumerate(LAYERS)}

HEDGING = frozenset({"hedge", "speculation", "doubt"})
LOADED = frozenset({"loaded", "name_calling", "exaggeration", "fear", "persuasion"})
"""Cue kinds shown as hedges and as loaded language (the profile counts the same families)."""

PALETTE = 8
"""Speaker colours (``spk-0`` … ``spk-7`` in reader.css); the ninth speaker shares the first one's."""

_SAFE = re.compile(r"[^a-z0-9_-]+")


def css_name(value: str | None) -> str:
    """A class-name fragment from a record value: lower case, letters, digits, ``_`` and ``-`` only."""
    return _SAFE.sub("", (value or "none").lower())[:40] or "none"


@dataclass(frozen=True)
class Mark:
    """One annotation to highlight: its characters, its layer, the record it shows and its classes."""

    start: int
    end: int
    layer: str
    ref: str
    classes: str = ""
    focusable: bool = False


def speaker_colours(analysis: Analysis) -> dict[str, int]:
    """Quote id → speaker colour index: one colour per speaker, in order of first quote; unknown → -1."""
    keys: dict[str, int] = {}
    colours: dict[str, int] = {}
    for quote in analysis.quotes:
        speaker = quote.speaker
        if speaker is None or speaker.kind == "unresolved" or not (speaker.entity or speaker.name):
            colours[quote.id] = -1
            continue
        key = speaker.entity or f"{speaker.kind}:{(speaker.name or '').casefold()}"
        colours[quote.id] = keys.setdefault(key, len(keys) % PALETTE)
    return colours


def marks(analysis: Analysis) -> list[Mark]:
    """Every highlight of the article: claims, quotes (their words) and speech cues, event triggers,
    hedges and loaded words, actor mentions (resolved and unresolved)."""
    found: list[Mark] = []
    for claim in analysis.claims:
        found.append(Mark(claim.span.start, claim.span.end, "claim", claim.id,
                          f"st-{css_name(claim.attribution.status)} ck-{css_name(claim.kind)}", True))
    colours = speaker_colours(analysis)
    for quote in analysis.quotes:
        colour = colours.get(quote.id, -1)
        found.append(Mark(quote.content.start, quote.content.end, "quote", quote.id,
                          f"spk-{colour if colour >= 0 else 'none'} qk-{css_name(quote.kind)}", True))
        if quote.cue is not None:
            found.append(Mark(quote.cue.start, quote.cue.end, "speech", quote.id,
                              f"cc-{css_name(quote.cue.cue_class)}"))
    for event in analysis.events:
        found.append(Mark(event.trigger.start, event.trigger.end, "trigger", event.id,
                          f"md-{css_name(event.modality)}"))
    for cue in analysis.cues:
        family = "hedging" if cue.kind in HEDGING else "loaded" if cue.kind in LOADED else css_name(cue.kind)
        found.append(Mark(cue.span.start, cue.span.end, "cue", cue.id, f"{family} cue-{css_name(cue.kind)}", True))
    for entity in analysis.entities:
        for mention in entity.mentions:
            found.append(Mark(mention.start, mention.end, "actor", entity.id,
                              f"t-{css_name(entity.type)} mk-{css_name(mention.kind)}"))
    for index, mention in enumerate(analysis.unresolved):
        found.append(Mark(mention.start, mention.end, "actor", f"u{index + 1}", "t-unresolved"))
    return found


def _order(mark: Mark) -> tuple[int, int, int, str]:
    return (mark.start, -mark.end, _RANK.get(mark.layer, len(LAYERS)), mark.ref)


def render(text: str, chosen: list[Mark]) -> Markup:
    """The text with the marks as properly nested ``<mark>`` elements (overlaps cut into pieces)."""
    size = len(text)
    kept = sorted({m for m in chosen if 0 <= m.start < m.end <= size}, key=_order)
    starting: dict[int, list[Mark]] = defaultdict(list)
    ending: dict[int, list[Mark]] = defaultdict(list)
    for mark in kept:
        starting[mark.start].append(mark)
        ending[mark.end].append(mark)
    bounds = sorted({0, size, *starting, *ending})
    active: set[Mark] = set()
    stack: list[Mark] = []
    begun: set[Mark] = set()
    anchored: set[str] = set()
    out: list[str] = []
    for here, after in pairwise(bounds):
        active.difference_update(ending.get(here, ()))
        active.update(starting.get(here, ()))
        wanted = sorted(active, key=_order)
        same = 0
        while same < len(stack) and same < len(wanted) and stack[same] is wanted[same]:
            same += 1
        out.extend("</mark>" for _ in stack[same:])
        for mark in wanted[same:]:
            out.append(_open(mark, mark not in begun, anchored))
            begun.add(mark)
        stack = wanted
        out.append(str(escape(text[here:after])))
    out.extend("</mark>" for _ in stack)
    return Markup("".join(out))


def _open(mark: Mark, first: bool, anchored: set[str]) -> str:
    """The opening tag of one piece: the first piece of an annotation is the one to focus and link to."""
    ref = escape(mark.ref)
    attributes = [f'class="hl {mark.layer} {escape(mark.classes)}"', f'data-ref="{ref}"',
                  f'data-layer="{mark.layer}"', f'data-start="{mark.start}"', f'data-end="{mark.end}"']
    if not first:
        attributes.append("data-cont")
    else:
        anchor = f"{mark.layer}-{mark.ref}" if mark.layer in ("speech", "trigger") else mark.ref
        if anchor not in anchored and mark.layer != "speech":
            anchored.add(anchor)
            attributes.append(f'id="at-{escape(anchor)}"')
        if mark.focusable:
            attributes.append(f'tabindex="0" aria-describedby="tip-{ref}"')
    return f"<mark {' '.join(attributes)}>"


def highlighted(analysis: Analysis) -> Markup:
    """The article's whole text (header, dateline and body: every offset points into it), highlighted."""
    return render(analysis.article.text, marks(analysis))
