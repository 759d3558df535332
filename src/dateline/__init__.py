"""dateline: news articles made answerable — who, said what, on whose authority, what happened when."""

__version__ = "0.1.0"

from .engine import Corpus, analyze

__all__ = ["Corpus", "__version__", "analyze"]
