"""Period families of round a6 on issue 14: a year to December is a calendar year; a month compared
with "than"; "next month", "the new financial year", "next year" in a story told in financial years;
quarters of a financial-year report ("the end of the second quarter", "quarter one"); "between 1 April
and 5 October last year"; "a decade ago" against the year its sentence names; undated stories whose
figures are for a calendar year; "the previous financial year" with nothing before it; "the 12 months
leading up to March". Phrasings are our own."""
from __future__ import annotations

import pytest

from period_finding import found, periods


# --- a twelve-month span ending in December is that calendar year -------------------------------------
@pytest.mark.parametrize("text,span,year", [
    ("Shoplifting rose 9% in the year to December 2023, the figures show.", "the year to December 2023", "2023"),
    ("Some 412 deaths were logged in the 12 months to December 2021.", "the 12 months to December 2021", "2021"),
    ("The tally for the year ending 31 December 2019 was 88.", "the year ending 31 December 2019", "2019"),
    ("In the year up to December 2022 arrests fell.", "the year up to December 2022", "2022"),
])
def test_year_to_december_is_a_year(text, span, year):
    assert found(text, span, "2024-03-01") == (year, "year")


@pytest.mark.parametrize("text,span,value", [
    ("Shoplifting rose 9% in the year to November 2023.", "the year to November 2023", "2022-12-01/2023-11-30"),
    ("Arrests rose in the year to March 2024.", "the year to March 2024", "2023-04-01/2024-03-31"),
    ("Visits fell between January and December 2022.", "between January and December 2022", "2022-01-01/2022-12-31"),
])
def test_other_twelve_month_spans_stay_spans(text, span, value):
    assert found(text, span, "2024-07-01")[0] == value


# --- a month compared with "than" -------------------------------------------------------------------
@pytest.mark.parametrize("text,span,value", [
    ("Crews were slower in February than January this winter.", "January", "2024-01"),
    ("Waits were shorter in March compared with February.", "February", "2024-02"),
])
def test_month_after_than(text, span, value):
    assert found(text, span, "2024-04-10")[0] == value


@pytest.mark.parametrize("text", [
    "The bill was higher than May's estimate.",
    "Turnout was better than expected.",
])
def test_than_without_a_month(text):
    assert not any(k == "month" for _s, _v, k in periods(text, "2024-04-10"))


# --- next month, the new financial year, next year in a financial story -------------------------------
@pytest.mark.parametrize("text,span,published,value", [
    ("Rough sleeping counts are due next month.", "next month", "2018-12-13", "2019-01"),
    ("The new rates take effect next month.", "next month", "2024-05-02", "2024-06"),
    ("Budgets for the new financial year will be set this month.", "the new financial year", "2025-02-14",
     "2025-04-01/2026-03-31"),
    ("Spending plans for the new financial year were agreed in May.", "the new financial year", "2024-05-30",
     "2024-04-01/2025-03-31"),
    ("The 2024/25 budget is balanced, but the council needs £20m of savings next year.", "next year", "2025-02-14",
     "2025-04-01/2026-03-31"),
    ("Visitor numbers should recover next year.", "next year", "2025-02-14", "2026"),
])
def test_ahead_of_publication(text, span, published, value):
    assert found(text, span, published)[0] == value


def test_next_month_needs_a_date():
    assert found("Figures are due next month.", "next month")[0] is None


def test_next_year_in_an_undated_financial_story_is_not_guessed():
    assert found("The 2025/26 budget uses £4m of reserves, and more next year.", "next year")[0] is None


# --- quarters of a financial-year report ----------------------------------------------------------
@pytest.mark.parametrize("text,span,value", [
    ("Monitoring report 2023/24: the overspend at the end of the second quarter was £8m.",
     "the end of the second quarter", "2023-09-30"),
    ("Monitoring report 2023/24: the overspend at the end of the second quarter was £8m, from £5m at the end of quarter one.",
     "the end of quarter one", "2023-06-30"),
    ("In 2018/19 the forecast overspend in quarter two was £1m.", "quarter two", "2018-07-01/2018-09-30"),
    ("Service budgets will overspend by £15m in 2023/24. The third quarter saw costs rise.", "The third quarter",
     "2023-10-01/2023-12-31"),
])
def test_quarters_of_the_financial_year(text, span, value):
    assert found(text, span, "2024-02-08")[0] == value


@pytest.mark.parametrize("text,span,value", [
    ("Retail sales rose 2% in the second quarter, the ONS said.", "the second quarter", "2024-04-01/2024-06-30"),
    ("By the end of the third quarter, 300 homes had been finished.", "the end of the third quarter", "2024-09-30"),
])
def test_calendar_quarters_outside_financial_stories(text, span, value):
    assert found(text, span, "2024-11-08")[0] == value


@pytest.mark.parametrize("text", [
    "A quarter of the 2024/25 budget went on care, and one quarter two times as large.",
    "Quarter one of the pupils had free meals.",
])
def test_quarter_words_that_are_not_quarters(text):
    assert not any(s.lower().startswith("quarter") for s, _v, _k in periods(text, "2024-11-08"))


# --- days of this or last year ----------------------------------------------------------------------
@pytest.mark.parametrize("text,span,value", [
    ("There were 136 thefts between 1 April and 5 October this year.", "between 1 April and 5 October this year",
     "2009-04-01/2009-10-05"),
    ("There were 136 thefts between 1 April and 5 October last year.", "between 1 April and 5 October last year",
     "2008-04-01/2008-10-05"),
    ("There were 136 thefts from 1 April to 5 October this year, against 250 in the same period in 2004.",
     "the same period in 2004", "2004-04-01/2004-10-05"),
])
def test_days_of_a_named_year(text, span, value):
    assert found(text, span, "2009-10-18")[0] == value


# --- "a decade ago" against the year its sentence names --------------------------------------------
@pytest.mark.parametrize("text,span,value", [
    ("There were 97 million fewer journeys in 2019 compared to a decade ago.", "a decade ago", "2009"),
    ("In 2018 there were 300 crashes, compared with 400 five years ago.", "five years ago", "2013"),
])
def test_ago_against_the_sentences_year(text, span, value):
    assert found(text, span, "2020-12-10")[0] == value


@pytest.mark.parametrize("text,span,value", [
    ("The park opened ten years ago.", "ten years ago", "2010"),
    ("In 2019 journeys fell. That is down from ten years ago.", "ten years ago", "2010"),
])
def test_ago_without_a_year_in_its_sentence(text, span, value):
    assert found(text, span, "2020-12-10")[0] == value


# --- undated: last year is the calendar year the figures are for -----------------------------------
def test_undated_last_year_is_the_year_of_the_figures():
    text = "Fewer people visited the park last year. Just over 18 million people visited in 2022."
    assert found(text, "last year")[0] == "2022"


def test_undated_release_year_still_counts_back():
    assert found("Figures were published in 2022. Burglaries rose 4% last year.", "last year")[0] == "2021"


# --- the previous financial year with nothing before it; "leading up to" ---------------------------
def test_previous_financial_year_alone_is_the_last_one_completed():
    assert found("Crime rose 5% in the previous financial year.", "the previous financial year", "2024-07-18")[0] \
        == "2023-04-01/2024-03-31"


def test_previous_financial_year_after_a_named_one():
    text = "Crime rose 4% in 2022/23. In the previous financial year it fell."
    assert found(text, "the previous financial year", "2024-07-18")[0] == "2021-04-01/2022-03-31"


@pytest.mark.parametrize("text,span,value", [
    ("Crime rose in the 12 months leading up to March.", "the 12 months leading up to March", "2023-04-01/2024-03-31"),
    ("Crime rose in the 12 months leading up to June 2024.", "the 12 months leading up to June 2024",
     "2023-07-01/2024-06-30"),
])
def test_leading_up_to(text, span, value):
    assert found(text, span, "2024-07-18")[0] == value


# --- the same period a year on ---------------------------------------------------------------------
@pytest.mark.parametrize("text,span,value", [
    ("There were 381 cases from October 2022 to September 2023, against 294 over the same period the following year.",
     "the same period the following year", "2023-10-01/2024-09-30"),
    ("There were 381 cases in 2022, and 294 in the same period a year later.", "the same period a year later", "2023"),
    ("A 3% rise in the year to March 2015 was followed by an 8% rise in the following year.", "the following year",
     "2015-04-01/2016-03-31"),
])
def test_same_period_a_year_on(text, span, value):
    assert found(text, span, "2025-02-09")[0] == value


# --- "from the last quarter": the quarter before ----------------------------------------------------
@pytest.mark.parametrize("text,span,value", [
    ("Unemployment was 2.49 million in April-June 2011, a rise of 38,000 from the last quarter.", "the last quarter",
     "2011-01-01/2011-03-31"),
    ("Vacancies in the three months to July 2011 were down 22,000 on the last quarter.", "the last quarter",
     "2011-02-01/2011-04-30"),
])
def test_from_the_last_quarter(text, span, value):
    assert found(text, span)[0] == value


@pytest.mark.parametrize("text", [
    "He spent the last quarter of his life abroad.",
    "In the last quarter, the team scored twice.",
])
def test_last_quarter_that_is_not_a_back_reference(text):
    assert not any(s == "the last quarter" for s, _v, _k in periods(text, "2024-03-01"))
