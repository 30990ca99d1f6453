"""Lists closed by "respectively": each figure goes with the item at its place in the other list, for
what is counted ("Burglary and robbery rose by 5% and 8% respectively"), for the kind and way of a
change ("fell by 40 and 25 respectively": both are falls) and for periods ("In 2022 and 2023 there were
300 and 400 burglaries respectively"). Sentences written for these tests."""
import pytest


def stats(ex, text, published=None):
    r = ex.extract(text, published=published)
    per = {p["id"]: p["value"] for p in r["periods"]}
    return {s["number"]["text"]: (s["kind"], s.get("direction"), s.get("measure"), per.get(s.get("period")))
            for s in r["statistics"]}


@pytest.mark.parametrize("text, expected", [
    ("Burglary and robbery rose by 5% and 8% respectively.",
     {"5": "increase in burglary", "8": "increase in robbery"}),
    ("Vehicle crime, burglary and robbery fell by 3%, 6% and 9%, respectively.",
     {"3": "fall in vehicle crime", "6": "fall in burglary", "9": "fall in robbery"}),
    ("Arrests and charges were 300 and 120 respectively.", {"300": "arrests", "120": "charges"}),
    ("Police recorded 40, 25 and 12 burglaries, thefts and robberies, respectively.",
     {"40": "burglaries", "25": "thefts", "12": "robberies"}),
    ("In 2022 there were 300 and 400 burglaries and thefts respectively.", {"300": "burglaries", "400": "thefts"}),
])
def test_each_figure_takes_its_items_measure(ex, text, expected):
    got = {k: v[2] for k, v in stats(ex, text).items()}
    assert {k: got.get(k) for k in expected} == expected


def test_the_second_figure_of_a_listed_change_is_a_change(ex):
    got = stats(ex, "Arrests and charges fell by 40 and 25 respectively.")
    assert got["25"][:3] == ("change", "down", "fall in charges")
    assert got["40"][:3] == ("change", "down", "fall in arrests")


@pytest.mark.parametrize("text, number", [
    ("Police made 40 arrests and 25 charges.", "25"),            # no "respectively": a count
    ("Crime fell by 40 and 25 people were charged.", "25"),     # a new clause, no list
])
def test_a_count_after_a_change_without_respectively_stays_a_count(ex, text, number):
    assert stats(ex, text)[number][:2] == ("count", None)


@pytest.mark.parametrize("text, expected", [
    ("In 2022 and 2023 there were 300 and 400 burglaries respectively.", {"300": "2022", "400": "2023"}),
    ("Burglaries in 2021, 2022 and 2023 were 250, 300 and 400 respectively.", {"250": "2021", "300": "2022", "400": "2023"}),
])
def test_each_figure_takes_its_period(ex, text, expected):
    got = {k: v[3] for k, v in stats(ex, text).items()}
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("text", [
    "Kent and Essex saw rises of 12% and 9% respectively.",   # places: linked as areas, no measure made of them
])
def test_places_are_not_measures(ex, text):
    assert all(v[2] is None for v in stats(ex, text).values())


def test_one_period_and_a_list_of_places_dates_every_figure(ex):
    got = stats(ex, "In 2022, Kent and Essex recorded 300 and 400 burglaries respectively.")
    assert (got["300"][3], got["400"][3]) == ("2022", "2022")


@pytest.mark.parametrize("text, expected", [
    ("Figures show burglary and robbery rose by 5% and 8% respectively.",
     {"5": "increase in burglary", "8": "increase in robbery"}),
    ("The report found arrests and charges were 300 and 120 respectively.", {"300": "arrests", "120": "charges"}),
    ("Police recorded rises of 5% and 8% in burglaries and thefts respectively.",
     {"5": "increase in burglaries", "8": "increase in thefts"}),
    ("Spending on roads and schools was £3m and £4m respectively.",
     {"3m": "spending on roads", "4m": "spending on schools"}),
    ("Burglaries and thefts were down by 300 and 400 respectively.",
     {"300": "fall in burglaries", "400": "fall in thefts"}),
])
def test_respectively_clause_openers_prepositions_and_shared_heads(ex, text, expected):
    got = {k: v[2] for k, v in stats(ex, text).items()}
    assert {k: got.get(k) for k in expected} == expected


def test_respectively_for_whom_is_no_measure_list(ex):
    # "for men and women": whose figures, not what is counted
    got = {k: v[2] for k, v in stats(ex, "The rates were 5% and 8% for men and women respectively.").items()}
    assert got["5"] == got["8"] == "rates"


@pytest.mark.parametrize("text", [
    "In both 2022 and 2023, men and women made up 300 and 400 of the cases respectively.",
    "In 2022 and 2023, men and women made up 300 and 400 of the cases respectively.",
])
def test_periods_are_not_paired_when_another_list_or_both_comes_first(ex, text):
    got = stats(ex, text)
    assert not (got["300"][3] == "2022" and got["400"][3] == "2023")
