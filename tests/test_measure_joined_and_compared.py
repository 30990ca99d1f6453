"""Measures: a subject of two nouns joined by "and"; a compared figure named only by its time; "whereas"
as a clause break; a second participle said of the same noun; a hyphenated noun after money."""
import pytest

from record_finding import measures


@pytest.mark.parametrize("text,number,measure", [
    # two nouns joined by "and" are one subject of the change
    ("Deaths and serious injuries on the county's roads increased by 6% in the year.", "6%",
     "increase in deaths and serious injuries on the county's roads"),
    ("Burglaries and robberies fell by 5 per cent last year.", "5 per cent", "fall in burglaries and robberies"),
    ("Arson and criminal damage offences rose by 12% in Kent.", "12%", "increase in arson and criminal damage offences"),
    # after a reporting verb
    ("The council said thefts and robberies fell by 4%.", "4%", "fall in thefts and robberies"),
    ("Figures show that burglaries and robberies fell by 5%.", "5%", "fall in burglaries and robberies"),
])
def test_joined_subject_of_a_change(ex, text, number, measure):
    assert measures(ex, text)[number] == measure


@pytest.mark.parametrize("text,number,measure", [
    # near-miss: two clauses, each with its verb: the change is the second clause's
    ("Burglaries rose and robberies fell by 5 per cent last year.", "5 per cent", "fall in robberies"),
    ("Police said on Monday that crime fell and arrests rose by 5%.", "5%", "increase in arrests"),
])
def test_joined_subject_near_misses(ex, text, number, measure):
    assert measures(ex, text)[number] == measure


@pytest.mark.parametrize("text,number,measure", [
    # a compared figure followed only by its time names no thing: the change is in the noun before
    ("There were 9,100 reported road casualties, 5% higher than the 8,670 for the year before.", "5%",
     "increase in reported road casualties"),
    ("There were 9,100 reported road casualties, 5% higher than the 8,670 recorded a year earlier.", "8,670",
     "reported road casualties"),
    ("Police logged 4,500 burglaries, up from 4,020 recorded in 2022.", "4,020", "burglaries logged"),
    ("Police logged 4,500 burglaries, compared with 4,020 reported the previous year.", "4,020", "burglaries logged"),
    # near-miss: a compared figure with its own noun keeps it
    ("Arrests were 2% lower than the 51,982 offences of 2022.", "2%", "fall in offences"),
])
def test_compared_figure_named_only_by_its_time(ex, text, number, measure):
    assert measures(ex, text)[number] == measure


@pytest.mark.parametrize("text,number,measure", [
    ("KSI casualties decreased by 2% to 6,450 whereas slight injuries were unchanged.", "6,450", "KSI casualties"),
    ("Some 4,100 pupils were excluded whereas 300 were expelled.", "Some 4,100", "pupils excluded"),
    # a second participle said of the noun counted before replaces the first
    ("Some 4,100 pupils were excluded and 300 were expelled.", "300", "pupils expelled"),
    ("There were 350 offenders released, and 40 were recalled.", "40", "offenders recalled"),
    # near-miss: a noun that opens on a participle, or holds "bed", is kept whole
    ("In all 1,200 killed or seriously injured casualties were recorded and 40 were children.", "40", "children"),
])
def test_whereas_and_second_participle(ex, text, number, measure):
    assert measures(ex, text)[number] == measure


@pytest.mark.parametrize("text,number,measure", [
    ("Councils face a £50m clean-up bill.", "£50m", "clean-up bill"),
    ("It funded a £3m follow-up study last year.", "£3m", "follow-up study"),
    ("The firm made a £2m mark-down on its stock.", "£2m", "mark-down on its stock"),
    # near-miss: "up" and "down" as words still end the phrase
    ("There were 3,000 breakdowns, up 5%.", "3,000", "breakdowns"),
])
def test_hyphenated_up_and_down_inside_a_noun(ex, text, number, measure):
    assert measures(ex, text)[number] == measure
