"""A synthetic news site on 127.0.0.1 for the collection tests: feeds, a news sitemap, robots.txt,
wire-style articles (written for these tests), and every kind of page collection must refuse.

The server logs each request (time, path, status, conditional headers) so tests measure politeness
and incrementality on the server side. ``site.version = 2`` changes one article and its feed entries.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT_STRIKE = """ROTTERDAM, Netherlands — Dock workers at the port of Rotterdam returned to work on Thursday after
their union accepted a pay offer that ends a nine-day strike, union leader Anneke Vos said.

"The members voted to accept, and the cranes will be moving by tonight," Vos told reporters outside the
union's offices. The port authority said about 40 container ships had been waiting at anchor.

The agreement raises wages by 6 percent this year and 4 percent next year, according to a statement from
the employers' association. Transport Minister Pieter Jansen welcomed the deal and said the government
would review safety rules at the terminals.

Shipping analysts said the backlog could take two weeks to clear. Retailers had warned of empty shelves
before the holiday season if the stoppage continued."""

RAIL_DEAL_V1 = """NAIROBI, Kenya — Kenya and Uganda signed an agreement on Tuesday to extend a standard-gauge railway
to the border town of Malaba, the Kenyan transport ministry said.

Transport Secretary Grace Wanjiru said construction would begin next year. "This line will cut the cost
of moving goods to Kampala by a third," she said at the signing ceremony in Nairobi.

Ugandan officials said their country would finance its own section of the line. The two governments did
not say how much the extension would cost."""

RAIL_DEAL_V2 = """NAIROBI, Kenya — Kenya and Uganda signed an agreement on Tuesday to extend a standard-gauge railway
to the border town of Malaba, the Kenyan transport ministry said.

Transport Secretary Grace Wanjiru said construction would begin in March. "This line will cut the cost
of moving goods to Kampala by a third," she said at the signing ceremony in Nairobi.

Ugandan officials said their country would finance its own section of the line. The ministry later said
the extension would cost about 1.2 billion dollars, most of it lent by a consortium of regional banks."""

BRIDGE_VOTE = """LISBON, Portugal — Lisbon's city council approved plans on Monday for a third bridge across the
Tagus river, Mayor Ricardo Matos said after a vote of 11 to 6.

Opposition councillors said the project would bring more traffic into the city centre. "We are building
for the next fifty years," Matos said. Environmental groups said they would challenge the decision in
court, arguing that the estuary's wetlands had not been studied closely enough."""

QUIET_HARBOR = """VALLETTA, Malta — Malta's coast guard rescued 14 fishermen on Saturday after their trawler lost
power in a storm south of the island, the armed forces said in a statement.

All of the crew were brought to Valletta and none needed hospital treatment, the statement said. The
coast guard said a patrol boat had towed the trawler to port late in the evening."""

FLAKY = """DAKAR, Senegal — Senegal's electoral commission published the final list of candidates on Friday,
confirming that 19 people will stand in next month's presidential election, commission chairman Amadou
Diallo said. Two candidates who had been excluded said they would appeal to the constitutional council."""

FERRY = """PIRAEUS, Greece — Greek ferry crews will strike for 24 hours on Wednesday over pay, the seamen's
union said, halting sailings between Piraeus and the Aegean islands. The shipping ministry said it would
ask a court to rule the strike unlawful."""

PAYWALL_TEASER = """BERLIN, Germany — The finance ministry presented a draft budget on Wednesday that"""


def _article_page(title: str, body: str, *, author: str | None = "Staff Reporter", date: str | None = "2024-05-02",
                  canonical: str | None = None, site: str | None = "Harbor Wire", extra_head: str = "",
                  chrome: str = "") -> str:
    paragraphs = "".join(f"<p>{p.strip()}</p>\n" for p in body.split("\n\n"))
    meta = [f'<meta property="og:title" content="{title}">', '<meta property="og:type" content="article">']
    if author:
        meta.append(f'<meta name="author" content="{author}">')
    if date:
        meta.append(f'<meta property="article:published_time" content="{date}T09:30:00Z">')
    if site:
        meta.append(f'<meta property="og:site_name" content="{site}">')
    if canonical:
        meta.append(f'<link rel="canonical" href="{canonical}">')
    return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{title}</title>'
            + "".join(meta) + extra_head + f"</head><body>{chrome}<article><h1>{title}</h1>\n{paragraphs}"
            "</article></body></html>")


def _list_page(title: str, links: list[str]) -> str:
    items = "".join(f'<li><a href="/news/item-{i}">{text}</a></li>' for i, text in enumerate(links))
    return (f'<!DOCTYPE html><html lang="en"><head><title>{title}</title><meta property="og:type" content="website">'
            f"</head><body><h1>{title}</h1><ul>{items}</ul></body></html>")


SECTION_LINKS = [f"Story number {i} about the harbour, the ferries and the weather on the coast" for i in range(25)]


@dataclass
class Hit:
    at: float
    path: str
    status: int
    if_none_match: str | None
    user_agent: str | None


@dataclass
class Site:
    base: str = ""
    version: int = 1
    hits: list[Hit] = field(default_factory=list)
    flaky_calls: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def requests(self, since: int = 0) -> list[Hit]:
        with self.lock:
            return list(self.hits[since:])

    def paths(self, since: int = 0) -> list[str]:
        return [h.path for h in self.requests(since)]

    def url(self, path: str) -> str:
        return self.base + path

    # --- the pages -------------------------------------------------------------------------------
    def rss(self) -> str:
        items = [("Dock strike ends", "/news/port-strike", "Thu, 02 May 2024 09:30:00 GMT"),
                 ("Bridge vote", "/old/bridge-vote", "Mon, 06 May 2024 08:00:00 GMT"),
                 ("Syndicated: dock strike ends", "/wire/port-strike-syndicated?utm_source=rss",
                  "Thu, 02 May 2024 10:00:00 GMT"),
                 ("Harbour tag", "/tag/harbour", None), ("World", "/world", None),
                 ("Harbour tour", "/video/harbour-tour", None), ("Budget", "/news/budget-premium", None),
                 ("Election night", "/live/election-night", None), ("Gone", "/news/missing", None),
                 ("Huge", "/news/huge", None), ("Memo", "/private/leaked-memo", None)]
        body = "".join(f"<item><title>{t}</title><link>{self.base}{p}</link>"
                       + (f"<pubDate>{d}</pubDate>" if d else "") + "<dc:creator>Wire Desk</dc:creator></item>"
                       for t, p, d in items)
        return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Harbor Wire</title>'
                f"<link>{self.base}/</link><language>en-us</language>{body}</channel></rss>")

    def atom(self) -> str:
        updated = "2024-05-07T12:00:00Z" if self.version == 2 else "2024-05-07T08:00:00Z"
        entries = [("Kenya and Uganda sign rail deal", "/news/rail-deal", "2024-05-07T08:00:00Z", updated),
                   ("Dock strike ends", "/news/port-strike", "2024-05-02T09:30:00Z", "2024-05-02T09:30:00Z")]
        body = "".join(f'<entry><title>{t}</title><link rel="alternate" href="{self.base}{p}"/>'
                       f"<id>{self.base}{p}</id><published>{pub}</published><updated>{upd}</updated>"
                       "<author><name>Regional Desk</name></author></entry>" for t, p, pub, upd in entries)
        return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
                f"<title>Harbor Wire</title><id>{self.base}/atom.xml</id><updated>{updated}</updated>{body}</feed>")

    def sitemap(self) -> str:
        urls = [("/news/quiet-harbor", "Coast guard rescues 14 fishermen", "2024-05-04T18:00:00Z"),
                ("/news/bridge-vote", "Lisbon council approves third Tagus bridge", "2024-05-06T08:00:00Z")]
        body = "".join(f"<url><loc>{self.base}{p}</loc><news:news><news:publication><news:name>Harbor Wire Malta"
                       f"</news:name><news:language>en</news:language></news:publication>"
                       f"<news:publication_date>{d}</news:publication_date><news:title>{t}</news:title>"
                       "</news:news></url>" for p, t, d in urls)
        return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{body}</urlset>')

    def page(self, path: str) -> tuple[int, str, str, dict[str, str]]:
        """(status, content type, body, extra headers) for a path."""
        html = "text/html; charset=utf-8"
        if path == "/robots.txt":
            return 200, "text/plain", "User-agent: *\nDisallow: /private/\n", {}
        if path == "/":
            return 200, html, ('<html><head><title>Harbor Wire</title><link rel="alternate" '
                               'type="application/rss+xml" href="/feed.xml"></head><body><p>Front page</p>'
                               "</body></html>"), {}
        if path == "/feed.xml":
            return 200, "application/rss+xml", self.rss(), {}
        if path == "/atom.xml":
            return 200, "application/atom+xml", self.atom(), {}
        if path == "/news-sitemap.xml":
            return 200, "application/xml", self.sitemap(), {}
        if path == "/sitemap-index.xml":
            return 200, "application/xml", ('<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/'
                                             f'schemas/sitemap/0.9"><sitemap><loc>{self.base}/news-sitemap.xml.gz'
                                             "</loc></sitemap></sitemapindex>"), {}
        if path == "/news-sitemap.xml.gz":  # a gzip file, not a gzip Content-Encoding
            return 200, "application/x-gzip", self.sitemap(), {"X-Gzip-File": "1"}
        if path == "/news/port-strike":
            return 200, html, _article_page("Dock strike ends at Rotterdam port", PORT_STRIKE,
                                            canonical=self.base + "/news/port-strike"), {}
        if path == "/wire/port-strike-syndicated":
            return 200, html, _article_page("Dock strike ends at Rotterdam port", PORT_STRIKE, site="Partner Daily",
                                            chrome="<nav><a href='/'>Partner Daily home</a></nav>"), {}
        if path == "/news/rail-deal":
            body = RAIL_DEAL_V2 if self.version == 2 else RAIL_DEAL_V1
            return 200, html, _article_page("Kenya and Uganda sign rail deal", body, date="2024-05-07"), {}
        if path == "/old/bridge-vote":
            return 301, html, "", {"Location": "/moved/bridge-vote"}
        if path == "/moved/bridge-vote":
            return 302, html, "", {"Location": self.base + "/news/bridge-vote"}
        if path == "/news/bridge-vote":
            return 200, html, _article_page("Lisbon council approves third Tagus bridge", BRIDGE_VOTE,
                                            date="2024-05-06"), {}
        if path == "/news/quiet-harbor":  # no date, author or site name: the sitemap's values fill in
            return 200, html, _article_page("Coast guard rescues 14 fishermen", QUIET_HARBOR, author=None, date=None,
                                            site=None), {}
        if path == "/world":
            return 200, html, _list_page("World news", SECTION_LINKS), {}
        if path == "/video/harbour-tour":
            return 200, html, ('<html lang="en"><head><title>Harbour tour</title><meta property="og:type" '
                               'content="video.other"></head><body><h1>Harbour tour</h1><video src="/tour.mp4">'
                               "</video><p>Watch a three-minute tour of the harbour at dawn, filmed from a pilot "
                               "boat as the first ferries leave for the islands.</p></body></html>"), {}
        if path == "/news/budget-premium":  # the teaser, then the subscription prompt
            teaser = _article_page("Berlin presents draft budget", PAYWALL_TEASER + " raises defence spending",
                                   extra_head='<script type="application/ld+json">{"@type": "NewsArticle", '
                                              '"isAccessibleForFree": false}</script>')
            wall = "</article><div class='wall'><p>Subscribe to continue reading. Already a subscriber?</p></div>"
            return 200, html, teaser.replace("</article>", wall), {}
        if path == "/live/election-night":
            return 200, html, _article_page("Election night as it happened", BRIDGE_VOTE, extra_head=(
                '<script type="application/ld+json">{"@type": "LiveBlogPosting"}</script>')), {}
        if path == "/news/huge":
            return 200, html, _article_page("A very long page", (PORT_STRIKE + "\n\n") * 400), {}
        if path == "/private/leaked-memo":
            return 200, html, _article_page("Memo", BRIDGE_VOTE), {}
        if path == "/news/flaky":
            self.flaky_calls += 1
            if self.flaky_calls == 1:
                return 503, "text/plain", "try again", {"Retry-After": "0"}
            return 200, html, _article_page("Senegal publishes candidate list", FLAKY, date="2024-05-10"), {}
        if path == "/news/gzip":
            return 200, html, _article_page("Greek ferry crews to strike", FERRY, site=None), {"X-Gzip": "1"}
        if path == "/news/slow":
            time.sleep(2.0)
            return 200, html, _article_page("Slow", FLAKY), {}
        return 404, "text/html", "<html><body><h1>Not found</h1></body></html>", {}


def handler_for(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            path = self.path.split("?")[0]
            hit = Hit(time.monotonic(), path, 0, self.headers.get("If-None-Match"), self.headers.get("User-Agent"))
            with site.lock:
                site.hits.append(hit)  # logged on arrival: a slow answer still counts as asked for
            status, kind, body, extra = site.page(path)
            data = body.encode("utf-8")
            tag = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'
            if status == 200 and self.headers.get("If-None-Match") == tag:
                status, data = 304, b""
            if extra.pop("X-Gzip-File", None):
                data = gzip.compress(data)
            if extra.pop("X-Gzip", None):
                data = gzip.compress(data)
                extra["Content-Encoding"] = "gzip"
            hit.status = status
            self.send_response(status)
            self.send_header("Content-Type", kind)
            if status in (200, 304):
                self.send_header("ETag", tag)
            for name, value in extra.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hangs up early (a size cap, a timeout) is what some tests do on purpose


def start(site: Site) -> ThreadingHTTPServer:
    server = _Server(("127.0.0.1", 0), handler_for(site))
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
