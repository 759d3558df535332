"""Quotes and reported speech: who said what, to whom, with which cue, through which sources.

Constructions (each quote's cue names the lexicon entry, each quote its kind):
  direct    “…,” she said. / X said: “…” / “…,” X said, “…” / multi-paragraph quotations
  indirect  X said (that) … / X told Y (that) … / according to X, … / amid reports that …
  mixed     indirect speech with a quoted fragment inside
  block     "The Harbour Gazette reported:" followed by the quoted paragraph
  post      a pasted social post "… — Daily Ledger (@dailyledger) March 3, 2025"
A quote inside another (the speech inside a post, the report inside a block quote) records the
outer quote in ``inside`` and extends its source chain.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..model import Article, ChainLink, Entity, Quote, Range, Span, Speaker, SpeechCue
from .doctext import doc_text
from .lexicon import load, rule
from .posts import find_posts
from .quote_marks import has_quotation, is_short, is_title, quoted_spans
from .speakers import Said, SpeakerIndex
from .structure import paragraphs

CUES = "cues.tsv"
_SUBJECTS = ("nsubj", "nsubjpass")
_ADDRESSEE_VERBS = {"tell", "inform", "warn", "assure", "ask", "urge", "remind", "promise"}


@Language.factory("dateline_quotes", assigns=["doc._.quotes"], requires=["doc._.entities", "doc._.article"])
def make_quotes(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder()


@dataclasses.dataclass
class Found:
    """A quote before ids and chains are assigned."""

    kind: str
    span: Range
    content: Range
    cue: SpeechCue | None
    speaker: Speaker | None = None  # set at once only for posts; the others are resolved in text order
    addressee: Speaker | None = None
    post: object = None
    subject: Token | None = None  # the speaker's word as the sentence gives it
    verb: Token | None = None  # the reporting verb, when there is one
    target: Token | None = None  # the addressee's word ("told reporters")
    carry: bool = False  # a quotation that goes on with the previous speaker's words
    follows: bool = False  # a quotation right after reported speech: the same speaker's, if close enough


class QuoteFinder:
    def __init__(self) -> None:
        rows = load(CUES)
        self.verbs = {r["lemma"]: r["class"] for r in rows if r["pos"] in ("verb", "frame", "clause")}
        self.beside_quotes = {r["lemma"] for r in rows if r["pos"] in ("verb", "frame")}
        self.with_clauses = {r["lemma"] for r in rows if r["pos"] in ("verb", "clause")}
        self.nouns = {r["lemma"]: r["class"] for r in rows if r["pos"] == "noun"}

    def __call__(self, doc: Doc) -> Doc:
        article: Article | None = doc._.article
        text = doc_text(doc)
        entities: list[Entity] = list(doc._.entities or [])
        speakers = SpeakerIndex(entities, text, doc)
        body_start = article.body.start if article else 0
        blocks = paragraphs(text, body_start)
        found: list[Found] = []
        posts = find_posts(text, blocks)
        for pasted in posts:
            author = speakers.actor_at(pasted.author.start, pasted.author.end)
            if author is not None and author[1].text != pasted.post.author:
                author = None  # "City of Springfield" is not the place Springfield
            name = author[0].name if author else pasted.post.author
            kind = "outlet" if author and author[0].actor_type == "MED" else "named"
            speaker = Speaker(name, kind, author[0].id if author else None,
                              Span(pasted.author.start, pasted.author.end, text[pasted.author.start:pasted.author.end]),
                              "rule:post_signature")
            found.append(Found("post", pasted.paragraph, _trim(text, pasted.content), None, speaker, post=pasted.post))
        post_paragraphs = {p.paragraph.start for p in posts}
        found += self._blocks(doc, blocks, post_paragraphs)
        used_cues: set[int] = set()
        found += self._direct(doc, blocks, used_cues)
        found += self._indirect(doc, used_cues, found)
        found = _deduplicate(found)
        _resolve(text, found, speakers)
        types = {e.id: e.type for e in entities}
        doc._.quotes = _finish(text, article, found, types)
        return doc

    def _cue(self, token: Token, lemma: str | None = None) -> SpeechCue:
        lemma = lemma or token.lemma_.lower()
        cls = self.verbs.get(lemma) or self.nouns.get(token.lower_) or self.nouns.get(lemma)
        return SpeechCue(token.idx, token.idx + len(token.text), token.text, rule(CUES, lemma), cls)

    def _is_cue_verb(self, token: Token, beside_quote: bool = False) -> bool:
        """A reporting verb; "continued" only beside a quotation, "found" only with a that-clause."""
        allowed = self.beside_quotes if beside_quote else self.with_clauses
        return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in allowed

    def _blocks(self, doc: Doc, blocks: list[Range], posts: set[int]) -> list[Found]:
        """"The Harbour Gazette reported:" — the next paragraph is that source's words."""
        found = []
        text = doc_text(doc)
        for before, block in itertools.pairwise(blocks):
            if not text[before.start:before.end].rstrip().endswith(":") or block.start in posts:
                continue
            span = doc.char_span(before.start, before.end, alignment_mode="expand")
            if span is None:
                continue
            verbs = [t for t in span if self._is_cue_verb(t, beside_quote=True)]
            subjects = [c for v in verbs for c in v.children if c.dep_ in _SUBJECTS]
            if not verbs or not subjects:
                continue
            verb = subjects[0].head
            found.append(Found("block", block, block, self._cue(verb), subject=subjects[0]))
        return found

    def _direct(self, doc: Doc, blocks: list[Range], used: set[int]) -> list[Found]:
        text = doc_text(doc)
        found: list[Found] = []
        previous: Found | None = None
        quoted = quoted_spans(text, blocks)
        contents = Covered([content for _, content in quoted])
        for span, content in quoted:
            if is_title(text, span):
                continue
            spoken = text[content.start:content.end].rstrip()[-1:] in (",", ".", "!", "?", "…")
            short = is_short(text, content)
            if short and not spoken:
                continue  # scare quotes whatever the cue (and no cue search: a run of marks makes thousands)
            cue_token, subject = self._nearest_cue(doc, span, contents)
            according = _according_after(doc, span) if cue_token is None else None
            if short and (cue_token is None or not _adjacent(text, span, cue_token)):
                continue  # scare quotes: described the meeting as “productive”; “We will win,” she said is speech
            quote = Found("direct", span, content, None)
            if cue_token is not None:
                if _clause_is_the_quotation(cue_token, span):
                    # else the cue's own clause is read later: a mixed quote when it holds this quotation
                    # ("said the delay was “unacceptable”"), a second attribution when it does not
                    # ("said Apple employs 450 of them, and he sees “…”")
                    used.add(cue_token.i)
                quote.cue, quote.subject, quote.verb = self._cue(cue_token), subject, cue_token
                quote.target = _addressee(cue_token)
            elif according is not None:  # "“It is illegal …,” according to the commission."
                word, source = according
                quote.cue = SpeechCue(word.idx, word.idx + len("according to"),
                                      text[word.idx:word.idx + len("according to")], rule(CUES, "according to"),
                                      "neutral")
                quote.subject = source
            elif (signed := _signed(doc, span)) is not None:
                quote.subject = signed  # “…” — Ana Ruiz: a quotation signed with its speaker's name
            elif (introducer := _introduced(doc, span)) is not None:
                quote.subject = introducer  # "Lee issued a statement." / "Lee defended the plan:" then “…”
            elif previous is not None and _continues(text, previous, span):
                quote.carry = True  # the speaker's next words, after the attribution or in the next paragraph
            else:
                quote.follows = True  # perhaps the words of whoever the sentence before reported
            found.append(quote)
            previous = quote
        return found

    def _nearest_cue(self, doc: Doc, span: Range, contents: Covered) -> tuple[Token | None, Token | None]:
        """The reporting verb of the sentence(s) a quotation stands in, outside every quotation, and
        the speaker's word for it: its subject, or the name next to it when the parser took part of
        the quotation for the subject ("“Full panic mode,” said Ana Ruiz")."""
        first = doc.char_span(span.start, span.end, alignment_mode="expand")
        if first is None:
            return None, None
        best: tuple[int, Token, Token] | None = None
        for token in _around(first):
            if _inside(token.idx, contents) or not self._is_cue_verb(token, beside_quote=True):
                continue
            subject = _speaking_subject(token, span, contents)
            if subject is None:
                continue
            distance = min(abs(token.idx - span.end), abs(token.idx - span.start))
            if best is None or distance < best[0]:
                best = (distance, token, subject)
        return (best[1], best[2]) if best else (None, None)

    def _indirect(self, doc: Doc, used: set[int], found: list[Found]) -> list[Found]:
        text = doc_text(doc)
        direct = [f.content for f in found if f.kind == "direct"]
        results: list[Found] = []
        for token in doc:
            if token.i in used:
                continue
            if self._is_cue_verb(token):
                clauses = [c for c in token.children if c.dep_ == "ccomp"]
                # "NEW: X told Y the U.S. is …" parses the kicker as a second clause: take the longest
                clause = max(clauses, key=lambda c: len(list(c.subtree)), default=None)
                subject = _subject(token)
                if subject is None:
                    continue
                if clause is not None and token.lemma_.lower() not in self.beside_quotes and not _finite(clause):
                    continue  # "police found the van abandoned": a small clause, not a finding reported
                cue = self._cue(token)
                named = _characterised(token) if clause is None else None
                if named is not None:  # "critics called the plan “a disaster”": what was said of something
                    quoted = text[named.start:named.end]
                    kind = "mixed" if has_quotation(quoted) else "indirect"
                    first = min(t.idx for t in subject.subtree) if subject.i < token.i else cue.start
                    results.append(Found(kind, Range(min(first, cue.start), named.end), named, cue, subject=subject,
                                         verb=token))
                    continue
                set_off = _parenthetical(token) if clause is None else None
                if set_off is not None:  # "Acts of protest, Obama said, are acts of patriotism."
                    results.append(Found("indirect", set_off[0], set_off[0], cue, subject=set_off[1], verb=token))
                    continue
                if any(c.lower_ in ("so", "much") and c.dep_ in ("dobj", "advmod", "acomp") and c.i > token.i
                       for c in token.children) and (clause is None or clause.i < token.i):
                    continue  # "— even the minister said as much", "he said so too": words said again, told before
                    # in another's voice, no content of this speaker's own
                if clause is None:
                    # "A fire burned 12,000 acres, officials said." / "As Lee told reporters, the fire …"
                    fronted = _fronted_content(token) or _as_content(token)
                    if fronted is not None and not any(d.start <= cue.start < d.end for d in direct):  # not
                        # "X said, “We urge …”" read backwards as urging "X said"
                        results.append(Found("indirect", Range(fronted.start, token.idx + len(token.text)), fronted,
                                             cue, subject=subject, verb=token))
                    continue
            elif token.lower_ in self.nouns and token.pos_ == "NOUN":
                clause = next((c for c in token.children if c.dep_ in ("acl", "ccomp")
                               and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)), None)
                if clause is None:
                    continue
                subject = next((c for c in token.children if c.dep_ == "poss"), None) or token
                cue = self._cue(token, token.lower_)
            elif token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
                results.extend(q for q in self._according_to(doc, token)
                               if not any(_mostly(d, q.content) for d in direct))  # the quotation's own source
                continue
            else:
                continue
            content = _clause_range(clause)
            if any(d.start <= content.start and content.end <= d.end for d in direct):
                continue  # the quoted words themselves, already a direct quote
            if any(d.start <= cue.start < d.end for d in direct):
                continue  # a cue inside a quotation whose clause the parse found outside it
            quoted = text[content.start:content.end]
            kind = "mixed" if has_quotation(quoted) else "indirect"
            target = _addressee(token)
            # the attribution itself: speaker, cue and content ("she believed X" inside "Okafor said …")
            first = min(t.idx for t in subject.subtree) if subject.i < token.i else cue.start
            span = Range(min(first, cue.start, content.start), max(content.end, cue.end))
            results.append(Found(kind, span, content, cue, subject=subject, target=target, verb=token))
        return results

    def _according_to(self, doc: Doc, token: Token) -> list[Found]:
        """"According to officials, the talks collapsed": the rest of the sentence is the officials'."""
        to = doc[token.i + 1]
        source = _object_of(to)
        if source is None:
            return []
        phrase_end = max(t.idx + len(t.text) for t in source.subtree)
        sentence = token.sent
        text = doc_text(doc)
        if token.idx - sentence.start_char > 3:  # "… , according to X."
            content = Range(sentence.start_char, token.idx)
        else:
            content = Range(phrase_end, sentence.end_char)
        content = _trim(text, content)
        if content.end - content.start < 3:
            return []
        cue = SpeechCue(token.idx, to.idx + len(to.text), text[token.idx:to.idx + len(to.text)],
                        rule(CUES, "according to"), "neutral")
        span = Range(min(token.idx, content.start), max(content.end, phrase_end))
        return [Found("indirect", span, content, cue, subject=source)]


_RELATIVE = {"who", "which", "that"}
_NOT_SPEAKERS = {"that", "this", "which", "what"}
_QUOTED = {"quote", "cite"}  # "Lee was quoted as saying …": the passive subject is the speaker


def _subject(verb: Token) -> Token | None:
    """The speaker's word: through "who" to its antecedent; none for "That said, …". Of several
    subjects the parser hung on one verb ("Facebook co-founder Ann Lee tweeted" → co, Lee) the one
    nearest the verb; never a date ("from Friday theorized")."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and not _temporal(c)]
    before = [c for c in subjects if c.i < verb.i]
    subject = before[-1] if before else (subjects[0] if subjects else None)
    if subject is None and (named := _capitalised_before(verb)) is not None:
        return named  # "…, but Long still says …": before inheriting the first clause's subject
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ == "NOUN":
        return verb.head  # "a statement warning that …", "a voicemail saying …": the text speaks (for its author)
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"  # "…, saying “it's always a bad deal”"
    if subject is None and (verb.dep_ in ("conj", "xcomp") or participle) and verb.head.i != verb.i:
        inherited = [c for c in verb.head.children if c.dep_ in _SUBJECTS and not _temporal(c)]
        before_head = [c for c in inherited if c.i < verb.head.i]  # of several, the one nearest the first verb
        subject = before_head[-1] if before_head else (inherited[0] if inherited else None)  # (… co-founder Lee)
    if subject is not None and subject.lower_ in _RELATIVE and verb.dep_ == "relcl":
        return verb.head  # "the minister, who said …"
    if subject is not None and subject.dep_ == "nsubjpass" and verb.lemma_.lower() not in _QUOTED:
        # "Residents were told …", "It is believed that …": the subject hears; the speaker is the agent
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if subject is not None and subject.lower_ in _NOT_SPEAKERS:
        return None  # "That said, …": no one is speaking
    if subject is None and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return _name_before(verb)
    return subject


def _capitalised_before(verb: Token) -> Token | None:
    """"but Long still says …": a capitalised word right before the verb (adverbs like "still"
    aside), away from the sentence start, is a name the tagger took for an adverb or adjective."""
    i = verb.i - 1
    while i > verb.sent.start and verb.doc[i].pos_ == "ADV" and verb.doc[i].is_lower:
        i -= 1
    word = verb.doc[i]
    if i <= verb.sent.start or not word.is_title or word.pos_ not in ("ADV", "ADJ", "NOUN", "PROPN"):
        return None
    return word


def _name_before(verb: Token) -> Token | None:
    """"…, the Colorado Division of Fire Prevention and Control said.": the parser lost the subject;
    the noun right before a sentence-final reporting verb is the speaker."""
    for token in reversed(verb.doc[verb.sent.start:verb.i]):
        if token.is_punct:
            return None
        if token.pos_ in ("PROPN", "NOUN", "PRON"):
            return token
    return None


_REACH = 120  # tokens either side of a quotation where its reporting verb may stand


def _around(quotation: SpacySpan) -> list[Token]:
    """The words of the sentences a quotation stands in, and the attribution right after it even
    when the model ended the sentence at the closing mark ("“…?” | Clinton said.")."""
    doc = quotation.doc
    low, high = quotation.start - _REACH, quotation.end + _REACH  # a sentence of thousands of marks: not all
    tokens = {t.i: t for edge in (quotation[0], quotation[-1]) for t in edge.sent if low <= t.i < high}
    if quotation.text.rstrip("”\"' ")[-1:] not in (",", "?", "!", "—", "…"):
        return [tokens[i] for i in sorted(tokens)]  # “… ended.” Then a new sentence begins
    for token in doc[quotation.end:min(len(doc), quotation.end + 10)]:
        if token.text in ("“", '"', "«") or (token.is_sent_start and token.i > quotation.end + 1):
            break
        tokens[token.i] = token
        if token.text in (".", "!", "?", ":"):
            break
    return [tokens[i] for i in sorted(tokens)]


_SPEECH_OBJECTS = {"statement", "remarks", "speech", "interview", "message", "letter", "address", "comments",
                   "testimony", "post", "tweet", "video", "briefing", "note", "email"}


def _introduced(doc: Doc, span: Range) -> Token | None:
    """The speaker named by what introduces a quotation that has no cue of its own:
    "in the words of the prosecutor, Ann Lee, “…”", "Lee defended the plan: “…”",
    "Lee issued a statement on Monday. “…”"."""
    quotation = doc.char_span(span.start, span.end, alignment_mode="expand")
    if quotation is None or quotation.start == 0:
        return None
    lead = doc[max(0, quotation.start - 16):quotation.start]
    for token in lead:
        if token.i + 1 >= len(doc) or token.sent.start != quotation[0].sent.start:
            continue
        words = token.lower_ == "words" and token.i >= 2 and doc[token.i - 2].lower_ == "in"
        according = token.lower_ == "according" and doc[token.i + 1].lower_ == "to"
        if (words and doc[token.i + 1].lower_ == "of") or according:
            name = _object_of(doc[token.i + 1])
            if name is not None:
                return name  # "According to his aunt, Ann Lee, “…”", "in the words of the engineer, “…”"
    previous = doc[quotation.start - 1]
    while previous.is_space and previous.i > 0:
        previous = doc[previous.i - 1]
    if "\n\n" in doc_text(doc)[previous.idx:span.start]:
        return None  # a new paragraph after an unrelated one
    sentence = previous.sent
    if previous.text == ":":  # the clause before the colon: its first verb with a subject of its own
        for verb in doc[sentence.start:previous.i]:
            subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < previous.i), None)
            if verb.pos_ in ("VERB", "AUX") and subject is not None and subject.pos_ in _NOMINAL:
                return subject
        return None
    root = sentence.root
    subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.pos_ not in _NOMINAL:
        return None
    statement = any(c.dep_ == "dobj" and c.lemma_.lower() in _SPEECH_OBJECTS for c in root.children)
    return subject if statement and (previous.is_sent_end or previous.text in (".", "!")) else None


def _finite(clause: Token) -> bool:
    """A clause with a tense or a "that": "found that vans are stolen", not "found the van abandoned"."""
    return clause.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        (c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD")) or
        (c.dep_ == "mark" and c.lower_ == "that") for c in clause.children)


def _clause_is_the_quotation(cue: Token, span: Range) -> bool:
    """Whether the cue's reported clause is this quotation itself (or the cue reports no clause)."""
    for clause in cue.children:
        if clause.dep_ != "ccomp":
            continue
        tokens = list(clause.subtree)
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        if end <= span.start or span.end <= start:
            return False  # a clause of its own beside the quotation
        if start < span.start and span.end <= end + 1:
            return False  # the quotation is a fragment of the clause: a mixed quote
    return True


def _object_of(preposition: Token) -> Token | None:
    """The object of "according to" / "in the words of": of two the parser gives ("according to curator
    | Ann Lee"), the name."""
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    names = [c for c in objects if c.pos_ == "PROPN"]
    return names[-1] if names else (objects[0] if objects else None)


def _addressee(cue: Token) -> Token | None:
    """Whom the words were said to: "told reporters", "warned the minister"."""
    if cue.lemma_.lower() not in _ADDRESSEE_VERBS:
        return None
    return next((c for c in cue.children if c.dep_ in ("dobj", "dative", "iobj")), None)


class Covered:
    """Positions inside any of a set of ranges, found by bisection: a run of quotation marks makes
    thousands of quotations, and a scan of them all for every word of the sentence is quadratic."""

    def __init__(self, ranges: list[Range]) -> None:
        ordered = sorted(ranges, key=lambda r: r.start)
        self.starts = [r.start for r in ordered]
        self.reach = list(itertools.accumulate((r.end for r in ordered), max))

    def __contains__(self, position: int) -> bool:
        before = bisect.bisect_right(self.starts, position)
        return before > 0 and self.reach[before - 1] > position


def _inside(position: int, contents: Covered) -> bool:
    return position in contents


_NOMINAL = ("PROPN", "NOUN", "PRON")


def _speaking_subject(cue: Token, span: Range, contents: Covered) -> Token | None:
    """The speaker's word for a cue next to a quotation, never a word inside a quotation.

    The small model often takes a fragment of the quotation for the subject ("“Full panic mode,”
    said Ana Ruiz" → "mode"); then the noun phrase between the quotation and the cue ("“…,” the
    union's lawyer said"), or the name after the cue ("said Ana Ruiz"), is the speaker. A date
    after the cue ("said Monday") never is.
    """
    subject = _subject(cue)
    if subject is not None and not _inside(subject.idx, contents) and not _temporal(subject):
        return subject
    doc = cue.doc
    if span.end <= cue.idx:  # “…,” <the speaker> said
        gap = [t for t in doc[max(0, cue.i - 12):cue.i] if t.idx >= span.end]
        found = _name_in(gap)
        if found is not None or any(not t.is_punct for t in gap):
            return found
    between = doc_text(doc)[span.end:cue.idx] if span.end <= cue.idx else None
    inverted = between is not None and not between.strip(" ,\n—–-")  # “…,” said <the speaker>
    fronted = cue.is_sent_start or cue.i == cue.sent.start  # Said <the speaker>: “…”
    if not (inverted or fronted):
        return None  # "saying that the country has …": the words after a cue are what was said
    after: list[Token] = []
    for token in doc[cue.i + 1:min(len(doc), cue.i + 12)]:
        if token.is_punct or _inside(token.idx, contents) or token.sent.start != cue.sent.start:
            break
        after.append(token)
    return _name_in(after)


def _name_in(tokens: list[Token]) -> Token | None:
    """The speaker's word in a stretch that holds only the speaker's phrase: its last name word, else
    the noun the others hang from ("the union's lawyer")."""
    words = [t for t in tokens if not _temporal(t)]
    names = [t for t in words if t.pos_ == "PROPN"]
    if names:
        return names[-1]
    heads = [t for t in words if t.pos_ in _NOMINAL and (t.head not in tokens or t.head.pos_ not in _NOMINAL)]
    return heads[-1] if heads else None


def _temporal(token: Token) -> bool:
    """"Monday", "Thursday morning", "last week": when it was said, not who said it."""
    return token.ent_type_ in ("DATE", "TIME") or token.dep_ == "npadvmod"


_SIGNATURE = re.compile(r"[^\S\n]*[—―–][^\S\n]*(?P<name>[A-Z][\w.’'-]*(?:[^\S\n]+[A-Z][\w.’'-]*){0,4})")


def _signed(doc: Doc, span: Range) -> Token | None:
    """“We are not going anywhere.” — Ana Ruiz: the name after a dash that ends the quotation's line."""
    match = _SIGNATURE.match(doc_text(doc), span.end)
    if match is None:
        return None
    rest = doc_text(doc)[match.end():match.end() + 3]
    if rest.strip()[:1] not in ("", "“", '"', ",", ".") and "\n" not in rest:
        return None
    name = doc.char_span(match.start("name"), match.end("name"), alignment_mode="contract")
    return name.root if name is not None and len(name) else None


_NAMING = {"call", "describe", "label", "brand", "dub", "term", "characterize", "characterise"}


def _idiom_of_calling(verb: Token, thing: Token, complement: Token) -> bool:
    """"Thousands call the valley home" (they live there), "the team called it a day" (stopped): no one is
    speaking about anything (hard negative: "called the plan a disaster")."""
    if verb.lemma_.lower() != "call" or len(list(complement.subtree)) > 2:
        return False
    return complement.lower_ == "home" or (thing.lower_ == "it" and complement.lower_ in ("day", "quits", "night"))


def _characterised(verb: Token) -> Range | None:
    """"called the plan the worst ever", "described the delay as unacceptable": the thing and what it
    was called; "called the police" and "called for calm" are not speech about anything."""
    if verb.lemma_.lower() not in _NAMING:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return None
    thing = objects[0]
    complement = next((c for c in verb.children
                       if c.dep_ in ("oprd", "xcomp") or (c.dep_ == "dobj" and c.i != thing.i)), None)
    if complement is None:
        complement = next((c for c in (*verb.children, *thing.children) if c.dep_ == "prep" and c.lower_ == "as"),
                          None)
    if complement is None or _idiom_of_calling(verb, thing, complement):
        return None
    last = max(complement.subtree, key=lambda t: t.i)
    if last.i + 1 < len(verb.doc) and verb.doc[last.i + 1].dep_ == "advmod" and verb.doc[last.i + 1].head.i == verb.i:
        last = verb.doc[last.i + 1]  # "the worst ever"
    return Range(thing.left_edge.idx, last.idx + len(last.text))


def _fronted_content(cue: Token) -> Range | None:
    """The clause a sentence-final reporting verb hangs from, when the parser made the verb its child."""
    head = cue.head
    if cue.dep_ not in ("ccomp", "parataxis", "advcl") or head.i >= cue.i or head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("mark", "advmod") and c.i < cue.i for c in cue.children):
        return None  # "… after residents complained": a subordinate clause, not an attribution
    if any(not (t.is_punct or t.is_space) for t in cue.doc[cue.right_edge.i + 1:cue.sent.end]):
        return None  # the attribution ends its sentence: "…, officials said."
    if cue.tag_ == "VBG" and any(c.dep_ in ("dobj", "ccomp", "oprd") or (c.dep_ == "prep" and c.lower_ == "as")
                                 for c in cue.children):
        return None  # "…, adding the word “Harbour”", "…, citing a memo", "…, recognising as valid the town's
        # claim", "…, recognising that the tax was due": the participle has its own content, it does not attribute
        # the clause before (hard negative: "…, she told reporters.")
    first = cue.left_edge.i
    tokens = [t for t in head.subtree if t.i < first]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    if len(tokens) < 3:
        return None
    return Range(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))


_NAME_PARTS = {"PROPN", "NOUN", "PRON", "DET", "ADJ", "PART", "NUM"}


def _inverted_aside(cue: Token) -> Token | None:
    """", says Ann Lee," set off inside a sentence: the speaker's last name word, after the cue."""
    doc, sentence = cue.doc, cue.sent
    if cue.i - 1 <= sentence.start or doc[cue.i - 1].text != ",":
        return None
    end = cue.i + 1
    while end < sentence.end - 1 and doc[end].text != "," and doc[end].pos_ in _NAME_PARTS and end - cue.i < 8:
        end += 1
    if doc[end].text != "," or end == cue.i + 1:
        return None
    names = [t for t in doc[cue.i + 1:end] if t.pos_ in _NOMINAL or t.text[:1].isupper()]
    return names[-1] if names else None


def _as_content(cue: Token) -> Range | None:
    """"As Mensah told reporters, rents have risen …": the main clause an "as"-attribution introduces."""
    if cue.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < cue.i for c in cue.children):
        return None
    head = cue.head
    if head.i < cue.i or head.pos_ not in ("VERB", "AUX"):
        return None
    tokens = [t for t in head.subtree if t.i > cue.right_edge.i and not t.is_punct]
    if len(tokens) < 3:
        return None
    return Range(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))


def _parenthetical(cue: Token) -> tuple[Range, Token] | None:
    """"Acts of protest, Obama said, are acts of patriotism": an attribution set off by commas inside
    the sentence it reports. The content is the sentence around it; the speaker the phrase between the
    first comma and the cue (read from the words, since the parser often hangs the clause's subject
    on the cue too)."""
    doc, sentence = cue.doc, cue.sent
    inverted = _inverted_aside(cue)
    if inverted is not None:  # "The key to its success, says Ann Lee, is …"
        words = [t for t in sentence if not t.is_punct and not t.is_space]
        return Range(words[0].idx, words[-1].idx + len(words[-1].text)), inverted
    if cue.i + 1 >= sentence.end - 1 or doc[cue.i + 1].text != ",":
        return None
    start = cue.i - 1
    while start > sentence.start and doc[start].text != "," and doc[start].pos_ in _NAME_PARTS and cue.i - start < 9:
        start -= 1
    if doc[start].text != "," or start <= sentence.start + 1 or start == cue.i - 1:
        return None
    names = [t for t in doc[start + 1:cue.i] if t.pos_ in _NOMINAL]
    if not names:
        return None
    words = [t for t in sentence if not t.is_punct and not t.is_space]
    return Range(words[0].idx, words[-1].idx + len(words[-1].text)), names[-1]


def _mostly(quoted: Range, content: Range) -> bool:
    overlap = min(quoted.end, content.end) - max(quoted.start, content.start)
    return overlap > 0.8 * (content.end - content.start)


def _according_after(doc: Doc, span: Range) -> tuple[Token, Token] | None:
    """", according to X" right after a quotation: ("according", X's head word)."""
    after = doc.char_span(span.end, min(len(doc_text(doc)), span.end + 30), alignment_mode="expand")
    if after is None:
        return None
    for token in after:
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            source = _object_of(doc[token.i + 1])
            return (token, source) if source is not None else None
    return None


def _adjacent(text: str, span: Range, cue: Token) -> bool:
    """“We will win,” coach Ana Ruiz said: only the speaker's words lie between quotation and cue."""
    gap = text[span.end:cue.idx] if cue.idx >= span.end else text[cue.idx + len(cue.text):span.start]
    return len(gap.split()) <= 5 and "." not in gap


def _clause_range(clause: Token) -> Range:
    tokens = [t for t in clause.subtree if not (t.dep_ == "mark" and t.lower_ == "that" and t.head.i == clause.i)]
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return Range(start, end)


def _end(text: str, end: int) -> int:
    return end - (len(text[:end]) - len(text[:end].rstrip()))


def _trim(text: str, span: Range) -> Range:
    chunk = text[span.start:span.end]
    left = span.start + len(chunk) - len(chunk.lstrip(" ,;:—-\n"))
    right = span.end - (len(chunk) - len(chunk.rstrip(" ,;:—-\n")))
    return Range(left, max(left, right))


def _continues(text: str, previous: Found, current: Range) -> bool:
    """A quotation with no cue of its own goes on with the last speaker's words when it opens the next
    paragraph, follows the previous quotation's own attribution ("“…,” said Ana Ruiz, a nurse. “…”"),
    or is the next sentence ("“…,” Elleithee said. “The stories …”")."""
    between = text[previous.span.end:current.start]
    line_start = text.rfind("\n", 0, current.start) + 1
    if between.count("\n\n") <= 1 and len(between) < 300 and not text[line_start:current.start].strip():
        return True
    if "\n" in between:
        return False
    attribution = previous.cue is not None and previous.span.end <= previous.cue.start < current.start
    sentences = between.count(". ") + between.count("? ") + between.count("! ")
    return (attribution and len(between) < 400 and sentences <= 1) or \
        (len(between) < 80 and between.rstrip().endswith("."))


def _deduplicate(found: list[Found]) -> list[Found]:
    """One record per stretch of speech: the richer reading wins (a block over its own sentences)."""
    order = {"post": 0, "block": 1, "direct": 2, "mixed": 3, "indirect": 4}
    kept: list[Found] = []
    mixed = [f.content for f in found if f.kind == "mixed"]
    for quote in sorted(found, key=lambda f: (order[f.kind], f.content.start)):
        if quote.kind == "direct" and any(m.start <= quote.span.start and quote.span.end <= m.end for m in mixed):
            continue  # the quoted fragment of a mixed quote is part of it
        if any(k.content == quote.content or (k.kind == "block" and _same_stretch(k.content, quote.span))
               for k in kept):
            continue  # "Obama tweeted:" + a paragraph in quotation marks is one quote, not two
        kept.append(quote)
    return sorted(kept, key=lambda f: (f.span.start, -f.span.end))


def _same_stretch(block: Range, span: Range) -> bool:
    return abs(block.start - span.start) <= 2 and abs(block.end - span.end) <= 2


def _resolve(text: str, found: list[Found], speakers: SpeakerIndex) -> None:
    """Speakers in text order, so that "he added" can look back to who spoke last."""
    history: list[Said] = []
    last_direct: Speaker | None = None
    done: list[Found] = []
    for item in sorted(found, key=lambda f: f.span.start):
        if item.speaker is None:
            if item.carry:
                item.speaker = _carried(last_direct, "rule:continues_quotation")
            elif item.follows:
                item.speaker = _carried(_reported_before(text, item, done), "rule:follows_reported_speech")
            elif item.subject is not None:
                inside = _holder(found, item.subject.idx)
                item.speaker = speakers.speaker(item.subject, history, inside, item.verb)
            else:
                item.speaker = Speaker(None, "unresolved", rule="rule:no_cue_no_speaker")
        if item.target is not None:
            item.addressee = speakers.speaker(item.target, history)
        if item.kind == "direct":
            last_direct = item.speaker
        if item.speaker.kind != "unresolved":
            where = item.subject.idx if item.subject is not None else item.span.start
            history.append(Said(where, item.speaker))
            history.sort(key=lambda said: said.position)
        done.append(item)


def _carried(speaker: Speaker | None, rule: str) -> Speaker:
    """The speaker a quotation with no cue of its own inherits, with the rule that passed it on."""
    if speaker is None:
        return Speaker(None, "unresolved", rule=rule.replace("rule:", "rule:no_speaker_to_"))
    return dataclasses.replace(speaker, rule=rule)


def _reported_before(text: str, item: Found, done: list[Found]) -> Speaker | None:
    """"Mensah noted the survey shows … . “A cheaper ferry would …”": a quotation with no cue
    right after a sentence reporting someone's words is more of them."""
    before = [f for f in done if f.span.end <= item.span.start and f.kind != "post" and f.speaker is not None
              and f.speaker.kind != "unresolved"]
    if not before:
        return None
    last = max(before, key=lambda f: f.span.end)
    between = text[last.span.end:item.span.start]
    if "\n\n" in between.strip() or len(between) > 160:
        return None
    return last.speaker


def _holder(found: list[Found], position: int) -> Speaker | None:
    """The speaker of the innermost quotation holding ``position`` (for "I" and "we" inside it)."""
    holders = [f for f in found if f.content.start <= position < f.content.end and f.speaker is not None]
    if not holders:
        return None
    return min(holders, key=lambda f: f.content.end - f.content.start).speaker


def _finish(text: str, article: Article | None, found: list[Found], types: dict[str, str]) -> list[Quote]:
    """Ids in text order, the quote each one sits inside, and chains from the article outwards."""
    quotes: list[Quote] = []
    outlet = ChainLink("outlet", article.outlet if article and article.outlet else "(this article)")
    for number, item in enumerate(found, start=1):
        parent = _container(item, found, quotes)
        quote = Quote(
            id=f"q{number}", kind=item.kind,
            span=Span(item.span.start, item.span.end, text[item.span.start:item.span.end]),
            content=Span(item.content.start, item.content.end, text[item.content.start:item.content.end]),
            cue=item.cue, speaker=item.speaker, addressee=item.addressee,
            post=item.post if item.post is not None else None,  # type: ignore[arg-type]
            inside=parent.id if parent else None,
        )
        link = _link(item.speaker, item.cue, types)
        quote.chain = (list(parent.chain) if parent else [outlet]) + ([link] if link else [])
        quotes.append(quote)
    return quotes


def _container(item: Found, found: list[Found], done: list[Quote]) -> Quote | None:
    """The innermost earlier quote whose content holds this one."""
    best = None
    for other, quote in zip(found, done, strict=False):
        if other is item:
            continue
        inside = other.content.start <= item.span.start and item.content.end <= other.content.end
        if inside and (best is None or other.content.end - other.content.start < best[0]):
            best = (other.content.end - other.content.start, quote)
    return best[1] if best else None


def _link(speaker: Speaker | None, cue: SpeechCue | None, types: dict[str, str]) -> ChainLink | None:
    if speaker is None or speaker.name is None:
        return None
    kind = speaker.kind
    if kind == "named":
        kind = types.get(speaker.entity or "", "named")
    return ChainLink(kind, speaker.name, speaker.entity, cue)
