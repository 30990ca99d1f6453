"""Period families of round p9 on issue 14: a quarter whose months are spelled out in brackets is
one period ("Q4 (October to December) 2011"); quarters named by their last month ("the March 2018
quarter"); a span of two days joined by a spaced dash; an academic year written as a year code is
kind financial_year; a month or span of months without a year takes the year its sentence (or the
one before, or a heading just above) opens with; undated, a month comes after what the figures are
compared "since"; a span of months opening a sentence ("June to August saw ..."); a byline with no
name before a dateline; a past peak or trough fixes no reference year. Phrasings are our own."""
from __future__ import annotations

import pytest

from extractor.components.periods import analyse_periods
from extractor.published import find_published
from period_finding import found, periods


# --- a quarter with its months in brackets: one period ---------------------------------------------------
@pytest.mark.parametrize("text,span,value", [
    ("Bus journeys rose 4% in Q4 (October to December) 2011 on the quarter before.",
     "Q4 (October to December) 2011", "2011-10-01/2011-12-31"),
    ("Spending in the fourth quarter (Oct-Dec) of 2015 was £3m.", "the fourth quarter (Oct-Dec) of 2015",
     "2015-10-01/2015-12-31"),
    ("The regulator's figures for Q3 (October – December 2021) show 310 million trips.",
     "Q3 (October – December 2021)", "2021-10-01/2021-12-31"),
    ("In Q4 2019/20 (January to March 2020) tenants bought 1,900 homes.", "Q4 2019/20 (January to March 2020)",
     "2020-01-01/2020-03-31"),
    ("Sales in quarter 2 (April to June) 2018 reached 40,000.", "quarter 2 (April to June) 2018",
     "2018-04-01/2018-06-30"),
])
def test_quarter_with_bracketed_months_is_one_period(text, span, value):
    assert found(text, span) == (value, "range")
    assert sum(1 for s, _v, _k in periods(text) if s in span) == 1


@pytest.mark.parametrize("text", [
    "Sales in Q2 (April to June) fell by 3%.",                # no year written: not this rule
    "The Q2 figure (April to June 2018 to March 2019) was 4.",  # not a quarter's months
    "Revenue (April to June 2020) rose 6%.",                  # brackets without a quarter
])
def test_bracketed_months_need_a_quarter_and_a_year(text):
    assert not any(s.startswith(("Q", "quarter", "Revenue")) and "(" in s for s, _v, _k in periods(text))


# --- a quarter named by its last month -----------------------------------------------------------------
@pytest.mark.parametrize("text,span,value", [
    ("Some 41,200 homes were started in the June 2016 quarter.", "the June 2016 quarter", "2016-04-01/2016-06-30"),
    ("Completions hit a low in the September quarter of 2010, figures show.", "the September quarter of 2010",
     "2010-07-01/2010-09-30"),
    ("Starts are 12% below their December quarter 2007 level.", "December quarter 2007", "2007-10-01/2007-12-31"),
    ("Lettings rose compared with the March 2021 quarter, up 5%.", "the March 2021 quarter", "2021-01-01/2021-03-31"),
])
def test_quarter_named_by_its_last_month(text, span, value):
    assert found(text, span) == (value, "range")


@pytest.mark.parametrize("text,span,kind", [
    ("In March 2016 a quarter of pupils were absent.", "March 2016", "month"),     # "a quarter of": a share
    ("Some 300 homes were built in April 2019, a quarter more.", "April 2019", "month"),  # not a quarter-ending month
])
def test_month_quarter_near_misses(text, span, kind):
    assert found(text, span)[1] == kind


# --- two days joined by a spaced dash: one range ---------------------------------------------------------
@pytest.mark.parametrize("text,span,value", [
    ("The figures cover 3 March 2019 - 30 March 2019 across the network.", "3 March 2019 - 30 March 2019",
     "2019-03-03/2019-03-30"),
    ("Period 4: 1 July – 28 July 2018, when 91% of trains ran on time.", "1 July – 28 July 2018",
     "2018-07-01/2018-07-28"),
])
def test_two_days_with_a_dash_are_one_range(text, span, value):
    assert found(text, span) == (value, "range")


def test_a_date_before_a_dash_and_other_words_is_still_a_date():
    assert found("Published 4 May 2021 - 3 min read", "4 May 2021") == ("2021-05-04", "date")


# --- academic years written as codes: kind financial_year ----------------------------------------------
@pytest.mark.parametrize("text,span,value", [
    ("There were 620 suspensions in the 2021/22 academic year.", "2021/22 academic year", "2021-09-01/2022-08-31"),
    ("Across the 2024-25 school year, 80 pupils left.", "2024-25 school year", "2024-09-01/2025-08-31"),
    ("In academic year 2019/20 results were teacher-assessed.", "academic year 2019/20", "2019-09-01/2020-08-31"),
])
def test_academic_year_codes_are_financial_year_kind(text, span, value):
    assert found(text, span) == (value, "financial_year")


def test_academic_year_written_with_to_stays_a_range():
    assert found("Pupils absent in the 2020 to 2021 school year rose.", "2020 to 2021 school year") == (
        "2020-09-01/2021-08-31", "range")


# --- a month or span of months takes the year its sentence opens with ------------------------------------
@pytest.mark.parametrize("text,published,span,value", [
    ("In 2019, most of the income came between May and August.", None, "between May and August",
     "2019-05-01/2019-08-31"),
    ("In 2018, most of the income came between May and August.", "2021-03-10", "between May and August",
     "2018-05-01/2018-08-31"),
    ("During 2017 the reservoir fell to 40% in September.", "2020-01-05", "September", "2017-09"),
    ("In 2016, 30 ferries sailed. Only 4% of the trips were between January and March.", None,
     "between January and March", "2016-01-01/2016-03-31"),
    ("In 2016, 30 ferries sailed. In 2019, 12 did. Between January and March, 4% sailed.", "2021-06-01",
     "Between January and March", "2019-01-01/2019-03-31"),
    ("Coastal visits in 2022\nJune to August saw 900,000 day trips, up 6%.", None, "June to August",
     "2022-06-01/2022-08-31"),
])
def test_undated_months_take_the_year_their_sentence_opens_with(text, published, span, value):
    assert found(text, span, published)[0] == value


@pytest.mark.parametrize("text,published,span,value", [
    # the sentence before names a year but does not open with it: the publication date's
    ("In 2016, 30 ferries sailed. Numbers fell in 2019. Between January and March, 4% sailed.", "2021-06-01",
     "Between January and March", "2021-01-01/2021-03-31"),
    # a deadline keeps its own reading
    ("In 2015, the council promised to finish the work by March.", "2016-05-01", "March", "2016-03"),
    # a year in the middle of the sentence is not what it opens with
    ("Visits were below 2019 levels between April and June.", "2022-09-01", "between April and June",
     "2022-04-01/2022-06-30"),
])
def test_sentence_year_near_misses(text, published, span, value):
    assert found(text, span, published)[0] == value


def test_span_of_months_opening_a_sentence_is_a_range():
    assert found("Footfall rose. October to December brought 300,000 shoppers.", "October to December",
                 "2024-02-01") == ("2023-10-01/2023-12-31", "range")


def test_month_named_may_opening_a_sentence_is_not_a_span():
    assert not any(" to " in s for s, _v, _k in periods("We met in May. May to the end of term is busy."))


# --- undated: months come after what the figures are compared "since" -----------------------------------
def test_undated_month_after_a_since_baseline():
    text = ("Some 6.1 million people were waiting at the end of October. That is the lowest since May 2023. "
            "The list peaked in July 2022 at 6.4 million. In September it stood at 6.2 million, and the target "
            "for October of this year was missed.")
    assert found(text, "the end of October")[0] == "2023-10-31"
    assert found(text, "September")[0] == "2023-09"
    assert found(text, "October of this year")[0] == "2023-10"


def test_since_baseline_earlier_than_the_figures_changes_nothing():
    text = "In 2021 some 400 crashes were recorded, the most since 2015. In June, 120 happened."
    assert found(text, "June")[0] == "2021-06"


def test_published_date_wins_over_since_baseline():
    text = "Waiting lists are the lowest since May 2023. At the end of October 6.1 million waited."
    assert found(text, "the end of October", "2023-03-01")[0] == "2022-10-31"


# --- a past peak or trough fixes no reference year ---------------------------------------------------------
def test_peak_and_trough_do_not_date_undated_spans():
    text = ("In the year to March, 150,000 homes were started. Starts are 20% below their June quarter 2007 "
            "peak and 90% above a trough in the June quarter of 2009.")
    assert found(text, "the year to March")[0] is None


# --- a byline without a name before the dateline ------------------------------------------------------------
@pytest.mark.parametrize("text,date", [
    ("Tourism figures\n\nby | Mar 3, 2021 | News\n\nVisitors fell.", "2021-03-03"),
    ("Headline\n\nby Sam Jones | 14 May 2019\n\nStory", "2019-05-14"),
])
def test_empty_byline_dateline(text, date):
    assert find_published(text)[0] == date


def test_word_ending_in_by_is_not_a_byline():
    assert find_published("Headline\nStandby | 3 March 2021 | x\nStory")[0] is None


# --- a school term with its academic year code before it: one period ----------------------------------------
@pytest.mark.parametrize("text,span,expected", [
    # (round 6, p11: an autumn term of a written year runs 1 September to 31 December, whichever side its
    # code is written; a spring term's dates are each school's own)
    ("Absence was 6.9% in the 2021/22 autumn term, up from 6.1%.", "the 2021/22 autumn term",
     ("2021-09-01/2021-12-31", "range")),
    ("Suspensions in the 2024-25 spring term reached 3,100.", "the 2024-25 spring term", (None, "relative")),
])
def test_term_with_code_before_it_is_one_period(text, span, expected):
    assert found(text, span) == expected
    assert sum(1 for s, _v, _k in periods(text) if s in span) == 1


def test_term_without_figure_or_code_is_no_period():
    assert periods("Pupils return in the summer term after the break.") == []


# --- a day and its month are never a blank line apart ---------------------------------------------------------
def test_day_and_month_across_a_blank_line_are_not_a_date():
    assert not any("\n" in s for s, _v, _k in periods("Release 04/12\n\nFebruary Housing Update from the council"))


def test_day_and_month_across_one_line_break_still_a_date():
    assert found("Figures for 30\nJune 2021 show a rise.", "30\nJune 2021") == ("2021-06-30", "date")


@pytest.mark.parametrize("text,span", [
    ("Figures for 30\u00a0June 2021 show a rise.", "30\u00a0June 2021"),        # a no-break space
    ("Figures for June\u00a030, 2021 show a rise.", "June\u00a030, 2021"),
    ("Figures for 30\r\nJune 2021 show a rise.", "30\r\nJune 2021"),          # a Windows line break
])
def test_day_and_month_across_any_white_space_but_a_blank_line(text, span):
    assert found(text, span) == ("2021-06-30", "date")


@pytest.mark.parametrize("blank", [" ", "\u00a0", "\t"])
def test_a_long_run_of_blanks_after_a_month_or_day_is_read_whole(blank):
    # (the gap between a day and its month is possessive: a run of blanks from a PDF or HTML page is
    # not split every way between its two halves; the document reads without a regex timeout)
    text = "Figures for January" + blank * 30_000 + "were 12 in Kent on 3" + blank * 30_000 + "March 2020."
    got, _ref = analyse_periods(text, None, [])
    assert [text[p.start:p.end] for p in got][:1] == ["January"]


def test_day_and_month_across_a_windows_blank_line_are_not_a_date():
    assert not any("\n" in s for s, _v, _k in periods("Release 04/12\r\n\r\nFebruary Housing Update from the council"))



@pytest.mark.parametrize("text", ["Apr 22 - Mar 23 total", "The show ran Mar 22 - Apr 23 inclusive."])
def test_month_headings_with_a_dash_are_not_two_days(text):
    got, _ref = analyse_periods(text, None, [])
    assert not any(p.rule == "range.dates_dash" for p in got)
