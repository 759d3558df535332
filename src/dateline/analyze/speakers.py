"""Who a reporting verb's subject is: an actor of the article, or an unnamed source of a known kind.

The speaker is the head of the subject (or agent, or object of "according to"), never a word that
only modifies it:
  "Moreno's attorney, Dana Reyes, said"  → Dana Reyes (the apposition names the head; the possessor does not speak)
  "Greek farmers said"                   → unnamed farmers, not Greece
  "the Harbour Authority's office said"  → that office, not the authority's place name
  "a statement from Mayor Ann Lee said"  → Ann Lee (a document speaks for its author: "from", "by", a possessor)
Pronouns and descriptions resolve to the compatible actor named most recently, with the reason kept:
  "he said"       → the previous speaker if he is a man or unknown, else the last man named in reach
  "it said"       → the last organisation named or speaking
  "the minister"  → the last person holding a minister's title; "the agency" → the last agency named
  "I" / "we"      → inside a quotation, its speaker; outside, the article's author
A subject no rule can tie to anyone is ``unresolved``: the words are kept, and it is never counted as
an anonymous source.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from ..model import Entity, Mention, Range, Span, Speaker
from .coreference import stated_gender
from .lexicon import load

SOURCES = "sources.tsv"
_MASCULINE = {"he", "him", "his", "himself"}
_FEMININE = {"she", "her", "hers", "herself"}
_FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}
_NEUTER = {"it", "its"}
_PLURAL = {"they", "them", "their"}
_PERSON_TYPES = {"person"}
_ORG_TYPES = {"organisation"}
_DOCUMENT_NOUNS_FROM = {"from", "by", "of"}
_REACH = 900  # characters back in which a pronoun looks for its antecedent


@dataclasses.dataclass(frozen=True)
class Said:
    """A speaker resolved at a position: what later pronouns ("he added") look back to."""

    position: int
    speaker: Speaker


class SpeakerIndex:
    """Actors by position, their genders as the text shows them, and the unnamed-source lexicon."""

    def __init__(self, entities: list[Entity], text: str, doc: Doc | None = None) -> None:
        self.text = text
        self.entities = {e.id: e for e in entities}
        self.by_position: dict[int, tuple[Entity, Mention]] = {}
        for entity in entities:
            for mention in entity.mentions:
                for position in range(mention.start, mention.end):
                    self.by_position.setdefault(position, (entity, mention))
        self.kinds = {row["noun"]: row["kind"] for row in load(SOURCES)}
        self.titles = {row["title"] for row in load("titles.tsv") if " " not in row["title"]}
        self.mentions = sorted(((m.start, m.end, e) for e in entities for m in e.mentions
                                if e.type in _PERSON_TYPES | _ORG_TYPES), key=lambda x: x[0])
        self.gender = {e.id: g for e in entities if e.type == "person" and (g := _gender(e, text))}
        self.subjects: set[int] = set()
        if doc is not None:
            self.subjects = {t.idx for t in doc if t.dep_ in ("nsubj", "nsubjpass")}

    def actor_at(self, start: int, end: int) -> tuple[Entity, Mention] | None:
        for position in range(start, end):
            if position in self.by_position:
                return self.by_position[position]
        return None

    def speaker(self, subject: Token, history: list[Said] | None = None,
                inside: Speaker | None = None, verb: Token | None = None) -> Speaker:
        """The speaker a subject (or agent, or object of "according to") stands for.

        ``history`` holds the speakers already resolved before this point, for pronouns and
        descriptions; ``inside`` is the speaker of the quotation the subject sits in, if any;
        ``verb`` is the reporting verb, when there is one.
        """
        head, how = speaker_head(subject, self.kinds)
        left, right = phrase(head)
        words = Range(left, right)
        named = self._name_before(verb, left) if verb is not None and head.pos_ != "PRON" else None
        if named is not None:  # "Facebook co-founder Ann Lee tweeted": the person named right before the verb
            return self._named(named, Range(min(left, named[1].start), named[1].end), "rule:name_before_verb")
        lower = head.lower_
        if head.pos_ == "PRON" or lower in _FIRST_PERSON | _MASCULINE | _FEMININE | _NEUTER | _PLURAL:
            return self._pronoun(head, history or [], inside, verb)
        found = self._actor_of(head)
        if found is not None:
            return self._named(found, words, f"rule:{how}")
        found = self._titled_name(head, words)
        if found is not None:
            return self._named(found, words, "rule:name_ending_subject")
        surname = self._surname(head)
        if surname is not None:  # "Early still says" where only "Chris Early" was found as a person
            return Speaker(surname.name, "named", surname.id, self._span(words), "rule:surname")
        capitalised = head.is_title and head.i != head.sent.start and head.pos_ in ("ADV", "ADJ", "NOUN")
        if head.pos_ == "PROPN" or capitalised or _ends_in_name(head, words):  # "curator Ann Lee", not an actor
            return Speaker(self._words(words), "named", None, self._span(words), "rule:proper_name")
        kind = self._kind(head)
        if kind == "document" and _is_definite(head):
            author = _earlier_author(head, self.kinds)
            if author is not None:  # "Lee left a voicemail. The message said …": the voicemail's author
                found_author = self.speaker(author, history, inside)
                return dataclasses.replace(found_author, mention=self._span(words), rule="rule:earlier_document_author")
        described = self._description(head, words, history or [], kind)
        if described is not None:
            return described  # "the minister", "the agency": the actor named before
        rule = f"lexicon:{SOURCES}#{lower}" if kind else None
        if kind == "institution":
            # "the central bank", "Yonhap news agency" name one body; "a bank said" leaves it unnamed
            one = _is_definite(head) or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.lefts)
            kind = "named" if one else "anonymous"
        elif kind is None and lower in self.titles and _is_definite(head):
            kind, rule = "named", f"lexicon:titles.tsv#{lower}"  # "China's ambassador to Britain": the office
        elif kind is None:
            kind, rule = "unresolved", "rule:unknown_source_word"  # not a source the lexicons know: not guessed
        return Speaker(self._words(words), kind, None, self._span(words), rule)

    def _kind(self, head: Token) -> str | None:
        """The lexicon's kind for a head noun in any number: "lawmaker" as "lawmakers", "fishermen"."""
        lemma = head.lemma_.lower()
        return self.kinds.get(head.lower_) or self.kinds.get(lemma) or self.kinds.get(lemma + "s")

    def _actor_of(self, head: Token) -> tuple[Entity, Mention] | None:
        """The actor whose mention holds the head word (or the name it is part of), never a modifier's."""
        found = self.actor_at(head.idx, head.idx + len(head.text))
        if found is not None:
            return found
        if head.pos_ == "PROPN":
            for part in head.children:
                if part.dep_ in ("compound", "flat") and part.pos_ == "PROPN":
                    found = self.actor_at(part.idx, part.idx + len(part.text))
                    if found is not None:
                        return found
        return None

    def _named_before(self, group: Entity, noun: str) -> bool:
        """"Doctors for Clean Air" when the model kept only "Clean Air": the noun opens the full name."""
        return any(re.search(rf"(?i)\b{re.escape(noun)}\s+(?:for|of|against|without)\s+(?:the\s+)?$",
                             self.text[max(0, m.start - 40):m.start]) for m in group.mentions)

    def _surname(self, head: Token) -> Entity | None:
        """The one person of the article whose name ends with this capitalised word."""
        if not head.is_title or head.i == head.sent.start:
            return None
        people = [e for e in self.entities.values() if e.type == "person" and e.name.split()[-1] == head.text
                  and len(e.name.split()) > 1]
        return people[0] if len(people) == 1 else None

    def _name_before(self, verb: Token, left: int) -> tuple[Entity, Mention] | None:
        """A person's name that ends right before the reporting verb ("also" and the like aside),
        inside the subject's stretch: the parser's head word may be a title or a fragment."""
        before = verb.i - 1
        while before >= 0 and verb.doc[before].pos_ == "ADV":
            before -= 1
        if before < 0 or verb.doc[before].pos_ != "PROPN" or verb.doc[before].idx < left:
            return None
        found = self.actor_at(verb.doc[before].idx, verb.doc[before].idx + 1)
        if found is None or found[0].type != "person":
            return None
        end = verb.doc[before].idx + len(verb.doc[before].text)
        return found if found[1].end == end else None

    def _titled_name(self, head: Token, words: Range) -> tuple[Entity, Mention] | None:
        """"Facebook co-founder Ann Lee said", "Executive director of the chapter Ann Lee said": a
        person's name that ends the subject is the speaker, whatever the parser made the head."""
        if head.pos_ != "NOUN":
            return None
        last = self.actor_at(words.end - 1, words.end)
        if last is None or last[0].type != "person" or last[1].end != words.end:
            return None
        doc = head.doc
        name = doc.char_span(last[1].start, last[1].end, alignment_mode="expand")
        if name is None or any(t.dep_ == "poss" or t.dep_ == "case" for t in name.root.ancestors if t.i < name.start):
            return None  # "Ann Lee's lawyer": the possessor does not speak
        return last

    def _named(self, found: tuple[Entity, Mention], words: Range, rule: str) -> Speaker:
        entity, _ = found
        kind = "outlet" if entity.actor_type == "MED" else "named"
        # the words that name the speaker here, title included ("Senate campaign manager Rosa Ibarra")
        return Speaker(entity.name, kind, entity.id, self._span(words), rule)

    def _pronoun(self, head: Token, history: list[Said], inside: Speaker | None, verb: Token | None) -> Speaker:
        lower = head.lower_
        here = Range(head.idx, head.idx + len(head.text))
        span = self._span(here)
        linked = self.actor_at(head.idx, head.idx + len(head.text))
        if linked is not None:
            return self._named(linked, here, "rule:pronoun_coreference")
        if lower in _FIRST_PERSON:
            if inside is not None:  # "I" inside a quotation is its speaker
                return dataclasses.replace(inside, mention=span, rule="rule:first_person_in_quotation")
            return Speaker("(the author)", "author", None, span, "rule:first_person_author")
        objects = frozenset(actor[0].id for c in (verb.children if verb is not None else ())
                            if c.dep_ in ("dobj", "dative", "iobj", "prep") for t in c.subtree
                            if (actor := self.actor_at(t.idx, t.idx + len(t.text))) is not None)
        if lower in _MASCULINE | _FEMININE:
            gender = "m" if lower in _MASCULINE else "f"
            found = self._recent(head.idx, history, lambda e: e.type == "person"
                                 and self.gender.get(e.id, gender) == gender, objects)
        elif lower in _NEUTER and (source := self._framing_document(verb)) is not None:
            # "On the form, it asks …", "In the letter, it warned …": the text named before "it" speaks
            phrase = list(source.subtree)
            words = Range(phrase[0].idx, phrase[-1].idx + len(phrase[-1].text))
            return Speaker(self._words(words), "document", None, self._span(words), "rule:it_is_the_document")
        else:  # "it said", "they said": a body
            found = self._recent(head.idx, history, lambda e: e.type == "organisation", objects)
        if found is None:
            return Speaker(head.text, "unresolved", None, span, "rule:pronoun_no_compatible_actor")
        entity, rule = found
        kind = "outlet" if entity.actor_type == "MED" else "named"
        return Speaker(entity.name, kind, entity.id, span, rule)

    def _framing_document(self, verb: Token | None) -> Token | None:
        """A document named in an "in"/"on" phrase of the pronoun's own clause, before the pronoun; a cue that
        only adds to that clause ("On the form, it lists …, adding …") shares its frame."""
        while verb is not None:
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i and c.lower_ in ("in", "on")):
                for noun in (g for g in prep.children if g.dep_ == "pobj"):
                    if self._kind(noun) == "document":
                        return noun
            if verb.dep_ not in ("advcl", "conj") or verb.head.i == verb.i or any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                return None
            verb = verb.head
        return None

    def _recent(self, position: int, history: list[Said], fits: _Fits,
                excluded: frozenset[str] = frozenset()) -> tuple[Entity, str] | None:
        """The compatible actor speaking or named most recently within reach, with the rule that chose it:
        the last speaker, unless a compatible actor has been named as a subject since ("Okafor said …
        Lindqvist heard his partner's doubts. “…,” he said" → Lindqvist). Mentions at ``excluded`` positions
        (the verb's own object: "he told Mensah") are never the pronoun's actor."""
        allowed = fits
        fits = lambda e: allowed(e) and e.id not in excluded  # noqa: E731
        speaker: Said | None = None
        for said in reversed(history):
            if said.position > position or position - said.position > _REACH:
                continue
            if said.speaker.entity is None:
                continue  # an unnamed source cannot be "he" or "it" here
            entity = self.entities.get(said.speaker.entity)
            speaker = said if entity is not None and fits(entity) else None
            break  # the last named speaker does not fit: look at who was named since
        best: Entity | None = None
        for start, _end, entity in reversed(self.mentions):
            if start >= position:
                continue
            if position - start > _REACH or (speaker is not None and start <= speaker.position):
                break
            if fits(entity):
                if any(start <= p < _end for p in self.subjects):
                    return entity, "rule:last_subject_named"  # named as a subject since the last speaker
                best = best or entity
        if speaker is not None:
            return self.entities[speaker.speaker.entity or ""], "rule:last_speaker"
        if best is not None:
            return best, "rule:last_actor_named"
        for said in reversed(history):
            entity = self.entities.get(said.speaker.entity or "")
            if said.position < position and position - said.position <= 2 * _REACH and entity and fits(entity):
                return entity, "rule:earlier_speaker"
        return None

    def _description(self, head: Token, words: Range, history: list[Said], kind: str | None) -> Speaker | None:
        """"the minister", "the agency", "the company": the last actor the description fits; "the
        doctors" after "Doctors for Clean Air": the group the article named by that word."""
        if not _is_definite(head):
            return None
        noun = head.lower_
        if head.tag_ == "NNS" and kind in ("anonymous", "anonymous_official", "institution"):
            group = self._recent(head.idx, [], lambda e: e.type in ("organisation", "group")
                                 and (noun in e.name.lower().split() or self._named_before(e, noun)))
            if group is None:
                return None
            entity, _ = group
            return Speaker(entity.name, "named", entity.id, self._span(words), f"rule:group_named_before:{noun}")
        if head.tag_ != "NN":
            return None
        titled = [e for e in self.entities.values() if e.type == "person"
                  and any(noun in r.title.lower().split() for r in e.roles)]
        found: tuple[Entity, str] | None = None
        if titled:
            ids = {e.id for e in titled}
            found = self._recent(head.idx, history, lambda e: e.id in ids)
            if found is None and len(titled) == 1:
                found = titled[0], "rule:only_title_holder"
        elif kind == "institution":
            found = self._recent(head.idx, history, lambda e: e.type == "organisation"
                                 and noun in e.name.lower().split())
        if found is None:
            return None
        entity, rule = found
        kind = "outlet" if entity.actor_type == "MED" else "named"
        return Speaker(entity.name, kind, entity.id, self._span(words), f"{rule}:{noun}")

    def _span(self, words: Range) -> Span:
        return Span(words.start, words.end, self.text[words.start:words.end])

    def _words(self, words: Range) -> str:
        return self.text[words.start:words.end]


_Fits = Callable[[Entity], bool]


def speaker_head(subject: Token, kinds: dict[str, str]) -> tuple[Token, str]:
    """The word that names the speaker, and how it was reached: the subject's head, an apposition's
    name for a common noun, a document's author, a relative pronoun's antecedent."""
    head, how = subject, "subject_head"
    if head.lower_ in ("who", "which", "that") and head.head.dep_ == "relcl":
        head, how = head.head.head, "relative_antecedent"  # "the minister, who said …"
    if head.pos_ in ("NOUN", "PRON"):
        names = [c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.doc[c.left_edge.i - 1].text != "("]  # "(Italian Episcopal Conference)" glosses, not names
        if names:
            return names[-1], "apposition"  # "Moreno's attorney, Dana Reyes," → Dana Reyes
        if kinds.get(head.lower_) in ("document", "unnamed_report"):
            author = _author(head)
            if author is not None:
                return author, "document_author"
    return head, how


_CALENDAR_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                   "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
                   "december", "today", "yesterday", "tonight"}


def _author(document: Token) -> Token | None:
    """"a statement from Mayor Ann Lee", "the ministry's statement", "Lee issued a statement warning
    …": who a document speaks for."""
    if document.dep_ == "dobj" and document.lower_ != "report":
        subject = next((c for c in document.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ in ("PROPN", "NOUN"):
            return subject
    for child in document.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
            return child
        if child.dep_ == "compound" and child.pos_ == "PROPN" and child.i == document.i - 1:
            return child  # "the Home Office letter", "a White House statement"
        if child.dep_ == "prep" and child.lower_ in _DOCUMENT_NOUNS_FROM:
            target = next((c for c in child.children if c.dep_ == "pobj"), None)
            if target is not None and target.pos_ == "PROPN" and target.ent_type_ not in ("DATE", "TIME") \
                    and target.lower_ not in _CALENDAR_WORDS:
                return target  # "a statement from Mayor Lee" (not "posts from Friday": a day wrote nothing)
    return None


def phrase(head: Token) -> tuple[int, int]:
    """The speaker's words without a trailing relative clause or apposition ("X, who …"); a name in
    apposition to a common noun keeps the noun before it ("the union's lawyer, Ana Ruiz")."""
    first = head.head if head.dep_ == "appos" and head.head.pos_ in ("NOUN", "PRON") else head
    tokens = [first]
    for child in first.lefts:
        tokens.extend(child.subtree)
    for child in head.lefts if first is not head else ():
        tokens.extend(child.subtree)
    tokens.append(head)
    for child in head.rights:
        if child.dep_ in ("relcl", "appos", "acl", "punct", "cc", "conj", "advcl"):
            break
        tokens.extend(child.subtree)
    words = sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)
    while len(words) > 1 and (words[0].is_punct or words[0].is_space):
        words.pop(0)  # "— Ana Pereira": the dash that signs a quotation is not a name
    while len(words) > 1 and (words[-1].is_punct or words[-1].is_space):
        words.pop()
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _ends_in_name(head: Token, words: Range) -> bool:
    """"curator Elaine Gustafson": a common noun followed by a name of two or more words."""
    tail = [t for t in head.doc[head.i + 1:] if t.idx < words.end]
    return head.pos_ == "NOUN" and len(tail) >= 2 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in tail)


def _earlier_author(document: Token, kinds: dict[str, str]) -> Token | None:
    """The subject whose verb took the last document named before this one ("issued a statement",
    "left a voicemail"), for "the statement" or "the message" that refers back to it."""
    for token in reversed(document.doc[max(0, document.i - 120):document.i]):
        if token.dep_ == "dobj" and kinds.get(token.lower_) == "document":
            return next((c for c in token.head.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None)
    return None


def _is_definite(head: Token) -> bool:
    """"the ministry", "its office", "the port's press office": one body the reader can identify."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) for c in head.lefts)


def _gender(entity: Entity, text: str) -> str | None:
    """What the article states (an honorific, a gendered title), else the pronouns tied to the person."""
    stated = stated_gender(entity, text)
    if stated is not None:
        return stated
    said = [m.text.lower() for m in entity.mentions if m.kind == "pronoun"]
    masculine = sum(w in _MASCULINE for w in said)
    feminine = sum(w in _FEMININE for w in said)
    return None if masculine == feminine else ("m" if masculine > feminine else "f")
