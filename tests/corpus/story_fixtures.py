"""Invented wire-style articles for the story tests: four stories, three outlets each, reworded copies.

Two of the stories are the same kind of event in the same week (dock strikes in two invented ports, with
their own union leaders and port authorities): the hard negative that words like "strike", "dockworkers"
and "cargo" cannot separate alone. Every name, place and figure is made up.
"""

from __future__ import annotations

OUTLETS = ("Wire Daily", "Coastal Herald", "Metro Ledger")

STORIES: dict[str, list[tuple[str, str, str]]] = {
    "marenport-strike": [
        ("2025-02-03", "Dockworkers walk out at Marenport over pay",
         "MARENPORT — Dockworkers at Marenport walked off the job on Monday after talks with the Marenport Harbour "
         "Authority collapsed, union leader Talia Brandt said. Brandt said 2,400 members of the Harbour Workers "
         "Union would stay out until the authority raised its pay offer. Container ships queued outside the "
         "breakwater as cranes stood idle."),
        ("2025-02-04", "Marenport strike leaves cargo stranded",
         "MARENPORT — Cargo piled up at Marenport for a second day as the strike called by Talia Brandt's Harbour "
         "Workers Union continued. The Marenport Harbour Authority said it had offered a 4 percent raise and "
         "accused Brandt of refusing to negotiate. Shipping agents said twelve vessels were waiting to unload."),
        ("2025-02-06", "Talks resume in Marenport dock dispute",
         "MARENPORT — Talia Brandt, who leads the Harbour Workers Union, met officials of the Marenport Harbour "
         "Authority on Thursday as the dockworkers' strike entered its fourth day. Brandt told reporters the "
         "union wanted a 9 percent raise. The authority said the walkout had cost the port millions."),
    ],
    "kessingham-strike": [
        ("2025-02-04", "Kessingham dockers strike over night shifts",
         "KESSINGHAM — Dockers in Kessingham stopped work on Tuesday in a dispute over night shifts, said Oren "
         "Vasquez, secretary of the Kessingham Stevedores Guild. The Kessingham Port Trust said ferries to the "
         "islands were cancelled. Vasquez said the guild opposed a new rota that adds two night shifts a week."),
        ("2025-02-05", "Ferries cancelled as Kessingham stevedores stay out",
         "KESSINGHAM — The Kessingham Stevedores Guild kept its members off the quays for a second day, and the "
         "Kessingham Port Trust cancelled all island ferries again. Oren Vasquez said the guild would not accept "
         "the night-shift rota. Island councils said fuel deliveries were running short."),
        ("2025-02-06", "Kessingham port trust offers to drop rota",
         "KESSINGHAM — The Kessingham Port Trust offered on Thursday to suspend its new night-shift rota, and "
         "Oren Vasquez of the Kessingham Stevedores Guild said members would vote on returning to work. Ferries "
         "to the islands are expected to sail again at the weekend."),
    ],
    "veloria-count": [
        ("2025-02-03", "Veloria election commission halts vote count",
         "SAN AUREO, Veloria — Veloria's Electoral Commission suspended the count of Sunday's parliamentary vote, "
         "commissioner Ines Kalmar said, citing missing tally sheets from three provinces. Opposition leader "
         "Mateo Ruhl called the suspension an attempt to change the result."),
        ("2025-02-04", "Opposition rallies after Veloria count suspended",
         "SAN AUREO, Veloria — Thousands of supporters of Mateo Ruhl marched in San Aureo on Tuesday after the "
         "Electoral Commission stopped counting votes. Commissioner Ines Kalmar said the count would resume "
         "once the tally sheets were found. Ruhl demanded that observers be allowed into the counting halls."),
        ("2025-02-07", "Veloria resumes count under observers",
         "SAN AUREO, Veloria — Veloria's Electoral Commission resumed counting on Friday with foreign observers "
         "present, Ines Kalmar said. Mateo Ruhl said his party would accept a count that observers had watched. "
         "The commission expects to publish provisional results next week."),
    ],
    "brava-flood": [
        ("2025-02-05", "River Ost floods Brava Hollow",
         "BRAVA HOLLOW — The River Ost burst its banks at Brava Hollow overnight, flooding 300 homes, fire chief "
         "Petra Lindqvist said. Rescue crews used boats to reach families on rooftops. The regional weather "
         "office said more rain was forecast."),
        ("2025-02-06", "Brava Hollow residents evacuated as Ost keeps rising",
         "BRAVA HOLLOW — Firefighters evacuated 1,100 residents of Brava Hollow as the River Ost kept rising, "
         "Petra Lindqvist said on Thursday. Schools were turned into shelters and the main bridge was closed."),
        ("2025-02-08", "Clean-up begins in flooded Brava Hollow",
         "BRAVA HOLLOW — Water began to recede from Brava Hollow on Saturday and residents returned to mud-filled "
         "homes. Fire chief Petra Lindqvist said the River Ost flood was the worst in forty years."),
    ],
}
