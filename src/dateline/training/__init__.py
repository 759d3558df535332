"""Fitting dateline's small shipped models from the public training data (needs the ``train`` extra)."""
