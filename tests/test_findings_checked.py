"""Every claim_exceeds_source finding on the hand-checked real articles is listed, and most are right.

The list (tests/real/findings.tsv) holds offsets and verdicts only; the articles come from ../shared
(skipped when absent). A new finding that nobody has read fails this test until it is checked and listed.
"""

from __future__ import annotations

from pathlib import Path

from dateline.analyze import analyze_articles
from dateline.ingest import read_sources
from dateline.model import Analysis, Article

from .conftest import SHARED, needs_shared

CHECKED = Path(__file__).resolve().parent / "real" / "findings.tsv"
EVAL = SHARED / "eval"


def _listed() -> dict[tuple[str, int, int, int, int], str]:
    rows = [line.split("\t") for line in CHECKED.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")][1:]
    return {(r[0], int(r[1]), int(r[2]), int(r[3]), int(r[4])): r[5] for r in rows}


def _articles() -> list[tuple[str, Article]]:
    paths = sorted((EVAL / "wikinews").glob("*.txt"))
    paths += sorted((EVAL / "article-extraction-benchmark" / "html").glob("*.html.gz"))[:30]
    paths.append(SHARED / "seed" / "article-2024-02-07-jerusalem.txt")
    found = []
    for path in paths:
        for item in read_sources([str(path)]):
            if isinstance(item, Article):
                found.append((str(path.relative_to(SHARED)).removeprefix("eval/"), item))
    return found


@needs_shared(EVAL / "wikinews")
def test_every_finding_on_the_checked_set_is_listed_and_precision_holds(nlp) -> None:  # type: ignore[no-untyped-def]
    listed = _listed()
    articles = _articles()
    seen = []
    for (name, _), result in zip(articles, analyze_articles([a for _, a in articles], nlp), strict=True):
        assert isinstance(result, Analysis)
        for claim in result.claims:
            for finding in claim.findings:
                if finding.kind != "claim_exceeds_source":
                    continue
                assert finding.span is not None and finding.source_span is not None
                key = (name, finding.span.start, finding.span.end, finding.source_span.start, finding.source_span.end)
                assert key in listed, f"unchecked finding {key}: read it and list it in {CHECKED.name}"
                seen.append(listed[key])
    if seen:
        assert sum(v == "right" for v in seen) / len(seen) >= 0.8
