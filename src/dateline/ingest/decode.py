"""Bytes → text for inputs of unknown encoding, with a reason when they are not text at all.

Newsroom archives mix UTF-8 (with and without BOM), UTF-16 exports from Windows tools and
Latin-1/CP-1252 files from older CMSs; each must be read, and binary files must be refused
rather than analysed as mojibake.
"""

from __future__ import annotations

import codecs

from .errors import IngestError

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


def decode(data: bytes, source: str) -> str:
    """Decode ``data`` or raise :class:`IngestError` saying why it is not readable text."""
    if not data.strip():
        raise IngestError(source, "empty input")
    encoding = _sniff_encoding(data)
    if encoding is None:
        raise IngestError(source, "binary data, not text")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise IngestError(source, f"not valid {encoding} text ({error.reason} at byte {error.start})") from None
    if _looks_binary(text):
        raise IngestError(source, "binary data, not text")
    if not text.strip():
        raise IngestError(source, "empty input")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _sniff_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    if b"\x00" in data[:4096]:
        return _bomless_utf16(data[:4096])
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def _bomless_utf16(head: bytes) -> str | None:
    """UTF-16 without a BOM puts a NUL beside almost every ASCII letter; other NULs mean binary."""
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.8 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.8 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    return control > 0.01 * len(sample) + 1
