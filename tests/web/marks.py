"""Read the highlights back out of a reader page's HTML: what the browser would build, checked without one."""

from __future__ import annotations

from html.parser import HTMLParser

Key = tuple[str, str, int, int]  # (layer, ref, start, end) of one annotation


class Highlights(HTMLParser):
    """Collects, inside ``#article-text``, each annotation's text (its pieces joined) and the whole text;
    raises AssertionError on a closing tag that does not match the open element (bad nesting)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, Key | None]] = []
        self.depth = -1  # stack depth of #article-text, -1 outside it
        self.text: list[str] = []
        self.marks: dict[Key, list[str]] = {}
        self.focusable: set[Key] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        key: Key | None = None
        if self.depth >= 0 and tag == "mark" and found.get("data-ref"):
            key = (found["data-layer"] or "", found["data-ref"] or "", int(found["data-start"] or 0),
                   int(found["data-end"] or 0))
            self.marks.setdefault(key, [])
            if "tabindex" in found:
                self.focusable.add(key)
        if tag in ("br", "img", "input", "meta", "link"):
            return
        self.stack.append((tag, key))
        if found.get("id") == "article-text":
            self.depth = len(self.stack) - 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("br", "img", "input", "meta", "link"):
            return
        opened, _ = self.stack.pop()
        assert opened == tag, f"</{tag}> closes <{opened}>: the highlights do not nest"
        if len(self.stack) == self.depth:
            self.depth = -1

    def handle_data(self, data: str) -> None:
        if self.depth < 0:
            return
        self.text.append(data)
        for _, key in self.stack:
            if key is not None:
                self.marks[key].append(data)


def highlights(html: str) -> Highlights:
    parser = Highlights()
    parser.feed(html)
    parser.close()
    return parser


def marked(parser: Highlights) -> dict[Key, str]:
    """Each annotation → the text its pieces cover, joined."""
    return {key: "".join(parts) for key, parts in parser.marks.items()}
