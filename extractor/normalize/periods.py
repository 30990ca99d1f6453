"""Pure functions that turn time expressions into ISO 8601 values.

UK financial years run 1 April to 31 March; academic years 1 September to 31 August.

>>> financial_year("2019-20")
'2019-04-01/2020-03-31'
>>> financial_year("2006/7")
'2006-04-01/2007-03-31'
>>> financial_year("2005-2008")
'2005-04-01/2008-03-31'
>>> parse_date("April 1, 2006")
'2006-04-01'
>>> parse_date("31st March 2007")
'2007-03-31'
>>> parse_date("March 31", default_year=2021)
'2021-03-31'
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

#: The month names, in order: the one table every component's month patterns and values come
#: from (the matching words, with abbreviations, are the ``months`` lexicon).
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
MONTHS = {**{name.lower(): i + 1 for i, name in enumerate(MONTH_NAMES)},
          **{name.lower()[:3]: i + 1 for i, name in enumerate(MONTH_NAMES)}, "sept": 9}
WORD_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "twelve": 12}

_FY = re.compile(r"^\s*((?:18|19|20)\d\d)\s?[-–/]\s?(\d{1,4})\s*$")


def fy_interval(start_year: int, end_year: int | None = None) -> str:
    """Financial-year interval from 1 April of start_year to 31 March of end_year.

    >>> fy_interval(2016)
    '2016-04-01/2017-03-31'
    """
    end_year = start_year + 1 if end_year is None else end_year
    return f"{start_year:04d}-04-01/{end_year:04d}-03-31"


def split_fy(surface: str) -> tuple[int, int] | None:
    """The two years of "2019-20", "2010/11", "2006/7", "2005-2008"; None if not a year pair.

    >>> split_fy("2019-20"), split_fy("2019-45"), split_fy("1999-00")
    ((2019, 2020), None, (1999, 2000))
    """
    m = _FY.match(surface)
    if not m:
        return None
    first, tail = int(m.group(1)), m.group(2)
    if len(tail) == 4:
        second = int(tail)
    elif len(tail) == 2:
        second = (first // 100) * 100 + int(tail)
        if second < first:
            second += 100
    elif len(tail) == 1:
        second = (first // 10) * 10 + int(tail)
        if second < first:
            second += 10
    else:
        return None
    if second <= first or second - first > 10 or (len(tail) < 4 and second - first != 1):
        return None
    return first, second


def financial_year(surface: str) -> str | None:
    years = split_fy(surface)
    return fy_interval(*years) if years else None


def academic_year(surface: str) -> str | None:
    """An academic year (1 September to 31 August) as an interval.

    >>> academic_year("2019/20")
    '2019-09-01/2020-08-31'
    """
    years = split_fy(surface)
    return f"{years[0]:04d}-09-01/{years[1]:04d}-08-31" if years else None


def month_number(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


_DATE_PARTS = re.compile(
    r"(?:(?<!\d)(?P<d1>\d{1,2})(?!\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>[A-Za-z]+)\.?,?(?:\s+(?P<y1>\d{4}))?"
    r"|(?P<m2>[A-Za-z]+)\.?\s+(?P<d2>\d{1,2})(?!\d)(?:st|nd|rd|th)?(?:,?\s+|,)?(?P<y2>\d{4})?)"
)


def parse_date(surface: str, default_year: int | None = None) -> str | None:
    """A day in UK or US order, with or without the year.

    >>> parse_date("March 31,2019"), parse_date("31 March 2019"), parse_date("March 31", 2020)
    ('2019-03-31', '2019-03-31', '2020-03-31')
    """
    m = _DATE_PARTS.search(surface)
    if not m:
        return None
    day = int(m.group("d1") or m.group("d2"))
    month = month_number(m.group("m1") or m.group("m2"))
    year_text = m.group("y1") or m.group("y2")
    year = int(year_text) if year_text else default_year
    if month is None or year is None:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def date_parts(surface: str) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of a date surface, None where absent."""
    m = _DATE_PARTS.search(surface)
    if not m:
        return None, None, None
    year_text = m.group("y1") or m.group("y2")
    return (int(year_text) if year_text else None, month_number(m.group("m1") or m.group("m2")),
            int(m.group("d1") or m.group("d2")))


def shift_back_a_year(value: str | None, years: int = 1) -> str | None:
    """The same period ``years`` years earlier ("the year before", "five years earlier").

    >>> shift_back_a_year("2021-03-31"), shift_back_a_year("2019-04-01/2020-03-31"), shift_back_a_year("2016")
    ('2020-03-31', '2018-04-01/2019-03-31', '2015')
    >>> shift_back_a_year("2023-04-01/2024-03-31", 5)
    '2018-04-01/2019-03-31'
    """
    if not value or not value[:4].isdigit():
        return None

    def back(part: str) -> str:
        year, rest = part[:4], part[4:]
        if rest == "-02-29":
            rest = "-02-28"
        return f"{int(year) - years:04d}{rest}"

    return "/".join(back(p) for p in value.split("/"))


def in_year(value: str | None, year: int) -> str | None:
    """The same months or days in another year ("the same period in 1987").

    >>> in_year("2024-01-01/2024-03-31", 1987), in_year("2024-04", 2023), in_year("2024", 2021)
    ('1987-01-01/1987-03-31', '2023-04', '2021')

    A span across the turn of a year is "in" the year that holds most of its months: after "the year
    ending September 2016", "the same period in 2015" is the year ending September 2015.

    >>> in_year("2015-10-01/2016-09-30", 2015), in_year("2021-04-01/2022-03-31", 2019)
    ('2014-10-01/2015-09-30', '2019-04-01/2020-03-31')
    """
    if not value or not value[:4].isdigit():
        return None
    first, _, last = value.partition("/")
    if last[:4].isdigit() and len(first) >= 7 and len(last) >= 7 and first[5:7].isdigit() and last[5:7].isdigit():
        start_year, end_year = int(first[:4]), int(last[:4])
        if end_year == start_year + 1 and int(last[5:7]) > 12 - int(first[5:7]) + 1:
            # (more of its months after the turn of the year than before it)
            return shift_back_a_year(value, end_year - year)
    return shift_back_a_year(value, int(value[:4]) - year)


def months_before(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) ``months`` months before year/month.

    >>> months_before(2024, 4, 1), months_before(2024, 1, 1), months_before(2012, 8, 24)
    ((2024, 3), (2023, 12), (2010, 8))
    """
    total = year * 12 + (month - 1) - months
    y, m = divmod(total, 12)
    return y, m + 1


def months_back(end_year: int, end_month: int, months: int, end_day: int | None = None) -> str | None:
    """Interval of `months` months ending with end_month/end_year (on ``end_day``, else its last
    day); None when ``end_day`` is no day of that month ("29 February 2023").

    >>> months_back(2019, 9, 12)
    '2018-10-01/2019-09-30'
    >>> months_back(2023, 2, 12, 29) is None
    True
    """
    if end_day is not None and not 1 <= end_day <= last_day(end_year, end_month):
        return None
    total = end_year * 12 + (end_month - 1) - (months - 1)
    start_year, start_month = divmod(total, 12)
    day = end_day or last_day(end_year, end_month)
    return f"{start_year:04d}-{start_month + 1:02d}-01/{end_year:04d}-{end_month:02d}-{day:02d}"


def period_end(value: str | None) -> dt.date | None:
    """The last day of an ISO period value: '2015' → 2015-12-31, '2019-03' → 2019-03-31,
    '2014-12-01/2015-01-05' → 2015-01-05; None if it is not one.

    >>> period_end("2014-12-01/2015-01-05"), period_end("2020-02")
    (datetime.date(2015, 1, 5), datetime.date(2020, 2, 29))
    """
    if not value:
        return None
    last = value.split("/")[-1]
    try:
        if len(last) == 4:
            return dt.date(int(last), 12, 31)
        if len(last) == 7:
            y, m = int(last[:4]), int(last[5:7])
            return dt.date(y, m, calendar.monthrange(y, m)[1])
        return dt.date.fromisoformat(last[:10])
    except ValueError:
        return None


def period_span(value: str | None) -> tuple[dt.date, dt.date] | None:
    """(first day, last day) of any ISO period value: a year, a month, a day or an interval of them.

    >>> period_span("2023"), period_span("2023-06/2023-09")[1], period_span("x")
    ((datetime.date(2023, 1, 1), datetime.date(2023, 12, 31)), datetime.date(2023, 9, 30), None)
    """
    if not value:
        return None
    first = value.split("/")[0]
    try:
        if len(first) == 4:
            start = dt.date(int(first), 1, 1)
        elif len(first) == 7:
            start = dt.date(int(first[:4]), int(first[5:7]), 1)
        else:
            start = dt.date.fromisoformat(first[:10])
    except ValueError:
        return None
    end = period_end(value)
    return (start, end) if end is not None and start <= end else None


def day_span(value: str | None) -> tuple[dt.date, dt.date] | None:
    """(first day, last day) of a day-precise interval, else None.

    >>> day_span("2017-10-01/2018-09-30"), day_span("2019"), day_span("2019-04/2020-03")
    ((datetime.date(2017, 10, 1), datetime.date(2018, 9, 30)), None, None)
    """
    if not value or "/" not in value:
        return None
    a, _, b = value.partition("/")
    if len(a) != 10 or len(b) != 10:
        return None
    try:
        return dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    except ValueError:
        return None


def period_end_year(value: str | None) -> int | None:
    if not value:
        return None
    try:
        return int(value.split("/")[-1][:4])
    except ValueError:
        return None
