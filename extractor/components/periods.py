"""Periods: years, UK financial years, months, dates, ranges and relative expressions.

Matching is data-driven (``patterns/periods.json``, compiled with ``regex`` under a timeout);
values come from the pure functions in ``extractor.normalize.periods``. Relative expressions
("last year", "March this year", "the year before", "at that time") are resolved in a second
pass against the publication date, or, when the document has none, against the year the
document itself is about (the financial year it names most, else the latest year it names),
and against the period mentioned most recently before them (or, when nothing was named before
them, the period named next in their sentence: "up 5% on the previous year to 5,000 in 2022-23").
Two days joined by "to" or a dash, the second with its year, are merged into one span afterwards.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import regex
from spacy.language import Language
from spacy.tokens import Doc
from ..regexes import Pattern, compiled

from ..batching import BatchPipe
from ..normalize import periods as norm
from ..normalize.periods import MONTH_NAMES
from ..readers.text import metadata_end
from .. import budget
from ..extensions import store_spans, text_of
from ..rules import Rule, lexicon, load_rules, may_say, pretested, rx, timeout_for
from ..types import Period

DAY = r"(?:[12]\d|3[01]|0?[1-9])"
YEAR = r"(?:18|19|20)\d\d(?!\.\d)"  # not the whole part of a decimal ("1999.5%")
FY = r"(?:19|20)\d\d\s?[-–/]\s?(?:(?:19|20)\d\d|\d\d|\d)"


@lru_cache(maxsize=1)
def fragments() -> dict[str, str]:
    """{MONTH} (capitalised month names), {DATE}, {DAY}, {YEAR}, {FY} for the rule patterns."""
    month = "(?-i:" + "|".join(
        w.capitalize() + (r"\.?" if len(w) <= 4 and w != "june" and w != "july" else "")
        for w in lexicon("months")) + r")(?![a-z])"
    # (the lookahead on the first character is a cheap test the regex engine can scan for: a day
    # starts with a digit, a month with one of these capitals; it makes the scans several times faster)
    # (a day and its month are never a paragraph apart: "PR 03/14\n\nJanuary Market Trend Data")
    # (any white space but a second line break: a no-break space, "\r\n"; possessive, so that a long
    # run of blanks is not split every way between the two runs: linear, as "\s+" was)
    gap = r"(?=\s)[^\S\n]*+(?:\n[^\S\n]*+)?"
    date = (
        f"(?=(?-i:[0-9JFMASOND]))(?:\\b{DAY}(?:st|nd|rd|th)?{gap}(?:of\\s+)?{month}(?:,?\\s+{YEAR})?"
        f"|\\b{month}{gap}{DAY}(?:st|nd|rd|th)?(?:,?\\s*{YEAR}|(?![\\d,]\\d)))(?![\\d]|\\s?%|\\s*per\\s*cent)"
    )
    return {"MONTH": month, "DATE": date, "DAY": DAY, "YEAR": YEAR, "FY": FY}


#: the substrings some guards look for, each set as one regex (case-sensitive, as ``in``): one call
#: rather than one ``in`` a substring, as they end (or begin) alike: a literal the regex engine finds fast
_YEARS_TO_YEAR = compiled(r"ecade (?:to|up|ending|until)|ears (?:to [12]|up to|ending|until)")
_WEEKDAY_NAME = compiled(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_WEATHER_SUPERLATIVE = compiled(r"(?:busi|quiet|wett|dri|warm|hott|cold|sunni)est")
_FY_WORDS = compiled(r"(?:[fF]inancial|[tT]ax|[fF]iscal) year")
_DECADE_MARK = compiled("0[sS'’ſ]")

#: Guards a period rule can name: conditions on the whole document, checked once per document.
DOCUMENT_GUARDS = {
    "names_a_month": lambda text: bool(_MONTH_WORD.search(text)),
    "has_digits": lambda text: bool(_DIGIT.search(text)),
    # a rule whose words the document never uses is not run (most rules' words are rare)
    # (the words before each regex guard are words every match of the regex holds: "months", not "month")
    "says_part_of_year": lambda text: _may_say(text, ("quarter", "half", "months")) and bool(
        rx(r"(?i)\b(?:quarters?|half|months)\s+of\b").search(text)),
    # "£12m for 24/25": a two-digit financial-year code, only in a document about money or budgets
    "says_short_fy": lambda text: "/" in text and _may_say(text, ("budget", "financial", "spend", "saving", "funding", "overspend")) and bool(
        rx(r"(?<![\d/])[0-4]\d/[0-5]\d(?![\d/])").search(text)),
    "says_current_year": lambda text: _may_say(text, ("current year", "year end", "year-end")),
    "says_quarter_code": lambda text: bool(rx(r"\bQ[1-4]\b").search(text)) or "uarter" in text and bool(
        rx(r"(?i)\bquarters?\s+(?:[1-4]|one|two|three|four)\b").search(text)),
    "says_last_or_past": lambda text: _may_say(text, ("last", "past", "previous")) and _may_say(
        text, ("decade", "years", "months")) and bool(rx(r"(?i)\b(?:last|past|previous)\s+(?:decade|\w+\s+(?:years|months))\b").search(text)),
    "says_week": lambda text: bool(rx(r"(?i)\bweek\b").search(text)),
    "says_christmas": lambda text: any(w in text for w in ("hristmas", "estive", "HRISTMAS", "ESTIVE")),
    "says_previous": lambda text: "previous" in text,
    "says_season": lambda text: any(w in text for w in ("summer", "autumn", "winter", "spring")),  # (substring tests: cheap)
    # a season with its year, any case: "Spring 2019", "summer 2022/23", "the winter of 2010"
    "says_season_year": lambda text: ("ummer" in text or "utumn" in text or "inter " in text or "pring" in text) and any(
        w + y in text for w in ("ummer", "utumn", "inter", "pring") for y in (" 1", " 2", " of 1", " of 2")),
    "says_financial_year": lambda text: "financial year" in text or "Financial year" in text,
    "says_month_before": lambda text: _may_say(text, ("month",)) and _may_say(text, ("before", "earlier", "previous")) and bool(
        rx(r"(?i)\b(?:month\s+(?:before|earlier|previously)|previous\s+month)\b").search(text)),
    "says_week_before": lambda text: _may_say(text, ("week",)) and bool(
        rx(r"(?i)\b(?:week\s+(?:before|earlier|previously)|(?:previous|preceding|prior)\s+week)\b").search(text)),
    "says_years_before": lambda text: bool(rx(r"(?i)\byears\s+(?:earlier|before|previously|prior)\b").search(text)),
    "says_same": lambda text: bool(rx(r"(?i)\bthe\s+(?:same|comparable|corresponding|equivalent)\s+\w+\s+(?:in|of)\b").search(text)),
    "says_same_last": lambda text: "same " in text or "Same " in text or " last year" in text or " year before" in text
    or " year earlier" in text or " year ago" in text,
    "says_previous_span": lambda text: "previous" in text or "preceding" in text or "prior " in text or "last quarter" in text,
    "says_following": lambda text: any(w in text for w in ("following year", "following financial", "subsequent year",
                                                           "year after", "year later")),
    "says_last_or_this_month": lambda text: bool(_LAST_OR_THIS_MONTH.search(text)),
    "says_the_period": lambda text: "the period" in text,
    "says_the_year": lambda text: "the year" in text,
    "says_months_ago": lambda text: "months" in text,
    "says_that_day": lambda text: _may_say(text, ("day",)),
    "says_a_year_off": lambda text: "a year" in text,
    "says_day_rel_year": lambda text: _day_before_rel_year(text),
    # (each of the substrings opens with "nd of th", "eek ", "uarter ", or holds "YE ", " financial year": that first)
    "says_end_of_fy": lambda text: "nd of th" in text and any(w in text for w in (
        "nd of the financial year", "nd of this financial year", "nd of the current financial year")),
    "says_month_period": lambda text: "month period" in text,
    "says_week_to": lambda text: ("eek " in text or "days " in text) and any(
        w in text for w in ("eek to", "eek ending", "eek ended", "eek up to", "days to", "days ending", "days ended", "days up to")),
    "says_end_of": lambda text: "nd of " in text,
    "says_edge_of_rel_year": lambda text: ("end of " in text or "start of " in text or "beginning of " in text) and any(
        w + " of " + r + " year" in text for w in ("end", "start", "beginning") for r in ("the", "this", "last", "next")),
    # ("nd of 1", "rt of 1", "ng of 1", the same with 2: each holds " of 1" or " of 2", tested first)
    "says_edge_of_year": lambda text: " of 1" in text and ("nd of 1" in text or "rt of 1" in text or "ng of 1" in text)
    or " of 2" in text and ("nd of 2" in text or "rt of 2" in text or "ng of 2" in text),
    "says_ago": lambda text: " ago" in text,
    # "ecade to", "ecade up", "ecade ending", "ecade until", "ears to 1", "ears to 2", "ears up to", "ears ending",
    # "ears until" (one regex call for the nine substrings)
    "says_years_to_year": lambda text: bool(_YEARS_TO_YEAR.search(text)),
    "says_months": lambda text: "onths" in text,
    "says_academic_year": lambda text: "cademic year" in text or "chool year" in text,
    "says_this_morning": lambda text: "his morning" in text or "his afternoon" in text,
    "says_then": lambda text: "the time" in text or "ince then" in text,
    "says_weekday": lambda text: bool(_WEEKDAY_NAME.search(text)),  # ("Monday" ... "Sunday")
    "says_month_figures": lambda text: any(w in text for w in (" data", " figures", " prices", " fall", " rise", " rate",
                                                                " index", " statistics", " inflation", " total")),
    "says_quarter": lambda text: "quarter" in text,
    # "Q4 (October to December) 2011": a quarter code or word just before a bracket
    "says_quarter_brackets": lambda text: "(" in text and bool(rx(r"(?:\bQ[1-4]|[Qq]uarter(?:\s+\w+)?|\d)\s*\(").search(text)),
    # "busiest", "quietest", "wettest", "driest", "warmest", "hottest", "coldest", "sunniest"
    "says_superlative": lambda text: bool(_WEATHER_SUPERLATIVE.search(text)),
    "says_quarter_to": lambda text: "uarter " in text and any(w in text for w in (
        "uarter to", "uarter ending", "uarter ended", "uarter up", "uarter until", "uarter through")),
    "says_early_year": lambda text: " 16" in text or " 17" in text,
    "says_term": lambda text: " term" in text or " Term" in text,
    "says_start_to_end": lambda text: "nd of " in text and ("tart of " in text or "eginning of " in text),
    "says_mid_year": lambda text: "id-1" in text or "id-2" in text or "id 20" in text,
    "says_numeric_date": lambda text: "/20" in text or "/19" in text or "-0" in text or "-1" in text,
    "says_yesterday": lambda text: "esterday" in text,
    "says_tomorrow": lambda text: "omorrow" in text,
    "says_year_to_date": lambda text: "to date" in text or "to-date" in text,
    "says_this_month": lambda text: "this month" in text or "This month" in text,
    # "financial year", "tax year", "fiscal year", "Financial year", "Tax year", "Fiscal year"
    "says_fy_words": lambda text: bool(_FY_WORDS.search(text)),
    "says_fy_code": lambda text: "FY" in text,
    "says_year_end_code": lambda text: "YE " in text and any(w in text for w in (" YE ", "FYE ", "(YE ", "\nYE ")),
    "says_year_to_year": lambda text: " to 20" in text or " to 19" in text,
    "says_next_fy": lambda text: " financial year" in text and any(
        w + " financial year" in text for w in ("coming", "next", "Next", "he new")),
    "says_next_month": lambda text: "ext month" in text,
    # ("before", "earlier", "previous", "prior", "preceding", each also capitalised: its tail first)
    "says_before_words": lambda text: "efore" in text and ("before" in text or "Before" in text)
    or "arlier" in text and ("earlier" in text or "Earlier" in text)
    or "revious" in text and ("previous" in text or "Previous" in text)
    or "rior" in text and ("prior" in text or "Prior" in text)
    or "receding" in text and ("preceding" in text or "Preceding" in text),
    "says_between_fys": lambda text: any(w in text for w in (" and 20", " to 20", " and 19", " to 19", " until 20")),
    "says_fy_span": lambda text: bool(rx(r"\d\s*[–\-]\s*(?:19|20)\d\d\s*[/\-–]\s*\d|period\s+(?:of\s+|from\s+)?(?:19|20)\d\d\s*"
                                         r"[/\-–]\s*\d+\s+(?:to|until)\s").search(text)),
    # substrings every match of the rule must hold (speed only: each is implied by its rule's pattern):
    # "next year", "the (forth)coming year": "year" and "next" or "coming", in any case
    "says_next_year": lambda text: _may_say(text, ("year",)) and _may_say(text, ("next", "comi")),
    # ("today", "this year", "last month", "last/past year": the words of each rule, in any case)
    "says_today": lambda text: _may_say(text, ("today",)),
    "says_census_day": lambda text: _may_say(text, ("census",)),
    "says_this_year": lambda text: _may_say(text, ("this",)) and _may_say(text, ("year",)),
    "says_last_month": lambda text: _may_say(text, ("last",)) and _may_say(text, ("month",)),
    "says_last_year": lambda text: _may_say(text, ("year",)) and _may_say(text, ("last", "past")),
    # "H1 2023": a capital H, then 1 or 2
    "says_half_code": lambda text: "H1" in text or "H2" in text,
    # "(19|20)\d0['’]?s": a zero, then an apostrophe or an "s" ("ſ" matches "s" under IGNORECASE)
    "says_decade": lambda text: bool(_DECADE_MARK.search(text)),  # ("0s", "0S", "0'", "0’", "0ſ")
    # "[ \t]+[-–—][ \t]+": a dash with a space or a tab just before it
    "says_spaced_dash": lambda text: any(w in text for w in (" -", " –", " —", "\t-", "\t–", "\t—")),
}
_DIGIT = compiled(r"\d")
#: (the last text asked, its lower case, whether it holds a letter that folds unlike str.lower)
_LOWERED: tuple[str, str, bool] = ("", "", False)


def _may_say(text: str, words: tuple[str, ...]) -> bool:
    """:func:`may_say` with the lower case of the document made once for all its guards (one entry,
    replaced as one tuple: safe when threads share it)."""
    global _LOWERED
    last, low, odd = _LOWERED
    if last is not text:
        low, odd = text.lower(), "ſ" in text or "İ" in text
        _LOWERED = (text, low, odd)
    return odd or any(w in low for w in words)


def _day_before_rel_year(text: str) -> bool:
    """Whether a day number stands right before "this/last/next year" ("March 31 this year")."""
    for rel in (" this year", " last year", " next year"):
        i = text.find(rel)
        while i != -1:
            head = text[max(0, i - 3):i].rstrip(",")
            if head[-1:].isdigit() or head[-2:] in ("st", "nd", "rd", "th"):
                return True
            i = text.find(rel, i + 1)
    return False


_LAST_OR_THIS_MONTH = compiled(r"(?:ast|his) (?:January|February|March|April|May|June|July|August|September|October"
                                    r"|November|December)\b")
_MONTH_WORD = compiled(r"(?-i:" + "|".join(name[:3] for name in MONTH_NAMES) + ")")


@lru_cache(maxsize=1)
def _ruleset():
    return load_rules("periods.json", component="periods", fragments=fragments(), guards=DOCUMENT_GUARDS,
                      resolvers=set(EXPLICIT) | set(RELATIVE) | {"reject"})


@lru_cache(maxsize=1)
def period_rules() -> tuple[tuple[Rule, ...], Pattern, Pattern]:
    """(the period rules in order, the left and right vetoes) from patterns/periods.json."""
    rs = _ruleset()
    rejects = {r.context: r.pattern for r in rs.family("reject")}
    return rs.family("period"), rejects.get("left", rx("(?!)")), rejects.get("right", rx("(?!)"))


@lru_cache(maxsize=1)
def _not_left_search():
    """The left veto's search (period_rules()[1]), run only when the pattern searched backwards finds a
    match (it must end where the text before a year or a date ends, and mostly misses: see
    :func:`extractor.rules.pretested`)."""
    return pretested(period_rules()[1])


@lru_cache(maxsize=1)
def _story_words() -> tuple[Pattern, Pattern]:
    """(school words, words of the stories that count in financial years although they name schools:
    police, crime, the NHS), from the lexicons of patterns/periods.json."""
    lex = _ruleset().lexicons
    return (compiled(r"\b(?:" + lex["school_story_words"] + r")\b", regex.I),
            compiled(r"\b(?:" + lex["not_school_story_words"] + r")\b", regex.I))


@dataclass
class _Match:
    rule: Rule
    m: regex.Match

    @property
    def start(self) -> int:
        return self.m.start()

    @property
    def end(self) -> int:
        return self.m.end()


def _scan(rule: Rule, order: int, text: str, not_left, not_right: Pattern,
          candidates: list[tuple[int, int, int, _Match]], starts: list[int] | None = None) -> None:
    """The matches of one period rule over the whole text, as candidates (sort key and match).
    ``starts``: every place a match of the rule can start, when the caller knows them (see
    :func:`_month_first_rules`), where alone the rule is tried. ``not_left``: the left veto's search
    (see :func:`_not_left_search`)."""
    found = rule.pattern.finditer(text, timeout=timeout_for(text)) if starts is None else _matches_at(rule.pattern, text, starts)
    for m in found:
        if m.end() == m.start():
            continue
        if rule.kind in ("year", "financial_year", "date", "month") and rule.resolve not in _HEADING_CODES:
            # (a column of month headings, "Sep-22 Dec-22", or of year codes, "FY23 FY24", is
            # not a number after a number)
            if not_left(text[max(0, m.start() - 40):m.start()]) and not (
                    rule.kind == "financial_year" and _FY_BEFORE.search(text, max(0, m.start() - 12), m.start())):
                continue  # (but "2021/22 2022/23": column headings side by side)
            if rule.kind != "financial_year" and not_right.match(text[m.end():m.end() + 30]):
                continue  # ("2022/23 400 homes": a financial year is not the head of a longer number)
        if rule.id == "relative.school_term" and not _TERM_DATED.search(m.group(0)) \
                and not _figure_in_sentence(text, m.start(), m.end(), counts_only=True):
            continue  # ("Pupils return in the summer term": a term in general; "Autumn Term", a
            # term with its year or one a figure is for are periods)
        if rule.resolve == "last_n" and _bare_stretch(text, m.start(), m.end()):
            continue  # ("Over the last two years we have started drug testing": a stretch of time
            # dating no figure or change is a duration, FORMAT.md, not a period)
        if rule.id == "relative.at_the_time" and m.group(0).endswith("time") \
                and not _figure_in_sentence(text, m.start(), m.end(), counts_only=True):
            continue  # ("we were going out at the time": a story's moment, dating no figure)
        candidates.append((m.start(), -(m.end() - m.start()), order, _Match(rule, m)))


def _matches_at(pattern: Pattern, text: str, starts: list[int]):
    """``pattern.finditer(text)`` for a pattern none of whose matches starts elsewhere than at one of
    ``starts`` (increasing) nor is empty: tried at those places alone, from a match's end on, as
    finditer goes on."""
    last = 0
    for at in starts:
        if at >= last and (m := pattern.match(text, at)) is not None:
            yield m
            last = m.end()


#: how the rules that open with a month's name begin: "{MONTH}" (see :func:`fragments`) or the
#: names written out, as a group of their own
_MONTH_GROUP = compiled(r"\\b\(\?P<\w+>\{MONTH\}\)")
_MONTH_OPENINGS = tuple("(?-i:(?P<month>" + names + ")" for names in (
    "|".join(MONTH_NAMES) + ")", "|".join(n for n in MONTH_NAMES if n != "May") + ")",
    "|".join(n for n in MONTH_NAMES if n != "May") + r"|May(?=[.,;:)]|\s+(?:and|to|until|when|last|this|next)\b))",
    # (month.bare: "May" also after "during", "throughout", "the month of" or "data for", look-behinds: the
    # match still starts at "May")
    "|".join(n for n in MONTH_NAMES if n != "May")
    + r"|May(?:(?=[.,;:)]|\s+(?:and|to|until|when|last|this|next)\b)|(?<=\b(?i:during|throughout|the month of)\s+May)"
    r"|(?<=\b(?i:data|figures|statistics|numbers|results|performance|report|update)\s+for\s+May)))"))


@lru_cache(maxsize=1)
def _month_first_rules() -> frozenset[str]:
    """The period rules every match of which starts where a month's name does (as written, in
    capitals: where :data:`_MONTH_WORD` matches): their whole-text scan, the engine trying them at
    every character, is replaced by a match at each month of the document (found once for all of
    them). Empty when a month word of the lexicon does not begin as a month's name."""
    if any(w.capitalize()[:3] not in {n[:3] for n in MONTH_NAMES} for w in lexicon("months")):
        return frozenset()
    return frozenset(r.id for r in period_rules()[0] if r.source.startswith(_MONTH_OPENINGS) or _MONTH_GROUP.match(r.source))


#: how the rules that open with "between" or "from" (in any case) begin
_BETWEEN_FROM_OPENINGS = (r"\b(?:between|from)\s+", r"\b(?:(?P<btw>between)|from)\s+", r"(?=(?i:[bf]))\b(?:between|from)\s+")


@lru_cache(maxsize=1)
def _between_from_rules() -> frozenset[str]:
    """The period rules every match of which starts where "between" or "from" is written, in any
    case (their files' IGNORECASE: no letter outside ASCII matches one of those words' letters so)."""
    return frozenset(r.id for r in period_rules()[0] if r.source.startswith(_BETWEEN_FROM_OPENINGS))


def _between_from(text: str) -> list[int] | None:
    """Where "between" and "from" start in ``text``, in any case, in order (None for a text whose
    lower case is longer than it, "İ": its offsets would not be the text's)."""
    low = text.lower()
    if len(low) != len(text):
        return None
    out = []
    for word in ("between", "from"):
        i = low.find(word)
        while i >= 0:
            out.append(i)
            i = low.find(word, i + 1)
    return sorted(out)


def find_periods(text: str, published: str | None = None, skip: list[tuple[int, int]] | None = None) -> list[Period]:
    """All periods in text, resolved. ``published`` is ISO YYYY-MM-DD or None."""
    return analyse_periods(text, published, skip)[0]


def analyse_periods(text: str, published: str | None = None,
                    skip: list[tuple[int, int]] | None = None) -> tuple[list[Period], dt.date | None]:
    """The periods in text and the reference date they were resolved against (``published``,
    else the end of the document's statistical year or latest year; None if it has no dates).
    ``skip``: ranges that hold no period (datelines)."""
    rules, _, not_right = period_rules()
    not_left = _not_left_search()
    candidates: list[tuple[int, int, int, _Match]] = []
    holds: dict[str, bool] = {}
    # (where the months are named, for the rules that open with one: a long text, which the regex
    # timeout covers, is scanned by each rule as before)
    month_first, months = (_month_first_rules() if timeout_for(text) is None else ()), None
    between_from, words = (_between_from_rules() if timeout_for(text) is None else ()), False
    for order, rule in enumerate(rules):
        # a rule whose guards fail on the document (no month named, no digit) cannot match: skip
        # its scan (each guard is asked once per document)
        # (in order, stopping at the first that fails: the guards are pure, so the ones left
        # unasked could not have let the rule run)
        for g in rule.guards:
            held = holds.get(g)
            if held is None:
                held = holds[g] = DOCUMENT_GUARDS[g](text)
            if not held:
                break
        else:
            starts = None
            if rule.id in month_first:
                starts = months = [m.start() for m in _MONTH_WORD.finditer(text)] if months is None else months
            elif rule.id in between_from:
                starts = words = _between_from(text) if words is False else words
            _scan(rule, order, text, not_left, not_right, candidates, starts)
    meta_end = metadata_end(text)
    skip = skip or []
    candidates = [c for c in candidates if c[0] >= meta_end
                  and not any(c[3].start < b and a < c[3].end for a, b in skip)]
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    chosen: list[_Match] = []
    taken_until = -1
    for start, _neg_len, _order, cand in candidates:
        if start < taken_until:
            continue
        if _explicit_value(cand) is _INVALID:
            continue
        chosen.append(cand)
        taken_until = cand.end
    return _resolve_all(text, chosen, published)


_INVALID = object()
#: a school term named as such: "Autumn Term", "the spring term 2022/23"
_TERM_DATED = compiled(r"Term\b|\d")


def _ex_financial_year(m):
    years = norm.split_fy(m.group("fy"))
    return norm.fy_interval(*years) if years else _INVALID


def _ex_month(m):
    year = m.groupdict().get("year")
    month = norm.month_number(m.group("month"))
    return f"{int(year):04d}-{month:02d}" if year and month else None


def _ex_date(m):
    year, month, _day = norm.date_parts(m.group(0))
    if month is None:
        return _INVALID
    return None if year is None else (norm.parse_date(m.group(0)) or _INVALID)


def _ex_month_end(m):
    year, month = m.group("year"), norm.month_number(m.group("month"))
    return f"{int(year):04d}-{month:02d}-{norm.last_day(int(year), month):02d}" if year else None


def _month_span(y1: int, m1: int, y2: int, m2: int) -> str:
    return f"{y1:04d}-{m1:02d}-01/{y2:04d}-{m2:02d}-{norm.last_day(y2, m2):02d}"


def _ex_between_months(m):
    if m.groupdict().get("fy"):
        return _ex_months_of_fy(m)
    if (m.groupdict().get("mid") or m.groupdict().get("pair")) and not _months_in_a_row(m):
        return _INVALID  # ("in March, June and December", "in March and June": months apart, not one span)
    y1, y2 = m.groupdict().get("y1"), m.group("y2")
    if not y2 or m.groupdict().get("rel") or m.groupdict().get("rel1"):
        return None  # needs the reference year
    m1, m2 = norm.month_number(m.group("m1")), _second_month(m)
    year2 = int(y2)
    year1 = int(y1) if y1 else (year2 if m1 <= m2 else year2 - 1)
    if m1 == m2 and year1 + 1 == year2 and _A_YEAR_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        # "over the year between March 2014 and March 2015": the twelve months to March 2015, not thirteen
        return _month_span(year1, m1 % 12 + 1, year2, m2) if m1 < 12 else _month_span(year2, 1, year2, m2)
    return _month_span(year1, m1, year2, m2)


#: "the year" or "the twelve months" just before a span of months: the span is twelve months long
_A_YEAR_BEFORE = compiled(r"\b(?:the|a)\s+(?:year|12\s+months|twelve\s+months)(?:\s*\([^()]{1,20}\))?\s+$", regex.I)


def _second_month(m) -> int | None:
    """The number of a span's second month: its name, or the first's for "the same month"."""
    return norm.month_number(m.group("m2") or m.group("m1"))


def _months_in_a_row(m) -> bool:
    """Whether a list of months ("July, August and September", "January and February") names consecutive months."""
    names = [m.group("m1")] + [m.group(g) for g in ("mid", "mid2") if m.groupdict().get(g)] + [m.group("m2")]
    nums = [norm.month_number(n) for n in names]
    return None not in nums and all((b - a) % 12 == 1 for a, b in zip(nums, nums[1:]))


def _ex_between_years(m):
    y1 = int(m.group("y1") or m.group("y1b") or m.group("y1c"))
    return None if int(m.group("y2")) > y1 else _INVALID  # resolved with the frame (RELATIVE)


def _ex_years_to_year(m):
    """"the decade to 2021": 2012-01-01/2021-12-31; "the five years to 2023": 2019-2023."""
    n = 10 if m.group("decade") else _count(m.group("n"))
    y = int(m.group("y"))
    return f"{y - n + 1:04d}-01-01/{y:04d}-12-31" if n and n > 1 else _INVALID


def _ex_between(m):
    a, b = norm.date_parts(m.group("a")), norm.date_parts(m.group("b"))
    if a[0] is None and b[0] is not None and a[1] is not None:
        # "1 April to 31 March 2023": the first day in the second's year, or the year before
        end = norm.parse_date(m.group("b"))
        start = norm.parse_date(m.group("a"), default_year=b[0])
        if start and end and start > end:
            start = norm.parse_date(m.group("a"), default_year=b[0] - 1)
        return f"{start}/{end}" if start and end else _INVALID
    if a[0] and b[0]:
        start, end = norm.parse_date(m.group("a")), norm.parse_date(m.group("b"))
        return f"{start}/{end}" if start and end and start <= end else _INVALID
    return None


def _ex_fy_span(m):
    a, b = norm.split_fy(m.group("fy1")), norm.split_fy(m.group("fy2"))
    return norm.fy_interval(a[0], b[1]) if a and b and b[1] > a[1] else _INVALID


def _ex_numeric_date(m):
    g = m.groupdict()
    y, mth, d = (g["y"], g["m"], g["d"]) if g.get("y") else (g["iy"], g["im"], g["id"])
    try:
        return dt.date(int(y), int(mth), int(d)).isoformat()
    except ValueError:
        return _INVALID


def _week_to(end: str | None):
    """The seven days ending on ``end`` (ISO), else _INVALID."""
    if not end:
        return _INVALID
    last = dt.date.fromisoformat(end)
    return f"{(last - dt.timedelta(days=6)).isoformat()}/{end}"


def _ex_fy_words(m):
    """"the 2022 to 2023 financial year", "tax year 2023 to 2024": two consecutive years only."""
    y1, y2 = int(m.group("y1") or m.group("y1b")), int(m.group("y2") or m.group("y2b"))
    return norm.fy_interval(y1) if y2 == y1 + 1 else _INVALID


def _ex_academic_year(m):
    g = m.groupdict()
    if g.get("fy") or g.get("fy2"):
        return norm.academic_year(g.get("fy") or g["fy2"]) or _INVALID
    y1, y2 = int(g.get("y1") or g["y1b"]), int(g.get("y2") or g["y2b"])
    return f"{y1:04d}-09-01/{y2:04d}-08-31" if y2 == y1 + 1 else _INVALID


def _century(yy: str) -> int:
    """A two-digit year as a year ("23" 2023, "99" 1999)."""
    return (2000 if int(yy) < 60 else 1900) + int(yy)


#: a financial year just before another ("Council 2021/22 2022/23"): headings side by side
_FY_BEFORE = compiled(r"(?<!\d)(?:19|20)\d\d\s?[/\-–]\s?(?:\d\d){1,2}[ \t]+$")

#: period rules whose surfaces head columns side by side: never "a number after a number"
_HEADING_CODES = frozenset({"month_short_year", "fy_code"})


def _ex_fy_code(m):
    """"FY2022/23", "FY 22/23" (that financial year), "FY23", "FY2024" (the financial year ending then)."""
    g = m.groupdict()
    if g.get("fy"):
        years = norm.split_fy(g["fy"])
        return norm.fy_interval(*years) if years and years[1] == years[0] + 1 else _INVALID
    if g.get("a"):
        a, b = _century(g["a"]), _century(g["b"])
        return norm.fy_interval(a) if b == a + 1 else _INVALID
    end = g["end"]
    return norm.fy_interval((_century(end) if len(end) == 2 else int(end)) - 1)


def _ex_months_of_fy(m):
    """"April-March 2022/23": the months of that financial year (April to December in its first year)."""
    years = norm.split_fy(m.group("fy"))
    if m.group("y1"):
        return _INVALID  # ("April 2022 to March 2022/23")
    if not years or years[1] != years[0] + 1:
        return _INVALID
    m1, m2 = norm.month_number(m.group("m1")), norm.month_number(m.group("m2"))
    y1, y2 = (years[0] if m1 >= 4 else years[1]), (years[0] if m2 >= 4 else years[1])
    return _month_span(y1, m1, y2, m2) if (y1, m1) <= (y2, m2) else _INVALID


def _ex_month_short_year(m):
    """"Mar-23", "Mar '23": that month; "Apr 22 - Mar 23": a span of at most twelve months; else
    _INVALID ("Mar 23" alone and "Mar 22 - Apr 23" are days)."""
    y1, m1 = _century(m.group("yy")), norm.month_number(m.group("month"))
    if m.group("m2"):
        y2, m2 = _century(m.group("y2")), norm.month_number(m.group("m2"))
        months = (y2 - y1) * 12 + m2 - m1 + 1
        return _month_span(y1, m1, y2, m2) if 2 <= months <= 12 else _INVALID
    if not m.group("sep") or m.group("sep").isspace():
        return _INVALID
    return f"{y1:04d}-{m1:02d}"


def _ex_year_end_code(m):
    """"YE March 2023", "FYE 31 March 2024", "YE Mar 23": the twelve months ending then."""
    if m.group("end"):
        year, month, day = norm.date_parts(m.group("end"))
        if year is None:
            found = _HAS_YEAR.search(m.group("end"))
            if found is None:
                return _INVALID
            year, month, day = int(found.group(0)), norm.month_number(rx(r"[A-Za-z]+").search(m.group("end")).group(0)), None
        return (norm.months_back(year, month, 12, day) or _INVALID) if month else _INVALID  # (no "29 February 2023")
    return norm.months_back(_century(m.group("yy")), norm.month_number(m.group("month")), 12)


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
_COUNTS = {None: 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "eleven": 11}


def _ex_part_of_year(m):
    """Quarters, halves and first months of a calendar or financial year: "the second quarter of
    2016-17" (July-September 2016), "the first two quarters of 2019-20", "Q3 2022", "the first
    three months of 2024", "the second half of 2023"."""
    g = m.groupdict()
    if g.get("rel") or g.get("rel2"):
        return None  # "the second quarter of this year", "... of the current financial year": needs the reference year (RELATIVE)
    if g.get("qw"):  # "Quarter Two 2024-2025"
        g = {**g, "q": str(_QUARTER_WORDS[g["qw"].lower()])}
    if not g.get("fy") and not g.get("year"):
        return _INVALID
    v = _part_of_year(g, int(g["year"]) if g.get("year") else None)
    return v.split("/")[1] if g.get("end") and isinstance(v, str) else v  # "the end of the first quarter of 2012-13"


def _part_of_year(g: dict, year: int | None):
    if g.get("fy"):
        years = norm.split_fy(g["fy"])
        if not years:
            return _INVALID
        start_year, first_month = years[0], 4
    else:
        start_year, first_month = year, 1
    g = {k: (v.lower() if isinstance(v, str) and k in ("unit", "k", "which") else v) for k, v in g.items()}  # "First Quarter"
    unit, count = (g.get("unit") or "quarter").rstrip("s"), _COUNTS.get(g.get("k"), 1)
    unit = "half" if unit == "h" else unit  # "H1 2023"
    length = {"quarter": 3, "half": 6, "month": 1}[unit] * count
    if unit == "month" and g.get("which") not in ("first", "last", "final"):
        return None
    if g.get("q2"):  # "Q1 and Q2 of 2011-12", "quarters 1 to 3 of 2023/24": the quarters from the first to the last
        count = int(g["q2"]) - int(g["q"]) + 1
        if count < 2:
            return _INVALID
        offset = (int(g["q"]) - 1) * 3
        y1, m1 = norm.months_before(start_year, first_month, -offset)
        y2, m2 = norm.months_before(y1, m1, -(3 * count - 1))
        return None if offset + 3 * count > 12 else _month_span(y1, m1, y2, m2)
    index = int(g["q"]) if g.get("q") else _ORDINALS[g["which"]]
    if g.get("which") in ("last", "final"):
        index = 12 // length
    offset = (index - 1) * length
    y1, m1 = norm.months_before(start_year, first_month, -offset)
    y2, m2 = norm.months_before(y1, m1, -(length - 1))
    return None if offset + length > 12 else _month_span(y1, m1, y2, m2)


def _census_day(year: int | None = None, on_or_before: dt.date | None = None) -> str | None:
    """The day a UK census was taken (lexicon ``census_days``): the one of ``year``, else the latest
    on or before ``on_or_before``; None when there is none.

    >>> _census_day(2011), _census_day(on_or_before=dt.date(2022, 6, 30)), _census_day(2015)
    ('2011-03-27', '2021-03-21', None)
    """
    days = sorted(lexicon("census_days"))
    if year is not None:
        return next((d for d in days if int(d[:4]) == year), None)
    if on_or_before is None:
        return None
    return next((d for d in reversed(days) if d <= on_or_before.isoformat()), None)


def _census_year(m) -> str | None:
    """The year a census-day match names ("census day 2011", "the 2011 census day"), else None."""
    return m.groupdict().get("year") or m.groupdict().get("year2")


#: Resolvers of explicit periods: value, None (needs context: see RELATIVE), or _INVALID (not a period).
EXPLICIT = {
    "census_day": lambda m: _census_day(int(y)) if (y := _census_year(m)) else None,
    "fy_span": _ex_fy_span,
    "part_of_year": _ex_part_of_year,
    "financial_year": _ex_financial_year,
    "academic_year": _ex_academic_year,
    "fy_words": _ex_fy_words,
    # "the financial year ending March 2023", "the financial year ended 2023": the year to that March
    "fy_ending": lambda m: norm.fy_interval(int(m.group("y")) - 1),
    "fy_code": _ex_fy_code,
    "year_end_code": _ex_year_end_code,
    "month_short_year": _ex_month_short_year,
    "year": lambda m: m.group("year"),
    "month": _ex_month,
    "date": _ex_date,
    "month_end": _ex_month_end,
    "numeric_date": _ex_numeric_date,
    "year_end": lambda m: f"{m.group('year')}-12-31" if m.group("edge").lower() == "end" else f"{m.group('year')}-01-01",
    "week_to": lambda m: _week_to(norm.parse_date(m.group("end"))) if norm.date_parts(m.group("end"))[0] else None,
    "between": _ex_between,
    "between_months": _ex_between_months,
    "between_years": _ex_between_years,
    "years_to_year": _ex_years_to_year,
    "decade": lambda m: f"{m.group('y')}-01-01/{int(m.group('y')) + 9:04d}-12-31",
    "season_year": lambda m: _ex_season_year(m),
    "between_edges": lambda m: _ex_between_edges(m),
    "quarter_months": lambda m: _ex_quarter_months(m),
    "month_quarter": lambda m: _ex_month_quarter(m),
    "school_term": lambda m: _ex_school_term(m),
}


def _ex_quarter_months(m):
    """"Q4 (October to December) 2011", "the fourth quarter (Oct-Dec) of 2011": the bracketed
    months of the year written (inside or after the brackets; a year before the months, from the
    end's year, as in "Q4 2017/18 (January to March 2018)"); no year written: _INVALID (the quarter
    and the months are left to the other rules: :func:`_rel_quarter_number` reads the months)."""
    year = m.group("y2") or m.group("y3")
    m1, m2 = norm.month_number(m.group("m1")), norm.month_number(m.group("m2"))
    if not (year and m1 and m2) or (m2 - m1) % 12 > 5:
        return _INVALID
    y2 = int(year)
    return _month_span(y2 - (m1 > m2), m1, y2, m2)


def _ex_month_quarter(m):
    """"the March 2018 quarter", "the March quarter of 2009": the three months that end that month."""
    month, year = norm.month_number(m.group("month")), int(m.group("y") or m.group("y2"))
    return _month_span(year, month - 2, year, month)


def _ex_between_edges(m):
    """"between the start of 2021 and the end of 2022": 2021-01-01/2022-12-31."""
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    m1 = norm.month_number(m.group("m1")) if m.group("m1") else 1
    m2 = norm.month_number(m.group("m2")) if m.group("m2") else 12
    if not (m1 and m2) or (y2, m2) < (y1, m1):
        return _INVALID
    return _month_span(y1, m1, y2, m2)


#: the first month of each meteorological season (a winter runs into the next year)
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


def _ex_season_year(m):
    """"summer 2019": June to August 2019; "winter 2018/19": December 2018 to February 2019; "winter
    2022" (which December?) and a season over two years other than winter: None (no value)."""
    season, first = m.group("season").lower(), _SEASON_START[m.group("season").lower()]
    if m.group("fy"):
        years = norm.split_fy(m.group("fy"))
        if season != "winter" or not years or years[1] != years[0] + 1:
            return None
        return _month_span(years[0], 12, years[1], 2)
    if season == "winter":
        return None
    year = int(m.group("year"))
    return _month_span(year, first, year, first + 2)


def _ex_school_term(m):
    """"the autumn term 2018", "autumn term 2022/23", "the autumn term of the 2019-20 school year":
    1 September to 31 December of the academic year's first year (every school's autumn term runs
    from September to Christmas); a spring or summer term (each school sets it around Easter), a
    term without its year: None (no value). The code may come first: "the 2021/22 autumn term"."""
    if m.group("term").lower() != "autumn":
        return None
    code = m.group("fy") or m.groupdict().get("fy0")
    if m.group("year"):
        year = int(m.group("year"))
    elif code and (years := norm.split_fy(code)) and years[1] == years[0] + 1:
        year = years[0]
    else:
        return None
    return f"{year:04d}-09-01/{year:04d}-12-31"


def _school_term_dated(c: _Match) -> bool:
    """Whether a school term is written with its (academic) year: a range, not a relative period."""
    return c.rule.resolve == "school_term" and bool(c.m.group("year") or c.m.group("fy") or c.m.groupdict().get("fy0"))


def _explicit_value(c: _Match):
    """Value of an explicit period, None if it needs context, _INVALID if not a period."""
    fn = EXPLICIT.get(c.rule.resolve)
    return fn(c.m) if fn else None


#: "by March 2025", "until 2030": a deadline or target, not a year the story's figures belong to
_TARGET_BEFORE = compiled(r"\b(?i:by|until|till|before)\s+(?:the\s+end\s+of\s+)?(?:[A-Z][a-z]+\s+)?$")


#: "had risen to 442 ", "was meeting the four-hour target ", "were waiting ": a past state before "by" (not
#: "were seen in time last month, against a target of 78% by March 2025": a target's deadline)
_REACHED_BY = compiled(r"(?i)\b(?:had|was|were)\s+(?!to\b|due\b|expected\b|set\b|on\s+course\b|on\s+track\b)"
                            r"(?:\w+\s+){0,1}\w+(?:ed|ing|en)\b(?:(?!\b(?:target|goal|aim|ambition)s?\s+(?:of|to)\b|\bagainst\b)[^.;:!?,\n]){0,70}$")


#: "the 2020 target", "its 2030 net zero goal", "the 2025 projected target": a year that names a target
_TARGET_AFTER = compiled(
    r"(?:[-–/]\d{2,4})?\s+(?:(?!(?:the|a|an|its|their|was|is|were|and|or|of|to)\b)[a-z]+\s+){0,2}"
    r"(?:target|goal|ambition|deadline)s?\b")


#: (is_deadline and is_comparison_base are asked again about the same period by the periods, link
#: and measure stages of one document: answered once, from a cache of the last few documents' periods)
@lru_cache(maxsize=256)
def is_deadline(text: str, start: int, end: int | None = None) -> bool:
    """Whether the period starting at ``start`` (and ending at ``end``) is a deadline or target
    ("by March 2025", "until 2030", "the 2020 target"): it sets no story year and dates no story."""
    if (t := _TARGET_BEFORE.search(text, max(0, start - 30), start)):
        # (not a past state reached "by" then: "had risen to 442 by the end of December", "the
        # trust was meeting the target by the end of June": the figures' own date)
        return not (t.group(0)[:2].lower() == "by" and _REACHED_BY.search(text, max(0, t.start() - 90), t.start()))
    # the year as a modifier of a target noun phrase ("the 2020 target", "its 2030 net zero goal";
    # not "In 2023 police missed targets")
    return end is not None and bool(_DETERMINER_BEFORE.search(text, max(0, start - 8), start)) \
        and bool(_TARGET_AFTER.match(text, end, min(len(text), end + 40)))


_DETERMINER_BEFORE = compiled(r"(?i:\b(?:the|its|their|our|a|an|this|that|his|her))\s+$")


_BASELINE = compiled(r"\b(?:from|on|upon|since|than|(?:compared|in\s+comparison) (?:with|to)|as\s+opposed\s+to|against|versus|vs\.?|over)\s+(?:in\s+|the\s+)?$"
                          r"|\bthan\s+for\s+(?:the\s+)?$"  # "75,000 fewer than for February to April"
                          r"|\bsince\s+(?:[^.;,]|[.,]\d){0,40}?\b(?:in|of|on|at)\s+$", regex.I)
#: a compared figure written in words ("up from five last year", "compared to none in 2018",
#: "from twenty-three in 2019")
_NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen"
                r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
                r"|a\s+(?:dozen|hundred|thousand))")
# "up from 110 last year", "compared to 316 in 2017", "from 6,918 in 2014": the period of a
# compared figure is the comparison's baseline
_BASELINE_FIGURE = compiled(
    r"\b(?:from|than|(?:compared|in\s+comparison) (?:with|to)|as\s+opposed\s+to|against)\s+(?:the\s+)?(?:(?:just|around|about|almost|nearly|over|under|roughly|some|(?:more|less|fewer)\s+than)\s+){0,2}"
    # (or a rank: "ranks 78th of the 151 councils, compared to 122nd in April 2017", "up from 41st in 2020"; not
    # one end of a span, where an ordinal is a day or a place in a climb: "from 3rd to 10th March 2023", "rose
    # from 12th to top in 2022")
    r"(?:[£$€]?\d[\d,.]*|\d+(?:st|nd|rd|th)\b(?!\s*(?:to|and|until|till|-|–)(?:\s|\d|$))|none|zero|nil|" + _NUMBER_WORD + r")"
    # (the compared figure may carry its share in brackets: "up from 47,498 (34%) in 2011")
    # (and up to three words of its own: "from 409 kg per person in 2021")
    # (and a rate's base: "compared to 54 per 100,000 in 2005", "from 31 for every 1,000 people last year")
    r"(?:\s*(?:m|bn|k|million|billion|per\s*cent|%))?(?:\s*\([^()\n]{1,20}\))?(?:\s+(?:per|(?:for|in)\s+every)\s+\d[\d,]*)?"
    r"(?:\s+[a-z]+){0,3}?\s+(?:in\s+|during\s+|for\s+|at\s+)?(?:the\s+)?$",
    regex.I)
#: "compared with 7.7% last year and 4.1% in 2019", "up from 12 in 2018 and 15 in 2019": the period of a
#: second compared figure joined to the first by "and"
_AND_BASELINE_FIGURE = compiled(
    r"\b(?:from|than|(?:compared|in\s+comparison) (?:with|to)|against)\s+(?:[^.;:,\n]|[.,]\d){1,60}?\band\s+"
    r"(?:[£$€]?\d[\d,.]*|none|zero|nil)(?:\s*(?:m|bn|k|million|billion|per\s*cent|%))?\s+(?:in|during|for|at)\s+(?:the\s+)?$",
    regex.I)
#: "up 65% on a low point of 48,010 on 31 December 2010", "down 1% on 52,880 in March": the period of
#: a figure a change is measured on
_ON_BASELINE_FIGURE = compiled(
    r"\b(?:up|down|rise|fall|increase|decrease|higher|lower|reduction|drop|decline|growth|jump)\b[^.;]{0,25}?\b(?:on|upon)\s+(?:the\s+|a\s+)?"
    r"(?:(?:low|high|peak|record)(?:\s+point)?\s+of\s+)?[£$€]?\d[\d,.]*(?:\s*(?:m|bn|k|million|billion))?"
    # (the compared figure's own words: "on the 1,517 applications received in 2014/15")
    r"(?:\s+[a-z]+){0,3}?\s+(?:in|on|at|for|during)\s+(?:the\s+)?$", regex.I)
#: "51 per cent higher than when data was first collected in 2010/11": the period of a "than when" clause; "higher
#: than they were in September 2012": the period a level is compared with
#: "slightly below the 14,680 in the year to March 2020": a known figure set against, "the" before it and no noun
#: after it (not "below the 5% target in 2023", a target; not "rose to above 5,000 in 2023", a level reached)
_BELOW_THE_FIGURE = compiled(r"\b(?:below|above|short\s+of)\s+the\s+(?:(?:just|around|about|almost|nearly|some)\s+)?"
                                  r"[£$€]?\d[\d,.]*(?:\s*(?:m|bn|k|million|billion|per\s*cent|%))?\s+(?:in|during|for|at)\s+(?:the\s+)?$",
                                  regex.I)
_BASELINE_WHEN = compiled(r"\bthan\s+(?:when|at\s+the\s+time|before)\b[^.;:]{0,60}?\b(?:in|during|for)\s+(?:the\s+)?$"
                            # "higher than they were in September 2012", "lower than it was at the end of 2019"
                            r"|\bthan\s+(?:they|it|there|this|that|these|those|prices|rates|numbers|levels)\s+(?:were|was|had\s+been|"
                            r"have\s+been|has\s+been|did)\s+(?:in|during|at|for|over|by)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?$", regex.I)
#: "up 10% from April 2017 to March 2018": a span opened by "from" right after a change is its baseline
_CHANGE_BEFORE = compiled(
    r"\b(?:up|down|rise|fall|increase|decrease|rose|fell|higher|lower|grew|dropped)\s+(?:by\s+)?"
    r"(?:almost\s+|nearly\s+|more\s+than\s+|over\s+|about\s+)?\d[\d,.]*\s*(?:%|per\s*cent)\s*$", regex.I)
#: rules whose period is by its nature the other side of a comparison ("10% higher than the
#: same time in 2023")
_COMPARISON_RULES = frozenset({"relative.same_period_in", "relative.same_period_a_year_before"})
#: "a 3% improvement on the position twelve months ago", "up from 380 twelve months ago": twelve months ago as a
#: comparison's base (not "Twelve months ago there were just 420": the figure's own period)
_BEFORE_TWELVE_MONTHS = compiled(r"\b(?:on|from|than|compared\s+(?:with|to)|against|versus)\s+(?:the\s+)?"
                                 r"(?:(?:[\w£$€%-]|[.,](?=\d))+\s+){0,3}$", regex.I)


#: a period that names a publication ("the 2015-16 MAPPA Annual Report", "the 2021 census data")
_SOURCE_AFTER = compiled(
    r"[^\s.,;:]+(?:\s+(?:[A-Z][\w&\-]*|\([A-Z]+\)|of|and)){0,6}?\s+(?i:annual\s+report|report|data|"
    r"figures|statistics|survey|bulletin|release|census|accounts|review)\b")


_SPANS_AFTER_OVER = frozenset({"relative.last_n", "relative.last_year"})


@lru_cache(maxsize=256)
def is_comparison_base(text: str, start: int, kind: str, rule: str) -> bool:
    """Whether the period starting at ``start`` is the baseline of a comparison: after
    "from/since/than/compared with/over" ("since 2015", not "on 31 March", not "over the last 24
    months"), the period of a compared figure ("up from 110 last year", "compared to 368 in
    2005"), or "the same time in 2023"."""
    if rule in _COMPARISON_RULES:
        return True
    if rule == "relative.twelve_months_ago":
        return _BEFORE_TWELVE_MONTHS.search(text, max(0, start - 60), start) is not None
    m = _BASELINE.search(text[max(0, start - 40):start])
    if m and _SOURCE_AFTER.match(text, start, start + 90):
        return False  # "figures from the 2015-16 MAPPA Annual Report": where they come from
    if m:
        word = m.group(0).lower()
        if word.startswith("over") and (kind == "range" or rule in _SPANS_AFTER_OVER and (
                rule != "relative.last_year" or text[start:start + 4].lower() == "the ")):
            # "over the last 24 months", "over the past year": a span, not a
            # baseline ("up 3% over last year" is one)
            return False
        if word.startswith("on") and (kind in ("date", "month") or rule == "relative.census_day"):
            # "on 31 March" ("on census day") is a snapshot's day, unless it is the day of a figure a change is
            # measured on ("up 65% on a low point of 48,010 on 31 December 2010")
            return bool(_ON_BASELINE_FIGURE.search(text, max(0, start - 70), start))
        return True
    if kind == "range" and text[start:start + 5].lower() == "from " and _CHANGE_BEFORE.search(
            text, max(0, start - 40), start):
        return True
    window = text[max(0, start - 60):start]
    if may_say(window, ("from", "than", "compar", "against", "opposed")) and _BASELINE_FIGURE.search(window):
        return True
    if may_say(window, ("below the", "above the", "short of")) and _BELOW_THE_FIGURE.search(window):
        return True
    if (" on " in text[max(0, start - 90):start] or " upon " in text[max(0, start - 90):start]) \
            and _ON_BASELINE_FIGURE.search(text, max(0, start - 90), start):
        return True  # "down 1% on 52,880 in March"
    return "than" in text[max(0, start - 120):start] and bool(
        _BASELINE_WHEN.search(text, max(0, start - 120), start))


@lru_cache(maxsize=1)
def _future() -> Pattern:
    """A plan's verb ("will spend", "plans to", "is to be invested"): the future_cues lexicon."""
    return compiled(r"(?i)\b(?:" + "|".join(lexicon("future_cues")) + r")\b")


def _plan_reaches(text: str, start: int) -> bool:
    """Whether a plan's verb governs the words up to ``start`` in its sentence, with no verb in the
    past between them ("will form part of the report to Cabinet in", not "will spend £2m, as
    agreed in")."""
    sentence_start = max(text.rfind(". ", max(0, start - 200), start), text.rfind("\n", max(0, start - 200), start))
    cues = list(_future().finditer(text, max(0, sentence_start, start - 200), start))
    return bool(cues) and not _PAST_VERB.search(text, cues[-1].end(), start)


_PAST_VERB = compiled(r"\b(?:[a-z]{2,}ed|was|were|had|did|said|made|set|met)\b|,")


def _in_plan(text: str, start: int) -> bool:
    """Whether the period is in a sentence about a plan ("the council will spend £2m in
    2024-25"): such a year says when money will be spent, not which year the figures are of."""
    sentence_start = max(text.rfind(". ", max(0, start - 200), start), text.rfind("\n", max(0, start - 200), start))
    return bool(_future().search(text, max(0, sentence_start, start - 200), start))


#: "(175 days in Q1 2020)", "(£2.1m in 2019)": an aside that opens on a figure and ends after its period
_BRACKETED_FIGURE = compiled(r"\(\s*(?:(?:up|down)\s+from\s+|from\s+)?[£$€]?\d[^()\n]{0,40}$")


def _bracketed_figure(text: str, start: int, end: int) -> bool:
    """Whether a period dates a figure given in brackets as an aside ("the Crown Court wait fell
    slightly (from 398 to 387 days) but remains above pre-COVID levels (175 days in Q1 2020)"), or
    is the year-before apposition of "A year earlier, in September 2024": a point of comparison,
    not the period of the figures, so "the previous quarter" after it does not count back from it."""
    if "arlier" in text[max(0, start - 24):start] and _YEAR_EARLIER_IN.search(text, max(0, start - 40), start):
        return True
    if "(" not in text[max(0, start - 45):start]:
        return False  # (a cheap test first)
    return text[end:end + 3].lstrip(" ,.").startswith(")") and bool(
        _BRACKETED_FIGURE.search(text, max(0, start - 45), start))


#: "running up to March 2018", "offences up to the end of March this year": the end of the figures' span
_UP_TO_BEFORE = compiled(r"(?i)\bup\s+to\s+(?:the\s+end\s+of\s+)?$")


def _twelve_months_to(value: str) -> str | None:
    """The twelve months that end with a month ("2018-03") or on a month's last day ("2017-03-31")."""
    if len(value) == 7 and value[4] == "-":
        return norm.months_back(int(value[:4]), int(value[5:7]), 12)
    if len(value) == 10 and value[4] == "-" and int(value[8:]) == norm.last_day(int(value[:4]), int(value[5:7])):
        return norm.months_back(int(value[:4]), int(value[5:7]), 12)
    return None


def _month_end(value: str | None) -> bool:
    """Whether a value is a month's last day ("2024-06-30")."""
    return bool(value and len(value) == 10 and value[4] == "-" and _twelve_months_to(value))


def _fy_named(c: _Match) -> tuple[int, int] | None:
    """The financial year a period names: "2018-19", "between 2018 and 2019", "the year to March
    2019", "the 12 months ending 31 March 2019", "between April 2018 and March 2019"."""
    r, g = c.rule.resolve, c.m.groupdict()
    if r == "financial_year" or r == "part_of_year" and g.get("fy"):
        # ("Q4 2024/25", "the second quarter of 2016-17": a story told in financial years)
        return norm.split_fy(g["fy"])
    if r in ("fy_words", "fy_code", "year_end_code", "between") or r == "between_months" and g.get("fy"):
        v = _explicit_value(c)
        return _fy_years(v) if isinstance(v, str) else None
    if r == "between_years" and g.get("y1"):
        return int(g["y1"]), int(g["y2"])
    if r in ("year_to", "months_to") and not g.get("q") and (g.get("n") or "12") in ("12", "twelve"):
        end = g["end"]
        year = _HAS_YEAR.search(end)
        month = norm.date_parts(end)[1] or norm.month_number(rx(r"[A-Za-z]+").search(end).group(0))
        return (int(year.group(0)) - 1, int(year.group(0))) if year and month == 3 else None
    if r == "between_months" and g.get("y2") and norm.month_number(g["m1"]) == 4 and g.get("m2") and norm.month_number(g["m2"]) == 3:
        y1 = int(g["y1"]) if g.get("y1") else int(g["y2"]) - 1
        return (y1, y1 + 1) if y1 + 1 == int(g["y2"]) else None
    return None


def _fy_years(value: str) -> tuple[int, int] | None:
    """(start year, end year) of a value that is exactly one financial year, else None."""
    start = _fy_of_value(value) if "/" in value else None
    return (start, start + 1) if start is not None else None


def _fixed_value(c: _Match) -> str | None:
    """The value of a period that needs no reference date ("2019", "the year to June 2025")."""
    v = _explicit_value(c)
    if v is None and c.rule.resolve in ("year_to", "months_to") and _HAS_YEAR.search(c.m.group(0)):
        v = _relative_value(c, _Frame(None, None, False, None, None))
    return v if isinstance(v, str) else None


def _reference(chosen: list[_Match], published: str | None,
               text: str = "") -> tuple[dt.date | None, int | None, bool, dt.date | None]:
    """(reference date, reference financial-year start, is the document framed in financial years,
    the end of the latest statistical period the text names: a financial year or a span)."""
    def financial_years(matches):
        fys = [_fy_named(c) for c in matches]
        return [f for f in fys if f and f[1] - f[0] == 1]

    # any financial year, baseline or not, says the document counts in financial years, and so
    # does "the year to March"
    fy_framed = bool(financial_years(chosen)) or any(
        c.rule.resolve == "year_to_month" and norm.month_number(c.m.group("month")) == 3 and not c.m.groupdict().get("q")
        for c in chosen)
    if published:
        ref = dt.date.fromisoformat(published)
        # the last financial year completed by the publication date
        fy_start = ref.year - 2 if ref.month <= 3 else ref.year - 1
        return ref, fy_start, fy_framed, ref
    # without a publication date, only the periods the figures are about fix the reference
    # year: not a comparison's baseline ("compared to 368 in 2005"), a deadline ("by 2030") or
    # a plan's year ("will spend £2m in 2024-25")
    framing = [c for c in chosen if not is_deadline(text, c.start, c.end)
               and not is_comparison_base(text, c.start, c.rule.kind, c.rule.id) and not _in_plan(text, c.start)
               and not _second_baseline(text, c.start) and not _landmark(text, c)]
    # "A year earlier, in September 2024, the number stood at 2,701": the figures' own period is a
    # year after that one (the story's undated "end of September" is September 2025)
    year_on = [e.replace(year=e.year + 1) for c in framing if c.rule.kind in ("month", "date")
               and "arlier" in text[max(0, c.start - 24):c.start] and _YEAR_EARLIER_IN.search(text, max(0, c.start - 40), c.start)
               and (v := _fixed_value(c)) is not None and (e := norm.period_end(v)) is not None and (e.month, e.day) != (2, 29)]
    if year_on:
        framing = [c for c in framing if not _YEAR_EARLIER_IN.search(text, max(0, c.start - 40), c.start)]
    # (a quarter's financial year, "Q4 2024/25", says the story counts in financial years, not which
    # one it is about)
    fys = financial_years([c for c in framing if c.rule.resolve != "part_of_year"])
    if fys:
        counts = Counter(f[0] for f in fys)
        best = max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
        return dt.date(best + 1, 3, 31), best, True, dt.date(best + 1, 3, 31)
    # the end of the latest period the text names ("between December 1 2014 and January 5 2015"
    # ends on 2015-01-05: "over Christmas" is then Christmas 2014, not 2015)
    # (a bare year fixes it only where its sentence gives a figure or a release: "In 2019 there were
    # 40 crashes", "A report came out in 2021", not "a law passed in 2012")
    values = [(c, v) for c in framing if (v := _fixed_value(c)) is not None
              and (c.rule.kind != "year" or _figure_in_sentence(text, c.start, c.end, releases=True))]
    ends = [e for _c, v in values if (e := norm.period_end(v)) is not None] + year_on
    # "the year to June" is only resolved against a statistical period the text names (a span or
    # a financial year), never against a year or month named in passing ("In March 2014, ...")
    spans = [e for c, v in values if "/" in v and (e := norm.period_end(v)) is not None]
    return (max(ends) if ends else None), None, fy_framed, (max(spans) if spans else None)


#: "A year earlier, in ", "Twelve months earlier, at the end of ": a period a year before the figures'
_YEAR_EARLIER_IN = compiled(r"(?i)\b(?:a|one|twelve\s+months|12\s+months)\s+(?:year\s+)?earlier,?\s+"
                                 r"(?:in|on|at\s+the\s+end\s+of)\s+$")


def _landmark(text: str, c: _Match) -> bool:
    """Whether a period names a past peak or trough ("a trough in the March quarter of 2009", "below
    their March quarter 2007 peak"), or a level seen before ("back to levels previously seen in
    2015"): a landmark the figures are measured against, not their period (nor the story's)."""
    before, after = text[max(0, c.start - 24):c.start], text[c.end:c.end + 8]
    if "seen" in before and _SEEN_IN.search(before):
        return True  # "back to levels previously seen in 2015", "a rate last seen in 2009"
    if c.rule.kind == "year" and _law_change(text, c.start):
        return True  # "following a change to the law in 2012": when the rules changed, not the figures' year
    if not ("trough" in before or "peak" in before or after.startswith((" peak", " trough"))):
        return False  # (a cheap test first)
    return bool(_PEAK_OR_TROUGH.search(before) or _PEAK_OR_TROUGH.match(after)) and not _HAS_YEAR.search(before)


#: the year a law or its rules changed: "a change to the law in 2012", "since the legislation was amended in
#: 2015", "the Act came into force in 2010", "after the rules were tightened in 2019" (not "offences under
#: the law rose in 2012": a verb of change of the law itself, right before the year)
_LAW_CHANGE = compiled(
    r"\b(?:(?:changes?|amendments?|reforms?)\s+(?:to|in|of)\s+(?:the\s+)?(?:laws?|legislation|rules|regulations|act)"
    r"|(?:laws?|legislation|act|rules|regulations)\b[^.;:!?\d]{0,30}?\b(?:changed|introduced|passed|amended|enacted|reformed|"
    r"tightened|relaxed|came\s+into\s+(?:force|effect)|took\s+effect))\s+(?:in|from|during)\s+$", regex.I)
_LAW_WORDS = ("law", "legislation", "Act", "act ", "rules", "regulations")


def _law_change(text: str, start: int) -> bool:
    """Whether the year at ``start`` dates a change in a law or its rules (see _LAW_CHANGE)."""
    lo = max(0, start - 70)
    return any(w in text[lo:start] for w in _LAW_WORDS) and bool(_LAW_CHANGE.search(text, lo, start))


#: "previously seen in", "last seen in", "not seen since": a level a figure returns to, not its own period
_SEEN_IN = compiled(r"\b(?:previously|last|not|never|rarely|only)\s+(?:been\s+)?seen\s+(?:in|since|during)\s+$", regex.I)
#: "a trough in", "their ... peak" (not "the list peaked in July 2022": a figure's own month)
_PEAK_OR_TROUGH = compiled(r"\s*\b(?:peak|trough)s?\b")


def _second_baseline(text: str, start: int) -> bool:
    """Whether the period at ``start`` dates a second compared figure joined to a first by "and"
    ("6% this year compared with 7.7% last year and 4.1% in Spring 2019"): a baseline too, which
    fixes no reference year (its figure is still dated by it, so :func:`is_comparison_base`, which
    the link stage asks, does not say so)."""
    return " and " in text[max(0, start - 60):start] and bool(_AND_BASELINE_FIGURE.search(text, max(0, start - 120), start))


def _festive_day_span(text: str, chosen: list[_Match]) -> str | None:
    """Two days joined by "to" around a Christmas ("ran from December 1, 2017 through to January 1,
    2018"): the span, which :func:`_day_spans` makes one period later on."""
    if "ecember" not in text and "Dec" not in text:
        return None
    for a, b in zip(chosen, chosen[1:]):
        if a.rule.id == b.rule.id == "date.day_month_year" and _DAY_TO_DAY.fullmatch(text, a.end, b.start):
            va, vb = _explicit_value(a), _explicit_value(b)
            if isinstance(va, str) and isinstance(vb, str) and len(va) == len(vb) == 10 and va < vb \
                    and _covers_christmas(f"{va}/{vb}"):
                return f"{va}/{vb}"
    return None


_FIGURE = compiled(r"\d")
_SENTENCE_END = compiled(r"[.!?](?:\s|$)|\n")


#: a figure that is not a year ("80", "1,204", "12.5")
_COUNT = compiled(r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d")


#: a sentence about a release of figures ("A report came out in 2021", "data published in 2019")
_RELEASE = compiled(r"(?i)\b(?:report|figures|data|statistics|survey|study|review|published|released|census)\b")


def _figure_in_sentence(text: str, start: int, end: int, counts_only: bool = False, releases: bool = False) -> bool:
    """Whether the sentence around ``text[start:end]`` holds a digit outside it (a figure, another
    date; with ``counts_only`` a figure that is not a year), or with ``releases`` names a release of
    figures: what makes a period that of something counted rather than of an event."""
    left = max(0, start - 250)
    ends = list(_SENTENCE_END.finditer(text, left, start))
    left = ends[-1].end() if ends else left
    right_m = _SENTENCE_END.search(text, end, min(len(text), end + 250))
    right = right_m.start() if right_m else min(len(text), end + 250)
    fig = _COUNT if counts_only else _FIGURE
    return bool(fig.search(text, left, start) or fig.search(text, end, right)
                or releases and _RELEASE.search(text, left, right))


#: words that say a sentence reports a change even without a figure ("halved", "rose by a third")
_CHANGE_WORD = compiled(r"(?i)\b(?:rose|risen|rising|rise|fell|fallen|falling|fall|increas\w*|decreas\w*|halved|doubled|"
                             r"tripled|trebled|grew|grown|growth|drop\w*|declin\w*|jump\w*|soar\w*|climb\w*|"
                             r"higher|lower|up|down|record|highest|lowest|trend)\b")


#: a speaker's own account: "we have", "I", "our"
_FIRST_PERSON = compiled(r"\b(?:[Ww]e|I|[Oo]ur|us)\b")


def _bare_stretch(text: str, start: int, end: int) -> bool:
    """Whether "the last two years" stands in a speaker's sentence ("we", "our") with no figure and
    no change: how long something has gone on ("Over the last two years we have worked closely with
    ..."), not the period of a statistic ("Claims were paid over the last 24 months" still is one)."""
    if _figure_in_sentence(text, start, end):
        return False
    left = max(0, start - 250)
    ends = list(_SENTENCE_END.finditer(text, left, start))
    left = ends[-1].end() if ends else left
    right_m = _SENTENCE_END.search(text, end, min(len(text), end + 250))
    right = right_m.start() if right_m else min(len(text), end + 250)
    return bool(_FIRST_PERSON.search(text, left, right)) and not _CHANGE_WORD.search(text, left, right)


def _covers_christmas(value: str, year: int | None = None) -> bool:
    """Whether a day-precise span of at most six weeks covers a Christmas Day (of ``year``)."""
    span = norm.day_span(value)
    if span is None:
        return False
    start, end = span
    years = {year} if year else {start.year, end.year}
    return (end - start).days <= 42 and any(start <= dt.date(y, 12, 25) <= end for y in years)


def _kind_and_value(c: _Match, value: str | None, fy_framed: bool) -> tuple[str, str | None]:
    """The output kind of a match (a rule's kind, refined by what it matched and resolved to), and
    its value (calendar years for a span of years in a story not told in financial years)."""
    kind = c.rule.kind
    if kind == "range" and c.rule.resolve in _RELATIVE_WITHOUT_YEAR and not _HAS_YEAR.search(c.m.group(0)):
        kind = "relative"  # "the year to March" needs the reference date; "the year to March 2020" does not
    elif kind == "range" and c.rule.resolve == "same_period_in" and not (value and "/" in value):
        kind = "relative"  # "the same time in 2023" after "April": a month, not a span
    elif kind == "range" and value and (c.rule.resolve == "year_end_code" and c.m.group(0).startswith("FYE")
                                        or c.rule.resolve == "year_to" and "inancial" in c.m.group(0)) \
            and _fy_years(value):
        # "FYE March 2023", "the financial year ending March 2023": a financial year by its end
        kind = "financial_year"
    elif c.rule.resolve == "financial_year" and value and (ys := norm.split_fy(c.m.group("fy"))) and ys[1] - ys[0] > 1:
        # "2010-2020", "a plan for 2005-2008": years from the first to the last, not one financial
        # year; financial years only in a story told in them
        kind = "range"
        if not fy_framed:
            value = f"{ys[0]:04d}-01-01/{ys[1]:04d}-12-31"
    elif kind == "range" and value and c.rule.resolve in ("year_to", "months_to") and (
            whole := _WHOLE_CALENDAR_YEAR.fullmatch(value)):
        # "the year to December 2019", "the 12 months ending 31 December 2019": the calendar year 2019
        kind, value = "year", whole.group(1)
    elif kind == "month" and value and "/" in value:
        kind = "range"  # "Apr 22 - Mar 23": a span of month headings
    elif value and _school_term_dated(c):
        kind = "range"  # "the 2023/24 autumn term": a term of a year the text writes, whose dates are known
    elif c.rule.resolve == "academic_year" and value and (c.m.groupdict().get("fy") or c.m.groupdict().get("fy2")):
        # "the 2022/23 academic year": written as a financial year is (FORMAT.md's kinds), its value
        # the academic year's (1 September to 31 August); "the 2022 to 2023 school year" stays a range
        kind = "financial_year"
    elif c.rule.resolve == "part_of_year" and c.m.groupdict().get("end") and value and len(value) == 10:
        kind = "date"  # "the end of the third quarter of 2018-19": its last day
    elif value and (c.rule.resolve == "between_months" and c.m.groupdict().get("fy")
                    or c.rule.resolve == "between_years" and c.m.group("y1c")) and _fy_years(value):
        # "April-March 2022/23": the whole financial year; "in 2022 to 2023" (GOV.UK's name of a
        # financial year), unlike "between 2022 and 2023" (a range)
        kind = "financial_year"
    return kind, value


#: "up 7% on the 4,870 visits in", "lower than the 6,420 patients seen in": a compared figure's period next
_FIGURE_COMPARED = compiled(r"\b(?:on|than|from|against|compared\s+(?:with|to))\s+(?:(?:double|twice|treble|triple|half)\s+)?"
                                 r"(?:the\s+)?[£$€]?\d[\d,.]*"
                                 r"(?:\s+[a-z]+){0,3}\s+(?:in|during)\s+$", regex.I)
#: rules of a month named without its year ("in April", "April saw ...")
_BARE_MONTH_RULES = frozenset({"month.bare", "month.subject", "month.superlative"})


def _month_story_date(text: str, chosen: list[_Match]) -> str | None:
    """An undated story of one month's figures compared with the same month a year before ("6,080
    patients visited A&E in April ... 5% lower than the 6,420 seen in April 2022"; "... last month
    ... 10% higher than the same time in 2023"): the first day of the month after the story's month
    (the latest month it names without a year), in the year after the comparison's; else None."""
    months = {norm.month_number(c.m.group("month")) for c in chosen if c.rule.id in _BARE_MONTH_RULES}
    months.discard(None)
    # (the story's month: the one the others lie in the five months before, "March ... April")
    story = next((m for m in months if all((m - o) % 12 < 6 for o in months)), None)
    if story is None:
        return None
    def compared(c: _Match) -> bool:
        return bool(_FIGURE_COMPARED.search(text, max(0, c.start - 60), c.start)) \
            or is_comparison_base(text, c.start, "month", c.rule.id)

    years = [int(c.m.group("year")) for c in chosen if c.rule.id == "month.month_year"
             and norm.month_number(c.m.group("month")) == story and compared(c)] \
        + [int(c.m.group("year")) for c in chosen
           if c.rule.id == "relative.same_period_in" and c.m.group("year") and "last month" in text]
    if not years:
        return None
    own = [int(y.group(0)) for c in chosen if (y := _HAS_YEAR.search(c.m.group(0))) and not compared(c)]
    if any(y <= max(years) for y in own):
        return None  # (the story dates its own month in that year: "rose 1.0% in the 12 months to March 2021, up from 0.7% to February 2021")
    year = max(years) + 1 + (story == 12)
    return f"{year:04d}-{story % 12 + 1:02d}-01"


#: resolvers of a month, day or span of months written without its year
_UNDATED_MONTHS = frozenset({"month", "month_end", "between_months"})
#: a sentence that opens with its year: "In 2020, almost half ...", "During 2021 there were ..."
_OPENING_YEAR = compiled(r"[ \t]*(?:In|During|Throughout)\s+(?:the\s+year\s+)?((?:19|20)\d\d)\b(?![\-–/]\d|\s*(?:[-–]|to)\s*\d)")
#: a heading line with one year and no other figure: "Summer visitors 2023", "Beach tourism in 2023"
_HEADING_YEAR = compiled(r"[ \t]*[A-Z][^\d\n.!?]{0,80}?\b((?:19|20)\d\d)\b[^\d\n.!?]{0,40}$")
#: "since April 2024", "the lowest since December 2020": the baseline a figure is compared since
_SINCE_BEFORE = compiled(r"\bsince\s+(?:the\s+(?:end|start)\s+of\s+)?$", regex.I)


#: the rest of a list of months whose last item carries the year: "[March] and June 2020", "[January],
#: April or July 2019" (case-sensitive month names; at most ten items, so a text that lists months by the
#: thousand costs each month a bounded look ahead, not the rest of the list)
_LISTED_BEFORE_YEAR = compiled(r"(?:,\s*(?-i:" + "|".join(MONTH_NAMES) + r")){0,10},?\s+(?:and|or|&)\s+(?-i:"
                               + "|".join(MONTH_NAMES) + r")\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)\b(?![\-–/]\d)")


def _sentence_year(text: str, c: _Match) -> int | None:
    """The year a month or span of months written without one belongs to by its sentence: the
    year of the list it opens ("in March and June 2020"), else the year its sentence opens with ("In
    2020, almost half was made between July and September"),
    else the one the sentence before opens with when its own names no year ("In 2020, ... . Just
    4.7% came between April and June"), else that of a heading line just above ("Beach tourism in
    2023" over "June to August saw ..."); None otherwise, and for a deadline ("by March")."""
    if _HAS_YEAR.search(c.m.group(0)) or is_deadline(text, c.start, c.end):
        return None
    if (listed := _LISTED_BEFORE_YEAR.match(text, c.end)) is not None:
        return int(listed.group("y"))  # "in March and June 2020", "January, April or July 2019": the list's year
    left = max(0, c.start - 400)
    breaks = list(_SENTENCE_END.finditer(text, left, c.start))
    if not breaks and left > 0:
        return None
    starts = [left] + [b.end() for b in breaks]
    own = _OPENING_YEAR.match(text, starts[-1], c.start)
    if own:
        return int(own.group(1))
    if len(starts) < 2 or (left > 0 and len(starts) < 3) or _HAS_YEAR.search(text, starts[-1], c.start):
        return None  # (nor from the sentence before when its start is out of reach)
    if (prev := _OPENING_YEAR.match(text, starts[-2], starts[-1])) is not None:
        return int(prev.group(1))
    if text[starts[-1] - 1] == "\n" and (head := _HEADING_YEAR.match(text, starts[-2], starts[-1] - 1)):
        return int(head.group(1))
    return None


def _since_floor(text: str, chosen: list[_Match], ref: dt.date) -> dt.date | None:
    """Undated: the end of the latest period a figure is compared "since" ("the lowest since April
    2024") when it is later than the reference the figures' own periods give (the story is told
    after it: its "end of September" is September 2024, not 2023); else None."""
    ends = [e for c in chosen if _SINCE_BEFORE.search(text, max(0, c.start - 24), c.start)
            and (v := _fixed_value(c)) and (e := norm.period_end(v)) is not None]
    best = max(ends, default=None)
    return best if best is not None and best > ref else None


def _story_reference(text: str, chosen: list[_Match], published: str | None):
    """:func:`_reference`'s answer, the publication date (or the date an undated story's own month
    fixes) and the undated story's "since" floor (:func:`_since_floor`)."""
    ref, ref_fy, fy_framed, stat_ref = _reference(chosen, published, text)
    if published is None and (told := _month_story_date(text, chosen)) and (ref is None or ref.isoformat() < told):
        # (the story's own month fixes the date its "last month" and "March this year" count from)
        published = told
        ref, ref_fy, fy_framed, stat_ref = _reference(chosen, published, text)
    floor = _since_floor(text, chosen, ref) if published is None and ref is not None and "since" in text else None
    if floor is not None:
        ref = floor  # ("this year" is then the year of the latest "since": the story comes after it)
    return ref, ref_fy, fy_framed, stat_ref, published, floor


def _sentence_frame(text: str, c: _Match, frame: _Frame) -> _Frame:
    """The frame of a month or span of months written without its year: that of the year its
    sentence (or the one before, or a heading just above) opens with, if any ("In 2020, almost
    half ... between July and September")."""
    if c.rule.resolve in _UNDATED_MONTHS and (year := _sentence_year(text, c)) is not None:
        return dataclasses.replace(frame, ref=dt.date(year, 12, 31), published=None, floor=None)
    return frame


#: expressions that point from the time of writing ("last year"): in one text, the same words are the
#: same period. Without a publication date each is resolved from the text around it, and the text may
#: fix one occurrence ("2,520 referrals during 2015/16 ... The figure jumped to 3,156 last year": 2016/17)
#: and not a later one ("the sharp rise in referrals brought forward last year"): the later one takes the
#: value the first resolution found. (With a publication date, every occurrence is resolved from it.)
_DEICTIC = frozenset({"last_year"})


def _as_said_before(text: str, c: _Match, value: str | None, said_before: dict[str, str]) -> str | None:
    """A deictic expression's value (:data:`_DEICTIC`): what the same words resolved to first in the
    text, else ``value`` (remembered when it is one). Not for one that is a comparison's baseline ("The
    report for 2023 shows 3,100 burglaries, down from 3,300 last year": the year before the figure
    compared with, whatever "last year" meant earlier)."""
    said = " ".join(c.m.group(0).lower().split())
    if said not in said_before:
        if value:
            said_before[said] = value
        return value
    return value if is_comparison_base(text, c.start, c.rule.kind, c.rule.id) else said_before[said]


def _may_point_ahead(c: _Match, value: str | None, frame: _Frame) -> bool:
    """Whether a back-reference with nothing before it to point back at may point ahead (to be
    resolved by :func:`_point_ahead`); not one resolved with nothing to point back at ("the
    previous 12 months" up to publication points nowhere)."""
    return c.rule.resolve in _CATAPHORIC and not (
        value and frame.anchor is None and _PREVIOUS_TWELVE_MONTHS.match(c.m.group(0)))


def _resolve_all(text: str, chosen: list[_Match], published: str | None) -> tuple[list[Period], dt.date | None]:
    ref, ref_fy, fy_framed, stat_ref, published, floor = _story_reference(text, chosen, published)
    festive = next((v for c in chosen if c.rule.kind == "range" and isinstance(v := _explicit_value(c), str)
                    and _covers_christmas(v)), None) or _festive_day_span(text, chosen)
    out: list[Period] = []
    last_value: str | None = None
    last_frame: str | None = None  # the last period named that is not a comparison's baseline
    framed = False  # whether one has been named (its value may be unknown)
    wants_frame = any(c.rule.resolve in _WANTS_FRAME for c in chosen)  # (only "the same period" and rolling years ask)
    last_day: tuple[str, int] | None = None  # the last single day named, and where
    last_base: tuple[str, int] | None = None  # the last comparison baseline named, and where
    ahead: list[tuple[int, _Match, _Frame]] = []  # back-references with nothing to point back at
    up_to: tuple[str, str] | None = None  # the last month named as the end of the figures' span
    named: list[str] = []  # the values of the periods named so far, in order
    deictic: dict[str, str] = {}  # an undated text's "last year": the value its first resolution found
    autumns = _school_autumns(text, chosen)
    for c in chosen:
        value = _autumn_term(_explicit_value(c)) if c.start in autumns else _explicit_value(c)
        if value is None:
            day = last_day[0] if last_day and c.start - last_day[1] < _POINT_REACH else None
            base = last_base[0] if last_base and c.start - last_base[1] < _BASE_REACH else None
            frame = _sentence_frame(text, c, _Frame(ref, ref_fy, fy_framed, last_value, published, day, festive,
                                                    last_frame, stat_ref, base, framed, floor, up_to,
                                                    tuple(named) if c.rule.resolve == "back_reference" else ()))
            value = _relative_value(c, frame)
            value = value if published or c.rule.resolve not in _DEICTIC else _as_said_before(text, c, value, deictic)
            if not framed and _may_point_ahead(c, value, frame):
                ahead.append((len(out), c, frame))
        kind, value = _kind_and_value(c, value, fy_framed)
        start = c.start
        if c.rule.resolve == "weekday" and (rel := _WEEKDAY_REL.search(text, max(0, start - 6), start)):
            start = rel.start()  # "last Tuesday" (the rule matches the weekday only: a cheaper scan)
        ends = _two_ends(text, c, value) if c.rule.id in _SPLIT_RULES and value else None
        if ends:
            out.extend(ends)
            value = ends[1].value
        else:
            out.append(Period(kind=kind, value=value, start=start, end=c.end, rule=c.rule.id))
        if value:
            named.append(value)
        if c.rule.resolve not in ("today", "yesterday", "tomorrow", "weekday") and not (is_deadline(text, c.start, c.end) and not _passed(value, ref, published)):
            # a back-reference means the period named last: when that one's year is unknown
            # ("in April", no publication date), so is the back-reference's; a deadline ("by
            # March 2025") is never what "the month before" means
            last_value = value
            if wants_frame and not _SINCE_RECORD.search(text, max(0, c.start - 60), c.start):  # (no frame, no base: a landmark)
                if (not framed or c.rule.resolve not in _CATAPHORIC) and _frames_figures(text, c):
                    last_frame, framed = value, True
                elif value:
                    last_base = (value, c.start)
            if value and len(value) == 10 and c.rule.kind == "date":  # a day the text names, not one worked out
                last_day = (value, c.end)
            if value and (span := _up_to_span(text, c, value)):
                up_to = (value, span)
    for i, c, frame in ahead:
        out[i] = _point_ahead(text, out, i, c, frame)
    out = _appositions(text, _day_spans(text, out))
    if fy_framed and _academic_story(text, chosen):
        out = _academic_years(text, out)
    return out, ref


def _frames_figures(text: str, c: _Match) -> bool:
    """Whether a period is that of the story's figures, what "the same period" and "the previous
    quarter" count from: not a comparison's baseline, a figure's period in a bracketed aside, a
    "corresponding period", nor a day named with its weekday ("released on Tuesday 28th June 2022"
    is when something happened). (Nor, once one was named, a back-reference counting back: "A year
    earlier, the figure stood at 249,024" — :func:`_resolve_all` asks that.)"""
    return not is_comparison_base(text, c.start, c.rule.kind, c.rule.id) and not _landmark(text, c) \
        and not _bracketed_figure(text, c.start, c.end) and not _CORRESPONDING.search(text, max(0, c.start - 40), c.start) \
        and not (c.rule.kind == "date" and WEEKDAY_BEFORE.search(text, max(0, c.start - 14), c.start)) \
        and not ("year" in text[max(0, c.start - 30):c.start] and _YEAR_BEFORE_NAMED.search(text, max(0, c.start - 40), c.start))


#: "the same period last year, 2023-24,", "a year earlier (2022)": a period naming the year-before
#: back-reference just written, a comparison's baseline, not the figures' own period
_YEAR_BEFORE_NAMED = compiled(r"(?i)\b(?:last\s+year|the\s+(?:previous|prior|preceding)\s+(?:financial\s+)?year"
                                   r"|(?:a|one)\s+year\s+(?:earlier|before|ago))\s*[,(]\s*(?:in\s+)?$")


def _up_to_span(text: str, c: _Match, value: str) -> str | None:
    """The twelve months a month written "up to" ends ("statistics running up to March 2018": April
    2017 to March 2018), else None."""
    if len(value) != 7 or " to " not in text[max(0, c.start - 30):c.start]:
        return None  # (a cheap test first; a day written "up to March 31" may be a snapshot's: "were being
        # managed up to March 31 ... 141 the year before" is 31 March a year before)
    return _twelve_months_to(value) if _UP_TO_BEFORE.search(text, max(0, c.start - 30), c.start) else None


#: spans written with both ends ("between July 2017 and June 2018", "from 2018/19 to 2022/23")
_SPLIT_RULES = frozenset({"range.between_years", "range.between_fys", "range.fy_to_fy", "range.between_months",
                          "range.month_to_month", "range.between_dates", "financial_year.span"})
_NUMBER = r"(?:[-−–]?[£$€]?\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+(?:half|third|quarter))"
#: "has fallen from 4.8 days to 2.1 days", "rose from £1.2m to £1.5m": a figure at each end of a span
_FROM_FIGURE_TO_FIGURE = compiled(
    # (not an age band: "people aged from 16 to 64")
    r"(?<!\bag(?:ed|es)\s)\bfrom\s+(?:(?:about|around|just|almost|nearly|over|under|some)\s+)?" + _NUMBER
    + r"(?:\s*(?:%|m|bn|k|pc|million|billion|per\s*cent))?(?:\s+(?!to\b)[\w’'-]+){0,3}?\s+to\s+"
    r"(?:(?:about|around|just|almost|nearly|over|under|some)\s+)?" + _NUMBER + r"(?![\d/])", regex.I)


_FY_SEPARATOR = compiled(r"\s?[-–/]\s?")


def _two_ends(text: str, c: _Match, value: str) -> list[Period] | None:
    """A span whose ends are the two sides of a change told with a figure at each ("Between July 2017
    and June 2018 the delay has fallen from 4.8 days to 2.1 days", "from 2018/19 to 2022/23 the
    number rose from 5,100 to 6,300"): two periods, one per end, as each dates one figure; else None.
    A span that is one financial or calendar year ("between April 2015 and March 2016 ... rose from
    four to six"), two consecutive years ("between 2019 and 2020", "2014 to 2015": a range, FORMAT
    and issue 14) and a span without figures at both ends ("reduced between 1998/9 – 2011/12 when
    800,000 children ...") stay one range."""
    if "from" not in text[max(0, c.start - 250):c.end + 250] or "/" not in value or _fy_years(value):
        return None
    first, last = value.split("/")
    if first[5:] == "01-01" and last[5:] == "12-31" and first[:4] == last[:4]:
        return None
    g, rid = c.m.groupdict(), c.rule.id
    if rid == "range.between_years" and int(g["y2"]) == int(g.get("y1") or g.get("y1b") or g.get("y1c")) + 1:
        return None
    if rid == "range.month_to_month" and g.get("fy"):
        return None
    # the sentence around the span, with the span itself left out ("from 2019 to 2023" is not two figures)
    left = max(0, c.start - 250)
    breaks = list(_SENTENCE_END.finditer(text, left, c.start))
    left = breaks[-1].end() if breaks else left
    right_m = _SENTENCE_END.search(text, c.end, min(len(text), c.end + 250))
    right = right_m.start() if right_m else min(len(text), c.end + 250)
    if not (_FROM_FIGURE_TO_FIGURE.search(text, c.end, right) or _FROM_FIGURE_TO_FIGURE.search(text, left, c.start)):
        return None
    m = c.m
    if rid == "financial_year.span":  # "2019-2023" (a span of years, not one financial year)
        years, code = norm.split_fy(g["fy"]), g["fy"]
        cut = len(code) - len(_FY_SEPARATOR.split(code)[-1])
        if not years or years[1] - years[0] < 2:
            return None
        return [Period(kind="year", value=f"{years[0]:04d}", start=m.start("fy"), end=m.start("fy") + 4, rule=rid + ".end"),
                Period(kind="year", value=f"{years[1]:04d}", start=m.start("fy") + cut, end=m.end("fy"), rule=rid + ".end")]
    if rid == "range.between_years":
        a = next(k for k in ("y1", "y1b", "y1c") if g.get(k))
        return [Period(kind="year", value=g[a], start=m.start(a), end=m.end(a), rule=rid + ".end"),
                Period(kind="year", value=g["y2"], start=m.start("y2"), end=m.end("y2"), rule=rid + ".end")]
    if rid in ("range.between_fys", "range.fy_to_fy"):
        a, b = norm.split_fy(g["fy1"]), norm.split_fy(g["fy2"])
        if not (a and b):
            return None
        return [Period(kind="financial_year", value=norm.fy_interval(*a), start=m.start("fy1"), end=m.end("fy1"),
                       rule=rid + ".end"),
                Period(kind="financial_year", value=norm.fy_interval(*b), start=m.start("fy2"), end=m.end("fy2"),
                       rule=rid + ".end")]
    if rid == "range.between_dates":
        return [Period(kind="date", value=first, start=m.start("a"), end=m.end("a"), rule=rid + ".end"),
                Period(kind="date", value=last, start=m.start("b"), end=m.end("b"), rule=rid + ".end")]
    # months: "July 2017" and "June 2018" (a year left unwritten takes the span's)
    return [Period(kind="month", value=first[:7], start=m.start("m1"), end=m.end("y1") if g.get("y1") else m.end("m1"),
                   rule=rid + ".end"),
            Period(kind="month", value=last[:7], start=m.start("m2"), end=m.end("y2") if g.get("y2") else m.end("m2"),
                   rule=rid + ".end")]


#: words that make a story count in financial years even where it also names an academic year
_FINANCIAL_WORDS = compiled(r"(?i:financial|fiscal|tax)\s+year|\byear\s+(?:to|ending|ended)\s+(?:31\s+)?March|budget")
#: words just before a year code that make it a financial year in a school story ("spending in 2021/22")
_MONEY_BEFORE = compiled(r"£|\b(?i:budget|spend|spent|spending|funding|funded|grant|cost|deficit|surplus|allocation)")
#: rules whose financial year is named as such ("the year to March 2023", "April to March", "FYE")
_NAMED_FY_RULES = frozenset({"range.year_to", "range.months_to", "range.between_months", "range.year_end_code",
                             "financial_year.words", "relative.end_of_financial_year",
                             "relative.current_financial_year", "relative.next_financial_year"})
_FY_VALUE = compiled(r"(\d{4})-04-01/(\d{4})-03-31")


#: substrings of the school words (patterns/periods.json school_story_words), tested before the scan
_SCHOOL_HINTS = ("upil", "chool", "eacher", "lassroom", "cadem", "xclusion", "uspension", "GCSE", "A-level", "Ofsted",
                 "DfE", "for Education", " term", "tage ")


def _academic_story(text: str, chosen: list[_Match]) -> bool:
    """Whether a story counts in academic years: it names one ("the 2022/23 academic year",
    "this school year"), or it is about schools (two different school words: "the suspension rate
    in 2022-23 ... pupils", not "Exclusions rose to 90 in 2021/22" alone, nor a police or NHS story
    that names a school); and it never names a financial year, a tax year or a budget."""
    if _FINANCIAL_WORDS.search(text):
        return False
    if any(c.rule.resolve in ("academic_year", "academic_rel") for c in chosen):
        return True
    if not any(w in text for w in _SCHOOL_HINTS):  # (a cheap test before the scan)
        return False
    school, other = _story_words()
    seen: set[str] = set()
    for m in school.finditer(text):
        word = m.group(0).lower().rstrip("s")[:8]
        seen.add("departme" if word == "dfe" else word)  # (the DfE is the Department for Education: one word)
        if len(seen) >= 2:
            return not other.search(text)
    return False


def _school_story(text: str) -> bool:
    """Whether a story is about schools: two different school words ("pupils", "teachers") and none
    of a police, crime or NHS story's."""
    if not any(w in text for w in _SCHOOL_HINTS):  # (a cheap test before the scan)
        return False
    school, other = _story_words()
    seen = {m.group(0).lower().rstrip("s")[:8] for m in school.finditer(text)}
    return len(seen) >= 2 and not other.search(text)


def _school_autumns(text: str, chosen: list[_Match]) -> set[int]:
    """Where autumn is named with its year in a school story (:func:`_autumn_term`); the story is
    looked at only when one is named."""
    autumns = {c.start for c in chosen if c.rule.resolve == "season_year" and c.m.group("season")[:1] in "aA"}
    return autumns if autumns and _school_story(text) else set()


def _autumn_term(value):
    """In a school story, autumn with its year ("exclusions rose in autumn 2019") is the autumn term,
    1 September to 31 December, not the meteorological autumn (September to November)."""
    if isinstance(value, str) and value.endswith("-09-01/" + value[:4] + "-11-30"):
        return value[:4] + "-09-01/" + value[:4] + "-12-31"
    return value


def _academic_years(text: str, out: list[Period]) -> list[Period]:
    """In a story told in academic years ("9,376 exclusions in the 2022/23 academic year, up from
    6,495 in 2021/22"), a bare year code and the back-references and relative years worked out
    as financial years are academic years (1 September to 31 August), unless money is counted
    just before the code ("funding of £2m in 2021/22")."""
    res = []
    for p in out:
        m = _FY_VALUE.fullmatch(p.value) if p.value and p.rule not in _NAMED_FY_RULES else None
        if m and not _MONEY_BEFORE.search(text, max(0, p.start - 50), p.start) \
                and "inancial" not in text[p.start:p.end]:
            # (the kind stays the spelling's: "2021/22" is written as a financial year is, FORMAT.md)
            p = Period(kind=p.kind, value=f"{m.group(1)}-09-01/{m.group(2)}-08-31", start=p.start, end=p.end, rule=p.rule)
        res.append(p)
    return res


#: "the highest level since 2004", "for the first time since 2004": a record's start, not the
#: baseline of a change that "over the same period" would run from, nor the frame of the figures
_SINCE_RECORD = compiled(r"\b(?i:first\s+time|highest|lowest|most|fewest|largest|smallest|biggest|record|level)"
                              r"(?:\s+\w+){0,4}?\s+since\s+$"  # ("the largest number of births seen since")
                              # "since records began in 2003", "since recording practices began in 2003", "since comparable
                              # figures were first published in 2010"
                              r"|\b(?i:since)\s+(?:(?:comparable|official|current|the)\s+)?(?i:records|figures|data|monitoring|"
                              r"recording)(?:\s+(?:practices|systems|methods|rules))?\s+(?:(?:first\s+)?(?:began|started|begun)|(?:were|was)\s+first\s+(?:kept|collected|"
                              r"published|recorded))\s+(?:in\s+)?$")
#: "(and the corresponding figure for 2024)", "the equivalent period in 2022": the period of the figures
#: compared with, never what "a year earlier" or "the same period" counts from
_CORRESPONDING = compiled(r"\b(?i:corresponding|equivalent|comparable)\s+(?:figures?|period|months?|quarter|time|totals?)"
                               r"\s+(?:for|in|of)\s+(?:the\s+)?$")
#: "1 April 2022 to 31 March 2023", "December 1, 2017, to January 1, 2018", "... through to ..."
_DAY_TO_DAY = compiled(r",?\s*(?:to|until|till|through(?:\s+to)?|[-–])\s*")


def _day_spans(text: str, out: list[Period]) -> list[Period]:
    """Two days joined by "to" or a dash, the second with its year, are one span: "1 April 2022 to 31
    March 2023", "1 April – 30 June 2024" (the first day takes the second's year, or the year before
    when it would fall after it). Written with "between" or "from" they are a rule of their own;
    "Apr 22 - Mar 23" (no year) stays two days unless a span rule took it."""
    merged: list[Period] = []
    i = 0
    while i < len(out):
        p = out[i]
        q = out[i + 1] if i + 1 < len(out) else None
        if q is not None and p.rule == q.rule == "date.day_month_year" \
                and _DAY_TO_DAY.fullmatch(text, p.end, q.start) and q.value and len(q.value) == 10:
            b = norm.date_parts(text[q.start:q.end])
            if b[0] is not None:
                a = norm.date_parts(text[p.start:p.end])
                start = norm.parse_date(text[p.start:p.end], default_year=b[0])
                if a[0] is None and start and start > q.value:
                    start = norm.parse_date(text[p.start:p.end], default_year=b[0] - 1)
                if start and start <= q.value:
                    merged.append(Period(kind="range", value=f"{start}/{q.value}", start=p.start, end=q.end,
                                         rule="range.day_to_day"))
                    i += 2
                    continue
        merged.append(p)
        i += 1
    return merged


#: back-references that, when nothing was named before them, point to the period named next in their
#: sentence ("increased 1% on the previous quarter to 67,573 at the end of Q4 2023")
_CATAPHORIC = frozenset({"year_before", "previous_span", "same_period_a_year_before", "month_before", "week_before"})
_SENTENCE_BREAK = compiled(r"[.!?]\s|\n")


def _point_ahead(text: str, out: list[Period], i: int, c: _Match, frame: _Frame) -> Period:
    p = out[i]
    for q in out[i + 1:]:
        if q.start - p.end > 150 or _SENTENCE_BREAK.search(text, p.end, q.start):
            break
        if q.value and not is_comparison_base(text, q.start, q.kind, q.rule):
            # (never a baseline after it: "down from 4.9% for a year earlier and the lowest since 1975")
            value = _relative_value(c, dataclasses.replace(frame, last_value=q.value, last_frame=q.value, framed=True))
            return Period(kind=p.kind, value=value, start=p.start, end=p.end, rule=p.rule) if value else p
    return p


def _passed(value: str | None, ref: dt.date | None, published: str | None) -> bool:
    """Whether a period ended before the publication date: "by the end of September" in a December
    story is a state reached ("the backlog reached 73,105 by the end of September"), not a deadline."""
    end = norm.period_end(value) if published and value else None
    return end is not None and ref is not None and end < ref


def _appositions(text: str, out: list[Period]) -> list[Period]:
    """A relative period glossed at once by a bracketed span takes its value ("the past year (the
    12 months to June 2025)")."""
    weeks: dict[str, str] = {}
    for i in range(len(out) - 1):
        p, q = out[i], out[i + 1]
        if p.kind == "relative" and q.kind in ("range", "financial_year") and q.value and 0 < q.start - p.end <= 16 \
                and text[p.end:q.start].strip() in ("(", "as a whole ("):
            out[i] = Period(kind=p.kind, value=q.value, start=p.start, end=p.end, rule=p.rule)
        elif p.rule == "relative.week" and q.kind == "date" and q.value and len(q.value) == 10 \
                and 0 < q.start - p.end <= 16 and _WEEK_GLOSS.fullmatch(text, p.end, q.start):
            # "next week (Monday, October 24)": the Monday-to-Sunday week of that day
            day = dt.date.fromisoformat(q.value)
            monday = day - dt.timedelta(days=day.weekday())
            value = f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"
            out[i] = Period(kind=p.kind, value=value, start=p.start, end=p.end, rule=p.rule)
            weeks[text[p.start:p.end].lower()] = value
    if weeks:
        # the same words later in the story mean the same week ("discuss the figures next week")
        for i, p in enumerate(out):
            if p.rule == "relative.week" and p.value is None and text[p.start:p.end].lower() in weeks:
                out[i] = Period(kind=p.kind, value=weeks[text[p.start:p.end].lower()], start=p.start, end=p.end,
                                rule=p.rule)
    return out


_WEEK_GLOSS = compiled(r"\s*\(\s*(?:(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s*)?")


#: resolvers that ask for the latest period named that is not a comparison's baseline
_WANTS_FRAME = frozenset({"month_year_before", "back_reference", "last_year", "last_n", "same_period_a_year_before", "previous_span",
                          "years_earlier", "year_before", "same_period_in", "current_fy", "month_before", "week_before",
                          "quarter_number", "part_of_year"})

#: spans that are relative expressions when they name no year (FORMAT: "the year to March" is
#: resolved against the publication date; "the year to March 2020" is a range)
_RELATIVE_WITHOUT_YEAR = frozenset({"year_to_month", "months_to", "year_to", "week_to"})
_HAS_YEAR = compiled(r"\b(?:19|20)\d\d\b")
#: an interval that is exactly one calendar year ("2019-01-01/2019-12-31")
_WHOLE_CALENDAR_YEAR = compiled(r"(\d{4})-01-01/\1-12-31")

#: how far back (characters) "at that point" looks for the day it means
_POINT_REACH = 1500
#: how far back (characters) "the same period" looks for the baseline of a change over years
_BASE_REACH = 400


def _back_reference(m, f: "_Frame") -> str | None:
    """"that time", "the same period": the period named last; "at that point", "that date": the
    day named last nearby, if any ("at the end of March ... in March ... at that point" is the end
    of March)."""
    if f.last_day and rx(r"(?i)\b(?:point|date)\b").search(m.group(0)):
        return f.last_day
    if rx(r"(?i)\bsame\s+period\b").search(m.group(0)) and (span := _base_to_frame(f.last_base, f.last_frame)):
        # "up 9% from five years ago ... increased by 40 per cent over the same period": the
        # years from the baseline to the figures' period
        return span
    if (unit := _LATEST_UNIT.search(m.group(0))) and (newest := _newest(f.named, unit.group(1).lower())):
        # "the latest quarter" after "Q3 (October - December 2023) ... between October and December
        # 2022 ... the year to 31 December 2023": the newest quarter named, not the period named last
        return newest
    if rx(r"(?i)\b(?:same|this|latest)\b|^the\s+period$").search(m.group(0)):
        # "a 13% increase during the same period" after "rose in 2022 compared with the previous
        # year": the period of the figures, not the baseline they were compared with
        return f.last_frame
    return f.last_value


_LATEST_UNIT = compiled(r"(?i)\blatest\s+(quarter|month|year|12\s+months)\b")


def _newest(named: tuple[str, ...], unit: str) -> str | None:
    """Of the periods named, the one of ``unit``'s length ("quarter", "month", "year", "12 months")
    that ends last (the later named on a tie), else None."""
    want = {"quarter": 3, "month": 1}.get(unit, 12)
    best, best_end = None, None
    for v in named:
        if _span_months(v) == want and (end := norm.period_end(v)) is not None and (best_end is None or end >= best_end):
            best, best_end = v, end
    return best


def _first_day(value: str) -> str | None:
    first = value.split("/")[0]
    return {4: f"{first}-01-01", 7: f"{first}-01", 10: first}.get(len(first))


def _base_to_frame(base: str | None, frame: str | None) -> str | None:
    """The span from a baseline more than a year before the figures' period to the end of that
    period ("from 176,209 in 2011 to 261,644 in 2015": 2011-01-01/2015-12-31), else None."""
    if not base or not frame:
        return None
    base_end, frame_end, start = norm.period_end(base), norm.period_end(frame), _first_day(frame)
    begin = _first_day(base)
    if not (base_end and frame_end and start and begin):
        return None
    gap = (dt.date.fromisoformat(start) - base_end).days
    return f"{begin}/{frame_end.isoformat()}" if gap > 366 else None


@dataclass(frozen=True)
class _Frame:
    """What relative expressions resolve against."""

    ref: dt.date | None  # the reference date
    ref_fy: int | None  # start year of the reference financial year
    fy_framed: bool  # the document talks in financial years
    last_value: str | None  # the value of the period mentioned most recently
    published: str | None
    last_day: str | None = None  # the single day named most recently, nearby
    festive: str | None = None  # a span the text names that covers Christmas Day
    last_frame: str | None = None  # the value of the latest period that is not a baseline
    stat_ref: dt.date | None = None  # the end of the latest statistical period named (or published)
    last_base: str | None = None  # the value of the latest comparison baseline, nearby
    framed: bool = False  # whether a period that is not a baseline has been named (last_frame may be None)
    floor: dt.date | None = None  # undated: the end of the latest period the figures are compared "since"
    up_to: tuple[str, str] | None = None  # (a month written "up to", the twelve months it ends)
    named: tuple[str, ...] = ()  # for "the latest quarter": the values of the periods named so far

    @property
    def anchor(self) -> str | None:
        """What "the previous year" counts back from: the figures' period (even when its year is
        unknown), else the period named last."""
        return self.last_frame if self.framed else self.last_value

    @property
    def year(self) -> int | None:
        return self.ref.year if self.ref else None


def _rel_month_in_year(m, f: _Frame, kind: str):
    """"October last year", "March this year", "the end of June next year": that month of the
    year before, of or after the reference year; undated, only where the text fixes that year
    (a release's year, a statistical span, the latest "since" the figures come after; as for "last
    year": :func:`_rel_last_year`), never the latest year that happens to be written."""
    if f.year is None:
        return None
    if not f.published and f.stat_ref is None and f.floor is None and not _released_in(m.string, f.year):
        return None
    g = m.groupdict()
    year = f.year + {"this": 0, "last": -1, "next": 1}[(g.get("rel") or g["rel2"]).lower()]
    month = norm.month_number(g.get("month") or g["month2"])
    if kind == "month":
        return f"{year:04d}-{month:02d}"
    day = int(g.get("day") or g["day2"]) if kind == "date" else norm.last_day(year, month)
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _rel_undated(m, f: _Frame, kind: str):
    """A month or date without a year: the latest one not after the reference date; in a plan
    ("the cap will fall by 7 per cent from July", published in May) the next one."""
    if f.ref is None:
        return None
    month = norm.month_number(m.group("month")) if "month" in m.groupdict() else norm.date_parts(m.group(0))[1]
    year = f.ref.year if month <= f.ref.month else f.ref.year - 1
    if not f.published and (within := _month_within(f.last_value, month)) is not None:
        # undated: "by the end of the first quarter of 2012-13 ... as of the end of June": the June
        # of the span just named (at most a year long), not the latest June before the reference
        year = within
    elif f.floor is not None and (year, month) <= (f.floor.year, f.floor.month):
        # undated, "the lowest since April 2024 ... at the end of September": the story's months
        # come after what its figures are compared since (September 2024)
        year += 1
    if kind == "month" and f.published and month > f.ref.month and _FUTURE_MONTH.search(
            m.string, max(0, m.start() - 12), m.start()) and _in_plan(m.string, m.start()):
        year = f.ref.year
    elif kind == "month" and f.published and month < f.ref.month and _FUTURE_MONTH.search(
            m.string, max(0, m.start() - 12), m.start()) and _plan_reaches(m.string, m.start()):
        # ("a report will go to Cabinet in February", published in December: the February after;
        # not "will spend £2m, as agreed in March", whose month is told in the past)
        year = f.ref.year + 1
    if kind == "month":
        return f"{year:04d}-{month:02d}"
    if kind == "month_end":
        return f"{year:04d}-{month:02d}-{norm.last_day(year, month):02d}"
    value = norm.parse_date(m.group(0), default_year=year)
    wm = WEEKDAY_BEFORE.search(m.string, max(0, m.start() - 14), m.start())
    if value and wm:
        # "Thursday, February 21": the weekday fixes the year, the nearest one to the guess
        # (only a year either side of the reference: a weekday that fits no year near it is a
        # slip, and the date keeps the year the reference gives)
        day, weekday = dt.date.fromisoformat(value), _WEEKDAYS.index(wm.group(1).lower()[:3])
        for year in sorted(range(f.ref.year - 1, f.ref.year + 2), key=lambda y: abs(y - day.year)):
            try:
                cand = day.replace(year=year)
            except ValueError:  # 29 February
                continue
            if cand.weekday() == weekday:
                return cand.isoformat()
    return value


def _month_within(value: str | None, month: int) -> int | None:
    """The year of ``month`` inside ``value``, an interval of at most twelve months
    ("2012-04-01/2012-06-30" holds June 2012); None if it does not hold it."""
    if not value or "/" not in value or len(value) != 21:
        return None
    a, b = value.split("/")
    y1, m1, y2, m2 = int(a[:4]), int(a[5:7]), int(b[:4]), int(b[5:7])
    if (y2 * 12 + m2) - (y1 * 12 + m1) >= 12:
        return None
    for y in (y1, y2):
        if (y1, m1) <= (y, month) <= (y2, m2):
            return y
    return None


#: "from July", "in April", "by June", "until March": how a plan names the month it starts or ends
_FUTURE_MONTH = compiled(r"\b(?i:from|in|by|until|till)\s+$")


def _rel_month_named(m, f: _Frame):
    """"last July": the latest July before the publication month; "this April": April of the
    publication year."""
    if not f.published:
        return None
    month, ref = norm.month_number(m.group("month")), f.ref
    if m.group("rel").lower() == "this":
        return f"{ref.year:04d}-{month:02d}"
    return f"{ref.year if month < ref.month else ref.year - 1:04d}-{month:02d}"


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: a weekday just before a day ("Thursday, February 21", "(Monday, October 24)"); also used by
#: the linker to tell an event's day from a snapshot date
WEEKDAY_BEFORE = compiled(r"\b((?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))[,(]?\s*\(?$")


#: a span still to come or running when the story was written: "Police will run a crackdown from December 1 to January
#: 1", "The campaign, which runs from June 14 to July 15"
_STILL_TO_RUN = compiled(r"\b(?:will|shall|is\s+to|are\s+to|plans?|planned|set\s+to|going\s+to|runs|is\s+running|are\s+running|"
                         r"begins|starts|launch(?:es|ing)?)\b", regex.I)


def _rel_between(m, f: _Frame):
    a_year, _, _ = norm.date_parts(m.group("a"))
    b_year, _b_month, _b_day = norm.date_parts(m.group("b"))
    rel = (m.groupdict().get("rel") or "").lower()
    if rel and not b_year:
        # "between 1 April and 5 October last year": both days in the year the words name
        if f.year is None:
            return None
        year = f.year - (rel == "last")
        start = norm.parse_date(m.group("a"), default_year=a_year or year)
        end = norm.parse_date(m.group("b"), default_year=year)
        if start and end and end < start and not a_year:
            start = norm.parse_date(m.group("a"), default_year=year - 1)
        return f"{start}/{end}" if start and end else None
    start = norm.parse_date(m.group("a"), default_year=a_year or f.year)
    if not start:
        return None
    year = b_year or int(start[:4])
    end = norm.parse_date(m.group("b"), default_year=year)
    if end and end < start:
        end = norm.parse_date(m.group("b"), default_year=year + 1)
    if end and not a_year and not b_year and f.published and start > f.published and start[:4] == f.published[:4] \
            and not _STILL_TO_RUN.search(m.string, max(0, m.string.rfind(". ", 0, m.start())), m.start()):
        # "from December 1 to January 1" in a story of 10 January 2013: the latest such span by then (December 2012 to
        # January 2013), not one that has not happened yet
        return norm.shift_back_a_year(f"{start}/{end}")
    return f"{start}/{end}" if end else None


def _rel_months_to(m, f: _Frame):
    n = "3" if m.groupdict().get("q") else m.groupdict().get("n") or "12"  # ("the quarter to June 2024")
    months = int(n) if n.isdigit() else norm.WORD_NUMBERS.get(n.lower(), 12)
    year, month, day = norm.date_parts(m.group("end"))
    if year is None:
        ym = rx(YEAR).search(m.group("end"))
        year = int(ym.group(0)) if ym else f.year
    if month is None:
        month = norm.month_number(rx(r"[A-Za-z]+").search(m.group("end")).group(0))
    if year is None or month is None:
        return None
    return norm.months_back(year, month, months, day)


def _rel_year_to_month(m, f: _Frame):
    """"the year to March": the twelve (or n) months ending with the latest such month-end
    before the reference date."""
    ref = f.ref if f.published else f.stat_ref
    if ref is None:
        return None
    n = "3" if m.groupdict().get("q") else m.groupdict().get("n") or "12"  # ("the quarter to March")
    months = int(n) if n.isdigit() else norm.WORD_NUMBERS.get(n.lower(), 12)
    month = norm.month_number(m.group("month"))
    year = ref.year if month < ref.month or (f.published is None and month == ref.month) else ref.year - 1
    if m.groupdict().get("rel"):  # "the 12 months up to December last year"
        year = ref.year - (m.group("rel").lower() == "last")
    elif (m.groupdict().get("which") or "").lower() == "this":
        # "the 12 months to this March": this year's, which only a publication date says
        if not f.published:
            return None
        year = ref.year
    return norm.months_back(year, month, months)


def _rel_between_months(m, f: _Frame):
    """"between April and June (this year)": the latest such span not after the reference date;
    "between October last year and January (2024)": the first month's year from the reference date."""
    if f.ref is None:
        return None
    g = m.groupdict()
    m1, m2 = norm.month_number(m.group("m1")), _second_month(m)
    offset = {"this": 0, "last": -1, "next": 1}
    if g.get("rel"):
        year2 = f.ref.year + offset[g["rel"].lower()]
    elif g.get("y2"):
        year2 = int(g["y2"])
    else:
        year2 = f.ref.year if m2 <= f.ref.month else f.ref.year - 1
    if g.get("y1"):
        year1 = int(g["y1"])
    elif g.get("rel1"):
        year1 = f.ref.year + offset[g["rel1"].lower()]
        if not g.get("rel") and not g.get("y2"):
            year2 = year1 if m1 <= m2 else year1 + 1  # "between October last year and January"
    else:
        year1 = year2 if m1 <= m2 else year2 - 1
    if (year1, m1) > (year2, m2):
        return None
    return _month_span(year1, m1, year2, m2)


def _rel_between_years(m, f: _Frame):
    """"Between 2018 and 2019" and "2018 to 2019" (two consecutive years: GOV.UK's name of a financial
    year; any consecutive pair in a story told in financial years) are the UK financial year between
    them, how official statistics name a year to March; others ("from 2014 to 2015", "between 2010
    and 2020") are the calendar years from the first to the last."""
    y1 = int(m.group("y1") or m.group("y1b") or m.group("y1c"))
    y2 = int(m.group("y2"))
    if y2 == y1 + 1 and (f.fy_framed or m.group("y1") or m.group("y1c")):
        return norm.fy_interval(y1)
    return f"{y1:04d}-01-01/{y2:04d}-12-31"


def _twelve_months(value: str | None) -> bool:
    """Whether a value is a day-precise span of twelve months that is neither a calendar nor a
    financial year ("2017-10-01/2018-09-30": "the 12 months to September 2018")."""
    span = norm.day_span(value)
    if span is None or (span[0].month, span[0].day) in ((1, 1), (4, 1)):
        return False
    return 360 <= (span[1] - span[0]).days <= 367


def _ends_within_a_year(value: str | None, ref: dt.date | None) -> bool:
    end = norm.period_end(value) if value else None
    return bool(end and ref and dt.timedelta(0) <= ref - end <= dt.timedelta(days=366))


def _rolling(m, f: _Frame) -> str | None:
    """"the last year", "the past 12 months" right after the text named a twelve-month span ("in
    the 12 months to September 2018 ... in the last year"): that span. Not for "the past financial year" after
    a span that is no financial year ("in the last year ... Over the past financial year"): that is one."""
    said = m.group(0).lower()
    if "financial" in said and not _fy_years(f.last_frame or ""):
        return None
    return f.last_frame if said.startswith("the") and _twelve_months(f.last_frame) else None


def _rel_last_year(m, f: _Frame):
    if (rolling := _rolling(m, f)) is not None:
        return rolling
    if f.published and f.framed and _twelve_months(f.last_frame) and not m.group(0).lower().startswith("the") \
            and "financial" not in m.group(0).lower() and _ends_within_a_year(f.last_frame, f.ref):
        # "the year to June ... Knife crime rose by 7 per cent last year" (published in October): the
        # statistical year the story is about, as "last year" is a financial year in a story told in them
        return f.last_frame
    if (f.fy_framed or "financial" in m.group(0).lower()) and f.ref_fy is not None:
        # published: the last financial year completed before publication; otherwise the
        # financial year the text itself is about (FORMAT.md: "figures for 2018-19 ... last year")
        frame = _fy_years(f.last_frame) if f.published and f.framed and f.last_frame else None
        if frame and frame[0] > f.ref_fy:
            # a story about a financial year not yet over (a budget for 2024/25 set in March 2024):
            # "last year" is the one before it
            return norm.fy_interval(frame[0] - 1)
        if not f.published and frame is None and _NEWER_VALUE_BEFORE.search(m.string, max(0, m.start() - 80), m.start()) \
                and f.framed and _fy_years(f.last_frame or "") == (f.ref_fy, f.ref_fy + 1):
            # "2,520 referrals during 2015/16 ... The figure jumped to 3,156 last year" (undated): the
            # newer side of a change is the year after the one named
            return norm.fy_interval(f.ref_fy + 1)
        if not f.published and m.group(0)[:1] in "lL" and "financial" not in m.group(0).lower() and _THIS_YEAR.search(m.string):
            # undated, a story that also says "this year" (its financial year: :func:`_rel_this_year`):
            # "last year" is the one before it ("893 this year, compared with 1,059 last year"),
            # never the same year
            return norm.fy_interval(f.ref_fy - 1)
        return norm.fy_interval(f.ref_fy)
    if f.fy_framed and not f.published:
        return None  # a financial year the text does not fix ("the year to March", no date), not a calendar year
    if m.group(0).lower().startswith("the"):
        # "over the past year", "in the last year": the twelve months up to publication, not a
        # calendar year; without a publication date nothing in the text fixes when they end
        if not f.published:
            return None
        ref = dt.date.fromisoformat(f.published)
        return f"{_day_months_before(f.published, 12)}/{ref.isoformat()}"
    if not f.published and f.ref is not None and (f.ref.month, f.ref.day) == (12, 31) and _counted_in_year(
            m.string, f.year, m.end()):
        # undated, a lead's "last year" that the text then dates ("Fewer people visited last year
        # ... 18 million visited in 2022"): that year, as "figures for 2018-19 ... last year" is
        # 2018-19 (FORMAT.md); a year that only dates a release ("Figures were published in 2022"),
        # or one named before ("Figures for 2019 show ... Last year, 18 were charged"), is the
        # text's present, and "last year" the one before
        return f"{f.year:04d}"
    if not f.published and f.stat_ref is None and not (f.year and _released_in(m.string, f.year)):
        # undated: the latest year the text names is not its present ("There were 300 burglaries in
        # 2019. Last year there were 350" may be 2020), so "last year" is not the year before it
        # (FORMAT.md: never anchored to an arbitrary year that happens to appear in the text); a
        # release's year is ("Figures were published in 2022. Burglaries rose 4% last year": 2021),
        # and so is a statistical span the text names ("in the year to June 2025, down on last year")
        return None
    return f"{f.year - 1:04d}" if f.year else None


def _rel_this_year(m, f: _Frame):
    """"this year": the publication year; undated, the financial year a story told in them is about,
    or the year the text itself fixes (a release's year, a statistical span it names), never the
    latest year that happens to be written (FORMAT.md)."""
    if f.fy_framed and not f.published and f.ref_fy is not None:
        return norm.fy_interval(f.ref_fy)
    if not f.year:
        return None
    if not f.published and f.stat_ref is None and not _released_in(m.string, f.year):
        # ("Admissions this year rose to 4,000. In 2022 there were 3,500", "In 2021 absence was 5%,
        # and this year it is higher": a year written near "this year", before or after it, does not
        # say which year "this year" is; only a publication date, a release's year or the
        # statistical span the text names does)
        return None
    return f"{f.year:04d}"


def _released_in(text: str, year: int) -> bool:
    """Whether ``year`` is written as the year something was published ("figures published in 2022",
    "the report, released in March 2022") or as a release's own year ("Figures for 2019 show")."""
    at = text.find(str(year))
    while at >= 0:
        if _RELEASED_BEFORE.search(text, max(0, at - 40), at):
            return True
        at = text.find(str(year), at + 4)
    return False


_RELEASED_BEFORE = compiled(r"\b(?:(?:published|released|issued|came\s+out)\s+(?:in|on|during)\s+(?:[A-Z][a-z]+\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\s+)?|(?i:figures|data|statistics)\s+for\s+)$")


def _counted_in_year(text: str, year: int, after: int = 0) -> bool:
    """Whether ``year`` is written as the year of a figure ("18 million people visited in 2022"),
    not only that of a release, after ``after`` and never before it."""
    if str(year) in text[:after]:
        return False
    at = text.find(str(year), after)
    while at >= 0:
        if _figure_in_sentence(text, at, at + 4, counts_only=True):
            return True
        at = text.find(str(year), at + 4)
    return False


#: "rose to 3,156 last year", "jumped by 25% to 3,156": the newer value of a change, just before its period
#: "this year", "This year('s)": the year an undated story is told in
_THIS_YEAR = compiled(r"\b[Tt]his\s+year\b")
_NEWER_VALUE_BEFORE = compiled(
    r"\b(?:rose|risen|jumped|increased|climbed|grew|grown|soared|rocketed|surged|fell|fallen|dropped|decreased|declined|"
    r"plunged|plummeted|went\s+(?:up|down))\s+(?:by\s+(?:a\s+|an\s+)?\S+(?:\s+per\s*cent)?\s+)?to\s+(?:(?:just|around|about|almost|nearly|over|"
    r"under|some)\s+)?[£$€]?\d[\d,.]*(?:\s*(?:m|bn|k|million|billion|per\s*cent|%))?(?:\s+[a-z]+){0,2}?\s+(?:in\s+|during\s+)?$",
    regex.I)
_COMPARED_WITH = compiled(r"\b(?:from|since|than|on|compared\s+(?:with|to)|against)\s+$", regex.I)


def _rel_years_ago(m, f: _Frame):
    n = m.group("n")
    years = 10 if m.group("decade") else int(n) if n.isdigit() else norm.WORD_NUMBERS.get(n.lower())
    if years and f.fy_framed and f.ref_fy is not None and (f.published or _COMPARED_WITH.search(
            m.string, max(0, m.start() - 25), m.start())):
        # "up 73% from ten years ago" in a story of 2015-16: 2005-06 ("arrived four years ago"
        # in an undated report is not resolved)
        return norm.fy_interval(f.ref_fy - years)
    if years and f.last_value and len(f.last_value) == 4 and f.last_value.isdigit() and _COMPARED_AGO.search(
            m.string, max(0, m.start() - 40), m.start()):
        # "97 million fewer journeys in 2019 compared to a decade ago": ten years before the year
        # the sentence's figure is for, when that year is named earlier in the same sentence
        before = m.string[max(0, m.start() - 200):m.start()]
        at = before.rfind(f.last_value)
        if at >= 0 and not _SENTENCE_BREAK.search(before, at):
            return f"{int(f.last_value) - years:04d}"
    if not f.published:
        return None
    named = {int(y) for y in _YEAR_NAMED.findall(m.string)} if years else set()
    # (the newest year named before it that is before publication: "published by the ONS in June 2022" is not it)
    frame_year = max((int(y) for y in _YEAR_NAMED.findall(m.string, 0, m.start()) if int(y) < f.year), default=None) \
        if years else None
    if years and frame_year is not None and frame_year - years in named and f.year - years not in named:
        # "a decade ago the population was 9.9 per cent under-10s" in a story of the 2021 census, published in
        # 2022, that names 2011 and not 2012: ten years before the figures' period, the year the text compares
        return f"{frame_year - years:04d}"
    return f"{f.year - years:04d}" if years else None


#: a year named on its own ("in 2011", "census day 2021"; not "2011/12" nor "12,011")
_YEAR_NAMED = compiled(r"(?<![\d,./-])((?:19|20)\d\d)(?![\d/-]|\.\d)")


#: "compared to a decade ago", "than 400 five years ago", "from £2.1m ten years ago": a comparison's earlier side
_COMPARED_AGO = compiled(r"\b(?:from|than|on|compared\s+(?:with|to)|against)\s+(?:(?:the\s+)?[£$€]?\d[\d,.]*"
                              r"(?:\s*(?:m|bn|k|million|billion|%|per\s*cent))?\s+)?$", regex.I)
def _rel_year_to_date(m, f: _Frame):
    """"the year to date": from 1 January (1 April for "the financial year to date", or in a story
    told in financial years) to the publication date; unresolved without one."""
    if not f.published:
        return None
    ref = dt.date.fromisoformat(f.published)
    if m.group("fin") or f.fy_framed:
        start = dt.date(ref.year if ref.month >= 4 else ref.year - 1, 4, 1)
    else:
        start = dt.date(ref.year, 1, 1)
    return f"{start.isoformat()}/{ref.isoformat()}"


def _rel_next_month(m, f: _Frame):
    """"next month": the calendar month after the publication date."""
    if not f.published:
        return None
    y, mth = (f.ref.year, f.ref.month + 1) if f.ref.month < 12 else (f.ref.year + 1, 1)
    return f"{y:04d}-{mth:02d}"


def _rel_last_month(m, f: _Frame):
    if not f.published:
        return None
    y, mth = (f.ref.year, f.ref.month - 1) if f.ref.month > 1 else (f.ref.year - 1, 12)
    return f"{y:04d}-{mth:02d}"


def _count(word: str) -> int | None:
    return int(word) if word.isdigit() else norm.WORD_NUMBERS.get(word.lower(), {"eighteen": 18, "twenty": 20,
                                                                                  "twenty-four": 24}.get(word.lower()))


def _rel_last_n(m, f: _Frame):
    """"the last three years" (or "the last 12 months") in a story told in financial years: those
    financial years, up to the story's; otherwise the span up to the publication date ("the last
    24 months" published 2012-08-24: 2010-08-24/2012-08-24)."""
    n = 10 if m.group("decade") else _count(m.group("n") or m.group("n2"))
    months = n * (1 if (m.group("unit") or m.group("unit2")) == "months" else 12) if n else None
    if not months:
        return None
    if months == 12 and (rolling := _rolling(m, f)) is not None:
        return rolling
    in_years = months == 12 or not (m.group("unit") or m.group("unit2") or "").endswith("months")
    if in_years and f.fy_framed and f.ref_fy is not None:
        return norm.fy_interval(f.ref_fy - months // 12 + 1, f.ref_fy + 1)
    if not f.published:
        return None
    y, mth = norm.months_before(f.ref.year, f.ref.month, months)
    day = min(f.ref.day, norm.last_day(y, mth))
    return f"{y:04d}-{mth:02d}-{day:02d}/{f.ref.isoformat()}"


def _rel_week(m, f: _Frame):
    if not f.published:
        return None
    monday = f.ref - dt.timedelta(days=f.ref.weekday()) + dt.timedelta(weeks={"this": 0, "next": 1, "last": -1}[m.group("rel").lower()])
    return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"


def _rel_academic(m, f: _Frame):
    """"this academic year", "last school year", "the next academic year": the academic year (1
    September to 31 August) of the publication date, or the one before or after."""
    if not f.published:
        return None
    rel = m.group("rel").lower().split()[-1]
    start = f.ref.year if f.ref.month >= 9 else f.ref.year - 1
    if rel in ("last", "past"):
        start -= 1
    elif rel == "next" or rel in ("coming", "new") and 6 <= f.ref.month <= 8:
        start += 1  # ("the new school year" in a summer story is the one about to start)
    return f"{start:04d}-09-01/{start + 1:04d}-08-31"


_PREVIOUS_TWELVE_MONTHS = compiled(r"(?i)the\s+(?:previous|preceding|prior)\s+(?:12|twelve)[\s-]months?")


def _rel_year_before(m, f: _Frame):
    """"the year before", "a year earlier", "the previous 12 months": the year before the figures'
    period; "the previous 12 months" with no period named before it is the twelve months up to
    publication (a back-reference to nothing), and unresolved without a publication date."""
    if f.anchor is None and not f.framed and f.published and _PREVIOUS_TWELVE_MONTHS.match(m.group(0)):
        return f"{_day_months_before(f.published, 12)}/{f.published}"
    if f.anchor is None and not f.framed and f.published and f.ref_fy is not None and "financial" in m.group(0).lower():
        # "the council overspent by £2m in the previous financial year" with no period named
        # before it: the last financial year completed by publication
        return norm.fy_interval(f.ref_fy)
    if not f.framed and f.last_base is not None and f.last_base == f.last_value and is_comparison_base(
            m.string, m.start(), "relative", "relative.year_before"):
        # "75,000 fewer than for February to April 2017 and 175,000 fewer than for a year earlier":
        # two baselines of the figures' own period, which the text leaves unnamed; the second is a
        # year before that period, not before the first baseline
        return None
    if f.up_to is not None and f.anchor == f.up_to[0] and not m.groupdict().get("last"):
        # "statistics running up to March 2018 ... up from 263 the year before": the year before
        # the twelve months that month ends (a financial year when it is March), not March 2017
        return norm.shift_back_a_year(f.up_to[1])
    return norm.shift_back_a_year(f.anchor, 2 if m.groupdict().get("last") else 1)


_ACADEMIC_VALUE = compiled(r"\d{4}-09-01/\d{4}-08-31")


def _rel_academic_back(m, f: _Frame):
    """"during the school year": the academic year named last, else the publication date's."""
    for v in (f.last_frame, f.last_value):
        if v and _ACADEMIC_VALUE.fullmatch(v):
            return v
    if not f.published:
        return None
    start = f.ref.year if f.ref.month >= 9 else f.ref.year - 1
    return f"{start:04d}-09-01/{start + 1:04d}-08-31"


def _rel_festive(m, f: _Frame):
    """"over Christmas", "the festive period": the span the text names around Christmas ("the
    crackdown between December 1 2014 and January 5 2015"), else the December of the latest
    Christmas by the reference date."""
    year = m.groupdict().get("year")
    if year:  # "over Christmas 2023": the span named for that Christmas, else its December
        value = f.festive if f.festive and _covers_christmas(f.festive, int(year)) else f"{year}-12"
    elif f.festive:
        value = f.festive
    elif f.ref is None:
        return None
    else:
        value = f"{f.ref.year if f.ref.month == 12 else f.ref.year - 1:04d}-12"
    return norm.shift_back_a_year(value) if m.groupdict().get("before") else value


def _last_year_month(value: str | None) -> tuple[int, int] | None:
    if not value or not value[:4].isdigit():
        return None
    return int(value[:4]), int(value[5:7]) if len(value) >= 7 and value[5:7].isdigit() else 12


def _rel_previous_month(m, f: _Frame):
    """"the previous December": that month before the period named last."""
    last, month = _last_year_month(f.last_value), norm.month_number(m.group("month"))
    if last is None or month is None:
        return None
    year = last[0] if month < last[1] else last[0] - 1
    return f"{year:04d}-{month:02d}"


def _rel_edge_of_year(m, f: _Frame):
    """"the end of this year" (31 December), "the end of last year", "the start of the year" (1 January)."""
    if not f.year:
        return None
    year = f.year + {"last": -1, "next": 1}.get(m.group("rel").lower(), 0)
    return f"{year:04d}-12-31" if m.group("edge").lower() == "end" else f"{year:04d}-01-01"


def _rel_month_year_before(m, f: _Frame):
    """"April the previous year" after "18,507 visits in April" (2021): that month of the year before
    the year the figures' period ends in (April 2020)."""
    end = norm.period_end(f.anchor) if f.anchor else None
    month = norm.month_number(m.group("month"))
    return f"{end.year - 1:04d}-{month:02d}" if end and month else None


def _rel_twelve_months_ago(m, f: _Frame):
    """"twelve months ago": a year before the figures' period ("the position at the end of September 2017" → 2016-09-30),
    when that period ends within two years of the reference date; else the year before publication (not a year
    named in passing: "The charity, founded in 1998, ..." gives no 1997)."""
    end = norm.period_end(f.anchor) if f.anchor else None
    if end is not None and f.ref is not None and abs((f.ref - end).days) <= 731:
        return norm.shift_back_a_year(f.anchor, 1)
    return f"{f.year - 1:04d}" if f.published else None


def _rel_month_a_year_off(m, f: _Frame):
    """"in April a year ago": that month of the year before the reference year; "in April a year later": that month
    of the year after the period named last (None when there is none)."""
    month = norm.month_number(m.group("month"))
    if month is None:
        return None
    if m.group("ago"):
        return f"{f.year - 1:04d}-{month:02d}" if f.year else None
    end = norm.period_end(f.last_value) if f.last_value else None
    return f"{end.year + 1:04d}-{month:02d}" if end else None


def _rel_week_before(m, f: _Frame):
    """"up from 93.3% the previous week" after "94.3% ... last week" (13 to 19 April): the seven days before that
    week (6 to 12 April); None when the period named last is no week."""
    span = norm.day_span(f.anchor)
    if span is None or (span[1] - span[0]).days != 6:
        return None
    (start, end), week = span, dt.timedelta(days=7)
    return f"{(start - week).isoformat()}/{(end - week).isoformat()}"


def _rel_month_before(m, f: _Frame):
    # "£365 short of the high set in the previous month" after "prices fell in July, the first fall
    # since June of last year": the month before the figures' month, not before the baseline
    base = f.anchor
    if _month_end(base):
        # "7.62 million at the end of June, up from 7.60 million the previous month": May (the month
        # before the one whose last day was named)
        base = base[:7]
    if not base or len(base) != 7:
        return None
    y, mth = norm.months_before(int(base[:4]), int(base[5:7]), 1)
    return f"{y:04d}-{mth:02d}"


def _rel_same_period_a_year_before(m, f: _Frame):
    """"the same quarter last year": the period the figures are for, a year before; "this time last
    year" after a whole year named ("rose from 3,600 in 2018-19 to 4,800 in 2022-23 ... down 35% from
    this time last year"): a moment a year before the story's present, not that year shifted back
    (undated, unknown)."""
    if f.framed and not (_span_months(f.last_frame) == 12 and _THIS_MOMENT.match(m.group(0))):
        # (when the figures' period is unknown, so is the same period a year before)
        return norm.shift_back_a_year(f.last_frame)
    return f"{f.year - 1:04d}" if f.year and f.published else None


#: "this time", "this point", "this stage": the story's present, not the figures' period
_THIS_MOMENT = compiled(r"(?i)this\s+(?:time|point|stage|date|day)\b")


def _span_months(value: str | None) -> int | None:
    """How many whole months a period value covers ("2019" 12, "2019-03" 1, a quarter 3), else None."""
    if not value:
        return None
    if len(value) == 4:
        return 12
    if len(value) == 7:
        return 1
    span = norm.day_span(value)
    if span is None or span[0].day != 1 or span[1].day != norm.last_day(span[1].year, span[1].month):
        return None
    return (span[1].year - span[0].year) * 12 + span[1].month - span[0].month + 1


def _rel_previous_span(m, f: _Frame):
    """"the previous quarter": the span of the same length just before the period of the figures."""
    if f.last_frame and len(f.last_frame) == 10 and "quarter" in m.group(0).lower():
        # "up 3% on the previous quarter" after "at the end of September": the snapshot a quarter before
        return _day_months_before(f.last_frame, 3)
    months = _span_months(f.last_frame)
    if months is None or ("quarter" in m.group(0).lower() or "three" in m.group(0).lower()) and months != 3:
        return None
    if months == 12 and len(f.last_frame) == 4:
        return f"{int(f.last_frame) - 1:04d}"
    if months == 1:
        y, mth = norm.months_before(int(f.last_frame[:4]), int(f.last_frame[5:7]), 1)
        return f"{y:04d}-{mth:02d}"
    y, mth = norm.months_before(int(f.last_frame[:4]), int(f.last_frame[5:7]), months)
    return _month_span(y, mth, *norm.months_before(y, mth, -(months - 1)))


def _day_months_before(value: str, months: int) -> str | None:
    """The same day ``months`` months before (a month's last day stays a month's last day)."""
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return None
    y, mth = norm.months_before(day.year, day.month, months)
    last = norm.last_day(y, mth)
    d = last if day.day == norm.last_day(day.year, day.month) else min(day.day, last)
    return f"{y:04d}-{mth:02d}-{d:02d}"


def _rel_part_of_year(m, f: _Frame):
    """"the second quarter of this year", "the first half of last year"; "the first six months of
    the financial year", and "the first two quarters of the year" in a story told in financial
    years: of the financial year of the figures (see _rel_current_fy)."""
    g = m.groupdict()
    if g.get("fin") or g.get("fin2") or (f.fy_framed and (g.get("rel") or "").lower() == "the"):
        fy = _rel_current_fy(m, f)
        if fy is None and not f.published and f.fy_framed and f.ref_fy is not None:
            fy = norm.fy_interval(f.ref_fy)  # an undated story: the financial year it is about
        years = _fy_years(fy) if fy else None
        if years is None:
            return None
        if (g.get("rel") or "").lower() == "last":
            years = (years[0] - 1, years[1] - 1)
        v = _part_of_year({**g, "fy": f"{years[0]}-{years[1] % 100:02d}"}, None)
    elif f.year is None:
        return None
    else:
        # "the first quarter of the year": of the reference year
        v = _part_of_year(m.groupdict(), f.year - (m.group("rel").lower() == "last"))
    if not isinstance(v, str):
        return None
    return v.split("/")[1] if g.get("end") else v  # "the end of the first quarter of this year": its last day


def _rel_current_fy(m, f: _Frame):
    """"for the financial year", "the current financial year": the financial year of the figures'
    period (a financial year, or the one a month or day named falls in), else of the publication date."""
    base = f.last_frame if f.framed else None
    if base and (years := _fy_of_value(base) if _fy_of_value(base) is not None else _fy_holding(base)) is not None:
        return norm.fy_interval(years)
    if f.published:
        # (no frame, or one that holds no financial year, a bare "next year": "the planned savings for next
        # year follow an overspend during this financial year", published in November 2024: 2024-25)
        return norm.fy_interval(_fy_of_value(f.published))
    return None


def _rel_weekday(m, f: _Frame):
    """"on Thursday": the latest Thursday on or before the publication date; "next Thursday", or in
    a sentence about a plan ("voters will go to the polls on Thursday"), the next one; "last
    Thursday": the one before the publication date."""
    if not f.published:
        return None
    ref = dt.date.fromisoformat(f.published)
    target = _WEEKDAYS.index(m.group("wd").lower()[:3])
    before = _WEEKDAY_REL.search(m.string, max(0, m.start() - 6), m.start())
    rel = before.group(1).lower() if before else ""
    if rel == "next" or (rel != "last" and (_in_plan(m.string, m.start()) or _FROM_DAY.search(
            m.string, max(0, m.start() - 8), m.start()))):
        ahead = (target - ref.weekday()) % 7 or (7 if rel == "next" else 0)
        return (ref + dt.timedelta(days=ahead)).isoformat()
    back = (ref.weekday() - target) % 7 or (7 if rel == "last" else 0)
    return (ref - dt.timedelta(days=back)).isoformat()


#: "last Tuesday", "next Monday", "this Sunday": the word before a weekday that says which one
_WEEKDAY_REL = compiled(r"\b([Ll]ast|[Nn]ext|[Tt]his)\s+$")
#: "fares rise from Sunday", "until Friday": a day a change starts or ends, ahead of the publication date
_FROM_DAY = compiled(r"\b(?i:from|until|till)\s+$")


def _rel_quarter(m, f: _Frame):
    """"the third quarter": of the reference year, the latest such quarter ended by the reference
    date; "the first quarter last year": that quarter of the year before the reference year."""
    q = _ORDINALS[m.group("which").lower()]
    rel = (m.group("rel") or "").lower()
    if not rel and (opened := _sentence_year_frame(m.string, m.start())) is not None:
        # "In 2022, sales rose in the first quarter", "During 2022/23, ... in the second quarter": of that year
        year, fy = opened
        first = q * 3 - 2 + (3 if fy else 0)
        year += (first - 1) // 12
        first = (first - 1) % 12 + 1
        if m.group("end"):
            return dt.date(year, first + 2, norm.last_day(year, first + 2)).isoformat()
        return _month_span(year, first, year, first + 2)
    if not rel and f.fy_framed:
        # "at the end of the second quarter" in a council's 2023/24 monitoring report: July-September 2023
        return _quarter_of_story(q, bool(m.group("end")), m, f)
    if f.ref is None:
        return None
    if rel:
        year = f.ref.year - (rel == "last")
    else:
        year = f.ref.year if dt.date(f.ref.year, q * 3, norm.last_day(f.ref.year, q * 3)) <= f.ref else f.ref.year - 1
    if m.group("end"):
        return dt.date(year, q * 3, norm.last_day(year, q * 3)).isoformat()
    return _month_span(year, q * 3 - 2, year, q * 3)


#: a sentence that opens on a year or a financial year: "In 2022, ...", "During 2022/23, ..."
_OPENS_ON_YEAR = compiled(r"(?:^|[.!?][\"'”’]?\s+|\n\s*)\W*(?:In|During|For|Over|Throughout)\s+(?:the\s+)?(?:financial\s+year\s+)?"
                               r"(?P<y>(?:19|20)\d\d)(?:[-/](?P<y2>\d\d(?:\d\d)?))?\s*,(?:[^.!?\n]|\.\d)*$")


def _sentence_year_frame(text: str, pos: int) -> tuple[int, bool] | None:
    """(year, is a financial year) of the year the sentence around ``pos`` opens on, or None."""
    if "," not in text[max(0, pos - 200):pos]:
        return None
    om = _OPENS_ON_YEAR.search(text, max(0, pos - 200), pos)
    if om is None:
        return None
    y, y2 = int(om.group("y")), om.group("y2")
    if y2 is not None and int(y2[-2:]) != (y + 1) % 100:
        return None  # ("In 2019-2023, ...": a span of years, no one year)
    return y, y2 is not None


def _rel_quarter_number(m, f: _Frame):
    """"Quarter 2", "the Q3 forecast", "at the end of Quarter 1" (no year written): in a story told in
    financial years, that quarter of the financial year of the figures (April-June is Quarter 1);
    otherwise the latest such calendar quarter ended by the publication date. "the end of": its last day."""
    q = int(m.group("q")) if m.group("q") else _QUARTER_WORDS[m.group("qw").lower()]
    return _quarter_of_story(_defined_quarter(m, f.fy_framed) or q, bool(m.group("end")), m, f)


_QUARTER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4}


def _defined_quarter(m, fy_framed: bool) -> int | None:
    """The quarter that bracketed months just after a quarter number define ("Q3 (July to
    September)", "Quarter 1 (Jan-Mar)"), numbered as the story counts (from April in a story told in
    financial years), or None: "Q3 (July to September)" is July to September in either."""
    if "(" not in m.string[m.end():m.end() + 3] or not (b := _QUARTER_MONTHS_AFTER.match(m.string, m.end())):
        return None
    m1, m2 = norm.month_number(b.group(1)), norm.month_number(b.group(2))
    if not (m1 and m2) or m1 % 3 != 1 or (m2 - m1) % 12 != 2:
        return None
    return ((m1 - 4) % 12) // 3 + 1 if fy_framed else (m1 - 1) // 3 + 1


#: "(July to September)", "(Oct-Dec)" right after a quarter's number (no year in the brackets)
_QUARTER_MONTHS_AFTER = compiled(r"[ \t]*\(\s*([A-Z][a-z]{2,8})\.?\s*(?:to|-|–|—)\s*([A-Z][a-z]{2,8})\.?\s*\)")


def _quarter_of_story(q: int, end: bool, m, f: _Frame) -> str | None:
    """Quarter ``q`` with no year written: in a story told in financial years, that quarter of the
    financial year of the figures; otherwise the latest such calendar quarter ended by the
    publication date. ``end``: the quarter's last day."""
    if f.fy_framed:
        fy = _rel_current_fy(m, f)
        if fy is None and not f.published and f.ref_fy is not None:
            fy = norm.fy_interval(f.ref_fy)
        years = _fy_years(fy) if fy else None
        if years is None:
            return None
        span = _part_of_year({"q": str(q), "fy": f"{years[0]}-{years[1] % 100:02d}"}, None)
        if isinstance(span, str) and f.published and span.split("/")[1] > f.published and not _in_plan(m.string, m.start()):
            # a quarter not yet over at publication, told as past ("the overspend was £3m at Q3",
            # published in February 2024, in a story that also names the 2024/25 budget): the same
            # quarter of the financial year before
            span = _part_of_year({"q": str(q), "fy": f"{years[0] - 1}-{years[0] % 100:02d}"}, None)
    elif f.published:
        ref = f.ref
        year = ref.year if dt.date(ref.year, q * 3, norm.last_day(ref.year, q * 3)) <= ref else ref.year - 1
        span = _month_span(year, q * 3 - 2, year, q * 3)
    else:
        return None
    if not isinstance(span, str):
        return None
    return span.split("/")[1] if end else span


def _rel_week_to(m, f: _Frame):
    """"the week to 12 May": the seven days ending on the latest 12 May by the reference date."""
    _y, month, _d = norm.date_parts(m.group("end"))
    if f.ref is None or month is None:
        return None
    end = norm.parse_date(m.group("end"), default_year=f.ref.year if month <= f.ref.month else f.ref.year - 1)
    return _week_to(end) if end else None


def _rel_next_year(m, f: _Frame):
    """"next year": the calendar year after the publication date's; in a story told in financial
    years, the coming financial year ("council tax will rise by 4.99% next year", published in
    February 2025: 2025/26), and without a publication date nothing fixes which one that is."""
    if f.fy_framed:
        return _rel_next_fy(m, f)
    return f"{f.year + 1:04d}" if f.year else None


def _rel_next_fy(m, f: _Frame):
    """"the coming financial year": the one after the financial year the publication date falls in;
    "the new financial year" from April to September: the one just begun."""
    if not f.published:
        return None
    ref = dt.date.fromisoformat(f.published)
    if m.group(0).lower().endswith("new financial year") and 4 <= ref.month <= 9:
        return norm.fy_interval(ref.year)
    return norm.fy_interval(ref.year + 1 if ref.month >= 4 else ref.year)


def _rel_same_period_in(m, f: _Frame):
    """"the same period in 1987": the months of the figures' period in that year; "the same period in
    2021-22": in that financial year ("the first six months of 2022-23" → April to September 2021)."""
    if m.group("fy"):
        years = norm.split_fy(m.group("fy"))
        start = _fy_of_value(f.anchor.split("/")[0][:7]) if f.anchor and len(f.anchor) >= 7 else None
        if not years:
            return None
        if start is None:
            return norm.fy_interval(*years)
        return norm.shift_back_a_year(f.anchor, start - years[0])
    return norm.in_year(f.anchor, int(m.group("year"))) or m.group("year")


def _fy_of_value(value: str) -> int | None:
    """The start year of the financial year a value is, or lies in ("2024-07" → 2024), else None."""
    first, _, last = value.partition("/")
    if last:
        return int(first[:4]) if first[5:10] == "04-01" and last[5:10] == "03-31" and \
            int(last[:4]) == int(first[:4]) + 1 else None
    if len(first) < 7:
        return None
    year, month = int(first[:4]), int(first[5:7])
    return year if month >= 4 else year - 1


def _fy_holding(value: str) -> int | None:
    """The start year of the one financial year a span lies within ("2025-01-01/2025-03-31", Q4 of
    2024/25 → 2024), else None."""
    first, _, last = value.partition("/")
    if not last or len(first) < 7 or len(last) < 7:
        return None
    a = int(first[:4]) - (int(first[5:7]) < 4)
    return a if int(last[:4]) - (int(last[5:7]) < 4) == a else None


#: Resolvers of periods that need the frame (reference date, previous period, publication date).
RELATIVE = {
    "current_fy": _rel_current_fy,
    "next_fy": _rel_next_fy,
    "end_of_fy": lambda m, f: (v.split("/")[1] if (v := _rel_current_fy(m, f)) else None),
    "month_named_rel": _rel_month_named,
    "season": lambda m, f: None,
    "school_term": lambda m, f: None,
    "season_year": lambda m, f: None,
    "part_of_year": _rel_part_of_year,
    "same_period_a_year_before": _rel_same_period_a_year_before,
    "previous_span": _rel_previous_span,
    "year_after": lambda m, f: norm.shift_back_a_year(f.last_value, -1),
    "last_n": _rel_last_n,
    "week": _rel_week,
    "festive": _rel_festive,
    "academic_rel": _rel_academic,
    "academic_back": _rel_academic_back,
    "previous_month": _rel_previous_month,
    "month_before": _rel_month_before,
    "week_before": _rel_week_before,
    "month_year_before": _rel_month_year_before,
    "month_a_year_off": _rel_month_a_year_off,
    # "22 million more than 10 years earlier" after "less than the previous year": the figures'
    # period, not the baseline named last
    "years_earlier": lambda m, f: norm.shift_back_a_year(f.anchor, _count(m.group("n")) or 1),
    # "the same period in 2010" after "at the end of June 2018, an increase of 71% since December 2010"
    "same_period_in": _rel_same_period_in,
    "month_relative": lambda m, f: _rel_month_in_year(m, f, "month"),
    "month_end_relative": lambda m, f: _rel_month_in_year(m, f, "month_end"),
    "date_relative": lambda m, f: _rel_month_in_year(m, f, "date"),
    "month": lambda m, f: _rel_undated(m, f, "month"),
    "month_end": lambda m, f: _rel_undated(m, f, "month_end"),
    "date": lambda m, f: _rel_undated(m, f, "date"),
    "between": _rel_between,
    "months_to": _rel_months_to,
    "year_to": _rel_months_to,
    "year_to_month": _rel_year_to_month,
    "between_months": _rel_between_months,
    "between_years": _rel_between_years,
    "end_of_year": _rel_edge_of_year,
    # "rose by a fifth on the previous year" after "compared with the same period a year earlier":
    # the year before the figures' period, not before the baseline named last
    "year_before": _rel_year_before,
    "back_reference": _back_reference,
    "last_year": _rel_last_year,
    "this_year": _rel_this_year,
    # "the current year": the year of publication (in a story told in financial years, the one
    # publication falls in); undated, the financial year the story is about
    "current_year": lambda m, f: (norm.fy_interval(_fy_of_value(f.published)) if f.published else _rel_current_fy(m, f) or (
        norm.fy_interval(f.ref_fy) if f.ref_fy is not None else None)) if f.fy_framed else (f.published[:4] if f.published else None),
    "fy_year_end": lambda m, f: (v.split("/")[1] if f.fy_framed and (v := RELATIVE["current_year"](m, f)) else None),
    "next_year": _rel_next_year,
    "years_ago": _rel_years_ago,
    "today": lambda m, f: f.published,
    # (a census day with its year, of a year with no census, has no value: "census day 2015")
    "census_day": lambda m, f: None if _census_year(m) else _census_day(on_or_before=f.ref),
    # "only 128 left hospital that day": the day named last, nearby; else none
    "that_day": lambda m, f: f.last_day,
    # "twelve months ago": a year before the figures' period, else before publication
    "twelve_months_ago": _rel_twelve_months_ago,
    "weekday": _rel_weekday,
    "week_to": _rel_week_to,
    "quarter": _rel_quarter,
    "quarter_number": _rel_quarter_number,
    "yesterday": lambda m, f: (dt.date.fromisoformat(f.published) - dt.timedelta(days=1)).isoformat() if f.published else None,
    "tomorrow": lambda m, f: (dt.date.fromisoformat(f.published) + dt.timedelta(days=1)).isoformat() if f.published else None,
    "year_to_date": _rel_year_to_date,
    "last_month": _rel_last_month,
    "next_month": _rel_next_month,
    "this_month": lambda m, f: f.published[:7] if f.published else None,
}


def _relative_value(c: _Match, frame: _Frame) -> str | None:
    fn = RELATIVE.get(c.rule.resolve)
    try:
        return fn(c.m, frame) if fn else None
    except (OverflowError, ValueError):  # a reference date at the calendar's edge (published 0001-01-01)
        return None


@Language.factory("extractor_periods", default_config={"spans_key": "periods"})
def make_periods(nlp: Language, name: str, *, spans_key: str):
    """Find and resolve periods into ``doc.spans[spans_key]`` (data on ``span._.period``)."""
    return PeriodsComponent(spans_key=spans_key)


class PeriodsComponent(BatchPipe):
    def __init__(self, *, spans_key: str = "periods"):
        self.spans_key = spans_key
        period_rules()

    def __call__(self, doc: Doc) -> Doc:
        budget.check(doc, "before periods")
        periods, ref = analyse_periods(text_of(doc), doc._.published, doc._.datelines)
        doc._.reference_date = ref.isoformat() if ref else None
        self.set_annotations(doc, periods)
        return doc

    def set_annotations(self, doc: Doc, periods: list[Period]) -> None:
        store_spans(doc, self.spans_key, periods, "period", lambda p: p.kind)
