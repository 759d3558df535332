"""Bytes → text for inputs of unknown encoding, with a reason when they are not text at all.

Newsroom archives mix UTF-8 (with and without BOM), UTF-16 exports from Windows tools and
Latin-1/CP-1252 files from older CMSs; each must be read, and binary files must be refused
rather than analysed as mojibake.
"""

from __future__ import annotations

import codecs
import re

from .errors import IngestError

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
# a lead byte followed by the right number of continuation bytes (overlongs and surrogates excluded)
_VALID_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)


def decode(data: bytes, source: str) -> str:
    """Decode ``data`` or raise :class:`IngestError` saying why it is not readable text."""
    return decode_text(data, source)[0]


def decode_text(data: bytes, source: str) -> tuple[str, list[str]]:
    """(text, warnings): like :func:`decode`, and says which bytes had to be replaced."""
    if not data.strip():
        raise IngestError(source, "empty input")
    encoding = _sniff_encoding(data)
    if encoding is None:
        raise IngestError(source, "binary data, not text")
    warnings: list[str] = []
    if encoding == "utf-8?":
        text, bad = _utf8_replacing(data)
        warnings.append(f"{bad} byte(s) that are not valid UTF-8 replaced with U+FFFD")
    else:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as error:
            raise IngestError(source, f"not valid {encoding} text ({error.reason} at byte {error.start})") from None
    if _looks_binary(text):
        raise IngestError(source, "binary data, not text")
    if not text.strip():
        raise IngestError(source, "empty input")
    return text.replace("\r\n", "\n").replace("\r", "\n"), warnings


def _sniff_encoding(data: bytes) -> str | None:
    """A codec name; ``utf-8?`` for UTF-8 with some invalid bytes (decode it replacing only those).

    A file that holds valid multi-byte UTF-8 is UTF-8 even when a few bytes are not: decoding it
    whole as CP-1252 would turn every dash and curly quote into mojibake (and lose the dateline's
    dash). Only a file with no valid multi-byte sequence at all is taken for a legacy 8-bit one.
    """
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
    if _VALID_MULTIBYTE.search(data):
        return "utf-8?"
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def _utf8_replacing(data: bytes) -> tuple[str, int]:
    text = data.decode("utf-8", errors="replace")
    return text, text.count("\ufffd") - data.count("\ufffd".encode())


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
