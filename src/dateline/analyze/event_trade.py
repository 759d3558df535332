"""Trade, products and jobs: CAMEO reads "bought", "released" and "fired" as acts of states and armed forces;
in a story about companies they tell a purchase, a product's launch and a dismissal.

  between companies   "the airline bought twelve jets", "the two carmakers merged": BUSINESS, not CAMEO's economic
                      cooperation of governments (hard negative: "the government bought two frigates from France")
  a product released  "the laptop was released in May", "is getting ready to release a cargo barge", "announced a new
                      phone": LAUNCH, not the
                      release of people or of seized property (hard negatives: "released two hostages", "the
                      navy released the seized tanker")
  a contract for goods  "signed a deal to buy twenty jets", "inked a $2 billion contract": BUSINESS, not a formal
                      agreement of parties (hard negatives: "signed a deal to end the strike", "the ministry signed a
                      contract for frigates")
  a founding          "she founded a software firm", "set up a tea stall": LAUNCH (hard negatives: "the junta founded a
                      militia", "set up roadblocks")
  a retirement        "the premier retired in March": APPOINT, not a retreat (hard negative: "the troops retired to
                      their base")
  a dismissal         "the coach was fired by the club", "the firm fired its auditor": APPOINT, not gunfire (hard
                      negatives: "fired on the crowd", "fired rockets at the town", "was fired upon")
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from ..model import EventActor
from .event_lexicon import Sense
from .lexicon import load

ARTIFACTS = "wordnet_artifacts.tsv"

# Sectors of states, their forces and their institutions: with one of them taking part, CAMEO's reading stands.
STATE_SECTORS = {"GOV", "MIL", "REB", "INS", "SPY", "COP", "JUD", "LEG", "PTY", "OPP", "IGO", "UAF"}
_TRADE = {"buy", "purchase", "acquire", "sell", "resell", "supply", "merge", "lease", "export", "import", "deliver",
          "procure", "invest"}
_GOODS_ORDERS = {"order"}  # "ordered twelve jets" is a purchase; "ordered an inquiry", "ordered them to leave" are not
_LAUNCHES = {"release", "introduce", "unveil", "debut", "announce", "demonstrate", "ship", "demo", "present"}
# Listed as a statement or a publication (or not at all), but a product shown is its launch.
_SHOWN = {"announce", "unveil", "ship", "demo", "present"}
_FOUNDINGS = {"found", "cofound", "co-found"}
# Made things WordNet files as abstractions (software) or that it splits between senses: what a firm releases.
_MADE = {"application", "app", "software", "program", "programme", "update", "upgrade", "version", "browser",
         "game", "platform", "feature", "tool", "device", "product", "model", "edition", "console", "drug",
         "vaccine", "operating", "firmware", "patch", "plugin", "album", "single", "service", "database", "website",
         "portal", "registry"}
# Words for a part, a batch or a new form of something: what is acted on is the "of" phrase.
_PORTIONS = {"some", "several", "many", "few", "all", "most", "part", "parts", "batch", "series", "range", "line",
             "family", "generation", "iteration", "redesign", "re-design", "revamp", "overhaul", "set", "pair"}
_SIGNINGS = {"sign", "ink", "win", "seal", "clinch", "award", "offer"}
_CONTRACTS = {"contract", "deal", "agreement", "order"}
_AIMED = {"at", "on", "upon", "into", "toward", "towards", "over"}


@cache
def artifacts() -> frozenset[str]:
    return frozenset(r["lemma"] for r in load(ARTIFACTS))


def reread(sense: Sense, token: Token, actors: list[EventActor], state: Callable[[EventActor], bool],
           someone: Callable[[Token], bool]) -> Sense:
    """The sense a trade, launch or dismissal reading gives a CAMEO verb, else the sense unchanged. ``state``
    says whether an actor is a state, its forces or institutions; ``someone`` whether a word names a person."""
    lemma = token.lemma_.lower()
    if sense.category == "AGREE" and not any(state(a) for a in actors):
        if token.pos_ == "NOUN" and _commercial(token):  # "a two-year deal", "a $7 billion deal"
            return Sense("BUSINESS", None, None, sense.rule + "|rule:commercial_contract")
        deal = _undergoer(token) if token.pos_ == "VERB" and lemma in _SIGNINGS else None
        if deal is None and token.pos_ == "VERB" and lemma in _SIGNINGS | {"agree"}:  # "signed the guard to a deal",
            # "agreed to a deal to sell episodes"
            deal = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "to"
                         for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in _CONTRACTS), None)
        if _commercial(deal) or (deal is not None and deal.lemma_.lower() in _CONTRACTS and _buys(token)):
            return Sense("BUSINESS", None, None, sense.rule + "|rule:commercial_contract")
    if token.pos_ != "VERB" or ("cameo_" not in sense.rule and lemma not in _SHOWN):
        return sense
    thing = _undergoer(token)
    if lemma == "fire" and sense.category in ("ASSAULT", "FIGHT") and thing is not None and someone(thing) \
            and not any(_aimed(c) for c in token.children):
        return Sense("APPOINT", None, None, sense.rule + "|rule:dismissal")  # "the city fired its police chief" too
    if lemma == "retire" and sense.category in ("RETREAT", "CONCEDE") and thing is not None and (
            (thing.dep_ == "dobj" and not someone(thing)) or (thing.dep_ == "nsubjpass" and (
                thing.ent_type_ == "PRODUCT" or (thing.pos_ == "NOUN" and thing.lemma_.lower() in artifacts())))):
        return Sense("BUSINESS", None, None, sense.rule + "|rule:withdrawn_from_service")  # "will retire its
        # last jumbo jets", "the orbiter was retired": a craft taken out of service (not a person retired)
    if lemma in ("dismiss", "sack", "oust") and sense.category in ("DISAPPROVE", "REJECT", "COERCE") \
            and thing is not None and thing.dep_ in ("nsubjpass", "dobj") and someone(thing):
        return Sense("APPOINT", None, None, sense.rule + "|rule:dismissal")  # "the clerk was dismissed last week",
        # "the club sacked its manager" (hard negatives: "dismissed the claims", "the case was dismissed")
    if lemma == "retire" and sense.category in ("RETREAT", "CONCEDE") and thing is not None and someone(thing) \
            and thing.dep_ in ("nsubjpass", "dobj"):
        return Sense("APPOINT", "0831", None, sense.rule + "|rule:retired_from_post")  # "the detective was retired
        # from the force", "the board retired its chairman": a person made to leave a post, not a concession
    subject = _doer(token)
    if subject is None and token.dep_ == "xcomp":  # "the nurse planned to retire": the planner retires
        subject = _doer(token.head)
    if lemma == "retire" and sense.category in ("RETREAT", "CONCEDE") and subject is not None and thing is None \
            and someone(subject) and not any((a.actor_type or "") in ("MIL", "REB", "INS") for a in actors):
        return Sense("APPOINT", "0831", None, sense.rule + "|rule:retirement")  # "the premier retired in March"
    if lemma in _TRADE and thing is not None:  # "will buy more Airbuses": the goods take no part, whatever
        # the entity layer typed them (a product name read as a place)
        actors = [a for a in actors if thing.text not in a.name.split()]
    if any(state(a) and not (a.actor_type == "JUD" and lemma in _TRADE) for a in actors):
        return sense  # but "a local attorney bought the building": courts buy nothing, a lawyer trades as anyone
    goods = thing is not None and _product(thing) and (not someone(thing) or thing.lemma_.lower() in artifacts())
    # "ordered new airliners": PETRARCH's agents list airliners as civilians (the targets of attacks), not buyers
    if sense.category != "BUSINESS" and ((lemma in _TRADE and (sense.category != "AID" or goods)) or (
            lemma in _GOODS_ORDERS and (goods or _counted(thing, token)))):  # "the charity delivered food" stays aid
        return Sense("BUSINESS", None, None, sense.rule + "|rule:between_companies")
    if lemma in _FOUNDINGS and sense.category != "LAUNCH" and thing is not None:
        return Sense("LAUNCH", None, None, sense.rule + "|rule:founded")
    if lemma in _LAUNCHES and (sense.category not in ("LAUNCH", "PUBLISH") or "/verb+any:" in sense.rule) \
            and sense.category != "LAUNCH" and thing is not None \
            and (model_number(thing) or _named_thing(thing) or (_product(thing) and not someone(thing))
                 or _released_name(thing, lemma, someone)):
        # a model number is no one; nor is a named thing a company releases ("released Quartzite in 2031")
        return Sense("LAUNCH", None, None, sense.rule + "|rule:product_released")
    return sense


def _counted(thing: Token | None, verb: Token) -> bool:
    """ "Have ordered 55", "ordered 20 more": a number of the goods the story is about, with no one told to act
    (hard negative: "ordered 500 soldiers to withdraw", a command)."""
    return thing is not None and thing.dep_ == "dobj" and (thing.like_num or thing.lower_ in ("more", "another")) \
        and not any(c.dep_ in ("xcomp", "ccomp", "oprd") for c in verb.children) \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in thing.children)


def _buys(verb: Token) -> bool:
    """ "signed a deal to buy twenty jets", "signed a deal for $7 billion": what hangs on the verb names a trade."""
    return any((c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _TRADE | {"build", "make"}
                and any(a.lower_ == "to" for a in c.children))
               or (c.dep_ == "prep" and c.lower_ in ("for", "worth")
                   and any(g.dep_ == "pobj" and g.ent_type_ == "MONEY" for g in c.children))
               for c in verb.children)


def _commercial(deal: Token | None) -> bool:
    """A contract with a price or for goods: "a $2 billion contract", "a deal to buy twenty jets", "an order for
    ten ferries" — not "a deal to end the strike" or "a pact on fishing rights"."""
    if deal is None or deal.lemma_.lower() not in _CONTRACTS:
        return False
    if any(w.ent_type_ == "MONEY" or w.lower_ in ("$", "€", "£", "#") for w in deal.subtree if w.i < deal.i):
        return True  # "a 13 billion contract" written with a stray currency sign too
    if any(re.fullmatch(r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)-(?:year|month|season)", w.lower_)
           for w in deal.subtree if w.i < deal.i) or any(
            w.lower_ in ("year", "month", "season") and w.head.i == deal.i for w in deal.subtree if w.i < deal.i):
        return True  # "a two-year deal", "an eight-year contract": a term of service or supply
    for clause in deal.children:
        if clause.dep_ in ("acl", "relcl") and clause.lemma_.lower() in _TRADE | _GOODS_ORDERS | {"build", "make"}:
            return True  # "a deal to buy twenty jets", "a contract to build four ferries"
        if clause.dep_ == "prep" and clause.lower_ in ("for", "worth") and any(
                g.ent_type_ == "MONEY" or (g.dep_ == "pobj" and _product(g)) for g in clause.children):
            return True  # "a contract for ten ferries", "a deal worth $3 billion"
    return False


def _named_thing(word: Token) -> bool:
    """A name that is no person, place, people or group: a product's or a work's ("Quartzite", "Ledger 9")."""
    described = any(c.dep_ == "appos" and any(a.lower_ in ("new", "latest", "upcoming", "next") for a in c.children)
                    for c in word.children)  # "released Quartzite, its new operating system"
    return word.pos_ == "PROPN" and (described or (word.ent_type_ in ("PRODUCT", "WORK_OF_ART", "") and not any(
        w.ent_type_ in ("PERSON", "GPE", "NORP", "LOC", "FAC") or (w.ent_type_ == "ORG" and not _maker(w, word))
        for w in word.subtree)))


def _maker(name: Token, product: Token) -> bool:
    """A maker's name put before a product's ("Mac OS X Leopard", "Corvo Slate 4"): part of the product's name."""
    return name.i < product.i and name.dep_ == "compound" and all(
        w.dep_ == "compound" for w in product.doc[name.i:product.i])


_BROUGHT_OUT = {"release", "introduce", "unveil", "debut", "present", "demo", "demonstrate"}


def _released_name(word: Token, lemma: str, someone: Callable[[Token], bool]) -> bool:
    """A name the entity model took for a company, released or introduced: no firm is released, so it is a product
    ("after the Corvo Lite was introduced in January", "Nimbus OS would be released in 2027"). People released
    ("released Ann Roe", "released the Acme workers") are someone."""
    return lemma in _BROUGHT_OUT and word.pos_ == "PROPN" and word.ent_type_ in ("ORG", "PRODUCT") \
        and not someone(word) and not any(w.ent_type_ in ("PERSON", "GPE", "NORP") for w in word.subtree) \
        and not any(c.dep_ == "prep" and c.lower_ == "with" for c in word.head.children)  # "presented Acme with
    # an award" honours a firm


def _aimed(word: Token) -> bool:
    """ "fired on the crowd", "was fired upon": a shot's direction — not "on Monday", a time."""
    return word.dep_ in ("prep", "prt") and word.lower_ in _AIMED \
        and not any(c.ent_type_ in ("DATE", "TIME") for c in word.children)


def _doer(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


_POSTINGS = {"hire", "promote", "appoint", "name", "elect", "demote", "suspend", "recruit", "reassign", "transfer"}


def _undergoer(verb: Token) -> Token | None:
    """What the verb acts on: its object, or the subject of its passive ("the laptop was released")."""
    thing = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if thing is None and verb.dep_ == "conj" and (verb.tag_ == "VBN" or verb.head.lemma_.lower() in _POSTINGS) \
            and not any(c.dep_ in ("nsubj", "dobj", "aux") for c in verb.children):  # "was promoted and then
        # fired": the passive subject is shared (not "were attacked and fired back", an act of their own)
        thing = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
    if thing is not None and (thing.pos_ == "NUM" or thing.ent_type_ == "MONEY"
                              or thing.lemma_.lower() in _PORTIONS):  # "ordered 55 of the jets", "ordered $6
        # billion in new airliners", "showed some of the features", "released a redesign of its player"
        thing = next((g for c in thing.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "worth")
                      for g in c.children if g.dep_ == "pobj"), thing)
    return thing


def _product(word: Token) -> bool:
    """A made thing: a product name, or a noun WordNet files mostly as an artifact ("the jet", "a new laptop",
    "the iPod music player" by its modifier)."""
    words = [word, *(c for c in word.children if c.dep_ in ("compound", "nummod"))]
    return any(w.ent_type_ == "PRODUCT" or w.lemma_.lower() in artifacts() or w.lower_ in artifacts()
               or w.lemma_.lower() in _MADE for w in words) \
        or ((word.pos_ == "PROPN" or word.text[:1].isupper()) and any(model_number(w) for w in words)) \
        or (word.pos_ == "NUM" and any(c.dep_ == "compound" and c.text[:1].isalpha() for c in word.children))
    # "the new 787 Dreamliner", "the K380", "demonstrated iOS 5" (a name and a version number)


def model_number(word: Token) -> bool:
    """A model designation: a name of letters and digits or of three digits or more ("A380", "787", "K-9")."""
    return word.pos_ in ("PROPN", "NUM") and len(word.text) >= 3 and any(ch.isdigit() for ch in word.text) \
        and word.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY")


_STARTS = {"start", "form", "establish", "create", "found", "co-found", "cofound"}


def founding(verb: Token, organisation: Callable[[Token], bool]) -> Sense | None:
    """ "She started Halcyon in 2009", "they formed Orbis Labs": a verb of starting whose object is a named
    organisation founds it (LAUNCH). "Started the meeting", "formed a line", "created a problem" name no
    organisation and stay what their lexicons say. ``organisation`` says whether the entity layer reads a word as
    part of an organisation's name."""
    lemma = verb.lemma_.lower()
    set_up = lemma == "set" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    if verb.pos_ != "VERB" or not (lemma in _STARTS or set_up):
        return None
    thing = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if thing is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and lemma == "found":
        thing = verb.head  # "Apple Corps, founded in 1968 by the band": what was founded is the noun described
    if thing is not None and thing.lemma_.lower() in _ENTERPRISES and (set_up or lemma in ("start", "found")):
        return Sense("LAUNCH", None, None, "rule:founded_enterprise")  # "set up a tea stall", "started a bakery";
        # not "set up roadblocks", "started a fire"
    if thing is None or not (thing.ent_type_ == "ORG" or organisation(thing)):
        return None
    return Sense("LAUNCH", None, None, "rule:founded_organisation")


# Enterprises a person or a firm starts. Written for dateline from general business-news usage; CC0.
_ENTERPRISES = {"company", "firm", "business", "startup", "start-up", "shop", "stall", "store", "bakery", "cafe",
                "café", "restaurant", "bar", "salon", "kiosk", "workshop", "factory", "charity", "foundation",
                "agency", "practice", "label", "brand", "venture", "studio", "clinic", "school", "newspaper",
                "magazine", "website", "blog", "chain", "franchise", "farm", "brewery", "winery"}


# Acts on a decision already made: what is done to an award (or said against it) when a rival bidder fights it.
_DISPUTES = {"challenge", "protest", "contest", "dispute", "overturn", "rescind", "reverse", "cancel", "appeal",
             "review", "defend", "uphold", "question", "scrap", "void", "annul", "block", "delay"}
# What a tender story is told with; a prize story has none of them. Written for dateline; CC0.
_TENDER_WORDS = {"contract", "contracts", "tender", "tenders", "bidder", "bidders", "procurement", "bidding"}
_PRIZE_WORDS = {"prize", "prizes", "medal", "medals", "trophy", "ceremony", "nominee", "nominees", "laureate",
                "honour", "honor", "festival", "mvp", "oscar", "oscars", "jury"}
_MATCH_WORDS = {"game", "games", "match", "matches", "team", "teams", "player", "players", "season", "tournament",
                "championship", "league", "race", "contestant", "contestants", "entrant", "entrants", "judges"}


def tender_sense(noun: Token) -> bool:
    """In a tender story the award fought over is the contract's and the competition is the bidding (BUSINESS),
    not a prize or a match: "Boeing challenged the award", "reopen the competition for the contract". Hard
    negatives: "the jury challenged the award of the prize", in a story of prizes; "she won the award", with
    nothing disputing it; "next year's competition" in a story of contests."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in ("award", "competition", "contest"):
        return False
    words = {w.lower_ for w in noun.doc}
    if not words & _TENDER_WORDS or words & (_PRIZE_WORDS | _MATCH_WORDS):
        return False
    if lemma != "award":
        return True
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    return governor.lemma_.lower() in _DISPUTES


def delivery_received(verb: Token, someone: Callable[[Token], bool]) -> Sense | None:
    """ "The airline received its first Dreamliner", "the navy took receipt of two frigates": a buyer receiving
    made goods is a delivery (BUSINESS). Hard negatives: "received an award", "received a letter", "received
    treatment" name no goods; "she received a new car", a person's, is no trade told."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "receive":
        return None
    thing = _undergoer(verb) if any(c.dep_ == "dobj" for c in verb.children) else None
    receiver = _doer(verb) or (_doer(verb.head) if verb.dep_ in ("conj", "xcomp") else None)  # "had hoped
    # to take the ferries in spring and instead receives them in July"
    if thing is None or receiver is None or receiver.ent_type_ == "PERSON" or (
            receiver.pos_ == "PRON" and receiver.lower_ != "it") or (receiver.pos_ == "NOUN" and someone(receiver)
                                                                     and receiver.lemma_.lower() not in _BUYERS):
        return None
    words = [thing, *(c for c in thing.children if c.dep_ in ("compound", "nummod"))]
    if not (any(w.lemma_.lower() in _DELIVERED or model_number(w) or w.ent_type_ == "PRODUCT" for w in words)):
        return None
    return Sense("BUSINESS", None, None, "rule:delivery_received")


_BUYERS = {"airline", "carrier", "operator", "company", "firm", "buyer", "customer", "lessor", "railway", "utility"}
# Goods a company, an airline or a navy takes delivery of. Written for dateline from business news; CC0.
_DELIVERED = {"plane", "planes", "aircraft", "jet", "jets", "airliner", "airliners", "helicopter", "helicopters",
              "ship", "ships", "vessel", "vessels", "frigate", "frigates", "ferry", "ferries", "locomotive", "train",
              "trains", "tram", "trams", "bus", "buses", "truck", "trucks", "satellite", "satellites", "shipment",
              "shipments", "delivery", "consignment", "order", "batch", "fleet", "dreamliner", "dreamliners"}
