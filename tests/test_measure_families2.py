"""Measure families for figures on new text (made-up sentences): a verb of state said of a short noun
("families live in hostels" → families living in hostels), a bare change noun as subject ("the
decline was 1.6%") taking the story's changed thing, money passives ("£2m was spent on X"), a
named rate ("a pass rate of 67%"), a share of a group named first ("Of the pupils tested, 40%
were ...") and "X, which rose by 5%"."""
import pytest


def measure_of(ex, text, number):
    return next(s["measure"] for s in ex.extract(text)["statistics"] if s["number"]["text"] == number)


@pytest.mark.parametrize("text, number, measure", [
    ("Records show 2,310 families in Dunmore live in emergency hostels.", "2,310", "families living in emergency hostels"),
    ("Last winter 88 people slept rough in the town centre.", "88", "people sleeping rough in the town centre"),
    ("Some 415 children lived in bed and breakfast rooms last year.", "415", "children living in bed and breakfast rooms"),
    ("Only 73 tenants stayed in the scheme beyond a year.", "73", "tenants staying in the scheme beyond a year"),
])
def test_state_verb_after_a_short_noun(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    # a verb that is no state keeps its own form
    ("Some 415 children visited the museum.", "415", "children visited the museum"),
    ("About 60 residents complained about the noise.", "60", "residents complained about the noise"),
])
def test_state_verb_near_misses(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    ("Tram use in Wessex fell by 4% last year. The overall decline in Northby was a much lower 1.2%.",
     "1.2", "fall in tram use"),
    ("Cycle journeys rose by 9% last year. In the east, the increase was just 2%.", "2", "increase in cycle journeys"),
    ("Ferry use dropped 3% in 2022 and ferry use dropped 2% in 2023. Ticket prices rose 8%. The level of decline in Eastby was 5%.",
     "5", "fall in ferry use"),
])
def test_bare_change_noun_takes_the_story_thing(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    ("Officials said £3.4m was spent on agency nurses.", "3.4m", "spent on agency nurses"),
    ("A further sum of £610,000 has been invested in new play areas.", "610,000", "invested in play areas"),
])
def test_money_passive(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    ("The college reported a pass rate of 67% this summer.", "67", "pass rate"),
    ("Northby has an unemployment rate of 5.2 per cent.", "5.2", "unemployment rate"),
    ("Hotels saw an average occupancy rate of 81% in August.", "81", "occupancy rate"),
])
def test_named_rate_of(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


@pytest.mark.parametrize("text, number", [
    ("Schools kept the same rate of 8% as last year.", "8"),
])
def test_named_rate_near_misses(ex, text, number):
    assert measure_of(ex, text, number) != "same rate"


@pytest.mark.parametrize("text, number, measure", [
    ("Of all the pupils tested in May, 40% were below the expected standard.", "40",
     "pupils tested in May below the expected standard"),
    ("Of the claims received, 22% were rejected by the insurer.", "22", "claims received rejected by the insurer"),
    ('The chief said: "Of the drivers stopped, 12% were over the limit."', "12", "drivers stopped over the limit"),
])
def test_share_of_a_group_named_first(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    ("Fares rose faster than the Consumer Prices Index, which rose by 2.1%.", "2.1", "increase in Consumer Prices Index"),
    ("Business rates, which went up by 6.7%, are due in April.", "6.7", "increase in business rates"),
    ("Water bills, which fell by 3%, remain high.", "3", "fall in water bills"),
])
def test_noun_which_changed(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


def test_rise_in_which_keeps_its_thing(ex):
    text = "It was driven by a rise in car thefts, which soared 15% to 4,000 offences."
    assert measure_of(ex, text, "15") == "increase in car thefts"


def test_bare_change_noun_with_nothing_before(ex):
    # nothing changed before: no thing to borrow
    m = measure_of(ex, "The overall decline was 7% according to officials.", "7")
    assert not (m or "").startswith(("fall in", "increase in"))


def test_noun_which_changed_near_miss(ex):
    # a clause with its own verb before ", which" is no noun phrase
    m = measure_of(ex, "The category that includes modern slavery, which rose by 1,385 offences, grew.", "1,385")
    assert "includes" not in m and "that" not in m.split()


@pytest.mark.parametrize("text, number, measure", [
    ("Wardens said 31 out of the 480 vans checked failed the emissions test and two drivers fled.", "31",
     "vans checked failed the emissions test"),
    ("Wardens said 31 out of the 480 vans checked failed the emissions test and two drivers fled.", "480", "vans checked"),
    ("Inspectors found 9 out of 212 kitchens inspected failed the hygiene test.", "9", "kitchens inspected failed the hygiene test"),
    ("Inspectors found 9 out of 212 kitchens inspected failed the hygiene test.", "212", "kitchens inspected"),
])
def test_part_out_of_a_whole(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    ("The number of people cautioned during the summer festival has risen by 14%.", "14",
     "increase in the number of people cautioned"),
    ("The number of pupils excluded since the pandemic and the lockdowns has fallen by 6%.", "6",
     "fall in the number of pupils excluded"),
])
def test_number_of_then_a_time_clause(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure
