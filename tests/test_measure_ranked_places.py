"""Measures of figures that rank places ("the highest employment rate was in the South East (78.0%)",
"the largest increase in jobs was in London at 54,000") and of changes after a linking phrase
("As a result ILO unemployment rose 13,000")."""
import pytest

from record_finding import measures


@pytest.mark.parametrize("text,number,measure", [
    ("For the 3 months ending May 2024, the highest employment rate in the UK was in the South West (79.2%) "
     "and the lowest was in Wales (71.5%).", "79.2%", "employment rate"),
    ("For the 3 months ending May 2024, the highest employment rate in the UK was in the South West (79.2%) "
     "and the lowest was in Wales (71.5%).", "71.5%", "employment rate"),
    ("For June 2024, the highest Claimant Count rate was in the North East (4.6%) and the lowest in the South "
     "East (1.9%).", "4.6%", "Claimant Count rate"),
    ("Hartlepool had the highest unemployment rate, at 7.2%.", "7.2%", "unemployment rate"),
    ("The lowest vaccination rate was recorded in Luton at 61%.", "61%", "vaccination rate"),
])
def test_a_level_places_are_ranked_by(ex, text, number, measure):
    # (the ranking is no part of what is measured: "employment rate", not "highest employment rate")
    assert measures(ex, text)[number] == measure


@pytest.mark.parametrize("text,number,measure", [
    ("Between March and June 2024, the largest increase in workforce jobs in the UK was in London at 61,000. "
     "The largest decrease was in the North West at 12,000.", "61,000", "increase in workforce jobs"),
    ("Between March and June 2024, the largest increase in workforce jobs in the UK was in London at 61,000. "
     "The largest decrease was in the North West at 12,000.", "12,000", "decrease in workforce jobs"),
])
def test_the_largest_change_placed_after_a_time(ex, text, number, measure):
    assert measures(ex, text)[number] == measure


@pytest.mark.parametrize("text,number,measure", [
    # near-miss: a count of its own noun after a ranking keeps its noun
    ("Liverpool's Central ward had the lowest turnout in the country, with just 1,658 votes cast.", "1,658",
     "votes cast"),
    # near-miss: "the highest" with no noun and no ranked figure before it names nothing
    ("The highest was in Leeds (4.1%).", "4.1%", None),
])
def test_ranked_near_misses(ex, text, number, measure):
    assert measures(ex, text)[number] == measure


@pytest.mark.parametrize("text,span,measure", [
    ("As a result ILO unemployment rose by 13,000 compared with the previous quarter.", "rose by 13,000",
     "increase in ILO unemployment compared with the previous quarter"),
    ("Against this the number of inactive people of working age fell by 73,000.", "fell by 73,000",
     "fall in the number of inactive people of working age"),
    ("In contrast, burglaries fell by 4%.", "4%", "fall in burglaries"),
    ("At the same time, reported thefts rose by 9%.", "9%", "increase in reported thefts"),
])
def test_a_linking_phrase_is_no_part_of_the_subject(ex, text, span, measure):
    assert measures(ex, text)[span] == measure
