"""Places of three families: a council whose bare name is also a word or surname ("Eden",
"Chiltern", "Copeland") read as a place where the story names it so; a council that decides its own
tax or budget holds the figure ("Kent County Council will raise council tax by 2.99%"); and "UK" at
the end of a body's name ("Age UK", "StopWatch UK") is no nation, so "Nationally" stays unnamed
(FORMAT: an unnamed "national" is null). Made-up sentences; near-misses alongside."""
import pytest


def areas_of(ex, text):
    r = ex.extract(text)
    names = {a["id"]: a["name"] for a in r["areas"]}
    return {s["span"]["text"]: names.get(s["area"]) for s in r["statistics"]}, {a["name"] for a in r["areas"]}


@pytest.mark.parametrize("text, span, area", [
    ("Tourism grew across Cumbria. The biggest rises were in Eden (+8.6 per cent) and South Lakeland (+5.6 per cent).",
     "+8.6 per cent", "Eden"),
    ("Tourism grew across Cumbria. The biggest rises were in Eden (+8.6 per cent) and South Lakeland (+5.6 per cent).",
     "+5.6 per cent", "South Lakeland"),
    ("There were 867 empty homes in South Bucks and 1,164 in Chiltern.", "1,164", "Chiltern"),
    ("Visitors to Cumbria rose. In Copeland, 400 new jobs were created.", "400", "Copeland"),
])
def test_a_guarded_council_name_is_a_place_where_the_story_places_it(ex, text, span, area):
    got, _ = areas_of(ex, text)
    assert got[span] == area, got


@pytest.mark.parametrize("text, absent", [
    ("The Garden of Eden exhibition in Cumbria drew 4,000 visitors.", "Eden"),  # no placing word before it
    ("Chiltern Railways ran 400 extra trains in Buckinghamshire.", "Chiltern"),  # the first word of a name
    ("Mr Copeland said 300 jobs in Kent were at risk.", "Copeland"),  # a surname, and no Cumbrian place
    ("Visitors came from Eden, the film studio said, and 300 stayed in Kent.", "Eden"),  # no place of its force area
])
def test_a_guarded_name_without_a_place_reading_is_no_area(ex, text, absent):
    _, names = areas_of(ex, text)
    assert absent not in names, names


@pytest.mark.parametrize("text, span, area", [
    ("Kent County Council will raise council tax by 2.99% next year.", "2.99%", "Kent"),
    ("Durham County Council's cabinet is recommended to agree a 2.99% increase in council tax.", "2.99%", "County Durham"),
    ("Essex County Council has agreed to freeze its share, after a 3% rise last year.", "3%", "Essex"),
])
def test_a_council_deciding_its_tax_holds_the_figure(ex, text, span, area):
    got, _ = areas_of(ex, text)
    assert got[span] == area, got


@pytest.mark.parametrize("text, span", [
    ("Kent County Council said council tax would rise by 2.99% next year.", "2.99%"),  # it only speaks
    ("A spokesman for Kent County Council said 300 roads were repaired.", "300"),
])
def test_a_council_that_only_speaks_holds_nothing(ex, text, span):
    got, _ = areas_of(ex, text)
    assert got[span] is None, got


@pytest.mark.parametrize("text, span, area", [
    ("Stop and search\n\nCleveland Police made 6,350 searches.\n\nNationally, searches rose to 704,000.\n\n"
     "StopWatch UK claims most searches cause harm.", "704,000", None),
    ("Loneliness\n\nAge UK says loneliness is rising.\n\nNationally, 1.4 million older people are lonely.", "1.4 million", None),
    # a named nation still frames "Nationally"
    ("Loneliness\n\nAcross the UK, loneliness is rising.\n\nNationally, 1.4 million older people are lonely.", "1.4 million",
     "United Kingdom"),
    ("Prisons\n\nIn UK prisons, 400 inmates were hurt last year.", "400", "United Kingdom"),
])
def test_a_body_named_with_uk_names_no_nation(ex, text, span, area):
    got, _ = areas_of(ex, text)
    assert got[span] == area, got


def test_the_next_item_of_a_place_list_keeps_its_own_place(ex):
    got, _ = areas_of(ex, "Response times fell. In Kent the service achieved 54 per cent, in Dover 73.9 per cent "
                          "and in Swindon 79.1 per cent.")
    assert got == {"54 per cent": "Kent", "73.9 per cent": "Dover", "79.1 per cent": "Swindon"}, got
    got, _ = areas_of(ex, "Burglaries rose by 12 per cent in Kent.")  # a place attached after its figure still holds it
    assert got["12 per cent"] == "Kent", got


@pytest.mark.parametrize("text, span, area", [
    ("Police numbers fell across the UK. Gloucestershire Constabulary's establishment is 1,060.", "1,060", "Gloucestershire"),
    ("Knife crime rose across the UK. Essex Police’s recording of 1,660 offences places the area fifth highest.",
     "1,660", "Essex"),
    ("Council tax rose across England. Kent County Council's share was £1,500.", "£1,500", "Kent"),
])
def test_a_body_holds_the_figure_after_its_possessive(ex, text, span, area):
    got, _ = areas_of(ex, text)
    assert got[span] == area, got


def test_a_possessive_that_only_names_a_speaker_holds_nothing(ex):
    got, _ = areas_of(ex, "Kent Police's chief constable said 300 officers were recruited.")
    assert got["300"] is None, got


@pytest.mark.parametrize("text, span", [
    ("The report covers England. Between 2011 and 2021, those aged 65 and over grew by 1.1 million (23.3%) in county areas.",
     "23.3%"),
    ("The report covers England. Crime rose by 12% in urban areas.", "12%"),
    ("The study covers Wales. Bus use fell by 9% across rural and coastal communities.", "9%"),
])
def test_a_figure_of_a_kind_of_places_has_no_one_place(ex, text, span):
    got, _ = areas_of(ex, text)
    assert got[span] is None, got


def test_a_place_before_keeps_a_figure_in_its_own_rural_areas(ex):
    got, _ = areas_of(ex, "Burglaries in Kent rose by 300 in rural areas of the county.")
    assert got["rose by 300"] == "Kent", got
