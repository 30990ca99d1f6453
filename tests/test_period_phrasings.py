"""Period phrasings found on new UK news and official-statistics text (period helper): GOV.UK
"2022 to 2023 financial year", FY codes, month-year headings ("Mar-23"), months of a financial
year, more spellings of "the year to March 2023", the coming financial year, snapshots reached
"by" a past date, back-references that point ahead in their sentence. Made-up sentences, each
family with near-misses."""
import pytest

from extractor.components.periods import find_periods, is_comparison_base


def found(text, published=None):
    return [(text[p.start:p.end], p.kind, p.value) for p in find_periods(text, published)]


def periods(text, published=None):
    return [(text[p.start:p.end], p.value) for p in find_periods(text, published)]


FY22 = "2022-04-01/2023-03-31"


# -- GOV.UK style: "the 2022 to 2023 financial year" -------------------------------------------
@pytest.mark.parametrize("text, surface, kind, value", [
    ("Grants paid in the 2022 to 2023 financial year rose.", "2022 to 2023 financial year", "financial_year", FY22),
    ("In financial year 2022 to 2023 the trust spent £4m.", "financial year 2022 to 2023", "financial_year", FY22),
    ("Receipts for the 2023 to 2024 tax year fell.", "2023 to 2024 tax year", "financial_year",
     "2023-04-01/2024-03-31"),
    ("Pupils absent in the 2022 to 2023 academic year", "2022 to 2023 academic year", "range",
     "2022-09-01/2023-08-31"),
    ("during school year 2021 to 2022 there were", "school year 2021 to 2022", "range", "2021-09-01/2022-08-31"),
])
def test_financial_and_academic_years_written_with_to(text, surface, kind, value):
    assert found(text) == [(surface, kind, value)]


@pytest.mark.parametrize("text", [
    "Rates rose from 2019 to 2023 financial year on year.",  # not consecutive: no financial year
    "the 2022 to 2025 financial year plan",
])
def test_financial_year_with_to_needs_consecutive_years(text):
    assert all(kind != "financial_year" for _s, kind, _v in found(text))


def test_consecutive_years_with_to_in_a_financial_year_story_are_a_financial_year():
    text = "Figures for 2022/23 were published. Councils spent £4m in 2023 to 2024."
    assert found(text)[-1] == ("2023 to 2024", "financial_year", "2023-04-01/2024-03-31")
    # "between" keeps the range reading
    text = "Figures for 2022/23 were published. Councils spent £4m between 2023 and 2024."
    assert found(text)[-1] == ("between 2023 and 2024", "range", "2023-04-01/2024-03-31")


# -- FY codes -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, surface, value", [
    ("Revenue in FY2022/23 was flat.", "FY2022/23", FY22),
    ("Revenue in FY 22/23 was flat.", "FY 22/23", FY22),
    ("Revenue in FY23 was flat.", "FY23", FY22),
    ("a target for FY2025 was set", "FY2025", "2024-04-01/2025-03-31"),
    ("Revenue in FY 2021-22 was flat.", "FY 2021-22", "2021-04-01/2022-03-31"),
])
def test_financial_year_codes(text, surface, value):
    assert found(text) == [(surface, "financial_year", value)]


@pytest.mark.parametrize("text", ["Revenue in FY 22/24 was flat.", "the fy23 file", "Form FYI 23 was filed"])
def test_near_misses_of_financial_year_codes(text):
    assert all(kind != "financial_year" for _s, kind, _v in found(text))


# -- month-year headings --------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Mar-23: 412 claims", [("Mar-23", "month", "2023-03")]),
    ("Sep-22 Dec-22", [("Sep-22", "month", "2022-09"), ("Dec-22", "month", "2022-12")]),
    ("the peak in Jan '24 was", [("Jan '24", "month", "2024-01")]),
    ("Apr 22 - Mar 23 total", [("Apr 22 - Mar 23", "range", FY22)]),
    ("Apr-23 to Jun-23", [("Apr-23 to Jun-23", "range", "2023-04-01/2023-06-30")]),
])
def test_month_year_headings(text, expected):
    assert found(text, "2024-06-01") == expected


@pytest.mark.parametrize("text", [
    "The event ran Mar 22 - Apr 23 inclusive.",  # more than twelve months: two days, not a span
    "On 23 Sep the show opened.",
])
def test_near_misses_of_month_year_headings(text):
    assert all(kind not in ("month", "range") for _s, kind, _v in found(text, "2024-06-01"))


# -- months of a financial year -------------------------------------------------------------------
@pytest.mark.parametrize("text, surface, kind, value", [
    ("Totals for April-March 2022/23 show", "April-March 2022/23", "financial_year", FY22),
    ("Totals for April to June 2023-24 show", "April to June 2023-24", "range", "2023-04-01/2023-06-30"),
    ("in January-March 2022/23 there were", "January-March 2022/23", "range", "2023-01-01/2023-03-31"),
])
def test_months_of_a_financial_year(text, surface, kind, value):
    assert found(text) == [(surface, kind, value)]


def test_months_of_a_financial_year_need_one_financial_year():
    assert found("Totals for April-March 2022/25 show")[0][2] != FY22


# -- spellings of "the year to March 2023" -----------------------------------------------------
@pytest.mark.parametrize("text, surface", [
    ("Figures for the year to end of March 2023 show", "the year to end of March 2023"),
    ("In the year ending in March 2023, 5 were", "the year ending in March 2023"),
    ("For the year end March 2023 there were", "the year end March 2023"),
    ("over the 12-month period to March 2023", "the 12-month period to March 2023"),
    ("the year up until March 2023", "the year up until March 2023"),
    ("in the year to March, 2023", "the year to March, 2023"),
    ("Crime, YE March 2023, rose", "YE March 2023"),
    ("Crime, YE Mar 23, rose", "YE Mar 23"),
    ("Between 1 April 2022 and 31 March 2023 there were", "Between 1 April 2022 and 31 March 2023"),
    ("Data for 1 April 2022 to 31 March 2023 show", "1 April 2022 to 31 March 2023"),
    ("Data for 1 April to 31 March 2023 show", "1 April to 31 March 2023"),
    ("Data for April 2022 through March 2023 show", "April 2022 through March 2023"),
])
def test_spellings_of_the_year_to_march(text, surface):
    assert found(text) == [(surface, "range", FY22)]


@pytest.mark.parametrize("text, surface", [
    ("in the financial year ended on 31 March 2023", "the financial year ended on 31 March 2023"),
    ("Coverage is the financial year ending (FYE) March 2023.", "the financial year ending (FYE) March 2023"),
    ("Accounts FYE 31 March 2023 show", "FYE 31 March 2023"),
    ("Journeys made in FYE March 2023 rose", "FYE March 2023"),
])
def test_a_financial_year_named_by_its_end(text, surface):
    assert found(text) == [(surface, "financial_year", FY22)]


def test_a_year_to_march_that_is_not_called_financial_stays_a_range():
    assert found("in the year ending March 2023 and YE March 2023") == [
        ("the year ending March 2023", "range", FY22), ("YE March 2023", "range", FY22)]


@pytest.mark.parametrize("text, surface, value", [
    ("in the 12 months up to December last year", "the 12 months up to December last year",
     "2023-01-01/2023-12-31"),
    ("in the year up until March", "the year up until March", "2023-04-01/2024-03-31"),
])
def test_the_year_to_a_month_of_a_relative_year(text, surface, value):
    assert periods(text, "2024-06-01") == [(surface, value)]


def test_the_end_of_a_month_in_a_year_is_still_a_day():
    assert found("at the end of March 2023 there were") == [("the end of March 2023", "date", "2023-03-31")]


# -- relative phrasings ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, published, surface, value", [
    ("Bills rise by 3.4 per cent in the coming financial year.", "2024-02-20", "the coming financial year",
     "2024-04-01/2025-03-31"),
    ("the budget for the upcoming financial year", "2024-06-01", "the upcoming financial year",
     "2025-04-01/2026-03-31"),
    ("Figures published yesterday show", "2024-04-26", "yesterday", "2024-04-25"),
    ("Figures released this morning show", "2024-04-26", "this morning", "2024-04-26"),
    ("in the final three months of last year", "2024-04-26", "the final three months of last year",
     "2023-10-01/2023-12-31"),
    ("in the first four months of 2021", None, "the first four months of 2021", "2021-01-01/2021-04-30"),
    ("as of March 31 this year", "2025-06-26", "March 31 this year", "2025-03-31"),
    ("since the end of 2019", None, "the end of 2019", "2019-12-31"),
])
def test_relative_phrasings(text, published, surface, value):
    assert periods(text, published) == [(surface, value)]


@pytest.mark.parametrize("text, last, value", [
    ("The rate was 7.8% in March 2024, having been 6% twelve months earlier.", "twelve months earlier", "2023-03"),
    ("In 2022-23 the trust saw 81 patients. A month previously it was 68.", "A month previously", None),
    ("Suspensions in the 2022/23 academic year rose from the previous academic year.",
     "the previous academic year", "2021-09-01/2022-08-31"),
    ("In the first six months of 2022-23 spending was higher than the same period in 2021-22.",
     "the same period in 2021-22", "2021-04-01/2021-09-30"),
])
def test_back_references(text, last, value):
    assert periods(text, "2024-06-01")[-1] == (last, value)


def test_within_this_period_is_a_duration_not_a_back_reference():
    text = "In August 2022, 59 patients were treated within this period."
    assert [s for s, _v in periods(text, "2023-10-12")] == ["August 2022"]


def test_the_period_followed_by_its_months_is_not_a_back_reference():
    text = "In the period April 2022 - March 2023 there were 5."
    assert found(text) == [("April 2022 - March 2023", "range", FY22)]


# -- a snapshot reached "by" a past date is not a deadline ------------------------------------------
def test_by_a_past_date_frames_the_back_references():
    text = ("The backlog reached 73,105 cases by the end of September. It rose 10% on the previous "
            "year and 3% on the previous quarter.")
    assert periods(text, "2024-12-12") == [
        ("the end of September", "2024-09-30"), ("the previous year", "2023-09-30"),
        ("the previous quarter", "2024-06-30")]


def test_by_a_future_date_stays_a_deadline():
    text = "The council aims to cut the backlog by the end of March 2026. It rose on the previous year."
    assert periods(text, "2024-12-12")[-1] == ("the previous year", None)  # not 2025-03-31


# -- a back-reference before anything is named points to the period named next in its sentence ---
@pytest.mark.parametrize("text, value", [
    ("Crime was up 5% on the previous year to 5,000 in 2022-23.", "2021-04-01/2022-03-31"),
    ("The caseload rose 1% on the previous quarter to 67,573 at the end of Q4 2023.",
     "2023-07-01/2023-09-30"),
    ("Sales rose 4% on the same period last year to £5m in the first quarter of 2024.",
     "2023-01-01/2023-03-31"),
])
def test_back_references_pointing_ahead(text, value):
    assert periods(text, "2024-06-01")[0][1] == value


def test_back_references_do_not_point_ahead_past_the_sentence():
    text = "Crime was up 5% on the previous year. Figures for 2022-23 were published."
    assert periods(text)[0] == ("the previous year", None)


# -- a compared figure with a qualifier is a baseline -------------------------------------------
@pytest.mark.parametrize("before", ["from just over 41,000 in ", "from almost 41,000 in ",
                                    "from more than 41,000 in "])
def test_qualified_compared_figure_marks_a_baseline(before):
    text = "Offences increased " + before + "the year to June 2018 to 44,000."
    assert is_comparison_base(text, len("Offences increased " + before), "range", "range.year_to")


# -- more dateline shapes (published.py) -----------------------------------------------------------
@pytest.mark.parametrize("head", [
    "By Jane Doe, 14 June 2021",
    "14 June 2021 • 4 min read",
    "Posted on 14 June 2021 by webteam",
    "14 June 2021 | 9:05 am",
    "Published: 09:05, 14 June 2021",
    "PUBLISHED: 09:05, Mon, Jun 14, 2021",
    "Published 14 June 2021, 09:05 | Updated 15 June 2021",
])
def test_more_dateline_shapes(head):
    from extractor.published import find_published
    text = f"Headline for the story\n\n{head}\n\nCouncil tax will rise by 4.99 per cent in April."
    found, source, datelines = find_published(text)
    assert (found, source) == ("2021-06-14", "dateline")
    assert text[datelines[0].start:datelines[0].end] == head


@pytest.mark.parametrize("line", [
    "14 June 2021 was the day the council met",   # a sentence, not a dateline
    "By 14 June 2021 the work must be done",
    "Date: 14.06.2021",                           # numeric dates stay ambiguous
])
def test_near_misses_of_dateline_shapes(line):
    from extractor.published import find_published
    assert find_published(f"Headline\n\n{line}\n\nStory text follows here.")[0] is None


# -- weekdays ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, surface, value", [
    ("Officers made the arrest on Tuesday.", "Tuesday", "2024-05-28"),          # published Saturday 1 June
    ("The figures, released on Saturday, show", "Saturday", "2024-06-01"),
    ("He was charged last Saturday.", "last Saturday", "2024-05-25"),
    ("He will appear in court next Monday.", "next Monday", "2024-06-03"),
    ("Voters will go to the polls on Thursday.", "Thursday", "2024-06-06"),
    ("Fares rise by 5 per cent from Sunday.", "Sunday", "2024-06-02"),
    ("ahead of Thursday's local elections", "Thursday", "2024-05-30"),
])
def test_weekdays(text, surface, value):
    assert periods(text, "2024-06-01") == [(surface, value)]


def test_weekdays_without_a_publication_date_are_unresolved():
    assert periods("Officers made the arrest on Tuesday.") == [("Tuesday", None)]


@pytest.mark.parametrize("text", [
    "Shoppers flocked to Black Friday sales.",
    "The story ran in the Mail on Sunday.",
    "The office is open Monday to Friday.",
    "The cafe opens every Friday.",
    "It serves on Thursday, Friday and Saturday mornings.",
    "Sunday trading laws were relaxed.",
    "The council meets on Mondays.",
    "Data published today (Thursday) showed a rise.",  # the day is today's
])
def test_near_misses_of_weekdays(text):
    assert all(s not in ("Friday", "Sunday", "Monday", "Thursday", "Saturday", "Mondays")
               for s, _v in periods(text, "2024-06-01"))


def test_a_weekday_glossed_by_its_date_is_that_date():
    assert periods("A meeting on Thursday, February 21 agreed it.", "2019-03-01") == [("February 21", "2019-02-21")]


# -- quarters without a year, months as modifiers ---------------------------------------------------
@pytest.mark.parametrize("text, published, surface, value", [
    ("Prices fell 5.2% during the third quarter.", "2024-06-01", "the third quarter", "2023-07-01/2023-09-30"),
    ("Prices fell 5.2% during the first quarter.", "2024-06-01", "the first quarter", "2024-01-01/2024-03-31"),
    ("Sales were higher than in the first quarter last year.", "2024-06-01", "the first quarter last year",
     "2023-01-01/2023-03-31"),
    ("The January data from the registry show", "2024-02-28", "January", "2024-01"),
    ("January house prices rose 0.2 per cent.", "2024-02-28", "January", "2024-01"),
    ("There was an October fall in prices.", "2024-02-28", "October", "2023-10"),
])
def test_quarters_and_months_named_without_a_year(text, published, surface, value):
    assert periods(text, published) == [(surface, value)]


@pytest.mark.parametrize("text", [
    "The second quarter of the match was tense.",    # "of" something else: not a quarter of a year
    "The last quarter saw a rise.",                   # the last one: left to back-references
    "May prices rise? Analysts disagree.",            # May is a verb's look-alike
    "The January sales drew crowds.",                 # not figures
])
def test_near_misses_of_quarters_and_month_modifiers(text):
    assert periods(text, "2024-06-01") == []


def test_the_previous_three_month_period():
    text = "Bills fell to £1,923 in the three months to June, down from £2,074 in the previous three-month period."
    assert periods(text, "2024-07-01")[-1] == ("the previous three-month period", "2024-01-01/2024-03-31")


# -- "the past year" is the twelve months to publication; short financial years after their name ---
@pytest.mark.parametrize("text, value", [
    ("Over the last year, practices saw fewer patients.", "2020-11-02/2021-11-02"),
    ("Crime rose in the past year.", "2020-11-02/2021-11-02"),
    ("Crime rose last year.", "2020"),                      # without "the": the calendar year before
])
def test_the_past_year_is_the_twelve_months_to_publication(text, value):
    assert periods(text, "2021-11-02")[-1][1] == value


@pytest.mark.parametrize("text, surface, value", [
    ("Recycling fell in the last financial year (22/23).", "22/23", FY22),
    ("Spending in financial year 23-24 rose.", "23-24", "2023-04-01/2024-03-31"),
])
def test_two_digit_financial_years_after_their_name(text, surface, value):
    assert (surface, "financial_year", value) in found(text, "2024-01-31")


@pytest.mark.parametrize("text", ["The score was 22/23 at half time.", "Rooms 22-23 were closed."])
def test_near_misses_of_two_digit_financial_years(text):
    assert all(kind != "financial_year" for _s, kind, _v in found(text, "2024-01-31"))


def test_a_relative_year_glossed_by_a_financial_year_takes_its_value():
    text = "Recycling fell in the last financial year (22/23)."
    assert periods(text, "2024-06-01")[0] == ("the last financial year", FY22)


# -- weeks ending on a day, mid-year estimates ------------------------------------------------------
@pytest.mark.parametrize("text, surface, kind, value", [
    ("In the week ending 5 January 2025, 300 beds were full.", "the week ending 5 January 2025", "range",
     "2024-12-30/2025-01-05"),
    ("in the week to Sunday 12 May there were", "the week to Sunday 12 May", "relative", "2024-05-06/2024-05-12"),
    ("The mid-2022 population estimates show", "mid-2022", "year", "2022"),
])
def test_weeks_to_a_day_and_mid_year(text, surface, kind, value):
    assert found(text, "2024-06-01") == [(surface, kind, value)]


@pytest.mark.parametrize("text", ["The week ahead looks busy.", "It happened mid-week in 2022-23."])
def test_near_misses_of_weeks_and_mid_year(text):
    assert all(s not in ("mid-2022",) and not s.startswith("week") for s, _k, _v in found(text, "2024-06-01"))


# -- "last year" in a story about a financial year not yet over --------------------------------------
@pytest.mark.parametrize("text, published, value", [
    # a budget for next year set in March: last year is the current financial year
    ("The council set its budget for 2024/25. The rise of 1.99% is the same as last year.", "2024-03-05",
     "2024-04-01/2025-03-31 2023-04-01/2024-03-31"),
    # figures for a year already over: last year is that year
    ("Figures for 2022/23 show a rise. Last year there were 5.", "2024-01-31",
     "2022-04-01/2023-03-31 2022-04-01/2023-03-31"),
    ("Figures for 2023/24 show a rise. Last year there were 5.", "2024-07-10",
     "2023-04-01/2024-03-31 2023-04-01/2024-03-31"),
])
def test_last_year_against_the_stories_financial_year(text, published, value):
    assert " ".join(v for _s, v in periods(text, published)) == value


# -- the edges of a year and of a financial year -----------------------------------------------------
@pytest.mark.parametrize("text, published, surface, value", [
    ("At the start of 2024 there were 5.", None, "the start of 2024", "2024-01-01"),
    ("It has doubled since the end of 2019.", None, "the end of 2019", "2019-12-31"),
    ("An overspend of £4m is forecast by the end of the financial year.", "2024-06-01",
     "the end of the financial year", "2025-03-31"),
    ("An overspend of £4m is forecast by the end of the financial year.", "2024-02-01",
     "the end of the financial year", "2024-03-31"),
])
def test_edges_of_years(text, published, surface, value):
    assert periods(text, published) == [(surface, value)]


def test_the_end_of_a_financial_year_named_by_its_span_is_left_to_the_span():
    assert periods("at the end of 2019-20 there were 5") == [("2019-20", "2019-04-01/2020-03-31")]


# -- numeric days, the year before last -----------------------------------------------------------
@pytest.mark.parametrize("text, surface, value", [
    ("As of 31/03/2023 there were 1,405 offenders.", "31/03/2023", "2023-03-31"),
    ("As of 1/4/2022 there were 1,405 offenders.", "1/4/2022", "2022-04-01"),
    ("The snapshot taken on 2023-03-31 shows", "2023-03-31", "2023-03-31"),
])
def test_numeric_days(text, surface, value):
    assert found(text) == [(surface, "date", value)]


@pytest.mark.parametrize("text", ["Form 13/13/2023 was filed.", "Half the pupils (1/2) passed.", "Call 01234 567890."])
def test_near_misses_of_numeric_days(text):
    assert all(kind != "date" for _s, kind, _v in found(text))


def test_the_year_before_last():
    assert periods("In 2022 there were 5, up from 3 the year before last.")[-1] == ("the year before last", "2020")


# -- "next week (Monday, October 24)": the week of the day that glosses it --------------------------
def test_a_week_glossed_by_its_day():
    text = ("A report to a council meeting next week (Monday, October 24) lists 146 households. "
            "Councillors will discuss them next week.")
    assert periods(text, "2022-10-20") == [("next week", "2022-10-24/2022-10-30"), ("October 24", "2022-10-24"),
                                           ("next week", "2022-10-24/2022-10-30")]


def test_a_week_not_glossed_keeps_the_publication_week():
    assert periods("The council meets next week to discuss it.", "2022-10-20") == [
        ("next week", "2022-10-24/2022-10-30")]
    assert periods("The council met last week. Next week (on appeal) it meets again.", "2022-10-20")[0] == (
        "last week", "2022-10-10/2022-10-16")


@pytest.mark.parametrize("text, n", [("Sales FY23 FY24 FY25 FY26", 4), ("Revenue\tFY23\tFY24", 2), ("in FY23 and FY24", 2)])
def test_year_codes_side_by_side_are_each_a_period(text, n):
    assert [p.kind for p in find_periods(text)] == ["financial_year"] * n
