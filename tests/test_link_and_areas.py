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


def areas_of(ex, text, published=None):
    return [(a["name"], a["type"], a["code"]) for a in ex.extract(text, published=published)["areas"]]


@pytest.mark.parametrize("text,expected", [
    # a town from the bundled town list: a place with its council and force as parents, no code
    ("Police were called to Aylesbury town centre.", [("Aylesbury", "city_or_town", None)]),
    # a name shared by a council and its town: the council by default ...
    ("Fly-tipping incidents in Reading rose by 10% last year.",
     [("Reading", "local_authority", "E06000038")]),
    # ... the town when the text says so, or lists it among towns
    ("Knife crime rose in the town of Reading.", [("Reading", "city_or_town", None)]),
    ("Knife crime in Aylesbury, Reading and High Wycombe rose.",
     [("Aylesbury", "city_or_town", None), ("Reading", "city_or_town", None),
      ("High Wycombe", "city_or_town", None)]),
    ("Victim Support:\n\nAylesbury\t01296 397618\nBracknell\t01344 411411\nSlough\t01753 535266",
     [("Aylesbury", "city_or_town", None), ("Bracknell", "city_or_town", None),
      ("Slough", "city_or_town", None)]),
    # near miss: councils listed with councils stay councils
    ("Reading, Wokingham and Bracknell Forest councils share the service, covering Reading.",
     [("Reading", "local_authority", "E06000038")]),
])
def test_towns_and_councils_of_the_same_name(ex, text, expected):
    assert areas_of(ex, text)[:len(expected)] == expected


@pytest.mark.parametrize("text,expected", [
    ("Offences in the West Midlands policing area rose.", [("West Midlands", "police_force_area", "E23000014")]),
    ("House prices in the West Midlands region rose.", [("West Midlands", "region", "E12000005")]),
    ("Durham Constabulary recorded 400 offences in the Durham force area.",
     [("Durham", "police_force_area", "E23000008")]),
    ("Fly-tipping rose in County Durham, the council said.", [("County Durham", "local_authority", "E06000047")]),
    ("Crime in the Met area rose.", [("Metropolitan Police", "police_force_area", "E23000001")]),
    ("Offences in Northants rose.", [("Northamptonshire", "police_force_area", "E23000022")]),
    ("Offences in Dyfed–Powys rose.", [("Dyfed-Powys", "police_force_area", "W15000004")]),
    ("Figures for Caerdydd and Abertawe.", [("Cardiff", "local_authority", "W06000015"),
                                           ("Swansea", "local_authority", "W06000011")]),
    # an organisation joined to another ("Reading & Wokingham YOT") is not a place mention
    ("Reading & Wokingham YOT said 40 young people were helped.", []),
    ("Wokingham District Unitary Authority\t0118 974 6000", []),
    # a person's name is not a place
    ("Cllr Chris Preston said the figures were worrying.", []),
])
def test_context_decides_shared_names(ex, text, expected):
    assert areas_of(ex, text) == expected


@pytest.mark.parametrize("published,expected", [
    ("2024-05-01", ("Buckinghamshire", "local_authority", "E06000060")),
    # before April 2020 the name meant the old county, with its own code (not the unitary's)
    ("2015-06-01", ("Buckinghamshire", "county", "E10000002")),
])
def test_codes_are_those_in_force_at_the_document_date(ex, published, expected):
    assert areas_of(ex, "Crime in Buckinghamshire rose.", published=published) == [expected]


def test_compass_halves_listed_together_are_sub_areas(ex):
    assert areas_of(ex, "The units are West Berkshire, East Berkshire and Oxfordshire.") == [
        ("West Berkshire", "sub_area", None), ("East Berkshire", "sub_area", None),
        ("Oxfordshire", "county", "E10000025")]
    # near miss: the council on its own stays the council
    assert areas_of(ex, "Offences rose in West Berkshire and Oxfordshire.")[0] == (
        "West Berkshire", "local_authority", "E06000037")


def test_town_list_names_known_councils():
    from extractor.gazetteer import gazetteer
    gaz = gazetteer()
    towns = [e for cands in gaz.by_surface.values() for e in cands if e.type == "city_or_town"]
    assert len({t.name for t in towns}) > 200
    assert all(gaz.by_code[t.parent].type == "local_authority" and t.pfa_code for t in towns)


STORY = "In 2019-20, 1,405 registered sex offenders were managed in West Mercia. "


@pytest.mark.parametrize("sentence,period", [
    # counts of the parts of an organisation describe its set-up, not the story's year
    ("The figures are broken down into the five Basic Command Units.", None),
    ("It also includes two lay advisers from the local community.", None),
    ("Within the county there are five probation-run Approved Premises.", None),
    ("These five MAPPA areas match the police divisions.", None),
    # a plan is not a statistic of the story's period
    ("We will be making available £1.2million to support the work.", None),
    # near misses: events and measurements do take the story's period
    ("Other achievements included the recruitment of two new lay advisers.", "2019-04-01/2020-03-31"),
    ("Officers made 12 arrests.", "2019-04-01/2020-03-31"),
    ("Of these, 46 were managed at Level 2.", "2019-04-01/2020-03-31"),
])
def test_structural_counts_and_plans_take_no_story_period(ex, sentence, period):
    rec, links = linked(ex, STORY + sentence)
    assert links[0][2] == "2019-04-01/2020-03-31"
    assert links[-1][2] == period


def test_structural_count_keeps_a_period_stated_in_its_own_sentence(ex):
    _, links = linked(ex, "In 2019-20 the force had five Basic Command Units.")
    assert links == [(5, None, "2019-04-01/2020-03-31")]


@pytest.mark.parametrize("text,name", [
    ("Two men from Lagos were jailed at Oxford Crown Court.", "Lagos"),
    ("Knife crime in Paris rose by 4%.", "Paris"),
])
def test_places_outside_the_gazetteer_come_from_ner(ex, text, name):
    assert name in [a["name"] for a in ex.extract(text)["areas"]]
