"""Period families from new UK news text (WHEN helper): comparison spans, previous quarters,
financial-year frames named as "the year to March 2019", unresolved periods and targets.
Made-up sentences, each family with near-misses."""
import pytest

from extractor.components.periods import find_periods


def periods(text, published=None):
    return [(text[p.start:p.end], p.value) for p in find_periods(text, published)]


def kinds(text, published=None):
    return {text[p.start:p.end]: p.kind for p in find_periods(text, published)}


def _period_of(ex, text, number):
    rec = ex.extract(text)
    values = {p["id"]: p["value"] for p in rec["periods"]}
    stat = next(s for s in rec["statistics"] if s["number"]["text"] == number)
    return values.get(stat["period"])


# -- "the same quarter last year": the figures' period, a year before ---------------------------

@pytest.mark.parametrize("text, published, surface, value", [
    ("Between July and September, 9,120 homes were approved, up 4% on the same quarter last year.",
     "2023-11-20", "the same quarter last year", "2022-07-01/2022-09-30"),
    ("On 30 June there were 5,400 families in hostels, up 2% on the same date last year.",
     "2021-09-01", "the same date last year", "2020-06-30"),
    ("Offences reached 41,000 in the year to March 2018, 7% more than the same 12-month period a year earlier.",
     None, "the same 12-month period a year earlier", "2016-04-01/2017-03-31"),
    ("Visits from January to June 2019 hit 2.1 million, up 3% on the same period the previous year.",
     None, "the same period the previous year", "2018-01-01/2018-06-30"),
    ("Claims were 610 in March 2022, up from 580 in the same month of last year.",
     None, "the same month of last year", "2021-03"),
])
def test_the_same_period_a_year_before(text, published, surface, value):
    assert (surface, value) in periods(text, published)


@pytest.mark.parametrize("text, surface", [
    ("By contrast the same period saw 300 arrests.", "the same period"),  # a back-reference, not a year before
    ("Prices stayed the same last year.", "last year"),
])
def test_near_misses_of_the_same_period_a_year_before(text, surface):
    found = [s for s, _ in periods(text, "2022-05-01")]
    assert surface in found and not any(s.startswith("the same") and "year" in s for s in found if s != surface)


def test_the_same_period_a_year_before_is_a_baseline(ex):
    text = "Between April and June 2023, 880 people were evicted, up 10% on 800 in the same quarter last year."
    assert _period_of(ex, text, "800") == "2022-04-01/2022-06-30"
    assert _period_of(ex, text, "880") == "2023-04-01/2023-06-30"


# -- "the previous quarter", "the previous period": the span before, of the same length -----------

@pytest.mark.parametrize("text, published, surface, value", [
    ("Between January and March this year, 3,100 households were assessed, up from 2,900 in the previous quarter.",
     "2022-06-30", "the previous quarter", "2021-10-01/2021-12-31"),
    ("There were 520 thefts in 2019-20, up from 470 in the previous period.",
     None, "the previous period", "2018-04-01/2019-03-31"),
    ("In 2016 the force made 700 arrests, against 650 in the preceding period.",
     None, "the preceding period", "2015"),
])
def test_the_previous_span(text, published, surface, value):
    assert (surface, value) in periods(text, published)


def test_the_previous_quarter_after_a_year_is_not_resolved():
    # a quarter before a whole year is not a quarter the text names
    assert ("the previous quarter", None) in periods("In 2019 there were 400 cases, 20 more than the previous quarter.")


def test_the_previous_twelve_month_period_is_the_year_before():
    text = "In the year to June, 12,000 homes were approved, down from 13,100 in the previous 12-month period."
    assert ("the previous 12-month period", "2020-07-01/2021-06-30") in periods(text, "2022-09-01")


# -- "the following year": the period named last, a year on -----------------------------------------

@pytest.mark.parametrize("text, surface, value", [
    ("Crime rose 3% in the year to March 2015, then 8% in the following year.", "the following year",
     "2015-04-01/2016-03-31"),
    ("In 2012 there were 90 deaths and a year later 104.", "a year later", "2013"),
    ("Admissions fell in 2020-21 and rose again the year after.", "the year after", "2021-04-01/2022-03-31"),
])
def test_the_following_year(text, surface, value):
    assert (surface, value) in periods(text)


def test_the_year_after_which_is_not_a_back_reference():
    assert not [s for s, _ in periods("In 2012 rules changed; the year after which fines rose.") if "after" in s]


# -- back-references to the figures' period ----------------------------------------------------------

@pytest.mark.parametrize("text, surface, value", [
    ("In the first six months of 2018 there were 4.1 million visits, up 3% on the same period in 2017, "
     "with visitors spending £900m during this period.", "this period", "2018-01-01/2018-06-30"),
    ("From January to March 2021 there were 800 crashes. During the same months 12 people died.",
     "the same months", "2021-01-01/2021-03-31"),
    ("Crime rose 9% in the 12 months to June 2019. Over the period, 1,200 knives were seized.",
     "the period", "2018-07-01/2019-06-30"),
])
def test_back_references_take_the_figures_period(text, surface, value):
    assert (surface, value) in periods(text)


@pytest.mark.parametrize("text", [
    "Prisoners served the period of their licence in 2019.",
    "In the period from April, 300 fines were issued in 2021.",
])
def test_the_period_of_or_from_is_not_a_back_reference(text):
    assert "the period" not in [s for s, _ in periods(text)]


@pytest.mark.parametrize("text, value", [
    # a change over several years: the span from the baseline to the figures' year
    ("Permissions rose from 170,000 in 2011 to 260,000 in 2015, while starts grew 20% over the same period.",
     "2011-01-01/2015-12-31"),
    ("There were 792 incidents in 2017-18, nine per cent more than in 2012-13. "
     "Nationally, incidents rose by 40 per cent over the same period.", "2012-04-01/2018-03-31"),
    # a change on the year before: the figures' year only
    ("There were 308 offences in 2022, a 14% increase on the previous year. "
     "Sexual offences rose 13% during the same period.", "2022"),
])
def test_the_same_period_after_a_change(text, value):
    assert ("the same period", value) in periods(text)


def test_years_earlier_counts_back_from_the_figures_period():
    text = ("There were 84 million journeys in 2008-09, 3 million fewer than the previous year "
            "and 22 million more than 10 years earlier.")
    assert ("10 years earlier", "1998-04-01/1999-03-31") in periods(text)


def test_the_previous_year_after_a_baseline_is_before_the_figures_period():
    text = ("Offences reached 5 million in the year to March 2017, up 10% on the same period a year earlier. "
            "Knife crime rose by a fifth on the previous year.")
    assert ("the previous year", "2015-04-01/2016-03-31") in periods(text)


# -- financial-year frames named by their end ---------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Police logged 84,000 crimes in the year up to March 2018. Crime rose over the last year.",
     "2017-04-01/2018-03-31"),
    ("Between April 2018 and March 2019 forces recorded 43,000 knife offences, 8% more than in the past year.",
     "2018-04-01/2019-03-31"),
    ("In the 12 months ending 31 March 2020, 900 people were charged, up on last year.",
     "2019-04-01/2020-03-31"),
])
def test_a_year_to_march_frames_the_story_in_financial_years(text, value):
    assert value in [v for s, v in periods(text) if s.endswith("year") and s != "the year"]


def test_a_year_to_june_does_not_frame_financial_years():
    text = "Some 221,000 homes were approved in the year to June 2025, down on last year."
    assert ("last year", "2024") in periods(text)


def test_the_year_to_a_month_without_a_date_needs_a_statistical_period():
    # "In March 2014" is a month named in passing: it does not date "the year to March"
    text = "Knife crime rose to 733 in the year to March. In March 2014, police recorded 267 knife crimes."
    assert ("the year to March", None) in periods(text)
    # a span the text names does
    text = "Approvals hit 221,900 in the year to June 2025. In total, 8,200 sites were approved in the 12 months to June."
    assert ("the 12 months to June", "2024-07-01/2025-06-30") in periods(text)


# -- explicit spans -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, value", [
    ("There were 63,000 cases in October to December 2018, up 5%.", "October to December 2018",
     "2018-10-01/2018-12-31"),
    ("Fares (March to May 2023) rose 4%.", "March to May 2023", "2023-03-01/2023-05-31"),
])
def test_a_month_to_month_range_with_one_year(text, surface, value):
    assert (surface, value) in periods(text)


def test_a_month_to_month_near_miss():
    # two separate months, each with its own figure
    found = [s for s, _ in periods("Arrests rose from 50 in October to 70 in December 2018.")]
    assert "October to 70 in December 2018" not in found and "December 2018" in found


@pytest.mark.parametrize("text, surface", [
    ("Councils accepted 15,290 households between 1 July and 30 September, up 6%.",
     "between 1 July and 30 September"),
    ("On 31 March, the total was 84,740.", "31 March"),
    ("On 31 March, 2019 the total was 84,740.", "31 March, 2019"),
])
def test_a_comma_after_a_day_is_not_part_of_it(text, surface):
    assert surface in [s for s, _ in periods(text, "2019-09-12")]


@pytest.mark.parametrize("text, published, surface, value", [
    ("Planning approvals fell 14% in the second quarter of this year.", "2023-09-07",
     "the second quarter of this year", "2023-04-01/2023-06-30"),
    ("Sales rose in the first half of last year.", "2023-09-07", "the first half of last year",
     "2022-01-01/2022-06-30"),
])
def test_part_of_this_or_last_year(text, published, surface, value):
    assert (surface, value) in periods(text, published)
    assert kinds(text, published)[surface] == "range"


def test_the_same_period_in_a_year_is_a_range_unless_it_is_a_month():
    text = "Between April and June 2022, 146 families were housed, against 94 in the same period in 2021."
    assert kinds(text)["the same period in 2021"] == "range"
    text = "About 2.2 million attended A&E in April 2024, 10% more than the same time in 2023."
    assert kinds(text)["the same time in 2023"] == "relative"


@pytest.mark.parametrize("text, published, surface, value", [
    ("July saw 3.8 million visits, up 2%.", "2017-11-01", "July", "2017-07"),
    ("It rained. March was the busiest month for A&E.", "2024-05-01", "March", "2024-03"),
])
def test_a_month_as_the_subject_of_a_sentence(text, published, surface, value):
    assert (surface, value) in periods(text, published)


@pytest.mark.parametrize("text", [
    "May saw a rise in prices.",  # "May" is not taken without a preposition
    "The July saw mill closed.",
    "Officers said March was planned for the city centre.",
])
def test_a_month_as_a_subject_near_misses(text):
    assert not [s for s, _ in periods(text, "2024-05-01") if s in ("May", "July", "March")]


def test_a_relative_period_glossed_by_a_span_takes_its_value():
    text = "Over the past year (the 12 months to June 2025), 29,000 applications were granted."
    assert ("the past year", "2024-07-01/2025-06-30") in periods(text)
    # not a span somewhere later in the sentence
    text = "Over the past year, applications fell, said the report for the 12 months to June 2025."
    assert ("the past year", "2024-07-01/2025-06-30") not in periods(text, "2025-09-01")


# -- baselines ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, number, period", [
    # "higher than when ..." dates the baseline, the figure keeps the story's period
    ("Knife offences rose to 46,265 in 2019-20. This was 51 per cent higher than when data was first "
     "collected in 2010/11 (30,620).", "51", "2019-04-01/2020-03-31"),
    # a span opened by "from" right after a change is the baseline
    ("Robberies with a knife reached 18,462 in 2018-19, up 10% from April 2017 to March 2018, when 16,732 "
     "were recorded.", "10", "2018-04-01/2019-03-31"),
    ("Robberies with a knife reached 18,462 in 2018-19, up 10% from April 2017 to March 2018, when 16,732 "
     "were recorded.", "16,732", "2017-04-01/2018-03-31"),
    # a compared figure after a change's "on" takes the baseline attached to it
    ("Councils helped 52,190 households between July and September 2017, down 1% on 52,880 in the same "
     "quarter of 2016.", "52,880", "2016-07-01/2016-09-30"),
    ("On 31 March 2019 there were 84,740 households in hostels, up 1.4% from 83,610 on the same day last year.",
     "83,610", "2018-03-31"),
    # a compared figure after an -ing participle
    ("The list fell to 7.6m in August 2024, down from the 7.7m patients waiting in June 2024.", "7.7m",
     "2024-06"),
])
def test_baselines_and_compared_figures(ex, text, number, period):
    assert _period_of(ex, text, number) == period


def test_a_period_in_a_following_relative_clause_is_not_the_figures(ex):
    text = ("Crime rose 10% in 2016-17. Homicides rose 26% to 723, which includes the 96 deaths at "
            "Hillsborough in 1989.")
    assert _period_of(ex, text, "723") != "1989"
    assert _period_of(ex, text, "96") == "1989"


# -- unresolved periods and figures without a period ------------------------------------------------

def test_a_figure_attached_to_an_unresolved_period_takes_no_other(ex):
    text = ("Knife crime in the county rose to 733 in the year to March.\n\n"
            "In March 2014, the force recorded 267 knife crimes.\n\n"
            "Drug offences rose 10 per cent to 2,309.")
    assert _period_of(ex, text, "733") is None
    assert _period_of(ex, text, "267") == "2014-03"
    assert _period_of(ex, text, "2,309") is None  # the story's period is the unresolved one


@pytest.mark.parametrize("text, number", [
    ("In 2022-23, 260,000 homes were approved.\n\nThe government has a target of building 300,000 homes a year.",
     "300,000"),
    ("In 2022-23, 260,000 homes were approved.\n\nIt falls short of the 1.5 million homes target.", "1.5 million"),
    ("In 2022-23, 260,000 homes were approved.\n\nLarge sites are required to provide 30% affordable homes.", "30"),
])
def test_targets_and_obligations_take_no_story_period(ex, text, number):
    assert _period_of(ex, text, number) is None


@pytest.mark.parametrize("sentence, number", [
    ("Some 180,000 were started, well short of the target.", "180,000"),
    ("Eight councils achieved fewer than 45% of their target.", "45"),
])
def test_a_figure_near_the_word_target_still_takes_its_period(ex, sentence, number):
    text = "In 2022-23, 260,000 homes were approved.\n\n" + sentence
    assert _period_of(ex, text, number) == "2022-04-01/2023-03-31"


# -- the current financial year ------------------------------------------------------------------------

@pytest.mark.parametrize("text, published, value", [
    ("The report set out the position as of July 2024, with an overspend of £6.1m for the financial year.",
     None, "2024-04-01/2025-03-31"),
    ("The council expects to overspend by £3m this financial year.", "2025-01-15", "2024-04-01/2025-03-31"),
    ("Spending in 2022-23 was £40m, and the current financial year will see more.", None, "2022-04-01/2023-03-31"),
])
def test_the_current_financial_year(text, published, value):
    assert value in [v for s, v in periods(text, published) if "financial year" in s]


@pytest.mark.parametrize("text", [
    "The budget for the financial year 2024/25 is £212m.",  # the year is named: that is the period
    "Crime rose in the financial year to March.",
])
def test_the_financial_year_near_misses(text):
    assert not [s for s, _ in periods(text, "2025-01-15") if s in ("the financial year",)]


# -- back-references to a period whose year is unknown stay unknown -----------------------------------

def test_the_previous_year_after_an_unresolved_frame_is_unknown():
    # "at the end of September" (no publication date) is the figures' period: "the previous year"
    # is the year before it, not the year before "since 2010"
    text = ("Households in hostels have risen 50% since 2010. There were 74,630 at the end of September, "
            "a 9% increase on the previous year.")
    assert ("the previous year", None) in periods(text)


def test_the_same_period_in_a_year_counts_from_the_figures_period():
    text = ("There were 82,310 households at the end of June 2018, up 71% since December 2010, and a rise of "
            "300% since the same period in 2010.")
    assert ("the same period in 2010", "2010-06-30") in periods(text, "2018-12-13")


@pytest.mark.parametrize("text, value", [
    # a story told in financial years whose year the text does not fix: "the past year" stays unknown
    ("Knife crime rose to 733 in the year to March. The rate has risen over the past year, from 42 to 57.", None),
    # a story that names its financial year
    ("Knife crime rose to 733 in 2019-20. The rate has risen over the past year, from 42 to 57.",
     "2019-04-01/2020-03-31"),
])
def test_the_past_year_in_a_story_told_in_financial_years(text, value):
    assert ("the past year", value) in periods(text)


# -- baselines and brackets ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, number, period", [
    ("Between April 2018 and March 2019 forces recorded 43,516 knife offences, in comparison with 40,215 "
     "in the year ending March 2018.", "40,215", "2017-04-01/2018-03-31"),
    ("On 30 September 2017 there were 79,190 households in hostels. That was up 6% on the same date last "
     "year, and up 65% on a low point of 48,010 on 31 December 2010.", "65", "2017-09-30"),
    ("On 30 September 2017 there were 79,190 households in hostels. That was up 6% on the same date last "
     "year, and up 65% on a low point of 48,010 on 31 December 2010.", "48,010", "2010-12-31"),
    # a snapshot's own day after "on" is not a baseline
    ("On 31 March 2019 there were 84,740 households in hostels.", "84,740", "2019-03-31"),
    ("Offences were first counted in 2010/11 (30,620) and reached 46,265 in 2019-20.", "30,620",
     "2010-04-01/2011-03-31"),
])
def test_baselines_on_and_in_comparison_with(ex, text, number, period):
    assert _period_of(ex, text, number) == period


def test_over_the_past_year_is_a_span_not_a_baseline(ex):
    text = ("In 2019-20 the force recorded 700 knife crimes.\n\n"
            "When crimes recorded by the transport police over the past year are included, the figure is 750.")
    assert _period_of(ex, text, "750") == "2019-04-01/2020-03-31"


def test_a_count_of_people_in_places_is_not_a_count_of_the_places(ex):
    text = ("There were 82,310 households in hostels at the end of June 2018.\n\n"
            "More than 2,500 families were in bed and breakfasts, and 3,740 in hostels and refuges.")
    assert _period_of(ex, text, "3,740") == "2018-06-30"


@pytest.mark.parametrize("text, number, period", [
    # a plan's verb right before the figure: a plan
    ("In 2022-23 the council spent £40m.\n\nThe council will spend £2m on roads.", "2m", None),
    # a "will" far back in a long sentence does not make the figure a plan
    ("In 2022-23 knife crime rose sharply.\n\nMinisters will also be concerned that the country is becoming "
     "increasingly violent in nature, with gun crime rising 23% to 6,375 offences.", "6,375",
     "2022-04-01/2023-03-31"),
])
def test_plans_are_told_by_a_nearby_verb(ex, text, number, period):
    assert _period_of(ex, text, number) == period


def test_a_gloss_after_a_few_words_still_glosses():
    text = "Over the past year as a whole (the 12 months to June 2025), 29,000 applications were granted."
    assert ("the past year", "2024-07-01/2025-06-30") in periods(text)


# -- more relative phrasings -------------------------------------------------------------------------

@pytest.mark.parametrize("text, published, surface, value", [
    ("Victims fell from 24 in 100 adults a decade ago to 14 in 100.", "2018-10-18", "a decade ago", "2008"),
    ("Victims fell from 24 in 100 adults a decade ago to 14 in 100.", None, "a decade ago", None),
    ("Prices fell 0.1% in July, the first fall since June of last year.", "2022-08-05", "June of last year", "2021-06"),
    ("The rise peaked in June of this year at 12.5%.", "2022-08-05", "June of this year", "2022-06"),
    ("Crime rose 10% over the 12-month period to March.", "2017-07-20", "the 12-month period to March",
     "2016-04-01/2017-03-31"),
])
def test_more_relative_phrasings(text, published, surface, value):
    assert (surface, value) in periods(text, published)


@pytest.mark.parametrize("text, surface", [
    ("Ministers will respond this autumn to the review.", "this autumn"),
    ("Prices are 12% higher than last summer.", "last summer"),
])
def test_seasons_are_periods_without_a_value(text, surface):
    assert (surface, None) in periods(text, "2022-08-05")


@pytest.mark.parametrize("text", [
    "The Summer Festival drew 3,000 people.",
    "Winter pressures grew in the NHS.",
    "The autumn statement froze benefits.",
])
def test_a_season_without_this_last_or_next_is_not_a_period(text):
    assert periods(text, "2022-08-05") == []


def test_the_previous_month_counts_back_from_the_figures_month():
    text = ("Prices fell 0.1 per cent in July, the first fall since June of last year. The average is £293,221, "
            "just short of the record set in the previous month.")
    assert ("the previous month", "2022-06") in periods(text, "2022-08-05")


@pytest.mark.parametrize("text, number, period", [
    # "since peak levels in 1995": a baseline, not the figures' year
    ("Crime recorded in 2019 fell 30 per cent since 2010 and 66 per cent since peak levels in 1995.", "66", "2019"),
    ("Some 131,140 households were in hostels in March 2025, the highest since records began in 1998.",
     "131,140", "2025-03"),
])
def test_since_words_in_a_year_is_a_baseline(ex, text, number, period):
    assert _period_of(ex, text, number) == period


def test_the_latest_year_is_the_figures_period():
    text = "Obesity was 38.8% in the year to March 2024. Of the areas with high obesity in the latest year, five are in the south."
    assert ("the latest year", "2023-04-01/2024-03-31") in periods(text)


@pytest.mark.parametrize("text, number, period", [
    # a story that dates its figures only by a year: that year is the story's
    ("Tourism grew 11% in the county in 2023.\n\nVisitors now spend an average of £170.56 per trip.",
     "170.56", "2023"),
    # ... but not a year named only as a baseline
    ("Tourism grew 11% compared with 2022.\n\nVisitors now spend an average of £170.56 per trip.",
     "170.56", None),
])
def test_a_year_only_story_period(ex, text, number, period):
    assert _period_of(ex, text, number) == period


@pytest.mark.parametrize("text, surface, value", [
    ("In the first quarter of the year, 400 homes were built.", "the first quarter of the year", "2023-01-01/2023-03-31"),
    ("In the first half of the year, 400 homes were built.", "the first half of the year", "2023-01-01/2023-06-30"),
    ("In the 12 months ending in September, 400 homes were built.", "the 12 months ending in September",
     "2022-10-01/2023-09-30"),
    ("In Q1 of 2023, 400 homes were built.", "Q1 of 2023", "2023-01-01/2023-03-31"),
    ("In January to March, 400 homes were built.", "January to March", "2023-01-01/2023-03-31"),
    ("During April-June 2022 there were 5 cases.", "April-June 2022", "2022-04-01/2022-06-30"),
    ("Earlier this month, 400 homes were built.", "this month", "2023-11"),
    ("During 2022/23 400 homes were built.", "2022/23", "2022-04-01/2023-03-31"),
])
def test_common_statistical_periods(text, surface, value):
    assert (surface, value) in periods(text, "2023-11-15")


@pytest.mark.parametrize("text, surface, gone", [
    ("He wrote in January to every councillor.", "January", "January to every"),
    ("Call 2020 123 456 for help.", None, "2020"),  # a phone number is not a year
])
def test_common_statistical_periods_near_misses(text, surface, gone):
    found = [s for s, _ in periods(text, "2023-11-15")]
    assert gone not in found and (surface is None or surface in found)


def test_a_day_named_with_its_weekday_is_not_the_figures_period():
    text = ("The 2021 census was released on Tuesday 28th June 2022 and shows the population grew by 3.5 million "
            "since the previous census in 2011. Households increased by 1.4 million over the same period.")
    assert ("the same period", "2011-01-01/2021-12-31") in periods(text)


def test_a_month_range_with_in_before_its_year():
    text = "The data compares the months of April-December in 2021 with the same months in 2022."
    assert ("April-December in 2021", "2021-04-01/2021-12-31") in periods(text)
    assert ("the same months in 2022", "2022-04-01/2022-12-31") in periods(text)


@pytest.mark.parametrize("text, number, period", [
    # a period inside a bracket that gives another figure is that figure's
    ("Calls rose 10% from 874,000 in 2003-04 to 965,000 in 2004-05.\n\n"
     "Some 76.2 per cent were answered in 8 minutes (75.7 per cent in 2003-04).", "76.2", "2004-04-01/2005-03-31"),
    ("Calls rose 10% from 874,000 in 2003-04 to 965,000 in 2004-05.\n\n"
     "Some 76.2 per cent were answered in 8 minutes (75.7 per cent in 2003-04).", "75.7", "2003-04-01/2004-03-31"),
    # a bracket that closes before the period does not hide it
    ("Obesity rose to 38% in 2023/24. This is up from around one in 25 (13 out of 317) in 2018/19.", "one in 25",
     "2018-04-01/2019-03-31"),
])
def test_a_period_in_another_figures_bracket(ex, text, number, period):
    assert _period_of(ex, text, number) == period


@pytest.mark.parametrize("text, published, surface, value", [
    ("Last July's Retail Price Index was 9.0 per cent.", "2024-03-01", "Last July", "2023-07"),
    ("The rate set this April was 5%.", "2024-03-01", "this April", "2024-04"),
    # a plan's month is the next one
    ("The cap will fall by 7 per cent from July after Ofgem's decision.", "2024-05-24", "July", "2024-07"),
    # ... a past month stays past
    ("Prices rose in July, figures show.", "2024-05-24", "July", "2023-07"),
    ("The council will spend £2m, as agreed in March.", "2024-05-24", "March", "2024-03"),
])
def test_months_named_relative_to_the_publication(text, published, surface, value):
    assert (surface, value) in periods(text, published)


def test_last_month_name_near_misses():
    assert not [s for s, _ in periods("The last May Day parade drew crowds.", "2024-05-24") if "May" in s]
    assert ("July last year", "2023-07") in periods("It fell in July last year.", "2024-05-24")


@pytest.mark.parametrize("text, number, period", [
    ("Petrol was 145p on 14 May 2023. Since peaking at 191.5p on 3 July 2022, it has fallen by 47p.", "47",
     "2023-05-14"),
])
def test_since_a_peak_on_a_day_is_a_baseline(ex, text, number, period):
    assert _period_of(ex, text, number) == period


def test_figures_for_a_month():
    text = "Figures for December revealed only 62 per cent of patients were seen within four hours."
    assert ("December", "2023-12") in periods(text, "2024-02-10")
