"""A period ahead of the story (a plan's "next financial year", a forecast's "next year") dates the
figures of its own sentence and never becomes the story's period for the others (a new user's council
budget story put "since the start of 2010" savings in the next financial year). Phrasings written for these
tests, with near-misses."""
import pytest

from record_finding import link_of


@pytest.mark.parametrize("text,number", [
    ("Oakfield Council needs to make savings of £12.5m within the next financial year.\n\nIt has already made "
     "savings of £73.2m, a spokesperson said.", "73.2m"),
    ("The trust expects to treat 4,000 more patients next year.\n\nIt employs 2,300 nurses.", "2,300"),
    ("Fares will rise by 5% next month.\n\nThe operator carried 1.2 million passengers.", "1.2 million"),
])
def test_a_period_ahead_is_no_story_period(ex, text, number):
    assert link_of(ex, text, number, published="2024-11-27")[2] is None


@pytest.mark.parametrize("text,number,period", [
    # the plan's own figure keeps its period
    ("Oakfield Council needs to make savings of £12.5m within the next financial year.", "12.5m",
     "2025-04-01/2026-03-31"),
    ("Fares will rise by 5% next month.", "5", "2024-12"),
    # a story about a past year still frames its figures
    ("Oakfield Council overspent by £4m in 2023-24.\n\nIt made savings of £7.2m, a spokesperson said.", "7.2m",
     "2023-04-01/2024-03-31"),
])
def test_a_period_ahead_dates_its_own_sentence(ex, text, number, period):
    assert link_of(ex, text, number, published="2024-11-27")[2] == period


@pytest.mark.parametrize("text,number,period", [
    # a level written straight before a baseline's period is that period's own figure
    ("Thefts rose by 11% in the year to June 2024, though the total is still lower than before the pandemic, "
     "with 2,727 recorded in 2019/20.", "2,727", "2019-04-01/2020-03-31"),
    ("Visits fell in 2024 and remain below the 1.2 million counted in 2019.", "1.2 million", "2019"),
])
def test_a_level_before_a_baseline_period_is_that_periods(ex, text, number, period):
    assert link_of(ex, text, number, published="2024-11-27")[2] == period


def test_a_change_is_still_dated_by_its_newer_value(ex):
    text = "Fly-tipping in the borough rose by 14% in 2023-24 compared with 2022-23."
    assert link_of(ex, text, "14", published="2024-11-27")[2] == "2023-04-01/2024-03-31"


@pytest.mark.parametrize("text,number,area", [
    # a share whose whole is a group of places: no one place's figure
    ("The worst waits were in Lincolnshire.\n\nOverall, just over a quarter of CCG areas were hitting the target.",
     "a quarter", None),
    ("Kent saw a fall in crime.\n\nAbout 40% of councils met the target.", "40", None),
    # near-misses: the group inside a named place, and a place ranked among the group
    ("Kent saw a fall in crime.\n\nJust over a quarter of councils in Kent met the target.", "a quarter", "Kent"),
    ("North Yorkshire has been ranked in the top 15 per cent of authorities nationally.", "15", "North Yorkshire"),
])
def test_a_share_of_many_places_is_no_places(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


def test_a_sentence_pointing_back_to_a_national_figure_is_national(ex):
    text = ("In the East of England waiting times rose by a minute.\n\nThe national proportion of calls answered within "
            "eight minutes was 74.6 per cent in October. This falls short of the 75 per cent target.")
    assert link_of(ex, text, "75")[1] is None
    # a sentence pointing back to a local figure keeps the local place
    text = "Kent Police answered 80% of calls.\n\nThe force missed its 90% target. This is down 3% on last year."
    assert link_of(ex, text, "3")[1] == "Kent"


def test_pointing_back_to_a_local_figure_compared_with_a_national_one_keeps_the_place(ex):
    text = ("Across Nottinghamshire, 51.4 per cent of pupils achieved five good GCSEs, compared to a national average of "
            "53.4 per cent. This represents an increase of 4.2 percentage points from last year.")
    assert link_of(ex, text, "4.2")[1] == "Nottinghamshire"


@pytest.mark.parametrize("text,number,area", [
    ("GCSE results improved in Nottinghamshire.\n\nPupils across the county beat the national average with 78.1 per cent "
     "of pupils achieving five GCSEs.", "78.1", "Nottinghamshire"),
    # near-miss: a national figure stated as such stays national
    ("GCSE results improved in Nottinghamshire.\n\nThe national average was 75.4 per cent.", "75.4", None),
])
def test_beating_the_national_average_with_a_figure_is_the_places(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area
