"""The one error every reader raises: it names the input and says what is wrong with it."""

from __future__ import annotations

import errno


class IngestError(Exception):
    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


def os_reason(error: OSError) -> str:
    """A reject reason a user can act on, for any error the operating system gives on a path."""
    if isinstance(error, FileNotFoundError):
        return "no such file"
    if isinstance(error, IsADirectoryError):
        return "is a directory"
    if isinstance(error, PermissionError):
        return "permission denied"
    if error.errno == errno.ELOOP:
        return "symlink loop"
    return f"cannot be read ({error.strerror or error})"
