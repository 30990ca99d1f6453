"""Period families of round 3 (new text): a span whose two ends each date a figure of a change is
two periods; year codes in a story about schools are academic years and keep the kind of their
spelling; an undated story of one month's figures takes its year from the same month a year
before; "the quarter to March"; "the busiest April ever". Phrasings are our own."""
from __future__ import annotations

import pytest

from extractor.components.periods import analyse_periods


def periods(text: str, published: str | None = None) -> list[tuple[str, str, str | None]]:
    found, _ref = analyse_periods(text, published, [])
    return [(text[p.start:p.end], p.kind, p.value) for p in found]


# --- a span whose ends date the two figures of a change: two periods ----------------------------
@pytest.mark.parametrize("text,expected", [
    ("From 2017 to 2022 the number of wardens fell from 48 to 31.",
     [("2017", "year", "2017"), ("2022", "year", "2022")]),
    ("Between 2015 and 2021, bus journeys dropped from 4.1 million to 2.9 million.",
     [("2015", "year", "2015"), ("2021", "year", "2021")]),
    ("Average fines climbed from £210 to £395 between 2017/18 and 2022/23.",
     [("2017/18", "financial_year", "2017-04-01/2018-03-31"), ("2022/23", "financial_year", "2022-04-01/2023-03-31")]),
    ("Between August 2020 and May 2022 the queue grew from 1,020 to 1,880 cases.",
     [("August 2020", "month", "2020-08"), ("May 2022", "month", "2022-05")]),
    ("Between 3 May 2021 and 9 June 2022 the tally went from 12 to 19.",
     [("3 May 2021", "date", "2021-05-03"), ("9 June 2022", "date", "2022-06-09")]),
    ("Over 2016-2021, vacancies went from 310 to 520.", [("2016", "year", "2016"), ("2021", "year", "2021")]),
])
def test_a_span_with_a_figure_at_each_end_is_two_periods(text, expected):
    assert periods(text) == expected


@pytest.mark.parametrize("text,surface", [
    # two consecutive years: the year between them (issue 14), even with figures at both ends
    ("Between 2021 and 2022 referrals went from 610 to 655.", "Between 2021 and 2022"),
    # no figure at each end: a span over which something was counted or changed
    ("Between 2012 and 2019, 3,400 homes were finished.", "Between 2012 and 2019"),
    ("Thefts went up by 14% from 2018 to 2023.", "from 2018 to 2023"),
    ("Poverty fell sharply between 2001/02 and 2010/11 when 600,000 pupils were lifted out of it.",
     "between 2001/02 and 2010/11"),
    # the span is one financial year: its figures are that year's
    ("Assaults between April 2016 and March 2017 went from 40 to 52.", "between April 2016 and March 2017"),
    ("The 2016-2021 plan cut 400 posts.", "2016-2021"),
])
def test_spans_that_stay_one_range(text, surface):
    assert surface in [s for s, _k, _v in periods(text)]


# --- year codes in a story about schools -------------------------------------------------------------
@pytest.mark.parametrize("text,surface,value", [
    ("The Department for Education said pupils were suspended 12,400 times in 2021-22, against 9,800 in 2020-21.",
     "2020-21", "2020-09-01/2021-08-31"),
    ("Schools recorded 310 exclusions in 2022/23; the year before there were 270.", "the year before",
     "2021-09-01/2022-08-31"),
    ("Teachers in 44 academies set GCSE mocks in 2023-24.", "2023-24", "2023-09-01/2024-08-31"),
])
def test_codes_in_a_school_story_are_academic_years(text, surface, value):
    got = {s: (k, v) for s, k, v in periods(text)}
    assert got[surface][1] == value
    if surface[0].isdigit():
        assert got[surface][0] == "financial_year"  # the kind of the spelling (FORMAT.md)


@pytest.mark.parametrize("text,surface", [
    # one school word only
    ("Exclusions rose to 90 in 2021/22.", "2021/22"),
    # money: a budget year
    ("Pupils at the school face cuts as the 2023/24 budget for teachers falls by £1m.", "2023/24"),
    # a police story that mentions schools
    ("Police recorded 85 knife offences near schools in 2022/23, with pupils among the victims.", "2022/23"),
])
def test_codes_that_stay_financial_years(text, surface):
    got = {s: v for s, _k, v in periods(text)}
    assert got[surface].endswith("-03-31")


def test_an_academic_code_named_as_such_keeps_its_kind():
    got = {s: (k, v) for s, k, v in periods("In the 2021/22 academic year 1,400 pupils were absent, up from 1,100 in 2020/21.")}
    assert got["2020/21"] == ("financial_year", "2020-09-01/2021-08-31")


# --- an undated story of one month's figures --------------------------------------------------------
def test_undated_month_story_takes_its_year_from_the_same_month_a_year_before():
    text = ("Some 5,210 people visited the minor injuries unit last month, figures show. There were 5,210 visits in "
            "June, up 7% on the 4,870 visits in June 2022 and 3% more than in May.")
    got = {s: v for s, _k, v in periods(text)}
    assert got["last month"] == "2023-06"
    assert got["June"] == "2023-06"
    assert got["May"] == "2023-05"
    assert got["June 2022"] == "2022-06"


def test_same_time_in_a_year_fixes_a_last_month_story():
    text = ("Ambulances took 41 minutes on average to reach heart attack patients last month. In March the wait "
            "was 44 minutes. Calls were 6% higher than the same time in 2022.")
    got = {s: v for s, _k, v in periods(text)}
    assert got["last month"] == got["March"] == "2023-03"
    assert got["the same time in 2022"] == "2022-03"


@pytest.mark.parametrize("text,surface", [
    # no comparison with a year: nothing fixes the year
    ("There were 3,100 calls in April, against 2,900 in March.", "April"),
    # a comparison with another month: not the story's month a year before
    ("There were 3,100 calls in April, up from 2,800 in January 2021.", "April"),
])
def test_undated_month_story_near_misses(text, surface):
    got = {s: v for s, _k, v in periods(text)}
    assert got[surface] is None


def test_a_story_that_dates_its_own_month_keeps_that_year():
    # the compared month is in the year the story itself names: no year after it
    text = ("Prices rose by 2.1% in the 12 months to May 2021, up from 1.8% to April. Rents rose by 1.2% "
            "in the 12 months to May 2021, up from 0.9% to April 2021.")
    got = [(s, v) for s, _k, v in periods(text)]
    assert ("April", "2022-04") not in got and ("April 2021", "2021-04") in got


@pytest.mark.parametrize("text,surface", [
    ("There were 3,100 calls in April, against 2,900 in March.", "April"),
])
def test_undated_month_story_near_misses(text, surface):
    got = {s: v for s, _k, v in periods(text)}
    assert got[surface] is None


# --- "the quarter to March" ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,published,surface,kind,value", [
    ("Vacancies fell 2% in the quarter to March.", "2024-05-14", "the quarter to March", "relative",
     "2024-01-01/2024-03-31"),
    ("Output grew 0.3% in the quarter to September 2023.", None, "the quarter to September 2023", "range",
     "2023-07-01/2023-09-30"),
    ("Sales rose in the quarter ending June 2022.", None, "the quarter ending June 2022", "range",
     "2022-04-01/2022-06-30"),
])
def test_the_quarter_to_a_month(text, published, surface, kind, value):
    assert (surface, kind, value) in periods(text, published)


def test_the_quarter_to_march_does_not_make_a_story_count_in_financial_years():
    got = {s: v for s, _k, v in periods("Claims rose 3% in the quarter to March. Last year there were 420.",
                                         "2024-05-14")}
    assert got["Last year"] == "2023"


# --- "the busiest April ever" ------------------------------------------------------------------------
@pytest.mark.parametrize("text,surface,value", [
    ("Attendances hit 2.1 million, the busiest April ever.", "April", "2024-04"),
    ("It was the wettest June on record for the county.", "June", "2023-06"),
])
def test_a_month_after_a_superlative(text, surface, value):
    assert (surface, "month", value) in periods(text, "2024-05-10")


@pytest.mark.parametrize("text", [
    "The busiest May Day parade was in the village.",
    "She was the busiest person in the office.",
])
def test_superlative_near_misses(text):
    assert periods(text, "2024-05-10") == []


def test_negative_figures_at_both_ends():
    text = "Between March and June 2020 the index went from -0.4% to -1.2%."
    assert periods(text) == [("March", "month", "2020-03"), ("June 2020", "month", "2020-06")]


# --- datelines -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("line,date", [
    ("Release date: 24 July 2024", "2024-07-24"),
    ("Date of release: 3 May 2022", "2022-05-03"),
    ("March 12, 2024 — 5 min read", "2024-03-12"),
    ("12 March 2024 – 4 min read", "2024-03-12"),
])
def test_more_dateline_shapes(line, date):
    from extractor.published import find_published
    assert find_published(f"Headline\n\n{line}\n\nStory text follows here.")[:2] == (date, "dateline")


def test_a_dated_sentence_is_no_dateline():
    from extractor.published import find_published
    assert find_published("Headline\n\n12 March 2024 – the council met\n\nStory text.")[:2] == (None, None)


# --- "April the previous year": that month of the year before the figures' ----------------------------
@pytest.mark.parametrize("text,published,surface,value", [
    ("The clinic saw 820 people in June, up from 700 in June the previous year.", "2023-07-12",
     "June the previous year", "2022-06"),
    ("In March 2019 there were 95 fires, against 80 in March a year earlier.", None, "March a year earlier", "2018-03"),
    ("Deliveries reached 4,100 in October 2022, up from 3,900 in October the year before.", None,
     "October the year before", "2021-10"),
])
def test_a_month_of_the_year_before(text, published, surface, value):
    assert (surface, "relative", value) in periods(text, published)


def test_undated_month_story_with_a_compared_figure_more_than_double():
    text = ("Visits rose last month. There were 9,400 in May, more than double the 4,300 seen during May 2020, "
            "and 300 fewer than in April.")
    got = {s: v for s, _k, v in periods(text)}
    assert got["May"] == "2021-05" and got["last month"] == "2021-05" and got["April"] == "2021-04"


@pytest.mark.parametrize("text", [
    "Visits rose in April. A year earlier the ward had shut.",
    "Sales in May the previous years were flat.",
    "The clinic opened in June, the year before the merger.",
])
def test_month_of_the_year_before_near_misses(text):
    assert not any(k == "relative" and s[0].isupper() and s.split()[0] in ("April", "May", "June")
                   for s, k, _v in periods(text, "2023-07-12"))


# --- the edges of a year named relatively ---------------------------------------------------------------
@pytest.mark.parametrize("text,surface,value", [
    ("At the end of last year 812 people were on the list.", "the end of last year", "2023-12-31"),
    ("Since the start of the year, 40 fires have been reported.", "the start of the year", "2024-01-01"),
    ("Some 200 more posts will go by the end of this year.", "the end of this year", "2024-12-31"),
    ("At the beginning of next year fares rise by 5%.", "the beginning of next year", "2025-01-01"),
])
def test_edges_of_a_relative_year(text, surface, value):
    assert (surface, "relative", value) in periods(text, "2024-05-16")


@pytest.mark.parametrize("text", [
    "At the end of the year 2023 there were 5 cases.",  # the year is written: not the reference year
    "It marks the end of the yearly cycle.",
])
def test_edges_of_a_relative_year_near_misses(text):
    assert not any(s.startswith(("the end of the year", "the end of the yearly")) for s, _k, _v in periods(text, "2024-05-16"))


@pytest.mark.parametrize("text, surface, value", [
    ("The council will spend £12m on roads in the coming year.", "the coming year", "2025"),
    ("It has set aside £3m for the forthcoming year.", "the forthcoming year", "2025"),
])
def test_the_coming_year_is_next_year(text, surface, value):
    got = {s: v for s, _k, v in periods(text, "2024-05-20")}
    assert got[surface] == value


def test_the_following_year_is_the_year_after_the_one_named():
    got = {s: v for s, _k, v in periods("In 2019 there were 12 deaths and in the following year 15.", "2024-05-20")}
    assert got.get("the following year") in (None, "2020") and "2025" not in got.values()


@pytest.mark.parametrize("text, surface, value", [
    ("In the 1990s the town lost 4,000 jobs.", "1990s", "1990-01-01/1999-12-31"),
    ("Prices doubled during the 2010s.", "2010s", "2010-01-01/2019-12-31"),
])
def test_a_decade_is_its_ten_years(text, surface, value):
    got = {s: (k, v) for s, k, v in periods(text, "2024-05-20")}
    assert got[surface] == ("range", value)


def test_a_year_is_not_a_decade():
    assert [(s, k) for s, k, _v in periods("In 1990 the town lost 4,000 jobs.", "2024-05-20")] == [("1990", "year")]


@pytest.mark.parametrize("text, value", [
    ("The trust spent £4m in the financial year ending 2023.", "2022-04-01/2023-03-31"),
    ("Receipts rose in the tax year to 2024.", "2023-04-01/2024-03-31"),
    ("Accounts for the financial year ended 31 March 2022 show a deficit.", "2021-04-01/2022-03-31"),
])
def test_a_financial_year_named_by_its_end(text, value):
    assert value in [v for _s, _k, v in periods(text, "2024-05-20")]


def test_a_year_named_alone_stays_a_year():
    assert [(k, v) for _s, k, v in periods("The trust spent £4m in 2023.", "2024-05-20")] == [("year", "2023")]
