"""The tense of the clause a time expression belongs to, from the parse.

A bare "January" or "Friday" takes its year or week from the direction of its own clause, not
of the sentence: in "officials said the plant, which closed in March, will reopen in January",
March looks back and January ahead. The clause is the verb the expression hangs from; its
auxiliaries ("will", "would", "may", "had"), its own tense, an infinitive ("agreed to pay in
June" looks ahead of "agreed", "tried to meet on Monday" does not) and words such as "due",
"payable", "effective" on the way up decide.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from spacy.tokens import Doc, Token

from .timex import Tense

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "may", "might", "should", "must", "can", "ca"}  # "wo n't"
_AHEAD = {"due", "scheduled", "set", "slated", "expected", "planned", "poised", "likely", "supposed"}
_PAYABLE = {"payable", "effective", "due", "scheduled", "slated"}  # "a dividend payable Dec. 1", "effective Jan. 1"
_BACKWARD = {"try", "attempt", "manage", "fail", "bother", "seem", "appear", "refuse", "use", "begin", "start",
             "continue",
             # implicative causatives: "forced residents to leave on Monday" says they left then
             "force", "compel", "cause", "oblige", "prompt", "drive", "spur", "help", "enable"}
_LOOKS_BACK = {"VBD"}
# Verbs and adjectives of a charge, a verdict or blame: the deed "of"/"for"/"with" them was done before.
_CHARGED_WITH = {"accuse", "accused", "suspect", "suspected", "charge", "convict", "acquit", "arrest", "jail",
                 "sentence", "blame", "fine", "punish", "sue", "indict", "guilty", "detain", "investigate"}
_TRIES = {"effort", "attempt", "bid", "endeavour", "endeavor"}
# Verbs of an outcome, told as the result of the act before them ("scored twice to lead the Rovers past the Town").
OUTCOMES = {"lift", "lead", "carry", "power", "propel", "push", "send", "beat", "win", "extend", "snap", "end",
             "clinch", "secure", "seal", "complete", "improve", "keep", "move", "give", "cap", "finish"}
# What is done in the deciding itself when a body decides it (a schedule changed, a case ruled on, a ticket
# cancelled, a law repealed by the vote); not a closure or a ban, which may take effect later.
DECIDED_IN_DECIDING = {"move", "postpone", "delay", "defer", "reschedule", "adjourn", "extend", "cancel", "call",
                       "suspend", "drop", "dismiss", "acquit", "convict", "sentence", "overturn", "uphold",
                       "reject", "approve", "grant", "refuse", "deny", "revoke", "rescind", "fine", "appoint",
                       "name", "award", "accept", "decline", "repeal", "ratify", "adopt", "pass", "confirm",
                       "endorse", "censure", "impeach", "expel", "elect", "amend"}
DECIDERS = {"vote", "decide", "opt", "elect"}
# Taking someone on to stand in for another: "signed a guard to replace him on Tuesday" has one time, the signing's,
# which the parse often hangs on the infinitive (hard negative: "asked a deputy to replace him on Friday", ahead).
_ENLISTING = {"sign", "re-sign", "hire", "recruit", "draft", "acquire", "claim", "promote", "recall", "activate",
              "appoint", "name", "call"}
_STANDING_IN = {"replace", "succeed", "fill", "take", "cover", "spell"}
# Acts whose infinitive is their result, not an aim: "defeated the Hawks to win the cup on Sunday".
_WINNING_ACTS = {"defeat", "beat", "edge", "overcome", "outlast", "rout", "thrash", "upset", "outscore", "score",
                 "net", "rally", "survive", "hold", "outbid"}


def stand_in(verb: Token) -> Token | None:
    """The past act of taking someone on that an infinitive of standing in belongs to (see ``_ENLISTING``), the
    infinitive parsed as the act's complement or as a clause on its object ("a goalkeeper to replace him")."""
    if verb.lemma_.lower() not in _STANDING_IN or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ in ("relcl", "acl") and head.dep_ == "dobj":
        head = head.head
    elif verb.dep_ not in ("xcomp", "advcl"):
        return None
    enlisting = head.lemma_.lower() in _ENLISTING or head.lower_.endswith("signed")
    if head.i == verb.i or not enlisting or head.tag_ not in ("VBD", "VBN") \
            or not any(c.dep_ == "dobj" for c in head.children):
        return None
    return head


_SCHEDULED = {"plan", "schedule", "slate", "set", "due", "earmark", "pencil"}
_SAME_IN_PAST = {"set", "put", "hit", "cut", "shut", "let", "spread", "burst", "cast", "quit", "hurt", "bet", "rid",
                 "shed", "split", "thrust", "upset", "broadcast", "cost", "beat"}  # a past spelt as the present
_COMING = {"next", "upcoming", "forthcoming", "coming"}
_ARRANGING = {"call", "book", "reserve", "arrange", "convene", "fix", "summon"}  # a thing set up for a day ahead


def _set_alight(verb: Token) -> bool:
    """ "Were set on fire on Monday", "set ablaze": a burning, not a schedule set."""
    return verb.lemma_.lower() == "set" and any(
        (c.dep_ == "prep" and c.lower_ == "on" and any(g.lemma_.lower() in ("fire", "flame") for g in c.children))
        or c.lower_ in ("alight", "ablaze") for c in verb.children)


def clause_tense(doc: Doc) -> Tense:
    """offset → "past" | "present" | "future" | "would" for the clause holding that character."""
    starts = [token.idx for token in doc]
    sentence_tense: dict[int, str] = {}

    def tense(offset: int) -> str:
        if not starts:
            return "past"
        token = doc[max(0, bisect_right(starts, offset) - 1)]
        verb, path = _governor(token)
        if any(word.lower_ in _PAYABLE for word in path) or (verb is not None and verb.lower_ == "pending"):
            return "future"  # "held pending a hearing April 19": until a day ahead
        if any(c.lower_ in _COMING and c.dep_ == "amod" for word in path[1:] if word.pos_ in ("NOUN", "PROPN")
               for part in (word, *(k for k in word.children if k.dep_ == "compound")) for c in part.children):
            return "future"  # "before her next court date June 20", "the upcoming vote on May 2": a day ahead (hard
            # negative: "the last hearing on April 2")
        if verb is not None and any((w.lower_ in ("to", "until", "till") or (
                w.lower_ == "for" and verb.lemma_.lower() == "reschedule")) and w.dep_ == "prep" for w in path) and (
                verb.lemma_.lower() in ("postpone", "delay", "defer", "reschedule", "extend", "prolong") or any(
                c.lower_ in ("back", "off") and c.dep_ in ("prt", "advmod") for c in verb.children)):
            return "future"  # "pushed back the match to Sunday", "postponed the vote until March", "extended the offer
            # to Nov. 16": the new day ahead
        if verb is not None and verb.lemma_.lower() in _ARRANGING and any(w.lower_ == "for" for w in path):
            return "would" if _verb_tense(verb) == "past" else "future"  # "called elections for July", "booked a
            # hall for Friday": the day the thing is set for lies ahead of the setting, not always of the writing
        if verb is not None and verb.lemma_.lower() in _SCHEDULED and (
                verb.tag_ == "VBN" or verb.dep_ in ("acl", "relcl") or any(w.lower_ == "for" for w in path)) \
                and not _set_alight(verb):
            return "future"  # "the meeting planned for Thursday was called off": the plan's day lies ahead of it
        if verb is not None and token.lower_ in _WEEKDAYS and _timetabled_day(verb, token):
            return "future"
        if verb is not None and token.lower_ in _WEEKDAYS and token.dep_ == "poss" and _advanced_to(verb, path):
            return "future"  # "advanced to Saturday's semifinals", "booked a place in Sunday's final": the round
            # reached lies ahead (hard negative: "won Saturday's semifinal", played)
        if verb is not None:
            found = _verb_tense(verb)
            if found in ("future", "would") and _names_a_known_occasion(token):
                return "present"  # "will speak about the June 3 call": the nearest such day, not the next
            if found is not None:
                return found
        root = token.sent.root  # no verb above it (a headline, a list): the sentence's main verb decides
        if root.i not in sentence_tense:
            sentence_tense[root.i] = _verb_tense(root) or "present"
        return sentence_tense[root.i]

    def firm(offset: int) -> bool:
        """Whether the clause says outright which way its time lies: not an infinitive's plain look ahead ("chose
        to speak out on Monday", "pressed the board to act on Friday"), not a day named as a known occasion
        ("Friday's crash"), not the nearest day of a present."""
        if not starts:
            return False
        token = doc[max(0, bisect_right(starts, offset) - 1)]
        verb, path = _governor(token)
        if verb is None or (token.lower_ in _WEEKDAYS and token.dep_ == "poss"):
            return False
        if token.lower_ in _WEEKDAYS and _timetabled_day(verb, token):
            return True
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not any(
                w.lower_ in _PAYABLE for w in path) and verb.head.lemma_.lower() not in _BACKWARD:
            return False
        return tense(offset) != "present"

    return _ClauseTense(tense, firm)


class _ClauseTense:
    """The tense of a clause at an offset, and whether the clause is firm about it (see ``timex._one_day``)."""

    def __init__(self, tense: Tense, firm: Callable[[int], bool]) -> None:
        self._tense, self.firm = tense, firm

    def __call__(self, offset: int) -> str:
        return self._tense(offset)


# Verbs a timetable is told in, in the present: their day is ahead.
_SCHEDULE_VERBS = {"kick", "begin", "start", "open", "resume", "close", "end", "launch", "depart", "leave", "arrive",
                   "come", "return", "premiere", "debut", "tour", "run", "expire", "conclude", "reopen", "commence"}
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


# Verbs in the present that tell a state or a saying, not a happening on a day ("the deadline is Friday").
_STATIVE = {"be", "have", "say", "tell", "know", "think", "believe", "seem", "remain", "mean", "need", "want",
            "hope", "expect", "show", "suggest", "report", "claim", "insist", "note", "add", "write", "argue",
            # relations between happenings: "the hearing follows the testimony Tuesday of two aides"
            "follow", "precede", "mark", "coincide", "reflect", "echo", "cap", "top", "trail", "come"}


def _past_in_present_form(verb: Token) -> bool:
    """ "Died when rioters set fire to a bank on Wednesday", "fled and cut the wires on Monday": a past spelt as the
    present, read with the past it hangs on (hard negative: "prices will rise when traders cut output", ahead)."""
    return verb.tag_ == "VBP" and verb.lower_ in _SAME_IN_PAST and verb.dep_ in ("advcl", "conj") \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
        and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX") and _verb_tense(verb.head) == "past"


def present_in_past_form(verb: Token) -> bool:
    """ "Prices will rise when traders cut output on Wednesday", the verb tagged as a past: ahead, with the future
    it hangs on (hard negative: "prices rose when traders cut output", past)."""
    return verb.tag_ == "VBD" and verb.lower_ in _SAME_IN_PAST and verb.dep_ == "advcl" \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
        and verb.head.pos_ in ("VERB", "AUX") and _verb_tense(verb.head) == "future"


def _timetabled_day(verb: Token, day: Token) -> bool:
    """A weekday on a happening told in the simple present ("the council meets on Friday", "the talks, which
    resume on Friday, …"): news tells what is timetabled that way, so the day is the coming one (hard negatives:
    "the deadline is Friday", "police say the man fled on Friday", a weekday's own phrase "Friday's vote")."""
    if verb.tag_ not in ("VBZ", "VBP") or verb.lemma_.lower() in _STATIVE or day.dep_ == "poss":
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # "is meeting on Friday", "has met", "will meet": their own tense decides
    if _past_in_present_form(verb):
        return False
    return not any(c.lower_ in ("every", "each") or c.tag_ == "NNS" for c in [day, *day.children])


def _names_a_known_occasion(token: Token) -> bool:
    """A calendar day naming an occasion the reader is assumed to know ("the June 3 call"): the clause's tense
    ("will speak about the June 3 call") says nothing of which June."""
    head = token.head
    if token.lower_ in _WEEKDAYS and token.dep_ == "poss" and head.pos_ == "NOUN" and head.dep_ in ("dobj", "pobj"):
        return True  # "will get around Wednesday's ruling" (written on a Friday): that week's Wednesday, not the
        # next (hard negative: "Tuesday's election will be closer", the subject of the future clause, is ahead)
    if token.ent_type_ != "DATE" or token.lower_ in _WEEKDAYS or token.dep_ not in ("compound", "nmod", "nummod") \
            or head.pos_ != "NOUN":
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "that")) for c in head.children)


def _advanced_to(verb: Token, path: list[Token]) -> bool:
    """The verb moves a side on into the round its object names: "advanced to", "qualified for", "booked a place
    in", "reached"."""
    lemma = verb.lemma_.lower()
    if lemma not in _ADVANCING:
        return False
    if lemma in ("reach", "make"):
        return any(w.dep_ == "dobj" and w.head.i == verb.i for w in path)
    return any(w.dep_ == "prep" and w.lower_ in ("to", "into", "for", "in") for w in path)


# Verbs that carry a side on to a later round. Written for dateline from sports reporting usage; CC0.
_ADVANCING = {"advance", "qualify", "progress", "proceed", "move", "book", "earn", "secure", "clinch", "reach", "head",
              "go", "make", "send", "sail", "march", "cruise", "storm"}


def _governor(token: Token) -> tuple[Token | None, list[Token]]:
    """The nearest verb above the expression ("met on Monday" → met), and the words on the way up."""
    current, path = token, list[Token]()
    for _ in range(8):
        if current.pos_ in ("VERB", "AUX") and current.i != token.i:
            return current, path
        path.append(current)
        if current.head.i == current.i:
            return (current if current.pos_ in ("VERB", "AUX") else None), path
        current = current.head
    return None, path


_RANKS = {"first", "last", "only", "second", "third", "fourth", "fifth", "latest"}


def ranks_doers(noun: Token, ranks: set[str] = _RANKS) -> bool:
    """ "The first three states", "the 12th rower": a noun ranked among others by an ordinal."""
    return noun.lower_ in ranks or any(
        c.lower_ in ranks or c.ent_type_ == "ORDINAL" or re.fullmatch(r"\d+(?:st|nd|rd|th)", c.lower_) is not None
        for c in noun.children if c.dep_ in ("amod", "det"))


def _in_future_clause(verb: Token) -> bool:
    """The relative clause hangs in a clause told in the future ("will sing on a tour that …")."""
    outer, _ = _governor(verb.head)
    return outer is not None and outer.i != verb.i and any(
        c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in outer.children)


def _on_sale(verb: Token) -> bool:
    return verb.lemma_.lower() == "go" and any(c.dep_ == "prep" and c.lower_ == "on" and any(
        g.lower_ == "sale" for g in c.children) for c in verb.children)


def _verb_tense(verb: Token) -> str | None:
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxiliaries}
    if not auxiliaries and verb.tag_ == "VBG" and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") \
            and verb.head.i != verb.i:
        return _verb_tense(verb.head)  # "will begin withdrawing troops on Friday", "stopped paying in May": the
        # phase verb's tense
    if not auxiliaries and verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in ("of", "for", "with") \
            and verb.head.head.lemma_.lower() in _CHARGED_WITH:
        return "past"  # "is accused of stabbing a man on March 3", "was jailed for robbing a bank on Friday": the
        # deed charged lies behind the charge, whatever its tense (hard negative: "plans to accuse him on Friday")
    if words & _FUTURE_AUX == {"would"}:
        if words & {"have", "'ve"}:
            return "past"  # "would have closed in March" looks back
        if verb.dep_ == "ROOT" and not any(w.tag_ == "VBD" and w.i != verb.i and w.pos_ in ("VERB", "AUX")
                                           for w in verb.sent):
            return "future"  # "the council would vote by the close of the year": a conditional told now, ahead of
            # the writing (hard negative: "he vowed that Britain would leave on Oct. 31", ahead of a past vow)
        return "would"  # ahead of a past time the text may not give (see timex.py)
    if words & _FUTURE_AUX:
        return "future"
    if "could" in words and any(c.dep_ == "neg" for c in verb.children):
        return "past"  # "could not attend on Monday": a past inability (hard negative: "could pass on Friday", the
        # nearest Friday as before)
    if verb.lemma_ == "be" and verb.tag_ == "VBD" and any(c.lower_ in _AHEAD for c in verb.children):
        return "past"  # "the ferry was due in September" (and then was not): a past schedule
    if "going" in words or any(c.lower_ in _AHEAD and c.dep_ in ("acomp", "oprd", "xcomp") for c in verb.children):
        return "future"  # "is going to", "the vote is due in October"
    if verb.lemma_ == "be" and verb.dep_ == "ROOT" and any(c.lower_ in _AHEAD for c in verb.children):
        return "future"
    if "to" in words and words & {"have", "'ve"} and verb.tag_ == "VBN":
        return "past"  # "is thought to have drowned Sunday", "said to have left on Monday": a perfect infinitive
        # looks back (hard negative: "is expected to die", "to be held on Monday" look ahead)
    if "to" in words:  # an infinitive looks ahead of its verb: "agreed to pay in June", "is to meet on Friday"
        head = verb.head
        if (taken_on := stand_in(verb)) is not None:
            return _verb_tense(taken_on)  # "signed a guard to replace him on Tuesday": the signing's Tuesday
        if head.lemma_.lower() in _BACKWARD and head.i != verb.i:
            return _verb_tense(head)  # "tried to meet on Monday" is as past as "tried"
        if head.lemma_.lower() in DECIDERS and head.tag_ == "VBD" and verb.dep_ == "xcomp" \
                and verb.lemma_.lower() in DECIDED_IN_DECIDING:
            return "past"  # "voted to repeal the ordinance on Monday": repealed in the vote, that Monday (hard
            # negative: "voted to hold a referendum on Sunday", a day ahead)
        if head.lemma_.lower() in ("need", "have") and head.i != verb.i and (head.tag_ == "VBD" or (
                head.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in head.children)
                and any(c.dep_ == "nsubj" for c in head.children))):
            return "past"  # "needed to win on Sunday", "had to cancel on Monday": a past need's day is past
            # (hard negative: "needs to act by Friday" looks ahead)
        above = head if head.pos_ in ("VERB", "AUX") else _governor(head)[0]
        if (verb.dep_ in ("advcl", "relcl", "acl") or (verb.dep_ == "xcomp" and head.lemma_.lower() in _WINNING_ACTS)) \
                and verb.lemma_.lower() in OUTCOMES and above is not None \
                and above.i != verb.i and _verb_tense(above) == "past":  # "completed a rally to lift the Rovers
            return "past"  # past the Town Tuesday night": the result of a past act (hard negative: "agreed to
            # pay in June")
        if head.pos_ == "NOUN" and head.lemma_.lower() in _TRIES:  # "made an effort to sign him in May": as past
            governor, _ = _governor(head)  # as the effort (hard negative: "a plan to sign him in May" looks ahead)
            if governor is not None and governor.i != verb.i:
                return _verb_tense(governor)
        if head.lower_ in _AHEAD and head.head.lemma_ == "be" and head.head.tag_ == "VBD":
            return "past"  # "was due to be delivered in September": a past schedule
        if any(c.dep_ == "prep" and c.lower_ == "among" and c.i < verb.i and any(
                g.dep_ == "pobj" and ranks_doers(g) for g in c.children) for c in verb.children):
            return _verb_tense(verb.sent.root)  # "among the first three states to join on Friday were …", parsed
            # with the ranked noun hung on the infinitive: the sentence's copula tells the tense
        if verb.dep_ in ("acl", "relcl") and ranks_doers(head):
            governor, _ = _governor(head)  # "among the first three states to join on Friday were …": a record of
            if governor is not None and governor.i != verb.i:  # the act, as past as the clause that tells it
                return _verb_tense(governor)  # (hard negative: "will be the first to fly in May")
        return "future"
    if not words and present_in_past_form(verb):
        return "future"
    if verb.tag_ in _LOOKS_BACK or any(a.tag_ == "VBD" for a in auxiliaries) or \
            words & {"has", "have", "had", "'ve", "did"}:
        return "past"
    if not words and _past_in_present_form(verb):
        return "past"
    if verb.tag_ in ("VBZ", "VBP") and not words and _on_sale(verb) and verb.dep_ not in ("relcl", "acl"):
        return "future"  # "the scooter goes on sale next spring" (present, ahead)
    if verb.tag_ in ("VBZ", "VBP") and not words and verb.lemma_.lower() in _SCHEDULE_VERBS \
            and (verb.dep_ not in ("relcl", "acl") or _in_future_clause(verb)):  # "the fair, which opens May 30, is
        # in its second week": nearest; "will sing on a tour that starts June 9": ahead
        return "future"  # "the tour kicks off June 9", "the exhibition opens on Friday": a timetable
    if verb.tag_ in ("VBZ", "VBP") or words & {"is", "are", "am", "'s", "'re"}:
        return "present"
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and not words:
        return "past"  # "a posting made on Friday", "the report released on Monday": done, whatever the sentence says
    if verb.tag_ == "VBN" and not words and any(c.dep_ == "nsubj" for c in verb.children):
        return "past"  # "thousands of fans celebrated on Saturday", tagged as a participle: a simple past
    return None
