"""Convert the PETRARCH-2 CAMEO verb dictionary into dateline's event-verb lexicon.

PETRARCH's dictionary is decades of hand-coded verb patterns (TABARI → PETRARCH, MIT licence); dateline
reads it as data: each verb block gives its members, a default CAMEO code and patterns of words before
and after the verb that change the code ("kill" is 190, "kill … in a crash" is no event). The PLOVER
conversion table maps CAMEO codes onto PLOVER categories and modes.

    python -m dateline.training.cameo_lexicon CAMEO.2.0.txt CAMEO2PLOVER-2021.txt CAMEO.verbpatterns.150430.txt \
        Phoenix.agents.txt

The third file, the 2015 pattern list, adds the verb blocks the 2.0 file no longer holds ("call for", "urge",
…); where both hold a verb, the 2.0 file's reading stands.

CAMEO.2.0.txt: openeventdata/petrarch2, petrarch2/data/dictionaries/ (MIT).
CAMEO2PLOVER-2021.txt: openeventdata/PLOVER (CC BY-SA 4.0).
Writes ``lexicons/cameo_verbs.tsv``, ``cameo_patterns.tsv``, ``cameo_synsets.tsv`` and ``lexicons/cameo_plover.tsv``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path

LEXICONS = Path(__file__).resolve().parent.parent / "analyze" / "lexicons"
_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s*---")
_CODE = re.compile(r"\[([0-9:]+|---)\]")
# Current PLOVER names for the categories the 2021 table still calls by their old ones, and the
# CAMEO roots PLOVER has since split off (09 investigate, 19 conventional military force).
_RENAMED = {"REQUEST": "DEMAND", "ACCUSE": "DISAPPROVE"}
_ROOT_CATEGORY = {"02": ("DEMAND", "appeal"), "09": ("INVESTIGATE", ""), "19": ("FIGHT", "")}
_KEEP_19_AS = {"191": "COERCE", "192": "COERCE"}  # blockade, occupation: coercion, not combat
# The PLOVER manual's own definitions where the 2021 table lags them: resignations are RETREAT, and
# signing an agreement is AGREE (its example: "will sign an agreement" is AGREE, not SUPPORT + future);
# lifting a curfew or a state of emergency is CONCEDE (its CONCEDE section: "removing curfews", the easing
# of administrative or legal restrictions), where the 2021 table moved 0813/0814 to RETREAT.
_MANUAL = {"0831": "RETREAT", "057": "AGREE", "0813": "CONCEDE", "0814": "CONCEDE"}

HEADER = """# {what}
# Source: derived by src/dateline/training/cameo_lexicon.py from {source}.
# Licence: {licence}. Regenerate with the command in that module's docstring; do not edit by hand.
"""


def _words(pattern: str) -> str:
    """A pattern side as space-separated lower-case words; synsets keep their &NAME."""
    pattern = re.sub(r"[(){}$+%^]", " ", pattern)
    words = [w.lower().replace("_", " ") if not w.startswith("&") else w for w in pattern.split()]
    return " ".join(w for w in words if w and not w.endswith(" "))


def _code(raw: str) -> str:
    return raw.split(":")[0] if raw != "---" else "---"


def convert_verbs(text: str) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str, str]],
                                      list[tuple[str, str]]]:
    """(verb, block, code) members, (block, before, after, code) patterns, (synset, word) pairs."""
    rows: list[tuple[str, str, str]] = []
    patterns: list[tuple[str, str, str, str]] = []
    synsets: list[tuple[str, str]] = []
    block_default = "---"
    block_name = ""
    synset: str | None = None
    in_verbs = False
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if raw.startswith("####### VERB PATTERNS") or raw.startswith("####### VERBS"):
            in_verbs = True
        if not line.strip():
            synset = None
            continue
        if line.startswith("&") and not in_verbs:
            synset = line.strip()
            continue
        if synset is not None and line.startswith("+"):
            word = re.sub(r"\{.*\}", "", line[1:]).strip().lower().replace("_", " ")
            if word:
                synsets.append((synset, word))
            continue
        block = _BLOCK.match(line)
        if block:
            in_verbs = True
            block_default = _code(block.group(2))
            block_name = block.group(1).lower()
            continue
        if not in_verbs:
            continue
        if line.startswith("- "):
            found = _CODE.search(line)
            body = line[2:found.start()] if found else line[2:]
            if "*" not in body or found is None:
                continue
            before, after = body.split("*", 1)
            patterns.append((block_name, _words(before), _words(after), _code(found.group(1))))
            continue
        word = re.sub(r"\{[^}]*\}", "", line).strip()
        found = _CODE.search(word)
        code = _code(found.group(1)) if found else block_default
        word = _CODE.sub("", word).strip().lstrip("+").lower()
        if not word or word.endswith("_") or not re.fullmatch(r"[a-z_\-']+", word):
            continue
        rows.append((word.replace("_", " "), block_name, code))
    return rows, patterns, synsets


def convert_agents(text: str) -> list[tuple[str, str]]:
    """Phoenix agent nouns ("SOLDIER [~MIL]") → (lower-case words, three-letter CAMEO sector)."""
    macros: dict[str, list[str]] = {}
    rows: list[tuple[str, str]] = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        macro = re.match(r"^!(\w+)!\s*=\s*(.+)$", line)
        if macro:
            macros[macro.group(1)] = [w.strip().lower() for w in macro.group(2).split(",") if w.strip()]
            continue
        found = re.match(r"^([A-Z_!\-']+)\s*(?:\{[^}]*\})?\s*\[~?([A-Z]{3})", line)
        if not found:
            continue
        word, code = found.group(1), found.group(2)
        forms = [word.lower()]
        for name, values in macros.items():
            if f"!{name}!" in word:
                forms = [f.replace(f"!{name.lower()}!", v) for f in forms for v in values]
        rows.extend((form.replace("_", " "), code) for form in forms if "!" not in form)
    return list(dict.fromkeys(rows))


def convert_table(text: str) -> list[tuple[str, str, str]]:
    """CAMEO code → (PLOVER category, mode), current category names."""
    table: list[tuple[str, str, str]] = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        match = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([^,]*))?", line)
        if not match:
            continue
        code, category, mode = match.group(1), match.group(2), (match.group(3) or "").strip()
        category = _RENAMED.get(category, category)
        root = code[:2]
        if root in _ROOT_CATEGORY:
            category = _ROOT_CATEGORY[root][0]
            mode = mode if root != "09" else ""
        category = _MANUAL.get(code, _KEEP_19_AS.get(code, category))
        table.append((code, category, mode))
    known = {c for c, _, _ in table}
    for code in ("02", "020", "021", "022", "023", "024", "025", "026", "027", "028"):
        if code not in known:
            table.append((code, "DEMAND", "appeal"))
    return sorted(table)


def main(argv: list[str]) -> None:
    verbs_path, table_path = Path(argv[0]), Path(argv[1])
    rows, patterns, synsets = convert_verbs(verbs_path.read_text(encoding="utf-8", errors="replace"))
    if len(argv) > 2:
        more_rows, more_patterns, more_synsets = convert_verbs(Path(argv[2]).read_text(encoding="utf-8",
                                                                                       errors="replace"))
        known_verbs = {verb for verb, _, _ in rows}
        known_blocks = {block for _, block, _ in rows}
        added = [(v, f"{b}+", c) for v, b, c in more_rows if v not in known_verbs and b not in known_blocks]
        blocks = {b for _, b, _ in added}
        rows += added
        patterns += [(f"{b}+", before, after, c) for b, before, after, c in more_patterns if f"{b}+" in blocks]
        names = {name for name, _ in synsets}
        synsets += [(name, word) for name, word in more_synsets if name not in names]
    petrarch = "openeventdata/petrarch2 petrarch2/data/dictionaries/{} (Open Event Data Alliance)"
    mit = "MIT (Copyright 2015 Open Event Data Alliance)"
    if len(argv) > 3:
        agents = convert_agents(Path(argv[3]).read_text(encoding="utf-8", errors="replace"))
        _write("cameo_agents.tsv", "Agent nouns and their CAMEO sector: who a noun phrase is when no named actor "
               "says (\"soldiers\" MIL, \"police\" COP, \"farmers\" AGR).", petrarch.format("Phoenix.agents.txt"),
               mit, ("words", "sector"), agents)
    verbs = petrarch.format("CAMEO.2.0.txt")
    _write("cameo_verbs.tsv", "CAMEO verbs: each verb's block (its patterns) and default code; --- means no event "
           "unless a pattern gives one.", verbs, mit, ("verb", "block", "code"), rows)
    _write("cameo_patterns.tsv", "CAMEO verb patterns: words before and after the verb (&NAME: a synonym set) that "
           "give a block's verbs another code; --- means no event.", verbs, mit, ("block", "before", "after", "code"),
           patterns)
    _write("cameo_synsets.tsv", "CAMEO synonym sets used by the verb patterns (&NAME → word).", verbs, mit,
           ("synset", "word"), synsets)
    _write("cameo_plover.tsv", "CAMEO code → PLOVER category and mode (current names: DEMAND, DISAPPROVE, "
           "INVESTIGATE for CAMEO 09, FIGHT for CAMEO 19; CAMEO 02 appeals are DEMAND).",
           "openeventdata/PLOVER CAMEO2PLOVER-2021.txt (Schrodt, PLOVER manual 0.8)",
           "CC BY-SA 4.0 (Open Event Data Alliance)", ("code", "category", "mode"),
           convert_table(table_path.read_text(encoding="utf-8")))


def _write(name: str, what: str, source: str, licence: str, columns: tuple[str, ...],
           rows: Sequence[tuple[str, ...]]) -> None:
    """One lexicon file: its provenance header, the column names, each distinct row once."""
    with open(LEXICONS / name, "w", encoding="utf-8") as out:
        out.write(HEADER.format(what=what, source=source, licence=licence))
        out.write("\t".join(columns) + "\n")
        for row in dict.fromkeys(rows):
            out.write("\t".join(row) + "\n")

if __name__ == "__main__":
    main(sys.argv[1:])
