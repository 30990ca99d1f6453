"""Defects a second read (rv13) of the day's changes reproduced, each a row: the phrasing that broke and
what it must give. Sentences written by the reviewer and me for these tests."""
import pytest

from record_finding import link_of, measures
from period_finding import found

PUB = "2024-05-01"


@pytest.mark.parametrize("text, number, period", [
    # two months whose figures follow "respectively": one month each (not the span range.month_pair makes)
    ("Arrests in January and February were 400 and 300 respectively.", "400", "2024-01"),
    ("Arrests in January and February were 400 and 300 respectively.", "300", "2024-02"),
    # a release verb whose object is the thing counted dates it ("issued by Leeds City Council last year")
    ("Penalty notices issued by Leeds City Council last year totalled 4,000.", "4,000", "2023"),
    ("Prisoners released by HMP Leeds last year numbered 1,200.", "1,200", "2023"),
    # "on" before a bare count says where, not a baseline
    ("Bus use in Kent fell by 3% in 2024. Separately, fares rose by 5% on 12 routes in March 2023.", "5", "2023-03"),
])
def test_periods(ex, text, number, period):
    assert link_of(ex, text, number, published=PUB)[2] == period


@pytest.mark.parametrize("text, number, area", [
    # "while" before a participle is no turn to another clause
    ("Sussex Police published its figures last week. Officers caught 300 motorists using phones while driving "
     "in Kent.", "300", "Kent"),
    # "the county" after a force's own area is that area; "the county town" names no place by reference
    ("Essex had fewer burglaries.\n\nKent Police recorded 4,100 burglaries last year. Across the county, 900 were "
     "solved.", "900", "Kent"),
    ("Kent has a long coastline.\n\nMaidstone had 300 burglaries last year. Police in the county town recorded "
     "40 more in March.", "40", "Maidstone"),
    # a council that talks about another's shortfall does not hold it
    ("Leaders at Kent County Council criticised the Government over a £40m funding shortfall facing schools in "
     "Medway.", "40m", "Medway"),
])
def test_areas(ex, text, number, area):
    assert link_of(ex, text, number, published=PUB)[1] == area


@pytest.mark.parametrize("text, number, expected", [
    # "more in real terms / in total / in some cases" is a manner, not the thing that changed
    ("The council collected £3.2 million more in total than it had expected.", "3.2 million", None),
    ("Pensioners will get £200 more in cash terms this winter.", "200", None),
    # a figure whose own verb is another deed takes no measure from its neighbour
    ("Officers stopped 500 drivers and breathalysed 120, while they fined 30.", "30", None),
    # ... but a verb of reaching a level does
    ("The backlog was 70,900 in March and passed 75,000 in June.", "75,000", "backlog"),
    # scope words with a hyphen, and "across all force areas"
    ("Burglary rose 8% last year. This compares with a county-wide rise of 1.4 per cent.", "1.4", "rise in burglary"),
    ("The figures show an overall decrease of 0.3% across all force areas.", "0.3", None),
])
def test_measures(ex, text, number, expected):
    assert measures(ex, text, by="number")[number] == expected


def test_a_list_of_thousands_of_months_stays_within_the_time_budget(ex):
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    text = "Sales were high in " + ", ".join(months * 1500) + " and rose by 5%."
    record = ex.extract(text)
    assert not record.get("error") and [s["number"]["text"] for s in record["statistics"]] == ["5"]


def test_a_list_of_months_near_miss_of_a_count_after_and():
    # (the list's last item must be a month with its year: "and 2,020 in June" is no year of March)
    assert found("Arrests reached 310 in March and June 2,020 times.", "March", PUB) == ("2024-03", "month")
