"""Invented wire stories and their republished copies, for the near-duplicate and quote-spread tests.

Every name, outlet and event is made up. ``COPIES`` are the same story lightly edited, re-headlined or
trimmed by other outlets; ``NEGATIVES`` are different stories on the same topic, with the same people
and places, that must not be grouped with it.
"""

from __future__ import annotations

import json
from pathlib import Path

STRIKE = [
    "MOMBASA, Kenya (Meridian Wire) — Dock workers at Mombasa port walked off the job on Tuesday, halting the "
    "unloading of container ships and leaving dozens of vessels waiting at anchor off the Kenyan coast.",
    "The Dockworkers Union said its members would stay out until the port authority restored a housing "
    "allowance that was cut in January. \"We have waited four months for an answer and received none,\" union "
    "secretary general Halima Wanjiru told reporters outside the main gate.",
    "The Kenya Ports Authority said in a statement that contingency plans were in place and that perishable "
    "cargo would be given priority. It did not say how many workers had joined the strike.",
    "Shipping agents estimated that more than forty vessels were delayed by the stoppage, the second at the "
    "port in less than a year. Importers of fuel and wheat warned that shortages could follow within days.",
    "Transport Minister Daniel Kiprono urged both sides to return to talks. \"The port is the gateway for the "
    "whole region and cannot stand still,\" he said in Nairobi.",
    "A similar dispute over overtime pay shut the container terminal for six days last August before the "
    "government brokered a settlement.",
]

ORIGINAL = {"id": "meridian-strike", "outlet": "Meridian Wire", "published": "2024-04-16T06:10:00",
            "title": "Mombasa dock workers strike over housing allowance", "text": "\n\n".join(STRIKE)}

_EDITED = [p.replace("walked off the job on Tuesday", "went on strike on Tuesday")
            .replace("told reporters outside the main gate", "said at the main gate")
            .replace("more than forty vessels", "at least forty ships") for p in STRIKE]

COPIES = [
    # the same text under another outlet's headline, hours later
    {"id": "coastal-copy", "outlet": "Coastal Herald", "published": "2024-04-16T09:30:00",
     "title": "Port at a standstill as dockers down tools", "text": "\n\n".join(STRIKE)},
    # lightly edited: a few phrases changed, one paragraph dropped, a local line added
    {"id": "daily-edited", "outlet": "The Daily Ledger", "published": "2024-04-16T11:00:00",
     "title": "Strike halts Mombasa port",
     "text": "\n\n".join([*_EDITED[:3], *_EDITED[4:], "Traders at Kongowea market said prices of imported rice "
                          "had already risen by the afternoon."])},
    # trimmed to its first three paragraphs
    {"id": "evening-trimmed", "outlet": "Evening Post", "published": "2024-04-16T18:45:00",
     "title": "Mombasa dockers strike", "text": "\n\n".join(STRIKE[:3])},
    # re-headlined with a rewritten lede
    {"id": "weekly-relede", "outlet": "Nairobi Weekly", "published": "2024-04-17T08:00:00",
     "title": "Forty ships wait as Mombasa strike bites",
     "text": "\n\n".join(["MOMBASA, Kenya — Ships queued off Kenya's main port on Tuesday after dock workers "
                          "stopped work in a row over a housing allowance, the union said.", *STRIKE[1:]])},
]

NEGATIVES = [
    # the same strike, days later: a different story with the same people, place and topic
    {"id": "meridian-talks", "outlet": "Meridian Wire", "published": "2024-04-19T07:20:00",
     "title": "Mombasa port talks collapse as strike enters fourth day",
     "text": "MOMBASA, Kenya (Meridian Wire) — Talks between the Kenya Ports Authority and striking dock workers "
             "broke down on Friday without agreement, union officials said, as the stoppage at Mombasa entered "
             "its fourth day.\n\nHalima Wanjiru, secretary general of the Dockworkers Union, accused the "
             "authority of bargaining in bad faith and said pickets would be extended to the oil jetty at "
             "Kipevu. The authority said its offer to restore half of the allowance remained on the table.\n\n"
             "Transport Minister Daniel Kiprono met both delegations in Mombasa on Thursday evening. His office "
             "said he would ask parliament to fund the housing allowance in the next budget if the dispute "
             "dragged on.\n\nFuel distributors in Uganda and Rwanda, which rely on the port, said they had begun "
             "rationing diesel deliveries to filling stations."},
    # another port story from the same outlet and region: a different event
    {"id": "meridian-dredging", "outlet": "Meridian Wire", "published": "2024-04-22T10:00:00",
     "title": "Kenya signs dredging contract for Mombasa channel",
     "text": "MOMBASA, Kenya (Meridian Wire) — Kenya signed a contract on Monday with a Dutch dredging firm to "
             "deepen the approach channel to Mombasa port so that larger container ships can dock.\n\nThe Kenya "
             "Ports Authority said the work would take eighteen months and cost about 120 million dollars, "
             "financed by a loan from a regional development bank. Transport Minister Daniel Kiprono said the "
             "project would cut waiting times for shipping lines.\n\nEnvironmental groups said dredging could "
             "damage coral reefs near the harbour mouth and asked for the impact assessment to be published."},
]

FLOOD = [
    "ACCRA, Ghana (Meridian Wire) — Heavy rain flooded parts of Accra overnight, cutting power to thousands of "
    "homes and forcing schools in three districts to close on Wednesday, the city's disaster agency said.",
    "The National Disaster Management Organisation said two people were missing after a drainage channel "
    "overflowed in the Kaneshie area. Rescue teams were using boats to reach families trapped on rooftops.",
    "\"The drains were blocked with plastic waste long before the rains came,\" said Kofi Asante, a resident "
    "who spent the night on the roof of his house with his two children.",
    "Forecasters said more rain was expected through Friday.",
]

FLOOD_STORIES = [
    {"id": "meridian-flood", "outlet": "Meridian Wire", "published": "2024-05-08T05:00:00",
     "title": "Floods hit Accra, schools closed", "text": "\n\n".join(FLOOD)},
    {"id": "gold-flood", "outlet": "Gold Coast Times", "published": "2024-05-08T12:00:00",
     "title": "Two missing as floods swamp Accra districts",
     "text": "\n\n".join([FLOOD[0], FLOOD[1].replace("Rescue teams", "Emergency crews"), FLOOD[2]])},
]


def all_articles() -> list[dict[str, str]]:
    """Every story as a JSON Lines record, each at its own URL (the same text at two URLs is two articles)."""
    records = [ORIGINAL, *COPIES, *NEGATIVES, *FLOOD_STORIES]
    return [{**r, "url": f"https://{r['outlet'].lower().replace(' ', '-')}.example/{r['id']}"} for r in records]


def write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path
