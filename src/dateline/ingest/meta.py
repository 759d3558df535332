"""Metadata that comes with an article from outside its file: a feed entry, a collector's WARC record.

Both ``dateline collect`` and the WARC reader apply it through :func:`with_metadata`, so an article
collected from the web and the same page re-read from the WARC collect wrote are the same record.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from ..model import Article, article_id
from .dates import check_published


@dataclass(frozen=True)
class PageMeta:
    """What is known of a page besides its HTML; ``url`` is its canonical URL (the article's id uses it)."""

    url: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    outlet: str | None = None
    language: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in dataclasses.asdict(self).items() if v is not None}

    @classmethod
    def from_json(cls, value: object) -> PageMeta | None:
        if not isinstance(value, dict):
            return None
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in value.items() if k in names and isinstance(v, str)})


def with_metadata(article: Article, meta: PageMeta) -> Article:
    """``article`` with ``meta``'s values set (a ``published`` that is no date dropped with a warning);
    the id follows the URL."""
    warnings = list(article.warnings)
    published = article.published
    if meta.published is not None and meta.published != article.published:
        published, warning = check_published(meta.published)
        if warning:
            warnings.append(warning)
    url = meta.url or article.url
    return dataclasses.replace(
        article, id=article_id(article.text, url), url=url, title=meta.title or article.title,
        author=meta.author or article.author, published=published or article.published,
        outlet=meta.outlet or article.outlet, language=meta.language or article.language, warnings=warnings)
