"""Whether an event happened, is planned, only threatened or hoped for, refused or denied — read from its clause.

The trigger's clause is climbed to its governing verbs ("threatened to kill": kill is governed by threaten),
and the first governor or auxiliary that changes the reading decides:
  attempted    "tried to meet"                        planned      "will meet", "are to hold", "scheduled"
  blocked      "refused to negotiate", "did not meet", "the meeting was cancelled"
  hypothetical "threatened to kill", "hoped to hold talks", "would attack", "if they attack",
               "on the brink of a strike", "a possible offensive", "may attack"
  demanded     "urged X to withdraw"                   denied       "denied meeting"
  ongoing      "is still on a tour of …"               happened     the rest, in the past
Each reading names its rule (``modality:threat``, ``modality:negation`` …) and the words that cue it.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..model import Span
from .tense import DECIDED_IN_DECIDING as _DECIDED_IN_DECIDING
from .tense import OUTCOMES, ranks_doers

_BLOCKERS = {"block", "cancel", "postpone", "reschedule", "prevent", "scrap", "halt", "suspend", "veto", "thwart",
             "stop", "abandon", "delay", "avert", "foil", "bar", "forbid", "ban", "prohibit", "preclude"}
_PHRASAL_BLOCKERS = {"call off", "put off", "hold off", "break off", "rule out", "shut down", "pull out"}
# Parts of a stretch of time or of a place: "towards the end of the round" names a moment, not an aim.
_STRETCH_PARTS = {"end", "close", "start", "beginning", "middle", "back", "front", "rear", "top", "bottom", "finish",
                  "conclusion", "outset", "edge", "half"}
_REFUSE = {"refuse", "decline", "reject", "rule", "fail", "resist", "unable", "refrain",
           "pretend", "feign"}  # "was pretending to check in": she did not
_TRY = {"try", "attempt", "seek", "struggle", "strive", "effort", "endeavour", "endeavor"}
_COMES_ABOUT = {"happen", "occur", "materialise", "materialize", "proceed", "start", "begin", "resume", "take", "come",
                "unfold", "go", "last", "open", "conclude", "end", "finish", "continue", "recur"}
# Verbs a happening does to a place or people ("a famine hit the region"): the happening shares their modal.
_STRIKES_AS_DOER = {"hit", "strike", "sweep", "engulf", "grip", "rock", "batter", "hammer", "spread", "ravage",
                    "devastate", "plague", "erupt", "break"}
_PURPOSES = {"purpose", "intent", "intention", "aim", "goal", "object", "objective", "hope", "idea"}  # "with the X of"
_PLAN = {"plan", "schedule", "slate", "expect", "anticipate", "await", "wait", "intend", "set", "prepare", "due",
         "aim", "vow", "pledge", "promise", "agree", "decide", "propose", "committed",  # "are committed to support"
         "plot", "conspire", "scheme",  # "plotted to kill the mayor": a plan, whether or not carried out
         "forecast", "predict", "project",  # "is forecast to be lifted in 2026": what is foreseen lies ahead
         "pencil", "earmark"}  # "a hearing was pencilled in for October"
_POLLS = {"election", "elections", "poll", "polls", "referendum", "vote", "ballot", "plebiscite", "primary"}
_DEMAND = {"demand", "urge", "call", "ask", "press", "appeal", "order", "request", "push", "advise", "recommend",
           "lobby", "instruct", "direct", "encourage", "petition", "exhort", "implore", "beseech", "entreat",
           "subpoena", "summon", "require", "oblige", "obligate"}  # "subpoenaed him to testify", "requires the
# bank to sell the unit": what is ordered or obliged
_AIMS = {"objective", "goal", "aim", "purpose", "task", "job", "idea", "intention", "mission", "priority", "hope"}
# Measures an order puts in force by itself ("ordered a curfew"), unlike acts others must still carry out.
_IMPOSED = {"embargo", "ban", "blockade", "curfew", "freeze", "lockdown", "closure", "shutdown", "sanction",
            "sanctions", "quarantine", "moratorium", "blackout", "suspension", "halt"}
_WISH = {"hope", "wish", "want", "seek", "desire", "consider", "weigh", "mull", "contemplate", "like", "muse", "ponder",
         "eager", "keen", "ready", "willing", "prepared", "poised", "likely", "possible", "welcome", "propose",
         "theorize", "theorise", "speculate", "suggest", "interest", "offer",
         "fear", "dread", "optimistic", "pessimistic", "hopeful",
         "focused", "intent", "bent"}  # "is focused on helping the side recover": an aim; "fearing an attack,
# residents fled": the attack
# is feared, not told; "optimistic about a settlement": hoped for
# Court papers that order an act: a warrant, a writ, a subpoena or a summons "for" it ("issued a warrant on
# Friday for his arrest" hangs the act on the verb).
_WRITS = {"warrant", "writ", "subpoena", "summons", "injunction"}
_THREAT = {"threaten", "warn", "vow", "swear"}
_DENY = {"deny", "dismiss", "refute"}
# Acts against someone: vowed, they are threats; any other act vowed is a pledge. Written for dateline; CC0.
_HOSTILE = {"kill", "crush", "destroy", "attack", "punish", "retaliate", "avenge", "revenge", "fight", "hunt", "bomb",
            "strike", "wipe", "eliminate", "defeat", "annihilate", "arrest", "jail", "prosecute", "sue", "expel",
            "oust", "resist", "block", "hit", "target", "pursue", "shoot", "invade", "seize", "storm", "boycott",
            "sanction", "retake", "liberate", "topple", "overthrow", "veto", "challenge", "stop", "deport", "ban"}
_PRESSURE = {"pressure", "pressurise", "pressurize", "push", "press", "coerce", "goad", "talk", "bully", "cajole",
             "browbeat", "nudge", "prod", "lobby"}
_POSSIBLE = {"possible", "potential", "proposed", "likely", "planned", "expected", "future", "prospective",
             "hypothetical", "threatened", "looming", "imminent", "would-be", "alleged"}
_ATTEMPTS = {"bid", "attempt", "campaign", "effort", "try", "push", "drive", "run", "quest", "coup", "attack",
             "assault", "offensive", "takeover", "raid", "escape", "rescue", "invasion", "uprising", "putsch"}
_CALLED_OFF = {"cancelled", "canceled", "scrapped", "abandoned", "aborted", "shelved", "suspended", "postponed",
               "failed", "stalled", "blocked", "vetoed", "withdrawn"}
_MODALS = {"may", "might", "could", "would", "should", "must"}  # "can" is mostly ability or habit
_FUTURE = {"will", "shall", "'ll", "wo"}
# Acts done by deciding them: dropping or ending a case, a sentence passed, a ban lifted.
_DONE_BY_DECIDING = {"drop", "discontinue", "dismiss", "end", "close", "halt", "suspend", "cancel", "withdraw",
                     "sentence", "acquit", "convict", "ban", "lift", "revoke", "rescind", "overturn", "uphold",
                     "reject", "approve", "grant", "refuse", "deny", "expel", "fire", "sack", "dismantle", "scrap",
                     "abandon"}



_PRIZES = {"win", "victory", "upset", "title", "medal", "record", "podium", "promotion", "qualification", "trophy",
           "championship", "crown", "prize", "gold", "silver", "bronze"}


_DEALS = {"sale", "merger", "takeover", "acquisition", "deal", "agreement", "accord", "pact", "treaty", "ceasefire",
          "truce", "settlement", "purchase", "buyout", "partnership", "alliance", "contract", "tie-up", "swap",
          "exchange", "transfer", "bailout", "rescue", "investment", "listing"}
_UNDER_TALKS = {"negotiate", "discuss", "explore", "weigh", "mull", "study", "consider", "debate", "pursue"}


def _negotiated_through(verb: Token) -> bool:
    """ "Has negotiated the purchase of nine freighters", "negotiated a ceasefire last year": negotiating done, in
    the past or perfect and not under a modal, brings the deal about (hard negatives: "was negotiating a sale", "is
    negotiating", "will negotiate", "discussed a merger", talk of it only)."""
    return verb.lemma_.lower() == "negotiate" and verb.tag_ in ("VBD", "VBN") \
        and verb.dep_ not in ("xcomp", "amod", "acl") \
        and not any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lemma_.lower() == "be")
                    for c in verb.children)


def _time_away(noun: Token) -> Token | None:
    """ "The vote is three weeks away", "the first caucuses are less than 100 days away": the subject lies ahead
    (hard negative: "the storm is far away", a distance with no time)."""
    if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or noun.head.lemma_ != "be" or noun.head.tag_ not in ("VBZ", "VBP"):
        return None
    away = next((c for c in noun.head.children if c.lower_ == "away" and c.dep_ in ("advmod", "acomp")), None)
    if away is None or not any(c.dep_ == "npadvmod" and c.lemma_.lower() in ("day", "week", "month", "year", "hour")
                               for c in away.children):
        return None
    return away


def _reported_clause(verb: Token) -> bool:
    """The clause is what someone said (its own or its first conjunct's head is a verb of saying)."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in ("say", "tell", "announce", "report", "confirm",
                                                                       "disclose", "add", "state", "acknowledge")


def _decision_taken(noun: Token) -> bool:
    """The decision is told as made: "took the decision", "welcomed the move", "the court's decision" (hard
    negatives: "a possible decision to drop", "will make a decision to drop")."""
    if any(c.dep_ == "poss" for c in noun.children):
        return True
    verb = noun.head if noun.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") else None
    if verb is not None and verb.pos_ == "ADP":
        verb = verb.head
    return verb is not None and verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBN") and not any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might", "should") for c in verb.children)


_VERGE = {"verge", "brink", "edge", "threshold", "cusp"}
_POLICIES = {"policy", "practice", "habit", "tradition", "routine"}
_CLIMB = {"xcomp", "dobj", "pobj", "prep", "nsubjpass", "nsubj", "attr", "pcomp", "compound", "amod", "acomp",
          "oprd", "appos", "ccomp", "acl", "conj"}
# Verbs whose tense is the tense of the event noun they carry: "will hold talks", "the vote did not take
# place". Other verbs' auxiliaries are their own: "will review the crash" does not make the crash
# planned, "are reacting to his calls" does not make the calls ongoing.
_CARRIERS = {"hold", "have", "stand", "conduct", "launch", "stage", "begin", "start", "continue", "resume", "end",
             "occur",
             "happen", "take", "go", "proceed", "organise", "organize", "host", "attend", "make", "give", "deliver",
             "sign", "reach", "carry", "mount", "open", "impose", "call", "plan", "schedule", "postpone", "cancel",
             "be", "undergo", "commit", "perpetrate", "issue", "express", "voice", "extend", "lend", "face", "see",
             "announce", "revive", "restart", "relaunch", "renew", "reopen", "rekindle",  # "if talks are revived"
             "file", "lodge", "bring", "level",  # "whether to file charges", "will bring a lawsuit"
             # coming into being: "an outbreak could spread", "fighting may erupt", "a strike could break out"
             "spread", "erupt", "break", "ensue", "emerge", "unfold", "flare", "recur", "arise", "materialise",
             "materialize", "follow",
             "keep", "sustain", "maintain",  # "urged them to keep up the protests": the protests are asked for
             "achieve", "post", "record", "generate", "book", "log", "involve", "entail"}  # "will post higher sales",
# "the deal will involve an investment": the figure or the deal's part is as far off as the verb
# Verbs that bring about the event noun they carry: "would allow for a pull-back of the militias", "could
# open the way to a vote" — the noun is as real as the verb ("the call led to the arrest": it happened).
_ENABLING = {"allow", "enable", "permit", "lead", "pave", "clear", "result", "spark", "trigger", "prompt", "cause",
             "force", "bring", "facilitate", "ensure", "guarantee", "secure",
             # becoming: "the march turned into a riot" (it did), "hopes the protest becomes a dialogue" (hoped for)
             "turn", "become", "develop", "escalate", "evolve", "grow", "spiral", "descend", "degenerate", "produce",
             "yield"}
_PERMITS = {"allow", "permit", "authorise", "authorize", "enable", "entitle", "empower", "let"}
# What grants leave to act: laws, deals, rulings and their kin (a camera that "allows users to record" is a feature).
_INSTRUMENTS = {"law", "act", "bill", "measure", "deal", "agreement", "accord", "pact", "treaty", "contract", "ruling",
                "order", "decree", "rule", "regulation", "legislation", "licence", "license", "permit", "bond", "plan",
                "scheme", "policy", "amendment", "resolution", "waiver", "exemption", "warrant", "mandate", "provision",
                "clause", "statute", "ordinance", "referendum", "vote", "settlement", "charter", "lease", "program",
                "programme", "initiative", "grant", "funding", "framework", "arrangement", "partnership", "budget"}


_COURTESIES = {"thank", "congratulate", "apologise", "apologize", "welcome", "commend", "praise", "acknowledge",
               "express", "extend", "pay", "salute", "honour", "honor"}
_LATER_ON = {"later", "eventually", "ultimately", "subsequently", "afterwards", "afterward"}
# How a figure moves: what a forecast of it foretells is a possibility, not a plan.
_TRENDS = {"rise", "grow", "fall", "increase", "decrease", "decline", "drop", "climb", "jump", "slip", "slide", "surge",
           "soar", "plunge", "tumble", "improve", "worsen", "double", "triple", "halve", "rebound", "recover", "shrink",
           "expand", "contract", "ease", "dip", "edge", "top", "exceed", "reach", "hit", "peak"}
_FORECASTS = {"predict", "forecast", "expect", "anticipate", "project", "speculate", "estimate", "believe", "think",
              "guess", "bet", "reckon", "suspect", "doubt", "wager"}


def _forecast_of_another(verb: Token) -> bool:
    """ "Analysts predict the firm will cut jobs": a forecast of what someone else will do is a possibility, not a
    plan (hard negative: "the firm expects it will cut jobs", its own plan told as an expectation)."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() not in _FORECASTS:
        return False
    forecaster = next((c for c in head.children if c.dep_ == "nsubj"), None)
    doer = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if forecaster is None or doer is None or doer.pos_ == "PRON" or forecaster.lower_ in ("we", "i"):
        return False
    return doer.lemma_.lower() != forecaster.lemma_.lower()


def _instrument(verb: Token) -> bool:
    """The permitting verb's subject, or the noun its participle describes, is an instrument of leave."""
    holder = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return holder is not None and holder.lemma_.lower() in _INSTRUMENTS
# Nouns of chance: what they are "of" may or may not happen.
_CHANCE = {"risk", "threat", "chance", "prospect", "prospects", "possibility", "danger", "fear", "fears",
           "likelihood", "hope", "hopes", "probability", "spectre", "specter", "odds", "rumour", "rumours", "rumor",
           "rumors", "speculation", "expectation", "expectations"}
_OBLIGING = {"require", "oblige", "obligate"}
# Adverbs that leave an act in doubt.
_HEDGES = {"probably", "possibly", "perhaps", "maybe", "presumably", "conceivably"}
# Nouns of courses open to someone: what they include may or may not be taken.
_OPTIONS = {"alternative", "option", "choice", "scenario", "avenue"}
# Nouns of an opening someone may or may not take. Written for dateline; CC0.
_CHANCES = {"chance", "opportunity", "possibility", "prospect", "shot", "window", "hope", "incentive"}
# Verbs and nouns of choosing: what lies "between" them are the options. Written for dateline; CC0.
_CHOOSING = {"choose", "choice", "decide", "decision", "pick", "select", "dilemma", "torn", "trade-off", "tradeoff"}
# Nouns of what must come first: the happening they are for is still to come.
_PRECONDITIONS = {"basis", "footing", "foundation", "framework", "path", "road", "roadmap", "way", "groundwork",
                  "precondition", "prerequisite", "obstacle", "barrier", "hurdle", "impediment", "condition",
                  "conditions", "blueprint"}
_LASTING = {"ongoing", "continuing", "perpetual", "protracted", "lasting", "persistent", "long-running",
            "decades-long", "years-long", "current", "continued"}
_NOBODY = {"nobody", "none", "nothing", "neither"}
_REPORTED = {"reportedly", "allegedly", "purportedly", "supposedly", "apparently"}
_AVOIDS = {"avoid", "evade", "escape", "dodge", "elude", "avert", "sidestep", "forestall", "stave"}
_SOUGHT_FOR = {"negotiate", "bargain", "hope", "pray", "fight", "angle", "bid", "compete", "vote", "jockey", "vie",
               "strive"}  # "lobbied for a ban", "pressed for talks" are demands
_CONTESTED = {"allege"}  # a claim's content is the claimant's account, which MEANTIME reads as factual
_ALLEGING = {"accuse", "allege", "suspect", "charge", "blame"}
# Raising passives that pass on what is said or believed, not what is known: "is said to have fled".
_HEARSAY = {"say", "believe", "think", "allege", "report", "rumour", "rumor", "understand", "suspect", "claim",
            "presume", "suppose", "reckon", "feared", "fear", "expect"}
# Of these, the ones that look ahead: "the ferry is expected to be towed to port on Friday" is a plan; only a perfect
# infinitive ("is expected to have left") passes on a belief about what happened.
_AHEAD = {"expect"}


# Nouns of what is known or done about a happening: the happening under them keeps its own reading.
_ABOUT = {"explanation", "account", "detail", "details", "circumstance", "circumstances", "cause", "reason",
          "answer", "information", "clarification", "record", "records", "footage", "video", "image", "images",
          "anniversary", "aftermath", "wake", "memory", "investigation", "probe", "inquiry", "review", "autopsy",
          "inquest", "coverage", "transparency", "accountability", "response", "handling", "consequence",
          "consequences", "fallout", "toll", "victim", "victims", "question", "questions",
          # proceedings over a deed: "a trial for the death of their daughter" (the death happened, the trial runs)
          "trial", "trials", "prosecution", "hearing", "lawsuit", "suit", "retrial"}
_PROCEEDINGS = {"trial", "retrial", "prosecution", "hearing", "inquest", "charge", "charges", "sentence", "punishment"}
_FACTIVE_STATES = {"surprised", "shocked", "stunned", "aware", "know", "realise", "realize", "regret", "sorry", "glad",
                   "happy", "sad", "upset", "angry", "disappointed", "pleased", "proud", "ashamed", "saddened",
                   "surprise", "shock", "notice", "forget"}
_FACTIVE_NOUNS = {"coincidence", "accident", "surprise", "secret", "wonder", "shock", "irony", "mystery", "fluke"}
_ROLES_IN = {"factor", "cause", "reason", "part", "motive", "contributor", "culprit", "explanation", "trigger"}
_NEGOTIATIONS = {"talks", "talk", "negotiation", "negotiations", "discussion", "discussions", "bargaining"}
_GOVERNORS = _BLOCKERS | _REFUSE | _TRY | _PLAN | _DEMAND | _WISH | _THREAT | _DENY | _VERGE
GOVERNORS = frozenset(_GOVERNORS)  # verbs whose object event they cancel, block, plan or call for


def _between(a: Token, b: Token, text: str) -> Span:
    """The words from the first of two tokens to the end of the last, whichever comes first in the text."""
    start = min(a.idx, b.idx)
    end = max(a.idx + len(a.text), b.idx + len(b.text))
    return Span(start, end, text[start:end])


def _forms(word: Token) -> tuple[str, ...]:
    """The lemma, then the plain stems of the form: the small model's lemmatiser misreads some ("hoped" →
    "hop"). Ordered, so that the lemma decides first and every run reads a word the same way."""
    low = word.lower_
    lemma = word.lemma_.lower()  # "warnings": the lemma "warning", and its verb "warn"
    return tuple(dict.fromkeys((lemma, low, low[:-1], low[:-2], low[:-3], low[:-3] + "e", lemma.removesuffix("ing"))))


def _span(word: Token) -> Span:
    return Span(word.idx, word.idx + len(word.text), word.text)


def _chain(token: Token) -> list[Token]:
    """The trigger and the words governing it up to the clause that reports it (at most five steps)."""
    chain = [token]
    while ((chain[-1].dep_ in _CLIMB or _intended(chain[-1]) or _for_to(chain[-1]) or _purpose_of(chain[-1]) or (
               _elaborates(chain[-1]) and (len(chain) == 1 or chain[-2].dep_ == "prep")))
           and chain[-1].head.i != chain[-1].i
           and len(chain) < 6
           and not (chain[-1].dep_ == "ccomp" and chain[-1].head.lemma_ in ("say", "tell", "add", "state")
                    and not any(m.dep_ == "mark" and m.lower_ == "whether" for m in chain[-1].children))
           and not _own_clause(chain[-1]) and not _presupposed(chain[-1])
           and not (chain[-1].dep_ == "pcomp" and chain[-1].head.lower_ in ("after", "since", "following", "upon"))
           and not (chain[-1].dep_ == "compound" and chain[-1].head.lower_ in ("day", "night", "eve", "date"))):
        chain.append(chain[-1].head)  # but "has avoided trial for years after seeking refuge": done before, not
        # governed by what came of it; "riders who wanted help on launch day": the day names the launch, governs nothing
    return chain


def new_time_preps(verb: Token) -> list[Token]:
    """The prepositions of a verb, and of its "back" or "off" ("pushed the launch back to 2027"): where a new time
    for what is put off is told."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "off"))]
    return [c for h in heads for c in h.children if c.dep_ == "prep"]


def _negated_guess(word: Token) -> bool:
    """ "May not reach the final", "would probably not win even if …": a guess that it will not happen, which
    leaves it open; a plain "would not stop" or "could not reach the village" says it did not (hard negatives)."""
    modals = [c for c in word.children if c.dep_ == "aux" and c.lower_ in ("would", "might", "may", "'d")]
    if not modals:
        return False
    if any(m.lower_ in ("might", "may") for m in modals):
        return True
    hedged = any(c.dep_ == "advmod" and c.lower_ in ("probably", "likely", "possibly", "perhaps", "maybe")
                 for c in word.children)
    conditioned = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                      for c in word.children)
    return hedged or conditioned


def _when_ahead(token: Token) -> Token | None:
    """A present-tense time clause ("when she testifies", "once the vote is held") under a clause that looks
    ahead (will, is likely to, is expected to) tells a happening still to come; the clause's own tense
    says nothing ("when he testified" is past)."""
    verb = token if token.pos_ in ("VERB", "AUX") else None
    if verb is None or verb.dep_ != "advcl" or not (verb.tag_ in ("VBZ", "VBP") or any(
            a.dep_ in ("aux", "auxpass") and a.tag_ in ("VBZ", "VBP") for a in verb.children)):
        return None
    mark = next((c for c in verb.children if c.dep_ in ("mark", "advmod") and c.lower_ in _WHEN_MARKS), None)
    if mark is None:
        return None
    head = verb.head
    ahead = any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in head.children) or head.lower_ in (
        "likely", "expected", "set", "due", "poised") or any(a.lower_ in ("likely", "expected", "due", "set", "poised")
                                                            for a in head.ancestors if a.i >= head.sent.start)
    return mark if ahead else None


_WHEN_MARKS = {"when", "once", "after", "before", "until", "as", "while"}


def _presupposed(word: Token) -> bool:
    """ "Since the merger": the clause's stretch runs from a happening it takes as done, whatever the clause's
    own reading ("the firm has kept its name since the merger"); "will meet after the vote" is not so."""
    return word.dep_ == "pobj" and word.pos_ == "NOUN" and word.head.lower_ == "since"


def _purpose_of(word: Token) -> bool:
    """A to-infinitive of purpose after a clause still to come ("is set to meet on Monday to resume talks", "will fly
    to Rome to sign the pact"): done, if at all, when that clause is; read through it (hard negative: "fired tear
    gas to disperse the crowd", a past clause, keeps the purpose's own reading)."""
    if word.dep_ != "advcl" or word.i < word.head.i or not any(
            a.dep_ == "aux" and a.lower_ == "to" for a in word.children):
        return False
    head = word.head
    return any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in head.children) or (
        head.dep_ == "xcomp" and head.head.lemma_.lower() in ("set", "due", "expect", "plan", "schedule", "slate"))


def _imperative(verb: Token) -> bool:
    """A bare verb that opens its clause with no subject and no auxiliary, in a clause ending in "!" or set off by a
    colon or quotation mark: a command ("Hire a driver!", "they chanted: free the prisoners"). Hard negatives: "to
    free the prisoners" (an infinitive), "Police free the hostages" (a headline's present, with a subject)."""
    after_colon = verb.i > 0 and verb.doc[verb.i - 1].text == ":"  # "Hey, Jo: hire a driver!", a vocative first
    if verb.pos_ != "VERB" or verb.tag_ != "VB" or verb.dep_ not in ("ROOT", "ccomp", "parataxis", "xcomp") or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") and not (after_colon and c.i < verb.i)
            for c in verb.children):
        return False
    if after_colon:
        return True
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    if verb.dep_ == "xcomp" and (before is None or before.text != ":"):
        return False  # "chanted: release them!" is read as a complement; "wants to release them" is no command
    if verb.left_edge.i != verb.i and not verb.doc[verb.left_edge.i].is_punct:
        return False
    exclaimed = any(w.text == "!" for w in verb.doc[verb.i:verb.right_edge.i + 2] if w.i < len(verb.doc))
    return exclaimed or (before is not None and before.text in (":", '"', "“", "‘", "'"))


def _intended(word: Token) -> bool:
    """A to-infinitive the parse hangs as a purpose clause on a verb of intent ("swore on Sunday to keep
    fighting until …"): it is that verb's complement, read through it."""
    return word.dep_ == "advcl" and bool(set(_forms(word.head)) & _GOVERNORS) and any(
        a.lower_ == "to" for a in word.children if a.dep_ == "aux")


def _elaborates(word: Token) -> bool:
    """A trailing participle with no subject or conjunction of its own spells out the act before it and shares its
    frame: "plans to cut 300 jobs, closing two plants" plans both; "is accused of cheating them, moving the money
    abroad" is one charge. Not after a negated act ("did not raise prices, choosing to cut costs") or one set
    against it ("…, opting instead for a loan"). What the participle acts on keeps its own reading: in "will sign the
    bill, ending the dispute" the dispute is no plan."""
    return word.dep_ == "advcl" and word.tag_ == "VBG" and word.i > word.head.i \
        and word.doc[word.i - 1].is_punct \
        and not any(c.dep_ in ("mark", "nsubj", "nsubjpass", "neg") or c.lower_ in ("instead", "rather")
                    for c in word.children) \
        and not any(c.dep_ == "neg" for c in word.head.children)


def _for_to(word: Token) -> bool:
    """ "petitioned for the curfew to end": a "for … to" clause is what is asked for."""
    return word.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in word.children) \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children)


def _tried_act(token: Token, tried: Token) -> bool:
    """The act (or the object of the act) an attempt governs, also a second act joined to the first: "tried to buy
    the mill and set up a trust", "tried to block the sale and force a vote"."""
    act = token.head if token.dep_ == "dobj" and token.pos_ == "NOUN" else token
    if act.pos_ != "VERB":
        return False
    act = _first_conjunct(act)
    return act.dep_ == "xcomp" and act.head.i == tried.i


def _first_conjunct(word: Token) -> Token:
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    return word


def _own_clause(word: Token) -> bool:
    """A conjunct with its own subject, auxiliary or past tense stands alone: in "wants to buy jets and
    sold its stake", "sold" does not inherit "wants"; so does a past participle describing its noun."""
    if word.dep_ == "acl" and word.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in word.children):
        return True  # "the report released on Monday will shape the debate": released, whatever comes of it
    if word.dep_ != "conj" or word.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("that", "whether") for c in word.children) and any(
            c.dep_ == "mark" for c in _first_conjunct(word).children):
        return False  # "reported that the bridge fell and that two died": a second complement of the same verb
    if word.tag_ == "VBD" and word.lower_ == word.lemma_.lower() and word.head.tag_ == "VB" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in word.head.children):
        return any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in word.children)  # "tried to buy it
        # and set up a trust": "set" after an infinitive is one too, whatever the tagger says
    return word.tag_ == "VBD" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in word.children)


_ANNOUNCING = {"say", "announce", "tell", "state", "add", "confirm", "insist", "pledge", "promise", "vow", "report",
               "indicate", "signal", "declare", "decide", "agree", "write", "note", "explain"}


def _fronted_negation(verb: Token) -> Token | None:
    """ "At no point did the ministry approve it", "in no way did the club obstruct it", "never did the police
    charge": a negative
    phrase put first, with the auxiliary before the subject."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    auxiliary = next((c for c in verb.children if c.dep_ in ("aux", "auxpass")), None)
    if subject is None or auxiliary is None or auxiliary.i > subject.i:
        return None
    for child in verb.children:
        if child.i > auxiliary.i:
            continue
        if child.dep_ == "neg" or child.lower_ in ("never", "nowhere"):
            return child
        if child.dep_ == "prep" and any(d.dep_ == "det" and d.lower_ == "no" for g in child.children
                                        if g.dep_ == "pobj" for d in g.children):
            return child
    return None


def _inverted_condition(verb: Token) -> Token | None:
    """ "Had the council known, …", "should the board reject the bid, …", "were the dam to fail, …": a
    condition told by putting the auxiliary first — not a question."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    auxiliary = next((c for c in verb.children if c.dep_ in ("aux", "auxpass")
                      and c.lower_ in ("had", "should", "were")), None)
    if subject is None or auxiliary is None or auxiliary.i > subject.i or auxiliary.i != verb.left_edge.i:
        return None
    last = verb.sent[-1] if verb.sent[-1].pos_ == "PUNCT" else None
    if last is not None and last.text == "?":
        return None
    return auxiliary if verb.dep_ in ("advcl", "ROOT") and verb.sent[0].i <= auxiliary.i else None


def _until(word: Token) -> Token | None:
    """The "until"/"till" a negation waits on: "not until March" puts the happening in March."""
    for child in word.children:
        if child.dep_ == "prep" and child.lower_ in ("until", "till"):
            return child
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("until", "till") for m in child.children):
            return child
    return None


def _reported_future(verb: Token) -> bool:
    """ "said it would lift the curfew": "would" is the future of reported speech, not a condition — unless
    an "if"/"unless" clause hangs on the verb."""
    if any(c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children) for c in verb.children):
        return False
    clause = verb
    for _ in range(3):
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _ANNOUNCING:
            return True
        if clause.dep_ not in ("conj", "xcomp") or clause.head.i == clause.i:
            return False
        clause = clause.head
    return False


_MANNER = {"instantly", "immediately", "quickly", "slowly", "painlessly", "peacefully", "suddenly", "alone"}
_KILLINGS = {"kill", "murder", "slay", "shoot", "stab", "gun", "strangle", "behead", "injure", "wound", "maim"}


_RANKS = {"first", "last", "only", "second", "third", "fourth", "fifth", "latest", "next"}


def _ranked(verb: Token) -> bool:
    """An infinitive that ranks its doer among others who did it ("the first woman to win", "the last to leave"):
    a record of the act, not a plan (the copula's own tense still rules: "will be the first to fly")."""
    if verb.dep_ not in ("acl", "relcl", "xcomp", "ccomp") or verb.head.i == verb.i:
        return False
    return ranks(verb.head)  # "the 12th rower to be picked", an ordinal; "the biggest firm to fail"


def _killed_someone(verb: Token) -> bool:
    """ "Accused of stabbing two guards", "suspected of killing his neighbour": someone was shot or killed;
    the charge is about who did it, not whether it happened (hard negatives: "accused of fraud", "charged with
    murder", "accused of threatening staff": the deed itself is what is alleged)."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _KILLINGS and any(
        c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "NUM", "PRON") for c in verb.children)


_HOMICIDES = {"murder", "manslaughter", "homicide", "killing", "slaying", "assassination"}
_INCIDENTS = _HOMICIDES | {"death", "shooting", "stabbing", "bombing", "attack", "beating", "explosion", "fire"}
INCIDENTS = _INCIDENTS


def _booked(charge: Token) -> bool:
    """A charge in a firm's books ("a charge of $2 million for closing a plant", "a $10 million
    charge"): an amount, not an accusation (hard negative: "charges of fraud")."""
    if charge.pos_ != "NOUN" or charge.lemma_.lower() != "charge":
        return False
    amounts = [*charge.children, *(g for p in charge.children if p.dep_ == "prep" and p.lower_ == "of"
                                   for g in p.children)]
    return any(w.ent_type_ == "MONEY" or w.lower_ == "$" for w in amounts)


def _incident_charged(charge: Token, token: Token) -> bool:
    """A charge or suspicion *in* or *over* an incident ("suspect in the bombing", "charged in three attacks",
    "charged with murder over her death") names a happening already known, and so does a killing named as
    murder beside it; what a charge is *of* or *with* alone ("accused of fraud", "charged with murder") stays
    alleged."""
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ in ("in", "over"):
        return True
    return token.lemma_.lower() in _HOMICIDES and any(
        c.dep_ == "prep" and c.lower_ in ("in", "over") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _INCIDENTS for g in c.children)
        for c in (*token.children, *charge.children))


_CASES = {"lawsuit", "suit", "case", "charge", "indictment", "appeal", "petition", "complaint", "motion"}
_MOTIONS = {"dismiss", "quash", "suppress", "compel", "vacate", "strike", "disqualify", "stay", "throw"}
_PROCEDURES = {"trial", "retrial", "questioning", "interrogation", "sentencing", "arraignment", "debriefing"}
_CONVEYED = {"bring", "send", "extradite", "fly", "take", "return", "transfer", "hand", "deport", "hold", "detain",
             "remand", "summon", "ship", "move", "escort", "airlift"}


def _sent_for(token: Token) -> bool:
    """Someone brought, sent or held *for* a proceeding goes to what is still to come (hard negatives: "arrested
    for the robbery" names a cause; "stood trial" is the trial)."""
    return (token.lemma_.lower() in _PROCEDURES or token.lower_ in _PROCEDURES) and token.dep_ == "pobj" \
        and token.head.lower_ == "for" \
        and token.head.head.pos_ == "VERB" and token.head.head.lemma_.lower() in _CONVEYED


def _lasting(token: Token) -> Token | None:
    """A modifier telling the happening goes on ("the ongoing manhunt", "the current inquiry")."""
    return next((c for c in token.children if c.dep_ in ("amod", "compound", "nmod") and c.lower_ in _LASTING), None)


def modality(token: Token, text: str) -> tuple[str, Span | None, str | None]:
    """The clause's reading of the event, the words that say so and the rule."""
    chain = _chain(token)
    reported = next((c for c in token.children if c.dep_ == "advmod" and c.lower_ in _REPORTED), None)
    if reported is None and token.pos_ == "VERB" and token.dep_ == "conj" and token.head.pos_ == "VERB" \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        reported = next((c for c in token.head.children if c.dep_ == "advmod" and c.lower_ in _REPORTED
                         and c.i < token.head.i), None)  # "allegedly shot and killed two guards": one hedge
        # over both (hard negative: "allegedly shot him, and police arrested him", a clause of its own)
    if reported is None and token.pos_ == "NOUN":
        reported = next((c for c in token.children if c.dep_ == "amod" and c.lower_ in ("alleged", "reported",
                                                                                         "suspected")), None)
    denial = next((c for c in token.children if c.dep_ == "relcl" and c.lemma_.lower() in _DENY and any(
        g.dep_ == "dobj" and g.lower_ in ("which", "that") for g in c.children)), None) \
        if token.pos_ == "NOUN" else None
    if denial is not None:  # "the alleged assault, which he denies, …": denied, whatever the hedge
        return "denied", _span(denial), "modality:denied_in_relative"
    if _imperative(token):  # "Hire a driver!", "chanted: release the prisoners!": asked for, not done
        return "demanded", _span(token), "modality:imperative"
    if token.dep_ == "compound" and token.head.lemma_.lower() == "date" \
            and token.head.head.lemma_.lower() in ("set", "fix", "schedule", "announce", "confirm", "pencil", "name"):
        return "planned", _span(token.head.head), "modality:date_set"  # "a trial date has been set": to come
    if reported is not None:
        return "reported", _span(reported), "modality:reportedly"
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() == "miss" \
            and token.lemma_.lower() in _PRIZES:
        return "blocked", _span(token.head), "modality:missed"  # "narrowly missed a shock win", "missed out on a
        # medal": it did not come (hard negative: "missed the game with an injury", the game was played)
    if token.pos_ == "NOUN" and token.dep_ == "nsubj" and token.head.lemma_.lower() in (
            "get", "draw", "move", "come", "edge", "inch", "grow") and any(
            c.lower_ in ("closer", "nearer") for c in token.head.children):
        return "hypothetical", _span(token.head), "modality:verge"  # "a deal was getting closer": not yet made
        # (hard negative: "a deal was signed")
    if token.pos_ == "NOUN" and token.dep_ == "nsubj" and token.head.lemma_.lower() in _STRIKES_AS_DOER:
        guess = next((c for c in token.head.children if c.dep_ == "aux" and c.lower_ in (
            "could", "might", "may", "would", "can")), None)
        if guess is not None:  # "a famine could hit the region", "an uprising would sweep the country": a
            return "hypothetical", _span(guess), "modality:modal"  # possibility (hard negative: "a famine hit")
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "pending":
        return "planned", _span(token.head), "modality:pending"  # "suspended pending a review": still to come
        # (hard negative: "a review found", done)
    hedge = next((c for c in token.children if c.dep_ == "advmod" and c.lower_ in _HEDGES), None) \
        if token.pos_ == "VERB" and not any(c.dep_ == "neg" for c in token.children) else None
    if hedge is not None and any(c.dep_ == "advmod" and c.i == hedge.i + 2 and hedge.i + 1 == token.i
                                 and c.lower_ in _MANNER for c in token.children):
        hedge = None  # "probably died instantly": the doubt is about how, not whether
    if hedge is not None and not any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in token.children):
        return "hypothetical", _span(hedge), "modality:hedged"  # "was probably killed soon after": not known
        # (hard negative: "was killed", "will probably meet" is a plan told with a doubt, left to "will")
    almost = next((c for c in token.children if c.dep_ == "advmod" and c.lower_ in ("almost", "nearly")), None)
    if almost is not None and token.pos_ == "VERB":  # "nearly capsized", "almost collided": it did not happen
        return "hypothetical", _between(almost, token, text), "modality:almost"
    nor = next((c for c in token.head.children if c.dep_ == "cc" and c.lower_ == "nor" and c.i < token.i), None) \
        if token.dep_ == "conj" and token.pos_ in ("VERB", "NOUN") else None
    if nor is None and token.pos_ in ("VERB", "NOUN"):
        nor = next((c for c in token.children if c.dep_ == "preconj" and c.lower_ == "neither"), None) or next(
            (c for c in token.doc[max(token.i - 1, 0):token.i] if c.lower_ == "neither" and c.head.i == token.i), None)
    if nor is not None:  # "did not sign the deal nor set a date", "neither met nor called": the second is not done
        return "blocked", _span(nor), "modality:nor"
    first = token.head if token.dep_ == "conj" and token.pos_ == "NOUN" and token.head.pos_ == "NOUN" else token
    if first.dep_ == "pobj" and first.head.lower_ == "to" and first.head.head.lemma_.lower() == "lead" \
            and first.head.head.dep_ == "acl" \
            and first.head.head.head.lemma_.lower() in ("information", "tip", "evidence"):
        return "hypothetical", _span(first.head.head), "modality:reward_condition"  # "a reward for information leading
        # to the arrest and conviction": what the reward is for, each act of it
    eve = next((w for w in list(token.ancestors)[:4] if w.lower_ in ("eve", "run-up") and w.pos_ == "NOUN"), None)
    if eve is not None and token.dep_ == "pobj" and not any(c.dep_ == "neg" for c in token.head.head.children):
        return "planned", _span(eve), "modality:eve_of"  # "the eve of the summit", "the eve of renewed talks": to come
    if _sent_for(token):  # "was extradited to Spain for trial", "held for questioning": what they are there for
        return "planned", _span(token.head), "modality:sent_for"
    without = token.head if token.dep_ in ("pobj", "pcomp") and token.head.lower_ == "without" else None
    if without is not None and not any(c.dep_ == "neg" for c in without.head.children):
        return "blocked", _span(without), "modality:without"  # "talks ended without a deal", "left without paying"
    ahead = next((a for w in chain if w.i == token.i or (w.pos_ in ("VERB", "AUX") and w.lemma_.lower() in _CARRIERS)
                  if (a := _when_ahead(w)) is not None), None)
    if ahead is not None:  # "will face questions when she testifies on Wednesday": the testimony is to come
        return "planned", _span(ahead), "modality:when_ahead"
    nothing = _no_object(token)
    if nothing is not None:  # "unveiled no new models", "made no arrests": none took place
        return "blocked", _span(nothing), "modality:no_object"
    anything = next((d for d in token.children if d.dep_ == "det" and d.lower_ == "any"), None) \
        if token.pos_ == "NOUN" else None
    if anything is not None:  # "must not tolerate any delays", "if any attacks occur": no particular one is told
        denied = token.head.pos_ in ("VERB", "AUX") and (any(c.dep_ == "neg" for c in token.head.children) or any(
            c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in _NOBODY or any(
                d.dep_ in ("det", "preconj") and d.lower_ in ("no", "neither") for d in c.children))
            for c in token.head.children)) \
            and not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in token.head.children)  # "neither company
        # made any statement", "nobody filed any complaint": none was
        return ("blocked" if denied else "hypothetical"), _span(anything), "modality:any"
    away = _time_away(token)
    if away is not None:  # "the election is three weeks away": still to come
        return "planned", _span(away), "modality:time_away"
    state = _in_progress(token)
    if state is not None:  # "is in talks with the studios", "are under investigation"
        return "ongoing", _span(state), "modality:in_progress"
    lasting = _lasting(token) if token.dep_ in ("nsubj", "nsubjpass") else None
    if lasting is not None:  # "the current investigation will take months": going on, whatever it will take
        return "ongoing", _span(lasting), "modality:lasting"
    for position, word in enumerate(chain):
        forms = _forms(word)
        lemma = next((f for f in forms if f in _GOVERNORS), word.lemma_.lower())
        particle = next((c.lower_ for c in word.children if c.dep_ == "prt" or (
            c.dep_ == "advmod" and c.lower_ == "back" and word.lemma_.lower() in ("push", "move", "set")) or (
            c.dep_ == "advmod" and c.lower_ == "forward" and word.lemma_.lower() == "look")), None)
        # "pushed (the launch) back", parsed as an adverb
        if particle == "off" and word.lemma_.lower() == "put":
            lemma = "postpone"  # "put off the vote (until June)": postponed, or blocked when no new time is told
        elif particle and f"{word.lemma_.lower()} {particle}" in _PHRASAL_BLOCKERS:
            lemma = "cancel"  # "the talks were called off"
        elif particle in ("by", "in", "over") and lemma == "stop":
            lemma = "visit"  # "stopped by the office to talk": a call, which stops nothing
        elif particle == "forward" and lemma == "look":
            lemma = "hope"  # "look forward to years of co-operation": hoped for
        elif particle == "in" and lemma == "weigh":
            lemma = "comment"  # "weighed in on the strike": spoke about it, not weighing whether to strike
        elif particle == "back" and lemma in ("push", "move", "set"):
            lemma = "postpone"  # "pushed the test flight back to May": put off, still to come
        elif particle == "in" and lemma == "call":
            lemma = "send"  # "crews were called in to help": summoned, and they came; not a call for help
        governs = word.i != token.i
        below = chain[position - 1]
        if governs and word.lemma_.lower() == "want" and word.tag_ in ("VBN", "VBD") and (
                word.dep_ == "acl" or any(c.dep_ == "auxpass" for c in word.children) or (
                    below.dep_ == "prep" and below.lower_ == "for" and not any(  # "a man wanted for …", whatever
                        c.dep_ in ("dobj", "xcomp", "ccomp") for c in word.children))) and not (
                token.lemma_.lower() in _PROCEDURES or token.lower_ in _PROCEDURES):
            lemma = "charge"  # "is wanted for the murder of a doctor": sought by police for it, as if charged; not
            # a wish ("wanted for questioning" is still to come)
        if governs and below.dep_ == "prep" and token.pos_ == "NOUN" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _PROCEEDINGS for c in word.children):
            break  # "are undergoing trial … for the death of their daughter" (however the parse hangs the phrase):
            # the deed tried keeps its own reading
        if governs and word.pos_ == "NOUN" and word.lemma_.lower() in _ABOUT:
            break  # "calling for an explanation of the blackout", "an inquiry into the crash": X's own reading
        if governs and word.pos_ == "NOUN" and word.lemma_.lower() in _ROLES_IN and below.dep_ == "prep" \
                and below.lower_ in ("in", "of", "behind", "for"):
            break  # "fog played no part in the crash", "not the cause of the fire": what is denied is the
            # role, the crash or the fire took place
        if governs and below.dep_ == "prep" and below.lower_ in _SETTINGS and token.dep_ == "pobj" \
                and token.head.i == below.i:
            break  # "at the summit, leaders agreed to …", "during the talks, they refused to …": the setting
        negation = next((c for c in word.children if c.dep_ == "neg"), None)
        if negation is None and word.pos_ == "NOUN":
            negation = next((c for c in word.children if c.dep_ == "det" and c.lower_ == "no"), None)
            if negation is not None and governs and below.dep_ == "prep" and below.lower_ in _SETTINGS | {
                    "in", "into", "over", "about", "from"}:
                negation = None  # "no arrests in the killings", "no progress in the talks": the killings and
                # the talks took place; what is denied is the arrest or the progress
        if negation is None and word.pos_ in ("VERB", "AUX"):  # "at no point did they approve", "never did they charge"
            negation = _fronted_negation(word)
        if negation is None and word.pos_ in ("VERB", "AUX"):  # "no one will be turned away", "nobody was hurt"
            negation = next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass") and (
                c.lower_ in _NOBODY or any(d.dep_ in ("det", "preconj") and d.lower_ in ("no", "neither")
                                           for d in c.children))), None)  # "neither company made a statement"
        if governs and token.pos_ == "NOUN" and below.i == token.i and token.dep_ in ("nsubj", "nsubjpass") \
                and word.pos_ in ("VERB", "AUX") and any(m.dep_ == "mark" and m.lower_ == "whether"
                                                         for m in word.children):
            return "hypothetical", _between(next(m for m in word.children if m.dep_ == "mark"), word, text), \
                "modality:whether"  # "will decide whether sanctions are warranted": an open question
        if governs and lemma in _BLOCKERS and negation is not None:
            negation = None  # "if the shelling does not stop", "did not prevent the attack": nothing was stopped
            lemma = ""
        if negation is not None and not governs and token.dep_ in ("xcomp", "ccomp") and position + 1 < len(chain) \
                and next((f for f in _forms(chain[position + 1]) if f in _GOVERNORS), "") in _DEMAND:
            return "demanded", _between(chain[position + 1], word, text), "modality:demand_not"  # "urged them not to"
        if governs and word.pos_ == "NOUN" and word.lemma_.lower() in _POLICIES and below.dep_ == "prep" \
                and below.lower_ == "of":
            return "ongoing", _span(word), "modality:policy"  # "its practice of detaining strikers": done as a rule
        if governs and lemma in _HEARSAY and word.tag_ == "VBN" and below.dep_ == "ccomp" and any(
                c.dep_ == "nsubjpass" and c.lower_ == "it" for c in word.children):
            return "reported", _span(word), "modality:hearsay"  # "it is said that a yard was sold", "it is believed
            # that he fled" (hard negative: "the firm reported that it sold", its own word)
        if governs and lemma in _HEARSAY and word.tag_ == "VBN" and below.dep_ == "xcomp" and any(
                a.dep_ == "auxpass" for a in word.children) and (lemma not in _AHEAD or any(
                a.lower_ == "have" for a in below.children if a.dep_ == "aux")):
            return "reported", _span(word), "modality:hearsay"  # "is believed to have submitted a bid"
        if governs and lemma in _ALLEGING and _incident_charged(word, token):
            break  # "a suspect in the shootings", "charged with murder in the death of …": the incident is
            # known; who did it is what is alleged
        if governs and lemma in _ALLEGING and chain[position - 1].dep_ in ("pcomp", "pobj", "prep") \
                and not _killed_someone(token) and not _booked(word) \
                and not (below.dep_ == "prep" and below.lower_ in ("over", "after", "about", "following", "amid")) \
                and not (word.lower_ == "charge" and word.head.lower_ == "in"):  # "in charge of the audit"
            return "reported", _span(word), "modality:accused_of"
        if governs and word.lemma_.lower() in _CONTESTED and below.dep_ == "ccomp" and word.pos_ == "VERB":
            return "reported", _span(word), "modality:alleged"  # "the suit alleges that guards beat him": one side's
            # account (hard negatives: "police said he pointed a gun", "claims the phone is faster")
        if governs and word.lower_ == "short" and word.head.lemma_.lower() in ("fall", "come", "stop") \
                and below.dep_ == "prep" and below.lower_ == "of":
            return "blocked", _between(word.head, word, text), "modality:fell_short"  # "fell short of victory",
            # "stopped short of a ban": it did not come (hard negative: "a short visit" is a visit)
        if governs and lemma in _PRESSURE and below.dep_ == "prep" and below.lower_ == "into":
            return "demanded", _span(word), "modality:pressed_into"  # "pushed the board into calling a ballot"
        if governs and word.lemma_.lower() in ("need", "have") and below.dep_ == "xcomp" \
                and word.tag_ in ("VBZ", "VBP") and any(a.lower_ == "to" for a in below.children if a.dep_ == "aux"):
            return "hypothetical", _span(word), "modality:needed"  # "the council needs to approve the plan" (hard
            # negative: "had to be evacuated" was)
        if governs and word.lemma_.lower() == "need" and below.dep_ == "xcomp" and word.tag_ == "VBD" \
                and any(a.lower_ == "to" for a in below.children if a.dep_ == "aux") \
                and not any(a.dep_ == "auxpass" for a in below.children):
            return "hypothetical", _span(word), "modality:needed"  # "the side needed to win on Sunday": a need
            # says nothing of the outcome, unlike "had to" (hard negative: "two men needed to be rescued" were)
        if governs and below.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("whether", "if")
                                                     for m in below.children) and not _condition_of(below):
            return "hypothetical", _between(next(m for m in below.children if m.dep_ == "mark"), below, text), \
                "modality:whether"  # "it is unclear whether the firm broke the law": an open question
        if governs and word.lemma_.lower() in _AVOIDS and below.i == token.i and token.dep_ == "dobj":
            return "blocked", _span(word), "modality:avoided"  # "fled to evade arrest", "escaped prosecution": it
            # did not happen (hard negative: "escaped from custody" is the escape)
        if governs and token.pos_ == "NOUN" and token.dep_ == "pobj" and below.dep_ == "prep" \
                and below.lower_ == "for" and word.pos_ == "VERB" and word.lemma_.lower() in _SOUGHT_FOR:
            return "hypothetical", _span(word), "modality:sought"  # "negotiate for a settlement", "pushing for
            # talks": what is sought (hard negative: "arrested for the robbery" names a cause)
        if governs and token.pos_ == "NOUN" and below.i == token.i and token.dep_ == "dobj" \
                and word.lemma_.lower() in _UNDER_TALKS and word.pos_ == "VERB" and token.lemma_.lower() in _DEALS \
                and not _negotiated_through(word):
            return "hypothetical", _span(word), "modality:under_talks"  # "was negotiating a sale of the unit",
            # "discussed a merger": the deal talked about, not yet made (hard negative: "completed a sale")
        if governs and word.lemma_.lower() == "include" and below.dep_ == "dobj" and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in _OPTIONS for c in word.children):
            return "hypothetical", _span(word), "modality:option"  # "options include a merger"
        if governs and below.dep_ == "prep" and below.lower_ == "between" and word.lemma_.lower() in _CHOOSING:
            return "hypothetical", _span(word), "modality:option"  # "forced to choose between a bailout and a
            # collapse", "the choice between war and talks": options, not what happened (hard negative: "talks
            # between the two sides" took place)
        if governs and token.pos_ == "NOUN" and word.pos_ in ("VERB", "AUX") and word.dep_ != "prep" \
                and lemma not in _GOVERNORS and lemma not in _CARRIERS and word.lemma_.lower() not in _CARRIERS \
                and not (word.lemma_.lower() in _ENABLING and chain[position - 1].dep_ not in ("nsubj", "nsubjpass")) \
                and not _elaborates(below) and below.dep_ != "conj" \
                and not (lemma in ("decide", "vote", "opt", "elect") and below.dep_ == "xcomp") \
                and not _purpose_of(below):
            break  # "will review the crash": the crash's own reading stands ("including", "involving" are
            # prepositions the tagger calls verbs); a verb joined to it ("promised to cut taxes and make new
            # investments") governs nothing of the noun's, the one above both does
        if governs and word.lemma_.lower() == "move" and below.dep_ == "xcomp" and below.i == token.i \
                and token.lemma_.lower() in _MOTIONS:
            return "demanded", _span(word), "modality:motion"  # "moved to dismiss the suit": asked of the court
            # (hard negative: "moved to calm the markets" is an act of its own)
        carried = next((c for c in word.children if c.dep_ == "dobj" and c.i < below.i and set(_forms(c)) & (
            _THREAT | _DEMAND)), None) if governs and word.pos_ == "VERB" and below.dep_ == "prep" else None
        if carried is not None and below.lower_ in ("against", "of") and set(_forms(carried)) & _THREAT:
            return "hypothetical", _span(carried), "modality:threat"  # "issued a warning against a strike" (the
            # parse hangs the phrase on the verb): warned against
        if carried is not None and below.lower_ == "for" and set(_forms(carried)) & _DEMAND:
            return "demanded", _span(carried), "modality:demand"  # "issued a call on Monday for a truce"
        if governs and word.lemma_.lower() == "decide" and below.dep_ == "prep" and below.lower_ == "against":
            return "blocked", _span(word), "modality:decided_against"  # "decided against selling the unit"
        if governs and lemma in ("vow", "swear") and word.pos_ == "VERB" and below.dep_ in ("xcomp", "conj") \
                and token.pos_ == "VERB" and token.lemma_.lower() not in _HOSTILE:
            return "planned", _span(word), "modality:vow"  # "vowed to build a bridge and open a clinic": a pledge
            # (hard negative: "vowed to crush the rebels", a threat)
        if governs and lemma in _THREAT:
            return "hypothetical", _span(word), "modality:threat"
        if governs and word.lemma_.lower() == "dismiss" and token.lemma_.lower() in _CASES:
            break  # "moved to dismiss the lawsuit": the suit was filed; its dismissal is the court's step
        if governs and lemma in _DENY:
            return "denied", _span(word), "modality:denial"
        if governs and lemma == "refrain" and below.dep_ == "prep" and below.lower_ == "from":
            return "blocked", _span(word), "modality:refusal"  # "refrained from making arrests"
        if governs and lemma in _REFUSE and chain[chain.index(word) - 1].dep_ in ("xcomp", "dobj") and (
                lemma != "rule" or any(c.lower_ == "out" for c in word.children)):
            return "blocked", _span(word), "modality:refusal"
        if governs and word.lemma_.lower() == "reschedule" and below.dep_ in ("nsubjpass", "dobj"):
            return "planned", _span(word), "modality:postponed"  # "the visit will be rescheduled": still to come
        if governs and lemma in _BLOCKERS and (below.dep_ in ("nsubjpass", "dobj", "xcomp")
                                               or (below.dep_ == "nsubj" and not any(
                                                   c.dep_ == "dobj" for c in word.children))
                                               or (below.dep_ == "prep" and below.lower_ in ("from", "of"))):
            # not "the 1991 agreement barred the firm from …": the subject of a bar is who or what bars
            # "blocked the meeting", "prevented from attending"; not "delayed after an accident"
            if lemma in _PUTTING_OFF and any(c.dep_ == "prep" and (c.lower_ in ("until", "till", "to") or (
                    c.lower_ == "for" and word.lemma_.lower() == "reschedule"))
                                             and any(g.ent_type_ == "DATE" for g in c.subtree)
                                             for c in new_time_preps(word)):
                return "planned", _span(word), "modality:postponed"  # "delayed until October 2027": still to come
            if _irrealis(word):
                return "hypothetical", _span(word), "modality:condition"  # "so that Apple would stop selling"
            return "blocked", _span(word), "modality:blocked"
        until = _until(word) if negation is not None and not governs else None
        if negation is not None and until is not None:  # "won't open the line until 2027" opens it in 2027;
            # "did not rule until Friday" ruled on Friday
            later = any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in word.children)
            return ("planned" if later else "happened"), _between(negation, until, text), "modality:not_until"
        if negation is not None and word.lemma_.lower() == "be" and any(c.dep_ == "expl" for c in word.children) \
                and governs and below.dep_ == "attr" and below.i != token.i:
            break  # "there were not any injuries in the crash": none of the injuries, the crash still happened
        if negation is not None and governs and word.lemma_.lower() == "be" and below.dep_ == "ccomp" and any(
                c.dep_ in ("attr", "acomp") and c.lemma_.lower() in _FACTIVE_NOUNS for c in word.children):
            break  # "it was no coincidence that her dogs died": the dying is taken as fact, the chance denied
            # (hard negative: "it is not true that the mayor resigned" denies the resigning)
        if negation is not None and word.lemma_.lower() == "be" and any(
                c.dep_ in ("acomp", "attr") and (c.lower_ == "alone" or (c.lower_ in ("only", "first") or any(
                    m.lower_ in ("only", "first") for m in c.children if m.dep_ == "amod"))) for c in word.children):
            break  # "was not alone in winning such a grant", "was not the only club to sign him": others did too, and
            # so did this one (hard negative: "the club did not sign him")
        if negation is not None and governs and token.pos_ == "NOUN" and (
                (below.i == token.i and token.dep_ == "nsubj" and word.lemma_.lower() not in _COMES_ABOUT | {"be"}
                 and not any(
                    c.dep_ in ("prt", "advmod") and c.lower_ in ("ahead", "forward", "off") for c in word.children))
                or (token.dep_ == "pobj" and token.head.lower_ in ("in", "during", "after", "since")
                    and token.head.head.i == word.i and any(
                        c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in _NOBODY or any(
                            d.lower_ in ("no", "neither") for d in c.children))
                        for c in word.children))):
            break  # "the blaze did not reach the tanks", "the strike did not affect flights": the blaze and the
            # strike took place, what is denied is their reach; "no arrests were made in the fire" (hard negatives:
            # "the strike did not go ahead", "the talks did not happen", "the talks were not held")
        if negation is not None and governs and (
                (below.dep_ == "ccomp" and word.lemma_.lower() in _FACTIVE_STATES)
                or (below.dep_ == "acomp" and below.lower_ in _FACTIVE_STATES and position >= 2
                    and chain[position - 2].dep_ == "ccomp")):
            break  # "residents were not surprised that he had been shot", "police did not know that he had fled":
            # the feeling or the knowing is denied, what it is about happened (hard negative: "did not say that
            # he had fled" denies nothing of the fleeing either, but "it is not true that he fled" does)
        if negation is not None and governs and token.pos_ == "NOUN" and _takes_part(word, below):
            break  # "has not taken part in the talks", "did not attend the summit": one party stayed away, the
            # talks and the summit took place (hard negative: "did not hold the summit", no summit)
        if negation is not None and word.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
            cue = _between(negation, word, text)  # "did not meet"; the parse may hang a later "not" on it too
            if governs and lemma in _WISH | _PLAN | _TRY:
                return "hypothetical", cue, "modality:negated_intent"
            if _negated_guess(word):
                return "hypothetical", cue, "modality:negated_prediction"
            if word.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in word.children):
                return "hypothetical", cue, "modality:condition"  # "if he does not back down": a condition, which
                # stops nothing (hard negative: "he did not back down")
            return "blocked", cue, "modality:negation"
        if governs and lemma in _TRY and (token.dep_ == "xcomp" or word.i == token.head.i or _tried_act(token, word)):
            # "tried to flee", "tried to commit suicide": the act under the light verb was attempted
            guess = next((c for c in word.children if c.dep_ == "aux" and c.lower_ in ("may", "might", "could")), None)
            if guess is not None:  # "may try to disrupt the visit": a possibility, not an attempt made
                return "hypothetical", _span(guess), "modality:modal"
            return "attempted", _span(word), "modality:attempt"
        if governs and word.lemma_.lower() == "tell" and below.dep_ == "xcomp" and below.i == _first_conjunct(token).i \
                and any(a.lower_ == "to" for a in below.children if a.dep_ == "aux"):
            return "demanded", _span(word), "modality:told_to"  # "told troops to attack": an order (hard negative:
            # "told reporters the army would attack" reports words)
        if governs and word.lemma_.lower() in _PERMITS and below.dep_ in ("xcomp", "ccomp") and below.pos_ == "VERB" \
                and any(a.lower_ == "to" for a in below.children if a.dep_ == "aux") and _instrument(word) and (
                word.tag_ in ("VBZ", "VBP") or (word.dep_ == "acl" and word.tag_ == "VBG")):
            # "the deal permits the airline to buy jets", "a measure allowing the city to buy it": leave to act,
            # not the act (hard negative: "the army allowed 20 lorries to cross on Sunday": they crossed)
            return "hypothetical", _span(word), "modality:permitted"
        if governs and word.lemma_.lower() in _PERMITS and below.dep_ == "xcomp" and below.pos_ == "VERB" \
                and word.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in word.children) and (
                    any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "would", "could", "can", "may", "might")
                        for c in word.children)
                    or any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in word.children)):
            # "the firm will be allowed to bid", "residents are permitted to return": leave to act, not the act
            # (hard negative: "the lorries were allowed to cross on Sunday": past leave, taken)
            return "hypothetical", _span(word), "modality:permitted"
        if governs and word.lemma_.lower() == "call" and below.dep_ == "dobj" and any(
                c.dep_ == "oprd" for c in word.children):
            break  # "called his death a crisis", "called the vote a sham": a label, not a call for it
        if governs and word.lemma_.lower() == "call" and token.dep_ in ("dobj", "oprd") and token.head.i == word.i \
                and token.lemma_.lower() in _POLLS and not any(c.dep_ == "neg" for c in word.children):
            return "planned", _span(word), "modality:poll_called"  # "called a snap election for October": set
            # by one who may set it (hard negative: "called for an election", a demand)
        if governs and lemma in _OBLIGING and word.tag_ in ("VBD", "VBN"):
            break  # "the rules required the bank to sell it in 2023": a past requirement, met (hard negative:
            # "the law requires the bank to sell", still to be done)
        if governs and word.pos_ == "VERB" and word.lemma_.lower() in ("order", "decree") and token.dep_ == "dobj" \
                and token.head.i == word.i and token.lemma_.lower() in _IMPOSED and word.tag_ in ("VBD", "VBN") \
                and not any(c.dep_ == "neg" for c in word.children) and not (
                    word.dep_ == "xcomp" and word.head.lemma_.lower() in _REFUSE):
            break  # "the council ordered a curfew", "the board decreed a freeze": an order that imposes a measure
            # puts it in force (hard negative: "ordered a recount", still to be done by others)
        if governs and ((lemma in _DEMAND and _first_conjunct(token).dep_ in ("xcomp", "ccomp", "dobj", "pobj", "acl"))
                        or (lemma in _DEMAND | {"apply"} and _for_to(token) and below.i == token.i)) \
                and not (token.dep_ == "pobj" and below.dep_ == "prep" and below.lower_ not in ("for", "of")):
            # "urged the firm to hold talks and sign a deal": each thing asked for
            # "called for a truce"; not "ordered an inquiry into the crash" (the crash is not ordered)
            refused = word.head if word.dep_ == "xcomp" and word.head.lemma_.lower() in _REFUSE - {"rule"} else next(
                (c for c in word.children if c.dep_ == "neg"), None)
            if refused is not None and word.pos_ == "VERB":  # "the court refused to order a new hearing", "did
                return "blocked", _span(refused), "modality:order_refused"  # not order a recount": none is held
            return "demanded", _span(word), "modality:demand"
        if governs and below.dep_ == "prep" and below.lower_ == "for" and (
                (word.pos_ == "NOUN" and word.lemma_.lower() in _WRITS) or (word.pos_ == "VERB" and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in _WRITS for c in word.children))):
            return "demanded", _span(word), "modality:writ"  # "a warrant for his arrest", "a subpoena for his
            # testimony": what a writ orders is still to be done (hard negative: "arrested on a warrant" did happen)
        if governs and lemma == "like" and below.lemma_.lower() in _COURTESIES and any(
                c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in word.children):
            break  # "we would like to thank the crews": the thanks is given, not wished for
        if governs and word.lemma_.lower() == "invite" and below.dep_ == "xcomp" \
                and below.i == _first_conjunct(token).i \
                and any(a.lower_ == "to" for a in below.children if a.dep_ == "aux"):
            return "demanded", _span(word), "modality:invited_to"  # "invited everyone to welcome him": asked of them
            # (hard negative: "invited to the ceremony", where the ceremony keeps its own reading)
        if governs and word.lemma_.lower() in ("want", "wish", "like", "prefer") and below.dep_ in ("ccomp", "xcomp") \
                and below.i == _first_conjunct(token).i \
                and any(a.lower_ == "to" for a in below.children if a.dep_ == "aux") \
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in below.children):
            return "demanded", _span(word), "modality:wants_someone_to"  # "wants the envoys to meet him": asked of
            # them (hard negative: "wants to meet him" is his own wish)
        if governs and word.pos_ == "NOUN" and word.lemma_.lower() in _NEGOTIATIONS and (
                (below.dep_ == "prep" and below.lower_ in ("about", "on", "over", "for", "towards", "toward")
                 and token.head.i == below.i)
                or (below.dep_ == "acl" and below.i == token.i and any(a.lower_ == "to" for a in below.children))):
            return "hypothetical", _span(word), "modality:negotiated"  # "talks about a merger", "in negotiations
            # to buy the land": what is being bargained over is not yet agreed
        if governs and lemma in _WISH and below.dep_ == "conj" and below.pos_ == "VERB" and word.pos_ == "VERB":
            continue  # "welcome and support the talks", "hope and pray": a second verb of the same clause is an act
            # beside the wish, not its object (hard negative: "would welcome talks")
        if governs and lemma in _WISH and not (lemma == "welcome" and word.tag_ in ("VBD", "VBN")
                                               and below.dep_ == "dobj" and below.pos_ == "NOUN"):
            return "hypothetical", _span(word), "modality:wish"  # "would welcome talks"; but "welcomed the ruling"
            # takes the ruling as made
        if governs and word.pos_ == "NOUN" and word.lower_ in ("reports", "report", "accounts") \
                and below.lower_ == "of" and not any(c.dep_ in ("poss", "compound") or c.ent_type_
                                                     for c in word.children):
            return "reported", _span(word), "modality:reports_of"  # "there have been reports of looting": known
            # only from reports no one is named for (hard negative: "the ministry's report of the visit")
        if governs and word.pos_ in ("NOUN", "PROPN") and (word.lemma_.lower() in _CHANCE or word.lower_ in _CHANCE) \
                and below.lower_ == "of":  # a sentence-initial "Rumours of" may be read as a name
            return "hypothetical", _span(word), "modality:chance"  # "the risk of a flood", "hopes of a deal"
        if governs and word.pos_ == "NOUN" and word.lemma_.lower() in _OPTIONS and below.dep_ == "prep" \
                and below.lower_ in ("including", "as", "like", "of", "for"):
            return "hypothetical", _span(word), "modality:option"  # "alternatives including a merger or a sale",
            # "options such as a sale", "options for overturning the rule": one course among those open (hard
            # negative: "completed the sale")
        if governs and word.pos_ == "NOUN" and word.lemma_.lower() in _PRECONDITIONS \
                and below.lower_ in ("for", "to", "toward", "towards"):
            return "hypothetical", _span(word), "modality:precondition"  # "the groundwork for a fishing accord",
            # "an obstacle to talks", "the road to a ceasefire": the deal is still to be had
        if governs and word.lower_ in ("toward", "towards") and not any(
                g.dep_ == "pobj" and g.lemma_.lower() in _STRETCH_PARTS for g in word.children):
            return "hypothetical", _span(word), "modality:goal"  # "work toward a truce" (hard negative: "towards
            # the end of the round": a moment, no aim)
        if governs and word.pos_ == "NOUN" and word.lemma_.lower() in _PURPOSES and below.dep_ == "prep" \
                and below.lower_ == "of" and word.head.dep_ == "prep" and word.head.lower_ in ("with", "for"):
            return "hypothetical", _between(word.head, word, text), "modality:purpose"  # "walked in with the purpose
            # of killing him", "for the purpose of selling it": an aim (hard negative: "the killing of the clerk")
        if governs and word.lemma_.lower() in ("subpoena", "summon") and below.dep_ == "advcl" and below.i == token.i:
            return "demanded", _span(word), "modality:demand"  # "subpoenaed the boy to testify" (parsed as a purpose)
        if governs and below.dep_ == "advcl" and below.tag_ == "VB" and word.pos_ in ("VERB", "AUX") \
                and any(a.lower_ == "to" for a in below.children if a.dep_ == "aux") \
                and (not set(_forms(word)) & _GOVERNORS or any(c.dep_ == "dobj" for c in word.children)):
            return "hypothetical", _span(below), "modality:purpose"  # "set up roadblocks to stop looting"
        if lemma in _VERGE and governs:
            return "hypothetical", _span(word), "modality:verge"
        if word.lower_ in ("close", "closer") and word.pos_ in ("ADJ", "ADV") and below.dep_ == "prep" \
                and below.lower_ == "to":
            return "hypothetical", _span(word), "modality:verge"  # "is close to a deal", "came close to winning"
            # (hard negative: "closed the deal", the verb)
        auxiliaries = [c for c in word.children if c.dep_ in ("aux", "auxpass")]
        modal = next((a for a in auxiliaries if a.lower_ in _MODALS), None)
        if modal is not None and modal.lower_ in ("should", "ought") and any(a.lower_ == "have" for a in auxiliaries):
            return "blocked", _between(modal, word, text), "modality:counterfactual"  # "should have checked": did not
        if modal is not None and modal.lower_ in ("must", "should") and word.dep_ == "ccomp":
            return "demanded", _span(modal), "modality:obligation"  # "said Sudan must return the helicopter"
        if modal is not None and modal.lower_ in ("would", "'d") and _reported_future(word):
            return "planned", _span(modal), "modality:reported_future"
        if modal is not None and modal.lower_ in ("would", "'d") and any(
                c.dep_ == "advmod" and c.lower_ in _LATER_ON for c in word.children) \
                and _condition_of(word) is None and not any(c.dep_ == "advcl" for c in word.children):
            return "happened", _span(modal), "modality:future_in_past"  # "she would later sell the farm": the
            # story's later fact (hard negative: "would later sell it if the bank agreed")
        if modal is not None:
            return "hypothetical", _span(modal), "modality:modal"
        future = next((a for a in auxiliaries if a.lower_ in _FUTURE), None)
        if future is not None and _condition_of(word) is not None:
            return "hypothetical", _span(future), "modality:consequent"  # "if talks fail, the union will strike"
        if (future is not None or modal is not None or word.tag_ in ("VB", "VBP", "VBZ")) and any(
                c.dep_ == "advmod" and c.lower_ == "hopefully" for c in word.children):
            return "hypothetical", _span(next(c for c in word.children if c.lower_ == "hopefully")), "modality:wish"
        if future is not None and (_forecast_of_another(word) or (
                word.lemma_.lower() in _TRENDS and word.dep_ == "ccomp" and word.head.lemma_.lower() in _FORECASTS)):
            return "hypothetical", _span(word.head), "modality:forecast"  # "analysts predict the firm will cut jobs"
        if future is not None:
            return "planned", _span(future), "modality:future"
        if governs and lemma in _PLAN and word.pos_ == "NOUN" and word.dep_ in ("dobj", "nsubjpass") \
                and word.head.lemma_.lower() in _BLOCKERS | {"drop", "shelve", "ditch", "dump"}:
            return "blocked", _span(word.head), "modality:plan_dropped"  # "abandoned plans to build a dam"
        if governs and lemma in _FORECASTS and token.pos_ == "VERB" and token.lemma_.lower() in _TRENDS \
                and below.i == token.i and below.dep_ in ("xcomp", "ccomp"):
            return "hypothetical", _span(word), "modality:forecast"  # "expects sales to rise 8%": a forecast of a
            # figure, not an act planned (hard negative: "expects to cut 300 jobs", the firm's own plan)
        if governs and lemma in _PLAN and word.pos_ == "NOUN" and below.dep_ == "acl" \
                and below.lemma_.lower() in _DONE_BY_DECIDING and below.i == token.i and _decision_taken(word):
            continue  # "the magistrate's decision to jail the clerk for a year": passed by deciding it
        if governs and lemma in ("decide", "vote", "opt", "elect") and below.dep_ == "xcomp" and (
                below.i == token.i or (token.dep_ == "dobj" and token.head.i == below.i
                                       and below.lemma_.lower() in ("hold", "stage", "call", "organise", "organize"))):
            # "voted to hold a referendum": the referendum is the plan's
            if word.tag_ == "VBD" and below.lemma_.lower() in _DECIDED_IN_DECIDING:
                continue  # "the league decided to move the kickoff", "voted to postpone the hearing": done as
                # decided (hard negative: "decided to build a dam", "voted to close the depot next year": to come)
            return "planned", _span(word), "modality:plan"
        if governs and lemma in _PLAN and not (lemma == "due" and below.dep_ != "xcomp") \
                and not (lemma == "agree" and below.dep_ == "prep" and below.lower_ == "with") and not (
                word.pos_ == "NOUN" and below.dep_ == "prep" and below.lower_ in ("in", "at", "during", "after")) \
                and not (
                lemma == "set" and not any(c.lower_ in ("sights", "eyes") or (c.dep_ in ("xcomp", "advcl") and any(
                    a.lower_ == "to" for a in c.children)) for c in word.children)):  # "the trial is set to
            # begin", "set her sights on a rival mill"
            return "planned", _span(word), "modality:plan"  # "due to arrive"; not the causal "due to the storm",
            # nor "set up roadblocks and double the guards" (a deed joined to "set", not one it is set to do)
        if word.lemma_ == "be" and any(c.dep_ == "xcomp" and any(x.lower_ == "to" for x in c.children)
                                       for c in word.children) and not any(
                c.dep_ == "acomp" for c in word.children) and not (
                below.dep_ in ("nsubj", "nsubjpass") and (below.i != token.i or below.lemma_.lower() in _AIMS)) \
                and not _ranked_one(word):
            # "the summit is to open on Friday" (hard negative: "his aim in the meeting was to press for X" tells
            # what the meeting was for, not that it lies ahead)
            if word.tag_ == "VBD" and any(c.dep_ == "conj" and any(b.lower_ == "but" for b in word.children
                                                                 if b.dep_ == "cc") for c in word.children):
                return "blocked", _span(word), "modality:past_plan_undone"  # "was to take delivery in May, but …"
            return "planned", _span(word), "modality:be_to"
        condition = next((c for c in word.children if c.dep_ == "mark" and c.lower_ in ("if", "unless")), None)
        if condition is not None and word.dep_ == "advcl":
            return "hypothetical", _span(condition), "modality:condition"
        awaited = _awaited(word)
        if awaited is not None:
            return awaited
        if word.dep_ == "advcl" and _purpose_clause(word):
            return "hypothetical", _span(word), "modality:purpose"  # "sued so that the firm would stop"
        consequent = _condition_of(word)
        if consequent is not None and future is None and modal is None:
            return "hypothetical", _span(consequent), "modality:consequent"
        inverted = _inverted_condition(word)
        if inverted is not None:
            return "hypothetical", _span(inverted), "modality:inverted_condition"
        if governs and word.lower_ == "going" and below.dep_ == "xcomp" and below.i == token.i and any(
                a.lower_ == "to" for a in below.children if a.dep_ == "aux"):
            if any(a.lower_ in ("was", "were") for a in auxiliaries) and any(
                    c.dep_ == "conj" and any(b.lower_ == "but" for b in word.children if b.dep_ == "cc")
                    for c in word.children):
                return "blocked", _span(word), "modality:past_plan_undone"  # "was going to close it, but …"
            return "planned", _span(word), "modality:going_to"  # "are going to shut them down": a future, not an
            # act in progress (hard negative: "crews are going door to door", going itself)
        if any(a.tag_ in ("VBZ", "VBP") for a in auxiliaries) and word.tag_ == "VBG" and not (
                governs and below.dep_ == "ccomp" and lemma in _ANNOUNCING | {"claim", "speculate", "suggest"}):
            return "ongoing", _span(word), "modality:progressive"  # (hard negative: "the network is reporting that
            # the club offered him a deal": the reporting goes on, the offer was made)
        if word.tag_ == "VBG" and any(a.lower_ in ("was", "were") for a in auxiliaries) and _reported_clause(word) \
                and not any(c.dep_ == "advcl" and any(m.lower_ in ("when", "as", "while", "before", "until")
                                                      for m in c.children if m.dep_ in ("mark", "advmod"))
                            for c in word.children):  # "said he was reaching for his belt when officers fired":
            # going on at a moment the story tells, and over
            return "ongoing", _span(word), "modality:progressive"  # "the firm said it was negotiating a sale": going
            # on when said (hard negative: "troops were advancing when the shell hit", told as the story)
        if not governs and word.tag_ in ("VBZ", "VBP") and not auxiliaries and word.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("as", "while") for m in word.children) and any(
                a.tag_ in ("VBZ", "VBP") or a.lower_ in ("is", "are", "am") for a in word.head.children
                if a.dep_ in ("aux", "auxpass")):
            return "ongoing", _span(word), "modality:present_while"  # "are looking for him as they investigate
            # the shooting": going on now, as the main clause (hard negative: "fled as police arrived", past)
        if governs and lemma in ("start", "begin", "continue", "keep") and (
                word.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxiliaries)):
            return "ongoing", _span(word), "modality:started"  # "have started asking", "continues to shell"
        if word.tag_ == "VBN" and any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxiliaries) and any(
                _duration(c) for c in word.children) and not (governs and below.lower_ == "since") \
                and not record_since(word):  # "since taking
            # office" is the start, which happened
            return "ongoing", _span(word), "modality:perfect_duration"  # "has supported it for months"
        if any(a.lower_ == "being" for a in auxiliaries) and any(a.tag_ in ("VBZ", "VBP") for a in auxiliaries):
            return "ongoing", _span(word), "modality:progressive_passive"
        if any(a.lower_ == "to" for a in auxiliaries) and _ranked(word):
            continue  # "the first skipper to admit the fraud", "the last of the crew to be sentenced": it happened
        if any(a.lower_ == "to" for a in auxiliaries) and word.dep_ in ("acl", "relcl", "ccomp") \
                and any(a.lemma_ == "be" and a.dep_ == "auxpass" for a in auxiliaries):
            return "planned", _span(word), "modality:to_be_done"
        to = next((a for a in auxiliaries if a.lower_ == "to"), None)
        if to is not None and word.tag_ == "VB" and (word.dep_ == "ROOT" or (
                word.dep_ in ("acl", "relcl") and word.head.pos_ == "NOUN"
                and word.head.lemma_.lower() not in _REASONS | _NEGOTIATIONS
                and not set(_forms(word.head)) & _GOVERNORS)):  # not "attempts to remove"; "the reason for Cisco
            # to file a lawsuit" tells why it was filed
            if word.head.lemma_.lower() in ("decision", "move", "ruling", "order") and word.lemma_.lower() in \
                    _DONE_BY_DECIDING and _decision_taken(word.head):
                continue  # "welcomed the prosecutors' move to drop the case", "made the decision to end
                # the inquiry": the act the deciders do by deciding, done (hard negative: "a decision to build a
                # dam", still to come)
            if word.dep_ == "acl" and word.lemma_.lower() in OUTCOMES and any(
                    c.dep_ == "prep" and c.lower_ in ("past", "over") for c in word.children):
                continue  # "had two assists and a goal to carry Oslo past Molde": the result of the play
            if word.dep_ in ("acl", "relcl") and word.head.lemma_.lower() in _CHANCES \
                    and word.head.head.tag_ in ("VBZ", "VBP"):
                return "hypothetical", _span(word.head), "modality:chance"  # "a chance to win the title", "the
                # opportunity is there to meet him": open, not planned (hard negatives: "a plan to meet him"; "had
                # the chance to meet him", told in the past, often did; "will get a chance to meet", a set date)
            return "planned", _span(to), "modality:to_infinitive"  # "a contract to supply jets"; "X to buy Y"
        currently = next((c for c in word.children if c.lower_ in ("currently", "now", "still")), None)
        if currently is not None and (word.tag_ in ("VBG", "VBZ", "VBP") or word.lemma_ == "be") \
                and not _past_setting(word):
            return "ongoing", _span(currently), "modality:ongoing"
    modifiers = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod")]
    if token.dep_ == "conj" and token.pos_ == "NOUN" and token.head.pos_ == "NOUN":  # "the proposed sale or
        modifiers += [c for c in token.head.children if c.dep_ == "amod" and c.i < token.head.i]  # closure"
    lasting = next((c for c in modifiers if c.lower_ in _LASTING), None)
    if lasting is not None:
        return "ongoing", _span(lasting), "modality:lasting"
    failed = next((c for c in modifiers if c.lower_ in ("failed", "unsuccessful", "abortive", "botched", "foiled")),
                  None)
    if failed is not None and token.lemma_.lower() in _ATTEMPTS:
        return "attempted", _span(failed), "modality:failed_attempt"  # "a failed coup", "his unsuccessful campaign":
        # tried, and it did not succeed (hard negative: "the failed merger" never took place)
    called_off = next((c for c in modifiers if c.lower_.removeprefix("now-") in _CALLED_OFF), None)
    if called_off is not None:  # "the scrapped merger", "the abandoned bridge scheme"
        return "blocked", _span(called_off), "modality:called_off_noun"
    possible = next((c for c in modifiers if c.lower_ in _POSSIBLE), None)
    if possible is not None:
        if possible.lower_ in ("planned", "expected", "future", "prospective"):
            return "planned", _span(possible), "modality:planned_noun"
        return "hypothetical", _span(possible), "modality:possible_noun"
    scheduled = next((c for c in token.children if c.dep_ in ("amod", "advmod", "acl")
                      and any(g.lower_ in ("scheduled", "planned", "upcoming", "proposed") for g in c.subtree)), None)
    if scheduled is not None:
        return "planned", _span(scheduled), "modality:scheduled"
    beside = [c for c in token.head.children if token.i < c.i < token.head.i] \
        if token.dep_ in ("nsubj", "nsubjpass") else []  # "the launch, due later this year, will …" as parsed
    due = next((c for c in [*token.children, *beside] if c.dep_ in ("amod", "appos", "acl", "advmod")
                and c.lower_ == "due" and not any(g.dep_ == "prep" and g.lower_ == "to" for g in c.children)), None)
    if due is not None and token.pos_ == "NOUN":  # "the launch, due later this year" (not "due to the storm")
        return "planned", _span(due), "modality:due"
    if token.pos_ == "NOUN":  # "a ceremony to be held on 3 June" (not "requests to take it down")
        ahead = next((c for c in token.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN"
                      and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")
                      and any(a.lemma_ == "be" for a in c.children if a.dep_ == "auxpass")), None)
        if ahead is not None:
            return "planned", _span(ahead), "modality:to_be_held"
    if token.pos_ == "NOUN":
        upcoming = next((c for c in token.children if c.lower_ in ("upcoming", "next", "coming")), None)
        if upcoming is not None:
            return "planned", _span(upcoming), "modality:upcoming"
        remaining = next((c for c in token.children if c.lower_ in ("remaining", "left") and c.dep_ in ("acl", "amod")
                          and not any(g.dep_ in ("dobj", "prep", "advmod") for g in c.children)), None)
        if remaining is None and token.dep_ == "nsubj" and token.head.lower_ == "remaining" \
                and token.head.dep_ in ("ccomp", "xcomp", "oprd") and not any(
                    g.dep_ in ("dobj", "prep", "acomp") for g in token.head.children):
            remaining = token.head  # "have one league game remaining", parsed as a clause of its own
        if remaining is not None and not any(c.lower_ in ("last", "final") for c in token.children):
            return "planned", _span(remaining), "modality:remaining"  # "one league game remaining", "the remaining
            # talks", "two races left": still to come (hard negatives: "the talks left the sides apart", a verb
            # with its object; "the last remaining survivor")
    return "happened", None, None


_SPANS = {"year", "month", "week", "day", "decade", "hour", "minute", "century", "while", "long", "time", "ages"}


_TAKING_PART = {"attend", "join", "skip", "miss", "boycott", "enter"}


def _takes_part(verb: Token, below: Token) -> bool:
    """The verb tells someone's part in a happening, not the happening: attending it, joining it, taking part."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children) and below.dep_ == "prep"
    return lemma in _TAKING_PART and below.dep_ in ("dobj", "prep")


def _duration(word: Token) -> bool:
    """ "has supported it for months", "has lived there since 2004": how long — not "has won a contract for
    40 buses" or "has paid for the repairs", a purpose or a price."""
    if word.dep_ != "prep" or word.lower_ not in ("for", "since"):
        return False
    if word.lower_ == "since":
        return True
    return any(c.ent_type_ in ("DATE", "TIME") or c.lemma_.lower() in _SPANS for c in word.children)


def record_since(verb: Token) -> bool:
    """ "Has won its first title since 2009", "fell for the first time since 2021", "hit its highest level since
    1990": a first or a record since then — the since-time is the last like happening, not a stretch's start
    (hard negative: "has funded clinics since 2012")."""
    phrases = [c for c in verb.children if c.dep_ in ("dobj", "attr", "acomp", "npadvmod", "advmod", "prep")]
    words = [w for c in phrases for w in c.subtree]
    return any(w.dep_ == "prep" and w.lower_ == "since" for w in words) and any(
        w.lower_ in ("first", "only") or w.tag_ in ("JJS", "RBS") for w in words)

def underway(noun: Token) -> Token | None:
    """The "be" of "construction is underway", "repairs were ongoing", "the count was under way": the noun is
    a happening in progress."""
    verb = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "nsubj" or verb.lemma_ not in ("be", "remain", "get"):
        return None
    if any((c.dep_ in ("acomp", "advmod") and c.lower_ in ("underway", "ongoing")) or (
            c.dep_ == "prep" and c.lower_ == "under" and any(g.lower_ == "way" for g in c.children))
           for c in verb.children):
        return verb
    return None


_PUTTING_OFF = {"delay", "postpone", "defer", "push", "reschedule", "move"}
_REASONS = {"reason", "cause", "motive", "grounds", "trigger", "excuse", "pretext", "basis", "spur"}
_SETTINGS = {"at", "during", "after", "before", "since", "following", "amid", "amidst", "despite"}


_TIME_MARKS = {"until", "till", "when", "once", "before", "after"}


def _ranked_one(be: Token) -> bool:
    """ "It was the third storm to hit the coast", "the deadliest to strike the state": the infinitive says what
    the ranked one did, not what is still to come (hard negatives: "the summit is to open on Friday"; "he is the
    next to speak")."""
    return any(c.dep_ == "attr" and ranks(c) and c.lower_ != "next"
               and not any(m.lower_ == "next" for m in c.children) for c in be.children)


def ranks(noun: Token) -> bool:
    """An ordinal or a superlative ranks the noun among others who did the same ("the strongest storm to hit")."""
    return ranks_doers(noun, _RANKS) or noun.tag_ == "JJS" or any(
        c.dep_ == "amod" and c.tag_ == "JJS" for c in noun.children)


def _awaited(verb: Token) -> tuple[str, Span | None, str | None] | None:
    """A present tense in a time clause under a clause still to come tells the future: "will resume when the envoy
    returns" (planned); "wants them to wait until the envoy visits" (hoped for, so hypothetical). Hard negative:
    "resumed when the envoy returned", a past narrative."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in _TIME_MARKS), None)
    if mark is None or verb.dep_ != "advcl" or verb.tag_ not in ("VBZ", "VBP") \
            or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    main = verb.head
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in main.children):
        return "planned", _span(mark), "modality:time_clause"
    if main.tag_ == "VB" and (main.dep_ in ("xcomp", "ccomp") and set(_forms(main.head)) & (_WISH | _DEMAND)):
        return "hypothetical", _span(mark), "modality:time_clause"
    return None


def _condition_of(verb: Token) -> Token | None:
    """The "if"/"unless" of a condition the clause depends on ("if the search fails, the agency will seek …")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for clause in verb.children:
        if clause.dep_ == "advcl":
            mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in ("if", "unless")), None)
            if mark is not None and not (mark.i > 0 and verb.doc[mark.i - 1].lower_ in ("even", "as")) \
                    and not _aim_between(verb, clause) and not _advice_if_needed(verb, clause):
                return mark
    return None


def _advice_if_needed(verb: Token, clause: Token) -> bool:
    """ "Recommending translation tools if needed", "advised residents to boil water if necessary": the condition is
    on following the advice; the advice was given (hard negative: "will strike if needed", the act itself waits)."""
    return verb.lemma_.lower() in _ADVICE and clause.lower_ in _ELLIPTICAL_NEEDS \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


_ADVICE = {"recommend", "advise", "suggest", "urge", "encourage", "offer", "allow", "permit", "tell", "instruct"}
_ELLIPTICAL_NEEDS = {"needed", "necessary", "required", "possible", "appropriate", "desired", "warranted", "wished"}


def _aim_between(verb: Token, condition: Token) -> bool:
    """ "Police were deployed to disperse the crowd if the march turned violent": a past act with its aim told
    before the condition; the condition is the aim's, the deployment happened (hard negative: "the army will
    strike if the rebels stay", no aim between)."""
    past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children))
    return past and any(c.dep_ in ("xcomp", "advcl") and verb.i < c.i < condition.i and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)


def _purpose_clause(verb: Token) -> bool:
    """ "So that the firm would stop selling", "in order that …": a goal, not a happening."""
    marks = [c for c in verb.children if c.dep_ == "mark"]
    return any(m.lower_ == "that" and m.i > 0 and verb.doc[m.i - 1].lower_ in ("so", "order") for m in marks) or (any(
        m.lower_ == "so" for m in marks) and any(a.lower_ in ("would", "could", "might", "can", "will")
                                                   for a in verb.children if a.dep_ == "aux"))


def _irrealis(verb: Token) -> bool:
    """A clause that only supposes or aims ("if they stop the talks", "so that Apple would stop selling")."""
    return verb.dep_ == "advcl" and (_purpose_clause(verb) or any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children))


def _past_setting(verb: Token) -> bool:
    """ "While negotiations were still underway", "as talks were going on" under a past act: the setting of
    that act, over with it."""
    return verb.tag_ == "VBD" and verb.dep_ == "advcl" and verb.head.tag_ == "VBD" and any(
        m.dep_ == "mark" and m.lower_ in ("while", "when", "as") for m in verb.children)


def _in_progress(noun: Token) -> Token | None:
    """The present "be" of "is in negotiations", "are under investigation", "remains in talks", "is underway" or a
    past "was underway": a happening going on ("was in talks" tells one that went on, and stays happened)."""
    going = underway(noun)
    if going is not None and _past_setting(going):
        return None  # "arranged a job for her while negotiations were still underway": the setting of a past act,
        # over with it (hard negative: "repairs were underway at the pier", the story's own time)
    if going is not None:  # "repairs were underway at the pier": going on at the story's time, too
        return going
    if noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and noun.head.head.lemma_.lower() in _SUBJECT_OF and noun.head.head.dep_ == "attr" \
            and noun.lemma_.lower() in _SEARCHES:
        verb = noun.head.head.head  # "remains the subject of a manhunt", "is the focus of an inquiry"
        if verb.lemma_ in ("be", "remain") and (verb.tag_ in ("VBZ", "VBP") or any(
                a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in verb.children if a.dep_ == "aux")):
            return verb  # (hard negative: "was the subject of an inquiry in 2019", over)
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "under"):
        return None
    verb = noun.head.head
    if verb.lemma_ in ("be", "remain") and verb.tag_ in ("VBZ", "VBP"):
        return verb
    return None


# Roles in a hunt or an inquiry that someone or something is, while it lasts.
_SUBJECT_OF = {"subject", "focus", "target", "object"}
_SEARCHES = {"manhunt", "search", "hunt", "investigation", "inquiry", "probe", "review", "audit", "inquest",
             "lawsuit", "suit", "campaign", "boycott", "blockade", "siege", "surveillance"}


def _no_object(verb: Token) -> Token | None:
    """ "Unveiled no new models", "made no arrests", "signed no deal": the act with nothing as its object did
    not happen ("no-frills fares" is a compound, not a determiner)."""
    if verb.pos_ != "VERB":
        return None
    return next((d for c in verb.children if c.dep_ == "dobj" for d in c.children
                 if d.dep_ == "det" and d.lower_ == "no"), None)
