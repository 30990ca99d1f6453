"""Area families of issue 14 ("Places"): towns the gazetteer knows, regions as people write them,
wards named after towns, health boards, and the names that look like towns but are not."""
import json
from pathlib import Path

import pytest

from extractor.gazetteer import gazetteer
from extractor.rules import load_csv
from record_finding import areas

PATTERNS = Path(__file__).resolve().parent.parent / "patterns"


# --- the towns list -------------------------------------------------------------------------

def test_every_town_row_loads_with_a_known_council():
    gaz = gazetteer()
    rows = list(load_csv("towns.csv"))
    assert len(rows) >= 800
    councils = {e.name: e for e in gaz.entries if e.type == "local_authority"}
    for row in rows:
        assert row["local_authority"] in councils, row
        assert any(e.type == "city_or_town" for e in gaz.candidates(row["town"])), row


def test_no_town_is_listed_twice_or_is_a_first_name():
    lex = json.loads((PATTERNS / "lexicon.json").read_text())["lexicons"]
    first_names = {w for k in ("female_first_names", "male_first_names", "neutral_first_names") for w in lex[k]}
    towns = [row["town"] for row in load_csv("towns.csv")]
    assert len(towns) == len(set(towns))
    # a town that is also a first name is kept only with the person guard tested below
    assert {t for t in towns if t in first_names} <= {"Beverley"}
    # every word of a town's name is a place word to the NER fast path: no first names in them
    assert {w for t in towns if " " in t for w in t.split() if w in first_names} <= {"Lynn"}  # King's Lynn


@pytest.mark.parametrize("town,council", [
    ("Congleton", "Cheshire East"),
    ("Ellesmere Port", "Cheshire West and Chester"),
    ("Bishop's Stortford", "East Hertfordshire"),
    ("Ebbw Vale", "Blaenau Gwent"),
    ("Llandudno", "Conwy"),
    ("Clacton-on-Sea", "Tendring"),
    ("Skipton", "North Yorkshire"),
    ("Walthamstow", "Waltham Forest"),
    ("Stourbridge", "Dudley"),
    ("Whitley Bay", "North Tyneside"),
])
def test_towns_lie_in_their_council(town, council):
    gaz = gazetteer()
    entry = next(e for e in gaz.candidates(town) if e.type == "city_or_town")
    assert gaz.by_code[entry.parent].name == council


@pytest.mark.parametrize("text,town", [
    ("Shoplifting in Skegness and Mablethorpe rose by 30 per cent.", "Mablethorpe"),
    ("Flood defences were put up in Bewdley overnight.", "Bewdley"),
    ("A new surgery will open in Haywards Heath next year.", "Haywards Heath"),
    ("Two men from Merthyr and Ebbw Vale were jailed.", "Ebbw Vale"),
    ("House prices in Bishop’s Stortford rose 4%.", "Bishop's Stortford"),  # curly apostrophe
    ("The bus route from Whitby to Scarborough will be cut.", "Whitby"),
    ("Police were called to a flat in Walthamstow.", "Walthamstow"),
    ("MORPETH has the lowest crime rate in the county.", "Morpeth"),
])
def test_towns_are_found(ex, text, town):
    assert (town, "city_or_town", None) in areas(ex, text)


@pytest.mark.parametrize("text", [
    "Jo March said the report was overdue.",
    "Shops in the High Street have closed.",
    "Ministers struck a good deal. Deal or no deal, 40 jobs went.",
    "Fiona Hyde told the meeting that 12 homes were empty.",
    "Sarah Morley, 34, was fined £200. Morley said she regretted it.",
    "Blyth told the court he had been drinking.",
    "Beverley Knight sang to 300 people.",
    "The Sale of Goods Act and the Fleet were discussed.",
])
def test_words_and_people_are_not_towns(ex, text):
    assert not [a for a in areas(ex, text) if a[1] == "city_or_town"]


@pytest.mark.parametrize("text,town", [
    ("Morley Town Hall hosted 300 people.", "Morley"),
    ("A crash near Beverley closed the road for six hours.", "Beverley"),
    ("Visitors to Selby Abbey rose by a fifth.", "Selby"),
])
def test_surname_towns_are_still_places(ex, text, town):
    assert (town, "city_or_town", None) in areas(ex, text)


# --- wards and divisions named after a town ----------------------------------------------------

@pytest.mark.parametrize("text,ward", [
    ("The councillor who represents Dereham Neatherd asked for 40 more homes.", "Dereham Neatherd"),
    ("Mid Devon, Tiverton Westexe - Liberal Democrat gain from Conservative", "Tiverton Westexe"),
    ("Breckland, Swaffham Market - Conservative hold", "Swaffham Market"),
])
def test_wards_named_after_towns(ex, text, ward):
    found = areas(ex, text)
    assert (ward, "sub_area", None) in found
    assert not [a for a in found if a[1] == "city_or_town"]


# --- regions, nations, health boards ----------------------------------------------------------

@pytest.mark.parametrize("text,name,code", [
    ("Unemployment in the North East of England rose to 6%.", "North East", "E12000001"),
    ("In the South-West of England, 300 homes flooded.", "South West", "E12000009"),
    ("Across North West England 40 schools shut.", "North West", "E12000002"),
    ("Rents in Yorkshire and Humber rose 5%.", "Yorkshire and The Humber", "E12000003"),
    ("Rivers in north Wales burst their banks.", "North Wales", "W15000001"),
    ("Figures for Wales and England show 5,000 cases.", "England and Wales", "K04000001"),
])
def test_regions_as_written(ex, text, name, code):
    found = areas(ex, text)
    assert [(n, c) for n, _, c in found] == [(name, code)]


@pytest.mark.parametrize("text,name", [
    ("Farm incomes in East Anglia fell by a third.", "East Anglia"),
    ("Across the North of England 300 jobs were lost.", "northern England"),
    ("Tourism in the West Country grew 8%.", "West Country"),
])
def test_informal_regions(ex, text, name):
    assert areas(ex, text) == [(name, "region", None)]


def test_england_and_wales_is_never_split(ex):
    assert areas(ex, "Across England and Wales, 64,000 offences were recorded.") == [
        ("England and Wales", "nation", "K04000001")]


@pytest.mark.parametrize("text,name", [
    ("Hywel Dda health board saw 300 more cases.", "Hywel Dda health board"),
    ("Aneurin Bevan University Health Board said 80 beds were shut.", "Aneurin Bevan University Health Board"),
])
def test_health_boards_are_other(ex, text, name):
    assert (name, "other", None) in areas(ex, text)


def test_a_bare_health_board_is_not_a_body(ex):
    assert areas(ex, "The board met on Monday. The health board apologised to 12 families.") == []


# --- a place that names a hospital a body runs ---------------------------------------------------

def test_hospital_a_trust_runs_does_not_take_its_figures(ex):
    rec = ex.extract("The Mid Yorkshire Hospitals NHS Trust, which runs Dewsbury and the Pinderfields "
                     "hospitals, cut its waiting list to 900 patients. Staff in Dewsbury were thanked.")
    names = {a["id"]: a["name"] for a in rec["areas"]}
    assert "Dewsbury" in names.values()
    assert [names.get(s["area"]) for s in rec["statistics"] if s["value"] == 900] != ["Dewsbury"]


def test_hospital_town_named_only_there_stays_a_place(ex):
    found = areas(ex, "The trust, which runs Dewsbury and Pinderfields hospitals, saw 400 patients.")
    assert ("Dewsbury", "city_or_town", None) in found


@pytest.mark.parametrize("text", [
    "South West Trains cancelled 400 services last year.",
    "Great Western Railway ran more trains.",
])
def test_train_companies_are_not_regions(ex, text):
    assert not [a for a in ex.extract(text)["areas"] if a["type"] == "region"]


@pytest.mark.parametrize("text, name", [
    ("Thefts rose in the east of England (5,940).", "East of England"),
    ("Crime in the west midlands rose 4%.", "West Midlands"),
])
def test_lower_case_regions(ex, text, name):
    assert [a["name"] for a in ex.extract(text)["areas"]] == [name]


def test_east_of_a_county_is_no_region(ex):
    assert ex.extract("Police in the east of the county said 40 cars were stolen.")["areas"] == []
