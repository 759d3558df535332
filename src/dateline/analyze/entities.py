"""Entities with all their mentions: the statistical NER, corrected by what the article itself shows.

The small English model mislabels single mentions ("Kassala" as a person once, "Okonkwo" as a
place once), cuts titles into organisations ("Secretary of State" → ORG "State") and misses
outlets ("Daily Ledger"). Three article-level rules fix most of this without a bigger model:
  * one name, one type: every mention of a name takes the type most of its mentions have;
  * a name found once is found everywhere it recurs ("Kassala" untagged in a later sentence);
  * "Kenya Defence Forces (KDF)" makes every later "KDF" the same organisation.
A surname alone joins the one full name it belongs to; with two candidates it stays apart.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..model import Dateline, Entity, Mention
from .candidates import Candidate
from .contests import competitors
from .doctext import doc_text
from .gazetteer import Gazetteer, fold, gazetteer
from .headlines import CapsLines, confirmed, places_in_capitals
from .identity import split_suffix
from .lexicon import load, rule
from .retype import Retyper, surnames_follow_full_names
from .roles import TitleBook
from .spans import POST_NOMINALS, common_word, is_vehicle, keeps_full_stop, parts, without_trailing_title

LABEL_TYPES = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place", "FAC": "place",
               "NORP": "group"}
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,7})\)")
_CITY_ON_ITS_OWN = 50_000
_POSSESSIVE = {"'s", "’s", "'", "’"}
_TITLE_SUFFIXES = {"designate", "elect"}
_TIE_ORDER = {"organisation": 3, "person": 2, "place": 1}
_OPENING_QUOTES = {'"', "“", "‘", "'", "("}
OUTLETS = "outlets.tsv"
TITLES = "titles.tsv"


@Language.factory("dateline_entities", assigns=["doc._.entities"], requires=["doc.ents", "doc._.dateline"])
def make_entities(nlp: Language, name: str) -> EntityLinker:
    return EntityLinker(nlp, gazetteer())


class EntityLinker:
    def __init__(self, nlp: Language, places: Gazetteer) -> None:
        self.places = places
        self.outlets = {row["name"]: row for row in load(OUTLETS)}
        self.outlet_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.outlet_matcher.add("OUTLET", [nlp.make_doc(name) for name in self.outlets])
        titles = sorted((row["title"] for row in load(TITLES)), key=len, reverse=True)
        self.titles = re.compile(r"(?i)\b(?:(?:shadow|acting|interim|former|deputy)\s+)?(?:"
                                 + "|".join(re.escape(t) for t in titles) + r")(?!\w)")
        self.book = TitleBook.load()
        self.retype = Retyper(places)

    def __call__(self, doc: Doc) -> Doc:
        dateline: Dateline | None = doc._.dateline
        candidates = self._from_ner(doc)
        candidates = self._with_outlets(doc, candidates)
        candidates += self._from_dateline(doc, dateline, candidates)
        candidates = self._titled_people(doc, candidates)
        candidates += self._from_gazetteer(doc, candidates)
        caps = CapsLines(doc_text(doc))
        if caps:
            candidates = confirmed(candidates, caps, self.places, doc_text(doc))
            candidates += places_in_capitals(doc, candidates, caps, self.places)
        candidates = competitors(doc, candidates, self.places)
        self.retype(doc, candidates)
        candidates += self.retype.untagged(doc, candidates)
        _vote_types(candidates, self.places)
        surnames_follow_full_names(candidates, self.places)
        candidates += _recurrences(doc, candidates)
        candidates += _acronyms(doc_text(doc), candidates)
        crafts = {e.text.split()[-1] for e in doc.ents if is_vehicle(e.text)}
        candidates = [c for c in candidates if c.text not in crafts]  # "Orion" after "Space Shuttle Orion"
        candidates.sort(key=lambda c: (c.start, -c.end))
        unresolved: list[Mention] = []
        doc._.entities = self._group(candidates, dateline, unresolved, doc_text(doc))
        doc._.unresolved = unresolved
        return doc

    def _from_ner(self, doc: Doc) -> list[Candidate]:
        text = doc_text(doc)
        inside_titles = _title_ranges(text, self.titles)
        found = []
        starts = _sentence_starts(doc)
        longer = [(e.start_char, e.end_char) for e in doc.ents if len(e) > 1]
        for ent in doc.ents:
            label = LABEL_TYPES.get(ent.label_)
            trimmed = _trim(ent, self.outlets)
            if label is None or trimmed is None:
                continue
            for span, kind in parts(trimmed, label, self.places):
                if kind == "person":
                    span = _untitled(span, self.titles)  # "Treasurer Helen Marsh" → "Helen Marsh"
                elif kind == "organisation":
                    span = without_trailing_title(span, self.titles)
                if any(s <= span.start_char and span.end_char <= e for s, e in inside_titles):
                    continue  # "State" in "Secretary of State"
                if kind == "group" and _is_modifier(span):
                    continue  # "Kenyan patrol": a demonym adjective, not a group of people
                if kind == "place" and len(span) == 1 and _is_modifier(span) and self._demonym(span.text):
                    continue  # "the northern Syrian city": an adjective of Syria, not a place called "Syrian"
                if is_vehicle(span.text):
                    continue  # "Space Shuttle Orion": a craft, not an actor
                if len(span) == 1 and span.text in POST_NOMINALS and _after_name(span):
                    continue  # "Mark Eze, QC": an honour, not Quebec
                if len(span) == 1 and span.text[:1].isupper() and common_word(span.text, text, starts, longer):
                    continue  # "Drought hit …" and more often "drought": a common noun opening a sentence
                found.append(Candidate(span.start_char, span.end_char, span.text, kind, f"model:ner#{ent.label_}"))
        return found

    def _demonym(self, word: str) -> bool:
        """"Kenyan", "Nepali", "Syrian": a known place name plus a demonym ending."""
        for suffix in ("ian", "an", "n", "i", "ese", "ish", "ic"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                stem = word[: -len(suffix)]
                if any(self.places.candidates(stem + end) for end in ("", "a", "e", "o", "on")):
                    return True
        return False

    def _with_outlets(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        spans = filter_spans([doc[s:e] for _, s, e in self.outlet_matcher(doc)])
        outlets = [Candidate(s.start_char, s.end_char, s.text, "organisation", rule(OUTLETS, s.text), fixed=True)
                   for s in spans]
        kept = [c for c in candidates if not any(c.overlaps(o) for o in outlets)]
        return kept + outlets

    def _from_dateline(self, doc: Doc, dateline: Dateline | None, candidates: list[Candidate]) -> list[Candidate]:
        if dateline is None:
            return []
        parts = dateline.text.split("(")[0].split(",")
        found, offset = [], dateline.start
        text = doc_text(doc)
        for i, part in enumerate(parts):
            name = part.strip()
            start = text.find(name, offset) if name else -1
            if start < 0:
                break
            offset = start + len(name)
            place = self.places.resolve(name, city_first=i == 0)
            if place is None and (i > 0 or len(parts) == 1):
                continue  # "SOCCER -" read as a dateline: an unknown city needs its state or country after it
            candidate = Candidate(start, start + len(name), name, "place", "rule:dateline", in_dateline=True)
            if not any(candidate.overlaps(c) for c in candidates):
                found.append(candidate)
            else:  # the model found it too; the dateline settles its type
                for c in candidates:
                    if c.overlaps(candidate) and not c.fixed:
                        c.type, c.fixed, c.in_dateline = "place", True, True
        return found

    def _titled_people(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """A name with a title before it or in apposition is a person, whatever the model said.

        "Tomasz Nowak, Poland's defence minister," (the model: two places), "Lucia Reyes, an aide
        to the president," (the model: nothing).
        """
        found = []
        text = doc_text(doc)
        sentence_starts = [s.start_char for s in doc.sents]
        for span in _proper_noun_runs(doc):
            titled = self.titles.match(span.text)
            if titled is not None and titled.end() < len(span.text):
                # "Mayor Ana Ruiz visited …" at a sentence's start: the model's run holds the title
                rest = doc.char_span(span.start_char + titled.end(), span.end_char, alignment_mode="contract")
                rest = rest[1:] if rest is not None and len(rest) and rest[0].is_space else rest
                if rest is not None and len(rest) >= 2 and not self._has_title_word(rest) \
                        and not self.retype.is_head(rest[-1].text) \
                        and not any(c.type == "person" and c.overlaps_range(rest.start_char, rest.end_char)
                                    for c in candidates):
                    found.append(Candidate(rest.start_char, rest.end_char, rest.text, "person", "rule:titled_name",
                                           fixed=True))
                continue
            if self._has_title_word(span):
                continue
            if any(c.type == "person" and c.overlaps_range(span.start_char, span.end_char) for c in candidates):
                continue
            sentence_start = sentence_starts[bisect.bisect_right(sentence_starts, span.start_char) - 1]
            prefix = text[max(sentence_start, span.start_char - 120):span.start_char]
            tail = text[span.end_char:span.end_char + 160]
            if (self.book.may_end_title(prefix) and self.book.before.search(prefix)) \
                    or (tail.startswith(",") and (self.book.appositive.match(tail)
                                                 or self.book.possessive_appositive.match(tail)
                                                 or (prefix.endswith(", ") and self.book.fronted.search(prefix)))):
                found.append(Candidate(span.start_char, span.end_char, span.text, "person", "rule:titled_name",
                                       fixed=True))
        if not found:
            return candidates
        kept = [c for c in candidates if c.fixed or not any(c.overlaps(f) for f in found)]
        return kept + found

    def _has_title_word(self, span: Span) -> bool:
        return any(t.lower_ in self.book.sectors or t.lower_.rstrip(".") + "." in self.book.sectors for t in span)

    def _from_gazetteer(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """Proper-noun runs the model left untagged that name a country, a state or a sizeable city.

        The whole run must match ("Michael Jordan" is not Jordan), and a small town's name is
        not enough on its own: too many surnames and words are also the name of some village.
        """
        found = []
        taken = [(c.start, c.end) for c in candidates]
        run: list[int] = []
        for token in [*doc, None]:
            if token is not None and token.tag_ in ("NNP", "NNPS") and token.text[:1].isupper() \
                    and not token.text.isupper():  # all-caps words are headlines and labels, not names
                run.append(token.i)
                continue
            if run and len(run) <= 3:
                span = doc[run[0]:run[-1] + 1]
                demonym = len(span) == 1 and _is_modifier(span) and self._demonym(span.text)
                if not demonym and not any(a < span.end_char and span.start_char < b for a, b in taken):
                    place = self.places.resolve(span.text)
                    if place and (place[0].kind != "city" or place[0].population >= _CITY_ON_ITS_OWN):
                        found.append(Candidate(span.start_char, span.end_char, span.text, "place",
                                               f"gazetteer:geonames#{place[0].geonameid or place[0].name}"))
            run = []
        return found

    def _group(self, candidates: list[Candidate], dateline: Dateline | None, unresolved: list[Mention],
               text: str = "") -> list[Entity]:
        groups: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
        suffixes = _suffixes_by_name(candidates)
        for c in candidates:
            key = c.link or c.key
            if c.type == "person":
                base = split_suffix(key)[0]
                key = base if len(suffixes[base]) <= 1 else key  # "King Jr." is King, unless "King Sr." is here too
            groups[(c.type, key)].append(c)
        groups = _join_surnames(groups, unresolved, text)
        groups = self._join_places(groups, dateline)
        entities = []
        ordered = sorted(groups.items(), key=lambda item: min(c.start for c in item[1]))
        prefer = dateline.country_code if dateline else None
        context = self._place_context(groups)
        for number, ((kind, _), members) in enumerate(ordered, start=1):
            entities.append(self._entity(f"e{number}", kind, members, prefer, context))
        return entities

    def _place_context(self, groups: dict[tuple[str, str], list[Candidate]]) -> tuple[tuple[str, str], ...]:
        """Countries the article fixes by naming a country or a state: they rank a city's namesakes."""
        context: dict[str, str] = {}
        for (kind, _), members in groups.items():
            if kind != "place":
                continue
            found = self.places.candidates(members[0].text)
            if found and found[0].kind in ("country", "admin1") and found[0].country_code not in context:
                context[found[0].country_code] = f"co-mentioned {members[0].text} ({found[0].country_code})"
        return tuple(context.items())

    def _join_places(self, groups: dict[tuple[str, str], list[Candidate]], dateline: Dateline | None
                     ) -> dict[tuple[str, str], list[Candidate]]:
        """"U.S.", "US" and "United States" are one place: names that resolve to one GeoNames entry."""
        prefer = dateline.country_code if dateline else None
        by_place: dict[int, tuple[str, str]] = {}
        joined: dict[tuple[str, str], list[Candidate]] = {}
        for key, members in sorted(groups.items(), key=lambda item: min(c.start for c in item[1])):
            geo = self.places.geo(members[0].text, prefer) if key[0] == "place" else None
            if geo is not None and geo.geonameid is not None and geo.geonameid in by_place:
                joined[by_place[geo.geonameid]].extend(members)
                continue
            if geo is not None and geo.geonameid is not None:
                by_place[geo.geonameid] = key
            joined[key] = list(members)
        return joined

    def _entity(self, eid: str, kind: str, members: list[Candidate], prefer_country: str | None,
                context: tuple[tuple[str, str], ...] = ()) -> Entity:
        members = sorted(members, key=lambda c: c.start)
        names = [c for c in members if c.kind == "name"] or members
        name = _canonical(names, kind)
        mentions = [Mention(c.start, c.end, c.text, c.kind, c.rule) for c in members]
        folded = fold(name)
        aliases = sorted(t for t in {c.text for c in members} if fold(t) != folded)
        entity = Entity(id=eid, name=name, type=kind, mentions=mentions, aliases=aliases, rule=members[0].rule)
        outlet = self.outlets.get(name)
        if outlet:
            entity.actor_type = "MED"
            entity.country_code = outlet["country"] or None
        if kind == "place":
            entity.geo = self.places.geo(name, prefer_country, context=context)
            entity.country_code = entity.geo.country_code if entity.geo else None
            if entity.geo and entity.geo.admin1 and name.endswith("."):
                entity.name = entity.geo.admin1  # "Colo." in a dateline is Colorado
            elif name.replace(".", "").isupper() and len(name) > 3 and any(c.in_dateline for c in members):
                entity.name = name.title()  # "NAIROBI" as the dateline writes it
        return entity


def _trim(ent: Span, outlets: dict[str, dict[str, str]]) -> Span | None:
    """Drop a leading "the" (unless it is part of a name like "The Harbour Gazette") and a possessive."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (doc[start].is_space or (doc[start].lower_ == "the" and doc[start:end].text not in outlets)):
        start += 1
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct or doc[end - 1].is_space
                           or doc[end - 1].like_num or doc[end - 1].text.startswith("+")):
        if keeps_full_stop(doc, end - 1, start):
            break  # "Robert Vance Sr." keeps its full stop
        end -= 1  # "Bnei Yehuda 0" in a results table, "Mark\n" at a line end
    if any("\n" in t.text_with_ws for t in doc[start:end - 1]):
        return None  # a name does not run across a line break
    return doc[start:end] if end > start else None


def _untitled(span: Span, titles: re.Pattern[str]) -> Span:
    """A person's name without the title the model swept into it; the roles layer reads the title."""
    match = titles.match(span.text)
    if match is None:
        return span
    rest = span.doc.char_span(span.start_char + match.end(), span.end_char, alignment_mode="contract")
    if rest is None or not len(rest) or not rest[0].text[:1].isupper():
        return span
    while len(rest) > 1 and rest[0].is_space:
        rest = rest[1:]
    return rest


def _sentence_starts(doc: Doc) -> set[int]:
    """Where capitals are forced: a sentence's or a line's first word, or the first word after an opening quote."""
    text = doc_text(doc)
    starts = {s.start_char for s in doc.sents}
    line = text.find("\n")
    while line >= 0:
        starts.add(line + 1)
        line = text.find("\n", line + 1)
    starts.update(s + 1 for s in list(starts) if text[s:s + 1] in _OPENING_QUOTES)
    return starts


def _after_name(span: Span) -> bool:
    """The token just before (a comma aside) is part of a person's name."""
    i = span.start - 1
    if i >= 0 and span.doc[i].text == ",":
        i -= 1
    return i >= 0 and span.doc[i].ent_type_ == "PERSON"


def _is_modifier(span: Span) -> bool:
    root = span.root
    return root.pos_ == "ADJ" or root.dep_ in ("amod", "compound", "nmod") or root.tag_ == "JJ"


def _title_ranges(text: str, titles: re.Pattern[str]) -> list[tuple[int, int]]:
    return [m.span() for m in titles.finditer(text)]


def _vote_types(candidates: list[Candidate], places: Gazetteer) -> None:
    """Every mention of one name takes the type most of its mentions (and its full names) have."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for c in candidates:
        votes[c.key][c.type] += 3 if c.fixed else 1
        words = c.key.split()
        if c.type == "person" and len(words) > 1:
            # "Amara Okonkwo" is evidence that a bare "Okonkwo" is a person, stronger than one stray label
            votes[words[-1]]["person"] += 2
    for c in candidates:
        if not c.fixed and votes[c.key]:
            count = votes[c.key]
            best = max(count.values())
            if count[c.type] == best and places.candidates(c.text):
                continue  # a tie on a real place's name: the city and its club may both be meant
            # otherwise a tie goes the same way for every mention ("YouTube" once a place, once a firm, is one thing)
            c.type = max(count.items(), key=lambda item: (item[1], _TIE_ORDER.get(item[0], 0)))[0]


def _recurrences(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Later bare occurrences of a name the article has already typed ("Kassala" untagged the 4th time)."""
    taken = sorted((c.start, c.end) for c in candidates)
    names = [(c, c.text) for c in candidates]
    names += [(c, c.text.split()[-1]) for c in candidates if c.type == "person" and len(c.text.split()) > 1]
    names += [(c, text.upper()) for c, text in list(names) if not text.isupper()]  # headlines in capitals
    owners: dict[str, Candidate] = {}
    for c, text in names:
        if len(text) >= 3 and text[0].isupper() and c.type != "group":
            owners.setdefault(text, c)
    if not owners:
        return []
    alternation = "|".join(re.escape(t) for t in sorted(owners, key=len, reverse=True))
    found: list[Candidate] = []
    for match in re.finditer(r"(?<![\w@#])(?:" + alternation + r")(?![\w-])", doc_text(doc)):
        s, e = match.span()
        if any(a < e and s < b for a, b in taken):
            continue
        span = doc.char_span(s, e)
        if span is None or _inside_other_name(span):
            continue
        c = owners[match.group(0)]
        found.append(Candidate(s, e, match.group(0), c.type, "rule:same_name_in_article", c.kind, c.fixed, c.link))
        taken.append((s, e))
    return found


def _inside_other_name(span: Span) -> bool:
    """"Jordan" in "Michael Jordan" is not the country already named: a capitalised neighbour says so."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return any(t is not None and t.pos_ == "PROPN" and t.text[:1].isupper() for t in (before, after))


def _acronyms(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """"Kenya Defence Forces (KDF)": the acronym and every later use of it join the full name."""
    found: list[Candidate] = []
    for c in list(candidates):
        if c.type not in ("organisation", "place", "group") or c.link:
            continue
        match = _ACRONYM_AFTER.match(text, c.end)
        if not match or not _initials_fit(match.group(1), c.text):
            continue
        acronym = match.group(1)
        for other in candidates:
            if other.text == acronym:
                other.type, other.link, other.kind = c.type, c.key, "acronym"
        taken = [(x.start, x.end) for x in candidates + found]
        for occurrence in re.finditer(r"(?<![\w@#])" + re.escape(acronym) + r"(?!\w)", text):
            s, e = occurrence.span()
            if not any(a < e and s < b for a, b in taken):
                found.append(Candidate(s, e, acronym, c.type, "rule:acronym_in_parentheses", "acronym", True, c.key))
    return found


def _initials_fit(acronym: str, name: str) -> bool:
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w[0].isupper())
    letters = acronym.upper().replace("&", "")
    return bool(initials) and letters[0] == initials[0] and _subsequence(letters, initials.upper())


def _subsequence(short: str, long: str) -> bool:
    remaining = iter(long)
    return all(ch in remaining for ch in short)


def _suffixes_by_name(candidates: list[Candidate]) -> dict[str, set[str]]:
    """Name (without suffix) → the suffixes the article writes after it ("jr", "sr", "iii")."""
    found: dict[str, set[str]] = defaultdict(set)
    for c in candidates:
        if c.type == "person":
            base, suffix = split_suffix(c.key)
            if suffix:
                found[base].add(suffix)
                found[base.split()[-1]].add(suffix)  # "Vance Sr." beside "Robert Vance Sr."
    return found


# Titles that go before a given name, not a surname: "King Faisal", "Sheikh Zayed", "Sir Alex".
_GIVEN_NAME_TITLES = {"king", "queen", "prince", "princess", "emir", "amir", "sheikh", "sheik", "sultan", "shah",
                      "emperor", "empress", "pope", "sir", "dame", "lord", "lady", "crown"}
_TITLE_BEFORE = re.compile(r"\b([A-Za-z]+)\.?\s+$")


def _after_given_name_title(candidate: Candidate, text: str) -> bool:
    match = _TITLE_BEFORE.search(text[max(0, candidate.start - 20):candidate.start])
    return match is not None and match.group(1).lower() in _GIVEN_NAME_TITLES


def _join_surnames(groups: dict[tuple[str, str], list[Candidate]], unresolved: list[Mention], text: str = ""
                   ) -> dict[tuple[str, str], list[Candidate]]:
    """"Okonkwo" joins "Amara Okonkwo" when exactly one full name in the article ends (or starts) so.

    With two ("Ingrid Larsen", "Erik Larsen") the bare "Larsen" is left unresolved, not made a third person. A
    name the article writes after a monarch's or a knight's title ("King Faisal", "Sir Alex") is a given name: it
    joins only a full name that starts with it, never one that ends with it ("King Faisal" is not "Omar Faisal").
    """
    cores = {key: (split_suffix(key[1])[0].split(), split_suffix(key[1])[1]) for key in groups if key[0] == "person"}
    full = [key for key, (words, _) in cores.items() if len(words) > 1]
    joined: dict[tuple[str, str], list[Candidate]] = {k: list(v) for k, v in groups.items()}
    for key in [k for k, (words, _) in cores.items() if len(words) == 1]:
        (word,), suffix = cores[key]
        owners = [f for f in full
                  if word in (cores[f][0][-1], cores[f][0][0]) and (not suffix or cores[f][1] == suffix)]
        if any(_after_given_name_title(c, text) for c in groups[key]):
            owners = [f for f in owners if cores[f][0][0] == word]
        else:
            surname_owners = [f for f in owners if cores[f][0][-1] == word]
            owners = surname_owners or owners
        if len(owners) == 1:
            for c in joined.pop(key):
                c.kind = "alias" if c.kind == "name" else c.kind
                joined[owners[0]].append(c)
        elif len(owners) > 1:
            names = ";".join(sorted(o[1] for o in owners))
            unresolved.extend(Mention(c.start, c.end, c.text, "alias", f"unresolved:surname_shared#{names}")
                              for c in joined.pop(key))
    return joined


def _proper_noun_runs(doc: Doc) -> list[Span]:
    """Runs of 2–4 capitalised proper nouns inside one sentence: the shape of a personal name."""
    runs: list[Span] = []
    current: list[int] = []
    for token in doc:
        name_like = token.tag_ in ("NNP", "NNPS") and token.text[:1].isupper() and token.is_alpha
        if name_like and not current and token.lower_ in _TITLE_SUFFIXES:
            continue  # "Secretary-Designate Mary Holt": the run is the name after the title's suffix
        if name_like and (not current or not token.is_sent_start):
            current.append(token.i)
            continue
        if 2 <= len(current) <= 4:
            runs.append(doc[current[0]:current[-1] + 1])
        current = [token.i] if name_like else []
    if 2 <= len(current) <= 4:
        runs.append(doc[current[0]:current[-1] + 1])
    return runs


def _canonical(names: list[Candidate], kind: str) -> str:
    """The longest name for a person ("Amara Okonkwo" over "Okonkwo"); the most used form otherwise."""
    if kind == "person":
        return max(names, key=lambda c: (len(c.text.split()), len(c.text), -c.start)).text
    forms = Counter(c.text for c in names)
    return max(forms.items(), key=lambda item: (item[1], len(item[0])))[0]
