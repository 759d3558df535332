"""Who acts on whom: the actor dictionary, passives, recipients, acts done together, wishes and appeals.

Sentences written for these tests, each class with a hard negative beside it.
"""

from __future__ import annotations

from dateline.analyze import analyze_articles
from dateline.evaluation.plover import cameo_root_view
from dateline.ingest import article_from_text
from dateline.model import Analysis, Event


def _analysis(nlp, body: str, day: str = "2015-06-09") -> Analysis:  # type: ignore[no-untyped-def]
    result = next(iter(analyze_articles([article_from_text(f"date {day}\n{body}\n", "<test>")], nlp)))
    assert isinstance(result, Analysis)
    return result


def _event(nlp, body: str, trigger: str, day: str = "2015-06-09") -> Event:  # type: ignore[no-untyped-def]
    events = [e for e in _analysis(nlp, body, day).events if e.trigger.text == trigger]
    assert events, body
    return events[0]


def test_a_leader_known_by_surname_gets_country_and_office_for_the_day(nlp) -> None:  # type: ignore[no-untyped-def]
    body = "Putin told reporters that Senator Adaeze Okafor had not called."
    people = {e.name: e for e in _analysis(nlp, body).entities if e.type == "person"}
    assert people["Putin"].country_code == "RU" and people["Putin"].actor_type == "GOV"
    assert "lexicon:cameo_people.tsv#vladimir putin" in (people["Putin"].rule or "")
    assert people["Adaeze Okafor"].country_code is None  # a name the dictionary does not hold stays unplaced
    before = {e.name: e for e in _analysis(nlp, body, "1995-03-01").entities if e.type == "person"}
    assert before["Putin"].country_code == "RU" and before["Putin"].actor_type != "GOV"  # not yet in office


def test_the_by_agent_of_a_shared_passive_is_the_source(nlp) -> None:  # type: ignore[no-untyped-def]
    released = _event(nlp, "The aid workers seized in March were released on Sunday by the militia.", "released")
    assert released.source is not None and released.source.name == "militia"
    assert released.target is not None and "aid workers" in released.target.name
    active = _event(nlp, "The militia released the aid workers on Sunday.", "released")
    assert active.source is not None and active.source.name == "militia"


def test_whoever_fired_the_weapon_is_the_source(nlp) -> None:  # type: ignore[no-untyped-def]
    hit = _event(nlp, "The supply depot was destroyed by a rocket launched by militia fighters.", "destroyed")
    assert hit.source is not None and "militia fighters" in hit.source.name
    plain = _event(nlp, "The supply depot was destroyed by militia fighters.", "destroyed")
    assert plain.source is not None and "militia fighters" in plain.source.name


def test_the_recipient_of_a_supply_is_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    supply = _event(nlp, "Canada will supply tents to Haiti", "supply")
    assert supply.target is not None and supply.target.country_code == "HT"
    kept = _event(nlp, "Canada will supply Haiti with tents.", "supply")
    assert kept.target is not None and kept.target.country_code == "HT"


def test_a_weekday_after_the_partner_does_not_hide_the_partner(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser sometimes makes the weekday the head ("with [Musa Bello] Tuesday" as one compound)
    from spacy.tokens import Doc

    from dateline.analyze.events import _pobj

    words = ["The", "envoy", "met", "with", "Musa", "Bello", "Tuesday", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 2, 2, 2, 6, 6, 3, 2],
              deps=["det", "nsubj", "ROOT", "prep", "compound", "compound", "pobj", "punct"],
              pos=["DET", "NOUN", "VERB", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT"], ents=["O"] * 6 + ["B-DATE", "O"])
    partner = _pobj(doc[2], ("with",))
    assert partner is not None and partner.text == "Bello"
    alone = Doc(nlp.vocab, words=["They", "met", "on", "Tuesday"], heads=[1, 1, 1, 2],
                deps=["nsubj", "ROOT", "prep", "pobj"], ents=["O", "O", "O", "B-DATE"])
    assert _pobj(alone[1], ("on",)) is None  # a bare day is never a partner
    met = _event(nlp, "The Ghanaian trade minister met with Nigerian President Musa Bello Tuesday in Abuja.", "met")
    assert met.target is not None and met.target.country_code == "NG"
    assert met.date is not None and met.date.value == "2015-06-09"


def test_acts_done_together_are_reciprocal(nlp) -> None:  # type: ignore[no-untyped-def]
    met = _event(nlp, "Amara Okonkwo and Karim Haddad met in Geneva on Monday.", "met")
    assert met.target is not None and met.target.name == "Karim Haddad"
    assert met.reciprocal
    talks = _event(nlp, "Amara Okonkwo held talks with Karim Haddad on Monday.", "talks")
    assert talks.reciprocal
    attack = _event(nlp, "Amara Okonkwo and Karim Haddad attacked the convoy on Monday.", "attacked")
    assert not attack.reciprocal and attack.target is not None and attack.target.name != "Karim Haddad"


def test_wanting_to_act_is_the_act_wanting_someone_to_act_is_an_appeal(nlp) -> None:  # type: ignore[no-untyped-def]
    own = _analysis(nlp, "The minister wants to help the refugees.").events
    assert [e.trigger.text for e in own] == ["help"] and own[0].modality == "hypothetical"
    appeal = _event(nlp, "The senator wants the army to withdraw its units from the valley.", "wants")
    assert appeal.category == "DEMAND" and appeal.cameo == "020" and appeal.rule == "rule:wants_someone_to_act"
    assert appeal.target is not None and appeal.target.name == "army"


def test_a_noun_of_the_stop_list_is_a_target_only_with_its_words(nlp) -> None:  # type: ignore[no-untyped-def]
    shelled = _event(nlp, "Militia fighters shelled the northern part of the port overnight.", "shelled")
    assert shelled.target is not None and shelled.target.name.startswith("northern part")
    took = _analysis(nlp, "The French army took part in the exercise.").events
    assert all(e.target is None or e.target.name != "part" for e in took)


def test_an_event_named_after_its_host_city_is_in_that_country(nlp) -> None:  # type: ignore[no-untyped-def]
    attend = _event(nlp, "The prime minister will attend the Tokyo Olympics next month.", "attend")
    assert attend.target is not None and attend.target.country_code == "JP"


def test_a_plan_verb_reads_the_same_in_every_run(nlp) -> None:  # type: ignore[no-untyped-def]
    # "prepared" is both a plan ("prepared to attend", the verb) and a readiness ("is prepared to"):
    # the lemma decides, so the reading does not depend on the interpreter's hash seed
    assert _event(nlp, "The two ministers prepared to sign the accord in Lagos.", "sign").modality == "planned"


def test_event_data_codes_refusals_wishes_and_orders_by_their_frame(nlp) -> None:  # type: ignore[no-untyped-def]
    refused = _event(nlp, "The governor insisted the province would not provide aid to the camps.", "provide")
    assert refused.modality == "blocked" and cameo_root_view(refused) == "12"
    ordered = _event(nlp, "The regulator ordered an inquiry into the lender.", "inquiry")
    assert cameo_root_view(ordered) == "10"
    planned = _event(nlp, "Norway will supply medicine to Sudan.", "supply")
    assert cameo_root_view(planned) == "06"  # a plan keeps its own root


def test_someone_the_coders_knew_by_one_name_needs_their_country_in_the_article(nlp) -> None:  # type: ignore[no-untyped-def]
    # a minister of Grenada in the dictionary, with no short names listed: a namesake is likelier elsewhere
    alone = {e.name: e for e in _analysis(nlp, "Patrick Simmons said the bakery would close on Friday.").entities}
    assert alone["Patrick Simmons"].country_code is None
    placed = {e.name: e for e in _analysis(nlp, "Patrick Simmons said Grenada would cut fuel taxes.").entities}
    assert placed["Patrick Simmons"].country_code == "GD"


def test_an_open_term_of_the_2014_dictionary_does_not_last_for_ever(nlp) -> None:  # type: ignore[no-untyped-def]
    later = {e.name: e for e in _analysis(nlp, "Barack Obama spoke at the library.", "2019-11-20").entities}
    assert later["Barack Obama"].country_code == "US" and later["Barack Obama"].actor_type != "GOV"


def test_a_document_acts_for_whoever_issued_it(nlp) -> None:  # type: ignore[no-untyped-def]
    alleged = _event(nlp, "A report released on Tuesday alleged that the ministry had hidden the losses.", "alleged")
    assert alleged.category == "DISAPPROVE"
    assert not [e for e in _analysis(nlp, "The ministry's costs increased sharply.").events
                if e.trigger.text == "increased"]  # things only: no act


def test_a_possessive_names_the_owner_only_when_it_can_be_the_subjects(nlp) -> None:  # type: ignore[no-untyped-def]
    ban = _event(nlp, "Critics condemned his travel ban on Monday.", "ban")
    assert ban.source is None or ban.source.name != "Critics"
    demand = _event(nlp, "The ministry repeated its demand for a ceasefire.", "demand")
    assert demand.source is not None and demand.source.name == "ministry"
    plural = _event(nlp, "The unions renewed their demand for higher wages.", "demand")
    assert plural.source is not None and plural.source.name == "unions"
    group = _event(nlp, "A delegation of farm leaders held their second meeting with the premier.", "meeting")
    assert group.source is not None and "farm leaders" in group.source.name  # a collective goes either way


def test_they_is_the_plural_actor_of_the_sentence_before(nlp) -> None:  # type: ignore[no-untyped-def]
    body = "The authors say the survey confirms the shortfall. They call for urgent action on wages."
    call = _event(nlp, body, "call")
    assert call.source is not None and call.source.name == "authors"
    things = "The new rules took effect on Monday. They call for urgent action on wages."
    assert _event(nlp, things, "call").source is None  # rules do not call for anything


def test_the_possessor_is_not_the_possessed(nlp) -> None:  # type: ignore[no-untyped-def]
    body = "Trade Minister Ngozi Eze of Ghana met her Kenyan counterpart, Trade Minister Peter Wambua, on Monday."
    meeting = _event(nlp, body, "met")
    assert meeting.source is not None and meeting.source.name.endswith("Eze")
    assert meeting.target is not None and meeting.target.name.endswith("Wambua")  # not Eze again, through "her"
    body = "Police arrested the governor's driver in Kaduna on Friday."
    arrest = _event(nlp, body, "arrested")
    assert arrest.target is None or "governor" not in arrest.target.name.lower() or "driver" in arrest.target.name
