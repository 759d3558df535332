"""Who a reporting verb's subject is: an actor of the article, or an unnamed source of a known kind.

"Okonkwo said" → the actor Amara Okonkwo; "a senior official said" → anonymous official;
"reports that …" → unnamed report; "a statement said" → document; "he said" that coreference
could not tie → unresolved, with the words kept.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..model import Entity, Mention, Span, Speaker
from .lexicon import load

_INSTITUTIONS = {"bank", "ministry", "government", "police", "army", "military", "court", "agency", "company",
                 "council", "commission", "department", "office", "parliament", "senate", "cabinet", "union",
                 "university", "hospital", "embassy", "committee", "board", "regulator", "prosecutor", "club"}


class SpeakerIndex:
    def __init__(self, entities: list[Entity], text: str) -> None:
        self.text = text
        self.by_position: dict[int, tuple[Entity, Mention]] = {}
        for entity in entities:
            for mention in entity.mentions:
                for position in range(mention.start, mention.end):
                    self.by_position.setdefault(position, (entity, mention))
        self.kinds = {row["noun"]: row["kind"] for row in load("sources.tsv")}

    def actor_at(self, start: int, end: int) -> tuple[Entity, Mention] | None:
        for position in range(start, end):
            if position in self.by_position:
                return self.by_position[position]
        return None

    def speaker(self, head: Token) -> Speaker:
        """The speaker a subject (or agent, or object of "according to") stands for."""
        left, right = _phrase(head)
        text = self.text
        phrase = Span(left, right, text[left:right])
        found = self.actor_at(head.idx, head.idx + len(head.text))
        kind = self.kinds.get(head.lower_)
        if found is None and kind is not None:
            # "officials at the UN Environment Programme": unnamed people, whoever they work for
            return Speaker(phrase.text, kind, None, phrase)
        found = found or self.actor_at(left, right)
        if found is not None:
            entity, _ = found
            kind = "outlet" if entity.actor_type == "MED" else "named"
            # the words that name the speaker here, title included ("Trump campaign manager Kellyanne Conway")
            return Speaker(entity.name, kind, entity.id, phrase)
        if head.pos_ == "PROPN" or (head.lower_ in _INSTITUTIONS and any(c.lower_ == "the" for c in head.lefts)):
            return Speaker(phrase.text, "named", None, phrase)  # "the central bank" names one institution
        return Speaker(phrase.text, "unresolved", None, phrase)


def _phrase(head: Token) -> tuple[int, int]:
    """The subject's words without a trailing relative clause or apposition ("X, who …")."""
    tokens = [head]
    for child in head.lefts:
        tokens.extend(child.subtree)
    for child in head.rights:
        if child.dep_ in ("relcl", "appos", "acl", "punct", "cc", "conj"):
            break
        tokens.extend(child.subtree)
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return start, end
