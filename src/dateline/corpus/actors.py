"""Cross-article actor identity, as a deterministic batch step over the store's actor rows.

Each stored article keeps its actors under their own identity keys (``analyze.identity``). Which
canonical actor a key belongs to is decided here, from all rows sharing a *resolution key* (a person's
surname, else the identity itself) at once, so the answer is the same whatever order the articles
arrived in: a bare surname ("person:okonkwo") joins the full name ending with it when the corpus holds
exactly one ("person:ada okonkwo"), and stays its own actor when it holds none or several. Ids are a
hash of the canonical identity, stable across runs and stores; names and types are chosen by counts.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from ..model import ActorMentionRow, CanonicalActor


def stable_id(identity: str) -> int:
    """A positive 63-bit integer from the identity key (fits SQLite's INTEGER)."""
    return int.from_bytes(hashlib.sha256(identity.encode("utf-8")).digest()[:8], "big") >> 1


def resolution_key(identity: str, kind: str) -> str:
    """The rows that must be decided together: every person sharing a surname, else one identity."""
    if kind == "person" and identity.startswith("person:"):
        words = identity[len("person:"):].split()
        if words:
            return "surname:" + words[-1]
    return identity


def _bare(identity: str) -> bool:
    return identity.startswith("person:") and " " not in identity[len("person:"):].strip()


def canonical_actors(rows: Sequence[ActorMentionRow]) -> list[CanonicalActor]:
    """The canonical actors of one resolution key's rows; a pure function of the set of rows."""
    identities = sorted({row.identity for row in rows})
    full = [i for i in identities if i.startswith("person:") and not _bare(i)]
    target = {i: (full[0] if _bare(i) and len(full) == 1 else i) for i in identities}
    groups: dict[str, list[ActorMentionRow]] = defaultdict(list)
    for row in rows:
        groups[target[row.identity]].append(row)
    return [_canonical(identity, members, sorted(i for i in identities if target[i] == identity))
            for identity, members in sorted(groups.items())]


def _canonical(identity: str, rows: list[ActorMentionRow], members: list[str]) -> CanonicalActor:
    kind = Counter(row.type for row in rows).most_common(1)[0][0] if rows else identity.split(":", 1)[0]
    articles: dict[str, set[str]] = defaultdict(set)
    mentions: Counter[str] = Counter()
    for row in rows:
        articles[row.name].add(row.article_id)
        mentions[row.name] += row.mentions
    names = list(articles)
    if kind == "person" and any(" " in n for n in names):
        names = [n for n in names if " " in n]  # a full name over a bare surname
    name = min(names, key=lambda n: (-len(articles[n]), -mentions[n], n))
    return CanonicalActor(stable_id(identity), identity, name, kind, _most_common(r.actor_type for r in rows),
                          _most_common(r.country_code for r in rows), members)


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], v))
