"""Name hygiene: debris around the model's spans, two names in one span, common words, honours."""

from __future__ import annotations

import re

from spacy.tokens import Span

from dateline.analyze import analyze_articles
from dateline.analyze.gazetteer import gazetteer
from dateline.analyze.spans import common_word, parts, without_trailing_title
from dateline.ingest import article_from_text
from dateline.model import Analysis


def _parts(nlp, text: str, label: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    return [(s.text, kind) for s, kind in parts(Span(doc, 0, len(doc)), label, gazetteer())]


def test_leading_debris_is_not_part_of_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _parts(nlp, "’s Office", "organisation") == [("Office", "organisation")]
    assert _parts(nlp, "-Designate Mary Holt", "person") == [("Mary Holt", "person")]
    assert _parts(nlp, "a European Space Agency", "organisation") == [("European Space Agency", "organisation")]
    assert _parts(nlp, "Ms Ada Berg", "person") == [("Ada Berg", "person")]


def test_a_span_without_a_capital_is_no_name(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _parts(nlp, "potential exchange", "organisation") == []
    assert _parts(nlp, "eBay", "organisation") == [("eBay", "organisation")]  # one capital is enough


def test_brackets_slashes_and_dashes_after_a_place_separate_names(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _parts(nlp, "European Space Agency (ESA", "organisation") == [
        ("European Space Agency", "organisation"), ("ESA", "organisation")]
    assert _parts(nlp, "Harbour Gallery / Kestrel Studios", "organisation") == [
        ("Harbour Gallery", "organisation"), ("Kestrel Studios", "organisation")]
    assert _parts(nlp, "Lithuania - Jonas Petraitis", "person") == [("Lithuania", "place"),
                                                                     ("Jonas Petraitis", "person")]


def test_a_dash_inside_a_name_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _parts(nlp, "Society for Franco - German Studies", "organisation") == [
        ("Society for Franco - German Studies", "organisation")]
    assert _parts(nlp, "Guinea-Bissau", "place") == [("Guinea-Bissau", "place")]


def test_a_title_at_the_end_of_an_organisation_is_cut(nlp) -> None:  # type: ignore[no-untyped-def]
    titles = re.compile(r"(?i)(?:spokesperson|minister|justice)")
    doc = nlp.make_doc("Foreign Ministry Spokesperson")
    assert without_trailing_title(Span(doc, 0, 3), titles).text == "Foreign Ministry"
    doc = nlp.make_doc("Ministry of Justice")  # "Justice" ends the name of the ministry: not a title here
    assert without_trailing_title(Span(doc, 0, 3), titles).text == "Ministry of Justice"


def test_a_common_noun_opening_sentences_is_not_a_name() -> None:
    text = "Drought hit the north. The drought was long. Farmers fear drought."
    assert common_word("Drought", text, {0, 23, 45}, [])
    # hard negative: a surname that is also a word, capitalised where no capital is forced
    text = "Reporters asked Senator Bush about the bush fires. Bush said crews were ready."
    assert not common_word("Bush", text, {0, 51}, [])


def _analyse(nlp, text: str) -> Analysis:  # type: ignore[no-untyped-def]
    result = next(iter(analyze_articles([article_from_text(text, "<test>")], nlp)))
    assert isinstance(result, Analysis)
    return result


def test_honours_after_a_name_are_not_entities(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analyse(nlp, "The prosecutor, Mark Eze, QC, told the jury the parents had ignored medical advice. "
                             "Defence counsel Ruth Obi, SC, said the child had been loved.")
    names = [e.name for e in analysis.entities]
    assert "QC" not in names and "SC" not in names
    assert "Mark Eze" in names
