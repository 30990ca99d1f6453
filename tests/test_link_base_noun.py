"""A change compared with a figure named by its noun, then its period ("a 1% decrease on the number a year
previously", "down 3% on the figure 12 months earlier"): the period is the baseline's, and the change is
dated by the newer value's period (FORMAT.md). Near-miss: a period after "the number" that is no
comparison ("the number in June 2022 was 94,870") dates the figure. Sentences written for these tests."""
import pytest

from test_link_families2 import period_at

LEAD = "There were 94,870 households in temporary accommodation at the end of June 2022. "


@pytest.mark.parametrize("sentence", [
    "This was a 1% decrease on the number a year previously.",
    "That is down 1% on the figure 12 months earlier.",
    "This was 1% lower than the total a year before.",
    "It marks a 1% fall compared with the level a year earlier.",
])
def test_the_change_is_dated_by_the_newer_value(ex, sentence):
    assert period_at(ex, LEAD + sentence, "1%", "2022-09-01") == "2022-06-30"


def test_near_miss_a_period_after_the_number_that_is_no_comparison(ex):
    text = "The number in June 2022 was 94,870, the council said."
    assert period_at(ex, text, "94,870", "2022-09-01") == "2022-06"


def test_double_the_number_of_the_previous_years_operation_is_the_baseline(ex):
    text = ("Throughout December officers carried out checks. Police this afternoon revealed almost 6,000 people were "
            "breathalysed during the crackdown, almost double the number of the previous year's operation.")
    assert period_at(ex, text, "6,000", "2013-01-04") == "2012-12"


@pytest.mark.parametrize("verb", ["revealed", "announced", "confirmed"])
def test_a_day_right_before_a_verb_of_release_dates_no_figure(ex, verb):
    text = f"Kent Police this afternoon {verb} 412 drivers were arrested in December."
    assert period_at(ex, text, "412", "2013-01-04") == "2012-12"


@pytest.mark.parametrize("text, number, value", [
    ("Police arrested 115 drivers in December. The figure is just two fewer than during the 2011 campaign, when "
     "117 people were arrested.", "117", "2011"),
    ("Turnout was 31%, below the 2019 election, when 45% of voters took part.", "45%", "2019"),
])
def test_a_figure_in_a_when_clause_after_a_named_period(ex, text, number, value):
    assert period_at(ex, text, number, "2013-01-04") == value
