"""Measures of phrasing families found on a blind set of UK news pages (homelessness, knife crime,
recorded crime, NHS waits, ambulances, sewage, council budgets, tourism): a class the counted things
are put in ("accepted 2,410 families as homeless"), a list item that repeats its first item's verb
with a new time ("rose by 5% in 2015; 7% in 2016"), a change sized after a dash ("continues to fall -
down 3%"), a source leading the sentence ("According to the survey, the risk of ... was 23%"), the level
a change reached after ", reaching", a back-reference in a changed thing ("the number of such
offences"), a whole line "Label: 18%" (no heading), "and that" opening a new clause, "from X and Y",
an action done "for N households", and a share "of all X" where the sentence named its kind of X.
Made-up sentences; near-misses alongside."""
import pytest

from extractor.evaluate import measure_matches


def measures(ex, text):
    return {s["span"]["text"]: s["measure"] for s in ex.extract(text)["statistics"]}


@pytest.mark.parametrize("text, span, measure", [
    # a change told, then sized after a dash
    ("The figures show that overall recorded crime continues to fall - down 4% over the year.", "4%",
     "fall in overall recorded crime"),
    ("Vehicle theft rose sharply – up 12% on last year.", "12%", "increase in vehicle theft"),
    # a source leading the sentence with an aside between dashes, and "the chance of X"
    ("According to the crime survey - a study of households in England - the chance of being a victim was 19%.",
     "19%", "chance of being a victim"),
    # the level a change reached, after ", reaching"
    ("In June there were 6.1% more category 2 calls than in May, reaching 41,250.", "41,250", "category 2 calls"),
    # a list item repeating the first item's verb, with a new time
    ("Shoplifting rose by 9% in 2021; 11% in 2022; and by 15% this year.", "11%", "rise in shoplifting"),
    ("Domestic abuse incidents rose by 3% in 2019, 6% in 2020 and by 8% in 2021.", "6%", "rise in domestic abuse incidents"),
    # an action done for the counted things
    ("The charity took action to prevent eviction for 1,320 tenants last year.", "1,320", "action to prevent eviction"),
    ("Councils took steps to relieve homelessness for 4,100 families last year.", "4,100", "steps to relieve homelessness"),
])
def test_measure_names_the_thing(ex, text, span, measure):
    got = measures(ex, text)
    assert span in got, got
    assert measure_matches(measure, got[span]), (span, got[span])


@pytest.mark.parametrize("text, span, measure", [
    # the class the counted things are put in
    ("The council accepted 2,410 families as homeless between April and June.", "2,410", "families accepted as homeless"),
    ("Officers recorded 318 incidents as hate crimes last year.", "318", "incidents recorded as hate crimes"),
    ("Councils accepted 9,800 households as being statutorily homeless in spring, up 4% on the previous quarter.", "4%",
     "increase in households accepted as statutorily homeless on the previous quarter"),
    # a changed thing that points back takes what it points to
    ("Offences involving a firearm fell to 6,100 last year. The number of such offences rose 4 per cent in Leeds.",
     "4 per cent", "increase in offences involving a firearm"),
    # a list item's own time replaces the first item's
    ("Shoplifting rose by 9% in 2021; 11% in 2022; and by 15% this year.", "11%", "increase in shoplifting"),
    # a line that is a label and its figure is no heading for the rows after it
    ("Rises in reported fraud\nCard fraud: 21%\nOnline shopping: 14%\nCheques: 3%\n", "3%", "Rises in reported fraud: Cheques"),
    # "and that" opens a new clause, no relative one
    ("The trust said it will be running over 240 clinics and that waiting times would fall.", "over 240", "clinics"),
    # money from two sources joined by "and"
    ("- £3m from parking and planning fees.", "£3m", "money from parking and planning fees"),
    # a share "of all X", where the sentence named its kind of X
    ("Violent offences are concentrated in city centres, with a quarter (26 per cent) of all offences recorded in Leeds.",
     "26 per cent", "violent offences recorded"),
    ("Violent offences are concentrated in city centres, with a quarter (26 per cent) of all offences recorded in Leeds.",
     "a quarter", "share of violent offences recorded"),
])
def test_measure_is(ex, text, span, measure):
    got = measures(ex, text)
    assert span in got, got
    assert got[span] == measure, (span, got[span])


@pytest.mark.parametrize("text, span, wrong", [
    # no measure at all, or the wrong row's
    ("Shoplifting rose by 9% in 2021; 11% in 2022.", "11%", None),
    ("Rises in reported fraud\nCard fraud: 21%\nOnline shopping: 14%\nCheques: 3%\n", "3%", "Online shopping: 14%"),
    ("Vehicle theft rose sharply – up 12% on last year.", "12%", None),
    ("In June there were 6.1% more category 2 calls than in May, reaching 41,250.", "41,250", None),
    # a relative clause that is none, a source cut at "and"
    ("The council said it would deliver over 1,800 services and that its priority was the vulnerable.", "over 1,800",
     "services and its priority was the vulnerable"),
    ("- £2m from housing and business growth.", "£2m", "money from housing"),
    # the bare head of what was done for them
    ("The charity took action to prevent eviction for 1,320 tenants last year.", "1,320", "tenants"),
    # the measure keeps the class
    ("Officers recorded 318 incidents as hate crimes last year.", "318", "incidents recorded"),
    ("Offences involving a firearm fell to 6,100 last year. The number of such offences rose 4 per cent in Leeds.",
     "4 per cent", "increase in the number of such offences"),
])
def test_measure_near_misses(ex, text, span, wrong):
    got = measures(ex, text)
    assert span in got, got
    assert got[span] != wrong, (span, got[span])
