"""Social posts pasted into an article as text: the tweet's words, then "— Author (@handle) Date".

    "… https://t.co/Ab12Cd34Ef — Daily Ledger (@dailyledger) March 3, 2025"
The post is a quote of its author (kind "post"); the reported speech inside it is quoted again,
nested in the post, so the chain reads article → the outlet → the person it quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from ..model import Post, Range

_SIGNATURE = re.compile(  # never from inside a run of spaces: the run's first one finds the same
    r"(?<!\s)(?P<url>\s*(?:https?://t\.co/\w+|pic\.twitter\.com/\w+|https?://\S+))?\s*[—–-]{1,2}\s*"
    r"(?P<author>[^()\n—–]{1,80}?)\s*\((?P<handle>@\w{1,30})\)\s*"
    r"(?P<date>(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2},\s+\d{4})\s*$")


@dataclass(frozen=True)
class PastedPost:
    paragraph: Range
    content: Range
    author: Range
    post: Post


def find_posts(text: str, paragraphs: list[Range]) -> list[PastedPost]:
    found = []
    for paragraph in paragraphs:
        chunk = text[paragraph.start:paragraph.end]
        match = _SIGNATURE.search(chunk)
        if match is None or match.start() == 0:
            continue
        url = (match.group("url") or "").strip() or None
        platform = "Twitter" if url is None or "t.co/" in url or "twitter.com" in url else None
        date = datetime.strptime(" ".join(match.group("date").split()), "%B %d, %Y").date().isoformat()
        author_start = paragraph.start + match.start("author")
        content_end = paragraph.start + match.start()
        found.append(PastedPost(
            paragraph=paragraph,
            content=Range(paragraph.start, content_end),
            author=Range(author_start, paragraph.start + match.end("author")),
            post=Post(platform, match.group("author").strip(), match.group("handle"), date, url),
        ))
    return found
