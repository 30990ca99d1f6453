"""A thing that saw, recorded or showed a change of a size: "Burglaries saw a rise of [12]%", "House prices
recorded a fall of [3]%", "prices show an increase of [0.8]%" -> the change in that thing (as "X saw a [71] per
cent rise" already was). Not a place, body or name ("Leeds saw a rise of 12%", "The council recorded a fall"), nor what
only shows the change ("The regional figure shows an increase of four", "The data shows a rise"), and the thing
named after the size wins ("Kent saw a rise of 12% in burglaries")."""
import pytest

from record_finding import measures


@pytest.mark.parametrize("text,span,measure", [
    ("Reported burglaries saw a rise of 12% last year.", "12%", "rise in reported burglaries"),
    ("House prices recorded a fall of 3% in May.", "3%", "fall in house prices in May"),
    ("Compared with last month, prices show an increase of 0.8%.", "0.8%", "increase in prices"),
    ("Interest rates have seen a sharp rise of 0.25 percentage points.", "0.25 percentage points", "rise in interest rates"),
    ("Reported burglaries saw a rise of 12% in the year to March.", "12%", "rise in reported burglaries"),
    # the thing named after the size, as before
    ("Kent saw a rise of 12% in burglaries.", "12%", "rise in burglaries"),
])
def test_the_thing_that_saw_a_change_of_a_size(ex, text, span, measure):
    got = measures(ex, text)
    assert got.get(span) == measure, got


@pytest.mark.parametrize("text,span", [
    ("Leeds saw a rise of 12%.", "12%"),
    ("The council recorded a fall of 3%.", "3%"),
    ("The data shows a rise of 4%.", "4%"),
    ("The annual change shows a fall of 2.3%.", "2.3%"),
    # one capitalised word may be a name, not a thing
    ("Smith saw a rise of 12%.", "12%"),
    ("Tesco saw a rise of 12%.", "12%"),
])
def test_a_place_a_body_or_a_source_is_no_thing(ex, text, span):
    assert measures(ex, text)[span] is None


@pytest.mark.parametrize("text,span,measure", [
    # a month after the change noun is when, not what changed
    ("House prices recorded a 3% fall in May.", "3%", "fall in house prices in May"),
    ("Sales of new cars saw a 3% fall in March 2024.", "3%", "fall in sales of new cars in March 2024"),
    # a thing after it is what changed
    ("Kent saw a 12% rise in burglaries.", "12%", "rise in burglaries"),
])
def test_a_month_after_a_change_is_its_time(ex, text, span, measure):
    got = measures(ex, text)
    assert got.get(span) == measure, got
