"""Areas from the gazetteer with context, and statistic → area/period links (trained pipeline)."""
import pytest


def linked(ex, text, published=None):
    rec = ex.extract(text, published=published)
    areas = {a["id"]: a for a in rec["areas"]}
    periods = {p["id"]: p for p in rec["periods"]}
    return rec, [(s["value"], (areas.get(s["area"]) or {}).get("name"), (periods.get(s["period"]) or {}).get("value"))
                 for s in rec["statistics"]]


@pytest.mark.parametrize("text,name,type_,code", [
    ("Offenders in the West Mercia Police area rose.", "West Mercia", "police_force_area", "E23000016"),
    ("Across England and Wales, numbers rose.", "England and Wales", "nation", "K04000001"),
    ("Crime in the Staffordshire policing area fell.", "Staffordshire", "police_force_area", "E23000015"),
    ("Fly-tipping in Milton Keynes rose.", "Milton Keynes", "local_authority", "E06000042"),
    ("Offences in Devon and Cornwall rose.", "Devon & Cornwall", "police_force_area", "E23000035"),
    ("The UK has some of the toughest powers.", "United Kingdom", "country", "K02000001"),
])
def test_gazetteer_areas(ex, text, name, type_, code):
    rec = ex.extract(text)
    assert [(a["name"], a["type"], a["code"]) for a in rec["areas"]] == [(name, type_, code)]


def test_organisation_name_alone_is_not_an_area(ex):
    rec = ex.extract("Thames Valley Police said it was working hard. Officers made 12 arrests.")
    assert rec["areas"] == []


def test_compass_command_units_are_sub_areas(ex):
    rec = ex.extract("Berkshire West 227 (out of a population of 445,400)\n\nBerkshire East 152")
    assert [(a["name"], a["type"], a["code"]) for a in rec["areas"]] == [
        ("Berkshire West", "sub_area", None), ("Berkshire East", "sub_area", None)]


def test_two_areas_at_once_leave_the_area_null(ex):
    _, links = linked(ex, "Almost 5,000 offenders were living in the West Midlands and Staffordshire.")
    assert links[0][1] is None


def test_area_and_period_from_the_sentence_and_the_story(ex):
    text = ("Ministry of Justice figures show 1,405 registered sex offenders were being managed in the "
            "West Mercia Police area as of March this year.\n\nThat is a rate of 122 offenders for every "
            "100,000 people, above the average for England and Wales, of 119.")
    _, links = linked(ex, text, published="2020-11-10")
    assert links == [(1405, "West Mercia", "2020-03"), (122, "West Mercia", "2020-03"),
                     (119, "England and Wales", "2020-03")]


def test_change_is_dated_by_its_newer_period_not_the_baseline(ex):
    text = ("There were 1,405 offenders in Kent as of March this year.\n\n"
            "The number grew by three per cent from 2018-19.")
    _, links = linked(ex, text, published="2020-11-10")
    assert links[1] == (3, "Kent", "2020-03")


def test_period_attached_to_each_value(ex):
    text = "Offenders in Kent increased from 936 in 2005-06 to 982 in 2006-07, an increase of 46."
    _, links = linked(ex, text)
    assert [l[2] for l in links] == ["2005-04-01/2006-03-31", "2006-04-01/2007-03-31", "2006-04-01/2007-03-31"]
