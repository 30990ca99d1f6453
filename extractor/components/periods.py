"""Periods: years, UK financial years, months, dates, ranges and relative expressions.

Matching is data-driven (``patterns/periods.json``, compiled with ``regex`` under a timeout);
values come from the pure functions in ``extractor.normalize.periods``. Relative expressions
("last year", "March this year", "the year before", "at that time") are resolved in a second
pass against the publication date, or, when the document has none, against the year the
document itself is about (the financial year it names most, else the latest year it names),
and against the period mentioned most recently before them.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..normalize import periods as norm
from ..normalize.periods import MONTH_NAMES
from ..readers.text import metadata_end
from .. import budget
from ..extensions import store_spans, text_of
from ..rules import REGEX_TIMEOUT, Rule, lexicon, load_rules, rx
from ..types import Period

T = REGEX_TIMEOUT
DAY = r"(?:[12]\d|3[01]|0?[1-9])"
YEAR = r"(?:18|19|20)\d\d(?!\.\d)"  # not the whole part of a decimal ("1999.5%")
FY = r"(?:19|20)\d\d\s?[-–/]\s?(?:(?:19|20)\d\d|\d\d|\d)"


@lru_cache(maxsize=1)
def fragments() -> dict[str, str]:
    """{MONTH} (capitalised month names), {DATE}, {DAY}, {YEAR}, {FY} for the rule patterns."""
    month = "(?-i:" + "|".join(
        w.capitalize() + (r"\.?" if len(w) <= 4 and w != "june" and w != "july" else "")
        for w in lexicon("months")) + r")(?![a-z])"
    date = (
        f"(?:\\b{DAY}(?:st|nd|rd|th)?\\s+(?:of\\s+)?{month}(?:,?\\s+{YEAR})?"
        f"|\\b{month}\\s+{DAY}(?:st|nd|rd|th)?(?:,?\\s*{YEAR}|(?![\\d,]\\d)))(?![\\d]|\\s?%|\\s*per\\s*cent)"
    )
    return {"MONTH": month, "DATE": date, "DAY": DAY, "YEAR": YEAR, "FY": FY}


#: Guards a period rule can name: conditions on the whole document, checked once per document.
DOCUMENT_GUARDS = {
    "names_a_month": lambda text: bool(_MONTH_WORD.search(text)),
    "has_digits": lambda text: bool(_DIGIT.search(text)),
    # a rule whose words the document never uses is not run (most rules' words are rare)
    "says_part_of_year": lambda text: bool(rx(r"(?i)\b(?:quarters?|half|months)\s+of\b").search(text)),
    "says_quarter_code": lambda text: bool(rx(r"\bQ[1-4]\b").search(text)),
    "says_last_or_past": lambda text: bool(rx(r"(?i)\b(?:last|past|previous)\s+(?:decade|\w+\s+(?:years|months))\b").search(text)),
    "says_week": lambda text: bool(rx(r"(?i)\bweek\b").search(text)),
    "says_christmas": lambda text: bool(rx(r"(?i)christmas|festive").search(text)),
    "says_previous": lambda text: "previous" in text,
    "says_season": lambda text: any(w in text for w in ("summer", "autumn", "winter", "spring")),  # (substring tests: cheap)
    "says_financial_year": lambda text: "financial year" in text or "Financial year" in text,
    "says_month_before": lambda text: bool(rx(r"(?i)\b(?:month\s+before|previous\s+month)\b").search(text)),
    "says_years_before": lambda text: bool(rx(r"(?i)\byears\s+(?:earlier|before|previously|prior)\b").search(text)),
    "says_same": lambda text: bool(rx(r"(?i)\bthe\s+same\s+\w+\s+(?:in|of)\b").search(text)),
    "says_same_last": lambda text: "same " in text or "Same " in text,
    "says_previous_span": lambda text: "previous" in text or "preceding" in text or "prior " in text,
    "says_following": lambda text: any(w in text for w in ("following year", "following financial", "subsequent year",
                                                           "year after", "year later")),
    "says_last_or_this_month": lambda text: bool(_LAST_OR_THIS_MONTH.search(text)),
    "says_the_period": lambda text: "the period" in text,
    "says_this_month": lambda text: "this month" in text or "This month" in text,
    "says_fy_span": lambda text: bool(rx(r"\d\s*[–\-]\s*(?:19|20)\d\d\s*[/\-–]\s*\d").search(text)),
}
_DIGIT = regex.compile(r"\d")
_LAST_OR_THIS_MONTH = regex.compile(r"(?:ast|his) (?:January|February|March|April|May|June|July|August|September|October"
                                    r"|November|December)\b")
_MONTH_WORD = regex.compile(r"(?-i:" + "|".join(name[:3] for name in MONTH_NAMES) + ")")


@lru_cache(maxsize=1)
def period_rules() -> tuple[tuple[Rule, ...], regex.Pattern, regex.Pattern]:
    """(the period rules in order, the left and right vetoes) from patterns/periods.json."""
    rs = load_rules("periods.json", component="periods", fragments=fragments(), guards=DOCUMENT_GUARDS,
                    resolvers=set(EXPLICIT) | set(RELATIVE) | {"reject"})
    rejects = {r.context: r.pattern for r in rs.family("reject")}
    return rs.family("period"), rejects.get("left", rx("(?!)")), rejects.get("right", rx("(?!)"))


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


def find_periods(text: str, published: str | None = None, skip: list[tuple[int, int]] | None = None) -> list[Period]:
    """All periods in text, resolved. ``published`` is ISO YYYY-MM-DD or None."""
    return analyse_periods(text, published, skip)[0]


def analyse_periods(text: str, published: str | None = None,
                    skip: list[tuple[int, int]] | None = None) -> tuple[list[Period], dt.date | None]:
    """The periods in text and the reference date they were resolved against (``published``,
    else the end of the document's statistical year or latest year; None if it has no dates).
    ``skip``: ranges that hold no period (datelines)."""
    rules, not_left, not_right = period_rules()
    candidates: list[tuple[int, int, int, _Match]] = []
    holds: dict[str, bool] = {}
    for order, rule in enumerate(rules):
        # a rule whose guards fail on the document (no month named, no digit) cannot match: skip
        # its scan (each guard is asked once per document)
        for g in rule.guards:
            if g not in holds:
                holds[g] = DOCUMENT_GUARDS[g](text)
        if not all(holds[g] for g in rule.guards):
            continue
        for m in rule.pattern.finditer(text, timeout=T):
            if m.end() == m.start():
                continue
            if rule.kind in ("year", "financial_year", "date", "month"):
                if not_left.search(text[max(0, m.start() - 40):m.start()]):
                    continue
                if rule.kind != "financial_year" and not_right.match(text[m.end():m.end() + 30]):
                    continue  # ("2022/23 400 homes": a financial year is not the head of a longer number)
            candidates.append((m.start(), -(m.end() - m.start()), order, _Match(rule, m)))
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
    y1, y2 = m.group("y1"), m.group("y2")
    if not y2 or m.groupdict().get("rel"):
        return None  # needs the reference year
    m1, m2 = norm.month_number(m.group("m1")), norm.month_number(m.group("m2"))
    year2 = int(y2)
    year1 = int(y1) if y1 else (year2 if m1 <= m2 else year2 - 1)
    return _month_span(year1, m1, year2, m2)


def _ex_between_years(m):
    y1 = int(m.group("y1") or m.group("y1b") or m.group("y1c"))
    return None if int(m.group("y2")) > y1 else _INVALID  # resolved with the frame (RELATIVE)


def _ex_between(m):
    a, b = norm.date_parts(m.group("a")), norm.date_parts(m.group("b"))
    return f"{norm.parse_date(m.group('a'))}/{norm.parse_date(m.group('b'))}" if a[0] and b[0] else None


def _ex_fy_span(m):
    a, b = norm.split_fy(m.group("fy1")), norm.split_fy(m.group("fy2"))
    return norm.fy_interval(a[0], b[1]) if a and b and b[1] > a[1] else _INVALID


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
_COUNTS = {None: 1, "two": 2, "three": 3, "six": 6, "nine": 9}


def _ex_part_of_year(m):
    """Quarters, halves and first months of a calendar or financial year: "the second quarter of
    2016-17" (July-September 2016), "the first two quarters of 2019-20", "Q3 2022", "the first
    three months of 2024", "the second half of 2023"."""
    g = m.groupdict()
    if g.get("rel"):
        return None  # "the second quarter of this year": needs the reference year (RELATIVE)
    return _part_of_year(g, int(g["year"]) if g.get("year") else None)


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
    length = {"quarter": 3, "half": 6, "month": 1}[unit] * count
    if unit == "month" and g.get("which") != "first":
        return None
    index = int(g["q"]) if g.get("q") else _ORDINALS[g["which"]]
    if g.get("which") in ("last", "final"):
        index = 12 // length
    offset = (index - 1) * length
    y1, m1 = norm.months_before(start_year, first_month, -offset)
    y2, m2 = norm.months_before(y1, m1, -(length - 1))
    return None if offset + length > 12 else _month_span(y1, m1, y2, m2)


#: Resolvers of explicit periods: value, None (needs context: see RELATIVE), or _INVALID (not a period).
EXPLICIT = {
    "fy_span": _ex_fy_span,
    "part_of_year": _ex_part_of_year,
    "financial_year": _ex_financial_year,
    "academic_year": lambda m: norm.academic_year(m.group("fy") or m.group("fy2")) or _INVALID,
    "year": lambda m: m.group("year"),
    "month": _ex_month,
    "date": _ex_date,
    "month_end": _ex_month_end,
    "between": _ex_between,
    "between_months": _ex_between_months,
    "between_years": _ex_between_years,
}


def _explicit_value(c: _Match):
    """Value of an explicit period, None if it needs context, _INVALID if not a period."""
    fn = EXPLICIT.get(c.rule.resolve)
    return fn(c.m) if fn else None


#: "by March 2025", "until 2030": a deadline or target, not a year the story's figures belong to
_TARGET_BEFORE = regex.compile(r"\b(?i:by|until|till|before)\s+(?:the\s+end\s+of\s+)?(?:[A-Z][a-z]+\s+)?$")


#: "the 2020 target", "its 2030 net zero goal", "the 2025 projected target": a year that names a target
_TARGET_AFTER = regex.compile(
    r"(?:[-–/]\d{2,4})?\s+(?:(?!(?:the|a|an|its|their|was|is|were|and|or|of|to)\b)[a-z]+\s+){0,2}"
    r"(?:target|goal|ambition|deadline)s?\b")


def is_deadline(text: str, start: int, end: int | None = None) -> bool:
    """Whether the period starting at ``start`` (and ending at ``end``) is a deadline or target
    ("by March 2025", "until 2030", "the 2020 target"): it sets no story year and dates no story."""
    if _TARGET_BEFORE.search(text, max(0, start - 30), start):
        return True
    # the year as a modifier of a target noun phrase ("the 2020 target", "its 2030 net zero goal";
    # not "In 2023 police missed targets")
    return end is not None and bool(_DETERMINER_BEFORE.search(text, max(0, start - 8), start)) \
        and bool(_TARGET_AFTER.match(text, end, min(len(text), end + 40)))


_DETERMINER_BEFORE = regex.compile(r"(?i:\b(?:the|its|their|our|a|an|this|that|his|her))\s+$")


_BASELINE = regex.compile(r"\b(?:from|on|since|than|(?:compared|in\s+comparison) (?:with|to)|against|over)\s+(?:in\s+|the\s+)?$"
                          r"|\bsince\s+(?:[^.;,]|[.,]\d){0,40}?\b(?:in|of|on|at)\s+$", regex.I)
# "up from 110 last year", "compared to 316 in 2017", "from 6,918 in 2014": the period of a
# compared figure is the comparison's baseline
_BASELINE_FIGURE = regex.compile(
    r"\b(?:from|than|(?:compared|in\s+comparison) (?:with|to)|against)\s+(?:the\s+)?(?:just\s+|around\s+|about\s+)?[£$€]?\d[\d,.]*"
    r"(?:\s*(?:m|bn|k|million|billion|per\s*cent|%))?(?:\s+[a-z]+){0,2}?\s+(?:in\s+|during\s+|for\s+|at\s+)?(?:the\s+)?$",
    regex.I)
#: "up 65% on a low point of 48,010 on 31 December 2010", "down 1% on 52,880 in March": the period of
#: a figure a change is measured on
_ON_BASELINE_FIGURE = regex.compile(
    r"\b(?:up|down|rise|fall|increase|decrease|higher|lower)\b[^.;]{0,25}?\bon\s+(?:the\s+|a\s+)?"
    r"(?:(?:low|high|peak|record)(?:\s+point)?\s+of\s+)?[£$€]?\d[\d,.]*(?:\s*(?:m|bn|k|million|billion))?"
    r"\s+(?:in|on|at|for)\s+(?:the\s+)?$", regex.I)
#: "51 per cent higher than when data was first collected in 2010/11": the period of a "than when" clause
_BASELINE_WHEN = regex.compile(r"\bthan\s+(?:when|at\s+the\s+time|before)\b[^.;:]{0,60}?\b(?:in|during|for)\s+(?:the\s+)?$", regex.I)
#: "up 10% from April 2017 to March 2018": a span opened by "from" right after a change is its baseline
_CHANGE_BEFORE = regex.compile(
    r"\b(?:up|down|rise|fall|increase|decrease|rose|fell|higher|lower|grew|dropped)\s+(?:by\s+)?"
    r"(?:almost\s+|nearly\s+|more\s+than\s+|over\s+|about\s+)?\d[\d,.]*\s*(?:%|per\s*cent)\s*$", regex.I)
#: rules whose period is by its nature the other side of a comparison ("10% higher than the
#: same time in 2023")
_COMPARISON_RULES = frozenset({"relative.same_period_in", "relative.same_period_a_year_before"})


#: a period that names a publication ("the 2015-16 MAPPA Annual Report", "the 2021 census data")
_SOURCE_AFTER = regex.compile(
    r"[^\s.,;:]+(?:\s+(?:[A-Z][\w&\-]*|\([A-Z]+\)|of|and)){0,6}?\s+(?i:annual\s+report|report|data|"
    r"figures|statistics|survey|bulletin|release|census|accounts|review)\b")


_SPANS_AFTER_OVER = frozenset({"relative.last_n", "relative.last_year"})


def is_comparison_base(text: str, start: int, kind: str, rule: str) -> bool:
    """Whether the period starting at ``start`` is the baseline of a comparison: after
    "from/since/than/compared with/over" ("since 2015", not "on 31 March", not "over the last 24
    months"), the period of a compared figure ("up from 110 last year", "compared to 368 in
    2005"), or "the same time in 2023"."""
    if rule in _COMPARISON_RULES:
        return True
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
        if word.startswith("on") and kind in ("date", "month"):
            # "on 31 March" is a snapshot's day, unless it is the day of a figure a change is
            # measured on ("up 65% on a low point of 48,010 on 31 December 2010")
            return bool(_ON_BASELINE_FIGURE.search(text, max(0, start - 70), start))
        return True
    if kind == "range" and text[start:start + 5].lower() == "from " and _CHANGE_BEFORE.search(
            text, max(0, start - 40), start):
        return True
    if _BASELINE_FIGURE.search(text[max(0, start - 60):start]):
        return True
    if " on " in text[max(0, start - 70):start] and _ON_BASELINE_FIGURE.search(text, max(0, start - 70), start):
        return True  # "down 1% on 52,880 in March"
    return "than" in text[max(0, start - 120):start] and bool(
        _BASELINE_WHEN.search(text, max(0, start - 120), start))


@lru_cache(maxsize=1)
def _future() -> regex.Pattern:
    """A plan's verb ("will spend", "plans to", "is to be invested"): the future_cues lexicon."""
    return regex.compile(r"(?i)\b(?:" + "|".join(lexicon("future_cues")) + r")\b")


def _in_plan(text: str, start: int) -> bool:
    """Whether the period is in a sentence about a plan ("the council will spend £2m in
    2024-25"): such a year says when money will be spent, not which year the figures are of."""
    sentence_start = max(text.rfind(". ", max(0, start - 200), start), text.rfind("\n", max(0, start - 200), start))
    return bool(_future().search(text, max(0, sentence_start, start - 200), start))


def _fy_named(c: _Match) -> tuple[int, int] | None:
    """The financial year a period names: "2018-19", "between 2018 and 2019", "the year to March
    2019", "the 12 months ending 31 March 2019", "between April 2018 and March 2019"."""
    r, g = c.rule.resolve, c.m.groupdict()
    if r == "financial_year":
        return norm.split_fy(g["fy"])
    if r == "between_years" and g.get("y1"):
        return int(g["y1"]), int(g["y2"])
    if r in ("year_to", "months_to") and (g.get("n") or "12") in ("12", "twelve"):
        end = g["end"]
        year = _HAS_YEAR.search(end)
        month = norm.date_parts(end)[1] or norm.month_number(rx(r"[A-Za-z]+").search(end).group(0))
        return (int(year.group(0)) - 1, int(year.group(0))) if year and month == 3 else None
    if r == "between_months" and g.get("y2") and norm.month_number(g["m1"]) == 4 and norm.month_number(g["m2"]) == 3:
        y1 = int(g["y1"]) if g.get("y1") else int(g["y2"]) - 1
        return (y1, y1 + 1) if y1 + 1 == int(g["y2"]) else None
    return None


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
        c.rule.resolve == "year_to_month" and norm.month_number(c.m.group("month")) == 3 for c in chosen)
    if published:
        ref = dt.date.fromisoformat(published)
        # the last financial year completed by the publication date
        fy_start = ref.year - 2 if ref.month <= 3 else ref.year - 1
        return ref, fy_start, fy_framed, ref
    # without a publication date, only the periods the figures are about fix the reference
    # year: not a comparison's baseline ("compared to 368 in 2005"), a deadline ("by 2030") or
    # a plan's year ("will spend £2m in 2024-25")
    framing = [c for c in chosen if not is_deadline(text, c.start, c.end)
               and not is_comparison_base(text, c.start, c.rule.kind, c.rule.id) and not _in_plan(text, c.start)]
    fys = financial_years(framing)
    if fys:
        counts = Counter(f[0] for f in fys)
        best = max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
        return dt.date(best + 1, 3, 31), best, True, dt.date(best + 1, 3, 31)
    # the end of the latest period the text names ("between December 1 2014 and January 5 2015"
    # ends on 2015-01-05: "over Christmas" is then Christmas 2014, not 2015)
    values = [(c, v) for c in framing if (v := _fixed_value(c)) is not None]
    ends = [e for _c, v in values if (e := norm.period_end(v)) is not None]
    # "the year to June" is only resolved against a statistical period the text names (a span or
    # a financial year), never against a year or month named in passing ("In March 2014, ...")
    spans = [e for c, v in values if "/" in v and (e := norm.period_end(v)) is not None]
    return (max(ends) if ends else None), None, fy_framed, (max(spans) if spans else None)


def _covers_christmas(value: str, year: int | None = None) -> bool:
    """Whether a day-precise span of at most six weeks covers a Christmas Day (of ``year``)."""
    span = norm.day_span(value)
    if span is None:
        return False
    start, end = span
    years = {year} if year else {start.year, end.year}
    return (end - start).days <= 42 and any(start <= dt.date(y, 12, 25) <= end for y in years)


def _resolve_all(text: str, chosen: list[_Match], published: str | None) -> tuple[list[Period], dt.date | None]:
    ref, ref_fy, fy_framed, stat_ref = _reference(chosen, published, text)
    festive = next((v for c in chosen if c.rule.kind == "range" and isinstance(v := _explicit_value(c), str)
                    and _covers_christmas(v)), None)
    out: list[Period] = []
    last_value: str | None = None
    last_frame: str | None = None  # the last period named that is not a comparison's baseline
    framed = False  # whether one has been named (its value may be unknown)
    # (only "the same period" and rolling years ask for it: spare the test otherwise)
    wants_frame = any(c.rule.resolve in _WANTS_FRAME for c in chosen)
    last_day: tuple[str, int] | None = None  # the last single day named, and where
    last_base: tuple[str, int] | None = None  # the last comparison baseline named, and where
    for c in chosen:
        value = _explicit_value(c)
        if value is None:
            day = last_day[0] if last_day and c.start - last_day[1] < _POINT_REACH else None
            base = last_base[0] if last_base and c.start - last_base[1] < _BASE_REACH else None
            value = _relative_value(c, _Frame(ref, ref_fy, fy_framed, last_value, published, day, festive,
                                              last_frame, stat_ref, base, framed))
        kind = c.rule.kind
        if kind == "range" and c.rule.resolve in _RELATIVE_WITHOUT_YEAR and not _HAS_YEAR.search(c.m.group(0)):
            kind = "relative"  # "the year to March" needs the reference date; "the year to March 2020" does not
        elif kind == "range" and c.rule.resolve == "same_period_in" and not (value and "/" in value):
            kind = "relative"  # "the same time in 2023" after "April": a month, not a span
        out.append(Period(kind=kind, value=value, start=c.start, end=c.end, rule=c.rule.id))
        if c.rule.resolve != "today" and not is_deadline(text, c.start, c.end):
            # a back-reference means the period named last: when that one's year is unknown
            # ("in April", no publication date), so is the back-reference's; a deadline ("by
            # March 2025") is never what "the month before" means
            last_value = value
            if wants_frame and not is_comparison_base(text, c.start, c.rule.kind, c.rule.id) and not (
                    c.rule.kind == "date" and WEEKDAY_BEFORE.search(text, max(0, c.start - 14), c.start)):
                # (a day named with its weekday, "released on Tuesday 28th June 2022", is when
                # something happened, not the period of the figures)
                last_frame, framed = value, True
            elif wants_frame and value:
                last_base = (value, c.start)
            if value and len(value) == 10 and c.rule.kind == "date":  # a day the text names, not one worked out
                last_day = (value, c.end)
    return _appositions(text, out), ref


def _appositions(text: str, out: list[Period]) -> list[Period]:
    """A relative period glossed at once by a bracketed span takes its value ("the past year (the
    12 months to June 2025)")."""
    for i in range(len(out) - 1):
        p, q = out[i], out[i + 1]
        if p.kind == "relative" and q.kind == "range" and q.value and 0 < q.start - p.end <= 16 \
                and text[p.end:q.start].strip() in ("(", "as a whole ("):
            out[i] = Period(kind=p.kind, value=q.value, start=p.start, end=p.end, rule=p.rule)
    return out


#: resolvers that ask for the latest period named that is not a comparison's baseline
_WANTS_FRAME = frozenset({"back_reference", "last_year", "last_n", "same_period_a_year_before", "previous_span",
                          "years_earlier", "year_before", "same_period_in", "current_fy", "month_before"})

#: spans that are relative expressions when they name no year (FORMAT: "the year to March" is
#: resolved against the publication date; "the year to March 2020" is a range)
_RELATIVE_WITHOUT_YEAR = frozenset({"year_to_month", "months_to", "year_to"})
_HAS_YEAR = regex.compile(r"\b(?:19|20)\d\d\b")

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
    if rx(r"(?i)\b(?:same|this|latest)\b|^the\s+period$").search(m.group(0)):
        # "a 13% increase during the same period" after "rose in 2022 compared with the previous
        # year": the period of the figures, not the baseline they were compared with
        return f.last_frame
    return f.last_value


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

    @property
    def anchor(self) -> str | None:
        """What "the previous year" counts back from: the figures' period (even when its year is
        unknown), else the period named last."""
        return self.last_frame if self.framed else self.last_value

    @property
    def year(self) -> int | None:
        return self.ref.year if self.ref else None


def _rel_month_in_year(m, f: _Frame, kind: str):
    if f.year is None:
        return None
    year = f.year + {"this": 0, "last": -1, "next": 1}[m.group("rel").lower()]
    month = norm.month_number(m.group("month"))
    if kind == "month":
        return f"{year:04d}-{month:02d}"
    day = int(m.group("day")) if kind == "date" else norm.last_day(year, month)
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
    if kind == "month" and f.published and month > f.ref.month and _FUTURE_MONTH.search(
            m.string, max(0, m.start() - 12), m.start()) and _in_plan(m.string, m.start()):
        year = f.ref.year
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


#: "from July", "in April", "by June", "until March": how a plan names the month it starts or ends
_FUTURE_MONTH = regex.compile(r"\b(?i:from|in|by|until|till)\s+$")


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
WEEKDAY_BEFORE = regex.compile(r"\b((?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))[,(]?\s*\(?$")


def _rel_between(m, f: _Frame):
    a_year, _, _ = norm.date_parts(m.group("a"))
    start = norm.parse_date(m.group("a"), default_year=a_year or f.year)
    if not start:
        return None
    b_year, _b_month, _b_day = norm.date_parts(m.group("b"))
    year = b_year or int(start[:4])
    end = norm.parse_date(m.group("b"), default_year=year)
    if end and end < start:
        end = norm.parse_date(m.group("b"), default_year=year + 1)
    return f"{start}/{end}" if end else None


def _rel_months_to(m, f: _Frame):
    n = m.groupdict().get("n") or "12"
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
    n = m.groupdict().get("n") or "12"
    months = int(n) if n.isdigit() else norm.WORD_NUMBERS.get(n.lower(), 12)
    month = norm.month_number(m.group("month"))
    year = ref.year if month < ref.month or (f.published is None and month == ref.month) else ref.year - 1
    return norm.months_back(year, month, months)


def _rel_between_months(m, f: _Frame):
    """"between April and June (this year)": the latest such span not after the reference date."""
    if f.ref is None:
        return None
    m1, m2 = norm.month_number(m.group("m1")), norm.month_number(m.group("m2"))
    if m.groupdict().get("rel"):
        year2 = f.ref.year + {"this": 0, "last": -1, "next": 1}[m.group("rel").lower()]
    else:
        year2 = f.ref.year if m2 <= f.ref.month else f.ref.year - 1
    year1 = int(m.group("y1")) if m.group("y1") else (year2 if m1 <= m2 else year2 - 1)
    return _month_span(year1, m1, year2, m2)


def _rel_between_years(m, f: _Frame):
    """"Between 2018 and 2019" (two consecutive years, and any consecutive pair in a story told
    in financial years) is the UK financial year between them, how official statistics name a
    year to March; others ("from 2014 to 2015", "between 2010 and 2020") are the calendar years
    from the first to the last."""
    y1 = int(m.group("y1") or m.group("y1b") or m.group("y1c"))
    y2 = int(m.group("y2"))
    if y2 == y1 + 1 and (f.fy_framed or m.group("y1")):
        return norm.fy_interval(y1)
    return f"{y1:04d}-01-01/{y2:04d}-12-31"


def _twelve_months(value: str | None) -> bool:
    """Whether a value is a day-precise span of twelve months that is neither a calendar nor a
    financial year ("2017-10-01/2018-09-30": "the 12 months to September 2018")."""
    span = norm.day_span(value)
    if span is None or (span[0].month, span[0].day) in ((1, 1), (4, 1)):
        return False
    return 360 <= (span[1] - span[0]).days <= 367


def _rolling(m, f: _Frame) -> str | None:
    """"the last year", "the past 12 months" right after the text named a twelve-month span ("in
    the 12 months to September 2018 ... in the last year"): that span."""
    return f.last_frame if m.group(0).lower().startswith("the") and _twelve_months(f.last_frame) else None


def _rel_last_year(m, f: _Frame):
    if (rolling := _rolling(m, f)) is not None:
        return rolling
    if (f.fy_framed or "financial" in m.group(0).lower()) and f.ref_fy is not None:
        # published: the last financial year completed before publication; otherwise the
        # financial year the text itself is about (FORMAT.md: "figures for 2018-19 ... last year")
        return norm.fy_interval(f.ref_fy)
    if f.fy_framed and not f.published:
        return None  # a financial year the text does not fix ("the year to March", no date), not a calendar year
    return f"{f.year - 1:04d}" if f.year else None


_COMPARED_WITH = regex.compile(r"\b(?:from|since|than|on|compared\s+(?:with|to)|against)\s+$", regex.I)


def _rel_years_ago(m, f: _Frame):
    n = m.group("n")
    years = 10 if m.group("decade") else int(n) if n.isdigit() else norm.WORD_NUMBERS.get(n.lower())
    if years and f.fy_framed and f.ref_fy is not None and (f.published or _COMPARED_WITH.search(
            m.string, max(0, m.start() - 25), m.start())):
        # "up 73% from ten years ago" in a story of 2015-16: 2005-06 ("arrived four years ago"
        # in an undated report is not resolved)
        return norm.fy_interval(f.ref_fy - years)
    if not f.published:
        return None
    return f"{f.year - years:04d}" if years else None


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


def _rel_month_before(m, f: _Frame):
    # "£365 short of the high set in the previous month" after "prices fell in July, the first fall
    # since June of last year": the month before the figures' month, not before the baseline
    base = f.anchor
    if not base or len(base) != 7:
        return None
    y, mth = norm.months_before(int(base[:4]), int(base[5:7]), 1)
    return f"{y:04d}-{mth:02d}"


def _rel_same_period_a_year_before(m, f: _Frame):
    """"the same quarter last year": the period the figures are for, a year before."""
    if f.framed:  # (when the figures' period is unknown, so is the same period a year before)
        return norm.shift_back_a_year(f.last_frame)
    return f"{f.year - 1:04d}" if f.year and f.published else None


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


def _rel_part_of_year(m, f: _Frame):
    """"the second quarter of this year", "the first half of last year"."""
    if f.year is None:
        return None
    # "the first quarter of the year": of the reference year
    return _part_of_year(m.groupdict(), f.year - (m.group("rel").lower() == "last"))


def _rel_current_fy(m, f: _Frame):
    """"for the financial year", "the current financial year": the financial year of the figures'
    period (a financial year, or the one a month or day named falls in), else of the publication date."""
    base = f.last_frame if f.framed else None
    if base and (years := _fy_of_value(base)) is not None:
        return norm.fy_interval(years)
    if base is None and f.published:
        ref = dt.date.fromisoformat(f.published)
        return norm.fy_interval(ref.year if ref.month >= 4 else ref.year - 1)
    return None


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


#: Resolvers of periods that need the frame (reference date, previous period, publication date).
RELATIVE = {
    "current_fy": _rel_current_fy,
    "month_named_rel": _rel_month_named,
    "season": lambda m, f: None,
    "part_of_year": _rel_part_of_year,
    "same_period_a_year_before": _rel_same_period_a_year_before,
    "previous_span": _rel_previous_span,
    "year_after": lambda m, f: norm.shift_back_a_year(f.last_value, -1),
    "last_n": _rel_last_n,
    "week": _rel_week,
    "festive": _rel_festive,
    "previous_month": _rel_previous_month,
    "month_before": _rel_month_before,
    # "22 million more than 10 years earlier" after "less than the previous year": the figures'
    # period, not the baseline named last
    "years_earlier": lambda m, f: norm.shift_back_a_year(f.anchor, _count(m.group("n")) or 1),
    # "the same period in 2010" after "at the end of June 2018, an increase of 71% since December 2010"
    "same_period_in": lambda m, f: norm.in_year(f.anchor, int(m.group("year"))) or m.group("year"),
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
    "end_of_year": lambda m, f: f"{f.year:04d}-12-31" if f.year else None,
    # "rose by a fifth on the previous year" after "compared with the same period a year earlier":
    # the year before the figures' period, not before the baseline named last
    "year_before": lambda m, f: norm.shift_back_a_year(f.anchor),
    "back_reference": _back_reference,
    "last_year": _rel_last_year,
    "this_year": lambda m, f: f"{f.year:04d}" if f.year else None,
    "next_year": lambda m, f: f"{f.year + 1:04d}" if f.year else None,
    "years_ago": _rel_years_ago,
    "today": lambda m, f: f.published,
    "last_month": _rel_last_month,
    "this_month": lambda m, f: f.published[:7] if f.published else None,
}


def _relative_value(c: _Match, frame: _Frame) -> str | None:
    fn = RELATIVE.get(c.rule.resolve)
    return fn(c.m, frame) if fn else None


@Language.factory("extractor_periods", default_config={"spans_key": "periods"})
def make_periods(nlp: Language, name: str, *, spans_key: str):
    """Find and resolve periods into ``doc.spans[spans_key]`` (data on ``span._.period``)."""
    return PeriodsComponent(spans_key=spans_key)


class PeriodsComponent:
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
