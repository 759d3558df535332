"""Entities corrected by the article itself: one name one type, recurrences, acronyms, surnames."""

from __future__ import annotations

from dateline.analyze import analyze_articles
from dateline.ingest import article_from_text
from dateline.model import Analysis, Entity


def _analyse(nlp, text: str) -> Analysis:  # type: ignore[no-untyped-def]
    result = next(iter(analyze_articles([article_from_text(text, "<test>")], nlp)))
    assert isinstance(result, Analysis)
    return result


def _find(analysis: Analysis, name: str) -> Entity:
    matches = [e for e in analysis.entities if e.name == name]
    assert matches, f"{name} not among {[e.name for e in analysis.entities]}"
    return matches[0]


def test_acronym_in_parentheses_joins_later_uses(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analyse(nlp, "The Nigerian Ports Authority (NPA) raised fees on Monday. "
                             "Shipping firms said the NPA had not consulted them. The NPA declined to comment.")
    npa = _find(analysis, "Nigerian Ports Authority")
    assert npa.type == "organisation"
    assert [m.text for m in npa.mentions].count("NPA") == 3
    assert "NPA" in npa.aliases


def test_surname_joins_its_full_name(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analyse(nlp, "Finance Minister Ada Obi presented the budget on Monday. "
                             "Obi said spending would rise. Critics said Obi had ignored the deficit.")
    obi = _find(analysis, "Ada Obi")
    assert obi.type == "person"
    assert len(obi.mentions) == 3
    assert not [e for e in analysis.entities if e.name == "Obi"]


def test_two_people_sharing_a_surname_stay_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analyse(nlp, "Mary Chen, the mayor, met David Chen, a union leader, on Friday. "
                             "Chen said the talks went well.")
    people = sorted(e.name for e in analysis.entities if e.type == "person")
    assert "Mary Chen" in people and "David Chen" in people
    mary, david = _find(analysis, "Mary Chen"), _find(analysis, "David Chen")
    assert len(mary.mentions) == 1 and len(david.mentions) == 1  # the bare "Chen" is not guessed


def test_a_monarchs_given_name_is_not_anothers_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analyse(nlp, "AMMAN — King Faisal met Omar Faisal, the opposition leader, in Amman on Monday. "
                             "Omar Faisal said the meeting went well.")
    omar = _find(analysis, "Omar Faisal")
    assert all("King" not in analysis.article.text[m.start - 5:m.start] for m in omar.mentions)
    assert any(e.type == "person" and e.id != omar.id for e in analysis.entities)


def test_a_surname_after_a_civil_title_still_joins(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analyse(nlp, "Senator Ruth Mbeki spoke on Monday. Later, Senator Mbeki said spending would "
                             "rise.")
    assert len(_find(analysis, "Ruth Mbeki").mentions) == 2


def test_title_words_are_not_organisations(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analyse(nlp, "U.S. Secretary of State Laura Whitcombe arrived in Cairo on Monday.")
    assert not [e for e in analysis.entities if e.name == "State"]
    assert _find(analysis, "Laura Whitcombe").type == "person"


def test_outlet_lexicon_finds_outlets_the_model_misses(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analyse(nlp, "The report was first published by Semafor and later confirmed by Reuters.")
    for name in ("Semafor", "Reuters"):
        outlet = _find(analysis, name)
        assert outlet.type == "organisation" and outlet.actor_type == "MED"
        assert outlet.rule is not None and outlet.rule.startswith("lexicon:outlets.tsv#")


def test_dateline_place_is_an_entity_with_country(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analyse(nlp, "date 2025-03-01 ZERMATT, Switzerland — Bankers gathered for the forum on Tuesday.")
    assert analysis.article.dateline is not None
    assert analysis.article.dateline.country_code == "CH"
    place = _find(analysis, "Zermatt")  # the model alone calls it an organisation
    assert place.type == "place" and place.geo is not None and place.geo.country_code == "CH"
    assert place.mentions[0].start == analysis.article.dateline.start


def test_places_that_name_one_country_merge(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analyse(nlp, "The U.S. sent aid. Officials in the United States said more would follow. "
                             "The US Navy was not involved.")
    us = [e for e in analysis.entities if e.geo is not None and e.geo.country_code == "US"]
    assert len(us) == 1


def test_demonym_adjective_is_not_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analyse(nlp, "Troops moved toward the northern Syrian city of Manbij on Monday.")
    assert not [e for e in analysis.entities if e.name == "Syrian"]
    assert _find(analysis, "Manbij").type == "place"


def test_every_mention_of_a_name_gets_the_majority_type(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analyse(nlp, "Shelling hit Kharkiv overnight. Residents of Kharkiv sheltered in the metro. "
                             "Kharkiv officials said power was cut. Kharkiv had been quiet for a week.")
    kharkiv = [e for e in analysis.entities if "Kharkiv" in e.name]
    assert len(kharkiv) == 1 and kharkiv[0].type == "place"
    assert len(kharkiv[0].mentions) == 4


def test_hyphen_and_space_spellings_are_one_person(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analyse(nlp, "Kim Jong-un inspected the missile site on Monday. Later Kim Jong Un met officers. "
                             "Kim said the army was ready.")
    kims = [e for e in analysis.entities if e.type == "person"]
    assert len(kims) == 1 and len(kims[0].mentions) >= 3
    assert {"Kim Jong-un", "Kim Jong Un"} <= {m.text for m in kims[0].mentions}


def test_a_suffix_does_not_split_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analyse(nlp, "Martin Luther King Jr. was remembered on Monday. Martin Luther King marched in 1963 "
                             "and King spoke to the crowd.")
    people = [e for e in analysis.entities if e.type == "person"]
    assert len(people) == 1 and people[0].name == "Martin Luther King Jr."


def test_father_and_son_with_different_suffixes_stay_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analyse(nlp, "Former senator Robert Vance Sr. died on Friday. His son, Robert Vance Jr., said the "
                             "family was grateful. Vance Sr. had served two terms.")
    senior, junior = _find(analysis, "Robert Vance Sr."), _find(analysis, "Robert Vance Jr.")
    assert "Vance Sr." in [m.text for m in senior.mentions]
    assert [m.text for m in junior.mentions] == ["Robert Vance Jr."]


def test_a_tie_between_types_goes_one_way_unless_the_name_is_a_real_place() -> None:
    from dateline.analyze.candidates import Candidate
    from dateline.analyze.entities import _vote_types
    from dateline.analyze.gazetteer import gazetteer

    clip = [Candidate(0, 7, "YouTube", "place", "model:ner#GPE"), Candidate(40, 47, "YouTube", "organisation", "m")]
    _vote_types(clip, gazetteer())
    assert [c.type for c in clip] == ["organisation", "organisation"]
    # hard negative: a city's name, once the club and once the city, keeps both readings
    city = [Candidate(0, 9, "Leicester", "place", "model:ner#GPE"), Candidate(40, 49, "Leicester", "organisation", "m")]
    _vote_types(city, gazetteer())
    assert [c.type for c in city] == ["place", "organisation"]


def test_crafts_are_not_actors(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.analyze.spans import is_vehicle

    assert is_vehicle("Space Shuttle Orion") and is_vehicle("USS Cole")
    assert not is_vehicle("USSR") and not is_vehicle("HMS")
    analysis = _analyse(nlp, "Space Shuttle Orion landed in Florida on Friday. Orion had spent 12 days in orbit, "
                             "NASA said.")
    assert not [e for e in analysis.entities if "Orion" in e.name]


def test_a_modified_title_leaves_no_fragment(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analyse(nlp, "Shadow Home Secretary Nadia Brook said the plan would fail. Brook spoke in London.")
    assert not [e for e in analysis.entities if e.name.startswith("Shadow")]
    carter = _find(analysis, "Nadia Brook")
    assert [r.title for r in carter.roles] == ["Shadow Home Secretary"]


def test_a_title_opening_the_sentence_is_cut_from_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analyse(nlp, "Mayor Ana Ruiz visited the flooded district on Monday. Ruiz promised new pumps.")
    ruiz = _find(analysis, "Ana Ruiz")
    assert ruiz.type == "person" and [r.title for r in ruiz.roles] == ["Mayor"]
    # hard negative: a title word opening a bridge's name makes no person
    analysis = _analyse(nlp, "President Street Bridge closed for repairs on Monday, the city said.")
    assert not [e for e in analysis.entities if e.type == "person"]


def test_a_title_and_a_surname_pick_the_one_holder_of_that_office(nlp) -> None:  # type: ignore[no-untyped-def]
    def person(text: str) -> Entity:
        return next(e for e in _analyse(nlp, text).entities if e.type == "person")

    titled = person("date 2023-05-02 President Biden met the visiting delegation on Monday.")
    assert titled.country_code == "US" and any(r.affiliation == "United States" for r in titled.roles)
    # hard negatives: no title, or a title the dictionary's holder did not hold that day
    assert person("date 2023-05-02 Mr Biden met the visiting delegation on Monday.").country_code is None
    assert person("date 2023-05-02 Senator Biden met the visiting delegation on Monday.").country_code is None
