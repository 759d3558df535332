"""Gold stories read from public sets, as (article, gold story) pairs for ``dateline eval stories``.

ECB+ (``ECB+/<topic>/<topic>_<n>ecb.xml`` / ``…ecbplus.xml``): one tokenised document per file; its gold
story is ``<topic>`` + ``ecb`` | ``ecbplus`` (two different events of one kind per topic). The text is
rebuilt from the tokens, one sentence a line, with the spaces before punctuation and clitics removed
(the tokenisation's, not the writer's). A first sentence that is a web address (the ``ecbplus`` files
open with one) becomes the article's URL, not its text. Documents carry no publication date.

UCI News Aggregator (CSV ``ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP``): a headline is the
article (title and text), the publisher its outlet, the crawl time its publication time; rows come grouped
by story, so they are shuffled with a fixed seed before anyone reads them in order.
"""

from __future__ import annotations

import csv
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..ingest import article_from_text
from ..model import Article, Range

ECB_TOPICS = range(1, 36)
"""The development topics of ECB+ (36–45 are held back)."""
SHUFFLE_SEED = 13

_TOKEN = re.compile(r'<token t_id="\d+" sentence="(\d+)" number="\d+">([^<]*)</token>')
_NO_SPACE_BEFORE = re.compile(r" (?=[.,;:!?%)\]}]|'s\b|'S\b|n't\b|'re\b|'ve\b|'ll\b|'d\b|'m\b)")
_NO_SPACE_AFTER = re.compile(r"(?<=[(\[{$]) ")
_ECB_NAME = re.compile(r"(\d+)_(\d+)(ecb|ecbplus)\.xml$")


@dataclass(frozen=True)
class GoldArticle:
    article: Article
    story: str


def detokenize(tokens: list[str]) -> str:
    text = " ".join(tokens).replace("``", '"').replace("''", '"').replace("&amp;", "&").replace("&quot;", '"')
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&apos;", "'")
    return _NO_SPACE_AFTER.sub("", _NO_SPACE_BEFORE.sub("", text))


def read_ecbplus(folder: Path, topics: range = ECB_TOPICS) -> list[GoldArticle]:
    """Documents of the development topics, in topic and file-number order (ecb before ecbplus)."""
    root = folder / "ECB+" if (folder / "ECB+").is_dir() else folder
    found: list[tuple[tuple[int, int, str], GoldArticle]] = []
    for path in root.glob("*/*.xml"):
        match = _ECB_NAME.search(path.name)
        if match is None or int(match.group(1)) not in topics:
            continue
        sentences: dict[int, list[str]] = {}
        for number, token in _TOKEN.findall(path.read_text(encoding="utf-8")):
            sentences.setdefault(int(number), []).append(token)
        lines = [detokenize(sentences[k]) for k in sorted(sentences)]
        url = None
        if lines and lines[0].replace(" ", "").lower().startswith(("http:", "https:", "www.")):
            url = lines.pop(0).replace(" ", "")
        text = "\n".join(line for line in lines if line.strip())
        if not text.strip():
            continue
        topic, sub = int(match.group(1)), match.group(3)
        article = article_from_text(text + "\n", str(path), url=url, source_id=path.name)
        found.append(((topic, int(match.group(2)), sub), GoldArticle(article, f"{topic}{sub}")))
    return [gold for _, gold in sorted(found, key=lambda item: item[0])]


def read_uci(folder: Path, seed: int = SHUFFLE_SEED) -> list[GoldArticle]:
    """Headlines as articles, shuffled with ``seed`` (the file lists each story's rows together)."""
    path = folder if folder.is_file() else next(folder.glob("*.csv"))
    rows: list[GoldArticle] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            title = (row.get("TITLE") or "").strip()
            if not title:
                continue
            stamp = row.get("TIMESTAMP") or ""
            published = (datetime.fromtimestamp(int(stamp) / 1000, UTC).isoformat(timespec="seconds")
                         if stamp.isdigit() else None)
            article = Article(id=f"uci:{row['ID']}", text=title, body=Range(0, len(title)), url=row.get("URL") or None,
                              outlet=row.get("PUBLISHER") or None, title=title, published=published,
                              source_id=row["ID"])
            rows.append(GoldArticle(article, row["STORY"]))
    random.Random(seed).shuffle(rows)
    return rows


def iter_gold(gold: Path) -> Iterator[tuple[str, list[GoldArticle]]]:
    """(set name, articles) for a path that is an ECB+ folder, a UCI folder or CSV, or a folder of both."""
    if (gold / "ECB+").is_dir() or any(gold.glob("*/*ecb*.xml")):
        yield "ecbplus", read_ecbplus(gold)
    elif gold.is_file() or any(gold.glob("*.csv")):
        yield "uci", read_uci(gold)
    else:
        for name in ("ecbplus", "uci-news-aggregator-head"):
            if (gold / name).is_dir():
                yield from iter_gold(gold / name)
