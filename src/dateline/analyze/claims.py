"""Claims: what the article states, what kind of statement each is, and on whose authority.

Each body sentence is a claim unit. Its attribution comes from the quotes layer (inside a quote,
or reporting one), else from an agentless construction ("has been accused of", "it is believed"),
else it is the article's own voice. Its kind is read from cues and constructions:
  question        ends with "?"
  speculation     a speculation cue in the claim's own voice ("may have been", "could")
  opinion         evaluation or motive stated as fact ("should", "the aim was to", "in a sign of")
  characterisation  speech described, not quoted ("made scathing remarks", "accused of")
  factual         the rest: an event, a number, a state of affairs that can be checked
Check-worthiness is the probability from the model trained on ClaimBuster (checkworthy.py); each
claim lists descriptive features (number, named actor, past event, comparison, causal) and the model
features that raised its score most. A claim the article asserts in its own voice
that its cited source gives only as reported or hedged gets a "claim_exceeds_source" finding
(findings.py, after the events layer).
"""

from __future__ import annotations

import itertools
import re

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as Sentence

from ..model import Article, Attribution, Claim, Cue, Entity, Quote, Span
from .checkworthy import judge
from .cues import CueFinder, learned, voice
from .doctext import doc_text

_OPINION = re.compile(r"\b(?:should|ought to|must|need to|needs to|the (?:goal|aim|purpose|point|idea|intent) "
                      r"(?:is|was) to|is designed to|is intended to|"
                      # the writer reading an event as evidence of a trend: "in a sign of", "another sign that";
                      # not a found trace ("no sign of the boat")
                      r"(?:in (?:a|another|yet another)|another|(?:a|the) (?:clear|further|fresh|latest))"
                      r" sign (?:of|that)|"
                      r"(?:good|bad|wrong|right) (?:for|to)|in reality|clearly|obviously)\b", re.IGNORECASE)
_SPEECH_NOUNS = {"remarks", "comments", "statement", "speech", "words", "rhetoric", "criticism", "attack",
                 "tirade", "praise", "claims", "allegations"}
_CHARACTERISING_VERBS = {"accuse", "criticize", "criticise", "praise", "condemn", "denounce", "deliver"}
_CAUSAL = re.compile(r"\b(?:because|due to|caused|causing|led to|leads to|as a result|therefore|so that|"
                     r"resulted in|owing to|"
                     r"pos(?:es|ed|ing) (?:a |an )?(?:\w+ )?(?:risks?|threats?|dangers?|hazards?))\b",
                     re.IGNORECASE)  # "the dam poses a risk to the villages"; not "posed for photographs"
_COMPARISON = re.compile(r"\b(?:more than|less than|fewer than|over \d|under \d|record|highest|lowest|largest|"
                         r"smallest|biggest|first|last|only|most|least|twice|half)\b", re.IGNORECASE)
_SIGNATURE = re.compile(r"\(@\w+\)|https?://")
_REPORTED = {"unnamed_report", "anonymous_official", "anonymous"}
_HEARSAY = {"reportedly", "allegedly", "purportedly", "supposedly"}  # a source invoked, no one named
WEIGHTS = {"number": 0.2, "named_actor": 0.15, "past_event": 0.15, "comparison": 0.1, "causal": 0.1,
           "quantity": 0.05}


@Language.factory("dateline_claims", assigns=["doc._.claims", "doc._.cues", "doc._.profile"],
                  requires=["doc._.quotes", "doc._.entities", "doc._.article"], default_config={"learned_cues": False})
def make_claims(nlp: Language, name: str, learned_cues: bool) -> ClaimReader:
    return ClaimReader(learned_cues)


class ClaimReader:
    def __init__(self, learned_cues: bool = False) -> None:
        self.cue_finder = CueFinder()
        # The PTC-trained span model finds far more than the lexicons, but on plain news copy most of
        # its flags are topic words ("pilot", "law"), so it stays off unless asked for.
        self.learned_cues = learned_cues

    def __call__(self, doc: Doc) -> Doc:
        article: Article | None = doc._.article
        quotes: list[Quote] = list(doc._.quotes or [])
        entities: list[Entity] = list(doc._.entities or [])
        text = doc_text(doc)
        body_start = article.body.start if article else 0
        listed = self.cue_finder.find(text, body_start, len(text))
        found = listed + (learned(doc, body_start, listed) if self.learned_cues else [])
        cues = [Cue(f"k{n}", kind, span, rule_name, voice(quotes, span.start, span.end), None, technique)
                for n, (kind, span, rule_name, technique) in enumerate(sorted(found, key=lambda c: c[1].start), 1)]
        named = {(m.start, m.end) for e in entities if e.type in ("person", "organisation") for m in e.mentions}
        claims: list[Claim] = []
        for sentence in doc.sents:
            if sentence.end_char <= body_start or not _is_claim(text, sentence):
                continue
            for unit in clause_units(sentence):
                claims.append(self._claim(f"c{len(claims) + 1}", text, unit, quotes, cues, named))
        cues = [_tie(cue, claims) for cue in cues]
        doc._.claims = claims
        doc._.cues = cues
        doc._.profile = profile(text, article, claims, cues, quotes)
        return doc

    def _claim(self, cid: str, text: str, sentence: Sentence, quotes: list[Quote], cues: list[Cue],
               named: set[tuple[int, int]]) -> Claim:
        start, end = sentence.start_char, sentence.start_char + len(sentence.text.rstrip())
        span = Span(start, end, text[start:end])
        holder = _holder(quotes, start, end)
        own_voice = holder.id if holder else "article"
        inside = [c for c in cues if start <= c.span.start and c.span.end <= end]
        mine = [c for c in inside if c.voice == own_voice]
        attribution = _attribution(holder, quotes, start, end, inside)
        kind = _kind(sentence, span.text, mine, quotes)
        features = _features(sentence, named)
        judged = judge(sentence)
        if judged is None:  # no trained model in this install: the hand-set weights
            score = round(min(1.0, 0.2 + sum(WEIGHTS[f] for f in features)), 2)
        else:  # the ClaimBuster-trained model; its strongest features explain the score
            score = round(judged[0], 3)
            features += [f"model:{c.feature}" for c in judged[1]]
        if kind != "factual":
            score = round(score * 0.5, 3)  # an opinion or a speculation is not a claim to check as stated
        return Claim(cid, span, kind, attribution, score, features)


def clause_units(sentence: Sentence) -> list[Sentence]:
    """A sentence cut where it joins claims that can be checked apart.

    Cuts before ", but/and <clause with its own subject>", ", which/who …" (non-restrictive),
    ", <participle> …" ("…, signing two contracts … that run until 2030") and appositions of
    four or more words ("Kassala, …, the only town on the river that the rebels have not taken").
    """
    doc = sentence.doc
    cuts = set()
    for token in sentence:
        first = doc[token.left_edge.i]
        before = doc[first.i - 1] if first.i > sentence.start else None
        after_comma = before is not None and before.text in (",", "—", "–", ";")
        if token.dep_ != "conj" and (not after_comma or first.i <= sentence.start + 2):
            continue
        size = token.right_edge.i - first.i + 1
        relative = token.dep_ == "relcl" and first.lower_ in ("which", "who")
        participle = token.dep_ == "advcl" and token.tag_ == "VBG" and first.i == token.i
        if (relative or participle) and size >= 4:
            cuts.add(first.i)
        elif token.dep_ in ("appos", "npadvmod", "dep", "attr") and token.pos_ == "NOUN" and size >= 4:
            cuts.add(first.i)  # "…, a busy trading post and the only town on the river …"
        elif token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass")
                                                                          for c in token.children):
            conjunction = next((c for c in token.children if c.dep_ == "cc" and c.i < token.i), None) or \
                next((c for c in token.head.children if c.dep_ == "cc" and c.i < token.i), None)
            start = conjunction.i if conjunction is not None and conjunction.i > sentence.start + 2 else first.i
            if doc[start - 1].text in (",", ";"):
                cuts.add(start)
    cuts = {cut for cut in cuts if not _splits_subject(sentence, cut)}
    bounds = [sentence.start, *sorted(cuts), sentence.end]
    units = [doc[a:b] for a, b in itertools.pairwise(bounds) if b - a >= 3]
    return units or [sentence]


def _splits_subject(sentence: Sentence, cut: int) -> bool:
    """A cut between a subject (with its apposition) and its verb would leave both halves without a
    claim: "Ann Lee, a union organiser, | said …"."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.i < cut <= t.head.i for t in sentence if t.i < cut)


def _title_case(words: str) -> bool:
    """A line set in headline case without a full stop: "Council Approves New Budget For Harbour"."""
    tokens = [w for w in words.split() if w[:1].isalpha()]
    if len(tokens) < 4 or words.rstrip()[-1:] in (".", "!", "?", '"', "”"):
        return False
    return sum(w[0].isupper() for w in tokens) >= 0.8 * len(tokens)


def _is_claim(text: str, sentence: Sentence) -> bool:
    words = sentence.text.strip()
    if len(words.split()) < 3 or words.endswith(":"):
        return False  # "The Harbour Gazette reported:" introduces a claim; it is not one
    if not any(t.pos_ in ("VERB", "AUX") for t in sentence):
        return False  # a byline, a time stamp or a heading states nothing
    if (words.startswith("[") and words.endswith("]")) or _title_case(words):
        return False  # "[Related: Council Approves Budget]", a subheading: page furniture, not the article's claims
    return not (_SIGNATURE.search(words) and len(words.split()) < 12)


def _holder(quotes: list[Quote], start: int, end: int) -> Quote | None:
    """The innermost quote whose content holds most of the sentence: whose words these are."""
    best = None
    for quote in quotes:
        overlap = min(end, quote.content.end) - max(start, quote.content.start)
        if overlap >= 0.6 * (end - start) and (best is None or quote.content.end - quote.content.start
                                              < best.content.end - best.content.start):
            best = quote
    return best


def _attribution(holder: Quote | None, quotes: list[Quote], start: int, end: int, cues: list[Cue]) -> Attribution:
    reporting = holder or next((q for q in quotes if q.kind in ("indirect", "mixed", "direct")
                                and start <= q.span.start and q.span.end <= end + 1), None) or \
        next((q for q in quotes if q.cue is not None and start <= q.cue.start < end
              and q.content.start < end and start < q.content.end), None)  # "…, according to X." ends a unit
    if reporting is not None and reporting.speaker is not None:
        speaker = reporting.speaker
        status = {"unresolved": "unresolved"}.get(speaker.kind, "anonymous" if speaker.kind in _REPORTED
                                                   else "attributed")
        mention = speaker.mention
        if mention is not None and any(c.kind == "agentless" and c.span.start <= mention.start < c.span.end
                                       for c in cues):
            status = "agentless"  # "Critics say …": a source invoked, no one named
        cue = Span(reporting.cue.start, reporting.cue.end, reporting.cue.text) if reporting.cue else None
        return Attribution(status, reporting.id, speaker.name, cue)
    agentless = next((c for c in cues if c.kind == "agentless" or (c.voice == "article" and
                                                                     c.span.text.lower() in _HEARSAY)), None)
    if agentless is not None:  # "has been accused of", "critics say", "Allegedly, …", "reportedly resigned"
        return Attribution("agentless", None, None, agentless.span)
    return Attribution("unattributed")


def _kind(sentence: Sentence, text: str, cues: list[Cue], quotes: list[Quote]) -> str:
    if text.rstrip().endswith("?"):
        return "question"
    if _OPINION.search(text):
        return "opinion"  # "The aim was to …, ostensibly because … could …": the frame decides
    if any(c.kind == "speculation" for c in cues):
        return "speculation"
    if any(c.kind == "doubt" for c in cues):
        return "opinion"
    quoted = any(sentence.start_char <= q.content.start and q.content.end <= sentence.end_char for q in quotes)
    if not quoted and any(t.lemma_.lower() in _CHARACTERISING_VERBS or t.lower_ in _SPEECH_NOUNS for t in sentence):
        return "characterisation"
    loaded_verbs = {c.span.start for c in cues if c.kind == "loaded"}
    if any(t.idx in loaded_verbs and t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "relcl", "conj")
           for t in sentence):
        return "characterisation"  # "which sneaked arms across …", "X slammed Y": conduct described in loaded terms
    return "factual"


def _features(sentence: Sentence, named: set[tuple[int, int]]) -> list[str]:
    features = []
    text = sentence.text
    if any(t.like_num and not t.is_stop for t in sentence) or re.search(r"\d", text):
        features.append("number")
    if any(sentence.start_char <= s and e <= sentence.end_char for s, e in named):
        features.append("named_actor")
    if any(t.tag_ in ("VBD", "VBN") and t.dep_ in ("ROOT", "ccomp", "conj", "relcl") for t in sentence):
        features.append("past_event")
    if _COMPARISON.search(text):
        features.append("comparison")
    if _CAUSAL.search(text):
        features.append("causal")
    if any(t.lower_ in ("percent", "%", "million", "billion", "thousand", "hundreds", "dozens") for t in sentence):
        features.append("quantity")
    return features


def _tie(cue: Cue, claims: list[Claim]) -> Cue:
    owner = next((c.id for c in claims if c.span.start <= cue.span.start and cue.span.end <= c.span.end), None)
    return Cue(cue.id, cue.kind, cue.span, cue.rule, cue.voice, owner, cue.technique)


def profile(text: str, article: Article | None, claims: list[Claim], cues: list[Cue],
            quotes: list[Quote]) -> dict[str, float]:
    """The article's sourcing at a glance, comparable across articles and outlets.

    Statuses count factual claims. ``anonymous`` is a source the article leaves unnamed; a speaker
    dateline could not resolve is ``unresolved``, counted apart. ``hedges`` and ``loaded`` count
    the article's own voice; ``quoted_hedges`` and ``quoted_loaded`` the words of those it quotes.
    """
    body_start = article.body.start if article else 0
    body = max(1, len(text.rstrip()) - body_start)
    quoted: set[int] = set()
    for quote in quotes:
        quoted.update(range(max(quote.content.start, body_start), quote.content.end))
    factual = [c for c in claims if c.kind == "factual"]
    statuses = {s: sum(c.attribution.status == s for c in factual)
                for s in ("attributed", "anonymous", "agentless", "unattributed", "unresolved")}
    named = {q.speaker.name for q in quotes if q.speaker and q.speaker.kind in ("named", "outlet") and q.speaker.name}
    unnamed = {(q.speaker.name or "").lower() for q in quotes if q.speaker and q.speaker.kind in _REPORTED}
    article_cues = [c for c in cues if c.voice == "article"]
    quoted_cues = [c for c in cues if c.voice != "article"]
    return {
        "claims": len(claims),
        "factual": len(factual),
        **statuses,
        "named_sources": len(named),
        "quoted_share": round(len(quoted) / body, 3),
        "hedges": sum(c.kind in _HEDGING for c in article_cues),
        "loaded": sum(c.kind in _LOADED for c in article_cues),
        "anonymous_sources": len(unnamed),
        "unresolved_speakers": sum(q.speaker is not None and q.speaker.kind == "unresolved" for q in quotes),
        "quoted_hedges": sum(c.kind in _HEDGING for c in quoted_cues),
        "quoted_loaded": sum(c.kind in _LOADED for c in quoted_cues),
    }


_HEDGING = {"hedge", "speculation", "doubt"}
_LOADED = {"loaded", "name_calling", "exaggeration", "fear", "persuasion"}
