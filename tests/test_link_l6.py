"""Families of statistic -> period and statistic -> area links found on a new blind set (l6), in
phrasings written for these tests: each family with phrasings that must link one way and near-misses
that must not."""
import pytest

from record_finding import link_of


# --- a period that names the figure's own total ("2019's total of", "the 2016 figure of") dates it ---

@pytest.mark.parametrize("text,number,period", [
    ("Adoptions were down on 2019's total of 4,100, the figures show.", "4,100", "2019"),
    ("Burglaries have more than doubled from the 2016 figure of 812.", "812", "2016"),
    ("Arrests in 2023 were 12 per cent lower than the 2021 tally of 1,450.", "1,450", "2021"),
    ("Arrests rose to 640 in 2023, well above the 2018 level of 410.", "410", "2018"),
])
def test_period_naming_the_total_dates_it(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


@pytest.mark.parametrize("text,number,period", [
    # near-misses: a period set off by a comma, or one that opens its own clause, is no total's name
    ("Compared with 2019, a total of 640 arrests were made in 2023.", "640", "2023"),
    ("Arrests rose in 2023, and the total of 640 was a record.", "640", "2023"),
])
def test_period_apart_from_the_total(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- a place named as where a change was driven from does not frame the figures after it ---

@pytest.mark.parametrize("text,number,area", [
    ("Across England and Wales, knife offences rose by 5 per cent to 49,000 in 2023, mainly driven by a rise "
     "in London. Robbery went up by 9 per cent to 77,000 offences.", "9", "England and Wales"),
    ("Across England and Wales, knife offences rose by 5 per cent to 49,000 in 2023, mainly driven by a rise "
     "in London. Robbery went up by 9 per cent to 77,000 offences.", "49,000", "England and Wales"),
    ("Across England, exclusions rose by 8% in 2023.\n\nMuch of this was driven by larger increases in the "
     "North West (up from 4.1% to 6.2%).\n\nBullying accounted for 31% of exclusions.", "31", "England"),
])
def test_cause_place_does_not_carry(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number,area", [
    # near-misses: the place that holds the change keeps it
    ("Burglary rose by 12% in Kent in 2023, driven by break-ins at garden sheds.", "12", "Kent"),
    ("In London, robbery rose by 9 per cent in 2023.", "9", "London"),
    ("Across England, exclusions rose by 8% in 2023.\n\nMuch of this was driven by larger increases in the "
     "North West (up from 4.1% to 6.2%).", "6.2", "North West"),
])
def test_place_holding_the_change_keeps_it(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


# --- the scope of a ranking does not frame the figures of the sentences after it ---

@pytest.mark.parametrize("text,number,area", [
    ("In Cumbria, 420 children were in care in March 2024, the lowest rate in the North West. A further 65 "
     "children were adopted in 2023.", "65", "Cumbria"),
    ("Sefton recorded 3,100 burglaries in 2023, one of the highest totals in Merseyside. Some 40 per cent "
     "were solved.", "40", "Sefton"),
])
def test_ranking_scope_does_not_carry(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number,area", [
    # near-miss: "the biggest rise was in X" names the holder of the rise, which the next sentence goes on about
    ("House prices rose by 1.5% in England and Wales in May 2024. The biggest monthly rise was in the North "
     "West, which recorded a 2.9% increase. Annually, prices there were up by 1.1%.", "1.1", "North West"),
])
def test_place_holding_the_top_figure_carries(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


# --- a place named only as where a part of the figures is, or as a list of places late in a story ---

@pytest.mark.parametrize("text,number", [
    ("There were 61,000 households in temporary accommodation at the end of June, a rise of 8% on a year "
     "earlier. The vast majority - 58% - of these households were in London. Some 2,300 families were "
     "in bed and breakfasts.", "61,000"),
    ("There were 61,000 households in temporary accommodation at the end of June, a rise of 8% on a year "
     "earlier. The vast majority - 58% - of these households were in London. Some 2,300 families were "
     "in bed and breakfasts.", "2,300"),
    ("Adoptions fell to 2,950 in 2023, official figures show.\n\nThe number of children in care rose to "
     "83,000 in March 2024.\n\nThe largest rises were in Lancashire (from 2,000 to 2,300) and Rochdale "
     "(from 600 to 700).", "2,950"),
    ("Adoptions fell to 2,950 in 2023, official figures show.\n\nThe number of children in care rose to "
     "83,000 in March 2024.\n\nThe largest rises were in Lancashire (from 2,000 to 2,300) and Rochdale "
     "(from 600 to 700).", "83,000"),
])
def test_part_or_late_list_is_not_the_story_place(ex, text, number):
    assert link_of(ex, text, number)[1] is None


@pytest.mark.parametrize("text,number,area", [
    # near-misses: the part's own figure keeps its place; a story whose place is in its opening keeps it
    ("There were 61,000 households in temporary accommodation at the end of June. The vast majority - 58% - "
     "of these households were in London.", "58", "London"),
    ("There were 6,100 households in temporary accommodation in Newham at the end of June. Most of them, "
     "4,000, were in flats.", "4,000", "Newham"),
    ("In Lancashire, 2,300 children were in care in March 2024.\n\nThe county spent £1.2m on "
     "placements.\n\nAdoptions rose to 140 in 2023.", "140", "Lancashire"),
])
def test_part_place_near_misses(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


# --- a force or council that holds a figure, named in an aside between dashes or as a carer ---

@pytest.mark.parametrize("text,number,area", [
    ("The region's biggest force - South Wales Police - saw a 7 per cent fall in burglary in 2023.", "7",
     "South Wales"),
    ("The number of children cared for by Lancashire County Council rose to 2,300 in 2023.", "2,300",
     "Lancashire"),
    ("Lancashire County Council looked after 2,300 children in March 2024.", "2,300", "Lancashire"),
])
def test_holder_in_aside_or_carer(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number", [
    ("Burglaries fell by 7 per cent in 2023, South Wales Police said.", "7"),
])
def test_speaking_body_near_miss(ex, text, number):
    assert link_of(ex, text, number)[1] is None


# --- a threshold, like a target, takes no place or period of the story ---

@pytest.mark.parametrize("text,number", [
    ("In England, 58 per cent of patients were seen within 18 weeks in March 2024. Not a single NHS trust "
     "met the threshold of ensuring 92 per cent of patients are seen within the time-frame.", "92"),
])
def test_threshold_takes_none(ex, text, number):
    _, area, period = link_of(ex, text, number)
    assert area is None and period is None


@pytest.mark.parametrize("text,number,area", [
    # near-miss: the achieved share keeps the place
    ("In England, 58 per cent of patients were seen within 18 weeks in March 2024. Not a single NHS trust "
     "met the threshold of ensuring 92 per cent of patients are seen within the time-frame.", "58", "England"),
])
def test_threshold_near_miss(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


# --- a compared figure's own period: not carried to later sentences, and "from N over the same period" ---

@pytest.mark.parametrize("text,number,period", [
    ("There were 900 children in care in 2024, compared with 850 the year before and 790 in 2021. The 6 per "
     "cent rise is the largest in years, since the figure jumped from 700 in 2015 to 760 in 2016.", "6", "2024"),
    ("Arrests rose 6 per cent to 4,600 in the 12 months to March 2024 from 4,340 over the same period the "
     "previous year.", "4,340", "2022-04-01/2023-03-31"),
    # a list of compared figures after a change's "from": their period frames no later sentence
    ("Some 3,100 people were hurt on the county's roads in 2023, up from 2,870 injuries and 140 deaths in the "
     "year before. Cyclists' injuries also rose by 9 per cent, from 410 to 447.", "9", "2023"),
    ("Referrals reached 5,200 in 2024, down from 5,900 referrals and 800 appeals in 2022. Appeals are up 4%.",
     "4", "2024"),
    ("Fines totalled £80,000 in 2023, having risen from £52,000 and 310 notices during 2021. Some 14% went unpaid.",
     "14", "2023"),
    # a compared figure with up to three words of its own: its period is the baseline, not the current figure's
    ("In 2022, waste fell to 21.5 million tonnes. This is 377 kg per person, down from 409 kg per person in 2021.",
     "377", "2022"),
    ("In 2022, waste fell to 21.5 million tonnes. This is 377 kg per person, down from 409 kg per person in 2021.",
     "409", "2021"),
])
def test_compared_figures_period(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


@pytest.mark.parametrize("text,number,period", [
    # near-miss: a period that is no compared figure's frames the next sentence
    ("In 2021 there were 790 burglaries in Leeds. Some 40 per cent were solved.", "40", "2021"),
    # near-miss: the far end of a change written after "to" is the current figure, whose period frames on
    ("Waiting lists fell from 900 to 850 patients in 2023. Some 12 per cent waited over a year.", "12", "2023"),
    # near-miss: a clause after a comma is no compared figure's
    ("Visits rose from a low base, and 4,000 people came in 2022. About 30 per cent were children.", "30", "2022"),
])
def test_compared_period_near_miss(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- a count run "up to" the day that ends the story's span covers the span (a flow, not a snapshot) ---

STORY = "Crime recorded by the police in England and Wales rose by 8% in the year to March, the figures show. "


@pytest.mark.parametrize("text,number,period", [
    (STORY + "Gwent Police recorded 51,200 offences up to the end of March this year.", "51,200",
     "2023-04-01/2024-03-31"),
    (STORY + "Gwent Police recorded 51,200 offences up to the end of March this year. Robbery rose by 11 per "
     "cent to 3,100.", "3,100", "2023-04-01/2024-03-31"),
])
def test_flow_up_to_the_end_takes_the_span(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


@pytest.mark.parametrize("text,number,period", [
    # near-misses: a snapshot "as at" the day keeps the day; a day that ends no story span stays a day
    (STORY + "There were 2,400 offenders on the register as at the end of March this year.", "2,400", "2024-03-31"),
    ("Gwent Police recorded 1,200 offences up to the end of June this year.", "1,200", "2024-06-30"),
])
def test_snapshot_or_other_day_stays(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- a national round-up: the region with the top figure, and a place set against the story in passing ---

ROUNDUP = ("House prices in England and Wales rose by 2.1% in the year to May 2024.\n\nThe biggest annual rise "
           "was in the North West, at 4.4%.\n\nIn Wales, however, prices fell by 0.8%. They were down 0.2% over "
           "the month.\n\nSales rose by 9% to 61,000 a month.")


@pytest.mark.parametrize("text,number,area", [
    (ROUNDUP, "61,000", "England and Wales"),
    (ROUNDUP, "9", "England and Wales"),
    (ROUNDUP, "4.4", "North West"),
    # near-miss: the contrasted place keeps the sentences of its own paragraph
    (ROUNDUP, "0.2", "Wales"),
    # near-miss: a place named as a holder and again in its own right is the story's
    ("The biggest rise in the region was in Bolton, where prices rose 5% in 2023.\n\nSales in Bolton rose by "
     "300.\n\nThe average price was £180,000.", "180,000", "Bolton"),
])
def test_roundup_region_and_contrast(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


# --- a paragraph that opens on the nation frames the paragraph after it ---

YORKS = ("Knife crime in England and Wales rose by 7% in the year to September, but forces across Yorkshire "
         "recorded a fall, and Yorkshire forces said Yorkshire was safer.\n\nAcross the country, offences "
         "involving a knife rose to 44,000, the figures show.\n\nThis is up from 41,800 in the previous 12 months.")


@pytest.mark.parametrize("text,number,area", [
    (YORKS, "41,800", "England and Wales"),
    # near-misses: a paragraph that names its place frames the next; the story's own body keeps its figures
    ("Knife crime in England and Wales rose by 7% in 2023.\n\nIn Leeds, offences rose to 1,400.\n\nThis is "
     "up from 1,250 in 2022.", "1,250", "Leeds"),
    ("Kent Police recorded 9,000 burglaries in 2023.\n\nNationally, burglary fell by 3 per cent.\n\nThe force "
     "solved 500 of its cases.", "500", "Kent"),
])
def test_national_opener_frames_next_paragraph(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number,period", [
    # near-miss: a conjunction between the period and the total opens another clause
    ("Burglaries rose in 2019 while the total of 300 robberies in 2020 was a record.", "300", "2020"),
])
def test_period_total_across_a_conjunction(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period
