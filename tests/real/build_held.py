"""Build the held-out half of the hand-read real articles (``reading-held.jsonl``).

Writes 14 English Wikinews articles in dateline's plain-text input format (first line ``date YYYY-MM-DD ``
followed directly by the body; paragraphs separated by blank lines; a final newline), from data kept in
``../shared/eval/``:

- ``gum-<name>.txt``: the 10 news documents of the GUM corpus (``gum-news/conllu/GUM_news_*.conllu``) that are
  not among the 14 of ``wikinews/``. The text is rebuilt from the ``# text =`` sentence lines; paragraphs follow
  the ``# newpar`` / ``# newpar_block`` markup. As in ``wikinews/``: the headline, the date line, sub-headings,
  figures and captions (with the pull quotes they hold), a pull-quote box repeating a quotation from the body,
  and everything from a ``Sources`` heading on are dropped; block quotes are kept; GUM's tokenisation artefacts
  are left as they are. The date is the article's own date line when it falls between the page's
  ``meta::dateCreated`` and ``meta::dateModified`` (the ``wikinews/`` convention), else ``meta::dateCreated``.
  Applied to the other 14 GUM news documents, these rules give the files of ``wikinews/`` byte for byte.
- ``meantime-<doc id>.txt``: 4 documents of MEANTIME (``meantime-en/``, CAT XML) that report speech. The
  space-joined tokens are detokenised; sentence 0 (the headline) is dropped and sentence 1, the date line, gives
  the date. MEANTIME keeps no paragraph breaks, so the body is a single paragraph.

Licence of the texts: Wikinews contributors, CC BY 2.5 (via GUM, Zeldes 2017, and MEANTIME, Minard et al. 2016).

Usage: ``python tests/real/build_held.py OUT_DIR [--shared ../shared/eval]``. Output is deterministic.
"""

from __future__ import annotations

import argparse
import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

# The 14 GUM news documents already in ../shared/eval/wikinews/ (the dev half); the held half is the rest.
DEV_GUM = frozenset(
    {
        "afghan",
        "asylum",
        "clock",
        "crane",
        "hackers",
        "homeopathic",
        "iodine",
        "korea",
        "nasa",
        "questionnaire",
        "sensitive",
        "taxes",
        "warhol",
        "warming",
    }
)
GUM_COUNT = 10

# MEANTIME documents with reported speech (said / told / according to / quotations).
MEANTIME_DOCS = (
    "corpus_airbus/71426_Aer_Lingus_buys_twelve_new_long-haul_Airbus_jets.xml",
    "corpus_airbus/87805_Indonesia_transport_minister.txt.xml",
    "corpus_apple/195869_Apple_to_give_free_cases.xml",
    "corpus_apple/214601_Apple_unveils_new_MacBook_Air_laptops.xml",
)

# GUM block elements whose sentences are not article body text.
DROPPED_ELEMENTS = frozenset({"head", "figure", "caption", "list", "item"})
# A heading that starts the trailing apparatus (sources, categories): everything from it on is dropped.
END_HEADINGS = frozenset({"Sources", "Related news", "External links", "Sister links"})

WEEKDAY_DATE = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ([A-Z][a-z]+ \d{1,2}, \d{4})$"
)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
BLOCK_PART = re.compile(r"^(?P<name>[a-z]+)\b.*\((?P<count>\d+) s\)$")
PULL_QUOTE = re.compile(r"XML=<quote rend:::\"block")

Block = list[tuple[str, int]]  # the elements a ``# newpar_block`` opens, outermost first: (name, sentences)
Group = tuple[Block, list[tuple[str, bool]]]  # a block and its sentences: (text, opens a pull-quote box)


def _parse_date(text: str) -> date:
    """``July 17, 2010`` or ``June 09 , 2007`` (English month names, whatever the locale)."""
    match = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}) ?, (\d{4})", text.strip())
    if match is None or match[1] not in MONTHS:
        raise ValueError(f"not a date line: {text!r}")
    return date(int(match[3]), MONTHS.index(match[1]) + 1, int(match[2]))


def _meta(lines: list[str], key: str) -> str:
    prefix = f"# meta::{key} = "
    for line in lines:
        if line.startswith(prefix):
            return line[len(prefix) :].strip()
    raise ValueError(f"no meta::{key}")


def _block_elements(spec: str) -> Block:
    """Parse ``# newpar_block`` (elements opening at this sentence, outermost first) into (name, sentences)."""
    elements: Block = []
    for part in spec.split(" | "):
        match = BLOCK_PART.match(part.strip())
        if match is None:
            raise ValueError(f"unparsed newpar_block part: {part!r}")
        elements.append((match["name"], int(match["count"])))
    return elements


def _gum_groups(lines: list[str]) -> list[Group]:
    """Sentences grouped by ``# newpar``."""
    groups: list[Group] = []
    text: str | None = None
    first_token = False
    for line in lines:
        if line.startswith("# newpar_block = "):
            groups.append((_block_elements(line[len("# newpar_block = ") :]), []))
        elif line.startswith("# text = "):
            text = line[len("# text = ") :].strip()
            first_token = True
        elif first_token and line and line[0].isdigit():
            groups[-1][1].append((text or "", PULL_QUOTE.search(line.split("\t")[-1]) is not None))
            first_token = False
    return groups


def _gum_paragraphs(groups: list[Group]) -> list[list[str]]:
    """Body paragraphs: a sentence is dropped when an element covering it is a heading, figure, caption or list,
    or when it is a pull-quote box; sentences past the extent of every element of their block form a paragraph
    of their own (GUM lost the ``# newpar`` of some paragraphs)."""
    paragraphs: list[list[str]] = []
    for elements, sentences in groups:
        if elements[0][0] == "head" and sentences and sentences[0][0] in END_HEADINGS:
            break
        inside: list[str] = []
        after: list[str] = []  # sentences past every element of the block: an unmarked following paragraph
        for index, (sentence, pull_quote) in enumerate(sentences):
            covering = [name for name, count in elements if count > index]
            if pull_quote or DROPPED_ELEMENTS.intersection(covering):
                continue
            (inside if covering else after).append(sentence)
        paragraphs.extend(part for part in (inside, after) if part)
    return paragraphs


def gum_article(path: Path) -> tuple[date, str]:
    """Publication date and body text of one GUM news document."""
    lines = path.read_text(encoding="utf-8").splitlines()
    paragraphs = _gum_paragraphs(_gum_groups(lines))
    created = date.fromisoformat(_meta(lines, "dateCreated"))
    modified = date.fromisoformat(_meta(lines, "dateModified"))
    published = created
    date_line = WEEKDAY_DATE.match(paragraphs[0][0]) if paragraphs else None
    if date_line is not None:
        paragraphs[0] = paragraphs[0][1:]
        paragraphs = [p for p in paragraphs if p]
        stated = _parse_date(date_line[1])
        if created <= stated <= modified:  # else the date line is wrong (GUM_news_imprisoned): keep dateCreated
            published = stated
    return published, "\n\n".join(" ".join(p) for p in paragraphs)


NO_SPACE_BEFORE = frozenset(
    {",", ".", ";", ":", "?", "!", ")", "]", "%", "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m", "'"}
)
NO_SPACE_AFTER = frozenset({"(", "[", "$", "US$", "€", "£"})
QUOTES = frozenset({'"', "``", "''"})
CURRENCY_PREFIXED = frozenset({("US", "$")})  # "US $ 29" -> "US$29"


def detokenise(tokens: list[str]) -> str:
    """Join space-separated tokens as running text; double quotes alternate open/close across the text."""
    out: list[str] = []
    glue = True  # no space before the next token
    quote_open = False
    previous = ""
    for token in tokens:
        if token in QUOTES:
            opening = token == "``" or (token == '"' and not quote_open)
            if opening:
                out.append("" if glue else " ")
                out.append('"')
                glue, quote_open = True, True
            else:
                out.append('"')
                glue, quote_open = False, False
            continue
        if not glue and token not in NO_SPACE_BEFORE and (previous, token) not in CURRENCY_PREFIXED:
            out.append(" ")
        out.append(token)
        glue = token in NO_SPACE_AFTER
        previous = token
    return "".join(out)


def meantime_article(path: Path) -> tuple[date, str]:
    """Publication date (sentence 1) and body text (sentences 2 on) of one MEANTIME CAT document."""
    sentences: dict[int, list[str]] = {}
    for token in ET.parse(path).getroot().iter("token"):
        sentences.setdefault(int(token.get("sentence", "0")), []).append(token.text or "")
    published = _parse_date(detokenise(sentences[1]))
    body = [token for number in sorted(sentences) if number >= 2 for token in sentences[number]]
    return published, detokenise(body)


def _write(out: Path, name: str, published: date, body: str) -> Path:
    target = out / name
    target.write_bytes(f"date {published.isoformat()} {body}\n".encode())
    return target


def build(shared_eval: Path, out: Path) -> list[Path]:
    """Write the 14 held-out articles into ``out``; return their paths (GUM first, then MEANTIME)."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    gum = sorted((shared_eval / "gum-news" / "conllu").glob("GUM_news_*.conllu"))
    held = [path for path in gum if path.stem.removeprefix("GUM_news_") not in DEV_GUM]
    if len(held) != GUM_COUNT:
        raise RuntimeError(f"expected {GUM_COUNT} held GUM news documents, found {len(held)}")
    for path in held:
        published, body = gum_article(path)
        written.append(_write(out, f"gum-{path.stem.removeprefix('GUM_news_')}.txt", published, body))
    for relative in MEANTIME_DOCS:
        published, body = meantime_article(shared_eval / "meantime-en" / relative)
        doc_id = Path(relative).name.split("_", 1)[0]
        written.append(_write(out, f"meantime-{doc_id}.txt", published, body))
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").strip().split("\n")[0])
    parser.add_argument("out", type=Path, help="directory to write the 14 articles into")
    parser.add_argument("--shared", type=Path, default=Path("../shared/eval"), help="the shared eval data folder")
    args = parser.parse_args()
    for path in build(args.shared, args.out):
        print(path)


if __name__ == "__main__":
    main()
