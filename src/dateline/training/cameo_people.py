"""Convert the Phoenix actor dictionaries' people into dateline's dated person lexicon.

The Phoenix dictionaries (PETRARCH-2's actor files, built from CountryInfo) list some 17,000 office
holders, politicians and militants with the CAMEO codes they held and when ("BARACK_OBAMA … [USAGOV
>090120]"), and the short names the coders saw them called by ("+OBAMA", "+PRESIDENT_OBAMA"). An event
coder needs exactly this to know that a surname alone in a sentence is the US government; dateline reads
it as data.

    python -m dateline.training.cameo_people Phoenix.*.actors.txt    # the three: countries, international, militant

Files: openeventdata/petrarch2, petrarch2/data/dictionaries/ (MIT). Writes ``lexicons/cameo_people.tsv``:
one row per person with their names (``|``-separated, lower case) and their dated codes
(``CODE:start:end`` with ISO days, empty = open, ``;``-separated).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from .cameo_lexicon import LEXICONS

_CODE_LINE = re.compile(r"^\s+\[([A-Z]{3,15})\s*([^\]]*)\]")
_NAME_LINE = re.compile(r"^([A-Z][A-Z0-9_.'\-]*?)_?\s*(?:#.*)?$")
_ALIAS_LINE = re.compile(r"^\+([A-Za-z][A-Za-z0-9_.'\- ]*?)_?\s*(?:#.*)?$")


def _day(raw: str) -> str:
    """PETRARCH's dates: YYMMDD (two-digit years before 30 are this century) or YYYYMMDD."""
    if len(raw) == 8:
        return f"{raw[:4]}-{raw[4:6]}-{raw[6:]}"
    if len(raw) == 6:
        year = int(raw[:2])
        return f"{2000 + year if year < 30 else 1900 + year}-{raw[2:4]}-{raw[4:]}"
    return ""


def _span(raw: str) -> tuple[str, str]:
    raw = raw.strip()
    if raw.startswith(">"):
        return _day(raw[1:]), ""
    if raw.startswith("<"):
        return "", _day(raw[1:])
    if "-" in raw:
        start, end = raw.split("-", 1)
        return _day(start), _day(end)
    return "", ""


def _name(raw: str) -> str:
    return " ".join(raw.replace("_", " ").lower().split())


def convert(text: str) -> list[tuple[str, str]]:
    """(names, codes) for each entry whose codes stand on lines of their own, TABARI's person layout;
    country entries ("AFGHANISTAN_ [AFG]") keep the code on the name's line and are left out."""
    rows: list[tuple[str, str]] = []
    names: list[str] = []
    codes: list[str] = []

    def close() -> None:
        if names and codes and len(names[0].split()) >= 2:
            rows.append(("|".join(dict.fromkeys(names)), ";".join(dict.fromkeys(codes))))

    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        code = _CODE_LINE.match(line)
        if code:
            if names:
                start, end = _span(code.group(2))
                codes.append(f"{code.group(1)}:{start}:{end}")
            continue
        alias = _ALIAS_LINE.match(line)
        if alias:
            if names:
                names.append(_name(alias.group(1)))
            continue
        name = _NAME_LINE.match(line)
        close()
        names, codes = ([_name(name.group(1))], []) if name else ([], [])
    close()
    return rows


def main(argv: list[str]) -> None:
    rows: list[tuple[str, str]] = []
    for path in argv:
        rows += convert(Path(path).read_text(encoding="utf-8", errors="replace"))
    with open(LEXICONS / "cameo_people.tsv", "w", encoding="utf-8") as out:
        out.write("# People in the Phoenix actor dictionaries: their names (primary first, then the short names\n"
                  "# coders saw them called by) and the CAMEO codes they held, with ISO start and end days\n"
                  "# (empty = open).\n"
                  "# Source: derived by src/dateline/training/cameo_people.py from openeventdata/petrarch2\n"
                  "# petrarch2/data/dictionaries/Phoenix.{Countries,International,MilNonState}.actors.txt\n"
                  "# (Open Event Data Alliance, from CountryInfo.140130.txt).\n"
                  "# Licence: MIT (Copyright 2014 Open Event Data Alliance). Regenerate; do not edit by hand.\n")
        out.write("names\tcodes\n")
        for names, codes in dict.fromkeys(rows):
            out.write(f"{names}\t{codes}\n")


if __name__ == "__main__":
    main(sys.argv[1:])
