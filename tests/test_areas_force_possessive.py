"""A force's area written with a possessive ("in Thames Valley Police's area", "Hampshire Constabulary's
area") is the force area; a place joined to the story's own by reference ("across the county and in
Thames Valley Police's area") frames no figures after it on its own. Sentences written for these tests."""
import pytest


def places(ex, text):
    r = ex.extract(text, published="2023-06-01")
    names = {a["id"]: a["name"] for a in r["areas"]}
    return ({a["name"]: a["type"] for a in r["areas"]},
            [(s["number"]["text"], names.get(s["area"])) for s in r["statistics"]])


@pytest.mark.parametrize("text, name", [
    ("In Thames Valley Police's area 40 drivers failed a breath test.", "Thames Valley"),
    ("Hampshire Constabulary’s area saw 40 arrests during the campaign.", "Hampshire"),
    ("Across Devon and Cornwall police force's area, 40 drivers were caught.", "Devon & Cornwall"),
])
def test_a_forces_possessive_area_is_the_force_area(ex, text, name):
    found, linked = places(ex, text)
    assert found.get(name) == "police_force_area"
    assert linked == [("40", name)]


@pytest.mark.parametrize("text", [
    "Hampshire police's officers arrested 40 people.",        # the force's officers: the force speaks
    "Hampshire police's areas of concern include 40 roads.",  # not "area"
])
def test_near_misses_are_no_place(ex, text):
    _, linked = places(ex, text)
    assert linked == [("40", None)]


def test_a_place_joined_to_the_storys_own_is_not_carried_alone(ex):
    text = ("Drink-driving arrests in Hampshire rose this summer. Drivers across the county and in Thames Valley "
            "Police's area were stopped during the crackdown. This year 394 failed a breath test.")
    _, linked = places(ex, text)
    assert dict(linked)["394"] != "Thames Valley"


def test_a_place_named_alone_is_still_carried(ex):
    text = "Drivers in Thames Valley Police's area were stopped during the crackdown. This year 394 failed a breath test."
    _, linked = places(ex, text)
    assert dict(linked)["394"] == "Thames Valley"
