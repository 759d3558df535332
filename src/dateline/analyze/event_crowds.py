"""Crowds: CAMEO reads "gathered" and "assembled" as a meeting of parties (040); a crowd that gathers is no
meeting. Gathered with a cause it is a demonstration, otherwise a happening of the story.

  a crowd with a cause  "supporters gathered outside the courthouse chanting", "thousands massed in the square
                        calling for his release": PROTEST, CAMEO 141
  a crowd               "bystanders gathered", "residents gathered to watch the fire": HAPPENING
  hard negative         "leaders gathered in Brussels for talks", "ministers assembled for the summit": parties
                        meeting stay CONSULT
"""

from __future__ import annotations

from spacy.tokens import Token

from .event_lexicon import Sense

_GATHERINGS = {"gather", "assemble", "congregate", "flock", "converge", "mass", "throng", "crowd"}
# Nouns for many people at once, and for people who come out for a cause. Written for dateline; CC0.
_CROWDS = {"crowd", "crowds", "hundreds", "thousands", "dozens", "scores", "tens", "people", "residents", "onlookers",
           "bystanders", "fans", "locals", "villagers", "students", "workers", "mourners", "well-wishers", "spectators",
           "throngs", "mob", "mobs", "families", "relatives", "neighbours", "neighbors"}
_CAUSES = {"supporters", "protesters", "protestors", "demonstrators", "activists", "opponents", "marchers",
           "campaigners", "strikers"}
_CAUSE_WORDS = {"chant", "chanting", "chanted", "banner", "banners", "placard", "placards", "slogan", "slogans",
                "waving", "waved", "demand", "demanding", "protest", "protesting", "rally", "calling", "called",
                "denounce", "denouncing", "flags", "petition"}


def crowd(sense: Sense, verb: Token, subject: Token | None) -> Sense:
    """The reading of a crowd gathering, else the sense unchanged."""
    if sense.category != "CONSULT" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _GATHERINGS \
            or subject is None:
        return sense
    people = {subject.lower_, *(g.lower_ for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                                for g in c.children if g.dep_ == "pobj")}
    if not people & (_CROWDS | _CAUSES):
        return sense
    if people & _CAUSES or any(w.lower_ in _CAUSE_WORDS for w in verb.sent):
        return Sense("PROTEST", "141", None, sense.rule + "|rule:crowd_with_a_cause")
    return Sense("HAPPENING", None, None, sense.rule + "|rule:crowd")
