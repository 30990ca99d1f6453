"""Area families of round a7 on issue 14: health boards named "NHS <board>" and the Welsh boards'
short names are places of type other; national parks and named landscapes; a region that is
also a force area ("north Wales") is the region in a story about the NHS or a health board; "the city of X" is the
council of that name; nation names used for what a person holds ("a UK national identity");
people's names and shops that NER or the gazetteer takes for towns; foreign countries.
Phrasings are our own."""
from __future__ import annotations

import pytest
from record_finding import areas


def names(ex, text):
    return {a["name"] for a in ex.extract(text)["areas"]}


# --- health boards ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text,name", [
    ("Waits at NHS Greater Glasgow and Clyde grew longer in March.", "NHS Greater Glasgow and Clyde"),
    ("NHS Lanarkshire saw 88% of patients within four hours.", "NHS Lanarkshire"),
    ("Cancer waits were shortest in NHS Tayside.", "NHS Tayside"),
    ("NHS GGC missed the target again.", "NHS Greater Glasgow and Clyde"),
    ("For cancer care, Cardiff and Vale did best and Hywel Dda worst.", "Cardiff and Vale"),
])
def test_health_boards_are_places_of_type_other(ex, text, name):
    assert (name, "other", None) in areas(ex, text)


@pytest.mark.parametrize("text,absent", [
    ("Waits at NHS Greater Glasgow and Clyde grew longer in March.", "Glasgow City"),
    ("For cancer care, Cardiff and Vale did best.", "Cardiff"),
])
def test_health_board_is_not_the_council_inside_its_name(ex, text, absent):
    assert absent not in names(ex, text)


def test_short_and_full_board_names_are_one_place(ex):
    got = ex.extract("NHS Greater Glasgow and Clyde had 600 beds blocked. NHS GGC said it was working hard.")["areas"]
    assert [a["name"] for a in got] == ["NHS Greater Glasgow and Clyde"]


# --- national parks and landscapes -----------------------------------------------------------------
@pytest.mark.parametrize("text,name", [
    ("Rangers on Dartmoor counted 2,000 wild campers.", "Dartmoor"),
    ("Car parks in Eryri were full by 9am.", "Eryri"),
    ("Snowdonia had 4 million visits.", "Eryri"),
    ("Walkers in the Yorkshire Dales were warned about ice.", "Yorkshire Dales"),
    ("Fires on the North York Moors burned 50 hectares.", "North York Moors"),
    ("Trips to the Brecon Beacons fell by a tenth.", "Bannau Brycheiniog"),
    ("Exmoor National Park has 10,000 residents.", "Exmoor"),
])
def test_national_parks(ex, text, name):
    assert (name, "other", None) in areas(ex, text)


@pytest.mark.parametrize("text,absent", [
    ("Walkers in the Yorkshire Dales were warned about ice.", "Yorkshire and The Humber"),
    ("Northumberland National Park had fewer visitors.", "Northumberland"),
])
def test_national_park_is_not_the_council_or_region_inside_its_name(ex, text, absent):
    assert absent not in names(ex, text)


# --- a region that is also a police force area -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "NHS patients in north Wales wait longest for hip operations.",
    "The health board covers North Wales and its six councils.",
    "Surgery waits in the north of Wales are the longest, NHS figures show.",
])
def test_north_wales_in_a_health_story_is_the_region(ex, text):
    assert ("North Wales", "other", None) in areas(ex, text)


@pytest.mark.parametrize("text", [
    "North Wales Police said burglaries in north Wales rose by a tenth.",
    "Officers arrested 40 people across North Wales, police said, after a crime crackdown by the force.",
    "Rivers in north Wales burst their banks.",  # (no health body in the story: the name's coded area)
])
def test_north_wales_elsewhere_is_the_force_area(ex, text):
    assert ("North Wales", "police_force_area", "W15000001") in areas(ex, text)


# --- "the city of X" --------------------------------------------------------------------------------
@pytest.mark.parametrize("text,code", [
    ("Rough sleeping fell in the city of Leeds.", "E08000035"),
    ("The City of Bradford saw rents rise by 5%.", "E08000032"),
    ("House building in the city of Peterborough slowed.", "E06000031"),
])
def test_city_of_a_council_is_the_council(ex, text, code):
    assert code in {a["code"] for a in ex.extract(text)["areas"]}


def test_town_of_stays_a_town(ex):
    assert ("Reading", "city_or_town", None) in areas(ex, "Shops in the town of Reading shut early.")


# --- nation names for what a person holds -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Most respondents gave a UK national identity.",
    "Holders of UK passports need no visa.",
    "A third reported a Scotland identity only.",
    "Reform UK took 130 votes.",
])
def test_nation_name_for_what_a_person_holds_is_no_place(ex, text):
    assert not areas(ex, text)


@pytest.mark.parametrize("text", [
    "Identity fraud in the UK rose by 10%.",
    "Most people in the UK hold a passport.",
])
def test_nation_as_a_place_beside_such_words(ex, text):
    assert ("United Kingdom", "country", "K02000001") in areas(ex, text)


# --- people, shops, streets and offences NER or the gazetteer takes for places -----------------------
@pytest.mark.parametrize("text", [
    "Blackburn, 21, admitted two counts of supplying cocaine.",
    "The judge handed the longest term to Jeremy.",
    "Data from phones linked to Ali Hussain was used. Hussain was jailed for six years.",
    "Officers want to trace glasses bought from Boots.",
    "A neighbour from Southalls Way saw the fight.",
    "Burglary, Robbery and Theft offences all fell.",
    "The leader, Keith Wakefield, spoke first. Later Wakefield said the cuts were deep.",
])
def test_not_places(ex, text):
    assert not areas(ex, text)


@pytest.mark.parametrize("text,code", [
    ("Fly-tipping in Blackburn rose by a fifth.", "E06000008"),
    ("Burglaries in Wakefield rose, police said.", "E08000036"),
])
def test_same_names_as_places(ex, text, code):
    assert code in {a["code"] for a in ex.extract(text)["areas"]}


# --- foreign countries -------------------------------------------------------------------------------
@pytest.mark.parametrize("text,name", [
    ("Nothing like it exists in America, he said.", "America"),
    ("Visitors from France rose by 8%.", "France"),
])
def test_foreign_country_found_by_ner_is_a_country(ex, text, name):
    got = [a for a in areas(ex, text) if a[0] == name]
    assert got and got[0][1] == "country"


# --- towns of Scotland and Northern Ireland, islands and districts of the Highlands -----------------
@pytest.mark.parametrize("text,name,type_", [
    ("Hotels in Aviemore were full all summer.", "Aviemore", "city_or_town"),
    ("A new bypass for Dumbarton will cost £40m.", "Dumbarton", "city_or_town"),
    ("Burglaries in Lurgan rose by 12%.", "Lurgan", "city_or_town"),
    ("Crime fell in Downpatrick last year.", "Downpatrick", "city_or_town"),
    ("Ferries to Skye carried 600,000 people.", "Isle of Skye", "other"),
    ("Campervans crowd the roads of Wester Ross.", "Wester Ross", "other"),
])
def test_scottish_and_northern_irish_places(ex, text, name, type_):
    assert (name, type_, None) in areas(ex, text)


def test_scottish_town_is_not_a_surname_here(ex):
    assert not areas(ex, "Officers spoke to Ms Jane Kelso. Kelso said she saw nothing.")
