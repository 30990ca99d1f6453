"""A figure's noun then "for" and a period ("with 3,100 referrals for 2012/13") is dated by that
period, as with "in", "during" and "over", though a wider span of the sentence ("over the last ten
years") is named before it and the period is that span's start. Near-misses: a period after a
conjunction is the next clause's. Sentences written for these tests."""
import pytest

from record_finding import link_of


@pytest.mark.parametrize("text, number, period", [
    ("Referrals have doubled over the last ten years, with 3,100 referrals for 2012/13.", "3,100",
     "2012-04-01/2013-03-31"),
    ("The number of cases has almost tripled in the last five years, with 1,250 cases for 2019-20.", "1,250",
     "2019-04-01/2020-03-31"),
    ("Fly-tipping has grown since 2015, with 5,200 reports for the year to March 2016.", "5,200",
     "2015-04-01/2016-03-31"),
    # near-misses: the period after a conjunction opens the next clause
    ("The county had 420 burglaries last year and for 2021 there were 390.", "420", "2023"),
    ("The county had 420 burglaries last year and for 2021 there were 390.", "390", "2021"),
])
def test_a_figures_noun_then_for_a_period(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period
