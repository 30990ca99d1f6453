"""Period families of the second round on issue 14: academic-year stories, spans of days written
with a comma or "through to", Christmas with its year, seasons, the school year, back-references
("at the time", "since then", "the previous 12 months"), undated stories anchored only on a year
that dates a figure, and more dateline prefixes. Phrasings are our own."""
from __future__ import annotations

import pytest

from period_finding import periods
from extractor.published import find_published


def value_of(text: str, span: str, published: str | None = None) -> str | None:
    for got, value, _kind in periods(text, published):
        if got == span:
            return value
    raise AssertionError(f"{span!r} not found in {periods(text, published)}")


# --- academic-year stories: bare year codes and back-references are academic years ----------------
@pytest.mark.parametrize("text,span,value", [
    ("Suspensions reached 1,240 in the 2021/22 academic year, up from 980 in 2020/21.", "2020/21",
     "2020-09-01/2021-08-31"),
    ("In the 2023-24 school year 64 pupils were excluded, a rise on the previous year (2022-23).", "the previous year",
     "2022-09-01/2023-08-31"),
    ("In the 2023-24 school year 64 pupils were excluded, a rise on the previous year (2022-23).", "2022-23",
     "2022-09-01/2023-08-31"),
    ("Absence hit 7.1% over the 2019/20 academic year; the year before it was 4.9%.", "the year before",
     "2018-09-01/2019-08-31"),
])
def test_codes_in_an_academic_story_are_academic_years(text, span, value):
    assert value_of(text, span) == value


@pytest.mark.parametrize("text,span,value", [
    # money counted just before the code: a financial year
    ("Pupil numbers rose in the 2021/22 academic year. Funding of £2.1m in 2021/22 was spent on tutors.", "2021/22",
     "2021-04-01/2022-03-31"),
    # a story that names a financial year keeps its codes as financial years
    ("Exclusions rose in the 2022/23 academic year. The trust's financial year ended with 40 posts cut, after 12 in "
     "2020/21.", "2020/21", "2020-04-01/2021-03-31"),
    # no academic year named: a code is a financial year
    ("Exclusions rose to 90 in 2021/22.", "2021/22", "2021-04-01/2022-03-31"),
])
def test_near_misses_of_academic_codes(text, span, value):
    assert value_of(text, span) == value


@pytest.mark.parametrize("text,published,span,value", [
    ("Persistent absence has fallen this academic year.", "2024-11-21", "this academic year", "2024-09-01/2025-08-31"),
    ("Persistent absence has fallen this academic year.", "2024-05-02", "this academic year", "2023-09-01/2024-08-31"),
    ("Some 41 teachers left last school year.", "2024-11-21", "last school year", "2023-09-01/2024-08-31"),
    ("Class sizes will grow in the next academic year.", "2024-02-10", "the next academic year",
     "2024-09-01/2025-08-31"),
    ("Exclusions in the current academic year stand at 12.", "2023-10-03", "the current academic year",
     "2023-09-01/2024-08-31"),
    # no publication date: nothing in the text fixes which one it is
    ("Persistent absence has fallen this academic year.", None, "this academic year", None),
])
def test_academic_years_relative_to_publication(text, published, span, value):
    assert value_of(text, span, published) == value


@pytest.mark.parametrize("text,span,value", [
    ("The 2022/23 academic year saw 400 exclusions. During the school year, 30 pupils left.", "the school year",
     "2022-09-01/2023-08-31"),
    ("There were 58 suspensions in the 2020 to 2021 school year and 12 moves over the academic year.",
     "the academic year", "2020-09-01/2021-08-31"),
])
def test_the_school_year_points_back_to_the_one_named(text, span, value):
    assert value_of(text, span) == value


@pytest.mark.parametrize("text", [
    "Pupils sat 14 exams in the school year to July.",
    "In the academic year 2022/23 there were 40 appeals.",
])
def test_near_misses_of_the_school_year(text):
    assert not any(p[0] == "the school year" or p[0] == "the academic year" for p in periods(text))


# --- two days joined by a comma, "through to" or "until" are one span --------------------------------
@pytest.mark.parametrize("text,span,value", [
    ("The crackdown ran from December 1, 2022, to January 2, 2023 across the county.",
     "December 1, 2022, to January 2, 2023", "2022-12-01/2023-01-02"),
    ("Patrols ran from 3 June 2021 through to 30 September 2021.", "3 June 2021 through to 30 September 2021",
     "2021-06-03/2021-09-30"),
    ("Checks took place 1 March 2020 until 31 May 2020.", "1 March 2020 until 31 May 2020", "2020-03-01/2020-05-31"),
])
def test_day_spans(text, span, value):
    assert value_of(text, span) == value


def test_near_miss_two_separate_days():
    got = periods("He was charged on 1 May 2020, and sentenced on 4 June 2021.")
    assert [p[1] for p in got] == ["2020-05-01", "2021-06-04"]


# --- Christmas with its year, and the span a story names around it ---------------------------------
@pytest.mark.parametrize("text,span,value", [
    ("Arrests were 40 higher than Christmas 2018.", "Christmas 2018", "2018-12"),
    ("Christmas 2021 brought 310 call-outs.", "Christmas 2021", "2021-12"),
    ("Arrests rose during the Christmas period. The operation ran from December 1, 2019 through to January 3, 2020.",
     "the Christmas period", "2019-12-01/2020-01-03"),
])
def test_christmas(text, span, value):
    assert value_of(text, span) == value


@pytest.mark.parametrize("text", [
    "The Christmas 2023 appeal raised money.",   # still a Christmas, but not a percentage or a count
    "Christmas 2019% figures",                      # a malformed figure, not a period
])
def test_christmas_year_near_misses(text):
    got = periods(text)
    assert all(v in ("2023-12",) or k != "relative" for _s, v, k in got)


# --- seasons: a period with no ISO value ------------------------------------------------------------
@pytest.mark.parametrize("text,span", [
    ("Waits grew by 12% during the winter.", "the winter"),
    ("Over the summer, 2,100 pupils changed school.", "the summer"),
    ("Some 300 homes were flooded in the autumn.", "the autumn"),
    ("Referrals fell by a third during the summer holidays.", "the summer"),
])
def test_seasons_are_periods_without_a_value(text, span):
    assert value_of(text, span) is None


@pytest.mark.parametrize("text", [
    "She applied for the winter fuel payment.",
    "Pupils return in the summer term.",
    "Pressure builds over the summer months.",
    "Some 500 drivers were caught in the summer campaign.",
])
def test_season_near_misses(text):
    assert not any(p[0].startswith("the ") for p in periods(text))


# --- back-references: "at the time", "since then", "the previous 12 months" -------------------------
@pytest.mark.parametrize("text,span,value", [
    ("In March 2020 there were 80 vacancies. There were 12 agency staff at the time.", "the time", "2020-03"),
    ("Fines totalled £4,100 in 2016-17 and the council had 3 wardens at the time.", "the time",
     "2016-04-01/2017-03-31"),
    ("In 2019 there were 40 collisions. Since then the number has doubled.", "then", "2019"),
])
def test_back_references_take_the_referents_value(text, span, value):
    assert value_of(text, span) == value


@pytest.mark.parametrize("text", [
    "We were walking home at the time and heard a bang.",
    "She was, at the time, living in Leeds under the Mental Health Act 1983.",
    "At the time of the attack, the shop was open.",
])
def test_at_the_time_near_misses(text):
    assert not any(p[0] == "the time" for p in periods(text))


def test_previous_twelve_months_with_nothing_before_it():
    text = "There were 4,500 thefts in the previous 12 months, up from 4,100 the year before."
    got = dict((s, v) for s, v, _k in periods(text, "2023-11-02"))
    assert got["the previous 12 months"] == "2022-11-02/2023-11-02"
    assert got["the year before"] == "2021-11-02/2022-11-02"  # off the span, never off its own guess
    # after a named period it is the year before that period
    assert value_of("Arrests hit 300 in the year to June 2022, against 250 in the previous 12 months.",
                    "the previous 12 months", "2023-11-02") == "2020-07-01/2021-06-30"


# --- no publication date: a year anchors relative periods only where it dates a figure -----------------
@pytest.mark.parametrize("text,span,value", [
    ("Crime rose by 5% last year, police said. In 2012, a new law was passed.", "last year", None),
    ("The council meets at the end of March this year. A ban came in during 2015.", "the end of March this year", None),
    ("He appeared in court on June 28. The inquiry dates back to 2021.", "June 28", None),
    # a year that dates a figure or a release of figures still fixes it
    ("Figures were published in 2022. Burglaries rose 4% last year.", "last year", "2021"),
    # (but a year set against "this year" is not "this year": "In 2019 there were 40 ... This year 52")
    ("In 2019 there were 40 crashes on the road. This year there have been 52.", "This year", None),
    ("Figures for 2018-19 show 300 cases. Last year there were 320.", "Last year", "2018-04-01/2019-03-31"),
])
def test_undated_relative_periods(text, span, value):
    assert value_of(text, span) == value


# --- datelines ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("line,date", [
    ("First published on Tue 13 Mar 2023 10.00 GMT", "2023-03-13"),
    ("Press release - 24 May 2024", "2024-05-24"),
    ("Publication date: 2 February 2022", "2022-02-02"),
    ("Published Date: 12 March 2023", "2023-03-12"),
    ("News release | 7 July 2021", "2021-07-07"),
])
def test_more_dateline_prefixes(line, date):
    assert find_published(f"Headline\n\n{line}\n\nStory text follows here.")[:2] == (date, "dateline")


@pytest.mark.parametrize("line", [
    "Press releases from 24 May 2024 onwards are archived",  # a sentence
    "Updated: 5 May 2021",                                    # an update is never the publication date
])
def test_dateline_prefix_near_misses(line):
    assert find_published(f"Headline\n\n{line}\n\nStory text follows here.")[0] is None
