"""The split check: two events of one kind that the words join are parted; one event told from two sides
is not. Synthetic wire-style articles (invented port, people and numbers), no publication dates, so that
time cannot part them and only what the articles say can."""

from __future__ import annotations

import dataclasses
import random

import numpy as np

from dateline.corpus.stories import Params, StoryClusterer, StoryState, features
from dateline.corpus.story_split import best_cut, split
from dateline.corpus.vectors import bucket
from dateline.model import Analysis, Article, Entity, Mention, Range

KIND = [
    "Dockworkers walked off the job at the Marenport container terminal, leaving cranes idle.",
    "Cargo ships waited offshore as the strike halted loading at the harbour.",
    "Union members picketed the gates of the port while trucks queued outside.",
    "The walkout stopped work at the busiest terminal on the coast, the port authority said.",
    "Shipping agents said the stoppage at Marenport would delay deliveries across the region.",
]
PAY = [
    "Nadia Serrat, who leads the dockers' union, said members rejected a 4 percent raise.",
    "Juno Pike, the port director, said eleven ships were waiting for a berth.",
    "The dispute is over overtime pay and pensions for the night shift.",
    "Serrat said the union would accept arbitration if the offer on pensions improved.",
    "Pike called the demand for a 9 percent raise unaffordable.",
    "Night shift crews said overtime had been cut twice this year.",
]
SAFETY = [
    "Tomas Hale, a crane operator, was one of two workers injured when a gantry crane collapsed.",
    "Vera Osk, the safety inspector, said the collapse would be investigated by an independent inquiry.",
    "The union demanded new inspections of every crane before work resumes.",
    "Hale said warnings about rusted cables had been ignored for months.",
    "Osk ordered thirty cranes out of service pending checks.",
    "Workers said helmets and harnesses were missing on the upper gantries.",
]
UNION_SIDE = [
    "Serrat told a rally that members would stay out until pensions were protected.",
    "Union stewards said night shift crews lost a third of their overtime this year.",
    "Serrat said the 4 percent offer did not cover rising rents in Marenport.",
]
PORT_SIDE = [
    "Pike said the port could not afford a 9 percent raise while eleven ships waited.",
    "The port director said arbitration was open if the union returned to work.",
    "Pike said overtime was cut because night traffic had fallen.",
]
OTHER = [
    ("The city council approved new cycle lanes on the river road after a long debate.", "Ada Obi"),
    ("A museum reopened after two years of renovation with a new wing for maps.", "Lior Benn"),
    ("Rail fares will rise in spring, the transport ministry said on its website.", "Petra Lind"),
    ("A bakery in the old town won the regional bread award for its rye loaf.", "Maro Kess"),
    ("The football club signed a young goalkeeper from the second division.", "Ivo Strand"),
    ("Heavy rain flooded low streets near the market and closed two schools.", "Rhea Dunn"),
]
PEOPLE = ["Nadia Serrat", "Juno Pike", "Tomas Hale", "Vera Osk", "Serrat", "Pike", "Hale", "Osk"]


def _analysis(number: int, sentences: list[str]) -> Analysis:
    text = " ".join(sentences)
    entities = []
    for name in PEOPLE:
        spans = [i for i in range(len(text)) if text.startswith(name, i)
                 and not (name in ("Serrat", "Pike", "Hale", "Osk") and text[max(0, i - 6):i].strip()
                          in ("Nadia", "Juno", "Tomas", "Vera"))]
        if spans:
            full = next(p for p in PEOPLE if p.endswith(name))
            entities.append(Entity(f"e{len(entities)}", full, "person",
                                   [Mention(i, i + len(name), name) for i in spans], identity=f"person:{full.lower()}"))
    at = text.find("Marenport")
    if at >= 0:
        entities.append(Entity(f"e{len(entities)}", "Marenport", "place", [Mention(at, at + 9, "Marenport")]))
    article = Article(id=f"a{number}", text=text, body=Range(0, len(text)))
    return Analysis(article, entities=entities)


def _article(number: int, rng: random.Random, own: list[str], kind: int = 3, detail: int = 3) -> Analysis:
    return _analysis(number, rng.sample(KIND, kind) + rng.sample(own, detail))


def _others(start: int) -> list[Analysis]:
    return [_analysis(start + n, [text, f"{person} said the plan was agreed."])
            for n, (text, person) in enumerate(OTHER)]


def _run(items: list[Analysis], params: Params) -> dict[str, int]:
    found = [features(a, params) for a in items]
    return {a.article_id: a.story for a in StoryClusterer(params).run(found, chunk=len(found))}


def _groups(placed: dict[str, int], ids: list[list[str]]) -> list[set[int]]:
    return [{placed[i] for i in group} for group in ids]


def test_two_events_of_one_kind_are_split_where_the_words_join_them() -> None:
    rng = random.Random(0)
    pay = [_article(n, rng, PAY) for n in range(8)]
    safety = [_article(100 + n, rng, SAFETY) for n in range(8)]
    items = [*_others(200), *(x for pair in zip(pay, safety, strict=True) for x in pair)]
    ids = [[a.article.id for a in pay], [a.article.id for a in safety]]
    unsplit = _run(items, dataclasses.replace(Params(), split_cut=0.0))
    assert _groups(unsplit, ids)[0] & _groups(unsplit, ids)[1], "the single pass alone should merge the two strikes"
    placed = _run(items, Params())
    pay_story, safety_story = _groups(placed, ids)
    assert len(pay_story) == 1 and len(safety_story) == 1 and pay_story != safety_story
    assert len({placed[f"a{200 + n}"] for n in range(len(OTHER))} & (pay_story | safety_story)) == 0


def test_one_event_told_from_two_sides_stays_one_story() -> None:
    """The hard negative: union-side and port-side reports of the same strike share its kind and its
    people and numbers, but each side's words are its own."""
    rng = random.Random(9)
    union = [_analysis(n, rng.sample(KIND, 2) + rng.sample(UNION_SIDE, 2) + rng.sample(PAY, 1)) for n in range(8)]
    port = [_analysis(100 + n, rng.sample(KIND, 2) + rng.sample(PORT_SIDE, 2) + rng.sample(PAY, 1)) for n in range(8)]
    items = [*_others(200), *(x for pair in zip(union, port, strict=True) for x in pair)]
    placed = _run(items, Params())
    assert len({placed[a.article.id] for a in union + port}) == 1


def test_best_cut_parts_two_cliques_and_respects_the_minimum_side() -> None:
    block = np.full((4, 4), 0.8)
    matrix = np.zeros((8, 8))
    matrix[:4, :4] = block
    matrix[4:, 4:] = block
    matrix[0, 4] = matrix[4, 0] = 0.05
    np.fill_diagonal(matrix, 0.0)
    cut = best_cut(matrix, 3)
    assert cut is not None and cut.side in (frozenset(range(4)), frozenset(range(4, 8))) and cut.ncut < 0.1
    assert best_cut(matrix, 5) is None  # no side of five in eight


def test_split_ignores_stories_too_small_to_hold_two_events() -> None:
    nodes = [{"text": {n: 1.0}} for n in range(5)]  # five unlike articles: too few for two sides of three
    assert split(nodes, {"text": 1.0}, 3) is None
    assert split([*nodes, {"text": {9: 1.0}}], {"text": 1.0}, 3) is not None


# A developing story told over a week: the collapse, then what followed. Each phase has its own people and
# words, which is what the split check looks for; the crane company runs through both.
COLLAPSE = [
    "A gantry crane run by Quayline Cranes collapsed at the Marenport container terminal.",
    "Two workers were hurt when the boom fell onto a stack of containers.",
    "Rescue crews cut open the cab to reach the operator, Tomas Hale.",
    "Quayline Cranes said it was working with the emergency services.",
    "Witnesses said the boom swayed in strong wind before it came down.",
    "The terminal stayed closed for the rest of the day.",
]
AFTERMATH = [
    "Inspectors found corroded cables on four more machines owned by Quayline Cranes.",
    "Prosecutors opened a negligence case against Quayline Cranes.",
    "Quayline Cranes suspended its maintenance chief, Ivo Brandt, during the inquiry.",
    "Insurers put the damage at three million euros.",
    "Brandt's lawyer said his client had reported the rust in January.",
    "The company offered the injured workers compensation.",
]


def _dated(analysis: Analysis, day: int, org: str | None = None) -> Analysis:
    """The article published ``day`` days into March 2025, with ``org`` as an organisation it names."""
    text = analysis.article.text
    entities = list(analysis.entities)
    if org and org in text:
        spans = [i for i in range(len(text)) if text.startswith(org, i)]
        entities.append(Entity(f"e{len(entities)}", org, "organisation",
                               [Mention(i, i + len(org), org) for i in spans], identity=f"organisation:{org.lower()}"))
    article = dataclasses.replace(analysis.article, published=f"2025-03-{1 + day:02d}")
    return dataclasses.replace(analysis, article=article, entities=entities)


def _phases(rng: random.Random) -> tuple[list[Analysis], list[Analysis]]:
    first = [_dated(_analysis(n, rng.sample(KIND, 2) + rng.sample(COLLAPSE, 4)), n % 2, "Quayline Cranes")
             for n in range(8)]
    later = [_dated(_analysis(100 + n, rng.sample(KIND, 2) + rng.sample(AFTERMATH, 4)), 4 + n % 4, "Quayline Cranes")
             for n in range(8)]
    return first, later


def test_phases_of_one_developing_story_stay_one_story() -> None:
    """Dated sides a few days apart that both name the instance's own company are one story told over time."""
    first, later = _phases(random.Random(0))
    items = [*_others(200), *first, *later]
    ids = [[a.article.id for a in first], [a.article.id for a in later]]
    no_exemption = _run(items, dataclasses.replace(Params(), split_specific=-1))
    assert _groups(no_exemption, ids)[0] != _groups(no_exemption, ids)[1], "the split check alone parts the phases"
    placed = _run(items, Params())
    assert len({placed[i] for group in ids for i in group}) == 1


def test_phases_apart_by_more_than_a_half_life_are_still_split() -> None:
    """The hard negative in time: the same sides, a month apart, are two stories (two collapses of one
    company's cranes are two events)."""
    first, later = _phases(random.Random(0))
    later = [dataclasses.replace(a, article=dataclasses.replace(a.article, published=f"2025-04-{6 + n % 4:02d}"))
             for n, a in enumerate(later)]
    items = [*_others(200), *first, *later]
    ids = [[a.article.id for a in first], [a.article.id for a in later]]
    placed = _run(items, Params())
    assert _groups(placed, ids)[0].isdisjoint(_groups(placed, ids)[1])


def test_two_strikes_a_week_apart_naming_a_common_body_are_still_split() -> None:
    """The hard negative in actors: a body that many live stories name (a ministry) is no instance's own."""
    rng = random.Random(0)
    ministry = "Transport Ministry"
    pay = [_dated(_analysis(n, rng.sample(KIND, 3) + rng.sample(PAY, 3) + [f"The {ministry} urged talks."]),
                  n % 7, ministry) for n in range(8)]
    safety = [_dated(_analysis(100 + n, rng.sample(KIND, 3) + rng.sample(SAFETY, 3) + [f"The {ministry} urged talks."]),
                     n % 7, ministry) for n in range(8)]
    items = [*_others(200), *(x for pair in zip(pay, safety, strict=True) for x in pair)]
    ids = [[a.article.id for a in pay], [a.article.id for a in safety]]

    def run(elsewhere: int) -> list[set[int]]:
        found = [features(a) for a in items]
        key, day = bucket(f"a:organisation:{ministry.lower()}"), found[-1].day
        live = [StoryState(900 + n, 1, first_day=day, last_day=day,
                           sums={"text": {bucket(f"w:topic{n}"): 1.0}, "actors": {key: 1.0}, "places": {}, "events": {},
                                 "dates": {}}) for n in range(elsewhere)]
        clusterer = StoryClusterer(Params(), stories=live)
        return _groups({a.article_id: a.story for a in clusterer.run(found, chunk=len(found))}, ids)

    pay_story, safety_story = run(3)  # three other live stories name the ministry
    assert len(pay_story) == 1 and len(safety_story) == 1 and pay_story != safety_story
    pay_story, safety_story = run(0)  # named by these articles alone, it is the instance's own: one story
    assert pay_story == safety_story
