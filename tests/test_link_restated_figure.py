"""A figure named again as "the N ... figure" is the one stated before with that value: it takes that
statement's period and place, not a date or place of the sentence that names it again. Stories written
for these tests."""
import pytest


def links(ex, text, published="2023-11-02"):
    r = ex.extract(text, published=published)
    per = {p["id"]: p["value"] for p in r["periods"]}
    names = {a["id"]: a["name"] for a in r["areas"]}
    return [(s["number"]["text"], per.get(s["period"]), names.get(s["area"])) for s in r["statistics"]]


@pytest.mark.parametrize("text, expected", [
    ("The council placed 212 families in bed and breakfasts in Dacorum between July and September this year.\n\n"
     "A paper for the housing committee on Tuesday, November 14, calls the 212 families figure alarming.",
     ("212", "2023-07-01/2023-09-30", "Dacorum")),
    # (another paragraph's place and period between: the figure is still the first statement's)
    ("Burglaries in Luton rose by 8.5% in 2022, police figures show.\n\n"
     "Robberies in Bedford fell by 3% in 2023.\n\n"
     "The chief constable said the 8.5% figure was too high.",
     ("8.5", "2022", "Luton")),
])
def test_the_n_figure_takes_the_first_statements_period_and_place(ex, text, expected):
    assert links(ex, text)[-1] == expected


@pytest.mark.parametrize("text, number, period", [
    # near misses: no earlier figure of that value; "figure" not naming the number
    ("In 2022 the 212 families figure was a record for the borough.", "212", "2022"),
    ("In 2022 there were 90 complaints. In 2021 the figure was 90 too, and in 2020 the 75 cases figure.",
     "75", "2020"),
])
def test_near_misses_keep_their_own_period(ex, text, number, period):
    assert dict((n, p) for n, p, _ in links(ex, text))[number] == period


def test_a_restated_figure_keeps_its_own_sentences_place_and_period(ex):
    text = "Unemployment in Hull stood at 5 per cent in 2019.\n\nIn Leeds, the 5 per cent figure was not reached until 2022."
    assert links(ex, text)[-1] == ("5", "2022", "Leeds")
