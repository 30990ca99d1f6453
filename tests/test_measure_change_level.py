"""Changes named as nouns with the level they reached, a time phrase or a trend clause around them:
"a 26% rise to 723 in the homicide rate", "a fall of 924 in the past year in the number of police
officers", "the rise in crime is accelerating, with a 3% increase ...", and "the 12 months to this
March" as one period."""
import pytest

from tests.test_measure_families3 import stat_of


def measure(ex, text, number):
    return stat_of(ex, text, number)["measure"]


@pytest.mark.parametrize("text, number, expected", [
    # the level first, then what changed
    ("Figures show a 26% rise to 723 in the homicide rate.", "26%", "rise in homicide rate"),
    ("Figures show a 26% rise to 723 in the homicide rate.", "723", "homicide rate"),
    ("The data show a 5% drop to 310 in road deaths.", "5%", "fall in road deaths"),
    ("The data show a 5% drop to 310 in road deaths.", "310", "road deaths"),
    ("There was an 8% increase to nearly 2,000 in fly-tipping reports.", "2,000", "fly-tipping reports"),
    # what changed first, then the level
    ("Figures show a 26% rise in the homicide rate to 723.", "26%", "rise in homicide rate"),
    ("Figures show a 26% rise in the homicide rate to 723.", "723", "homicide rate"),
    ("The report found a 3% fall in permanent exclusions to 6,500.", "6,500", "permanent exclusions"),
])
def test_change_and_the_level_it_reached(ex, text, number, expected):
    assert measure(ex, text, number) == expected


@pytest.mark.parametrize("text, number, expected", [
    ("There has been an increase in the number of robberies at knife point to nearly 13,000 incidents.", "13,000",
     "robberies at knife point"),
    ("There was a rise in thefts from cars to 4,100 offences.", "4,100", "thefts from cars"),
    ("Figures show a sharp rise in dog attacks to 870 cases.", "870", "dog attacks"),
])
def test_level_of_a_change_counted_in_a_generic_noun(ex, text, number, expected):
    assert measure(ex, text, number) == expected


@pytest.mark.parametrize("text, number, expected", [
    # near-misses: a span of ages is no level reached; a figure with its own noun keeps it
    ("There were 300 children aged 16 to 17 in custody.", "300", "children aged 16 to 17 in custody"),
    ("Police logged 4,100 burglaries, up from 3,900.", "4,100", "burglaries logged"),
    ("There was a rise in burglaries from 300 to 400 offences.", "300", "burglaries"),
    ("Some 300 pupils aged thirteen to 16 were excluded.", "300", "pupils aged thirteen to 16"),
    ("Some 300 children aged between five and 11 received 40 awards.", "300", "children aged between five and 11"),
])
def test_level_near_misses(ex, text, number, expected):
    assert measure(ex, text, number) == expected


@pytest.mark.parametrize("text, number, expected", [
    ("Home Office figures show a further fall of 924 in the past year in the number of police officers.", "924",
     "number of police officers"),
    ("There was a rise of 300 last year in the number of arrests.", "300", "number of arrests"),
    ("There was a 12% rise over the past 12 months in rough sleeping.", "12%", "rough sleeping"),
    ("Data show a 7% fall in 2023 in the cost of heating oil.", "7%", "cost of heating oil"),
])
def test_time_phrase_between_a_change_and_what_changed(ex, text, number, expected):
    assert expected in measure(ex, text, number)


def test_time_phrase_then_a_place_names_no_thing(ex):
    assert measure(ex, "There was a fall of 924 in the past year in Kent.", "924") is None


@pytest.mark.parametrize("text, number, expected", [
    ("The statisticians say the rise in crime is accelerating, with a 3% increase recorded in the year to March.",
     "3%", "increase in crime"),
    ("Burglaries are rising faster, with a 5% increase in 2021 and a 9% rise in 2022.", "5%", "increase in burglaries"),
    ("Burglaries are rising faster, with a 5% increase in 2021 and a 9% rise in 2022.", "9%", "increase in burglaries"),
    ("The growth in rents has slowed, with a 4% rise in the year to June.", "4%", "rise in rents"),
    ("Hospital admissions have fallen sharply, with a 12% drop since January.", "12%", "fall in hospital admissions"),
])
def test_trend_clause_then_with_a_change(ex, text, number, expected):
    assert measure(ex, text, number).startswith(expected)


@pytest.mark.parametrize("text, number", [
    ("It is rising, with a 4% rise in the year to June.", "4%"),          # a pronoun names nothing
    ("Kent is growing, with a 4% rise in the year to June.", "4%"),       # a place is where, not what
])
def test_trend_clause_near_misses(ex, text, number):
    assert measure(ex, text, number) is None


def test_change_after_a_figure_beats_the_previous_sentence(ex):
    text = ("Crime levels are now stabilising, statisticians said.\n\nIn the 12 months to March, forces logged a total "
            "of 5.5 million offences, a rise of a tenth on the previous year.")
    assert measure(ex, text, "a tenth").startswith("rise in offences logged")


@pytest.mark.parametrize("text, published, value", [
    ("a 10% increase in the 12 months to this March", "2017-07-20", "2016-04-01/2017-03-31"),
    ("a 10% increase in the year to last March", "2017-07-20", "2016-04-01/2017-03-31"),
    ("a 6% rise in the year to this June", "2017-07-20", "2016-07-01/2017-06-30"),
    ("a 10% increase in the 12 months to this March", None, None),   # this year's: only a publication date says
    ("a fall of 97,000 in the quarter to last December", "2015-01-21", "2014-10-01/2014-12-31"),
    ("a rise of 4,000 in the quarter to this March", "2015-05-20", "2015-01-01/2015-03-31"),
])
def test_year_to_this_or_last_month(ex, text, published, value):
    r = ex.extract(text, published=published)
    p = next(p for p in r["periods"] if " to " in p["span"]["text"])
    assert p["span"]["text"].startswith("the ") and p["value"] == value


def test_the_latest_quarter_is_the_quarter_named_last(ex):
    text = ("The jobless total dipped by 97,000 in the quarter to last December to 1.86 million, the lowest since the "
            "summer of 2008.\n\nSelf-employment was down by 19,000 over the latest quarter to 4.5 million.")
    r = ex.extract(text, published="2015-01-21")
    latest = next(p for p in r["periods"] if p["span"]["text"] == "the latest quarter")
    assert latest["value"] == "2014-10-01/2014-12-31"


@pytest.mark.parametrize("text, value", [
    ("In the seven days to 10 March, 412 deaths were registered.", "2023-03-04/2023-03-10"),
    ("In the 7 days ending 10 March 2023, 412 deaths were registered.", "2023-03-04/2023-03-10"),
    ("In the week ending 10 March, 412 deaths were registered.", "2023-03-04/2023-03-10"),
])
def test_seven_days_to_a_day_is_a_week(ex, text, value):
    r = ex.extract(text, published="2023-03-20")
    assert [p["value"] for p in r["periods"]] == [value]


def test_seven_days_alone_is_no_period(ex):
    assert ex.extract("Officers worked seven days a week.", published="2023-03-20")["periods"] == []


def test_up_to_a_limit_is_no_level_reached(ex):
    text = "There was a 5% rise in the number of patients waiting up to 18 weeks."
    assert measure(ex, text, "5%") == "rise in number of patients waiting up to 18 weeks"
