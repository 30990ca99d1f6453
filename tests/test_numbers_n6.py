"""Kinds and directions of statistics in families met in new news text (issue 16): an amount in
brackets after a per cent change is that change counted ("up 5.9% (68,100)"); a verb of change with
words before its "by" ("fell in February by 3,800"); a change set beside another with "compared
with" / "against" lends its direction; "raising ... by", "recovered", "bounced back", "short of",
"ahead of" as cues; a list of places after a share writes the per cent sign once ("34 per cent in
Hull, 29 in Grimsby"); a spaced fraction that is the subject of a verb ("two thirds are"); a figure
beside a rate is a rate only when it is of the rate's size and nothing else comes between; "per
thousand" as a rate base. Every sentence here was written for these tests; each family has cases
that must match and near-misses that must not."""
from __future__ import annotations

import pytest
from number_finding import figures


# --- an amount in brackets after a per cent change -------------------------------------------

@pytest.mark.parametrize("text, surface, way", [
    ("Burglaries were up 6.2% (1,340) on the year before.", "1,340", "up"),
    ("The survey found an increase of 4.1% (52,700) in journeys since 2021.", "52,700", "up"),
    ("There were 18,000 thefts, a fall of 9.6 per cent (1,910) on 2022.", "1,910", "down"),
    ("Admissions reached 88,000, a 2.4 per cent (2,060) drop on last year.", "2,060", "down"),
    ("Fly-tipping rose 11 per cent (430) in the district.", "430", "up"),
])
def test_bracketed_amount_after_a_per_cent_change_is_the_change(text, surface, way):
    kind, _value, direction, _cur = figures(text)[surface]
    assert (kind, direction) == ("change", way)


@pytest.mark.parametrize("text, surface", [
    ("Turnout was 38% (4,100) in the ward.", "4,100"),  # a share, not a change: the figure is a count
    ("Thefts fell 7% (from 900) last year.", "900"),  # more than the figure in the brackets
    ("Thefts fell 7% (to 840) last year.", "840"),
    ("Crime fell 3% in Leeds (2,300 offences were recorded).", "2,300"),  # not right after the share
])
def test_bracketed_figure_that_is_not_the_change(text, surface):
    assert figures(text)[surface][0] == "count"


# --- a verb of change with words before its "by" ---------------------------------------------

@pytest.mark.parametrize("text, surface, way", [
    ("Claims for jobseeker's allowance fell in March by 2,700 to 410,000.", "2,700", "down"),
    ("Recorded shoplifting increased last year by 870, the force said.", "870", "up"),
    ("Hospital admissions rose across the county by 1,450.", "1,450", "up"),
    ("Arrests dropped in the year to June by 320.", "320", "down"),
    ("The number of households grew over the decade by 9,000.", "9,000", "up"),
])
def test_verb_then_words_then_by(text, surface, way):
    kind, _value, direction, _cur = figures(text)[surface]
    assert (kind, direction) == ("change", way)


@pytest.mark.parametrize("text, surface", [
    ("The motion was voted down at the meeting by 14 votes to 6.", "14"),  # "down" is no verb of change
    ("The centre was set up in the town by 12 volunteers.", "12"),
    ("Prices rose and the scheme was backed by 300 residents.", "300"),  # another clause
])
def test_by_that_is_not_a_change(text, surface):
    assert figures(text)[surface][0] == "count"


# --- directions: cues added ------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, way", [
    ("Most councils are raising basic council tax by a maximum of 2.99%.", "2.99", "up"),
    ("Footfall recovered by 11% over the summer.", "11", "up"),
    ("Passenger numbers bounced back 23% last year.", "23", "up"),
    ("Ridership is still 8% short of its 2019 level.", "8", "down"),
    ("Bookings are 6% ahead of last season.", "6", "up"),
    ("Collections were 3% behind target in the first quarter.", "3", "down"),
    ("Thefts fell in the year to March by 4 per cent.", "4", "down"),
])
def test_direction_cues(text, surface, way):
    assert figures(text)[surface][2] == way


@pytest.mark.parametrize("text, surface, way", [
    ("Vehicle crime in Derby rose 14%, compared with 6% across the region.", "6", "up"),
    ("Burglary fell 9% in Bolton against 4% nationally.", "4", "down"),
    ("Knife offences climbed 21 per cent versus 12 per cent in 2022.", "12", "up"),
])
def test_change_set_beside_another_lends_its_direction(text, surface, way):
    assert figures(text)[surface][2] == way


@pytest.mark.parametrize("text, surface", [
    ("The charity is raising £40,000 for the ward.", "40,000"),  # money raised is collected, not a rise
    ("Crime rose 5% in the town, compared with 40% of residents who felt unsafe.", "40"),
    ("Unemployment is 4.2%, compared with 3.8% nationally.", "3.8"),  # two levels
])
def test_no_direction_lent(text, surface):
    assert figures(text)[surface][2] is None


# --- a list of places after a share writes the per cent sign once ----------------------------

@pytest.mark.parametrize("text, surface, way", [
    ("Turnout was 34 per cent in Hull, 29 in Grimsby and 31 in Scunthorpe.", "29", None),
    ("Turnout was 34 per cent in Hull, 29 in Grimsby and 31 in Scunthorpe.", "31", None),
    ("Crime rose 7% in Leeds and 4 in York.", "4", "up"),
])
def test_listed_place_shares(text, surface, way):
    kind, _value, direction, _cur = figures(text)[surface]
    assert (kind, direction) == ("percentage", way)


@pytest.mark.parametrize("text, surface", [
    ("Turnout was 34 per cent in Hull, and 290 in Grimsby voted by post.", "290"),  # over 100
    ("Support was 60% in Leeds and 40 officers in York agreed.", "40"),  # a counted noun, no place after
])
def test_listed_place_not_a_share(text, surface):
    assert figures(text)[surface][0] == "count"


# --- a spaced fraction that is the subject of a verb -----------------------------------------

@pytest.mark.parametrize("text, surface, value", [
    ("More than two thirds are implementing the rise.", "two thirds", 0.667),
    ("Half said they felt safe at night.", "Half", 0.5),
    ("Three quarters were satisfied with the service.", "Three quarters", 0.75),
])
def test_fraction_subject(text, surface, value):
    kind, got, _direction, _cur = figures(text)[surface]
    assert kind == "ratio" and got == pytest.approx(value, abs=0.001)


@pytest.mark.parametrize("text", [
    "He was half asleep when the alarm went off.",
    "In the second half was a late goal.",
])
def test_fraction_not_a_share(text):
    assert not any(v[0] == "ratio" for v in figures(text).values())


# --- a figure beside a rate -------------------------------------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("Hull had 12.4 crimes per 1,000 residents, up from 9,800 crimes in 2019.", "9,800"),
    ("There were 8.2 arrests per 1,000 people; police made 4,100 arrests, up from 3,900.", "3,900"),
    ("The rate was 45 per 1,000 people (1,200 offences in total).", "1,200"),
    ("At 31 per 1,000 pupils the rate is high, compared with 2,000 pupils in 2020.", "2,000"),
])
def test_count_beside_a_rate_stays_a_count(text, surface):
    assert figures(text)[surface][0] == "count"


@pytest.mark.parametrize("text, surface", [
    ("The area recorded 45.2 offences per 1,000 population, up from 41.7.", "41.7"),
    ("There were 12.4 crimes per 1,000 residents in Hull, against 9.8 in York.", "9.8"),
    ("The rate was 145 in 100,000 people, higher than Suffolk (134) and Norfolk (119).", "119"),
    ("Offences per 100,000 population (187) rose last year.", "187"),
    ("The rate stands at 92.4 crimes per thousand people.", "92.4"),
])
def test_rate_beside_a_rate(text, surface):
    assert figures(text)[surface][0] == "rate"


def test_bare_thousand_base_only_after_per():
    assert "One" not in figures("One in every thousand people is affected.")


# --- more than one word of qualifier between the change and its amount -----------------------

@pytest.mark.parametrize("text, surface, way", [
    ("Call-outs saw a drop of just over 2,400 on the year.", "2,400", "down"),
    ("Claims rose by just under 700 in the quarter.", "700", "up"),
    ("There was an increase of well over 5,000 visits.", "5,000", "up"),
    ("Referrals were up by almost exactly 300.", "300", "up"),
    ("Enrolments fell by slightly more than 150.", "150", "down"),
    ("Fines rose by another 260 in June.", "260", "up"),
])
def test_change_with_a_long_qualifier(text, surface, way):
    kind, _value, direction, _cur = figures(text)[surface]
    assert (kind, direction) == ("change", way)


@pytest.mark.parametrize("text, surface", [
    ("The candidate won by just over 300 votes.", "300"),  # a margin, not a change
    ("There were just over 2,400 call-outs on the year.", "2,400"),
])
def test_long_qualifier_without_a_change(text, surface):
    assert figures(text)[surface][0] == "count"


# --- a change noun, then when, then "of" and the amount; a change restated after a comma -----

@pytest.mark.parametrize("text, surface, kind, way", [
    ("There was an increase on last year of 58 incidents.", "58", "change", "up"),
    ("The county saw a drop since 2020 of 410 places.", "410", "change", "down"),
    ("There was a fall over the decade of 12% in bus trips.", "12", "percentage", "down"),
    ("The town's population grew by 3,100 residents, or 4.4%.", "4.4", "percentage", "up"),
])
def test_change_noun_with_when_and_restated_change(text, surface, kind, way):
    got_kind, _value, direction, _cur = figures(text)[surface]
    assert (got_kind, direction) == (kind, way)


@pytest.mark.parametrize("text, surface", [
    ("Prices saw a rise on the back of 300 job losses.", "300"),
    ("The rise came on top of 120 new posts.", "120"),
])
def test_change_noun_then_something_else_of(text, surface):
    assert figures(text)[surface][0] == "count"


# --- a quantity that changed, and its change in per cent -------------------------------------

@pytest.mark.parametrize("text, surface, way", [
    ("Food waste collected was up 2,300 tonnes (6 per cent) on the year.", "6", "up"),
    ("Garden waste went down by almost 900 tonnes (11 per cent).", "11", "down"),
])
def test_quantity_change_lends_its_direction(text, surface, way):
    kind, _value, direction, _cur = figures(text)[surface]
    assert (kind, direction) == ("percentage", way)


def test_quantity_without_a_change_has_no_direction():
    found = figures("The 14 km route opened, and 40% of cyclists used it.")
    assert found["14"][2] is None and found["40"][2] is None


# --- the per cent unit carried over to the next line; "of a per cent" ------------------------

@pytest.mark.parametrize("text, surface, way", [
    ("Burglary fell by 14 per\ncent in the year to June.", "14", "down"),
    ("Shoplifting rose by 9\nper cent on last year.", "9", "up"),
    ("Around 31\npercent of pupils were absent.", "31", None),
    ("Bus use fell 6\r\n% last year.", "6", "down"),
    ("Prices rose by 0.4 of a per cent in May.", "0.4", "up"),
])
def test_percent_unit_on_the_next_line(text, surface, way):
    kind, _value, direction, _cur = figures(text)[surface]
    assert (kind, direction) == ("percentage", way)


@pytest.mark.parametrize("text, surface", [
    ("There were 12\nofficers on duty.", "12"),
    ("Traffic rose 12 per\ncentral London junction.", "12"),  # "central", not "cent"
    ("The total was 40\n\nPercent of what is unclear.", "40"),  # a blank line between
])
def test_no_unit_on_the_next_line(text, surface):
    assert figures(text)[surface][0] != "percentage"


def test_change_noun_on_a_baseline_figure_is_not_the_change():
    found = figures("The force logged 2,710 thefts in 2023, a rise on the 2022 figure of 2,480.")
    assert found["2,480"][0] == "count"


# --- a pair or list of shares that writes the per cent unit once ----------------------------

@pytest.mark.parametrize("text, surface", [
    ("Some 8 or 9 per cent of flats stood empty.", "8"),
    ("Between 4 or 5 per cent of staff were off sick.", "4"),
    ("Pass rates were 71 and 74 per cent respectively.", "71"),
    ("Fares rose 3, 5 and 6 per cent on the three routes.", "3"),
    ("Fares rose 3, 5 and 6 per cent on the three routes.", "5"),
    ("Rates of 11, 13 and 16 per cent respectively were recorded.", "13"),
])
def test_share_unit_written_once(text, surface):
    assert figures(text)[surface][0] == "percentage"


@pytest.mark.parametrize("text, surface", [
    ("Police held 12 or 40% of the suspects.", "12"),  # not a close pair
    ("Officers seized 3, 4 and 5 per cent of the drugs.", "3"),  # no cue before the list
    ("Grade 2 or 3 per cent of the marks.", "2"),  # a name before
    ("Police arrested 12 and 40% of them were charged.", "12"),
])
def test_not_a_share_written_once(text, surface):
    assert figures(text).get(surface, ("count",))[0] != "percentage"


@pytest.mark.parametrize("text, surface", [
    ("Turnout in Hull was 34% and in Grimsby 29.", "29"),
    ("Crime rose 6% in Leeds, while in York it was 4.", "4"),
])
def test_place_named_before_the_next_share(text, surface):
    assert figures(text)[surface][0] == "percentage"


def test_place_named_before_a_count_is_not_a_share():
    assert figures("Support was 34% in Hull and in Grimsby 29 people signed.")["29"][0] == "count"


@pytest.mark.parametrize("text, surface, kind", [
    ("Leeds had 52 burglaries per 100,000 people. The national average is 61.3.", "61.3", "rate"),
    ("Leeds had 52 burglaries per 100,000 people. The average number of arrests a month was 1,340.", "1,340",
     "count"),
    ("Leeds had 52 burglaries per 100,000 people. The average for the force was 2,600.", "2,600", "count"),
])
def test_average_after_a_rate(text, surface, kind):
    assert figures(text)[surface][0] == kind


@pytest.mark.parametrize("text, surface, way", [
    ("A 7-per-cent rise in reports was logged.", "7", "up"),
    ("Staff were offered a 4.5-per-cent pay increase.", "4.5", "up"),
    ("Rents will rise by no more than 5%.", "5", "up"),
])
def test_hyphenated_unit_and_capped_rise(text, surface, way):
    assert figures(text)[surface][2] == way


@pytest.mark.parametrize("text, surface, way", [
    ("The authority must find £9m of cuts next year.", "9m", "down"),
    ("The plan holds £2.5m in spending reductions.", "2.5m", "down"),
    ("The budget set out £30bn of tax rises.", "30bn", "up"),
    ("The trust received £9m of funding.", "9m", None),
])
def test_amount_of_changes_named_after_it(text, surface, way):
    assert figures(text)[surface][2] == way


# --- a figure after a rate already stated with its base ---------------------------------------

@pytest.mark.parametrize("text, surface, kind", [
    ("Kent had the highest rate at 131 per 100,000 people - the figure was 2,410.", "2,410", "count"),
    ("Its rate was 88 per 100,000 residents, and the total was 640 offences.", "640", "count"),
    ("The number of offenders per 100,000 of population stands at 1,024.", "1,024", "rate"),
])
def test_figure_after_a_stated_rate(text, surface, kind):
    assert figures(text)[surface][0] == kind


@pytest.mark.parametrize("text, surface, way", [
    ("Vacancies decreased from 1,400 to 1,050, or by 25%.", "25", "down"),
    ("Grant funding rose from £8m to £10m (or 25%).", "25", "up"),
    ("Funding per pupil fell by £140 in real terms, or 3%.", "3", "down"),
    ("There was a fall from 520 to 390 (25%) in call-outs.", "25", "down"),
])
def test_change_restated_after_its_levels(text, surface, way):
    assert figures(text)[surface][2] == way


def test_levels_without_a_change_lend_no_direction():
    assert figures("Admissions went from 300 to 250, or 17% of the total.")["17"][2] is None


@pytest.mark.parametrize("text, surface, way", [
    ("Membership grew at 6% a year over the decade.", "6", "up"),
    ("Rents have been rising at an annual rate of 7%.", "7", "up"),
    ("Enrolments are falling at about 3% a year.", "3", "down"),
    ("The jobless rate is up at 5%.", "5", None),  # a level reached
    ("The jobless rate stood at 5%.", "5", None),
])
def test_change_at_a_pace(text, surface, way):
    assert figures(text)[surface][2] == way
