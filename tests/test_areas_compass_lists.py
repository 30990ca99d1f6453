"""The last of a list of compass divisions, its noun left out ("101 in the west division, and the
remaining 180 in the east"), is a division too, and its figure's place; a compass word with no
division before it, or one that goes on ("the east of the county", "the east end"), is not.
Sentences written for these tests."""
import pytest


def places(ex, text):
    r = ex.extract(text, published="2023-06-01")
    names = {a["id"]: a["name"] for a in r["areas"]}
    return ({m["text"]: a["type"] for a in r["areas"] for m in a["mentions"]},
            {s["number"]["text"]: names.get(s["area"]) for s in r["statistics"]})


@pytest.mark.parametrize("text, number, name", [
    ("Officers supervise 402 offenders: 150 in the central division, 120 in the west division and the other 132 "
     "in the east.", "132", "east"),
    ("There were 40 arrests in the north division and 31 in the south, police said.", "31", "south"),
    ("The force had 65 vacancies in the north-east area command and 48 in the south-west.", "48", "south-west"),
    ("The force had 65 vacancies in the north-east area command and 48 in the south-west.", "65",
     "north-east area command"),  # (a region's name inside the unit's is no place of its own)
    ("Crews attended 210 fires in the eastern sector, while 170 were in the western.", "170", "western"),
])
def test_the_elided_last_division_is_the_figures_place(ex, text, number, name):
    found, linked = places(ex, text)
    assert found.get(name) == "sub_area"
    assert linked[number] == name


@pytest.mark.parametrize("text, word", [
    ("Most homes in the east of the county flooded, and 40 in the west division.", "east"),
    ("Storms hit the east, and 40 homes flooded.", "east"),
    ("There were 40 arrests in the west division, 22 in the south and 19 in the east end of the city.", "east"),
    ("There were 40 arrests in the west division. Flooding hit the east.", "east"),  # another sentence
])
def test_near_misses_are_no_division(ex, text, word):
    found, _ = places(ex, text)
    assert word not in found


@pytest.mark.parametrize("text, number, region", [
    ("Crime rose by 4% in the north-east, with 300 more burglaries.", "4", "North East"),
    # a region written as one (capitals) after a division is the region
    ("The north division had 340 thefts, against 2,100 in the North East.", "2,100", "North East"),
    ("The force had 65 vacancies in the North East division and 48 in the South West.", "48", "South West"),
    ("There were 40 arrests in the west division. Crime in the south-west rose by 3%.", "3", "South West"),
])
def test_a_region_outside_a_list_of_divisions_stays_a_region(ex, text, number, region):
    _, linked = places(ex, text)
    assert linked[number] == region
