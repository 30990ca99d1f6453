"""A sentence that steps a figure forward through its periods ("In May 2021 ... was 840, and in May
2022 was 760") sets the story's period at the series' newest step, not its first: the earlier
steps are what the story compares with. Undated figures elsewhere in the story take the newest.
Stories written for these tests."""
import pytest


def periods_of(ex, text, published=None):
    r = ex.extract(text, published=published)
    per = {p["id"]: p["value"] for p in r["periods"]}
    return {s["number"]["text"]: per.get(s.get("period")) for s in r["statistics"]}


@pytest.mark.parametrize("text, number, value", [
    # months, dates and financial years, stepping forward in one sentence
    ("The backlog at the county court has dropped below 3,000 cases. In May 2021 the backlog stood at 3,640, "
     "and in May 2022 it was 2,910, a fall of 20 per cent.", "3,000", "2022-05"),
    ("Bin collections missed have fallen under 400 a week. On 1 March 2022 there were 610 missed, "
     "and on 1 March 2023 there were 380.", "400", "2023-03-01"),
    ("The charity helped more than 900 families. It supported 512 families in 2020-21 and 618 in 2021-22, "
     "its report says.", "900", "2021-04-01/2022-03-31"),
    ("Arrests for drug driving have topped 600. In 2021 there were 455 arrests and in 2022 there were 612.",
     "600", "2022"),
    # a later undated figure of the story takes the newest step too
    ("In April 2019 the trust had 1,204 vacancies and in April 2020 it had 1,015.\n\n"
     "Only 14 posts were filled by agency staff.", "14", "2020-04"),
])
def test_an_undated_figure_takes_the_newest_step_of_a_series(ex, text, number, value):
    assert periods_of(ex, text, "2023-06-01")[number] == value


@pytest.mark.parametrize("text, number, value", [
    # each stepped figure keeps its own period
    ("In May 2021 the backlog stood at 3,640, and in May 2022 it was 2,910.", "3,640", "2021-05"),
    ("In May 2021 the backlog stood at 3,640, and in May 2022 it was 2,910.", "2,910", "2022-05"),
    # near misses: a series written newest first already opens with the story's period
    ("Fewer than 3,000 cases wait. In May 2022 the backlog was 2,910, against 3,640 in May 2021.",
     "3,000", "2022-05"),
    ("Arrests have topped 600. In 2022 there were 612 arrests, up from 455 in 2021.", "600", "2022"),
    # periods of different kinds are no series: the first still frames the story
    ("Fewer than 3,000 cases wait. In May 2022 the backlog was 2,910, and in 2023-24 it is forecast at 2,500.",
     "3,000", "2022-05"),
])
def test_own_periods_and_near_misses(ex, text, number, value):
    assert periods_of(ex, text, "2023-06-01")[number] == value


@pytest.mark.parametrize("text, number, value", [
    # the story's first dated sentence, then one taking its figure on to a later period
    ("There were 640 call-outs for the mountain rescue team during 2019/20.\n\nThe figure jumped to 812 in "
     "2020/21, its annual report says.\n\nVolunteers gave 9,400 hours of their time.", "9,400", "2020-04-01/2021-03-31"),
    ("Some 1,200 pupils were home educated in the county in 2019. That number climbed to 1,650 in 2021.\n\n"
     "Only 30 families were visited by officers.", "30", "2021"),
])
def test_a_figure_taken_on_to_a_later_period_sets_the_story_period(ex, text, number, value):
    assert periods_of(ex, text)[number] == value


@pytest.mark.parametrize("text, number, value", [
    # near misses: the next sentence does not take the figure on; or goes back in time
    ("There were 640 call-outs for the rescue team during 2019/20.\n\nSeparately, 812 walkers were helped "
     "in 2020/21.\n\nVolunteers gave 9,400 hours of their time.", "9,400", "2019-04-01/2020-03-31"),
    ("Some 1,650 pupils were home educated in the county in 2021. The figure was 1,200 in 2019.\n\n"
     "Only 30 families were visited by officers.", "30", "2021"),
])
def test_no_step_on_keeps_the_first_period(ex, text, number, value):
    assert periods_of(ex, text)[number] == value


@pytest.mark.parametrize("text, number, value", [
    # a forecast, a target or a publication is no step of a series (found by a second read of the change)
    ("There were 455 arrests in 2022, and the force expects 700 in 2024.\n\nOnly 14 were women.", "14", "2022"),
    ("The council recorded 455 fly-tipping incidents in 2022, and aims to cut that to 300 in 2025.\n\n"
     "Some 80 fines were issued.", "80", "2022"),
    ("The survey, carried out in 2019 and published in 2021, found 62 per cent of tenants were satisfied.\n\n"
     "Some 400 tenants took part.", "400", "2019"),
    ("Figures for 2021, published in 2023, show 455 people were arrested.\n\nOnly 14 were women.", "14", "2021"),
    # the next sentence must take the figure on, in the past, to a period after a figure of its own
    ("There were 2,520 referrals to the service in 2019. That number is forecast to reach 4,000 in 2026.\n\n"
     "Only 140 were from GPs.", "140", "2019"),
    ("The council received 455 complaints about potholes in 2019. It went on to spend £2m on repairs in 2021.\n\n"
     "Only 60 complaints were upheld.", "60", "2019"),
    ("There were 640 call-outs in 2019. The rate in Wales was 812 in 2021.\n\nVolunteers gave 9,400 hours.",
     "9,400", "2019"),
])
def test_what_looks_ahead_or_is_not_the_figure_is_no_step(ex, text, number, value):
    assert periods_of(ex, text, "2023-06-01")[number] == value
