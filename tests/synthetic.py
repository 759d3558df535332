"""Invented news articles in wire style, deterministic for a seed: for batch tests and the benchmark.

Every name, place pairing and event is made up; the sentence patterns are those of agency copy.
"""

from __future__ import annotations

import random

CITIES = [("NAIROBI", "Kenya"), ("LIMA", "Peru"), ("HANOI", "Vietnam"), ("OSLO", "Norway"), ("QUITO", "Ecuador"),
          ("MANILA", "Philippines"), ("ACCRA", "Ghana"), ("BOGOTA", "Colombia"), ("TBILISI", "Georgia"),
          ("DHAKA", "Bangladesh"), ("WARSAW", "Poland"), ("LUSAKA", "Zambia"), ("AMMAN", "Jordan")]
FIRST = ["Amina", "Carlos", "Ingrid", "Tomasz", "Priya", "Kwame", "Lucia", "Dmitri", "Hana", "Samuel", "Rosa", "Omar"]
LAST = ["Otieno", "Quispe", "Nguyen", "Larsen", "Mendoza", "Reyes", "Mensah", "Kowalski", "Rahman", "Banda"]
TITLES = ["Finance Minister", "Health Minister", "Mayor", "Interior Minister", "central bank governor"]
BODIES = ["the National Electoral Commission", "the Ministry of Health", "the World Bank", "the Red Cross",
          "the state power company", "the teachers' union", "the Supreme Court"]
TOPICS = ["fuel prices", "a new vaccine programme", "flood defences", "the national budget", "a port expansion",
          "school closures", "a mining licence", "water rationing"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def make_article(number: int, seed: int = 7) -> str:
    rng = random.Random(seed * 100_003 + number)
    city, country = rng.choice(CITIES)
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    surname = person.split()[1]
    title, body, topic, day = rng.choice(TITLES), rng.choice(BODIES), rng.choice(TOPICS), rng.choice(DAYS)
    figure = rng.randint(2, 950)
    paragraphs = [
        f"date 2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {city}, {country} — {title} {person} said on "
        f"{day} that the government would review {topic} after {body} reported {figure} complaints this year.",
        f"{surname} told reporters in {city.title()} that officials had met representatives of {body} twice. "
        f"\"We will not wait for another crisis,\" {surname} said.",
        f"Opposition lawmakers accused the government of ignoring warnings about {topic} for months. "
        f"A spokesperson for {body} said the figures would be published in full next week.",
        f"Analysts said the review could cost as much as {figure * 3} million dollars, and that {country} "
        f"might seek support from the World Bank.",
        f"{surname} is expected to travel to {rng.choice(CITIES)[0].title()} later this month.",
    ]
    return "\n\n".join(paragraphs[: rng.randint(3, 5)]) + "\n"


def make_articles(count: int, seed: int = 7) -> list[str]:
    return [make_article(i, seed) for i in range(count)]
