"""Near-duplicates: copies and near-copies of one text, the earliest published as the original.

Each article's body is reduced to a MinHash signature (``corpus.minhash``) when it is added; LSH band
keys find the earlier articles it may copy, and every pair whose estimated overlap reaches ``FLOOR`` is
kept in the store. Adding articles compares the new ones with their candidates only; grouping reads the
kept pairs, so ``--threshold`` can change without recomputing anything.

The score is the estimated share of the shorter body's shingles found in the other (``overlap``), so a
copy trimmed to its first paragraphs scores as a copy; for bodies under ``MIN_OVERLAP_SHINGLES`` shingles
the estimate is too noisy and the Jaccard estimate is used instead. Groups are connected components of
the pairs at or above the threshold (a copy of a copy joins the group).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

import numpy as np

from ..model import Analysis, DuplicateGroup, DuplicateMember
from ..store.base import Store
from ..store.dedup import Candidate, Entry, Member
from . import minhash

THRESHOLD = 0.6
"""Default: copies in the tests score 0.78–1.0, different stories on the same topic and place ≤ 0.07."""
FLOOR = 0.3
"""Pairs kept in the store: the lowest threshold a user can ask for."""
MIN_OVERLAP_SHINGLES = 30
"""A wire brief of 40 words trimmed by a paragraph is still a copy; over 128 permutations the overlap estimate of
two bodies of similar size this short errs by under 0.1, inside the gap between copies and other stories."""


_CREDIT_LINE = re.compile(
    r"\b(?:(?:first|originally)\s+(?:published|appeared|ran)|reporting\s+by|(?:reported|written)\s+by|"
    r"contributed\s+to\s+this|distributed\s+by|republished|reprinted|courtesy\s+of|via)\b", re.IGNORECASE)
CREDIT_LINE_CHARS = 240
"""A credit line is short: a longer last paragraph that says "via" is story text, not a credit."""


def credit(analysis: Analysis) -> str | None:
    """What an article credits for its text: its dateline's agency when that is not its own outlet
    ("CITY (Agency) —" in another outlet's paper), and its closing credit lines ("This story was first
    published by …", "(Reporting by …)"). Kept as written; grouping asks only whether another copy's outlet
    is named in it."""
    article = analysis.article
    found = []
    agency = article.dateline.agency if article.dateline else None
    if agency and agency.casefold() != (article.outlet or "").casefold():
        found.append(agency)
    body = article.text[article.body.start:article.body.end].rstrip()
    for line in body.rsplit("\n", 3)[-3:]:
        line = line.strip()
        if line and len(line) <= CREDIT_LINE_CHARS and _CREDIT_LINE.search(line):
            found.append(line)
    return " | ".join(found) or None


def entry(analysis: Analysis) -> Entry:
    article = analysis.article
    body = article.text[article.body.start:article.body.end]
    hashes = minhash.shingle_hashes(body)
    said = credit(analysis)
    if len(hashes) == 0:
        return Entry(article.id, 0, b"", [], said)
    sig = minhash.signature(hashes)
    return Entry(article.id, len(hashes), minhash.to_bytes(sig), minhash.band_keys(sig), said)


def score(jaccard: float, size_a: int, size_b: int) -> float:
    if min(size_a, size_b) < MIN_OVERLAP_SHINGLES:
        return jaccard
    return minhash.overlap(jaccard, size_a, size_b)


def _scorer(item: Entry, candidates: list[Candidate]) -> list[tuple[int, float, float, float]]:
    candidates = [c for c in candidates if c.signature]
    if not candidates or not item.signature:
        return []
    sig = minhash.from_bytes(item.signature)
    stacked = np.stack([minhash.from_bytes(c.signature) for c in candidates])
    kept = []
    for candidate, value in zip(candidates, minhash.jaccards(sig, stacked), strict=True):
        jaccard = float(value)
        overlap = minhash.overlap(jaccard, item.shingles, candidate.shingles)
        scored = score(jaccard, item.shingles, candidate.shingles)
        if scored >= FLOOR:
            kept.append((candidate.num, jaccard, overlap, scored))
    return kept


def index(store: Store, analyses: Iterable[Analysis]) -> int:
    """Add these analyses to the index (already indexed ones are skipped); returns how many were added."""
    return store.dedup_add((entry(a) for a in analyses), _scorer)


def catch_up(store: Store, batch: int = 500, commit_every: int = 5000) -> int:
    """Index every stored article that is not yet (stored by an older version, or by another tool).

    Analyses are read ``batch`` at a time and written ``commit_every`` to a transaction: each commit
    writes every index page its band keys touched, and random keys touch most of them, so few large
    commits keep the writes near-linear in the corpus (500 a commit wrote 33 GB for 100,000 articles)."""
    added = 0
    pending: list[str] = []
    for ids in store.dedup_unindexed(batch):
        pending += ids
        if len(pending) >= commit_every:
            added += index(store, store.analyses(pending, batch))
            pending = []
    if pending:
        added += index(store, store.analyses(pending, batch))
    return added


def duplicates(store: Store, threshold: float = THRESHOLD) -> list[DuplicateGroup]:
    """Groups of copies at or above ``threshold`` (the stored floor is the lowest it can go), oldest first."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    kept: dict[tuple[int, int], tuple[float, float]] = {}
    for pair in store.dedup_pairs(max(threshold, FLOOR)):
        kept[(pair.a, pair.b)] = (pair.jaccard, pair.overlap)
        ra, rb = find(pair.a), find(pair.b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    components: dict[int, list[int]] = defaultdict(list)
    for num in parent:
        components[find(num)].append(num)
    wanted = [num for nums in components.values() if len(nums) > 1 for num in nums]
    info = {m.num: m for m in store.dedup_members(wanted)}
    groups = [_group([info[n] for n in nums if n in info], kept) for nums in components.values() if len(nums) > 1]
    return sorted((g for g in groups if g.copies), key=lambda g: (g.original.published or "", g.original.article_id))


def _credits_another(member: Member, members: list[Member]) -> bool:
    """Does this copy name another member's outlet as the source of its text?"""
    said = (member.credit or "").casefold()
    own = (member.outlet or "").casefold()
    return bool(said) and any(m.outlet and m.outlet.casefold() != own and m.outlet.casefold() in said
                              for m in members)


def _group(members: list[Member], kept: dict[tuple[int, int], tuple[float, float]]) -> DuplicateGroup:
    """The earliest published is the original; among copies of the same day (dates without a time), one
    that credits another copy's outlet for its text is not."""
    credits = {m.num: _credits_another(m, members) for m in members}
    members.sort(key=lambda m: (m.published or "9999", credits[m.num], m.article_id))
    first = members[0]
    first_sig = minhash.from_bytes(first.signature)
    rows = [_member(first, 1.0, 1.0)]
    for member in members[1:]:
        pair = kept.get((min(first.num, member.num), max(first.num, member.num)))
        if pair is None:
            jaccard = minhash.jaccard(first_sig, minhash.from_bytes(member.signature))
            pair = (jaccard, minhash.overlap(jaccard, first.shingles, member.shingles))
        rows.append(_member(member, *pair))
    return DuplicateGroup(rows[0], rows[1:])


def _member(member: Member, jaccard: float, overlap: float) -> DuplicateMember:
    return DuplicateMember(member.article_id, member.source, member.outlet, member.title, member.published,
                           round(jaccard, 3), round(overlap, 3))
