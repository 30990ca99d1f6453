"""A figure that a "where"/"when" clause gives for a period it hangs on takes that period, though the period is
a comparison's baseline ("a sharp downward turn from the same period last year, where the average was 96.6 per
cent")."""
import pytest

from record_finding import link_of


@pytest.mark.parametrize("text,number,period", [
    ("Only 94.8 per cent of patients were seen within four hours last month. This is a sharp downward turn from the "
     "same period last year, where the average was 96.6 per cent.", "96.6", "2012-12"),
    ("Burglaries rose to 400 in 2023, up from 2019, when there were 350.", "350", "2019"),
    ("Crime fell in 2023. Back in 2019, when it peaked, there were 5,000 offences.", "5,000", "2019"),
    # near-miss: the figure of the current period before the clause keeps its own
    ("Only 94.8 per cent of patients were seen within four hours last month. This is a sharp downward turn from the "
     "same period last year, where the average was 96.6 per cent.", "94.8", "2013-12"),
])
def test_a_when_clause_dates_its_figure(ex, text, number, period):
    assert link_of(ex, text, number, published="2014-01-28")[2] == period


@pytest.mark.parametrize("text,number,period", [
    # the second item of a "than" list is a baseline too: the figure keeps the paragraph's month
    ("Nearly 1.1 million calls were received in March. Of calls answered, 92.1% were done so within 60 seconds, "
     "fewer than in February (93.2%) and the average for 2014 (92.9%).", "92.1", "2015-03"),
    ("Nearly 1.1 million calls were received in March. Of calls answered, 92.1% were done so within 60 seconds, "
     "fewer than in February (93.2%) and the average for 2014 (92.9%).", "92.9", "2014"),
    # near-miss: "and in 2020" opening a clause of its own dates that clause's figure
    ("Crime was higher than in 2019 and in 2020 there were 400 offences.", "400", "2020"),
])
def test_a_than_list_of_baselines(ex, text, number, period):
    assert link_of(ex, text, number, published="2015-04-24")[2] == period
