"""Families of statistic -> period and statistic -> area links found on new text (round 3), in
phrasings written for these tests (trained pipeline): each family with phrasings that must link
one way and near-misses that must not."""
import pytest

from record_finding import PUB, link_of, links  # noqa: F401


# --- when the figures came out dates no figure ----------------------------------------------------

@pytest.mark.parametrize("text,number,period", [
    # "today" is the day of the story, never the period of a figure
    ("Today's figures also show a rise in recorded crime in Dorset, where the total of 21,300 offences "
     "was nine per cent up on the year before.", "21,300", None),
    ("Figures out today show police in Gwent made 640 arrests.", "640", None),
    # a month named as when the figures were first published
    ("The figures, which were first revealed by the Echo in May, show burglary in Cumbria fell by 8 per cent.",
     "8", None),
    ("Statistics published by the Home Office in February show 420 arrests were made in Dorset.", "420", None),
    # near-misses: a month or year the figure covers
    ("Police in Dorset made 420 arrests in February.", "420", "2024-02"),
    ("Figures out today show police in Gwent made 640 arrests in 2023.", "640", "2023"),
    ("Burglary in Cumbria fell by 8 per cent in May, the Echo revealed.", "8", "2024-05"),
])
def test_publication_time_dates_nothing(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- the other side of a comparison takes its own period ------------------------------------------

@pytest.mark.parametrize("text,number,period", [
    ("In 2023-24, 71.2 per cent of patients in Devon were seen within four hours, compared with "
     "performance of 74.5 per cent in 2022-23.", "74.5", "2022-04-01/2023-03-31"),
    ("Kent recorded a detection rate of 9 per cent in 2023, against a rate of 11 per cent in 2022.", "11", "2022"),
    ("Leeds saw 4 per cent fewer burglaries in 2023 than it did in 2022, but car thefts rose to 1,900.",
     "1,900", "2023"),
    ("There were 310 fires in Kent in 2023 - more than there were in 2021, when crews attended 280.", "310", "2023"),
    # near-misses: the current figure keeps the current period
    ("In 2023-24, 71.2 per cent of patients in Devon were seen within four hours, compared with "
     "performance of 74.5 per cent in 2022-23.", "71.2", "2023-04-01/2024-03-31"),
    ("Kent recorded a detection rate of 9 per cent in 2023, against a rate of 11 per cent in 2022.", "9", "2023"),
])
def test_compared_figures(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- a target takes its deadline or its own clause's period, never another clause's -------------------------------------------------------

@pytest.mark.parametrize("text,number,period", [
    # a period of an earlier clause does not date a target's figure
    ("In the first half of 2023 the trust saw 120,000 patients, but it breached the target to admit, "
     "transfer or discharge 95 per cent of them within four hours.", "95", None),
    ("Staff treated 4,100 patients in March 2024 - the standard is for 95 per cent to be seen within "
     "four hours.", "95", None),
    # ... its deadline does
    ("In 2023 the health board said its standard is for 80 per cent of patients to be seen within four "
     "hours by March 2025.", "80", "2025-03"),
    # near-misses: a target dated in its own clause, a figure achieved, and a count of patients the
    # target was missed for
    ("During 2023 the council missed its goal of 400 new homes.", "400", "2023"),
    ("The council built 206 homes in 2023, against a target of 547.", "547", "2023"),
    ("In 2023, the trust treated 88 per cent of patients within four hours.", "88", "2023"),
    ("The trust missed the target for 20,400 patients in 2023.", "20,400", "2023"),
])
def test_target_figures(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- places ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,number,area", [
    # the place a figure excludes is not its place
    ("Across England, bus journeys fell by 3 per cent outside London and by 1 per cent in Manchester.", "3", "England"),
    ("Across England, rents rose by 6 per cent outside of London last year.", "6", "England"),
    # near-miss: a figure in the place
    ("Across England, bus journeys fell by 3 per cent in London and by 1 per cent in Manchester.", "3", "London"),
    # "the local authority" after a paragraph about another place: the story's council
    ("Passengers in Derbyshire took 20 million bus journeys in 2023.\n\nAcross England, fares rose by "
     "5 per cent in 2023.\n\nThe average resident took 25 trips in the local authority in 2023.", "25", "Derbyshire"),
    # national and regional figures given "respectively": no nation or region is named
    ("Crime in Dorset rose by 6 per cent, in line with national and regional changes of 7 per cent and "
     "5 per cent respectively.", "7", None),
    ("Crime in Dorset rose by 6 per cent, in line with national and regional changes of 7 per cent and "
     "5 per cent respectively.", "5", None),
    ("Crime in Dorset rose by 6 per cent, in line with national and regional changes of 7 per cent and "
     "5 per cent respectively.", "6", "Dorset"),
    # the places a place is one of
    ("The figures showed Rutland was one of only four areas to see bus use rise.", "four", None),
    ("Figures show Kent was one of the 12 councils to raise fees in 2023.", "12", None),
    # near-miss: a count the place holds
    ("The figures showed Rutland recorded four robberies in 2023.", "four", "Rutland"),
])
def test_area_families_r3(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


NATIONAL_ROUNDUP = (
    "Fourteen hospital trusts are responsible for half of the national rise in long waits, an analysis shows.\n\n"
    "The analysis covers the first nine months of 2023.\n\n"
    "The number of patients waiting more than 12 hours rose to 310,000 in 2023.\n\n"
    "The NHS in England will miss its target again this year.\n\n"
    "Leeds Teaching Hospitals NHS Trust recorded 9,100 long waits, Barts Health NHS Trust 8,400 and "
    "Royal Cornwall Hospitals NHS Trust in Cornwall 7,900.")


def test_round_up_after_a_national_opening_is_national(ex):
    # places first named after the opening of a story that names its nation: a national story
    assert link_of(ex, NATIONAL_ROUNDUP, "310,000")[1] == "England"


def test_local_story_keeps_its_place(ex):
    # near-miss: a story that names its place in the opening is that place's
    text = ("Long waits at hospitals in Cornwall rose in 2023, figures show.\n\n"
            "The number of patients in Cornwall waiting more than 12 hours rose to 7,900 in 2023.\n\n"
            "The NHS in England will miss its target again this year.\n\n"
            "The figure was 6,100 in 2022.")
    assert link_of(ex, text, "6,100")[1] == "Cornwall"


@pytest.mark.parametrize("text,number,area", [
    # the force or council a figure was recorded by holds it
    ("Of the 9,000 thefts in 2023, 40% (3,600) were recorded by Kent Police, 30% (2,700) by Essex Police "
     "and 10% (900) by Surrey Police. Kent, Essex and Surrey are in the South East.", "2,700", "Essex"),
    ("Of the 9,000 thefts in 2023, 40% (3,600) were recorded by Kent Police, 30% (2,700) by Essex Police "
     "and 10% (900) by Surrey Police. Kent, Essex and Surrey are in the South East.", "40", "Kent"),
    ("Of the 9,000 thefts in 2023, 40% (3,600) were recorded by Kent Police, 30% (2,700) by Essex Police "
     "and 10% (900) by Surrey Police. Kent, Essex and Surrey are in the South East.", "900", "Surrey"),
    # near-miss: a force that only speaks
    ("Thefts in Dorset rose by 12 per cent in 2023, said Kent Police.", "12", "Dorset"),
    # a national average set beside a local figure is the nation's
    ("There are 61 offences per 100,000 people in Rutland, lower than the national average of 69 per 100,000. "
     "Across England, offences rose in 2023.", "69", "England"),
    ("There are 61 offences per 100,000 people in Rutland, lower than the national average of 69 per 100,000. "
     "Across England, offences rose in 2023.", "61", "Rutland"),
    # ... and no place's when the text names no nation
    ("There are 61 offences per 100,000 people in Rutland, lower than the national rate of 69.", "69", None),
])
def test_holders_and_national_values(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number,period", [
    # a period that dates the level a figure is compared with is that comparison's, not the figure's
    ("Visitors to Dorset spent £310.50 per trip in 2023, 21% higher than the pre-pandemic 2019 figure of £256.40.",
     "21", "2023"),
    ("Average rents in Bath are £1,150 a month, 12% higher than the 2019 level.", "12", None),
    # near-miss: a year that is the figure's own
    ("In 2019 the figure was £256.40 in Dorset.", "256.40", "2019"),
    ("Rents in Bath rose 12% in 2023, more than the 2019 rise.", "12", "2023"),
])
def test_compared_level_years(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


def test_title_that_only_dates_a_release_is_no_row(ex):
    # "Exclusions in Wales: 2022/23" over "Key figures - 2022/23" is a title, not a list of places
    text = ("School exclusions in Wales: 2022/23\n\nKey figures - 2022/23\n\n"
            "The rate of exclusions rose to 0.15 in 2022/23.\n\nThe number of exclusions rose by 40.")
    assert link_of(ex, text, "0.15")[1] == "Wales"


def test_row_with_a_figure_is_a_row(ex):
    # near-miss: list rows that state figures are the rows' places
    text = "Burglaries by town in 2023:\n\nWhitby: 410\nScarborough: 1,020\n\nThe total was 1,430."
    assert link_of(ex, text, "410")[1] == "Whitby"


@pytest.mark.parametrize("text, number, area", [
    # "in the borough" after a figure held by a wider force: the story's borough
    ("Crime in Oldham is rising. Greater Manchester Police recorded 1,870 burglaries in the borough last year.",
     "1,870", "Oldham"),
    ("Crime in Wakefield is rising. West Yorkshire Police logged 640 thefts across the district in 2023.",
     "640", "Wakefield"),
    # near-misses: the force's own area, or a figure with no such phrase, keeps the force
    ("Crime in Oldham is rising. Greater Manchester Police recorded 41,200 burglaries across the force area.",
     "41,200", "Greater Manchester"),
    ("Crime in Oldham is rising. Greater Manchester Police recorded 41,200 burglaries last year.",
     "41,200", "Greater Manchester"),
])
def test_the_story_borough_after_a_force_figure(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text, number, period", [
    # a period that opens the next clause after "and" is that clause's, not the figure's
    ("In 2021 the trust logged 340 falls and in 2022 it logged 410.", "340", "2021"),
    ("In 2021 the trust logged 340 falls and in 2022 it logged 410.", "410", "2022"),
    ("During 2019 there were 88 fires but in 2020 there were 61.", "88", "2019"),
    # near-misses: the figure's own noun, then its period
    ("The trust logged 340 falls in 2022.", "340", "2022"),
    ("The county saw 1,200 arrests during 2020-21.", "1,200", "2020-04-01/2021-03-31"),
])
def test_a_period_opening_the_next_clause(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


@pytest.mark.parametrize("text, number, period", [
    # a flow counted since a time takes that time (FORMAT: a flow takes the period it covers)
    ("Figures for 2023/24 show crime fell. Officers have made 412 arrests for burglary since April.", "412", "2024-04"),
    ("The council has paid out £45,000 in compensation since March.", "45,000", "2024-03"),
    # near-misses: a change since a time is measured from it, not dated by it
    ("Burglary has risen by 12% since 2019.", "12", None),
    ("There were 300 arrests, up from 250 since 2020.", "300", None),
])
def test_a_flow_since_a_time(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period
