"""Word lists as data: tab-separated files under ``lexicons/`` with a header row and ``#`` comments."""

from __future__ import annotations

import functools
from importlib import resources


@functools.cache
def load(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``lexicons/<name>`` keyed by the header's column names."""
    text = resources.files("dateline.analyze").joinpath("lexicons", name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        cells = line.split("\t")
        rows.append({key: (cells[i].strip() if i < len(cells) else "") for i, key in enumerate(header)})
    return tuple(rows)


def rule(name: str, entry: str) -> str:
    """How an annotation names the lexicon entry that produced it: ``lexicon:outlets.tsv#Reuters``."""
    return f"lexicon:{name}#{entry}"
