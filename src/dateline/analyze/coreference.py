"""In-article coreference for actors, beyond names: offices, administrations, titles, initialisms, pronouns.

  "the Premier's Office"         → an organisation belonging to the person the article calls prime minister
  "Haddad's office"              → an organisation belonging to Haddad
  "the Ruto administration"      → the government, not the person: the surname leaves Ruto's mentions
  "the secretary"                → the one person in the article whose title is secretary (else unresolved)
  "PMO"                          → the organisation whose initials it is
  "he" / "she"                   → the one person mentioned in reach (this and the previous sentence)
Nothing is linked on a tie: two candidates leave the mention unresolved.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Entity, Mention

_OFFICE_WORDS = r"(?:Office|office|Cabinet|cabinet|Residence|residence|Bureau|bureau)"
# The owner starts where a word starts and its words cannot give characters back: tried at every
# capital of a long run of letters and digits (a base64 blob), the pattern was quadratic.
_OFFICE = re.compile(rf"(?<![\w.-])(?P<owner>(?:[A-Z][\w.-]*+\s+){{0,3}}[A-Z][\w.-]*+)['’]s\s+"
                     rf"(?P<kind>{_OFFICE_WORDS})\b")
_GOVERNMENT = re.compile(r"\b(?P<owner>[A-Z][\w-]+)\s+(?P<kind>administration|government|presidency|White House)\b")
_PRONOUNS = {"he", "she", "him", "his", "her", "hers", "himself", "herself"}
_MASCULINE = {"he", "him", "his", "himself"}
_HONORIFICS = {"mr.": "m", "mr": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m",
               "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f", "queen": "f",
               "princess": "f"}
_GENDERED_TITLES = re.compile(r"(?i)\b(?:(?P<f>\w*woman|actress|queen|princess|duchess|countess|empress)|"
                              r"(?P<m>\w*man|actor|king|prince|duke|count|emperor))\b")


def offices(text: str, people: list[Entity], title_holders: dict[str, Entity]) -> list[Entity]:
    """Office entities ("Prime Minister's Office"), each tied to its holder when the article names one."""
    found: dict[str, Entity] = {}
    for match in _OFFICE.finditer(text):
        owner_text = match.group("owner")
        owner = _person_named(owner_text, people) or title_holders.get(owner_text.lower())
        if owner is None and owner_text.lower() not in title_holders and not _is_title_like(owner_text):
            continue
        name = text[match.start():match.end()]
        entity = found.setdefault(name.lower(), Entity(id="", name=name, type="organisation", actor_type="GOV",
                                                       rule="rule:possessive_office"))
        entity.mentions.append(Mention(match.start(), match.end(), name, "name", "rule:possessive_office"))
        if owner is not None:
            entity.belongs_to, entity.belongs_to_name = owner.id, owner.name
    return list(found.values())


def governments(text: str, people: list[Entity]) -> list[Entity]:
    """"the Ruto administration": a government named after a person, with the person's mention removed."""
    found: dict[str, Entity] = {}
    for match in _GOVERNMENT.finditer(text):
        owner = _person_named(match.group("owner"), people)
        if owner is None:
            continue
        start, end = match.start(), match.end()
        owner.mentions = [m for m in owner.mentions if not (m.start >= start and m.end <= end)]
        name = text[start:end]
        entity = found.setdefault(name.lower(), Entity(id="", name=name, type="organisation", actor_type="GOV",
                                                       rule="rule:named_government"))
        entity.mentions.append(Mention(start, end, name, "name", "rule:named_government"))
        entity.belongs_to, entity.belongs_to_name = owner.id, owner.name
    return list(found.values())


def title_mentions(text: str, people: list[Entity], pattern: re.Pattern[str], taken: list[tuple[int, int]],
                   unresolved: list[Mention]) -> None:
    """"the secretary" → the one person whose stated title is or ends/starts with that word."""
    titled = [p for p in people if p.roles]
    if not titled:
        return
    for match in pattern.finditer(text):
        start, end = match.span()
        if any(a < end and start < b for a, b in taken):
            continue
        title = match.group("title").lower()
        holders = [p for p in titled if any(_title_fits(title, r.title.lower()) for r in p.roles)]
        if len(holders) == 1:
            holders[0].mentions.append(Mention(start, end, text[start:end], "title", "rule:title_only_mention"))
            taken.append((start, end))
        elif len(holders) > 1:
            names = ";".join(sorted(h.name for h in holders))
            unresolved.append(Mention(start, end, text[start:end], "title", f"unresolved:several_holders#{names}"))


def _title_fits(mentioned: str, held: str) -> bool:
    return held == mentioned or held.startswith(mentioned + " ") or held.endswith(" " + mentioned)


def initialisms(text: str, organisations: list[Entity], taken: list[tuple[int, int]]) -> None:
    """"PMO" for the "Prime Minister's Office", "KDF" without a parenthesised introduction.

    An organisation the model found under the initials alone ("WHO") is folded into the full name.
    """
    for entity in organisations:
        words = re.findall(r"[A-Z][\w’']*", entity.name)
        if len(words) < 2:
            continue
        initials = "".join(w[0] for w in words)
        for short in [o for o in organisations if o is not entity and o.name == initials and o.mentions]:
            entity.mentions.extend(Mention(m.start, m.end, m.text, "acronym", m.rule) for m in short.mentions)
            short.mentions = []
            if initials not in entity.aliases:
                entity.aliases.append(initials)
        for match in re.finditer(rf"(?<![\w@#]){initials}(?!\w)", text):
            start, end = match.span()
            if not any(a < end and start < b for a, b in taken):
                entity.mentions.append(Mention(start, end, initials, "acronym", "rule:initials_of_name"))
                if initials not in entity.aliases:
                    entity.aliases.append(initials)
                taken.append((start, end))


def pronouns(tokens: Iterable[tuple[int, int, str, int, int | None]], people: list[Entity],
             sentence_starts: list[int], unresolved: list[Mention], text: str,
             speech_subjects: frozenset[int] = frozenset()) -> None:
    """Link he/she to the speaker whose speech it sits in, else to the one person in reach.

    ``tokens`` are (start, end, text, index of the token's sentence, start of the speech verb's subject).
    "Reyes said she had been sidelined" → Reyes; otherwise the single person mentioned in this or
    the previous sentence, and no one when there are two. A person's gender is what the article
    states (see ``article_genders``): "she" never goes to a man, "he" never to a woman. Inside a
    quotation, "he"/"she" is never the person quoted (``speech_subjects``: where the subjects of
    speech verbs start): '"That's why he left," Lind said' is not Lind.
    """
    tokens = [t for t in tokens if t[2].lower() in _PRONOUNS]
    positions = sorted((m.start, p.id) for p in people for m in p.mentions)
    # a name shared by two people ("Haddad" beside two Haddads) is still someone in reach: it blocks a guess
    blockers = sorted((m.start, f"?{m.text}") for m in unresolved if m.kind == "alias")
    by_id = {p.id: p for p in people}
    speakers = {m.start: p for p in people for m in p.mentions}
    genders = article_genders(tokens, people, positions, sentence_starts, text, speakers)
    for start, end, word, sentence, subject in tokens:
        wanted = "m" if word.lower() in _MASCULINE else "f"
        quoted = in_quotation(text, start)
        owner = _speaker_owns(subject, start, speakers, positions)
        if owner is not None and not quoted and genders.get(owner.id, wanted) == wanted:
            owner.mentions.append(Mention(start, end, word, "pronoun", "rule:pronoun_speaker_subject"))
            continue
        candidates = {pid for pid in _in_reach(positions, sentence_starts, sentence, start)
                      if genders.get(pid, wanted) == wanted}  # "Mr. Berg … she said" is not Berg
        blocked = _in_reach(blockers, sentence_starts, sentence, start)
        if quoted:
            window = sentence_starts[max(sentence - 1, 0)]
            candidates -= {pid for pos, pid in positions if pos in speech_subjects and window <= pos}
        how = "rule:pronoun_single_person_in_reach"
        if not candidates and not quoted and not blocked:
            # "Ms. Dahl met Moen. Moen said he … She said …": the one woman named a little further back
            candidates = {pid for pid in _in_reach(positions, sentence_starts, sentence - 2, start)
                          if genders.get(pid) == wanted}
            how = "rule:pronoun_gender_stated_nearby"
        if len(candidates) == 1 and not blocked:
            person = by_id[candidates.pop()]
            person.mentions.append(Mention(start, end, word, "pronoun", how))
        else:
            names = sorted([by_id[c].name for c in candidates] + [b[1:] for b in blocked])
            why = "several_people_in_reach#" + ";".join(names) if names else "no_person_in_reach"
            unresolved.append(Mention(start, end, word, "pronoun", f"unresolved:{why}"))


def _speaker_owns(subject: int | None, start: int, speakers: dict[int, Entity],
                  positions: list[tuple[int, str]]) -> Entity | None:
    """"Lee said she would stay": the speaker, whose own pronoun it is when no other person stands
    between them ("Lee explained Okafor's plan failed when he …" is Okafor's)."""
    owner = speakers.get(subject) if subject is not None else None
    if owner is None or any(subject is not None and subject < pos < start and pid != owner.id
                            for pos, pid in positions):
        return None
    return owner


def _in_reach(positions: list[tuple[int, str]], sentence_starts: list[int], sentence: int, start: int) -> set[str]:
    """People mentioned in this sentence before ``start`` or in the previous sentence."""
    window_start = sentence_starts[max(sentence - 1, 0)]
    return {pid for pos, pid in positions if window_start <= pos < start}


def article_genders(tokens: list[tuple[int, int, str, int, int | None]], people: list[Entity],
                    positions: list[tuple[int, str]], sentence_starts: list[int], text: str,
                    speakers: dict[int, Entity]) -> dict[str, str]:
    """Person id → "m" / "f" as the article states it: an honorific or a gendered title (``stated_gender``,
    five votes), and every "she"/"he" outside quotation marks that is the speaker's own
    ("Lee said she …") or has that one person in reach.

    "Rosa Lind … She said … she added … he" leaves Lind a woman: the lone "he" is someone else.
    A side wins with twice the other side's votes; a tie or a near tie states nothing.
    """
    votes: dict[str, dict[str, int]] = {p.id: {"m": 0, "f": 0} for p in people}
    for person in people:
        stated = stated_gender(person, text)
        if stated:
            votes[person.id][stated] += 5
    for start, _, word, sentence, subject in tokens:
        if in_quotation(text, start):
            continue
        gender = "m" if word.lower() in _MASCULINE else "f"
        reach = _in_reach(positions, sentence_starts, sentence, start)
        owner = _speaker_owns(subject, start, speakers, positions)
        if owner is not None:
            votes[owner.id][gender] += 2
        elif len(reach) == 1:
            near = _in_reach(positions, sentence_starts, sentence + 1, start)  # this sentence only
            votes[reach.pop()][gender] += 2 if near else 1
    genders = {}
    for pid, vote in votes.items():
        if vote["m"] >= 2 * vote["f"] and vote["m"] > 0:
            genders[pid] = "m"
        elif vote["f"] >= 2 * vote["m"] and vote["f"] > 0:
            genders[pid] = "f"
    return genders


def in_quotation(text: str, position: int) -> bool:
    """Inside quotation marks opened in the same paragraph: "He was rich," Lee said — "He" is not Lee."""
    paragraph = text[text.rfind("\n", 0, position) + 1:position]
    return paragraph.count("“") > paragraph.count("”") or paragraph.count('"') % 2 == 1


def _person_named(text: str, people: list[Entity]) -> Entity | None:
    matches = [p for p in people if any(m.text == text for m in p.mentions) or p.name == text]
    return matches[0] if len(matches) == 1 else None


def _is_title_like(text: str) -> bool:
    return bool(re.fullmatch(r"(?:Prime |Vice |Deputy )?(?:Minister|President|Chancellor|Governor|Mayor|Premier)",
                             text))


def stated_gender(person: Entity, text: str) -> str | None:
    """"m" or "f" when the article states it: an honorific before a name ("Ms. Obi") or a gendered
    title ("Congresswoman", "chairman"); never guessed from a first name."""
    votes = {"m": 0, "f": 0}
    for mention in person.mentions:
        if mention.kind == "pronoun":
            continue
        before = text[max(0, mention.start - 6):mention.start].split()
        words = ([before[-1]] if before else []) + mention.text.split()[:1]
        for word in words:
            if word.lower() in _HONORIFICS:
                votes[_HONORIFICS[word.lower()]] += 1
    for role in person.roles:
        match = _GENDERED_TITLES.search(role.title)
        if match:
            votes["f" if match.group("f") else "m"] += 1
    if votes["m"] == votes["f"]:
        return None
    return "m" if votes["m"] > votes["f"] else "f"
