"""Command-line paths → the files to read: directories walked, globs expanded, '-' for stdin.

Whatever cannot be entered or leads nowhere (an unreadable directory, a symlink loop, a glob that
matches only directories) comes out as an IngestError naming it, never as silence or a traceback.
"""

from __future__ import annotations

import glob
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import IngestError, os_reason

TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
WARC_SUFFIXES = {".warc", ".arc"}
KNOWN = TEXT_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES | HTML_SUFFIXES | WARC_SUFFIXES


def expand(paths: Iterable[str]) -> Iterator[str | IngestError]:
    """Directories are walked (known suffixes only, sorted); globs are expanded; '-' is stdin."""
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        try:
            mode = os.stat(raw).st_mode
        except FileNotFoundError:
            mode = None
        except OSError as error:
            yield IngestError(raw, os_reason(error))
            continue
        if mode is not None and stat.S_ISDIR(mode):
            yield from walk(Path(raw))
        elif mode is None and glob.has_magic(raw):
            yield from _globbed(raw)
        else:
            yield raw


def walk(top: Path) -> Iterator[str | IngestError]:
    """Files under ``top`` with a known suffix, sorted; symlinked directories followed once."""
    seen: set[tuple[int, int]] = set()

    def visit(folder: Path) -> Iterator[str | IngestError]:
        try:
            info = folder.stat()
            if (info.st_dev, info.st_ino) in seen:
                yield IngestError(str(folder), "symlink loop (the directory was already read)")
                return
            seen.add((info.st_dev, info.st_ino))
            with os.scandir(folder) as entries:
                children = sorted(entries, key=lambda entry: entry.name)
        except OSError as error:
            yield IngestError(str(folder), f"directory cannot be read ({os_reason(error)})")
            return
        for child in children:
            path = folder / child.name
            try:
                is_dir = child.is_dir()
                is_file = not is_dir and child.is_file()
            except OSError as error:
                is_dir = is_file = False
                if suffix(path) in KNOWN:
                    yield IngestError(str(path), os_reason(error))
                    continue
            if is_dir:
                yield from visit(path)
            elif suffix(path) in KNOWN:
                yield str(path) if is_file else IngestError(str(path), _not_a_file(path))

    yield from visit(top)


def _not_a_file(path: Path) -> str:
    """Why a directory entry with an article's name cannot be read: a dangling or looping link, a device."""
    try:
        path.stat()
    except OSError as error:
        return "symlink loop" if os_reason(error) == "symlink loop" else f"broken symlink ({os_reason(error)})"
    return "not a regular file"


def _globbed(pattern: str) -> Iterator[str | IngestError]:
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        yield IngestError(pattern, "no such file (the pattern matches nothing)")
        return
    files = [m for m in matches if not os.path.isdir(m)]
    if not files:
        yield IngestError(pattern, f"the pattern matches only directories ({len(matches)}); give a directory "
                                   "to read what is inside it")
    yield from files


def suffix(path: Path) -> str:
    """The format suffix: ``a.jsonl.gz`` → ``.jsonl``; ``a.gz`` → ``.gz``."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz" and len(suffixes) > 1:
        return suffixes[-2]
    return suffixes[-1] if suffixes else ""
