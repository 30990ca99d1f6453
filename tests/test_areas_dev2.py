"""Area families found in the dev2 split's errors (corpus/README.md), with phrasings written for these tests:

- a nation named only inside a body's name ("NHS England data shows") does not make a national story;
- a place inside the own name of a health body that is itself the story's area ("Sussex" in "University
  Hospitals Sussex NHS Foundation Trust") is not counted as a place of its own.
"""
import pytest

from record_finding import link_of

TRUST_STORY = (
    "More than half of patients fit to leave hospital were not discharged on one day last week, figures reveal.\n\n"
    "NHS England data shows 410 patients at hospitals run by the University Hospitals Dorset NHS Foundation Trust were fit "
    "for discharge on March 3, the latest data available.\n\n"
    "However, only 150 left hospital that day.\n\n"
    "Charities said discharge delays hurt the whole health and care system.\n\n"
    "The figures include 90 patients who had been in hospital for at least three weeks.\n\n"
    "The proportion at the University Hospitals Dorset NHS Foundation Trust was lower than a week earlier.\n\n"
    "Across England, around 12,000 patients ready for discharge stayed in a hospital bed.")


@pytest.mark.parametrize("number,area", [
    ("410", "University Hospitals Dorset NHS Foundation Trust"),
    ("90", "University Hospitals Dorset NHS Foundation Trust"),
    ("half", "University Hospitals Dorset NHS Foundation Trust"),
    ("12,000", "England"),
])
def test_a_trusts_story_is_the_trusts_though_nhs_england_is_named(ex, number, area):
    assert link_of(ex, TRUST_STORY, number)[1] == area


def test_near_miss_a_story_that_opens_on_its_nation_is_the_nations(ex):
    text = ("Across England, more than half of patients fit to leave hospital were not discharged on one day last "
            "week, NHS England figures show, with 12,000 patients staying in a bed.\n\n"
            "At the University Hospitals Dorset NHS Foundation Trust 410 were fit for discharge.\n\n"
            "In England as a whole, 30 per cent had been in hospital for three weeks.\n\n"
            "The University Hospitals Dorset NHS Foundation Trust said it was working with councils.")
    assert link_of(ex, text, "30")[1] == "England"
