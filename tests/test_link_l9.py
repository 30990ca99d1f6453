"""Families of statistic -> period and statistic -> area links found on a new blind set (l9: fire and rescue
statistics, labour-market round-ups, school offers, NHS waiting lists, national knife-crime stories) and on the
open families of round 4, in phrasings written for these tests: each family with phrasings that must link one
way and near-misses that must not."""
import pytest

from record_finding import link_of


# --- a nation listed beside a region further down is one of a round-up's places, not the story's area ---

@pytest.mark.parametrize("text,number,area", [
    ("Jobless numbers rose by 52,000 to 1.41 million in the three months to May.\n\nThe jobless rate edged up to "
     "4.2% from 4.0%.\n\nYorkshire and Wales saw the sharpest rises.\n\nWales recorded 9,000 more people out of "
     "work, and its rate rose to 4.6%.", "1.41 million", None),
    ("Vacancies fell by 30,000 to 940,000 in the quarter to March.\n\nThe fall was shared across most parts of the "
     "country.\n\nThe South West and Scotland led the decline.\n\nScotland had 4,000 fewer vacancies.", "940,000", None),
])
def test_peer_nation_is_not_story_area(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number,area", [
    # near-misses: the nation's own figures (named in the sentence), and a story that opens on its nation
    ("Jobless numbers rose by 52,000 to 1.41 million in the three months to May.\n\nThe jobless rate edged up.\n\n"
     "Yorkshire and Wales saw the sharpest rises.\n\nWales recorded 9,000 more people out of work.", "9,000", "Wales"),
    ("Jobless numbers in Scotland rose by 12,000 to 110,000 in the three months to May.\n\nThe rate edged up to "
     "3.9%.\n\nGlasgow saw the sharpest rise.", "3.9", "Scotland"),
])
def test_nation_figures_kept(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


# --- a day or month inside an aside ("including ...", "due to ...") dates the aside, not the figure ---

@pytest.mark.parametrize("text,number,period", [
    ("Flood call-outs rose 20% in 2022/23, up from 410 the year before to 492 including the 60 during the storm "
     "in February 2023. Floods made up 12% of all call-outs.", "492", "2022-04-01/2023-03-31"),
    ("Flood call-outs rose 20% in 2022/23, up from 410 the year before to 492 including the 60 during the storm "
     "in February 2023. Floods made up 12% of all call-outs.", "12", "2022-04-01/2023-03-31"),
    ("Ambulance crews answered 9,800 calls in 2021/22, a fall of 3% on 2020/21, mainly due to a trial that "
     "ended in October 2021.", "9,800", "2021-04-01/2022-03-31"),
    ("Ambulance crews answered 9,800 calls in 2021/22.\n\nThey made 4,100 home visits, a fall of 3% on 2020/21, "
     "mainly due to a trial that ended in October 2021.", "4,100", "2021-04-01/2022-03-31"),
])
def test_aside_day_or_month_dates_no_figure_before_it(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


@pytest.mark.parametrize("text,number,period", [
    # near-misses: a figure inside the aside, and a year in the aside (it frames the figure too)
    ("There were 1,200 call-outs in 2022, including 300 in March 2022.", "300", "2022-03"),
    ("Crews saw an 11% increase in grass fires linked to the dry summer in 2018.", "11", "2018"),
    ("Crews attended 640 fires in June 2023, the highest for a decade.", "640", "2023-06"),
])
def test_aside_period_kept_where_it_is_the_figures(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- "longer than 62 days in June": a time limit, not a compared figure ---

@pytest.mark.parametrize("text,number,period", [
    ("The share of patients waiting no longer than 18 weeks in March was 58.3 percent, up from 57.9 percent in "
     "February.", "58.3", "2024-03"),
    ("The proportion of people who waited more than four hours in March was 27 per cent.", "27", "2024-03"),
])
def test_time_limit_is_no_baseline(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


@pytest.mark.parametrize("text,number,period", [
    # near-misses: a compared level after "than" stays a baseline
    ("Waits in March were 3% longer than in February, at 41 minutes on average.", "3", "2024-03"),
    ("The rate was 6.1, higher than 5.2 in 2022.", "5.2", "2022"),
])
def test_compared_level_is_baseline(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- "the revised total for June of 1.14 million": the period names the figure's own total ---

@pytest.mark.parametrize("text,number,period", [
    ("In July 2023 the claimant count was 1.2 million, up 30,000 on the revised total for June 2023 of 1.17 million.",
     "1.17 million", "2023-06"),
    ("Arrests reached 4,100 in 2023, compared with the figure for 2022 of 3,650.", "3,650", "2022"),
])
def test_total_for_period_of(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


@pytest.mark.parametrize("text,number,period", [
    # near-misses: the change itself, and a total with no period of its own
    ("In July 2023 the claimant count was 1.2 million, up 30,000 on the revised total for June 2023 of 1.17 million.",
     "30,000", "2023-07"),
    ("In July 2023 the claimant count was 1.2 million, up from a revised total of 1.17 million.", "1.2 million",
     "2023-07"),
])
def test_total_for_period_near_misses(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- a body's seat is not the area of its figures ---

@pytest.mark.parametrize("text,number,area", [
    ("Waiting lists grew again.\n\nA spokesman for NHS England, based in London, said 62% of trusts met the "
     "standard.", "62", None),
    ("Fewer people are volunteering.\n\nThe charity, which is headquartered in Leeds, said 4,500 volunteers "
     "had left.", "4,500", None),
])
def test_seat_of_body_is_not_area(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number,area", [
    # near-misses: where a part of the figures is, and a place the figure is in
    ("Some 120 firms based in Leeds took on apprentices.", "120", "Leeds"),
    ("In Leeds, 4,500 volunteers had left.", "4,500", "Leeds"),
])
def test_place_of_figure_kept(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


# --- "above the level of a year ago": the compared level's period is a baseline ---

@pytest.mark.parametrize("text,number,period", [
    ("Unemployment in Wales rose by 4,000 in the three months to June.\n\nThe jobless rate was 4.1%, above the "
     "level of a year ago.", "4.1", "2024-04-01/2024-06-30"),
    ("Spending on agency staff reached £2.4m in 2023, below the level of 2019.", "2.4m", "2023"),
])
def test_above_level_of_is_baseline(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


@pytest.mark.parametrize("text,number,period", [
    # near-miss: the level of a period stated as a figure
    ("The level of a year ago was 3.8%.", "3.8", "2023"),
])
def test_level_of_period_kept(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- "Some 85 of them": a part of the figures of the sentence before takes their period ---

@pytest.mark.parametrize("text,number,period", [
    ("There were 1,890 children in care in Kent as at 31 March 2023, up from 1,712 a year earlier.\n\nDuring the "
     "year to March 2023, 640 children started to be looked after, compared with 702 in 2021-22. Some 85 of them "
     "were placed outside the county.", "85", "2022-04-01/2023-03-31"),
    ("Some 3,400 homes were sold in Bath during 2023. About 900 of those went to first-time buyers.", "900", "2023"),
])
def test_part_of_previous_figures(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


@pytest.mark.parametrize("text,number,period", [
    # near-misses: "of them" after a sentence with no figure keeps the story's snapshot; a part with its own
    # period keeps it
    ("There were 1,890 children in care in Kent as at 31 March 2023, up from 1,712 a year earlier.\n\nOfficials "
     "thanked the foster carers who look after the children. Some 85 of them are placed outside the county.", "85",
     "2023-03-31"),
    ("Some 3,400 homes were sold in Bath during 2023. About 900 of those were sold in 2024.", "900", "2024"),
])
def test_part_of_previous_near_misses(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- a story that opens on its nation is the nation's, however often it names a city later ---

_NATIONAL = ("The number of burglaries recorded in England and Wales in 2023 was the lowest on record, official "
             "figures show.\n\nThere were 240,000 burglaries in 2023, a fall of 6% on the year before.\n\nThe fall was seen "
             "across England and Wales.\n\nAbout a "
             "fifth were recorded in London, which saw a 4% fall. Manchester saw a fall of 9%.\n\nLondon was the "
             "exception in robbery. Robberies in London rose by 5% to 30,000.\n\nIn separate figures, the share of "
             "burglaries solved rose to 5.2% in 2023.\n\nLondon also recorded 2,100 more thefts.")


@pytest.mark.parametrize("number,area", [
    ("240,000", "England and Wales"), ("6", "England and Wales"), ("5.2", "England and Wales"),
    # near-misses: the city's own figures
    ("4", "London"), ("9", "Manchester"), ("30,000", "London"), ("2,100", "London"),
])
def test_national_story_opening_on_nation(ex, number, area):
    assert link_of(ex, _NATIONAL, number)[1] == area


@pytest.mark.parametrize("text,number,area", [
    # near-misses: a local story with a national lede that speaks of "the area"
    ("Fly-tipping across England is a blight, a charity said.\n\nThere were 512 incidents in the year to March "
     "2023, up from 470 the year before.\n\nMost fly-tipping in the area was on roads. In Bolsover, the council "
     "issued 40 fines, and Bolsover officers cleared 300 sites.", "512", "Bolsover"),
])
def test_local_story_with_national_lede(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


# --- a place where a case a total includes happened frames no later figure ---

@pytest.mark.parametrize("text,number,area", [
    ("Homicides in England and Wales rose by 2% to 680 in 2023.\n\nThe total includes the deaths of 12 people "
     "in a fire in Hull. Without them, homicides would have fallen by 1%.", "1", "England and Wales"),
])
def test_included_case_place_does_not_carry(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number,area", [
    # near-miss: a place named as a place in the sentence before carries
    ("Homicides in England and Wales rose by 2% to 680 in 2023.\n\nIn Hull there was a rise. Homicides there "
     "rose by 14%.", "14", "Kingston upon Hull, City of"),
])
def test_place_carries(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


# --- a figure before the story's place is first named, after a lede that names the nation, is the nation's ---

_NATION_FIRST = ("Knife offences recorded in England and Wales rose in 2023, figures show.\n\nThere were 48,000 "
                 "offences, up 4% on the year before.\n\nIn London, offences rose by 7% to 15,000. London officers "
                 "seized 300 knives.\n\nLondon has the highest rate, at 170 per 100,000 people.")


@pytest.mark.parametrize("number,area", [
    ("48,000", "England and Wales"), ("4", "England and Wales"),
    # near-misses: the figures after the story's place is named
    ("15,000", "London"), ("300", "London"), ("170", "London"),
])
def test_figure_before_story_place_is_nations(ex, number, area):
    assert link_of(ex, _NATION_FIRST, number)[1] == area
