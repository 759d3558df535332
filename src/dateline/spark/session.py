"""The Spark session ``dateline spark`` runs in: local mode bound to 127.0.0.1, or whatever spark-submit set up.

Local mode (``--master local[N]``, the default ``local[*]``) never listens on another address: the driver binds to
loopback, SPARK_LOCAL_IP says the same to the executors, the web UI is off, and the Python workers run this
interpreter (so they import the same dateline) and Spark logs errors only (SPARK_CONF_DIR, unless set, is this
package, for its log4j2.properties). Under ``spark-submit`` its ``--master`` and ``--conf`` rule and only
a ``--master`` given to dateline itself is added.
"""

from __future__ import annotations

import os
import sys
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

LOOPBACK = "127.0.0.1"
DEFAULT_MASTER = "local[*]"


class SparkUnavailable(RuntimeError):
    """pyspark is not installed or Spark could not start (no Java): the message says which and what to do."""


def submitted() -> bool:
    """Whether spark-submit started this process (it hands the JVM over through this variable)."""
    return "PYSPARK_GATEWAY_PORT" in os.environ


def start(master: str | None = None, app: str = "dateline") -> SparkSession:
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise SparkUnavailable("dateline spark needs pyspark: pip install 'dateline[spark]'") from None
    builder = SparkSession.builder.appName(app)
    if master is None and not submitted():
        master = DEFAULT_MASTER
    if master is not None:
        builder = builder.master(master)
    if master is not None and master.startswith("local"):
        os.environ["SPARK_LOCAL_IP"] = LOOPBACK
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_CONF_DIR", str(resources.files("dateline.spark")))  # its log4j2.properties
        for key, value in local_conf().items():
            builder = builder.config(key, value)
    try:
        return builder.getOrCreate()
    except Exception as error:  # PySparkRuntimeError JAVA_GATEWAY_EXITED: no java, or it failed to start
        first = (str(error).strip().splitlines() or [type(error).__name__])[0][:200]
        raise SparkUnavailable(f"Spark could not start ({first}); it needs Java 17 or later on the PATH "
                               "or in JAVA_HOME") from error


def local_conf() -> dict[str, str]:
    """What local mode needs to stay on loopback and quiet."""
    return {"spark.driver.host": LOOPBACK, "spark.driver.bindAddress": LOOPBACK,
            "spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false",
            "spark.python.worker.reuse": "true"}
