"""dateline: news articles made answerable — who, said what, on whose authority, what happened when.

``dateline.analyze(text_or_path)`` analyses one article; ``dateline.analyze`` is also the subpackage
of the analysis modules (made callable), so ``import dateline.analyze.pipeline`` works in any order.
"""

from typing import TYPE_CHECKING

__version__ = "0.1.0"

from .engine import Corpus

if TYPE_CHECKING:
    from .engine import analyze
else:
    from . import analyze  # the subpackage, callable as the function (see analyze/__init__.py)

__all__ = ["Corpus", "__version__", "analyze"]
