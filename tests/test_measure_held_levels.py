"""Measures of a level that held: "Unemployment held at 4.2%", "Inflation stayed at 3.1%", "held steady at",
"remained flat at", "hovered at": the subject before the verb is what the figure measures, as it is for "stood
at" and "remained at" (never the word between the verb and "at": "steady", "firm")."""
import pytest

from record_finding import measures


@pytest.mark.parametrize("text,span,measure", [
    ("Unemployment held at 4.2% in the three months to June.", "4.2%", "Unemployment"),
    ("Inflation stayed at 3.1% last month.", "3.1%", "Inflation"),
    ("Inflation held steady at 2% in May.", "2%", "Inflation"),
    ("The vacancy rate in Leeds remained flat at 6.5% over the summer.", "6.5%", "vacancy rate"),
    ("Average house prices held firm at £250,000 in Kent.", "£250,000", "Average house prices"),
    ("The claimant count hovered at 1,234 for most of the year.", "1,234", "claimant count"),
    ("Interest rates have stayed unchanged at 5.25% since August.", "5.25%", "Interest rates"),
    ("The jobless rate sat at 4% in the spring.", "4%", "jobless rate"),
    # the forms already read: the family's other verbs
    ("The unemployment rate remained at 4.2% in Wales.", "4.2%", "unemployment rate"),
    ("The claimant count stood at 1,234 in March.", "1,234", "claimant count"),
])
def test_the_subject_of_a_level_that_held(ex, text, span, measure):
    assert measures(ex, text)[span] == measure


@pytest.mark.parametrize("text,span,measure", [
    # a figure with its own noun after it keeps that noun
    ("The conference was held at 12 venues across the county.", "12", "venues"),
    ("Numbers stayed at 40 families in the last quarter.", "40", "families"),
    # "held" meaning kept in custody, not a level: the figure is not "at" after it
    ("Police held 14 people in Leeds.", "14", "people"),
])
def test_near_misses_keep_their_own_measure(ex, text, span, measure):
    assert measures(ex, text)[span] == measure


@pytest.mark.parametrize("text,span,measure", [
    ("The number of homeless families in Kent remained at 120 in 2023.", "120", "homeless families"),
    ("The number of homeless families in Kent remained unchanged at 120 in 2023.", "120", "homeless families"),
    ("The number of patients waiting stayed at 7.6 million.", "7.6 million", "patients waiting"),
    # the form already read
    ("The number of homeless families in Kent stood at 120 in 2023.", "120", "homeless families"),
])
def test_the_number_of_things_that_held(ex, text, span, measure):
    """"The number of X remained at [N]": X, not "X in Kent remained"."""
    assert measures(ex, text)[span] == measure
