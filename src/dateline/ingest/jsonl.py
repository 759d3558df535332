"""JSON Lines: one article per line (``text`` required; ``url``, ``title``, ``outlet``, ``published``, ``author``)."""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..model import Article
from .errors import IngestError
from .text import article_from_text

_OPTIONAL = ("url", "title", "outlet", "published", "author")


def read_jsonl(content: str, source: str) -> Iterator[Article | IngestError]:
    """Each good line gives an Article; each bad line an IngestError naming ``source:line``."""
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            yield _article(line, where)
        except IngestError as error:
            yield error


def read_json(content: str, source: str) -> Iterator[Article | IngestError]:
    """A ``.json`` file: one article object, or an array of them; JSON Lines if it is neither."""
    try:
        document = json.loads(content)
    except json.JSONDecodeError:
        yield from read_jsonl(content, source)
        return
    records = document if isinstance(document, list) else [document]
    for number, record in enumerate(records, start=1):
        where = source if len(records) == 1 and not isinstance(document, list) else f"{source}[{number}]"
        try:
            yield _from_record(record, where)
        except IngestError as error:
            yield error


def _article(line: str, where: str) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise IngestError(where, f"malformed JSON ({error.msg} at column {error.colno})") from None
    return _from_record(record, where)


def _from_record(record: object, where: str) -> Article:
    if not isinstance(record, dict):
        raise IngestError(where, "a line must be a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise IngestError(where, "no 'text' field with article text")
    meta = {}
    for key in _OPTIONAL:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise IngestError(where, f"'{key}' must be a string")
        meta[key] = value or None
    return article_from_text(text, where, **meta)
