"""Story clustering at scale: time and peak memory on generated corpora of 10,000 and 100,000 articles.

    python benchmarks/stories.py [--sizes 10000 100000] [--per-day 100] [--threshold T]

Each size runs in a fresh process, so each peak-memory figure is that run's alone. The articles are
generated as analyses directly (wire-style sentences with invented names, places, events and dates, as
tests/synthetic.py writes them): the benchmark measures clustering, not spaCy. A corpus grows in time, as
news does: ``--per-day`` articles a day (so 10× the articles cover 10× the days), about ten articles a
story, a story lasting up to a week. Prints articles/s, seconds, peak RSS, stories found and B-cubed F1
against the generator's stories, then the time ratio of each size to the first.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import resource
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from tests.synthetic import BODIES, CITIES, FIRST, LAST, TITLES, TOPICS

SYLLABLES = ["ka", "lo", "mi", "ten", "ra", "vos", "del", "un", "ix", "por", "sa", "bre", "tul", "en", "go", "ri"]
CATEGORIES = ["CONSULT", "PROTEST", "ASSAULT", "AGREE", "DISAPPROVE", "INVESTIGATE", "AID", "COERCE"]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def generate(count: int, per_day: int, seed: int = 13) -> Iterator[tuple[object, str]]:
    """(analysis, gold story) in publication order."""
    from dateline.model import Analysis, Article, Entity, Event, EventActor, Mention, Range, Span

    rng = random.Random(seed)
    vocabulary = [_word(rng) for _ in range(20_000)]
    start = date(2024, 1, 1)
    days = max(1, count // per_day)
    stories = []
    for number in range(max(1, count // 10)):
        day = rng.randrange(days)
        people = [f"{rng.choice(FIRST)} {rng.choice(LAST)} {_word(rng).title()}" for _ in range(2)]
        stories.append((number, day, people, rng.choice(BODIES), rng.choice(CITIES), rng.choice(TOPICS),
                        rng.sample(vocabulary, 12), rng.choice(CATEGORIES)))
    plan = sorted((s[1] + rng.randint(0, 6), s[0]) for s in stories for _ in range(rng.randint(5, 15)))[:count]
    for n, (day, sid) in enumerate(plan):
        _, _, people, body, (city, country), topic, words, category = stories[sid]
        who = rng.sample(people, rng.randint(1, 2))
        text = (f"{city.title()}, {country} — {rng.choice(TITLES)} {who[0]} said that {body} would review "
                f"{topic} after {' '.join(rng.sample(words, 6))}. {' '.join(rng.sample(vocabulary, 10))}. "
                f"{' and '.join(who)} met officials of {body} in {city.title()}; {' '.join(rng.sample(words, 4))}.")
        entities = [Entity(f"e{i}", name, "person", [Mention(0, 1, name)] * 2, identity=f"person:{name.lower()}")
                    for i, name in enumerate(who)]
        entities.append(Entity("o", body, "organisation", [Mention(0, 1, body)], identity=f"organisation:{body}"))
        entities.append(Entity("p", city.title(), "place", [Mention(0, 1, city)], identity=f"place:{city.lower()}"))
        events = [Event("v1", category, Span(0, 1, "x"), "happened", source=EventActor(who[0], "e0"),
                        target=EventActor(body, "o"))]
        published = (start + timedelta(days=day)).isoformat()
        article = Article(id=f"bench:{n}", text=text, body=Range(0, len(text)), published=published,
                          title=f"{who[0]} on {topic}")
        yield Analysis(article, entities=entities, events=events), f"s{sid}"


def run(count: int, per_day: int, threshold: float | None,
        queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    import dataclasses

    from dateline.corpus.stories import Params, StoryClusterer, features
    from dateline.evaluation.clusters import score

    gold: dict[str, str] = {}

    def items() -> Iterator[object]:
        for analysis, story in generate(count, per_day):
            gold[analysis.article.id] = story  # type: ignore[attr-defined]
            yield features(analysis)  # type: ignore[arg-type]

    params = Params() if threshold is None else dataclasses.replace(Params(), threshold=threshold)
    clusterer = StoryClusterer(params)
    started = time.perf_counter()
    placed = {a.article_id: a.story for a in clusterer.run(items())}  # type: ignore[arg-type]
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    found = score(gold, placed)
    queue.put((count, seconds, peak, found.clusters, found.gold_clusters, found.b3_f1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--per-day", type=int, default=100)
    parser.add_argument("--threshold", type=float, help="join threshold instead of the shipped one (how it was chosen)")
    args = parser.parse_args()
    print(f"{'articles':>9} {'seconds':>9} {'articles/s':>11} {'peak MiB':>9} {'stories':>8} {'gold':>7} "
          f"{'B3 F1':>6} {'time ×':>7}")
    first: float | None = None
    context = multiprocessing.get_context("spawn")
    for size in args.sizes:
        queue = context.Queue()
        process = context.Process(target=run, args=(size, args.per_day, args.threshold, queue))
        process.start()
        count, seconds, peak, stories, gold, f1 = queue.get()
        process.join()
        first = first or seconds
        print(f"{count:>9,} {seconds:>9.1f} {count / seconds:>11.0f} {peak:>9.0f} {stories:>8,} {gold:>7,} "
              f"{f1:>6.3f} {seconds / first:>7.1f}", flush=True)


if __name__ == "__main__":
    main()
