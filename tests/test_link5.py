"""Families of statistic -> period and statistic -> area links found on a blind set of new text
(round 5), in phrasings written for these tests: each family with phrasings that must link one way
and near-misses that must not."""
import pytest

from record_finding import link_of, links  # noqa: F401


# --- a force or council that holds a figure is its place, even when the text names it only in the body's name ---

@pytest.mark.parametrize("text,number,area", [
    # the holder before the figure ("recorded by", "reported to")
    ("Offences reported to Gwent Police climbed to 51,200 in the year to March.", "51,200", "Gwent"),
    ("Burglaries recorded by Merseyside Police fell by 8 per cent in 2023.", "8", "Merseyside"),
    ("Robberies logged by Cleveland Police rose to 1,020 last year.", "1,020", "Cleveland"),
    # the holder after the figure
    ("There was a rise of 6 per cent in offences recorded by Avon and Somerset Police in 2023.", "6",
     "Avon and Somerset"),
    # the holder as the subject, with a verb of holding
    ("Dyfed-Powys Police recorded 22,400 crimes in 2023.", "22,400", "Dyfed-Powys"),
    # two forces in one story, each figure to its own force
    ("Crime recorded by Dorset Police rose 4 per cent in 2023, while crime reported to Wiltshire Police "
     "fell to 39,800.", "39,800", "Wiltshire"),
    ("Crime recorded by Dorset Police rose 4 per cent in 2023, while crime reported to Wiltshire Police "
     "fell to 39,800.", "4", "Dorset"),
])
def test_holding_body_is_the_place(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number", [
    # near-misses: a body that only speaks, or is only named, places nothing
    ("A spokesman for Gwent Police said 51,200 offences were a concern for everyone.", "51,200"),
    ("Figures show 1,020 robberies, Cleveland Police said.", "1,020"),
    ("The report praised Merseyside Police, saying 8 per cent of calls were abandoned nationally.", "8"),
])
def test_speaking_body_places_nothing(ex, text, number):
    assert link_of(ex, text, number)[1] is None


# --- a compared figure written in words: its period is the comparison's baseline --------------------

@pytest.mark.parametrize("text,number,period", [
    # the period after "compared to none/three ..." belongs to the compared figure, not to the current one
    ("Places were offered for entry in 2024. In Bury 2.1% of pupils were offered their second choice, "
     "compared to none last year.", "2.1", "2024"),
    ("Wardens issued 14 fines in March, up from three last year.", "14", "2024-03"),
    ("The borough recorded 11 deaths this year, compared with seven in 2022.", "11", "2024"),
    # near-misses: the period of the compared figure itself, and a period of the current figure
    ("Wardens issued 14 fines in March, up from 3 last year.", "3", "2023"),
    ("In Bury 2.1% of pupils were offered their second choice last year.", "2.1", "2023"),
])
def test_number_word_baseline(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- another place's figure in a comparison shares the current period, not the year before -----------

@pytest.mark.parametrize("text,number,period", [
    ("In 2023 the rate in Durham was 41 per 1,000, compared with 37 in Northumberland.", "37", "2023"),
    ("Shoplifting in Leeds rose 14% in 2022, against 9% nationally.", "9", "2022"),
    ("Attendance in Bolton was 92.1% in 2023, compared to 93.4 per cent for England.", "93.4", "2023"),
    # near-misses: the compared figure of an earlier time takes that time
    ("In 2023 the rate in Durham was 41 per 1,000, compared with 37 in 2021.", "37", "2021"),
    ("Shoplifting in Leeds rose to 5,200 in 2022, up from 4,560 the year before.", "4,560", "2021"),
])
def test_place_comparison_keeps_period(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- places counted that saw a change are dated by the story; an organisation's parts are not ----------

@pytest.mark.parametrize("text,number,period", [
    ("Figures for 2023 were published on Monday. Meanwhile, 12 councils have seen a fall in applications.",
     "12", "2023"),
    ("Figures for 2023 were published on Monday. Four forces saw an increase in arrests.", "Four", "2023"),
    ("Figures for 2023 were published on Monday. Two trusts reported no change in waiting times.", "Two", "2023"),
    # near-misses: the parts an organisation is made of take no period from outside their sentence
    ("Figures for 2023 were published on Monday. The county has seven district councils.", "seven", None),
    ("Figures for 2023 were published on Monday. The force is split into four command units.", "four", None),
])
def test_places_that_saw_a_change(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- what a place or body needs is no figure of the story's period -----------------------------------

@pytest.mark.parametrize("text,number,period", [
    ("Homes built in Leeds rose to 2,400 in 2023. The city needs 3,300 new homes a year to keep up.", "3,300", None),
    ("The council overspent by £4m in 2023-24. It needs to save £9.5m to balance its books.", "9.5m", None),
    ("The council overspent by £4m in 2023-24. It needs a further £2m for social care.", "2m", None),
    # near-misses: a figure that was needed, said with its period, and a figure the story states
    ("The council overspent by £4m in 2023-24. It needed £2m more for social care in 2023-24.", "2m",
     "2023-04-01/2024-03-31"),
    ("Homes built in Leeds rose to 2,400 in 2023. The city saw 3,300 people join the waiting list.", "3,300", "2023"),
])
def test_what_is_needed_is_timeless(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- "the county" is never a district or a metropolitan or London borough ---------------------------

def test_the_county_is_not_the_district(ex):
    text = ("Burglary in Kent rose by 6 per cent last year.\n\nIn Medway there were 300 break-ins, and in "
            "Maidstone there were 120.\n\nThe county has 3,800 police officers.")
    assert link_of(ex, text, "3,800")[1] != "Maidstone"


@pytest.mark.parametrize("text,number,area", [
    # near-misses: a unitary council and the district's own figure
    ("Burglary in Kent rose by 6 per cent last year.\n\nIn Cornwall there were 120 break-ins.\n\n"
     "The county has 3,800 police officers.", "3,800", "Cornwall"),
    ("Burglary in Kent rose by 6 per cent last year.\n\nIn Maidstone there were 120 break-ins.\n\n"
     "The county has 3,800 police officers.", "120", "Maidstone"),
])
def test_the_county_reference(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


# --- a list under a heading line takes the heading's period ------------------------------------------

@pytest.mark.parametrize("text,number,period", [
    ("Visitor numbers recovered after the pandemic. Between 2017 and 2019 the area averaged 5 million visitors.\n\n"
     "Tourism summary 2022\n\n- 4.2 million visitors\n- £300m spent by visitors\n", "4.2 million", "2022"),
    ("Crime fell in 2019 across the county.\n\nKey figures for 2022-23:\n\n- 400 burglaries\n- 300 robberies\n",
     "300", "2022-04-01/2023-03-31"),
    # near-misses: a sentence of prose above the list is no heading; a bullet's own period wins
    ("Crime fell in 2019 across the county.\n\nThe chief constable, who took over in 2021, thanked staff.\n\n- 400 burglaries\n",
     "400", "2019"),
    ("Tourism summary 2022\n\n- 4.2 million visitors in 2021\n", "4.2 million", "2021"),
])
def test_list_under_a_heading(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- a figure in brackets after a period and its noun is that period's ---------------------------------

@pytest.mark.parametrize("text,number,period", [
    ("Arrests fell this year, below the December 2021 campaign (5,698) and the 2020 campaign (6,120).", "5,698", "2021-12"),
    ("Arrests fell this year, below the December 2021 campaign (5,698) and the 2020 campaign (6,120).", "6,120", "2020"),
    ("Arrests were down on the 2022 figure (412).", "412", "2022"),
    # near-miss: a bracket after other words is no figure of that period
    ("In 2021 the council spent more on roads (£4m) than on parks.", "4m", "2021"),
])
def test_bracketed_figure_after_a_period_and_its_noun(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- a figure about several places at once has no area ---------------------------------------------

@pytest.mark.parametrize("text,number,area", [
    ("Exclusions in Lancashire rose sharply last year.\n\nIn 25 areas, expulsions rose by at least 50%.", "50", None),
    ("Exclusions in Lancashire rose sharply last year.\n\nEight councils saw a rise, and of these, two saw a rise of 200%.",
     "two", None),
    ("Exclusions in Lancashire rose sharply last year.\n\nIn most areas, exclusions rose by 10%.", "10", None),
    # near-misses: a count pointed back to, a place after the figure, the national average, the story's area
    ("Exclusions in Lancashire rose sharply last year.\n\nOf these 603 pupils were boys.", "603", "Lancashire"),
    ("Exclusions in Lancashire rose sharply last year.\n\nOf the 44 councils, only five are in Kent.", "five", "Kent"),
    ("Exclusions in Lancashire rose sharply last year.\n\nIn the area, exclusions rose by 10%.", "10", "Lancashire"),
])
def test_figure_about_many_places(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number,area", [
    ("Hertfordshire now ranks 78th of the 151 councils nationally.", "151", None),
    ("Hertfordshire is among the 20 counties with the most potholes.", "20", None),
    # near-miss: the units a county is made of are its own
    ("Kent has 12 district councils.", "12", "Kent"),
])
def test_places_a_place_is_ranked_among(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


# --- a figure dated only by a vague era ("pre-pandemic") has no period -------------------------------

@pytest.mark.parametrize("text,number,period", [
    ("In 2023 journeys rose to 3.4 million, above pre-pandemic levels of 3.3 million.", "3.3 million", None),
    ("In 2023 fares raised £3.2bn, below the £4.1 billion taken before the pandemic.", "4.1 billion", None),
    # near-misses: a year given with the era, and the current figure
    ("Before the pandemic, in 2019, there were 3.3 million journeys.", "3.3 million", "2019"),
    ("In 2023 journeys rose to 3.4 million, above pre-pandemic levels of 3.3 million.", "3.4 million", "2023"),
])
def test_vague_era_dates_nothing(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


@pytest.mark.parametrize("text,number,period", [
    ("Waiting lists rose in 2023. The trust has recently recruited three doctors.", "three", None),
    ("Waiting lists rose in 2023. In recent years, 400 homes were built.", "400", None),
    # near-misses: a period in the sentence, and "recent figures" (the story's)
    ("Waiting lists rose in 2023. It recently recruited three doctors in March.", "three", "2024-03"),
    ("Waiting lists rose in 2023. Recent figures show 400 more patients.", "400", "2023"),
])
def test_recently_dates_nothing(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


@pytest.mark.parametrize("text,number,period", [
    ("Some 146 families were housed between April and June this year.\n\nDuring the same period in 2021, 94 households "
     "lived in temporary housing, and the council set a target of 100 households for 2025.", "94", "2021-04-01/2021-06-30"),
    # near-miss: the same period as the other side of a comparison
    ("There were 146 between April and June this year, up from 94 in the same period in 2021.", "146",
     "2024-04-01/2024-06-30"),
])
def test_a_comparable_period_that_opens_its_sentence(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


@pytest.mark.parametrize("text,number,period", [
    ("Figures for 2023 were published on Monday. Nine of the ten areas with the lowest rates are in the south.", "ten", "2023"),
    ("Figures for 2023 were published on Monday. The three lowest areas are all in London.", "three", "2023"),
    # near-miss: an organisation's parts
    ("Figures for 2023 were published on Monday. The force is split into four command units.", "four", None),
])
def test_places_ranked_by_the_figures_are_dated(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- a local story set against its nation: one place named, "the area" spoken of ----------------------

LOCAL_AGAINST_NATION = (
    "Campaigners said the level of dog fouling seen across England was a disgrace.\n\n"
    "Figures show there were 312 complaints in the year to March 2023, up from 280 the year before.\n\n"
    "Most of the fouling in the area was found in parks (41%).\n\n"
    "Across England, 95,000 complaints were made in 2022-23.\n\n"
    "In Redditch, wardens will patrol more often, the council said.")


@pytest.mark.parametrize("number,area", [("312", "Redditch"), ("41", "Redditch"), ("95,000", "England")])
def test_a_local_story_set_against_its_nation(ex, number, area):
    assert link_of(ex, LOCAL_AGAINST_NATION, number)[1] == area


def test_a_national_story_naming_one_place_stays_national(ex):
    text = ("Dog fouling complaints rose across England last year.\n\nAcross England, 95,000 complaints were made, "
            "up from 90,000.\n\nIn England the rise was 5%, though Redditch saw a fall.")
    assert link_of(ex, text, "90,000")[1] == "England"


@pytest.mark.parametrize("text,number,area", [
    ("Rough sleeping has risen 40 per cent in one Kent borough.\n\nIn Maidstone, 120 people slept rough in 2023, "
     "Maidstone Borough Council said, and Maidstone expects more.", "40", "Maidstone"),
    # near-miss: the county itself
    ("Rough sleeping has risen 40 per cent across Kent.\n\nIn Maidstone, 120 people slept rough in 2023, "
     "and Maidstone expects more.", "40", "Kent"),
])
def test_one_borough_of_a_county_is_the_storys(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number,area", [
    ("At Hartshire Hospitals NHS Trust, which runs Colchester and Ipswich hospitals, 81.1 per cent of patients "
     "were seen in time. Colchester is busy.", "81.1", "Hartshire Hospitals NHS Trust"),  # (the body holds it)
    ("In Essex, which covers Colchester and Harlow, 81.1 per cent of patients were seen in time.", "81.1", "Essex"),
    # near-miss: places named in the figure's own clause
    ("In Colchester and Ipswich, 81.1 per cent of patients were seen in time.", "81.1", None),
    ("In Colchester, 81.1 per cent of patients were seen in time.", "81.1", "Colchester"),
])
def test_places_in_a_relative_clause_describe_the_body(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number,period", [
    ("Homelessness rose in 2023. Councils need to be able to keep 100% of the receipts of any home they sell.", "100", None),
    ("Homelessness rose in 2023. The trust still needs to recruit 40 nurses.", "40", None),
    # near-miss: people who need something are counted in the period
    ("Homelessness rose in 2023. The number of people who need to be rehoused rose to 400.", "400", "2023"),
])
def test_what_a_body_needs_to_do_is_timeless(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


def test_a_change_over_years_is_no_story_frame(ex):
    text = ("Over 12,000 children in temporary housing\n\nThe number of homeless children has risen by more than a third "
            "in the last three years.\n\nFigures covering January to March 2024 show councils housing over 12,500 children.")
    got = dict((n, p) for n, _, p in links(ex, text, "2024-07-05"))
    assert got["12,000"] == "2024-01-01/2024-03-31"  # the headline's level: the story's statistical period
    assert got["a third"] == "2021-07-05/2024-07-05"  # the change keeps its window
