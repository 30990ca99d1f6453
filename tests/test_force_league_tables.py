"""Police force league tables: a figure set against a known one ("slightly below the 14,680 in the year to March
2020") is a baseline, which never becomes the story's period; a holder with its ranking's scope in an apposition
("City of London Police, the smallest force in England and Wales, recorded 49 ..., up from 26") holds every figure
of its sentence; the largest change "was recorded by" a force with its size in a bracket, and the list that
follows it."""
import pytest

from record_finding import link_of, measures

PUB = "2024-04-25"
STORY = ("Knife crime rises again\n\nSome 14,577 offences were recorded by the Metropolitan Police in the 12 months to "
         "December 2023, Home Office data shows.\n\nThis is up 20% from 12,119 in the previous 12 months, but is slightly "
         "below the 14,680 in the year to March 2020.\n\nWest Midlands Police were second, accounting for 11% of the "
         "total.")


@pytest.mark.parametrize("number,period", [
    ("20", "2023"),
    ("14,680", "2019-04-01/2020-03-31"),
    ("11", "2023"),
])
def test_a_figure_set_below_a_known_one_is_a_baseline(ex, number, period):
    assert link_of(ex, STORY, number, published=PUB)[2] == period


@pytest.mark.parametrize("text,number,period", [
    # near-miss: a level reached "above" a figure, with no "the", keeps its own period
    ("Burglaries rose to above 5,000 in 2023.", "5,000", "2023"),
])
def test_above_a_figure_without_the(ex, text, number, period):
    assert link_of(ex, text, number, published=PUB)[2] == period


@pytest.mark.parametrize("number,area", [("49", "City of London"), ("26", "City of London"), ("88", "City of London")])
def test_a_holder_with_its_rankings_scope_in_apposition(ex, number, area):
    text = ("City of London Police, the smallest force in England and Wales, recorded 49 offences in 2023, up from 26 "
            "in 2022, a jump of 88%.")
    assert link_of(ex, text, number, published=PUB)[1] == area


@pytest.mark.parametrize("span", ["24%", "23%", "20%", "19%"])
def test_the_largest_change_recorded_by_a_force_and_the_list_after_it(ex, span):
    text = ("The largest percentage increase in offences among full-size forces was recorded by Avon & Somerset Police "
            "(up 24% on 2022), followed by South Wales (up 23%), the Metropolitan Police (up 20%) and Durham (up 19%).")
    assert measures(ex, text)[span] == "increase in offences"


@pytest.mark.parametrize("text,span,measure", [
    ("The Met was one of 23 forces to record an increase in 2023, with 17 recording a decrease and one reporting no "
     "change.", "17", "forces recording a decrease"),
    ("Some 40 councils raised fees, with 12 raising them by more than 10%.", "12",
     "councils raising them by more than 10%"),
    # near-miss: a count with its own noun after "with"
    ("There were 300 arrests, with 40 people charged.", "40", "people charged"),
])
def test_with_n_doing_after_a_count(ex, text, span, measure):
    assert measures(ex, text)[span] == measure
