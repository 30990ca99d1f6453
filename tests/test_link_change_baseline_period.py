"""A change is dated by its newer value, never by the period of the figure it is measured on (FORMAT): "a
50pc increase on the near 75,000 that were waiting in March 2020" is not March 2020's, nor is "an increase
of 1.4%" after "When compared to pre-COVID crime levels in 2019". Near-misses: a from-to change takes the
newer end; a baseline in brackets closed before the change's own span. Sentences written for these tests."""
import pytest

from record_finding import link_of

PUB = "2021-12-20"


@pytest.mark.parametrize("text, number, period", [
    ("Some 111,209 people were waiting in December 2021. It is a 50pc increase on the near 75,000 that were "
     "waiting in March 2020.", "50", "2021-12"),
    ("Some 111,209 people were waiting in December 2021. It is a 50pc increase on the near 75,000 that were "
     "waiting in March 2020.", "75,000", "2020-03"),
    ("Crime rose 12% in the year to September 2021. When compared to pre-pandemic crime levels in 2019, the "
     "county has seen an increase of just 1.4%.", "1.4", "2020-10-01/2021-09-30"),
    # near-misses
    ("The number tested went up by 10 per cent - from 6,918 in 2014 to 7,606 in 2015.", "10", "2015"),
    ("The number tested went up by 10 per cent - from 6,918 in 2014 to 7,606 in 2015.", "6,918", "2014"),
    ("Nationally, there has been a rise of 6.7% (up from 49,466) over the last 12 months.", "6.7",
     "2020-12-20/2021-12-20"),
])
def test_a_change_is_not_dated_by_its_baseline(ex, text, number, period):
    assert link_of(ex, text, number, published=PUB)[2] == period
