"""The corpus layer: what is only seen across articles — copies, stories, timelines, the actor graph,
outlet comparison, quote propagation.

It works over the store's query interface (``Store.analyses`` streams stored records, SQLite or PostgreSQL) and writes
its own tables; the per-article layers never look across articles. Modules, one job each:
  (see each module's docstring)
"""
