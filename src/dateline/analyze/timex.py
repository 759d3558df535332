"""Time expressions and their values, resolved against the article's date (TimeML TIMEX3 values).

Resolution follows how news is written: a bare weekday or month points back in a past-tense
clause and forward in a future one ("met on Wednesday" → the Wednesday on or before the
dateline's date; "will meet on Wednesday" → on or after); "last month" is the month before the
publication month; "in October" in a February story about the past is the October before.
Deictic words ("yesterday", "next week", "last year") count from the publication date;
anaphoric ones ("the next year", "two days later", "that month", "the same week") count from the
narrative's current time, the last calendar time the text mentioned (TimeML's reference time),
and from the publication date only while the text has mentioned none. "Early", "mid-", "the end
of" keep the value and add TIMEX3's ``mod`` (START, MID, END); "the first half of 2023" is
2023-H1, "the third quarter" 2023-Q3, "last fall" 2023-FA. Durations ("lasted several hours" →
PTXH) and sets ("every week" → P1W) keep TIMEX3's forms. Each expression names the rule that
resolved it and what its value was computed from (``anchor``); an expression it cannot resolve
keeps its words with value None.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
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
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # the month each season begins in
_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
            "final": 4, "last": 4, "latter": 2}
_PARTS = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|" \
         r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
# A month after a day: its abbreviation may take a full stop ("5 Dec."), a full name may not ("on 4 May." ends a
# sentence)
_MONTH_AFTER_DAY = r"(?=(?-i:[A-Z]))" + _MONTH[:-3] + r"(?:(?:(?<=Jan)|(?<=Feb)|(?<=Mar)|(?<=Apr)|(?<=Jun)|(?<=Jul)|" \
    r"(?<=Aug)|(?<=Sep)|(?<=Sept)|(?<=Oct)|(?<=Nov)|(?<=Dec))\.)?(?![\w-])"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d{2})"
# Capitalised words before a month that do not make it part of a name.
_NOT_NAMES = {"The", "This", "That", "Last", "Next", "Early", "Late", "Mid", "In", "By", "Since", "Until", "Till",
              "Each", "Every", "A", "Through", "During", "Before", "After", "From", "Of", "On"}
# "-24 ", " to 24th ": the end of a run of days (not "and": "on 3 and 9 May" are two days)
_TO_DAY = r"\s*(?:-|–|—|\s+to\s+)\s*\d{1,2}(?:st|nd|rd|th)?\s+"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_COUNT = r"(?P<count>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|" \
         r"thirty|fifty|several|a few|few|many|a couple of|couple of|dozens of|hundreds of)"
_UNIT = r"(?P<unit>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))"
_PERIOD = r"(?P<period>day|morning|afternoon|evening|night|week|weekend|month|year|quarter|decade)"
_CLOCK = r"(?:(?<![\d.:])(?P<hour>1[0-2]|0?\d)(?:[:.](?P<minute>[0-5]\d))?\s*" \
         r"(?P<half>a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)|" \
         r"(?P<noon>noon|midday|midnight))"
_ENDS_CLAUSE = r"(?=\s*(?:[,.;:!?)]|$))"  # "the day before." — not "the day before the vote"
_SPORT = re.compile(r"\b(?:points?|scored|score|touchdowns?|goals?|game|match|halftime|half-time|quarterback|"
                    r"innings?|overtime|basket)\b", re.IGNORECASE)

Tense = Callable[[int], str]  # offset → "past" | "present" | "future" | "would" (future in the past)

# Rules whose value counts from the narrative's current time rather than the publication date.
ANAPHORIC = {"shift", "next_period", "period_around", "that_period", "the_period"}
ABSOLUTE = {"iso_date", "numeric_date", "month_day_year", "day_month_year", "day_month_yy", "month_year", "year",
            "year_bare", "decade", "season_year", "quarter_q", "century"}


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    rule: str
    mod: str | None = None  # TIMEX3 mod: START ("early"), MID ("mid-"), END ("late", "the end of"), APPROX
    anchor: str = "publication"  # publication | narrative | absolute | speech: what the value was computed from


@dataclass
class _Found:
    """A match before resolution: where it is, which rule, what it captured, what modifies it."""

    name: str
    start: int
    end: int
    groups: dict[str, str]
    modifier: dict[str, str] | None = None


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    flags = re.IGNORECASE
    table = [
        ("iso_date", r"\b(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
        # "19/04/2018", "4/19/2018", "19.04.2018": listings and forms (never a path or a version: "/2018/04/05/")
        ("numeric_date", r"(?<![\w/.:-])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d{2})"
                         r"(?![\w/]|\.\d)"),
        ("month_day_year", rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
        ("day_month_year", rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b"),
        # "18-24 November 2019", "from 3 to 9 May": a run of days, dated by its first (the second alone would date
        # a tournament by its final)
        ("day_month_year", rf"\b{_DAY}{_TO_DAY}{_MONTH},?\s+{_YEAR}\b"),
        ("day_month", rf"\b{_DAY}{_TO_DAY}(?:of\s+)?{_MONTH_AFTER_DAY}(?!,?\s+\d{{4}})"),
        # "10 Nov 11", "3 Jan 09": a day, a short month and a two-digit year, as military and ship logs write them
        ("day_month_yy", rf"\b{_DAY}\s+{_MONTH_AFTER_DAY}\s+(?P<yy>\d{{2}})\b(?![:.,]?\d)"
                         r"(?=\s*(?:[.,;:)\]]|$)|\s+(?:in|at|on|near|off|when|while|and|but|by|from|to)\b)"),
        ("month_year", rf"\b{_MONTH}(?:\s+of|,)?\s+{_YEAR}\b"),  # "May 2019", "May of 2019", "May, 2019"
        # "4 November 02:00 GMT": the number after the month is the clock, the day came first
        ("month_day", rf"\b{_MONTH}\s+{_DAY}\b(?!,?\s+\d{{4}})(?!\s*(?:percent|%))(?!:\d)"),
        # "on 4 May", "the 11th of December" (the day first, as most of the world writes it); the month capitalised,
        # so that "the 10 may not" is no date
        ("day_month", rf"\b{_DAY}\s+(?:of\s+)?{_MONTH_AFTER_DAY}(?!,?\s+\d{{4}})"),
        # "8 a.m. Thursday", "noon on Friday", "6 p.m. CET, Dec. 2": one TIMEX3, the day's date with the clock
        ("clock_day", rf"\b{_CLOCK}\s*(?:(?-i:[A-Z]{{2,4}})\s*)?,?\s*(?:on\s+)?(?:{_WEEKDAY}|{_MONTH}\s+{_DAY}\b)"),
        ("weekday_date", rf"\b{_WEEKDAY},?\s+{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?"),
        # "7:15 a.m. on Friday, June 2": the clock on the named date, the weekday a check
        ("clock_weekday_date", rf"\b{_CLOCK}\s*(?:(?-i:[A-Z]{{2,4}})\s*)?,?\s*(?:on\s+)?{_WEEKDAY},?\s+{_MONTH}\s+"
                               rf"{_DAY}\b(?:,?\s+{_YEAR}\b)?"),
        # "in June this year", "March of last year": the month of the year named
        ("month_relative_year", rf"\b(?=(?-i:[A-Z])){_MONTH}(?:\s+of)?\s+(?P<which>this|last|next)\s+year\b"),
        # named days: the one nearest the publication date in the direction of the clause
        ("holiday", r"\b(?P<holiday>(?-i:Black Friday|Cyber Monday|Thanksgiving Day|Christmas Day|Christmas Eve|"
                    r"New Year's Day|New Year’s Day|New Year's Eve|New Year’s Eve|Boxing Day|Good Friday|"
                    r"Easter Sunday|Easter Monday|Halloween|Valentine's Day|Valentine’s Day)|"
                    r"(?:(?<=\bat )|(?<=\bon )|(?<=\bby )|(?<=\bover )|(?<=\bbefore )|(?<=\bafter )|(?<=\buntil )|"
                    r"(?<=\bsince ))(?-i:Christmas|Easter|Thanksgiving))\b"),
        ("weekday_date", rf"\b{_WEEKDAY},?\s+(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH_AFTER_DAY}(?:,?\s+{_YEAR}\b)?"),
        ("weekday", rf"\b(?:(?P<which>last|next|this past|this|on|coming)\s+)?{_WEEKDAY}"
                    r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b"),
        ("relative_day", r"\b(?P<word>today|tonight|yesterday|tomorrow|last night|"
                         r"this (?:morning|afternoon|evening))\b"),
        ("ago", rf"\b{_COUNT}\s+{_UNIT}\s+ago\b"),
        ("hence", r"(?<=\bin )(?P<count>\d+|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+"
                  r"(?P<unit>days?|weeks?|months?|years?)(?:'|’)?(?:\s+time)?\b(?!\s+(?:of|to|after|before|later|earlier|ago))"),
        # anaphoric: counted from the narrative's current time
        # "hours earlier", "minutes later" with no count: still the narrative's day
        ("shift", rf"\b(?:{_COUNT}\s+(?:more\s+)?|(?=(?:hours|minutes|seconds)\s)){_UNIT}\s+"
                  rf"(?P<dir>later|earlier|afterwards?|(?:before|after|on){_ENDS_CLAUSE})"),
        ("next_period", rf"\bthe\s+(?P<which>next|following|previous|preceding|prior)\s+{_PERIOD}\b(?!-)"),
        ("period_around", rf"\bthe\s+(?P<period>day|night|week|weekend|month|year)\s+(?P<dir>before|after|earlier|"
                          rf"later){_ENDS_CLAUSE}"),
        ("that_period", rf"\b(?:(?P<earlier>earlier|later)\s+)?(?:that(?:\s+same)?|the\s+same)\s+{_PERIOD}\b(?!-)"),
        ("the_period", r"\bthe\s+(?P<period>year|month|week)\b"),  # only after "the end of" and kin
        ("relative_period", r"\b(?:(?P<earlier>earlier|later)\s+)?(?:the\s+)?(?P<which>last|this|next|past|coming|"
                            r"previous)\s+(?P<period>week|weekend|month|year|quarter)\b"),
        ("last_n", rf"\b(?:the\s+)?(?:last|past|next|coming|previous)\s+{_COUNT}\s+{_UNIT}\b"),
        ("duration", rf"\b{_COUNT}\s+(?:more\s+)?{_UNIT}"
                     r"(?!\s+ago)\b"),
        # "a two-year contract", "a 16-hour shift": a duration as a modifier (not an age: "a 10-year-old")
        ("duration_adj", r"\b(?P<count>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
                         r"twenty|thirty|fifty|several)-(?P<unit>second|minute|hour|day|week|month|year|decade|"
                         r"century)\b(?!-)"),
        ("recent", r"\b(?:recent|(?:the\s+)?(?:last|past))\s+(?P<unit>days|weeks|months|years|decades)\b"),  # "in
        # the past years": a stretch just gone, as "in recent years" (a count takes "last_n" first)
        ("weekend", r"\bthe\s+weekend\b"),  # only after "over", "during", "on", "at", "by", "until"
        # "every two weeks", "every 3 years": a set with a step
        ("set", r"\b(?P<every>every)\s+(?P<step>\d+|two|three|four|five|six|ten|other)\s+"
                r"(?P<what>day|week|month|year)s?\b"),
        ("set", r"\b(?P<every>every|each)\s+(?P<what>day|week|month|year|morning|night|Monday|Tuesday|Wednesday|"
                r"Thursday|Friday|Saturday|Sunday)\b|\b(?P<adverb>daily|weekly|monthly|annually|yearly)\b"),
        ("clock", rf"\b{_CLOCK}"),
        # "at 08:30 UTC", "14:05 local time", "1900 GMT": a 24-hour clock, told with its zone so it is no score or ratio
        ("clock", r"(?<![\d.:-])\b(?P<hour>[01]?\d|2[0-3])[:.]?(?P<minute>[0-5]\d)\s*"
                  r"(?:(?-i:UTC|GMT|CET|CEST|EET|EEST|BST|EST|EDT|CST|CDT|PST|PDT|IST|JST|AEST|AEDT)\b|local\s+time\b|"
                  r"hrs\b|hours\s+(?:local|GMT|UTC)\b)"),
        ("quarter_q", rf"\bQ(?P<nth>[1-4])\s+{_YEAR}\b"),
        ("quarter", r"\b(?:the\s+)?(?:fiscal\s+)?(?P<nth>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]"
                    r"(?:fiscal\s+)?quarter\b(?!\s+(?:of\b|(?:19|20)\d\d\b))"),
        ("season_year", rf"\b(?:the\s+)?(?P<season>spring|summer|fall|autumn|winter)(?:\s+of)?\s+{_YEAR}\b"),
        ("season", r"\b(?:(?P<which>last|this past|this|next|coming|past)\s+|(?P<the>the)\s+)?(?P<season>spring|"
                   r"summer|fall|autumn|winter)\b(?!-)(?!\s*(?-i:[A-Z]))(?!\s+of\b)"),
        ("month", rf"\b(?:(?P<which>last|next|this past|this)\s+)?{_MONTH}\b(?!\.?\s*\d)"),
        ("year", rf"\b{_YEAR}\b(?!\s*(?:people|percent|%))"),  # after a preposition: "in 2016", "since 1990"
        # a year as a modifier or after "early", "mid-", "fiscal": not a count of things ("the 1990 budget",
        # never "the 2000 delegates")
        ("year_bare", rf"\b{_YEAR}\b(?![-/.,]?\d)(?!\s*(?:%|percent|(?-i:[a-z]+s)\b))"),
        ("decade", r"\b(?P<decade>(?:1[89]|20)\d)0'?s\b"),
        # "the 14th century", "the 14th-century plague", "the 1300s" (before 1800: a century, not a decade)
        ("century", r"\b(?P<nth>[1-9]|1\d|2[01])(?:st|nd|rd|th)[\s-]century\b"
                    r"|\bthe\s+(?P<hundreds>1[0-7]|[1-9])00'?s\b"),
        ("present", r"\b(?P<ref>now|currently|recently|nowadays|the future|in the past)\b"),
    ]
    return [(name, re.compile(pattern, flags)) for name, pattern in table]


PATTERNS = _patterns()
_FUZZY = re.compile(
    r"(?:\b(?:(?P<the>the)\s+)?(?P<part>early|late|mid)(?:\s+|-)"
    r"|\bthe\s+(?:very\s+)?(?P<edge>end|beginning|start|middle|close)\s+of\s+"
    r"|\b(?:the\s+)?(?P<half>first|second|latter|last)\s+half\s+(?:of\s+)?"  # "the second half (of) 2018"
    r"|\b(?:the\s+)?(?P<quarter>first|second|third|fourth|final|last)\s+quarter\s+(?:of\s+)?"
    r"|\b(?P<fiscal>fiscal)\s+"
    r"|\b(?P<approx>about|around|nearly|almost|roughly|approximately|some)\s+"
    r"|\b(?P<bound>at least|no more than|more than|less than|fewer than|up to|under|over)\s+)$", re.IGNORECASE)
_FUZZY_AFTER = re.compile(r"'s\s+(?:(?P<quarter>first|second|third|fourth)(?:\s+fiscal)?\s+quarter|"
                          r"(?P<half>first|second)\s+half)\b", re.IGNORECASE)  # "this year's third quarter"
_MOD = {"early": "START", "beginning": "START", "start": "START", "mid": "MID", "middle": "MID", "late": "END",
        "end": "END", "close": "END", "at least": "EQUAL_OR_MORE", "no more than": "EQUAL_OR_LESS",
        "up to": "EQUAL_OR_LESS", "more than": "MORE_THAN", "over": "MORE_THAN", "less than": "LESS_THAN",
        "fewer than": "LESS_THAN", "under": "LESS_THAN"}
_YEARLY = {"year", "year_bare", "the_period", "that_period", "next_period", "relative_period"}  # may be a year
_FUZZY_BASES = _YEARLY | {"month", "month_year", "season", "season_year", "decade", "weekday", "relative_day"}
_DURATIONS = {"duration", "last_n", "duration_adj"}
_APPROX_BASES = _DURATIONS | {"ago", "shift", "month_day", "day_month", "clock", "clock_day", "weekday_date",
                               "clock_weekday_date"}


# What must precede a match for it to count (checked on the text before it, cheaper than a look-behind).
_BEFORE = {
    "year": re.compile(r"\b(?:in|since|by|until|of|from|before|after|during|through|to|till) $", re.IGNORECASE),
    "year_bare": re.compile(r"(?:\b(?:the|a|and|between|for|fiscal|early|late|mid|half|quarter|its|his|her|their|our) "
                           r"|\bmid-|'s )$",
                           re.IGNORECASE),  # "the second half 2018"
    "the_period": re.compile(r"\b(?:end|start|beginning|middle|close|half|quarter) of $", re.IGNORECASE),
    "weekend": re.compile(r"\b(?:over|during|on|at|by|until) $", re.IGNORECASE),
}
# Words a rule cannot match without: a text lacking all of them skips the rule.
_NEEDS = {
    "ago": ("ago",), "shift": ("later", "earlier", "before", "after", "afterward", "on"),
    "recent": ("recent", "last", "past"),
    "period_around": ("before", "after", "earlier", "later"), "that_period": ("that", "same"),
    "next_period": ("next", "following", "previous", "preceding", "prior"), "weekend": ("weekend",),
    "season": ("spring", "summer", "fall", "autumn", "winter"), "season_year": ("spring", "summer", "fall",
                                                                               "autumn", "winter"),
    "quarter": ("quarter",), "quarter_q": ("q",), "decade": ("0s", "0's"), "the_period": (" of the ",),
    "century": ("century", "00s", "00's"),
    "last_n": ("last", "past", "next", "coming", "previous"), "set": ("every", "each", "daily", "weekly", "monthly",
                                                                      "annually", "yearly"),
}


def find_timexes(text: str, published: date | None, tense: Tense | None = None) -> list[Timex]:
    """Every time expression, longest first where they overlap, resolved where the date allows."""
    return _resolve_all(_extract(text), text, published, tense or (lambda offset: "past"))


@functools.lru_cache(maxsize=64)  # a batch of articles passes events, then times
def _extract(text: str) -> tuple[_Found, ...]:
    """The expressions of a text, before resolution (cached: events and the times record read the same text)."""
    lowered = text.lower()
    found: list[_Found] = []
    for name, pattern in PATTERNS:
        if name in _NEEDS and not any(word in lowered for word in _NEEDS[name]):
            continue
        for match in pattern.finditer(text):
            candidate = _accept(name, match, text)
            if candidate is not None:
                found.append(candidate)
    kept: list[_Found] = []
    for candidate in sorted(found, key=lambda f: -(f.end - f.start)):
        if not any(k.start < candidate.end and candidate.start < k.end for k in kept):
            kept.append(candidate)
    kept.sort(key=lambda f: f.start)
    kept = _clock_on_day(kept, text)
    modified: list[_Found] = []
    for candidate in kept:
        if modified and candidate.start < modified[-1].end:
            continue  # taken by the one before: "this year's third quarter"
        _attach_modifier(candidate, text, modified[-1].end if modified else 0)
        modified.append(candidate)
    return tuple(modified)


def _clock_on_day(kept: list[_Found], text: str) -> list[_Found]:
    """ "6 November 04:30 GMT": a 24-hour clock right after the day it falls on is one time, that day's."""
    merged: list[_Found] = []
    for candidate in kept:
        last = merged[-1] if merged else None
        if last is not None and candidate.name == "clock" and not candidate.groups.get("half") \
                and last.name in ("day_month", "month_day") and not text[last.end:candidate.start].strip(" ,"):
            merged[-1] = _Found("clock_day", last.start, candidate.end, {**last.groups, **candidate.groups})
            continue
        merged.append(candidate)
    return merged


@functools.lru_cache(maxsize=16)
def _sports_text(text: str) -> bool:
    """A game report (as the contests reader tells one): its quarters are the game's, whatever the sentence says."""
    from .contests import is_sports_report  # the sports vocabulary lives there
    return is_sports_report(text)


def _accept(name: str, match: re.Match[str], text: str) -> _Found | None:
    """The match as a candidate, or None where the words are not a time here ("may fail", "prices fall")."""
    groups = {k: v for k, v in match.groupdict().items() if v}
    start, end = match.start(), match.end()
    before = text[max(0, start - 16):start]
    if name in _BEFORE and not _BEFORE[name].search(before):
        return None
    if name == "present" and match.group(0)[0].isupper() and (
            re.search(r"\b[A-Z][\w!&-]*\s+$", before) is not None):
        return None  # "Prime Now", "Apocalypse Now": a capitalised "Now" after a capitalised word mid-sentence is
        # a name's (hard negatives: "Now, the firm says", "… in May. Now the firm says")
    if name in ("relative_day", "set") and match.group(0)[0].isupper() and (
            re.search(r"\b[A-Z][\w!&'-]*\s+$", before) is not None
            or (name == "set" and re.match(r" [A-Z][a-z]", text[end:end + 3]) is not None)):
        return None  # "World News Tonight", "The Daily Star": a title's word (hard negatives: "Tonight, the band
        # plays", "… in May. Today the firm says")
    if name == "numeric_date" and re.search(r"\b(?:version|ver|v|release|build|no|number|art|section)\.?\s*$", before,
                                           re.IGNORECASE):
        return None  # "version 1.2.2018", "No. 3.4.2019": a number, not a day
    if name == "month":
        if groups["month"][0].islower():
            return None
        temporal = re.search(r"\b(?:in|since|by|until|till|during|of|from|through|before|after|early|late|mid|"
                             r"last|next|this)[\s-]+$", before, re.IGNORECASE)
        temporal = temporal or re.search(r"\b(?:set|scheduled|slated|planned|due|postponed|delayed|adjourned|moved|"
                                         r"rescheduled|booked|expected|back)\s+for\s+$", text[max(0, start - 30):start],
                                         re.IGNORECASE)  # "a hearing set for May"; not "a vote for May"
        cued = bool(groups.get("which")) and not re.match(
            r"\s+(?:be|have|not|also|well|never|still|seem|become)\b", text[end:end + 10], re.IGNORECASE)
        # "last May": the match itself begins with the cue (hard negative: a title's "This May Be the End")
        if groups["month"].lower() == "may" and not (temporal or cued):
            return None  # "may" the modal, not "in May"
        if not temporal and re.match(r"\s+[A-Z][a-z]", text[end:end + 3]):
            return None  # a name: "Foreign Minister Jan Novak"
        after_name = re.search(r"\b([A-Z][a-z]+) $", before)
        if not temporal and not cued and after_name is not None and after_name.group(1) not in _NOT_NAMES:
            return None  # the end of a name: "a spokesman, Wan Saiful Wan Jan, said" (hard negatives: "The January
            # talks", "Last March", "In May")
        if not temporal and re.match(r"\s+(?:of|for|on|against)\s+(?:the\s+|our\s+)?[A-Z][a-z]", text[end:end + 24]) \
                and re.search(r"\b(?:the|a|an|annual|this\s+year's|\w+'s)\s+$", before, re.IGNORECASE):
            return None  # a named march: "the March of Dimes", "joined the March for Peace" (hard negative: "in
            # March of 1998", "since March for the first time")
    if groups.get("unit", "").lower() == "second" and groups.get("count", "").lower() in ("a", "one") \
            and re.match(r"\s+[a-z]", text[end:end + 2]) and not re.match(r"\s+(?:later|earlier|ago|before|after)\b",
                                                                         text[end:end + 10]):
        return None  # "a second shop", "one second term": the ordinal (hard negative: "paused for a second.")
    if name == "relative_day" and groups["word"] == "Today" and (
            re.search(r"(?:^|[\s(\"“])[A-Z]\w*[ \t]+$", before)
            or re.match(r"[ \t]+(?:show|programme|program|newspaper|[A-Z])", text[end:end + 12])):
        return None  # a title: "USA Today", "Psychology Today", "the Today show" (hard negative: "Today, the
        # council voted" opens its sentence)
    if name == "weekday" and not groups.get("which") and re.search(
            r"\b(?-i:Patch|Super|Mega|Giving|Ash|Holy|Maundy|Shrove|Palm|Bloody|Black|Cyber|Fat|Mad|Blue|Manic)\s+$",
            before):
        return None  # a day's name, not a weekday of the story: "Patch Tuesday", "Super Tuesday", "Ash Wednesday"
        # (hard negative: "said on Tuesday", "Black Friday" itself is a holiday)
    if name == "weekday" and (groups.get("which") or "").lower() == "on":
        start += 3  # TimeML marks "Wednesday", not the preposition
    if name == "year_bare" and re.search(r"\b(?:its|his|her|their|our) $", before, re.IGNORECASE) \
            and re.match(r"\s+(?-i:[A-Z])", text[end:end + 2]):
        return None  # "his 2011 Porsche": a model year, not a time (hard negative: "its 1972 launch")
    if name == "season":
        which = (groups.get("which") or "").lower()
        preposition = re.search(r"\b(?:in|during|over|through|until|till|by|since|before|after|for)\s+$", before,
                                re.IGNORECASE)
        if which in ("last", "next", "past") and re.search(r"\bthe\s+$", before, re.IGNORECASE):
            return None  # "the last fall in prices"
        if not which and not preposition and (groups.get("the") or not re.search(r"\b(?:early|late|mid)[\s-]+$",
                                                                                  before, re.IGNORECASE)):
            return None  # "prices fall", "a spring tide", "the fall of the regime"
        if not which and groups["season"].lower() == "fall" and re.search(
                r"\b(?:dies|died|dead|killed|kills|hurt|injured|injures|hospitali[sz]ed|breaks?|broke|survives?|"
                r"survived)\s+(?:in|after)\s+$", before, re.IGNORECASE):
            return None  # "Climber Dies in Fall", "injured in fall from ladder": the tumble, not autumn (hard
            # negative: "the store will open in fall")
        if not which and groups["season"].lower() == "fall" and (
                re.match(r"\s+(?:from|off|down|into|onto|through|over)\b", text[end:end + 12], re.IGNORECASE)
                or _PHYSICAL_FALL.search(text, max(0, start - 600), start)):
            return None  # "in the fall from the ladder", "slipped and fell 200 metres … lost his gloves in the fall":
            # the tumble the story told (hard negative: "shares fell on Monday … a listing in the fall")
    if name == "relative_day" and ((groups["word"].isupper() and re.search(r"\b[A-Z]{2,}\s+$", before))
                                   or (re.search(r"\b(?:the|The)\s+$", before) and groups["word"][0].isupper())):
        return None  # a name: "in an interview with USA TODAY", "on the Today programme"
    if name == "quarter" and (_SPORT.search(_sentence_around(text, start, end)) or _sports_text(text)):
        return None  # "scored 12 points in the third quarter", a foul "in the second quarter" of a game report
    return _Found(name, start, end, groups)


_PHYSICAL_FALL = re.compile(r"\b(?:slipped|tumbled|plunged|plummeted|fell\s+(?:about\s+|approximately\s+|some\s+"
                            r"|nearly\s+|almost\s+)?\d[\d,.]*\s*(?:metres|meters|feet|ft|m|storeys|stories|floors)\b"
                            r"|fell\s+(?:from|off|down|into|onto|through|over)\b)", re.IGNORECASE)


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), 0)
    right = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return text[left:right]


def _attach_modifier(candidate: _Found, text: str, floor: int) -> None:
    """Words around a date that widen it ("early", "mid-", "the end of", a half or a quarter "of" a year,
    "fiscal", "this year's third quarter"); around a duration: "about", "at least", "more than"."""
    yearly = candidate.name in _YEARLY and candidate.groups.get("period", "year").lower() == "year"
    after = _FUZZY_AFTER.match(text, candidate.end) if yearly else None
    window = text[max(floor, candidate.start - 40):candidate.start]
    match = _FUZZY.search(window)
    groups = {k: v.lower() for k, v in match.groupdict().items() if v} if match else {}
    allowed = (("part" in groups or "edge" in groups) and candidate.name in _FUZZY_BASES) or \
        (("half" in groups or "quarter" in groups or "fiscal" in groups) and yearly) or \
        ("approx" in groups and candidate.name in _APPROX_BASES) or ("bound" in groups and candidate.name in _DURATIONS)
    if match is not None and allowed:
        offset = candidate.start - len(window)
        candidate.start = offset + match.start()
        if groups.get("the") and candidate.name != "decade":
            candidate.start = offset + match.start("part")  # "the early 1990s", but "the late January" → "late …"
        candidate.modifier = groups
    if after is not None and not (candidate.modifier and ("half" in candidate.modifier or
                                                          "quarter" in candidate.modifier)):
        candidate.end = after.end()
        candidate.modifier = {**(candidate.modifier or {}), **{k: v.lower() for k, v in after.groupdict().items() if v}}


def _resolve_all(kept: tuple[_Found, ...], text: str, dct: date | None, tense: Tense) -> list[Timex]:
    """Resolve in reading order, carrying the narrative's current time from each calendar date to the next."""
    reference: str | None = None  # the last calendar value the text mentioned
    result: list[Timex] = []
    for candidate in kept:
        try:
            timex = _resolve(candidate, text, dct, tense, reference)
            if timex is None:
                continue
            timex = _modified(timex, candidate.modifier)
        except (OverflowError, ValueError):
            continue  # "1000000 days ago", "the year 99999": no calendar day to give, and no reason to fail
        result.append(timex)
        if timex.type in ("DATE", "TIME") and timex.value and _grain(timex.value) is not None and \
                (candidate.name not in ANAPHORIC or _forward(candidate.groups)):
            reference = timex.value  # "a year earlier", "that day" look back without moving the story
    return _ranges_in_order(text, _one_day(kept, result, getattr(tense, "firm", None)))


_RANGE_LINK = re.compile(r"\s*(?:through|thru|to|until|till|and|-|–|—)\s*$", re.IGNORECASE)


def _ranges_in_order(text: str, result: list[Timex]) -> list[Timex]:
    """ "Shows from February 2 until April 20", "between May 30 and June 2": a stretch's start lies before its end,
    so a start a clause's tense pushed a year ahead of its end is the year before (written on February 10, the
    fair that "will be open from February 2 until April 20" opened eight days before)."""
    fixed = list(result)
    for i in range(len(fixed) - 1):
        first, second = fixed[i], fixed[i + 1]
        if not first.value or not second.value or len(first.value) != 10 or len(second.value) != 10 \
                or first.value[4] != "-" or first.value <= second.value or first.anchor == "absolute" \
                or not first.rule.startswith(("rule:timex_month_day", "rule:timex_day_month")):
            continue  # only a day named without its year moves ("from today until June 3" keeps today)
        if not _RANGE_LINK.fullmatch(text[first.end:second.start]) or not re.search(
                r"\b(?:from|between)\s+$", text[max(0, first.start - 12):first.start], re.IGNORECASE):
            continue
        earlier = f"{int(first.value[:4]) - 1:04d}{first.value[4:]}"
        if earlier <= second.value:
            fixed[i] = replace(first, value=earlier)
    return fixed


def _one_day(kept: tuple[_Found, ...], result: list[Timex], firm: Callable[[int], bool] | None) -> list[Timex]:
    """A weekday named again with nothing to say which way it lies ("chose to speak out about Friday's crash",
    "pressed the board to act on Friday night") is the one the story named before in a clause that said
    outright (hard negative: "arrested on Monday … will appear in court on Monday": both clauses say, two days)."""
    if firm is None:
        return result
    days = {(f.start, f.end): f for f in kept
            if f.name == "weekday" and f.groups.get("which", "").lower() in ("", "on")}
    first: dict[str, str] = {}
    fixed: list[Timex] = []
    for timex in result:
        found = days.get((timex.start, timex.end))
        if found is None or not timex.value:
            fixed.append(timex)
            continue
        name, day = found.groups["weekday"].lower(), timex.value[:10]
        if firm(timex.start):
            first.setdefault(name, day)
        elif name in first and first[name] != day:
            timex = replace(timex, value=first[name] + timex.value[10:])
        fixed.append(timex)
    return fixed


def _forward(groups: dict[str, str]) -> bool:
    """Narrative time moves with "two days later", "the next morning"; a comparison back does not move it."""
    word = (groups.get("dir") or groups.get("which") or "").lower()
    return word in ("later", "after", "afterwards", "afterward", "on", "next", "following")


def _modified(timex: Timex, modifier: dict[str, str] | None) -> Timex:
    if not modifier:
        return timex
    value = timex.value
    mod = _MOD.get(modifier.get("part") or modifier.get("edge") or modifier.get("bound") or "")
    if "approx" in modifier:
        mod = "APPROX"
    if value and re.fullmatch(r"\d{4}", value):
        if "half" in modifier:
            value, mod = f"{value}-H{2 if modifier['half'] in ('second', 'latter', 'last') else 1}", None
        elif "quarter" in modifier:
            value, mod = f"{value}-Q{_ORDINAL[modifier['quarter']]}", None
    kind = next(k for k in ("half", "quarter", "fiscal", "approx", "bound", "part", "edge") if k in modifier)
    label = {"part": "fuzzy", "edge": "fuzzy"}.get(kind, kind)
    rule = f"{timex.rule}+{label}"  # "rule:timex_month+fuzzy", "rule:timex_year+half"
    return replace(timex, value=value, mod=mod, rule=rule)


def _resolve(found: _Found, text: str, dct: date | None, told: Tense, reference: str | None) -> Timex | None:
    name, start, end, groups = found.name, found.start, found.end, found.groups

    def tense(offset: int) -> str:
        """"would" looks ahead of a past time the text may not give ("vowed that it would leave on Oct. 31"): a
        weekday or a span counted from now still lies ahead, a named month or day is the nearest such one. A figure
        told "as of March 20" was counted on a day gone by."""
        direction = told(offset)
        if direction == "present" and re.search(r"\d[^.;]{0,50}\bas of\s+$", text[max(0, offset - 60):offset],
                                                re.IGNORECASE):
            return "past"  # "owns 8% of the shares as of May 2" (not "the rules apply as of May 2")
        if direction == "would":
            return "present" if name in ("month_day", "day_month", "month", "clock_day") else "future"
        return direction
    span_text = text[start:end]
    anchor = "absolute" if name in ABSOLUTE else "publication"

    def make(kind: str, value: str | None, how: str = anchor, mod: str | None = None) -> Timex:
        return Timex(start, end, span_text, kind, value, f"rule:timex_{name}", mod, how)

    if name == "iso_date":
        return make("DATE", f"{groups['year']}-{groups['m']}-{groups['d']}")
    if name == "numeric_date":
        day, month = _numeric_order(groups, text)
        numeric = _valid(int(groups["year"]), month, day)
        return make("DATE", numeric.isoformat()) if numeric is not None else None
    if name == "day_month_yy":
        century = 2000 if dct is None or int(groups["yy"]) <= (dct.year % 100) + 1 else 1900
        try:
            value = date(century + int(groups["yy"]), _month(groups["month"]), int(groups["day"])).isoformat()
        except ValueError:
            return None
        return make("DATE", value)
    if name in ("month_day_year", "day_month_year"):
        try:
            value = date(int(groups["year"]), _month(groups["month"]), int(groups["day"])).isoformat()
        except ValueError:
            return None
        return make("DATE", value)
    if name == "month_year":
        return make("DATE", f"{groups['year']}-{_month(groups['month']):02d}")
    if name in ("year", "year_bare"):
        return make("DATE", groups["year"])
    if name == "decade":
        return make("DATE", groups["decade"])
    if name == "century":  # TIMEX3: the century's first two digits, "13" for the 1300s (the 14th century)
        number = int(groups["nth"]) - 1 if groups.get("nth") else int(groups["hundreds"])
        return make("DATE", f"{number:02d}")
    if name == "season_year":
        return make("DATE", f"{groups['year']}-{SEASONS[groups['season'].lower()]}")
    if name == "quarter_q":
        return make("DATE", f"{groups['year']}-Q{groups['nth']}")
    if name == "set":
        what = (groups.get("what") or groups.get("adverb") or "").lower()
        unit = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year",
                "morning": "day", "night": "day"}.get(what, what)
        step = (groups.get("step") or "1").lower()
        step = {"two": "2", "other": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                "ten": "10"}.get(step, step)
        value = f"P{step}{UNITS[unit]}" if unit in UNITS else f"XXXX-WXX-{WEEKDAYS.get(unit, 0) + 1}"
        return make("SET", value, "absolute")
    if name == "present":
        ref = groups["ref"].lower()
        value = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
                 "recently": "PAST_REF", "in the past": "PAST_REF", "the future": "FUTURE_REF"}[ref]
        return make("DATE", value)
    if name in ("duration", "last_n", "duration_adj"):
        return make("DURATION", _period(groups["count"], groups["unit"]), "absolute")
    if name == "recent":
        return make("DURATION", _period("several", groups["unit"]), "absolute")
    if name == "next_period" and re.search(r"\b(?:over|within|for)\s+$", text[max(0, start - 8):start],
                                           re.IGNORECASE):
        unit = "day" if groups["period"].lower() in _PARTS else groups["period"].lower()
        return make("DURATION", _period("1", unit), "absolute")  # "over the next year": twelve months ahead
    if name == "the_period" and dct is not None and reference is not None and told(start) in ("future", "present"):
        reference = None  # "will sail at the close of the month", "will rule by the close of the year": the month
        # and the year of writing, whatever year the story last named (hard negative: "had shut a kiln by the close
        # of the year" after "in 2004" is 2004's close)
    if name == "the_period" and dct is not None and reference is not None \
            and groups["period"].lower() in ("month", "week") and not re.match(r"\d{4}-", reference):
        reference = None  # "the end of the month" after "expected in late 2006": a year names no month, the
        # month is the writing's (hard negative: after "in March 2004", March's end)
    if name in ANAPHORIC or name == "clock":
        base = reference if reference is not None else (dct.isoformat() if dct else None)
        how = "narrative" if reference is not None else "publication"
        if name == "clock":
            on_day = base is not None and _grain(base) == "day"
            day_text = base[:10] if base and on_day else (dct.isoformat() if dct else "XXXX-XX-XX")
            return make("TIME", day_text + _clock(groups), how if on_day else "publication")
        if base is None:
            return make("DATE", None)
        if name == "next_period" and reference is None and told(start) == "past" \
                and groups["which"].lower() in ("next", "following"):
            part = groups["period"].lower() in _PARTS  # "died the next day" after a fire the text never dated:
            return make("TIME" if part else "DATE", None)  # the day after an unknown one, not after publication
        if name == "that_period" and reference is None:  # "later that evening" points back to a time the text
            part = groups["period"].lower() in _PARTS      # never gave: unknown, not the publication day
            return make("TIME" if part else "DATE", None)
        return make(*_anaphor(name, groups, base), how)
    if dct is None:
        return make("DATE", None)
    if name in ("weekday_date", "clock_weekday_date"):  # "Monday, Oct. 26": the year in which Oct. 26 is a
        # Monday, nearest the date
        month, day_number, weekday = _month(groups["month"]), int(groups["day"]), WEEKDAYS[groups["weekday"].lower()]
        years = [int(groups["year"])] if groups.get("year") else [dct.year, dct.year - 1, dct.year + 1]
        days = [d for d in (_valid(y, month, day_number) for y in years) if d and d.weekday() == weekday]
        clock = _clock(groups) if name == "clock_weekday_date" else ""
        kind = "TIME" if clock else "DATE"
        if not days:
            fallback = _day_of({"month": groups["month"], "day": groups["day"]}, dct, tense(start))
            return make(kind, fallback + clock) if fallback else None
        nearest = min(days, key=lambda d: abs((d - dct).days)).isoformat()
        return make(kind, nearest + clock, "absolute" if groups.get("year") else anchor)
    if name == "month_relative_year":
        year = dct.year + {"this": 0, "last": -1, "next": 1}[groups["which"].lower()]
        return make("DATE", f"{year}-{_month(groups['month']):02d}")
    if name == "holiday":
        return make("DATE", _holiday(groups["holiday"], dct, tense(start)))
    if name in ("clock_day", "month_day", "day_month"):
        named = _day_of(groups, dct, tense(start))
        named_year = (_year_of_sentence(text, start, end, dct)
                      or _year_of_dated_sentence(text, start, end, groups, dct)) if tense(start) == "past" else None
        in_year = _valid(named_year, _month(groups["month"]), int(groups["day"])) if named_year is not None else None
        if named is not None and in_year is not None:  # "in the 2016 campaign … at a September 11 memorial": the
            named = in_year.isoformat()  # year the sentence gives
        if name == "clock_day":
            return make("TIME", named + _clock(groups) if named else None)
        return make("DATE", named) if named else None
    if name == "month":
        month = _month(groups["month"])
        which = (groups.get("which") or "").lower()
        direction = {"last": "past", "this past": "past", "next": "future"}.get(which) or tense(start)
        year = dct.year if which == "this" else _nearest_year(dct, month, direction)
        if which == "last" and year == dct.year and month >= dct.month:
            year -= 1  # "last September", written in September: the one a year before, not this month
        if which == "next" and year == dct.year and month <= dct.month:
            year += 1
        return make("DATE", f"{year}-{month:02d}")
    if name == "quarter":
        return make("DATE", _quarter(dct, _ORDINAL[groups["nth"].lower()], tense(start)))
    if name == "season":
        return make("DATE", _season(dct, SEASONS[groups["season"].lower()], (groups.get("which") or "").lower(),
                                    tense(start)))
    if name == "weekday":
        return make("DATE" if not groups.get("part") else "TIME",
                    _weekday(dct, groups["weekday"], (groups.get("which") or "").lower(), tense(start), groups))
    if name == "weekend":  # "over the weekend": the one just past; "at the weekend" in a future clause: the next
        saturday = _weekday(dct, "Saturday", "", tense(start), {})
        iso = date.fromisoformat(saturday).isocalendar()
        return make("DATE", f"{iso[0]}-W{iso[1]:02d}-WE")
    if name == "relative_day":
        word = groups["word"].lower()
        shift = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
        value = (dct + timedelta(days=shift)).isoformat()
        if word == "tonight":
            return make("TIME", value + "TNI")
        if word == "last night":  # the evening before the day of writing
            return make("TIME", (dct - timedelta(days=1)).isoformat() + "TNI")
        if word.startswith("this "):
            return make("TIME", value + _PARTS[word[5:]])
        return make("DATE", value)
    if name == "ago":
        if re.search(r"\bexactly\s+$", text[max(0, start - 9):start], re.IGNORECASE):
            return make("DATE", _ago_to_the_day(dct, groups["count"], groups["unit"]))  # "exactly two years ago"
        return make("DATE", _ago(dct, groups["count"], groups["unit"]))
    if name == "hence":  # "meet again in three days": counted ahead; "was built in two years" took that long
        if tense(start) == "past":
            return make("DURATION", _period(groups["count"], groups["unit"]), "absolute")
        return make("DATE", _ago(dct, groups["count"], groups["unit"], ahead=True))
    if name == "relative_period":
        which, period = groups["which"].lower(), groups["period"].lower()
        if which == "this" and period == "weekend" and tense(start) == "past" and dct.weekday() < 5:
            # "was a guest … this weekend", written on a weekday: the weekend just gone
            weekend = dct - timedelta(days=dct.weekday() + 2)
            return make("DATE", f"{weekend.isocalendar()[0]}-W{weekend.isocalendar()[1]:02d}-WE")
        if which == "this" and period == "week" and tense(start) == "future" and dct.weekday() == 6:
            # "will be back this week", written on a Sunday: the week that starts tomorrow
            return make("DATE", _period_of(dct + timedelta(days=1), which, period))
        return make("DATE", _period_of(dct, which, period))
    return None


def _anaphor(name: str, groups: dict[str, str], base: str) -> tuple[str, str | None]:
    """The value of an anaphoric expression counted from ``base``, the narrative's current time."""
    if name == "shift":
        number = _count(groups["count"]) if groups.get("count") else "X"
        unit = _unit(groups["unit"])
        if unit in ("second", "minute", "hour") and len(base) >= 10 and "X" not in base[:10] and (
                number == "X" or int(number) * {"second": 1, "minute": 60, "hour": 3600}[unit] < 6 * 3600):
            if unit != "hour" and re.fullmatch(r"\d{4}-\d{2}-\d{2}T(?:MO|AF|EV|NI)", base):
                return "DATE", base  # "minutes later" after "on Saturday night": still that night
            return "DATE", base[:10]  # "a minute later", "a few hours later": still the narrative's day
        if number == "X" or unit not in ("day", "week", "month", "year", "decade"):
            return "DATE", None
        step = int(number) * (1 if groups["dir"].lower() in ("later", "after", "afterwards", "afterward", "on")
                              else -1)
        if unit == "decade":
            unit, step = "year", step * 10
        return "DATE", _shift(base, unit, step, keep=True)
    period = groups["period"].lower()
    if name == "next_period":
        step = 1 if groups["which"].lower() in ("next", "following") else -1
    elif name == "period_around":
        step = 1 if groups["dir"].lower() in ("after", "later") else -1
    else:
        step = 0
    if period in _PARTS:
        day = _shift(base, "day", step)
        if day is None or "X" in day:
            return "TIME", None
        return "TIME", day + _PARTS[period]
    if period == "weekend":
        week = _shift(base, "week", step)
        return "DATE", week + "-WE" if week and "X" not in week else week
    if period == "decade":
        year = _shift(base, "year", step * 10)
        return "DATE", year[:3] if year else None
    return "DATE", _shift(base, period, step)


def _grain(value: str) -> str | None:
    """How fine a calendar value is, for counting from it: day, week, month, quarter, year; None if not one."""
    if "X" in value:
        return None
    return {"time": "day", "day": "day", "week": "week", "weekend": "week", "month": "month", "quarter": "quarter",
            "half": "year", "season": "year", "year": "year"}.get(precision(value) or "")


_FINER = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4}


def _shift(base: str, unit: str, step: int, keep: bool = False) -> str | None:
    """``base`` moved by ``step`` units, at the unit's grain (or, ``keep``, at the base's when finer).

    "the next day" after "in 2016" knows only the year: 2016-XX-XX, as TimeML writes it.
    """
    grain = _grain(base)
    if grain is None:
        return None
    year = int(base[:4])
    if _FINER[grain] > _FINER[unit]:  # the base is coarser than the step: keep what is known
        if unit == "day":
            return f"{base[:7] if grain == 'month' else f'{year}-XX'}-XX"
        return {"week": f"{year}-WXX", "month": f"{year}-XX", "quarter": f"{year}-QX"}[unit]
    target = unit if not keep else grain
    if grain == "day":
        day = date.fromisoformat(base[:10])
        if unit == "day":
            day += timedelta(days=step)
        elif unit == "week":
            day += timedelta(weeks=step)
        elif unit in ("month", "quarter"):
            day = _add_months(day, step * (3 if unit == "quarter" else 1))
        else:
            day = _add_months(day, step * 12)
        return _at(day, target)
    if grain == "week":
        week = date.fromisocalendar(year, int(base[6:8]), 1)
        moved = week + timedelta(weeks=step) if unit == "week" else \
            _add_months(week, step * {"month": 1, "quarter": 3, "year": 12}[unit])
        return _at(moved, target)
    if grain == "month":
        first = date(year, int(base[5:7]), 1)
        months = {"month": 1, "quarter": 3, "year": 12}[unit]
        return _at(_add_months(first, step * months), target)
    if grain == "quarter":
        first = date(year, int(base[6]) * 3 - 2, 1)
        return _at(_add_months(first, step * (3 if unit == "quarter" else 12)), target)
    return str(year + step)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _at(day: date, grain: str) -> str:
    if grain == "day":
        return day.isoformat()
    if grain == "week":
        iso = day.isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}"
    if grain == "month":
        return f"{day.year}-{day.month:02d}"
    if grain == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    return str(day.year)


def precision(value: str | None) -> str | None:
    """How precise a TIMEX3 value is: time, day, week, weekend, month, quarter, half, season, year, decade,
    century."""
    if not value:
        return None
    if re.match(r"\d{4}-\d{2}-\d{2}T", value):
        return "time"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return "day"
    if re.fullmatch(r"\d{4}-W\d{2}", value):
        return "week"
    if re.fullmatch(r"\d{4}-W\d{2}-WE", value):
        return "weekend"
    if re.fullmatch(r"\d{4}-\d{2}(?:-XX)?", value):
        return "month"
    if re.fullmatch(r"\d{4}-Q[1-4]", value):
        return "quarter"
    if re.fullmatch(r"\d{4}-H[12]", value):
        return "half"
    if re.fullmatch(r"\d{4}-(?:SP|SU|FA|WI)", value):
        return "season"
    if re.fullmatch(r"\d{4}(?:-XX(?:-XX)?|-WXX)?", value):
        return "year"
    if re.fullmatch(r"\d{3}", value):
        return "decade"
    if re.fullmatch(r"\d{2}", value):
        return "century"
    return None


def _month(name: str) -> int:
    key = name.lower().rstrip(".")
    return MONTHS[key] if key in MONTHS else MONTHS[key[:3]]


_A_YEAR = re.compile(r"\b(?:the|a|an|its|his|her|their|this|that)\s+(1[89]\d\d|20\d\d)\s+(?=[a-z])")  # "the
# 2016 campaign": a year naming an occasion, not a time told in passing ("approved in 1987")


def _year_of_sentence(text: str, start: int, end: int, dct: date) -> int | None:
    """The one calendar year the sentence around a yearless day names as its occasion's, when it lies before the
    writing ("the 2016 campaign … at a September 11 memorial"); none when it names no year or several, or names
    any other year in passing."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right_stop = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(right_stop) if right_stop else len(text)
    years = {int(m.group(1)) for m in _A_YEAR.finditer(text, left, right) if not start <= m.start() < end}
    if len(years) != 1 or len(set(re.findall(r"\b(?:1[89]|20)\d\d\b", text[left:right]))) != 1:
        return None
    year = years.pop()
    return year if year < dct.year else None


_FULL_DATE = re.compile(r"\b(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)\.?\s+"
                        r"(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>1[89]\d\d|20\d\d)\b"
                        r"|\b(?P<day2>\d{1,2})\s+(?P<month2>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)"
                        r"\.?,?\s+(?P<year2>1[89]\d\d|20\d\d)\b")


def _year_of_dated_sentence(text: str, start: int, end: int, groups: dict[str, str], dct: date) -> int | None:
    """ "Hurt on August 14, 2019 while tracking a herd first seen on August 2": a yearless day a few weeks from a
    full date of an earlier year in its own sentence is of that year — one stretch of the story told in one breath (hard
    negative: "founded on March 3, 2005, it said on November 20 …", months apart: the writing's year)."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right_stop = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(right_stop) if right_stop else len(text)
    try:
        month, day_number = _month(groups["month"]), int(groups["day"])
    except (KeyError, ValueError):
        return None
    years: set[int] = set()
    for match in _FULL_DATE.finditer(text, left, right):
        if match.start() <= start < match.end():
            continue
        year = int(match.group("year") or match.group("year2"))
        told = _valid(year, _month(match.group("month") or match.group("month2")),
                      int(match.group("day") or match.group("day2")))
        near = _valid(year, month, day_number)
        if told is None or near is None or year >= dct.year:
            continue
        if abs((near - told).days) <= 45:
            years.add(year)
    return years.pop() if len(years) == 1 else None


def _unit(word: str) -> str:
    word = word.lower()
    return "century" if word.startswith("centur") else word.rstrip("s")


def _clock(groups: dict[str, str]) -> str:
    noon = (groups.get("noon") or "").lower()
    if noon:
        return "T24:00" if noon == "midnight" else "T12:00"
    if not groups.get("half"):  # a 24-hour clock
        return f"T{int(groups['hour']):02d}:{int(groups.get('minute') or 0):02d}"
    hour = int(groups["hour"]) % 12 + (12 if groups["half"].lower().startswith("p") else 0)
    return f"T{hour:02d}:{int(groups.get('minute', 0)):02d}"


def _day_of(groups: dict[str, str], dct: date, direction: str) -> str | None:
    """The date a weekday or a yearless "March 3" names, in the direction of its clause."""
    if groups.get("weekday") and not groups.get("month"):
        return _weekday(dct, groups["weekday"], "", direction, {})
    month, day = _month(groups["month"]), int(groups["day"])
    if direction == "present":  # "the flight which launches June 28": a schedule, the nearest such day
        near = [d for y in (dct.year - 1, dct.year, dct.year + 1) if (d := _valid(y, month, day)) is not None]
        return min(near, key=lambda d: abs((d - dct).days)).isoformat() if near else None
    year = _nearest_year(dct, month, direction)
    named = _valid(year, month, day)
    if named is not None and direction == "past" and named > dct:  # "visited on March 20", written March 12
        named = _valid(year - 1, month, day)
    elif named is not None and direction == "future" and named < dct:  # "will open on March 3", written March 12
        named = _valid(year + 1, month, day)
    return named.isoformat() if named else None


def _holiday(name: str, dct: date, direction: str) -> str | None:
    """The named day nearest the publication date, looking back in a past clause and ahead in a future one."""
    key = name.lower().replace("’", "'")
    days = [d for year in (dct.year - 1, dct.year, dct.year + 1) if (d := _holiday_in(key, year)) is not None]
    if direction == "past":
        days = [d for d in days if d <= dct] or days
    elif direction == "future":
        days = [d for d in days if d >= dct] or days
    return min(days, key=lambda d: abs((d - dct).days)).isoformat() if days else None


def _holiday_in(key: str, year: int) -> date | None:
    fixed = {"christmas day": (12, 25), "christmas": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
             "new year's eve": (12, 31), "boxing day": (12, 26), "halloween": (10, 31), "valentine's day": (2, 14)}
    if key in fixed:
        return date(year, *fixed[key])
    if key in ("thanksgiving", "thanksgiving day", "black friday", "cyber monday"):  # the fourth Thursday of November
        first = date(year, 11, 1)
        thursday = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        return thursday + timedelta(days={"black friday": 1, "cyber monday": 4}.get(key, 0))
    if key in ("easter", "easter sunday", "good friday", "easter monday"):
        return _easter(year) + timedelta(days={"good friday": -2, "easter monday": 1}.get(key, 0))
    return None


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    lunar = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * lunar) // 433
    month = (h + lunar - 7 * m + 90) // 25
    return date(year, month, (h + lunar - 7 * m + 33 * month + 19) % 32)


_NUMERIC = re.compile(r"(?<![\w/.:-])(\d{1,2})([/.])(\d{1,2})\2(?:19|20)\d{2}(?![\w/]|\.\d)")


def _numeric_order(groups: dict[str, str], text: str) -> tuple[int, int]:
    """(day, month) of "05/04/2018": the order the text shows where one of its dates cannot be read the other way
    ("19/04/2018" is day first, "4/19/2018" month first); else dots are day first, slashes month first."""
    a, b = int(groups["a"]), int(groups["b"])
    if a > 12 or b > 12:
        return (a, b) if a > 12 else (b, a)
    shown = [(int(m[1]), int(m[3])) for m in _NUMERIC.finditer(text) if m[2] == groups["sep"]]
    if any(x > 12 for x, _ in shown) and not any(y > 12 for _, y in shown):
        return a, b
    if any(y > 12 for _, y in shown) and not any(x > 12 for x, _ in shown):
        return b, a
    return (a, b) if groups["sep"] == "." else (b, a)


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest_year(dct: date, month: int, direction: str) -> int:
    """"in October": the most recent October when the clause looks back, the next one when it looks ahead."""
    if direction == "future":
        return dct.year if month >= dct.month else dct.year + 1
    if direction == "present":  # a schedule or a known occasion: the nearer of the two
        ahead = (month - dct.month) % 12
        return dct.year + (month < dct.month) if ahead <= 6 else dct.year - (month > dct.month)
    return dct.year if month <= dct.month else dct.year - 1


def _quarter(dct: date, quarter: int, direction: str) -> str:
    """"third-quarter profit": the latest such quarter looking back; looking ahead the next one, except that
    the quarter just ended is the one a company "will report" on."""
    current = (dct.month - 1) // 3 + 1
    if direction == "future" and quarter != (current - 2) % 4 + 1:
        return f"{dct.year if quarter >= current else dct.year + 1}-Q{quarter}"
    return f"{dct.year if quarter <= current else dct.year - 1}-Q{quarter}"


def _season(dct: date, season: str, which: str, direction: str) -> str:
    """"last fall", "this summer", "in the spring": winter belongs to the year it begins in (2023-WI is Dec-Feb)."""
    current_year = dct.year if dct.month >= 3 else dct.year - 1
    current = {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU", 9: "FA", 10: "FA", 11: "FA"}.get(dct.month, "WI")
    order = ["SP", "SU", "FA", "WI"]
    now, wanted = order.index(current), order.index(season)
    if which == "this":  # the one under way, else the one of this calendar year
        return f"{current_year if season == current else dct.year}-{season}"
    if which in ("last", "past"):
        return f"{current_year if wanted < now else current_year - 1}-{season}"
    if which in ("next", "coming") or direction == "future":
        return f"{current_year if wanted >= now else current_year + 1}-{season}"
    return f"{current_year if wanted <= now else current_year - 1}-{season}"


def _weekday(dct: date, name: str, which: str, direction: str, groups: dict[str, str]) -> str:
    target = WEEKDAYS[name.lower()]
    delta = target - dct.weekday()
    if which == "this past":  # "this past Saturday": the one just gone
        delta = delta - 7 if delta >= 0 else delta
    elif which == "last" or (which not in ("next", "this", "coming") and direction == "past"):
        delta = delta - 7 if delta > 0 else delta
        if which == "last" and delta == 0:
            delta = -7
    elif which in ("next", "coming") or direction == "future":
        delta = delta + 7 if delta < 0 else delta
        if which == "next" and delta == 0:
            delta = 7
    day = (dct + timedelta(days=delta)).isoformat()
    part = groups.get("part", "").lower()
    return day + _PARTS.get(part, "")


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
    unit = _unit(unit)
    if unit == "decade":
        number = str(int(number) * 10) if number != "X" else "X"
        return f"P{number}DE" if number == "X" else f"P{number}Y"
    if unit == "century":
        return f"P{int(number) * 100}Y" if number != "X" else "PXCE"
    letter = UNITS[unit]
    return f"PT{number}{letter}" if unit in ("second", "minute", "hour") else f"P{number}{letter}"


def _ago(dct: date, count: str, unit: str, ahead: bool = False) -> str | None:
    number = _count(count)
    if number == "X":
        return "FUTURE_REF" if ahead else "PAST_REF"
    n = -int(number) if ahead else int(number)
    unit = _unit(unit)
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
    if unit == "decade":
        return str(dct.year - 10 * n)
    return None


def _ago_to_the_day(dct: date, count: str, unit: str) -> str | None:
    """ "Exactly two years ago", "exactly a month ago": the same calendar day that many years or months back (the
    28th or 29th for a day the month lacks); weeks and days count back as usual."""
    number = _count(count)
    unit = _unit(unit)
    if number == "X" or unit not in ("year", "month"):
        return _ago(dct, count, unit)
    months = int(number) * (12 if unit == "year" else 1)
    index = dct.year * 12 + dct.month - 1 - months
    year, month = index // 12, index % 12 + 1
    for day in range(dct.day, 27, -1):
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            continue
    return date(year, month, min(dct.day, 28)).isoformat()


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


_OFFSET_BEFORE = re.compile(r"\b(?P<count>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)\s+"
                            r"(?P<unit>days?|weeks?|months?|years?)\s+(?P<dir>before|after|prior to|ahead of)\s*$",
                            re.IGNORECASE)


def offset_from(text_before: str, value: str) -> tuple[str, int] | None:
    """ "Two days before June 17": the day counted from a calendar time told after it (2020-06-15), at the grain of
    that time, with how many characters before the time the count starts; None when the words before the time
    are no such count."""
    tail = text_before[-40:]
    found = _OFFSET_BEFORE.search(tail)
    if found is None or not value[:4].isdigit():
        return None
    count = "1" if found["count"].lower() in ("a", "an") else _count(found["count"])
    if count == "X":
        return None
    step = int(count) * (1 if found["dir"].lower() == "after" else -1)
    shifted = _shift(value, _unit(found["unit"]), step, keep=True)
    return (shifted, len(tail) - found.start()) if shifted else None
