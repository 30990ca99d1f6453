"""Measures from a probe of 17 fresh articles (sentences rewritten for these tests): a scope word is no
thing changed ("a national rise of 1.4 per cent" is a rise in what the sentence before counted, or no
measure; never "rise in national"), nor is a phrase that only says where ("an overall decrease of 0.3%
across the force area"); a measure stops before the clause of another figure ("19,076 admissions and
February 2020 saw 23,012"). Near-misses: a scope word inside a thing ("a local council tax increase"), a
place inside the counted thing ("the population of England and Wales"), a list of ages."""
import pytest

from record_finding import measures


@pytest.mark.parametrize("text, number, expected", [
    ("This compares with a national rise of 1.4 per cent.", "1.4", None),
    ("Burglary rose 8% last year. This compares with a national rise of 1.4 per cent.", "1.4", "rise in burglary"),
    ("The figures show an overall decrease of 0.3% across the force area.", "0.3", None),
    ("In February 2022 there were 19,076 admissions and February 2021 saw 23,012.", "19,076", "admissions"),
    ("In February 2022 there were 19,076 admissions and February 2021 saw 23,012.", "23,012", "admissions"),
    ("There were 300 burglaries and Kent Police made 40 arrests.", "300", "burglaries"),
    # near-misses
    ("Kent saw a local council tax increase of 4.99%.", "4.99", "increase in local council tax"),
    ("The population of England and Wales has increased by more than 3.5 million in the 10 years to 2021.",
     "3.5 million", "increase in population of England and Wales in the 10 years"),
    ("Spending rose by 3% across the county.", "3", "increase in spending"),
])
def test_measure(ex, text, number, expected):
    assert measures(ex, text, by="number")[number] == expected


# what a council-tax band pays, and a body's overspend ("would pay £1,571 a year", "overspent by £7.8m",
# "is expected to be overspent by £4.65m"). Near-misses: spending and costs keep their measures.
@pytest.mark.parametrize("text, number, expected", [
    ("Those in band D housing would pay £1,571 a year, while those in band A pay £1,047.", "1,571",
     "amount paid by those in band D housing"),
    ("Those in band D housing would pay £1,571 a year, while those in band A pay £1,047.", "1,047",
     "amount paid by those in band A"),
    ("Residents in Band D properties will pay £1,900 next year.", "1,900", "amount paid by residents in Band D properties"),
    ("The children's services directorate overspent by £7.8 million.", "7.8 million",
     "overspend of children's services directorate"),
    ("The directorate is expected to be overspent by £4.65million at the end of the year.", "4.65million",
     "overspend of directorate"),
    ("Adult services are likely to be underspent by £1.2m.", "1.2m", "underspend of adult services"),
    # near-misses
    ("Visitors are expected to spend £3m.", "3m", "spending by visitors"),
    ("The scheme is expected to cost £40m.", "40m", "cost of scheme"),
])
def test_money_a_subject_pays_or_overspends(ex, text, number, expected):
    assert measures(ex, text, by="number")[number] == expected


# "This figure relates to activity in 2023 and is up by [15.5]% on the 2022 figure of [£2.070 billion]": the
# change and the earlier figure are of what the sentence before measured. Near-miss: a change whose own
# subject is named keeps it.
@pytest.mark.parametrize("text, number, expected", [
    ("Tourism was worth £2.4 billion to the county. This figure relates to activity in 2023 and is up by 15.5% on "
     "the 2022 figure of £2.070 billion.", "15.5", "increase in value of tourism on the 2022"),
    ("Tourism was worth £2.4 billion to the county. This figure relates to activity in 2023 and is up by 15.5% on "
     "the 2022 figure of £2.070 billion.", "2.070 billion", "value of tourism"),
    ("There were 4,100 burglaries last year. Police made 300 arrests, against the 2022 figure of 280.", "280",
     "arrests made"),
    ("There were 4,100 burglaries. Kent Police said this figure was worrying and that thefts were up 4% on last "
     "year.", "4", "increase in thefts on last year"),
])
def test_a_figure_of_another_time_and_this_figure_is_up(ex, text, number, expected):
    assert measures(ex, text, by="number")[number] == expected
