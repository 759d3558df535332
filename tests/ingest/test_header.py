"""Datelines and date headers as wire services and newspapers write them."""

from __future__ import annotations

import pytest

from dateline.ingest.header import find_dateline, split_header

SHAPES = [
    # (opening, place, region, agency, date text, first body word)
    ("NAIROBI, Kenya — U.S. officials", "Nairobi", "Kenya", None, None, "U.S."),
    ("WASHINGTON (Reuters) - The Senate", "Washington", None, "Reuters", None, "The"),
    ("LONDON, Jan. 5 (AP) — Police said", "London", None, "AP", "Jan. 5", "Police"),
    ("KYIV, Ukraine, Feb 24 (Reuters) - Air raid", "Kyiv", "Ukraine", "Reuters", "Feb 24", "Air"),
    ("SAN JUAN, Puerto Rico, 12 May 2024 (AFP) – Power", "San Juan", "Puerto Rico", "AFP", "12 May 2024", "Power"),
    ("MOSCOW, March 3. /TASS/. Russia's", "Moscow", None, "TASS", "March 3.", "Russia's"),
    ("NEW YORK, March 3, 2024 /PRNewswire/ -- Acme Corp", "New York", None, "PRNewswire", "March 3, 2024", "Acme"),
    ("NEW DELHI: The government", "New Delhi", None, None, None, "The"),
    ("Dayton, Ohio, United States - This week", "Dayton", "Ohio, United States", None, None, "This"),
    ("ST. LOUIS (AP) — A jury", "St. Louis", None, "AP", None, "A"),
    ("WASHINGTON, D.C. — Lawmakers", "Washington", "D.C.", None, None, "Lawmakers"),
    ("PORT-AU-PRINCE, Haiti — Gangs", "Port-au-Prince", "Haiti", None, None, "Gangs"),
    ("GAZA CITY, Gaza Strip (AP) — Residents", "Gaza City", "Gaza Strip", "AP", None, "Residents"),
    ("UNITED NATIONS (AP) — Diplomats", "United Nations", None, "AP", None, "Diplomats"),
    ("RIO DE JANEIRO — Brazil's", "Rio de Janeiro", None, None, None, "Brazil's"),
    ("BEIJING, March 3 (Xinhua) -- China", "Beijing", None, "Xinhua", "March 3", "China"),
    ("LOS ANGELES, Calif. — A fire", "Los Angeles", "Calif.", None, None, "A"),
    ("NAIROBI, Kenya, Feb. 2 (Reuters) - Kenyan", "Nairobi", "Kenya", "Reuters", "Feb. 2", "Kenyan"),
    ("Cairo, March 3 (Reuters) - Egypt", "Cairo", None, "Reuters", "March 3", "Egypt"),
    ("GENEVA, Switzerland—Leaders", "Geneva", "Switzerland", None, None, "Leaders"),
]


@pytest.mark.parametrize(("opening", "place", "region", "agency", "date_text", "first"), SHAPES)
def test_dateline_shapes(opening: str, place: str, region: str | None, agency: str | None, date_text: str | None,
                         first: str) -> None:
    dateline, body = find_dateline(opening)
    assert dateline is not None
    assert (dateline.place, dateline.region, dateline.agency, dateline.date_text) == (place, region, agency, date_text)
    assert opening[dateline.start:dateline.end] == dateline.text
    assert opening[body:].split()[0] == first


def test_an_all_caps_wire_dateline_still_opens_its_sentence() -> None:
    dateline, _ = find_dateline("LONDON - SHARES in the bank fell on Tuesday.")
    assert dateline is not None and dateline.place == "London"


@pytest.mark.parametrize("opening", [
    "Nearly a third of rural clinics lack a doctor - which could mean longer waits.",
    "NEW: Foreign Minister Obi told reporters",
    "BREAKING: An earthquake struck",
    "Paris - The city council voted",  # a lone Title-case word is too weak to call a dateline
    "The vote - a landmark - passed on Tuesday.",
    "A gale on Sunday brought a bridge down.",
    "In 2024 - a leap year - records fell.",
    "ROWING - HOSTS TAKE EIGHTS TITLE",  # a section slug over an all-caps headline
    "MARKETS - SHARES FALL ON RATE FEARS",
    "DEAR MARGOT: My husband and I visited his brother last week.",  # a letter's salutation
    "RE: Your complaint of 3 March",
    "Q: When did the ferry service stop?",
    "(AP) — An agency credit with no place",
    ": a colon first",
])
def test_sentences_that_are_not_datelines(opening: str) -> None:
    dateline, body = find_dateline(opening)
    assert dateline is None
    assert body == 0


def test_date_header_is_metadata_not_text() -> None:
    published, rest = split_header(" date 2024-02-07 NAIROBI, Kenya — Text.")
    assert published == "2024-02-07"
    assert rest.startswith("NAIROBI")


def test_date_header_with_time() -> None:
    published, rest = split_header("date 2024-02-07T10:30:00Z\nBody text here.")
    assert published == "2024-02-07T10:30:00Z"
    assert rest == "Body text here."


def test_no_header() -> None:
    assert split_header("date night in Paris was fun.") == (None, "date night in Paris was fun.")
