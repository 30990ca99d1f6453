"""Measures from police performance releases: examples given of a subject ("crime such as burglary, robbery and
theft, fell by"), the passive of a cut ("incidents were cut five per cent"), a second share of the same people
("while 97 per cent were satisfied with ...")."""
import pytest

from record_finding import measures


@pytest.mark.parametrize("text,span,measure", [
    ("Serious acquisitive crime such as burglary, robbery and vehicle theft, fell by 12 per cent.", "12 per cent",
     "fall in serious acquisitive crime"),
    ("Offences including fraud, theft and robbery, rose by 5%.", "5%", "increase in offences"),
    # near-miss: an aside of its own after a comma is still cut out
    ("Total arrests, including those later released, fell by 300 in the year.", "fell by 300", "fall in total arrests"),
])
def test_examples_given_of_a_subject(ex, text, span, measure):
    assert measures(ex, text)[span] == measure


@pytest.mark.parametrize("text,span,measure", [
    ("Anti-social behaviour incidents were cut five per cent from 17,625 to 16,744.", "five per cent",
     "fall in anti-social behaviour incidents"),
    ("Bus subsidies have been slashed by 20%.", "20%", "fall in bus subsidies"),
])
def test_the_passive_of_a_cut(ex, text, span, measure):
    assert measures(ex, text)[span] == measure


@pytest.mark.parametrize("text,span,measure", [
    ("Some 88 per cent of crime victims were satisfied with the response, while 97 per cent were satisfied with "
     "how they were treated by officers and staff.", "97 per cent",
     "share of crime victims satisfied with how they were treated by officers"),
    # near-miss: a share of a group that is not a group something was done to
    ("Some 6,680 households were in B&Bs. Fifty-one per cent were families with children.", "Fifty-one per cent",
     "share of households that are families with children"),
])
def test_a_second_share_of_the_same_people(ex, text, span, measure):
    assert measures(ex, text)[span] == measure
