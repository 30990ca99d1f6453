"""Period families of round p7 on issue 14: month-to-month spans compared "than for" and their
baselines' "a year earlier"; age bands are not the two ends of a span; a second compared figure
joined by "and" fixes no reference year; seasons with their year; school terms; years before 1800
after a record's start; "between the start of 2021 and the end of 2022"; "tomorrow" and "the year
to date"; a plan's month early in the next year; a quarter not yet over at publication; children's
care stories (DfE figures) count in financial years; undated "last year" is not the year before an
arbitrary year. Phrasings are our own."""
from __future__ import annotations

import pytest

from period_finding import found, periods


# --- month-to-month spans compared "than for"; an age band is not a change's two ends --------------------
@pytest.mark.parametrize("text,span,value", [
    ("Some 8.1 million adults aged from 16 to 64 were inactive, 90,000 fewer than for March to May 2019.",
     "March to May 2019", "2019-03-01/2019-05-31"),
    ("Workers aged from 18 to 24 numbered 3.2 million, up on January to March 2022.",
     "January to March 2022", "2022-01-01/2022-03-31"),
])
def test_age_band_does_not_split_a_month_span(text, span, value):
    assert found(text, span)[0] == value


def test_a_span_with_figures_at_both_ends_still_splits():
    text = "Between April 2019 and June 2021 the queue grew from 300 to 500 cases."
    assert [p[0] for p in periods(text)] == ["April 2019", "June 2021"]


@pytest.mark.parametrize("text,span", [
    ("There were 1.2 million jobless, 40,000 fewer than for May to July 2018 and 95,000 fewer than for a year earlier.",
     "a year earlier"),
    ("Vacancies stood at 810,000, 12,000 more than for June to August 2021 and 70,000 more than for a year earlier.",
     "a year earlier"),
])
def test_second_baseline_a_year_earlier_is_not_counted_from_the_first(text, span):
    assert found(text, span)[0] is None


@pytest.mark.parametrize("text,span,value", [
    # the figures' own period is named: a year before it
    ("Some 1.2 million were jobless in May to July 2018, 95,000 fewer than a year earlier.", "a year earlier",
     "2017-05-01/2017-07-31"),
    # a record's start after it is not what a back-reference points ahead to
    ("The rate was 3.9%, down from 4.2% for a year earlier and the lowest since 1974.", "a year earlier", None),
])
def test_a_year_earlier_near_misses(text, span, value):
    assert found(text, span)[0] == value


# --- a second compared figure joined by "and" ------------------------------------------------------------
@pytest.mark.parametrize("text,span", [
    ("Absence was 5% this year, against 6.5% last year and 3.8% in 2018.", "this year"),
    ("Lateness hit 12% this year compared with 14% last year and 9% in Autumn 2019.", "this year"),
])
def test_second_baseline_fixes_no_reference_year(text, span):
    assert found(text, span)[0] is None


def test_a_year_set_against_this_year_does_not_fix_it():
    # undated: "this year" is contrasted with 2021, so it is not 2021 (FORMAT.md: never anchored to a
    # year that merely appears in the text)
    assert found("In 2021 absence was 5%, and this year it is higher.", "this year")[0] is None


# --- seasons with their year, school terms ------------------------------------------------------------
@pytest.mark.parametrize("text,span,value", [
    ("Footfall in summer 2019 was 2.1 million.", "summer 2019", "2019-06-01/2019-08-31"),
    ("Bookings fell 8% in Spring 2023.", "Spring 2023", "2023-03-01/2023-05-31"),
    ("Rainfall in the autumn of 2000 broke records.", "the autumn of 2000", "2000-09-01/2000-11-30"),
    ("Beds were full through winter 2018/19, the trust said.", "winter 2018/19", "2018-12-01/2019-02-28"),
    ("A map of rain in winter 2013-14 shows the floods.", "winter 2013-14", "2013-12-01/2014-02-28"),
    ("Snow in winter 2010 closed 400 schools.", "winter 2010", None),
])
def test_season_with_its_year(text, span, value):
    got, kind = found(text, span)
    assert (got, kind) == (value, "range")


def test_a_winter_is_never_a_financial_year():
    assert not any(k == "financial_year" for _s, _v, k in periods("Beds were full through winter 2018/19."))


@pytest.mark.parametrize("text,span", [
    ("Absence in the spring term 2022/23 was 7%.", "the spring term 2022/23"),
    ("After an Autumn Term of high illness, attendance recovered.", "Autumn Term"),
    ("Some 6% of pupils were absent in the autumn term, the data show.", "the autumn term"),
])
def test_school_terms(text, span):
    assert found(text, span) == (None, "relative")


@pytest.mark.parametrize("text", [
    "Pupils go back in the summer term.",
    "The spring term timetable is online.",
])
def test_school_term_near_misses(text):
    assert periods(text) == []


# --- years before 1800 after a record's start -------------------------------------------------------------
@pytest.mark.parametrize("text,span", [
    ("It was the wettest winter since records began in 1766, the Met Office said.", "1766"),
    ("The gauge has been read daily since 1792.", "1792"),
])
def test_early_years(text, span):
    assert found(text, span) == (span, "year")


@pytest.mark.parametrize("text", [
    "Since 1700 people signed the petition, it went to Parliament.",
    "The charity counted 1766 volunteers.",
    "Up from 1650 to 2000 visitors a day.",
])
def test_early_year_near_misses(text):
    assert not any(v and v.startswith(("16", "17")) for _s, v, _k in periods(text))


# --- one range from the start of one year to the end of another ------------------------------------------
@pytest.mark.parametrize("text,span,value", [
    ("Rents rose 14% between the start of 2021 and the end of 2022.",
     "between the start of 2021 and the end of 2022", "2021-01-01/2022-12-31"),
    ("Claims doubled from the beginning of April 2019 to the end of March 2021.",
     "from the beginning of April 2019 to the end of March 2021", "2019-04-01/2021-03-31"),
])
def test_between_edges(text, span, value):
    assert found(text, span) == (value, "range")


def test_edges_alone_stay_days():
    assert found("Work starts at the end of 2024.", "the end of 2024") == ("2024-12-31", "date")


# --- tomorrow, the year to date -----------------------------------------------------------------------------
@pytest.mark.parametrize("text,span,published,value", [
    ("Nurses will strike tomorrow.", "tomorrow", "2023-01-17", "2023-01-18"),
    ("Sales for the year to date are up 4%.", "the year to date", "2023-06-30", "2023-01-01/2023-06-30"),
    ("Spending in the financial year to date is £3m.", "the financial year to date", "2023-11-02",
     "2023-04-01/2023-11-02"),
    ("Nurses will strike tomorrow.", "tomorrow", None, None),
])
def test_tomorrow_and_year_to_date(text, span, published, value):
    assert found(text, span, published) == (value, "relative")


def test_tomorrows_generation_is_not_a_day():
    assert periods("Schools shape tomorrow's leaders.", "2023-01-17") == []


# --- a plan's month early in the next year; a quarter not over at publication ---------------------------
@pytest.mark.parametrize("text,published,span,value", [
    ("The final report will go to the board in February.", "2023-11-20", "February", "2024-02"),
    ("The council will spend £2m, as it decided in March.", "2024-05-24", "March", "2024-03"),
    ("The fee will rise by 5% in July.", "2024-05-24", "July", "2024-07"),
])
def test_plan_month_after_the_new_year(text, published, span, value):
    assert found(text, span, published)[0] == value


def test_a_past_quarter_of_a_story_naming_next_years_budget():
    text = "The council agreed its 2024/25 budget of £90m. At Q3 the overspend was £3m."
    assert found(text, "Q3", "2024-02-20")[0] == "2023-10-01/2023-12-31"


def test_a_quarter_of_the_story_year_is_unchanged():
    assert found("The 2023/24 overspend stood at £3m at Q3.", "Q3", "2024-02-20")[0] == "2023-10-01/2023-12-31"


# --- children's care stories count in financial years although the DfE publishes them ------------------
@pytest.mark.parametrize("text,span,value", [
    ("The Department for Education said 31,000 children were taken into care in 2012-13, as the DfE report shows.",
     "2012-13", "2012-04-01/2013-03-31"),
    ("Adoptions fell to 2,950 in 2021/22, Department for Education figures for looked-after children show.",
     "2021/22", "2021-04-01/2022-03-31"),
])
def test_care_stories_count_in_financial_years(text, span, value):
    assert found(text, span)[0] == value


def test_school_stories_still_count_in_academic_years():
    text = "The DfE said 45% of pupils passed in 2021/22, up from 41% of pupils in 2020/21."
    assert found(text, "2021/22")[0] == "2021-09-01/2022-08-31"


# --- undated "last year" -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text,value", [
    ("There were 410 thefts in 2018. Last year there were 520.", None),
    ("In 2020 police made 88 arrests. Last year, 12 people were cautioned.", None),
    ("Figures for 2020 show 88 arrests. Last year, 12 people were cautioned.", "2019"),  # a release's year
    ("The report, released in 2021, says crime fell last year.", "2020"),
    ("Some 5,000 homes were sold in the year to June 2022, down on last year.", "2021"),
])
def test_undated_last_year(text, value):
    assert found(text, "last year" if "last year" in text else "Last year")[0] == value
