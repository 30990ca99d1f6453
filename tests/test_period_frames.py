"""Periods whose kind or value depends on the story's frame: financial-year pairs and spans of
years, "this year" in a story told in financial years, parts and runs of quarters of a financial
year, back-references that must not anchor on a compared figure or a record's start, and "last
year" as the newer side of a change or as the statistical year of a year-to-month story.

Phrasings are written for these tests (not taken from the corpus); each family has near-misses."""
import pytest

from extractor.components.periods import find_periods


def periods(text, published=None):
    return [(text[p.start:p.end], p.kind, p.value) for p in find_periods(text, published)]


def period(text, surface, published=None):
    found = [p for p in periods(text, published) if p[0] == surface]
    assert found, (surface, periods(text, published))
    return found[0]


# -- two years joined by "to" or a dash ---------------------------------------------------------

@pytest.mark.parametrize("text, surface, kind, value", [
    # GOV.UK names a financial year "2025 to 2026": one financial year, framed or not
    ("Council tax bills for 2025 to 2026 go up by 4.99%.", "2025 to 2026", "financial_year", "2025-04-01/2026-03-31"),
    ("Reserves stood at £30m in 2021 to 2022.", "2021 to 2022", "financial_year", "2021-04-01/2022-03-31"),
    ("The savings plan for 2019 to 2020 is on track.", "2019 to 2020", "financial_year", "2019-04-01/2020-03-31"),
    # a tight consecutive pair stays one financial year
    ("The plan covers 2019-2020 only.", "2019-2020", "financial_year", "2019-04-01/2020-03-31"),
    # near-misses: "from ... to" is a range of calendar years; years further apart are a range
    ("Burglaries rose by a fifth from 2016 to 2017.", "from 2016 to 2017", "range", "2016-01-01/2017-12-31"),
    ("The scheme ran from 2016 to 2019 in three towns.", "from 2016 to 2019", "range", "2016-01-01/2019-12-31"),
    ("Visitor numbers grew in 2012-2019 by a third.", "2012-2019", "range", "2012-01-01/2019-12-31"),
    ("Thefts fell across 2008-2014, the report says.", "2008-2014", "range", "2008-01-01/2014-12-31"),
])
def test_year_pairs(text, surface, kind, value):
    assert period(text, surface) == (surface, kind, value)


def test_a_span_of_years_in_a_story_told_in_financial_years_runs_april_to_march():
    text = "The park's 2012-2019 visitor figures. In 2018-19 it cost £2m to run."
    assert period(text, "2012-2019") == ("2012-2019", "range", "2012-04-01/2019-03-31")


# -- "this year" in a story told in financial years ------------------------------------------------

@pytest.mark.parametrize("text, published, value", [
    # undated: the financial year the story is about
    ("In 2021-22 the trust treated 8,000 patients and this year it has treated 9,100.", None,
     "2021-04-01/2022-03-31"),
    ("The hospital saw 52,000 people in 2015/16. It missed the target for 3,000 of them this year.", None,
     "2015-04-01/2016-03-31"),
    # (a baseline alone does not say which financial year the story is about)
    ("The hospital missed the target for 3,000 people this year, up from 900 in 2015/16.", None, None),
    # near-misses: with a publication date "this year" is literal; in an undated calendar story a year
    # set against "this year" does not say which year it is (FORMAT.md)
    ("In 2021-22 the trust treated 8,000 patients and this year it has treated 9,100.", "2022-09-14", "2022"),
    ("In 2021 the club sold 8,000 tickets and this year it has sold 9,100.", None, None),
])
def test_this_year_in_a_financial_year_story(text, published, value):
    assert period(text, "this year", published)[2] == value


# -- the same period of the previous (financial) year ----------------------------------------------

@pytest.mark.parametrize("text, surface, value", [
    ("Attendance was 91% in 2016-17, against 93% in the same period of the previous financial year.",
     "the same period of the previous financial year", "2015-04-01/2016-03-31"),
    ("Refunds reached £2m in 2018/19, up from £1m in the same period of last year.",
     "the same period of last year", "2017-04-01/2018-03-31"),
    ("In March 2020 there were 410 calls, compared with 380 in the same month of the previous year.",
     "the same month of the previous year", "2019-03"),
])
def test_same_period_of_the_previous_year_is_one_period(text, surface, value):
    assert period(text, surface)[2] == value
    # not split into "the same period" and a second period "the previous financial year"
    assert not any(s in ("the previous financial year", "the previous year") for s, _k, _v in periods(text))


# -- parts and runs of quarters of a financial year -------------------------------------------------

@pytest.mark.parametrize("text, published, surface, value", [
    ("Spending in the first half of the financial year was £4m above budget, the 2022/23 report says.", None,
     "the first half of the financial year", "2022-04-01/2022-09-30"),
    ("In 2010-11, over the first six months of the financial year, 96% were seen in time.", None,
     "the first six months of the financial year", "2010-04-01/2010-09-30"),
    ("In 2019/20 the first nine months of the year saw 700 arrests.", None,
     "the first nine months of the year", "2019-04-01/2019-12-31"),
    ("The service hit its target in Q2 and Q3 of 2018-19.", None, "Q2 and Q3 of 2018-19", "2018-07-01/2018-12-31"),
    ("Waiting lists grew in quarters 1 to 3 of 2020/21.", None, "quarters 1 to 3 of 2020/21", "2020-04-01/2020-12-31"),
    ("The overspend was £2m in quarter 4 of the 2022/23 financial year.", None,
     "quarter 4 of the 2022/23 financial year", "2023-01-01/2023-03-31"),
    ("Budget Management Quarter 2 2023/24", None, "Quarter 2 2023/24", "2023-07-01/2023-09-30"),
    # near-miss: a calendar story's quarters start in January
    ("Sales in the first two quarters of the year rose.", "2023-09-20",
     "the first two quarters of the year", "2023-01-01/2023-06-30"),
    ("Profits rose in Q1 and Q2 of 2023.", None, "Q1 and Q2 of 2023", "2023-01-01/2023-06-30"),
])
def test_parts_of_a_financial_year(text, published, surface, value):
    assert period(text, surface, published)[2] == value


def test_a_run_of_quarters_backwards_is_not_a_period():
    text = "Figures for Q3 and Q1 of 2020-21 were revised."
    assert not any(s.startswith("Q3 and Q1") for s, _k, _v in periods(text))


@pytest.mark.parametrize("text, published, surface, value", [
    # a quarter named by its number alone, in a story told in financial years
    ("The 2022/23 forecast overspend was £3m at the end of Quarter 1 and £5m in the Q2 forecast.", None,
     "the end of Quarter 1", "2022-06-30"),
    ("The 2022/23 forecast overspend was £3m at the end of Quarter 1 and £5m in the Q2 forecast.", None,
     "Q2", "2022-07-01/2022-09-30"),
    ("Q4 2024/25 Budget Report. The quarter 1 forecast had been an overspend of £9m.", None,
     "quarter 1", "2024-04-01/2024-06-30"),
    # a calendar story with a publication date: the latest such quarter ended by then
    ("Profits rose in Q3, the company said.", "2023-11-20", "Q3", "2023-07-01/2023-09-30"),
    # near-miss: no frame and no date, nothing fixes the year
    ("The Quarter 2 forecast was £5m.", None, "Quarter 2", None),
])
def test_quarter_numbers_without_a_year(text, published, surface, value):
    assert period(text, surface, published) == (surface, "relative", value)


@pytest.mark.parametrize("text", [
    "The Q2 2022 results",        # a year follows: the quarter code rule takes it
    "quarter 2-3 of 2021",        # a run with its year
    "Building Q1.5 was opened",   # not a quarter
])
def test_quarter_numbers_with_more_after_them_are_not_bare_quarters(text):
    assert not any(s in ("Q2", "quarter 2", "Q1") and k == "relative" for s, k, _v in periods(text))


# -- "last year" as the newer side of a change (undated, financial years) ----------------------------

@pytest.mark.parametrize("text, published, value", [
    ("There were 1,900 referrals in 2019/20. That number climbed to 2,450 last year.", None,
     "2020-04-01/2021-03-31"),
    ("Fines totalled £40,000 in 2017-18, and they rose by a half to £60,000 last year.", None,
     "2018-04-01/2019-03-31"),
    # near-misses: a baseline ("up from ... last year") or a plain mention is the story's year
    ("There were 1,900 referrals in 2019/20, up from 1,700 last year.", None, "2019-04-01/2020-03-31"),
    ("Figures for 2019/20 show 1,900 referrals. Last year there were 1,900 too.", None, "2019-04-01/2020-03-31"),
])
def test_last_year_as_the_newer_value_of_a_change(text, published, value):
    found = [p for p in periods(text, published) if p[0].lower() == "last year"]
    assert found and found[0][2] == value


# -- back-references that must not anchor on a compared period or a record's start ------------------

def test_a_corresponding_figures_year_is_not_what_a_year_earlier_counts_from():
    text = ("The backlog was 60,000 at the end of June (the corresponding figure for 2023 in brackets): "
            "Leeds 400 (380). Nationally it is up 8% from 55,000 a year earlier.")
    assert period(text, "a year earlier", "2024-09-20")[2] == "2023-06-30"


@pytest.mark.parametrize("text, value", [
    ("Thefts in the year to June were the highest since 2009. In the same period arrests fell by a tenth.",
     "2018-07-01/2019-06-30"),
    ("Thefts in the year to June were at their lowest level since 2009. Over the same period arrests fell.",
     "2018-07-01/2019-06-30"),
    # near-miss: a change's baseline years ago does make "the same period" run from it
    ("Thefts fell from 9,000 in 2009 to 6,000 in the year to June. Over the same period arrests fell by a tenth.",
     "2009-01-01/2019-06-30"),
])
def test_same_period_after_a_record_since_a_year(text, value):
    assert period(text, "the same period", "2019-10-17")[2] == value


# -- "last year" in a story about a twelve-month span ---------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Thefts in the year to June rose 5%. Burglary also rose 7 per cent last year.", "2018-07-01/2019-06-30"),
    ("Offences in the 12 months to September 2019 rose 3%, and robbery rose faster last year.",
     "2018-10-01/2019-09-30"),
    # near-misses: a calendar year named, or a span that ended long before publication
    ("Thefts in 2018 rose 5%. Burglary also rose 7 per cent last year.", "2018"),
    ("Thefts in the year to June 2015 rose 5%. Burglary also rose 7 per cent last year.", "2018"),
])
def test_last_year_after_a_twelve_month_span(text, value):
    assert period(text, "last year", "2019-10-17")[2] == value


# -- chains and spans of years counted back from a year ---------------------------------------------

@pytest.mark.parametrize("text, surface, value", [
    ("In 2019/20 there were 500, up from 400 the year before and 300 the year before that.",
     "the year before that", "2017-04-01/2018-03-31"),
    ("Sales reached 9,000 in 2021; the year before last they were 7,000.", "the year before last", "2019"),
])
def test_the_year_before_that(text, surface, value):
    assert period(text, surface)[2] == value


def test_the_year_before_that_figure_is_only_the_year_before():
    text = "Sales reached 9,000 in 2021, up from 8,000 the year before that figure was revised."
    assert period(text, "the year before")[2] == "2020"


@pytest.mark.parametrize("text, surface, value", [
    ("The population rose 6% in the decade to 2021, the census shows.", "the decade to 2021",
     "2012-01-01/2021-12-31"),
    ("Fly-tipping doubled in the five years to 2023.", "the five years to 2023", "2019-01-01/2023-12-31"),
    ("House prices rose in the 10 years up to 2019.", "the 10 years up to 2019", "2010-01-01/2019-12-31"),
])
def test_years_to_a_year(text, surface, value):
    assert period(text, surface) == (surface, "relative", value)


@pytest.mark.parametrize("text", [
    "The reserve will last ten years to 2031 at most.",   # no "the": a duration
    "over the ten years to 2020/21 the fund grew",        # a financial year end: not taken as a calendar span
])
def test_years_to_a_year_near_misses(text):
    assert not any(k == "relative" and v and v.endswith("-12-31") for _s, k, v in periods(text))


# -- two financial years joined by between/from: one range ------------------------------------------

@pytest.mark.parametrize("text, surface, value", [
    ("Exclusions fell steadily between 2006/07 and 2012/13.", "between 2006/07 and 2012/13",
     "2006-04-01/2013-03-31"),
    ("Admissions rose by 9% from 2015-16 to 2018-19, the trust said.", "from 2015-16 to 2018-19",
     "2015-04-01/2019-03-31"),
])
def test_between_two_financial_years(text, surface, value):
    assert period(text, surface) == (surface, "range", value)


def test_figures_in_two_financial_years_stay_two_periods():
    # near-miss: each financial year dates its own figure
    text = "Exclusions rose from 6,100 in 2015/16 to 7,000 in 2016/17."
    assert [s for s, _k, _v in periods(text)] == ["2015/16", "2016/17"]


# -- comparable / corresponding periods; "earlier than expected" ------------------------------------

@pytest.mark.parametrize("text, surface, value", [
    ("Visitors spent £40m between April and June 2019, up 6% on the comparable period in 2018.",
     "the comparable period in 2018", "2018-04-01/2018-06-30"),
    ("Calls rose in the first quarter of 2022, against the corresponding quarter of 2021.",
     "the corresponding quarter of 2021", "2021-01-01/2021-03-31"),
])
def test_comparable_period_in_a_year(text, surface, value):
    assert period(text, surface)[2] == value


@pytest.mark.parametrize("text", [
    "The target was reached two years earlier than planned, in 2018.",
    "The road reopened a year earlier than expected.",
    "The accounts were published one month earlier than required.",
])
def test_earlier_than_is_not_a_period(text):
    assert not any("earlier" in s for s, _k, _v in periods(text))


def test_years_earlier_is_still_a_period():
    text = "In 2020 there were 600 cases; five years earlier there were 400."
    assert period(text, "five years earlier")[2] == "2015"


@pytest.mark.parametrize("text, spans", [
    # financial years side by side head a table's columns: each is a period
    ("Council 2021/22 2022/23\nStockport 57.1 58.3\nWigan 60.2 61.0", ["2021/22", "2022/23"]),
    ("Area 2022-23 2023-24 Change\nKent 1,204 1,310 +8.8%", ["2022-23", "2023-24"]),
    # near-miss: a financial year right after an ordinary number stays vetoed
    ("It cost 12 2022/23 pounds", []),
])
def test_financial_year_headings_side_by_side(ex, text, spans):
    assert [p["span"]["text"] for p in ex.extract(text)["periods"]] == spans


@pytest.mark.parametrize("text, spans", [
    # a comma between month and year keeps them one period
    ("There were 1,204 offenders at the end of March, 2023, the figures show.", ["the end of March, 2023"]),
    ("Unemployment fell to 2.1 per cent in May, 2022.", ["May, 2022"]),
    # "May" is a month where a month's place is clear, never the verb
    ("The rate was down from 2.8 per cent in May.", ["May"]),
    ("It may, in time, fall again.", []),
    # near-miss: a comma before a figure is no year
    ("In March, 2,000 people applied.", ["March"]),
])
def test_month_comma_year_and_may(ex, text, spans):
    assert [p["span"]["text"] for p in ex.extract(text)["periods"]] == spans


# -- a range's two ends joined by "up to", "till", "through" ----------------------------------------

@pytest.mark.parametrize("text, surface, value", [
    ("There were 7,300 crimes recorded from July 2015 up to June this year.",
     "from July 2015 up to June this year", "2015-07-01/2016-06-30"),
    ("Some 310 homes were sold from 1 April 2021 up until 31 March 2022.",
     "from 1 April 2021 up until 31 March 2022", "2021-04-01/2022-03-31"),
    ("The pool was open from May till September 2022, with 40,000 visits.",
     "from May till September 2022", "2022-05-01/2022-09-30"),
    ("Between March 2020 through February 2021 there were 120 deaths.",
     "Between March 2020 through February 2021", "2020-03-01/2021-02-28"),
])
def test_range_ends_joined_by_up_to_till_through(text, surface, value):
    assert period(text, surface, "2016-10-21")[1:] == ("range", value)


def test_up_to_without_from_is_no_range():
    # "up to" a month without a start is not a range of two ends
    found = periods("Prices went up to June this year from April.", "2016-10-21")
    assert all(kind != "range" for _, kind, _ in found), found


# -- a range whose first month is dated relative to the story ---------------------------------------

@pytest.mark.parametrize("text, surface, value", [
    ("Between October last year and January this year, 400 drivers were stopped.",
     "Between October last year and January this year", "2023-10-01/2024-01-31"),
    ("From October last year to January 2024 there were 400 stops.",
     "From October last year to January 2024", "2023-10-01/2024-01-31"),
    ("Between November last year and February, 90 beds were closed.",
     "Between November last year and February", "2023-11-01/2024-02-29"),
    ("From March this year to May, 12 schools shut.", "From March this year to May", "2024-03-01/2024-05-31"),
])
def test_range_from_a_month_of_last_or_this_year(text, surface, value):
    assert period(text, surface, "2024-05-20")[1:] == ("range", value)


def test_a_month_of_last_year_alone_stays_a_month():
    assert period("In October last year 400 drivers were stopped.", "October last year", "2024-05-20")[2] == "2023-10"


# -- a quarter named by its two months; a half-year code -------------------------------------------

@pytest.mark.parametrize("text, surface, value", [
    ("In the April to June quarter, 4,100 homes were sold.", "the April to June quarter", "2023-04-01/2023-06-30"),
    ("In the July-September quarter of 2022, 4,100 homes were sold.", "the July-September quarter of 2022",
     "2022-07-01/2022-09-30"),
    ("Revenue rose 8% in H1 2023.", "H1 2023", "2023-01-01/2023-06-30"),
    ("Revenue rose 8% in H2 2022-23.", "H2 2022-23", "2022-10-01/2023-03-31"),
])
def test_quarter_by_its_months_and_half_codes(text, surface, value):
    assert period(text, surface, "2024-02-01")[1:] == ("range", value)


@pytest.mark.parametrize("text", ["The H1 visa rules changed.", "Pupils sat the H2 maths paper."])
def test_half_code_near_misses(text):
    assert not periods(text, "2024-02-01")


# -- "this time last year", "the same point last year": the frame a year before ----------------------

@pytest.mark.parametrize("text, surface, value", [
    ("Lists were 95,400 at the end of September, up from 88,200 at the same point last year.",
     "the same point last year", "2022-09-30"),
    ("Lists were 95,400 at the end of September, up from 88,200 at this stage last year.",
     "this stage last year", "2022-09-30"),
    ("Lists were 95,400 at the end of September. This time last year there were 88,200.",
     "This time last year", "2022-09-30"),
])
def test_this_time_last_year(text, surface, value):
    assert period(text, surface, "2023-11-10")[2] == value


def test_that_time_alone_is_a_back_reference_not_a_year_before():
    assert period("At that time there were 400 staff.", "that time", "2023-11-10")[2] != "2022"
