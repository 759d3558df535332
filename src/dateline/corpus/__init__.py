"""The corpus layer: what is only seen across articles — copies, stories, timelines, the actor graph,
outlet comparison, quote propagation.

It works over the store's query interface (``SQLiteStore.analyses`` streams stored records) and writes
its own tables; the per-article layers never look across articles. Modules, one job each:
  (see each module's docstring)
"""
