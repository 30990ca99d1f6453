"""Period families from strangers' runs. The year a law or its rules changed dates that change, not the story: in an undated story it
never becomes the year "March this year" and "last year" count from (FORMAT.md: a relative
expression is never anchored to an arbitrary year that happens to appear in the text). Near-misses:
a release's year or a statistical span still fixes it (a figure's year alone does not: it may be the
year compared with). Sentences written for these tests."""
import pytest

from period_finding import found

FIGURES = " There were 1,188 offenders on the register at the end of March this year."


@pytest.mark.parametrize("opening", [
    "Offenders jailed for 30 months or more stay on the register for life, following a change to the law in 2012.",
    "Some can now apply to come off the register after 15 years, since the legislation was amended in 2015.",
    "The Act, which came into force in 2010, lets 12 police forces share the records.",
    "Checks on 40 hostels were stepped up after the rules were tightened in 2019.",
    "Reforms to the regulations in 2014 moved 300 cases to the probation service.",
])
def test_a_law_change_year_does_not_date_the_story(opening):
    assert found(opening + FIGURES, "the end of March this year") == (None, "relative")


@pytest.mark.parametrize("opening, value", [
    ("Figures for 2012 show 1,100 offenders were on the register.", "2012-03-31"),
    ("Figures published in 2012 show convictions under the law rose to 310.", "2012-03-31"),
    ("Convictions under the law rose to 310 in the year to June 2012.", "2012-03-31"),
])
def test_near_misses_a_release_or_a_statistical_span_still_dates_the_story(opening, value):
    assert found(opening + FIGURES, "the end of March this year") == (value, "relative")


@pytest.mark.parametrize("opening", [
    "In 2012, 1,100 offenders were on the register.",
    "Convictions under the law rose to 310 in 2012.",
])
def test_a_figures_year_written_beside_this_year_does_not_say_which_year_it_is(opening):
    # (the figures of 2012 may be this year's comparison: "this year" is not fixed by them, as "last
    # year" is not; tests/test_periods_month_of_relative_year.py)
    assert found(opening + FIGURES, "the end of March this year") == (None, "relative")


def test_with_a_publication_date_the_law_year_is_still_a_period():
    assert found("The rules changed in 2012." + FIGURES, "2012", "2023-05-01") == ("2012", "year")


# "the past financial year" after a rolling twelve months ("in the last year") is a financial year, not
# that rolling span; after a financial year it is that one. Near-miss: "the last year" after a rolling
# span is that span.
PUB2 = "2017-07-20"


@pytest.mark.parametrize("text, span, value", [
    ("Crime has gone up 10% in the last year, statistics show. Over the past financial year theft is up 7%.",
     "the past financial year", "2016-04-01/2017-03-31"),
    ("Crime rose in 2016-17. Over the past financial year theft rose 7%.", "the past financial year",
     "2016-04-01/2017-03-31"),
    ("Crime rose in the 12 months to June 2017. In the last year theft rose 7%.", "the last year",
     "2016-07-01/2017-06-30"),
])
def test_a_financial_year_after_a_rolling_year(text, span, value):
    assert found(text, span, PUB2) == (value, "relative")
