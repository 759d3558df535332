"""Events: who did what to whom, where and when — and whether it happened, is planned, was blocked.

Triggers come from ``lexicons/events.tsv`` (verbs and event nouns, with PLOVER category and
CAMEO root). Actors come from the parse (subject or "by" agent; object, "with"/"against"/"into"
complement; "between X and Y"), places from the clause or else the dateline, dates from the
time expressions of the sentence. Modality is read from the clause:
  attempted   "tried to meet"                    planned     "will meet", "are to hold", "scheduled"
  blocked     "the sale was halted", "will not take place", "did not meet"
  hypothetical "a possible offensive", "may attack"   demanded   "urged X to withdraw"
  ongoing     "is still on a tour of …"          denied      "denied meeting"
  reported    known only through an unnamed report   happened    the rest, in the past
Mentions of one event (the article's sentence and its quoted source's) merge into one event whose
evidence keeps each voice's modality side by side.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import islice
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..model import Article, Dateline, Entity, Event, EventActor, EventDate, Evidence, Quote, Span
from .contests import SPORTS, is_sports_report
from .demonyms import Demonyms
from .doctext import doc_text
from .event_anaphora import DEALS, deal_for, nominal_of
from .event_crowds import crowd
from .event_legal import (
    LEGAL_ACT,
    VERDICTS,
    acted_on,
    grave_sentence_object,
    in_court,
    legal,
    papers_say,
    verdict_content,
)
from .event_lexicon import (
    AMOUNT_WORDS,
    DATED_RULE,
    HAPPENING,
    EventLexicon,
    Sense,
    amount_subject,
    begun,
    capitalised_noun,
    false_participle,
    hyphen_modifier,
    hyphen_start,
    light_object,
    light_verb,
)
from .event_modality import GOVERNORS, INCIDENTS, new_time_preps, ranks, record_since, underway
from .event_modality import modality as read_modality
from .event_scope import (
    advises_that,
    announces_clause,
    asked_for_comment,
    declined_to_speak,
    describes_noun,
    fixed_phrase,
    governs_event,
    names_a_body,
    not_yet_told,
    pastime,
    phrase_acts,
    relation,
    said_again,
    schooling,
    shows,
    standing_backing,
    standing_tie,
    things_only,
)
from .event_trade import STATE_SECTORS, artifacts, delivery_received, founding, model_number, reread, tender_sense
from .gazetteer import gazetteer
from .lexicon import load
from .places import dateline_place, event_place
from .speech_time import speech_times
from .tense import DECIDED_IN_DECIDING, DECIDERS, OUTCOMES, clause_tense, present_in_past_form, stand_in
from .timex import NUMBERS, Timex, find_timexes, offset_from

_NOT_EVENTS = {"DATE", "TIME", "PERSON", "GPE", "LOC", "ORG", "NORP", "FAC", "WORK_OF_ART", "LAW", "CARDINAL",
               "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
_LIGHT_VERBS = {"hold", "have", "deliver", "make", "give", "attend", "host", "conduct", "launch", "stage", "begin",
                "hand", "start", "pay", "reach", "carry", "mount", "open", "impose", "take", "resume", "call",
                "organise", "organize", "lead", "join", "order", "announce", "plan", "schedule", "win", "lose", "issue",
                "place", "institute", "enforce", "implement"}
# Deliberating alone over something that may happen; no one is consulted.
_WEIGHING = {"weigh", "consider", "mull", "ponder", "contemplate"}
# What agreeing makes: "agreed to a deal" is one happening, not an agreement and a deal.
_AGREED_THINGS = {"deal", "agreement", "accord", "pact", "treaty", "contract", "settlement", "compromise"}
# (a merger, a sale or a ceasefire agreed is still to come: an event of its own, planned)
_DESIRE = {"want", "wish", "hope", "intend", "plan", "desire", "aim"}
# Deeds that, charged, are crimes. Written for dateline from general crime news; CC0.
_CRIMES = {"kill", "murder", "stab", "shoot", "rob", "steal", "assault", "rape", "kidnap", "abduct", "defraud",
           "embezzle", "smuggle", "traffic", "launder", "bribe", "burgle", "attack", "beat", "strangle", "poison",
           "torture", "extort", "blackmail", "forge", "hack", "arson", "carjack"}


def _charged_with_a_crime(verb: Token) -> bool:
    """ "Is accused of stabbing a man", "was suspected of robbing a bank": an agentless passive charge whose deed is
    a crime."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("accuse", "suspect") or not any(
            c.dep_ == "nsubjpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return False
    return any(g.dep_ == "pcomp" and g.lemma_.lower() in _CRIMES | _HARMS
               for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


# Nouns of a spot where something happens, never a party to it.
_SPOTS = {"corner", "intersection", "junction", "scene", "spot", "site", "station", "platform", "stop", "home",
          "hospital", "airport", "entrance", "exit", "time", "moment", "age"}
# Phrases of authority ("on the orders of", "at the request of", "at the behest of") and vantage points ("from the
# rooftop"): whose word and whence, no one acted on. Written for dateline from general news usage; CC0.
_ON_AUTHORITY = {"order", "orders", "request", "behest", "instruction", "instructions", "advice", "command",
                 "invitation", "urging", "direction", "directive", "behalf", "initiative", "authority", "suggestion"}
_VANTAGES = {"roof", "rooftop", "window", "balcony", "car", "vehicle", "van", "truck", "helicopter", "building",
             "tower", "hill", "hilltop", "ridge", "distance", "range", "bridge", "overpass", "boat"}
# Verbs aimed at something: what follows "at" is their target, wherever it stands.
_AIMED = {"fire", "shoot", "throw", "hurl", "aim", "point", "lob", "launch", "swing", "lunge", "lash", "strike",
          "direct", "yell", "shout", "scream", "wave", "jab", "spit", "sniff", "snap", "bark", "glare", "hit"}
# Who is given access as a service. Written for dateline; CC0.
_PATRONS = {"visitor", "visitors", "customer", "customers", "user", "users", "tourist", "tourists", "guest", "guests",
            "public", "reader", "readers", "subscriber", "subscribers", "member", "members", "student", "students",
            "patron", "patrons", "fan", "fans", "shopper", "shoppers", "passenger", "passengers", "viewer", "viewers"}


def _access_for_patrons(verb: Token) -> bool:
    """The verb gives access, and those who get it are a service's patrons: visitors, customers, users."""
    if verb.pos_ != "VERB":
        return False
    access = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "access"), None)
    if access is None:
        return False
    holders = [w for w in (*verb.children, *access.children) if w.dep_ in ("dative", "prep")]
    people = [g for w in holders for g in ([w] if w.dep_ == "dative" else w.children) if g.dep_ in ("pobj", "dative")]
    return any(g.lemma_.lower() in _PATRONS or g.lower_ in _PATRONS for g in people)


# Results a game story names by their day.
_RESULTS = {"loss", "defeat", "win", "victory", "draw", "tie", "upset", "rout"}
# Who chooses office holders by voting.
_ELECTORATE = {"voter", "voters", "electorate", "elector", "electors", "constituent", "constituents"}
# What makes a rally a candidate's. Written for dateline; CC0.
_CAMPAIGNING = {"campaign", "election", "re-election", "reelection", "primary", "fundraising", "electoral", "victory",
                "pre-election", "nomination"}
# Scores "added" names that are as often a builder's or a clerk's words outside a game's story.
_SPORTS_ONLY_TALLIES = {"brace", "try", "tries", "basket", "baskets", "assist", "assists"}
# Nouns "take" makes an idiom with: the object names no one acted on.
_TAKE_IDIOMS = {"place", "part", "shape", "effect", "hold", "root", "off", "office", "power", "charge", "aim"}
_SEEK = {"seek", "endeavour", "endeavor", "strive"}
# People who arrive or travel without calling on anyone: "the migrants arrived in Greece" is no visit.
_TRAVELLERS = {"migrant", "refugee", "family", "families", "passenger", "tourist", "visitor", "pilgrim", "fan",
               "traveller", "traveler", "seeker", "asylum", "spectator", "student", "climber", "hiker"}
# Emergency crews reaching a scene call on no one (hard negative: "police met community leaders" is a meeting).
_CREWS = {"firefighter", "paramedic", "responder", "rescuer", "medic", "ambulance", "crew", "police", "officer",
          "deputy", "trooper", "lifeguard", "firefighters", "crews"}
_REACHING = {"arrive", "reach", "come", "return", "get", "rush", "race", "descend"}
_HELPING = {"help", "assist"}
_THROWS = {"throw", "hurl", "fling", "toss", "lob", "launch", "pelt"}
_NOT_THROWN = {"party", "tantrum", "fit", "punch", "glance", "look", "support", "weight", "bid", "campaign", "product",
               "phone", "service", "app", "book", "film", "album", "website"}
_VENUES = {"fair", "show", "expo", "conference", "event", "ceremony", "festival", "summit", "club", "meeting",
           "convention", "gala", "launch", "dawn", "night", "noon", "midnight", "home", "headquarters", "site"}
_VANISHING = {"disappear", "vanish"}
# Acts done together: "A met B" is also "B met A"; so are talks, negotiations and clashes.
_MUTUAL = {"meet", "talk", "negotiate", "confer", "clash", "spar", "discuss", "cooperate", "collaborate",
           "meeting", "talks", "negotiation", "negotiations", "clashes", "summit", "consultations"}
_ASPECTUAL = {"continue", "resume", "begin", "start", "end", "persist", "drag", "go", "intensify", "escalate"}
_SENDINGS = {"send", "write", "deliver", "submit", "pen", "sign", "issue", "address", "mail"}
_LETTERS = {"letter", "petition", "note", "message", "memo", "memorandum", "email", "e-mail", "appeal", "plea"}
_LETTER_ASKS = {"ask", "urge", "call", "demand", "request", "plead", "press", "implore", "beg", "seek"}
_GATHERINGS = {"join", "gather", "assemble", "congregate", "come", "turn", "flock", "converge", "unite"}
_GUESTS = {"attend", "join", "watch", "witness", "cover", "visit"}  # who attends an opening did not open it
# Occasions whose guests take part in them: attending a rally, a vigil or a match is that occasion, not a visit.
_ATTENDED = {"PROTEST", "HAPPENING", "CONTEST", "STATEMENT", "LEGAL"}  # and a news conference or a hearing
_HAPPENINGS = {"ACCIDENT", "DISASTER", "DEATH", "CRIME", "LEGAL", "ELECTION", "APPOINT", "PUBLISH", "LAUNCH",
               "RESCUE", "BUSINESS", "CONTEST", "ASSAULT", "FIGHT", "PROTEST", "COERCE", "CONSULT"}
_STRENGTH = {"blocked": 6, "denied": 5, "attempted": 4, "hypothetical": 3, "demanded": 3, "planned": 2,
             "ongoing": 1, "reported": 1, "happened": 0}


@dataclass
class Mention:
    """One mention of an event, before mentions of the same event are merged."""

    sense: Sense
    trigger: Token
    source: EventActor | None
    target: EventActor | None
    place: EventActor | None
    date: EventDate | None
    modality: str
    cue: Span | None
    modality_rule: str | None
    voice: str
    sentence: Span
    more: list[Mention] = field(default_factory=list)

    @property
    def category(self) -> str:
        return self.sense.category


@Language.factory("dateline_events", assigns=["doc._.events"],
                  requires=["doc._.entities", "doc._.quotes", "doc._.article"])
def make_events(nlp: Language, name: str) -> EventReader:
    return EventReader()


class EventReader:
    def __init__(self) -> None:
        self.lexicon = EventLexicon()
        self.home: EventActor | None = None

    def __call__(self, doc: Doc) -> Doc:
        article: Article | None = doc._.article
        entities: list[Entity] = list(doc._.entities or [])
        quotes: list[Quote] = list(doc._.quotes or [])
        text = doc_text(doc)
        body = article.body.start if article else 0
        positions = {p: e for e in entities for m in e.mentions for p in range(m.start, m.end)}
        kinds = {e.id: e.type for e in entities}

        def organisation(word: Token) -> bool:
            return _kind(word, positions) == "organisation"

        def state(actor: EventActor) -> bool:
            return _state(actor, kinds)
        timexes = speech_times(find_timexes(text, _published(article), clause_tense(doc)), quotes, doc)  # as the
        # ``times`` record reads them
        timexes = [t for t in timexes if not _stamp_line(text, t)]  # "March 4, 2021 9:05 PM" on a line of
        # its own is when the page was written, no happening's time
        dateline: Dateline | None = doc._.dateline
        self.home = dateline_place(dateline, entities)  # the dateline's place, for events the clause leaves unplaced
        found: list[Mention] = []
        sports = is_sports_report(text)
        combat = sports and _combat_report(text)
        election = not sports and _election_report(text)
        protests, courts = bool(_PROTEST_WORDS.search(text)), bool(_COURT_WORDS.search(text))
        unrest = bool(_UNREST.search(_RIOT_GEAR.sub("", text)))  # "riot police" are police, not a riot
        theft = bool(_THEFT.search(text)) and not unrest  # a riot's smashed windows are the riot's
        dated = _share_dates(doc, {i for t in timexes if t.start >= body and (i := _dates_verb(doc, t)) is not None})
        cue_starts = {q.cue.start for q in quotes if q.cue is not None and q.kind in ("direct", "block")}
        for token in doc:
            if token.idx < body:
                continue
            result = _results_line(token, text) if sports else None
            if result is not None:  # "Palm Grove d. Riverside 70-44": a results line of a sports report
                mention = self._mention(token, _RESULT, text, positions, timexes, quotes, dateline)
                mention.source, mention.target = (_side(text, start, end, positions) for start, end in result)
                line_end = text.find("\n", token.idx) % (len(text) + 1)  # the line's own time only: a table
                told = mention.date.expression.start if mention.date and mention.date.expression else -1
                if not result[0][0] <= told < line_end:
                    mention.date = None  # is one "sentence" to the parser
                mention.modality, mention.cue, mention.modality_rule = "happened", None, None
                found.append(mention)
                continue
            if _available_on(token):  # "the tablet is available from 3 May": a launch date
                mention = self._mention(token, _AVAILABLE, text, positions, timexes, quotes, dateline)
                mention.target = _actor(next((c for c in token.head.children if c.dep_ == "nsubj"), None), text,
                                        positions)  # what becomes available
                if mention.date is not None or _soon_available(token):  # or "will soon be available"
                    found.append(mention)
                continue
            if _rear_ended(token):  # "rear-ended a truck", however the parse splits and hangs it
                mention = self._mention(token, _REAR_END, text, positions, timexes, quotes, dateline)
                days = [t for t in timexes if token.sent.start_char <= t.start < token.sent.end_char
                        and t.value and t.value[:1].isdigit()]
                if mention.date is None and token.dep_ == "amod" and len(days) == 1:  # read as "a rear-ended
                    day = days[0]  # truck": the sentence's one day
                    mention.date = EventDate(day.value, Span(day.start, day.end, day.text), _precision(day.value),
                                             day.rule)
                found.append(mention)
                continue
            named = _named_event(token, timexes) or _named_storm(token)
            if named is not None and _venue(token) and self.lexicon.sense(token.head.head) is not None:
                continue  # "introduced the phone at the Macworld Conference": where an act happened
            if named is not None:  # "the Lakeside County Fair, 4-6 May", "the upcoming Harbour Film Awards"
                mention = self._mention(token, named, text, positions, timexes, quotes, dateline)
                name = range(token.left_edge.idx, token.idx + len(token.text))
                mention.source = None if mention.source is None or text.find(mention.source.name, name.start) \
                    in name else mention.source  # its own name takes no part in it
                found.append(mention)
                continue
            if token.dep_ == "amod" or _describing_participle(token) or (
                    token.pos_ not in ("VERB", "NOUN") and not self.lexicon.mistagged_noun(token)
                    and not capitalised_noun(token)) or (
                    token.ent_type_ in _NOT_EVENTS and not (token.dep_ == "compound"
                                                            and token.head.lemma_.lower() in _OCCASION_TIMES)):
                continue  # "elected leaders": a participle describing, not an event; "March" is a month; but
                # "election day", "opening night" name their happening
            if token.pos_ == "VERB" and token.dep_ in ("acl", "xcomp") and token.head.lemma_.lower() == "intent" \
                    and token.head.dep_ == "pobj" and token.head.head.lower_ == "with":
                continue  # "assault with intent to rob", "breaking in with intent to steal": an offence's
                # legal name, no second deed (hard negative: "announced its intent to buy the rival", a plan)
            if _in_section_heading(token):
                continue  # "FRANCE WINS" over a round-up's section: the section tells the win
            if _participle_as_adjective(token):
                continue  # "met in a Harbour County shared office", parsed as a verb: an adjective, no act
            if not any(ch.isalpha() for ch in token.text) or (
                    not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text == "-"):
                continue  # "re-opened" split by the tokenizer: "re" and "-" are no words of their own
            spaced = _hit_and_run(token)
            if spaced == "modifier":
                continue  # "a hit and run accident", "the hit and run driver": the noun after names the happening
            sense = (_HIT_AND_RUN if spaced else None) \
                or (_CO_OPERATION if _after_prefix(token, "co") and token.lemma_.lower() == "operation" else None) \
                or founding(token, organisation) or delivery_received(token, _person) or legal(token) \
                or self._thrown_at(token) or _game_played(token) \
                or self.lexicon.sense(token) \
                or _appeal(token, self.lexicon) or (
                self.lexicon.dated(token) if token.i in dated else None) or (
                _OCCURRED if token.head.i in dated and _occurrence_subject(token) else None) or (
                self.lexicon.named_happening(token) if _marked_happening(token, timexes) else None) or \
                self.lexicon.intended(token)
            if sports and (sense is None or sense.category in _NOT_IN_SPORT | {"PROTEST", "SUPPORT", "AID"}):
                sense = _sports_result(token) or sense  # "Peru beat Chile", "Ortiz topped Novak": results; "Drake
                # upset Creighton" is no protest
            elif (sense is None or sense.category in _NOT_IN_SPORT) and _scoreline(token):
                sense = Sense("CONTEST", None, None, (f"{sense.rule}|" if sense else "") + "rule:scoreline")
                # "beat Port Ellis 30-27", "edged the Rovers 2-1": a result, whatever the page's other words
            if sports and sense is not None and sense.category == "PROTEST" and token.pos_ == "VERB" \
                    and token.lemma_.lower() == "march" and not _PROTEST_SIGNS.search(text):
                continue  # "Luck marched the Colts 73 yards": a drive, part of the game told (hard negative: fans
                # marching in protest, in a report that tells a protest)
            if sports and sense is not None and sense.category in _PARLEYS and _contract_talk(token):
                sense = Sense("BUSINESS", None, None, sense.rule + "|rule:player_contract")  # "withdrew their
                # contract offer", "has offered a contract": a club bidding for a player, no diplomacy
            if sports and sense is not None and sense.category == "MOBILIZE" and not any(
                    t.lower_ in _ARMED for t in token.sent):
                continue  # "rallied from a set down": part of the match, no mobilisation
            if sense is not None and sense.category in ("ASSAULT", "FIGHT", "COERCE", "DISASTER") and (
                    (sports and _play(token)) or _score_side(token)):
                continue  # "fired a shot", "hit two singles", "forced overtime", "the Hurricanes": the game's play
            if sense is not None and sense.category in ("ASSAULT", "FIGHT") and token.pos_ == "VERB" \
                    and token.lemma_.lower() in _BLOWS_OF_EVENTS and _event_as_doer(token, self.lexicon):
                continue  # "store hit by jewelry heist", "the heist is the latest to hit the city", "a strike hit
                # the port": the heist or the strike is the happening, named by its own noun
            if theft and sense is not None and sense.category in ("ASSAULT", "FIGHT", "COERCE") \
                    and token.pos_ == "VERB" and token.lemma_.lower() in _THEFT_MEANS and _on_things(token) \
                    and not any(w.lower_ in _ARMED for w in token.sent):
                sense = Sense("CRIME", None, None, sense.rule + "|rule:theft_on_things")  # "rammed their car into
                # the store, smashing the window, grabbing watches, then set fire to the car": a robbery's means
            if sense is not None and token.lemma_.lower() in ("fire", "flame", "flames") and token.dep_ == "pobj" \
                    and token.head.lower_ == "on" and token.head.head.lemma_.lower() == "set":
                sense = Sense("PROTEST", "145", None, sense.rule + "|rule:riot_on_things") if unrest and not theft \
                    else Sense("ASSAULT", "180", None, sense.rule + "|rule:set_on_fire")  # "two buildings were set on
                # fire": someone set it, no accident (hard negative: "the bus caught fire", an accident)
            if unrest and not theft and sense is not None and sense.category in ("ASSAULT", "FIGHT") \
                    and token.pos_ == "VERB" and token.lemma_.lower() in _RIOT_MEANS and _on_things(token) \
                    and not _at_someone(token) and not any(w.lower_ in _ARMED for w in token.sent):
                sense = Sense("PROTEST", "145", None, sense.rule + "|rule:riot_on_things")  # "rioters smashed shop
                # windows and hurled stones at the ministry": a riot's damage, no one attacked
            elif unrest and sense is not None and sense.category == "FIGHT" and not any(
                    w.lower_ in _ARMED for w in token.sent) and (token.lemma_.lower() in _UNREST_FIGHTS or any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _UNREST_FIGHTS for c in token.children)):
                sense = Sense("PROTEST", "145", None, sense.rule + "|rule:riot_violence")  # "violence broke out as
                # marchers reached the square", "clashes with riot police": a riot (hard negative: rebels' clashes)
            if combat and sense is not None and (sense.category in ("ASSAULT", "FIGHT", "COERCE") or (
                    sense.category == "RETREAT" and token.lemma_.lower() in ("stop", "halt", "end"))) \
                    and not _outside_the_ring(token):  # "the referee stopped the fight": the bout's end, no truce
                sense = Sense("CONTEST", None, None, sense.rule + "|rule:combat_sport")  # "landed punches in the
                # sixth", "wrestled him to the canvas", "the fight": a bout's blows are the bout
            if sports and sense is not None and sense.category == "PROTEST" and token.pos_ == "VERB" and any(
                    c.lemma_.lower() in _FIELD_DISTANCES and any(n.like_num for n in c.children)
                    for c in token.children):
                sense = Sense("CONTEST", None, None, sense.rule + "|rule:drive_on_the_field")  # "marched 80 yards in
                # six plays": a drive in the game (hard negative: "fans marched to the ground", a protest)
            if (sense is None or sense.category == HAPPENING) and _person_fell(token):
                sense = Sense("ACCIDENT", None, None, (sense.rule + "|" if sense else "") + "rule:person_fell")
                # "the hiker slipped and fell down a ravine": a fall (hard negative: "shares fell 6 percent")
            if sense is not None and (sense.category in ("CONSULT", HAPPENING) or (
                    sense.category == "PROTEST" and token.lemma_.lower() == "march")) and _forces_moved(token):
                sense = Sense("MOBILIZE", "150", None, sense.rule + "|rule:forces_moved")  # "two carriers are headed
                # to the gulf": a deployment, not a visit (hard negative: "the minister headed to Paris")
            if sense is not None and sense.rule.endswith("#award/verb+object:order") and any(
                    c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "order" and c.text[0].isupper()
                    for c in token.children):
                sense = Sense("CONTEST", None, None, sense.rule + "|rule:honour_awarded")  # "awarded her the Order
                # of Merit": an honour, as a medal is (hard negative: "awarded the yard an order for two ferries")
            if sense is not None and sense.category == "DISAPPROVE" and _charged_with_a_crime(token):
                sense = Sense("LEGAL", sense.cameo, None, sense.rule + "|rule:accused_of_crime")  # "is accused of
                # stabbing a man": the charge in a case, whoever brings it (hard negative: "is accused of lying to
                # parliament" stays criticism)
            if sense is not None and sense.category == "ACCIDENT" and token.lemma_.lower() in ("collapse", "faint") \
                    and (fallen := _subject(token)) is not None and fallen.lower_ not in ("it", "they") \
                    and _person(fallen):
                sense = Sense(HAPPENING, None, None, sense.rule + "|rule:person_collapsed")  # "Ann Lee collapsed at the
                # corner": a person taken ill or hurt, no accident (hard negative: "a crane collapsed")
            if sense is not None and sense.category in ("RETREAT", "CONCEDE", "AGREE") and _access_for_patrons(token):
                sense = None  # "a record of providing access to visitors", "gives customers access to": a service,
                # not a concession (hard negative: "agreed to provide access to aid workers in the besieged town")
            if not sports and sense is not None and sense.rule.startswith("lexicon:event_senses.tsv#add/verb+object:") \
                    and sense.category == "CONTEST" and sense.rule.rsplit(":", 1)[-1] in _SPORTS_ONLY_TALLIES:
                sense = None  # "strengthened the frame by adding braces", "added a try to the form": a brace, a try or
                # a homer is a score only in a game's story (hard negative: a match report's "added a brace")
            if sports and sense is None and token.pos_ == "NOUN" and token.lemma_.lower() in _RESULTS and any(
                    c.ent_type_ == "DATE" and c.dep_ in ("compound", "nmod", "poss", "nummod", "amod")
                    for c in token.children):
                sense = Sense("CONTEST", None, None, "rule:dated_result")  # "after the Nov. 9 loss at Minnesota":
                # a game's result named by its day (hard negative: "a $3 million loss in May", no game story)
            if sports and sense is not None and sense.category in ("CONSULT", HAPPENING) \
                    and token.lemma_.lower() in _FIXTURES and not _with_someone(token) and not (
                        (visitor := _subject(token)) is not None and visitor.tag_ == "NNP"
                        and not visitor.lower_.endswith("s") and (  # (a side's name is a plural: "the Jays")
                            _person(visitor) or _kind(visitor, positions) == "person")):
                sense = Sense("CONTEST", None, None, sense.rule + "|rule:sports_meeting")  # "their five meetings",
                # "the teams meet again on Friday", "visit the Thunder": games, not talks (but "the free agent
                # will visit the Hawks": a player calling on a club)
            if sense is not None:
                sense = self.lexicon.measures_for(_question(token, sense), token)
                sense = _judged(sense, token) if sense is not None else None
            if sense is not None and sense.category == "PROTEST" and token.lemma_.lower() == "demonstration" \
                    and not protests and not _PROTEST_WORDS.search(token.sent.text) \
                    and not _PROTEST_NEAR.search(token.sent.text) and (courts or _a_showing(token)):
                sense = None  # "the song bought during the demonstration" in a court story, "gave a live
                # demonstration": a showing, in a story with no protest
            elif sense is not None and sense.category == "PROTEST" and token.lemma_.lower() in ("rally", "rallies") \
                    and any(c.dep_ in ("compound", "amod") and c.lower_ in _CAMPAIGNING for c in token.children):
                sense = Sense("ELECTION", None, None, sense.rule + "|rule:campaign_rally")  # "held a campaign rally":
                # campaigning, not a protest (hard negative: "a rally against the war")
            elif sense is not None and sense.category == HAPPENING and token.lower_ in ("case", "cases") \
                    and token.pos_ == "NOUN" and courts:
                sense = Sense("LEGAL", None, None, sense.rule + "|rule:court_case")  # "during the case", in a
                # story of a court, a suit or a trial (not "a case of measles" elsewhere)
            if sense is not None and sense.category == "ACCIDENT" and token.lemma_.lower() in _FIRES and any(
                    w.lemma_.lower() in _WILDLAND and w.pos_ == "NOUN" for w in token.sent):  # not "Capitol Hill"
                sense = Sense("DISASTER", None, None, sense.rule + "|rule:wildland_fire")  # "the blaze has scorched
                # 2,000 hectares of forest": a wildfire (hard negative: a fire in a warehouse, an accident)
            if sense is not None and sense.category == "ASSAULT" and token.lower_ in ("attack", "attacks") and any(
                    w.lemma_.lower() in _CYBER for w in token.sent):
                sense = Sense("CRIME", None, None, sense.rule + "|rule:cyber_attack")  # "hackers exploited the flaw
                # in attacks on banks" (hard negative: "gunmen attacked the bank", ASSAULT)
            if (sense is None or sense.category not in ("ACCIDENT", "DISASTER", "DEATH")) and _vehicle_hit(token):
                sense = Sense("ACCIDENT", None, None, "rule:vehicle_collision")  # "a lorry struck a cyclist"
            elif token.dep_ == "xcomp" and _promotion(token.head):
                sense = None  # "promoted Smith to head the team": the post, not an act of its own
            elif _to_jail(token):
                sense = Sense("COERCE", "173", None, "rule:went_to_jail")  # "his father went to prison for fraud"
            elif _took_post(token):
                sense = Sense("APPOINT", None, None, "rule:took_post")  # "became president of the rowing club"
            elif _promotion(token):
                sense = Sense("APPOINT", None, None, "rule:promotion")
            elif token.lemma_.lower() == "link" and token.pos_ == "VERB" and any(
                    c.dep_ == "dobj" for c in token.children) and any(
                    w.dep_ == "prep" and w.lower_ == "to" for w in token.subtree):
                sense = None  # "linked the attack to the comments": an attribution, no tie formed
            elif sense is not None and sense.category == "LEGAL" and token.lemma_.lower() in _WITNESSING \
                    and _forum(token) == "legislature":
                sense = Sense("INVESTIGATE", "090", None, sense.rule + "|rule:legislative_inquiry")  # "Holmes
                # testified" in a story of an impeachment inquiry: lawmakers inquire, no court sits
            elif token.lemma_.lower() == "race" and token.pos_ in ("NOUN", "PROPN") and token.dep_ in (
                    "nsubj", "conj") and token.tag_ in ("NN", "NNP") and not any(
                    c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in token.children) \
                    and token.head.lemma_.lower() not in _RACE_DAY:
                sense = None  # "Race and religion could play a role": people's race, no contest (hard negative:
                # "the race begins on Sunday")
            elif election and sense is not None and sense.category in ("CONTEST", "ASSAULT") \
                    and token.lemma_.lower() in _POLL_RESULTS and not _scoreline(token) and (
                    sense.category == "CONTEST" or _person_acted_on(token)):
                sense = Sense("ELECTION", None, None, sense.rule + "|rule:election_result")  # in a story of
                # elections, "Marlow beat Quinn", "her victory", "the race" are the polls' (hard negative: a
                # sports page's)
            elif sense is not None and sense.rule.endswith("#quit/verb+any:") and not (
                    (subject := _subject(token)) is not None and (
                        subject.ent_type_ == "PERSON" or _human(subject.text) or subject.lower_ in _PERSONAL
                        or _person(subject) or any(a.dep_ == "appos" and a.ent_type_ == "PERSON"
                                                   for a in subject.children))):
                sense = None  # "his press aide quit": left a post; "two clubs will quit": no post left
            elif sense is not None and token.lemma_.lower() == "hurt" and token.pos_ == "VERB" and (
                    patient := next((c for c in token.children if c.dep_ in ("nsubjpass", "dobj")), None)) is not None \
                    and patient.pos_ in ("NOUN", "PROPN") and not (
                        _person(patient) or patient.ent_type_ in ("PERSON", "NORP") or names_a_body(patient)
                        or any(c.like_num for c in patient.children)):
                sense = None  # "the chipmaker was hurt by higher costs": a setback, not an injury (hard negative:
                # "two officers were hurt")
            elif sense is not None and token.lemma_.lower() in ("expect", "anticipate") and token.pos_ == "VERB" \
                    and any(c.dep_ == "auxpass" for c in token.children):
                sense = None  # "the envoy is expected to visit Baghdad": others' forecast of the visit (planned), no
                # act of the envoy's (hard negative: "the ministry expects a visit", CAMEO's intent to host)
            elif token.lemma_.lower() == "allege" and token.pos_ == "VERB" and not any(
                    c.dep_ in ("nsubj", "dobj", "ccomp") for c in token.children):
                sense = None  # "as alleged, the pair had a duty …": a hedge, no accusation made (hard negatives:
                # "prosecutors alleged that the pair slept", "alleged fraud by the board", accusations)
            elif sense is not None and sense.category == "MOBILIZE" and token.lemma_.lower() == "operation" \
                    and token.pos_ == "NOUN" and not _armed_operation(token):
                sense = None  # "policing operations", "shut down operations at the plant": work, no show of force
                # (hard negatives: "military operations", "the army launched an operation")
            elif sense is not None and sense.cameo == "176" and token.lemma_.lower() == "hack" \
                    and not _state_doer(_subject(token)):
                sense = Sense("CRIME", None, None, sense.rule + "|rule:breach_by_person_or_firm")  # "charged with
                # conspiring to hack government computers"; a state's hacking stays a cyber attack (CAMEO 176)
            elif sense is not None and sense.rule.rsplit(":", 1)[-1] in _CODES_BROKEN \
                    and sense.rule.startswith("lexicon:event_senses.tsv#violate/") \
                    and not _state_doer(_subject(token)):
                sense = Sense("CRIME", None, None, sense.rule + "|rule:breach_by_person_or_firm")  # "whether the
                # founder broke lending rules": a breach; a state defying a law or a ban stays REJECT (CAMEO 128)
            elif sense is not None and token.lemma_.lower() in ("disappear", "vanish") and token.pos_ == "VERB" \
                    and (gone := _subject(token)) is not None and gone.pos_ == "NOUN" \
                    and (gone.lemma_.lower() in _WANING or gone.lower_ in AMOUNT_WORDS):
                sense = None  # "print advertising disappears", "the jobs vanished": a thing waning, no one missing
                # (hard negatives: "a fisherman disappeared", "the plane vanished from radar")
            elif sense is not None and sense.category in ("ASSAULT", "FIGHT") and token.pos_ == "VERB" \
                    and (barrier := next((c for c in token.children if c.dep_ == "dobj"), None)) is not None \
                    and barrier.lemma_.lower() in _BARRIERS and not _pobj(token, ("into", "at", "on")) \
                    and (doer := _subject(token)) is not None and (_agent(doer) == "COP" or doer.lower_ in (
                        "police", "officers", "agents", "troopers", "deputies")):
                sense = Sense("COERCE", "171", None, sense.rule + "|rule:forced_entry")  # "officers rammed the door":
                # police forcing their way in, no one struck (hard negative: "rammed his car into the crowd")
            elif token.lemma_.lower() == "help" and any(c.lower_ == "but" for c in token.children):
                sense = None  # "couldn't help but feel": no one is helped
            elif (released := _out_now(token)) is not None:
                sense = Sense(released, None, None, "rule:comes_out")  # "the album comes out on Friday"
            elif sense is not None and token.lemma_.lower() in ("withdraw", "pull", "retreat") \
                    and sense.rule.startswith("lexicon:cameo_verbs.tsv#") and _leaves_a_place(token):  # a pattern
                # of its own ("withdraw peacekeepers") keeps its code
                sense = Sense("RETREAT", "087", None, sense.rule + "|rule:withdrawal_from_place")  # "wants to
                # withdraw from southern Lebanon": a pull-out, told with or without its troops
            elif _passed_on(token):
                sense = Sense("DEATH", None, None, "rule:passed_on")  # "his father passed last year"
            elif sense is not None and sense.category == "RETREAT" and sense.rule.endswith("cameo_verbs.tsv#release") \
                    and (thing := _released_thing(token)) is not None and thing.pos_ == "NOUN" \
                    and not _person(thing) and not thing.ent_type_:
                sense = Sense(HAPPENING, None, None, sense.rule + "|rule:thing_released")  # "released several
                # redesigns", "released water from the dam": CAMEO's release is of people
            elif sense is not None and sense.category == "RETREAT" and sense.rule.endswith("cameo_verbs.tsv#release") \
                    and (thing := _released_thing(token)) is not None and _new_named_product(thing):
                sense = Sense("LAUNCH", None, None, sense.rule + "|rule:product_released")  # "is to release its new
                # Aurora Pro", "released the latest Galaxy": a named thing told as new is a product (hard negative:
                # "released John Okafor", a person)
            elif sense is not None and sense.category == "CONSULT" and token.lemma_.lower() in _CRAFT_JOURNEYS and (
                    (subject := _subject(token)) is not None and (subject.lemma_.lower() in _VEHICLES | _CRAFT
                                                                  or subject.ent_type_ == "PRODUCT"
                                                                  or (_a_thing(subject) and token.lemma_.lower()
                                                                      in _MOVES))):
                sense = Sense(HAPPENING, None, None, sense.rule + "|rule:craft_travels")  # "a second jet is also
                # travelling to the US": a craft's journey, no visit (hard negative: "the envoy travelled to Cairo")
            elif sense is not None and sense.category == "CONTEST" and any(
                    c.dep_ == "prep" and c.lower_ == "for"
                    and any(g.lemma_.lower() in _CONTRACT_WORDS for g in c.children) for c in token.children):
                sense = Sense("BUSINESS", None, None, sense.rule + "|rule:contract_competition")  # "won the
                # competition for the tanker contract": a tender, no game
            elif sense is not None and (_pact_term(token) or (
                    token.dep_ == "pcomp" and token.head.lower_ == "from" and _pact_term(token.head.head))):
                sense = None  # "the 1991 agreement barred the firm from selling …": a term of the pact, not an act,
                # and what it bars is its content (what a deal requires one to do stays, demanded)
            elif sense is not None and sense.category == "CONSULT" and token.lemma_.lower() in _OUTINGS \
                    and (traveller := _traveller(token)) is not None and traveller.pos_ == "NOUN" \
                    and _agent(traveller) is None and _human(traveller.text):
                sense = Sense(HAPPENING, None, None, sense.rule + "|rule:private_trip")  # "the parents took her on a
                # trip to India": a family's journey, no visit of state (hard negative: "the minister's trip")
            elif sense is not None and sense.category == "AGREE" and _concurs(token):
                sense = None  # "I agree", "experts agree that the tubes failed": an opinion shared, no deal
            elif token.pos_ == "VERB" and token.lemma_.lower() in ("send", "dispatch", "rush", "scramble") and any(
                    c.dep_ in ("dobj", "nsubjpass") and _responders(c) for c in token.children):
                sense = Sense("RESCUE", None, None, "rule:responders_sent")  # "six fire engines were sent to the
                # scene": the rescue's first step (hard negative: "sent tents and food", aid)
            elif (sense is None or (token.lemma_.lower() in ("give", "send", "receive")
                                    and sense.rule != "rule:delivery_received")) and _goods_given(token):
                sense = Sense("AID", "070", None, "rule:goods_given")  # "sent food parcels to the villages", "the
                # museum will receive a shuttle", "each school was given a set of laptops"
            elif (sense is None or sense.category not in ("APPOINT", "AGREE")) and _signed_someone(token):
                sense = Sense("APPOINT", None, None, "rule:signed_someone")  # "the Rovers signed running back Ali
                # Osei", however the parse reads the position (hard negative: "signed a contract with Ali Osei")
            elif (sense is None or sense.category != "APPOINT") and _named_to_post(token):
                chosen_by = _subject(token)
                sense = Sense("ELECTION", None, None, "rule:voters_chose") if chosen_by is not None \
                    and chosen_by.lemma_.lower() in _ELECTORATE else Sense("APPOINT", None, None, "rule:named_to_post")
                # "named Ann Lee chief executive", "welcomed Ola Dahl as its new head coach"; "voters chose a new
                # governor" is an election
            elif (sense is None or sense.category != "APPOINT") and _picked_for_a_role(token):
                sense = Sense("APPOINT", None, None, "rule:picked_for_a_role")  # "was picked to host the awards",
                # "chose her to lead the delegation" (hard negative: "picked up the phone", no role)
            elif sense is not None and sense.rule == "lexicon:cameo_verbs.tsv#join" and _joins_a_body(token):
                sense = Sense("APPOINT", None, None, sense.rule + "|rule:joined_body")  # "she joined Google in
                # 2012", "he joined the NBA in 2003": a person taking a post or a place in a league
            elif _team_result(token):
                sense = Sense("CONTEST", None, None, "rule:team_result")  # "netted twice to lift Bergen past
                # Stavanger": the team's win is the result
            elif sense is not None and sense.category == "CONTEST" and _toward_a_result(token):
                sense = None  # the goal that lifted the side is part of the result told by the outcome verb
            elif (sense is None or sense.rule == DATED_RULE) and token.lemma_.lower() in _PUNISHING \
                    and (punished := next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)) \
                    is not None and (_person(punished) or punished.ent_type_ in ("PERSON", "ORG") or (
                        punished.pos_ == "NOUN" and re.search(r"(?:er|or|ist|ian)s?$", punished.lower_)
                        and self.lexicon.sense(punished) is None)):
                sense = Sense("SANCTION", "172", None, "rule:person_punished")  # "the league suspended the winger",
                # "was banned for three games" (hard negative: "suspended the talks", "banned fireworks")
            elif sense is None and _emergency_declared(token):
                sense = Sense("COERCE", "1724", None, "rule:state_of_emergency")  # "declared a state of emergency"
            elif sense is None and _charged_person(token):
                sense = Sense("LEGAL", "173", None, "rule:charged_person")  # "two teenagers have been charged"
            elif sense is None and _contacted(token):
                sense = Sense("CONSULT", "040", None, "rule:contacted")  # "emailed his editor on July 3"
            elif sense is not None and sense.category == "DISAPPROVE" and token.lemma_.lower() in ("accuse", "allege") \
                    and any(c.dep_ == "auxpass" for c in token.children) and not any(
                    c.dep_ == "agent" for c in token.children) and _forum(token) == "court":
                sense = Sense("LEGAL", None, None, sense.rule + "|rule:accused_in_court")  # in a story of a trial,
                # "the parents are accused of …" is the prosecution's case (hard negative: "accused by rivals of
                # lying" outside a court)
            elif token.lemma_.lower() in ("recognize", "recognise") and any(c.dep_ == "ccomp" for c in token.children):
                sense = None  # "recognizes that the crew's chances are thin": a thought (hard negative: "recognized
                # the new government" is diplomatic recognition)
            elif token.lemma_.lower() == "warn" and _warned_of_a_state(token):
                sense = None  # "warned that pensioners face danger": a statement of danger (quote layer), no threat
            elif _campaign_bid(token):
                sense = Sense("ELECTION", None, None, "rule:campaign_bid")  # "launched a bid for the presidency"
            elif sense is not None and sense.category == "LAUNCH" and token.lemma_.lower() in ("hit", "strike") and (
                    (subject := _subject(token)) is not None and (subject.lower_ in _ARMED
                                                                  or subject.lemma_.lower() in _WEAPONS)):
                sense = Sense("FIGHT", "190", None, "rule:weapon_strike")  # "mortars hit the market" (hard
                # negative: "the phone hits the market in May" is a launch)
            elif _disease_case(token):
                sense = Sense("DISASTER", None, None, "rule:disease_case")  # "was infected with the plague"
            elif _firefighting(token):
                sense = Sense("RESCUE", None, None, "rule:firefighting")  # "crews fought the blaze": no attack
            elif _bout(token):
                sense = Sense("CONTEST", None, None, "rule:bout")  # "the champion fought Ruiz in 1971": a bout
            elif sense is not None and sense.category != "FIGHT" and token.lemma_.lower() in ("fight", "battle") \
                    and any(o.lower_ in _ARMED for o in (next((c for c in token.children if c.dep_ == "dobj"), None),
                                                         _pobj(token, ("against", "with"))) if o is not None):
                sense = Sense("FIGHT", "190", None, sense.rule + "|rule:armed_foe")  # "rebels fought government
                # troops": battle, whatever "fight the government" means in a council (hard negative: "the union
                # fought the government over pensions" stays a dispute)
            elif sense is not None and _ballot(token):
                sense = Sense("ELECTION", None, None, sense.rule + "|rule:ballot")  # "voters approved the levy": a
                # ballot's outcome (hard negative: "the council approved the levy" is the council's act)
            elif token.pos_ == "VERB" and token.lemma_.lower() in _ENACTING and (
                    sense is None or sense.category in (HAPPENING, "CONCEDE")) and _legislature(_subject(token)):
                sense = Sense("ELECTION", None, None, "rule:legislature_vote")  # "parliament approved the budget",
                # "Congress authorized the repeal": a chamber's vote (hard negative: "the council approved the
                # levy", a council's act; "the minister approved the plan")
            elif sense is not None and sense.category == "ASSAULT" and _road_death(token):
                sense = Sense("DEATH", None, None, sense.rule + "|rule:road_death")  # "a hit-and-run driver
                # killed a cyclist"
            elif sense is not None and sense.category == "RETREAT" and token.lemma_.lower() == "retirement" and any(
                    c.dep_ == "poss" and (c.lower_ in ("his", "her") or c.ent_type_ == "PERSON" or _human(c.text))
                    for c in token.children):
                sense = Sense("APPOINT", "0831", None, sense.rule + "|rule:retirement")  # "announced his
                # retirement": a person leaves a post (hard negative: "the shuttle's retirement" is a withdrawal)
            elif sense is not None and sense.category == "ACCIDENT" and token.lemma_.lower() in _VANISHING \
                    and (subject := _subject(token)) is not None and _person(subject) \
                    and subject.lemma_.lower() not in _VEHICLES | artifacts():
                sense = Sense(HAPPENING, None, None, sense.rule + "|rule:person_missing")  # "the lawyer vanished in
                # 2015" is a disappearance, not a mishap (hard negative: "the airliner disappeared over the sea")
            elif sense is not None and sense.category == "CONSULT" and token.pos_ == "VERB" \
                    and token.lemma_.lower() == "approach" and (goal := next(
                        (c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)) is not None \
                    and goal.pos_ == "NOUN" and not goal.ent_type_ and not _human(goal.text) \
                    and _agent(goal) is None:
                sense = None  # "boats approaching the tankers", "as he was approaching the hut": a way covered, no
                # one called on (hard negative: "the envoy approached the rebels", people approached with an offer)
            elif sense is not None and sense.category == "CONSULT" and token.pos_ == "VERB" and (
                    (subject := _subject(token)) is not None and (subject.lemma_.lower() in _VEHICLES | _TRAVELLERS
                                                                  or model_number(subject) or (
                        subject.lemma_.lower() in _CREWS and token.lemma_.lower() in _REACHING))):
                moved = "travellers_move" if subject.lemma_.lower() in _TRAVELLERS else "crews_arrive" \
                    if subject.lemma_.lower() in _CREWS else "craft_moves"
                sense = Sense(HAPPENING, None, None, f"{sense.rule}|rule:{moved}")  # "the jet arrived at Gander",
                # "the migrants arrived in Greece": no one is called on
            if sense is None or self._carried_by_other(token, sense) or (
                    _described(token) and sense.category not in _VERBAL_ACTS):
                continue
            if sense.category == "THREATEN" and _danger_judged(token):
                continue  # "the threat is serious", "the risk remains high": a danger weighed, no one threatens
            if _document_speaking(token):
                continue  # "the indictment lists two more counts": a filing's words, no new act
            if _channel_of_words(token):
                continue  # "said so in a statement issued by its lawyers": the words' channel, no release
            if token.dep_ == "pcomp" and token.head.lower_ == "with" and token.head.head.pos_ == "VERB" \
                    and self.lexicon.no_event(token.head.head):
                continue  # "the commission charged with verifying the disarmament": a task given, no act
            if token.pos_ == "NOUN" and token.dep_ in ("dobj", "nsubjpass") and (
                    outcome := acted_on(token.head)) is not None and outcome.i == token.i:
                continue  # "upheld his conviction", "her sentence was cut": the act on the outcome is the event
            if verdict_content(token) or papers_say(token) or grave_sentence_object(token):
                continue  # "found guilty of three charges": what the verdict is on; "the lawsuit alleges": its words
            if token.lemma_.lower() == "operation" and sense.category == "MOBILIZE" \
                    and not any(t.lower_ in _ARMED | _OPERATORS for t in token.sent):
                continue  # "to upgrade its operations", "head of space operations": a firm's or an agency's
                # work, no operation of force (hard negative: "troops launched an operation")
            if token.lemma_.lower() in _TAGGING and token.idx in cue_starts and not any(
                    c.dep_ in ("xcomp", "ccomp") and any(a.lower_ == "to" for a in c.children) for c in token.children):
                continue  # "…," the senator asked: the words' tag (quote layer)
            if token.pos_ == "NOUN" and token.tag_ == "NNS" and any(
                    c.dep_ == "amod" and c.lower_ in _MANY and (c.lower_ != "many" or any(
                        a.lower_ in ("too", "so", "how", "as") for a in c.children)) for c in token.children) \
                    and not any(c.dep_ in ("det", "poss", "nummod") for c in token.children):
                continue  # "far too many strikes", "multiple recalls": a count of kinds, no occasion
            if token.pos_ == "NOUN" and any(c.dep_ == "compound" and c.lower_ in _OFFICE_WORDS and (
                    token.tag_ == "NNS" or c.lower_ in ("vp", "svp", "evp")) for c in token.children):
                continue  # "senior vp partnerships", "director communications": a job's title, no happening (hard
                # negative: "a chairman election" is an election)
            if token.lemma_.lower() == "support" and token.dep_ == "dobj" \
                    and token.head.lemma_.lower() in _FEATURE_VERBS \
                    and not any(c.dep_ == "poss" for c in token.children) \
                    and any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children):
                continue  # "the update adds full support for the store": a product's feature (hard negative: "the
                # party added its support for the bill")
            if token.dep_ in ("acl", "relcl") and token.lemma_.lower() in _HOLDING and token.head.pos_ == "NOUN" \
                    and self.lexicon.sense(token.head) is not None:
                continue  # "a summit to be held in June": the summit is the happening, with its month
            if (sense.category in ("ASSAULT", "FIGHT") or sense.rule == DATED_RULE) and _market_battered(token):
                continue  # "tech stocks were hammered", "bonds got beat up": a market move told as a blow
            if _victims(token) or _requirement(token) or _classifies(token) or _contributes(token) \
                    or _courtesy(token) or _how_often(token):
                continue  # "the injured were taken to hospital": people; "getting a visa required a trip": a condition
            if _tally(token):
                continue  # "have won 12 of 13", "won five straight games": a record over games, no one game
            if token.lemma_.lower() in ("demonstrate", "prove", "show") and any(
                    c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
                continue  # "as the side demonstrated last season, …": a quality shown (hard negative: "thousands
                # demonstrated in the capital")
            if hyphen_modifier(token):
                continue  # "a do-or-die attack", "a fight-to-the-finish bout": words that describe a noun
            if _in_a_name(token):
                continue  # "the Committee to Re-elect the Governor": a body's name, no election
            quoted = _quoted_name(token) if sense.category != "DISAPPROVE" else None
            if quoted is not None:  # "called it “a disgrace”" however parsed is criticism; any other name is words
                damning = sorted(quoted & _damning_labels())
                if not damning:
                    continue
                sense = Sense("DISAPPROVE", "111", None,
                              f"lexicon:event_senses.tsv#call/verb+label:{damning[0]}|rule:quoted_label")
            if _asked_aside(token) or _habitual(token) or _ability(token) or _to_the_reader(token) \
                    or _generic_you(token) or _such(token) or _likened(token) or _what_a_rule_says(token) \
                    or _verdict(token) or _what_a_flaw_allows(token) \
                    or _in_charge_name(token) or _serving_time(token) \
                    or _about_the_text(token) or _title_word(token) or (
                        _what_it_does(token, positions) and sense.rule != "rule:goods_given") \
                    or _page_stamp(token) or _RIGHTS_NOTICE.search(token.sent.text):
                continue  # "when asked about it, he …"; "the council usually approves the budget in March"
            if token.pos_ == "NOUN" and token.dep_ in ("dobj", "nsubjpass", "nsubj") and token.head.pos_ == "VERB" and (
                    (_habitual(token.head) and token.head.tag_ in ("VBZ", "VBP")) or _ability(token.head)):
                continue  # "handles 40,000 inquiries annually", "the capacity to launch attacks": no occasion
            if describes_noun(token, sense.category == "PUBLISH") or fixed_phrase(token) or governs_event(
                    token, lambda t: self.lexicon.sense(t) is not None) \
                    or relation(token) or shows(token) or pastime(token) or asked_for_comment(token) \
                    or advises_that(token) \
                    or schooling(token) \
                    or standing_tie(token) \
                    or declined_to_speak(token) or not_yet_told(token) \
                    or standing_backing(token):
                continue  # "rounds aimed at the post", "in support of", "refused to give": see event_scope
            mention = self._mention(token, sense, text, positions, timexes, quotes, dateline)
            if token.lemma_.lower() == "race" and token.pos_ in ("NOUN", "PROPN") and not any(
                    c.dep_ in ("det", "poss", "amod", "compound", "nummod", "prep") for c in token.children):
                continue  # "race and legacy could play a role", "discrimination based on race": a people's race,
                # not a contest (hard negative: "the race for mayor", "a tight race")
            if mention.voice == "article" and token.sent.text.rstrip().rstrip("\"'”’)").endswith("?"):
                continue  # the article's own question ("Will the council act?", "Q: places you have visited?") asks
            if mention.date is None and _aim(token):
                continue  # "issued forms to determine refugee status", "set up roadblocks to stop looting": an aim
            if mention.date is None and _yours(token):
                continue  # "tips for launching your own goods": advice to the reader, no one occasion
            if mention.date is None and _generic_doer(token):
                continue  # "you pick any plan you like", "if someone crosses the line": no one occasion
            if mention.date is None and _timeless_present(token) and (
                    sense.category not in _SAID_ACTS or _deals_in(token) or _standing_text(token)):
                continue  # "the parliament passes laws and ratifies treaties": what a body does, not what it did
            if sense.rule == DATED_RULE and _projection(mention, article):
                continue
            if sense.rule == _OCCURRED.rule and (mention.modality == "hypothetical" or mention.date is None or (
                    _after(mention.date, _published(article)) and token.head.tag_ not in ("VBZ", "VBP", "VB"))):
                continue  # "the fair opens on Friday" is scheduled; "the match began on" a later day is no reading
            if combat and mention.category == "CONTEST" and mention.modality == "blocked" and mention.cue is not None \
                    and mention.cue.text.lower().startswith("stop"):
                mention.modality, mention.cue, mention.modality_rule = "happened", None, None  # "the referee
                # stopped the fight in the sixth": the bout ended there, it was fought
            if sports and mention.category == "CONTEST" and mention.modality == "happened" and token.pos_ == "VERB" \
                    and token.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in token.children) \
                    and not _headline(token, text, body):  # a headline's present tells a result ("Harbourton defeats
                # Millbrook")
                mention.modality, mention.modality_rule = "planned", "modality:fixture"  # "Britain plays the Dutch"
            actors = [a for a in (mention.source, mention.target) if a is not None]
            traded = reread(sense, token, actors, state, _person)
            if traded is sense:  # "a crowd gathered": no party acts, yet a crowd gathering is a happening
                traded = crowd(sense, token, _subject(token) if token.pos_ == "VERB" else None)
            if traded is not sense:  # a purchase, a product's launch, a dismissal: not a state's act
                mention.sense = traded
            else:
                forced = _force(mention, token)
                if forced is None:
                    continue
                mention.sense = _joint_exercise(forced, token)
            if mention.sense.category in ("ASSAULT", "FIGHT") and (calamity := self._accidental(token, mention)):
                harm = "DEATH" if token.lemma_.lower() in _KILLS and not (
                    token.tag_ == "VBG" and _mishap_toll(token)) else "DISASTER" if (mention.source is not None and (
                        _calamity(mention.source.name) == "DISASTER")) or calamity == "DISASTER" else "ACCIDENT"
                # "shot in a hunting accident", "hurt in the landslide";
                # "a quake that flattened the city": the disaster's damage;
                # "exploded after liftoff, killing all six": the blast's toll
                mention.sense = Sense(harm, None, None, mention.sense.rule + "|rule:caused_by_accident")
            elif mention.sense.category == "ASSAULT" and _hurt_at_play(token) and (mention.source is None or any(
                    c.dep_ == "dobj" and any(p.dep_ == "poss" for p in c.children) for c in token.children)):
                mention.sense = Sense(HAPPENING, None, None, mention.sense.rule + "|rule:hurt_at_play")  # "was hurt
                # in the loss to Atlanta", "injured his knee in practice": a player's injury, no attack
            someone = self._someone(positions)
            effect = _effect_of_thing(token, someone)
            if "rule:calamity_around" in mention.sense.rule:
                effect = False  # "the airport was damaged" after a quake: the quake's damage, no party needed
            elif (traded is sense and not _held_to_account(token) and ((not sense.specific and not _named(mention)
                                                                     and not _pronoun_party(token, sense)) or (
                    "cameo_" in sense.rule and "rule:sports" not in sense.rule and not _measure_acted_on(token) and (
                    not _acting(mention) or things_only(token, someone) or _thing_acts(token, someone))))) or effect:
                # a CAMEO default with nobody taking part ("it was resolved"); event data codes acts of actors
                # ("ozone declined", "iodine comes from salt"); but a dated one is still a happening of the story
                fallback = self.lexicon.dated(token) if token.i in dated and not effect else None
                if fallback is None or _projection(mention, article):
                    continue
                mention.sense = fallback
            mention.sense = in_court(mention.sense, token, _subject(token) if token.pos_ == "VERB" else None)
            if mention.sense.category in ("ACCIDENT", HAPPENING) and _set_alight_by_someone(token):
                mention.sense = Sense("CRIME", None, None, mention.sense.rule + "|rule:arson")
            if _money_moved(mention.sense, token):
                mention.sense = Sense("BUSINESS", None, None, mention.sense.rule + "|rule:financial_object")
            if "+infinitive" in sense.rule and not _is_someone(mention.source) and not (
                    mention.source is None and token.lemma_.lower() in _PERMITS
                    and any(c.dep_ == "auxpass" for c in token.children)):
                continue  # "the rules allow firms to hire", "the weather allowed them to land": no one permits (but
                # "the two yards will be allowed to tender": someone unnamed will; a passive order, "were told to
                # leave", is carried by what it orders, demanded)
            if _capability(token) and not (mention.source is not None and (mention.source.actor_type or "")
                                           in STATE_SECTORS):
                continue  # "the kit will let developers build apps": what a product does, no occasion
            if sense.category == "REJECT" and token.lemma_.lower() in ("delay", "postpone", "defer") and any(
                    c.dep_ in ("dobj", "nsubjpass") and (put_off := self.lexicon.sense(c)) is not None
                    and put_off.category in ("LAUNCH", "BUSINESS", "PUBLISH") for c in token.children) \
                    and not any(a is not None and (a.actor_type or "") in STATE_SECTORS
                                for a in (mention.source, mention.target)):
                continue  # "the maker delayed the test flight": the flight's fate (put off), no rebuff of anyone
                # (hard negatives: "the government delayed the talks", a state's refusal PLOVER codes; "voted to
                # postpone the hearing", a body's decision)
            if _own_jobs_lost(token, sense):
                continue  # "patients who lost their jobs": people out of work, no firm's cut
            if _generic_plural(token) or (sense.category == "CRIME" and _bare_mass(token)) or _liable_to(token) \
                    or _practice_ruled(token) \
                    or _kinds_dealt_in(token) or _lacked(token):
                continue  # "hazards such as storms and heatwaves", "cracked down on smuggling": no one happening
            if sense.category in ("STATEMENT", "PUBLISH") and (
                    (token.pos_ == "NOUN" and _attribution_frame(token)) or _quote_vehicle(token)):
                continue  # "in a statement, she said", "a statement saying": the words are the quote layer's
            if sense.category == HAPPENING and token.pos_ == "VERB" and _quote_vehicle(token):
                continue  # "put out a cheeky reply to the honour: '…'", read only as a happening on its day
            found.append(mention)
        found = [m for m in found if not _announces_event(m, found)]
        found = _one_sense(found, doc, self.lexicon)
        found = _restated(found)
        found = [m for m in found if not _charged_offence_told(m, found)]
        _casualties(found)
        spoken = {q.id: q.content for q in quotes if q.kind in ("direct", "block")}
        _offset_dates(found, timexes)
        _clause_of_a_dated_noun(found)
        _narrative_dates(found, text, timexes, _published(article), sports, spoken)
        _dated_later(found, timexes)
        _offset_from_happening(found, timexes)
        doc._.events = _merge(found, _published(article), {e.id for e in entities if e.type == "person"})
        return doc

    def _someone(self, positions: dict[int, Entity]) -> Callable[[Token], bool]:
        """Whether a noun phrase's head can act: a name, a person or agent noun, an armed force, an event."""
        def someone(head: Token) -> bool:
            return head.idx in positions or _human(head.text) or _agent(head) is not None \
                or head.lower_ in _ARMED or head.lemma_.lower() in _WEAPONS or self.lexicon.sense(head) is not None \
                or head.lower_ in _documents()  # "a report alleged …" speaks for whoever issued it
        return someone

    def _thrown_at(self, verb: Token) -> Sense | None:
        """ "Hurled a chair at the window", "launched a trolley at the bus": a thing thrown at someone or something
        is an assault, not a product's launch (hard negatives: "launched the phone at a fair", "threw a party at the
        club", "launched the attack at dawn": an occasion, a party, a time)."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _THROWS:
            return None
        listed = self.lexicon.sense(verb)
        if listed is not None and listed.category != "LAUNCH":
            return None  # "threw stones at police", "launched rockets at the town": CAMEO's own codes stand
        thing = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        aim = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "at" for g in c.children
                    if g.dep_ == "pobj"), None) or next(
            (g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("through", "into") for g in c.children
             if g.dep_ == "pobj" and g.lemma_.lower() in _PANES), None)  # "a rock was hurled through a patrol
        # car's rear window" (hard negative: "threw the ball into the net")
        if thing is None or aim is None or thing.lemma_.lower() in _NOT_THROWN \
                or self.lexicon.sense(thing) is not None or aim.ent_type_ in ("DATE", "TIME") \
                or self.lexicon.sense(aim) is not None or aim.lemma_.lower() in _VENUES:
            return None
        return Sense("ASSAULT", "180", None, "rule:thrown_at")

    def _accidental(self, token: Token, mention: Mention) -> str | bool:
        """Harm an accident or a disaster did: "a wall collapsed, killing 12"; with no one doing it, also
        "were crushed to death when a wall collapsed" (the cause in the harm's own when-clause). The cause's
        category when a listed cause is found, else whether the harm is accidental."""
        causes = [token.head] if token.dep_ in ("advcl", "conj", "xcomp") and token.head.i != token.i else []
        if mention.source is None and causes and token.lemma_.lower() in _HARMS and (
                subject := _subject(causes[0])) is not None and subject.lemma_.lower() in _VEHICLES | {"it"}:
            return True  # "the shuttle broke up, killing all seven crew": no one killed them
        if mention.source is None and token.pos_ == "VERB":
            causes += [c for c in token.children if c.dep_ == "advcl"]
        if token.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in token.children):
            causes.append(token.head)  # "a crash that killed two": the relative pronoun stands for the crash
        if token.pos_ == "VERB":  # "was shot in a hunting accident", "accidentally shot by a friend"
            if any(c.dep_ == "advmod" and c.lower_ in ("accidentally", "inadvertently", "unintentionally")
                   for c in token.children):
                return True
            causes += [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
                       for g in c.children if g.dep_ == "pobj" and (g.lemma_.lower() in ("accident", "mishap") or (
                           not any(m.lower_ in _ARMED or m.lemma_.lower() in _WEAPONS for m in g.subtree)
                           and _calamity(g.lemma_.lower()) is not None))]  # "were killed in an earthquake",
            # "died in the blaze" (hard negatives: "killed in a bomb blast", "in an ambush": an attack)
            if any(c.dep_ == "prep" and c.lower_ in ("in", "by") and any(
                    g.dep_ == "pobj" and doc_text(g.doc)[g.idx:g.idx + 11].lower() == "hit-and-run" for g in c.children)
                   for c in token.children):
                return True  # "killed in a hit-and-run": a road crash whose driver fled (hard negative: "killed in
                # a mob hit", a killing)
        return next((cause.category for c in causes if (cause := self.lexicon.sense(c)) is not None
                     and cause.category in ("ACCIDENT", "DISASTER")), False)

    def _carried_by_other(self, token: Token, sense: Sense) -> bool:
        """One happening, one event: "held talks" is the talks; "signed an agreement" is the signing;
        "wants to help" is the help, wanted (its modality), not a demand."""
        if sense.rule == "rule:grave_sentence":
            return False  # "ordered execution": the sentence pronounced, its object no event of its own
        if token.pos_ == "VERB" and token.lemma_.lower() in ("call", "name", "dub") and token.tag_ == "VBN" \
                and token.dep_ == "acl" and not _named_to_post(token):
            return True  # "a procedure called debridement", "a ship named Osprey": a name, no calling
        if token.pos_ == "VERB" and token.dep_ == "acl" and token.tag_ == "VBG" \
                and token.lemma_.lower() in ("seek", "claim", "allege", "accuse", "charge") \
                and token.head.lemma_.lower() in _FILINGS:
            return True  # "a suit seeking $6 million", "a complaint alleging fraud": what the filing asks or
            # claims is the filing's content, not an act of its own
        if token.pos_ == "VERB" and token.lemma_.lower() in _WEIGHING and any(
                (c.dep_ in ("dobj", "xcomp") and c.pos_ in ("NOUN", "VERB") and self.lexicon.sense(c) is not None)
                or (c.dep_ in ("ccomp", "xcomp") and any(m.lower_ == "whether" for m in c.children))
                for c in token.children):
            return True  # "weighs charges against the player", "was considering whether to file charges": the act
            # weighed is the happening, open (hard negative: "the council debated the ban", a sitting)
        if token.pos_ == "VERB" and token.lemma_.lower() in ("emerge", "transpire") and any(
                c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in token.children) and any(
                c.dep_ == "ccomp" for c in token.children):
            return True  # "it emerged that an executive had arranged a job": what came out is the happening, its
            # coming out only reports it (hard negative: "survivors emerged from the rubble", an act)
        if token.pos_ == "VERB":
            if token.lemma_.lower() == "put" and any(c.dep_ == "prep" and c.lower_ == "to" and any(
                    g.lower_ == "death" for g in c.children) for c in token.children):
                return True  # "was put to death": the death (an execution) is the event
            if any(c.dep_ == "prep" and c.lower_ == "under" and any(g.lower_ in ("fire", "attack") for g in c.children)
                   for c in token.children):
                return True  # "came under fire", "under attack": the fire (a shooting or criticism) is the event
            if any(_occurrence_subject(c) for c in token.children):
                return True  # "the blackout occurred on Sunday", "the parade took place": the blackout, the parade
            if token.lemma_.lower() in _DESIRE and any(
                    c.dep_ == "xcomp" and c.pos_ == "VERB" and self.lexicon.sense(c) is not None
                    and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in token.children):
                return True
            if token.lemma_.lower() in _HELPING and any(
                    (c.dep_ == "xcomp" and c.pos_ == "VERB" and self.lexicon.sense(c) is not None)
                    or (c.dep_ == "prep" and c.lower_ == "with" and any(
                        g.dep_ == "pobj" and self.lexicon.sense(g) is not None for g in c.children))
                    for c in token.children):
                return True  # "helped fire the side to the title", "assisted with drug inquiries": the act helped
            if token.lemma_.lower() in _SENDINGS and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in _LETTERS for c in token.children) and any(
                    w.dep_ in ("acl", "advcl", "xcomp", "relcl") and w.lemma_.lower() in _LETTER_ASKS
                    for c in token.children for w in ([c] if c.dep_ != "dobj" else [c, *c.children])):
                return True  # "sent a letter to the president asking him to act": the asking is the event, a
                # demand (hard negative: "sent a letter of thanks", a letter that asks nothing)
            if token.lemma_.lower() in _GATHERINGS and any(
                    c.dep_ == "prep" and c.lower_ in ("for", "in") and any(
                        g.dep_ == "pobj" and (held := self.lexicon.sense(g)) is not None and held.category in _ATTENDED
                        for g in c.children) for c in token.children):
                return True  # "hundreds joined together for a vigil", "gathered for a rally": the vigil, the rally
                # (hard negative: "joined the board in May", a post)
            if token.lemma_.lower() in _SEEK and any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in token.children):
                return True  # "sought to buy arms": the buying, attempted; "sought to downplay it": words, no act
            agent = next((g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
                          and g.pos_ == "NOUN"), None)
            subject = next((c for c in token.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None) or agent
            cause = self.lexicon.sense(subject) if subject is not None else None
            if cause is not None and cause.category in ("DISASTER", "ACCIDENT"):
                return True  # "floods hit the town", "an earthquake struck": the flood is the event
            if cause is not None and (cause.category in ("ASSAULT", "FIGHT", "CRIME") or (
                    cause.category in ("PROTEST", "SANCTION", "COERCE") and subject is agent)) \
                    and token.lemma_.lower() in _HARMS | _BLOWS:  # "the town was hit by protests"
                return True  # "the attack killed 12", "the raid wounded a guard", "a cyberattack hit the port"
            if cause is not None and token.lemma_.lower() in _ASPECTUAL | {"come", "run", "last"}:
                return True  # "strikes went on for a week", "talks resumed", "the ruling came on Monday": the
                # strikes, the talks, the ruling
            if token.lemma_.lower() not in _LIGHT_VERBS or any(c.dep_ == "oprd" for c in token.children):
                return False  # "called the ruling a breakthrough": a label, not a light verb's "called a strike"
            objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
            senses = [self.lexicon.sense(c) or (self.lexicon.named_happening(c) if c.dep_ == "dobj" and light_verb(
                token) and light_object(c) else None) for c in objects if c.pos_ == "NOUN"]
            if token.lemma_.lower() in _GUESTS:  # "attended the summit" is the summit; "attended the unveiling" a
                # visit; "joined the march", "attended the rally": taking part in a protest is the protest
                return any(s is not None and (s.category == sense.category or s.category in _ATTENDED) for s in senses)
            return any(s is not None for s in senses)
        if token.dep_ == "pobj" and token.head.lower_ in ("to", "on", "upon") and token.head.head.pos_ == "VERB" \
                and token.head.head.lemma_.lower() == "agree" and token.lemma_.lower() in _AGREED_THINGS:
            return True  # "agreed to a deal to sell episodes", "agreed on a ceasefire": the agreeing is the deal
            # (hard negative: "agreed to talks", talks still to come, an event of their own)
        if token.dep_ in ("oprd", "attr") and token.head.lemma_.lower() in ("call", "label", "brand", "describe",
                                                                          "term", "dub", "deem") \
                and not (token.dep_ == "oprd" and not any(c.dep_ == "dobj" for c in token.head.children)):
            return True  # "called the verdict a victory for justice": the label is no happening ("called
            # elections for July", parsed with no object, names no label: the elections are called)
        if token.lower_ == "death" and token.dep_ == "pobj" and token.head.lower_ == "to" \
                and token.head.head.pos_ == "VERB" and token.head.head.lemma_.lower() != "put" \
                and self.lexicon.sense(token.head.head) is not None:
            return True  # "stabbed to death", "crushed to death", "sentenced to death": the verb's outcome
        if token.dep_ in ("dobj", "nsubjpass", "pobj") and token.head.pos_ == "VERB":
            head = self.lexicon.sense(token.head) if token.head.lemma_.lower() not in _LIGHT_VERBS else None
            decided = head is not None and token.dep_ != "pobj" and (
                head.category == "SANCTION" or token.head.lemma_.lower() in ("claim", "declare")) \
                and head.rule.endswith(
                (f"+object:{token.lemma_.lower()}", f"+object:{token.lower_}"))  # "withheld aid", "claimed victory":
            return head is not None and (head.category == sense.category or decided)  # stopped or only spoken of
        return False

    def _mention(self, token: Token, sense: Sense, text: str, positions: dict[int, Entity],
                 timexes: list[Timex], quotes: list[Quote], dateline: Dateline | None) -> Mention:
        sentence = token.sent
        source, target = _participants(token, text, positions)
        if token.pos_ == "VERB" and "+subject:" in sense.rule and source is not None and any(
                c.dep_ == "nsubj" and not _someone_noun(c) and not re.search(r"(?:er|or|ist|ian)s?$", c.lower_)
                and (self.lexicon.sense(c) is not None or sense.rule.split("|")[0].endswith(
                    (f"+subject:{c.lower_}", f"+subject:{c.lemma_.lower()}"))) for c in token.children):
            source = None  # "protests erupted": the subject is the happening, not its doer
        if sense.rule == "rule:goods_given":
            source, target = _giver_and_receiver(token, text, positions)
        if _accused_described(token):
            source, target = None, source  # "the porter accused of the robbery": he is the accused
            # (hard negative: "the woman accused her manager of theft", an accuser with her object)
        elif target is None and _headline_passive(token, text):
            source, target = None, source  # "Gang Member Convicted Of Murder": headlinese for "was convicted"
            # (hard negative: "Acme Launched Phone", an object after it: an act of the subject's)
        if sense.category == "APPOINT" and token.pos_ == "VERB" and _named_to_post(token):
            objects = [c for c in token.children if c.dep_ in ("dobj", "oprd")]
            person = next((w for c in objects for w in c.subtree if w.ent_type_ == "PERSON" or (
                w.dep_ == "dobj" and _person(w))), None)
            namer = token.head if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN") else _subject(token)
            source = _actor(namer, text, positions) or source  # "The board named Ann Lee chief executive", parsed
            target = _actor(person, text, positions) or target  # as a board described by its naming
        if sense.rule == "rule:team_result":  # the side lifted wins over the side it is lifted past
            source = _actor(next((c for c in token.children if c.dep_ == "dobj"), None), text, positions)
            target = _actor(_pobj(token, ("past", "over")), text, positions)
        place = _place(token, positions, self.home)
        when = _date(token, timexes, self.lexicon)
        if when is not None and _what_it_is_for(token) and when.expression is not None and not (
                token.left_edge.idx <= when.expression.start <= token.right_edge.idx):
            when = None  # "preparations for the summit began on Monday": Monday is the preparations', not the
            # summit's (hard negative: "preparations for the summit on Friday began", the summit's own day)
        voice = _voice(quotes, token.idx)
        modality, cue, why = read_modality(token, text)
        if modality == "happened" and token.dep_ in ("xcomp", "advcl") and _picked_for_a_role(token.head) \
                and token.lemma_.lower() in _ROLE_ACTS:
            modality, cue, why = "planned", None, "modality:picked_for"  # "was picked to host the awards": the
            # hosting is what the choice is for, still to come
        if (modality == "demanded" or why == "modality:permitted") and when is not None \
                and when.expression is not None and not (
                token.left_edge.idx <= when.expression.start < token.right_edge.idx + len(token.right_edge.text)):
            when = None  # "petitioned in 2019 for the curfew to end": 2019 is the asking's, not the ending's; "in
            # 2011 voters backed a bond allowing the city to buy it": the backing's, not the purchase's
        reporter = next((q for q in quotes if q.id == voice), None)
        if modality == "blocked" and why == "modality:negation" and reporter is not None \
                and reporter.kind in ("direct", "mixed", "block") and _said_of_oneself(token) \
                and sense.category in _ACCUSABLE:
            modality, why = "denied", "modality:first_person_denial"  # "'We did not attack the convoy,' the army said"
        if modality == "happened" and reporter and reporter.speaker and reporter.speaker.kind == "unnamed_report":
            modality, why = "reported", "rule:unnamed_report"
        span = Span(sentence.start_char, sentence.end_char, text[sentence.start_char:sentence.end_char])
        return Mention(sense, token, source, target, place, when, modality, cue, why, voice, span)


_ARMED = {"troops", "troop", "forces", "force", "army", "armies", "soldiers", "soldier", "military", "militaries",
          "navy", "artillery", "tanks", "tank", "jets", "warplanes", "aircraft", "helicopters", "rebels", "rebel",
          "militants", "militant", "insurgents", "insurgent", "fighters", "militia", "militias", "guerrillas",
          "airstrikes", "airstrike", "shelling", "missiles", "missile", "rockets", "battalion", "brigade",
          "division", "marines", "paratroopers", "gunboats", "warships", "drones", "front", "offensive",
          # what only armies fire: "two shells fell short of the ridge"
          "shell", "shells", "mortar", "mortars", "howitzer", "howitzers", "shellfire"}
_ARMED_TYPES = {"MIL", "REB", "INS", "SPY"}
# Who or what moves only as armed force: troops, warships, armoured units ("aircraft", "helicopters" and "jets" also
# fly rescues and airline routes, "fleet" and "carrier" fish and fly passengers).
_WAR_MOVERS = {"troops", "troop", "forces", "army", "soldiers", "military", "navy", "tanks", "warplanes", "marines",
               "paratroopers", "gunboats", "warships", "warship", "battalion", "battalions", "brigade", "brigades",
               "militia", "militias", "rebels", "militants", "insurgents", "guerrillas", "destroyer", "destroyers",
               "frigate", "frigates", "bomber", "bombers", "submarine", "submarines", "reinforcements", "cruiser",
               "cruisers", "corvette", "corvettes", "armada", "squadron", "squadrons", "regiment", "regiments",
               "platoon", "platoons", "commandos", "gunships"}


_OPERATIONS_OF_WAR = {"military", "combat", "ground", "air", "naval", "army", "offensive", "counter-terrorism",
                      "counterterrorism", "counterinsurgency", "counter-insurgency", "security", "special", "commando",
                      "joint", "anti-terror", "covert", "peacekeeping", "clearing", "mop-up", "amphibious", "airborne"}


def _armed_operation(noun: Token) -> bool:
    """An operation of armed force: named so ("military operations", "a ground operation"), told among armed forces,
    or run by or against one ("the army launched an operation", "an operation against the rebels"); not one named
    for policing or rescue work."""
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    if any(c.lower_ in _OPERATIONS_OF_WAR or c.lower_ in _ARMED for c in modifiers):
        return True
    if any(c.lower_ in ("policing", "police", "rescue", "search", "relief", "recovery", "cleanup", "clean-up")
           for c in modifiers):
        return False
    if any(t.lower_ in _ARMED or t.lower_ in ("war", "wartime", "battle", "combat") for t in noun.sent
           if t.i != noun.i):
        return True  # "units of the army should be ready to launch surprise operations"
    against = _pobj(noun, ("against",))
    if against is not None and (against.lower_ in _ARMED or _agent(against) in _ARMED_TYPES):
        return True
    verb = noun.head if noun.dep_ in ("dobj", "nsubj", "nsubjpass") else None
    subject = _subject(verb) if verb is not None and verb.pos_ == "VERB" else None
    return subject is not None and (subject.lower_ in _ARMED or _agent(subject) in _ARMED_TYPES
                                    or any(c.lower_ in _ARMED for c in subject.children if c.dep_ == "compound"))


_BARRIERS = {"door", "gate", "window", "wall", "fence", "barricade", "barrier", "entrance"}
# What can wane and vanish without anyone going missing ("print advertising disappears", "the jobs vanished").
_WANING = {"advertising", "job", "revenue", "income", "money", "fund", "business", "trade", "interest", "tradition",
           "practice", "custom", "culture", "industry", "market", "readership", "circulation", "audience", "print",
           "newspaper", "paper", "species", "habitat", "forest", "glacier", "ice", "snow", "support", "trust",
           "confidence", "optimism", "hope", "appetite", "demand", "profit", "margin", "advantage", "lead", "gap",
           "deficit", "surplus", "shortage", "problem", "threat", "risk", "fear", "symptom", "pain"}
_DEADLINES = {"deadline", "cutoff", "cut-off", "ultimatum", "target"}
_GARB = {"wear", "carry", "hold", "bear", "brandish", "wield", "wave", "dress", "sport"}  # what a doer had with them
_CODES_BROKEN = {"law", "laws", "rule", "rules", "regulation", "regulations", "code", "statute", "statutes"}


def _state_doer(subject: Token | None) -> bool:
    """A government, a country, an army or an armed group: whose defiance of a law is a political act."""
    return subject is not None and (subject.ent_type_ in ("GPE", "NORP") or (_agent(subject) or "") in (
        "GOV", "MIL", "REB", "INS") or subject.lower_ in ("government", "regime", "state", "country", "authorities"))


def _in_section_heading(token: Token) -> bool:
    """A short line in capitals inside the body ("US FALLS", "FRANCE WINS"): a heading that names what its section
    tells (hard negative: "NATO" or "UN" inside a sentence)."""
    sent = token.sent
    cache: dict[int, bool] = token.doc.user_data.setdefault("dateline_section_headings", {})
    if sent.start not in cache:
        line = sent.text.strip()
        cache[sent.start] = len(line.split()) <= 8 and bool(_HEADING_LINE.fullmatch(line))
    return cache[sent.start]


_HEADING_LINE = re.compile(r"[A-Z][A-Z0-9 ,.'’&:-]*[A-Z0-9]")


def _participle_as_adjective(token: Token) -> bool:
    """A participle between an article and its noun ("a Harbour County shared office") that the parser read as
    a verb with the noun for object: no subject, the noun right after it, and only names or adjectives back to
    "a" or "the" (hard negative: "a man shared the video", whose verb has a subject)."""
    if token.pos_ != "VERB" or token.tag_ not in ("VBD", "VBN") or token.i + 1 >= len(token.doc) or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children):
        return False
    after = token.doc[token.i + 1]
    if after.dep_ != "dobj" or after.head.i != token.i or after.pos_ != "NOUN":
        return False
    for back in range(token.i - 1, max(token.i - 6, -1), -1):
        word = token.doc[back]
        if word.lower_ in ("a", "an", "the"):
            return True
        if word.pos_ not in ("PROPN", "ADJ") and word.dep_ != "compound":
            return False
    return False


def _forces_moved(verb: Token) -> bool:
    """Armed forces or war machines on the move ("warships sailed for the strait", "the brigade moved to the
    border", "two aircraft carriers are headed to the gulf"): a deployment, not a visit."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _MOVES | {"move", "steam", "deploy", "roll", "pour", "march"}:
        return False
    subject = _subject(verb)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):  # "Rebels marched …", capitalised at the start
        return False
    if subject.lemma_.lower() == "carrier" and any(c.lower_ == "aircraft" for c in subject.children):
        return True
    return subject.lower_ in _WAR_MOVERS or subject.lemma_.lower() in _WAR_MOVERS
# Fighting nouns no figure of speech borrows: armed whoever the sentence names ("the insurgency began in 2019").
# Revolts a body's own members, shareholders or fans wage with no arms; written for dateline from business and
# party-politics news usage ("shareholder revolt", "backbench rebellion"); CC0.
_REVOLTS = {"insurgency", "uprising", "rebellion", "revolt", "mutiny", "insurrection"}
_MEMBERS = {"shareholder", "shareholders", "investor", "investors", "backbench", "backbencher", "backbenchers",
            "member", "members", "fan", "fans", "staff", "employee", "employees", "grassroots", "online", "internet",
            "consumer", "consumers", "voter", "voters", "board", "boardroom", "tory", "labour", "party"}
_ARMED_ACTS = {"insurgency", "uprising", "rebellion", "hostility", "hostilities", "firefight", "gunfight",
               "bombardment", "shelling", "counteroffensive", "counter-offensive", "siege"}
_WEAPONS = {"shell", "rocket", "missile", "round", "artillery", "fire", "bomb", "grenade", "bullet", "shot", "mortar",
            "salvo", "volley", "torpedo", "drone", "weapon", "gun", "tear gas", "device", "mine", "explosive"}


# "X happened / occurred / took place / was held": X names a happening, whatever the noun ("the handover took place
# on Monday", "the blackout occurred late on Sunday"); not a thought that occurs to someone, not "things happen".
_OCCURRED = Sense(HAPPENING, None, None, "rule:occurrence_subject")
_CO_OPERATION = Sense("COOPERATE", "06", None, "rule:co_operation")  # "co-operation", split by the tokenizer
_OCCURRENCE_VERBS = {"happen", "occur", "unfold", "recur"}
_STAGED = {"hold", "stage"}
_BEGINS = {"begin", "start", "open", "end", "close", "conclude", "resume", "finish", "kick", "wrap", "get"}


# In a sports report a win is a result, not an attack: the PETRARCH readings of "beat", "crush", "rout",
# "hammer" (ASSAULT, FIGHT) or of "sweep", "oust" (COERCE) give way to CONTEST when competitors take part.
_FIXTURES = {"meeting", "meet", "visit", "host", "face"}
_NOT_IN_SPORT = {"ASSAULT", "FIGHT", "COERCE", "MOBILIZE", "HAPPENING", "REJECT", "DEATH"}
_RESULT_VERBS = frozenset({r["word"] for r in load(SPORTS) if r["kind"] == "contest_verb"}
                          | {"top", "down", "outlast", "outplay", "stun", "whip", "blank", "dispatch", "topple"})
_COMPETITORS = {"team", "side", "rival", "opponent", "champion", "club", "squad", "holder", "favourite", "favorite",
                "host", "visitor", "leader", "challenger", "defender", "titleholder"}
_PAST_VERBS = {"cruise", "ease", "storm", "get", "power", "sweep", "breeze", "slip", "squeeze", "battle"}


# The last word of a name that names an occasion, and what kind of occasion it is.
_OCCASION_NAMES = {
    **dict.fromkeys(("cup", "open", "championship", "championships", "olympics", "marathon", "tournament", "prix",
                     "finals", "classic", "derby", "awards", "trophy", "regatta", "grand slam", "competition",
                     "contest", "games"), "CONTEST"),
    **dict.fromkeys(("summit", "conference", "forum", "congress", "convention", "symposium", "dialogue"), "CONSULT"),
    **dict.fromkeys(("election", "elections", "primary", "referendum", "caucus", "caucuses"), "ELECTION"),
    **dict.fromkeys(("show", "festival", "fair", "expo", "exhibition", "gala", "parade", "carnival", "ceremony",
                     "biennale", "jubilee"), HAPPENING)}
_AT_OCCASION = {"at", "during", "after", "before", "ahead", "since", "until", "following", "for"}
_OCCASION_VERBS_NAMED = {"attend", "host", "hold", "stage", "win", "cancel", "postpone", "open", "close", "visit",
                         "boycott", "organise", "organize", "headline", "skip", "miss"}


_PLACE_NOUNS = {"province", "region", "area", "town", "city", "village", "territory", "zone", "country", "base",
                "border", "strip", "valley", "enclave", "capital", "island", "islands", "peninsula", "district"}


_HIT_AND_RUN = Sense("ACCIDENT", None, None, "lexicon:events.tsv#hit-and-run|rule:written_apart")
_AFTER_HIT_AND_RUN = {"accident", "accidents", "crash", "crashes", "collision", "collisions", "driver", "drivers",
                      "incident", "incidents", "case", "cases", "death", "deaths", "suspect", "suspects", "victim",
                      "victims", "charge", "charges", "investigation", "inquiry", "probe"}


def _hit_and_run(token: Token) -> str | None:
    """ "hit and run" written without hyphens, as local news often prints it ("a hit and run leaves a cyclist
    dead"): the road crash whose driver fled, not a blow ("head", its trigger "hit"), or the word describing the noun
    after it ("modifier": "a hit and run accident", a crash told by that noun). "Hit and ran", "hit and run away"
    are two verbs."""
    doc = token.doc
    if token.lower_ != "hit" or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "and" \
            or doc[token.i + 2].lower_ != "run":
        return None
    after = doc[token.i + 3] if token.i + 3 < len(doc) else None
    if after is not None and after.lower_ in ("away", "off", "over", "out", "into", "from"):
        return None
    return "modifier" if after is not None and after.lower_ in _AFTER_HIT_AND_RUN else "head"


def _leaves_a_place(verb: Token) -> bool:
    """"withdraw from the province", "pulled out of Kabul": a place left (hard negative: "pulled out of the deal")."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
    preps += [g for c in verb.children if c.lower_ == "out"
              for g in c.children if g.dep_ == "prep" and g.lower_ == "of"]
    return any(g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "LOC", "FAC") or g.lemma_.lower() in _PLACE_NOUNS)
               for p in preps for g in p.children)


def _diplomatic_rank(token: Token) -> bool:
    """ "The chargés d'affaires of 30 countries": a diplomatic rank, no charges."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.lower_.replace("’", "'").startswith("d'affaires") \
        and token.lemma_.lower() in ("charge", "charges", "chargé", "chargés")


def _own_jobs_lost(verb: Token, sense: Sense) -> bool:
    """ "The carmaker will lose 4,300 jobs", "900 jobs were lost" tell a firm's cut (BUSINESS); "they lost their
    jobs" tells people out of work, whoever let them go — no firm's act the sentence names."""
    return sense.rule.endswith("#lose/verb+object:jobs") and any(
        c.dep_ == "dobj" and any(g.dep_ == "poss" for g in c.children) for c in verb.children)


def _contract_talk(token: Token) -> bool:
    """In a sports report, an offer, bid or deal for a player, or an act on one ("withdrew their offer",
    "sweetened the deal", "offered a contract"): the words of a player's contract."""
    if token.lemma_.lower() in _PLAYER_CONTRACTS:
        return token.pos_ == "NOUN" or token.lemma_.lower() in ("offer", "bid")
    return token.pos_ == "VERB" and token.lemma_.lower() not in ("sign", "ink", "agree") and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _PLAYER_CONTRACTS for c in token.children)
    # (a contract signed is the signing's own reading: see ``event_trade``)


_PLAYER_CONTRACTS = {"offer", "bid", "deal", "contract", "proposal", "extension", "pact"}
_PARLEYS = {"AGREE", "SANCTION", "CONSULT", "CONCEDE", "REJECT", "COOPERATE", "DEMAND"}


def _danger_judged(noun: Token) -> bool:
    """A threat, risk or danger as the subject of a judgement ("the threat is serious", "the danger remains
    high"), with no one who threatens (hard negatives: "the rebels' threat was serious", "the threat of a strike
    remains", where someone threatens something)."""
    verb = noun.head
    return noun.pos_ == "NOUN" and noun.dep_ == "nsubj" and verb.lemma_.lower() in ("be", "remain", "seem", "look") \
        and any(c.dep_ == "acomp" for c in verb.children) \
        and not any(c.dep_ in ("poss", "prep", "compound", "acl", "relcl") for c in noun.children)


def _channel_of_words(token: Token) -> bool:
    """A statement, letter or post described as released, issued or sent, in which someone says something ("said
    in a statement released on Monday"): how the words came, told with the words (hard negative: "released a
    statement on Monday", an act of its own)."""
    noun = token.head
    return token.dep_ == "acl" and token.lemma_.lower() in ("release", "issue", "send", "post", "publish", "date") \
        and noun.lemma_.lower() in ("statement", "release", "communique", "letter", "email", "post", "message") \
        and noun.dep_ == "pobj" and noun.head.lower_ == "in" \
        and noun.head.head.lemma_.lower() in _reporting_verbs()


def _named_storm(token: Token) -> Sense | None:
    """"Hurricane Hugo", "Typhoon Haiyan", "Storm Ciara": a storm named is the storm (hard negative: "the Storm
    Shield range", where the words name a product)."""
    if token.pos_ != "PROPN" or token.dep_ in ("compound", "flat") or not any(
            c.dep_ == "compound" and c.lower_ in _NAMED_STORMS and c.text[:1].isupper() and c.i == token.i - 1
            for c in token.children) or token.ent_type_ in ("ORG", "PRODUCT", "FAC"):
        return None
    if token.dep_ in ("nsubj", "nsubjpass"):
        return None  # "Hurricane Hugo hit the coast": the verb tells the storm's act
    return Sense("DISASTER", None, None, "rule:named_storm")


def _named_event(token: Token, timexes: list[Timex]) -> Sense | None:
    """A name for an occasion ("the Lakeside Trade Conference", "the Rift Valley Open", "the Old Town
    Carnival") is an event when the clause treats it as one: a time of its own, "upcoming" or "annual", or a
    frame of occasions ("spoke at", "during", "attended", "was cancelled"). Not a programme or a product line
    ("the Junior Engineer Series"), nor a title of a work."""
    if token.pos_ != "PROPN" or token.dep_ in ("compound", "flat", "poss") or token.ent_type_ in (
            "PERSON", "GPE", "LOC", "WORK_OF_ART", "DATE", "TIME", "NORP"):
        return None
    category = _OCCASION_NAMES.get(token.lower_)
    if category is None or not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children):
        return None  # a bare "Show" or "Open" is no name
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in ("at", "of", "with", "from") and head.head.pos_ == "NOUN" and (
            _person(head.head) or head.head.lemma_.lower() in _AFFILIATES):
        return None  # "a researcher at the Harbor Policy Forum": where someone works, not an occasion
    framed = (token.dep_ == "pobj" and (head.lower_ in _AT_OCCASION or (
        head.lower_ in ("of", "to") and head.head.lower_ in _WHEN_FRAMES))) or (
        token.dep_ in ("dobj", "nsubjpass", "nsubj") and head.lemma_.lower() in _OCCASION_VERBS_NAMED | _RESCHEDULED)
    described = any(c.lower_ in ("upcoming", "annual", "next", "last", "this", "year", "inaugural")
                    for c in token.children)
    taking_part = token.dep_ == "pobj" and head.lower_ in ("in", "at") and (
        head.head.lemma_.lower() in _TAKING_PART or (head.head.lemma_.lower() == "take" and any(
            c.lower_ == "part" for c in head.head.children)))  # "will take part in the Harbour Piano
    # Competition", "was a finalist in the Baltic Cello Competition": one's part in the occasion
    if framed or described or taking_part or any(_dates_noun(token, t) for t in timexes):
        return Sense(category, None, None, f"rule:named_occasion#{token.lower_}")
    return None


# Acts and roles of taking part in an occasion. Written for dateline from arts and sports news usage; CC0.
_TAKING_PART = {"compete", "participate", "perform", "play", "race", "enter", "star", "sing", "feature", "appear",
                "finalist", "semifinalist", "semi-finalist", "winner", "prizewinner", "prize-winner", "soloist",
                "champion", "medallist", "medalist", "runner-up", "competitor", "contestant", "entrant", "participant"}
# Posts held at an institution named like an occasion ("fellow at the … Policy Forum").
_AFFILIATES = {"fellow", "researcher", "director", "president", "chairman", "chair", "head", "member", "founder",
               "analyst", "economist", "scholar", "professor", "spokesman", "spokeswoman", "spokesperson", "expert",
               "adviser", "advisor", "executive", "official", "staffer", "associate", "partner", "trustee"}


# A results line of a sports report: winner "d." (defeated) loser, then the score.
_RESULTS_LINE = re.compile(r"(?P<w>[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*)*) d\. "
                           r"(?P<l>[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*)*)(?:,? \(?\d{1,3}-\d{1,3}|\s*$)")  # the score
# may be left out ("St. Anne d. Westfield" on a line of its own)
_RESULT = Sense("CONTEST", None, None, "rule:results_line")
# A line of two sides and their scores, as game roundups head each game: "Hawks 4, Owls 2".
_SCORE_LINE = re.compile(r"(?P<a>[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*)*) (?P<sa>\d{1,3}), "
                         r"(?P<b>[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*)*) (?P<sb>\d{1,3})(?: \(?(?:OT|SO|\d?OT)\)?)?")


def _score_side(token: Token) -> bool:
    """ "Cyclones 4, Owls 2:": a capitalised word before a score and a comma names a side, on any page."""
    doc = token.doc
    return token.text[:1].isupper() and token.i + 2 < len(doc) and doc[token.i + 1].like_num \
        and doc[token.i + 2].text == ","


def _headline(token: Token, text: str, body: int) -> bool:
    """The token stands on the body's first line, a short line with no closing full stop: a headline."""
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    line = text[start:end if end >= 0 else len(text)].strip()
    return all(not above.strip() or _stamp_text(above) for above in text[body:start].split("\n")) \
        and len(line.split()) <= 16 and not line.endswith(".") and not _stamp_text(line)


def _results_line(token: Token, text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The winner's and the loser's offsets when the token is the "d." of a line "Winner d. Loser 70-44", or the
    first score of a line of two scores ("Hawks 4, Owls 2": the higher score won)."""
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    line = text[start:end if end >= 0 else len(text)]
    if token.like_num and token.lower_ != "d.":
        scores = _SCORE_LINE.fullmatch(line.strip())
        offset = start + len(line) - len(line.lstrip())
        if scores is None or offset + scores.start("sa") != token.idx or scores.group("sa") == scores.group("sb"):
            return None
        first = (offset + scores.start("a"), offset + scores.end("a"))
        second = (offset + scores.start("b"), offset + scores.end("b"))
        return (first, second) if int(scores.group("sa")) > int(scores.group("sb")) else (second, first)
    if token.lower_ != "d.":
        return None
    match = _RESULTS_LINE.match(line.strip())
    offset = start + len(line) - len(line.lstrip())
    if match is None or offset + match.end("w") + 1 != token.idx:
        return None
    return (offset + match.start("w"), offset + match.end("w")), (offset + match.start("l"), offset + match.end("l"))


def _side(text: str, start: int, end: int, positions: dict[int, Entity]) -> EventActor:
    entity = positions.get(start)
    if entity is not None:
        return EventActor(text[start:end], entity.id, entity.country_code, entity.actor_type)
    return EventActor(text[start:end], None, None, None)


_COMBAT = re.compile(r"\b(?:heavyweight|cruiserweight|middleweight|welterweight|lightweight|featherweight|"
                     r"bantamweight|flyweight|boxer|boxers|boxing|knockout|knockdown|bout|bouts|UFC|MMA|southpaw|"
                     r"T?KO|sparring|canvas|undercard|title fight|the ring)\b", re.IGNORECASE)


def _combat_report(text: str) -> bool:
    """A boxing or martial-arts report: two or more of its own words ("heavyweight", "knockout", "bout")."""
    return len({m.group(0).lower() for m in _COMBAT.finditer(text)}) >= 2


def _outside_the_ring(token: Token) -> bool:
    """In a fight report, a blow the police, a weapon or a crowd tells apart from the bout ("fans attacked a
    steward", "he was arrested after punching a doorman")."""
    return any(w.lower_ in _ARMED or (w.lemma_.lower() in _WEAPONS and w.lemma_.lower() not in ("round", "shot"))
               or (w.lemma_.lower() in _OUTSIDE_RING and w.pos_ != "PROPN") for w in token.sent)  # a bout's rounds
    # and shots are no arms, a trainer named Steward no steward


_OUTSIDE_RING = {"police", "officer", "arrest", "fan", "spectator", "steward", "doorman", "bouncer", "charge",
                 "court", "nightclub", "bar", "street", "assault", "knife", "gun"}


_THEFT = re.compile(r"\b(?:heist|heists|robbery|robberies|robbed|robber|robbers|theft|thefts|burglary|burglaries|"
                    r"burglar|burglars|stole|stolen|stealing|looted|looting|ram-raid|smash-and-grab|thieves|thief|"
                    r"loot)\b", re.IGNORECASE)
_UNREST = re.compile(r"\b(?:protest(?:s|ers?|ed|ing)?|demonstrat(?:ion|ions|ors?)|riot(?:s|ers?|ing|ed)?|anarchists?|"
                     r"unrest|rampag(?:e|ed|ing))\b", re.IGNORECASE)
# How thieves get in and away: ramming, smashing, grabbing, torching the car (not shooting or striking anyone).
_THEFT_MEANS = {"raid", "target", "storm", "ram", "smash", "grab", "snatch", "set", "torch", "break", "force", "blow",
                "loot", "ransack", "pry", "prise", "prize", "burn", "crash", "drive"}
_BLOWS_OF_EVENTS = {"hit", "strike", "rock", "shake", "jolt", "plague", "batter", "hammer", "sweep"}


def _event_as_doer(verb: Token, lexicon: EventLexicon) -> bool:
    """The one that strikes is itself a happening the lexicon names: "hit by a heist", "the strike hit the port"."""
    agent = next((g for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
                  for g in c.children if g.dep_ == "pobj"), None)  # a headline's "Store Hit by Heist" has no "was"
    doer = agent or _doer(verb)
    return doer is not None and doer.pos_ in ("NOUN", "PROPN") and _calamity(doer.lower_) is None \
        and (sense := lexicon.sense(doer)) is not None and sense.category not in ("-", "ASSAULT", "FIGHT")


def _on_things(verb: Token) -> bool:
    """A blow at things, no one ("rammed the car into the store", "smashed the window", "grabbed watches", "set fire
    to the car"): in a theft story, the theft's means (hard negative: "shot the guard", a person)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("into", "to", "through")
                for g in c.children if g.dep_ == "pobj"]
    return bool(objects) and all(_a_thing(o) and o.lemma_.lower() not in _human_nouns() and not _person(o)
                                 and o.lemma_.lower() not in ("suspect", "police", "officer") for o in objects)


def _at_someone(verb: Token) -> bool:
    """ "Threw stones at police", "hurled bottles at officers": the blow's aim is people, whatever is thrown."""
    return any(_person(g) or g.lemma_.lower() in _human_nouns() or g.lower_ in _ARMED
               or g.lemma_.lower() in ("police", "officer", "guard", "crowd", "protester", "demonstrator")
               for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "toward", "towards")
               for p in c.children if p.dep_ == "pobj" for g in (p, *p.conjuncts))


_RIOT_GEAR = re.compile(r"\briot[- ](?:police|gear|squads?|officers?|shields?|control|units?)\b", re.IGNORECASE)
_UNREST_FIGHTS = {"violence", "clash", "clashes", "scuffle", "scuffles", "skirmish", "skirmishes", "melee", "fighting",
                  "bloodshed", "battle", "battles"}  # named in a protest story without arms: the riot
# What rioters do to things: smashing, burning, hurling at buildings, overturning, looting.
_RIOT_MEANS = {"smash", "throw", "hurl", "torch", "burn", "set", "ransack", "vandalize", "vandalise", "batter",
               "break", "shatter", "overturn", "wreck", "damage", "pelt", "attack", "loot", "destroy", "topple"}


def _sports_result(token: Token) -> Sense | None:
    """A result verb with a competitor on each side: "beat Peru 2-1", "edged Ortiz", "lost to Chile",
    "cruised past Novak" — not armed forces ("troops routed the rebels" stays force)."""
    if token.pos_ != "VERB" and not (any(c.dep_ == "nsubj" for c in token.children)
                                     and any(c.dep_ == "dobj" for c in token.children)):
        return None  # but "as Drake upset Creighton", a verb the tagger called an adjective, has both sides
    lemma = token.lemma_.lower()
    past = lemma in _PAST_VERBS and any(c.dep_ == "prep" and c.lower_ == "past" for c in token.children)
    takes_on = lemma == "take" and any(c.dep_ in ("prt", "prep") and c.lower_ == "on" for c in token.children)
    if lemma not in _RESULT_VERBS and not past and not takes_on:
        return None
    subject = _subject(token)
    if subject is None and token.dep_ == "pcomp" and token.head.dep_ == "prep":
        subject = _subject(token.head.head)  # "reached the final by beating the Hawks": the side that reached it
    if subject is None or subject.lower_ in _ARMED or subject.lemma_.lower() in _WEAPONS:
        return None
    lost_to = _pobj(token, ("to",)) if lemma == "lose" else None
    if lost_to is not None and lost_to.lemma_.lower() in _LOST_PLAYERS_TO:
        return None  # "lost two starters to injuries": players out, no game lost
    if token.tag_ in ("VBP", "VBZ") and subject.tag_ == "NNS" and subject.text.islower():
        return None  # "teams play two singles in each tie": the format, not a result ("the Gulls play" is a side)
    sides = [c for c in token.children if (c.dep_ == "dobj" and not c.like_num) or (
        c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "TIME"))] \
        + [p for p in (_pobj(token, ("past", "to", "against", "on")),) if p is not None] \
        + [g for c in token.children if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep"
           and p.lower_ in ("to", "against") for g in p.children if g.dep_ == "pobj"]  # "play Saturday against
    # the Rovers": not Saturday; "beat Norway 3-1" may parse as an adverb; in "got past Chile 3-0" the score is no
    # side; "lost their home opener to the Owls": the side is the one it was lost to
    other = next((c for c in sides if c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                  or c.lemma_.lower() in _COMPETITORS), None)
    if other is None:
        return None  # "lost a fumble", "played unreal tennis": no one on the other side
    return Sense("CONTEST", None, None, f"lexicon:{SPORTS}#{lemma}|rule:sports_result")


_LOST_PLAYERS_TO = {"injury", "illness", "suspension", "surgery", "retirement", "agency", "transfer", "ban", "knee",
                    "hamstring", "concussion"}


def _someone_noun(token: Token) -> bool:
    """A noun that names who acts rather than what happens ("the minister", "the company", "Mr Lee")."""
    return token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC") or _human(token.text) \
        or _agent(token) is not None or token.lower_ in _ARMED
_NO_HAPPENING = {"thing", "things", "something", "anything", "nothing", "everything", "what", "this", "that", "it",
                 "idea", "thought", "question", "word", "name", "change", "changes"}


def _new_named_product(thing: Token) -> bool:
    """A proper name told as new or latest, not a people's or a place's: a product or a work (the tagger calls many
    a product a person; a person released is not "the new" one)."""
    return thing.pos_ == "PROPN" and thing.ent_type_ not in ("NORP", "GPE", "LOC", "FAC") and any(
        c.dep_ == "amod" and c.lower_ in ("new", "latest", "next", "updated", "redesigned") for c in thing.children)


def _occurrence_subject(token: Token) -> bool:
    if token.pos_ != "NOUN" or token.lower_ in _NO_HAPPENING:
        return False
    verb = token.head
    lemma = verb.lemma_.lower()
    if token.dep_ == "nsubj" and lemma in _OCCURRENCE_VERBS:
        return not any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)  # "it occurred to her"
    if token.dep_ == "nsubj" and lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" and not any(d.dep_ in ("det", "poss") for d in c.children)
                   for c in verb.children)  # (hard negative: "a bridge took the place of the ferry": a stand-in)
    if lemma in ("open", "close", "reopen", "shut") and token.lemma_.lower() in artifacts():
        return False  # "the plant closed in May", "the museum opens on Friday": the opening or closure is the
        # verb's, read by its sense (a museum is no happening)
    if token.dep_ == "nsubj" and lemma in _BEGINS and not _someone_noun(token) and not any(
            c.dep_ in ("dobj", "xcomp", "ccomp", "acomp", "attr", "oprd") for c in verb.children):
        return not amount_subject(verb)  # "the chess final began on Monday", "the fair opens on Friday"; not "shares
        # opened higher", "the firm began selling", "she began on Monday"
    return token.dep_ == "nsubjpass" and lemma in _STAGED


# A noun these frame as a happening, whatever the noun: "after the liftoff", "during the skirmish", "ahead of
# the vote", "in the wake of the walkout"; and the subjects of "was postponed", "is scheduled to".
_WHEN_PREPOSITIONS = {"after", "before", "during", "following", "since", "until", "till", "amid", "amidst"}
_FEATURE_VERBS = {"add", "bring", "include", "gain", "get", "drop", "remove", "lack", "offer", "feature"}
_HOLDING = {"hold", "stage", "host", "organise", "organize", "convene", "schedule", "slate", "set", "plan"}
_SPANS_OF_TIME = {"minute", "hour", "day", "week", "month", "year", "days", "weeks", "months", "years"}
_WHEN_FRAMES = {"wake", "aftermath", "eve", "ahead", "prior"}
# Verbs whose object is an occasion: what one attends, witnesses, survives, boycotts or disrupts.
_OCCASION_VERBS = {"attend", "witness", "survive", "boycott", "disrupt", "organise", "organize", "commemorate",
                   "celebrate", "host", "stage", "interrupt", "mar", "overshadow"}
_RESCHEDULED = {"schedule", "reschedule", "postpone", "cancel", "delay", "adjourn", "suspend"}


def _marked_happening(token: Token, timexes: list[Timex]) -> bool:
    """The clause frames the noun as a happening: a time preposition or frame governs it, a scheduling verb
    takes it as subject, or a calendar time of its own modifies it ("Tuesday's liftoff", "the skirmish on 3 May")."""
    if (token.pos_ == "NOUN" or capitalised_noun(token)) and not token.ent_type_ \
            and token.lower_ not in _NO_HAPPENING and underway(token):
        return True  # "construction was underway", "repairs are ongoing": the clause says it is going on
    if token.pos_ != "NOUN" or token.ent_type_ or token.lower_ in _NO_HAPPENING or token.tag_ == "NNS":
        return False  # "during Mecca's pilgrimages", "after meetings": many, or the kind
    head = token.head
    if token.dep_ == "dobj" and head.pos_ == "VERB" and light_verb(head):
        return light_object(token)
    if token.dep_ in ("attr", "nsubj") and head.lemma_ == "be" and any(c.dep_ == "expl" for c in head.children) \
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return True  # "there was a glitch in the software", "there will be a recount": one occasion
    if not any((c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or (
            c.dep_ == "poss" and c.lower_ not in ("your", "one", "one's")) for c in token.children):
        return False  # "during cooking", "during your journey", "for courageous achievement": no one occasion
    if token.dep_ == "pobj" and (head.lower_ in _WHEN_PREPOSITIONS or (
            head.lower_ in ("of", "to") and head.head.lower_ in _WHEN_FRAMES)):
        return True
    if token.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in _RESCHEDULED:
        return True
    if token.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in _OCCASION_VERBS | _RESCHEDULED:
        return True  # "attended the coronation", "the parade was disrupted", "cancelled the recital"
    return any(_dates_noun(token, t) for t in timexes)


def _time_anchor(token: Token) -> bool:
    """A noun the clause is timed against ("after the crash", "ahead of the vote"): it happened at another time
    than the clause, so only a time in its own phrase dates it."""
    head = token.head
    return token.pos_ == "NOUN" and token.dep_ == "pobj" and (
        head.lower_ in _WHEN_PREPOSITIONS - {"during", "amid", "amidst"} or head.lower_ in _GROUNDS
        or (head.lower_ in ("of", "to") and head.head.lower_ in _WHEN_FRAMES)
        or (head.lower_ == "of" and head.head.lemma_.lower() in _SPANS_OF_TIME
            and head.head.head.lower_ in ("within", "in")))  # "within a month of the last event"


# Prepositions that give a reason: the act they explain came after it ("adjourned on Tuesday over the deaths of
# two senators", "sued in May over the arrest").
_GROUNDS = {"over", "about", "because"}


def _dates_noun(noun: Token, timex: Timex) -> bool:
    """A calendar time that modifies the noun itself: its possessor, compound or "on/in" phrase."""
    if timex.type not in ("DATE", "TIME") or not timex.value or not timex.value[:1].isdigit():
        return False
    span = noun.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or span.root.i == noun.i:
        return False
    word = span.root
    return word.head.i == noun.i or (word.dep_ == "pobj" and word.head.dep_ == "prep"
                                     and word.head.lower_ in ("on", "in") and word.head.head.i == noun.i)


def _appeal(token: Token, lexicon: EventLexicon) -> Sense | None:
    """"Wants Moscow to withdraw", "hopes the court will free him": wanting someone else to act is an
    appeal to them (CAMEO 02), whoever the wisher is; wanting to act oneself is that act's modality."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _DESIRE:
        return None
    for complement in token.children:
        if complement.dep_ in ("ccomp", "xcomp") and complement.pos_ == "VERB" and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in complement.children) \
                and lexicon.sense(complement) is not None:
            return Sense("DEMAND", "020", "appeal", "rule:wants_someone_to_act", True)
    return None


def _doer(verb: Token) -> Token | None:
    """Who strikes: the subject, or the ranked one a to-infinitive tells of."""
    return next((c for c in verb.children if c.dep_ == "nsubj"), None) or _ranked_doer(verb)


def _ranked_doer(verb: Token) -> Token | None:
    """ "The strongest storm to hit the islands", "the militia was the first group to attack the base": the
    infinitive tells what the ranked one did, so it is the doer — the copula's subject when it names it (hard
    negative: "a plan to build a dam", no one ranked, the plan builds nothing)."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_ == "be":
        attr = next((c for c in head.children if c.dep_ == "attr"), None)
        return next((c for c in head.children if c.dep_ == "nsubj"), None) \
            if attr is not None and ranks(attr) else None
    if verb.dep_ not in ("relcl", "acl") or not ranks(head):
        return None
    if head.dep_ in ("attr", "oprd", "acomp") and head.head.lemma_ in ("be", "become", "remain"):
        return _subject(head.head)  # "won the race, becoming the first rookie to win it": the winner
    return head if head.pos_ in ("NOUN", "PROPN") else None


_WON_BUSINESS = {"contract", "contracts", "order", "orders", "deal", "deals", "tender", "bid", "franchise", "licence",
                 "license", "concession"}


def _force(mention: Mention, token: Token) -> Sense | None:
    """PLOVER's line between FIGHT and ASSAULT: conventional force by armed forces or organised armed
    groups is FIGHT; the same verb with no armed actor in its clause ("a man attacked a neighbour") is
    ASSAULT. Killing and wounding are ASSAULT whoever does them — unless no one does: "the storm killed
    twelve", "a crane fell, killing 12" are deaths. A war or a battle with no armed force in sight is a
    figure of speech ("another skirmish in a war of words"): no event."""
    sense = mention.sense
    police = mention.source is not None and (mention.source.actor_type == "COP" or any(
        w in mention.source.name.lower().replace("'s", "").split() for w in _LAW_OFFICERS))
    if token.lemma_.lower() in _CLOSING_IN and sense.category in ("FIGHT", "ASSAULT") and police:
        closing = "police_raid" if token.lemma_.lower() == "raid" else "police_closing_in"
        return Sense("COERCE", "171", sense.mode, f"{sense.rule}|rule:{closing}", sense.specific)  # a search
    if sense.category not in ("FIGHT", "ASSAULT"):
        return sense
    doer = _doer(token) if token.pos_ == "VERB" else None
    cause = _calamity(" ".join(w.lower_ for w in doer.subtree)) if doer is not None else None
    if cause is not None and doer is not None and doer.ent_type_ != "NORP" \
            and not any((a.actor_type or "") in _ARMED_TYPES for a in (mention.source, mention.target) if a):
        return Sense(cause, None, None, sense.rule + "|rule:calamity_does")  # "Hurricane Delia destroyed the
        # boathouse", "the flood damaged 300 homes": the calamity's toll (hard negative: "rebels destroyed the bridge")
    if token.pos_ == "VERB" and token.lemma_.lower() in _BLOWS | _RAZES and (doer is None or doer.lower_ == "it") \
            and (struck := _calamity_around(token)) is not None:
        return Sense(struck, None, None, sense.rule + "|rule:calamity_around")  # "A quake struck on Sunday. … The
        # hospital was destroyed", "it hit at noon": damage with no one doing it, told of a calamity just named
    if (sense.cameo or "")[:2] not in ("19", "18", "20"):
        return sense
    actors = [a for a in (mention.source, mention.target) if a is not None]
    armed = any((a.actor_type or "") in _ARMED_TYPES for a in actors) or any(
        t.lower_ in _ARMED for t in token.sent if abs(t.i - token.i) <= 12 and t.i != token.i) \
        or _a_state(mention.source)
    if token.pos_ != "VERB" and sense.category == "ASSAULT" and token.lemma_.lower() in ("attack", "assault") \
            and any((a.actor_type or "") in _ARMED_TYPES for a in actors):
        return Sense("FIGHT", "190", sense.mode, sense.rule + "|rule:armed_actor", sense.specific)  # "the army's raid"
    if token.pos_ != "VERB" and sense.category == "FIGHT" and not armed and mention.source is not None \
            and "event_senses" in sense.rule and token.lemma_.lower() not in _ARMED_ACTS:
        return Sense("ASSAULT", "180", sense.mode, sense.rule + "|rule:no_armed_actor", sense.specific)  # gunmen
    if token.pos_ != "VERB" and sense.category == "FIGHT" and not armed and token.lemma_.lower() in _REVOLTS and (
            any(c.lower_ in _MEMBERS for c in token.children if c.dep_ in ("compound", "amod"))
            or ((against := _pobj(token, ("against",))) is not None and mention.target is not None
                and (mention.target.actor_type or "") not in _ARMED_TYPES | {"GOV"} and against.lower_ not in _ARMED)):
        return Sense("PROTEST", "140", None, sense.rule + "|rule:revolt_unarmed")  # "a shareholder revolt", "a
        # rebellion against the club's owners": a campaign of protest; "an insurgency against the government" fights
    if token.pos_ != "VERB":
        return sense if sense.category != "FIGHT" or armed or token.lemma_.lower() in _ARMED_ACTS \
            or _outbreak(token) or "event_senses" in sense.rule else None  # "an exchange of fire" is armed
    if not armed and token.lemma_.lower() in ("strike", "hit") and any(
            w.lower_ == "as" and w.dep_ != "mark" for w in token.doc[token.i + 1:min(token.i + 5, len(token.doc))]):
        return None  # "struck her as odd", "hit him as unfair": how something seemed
    if not armed and token.lemma_.lower() in _OUTDOING:
        return None  # "overtook its rival in sales", "a fair dominated by a trade dispute": no blow is struck
    if not armed and token.lemma_.lower() in ("fight", "battle", "struggle", "scramble", "wrestle") and any(
            c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in token.children):
        return None  # "fought to win the seat", "battle to win the election": an effort, no blow (hard negative:
        # "troops fought to retake the town" is armed)
    if not armed and token.lemma_.lower() in ("order", "command", "instruct", "direct"):
        return Sense("DEMAND", "100", None, sense.rule + "|rule:order_unarmed")  # "the ministry ordered the
        # lender to upgrade its operations": an order, no operation of war
    if not armed and token.lemma_.lower() == "engage" and _pobj(token, ("with",)) is not None:
        return Sense("CONSULT", "040", None, sense.rule + "|rule:engage_with")  # "will engage with the airline":
        # talks; "troops engaged the rebels" is a fight
    if not armed and (token.lemma_.lower() in _SCOLDS | {"attack"} or (token.lemma_.lower() == "clash" and (
            (partner := _pobj(token, ("with",))) is None or (_person(partner) and (_agent(partner) or "")
                                                                   not in _ARMED_TYPES | {"COP"})))) \
            and (_verbal_frame(token) or (token.lemma_.lower() in _SCOLDS and _in_public_life(mention.source))):
        # "the ministers clashed over the budget", "she clashed with her deputy over the plan", "the senator
        # assailed the witness" (hard negative: "gunmen assailed the convoy")
        return Sense("DISAPPROVE", "111", None, sense.rule + "|rule:figurative_attack")
    if not armed and token.lemma_.lower() in ("defeat", "beat", "outbid") and any(
            c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in ("win", "secure", "land", "clinch") and any(
                o.dep_ == "dobj" and o.lemma_.lower() in _WON_BUSINESS for o in c.children) for c in token.children):
        return None  # "defeated its rival to win an order for 179 tankers": the order won is the happening (hard
        # negative: "defeated Peru to win the cup", a game)
    if not armed and token.lemma_.lower() in ("defeat", "beat", "outbid") and any(
            c.dep_ == "prep" and c.lower_ in ("for", "to") and any(
                o.dep_ == "pobj" and o.lemma_.lower() in _WON_BUSINESS for o in c.children) for c in token.children):
        return Sense("BUSINESS", None, None, sense.rule + "|rule:won_business")  # "defeated its rival for a $40
        # billion contract": the contract won (hard negative: "defeated Peru for the title", a game)
    if not armed and token.lemma_.lower() == "defeat":  # "defeated its rival in the vote"
        return Sense("CONTEST", None, None, sense.rule + "|rule:no_armed_actor")
    if not armed and token.lemma_.lower() in _STRUGGLES and mention.target is not None \
            and not _can_act(mention.target):  # "has been fighting cancer", "battled the ruling", "combat inflation"
        return Sense(HAPPENING, None, None, sense.rule + "|rule:struggle") if mention.date is not None else None
    if "event_senses" in sense.rule and sense.category == "ASSAULT" and token.lemma_.lower() in _HARMS:
        source = mention.source
        calamity = _calamity_placed(token)
        if calamity is not None:  # "an earthquake on an island that killed ten", the clause parsed on the place
            return Sense("DEATH" if token.lemma_.lower() == "kill" else calamity, None, None,
                         sense.rule + "|rule:toll_of_calamity")
        if source is not None and not (source.entity or source.actor_type or source.country_code
                                       or _human(source.name) or _proper(source.name)
                                       or source.name.lower() in _PERSONAL or _weapon(source.name)):
            if token.tag_ == "VBG" and token.dep_ in ("advcl", "conj", "xcomp") and _mishap_toll(token):
                return Sense("ACCIDENT", None, None, sense.rule + "|rule:toll_of_accident")  # "a crane fell into the
                # hall, killing 12 and wounding 30": the accident's toll, as the fall is
            if token.lemma_.lower() == "kill":
                return Sense("DEATH", None, None, sense.rule + "|rule:no_one_kills")
            cause = _calamity(source.name)  # "the quake injured 200": the injuries are the quake's; "the fumes
            return Sense(cause or HAPPENING, None, None, sense.rule + "|rule:no_one_injures")  # hurt six": news
        return sense
    if sense.category in ("FIGHT", "ASSAULT") and not armed and mention.source is not None \
            and _disease(mention.source.name):
        return Sense("DISASTER", None, None, sense.rule + "|rule:disease_strikes")  # "cholera struck the camp",
        # "was hit by bubonic plague": an illness, no attacker (hard negative: "gunmen struck the camp")
    if sense.category == "FIGHT" and not armed:
        if "/verb+subject:" in sense.rule:
            return sense  # "violence erupted": the subject names the happening, no one need strike
        if not any(_can_act(a) for a in actors) and not _pronoun_party(token, sense):
            return None  # no arms and no one who strikes or is struck: "struck a chord", "wiped the slate clean"
        return Sense("ASSAULT", sense.cameo, sense.mode, sense.rule + "|rule:no_armed_actor", sense.specific)
    if sense.category == "ASSAULT" and armed and (sense.cameo or "")[:2] == "19":
        return Sense("FIGHT", sense.cameo, sense.mode, sense.rule + "|rule:armed_actor", sense.specific)
    return sense


# CAMEO's verbs of force that news uses for words: "blasted the plan as reckless", "hammered the council over
# the budget", "ripped the referees for their calls".
_PANES = {"window", "windshield", "windscreen", "glass", "door", "storefront", "shopfront"}
_SCOLDS = {"blast", "slam", "hammer", "rip", "lash", "savage", "roast", "skewer", "pummel", "pillory", "bash",
           "trash", "torch", "maul", "lambast", "lambaste", "assail"}
# Decisions, inquiries, texts and courses of action: things one can only judge. Written for dateline; CC0.
_JUDGED_THINGS = {"investigation", "inquiry", "probe", "plan", "policy", "decision", "ruling", "verdict", "report",
                  "law", "bill", "proposal", "handling", "response", "deal", "move", "idea", "budget", "reform",
                  "measure", "process", "approach", "comment", "remark", "statement", "strategy", "leadership",
                  "performance", "record", "agreement", "treaty", "tariff", "ban", "sanction", "rule", "regulation",
                  "decree", "order", "scheme", "programme", "program", "system", "findings", "study", "fee", "price",
                  "tax", "cut", "hike", "increase", "rise", "charge", "fine", "penalty", "sentence", "choice"}
_WORDS_VENUES = {"statement", "tweet", "post", "interview", "speech", "op-ed", "column", "letter", "memo", "call",
                 "editorial", "podcast", "video", "email", "hearing", "debate", "briefing", "conference"}


_PUBLIC_TYPES = {"GOV", "LEG", "PTY", "OPP", "MED", "JUD", "ELI", "BUS", "EDU", "NGO", "IGO"}
_PUBLIC_WORDS = {"senator", "senators", "lawmaker", "lawmakers", "minister", "ministers", "president", "critic",
                 "critics", "official", "officials", "leader", "leaders", "mayor", "governor", "republicans",
                 "democrats", "opposition", "candidate", "candidates", "spokesman", "spokeswoman", "columnist"}


def _in_public_life(actor: EventActor | None) -> bool:
    """A politician, an official, a party or a commentator: whose attacks are words."""
    if actor is None:
        return False
    return (actor.actor_type or "") in _PUBLIC_TYPES or any(w in _PUBLIC_WORDS for w in actor.name.lower().split())


def _verbal_frame(verb: Token) -> bool:
    """The blow is a judgement: an "as" predicate ("blasted it as wrong"), a grievance ("over the budget",
    "for the delays"), or words as its venue ("in a statement"); not "with rockets", not "for hours"."""
    if any(c.dep_ == "advmod" and c.lower_ in ("online", "verbally", "publicly") for c in verb.children):
        return True  # "attacked her online", "verbally attacked the referee": words
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _JUDGED_THINGS for c in verb.children):
        return True  # "blasted the investigation", "slammed the ruling": what no blow can reach (hard negative:
        # "blasted rebel positions")
    for prep in (c for c in verb.children if c.dep_ in ("prep", "oprd")):
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if prep.lower_ == "as":
            return True
        if prep.lower_ == "on" and obj is not None and obj.lower_ in ("twitter", "facebook", "instagram", "x",
                                                                      "tiktok", "media", "air", "radio", "television"):
            return True  # "attacked him on Twitter", "on social media"
        if obj is None or obj.ent_type_ in ("DATE", "TIME", "CARDINAL", "QUANTITY") or _weapon(obj.text):
            continue
        if prep.lower_ in ("over", "for") and not _person(obj):
            return True
        if prep.lower_ in ("in", "on", "during") and obj.lemma_.lower() in _WORDS_VENUES:
            return True
    return False


def _a_state(actor: EventActor | None) -> bool:
    """A country named as the one who strikes ("Russia attacked …", "North Korea would attack …"): a state's force
    is conventional force (FIGHT); a city or a person is not one (hard negatives)."""
    if actor is None or actor.actor_type or not actor.country_code or not actor.entity:
        return False
    found = gazetteer().resolve(actor.name)
    return found is not None and found[0].kind == "country"


def _outbreak(noun: Token) -> bool:
    """Fighting told as fighting, not as a figure of speech: it breaks out or rages ("clashes erupted near the
    plant"), people die or are hurt in it ("killed in clashes"), or sides fight it ("clashes between police and
    miners") — a "war of words" does none of these."""
    head = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in _OUTBREAKS:
        return True
    if noun.dep_ == "pobj" and head.lower_ in ("in", "during", "amid") and head.head.lemma_.lower() in _HARMS | {
            "die", "flee", "hurt", "shoot", "arrest", "detain"}:
        return True
    if any(c.dep_ == "prep" and c.lower_ == "between" and any(
            g.lower_ in _ARMED or g.lemma_.lower() in _FORCES for g in c.subtree) for c in noun.children):
        return True
    return _states_at_war(noun)


_OFFICE_WORDS = {"vp", "svp", "evp", "vice", "president", "director", "head", "chief", "officer", "manager",
                 "secretary", "chair", "chairman", "chairwoman", "minister", "commissioner"}
_OPERATORS = {"police", "officers", "rescue", "rescuers", "search", "coastguard", "navy", "military", "troops"}
# Verbs that tag quoted words ("…," she asked): the words are the quote layer's, the tagging no event.
_TAGGING = {"ask", "add", "reply", "respond", "answer", "weigh", "note", "explain", "insist", "argue", "say", "tell",
            "write", "continue", "conclude", "quip", "muse"}
_MANY = {"many", "multiple", "more", "fewer"}  # "far too many strikes", "more recalls": not "several refusals"
_RACE_DAY = {"begin", "start", "end", "finish", "run", "resume", "continue"}  # "Race begins at noon"
# Acts of giving evidence, which a court hears or lawmakers do; the forum the story names decides.
_WITNESSING = {"testify", "testimony", "hearing", "hearings", "deposition", "depose"}
_COURTS = {"court", "courtroom", "judge", "jury", "juror", "jurors", "trial", "prosecutor", "prosecutors", "defendant",
           "magistrate", "tribunal", "acquittal", "verdict", "lawsuit"}
_LEGISLATURES = {"congress", "congressional", "senate", "senator", "senators", "lawmakers", "legislators", "committee",
                 "parliament", "parliamentary", "impeachment", "inquiry", "subcommittee", "mps", "assembly"}


def _forum(token: Token) -> str | None:
    """ "court" or "legislature": the sentence's words, else the story's (the more often named)."""
    for span in (token.sent, token.doc):
        words = [w.lower_ for w in span]
        courts = sum(w in _COURTS for w in words)
        houses = sum(w in _LEGISLATURES for w in words)
        if courts != houses:
            return "court" if courts > houses else "legislature"
    return None


_DEATHBEDS = {"sleep", "hospital", "hospice", "home", "peace", "peacefully"}


# Words of a contest's outcome that an election story uses for the polls.
_POLL_RESULTS = {"win", "won", "victory", "defeat", "lose", "loss", "race", "beat", "triumph", "upset", "landslide",
                 "oust", "unseat", "edge", "trounce", "rout", "sweep", "runoff", "run-off"}
_ELECTION_WORDS = re.compile(r"(?i)\b(?:election|elections|voters|ballots?|polls|primary|primaries|caucus(?:es)?|"
                             r"candidates?|gubernatorial|governorship|incumbent|re-?election|electoral|precincts?|"
                             r"turnout|electorate|campaign(?:ed|ing)?)\b")


def _election_report(text: str) -> bool:
    """Five mentions of at least three words of elections: a story of the polls."""
    seen = [m.group(0).lower() for m in _ELECTION_WORDS.finditer(text)]
    return len(seen) >= 5 and len(set(seen)) >= 3


def _person_acted_on(verb: Token) -> bool:
    """ "beat Quinn", "ousted the incumbent": a person or a party beaten, not a body hit."""
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.ent_type_ in ("PERSON", "NORP", "ORG") or c.pos_ == "PROPN"
                                                     or c.lower_ in _OFFICE_RIVALS) for c in verb.children)


_OFFICE_RIVALS = {"incumbent", "rival", "rivals", "opponent", "opponents", "challenger", "governor", "senator", "mayor"}


_MISHAPS_TOLD = {"fall", "collapse", "crash", "explode", "derail", "capsize", "sink", "overturn", "topple", "burst",
                 "collide", "plunge", "tumble", "cave", "blow", "disintegrate", "break", "burn", "crumble"}


def _mishap_toll(verb: Token) -> bool:
    """ "…, killing 12 and wounding 30" hung on a fall, a crash or a blast (or on its cause: "caused a crane to
    fall"): the toll of that accident (hard negative: "gunmen opened fire, killing two" is an attack)."""
    head = verb
    while head.dep_ in ("advcl", "conj", "xcomp") and head.head.i != head.i:
        head = head.head
        if head.pos_ == "VERB" and (head.lemma_.lower() in _MISHAPS_TOLD or any(
                c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _MISHAPS_TOLD for c in head.children)):
            return True
    return False


# Things that come out: works published, and products launched.
_WORKS_OUT = {"album", "book", "film", "movie", "song", "single", "record", "video", "report", "study", "data",
              "figures", "results", "novel", "memoir", "documentary", "series", "episode", "paper", "edition", "issue"}
_PRODUCTS_OUT = {"phone", "smartphone", "console", "game", "model", "car", "app", "update", "version", "tier",
                 "service", "device", "tablet", "laptop", "product", "feature", "sequel", "vaccine", "drug", "patch",
                 "software"}


def _out_now(verb: Token) -> str | None:
    """ "The album comes out on Friday", "the new console came out in May": a work published (PUBLISH) or a product
    launched (LAUNCH), told by its coming out (hard negatives: "the truth came out", "she came out against the
    plan")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "come":
        return None
    out = any(c.lower_ == "out" and c.dep_ in ("prt", "advmod") for c in verb.children)
    if not out or any(c.dep_ == "prep" and (c.lower_ in ("against", "for", "as") or any(
            g.lower_ in ("favour", "favor", "support", "opposition") for g in c.children)) for c in verb.children):
        return None  # "came out against the plan", "came out in favour of it", "came out as gay": a stance
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    lemma = subject.lemma_.lower()
    return "PUBLISH" if lemma in _WORKS_OUT else "LAUNCH" if lemma in _PRODUCTS_OUT else None


def _passed_on(verb: Token) -> bool:
    """ "His father passed last year", "since she passed": a person who passes, with nothing passed and nowhere to
    go, has died (hard negatives: "the bill passed", "he passed the ball", "passed through Dover")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "pass" or any(
            c.dep_ in ("dobj", "prt", "xcomp", "ccomp", "attr", "acomp", "agent", "auxpass", "dative")
            or (c.dep_ == "prep" and not any(g.ent_type_ in ("DATE", "TIME") or g.lower_ in _DEATHBEDS
                                             for g in c.children))
            for c in verb.children):
        return False  # "passed on Monday", "passed in his sleep" still die; "passed through Dover" travels
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and _person(subject) and subject.lower_ not in ("it", "they", "who", "that", "which")


def _pact_term(verb: Token) -> bool:
    """What a pact bars or requires ("the agreement barred …", "a deal, which requires …")."""
    subject = _subject(verb) if verb.lemma_.lower() in _TERMS_OF else None
    return subject is not None and (subject.lemma_.lower() in _PACTS or (
        subject.tag_ == "WDT" and verb.dep_ == "relcl" and verb.head.lemma_.lower() in _PACTS))


_TERMS_OF = {"bar", "ban", "forbid", "prohibit", "prevent", "require", "oblige", "obligate", "restrict", "limit"}
_PACTS = {"agreement", "deal", "contract", "settlement", "treaty", "accord", "pact", "licence", "license", "charter",
          "lease", "clause", "covenant"}
_CONTRACT_WORDS = {"contract", "tender", "order", "deal", "licence", "license", "franchise", "concession"}
_CRAFT_JOURNEYS = {"travel", "arrive", "fly", "visit", "come", "go", "head", "return", "reach", "land", "depart",
                   "tour"}
_CRAFT = {"airliner", "airliners", "superjumbo", "jumbo", "airship", "rocket", "spacecraft", "probe", "satellite",
          "drone", "liner", "freighter", "cruiser", "submarine", "yacht", "flight", "convoy"}


def _amount_in(noun: Token) -> bool:
    """ "Gave $150 million in aid", "sent 40 tonnes in food aid": the noun says what the amount a verb moves is."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return False
    amount = noun.head.head
    return amount.dep_ == "dobj" and amount.head.pos_ == "VERB" and (
        amount.like_num or amount.ent_type_ == "MONEY" or any(c.like_num for c in amount.children))


_OUTINGS = {"trip", "holiday", "vacation", "journey"}


def _traveller(noun: Token) -> Token | None:
    """Who makes the trip: its possessor ("the family's trip"), else the subject of the verb it hangs on ("the
    parents took her on a trip", "the students began a trip")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    while verb.dep_ in ("conj", "xcomp", "advcl") and verb.pos_ == "VERB" and not any(
            c.dep_ == "nsubj" for c in verb.children) and verb.head.i != verb.i:
        verb = verb.head
    return next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.pos_ in ("VERB", "AUX") else None


def _released_thing(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")), None)


def _concurs(verb: Token) -> bool:
    """ "I agree", "analysts agree that prices will rise", "she agreed with her critics": sharing an opinion, not
    reaching a deal (hard negatives: "agreed to sell", "agreed on a truce", "the two sides agreed", "agreed a
    price")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "agree":
        return False
    children = list(verb.children)
    if any(c.dep_ in ("xcomp", "dobj") for c in children) or any(
            c.dep_ == "prep" and c.lower_ in ("on", "upon", "to", "over") for c in children):
        return False
    if any(c.dep_ == "ccomp" for c in children):
        return True  # "agree that …"
    if any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" and (g.pos_ == "PRON" or g.ent_type_ ==
                                                                               "PERSON" or _human(g.text))
                                                           for g in c.children) for c in children):
        return True  # "agreed with her critics"
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in ("i", "we", "you")


# Verbs whose undergoer can only be a person or a body of people: whoever is arrested or hired takes part.
_PEOPLE_ACTED_ON = {"arrest", "detain", "jail", "imprison", "charge", "convict", "sentence", "indict", "kidnap",
                    "abduct", "deport", "extradite", "hire", "appoint", "elect", "fine", "acquit", "pardon",
                    "interrogate", "handcuff", "expel", "evacuate"}


def _held_to_account(verb: Token) -> bool:
    """ "The deckhand was arrested", "the firm was fined": a common noun no lexicon knows as a person is still
    someone when the verb can only act on people (hard negative: "the bill was killed" is no killing)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _PEOPLE_ACTED_ON:
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    undergoer = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    return undergoer is not None and undergoer.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in undergoer.children)


_EMERGENCIES = {"emergency", "catastrophe", "disaster", "siege", "alert", "calamity", "exception", "alarm"}


def _emergency_declared(verb: Token) -> bool:
    """ "Declared a state of emergency", "imposed martial law", "extended the state of catastrophe": special powers
    taken (CAMEO 1724; hard negatives: "declared the vote void", "declared the state's budget")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("declare", "impose", "extend", "proclaim", "announce"):
        return False
    for thing in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        if thing.lemma_.lower() == "state" and any(g.lemma_.lower() in _EMERGENCIES for p in thing.children
                                                   if p.dep_ == "prep" and p.lower_ == "of" for g in p.children):
            return True
        if thing.lemma_.lower() == "law" and any(c.lower_ == "martial" for c in thing.children):
            return True
    return False


def _charged_person(verb: Token) -> bool:
    """ "The suspect was charged on Monday", "police charged the man": a person charged is accused before a court
    (hard negatives: "charged the crowd" is a charge by riot police, "charged a fee" is a price)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "charge" or any(
            c.dep_ == "prep" and c.lower_ in ("at", "into", "toward", "towards", "through", "with")
            for c in verb.children):  # "charged with …": its sense entries decide (a crime, or a task)
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children) or (
        verb.dep_ == "conj" and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.head.children)
        and not any(c.dep_ in ("nsubj", "dobj") for c in verb.children))  # "was arrested and charged"
    undergoer = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    if undergoer is None and passive and verb.dep_ == "conj":  # "was arrested and was charged": one suspect
        undergoer = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
    return undergoer is not None and undergoer.lemma_.lower() not in _CROWDS | _CHARGEABLE and (
        undergoer.ent_type_ == "PERSON" or _human(undergoer.text) or undergoer.lower_ in ("he", "she", "him", "her")
        or (passive and undergoer.pos_ == "NOUN" and any(
            c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in undergoer.children))) \
        and undergoer.lower_ not in ("it", "they", "them", "who", "that", "which")


_CHARGEABLE = {"battery", "phone", "car", "device", "vehicle", "laptop", "account", "card"}  # "the phone was charged"
_CROWDS = {"crowd", "protester", "protestor", "demonstrator", "marcher", "rioter", "mob", "fan", "supporter", "student"}
_CONTACT_VERBS = {"email", "e-mail", "text", "message", "telephone", "write", "fax", "dm"}


def _contacted(verb: Token) -> bool:
    """ "Emailed his editor on July 3", "wrote to the council in May": a person reached by letter, mail or message,
    with no words given, is a contact the timeline holds (hard negatives: "emailed that the deal was off" and
    "wrote: '…'" are words, for the quote layer; "wrote a novel" is no contact; "you are welcome to email us" is
    an invitation)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CONTACT_VERBS or verb.tag_ not in ("VBD", "VBN") or any(
            c.dep_ in ("ccomp", "xcomp", "parataxis") or c.is_quote or c.text == ":" for c in verb.children):
        return False
    if verb.i + 1 < len(verb.doc) and (verb.doc[verb.i + 1].is_quote or verb.doc[verb.i + 1].text == ":"):
        return False
    if verb.lemma_.lower() == "write":
        reached = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                   if g.dep_ == "pobj"]
    else:
        reached = [c for c in verb.children if c.dep_ in ("dobj", "dative") and not c.like_num]
    return any(_person(g) or g.ent_type_ in ("ORG", "NORP") or (g.pos_ == "NOUN" and _agent(g) is not None)
               for g in reached)


def _warned_of_a_state(verb: Token) -> bool:
    """ "Warned that pensioners face danger", "warned that the dam could burst": a warning of a danger someone else
    faces or a thing poses, told as words; a threat is an act to come of the warner or of the force behind it
    ("warned it would strike back", "warned that its members would walk out", "warned that the army would respond":
    hard negatives)."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return False
    warner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    ahead = any(a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll", "could", "might", "may", "shall")
                for a in clause.children)
    if not ahead or subject is None:
        return True
    own = subject.lower_ in ("it", "they", "we", "he", "she", "i") or subject.lower_ in _ARMED or (
        subject.lemma_.lower() in ("government", "police", "authority", "ministry", "country", "state", "union")) or (
        warner is not None and subject.lemma_.lower() == warner.lemma_.lower()) or any(
        c.dep_ == "poss" and c.lower_ in ("its", "their", "our", "his", "her") for c in subject.children)
    return not own


def _states_at_war(noun: Token) -> bool:
    """ "The two countries went to war", "Russia declared war": a war states enter is fought with arms (hard
    negatives: "a war of words", "a price war", "two chains went to war over prices")."""
    if noun.lemma_.lower() not in ("war", "battle") or any(c.dep_ == "compound" or (
            c.dep_ == "prep" and (c.lower_ == "of" or (c.lower_ in ("on", "against") and not any(
                g.ent_type_ in ("GPE", "NORP") for g in c.children)))) for c in noun.children):
        return False  # "declared war on Ukraine" (a state), not "a war on drugs"
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB" or verb.lemma_.lower() not in (
            "go", "wage", "declare", "enter"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.ent_type_ in ("GPE", "NORP") or subject.lemma_.lower() in (
        "country", "nation", "state", "kingdom", "empire", "republic"))


_FORCES = {"police", "officer", "troop", "soldier", "guard", "militant", "rebel", "gunman", "protester", "protestor",
           "demonstrator", "rioter", "supporter", "miner", "striker"}


_OUTBREAKS = {"break", "erupt", "rage", "flare", "intensify", "escalate", "resume", "continue", "spread", "spill",
              "subside", "ease", "persist", "begin", "start", "end"}


def _judged(sense: Sense, verb: Token) -> Sense | None:
    """ "Called the reform 'reckless'", "called the process a sham": a label that condemns is criticism, one that
    praises ("called the accord historic") support; a plain label ("called it a first step") is words reported,
    which the quote layer covers: no event."""
    if "+label" not in sense.rule or verb.pos_ != "VERB":
        return sense
    words = {w.lemma_.lower() for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp") for w in c.subtree}
    if words & _CONDEMNING:
        return Sense("DISAPPROVE", "111", None, sense.rule + "|rule:condemning_label")
    if words & _PRAISING:
        return Sense("SUPPORT", "051", None, sense.rule + "|rule:praising_label")
    return None if sense.category == "STATEMENT" else sense


# Labels that condemn or praise what they name (written for dateline from general English usage; CC0).
_CONDEMNING = {"dangerous", "ideological", "wrong", "disgrace", "disgraceful", "shameful", "sham", "mistake",
               "outrageous", "unacceptable", "irresponsible", "reckless", "absurd", "ridiculous", "illegal",
               "unconstitutional", "racist", "corrupt", "disastrous", "catastrophic", "scandal", "scandalous",
               "travesty", "farce", "hoax", "insult", "insulting", "betrayal", "failure", "nonsense", "lie", "fake",
               "dishonest", "cowardly", "stupid", "hypocritical", "unfair", "unjust", "biased", "provocative",
               "hostile", "troubling", "disturbing", "alarming", "appalling", "deplorable", "despicable", "heinous",
               "horrific", "terrible", "awful", "bad", "crisis", "indictment", "attack", "witch", "political",
               "immoral", "obscene", "undemocratic", "sad", "pathetic", "shocking", "destructive", "misguided",
               "flawed", "regrettable"}
_PRAISING = {"historic", "great", "excellent", "courageous", "brave", "positive", "welcome", "landmark", "victory",
             "success", "breakthrough", "milestone", "wise", "sensible", "important", "encouraging", "visionary",
             "heroic", "tremendous", "fantastic", "wonderful", "remarkable", "exemplary"}


def _aim(verb: Token) -> bool:
    """A purpose infinitive ("sent surveys to measure noise levels", "in order to curb smuggling") names
    what an act is for, not a happening of its own; the point of a journey ("flew to Paris to sign the accord")
    is the journey's business and stays."""
    if verb.pos_ != "VERB" or verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "use" and (verb.head.tag_ == "VBN" or not any(
            c.dep_ == "dobj" for c in verb.head.children)):
        return True  # "a criterion is used to tax the schools", "he used to visit": a means or a habit
    if verb.dep_ != "advcl":
        return False
    head = verb.head.lemma_.lower()
    return head not in _JOURNEYS and head not in GOVERNORS and not _stepped_in(verb.head)  # "vowed to fight": the
    # vow's content, read through it


def _appeared_to_act(verb: Token) -> bool:
    """ "Made an appearance in March to unveil the tablet", "took the stage to announce the merger": an
    appearance told by what was done at it, the act the reader keeps (hard negatives: "sent surveys to measure
    noise", "came to the city to look for work", a purpose only)."""
    if verb.tag_ != "VBD":
        return False
    lemma = verb.lemma_.lower()
    return lemma == "appear" or any(c.dep_ == "dobj" and (lemma, c.lemma_.lower()) in _APPEARANCES
                                    for c in verb.children)


_APPEARANCES = {("make", "appearance"), ("take", "stage"), ("take", "podium"), ("take", "floor")}


def _stepped_in(verb: Token) -> bool:
    """ "Stepped in to rescue the bank", "intervened to stop the sale", "moved quickly to evacuate the town": an
    intervention told by what it did (hard negative: "sent surveys to measure noise", a purpose)."""
    lemma = verb.lemma_.lower()
    return lemma in ("intervene", "scramble") or (lemma == "step" and any(
        c.lower_ == "in" and c.dep_ in ("prt", "advmod") for c in verb.children)) or (
        lemma == "move" and verb.tag_ == "VBD" and not any(c.dep_ in ("dobj", "prep") for c in verb.children))


_JOURNEYS = {"travel", "fly", "go", "come", "arrive", "head", "return", "visit", "meet", "gather", "convene", "sail",
             "drive", "walk", "march", "rush", "hurry", "leave", "set"}


# What a firm's finances are made of: a CAMEO verb of co-operation or conflict acting on one is business.
_FINANCES = {"debt", "debts", "loan", "loans", "credit", "notes", "bond", "bonds", "share", "shares", "stake", "stakes",
             "securities", "dividend", "dividends", "financing", "refinancing", "sales", "earnings", "revenue",
             "revenues", "costs", "inventory", "inventories", "borrowings", "stock"}  # not "capital", "assets",
# "funds" or "market": a capital city, assets frozen and a market attacked are no business
_POLITICAL_READINGS = {"AID", "AGREE", "COERCE", "CONCEDE", "COOPERATE", "SUPPORT", "REJECT", "DEMAND", "RETREAT",
                       "SANCTION"}


def _money_moved(sense: Sense, token: Token) -> bool:
    """ "Reduced its debt", "extended loans to the firm", "lost market share", "expanded its selling of securities":
    CAMEO's reading of the verb is of states dealing with states; acting on a firm's money it is business (hard
    negatives: "cut aid to the rebels", "seized the ship's cargo")."""
    if sense.category not in _POLITICAL_READINGS or "cameo_" not in sense.rule or token.pos_ != "VERB":
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.lemma_.lower() in _FINANCES or o.lower_ in _FINANCES for o in objects)


_FIELD_DISTANCES = {"yard", "yards", "metre", "metres", "meter", "meters", "foot", "feet"}


def _play(token: Token) -> bool:
    """In a game report, a blow at no one is play ("fired a shot on goal", "forced overtime"), and a capitalised
    disaster word is a team ("the Hurricanes"); a blow at a person ("hit the quarterback with his helmet")
    stays one."""
    if token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.text[:1].isupper() and token.i != token.sent.start):
        return True
    if token.text[:1].isupper() and token.i + 1 < len(token.doc) and token.doc[token.i + 1].like_num:
        return True  # "Cyclones 4, Owls 2:": a side in a score line, first word of its sentence
    if token.pos_ != "VERB":
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return not any(_person(o) or o.ent_type_ == "PERSON" or o.pos_ == "PROPN" for o in objects)


# Who rules from the bench: what they order, bar or impose is a ruling.


def _vehicle_hit(verb: Token) -> bool:
    """A vehicle that hits, rams or runs over someone or something, with no one said to drive it at them, or
    that plunges, overturns or capsizes: an accident ("a bus struck a pedestrian", "the lorry overturned");
    "he rammed his car into the gate" has a person as its subject and stays an act."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _COLLIDES | _MISHAPS:
        return False
    if verb.lemma_.lower() in ("run", "mow") and not any(c.lower_ in ("over", "down", "into") for c in verb.children):
        return False  # "the bus ran late"; "ran over a pedestrian" is a collision
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        subject = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    if subject is not None and subject.lemma_.lower() in _DRIVERS and verb.lemma_.lower() in _COLLIDES \
            and any(c.dep_ == "dobj" and c.lemma_.lower() not in _VEHICLES for c in verb.children):  # "bus drivers
        # struck for pay" is a walkout; "the driver rammed his car into the gate", an act
        return True  # "a drunken driver struck her": a road accident, whatever is charged later
    with_vehicle = any(g.lemma_.lower() in _VEHICLES for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                       for g in c.children if g.dep_ == "pobj")  # "struck her with his car"
    return subject is not None and (subject.lemma_.lower() in _VEHICLES or _a_car_by_its_make(subject) or (
        with_vehicle and verb.lemma_.lower() in ("strike", "hit")))


def _a_car_by_its_make(noun: Token) -> bool:
    """ "A blue Honda Civic", "the Ford": a car named by its maker, with an article (hard negative: "Honda hit
    its sales target", the company)."""
    heads = [noun] + [c for c in noun.children if c.dep_ == "appos"]  # "a blue Honda", parsed "blue" + appos
    named = heads + [c for h in heads for c in h.children if c.dep_ == "compound"]
    return any(w.lower_ in _CAR_MAKES for w in named) and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "the") for h in heads for c in h.children)


_CAR_MAKES = {"toyota", "ford", "honda", "chevrolet", "chevy", "nissan", "bmw", "mercedes", "volkswagen", "vw",
              "hyundai", "kia", "audi", "dodge", "chrysler", "subaru", "mazda", "volvo", "tesla", "lexus", "buick",
              "cadillac", "gmc", "peugeot", "renault", "fiat", "vauxhall", "skoda", "opel", "citroen", "pontiac",
              "mitsubishi", "suzuki", "lincoln", "infiniti", "acura", "porsche", "saab", "seat", "dacia"}


def _promotion(verb: Token) -> bool:
    """ "Promoted her deputy to first mate", "was demoted to the reserves": a post changes hands (hard negative:
    "promoted its products", a campaign)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("promote", "demote", "elevate"):
        return False
    patients = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not patients and verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and not any(
            c.dep_ in ("nsubj", "dobj", "aux") for c in verb.children):  # "was hired and promoted"
        patients = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    posts = [w for c in verb.children if c.dep_ in ("prep", "xcomp") and c.lower_ in ("to", "head", "lead")
             for w in c.subtree] + [w for p in patients for c in p.children if c.dep_ == "prep" and c.lower_ == "to"
                                    for w in c.subtree]  # "promoted its assistant to head coach"
    return any(_person(p) for p in patients) or any(w.lower_ in _posts() for w in posts)


# Measures someone must have made or undone: "the levy was withdrawn", "the curfew was lifted", "the ban was
# overturned" tell an unnamed authority's act (hard negative: "it was resolved", "the mood was lifted").
_MEASURES = {"bill", "law", "plan", "proposal", "measure", "order", "decree", "legislation", "ban", "policy",
             "curfew", "sanction", "sanctions", "tariff", "tariffs", "embargo", "restriction", "restrictions",
             "rule", "regulation", "deal", "agreement", "treaty", "contract", "charge", "charges", "case", "lawsuit",
             "suit", "licence", "license", "permit", "visa", "visas", "warrant", "lockdown", "moratorium",
             "amendment", "resolution", "motion", "referendum", "election", "vote", "tax", "levy", "fine",
             "sentence", "verdict", "ruling", "decision", "indictment", "investigation", "probe", "inquiry",
             "project", "scheme", "programme", "program", "budget", "reform", "reforms", "mandate", "quarantine"}


# What trades on a market and is told as struck when its price falls: "stocks were hammered", "the dollar took a
# pounding". Not "market" or "exchange", which are places that can be attacked.
_TRADED = {"stock", "stocks", "share", "shares", "bond", "bonds", "equities", "treasuries", "futures", "dollar", "euro",
           "yen", "yuan", "rouble", "ruble", "peso", "rupee", "currency", "currencies", "price", "prices", "index",
           "indexes", "indices", "dow", "nasdaq", "nikkei", "ftse", "dax", "securities", "commodities", "crude"}


def _market_battered(verb: Token) -> bool:
    """A blow whose only sufferer is a traded thing ("tech stocks were hammered on Tuesday", "bonds have been
    getting beat up", "the selloff battered the peso"): a price move, no violence (hard negatives: "gunmen
    attacked the stock exchange", "police beat protesters")."""
    if verb.pos_ != "VERB":
        return False
    hit = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    if not hit and verb.head.lemma_ == "get" and verb.dep_ in ("acomp", "xcomp", "ccomp", "conj"):
        hit = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "bonds got beat up"
    if not hit and any(c.dep_ == "auxpass" and c.lemma_ == "get" for c in verb.children):
        hit = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(hit) and all(w.lemma_.lower() in _TRADED or w.lower_ in _TRADED for w in hit)


def _measure_acted_on(verb: Token) -> bool:
    return verb.pos_ == "VERB" and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in _MEASURES
                                       for c in verb.children)


def _to_jail(verb: Token) -> bool:
    """ "Went to jail", "was sent to prison": a sentence served (hard negative: "went to the jail to visit his
    son", a place)."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in ("go", "send", "return") and any(
        g.lower_ in ("jail", "prison", "gaol") and not any(d.dep_ in ("det", "poss") for d in g.children)
        for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "into") for g in c.children
        if g.dep_ == "pobj")


def _took_post(verb: Token) -> bool:
    """ "She became president of the rowing club in 2002", "he became the first harbour master from the island": a
    person takes a post (hard negatives: "the town became a city", "she became famous")."""
    if verb.pos_ == "VERB" and (verb.lemma_.lower() in ("join", "return", "arrive", "come") or (
            verb.lemma_.lower() in ("take", "step") and any(
                c.dep_ == "prt" and c.lower_ in ("over", "in", "up") for c in verb.children))):  # "took over as
        # coach", "joined the team as head coach"
        return any(g.lower_ in _posts() or any(c.lower_ in _posts() for c in g.children if c.dep_ == "compound")
                   for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children
                   if g.dep_ == "pobj")
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() != "become":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    post = next((c for c in verb.children if c.dep_ == "attr"), None)
    person = subject is not None and (subject.ent_type_ == "PERSON" or subject.lower_ in _SOMEONE_PRONOUNS or (
        subject.pos_ == "PROPN" and subject.ent_type_ not in ("ORG", "GPE", "NORP", "FAC", "LOC")))
    return person and post is not None and (
        post.lower_ in _posts() or any(c.lower_ in _posts() for c in post.children if c.dep_ == "compound"))


@lru_cache(maxsize=1)
def _posts() -> frozenset[str]:
    """Posts a person is promoted to: the titles lexicon's words and a side's roles ("coach", "captain")."""
    titles = {w for row in load("titles.tsv") for w in row["title"].lower().split()}
    return frozenset(titles | {r["word"] for r in load(SPORTS) if r["kind"] == "member_noun"}
                     - {"squad", "team", "side", "fans", "supporters", "players", "player", "teammate"})


_OFFICES = {"presidency", "president", "nomination", "leadership", "re-election", "reelection", "office", "seat",
            "mayor", "mayoralty", "governor", "governorship", "senate", "congress", "parliament", "premiership",
            "chair"}


def _campaign_bid(verb: Token) -> bool:
    """ "Launched a bid for the presidency", "announced her run for mayor": a candidacy (hard negative: "launched a
    bid for its rival", a takeover)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("launch", "announce", "mount", "begin", "start", "end",
                                                          "abandon", "drop", "suspend", "formalise", "formalize"):
        return False
    return any(obj.lemma_.lower() in ("bid", "run", "campaign", "candidacy") and any(
        g.lemma_.lower() in _OFFICES for p in obj.children if p.dep_ == "prep" and p.lower_ in ("for", "to")
        for g in p.children if g.dep_ == "pobj") for obj in verb.children if obj.dep_ == "dobj")


# Diseases and their agents, for cases told as infections. Written for dateline from public-health reporting; CC0.
_DISEASES = {"virus", "plague", "disease", "flu", "influenza", "measles", "cholera", "ebola", "covid", "covid-19",
             "coronavirus", "tuberculosis", "malaria", "hiv", "bacteria", "bacterium", "infection", "fever", "pox",
             "smallpox", "monkeypox", "mpox", "dengue", "zika", "polio", "rabies", "anthrax", "meningitis", "typhoid",
             "salmonella", "listeria", "legionella", "norovirus", "sars", "mers", "strain", "pathogen", "parasite"}


def _disease_case(verb: Token) -> bool:
    """ "Was infected with the plague", "the virus has infected 300 people", "diagnosed with measles": cases of a
    disease (hard negative: "hackers infected the servers with malware" is an attack)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("infect", "diagnose", "sicken", "contract", "catch"):
        return False
    agents = [c for c in verb.children if c.dep_ in ("nsubj", "dobj")]
    agents += [g for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in ("with", "by")
               for g in c.children if g.dep_ == "pobj"]
    return any(a.lemma_.lower() in _DISEASES or a.lower_ in _DISEASES for a in agents)


# Fighting a fire: what crews do to a blaze is the emergency response, not an assault.
_FIRE_FIGHTS = {"attack", "fight", "battle", "tackle", "combat", "contain", "extinguish", "douse", "smother",
                "suppress", "quell"}
_FIRE_FIGHTS_PHRASAL = {("put", "out"), ("knock", "down"), ("beat", "back")}
_BLAZES = {"fire", "fires", "blaze", "blazes", "flame", "flames", "wildfire", "wildfires", "bushfire", "bushfires",
           "inferno", "conflagration", "brushfire", "forest fire"}


def _bout(verb: Token) -> bool:
    """ "The champion fought Ruiz at the Garden", "will box Cole in June": a bout between two named fighters in a
    ring story (hard negatives: "rebels fought the army"; "he fought the robber off", no ring)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("fight", "box", "spar") \
            or any(c.dep_ == "prt" for c in verb.children):
        return False
    opponent = next((c for c in verb.children if c.dep_ == "dobj"), None) or _pobj(verb, ("against", "with"))
    if opponent is None or opponent.ent_type_ != "PERSON":
        return False
    subject = _subject(verb)
    return (subject is not None and subject.lemma_.lower() in _FIGHTERS) or any(
        w.lemma_.lower() in _RING_WORDS for w in verb.doc)


_FIGHTERS = {"boxer", "fighter", "champion", "challenger", "heavyweight", "middleweight", "welterweight",
             "lightweight", "featherweight", "wrestler", "contender", "titleholder", "prizefighter", "kickboxer"}
_RING_WORDS = {"bout", "boxing", "knockout", "ring", "heavyweight", "middleweight", "welterweight", "referee",
               "undercard", "prizefight", "mma", "ufc"}


def _firefighting(verb: Token) -> bool:
    """ "crews attacked the warehouse fire from the roof", "crews battled the flames": the response to a fire
    (hard negative: "the army attacked the town" stays an attack; "the fire spread" is the fire)."""
    if verb.pos_ != "VERB" or (verb.lemma_.lower() not in _FIRE_FIGHTS and not any(
            c.dep_ == "prt" and (verb.lemma_.lower(), c.lower_) in _FIRE_FIGHTS_PHRASAL for c in verb.children)):
        return False  # "put out the flames", "knocked down the blaze" (hard negatives: "put out a statement",
        # "knocked down the door": no fire)
    patients = [c for c in verb.children if c.dep_ == "dobj"] + [c for c in verb.children if c.dep_ == "nsubjpass"]
    patients += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "against" for g in c.children
                 if g.dep_ == "pobj"]  # "fought against the flames"
    if any(p.lower_ in _BLAZES or p.lemma_.lower() in _BLAZES for p in patients):
        return True
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return doer is not None and _fire_crew(doer) and any(p.lower_ == "it" for p in patients)  # "once the fire
    # crews had attacked it on two sides": the blaze told before (hard negative: "troops attacked it", a position)


def _fire_crew(word: Token) -> bool:
    lemma = word.lemma_.lower()
    return lemma in ("firefighter", "fireman", "firemen") or (lemma in ("crew", "unit", "team", "brigade") and any(
        c.dep_ == "compound" and c.lemma_.lower() == "fire" for c in word.children))


_VOTERS = {"voter", "electorate", "elector", "constituent"}
_BALLOT_VERBS = {"approve", "reject", "pass", "back", "endorse", "defeat", "oust", "elect", "re-elect", "reelect",
                 "choose", "pick", "return", "vote"}


def _ballot(verb: Token) -> bool:
    """Voters as the subject: what they approve, reject or choose they decide at the ballot box."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.pos_ == "VERB" else None
    return subject is not None and verb.lemma_.lower() in _BALLOT_VERBS and subject.lemma_.lower() in _VOTERS


def _road_death(verb: Token) -> bool:
    """ "A hit-and-run driver killed a cyclist", "a van killed two walkers": a death on the road, whatever is
    charged later (hard negatives: "killed by a gunman", "the driver was killed by a sniper")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "kill":
        return False
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:
        doer = next((g for g in agent.children if g.dep_ == "pobj"), None)
    return doer is not None and doer.lemma_.lower() in _DRIVERS | _VEHICLES


_DRIVERS = {"driver", "motorist", "trucker", "lorry-driver", "chauffeur"}
# What a vehicle does when something goes wrong: "the bus plunged into a ravine", "a lorry overturned".
_MISHAPS = {"plunge", "overturn", "veer", "skid", "plummet", "flip", "derail", "capsize", "topple", "careen",
            "swerve", "jackknife", "ditch", "founder", "run aground"}
_COLLIDES = {"strike", "hit", "ram", "plough", "plow", "smash", "slam", "crash", "run", "mow", "collide", "sideswipe"}
_VEHICLES = {"car", "truck", "lorry", "bus", "van", "train", "tram", "vehicle", "suv", "taxi", "motorcycle", "tractor",
             "trailer", "coach", "minibus", "ship", "vessel", "boat", "ferry", "tanker", "plane", "aircraft", "jet",
             "helicopter", "locomotive", "streetcar", "scooter", "sedan", "hatchback", "pickup", "minivan", "jeep",
             "motorbike", "cab", "limousine", "ambulance", "4x4", "hgv", "saloon", "bulldozer"}


def _said_of_oneself(token: Token) -> bool:
    """The negated act's doer is the speaker: "we", "I" (or "our side", as the quote's own voice)."""
    verb = token if token.pos_ == "VERB" else token.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lower_ in ("i", "we")


def _can_act(actor: EventActor) -> bool:
    """Someone who strikes or is struck: an entity, a sector, a person, a name, a weapon."""
    return bool(actor.entity or actor.actor_type or actor.country_code or _human(actor.name) or _proper(actor.name)
                or actor.name.lower() in _PERSONAL or _weapon(actor.name))


# CAMEO's "destroy" verbs that say one side came out ahead, not that anything was struck: with no armed force in
# the clause they are rankings and figures of speech ("the bakery overtook its rival in sales", "a summit
# dominated by a quota row").
_OUTDOING = {"overtake", "dominate", "overshadow", "overcome", "surmount", "master", "best", "outdo", "outstrip",
             "outpace", "eclipse"}
# Struggles that take an abstract opponent as often as a person ("fought the charges", "battling an illness").
_STRUGGLES = {"fight", "battle", "combat", "struggle", "wrestle", "grapple"}


def _casualties(found: list[Mention]) -> None:
    """ "Those who were wounded have been taken to hospital", after a crane collapse: harm told with no one
    doing it, in a story of an accident or a disaster and of no attack, is that happening's toll (its category,
    as a reader files "killing 12, wounding 30" with the collapse), not an assault. A story with an attack in it
    keeps the assault ("a guard was wounded" in a raid)."""
    mishap = next((m.category for m in found if m.category in ("ACCIDENT", "DISASTER")), None)
    if mishap is None:
        return
    if any(m.category in ("ASSAULT", "FIGHT") and not _unowned_harm(m) for m in found):
        return
    for mention in found:
        if _unowned_harm(mention):
            mention.sense = Sense(mishap, None, None, mention.sense.rule + "|rule:casualties_of_accident")


def _restated(found: list[Mention]) -> list[Mention]:
    """ "Protested on Monday, warning that …", "scolded the label, accusing it of …": a participle of words hung
    on an act of words says what that act said — one happening, told once (the head's)."""
    heads = {m.trigger.i: m for m in found}
    return [m for m in found if not (
        m.trigger.tag_ == "VBG" and m.trigger.dep_ == "advcl" and m.trigger.lemma_.lower() in _RESTATING
        and (head := heads.get(m.trigger.head.i)) is not None and head.category in _WORDS_ACTS)]


# Acts done in words, and the participles that only say what such an act said ("…, warning that", "…, accusing
# them of"); a participle that asks for something more ("calling for a strike") is an act of its own.
_WORDS_ACTS = {"STATEMENT", "DISAPPROVE", "DEMAND", "THREATEN", "PROTEST", "SUPPORT", "REJECT"}
_RESTATING = {"warn", "accuse", "argue", "claim", "insist", "allege", "complain", "describe", "label", "brand",
              "charge", "blame", "criticise", "criticize", "denounce"}


def _one_sense(found: list[Mention], doc: Doc, lexicon: EventLexicon) -> list[Mention]:
    """One sense per discourse (Gale, Church and Yarowsky 1992): a noun that also names a thing — a settlement
    that people live in, a space probe, a publication that is an outlet — keeps that sense through the article
    once its context shows it ("Israeli settlements", "settlers"; "the space probe"), so a bare "the settlements
    were illegal" later is no agreement."""
    things = {t.lemma_.lower() for t in doc if t.lemma_.lower() in _THING_SENSES and lexicon.names_a_thing(t)}
    if any(t.lemma_.lower() == "settler" for t in doc):
        things.add("settlement")
    kept = [m for m in found if m.trigger.lemma_.lower() not in things or "event_senses" in m.sense.rule]
    shown: dict[str, Sense] = {}  # the sense a noun's context showed once: "a congressional hearing" … "the hearing"
    for mention in kept:  # nouns only: a verb's sense is not its noun's ("fired two workers" … "the fire")
        if mention.trigger.pos_ != "NOUN":
            continue
        lemma = mention.trigger.lemma_.lower()
        rule = mention.sense.rule
        if rule.startswith(f"lexicon:{SENSES_FILE}#{lemma}/noun+object:") and "|" not in rule \
                and "+object:head:" not in rule:
            shown.setdefault(lemma, mention.sense)
        elif mention.sense.category == "CONTEST" and "|" not in rule and tender_sense(mention.trigger):
            mention.sense = Sense("BUSINESS", None, None, rule + "|rule:tender")
        elif rule == f"lexicon:{EVENTS_FILE}#{lemma}" and lemma in shown \
                and shown[lemma].category != mention.sense.category:
            seen = shown[lemma]
            mention.sense = Sense(seen.category, seen.cameo, seen.mode, rule + "|rule:one_sense_per_discourse")
    return kept


# Event nouns that also name things: their thing sense, once shown, holds for the article.
_THING_SENSES = {"settlement", "probe", "publication", "rally"}
SENSES_FILE, EVENTS_FILE = "event_senses.tsv", "events.tsv"


def _announces_event(mention: Mention, found: list[Mention]) -> bool:
    """ "Announced that the plant will close": the closure is the event, the announcing only reports it. When
    what is announced holds no event ("announced that it was now the biggest landowner"), the announcement
    is the happening the reader keeps."""
    if mention.category != "STATEMENT" or not announces_clause(mention.trigger):
        return False
    told = {w.i for c in mention.trigger.children if c.dep_ == "ccomp" for w in c.subtree}
    return any(m.trigger.i in told for m in found if m is not mention)


def _unowned_harm(mention: Mention) -> bool:
    """Harm told with no one doing it ("were injured"); not an attempt or a plot to harm, which someone made
    ("attempts to kill the president")."""
    verb = mention.trigger
    return mention.category == "ASSAULT" and mention.source is None and verb.pos_ == "VERB" \
        and verb.lemma_.lower() in _HARMS and not (
            verb.dep_ in ("acl", "xcomp") and verb.head.lemma_.lower() in _SCHEMES)


_SCHEMES = {"attempt", "try", "plot", "bid", "plan", "conspiracy", "conspire", "scheme", "seek", "vow", "threaten"}


# Harm that a storm, a crash or a disease can do as well as a person ("the flood killed twelve").
_HARMS = {"kill", "wound", "injure", "hurt", "maim"}


@lru_cache(maxsize=1)
def _calamities() -> dict[str, str]:
    return {r["lemma"]: r["category"] for r in load("events.tsv")
            if r["pos"] == "noun" and r["category"] in ("DISASTER", "ACCIDENT")}


def _calamity_placed(verb: Token) -> str | None:
    """The calamity a relative clause of harm belongs to when the parse hangs it on the calamity's place ("a quake
    on an island that killed ten", "a fire at a mill that injured six"): a place harms no one (hard negative: "a
    gunman at a mall who killed six", whose clause is the gunman's)."""
    place = verb.head
    if verb.dep_ != "relcl" or place.dep_ != "pobj" or place.head.lower_ not in ("on", "in", "at", "near", "off") \
            or not any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in verb.children):
        return None
    return _calamity(place.head.head.text) if place.head.head.pos_ == "NOUN" else None


def _calamity(name: str) -> str | None:
    """The category of a disaster or accident named as a doer ("the earthquake", "a crash on the M4")."""
    known = _calamities()
    return next((known[k] for w in name.lower().split()
                 for k in (w, w[:-1] if w.endswith("s") else "", w[:-2] if w.endswith("es") else "") if k in known),
                None)  # and plurals: "Hurricanes Ana and Bill hit the coast"


def _disease(name: str) -> bool:
    words = name.lower().split()
    return bool(words) and words[-1] in _DISEASES  # "cholera", "the deadly bubonic plague"


_BLOWS = {"destroy", "damage", "leave", "hit", "strike", "target", "rock", "cripple", "disrupt"}  # what an attack does
_RAZES = {"flatten", "level", "topple", "raze", "wreck", "devastate", "batter", "shake", "jolt"}


def _calamity_around(verb: Token) -> str | None:
    """The calamity a doerless blow belongs to: one named in its sentence or the one before, with no weapon or
    armed actor in either ("a quake hit the coast … the airport was damaged"; hard negative: "a bomb went off …
    the airport was damaged", or rebels named)."""
    sentence = verb.sent
    window = [sentence] if sentence.start == 0 else [verb.doc[sentence.start - 1].sent, sentence]
    words = [w for s in window for w in s]
    if any(w.lower_ in _ARMED or w.lemma_.lower() in _WEAPONS
           or (w.pos_ == "NOUN" and w.lemma_.lower() in _ASSAULT_NOUNS) for w in words):
        return None
    return next((kind for w in words if w.pos_ == "NOUN" and w.i != verb.i
                 and (kind := _calamities().get(w.lemma_.lower())) is not None), None)


_ASSAULT_NOUNS = {"attack", "bomb", "bombing", "blast", "shelling", "airstrike", "strike", "raid", "gunfire",
                  "shooting", "gunman", "gunmen", "assault", "riot", "arson", "arsonist", "explosive"}


def _weapon(name: str) -> bool:
    """The phrase's last word is a weapon ("a roadside bomb", "two rockets"): someone set it off."""
    words = name.lower().split()
    return bool(words) and (words[-1] in _WEAPONS or words[-1].rstrip("s") in _WEAPONS)


_EXERCISES = {"exercise", "exercises", "drill", "drills", "game", "games", "wargame", "wargames", "maneuvers",
              "manoeuvres", "maneuver", "manoeuvre"}


def _joint_exercise(sense: Sense, token: Token) -> Sense:
    """PLOVER: joint military exercises are COOPERATE, a single country's are MOBILIZE — "the Chilean and
    Peruvian navies started war games", "held drills with Brazilian frigates" against "the navy held drills"."""
    if sense.category != "MOBILIZE":
        return sense
    verb = token if token.pos_ == "VERB" else token.head
    words = [w for w in (token.subtree if token.pos_ == "VERB" else [token]) if w.lower_ in _EXERCISES]
    if not words:
        return sense
    subject = _subject(verb) if verb.pos_ == "VERB" else None
    together = any(w.lower_ in ("joint", "jointly", "combined") for w in verb.subtree) or \
        _pobj(verb, ("with",)) is not None or any(_pobj(w, ("with",)) is not None for w in words)
    partners = subject is not None and any(c.dep_ == "conj" for w in subject.subtree for c in w.children
                                           if w.dep_ in ("amod", "compound", "nsubj") or w is subject)
    if together or partners:
        return Sense("COOPERATE", "062", None, sense.rule + "|rule:joint_exercise")
    return sense


_CYBER = {"hacker", "hack", "malware", "ransomware", "spyware", "phishing", "botnet", "vulnerability", "exploit",
          "zero-day", "cyber", "cybercriminal", "cyberattack", "software", "server", "password", "browser"}
_FIRES = {"fire", "blaze", "inferno", "flame", "conflagration"}
_WILDLAND = {"hectare", "acre", "forest", "woodland", "bushland", "bush", "scrub", "scrubland", "grassland", "brush",
             "hill", "hillside", "countryside", "vegetation", "moorland", "heath", "prairie", "canyon", "pine"}


def _won_by(groups: list[Mention], later: Mention) -> Mention | None:
    """ "Earned a sixth victory … with a 3-1 victory over the Owls": the result named again by the means of getting
    it is one game (hard negative: "a victory over the Owls and a victory over the Hawks", two)."""
    noun = later.trigger
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ not in ("with", "by") \
            or noun.head.head.pos_ != "VERB":
        return None
    verb = noun.head.head
    return next((g for g in groups if g.category == later.category and g.trigger.dep_ == "dobj"
                 and g.trigger.head.i == verb.i and g.trigger.lemma_.lower() == noun.lemma_.lower()), None)


_ENACTING = {"approve", "authorize", "authorise", "adopt", "endorse", "enact", "repeal", "ratify", "amend", "abolish",
             "override", "overturn"}
_CHAMBERS = {"parliament", "congress", "senate", "legislature", "lawmaker", "legislator", "mp", "senator",
             "knesset", "duma", "bundestag", "sejm", "riksdag", "storting", "folketing", "majlis", "assembly",
             "house", "congressman", "congresswoman", "parliamentarian"}


def _legislature(subject: Token | None) -> bool:
    """A chamber or its members ("parliament", "the Senate", "lawmakers"; "the House" only capitalised)."""
    if subject is None:
        return False
    word = subject.lemma_.lower()
    if word in ("house", "assembly"):
        return subject.text[:1].isupper() and subject.i > subject.sent.start
    return word in _CHAMBERS or subject.lower_ in _CHAMBERS or subject.lower_ in {"mps", "lawmakers", "senators"}


def _liable_to(noun: Token) -> bool:
    """ "A region prone to earthquakes", "vulnerable to attacks": a kind of happening a place is liable to, none in
    particular (hard negative: "exposed to the blast", one blast: a definite noun)."""
    return noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "to" \
        and noun.head.head.lower_ in ("prone", "vulnerable", "susceptible", "exposed", "accustomed", "used",
                                      "immune") and not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                                            for c in noun.children)


def _what_it_is_for(noun: Token) -> bool:
    """An event noun naming what other things are for: "security for the election", "tickets for the final"."""
    return noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "for" \
        and noun.head.head.pos_ in ("NOUN", "PROPN")


def _offset_dates(found: list[Mention], timexes: list[Timex]) -> None:
    """ "Placed him on injured reserve on Wednesday, one day after he signed": a clause told so many days before
    or after its governor happened that far from the governor's day, not on it (hard negative: "on Wednesday,
    after he signed", no distance said: the governor's day stands as the nearest reading)."""
    for mention in found:
        verb = mention.trigger
        if verb.pos_ == "NOUN" and verb.dep_ in ("nsubj", "nsubjpass", "dobj"):
            verb = verb.head  # "a week before the vote was held": the clause of the noun's happening
        when = mention.date
        if verb.pos_ != "VERB" or verb.dep_ != "advcl" or when is None or when.expression is None \
                or _precision(when.value) != "day" or verb.idx <= when.expression.start < verb.right_edge.idx:
            continue
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
        distance = next((c for c in verb.children if c.dep_ == "npadvmod" and c.i < (mark.i if mark else 0)), None)
        if mark is None or distance is None:
            continue
        span = next((t for t in timexes if t.start <= distance.idx < t.end), None)
        shift = re.fullmatch(r"P(\d+)([DW])", span.value or "") if span is not None else None
        if span is None or shift is None or when.value is None:
            continue
        days = int(shift.group(1)) * (7 if shift.group(2) == "W" else 1)
        moved = date.fromisoformat(when.value[:10]) + timedelta(days=-days if mark.lower_ == "after" else days)
        mention.date = EventDate(moved.isoformat(), Span(span.start, span.end, span.text), "day",
                                 "rule:offset_from_governor")


def _offset_from_happening(found: list[Mention], timexes: list[Timex]) -> None:
    """ "Two days after the shooting, protesters marched": an act told so many days after (or before) a happening
    the story has dated is that far from the happening's day (hard negatives: "after the shooting", no distance;
    a happening not dated)."""
    for mention in found:
        verb = mention.trigger
        if verb.pos_ != "VERB" or (mention.date is not None and mention.date.rule not in _INFERRED):
            continue
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("after", "before"):
                continue
            distance = next((c for c in prep.children if c.dep_ == "npadvmod"), None)
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            span = next((t for t in timexes if distance is not None and t.start <= distance.idx < t.end), None)
            shift = re.fullmatch(r"P(\d+)([DW])", span.value or "") if span is not None else None
            if noun is None or span is None or shift is None:
                continue
            told = next((m for m in found if m.trigger.i == noun.i or (
                m.trigger.i < noun.i and m.category in _INCIDENT_KINDS and _one_word(m.trigger, noun))), None)
            when = told.date if told is not None else None
            if when is None or when.value is None or _precision(when.value) not in ("day", "time"):
                continue
            days = int(shift.group(1)) * (7 if shift.group(2) == "W" else 1)
            moved = date.fromisoformat(when.value[:10]) + timedelta(days=days if prep.lower_ == "after" else -days)
            mention.date = EventDate(moved.isoformat(), Span(span.start, noun.idx + len(noun.text),
                                                             doc_text(verb.doc)[span.start:noun.idx + len(noun.text)]),
                                     "day", "rule:offset_from_happening")


_NARRATIVE = 1200  # characters: about two paragraphs of a news story
# Dates a mention takes from where it stands, not from its own words: weaker than a time its clause tells.
_INFERRED = {"rule:narrative_time", "rule:story_happening_again"}


def _narrative_dates(found: list[Mention], text: str, timexes: list[Timex], published: date | None,
                     roundup: bool = False, spoken: dict[str, Span] | None = None) -> None:
    """An undated past event told just after a day was given happens on that day: a reader dates "Police
    arrested him" by the "On Monday, …" of the sentence before. Only from a day or a time (not a year of
    background), within about two paragraphs (across a paragraph break only from a day of the last month),
    and only for an event the text tells as happened."""
    doc = found[0].trigger.doc if found else None
    days = [t for t in timexes if t.type in ("DATE", "TIME") and t.value and not t.value.endswith("_REF")
            and _precision(t.value) in ("day", "time", "week")
            and not _after(EventDate(t.value, None, None, t.rule), published)  # a past event's day is not ahead
            and not (doc is not None and _report_time(doc, t))  # "this weekend", "last week": a passage's time too
            and not (doc is not None and _not_the_storys_day(doc, t))]
    echoes = _story_happening_again(found, published)
    days = sorted(days + list(echoes), key=lambda t: t.start)
    for timex, first in echoes.items():  # the story's happening named again is that happening, on its day
        again = next(m for m in found if m.trigger.idx == timex.start)
        again.date = EventDate(first.value, first.expression, first.precision, "rule:story_happening_again")
    turns = {w.sent.start_char for w in doc if w.pos_ == "VERB" and _known_happening(w)} if doc is not None else set()
    # "Her resignation set off a shake-up.": the story turns to what came of an earlier happening, and the day told
    # before is no longer the story's
    gone_by = [t for t in timexes if not (t.value and _after(EventDate(t.value, None, None, t.rule), published))]
    carried: dict[int, int] = {}  # a day's start → where the last event it dated began: the story goes on there
    for mention in sorted(found, key=lambda m: m.trigger.idx):
        result = roundup and mention.sense.rule == _RESULT.rule  # "Hawks 4, Owls 2" under a game report's lead
        tried = mention.trigger.dep_ in ("xcomp", "ccomp") and mention.trigger.tag_ == "VB" \
            and _told_in_the_past(mention.trigger.head)  # "tried to storm", "managed to flee", "prompting police
        # to fire": an infinitive done (or tried) when its governor was
        named = mention.trigger.head if mention.trigger.dep_ == "relcl" else mention.trigger  # "a quake that
        # flattened the city": the quake's clause
        if named.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another")
                                        for c in named.children) and any(
                m.trigger.i < named.i and m.date is not None and m.date.rule not in _INFERRED
                and m.trigger.sent.start != named.sent.start and _one_word(m.trigger, named) for m in found):
            continue  # "An earthquake struck the island on Sunday. … a deadly earthquake that flattened the old
            # capital": a second one of the kind, told with "a", is another occurrence, not the story's (hard
            # negative: "the earthquake", the same one)
        if mention.date is not None or mention.modality not in ("happened", "attempted") \
                or not (_past(mention.trigger) or result or tried) \
                or _background(mention.trigger) or _later(mention.trigger) \
                or _own_frame(mention, gone_by) \
                or _set_apart(mention.trigger) or _known_happening(mention.trigger) \
                or _recounted(mention.trigger) \
                or _RELATIVE_FRAME.search(
                    mention.sentence.text):
            continue
        before = [t for t in days if t.end <= mention.sentence.start
                  and mention.sentence.start - carried.get(t.start, t.end) < _NARRATIVE
                  and ("\n\n" not in text[t.end:mention.sentence.start] or _recent(t.value, published))
                  and not any(t.end <= turn <= mention.sentence.start for turn in turns)
                  and not _SECTION_HEADING.search(text, t.end, mention.sentence.start)]
        words = (spoken or {}).get(mention.voice)
        if words is not None:  # a speaker's own words ("My father died of a stroke") keep to their own times:
            before = [t for t in before if words.start <= t.start < words.end]  # the story's day is not theirs
        else:  # nor is theirs the story's: "we're really happy today," he said … "Argentina beat Chile 3-0"
            before = [t for t in before if not any(q.start <= t.start < q.end for q in (spoken or {}).values())]
        if not before and roundup and (mention.category == "CONTEST" or _IN_GAME.search(mention.sentence.text)):
            # a game report's results happen on the night its lead names ("… Tuesday night"), however far down
            before = [t for t in days if t.end <= mention.sentence.start and _within_days(t.value, published, 7)][:1]
        since = [t for t in timexes if before and before[-1].end <= t.start < mention.sentence.start
                 and _moves_on(t, before[-1])]
        if since and (not _recent(before[-1].value, published) or (doc is not None and len(
                {t.value for t in since if _dates_an_act(doc, t)}) > 1) or (doc is not None and any(
                _sets_the_scene(doc, t) for t in since))):
            before = []  # "opened its first route on March 3, 2004. It was sold in 2011 …": the story has moved
            # on from that day; from the story's own recent day only when acts of other years are told ("was
            # chosen president in 2002 … won the award in 1998"), not for one year of background or comparison
        if before and mention.category != "DEATH" and any(m.category == "DEATH" for m in found) \
                and _natural_death_day(found, _main_time(before, doc) if doc is not None else before[-1]):
            before = []  # "X, who died yesterday at 77, … was sentenced to prison …": an obituary's day of death
            # is not the day of the life it tells (hard negative: "was shot on Friday … police arrested two men")
        if before:
            last = _main_time(before, doc) if doc is not None else before[-1]
            if mention.category in _HARM_KINDS and doc is not None and _court_day(doc, last):
                incident = next((m for m in sorted(found, key=lambda m: -m.trigger.idx)
                                 if m.trigger.idx < mention.trigger.idx and m.category in _HARM_KINDS
                                 and m.date is not None and m.date.rule not in _INFERRED
                                 and m.date.value != last.value), None)
                if incident is not None and incident.date is not None:
                    mention.date = EventDate(incident.date.value, incident.date.expression, incident.date.precision,
                                             "rule:incident_time")
                    continue  # "At a hearing on Tuesday, prosecutors told … a guest was declared dead in the
                    # lobby": the harm is the shooting's, told before with its month, not the hearing's day (hard
                    # negative: with no harm told before, a scuffle after the hearing's day is on that day)
            value = last.value[:10] if last.value and last.value[:4].isdigit() and last.value[10:11] == "T" \
                and last.value[11:12].isdigit() else last.value  # "the quake hit at 3:34 a.m. … troops were
            # sent": the story's day carries on, not its minute (a part of the day, "Saturday night", does)
            echoed = echoes.get(last)
            where = echoed.expression if echoed is not None else Span(last.start, last.end, last.text)
            mention.date = EventDate(value, where, _precision(value), "rule:narrative_time")
            if _recent(last.value, published) and not any(
                    last.end <= t.start < mention.sentence.start for t in days if t is not last):
                carried[last.start] = mention.sentence.start  # a blow-by-blow account of the story's day: each
                # act told on it carries the day two paragraphs further, while no other day is named


def _clause_of_a_dated_noun(found: list[Mention]) -> None:
    """ "A 2003 incident in which she shot a guard", "the March 3 raid, when police seized the files": the act
    a relative clause tells of a dated happening is that happening's, and takes its time (hard negatives: "the
    2004 law that banned the sale" … a law is no happening; "a raid that will test the court" looks ahead)."""
    dated = {m.trigger.i: m for m in found if m.date is not None and m.date.rule not in _INFERRED
             and m.trigger.pos_ == "NOUN" and m.modality == "happened"
             and not m.sense.rule.startswith("lexicon:wordnet")}  # not "behaviour that won him a nickname"
    for mention in found:
        verb = mention.trigger
        if mention.date is not None or verb.pos_ != "VERB" or verb.dep_ != "relcl" or not _past(verb) \
                or mention.modality != "happened":
            continue
        noun = dated.get(verb.head.i)
        if noun is not None and noun.date is not None and noun.trigger.sent.start == verb.sent.start:
            mention.date = EventDate(noun.date.value, noun.date.expression, noun.date.precision,
                                     "rule:clause_of_dated_noun")


def _dated_later(found: list[Mention], timexes: list[Timex]) -> None:
    """ "A sacked clerk shot three colleagues … The shooting happened on Monday morning": the story's happening,
    named again by a definite noun with its own time, dates the undated acts of its kind told before it, when no
    time was given before them (hard negative: "a second shooting", or a time told first, which carries on)."""
    for later in found:
        noun = later.trigger
        if noun.pos_ != "NOUN" or later.date is None or later.date.rule in _INFERRED \
                or later.date.rule == "rule:narrative_time" or later.category not in _INCIDENT_KINDS \
                or later.modality != "happened" or not any(
                    c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children) \
                or _precision(later.date.value) not in ("day", "time"):
            continue
        start = noun.sent.start_char
        first = min(m.trigger.idx for m in found)  # a date line or a stamp above the story tells no time of it
        if any(t.type in ("DATE", "TIME") and t.value and t.value[:1].isdigit() and first <= t.start < start
               for t in timexes):
            continue
        told = [m for m in found if m.trigger.idx < start and m.category == later.category]
        scenes = {m.trigger.sent.start for m in told}  # and the harms told in the same sentences ("shot a
        # waiter, killing him")
        for earlier in found:
            if earlier.trigger.idx < start and earlier.date is None and earlier.modality == "happened" \
                    and (_past(earlier.trigger) or any(a.lemma_ == "have" for a in earlier.trigger.children
                                                       if a.dep_ == "aux")) \
                    and (earlier.category == later.category or (
                        earlier.trigger.sent.start in scenes and earlier.category in _HARM_KINDS)):
                earlier.date = EventDate(later.date.value, later.date.expression, later.date.precision,
                                         "rule:dated_later")


def _natural_death_day(found: list[Mention], day: Timex) -> bool:
    """The day dates a death told for itself ("died yesterday in prison at 77"), with no attack, accident or
    disaster told in its sentence: an obituary's day, which the life told after it does not share."""
    deaths = [m for m in found if m.date is not None and m.date.expression is not None
              and m.date.expression.start == day.start and m.category == "DEATH"
              and m.trigger.lemma_.lower() in ("die", "pass") and not any(
                  (c.dep_ == "prep" and c.lower_ in ("after", "following")) or (c.dep_ == "advcl" and any(
                      g.lower_ in ("after", "when") for g in c.children if g.dep_ in ("mark", "prep", "advmod")))
                  for c in m.trigger.children)]  # not "died on Friday after falling from a ridge"
    if not deaths:
        return False
    lead = max(d.trigger.sent.end for d in deaths)  # the story up to the death's sentence, and the next
    after = next((s for s in deaths[0].trigger.doc.sents if s.start >= lead), None)
    end = after.end if after is not None else lead
    return not any(m.category in ("ASSAULT", "FIGHT", "ACCIDENT", "DISASTER")
                   and m.trigger.i < end for m in found)


def _story_happening_again(found: list[Mention], published: date | None) -> dict[Timex, EventDate]:
    """ "The shooting occurred in a side street", "when the blast struck": the story named again by a definite
    noun returns to that happening's day, and the undated acts told after it are on that day again. Each such
    noun stands as a time at its own place, with the day of the latest dated happening of its kind before it
    (hard negative: "a shooting" with "a" is another one)."""
    echoes: dict[Timex, EventDate] = {}
    for mention in found:
        noun = mention.trigger
        if noun.pos_ != "NOUN" or mention.date is not None or mention.category not in _INCIDENT_KINDS \
                or mention.modality != "happened" or not _past(noun) or _set_apart(noun) \
                or _RELATIVE_FRAME.search(mention.sentence.text) or not any(
                c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another", "any", "no", "every", "each")
                for c in noun.children):
            continue
        earlier = [p for p in found if p.trigger.idx < mention.sentence.start and p.category == mention.category
                   and p.modality == "happened" and _told_with_its_time(p)
                   and p.date is not None and p.date.rule not in _INFERRED and p.date.expression is not None
                   and _precision(p.date.value) in ("day", "time") and _recent(p.date.value, published)]
        if earlier:
            told = earlier[-1].date
            assert told is not None and told.expression is not None
            start = noun.idx
            echoes[Timex(start, start + len(noun.text), told.expression.text, "DATE", told.value,
                         "rule:story_happening_again")] = told
    return echoes


def _told_with_its_time(mention: Mention) -> bool:
    """The mention's date is told in its own clause ("shot a deputy on Friday", "Friday's shooting"), not taken
    from a saying's day ("prosecutors said on Thursday he was firing at rivals") or from where it stands."""
    expression = mention.date.expression if mention.date is not None else None
    if expression is None:
        return False
    trigger = mention.trigger
    span = trigger.doc.char_span(expression.start, expression.end, alignment_mode="expand")
    if span is None:
        return False
    if trigger.pos_ != "VERB":
        return trigger.left_edge.i <= span.root.i <= trigger.right_edge.i
    verb = next((w for w in span.root.ancestors if w.pos_ in ("VERB", "AUX")), None)
    return verb is not None and (verb.i == trigger.i or (verb.dep_ == "conj" and verb.head.i == trigger.i)
                                 or (trigger.dep_ == "conj" and trigger.head.i == verb.i))


def _dates_an_act(doc: Doc, timex: Timex) -> bool:
    """The time is a verb's own ("was elected in 2002", "destroyed the clinic in 1998"), not a stretch's start or a
    noun's year ("since 2003", "the 2010 quake")."""
    return _dates_verb(doc, timex) is not None and not _since(doc, timex)


def _court_day(doc: Doc, timex: Timex) -> bool:
    """The day of a court occasion ("at a hearing on Tuesday", "testified on Monday"): a day of the case told,
    not of the crime it tries."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return False
    word = span.root
    while word.dep_ in ("pobj", "prep", "npadvmod", "compound") and word.head.i != word.i:
        word = word.head
        if word.pos_ in ("NOUN", "VERB"):
            break
    return word.lemma_.lower() in _COURT_OCCASIONS


_COURT_OCCASIONS = {"hearing", "trial", "arraignment", "sentencing", "inquest", "testify", "arraign", "sentence",
                    "convict", "indict", "plead", "acquit", "rule", "ruling", "verdict", "tribunal", "deposition"}


def _main_time(before: list[Timex], doc: Doc) -> Timex:
    """The story's time from the last sentence that gives one: its main clause's, not a relative or adverbial
    clause's ("shot a guard on Monday at the yard that dismissed him last week": the story stands on Monday)."""
    last = before[-1]
    sentence = doc.char_span(last.start, last.end, alignment_mode="expand")
    if sentence is None:
        return last
    start = sentence.sent.start_char
    same = [t for t in before if t.start >= start]
    main = [t for t in same if (verb := _dates_verb(doc, t)) is not None and not _below_main(doc[verb])]
    return main[-1] if main else last


def _below_main(verb: Token) -> bool:
    """The verb stands in a relative or adverbial clause, not in the sentence's main line."""
    word = verb
    while word.head.i != word.i:
        if word.dep_ in ("relcl", "acl", "advcl"):  # (what was said, a ccomp, is the story's main line)
            return True
        word = word.head
    return False


# A moment of a game: "in the third quarter", "early in the second half", "with 55 seconds left", "in the 88th
# minute": what happens then happens on the game's night.
_IN_GAME = re.compile(r"\b(?:in|during|early in|late in) the (?:first|second|third|fourth|final|opening|closing|"
                      r"\d+(?:st|nd|rd|th)) (?:quarter|period|half|inning|innings|set|frame|minute|round|lap)\b"
                      r"|\bwith \d+(?::\d+)? (?:seconds|minutes) (?:left|remaining|to play)\b", re.IGNORECASE)


# A heading in capitals on a line of its own ("US FALLS", "FRANCE WINS"): a new section of a round-up, with its own
# day.
_SECTION_HEADING = re.compile(r"\n[ \t]*[A-Z][A-Z0-9 ,.'’&:-]{2,48}[ \t]*\n")


_MOMENTS = {"moment", "instant"}  # not "the day the dam broke", often the story's own day

def _of_a_moment(verb: Token) -> bool:
    """A clause told of a moment ("the moment that she was struck", "the day when the dam broke"): that moment is
    its time, not the time of the sentence that recalls it."""
    if verb.dep_ == "relcl":
        return verb.head.lemma_.lower() in _MOMENTS
    mark = next((c for c in verb.children if c.dep_ in ("mark", "advmod") and c.lower_ in ("that", "when")
                 and c.i == verb.left_edge.i), None)
    return mark is not None and mark.i > 0 and verb.doc[mark.i - 1].lemma_.lower() in _MOMENTS \
        and verb.doc[mark.i - 1].pos_ == "NOUN"


def _describing_participle(token: Token) -> bool:
    """ "To relocate struggling farmers", "aid for ailing banks": a participle that only describes the noun after
    it, which the parse took for its object (hard negative: "struggling to pay the rent", "fighting rebels" told
    of troops, where the verb acts)."""
    if token.tag_ != "VBG" or token.lemma_.lower() not in _DESCRIBING or token.i + 1 >= len(token.doc):
        return False
    following = token.doc[token.i + 1]
    return following.head.i == token.i and following.dep_ == "dobj" and following.tag_ == "NNS" \
        and not any(c.dep_ in ("nsubj", "aux") for c in token.children)


_DESCRIBING = {"struggle", "ail", "dwindle", "flounder", "falter", "emerge", "develop", "age", "suffer"}


def _recounted(trigger: Token) -> bool:
    """What a witness testifies to, or a charge alleges ("testified that she heard shots", "the prosecutors' claim
    that he ordered it", "he fired from the roof, prosecutors allege"): the deed recalled, not the day of the
    recalling (hard negative: "police said the gunman opened fire", a report of the story's own day)."""
    word = trigger
    for _ in range(6):
        if word.head.i == word.i:
            break
        link, word = word.dep_, word.head
        if word.lemma_.lower() in _RECOUNTS and link in ("ccomp", "acl", "xcomp", "advcl", "parataxis", "dobj"):
            return True
    return any(c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in _RECOUNTS and c.i > trigger.i
               for c in trigger.sent.root.children)  # "…, prosecutors charge": the parse hangs the charge below


_RECOUNTS = {"testify", "allege", "claim", "charge", "contend", "testimony", "allegation"}  # not "describe" or
# "recall": "witnesses described how the roof fell" tells the story's own day


def _known_happening(trigger: Token) -> bool:
    """A happening named as someone's ("Ruiz's sudden death", "his arrest"), or what such a one set off ("her
    resignation prompted a shake-up"): told as already known, so it takes no day from the sentences before it."""
    subject = trigger if trigger.pos_ == "NOUN" else next(
        (c for c in trigger.children if c.dep_ == "nsubj"), None) if trigger.pos_ == "VERB" and trigger.lemma_.lower() \
        in _SETS_OFF else None
    if subject is None and trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" \
            and trigger.head.lemma_.lower() in _SETS_OFF:
        subject = next((c for c in trigger.head.children if c.dep_ == "nsubj"), None)  # "prompted a shake-up"
    noun = trigger
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if trigger.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN" \
            and noun.head.head.i != noun.i and _happening_noun(noun.head.head):
        return True  # "his trial on fraud charges", "an inquiry into the crash": named by the other happening
    return subject is not None and subject.pos_ == "NOUN" and any(
        c.dep_ == "poss" for c in subject.children) and _happening_noun(subject)


_SETS_OFF = {"trigger", "prompt", "spark", "cause", "provoke", "lead", "fuel", "bring", "set", "unleash", "draw"}


def _happening_noun(noun: Token) -> bool:
    return noun.lemma_.lower() in _KNOWN_HAPPENINGS or noun.lower_ in _KNOWN_HAPPENINGS


_KNOWN_HAPPENINGS = {"death", "suicide", "killing", "murder", "arrest", "resignation", "dismissal", "firing", "ouster",
                     "election", "defeat", "victory", "win", "collapse", "disappearance", "departure", "exit",
                     "conviction", "acquittal", "indictment", "release", "escape", "attack", "shooting", "crash",
                     "bankruptcy", "retirement", "appointment", "nomination", "marriage", "divorce", "birth", "trial",
                     "inquiry", "investigation", "probe", "hearing", "case", "lawsuit", "suit"}


def _set_apart(trigger: Token) -> bool:
    """Told in a clause of "after", "before", "since" or "until": set before or after the sentence's own time ("the
    warnings came after Pakistan handed him over"), so no day of the story is its day."""
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "until", "till")
                                       for c in verb.children):
        return False
    return not any(w.lemma_.lower() in ("minute", "hour", "second", "moment") for w in verb.head.subtree
                   if not verb.left_edge.i <= w.i <= verb.right_edge.i)  # "waited five minutes before they
    # arrested him": within the day


def _not_the_storys_day(doc: Doc, timex: Timex) -> bool:
    """A day that names one happening ("the Aug. 3 blasts", "Monday's vote") or dates what only may come ("may
    settle this week") is no day the story stands on: later sentences are not carried to it."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return False
    word = span.root
    if word.dep_ in ("compound", "nmod", "poss", "amod", "nummod") and word.head.pos_ in ("NOUN", "PROPN") \
            and not span.start <= word.head.i < span.end:
        return True
    if word.dep_ == "pobj" and word.head.lower_ == "by" and word.head.head.pos_ in ("VERB", "AUX"):
        return True  # "aims to settle the row by month's end", "must pay by Friday": a deadline, no day told
    verb = _dates_verb(doc, timex)
    wisher = doc[verb].head if verb is not None else None
    if verb is not None and wisher is not None and doc[verb].dep_ == "xcomp" and (
            wisher.lemma_.lower() in _DESIRE | {"expect", "seek"} or wisher.lower_ in ("hopes", "hoped", "hoping")):
        return True  # "the government hopes to pass it this week": a day wished for
    if verb is not None and doc[verb].dep_ == "acl" and doc[verb].tag_ == "VBN" and doc[verb].head.dep_ == "pobj":
        return True  # "in exchange for an aid package unveiled on Sunday": a detail of a thing named in passing
    if verb is not None and doc[verb].dep_ == "relcl" and doc[verb].head.dep_ in ("attr", "appos") \
            and doc[verb].sent.root.lemma_ == "be":
        return True  # "the gunman is a resident who was fired on Thursday": who someone is, told by a past act
    return verb is not None and any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could", "would", "should", "will",
                                                                       "'ll", "must", "can")
                                    for c in doc[verb].children)


def _sets_the_scene(doc: Doc, timex: Timex) -> bool:
    """A time put at the head of its sentence ("Five years earlier, when the plant shut, …"): the story goes back
    there, and what follows is no longer on the day told before it (hard negative: "… was hired in 2003", a
    year in passing)."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return False
    lead = [t for t in doc[span.sent.start:span.start] if not t.is_punct]
    return (not lead or (len(lead) == 1 and lead[0].lower_ in ("in", "by", "back", "since"))) \
        and span.end < span.sent.end and doc[span.end].text == ","


def _moves_on(later: Timex, day: Timex) -> bool:
    """A later time of another year, or "now": the narrative is no longer on that background day."""
    if later.type != "DATE" or not later.value or not day.value:
        return False
    return later.value == "PRESENT_REF" or (later.value[:4].isdigit() and later.value[:4] != day.value[:4])


def _within_days(value: str | None, published: date | None, days: int) -> bool:
    if not value or published is None:
        return False
    try:
        return 0 <= (published - date.fromisoformat(value[:10])).days <= days
    except ValueError:
        return False


# "The day after the storm", "two weeks after the vote": a time counted from another happening, which puts
# the sentence at that happening's time, not at the day the story reached before it ("waited five minutes before
# helping" stays within that day).
_RELATIVE_FRAME = re.compile(r"\b(?:the|a|one|two|three|four|five|six|seven|several|few|some|\d+)\s+"
                             r"(?:days?|nights?|weeks?|months?|years?)\s+"
                             r"(?:before|after|prior to)\b"
                             # a sports calendar's own time, which no timex resolves: "in the Week 3 loss", "last
                             # season", "as a rookie in 2010"; the sentence is set there, not on the story's day
                             r"|\b[Ww]eek \d{1,2}\b|\b(?:last|previous|this|next) season\b|\b(?:pre|off)-?season\b"
                             r"|\brookie (?:season|year)\b"
                             # a flashback to an earlier meeting: "the last time these sides met", "earlier
                             # this season", "in their previous meeting"
                             r"|\bearlier (?:this|in the) season\b|\bthe last time\b"
                             r"|\b(?:previous|last|earlier) (?:meeting|meetings|game|games|match|matches)\b",
                             re.IGNORECASE)


def _own_frame(mention: Mention, timexes: list[Timex]) -> bool:
    """The sentence gives a calendar time of its own ("had cooked there since November 2018, but a rival
    barred him …") or a stretch gone by ("in recent years"): it is set in that time, not in the day the story
    reached before it (a day still ahead, "where MPs vote on Thursday", sets no past act in its time)."""
    return any(mention.sentence.start <= t.start < mention.sentence.end and (
        (t.type == "DATE" and t.value and t.value[:4].isdigit()) or t.rule.startswith("rule:timex_recent"))
        for t in timexes)  # "in recent years", "in the past months": a stretch gone by, not the story's day


def _background(trigger: Token) -> bool:
    """Told as background, not as the day's news: a past perfect ("had founded"), or marked earlier or first
    ("previously ran", "the first iPod", "the original deal")."""
    verb = trigger if trigger.pos_ == "VERB" else None
    if verb is not None and _past_perfect(verb):
        return True
    if verb is not None and verb.dep_ == "conj" and _past_perfect(verb.head):
        return True  # "had shot and skinned a hare": the auxiliary serves both
    if verb is None and trigger.dep_ in ("dobj", "nsubjpass") and trigger.head.pos_ == "VERB" \
            and _past_perfect(trigger.head):
        return True  # "had sought his arrest", "the deal had been approved": the backstory's noun
    if verb is not None and verb.dep_ == "advcl" and _past_perfect(verb.head) and any(
            c.dep_ == "mark" and c.lower_ in ("before", "when", "until") for c in verb.children):
        return True  # "had lit a fire before wardens found him": still the backstory
    if verb is not None and any(c.lower_ == "to" for c in verb.children if c.dep_ == "aux") and any(
            c.lower_ == "have" for c in verb.children if c.dep_ == "aux"):
        return True  # "the two ports to have signed the charter": done at some time before
    if verb is not None and (_about_someone(verb) or _said_before(verb) or _credited_founding(verb)):
        return True
    if verb is not None and verb.dep_ == "conj" and verb.head.pos_ == "VERB" and any(
            c.lower_ in _EARLIER and c.dep_ == "advmod" and c.i < verb.head.i and not _first_in_a_sequence(c)
            for c in verb.head.children):
        return True  # "once produced and sold half the milk": the adverb before the pair serves both
    return any(c.lower_ in _EARLIER and not _first_in_a_sequence(c) for c in trigger.children
               if c.dep_ in ("advmod", "amod", "npadvmod"))


def _told_in_the_past(verb: Token) -> bool:
    """Past itself, or a participle hung on a past clause ("…, prompting police to fire")."""
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
    return _past(verb) and not _background(verb)  # "had started to broadcast": the backstory's


def _first_in_a_sequence(word: Token) -> bool:
    """ "They first threw stones, then charged the line": the first step of what the sentence tells in order,
    not a time before the story (hard negative: "the song was first released in 1998")."""
    return word.lower_ == "first" and word.head.pos_ == "VERB" and any(
        w.lower_ in _NEXT_STEPS for w in word.sent if w.i > word.head.i)


_NEXT_STEPS = {"then", "later", "next", "afterwards", "subsequently", "prompting", "before", "until"}


def _credited_founding(verb: Token) -> bool:
    """ "The Harbour Regatta was founded by Ann Holt to …": a named body's founder credited, the body's history,
    not the day's news (hard negative: "a new party was founded on Monday", dated by its own clause; "a new party
    was founded" after that day's events is not credited to anyone by name)."""
    if verb.lemma_.lower() not in ("found", "co-found", "establish", "create") or not any(
            c.dep_ == "auxpass" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    return subject is not None and agent is not None and (
        subject.pos_ == "PROPN" or any(c.pos_ == "PROPN" for c in subject.children if c.dep_ == "compound")) and (
        agent.ent_type_ in ("PERSON", "ORG") or agent.pos_ == "PROPN")


def _about_someone(verb: Token) -> bool:
    """ "…, said Ana Ruiz, whose brother died when the ferry sank", "a day for her mother, who died when the boat
    sank": a clause set off by commas to say who a named person is tells their past, not the story's day (hard
    negatives: "said Ruiz, who stood with the marchers at the gate", the speaker's part in the scene; "Ruiz, who was
    arrested on Monday, …" keeps the day it gives, which this never overrides)."""
    if verb.dep_ == "advcl" and verb.head.pos_ == "VERB" and any(
            c.lower_ == "when" for c in verb.children if c.dep_ in ("advmod", "mark")):
        verb = verb.head  # "who drowned when the ferry capsized": the capsizing is the same backstory
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head
    if verb.dep_ != "relcl":
        return False
    start = verb.left_edge.i
    before = [verb.doc[i] for i in range(max(0, start - 3), start)]
    if not any(w.text == "," for w in before[-2:]):  # "her mother Elena,'' who died …": a quote may close
        return False  # between the comma and "who"
    named = next((w for w in reversed(before) if not w.is_punct), None)
    if verb.head.ent_type_ != "PERSON" and (named is None or named.ent_type_ != "PERSON"):
        return False  # the parse may hang the clause on a word before the name
    if verb.doc[start].lower_ == "whose":
        return True
    speaker = verb.head.dep_ == "nsubj" and verb.head.head.lemma_.lower() in _reporting_verbs()
    return verb.doc[start].lower_ == "who" and not speaker  # "said Ana Ruiz, who stood with the marchers": the
    # speaker's place in the scene, that day


def _said_before(verb: Token) -> bool:
    """ "The mayor has said the council was asked first": what someone has said at some time before is no act of
    the story's day."""
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head
    head = verb.head
    return verb.dep_ == "ccomp" and head.lemma_.lower() in _reporting_verbs() and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in head.children)


def _past_perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _later(trigger: Token) -> bool:
    """ "He later testified", "was eventually freed": told as after the day last given, so not on it."""
    return any(c.lower_ in _LATER and not any(c.children) and c.i < trigger.i
               for c in trigger.children if c.dep_ in ("advmod", "npadvmod"))
    # "minutes later" counts on from the day ("two days later": see _RELATIVE_FRAME); a closing "detained a third
    # man later" may be later that day


_LATER = {"later", "subsequently", "eventually", "afterwards", "afterward", "thereafter", "ultimately", "since"}
_EARLIER = {"earlier", "previously", "recently", "lately", "once", "originally", "formerly", "ago", "first", "original",
            "former", "initial", "prior", "past"}  # ("recently hired 200 workers": not on the day just told)


_NEWS_OF = {"detail", "details", "report", "news", "word", "information", "account", "fact", "evidence", "footage",
            "image", "video", "photo", "document", "email", "recording"}


def _report_time(doc: Doc, timex: Timex) -> bool:
    """ "…, regional radio reported on Tuesday", "the firm confirmed on Monday that …": the day the words
    came, not a day of the story's own happenings."""
    verb = _dates_verb(doc, timex)
    if verb is not None and doc[verb].lemma_.lower() in ("emerge", "surface") and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _NEWS_OF for c in doc[verb].children):
        return True  # "details of the killing emerged on Sunday": the day the news came out
    if verb is not None and _asked_for_comment(doc[verb]):
        return True  # "messages left with the firm went unanswered on Friday": the reporter's day, not the story's
    if verb is None or doc[verb].lemma_.lower() not in _reporting_verbs():
        return False
    return not any(c.dep_ == "auxpass" for c in doc[verb].children)  # "police were called on Thursday night":
    # summoned, the story's own time


def _asked_for_comment(verb: Token) -> bool:
    """The reporter's own calls and messages, answered or not ("calls … were not answered", "did not return
    messages", "could not be reached") (hard negative: "the crew answered a distress call", which
    has no denial and no comment sought)."""
    lemma = verb.lemma_.lower()
    if lemma not in ("answer", "return", "respond", "reach", "reply"):
        return False
    denied = any(c.dep_ == "neg" for c in verb.children)
    sought = any(w.lemma_.lower() in ("call", "message", "email", "e-mail", "comment", "inquiry", "enquiry")
                 for w in verb.subtree)
    return denied and (sought or lemma == "reach")


def _recent(value: str | None, published: date | None) -> bool:
    """A day of the last month: the story's own time, which may carry over a paragraph break; a
    background date ("On June 3, 1979, …") dates only its own paragraph."""
    return _within_days(value, published, 31)


def _past(token: Token) -> bool:
    """Told in the past tense; a present perfect ("lawsuits have been filed") sums up, it is not the story's day."""
    verb = token if token.pos_ == "VERB" else token.head
    if verb.pos_ == "ADP" and verb.head.i != verb.i:  # "the calls to 911": the clause the phrase hangs on
        verb = verb.head
    for _ in range(2):  # "officers arrived, disarming her": a participle's tense is its clause's
        if verb.tag_ == "VB" and verb.dep_ == "xcomp" and verb.lemma_.lower() not in OUTCOMES and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return False  # "was selected to take part in it next month": an infinitive lies ahead of its governor
            # (not an outcome: "netted twice to lift Bergen past Stavanger on Tuesday")
        if verb.tag_ in ("VBG", "VB") and verb.dep_ in ("advcl", "xcomp", "conj", "pcomp") and verb.head.i != verb.i \
                and not any(c.dep_ in ("aux", "auxpass") for c in verb.children if c.lower_ != "to"):
            verb = verb.head.head if verb.head.pos_ == "ADP" else verb.head
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxiliaries):
        return False
    if any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in auxiliaries):
        return False  # "is accused by critics": a standing charge, told in the present
    if any(a.lower_ in ("will", "'ll", "shall", "wo") for a in auxiliaries):
        return False  # "will be revealed at a meeting on Friday": a participle after "will" looks ahead
    if any(a.tag_ == "MD" for a in auxiliaries) and not any(a.lemma_ == "have" for a in auxiliaries):
        return False  # "should be signed after the July 1 vote": a modal's passive looks ahead (not "should
        # have been signed", a past)
    if present_in_past_form(verb):
        return False  # "will rise when traders cut output": ahead, whatever the tagger says
    return verb.tag_ in ("VBD", "VBN") or any(a.tag_ == "VBD" for a in auxiliaries)


_VERBAL_ACTS = {"DEMAND", "THREATEN", "DISAPPROVE", "REJECT", "AGREE", "SUPPORT", "INVESTIGATE"}


_REQUIRES = {"require", "necessitate", "entail", "demand", "involve", "mean", "take"}


def _requirement(token: Token) -> bool:
    """What an act takes ("getting a permit required a trip to the capital", "renewing the licence means
    queuing for days"): an act as the subject states a condition; nobody demands anything. "The court required
    the firm to pay" is a demand."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _REQUIRES:
        return False
    if any(c.dep_ == "csubj" or (c.dep_ == "nsubj" and c.tag_ == "VBG") for c in token.children):
        return True
    return token.dep_ == "acl" and token.tag_ in ("VBD", "VBZ") and any(  # the parser hangs the finite verb
        a.tag_ == "VBG" and a.dep_ in ("ROOT", "csubj", "nsubj") for a in token.ancestors)  # on the act's object


_AVAILABLE = Sense("LAUNCH", None, None, "rule:available_on")
_REAR_END = Sense("ACCIDENT", None, None, "rule:rear_ended")


def _person_fell(verb: Token) -> bool:
    """Someone fell, slipped or plunged somewhere ("fell 600 metres", "plunged off a cliff", "slipped on the ice"),
    not a figure or an amount falling ("shares fell", "fell silent", "fell ill", "fell in love")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("fall", "slip", "tumble", "plunge", "plummet"):
        return False
    subject = _subject(verb)
    if subject is None or not _person(subject) or subject.lower_ in ("it", "they"):
        return False
    if any(c.dep_ in ("acomp", "attr", "oprd") or c.lower_ in _FELL_INTO_A_STATE for c in verb.children):
        return False  # "fell ill", "fell silent", "fell victim"
    return any((c.dep_ == "prep" and c.lower_ in ("from", "off", "down", "into", "onto", "through", "over", "on")
                and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children))
               or (c.dep_ in ("prt", "advmod") and c.lower_ in ("down", "off", "over", "overboard"))
               or (c.dep_ in ("npadvmod", "dobj") and any(n.like_num for n in c.children))
               or (verb.lemma_.lower() == "slip" and c.dep_ == "conj" and c.lemma_.lower() == "fall")
               or (c.dep_ == "prep" and c.lower_ in ("near", "below", "above", "beneath")
                   and any(g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in ("LOC", "FAC", "GPE") or any(
                       n.dep_ == "compound" and n.pos_ == "PROPN" for n in g.children)) for g in c.children))
               # "fell near the Kvitfjell hut": a place on the ground, no ranking
               for c in verb.children)


_FELL_INTO_A_STATE = {"ill", "sick", "silent", "asleep", "short", "apart", "behind", "victim", "prey", "pregnant",
                      "love", "foul", "out", "back"}


def _rear_ended(token: Token) -> bool:
    """ "Rear-ended a truck": a collision, which the tokenizer splits into "rear", "-", "ended"."""
    return token.lemma_.lower() == "end" and token.i >= 2 and token.doc[token.i - 1].text == "-" \
        and token.doc[token.i - 2].lower_ == "rear" and token.tag_ in ("VBD", "VBN", "VBG", "VBZ", "VBP")


def _available_on(token: Token) -> bool:
    """ "The tablet is available from 3 May", "tickets are available from Friday": a product's date of
    release, told by an adjective; without a time of its own ("is available in blue") it is a property."""
    if token.pos_ != "ADJ" or token.lower_ != "available" or token.dep_ != "acomp" or token.head.lemma_ != "be":
        return False
    return any(w.ent_type_ == "DATE" for w in token.head.subtree) or _soon_available(token)


def _soon_available(token: Token) -> bool:
    """ "The player would soon be available for other systems": a release to come, with no day of its own (hard
    negatives: "will be available in blue", a property; "each show is to be available to members a week after
    broadcast", a term of a deal)."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in token.head.children) and any(
        c.dep_ == "advmod" and c.lower_ in ("soon", "shortly") for c in (*token.children, *token.head.children))


def _venue(token: Token) -> bool:
    """A named occasion as the setting of another act ("the firm introduced its phone at the Macworld
    Conference"): when the act is itself a happening, the occasion is its place ("spoke at the Trade
    Conference" leaves the conference the happening)."""
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "at" and head.head.pos_ == "VERB" \
        and head.head.lemma_.lower() not in ("be", "open", "close", "begin", "start", "end")


def _contributes(token: Token) -> bool:
    """ "It should help lower fares", "this helps cut costs": a thing (or "it") helping an outcome along
    is a contribution, no aid given; "the UN helped evacuate civilians" is told by the evacuation."""
    subject = _subject(token) if token.pos_ == "VERB" and token.lemma_.lower() == "help" else None
    return subject is not None and subject.lower_ in ("it", "this", "that", "which") and any(
        c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" for c in token.children)


_COURTESIES = {"thank", "congratulate", "welcome", "acknowledge", "apologise", "apologize", "commend", "salute"}


def _courtesy(token: Token) -> bool:
    """ "We want to thank everyone", "I would like to congratulate the team": a courtesy said in the words
    themselves, not a happening to come or a wish; "the mayor thanked the rescuers" is one."""
    return token.pos_ == "VERB" and token.lemma_.lower() in _COURTESIES and token.dep_ == "xcomp" \
        and token.head.lemma_.lower() in ("want", "like", "wish") and any(
            c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in token.head.children)


_SEEMING = {"look", "seem", "sound", "appear"}  # "the side looks a threat": the parse may take the noun for an object


def _classifies(token: Token) -> bool:
    """An event noun as what the subject is ("the plan is a failure", "this is an exceptional accident"): a
    judgement of the subject (often a happening told already), no happening of its own; "there was an
    explosion" is one. So is a noun counted by "every" or "each" ("at every device launch"): a kind."""
    if token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("every", "each") for c in token.children):
        return True
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "like" \
            and token.head.head.lemma_.lower() in _SEEMING | {"sound", "look", "feel", "smell", "seem"} \
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return True  # "it sounded like an explosion", "looked like a fire set on purpose": a likeness, none told
    copula = token.head.lemma_.lower()
    return token.pos_ == "NOUN" and ((token.dep_ == "attr" and copula in ("be", "remain", "seem", "prove")) or (
        token.dep_ == "dobj" and copula in _SEEMING and not any(c.dep_ == "prt" for c in token.head.children))) \
        and not any(c.dep_ == "expl" for c in token.head.children) \
        and (any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children) or ranks(token)) \
        and any(c.dep_ in ("nsubj", "csubj") and c.lower_ not in ("there", "what") for c in token.head.children)
    # "is the gravest threat facing growers", "the worst failure yet", "the third tremor this year": a rank
    # judges as well


_HOW_OFTEN = {"common", "rare", "frequent", "routine", "widespread", "uncommon", "unusual", "commonplace", "usual",
              "regular", "familiar"}


def _how_often(noun: Token) -> bool:
    """ "Outages are common in the region", "such attacks are rare": how often a kind happens, no one happening
    (hard negative: "the outage was brief", one outage)."""
    return noun.pos_ == "NOUN" and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in ("be", "become", "remain") \
        and any(c.dep_ == "acomp" and c.lower_ in _HOW_OFTEN for c in noun.head.children)


def _victims(token: Token) -> bool:
    """A harm's participle used as a noun ("the injured were flown out", "treating the wounded") names people;
    the harm was told where it happened. "A bomb wounded 12 people", "those who were hurt" still tell it."""
    return token.pos_ == "VERB" and token.tag_ == "VBN" and token.lemma_.lower() in _HARMS \
        and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj") and any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _described(token: Token) -> bool:
    """A verb used to describe or explain, not to tell a happening: "by preventing access", "a plan
    providing aid", "in order to provide" — gerunds and purpose infinitives off the clause's line of events.
    The complement of an intent ("tried to meet", "refused to negotiate") stays an event."""
    if token.pos_ != "VERB" or token.tag_ not in ("VBG", "VB"):
        return False
    if token.tag_ == "VBG" and token.dep_ in ("acl", "amod", "csubj", "nsubj", "relcl"):
        return True
    if token.lemma_.lower() in OUTCOMES and (_scoreline(token) or _team_result(token)):
        return False  # "held on to beat the Hawks 4-3", "netted to lift Bergen past Molde": the result
    return token.dep_ == "advcl" and any(a.lower_ == "to" for a in token.children if a.dep_ == "aux") \
        and token.head.lemma_.lower() not in _INTENDING and not _stepped_in(token.head) \
        and not _appeared_to_act(token.head)


# Verbs whose to-infinitive is what they intend, even where the parse hangs it as a purpose clause:
# "swore on Sunday to keep fighting until …" is a vow to fight.
_INTENDING = {"swear", "vow", "pledge", "promise", "threaten", "try", "attempt", "refuse", "prepare", "plan"}


_ANYONE = {"no one", "nobody", "someone", "anyone", "everyone"}
_INDEFINITE = {"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "one", "whoever"}
_PERSONAL = {"he", "she", "they", "we", "i", "you", "who"} | _ANYONE


def _acting(mention: Mention) -> bool:
    """Someone acts or is acted upon: an entity, an agent noun with a sector ("police", "farmers"), a
    country's anything ("Israeli tanks"), or a personal pronoun — PETRARCH codes events between actors."""
    for actor in (mention.source, mention.target):
        if actor is not None and (actor.entity or actor.actor_type or actor.country_code
                                  or actor.name.lower() in _PERSONAL or _human(actor.name) or _proper(actor.name)):
            return True
    subject = _subject(mention.trigger) if mention.trigger.pos_ == "VERB" else None
    if subject is not None and subject.dep_ == "nsubjpass" and mention.category in _DONE_TO_PEOPLE and (
            subject.like_num or subject.lower_ in ("others", "another")):
        return True  # "three were arrested", "the other two were freed", "two others were detained": people
    # "a bomb exploded", "rockets hit the port": a weapon's blast is an attack by whoever set it off; a name the
    # entity layer missed ("Kestrel was decommissioned") still names someone
    return subject is not None and (subject.lower_ in _PERSONAL or subject.lemma_.lower() in _WEAPONS
                                    or subject.lower_ in _ARMED or bool(subject.ent_type_))


_KILLS = {"kill", "crush", "drown", "electrocute", "bury", "die", "slay", "claim"}
_CLOSING_IN = {"raid", "surround", "storm", "corner", "besiege", "encircle"}  # by police: a search or an arrest
_LAW_OFFICERS = {"police", "officers", "detectives", "agents", "deputies", "sheriff", "troopers", "swat", "marshals",
                 "constables", "policemen", "policewomen", "cops", "gendarmes", "gendarmerie"}
_DONE_TO_PEOPLE = {"COERCE", "ASSAULT", "RETREAT", "RESCUE", "AID", "APPOINT"}


# A publisher's rights notice: "All rights reserved", "content protected by copyright", "may be used only
# under licence agreements", "may not be reproduced or redistributed".
_RIGHTS_NOTICE = re.compile(
    r"©|\bcopyright\s*(?:\(c\)|\d{4})|\ball rights reserved\b|\bprotected (?:under|by)\b[^.]{0,60}\bcopyright\b"
    r"|\b(?:materials?|content)\b[^.]{0,80}\b(?:licen[cs]e|copyright)\b"
    r"|\bmay not be (?:re)?(?:published|reproduced|broadcast|rewritten|redistributed|copied)\b", re.IGNORECASE)
_PER_PERIOD = {"annually", "yearly", "daily", "weekly", "monthly", "nightly", "hourly", "quarterly"}
_HABITUAL = {"usually", "regularly", "typically", "often", "always", "generally", "normally", "routinely",
             "frequently", "traditionally", "habitually", "customarily", "sometimes", "rarely", "seldom", "never",
             "occasionally", "periodically"}


_GAMES = {"game", "games", "match", "matches", "final", "finals", "round", "tie", "fixture", "fixtures", "friendly",
          "semi-final", "semifinal", "quarter-final", "quarterfinal"}


_SCORING_VERBS = {"beat", "defeat", "edge", "rout", "top", "down", "outlast", "outscore", "blank", "crush", "thrash",
                  "hammer", "stun", "upset", "tie", "draw", "lose", "win", "overcome", "overpower", "shut", "whip",
                  "dominate", "trounce", "thump", "sink", "topple", "eliminate", "oust", "knock", "sweep", "hold",
                  "claim", "take", "fall", "rally"}


def _scoreline(verb: Token) -> bool:
    """A verb of winning or losing whose own clause gives a score ("30-27", "2-1"): a game's result, whatever the
    page's other words (hard negative: "the mob beat the man on Saturday" has no score and stays an assault)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SCORING_VERBS:
        return False
    words = [w for w in verb.subtree if w.i > verb.i and not any(a.dep_ in ("ccomp", "advcl", "relcl") and a.i != verb.i
                                                                  for a in w.ancestors if verb.is_ancestor(a))]
    # after the verb: "the 787-9 holds 250" has a model number, not a score, before it
    indices = {w.i for w in words}
    doc = verb.doc
    if any(w.like_num and w.i + 2 < len(doc) and doc[w.i + 1].text in ("-", "–") and doc[w.i + 2].like_num
           and w.i + 2 in indices and len(w.text) <= 3 and len(doc[w.i + 2].text) <= 3 for w in words):
        return True
    after = doc[verb.i + 1:min(verb.i + 8, verb.sent.end)]  # "beat the Hawks 4-3", however the parse hangs the score
    for w in after:
        if w.is_punct and w.text not in ("-", "–"):
            return False
        if w.like_num and w.i + 2 < len(doc) and doc[w.i + 1].text in ("-", "–") and doc[w.i + 2].like_num \
                and len(w.text) <= 3 and len(doc[w.i + 2].text) <= 3:
            return True
    return False


_STREAKS = {"straight", "consecutive", "successive", "last", "past", "previous", "first"}


_RESULT_NOUNS = {"win", "wins", "defeat", "defeats", "loss", "losses", "victory", "victories", "draw", "draws"}


def _tally(verb: Token) -> bool:
    """ "Have won 12 of 13", "won nine of their last ten games", "lost five straight", "a record of 41 wins and
    three defeats": a count of results over games (hard negatives: "won the final 3-1", one game; "a second
    victory over the champion", one more)."""
    if verb.pos_ == "NOUN" and verb.lower_ in _RESULT_NOUNS and verb.tag_ == "NNS":
        counted = verb if any(c.dep_ == "nummod" for c in verb.children) else (
            verb.head if verb.dep_ == "conj" and verb.head.tag_ == "NNS" else None)
        return counted is not None and any(c.dep_ == "nummod" and c.like_num for c in counted.children)
    if verb.pos_ == "VERB" and verb.lemma_.lower() in ("post", "finish", "compile", "own", "end") and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "record" for c in verb.children):
        return True  # "a year after posting the poorest record of any side", "finished with a 2-14 record": a season's
        # standing (hard negative: "set a new record", a feat)
    if verb.pos_ == "VERB" and _over_a_span(verb) and any(
            c.dep_ == "dobj" and (any(n.dep_ == "nummod" and n.like_num and n.lower_ not in ("one", "1", "a")
                                      for n in c.children)
                                  or (c.lemma_.lower() == "record" and any(p.dep_ == "prep" and p.lower_ == "of"
                                                                          for p in c.children)))
            for c in verb.children):
        return True  # "has scored 120 goals in his career", "last season posted a record of 50 wins": a sum over a
        # span of games (hard negatives: "scored 30 points on Saturday", "won two medals at the Games")
    if verb.pos_ == "VERB" and verb.lemma_.lower() in ("score", "win", "lose") and any(
            c.dep_ == "neg" for c in verb.children) and any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children) and (
            _over_a_span(verb) or any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)):
        return True  # "has not scored a goal this season", "has not won since March": a drought, no game (hard
        # negative: "did not score in the second half on Sunday", one game)
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("win", "lose", "drop", "take"):
        return False
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "npadvmod", "advmod")):
        if obj.like_num and any(g.like_num or g.lemma_.lower() in _GAMES | {"start", "outing", "meeting", "bout"}
                                for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                                for g in c.children if g.dep_ == "pobj"):
            return True  # "12 of 13", "nine of their last ten games" (not "40 of the 60 seats", an election's)
        if obj.lower_ in ("straight", "consecutive", "successive") or (
                any(c.lower_ in _STREAKS for c in obj.children if c.dep_ == "amod")
                and any(c.like_num for c in obj.children if c.dep_ == "nummod")):
            return True  # "five straight games", "lost five straight"
    return False


def _over_a_span(verb: Token) -> bool:
    """The clause sums up a career or a season: "in his career", "last season", "so far this year", "to date"."""
    words = [w.lower_ for w in verb.subtree]
    return any(w in ("career", "season", "seasons", "all-time") for w in words) or any(
        " ".join(words[i:i + 2]) in ("so far", "to date", "in total") for i in range(len(words) - 1))


def _game_played(verb: Token) -> Sense | None:
    """ "Played their last home game on Tuesday": a game a side or a player plays is the contest (hard negatives:
    "played a role", and "the match will be played in Rabat", where the match is the event)."""
    if verb.pos_ == "VERB" and verb.lemma_.lower() == "play" and any(
            c.dep_ == "dobj" and c.lower_ in _GAMES for c in verb.children):
        return Sense("CONTEST", None, None, "rule:game_played")
    return None


def _with_someone(token: Token) -> bool:
    """ "A meeting with the foreign minister", "met with a diplomat": talks with a person, not a game with a side."""
    return any(g.ent_type_ == "PERSON" or _human(g.text) or (g.pos_ == "NOUN" and _agent(g) is not None
                                                              and g.lower_ not in _ARMED)
               for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
               if g.dep_ == "pobj")


def _habitual(token: Token) -> bool:
    """A present-tense habit is no happening ("usually approves the budget in March"); nor is a series in any
    tense told only by its rhythm ("sent her letters every year"); a past series told with its time stays
    ("police regularly raided the camp in May", "raided it every week in May")."""
    if token.pos_ != "VERB":
        return False
    if (token.tag_ in ("VBZ", "VBP") or _present_passive(token)) and any(
            c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in token.children):
        return True  # "usually approves", "are often hired by contractors"
    if token.tag_ == "VBP" and not any(c.dep_ in ("aux", "auxpass") for c in token.children) and any(
            c.dep_ == "nsubj" and c.lower_ == "people" and not any(
                d.dep_ in ("nummod", "poss") or (d.dep_ == "det" and d.lower_ in ("the", "these", "those"))
                for d in c.children) for c in token.children):
        return True  # "some people choose to flee", "people flock to the coast": what people do, no occasion
        # (hard negative: "the people vote on Sunday", "200 people march")
    if token.tag_ == "VBD" and any(c.dep_ == "advmod" and c.lower_ in _HABITUAL - {"never", "always"}
                                   for c in token.children) \
            and not any(w.ent_type_ in ("DATE", "TIME") for w in token.subtree):
        return True  # "players often complained about the drills", "he rarely went to the farm": a past habit
        # told with no time (hard negatives: "police often raided the camp in May 2019"; "the ship never arrived")
    if any(c.dep_ == "prep" and c.lower_ == "on" and any(
            g.lower_ == "basis" and any(m.lower_ in _PER_PERIOD | {"regular", "daily"} for m in g.children)
            for g in c.children) for c in token.children):
        return True  # "the board meets on a daily basis", "visited on a regular basis": a rhythm, no occasion
    if token.dep_ in ("xcomp", "advcl") and token.tag_ == "VB" and token.head.pos_ == "VERB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and _habitual(token.head):
        return True  # "are often hired to lobby for contracts": the purpose of a habit is one too
    if token.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("have", "has") for c in token.children) and any(
            c.dep_ in ("neg", "advmod") and c.lower_ == "never" for c in token.children):
        return True  # "the agency has never given vaccines to detainees": no occasion, a record kept so far (hard
        # negative: "the ship never arrived", one journey that did not end)
    if token.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("have", "has") for c in token.children) and any(
            c.dep_ == "advmod" and (c.lower_ == "long" or c.lower_ in _HABITUAL - {"never", "always"}) and c.i < token.i
            for c in token.children):
        return True  # "experts have long warned that …", "has occasionally been accused of …": a stance or a habit
        # held for years, no one occasion
    if token.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in token.children) and (
            any(c.lower_ in _PER_PERIOD for c in token.children if c.dep_ in ("advmod", "npadvmod"))
            or any(c.dep_ == "advcl" and c.tag_ in ("VBZ", "VBP") and any(
                m.lower_ in ("when", "whenever", "once") for m in c.children if m.dep_ in ("advmod", "mark"))
                for c in token.children)):
        return True  # "handles 40,000 calls annually", "issues an alert when the level reaches 150": a rule
    if _habitual_would(token) or (token.dep_ == "advcl" and _habitual_would(token.head) and any(
            m.lower_ in ("when", "whenever") for m in token.children if m.dep_ in ("advmod", "mark"))) or (
            token.dep_ == "conj" and not any(c.dep_ in ("nsubj", "aux") for c in token.children)
            and _habitual_would(token.head)):  # "would often stop by and trade notes": the habit's second part
        return True  # "when the mayor visited, he would meet the farmers": what used to happen on each visit
    rhythm = [c for c in token.children if c.dep_ in ("npadvmod", "advmod", "dobj") and c.lower_ in _RHYTHMS
              and any(d.dep_ == "det" and d.lower_ in ("every", "each") for d in c.children)]
    return bool(rhythm) and not any(w.ent_type_ in ("DATE", "TIME") and w.head.i not in {r.i for r in rhythm}
                                    and w.i not in {r.i for r in rhythm} for w in token.subtree)


def _habitual_would(verb: Token) -> bool:
    """A past habit told with "would": "he would often attack his critics", "whenever reporters asked, he would
    deny it" (hard negatives: "when the mayor visited on Monday, he would not comment", one refusal; "he would
    later sell the farm", the story's later fact)."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children) \
            or any(c.dep_ == "neg" for c in verb.children) \
            or any(w.ent_type_ in ("DATE", "TIME") for w in verb.subtree) or verb.dep_ in ("ccomp", "xcomp"):
        return False  # "said that when the plant closed, the town would suffer": a future seen from the past
    if any(c.dep_ == "advmod" and c.lower_ in _HABITUAL - {"never"} for c in verb.children):
        return True
    return any(c.dep_ == "advcl" and (c.tag_ == "VBD" or any(m.lower_ == "whenever" for m in c.children)) and any(
        m.dep_ in ("advmod", "mark") and m.lower_ in ("when", "whenever") for m in c.children)
        for c in verb.children)


# Acts done by saying, which news tells in the present as it reports them ("the party asks the region to act").
_SAID_ACTS = {"DEMAND", "DISAPPROVE", "STATEMENT", "REJECT", "THREATEN", "PROTEST", "SUPPORT", "AGREE", "CONCEDE"}


def _timeless_present(verb: Token) -> bool:
    """A simple present with a common noun for subject and no time ("the parliament passes laws, examines the
    budget and ratifies treaties", "the firm makes tractors"): what the subject does as a rule. A named or
    pronoun subject ("Acme says", "they call for") is news told in the present, and so is any clause with a
    time ("the trial opens on Monday")."""
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    present_passive = _present_passive(verb)
    if verb.pos_ != "VERB" or not (present_passive or (verb.tag_ in ("VBZ", "VBP") and not helpers)):
        return False
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in ("ROOT", "conj") or any(w.ent_type_ in ("DATE", "TIME") for w in clause.subtree):
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.lemma_.lower() in _STANDING_TEXTS:
        return True  # "federal guidelines recommend a flu shot", "the rules require a permit": what a text says
    if subject.pos_ == "PROPN" or subject.ent_type_ in ("ORG", "PERSON", "GPE"):  # "Acme offers products and
        # services", "Acme sells into 90 countries": a named firm's line of business, told by what it deals in
        # generally ("Acme introduces a new phone" is news)
        return _deals_in(clause)
    if subject.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in subject.children) \
            and present_passive:
        return True  # "tickets are sold in 44 states": a bare plural in a present passive is the rule
    return subject.pos_ == "NOUN" and subject.tag_ != "NNS" and not subject.ent_type_ \
        and any(c.dep_ == "det" for c in subject.children) and not any(c.pos_ == "PROPN" for c in subject.children)


def _standing_text(verb: Token) -> bool:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lemma_.lower() in _STANDING_TEXTS


_STANDING_TEXTS = {"guideline", "rule", "law", "regulation", "policy", "code", "manual", "protocol", "constitution",
                   "charter", "statute", "treaty", "guidance", "standard"}


def _present_passive(verb: Token) -> bool:
    """ "Are sold", and the second of "are selected and bought by the state", which shares the first's helper."""
    if verb.tag_ != "VBN":
        return False
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    if not helpers and verb.dep_ == "conj" and verb.head.tag_ == "VBN" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        helpers = [c for c in verb.head.children if c.dep_ in ("aux", "auxpass", "neg")]
    return len(helpers) == 1 and helpers[0].dep_ == "auxpass" and helpers[0].tag_ in ("VBZ", "VBP")


_KIND_QUANTIFIERS = {"all", "most", "many", "some", "several", "various", "numerous", "more", "other"}


def _deals_in(verb: Token) -> bool:
    """The verb's object is a kind of thing, not a thing: a bare plural or two of them ("products and services"),
    or a spread of markets ("into more than 90 countries")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    bare = bool(objects) and all(o.tag_ == "NNS" and (any(d.lower_ in _KIND_QUANTIFIERS for d in o.children) or not any(
        d.dep_ in ("det", "poss", "nummod") for d in o.children)) for o in objects)  # "offers almost all its models",
    # "sells most brands": kinds of things too
    markets = any(p.dep_ == "prep" and p.lower_ in ("into", "to", "in") and any(
        g.lemma_.lower() in ("country", "market", "nation", "region") and g.tag_ == "NNS" for g in p.children)
        for p in verb.children)
    owned = verb.lemma_.lower() in ("publish", "own", "operate", "run") and any(
        o.pos_ == "PROPN" or o.ent_type_ in ("ORG", "WORK_OF_ART", "FAC") for o in objects)  # "Dow Jones publishes
    # the Journal", "the group owns two airlines and runs Harbour Air": what it has, no act
    return bare or markets or owned


_RHYTHMS = {"day", "night", "morning", "evening", "week", "weekend", "month", "year", "summer", "winter", "spring",
            "autumn", "season", "time", "christmas", "sunday", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday"}


def _ability(token: Token) -> bool:
    """ "The system can help hospitals cut waiting times", "the team is able to travel to the final": what someone or
    something is able to do is no happening ("cannot meet", "can't hear the case", "was unable to land" are
    blocked acts, read by modality)."""
    able = token.dep_ == "xcomp" and token.head.lower_ == "able" and (
        token.head.head.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.lower_ in ("will", "'ll")
                                                      for c in token.head.head.children)) \
        and not any(c.dep_ == "neg" for c in token.head.head.children)  # "was able to meet" did meet; "will be
    # able to visit the office" tells what the office allows
    if token.dep_ == "xcomp" and token.head.lower_ in _STANDINGS:
        return True
    if token.dep_ in ("acl", "xcomp") and token.head.lemma_.lower() in _CAPACITIES:
        return True  # "their capacity to launch attacks", "the ability to strike": a power, not an act
    return token.pos_ == "VERB" and (able or any(c.dep_ == "aux" and c.lower_ in ("can", "ca")
                                                 for c in token.children)) \
        and not any(c.dep_ == "neg" for c in token.children)


_CAPACITIES = {"capacity", "ability", "capability", "means", "power", "wherewithal", "potential",
               # what one must or may do: "owed a duty to keep watch", "the right to appeal"
               "duty", "obligation", "responsibility", "right", "authority", "mandate"}
_STANDINGS = {"eligible", "entitled", "qualified", "free",  # "is still eligible to tender", "is free to leave"
              "competent", "incompetent", "fit", "unfit", "ineligible"}  # "ruled him incompetent to testify", "fit to
# stand trial": a capacity judged, no testimony or trial
# Words for a product, a part of one or what it offers: the doer of a description, not of an act.
_PRODUCT_WORDS = {"update", "upgrade", "version", "release", "software", "feature", "features", "app", "apps",
                  "application", "system", "service", "technology", "platform", "tool", "program", "programme",
                  "kit", "sdk", "browser", "model", "design", "patch", "firmware"}
# Made things that are also institutions, and act as such ("the studio will license its characters").
_INSTITUTIONS = {"studio", "station", "plant", "factory", "mill", "store", "shop", "hotel", "restaurant", "bank",
                 "club", "school", "hospital", "church", "museum", "theatre", "theater", "gallery", "library",
                 "newspaper", "magazine", "channel", "brewery", "bakery", "shipyard", "refinery", "mine", "farm",
                 "lab", "laboratory", "press", "college", "university", "prison", "court", "airline", "railway",
                 "railroad", "airport", "port", "utility", "network", "exchange", "agency"}
_CAN = {"can", "could", "will", "would", "may", "might", "'ll"}
_MODEL_TYPES = {"", "PRODUCT", "ORG", "WORK_OF_ART"}  # what the statistical model calls "the Zune X2"


def _what_it_does(token: Token, positions: dict[int, Entity]) -> bool:
    """ "The patch adds support for voice calls", "the toolkit will let hobbyists build games", "the N90 is aimed at
    island airstrips", "the new tractor will come in three sizes": what a product does, is for, or lets people
    do, told in the present or as a capability, describes it — no happening. A company or a person acting ("Halcyon
    introduces a phone") is news, and so is the thing's own dated act ("the probe landed on Monday")."""
    verb = token if token.pos_ == "VERB" else token.head if token.dep_ in ("dobj", "nsubjpass") else None
    if verb is None or verb.pos_ != "VERB" or any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
        return False
    if verb.dep_ in ("advcl", "conj") and verb.tag_ in ("VBG", "VBZ", "VBP") and verb.head.pos_ == "VERB" \
            and verb.head.i != verb.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return _what_it_does(verb.head, positions)  # "the player has wi-fi, enabling users to browse": its doer
        # and tense are the clause it hangs on
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    passive = [h for h in helpers if h.dep_ == "auxpass"]
    modal = [h for h in helpers if h.dep_ == "aux" and h.lower_ in _CAN]
    present = (verb.tag_ in ("VBZ", "VBP") and not helpers) or (
        verb.tag_ == "VBN" and len(helpers) == 1 and passive and passive[0].tag_ in ("VBZ", "VBP"))  # "is aimed at"
    able = (verb.tag_ == "VB" and modal) or (verb.tag_ == "VBN" and modal and passive)  # "will be sold"
    if not (present or able):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    named = [subject, *(c for c in subject.children if c.dep_ == "compound")] \
        if subject.pos_ == "PROPN" or subject.text[:1].isupper() else [subject]
    model = any(model_number(w) or (w.text[:1].isupper() and w.text[-1:].isdigit() and w.ent_type_ in _MODEL_TYPES)
                for w in named)  # "the A380", "the 787 Dreamliner", "the Zune X2" — not "the M5S party"
    entity = positions.get(subject.idx)
    if entity is not None and entity.type in ("person", "organisation", "place", "group") and not model:
        return False
    if _weapon(subject.lower_) or subject.lower_ in _ARMED:
        return False  # "the drone strikes the village": arms act
    return model or subject.ent_type_ == "PRODUCT" or subject.lower_ in _PRODUCT_WORDS \
        or (subject.pos_ == "NOUN" and subject.lemma_.lower() not in _INSTITUTIONS
            and (subject.lemma_.lower() in artifacts() or subject.lower_ in artifacts()))


_CLIMBS_TO_DOER = {"xcomp", "advcl", "pcomp", "prep", "pobj"}
_GENERIC_DOERS = {"you", "one", "anyone", "anybody", "everyone", "everybody", "someone", "somebody", "whoever"}


def _yours(token: Token) -> bool:
    """The act is done to the reader's things ("launching your products", "your next purchase"): advice or a
    sales pitch, outside quotations (hard negative: "we will cut your taxes," the mayor said — a pledge)."""
    owned = [c for c in token.children if c.dep_ == "poss"] if token.pos_ == "NOUN" else [
        p for c in token.children if c.dep_ in ("dobj", "nsubjpass") for p in c.children if p.dep_ == "poss"]
    return any(p.lower_ in ("your", "yours") for p in owned) and not _in_quote(token)


def _generic_doer(token: Token) -> bool:
    """The clause's doer is anyone at all, and it is told as a rule or a condition, not as what happened once:
    "you pick a plan", "if someone crosses the line", "everyone gets a vote". A past "someone set fire to the
    car" or "you told us" is one occasion, even undated."""
    verb = token if token.pos_ == "VERB" else token.head if token.head.pos_ in ("VERB", "AUX") else None
    if verb is None:
        return False
    subject = _subject(verb)
    while verb.dep_ in ("conj", "xcomp") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "you can't start a fight and then complain", "might review it and suggest seeking
        # damages": the first verb's doer and modal
        subject = _subject(verb) if verb.pos_ in ("VERB", "AUX") else subject
    climbed = verb
    while subject is None and climbed.dep_ in _CLIMBS_TO_DOER and climbed.head.i != climbed.i:
        climbed = climbed.head  # "you should expect to buy the games", "about investing $129": the governor's doer
        subject = _subject(climbed) if climbed.pos_ in ("VERB", "AUX") else None
    if subject is not None and subject.lower_ == "you" and climbed is not verb:
        verb = climbed
    if subject is not None and subject.pos_ == "PRON" and subject.lower_ in ("we", "us") and any(
            c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in verb.children) and not any(
            w.ent_type_ in ("DATE", "TIME") for w in verb.subtree):
        return True  # "we should be backing our allies", "we must ask whether …": an exhortation, no act told
    if subject is not None and (_any_such_person(subject) or (
            _any_such_one(subject) and verb.lemma_.lower() in _JUDGED_AS)) and not any(
            w.lemma_.lower() in _SOMEONE_WARNS for w in verb.sent) and any(
            c.dep_ == "aux" and c.lower_ in ("can", "could", "may", "might", "should", "must") for c in verb.children) \
            and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) \
            and not any(w.ent_type_ in ("DATE", "TIME") for w in verb.sent):
        return True  # "a lawyer might review the case", "any driver can be charged", "a ferry collision may be
        # considered reckless": what one such person may do, or any such case be judged, no one's act (hard
        # negatives: "a gunman may have fired from the roof", one act doubted; "a striker could sign on Friday",
        # dated; "a strike could shut the port, the union warned", one side's warning)
    if subject is None or subject.lower_ not in _GENERIC_DOERS or any(c.lower_ == "no" for c in subject.children):
        return False  # "no one will be refused" denies it of everyone: a blocked happening, not a rule
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whenever", "once") for c in verb.children):
        return True
    return verb.tag_ in ("VBP", "VBZ") or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)


def _any_such_person(subject: Token) -> bool:
    """ "A lawyer", "an employer", "any driver": one of a kind of person, named by the kind, not by the story."""
    return subject.pos_ == "NOUN" and (subject.lemma_.lower() in _human_nouns() or _human(subject.text)) \
        and _any_such_one(subject)


def _any_such_one(subject: Token) -> bool:
    """ "A lawyer", "a ferry collision": one of a kind, with nothing of the story's own (no name, no "for the
    family")."""
    return subject.pos_ == "NOUN" and subject.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "any", "every") for c in subject.children) and not any(
        c.dep_ == "prep" and c.lower_ in ("for", "from", "of") for c in subject.children) and not any(
        w.pos_ == "PROPN" for w in subject.subtree)


_MODALS = {"can", "ca", "could", "may", "might", "must", "should", "would", "will", "wo", "'ll", "shall"}  # "ca n't"


_OPENING_QUOTES = {"“", '"', "``", "‘", "'"}


def _quoted_name(verb: Token) -> set[str] | None:
    """ "Called podcasting “a garage band for radio”": a name in quotation marks given to something, which the
    parse may hang anywhere; its words, or None (hard negatives: "called for “calm”", "called on them to
    “stop”", "called the envoy on Monday")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "call" or any(
            c.dep_ in ("prep", "prt") and c.lower_ in ("for", "on", "off", "in", "up", "back", "out")
            and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in verb.children):
        return None  # "called on them", not "called it … on Monday"
    doc = verb.doc
    for word in doc[verb.i + 1:min(verb.i + 8, verb.sent.end)]:
        if word.text in _OPENING_QUOTES:
            words = set()
            for inside in doc[word.i + 1:min(word.i + 16, len(doc))]:
                if inside.text in _OPENING_QUOTES | {"”", "’", "''"}:
                    break
                words |= {inside.lower_, inside.lemma_.lower()}
            return words
        if word.is_punct or word.pos_ == "ADP":
            return None
    return None


@lru_cache(maxsize=1)
def _damning_labels() -> frozenset[str]:
    """The names whose giving is criticism: the words of the damning "call" label row of the senses lexicon."""
    return frozenset(w for row in load("event_senses.tsv") if row["lemma"] == "call" and row["where"] == "label"
                     and row["category"] == "DISAPPROVE" for w in row["words"].split(","))


def _asked_aside(token: Token) -> bool:
    """ "When asked about the ruling, he declined to comment": a reporter's question, no demand."""
    return token.lemma_.lower() == "ask" and token.dep_ == "advcl" and token.tag_ == "VBN" and (
        any(c.lower_ in ("when", "if", "as", "once") for c in token.children)
        or (not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children) and any(
            (c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children))
            or (c.dep_ == "prep" and c.lower_ == "about") for c in token.children)))  # "Asked if he would
    # resign, the mayor said no", "asked about the ruling, …"


# Labels that introduce another article's headline inside this one ("Read more: …", "Also on …: …").
_CROSS_LINK = re.compile(r"^\s*(?:read more|related|see also|also on\b[^:]{0,40}|more on this|watch|listen|"
                         r"recommended|most read|you may also like|further reading)\s*:", re.IGNORECASE)


def _generic_you(token: Token) -> bool:
    """A sentence told of a generic "you" ("if you have been hurt in a crash, you can claim damages", "even if you
    do not know who hit you") is advice about any such case, no happening of the story — unless it gives a time
    (hard negatives: a "you" in a quotation is a speaker's addressee; "such cases" and "some people flee" are
    kinds, see ``_habitual``)."""
    sent = token.sent
    if "you" not in sent.text.lower() or _in_quote(token) or any(w.ent_type_ in ("DATE", "TIME") for w in sent):
        return False
    return any(w.lower_ == "you" and w.dep_ in ("nsubj", "nsubjpass") and not _in_quote(w) and _any_case(w.head)
               for w in sent)


_JUDGED_AS = {"consider", "regard", "see", "view", "define", "deem", "treat", "count", "class", "classify"}
_SOMEONE_WARNS = {"say", "warn", "tell", "add", "predict", "fear", "believe", "threaten", "expect", "estimate"}


def _any_case(verb: Token) -> bool:
    """A clause told of any case: a condition ("if you were hurt"), a modal ("you can claim") or a present ("you
    get"); not a past act of someone addressed ("you attacked our embassy, the minister told the envoy")."""
    clause = verb
    while clause.dep_ in ("conj", "xcomp", "ccomp") and clause.head.i != clause.i and not any(
            m.dep_ == "mark" for m in clause.children):
        clause = clause.head
    if any(m.dep_ in ("mark", "advmod") and m.lower_ in ("if", "when", "whenever", "unless", "whether", "once")
           for m in clause.children):
        return True
    return verb.tag_ in ("VBP", "VB") or any(c.dep_ == "aux" and c.lower_ in (
        "can", "could", "may", "might", "should", "must", "will", "would", "'ll") for c in verb.children)


def _set_alight_by_someone(verb: Token) -> bool:
    """ "The barn was burned down by teenagers", "torched by vandals": a fire someone set is arson (hard
    negative: "burned down by a grass fire", "destroyed by lightning")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("burn", "torch", "firebomb", "set"):
        return False
    if verb.lemma_.lower() == "set" and not any(c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children) \
            and not any(c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "fire" for g in c.children)
                        for c in verb.children):
        return False
    return any(c.dep_ == "agent" and any(g.dep_ == "pobj" and (_human(g.text) or g.ent_type_ == "PERSON")
                                         for g in c.children) for c in verb.children)


_RULE_TEXTS = {"law", "rule", "act", "regulation", "statute", "policy", "constitution", "treaty", "code", "guideline",
               "charter", "ordinance", "bylaw", "directive", "provision", "clause", "legislation", "order", "decree"}
_RULING_VERBS = {"require", "mandate", "oblige", "obligate", "compel", "prohibit", "forbid", "ban", "bar", "allow",
                 "permit", "call", "demand", "govern"}


def _what_a_rule_says(token: Token) -> bool:
    """ "The law requires consultation with scientists", "the rule prohibited such reviews": what a standing text
    requires, forbids or allows is no occasion (hard negative: "the minister required a review on Monday", a
    person's demand, and "the law was passed on Monday", the text's own making)."""
    verb = token.head if token.dep_ in ("dobj", "xcomp", "ccomp") or (
        token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.lemma_.lower() == "call") else None
    if verb is not None and token.dep_ == "pobj":
        verb = token.head.head
    if verb is None or verb.lemma_.lower() not in _RULING_VERBS or (verb.tag_ == "VBN" and any(
            c.dep_ == "auxpass" for c in verb.children)):
        return False
    subject = _subject(verb)
    if subject is None or subject.lemma_.lower() not in _RULE_TEXTS:
        return False
    if token.dep_ in ("xcomp", "ccomp"):  # "requires agencies to consult": anyone of a kind, not "requires the
        # bank to sell its arm", one party's act asked for
        party = next((c for c in verb.children if c.dep_ == "dobj"), None) or _subject(token)
        return party is not None and party.tag_ == "NNS" and not any(
            c.dep_ in ("det", "poss", "nummod") for c in party.children)
    return True


_FLAWS = {"flaw", "bug", "vulnerability", "hole", "loophole", "glitch", "weakness", "exploit", "malware", "virus",
          "worm", "trojan", "backdoor", "defect", "error", "tool", "technique", "trick", "method"}
_ENABLING = {"allow", "let", "enable", "permit"}


def _what_a_flaw_allows(token: Token) -> bool:
    """ "The flaw could allow attackers to take control of a computer and steal data", "the bug lets hackers seize
    the phone": what a flaw or a tool makes possible is a risk told, no occasion (hard negative: "the flaw allowed
    hackers to steal data from 3,000 accounts in May", done, with its time)."""
    word = token
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    if word.pos_ != "VERB" or word.dep_ not in ("xcomp", "ccomp") or word.head.lemma_.lower() not in _ENABLING:
        return False
    enabler = word.head
    subject = _subject(enabler)
    if subject is None or subject.lemma_.lower() not in _FLAWS:
        return False
    if any(w.ent_type_ in ("DATE", "TIME") for w in enabler.subtree):
        return False
    return enabler.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in enabler.children)


_VERDICTS = {"failure", "success", "flop", "fiasco", "triumph", "mistake", "disappointment"}


def _serving_time(token: Token) -> bool:
    """ "Is serving a nine-year term", "was serving a term for fraud when he broke out": the state of a prisoner,
    no happening (hard negatives: "served four years before his release", "will serve the sentence abroad",
    "began serving the term on Monday")."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "serve" or not any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("sentence", "term", "time") for c in token.children):
        return False
    ongoing = token.tag_ in ("VBZ", "VBP") or (token.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_ == "be" for c in token.children))
    return ongoing and not any(w.ent_type_ in ("DATE", "TIME") for c in token.children if c.dep_ != "dobj"
                               for w in c.subtree)  # "a nine-year sentence" is a length, no time


def _verdict(token: Token) -> bool:
    """ "The project turned out to be a failure", "the tour proved a success": a judgement of something told, no
    happening of its own (hard negative: "the failure of the dam flooded the town")."""
    if token.lemma_.lower() not in _VERDICTS or token.dep_ not in ("attr", "oprd", "acomp", "dobj"):
        return False
    verb = token.head
    if verb.lemma_ == "be" and verb.dep_ == "xcomp":
        verb = verb.head
    return verb.lemma_.lower() in ("be", "turn", "prove", "become", "seem", "appear", "remain", "call", "deem",
                                   "consider", "declare", "judge", "brand", "label")


def _in_charge_name(token: Token) -> bool:
    """A word inside the name of an offence ("charged with fleeing the scene of a collision that resulted in injury",
    "assault with intent to murder"): part of the charge's name, no happening of its own (hard negative: "charged
    with murder", the offence named itself)."""
    word, steps, named = token, 0, False
    while word.head.i != word.i and steps < 8:
        head = word.head
        named = named or head.lemma_.lower() in _OFFENCE_NAME_WORDS
        if word.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" and head.lower_ in ("with", "of") \
                and head.head.lemma_.lower() in _CHARGING:
            return named
        if word.dep_ in ("advcl", "conj") and word.tag_ == "VBG" and head.lemma_.lower() in _CHARGING and any(
                c.dep_ == "prep" and c.lower_ in ("with", "of") for c in head.children):
            return named  # "charged with speeding, fleeing the scene of …", the list parsed as a clause
        word, steps = head, steps + 1
    return False


# Words of an offence's statutory name: "… resulting in death", "with intent to murder", "leaving the scene of".
_OFFENCE_NAME_WORDS = {"result", "intent", "scene"}


def _position_name(word: Token) -> bool:
    """ "Signed running back Joe Smith on Tuesday", parsed with "running" as a verb: a player's position, no act
    that a time could belong to."""
    return word.lower_ == "running" and any(c.lower_ == "back" for c in word.children)


def _likened(token: Token) -> bool:
    """ "Comparable to a live concert", "similar to an earthquake": a happening named only as a likeness (hard
    negative: "compared the concert to a riot", the concert itself)."""
    if token.dep_ != "pobj" or token.head.lower_ not in ("to", "with"):
        return False
    judged = token.head.head
    return judged.lemma_.lower() in ("comparable", "similar", "akin", "equivalent", "identical", "reminiscent", "close")


def _such(token: Token) -> bool:
    """ "Such accidents", "such an attack": a kind named by likeness, no one happening (hard negative: "no such
    meeting took place" denies the one claimed)."""
    return token.pos_ == "NOUN" and any(c.lower_ == "such" and c.dep_ in ("amod", "predet", "det")
                                        for c in token.children) and not any(
        c.dep_ == "det" and c.lower_ == "no" for c in token.children)


def _to_the_reader(token: Token) -> bool:
    """Words addressed to the reader are no happenings of the story: an imperative ("Check out the
    schedule", "Sign up for …", the verbs it coordinates and its purpose clauses) and another article's
    headline behind a cross-link label ("Read more: Senate votes …"). A reported command has a subject or
    a speaker ("Police told residents to leave"), and a headline of the story itself has no label."""
    sent = token.sent
    if _CROSS_LINK.match(sent.text):
        return True
    root = sent.root
    under = token.i == root.i or any(a.i == root.i for a in token.ancestors)
    if root.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.lower_ == "you" for c in root.children) and any(
            c.dep_ == "aux" and c.lower_ in ("should", "must", "can", "could", "may", "might") for c in root.children):
        return under and not _in_quote(token)  # "you should see a doctor": advice, not a happening
    if root.pos_ != "VERB" or root.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux")
                                                        for c in root.children):
        return False
    lead = {w.i for c in root.children if c.dep_ in ("advcl", "prep", "npadvmod", "advmod") and c.i < root.i
            for w in c.subtree}  # "If the rash spreads, see a pharmacist"
    first = next((t for t in sent if not t.is_punct and t.lower_ != "please" and t.i not in lead), None)
    if first is None or first.i != root.i:
        return False
    return under


# What the article calls itself, and who gathers its news: "contributed to this report", "obtained by our
# correspondent", "in this article, we discuss …".
_THE_TEXT = {"report", "article", "story", "post", "piece", "series", "column", "section", "page", "episode",
             "newsletter", "blog", "review", "video", "podcast", "guide"}
_COPYING = {"publish", "broadcast", "rewrite", "redistribute", "reproduce", "distribute", "copy", "republish",
            "repost", "share", "transmit"}
_NEWSGATHERERS = {"correspondent", "correspondents", "reporter", "reporters", "newsroom", "staff", "team", "editor",
                  "editors", "journalist", "journalists"}
_DISCOURSE = {"talk", "discuss", "cover", "share", "show", "explain", "look", "explore", "examine", "walk", "recap",
              "review", "answer", "provide", "describe", "outline", "demystify"}


_TITLE_HOLDERS = {"champion", "champions", "titleholder", "titleholders", "holder", "holders", "winner", "winners",
                  "medallist", "medalist", "medallists", "medalists"}


_STAMPS = {"posted", "published", "updated", "modified", "filed", "created", "edited", "amended"}
_STAMP_WORDS = _STAMPS | {"am", "pm", "a.m.", "p.m.", "et", "est", "edt", "ct", "cdt", "pt", "pst", "pdt", "gmt", "utc",
                          "bst", "cet", "cest", "ist", "aest", "last", "on", "at", "by", "monday", "tuesday",
                          "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
                          "april", "may", "june", "july", "august", "september", "october", "november", "december",
                          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                          "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "hkt", "jst", "sgt",
                          "aedt", "msk", "wib", "cat", "eat", "wat", "sast", "pkt", "updated:", "posted:"}


def _stamp_text(line: str) -> bool:
    """A short line of a time and stamp words only ("Updated: 4 March 2019 08:15 GMT", "Feb 11, 2020"): where
    a page says when it was written, which may stand above the headline."""
    words = re.findall(r"[a-z][a-z.]*", line.lower())
    return len(line) < 90 and any(c.isdigit() for c in line) and all(
        w.rstrip(".") in _STAMP_WORDS or w in _STAMP_WORDS for w in words)


def _stamp_line(text: str, timex: Timex) -> bool:
    """A line holding nothing but a time and stamp words ("March 4, 2021 9:05 PM", "Updated: 9:15 PM ET")."""
    start = text.rfind("\n", 0, timex.start) + 1
    end = text.find("\n", timex.end)
    line = text[start:end if end >= 0 else len(text)]
    rest = (line[:timex.start - start] + " " + line[timex.end - start:]).lower()
    words = re.findall(r"[a-z][a-z.]*", rest)
    return len(line) < 80 and all(w.rstrip(".") in _STAMP_WORDS or w in _STAMP_WORDS for w in words)


def _after_prefix(token: Token, prefix: str) -> bool:
    """ "co-operation" as the tokenizer splits it: "co", "-", "operation", written together."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == prefix \
        and not doc[token.i - 1].whitespace_ and not doc[token.i - 2].whitespace_


def _in_a_name(token: Token) -> bool:
    """A capitalised infinitive inside a body's name ("the Committee to Re-elect the Governor", "the Campaign to
    Protect Rural England"): part of the name, no act (hard negative: "the Committee voted to re-elect her")."""
    doc, i = token.doc, hyphen_start(token)  # "Re-elect": the tokenizer's "Re", "-", "elect"
    if token.pos_ != "VERB" or not doc[i].text[:1].isupper() or doc[i].is_sent_start or i < 2:
        return False
    return doc[i - 1].lower_ == "to" and doc[i - 1].text == "to" and doc[i - 2].text[:1].isupper() \
        and not doc[i - 2].is_sent_start


def _page_stamp(token: Token) -> bool:
    """ "Posted: March 3, 2013 10:04 AM", "Last updated: …": the page's own time stamp, no happening of the story
    ("the ministry posted the figures on Monday" is one)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.lower_ in _STAMPS and token.text[:1].isupper() and following is not None and (
            following.text == ":" or following.ent_type_ in ("DATE", "TIME") or following.like_num
            or following.lower_.rstrip(".") in _STAMP_WORDS - _STAMPS - {"on", "at", "by", "last"}):
        return True  # "Created: April 5, 2018", "Lyon Daily Published Saturday, March 8, 2025 1:19PM", "Posted Oct
        # 26, 2011" (the month the parser leaves out of the date)
    if token.lower_ in _STAMPS and following is not None and following.text == ":":
        return True  # "… 03:09 PM Created: April 5, 2018": a stamp word with its colon, wherever the line puts it
    if token.lower_ in _STAMPS and token.text[:1].isupper() and token.i == token.sent.start \
            and following is not None and following.lower_ in ("on", "at", "by") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) \
            and any(t.ent_type_ in ("DATE", "TIME") for t in token.doc[token.i + 1:min(token.i + 9, token.sent.end)]):
        return True  # "Posted on June 2, 2019 at 8:15 AM", "Published by Staff on 5 May" (hard negative: "The
        # ministry posted the figures on Monday", a subject's act)
    start = token.sent.start
    head = [t for t in token.doc[start:min(start + 4, token.sent.end)]]
    colon = next((t.i for t in head if t.text == ":"), None)
    return colon is not None and token.i < colon and any(t.lower_ in _STAMPS for t in head if t.i < colon)


def _title_word(token: Token) -> bool:
    """ "Defending champion Peru", "the reigning titleholders": a participle in a title, which the parser
    may read as a verb with the side as its object."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.tag_ == "VBG" and following is not None and following.lower_ in _TITLE_HOLDERS


def _about_the_text(token: Token) -> bool:
    """The article speaking of itself or of its own newsgathering is no happening of the story: a byline
    credit ("X contributed to this report"), a wire's rights notice, a source's route to the newsroom ("papers
    obtained by our correspondent"), the author announcing the text ("in this post we look at", "in this article we
    discuss"). "The minister discussed the report on Monday" is the minister's act."""
    verb = token if token.pos_ == "VERB" else None
    if verb is None:
        return False
    for child in verb.children:
        heads = [child] if child.dep_ in ("dobj", "nsubjpass") else [
            g for g in child.children if g.dep_ == "pobj"] if child.dep_ in ("prep", "agent") else []
        for head in heads:
            owners = {c.lower_ for c in head.children if c.dep_ in ("det", "poss")}
            if head.lower_ in _THE_TEXT and owners & {"this", "our"}:
                return True  # "contributed to this report", "in this article"
            if head.lower_ in ("material", "content") and "this" in owners and verb.lemma_.lower() in _COPYING:
                return True  # a wire's rights notice: "this material may not be reproduced or redistributed"
            if head.lower_ in _NEWSGATHERERS and "our" in owners and (child.dep_ == "agent" or child.lower_ == "by"):
                return True  # "obtained by our correspondent"; not "our correspondent was arrested"
    subject = _subject(verb)
    authorial = subject is not None and subject.lower_ in ("we", "i") and not _in_quote(token)
    going = verb.lemma_.lower() in _DISCOURSE and (verb.head.lemma_ == "go" or verb.dep_ == "ROOT")
    return authorial and going and verb.tag_ in ("VB", "VBP")  # "we look at", "we discuss"


def _in_quote(token: Token) -> bool:
    """Inside quotation marks in its sentence (a quoted "we" is the speaker's, not the author's)."""
    before = token.doc[token.sent.start:token.i].text
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _question(token: Token, sense: Sense) -> Sense:
    """ "Asked the crew why the alarm failed": a question put to someone is an inquiry, not an appeal."""
    if token.lemma_.lower() == "ask" and any(c.dep_ == "ccomp" and c.left_edge.lower_ in _WH
                                             for c in token.children):
        return Sense("INVESTIGATE", "090", None, sense.rule + "|rule:question", True)
    return sense


_WH = {"how", "why", "what", "when", "where", "whether", "if", "who", "which", "whom"}


def _thing_acts(verb: Token, someone: Callable[[Token], bool]) -> bool:
    """An active clause whose own subject is a thing ("a trail of footprints led police to the shed", "the
    results showed support"): CAMEO codes what actors do, and a thing that "leads police" mobilizes no one. Anyone named
    inside the subject's phrase ("a friend of the family", "co-founder of Acme, Jane Roe") makes it act."""
    if verb.pos_ != "VERB":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        subject.pos_ == "NOUN" and not phrase_acts(subject, someone)
        and not any(someone(t) for t in subject.subtree if t.pos_ in ("NOUN", "PROPN"))
        for subject in subjects)


# Things that draw people in ("the pledge appealed to them"); the noun may name an act elsewhere ("a pledge").
_DRAWS = {"pledge", "promise", "offer", "idea", "plan", "message", "proposal", "programme", "program", "policy",
          "product", "show", "film", "book", "game", "style", "design", "deal", "price", "prospect", "vision"}
_EFFECTS = {"undermine", "weaken", "erode", "protect", "safeguard", "ensure", "guarantee", "allow", "permit", "enable",
            "threaten", "endanger", "jeopardize", "jeopardise", "harm", "hurt", "damage", "strengthen", "benefit",
            "favour", "favor", "violate", "contradict"}


def _effect_of_thing(verb: Token, someone: Callable[[Token], bool]) -> bool:
    """What a rule, a change or a course of action does to something ("a rule that undermined protections", "the
    Act has protected habitats for decades", "putting limits on inspectors undermines their work", "the earlier move
    allowed landlords to decide"): an effect told of a thing, not an act of anyone, though a name may own the thing
    ("the minister's decree", "changes by the last government"). An actor's own "undermined", "protected" or
    "allowed" stays an act ("rebels threatened the town", "troops protected the convoy")."""
    if verb.pos_ == "VERB" and verb.lemma_.lower() == "appeal" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _DRAWS for c in verb.children) and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in verb.children) and not any(
            c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ in ("for", "against"))
            for c in verb.children):
        return True  # "the pledge appealed to young voters", "the idea appeals to investors": it drew them, no one
        # appealed (hard negative: "the mayor appealed to residents to stay indoors")
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _EFFECTS:
        return False
    if any(c.dep_ == "csubj" and not any(t.tag_ == "WP" for t in c.children) for c in verb.children):
        return True  # a course of action as subject (not "whoever fired protected them")
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and subjects and subjects[0].tag_ == "WDT":
        subjects = [verb.head]  # "a rule that undermined …": the relative pronoun stands for the rule
    return bool(subjects) and all(
        subject.ent_type_ == "LAW" or (subject.pos_ == "NOUN" and not someone(subject) and not _person(subject)
                                       and not names_a_body(subject))
        for subject in subjects)


_ENABLES = {"allow", "enable", "let", "permit", "help"}
_PERMITS = {"allow", "permit", "authorize", "authorise", "clear"}
# Things that show or tell of a person: a name on them is what they show, not who made them public.
_DEPICTIONS = {"video", "clip", "photo", "photograph", "picture", "image", "footage", "recording", "tape", "film",
               "documentary", "biography", "biopic", "portrait", "statue", "interview", "profile", "song", "poster"}
_OFFERS = {"provide", "offer", "give", "integrate", "add", "include", "feature", "support", "bring"}
_USERS = {"user", "customer", "developer", "consumer", "owner", "subscriber", "viewer", "listener", "reader",
          "player", "shopper", "buyer", "passenger", "driver", "visitor", "gamer", "people", "anyone", "everyone"}
_FEATURES = {"access", "support", "search", "storage", "feature", "function", "functionality", "capability",
             "connectivity", "compatibility", "integration", "playback", "resolution", "memory", "interface", "option",
             "speed", "battery", "camera", "screen", "display"}
_NOT_PAST = {"will", "'ll", "can", "could", "may", "might", "would", "should", "must"}


def _capability(verb: Token) -> bool:
    """What a product or a service does for whoever uses it ("the kit will let developers build programs", "…, a
    camera enabling users to record video", "the handset will provide internet access"): a feature described, not
    an occasion. A past act ("the board allowed users to vote"), a person's ("the mayor lets residents park"), a
    dated plan ("from June the service will let users rent films") and a state's (left to the caller) stay."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ENABLES | _OFFERS:
        return False
    clause = verb.head if verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG" else verb  # "…, enabling users to"
    helpers = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if not ((clause.tag_ in ("VBZ", "VBP") and not helpers)
            or (clause.tag_ == "VB" and helpers and all(h.lower_ in _NOT_PAST for h in helpers))):
        return False  # "allowed", "has allowed", "were given": an act told as done
    if any(w.ent_type_ in ("DATE", "TIME") for w in clause.subtree):
        return False
    if verb.lemma_.lower() in _ENABLES:
        allowed = [w for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp")
                   for w in ([c] if c.dep_ == "dobj" else [s for s in c.children if s.dep_ == "nsubj"])]
        if not any(w.lemma_.lower() in _USERS for w in allowed):
            return False
    elif not any(c.dep_ == "dobj" and (c.lemma_.lower() in _FEATURES or (c.tag_ == "NNS" and any(
            m.dep_ == "amod" and m.lower_ in ("new", "extra", "additional") for m in c.children)))
            for c in verb.children):
        return False
    subject = _subject(clause)
    return subject is not None and subject.pos_ != "PRON" and subject.ent_type_ not in ("PERSON", "GPE", "NORP") \
        and not _person(subject) and subject.lemma_.lower() not in _USERS


def _kind(token: Token, positions: dict[int, Entity]) -> str | None:
    entity = positions.get(token.idx)
    return entity.type if entity is not None else None


def _state(actor: EventActor, kinds: dict[str, str]) -> bool:
    """A state, its forces or its institutions: a country or city as actor, or a government sector."""
    return (actor.actor_type or "") in STATE_SECTORS or (
        actor.entity is not None and kinds.get(actor.entity) == "place")


_MOVES = {"arrive", "travel", "come", "go", "fly", "head", "return", "reach", "land", "depart", "sail"}


def _a_thing(word: Token) -> bool:
    """A common noun naming no one ("the first batch of samples arrived", "the parcel travelled"): neither a person,
    a group nor anything the entity layer typed."""
    return word.pos_ == "NOUN" and not word.ent_type_ and not _person(word) \
        and word.lemma_.lower() not in _human_nouns() and word.lower_ not in _human_nouns()


def _person(word: Token) -> bool:
    """A word naming a person: a name, a personal pronoun, a person noun ("its coach", "the chief executive")."""
    return word.ent_type_ == "PERSON" or word.lower_ in _PERSONAL | {"him", "her", "them", "me", "us"} \
        or _human(word.text) or (word.pos_ == "NOUN" and _agent(word) is not None)


def _is_someone(actor: EventActor | None) -> bool:
    """An actor who can grant, call for or vow something: an entity, a sector, a person noun, a name."""
    return actor is not None and bool(actor.entity or actor.actor_type or actor.country_code
                                      or actor.name.lower() in _PERSONAL or _human(actor.name) or _proper(actor.name))


def _proper(name: str) -> bool:
    """A proper name the entity layer missed ("Karim Haddad"): every word capitalised — and more than one,
    since a single capitalised word is as often a common noun opening the sentence ("Sediment washed …")."""
    words = name.split()
    return len(words) > 1 and all(w[:1].isupper() for w in words)


@lru_cache(maxsize=1)
def _human_nouns() -> frozenset[str]:
    return frozenset(row["noun"] for row in load("human_nouns.tsv"))


def _human(name: str) -> bool:
    """The phrase's head or its last words name people: "the farmer", "the nephew of a retired judge"."""
    lowered = name.lower().replace("'s", "")
    nouns = _human_nouns()
    return any(w in nouns or w.rstrip("s") in nouns or w[:-2] in nouns
               for part in {lowered, lowered.split(" of ")[0]} for w in part.split()[-3:])


_SPEECH = {"say", "add", "read", "state", "tell", "note", "write", "continue"}


def _attribution_frame(token: Token) -> bool:
    """ "In a statement, X said …", "X's statement added …", "according to the release": a statement
    or a release that only frames reported words."""
    if token.dep_ == "pobj" and (token.head.lower_ == "in" or (token.head.lower_ == "to"
                                                               and token.head.head.lower_ == "according")):
        return not (token.lemma_.lower() in _OCCASIONS_OF_WORDS and any(
            c.ent_type_ in ("DATE", "TIME") or any(w.ent_type_ in ("DATE", "TIME") for w in c.subtree)
            for c in token.children if c.dep_ in ("compound", "amod", "nummod", "nmod", "npadvmod", "prep")))
        # but "at a March 3 briefing, she said", "in a Friday news conference": a dated occasion of its own
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in _SPEECH


_OCCASIONS_OF_WORDS = {"conference", "briefing", "interview", "speech", "address", "hearing", "debate", "session"}


_WORDS_NOUNS = {"statement", "message", "post", "posting", "letter", "tweet", "note", "remarks", "comment"}
_REPLIES = {"response", "reply", "answer", "retort", "rejoinder"}  # words' vehicles only when a quote follows


def _colon_then_quote(noun: Token) -> bool:
    """The noun's own phrase ends in a colon that opens a quotation ("a statement on its website: '…'"), however
    the parse hangs the quoted words on it (hard negative: "a statement about the vote", with no quote)."""
    for word in noun.doc[noun.i + 1:noun.sent.end]:
        if word.text == ":":
            return word.i + 1 < len(noun.doc) and noun.doc[word.i + 1].is_quote
        if word.pos_ in ("VERB", "AUX") and word.dep_ not in ("acl", "amod"):
            return False
    return False


def _quote_vehicle(token: Token) -> bool:
    """ "issued a statement saying …", "a statement on the union website reads: …", "answered with a statement
    on her podcast: '…'": the statement carries the quoted words and is the quote layer's, not an event. A verb
    issuing such a statement goes with it. "Issued a statement about the budget vote" stays an event."""
    noun = token if token.pos_ == "NOUN" else next(
        (c for c in token.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _WORDS_NOUNS | _REPLIES),
        None)
    if noun is not None and noun.lemma_.lower() in _WORDS_NOUNS | _REPLIES and _colon_then_quote(noun):
        return True  # "released a statement: '…'", "put out a cheeky reply to the honour: '…'"
    if noun is None or noun.lemma_.lower() not in _WORDS_NOUNS:
        return False
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _reporting_verbs():
        return True  # "a statement … states:"
    carriers = [noun, noun.head] if noun.dep_ in ("dobj", "nsubjpass") else [noun]
    if any(c.dep_ in ("acl", "advcl", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in _reporting_verbs()
           for carrier in carriers for c in carrier.children):
        return True  # "a statement saying", "released a statement, saying"
    after = noun.right_edge.i + 1
    return after + 1 < len(noun.doc) and noun.doc[after].text == ":" and noun.doc[after + 1].is_quote


def _generic_plural(token: Token) -> bool:
    """A bare plural noun names a kind, not a happening: "floods, droughts", "letters of complaint"; so does
    a bare noun in a list of them ("by threat, bribery or coercion"), and a plural counted against others or
    per thing ("with fewer launches", "two launches per lander")."""
    if token.pos_ == "NOUN" and token.tag_ == "NNS" and token.dep_ != "nsubj" and (
            any(c.dep_ == "amod" and c.lower_ in ("fewer", "more", "less") for c in token.children)
            or any(c.dep_ == "prep" and c.lower_ == "per" for c in token.children)):
        return True
    if token.pos_ == "NOUN" and token.tag_ == "NNS" and token.dep_ == "pobj" and token.head.lower_ in ("for", "of") \
            and token.head.head.lemma_.lower() in _MADE_FOR and not any(
                c.dep_ in ("det", "poss", "nummod") for c in token.children):
        return True  # "rockets designed for space launches", "capable of night raids": what a thing is for
    listed = token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children)
    if token.pos_ != "NOUN" or not (token.tag_ == "NNS" or listed) or \
            token.dep_ not in ("pobj", "conj", "appos", "attr"):
        return False  # "Floods hit the town on Monday": a subject that acts is no kind
    owners = [token, token.head] if token.dep_ == "conj" else [token]  # "no injuries or deaths"
    return not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound", "prep") for o in owners
                   for c in o.children)


def _lacked(token: Token) -> bool:
    """ "Cannot survive without financial assistance", "resigned without warning": help a clause could not do
    without, or the manner an act was done in, is no happening (hard negative: "the talks ended without a deal",
    the deal they were held for, blocked)."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ != "without":
        return False
    if token.lemma_.lower() in _MANNER_WITHOUT:
        return True
    governor = token.head.head
    return governor.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in governor.children)


_MANNER_WITHOUT = {"warning", "notice", "delay", "comment", "explanation", "incident", "fanfare", "trace", "hesitation",
                   "interruption", "permission", "consent", "success", "fuss", "ceremony", "apology"}


_UNDERGOING = {"face", "have", "see", "await", "get", "suffer", "endure", "survive"}  # "faces charges": his own


def _kinds_dealt_in(token: Token) -> bool:
    """ "Under the charter the assembly announces elections and ratifies treaties", "the agency monitors all
    calls": a bare plural a present-tense verb takes as its object names the kind of thing the doer deals in, no
    occasion. Hard negatives: "the council holds elections on May 3" (a day), "Parliament announces elections" (a
    headline, told in the present), "announced elections" (one act)."""
    obj = token
    while obj.dep_ == "conj" and obj.head.i != obj.i:
        obj = obj.head  # "appoints judges and ratifies treaties", the second verb read as part of a noun list
    if obj.dep_ != "dobj" or token.tag_ not in ("NNS", "VBZ"):  # "monitors all calls", "calls" tagged a verb
        return False
    if token.tag_ == "VBZ" and not any(c.dep_ == "det" and c.lower_ in ("all", "every", "any") for c in token.children):
        return False
    verb = obj.head
    if verb.tag_ not in ("VBZ", "VBP") or verb.lemma_.lower() in _UNDERGOING \
            or verb.dep_ not in ("ROOT", "conj", "relcl") \
            or any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    if any(c.dep_ in ("poss", "nummod") or (c.dep_ == "det" and c.lower_ not in ("all", "any", "every"))
           for c in token.children):
        return False
    if any(w.ent_type_ in ("DATE", "TIME") for w in verb.subtree):
        return False
    return token.sent.text.rstrip().endswith((".", "?", "!"))  # a headline has no full stop


# A story about protest, or a court: what decides "demonstration" (a protest or a showing) and "case" (a suit).
# What tells a protest apart from a drive down the field, in a sports report.
_PROTEST_SIGNS = re.compile(r"\b(?:protest|demonstrat|slogan|banner|placard|riot|petition|boycott)", re.IGNORECASE)
_PROTEST_WORDS = re.compile(
    r"\b(?:protest(?:s|ers?|ors?|ed|ing)?|demonstrators?|rall(?:y|ies|ied)|march(?:ed|ers?|ing)|riot(?:s|ers?|ing)?|"
    r"crowds?|slogans?|banners?|placards?|chant(?:ed|ing|s)?|tear gas|activists?|sit-ins?|police|strikers?)\b",
    re.IGNORECASE)
_PROTEST_NEAR = re.compile(r"\b(?:against|thousands|hundreds|staged?|outside|unions?)\b", re.IGNORECASE)  # in its
# own sentence: "thousands staged a demonstration outside parliament"
_COURT_WORDS = re.compile(
    r"\b(?:courts?|judges?|trials?|lawsuits?|sued?|suing|jur(?:y|ies|ors?)|verdicts?|rulings?|prosecut\w*|"
    r"tribunals?|appeals? court|plaintiffs?|defendants?|litigation)\b", re.IGNORECASE)

def _a_showing(noun: Token) -> bool:
    """ "Gave a live demonstration", "watched the demonstration": something shown, not a protest staged."""
    return (noun.head.lemma_.lower() in ("give", "watch", "see", "show", "attend", "view") and noun.dep_ == "dobj") \
        or any(c.dep_ in ("amod", "compound") and c.lower_ in ("live", "cooking", "product", "technical", "practical",
                                                                "flight", "safety", "software", "video")
               for c in noun.children)


_MADE_FOR = {"design", "build", "use", "intend", "develop", "adapt", "equip", "suitable", "capable", "ideal", "fit",
             "used", "designed", "built", "intended"}


def _bare_mass(token: Token) -> bool:
    """A singular noun with no determiner after a preposition or verb names a kind of act ("a crackdown on
    human trafficking", "convicted of fraud"), not one act; "the fraud" or "a fraud of $2m" is one."""
    return token.pos_ == "NOUN" and token.tag_ == "NN" and token.dep_ in ("pobj", "dobj") and not any(
        c.dep_ in ("det", "poss", "nummod") or (c.dep_ == "prep" and c.lower_ != "of") for c in token.children)


_RULING = (_RULING_VERBS - {"call", "demand"}) | (_RULE_TEXTS - {"act", "order"}) | {
    "regulate", "outlaw", "restrict", "encourage", "promote", "requirement", "standard", "procedure", "obligation",
    "duty"}  # what a rule asks for or governs: the verbs and texts of rules (above) and a few more


_FILED_PAPERS = {"complaint", "indictment", "lawsuit", "suit", "petition", "affidavit", "filing", "motion",
                 "writ", "summons", "warrant"}
_PAPER_SAYS = {"allege", "say", "state", "claim", "charge", "contend", "accuse", "argue", "assert", "seek", "ask",
               "list", "cite", "name", "detail", "describe", "add"}


def _document_speaking(token: Token) -> bool:
    """ "The complaint alleged …", "the indictment says …": a filing told before, speaking its contents — the quote
    layer's words, not a second filing (hard negative: "a complaint was filed on Monday", the filing itself)."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in _FILED_PAPERS and token.dep_ == "nsubj" \
        and token.head.lemma_.lower() in _PAPER_SAYS \
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)


def _practice_ruled(token: Token) -> bool:
    """ "A rule that requires consultation", "lifted the requirement for consultation", "the law governs
    interagency consultation": an act named bare, as what a rule asks for or governs, is a practice, no occasion
    (hard negatives: "required a consultation with the board on Monday", one; "the consultation began")."""
    if token.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in _SHUNNING
                                    for c in token.children):
        return True  # "charged with resisting arrest", the gerund read as an adjective: an offence's name
    if not _bare_mass(token) and not (token.pos_ == "NOUN" and token.tag_ == "NN" and token.dep_ == "conj"
                                      and _bare_mass(token.head)):
        return False
    word = token.head if token.dep_ == "conj" else token
    ruler = word.head if word.dep_ == "dobj" else word.head.head if (
        word.dep_ == "pobj" and word.head.lower_ in ("for", "on", "against")) else None
    return ruler is not None and ruler.lemma_.lower() in _RULING


_SHUNNING = {"resist", "evade", "elude"}  # "resisting arrest", "evading police": the offence's name


def _named(mention: Mention) -> bool:
    """A participant the parse could name (an entity or a noun phrase), not only a pronoun or nothing."""
    return mention.source is not None or mention.target is not None


_SOMEONE_PRONOUNS = {"he", "she", "him", "her", "i", "me", "we", "us"}  # not a reader's generic "you"


def _pronoun_party(token: Token, sense: Sense) -> bool:
    """ "He was arrested", "she was detained", "they protested": a personal pronoun is a person even when no
    name stands behind it, so the act has a party (hard negatives: "it was resolved"; "they were resolved", where
    a passive "they" may be things, counts only for acts done to people)."""
    if token.pos_ != "VERB":
        return False
    subject = _subject(token)
    if subject is None or subject.pos_ != "PRON" or (subject.head.i != token.i and token.dep_ != "conj"):
        return False  # "the exhibit they wanted to attend": a subject lent through a want is no act's party
    if subject.dep_ == "nsubj" and any(c.dep_ in ("dobj", "ccomp", "oprd") and not (
            c.dep_ == "dobj" and (c.lower_ in _SOMEONE_PRONOUNS or _human(c.text) or (
                c.lower_ == "them" and sense.category in _DONE_TO_PEOPLE))) for c in token.children):
        return False  # "I suspect they …", "we might call these shots …": a view or a name, with no one acted on;
        # but "he arrested him", "she hired the driver": a person acted on is a party
    word = subject.lower_
    return word in _SOMEONE_PRONOUNS or (word in ("they", "them") and (
        subject.dep_ == "nsubj" or sense.category in _DONE_TO_PEOPLE))


def _published(article: Article | None) -> date | None:
    try:
        return date.fromisoformat((article.published or "")[:10]) if article else None
    except ValueError:
        return None


def _tense(sentence: SpacySpan) -> str:
    """Future if the clause says so ("will", "is to"), past with a past-tense verb, else present."""
    words = {t.lower_ for t in sentence}
    if words & {"will", "'ll", "shall"} or any(t.lower_ == "to" and t.head.lemma_ == "be" for t in sentence):
        return "future"
    if any(t.tag_ == "VBD" for t in sentence):
        return "past"
    return "present"


def _actor(token: Token | None, text: str, positions: dict[int, Entity]) -> EventActor | None:
    if token is None:
        return None
    entity = positions.get(token.idx)
    if entity is None:  # a name in apposition first ("her counterpart, Minister X"); never the possessor ("her
        # counterpart" is not she, "the president's aide" not the president)
        named = [c for c in token.children if c.dep_ == "appos"
                 and not c.lower_.endswith(("self", "selves"))]  # "treat his son himself": no one but the son
        clauses = {t.i for c in token.children if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")
                   for t in c.subtree}  # "the government that ousted Morales" is not Morales
        clauses |= {t.i for c in token.subtree if c.i != token.i and c.pos_ == "VERB" and c.dep_ == "pcomp"
                    for t in c.subtree}  # "convicted a gang member of murdering Ann Lee": the member, not Lee
        named += [c for c in token.subtree if not _possessed(c, token) and c.i not in clauses
                  and not (c.dep_ == "appos" and c.lower_.endswith(("self", "selves")))]
        entity = next((positions[c.idx] for c in named if c.idx in positions and positions[c.idx].type != "place"
                       and not (_compound_of(c, token) and token.pos_ == "NOUN"
                                and positions[c.idx].type == "person" and (
                                    token.lemma_.lower() in _DEPICTIONS
                                    or (c.i == c.sent.start and len(positions[c.idx].mentions) == 1)))), None)
        # "Riot police fired …": a capitalised first word the tagger took for a name, said once, is no one who
        # acts; "the Tom Cruise video appeared": the one shown is not the one who posted it
    if entity is not None and entity.type in ("person", "organisation", "group", "place") and \
            (token.pos_ == "PROPN" or entity.type != "place" or token.idx in positions):
        phrase = _phrase(token, text)
        name = entity.name if len(phrase) <= len(entity.name) + 2 or entity.type == "person" else phrase
        return EventActor(name, entity.id, entity.country_code or _country_in(token, positions),
                          entity.actor_type or _agent(token))
    phrase = _phrase(token, text)
    whole = " ".join([*(c.lower_ for c in token.children if c.dep_ == "det"), token.lower_])
    counted = token.dep_ == "nsubjpass" and (token.like_num or token.lower_ in ("others", "another"))
    if not counted and (token.pos_ in ("PRON", "DET") or (token.is_stop and (token.pos_ != "NOUN" or not any(
            c.dep_ in ("prep", "amod") for c in token.children)))):  # "took part"; but "a part of the city"; and
        # "three were arrested", "the other two were freed" are people counted
        if whole not in _ANYONE:
            return None  # "it", "this"; but "no one", "someone" are people
        phrase = whole
    return EventActor(phrase, None, _country_in(token, positions), _agent(token))


def _compound_of(word: Token, head: Token) -> bool:
    """Whether ``word`` is part of a compound modifying ``head`` ("Ann Lee" in "the Ann Lee video")."""
    while word.dep_ == "compound" and word.head.i != word.i:
        word = word.head
        if word.i == head.i:
            return True
    return False


def _possessed(word: Token, head: Token) -> bool:
    """Whether ``word`` sits in a possessor of ``head``'s phrase ("her", "the president's")."""
    while word.i != head.i:
        if word.dep_ == "poss":
            return True
        if word.head.i == word.i:
            return False
        word = word.head
    return False


def _country_in(token: Token, positions: dict[int, Entity]) -> str | None:
    """The country a descriptive phrase places its actor in: "Iraq's security adviser", "a court in Malawi",
    "US officials" — the first entity with a country inside the phrase."""
    for child in token.subtree:
        entity = positions.get(child.idx)
        if entity is not None and entity.country_code:
            return entity.country_code
        if child.ent_type_ in ("NORP", "GPE") or (child.dep_ == "amod" and child.text[:1].isupper()):
            found = _demonyms().place_of(child.text)
            if found is not None and found[0].country_code:
                return found[0].country_code
        if child.dep_ == "compound" and child.pos_ == "PROPN" and child.ent_type_ in ("EVENT", "FAC"):
            host = gazetteer().resolve(child.text)  # "the Beijing Olympics", "the Geneva talks": the host's country
            if host is not None and (host[0].kind == "country" or host[0].capital or host[0].population >= 1_000_000):
                return host[0].country_code
    return None


@lru_cache(maxsize=1)
def _demonyms() -> Demonyms:
    return Demonyms(gazetteer())


@lru_cache(maxsize=1)
def _documents() -> frozenset[str]:
    """Texts that speak for their authors (the quote layer's ``document`` sources)."""
    return frozenset(row["noun"] for row in load("sources.tsv") if row["kind"] == "document")


@lru_cache(maxsize=1)
def _agent_nouns() -> dict[str, str]:
    return {row["words"]: row["sector"] for row in load("cameo_agents.tsv")}


_QUANTITIES = {"thousands", "hundreds", "dozens", "scores", "millions", "group", "groups", "number", "crowd",
               "crowds", "band", "team", "members", "some", "many", "most", "all", "one", "two", "three"}


def _agent(token: Token) -> str | None:
    """The CAMEO sector of a noun phrase's head ("soldiers" MIL, "riot police" COP) from PETRARCH's agents;
    "thousands of farmers" is the farmers."""
    agents = _agent_nouns()
    if token.lower_ in _QUANTITIES:
        of = _pobj(token, ("of",))
        if of is not None:
            token = of
    compound = " ".join(c.lemma_.lower() for c in token.children if c.dep_ == "compound" and c.i < token.i)
    low = token.lower_
    for key in (f"{compound} {token.lemma_.lower()}".strip(), token.lemma_.lower(), low,
                low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("es") else low):
        if key in agents:
            return agents[key]
    return None


def _phrase(token: Token, text: str) -> str:
    tokens = [t for t in token.subtree if t.dep_ not in ("relcl", "acl", "punct", "det") or t.i == token.i]
    inner = {x.i for x in token.subtree}
    timed = {w.i for c in token.subtree if c.i != token.i and (_time_phrase(c) or _deed_phrase(c)) for w in c.subtree}
    if token.ent_type_ == "PERSON" or _person(token):  # "contacted the minister over housing for refugees": the
        timed |= {w.i for c in token.children if c.dep_ == "prep" and c.lower_ in _TOPICS for w in c.subtree}  # topic
    timed |= {c.i for c in token.children if c.dep_ == "poss" and c.lower_ == "whose"}  # "people whose boat sank"
    timed |= {c.i for c in token.children if c.dep_ == "appos" and c.lower_.endswith(("self", "selves"))}  # "his
    # son himself": the doer's own hand, no part of the name
    tokens = [t for t in tokens if t.i not in timed and not any(
        a.dep_ in ("relcl", "acl") and a.i != token.i for a in t.ancestors if a.i in inner)]
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    phrase = " ".join(text[start:end].split())
    return _SCORE_AT_END.sub("", _SCORE_AT_START.sub("", phrase)) or phrase  # "beat Ruiz 6-3": Ruiz, not "Ruiz 6-3"


_SCORE = r"\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*\(\d{1,2}\))?"
_SCORE_AT_END = re.compile(rf"(?:\s*,?\s*{_SCORE})+$")
_SCORE_AT_START = re.compile(rf"^(?:{_SCORE}\s*,?\s*)+(?:and\s+)?")


# Verbs whose subject undergoes what their object names: "faced criticism", "drew protests", "won praise".
_UNDERGONE = {"face", "draw", "attract", "receive", "suffer", "endure", "weather", "earn", "win", "court", "incur",
              "invite", "spark", "trigger", "provoke", "prompt"}


_TOPICS = {"over", "about", "regarding", "concerning"}
_ISSUED = {"order", "decree", "directive", "instruction", "edict", "command", "proclamation", "ultimatum"}
_ASKINGS = {"call", "demand", "appeal", "request", "plea", "question", "petition"}


def _deed_phrase(word: Token) -> bool:
    """ "Accused her label of blocking the film", parsed with "of blocking …" under the label: what the actor is
    accused of doing is no part of its name."""
    return word.dep_ == "prep" and word.lower_ in ("of", "for") and any(
        g.dep_ == "pcomp" and g.tag_ == "VBG" for g in word.children)


def _time_phrase(word: Token) -> bool:
    """ "on September 30", "last month" hung on a noun: when, not who ("the report on Monday" is the report)."""
    if word.dep_ == "prep":
        objects = [g for g in word.children if g.dep_ == "pobj"]
        return bool(objects) and all(g.ent_type_ in ("DATE", "TIME") for g in objects)
    hyphened = not word.whitespace_ and word.i + 1 < len(word.doc) and word.doc[word.i + 1].text == "-"
    return word.dep_ in ("npadvmod", "tmod") and word.ent_type_ in ("DATE", "TIME") and not hyphened  # "day-old"


def _relative(word: Token | None, verb: Token) -> Token | None:
    """ "The man who was shot", "the firm that sued": a relative pronoun stands for the noun its clause describes."""
    if word is not None and word.lower_ in ("who", "whom", "which", "that") and verb.dep_ == "relcl" \
            and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return word


def _fronted_object(verb: Token) -> tuple[Token, Token] | None:
    """ "A policy which the UN and the US have both criticised", parsed with two subjects: the relative pronoun
    that comes first is the clause's object, the full noun after it the doer (hard negative: "the firm that sued
    the city", one subject). Returns the doer and the noun the pronoun stands for."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 2 or subjects[0].lower_ not in ("which", "that", "whom") \
            or subjects[1].pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "dobj" for c in verb.children):
        return None
    return subjects[1], verb.head


_DONE_TO = {"arrest", "detain", "kill", "injure", "hurt", "wound", "jail", "charge", "evacuate", "rescue", "free",
            "release", "hospitalize", "hospitalise", "displace", "abduct", "kidnap"}  # tagged a past, read passive


def _participants(token: Token, text: str, positions: dict[int, Entity]) -> tuple[EventActor | None,
                                                                                  EventActor | None]:
    source = target = None
    if token.pos_ == "VERB":
        passive = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        agent = next((c for c in token.children if c.dep_ == "agent"), None)
        if passive is None and token.dep_ == "conj" and (any(c.dep_ == "auxpass" for c in token.children) or (
                (token.tag_ == "VBN" or token.lemma_.lower() in _HARMS)  # a tagger's "killed" VBD in "was robbed
                and not any(c.dep_ in ("nsubj", "aux", "dobj") for c in token.children)  # and killed" too
                and any(c.dep_ == "nsubjpass" for c in token.head.children))):
            passive = _subject(token)  # "were detained and later released by the army", "was shot and killed":
            # the subject is shared, and so is the passive
        if passive is None and token.dep_ == "conj" and (token.tag_ == "VBN" or token.lemma_.lower() in _DONE_TO) \
                and any(c.dep_ == "auxpass" for c in token.head.children) \
                and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in token.children):
            passive = next((c for c in token.children if c.dep_ == "nsubj" and (
                c.like_num or any(k.dep_ == "nummod" for k in c.children))), None)  # "three were killed and 12
            # arrested": the passive's auxiliary left out, the count undergoes the arrest
        if passive is None and token.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in token.children):
            passive = _subject(token)  # "the ban is expected to be lifted", "wants to be elected": the one above
            # undergoes it
        passive = _relative(passive, token)
        if passive is not None:  # "the mayor has been accused (by X)": the mayor is the target
            by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if by is not None and by.lemma_.lower() in _WEAPONS:  # "downed by a missile fired by rebels"
                by = next((c for t in by.subtree if t.dep_ == "agent" for c in t.children if c.dep_ == "pobj"), by)
            return _actor(by, text, positions), _actor(passive, text, positions)
        fronted = _fronted_object(token)
        subject = _relative(_subject(token), token) if fronted is None else fronted[0]
        if subject is not None and subject.pos_ == "PRON" and subject.idx not in positions \
                and subject.lower_ not in _INDEFINITE:  # "someone set fire to the hall, police said": not police
            reporter = _reporter(token)
            if reporter is not None and subject.lower_ in ("they", "we") and reporter.tag_ == "NNP" and (
                    reporter.ent_type_ == "PERSON" or _person(reporter)):
                reporter = _body_spoken_for(reporter)  # "Ann Lee for the Harbour Board says they are …": the board,
                # not the one person (hard negative: "the ministry said it would …", the ministry)
                subject = reporter if reporter is not None else subject
            else:
                subject = reporter or _they(subject) or subject  # "the ministry said it would …": the ministry
        source = _actor(subject, text, positions)
        target_token = next((c for c in token.children if c.dep_ == "dobj" and c.ent_type_ not in ("DATE", "TIME")),
                            None) or (fronted[1] if fronted is not None else None)
        recipient = next((c for c in token.children if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN")), None) \
            or _pobj(token, ("to", "against", "with", "into", "on", "at", "for", "from"), ("prep", "dative"))
        if recipient is not None and recipient.head.lower_ == "at" and recipient.lemma_.lower() in _SPOTS \
                and token.lemma_.lower() not in _AIMED:
            recipient = None  # "collapsed at the corner", "was arrested at the station": where, not whom (hard
            # negative: "fired at the convoy")
        if recipient is not None and recipient.dep_ == "pobj" and recipient.lemma_.lower() in _ON_AUTHORITY \
                and recipient.head.lower_ in ("on", "at", "under", "upon"):
            recipient = None  # "shot at the crowd on the orders of a captain", "acted at the request of the
            # governor": on whose word, not at whom (hard negative: "fired on the convoy")
        if recipient is not None and recipient.dep_ == "pobj" and recipient.head.lower_ == "from" \
                and recipient.lemma_.lower() in _VANTAGES:
            recipient = None  # "shot from a window", "fired from a hilltop": whence, not at whom
        if recipient is not None and token.lemma_.lower() in ("die", "perish", "drown", "succumb") \
                and recipient.head.lower_ in ("at", "on", "in", "near", "from", "of", "after"):
            recipient = None  # "died at the branch", "died on the ground", "died from his wounds": where and of
            # what, no one acted on the one who died is the source
        if recipient is not None and (recipient.ent_type_ in ("DATE", "TIME") or recipient.lemma_.lower() in (
                "time", "occasion", "moment", "while") or (recipient.lemma_.lower() in (
                    "end", "close", "start", "beginning", "middle") and any(
                    g.ent_type_ in ("DATE", "TIME") or g.lemma_.lower() in ("month", "year", "week", "day", "season")
                    for c in recipient.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children))):
            recipient = None  # "met for the first time", "on that occasion": when, not with whom
        if recipient is None and target_token is not None and target_token.pos_ == "NOUN" \
                and target_token.ent_type_ == "":  # "send rifles to Chad" with "to Chad" under "rifles"
            recipient = _pobj(target_token, ("to",))
        if target_token is not None and target_token.like_num and _pobj(token, ("past", "against", "over")) is not None:
            target_token = _pobj(token, ("past", "against", "over"))  # "got past Chile 3-0": the side, not the score
        if target_token is not None and token.lemma_.lower() == "take" and target_token.lower_ in _TAKE_IDIOMS \
                and not any(c.dep_ in ("det", "poss", "amod") for c in target_token.children):
            target_token = None  # "the talks took place", "the law takes effect": no one is acted on (hard negative:
            # "took the place of the old bridge" names what was replaced)
        if target_token is not None and target_token.lemma_.lower() in _WEAPONS:
            target_token = recipient  # "fired two shells at the posts": the shells are the means, the posts the target
        if target_token is None:
            target_token = recipient
        target = _actor(target_token, text, positions)
        own = target_token is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in target_token.children)
        if recipient is not None and recipient.dep_ == "pobj" and target_token is not None and (
                _weapon(recipient.text) or (recipient.head.lower_ in ("with", "for") and (
                    _person(target_token) or target_token.idx in positions or target_token.pos_ == "PROPN"))):
            recipient = None  # "blasted the convoy with rockets", "ripped the referees for their calls": the means, why
        if recipient is not None and target_token is not None and recipient.head.lower_ == "at" \
                and recipient.ent_type_ == "FAC":
            recipient = None  # "beat the Saints 3-1 at Harbour Park": the venue, not the side beaten (hard negative:
            # "fired rockets at Israel", a country is as often the target as the place)
        if recipient is not None and target_token is not None and recipient.head.lower_ in ("at", "in", "near") \
                and (_person(target_token) or target_token.lemma_.lower() in _human_nouns()):
            recipient = None  # "killed a guard at the plant": the guard, killed at a place (hard negative: "fired
            # shells at the plant", a thing fired, the plant its aim)
        if recipient is not None and recipient is not target_token and (not _known(target) or own):
            # "supplied rifles to Chad", "withdrew its troops from Lebanon" (its own troops are the source's
            # means): the recipient is the target
            target = _actor(recipient, text, positions) or target
        if not _known(target):
            target = _complement_target(token, source, text, positions) or target
        if target is None and subject is not None and _mutual(token):
            partner = next((c for c in subject.children if c.dep_ == "conj"), None)  # "A and B met"
            target = _actor(partner, text, positions)
        return source, target
    if token.dep_ == "pobj" and token.head.lower_ == "under" and token.head.head.pos_ in ("VERB", "AUX"):
        verb = token.head.head  # "the party came under fire from rivals": the rivals fire, the party is fired on
        return _actor(_pobj(verb, ("from",)) or _pobj(token, ("from",)), text, positions), \
            _actor(_subject(verb), text, positions)
    between = _pobj(token, ("between",))
    if between is not None:
        others = [c for c in between.children if c.dep_ == "conj"]
        first = _actor(between, text, positions)
        if first is not None and others and first.entity is None:  # "between police and miners": police
            words = [w for w in between.subtree if w.i < min(o.left_edge.i for o in others) and w.dep_ != "cc"]
            first = EventActor(" ".join(w.text for w in words if w.dep_ != "det"), None, first.country_code,
                               first.actor_type)
        return first, _actor(others[0] if others else None, text, positions)
    owner = next((c for c in token.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"
                  and c.ent_type_ not in ("DATE", "TIME")), None)  # "Tuesday's vote" is no one's
    if owner is None:  # "an Israeli attack": the demonym names who attacks
        owner = next((c for c in token.children if c.dep_ == "amod" and c.idx in positions), None)
    possessive = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if owner is None and token.dep_ == "dobj" and token.head.lemma_.lower() not in _GUESTS - {"join"} and not any(
            c.dep_ == "oprd" for c in token.head.children) and (
            token.head.lemma_.lower() in _LIGHT_VERBS or possessive is not None):  # "reiterated its demand"
        owner = _subject(token.head)  # "the envoy … holding two meetings", "delivered remarks"
        if owner is not None and possessive is not None and not _agrees(possessive, owner):
            owner = None  # "critics condemned his ban": the ban is not the critics'

    if owner is None and token.dep_ == "dobj" and token.head.lemma_.lower() in _UNDERGONE:
        # "the decision drew condemnation from the UN": the UN condemns, the decision is condemned
        cause = None if token.lemma_.lower() in _ASKINGS else _subject(token.head)  # "the report prompted calls
        # for salt to be iodised": a call is made to someone, not to what prompted it
        return _actor(_pobj(token.head, ("from",)) or _pobj(token, ("from",)), text, positions), \
            _actor(cause, text, positions)
    if owner is None and token.dep_ == "pobj" and token.head.lower_ in ("on", "during") \
            and token.head.head.lemma_ == "be":
        owner = _subject(token.head.head)  # "the envoy is currently on a tour of the region"
    if owner is None:  # "the attack by government troops", "a raid by police": the noun's own agent
        owner = _pobj(token, ("by",))
    source = _actor(owner, text, positions)
    issuer = _pobj(token, ("of",)) if token.lemma_.lower() in _ISSUED else None
    if issuer is not None and (issuer.lemma_.lower() in _POSTS or _person(issuer) or issuer.ent_type_ == "PERSON"):
        # "a directive of the navy chief", "the decree of the president": who issued it (hard negative: "an
        # order of protection", what it orders)
        return source or _actor(issuer, text, positions), _actor(_pobj(token, ("to", "against", "for")), text,
                                                                 positions)
    target = _actor(_pobj(token, ("with", "against", "into", "of", "on", "about", "to")), text, positions)
    if target is None and token.lemma_.lower() in ("win", "victory", "triumph", "upset", "rout"):
        target = _actor(_pobj(token, ("over",)), text, positions)  # "Creighton's win over Drake": the side beaten
    if target is None and token.dep_ == "nsubj" and token.head.lemma_.lower() in _HARMS | {"destroy", "damage"}:
        target = _actor(next((c for c in token.head.children if c.dep_ == "dobj"), None), text, positions)
    return source, target  # "the bombing wounded three guards": the guards are the bombing's target


def _agrees(pronoun: Token, subject: Token) -> bool:
    """Whether a possessive can be the subject's own: "his", "her", "its" not a plural's; "their" not one
    named person's. Collectives go either way ("a group of diplomats … their meeting")."""
    if subject.pos_ == "PRON":
        return True  # "they … their", "she … her": left to the pronoun layer
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    if pronoun.lower_ in ("his", "her"):  # "the infection caused her death": she is no infection
        return not plural and subject.ent_type_ in ("PERSON", "") and (
            subject.pos_ == "PROPN" or _person(subject) or subject.lemma_.lower() in _human_nouns())
    if pronoun.lower_ == "its":
        return not plural
    return plural or subject.ent_type_ != "PERSON"


def _body_spoken_for(person: Token) -> Token | None:
    """The body a named person speaks for: "Ann Lee for the Harbour Board", "Ann Lee, a spokeswoman for the
    board"."""
    phrases = [person, *(c for c in person.children if c.dep_ == "appos")]
    return next((g for w in phrases for c in w.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")
                 for g in c.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")), None)


def _they(pronoun: Token) -> Token | None:
    """ "They" opening a sentence is the plural subject of the sentence before ("The authors say … They
    call for …"), when that subject can act; else no one in particular."""
    sentence = pronoun.sent
    if pronoun.lower_ != "they" or sentence.start == 0:
        return None
    before = pronoun.doc[sentence.start - 1].sent
    subject = next((t for t in before if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
    if subject is None or subject.tag_ not in ("NNS", "NNPS") or not (_human(subject.text) or _agent(subject)):
        return None
    return subject


def _reporter(verb: Token) -> Token | None:
    """The subject of the speech verb whose reported clause holds this verb."""
    clause = verb
    for _ in range(3):
        if clause.dep_ == "ccomp" and clause.head.i != clause.i:
            return next((c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        if clause.dep_ not in ("conj", "xcomp") or clause.head.i == clause.i:
            return None
        clause = clause.head
    return None


def _known(actor: EventActor | None) -> bool:
    return actor is not None and (actor.entity is not None or actor.actor_type is not None
                                  or actor.country_code is not None)


def _complement_target(verb: Token, source: EventActor | None, text: str,
                       positions: dict[int, Entity]) -> EventActor | None:
    """Who a demand, threat or refusal is aimed at: "demanded that Iraq withdraw" → Iraq, "threatened to
    attack the United States" → the United States (the complement's subject if it is someone else, else
    its object)."""
    complement = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and (
        c.pos_ in ("VERB", "AUX") or c.lower_ in VERDICTS)), None)  # "found the mayor guilty": the mayor
    if complement is None:
        return None
    subject = next((c for c in complement.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    found = _actor(subject, text, positions) if subject is not None and subject.pos_ != "PRON" else None
    if found is not None and (source is None or found.name != source.name) and _known(found):
        return found
    obj = next((c for c in complement.children if c.dep_ == "dobj"), None) or _pobj(
        complement, ("to", "against", "with", "into", "on", "at", "from"))
    found = _actor(obj, text, positions)
    return found if _known(found) else None


_CALLED_ON = {"call": ("on", "upon"), "appeal": ("to",), "plead": ("with",), "prevail": ("on", "upon")}
_SPEAKERS_ACTS = {"call", "urge", "ask", "demand", "appeal", "warn", "vow", "pledge", "promise", "insist", "add"}
_SUBJECT_CONTROL = {"promise", "pledge", "vow", "use", "employ", "deploy", "spend", "take"}  # "promised the
# mediators to free them": the promiser frees; "used tear gas to disperse them": the user disperses


def _subject_read_as_object(verb: Token) -> Token | None:
    """ "Were stranded after an outbreak of plague killed two herders", parsed as "after an outbreak" with "killed"
    hung on the main verb: a subjectless finite clause right after a time preposition's noun phrase has that noun
    for its subject (hard negative: "were stranded after the storm, and killed time playing cards", a conjunction)."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return None
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i == verb.i and verb.i > 0 else None
    while before is not None and before.dep_ != "pobj" and before.head.dep_ != "prep" and before.i > 0 \
            and before.head.i > before.i:
        before = None
    if before is None:
        return None
    noun = before if before.dep_ == "pobj" else next((a for a in before.ancestors if a.dep_ == "pobj"), None)
    while noun is not None and noun.head.dep_ == "prep" and noun.head.head.dep_ == "pobj" \
            and noun.head.head.head.lower_ in _WHEN_PREPOSITIONS | {"as"}:
        noun = noun.head.head  # "an outbreak of plague": the outbreak, not the plague
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.head.lower_ not in _WHEN_PREPOSITIONS | {"as"} \
            or noun.head.head.i != verb.head.i:
        return None
    return noun


def _accused_described(verb: Token) -> bool:
    """A participle of accusing with a subject but no auxiliary or object ("the woman accused of the killings"):
    the reduced relative the small parse reads as a clause; its "subject" is the one accused."""
    return verb.pos_ == "VERB" and verb.tag_ == "VBN" and verb.lemma_.lower() in ("accuse", "suspect", "charge") \
        and any(c.dep_ == "nsubj" for c in verb.children) and not any(
            c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ in ("of", "with", "over") for c in verb.children)


def _headline_passive(verb: Token, text: str) -> bool:
    """A headline's participle with a subject and no auxiliary or object ("Gang Member Convicted Of Murder",
    "Mayor Arrested"): headlines drop "was" and tell their own acts in the present ("Police Arrest Mayor"), so the
    subject of a past form is the one acted on."""
    return verb.idx < 400 and verb.pos_ == "VERB" \
        and (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.lower_.endswith("ed"))) and verb.dep_ == "ROOT" \
        and any(c.dep_ == "nsubj" for c in verb.children) \
        and not any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "ccomp") or (
            c.dep_ == "xcomp" and verb.lemma_.lower() not in _PICKING) for c in verb.children) \
        and _headline(verb, text, 0)  # "Ruiz Picked To Host Awards": chosen for it


def _subject(verb: Token) -> Token | None:
    """The subject, inherited through "tried to meet", "…, holding one meeting" and conjunctions; a
    participle describing a noun ("a declaration demanding …") speaks for whoever issued the noun."""
    ranked = _ranked_doer(verb)
    if ranked is not None:
        return ranked
    current = verb
    if verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN") and (
            verb.tag_ == "VBD" or (verb.lemma_.lower() in _MOVES
                                   and not any(c.dep_ == "agent" for c in verb.children))):
        return verb.head  # "The migrants headed to the border.": a sentence the parse read as a noun phrase (not
        # "the team headed by …")
    if verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "pobj", "nsubj") and verb.head.head.i != verb.head.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        current = verb.head.head
    stranded = _subject_read_as_object(verb)
    if stranded is not None:
        return stranded
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:  # "The founder of Acme Inc. Jane Roe has died" parsed with two subjects: the name is the one
            return next((c for c in subjects if c.ent_type_ == "PERSON"), subjects[0]) if len(subjects) > 1 \
                else subjects[0]
        controller = next((c for c in current.head.children
                           if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON")),
                          None) if current.dep_ == "xcomp" else None  # "forced him to resign": he resigns
        if controller is None and current.dep_ == "xcomp" and current.head.lemma_.lower() in _CALLED_ON:
            controller = _pobj(current.head, _CALLED_ON[current.head.lemma_.lower()])  # "called on the army to
            # withdraw", "appealed to residents to stay indoors": the one called on acts
        if controller is not None and controller.i < current.i and current.head.lemma_.lower() not in _SUBJECT_CONTROL:
            return controller  # "urged the navy not to turn boats away": the navy would turn them (object control)
        if current.dep_ == "conj" and current.head.dep_ == "ccomp" and current.head.head.lemma_ in _SPEECH \
                and current.lemma_.lower() in _SPEAKERS_ACTS \
                and not any(c.dep_ == "auxpass" for c in current.children) \
                and any(c.dep_ == "nsubjpass" for c in current.head.children):
            current = current.head.head  # "X said the fire was set by vandals and urged Y to …": the
            continue  # parse joins the call to the reported clause; the speaker calls
        if current.dep_ in ("xcomp", "advcl", "conj", "pcomp", "acomp") and current.head.i != current.i:
            current = current.head  # "is due to appear", "are ready to sign": the copula's subject
            continue
        if current.dep_ == "pcomp" or current.head.dep_ == "prep":
            current = current.head.head
            continue
        break
    return None


def _pobj(token: Token, prepositions: tuple[str, ...], deps: tuple[str, ...] = ("prep",)) -> Token | None:
    """The object of the first of these prepositions, never a time ("on Monday", "for three days")."""
    for child in token.children:
        if child.dep_ in deps and child.lower_ in prepositions:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ in ("DATE", "TIME"):
                # "met with the president Tuesday" parsed as a compound "president Tuesday": the name stands
                obj = next((c for c in reversed(list(obj.children)) if c.dep_ == "compound"
                            and c.ent_type_ not in ("DATE", "TIME") and c.pos_ == "PROPN"), None)
            if obj is not None and obj.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY") \
                    and not re.fullmatch(r"[\d/.:-]+", obj.text):  # "met on 05.04.2018", a date the parse missed
                return obj
    return None


def _mutual(token: Token) -> bool:
    return token.lemma_.lower() in _MUTUAL or token.lower_ in _MUTUAL


def _reciprocal(mention: Mention) -> bool:
    """Whether the event is done together ("A met B", "talks between A and B", "A and B clashed"): its
    source and target are each other's, and event data codes it both ways."""
    if mention.source is None or mention.target is None or not _mutual(mention.trigger):
        return False
    token = mention.trigger
    partners = [c for c in token.subtree if c.dep_ == "conj" and c.head.dep_ in ("nsubj", "pobj")]
    return _pobj(token, ("with", "between")) is not None or bool(partners) or (
        token.pos_ == "VERB" and any(c.dep_ == "dobj" for c in token.children) and token.lemma_.lower() == "meet")


_PLACE_PREPOSITIONS = {"in", "into", "at", "near", "to", "from", "across", "outside", "inside", "around", "throughout"}
_PLACE_WORDS = {"province", "city", "town", "district", "region", "state", "village", "county", "capital",
                "governorate", "prefecture", "island", "area", "port", "municipality"}


def _place(token: Token, positions: dict[int, Entity], home: EventActor | None) -> EventActor | None:
    """The clause's own place ("in Idlib province", "in the town of Kassala"), else the dateline's."""
    scope = token.head if token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") else token
    inner = {t.i for c in scope.children if c.dep_ in ("conj", "advcl", "ccomp", "relcl") for t in c.subtree}
    clause = [t for t in scope.subtree if t.i not in inner]
    for candidate in list(token.subtree) + clause + list(token.sent):
        entity = positions.get(candidate.idx)
        if entity is None or entity.type != "place":
            continue
        head = candidate.head
        while head.dep_ in ("compound", "pobj", "appos") and head.lower_ not in _PLACE_PREPOSITIONS and (
                head.lower_ in _PLACE_WORDS or head.dep_ == "compound" or head.lower_ == "of"):
            head = head.head  # "Idlib province", "the town of Kassala": up to the preposition
        if head.lower_ in _PLACE_PREPOSITIONS or (head.lower_ == "of" and head.head.lower_ in _PLACE_WORDS):
            return event_place(entity)
    return home


_MEMORIAL = {"anniversary", "memory", "commemoration", "remembrance", "legacy", "aftermath", "wake", "anniversaries",
             "memorial", "victims", "survivors", "victim", "survivor", "families", "relatives", "scene", "toll",
             # records of it: "aired footage of the protest on Thursday" (Thursday is the airing's)
             "footage", "video", "videos", "image", "images", "picture", "pictures", "photo", "photos",
             "photograph", "photographs", "recording", "recordings"}
# "visited the scene of the crash on Monday", "helped victims of the attacks on Wednesday": Monday is the visit's
_REMEMBERING = {"commemorate", "remember", "recall", "mourn", "revisit"}


# Acts of justice whose "of"/"with"/"for" phrase names the deed: "convicted in May of robbing a bank", "charged
# on Friday with fraud", "arrested on Monday for stealing a car" — the date is the court's or the police's.
_JUSTICE_ACTS = {"convict", "charge", "accuse", "suspect", "acquit", "arrest", "indict", "jail", "sentence", "try",
                 "prosecute", "detain", "fine", "guilty", "innocent", "conviction", "charges", "accusation",
                 "allegation", "allegations", "trial", "suspicion", "clear"}


def _held_to_account_for(token: Token) -> bool:
    """The deed a charge, a sentence or a conviction is for ("convicted on Friday of the robbery", "jailed in 1979
    on sentences for rape and burglary"): done before, on no day the clause gives."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "for rape, robbery and burglary"
    if token.dep_ in ("pobj", "pcomp") and token.head.lower_ in ("of", "with", "for"):
        holder = token.head.head  # "convicted the man of kidnapping": the phrase may hang on the man
        return holder.lemma_.lower() in _JUSTICE_ACTS or (holder.dep_ in ("dobj", "nsubjpass")
                                                          and holder.head.lemma_.lower() in _JUSTICE_ACTS) or (
            token.head.lower_ == "for" and any(c.dep_ == "dobj" and c.lemma_.lower() in _JUSTICE_ACTS
                                               for c in holder.children)) or (  # "serving ten years' jail for X"
            token.head.lower_ == "of" and holder.pos_ == "NOUN" and holder.i < token.i
            and _held_to_account_for(holder))  # "for arson of a barn, robbery …", the list hung on the first deed
    if token.pos_ != "NOUN" or token.dep_ not in ("appos", "conj"):
        return False
    for word in reversed(token.doc[token.sent.start:token.i]):  # a list the parse broke off: "sentences for rape of
        if word.pos_ in ("VERB", "AUX") and word.dep_ != "amod":  # a child, aggravated rape and burglary"
            return False
        if word.lower_ in ("for", "of", "with") and word.dep_ == "prep" and word.head.lemma_.lower() in _JUSTICE_ACTS:
            return True
    return False


def _remembered(token: Token) -> bool:
    """An event the clause looks back on ("marked the anniversary of the flood on Monday", "mourned the
    massacre on Sunday") or holds someone to account for ("was convicted on Friday of the robbery"): the
    clause's date is the remembering's or the court's, not the event's."""
    if _held_to_account_for(token):
        return True
    if token.pos_ != "NOUN":
        return False
    if token.dep_ == "pobj" and token.head.lower_ == "of" and (token.head.head.lemma_.lower() in _MEMORIAL
                                                                or token.head.head.lower_ in _MEMORIAL):
        return True
    return token.dep_ == "dobj" and token.head.lemma_.lower() in _REMEMBERING


_POSTPONING = {"postpone", "delay", "defer", "reschedule", "push", "move", "put", "set", "extend", "prolong"}


def _put_off_to(noun: Token, timexes: list[Timex]) -> Timex | None:
    """The time an event noun is put off to ("postponed the vote until March", "pushed back the launch to 2021")."""
    verb = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" \
            or verb.lemma_.lower() not in _POSTPONING:
        return None
    if verb.lemma_.lower() in ("push", "move", "put", "set") and not any(
            c.lower_ in ("back", "off") and c.dep_ in ("prt", "advmod") for c in verb.children):
        return None
    new = ("to", "until", "till", "for") if verb.lemma_.lower() == "reschedule" else ("to", "until", "till")
    for prep in (c for c in new_time_preps(verb) if c.lower_ in new):  # "rescheduled for November 17"
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            found = next((t for t in timexes if t.start <= obj.idx < t.end and t.value), None)
            if found is not None:
                return found
    return None


def _acted_on(token: Token) -> bool:
    """An event noun that another act is about ("scuttled the merger talks in June", "condemned the raid on
    Tuesday"): the clause's time is that act's, not the noun's. Verbs that carry the noun's own happening
    ("held talks on Monday", "the request was made in 2010", "the strike began") date it, and are not listed."""
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ in ("on", "about", "over") \
            and token.head.head.pos_ == "VERB":
        return token.head.head.lemma_.lower() in _SPEAKING_OF  # "weighed in on the strike on Monday"
    if token.pos_ == "NOUN" and token.dep_ == "pobj":  # "charged on Wednesday with murder in the shooting death
        # of a clerk": the charging's day, not the death's
        word = token
        while word.dep_ in ("pobj", "prep") and word.head.i != word.i:
            word = word.head
            if word.pos_ == "VERB":
                return word.lemma_.lower() in _ACCUSING and word.i != token.i
        return False
    if token.pos_ != "NOUN" or token.dep_ not in ("dobj", "nsubjpass") or token.head.pos_ != "VERB":
        return False
    if token.head.lemma_.lower() == "receive" and token.lemma_.lower() in _RECEIVED_REACTIONS:
        return False  # "received criticism last month": the criticism came then (hard negative: "received a
        # request for his extradition in June", the request came before)
    return token.head.lemma_.lower() in _ACTING_ON


_RECEIVED_REACTIONS = {"criticism", "praise", "condemnation", "backlash", "flak", "scrutiny", "applause", "acclaim",
                       "complaint", "threat", "abuse", "ovation", "rebuke", "censure"}


# Verbs of the law's reach: the deed they name with "with", "of", "for", "in" has a time of its own.
_ACCUSING = {"charge", "accuse", "convict", "indict", "arrest", "sentence", "jail", "acquit", "suspect", "prosecute",
             "sue", "detain", "fine", "punish", "imprison", "question", "investigate", "blame"}


# Verbs that relate one happening to another: what follows them is the other one, with its own time.
_RELATING = {"follow", "precede", "mark", "coincide", "echo", "recall", "mirror", "succeed", "replace"}
# Verbs of speaking about something: what they speak on or about has a time of its own.
_SPEAKING_OF = {"weigh", "comment", "speak", "talk", "write", "report", "testify", "tweet", "post", "remark",
                "reflect", "elaborate", "brief", "opine", "rule"}
# Verbs of reaction and stance: their object is an event with a time of its own. Verbs that stop an event
# (cancel, block, scuttle) are its fate and date it, as its modality says ("the meeting was blocked on Wednesday").
_ACTING_ON = {"condemn", "criticise", "criticize", "denounce", "deplore", "decry", "slam", "welcome", "praise", "hail",
              "applaud", "oppose", "reject", "boycott", "mourn", "investigate", "probe", "discuss", "debate",
              "describe", "recall", "deny", "confirm", "question", "challenge", "appeal", "overturn", "annul",
              "defend", "justify", "blame", "protest", "dismiss",
              "blast", "rip", "lambast", "lambaste", "assail", "mock", "ridicule",  # "blasted the probe on Friday"
              "celebrate", "commemorate", "mark", "remember", "honour", "honor",  # "celebrated the launch" of 1981
              "rule", "uphold", "lift", "declare", "deem",  # "the ban was ruled illegal on Monday": the ruling's day
              "reveal", "disclose", "expose", "uncover", "leak",  # "revealed the glitch this weekend": found then
              "approve", "grant", "accept", "receive", "refuse", "veto"}  # "approved a request
# for his extradition in June": the request came before


def _date(token: Token, timexes: list[Timex], lexicon: EventLexicon | None = None) -> EventDate | None:
    if token.lemma_.lower() in ("fire", "flame", "flames") and token.dep_ == "pobj" and token.head.lower_ == "on" \
            and token.head.head.lemma_.lower() == "set":
        token = token.head.head  # "were set on fire on Monday": the setting's time
    sentence = token.sent
    put_off = _put_off_to(token, timexes)
    if put_off is not None:  # "moved the opening back to June": the opening's new time
        return EventDate(put_off.value, Span(put_off.start, put_off.end, put_off.text), _precision(put_off.value),
                         put_off.rule)
    when = _when_of_time(token, timexes)
    if when is not None and when.value:  # "back in the spring of 1998, when the mill tried to sell it": the time it
        # hangs on; a time with no calendar value dates nothing
        return EventDate(when.value, Span(when.start, when.end, when.text), _precision(when.value), when.rule)
    # a point or stretch of the calendar; "now", "recently", "in the past" (PRESENT_REF, PAST_REF) date nothing
    inside = [t for t in timexes if sentence.start_char <= t.start < sentence.end_char
              and t.type in ("DATE", "TIME") and t.value and not t.value.endswith("_REF")]
    inside = [t for t in inside if not _year_of_a_work(token, t)]
    if token.dep_ == "pobj" and token.head.lower_ == "pending":  # "suspended on Monday pending a review": the
        inside = [t for t in inside if token.left_edge.idx <= t.start < token.right_edge.idx + 1]  # review's own
    if token.pos_ == "VERB":  # "accused the mayor of taking bribes in 2018": the year is the bribes', not the charge's
        deeds = [w for c in token.subtree if _deed_phrase(c) and c.head.i in (token.i, *(
            g.i for g in token.children if g.dep_ == "dobj")) for w in c.subtree]
        if deeds:
            inside = [t for t in inside if not any(w.idx <= t.start < w.idx + len(w.text) for w in deeds)]
    closing = next((t for t in inside if _ends_phrase(token, t)), None)
    if closing is not None:  # "the break-in at the depot, which housed …, on June 17": the break-in's day
        return EventDate(closing.value, Span(closing.start, closing.end, closing.text), _precision(closing.value),
                         closing.rule)
    if token.dep_ == "nsubj" and token.head.lemma_.lower() in _RELATING:  # "the announcement follows a visit in
        # 2017": the time after the verb is the visit's
        inside = [t for t in inside if t.start < token.head.idx]
    if _remembered(token):  # a calendar date, not the remembering's "on Monday": "the anniversary of her death in 1987"
        phrase = token.doc[token.left_edge.i:token.right_edge.i + 1]  # or the deed's own: "accused of killing a
        inside = [t for t in inside if (t.anchor == "absolute" and not _held_to_account_for(token))
                  or phrase.start_char <= t.start < phrase.end_char]
        # clerk on May 3"; but a charge's or a sentence's year is the court's ("jailed in 1979 for burglary")
    elif token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.head.pos_ == "NOUN" and lexicon is not None \
            and token.head.lower_ in ("of", "on", "over", "into", "about", "for", "against") \
            and lexicon.sense(token.head.head) is not None:
        phrase = token.doc[token.left_edge.i:token.right_edge.i + 1]  # "a debate of this race on Friday":
        inside = [t for t in inside if phrase.start_char <= t.start < phrase.end_char]  # the debate's day
    elif _acted_on(token) or _time_anchor(token):  # "scuttled the merger talks in June": June is the scuttling's
        # not the talks'; "sold out on Friday ahead of the final": the final is later
        phrase = token.doc[token.left_edge.i:token.right_edge.i + 1]
        inside = [t for t in inside if phrase.start_char <= t.start < phrase.end_char or _ends_phrase(token, t)]
    if token.pos_ == "VERB":  # "the refit, originally due in the autumn, will be delayed": not the delay's time
        inside = [t for t in inside if not _old_schedule(token.doc, t)]
        described_parties = [w for c in token.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")
                             for a in c.children if a.dep_ == "appos" for w in a.subtree]
        if described_parties:  # "placed Thomas, its leading rusher in 2009, on injured reserve": who he is, not
            # when he was placed (hard negative: "placed Thomas on injured reserve in 2009")
            inside = [t for t in inside if not any(w.idx <= t.start < w.idx + len(w.text) for w in described_parties)]
    if token.pos_ == "VERB" and token.dep_ == "relcl":  # "aid handed out on Monday to survivors of a quake that
        # killed ten": Monday is the aid's; a relative clause keeps to its own times (hard negative: "a quake that
        # struck on Sunday"); a time put first sets the whole scene ("On Friday, fishermen rescued people whose
        # boat sank")
        inside = [t for t in inside if token.left_edge.idx <= t.start <= token.right_edge.idx
                  or (t.start < token.sent.root.idx and token.head.lemma_.lower() not in _MOMENTS)
                  or (token.head.head.lemma_ == "be" and (cleft := _cleft(token.head.head)) is not None
                      and cleft.i == token.i)]
        # but "told jurors on Friday about the moment she was shot": a moment of its own, recalled; a cleft's
        # act takes the copula's time ("it was a fire that closed the mill, in 1998")
    described = token if token.pos_ == "VERB" else next((a for a in token.ancestors if a.pos_ == "VERB"), None)
    if described is not None and described.dep_ == "acl" and described.tag_ in ("VBN", "VBG") \
            and described.head.dep_ in ("nsubj", "nsubjpass", "pobj") and described.head.head.i != described.i:
        inside = [t for t in inside if described.left_edge.idx <= t.start <= described.right_edge.idx
                  or t.start < described.sent.root.left_edge.idx]  # "video of a mother shot in a gang shooting was
        # released Thursday": Thursday is the release's, not the shooting's (hard negative: "a man arrested on
        # Monday", the participle's own time)
    if token.pos_ == "VERB" and _of_a_moment(token):  # "watched video of the moment that she was shot", however
        inside = [t for t in inside if token.left_edge.idx <= t.start <= token.right_edge.idx]  # the parse hangs it
    inside = [t for t in inside if not _compared_period(token.doc, t)]
    inside = [t for t in inside if not _of_another_noun(token, t, lexicon) and not (
        _since(token.doc, t) and not _stretch(token) and not (
            token.dep_ == "dobj" and _stretch(token.head))) and not (_until(token.doc, t) and not _negated(token))]
    # "has faced criticism since Monday": a stretch the noun names, begun then
    if token.dep_ == "xcomp" and token.head.tag_ == "VBD" and _to_infinitive(token):
        inside = [t for t in inside if not _told_past(t) and not (
            _governor(token.doc, t) == token.head.i and not token.left_edge.idx <= t.start <= token.right_edge.idx)]
        # "agreed to buy its rival last week", "agreed in February to buy it": the agreeing's time, not the buying's
        # (hard negative: "agreed to meet on Friday", the meeting's day)
    if token.pos_ == "VERB":  # "announced a ceremony to be held on 3 June": the day is the ceremony's
        content = {w.i for c in token.children if c.dep_ in ("ccomp", "xcomp") for w in c.subtree}
        past = [t for t in inside if token.tag_ == "VBD" and any(
            c.dep_ == "xcomp" and _to_infinitive(c) and c.left_edge.idx <= t.start <= c.right_edge.idx and (
                _told_past(t) or (token.lemma_.lower() in DECIDERS and c.lemma_.lower() in DECIDED_IN_DECIDING))
            for c in token.children)]  # "agreed to buy its rival last week": a time told as past dates the agreeing;
        # "voted to repeal the ordinance on Monday": repealed in the vote, whose day it is
        if token.lemma_.lower() in _POSTPONING:  # "pushed back the match to Sunday": Sunday is the match's
            new_times = [range(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
                         for c in new_time_preps(token) if c.lower_ in ("to", "until", "till")
                         or (c.lower_ == "for" and token.lemma_.lower() == "reschedule")]
            inside = [t for t in inside if not any(t.start in r for r in new_times)]
        content |= _reporters(token) - _announced_done(token)  # "announced on Monday that it will shut the line":
        # Monday is the announcing's
        content |= {w.i for p in token.children if p.dep_ == "prep" and p.lower_ in ("with", "of", "for", "over")
                    for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG" for w in g.subtree}
        # "charged with killing a clerk on May 3", "convicted of stabbing a guard in 1999": the crime's day
        inside = [t for t in inside if t in past or (_governor(token.doc, t) not in content
                  and not (_other_clause(token, _governor(token.doc, t)) and not _fronted_over(token, t))
                  and not _aside(token, _governor(token.doc, t)))]
    clause = token if token.pos_ == "VERB" else next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if clause is not None and token.pos_ != "VERB":  # "warned that an outbreak could follow": the warning's day
        reporting = _reporters(clause)
        if clause.lemma_.lower() in ("emerge", "surface") and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in _NEWS_OF and c.left_edge.i <= token.i <= c.right_edge.i
                for c in clause.children):
            reporting.add(clause.i)  # "details of the shooting emerged on Sunday": the news's day, not the shooting's
        inside = [t for t in inside if _governor(token.doc, t) not in reporting]
    if clause is not None:  # "the minister, who arrived on Monday, resigned": Monday is the arrival's
        mine = {w.i for w in token.subtree} if token.pos_ == "NOUN" else set()  # "the flight, which leaves June 28"
        if token.pos_ == "NOUN" and token.dep_ in ("nsubj", "nsubjpass") and token.head.i == clause.i:
            mine |= {w.i for c in clause.children if c.dep_ == "xcomp" for w in c.subtree}  # "the ferry
            # service is due to resume in late 2027": the noun's own happening is what the infinitive tells
            inside = [t for t in inside if not _other_clause(clause, _governor(token.doc, t))]
        inside = [t for t in inside if _governor(token.doc, t) in mine or not (
            _below(clause, _governor(token.doc, t))
            or (token.pos_ != "VERB" and _aside(clause, _governor(token.doc, t))))]
        # "the council chose to stream the hearing, once a bylaw had passed in 2023": the year is the bylaw's
    if token.pos_ == "NOUN":  # "talks on the contract, which expires next year": the year is the contract's
        inside = [t for t in inside if not _clause_of_another_noun(token, _governor(token.doc, t))]
        deeper = {w.i for c in token.subtree if c.dep_ in ("acl", "relcl") and c.head.i != token.i
                  and c.pos_ in ("VERB", "AUX") and c.lemma_.lower() not in _TIMETABLED | _COMPLETIONS
                  for w in c.subtree}
        deeper |= {w.i for c in token.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("since", "before", "after", "until", "till") for m in c.children)
            for w in c.subtree}  # "the biggest protest since the premier took office last October": his October
        inside = [t for t in inside if _governor(token.doc, t) not in deeper]  # "an inquiry into a claim made
        # against him in 2010": the year the claim was made
        aims = {w.i for c in token.children if c.dep_ == "acl" and _to_infinitive(c) for w in c.subtree}
        inside = [t for t in inside if _governor(token.doc, t) not in aims or _told_past(t)]  # "the decision to
        # travel on Thursday": Thursday is the journey's; "her decision to leave the label last fall": the deciding
        # too, a past the decision cannot lie after
    if clause is not None and clause.dep_ == "relcl" and (
            _tense_apart(clause) or _aside_on_someone(clause) or _of_a_moment(clause)):  # "a skipper who is the
        # subject of a manhunt was charged on Thursday": a relative clause in another tense is told apart from its
        # sentence's time (hard negative: "rescued 70 people whose boat sank": the same day)
        inside = [t for t in inside if clause.left_edge.idx <= t.start <= clause.right_edge.idx]
    if not inside:
        return _reported_perfect(token, timexes)
    anchor = token if token.pos_ == "VERB" else token.head
    # the verb's own time ("on Monday") before a date inside its object ("cancelled the March 5 election")
    own = token.doc[token.left_edge.i:token.right_edge.i + 1] if token.pos_ == "NOUN" else None
    # a noun's own phrase ("the meeting planned for Thursday was called off on Tuesday") before its clause's time
    best = min(inside, key=lambda t: (own is not None and not own.start_char <= t.start < own.end_char
                                      and not _ends_phrase(token, t),
                                      _governor(token.doc, t) != anchor.i,
                                      token.pos_ == "VERB" and _dates_verb(token.doc, t) != anchor.i,
                                      abs(t.start - token.idx)))
    finer = [t for t in inside if t is not best and t.value and best.value and len(t.value) > len(best.value)
             and "fuzzy" in (best.rule or "")
             and t.value.startswith(best.value) and _governor(token.doc, t) == _governor(token.doc, best)]
    if finer:  # "at the close of the month, on May 30": the day the same clause names within that month
        best = finer[0]
    counted = offset_from(doc_text(token.doc)[max(0, best.start - 40):best.start], best.value or "")
    if counted is not None:  # "launches two days before June 17": the day counted back from the time told
        start = best.start - counted[1]
        return EventDate(counted[0], Span(start, best.end, doc_text(token.doc)[start:best.end]), _precision(counted[0]),
                         "rule:counted_from_date")
    precision = _precision(best.value)
    expression = Span(best.start, best.end, best.text)
    return EventDate(best.value, expression, precision, best.rule)


_PAST_WORDS = re.compile(r"\b(?:last|ago|yesterday|earlier|previous|past)\b", re.IGNORECASE)


def _year_of_a_work(token: Token, timex: Timex) -> bool:
    """ "1972's Toulouse Street", "2016's hit film": a year worn as a possessive names a work or a thing, and dates
    only the noun it belongs to (hard negative: "the 2016 election" inside the event noun's own phrase)."""
    text = doc_text(token.doc)
    if not re.fullmatch(r"(?:1[89]|20)\d\d", timex.text) or text[timex.end:timex.end + 2] not in ("'s", "’s"):
        return False
    return not token.left_edge.idx <= timex.start < token.right_edge.idx + len(token.right_edge.text) \
        or token.pos_ == "VERB"


def _told_past(timex: Timex) -> bool:
    """A time whose own words place it before now ("last week", "two days ago", "yesterday"): it cannot date
    what an infinitive plans (hard negative: "agreed to meet on Friday", the meeting's day)."""
    return timex.anchor != "absolute" and bool(_PAST_WORDS.search(timex.text))


def _compared_period(doc: Doc, timex: Timex) -> bool:
    """"Net income rose to $6 million, compared with $4 million a year earlier", "more than in 2019": the period a
    figure is set against, not the time of the result."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return False
    return any(a.lemma_.lower() == "compare" or (a.dep_ == "prep" and a.lower_ in ("than", "versus", "vs", "vs."))
               or (a.dep_ == "prep" and a.lower_ == "from" and any(  # "grew to 25% from 20% last year"
                   g.dep_ == "pobj" and (g.like_num or g.ent_type_ in ("PERCENT", "MONEY", "CARDINAL"))
                   for g in a.children))
               for a in span.root.ancestors)


def _told_in_past(verb: Token) -> bool:
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a in ("was", "were", "had", "did") for a in auxiliaries):
        return True
    return verb.tag_ in ("VBD", "VBN") and not any(a in ("is", "are", "am", "has", "have", "will", "'s", "'re")
                                                  for a in auxiliaries)


def _tense_apart(relative: Token) -> bool:
    """A relative clause told in another tense than the clause it hangs on ("who is wanted … was charged")."""
    main = next((a for a in relative.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return main is not None and _told_in_past(relative) != _told_in_past(main)


def _to_infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


_ONCE = {"originally", "initially", "previously", "formerly", "first"}


def _old_schedule(doc: Doc, timex: Timex) -> bool:
    """A time told as a schedule given up ("the refit, originally due in the autumn, will be delayed until May"):
    the refit's old time, not the delaying's (hard negative: "due in December" alone)."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return False
    for word in [span.root, *span.root.ancestors]:
        if any(c.dep_ == "advmod" and c.lower_ in _ONCE for c in word.children) and (
                word.lemma_.lower() in ("due", "schedule", "plan", "set", "slate", "expect", "intend", "timetable")):
            return True
        if word.pos_ == "VERB" and word.dep_ not in ("acl", "amod", "relcl", "appos"):
            return False
    return False


def _clause_of_another_noun(noun: Token, governor: int | None) -> bool:
    """The time sits in a clause describing another noun inside this noun's phrase ("talks on the lease, which ends
    in 2027"), not in one describing the noun itself ("the talks, which were held on Monday")."""
    if governor is None:
        return False
    word = noun.doc[governor]
    while word.i != noun.i and word.head.i != word.i:
        if word.pos_ in ("VERB", "AUX") and word.dep_ == "relcl" and word.head.i != noun.i \
                and word.lemma_.lower() not in _COMPLETIONS:
            return noun.is_ancestor(word)  # a relative clause only: a participle's attachment is too often wrong
        if word.dep_ == "relcl" and word.head.i == noun.i and _agrees_with_nearer(noun, word):
            return True
        word = word.head
    return False


def _agrees_with_nearer(noun: Token, clause: Token) -> bool:
    """A relative clause the parse hangs on the event noun whose verb agrees in number only with a nearer noun of
    the phrase ("talks on the lease, which ends in 2027": "ends" is the lease's), not with the noun itself
    (hard negative: "talks on the lease, which began on Monday", no number to tell them apart)."""
    nearer = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > noun.i else None
    while nearer is not None and nearer.is_punct and nearer.i > noun.i:
        nearer = nearer.doc[nearer.i - 1]
    if nearer is None or nearer.i <= noun.i or nearer.pos_ not in ("NOUN", "PROPN") or not noun.is_ancestor(nearer):
        return False
    verbs = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
    finite = next((v for v in verbs if v.tag_ in ("VBZ", "VBP") or v.lower_ in ("was", "were")), None)
    if finite is None:
        return False
    singular = finite.tag_ == "VBZ" or finite.lower_ == "was"
    return noun.tag_ in ("NNS", "NNPS") if singular else noun.tag_ in ("NN", "NNP") and nearer.tag_ in ("NNS", "NNPS")


def _when_of_time(token: Token, timexes: list[Timex]) -> Timex | None:
    """The time a "when" relative clause describes ("in 1998, when the mill tried to sell it", "on Monday,
    when talks broke down"): the clause's happening is at that time, whatever other times the sentence holds."""
    clause = token if token.pos_ == "VERB" else next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    while clause is not None and clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head  # "when the studio tried to buy it": "buy" is in "tried"'s clause
    if clause is None or clause.dep_ not in ("relcl", "advcl") or not any(
            c.dep_ == "advmod" and c.lower_ == "when" and c.i < clause.i for c in clause.children):
        return None
    head = clause.head
    own = next((t for t in timexes if t.type in ("DATE", "TIME") and t.value and t.value[:1].isdigit()
                and t.start <= head.idx < t.end), None)
    when = next(c for c in clause.children if c.dep_ == "advmod" and c.lower_ == "when" and c.i < clause.i)
    before = token.doc[when.i - 2] if when.i >= 2 and token.doc[when.i - 1].text == "," else None
    if own is None and before is not None and before.pos_ == "NUM":  # "…, in 1998, when the mill closed", the
        own = next((t for t in timexes if t.type in ("DATE", "TIME") and t.value and t.value[:1].isdigit()
                    and t.start <= before.idx < t.end), None)  # clause hung on the verb, not on the year
    for noun in (head, before):  # "the May 3 meeting, when the mayor asked …" (however the parse hangs the clause)
        if own is None and noun is not None and noun.pos_ == "NOUN":
            own = next((t for t in timexes if t.type in ("DATE", "TIME") and t.value and t.value[:1].isdigit()
                        and noun.left_edge.idx <= t.start < noun.idx), None)
    return own


def _below(clause: Token, governor: int | None) -> bool:
    """The time belongs to a clause hung under this one (a relative clause, a participle, a complement): "the
    minister, who arrived on Monday, resigned", "unveiled the sequel, slated for cinemas in June"."""
    if governor is None or governor == clause.i:
        return False
    word = clause.doc[governor]
    if word.dep_ == "prep":  # "following the refit last month": a participle used as a preposition
        return _below(clause, word.head.i) if word.head.i != word.i else False
    if word.dep_ in ("acl", "relcl") and word.lemma_.lower() in ("begin", "start") and word.head.dep_ == "pobj" \
            and word.head.head.lower_ in ("in", "during", "amid") and word.head.head.head.i == clause.i:
        return False  # "detained in a sweep beginning on July 9": the sweep's start is the detentions' time
    if word.dep_ == "advcl" and word.head.i == clause.i and word.lemma_.lower() in OUTCOMES and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in word.children):
        return False  # "scored twice to lead the Rovers past the Town on Tuesday": the outcome's night is the goals'
    if word.dep_ == "relcl" and (word.lemma_.lower() in _OCCURRENCE_VERBS or (
            word.lemma_.lower() == "take" and any(c.lower_ == "place" for c in word.children))):
        return False  # "the derailment, which happened on Monday, was blamed on …": the occasion's time is the clause's
    bounded = False
    while word.head.i != word.i and word.i != clause.i:
        if word.dep_ == "advcl" and any(c.lower_ in _AT_THE_TIME for c in word.children
                                        if c.dep_ in ("mark", "advmod")):
            return False  # "was lost when it disintegrated on 1 February": one time for both
        bounded = bounded or (word.dep_ in _CLAUSE_BOUNDS and (word.dep_ != "conj" or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in word.children) or (any(
                c.dep_ in ("aux", "auxpass") for c in word.children) and word.lemma_.lower() in _PLANNING_WORDS)))
        # "is being held and is scheduled to appear in court Friday": Friday is the plan's; not "forced them to
        # leave on Monday": one
        # act; nor "stormed the base and burned two trucks on Monday": one subject, one sequence, one time
        word = word.head
    return word.i == clause.i and bounded


_PLANNING_WORDS = {"schedule", "set", "due", "expect", "plan", "slate"}
_CLAUSE_BOUNDS = {"relcl", "acl", "advcl", "ccomp", "csubj", "parataxis", "conj"}


def _aside(verb: Token, governor: int | None) -> bool:
    """The time's verb hangs off another branch of the sentence — neither this verb, nor above it, nor below
    it: "the bakery, which plans to close shops this week, confirmed it had been contacted" (this week is the
    layoffs')."""
    if governor is None or governor == verb.i:
        return False
    word = verb.doc[governor]
    return not (word.is_ancestor(verb) or verb.is_ancestor(word))


def _fronted_over(verb: Token, timex: Timex) -> bool:
    """ "A year on he was sacked and he set up a rival club", "In 1996 she sold the firm and he retired": a time
    put first in the sentence sets the scene for every clause joined to the first with "and" (hard negative: "the
    bridge may reopen in March, and the toll ends in 2028", a time inside one clause)."""
    if verb.dep_ != "conj" or not any(c.dep_ == "cc" and c.lower_ == "and" for c in verb.head.children):
        return False
    first = verb.head
    subject = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and timex.end <= subject.left_edge.idx \
        and timex.start <= verb.sent.start_char + 4  # at the sentence's head ("In 1996, …")


def _other_clause(verb: Token, governor: int | None) -> bool:
    """ "The council had agreed to lease 40 buses, but in 2019 a bribery row broke out": a time in a clause
    conjoined with its own subject (or set beside it after a semicolon) is that clause's, not the first one's. A
    time on the main clause still dates what hangs on it ("in 2018 the bakery sold more cakes, prompting a price
    war"; "was arrested on Monday and charged")."""
    if governor is None or governor == verb.i:
        return False
    doc = verb.doc
    if verb.dep_ == "conj" and governor == verb.head.i and any(c.dep_ in ("nsubj", "nsubjpass")
                                                               for c in verb.children):
        return True  # "the bridge may reopen in March, and the toll is due to end in 2028"
    if any(a.i == governor for a in verb.ancestors):
        return False
    word = doc[governor]
    ancestors = {a.i for a in verb.ancestors} | {verb.i}
    while word.i not in ancestors and word.head.i != word.i:
        if word.dep_ == "parataxis" or (word.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass")
                                                                     for c in word.children)):
            return True
        word = word.head
    return False


_ANNOUNCING_DONE = {"announce", "confirm", "reveal", "disclose"}


def _announced_done(verb: Token) -> set[int]:
    """ "Announced on Monday that the skipper has been dismissed": a present perfect announced as just done happened by
    the announcing's day, which dates it (hard negatives: "announced on Monday that it will shut the line", "said on
    Monday that the plan had been approved": to come, or told as done before)."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _ANNOUNCING_DONE or not any(
            c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children):
        return set()
    return {verb.head.i}


def _reported_perfect(verb: Token, timexes: list[Timex]) -> EventDate | None:
    """ "Said on Thursday it has filed a complaint", "announced Monday that it has bought the yard": a deed told in
    the present perfect as news on a given day is done by that day, and the wire dates it so (hard negatives: "said
    on Thursday it had filed", a past before the saying; "said on Thursday it will file", ahead; "has sold two
    million since 2015", the deed's own time)."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or not any(
            c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in verb.children):
        return None
    said = verb.head
    if verb.dep_ != "ccomp" or said.tag_ != "VBD" or said.lemma_.lower() not in _reporting_verbs():
        return None
    if said.i > verb.i:  # "the firm has bought the yard, it said on Monday": the saying's own day
        day = next((t for t in timexes if t.type == "DATE" and t.value and len(t.value) == 10
                    and _governor(verb.doc, t) == said.i and t.start > verb.right_edge.idx), None)
        return EventDate(day.value, Span(day.start, day.end, day.text), _precision(day.value),
                         "rule:reported_perfect") if day is not None else None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i < said.i:
        return None
    opens = subject.left_edge.idx  # "said on Thursday it has …": the day between the saying and its clause
    day = next((t for t in timexes if t.type == "DATE" and t.value and len(t.value) == 10 and (
        said.idx < t.start < opens or (_governor(verb.doc, t) == said.i and not opens <= t.start))), None)
    if day is None:
        return None
    return EventDate(day.value, Span(day.start, day.end, day.text), _precision(day.value), "rule:reported_perfect")


def _reporters(verb: Token) -> set[int]:
    """The verbs whose clausal content ``verb`` is ("said on Monday that …", "announced Tuesday it had …"): their
    time is when the words were said, not when what they tell happens."""
    found: set[int] = set()
    word = verb
    while word.head.i != word.i:
        if word.dep_ == "ccomp" and word.head.lemma_.lower() in _reporting_verbs():
            found.add(word.head.i)  # not "caused a crane to fall": a cause's time is its effect's
        elif found:
            found.add(word.head.i)  # "protested on Monday, warning that an outbreak could follow": above the
            # words that carry it, no verb's time is the content's
        word = word.head
    return found


@lru_cache(maxsize=1)
def _reporting_verbs() -> frozenset[str]:
    return frozenset(r["lemma"] for r in load("cues.tsv") if r["pos"] in ("verb", "clause"))


def _of_another_noun(token: Token, timex: Timex, lexicon: EventLexicon | None = None) -> bool:
    """ "Saturday's brawl in the car park led to bans", "the March 5 election was cancelled", "in the weeks
    before the 2030 census": a date that modifies a noun dates that noun's happening, not the trigger's; so does
    a date in an event noun's own phrase ("since her retirement in 2011", "after the vote on Monday")."""
    span = token.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ in ("pobj", "compound", "npadvmod", "nmod") and (
            (root.head.lower_ in ("of", "for") and root.head.head.lemma_.lower() in _DEADLINES)
            or root.head.lemma_.lower() in _DEADLINES) and token.lemma_.lower() not in _DEADLINES:
        return True  # "set a deadline of Tuesday", "a Friday deadline": the day the deadline falls on, not the setting
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ in ("in", "on") and lexicon is not None:
        noun = root.head.head  # but "after a trial in October, a jury convicted him": October is near enough;
        if noun.lemma_.lower() in _AGREED_THINGS and noun.head.head.i == token.i and token.lemma_.lower() == "agree":
            return False  # "agreed on a ceasefire on Monday": the deal agreed is the agreeing, its day the act's
        # "was opened at a ceremony on 4 May", "spoke at a rally on Monday": the occasion's time is the act's
        return noun.i != token.i and noun.pos_ == "NOUN" and noun.dep_ == "pobj" \
            and (noun.head.lower_ not in ("after", "following", "during", "at", "amid", "in")
                 or noun.head.head.pos_ in ("NOUN", "PROPN")) and not any(
            t.i == token.i for t in noun.subtree) and lexicon.sense(noun) is not None
    if root.dep_ not in ("poss", "compound", "nmod", "amod", "nummod") or root.head.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = root.head
    if noun.lemma_.lower() in _WORDS_VENUES and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during") \
            and noun.head.head.i == token.i:
        return False  # "in a March 5 memo, the union pleaded …", "in a Tuesday statement, it denied …": one act
    if noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during", "in", "amid") and noun.head.head.i == token.i:
        return _followed_up(token, noun)  # "at last week's hearing, two witnesses backed the plan", "disappeared
        # in a 2021 raid": the occasion's day is the act's; not "arrested in Saturday's killing" (what followed it)
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == token.i and (noun.lemma_.lower() in _BOOKS
                                                                           or noun.lower_ in _BOOKS):
        return False  # "third-quarter net income fell 22%": the period a result is for dates the result
    if (noun.lemma_.lower() in _BOOKS or noun.lower_ in _BOOKS) and token.pos_ == "VERB" and _reported_result(
            token, noun):
        return False  # "posted a 38% fall in second-quarter profit", "reported first-half earnings": the same
    return noun.i != token.i and noun.lower_ not in _TIME_NOUNS  # "yesterday afternoon" is one time


def _reported_result(verb: Token, noun: Token) -> bool:
    """The figure is what the verb reports: its object, or the object's "in"/"of" phrase ("posted a drop in
    profit") — not a figure told beside the act ("cut jobs after a loss")."""
    word = noun
    while word.head.i != verb.i:
        if word.dep_ not in ("pobj", "conj", "appos", "compound") or (
                word.dep_ == "pobj" and word.head.lower_ not in ("in", "of")):
            return False
        word = word.head if word.dep_ != "pobj" else word.head.head
        if word.i == word.head.i:
            return False
    return word.dep_ == "dobj"


# What follows an incident and is told as "in" it: the hunt, the questioning, the arrest, the charges and the trial.
_FOLLOW_UPS = {"arrest", "charge", "question", "questioning", "interrogation", "interrogate", "convict", "conviction",
               "indict", "indictment", "try", "trial", "sentence", "investigate", "investigation", "inquiry", "probe",
               "manhunt", "search", "detain", "detention", "want", "seek", "suspect", "prosecute", "prosecution",
               "identify", "name"}


def _followed_up(act: Token, incident: Token) -> bool:
    """ "Arrested in Saturday's killing", "wanted for questioning in last month's shooting": the day is the
    incident's, and the arrest or questioning came later (hard negative: "killed in Saturday's attack", "arrested
    in a 2021 raid": the occasion's day is the act's)."""
    return act.lemma_.lower() in _FOLLOW_UPS and incident.lemma_.lower() in INCIDENTS


# What a firm's or an economy's books report for a period.
_BOOKS = {"income", "profit", "earnings", "revenue", "sales", "net", "loss", "turnover", "margin", "output", "exports",
          "imports", "gdp", "gnp", "shipments", "orders", "spending", "deficit", "surplus"}


_TIME_NOUNS = {"morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year", "hours",
               "time", "date", "period", "season", "quarter"}


def _governor(doc: Doc, timex: Timex) -> int | None:
    """The verb a time expression belongs to: "who was elected on Monday" keeps Monday from "visited"."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return None
    interrupted = _interrupted_phrase(span.root)
    for word in [span.root, *span.root.ancestors] if interrupted is None else [interrupted, *interrupted.ancestors]:
        if word.pos_ == "VERB" and word.dep_ == "acl" and word.tag_ == "VBG" and word.lemma_.lower() in _GARB \
                and word.head.head.pos_ in ("VERB", "ADP"):
            continue  # "abducted by gunmen wearing uniforms in the capital in August 2016": what the gunmen wore
            # has no time of its own; the parse hangs the act's on it
        if word.pos_ in ("VERB", "AUX") and not false_participle(word) and not _position_name(word):
            said = word.head
            if word.dep_ == "ccomp" and said.i < span.start and said.lemma_.lower() in _reporting_verbs() and all(
                    w.lower_ == "on" for w in doc[said.i + 1:span.start]) \
                    and ((span.root.dep_ == "npadvmod" and span.root.head.i == word.i) or (
                        span.root.dep_ == "pobj" and span.root.head.lower_ == "on"
                        and span.root.head.head.i == word.i)) \
                    and not any(c.dep_ == "mark" for c in word.children):
                return int(said.i)  # "officials said Monday the victim had …": the parse hangs the day on what
                # was said; it is the saying's (hard negative: "said the victim died Monday")
            taken_on = stand_in(word) if word.pos_ == "VERB" else None
            return int(word.i if taken_on is None else taken_on.i)
    return None


def _aside_on_someone(clause: Token) -> bool:
    """A relative clause set off by commas that tells who someone is ("Tom Hale, a fundraiser who helped pay the
    burglars, was found dead on Saturday"): the person's past, not the day of the sentence's news (hard negative:
    "rescued 70 people whose boat sank", one scene)."""
    doc = clause.doc
    holder = clause.head
    if holder.dep_ == "appos":
        holder = holder.head
    left = clause.left_edge.i
    opener = doc[left - 1] if left >= 1 else None
    set_off = opener is not None and opener.text == ","
    if not set_off and not (clause.head.dep_ == "appos" and doc[clause.head.left_edge.i - 1].text == ","):
        return False
    return holder.ent_type_ == "PERSON" or _person(holder)


def _ends_phrase(noun: Token, timex: Timex) -> bool:
    """The time closes the noun's own phrase after a relative clause between commas (see ``_interrupted_phrase``)."""
    if noun.pos_ != "NOUN":
        return False
    span = noun.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    described = _interrupted_phrase(span.root) if span is not None else None
    if described is None:
        return False
    verb = next((a for a in described.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return noun.left_edge.i <= described.i <= noun.right_edge.i or (
        noun.dep_ in ("dobj", "nsubjpass") and verb is not None and noun.head.i == verb.i and noun.i < described.i)
    # "investigating the break-in at the depot, …": the place hangs on the verb beside its object


def _interrupted_phrase(root: Token) -> Token | None:
    """A time phrase set after a relative clause between commas ("investigating the break-in at the depot, which
    housed the union's offices, on June 17, 1992"): the parse hangs it on the sentence's verb, but it ends the
    phrase the clause interrupted — the noun the clause describes, when that noun sits in another clause below the
    verb. A time after a clause on the verb's own object stays the verb's ("met the envoy, who flew in, on Monday")."""
    prep = root.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else None
    if prep is None or prep.i < 2 or prep.head.pos_ not in ("VERB", "AUX") or prep.doc[prep.i - 1].text != ",":
        return None
    before = prep.doc[prep.i - 2]
    clause = next((a for a in [before, *before.ancestors] if a.dep_ == "relcl" and a.right_edge.i == before.i), None)
    if clause is None or clause.head.i < prep.head.i or clause.left_edge.i < 1 \
            or prep.doc[clause.left_edge.i - 1].text != ",":
        return None
    described = clause.head
    verb = next((a for a in described.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return described if verb is not None and verb.i != prep.head.i else None


_TIME_LINKS = {"npadvmod", "advmod", "tmod", "obl", "nmod:tmod"}
_AT_THE_TIME = {"when", "as", "while"}
_TENSES = {"VBD": "past", "VBN": "past", "VBZ": "present", "VBP": "present", "VB": "base", "VBG": "ing"}


def _projection(mention: Mention, article: Article | None) -> bool:
    """ "would rise by 2050", "found that yields fell by 2050": a dated clause that tells no happening."""
    return mention.modality == "hypothetical" or (mention.modality == "happened" and (
        mention.date is None or (_after(mention.date, _published(article)) and not _timetable(mention.trigger))))


def _timetable(verb: Token) -> bool:
    """ "The council approves the budget on Monday": a simple present with a day ahead tells what is timetabled
    (hard negative: "found that yields fell by 2050", a past reading of a later date)."""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
        and any(t.ent_type_ in ("DATE", "TIME") and t.head.i in (verb.i, *(c.i for c in verb.children))
                for t in verb.subtree)


def _share_dates(doc: Doc, dated: set[int]) -> set[int]:
    """A clause at the same time as a dated one has its date: "was lost when it exploded on 28 January", "was
    arrested on Monday and charged"; a clause with a time of its own keeps it."""
    shared = set(dated)
    for i in dated:
        verb = doc[i]
        for other in [*verb.children, verb.head]:
            if other.pos_ != "VERB" or other.i in dated or other.i == i:
                continue
            lower, upper = (other, verb) if other.head.i == verb.i else (verb, other)
            joined = lower.dep_ == "conj" and _TENSES.get(lower.tag_) == _TENSES.get(upper.tag_) \
                and not any(c.dep_ == "nsubj" for c in lower.children)
            meanwhile = lower.dep_ == "advcl" and any(c.lower_ in _AT_THE_TIME for c in lower.children
                                                      if c.dep_ in ("mark", "advmod"))
            if joined or meanwhile or (upper.i == i and begun(lower)):
                shared.add(other.i)
    return shared



def _since(doc: Doc, timex: Timex) -> bool:
    """ "Since 2011", "since last fall": where a stretch begins, not when a happening took place ("its first
    title since 2009", "had not spoken since 1990")."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return (root.dep_ == "pobj" and root.head.lower_ == "since") or span[0].lower_ == "since"


def _until(doc: Doc, timex: Timex) -> bool:
    """ "Barred the developer from the site until April 2026": where a stretch ends, not when the happening took place —
    except after a negation ("did not rule until Friday" ruled on Friday)."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in ("until", "till", "through")


def _negated(token: Token) -> bool:
    verb = token if token.pos_ == "VERB" else next((a for a in token.ancestors if a.pos_ == "VERB"), token)
    return any(c.dep_ == "neg" for c in verb.children)


def _stretch(verb: Token) -> bool:
    """A perfect told of a stretch that began then ("has funded clinics since 2012"): its start dates it;
    not a negated one ("had not spoken since 1990"), nor a noun ("its first title since 2009")."""
    return verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) \
        and not any(c.dep_ == "neg" for c in verb.children) and not record_since(verb)



def _dates_verb(doc: Doc, timex: Timex) -> int | None:
    """The verb a calendar time is attached to as its time ("docked on Monday", "was found in March", "left
    yesterday"), not a date inside a noun phrase ("2000 levels", "Tuesday's vote", "the 2014 report") and not a
    vague "now" or "in the future"."""
    if timex.type not in ("DATE", "TIME") or not timex.value or not timex.value[:1].isdigit():
        return None
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return None
    word = span.root
    if word.dep_ == "pobj" and word.head.dep_ == "prep":
        word = word.head
        while word.head.dep_ == "prep" and word.head.i != word.i:  # "back on January 28"
            word = word.head
        verb = word.head
        if verb.pos_ == "VERB" and (taken_on := stand_in(verb)) is not None:
            verb = taken_on  # "signed a guard to replace him on Tuesday", parsed as the replacing's Tuesday
        if verb.lemma_ == "be" and (told := _cleft(verb)) is not None:
            verb = told
        return int(verb.i) if verb.pos_ == "VERB" else None
    if word.dep_ in _TIME_LINKS and word.head.pos_ == "VERB":
        return int(word.head.i)
    return None


def _cleft(copula: Token) -> Token | None:
    """The act a cleft sentence tells ("it was a fire that closed the mill, in 1998, …"): the copula's time is the
    act's (hard negative: "it was cold in March", no act)."""
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in copula.children):
        return None
    return next((v for c in copula.children if c.dep_ == "attr" for v in c.children
                 if v.dep_ == "relcl" and v.pos_ == "VERB"), None)


def _precision(value: str | None) -> str | None:
    if not value or value.endswith("_REF"):  # "now", "recently": no point on the calendar
        return None
    if "T" in value:
        return "time"
    if "-W" in value:
        return "week"
    return {10: "day", 7: "month", 4: "year", 3: "decade", 2: "century"}.get(len(value))


def _voice(quotes: list[Quote], offset: int) -> str:
    holders = [q for q in quotes if q.content.start <= offset < q.content.end]
    return min(holders, key=lambda q: q.content.end - q.content.start).id if holders else "article"


# Categories whose events against one party come in stages (a trial, a conviction, a sentence, an appeal): two
# words of one of these are one event only when they are the same word.
_STAGED_CATEGORIES = {HAPPENING, "LEGAL", "COERCE"}  # a traffic stop, a search, an arrest, a raid: each its own act

# Kinds of business deed: a merger and the layoffs that followed it are two events, whoever the firms.
_BUSINESS_KINDS = {**dict.fromkeys(("merge", "merger", "combination", "combine", "takeover", "acquire", "acquisition",
                                    "buy", "buyout", "purchase", "sell", "sale", "bid", "tie-up"), "deal"),
                   **dict.fromkeys(("lay", "layoff", "layoffs", "redundancy", "redundancies", "furlough", "fire",
                                    "sack"), "jobs"),
                   **dict.fromkeys(("invest", "investment", "stake", "inject", "injection", "fund", "funding",
                                    "raise"), "money"),
                   **dict.fromkeys(("order", "deliver", "delivery"), "order"),
                   **dict.fromkeys(("list", "listing", "ipo", "float", "flotation", "offering"), "listing"),
                   **dict.fromkeys(("close", "closure", "shut", "shutdown"), "closure"),
                   **dict.fromkeys(("recall",), "recall")}


def _other_business(a: Token, b: Token) -> bool:
    kind_a, kind_b = _BUSINESS_KINDS.get(a.lemma_.lower()), _BUSINESS_KINDS.get(b.lemma_.lower())
    return kind_a is not None and kind_b is not None and kind_a != kind_b


def _governed_by(word: Token, governor: Token) -> bool:
    """Whether the verb `word` hangs under `governor` in one parse: its reading is part of the governor's (a noun
    said again under it, "before they cancelled the meeting", is the same event's fate)."""
    return word.pos_ == "VERB" and word.doc is governor.doc and word.i != governor.i and governor.is_ancestor(word)


def _merge(found: list[Mention], published: date | None, people: frozenset[str] | set[str] = frozenset()) \
        -> list[Event]:
    """One event per happening: same category and participants, or a bare "the meeting" after one."""
    groups: list[Mention] = []
    for mention in (m for m in found if _worth_keeping([m])):  # "flood alert" lends no reading to "the flood"
        home = next((g for g in reversed(groups) if g.category == mention.category and not _realis_apart(g, mention)
                     and _same(g, mention)
                     and g.sense.rule != _RESULT.rule  # a results line is one game, not "the tournament" after it
                     and (g.category not in _STAGED_CATEGORIES or _one_word(g.trigger, mention.trigger))
                     and (g.category != "APPOINT" or _same_move(g.trigger, mention.trigger))
                     and not _other_business(g.trigger, mention.trigger)
                     and not _other_content(g.trigger, mention.trigger)
                     and not _decided_content(g, mention)), None)
        if home is None and _amount_in(mention.trigger):  # "will give $150 million in aid": one act, told once
            home = next((g for g in groups if g.category == mention.category
                         and g.trigger.i == mention.trigger.head.head.head.i), None)
        if home is None:
            home = _named_again(groups, mention) or _the_incident(groups, mention) \
                or _one_act_two_words(groups, mention) or _decided_by_vote(groups, mention) \
                or _violence_named_again(groups, mention) or _one_victim(groups, mention, people) \
                or _cause_of_protest(groups, mention) or _happening_as_subject(groups, mention) \
                or _the_announcement(groups, mention) or _won_by(groups, mention) \
                or _named_in_its_clause(groups, mention)
        if home is not None and _realis_apart(home, mention):
            home = None
        if home is None:
            home = _same_named_occasion(groups, mention) or _restated_in_apposition(groups, mention) \
                or _what_the_paper_asks(groups, mention) or _headline_told_again(groups, mention) \
                or _deal_concluded(groups, mention) or _the_deal_again(groups, mention) \
                or _product_shown_again(groups, mention) or _body_of_the_dead(groups, mention) \
                or _doer_described(groups, mention) or _same_toll(groups, mention) \
                or _unrest_named_again(groups, mention) or _verdict_told_again(groups, mention) \
                or _toll_of(groups, mention)  # a name
            # told again is one occasion, however each mention's clause reads its time
        if home is None:
            groups.append(mention)
        else:
            home.more.append(mention)
    groups = _scoring_in_its_game(groups)
    events: list[Event] = []
    for group in groups:
        pieces = [group, *group.more]
        if not _worth_keeping(pieces):
            continue
        article_voice = [p for p in pieces if p.voice == "article"] or pieces
        own = [p for p in article_voice if p is group or not (
            _governed_by(p.trigger, group.trigger) or _named_after_the_act(group, p)
            or (p.trigger.dep_ == "appos" and p.trigger.head.i == group.trigger.i))] or article_voice
        main = max(own, key=lambda p: _STRENGTH[p.modality])  # "won a contract to supply jets": the supplying
        # is the contract's content and still to come; the winning happened
        trigger = _trigger_span(group.trigger)
        kin = [p for p in pieces if (p.category != "DEATH" or group.category == "DEATH") and (
            p is group or not any(rule in p.sense.rule for rule in _TOLL_RULES))]  # "died" told again of
        # those "killed": the dead are no killers
        dating = sorted(pieces, key=lambda p: p.sense.rule == "rule:found_dead")  # the day a body was found is
        # the death's only when no piece tells the death's own ("believes he died Saturday")
        if len(pieces) > 1:  # "lost their 13th game … and could tie the mark next week": a later time a past
            # telling picked up from a clause beside it dates no piece of a group told elsewhere
            dating = [p for p in dating if not (p is not group and p.date is not None and _past(p.trigger)
                                                and _after(p.date, published))]
        when: EventDate | None = next((p.date for p in dating if p.date is not None and not (
            p.date.rule in _INFERRED and p is not group and (_known_happening(group.trigger) or (
                p.trigger.pos_ == "NOUN" and p.date.expression is not None
                and p.date.expression.start > group.trigger.idx)))), None)
        # a day the story reaches after the event was first told ("The collapse prompted …" after "on Tuesday
        # afternoon they pleaded") is not the event's
        modality, cue, why = main.modality, main.cue, main.modality_rule
        if modality == "happened" and when is not None and _after(when, published):
            if _past(group.trigger) and not _own_time(group.trigger, when):
                when = None  # "a subsidy X criticised …, at the end of 2026": a later time of another clause
            elif _past(group.trigger) and not _day_of_its_own(group.trigger, when):  # told in the past tense: the
                # date is wrong or the publication date is
                why = "modality:past_tense_dated_after_publication"
            else:  # a present or bare reading dated ahead: the date is the plan's
                modality, cue, why = "planned", when.expression, "modality:dated_after_publication"
        elif modality == "happened" and when is not None and published is not None and when.value \
                and when.value[:10] == published.isoformat() and when.value[10:] in ("TEV", "TNI") \
                and group.trigger.tag_ in ("VBZ", "VBP") and not any(
                    c.dep_ in ("aux", "auxpass") for c in group.trigger.children):
            modality, cue, why = "planned", when.expression, "modality:later_today"  # "tonight the band plays"
        elif modality == "happened" and when is not None and _this_period(when, published) \
                and _told_in_present(group.trigger) \
                and not _headline(group.trigger, doc_text(group.trigger.doc), 0):  # "Acme sues rival": headlinese
            modality, cue, why = "ongoing", when.expression, "modality:present_this_period"  # "this week the
            # fair shows new tractors", "the festival runs this month": going on as the story is written
        elif modality == "ongoing" and why == "modality:started" and when is not None and _after(when, published):
            modality, cue, why = "planned", when.expression, "modality:dated_after_publication"  # "the season
            # begins on Thursday": it has not begun
        elif modality == "planned" and why == "modality:future" and when is not None and when.rule not in \
                _INFERRED and _wholly_before(when, published) and not _future_here(group.trigger):
            # "it will be her second time, after hosting the 2007 ceremony": a future clause around a happening
            # its own time puts in the past
            modality, cue, why = "happened", when.expression, "modality:dated_before_publication"
        events.append(Event(
            id=f"v{len(events) + 1}", category=group.category, trigger=trigger, modality=modality,
            cameo=group.sense.cameo, source=_source(kin), target=_first(kin, "target"),
            place=_first(pieces, "place"), date=when, modality_cue=cue,
            evidence=[Evidence(p.sentence, p.voice, p.modality) for p in pieces],
            mode=group.sense.mode, rule=group.sense.rule, modality_rule=why, reciprocal=_reciprocal(group),
        ))
    return events


# Words for a point, goal or basket made within a game: parts of the game's result, not results of their own.
_SCORING_WORDS = {"score", "goal", "add", "net", "tally", "assist", "basket", "touchdown", "try", "homer", "brace",
                  "hat-trick", "equalizer", "equaliser"}


def _scoring_in_its_game(groups: list[Mention]) -> list[Mention]:
    """ "The Gulls beat the Terns 3-1 on Tuesday. Ray Ortiz scored twice and added an assist": goals, points and
    assists told beside a game's result are that game, told in its parts — a roundup holds one event per game, not
    one per goal (hard negative: "scored 40 points" in a paragraph with no result stays the only telling of it)."""
    text = doc_text(groups[0].trigger.doc) if groups else ""

    def paragraph(group: Mention) -> int:
        return text.rfind("\n", 0, group.trigger.idx)

    results = [g for g in groups if g.category == "CONTEST" and g.trigger.lemma_.lower() not in _SCORING_WORDS]
    kept: list[Mention] = []
    for group in groups:
        pieces = [group, *group.more]
        if group.category != "CONTEST" or not all(p.trigger.lemma_.lower() in _SCORING_WORDS for p in pieces):
            kept.append(group)
            continue
        here = paragraph(group)
        same = [g for g in results if paragraph(g) == here]
        if not same:  # a scorer's line told in the paragraph after its game's
            top = here
            while top > 0 and text[top - 1] == "\n":  # past the blank line between paragraphs
                top -= 1
            before = text.rfind("\n", 0, top) if here > 0 else -2
            same = [g for g in results if paragraph(g) == before]
        home = next((g for g in reversed(same) if _one_time(g, group) and g.trigger.idx < group.trigger.idx), None) \
            or next((g for g in same if _one_time(g, group)), None)
        if home is None:
            kept.append(group)
        else:
            home.more.extend(pieces)
    return kept


def _trigger_span(word: Token) -> Span:
    """The trigger's characters, a hyphenated word whole ("write-downs", "cease-fire"): the tokenizer splits it."""
    doc = word.doc
    begin = doc[hyphen_start(word)].idx
    return Span(begin, word.idx + len(word.text), doc_text(doc)[begin:word.idx + len(word.text)])


# Words for an act of violence and the verbs that tell one: a later "the bombings", "the slaying", "the attack
# on the consulate" names an act told before in another word.
_VIOLENCE_WORDS = {"attack", "bombing", "blast", "explosion", "shooting", "killing", "slaying", "murder",
                   "assassination", "stabbing", "massacre", "ambush", "violence", "bloodshed",
                   "fight", "brawl", "altercation", "scuffle", "fracas", "melee", "fistfight", "assault", "beating"}
_VIOLENCE_VERBS = {"attack", "bomb", "explode", "shoot", "kill", "slay", "murder", "assassinate", "stab", "massacre",
                   "ambush", "blow"}
_VIOLENCE_KINDS = {"ASSAULT", "FIGHT", "DEATH", "CRIME"}
_HOMICIDE_KINDS = {"ASSAULT", "DEATH"}  # "the shooting death" … "the murder": one killing, told as either


def _violence_named_again(groups: list[Mention], later: Mention) -> Mention | None:
    """ "Gunmen attacked the consulate on Friday" … "the bombings", "the Friday slaying", "the attack on the
    consulate": a definite noun for an act of violence names the act told before, when no other day, place or
    victim tells them apart; "another attack", "a second bombing", "last year's attack" are new (hard
    negatives), and so is one told apart by its own phrase ("the attack in Lahore" after one in Kabul)."""
    noun = later.trigger
    deaths = noun.lemma_.lower() == "death" and later.category == "DEATH"  # "three were killed … the deaths"
    if noun.pos_ != "NOUN" or (noun.lemma_.lower() not in _VIOLENCE_WORDS and not deaths) \
            or later.category not in _VIOLENCE_KINDS:
        return None
    children = list(noun.children)
    if any(c.lower_ in _ANOTHER or c.ent_type_ == "ORDINAL" for c in children) or any(
            c.dep_ == "poss" and (c.lower_ in _WHEN_POSSESSORS or c.ent_type_ in ("DATE", "TIME"))
            and later.date is None for c in children):
        return None
    if not any((c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")) or c.dep_ == "poss"
               for c in children):
        return None
    own = [w for c in children if c.dep_ in ("prep", "poss") for w in c.subtree
           if w.pos_ == "PROPN" or (w.pos_ == "NOUN" and w.dep_ in ("pobj", "poss"))]
    for group in reversed(groups):
        pieces = (group, *group.more)
        if not (group.category == later.category or {group.category, later.category} <= _HOMICIDE_KINDS) \
                or group.trigger.i >= noun.i or not any(_violent(p.trigger) for p in pieces) \
                or (deaths and not any(p.trigger.lemma_.lower() in _LETHAL for p in pieces)):
            continue
        if not _one_time(group, _own_dated(later)) or any(
                _told_apart(p.trigger, noun) for p in pieces if p.trigger.pos_ == "NOUN"):
            continue
        told = " ".join(doc_text(noun.doc)[p.sentence.start:p.sentence.end].lower() for p in pieces)
        if all(w.lower_ in told or w.lemma_.lower() in told for w in own):
            return group
    return None


# What a crowd marches for: the demand, the backing or the denunciation a rally is held to voice.
_CAUSE_KINDS = {"DEMAND", "DISAPPROVE", "SUPPORT", "REJECT", "PROTEST"}


_UNREST_WORDS = {"violence", "unrest", "rioting", "disturbance", "disturbances", "mayhem", "turmoil", "chaos",
                 "bloodshed", "fighting"}


def _unrest_named_again(groups: list[Mention], later: Mention) -> Mention | None:
    """ "Rioters clashed with police on Wednesday … Wednesday's violence was the worst in years", "the unrest
    spread": a noun that sums up the clashes, riots or fighting just told is that happening, when no other day or
    place tells it apart (hard negatives: "violence in Lyon" after clashes in Athens, "last year's unrest")."""
    noun = later.trigger
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _UNREST_WORDS or later.modality not in _SETTLED \
            or any(c.lower_ in _ANOTHER or c.ent_type_ == "ORDINAL" for c in noun.children):
        return None
    if not any((c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss" for c in noun.children):
        return None
    if any(c.dep_ == "poss" and c.lower_ in _WHEN_POSSESSORS - _WEEKDAY_WORDS for c in noun.children):
        return None  # "last year's unrest": another time
    own = [w for c in noun.children if c.dep_ in ("prep", "poss") for w in c.subtree if w.pos_ == "PROPN"]
    for group in reversed(groups):
        pieces = (group, *group.more)
        if group.category not in ("PROTEST", "FIGHT", "ASSAULT") or group.modality not in _SETTLED \
                or group.trigger.i >= noun.i or not _one_time(group, _own_dated(later)):
            continue
        told = " ".join(doc_text(noun.doc)[p.sentence.start:p.sentence.end].lower() for p in pieces)
        if all(w.lower_ in told for w in own):
            return group
        return None
    return None


_WEEKDAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
                  "tonight"}


def _cause_of_protest(groups: list[Mention], later: Mention) -> Mention | None:
    """ "Thousands rallied in the square to demand his release", "marchers filled the avenue, denouncing the
    cuts": what the protest is held to voice is its cause, told with it, not a second happening (hard negatives:
    "rallied on Monday, and the union demanded talks on Tuesday", a demand with its own subject and day;
    "demanded to rally", the demand governing the protest)."""
    verb = later.trigger
    if later.category not in _CAUSE_KINDS or verb.pos_ != "VERB" or verb.dep_ not in ("advcl", "xcomp") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    purpose = verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if not purpose:
        return None
    return next((g for g in reversed(groups) if g.category == "PROTEST"
                 and any(p.trigger.i == verb.head.i for p in (g, *g.more))), None)


# What a charge, a count, a verdict or an arrest names as the offence, by its legal name: "charged with murder",
# "guilty of attempted murder", "a vehicular homicide count", "wanted for manslaughter".
_CHARGING = {"charge", "count", "convict", "conviction", "guilty", "accuse", "indict", "indictment", "plead",
             "suspect", "acquit", "sentence", "arrest", "arraign", "try", "trial", "complaint", "allegation",
             "warrant", "prosecute", "prosecution", "jail", "imprison", "face", "want"}
_HARM_KINDS = {"ASSAULT", "DEATH", "ACCIDENT", "FIGHT"}


def _offence_named(noun: Token) -> bool:
    if noun.pos_ == "VERB" and noun.tag_ == "VBG":
        deed = noun
        while deed.dep_ == "conj" and deed.head.i != deed.i:
            deed = deed.head  # "accused of shooting two inmates and wounding a third"
        return deed.dep_ == "pcomp" and deed.head.lower_ in ("with", "of") \
            and deed.head.head.lemma_.lower() in _CHARGING  # "charged with murdering the deputy": the deed named
    if noun.pos_ != "NOUN" or any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False  # "charged in three attacks", "a suspect in the 1996 bombing": incidents of their own
    if noun.dep_ in ("compound", "nmod") and noun.head.lemma_.lower() in ("charge", "count", "conviction"):
        return True  # "a murder charge", "two homicide counts"
    word = noun
    while word.dep_ in ("conj", "appos") and word.head.i != word.i:
        word = word.head  # "charged with murder and attempted murder"
    if word.dep_ == "npadvmod" and word.head.lemma_.lower() in _CHARGING and any(
            c.dep_ == "prep" and c.lower_ in ("with", "of", "for") for c in word.head.children):
        return True  # "Gunman Charged With Arson, Attempted Murder": the list's second offence, hung on the verb
    return word.dep_ == "pobj" and word.head.lower_ in ("with", "of", "for") \
        and word.head.head.lemma_.lower() in _CHARGING


def _charged_offence_told(mention: Mention, found: list[Mention]) -> bool:
    """ "Police said Ruiz shot the clerk on June 2 … he was charged with murder and attempted murder": the
    offence a charge, a count or a verdict names is the incident the article tells in its own words, not a
    second one — so it goes when that incident is told (before or after); told nowhere else, the charged deed
    stays, the only record of it (hard negative: "charged with fraud" beside a shooting: another kind)."""
    if mention.category not in _HARM_KINDS | {"CRIME"} or not _offence_named(mention.trigger):
        return False
    if mention.trigger.pos_ == "VERB" and mention.target is not None and mention.target.entity is not None:
        return False  # "accused of killing Dana Lee": the one named is kept for the merge with the killing told
    family = _HARM_KINDS if mention.category in _HARM_KINDS else {"CRIME"}
    return any(other is not mention and other.category in family and not _offence_named(other.trigger)
               and other.modality in _SETTLED for other in found)


def _victim(mention: Mention) -> str | None:
    """Who a killing or an attack befell: the target ("gunmen shot Ana Ruiz", "Ruiz was stabbed"), or for a death
    told without its cause, the one who died ("Ruiz died", "Ruiz's death")."""
    actor = (mention.target or mention.source) if mention.category == "DEATH" else mention.target
    return actor.entity if actor is not None else None


_SETTLED = {"happened", "reported"}
_LETHAL = {"kill", "killing", "murder", "slay", "slaying", "assassinate", "assassination"}  # a word that tells
# the attack and the death at once


def _one_victim(groups: list[Mention], later: Mention, people: frozenset[str] | set[str]) -> Mention | None:
    """ "Ana Ruiz was killed on Oct. 3" … "Ruiz, 52, was killed by a single shot" … "the day after Ruiz's death":
    one named person dies once, so a later death of the same person is the death told again, whatever word or
    day the later sentence carries (a killing is the attack and the death at once, so it joins either); a later
    attack on the same named person is the attack told again when no time tells them apart. Hard negatives: "was
    attacked again", "a second attack on Ruiz", attacks in two different years, a threat to kill Ruiz beside the
    killing (not both settled), and two named attackers."""
    if later.category not in _HOMICIDE_KINDS or later.modality not in _SETTLED:
        return None
    victim = _victim(later)
    if victim is None or victim not in people:
        return None
    word = later.trigger
    if any(c.lower_ in _ANOTHER | {"again", "once", "twice"} or c.ent_type_ == "ORDINAL" for c in word.children):
        return None
    for group in reversed(groups):
        pieces = (group, *group.more)
        if group.modality not in _SETTLED or not any(_victim(p) == victim for p in pieces):
            continue
        if group.category != later.category and not any(p.trigger.lemma_.lower() in _LETHAL for p in (*pieces, later)):
            continue  # "Ruiz was shot" … "Ruiz died in hospital": the attack and the death it caused stay two
        attackers = {p.source.entity for p in (*pieces, later)
                     if p.source is not None and p.source.entity and p.source.entity != victim}
        if len(attackers) > 1:
            continue  # "Reyes shot Ruiz in May; in June Ortega shot her": two attacks
        if later.category == "DEATH" or all(_one_time(p, later) or (
                p.date is not None and p.date.rule in _INFERRED)
                or (later.date is not None and later.date.rule in _INFERRED) for p in pieces):
            return group
    return None


_TOLL_KINDS = {"DEATH", "ASSAULT", "ACCIDENT", "DISASTER"}
_DYING = {"die", "kill", "death", "perish", "drown", "slay"}


def _the_dead(word: Token) -> Token | None:
    """Who died in "four miners were killed", "gunmen killed two guards", "three hikers died"."""
    lemma = word.lemma_.lower()
    if word.pos_ != "VERB" or lemma not in _DYING:
        return None
    wanted = ("nsubj",) if lemma in ("die", "perish", "drown") and word.tag_ != "VBN" else ("nsubjpass", "dobj")
    return next((c for c in word.children if c.dep_ in wanted and c.pos_ in ("NOUN", "PROPN", "NUM")), None)


def _toll(noun: Token) -> int | None:
    """How many a phrase counts: "four miners", "the 12 passengers", "a nurse and two porters" (three)."""
    total = 0
    for part in (noun, *(c for c in noun.subtree if c.dep_ == "conj" and c.head.i in (noun.i, *(
            k.i for k in noun.subtree if k.dep_ == "conj")))):
        counted = next((c for c in part.children if c.dep_ in ("nummod", "det") and (
            c.lower_ in NUMBERS or c.like_num)), None)
        if counted is None:
            return None
        try:
            total += NUMBERS.get(counted.lower_) or int(counted.text.replace(",", ""))
        except ValueError:
            return None
    return total or None


def _same_toll(groups: list[Mention], later: Mention) -> Mention | None:
    """ "Four miners were killed in a blast on Monday … the four men died instantly", "three guards died … a
    nurse and two porters were killed": the same number dead, told again in other words, is one loss of life, not
    a second; a second toll of another number, another day, or one marked as more ("another two", "two more")
    is another (hard negatives); "a man was killed" … "a woman died" count one each, and say nothing alike."""
    dead = _the_dead(later.trigger)
    if later.category not in _TOLL_KINDS or later.modality not in _SETTLED or dead is None:
        return None
    count = _toll(dead)
    if count is None or count < 2 or any(c.lower_ in _ANOTHER | {"more", "again"}
                                         for c in (*dead.children, *later.trigger.children)):
        return None
    for group in reversed(groups):
        if group.category not in _TOLL_KINDS or group.modality not in _SETTLED or group.trigger.i >= later.trigger.i:
            continue
        for piece in (group, *group.more):
            told = _the_dead(piece.trigger)
            if told is None and piece.trigger.dep_ == "nsubj" and piece.trigger.head.lemma_.lower() in _LETHAL:
                told = _the_dead(piece.trigger.head)  # "an attack on the bank killed three": the attack's dead
            if told is not None and _toll(told) == count and _one_time(piece, _own_dated(later)):
                return group
    return None


def _violent(word: Token) -> bool:
    """A word for an act of violence: "bombing", "shot", or a death told by its means ("the shooting death")."""
    lemma = word.lemma_.lower()
    return lemma in _VIOLENCE_WORDS | _VIOLENCE_VERBS or (lemma == "death" and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in _VIOLENCE_WORDS | {"shoot", "stab"}
        for c in word.children))


def _decided_by_vote(groups: list[Mention], later: Mention) -> Mention | None:
    """ "By a 5-4 ballot the judges upheld the rule", "passed the bill by a wide vote": the vote is how the act was
    decided, one event with it, whichever is told first (hard negative: "will hold a vote on the bill")."""
    word = later.trigger
    if _by_a_vote(word):
        return next((g for g in reversed(groups) if any(p.trigger.i == word.head.head.i for p in (g, *g.more))), None)
    return next((g for g in reversed(groups) if _by_a_vote(g.trigger) and g.trigger.head.head.i == word.i), None)


def _by_a_vote(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in ("vote", "ballot", "margin") and noun.dep_ == "pobj" \
        and noun.head.lower_ == "by" and noun.head.dep_ == "prep"


def _one_act_two_words(groups: list[Mention], later: Mention) -> Mention | None:
    """Two verbs joined as alternatives for one act, told with one subject ("will buy or lease the yard": one
    possible deal; hard negative: "will buy the yard and lease a dock": two)."""
    verb = later.trigger
    if verb.pos_ != "VERB" or verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    first = next((g for g in groups if g.trigger.i == verb.head.i), None)
    if first is None:
        return None
    alternative = any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.head.children) \
        and first.category == later.category \
        and not {first.trigger.lemma_.lower(), verb.lemma_.lower()} <= _ACCUSING  # "indicted or convicted": two
    # steps of a case, each denied or told on its own
    one_blow = ((first.category == later.category == "ASSAULT" and verb.lemma_.lower() in _ONE_BLOW) or (
        first.category == "ASSAULT" and later.category == "DEATH" and verb.lemma_.lower() in ("die", "succumb"))) \
        and first.trigger.lemma_.lower() in _ONE_BLOW \
        and not any(c.dep_ == "dobj" for c in verb.head.children) \
        and verb.i == verb.head.i + 2 and verb.doc[verb.head.i + 1].lower_ == "and"  # side by side, one object
    # "shot and killed a guard", "was stabbed and wounded", "was shot and died": one attack, its means and its
    # outcome (hard negatives: "shot a guard and killed a dog", each verb with its own object; "his wife died",
    # a subject of its own: two)
    return first if alternative or one_blow else None


_TOLL_RULES = ("rule:no_one_kills", "rule:no_one_injures", "rule:toll_of_accident", "rule:toll_of_calamity")


def _toll_of(groups: list[Mention], later: Mention) -> Mention | None:
    """ "An earthquake struck the coast on Sunday, killing ten and injuring 80", "the quake damaged 300 homes": the
    dead and hurt a calamity or a mishap leaves are its toll, one event with it (hard negatives: "gunmen killed
    ten", a doer's attack; the quake's deaths beside another quake's are that other's)."""
    if not any(rule in later.sense.rule for rule in _TOLL_RULES) or later.modality not in _SETTLED:
        return None
    verb = later.trigger
    near = {verb.head.i} if verb.dep_ in ("advcl", "conj", "xcomp") else set()
    subject = _subject(verb) if verb.pos_ == "VERB" else None
    if subject is not None:
        near.add(subject.i)
    for group in reversed(groups):
        pieces = (group, *group.more)
        if group.category not in ("DISASTER", "ACCIDENT") or not _one_time(group, later):
            continue
        if any(p.trigger.i in near for p in pieces) or (subject is not None and any(
                p.trigger.lemma_.lower() == subject.lemma_.lower() or _one_word(p.trigger, subject) for p in pieces)):
            return group
    return None


def _verdict_kind(word: Token) -> str | None:
    """ "convicted", "found … guilty": a guilty verdict; "acquitted", "found … not guilty": a clearing; "charged
    with", "charges were filed": a charging."""
    lemma = word.lemma_.lower()
    if word.pos_ == "NOUN" and lemma in ("charge", "indictment") and word.tag_ in ("NNS", "NN") and (
            word.head.lemma_.lower() in ("file", "bring", "lay", "press", "announce", "lodge")
            or any(c.dep_ == "acl" and c.lemma_.lower() in ("file", "bring", "lay") for c in word.children)):
        return "charged"  # "arson charges were lodged against her", "prosecutors brought charges"
    if word.pos_ != "VERB":
        return None
    if lemma in ("charge", "indict") and any(c.dep_ == "prep" and c.lower_ in ("with", "in", "over")
                                             for c in word.children):
        return "charged"
    if lemma == "convict":
        return "guilty"
    if lemma == "acquit":
        return "cleared"
    if lemma == "find" and any(w.lower_ == "guilty" for w in word.subtree):
        return "cleared" if any(w.lower_ in ("not", "innocent") for w in word.subtree) else "guilty"
    return None


def _verdict_told_again(groups: list[Mention], later: Mention) -> Mention | None:
    """ "A jury convicted a gang member of murder today" … "the jury found Omar Diaz guilty of first degree
    murder": one verdict told twice, the second time with the name and the counts; so with charges filed and a man
    "charged with" the deed (hard negatives: a verdict or a charging on another day, or of another named
    defendant, is another; "convicted" and "acquitted" are two)."""
    kind = _verdict_kind(later.trigger)
    if later.category != "LEGAL" or kind is None or later.modality not in _SETTLED:
        return None
    for group in reversed(groups):
        if group.category != "LEGAL" or group.modality not in _SETTLED \
                or not any(_verdict_kind(p.trigger) == kind for p in (group, *group.more)):
            continue  # "no charges will be filed" … "was charged twice in 2007": one doubted, one done
        if group.date is not None and later.date is not None and not _same_day(group.date, later.date):
            return None
        named = {x.entity for x in (group.target, later.target) if x is not None and x.entity}
        if len(named) > 1:
            return None
        return group
    return None


_ONE_BLOW = {"shoot", "stab", "kill", "wound", "injure", "beat", "murder", "slay", "maim", "hack", "bludgeon",
             "strangle", "gun", "attack", "assault", "hit", "knife"}


def _occasion_name(word: Token) -> str | None:
    """The proper name of a named occasion ("the 2031 Harbour Film Awards" → "harbour film awards")."""
    names = [w for w in word.lefts if w.dep_ in ("compound", "amod") for w in w.subtree if w.pos_ == "PROPN"]
    if word.pos_ == "PROPN":
        names.append(word)
    if len(names) < 2:
        return None  # "the Awards", "the Show": too little to tell one from another
    return " ".join(w.lower_ for w in sorted(names, key=lambda t: t.i))


def _same_named_occasion(groups: list[Mention], later: Mention) -> Mention | None:
    """ "The 2031 Harbour Film Awards" … "the Harbour Film Awards": a named show, cup or summit told again is the
    same occasion (hard negative: "the 2030 Harbour Film Awards", another year's)."""
    name = _occasion_name(later.trigger)
    if name is None or later.trigger.pos_ == "VERB":
        return None
    for group in groups:
        if _occasion_name(group.trigger) != name:
            continue
        if group.date and later.date and group.date.value and later.date.value \
                and group.date.value[:4] != later.date.value[:4]:
            continue
        return group
    return None


# Posts a body names someone to. Written for dateline from general news usage; CC0.
_POSTS = {"ceo", "chief", "executive", "president", "chairman", "chairwoman", "chair", "director", "head", "coach",
          "manager", "captain", "editor", "minister", "secretary", "governor", "ambassador", "commissioner",
          "spokesman", "spokeswoman", "spokesperson", "treasurer", "principal", "dean", "chancellor", "leader",
          "officer", "successor", "deputy", "adviser", "advisor", "envoy", "general", "administrator",
          "superintendent", "ombudsman", "auditor", "provost", "czar", "tsar"}
_NAMING = {"name", "appoint", "elect", "choose", "pick", "tap", "select", "hire", "install", "nominate"}
_WELCOMING = {"welcome", "have", "introduce", "announce", "unveil"}


def _named_to_post(verb: Token) -> bool:
    """ "Named Ann Lee chief executive", "appointed him as head coach", "thrilled to have Jane as our new CEO": a
    person put in a post (hard negatives: "named the ship Osprey", a name; "has Jane as a friend", no post)."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in _NAMING | _WELCOMING:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
    person = next((w for c in objects for w in c.subtree if w.ent_type_ == "PERSON" or (
        w.dep_ == "dobj" and _person(w))), None)  # "named Ann Lee chief executive" parses the name inside the post
    if person is None and verb.tag_ == "VBN" and lemma != "elect":  # "he was picked as head of the guild": the one
        # put in it ("was elected president" is the election's)
        person = next((c for c in verb.children if c.dep_ == "nsubjpass" and _person(c)), None)
    if person is None:
        return False
    post = next((c for c in objects if c.lemma_.lower() in _POSTS), None) or _pobj(verb, ("as",)) \
        or next((g for c in [*person.children, *verb.children] if c.dep_ == "prep" and c.lower_ == "as"
                 for g in c.children if g.dep_ in ("pobj", "amod")), None)  # "as surgeon general": the
    # small parse takes the post for an adjective under "as"
    if post is None or (post.lemma_.lower() not in _POSTS and not any(
            w.lemma_.lower() in _POSTS for w in post.children if w.dep_ in ("compound", "amod"))):
        return False
    return lemma in _NAMING or any(c.lower_ == "new" for c in post.children)


_JOINING_ROLES = {"rookie", "player", "member", "partner", "intern", "trainee", "apprentice", "volunteer", "consultant",
                  "analyst", "assistant", "associate", "recruit", "signing", "free", "agent", "starter", "backup"}


_PLAY = _GAMES | {"loss", "defeat", "win", "victory", "practice", "training", "workout", "warm-up", "opener",
                  "scrimmage", "session", "race", "bout", "draw"}


def _hurt_at_play(verb: Token) -> bool:
    """An injury in a game or at practice (hard negative: "was hurt in the attack", "injured in a blast")."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in ("hurt", "injure", "aggravate", "tear", "strain") and any(
        g.lemma_.lower() in _PLAY or g.lower_ in _PLAY for c in verb.children if c.dep_ == "prep"
        and c.lower_ in ("in", "during", "at", "against") for g in c.children if g.dep_ == "pobj")


def _signed_someone(verb: Token) -> bool:
    """A club or firm signing a named person: a hire. The person stands within a few words of the verb, with no
    other thing signed before it."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("sign", "re-sign", "resign") or (
            verb.lemma_.lower() == "resign" and verb.lower_[:3] != "re-"):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects and not any(o.ent_type_ == "PERSON" or _person(o) for o in objects):
        return False  # "signed autographs for Ann Lee", "signed the bill"
    window = verb.doc[verb.i + 1:min(verb.i + 6, verb.sent.end)]
    return any(w.ent_type_ == "PERSON" for w in window) and not any(
        w.dep_ == "prep" and w.i < next(p.i for p in window if p.ent_type_ == "PERSON") for w in window)


_PICKING = {"choose", "pick", "select", "tap", "appoint", "nominate", "designate"}
_ROLE_ACTS = {"lead", "head", "host", "chair", "coach", "run", "manage", "direct", "oversee", "succeed", "replace",
              "captain", "present", "anchor", "helm", "steer", "command", "conduct", "officiate", "referee", "judge",
              "moderate", "edit", "represent", "serve", "front"}


def _picked_for_a_role(verb: Token) -> bool:
    """Someone chosen, picked or tapped to lead, host or run something: a choice of a person for a role."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _PICKING:
        return False
    return any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in _ROLE_ACTS
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)


def _joins_a_body(verb: Token) -> bool:
    """A person joining a named firm, league, team or body (hard negatives: "Japan joined the talks", a state;
    "joined the protest", read by its noun)."""
    subject = _subject(verb)
    body = next((c for c in verb.children if c.dep_ == "dobj"), None)
    named = body is not None and (body.pos_ == "PROPN" or (body.text[:1].isupper() and not body.is_sent_start))
    if subject is None or body is None or not named or (body.ent_type_ not in ("ORG", "NORP", "") and not (
            body.tag_ in ("NNPS", "NNS") and any(c.dep_ == "det" and c.lower_ == "the" for c in body.children))):
        return False  # "the Blazers", "the Rovers": a side named in the plural, whatever the tagger made of it
    role = _pobj(verb, ("as",))
    if role is not None and (role.lemma_.lower() in _POSTS | _JOINING_ROLES or _person(role)):
        return True  # "Kim joined the Rovers as a trainee": the role says a person joined, whatever the
        # tagger made of the name
    return _person(subject) or subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she") or (
        subject.pos_ == "PROPN" and not subject.ent_type_ and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in subject.children)) or (
        subject.pos_ == "NOUN" and re.search(r"(?:er|or|ist|ian)$", subject.lower_) is not None)


def _team_result(verb: Token) -> bool:
    """ "Netted twice to lift Bergen past Stavanger", "had two assists to carry Oslo over Molde": an outcome
    verb carrying a named side past another (hard negatives: "helped lift the mood", "led the team in scoring")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in OUTCOMES or verb.dep_ not in ("advcl", "xcomp", "conj", "acl"):
        return False
    side = next((c for c in verb.children if c.dep_ == "dobj"), None)
    rival = _pobj(verb, ("past", "over"))
    return side is not None and rival is not None and (side.pos_ == "PROPN" or side.ent_type_ in (
        "ORG", "GPE", "NORP")) and (rival.pos_ == "PROPN" or rival.ent_type_ in ("ORG", "GPE", "NORP"))


def _toward_a_result(word: Token) -> bool:
    """The scoring a team result hangs on ("netted twice to lift …", "had two assists … to carry …")."""
    verb = word if word.pos_ == "VERB" else word.head if word.head.pos_ == "VERB" else None
    return verb is not None and any(_team_result(c) and c.i != word.i for c in verb.subtree)


# Acts one is accused of, so that saying one did not do them denies it ("'We did not attack the convoy'"); a plain
# "I have not spoken to the physios" only says it did not happen.
_ACCUSABLE = {"ASSAULT", "FIGHT", "CRIME", "COERCE", "THREATEN", "SANCTION", "DISAPPROVE", "REJECT", "MOBILIZE",
              "PROTEST", "AID", "BUSINESS", "LEGAL", "DEATH"}


_PUNISHING = {"suspend", "ban", "bench", "disqualify", "sanction", "fine", "penalize", "penalise", "eject",
              "expel", "dock"}
_GIVING = {"give", "send", "donate", "hand", "gift", "lend", "loan", "receive", "ship", "airlift", "supply"}
# Goods given as help or gifts, besides made things. Written for dateline from general news usage; CC0.
_GIVEN_GOODS = {"food", "aid", "supplies", "medicine", "medicines", "equipment", "blankets", "tents", "water",
                "vaccines", "vaccine", "money", "funds", "cash", "donations", "grain", "fuel", "parcels", "parts",
                "books", "clothes", "clothing", "toys", "meals", "rations", "seeds", "doses",
                "paintings", "photographs", "artefacts", "artifacts", "collection", "kits"}


# Crews and their machines sent to a scene: a rescue's means, not goods handed over. Written for dateline; CC0.
_RESPONDERS = {"ambulance", "lifeboat", "firefighter", "rescuer", "paramedic"}
_RESPONDING = {"engine", "appliance", "tender", "crew", "team", "unit", "helicopter", "boat"}  # with a kind said
_RESPONSE_KINDS = {"fire", "rescue", "medical", "ambulance", "emergency", "paramedic", "lifeboat", "coastguard"}


def _responders(thing: Token) -> bool:
    """ "Six fire engines were sent", "ambulances were sent to the scene" (hard negatives: "sent tents and food",
    "every team was sent a kit": a team with no kind of rescue said is a receiver)."""
    lemma = thing.lemma_.lower() if thing.pos_ != "PROPN" else thing.lower_.removesuffix("s")  # "Ambulances were
    # sent": a capital first word the tagger took for a name
    return lemma in _RESPONDERS or (lemma in _RESPONDING and any(
        c.lower_ in _RESPONSE_KINDS for c in thing.children if c.dep_ in ("compound", "amod")))


def _goods_given(verb: Token) -> bool:
    """A thing handed from one party to another: food, equipment, a made thing or a collection, with someone to
    receive it (hard negatives: "sent troops", a deployment; "gave a speech", an act; "sent a message", words)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _GIVING:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    thing = obj or passive
    if thing is None:
        return False
    if thing.lemma_.lower() in ("set", "batch", "pair", "shipment", "consignment", "load", "box", "crate", "lot",
                                "collection") or thing.like_num:
        thing = next((g for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), thing)
    if _person(thing) or thing.lemma_.lower() in _ARMED or thing.ent_type_ in ("PERSON", "NORP", "GPE", "DATE") \
            or _responders(thing):
        return False
    goods = thing.lemma_.lower() in _GIVEN_GOODS or thing.lower_ in _GIVEN_GOODS or (
        thing.lemma_.lower() in artifacts() and thing.pos_ == "NOUN")
    if not goods:
        return False
    recipient = any(c.dep_ == "dative" for c in verb.children) or _pobj(verb, ("to",)) is not None \
        or (obj is not None and passive is not None) or verb.lemma_.lower() == "receive"
    return recipient


def _giver_and_receiver(verb: Token, text: str, positions: dict[int, Entity]) \
        -> tuple[EventActor | None, EventActor | None]:
    """Who gives and who receives: "the museum received paintings from the foundation" (the foundation gives),
    "the shuttle will be sent to the science centre" (the centre receives, the shuttle is only the thing)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if verb.lemma_.lower() == "receive":
        giver, receiver = _pobj(verb, ("from",)), _subject(verb)
    else:
        dative = next((c for c in verb.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
        giver = agent if passive is not None else _subject(verb)
        receiver = dative or _pobj(verb, ("to",)) or (passive if obj is not None else None)
    return _actor(giver, text, positions), _actor(receiver, text, positions)


def _other_content(a: Token, b: Token) -> bool:
    """ "Her decision to leave the label" and "her decision to enlist her fans": a decision, a plan, a vow or a call
    is told apart by what it is to do (hard negative: "the decision to close the mill" … "the decision", one)."""
    def aim(word: Token) -> str | None:
        return next((c.lemma_.lower() for c in word.children
                     if c.dep_ in ("acl", "xcomp") and c.pos_ == "VERB" and any(x.lower_ == "to" for x in c.children)),
                    None)
    first, second = aim(a), aim(b)
    return first is not None and second is not None and first != second


def _decided_content(a: Mention, b: Mention) -> bool:
    """ "The council voted to hold a referendum on Sunday": the vote is done, the referendum it decided is still to
    come — two events, whatever their parties (hard negative: "voted to approve the budget", approved in the vote)."""
    if a.modality == b.modality:
        return False
    first, second = (a, b) if a.trigger.i < b.trigger.i else (b, a)
    word = second.trigger
    while word.head.i != word.i and word.head.i != first.trigger.i:
        word = word.head
    return word.head.i == first.trigger.i and word.dep_ in ("xcomp", "ccomp") and second.modality != "happened"


def _named_in_its_clause(groups: list[Mention], later: Mention) -> Mention | None:
    """ "Beat Creighton in the quarterfinals", "were shot in a gang shooting": a happening noun of the verb's own kind
    in the verb's "in" phrase names the act itself, one event (hard negative: "were hurt in a crash", a harm in
    another happening, which keeps both)."""
    noun = later.trigger
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "during") \
            or noun.head.head.pos_ != "VERB" or noun.head.head.lemma_.lower() in _HARMS | _KILLS | {"die"}:
        return None  # "was hurt in a fight", "died in a crash": a harm within the happening, two events
    return next((g for g in groups if g.trigger.i == noun.head.head.i and g.category == later.category), None)


def _happening_as_subject(groups: list[Mention], later: Mention) -> Mention | None:
    """ "Protests against the treaty erupted on Monday", "an interview that aired on Sunday": a verb read by its
    subject ("erupt" with protests), or one no lexicon lists, tells the happening its subject names, one event (hard
    negative: "protesters erupted in cheers", a doer, no happening)."""
    verb = later.trigger
    if verb.pos_ != "VERB" or ("+subject:" not in later.sense.rule and later.sense.rule != DATED_RULE):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("that", "which") and verb.dep_ == "relcl":
        subject = verb.head  # "an interview that aired over the weekend": the interview airing
    return next((g for g in groups if subject is not None and g.trigger.i == subject.i
                 and (g.category == later.category or later.sense.rule == DATED_RULE)), None)


# General nouns news uses to point back at whatever just happened: "the incident", "the episode".
_GENERAL_ANAPHORS = {"incident", "episode", "affair", "occurrence", "ordeal", "tragedy", "carnage"}


def _the_incident(groups: list[Mention], later: Mention) -> Mention | None:
    """ "Police detained a teenager … the incident drew crowds": "the incident" is the story's incident, the first
    arrest, attack, accident, crime or disaster it told; "another incident", "two other incidents" are new (hard
    negatives), and with no such act before it the noun stands alone."""
    noun = later.trigger
    if noun.lemma_.lower() not in _GENERAL_ANAPHORS or noun.pos_ != "NOUN" or noun.tag_ != "NN" \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children) \
            or any(c.lower_ in _ANOTHER for c in noun.children):
        return None
    earlier = [g for g in groups if g.trigger.i < noun.i and g.trigger.lemma_.lower() not in _GENERAL_ANAPHORS]
    lead = _lead_sentences(noun.doc)
    told_first = [g for g in earlier if g.category in _INCIDENT_KINDS | {HAPPENING}
                  and g.sentence.start in lead]  # the happening the story opens with ("a ferry was found adrift …")
    kinds = [g for g in earlier if g.category in _INCIDENT_KINDS]
    chosen = told_first or kinds  # the story's own incident, told first; not the nearest act
    return chosen[0] if chosen else None


_POINTING_BACK = {"announcement", "decision", "move"}


def _restated_in_apposition(groups: list[Mention], later: Mention) -> Mention | None:
    """ "Her trip to Rome — a trip meant to calm the allies — ended …": a noun in apposition to the same noun
    names the same happening again, to say more about it; the head's own reading stands (hard negative: "the
    talks, a prelude to a treaty": another word, left to the other rules)."""
    noun = later.trigger
    if noun.pos_ != "NOUN" or noun.dep_ != "appos":
        return None
    return next((g for g in groups if g.trigger.i == noun.head.i and g.category == later.category
                 and g.trigger.lemma_.lower() == noun.lemma_.lower()), None)


def _what_the_paper_asks(groups: list[Mention], later: Mention) -> Mention | None:
    """ "Launched a petition asking the council to …", "a resolution calling for a truce": the participle tells
    what the petition or the resolution asks; one demand, with the paper's time and modality (hard negative:
    "sent a letter urging the minister to …": the sending is a contact, the urging the letter's demand — two
    categories, two events)."""
    verb = later.trigger
    if verb.pos_ != "VERB" or verb.tag_ != "VBG" or verb.dep_ != "acl" or verb.head.pos_ != "NOUN":
        return None
    return next((g for g in groups if g.trigger.i == verb.head.i and g.category == later.category), None)


def _the_announcement(groups: list[Mention], later: Mention) -> Mention | None:
    """ "The agency added five firms on Monday … Monday's announcement widens the field": a bare "the
    announcement", "the move", "Monday's decision" with no content of its own names the act told before on that
    day (hard negatives: "the announcement of a new budget", "the decision to close the plant" tell their own
    content; "another announcement" is new; an undated one is left alone)."""
    noun = later.trigger
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.lemma_.lower() not in _POINTING_BACK or later.date is None:
        return None
    children = list(noun.children)
    if any(c.lower_ in _ANOTHER or c.ent_type_ == "ORDINAL" for c in children) or any(
            c.dep_ in ("prep", "acl", "relcl") for c in children):
        return None
    if not any((c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss" for c in children):
        return None
    return next((g for g in groups if g.trigger.i < noun.i and g.date is not None and g.modality == "happened"
                 and g.trigger.lemma_.lower() not in _POINTING_BACK and _same_day(g.date, later.date)), None)


_CONCLUDING = {"sign", "complete", "close", "finalise", "finalize", "seal", "conclude", "ink"}
_TRADES_NAMED = DEALS | {"acquisition", "takeover", "merger", "transaction", "buyout"}


def _deal_concluded(groups: list[Mention], later: Mention) -> Mention | None:
    """ "Acme has acquired 51% of Boreal … The purchase was completed on 2 May": the deal just told, concluded
    on that day; one happening, dated by the signing (hard negative: "a deal" or "another deal" is a new one)."""
    verb = later.trigger
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CONCLUDING:
        return None
    deal = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _TRADES_NAMED
                 and any(d.dep_ in ("det", "poss") and d.lower_ in ("the", "this", "that", "its", "their")
                         for d in c.children)
                 and not any((d.dep_ == "compound" and d.pos_ == "NOUN") or d.ent_type_ == "DATE"
                             for d in c.children)), None)  # "the peace
    # deal was signed" names a deal of its own
    if deal is None:
        return None
    return next((g for g in reversed(groups) if g.category in ("BUSINESS", "AGREE") and g.trigger.i < verb.i
                 and g.modality == "happened" and (g.date is None or later.date is None
                                                   or _same_day(g.date, later.date))), None)


def _day_of_its_own(noun: Token, when: EventDate) -> bool:
    """ "Advanced to Saturday's semifinals": a happening named with its own day ahead is still to come, whatever
    tense the verb above it takes (hard negative: "won Saturday's semifinal", told in the past with a past day)."""
    return noun.pos_ == "NOUN" and when.expression is not None and any(
        c.dep_ == "poss" and c.idx <= when.expression.start < c.idx + len(c.text) + 2 for c in noun.children)


def _the_deal_again(groups: list[Mention], later: Mention) -> Mention | None:
    """ "Aerolux has bought twelve jets from Corvo. The deal was announced at a forum …": "the deal" in a later
    sentence is the trade just told, whatever word told it. Hard negatives: "a deal", "another deal", "a new
    deal" are new ones; "the peace deal" names its own content; with no trade told before, the deal is its own."""
    noun = later.trigger
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _TRADES_NAMED or later.category not in ("AGREE", "BUSINESS"):
        return None
    if not any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in noun.children) or any(
            c.dep_ in ("compound", "amod", "nmod", "nummod", "poss", "acl", "relcl") or c.ent_type_ == "DATE"
            or (c.dep_ == "prep" and c.lower_ in ("for", "on", "to")) for c in noun.children):
        return None  # "the 1991 agreement", "the peace deal", "the deal to lease tankers": deals of their own
    if later.modality != "happened":
        return None
    return next((g for g in reversed(groups) if g.category == "BUSINESS" and g.trigger.i < noun.i
                 and g.trigger.sent.start != noun.sent.start and g.modality == "happened"
                 and g.trigger.lemma_.lower() in _TRADE_WORDS), None)


# The words a trade is told with: a delivery or a price cut told before is no deal.
_TRADE_WORDS = _TRADES_NAMED | {"buy", "purchase", "sell", "acquire", "order", "lease", "sign", "invest", "merge",
                                "agree", "negotiate", "ink", "seal", "clinch"}


def _product_shown_again(groups: list[Mention], later: Mention) -> Mention | None:
    """ "Corvo today introduced the Slate phone … Holt unveiled the device on stage": the product shown again,
    named by "the device", is the launch just told, whatever verb tells it. Hard negatives: "also unveiled a new
    laptop", another product; a launch on another day is another launch."""
    verb = later.trigger
    if later.category != "LAUNCH" or verb.pos_ != "VERB":
        return None
    thing = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if thing is None or thing.pos_ != "NOUN" or thing.lemma_.lower() not in _SHOWN_THINGS or not any(
            d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in thing.children) or any(
            c.dep_ in ("compound", "amod", "nummod") for c in thing.children):
        return None
    return next((g for g in reversed(groups) if g.category == "LAUNCH" and g.trigger.i < verb.i
                 and g.modality == later.modality == "happened" and _shows_a_product(g.trigger)
                 and (g.date is None or later.date is None or _same_day(g.date, later.date))), None)


def _shows_a_product(verb: Token) -> bool:
    """The launch's verb acts on a product ("introduced the Slate phone", "released Quill 2"), not on a place
    ("the airport opened")."""
    thing = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None) if verb.pos_ == "VERB" else None
    return thing is not None and (thing.pos_ == "PROPN" or thing.lemma_.lower() in _SHOWN_THINGS
                                  or model_number(thing) or thing.ent_type_ == "PRODUCT")


# What a launch's product is called when it is named again. Written for dateline; CC0.
_SHOWN_THINGS = {"device", "phone", "handset", "smartphone", "tablet", "laptop", "computer", "product", "gadget",
                 "player", "console", "camera", "watch", "car", "vehicle", "model", "service", "system", "software",
                 "app", "machine", "aircraft", "plane", "jet"}


def _body_of_the_dead(groups: list[Mention], later: Mention) -> Mention | None:
    """ "A guard was shot dead on Friday … Lunn's body was found by a neighbour": the body of someone whose death
    or killing was told is that death found, not another. Hard negative: "the body of a woman was found" after
    another's death, a body of no one told."""
    if later.sense.rule != "rule:found_dead":
        return None
    body = next((c for c in later.trigger.children if c.dep_ in ("nsubjpass", "dobj")
                 and c.lemma_.lower() in ("body", "remains", "corpse")), None)
    if body is None or not any(c.dep_ == "poss" for c in body.children):
        return None
    return next((g for g in reversed(groups) if g.category in ("DEATH", "ASSAULT") and g.modality == "happened"
                 and g.trigger.i < later.trigger.i), None)


# Nouns for a person or a place a relative clause can single out by the act told of it.
_DESCRIBED_BY_ACT = {"man", "woman", "men", "women", "person", "people", "boy", "girl", "teen", "teenager",
                     "youth", "suspect", "driver", "gunman", "attacker", "assailant", "thief", "robber", "officer",
                     "spot", "place", "site", "scene", "street", "house", "home", "building", "area", "corner"}


def _doer_described(groups: list[Mention], later: Mention) -> Mention | None:
    """ "A boy was snatched from a playground on Sunday … the woman who snatched the boy was arrested", "crowds
    gathered at the spot where the officer shot him": a relative clause that picks out a person or a place by an
    act the story has told is that act, not another. Hard negatives: a clause with a day, or a named party, of
    its own ("the man who shot a guard in Nice", "… last year"), "again", and an act the story has not told."""
    verb = later.trigger
    if verb.pos_ != "VERB" or verb.dep_ != "relcl" or later.modality not in _SETTLED \
            or verb.head.lemma_.lower() not in _DESCRIBED_BY_ACT or any(
                c.lower_ in _ANOTHER | {"again", "once", "twice", "to"} for c in verb.children):
        return None  # "the first woman to be elected": a rank, not the act told again
    if later.date is not None and later.date.rule not in _INFERRED:
        return None
    for group in reversed(groups):
        pieces = (group, *group.more)
        if group.trigger.i >= verb.i or group.modality not in _SETTLED or not (
                group.category == later.category or {group.category, later.category} <= _HOMICIDE_KINDS) \
                or not any(_one_word(p.trigger, verb) for p in pieces):
            continue
        told = " ".join(doc_text(verb.doc)[p.sentence.start:p.sentence.end].lower() for p in pieces)
        if all(w.lower_ in told for w in verb.subtree if w.pos_ == "PROPN"):  # "in Nice" after one in Lyon: two
            return group
    return None


def _headline_and_lead(doc: Doc) -> tuple[SpacySpan, list[SpacySpan]] | None:
    """The headline and the lead's first two long sentences, read once per article (a line saying when the page
    was written may stand above the headline); None when the text opens with no headline."""
    key = "dateline_headline_and_lead"  # token offsets only, so the doc still serialises
    if key not in doc.user_data:
        text = doc_text(doc)
        first = list(islice(doc.sents, 12))  # the headline and the lead stand among the first lines
        sentences = [s for s in first if s.text.strip() and not _stamp_text(_line_of(text, s.start_char))]
        doc.user_data[key] = [(s.start, s.end) for s in [sentences[0], *[
            s for s in sentences[1:] if len(s.text.split()) > 8][:2]]] \
            if len(sentences) >= 2 and _headline(sentences[0].root, text, 0) else None
    bounds: list[tuple[int, int]] | None = doc.user_data[key]
    if bounds is None:
        return None
    return doc[bounds[0][0]:bounds[0][1]], [doc[a:b] for a, b in bounds[1:]]


def _headline_told_again(groups: list[Mention], later: Mention) -> Mention | None:
    """ "Barkley lashes out at NCAA" over "Charles Barkley blasted the investigation on Friday": the lead tells the
    headline's happening again, in other words and with its day; one happening of the same kind, by the same
    doer (hard negatives: a lead event of another kind, or by another doer, stays apart)."""
    found = _headline_and_lead(later.trigger.doc)
    if found is None or not any(s.start <= later.trigger.i < s.end for s in found[1]):
        return None
    headline = found[0]
    told = [g for g in groups if headline.start <= g.trigger.i < headline.end
            and g.category == later.category and not _realis_apart(g, later)]
    same = [g for g in told if _one_word(g.trigger, later.trigger)]
    if len(told) > 1 and len(same) == 1:
        told = same  # "shooting kills 1, injures 2" over "… and injured two others": the same word's
    others = any(g.category == later.category for g in groups if g not in told)
    if len(told) != 1 or (others and not same):
        return None
    home = told[0]
    if home.trigger.pos_ != "VERB" and (later.trigger.pos_ != "VERB" or later.trigger.lemma_.lower() in
                                        _HARMS | _KILLS | {"die", "injure"} or home.sense.category == HAPPENING) \
            and not (later.trigger.pos_ == "NOUN" and home.sense.category != HAPPENING and (_one_word(
                home.trigger, later.trigger) or _clipped(home.trigger, later.trigger))):
        return None  # "Mill fire" over "two were hurt in a fire": a headline noun names the occasion, not the harm;
        # but "Killer quake" over "a powerful earthquake struck": the same noun names the same occasion
    if home.trigger.pos_ != "VERB":
        return home  # "Jewellery heist" over "… on Monday, stealing $2 million in gems": the lead's act is the heist
    a, b = home.source, later.source
    if a is None or b is None or (a.entity and a.entity == b.entity) or a.name.lower() in b.name.lower() \
            or b.name.lower() in a.name.lower():  # "Baltwerk" in the headline, "Baltwerk Holding" in the lead
        return home
    if _surnames(a.name) & _surnames(b.name):
        return home  # "Ex-aide Fred Lund, 75, dies" over "Frederick Lund died on Monday": one name, told twice
    if _described_person(a.name) and (_human(b.name) or _proper(b.name) or b.entity is not None):
        return home  # "Briton dies on Alpine peak" over "Tom Hale, 32, died on Saturday": the headline describes
        # the person the lead names (hard negative: "Acme sues rival" over "Boreal sued Acme", two bodies)
    return None


def _described_person(name: str) -> bool:
    """A person told by a demonym or a person noun alone ("Briton", "Climber", "Teen"), as headlines do."""
    words = name.split()
    if not words or len(words) > 3:
        return False
    last = words[-1]
    return (_human(last) and not _proper(name)) or (_demonyms().place_of(last) is not None and last[:1].isupper()
                                                    and len(words) == 1)


def _surnames(name: str) -> set[str]:
    """The last capitalised word of a name, where a name ends before a comma or a figure ("Fred Lund, 75")."""
    words = re.findall(r"[A-Z][\w'’-]*", re.split(r",|\d", name)[0])
    return {words[-1].lower()} if words and len(words[-1]) > 2 else set()


def _lead_sentences(doc: Doc) -> set[int]:
    """Where the first two sentences of the body start (the lead, after any headline and dateline lines)."""
    starts = [s.start_char for s in doc.sents if len(s.text.strip()) > 60]
    return set(starts[:2])


# What an "incident" is: something that befalls or is done to someone, not a statement, a meeting or a plan.
_INCIDENT_KINDS = {"COERCE", "ASSAULT", "FIGHT", "ACCIDENT", "CRIME", "DISASTER", "DEATH", "PROTEST", "THREATEN",
                   "SANCTION", "RESCUE"}


def _named_after_the_act(act: Mention, later: Mention) -> bool:
    """ "Jailed for ten years on Monday" … "plans to appeal the sentence": a noun naming again an act told as done
    takes its reading from what is now asked, planned or denied of it, which does not undo the act; "the deal was
    cancelled" does."""
    return act.modality == "happened" and act.trigger.pos_ == "VERB" and later.trigger.pos_ in ("NOUN", "PROPN") \
        and later.trigger.i > act.trigger.i and later.modality != "blocked"


def _own_time(trigger: Token, when: EventDate) -> bool:
    """The time expression is the trigger's own: governed by it, or inside a noun trigger's phrase."""
    if when.expression is None:
        return True
    span = trigger.doc.char_span(when.expression.start, when.expression.end, alignment_mode="expand")
    if span is None:
        return True
    if trigger.pos_ != "VERB":
        return trigger.left_edge.i <= span.root.i <= trigger.right_edge.i
    governor = next((w for w in [span.root, *span.root.ancestors] if w.pos_ in ("VERB", "AUX")), None)
    return governor is not None and governor.i == trigger.i


# Moves into and out of a post: "was hired and then fired" is two moves, "resigned" … "his resignation" one.
_POST_MOVES = {**dict.fromkeys(("hire", "appoint", "name", "nominate", "promote", "elect", "recruit", "install",
                                "hiring", "appointment", "nomination", "promotion", "election", "sign"), "in"),
               **dict.fromkeys(("fire", "sack", "dismiss", "oust", "resign", "retire", "quit", "remove", "demote",
                                "firing", "dismissal", "resignation", "retirement", "ouster", "removal", "suspend",
                                "suspension", "waive", "release"), "out")}


def _same_move(a: Token, b: Token) -> bool:
    move_a, move_b = _POST_MOVES.get(a.lemma_.lower()), _POST_MOVES.get(b.lemma_.lower())
    return move_a is None or move_b is None or move_a == move_b


def _clipped(a: Token, b: Token) -> bool:
    """A headline's clipped word for the lead's ("quake" for "earthquake")."""
    first, second = sorted((a.lemma_.lower(), b.lemma_.lower()), key=len)
    return len(first) >= 4 and second.endswith(first)


def _line_of(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start:end if end >= 0 else len(text)]


def _one_word(a: Token, b: Token) -> bool:
    """The same word, or a verb and its noun ("ruled" … "the ruling", "convicted" … "his conviction"), or two
    words of one stage of a case ("ruled" … "the court's judgement"); a trial and its sentence are two events."""
    first, second = sorted((a.lemma_.lower(), b.lemma_.lower()), key=len)
    if second.startswith(first.removesuffix("e")) and len(first) >= 3:
        return True
    stage_a, stage_b = _LEGAL_STAGES.get(a.lemma_.lower()), _LEGAL_STAGES.get(b.lemma_.lower())
    if stage_a is not None and stage_a == stage_b:
        return True
    kind_a, kind_b = _ONE_ACT.get(a.lemma_.lower()), _ONE_ACT.get(b.lemma_.lower())
    return kind_a is not None and kind_a == kind_b


# Words a story uses in turn for one act ("is investigating the firm" … "received an inquiry" … "the probe"; "died"
# … "his death"; "clashes" … "the skirmishes"): told again, not another act, when the participants agree.
_ONE_ACT = {**dict.fromkeys(("investigate", "investigation", "inquiry", "enquiry", "probe", "examine",
                             "examination"), "inquiry"),
            **dict.fromkeys(("kidnap", "kidnapping", "abduct", "abduction"), "abduction"),
            **dict.fromkeys(("die", "death"), "death"),
            **dict.fromkeys(("kill", "killing", "murder", "slay", "slaying"), "killing"),
            **dict.fromkeys(("clash", "skirmish", "fighting", "firefight", "gunfight"), "clash"),
            **dict.fromkeys(("protest", "demonstration", "demonstrate"), "protest"),
            **dict.fromkeys(("resign", "resignation", "quit"), "resignation"),
            **dict.fromkeys(("evict", "eviction", "expel", "expulsion"), "eviction"),
            **dict.fromkeys(("talk", "negotiation", "negotiate"), "talks"),
            **dict.fromkeys(("earthquake", "quake", "tremor", "temblor"), "quake"),
            **dict.fromkeys(("fire", "blaze", "inferno"), "fire"),
            **dict.fromkeys(("flood", "flooding", "deluge"), "flood"),
            **dict.fromkeys(("explosion", "blast", "explode"), "explosion")}


# The stages of a case, each told in several words; a word not listed is its own stage.
_LEGAL_STAGES = {**dict.fromkeys(("ruling", "rule", "judgement", "judgment", "verdict", "decision",
                                  "convict", "conviction", "acquit", "acquittal", "find"), "decision"),
                 **dict.fromkeys(("sentence", "sentencing"), "sentence"),  # a verdict and its sentence: two days
                 **dict.fromkeys(("trial", "try", "hearing", "proceedings", "case"), "trial"),
                 **dict.fromkeys(("charge", "charges", "indict", "indictment", "prosecute", "prosecution"), "charge"),
                 **dict.fromkeys(("lawsuit", "suit", "sue", "complaint", "claim"), "suit")}


_NAMED_STORMS = {"hurricane", "typhoon", "cyclone", "storm"}


def _worth_keeping(pieces: list[Mention]) -> bool:
    """An event a reader would put in a table: a verb, or a noun that stands as a participant of its
    clause ("the attack", "after the election") — not a noun modifying another ("attack helicopter")."""
    first = pieces[0]
    if _diplomatic_rank(first.trigger):
        return False  # "the chargés d'affaires of 30 countries": a rank
    if first.trigger.dep_ in ("compound", "amod") and first.trigger.head.lemma_.lower() in _OCCASION_TIMES:
        return True  # "the opening night", "on election day": the night is the happening's
    return first.trigger.pos_ == "VERB" or first.trigger.dep_ not in ("compound", "amod", "poss") \
        or first.sense.rule == _RESULT.rule  # "Palm Grove d. Riverside": the parser makes "d." part of a name


# Time nouns a happening names its occasion by ("opening night", "election day", "launch weekend").
_OCCASION_TIMES = {"night", "day", "weekend", "evening", "morning", "date"}


def _future_here(word: Token) -> bool:
    """The word's own clause says "will" or "shall" (not one it hangs on)."""
    verb = word if word.pos_ in ("VERB", "AUX") else None
    return verb is not None and any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children)


def _wholly_before(when: EventDate, published: date | None) -> bool:
    """A calendar value that ends before the day of writing: a past year, month or day ("2007", "May 2023")."""
    value = when.value or ""
    if published is None or len(value) < 4 or not value[:4].isdigit() or "W" in value:
        return False
    if len(value) >= 10 and value[5:7].isdigit() and value[8:10].isdigit():
        return value[:10] < published.isoformat()
    if len(value) >= 7 and value[5:7].isdigit():
        return value[:7] < published.isoformat()[:7]
    return len(value) == 4 and value < published.isoformat()[:4]


def _this_period(when: EventDate, published: date | None) -> bool:
    """The week or the month of writing ("this week", "this month"), not a day or a year."""
    if published is None or not when.value:
        return False
    iso = published.isocalendar()
    return when.value in (f"{iso[0]}-W{iso[1]:02d}", published.isoformat()[:7])


def _told_in_present(word: Token) -> bool:
    """The clause telling the word is in the simple present ("are on display", "runs until Sunday")."""
    verb = word if word.pos_ in ("VERB", "AUX") else next(
        (a for a in word.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ in ("VBZ", "VBP") and not auxiliaries


def _after(when: EventDate, published: date | None) -> bool:
    if published is None or not when.value or len(when.value) < 4 or not when.value[:4].isdigit():
        return False
    value = when.value
    week = re.match(r"(\d{4})-W(\d{2})(-WE)?", value)
    if week:  # a week starts on Monday, its weekend on Saturday
        return date.fromisocalendar(int(week.group(1)), int(week.group(2)), 6 if week.group(3) else 1) > published
    if not value[5:7].isdigit():
        return value[:4] > published.isoformat()[:4]  # "2024-Q3", "2024-SU": only the year is compared
    if len(value) >= 10:
        return value[:10] > published.isoformat()
    if len(value) >= 7:
        return value[:7] > published.isoformat()[:7]
    return value[:4] > published.isoformat()[:4]


def _first(pieces: list[Mention], attribute: str) -> Any:
    """The first mention that knows the source, target, place or date supplies it."""
    return next((getattr(p, attribute) for p in pieces if getattr(p, attribute)), None)


def _source(pieces: list[Mention]) -> EventActor | None:
    """The first known doer, but not the one another mention of the event names as done to ("accused of killing
    Ann Roe" … "she saw Roe killed", parsed with Roe as its subject): the victim is no doer of her own killing
    (hard negative: "he shot himself", one mention naming both)."""
    target = _first(pieces, "target")
    teller = next((p for p in pieces if p.target), None)
    for piece in pieces:
        source = piece.source
        if source and not (target is not None and piece is not teller and _one_party(source, target)):
            return source
    return None


def _one_party(a: EventActor, b: EventActor) -> bool:
    if a.entity and b.entity:
        return a.entity == b.entity
    first, second = a.name.lower(), b.name.lower()
    return first == second or (len(first) > 3 and len(second) > 3 and (first.endswith(" " + second)
                                                                      or second.endswith(" " + first)))


def _named_again(groups: list[Mention], later: Mention) -> Mention | None:
    """The event a definite noun refers back to: the nearest earlier one whose verb it is the noun of ("resigned"
    … "his resignation"), or, for "the deal", the nearest earlier trade — when no day or named party tells them
    apart."""
    noun = later.trigger
    if noun.pos_ == "VERB" and later.sense.rule != LEGAL_ACT:  # "a new study … was published this week", "… the
        # Iodine Study published in the journal": the noun told first is what the verb acts on, or the same word
        # for it; "appealed the sentence" is an act of its own on it
        acted_on = [c for c in noun.children if c.dep_ in ("dobj", "nsubjpass")]
        if noun.dep_ == "acl" and noun.tag_ == "VBN":
            acted_on.append(noun.head)
        words = {w.lemma_.lower() for w in acted_on} | {w.lower_ for w in acted_on}
        home = next((g for g in reversed(groups) if g.category == later.category and g.trigger.pos_ in ("NOUN", "PROPN")
                     and (g.trigger.i in {w.i for w in acted_on} or g.trigger.lemma_.lower() in words)
                     and _compatible(g, later)), None)
        if home is not None:
            return home
    if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("dobj", "nsubjpass"):  # "hosted the World Cup", "won the
        # match": the occasion acted on is the act's own, when both are the same kind of happening
        home = next((g for g in reversed(groups) if g.trigger == noun.head and g.category == later.category), None)
        put_off = noun.head.lemma_.lower() in _POSTPONING and any(
            c.lower_ in ("to", "until", "till") for c in new_time_preps(noun.head))
        if home is not None and not put_off:  # "postponed the ruling until May": the ruling, still to come on its
            return home  # new day, is an event of its own
    if noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.dep_ == "agent":  # "shot by a sniper's fire",
        carrier = noun.head.head  # "destroyed by the blaze": the act and what did it, one happening
        home = next((g for g in reversed(groups) if g.category == later.category
                     and any(p.trigger == carrier for p in (g, *g.more))), None)
        if home is not None:
            return home
    if noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ in ("for", "on"):
        carrier = noun.head.head  # "a deal for co-operation", "a pact on trade", "reached a deal on Monday for
        deals = [carrier] if carrier.lemma_.lower() in DEALS else [  # co-operation": the deal's terms
            c for c in carrier.children if c.dep_ == "dobj" and c.lemma_.lower() in DEALS]
        home = next((g for g in reversed(groups) if g.trigger in deals and deal_for(g.category, g.trigger)), None)
        if home is not None:  # not "an order for the release of the prisoners": a court's order, what it orders
            return home       # is an act of its own
    if noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "under", "through", "via"):
        carrier = noun.head.head  # "agreed to buy ten jets in a deal worth $2 billion": the deal is that purchase
        home = next((g for g in reversed(groups) if any(p.trigger == carrier or p.trigger.head == carrier
                                                        for p in (g, *g.more))), None)
        if home is not None and deal_for(home.category, noun):
            return home
    if not _pointing_back(later.trigger, plural=any(nominal_of(p.trigger, later.trigger)
                                                     for g in groups for p in (g, *g.more))):
        return None
    dated_owner = any(c.dep_ == "poss" and (c.ent_type_ in ("DATE", "TIME") or c.lower_ in _WHEN_POSSESSORS)
                      for c in later.trigger.children)  # "Monday's announcement" is the one of that day
    for group in reversed(groups):
        if group.trigger.sent == later.trigger.sent and group.category == later.category and not any(
                nominal_of(p.trigger, later.trigger) for p in (group, *group.more)):
            return None  # "won the cup in 2011 and was the youngest winner of the award": the award is the one of
            # its own sentence, not a scholarship "awarded" paragraphs before
        told = [p.trigger for p in (group, *group.more)]
        if any(nominal_of(w, later.trigger) for w in told) or (
                deal_for(group.category, later.trigger) and later.trigger.lemma_ not in {w.lemma_ for w in told}):
            same_day = later.date is not None and group.date is not None and later.date.value == group.date.value
            return group if _compatible(group, later) and (same_day or not dated_owner) else None
    return None


def _pointing_back(noun: Token, plural: bool = False) -> bool:
    """ "the deal", "his resignation", "Monday's announcement": definite and not one more of the kind; a plural
    ("the thefts") only when it names acts just told by their verb."""
    if noun.pos_ != "NOUN" or (noun.tag_ == "NNS" and not plural):
        return False
    children = list(noun.children)
    if any(c.lower_ in _ANOTHER or c.ent_type_ == "ORDINAL" for c in children):
        return False
    return any((c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss" for c in children)


def _compatible(a: Mention, b: Mention) -> bool:
    """No other day, and no other owner named on the noun ("Acme's deal" is not the one Boreal made)."""
    if a.date is not None and b.date is not None and not _same_day(a.date, b.date) \
            and b.date.rule not in _INFERRED:  # "the exchange of fire" named again takes no day from the
        # sentence before it (hard negative: "Monday's announcement" after Friday's is another one)
        return False
    owners = [c for c in b.trigger.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"]
    taking_part = [x for p in (a, *a.more) for x in (p.source, p.target) if x]
    names = " ".join(x.name for x in taking_part)
    entities = {x.entity for x in taking_part if x.entity}
    return all(c.text in names for c in owners) or bool(entities & {x.entity for x in (b.source, b.target) if x})


# Participles that give an occasion's time wherever the parse hangs them ("the meeting between the ministers
# planned for Thursday").
_TIMETABLED = {"plan", "schedule", "set", "slate", "due", "expect", "reschedule", "postpone", "move"}


# Verbs that tell an act coming into force ("the merger of the chains, which became final Tuesday"): wherever the
# parse hangs them, their time is the act's.
_COMPLETIONS = {"become", "complete", "finalize", "finalise", "conclude"}


_CHOSEN = {"decide", "opt", "choose", "elect", "vote", "agree", "move", "resolve"}  # "decided to fire him": done then


def _realis_apart(a: Mention, b: Mention) -> bool:
    """ "Police had arrested 14 men" … "a bounty for tips that lead to an arrest": what was done is not what
    is hoped or asked for."""
    planned = a if a.modality == "planned" else b
    if "happened" in (a.modality, b.modality) and planned.modality == "planned" \
            and a.trigger.pos_ == b.trigger.pos_ == "VERB" and a.trigger.lemma_ != b.trigger.lemma_ \
            and not (planned.trigger.dep_ == "xcomp" and planned.trigger.head.lemma_.lower() in _CHOSEN):
        return True  # "gave himself up on Monday" … "will be handed to the state": a deed done and another to come
        # (hard negative: "the summit will open on Friday" … "the summit opened", one word, told before and after)
    told = {a.modality, b.modality}
    denied = a if a.modality_rule == "modality:negation" else b if b.modality_rule == "modality:negation" else None
    return ("happened" in told and bool(told & {"hypothetical", "demanded"})) or (
        len(told) == 2 and denied is not None and not (denied.trigger.pos_ == "NOUN" and any(
            (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
            or (c.dep_ == "amod" and c.lemma_.lower() in _ARRANGED) for c in denied.trigger.children)))
    # "the hostel did not receive a grant" … "hopes for more grants": one not done, one hoped (hard negatives:
    # "agreed to buy it" … "the deal was blocked", "met him, reportedly" … "the meeting never took place", and
    # "tried to see her" … "a planned meeting with her will not go ahead": one happening, undone or denied)


_ARRANGED = {"schedule", "plan", "planned", "scheduled", "arrange", "expect", "propose", "announce", "agree"}


_FILINGS = {"suit", "lawsuit", "complaint", "petition", "claim", "motion", "appeal", "filing", "action", "writ"}


def _parties(mention: Mention) -> set[str]:
    """Who takes part: a calamity's damage ("the quake damaged dozens of homes") is no party that tells one quake
    from another, a place it strikes is (hard negative: "a quake hit Chile" … "a quake hit Peru", two)."""
    return {x.entity or x.name.lower() for x in (mention.source, mention.target) if x and not (
        x is mention.target and mention.category == "DISASTER" and x.entity is None and x.country_code is None)}


def _same(a: Mention, b: Mention) -> bool:
    ids_a, ids_b = _parties(a), _parties(b)
    if a.category == b.category == "APPOINT" and _leaves_post(a.trigger) and _leaves_post(b.trigger):
        ids_a, ids_b = _named_parties(a), _named_parties(b)  # "stepped down from the post of chief executive"
        # … "resigned in a note": the post left is no party; one person leaving is one departure
    if said_again(a.trigger, b.trigger) and not (ids_a and ids_b) and (
            a.date is None or b.date is None or _same_day(a.date, b.date)):
        return True  # "his travel ban" … "the president's travel ban"
    if ids_a and ids_b:
        return ids_a == ids_b or _described_again(a, b, ids_a & ids_b)
    # "… until the sale was halted": a bare "the sale" close after one is that one; so is "this ruling" or "the
    # court's ruling" — but not "a second attack", "the latest raid", "the next round" (another of the kind)
    if not ids_b and _bare_definite(b.trigger) and (
            (a.trigger.pos_ == "NOUN" and a.trigger.lemma_.lower() == b.trigger.lemma_.lower())
            or (a.trigger.lemma_.lower() != b.trigger.lemma_.lower() and _one_word(a.trigger, b.trigger))) and (
            a.date is None or b.date is None or _same_day(a.date, b.date)):
        return True  # "Harbour protests grew …" … "The protests closed the terminal": the same ones, named again
    if not ids_b and _time_possessed(b.trigger) and a.trigger.lemma_.lower() == b.trigger.lemma_.lower() \
            and not _told_apart(a.trigger, b.trigger) and (
            (a.date is None and _definite(a.trigger)) or (a.date is not None and b.date is not None
                                                          and _same_day(a.date, b.date))):
        return True  # "ahead of the debate" … "at Wednesday's debate": the day names the one just told
    return not ids_b and _definite(b.trigger) and b.sentence.start - a.sentence.end < 3000 and _one_time(a, b) \
        and not _told_apart(a.trigger, b.trigger)


def _leaves_post(trigger: Token) -> bool:
    lemma = trigger.lemma_.lower()
    return lemma in _LEAVING_POSTS or (lemma in ("step", "stand") and any(
        c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "down" for c in trigger.children))


_LEAVING_POSTS = {"resign", "quit", "retire", "resignation", "retirement", "departure"}


def _named_parties(mention: Mention) -> set[str]:
    return {x.entity for x in (mention.source, mention.target) if x is not None and x.entity}


def _phrase_words(trigger: Token) -> set[str]:
    return {g.lemma_.lower() for c in trigger.children if c.dep_ == "prep" for g in c.subtree
            if g.pos_ in ("NOUN", "PROPN")}


def _told_apart(a: Token, b: Token) -> bool:
    """Each mention with a phrase of its own, and none shared ("the game against the Steelers" … "this week's game
    in Miami"): two of a kind, not one told again (hard negative: "the game against the Steelers" … "the game",
    which has no phrase of its own)."""
    words_a, words_b = _phrase_words(a), _phrase_words(b)
    return bool(words_a) and bool(words_b) and not words_a & words_b


def _own_dated(mention: Mention) -> Mention:
    """The mention with only a date its own words give: a story's current day, carried by position ("the fight"
    told again in a paragraph about Monday's reactions), says nothing of when a named-again act took place."""
    if mention.date is None or mention.date.rule not in _INFERRED:
        return mention
    return replace(mention, date=None, more=mention.more)


def _one_time(a: Mention, b: Mention) -> bool:
    """No two times that cannot be one ("the 2016 election" … "the election in 2020"); "in May" and "on May 3"
    can."""
    if a.date is None or b.date is None or not a.date.value or not b.date.value:
        return True
    return a.date.value.startswith(b.date.value) or b.date.value.startswith(a.date.value)


def _same_day(a: EventDate, b: EventDate) -> bool:
    """ "On Saturday" and "on Saturday night" are one day; "in March" and "on March 3" are not told as one."""
    if a.value is None or b.value is None:
        return a.value == b.value
    return a.value == b.value or (len(a.value) >= 10 and len(b.value) >= 10 and a.value[:10] == b.value[:10])


_JOURNEY_WORDS = {"trip", "visit", "journey", "tour", "travel", "head", "fly", "voyage", "mission"}


def _one_journey(a: Token, b: Token) -> bool:
    """ "The minister headed to Nairobi" … "the minister's one-day trip": a journey told in other words."""
    return a.lemma_.lower() in _JOURNEY_WORDS and b.lemma_.lower() in _JOURNEY_WORDS


def _described_again(a: Mention, b: Mention, shared: set[str]) -> bool:
    """ "Customs officers detained Lena Ortiz at the border" … "officers detained and searched the courier": the
    same word for the same act with one participant in common, the other named in one mention and only described
    in the other, is one event told twice (the lead's summary and the body's account). Two named targets
    ("detained Lena" … "detained Omar") or two different days are two events."""
    if not shared or not (_one_word(a.trigger, b.trigger) or _one_journey(a.trigger, b.trigger)):
        return False
    if a.date is not None and b.date is not None and not _same_day(a.date, b.date):
        return False
    named_a = {x.entity for x in (a.source, a.target) if x and x.entity and x.entity not in shared}
    named_b = {x.entity for x in (b.source, b.target) if x and x.entity and x.entity not in shared}
    return not (named_a and named_b)


_WHEN_POSSESSORS = {"year", "month", "week", "day", "season", "today", "yesterday", "tomorrow", "tonight", "weekend",
               "morning", "evening", "night", "afternoon", "decade", "century", "spring", "summer", "autumn", "fall",
               "winter", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_ANOTHER = {"second", "third", "fourth", "another", "new", "next", "latest", "last", "previous", "earlier", "later",
            "first", "further", "separate", "other", "fresh", "recent", "similar", "subsequent"}


def _bare_definite(trigger: Token) -> bool:
    """ "The protests", "the investigations": the noun with "the" and nothing else of its own."""
    children = list(trigger.children)  # not "the election in 2020", "the protests over fees"
    return trigger.pos_ == "NOUN" and len(children) == 1 and children[0].dep_ == "det" and children[0].lower_ == "the"


def _time_possessed(trigger: Token) -> bool:
    """ "Wednesday's debate", "Monday's vote": the occasion named by its day."""
    return trigger.pos_ == "NOUN" and any(c.dep_ == "poss" and (c.ent_type_ in ("DATE", "TIME") or c.lower_ in (
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight",
        "yesterday", "tomorrow")) for c in trigger.children)


def _definite(trigger: Token) -> bool:
    """A noun that points back: "the", "this", "that", or a possessor — and nothing that makes it another one."""
    if trigger.pos_ != "NOUN" or (trigger.tag_ == "NNS" and trigger.lower_ not in _MUTUAL | {"clashes", "hostilities"}):
        return False  # "the attacks" may be several; "the talks" are one
    children = list(trigger.children)
    if any(c.lower_ in _ANOTHER or c.ent_type_ == "ORDINAL" for c in children):
        return False
    if any(c.dep_ == "poss" and (c.ent_type_ in ("DATE", "TIME") or c.lower_ in _WHEN_POSSESSORS) for c in children):
        return False  # "last year's contest", "Tuesday's vote": the one of that time, not the one just told
    return any((c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss" for c in children)
