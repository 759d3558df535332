"""The pipeline fingerprint: which analysis a stored record came from, beyond the package version.

A lexicon line, a trained weight or the model manifest can change without the version changing; a
store that resumed on the version alone would keep stale rows. The fingerprint is the version plus one
SHA-256 over every data file the analysis reads (lexicons, gazetteer, trained models, the spaCy model's
file manifest, whose hashes are checked at load), computed once per process.
"""

from __future__ import annotations

import functools
import hashlib
from importlib import resources
from importlib.abc import Traversable

from .. import __version__

DATA_FOLDERS = ("lexicons", "models", "geodata")
DATA_FILES = ("model_files.sha256",)


def _files(root: Traversable) -> list[tuple[str, Traversable]]:
    found: list[tuple[str, Traversable]] = []
    for folder in DATA_FOLDERS:
        base = root.joinpath(folder)
        if base.is_dir():
            found += [(f"{folder}/{entry.name}", entry) for entry in base.iterdir() if entry.is_file()]
    found += [(name, root.joinpath(name)) for name in DATA_FILES if root.joinpath(name).is_file()]
    return sorted(found, key=lambda item: item[0])


def compute(version: str = __version__) -> str:
    """``VERSION+HEX16``: the version, then a digest over each data file's name and bytes."""
    digest = hashlib.sha256()
    for name, entry in _files(resources.files("dateline.analyze")):
        digest.update(name.encode("utf-8") + b"\x00")
        digest.update(hashlib.sha256(entry.read_bytes()).digest())
    return f"{version}+{digest.hexdigest()[:16]}"


@functools.lru_cache(maxsize=1)
def pipeline_fingerprint() -> str:
    """This process's fingerprint (data files are read once)."""
    return compute()
