"""Families of statistic -> period and statistic -> area links found on a new blind set (l8: county crime
releases, bus statistics, GCSE and waiting-list stories) and on the open families of round 2, in phrasings
written for these tests: each family with phrasings that must link one way and near-misses that must not."""
import pytest

from record_finding import link_of


# --- a rolling "past year" in the lede gives way to the release's twelve months named later ---

@pytest.mark.parametrize("text,published,number,period", [
    ("Burglaries in Kent rose by 8 per cent in the past year.\n\nThe figures show 9,120 burglaries were recorded "
     "from April 2023 up to March this year.\n\nOf those, 2,400 were solved.", "2024-07-20", "2,400",
     "2023-04-01/2024-03-31"),
    ("Shoplifting in Essex has risen by 20% over the past 12 months.\n\nThere were 6,300 offences between July "
     "2022 and June 2023.\n\nPolice made 410 arrests.", "2023-10-12", "410", "2022-07-01/2023-06-30"),
])
def test_rolling_year_gives_way_to_named_span(ex, text, published, number, period):
    assert link_of(ex, text, number, published=published)[2] == period


@pytest.mark.parametrize("text,published,number,period", [
    # near-misses: a later span that is not the same twelve months (a five-year span, an old year)
    ("Burglaries in Kent rose by 8 per cent in the past year.\n\nBetween 2015 and 2020 there were 41,000.\n\n"
     "Police made 900 arrests.", "2024-07-20", "900", "2023-07-20/2024-07-20"),
    ("Burglaries in Kent rose by 8 per cent in the past year.\n\nIn June there were 700.\n\n"
     "Police made 900 arrests.", "2024-07-20", "900", "2023-07-20/2024-07-20"),
])
def test_rolling_year_kept(ex, text, published, number, period):
    assert link_of(ex, text, number, published=published)[2] == period


# --- "down 4% on the number of trips made in 2010": the compared number's period is a baseline ---

@pytest.mark.parametrize("text,number,period", [
    ("Cycling trips reached 3.1 million in 2023. Now at 3.1 million, the figure is down 4% on the number of trips "
     "made in 2010. Commuters made up 1.2 million.", "1.2 million", "2023"),
    ("The library lent 81,000 books in 2023, 12 per cent higher than the level recorded in 2016.", "12", "2023"),
    ("Fines totalled 5,400 in 2022, up 9% compared with the total for 2019.", "9", "2022"),
])
def test_compared_number_period_is_baseline(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


@pytest.mark.parametrize("text,number,period", [
    # near-misses: the number of something in a period, with no change against it
    ("The number of trips made in 2010 was 3.4 million.", "3.4 million", "2010"),
    ("Based on the number of residents in 2021, the rate was 41 per 1,000.", "41", "2021"),
])
def test_number_in_period_is_kept(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- a place the figure excludes is not its place ---

@pytest.mark.parametrize("text,number,area", [
    ("Bus use in England fell by 2.1%. In the metropolitan counties (excluding London) it fell by 3.4%.", "3.4",
     "England"),
    ("Rail use in England rose by 5%. Every region apart from London saw journeys rise by at least 4%.", "4",
     "England"),
    ("Homelessness in England rose by 7%. Not counting London, the rise was 9%.", "9", "England"),
])
def test_excluded_place(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number,area", [
    # near-misses: the place itself, and a place named as where the figure is
    ("Bus use in London fell by 1.1%.", "1.1", "London"),
    ("In London, excluding night buses, use fell by 1.4%.", "1.4", "London"),
])
def test_place_not_excluded(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


# --- a list of figures that ends on one place: the place is every item's ---

@pytest.mark.parametrize("text,number,area", [
    ("The Yorkshire figures were mixed. There was a 31 per cent rise in shoplifting, a 12 per cent rise in violence "
     "against the person, and an 8 per cent fall in burglary in North Yorkshire.", "31", "North Yorkshire"),
    ("Wales saw little change. There was a 6% rise in knife crime and a 4% rise in robbery in Cardiff.", "6",
     "Cardiff"),
])
def test_list_shares_place_after(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number,area", [
    # near-misses: each item with its own place, and a clause break before the place
    ("Knife crime rose by 6% in Cardiff, 4% in Swansea and 9% in Newport.", "6", "Cardiff"),
    ("Across Wales, knife crime rose by 6%, but robbery fell by 4% in Cardiff.", "6", "Wales"),
])
def test_list_items_keep_own_place(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


# --- a part named in an ", of which ... in X," aside holds nothing after the aside ---

@pytest.mark.parametrize("text,number,area", [
    ("There were 2.9 million hospital visits in Scotland, of which a third were in Glasgow, rising 3.1% on the "
     "year before.", "3.1", "Scotland"),
    ("Some 41,000 homes were built in England, of whom most were in London, an increase of 6%.", "6", "England"),
])
def test_part_aside_place(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number,area", [
    # near-miss: the part's own figure inside the aside
    ("There were 2.9 million hospital visits in Scotland, of which 900,000 were in Glasgow.", "900,000", "Glasgow City"),
])
def test_part_aside_own_figure(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


# --- "compared with £34 per visit across Great Britain": another place's figure of the same period ---

@pytest.mark.parametrize("text,number,period", [
    ("Day visitors to Cumbria spent £41 per visit in 2018, up from £38 the year before, compared with £34 per visit "
     "across Great Britain.", "34", "2018"),
    ("Kent council spent £112 per head in 2023, up from £104 the year before, compared with £96 per head in Surrey.",
     "96", "2023"),
])
def test_compared_place_with_unit_same_period(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


@pytest.mark.parametrize("text,number,period", [
    # near-miss: the compared figure of the previous year, no place after it
    ("Day visitors to Cumbria spent £41 per visit in 2018, up from £38 per visit the year before.", "38", "2017"),
])
def test_compared_previous_year_kept(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- "Like in 2011," and "than there were in 2011": the time the figures are likened to ---

@pytest.mark.parametrize("text,number,period", [
    ("The 2021 census counted 560,000 people in Cornwall. Like in 2011, women made up 51.3 per cent of residents.",
     "51.3", "2021"),
    ("The 2021 census counted 560,000 people in Cornwall. There were 12,400 more households than there were in "
     "2011.", "12,400", "2021"),
    ("Cornwall had 560,000 residents in 2021. As in 2011, Truro was its largest city, with 23,000 people.",
     "23,000", "2021"),
])
def test_likened_time_is_baseline(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


@pytest.mark.parametrize("text,number,period", [
    # near-misses: a snapshot's own date after "As at", and a year that opens its sentence
    ("As at 31 March 2019, there were 500 children in care in Kent.", "500", "2019-03-31"),
    ("In 2011, women made up 50.9 per cent of residents.", "50.9", "2011"),
])
def test_opening_time_kept(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- "official figures showed today": when the figures came out, no period ---

@pytest.mark.parametrize("text,number,period", [
    ("Unemployment in Wales fell by 4,000 to 61,000 in the three months to May, official figures showed today.",
     "4,000", "2024-03-01/2024-05-31"),
    ("Claimants in Leeds fell by 900 in June, figures confirmed today.", "900", "2024-06"),
])
def test_publication_day_dates_nothing(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- when something last happened is no frame for the figures after it ---

@pytest.mark.parametrize("text,number,period", [
    ("Derby trust saw 78.1 per cent of patients within four hours in September. The trust last hit the target in "
     "the week ending August 31. Leicester saw 74.2 per cent of patients within four hours.", "74.2", "2023-09"),
    ("The force answered 88% of 999 calls in time in May. It last met the standard in March 2021. Its neighbour "
     "answered 91%.", "91", "2024-05"),
])
def test_last_event_not_carried(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


@pytest.mark.parametrize("text,number,period", [
    # near-miss: a figure of the "last" sentence itself, and a plain period that frames what follows
    ("The trust last hit the target in August 2023, with 95.2 per cent.", "95.2", "2023-08"),
    ("The trust saw 80% of patients in time in August. Leicester saw 74.2 per cent.", "74.2", "2023-08"),
])
def test_last_event_own_figures(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- a sentence that opens on the figures of the paragraph before takes their period ---

@pytest.mark.parametrize("text,number,period", [
    ("Complaints to the council rose to 1,240 in 2022-23.\n\nIn 2023, cases sent to the ombudsman reached 64.\n\n"
     "Of those, 21 were upheld.", "21", "2023"),
    ("Fly-tipping cost £2m in 2022-23.\n\nIn 2021, 3,100 fines were issued.\n\nAmong them, 800 went unpaid.",
     "800", "2021"),
])
def test_back_reference_to_paragraph_before(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


@pytest.mark.parametrize("text,number,period", [
    # near-miss: a paragraph that does not open on the figures before keeps the story's period
    ("Complaints to the council rose to 1,240 in 2022-23.\n\nIn 2023, cases sent to the ombudsman reached 64.\n\n"
     "The council employs 52 complaints officers.", "52", "2022-04-01/2023-03-31"),
])
def test_no_back_reference_keeps_story(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- "Both of these figures", "These totals": a back-reference to the paragraph before ---

@pytest.mark.parametrize("text,number,period", [
    ("Homelessness rose over the past year.\n\nOf the 9,000 households in hostels at the end of March, 4,100 had "
     "children.\n\nBoth of these figures are up by about 8% on the same period last year.", "8", "2024-03-31"),
    ("Waits grew over the past year.\n\nIn June, 3,200 patients waited over a year.\n\nThese figures are 14% "
     "higher than a year earlier.", "14", "2024-06"),
])
def test_plural_back_reference(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- the one nation a story's opening names, not another named in passing further down ---

@pytest.mark.parametrize("text,number,area", [
    ("Child poverty\n\nChild poverty in Wales has risen over the past year, new statistics show.\n\n"
     "Some 31% of children lived in poor households in 2023.\n\nAround 190,000 children were affected, the "
     "figures show.\n\nFamilies face higher bills.\n\nPrices in the UK are still rising.", "190,000", "Wales"),
])
def test_opening_nation_beats_nation_in_passing(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number,area", [
    # near-miss: two nations both named in the opening: no one story nation
    ("Child poverty\n\nChild poverty in Wales and Scotland has risen over the past year, new statistics show.\n\n"
     "Some 31% of children lived in poor households in 2023.\n\nAround 190,000 children were affected.", "190,000",
     None),
])
def test_two_opening_nations(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


# --- when figures are due out dates nothing ---

@pytest.mark.parametrize("text,number,period", [
    ("There were 82,000 households in hostels at the end of June 2024. Street counts, which are expected next "
     "month, are not included. Charities put the number of homeless people at 300,000.", "300,000", "2024-06-30"),
])
def test_due_out_dates_nothing(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


@pytest.mark.parametrize("text,number,period", [
    # near-miss: a figure expected for a period is that period's
    ("Admissions are expected to reach 5,000 in 2025.", "5,000", "2025"),
])
def test_expected_figure_keeps_period(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


@pytest.mark.parametrize("text,number,period", [
    # near-misses: a sentence that opens on a measure of its own is no back-reference
    ("Complaints to the council rose to 1,240 in 2022-23.\n\nIn 2023, cases sent to the ombudsman reached 64.\n\n"
     "The number of staff handling complaints is 52.", "52", "2022-04-01/2023-03-31"),
    ("Complaints to the council rose to 1,240 in 2022-23.\n\nIn 2023, cases sent to the ombudsman reached 64.\n\n"
     "The total for the region was 410.", "410", "2022-04-01/2023-03-31"),
])
def test_own_measure_is_no_back_reference(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- a count of national size carried to a region is not the region's ---

@pytest.mark.parametrize("text,number,area", [
    ("Unemployment in the West Midlands fell by 12,000 to 221,000 in the three months to January.\n\n"
     "The number of people claiming jobseeker's allowance fell by 34,600 to 1.17 million.", "1.17 million", None),
    ("Unemployment in the West Midlands fell by 12,000 to 221,000 in the three months to January.\n\n"
     "The number of people claiming jobseeker's allowance fell by 34,600 to 1.17 million.", "34,600", None),
    ("Jobs grew strongly across the UK. Unemployment in the North East fell by 3,000 to 92,000.\n\n"
     "The number of people in work rose to 32.4 million.", "32.4 million", "United Kingdom"),
])
def test_national_size_count(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number,area", [
    # near-misses: a count the place's own figures make plausible, and one of the place's sentence
    ("Unemployment in the West Midlands fell by 12,000 to 221,000.\n\nThe number of people claiming benefits fell "
     "by 3,100 to 98,000.", "98,000", "West Midlands"),
    ("Kent recorded 2,100 burglaries. Kent has 1.6 million residents.", "1.6 million", "Kent"),
])
def test_count_of_place_size(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area
