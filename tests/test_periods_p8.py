"""Period families of round p8 on issue 14: a quarter written with its financial year in either
order and in words ("2022-23 Q3", "Quarter Four 2021-2022") is one period; two-digit
financial-year codes in budget papers ("£9m for 25/26"); "the current year" and "by year end" in
a story told in financial years; "the end of the second quarter of 2020-21" is its last day; an
undated "this year" is not the latest year written; "the first quarter of the current financial
year" (used to crash). Phrasings are our own."""
from __future__ import annotations

import pytest

from period_finding import found, periods


# --- a quarter with its financial year: one period ------------------------------------------------------
@pytest.mark.parametrize("text,span,value", [
    ("Fly-tipping reports in 2022-23 Q3 reached 1,140.", "2022-23 Q3", "2022-10-01/2022-12-31"),
    ("The 2021/22 Quarter 4 report shows 87 complaints.", "2021/22 Quarter 4", "2022-01-01/2022-03-31"),
    ("A pressure of £2m was reported in the 2023/24 in-year Q1 figures.", "2023/24 in-year Q1", "2023-04-01/2023-06-30"),
    ("Performance for Quarter Four 2021-2022 was 92.1%.", "Quarter Four 2021-2022", "2022-01-01/2022-03-31"),
    ("Some 640 homes were let in quarter one of 2020/21.", "quarter one of 2020/21", "2020-04-01/2020-06-30"),
    ("At Quarter three 2019/20 the overspend stood at £4.4m.", "Quarter three 2019/20", "2019-10-01/2019-12-31"),
])
def test_quarter_with_financial_year_is_one_period(text, span, value):
    got = periods(text)
    assert (span, value, "range") in got
    assert len(got) == 1  # not a financial year and a separate quarter


@pytest.mark.parametrize("text", [
    "In 2022-23 Q3 and Q4 both fell short.",       # a run of quarters, not one
    "Spending in 2022/23 quarterly rose 4%.",       # no quarter number
])
def test_quarter_code_after_financial_year_near_misses(text):
    assert all(p[0] not in ("2022-23 Q3", "2022/23 quarterly") for p in periods(text))


# --- two-digit financial-year codes in budget papers ----------------------------------------------------
@pytest.mark.parametrize("text,span,value", [
    ("The council faces a budget gap of £9m for 25/26.", "25/26", "2025-04-01/2026-03-31"),
    ("Overspend in 22/23 was £1.2m against the budget.", "22/23", "2022-04-01/2023-03-31"),
    ("Savings of £3m (21/22) were delivered, the finance report said.", "21/22", "2021-04-01/2022-03-31"),
    ("Funding from 26/27 onwards is unclear.", "26/27", "2026-04-01/2027-03-31"),
])
def test_short_financial_year_code(text, span, value):
    assert found(text, span) == (value, "financial_year")


@pytest.mark.parametrize("text", [
    "The budget helpline is open 24/7.",                 # not consecutive years
    "Of the budget, 3/4 went on care.",                  # a fraction
    "The spending panel scored it 18/19 marks.",         # a score
    "Funding reached 10/11 schools in the county.",      # ten of eleven schools
    "Police said 23/24 officers were on duty.",          # no budget words in the text
])
def test_short_financial_year_code_near_misses(text):
    assert [p for p in periods(text) if p[2] == "financial_year"] == []


# --- "the current year" and "by year end" in a financial-year story -------------------------------------
@pytest.mark.parametrize("text,span,value,published", [
    ("The 2023/24 outturn is £2m over; cuts in the current year must deliver £1m.", "the current year",
     "2023-04-01/2024-03-31", None),
    ("The 2023/24 overspend may reach £5m by year end, and pressures grow next year.", "year end", "2024-03-31", None),
    ("Quarter 2 monitoring for 2024/25: savings next year depend on the current year.", "the current year",
     "2024-04-01/2025-03-31", "2024-11-02"),
    ("Crime rose in the current year, police said.", "the current year", "2022", "2022-06-01"),
])
def test_current_year_and_year_end(text, span, value, published):
    assert found(text, span, published)[0] == value


def test_year_end_needs_a_financial_year_story():
    text = "Sales hit a record by year end, the shop said."
    assert all(p[1] is None for p in periods(text) if p[0] == "year end")


# --- "the end of" a quarter or half with its year: its last day ------------------------------------------
@pytest.mark.parametrize("text,span,value", [
    ("By the end of the second quarter of 2020-21, 310 cases were open.", "the end of the second quarter of 2020-21", "2020-09-30"),
    ("At the end of the first half of 2017, 48 jobs had gone.", "the end of the first half of 2017", "2017-06-30"),
])
def test_end_of_part_of_year(text, span, value):
    assert found(text, span) == (value, "date")


def test_part_of_year_without_end_is_still_a_span():
    assert found("In the second quarter of 2020-21, 310 cases were open.", "the second quarter of 2020-21") == (
        "2020-07-01/2020-09-30", "range")


# --- the first quarter of the current financial year -----------------------------------------------------
def test_quarter_of_current_financial_year_does_not_crash():
    text = "Crime fell 4% between April and June 2015, the first quarter of the current financial year."
    assert found(text, "the first quarter of the current financial year")[0] == "2015-04-01/2015-06-30"


# --- undated "this year" is not the latest year written ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "Admissions this year rose to 4,000. In 2019 there were 3,500.",
    "Footfall this year is down 4%, the chamber said. Some 2.1 million visited in 2018.",
])
def test_undated_this_year_is_null(text):
    assert found(text, "this year")[0] is None


def test_this_year_with_publication_date():
    assert found("Admissions this year rose to 4,000.", "this year", "2021-05-04")[0] == "2021"
