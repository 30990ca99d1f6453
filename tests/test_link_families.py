"""Families of statistic -> area and statistic -> period links, in phrasings written for these
tests (trained pipeline): each family with phrasings that must link one way and near-misses that
must not."""
import pytest

from record_finding import PUB, link_of, links  # noqa: F401


# --- places ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,number,area", [
    # the subject place of each clause
    ("In Norfolk, 2,100 burglaries were reported in 2023, while Suffolk saw 1,650 and Essex recorded 3,020.",
     "1,650", "Suffolk"),
    ("In Norfolk, 2,100 burglaries were reported in 2023, while Suffolk saw 1,650 and Essex recorded 3,020.",
     "2,100", "Norfolk"),
    # a force that holds the figure is its place; one that only speaks is not
    ("Lancashire Constabulary recorded 910 knife offences in 2023, a spokesman for Merseyside Police said.",
     "910", "Lancashire"),
    ("Burglaries rose to 3,100 in 2023, Surrey Police said.", "3,100", None),
    # a figure in a bracket after its place belongs to that place, not to the next one listed
    ("The biggest rises were in Kent (a 76% rise from 455 to 800), Essex (a 64% rise from 350 to 575) "
     "and Surrey.", "800", "Kent"),
    ("The biggest rises were in Kent (a 76% rise from 455 to 800), Essex (a 64% rise from 350 to 575) "
     "and Surrey.", "575", "Essex"),
    # near-miss: no bracket, the place after the figure is the figure's
    ("Referrals rose from 455 to 800 in Essex last year.", "800", "Essex"),
    # a share of what a place after it holds
    ("Across England, around 26 per cent of all burglaries were recorded in London.", "26", "London"),
    ("Nationwide, 40% of thefts happened in Birmingham, the data shows.", "40", "Birmingham"),
    ("Across Wales, a quarter (25 per cent) of the offences recorded by the police in Cardiff involved drugs.",
     "25", "Cardiff"),
    ("Across Wales, a quarter (25 per cent) of the offences recorded by the police in Cardiff involved drugs.",
     "a quarter", "Cardiff"),
    # near-misses: the place after is a comparison's other side, or none follows
    ("In Kent, 30% of adults in the county smoke, compared with 20% in Surrey.", "30", "Kent"),
    ("In Kent, 30% of people voted in the election in May.", "30", "Kent"),
    # national and regional comparison figures
    ("The rate in Hull was 61 per 1,000, well above the figure for England as a whole of 40.", "40", "England"),
    ("Rough sleeping in Brighton rose to 120 in 2023. The South East average was 15 per council.",
     "15", "South East"),
])
def test_area_of_a_figure(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number,area", [
    # a yardstick paragraph ("below the England and Wales average of 90") is not the place the
    # paragraph after it speaks of: the story's place is
    ("Knife crime in Cumbria rose in the year to March 2024, figures show.\n\n"
     "Police recorded 412 offences involving a blade.\n\n"
     "That was a rate of 82 per 100,000 people, below the England and Wales average of 90.\n\n"
     "Of those offences, 120 were robberies.", "120", "Cumbria"),
    # near-miss: a paragraph about the nation's own total is the place of the figure after it
    ("Knife crime in Cumbria rose in the year to March 2024, figures show.\n\n"
     "Police recorded 412 offences involving a blade.\n\n"
     "Across England and Wales, police recorded 50,000 such offences.\n\n"
     "Of those, 18,000 were robberies.", "18,000", "England and Wales"),
])
def test_yardstick_paragraph(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number,area", [
    # a story that names no place but its nation: its unplaced figures are the nation's
    ("The care population has grown again, official data shows.\n\n"
     "There were 83,840 children in care in England at the end of March.\n\n"
     "Of them, 7,090 had arrived alone.", "7,090", "England"),
    # "more than" before a figure is a qualifier, not a comparison with the place after it
    ("More than one million incidents of fly-tipping were dealt with last year.\n\n"
     "A total of 1,072,000 incidents were logged by councils in England.\n\n"
     "It is the first time more than one million incidents have been reported in England.",
     "one million", "England"),
    # near-miss: a nation named only as a yardstick
    ("Tourist nights in the county rose by 11% in 2023.\n\n"
     "The county outperformed the rest of England and Great Britain, which reported a 5% decline.\n\n"
     "Visitors spent £170 per trip.", "170", None),
])
def test_national_story_area(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number", [
    ("The Government wants forces to cut knife crime by 50% within a decade.", "50"),
    ("Ministers pledged to build 300,000 homes a year.", "300,000"),
])
def test_a_national_wish_or_pledge_has_no_place_or_period(ex, text, number):
    story = "Knife crime in Kent rose in the year to March 2024, new figures show.\n\nKent Police recorded 1,900 offences.\n\n"
    assert link_of(ex, story + text, number)[1:] == (None, None)


def test_a_place_that_does_the_cutting_keeps_its_figure(ex):
    text = "Knife crime in Kent fell in 2023.\n\nKent Police cut knife crime by 10% in 2023."
    assert link_of(ex, text, "10")[1:] == ("Kent", "2023")


# --- periods -----------------------------------------------------------------------------------

FY24 = "2023-04-01/2024-03-31"


@pytest.mark.parametrize("text,number,period", [
    # the headline's frame carries to the release's later figures
    ("Knife crime in Kent rose in the year to March 2024, new figures show.\n\n"
     "Kent Police recorded 1,900 offences involving a blade.\n\nThat was 8% more than the year before.",
     "8", FY24),
    # ... until another frame starts
    ("Knife crime in Kent rose in the year to March 2024, new figures show.\n\n"
     "Kent Police recorded 1,900 offences.\n\nIn 2019, before the pandemic, there were 1,500.", "1,500", "2019"),
    # a headline year without a figure frames the figures after it
    ("Ambulance waits grew longer in 2022, figures show.\n\n"
     "More than 30,000 patients waited over an hour in England.", "30,000", "2022"),
    # the year of the lede's figure beats a span named paragraphs later
    ("The population of Wales has risen to 3,107,500, results of the 2021 census show.\n\n"
     "It grew by 44,000 since the last count.\n\nThe number of households rose too.\n\n"
     "Older people now make up a larger share.\n\n"
     "Between 2001 and 2011 the population grew by 5.5%.", "44,000", "2021"),
])
def test_story_frame(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


@pytest.mark.parametrize("text,number,period", [
    # baseline and current figures of a comparison
    ("Homelessness in Bristol rose to 1,400 households in 2023, up from 1,100 in 2022.", "1,100", "2022"),
    ("Homelessness in Bristol rose to 1,400 households in 2023, up from 1,100 in 2022.", "1,400", "2023"),
    ("Cumbria recorded 1,310 offences in 2023, compared with 1,204 the year before.", "1,204", "2022"),
    ("Arrests in Cumbria reached 2,512 in 2023-24, from 2,340 in 2019-20.", "2,340", "2019-04-01/2020-03-31"),
    # a compared figure without a period of its own is the frame's year before, when the text names it
    ("Arrests in Kent rose in 2023. There were 412 arrests, up from 380. In 2022 the force also made 12 raids.",
     "380", "2022"),
    # ... and unknown when it does not (not the current figure's year)
    ("Arrests in Kent rose in 2023. There were 412 arrests, up from 380.", "380", None),
    ("Arrests in Kent rose in 2023. The total fell to 3,820, from a high of 4,000. In 2022 there were 9 raids.",
     "4,000", None),
    # near-misses: "from" that compares nothing, "more than" as a qualifier
    ("Arrests in Kent rose in 2023. The council paid £119,706 from 620 claims.", "620", "2023"),
    ("Arrests in Kent rose in 2023. There were more than 500 arrests.", "500", "2023"),
    # a compared figure's own period is the baseline of the other figures of its sentence
    ("Adoptions in Kent have fallen by 5% to 298, from a high of 318 in 2016.", "318", "2016"),
    ("Adoptions in Kent have fallen by 5% to 298, from a high of 318 in 2016.", "298", None),
    ("There were 690 children in care in Kent at the end of March, seven per cent more than on 31 March 2010.",
     "690", "2024-03-31"),
])
def test_comparison_periods(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


@pytest.mark.parametrize("text,number,period", [
    # a change is not dated by the start of a "since" clause after it
    ("Official data shows 5,210 thefts in Cheshire in 2023.\n\n"
     "The number has risen by 40% over the past ten years, since the figures were first published in 2013/14.",
     "40", "2023"),
    # near-miss: a figure of that earlier year keeps it
    ("Official data shows 5,210 thefts in Cheshire in 2023.\n\n"
     "The figures were first published in 2013/14, when there were 3,000.", "3,000", "2013-04-01/2014-03-31"),
    # a share (not a change) in a "since ... when" clause is that year's
    ("Results in Portsmouth have improved since 2015 when just 29.9 per cent of pupils passed.", "29.9", "2015"),
])
def test_since_clauses(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


@pytest.mark.parametrize("text,number,period", [
    # a stock after the release's snapshot day takes that day, in later paragraphs too
    ("The number of offenders on the register in Gwent rose by 4% in 2022-23.\n\n"
     "Official figures show 1,010 offenders were being monitored at March 31, 2023.\n\n"
     "That is one offender for every 590 people.", "590", "2023-03-31"),
    # near-miss: a span named after the snapshot day is the last frame: the story's year holds
    ("The number of offenders on the register in Gwent rose by 4% in 2022-23.\n\n"
     "Official figures show 1,010 offenders were being monitored at March 31, 2023.\n\n"
     "Between 1 April 2022 and 31 March 2023, 40 were recalled.\n\nThe panel met 12 times.", "12",
     "2022-04-01/2023-03-31"),
    # what a place is made of takes no period
    ("The number of offenders on the register in Gwent rose by 4% in 2022-23.\n\n"
     "The force area, which comprises five counties, had 1,010 offenders.", "five", None),
    # a figure "the same as" a year is not of that year
    ("Offenders in Gwent rose by 4% in 2022-23.\n\nThe rate in the county stands at 112, the same as 2021-22.",
     "112", "2022-04-01/2023-03-31"),
    # a compared figure in brackets: the year before the sentence's period, when the text names it
    ("Offenders in Gwent rose by 4% in 2022-23, after 2021-22 had been a quieter year.\n\n"
     "Nationally, there was a rise of 3% (up from 66,000) in 2022-23.", "66,000", "2021-04-01/2022-03-31"),
    # ... a compared figure with its own period after a bracket keeps it
    ("Obesity rose in 2023-24.\n\nOne in 20 areas now has a high rate, up from one in 25 (13 out of 317) in 2018-19.",
     "one in 25", "2018-04-01/2019-03-31"),
    # a period a compared figure took in an earlier clause is not the next clause's
    ("Offences in Gwent rose by 4% to 820 in the year to March 2023.\n\n"
     "It was also up from pre-pandemic levels, with 700 offences logged in the year to March 2020 – and means "
     "the rate stood at 58 per 100,000 people.", "58", "2022-04-01/2023-03-31"),
    # near-miss: a clause about the same span keeps its period
    ("Homes in Gwent were slow to come in 2023.\n\n"
     "Neighbouring Monmouth has built almost 900 homes in the last three years – despite a target of just 300.",
     "300", "2021-07-20/2024-07-20"),
])
def test_release_and_clause_periods(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


@pytest.mark.parametrize("text,number,area", [
    # a count of councils or forces is of the place that holds them, named after it ...
    ("Leeds, Hull and York are among 52 local authorities in England where rents rose by a tenth.", "52", "England"),
    # ... and no council's: a council does not hold other councils
    ("Rents in Hull rose fastest, putting it in the top 20 local authorities for rent rises.", "20", None),
    # near-miss: the parts a place has are its own
    ("Leeds has 33 wards and 99 councillors.", "33", "Leeds"),
    # the whole the named parts make up is the story's place, not the last part's
    ("Burglaries in Dyfed-Powys rose last year.\n\n"
     "There were 120 in the north division and 95 in the south division.\n\n"
     "The force-wide figure is up 14 on the year before.", "14", "Dyfed-Powys"),
    # places in an aside that describes the place before it hold nothing
    ("There were 1,510 offenders in the Gwent Police area – which stretches from Chepstow in the east to "
     "Blaenau Gwent in the west – equating to one offender for every 390 people.", "390", "Gwent"),
    # near-miss: without the aside the nearest place holds the figure
    ("There were 1,510 offenders in Gwent and 390 in Newport.", "390", "Newport"),
    # a figure said to be the nation's right after it: the nation named in the text, else none
    ("Pass rates rose to 61 per cent for the North West and 58 per cent nationally.", "58", None),
    ("In England, pass rates rose in 2023.\n\nThey reached 61 per cent for the North West and 58% nationally.",
     "58", "England"),
    # near-miss: the region's own figure
    ("Pass rates rose to 61 per cent for the North West and 58 per cent nationally.", "61", "North West"),
])
def test_units_wholes_and_asides(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area
