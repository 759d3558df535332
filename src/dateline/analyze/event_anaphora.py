"""A later noun that names an act already told: "resigned on Monday" … "his resignation"; "agreed to buy forty
buses" … "the deal". News tells the act with a verb and then refers back to it with a noun, often a noun whose
own sense is another category ("the protest" after "challenged the award"); a reader counts one happening.

  nominal of the verb   "landed at dawn" … "the landing"; "announced a phone" … "Monday's announcement" (hard
                        negatives: "a landing", "another announcement", "last year's landing": a new one)
  a general noun        "the announcement" after "unveiled a phone"
  a deal for a trade    "agreed to purchase ten jets" … "the deal" (hard negative: "the deal" with other named
                        parties is another deal)
"""

from __future__ import annotations

from spacy.tokens import Token

# Nouns of acts that are not their verb plus a suffix. Written for dateline from English derivational morphology.
_IRREGULAR = {
    "die": {"death"}, "sell": {"sale"}, "fly": {"flight"}, "lose": {"loss"}, "speak": {"speech"},
    "choose": {"choice"}, "decide": {"decision"}, "collide": {"collision"}, "invade": {"invasion"},
    "explode": {"explosion"}, "conclude": {"conclusion"}, "admit": {"admission"}, "submit": {"submission"},
    "permit": {"permission"}, "fail": {"failure"}, "destroy": {"destruction"}, "sue": {"suit", "lawsuit"},
    "bear": {"birth"}, "succeed": {"success"}, "defend": {"defence", "defense"}, "offend": {"offence", "offense"},
    "expand": {"expansion"}, "extend": {"extension"}, "suspend": {"suspension"}, "descend": {"descent"},
    "try": {"trial"}, "pursue": {"pursuit"}, "receive": {"receipt"}, "seize": {"seizure"}, "close": {"closure"},
    "depart": {"departure"}, "deliver": {"delivery"}, "discover": {"discovery"}, "recover": {"recovery"},
    "acquire": {"acquisition"}, "resolve": {"resolution"}, "revolt": {"revolution"}, "produce": {"production"},
    "introduce": {"introduction"}, "reduce": {"reduction"}, "intervene": {"intervention"},
    "steal": {"theft", "thefts"}, "rob": {"robbery", "robberies"}, "merge": {"merger"}, "kidnap": {"kidnapping"},
    "burgle": {"burglary"}, "marry": {"marriage", "wedding"}, "bury": {"burial", "funeral"},
    "find": {"conviction", "verdict", "acquittal"}, "convict": {"verdict"},  # "found guilty" … "her conviction"
}
_SUFFIXES = ("ation", "ition", "ion", "ment", "ing", "al", "ure", "ance", "ence", "y", "")
DEALS = {"deal", "agreement", "accord", "pact", "contract", "transaction", "purchase", "sale", "order"}
_TRADES = {"AGREE", "BUSINESS"}
# Nouns news uses to refer back to a product shown or a statement made ("the announcement came at a show").
_SHOWINGS = {"announcement", "unveiling"}


def nominal_of(verb: Token, noun: Token) -> bool:
    """Whether ``noun`` is the noun of the act ``verb`` names: "resign" → "resignation", "die" → "death"."""
    if verb.pos_ != "VERB" or noun.pos_ != "NOUN":
        return False
    v, n = verb.lemma_.lower(), noun.lemma_.lower()
    if n in _IRREGULAR.get(v, ()):
        return True
    stems = {v, v[:-1] if v.endswith("e") else v, v[:-1] + "i" if v.endswith("y") else v}
    return any(n == stem + suffix for stem in stems if len(stem) >= 3 for suffix in _SUFFIXES)


def deal_for(category: str, noun: Token) -> bool:
    """ "the deal" after a purchase or an agreement names that trade; "the announcement" after a product shown
    names that showing."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and ((category in _TRADES and lemma in DEALS)
                                    or (category == "LAUNCH" and lemma in _SHOWINGS))
