"""JSON Lines: one article per line (``text`` required; ``id``, ``url``, ``title``, ``outlet``, ``published``,
``author`` optional). A file is read line by line, so a dump of any size needs only one line's memory.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

from ..model import Article
from . import limits
from .decode import decode_text
from .errors import IngestError
from .stream import lines
from .text import article_from_text

_OPTIONAL = ("url", "title", "outlet", "published", "author")


def read_jsonl(content: str, source: str, *, own_path: bool = True) -> Iterator[Article | IngestError]:
    """Each good line gives an Article; each bad line an IngestError naming ``source:line``."""
    for number, line in enumerate(content.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            yield _article(line, where, [], own_path)
        except IngestError as error:
            yield error


def read_jsonl_stream(stream: io.BufferedIOBase, source: str, *, own_path: bool = True
                      ) -> Iterator[Article | IngestError]:
    """Like :func:`read_jsonl`, from UTF-8 bytes; a line over the size budget is rejected unread."""
    for number, raw in lines(stream):
        where = f"{source}:{number}"
        if raw is None:
            yield IngestError(where, limits.over_budget(f"a line of more than {limits.MAX_ARTICLE_BYTES:,} bytes"))
            continue
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            continue
        try:
            warnings: list[str] = []
            try:
                line = raw.decode("utf-8")  # JSON is UTF-8: the common case costs one decode
            except UnicodeDecodeError:
                line, warnings = decode_text(raw, where)
            yield _article(line, where, warnings, own_path)
        except IngestError as error:
            yield error


def read_json(content: str, source: str, *, own_path: bool = True) -> Iterator[Article | IngestError]:
    """A ``.json`` file: one article object, or an array of them; JSON Lines if it is neither."""
    try:
        document = json.loads(content)
    except json.JSONDecodeError:
        yield from read_jsonl(content, source, own_path=own_path)
        return
    except RecursionError:
        yield IngestError(source, "JSON nested too deeply")
        return
    records = document if isinstance(document, list) else [document]
    for number, record in enumerate(records, start=1):
        where = source if len(records) == 1 and not isinstance(document, list) else f"{source}[{number}]"
        try:
            yield _from_record(record, where, [], own_path)
        except IngestError as error:
            yield error


def _article(line: str, where: str, warnings: list[str], own_path: bool) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise IngestError(where, f"malformed JSON ({error.msg} at column {error.colno})") from None
    except RecursionError:  # "[[[[…" 100,000 deep: the parser gives up, and so does this line alone
        raise IngestError(where, "JSON nested too deeply") from None
    return _from_record(record, where, warnings, own_path)


def _from_record(record: object, where: str, warnings: list[str], own_path: bool) -> Article:
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
    return article_from_text(text, where, **meta, source_id=_own_id(record.get("id"), where, warnings, own_path),
                             warnings=warnings)


def _own_id(value: object, where: str, warnings: list[str], own_path: bool) -> str | None:
    """The record's own ``id`` (what news-please or Common Crawl users join on), else where it was read."""
    if isinstance(value, str) and value.strip():
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return json.dumps(value)
    if value is not None:
        warnings.append(f"'id' is not a string or number ({type(value).__name__}); ignored")
    return where if own_path else None
