"""Measures that carry over to news the rules were not written on: a figure that names no thing
("this number", "the figure standing at", "the 95% target", "fell below the 10,000 mark") takes
the thing it points back to; a list or an elided clause takes the measure of its head; a change
says what changed, with its baseline; a generic noun after a change is the thing that changed;
money saved, a cost set after a count, and an average beside a share."""
import pytest


from record_finding import check as _check
from record_finding import measures as _measures


def measures(ex, text):
    """{number as written: measure} (this file names figures by their number, not their span)."""
    return _measures(ex, text, by="number")


def check(ex, text, number, measure):
    _check(ex, text, number, measure, by="number")


def has_words(ex, text, number, *words):
    got = measures(ex, text)
    m = (got.get(number) or "").lower()
    assert all(w in m for w in words), got


# 2. A deictic figure takes the thing stated before it.
@pytest.mark.parametrize("text,number,words", [
    ("In 2020 the number of pupils in Year 7 in Hull stood at 2,910. Two years later, this number increased to 3,120.",
     "3,120", ("pupils",)),
    ("Some 402 rough sleepers were counted in Brent in the spring. By the autumn the figure stood at 455.",
     "455", ("rough sleepers",)),
    ("Families on the waiting list in Exeter rose to 1,930 in May, with the total standing at 2,004 by June.",
     "2,004", ("families",)),
    # a noun before "figure" finds its fuller antecedent
    ("Around 230 children were in foster care in Bury last year. Councillors described the 240 children figure as worrying.",
     "240", ("children", "foster care")),
])
def test_a_deictic_figure_takes_its_antecedent(ex, text, number, words):
    has_words(ex, text, number, *words)


# A role word ("target", "mark", "goal") is no measure: the thing it is set for, or what crossed it.
@pytest.mark.parametrize("text,number,measure", [
    ("The queue of planning appeals has dropped below the 500 mark.", "500", "queue of planning appeals (mark)"),
    ("The list of patients waiting for surgery fell under the 8,000 barrier in March.", "8,000",
     "list of patients waiting for surgery (barrier)"),
    ("Last year 61% of calls were answered within a minute. The 90% target was last met in 2019.", "90",
     "calls answered within a minute (target)"),
])
def test_role_words_name_what_they_are_set_for(ex, text, number, measure):
    check(ex, text, number, measure)


def test_a_target_of_n_things_takes_the_things_counted_before(ex):
    text = ("Some 80 families were in emergency housing in Wells in June, and the council has set a goal of 50 "
            "families by the end of the year.")
    has_words(ex, text, "50", "families", "emergency housing", "(goal)")


@pytest.mark.parametrize("text,number,measure", [
    # "passed N" without a role word may be a count of its own: left alone
    ("When the backlog passed 75,000 for the first time, judges sat at weekends.", "75,000", None),
    # a role word inside a share is the share's base, not a target for the figure before
    ("Only 12 councils hit the mark, and 45% of their target homes were built.", "45", "target homes built"),
])
def test_role_word_near_misses(ex, text, number, measure):
    got = measures(ex, text)
    assert got.get(number) != "backlog" and (measure is None or got.get(number) == measure or measure in (got.get(number) or "")), got


# 1. Lists and extremes share the measure of their head.
@pytest.mark.parametrize("text,number,words", [
    ("Since 2015 there have been about 310 admissions a year, with a high of 402 in 2019.", "402", ("admissions",)),
    ("Numbers of stray dogs fell to 77 in 2022, a record low of 77 after a peak of 140 in 2016.", "140", ("stray dogs",)),
    ("The trust must save £12m this year, of which £4m has still to be identified.", "4m", ("savings", "identified")),
])
def test_extremes_and_parts_take_the_head_measure(ex, text, number, words):
    has_words(ex, text, number, *words)


# 3. Changes: "X saw a N% rise", an elided "and by N%", a generic noun after a change.
@pytest.mark.parametrize("text,number,measure", [
    ("Shoplifting offences saw a 31 per cent rise in the year to June.", "31", "rise in shoplifting offences"),
    ("Bicycle thefts saw a 12% fall, from 840 to 739.", "840", "bicycle thefts"),
    ("Emergency admissions were up by 4% on the month before, and by 9% compared with 2019.", "9",
     "increase in emergency admissions compared with 2019"),
    ("Vehicle crime jumped by 18 per cent, with 4,102 offences recorded in the year.", "4,102", "vehicle crime recorded"),
    ("Arson in Luton rose by 22%, after 310 crimes were logged.", "310", "arson logged"),
])
def test_changes_say_what_changed(ex, text, number, measure):
    check(ex, text, number, measure)


@pytest.mark.parametrize("text,number,bad", [
    # a place or a body that "saw" a rise is not what rose
    ("Staffordshire saw a 40 per cent rise in the year to March.", "40", "rise in staffordshire"),
    ("The force saw an 8% increase in calls.", "8", "rise in force"),
])
def test_change_near_misses(ex, text, number, bad):
    got = measures(ex, text)
    assert (got.get(number) or "").lower() != bad, got


def test_baseline_after_up_on(ex):
    has_words(ex, "There were 482 thefts, 16 per cent up on the year before.", "16", "thefts", "on the year before")


def test_compared_figure_after_down_on(ex):
    text = "Councils helped 52,190 households, down 1% on 52,880 in the same quarter of 2016."
    has_words(ex, text, "52,880", "households")


# Predicates said in other ways: "had to wait", "should be seen", an aside after a place.
@pytest.mark.parametrize("text,number,measure", [
    ("Almost 40,000 patients had to wait more than 12 hours in A&E in Wales.", "40,000",
     "patients waiting more than 12 hours"),
    ("About 3,000 tenants have to leave their homes each year.", "3,000", "tenants leaving their homes each year"),
    ("At least 92% of callers should be answered within 60 seconds.", "92", "callers answered within 60 seconds"),
    ("Some 9,800 households in Wales – including 4,100 children – were in temporary accommodation in March.",
     "9,800", "households in temporary accommodation"),
])
def test_predicates_said_in_other_ways(ex, text, number, measure):
    check(ex, text, number, measure)


def test_had_to_near_miss(ex):
    # "had to be" is no action of the noun: nothing is made of it
    got = measures(ex, "Some 120 flights had to be cancelled at Luton.")
    assert "having" not in (got.get("120") or "") and "being" not in (got.get("120") or ""), got


# 5. Money: savings, a cost set after a count, "cost councils £N".
@pytest.mark.parametrize("text,number,measure", [
    ("The council plans to save £14m over the next three years.", "14m", "savings over the next three years"),
    ("Since 2012 the authority has saved £90 million, mostly from staff.", "90 million", "savings"),
    ("Savings of £6.2m have been found so far.", "6.2m", "savings"),
    ("Over 400 pupils were taken to school by taxi, costing the council £1.1m.", "1.1m", "cost of pupils taken to school by taxi"),
    ("Repairing the sea wall cost councils £3 million.", "3 million", "cost of repairing the sea wall"),
])
def test_money_saved_and_costs(ex, text, number, measure):
    check(ex, text, number, measure)


def test_money_near_miss_over_the_is_no_noun(ex):
    got = measures(ex, "Ministers will spend £2bn over the next decade.")
    assert got.get("2bn") != "over the", got


# A bare noun of events takes the kind the text named before; an average takes the share beside it.
def test_bare_events_take_the_kind_named_before(ex):
    text = ("Councils in Wales dealt with 31,400 cases of dog fouling in 2022. Cardiff recorded 4,020 cases, "
            "the most of any council.")
    has_words(ex, text, "4,020", "dog fouling")


def test_bare_events_near_miss_other_noun(ex):
    text = "Councils in Wales dealt with 31,400 cases of dog fouling in 2022. Police made 210 arrests."
    got = measures(ex, text)
    assert "fouling" not in (got.get("210") or ""), got


def test_an_average_beside_a_share(ex):
    text = "In Rutland 71.5% of pupils passed maths, above the national average of 64.9%."
    check(ex, text, "64.9", "pupils passed maths (national average)")


def test_abbreviation_with_one_capital_is_expanded():
    from extractor.measure import abbreviations
    assert abbreviations("Temporary accommodation (TA) is used by councils.") == {"TA": "Temporary accommodation"}
    assert abbreviations("The big rise (BR) came.") == {"BR": "big rise"}
    assert abbreviations("It rose (TA) sharply.") == {}
