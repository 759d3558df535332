"""Collection from the web: feeds, sitemaps and URLs → articles, politely and incrementally.

``discover`` lists candidate URLs (trafilatura, courlan), ``fetch`` gets them politely, ``pages``
turns a page into an Article or a reject, ``state`` remembers what was seen, ``warc`` archives what
was fetched, and ``run`` ties one round together over the existing analysis and store.
"""

from .fetch import Fetcher, Politeness, user_agent
from .run import Collector, Source, SourceReport

__all__ = ["Collector", "Fetcher", "Politeness", "Source", "SourceReport", "user_agent"]
