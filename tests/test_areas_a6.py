"""Area families of round a6 on issue 14: a unitary council's short name ("Southend", "Telford",
"Stoke") is the council; a compass word in lower case before a name ("north-west Leicestershire")
is the council of that name where there is one; a council whose figures the text gives ("the forecast
position of X Borough Council", "X Council's overspend") is a place; the renamed Hampshire force.
Phrasings are our own."""
from __future__ import annotations

import pytest
from record_finding import areas


def codes(ex, text):
    return {a["code"] for a in ex.extract(text)["areas"]}


# --- a unitary council's short name -----------------------------------------------------------------
@pytest.mark.parametrize("text,code", [
    ("Fly-tipping reports in Southend rose by a fifth.", "E06000033"),
    ("Rents in Telford climbed 6 per cent last year.", "E06000020"),
    ("Stoke had the highest rate of empty shops.", "E06000021"),
    ("Jobs grew fastest in Stockton, the figures show.", "E06000004"),
    ("House prices in Blackburn fell.", "E06000008"),
])
def test_short_names_of_unitary_councils(ex, text, code):
    assert code in codes(ex, text)


def test_short_name_joins_the_full_name(ex):
    text = "Labour took Stoke-on-Trent. Stoke was once a safe seat."
    got = ex.extract(text)["areas"]
    assert [a["code"] for a in got] == ["E06000021"]
    assert {m["text"] for m in got[0]["mentions"]} == {"Stoke-on-Trent", "Stoke"}


@pytest.mark.parametrize("text", [
    "Thomas Telford said the bridge would stand.",
    "DJ Tony Blackburn said he was delighted.",
])
def test_short_names_that_are_people(ex, text):
    assert not areas(ex, text)


# --- a lower-case compass word before a name ----------------------------------------------------------
@pytest.mark.parametrize("text,name,code", [
    ("Burglaries in north-west Leicestershire have halved.", "North West Leicestershire", "E07000134"),
    ("Bus routes in north Somerset are being cut.", "North Somerset", "E06000024"),
    ("Flooding hit parts of north-east Lincolnshire.", "North East Lincolnshire", "E06000012"),
])
def test_lower_case_compass_council(ex, text, name, code):
    assert (name, "local_authority", code) in areas(ex, text)


@pytest.mark.parametrize("text,code", [
    ("Storms closed roads in east Kent.", "E10000016"),  # no council called "East Kent"
    ("Bus routes in rural Somerset are being cut.", "E06000066"),
])
def test_lower_case_compass_without_such_a_council(ex, text, code):
    assert code in codes(ex, text)


# --- a council whose figures the text gives ---------------------------------------------------------
@pytest.mark.parametrize("text,code", [
    ("The report set out the forecast position of Slough Borough Council: an overspend of £8m.", "E06000039"),
    ("Wirral Council's overspend reached £4m by the autumn.", "E08000015"),
    ("The deficit of Medway Council grew to £12m.", "E06000035"),
])
def test_council_holding_a_figure_is_a_place(ex, text, code):
    assert code in codes(ex, text)


@pytest.mark.parametrize("text", [
    "A spokesperson for Slough Borough Council said it would respond.",
    "Wirral Council's leader said the decision was hard.",
])
def test_council_that_only_speaks_is_not_a_place(ex, text):
    assert not areas(ex, text)


# --- the renamed Hampshire force ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Hampshire and Isle of Wight Constabulary recorded 3,100 burglaries.",
    "Hampshire & Isle of Wight Constabulary recorded 3,100 burglaries.",
])
def test_hampshire_and_isle_of_wight_force(ex, text):
    assert areas(ex, text) == [("Hampshire", "police_force_area", "E23000030")]


# --- a force or council whose figures are given in the passive ("recorded by") ---------------------
@pytest.mark.parametrize("text,code", [
    ("Burglaries recorded by Warwickshire Police have fallen.", "E23000017"),
    ("Of these, 12 per cent (2,104) were logged by Cleveland Police.", "E23000013"),
    ("Some 9% (3,427) by Greater Manchester Police.", "E23000005"),
    ("Complaints dealt with by Leeds City Council rose to 900.", "E08000035"),
])
def test_force_or_council_holding_figures_in_the_passive(ex, text, code):
    assert code in codes(ex, text)


@pytest.mark.parametrize("text", [
    "The appeal was issued by Kent Police on Tuesday.",
    "A man was arrested by Essex Police after the crash.",
    "The statement was released by Dorset Police.",
])
def test_force_acting_or_speaking_in_the_passive_is_not_a_place(ex, text):
    assert not areas(ex, text)


# --- companies and clubs named after a place ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Yorkshire Water fixed 400 leaks last year.",
    "South West Water recorded 40,000 sewage spills.",
    "Bristol Airport handled 9 million passengers.",
    "Carlisle United drew 1-1 in front of 5,000 fans.",
])
def test_companies_and_clubs_are_not_places(ex, text):
    assert not areas(ex, text)


@pytest.mark.parametrize("text,code", [
    ("Leeds United fans raised £3,000 for charities in Leeds.", "E08000035"),
])
def test_the_place_itself_beside_its_company(ex, text, code):
    assert code in codes(ex, text)


def test_bare_yorkshire_beside_its_company_is_the_region_without_a_code(ex):
    # FORMAT.md: a code only where the place has one and it is unambiguous; Yorkshire has none of its own
    # (Yorkshire and The Humber, E12000003, also holds North and North East Lincolnshire)
    assert areas(ex, "Flooding closed 40 roads in Yorkshire; Yorkshire Water said supplies were safe.") == [
        ("Yorkshire", "region", None)]


# --- a force that holds a figure, read past an aside, a partner force, "with" and "came second" ------
@pytest.mark.parametrize("text,code", [
    ("The Metropolitan Police Service – the country's biggest force – recorded the most stops.", "E23000001"),
    ("Lancashire Police, which covers 1.5 million people, recorded 300 thefts.", "E23000003"),
    ("Both the City of London Police and Surrey Police logged fewer than 20 arrests.", "E23000034"),
    ("Next came Thames Valley Police with 202 arrests.", "E23000029"),
    ("Merseyside Police came in third, on 190.", "E23000004"),
    ("Norfolk County Council, the largest in the region, agreed a £500m budget.", "E10000020"),
])
def test_force_holds_a_figure_past_an_aside(ex, text, code):
    assert code in codes(ex, text)


@pytest.mark.parametrize("text", [
    "Kent Police said they were working with Sussex Police on the case.",
    "Officers from Essex Police and Kent Police said the man was arrested.",
    "Lancashire Police came to the scene within minutes.",
    "Kent Police, which declined to comment, said the inquiry continues.",
])
def test_force_that_acts_or_speaks_is_not_a_place(ex, text):
    assert not areas(ex, text)


# --- a constituency named like a council ---------------------------------------------------------
@pytest.mark.parametrize("text,name", [
    ("In the Wrexham constituency, 400 people claim jobseeker's allowance.", "Wrexham"),
    ("Child poverty in his Stockport constituency rose to 28 per cent.", "Stockport"),
])
def test_constituency_named_like_a_council(ex, text, name):
    assert areas(ex, text) == [(name, "other", None)]


@pytest.mark.parametrize("text,code", [
    ("The Kent MP said 300 people were affected.", "E10000016"),
    ("The Labour MP for Wrexham said 400 people claim.", "W06000006"),
])
def test_mp_for_a_council_name_keeps_the_council(ex, text, code):
    assert code in codes(ex, text)


@pytest.mark.parametrize("text", [
    "2023 was named by the Met Office as the sixth wettest year.",
    "The Wales Office said 300 jobs would move.",
])
def test_offices_named_after_a_place_are_not_places(ex, text):
    assert not areas(ex, text)


def test_the_met_as_a_force_is_still_a_place(ex):
    assert "E23000001" in codes(ex, "The Met recorded 300 knife crimes.")
