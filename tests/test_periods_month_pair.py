"""Two months in a row after a preposition, or opening a sentence ("In January and February the
foodbank fed ...", "during March and April 2020"), are one span of months, as a list of three is.
Near-misses: two months apart ("in March and June") stay two months; "between April and June" is the
span it always was. Sentences written for these tests."""
import pytest

from period_finding import found, periods

PUB = "2023-05-01"


@pytest.mark.parametrize("text, span, value", [
    ("In January and February the food bank fed 1,200 people.", "January and February", "2023-01-01/2023-02-28"),
    ("Arrests rose to 400 during March and April 2020.", "March and April 2020", "2020-03-01/2020-04-30"),
    ("November and December saw 300 people helped.", "November and December", "2022-11-01/2022-12-31"),
    ("Over December and January, 86 drivers were caught.", "December and January", "2022-12-01/2023-01-31"),
    ("Visits for May and June 2021 reached 4,000.", "May and June 2021", "2021-05-01/2021-06-30"),
])
def test_two_months_in_a_row_are_one_span(text, span, value):
    assert found(text, span, PUB) == (value, "range")


@pytest.mark.parametrize("text, spans", [
    ("Arrests in March and June were 400 and 300.", ["March", "June"]),
    ("Sales fell between April and June.", ["between April and June"]),
    ("The officer joined in March and left in April.", ["March", "April"]),
])
def test_near_misses(text, spans):
    got = [s for s, _v, kind in periods(text, PUB) if kind in ("month", "range")]
    assert got == spans


# a list of months whose last item carries the year: every month of the list is of that year
@pytest.mark.parametrize("text, span, value", [
    ("Arrests in March and June 2020 were 400 and 300.", "March", "2020-03"),
    ("Figures for January and March 2019 show 40 cases.", "January", "2019-01"),
    ("In April, July and August 2021 there were 30 cases.", "April", "2021-04"),
    ("Sales in February or April 2018 were the lowest.", "February", "2018-02"),
    # near-misses: no year at the list's end, or a number that is no year
    ("In March and June there were 30 cases.", "March", "2023-03"),
    ("Arrests reached 310 in March and 2,020 in June.", "March", "2023-03"),
])
def test_a_list_of_months_takes_the_year_of_its_last(text, span, value):
    assert found(text, span, PUB) == (value, "month")


# a comma between a month and its year does not break a span of months ("From April, 2021 to September 2021")
@pytest.mark.parametrize("text, span, value", [
    ("From April, 2021 to September 2021, the team dealt with 617 cases.", "From April, 2021 to September 2021",
     "2021-04-01/2021-09-30"),
    ("Between April, 2021 and September, 2021, the team dealt with 617 cases.",
     "Between April, 2021 and September, 2021", "2021-04-01/2021-09-30"),
    ("April, 2021 to March, 2022 saw 617 cases.", "April, 2021 to March, 2022", "2021-04-01/2022-03-31"),
    # near-miss: a count after the comma is no year
    ("Between April and June, 2,100 people were helped.", "Between April and June", "2022-04-01/2022-06-30"),
])
def test_a_comma_before_the_year_keeps_the_span(text, span, value):
    assert found(text, span, PUB) == (value, "range")
