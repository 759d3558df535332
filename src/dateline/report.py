"""The readable report of one analysis, as the terminal shows it."""

from __future__ import annotations

from collections import defaultdict

from .model import Analysis, Entity

_HEADINGS = [("person", "people"), ("organisation", "organisations"), ("place", "places"), ("group", "groups"),
             ("other", "other")]


def render(analysis: Analysis) -> str:
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
    return "\n".join(lines)


def _dateline(analysis: Analysis) -> str | None:
    dateline = analysis.article.dateline
    if dateline is None:
        return None
    parts = [p for p in (dateline.place, dateline.country) if p]
    text = ", ".join(parts) or dateline.text
    if dateline.agency:
        text += f" ({dateline.agency})"
    return text
