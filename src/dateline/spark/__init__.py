"""``dateline spark``: the unchanged pipeline over Spark partitions, the analyses written as Parquet tables.

``session`` starts Spark (bound to loopback in local mode), ``job`` turns inputs into partitions and runs
:func:`dateline.runner.run_pairs` on each inside ``mapPartitions``, ``load`` puts the output into a store.
Needs the ``spark`` extra (pyspark, pyarrow) and Java 17 or later.
"""
