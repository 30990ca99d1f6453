"""Periods round 6 (helper p11): school terms written with their year, autumn in a school story,
a quarter number whose bracketed months define it, and a year-before back-reference's
named year, which is a baseline, not the figures' frame."""
import pytest

from extractor.components.periods import find_periods


def _periods(text, published=None):
    return [(text[p.start:p.end], p.kind, p.value) for p in find_periods(text, published)]


def _one(text, span, published=None):
    hits = [p for p in _periods(text, published) if p[0] == span]
    assert hits, _periods(text, published)
    return hits[0]


@pytest.mark.parametrize("text,span,value", [
    ("Persistent absence reached 21% in autumn term 2022/23.", "autumn term 2022/23", "2022-09-01/2022-12-31"),
    ("Head teachers said the autumn term 2021 was the hardest yet, with 9% absent.", "the autumn term 2021", "2021-09-01/2021-12-31"),
    ("Fixed-term suspensions rose to 300 in the autumn term of 2018.", "the autumn term of 2018", "2018-09-01/2018-12-31"),
    ("Some 4,100 pupils were suspended in the autumn term of the 2020-21 school year.",
     "the autumn term of the 2020-21 school year", "2020-09-01/2020-12-31"),
    # the code may come first
    ("Absence rose to 7% in the 2022/23 autumn term.", "the 2022/23 autumn term", "2022-09-01/2022-12-31"),
])
def test_dated_autumn_term_is_september_to_december(text, span, value):
    assert _one(text, span) == (span, "range", value)


@pytest.mark.parametrize("text,span", [
    ("Absence fell to 6.2% in the 2023/24 spring term.", "the 2023/24 spring term"),
    ("In the summer term 2019, 5% of sessions were missed.", "the summer term 2019"),
    ("The spring term of 2022 saw 1,200 suspensions.", "The spring term of 2022"),
])
def test_dated_terms_without_value(text, span):
    # (kind stays relative, as tests/test_periods_p7.py settles for a term without a value)
    assert _one(text, span) == (span, "relative", None)


@pytest.mark.parametrize("text", [
    "The Autumn Term saw 400 suspensions at the academy.",
    "Absence was 7% across Spring Term, the school said.",
])
def test_term_without_year_stays_relative_and_unresolved(text):
    (span, kind, value), = _periods(text)
    assert kind == "relative" and value is None


@pytest.mark.parametrize("text,span,value", [
    ("Teachers reported that pupils' exclusions rose 6% in autumn 2019 at schools across the county.",
     "autumn 2019", "2019-09-01/2019-12-31"),
    ("At the academy, classroom attendance dropped in the autumn of 2021, teachers said.",
     "the autumn of 2021", "2021-09-01/2021-12-31"),
])
def test_autumn_in_a_school_story_is_the_autumn_term(text, span, value):
    assert _one(text, span)[2] == value


@pytest.mark.parametrize("text,span,value", [
    ("Footfall in the high street rose 5 per cent in autumn 2019.", "autumn 2019", "2019-09-01/2019-11-30"),
    ("Burglaries fell in the autumn of 2021, police said, though pupils and teachers reported thefts.",
     "the autumn of 2021", "2021-09-01/2021-11-30"),  # (a police story naming schools: not a school story)
    ("Pupils sat fewer exams in spring 2021, teachers said.", "spring 2021", "2021-03-01/2021-05-31"),
])
def test_other_seasons_stay_meteorological(text, span, value):
    assert _one(text, span)[2] == value


@pytest.mark.parametrize("text,published,span,value", [
    # a story told in financial years that numbers its quarter by the calendar: the months decide
    ("The 2023/24 overspend reached £3m in Q3 (July to September), officers said.", None, "Q3",
     "2023-07-01/2023-09-30"),
    ("The 2023/24 budget: spending in quarter one (January to March) was £3m.", None, "quarter one",
     "2024-01-01/2024-03-31"),
    # a calendar story that numbers its quarter from April
    ("Visitor numbers rose 4% in Q1 (April to June).", "2024-11-02", "Q1", "2024-04-01/2024-06-30"),
    ("Visitor numbers rose 4% in Q2 (Apr-Jun).", "2024-11-02", "Q2", "2024-04-01/2024-06-30"),
    # months that agree with the numbering change nothing
    ("Visitor numbers rose 4% in Q3 (July to September).", "2024-11-02", "Q3", "2024-07-01/2024-09-30"),
    ("The 2023/24 overspend reached £3m in Q3 (October to December).", None, "Q3", "2023-10-01/2023-12-31"),
    # undated, not told in financial years: no value either way
    ("Visitor numbers rose 4% in Q1 (April to June).", None, "Q1", None),
])
def test_quarter_number_takes_the_quarter_its_bracketed_months_define(text, published, span, value):
    assert _one(text, span, published) == (span, "relative", value)


@pytest.mark.parametrize("text,published,span,value", [
    ("Sales were up in Q2 (March to June).", "2024-06-10", "Q2", "2023-04-01/2023-06-30"),  # four months: not a quarter's
    ("Sales were up in Q2 (May to June).", "2024-06-10", "Q2", "2023-04-01/2023-06-30"),
    ("Sales were up in Q2 (Tuesday to Friday).", "2024-06-10", "Q2", "2023-04-01/2023-06-30"),
    ("Sales were up in Q2, from April to June.", "2024-06-10", "Q2", "2023-04-01/2023-06-30"),  # (not bracketed)
])
def test_bracketed_words_that_define_no_quarter(text, published, span, value):
    assert _one(text, span, published)[2] == value


def test_quarter_with_year_in_brackets_unchanged():
    text = "Q4 (October to December) 2011 saw a fall."
    assert _periods(text) == [("Q4 (October to December) 2011", "range", "2011-10-01/2011-12-31")]


@pytest.mark.parametrize("text,span,value", [
    ("The forecast for 2024-25 is an overspend of £9m. The forecast at the same point last year, 2023-24, was £6m. "
     "Reserves of £2m were used in Q1.", "Q1", "2024-04-01/2024-06-30"),
    ("The deficit for 2024-25 is £9m. A year earlier (2023-24) it was £6m, and in Q2 it grew.",
     "Q2", "2024-07-01/2024-09-30"),
])
def test_year_before_named_in_apposition_is_not_the_frame(text, span, value):
    assert _one(text, span)[2] == value


def test_year_named_after_a_plain_comma_is_still_the_frame():
    text = "The forecast for 2023-24 is £6m. In 2024-25, the council spent £3m in Q1."
    assert _one(text, "Q1")[2] == "2024-04-01/2024-06-30"


def test_same_period_before_a_school_autumn_is_the_autumn_term_before():
    text = ("Suspensions at schools rose 5 per cent in autumn 2019, teachers said, compared with the same period "
            "the previous year.")
    assert _one(text, "the same period the previous year")[2] == "2018-09-01/2018-12-31"


@pytest.mark.parametrize("text,published,value", [
    # after a whole (financial) year named, "this time last year" is a moment before the story's present
    ("Arson rose from 3,600 in 2018-19 to 4,800 in 2022-23. Deliberate fires are down 35% from this time last year.",
     None, None),
    ("Visits fell to 9,000 in 2021. Numbers are up on this point last year, the trust said.", None, None),
    # after a month or a quarter named, it is that period a year before
    ("In July, 300 fires were set, up from 250 at this time last year.", "2024-08-01", "2023-07"),
    ("In the three months to June, 300 fires were set, up from 250 at this time last year.", "2024-08-01",
     "2023-04-01/2023-06-30"),
])
def test_this_time_last_year(text, published, value):
    assert _one(text, "this time last year" if "this time" in text else "this point last year", published)[2] == value


def test_same_period_last_year_after_a_whole_year_is_still_the_year_before():
    text = "In 2022-23 there were 400 fires, down from the same period last year."
    assert _one(text, "the same period last year")[2] == "2021-04-01/2022-03-31"


@pytest.mark.parametrize("text,published,span,value", [
    # a level "previously seen in" a year is a landmark: "the previous year" counts back from the figures' quarter
    ("Court statistics: January to March 2021\nBacklogs rose 9%, back to levels previously seen in 2016. "
     "Disposals fell by 4% on the previous year.", "2021-06-24", "the previous year", "2020-01-01/2020-03-31"),
    ("Figures for April to June 2022 show claims at a rate last seen in 2009, up 3% on the previous year.",
     "2022-08-10", "the previous year", "2021-04-01/2021-06-30"),
    # undated: a landmark year fixes no reference year either
    ("Advertising revenue was 18 per cent higher than in the first quarter last year, reaching levels last seen "
     "in 1989.", None, "the first quarter last year", None),
])
def test_level_seen_before_is_a_landmark(text, published, span, value):
    assert _one(text, span, published)[2] == value


@pytest.mark.parametrize("text,published,span,value", [
    # near misses: "seen" that names the figures' own period
    ("Figures for April to June 2022 show 300 claims were seen in 2022, up 3% on the previous year.",
     "2022-08-10", "the previous year", "2021"),
])
def test_seen_in_without_a_landmark_word(text, published, span, value):
    assert _one(text, span, published)[2] == value


# --- a frame that holds no financial year ("next year") leaves "this financial year" to the publication date ---
@pytest.mark.parametrize("text,value", [
    ("The planned savings for next year follow an overspend during this financial year of about £40m.",
     "2024-04-01/2025-03-31"),
    ("The council expects to save £3m in 2025. This financial year it will overspend by £1m.", "2024-04-01/2025-03-31"),
])
def test_this_financial_year_after_a_bare_year(text, value):
    assert _one(text, "this financial year" if "this financial" in text else "This financial year", "2024-11-27")[2] == value


# --- months listed after one another, and "from" pairs with "to" (a newcomer's run) ---
def test_each_month_of_a_list_is_a_period():
    text = "In March, June and September 2023, 400 people were seen."
    assert [(s, v) for s, _k, v in _periods(text)] == [("March", "2023-03"), ("June", "2023-06"), ("September 2023", "2023-09")]
    # months in a row stay one span
    assert [s for s, _k, _v in _periods("In July, August and September 2023, 400 were seen.")] == ["July, August and September 2023"]


@pytest.mark.parametrize("text,spans", [
    ("The analysis uses data from April and September last year.", ["April", "September last year"]),
    ("Waits were longest between April and September last year.", ["between April and September last year"]),
    ("Waits fell from April to September last year.", ["from April to September last year"]),
])
def test_from_and_is_two_months_not_a_span(text, spans):
    assert [s for s, _k, _v in _periods(text, "2019-03-01")] == spans
