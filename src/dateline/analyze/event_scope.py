"""Whether a trigger word tells a happening of the story, or only describes something, as a fact-checker reads it.

A lexicon word is not an event wherever it stands. These tests each name a class of uses that a reader of
real news leaves out of a timeline:
  describes a noun      "rounds aimed at the post", "a painting lent by the trust" (a participle with no
                        time of its own), "a station that broadcasts news" (a relative clause in the present)
  things only           "the choir's crates were held up", "fares rose": a CAMEO verb codes acts of
                        actors; with nothing but things taking part, no one acts
  fixed phrase          "in support of", "in honour of": a bare noun framing a phrase, no happening
  said again            "his travel ban … the travel ban": the same noun, said again, is the same event
  announces a clause    "announced that the plant will close": the reporting of words; the closure is the event
  newsroom routine      "declined a request for comment", "requested anonymity", "not authorized to discuss it":
                        the reporter's asking and the sources' terms, no happening of the story (hard negatives:
                        "the council sent a request for funding", "the court authorized the search")
  schooling             "attended Delhi University", "went to college": a life's background, not an occasion
                        (hard negative: "attended a meeting at the university")
  standing backing      "the forum is supported by the ministry", "the club is owned by a fund": who stands behind
                        something now (hard negative: "the bill was backed by the senate on Monday")
  a standing tie        "their long friendship and fruitful cooperation", "values its strategic partnership",
                        "close cooperation between the ministries has helped": a relationship, not an occasion (hard
                        negatives: "the two firms announced a partnership on Monday", "cooperation began in May")
  shows                 "the album demonstrates his talent": showing something, no street protest
  pastime               "enjoys travelling": what someone likes doing, a habit
  a relation            "the fires were linked to the storm", "charges related to fraud": how things stand to
                        each other (hard negative: "police linked the suspect to the raids", someone's finding)
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

_TIMES = {"DATE", "TIME"}
_PRONOUNS = {"PRON", "PROPN"}


def _own_time(verb: Token) -> bool:
    """The clause gives its own time ("backed by the council in 2021", "held on Monday"), not a clause inside
    it ("charges related to a case that ended his term last year": the year is the ending's)."""
    return any(t.ent_type_ in _TIMES and not _in_inner_clause(t, verb) for t in verb.subtree if t.i != verb.i)


def _in_inner_clause(word: Token, verb: Token) -> bool:
    head = word.head
    while head.i != verb.i and head.head.i != head.i:
        if head.pos_ in ("VERB", "AUX") and head.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return True
        head = head.head
    return False


_RELATIONS = {"link", "relate", "connect", "tie", "associate"}


def relation(verb: Token) -> bool:
    """ "Were linked to the storm", "deaths related to the heat", "is tied to": a passive or bare participle of
    relating names a relation, not an act; an active one with a doer ("police linked him to the raids") stays."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _RELATIONS or verb.tag_ != "VBN":
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in verb.children)


_FONDNESS = {"enjoy", "love", "like", "prefer", "hate", "dislike", "adore", "relish", "fancy"}


def pastime(verb: Token) -> bool:
    """ "Enjoys travelling", "loves hiking and sailing": what someone likes doing, a habit, not an occasion (hard
    negative: "enjoyed a visit to Rome on Friday", one visit)."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.tag_ == verb.tag_:
        verb = verb.head
    head = verb.head
    return verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "dobj") and head.lemma_.lower() in _FONDNESS \
        and head.tag_ in ("VBZ", "VBP")


_QUALITIES = {"talent", "skill", "ability", "capacity", "capability", "potential", "commitment", "resolve", "strength",
              "weakness", "need", "importance", "value", "power", "willingness", "determination", "courage", "support",
              "knowledge", "understanding", "expertise", "range", "versatility", "effect", "effectiveness", "benefit",
              "danger", "risk", "limit", "failure", "success", "way", "how", "what", "that"}


def shows(verb: Token) -> bool:
    """ "The album demonstrates his talent", "the minister demonstrated that the scheme works": to demonstrate
    a quality or a fact is to show it; the street protest is told without an object ("farmers demonstrated
    outside parliament"), and a product shown on stage stays a happening ("demonstrated the new phone")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "demonstrate":
        return False
    return any(c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and c.lemma_.lower() in _QUALITIES)
               for c in verb.children)


def asked_for_comment(word: Token) -> bool:
    """ "A request for comment", "requested anonymity", "were not authorized to discuss the talks": the reporter
    asking and the sources' terms, told as routine."""
    if word.lemma_.lower() in ("request", "requests") and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() in ("comment", "comments")
                                                           for g in c.children) for c in word.children):
        return True
    if word.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ == "anonymity" for c in word.children):
        return True  # "requested anonymity", "were granted anonymity"
    if word.pos_ == "VERB" and word.lemma_.lower() in ("contact", "reach", "approach", "ask", "question") \
            and word.dep_ == "advcl" and (any(c.lower_ in ("when", "if") for c in word.children if c.dep_ in (
                "advmod", "mark")) or any(c.dep_ == "agent" for c in word.children)) \
            and not any(c.dep_ in ("dobj", "nsubj") for c in word.children) and word.head.lemma_.lower() in _REPLIES:
        return True  # "a spokesperson said when contacted by Reuters", "did not respond when reached": the
        # reporter's call, no contact the timeline holds (hard negative: "police contacted the family")
    if word.pos_ == "VERB" and word.lemma_.lower() in _AUTHORISING and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in _SPEAKING for c in word.children):
        return True  # "not authorized to discuss the plan"
    return word.pos_ == "VERB" and word.dep_ == "xcomp" and word.lemma_.lower() in _SPEAKING \
        and word.head.lemma_.lower() in _AUTHORISING


_REPLIES = {"say", "respond", "reply", "comment", "decline", "answer", "confirm", "deny", "tell", "add", "write"}
_AUTHORISING = {"authorize", "authorise", "authorized", "authorised", "permit", "allow", "empower", "clear"}


_SCHOOLS = {"university", "college", "school", "academy", "institute", "polytechnic", "seminary"}


def schooling(verb: Token) -> bool:
    """ "Attended Delhi University", "studied at a college", "went to college", "never studied beyond high
    school": where someone was schooled (hard negative: "went to the university to meet its rector", a visit)."""
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if lemma == "go":
        return any(g.lemma_.lower() in _SCHOOLS and not any(d.dep_ in ("det", "poss") for d in g.children)
                   for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                   if g.dep_ == "pobj")
    if lemma not in ("attend", "study", "enrol", "enroll"):
        return False
    places = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "in", "beyond", "past", "until", "through")
        for g in c.children if g.dep_ == "pobj"]
    return any(p.lemma_.lower() in _SCHOOLS for p in places)


_TIES = {"partnership", "partnerships", "friendship", "cooperation", "co-operation", "collaboration", "relations",
         "relationship", "ties", "alliance", "solidarity"}
# Adjectives of a standing relationship, and verbs of tending one. Written for dateline from diplomatic and
# business news usage; CC0.
_STANDING = {"traditional", "strategic", "comprehensive", "close", "regular", "long-standing", "longstanding",
             "bilateral", "efficient", "good", "friendly", "historic", "special", "enduring", "ongoing", "deep",
             "multifaceted", "fruitful", "effective", "mutual", "existing", "growing", "increased", "greater"}
_TENDING = {"treasure", "value", "develop", "strengthen", "deepen", "reinforce", "boost", "enhance", "promote",
            "foster", "cherish", "consolidate", "nurture", "maintain", "improve", "ratchet", "elevate", "see", "praise",
            "hail"}


_BACKING = {"support", "back", "sponsor", "fund", "finance", "endorse", "underwrite", "host", "organise", "organize",
            "power", "run", "manage", "own", "operate"}


def standing_backing(verb: Token) -> bool:
    """ "The forum is supported by the ministry", "the team is owned by a fund": a present passive of backing or
    running names who stands behind something now, not an act (hard negative: "the bill was backed by the
    senate on Monday")."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or verb.lemma_.lower() not in _BACKING or _own_time(verb):
        return False
    return any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def standing_tie(noun: Token) -> bool:
    """A relationship named as it stands, with no occasion: no time of its own, and an adjective or a verb of
    tending it that marks it as lasting."""
    if noun.pos_ != "NOUN" or noun.lower_ not in _TIES or any(t.ent_type_ in _TIMES for t in noun.subtree):
        return False
    if any(c.dep_ == "amod" and c.lower_ in _STANDING for c in noun.children):
        return True
    word = noun
    while word.dep_ == "conj" and word.head.i != word.i:  # "the friendship and cooperation" under one verb
        word = word.head
    holder = word.head.head if word.dep_ == "pobj" else word.head
    if holder.lower_ in _TIES | {"partner", "partners"}:
        return True  # "a partner in cooperation"
    verb = holder
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _TENDING and not any(
        t.ent_type_ in _TIMES for t in verb.subtree)


def describes_noun(verb: Token, publishes: bool = False) -> bool:
    """A reduced relative ("the rounds aimed at the post") or a relative clause in the simple present ("a
    station that broadcasts news", "a register which is kept by clerks") says what its noun is or does
    as a rule; it tells no happening unless it carries a time of its own ("the plan backed by the council
    in May", "the envoy, who arrives on Monday"). Relative clauses in the past ("the man who attacked
    the guard") stay events."""
    if verb.pos_ != "VERB" or _own_time(verb):
        return False
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "pictures released of the wreck" still publish
        return not publishes and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)  # not "to be rescued"
    if verb.dep_ != "relcl":
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP"):
        return not auxiliaries
    return verb.tag_ == "VBN" and len(auxiliaries) == 1 and auxiliaries[0].dep_ == "auxpass" and \
        auxiliaries[0].tag_ in ("VBZ", "VBP")


def things_only(verb: Token, someone: Callable[[Token], bool]) -> bool:
    """The clause's own subject, its "by" agent and its object are all things ("her skin broke", "the
    choir's crates were held up", "fares rose sharply"): a possessor does not make its possession
    act. Only a subject of the verb's own counts: one inherited through "refused to give" or a conjunction
    may be the parser's guess. ``someone`` says whether a noun phrase's head can act (a name, a person, an
    agent, an armed force or its weapons, an event)."""
    if verb.pos_ != "VERB":
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    heads = subjects + [c for c in verb.children if c.dep_ == "dobj"]
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        heads.extend(c for c in agent.children if c.dep_ == "pobj")
    return not any(phrase_acts(h, someone) for h in heads)


_BODIES = {"country", "nation", "state", "opposition", "side", "party", "coalition", "community", "public", "people",
           "population", "gunfire", "shellfire", "explosion", "blast", "bomb", "hundreds", "thousands", "dozens",
           "millions", "scores", "crowd", "many", "some", "most", "all", "none", "few", "others", "one", "nobody",
           "someone", "somebody", "anyone", "anybody", "everyone", "everybody"}


def names_a_body(word: Token) -> bool:
    """A word that stands for people as a body ("the nation", "the crowd", "thousands")."""
    return bool({word.lemma_.lower(), word.lower_} & _BODIES)


def phrase_acts(head: Token, someone: Callable[[Token], bool]) -> bool:
    """The phrase names someone: its head, or a word describing it ("army bulldozers", "thousands of
    Kurds", "Bangladeshi troops") — but not its possessor ("her skin", "the choir's crates")."""
    stack = [head]
    while stack:
        word = stack.pop()
        named = word.pos_ in _PRONOUNS or word.pos_ == "NUM" or word.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")
        if (named and word.dep_ != "poss") or {word.lemma_.lower(), word.lower_} & _BODIES or someone(word):
            return True
        stack.extend(c for c in word.children if c.dep_ in ("compound", "amod", "appos", "prep", "pobj", "conj")
                     and not (c.dep_ == "prep" and c.lower_ != "of"))
    return False


_GOVERNORS = {"refuse", "decline", "force", "compel", "oblige", "advise", "want", "wish", "instruct", "fail",
              "intend"}


def governs_event(verb: Token, is_event: Callable[[Token], bool]) -> bool:
    """ "refused to attend the talks", "was forced to quit", "wanted to meet him": the refusing, forcing or
    wanting is how the reader learns the status of the act it governs (blocked, happened under
    pressure, hoped for) — that act is the event, the governor its modality. A governor with no act under
    it ("refused the offer") stays an event of its own; so does a refusal of an act no lexicon names
    ("refused to consider the bills", "refused to pay the fee": a rejection; "instructed aides to draft a plan": a
    demand), but not a refusal to speak
    ("declined to comment", "refused to give details": newsroom routine). Demands ("urged them to leave")
    are events of their own in event data and stay."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _GOVERNORS:
        return False
    acts = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    if acts and verb.lemma_.lower() in _REFUSALS and not any(is_event(a) or _speaking(a) for a in acts):
        return False
    return bool(acts)


_REFUSALS = {"refuse", "decline", "instruct"}  # each an act of its own when what it governs is none
_SPEAKING = {"comment", "say", "elaborate", "speculate", "discuss", "answer", "respond", "confirm", "reveal",
             "disclose", "identify", "name", "give", "provide", "specify", "talk", "speak", "divulge", "release",
             "share", "explain", "detail", "state", "be", "go", "do", "address"}


# Remarking verbs a refusal of which withholds no particular statement ("declined to comment"); withholding
# details, figures or names is a statement not made (a "give details" row in event_senses.tsv).
_REMARKING = {"comment", "discuss", "address", "speculate", "elaborate", "say", "talk", "speak", "answer", "respond"}


def declined_to_speak(verb: Token) -> bool:
    """ "Declined to discuss the arrest", "refused to address whether …": newsroom routine, no talks refused
    (hard negative: "refused to discuss a truce with the rebels" has a party to talk with)."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("decline", "refuse") \
        and verb.lemma_.lower() in _REMARKING \
        and not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)


_TELLING = {"announce", "disclose", "reveal", "release", "publish", "confirm", "offer", "give", "provide", "specify",
            "unveil", "detail", "issue"}
# What a firm or an official has not yet told: the particulars of something, or an answer to the reporter.
_PARTICULARS = {"price", "prices", "pricing", "cost", "costs", "detail", "details", "term", "terms", "date", "dates",
                "timeline", "timetable", "name", "names", "identity", "identities", "figure", "figures", "response",
                "comment", "comments", "reason", "reasons", "specifics", "availability", "mileage", "range"}


def not_yet_told(verb: Token) -> bool:
    """ "The price has not been announced", "did not offer a response", "has yet to disclose the terms": the
    particulars still untold, no happening blocked (hard negatives: "did not announce a ceasefire", "has yet to
    release the hostages": an act that did not happen, told as blocked)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _TELLING:
        return False
    negated = any(c.dep_ == "neg" for c in verb.children) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "have" and any(
            c.lower_ == "yet" for c in verb.head.children))
    if not negated:
        return False
    told = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    told += [g for c in told for g in c.children if c.dep_ == "conj"]
    return bool(told) and all(t.lower_ in _PARTICULARS for t in told)


def _speaking(verb: Token) -> bool:
    return verb.lemma_.lower() in _SPEAKING


_FRAMES = {"support", "honour", "honor", "memory", "favour", "favor", "recognition", "celebration", "defence",
           "defense", "search", "solidarity", "respect", "anticipation", "preparation", "aid"}


# Fixed pairs whose first noun names no happening. Written for dateline from general English; CC0.
_PAIRED = {"checks": "balances", "trial": "error", "trials": "tribulations", "wear": "tear", "give": "take",
           "law": "order", "hit": "miss"}


def fixed_phrase(noun: Token) -> bool:
    """ "in support of the boy", "in memory of the miners", "without incident": the bare noun of an "in X of" or
    a "without X" frame describes the clause around it. With a determiner or an adjective ("in the search of
    the house", "in a swift response") the noun names a happening again. "Took voters for granted" grants
    nothing (hard negative: "the visa was granted for a year")."""
    if noun.lower_ == "granted" and noun.i > 0 and noun.doc[noun.i - 1].lower_ == "for" and any(
            a.lemma_.lower() == "take" for a in noun.ancestors):
        return True
    if noun.lower_ in _PAIRED and any(c.dep_ == "conj" and c.lower_ == _PAIRED[noun.lower_] for c in noun.children):
        return True  # "checks and balances", "trial and error", "search and rescue teams": a fixed pair, no occasion
    if noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "without" \
            and not any(c.dep_ in ("det", "poss", "amod", "nummod") for c in noun.children):
        return True  # "ended without incident", "held without trial": how the clause went, no happening
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.lower_ not in _FRAMES:
        return False
    if any(c.dep_ in ("det", "poss", "amod", "nummod", "compound") for c in noun.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def said_again(first: Token, later: Token) -> bool:
    """The same event noun said again, definite and with the same modifiers ("his travel ban" … "the
    president's travel ban"): one event, even when only one of the mentions names who is behind it. "A
    donation" or "another attack" introduces a new one."""
    if first.pos_ != "NOUN" or later.pos_ != "NOUN" or first.lemma_.lower() != later.lemma_.lower():
        return False
    if any(c.dep_ == "det" and c.lower_ in _NEW for c in later.children):
        return False  # "another donation", "a donation": a new one
    if any(c.dep_ == "amod" and c.lower_ in _ANOTHER_OF_KIND for c in later.children):
        return False  # "the next contest", "the previous strike": one more of the kind
    return _modifiers(first) == _modifiers(later) and _time_owner(first) == _time_owner(later)


_NEW = {"a", "an", "another", "one", "each", "every", "any", "some"}
_ANOTHER_OF_KIND = {"next", "previous", "last", "new", "latest", "future", "upcoming", "following"}
_TIME_WORDS = {"year", "month", "week", "day", "season", "today", "yesterday", "tomorrow", "tonight", "weekend",
               "morning", "evening", "night", "afternoon", "decade", "century"}


def _time_owner(noun: Token) -> str:
    """ "next year's contest", "Tuesday's vote": the occasion of that time — another one than "the contest"."""
    return " ".join(t.lower_ for c in noun.children if c.dep_ == "poss" and (
        c.ent_type_ in ("DATE", "TIME") or c.lemma_.lower() in _TIME_WORDS) for t in c.subtree)


def _modifiers(noun: Token) -> tuple[str, ...]:
    return tuple(c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod"))


def advises_that(verb: Token) -> bool:
    """ "The company advised that it expects a charge", "notified investors that the sale had closed": passing on
    words, like "said" (hard negative: "doctors advised the minister to rest", advice to act, a demand)."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in ("advise", "notify", "inform") and any(
        c.dep_ == "ccomp" and not any(a.lower_ == "to" for a in c.children if a.dep_ == "aux") for c in verb.children)


def announces_clause(verb: Token) -> bool:
    """ "The brewer announced that it will shut its bottling line", "announced it had agreed terms": the announcing
    reports words, like "said" — the event is the shutting, listed by its own verb. "Announced a new phone",
    "announced his resignation" name what was announced: an event."""
    return verb.pos_ == "VERB" and any(c.dep_ == "ccomp" and not any(a.lower_ == "to" for a in c.children)
                                       for c in verb.children) \
        and not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)  # "announced a ceremony to be held"
