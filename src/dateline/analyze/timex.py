"""Time expressions and their values, resolved against the article's date (TimeML TIMEX3 values).

Resolution follows how news is written: a bare weekday or month points back in a past-tense
clause and forward in a future one ("met on Wednesday" → the Wednesday on or before the
dateline's date; "will meet on Wednesday" → on or after); "last month" is the month before the
publication month; "in October" in a February story about the past is the October before.
Durations ("lasted several hours" → PTXH) and sets ("every week" → P1W) keep TIMEX3's forms.
Each expression names the rule that resolved it; an expression it cannot resolve keeps its
words with value None.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
           "thirty": 30, "fifty": 50, "hundred": 100, "couple": 2, "dozen": 12}
UNITS = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M", "year": "Y",
         "decade": "Y", "century": "Y", "weekend": "WE", "quarter": "Q"}
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|" \
         r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d{2})"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_COUNT = r"(?P<count>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|" \
         r"thirty|fifty|several|a few|few|many|a couple of|couple of|dozens of|hundreds of)"
_UNIT = r"(?P<unit>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))"

Tense = Callable[[int], str]  # offset → "past" | "present" | "future"


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    rule: str


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    flags = re.IGNORECASE
    table = [
        ("iso_date", r"\b(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
        ("month_day_year", rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
        ("day_month_year", rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b"),
        ("month_year", rf"\b{_MONTH}(?:\s+of)?\s+{_YEAR}\b"),
        ("month_day", rf"\b{_MONTH}\s+{_DAY}\b(?!,?\s+\d{{4}})(?!\s*(?:percent|%))"),
        ("weekday", rf"\b(?:(?P<which>last|next|this|on|coming)\s+)?{_WEEKDAY}(?:\s+(?P<part>morning|afternoon|"
                    r"evening|night))?\b"),
        ("relative_day", r"\b(?P<word>today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening))\b"),
        ("ago", rf"\b{_COUNT}\s+{_UNIT}\s+ago\b"),
        ("relative_period", r"\b(?:(?P<earlier>earlier|later)\s+)?(?:the\s+)?(?P<which>last|this|next|past|coming|"
                            r"previous)\s+(?P<period>week|weekend|month|year|quarter)\b"),
        ("last_n", rf"\b(?:the\s+)?(?:last|past|next|coming|previous)\s+{_COUNT}\s+{_UNIT}\b"),
        ("duration", rf"\b(?:more than\s+|nearly\s+|about\s+|almost\s+|over\s+)?{_COUNT}\s+(?:more\s+)?{_UNIT}"
                     r"(?!\s+ago)\b"),
        ("set", r"\b(?P<every>every|each)\s+(?P<what>day|week|month|year|morning|night|Monday|Tuesday|Wednesday|"
                r"Thursday|Friday|Saturday|Sunday)\b|\b(?P<adverb>daily|weekly|monthly|annually|yearly)\b"),
        ("clock", r"\b(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?\s*(?P<half>a\.m\.|p\.m\.|am\b|pm\b)"),
        ("month", rf"\b(?:(?P<which>last|next|this|early|late|mid-?)\s*)?{_MONTH}\b(?!\s+\d)"),
        ("year", rf"(?:(?<=\bin )|(?<=\bsince )|(?<=\bby )|(?<=\buntil )|(?<=\bof )|(?<=\bfrom )|(?<=\bbefore )|"
                 rf"(?<=\bafter )|(?<=\bduring )|(?<=\bthrough )|(?<=\bsince )){_YEAR}\b(?!\s*(?:people|percent|%))"),
        ("present", r"\b(?P<ref>now|currently|recently|nowadays|the future|in the past)\b"),
    ]
    return [(name, re.compile(pattern, flags)) for name, pattern in table]


PATTERNS = _patterns()


def find_timexes(text: str, published: date | None, tense: Tense | None = None) -> list[Timex]:
    """Every time expression, longest first where they overlap, resolved where the date allows."""
    tense = tense or (lambda offset: "past")
    found: list[Timex] = []
    for name, pattern in PATTERNS:
        for match in pattern.finditer(text):
            if name == "month" and match.group("month").lower() == "may" and not match.group("which") \
                    and not re.search(r"\b(?:in|since|by|until|during|of|from|through|before|after)\s+$",
                                      text[max(0, match.start() - 12):match.start()], re.IGNORECASE):
                continue  # "may" the modal, not "in May"
            if name == "month" and match.group("month")[0].islower():
                continue
            timex = _resolve(name, match, published, tense)
            if timex is not None:
                found.append(timex)
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[Timex] = []
    for timex in sorted(found, key=lambda t: -(t.end - t.start)):
        if not any(k.start < timex.end and timex.start < k.end for k in kept):
            kept.append(timex)
    return sorted(kept, key=lambda t: t.start)


def _resolve(name: str, match: re.Match[str], dct: date | None, tense: Tense) -> Timex | None:
    start, end, text = match.start(), match.end(), match.group(0)
    groups = {k: v for k, v in match.groupdict().items() if v}

    if name == "weekday" and text.lower().startswith("on "):
        start, text = start + 3, text[3:]  # TimeML marks "Wednesday", not the preposition

    def make(kind: str, value: str | None) -> Timex:
        return Timex(start, end, text, kind, value, f"rule:timex_{name}")

    if name == "iso_date":
        return make("DATE", f"{groups['year']}-{groups['m']}-{groups['d']}")
    if name in ("month_day_year", "day_month_year"):
        return make("DATE", f"{groups['year']}-{_month(groups['month']):02d}-{int(groups['day']):02d}")
    if name == "month_year":
        return make("DATE", f"{groups['year']}-{_month(groups['month']):02d}")
    if name == "year":
        return make("DATE", groups["year"])
    if name == "clock":
        hour = int(groups["hour"]) % 12 + (12 if groups["half"].lower().startswith("p") else 0)
        clock = f"T{hour:02d}:{int(groups.get('minute', 0)):02d}"
        return make("TIME", (dct.isoformat() if dct else "XXXX-XX-XX") + clock)
    if name == "set":
        what = (groups.get("what") or groups.get("adverb") or "").lower()
        unit = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year",
                "morning": "day", "night": "day"}.get(what, what)
        value = f"P1{UNITS[unit]}" if unit in UNITS else f"XXXX-WXX-{WEEKDAYS.get(unit, 0) + 1}"
        return make("SET", value)
    if name == "present":
        ref = groups["ref"].lower()
        value = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
                 "recently": "PAST_REF", "in the past": "PAST_REF", "the future": "FUTURE_REF"}[ref]
        return make("DATE", value)
    if name == "duration":
        return make("DURATION", _period(groups["count"], groups["unit"]))
    if name == "last_n":
        return make("DURATION", _period(groups["count"], groups["unit"]))
    if dct is None:
        return make("DATE", None)
    if name == "month_day":
        month, day = _month(groups["month"]), int(groups["day"])
        year = _nearest_year(dct, month, tense(start))
        try:
            return make("DATE", date(year, month, day).isoformat())
        except ValueError:
            return None
    if name == "month":
        month = _month(groups["month"])
        which = (groups.get("which") or "").lower()
        direction = {"last": "past", "next": "future"}.get(which) or tense(start)
        year = dct.year if which == "this" else _nearest_year(dct, month, direction)
        return make("DATE", f"{year}-{month:02d}")
    if name == "weekday":
        return make("DATE" if not groups.get("part") else "TIME",
                    _weekday(dct, groups["weekday"], (groups.get("which") or "").lower(), tense(start), groups))
    if name == "relative_day":
        word = groups["word"].lower()
        shift = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
        value = (dct + timedelta(days=shift)).isoformat()
        if word == "tonight":
            return make("TIME", value + "TNI")
        if word.startswith("this "):
            return make("TIME", value + {"morning": "TMO", "afternoon": "TAF", "evening": "TEV"}[word[5:]])
        return make("DATE", value)
    if name == "ago":
        return make("DATE", _ago(dct, groups["count"], groups["unit"]))
    if name == "relative_period":
        return make("DATE", _period_of(dct, groups["which"].lower(), groups["period"].lower()))
    return None


def _month(name: str) -> int:
    key = name.lower().rstrip(".")
    return MONTHS[key] if key in MONTHS else MONTHS[key[:3]]


def _nearest_year(dct: date, month: int, direction: str) -> int:
    """"in October": the most recent October when the clause looks back, the next one when it looks ahead."""
    if direction == "future":
        return dct.year if month >= dct.month else dct.year + 1
    return dct.year if month <= dct.month else dct.year - 1


def _weekday(dct: date, name: str, which: str, direction: str, groups: dict[str, str]) -> str:
    target = WEEKDAYS[name.lower()]
    delta = target - dct.weekday()
    if which == "last" or (which not in ("next", "this", "coming") and direction == "past"):
        delta = delta - 7 if delta > 0 else delta
        if which == "last" and delta == 0:
            delta = -7
    elif which in ("next", "coming") or direction == "future":
        delta = delta + 7 if delta < 0 else delta
        if which == "next" and delta == 0:
            delta = 7
    day = (dct + timedelta(days=delta)).isoformat()
    part = groups.get("part", "").lower()
    return day + {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}.get(part, "")


def _count(word: str) -> str:
    word = word.lower()
    if word.isdigit():
        return word
    if word in NUMBERS:
        return str(NUMBERS[word])
    if word in ("a couple of", "couple of"):
        return "2"
    return "X"  # several, a few, many


def _period(count: str, unit: str) -> str:
    number = _count(count)
    unit = unit.lower().rstrip("s") if not unit.lower().startswith("centur") else "century"
    if unit == "decade":
        number = str(int(number) * 10) if number != "X" else "X"
        return f"P{number}DE" if number == "X" else f"P{number}Y"
    if unit == "century":
        return f"P{int(number) * 100}Y" if number != "X" else "PXCE"
    letter = UNITS[unit]
    return f"PT{number}{letter}" if unit in ("second", "minute", "hour") else f"P{number}{letter}"


def _ago(dct: date, count: str, unit: str) -> str | None:
    number = _count(count)
    if number == "X":
        return "PAST_REF"
    n = int(number)
    unit = unit.lower().rstrip("s")
    if unit == "day":
        return (dct - timedelta(days=n)).isoformat()
    if unit == "week":
        iso = (dct - timedelta(weeks=n)).isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}"
    if unit == "month":
        month_index = dct.year * 12 + dct.month - 1 - n
        return f"{month_index // 12}-{month_index % 12 + 1:02d}"
    if unit == "year":
        return str(dct.year - n)
    return None


def _period_of(dct: date, which: str, period: str) -> str:
    step = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[which]
    if period in ("week", "weekend"):
        iso = (dct + timedelta(weeks=step)).isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}" + ("-WE" if period == "weekend" else "")
    if period == "month":
        month_index = dct.year * 12 + dct.month - 1 + step
        return f"{month_index // 12}-{month_index % 12 + 1:02d}"
    if period == "quarter":
        quarter = (dct.month - 1) // 3 + step
        return f"{dct.year + quarter // 4}-Q{quarter % 4 + 1}"
    return str(dct.year + step)
