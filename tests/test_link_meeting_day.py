"""The day or week of a meeting that will hear of a figure, or that a report or paper is for ("A report to
the scrutiny committee on Thursday, March 7, shows [340] potholes were repaired"), is not the figure's
period nor the story's: the figure takes the period it would have without it. A meeting that heard of a
day's events, a past week, or a meeting held on the day something was counted keeps that day. Sentences
written for these tests."""
import pytest

STORY = "Figures for 2023 show road repairs rose.\n\n"


def periods_of(ex, text, published="2024-03-01"):
    r = ex.extract(text, published=published)
    per = {p["id"]: p["value"] for p in r["periods"]}
    return {s["number"]["text"]: per.get(s.get("period")) for s in r["statistics"]}


@pytest.mark.parametrize("text, number", [
    (STORY + "A report to the scrutiny committee on Thursday, March 7, shows 340 potholes were repaired.", "340"),
    (STORY + "A paper for a council meeting next week says 212 families are in temporary homes.", "212"),
    (STORY + "Papers for the cabinet meeting on Tuesday show 45 bridges need work.", "45"),
])
def test_the_meetings_time_gives_way_to_the_storys_period(ex, text, number):
    assert periods_of(ex, text)[number] == "2023"


@pytest.mark.parametrize("text, number, value", [
    # a day on which the counted thing happened keeps it, whoever heard of it and when
    ("On Tuesday, February 27, police arrested 14 people in dawn raids.", "14", "2024-02-27"),
    ("The police and crime panel heard that on Saturday, February 24, officers made 14 arrests.", "14", "2024-02-24"),
    ("The cabinet member for community safety said that on Saturday, February 24, officers made 14 arrests.",
     "14", "2024-02-24"),
    ("At a meeting of residents on Monday, February 26, 120 people signed a petition.", "120", "2024-02-26"),
    ("A meeting of the county council heard that last week 230 pupils were sent home because of the heat.",
     "230", "2024-02-19/2024-02-25"),
])
def test_a_day_on_which_the_counted_thing_happened_keeps_it(ex, text, number, value):
    assert periods_of(ex, text)[number] == value


def test_a_plan_reported_to_a_meeting_is_still_a_plan(ex):
    r = ex.extract("Crime fell in 2023. The panel will hear that 50 new officers are to be recruited.",
                   published="2024-03-01")
    s = next(s for s in r["statistics"] if s["number"]["text"] == "50")
    assert s["period"] is None and s["links"]["period"] == "period.none_future"
