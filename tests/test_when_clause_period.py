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
