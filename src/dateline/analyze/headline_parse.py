"""A headline parsed on its own.

Inside the article the small model reads a headline through the lead that follows it, and a terse
headline ("Police arrest suspect in bank robbery") comes out as one long noun phrase with no verb, so
the happening it names is lost. Parsed alone, the same words often get their verb back. The headline's
own parse replaces the in-article one when the alone reading has a verb at its root and the in-article one has
none, or the headline is in title case (parsed alone in sentence case: the small model reads every capitalised
word as a name); everything else keeps the article's parse.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..model import Article
from .doctext import doc_text

_MAX_WORDS = 16  # longer lines are sentences, not headlines


@Language.factory("dateline_headline", assigns=["token.tag", "token.dep", "token.head"], requires=["doc._.article"])
def make_headline_parse(nlp: Language, name: str) -> HeadlineParse:
    return HeadlineParse(nlp)


class HeadlineParse:
    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        article: Article | None = doc._.article
        line = headline(doc, article.body.start if article else 0)
        if line is None:
            return doc
        cased = _sentence_case(line, doc)
        if cased == line.text and line.root.tag_.startswith("VB"):
            return doc  # a sentence-case headline the article's parse already reads with its verb
        alone = self._parse(cased)
        if [t.lower_ for t in alone] != [t.lower_ for t in line]:
            return doc  # tokenised otherwise alone: no word-for-word copy
        skip = 0
        if not _verb_rooted(alone) and alone[0].tag_ in ("NN", "NNS", "NNP") \
                and alone[0].text not in _body_names(line, doc):
            led = self._parse("The " + cased[:1].lower() + cased[1:])  # "Singer checks into clinic": with an
            if _verb_rooted(led) and led[0].head.i > 0 and not any(  # article the noun is a subject,
                    t.dep_ == "ROOT" and t.lower_.endswith("ings") for t in led):  # "checks" its verb (not
                alone, skip = led, 1  # "storm warnings", a noun whatever the tagger says)
        place: list[int | None] = list(range(-skip, len(alone) - skip))  # each word's place in the line (None: added)
        if not _verb_rooted(alone) and skip == 0:
            alone, place = self._told_done(cased, alone, place)
        if not _verb_rooted(alone):
            return doc
        if cased != line.text:
            doc.user_data[_CASED] = (line.start, line.end, cased)  # for the names, read again after the tagger
        rows = doc.to_array([HEAD, DEP, TAG])
        for token in alone:
            at, head = place[token.i], place[token.head.i]
            if at is None or at < 0 or head is None:
                continue
            row = line.start + at
            rows[row, 0] = numpy.array(head - at).astype(rows.dtype)  # heads are relative
            rows[row, 1] = token.dep
            rows[row, 2] = token.tag
        doc.from_array([HEAD, DEP, TAG], rows)  # type: ignore[arg-type]  # uint64 rows, as to_array gives
        return doc

    def _told_done(self, cased: str, alone: Doc, place: list[int | None]) -> tuple[Doc, list[int | None]]:
        """"Ferry captain arrested after crash" reads alone as a captain described by an arrest: headlines drop
        "was", so the participle after the noun is read again with it ("… captain was arrested after crash"), and
        is the headline's verb when that reading has it at the root. Hard negative: "Police arrest captain" has
        its verb already."""
        participle = next((t for t in alone if t.tag_ == "VBN" and t.dep_ == "acl" and t.head.dep_ == "ROOT"
                           and t.head.tag_.startswith("NN") and t.head.i < t.i), None)
        if participle is None:
            return alone, place
        told = self._parse(cased[:participle.idx] + "was " + cased[participle.idx:])
        added = participle.i
        if len(told) != len(alone) + 1 or not _verb_rooted(told) or told[added + 1].dep_ != "ROOT" \
                or any(t.head.i == added and t.i != added for t in told):
            return alone, place
        return told, [*range(added), None, *range(added, len(alone))]


    def _parse(self, text: str) -> Doc:
        alone = self.nlp.make_doc(text)
        for name in ("tok2vec", "tagger", "parser"):
            alone = self.nlp.get_pipe(name)(alone)
        return alone


def _verb_rooted(doc: Doc) -> bool:
    roots = [t for t in doc if t.dep_ == "ROOT"]
    return len(roots) == 1 and roots[0].tag_.startswith("VB")


@Language.factory("dateline_headline_names", assigns=["doc.ents"])
def make_headline_names(nlp: Language, name: str) -> HeadlineNames:
    return HeadlineNames(nlp)


class HeadlineNames:
    """The names of a title-case headline read from its sentence-case form: read as written, "Police Arrest
    Suspect" is one organisation's name."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        cased = doc.user_data.pop(_CASED, None)
        if cased is None:
            return doc
        start, end, text = cased
        alone = self.nlp.make_doc(text)
        for name in ("tok2vec", "ner"):
            alone = self.nlp.get_pipe(name)(alone)
        kept = [e for e in doc.ents if e.end <= start or e.start >= end]
        found = [Span(doc, start + e.start, start + e.end, label=e.label_) for e in alone.ents]
        doc.set_ents(sorted(kept + found, key=lambda e: e.start))
        return doc


_CASED = "dateline_headline_cased"
_MINOR_WORDS = {"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from",
                "as", "up", "off", "out", "over", "into", "onto", "via", "vs", "per", "amid", "after", "before"}


def _sentence_case(line: Span, doc: Doc) -> str:
    """A title-case headline ("Riot Breaks Out At Vigil") as a sentence would be written, so that the tagger does
    not read every word as a name: each capitalised word after the first is lowered unless the article's body
    writes it capitalised inside a sentence (a name, "Police Chief Ann Lee")."""
    words = [t for t in line if t.is_alpha]
    if len(words) < 3 or any(t.text[:1].islower() and t.lower_ not in _MINOR_WORDS for t in words):
        return line.text  # a content word written small: not title case ("The Courier reported:")
    names = _body_names(line, doc)
    out = []
    for token in line:
        text = token.text
        if token.i > line.start and text[:1].isupper() and not text.isupper() and text not in names:
            text = text.lower()
        out.append(text + token.whitespace_)
    return "".join(out).rstrip()


def _body_names(line: Span, doc: Doc) -> set[str]:
    """Words the body writes capitalised inside a sentence: names, whatever case the headline gives them."""
    return {t.text for t in doc[line.end:] if t.text[:1].isupper() and not t.is_sent_start and t.i > 0
            and not doc[t.i - 1].is_punct}


def headline(doc: Doc, body: int) -> Span | None:
    """The body's first sentence when it is a line of its own, short and without a closing full stop."""
    text = doc_text(doc)
    first = next((t for t in doc if t.idx >= body and not t.is_space), None)
    if first is None:
        return None
    end = text.find("\n", first.idx)
    line = text[first.idx:end if end >= 0 else len(text)].strip()
    sentence = first.sent
    words = [t for t in sentence if not t.is_space]
    if not words or sentence.start != first.i or text[words[0].idx:words[-1].idx + len(words[-1])] != line:
        return None
    if line.endswith((".", ":")) or not 3 <= len(words) <= _MAX_WORDS:
        return None  # a line that ends with a colon brings in what follows
    return doc[words[0].i:words[-1].i + 1]
