"""Spark in local mode, bound to 127.0.0.1: one session per test module (it takes seconds to start).

Without Java or pyspark the Spark tests skip, except under CI=true, where a missing one fails the run."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest


def java() -> str | None:
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").exists():
        return str(Path(home) / "bin" / "java")
    return shutil.which("java")


def require_spark() -> None:
    """Skip (or under CI=true, fail) when Spark cannot run here."""
    missing = []
    if java() is None:
        missing.append("Java (apt install openjdk-17-jre-headless)")
    try:
        import pyarrow  # noqa: F401
        import pyspark  # noqa: F401
    except ImportError:
        missing.append("pyspark/pyarrow (pip install 'dateline[spark]')")
    if missing:
        message = "Spark tests need " + " and ".join(missing)
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + " (CI=true: a missing dependency fails the run)")
        pytest.skip(message)


@pytest.fixture(scope="module")
def spark() -> Iterator[object]:
    require_spark()
    from dateline.spark.session import start

    session = start("local[2]", app="dateline-tests")
    yield session
    session.stop()
