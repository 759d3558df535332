"""Stories: articles that report the same event or developing story, grouped online and incrementally.

An article, read in publication order, joins the story it is most like, or opens a new one when none is
like enough. Likeness has four blocks, each a cosine between the article's TF-IDF vector and the story's
summed vector (its centroid):

  text     words of title and body (a capitalised word inside a sentence, likely a name, counts twice);
  actors   identities of the people, organisations and groups it names (``Entity.identity``);
  places   the places it names (GeoNames id when resolved) and its dateline;
  events   event category with each participant and place ("MEET|person:ada obi");
  dates    for an article without a publication date only, the months its dates name ("2011-11"): what
           stands in for time proximity there.

The blocks are weighed (``Params``), over the blocks the article has (a headline with no actor is judged
on its words alone), and the sum is discounted by the days between the article and the story's nearest
date (a half-life). A short text (a headline) joins at a lower threshold: few words can share only a small
part of a story's vector. Each membership keeps the block scores and the actors, places and events shared, so a
reader sees why an article joined. A story that has aged past any chance of joining is retired from the
candidate index, which with a capped index per key keeps the work per article bounded (near-linear).

A single pass lets the first report of a second event of the same kind (another strike at one
port, another flood in one valley) join the first: the kind's words outweigh the rest. So after each chunk's
passes a split check (``story_split``) looks inside every story for two groups that share the kind's words
but not their own people, numbers and details, splits such a story, and the chunk's articles are re-placed.
With that check behind it, the join threshold can be lower than a single pass alone could afford.

Parameters were chosen by a grid on the ECB+ development topics (``dateline eval stories --grid``; see
the README); nothing in them names a document.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from ..model import Analysis
from .story_split import split
from .vectors import DocumentFrequencies, Vector, bucket, dot, norm, normalise, top, weigh, words

BLOCKS = ("text", "actors", "places", "events", "dates")
ACTOR_TYPES = {"person", "organisation", "group"}
_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+")


@dataclass(frozen=True)
class Params:
    threshold: float = 0.22
    text: float = 0.70
    actors: float = 0.25
    places: float = 0.10
    events: float = 0.10
    dates: float = 0.30
    refine: int = 2  # times each article of a chunk is re-placed after the chunk's single pass
    short_words: int = 30  # texts of fewer distinct words get a threshold lowered by sqrt(words / this)
    # days after which the time factor halves (the first day is free): a developing story's follow-up (an
    # arrest, an inquiry, a ruling) often comes one or two weeks after its last report
    half_life: float = 14.0
    title_weight: int = 2  # a title word counts this many times
    name_boost: int = 1  # a capitalised word inside a sentence counts this many times more
    keep_terms: int = 150  # terms kept in a story's centroid
    keep_keys: int = 40  # actors, places, events kept per story
    index_terms: int = 20  # an article's heaviest terms used to find candidate stories
    max_postings: int = 2000  # a key shared by more live stories than this finds no candidates
    split_cut: float = 0.7  # a story whose best two-way cut (locally weighted) costs less than this is split
    split_min: int = 3  # ... when each side keeps at least this many of the chunk's articles
    split_max: int = 400  # stories with more of the chunk's articles than this are not checked (cost)
    split_rounds: int = 2  # split checks (each followed by re-placing) per chunk
    split_specific: int = 2  # an actor named in at most this many other live stories is the instance's own

    def weight(self, block: str) -> float:
        value: float = getattr(self, block)
        return value


@dataclass
class Features:
    """What the clusterer reads of one article: hashed key counts per block, with names to explain them."""

    article_id: str
    day: float | None  # days since 1970-01-01 of the publication date
    published: str | None
    counts: dict[str, Counter[int]]
    names: dict[int, str]


@dataclass
class StoryState:
    """A story as the clusterer keeps it: summed block vectors, key names, size and span."""

    id: int
    size: int = 0
    first: str | None = None
    last: str | None = None
    first_day: float | None = None
    last_day: float | None = None
    sums: dict[str, Vector] = field(default_factory=lambda: {b: {} for b in BLOCKS})
    names: dict[int, str] = field(default_factory=dict)
    hits: dict[str, Counter[int]] = field(default_factory=lambda: {b: Counter() for b in BLOCKS[1:]})
    norms: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Assignment:
    """Where one article went and why: block scores, time factor, total, what it shares with the story."""

    article_id: str
    story: int
    opened: bool
    score: float
    scores: dict[str, float]
    time: float
    shared_actors: list[str]
    shared_places: list[str]
    shared_events: list[str]


def features(analysis: Analysis, params: Params | None = None) -> Features:
    params = params or Params()
    article = analysis.article
    names: dict[int, str] = {}
    body = article.text[article.body.start:article.body.end]
    text = Counter(bucket("w:" + w) for w in words(body))
    if params.name_boost:  # a capitalised word inside a sentence: likely a name
        for w in words(" ".join(_NAME.findall(body))):
            text[bucket("w:" + w)] += params.name_boost
    if article.title and article.title not in article.text[article.body.start:article.body.start + 400]:
        for w in words(article.title):
            text[bucket("w:" + w)] += params.title_weight
    actors: Counter[int] = Counter()
    places: Counter[int] = Counter()
    identities: dict[str, str] = {}
    for entity in analysis.entities:
        key = entity.identity or f"{entity.type}:{entity.name.lower()}"
        identities[entity.id] = key
        if entity.type in ACTOR_TYPES:
            b = bucket("a:" + key)
            actors[b] += len(entity.mentions) or 1
            names.setdefault(b, entity.name)
        elif entity.type == "place":
            place = f"g:{entity.geo.geonameid}" if entity.geo and entity.geo.geonameid else key
            b = bucket("p:" + place)
            places[b] += len(entity.mentions) or 1
            names.setdefault(b, entity.geo.name if entity.geo and entity.geo.name else entity.name)
    if article.dateline and article.dateline.place:
        b = bucket("p:" + article.dateline.place.lower())
        places[b] += 1
        names.setdefault(b, article.dateline.place)
    events: Counter[int] = Counter()
    for event in analysis.events:
        for part in (event.source, event.target, event.place):
            if part is None:
                continue
            key = identities.get(part.entity or "", part.name.lower())
            b = bucket(f"e:{event.category}|{key}")
            events[b] += 1
            names.setdefault(b, f"{event.category} {part.name}")
    dates: Counter[int] = Counter()
    for when in analysis.times if _day(article.published) is None else ():
        if when.type != "DATE" or not when.value or not when.value[:4].isdigit():
            continue
        key = when.value[:7] if len(when.value) >= 7 and when.value[5:7].isdigit() else when.value[:4]
        b = bucket("d:" + key)
        dates[b] += 1
        names.setdefault(b, key)
    return Features(article.id, _day(article.published), article.published,
                    {"text": text, "actors": actors, "places": places, "events": events, "dates": dates}, names)


def _day(published: str | None) -> float | None:
    if not published or len(published) < 10:
        return None
    try:
        return float(date.fromisoformat(published[:10]).toordinal())
    except ValueError:
        return None


class StoryClusterer:
    """Single-pass clustering that can be resumed: document frequencies and live stories are its state."""

    def __init__(self, params: Params | None = None, df: DocumentFrequencies | None = None,
                 stories: Iterable[StoryState] = (), next_id: int = 1) -> None:
        self.params = params or Params()
        self.df = df or DocumentFrequencies()
        self.stories: dict[int, StoryState] = {}
        self.postings: dict[tuple[str, int], set[int]] = {}
        self.posted: dict[int, set[tuple[str, int]]] = {}
        self.next_id = next_id
        self.latest: float | None = None
        self.dirty: set[int] = set()  # stories changed since the caller last saved
        self.retired: dict[int, StoryState] = {}  # stories retired since then
        for story in stories:
            self._restore(story)

    def _restore(self, story: StoryState) -> None:
        self.stories[story.id] = story
        story.norms = {b: norm(v) for b, v in story.sums.items()}
        self._index(story)
        self.next_id = max(self.next_id, story.id + 1)
        if story.last_day is not None and (self.latest is None or story.last_day > self.latest):
            self.latest = story.last_day

    def count(self, batch: Iterable[Features]) -> None:
        """Add a batch's keys to the document frequencies (before its articles are placed)."""
        for item in batch:
            self.df.add(b for counts in item.counts.values() for b in counts)

    def run(self, items: Iterable[Features], chunk: int = 1000) -> Iterator[Assignment]:
        """Place articles chunk by chunk: count a chunk's frequencies, place each of its articles, then
        re-place each once against the stories as they now stand (so that the first articles of a story,
        placed when it was small, are judged again), and report where each ended."""
        held: list[Features] = []
        for item in items:
            held.append(item)
            if len(held) >= chunk:
                yield from self._chunk(held)
                held = []
        if held:
            yield from self._chunk(held)

    def _chunk(self, held: list[Features]) -> list[Assignment]:
        self.count(held)
        first_new = self.next_id
        vectors = [self._vectors(item) for item in held]
        placed = [self._place(item, v) for item, v in zip(held, vectors, strict=True)]
        self._refine(held, vectors, placed)
        for _ in range(self.params.split_rounds if self.params.split_cut > 0 else 0):
            if not self._split(held, vectors, placed):
                break
            self._refine(held, vectors, placed)
        seen: set[int] = set()
        for i, a in enumerate(placed):  # a story begun in this chunk: its first article opened it
            if a.story >= first_new and a.story not in seen:
                placed[i] = dataclasses.replace(a, opened=True)
            seen.add(a.story)
        return placed

    def _refine(self, held: list[Features], vectors: list[dict[str, Vector]], placed: list[Assignment]) -> None:
        for _ in range(self.params.refine):
            for i, (item, v) in enumerate(zip(held, vectors, strict=True)):
                self._withdraw(placed[i].story, v)
                placed[i] = self._place(item, v)

    def _split(self, held: list[Features], vectors: list[dict[str, Vector]], placed: list[Assignment]) -> bool:
        """Split each story of the chunk that holds two events of one kind (``story_split``); the side
        without the story's earlier articles (or its earliest article of the chunk) becomes a new story.
        Only the chunk's articles of ``short_words`` words or more are judged and moved (the re-placing
        that follows a split takes the shorter ones where they fit best)."""
        members: dict[int, list[int]] = {}
        for i, a in enumerate(placed):
            members.setdefault(a.story, []).append(i)
        weights = {b: self.params.weight(b) for b in BLOCKS}
        changed = False
        for sid, everyone in sorted(members.items()):
            story = self.stories.get(sid)
            # a short text (a headline) has too few words to tell an instance's words from the kind's
            chunk = [i for i in everyone if len(held[i].counts["text"]) >= self.params.short_words]
            if story is None or not 2 * self.params.split_min <= len(chunk) <= self.params.split_max:
                continue
            nodes: list[dict[str, Vector]] = [vectors[i] for i in chunk]
            earlier = (self._remainder(story, [vectors[i] for i in everyone])
                       if story.size > len(everyone) else None)
            if earlier:
                nodes.append(earlier)
            cut = split(nodes, weights, self.params.split_min)
            if cut is None or cut.ncut >= self.params.split_cut:
                continue
            stays = len(nodes) - 1 if earlier else 0
            moving = [chunk[k] for k in range(len(chunk)) if (k in cut.side) != (stays in cut.side)]
            if len(moving) < self.params.split_min:
                continue
            staying = [i for i in everyone if i not in set(moving)]
            if self._phases(story, held, moving, staying, len(everyone)):
                continue
            new = StoryState(self.next_id)
            self.next_id += 1
            self.stories[new.id] = new
            for i in moving:
                self._withdraw(sid, vectors[i])
                self._update(new, held[i], vectors[i])
                placed[i] = dataclasses.replace(placed[i], story=new.id)
            changed = True
        return changed

    def _phases(self, story: StoryState, held: list[Features], moving: list[int], staying: list[int],
                in_chunk: int) -> bool:
        """Are the two sides phases of one developing story (a fire, then the owner's arrest, then
        inspections ordered) rather than two events of one kind? They are when both are dated, no more than
        a half-life apart, and most articles on each side name one actor that no more than
        ``split_specific`` other live stories name: the instance's own company, agency or person. Two
        events of one kind have their own people; a widely named body (a ministry in every story) is no
        sign. Undated articles (ECB+) get no such exemption."""
        earlier = story.size - in_chunk  # the story's articles before this chunk stay with it
        stay_days = [day for i in staying if (day := held[i].day) is not None]
        if earlier > 0 and story.first_day is not None:
            stay_days.append(story.first_day)
        move_days = [day for i in moving if (day := held[i].day) is not None]
        if not stay_days or not move_days:
            return False
        apart = max(0.0, min(move_days) - max(stay_days), min(stay_days) - max(move_days))
        if apart > self.params.half_life:
            return False
        chunk_hits: Counter[int] = Counter(k for i in moving + staying for k in held[i].counts["actors"])

        def common(members: list[int], before: int) -> set[int]:
            seen: Counter[int] = Counter(k for i in members for k in held[i].counts["actors"])
            if before > 0:
                for k, n in story.hits["actors"].items():
                    seen[k] += max(0, n - chunk_hits[k])
            size = len(members) + before
            return {k for k, n in seen.items() if 2 * n >= size}

        shared = common(moving, 0) & common(staying, earlier)
        return any(len(self.postings.get(("actors", k), ())) <= 1 + self.params.split_specific for k in shared)

    @staticmethod
    def _remainder(story: StoryState, nodes: list[dict[str, Vector]]) -> dict[str, Vector]:
        """The story without the chunk's members: its earlier articles, as one node."""
        left: dict[str, Vector] = {}
        for b, sums in story.sums.items():
            rest = dict(sums)
            for node in nodes:
                for k, w in node.get(b, {}).items():
                    if k in rest:
                        rest[k] -= w
            kept = normalise({k: w for k, w in rest.items() if w > 1e-9})
            if kept:
                left[b] = kept
        return left

    def add(self, item: Features) -> Assignment:
        """Join the best story above the threshold, or open one (frequencies must already count it)."""
        return self._place(item, self._vectors(item))

    def _vectors(self, item: Features) -> dict[str, Vector]:
        if item.day is not None and (self.latest is None or item.day > self.latest):
            self.latest = item.day
            self._retire()
        return {b: weigh(c, self.df) for b, c in item.counts.items() if c}

    def _place(self, item: Features, vectors: dict[str, Vector]) -> Assignment:
        best: tuple[float, int] | None = None
        best_parts: tuple[dict[str, float], float] = ({}, 1.0)
        threshold = self._threshold(item)
        for sid in self._candidates(vectors):
            story = self.stories[sid]
            parts, factor, total = self._score(vectors, story, item.day)
            if total >= threshold and (best is None or (total, -sid) > (best[0], -best[1])):
                best, best_parts = (total, sid), (parts, factor)
        if best is None:
            story = StoryState(self.next_id)
            self.next_id += 1
            self.stories[story.id] = story
            self._update(story, item, vectors)
            return Assignment(item.article_id, story.id, True, 1.0, {b: 1.0 for b in vectors}, 1.0, [], [], [])
        story = self.stories[best[1]]
        shared = {b: self._shared(vectors.get(b, {}), story, b, item.names) for b in BLOCKS[1:]}
        parts, factor = best_parts
        self._update(story, item, vectors)
        return Assignment(item.article_id, story.id, False, round(best[0], 4),
                          {b: round(v, 4) for b, v in parts.items()}, round(factor, 4),
                          shared["actors"], shared["places"], shared["events"])

    def _threshold(self, item: Features) -> float:
        """Lower for a short text (a headline): few words can share only a small part of a long vector."""
        if not self.params.short_words:
            return self.params.threshold
        size = len(item.counts["text"])
        return self.params.threshold * min(1.0, math.sqrt(size / self.params.short_words))

    def _withdraw(self, sid: int, vectors: dict[str, Vector]) -> None:
        """Take an article's vectors out of its story again (before it is re-placed)."""
        story = self.stories.get(sid)
        if story is None:
            return
        self.dirty.add(sid)
        story.size -= 1
        if story.size <= 0:
            self._unindex(sid)
            del self.stories[sid]
            return
        for b, vector in vectors.items():
            sums = story.sums[b]
            for k, w in vector.items():
                if k in sums:
                    left = sums[k] - w
                    if left > 1e-9:
                        sums[k] = left
                    else:
                        del sums[k]
            story.norms[b] = norm(sums)
            if b != "text":
                story.hits[b].subtract(vector.keys())

    def _unindex(self, sid: int) -> None:
        for key in self.posted.pop(sid, set()):
            posting = self.postings.get(key)
            if posting is not None:
                posting.discard(sid)
                if not posting:
                    del self.postings[key]

    def _score(self, vectors: dict[str, Vector], story: StoryState,
               day: float | None) -> tuple[dict[str, float], float, float]:
        parts: dict[str, float] = {}
        total = weights = 0.0
        for b, vector in vectors.items():
            w = self.params.weight(b)
            weights += w
            n = story.norms.get(b, 0.0)
            parts[b] = dot(vector, story.sums[b]) / n if n else 0.0
            total += w * parts[b]
        factor = self._time(day, story)
        return parts, factor, (total / weights if weights else 0.0) * factor

    def _time(self, day: float | None, story: StoryState) -> float:
        if day is None or story.first_day is None or story.last_day is None:
            return 1.0
        gap = max(0.0, story.first_day - day, day - story.last_day)
        return float(0.5 ** (max(0.0, gap - 1.0) / self.params.half_life))

    def _candidates(self, vectors: dict[str, Vector]) -> set[int]:
        found: set[int] = set()
        for b, vector in vectors.items():
            keys = top(vector, self.params.index_terms) if b == "text" else vector
            for k in keys:
                posting = self.postings.get((b, k))
                if posting and len(posting) <= self.params.max_postings:
                    found |= posting
        return found

    def _update(self, story: StoryState, item: Features, vectors: dict[str, Vector]) -> None:
        self.dirty.add(story.id)
        story.size += 1
        if item.day is not None:
            if story.first_day is None or item.day < story.first_day:
                story.first_day, story.first = item.day, item.published
            if story.last_day is None or item.day > story.last_day:
                story.last_day, story.last = item.day, item.published
        for b, vector in vectors.items():
            sums = story.sums[b]
            for k, w in vector.items():
                sums[k] = sums.get(k, 0.0) + w
            keep = self.params.keep_terms if b == "text" else self.params.keep_keys
            if len(sums) > 2 * keep:
                story.sums[b] = sums = top(sums, keep)
            story.norms[b] = norm(sums)
            if b != "text":
                story.hits[b].update(vector.keys())
                for k in vector:
                    if k not in story.names and k in item.names:
                        story.names[k] = item.names[k]
        if len(story.names) > 8 * self.params.keep_keys:
            live = {k for b in BLOCKS[1:] for k in story.sums[b]}
            story.names = {k: v for k, v in story.names.items() if k in live}
            for b in BLOCKS[1:]:
                story.hits[b] = Counter({k: n for k, n in story.hits[b].items() if k in live})
        self._index(story)

    def _index(self, story: StoryState) -> None:
        posted = self.posted.setdefault(story.id, set())
        for b in BLOCKS:
            keys = top(story.sums[b], self.params.index_terms) if b == "text" else story.sums[b]
            for k in keys:
                if (b, k) not in posted:
                    posted.add((b, k))
                    self.postings.setdefault((b, k), set()).add(story.id)

    def _retire(self) -> None:
        """Drop from the index the stories no article from now on can join (the time factor alone sinks them)."""
        if self.latest is None:
            return
        horizon = 1.0 + self.params.half_life * math.log2(1.0 / max(self.params.threshold, 1e-6))
        for sid in [s for s, st in self.stories.items() if st.last_day is not None
                    and self.latest - st.last_day > horizon]:
            self._unindex(sid)
            self.retired[sid] = self.stories.pop(sid)
            self.dirty.discard(sid)

    def _shared(self, vector: Vector, story: StoryState, block: str, names: dict[int, str]) -> list[str]:
        common = [(w * story.sums[block].get(k, 0.0), k) for k, w in vector.items() if k in story.sums[block]]
        return [names.get(k) or story.names.get(k, "?") for _, k in sorted(common, reverse=True)[:5]]


def label(story: StoryState) -> tuple[str, list[str], str | None, str | None]:
    """"Main actors — event — place" from the keys most of the story's articles share."""
    def best(block: str, n: int) -> list[str]:
        ranked = sorted(story.hits[block].items(), key=lambda kv: (-kv[1], -story.sums[block].get(kv[0], 0.0), kv[0]))
        return [story.names[k] for k, _ in ranked if k in story.names][:n]

    actors = best("actors", 2)
    events = best("events", 1)
    event = events[0].split(" ", 1)[0] if events else None
    places = best("places", 1)
    place = places[0] if places else None
    parts = [", ".join(actors) or "(no actor)"] + [p for p in (event, place) if p]
    return " — ".join(parts), actors, event, place
