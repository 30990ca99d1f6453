"""Lists of figures that share what follows the last ("over 18, 26, 39 and 52 weeks" are all
durations; "120, 130 and 140 homes" all count homes), a change with an adjective of size ("down a
massive 100,000"), and a change restated from another base ("up 13 per cent year-on-year, or 9 per
cent since the election"). Sentences written for these tests."""
import pytest

from tests.test_measure_families3 import stat_of


def numbers(ex, text):
    return [s["span"]["text"] for s in ex.extract(text)["statistics"]]


@pytest.mark.parametrize("text", [
    "The number of patients waiting over 18, 26, 39 and 52 weeks all fell.",
    "Patients waiting 12, 18 or 24 months were offered treatment elsewhere.",
    "Sentences of 5, 10 and 15 years were handed down at the court.",
    "Trains were delayed by 10, 20 or 30 minutes.",
])
def test_every_item_of_a_list_of_durations_is_a_duration(ex, text):
    assert numbers(ex, text) == []


@pytest.mark.parametrize("text, kept", [
    ("The council inspected 120, 130 and 140 homes.", ["120", "130", "140"]),
    ("Of the 40, 12 were jailed for two years.", ["40", "12"]),   # a count before the duration's own figure
])
def test_a_list_without_a_unit_keeps_its_figures(ex, text, kept):
    assert [n for n in numbers(ex, text) if n.strip("Of the ,") in kept or n in kept] == kept


@pytest.mark.parametrize("text, number, measure", [
    ("The council inspected 120, 130 and 140 homes.", "120", "homes"),
    ("The council inspected 120, 130 and 140 homes.", "130", "homes"),
    ("Kent had 120, Essex 130 and Surrey 140 burglaries.", "120", "burglaries"),
    ("Kent had 120, Essex 130 and Surrey 140 burglaries.", "130", "burglaries"),
    ("Inspectors visited 35 and 48 schools in the two years.", "35", "schools"),
])
def test_a_list_of_counts_shares_the_last_items_noun(ex, text, number, measure):
    assert stat_of(ex, text, number)["measure"].startswith(measure)


@pytest.mark.parametrize("text, number", [
    ("There were 40, and 12 of them were jailed.", "40"),        # the last item is a part, not the noun
    ("The force made 40 and 12 were charged.", "40"),            # no noun after the last figure
])
def test_list_noun_near_misses(ex, text, number):
    assert stat_of(ex, text, number)["measure"] is None


@pytest.mark.parametrize("text, number, direction, measure", [
    ("Long waiters are down a massive 100,000 year-on-year.", "100,000", "down", "fall in long waiters"),
    ("Crime is up a staggering 40% on last year.", "40%", "up", "increase in crime"),
    ("Prices rose a modest 2% in the year.", "2%", "up", "increase in prices"),
    ("Sales are up a record 12,000 units.", "12,000", "up", "increase in sales"),
])
def test_a_change_with_an_adjective_of_size(ex, text, number, direction, measure):
    s = stat_of(ex, text, number)
    assert s["direction"] == direction and s["measure"].startswith(measure)


def test_an_adjective_of_size_without_a_change_verb_is_a_level(ex):
    s = stat_of(ex, "A record 12,000 people attended the show.", "12,000")
    assert s["kind"] == "count" and s["direction"] is None


def test_the_level_a_change_reached_after_year_on_year(ex):
    text = "Long waiters are down a massive 100,000 year-on-year to just 160,052."
    assert stat_of(ex, text, "160,052")["measure"].lower() == "long waiters"


@pytest.mark.parametrize("text, number, measure", [
    ("The total waiting is down 1.1 per cent, and over-52-week waiters are down 37 per cent.", "37",
     "fall in over-52-week waiters"),
    ("Women aged 65 and over rose by 5%.", "5%", "increase in women aged 65 and over"),
])
def test_and_before_a_hyphenated_word_opens_a_clause(ex, text, number, measure):
    assert stat_of(ex, text, number)["measure"] == measure


@pytest.mark.parametrize("text, number, measure", [
    ("Inpatient waits are up 13 per cent year-on-year, or 9 per cent since the election.", "9 per cent",
     "increase in inpatient waits"),
    ("Crime rose 5% on last year, or 12% since 2019.", "12%", "increase in crime"),
    ("Crime rose 5% on last year, or 12% over five years.", "12%", "increase in crime"),
])
def test_the_same_change_from_another_base(ex, text, number, measure):
    s = stat_of(ex, text, number)
    assert s["direction"] == "up" and s["measure"].startswith(measure)


@pytest.mark.parametrize("text, number", [
    ("Crime rose 5% on last year, or 12% of all offences were violent.", "12%"),   # a share, not the change
    ("Crime rose 5%, or 12% of households said so.", "12%"),
])
def test_another_base_near_misses(ex, text, number):
    assert stat_of(ex, text, number)["direction"] is None


@pytest.mark.parametrize("text, number, measure", [
    ("Some 28 out of 119 trusts reported a rise of more than 10% in waits.", "28", "trusts reported a rise"),
    ("Some 28 out of 119 trusts reported a rise of more than 10% in waits.", "119", "trusts"),
    ("Some 75 out of the 1,336 drivers breathalysed tested positive.", "75", "drivers breathalysed tested positive"),
    ("Some 75 out of the 1,336 drivers breathalysed tested positive.", "1,336", "drivers breathalysed"),
])
def test_a_part_out_of_a_whole_did_what_the_sentence_says(ex, text, number, measure):
    assert stat_of(ex, text, number)["measure"] == measure


def test_a_participle_without_an_object_stays_in_the_whole(ex):
    # "crimes reported to police": "reported" describes the crimes, it is no main verb
    text = "In all, 40 out of 300 crimes reported to police were solved."
    assert stat_of(ex, text, "300")["measure"] == "crimes reported to police"


@pytest.mark.parametrize("text, number, surface", [
    ("Around 29 per cent, or nearly three in 10, missed out.", "three", "nearly three in 10"),
    ("Three in 10, or 30%, failed the test.", "Three", "Three in 10"),
    ("Two out of 10, they said, were late.", "Two", "Two out of 10"),
])
def test_a_ratio_with_a_comma_after_its_base(ex, text, number, surface):
    s = next(s for s in ex.extract(text)["statistics"] if number in s["span"]["text"])
    assert (s["kind"], s["span"]["text"]) == ("ratio", surface)


def test_a_base_with_a_thousands_comma_is_no_ratio(ex):
    s = ex.extract("One in 10,000 people is affected.")["statistics"][0]
    assert s["kind"] == "rate" and s["per"] == 10000


@pytest.mark.parametrize("text, absent", [
    ("Pupils were offered a place at one of their top three choices.", "three"),
    ("Kent is one of the top 10 areas for tourism.", "10"),
])
def test_one_of_the_top_n_is_no_statistic(ex, text, absent):
    assert all(absent not in s["span"]["text"] for s in ex.extract(text)["statistics"])


def test_the_top_n_that_did_something_is_still_counted(ex):
    assert any(s["span"]["text"] == "10" for s in ex.extract("The top 10 councils paid out £2m.")["statistics"])
