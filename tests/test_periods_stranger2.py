"""Period families from a stranger's run on new crime and waste pages. A span of months whose end is "the same month" of another year ("between June 2016 and the same
month this year", "... and the same month in 2020"): one range from the first month to that month,
as "between June 2016 and June 2017" is. Near-misses: "the same month" with no year of its own stays
a back-reference, and plain month spans are unchanged. A span of financial years named as such
("between the financial years 2009/10 and 2010/11") is one range, as "between 2009/10 and 2010/11" is.
Sentences written for these tests."""
import pytest

from period_finding import found, periods

PUB = "2017-07-20"


@pytest.mark.parametrize("text, span, value", [
    ("Some 39,600 crimes were recorded between June 2016 and the same month this year.",
     "between June 2016 and the same month this year", "2016-06-01/2017-06-30"),
    ("Crimes fell between March 2019 and the same month in 2020.",
     "between March 2019 and the same month in 2020", "2019-03-01/2020-03-31"),
    ("Footfall rose from May 2015 to the same month last year.",
     "from May 2015 to the same month last year", "2015-05-01/2016-05-31"),
    ("Between June 2016 and June this year crime rose.", "Between June 2016 and June this year", "2016-06-01/2017-06-30"),
])
def test_a_span_to_the_same_month_of_another_year(text, span, value):
    assert found(text, span, PUB) == (value, "range")


def test_without_a_reference_year_the_span_has_no_value():
    assert found("Some 39,600 crimes were recorded between June 2016 and the same month this year.",
                 "between June 2016 and the same month this year") == (None, "range")


@pytest.mark.parametrize("text, surfaces", [
    # "the same month" with no year: a month, then a back-reference of its own
    ("Crimes fell between March 2019 and the same month a year later.", ["March 2019", "the same month a year later"]),
    ("Crimes fell between March and June.", ["between March and June"]),
])
def test_near_misses(text, surfaces):
    assert [p[0] for p in periods(text, PUB)] == surfaces


@pytest.mark.parametrize("text, span, value", [
    ("Landfill fell by 8.8 per cent between the financial years 2009/10 and 2010/11.",
     "between the financial years 2009/10 and 2010/11", "2009-04-01/2011-03-31"),
    ("Spending rose from the financial years 2019/20 to 2022/23.", "from the financial years 2019/20 to 2022/23",
     "2019-04-01/2023-03-31"),
    ("Landfill fell by 8.8 per cent between 2009/10 and 2010/11.", "between 2009/10 and 2010/11", "2009-04-01/2011-03-31"),
])
def test_a_span_of_financial_years_named_as_such(text, span, value):
    assert found(text, span) == (value, "range")


@pytest.mark.parametrize("text, span, value", [
    # a quarter with no year in a sentence that opens on a year is that year's
    ("In 2022, sales rose in the first quarter.", "the first quarter", "2022-01-01/2022-03-31"),
    ("During 2022/23, the council paid £4m in compensation in the first quarter.", "the first quarter",
     "2022-04-01/2022-06-30"),
    ("During 2022/23, the council spent £1m by the end of the fourth quarter.", "the end of the fourth quarter",
     "2023-03-31"),
])
def test_a_quarter_in_a_sentence_that_opens_on_a_year(text, span, value):
    assert found(text, span, "2024-03-01")[0] == value


def test_a_quarter_in_a_later_sentence_keeps_its_own_year():
    # near-misses: the year frame of the sentence before reaches no quarter of the next sentence, and a quarter
    # that names its year keeps it
    assert found("In 2022, sales rose. Sales fell in the first quarter.", "the first quarter",
                 "2024-03-01")[0] != "2022-01-01/2022-03-31"
    assert found("In 2022, sales rose. In the first quarter of this year they fell.", "the first quarter of this year",
                 "2024-03-01")[0] == "2024-01-01/2024-03-31"


@pytest.mark.parametrize("text, span, value", [
    # "the year between March 2014 and March 2015": the twelve months to March 2015
    ("Crime rose by one per cent over the year between March 2014 and March 2015.",
     "between March 2014 and March 2015", "2014-04-01/2015-03-31"),
    ("Sales fell in the 12 months between June 2021 and June 2022.", "between June 2021 and June 2022",
     "2021-07-01/2022-06-30"),
    ("Prices rose in the year between December 2014 and December 2015.", "between December 2014 and December 2015",
     "2015-01-01/2015-12-31"),
    # near-misses: without "the year" the span runs from the first month; a span that is a year already is one
    ("Crime rose between March 2014 and March 2015.", "between March 2014 and March 2015", "2014-03-01/2015-03-31"),
    ("Crime rose in the year between April 2014 and March 2015.", "between April 2014 and March 2015",
     "2014-04-01/2015-03-31"),
])
def test_the_year_between_a_month_and_the_same_month(text, span, value):
    assert found(text, span) == (value, "range")


def test_review_fixes_year_frame_with_a_decimal_and_a_bracketed_year():
    # a decimal point in the sentence does not end it (review finding 9)
    assert found("In 2022, prices rose by 10.5% in the first quarter.", "the first quarter", "2024-03-01")[0] == \
        "2022-01-01/2022-03-31"
    # "the year (12 months) between March 2014 and March 2015" (review finding 10)
    assert found("Crime rose by one per cent over the year (12 months) between March 2014 and March 2015.",
                 "between March 2014 and March 2015")[0] == "2014-04-01/2015-03-31"
