"""Area families of round a9 on issue 14: small places the gazetteer and NER miss, found by their company
in a list ("Kendal, Sedbergh and Dent"), by a cue ("the village of ...", "near ...", "..., a hamlet",
"the ... Valley") or as the ends of a journey ("buses between ... and ..."); the ward a councillor stands
for; a town whose name goes on past a council's ("Sutton on Sea"); the council area a ward or seat belongs
to ("the Nairn ward of Highland council"). Phrasings are our own."""
from __future__ import annotations

import pytest


def found(ex, text):
    return {a["name"]: a for a in ex.extract(text)["areas"]}


# --- lists: a name listed with known places --------------------------------------------------------
@pytest.mark.parametrize("text,name", [
    ("Flood alerts were issued for Kendal, Burneside and Staveley on Sunday.", "Burneside"),
    ("The X9 timetable links Penrith-Greystoke-Keswick every two hours.", "Greystoke"),
    ("Residents of Tetney and Louth were told to expect delays.", "Tetney"),
    ("The route serves Skegness, Ingoldmells, Chapel St Leonards and Mablethorpe.", "Chapel St Leonards"),
    ("The route serves Skegness, Ingoldmells, Chapel St Leonards and Mablethorpe.", "Ingoldmells"),
    ("Gritters will cover Carlisle/Dalston/Wigton overnight.", "Dalston"),
])
def test_name_listed_with_places_is_a_place(ex, text, name):
    assert name in found(ex, text)


@pytest.mark.parametrize("text,name", [
    ("Meanwhile, Kendal residents face higher bills.", "Meanwhile"),
    ("Yesterday, Carlisle councillors voted on the plan.", "Yesterday"),
    ("Buses run from Keswick and Penrith, Stagecoach said.", "Stagecoach"),
    ("Services in Barnsley and Doncaster, Sarah Jones, the manager, said, were stretched.", "Sarah Jones"),
    ("The couple, of Church Lane, Halstead, and Pryce, 31, of no fixed address, were bailed.", "Pryce"),
    ("Altrincham and Sale West:\n\nCon 41.2%; Lab 30.1%", "Sale West"),
    ("Council budgets in Leeds and Labour plans were debated.", "Labour"),
    ("Kendal and Windermere Council met on Monday and Tuesday.", "Monday"),
])
def test_list_neighbours_that_are_not_places(ex, text, name):
    assert name not in found(ex, text)


def test_by_election_ward_after_its_council_is_a_ward(ex):
    got = found(ex, "Results\n\nSouth Cambridgeshire, Gamlingay - Liberal Democrat hold\n\nTurnout 28%")
    assert got["Gamlingay"]["type"] == "sub_area"


# --- cues ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,name,kind", [
    ("Cliff falls threaten the village of Trimingham again this winter.", "Trimingham", "city_or_town"),
    ("The hamlet of Scrainwood has no mobile signal at all.", "Scrainwood", "city_or_town"),
    ("A landslip closed the lane near Boscastle.", "Boscastle", "city_or_town"),
    ("Work on homes at Polgooth, near St Austell, starts in May.", "Polgooth", "city_or_town"),
    ("Mundesley, a small coastal village, lost two cafes to the sea.", "Mundesley", "city_or_town"),
    ("Farmers in the Teme Valley reported flooded fields.", "Teme Valley", "other"),
    ("Campaigners want more buses between Alston and Haltwhistle.", "Alston", "city_or_town"),
    ("Campaigners want more buses between Alston and Haltwhistle.", "Haltwhistle", "city_or_town"),
    ("Passenger numbers on the Gourock-Dunoon ferry fell by a fifth.", "Dunoon", "city_or_town"),
    ("The Tarbert to Portavadie ferry service was cancelled.", "Portavadie", "city_or_town"),
])
def test_cued_small_places(ex, text, name, kind):
    got = found(ex, text)
    assert name in got and got[name]["type"] == kind


@pytest.mark.parametrize("text,name", [
    ("Talks between Labour and Reform broke down.", "Reform"),
    ("The trophy went from Arsenal to Chelsea last season.", "Chelsea"),
    ("Opening hours are from Monday to Friday.", "Friday"),
    ("The village of the year award went to a hamlet near Christmas.", "Christmas"),
    ("It sits near Tesco Extra on the ring road.", "Tesco Extra"),
    ("The proposal was outside the village envelope, Mr Salmon said.", "Salmon"),
])
def test_cues_that_do_not_name_places(ex, text, name):
    assert name not in found(ex, text)


# --- the ward a councillor stands for -----------------------------------------------------------------
@pytest.mark.parametrize("text,name", [
    ("Ann Bruce, the new councillor for Upper Deeside, won the by-election by 60 votes.", "Upper Deeside"),
    ("He is the Plaid Cymru councillor for Treorchy, Cwmparc and Ton, and was elected in 2022.",
     "Treorchy, Cwmparc and Ton"),
])
def test_councillor_for_a_ward(ex, text, name):
    got = found(ex, text)
    assert got[name]["type"] == "sub_area"


@pytest.mark.parametrize("text,name", [
    ("The cabinet member for Transport, elected in May, backed the plan.", "Transport"),
    ("The councillor for Labour said the election was lost.", "Labour"),
])
def test_councillor_for_a_portfolio_or_party_is_not_a_ward(ex, text, name):
    assert name not in found(ex, text)


# --- a town whose name goes on past a council's ----------------------------------------------------
@pytest.mark.parametrize("text,name,absent", [
    ("Beach huts at Sutton on Sea were damaged by the storm.", "Sutton on Sea", "Sutton"),
    ("Buses to Bolton-le-Sands were cut, along with Lancaster services.", "Bolton-le-Sands", "Bolton"),
])
def test_longer_town_name(ex, text, name, absent):
    got = found(ex, text)
    assert name in got and absent not in got and got[name]["type"] == "city_or_town"


@pytest.mark.parametrize("text,name", [
    ("Crime fell in Sutton on Tuesday, the Met said.", "Sutton"),
    ("Tax in Newcastle upon Tyne rose by 4.99%.", "Newcastle upon Tyne"),
])
def test_council_before_a_day_or_its_own_long_name(ex, text, name):
    assert name in found(ex, text)


# --- the council area a ward or a seat belongs to -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "She won the Nairn and Cawdor ward of Highland council with 41% of first preferences.",
    "He was first elected to Highland Council in 2017, and voters backed him again.",
])
def test_council_of_a_ward_or_seat_is_a_place(ex, text):
    assert "Highland" in found(ex, text)


@pytest.mark.parametrize("text", [
    "Highland Council said the road would reopen on Friday.",
    "A spokesperson for Highland Council declined to comment.",
])
def test_council_that_only_speaks_is_not_a_place(ex, text):
    assert "Highland" not in found(ex, text)


# --- the Dales ---------------------------------------------------------------------------------------
def test_the_dales_and_its_listed_dales(ex):
    got = found(ex, "Walkers crowded the Dales, including Wharfedale and Littondale, at Easter.")
    assert {"Yorkshire Dales", "Wharfedale", "Littondale"} <= set(got)


# --- near-misses met on new text -------------------------------------------------------------------
@pytest.mark.parametrize("text,name", [
    ("Of the recruits in Leeds, 9% were from Black, Asian, Mixed or Other ethnic groups.", "Mixed"),
    ("Cllr Dawn Reid (Knutsford, Con) asked about the figures.", "Con"),
    ("Cllr Tom Hale (Ind, Brighouse) said the plan was sound.", "Ind"),
    ("Sally Hart, MP for Hastings and Rye, said the money was welcome.", "Rye"),
    ("A man was hurt in a disturbance in Westgate, Holbeach, on Friday night.", "Westgate"),
    ("Cuts to Staffordshire bus routes defended by council", "Cuts"),
])
def test_list_and_route_near_misses(ex, text, name):
    assert name not in found(ex, text)


@pytest.mark.parametrize("text,name", [
    ("The highest share was in East Lindsey, Lincs, at 30.4 per cent.", "Lincolnshire"),
    ("Homes in Bingham, Notts, sold fastest last year.", "Nottinghamshire"),
    ("Buses on the 12 Liskeard to Pelynt service will stop in May.", "Pelynt"),
])
def test_county_short_forms_and_a_route_from_a_known_town(ex, text, name):
    assert name in found(ex, text)


# --- joint names with no code; clubs and pubs named after places ---------------------------------------
@pytest.mark.parametrize("text,name", [
    ("Crews in Hereford and Worcester were called to 300 chimney fires.", "Hereford and Worcester"),
    ("Grass fires across Mid and West Wales doubled in April.", "Mid and West Wales"),
])
def test_joint_fire_areas_are_one_place_without_a_code(ex, text, name):
    got = found(ex, text)
    assert got[name]["type"] == "other" and got[name]["code"] is None and len(got) == 1


@pytest.mark.parametrize("text,absent", [
    ("Supporters of Aston Villa and Glasgow Rangers travelled by coach.", "Glasgow City"),
    ("Crewe Alexandra fans were delayed on the M6.", "Crewe"),
    ("Locals at the Carlisle Arms and the Kendal Hotel objected to the plan.", "Carlisle"),
    ("Locals at the Carlisle Arms and the Kendal Hotel objected to the plan.", "Kendal"),
])
def test_clubs_and_pubs_named_after_places_are_not_places(ex, text, absent):
    assert absent not in found(ex, text)


@pytest.mark.parametrize("text,name", [
    ("The claimant count in Kidderminster and Wyre Forest fell by 40.", "Kidderminster"),
    ("Unemployment in Consett and Stanley rose again.", "Consett"),
    ("Crime in North Herts fell by 4 per cent.", "North Hertfordshire"),
])
def test_places_joined_to_a_place_that_ends_in_a_club_word_stay_places(ex, text, name):
    assert name in found(ex, text)


# --- residents of a small place; route numbers; trusts named by a compass point -----------------------
@pytest.mark.parametrize("text,name", [
    ("Many Scorton residents signed the petition.", "Scorton"),
    ("The plan angered some Crook villagers last week.", "Crook"),
    ("The Whitby to Scarborough 93 bus will run hourly.", "Scarborough"),
    ("The Alnwick to Craster X18 service returns in May.", "Craster"),
])
def test_residents_and_numbered_routes(ex, text, name):
    assert name in found(ex, text)


@pytest.mark.parametrize("text,name", [
    ("Polish residents met the MP on Friday.", "Polish"),
    ("Angry residents said the road was unsafe.", "Angry"),
    ("Local residents were not consulted, she said.", "Local"),
])
def test_residents_after_a_word_that_is_not_a_place(ex, text, name):
    assert name not in found(ex, text)


def test_health_trusts_named_by_a_compass_point(ex):
    got = found(ex, "Waits for health checks were 90 weeks in the Southern Trust and 70 in the Northern Trust.")
    assert got["Southern Trust"]["type"] == "other" and "Northern Trust" in got


def test_compass_trust_outside_a_health_story_is_not_a_body(ex):
    assert "Western Trust" not in found(ex, "The Western Trust bought the old mill for a museum.")


# --- rows of a ranked list ------------------------------------------------------------------------------
def test_rows_of_a_list_of_places(ex):
    text = ("The towns with the most burglaries were:\n\n1. Walsall had 410\n\n2. Darlaston had 388\n\n"
            "3. Dudley had 370\n\n4. Bilston had 351\n\n5. Wolverhampton had 342\n")
    got = found(ex, text)
    assert {"Darlaston", "Bilston"} <= set(got)


def test_rows_of_a_list_of_people_are_not_places(ex):
    text = ("The winners were:\n\n1. Harriet Cole with 41 points\n\n2. Leeds with 39\n\n"
            "3. Marcus Webb with 35\n\n4. Priya Shah with 30\n")
    got = found(ex, text)
    assert not {"Harriet Cole", "Marcus Webb", "Priya Shah"} & set(got)


# --- a council that must save, plans or overspent holds its figure (a newcomer's budget story had no area) ---
@pytest.mark.parametrize("text,area", [
    ("Leeds City Council must save £101m next year.", "Leeds"),
    ("Leeds City Council needs to make savings of £101.5m within the next financial year.", "Leeds"),
    ("Leeds City Council plans £101m of savings.", "Leeds"),
    ("Kent County Council overspent by £12m last year.", "Kent"),
])
def test_a_council_with_a_budget_figure_is_its_place(ex, text, area):
    rec = ex.extract(text)
    names = {a["id"]: a["name"] for a in rec["areas"]}
    assert [names.get(s["area"]) for s in rec["statistics"]] == [area]


def test_a_council_that_only_speaks_is_still_no_place(ex):
    assert ex.extract("Leeds City Council said it must save £101m next year.")["areas"] == []
