"""Undated, "October last year" and "March this year" count from a year only where the text fixes it
(FORMAT.md: never anchored to an arbitrary year that happens to appear in the text), as "last year"
already does. Near-misses: a publication date, a release's year and a statistical span the text names
fix it. Sentences written for these tests."""
import pytest

from period_finding import found


@pytest.mark.parametrize("text, span", [
    ("In October last year, when the latest count was made, 1,210 flats stood empty. In 2011, there were "
     "just 1,150 in the borough.", "October last year"),
    ("Some 420 pupils were excluded in March this year. In 2015, there were 300 exclusions.", "March this year"),
    ("The list stood at 1,100 in June this year. In 2016, despite a new scheme, it held 1,400 names.",
     "June this year"),
])
def test_undated_a_month_of_a_relative_year_is_not_fixed_by_any_year_written(text, span):
    assert found(text, span) == (None, "relative")


@pytest.mark.parametrize("text, span, published, value", [
    ("In October last year 1,210 flats stood empty. In 2011, 1,150 did.", "October last year", "2019-02-04",
     "2018-10"),
    ("Figures published in 2019 show 1,210 flats stood empty in October last year.", "October last year", None,
     "2018-10"),
    ("In the year to June 2019, 1,210 flats stood empty, against 1,100 in March last year.", "March last year", None,
     "2018-03"),
])
def test_near_misses_a_date_release_or_statistical_span_fixes_the_year(text, span, published, value):
    assert found(text, span, published) == (value, "relative")
