"""How much one input may make dateline read, checked before anything is decompressed or decoded whole.

A 7 MB gzip can expand to 200 MB and a gzip bomb to gigabytes; a decoded string takes up to four
bytes a character and the HTML parser several times more. Capping the bytes of one article (a text
or HTML file, one JSONL line, one WARC record) keeps a single input well under 1 GB of memory.
Streams of many articles (JSONL, WARC) are read record by record, so only each record is capped.
The CLI or a caller may set these module attributes before reading.
"""

from __future__ import annotations

MAX_ARTICLE_BYTES = 50_000_000  # bytes of one article after decompression, before decoding
MAX_HEADER_BYTES = 1_000_000  # bytes of one WARC record's header block
HEAD_BYTES = 65_536  # bytes looked at to tell the format of an input without a telling suffix


def over_budget(size: int | str) -> str:
    """The reject reason for an input over the size budget (``size``: bytes, or a description)."""
    shown = f"{size:,} bytes" if isinstance(size, int) else size
    return f"over the size budget ({shown}; limit {MAX_ARTICLE_BYTES:,} bytes per article)"
