import pytest

from extractor.components.periods import find_periods


def one(text, published=None):
    found = find_periods(text, published)
    assert len(found) == 1, [(p.kind, text[p.start:p.end]) for p in found]
    return found[0]


@pytest.mark.parametrize("text,surface,kind,value", [
    ("Figures for 2019-20 show", "2019-20", "financial_year", "2019-04-01/2020-03-31"),
    ("higher than in 2010/11 when", "2010/11", "financial_year", "2010-04-01/2011-03-31"),
    ("in 2006/7 there", "2006/7", "financial_year", "2006-04-01/2007-03-31"),
    ("A synopsis of the 2007 - 08 plan", "2007 - 08", "financial_year", "2007-04-01/2008-03-31"),
    # years more than one apart are a range, not one financial year (in calendar years unless the
    # story is told in financial years: see test_period_frames.py)
    ("the plan, which runs from 2005-2008.", "2005-2008", "range", "2005-01-01/2008-12-31"),
    ("a change to the law in 2012", "2012", "year", "2012"),
    ("appointed in November 2006 and", "November 2006", "month", "2006-11"),
    ("on 31 March 2007 there", "31 March 2007", "date", "2007-03-31"),
    ("since September 1, 1997 of", "September 1, 1997", "date", "1997-09-01"),
    ("in our Area on 31st March 2007 –", "31st March 2007", "date", "2007-03-31"),
    ("from April 4 2005 which", "April 4 2005", "date", "2005-04-04"),
    ("between April 1, 2006 and March 31, 2007.", "between April 1, 2006 and March 31, 2007", "range",
     "2006-04-01/2007-03-31"),
    ("in the 12 months to September 2019, police", "the 12 months to September 2019", "range",
     "2018-10-01/2019-09-30"),
    ("in the year ending March 2018 there", "the year ending March 2018", "range", "2017-04-01/2018-03-31"),
])
def test_explicit_periods(text, surface, kind, value):
    p = one(text)
    assert (text[p.start:p.end], p.kind, p.value) == (surface, kind, value)


@pytest.mark.parametrize("text,published,surface,value", [
    ("managed as of March this year", "2020-11-10", "March this year", "2020-03"),
    ("up to 31 March this year", "2021-06-15", "31 March this year", "2021-03-31"),
    ("up to 31 March this year", "2021-02-10", "31 March this year", "2021-03-31"),
    ("more than in March last year", "2021-07-01", "March last year", "2020-03"),
    ("published before the end of the year", "2020-11-10", "the end of the year", "2020-12-31"),
    ("arrived four years ago", "2020-11-10", "four years ago", "2016"),
    ("arrived four years ago", None, "four years ago", None),
    ("figures released today show", "2020-11-10", "today", "2020-11-10"),
])
def test_relative_periods_resolve_against_publication(text, published, surface, value):
    p = one(text, published)
    assert (text[p.start:p.end], p.value) == (surface, value)


def test_year_before_and_that_time_point_back():
    text = "There were 144 in the area up to March 31 at that time – higher than 141 the year before."
    found = find_periods(text, "2021-07-20")
    assert [(text[p.start:p.end], p.value) for p in found] == [
        ("March 31", "2021-03-31"), ("that time", "2021-03-31"), ("the year before", "2020-03-31")]


def test_last_year_in_a_financial_year_story_is_the_last_completed_financial_year():
    text = "The number grew by three per cent from 2018-19. Some 13 were removed last year."
    found = find_periods(text, "2020-11-10")
    assert found[-1].value == "2019-04-01/2020-03-31"


def test_without_publication_date_the_document_year_is_used():
    text = "Figures for 2020-21 show 1,318 at the end of March this year."
    found = find_periods(text, None)
    assert found[-1].value == "2021-03-31"


@pytest.mark.parametrize("text", [
    "under the Sexual Offences Act 2003 it",       # legislation
    "a 10-year-old boy",                            # age
    "for 15 years",                                 # duration
    "it may be that",                               # modal 'may'
    "call 0800 2019 000",                           # not a year: phone-like digits
])
def test_not_periods(text):
    assert [text[p.start:p.end] for p in find_periods(text)] in ([],)


def test_metadata_date_line_is_not_a_period():
    assert find_periods(" date 2020-11-10 Figures in 2019 show") [0].value == "2019"
    assert len(find_periods(" date 2020-11-10 Figures in 2019 show")) == 1
