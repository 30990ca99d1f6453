"""Near-misses from the second read (rv7) of the stranger-run families: each must keep what the text says."""
import pytest

from record_finding import link_of, measures

PUB = "2024-03-01"


@pytest.mark.parametrize("text,number,period", [
    # a target or a mark "below/above the" is no compared figure
    ("Unemployment stayed below the 5% target in 2023, the figures show.", "5", "2023"),
    ("Visitor numbers rose to above the 5,000 mark in 2023.", "5,000", "2023"),
    # "more than 400" is a quantity, not the "than" of a comparison list
    ("More than 400 people were injured and the total for 2023 is expected to pass 520.", "400", "2023"),
    # a second item with a verb of its own is a clause of its own
    ("Crime was higher than in 2019 (500 offences) and the rate for 2023 was 5.1%.", "5.1", "2023"),
])
def test_periods_kept(ex, text, number, period):
    assert link_of(ex, text, number, published=PUB)[2] == period


def test_the_week_before_an_event_is_no_week(ex):
    text = "A&E saw 500 patients last week. In the week before the strike, 300 were seen."
    assert "the week before" not in [p["span"]["text"] for p in ex.extract(text, published="2026-04-22")["periods"]]


@pytest.mark.parametrize("text,span,measure", [
    ("Kent saw the biggest increase of 12% last year.", "12%", None),
    ("Bills face a similar rise of 5%.", "5%", None),
    ("There are 500 people who were aged 65 or over.", "500", "people were aged 65 or over"),
    ("There were 120 people who travelled 5 kilometres to work.", "120", "people travelled 5 kilometres to work"),
    ("Monthly rents rose by 3% in Kent.", "3%", "increase in monthly rents"),
    ("Overall satisfaction fell by 5 points.", "5 points", "fall in overall satisfaction"),
    ("Another 40 arrests brought the total number of arrests to 1,240.", "1,240", "arrests"),
    ("The largest percentage increase in offences was recorded by Avon & Somerset Police (up 24% on 2022), while "
     "Kent Police saw a rise in arrests (up 5%).", "5%", "rise in arrests"),
])
def test_measures_kept(ex, text, span, measure):
    assert measures(ex, text)[span] == measure


@pytest.mark.parametrize("text,quote,name", [
    ("She said: ‘The 5′ wall was too low.’", "The 5′ wall was too low.", None),
    ("John Smith, 45, lives nearby. “It is a scandal,” said the 71-year-old.", "It is a scandal,", None),
])
def test_quotes_kept(ex, text, quote, name):
    q = ex.extract(text)["quotes"][0]
    assert (q["span"]["text"], q["speaker"].get("name")) == (quote, name)


def test_speaking_for_a_body_keeps_the_body(ex):
    q = ex.extract("“We are busy,” said Andrew Jones, speaking for the NHS trust.")["quotes"][0]
    assert (q["speaker"]["name"], q["speaker"]["role"], q["speaker"]["organisation"]) == ("Andrew Jones", None, "NHS trust")
