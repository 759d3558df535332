"""Entity types from lexicons, name heads, descriptors, place constructions and full names, with hard negatives.

Each test hands the rule a candidate with the model's (wrong or right) type, so that what is tested is
the rule, whatever the statistical model happens to label in the sentence.
"""

from __future__ import annotations

from dateline.analyze.candidates import Candidate
from dateline.analyze.gazetteer import gazetteer
from dateline.analyze.retype import Retyper, surnames_follow_full_names


def _retyped(nlp, text: str, name: str, kind: str) -> Candidate:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    start = text.index(name)
    candidate = Candidate(start, start + len(name), name, kind, "model:ner#TEST")
    Retyper(gazetteer())(doc, [candidate])
    return candidate


def test_a_town_after_in_or_from_is_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The delegation flew in from Tbilisi on Monday."
    assert _retyped(nlp, text, "Tbilisi", "organisation").type == "place"
    assert _retyped(nlp, "Shells fell near Lincoln on Monday.", "Lincoln", "person").type == "place"


def test_the_town_of_needs_no_gazetteer(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _retyped(nlp, "Soldiers evacuated the town of Kessomir after the attack.", "Kessomir", "organisation")
    assert found.type == "place" and found.rule == "rule:place_context#town_of"


def test_a_firm_at_a_small_namesake_town_stays_a_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    # there are small towns called Harvard; "at Harvard" said of an organisation keeps it an organisation
    assert _retyped(nlp, "Engineers at Harvard built the robot.", "Harvard", "organisation").type == "organisation"
    # a person "from" a big city's namesake: a person is retyped only after "in", "near" …
    assert _retyped(nlp, "The award went to Reading for her essay.", "Reading", "person").type == "person"


def test_a_region_after_its_town_is_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The factories in Bergamo, Lombardy, reopened on Monday."
    assert _retyped(nlp, text, "Lombardy", "person").type == "place"


def test_lexicon_names_and_heads_override_the_model(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _retyped(nlp, "Hamas said it would respond.", "Hamas", "person").type == "organisation"
    assert _retyped(nlp, "Residents of Birchwood Road found the papers.", "Birchwood Road", "person").type \
        == "place"
    assert _retyped(nlp, "The exhibit moved to the Harlow Science Center.", "Harlow Science Center", "person").type \
        == "organisation"
    # hard negative: a surname that is also a street word but not a head in the lexicon ("Lane")
    assert _retyped(nlp, "Officers met Ruth Lane on Friday.", "Ruth Lane", "person").type == "person"


def test_a_descriptor_makes_the_name_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The state news agency Belpress reported the closure."
    assert _retyped(nlp, text, "Belpress", "person").type == "organisation"
    text = "Party leader Ana Lopez spoke first."  # "party" is no descriptor: a title follows it
    assert _retyped(nlp, text, "Ana Lopez", "person").type == "person"


def test_untagged_name_after_a_descriptor_is_found(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The regional news agency Kavpress reported the fire on Monday.")
    found = Retyper(gazetteer()).untagged(doc, [])
    assert [(c.text, c.type) for c in found] == [("Kavpress", "organisation")]


def _c(text: str, kind: str, start: int = 0) -> Candidate:
    return Candidate(start, start + len(text), text, kind, "model:ner#TEST")


def test_a_word_of_a_full_name_is_that_person() -> None:
    li = _c("Li", "organisation", 40)
    surnames_follow_full_names([_c("Li Wenhua", "person"), li], gazetteer())
    assert li.type == "person"


def test_a_country_and_a_modifier_name_are_not_surnames() -> None:
    jordan = _c("Jordan", "place", 30)
    surnames_follow_full_names([_c("Michael Jordan", "person"), jordan], gazetteer())
    assert jordan.type == "place"
    daybook = _c("Daybook", "organisation", 60)
    surnames_follow_full_names([_c("Ines Moreau", "person"), _c("Moreau Daybook", "person", 30), daybook],
                               gazetteer())
    assert daybook.type == "organisation"


def test_social_platforms_are_organisations(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _retyped(nlp, "She posted the video to Twitter on Monday.", "Twitter", "person").type == "organisation"


def test_an_employer_the_gazetteer_does_not_know_is_an_organisation() -> None:
    from dateline.analyze.actors import _employers_are_organisations
    from dateline.model import Entity, Mention, Role, Span

    editor = Entity(id="e1", name="Khaled Omari", type="person", mentions=[Mention(0, 12, "Khaled Omari", "name", "m")],
                    roles=[Role("Editor", "Gulf Ledger", Span(14, 40, "editor at the Gulf Ledger"),
                                "rule:appositive_title")])
    ledger = Entity(id="e2", name="Gulf Ledger", type="place", mentions=[Mention(29, 40, "Gulf Ledger", "name", "m")])
    jeddah = Entity(id="e3", name="Jeddah", type="place", mentions=[Mention(50, 56, "Jeddah", "name", "m")])
    editor.roles.append(Role("Editor", "Jeddah", Span(14, 56, "editor in Jeddah"), "rule:appositive_title"))
    from dateline.model import Geo
    jeddah.geo = Geo("Saudi Arabia", "SA", None, None, None, 105343, "test")
    _employers_are_organisations([editor], [editor, ledger, jeddah])
    assert ledger.type == "organisation"
    assert jeddah.type == "place"  # a known place stays a place
