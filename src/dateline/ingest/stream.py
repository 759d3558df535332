"""Byte streams with a budget: gzip is decompressed as it is read, so no input is ever expanded whole.

Every reader takes what it needs from a stream and stops at the size budget (``limits``); a gzip
bomb is refused after ``MAX_ARTICLE_BYTES`` of output, not after it filled the memory.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from . import limits
from .errors import IngestError

GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 16


class CorruptGzip(OSError):
    """Raised from inside a read: the compressed data is damaged (a reader turns it into a reject)."""


class Rewound(io.RawIOBase):
    """``head`` (bytes already read to tell the format) followed by the rest of ``stream``."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self.head, self.stream = head, stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self.head:
            size = min(len(buffer), len(self.head))
            buffer[:size] = self.head[:size]
            self.head = self.head[size:]
            return size
        data = self.stream.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


class Gunzip(io.RawIOBase):
    """Decompress gzip (all members, as ``gzip -d`` does) a buffer at a time."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.pending = b""
        self.decompressor: zlib._Decompress | None = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self.started = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while self.decompressor is not None:
            if not self.pending:
                self.pending = self.stream.read(_CHUNK)
                if not self.pending:
                    if self.started:
                        raise CorruptGzip("gzip data ends before its end marker (truncated)")
                    self.decompressor = None
                    break
            self.started = True
            try:
                data = self.decompressor.decompress(self.pending, len(buffer))
            except zlib.error as error:
                raise CorruptGzip(str(error)) from None
            self.pending = self.decompressor.unconsumed_tail
            if self.decompressor.eof:
                self._next_member(self.decompressor.unused_data)
            if data:
                buffer[:len(data)] = data
                return len(data)
        return 0

    def _next_member(self, rest: bytes) -> None:
        """After one member: another member, padding with NULs, or trailing bytes that are no gzip."""
        rest = rest or self.stream.read(_CHUNK)
        while rest and not rest.strip(b"\x00"):
            rest = self.stream.read(_CHUNK)
        if not rest:
            self.decompressor = None
        elif rest.startswith(GZIP_MAGIC[:len(rest)]):
            self.decompressor, self.pending, self.started = zlib.decompressobj(16 + zlib.MAX_WBITS), rest, False
        else:
            raise CorruptGzip("bytes that are not gzip after the end of the gzip data")


def read_upto(stream: BinaryIO | io.RawIOBase, size: int) -> bytes:
    """Up to ``size`` bytes: fewer only at the end of the stream (pipes return short reads)."""
    parts, got = [], 0
    while got < size:
        part = stream.read(min(size - got, 1 << 20))
        if not part:
            break
        parts.append(part)
        got += len(part)
    return b"".join(parts)


def read_capped(stream: BinaryIO | io.RawIOBase, source: str) -> bytes:
    """The whole stream, or an IngestError once it is over the size budget (the rest is never read)."""
    data = read_upto(stream, limits.MAX_ARTICLE_BYTES + 1)
    if len(data) > limits.MAX_ARTICLE_BYTES:
        raise IngestError(source, limits.over_budget(f"more than {limits.MAX_ARTICLE_BYTES:,} bytes"))
    return data


def lines(stream: io.BufferedIOBase) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) for each line; ``None`` for a line over the size budget (skipped, not held)."""
    number = 0
    while True:
        line = stream.readline(limits.MAX_ARTICLE_BYTES + 1)
        if not line:
            return
        number += 1
        if len(line) > limits.MAX_ARTICLE_BYTES and not line.endswith(b"\n"):
            while (more := stream.readline(_CHUNK)) and not more.endswith(b"\n"):
                pass
            yield number, None
            continue
        yield number, line


def gunzip_head(head: bytes, size: int = 8192) -> bytes:
    """The first decompressed bytes of gzip data, to tell what it holds (empty when it is corrupt)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, size)
    except zlib.error:
        return b""
