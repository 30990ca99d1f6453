"""The day of a meeting that will hear of a figure ("On Monday (March 4) the cabinet will hear that ...
fell by [12] per cent") is not the figure's period, and "will hear that" reports a finding, not a plan;
a day named with its weekday on which the counted thing happened keeps dating it. Sentences written for
these tests."""
import pytest


def periods_of(ex, text, published="2024-03-01"):
    r = ex.extract(text, published=published)
    per = {p["id"]: p["value"] for p in r["periods"]}
    return {s["number"]["text"]: (per.get(s.get("period")), s["links"]["period"]) for s in r["statistics"]}


@pytest.mark.parametrize("text, number", [
    ("On Monday (March 4) a meeting of the county's cabinet will hear that missed bin collections fell by 12 "
     "per cent.", "12"),
    ("A report to the scrutiny committee on Thursday, March 7, shows 340 potholes were repaired.", "340"),
])
def test_the_meeting_day_does_not_date_the_figure(ex, text, number):
    value, rule = periods_of(ex, text)[number]
    assert value not in ("2024-03-04", "2024-03-07")
    assert rule != "period.none_future"


@pytest.mark.parametrize("text, number, value", [
    ("Figures for 2023 show crime fell.\n\nOn Monday (March 4) the cabinet will hear that burglaries fell by "
     "9 per cent.", "9", "2023"),
])
def test_it_takes_the_period_it_would_without_the_meeting(ex, text, number, value):
    assert periods_of(ex, text)[number][0] == value


@pytest.mark.parametrize("text, number, value, rule", [
    # a day on which the counted thing happened keeps it
    ("On Tuesday, February 27, police arrested 14 people in dawn raids.", "14", "2024-02-27", None),
    # a plan is still a plan
    ("Last year crime fell. The council will spend £2m on roads.", "2m", None, "period.none_future"),
])
def test_near_misses(ex, text, number, value, rule):
    got_value, got_rule = periods_of(ex, text)[number]
    if value is not None:
        assert got_value == value
    if rule is not None:
        assert got_rule == rule


@pytest.mark.parametrize("text, number", [
    ("A paper for a council meeting next week says the 212 families figure is a record.", "212"),
    ("Councillors at a cabinet meeting on Tuesday will be told that 40 per cent of roads need repair.", "40"),
])
def test_nor_does_the_meetings_week_or_weekday(ex, text, number):
    value, _ = periods_of(ex, text)[number]
    assert value is None or not value.startswith("2024-03")
