"""HTTP face of dateline: a JSON REST API (:mod:`.api`) and a server-rendered web reader (:mod:`.pages`).

Both call :class:`dateline.Corpus` and :func:`dateline.analyze`, the same Python API as the CLI.
"""

from .app import create_app

__all__ = ["create_app"]
