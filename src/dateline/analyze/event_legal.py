"""Courts and sentences: CAMEO reads "was found guilty" as an arrest, "appealed the ruling" as a plea to others
and "cut his sentence" as a concession, and has no verb for "reduced the sentence"; in a story about a case
they are the case's own steps (LEGAL).

  a verdict            "the jury found him guilty", "was found not guilty", "was found liable": LEGAL, CAMEO 173
                       kept for a guilty verdict (hard negatives: "police found the gun", "found him unconscious")
  an outcome acted on  "halved her sentence", "upheld the conviction", "quashed the verdict", "appealed the
                       ruling", "his fine was cut": the act on a court's outcome is the event (hard negatives:
                       "reduced prices", "appealed for calm", "cut jobs", "the company upheld its forecast")
  the bench's acts     "the judge barred him", "a court ordered the release", "the jury awarded her damages", "an
                       appeals court revived the suit": a ruling (hard negative: "the judge said", "the court
                       met on Monday": words and sittings keep their own reading)
  lawsuits and pleas   "sued the city", "the lawsuit", "filed a suit": LEGAL, CAMEO 115 kept for the PLOVER view;
                       "denies three counts of fraud" is a plea (hard negative: "denied the allegations" stays a
                       denial)
  accusing in a case   "prosecutors accused him of fraud", "an indictment accuses her of": a charge (hard
                       negative: "the opposition accused the minister of lying" stays criticism)
  crimes in other words  "abused his power", "sold cocaine at the festival", "were caught selling drugs": CRIME
                       (hard negatives: "abused the referee" stays an assault; "the firm sells drugs for cancer")
"""

from __future__ import annotations

from spacy.tokens import Token

from .event_lexicon import Sense

LEGAL_ACT = "rule:legal_outcome_acted_on"
_FIND = {"find", "declare", "pronounce", "rule", "judge"}
VERDICTS = {"guilty", "innocent", "liable"}
# What a court hands down and a later court, a party or a prosecutor acts on.
OUTCOMES = {"sentence", "sentences", "conviction", "convictions", "verdict", "verdicts", "ruling", "rulings",
            "judgment", "judgement", "acquittal", "fine", "fines", "penalty", "charge", "charges", "indictment",
            "injunction", "jail", "term", "decision", "decisions"}
# Verbs of acting on an outcome. Written for dateline from general legal-news usage; CC0.
_ON_OUTCOMES = {"reduce", "cut", "commute", "suspend", "uphold", "overturn", "quash", "reverse", "overrule", "annul",
                "vacate", "void", "dismiss", "drop", "increase", "extend", "lengthen", "halve", "double", "appeal",
                "challenge", "contest", "set", "throw", "confirm", "scrap", "waive"}
# Not "handed him a sentence", "imposed a fine": the outcome handed down is itself the event.
_PARTICLES = {"set": "aside", "throw": "out"}
# Only with a court or a sentence of the bench in view: "confirmed the charges" may be a spokesman's word.
_BENCH_ONLY = {"confirm"}
# Outcomes that are as often a firm's or a game's: "cut its fines", "the term" (of office), "jail" (a place).
_AMBIGUOUS = {"fine", "fines", "penalty", "term", "jail", "charge", "charges", "decision", "decisions"}
# Verbs that make any decision they act on an official one: "will appeal the decision" (hard negative: "reversed
# its decision to close the plant", a firm's change of mind).
_APPEALING = {"appeal", "challenge", "contest"}


def legal(token: Token) -> Sense | None:
    """The LEGAL sense of a verdict or of an act on a court's outcome, else None."""
    if token.pos_ != "VERB":
        return None
    lemma = token.lemma_.lower()
    if lemma in _FIND and any(c.dep_ in ("acomp", "oprd", "ccomp", "xcomp") and _verdict(c) for c in token.children):
        guilty = any(c.lower_ in ("guilty", "liable") and not any(g.dep_ == "neg" or g.lower_ == "not"
                                                                     for g in c.children)
                     for c in token.children) and not any(c.dep_ == "neg" for c in token.children)
        return Sense("LEGAL", "173" if guilty else None, None, "rule:verdict")
    if lemma in ("grant", "give", "refuse", "deny") and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _LEAVE and _to_appeal(c) for c in token.children):
        return Sense("LEGAL", None, None, "rule:leave_to_appeal")  # "was granted permission to appeal"
    if lemma == "appeal" and token.head.lemma_.lower() in _LEAVE and token.dep_ in ("acl", "relcl", "xcomp"):
        return Sense("LEGAL", None, None, LEGAL_ACT)  # the appeal leave is given for (hard negative: "the right to
        # appeal to voters" stays a plea)
    preps = {c.lower_ for c in token.children if c.dep_ == "prep"}
    if lemma == "appeal" and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "dative") for c in token.children) \
            and not preps & {"for", "to"} and (not preps or "against" in preps):
        return Sense("LEGAL", None, None, LEGAL_ACT)  # "said it would appeal", "appealed against the verdict"
        # (hard negatives: "appealed for calm", "appealed to voters")
    if lemma in _STRIKING and any(c.dep_ == "nsubj" and c.lemma_.lower() in _COURTS for c in token.children) \
            and any(c.dep_ == "dobj" for c in token.children):
        return Sense("LEGAL", None, None, "rule:court_order")  # "the court upheld the law", "judges struck down
        # the rule" (hard negative: "the court's lawyers visited the site")
    if _grievance_ruled(token):
        return Sense("LEGAL", None, None, "rule:grievance_ruled")  # "the watchdog upheld a complaint", "the
        # ombudsman dismissed his appeal" (hard negatives: "the minister dismissed the complaints", a denial;
        # "the committee rejected the proposal", a refusal)
    crime = _crime(token)
    if crime is not None:
        return crime
    if lemma in _PRONOUNCING and _grave_sentence(token):
        return Sense("LEGAL", None, None, "rule:grave_sentence")  # "a jury ordered execution", "prosecutors will
        # seek the death penalty" (hard negative: "the governor ordered an inquiry")
    holders = [token, *(c for c in token.children if c.dep_ == "dobj")]  # "cleared the officers of wrongdoing"
    if lemma in ("clear", "exonerate", "absolve") and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in _COUNTS | {"wrongdoing"} for g in c.children)
            for h in holders for c in h.children):  # "was cleared of all charges" (hard negative: "cleared of debris")
        return Sense("LEGAL", None, None, "rule:verdict")
    outcome = acted_on(token)
    if outcome is None:
        return None
    return Sense("LEGAL", None, None, LEGAL_ACT)


# What a party lodges with someone who rules on it. Written for dateline from general regulator and court news; CC0.
_GRIEVANCES = {"complaint", "complaints", "appeal", "appeals", "protest", "protests", "objection", "objections",
               "grievance", "grievances", "challenge", "petition"}
_UPHELD_ONLY = {"claim", "claims"}  # "rejected the claims" is as often a denial of allegations
# Bodies whose upholding, dismissing or rejecting of a grievance is a ruling (not a spokesman's or a rival's).
_ADJUDICATORS = {"regulator", "watchdog", "ombudsman", "commission", "commissioner", "authority",
                               "board", "office", "arbitrator", "arbiter", "tribunal", "court", "judge", "panel",
                               "council", "body", "inspector", "adjudicator"}
_RULING_ON = {"uphold", "dismiss", "reject", "throw"}


def _grievance_ruled(verb: Token) -> bool:
    """A grievance upheld by anyone, or dismissed or rejected by a body that adjudicates it: a ruling."""
    lemma = verb.lemma_.lower()
    if lemma not in _RULING_ON or (lemma == "throw" and not any(c.dep_ == "prt" and c.lower_ == "out"
                                                               for c in verb.children)):
        return False
    grievance = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and (
        c.lower_ in _GRIEVANCES or (lemma == "uphold" and c.lower_ in _UPHELD_ONLY))), None)
    if grievance is None:
        return False
    if lemma == "uphold":
        return True
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "agent")), None)
    if subject is not None and subject.dep_ == "agent":
        subject = next((c for c in subject.children if c.dep_ == "pobj"), None)
    return subject is not None and subject.lemma_.lower() in _ADJUDICATORS


_PRONOUNCING = {"order", "recommend", "impose", "hand", "give", "seek", "return", "deliver", "mete"}
_GRAVE = {"execution", "penalty", "sentence", "imprisonment"}


def _grave_sentence(verb: Token) -> bool:
    """The verb's object is a sentence of death or for life, or an execution."""
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        words = {obj.lemma_.lower(), *(c.lower_ for c in obj.children if c.dep_ in ("compound", "amod"))}
        if obj.lemma_.lower() == "execution" or (obj.lemma_.lower() in _GRAVE and words & {"death", "life"}):
            return True
    return False


def grave_sentence_object(noun: Token) -> bool:
    """ "Execution" or "the death penalty" as what a jury orders or prosecutors seek: the content of that act."""
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in _PRONOUNCING \
        and _grave_sentence(noun.head)


def acted_on(verb: Token) -> Token | None:
    """The court's outcome a verb of reducing, upholding or appealing acts on: its object, or its passive
    subject ("his sentence was reduced")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in _ON_OUTCOMES:
        return None
    if lemma in _PARTICLES and not any(c.dep_ == "prt" and c.lower_ == _PARTICLES[lemma] for c in verb.children):
        return None
    outcome = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in OUTCOMES), None)
    if outcome is None:
        return None
    if (outcome.lower_ in _AMBIGUOUS and not (lemma in _APPEALING and outcome.lemma_.lower() == "decision")) \
            or lemma in _BENCH_ONLY:
        sentence = verb.sent
        legal_words = {"court", "judge", "justice", "jury", "tribunal", "appeal", "appeals", "sentence", "sentenced",
                       "conviction", "convicted", "prosecutor", "prosecutors", "magistrate", "verdict", "ruling"}
        if not any(w.lower_ in legal_words for w in sentence if w.i != outcome.i):
            return None
    return outcome


def _verdict(word: Token) -> bool:
    """ "guilty", "not guilty", "guilty of fraud": the complement of a finding that is a verdict."""
    return word.lower_ in VERDICTS or any(w.lower_ in VERDICTS and w.head.i == word.i for w in word.children)


_JUDGED_ON = {"convict", "acquit", "clear", "sentence", "jail", "imprison", "try", "indict", "arrest", "detain",
              "charge", "prosecute", "extradite", "book", "hold"}
_COUNTS = {"charge", "charges", "count", "counts", "offence", "offences", "offense", "offenses"}


def verdict_content(noun: Token) -> bool:
    """ "Guilty of six of the nine charges", "convicted on fraud charges", "cleared of all counts", "indicted on
    charges of bribery", "arrested on theft charges": the charges a verdict, a sentence, an indictment or an
    arrest is on are its content, not a charging of their own (hard negative: "the charges were filed in May",
    "faces charges of fraud")."""
    if noun.lower_ not in _COUNTS:
        return False
    word = noun
    for _ in range(5):
        if word.dep_ not in ("pobj", "prep", "nummod", "conj", "appos") or word.head.i == word.i:
            return False
        word = word.head
        if word.lower_ in VERDICTS or (word.pos_ == "VERB" and word.lemma_.lower() in _JUDGED_ON):
            return True
    return False


BENCH = {"judge", "court", "tribunal", "justice", "jury", "magistrate", "panel"}
# The bench proper (not "panel", which is as often a parliament's) and what it does to a law or a rule.
_COURTS = BENCH - {"panel"}
_STRIKING = {"uphold", "strike", "overturn", "overrule", "invalidate", "annul", "void", "affirm", "reinstate", "block",
             "halt", "suspend", "reverse", "vacate", "quash"}
# Who accuses in a case: the law's officers and the papers they file. Written for dateline; CC0.
_ACCUSERS = {"prosecutor", "prosecutors", "prosecution", "indictment", "complaint", "lawsuit", "suit", "filing",
             "charge", "police", "attorney", "attorneys", "sec", "regulator", "regulators", "court", "documents",
             "papers", "jury", "grand"}
_SUITS = {"lawsuit", "lawsuits", "suit", "suits", "litigation"}
# Acts of parties that, done by the bench, are rulings; its words, sittings and movements keep their reading.
_RULINGS = {"COERCE", "DEMAND", "SANCTION", "AID", "AGREE", "REJECT", "CONCEDE", "DISAPPROVE", "SUPPORT", "RETREAT",
            "COOPERATE"}


def in_court(sense: Sense, token: Token, subject: Token | None) -> Sense:
    """The LEGAL reading of an act of the bench, a lawsuit, a plea or a charge, else the sense unchanged."""
    lemma = token.lemma_.lower()
    if sense.category in _RULINGS and token.pos_ == "VERB" and subject is not None and subject.dep_ == "nsubj" \
            and subject.lemma_.lower() in BENCH:
        return Sense("LEGAL", sense.cameo, None, sense.rule + "|rule:court_order")
    if sense.category in _RULINGS and token.pos_ == "NOUN" and any(
            c.dep_ in ("poss", "compound") and c.lemma_.lower() in BENCH for c in token.children):
        return Sense("LEGAL", sense.cameo, None, sense.rule + "|rule:court_order")  # "the High Court's rejection"
    if sense.category == "DISAPPROVE" and (sense.cameo == "115" or token.lower_ in _SUITS):
        return Sense("LEGAL", "115", None, sense.rule + "|rule:lawsuit")
    if lemma == "appear" and token.pos_ == "VERB" and any(
            g.lemma_.lower() in BENCH | {"court", "courtroom", "dock"} for c in token.children
            if c.dep_ == "prep" and c.lower_ in ("in", "before", "at") for g in c.children if g.dep_ == "pobj"):
        return Sense("LEGAL", sense.cameo, None, sense.rule + "|rule:court_appearance")  # "appeared in court on
        # Monday", "is due to appear before a magistrate": a hearing (CAMEO's code kept for event data)
    if sense.category in _RULINGS and token.pos_ == "VERB" and subject is not None and subject.dep_ == "nsubj" \
            and subject.lemma_.lower() in _PROSECUTORS and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _CASES for c in token.children):
        return Sense("LEGAL", sense.cameo, None, sense.rule + "|rule:prosecutors_act")  # "prosecutors dropped the
        # case", "shelved the investigation" (hard negative: "prosecutors met the families" is a meeting)
    if sense.category == "COERCE" and token.pos_ == "VERB" and lemma in _PRESSING and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == "charge" for c in token.children):
        return Sense("LEGAL", sense.cameo, None, sense.rule + "|rule:charges_filed")  # "whether to file charges
        # against the player", whoever files them (hard negative: "police arrested the player", an arrest)
    if sense.category == "DISAPPROVE" and _complaint_in_a_case(token, subject):
        return Sense("LEGAL", sense.cameo, None, sense.rule + "|rule:complaint_filed")
    if lemma == "deny" and any(c.dep_ == "dobj" and c.lower_ in _COUNTS for c in token.children):
        return Sense("LEGAL", None, None, sense.rule + "|rule:plea")
    if sense.category == "DISAPPROVE" and lemma == "accuse" and token.pos_ == "VERB" and _in_a_case(token, subject):
        return Sense("LEGAL", sense.cameo, None, sense.rule + "|rule:charged")
    return sense


_PAPERS = {"complaint", "lawsuit", "suit", "indictment", "petition", "filing", "affidavit", "writ", "claim",
           "complaints", "lawsuits", "suits", "indictments", "petitions", "filings"}
_PAPERS_SAY = {"allege", "claim", "state", "contend", "assert", "say", "accuse", "charge", "argue", "maintain"}


def papers_say(verb: Token) -> bool:
    """ "The complaint alleged that …", "the lawsuit accuses the firm of …": what a filed paper says is the filing's
    content, one event with it (hard negative: "prosecutors alleged that …" is the prosecutors' accusation)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.pos_ == "VERB" else None
    return subject is not None and verb.lemma_.lower() in _PAPERS_SAY and subject.lower_ in _PAPERS


_PRESSING = {"file", "bring", "press", "lay", "level", "lodge"}  # charges filed, brought, pressed or laid
_PROSECUTORS = {"prosecutor", "prosecution", "prosecutors", "da", "attorney", "procurator", "prosecutor-general"}
_CASES = {"case", "cases", "investigation", "probe", "inquiry", "charge", "prosecution", "indictment", "appeal",
          "proceedings", "complaint", "lawsuit", "suit"}
_COMPLAINTS = {"complaint", "complaints"}
_CASE_KINDS = {"criminal", "civil", "federal", "legal", "court"}


def _complaint_in_a_case(token: Token, subject: Token | None) -> bool:
    """A complaint that starts or states a case: "the criminal complaint alleged", "prosecutors filed a complaint",
    "a complaint filed in federal court" (hard negative: "residents lodged a complaint with the council", a
    grievance)."""
    noun = token if token.lower_ in _COMPLAINTS else next(
        (c for c in token.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _COMPLAINTS), None)
    if noun is None:
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _CASE_KINDS for c in noun.children):
        return True
    filer = subject if token.pos_ == "VERB" else next(
        (c for c in noun.head.children if c.dep_ == "nsubj"), None) if noun.dep_ == "dobj" else None
    if filer is not None and filer.dep_ == "nsubj" and filer.lower_ in _ACCUSERS - _COMPLAINTS - {"court"}:
        return True
    return any(w.lemma_.lower() in {"court", "courthouse"} and w.head.lower_ in ("in", "with") for w in token.sent)


def _in_a_case(verb: Token, subject: Token | None) -> bool:
    """An accusation made by the law's officers or their papers, or an agentless one in a sentence that speaks of
    a court case."""
    if subject is not None and subject.dep_ != "nsubjpass":
        return subject.lower_ in _ACCUSERS
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is not None:
        return agent.lower_ in _ACCUSERS
    case_words = BENCH | _ACCUSERS | {"trial", "charged", "pleaded", "pleads", "denies", "hearing", "arrested",
                                      "custody", "bail", "sentenced", "convicted"}
    return any(w.lower_ in case_words for w in verb.sent)


_OFFICES = {"power", "powers", "authority", "position", "office", "trust", "privilege", "privileges", "mandate"}
_TRAFFIC = {"sell", "buy", "deal", "peddle", "traffic", "smuggle", "supply", "distribute", "push", "import"}
# Narcotics named as such; "drugs" alone only where the sentence tells of police or a court.
_NARCOTICS = {"cocaine", "heroin", "methamphetamine", "meth", "marijuana", "cannabis", "ecstasy", "fentanyl",
              "narcotics", "opium", "crack", "shabu", "amphetamines", "amphetamine", "mdma", "ketamine"}
_CASE_WORDS = {"police", "arrested", "convicted", "sentenced", "charged", "court", "jailed", "guilty", "trafficking",
               "raid", "dealer", "dealers", "illegal", "illicit", "prosecutors", "prison"}


def _crime(verb: Token) -> Sense | None:
    """ "Abused his power", "sold cocaine", "were caught selling illegal drugs": the offence, not an assault or a
    trade."""
    lemma = verb.lemma_.lower()
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if lemma == "abuse" and any(t.lemma_.lower() in _OFFICES for t in things):
        return Sense("CRIME", None, None, "rule:abuse_of_office")
    if lemma in _TRAFFIC and any(t.lower_ in _NARCOTICS or (t.lemma_.lower() == "drug" and any(
            w.lower_ in _CASE_WORDS for w in verb.sent)) for t in things):
        return Sense("CRIME", None, None, "rule:drug_dealing")
    return None


_LEAVE = {"permission", "leave", "right"}


def _to_appeal(noun: Token) -> bool:
    """ "Permission to appeal", "leave to appeal against the ruling"."""
    return any(c.lemma_.lower() == "appeal" for c in noun.children if c.dep_ in ("acl", "relcl")) or any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.lower_ in ("appeal", "review") for g in c.children)
        for c in noun.children)
