"""Weekly figures: "the previous week", "a week earlier", "the week before" are the seven days before the week
named last; a target's figure takes no period from a later clause; a compared figure that points back ("This was
up from 93.3% the previous week", "- up on the 104,900 in the previous week") measures the same thing."""
import pytest

from record_finding import link_of, measures

PUB = "2015-04-24"  # a Friday: "last week" is Monday 13 to Sunday 19 April


def periods(ex, text):
    return [(p["span"]["text"], p["value"]) for p in ex.extract(text, published=PUB)["periods"]]


@pytest.mark.parametrize("text,span,value", [
    ("NHS England said 94.3% of patients were seen last week. This was up from 93.3% the previous week.",
     "the previous week", "2015-04-06/2015-04-12"),
    ("The number waiting was 5,500 last week - down from 6,700 a week earlier.", "a week earlier",
     "2015-04-06/2015-04-12"),
    ("In the week to 12 April there were 400 calls, up from 350 the week before.", "the week before",
     "2015-03-30/2015-04-05"),
    # near-miss: after a month, "the week before" is no week the text fixes
    ("In March there were 400 calls, up from 350 the week before.", "the week before", None),
])
def test_the_week_before_the_week_named_last(ex, text, span, value):
    assert (span, value) in periods(ex, text)


@pytest.mark.parametrize("text,number,period", [
    ("There were 105,300 emergency admissions last week - up on the 104,900 in the previous week.", "104,900",
     "2015-04-06/2015-04-12"),
    ("There were 105,300 emergency admissions last week - up on the 104,900 in the previous week.", "105,300",
     "2015-04-13/2015-04-19"),
    # a target's figure: no period from a clause after it, nor from where "since" counts
    ("The 95% target has not been met since the week ending September 28, but today's figure is the closest yet.",
     "95", None),
])
def test_weekly_periods_of_figures(ex, text, number, period):
    assert link_of(ex, text, number, published=PUB)[2] == period


@pytest.mark.parametrize("text,span,measure", [
    ("NHS England said 94.3% of patients were seen within four hours last week. This was up from 93.3% the "
     "previous week.", "93.3%", "patients seen within four hours"),
    ("There were 105,300 emergency admissions - up on the 104,900 in the previous week.", "104,900",
     "emergency admissions"),
    # near-miss: a compared figure with its own noun keeps it
    ("There were 105,300 emergency admissions - up on the 104,900 admissions in the previous week.", "104,900",
     "admissions"),
])
def test_a_compared_figure_pointing_back(ex, text, span, measure):
    assert measures(ex, text)[span] == measure
