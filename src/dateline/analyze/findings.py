"""Findings: where the article asserts in its own voice what its cited source states more weakly.

    article  "The talks collapsed on Friday."            (asserted: happened)
    source   officials said "the talks may collapse"     (possible)
A finding needs the same proposition on both sides — the same predicate, or predicates of one event
category ("blocked" and "opposed" are both REJECT), with the same participants (one actor, an
office and its holder, or the same head noun) — and a weaker stance on the source's side:
  reported   the source is an unnamed report ("amid reports that …")
  alleged    its cue doubts or accuses ("claimed", "alleged")
  possible   a modal or hedge ("may", "believed", "suggested")
  planned    a future or plan ("will", "plans to")
  denied     the source denies it
Shared words never make a finding on their own: precision comes first, and every finding carries
both spans and both modalities.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..model import Claim, Cue, Entity, Finding, Quote, Span
from .doctext import doc_text
from .event_lexicon import EventLexicon
from .event_modality import modality as clause_modality
from .lexicon import load
from .quotes import CUES

RULE = "rule:same_proposition_weaker_source"
_ASSERTED = {"happened", "ongoing"}
_WEAK_MODALITIES = {"hypothetical": "possible", "planned": "planned", "denied": "denied", "attempted": "attempted",
                    "demanded": "demanded", "reported": "reported"}
_WEAK_CUES = {"doubting": "alleged", "accusing": "alleged", "hedged": "possible", "belief": "possible",
              "denying": "denied"}
_WEAK_WORDS = {"reportedly": "reported", "allegedly": "alleged", "purportedly": "alleged", "possibly": "possible",
               "perhaps": "possible", "probably": "possible", "likely": "possible", "apparently": "possible",
               "may": "possible", "might": "possible", "could": "possible"}
_AGENTLESS = {"accused": "alleged", "alleged": "alleged", "suspected": "alleged", "blamed": "alleged",
              "reportedly": "reported", "allegedly": "alleged", "purportedly": "alleged", "supposedly": "alleged",
              "said": "reported", "reported": "reported", "rumoured": "reported", "rumored": "reported",
              "believed": "possible", "thought": "possible"}
_MODAL_AUX = {"can", "could", "may", "might", "would", "should", "must", "shall", "ca", "wo"}
_EMPTY = {"be", "have", "do", "get", "go", "make", "take", "give", "come", "say", "tell", "report", "add", "state",
          "include", "become", "seem", "appear", "want", "need", "know", "think", "believe", "see", "use", "let"}


@dataclass(frozen=True)
class Proposition:
    """A predicate with its participants, as one voice states it."""

    predicate: str  # the event category, else the verb's lemma
    lemma: str
    subject: str | None  # an actor's id (an office counts as its holder), else the head noun's lemma
    object: str | None
    entities: int  # how many of the participants are actors of the article
    modality: str
    voice: str
    words: Span
    hedge: str | None  # a stance word on the verb itself: "reportedly ordered", "may have started"


@Language.factory("dateline_findings", assigns=["doc._.claims"],
                  requires=["doc._.claims", "doc._.quotes", "doc._.cues", "doc._.entities"])
def make_findings(nlp: Language, name: str) -> FindingReader:
    return FindingReader()


class FindingReader:
    def __init__(self) -> None:
        self.lexicon = EventLexicon()
        self.reporting = {r["lemma"] for r in load(CUES)}  # "observed", "said": speech, not the claim itself

    def __call__(self, doc: Doc) -> Doc:
        claims: list[Claim] = list(doc._.claims or [])
        quotes: list[Quote] = list(doc._.quotes or [])
        cues: list[Cue] = list(doc._.cues or [])
        entities: list[Entity] = list(doc._.entities or [])
        owners = {e.id: e.belongs_to or e.id for e in entities}
        positions = {p: owners[e.id] for e in entities for m in e.mentions for p in range(m.start, m.end)}
        text = doc_text(doc)
        propositions = [p for t in doc if (p := self._proposition(t, quotes, positions, text)) is not None]
        sources = [(p, stance) for p in propositions if (stance := _stance(p, quotes, claims)) is not None]
        for claim in claims:
            claim.findings = [f for f in claim.findings if f.kind != "claim_exceeds_source"]
            if claim.attribution.status != "unattributed" or claim.kind not in ("factual", "characterisation"):
                continue
            if any(c.claim == claim.id and c.voice == "article" and c.kind in ("hedge", "speculation") for c in cues):
                continue  # the article hedges it too
            own = [p for p in propositions if p.voice == "article" and p.modality in _ASSERTED
                   and claim.span.start <= p.words.start < claim.span.end]
            claim.findings += _findings(own, sources)
        doc._.claims = claims
        return doc

    def _proposition(self, token: Token, quotes: list[Quote], positions: dict[int, str], text: str
                     ) -> Proposition | None:
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB" or lemma in _EMPTY or lemma in self.reporting or token.dep_ in ("amod", "aux"):
            return None
        if any(c.dep_ == "xcomp" for c in token.children):
            return None  # "tried to sell", "accused of trying to hide": the claim is the verb below
        passive = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        if passive is not None:  # "the sale was halted by the regulator": the agent acts on the subject
            agent = next((c for c in token.children if c.dep_ == "agent"), None)
            subject = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            thing: Token | None = passive
        else:
            subject = _doer(token)
            thing = next((c for c in token.children if c.dep_ == "dobj"), None)
        if subject is None:
            return None
        keys = [_key(subject, positions), _key(thing, positions) if thing is not None else (None, False)]
        if keys[0][0] is None:
            return None
        modality = clause_modality(token, text)[0]
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODAL_AUX) for c in token.children):
            modality = "hypothetical" if modality == "happened" else modality  # "can help", "would have": not asserted
        tokens = [t for t in token.subtree if not (t.dep_ in ("mark", "cc", "advmod", "punct") and t.head.i == token.i
                                                     and t.i < token.i)] + [subject]
        start = min(t.idx for t in tokens)
        end = max(t.idx + len(t.text) for t in token.subtree)
        hedge = next((_WEAK_WORDS[c.lower_] for c in token.children
                      if c.dep_ in ("aux", "advmod") and c.lower_ in _WEAK_WORDS), None)
        # the hand list's coarse reading ("block" and "oppose" both reject), else the verb itself: a CAMEO
        # pattern reads the words around the verb, which differ between two tellings of one proposition
        own = self.lexicon.own_verbs.get(lemma)
        category = own["category"] if own else lemma
        return Proposition(category, lemma, keys[0][0], keys[1][0],
                           sum(named for _, named in keys), modality, _voice(quotes, token.idx),
                           Span(start, end, text[start:end]), hedge)


def _doer(verb: Token) -> Token | None:
    """Who does it: the subject, inherited up through "tried to hide", "accused of hiding" (the one
    accused is the one said to have hidden), participles and conjunctions."""
    current = verb
    for _ in range(6):
        subjects = ("nsubj",) if current.i == verb.i else ("nsubj", "nsubjpass")
        subject = next((c for c in current.children if c.dep_ in subjects), None)
        if subject is not None:
            return subject
        if current.head.i == current.i or current.dep_ not in ("xcomp", "advcl", "conj", "pcomp", "prep", "ccomp"):
            return None
        current = current.head
    return None


def _key(token: Token, positions: dict[int, str]) -> tuple[str | None, bool]:
    """An actor's id (an office standing for its holder), else the head noun's lemma; pronouns unknown."""
    for part in (token, *token.children):
        if part.dep_ in ("compound", "flat") or part.i == token.i:
            actor = positions.get(part.idx)
            if actor is not None:
                return actor, True
    if token.pos_ in ("NOUN", "PROPN"):
        return token.lemma_.lower(), False
    return None, False


def _voice(quotes: list[Quote], offset: int) -> str:
    holders = [q for q in quotes if q.content.start <= offset < q.content.end]
    return min(holders, key=lambda q: q.content.end - q.content.start).id if holders else "article"


def _stance(proposition: Proposition, quotes: list[Quote], claims: list[Claim]) -> str | None:
    """How weakly a source states it, or None when it states it plainly. Sources are the quotes, and
    the article's own hedged or agentless sentences ("X reportedly resigned", "X is accused of …")."""
    words = proposition.words
    if proposition.voice == "article":
        unit = next((c for c in claims if c.span.start <= words.start < c.span.end), None)
        if unit is None:
            return None
        if unit.attribution.status == "agentless" and unit.attribution.cue is not None:
            return _AGENTLESS.get(unit.attribution.cue.text.split()[-1].lower()) or proposition.hedge
        return proposition.hedge
    if proposition.modality in _WEAK_MODALITIES:
        return _WEAK_MODALITIES[proposition.modality]
    quote = next((q for q in quotes if q.id == proposition.voice), None)
    if quote is None:
        return None
    if quote.speaker is not None and quote.speaker.kind == "unnamed_report":
        return "reported"
    if quote.cue is not None and quote.cue.cue_class in _WEAK_CUES:
        return _WEAK_CUES[quote.cue.cue_class]
    return proposition.hedge


def _findings(own: list[Proposition], sources: list[tuple[Proposition, str]]) -> list[Finding]:
    found: list[Finding] = []
    for mine in own:
        for theirs, stance in sources:
            if mine.words == theirs.words or not _same(mine, theirs) or \
                    any(f.source_span == theirs.words for f in found):
                continue
            source = theirs.voice if theirs.voice != "article" else "the article's own hedged report"
            why = (f"the article asserts '{_short(mine.words.text)}' ({mine.modality}); {source} states it as "
                   f"{stance}: '{_short(theirs.words.text)}'")
            quote = theirs.voice if theirs.voice != "article" else None
            found.append(Finding("claim_exceeds_source", why, quote, mine.words, theirs.words, mine.modality,
                                 stance, RULE))
    return found


def _same(a: Proposition, b: Proposition) -> bool:
    """The same predicate (or event category) with the same participants: at least one of them an
    actor of the article, or else the very same verb with the same subject and object ("a heater
    started the blaze" against "the blaze may have been started by a heater")."""
    if a.predicate != b.predicate or a.subject != b.subject:
        return False
    if a.object is not None and b.object is not None:
        if a.object != b.object:
            return False
    elif a.lemma != b.lemma:
        return False  # one side names no object: only the very same verb can still be the same claim
    if a.entities >= 1 and b.entities >= 1:
        return True
    return a.lemma == b.lemma and a.object is not None and a.object == b.object


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"
