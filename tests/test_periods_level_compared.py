"""A level compared with an earlier time ("higher than they were in September 2012") is a baseline: it dates
the comparison, not the story, so the story's undated months are not read in that year."""
import pytest


def period_values(ex, text, published=None):
    return [(p["span"]["text"], p["value"]) for p in ex.extract(text, published=published)["periods"]]


@pytest.mark.parametrize("text,span,value", [
    ("Prices rose again in September. Over the past 12 months they are higher than they were in September 2012.",
     "September", "2013-09"),
    ("Rents rose again in June. Over the past 12 months rents are higher than they were in June 2021.",
     "June", "2022-06"),
])
def test_a_month_is_not_read_in_the_year_a_level_is_compared_with(ex, text, span, value):
    assert (span, value) in period_values(ex, text)


@pytest.mark.parametrize("text,span,value", [
    # near-miss: a year the story's own figure is in fixes the reference year
    ("Prices rose again in September. In September 2012 they were 4% higher.", "September", "2012-09"),
])
def test_a_year_of_the_storys_own_figures_fixes_the_month(ex, text, span, value):
    assert (span, value) in period_values(ex, text)
