"""Area families of round a8 on issue 14: a newspaper's title needs its capital ("in Inverness today" is
the town); numbered wards of Scottish and Northern Irish councils; sports clubs named after a place; a
compass region in a story about Scotland or Northern Ireland is not England's; English districts abolished
since 2019 that share a town's name; a mortgage lender named after a town; a defendant whose surname is a
town; informal, Welsh and Scottish area names. Phrasings are our own."""
from __future__ import annotations

import pytest
from record_finding import areas


def names(ex, text):
    return {a["name"] for a in ex.extract(text)["areas"]}


# --- a newspaper's title is written with a capital ----------------------------------------------------
@pytest.mark.parametrize("text,name", [
    ("Councillors met at the offices in Inverness today to count the votes.", "Inverness"),
    ("Flood water was still lying in Carlisle today, officials said.", "Carlisle"),
    ("Residents in Hartlepool news conferences were told little.", "Hartlepool"),
])
def test_time_word_after_a_place_is_not_a_title(ex, text, name):
    assert name in names(ex, text)


@pytest.mark.parametrize("text", [
    "The figures were first reported by Lisburn Today on Monday.",
    "A reporter for the Hartlepool Mail asked the question.",
    "The count was covered live by the Oban Times.",
])
def test_newspaper_titles_are_not_places(ex, text):
    assert areas(ex, text) == []


# --- numbered wards -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text,name", [
    ("The councillor elected for ward 12, Culloden and Ardersier, polled 900 votes.", "Culloden and Ardersier"),
    ("A by-election in Ward 3 - Wick and East Caithness drew a turnout of 31%.", "Wick and East Caithness"),
    ("Councillors for Ward No 8: Aird and Loch Ness met the council leader.", "Aird and Loch Ness"),
    ("Turnout in ward 5 (Dingwall and Seaforth) was the lowest at the election.", "Dingwall and Seaforth"),
])
def test_numbered_wards_are_sub_areas(ex, text, name):
    assert (name, "sub_area", None) in areas(ex, text)


@pytest.mark.parametrize("text", [
    "Patients on Ward 4, Ysbyty Gwynedd, waited eight hours for a bed.",
    "Nurses moved 12 patients to ward 7, The Beeches unit, overnight.",
    # (a story that names a council is not therefore about an election)
    "Patients on Ward 12, Oakwood Unit, were moved after Oakshire County Council cut its grant.",
])
def test_hospital_wards_are_not_sub_areas(ex, text):
    assert all(t != "sub_area" for _, t, _ in areas(ex, text))


# --- sports clubs -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Hull City lost 2-0 at the weekend.",
    "Derby County fans were praised by officers.",
    "Preston North End sacked their manager.",
    "Leicester Tigers and Bath Rugby drew 20-20.",
    "Sheffield Wednesday supporters were escorted to the station.",
    "St Helens RFC signed two players.",
    "Plymouth Argyle confirmed the news.",
])
def test_sports_clubs_are_not_places(ex, text):
    assert areas(ex, text) == []


@pytest.mark.parametrize("text,name", [
    ("Leicester City Council recorded 4,000 complaints in 2023.", "Leicester"),
    ("Shops in Luton Town Centre reported 300 thefts.", "Luton"),
    ("Rugby saw 40 more burglaries than the year before.", "Rugby"),
    ("Burglaries rose in Lisburn and Castlereagh City (up 4 per cent).", "Lisburn and Castlereagh"),
])
def test_place_before_city_town_or_county_words_that_are_not_clubs(ex, text, name):
    assert name in names(ex, text)


# --- compass regions of a story about Scotland or Northern Ireland -------------------------------------
@pytest.mark.parametrize("text,name", [
    ("Scottish health boards reported delays, and in the north-east 90 patients waited.", "north-east"),
    ("In Northern Ireland, the North West had the most crimes per head.", "North West"),
])
def test_compass_region_beyond_england_is_not_englands(ex, text, name):
    assert (name, "other", None) in areas(ex, text)


@pytest.mark.parametrize("text,name,code", [
    ("Hospitals in the north-east had the longest waits in England.", "North East", "E12000001"),
    ("Scotland and the north-east of England both saw snow.", "North East", "E12000001"),
])
def test_compass_region_of_england_keeps_its_code(ex, text, name, code):
    assert (name, "region", code) in areas(ex, text)


def test_two_spellings_of_a_region_beyond_england_are_one_place(ex):
    got = areas(ex, "Scotland's North East had 90 delays. The north-east also had the most bed days.")
    assert [n for n, _, _ in got].count("North East") + [n for n, _, _ in got].count("north-east") == 1


# --- English districts abolished since 2019 that share a town's name ------------------------------------
@pytest.mark.parametrize("text,published,expected", [
    ("Crime in Harrogate rose by 5%.", "2019-06-01", ("Harrogate", "local_authority", "E07000165")),
    ("Crime in Harrogate rose by 5%.", "2024-06-01", ("Harrogate", "city_or_town", None)),
    ("Kettering saw 300 burglaries.", "2018-03-01", ("Kettering", "local_authority", "E07000153")),
    ("Kettering saw 300 burglaries.", "2023-03-01", ("Kettering", "city_or_town", None)),
    ("Rough sleeping in Carlisle doubled.", "2020-01-10", ("Carlisle", "local_authority", "E07000028")),
])
def test_abolished_district_or_town_by_date(ex, text, published, expected):
    rec = ex.extract(text, published=published)
    assert expected in [(a["name"], a["type"], a["code"]) for a in rec["areas"]]


@pytest.mark.parametrize("text,expected", [
    ("Visitors to Scarborough beach rose by a fifth.", ("Scarborough", "city_or_town", None)),
    ("Selby District Council raised council tax by 3%.", ("Selby", "local_authority", "E07000169")),
])
def test_abolished_district_without_a_date(ex, text, expected):
    assert expected in areas(ex, text)


# --- a mortgage lender named after a town ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "House prices fell 1% in May, according to Halifax.",
    "Halifax’s economist said mortgage rates would ease. Halifax expects a flat year.",
    "The average home now costs £290,000, Skipton said, as mortgage approvals fell.",
])
def test_lender_in_a_house_price_story_is_not_a_place(ex, text):
    assert areas(ex, text) == []


@pytest.mark.parametrize("text,name", [
    ("House prices in Halifax rose 4%, the lender said.", "Halifax"),
    ("Burglaries in Halifax rose by a tenth.", "Halifax"),
])
def test_halifax_the_town(ex, text, name):
    assert name in names(ex, text)


# --- a defendant whose surname is a town -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Tester, 19, admitted one count, and Blackburn, 21, admitted two. Tester and Blackburn received 18 months.",
    "Stafford, 44, of no fixed address, denied theft. The jury found Stafford guilty.",
])
def test_defendant_surname_is_not_a_place(ex, text):
    assert areas(ex, text) == []


def test_defendants_town_elsewhere_is_still_a_place(ex):
    got = names(ex, "Blackburn, 21, admitted theft. Burglaries in Blackburn rose by 8%.")
    assert "Blackburn with Darwen" in got


# --- informal, Welsh and Scottish names -----------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Pottery firms in the Potteries cut 300 jobs.", ("Potteries", "other", None)),
    ("Flooding hit the south Wales valleys overnight.", ("South Wales Valleys", "other", None)),
    ("Homes in the Valleys are the cheapest in Wales.", ("South Wales Valleys", "other", None)),
    ("Cyngor Sir Gâr spent £2m on roads.", ("Carmarthenshire", "local_authority", "W06000010")),
    ("Schools in Caerffili closed early.", ("Caerphilly", "local_authority", "W06000018")),
    ("Police in Tayside made 40 arrests.", ("Tayside", "other", None)),
    ("Tourism in the Highlands and Islands grew 6%.", ("Highlands and Islands", "other", None)),
    ("Farmers in the Borders lost 200 lambs.", ("Scottish Borders", "local_authority", "S12000026")),
    ("Unemployment in Fermanagh fell.", ("Fermanagh", "county", None)),
    ("Farmers across the Fens lost a third of their crop.", ("Fens", "other", None)),
    ("Commuters from the Home Counties pay the most.", ("Home Counties", "region", None)),
])
def test_informal_and_other_language_names(ex, text, expected):
    assert expected in areas(ex, text)


# --- Westminster the Parliament -----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The town is represented at Westminster by a Labour MP.",
    "Westminster politicians have ignored the coalfields.",
    "The Westminster government refused the request.",
])
def test_westminster_the_parliament_is_not_the_borough(ex, text):
    assert "Westminster" not in names(ex, text)


@pytest.mark.parametrize("text", [
    "Rents in Westminster rose by 8% last year.",
    "Westminster City Council recorded 900 noise complaints.",
])
def test_westminster_the_borough(ex, text):
    assert "Westminster" in names(ex, text)


# --- addresses: a street or estate written before its town -----------------------------------------------
@pytest.mark.parametrize("text,absent", [
    ("Jo Bloggs (31), of Marsh Walk, Holbeach, was charged with assault.", "Marsh Walk"),
    ("The fight happened in Hallgate, Holbeach, on Friday night.", "Hallgate"),
    ("Police were called to Cherry Mews, Spalding, at 2am.", "Cherry Mews"),
])
def test_street_before_its_town_is_not_a_place(ex, text, absent):
    assert absent not in names(ex, text)


@pytest.mark.parametrize("text,name", [
    ("The fire started in Albrighton, Shropshire, at noon.", "Albrighton"),
    ("He lived in Streetly, Walsall, for years.", "Streetly"),
    # a list of places, not an address
    ("Sirens sounded in Ystalyfera, Pontardawe, Ammanford and Neath.", "Ystalyfera"),
])
def test_village_before_its_county_or_council_is_a_place(ex, text, name):
    assert name in names(ex, text)


# --- countries NER finds -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text,name", [
    ("The five men had come to Britain from Latvia.", "Latvia"),
    ("Lorries from Lithuania and Slovakia were stopped at Dover.", "Lithuania"),
    ("She was deported to Jamaica in 2019.", "Jamaica"),
])
def test_foreign_countries_are_countries(ex, text, name):
    assert (name, "country", None) in areas(ex, text)


# --- a compass word that begins a longer name ----------------------------------------------------------------
@pytest.mark.parametrize("text,absent", [
    ("Preston North End lost again.", "Preston North"),
    ("Whitby West Cliff Hotel reopened.", "Whitby West"),
])
def test_compass_word_inside_a_longer_name_is_no_sub_area(ex, text, absent):
    assert absent not in names(ex, text)


@pytest.mark.parametrize("text,name", [
    ("Turnout in Leeds North East was 60%.", "Leeds North East"),
    ("The Berkshire West command unit recorded 40 crimes.", "Berkshire West"),
])
def test_compass_sub_areas_still_found(ex, text, name):
    assert name in names(ex, text)


# --- a ward or seat named twice is one place -------------------------------------------------------------
@pytest.mark.parametrize("text,name", [
    ("Voters in the Nairn Central ward went to the polls. The Nairn Central by-election drew 30%.", "Nairn Central"),
    ("He lives in Clwyd West. Clwyd West MP Darren Millar said the road was unsafe.", "Clwyd West"),
])
def test_unit_named_twice_is_one_place(ex, text, name):
    assert [n for n, _, _ in areas(ex, text)].count(name) == 1
