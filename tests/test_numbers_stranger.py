"""Numbers found wrong by a newcomer's run on new pages: phrasal verbs before a number ("made up 18,462")
are no change; a service number named as such ("Ambulance 999 response times", "101 for non-emergencies")
is no statistic; a change noun with a forecast copula ("the drop in attendance is expected to be 6%") and a
share after a change sized in words ("rose by a minute and a half, more than 40 per cent") take its way. My
own sentences, with near-misses."""
import pytest


def stats(ex, text):
    return {s["span"]["text"]: (s["kind"], s["direction"]) for s in ex.extract(text)["statistics"]}


@pytest.mark.parametrize("text,span,kind", [
    ("Robberies made up 18,462 of the offences.", "18,462", "count"),
    ("The hospital took up 300 beds.", "300", "count"),
    ("The council set up 12 warm hubs.", "12", "count"),
    ("The work used up 1,400 bed days.", "1,400", "count"),
])
def test_a_phrasal_verb_before_a_number_is_no_change(ex, text, span, kind):
    assert stats(ex, text).get(span, (None,))[0] == kind, stats(ex, text)


@pytest.mark.parametrize("text,span,value", [
    ("Thefts were up 300 on last year.", "up 300", ("change", "up")),
    ("Burglaries went down 12 in a year.", "went down 12", ("change", "down")),
    ("Sickness absence was brought down by 12%.", "12%", ("percentage", "down")),
])
def test_changes_with_up_and_down_stay_changes(ex, text, span, value):
    assert stats(ex, text).get(span) == value, stats(ex, text)


@pytest.mark.parametrize("text", [
    "Ambulance 999 response times have fallen below targets.",
    "Ambulances missing 999 response target",
    "Call 101 for non-emergencies or 111 for advice.",
    "The 999 service is under pressure.",
    # after a share or "the number of": the calls to the service, not a count of 999 (measure: test_measure_stranger)
    "Only 71% of 999 calls were answered within 10 seconds.",
    "There was a rise in the number of 999 calls.",
    "About a third of 111 calls were passed to a GP.",
])
def test_a_named_service_number_is_no_statistic(ex, text):
    assert not any(s["value"] in (999, 101, 111) for s in ex.extract(text)["statistics"])


@pytest.mark.parametrize("text,value", [
    ("The service handled 999 calls last week.", 999),
    ("There were 111 patients and 999 calls in all.", 999),
    ("A total of 101 services were cut.", 101),
    ("Police received 111 calls.", 111),
    ("A total of 999 calls were made.", 999),
])
def test_a_count_that_happens_to_be_a_service_number_stays(ex, text, value):
    assert any(s["value"] == value and s["kind"] == "count" for s in ex.extract(text)["statistics"])


@pytest.mark.parametrize("text,span,way", [
    ("The drop in attendance is expected to be 6%.", "6%", "down"),
    ("The rise in council tax is set to be 4.99%.", "4.99%", "up"),
    ("Waiting times rose by a minute and a half, more than 40 per cent.", "more than 40 per cent", "up"),
    ("Fares fell by about a quarter, or 24%.", "24%", "down"),
])
def test_direction_from_a_forecast_copula_or_a_change_sized_in_words(ex, text, span, way):
    assert stats(ex, text)[span][1] == way


def test_a_share_after_a_numbered_change_is_no_change(ex):
    # "more than 40 per cent of it in Leeds" is a share of the rise, not the rise again
    assert stats(ex, "Crime rose by 12, more than 40 per cent of it in Leeds.")["more than 40 per cent"][1] is None


def rates(ex, text):
    return [(s["number"]["text"], s["kind"], s["per"]) for s in ex.extract(text)["statistics"]]


@pytest.mark.parametrize("text,expected", [
    # a list of rates with one base: each figure is a rate of its own
    ("In those forces there were 129, 118 and 116 offences per 100,000 people respectively.",
     [("129", "rate", 100000), ("118", "rate", 100000), ("116", "rate", 100000)]),
    ("The rates were 12, 14 and 15 per 1,000 pupils.", [("12", "rate", 1000), ("14", "rate", 1000), ("15", "rate", 1000)]),
    # the base written first
    ("In London, for every 100,000 people, there were 169 knife offences.", [("169", "rate", 100000)]),
    # near-misses: a range and a change between two rates keep their reading
    ("The rate was between 97 and 127 per 100,000.", [("97", "rate", 100000)]),
    ("The rate rose from 97 to 127 per 100,000.", [("97", "rate", 100000), ("127", "rate", 100000)]),
    ("There were 46 offences per 100,000 people.", [("46", "rate", 100000)]),
])
def test_rates_listed_or_with_their_base_first(ex, text, expected):
    assert rates(ex, text) == expected


def test_each_rate_of_a_list_names_what_is_counted(ex):
    got = {s["number"]["text"]: s["measure"] for s in ex.extract(
        "In those forces there were 129, 118 and 116 knife offences per 100,000 people respectively.")["statistics"]}
    assert all(m.startswith("knife offences per 100,000") for m in got.values()), got


@pytest.mark.parametrize("text,span,measure_words", [
    ("House prices in Bristol are 9.1 times average earnings.", "9.1 times", {"house", "prices", "earnings"}),
    ("Homes cost eight times the median income in Oxford.", "eight times", {"homes", "median", "income"}),
])
def test_a_multiple_of_a_level_is_a_ratio_of_the_two(ex, text, span, measure_words):
    (s,) = [s for s in ex.extract(text)["statistics"] if s["span"]["text"] == span]
    assert s["kind"] == "ratio" and measure_words <= set(s["measure"].lower().split()), s["measure"]


def test_times_a_week_is_no_multiple(ex):
    assert not any(s["kind"] == "ratio" for s in ex.extract("Bins are emptied three times a week.")["statistics"])


@pytest.mark.parametrize("text,span,kind", [
    ("Figures reveal that 60.3 per cent – the national average is 60.4 – of students achieved the grades.", "60.4",
     "percentage"),
    # near-misses: a yardstick with a noun of its own, or after a figure of another kind
    ("Crime rose 4%. The national average is 1,200 offences.", "1,200", "count"),
    ("There were 300 arrests, and the national average is 45.", "45", "count"),
])
def test_a_yardstick_after_a_percentage_is_a_percentage(ex, text, span, kind):
    assert stats(ex, text)[span][0] == kind


def test_a_dash_aside_between_a_share_and_its_whole_is_skipped(ex):
    got = {s["span"]["text"]: s["measure"] for s in ex.extract(
        "Figures reveal that 60.3 per cent – the national average is 60.4 – of students achieved the grades.")["statistics"]}
    assert got["60.3 per cent"] == "students achieved the grades"
