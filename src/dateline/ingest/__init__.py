"""Sources → Articles: one module per format; every failure is an IngestError naming its input."""

from .errors import IngestError
from .html import article_from_html
from .sources import read_sources
from .text import article_from_text

__all__ = ["IngestError", "article_from_html", "article_from_text", "read_sources"]
