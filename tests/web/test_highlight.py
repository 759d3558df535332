"""Highlights must nest as HTML whatever the overlaps, keep every character once, and escape everything."""

from __future__ import annotations

from dateline.web.highlight import Mark, css_name, render

from .marks import highlights, marked


def page(body: str) -> str:
    return f'<div id="article-text">{body}</div>'


def test_crossing_annotations_are_cut_into_pieces_that_nest() -> None:
    text = "Officials said the talks failed on Monday, a spokesman added."
    claim = Mark(0, 41, "claim", "c1", "st-anonymous", True)
    quote = Mark(15, 61, "quote", "q1", "spk-0", True)  # starts inside the claim, ends after it
    actor = Mark(0, 9, "actor", "e1", "t-group")
    parsed = highlights(page(render(text, [quote, claim, actor])))
    assert "".join(parsed.text) == text
    texts = marked(parsed)
    assert texts[("claim", "c1", 0, 41)] == text[0:41]
    assert texts[("quote", "q1", 15, 61)] == text[15:61]
    assert texts[("actor", "e1", 0, 9)] == "Officials"
    html = render(text, [quote, claim, actor])
    assert html.count('data-ref="q1"') == 2, "the quote is cut where the claim ends"
    assert html.count('data-ref="q1" data-layer="quote" data-start="15" data-end="61" data-cont') == 1
    assert html.count('id="at-q1"') == 1 and html.count('tabindex="0" aria-describedby="tip-q1"') == 1


def test_a_claim_holds_a_quote_that_holds_an_actor_over_the_same_words() -> None:
    text = "Blinken"
    html = render(text, [Mark(0, 7, "actor", "e1"), Mark(0, 7, "quote", "q1"), Mark(0, 7, "claim", "c1")])
    assert html.index('data-ref="c1"') < html.index('data-ref="q1"') < html.index('data-ref="e1"')
    assert html.count("<mark") == 3 and html.endswith("Blinken</mark></mark></mark>")


def test_text_and_attributes_are_escaped() -> None:
    text = "<script>alert(1)</script> & \"quoted\" <img src=x onerror=alert(2)>"
    html = render(text, [Mark(0, 25, "quote", 'q1"><script>', "spk-0 \"x")])
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html
    assert 'data-ref="q1&#34;&gt;&lt;script&gt;"' in html
    assert "".join(highlights(page(html)).text) == text


def test_out_of_range_and_empty_marks_are_dropped() -> None:
    html = render("short", [Mark(2, 2, "actor", "e1"), Mark(3, 99, "claim", "c1"), Mark(-1, 2, "cue", "k1")])
    assert html == "short"


def test_class_names_from_records_are_reduced_to_safe_characters() -> None:
    assert css_name('person" onmouseover="x') == "persononmouseoverx"
    assert css_name(None) == "none" and css_name("") == "none"
    assert css_name("name_calling") == "name_calling"
