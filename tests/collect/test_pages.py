"""Non-article pages are told apart from articles by classes of markup, each with a hard negative beside it;
URLs are canonicalised and entry dates compared as instants. No network: pages are strings here."""

from __future__ import annotations

from dateline.collect.discover import Candidate, canonical_url, newer, read_feed, read_sitemap, refusal
from dateline.collect.fetch import Response
from dateline.collect.pages import not_an_article, read_page

from .site import BRIDGE_VOTE, PORT_STRIKE, SECTION_LINKS, _article_page, _list_page

BASE = "http://127.0.0.1:9"


def page(html: str, path: str = "/news/x") -> Response:
    return Response(BASE + path, BASE + path, 200, {"content-type": "text/html; charset=utf-8"}, html.encode())


def test_live_blogs_by_schema_or_address_but_not_a_story_about_live_music() -> None:
    marked = _article_page("Election night", BRIDGE_VOTE,
                           extra_head='<script type="application/ld+json">{"@type": "LiveBlogPosting"}</script>')
    assert not_an_article(marked, BASE + "/politics/election-night") is not None
    assert not_an_article(_article_page("Election", BRIDGE_VOTE), BASE + "/world/live/election") is not None
    story = _article_page("Live music returns to the old harbour", BRIDGE_VOTE)
    assert not_an_article(story, BASE + "/culture/live-music-returns") is None


def test_video_pages_but_not_an_article_that_embeds_a_video() -> None:
    clip = ('<html><head><meta property="og:type" content="video.other"><title>Tour</title></head>'
            "<body><video src='/a.mp4'></video><p>Three minutes at dawn.</p></body></html>")
    assert not_an_article(clip, BASE + "/clips/tour") is not None
    embedded = _article_page("Dock strike ends", PORT_STRIKE, extra_head='<meta property="og:video" content="/a.mp4">')
    assert not_an_article(embedded, BASE + "/video/dock-strike-ends") is None  # og:type article wins over the path


def test_section_pages_by_link_share_but_not_an_article_with_links() -> None:
    assert not_an_article(_list_page("World", SECTION_LINKS), BASE + "/world") is not None
    linked = _article_page("Dock strike ends", PORT_STRIKE.replace("union leader", "<a href='/p/vos'>union leader</a>"))
    assert not_an_article(linked, BASE + "/news/dock") is None


def test_paywall_stub_but_not_a_short_brief_or_a_full_article_with_a_newsletter_box() -> None:
    stub = _article_page("Budget", "BERLIN — The ministry presented a budget that").replace(
        "</article>", "</article><p>Subscribe to continue reading.</p>")
    result = read_page(page(stub), Candidate(BASE + "/news/x", BASE))
    assert result.article is None and (result.reason or "").startswith("paywall stub")
    brief = _article_page("Fishermen rescued", "VALLETTA, Malta — Malta's coast guard rescued 14 fishermen.")
    assert read_page(page(brief), Candidate(BASE + "/news/x", BASE)).article is not None
    full = _article_page("Dock strike ends", PORT_STRIKE + "\n\nSubscribe to continue reading our newsletter.",
                         extra_head='<script type="application/ld+json">{"isAccessibleForFree": false}</script>')
    assert read_page(page(full), Candidate(BASE + "/news/x", BASE)).article is not None


def test_feed_values_fill_what_the_page_lacks_and_the_page_wins_otherwise() -> None:
    bare = _article_page("Bridge vote", BRIDGE_VOTE, author=None, date=None, site=None)
    entry = Candidate(BASE + "/news/x", BASE + "/feed", "Feed title", "Mon, 06 May 2024 08:00:00 GMT", "Desk",
                      "Lisbon Daily", "pt")
    article = read_page(page(bare), entry).article
    assert article is not None
    assert (article.title, article.author, article.published, article.outlet, article.language) == (
        "Bridge vote", "Desk", "2024-05-06T08:00:00+00:00", "Lisbon Daily", "en")


def test_canonical_urls_and_url_refusals() -> None:
    assert canonical_url("/news/a?utm_source=rss&id=3#top", BASE + "/feed") == BASE + "/news/a?id=3"
    assert canonical_url("mailto:desk@example.org") is None
    assert refusal(BASE + "/tag/harbour") and refusal(BASE + "/") and refusal(BASE + "/media/clip.mp4")
    assert refusal(BASE + "/news/tagus-bridge-vote") is None


def test_entry_dates_compare_as_instants_across_formats() -> None:
    assert not newer("2024-05-02T09:30:00Z", "Thu, 02 May 2024 09:30:00 GMT")
    assert newer("2024-05-02T12:00:00+02:00", "2024-05-02T09:30:00Z")
    assert not newer(None, "2024-05-02") and newer("2024-05-02", None)


def test_feed_entries_and_news_sitemap_metadata() -> None:
    rss = ('<rss version="2.0"><channel><language>en-gb</language><item><title>A</title>'
           f"<link>{BASE}/news/a</link><pubDate>Mon, 06 May 2024 08:00:00 GMT</pubDate></item></channel></rss>")
    listing = read_feed(rss, BASE + "/feed.xml")
    assert [(c.url, c.title, c.published, c.language) for c in listing.candidates] == [
        (BASE + "/news/a", "A", "Mon, 06 May 2024 08:00:00 GMT", "en")]
    homepage = read_feed('<html><head><link rel="alternate" type="application/atom+xml" href="/atom.xml"></head>'
                         "<body><p>Front</p></body></html>", BASE + "/")
    assert homepage.more == [BASE + "/atom.xml"] and not homepage.candidates
    index = ('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             f"<sitemap><loc>{BASE}/sitemap-news.xml</loc></sitemap></sitemapindex>")
    assert read_sitemap(index, BASE + "/sitemap.xml").more == [BASE + "/sitemap-news.xml"]
