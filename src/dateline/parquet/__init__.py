"""Analyses as Parquet tables (articles, actors, mentions, quotes, claims, cues, events, times, rejects).

The schema is derived from the typed records of :mod:`dateline.model` (``schema``), each analysis becomes
rows of every table (``rows``), a task writes its part of each table and commits it by renaming (``writer``),
and a reader scans the tables a batch at a time (``reader``). ``dateline spark`` writes them; see docs/parquet.md.
Needs pyarrow (the ``spark`` extra).
"""
