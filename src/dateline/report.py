"""The readable report of one analysis, as the terminal shows it (``dateline analyze``, ``dateline show``).

Every finding is explained on the lines under it, so a reader can check it against the text: the article's
words with their character offsets, the source's words (a quote's speaker mention and speech cue; a claim's
supporting quote or attribution cue), and why — the rule or lexicon entry the record names. The sourcing
profile says which voices it counted under which number.
"""

from __future__ import annotations

from collections import defaultdict

import click

from .model import Analysis, Claim, Cue, Entity, Event, EventActor, Finding, Quote, Span, Speaker, SpeechCue

_HEADINGS = [("person", "people"), ("organisation", "organisations"), ("place", "places"), ("group", "groups"),
             ("other", "other")]


_STATUS_COLOURS = {"attributed": "green", "anonymous": "yellow", "agentless": "magenta", "unattributed": "red",
                   "unresolved": "cyan"}

# The speaker kinds the claims layer's profile counts (dateline/analyze/claims.py ``profile``; a test keeps
# the two in step): named_sources counts distinct names, anonymous_sources distinct unnamed sources.
NAMED_KINDS = ("named", "outlet")
ANONYMOUS_KINDS = ("anonymous_official", "anonymous", "unnamed_report")
_STATUSES = ("attributed", "anonymous", "agentless", "unattributed", "unresolved")
_EXPLAINED = {"claims", "factual", *_STATUSES, "named_sources", "anonymous_sources", "unresolved_speakers",
              "quoted_share", "hedges", "loaded", "quoted_hedges", "quoted_loaded"}
_IN = "        "  # the indent of an explanation line


def render(analysis: Analysis, colour: bool = False) -> str:
    article = analysis.article
    lines = [article.source or article.id]
    words = len(article.text[article.body.start:article.body.end].split())
    rows = [
        ("id", article.id),
        ("title", article.title),
        ("outlet", article.outlet),
        ("author", article.author),
        ("url", article.url),
        ("published", article.published),
        ("dateline", _dateline(analysis)),
        ("size", f"{words} words · {len(analysis.paragraphs)} paragraphs · {len(analysis.sentences)} sentences"),
    ]
    lines += [f"  {name:<10}{value}" for name, value in rows if value]
    lines += _entities(analysis)
    if analysis.quotes:
        lines.append(f"  quotes ({len(analysis.quotes)})")
        for quote in analysis.quotes:
            lines += _quote(quote)
    if analysis.claims:
        quotes = {q.id: q for q in analysis.quotes}
        lines.append(f"  claims ({len(analysis.claims)})")
        for claim in analysis.claims:
            lines += _claim(claim, [c for c in analysis.cues if c.claim == claim.id], quotes, colour)
    if analysis.events:
        lines.append(f"  events ({len(analysis.events)})")
        for event in analysis.events:
            lines += _event(event)
    if analysis.profile:
        lines += _profile(analysis)
    return "\n".join(lines)


def _entities(analysis: Analysis) -> list[str]:
    lines = []
    by_type: dict[str, list[Entity]] = defaultdict(list)
    for entity in analysis.entities:
        by_type[entity.type].append(entity)
    for kind, heading in _HEADINGS:
        found = sorted(by_type.get(kind, []), key=lambda e: (-len(e.mentions), e.name))
        if not found:
            continue
        lines.append(f"  {heading} ({len(found)})")
        for entity in found:
            extra = []
            if entity.aliases:
                extra.append("also " + ", ".join(entity.aliases))
            if entity.geo and entity.geo.country:
                extra.append(entity.geo.country)
            if entity.actor_type:
                extra.append(entity.actor_type)
            suffix = f"  ({'; '.join(extra)})" if extra else ""
            lines.append(f"    {entity.name} ×{len(entity.mentions)}{suffix}")
    return lines


def _quote(quote: Quote) -> list[str]:
    """The quote's head line, then its words, its speaker's mention and its cue, each with offsets and rule."""
    speaker = quote.speaker.name if quote.speaker and quote.speaker.name else "unknown speaker"
    kind = f" ({quote.speaker.kind})" if quote.speaker and quote.speaker.kind not in ("named", "outlet") else ""
    chain = " → ".join(link.name for link in quote.chain)
    inside = f"  inside {quote.inside}" if quote.inside else ""
    lines = [f"    {quote.id} {quote.kind:<8} {speaker}{kind}: {_short(quote.content.text, 90)}  [{chain}]{inside}",
             _row("words", quote.content)]
    if quote.speaker is not None:
        lines.append(_speaker_row("speaker", quote.speaker))
    if quote.cue is not None:
        lines.append(_cue_row(quote.cue))
    if quote.addressee is not None:
        lines.append(_speaker_row("to", quote.addressee))
    if quote.post is not None:
        post = quote.post
        where = ", ".join(x for x in (post.platform, post.handle or post.author, post.date, post.url) if x)
        lines.append(f"{_IN}{'post':<9}{where}")
    for link in quote.chain[1:-1]:  # between the article and the speaker: who passed the words on
        if link.cue is not None:
            lines.append(f"{_IN}{'via':<9}{link.name} ({link.kind}): {_at(link.cue)} {_quoted(link.cue.text, 40)}"
                         f"  why: {link.cue.rule}")
    return lines


def _claim(claim: Claim, cues: list[Cue], quotes: dict[str, Quote], colour: bool) -> list[str]:
    """The claim's head line, the article's words, the source that supports it, why, and its findings."""
    status = claim.attribution.status
    label = status + (f" ← {claim.attribution.source}" if claim.attribution.source else "")
    if colour:
        label = click.style(label, fg=_STATUS_COLOURS.get(status))
    flags = "".join(f"; {f.kind}" for f in claim.findings)
    score = f"{claim.checkworthy:.2f}" if claim.checkworthy is not None else "----"
    lines = [f"    {claim.id} {score} {claim.kind:<16} {label}{flags}", _row("article", claim.span, 100)]
    lines.append(f"{_IN}{'source':<9}{_support(claim, quotes, cues)}")
    features = [f for f in claim.features if not f.startswith("model:")]
    why = [f"{c.kind} {_at(c.span)} {_quoted(c.span.text, 40)} ({c.rule})" for c in cues]
    if features:
        why.append("check-worthy for " + ", ".join(features))
    if why:
        lines.append(f"{_IN}{'why':<9}" + "; ".join(why))
    for finding in claim.findings:
        lines += _finding(finding)
    return lines


def _support(claim: Claim, quotes: dict[str, Quote], cues: list[Cue]) -> str:
    """Where the claim's authority comes from, in the text."""
    attribution = claim.attribution
    quote = quotes.get(attribution.quote) if attribution.quote else None
    if quote is not None:
        parts, rules = [quote.id], []
        if quote.speaker is not None:
            parts.append("speaker " + _who(quote.speaker))
            rules.append(quote.speaker.rule)
        if attribution.cue is not None:
            parts.append(f"cue {_at(attribution.cue)} {_quoted(attribution.cue.text, 30)}")
            if quote.cue is not None and quote.cue.start == attribution.cue.start:
                rules.append(quote.cue.rule)
        why = ", ".join(r for r in rules if r)
        return " · ".join(parts) + (f"  why: {why}" if why else "")
    if attribution.cue is not None:
        agentless = next((c for c in cues if c.kind == "agentless"), None)
        rule = f"  why: {agentless.rule}" if agentless is not None else ""
        return f"{attribution.status}: cue {_at(attribution.cue)} {_quoted(attribution.cue.text, 40)}{rule}"
    if attribution.status == "unattributed":
        return "none: the article's own voice (no quote or attribution covers it)"
    return f"{attribution.status}" + (f": {attribution.source}" if attribution.source else "")


def _finding(finding: Finding) -> list[str]:
    lines = [f"{_IN}! {finding.kind}: {finding.why}"]
    parts = []
    if finding.span is not None:
        parts.append(f"article {_at(finding.span)} {_quoted(finding.span.text, 50)}"
                     + (f" ({finding.modality})" if finding.modality else ""))
    if finding.source_span is not None:
        parts.append(f"source {_at(finding.source_span)} {_quoted(finding.source_span.text, 50)}"
                     + (f" ({finding.source_modality})" if finding.source_modality else ""))
    if finding.quote:
        parts.append(f"quote {finding.quote}")
    if finding.rule:
        parts.append(f"why: {finding.rule}")
    if parts:
        lines.append(f"{_IN}  " + " · ".join(parts))
    return lines


def _event(event: Event) -> list[str]:
    """Category, modality, date, place and participants; then the trigger, date and modality with their rules."""
    cameo = f" ({event.cameo})" if event.cameo else ""
    mode = f" [{event.mode}]" if event.mode else ""
    date = event.date.value if event.date and event.date.value else "undated"
    place = event.place.name if event.place else "no place"
    arrow = " ↔ " if event.reciprocal else " → "
    who = arrow.join(_actor(a) for a in (event.source, event.target) if a) or "no participants"
    lines = [f"    {event.id} {event.category}{cameo}{mode} {event.modality} · {date} · {place} · {who}",
             _row("trigger", event.trigger) + (f"  why: {event.rule}" if event.rule else "")]
    if event.date is not None and event.date.expression is not None:
        precision = f" ({event.date.precision})" if event.date.precision else ""
        lines.append(f"{_IN}{'date':<9}{_at(event.date.expression)} {_quoted(event.date.expression.text, 40)}"
                     f" → {event.date.value}{precision}  why: {event.date.rule}")
    if event.modality_cue is not None or event.modality_rule:
        cue = f"{_at(event.modality_cue)} {_quoted(event.modality_cue.text, 40)}" if event.modality_cue else ""
        lines.append(f"{_IN}{'modality':<9}{event.modality} {cue}".rstrip()
                     + (f"  why: {event.modality_rule}" if event.modality_rule else ""))
    voices = [f"{e.voice} {e.modality}" for e in event.evidence if e.modality]
    if voices:
        lines.append(f"{_IN}{'reported':<9}" + "; ".join(dict.fromkeys(voices)))
    return lines


def _actor(actor: EventActor) -> str:
    extra = ", ".join(x for x in (actor.actor_type, actor.country_code) if x)
    return actor.name + (f" ({extra})" if extra else "")


def _profile(analysis: Analysis) -> list[str]:
    """The profile's numbers, each with what it counts, and the voices counted under each kind of source."""
    profile = analysis.profile
    named, anonymous, unresolved, apart = voices(analysis.quotes)
    statuses = " · ".join(f"{s} {profile[s]:g}" for s in _STATUSES if s in profile)
    lines = ["  sourcing profile",
             f"    factual claims {profile.get('factual', 0):g} of {profile.get('claims', 0):g}: {statuses}",
             f"    named sources {profile.get('named_sources', 0):g} (speakers named, outlets): "
             + (", ".join(named) or "-"),
             f"    anonymous sources {profile.get('anonymous_sources', 0):g} (unnamed officials, reports, others): "
             + (", ".join(anonymous) or "-")]
    if unresolved or profile.get("unresolved_speakers"):
        lines.append(f"    unresolved speakers {profile.get('unresolved_speakers', 0):g} (counted apart, not as "
                     f"sources): " + (", ".join(unresolved) or "-"))
    if apart:
        lines.append("    not counted as sources: " + ", ".join(apart))
    lines.append(f"    quoted share {profile.get('quoted_share', 0):g} (of the body's characters, inside quotes)")
    lines.append(f"    article's own voice: hedges {profile.get('hedges', 0):g}, loaded {profile.get('loaded', 0):g}"
                 f" · quoted voices: hedges {profile.get('quoted_hedges', 0):g}, "
                 f"loaded {profile.get('quoted_loaded', 0):g}")
    rest = ", ".join(f"{k} {v:g}" for k, v in profile.items() if k not in _EXPLAINED)
    if rest:
        lines.append(f"    also: {rest}")
    return lines


def voices(quotes: list[Quote]) -> tuple[list[str], list[str], list[str], list[str]]:
    """The speakers of ``quotes`` as the profile counts them: named sources, anonymous sources, unresolved
    speakers, and the rest (documents, the author), which it does not count as sources."""
    named: dict[str, str] = {}
    anonymous: dict[str, str] = {}
    unresolved: dict[str, str] = {}
    apart: dict[str, str] = {}
    for quote in quotes:
        speaker = quote.speaker
        if speaker is None:
            continue
        name = speaker.name or ""
        if speaker.kind in NAMED_KINDS and name:
            named.setdefault(name, name)
        elif speaker.kind in ANONYMOUS_KINDS:
            anonymous.setdefault(name.lower(), name or "(unnamed)")
        elif speaker.kind == "unresolved":
            unresolved.setdefault(name, name or "(unnamed)")
        else:
            apart.setdefault(name, f"{name or '(unnamed)'} ({speaker.kind})")
    return list(named.values()), list(anonymous.values()), list(unresolved.values()), list(apart.values())


def _speaker_row(label: str, speaker: Speaker) -> str:
    return f"{_IN}{label:<9}{_who(speaker)}" + (f"  why: {speaker.rule}" if speaker.rule else "")


def _who(speaker: Speaker) -> str:
    """'259–266 "Okonkwo" (Amara Okonkwo, named)': the mention, then whom it names when that differs."""
    name = speaker.name or "unknown"
    if speaker.mention is None:
        return f"{name} ({speaker.kind})"
    same = " ".join(speaker.mention.text.split()) == name
    return f"{_at(speaker.mention)} {_quoted(speaker.mention.text, 50)} ({'' if same else name + ', '}{speaker.kind})"


def _cue_row(cue: SpeechCue) -> str:
    kind = f" ({cue.cue_class})" if cue.cue_class else ""
    return f"{_IN}{'cue':<9}{_at(cue)} {_quoted(cue.text, 40)}{kind}  why: {cue.rule}"


def _row(label: str, span: Span, limit: int = 90) -> str:
    return f"{_IN}{label:<9}{_at(span)} {_quoted(span.text, limit)}"


def _at(span: Span | SpeechCue) -> str:
    """The offsets of a span in the article text, end exclusive (``text[start:end]``)."""
    return f"{span.start}–{span.end}"


def _quoted(text: str, limit: int) -> str:
    return f"\"{_short(text, limit)}\""


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def _dateline(analysis: Analysis) -> str | None:
    dateline = analysis.article.dateline
    if dateline is None:
        return None
    parts = [p for p in (dateline.place, dateline.country) if p]
    text = ", ".join(parts) or dateline.text
    if dateline.agency:
        text += f" ({dateline.agency})"
    return text
