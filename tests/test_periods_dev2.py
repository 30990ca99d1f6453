"""Period families found in the dev2 split's errors (corpus/README.md), each with phrasings written for
these tests and near-misses that must not change:

- "May" after a data noun and "for" ("NHS data for May has revealed") is the month, not the modal verb;
- a month that recurs ("a survey carried out in April each year", "in November every year") is no period;
- "census day" ("On census day, 124,100 people were living in the area", "on census day 2011") is the
  day that census was taken: a snapshot's day, the period of the figures it dates.
"""
import pytest

from period_finding import periods
from record_finding import link_of

PUB = "2022-06-30"


@pytest.mark.parametrize("text,number,period", [
    ("NHS data for May has revealed that the trust saw 49% of patients within four hours.", "49", "2022-05"),
    ("The figures for May show that 120 people were arrested in the county.", "120", "2022-05"),
    ("Statistics for May put the number of empty homes at 3,400.", "3,400", "2022-05"),
    ("The month of May saw 87 collisions on the county's roads.", "87", "2022-05"),
])
def test_may_after_a_data_noun_is_the_month(ex, text, number, period):
    assert link_of(ex, text, number, published=PUB)[2] == period


@pytest.mark.parametrize("text", [
    "The council may see 120 more homes built, and the figures may show a rise.",
    "Police said data for the year may show 120 arrests.",
    "Officers may be asked for 12 more patrols.",
])
def test_the_modal_may_is_no_month(text):
    assert not [p for p in periods(text, PUB) if p[0] == "May" or p[0] == "may"]


@pytest.mark.parametrize("text,recurring,number,period", [
    ("It is a survey carried out in April each year. Wages rose 3% in 2018.", "April", "3", "2018"),
    ("The count is taken in November every year and found 40 rough sleepers in 2018.", "November", "40", "2018"),
    ("Bills are sent out in March of each year; the average was £1,900 in 2021.", "March", "1,900", "2021"),
    ("The index is updated in January annually, and stood at 112 in 2020.", "January", "112", "2020"),
])
def test_a_recurring_month_is_no_period(ex, text, recurring, number, period):
    assert recurring not in [p[0] for p in periods(text, "2022-05-01")]
    assert link_of(ex, text, number, published="2022-05-01")[2] == period


@pytest.mark.parametrize("text", [
    "In April, a year after the change, 40 people were fined.",
    "By November the total had reached 40.",
])
def test_near_miss_a_month_without_a_recurrence_is_still_one(text):
    assert [p for p in periods(text, "2019-05-01") if p[0] in ("April", "November")]


@pytest.mark.parametrize("text,number,period", [
    ("On census day, 124,100 people were living in the area, up nine per cent from 113,794 in 2011.",
     "124,100", "2021-03-21"),
    ("On census day, 124,100 people were living in the area, up nine per cent from 113,794 in 2011.",
     "113,794", "2011"),
    ("There were 24.8 million households in England and Wales on census day 2021.", "24.8 million", "2021-03-21"),
    ("The town had 41,000 residents on census day 2011, the ONS said.", "41,000", "2011-03-27"),
])
def test_census_day_is_the_day_of_the_census(ex, text, number, period):
    assert link_of(ex, text, number, published=PUB)[2] == period


def test_census_day_without_a_reference_date_has_no_value():
    assert periods("On census day, 124,100 people were living in the area.") == [("census day", None, "relative")]


def test_census_day_in_a_year_with_no_census_has_no_value():
    assert ("census day 2015", None, "date") in periods("The town had 41,000 residents on census day 2015.")


@pytest.mark.parametrize("text", [
    "The census day questionnaire asked about 12 topics.",
    "Volunteers helped with census day preparations for 300 households.",
])
def test_census_day_before_a_noun_is_no_period(text):
    assert not [p for p in periods(text, PUB) if "census" in p[0]]


# --- "the same period in 2015" after a twelve months across the turn of a year; "Figures for ... show" ---

@pytest.mark.parametrize("text,span,value", [
    ("The figures for the year ending September 2016 reveal 30 deaths. Figures for the same period in 2015 "
     "show there were 25.", "the same period in 2015", "2014-10-01/2015-09-30"),
    ("In the 12 months to November 2023 there were 410 arrests, against 380 in the same period in 2022.",
     "the same period in 2022", "2021-12-01/2022-11-30"),
    # near-misses: most of the months before the turn of the year, or within one year
    ("Figures for 2021-22 show 400 arrests, compared with 350 in the same period in 2019.",
     "the same period in 2019", "2019-04-01/2020-03-31"),
    ("Between January and March 9,000 people waited, up from 8,000 in the same period in 2021.",
     "the same period in 2021", "2021-01-01/2021-03-31"),
])
def test_the_same_period_in_a_year_is_the_twelve_months_mostly_in_it(text, span, value):
    assert [v for s, v, _ in periods(text, "2024-01-10") if s == span] == [value]


@pytest.mark.parametrize("text,number,period", [
    ("The figures for the year ending September 2016 reveal 30 deaths. Figures for the same period in 2015 "
     "show there were 25 deaths.", "25", "2014-10-01/2015-09-30"),
    ("Deaths rose to 30 in 2016. Data for the previous year show 25 deaths.", "25", "2015"),
    ("Deaths rose to 30 in 2016. Statistics covering the same period in 2014 put the total at 22.", "22", "2014"),
    # the figure of the sentence before keeps its own period
    ("The figures for the year ending September 2016 reveal 30 deaths. Figures for the same period in 2015 "
     "show there were 25 deaths.", "30", "2015-10-01/2016-09-30"),
])
def test_figures_for_a_compared_period_are_that_periods(ex, text, number, period):
    assert link_of(ex, text, number, published="2017-02-12")[2] == period


# --- "N years ago" in a story whose figures are for an earlier year than its publication ---

@pytest.mark.parametrize("text,span,value", [
    ("On census day 2021, 124,100 people lived in the area, up from 113,794 in 2011. A decade ago, 9.9 per "
     "cent were under 10.", "A decade ago", "2011"),
    ("Figures for 2021 show 400 arrests, against 350 in 2011. Ten years ago there were 300.", "Ten years ago", "2011"),
    # near-misses: the year counted back from publication is the one the text names, or the text names neither
    ("Figures for 2021 show 400 arrests in 2021, against 350 in 2012. Ten years ago there were 300.",
     "Ten years ago", "2012"),
    ("Figures for 2021 show 400 arrests. Ten years ago there were 300.", "Ten years ago", "2012"),
])
def test_years_ago_counts_back_from_the_figures_year_the_text_compares(text, span, value):
    assert [v for s, v, _ in periods(text, "2022-06-30") if s == span] == [value]


# --- a local story set in its region: "the area" is still the place's ---

LOCAL_IN_REGION = (
    "The latest snapshot of England and Wales was captured on March 21, 2021, and the first results show a rise "
    "in the number of people living in the Selby district.\n\n"
    "On census day, 92,000 people were living in the area.\n\n"
    "The population density has grown to 151 residents per square kilometre.\n\n"
    "Across England and Wales, the population grew 6.3 per cent to 59,597,300, and in Yorkshire and the Humber it "
    "rose 3.7 per cent.\n\n"
    "There were 24.8 million households in England and Wales on census day 2021.")


@pytest.mark.parametrize("number,area", [
    ("92,000", "Selby"), ("151", "Selby"), ("6.3", "England and Wales"), ("24.8 million", "England and Wales"),
])
def test_a_local_story_that_names_its_region_keeps_its_place(ex, number, area):
    assert link_of(ex, LOCAL_IN_REGION, number, published="2022-06-30")[1] == area


def test_near_miss_a_national_story_naming_two_places_stays_national(ex):
    text = ("Across England and Wales, the population grew 6.3 per cent to 59,597,300 between 2011 and 2021.\n\n"
            "The fastest growth was in Tower Hamlets and the slowest in Blackpool. England and Wales had 24.8 million "
            "households, and the average size in the area was 2.4 people.")
    assert link_of(ex, text, "2.4", published="2022-06-30")[1] == "England and Wales"


# --- "versus" is a comparison's word: the period after it is the base ---

@pytest.mark.parametrize("text,number,period", [
    ("Police recorded 771 extra cases between April 2020 and March 2021 versus the previous 12 months. "
     "Hartlepool saw 315 extra cases compared to 2019/20.", "315", "2020-04-01/2021-03-31"),
    ("Arrests rose to 410 in 2023 vs 380 in 2022.", "410", "2023"),
    ("Arrests rose to 410 in 2023 vs 380 in 2022.", "380", "2022"),
])
def test_a_period_after_versus_is_a_base(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- places that saw a change are counted in the period, wherever they are said to be ---

@pytest.mark.parametrize("text,number,period", [
    ("Hate crime rose 75 per cent in July-September 2016. Only four forces in the UK saw a drop in hate crimes.",
     "four", "2016-07-01/2016-09-30"),
    ("Hate crime rose 75 per cent in July-September 2016. In all, 32 forces said they had the biggest single "
     "quarterly rise on record.", "32", "2016-07-01/2016-09-30"),
    ("Burglary fell 8 per cent in 2023. Nine councils across the country reported a fall in thefts.", "Nine", "2023"),
])
def test_places_that_saw_a_change_are_counted_in_the_period(ex, text, number, period):
    assert link_of(ex, text, number, published="2024-02-01")[2] == period


def test_near_miss_the_parts_of_an_organisation_take_no_period(ex):
    text = "Hate crime rose 75 per cent in July-September 2016. The force has five divisions in the county."
    assert link_of(ex, text, "five", published="2017-02-15")[2] is None


# --- a clause set against the one before ("while", "whereas") takes the period after its figure ---

@pytest.mark.parametrize("text,number,period", [
    ("The figures show 5,660 cases had waited two years or more at the end of September while just 592 were "
     "waiting this long at the end of December 2019.", "592", "2019-12-31"),
    ("The figures show 5,660 cases had waited two years or more at the end of September while just 592 were "
     "waiting this long at the end of December 2019.", "5,660", "2024-09-30"),
    ("Some 410 homes were built in 2022, whereas just 260 were finished in 2019.", "260", "2019"),
    # near-miss: no contrast between the period and the figure, the nearer period before stays
    ("In 2022 some 410 homes were built, up from 260 in 2019.", "410", "2022"),
])
def test_a_contrasted_clause_takes_the_period_after_its_figure(ex, text, number, period):
    assert link_of(ex, text, number, published="2024-12-12")[2] == period


# --- "over the year", "twelve months ago", "that day": back to the period the text fixed ---

@pytest.mark.parametrize("text,span,value", [
    ("In 2015-16 the county had 911 incidents. Race crimes were the biggest category with 699 incidents over the year.",
     "the year", "2015-04-01/2016-03-31"),
    ("In 2022 the council housed 410 families, and 1,010 children were looked after during the year.",
     "the year", "2022"),
    ("At the end of September 2017, 92.5% of schools were good. This is a 3% improvement on the position twelve "
     "months ago.", "twelve months ago", "2016-09-30"),
    ("Some 355 patients were fit for discharge on December 12. However, only 128 left hospital that day.",
     "that day", "2016-12-12"),
])
def test_back_to_the_period_the_text_fixed(text, span, value):
    assert [v for s, v, _ in periods(text, "2017-10-18") if s == span] == [value]


@pytest.mark.parametrize("text", [
    "We carry out drink-drive operations throughout the year, with a spike at Christmas.",
    "The council expects 300 more homes during the year ahead.",
    "Crime fell during the year to March 2017.",
])
def test_near_misses_of_the_year(text):
    assert "the year" not in [s for s, _, _ in periods(text, "2017-10-18")]


def test_a_change_on_twelve_months_ago_is_dated_by_its_newer_value(ex):
    text = ("At the end of September 2017, 92.5% of schools were good. This is a 3% improvement on the position twelve "
            "months ago.")
    assert link_of(ex, text, "3", published="2017-10-18")[2] == "2017-09-30"


def test_a_date_after_a_separator_on_its_own_line_is_the_publication_date(ex):
    text = "Schools rated Good by Ofsted\n\n| October 18, 2017\n\nOfsted rated 92% of the county's schools Good."
    assert ex.extract(text)["document"]["published"] == "2017-10-18"


# --- near-misses from a second read of these rules ---

@pytest.mark.parametrize("text,span,value", [
    ("On the 2011 census day, 41,000 people lived in the town.", "2011 census day", "2011-03-27"),
    ("On census day in 2011, 41,000 people lived in the town.", "census day in 2011", "2011-03-27"),
    ("The town had 41,000 residents on census day 2015.", "census day 2015", None),  # no census that year
    ("Arrests rose to 500 in 2023. Twelve months ago there were just 420.", "Twelve months ago", "2022"),
    ("There are 420 people on the waiting list, up from 380 twelve months ago.", "twelve months ago", "2022"),
    ("Some 1,200 were waiting in April, compared with 950 in April a year ago.", "April a year ago", "2022-04"),
    ("In 2015-16 the county had 911 incidents. Over the year 699 of them were race-related.", "the year",
     "2015-04-01/2016-03-31"),
])
def test_second_read_period_values(text, span, value):
    assert [v for s, v, _ in periods(text, "2023-06-30") if s == span] == [value]


def test_twelve_months_ago_opening_its_sentence_dates_its_figure(ex):
    assert link_of(ex, "Arrests rose to 500 in 2023. Twelve months ago there were just 420.", "420",
                   published="2023-06-30")[2] == "2022"


def test_that_day_is_the_day_named_not_a_compared_month(ex):
    text = ("Some 355 patients were fit for discharge on 12 December, up from 300 in November. However, only 128 "
            "left hospital that day.")
    assert link_of(ex, text, "128", published="2023-01-10")[2] == "2022-12-12"


def test_a_decade_ago_skips_the_year_of_publication_the_text_names():
    text = ("Census 2021 results, published by the ONS in June 2022, show 124,100 people lived in the area, up from "
            "113,794 in 2011. A decade ago, 9.9 per cent were under 10.")
    assert [v for s, v, _ in periods(text, "2022-06-30") if s == "A decade ago"] == ["2011"]


def test_april_a_year_ago_is_still_a_month():
    assert [s for s, _, _ in periods("Some 1,200 were waiting in April, compared with 950 in April a year ago.",
                                     "2023-06-30")] == ["April", "April a year ago"]


# --- the next part of a breakdown, a paragraph on, takes the breakdown's period ---

BREAKDOWN = ("Deaths on the county's roads rose to 40 in the 12 months to June 2019.\n\n"
             "Of the 74,000 people who died or were hurt in the first six months of 2019, 42,900 were in cars.\n\n"
             "A further 10,620 were pedestrians - of whom 2,650 were children - while 8,250 were cyclists.")


@pytest.mark.parametrize("number,period", [("10,620", "2019-01-01/2019-06-30"), ("8,250", "2019-01-01/2019-06-30"),
                                           ("40", "2018-07-01/2019-06-30")])
def test_a_further_part_of_a_breakdown_takes_its_period(ex, number, period):
    assert link_of(ex, BREAKDOWN, number, published="2020-01-15")[2] == period


def test_near_miss_a_paragraph_of_its_own_takes_the_story_period(ex):
    text = BREAKDOWN + "\n\nSome 1,557 people were seriously hurt."
    assert link_of(ex, text, "1,557", published="2020-01-15")[2] == "2018-07-01/2019-06-30"


# --- a span inside a vaguer "this year", named just after, is the story's period ---

@pytest.mark.parametrize("text,number,period", [
    ("NHS figures show 1.5million extra patients faced a long wait this year.\n\nBetween January and March, "
     "12.3million appointments were made late.\n\nThis is a 14 per cent rise.", "14", "2019-01-01/2019-03-31"),
    ("More than 530 people were arrested this year, figures show.\n\nThe campaign ran between June 14 and July 15, "
     "and 3,327 drivers were tested.", "530", "2019-06-14/2019-07-15"),
])
def test_a_narrower_span_just_after_this_year_is_the_story_period(ex, text, number, period):
    assert link_of(ex, text, number, published="2019-08-01")[2] == period


@pytest.mark.parametrize("text,span,published,value", [
    ("Drivers were tested - 243 more than the Christmas period in 2011.", "the Christmas period in 2011", "2013-01-10",
     "2011-12"),
    ("Arrests fell over the festive period in 2019.", "the festive period in 2019", "2020-01-10", "2019-12"),
    # a span written without years is the latest one by the publication date, never one still to come
    ("The campaign, which ran from December 1 to January 1, tested 5,811 drivers.", "from December 1 to January 1",
     "2013-01-10", "2012-12-01/2013-01-01"),
    ("The campaign ran between June 14 and July 15 and tested 3,327 drivers.", "between June 14 and July 15",
     "2018-08-01", "2018-06-14/2018-07-15"),
])
def test_a_festive_period_of_a_year_and_a_span_without_years(text, span, published, value):
    assert [v for s, v, _ in periods(text, published) if s == span] == [value]


@pytest.mark.parametrize("number,period", [("71.5", "2013-04-01/2014-03-31"), ("67.3", "2012-04-01/2013-03-31")])
def test_as_opposed_to_is_a_comparison(ex, number, period):
    text = ("From April 2013 to March 2014 crime fell. Public satisfaction rose, with 71.5 per cent of victims happy "
            "with the outcome, as opposed to the 67.3 per cent in the previous year.")
    assert link_of(ex, text, number)[2] == period


# --- near-misses from a third read ---

@pytest.mark.parametrize("text,published,number,period", [
    ("Some 950 were waiting in April a year ago.", "2023-06-30", "950", "2022-04"),
    ("The scheme opened in March 2022. In April a year later, 300 people had joined.", "2023-05-01", "300", "2023-04"),
    ("Arrests rose to 500 in 2023. Police focused on the town centre. Twelve months ago there were just 420 arrests.",
     "2023-06-30", "420", "2022"),
    ("The charity, founded in 1998, now helps 500 families. Twelve months ago it helped 420.", "2023-06-30", "420",
     "2022"),
    ("The charity, founded in 1998, now helps 500 families. Twelve months ago it helped 420.", "2023-06-30", "500",
     None),
    ("In 2023, 40 per cent of commuters in Leeds took the bus, as opposed to 35 per cent who drove.", "2024-01-01",
     "35", "2023"),
])
def test_third_read_periods(ex, text, published, number, period):
    assert link_of(ex, text, number, published=published)[2] == period


@pytest.mark.parametrize("text,published,span,value", [
    ("Police will run a drink-drive crackdown from December 1 to January 1.", "2013-11-28",
     "from December 1 to January 1", "2013-12-01/2014-01-01"),
    ("The summer campaign, which runs from June 14 to July 15, has so far tested 1,200 drivers.", "2018-06-20",
     "from June 14 to July 15", "2018-06-14/2018-07-15"),
])
def test_a_span_still_to_come_is_not_moved_back(text, published, span, value):
    assert [v for s, v, _ in periods(text, published) if s == span] == [value]


@pytest.mark.parametrize("text", [
    "During the year Covid struck, 300 businesses in the town closed.",
    "Over the year Labour took control, council tax rose 5 per cent.",
])
def test_the_year_a_clause_names_is_no_period(text):
    assert "the year" not in [s for s, _, _ in periods(text, "2024-05-01")]
