"""Directions and kinds of changes, round 2 (issue 16), in families met in new news text: a change
said not to have happened has no direction ("did not rise by 10%"); a change named without a way
goes the way of the two levels it moved between ("changed by 21%, from 120 to 95"); a comma or dash
between the change and its "of"/"by" ("the biggest decrease, of 16%"); an amount that is part of one
change ("£3,871 of that drop"), but a fraction of a change is a share; "the biggest fall being 6.7%";
a change over a period that moves to a new size ("taking the annual fall in prices to 3.2%"); a
change restated with "equivalent to"; a verb after a figure that belongs to its subject ("homes worth
over £1m decreased by 28%"); the level after a stated change is no superlative change; "N more"
compared with a named baseline is a change; a change paired across places ("6% across England and
10% in London"); "cuts of up to 20%"; a change whose sign is a word ("negative growth"); verbs of change in the present tense ("spikes by 29%"). Every sentence
here was written for these tests; each family has cases that must match and near-misses that must
not."""
from __future__ import annotations

import pytest
from number_finding import figures, stats as stats_of


def kind_way(text: str, surface: str) -> tuple:
    kind, _value, direction, _cur = figures(text)[surface]
    return kind, direction


# --- a change said not to have happened --------------------------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("Shoplifting did not rise by 10% last year, despite the warnings.", "10"),
    ("There was no increase of 5% in parking fees this spring.", "5"),
    ("Recorded thefts failed to fall by 3% as the force had hoped.", "3"),
    ("Admissions haven't dropped by 200 since the scheme began.", "200"),
    ("The survey did not show a rise of 4 per cent in cycling.", "4"),
    ("Bus fares have never been reduced by £1 in the city.", "1"),
])
def test_negated_change_has_no_direction(text, surface):
    assert figures(text)[surface][2] is None


@pytest.mark.parametrize("text, surface, way", [
    ("Council tax has not risen by more than 2% since 2019.", "2", "up"),  # a bound: it rose, by 2% at most
    ("Rents rose by no more than 5% in the borough.", "5", "up"),
    ("Prices not only rose by 6% but kept rising.", "6", "up"),
    ("Crime did not stop: it rose by 8% in the year.", "8", "up"),
])
def test_negation_that_leaves_the_change(text, surface, way):
    assert figures(text)[surface][2] == way


# --- a change named without a way, between two levels -----------------------------------------

@pytest.mark.parametrize("text, surface, way", [
    ("The number of people sleeping rough changed by 21%, from 120 to 95.", "21", "down"),
    ("There was a 12% change in admissions, from 2,000 to 1,760.", "12", "down"),
    ("Stations saw a change of 240 journeys from 1,760 to 2,000.", "240", "up"),
    ("Fees saw a change of £250, from £9,000 to £9,250.", "250", "up"),
    ("From 3.2m to 2.9m visits, the difference was 9%.", "9", "down"),
    ("From 2,000 to 1,760, the change was 240.", "240", "down"),
    ("From 3.2m to 2.9m visits, the difference was 300,000.", "300,000", "down"),
])
def test_neutral_change_takes_the_way_of_its_levels(text, surface, way):
    assert figures(text)[surface][2] == way


@pytest.mark.parametrize("text, surface", [
    ("The share of pupils was 12%, from 2,000 to 1,760 schools.", "12"),  # no change named
    ("There was a 5% change in the rules, from April to May.", "5"),  # no levels
    ("Costs saw a change of 4%, from £300 to £300 a week.", "4"),  # equal levels
])
def test_neutral_change_without_two_levels(text, surface):
    assert figures(text)[surface][2] is None


# --- a comma or dash between the change and its size -------------------------------------------

@pytest.mark.parametrize("text, surface, kind, way", [
    ("The biggest decrease, of 16%, was in the north.", "16", "percentage", "down"),
    ("Leeds saw another rise, by 35, and now has 1,600 claimants.", "35", "change", "up"),
    ("The largest drop - of 10 per cent - was recorded in Derby.", "10", "percentage", "down"),
    ("The sharpest increase, by 2,100, came in the capital.", "2,100", "change", "up"),
])
def test_comma_or_dash_before_of_or_by(text, surface, kind, way):
    assert kind_way(text, surface) == (kind, way)


@pytest.mark.parametrize("text, surface", [
    ("Crime rose, of course, in 40 towns.", "40"),
    ("The increase, by all accounts, came from 12 schools.", "12"),
])
def test_comma_not_before_the_size(text, surface):
    assert figures(text)[surface][2] is None


# --- an amount that is part of one change ------------------------------------------------------

@pytest.mark.parametrize("text, surface, way", [
    ("The average home costs £8,320 less, with £3,871 of that drop in the last month.", "3,871", "down"),
    ("Spending rose by £9m, £4m of the increase going on care.", "4m", "up"),
    ("Fares went up and £2.50 of this rise was a fuel charge.", "2.50", "up"),
])
def test_amount_of_one_change(text, surface, way):
    assert figures(text)[surface][2] == way


@pytest.mark.parametrize("text, surface", [
    ("The 26 trusts are responsible for half of the year on year increase in breaches.", "half"),
    ("A third of the rise came from London.", "A third"),
    ("The council spent £12m of the budget on roads.", "12m"),
])
def test_share_of_a_change_or_no_change(text, surface):
    found = figures(text)
    key = next(k for k in found if k.lower() == surface.lower()) if surface not in found else surface
    assert found[key][2] is None


# --- the change named, then its size ------------------------------------------------------------

@pytest.mark.parametrize("text, surface, way", [
    ("All regions saw prices fall, with the biggest fall being 6.7% in the east.", "6.7", "down"),
    ("Rents grew, the largest increase being 9% in Bristol.", "9", "up"),
    ("Prices fell by 1.9%, taking the annual rate of price deflation to 4.6%.", "4.6", "down"),
    ("House prices fell by 0.9%, taking the annual fall in prices to 3.2%.", "3.2", "down"),
    ("April's rise takes the annual increase to 2.1%, the registry said.", "2.1", "up"),
    ("The year-on-year drop in sales widened to 8%.", "8", "down"),
])
def test_change_named_then_its_size(text, surface, way):
    assert figures(text)[surface][2] == way


@pytest.mark.parametrize("text, surface", [
    ("Arrests rose in Kent, with a rise in arrests to 300.", "300"),  # a level reached, not the rise
    ("Burglaries were being 12% of all crime.", "12"),
])
def test_level_after_a_change_noun(text, surface):
    assert figures(text)[surface][2] is None


# --- the same change restated ----------------------------------------------------------------

@pytest.mark.parametrize("text, surface, way", [
    ("Road spending plunged by £1,000 – equivalent to nearly 15% – in a year.", "15", "down"),
    ("Costs rose by £400, equivalent to 6%, over the year.", "6", "up"),
    ("The grant was cut by £2m, which is equivalent to 4%.", "4", "down"),
])
def test_change_restated_as_equivalent(text, surface, way):
    assert figures(text)[surface][2] == way


# --- a verb after a figure belongs to its subject ----------------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("The number of homes sold for over £1m decreased by 28% in the year.", "1m"),
    ("Flats worth under £200,000 rose by 3% in value.", "200,000"),
])
def test_verb_of_the_subject_after_a_figure(text, surface):
    assert figures(text)[surface][2] is None


@pytest.mark.parametrize("text, surface, way", [
    ("That is a 30% increased risk of flooding.", "30", "up"),
    ("Bills were £25 lower than last year.", "25", "down"),
])
def test_cue_after_a_figure_still_counts(text, surface, way):
    assert figures(text)[surface][2] == way


# --- the level after a stated change is no superlative change ----------------------------------

@pytest.mark.parametrize("text, surface, kind", [
    ("Ipswich saw the biggest fall, with the count down by 127 at 1,837.", "1,837", "count"),
    ("The largest rise was in Hull, up 40 at 2,210 claimants.", "2,210", "count"),
])
def test_level_after_stated_change(text, surface, kind):
    assert figures(text)[surface][:1] == (kind,)


def test_superlative_change_at_still_found():
    assert kind_way("The largest increase in jobs was in the West Midlands, at 40,000.", "40,000") == ("change", "up")


# --- "N more" against a named baseline ---------------------------------------------------------

@pytest.mark.parametrize("text, surface, way", [
    ("There were 22 more homeless adults compared to the previous month.", "22", "up"),
    ("The clinic saw 150 more patients in comparison with 2022.", "150", "up"),
    ("There were 40 more arrests on last year.", "40", "up"),
    ("Police logged 90 more incidents than in 2021.", "90", "up"),
])
def test_more_against_a_baseline_is_a_change(text, surface, way):
    assert kind_way(text, surface) == ("change", way)


@pytest.mark.parametrize("text, surface", [
    ("The force recruited 300 more officers last year.", "300"),  # no baseline: things counted
    ("Ministers promised 20 more nurses for the ward.", "20"),
])
def test_more_without_a_baseline_counts(text, surface):
    assert figures(text)[surface][0] == "count"


# --- a change paired across places ---------------------------------------------------------------

@pytest.mark.parametrize("text, surface, way", [
    ("Acceptances showed a rise of 6% across England and 10% in London.", "10", "up"),
    ("Claims fell 3% in Leeds and 5% across Bradford.", "5", "down"),
    ("Funding increased by just 0.5% compared to the 4% average.", "4", "up"),
])
def test_change_paired(text, surface, way):
    assert figures(text)[surface][2] == way


def test_paired_share_is_no_change():
    assert figures("Visits rose 5% across the region and 20% of visitors were new.")["20"][2] is None


# --- cuts of up to ... -------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, way", [
    ("Forces face cuts of up to 20 per cent in their grants.", "20", "down"),
    ("It was not as bad as the slump of up to 10 per cent feared.", "10", "down"),
    ("Rents will increase by up to 5% in April.", "5", "up"),
])
def test_change_of_up_to(text, surface, way):
    assert figures(text)[surface][2] == way


@pytest.mark.parametrize("text, surface", [
    ("Landlords may charge a share of up to 20 per cent.", "20"),
    ("The scheme pays up to £500 a family.", "500"),
])
def test_up_to_bound_without_change(text, surface):
    assert figures(text)[surface][2] is None


# --- a sign written as a word -----------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, way", [
    ("The index shows a positive monthly house price change of 0.9 per cent.", "0.9", "up"),
    ("The economy saw negative growth of 0.3% in the quarter.", "0.3", "down"),
])
def test_sign_as_word(text, surface, way):
    assert figures(text)[surface][2] == way


def test_positive_without_change_noun():
    assert figures("Some 64% of tenants gave a positive answer.")["64"][2] is None


# --- verbs of change in the present tense ------------------------------------------------------------

@pytest.mark.parametrize("text, surface, way", [
    ("Robbery spikes by 29% as thefts rise.", "29", "up"),
    ("Visitor spending plunges 45% in a quarter.", "45", "down"),
    ("The police budget is squeezed by more than £2bn.", "2bn", "down"),
    ("Demand soars 60% in a year.", "60", "up"),
])
def test_present_tense_verbs(text, surface, way):
    assert figures(text)[surface][2] == way


# --- a per cent change whose verb is gapped --------------------------------------------------------

@pytest.mark.parametrize("text, surface, way", [
    ("Violence went up by 6% while sexual offences were up 11% and robbery 4%.", "4", "up"),
    ("Shoplifting fell 8%, vandalism 5% and arson 2%.", "2", "down"),
    ("Rail journeys rose 7% and bus trips 3%.", "3", "up"),
])
def test_gapped_verb_lends_its_direction(text, surface, way):
    assert figures(text)[surface][2] == way


@pytest.mark.parametrize("text, surface", [
    ("Crime rose 5% and the share was 40%.", "40"),
    ("Crime rose 5% and 20% of victims were young.", "20"),
    ("Turnout rose 3%, and in Leeds 40% voted.", "40"),
])
def test_no_gapped_verb(text, surface):
    assert figures(text)[surface][2] is None


# --- the change named, then its size after a comma -------------------------------------------------

@pytest.mark.parametrize("text, surface, way", [
    ("Crime fell everywhere, with the biggest reduction, 9%, in Dover.", "9", "down"),
    ("Prices rose in all regions, the sharpest increase, 4.2%, in Wales.", "4.2", "up"),
])
def test_superlative_change_comma_size(text, surface, way):
    assert figures(text)[surface][2] == way


def test_comma_after_a_plain_noun_is_no_change():
    assert figures("The rise, 40% of the total, came in May.")["40"][2] is None


# --- better and worse ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, way", [
    ("Pass rates improved by 3 points on last year.", "3", "up"),
    ("A&E performance improved by 4 percentage points to 78%.", "4", "up"),
    ("The recycling rate showed an improvement of nearly 4 percentage points.", "4", "up"),
    ("Satisfaction deteriorated by 6% over the year.", "6", "down"),
    ("Waiting times improved by 12% over the winter.", "12", "down"),  # better is lower
    ("The unemployment rate worsened by 0.3 points.", "0.3", "up"),
])
def test_improved_and_worsened(text, surface, way):
    assert figures(text)[surface][2] == way


@pytest.mark.parametrize("text, surface, way", [
    ("The forecast overspend of £4.2m is an improvement of £1.1m on last month.", "1.1m", "down"),
    ("The budget position showed an improvement of £2m on the quarter.", "2m", None),  # money: no rise
])
def test_improved_money(text, surface, way):
    assert figures(text)[surface][2] == way


def test_improved_to_a_level_is_no_change():
    assert figures("Results improved to 78% this year.")["78"][2] is None


# --- "N more" after a baseline named first ----------------------------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("Compared with last year, there were 1,200 more bus journeys.", "1,200"),
    ("Burglary rose on the previous year, with 640 more break-ins reported.", "640"),
])
def test_baseline_before_more(text, surface):
    assert kind_way(text, surface) == ("change", "up")


def test_more_than_a_fraction_is_no_baseline():
    assert figures("Fraud rose by more than a fifth, with 900 more cases in the city.")["900"][0] == "count"


# --- a list of shares whose last pair is already one -------------------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("Casualties showed reductions of eight, six and eight per cent respectively.", "six"),
    ("Fares rose by 3, 4 and 5 per cent respectively.", "3"),
])
def test_share_list_over_a_pair(text, surface):
    assert figures(text)[surface][0] == "percentage"


def test_list_of_reductions_goes_down():
    found = stats_of("Casualties showed reductions of eight, six and eight per cent respectively.")
    assert [(s.kind, s.direction) for s in found] == [("percentage", "down")] * 3


# --- a bound is no rise or fall ------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, way", [
    ("Annual council tax increases remained below 1% between 2010 and 2015.", "1", None),
    ("Unemployment fell below 5% in March.", "5", None),
    ("Homes sold above £1m fell by 12%.", "1m", None),
    ("Attendance was 2% below the national average.", "2", "down"),  # the comparison after the figure
    ("Prices are 4% above last year.", "4", "up"),
])
def test_above_below_before_a_figure_is_a_bound(text, surface, way):
    assert figures(text)[surface][2] == way


def test_change_noun_then_aside_then_size():
    assert figures("The most expensive increase, for Band H properties, will be 16p a week.")["16"][2] == "up"


# --- the change named, then its size as a count -------------------------------------------------------

@pytest.mark.parametrize("text, surface, way", [
    ("The rise in burglaries was 300.", "300", "up"),
    ("The fall was 120 on last year.", "120", "down"),
    ("The overall increase is around 2,000.", "2,000", "up"),
    ("The increase since 2019 has been 4,500 officers.", "4,500", "up"),
    ("The biggest rise, 1,200, was in Leeds.", "1,200", "up"),
    ("The increase, in Leeds alone, was 300.", "300", "up"),
    ("The difference between the two years was 450.", "450", None),
])
def test_change_noun_then_its_size(text, surface, way):
    assert kind_way(text, surface) == ("change", way)


@pytest.mark.parametrize("text, surface", [
    ("The number of arrests was 300.", "300"),
    ("The total for the year was 4,500.", "4,500"),
    ("RPI inflation, used to set annual fare rises, was 9,000 in the index.", "9,000"),
    ("The rise in prices means 300 families are struggling.", "300"),
])
def test_no_change_named_before_the_size(text, surface):
    assert figures(text)[surface][0] == "count"


def test_aside_without_closing_comma_is_no_change():
    text = "RPI inflation, which is traditionally used to determine annual fare rises, was 9.0 per cent."
    assert figures(text)["9.0"][2] is None
