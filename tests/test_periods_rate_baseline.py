"""The period of a compared rate ("compared to 54 per 100,000 in 2005") is a baseline's: it dates the
compared rate only, not the current one of the same sentence. Sentences written for these tests."""
import pytest


def periods_of(ex, text, published=None):
    r = ex.extract(text, published=published)
    per = {p["id"]: p["value"] for p in r["periods"]}
    return {s["number"]["text"]: per.get(s.get("period")) for s in r["statistics"]}


@pytest.mark.parametrize("text, now, then, year", [
    ("There are now 31 exclusions per 1,000 pupils in the county, compared with 24 per 1,000 in 2019.", "31", "24", "2019"),
    ("The rate has reached 96 per 100,000 residents, up from 71 per 100,000 in 2015.", "96", "71", "2015"),
    ("Some 12 in every 1,000 homes are empty, against 9 for every 1,000 in 2018.", "12", "9", "2018"),
])
def test_the_compared_rates_period_is_not_the_current_rates(ex, text, now, then, year):
    got = periods_of(ex, text)
    assert got[then] == year
    assert got[now] != year


@pytest.mark.parametrize("text, number, year", [
    ("The rate was 31 per 1,000 pupils in 2022.", "31", "2022"),
    ("In 2022 the rate was 31 per 1,000, compared with 24 per 1,000 in 2019.", "31", "2022"),
])
def test_a_rates_own_period_stays(ex, text, number, year):
    assert periods_of(ex, text)[number] == year


@pytest.mark.parametrize("text, number, not_year", [
    # a compared rank's period is a baseline too
    ("The county now ranks 12th of the 43 forces in England and Wales, compared with 30th in 2019.", "43", "2019"),
    ("The trust came 5th out of 120 trusts, up from 41st in 2020.", "120", "2020"),
])
def test_a_compared_ranks_period_dates_nothing_else(ex, text, number, not_year):
    assert periods_of(ex, text)[number] != not_year


def test_a_rank_with_its_own_period_keeps_it(ex):
    assert periods_of(ex, "In 2021 the county ranked 12th of the 43 forces.")["43"] in ("2021", None)


@pytest.mark.parametrize("text, number, value", [
    # an ordinal that is one end of a span is a day or a place in a climb, not a compared rank
    ("During the strike, which ran from 3rd to 10th March 2023, 4,000 operations were cancelled.", "4,000", "2023-03-10"),
    ("York rose from 12th to top in 2022, after 820 new homes were completed in the city.", "820", "2022"),
])
def test_an_ordinal_at_a_spans_end_is_no_compared_rank(ex, text, number, value):
    assert periods_of(ex, text, "2023-06-01")[number] == value
