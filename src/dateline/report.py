"""The readable report of one analysis, as the terminal shows it."""

from __future__ import annotations

from collections import defaultdict

import click

from .model import Analysis, Claim, Cue, Entity

_HEADINGS = [("person", "people"), ("organisation", "organisations"), ("place", "places"), ("group", "groups"),
             ("other", "other")]


_STATUS_COLOURS = {"attributed": "green", "anonymous": "yellow", "agentless": "magenta", "unattributed": "red",
                   "unresolved": "cyan"}


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
    if analysis.quotes:
        lines.append(f"  quotes ({len(analysis.quotes)})")
        for quote in analysis.quotes:
            speaker = quote.speaker.name if quote.speaker and quote.speaker.name else "unknown speaker"
            kind = f" ({quote.speaker.kind})" if quote.speaker and quote.speaker.kind not in ("named", "outlet") else ""
            chain = " → ".join(link.name for link in quote.chain)
            lines.append(f"    {quote.id} {quote.kind:<8} {speaker}{kind}: {_short(quote.content.text, 90)}  [{chain}]")
    if analysis.claims:
        lines.append(f"  claims ({len(analysis.claims)})")
        for claim in analysis.claims:
            lines.append(_claim_line(claim, [c for c in analysis.cues if c.claim == claim.id], colour))
    if analysis.profile:
        shown = ", ".join(f"{k} {v:g}" for k, v in analysis.profile.items())
        lines.append("  profile   (statuses count factual claims; unresolved speakers apart from anonymous ones;")
        lines.append("             hedges and loaded words in the article's own voice, quoted_* in words it quotes)")
        lines.append(f"            {shown}")
    return "\n".join(lines)


def _claim_line(claim: Claim, cues: list[Cue], colour: bool) -> str:
    status = claim.attribution.status
    label = f"{status}" + (f" ← {claim.attribution.source}" if claim.attribution.source else "")
    if colour:
        label = click.style(label, fg=_STATUS_COLOURS.get(status))
    marks = "".join(f"; {c.kind} '{c.span.text}'" + (f" ({c.voice})" if c.voice != "article" else "") for c in cues)
    findings = "".join(f"; {f.kind}" for f in claim.findings)
    score = f"{claim.checkworthy:.2f}" if claim.checkworthy is not None else "----"
    why = "".join(f"\n        ! {f.why}" for f in claim.findings)
    head = f"    {claim.id} {score} {claim.kind:<16} {label}{marks}{findings}"
    return f"{head}\n        {_short(claim.span.text, 110)}{why}"


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
