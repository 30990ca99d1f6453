"""Period rules of round p10 on issue 14, each measured on the pooled period gold of the earlier blind
sets: an undated story told in financial years that says "this year" has its "last year" a year
before; "the year before" a month written "up to" is the year before the twelve months it ends;
"the previous month" after a month's last day; a figure's period in a bracketed aside, and the
period of "A year earlier, in ...", is no frame to count back from; a list of consecutive months
is one span; "the latest quarter" is the newest quarter named; "A year earlier, in September 2024"
dates an undated story a year on; "the last two years" in a sentence with neither figure nor change
is a duration; a state reached "by" a date is no deadline. Phrasings are our own."""
from __future__ import annotations

import pytest

from extractor.components.periods import is_deadline
from period_finding import found, periods


def values(text: str, span: str, published: str | None = None) -> list[str | None]:
    return [v for s, v, _k in periods(text, published) if s == span]


# --- undated, financial years: "last year" beside "this year" is the year before ---------------------------
@pytest.mark.parametrize("text,last,this", [
    ("Figures for the year ending March 31, 2019 show crews attended 410 fires this year, compared with 466 "
     "last year.", "2017-04-01/2018-03-31", "2018-04-01/2019-03-31"),
    ("The ambulance trust's 2020/21 report says it took 9,800 calls this year, up from 9,100 last year.",
     "2019-04-01/2020-03-31", "2020-04-01/2021-03-31"),
    ("In the year to March 2016 the service was called out 700 times. Hoax calls fell from 80 last year to 61 "
     "this year.", "2014-04-01/2015-03-31", "2015-04-01/2016-03-31"),
])
def test_undated_last_year_is_the_year_before_this_year(text, last, this):
    assert values(text, "last year") == [last]
    assert values(text, "this year") == [this]


@pytest.mark.parametrize("text,span,value", [
    # no "this year": "last year" is the year the text names (FORMAT.md: "figures for 2018-19 ... last year")
    ("Figures for 2018-19 show 320 arrests. Arrests rose 4% last year.", "last year", "2018-04-01/2019-03-31"),
    # "the past year" is the story's own twelve months, not the year before "this year"
    ("In the year ending March 2019 crews attended 410 fires this year and cut false alarms by 3% in the past year.",
     "the past year", "2018-04-01/2019-03-31"),
])
def test_last_year_near_misses(text, span, value):
    assert found(text, span)[0] == value


def test_published_last_year_is_unchanged():
    text = "Crews attended 410 fires in 2021-22 this year, compared with 466 last year."
    assert found(text, "last year", "2022-11-10")[0] == "2021-04-01/2022-03-31"


# --- "the year before" a month written "up to" -------------------------------------------------------------
@pytest.mark.parametrize("text,value", [
    ("Home Office statistics covering 2019/20, running up to March 2020, showed 250 deaths, up from 231 the year "
     "before.", "2018-04-01/2019-03-31"),
    ("The force logged 51,300 offences in the figures up to March 2018, an 8% rise on the previous year.",
     "2016-04-01/2017-03-31"),
    ("Rail operators counted 41 million trips in the figures up to June 2019, 2% more than the year before.",
     "2017-07-01/2018-06-30"),
])
def test_year_before_a_month_written_up_to(text, value):
    assert values(text, "the year before" if "year before" in text else "the previous year") == [value]


@pytest.mark.parametrize("text,value", [
    # a snapshot's day, not the end of a span: the same day a year before (FORMAT.md stocks)
    ("At the end of March 2021, 1,200 offenders were being managed, up from 1,150 the previous year.", "2020-03-31"),
    ("In March 2019 there were 82 fires, compared with 90 the year before.", "2018-03"),
    # a day written "up to" may be a snapshot's ("were being managed up to March 31")
    ("Some 3,600 offenders were being managed up to March 31 2021, a rate of 144, higher than 141 the year before.",
     "2020-03-31"),
])
def test_year_before_without_up_to_is_unchanged(text, value):
    assert values(text, "the previous year" if "previous year" in text else "the year before") == [value]


# --- "the previous month" after a month's last day --------------------------------------------------------
@pytest.mark.parametrize("text,value", [
    ("Some 6.2 million people were waiting at the end of April 2023, up from 6.1 million the previous month.",
     "2023-03"),
    ("The list stood at 4,020 on 31 January 2022, against 3,990 the previous month.", "2021-12"),
    ("There were 70 vacancies in August 2020, up from 64 the previous month.", "2020-07"),
])
def test_previous_month_after_a_month_end(text, value):
    assert values(text, "the previous month") == [value]


def test_previous_month_after_a_mid_month_day_is_unresolved():
    text = "On 14 May 2022 there were 88 beds free, down from 95 the previous month."
    assert values(text, "the previous month") == [None]


# --- a figure's period in a bracketed aside is no frame ------------------------------------------------------
@pytest.mark.parametrize("text,value", [
    ("Receipts reached 9,400 in Q3 2023. Waits remain above pre-pandemic levels (160 days in Q4 2019). Disposals "
     "also fell on the previous quarter.", "2023-04-01/2023-06-30"),
    ("Admissions rose to 1,210 in Q2 2021. The wait is still long (£3.2m spent in Q1 2017). Discharges fell on "
     "the previous quarter.", "2021-01-01/2021-03-31"),
])
def test_bracketed_figure_period_is_no_frame(text, value):
    assert values(text, "the previous quarter") == [value]


def test_bracket_that_does_not_open_on_a_figure_still_frames():
    text = ("Receipts reached 9,400 in Q3 2023. Waits remain long (in Q4 2019 they were 160 days). Disposals also "
            "fell on the previous quarter.")
    assert values(text, "the previous quarter") == ["2019-07-01/2019-09-30"]


# --- a list of consecutive months is one span ----------------------------------------------------------------
@pytest.mark.parametrize("text,span,value", [
    ("Some 45% of the county's £2.1bn tourism income in 2019 came in July, August and September.",
     "July, August and September", "2019-07-01/2019-09-30"),
    ("Crime rose in January, February and March 2011 compared to the previous year.",
     "January, February and March 2011", "2011-01-01/2011-03-31"),
    ("Footfall in October, November, December and January 2016 was 4% higher.",
     "October, November, December and January 2016", "2015-10-01/2016-01-31"),
])
def test_consecutive_months_listed_are_one_span(text, span, value):
    assert found(text, span) == (value, "range")


@pytest.mark.parametrize("text,span", [
    ("Flooding hit the town in March, June and December 2020.", "March, June and December 2020"),
    ("Sales peaked in May, June and August 2018.", "May, June and August 2018"),
])
def test_months_out_of_order_are_not_one_span(text, span):
    assert all(s != span for s, _v, _k in periods(text))


def test_consecutive_months_previous_year_counts_back_from_the_span():
    text = "Burglaries rose in April, May and June 2015 compared to the previous year."
    assert values(text, "the previous year") == ["2014-04-01/2014-06-30"]


# --- "the latest quarter" is the newest quarter named ------------------------------------------------------
def test_latest_quarter_is_the_newest_quarter_named():
    text = ("The regulator's figures for Q3 (October – December 2023) show 417 million journeys, up on the 348 "
            "million made between October and December 2022. It said 1,600 million were made in the year to 31 "
            "December 2023, up on the 1,300 million made between 1 January 2022 and 31 December 2022. Passengers "
            "travelled 15 billion kilometres in the latest quarter.")
    assert values(text, "the latest quarter") == ["2023-10-01/2023-12-31"]


def test_latest_year_without_a_year_named_falls_back():
    text = "In the year to June 2021 there were 400 crashes. In the latest year, 30 were fatal."
    assert values(text, "the latest year") == ["2020-07-01/2021-06-30"]


# --- "A year earlier, in <month year>" dates an undated story a year on -----------------------------------
@pytest.mark.parametrize("text,span,value", [
    ("Some 1,500 patients had waited 18 months at the end of September. A year earlier, in September 2024, the "
     "number stood at 2,700.", "the end of September", "2025-09-30"),
    ("The county recorded 61 vacancies in June. A year earlier, in June 2019, there were 40.", "June", "2020-06"),
])
def test_a_year_earlier_in_dates_the_story_a_year_on(text, span, value):
    assert values(text, span)[0] == value


def test_without_a_year_earlier_the_month_named_dates_the_story():
    text = "Some 1,500 patients had waited 18 months at the end of September. In September 2024 the number was 2,700."
    assert values(text, "the end of September")[0] == "2024-09-30"


def test_the_year_earlier_apposition_is_no_frame_for_the_previous_month():
    text = ("Some 1,500 patients had waited 18 months at the end of September. A year earlier, in September 2024, the "
            "number stood at 2,700. There were 12,800 waiting more than 65 weeks, up from 12,700 the previous month.")
    assert values(text, "the previous month") == ["2025-08"]


# --- "the last two years" with neither figure nor change is a duration -----------------------------------
@pytest.mark.parametrize("text", [
    "Over the last two years we have started using roadside testing kits more and more.",
    "Our officers have worked closely with schools over the last three years.",
    "I have seen a real shift in attitudes in the last 10 years.",
])
def test_bare_stretch_is_not_a_period(text):
    assert not any("last" in s for s, _v, _k in periods(text))


@pytest.mark.parametrize("text,span", [
    ("Burglaries have fallen by 200 over the last two years.", "the last two years"),
    ("Thefts in the town have halved over the last five years.", "the last five years"),
    ("The number of fostering households rose over the last three years.", "the last three years"),
    ("Claims were paid over the last 24 months.", "the last 24 months"),  # no speaker: an event's period
    ("We have answered 4,000 calls over the last two years.", "the last two years"),
])
def test_stretch_with_a_figure_or_change_is_a_period(text, span):
    assert any(s == span for s, _v, _k in periods(text))


# --- a state reached "by" a date is no deadline ---------------------------------------------------------
@pytest.mark.parametrize("text,span,deadline", [
    ("The number of children in care had risen to 442 by the end of December.", "the end of December", False),
    ("The trust was meeting the four-hour target by the end of June, its report said.", "the end of June", False),
    ("The council aims to cut the waiting list by March 2025.", "March 2025", True),
    ("The new depot will be finished by the end of June.", "the end of June", True),
    ("Schools were told to submit plans by September.", "September", True),
    ("Only 60% were treated in time, against a target of 78% by March 2025.", "March 2025", True),
    ("Patients were being seen within a target of four hours by March 2024.", "March 2024", True),
])
def test_state_reached_by_a_date_is_no_deadline(text, span, deadline):
    start = text.index(span)
    assert is_deadline(text, start, start + len(span)) is deadline
