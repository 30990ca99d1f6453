"""Statistic → area links and area mentions on news phrasings (families added from new text).

Every family has phrasings that must link and near-misses that must not; the sentences are
written for these tests.
"""
import pytest

from record_finding import areas


def area_of(ex, text, number, nth=0):
    """The area name linked to the ``nth`` statistic whose number is written ``number``."""
    rec = ex.extract(text)
    names = {a["id"]: a["name"] for a in rec["areas"]}
    found = [s for s in rec["statistics"] if s["number"]["text"] == number]
    assert len(found) > nth, (number, [s["number"]["text"] for s in rec["statistics"]])
    return names.get(found[nth]["area"])


# --- a paragraph with no place takes the one place of the paragraph(s) just before ---------
@pytest.mark.parametrize("text,number,expected", [
    # one-sentence paragraphs: the section's place carries on
    ("Crime fell across Kent, Essex and Surrey last year.\n\nCrime in Surrey is at a 20-year low.\n\n"
     "Burglary is down by 6.2 per cent.", "6.2", "Surrey"),
    ("Figures for Kent and Essex were published today.\n\nIn Essex, 512 cars were stolen.\n\n"
     "Vandalism rose by 8 per cent.\n\nShoplifting fell by 3.5 per cent.", "3.5", "Essex"),
    # a heading that is only the place name, then its figures
    ("Drink-drive results from four forces:\n\nDorset\n\nAbout 900 drivers were breath tested.\n\n"
     "Wiltshire\n\nAbout 700 drivers were breath tested.", "700", "Wiltshire"),
])
def test_previous_paragraph_place(ex, text, number, expected):
    assert area_of(ex, text, number) == expected


@pytest.mark.parametrize("text,number,expected", [
    # the paragraph before lists several places: the story's area, not the last of them
    ("Burglaries in Cumbria rose again this year.\n\nCrime in Cumbria is still low, and Cumbria ranks "
     "well.\n\nThe worst rates were in Lancashire, Merseyside and Cheshire.\n\n"
     "Thefts from cars rose by 14 per cent.", "14", "Cumbria"),
    # the place before is only a yardstick
    ("Pendle has one of the highest rates of burglary in England and Wales.\n\n"
     "There were 640 burglaries in the year.", "640", "Pendle"),
    # a paragraph with no figure (a comment) ends the thread back to an earlier place
    ("Council tax in Lincolnshire will rise, the Lincolnshire leader said.\n\nIn neighbouring Rutland, "
     "bills rise by 3 per cent.\n\nThe leader said the decision had been hard.\n\n"
     "Band D bills will be £1,600.", "1,600", "Lincolnshire"),
])
def test_previous_paragraph_near_misses(ex, text, number, expected):
    assert area_of(ex, text, number) == expected


# --- a national story that names a region or two further down --------------------------------
@pytest.mark.parametrize("text,number,expected", [
    ("Some 52,300 households were owed a homelessness duty in the last quarter, figures show.\n\n"
     "That is a rise of 9% on a year earlier.\n\nLondon and the South East had the highest numbers "
     "in England.\n\nIn London, 11,200 households were homeless.\n\nCouncils spent £1.2bn on hotels.",
     "9", "England"),
    # near-miss: a local story names its place in the lede
    ("Some 1,300 households in Leeds were owed a homelessness duty last quarter.\n\n"
     "That is a rise of 9% on a year earlier.\n\nNumbers across England rose by 4%.\n\n"
     "Leeds council spent £2m on hotels.", "9", "Leeds"),
])
def test_story_area_named_in_the_opening(ex, text, number, expected):
    assert area_of(ex, text, number) == expected


# --- national targets are no place's figure --------------------------------------------------
@pytest.mark.parametrize("text,number,expected", [
    ("At Derriford, 61% of patients were seen within four hours in Devon.\n\n"
     "The NHS standard is for 95% of patients to be seen in that time.", "95", None),
    ("Waits in Kent grew again.\n\nThe government target is for 92 per cent to start treatment "
     "within 18 weeks.", "92", None),
    ("Waits in Kent grew again.\n\nThe health service aims to see 78% of patients within four hours.",
     "78", None),
    # near-miss: a local figure that is not a target keeps the place
    ("Waits in Kent grew again.\n\nSome 64% of patients were seen within four hours.", "64", "Kent"),
])
def test_national_target_has_no_area(ex, text, number, expected):
    assert area_of(ex, text, number) == expected


# --- a force that holds a figure is a place --------------------------------------------------
@pytest.mark.parametrize("text,number,expected", [
    ("Merseyside Police were second, accounting for 9% of the total.", "9", "Merseyside"),
    ("The highest rate was in Kent, followed by Essex Police (140 per 100,000).", "140", "Essex"),
    ("Lancashire Police were third on 4% of offences.", "4", "Lancashire"),
    ("Some 12,000 drivers were tested as part of Cheshire Police’s winter crackdown, with 310 failing.",
     "310", "Cheshire"),
    ("Gwent Police have revealed that 18% of drivers tested were over the limit.", "18", "Gwent"),
])
def test_force_holding_a_figure_is_a_place(ex, text, number, expected):
    assert area_of(ex, text, number) == expected


@pytest.mark.parametrize("text", [
    "Surrey Police said officers would patrol the town. Some 40 people attended.",
    "Surrey Police have released an image of a man they want to trace.",
])
def test_force_that_only_speaks_is_not_a_place(ex, text):
    assert areas(ex, text) == []


# --- lists read in order with "respectively" ---------------------------------------------------
@pytest.mark.parametrize("text,number,expected", [
    ("The highest rates were in Merseyside, the West Midlands and Cleveland, where there were 140, "
     "131 and 122 offences per 100,000 people respectively.", "131", "West Midlands"),
    ("Crawley and Horsham saw increases of 6.1% and 4.8%, respectively.", "4.8", "Horsham"),
    ("Crawley and Horsham saw increases of 6.1% and 4.8%, respectively.", "6.1", "Crawley"),
])
def test_respectively(ex, text, number, expected):
    assert area_of(ex, text, number) == expected


def test_respectively_needs_lists_of_one_length(ex):
    text = "Crawley, Horsham and Worthing saw increases of 6.1% and 4.8% respectively."
    assert area_of(ex, text, "4.8") is None


# --- a place right after its figure ------------------------------------------------------------
@pytest.mark.parametrize("text,number,expected", [
    ("Thefts rose eight per cent in Leeds, but dropped 12 per cent in Bradford.", "12", "Bradford"),
    ("Of the 9,100 offences recorded in England and Wales, 31% were by the Metropolitan Police.",
     "31", "Metropolitan Police"),
    # near-miss: the place before is the figure's own
    ("In Leeds, thefts dropped 12 per cent over the year.", "12", "Leeds"),
])
def test_place_attached_after_the_figure(ex, text, number, expected):
    assert area_of(ex, text, number) == expected


# --- places that only locate another, or list its parts ----------------------------------------
@pytest.mark.parametrize("text,number,expected", [
    ("The worst trust, in Oldham, Greater Manchester, saw just 61.5 per cent of patients in time.",
     "61.5", "Oldham"),
    ("Torquay on the Devon coast had 1,100 new pupils and just one outstanding school.", "1,100", "Torquay"),
    ("Crime rose in Gloucestershire last year.\n\nThe force area, which includes Cheltenham and "
     "Gloucester, counted 4,210 burglaries.", "4,210", "Gloucestershire"),
    # near-miss: a list of places is not a locator
    ("Fares rose in Leeds, London, Manchester and Bristol by 5 per cent.", "5", None),
])
def test_locators_and_parts(ex, text, number, expected):
    assert area_of(ex, text, number) == expected


# --- how people write regions, and bodies that hold figures ------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Homelessness rose most in the North-west.", [("North West", "region", "E12000002")]),
    ("Waits were longest in the south-east.", [("South East", "region", "E12000008")]),
    ("Teesside has the highest rate.", [("Teesside", "other", None)]),
    ("The worst areas were in the Midlands.", [("Midlands", "region", None)]),
    ("Only three were in southern England.", [("southern England", "region", None)]),
    ("Response times were slowest in Mid Essex CCG last year.", [("Mid Essex CCG", "other", None)]),
])
def test_region_spellings_and_bodies(ex, text, expected):
    assert areas(ex, text) == expected


def test_hospital_towns_are_towns(ex):
    got = areas(ex, "The trust, which runs Colchester and Ipswich hospitals, saw 80.2 per cent in time.")
    assert got == [("Colchester", "city_or_town", None), ("Ipswich", "city_or_town", None)]


@pytest.mark.parametrize("text,number,expected", [
    ("Isle of Wight waits were longest.\n\nOverall, 24 CCG areas had waits below six minutes.", "24", None),
    ("Waits in Essex rose.\n\nData from NHS England shows the national proportion was 74.6 per cent.",
     "74.6", None),
    # a list row labelled with a place the gazetteer does not know is not the row above's
    ("Court caseloads:\n\nChester: 640 (600)\n\nLlandrindod: 310 (290)", "310", None),
])
def test_placeless_figures(ex, text, number, expected):
    assert area_of(ex, text, number) == expected


# --- a nation that only locates or measures a place does not make a national story ------------
@pytest.mark.parametrize("text,number,expected", [
    # "Newport, Wales" locates a town named late in a local story
    ("Five men were jailed over a drugs plot.\n\nThe gang hid 40kg of cocaine in a lorry.\n\n"
     "Police found the drugs in Walsall. Walsall officers seized 12 phones.\n\n"
     "A sixth man, of Newport, Wales, was cleared.\n\nThe gang made £2m.", "2m", "Walsall"),
    # the nation named only as a yardstick
    ("Census results for Rushcliffe are out.\n\nThe median age was 44, the joint 20th oldest district "
     "in England and Wales. For comparison, the median age in England and Wales is 40.\n\n"
     "Some 22% of people were aged 65 or over.", "22", "Rushcliffe"),
])
def test_nation_named_in_passing_is_not_the_story(ex, text, number, expected):
    assert area_of(ex, text, number) == expected


@pytest.mark.parametrize("text,number,expected", [
    ("Waltham Forest in east London saw a rise of 9.4%.", "9.4", "Waltham Forest"),
    ("Overall south-east England had 9,100,000 people.", "9,100,000", "South East"),
    # a council that holds a figure, with an adverb between
    ("Elsewhere in Devon, Exeter City Council also approved a 2.9% rise.", "2.9", "Exeter"),
])
def test_more_locators_and_holders(ex, text, number, expected):
    assert area_of(ex, text, number) == expected


@pytest.mark.parametrize("text,number,expected", [
    # "the county" cannot refer back to a nation
    ("Visitor nights in the county rose.\n\nThe rest of England and Great Britain saw a 5% fall.\n\n"
     "The county expects a £900m visitor economy.", "900m", None),
    # ... but does refer back to a county
    ("Burglaries rose in Somerset last year.\n\nThe county recorded 1,650 burglaries.", "1,650", "Somerset"),
])
def test_reference_words_fit_the_kind_of_place(ex, text, number, expected):
    assert area_of(ex, text, number) == expected


@pytest.mark.parametrize("text,number,expected", [
    # a headline and a standfirst before the lede do not push the story's place out of its opening
    ("Council budgets\n\nA digest of the figures reported in the news, with the places they are about\n\n"
     "Council tax in Rotherham will rise by 4.99 per cent in April.\n\nBand D bills will reach £2,101.\n\n"
     "Across England, the average rise is 5.1 per cent.\n\nRotherham has 120,000 homes.", "2,101", "Rotherham"),
])
def test_opening_starts_at_the_first_figure(ex, text, number, expected):
    assert area_of(ex, text, number) == expected


@pytest.mark.parametrize("text,number,expected", [
    # a national word after the figure frames the next clause, not this figure
    ("Durham Police recorded 610 offences.\n\nThe rate stood at 48 per 100,000 people – but below the "
     "national rate of 82 per 100,000.", "48", "Durham"),
    # ... one at the start frames the whole sentence
    ("Durham Police recorded 610 offences.\n\nNationally, 48,900 offences were recorded – up from 44,600.",
     "44,600", None),
    # a place after a dash opens another clause
    ("The rate in Oldham is 31% and for Bury, 19% – the North West overall has 26%.", "19", "Bury"),
    # a national target with a place only after it
    ("The previous recovery target was for 76% of patients to be seen within four hours in England.",
     "76", None),
])
def test_clauses_and_national_frames(ex, text, number, expected):
    assert area_of(ex, text, number) == expected


@pytest.mark.parametrize("text,number,expected", [
    # "the county" picks the county named before, not the district listed with it
    ("Offenders in Mansfield, Ashfield and the rest of Nottinghamshire rose.\n\nThere were 1,036 on "
     "the list. The rate per 100,000 in the county stands at 1,024.", "1,024", "Nottinghamshire"),
    # "in the area" skips a nation named as the yardstick
    ("Hartlepool has 166 offenders per 100,000 people – the rate for England and Wales is 116.\n\n"
     "Last year there were 827 such offenders in the area.", "827", "Hartlepool"),
    # a constituency named with its MP's possessive
    ("A Runcorn MP said poverty in his Weaver Vale constituency rose.\n\nMr Amesbury’s constituency "
     "spans two local authority areas.", "two", "Weaver Vale"),
])
def test_back_references(ex, text, number, expected):
    assert area_of(ex, text, number) == expected


@pytest.mark.parametrize("text", [
    "Reading the report, councillors said 12 homes were empty.",
    "Mr Preston said 40 people attended.",
    "Jack Derby scored 3 goals.",
    "The shop on Leeds Road sold 300 tickets.",
    "Cllr Wakefield said the figure was 20%.",
])
def test_words_that_are_not_places(ex, text):
    assert areas(ex, text) == []


@pytest.mark.parametrize("text,expected", [
    # near-misses: the places themselves
    ("Reading recorded 12 burglaries.", [("Reading", "local_authority", "E06000038")]),
    ("Police in Preston said 40 people attended.", [("Preston", "local_authority", "E07000123")]),
    ("Traffic on the road to Leeds rose 3%.", [("Leeds", "local_authority", "E08000035")]),
    ("The London way of doing things cost 5% more.", [("London", "region", "E12000007")]),
])
def test_places_that_look_like_those_words(ex, text, expected):
    assert areas(ex, text) == expected


@pytest.mark.parametrize("text,number,expected", [
    ("Bath and North East Somerset Council raised council tax by 4.99%.", "4.99", "Bath and North East Somerset"),
    ("Unemployment in the North East of England was 6.1%.", "6.1", "North East"),
])
def test_more_holders_and_locators(ex, text, number, expected):
    assert area_of(ex, text, number) == expected


@pytest.mark.parametrize("text,expected", [
    # a county with no council of its name any more (abolished 2023, 2021): still the county
    ("Referrals to mental health services in Cumbria rose by 12%.", [("Cumbria", "county", "E10000006")]),
    ("Primary schools across Northamptonshire were rated 59 per cent good.",
     [("Northamptonshire", "county", "E10000021")]),
    # ... and its force area in a policing story
    ("Cumbria Police recorded 40 arrests as officers tackled crime.", [("Cumbria", "police_force_area", "E23000002")]),
])
def test_former_counties(ex, text, expected):
    assert areas(ex, text) == expected


def test_a_name_the_story_gives_a_force_is_the_force_area(ex):
    text = ("Almost 20% test positive in Derbyshire's drink-drive campaign\n\n"
            "Derbyshire Police have revealed that 20% of the 391 motorists tested were over the limit.")
    assert areas(ex, text) == [("Derbyshire", "police_force_area", "E23000018")]


@pytest.mark.parametrize("text,number,expected", [
    # a nation named in a paragraph with no figure is background; the story's place stays
    ("Figures show 1,405 offenders were managed in the West Mercia Police area.\n\nAgencies keep tabs on "
     "offenders in communities in England and Wales.\n\nThat is a rate of 122 for every 100,000 people.",
     "122", "West Mercia"),
    # where an event happened nearby, or a figure's label in brackets, is not the paragraph's place
    ("Drugs worth £2m were seized in Durham.\n\nThe car was stopped on the A1 near Sedgefield.\n\n"
     "More than £24,000 in cash was found.", "24,000", "County Durham"),
    # a list of places after the figure is not one place attached to it
    ("There were 982 offenders in the Thames Valley, which equates to 46 per 100,000 people in "
     "Oxfordshire, Buckinghamshire and Berkshire.", "46", "Thames Valley"),
])
def test_rows_background_and_lists(ex, text, number, expected):
    assert area_of(ex, text, number) == expected


@pytest.mark.parametrize("text,expected", [
    ("The Halifax house price index fell 0.9% in October.", []),
    ("He joined University Hospitals of North Midlands, which saw 40 breaches.", []),
    ("The Mayor of London said 300 homes were built.", []),
    # near-miss: the town itself
    ("Halifax recorded 30 burglaries.", [("Halifax", "city_or_town", None)]),
])
def test_places_inside_names(ex, text, expected):
    assert areas(ex, text) == expected


@pytest.mark.parametrize("text,number", [
    ("League table:\n\n2 Leicester City 7 4 2 1 13 5\n\n3 Arsenal 7 3 3 1 11 9", "11"),
    ("Results:\n\nCrawley | 518 | 48.8%\n\nLabour | 95 | 9.0%", "95"),
    ("Court caseloads:\n\nChester: 640 (600)\n\nLlandrindod: 310 (290)", "290"),
])
def test_table_rows_do_not_look_back(ex, text, number):
    rec = ex.extract(text)
    rule = next(s["links"]["area"] for s in rec["statistics"] if s["number"]["text"] == number)
    assert rule != "area.previous_paragraph"


# --- lines of figures under a line that only names a place or its force/council ----------------
@pytest.mark.parametrize("text,number,expected", [
    ("Crime rose across England and Wales last year, and most of all in Kent and Sussex.\n\nKent Police\n"
     "12% rise in burglary\n8% fall in robbery\nSussex Police\n5% rise in burglary\n3% fall in robbery", "8", "Kent"),
    ("Crime rose across England and Wales last year, and most of all in Kent and Sussex.\n\nKent Police\n"
     "12% rise in burglary\n8% fall in robbery\nSussex Police\n5% rise in burglary\n3% fall in robbery", "3", "Sussex"),
    # a force the text never names as a place: none, not the nation of the paragraph before
    ("Crime rose across England and Wales last year.\n\nGwent Police\n12% rise in burglary", "12", None),
    # a heading with a colon, and a blank line before its figures
    ("Council tax rises were agreed across the region.\n\nNorfolk:\n\n4.99% rise in Band D\n\n"
     "£1,820 Band D bill", "1,820", "Norfolk"),
])
def test_heading_line_place(ex, text, number, expected):
    assert area_of(ex, text, number) == expected


@pytest.mark.parametrize("text,number,expected", [
    # near-miss: a line of prose between the place and the figure ends the heading's reach
    ("Kent Police\n\nThe force has been praised by inspectors for its work this year.\n\n"
     "Across England and Wales, 12% more burglaries were recorded.", "12", "England and Wales"),
    # near-miss: a line naming two places heads nothing
    ("Figures were published today.\n\nKent and Sussex\n5% rise in burglary", "5", None),
])
def test_heading_line_near_misses(ex, text, number, expected):
    assert area_of(ex, text, number) == expected


# --- a story that names its own place twice above a ranked list of other places ---------------
def test_story_place_above_a_list_of_places(ex):
    text = ("Rutland County Council paid £41,000 in pothole claims last year.\n\n"
            "Rutland was tenth in the table, the survey found.\n\nClaims fell by 20% in the year.\n\n"
            "The top councils for pothole claims were:\n\n1. Surrey – £632,000\n\n2. Kent – £410,000\n\n"
            "3. Devon – £380,000\n")
    assert area_of(ex, text, "20") == "Rutland"
    assert area_of(ex, text, "410,000") == "Kent"


# --- a table copied one cell to a paragraph: each place heads the figures under it --------------
CELL_PER_LINE = ("House prices rose 0.3% across England and Wales in March, the Land Registry said.\n\n"
                 "Region\n\nAnnual change\n\nLondon\n\n2.1%\n\n£512,000\n\nNorth West\n\n-0.4%\n\n£181,000\n")


@pytest.mark.parametrize("number,expected", [("2.1", "London"), ("512,000", "London"), ("181,000", "North West")])
def test_cell_per_line_place(ex, number, expected):
    assert area_of(ex, CELL_PER_LINE, number) == expected


def test_cell_per_line_near_miss(ex):
    # near-miss: a figure in a sentence of its own after such a table is not the last place's
    text = CELL_PER_LINE + "\nAcross England and Wales, sales fell to 61,000 during the month.\n"
    assert area_of(ex, text, "61,000") == "England and Wales"


# --- the far end of a change takes its own period, even "the same period in 2024" ---------------
def period_of(ex, text, number):
    rec = ex.extract(text)
    values = {p["id"]: p["value"] for p in rec["periods"]}
    return next(values.get(s["period"]) for s in rec["statistics"] if s["number"]["text"] == number)


@pytest.mark.parametrize("text,number,expected", [
    ("Vehicle crime rose from 41 in 2022 to 58 in the same period in 2023.", "58", "2023"),
    ("Vehicle crime rose from 41 in 2022 to 58 in the same period in 2023.", "41", "2022"),
    # near-miss: a compared figure after "from" keeps the baseline's period
    ("Vehicle crime reached 58 in 2023, up from 41 in the same period in 2022.", "41", "2022"),
])
def test_far_end_of_change_period(ex, text, number, expected):
    assert period_of(ex, text, number) == expected


# --- a figure at a body (a court, a hospital) in a place the text also names as a place -----------
@pytest.mark.parametrize("text,number,expected", [
    ("Cases waiting in Chester and Warrington rose.\n\nThere were 830 cases at Chester Crown Court and "
     "more than 600 in Warrington.", "830", "Chester"),
    ("Waits grew in Derby this winter.\n\nSome 2,100 patients at Royal Derby Hospital waited over 12 hours.",
     "2,100", "Derby"),
])
def test_figure_at_a_body(ex, text, number, expected):
    assert area_of(ex, text, number) == expected


def test_figure_at_a_body_near_miss(ex):
    # near-miss: a body that only speaks after the figure places nothing by this rule
    text = "Crime across England and Wales rose.\n\nAbout 12% more thefts were reported, Kent Police said."
    assert area_of(ex, text, "12") != "Kent"
