"""Record 1.1 attributes: direction of changes, currency of money, ranges (value + high), and
partial quotes. Families of phrasing with near-misses; the sentences are made up."""
import pytest

from extractor.components.numbers import find_statistics
from extractor.normalize.statistics import currency, direction


def stats(text):
    return [(s.kind, s.value, s.high, s.direction, s.currency, text[s.start:s.end]) for s in find_statistics(text)]


@pytest.mark.parametrize("text, value, want", [
    ("Burglaries rose by 12 per cent last year.", 12, "up"),
    ("Burglaries have risen by almost 12 per cent.", 12, "up"),
    ("Burglaries fell by 12 per cent last year.", 12, "down"),
    ("Arrests dropped 8% over the summer.", 8, "down"),
    ("There was a 14% increase on the previous year.", 14, "up"),
    ("There was a 14 per cent decrease on the previous year.", 14, "down"),
    ("Waiting lists are 9 per cent lower than in 2019.", 9, "down"),
    ("Waiting lists are 9 per cent higher than in 2019.", 9, "up"),
    ("Shoplifting is up 5% on last year.", 5, "up"),
    ("Shoplifting is down 5% on last year.", 5, "down"),
    ("a reduction of 46 in the number of cases", 46, "down"),
    ("an increase of 46 on the year before", 46, "up"),
    ("There were 46 fewer cases this year.", 46, "down"),
    ("a fall of 19 per cent", 19, "down"),
    ("a year-on-year rise of 3.2 per cent", 3.2, "up"),
])
def test_direction_of_changes(text, value, want):
    got = [s for s in stats(text) if s[1] == value]
    assert got and got[0][3] == want, stats(text)


@pytest.mark.parametrize("text, value", [
    ("74% of patients were seen within four hours.", 74),   # a share, not a change
    ("The share rose to 45 per cent.", 45),                # a level reached, not the change
    ("Unemployment was up from 4 per cent in May.", 4),     # the baseline of a change
    ("Prices could go up to 5 per cent.", 5),              # "up to" is a qualifier
    ("Nearly 30 per cent of the rise came from one town.", 30),  # a share of a rise
])
def test_no_direction_where_the_figure_is_no_change(text, value):
    got = [s for s in stats(text) if s[1] == value]
    assert got and got[0][3] is None, stats(text)


@pytest.mark.parametrize("text, code", [
    ("The council paid £119,000 in claims.", "GBP"),
    ("It cost £1.2bn.", "GBP"),
    ("The fine was 500 pounds.", "GBP"),
    ("The fund holds €3m.", "EUR"),
    ("The deal is worth $4.5 million.", "USD"),
])
def test_currency_of_money(text, code):
    money = [s for s in stats(text) if s[0] == "money"]
    assert money and money[0][4] == code


def test_only_money_has_a_currency():
    assert all(s[4] is None for s in stats("Arrests fell by 12 per cent to 1,405 people."))
    assert currency("1,405") is None


@pytest.mark.parametrize("text, kind, low, high", [
    ("The scheme will cost between £40m and £45m.", "money", 40_000_000, 45_000_000),
    ("Between 5 and 7 per cent of homes are empty.", "percentage", 5, 7),
    ("Some 5 to 7 per cent of homes are empty.", "percentage", 5, 7),
    ("Builders plan 2,000-2,500 homes.", "count", 2000, 2500),
    ("A crowd of 25–30 people gathered.", "count", 25, 30),
    ("Growth of 1.5-2.5 per cent is forecast.", "percentage", 1.5, 2.5),
])
def test_ranges_are_one_statistic_with_value_and_high(text, kind, low, high):
    got = stats(text)
    assert len(got) == 1, got
    assert got[0][:3] == (kind, low, high)


@pytest.mark.parametrize("text", [
    "Offenders rose from 936 to 982.",        # from ... to: a change, two figures
    "Wolves won 2-1 on Saturday.",            # descending: a score, not a range
    "There were 5 and 7 cases in the towns.", # "and" without "between"
])
def test_near_miss_ranges_stay_apart(text):
    assert all(s[2] is None for s in stats(text))


def test_direction_function_reads_only_the_cue_next_to_the_figure():
    assert direction("Knife crime, which rose last year, now stands at", " of all crime") is None
    assert direction("", " increase") == "up"


@pytest.mark.parametrize("text, fragment", [
    ('The council leader called the plans "deeply worrying" at the meeting.', "deeply worrying"),
    ("Councillors voted to ‘end the scourge of fly-tipping’ in the borough.", "end the scourge of fly-tipping"),
    ('He branded the decision "a disgrace" on Monday.', "a disgrace"),
])
def test_quoted_fragments_in_reported_speech_are_partial_quotes(ex, text, fragment):
    quotes = ex.extract(text)["quotes"]
    assert [(q["span"]["text"], q["partial"]) for q in quotes] == [(fragment, True)]


@pytest.mark.parametrize("text", [
    'She said: "We will review every case this year."',
    '"We will review every case this year," she said.',
])
def test_direct_quotations_are_not_partial(ex, text):
    quotes = ex.extract(text)["quotes"]
    assert quotes and not quotes[0]["partial"]


def test_titles_and_scare_quotes_outside_speech_are_not_quotes(ex):
    assert ex.extract("The report ‘Managing Sex Offenders in the Community’ was published.")["quotes"] == []
    assert ex.extract('The so-called "stranger danger" campaign ran for years.')["quotes"] == []
