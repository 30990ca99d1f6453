"""Families of statistic -> period and statistic -> area links found on a new blind set (l7: census,
recycling, A&E, Ofsted and jobless stories), in phrasings written for these tests: each family with
phrasings that must link one way and near-misses that must not."""
import pytest

from record_finding import link_of


# --- the time a change is measured "since" dates no figure of the sentences after it ---

@pytest.mark.parametrize("text,number,period", [
    ("In the 2021 census, 21% of residents were over 65. That is a rise from 17.2% since the 2011 census. "
     "Some 3.1% were over 85.", "3.1", "2021"),
    ("Members numbered 4,200 in 2023, up 12% since 2019. A further 310 joined as volunteers.", "310", "2023"),
    ("Visitors spent £41m in 2022, which was 9.5 per cent more than since the 2015 survey. Day trips made up 64%.",
     "64", "2022"),
])
def test_since_base_is_not_carried(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


@pytest.mark.parametrize("text,number,period", [
    # near-misses: a figure of the "since" sentence itself, and a period that is no change's "since"
    ("In the 2021 census, 21% of residents were over 65, a rise from 17.2% since the 2011 census.", "17.2", "2011"),
    ("Police made 412 arrests in 2023. A further 96 people were cautioned.", "96", "2023"),
])
def test_since_frames_that_stay(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- a baseline named again in apposition ("the previous year, 2021/22") is a baseline ---

@pytest.mark.parametrize("text,number,period", [
    ("Landfill took 1.8 million tonnes in 2022/23. That is a cut of 16 per cent compared to the previous year, "
     "2021/22.", "16", "2022-04-01/2023-03-31"),
    ("Arrests reached 930 in 2023, a drop of 40 compared with the year before, 2022.", "40", "2023"),
    ("Admissions hit 5,100 in 2024, up 7% on the previous year, 2023.", "7", "2024"),
])
def test_apposed_baseline(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


@pytest.mark.parametrize("text,number,period", [
    # near-miss: a period in apposition to a frame that is no baseline
    ("In the last financial year, 2022/23, the council spent £4.2m on repairs.", "4.2m", "2022-04-01/2023-03-31"),
])
def test_apposed_frame_is_kept(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- a later period held by another figure of a subordinate clause is not this figure's ---

@pytest.mark.parametrize("text,number,period", [
    ("In December 2014 the children's unit saw 94.7% of patients in time, nearly meeting the target after "
     "falling to 78.2% in November 2014.", "94.7", "2014-12"),
    ("Across 2023 the trust treated 88% of patients within four hours, having dropped to 71% in January 2022.",
     "88", "2023"),
])
def test_later_period_of_another_figure(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


@pytest.mark.parametrize("text,number,period", [
    # near-misses: the other figure's own period, and a change from one figure to another
    ("In December 2014 the children's unit saw 94.7% of patients in time, nearly meeting the target after "
     "falling to 78.2% in November 2014.", "78.2", "2014-11"),
    ("Arrests went up by 10 per cent - from 6,918 in 2014 to 7,606 in 2015.", "10", "2015"),
    ("The council collected 412 tonnes and 38 tonnes more in 2023.", "412", "2023"),
])
def test_later_period_kept(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- a national frame carries to the figures after it until a place is named again ---

_JOBS = ("Job queues are getting shorter across the West Midlands.\n"
         "Nationwide, a record 30.1 million people are in work.\n"
         "The jobless total fell by 63,000 in the quarter to January to 2.33 million.\n"
         "In the West Midlands unemployment fell by 19,000 to 221,000.\n"
         "In Dudley the claimant count fell by 45 to 8,226.\n")


@pytest.mark.parametrize("text,number,area", [
    (_JOBS, "63,000", None),
    (_JOBS, "2.33 million", None),
    ("Claims fell in Gateshead in October to 6,505.\n\nNational figures show the number of claimants fell by "
     "82,000 to two million in October.\n\nThe unemployment rate also fell to 4.3% in the quarter.", "4.3", None),
    ("Claims fell in Gateshead in October to 6,505.\n\nAcross the UK, claims fell by 82,000.\n\nNationally, the "
     "jobless rate is 4.3%. Long-term unemployment rose by 12,000.", "12,000", "United Kingdom"),
    ("Queues are shrinking across the West Midlands, as national unemployment fell by 48,000 to 2.47 million "
     "in the quarter.", "2.47 million", None),
])
def test_national_frame_carries(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number,area", [
    # near-misses: a place named after the frame takes its figures back; a national yardstick frames nothing
    (_JOBS, "19,000", "West Midlands"),
    (_JOBS, "8,226", "Dudley"),
    ("In Walsall the claimant count fell to 8,207, below the national average of 3 per cent.\n"
     "Claims among the young fell by 120.", "120", "Walsall"),
    ("Crime rose by 5% in Kent, compared with national figures of 3%. Burglary rose by 12%.", "12", "Kent"),
])
def test_national_frame_does_not_carry(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


# --- a paragraph that opens on its nation ("Across England, ...") frames the figures after it ---

@pytest.mark.parametrize("text,number,area", [
    ("Nearly a fifth of patients waited over four hours at Birmingham hospitals last week.\n\nAcross England, the "
     "target has now been missed for a whole quarter.\n\nBetween October and December, just 92.6% of patients "
     "were seen in time.", "92.6", "England"),
])
def test_nation_opening_a_paragraph(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number,area", [
    # near-miss: a nation named as a yardstick, not opening its sentence, frames nothing
    ("In Birmingham, 1,200 patients waited over four hours in December 2023.\n\nWaits were longer than in England "
     "as a whole.\n\nJust 82.2% of patients were seen in time.", "82.2", "Birmingham"),
])
def test_nation_in_passing(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


# --- ", and in <place>, where ..." opens the next place's own clause ---

@pytest.mark.parametrize("text,number,area", [
    ("Claims fell in Dudley, down 45 to 8,226 or 4.2 per cent, and in Walsall, where the count fell 47 to 8,207.",
     "4.2", "Dudley"),
    ("Visits rose in Bath, up 300 to 9,100 or 3 per cent, while in Bristol, which saw the biggest rise, they "
     "reached 41,000.", "3", "Bath"),
])
def test_and_in_place_where_opens_a_clause(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number,area", [
    # near-misses: the place after the figure is its own
    ("Claims fell in Dudley, and in Walsall, where the count fell 47 to 8,207.", "8,207", "Walsall"),
    ("The count fell by 4.2 per cent in Walsall.", "4.2", "Walsall"),
])
def test_place_after_kept(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


# --- "respectively" with its places named apart; those places frame nothing after ---

@pytest.mark.parametrize("text,number,area", [
    ("The population of England and Wales rose in 2021. The population in England is growing faster than that "
     "of Wales, with growth of 6.6% and 1.4% respectively.", "6.6", "England"),
    ("The population of England and Wales rose in 2021. The population in England is growing faster than that "
     "of Wales, with growth of 6.6% and 1.4% respectively.", "1.4", "Wales"),
    ("The population of England and Wales was 59.6 million in 2021. The population in England is growing faster "
     "than that of Wales, with growth of 6.6% and 1.4% respectively. Women made up 51% of the population.",
     "51", "England and Wales"),
])
def test_respectively_places_apart(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number,area", [
    # near-miss: more figures than places is no respective list
    ("Cardiff saw rises of 3%, 4% and 5% respectively over three years.", "4", "Cardiff"),
])
def test_respectively_needs_matching_lists(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


# --- "at least" ranks nothing ---

@pytest.mark.parametrize("text,number,area", [
    ("Nationwide, the number of offenders has grown by 73 per cent since 2010.\n\nAt least 33 offenders in the "
     "North East were recalled last year.\n\nFigures released this morning show that 233 were cautioned.",
     "233", "North East"),
])
def test_at_least_is_no_ranking(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


# --- "England's most populous region": the nation is the ranking's scope, not the figure's place ---

@pytest.mark.parametrize("text,number,area", [
    ("The South East is still England's most populous region with 9.3 million inhabitants.", "9.3 million",
     "South East"),
    ("Leeds remains Yorkshire's biggest city with 812,000 residents.", "812,000", "Leeds"),
])
def test_possessive_ranking_scope(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number,area", [
    # near-miss: a possessive that ranks nothing
    ("England's population grew by 6.6% in the decade to 2021.", "6.6", "England"),
])
def test_possessive_without_ranking(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


# --- "District, East Sussex": a county that is half of a force's area locates its district ---

@pytest.mark.parametrize("text,number,area", [
    ("Close behind was Rother, East Sussex, on 32.4 per cent.", "32.4", "Rother"),
    ("Crawley, West Sussex, recorded 412 burglaries in 2023.", "412", "Crawley"),
])
def test_district_located_by_half_county(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number,area", [
    # near-misses: a list of places is no location, and a county alone keeps its figure
    ("Rates were highest in Hastings, East Sussex and Kent, at 12 per cent.", "12", None),
    ("East Sussex recorded 412 burglaries in 2023.", "412", "East Sussex"),
])
def test_half_county_not_a_locator(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


# --- a national frame does not carry into a sentence that turns away from the nation ---

@pytest.mark.parametrize("text,number,area", [
    ("Across the country, knife offences rose to 44,771 in the year to September 2019.\n\nThe four Yorkshire "
     "forces however recorded 4,394 offences in the year to September 2019.", "4,394", "Yorkshire and The Humber"),
    ("Nationwide, claims rose by 12,000 in 2023.\n\nBy contrast, claims fell by 300 in 2023.", "300", None),
])
def test_national_frame_stops_at_a_turn(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


# --- a tie between the nation the opening names and a place named only after it: the nation's story ---

_BULLETIN = ("Census bulletins published today describe people in England and Wales in March 2021.\n\n"
             "The share identifying as White British fell from 86% in 2011 to 81.7% in 2021.\n\n"
             "London remains the most diverse region, where 63% identify with a minority group.\n\n"
             "Across England and Wales, 90% of people identify with a UK national identity, with 79% doing so in "
             "London.\n\nMore than 22 million people said they had no religion.")


@pytest.mark.parametrize("text,number,area", [
    (_BULLETIN, "81.7", "England and Wales"),
    (_BULLETIN, "22 million", "England and Wales"),
    (_BULLETIN, "63", "London"),
])
def test_nation_named_first_wins_a_tie(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number,area", [
    # near-misses: a story about "the region", and a place named before the nation
    ("House prices fell in the region in April 2016.\n\nPrices fell 26.8% in England to £224,731.\n\nIn the North "
     "West, the average was £145,149, 64.6% of the England average.\n\nSome 13,000 homes were sold in the North West.",
     "13,000", "North West"),
    ("Crime in Kent rose in 2023, figures for England and Wales show.\n\nPolice recorded 3,100 burglaries in Kent, "
     "while burglary in England and Wales fell by 4%.\n\nSome 212 robberies were recorded.", "212", "Kent"),
])
def test_local_story_keeps_its_place(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area
