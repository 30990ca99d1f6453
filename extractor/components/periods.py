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
from ..readers.text import metadata_end
from .. import budget
from ..extensions import store_spans, text_of
from ..rules import REGEX_TIMEOUT, load_json, rx
from ..types import Period

T = REGEX_TIMEOUT
DAY = r"(?:[12]\d|3[01]|0?[1-9])"
YEAR = r"(?:18|19|20)\d\d"
FY = r"(?:19|20)\d\d\s?[-–/]\s?(?:(?:19|20)\d\d|\d\d|\d)"


@dataclass(frozen=True)
class PeriodRule:
    id: str
    kind: str
    resolve: str
    pattern: regex.Pattern


@lru_cache(maxsize=1)
def period_rules() -> tuple[tuple[PeriodRule, ...], regex.Pattern, regex.Pattern]:
    data = load_json("periods.json", required=("months", "rules"),
                     allowed=("months", "rules", "not_periods_left", "not_periods_right"))
    month = "(?-i:" + "|".join(
        w.capitalize() + (r"\.?" if len(w) <= 4 and w != "june" and w != "july" else "")
        for w in data["months"].split("|")) + r")(?![a-z])"
    date = (
        f"(?:\\b{DAY}(?:st|nd|rd|th)?\\s+(?:of\\s+)?{month},?(?:\\s+{YEAR})?"
        f"|\\b{month}\\s+{DAY}(?:st|nd|rd|th)?(?![\\d,]\\d)(?:,?\\s+{YEAR})?)(?![\\d])"
    )
    rules = []
    for r in data["rules"]:
        unknown = set(r) - {"id", "kind", "resolve", "pattern"}
        if unknown:
            raise ValueError(f"periods.json rule {r.get('id')}: unknown keys {sorted(unknown)}")
        src = (r["pattern"].replace("{DATE}", date).replace("{MONTH}", month)
               .replace("{DAY}", DAY).replace("{YEAR}", YEAR).replace("{FY}", FY))
        rules.append(PeriodRule(r["id"], r["kind"], r["resolve"], regex.compile(src, regex.IGNORECASE)))
    left = regex.compile(data.get("not_periods_left", "(?!)"), regex.IGNORECASE)
    right = regex.compile(data.get("not_periods_right", "(?!)"), regex.IGNORECASE)
    return tuple(rules), left, right


@dataclass
class _Match:
    rule: PeriodRule
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
    for order, rule in enumerate(rules):
        for m in rule.pattern.finditer(text, timeout=T):
            if m.end() == m.start():
                continue
            if rule.kind in ("year", "financial_year", "date", "month"):
                if not_left.search(text[max(0, m.start() - 40):m.start()], timeout=T):
                    continue
                if not_right.match(text[m.end():m.end() + 30]):
                    continue
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


def _explicit_value(c: _Match):
    """Value of an explicit period, None if it needs context, _INVALID if not a period."""
    r, m = c.rule.resolve, c.m
    if r == "financial_year":
        fy = m.group("fy")
        years = norm.split_fy(fy)
        if not years:
            return _INVALID
        return norm.fy_interval(*years)
    if r == "academic_year":
        return norm.academic_year(m.group("fy") or m.group("fy2")) or _INVALID
    if r == "year":
        return m.group("year")
    if r == "month":
        year = m.groupdict().get("year")
        month = norm.month_number(m.group("month"))
        return f"{int(year):04d}-{month:02d}" if year and month else None
    if r == "date":
        year, month, day = norm.date_parts(m.group(0))
        if month is None:
            return _INVALID
        if year is None:
            return None
        return norm.parse_date(m.group(0)) or _INVALID
    if r == "month_end":
        year = m.group("year")
        month = norm.month_number(m.group("month"))
        return f"{int(year):04d}-{month:02d}-{norm.last_day(int(year), month):02d}" if year else None
    if r == "between":
        a, b = norm.date_parts(m.group("a")), norm.date_parts(m.group("b"))
        if a[0] and b[0]:
            return f"{norm.parse_date(m.group('a'))}/{norm.parse_date(m.group('b'))}"
        return None
    if r in ("months_to", "year_to"):
        return None
    return None


def _reference(chosen: list[_Match], published: str | None) -> tuple[dt.date | None, int | None, bool]:
    """(reference date, reference financial-year start, is the document framed in financial years)."""
    fys = [norm.split_fy(c.m.group("fy")) for c in chosen if c.rule.resolve == "financial_year"]
    fys = [f for f in fys if f and f[1] - f[0] == 1]
    fy_framed = bool(fys)
    if published:
        ref = dt.date.fromisoformat(published)
        # the last financial year completed by the publication date
        fy_start = ref.year - 2 if ref.month <= 3 else ref.year - 1
        return ref, fy_start, fy_framed
    if fys:
        counts = Counter(f[0] for f in fys)
        best = max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
        return dt.date(best + 1, 3, 31), best, True
    years = []
    for c in chosen:
        v = _explicit_value(c)
        if isinstance(v, str):
            end = norm.period_end_year(v)
            if end:
                years.append(end)
    if years:
        return dt.date(max(years), 12, 31), None, False
    return None, None, False


def _resolve_all(text: str, chosen: list[_Match], published: str | None) -> tuple[list[Period], dt.date | None]:
    ref, ref_fy, fy_framed = _reference(chosen, published)
    out: list[Period] = []
    last_value: str | None = None
    for c in chosen:
        value = _explicit_value(c)
        if value is None:
            value = _relative_value(c, ref, ref_fy, fy_framed, last_value, published)
        kind = c.rule.kind
        out.append(Period(kind=kind, value=value, start=c.start, end=c.end, rule=c.rule.id))
        if value and c.rule.resolve not in ("today",):
            last_value = value
    return out, ref


def _relative_value(c: _Match, ref, ref_fy, fy_framed, last_value, published) -> str | None:
    r, m = c.rule.resolve, c.m
    ref_year = ref.year if ref else None
    if r in ("month_relative", "month_end_relative", "date_relative"):
        if ref_year is None:
            return None
        shift = {"this": 0, "last": -1, "next": 1}[m.group("rel").lower()]
        year = ref_year + shift
        month = norm.month_number(m.group("month"))
        if r == "month_relative":
            return f"{year:04d}-{month:02d}"
        day = int(m.group("day")) if r == "date_relative" else norm.last_day(year, month)
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return None
    if r in ("month", "month_end", "date"):
        if ref is None:
            return None
        month = norm.month_number(m.group("month")) if "month" in m.groupdict() else norm.date_parts(m.group(0))[1]
        year = ref.year if month <= ref.month else ref.year - 1
        if r == "month":
            return f"{year:04d}-{month:02d}"
        if r == "month_end":
            return f"{year:04d}-{month:02d}-{norm.last_day(year, month):02d}"
        return norm.parse_date(m.group(0), default_year=year)
    if r == "between":
        a_year, _, _ = norm.date_parts(m.group("a"))
        start = norm.parse_date(m.group("a"), default_year=a_year or ref_year)
        if not start:
            return None
        b_year, b_month, b_day = norm.date_parts(m.group("b"))
        year = b_year or int(start[:4])
        end = norm.parse_date(m.group("b"), default_year=year)
        if end and end < start:
            end = norm.parse_date(m.group("b"), default_year=year + 1)
        return f"{start}/{end}" if end else None
    if r in ("months_to", "year_to"):
        n = m.groupdict().get("n") or "12"
        months = int(n) if n.isdigit() else norm.WORD_NUMBERS.get(n.lower(), 12)
        year, month, day = norm.date_parts(m.group("end"))
        if year is None:
            ym = rx(YEAR).search(m.group("end"))
            year = int(ym.group(0)) if ym else ref_year
        if month is None:
            month = norm.month_number(rx(r"[A-Za-z]+").search(m.group("end")).group(0))
        if year is None or month is None:
            return None
        return norm.months_back(year, month, months, day)
    if r == "end_of_year":
        return f"{ref_year:04d}-12-31" if ref_year else None
    if r in ("year_before",):
        return norm.shift_back_a_year(last_value)
    if r == "back_reference":
        return last_value
    if r == "last_year":
        if fy_framed and ref_fy is not None:
            start = ref_fy if published else ref_fy - 1
            return norm.fy_interval(start)
        return f"{ref_year - 1:04d}" if ref_year else None
    if r == "this_year":
        return f"{ref_year:04d}" if ref_year else None
    if r == "next_year":
        return f"{ref_year + 1:04d}" if ref_year else None
    if r == "years_ago":
        if not published:
            return None
        n = m.group("n")
        years = int(n) if n.isdigit() else norm.WORD_NUMBERS.get(n.lower())
        return f"{ref_year - years:04d}" if years else None
    if r == "today":
        return published
    if r == "last_month":
        if not published:
            return None
        y, mth = (ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12)
        return f"{y:04d}-{mth:02d}"
    return None


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
