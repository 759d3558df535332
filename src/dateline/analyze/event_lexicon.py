"""Which event a word names: PETRARCH's CAMEO verb patterns, PLOVER categories, dateline's own happenings.

A verb is looked up in three places, most specific first:
1. ``event_senses.tsv`` — a verb whose object or particle changes what it names ("released a report" is
   a publication, not a release of prisoners; "met the requirements" is no meeting);
2. the CAMEO verb dictionary (``cameo_verbs.tsv``, ``cameo_patterns.tsv``): the longest pattern of words
   before and after the verb that fits the clause gives the CAMEO code ("killed … in an accident" is no
   attack), mapped to PLOVER by ``cameo_plover.tsv``;
3. ``events.tsv`` — event nouns, and verbs of happenings PLOVER leaves out (accidents, disasters, deaths,
   rulings, elections, appointments, publications, launches, rescues, business, contests).
A verb none of them lists may still tell a happening when the article dates it: see :meth:`EventLexicon.dated`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from .event_modality import GOVERNORS
from .lexicon import load, rule

EVENTS = "events.tsv"
SENSES = "event_senses.tsv"
VERBS = "cameo_verbs.tsv"
PATTERNS = "cameo_patterns.tsv"
PLOVER = "cameo_plover.tsv"
STATES = "state_verbs.tsv"
WORDNET = "wordnet_events.tsv"
HAPPENING = "HAPPENING"
DATED_RULE = "rule:dated_happening"
# Verbs of opposing: whatever their object, never support (hard negative: "rallied behind the detained" is).
_OPPOSING = {"protest", "denounce", "condemn", "decry", "oppose", "object", "criticize", "criticise", "deplore",
             "slam", "blast", "assail", "rail"}
# Verbs of entering a state named by their prepositional object: "went on strike", "went to war" (the noun is
# the happening; hard negative: "went to Paris" is a journey).
_GOING = {"go", "come", "head", "enter"}
_WINDOW_AFTER = 14
_WINDOW_BEFORE = 8


@dataclass(frozen=True)
class Sense:
    """What a trigger names, and the lexicon entry or pattern that says so."""

    category: str
    cameo: str | None
    mode: str | None
    rule: str
    specific: bool = True  # False: only the CAMEO block's default code, with no pattern to back it


@dataclass(frozen=True)
class _Pattern:
    before: tuple[str, ...]
    after: tuple[str, ...]
    code: str
    text: str
    literals: frozenset[str]  # single words the context must hold for the pattern to fit at all


class EventLexicon:
    def __init__(self) -> None:
        rows = load(EVENTS)
        self.nouns = {r["lemma"]: r for r in rows if r["pos"] == "noun"}
        self.own_verbs = {r["lemma"]: r for r in rows if r["pos"] == "verb"}
        self.senses: dict[str, list[dict[str, str]]] = {}
        for row in load(SENSES):
            self.senses.setdefault(f"{row['lemma']}/{row['pos']}", []).append(row)
        self.generic = {r["verb"] for r in load("generic_verbs.tsv")}
        self.states = {r["verb"] for r in load(STATES)} | {r["lemma"] for r in load("cues.tsv") if r["pos"] == "verb"}
        self.plover = {r["code"]: (r["category"], r["mode"]) for r in load(PLOVER)}
        self.wordnet = {r["lemma"] for r in load(WORDNET)}
        self.synsets: dict[str, set[str]] = {}
        for row in load("cameo_synsets.tsv"):
            self.synsets.setdefault(row["synset"], set()).add(row["word"])
        self.blocks: dict[str, list[tuple[str, str]]] = {}
        for row in load(VERBS):
            self.blocks.setdefault(row["verb"], []).append((row["block"], row["code"]))
        self.patterns: dict[str, list[_Pattern]] = {}
        for row in load(PATTERNS):
            before = tuple(row["before"].split()) if row["before"] else ()
            after = tuple(row["after"].split()) if row["after"] else ()
            text = " ".join([*before, "*", *after])
            literals = frozenset(w for item in (*before, *after) if not item.startswith("&") for w in item.split())
            self.patterns.setdefault(row["block"], []).append(_Pattern(before, after, row["code"], text, literals))

    def sense(self, token: Token) -> Sense | None:
        """What the token names, read once per document (events and findings both ask)."""
        cache: dict[int, Sense | None] = token.doc.user_data.setdefault("dateline_event_senses", {})
        if token.i not in cache:
            cache[token.i] = self._verb(token) if token.pos_ == "VERB" else \
                self._noun(token) if token.pos_ in ("NOUN", "PROPN") or self.mistagged_noun(token) else None
        return cache[token.i]

    def mistagged_noun(self, token: Token) -> bool:
        """An event noun the tagger took for an adjective or adverb where only a noun can stand ("73 seconds
        after liftoff" tagged ADV): the object of a preposition or a verb."""
        return token.pos_ in ("ADJ", "ADV") and token.dep_ in ("pobj", "dobj") and token.lower_ in self.nouns \
            and not any(c.dep_ in ("amod", "advmod", "npadvmod") and c.i < token.i for c in token.children)

    def no_event(self, token: Token) -> bool:
        """A sense entry says this use of the verb is no event ("charged with overseeing the audit": a task)."""
        listed = self._listed_sense(f"{token.lemma_.lower()}/verb", token) if token.pos_ == "VERB" else None
        return listed is not None and listed.category == "-"

    def names_a_thing(self, token: Token) -> bool:
        """The noun's context reads it as a thing, not a happening ("Israeli settlements", "a space probe")."""
        key = f"{token.lemma_.lower()}/noun"
        listed = self._listed_sense(key, token) if token.pos_ == "NOUN" else None
        return listed is not None and listed.category == "-"

    def dated(self, token: Token) -> Sense | None:
        """A verb no lexicon lists, in a clause the article dates ("the ferry docked at Piraeus on Monday", "the
        archive was digitised in 2009"), is a happening for the timeline even without a category of its own;
        states, perception, thought, measure and speech are not ("owned it since 1990", "said on Monday")."""
        gerund = token.tag_ == "VBG" and token.dep_ != "ROOT" and not begun(token)
        if false_participle(token):
            return None  # "found by a hotel maid on Monday": a noun the tagger read as a participle
        if token.lemma_.lower() == "go" and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
                                                for c in token.children):
            return None  # "we're going to talk about …": a future, not a going
        if token.pos_ != "VERB" or token.lemma_.lower() in self.states or gerund \
                or token.lemma_.lower() in _PLANNING:  # "planned for Thursday": the day is the plan's content's
            return None
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in token.children) \
                and token.dep_ in ("xcomp", "advcl", "acl") and not _scheduled(token) and not begun(token):
            return None  # "in order to comply by Friday", "wants to finish by May": the governing verb's
        listed = self._listed_sense(f"{token.lemma_.lower()}/verb", token)
        if listed is not None and listed.category == "-":
            return None  # a sense entry that says this use is no event ("ruled the country") stands
        counts = [c for c in token.children if c.dep_ in ("dobj", "dative")]
        tallies = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "on") for g in c.children
                   if g.dep_ == "pobj"]  # "rushed for 98 yards", "connected on 9 of 13 passes"
        if any(c.lemma_.lower() in (_STAT_UNITS if c in counts else _GAME_TALLIES)
               and any(n.dep_ == "nummod" or n.like_num for n in c.children) for c in counts + tallies) or any(
                c.like_num and any(p.dep_ == "prep" and p.lower_ == "of" and any(
                    g.lemma_.lower() in _GAME_TALLIES for g in p.children) for p in c.children) for c in tallies):
            return None  # "gave the forward 14 minutes", "threw for 312 yards", "made 9 of 13 passes": a
            # stat line, no happening
        if token.lemma_.lower() in _ASPECTS | {"end", "finish", "conclude", "close"}:
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None and token.dep_ == "conj":
                subject = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.pos_ == "NOUN" and (
                    self.sense(subject) is not None or common_lemma(subject) in self.wordnet):
                return None  # "deliveries will begin in 2011 and end in 2013": the deliveries' span, told once
        if any(c.dep_ == "nsubj" and (c.lemma_.lower() in _CALENDAR_SPANS or (
                c.lower_ in ("which", "that") and token.dep_ == "relcl"
                and token.head.lemma_.lower() in _CALENDAR_SPANS)) for c in token.children):
            return None  # "the financial year ended on March 31": the calendar turns, nothing happens
        if token.lemma_.lower() in ("fall", "come", "stop") and any(c.lower_ == "short" for c in token.children):
            return None  # "fell short of victory": what it fell short of is the happening that did not come
        if _measured(token) or amount_subject(token):
            return None  # "fell by 25 percent since 1980", "prices rose on Monday": a trend, not a happening
        if self._carried(token) or _resultative(token):
            return None
        if token.lemma_.lower() not in GOVERNORS and any(
                c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN" and (named := self.sense(c)) is not None
                and named.category != "-" for c in token.children):
            return None  # "faced criticism on Tuesday", "drew condemnation", "a lawsuit was filed": the noun
        if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ == "NOUN" \
                and token.lemma_.lower() not in GOVERNORS and (named := self.sense(token.head)) is not None \
                and named.category != "-":
            return None  # "an agreement reached in 1991": the agreement is the happening, and takes the year
        if any(c.dep_ == "prep" and c.lower_ in ("at", "during") and any(
                g.dep_ == "pobj" and g.pos_ == "NOUN" and (named := self.sense(g)) is not None and named.category != "-"
                for g in c.children) for c in token.children):
            return None  # "spoke at a press conference on Monday": the conference is the happening
        return Sense(HAPPENING, None, None, DATED_RULE)

    def intended(self, token: Token) -> Sense | None:
        """ "Is planning to sell its stake", "unveiled plans to move its warehouse", "prepared to open a plant": the
        act a plan, a promise or a decision is about is a happening of the story even when no lexicon lists its
        verb (planned, promised: the governor gives its modality). Not a state ("plans to remain chief
        executive", "aims to be profitable"), a generic verb ("plans to do more") or an aspect ("plans to
        continue")."""
        if token.pos_ != "VERB" or token.dep_ not in ("xcomp", "acl") or token.tag_ != "VB":
            return None
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            return None
        head = token.head
        if head.lemma_.lower() not in _INTENTIONS:
            return None
        lemma = token.lemma_.lower()
        if lemma in _JOURNEY_VERBS and any(w.ent_type_ in ("GPE", "LOC", "FAC") for w in token.subtree):
            return Sense(HAPPENING, None, None, "rule:intended_journey")  # "planned to fly to Madrid on Monday"
            # (hard negative: "plans to leave the board", no place: a change of post, not a journey)
        if lemma in self.states or lemma in self.generic or lemma in _ASPECTS or _measured(token):
            return None
        if not any(c.dep_ in ("dobj", "prt") for c in token.children):
            return None  # "plans to expand": with nothing acted on, too vague to be one happening
        return Sense(HAPPENING, None, None, "rule:intended_act")

    def named_happening(self, token: Token) -> Sense | None:
        """A noun the event lexicons leave to its context ("after the liftoff", "during the skirmish") named by
        a use the clause marks as a happening: the category its sense entries agree on ("next year's
        contest" is a contest), else WordNet's reading of the word as an act or event (``wordnet_events.tsv``).
        Not the phase of another happening ("since the start of"), a trend ("after the rise in prices") or an
        occupation ("during her career", "through practice")."""
        lemma = common_lemma(token)
        if (token.pos_ != "NOUN" and not capitalised_noun(token)) or lemma in _PHASES or lemma in _TRENDS \
                or lemma in _OCCUPATIONS:
            return None
        listed = self._listed_sense(f"{lemma}/noun", token)
        if listed is not None:
            return None if listed.category == "-" else listed
        categories = {r["category"] for r in self.senses.get(f"{lemma}/noun", [])} - {"-"}
        if len(categories) == 1:
            return Sense(categories.pop(), None, None, rule(SENSES, f"{lemma}/noun"))
        if lemma in self.wordnet:
            return Sense(HAPPENING, None, None, rule(WORDNET, lemma))
        return None

    def _carried(self, token: Token) -> bool:
        """A light verb whose object names the happening, or any verb whose purpose does: "threw punches",
        "staged a walkout",
        "took to social media to denounce …" — the noun or the purpose verb is the event, with the date the
        clause gives it; the verb would be the same happening listed twice. ("docked at Piraeus to unload
        grain": neither names an event, so the docking is the happening.)"""
        for child in token.children:
            if child.dep_ == "dobj" and child.pos_ == "NOUN" and light_verb(token):
                named = self.sense(child) or (self.named_happening(child) if light_object(child) else None)
                # a noun's own sense, even a bare happening ("suffered a stroke"), or one WordNet reads as an act
                if named is not None and named.category != "-":
                    return True
            if child.dep_ == "prep" and child.lower_ in ("on", "into", "to") and token.lemma_.lower() in _GOING:
                named = next((n for g in child.children if g.dep_ == "pobj" and g.pos_ == "NOUN"
                              and (n := self.sense(g)) is not None), None)  # "went on strike", "went to war"
                if named is not None and named.category != "-":
                    return True
            if child.dep_ in ("advcl", "xcomp") and child.pos_ == "VERB" \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                named = self.sense(child)
                if named is not None and named.category != HAPPENING:
                    return True
        return False

    def default_category(self, token: Token) -> str | None:
        """The keyword baseline: the PLOVER category of the verb's CAMEO default code, no context."""
        blocks = self.blocks.get(token.lemma_.lower())
        if not blocks or blocks[0][1] == "---":
            return None
        mapped = self._plover(blocks[0][1])
        return mapped[0] if mapped else None

    # verbs -----------------------------------------------------------------------------------------

    def _verb(self, token: Token) -> Sense | None:
        lemma = token.lemma_.lower()
        if lemma == "find" and (token.tag_ == "VBN" or not any(c.dep_ == "dobj" for c in token.children)) and any(
                c.dep_ in ("oprd", "acomp", "xcomp", "advmod")
                and c.lower_ in ("dead", "murdered", "drowned", "lifeless") for c in token.children):
            # (a headline's "Fred Roe found dead in hotel", tagged as a past tense with no object, is the passive)
            return Sense("DEATH", None, None, "rule:found_dead")  # "the caretaker was found dead at the lodge": the
            # death as the text can date it (hard negative: "was found guilty", a verdict)
        if lemma in _FINDING and any(
                c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in ("body", "remains", "corpse")
                and not any(g.dep_ == "prep" and g.lower_ == "of" and any(
                    w.lemma_.lower() in _BODIES_OF_WORK for w in g.subtree) for g in c.children)
                for c in token.children):
            return Sense("DEATH", None, None, "rule:found_dead")  # "the bodies of two women were found at home",
            # "police discovered the body of a woman": a death as the text dates it (hard negatives: "the files
            # were found in a skip", a discovery; "found a body of evidence", no one's body)
        if lemma == "find" and _found_somewhere(token):
            return Sense(HAPPENING, None, None, "rule:found")  # "the files were found in a skip": a discovery
        particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), None)
        if lemma == "take" and particle == "down" and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _POSTED for c in token.children):
            return Sense("COERCE", None, None, rule(SENSES, "take/verb+particle:down+posted"))  # censorship
        listed = self._listed_sense(f"{lemma}/verb", token)
        if listed is not None:
            return listed if listed.category != "-" else None
        for verb in ([f"{lemma} {particle}"] if particle else []) + [lemma]:
            if verb in self.blocks:
                found = self._cameo(verb, token)
                if found is not None and found.category != "-":
                    return found
                if found is not None and found.rule and not (
                        verb == lemma and self.own_verbs.get(lemma, {}).get("category") in _OWN_CATEGORIES):
                    return None  # a pattern that says: no event here; CAMEO's "no political event" for an aircraft
                    # that crashes is still dateline's accident ("ejected from the jet before it crashed")
        own = self.own_verbs.get(lemma)
        if own is not None:
            return Sense(own["category"], own["cameo"] or None, None, rule(EVENTS, lemma))
        return None

    def _listed_sense(self, key: str, token: Token) -> Sense | None:
        """A sense fixed by the verb's object, particle or subject (``event_senses.tsv``)."""
        entries = self.senses.get(key)
        if not entries:
            return None
        subjects = _subjects(token)
        objects = _objects(token) | (subjects if token.pos_ != "VERB" else set())  # a noun's doer is a modifier
        particles = {c.lower_ for c in token.children if c.dep_ == "prt" or (  # "passed away": parsed as an adverb
            c.dep_ == "advmod" and c.lower_ in _PARTICLES and (c.i == token.i + 1 or c.lower_ == "back"))}
        if token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "even":
            particles.add("even")  # "expects to break even in the quarter": the parse hangs "even" anywhere
        for entry in entries:
            words = set(entry["words"].split(","))
            where = entry["where"]
            if where == "label" and _naming(token):
                return Sense("-", None, None, rule(SENSES, f"{key}+naming"))  # "the condition is called X"
            seen = objects if where == "object" else subjects if where == "subject" \
                else objects | subjects if where == "party" else particles
            if where == "any" or (where in ("object", "subject", "party") and seen & words) \
                    or (where == "particle" and particles & words) or (where == "infinitive" and _infinitive(token)
                                                                       and not _rang_up(token)) \
                    or (where == "label" and any(c.dep_ == "oprd" and _label_fits(c, words) for c in token.children)):
                matched = sorted(seen & words) or sorted(_label_words(token) & words) or [entry["words"].split(",")[0]]
                return Sense(entry["category"], entry["cameo"] or None, None,
                             rule(SENSES, f"{key}+{where}:{matched[0]}"))  # the word that decided the sense
        return None

    def _cameo(self, verb: str, token: Token) -> Sense | None:
        before, after = _context(token)
        core = _core(token)  # the verb's object and particles, without its prepositional adjuncts
        undergoer = next((c for c in token.children if c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN")
                          and c.lemma_.lower() not in self.nouns and c.lower_ not in self.nouns), None)
        if undergoer is not None and token.tag_ == "VBN":  # "troops were sent to the border" as "sent troops": the
            # passive subject is the verb's object (not a happening's noun: "lawsuits have been filed" is the suit)
            words = [t for t in undergoer.subtree if not t.is_punct][-_WINDOW_AFTER:]
            forms, lemmas = [_kind_word(t, t.lower_) for t in words], [_kind_word(t, t.lemma_.lower()) for t in words]
            after = (forms + after[0], lemmas + after[1])
            core = (forms + core[0], lemmas + core[1])
        present = {*before, *after[0], *after[1]}
        best: tuple[int, str, str] | None = None  # (specificity, code, pattern)
        if any(default.startswith("01") for _, default in self.blocks[verb]):
            return None  # a speech verb: what is said holds the events, not the saying
        for block, default in self.blocks[verb]:
            if best is None:
                best = (0, default, verb)
            for pattern in self.patterns.get(block, ()):
                size = len(pattern.before) + len(pattern.after)
                if size < best[0] or size == 0:
                    continue
                if not pattern.literals <= present:
                    continue  # a word the pattern needs is not in the clause at all
                if not _content(pattern):
                    continue  # "came to", "praised … to": a verb and a preposition say nothing of the event
                # a pattern without a preposition names the verb's object ("provide a deadline"), which an
                # adjunct does not supply ("will give its answer before the deadline")
                right = after if any(w in _PREPOSITIONS for item in pattern.after for w in _split(item)) else core
                if self._fits(pattern.before, before) and (self._fits(pattern.after, right[0])
                                                           or self._fits(pattern.after, right[1])):
                    best = (size, pattern.code, pattern.text.replace("*", verb))
        if best is None or (best[0] == 0 and verb in self.generic):
            return None
        code = best[1]
        if code == "---":
            return Sense("-", None, None, "no-event pattern") if best[0] else None
        mapped = self._plover(code)
        if mapped is None:
            return None
        category, mode = mapped
        if category == "SUPPORT" and verb in _OPPOSING:  # CAMEO codes "protested the detention" as rallying
            # support for the detained (053); a reader sees the protest against those who hold them
            return Sense("PROTEST" if verb == "protest" else "DISAPPROVE", "140" if verb == "protest" else "111",
                         None, rule(PATTERNS, best[2]) + "|rule:opposition_not_support", True)
        return Sense(category, code, mode or None, rule(PATTERNS if best[0] else VERBS, best[2]), best[0] > 0)

    def measures_for(self, sense: Sense, token: Token) -> Sense | None:
        """PETRARCH codes "proposed measures" as a threat (130), meant for measures against someone; "proposed
        measures to fund schools", "suggested new measures to curb smuggling" aim at no one and are the verb's
        plain reading (its block's default code, or no event)."""
        if sense.category != "THREATEN" or "measure" not in sense.rule or token.pos_ != "VERB" \
                or any(w.lower_ == "against" for w in token.subtree):
            return sense
        blocks = self.blocks.get(token.lemma_.lower())
        if not blocks or blocks[0][1] == "---":
            return None
        mapped = self._plover(blocks[0][1])
        if mapped is None:
            return None
        return Sense(mapped[0], blocks[0][1], mapped[1] or None, sense.rule + "|rule:measures_against_no_one", False)

    def plover_category(self, code: str) -> str | None:
        """The PLOVER category of a CAMEO code (``172`` → COERCE)."""
        mapped = self._plover(code)
        return mapped[0] if mapped else None

    def _plover(self, code: str) -> tuple[str, str] | None:
        for length in (len(code), 3, 2):
            if code[:length] in self.plover:
                return self.plover[code[:length]]
        return None

    def _fits(self, pattern: tuple[str, ...], words: list[str]) -> bool:
        """Every item of the pattern, in order, among the words (a synset matches any member)."""
        position = 0
        plain: list[str] | None = None
        for item in pattern:
            if item.startswith("&"):
                plain = plain or [w.removeprefix(_KIND_MARK) for w in words]
                found = _find(self.synsets.get(item, set()), plain, position)
            else:
                found = _find({item}, words, position)
            if found < 0:
                return False
            position = found
        return True

    # nouns -----------------------------------------------------------------------------------------

    def _noun(self, token: Token) -> Sense | None:
        lemma = token.lemma_.lower()
        doc = token.doc
        start = hyphen_start(token)
        if start < token.i:  # "cease-fire", split by the tokenizer, is the ceasefire, not a fire
            if token.dep_ in ("acomp", "amod", "oprd") or hyphen_modifier(token):
                return None  # "was truly ground-breaking", "a cost-of-war debate": words that describe
            hyphened = "".join(w.lower_ for w in doc[start:token.i]) + token.lower_  # "break-in" as listed
            joined = "".join(w.lower_ for w in doc[start:token.i] if w.text != "-") + lemma
            row = self.nouns.get(hyphened) or self.nouns.get(joined)
            if row is not None:
                return Sense(row["category"], row["cameo"] or None, None, rule(EVENTS, row["lemma"]))
        if lemma == "rally" and any(w.lower_ in _MARKET_WORDS for w in token.sent):
            return None  # "stocks extended their rally": prices climbing, not a protest
        if lemma == "march" and not token.text[0].islower():
            return None  # "in March", "March 5": the month; "the march on the capital" is a protest
        if lemma in ("fire", "attack") and token.dep_ == "pobj" and token.head.lower_ == "under":
            return _under_fire(token)  # "came under fire", "was under constant attack"
        if ((lemma in ("operation", "service", "use") and token.head.lower_ in ("in", "into"))
                or (lemma == "sale" and token.head.lower_ in ("on", "for"))) and token.dep_ == "pobj" \
                and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in token.children):
            return None  # "in operation by 2012", "went into service", "goes on sale", "for sale": a state
        if lemma == "summit" and token.dep_ == "pobj" and token.head.lower_ in ("near", "to", "from", "toward",
                                                                                "towards", "below", "atop", "on"):
            return None  # "found alive near the summit", "climbed to the summit": a mountain top
        if lemma == "order" and any(w.ent_type_ == "MONEY" for w in token.subtree if w.i != token.i):
            return Sense("BUSINESS", None, None, rule(SENSES, "order/noun+worth"))  # "the order, worth $15 billion"
        if lemma in ("contact", "touch") and token.dep_ == "pobj" and token.head.lower_ == "in" and not any(
                c.dep_ == "amod" and c.lower_ in _NEARNESS for c in token.children) and any(
                c.dep_ == "prep" and c.lower_ == "with" for c in (*token.children, *token.head.head.children)):
            return Sense("CONSULT", "040", None, rule(SENSES, f"{lemma}/noun+in:with"))  # "are in contact with"
        if lemma == "call" and not any(c.dep_ in ("prep", "acl", "relcl") and c.lower_ in ("for", "to")
                                       for c in token.children) and any(
                c.dep_ in ("compound", "nmod", "poss", "nummod") and c.ent_type_ in ("DATE", "TIME")
                for c in token.children):
            return Sense("CONSULT", "040", None, rule(SENSES, "call/noun+dated"))  # "the June 3 call"
        if lemma == "publication" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            return None  # "the publication reported", "two local publications": outlets; "the publication of …"
        if token.pos_ == "PROPN" and short_name(token):
            return None  # "Summit Entertainment released …" … "Summit has said": the firm named short, no summit
        if token.pos_ == "PROPN":
            lemma = common_lemma(token)  # "Protests erupted …": a common noun capitalised at the sentence start
        listed = self._listed_sense(f"{token.lower_}/noun", token) or self._listed_sense(f"{lemma}/noun", token)
        if listed is not None:
            return listed if listed.category != "-" else None
        row = self.nouns.get(token.lower_) or self.nouns.get(lemma)
        if row is None:
            return None
        return Sense(row["category"], row["cameo"] or None, None, rule(EVENTS, row["lemma"]))


def _label_words(verb: Token) -> set[str]:
    return {w.lower_ for c in verb.children if c.dep_ == "oprd"
            for w in [c, *(g for g in c.children if g.dep_ in ("amod", "conj", "acomp")),
                      *(o for g in c.children if g.dep_ == "prep" and g.lower_ == "of" for o in g.children)]}


def _label_fits(label: Token, words: set[str]) -> bool:
    """The name given is one of the row's words ("called him a liar", "called the ruling reckless and unlawful"), or
    the row lists none."""
    if words <= {""}:
        return True
    named = [label, *(c for c in label.children if c.dep_ in ("amod", "conj", "acomp")),
             *(g for c in label.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ == "pobj")]  # "a clear case of cronyism", "an act of betrayal"
    return any({w.lemma_.lower(), w.lower_} & words for w in named)


def hyphen_start(token: Token) -> int:
    """Where a hyphenated word the tokenizer split ends up starting ("write-downs", "do-or-die")."""
    doc, start = token.doc, token.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha:
        start -= 2
    return start


def hyphen_modifier(token: Token) -> bool:
    """A hyphenated word that describes the noun after it ("a do-or-die attack", "a cost-of-war debate")."""
    start = hyphen_start(token)
    if start == token.i:
        return False
    chain = range(start, token.i + 1)
    return any(w.dep_ in ("nmod", "compound", "amod") and w.head.i > token.i and w.head.pos_ in ("NOUN", "PROPN")
               for w in token.doc[start:token.i + 1]) and all(w.head.i in chain or w.head.i > token.i
                                                             for w in token.doc[start:token.i + 1])


def _under_fire(token: Token) -> Sense:
    """ "Came under fire (attack) from gunmen" is shooting; "under fire for its tweets", "under attack over the
    budget", with no one armed shooting, is criticism."""
    shooters = [g for c in token.head.head.children if c.dep_ == "prep" and c.lower_ == "from"
                for g in c.children if g.dep_ == "pobj"] + \
        [g for c in token.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
    if any(g.lemma_.lower() in _SHOOTERS for g in shooters) or any(
            w.lemma_.lower() in _SHOOTERS for w in token.sent if w.dep_ in ("nsubj", "nsubjpass", "pobj")
            and w.i != token.i and not _grievance(token)):
        return Sense("FIGHT", "190", None, rule(SENSES, f"{token.lemma_.lower()}/noun+under:armed"))
    return Sense("DISAPPROVE", "111", None, rule(SENSES, f"{token.lemma_.lower()}/noun+under:criticism"))


def _grievance(token: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in ("for", "over") for c in (*token.head.head.children, *token.children))


# Who shoots at a convoy, a patrol or a village: "came under fire from militants".
_SHOOTERS = {"gunman", "gunmen", "militant", "rebel", "insurgent", "sniper", "troop", "soldier", "force", "army",
             "militia", "fighter", "artillery", "tank", "warship", "jet", "drone", "helicopter", "police", "attacker",
             "guerrilla", "separatist", "jihadist", "terrorist", "pirate", "assailant", "shooter", "marine"}


# Verbs a body is found with; and what "a body of" names when it is no one's.
_FINDING = {"find", "discover", "uncover"}  # (recovering or identifying a body is a later step)
_BODIES_OF_WORK = {"evidence", "work", "research", "literature", "law", "knowledge", "water", "opinion", "data"}


# What is posted online and can be taken down by a censor or a platform.
_POSTED = {"post", "video", "article", "content", "page", "website", "site", "account", "tweet", "photo", "story",
           "blog", "comment", "message", "report", "petition", "clip", "image"}
_MARKET_WORDS = {"stocks", "shares", "index", "indices", "market", "markets", "bonds", "equities", "prices", "sensex",
                 "nifty", "dow", "nasdaq", "ftse", "dax", "nikkei", "investors", "traders", "rupee", "dollar"}
_CALENDAR_SPANS = {"quarter", "year", "month", "week", "period", "season", "term", "half", "decade", "semester"}
_PARTICLES = {"away", "off", "out", "up", "down", "over", "back"}
_PLANNING = {"plan", "schedule", "reschedule", "slate", "expect", "intend", "earmark", "pencil",
             "slat"}  # "slated": "slat"
# Movements a plan can be made of, when a place says where to.
_JOURNEY_VERBS = {"leave", "travel", "return", "go", "fly", "sail", "move", "head", "depart", "relocate"}
# What a plan, a promise or a decision is made of: the act it is about is the happening ("plans to sell").
_INTENTIONS = {"plan", "intend", "prepare", "decide", "promise", "pledge", "vow", "agree", "aim", "schedule", "set"}
_SCHEDULES = {"set", "due", "poised", "scheduled", "slated", "expected", "planned"}


def _scheduled(token: Token) -> bool:
    """ "Was set to land on Monday", "is due to arrive at noon": a schedule's own time is its content's."""
    head = token.head
    return token.dep_ == "xcomp" and head.lower_ in _SCHEDULES and head.tag_ in ("VBN", "JJ")  # not an active
    # plan or forecast ("plans to leave the board next year", "expects to earn more in 1990"): their content is
    # dated only when a lexicon names it


_ASPECTS = {"continue", "keep", "start", "begin", "stop", "resume", "remain", "stay", "try", "attempt", "seek"}


_WHERE = {"on", "in", "at", "near", "under", "inside", "behind", "beside", "outside", "along", "beneath"}
_FOUND_STATES = {"dead", "alive", "wet", "abandoned", "stuffed", "unconscious", "injured", "hanging", "buried",
                 "lying", "floating", "dumped", "hidden", "safe"}


def _found_somewhere(verb: Token) -> bool:
    """ "The files were found in a skip", "two hikers were found alive": something or someone discovered, told
    in the passive with where or in what state; not a finding of a study or a court ("was found guilty")."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.lower_ in ("guilty", "liable", "responsible", "innocent", "not") for c in verb.children):
        return False
    return any((c.dep_ == "prep" and c.lower_ in _WHERE and any(g.ent_type_ not in ("DATE", "TIME")
                                                                for g in c.children if g.dep_ == "pobj"))
               or (c.dep_ in ("oprd", "acomp", "advcl", "xcomp") and c.lower_ in _FOUND_STATES)
               for c in verb.children)


def false_participle(token: Token) -> bool:
    """A word tagged as a past form that has no past form of its own ("a hotel maid", parsed as a verb): the
    lemmatizer leaves a true past form's lemma apart from its text, except for the verbs whose forms are all alike
    ("put", "cut", "set"), and "-ed"/"-en" endings are past forms whatever the lemma."""
    word = token.lower_
    return token.tag_ in ("VBN", "VBD") and token.lemma_.lower() == word and word not in _SAME_FORMS \
        and not word.endswith(("ed", "en")) and word.isalpha()


_SAME_FORMS = {"put", "cut", "set", "hit", "let", "shut", "hurt", "cost", "quit", "spread", "read", "bet", "burst",
               "cast", "split", "shed", "upset", "bid", "broadcast", "forecast", "thrust", "rid", "wed", "fit",
               "beat", "come", "become", "run", "overrun", "reset", "offset", "outbid", "input", "output", "recast",
               "telecast", "podcast", "typeset", "undercut", "slit", "spit", "knit", "sweat", "wet", "lit"}


def begun(token: Token) -> bool:
    """The activity a verb of beginning governs ("will begin filming in March", "started to dig on Monday"): it is
    the happening, at the beginning's time (hard negative: "stopped selling it in May", when the selling ended)."""
    return token.dep_ == "xcomp" and token.pos_ == "VERB" and token.head.lemma_.lower() in BEGUN


BEGUN = {"begin", "start", "commence", "resume"}


_NAME_KINDS = {"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "FAC", "NORP"}


def short_name(token: Token) -> bool:
    """A capitalised word with no article that opens a longer name the article gives (a firm, a person, a work):
    the name told short, not the happening its word means ("Summit", "Rally", "Conference" as a firm or a band).
    Hard negatives: "the Summit" (an occasion with its article), a word inside an event's own name."""
    if token.ent_type_ == "EVENT" or any(c.dep_ == "det" for c in token.children) or not token.text[:1].isupper():
        return False
    return any(len(ent) > 1 and ent.label_ in _NAME_KINDS and ent[0].text == token.text and ent.start != token.i
               for ent in token.doc.ents)


def capitalised_noun(token: Token) -> bool:
    """A common noun the tagger read as a name because it opens the sentence ("Repairs are ongoing",
    "Construction was underway"): no entity, one capital."""
    return token.pos_ == "PROPN" and not token.ent_type_ and token.i == token.sent.start \
        and token.text[1:].islower() and token.dep_ in ("nsubj", "nsubjpass")


def common_lemma(token: Token) -> str:
    """The lemma of a noun, a capitalised common noun's ("Protests") in lower case with a plural's "s" dropped."""
    if not capitalised_noun(token):
        return token.lemma_.lower()
    word = token.lower_
    for plural, singular in (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("sses", "ss"), ("s", "")):
        if word.endswith(plural) and len(word) > len(plural) + 2 and not word.endswith("ss"):
            return word[: -len(plural)] + singular
    return word


def _objects(token: Token) -> set[str]:
    """Head words of the verb's object or the noun's modifiers — what a sense check looks at."""
    words: set[str] = set()
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "compound", "amod", "acomp") or (
                child.dep_ in ("nmod", "poss") and token.pos_ == "NOUN"):  # "a denial-of-service attack", "the
            # governor's race"
            words.update({child.lemma_.lower(), child.lower_})
        if child.dep_ == "nsubjpass" and (child.like_num or child.lower_ in _COUNTS):
            words.update(g.lemma_.lower() for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj")  # "dozens of homes were flooded": the homes
        if child.dep_ in ("dobj", "nsubjpass") and child.pos_ == "PROPN":  # "Space Shuttle Challenger was lost":
            words.update(g.lemma_.lower() for g in child.children if g.dep_ == "compound")  # its kind
        if child.dep_ == "nsubjpass" and child.lower_ == "it":
            words.update(_antecedent_words(token))
        if child.dep_ in ("dobj", "nsubjpass") and (child.tag_ == "WDT" or child.lower_ == "that") \
                and token.dep_ == "relcl" and token.head.pos_ in ("NOUN", "PROPN"):  # "the pact which they signed"
            words.update({token.head.lemma_.lower(), token.head.lower_})
        if child.dep_ == "dobj" and token.pos_ == "VERB":  # "launched a search operation": the kind of operation;
            # "unveiled its newest model, an electric van": what the object is
            words.update(g.lemma_.lower() for g in child.children if g.dep_ in ("compound", "appos"))
            if child.like_num:  # "won 40 of the 60 seats": what is counted
                words.update(g.lemma_.lower() for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                             for g in p.children if g.dep_ == "pobj")
            words.update(f"{p.lower_}:{g.lemma_.lower()}" for p in child.children if p.dep_ == "prep"
                         and p.lower_ in ("in", "as", "on") for g in p.children if g.dep_ == "pobj")  # "discussed
            # his concern in a statement", "tapped Jones as ambassador", "placed the back on injured reserve"
        if child.dep_ in ("advcl", "xcomp", "npadvmod") and child.lower_ in _HELD_AS:
            words.add(child.lower_)  # "took two guards hostage": the parse hangs the role as a clause
        if child.dep_ == "prep" and child.lower_ == "out":  # "broke out of jail": the place left, "out_of:jail"
            words.update(f"out_of:{g.lemma_.lower()}" for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj")
        if child.dep_ == "prep":  # by word or lemma: "met with jeers", "with:jeers" or "with:jeer"
            words.update(f"{child.lower_}:{w}" for g in child.children if g.dep_ in ("pobj", "pcomp")
                         for w in (g.lemma_.lower(), g.lower_))  # "charged with verifying": a gerund too
            words.add(f"{child.lower_}:")  # any object of the preposition: "a hearing into …"
            if child.lower_ == "for" and any(g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or (
                    g.ent_type_ == "ORDINAL" and any(w.ent_type_ == "DATE" for w in g.subtree)))
                    for g in child.children):
                words.add("for:date")  # "a strike called for May 5": the day it is set for
        if child.dep_ == "dobj" and child.ent_type_ == "MONEY":
            words.add("money:")  # "bid $16 a share", "offered $2 billion": a price
        if child.dep_ == "advmod" and token.pos_ == "VERB":
            words.add(f"adv:{child.lower_}")  # "the footage surfaced online": where, said by an adverb
        if child.dep_ == "dobj" and child.i + 1 < len(child.doc) and child.doc[child.i + 1].lower_ == "straight":
            words.add("adv:straight")  # "set the record straight": the parse may hang the adverb elsewhere
    if token.pos_ == "NOUN" and token.dep_ == "conj" and token.head.pos_ == "NOUN":  # "the sale or closure of
        # three plants": a phrase after both nouns belongs to each
        words.update(f"{p.lower_}:{w}" for p in token.head.children if p.dep_ == "prep" and p.i > token.i
                     for g in p.children if g.dep_ == "pobj" for w in (g.lemma_.lower(), g.lower_))
    if token.pos_ == "VERB" and not any(c.dep_ in ("dobj", "nsubjpass") for c in token.children):
        shared = next((c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i <= token.i + 3
                       and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
        if shared is not None:  # "had shot and skinned a hare", "arrested and charged two men": one object
            words.update(w for c in shared.children if c.dep_ == "dobj" for w in (c.lemma_.lower(), c.lower_))
    if token.pos_ == "VERB" and token.tag_ == "VBN" and token.dep_ == "conj" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for c in token.children):
        first = token
        while first.dep_ == "conj" and first.head.i != first.i and first.head.tag_ in ("VBN", "VBD"):
            first = first.head  # "was promoted, fired and replaced": the one passive subject of all three
        words.update(w for c in first.children if c.dep_ == "nsubjpass" for w in (c.lemma_.lower(), c.lower_))
    if token.pos_ == "VERB" and token.tag_ == "VBN" and token.dep_ == "xcomp" and any(
            c.dep_ == "auxpass" for c in token.children) and not any(c.dep_ == "nsubjpass" for c in token.children):
        words.update(w for c in _raised_subjects(token) for w in (c.lemma_.lower(), c.lower_))  # "the ban is
        # forecast to be lifted", "the curfew is likely to be eased": what is lifted is the subject above
    if token.pos_ == "VERB" and ((token.dep_ in ("acl", "relcl") and token.tag_ == "VBN") or (
            token.dep_ == "acl" and token.tag_ == "VBD")) \
            and token.head.pos_ in ("NOUN", "PROPN"):  # "an event to be held on Monday", "the report released",
        # "the prototype, deployed off Denmark," (a participle the tagger calls past)
        words.update({token.head.lemma_.lower(), token.head.lower_})
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_ \
            and not doc[token.i - 2].whitespace_:
        words.add(doc[token.i - 2].lower_ + "-")  # "baton-charges": the hyphened first part, as "baton-"
    if token.dep_ in ("dobj", "pobj", "nsubjpass") and token.pos_ in ("NOUN", "PROPN"):
        words.add(f"head:{token.head.lemma_.lower()}")  # "orders have been received" as "received orders"
    if token.dep_ == "nsubj" and token.pos_ in ("NOUN", "PROPN"):
        words.add(f"subj:{token.head.lemma_.lower()}")  # "demand rose", "the probe reached orbit": what it does
        # ("the service launches" is no launch of a service)
    if token.dep_ == "pobj" and token.head.dep_ == "prep":  # "of<exchange": the fire in "an exchange of fire"
        words.update(f"{token.head.lower_}<{w}" for w in (token.head.head.lemma_.lower(), token.head.head.lower_))
    if token.dep_ == "dobj" and token.pos_ == "NOUN":  # "began a hearing last week into …": the parse hangs
        for child in token.head.children:  # the noun's own phrase, split off by a time, on its verb
            if child.dep_ == "prep" and child.i > token.i and child.lower_ in ("into", "on", "of", "with"):
                words.update(f"{child.lower_}:{g.lemma_.lower()}" for g in child.children if g.dep_ == "pobj")
                words.add(f"{child.lower_}:")
    return words


def _raised_subjects(verb: Token) -> list[Token]:
    """The subject of the clause a passive infinitive hangs from ("is expected to be", "is likely to be"): up
    through the raising verbs and adjectives, never past a clause with a subject of its own."""
    current = verb
    for _ in range(3):
        if current.dep_ not in ("xcomp", "acomp") or current.head.i == current.i:
            return []
        current = current.head
        found = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")]
        if found or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in current.children):
            return found
    return []


_COUNTS = {"hundreds", "thousands", "dozens", "scores", "tens", "millions", "group", "groups", "band", "number",
           "crowd", "crowds", "gang", "mob"}


def _subjects(token: Token) -> set[str]:
    """Head words of who or what does it: a verb's subject (or the one it shares with its governor: "the union
    intends to strike"), a noun's doer told with "by" ("a strike by dock workers")."""
    words: set[str] = set()
    for child in token.children:
        if child.dep_ == "nsubj":
            words.update({child.lemma_.lower(), child.lower_})
            if child.lower_ in _COUNTS:  # "hundreds of protesters stormed …": who they are
                words.update(w for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                             for g in p.children if g.dep_ == "pobj" for w in (g.lemma_.lower(), g.lower_))
            if child.pos_ == "PROPN":  # "Space Shuttle Challenger exploded": its kind
                words.update(g.lemma_.lower() for g in child.children if g.dep_ == "compound")
            if child.lower_ == "it":
                words.update(_antecedent_words(token))
        if child.dep_ == "agent":  # "was approved by shareholders": the doer of a passive
            words.update(w for g in child.children if g.dep_ == "pobj" for w in (g.lemma_.lower(), g.lower_))
        if child.dep_ == "prep" and child.lower_ == "by" and token.pos_ == "NOUN":
            words.update(w for g in child.children if g.dep_ == "pobj" for w in (g.lemma_.lower(), g.lower_))
    if token.pos_ == "VERB" and token.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                                   for c in token.children):
        words.update(c.lemma_.lower() for c in token.head.children if c.dep_ == "nsubj")
    if token.pos_ == "VERB" and token.dep_ == "conj" and token.head.pos_ == "VERB" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in token.children):  # "the results were released and showed …"
        words.update(c.lemma_.lower() for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    return words


def _antecedent_words(verb: Token) -> set[str]:
    """What "it" stands for in a clause hung on another ("the boiler was being mended when it burst", "the tanker
    caught fire and it sank"): the governing clause's own subject, a thing, with the words naming it."""
    if verb.dep_ not in ("advcl", "conj", "ccomp") or verb.head.pos_ not in ("VERB", "AUX"):
        return set()
    subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("which", "that") and verb.head.dep_ == "relcl":
        subject = verb.head.head  # "the pier, which stood for a century until it collapsed": the pier
    if subject is None or subject.pos_ == "PRON" or subject.ent_type_ in ("PERSON", "NORP", "GPE") \
            or subject.tag_ in ("NNS", "NNPS"):
        return set()
    return {subject.lemma_.lower()} | {w.lemma_.lower() for w in subject.children if w.dep_ == "compound"}


def _naming(verb: Token) -> bool:
    """A passive label with no one giving it ("the illness is called X", "a series called Y", "is known as
    Z"): what a thing is named, not someone's statement ("the ministry called the plan a mistake")."""
    passive = any(c.dep_ == "auxpass" for c in verb.children) or (verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl"))
    return passive and any(c.dep_ in ("oprd", "attr", "xcomp", "dobj") for c in verb.children) \
        and not any(c.dep_ == "agent" for c in verb.children)


# "In close contact with a sick cook": nearness, not talks
_NEARNESS = {"close", "direct", "physical", "constant", "frequent", "regular", "skin", "eye"}
# dateline's own categories for happenings CAMEO leaves out ("---"): its no-event patterns do not veto them
_OWN_CATEGORIES = {"ACCIDENT", "DISASTER", "DEATH", "RESCUE", "CRIME", "PUBLISH", "LAUNCH", "BUSINESS", "CONTEST"}


def _rang_up(token: Token) -> bool:
    """ "Called the senator to ask for help": a call to someone, with its purpose; "called on the rebels to lay down
    their arms" (and "called for both sides to stop") is a demand (hard negatives)."""
    return token.lemma_.lower() == "call" and any(c.dep_ == "dobj" for c in token.children) \
        and not any(c.dep_ == "prep" and c.lower_ in ("on", "upon") and any(g.dep_ == "pobj" for g in c.children)
                    and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in token.children)


def _infinitive(token: Token) -> bool:
    """The verb (or noun) governs a to-infinitive ("swore to keep fighting", "allowed them to march")."""
    deps = ("xcomp", "advcl", "ccomp", "acl") if token.pos_ == "NOUN" else ("xcomp", "advcl", "ccomp")
    return any(c.dep_ in deps and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")
               and not any(w.is_quote or w.text in (",", ";", ":") for w in token.doc[token.i + 1:c.left_edge.i])
               for c in token.children)  # a noun's: "failure to pay"; not "told the press, '… to show …'", where a
    # quotation the parser hangs on the verb is words said


_FUNCTION_WORDS = {"to", "in", "on", "at", "for", "with", "by", "from", "of", "into", "up", "down", "out", "off",
                   "over", "back", "away", "the", "a", "an", "and", "it", "not", "will", "would"}


def _content(pattern: _Pattern) -> bool:
    return any(w not in _FUNCTION_WORDS for w in (*pattern.before, *pattern.after))


@lru_cache(maxsize=4096)
def _split(item: str) -> tuple[str, ...]:
    return tuple(item.split())


def _find(options: set[str], words: list[str], start: int) -> int:
    for i in range(start, len(words)):
        for option in options:
            parts = _split(option)
            if words[i:i + len(parts)] == list(parts):
                return i + len(parts)
    return -1


_CLAUSES = {"relcl", "acl", "pcomp", "xcomp", "ccomp", "advcl"}


def _nested_clauses(token: Token) -> set[int]:
    """Words of clauses that hang on something below the verb: "backed a motion that seeks to widen
    sanctions" backs no sanctions, "threw out a plan for building a trade zone" cuts no trade, and "voted to
    let her stand in the poll" votes in no election. The verb's own complement ("urged X to support …") and
    a gerund after its own preposition ("accused X of killing …") stay in its clause."""
    words: set[int] = set()
    for word in token.subtree:
        if word.i in words or word.i == token.i or word.dep_ not in _CLAUSES or word.head.i == token.i:
            continue
        if word.dep_ == "pcomp" and word.head.head.i == token.i:
            continue
        words.update(t.i for t in word.subtree)
    return words


def _context(token: Token) -> tuple[list[str], tuple[list[str], list[str]]]:
    """Lower-case words before the verb (its sentence) and after it (its own clause, not the clauses it
    reports or subordinates: "demanded that the rebels give up their campaign against the army" holds
    no "demand against"; forms, then lemmas)."""
    sentence = token.sent
    owner = token
    while owner.dep_ in ("conj", "xcomp", "relcl", "acl") and owner.head.i != owner.i:
        owner = owner.head  # "troops entered and shelled", "tried to storm", "troops who shelled": the doer's words
    # a clause reported or subordinated ("police said he was reaching for his belt") begins where it begins: the
    # reporter's words are not the act's
    start = max(sentence.start, token.i - _WINDOW_BEFORE, owner.left_edge.i if owner.dep_ == "ccomp" else 0)
    before = [t.lower_ for t in token.doc[start:token.i]]
    inner = {t.i for c in token.children if c.dep_ in ("ccomp", "advcl", "relcl", "parataxis") for t in c.subtree}
    inner |= _nested_clauses(token)
    inner |= {t.i for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB" for o in c.children
              if o.dep_ == "dobj" for p in o.children if p.dep_ == "prep" for t in p.subtree}  # "decided to press
    # charges against the driver" holds no "decide against": the phrase is the charges'
    right = [t for t in token.subtree if t.i > token.i and t.i not in inner][:_WINDOW_AFTER]
    return before, ([t.lower_ for t in right], [t.lemma_.lower() for t in right])


_PREPOSITIONS = {"to", "in", "on", "at", "for", "with", "by", "from", "of", "into", "over", "against", "about",
                 "after", "before", "between", "under", "through", "toward", "towards", "across", "as", "upon", "onto"}


def _core(token: Token) -> tuple[list[str], list[str]]:
    """Words after the verb in its own clause, leaving out its prepositional and adverbial adjuncts."""
    inner = {t.i for c in token.children if c.dep_ in ("ccomp", "advcl", "relcl", "parataxis", "prep", "agent",
                                                       "npadvmod", "advmod") for t in c.subtree}
    inner |= _nested_clauses(token)
    inner |= {t.i for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB" for o in c.children
              if o.dep_ == "dobj" for t in o.subtree}  # "asking the government to execute the sentence": the
    # complement's own object is not the asking's (its verb still is: "urged them to support")
    inner |= {t.i for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in _WORKS for p in c.children
              if p.dep_ == "prep" for t in p.subtree}  # "began construction of the embassy", "resumed work on the
    # bridge": the thing worked on is the work's, not the verb's (hard negative: "closed the embassy")
    right = [t for t in token.subtree if t.i > token.i and t.i not in inner][:_WINDOW_AFTER]
    return [_kind_word(t, t.lower_) for t in right], [_kind_word(t, t.lemma_.lower()) for t in right]


def _kind_word(word: Token, text: str) -> str:
    """ "Aid" in "two aid workers" is the workers' line of work, not what the verb acts on: a pattern's plain word
    ("release aid") does not match it; CAMEO's word classes (&OPPOSITION in "opposition leaders") still do."""
    if word.dep_ == "compound" and word.pos_ == "NOUN" and word.head.lemma_.lower() in _STAFF and word.head.i > word.i:
        return _KIND_MARK + text
    return text


# Nouns of work done on a thing: what they are "of" or "on" is the work's object, not the governing verb's.
_WORKS = {"construction", "work", "works", "building", "demolition", "repair", "repairs", "renovation",
          "renovations", "refurbishment", "reconstruction", "rebuilding", "restoration", "excavation", "filming",
          "drilling", "digging", "expansion", "installation", "maintenance", "cleanup", "clean-up", "dredging",
          "paving", "upgrade", "upgrades", "redevelopment", "decommissioning", "dismantling"}


_KIND_MARK = "~"
_STAFF = {"worker", "official", "volunteer", "employee", "staff", "personnel", "activist", "campaigner"}


_AMOUNTS = {"PERCENT", "QUANTITY", "MONEY", "CARDINAL"}
# Nouns that name a quantity: what they do over time is a trend ("shares slid on Monday", "the toll rose to 30
# overnight"), which a timeline of happenings leaves out; a thing that falls ("a crane fell") is no amount.
_QUANTITIES = {"price", "prices", "share", "shares", "stock", "stocks", "rate", "rates", "index", "inflation", "bond",
               "market", "markets",
               "bonds", "dollar", "euro", "pound", "yen", "rupee", "peso", "rouble", "ruble",
               "unemployment", "sales", "profit", "profits", "revenue", "revenues", "earnings", "output", "exports",
               "imports", "production", "demand", "supply", "temperature", "temperatures", "level", "levels",
               "number", "numbers", "figure", "figures", "cost", "costs", "value", "currency", "yield", "yields",
               "turnover", "growth", "deficit", "debt", "population", "attendance", "ratings", "tally", "toll",
               "count", "total", "volume", "volumes", "premium", "premiums", "wages", "salaries", "rents", "fares",
               "bills", "spending", "borrowing", "reserves", "poll", "polls", "approval", "support", "turnout",
               "arrivals", "crossings", "admissions", "enrollment", "enrolment", "subscriptions", "subscribers",
               "circulation", "readership", "traffic", "bookings", "visitors", "advertising", "ridership"}


# Nouns WordNet reads as acts that name no happening of their own in a clause's frame: the phase of another
# ("at the start of the talks": the talks), a measured change ("after the rise in prices"), an occupation or
# habit ("during his career", "in practice").
_PHASES = {"beginning", "start", "outset", "onset", "end", "middle", "course", "height", "run-up", "close", "rest",
           "remainder", "part", "stage", "phase", "round"}
_TRENDS = {"rise", "fall", "increase", "decrease", "drop", "jump", "surge", "growth", "decline", "slump", "gain",
           "loss", "spike", "dip", "recovery", "slowdown", "downturn", "upturn", "boom", "change", "shift"}
# What a player's line counts after "for" or "on" ("rushed for 716 yards", "was 9 of 13 on passes").
_GAME_TALLIES = {"yard", "point", "pass", "attempt", "touchdown", "goal", "run", "rebound", "assist", "carry",
                 "reception", "catch", "save", "strikeout", "wicket", "shot", "kick", "tackle", "sack"}
_HELD_AS = {"hostage", "hostages", "captive", "captives"}
_STAT_UNITS = {"minute", "second", "point", "rebound", "assist", "yard", "carry", "tackle", "save", "inning",
               "lap", "mile", "kilometre", "kilometer"}
_OCCUPATIONS = {"work", "career", "practice", "training", "use", "service", "duty", "activity", "job", "business",
                "life", "time", "way", "action", "effort", "process", "procedure", "policy", "operation", "play",
                # a term in office: "before her administration", "during his tenure"
                "administration", "tenure", "presidency", "premiership", "reign", "stewardship", "chairmanship"}


AMOUNT_WORDS = _QUANTITIES  # what can rise and fall: prices, sales, turnout


def amount_subject(verb: Token) -> bool:
    """The verb's subject is a quantity ("oil prices fell", "turnout rose"): its change is a trend."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _QUANTITIES for c in verb.children)


def _measured(verb: Token) -> bool:
    """The verb's object or its "by"/"to" phrase is an amount: a quantity changing, not someone acting (a year
    there is a deadline: "shut the plant by 2014")."""
    for child in verb.children:
        heads = [child] if child.dep_ in ("dobj", "npadvmod", "attr") else \
            [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ in ("by", "to") \
            else []
        if any((h.ent_type_ in _AMOUNTS or h.like_num or any(n.ent_type_ in _AMOUNTS for n in h.children))
               and not _year(h) for h in heads):
            return True
    return False


def _year(word: Token) -> bool:
    """A calendar year or date, not an amount: "closed the shop by early 2014", "extended it to 2030"."""
    return word.ent_type_ in ("DATE", "TIME") or (word.text.isdigit() and len(word.text) == 4
                                                   and 1000 <= int(word.text) <= 2199)


# Verbs that lend their clause to an event noun ("staged a walkout", "suffered a stroke"); a verb that acts
# on the event ("cancelled the election") is an event of its own.
_LIGHT_VERBS = {"take", "make", "have", "give", "hold", "stage", "throw", "conduct", "carry", "suffer", "pay",
                "deliver", "undergo", "mount", "wage", "put", "do", "get", "experience", "sustain", "commit",
                "perform", "host", "go", "place"}

# What a light verb's object names in a fixed phrase, not a happening: "took a step towards", "made a move",
# "had a lasting effect", "took a hard line", "made a point of".
_IDIOMS = {"look", "step", "stand", "move", "chance", "say", "point", "difference", "living", "break", "turn", "go",
           "try", "shot", "hand", "stake", "toll", "bet", "guess", "stab", "toss", "leap", "pass", "dent", "splash",
           "beating", "hit", "killing", "bow", "stance", "approach", "effect", "impact", "mistake", "progress",
           "sense", "note", "notice", "advantage", "care", "part", "place", "account", "aim", "interest", "role",
           "impression", "argument"}


def light_object(noun: Token) -> bool:
    """A light verb's object that names one happening: "staged a sit-in", "mounted another incursion"; not a
    fixed phrase ("took a step", "take care"), a habit or a norm ("takes a broad approach", "should have an
    adequate intake")."""
    return noun.lemma_.lower() not in _IDIOMS and noun.head.tag_ in ("VBD", "VBN") and any(
        (c.dep_ == "det" and c.lower_ in ("a", "an", "another", "the", "this")) or c.dep_ == "poss"
        for c in noun.children)


def light_verb(token: Token) -> bool:
    """A light verb, by its lemma or, where the lemmatiser slips ("staged" → "stag"), its inflected form."""
    word = token.lower_
    return bool({token.lemma_.lower(), word.removesuffix("d"), word.removesuffix("ed"), word.removesuffix("s")}
                & _LIGHT_VERBS)


_RESULT_VERBS = {"leave", "make", "keep", "render", "get"}


def _resultative(token: Token) -> bool:
    """ "The news left her overwhelmed", "the delay kept passengers waiting": the state something left
    someone in, not a happening of its own (the cause, when it is an event, is listed). "Left Kabul on
    Monday" has no such complement."""
    return token.lemma_.lower() in _RESULT_VERBS and any(
        c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") and (c.pos_ == "ADJ" or c.tag_ in ("VBN", "VBG"))
        and not any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in token.children)
