"""``python -m dateline.spark INPUT... --output DIR``, and the file ``spark-submit`` runs (same options as
``dateline spark``). Absolute imports: spark-submit runs this file as a script, not as part of the package."""

import sys

from dateline.cli import main

if __name__ == "__main__":
    main(["spark", *sys.argv[1:]], prog_name="dateline")
