"""Quote propagation: the same quote, word for word or nearly, across articles, first appearance first,
with the outlets each article says it came through and, when one of them is in the corpus, the article
it took the quote from.

Quotes are compared as normalised word sets: the same words (exact), or the shorter quote's words
``NEAR`` or more inside the other (a trimmed or lightly edited quote). A negation word on one side only
("no new cases" / "new cases") keeps two quotes apart. Candidates come from a prefix filter on the
rarest words of each quote (a set-similarity join), so the work grows with the quotes, not their square.
Where a quote came from is what the text says: the chain links between the article and the speaker
("according to Reuters") and the outlet the speaker told ("told the BBC").
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..model import QuoteAppearance, QuoteSpread
from ..store.base import Store
from ..store.quotes import SpreadRow

NEAR = 0.8
MIN_WORDS = 5
MAX_POSTINGS = 5000
"""A prefix word shared by more quotes than this is too common to find copies by (only exact matches then)."""
NEGATIONS = frozenset({"not", "no", "never", "nobody", "nothing", "none", "neither", "nor", "cannot", "t"})
_WORD = re.compile(r"\w+")
_SPEAKER_KINDS = {"named", "person"}


@dataclass
class _Quote:
    row: SpreadRow
    words: frozenset[str]
    key: str


def words(text: str) -> list[str]:
    """Folded words: curly and straight apostrophes alike ("don't" → don, t), no punctuation."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the shorter quote's words found in the other; 0 when a negation is on one side only."""
    if not a or not b or (a ^ b) & NEGATIONS:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def quote_spread(store: Store, min_articles: int = 2, speaker: str | None = None,
                 near: float = NEAR) -> list[QuoteSpread]:
    """Quotes found in ``min_articles`` or more articles, the most widely spread first."""
    quotes = []
    for row in store.quote_rows():
        tokens = words(row.content)
        if len(tokens) >= MIN_WORDS:
            quotes.append(_Quote(row, frozenset(tokens), " ".join(tokens)))
    parent = list(range(len(quotes)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    exact: dict[str, int] = {}
    for n, quote in enumerate(quotes):
        join(exact.setdefault(quote.key, n), n)
    for a, b in _near_pairs(quotes, near):
        join(a, b)
    groups: dict[int, list[int]] = defaultdict(list)
    for n in range(len(quotes)):
        groups[find(n)].append(n)
    spreads = [_spread([quotes[n] for n in members]) for members in groups.values()
               if len({quotes[n].row.article_id for n in members}) >= min_articles]
    if speaker:
        wanted = speaker.casefold()
        spreads = [s for s in spreads if any(wanted in (a.speaker or "").casefold() for a in s.appearances)]
    return sorted(spreads, key=lambda s: (-s.articles, s.appearances[0].published or "", s.text))


def _near_pairs(quotes: list[_Quote], near: float) -> list[tuple[int, int]]:
    """Pairs whose similarity reaches ``near``: the shorter quote's rarest words must meet the other."""
    frequency: Counter[str] = Counter(w for q in quotes for w in q.words)
    postings: dict[str, list[int]] = defaultdict(list)
    for n, quote in enumerate(quotes):
        for word in quote.words:
            postings[word].append(n)
    found = []
    for n, quote in enumerate(quotes):
        size = len(quote.words)
        prefix = sorted(quote.words, key=lambda w: (frequency[w], w))[: size - math.ceil(near * size) + 1]
        seen: set[int] = set()
        for word in prefix:
            posting = postings[word]
            if len(posting) > MAX_POSTINGS:
                continue
            for other in posting:
                if other == n or other in seen:
                    continue
                seen.add(other)
                bigger = len(quotes[other].words)
                if (bigger, other) < (size, n):
                    continue  # each pair once, from its smaller quote
                if similarity(quote.words, quotes[other].words) >= near:
                    found.append((n, other))
    return found


def _spread(members: list[_Quote]) -> QuoteSpread:
    members.sort(key=lambda q: (q.row.published or "9999", q.row.article_id, len(q.row.quote_id), q.row.quote_id))
    first = members[0]
    by_article: dict[str, _Quote] = {}

    def closeness(quote: _Quote) -> tuple[bool, float, int]:
        return (quote.key == first.key, similarity(quote.words, first.words),
                -abs(len(quote.words) - len(first.words)))

    for quote in members:  # one appearance per article: its closest quote to the first appearance's words
        held = by_article.get(quote.row.article_id)
        if held is None or closeness(quote) > closeness(held):
            by_article[quote.row.article_id] = quote
    chosen = sorted(by_article.values(), key=lambda q: (q.row.published or "9999", q.row.article_id))
    appearances: list[QuoteAppearance] = []
    for quote in chosen:
        via = _via(quote.row)
        took_from = _took_from(via, appearances)
        score = 1.0 if quote.key == first.key else round(similarity(quote.words, first.words), 3)
        appearances.append(QuoteAppearance(quote.row.article_id, quote.row.source, quote.row.outlet,
                                           quote.row.published, quote.row.quote_id, quote.row.content,
                                           quote.row.speaker, score, via, took_from))
    named = Counter(q.row.speaker for q in chosen if q.row.speaker and q.row.speaker_kind in _SPEAKER_KINDS)
    speaker = min(named, key=lambda s: (-named[s], s)) if named else chosen[0].row.speaker
    return QuoteSpread(first.row.content, speaker, len(chosen), appearances)


def _outlet_key(name: str | None) -> str:
    folded = " ".join(words(name or ""))
    return folded[4:] if folded.startswith("the ") else folded


def _via(row: SpreadRow) -> list[str]:
    """Outlets and others between this article and the speaker, nearest first, then whom the speaker told;
    the article's own outlet (first-hand: "told Reuters" in a Reuters story) is not a step."""
    links = [name for kind, name in row.chain[1:] if name != row.speaker and kind != "person"]
    if row.addressee and row.addressee_kind == "outlet":
        links.append(row.addressee)
    own = _outlet_key(row.outlet)
    steps: list[str] = []
    for name in links:
        if _outlet_key(name) != own and name not in steps:
            steps.append(name)
    return steps


def _took_from(via: list[str], earlier: list[QuoteAppearance]) -> str | None:
    """The earlier appearance (the earliest, if several) by the outlet the article names first."""
    for name in via:
        key = _outlet_key(name)
        for appearance in earlier:
            if _outlet_key(appearance.outlet) == key:
                return appearance.article_id
    return None
