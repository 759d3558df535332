"""The test corpus meets the issue's bar: 60+ articles, 8+ stories over weeks, 4+ outlets, wire copies."""

from __future__ import annotations

from collections import Counter
from datetime import date

from .conftest import CORPUS, gold, read_article


def test_corpus_size_stories_outlets_and_span() -> None:
    memberships = gold()
    files = sorted(p.name for p in (CORPUS / "articles").glob("*.txt"))
    assert sorted(memberships) == files and len(files) >= 60
    articles = [read_article(CORPUS / "articles" / name) for name in files]
    assert len({story for story, _ in memberships.values()}) >= 8
    assert len({a.outlet for a in articles}) >= 4
    days = sorted(date.fromisoformat(a.published or "") for a in articles)
    assert (days[-1] - days[0]).days >= 21


def test_copies_are_other_outlets_and_nearly_the_same_text() -> None:
    memberships = gold()
    groups = Counter(group for _, group in memberships.values())
    copied = [group for group, size in groups.items() if size > 1]
    assert len(copied) >= 16
    for group in copied:
        members = [read_article(CORPUS / "articles" / n) for n, (_, g) in memberships.items() if g == group]
        assert len({m.outlet for m in members}) == len(members)
        original = set(members[0].text.split())
        for copy in members[1:]:
            assert copy.text != members[0].text
            words = set(copy.text.split())
            assert len(original & words) / len(words) >= 0.75  # most of a copy's words are the original's


def test_readme_states_provenance() -> None:
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    assert "CC0" in readme and "Written for dateline" in readme
