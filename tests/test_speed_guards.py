"""The document guards of the period rules and the backward pre-tests of the number rules are
speed only: a guard must hold on every text its rule matches (else a period would be lost), and a
pre-tested search must find exactly what the plain search finds."""
import pytest

from extractor.components import numbers as N
from extractor.components import periods as P
from extractor.rules import backward_search

_RULES = {r.id: r for r in P.period_rules()[0]}


def _guards_hold(rule_id: str, text: str) -> bool:
    return all(P.DOCUMENT_GUARDS[g](text) for g in _RULES[rule_id].guards)


@pytest.mark.parametrize("rule_id, text", [
    ("relative.next_year", "The council expects the deficit to widen NEXT   YEAR, officials warned."),
    ("relative.next_year", "Rents will rise again next\nyear."),
    ("relative.next_year", "Savings are planned for the forthcoming year across all wards."),
    ("relative.next_year", "Budgets for the Coming Year were set on Tuesday."),
    ("relative.next_year", "Spending for the comİng year was agreed."),  # (İ matches i, case-blind)
    ("range.decade", "Burglary was far higher in the 1990s than now."),
    ("range.decade", "Numbers have not been this low since the 1980's."),
    ("range.decade", "It was a feature of the 2000’s housing boom."),
    ("range.decade", "Since the 1970S the town has shrunk."),
    ("range.dates_dash", "The survey ran 3 March 2023 - 9 April 2023 in every ward."),
    ("range.dates_dash", "Figures cover 1 April \u2013 30 June 2024."),
    ("range.dates_dash", "Open 4 May\t\u2014\t1 June 2022 only."),
    ("range.half_code", "Arrests rose in H1 2023 compared with H2 2022."),
    ("relative.today", "Figures published TODAY show a fall in knife crime."),
    ("relative.this_year", "Admissions are up 4% this financial year."),
    ("relative.this_year", "The school has hired six teachers This\n Year."),
    ("relative.last_year", "Recorded thefts fell by 8% over the PAST year."),
    ("relative.last_year", "Council tax went up 5% last financial year."),
    ("relative.last_month", "House prices dipped 0.4% last\tmonth."),
    ("relative.last_month_name", "Inflation was 3.2% last April, the ONS said."),
    ("relative.last_n", "Over the last three years 120 homes were built."),
    ("relative.last_n", "Crime fell 10% in the PAST six MONTHS."),
    ("relative.last_n", "It doubled over the previous decade."),
    ("relative.month_before", "Sales were 2% up on the month before."),
    ("relative.month_before", "The rate fell from 4.1% in the previous month."),
    ("range.part_of_year", "Half of the rise came in the first three months of 2023."),
    ("range.part_of_year", "In the final QUARTER of 2022 there were 312 arrests."),
    ("relative.end_of_year", "The scheme should be finished by the end of this year."),
    ("relative.end_of_year", "Work begins at the start of next year."),
])
def test_a_guarded_rule_that_matches_has_its_guards_hold(rule_id, text):
    assert _RULES[rule_id].pattern.search(text), "the example must be one the rule matches"
    assert _guards_hold(rule_id, text)


@pytest.mark.parametrize("rule_id, text", [
    ("relative.next_year", "The next meeting is in June."),             # "next", no year
    ("relative.next_year", "Crime fell over the year."),                 # a year, neither next nor coming
    ("range.decade", "In 2020 there were 40 arrests."),                  # a year, not a decade
    ("range.dates_dash", "From 3 March 2023 to 9 April 2023."),          # no spaced dash
    ("range.half_code", "The H-shaped building cost £2m in 2021."),      # no H1 or H2
    ("relative.today", "Figures published on Tuesday show a fall."),
    ("relative.this_year", "The scheme ran for a whole year."),          # "year" but not "this"
    ("relative.last_month", "At last the week's figures arrived."),
    ("relative.last_month_name", "Inflation was 3.2% last year."),       # no month named
    ("relative.end_of_year", "The year ended with 400 arrests."),
])
def test_a_guard_fails_on_a_text_its_rule_cannot_match(rule_id, text):
    assert not _RULES[rule_id].pattern.search(text)
    assert not _guards_hold(rule_id, text)


@pytest.mark.parametrize("text, surface", [
    ("Fares will rise by 5% next year, the operator said.", "next year"),
    ("The force recruited 40 officers in the 1990s.", "1990s"),
    ("Tickets sold 4 May 2023 - 1 June 2023 rose 12%.", "4 May 2023 - 1 June 2023"),
    ("Waiting lists grew 3% last month.", "last month"),
    ("The council said today that 200 homes were empty.", "today"),
])
def test_guarded_periods_are_still_found(text, surface):
    assert surface in [text[p.start:p.end] for p in P.find_periods(text, "2024-03-01")]


def test_the_lower_case_kept_for_the_guards_follows_the_text():
    assert P._may_say("NEXT year", ("next",)) and not P._may_say("the last one", ("next",))
    assert P._may_say("a ſtrange text", ("zzz",))  # (a letter that folds unlike str.lower: always True)


_NUMBER_RULES = {r.id: r for r in N.number_rules().rules}


@pytest.mark.parametrize("rule_id", sorted(N._PRETESTED))
def test_a_pretested_number_rule_can_be_searched_backwards(rule_id):
    assert backward_search(_NUMBER_RULES[rule_id].pattern) is not None


@pytest.mark.parametrize("window", [
    "Recorded crime rose by ", "The number of burglaries fell sharply by ", "the rise in thefts was ",
    "children aged between 5 and ", "a budget of ", "Call 0800 ", "text HELP to ", "shop prices were up ",
    "Mr Smith, ", "in Ward ", "the increase since 2019 has been ", "over-", "people over ", "", "by",
])
def test_a_pretested_search_finds_what_the_plain_search_finds(window):
    for rule_id in N._PRETESTED:
        pattern = _NUMBER_RULES[rule_id].pattern
        forward, tested = pattern.search(window), N.pretested(pattern)(window)
        assert (forward is None) == (tested is None)
        assert forward is None or forward.span() == tested.span()
