"""Extra money for something: a verb of spending or funding, then a sum said to be extra ("a further",
"an extra", "an additional", "another") and what it is for. The measure is the extra spending,
investment or funding on that thing, never an "increase in roads". Near-misses: a sum that is not
said to be extra keeps its plain measure ("spent on roads"), and extra money with nothing named after
it gets no invented one. Sentences written for these tests."""
import pytest


def stat_of(ex, text, number):
    return next(s for s in ex.extract(text)["statistics"] if number in s["span"]["text"])


@pytest.mark.parametrize("text, number, measure", [
    ("The council will spend a further £2m on roads.", "£2m", "extra spending on roads"),
    ("The county is spending an extra £750,000 on school transport.", "£750,000", "extra spending on school transport"),
    ("The government has pledged a further £50m for flood defences.", "£50m", "extra funding for flood defences"),
    ("Ministers will invest an extra £300m in bus services.", "£300m", "extra investment in bus services"),
    ("The trust has been awarded an additional £1.2m for mental health care.", "£1.2m",
     "extra funding for mental health care"),
    ("The board earmarked another £80,000 for youth clubs.", "£80,000", "extra funding for youth clubs"),
])
def test_extra_money_for_a_thing(ex, text, number, measure):
    assert stat_of(ex, text, number)["measure"] == measure


@pytest.mark.parametrize("text, number, measure", [
    ("The council spent £2m on roads.", "£2m", "spent on roads"),
    ("The council invested £300m in bus services.", "£300m", "invested in bus services"),
])
def test_near_misses_money_not_said_to_be_extra(ex, text, number, measure):
    assert stat_of(ex, text, number)["measure"] == measure


def test_extra_money_with_nothing_named_after_it_gets_no_invented_thing(ex):
    assert "extra" not in (stat_of(ex, "The council will spend a further £2m this year.", "£2m")["measure"] or "")
