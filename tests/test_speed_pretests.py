"""Speed only (helper sp4): the number scan's two-letter lookahead for number words, direction's
searches tried only where a rule's first words begin, its pre-tested veto, and the number rules
whose search runs before their guards must find exactly what the plain forms find, on strings
that match and near-misses."""
import pytest

from extractor.components import numbers as N
from extractor.normalize import statistics as S
from extractor.rules import shared_lexicons

# --- the candidate scan -------------------------------------------------------------------

_TEXTS = [
    "Two-thirds of homes, three quarters of pupils and one-fifth of staff; half said so.",
    "A third of a million people, a quarter of the wards, a tenth of one per cent.",
    "Twenty-one officers, thirty five arrests, forty-two thousand pounds, ninety nine.",
    "zero, nil, one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, thirteen, "
    "fourteen, fifteen, sixteen, seventeen, eighteen, nineteen, twenty, thirty, forty, fifty, sixty, "
    "seventy, eighty, ninety.",
    "ZERO NIL ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE SIXTY Half A Third",
    "a dozen, a hundred, a thousand, a million, a\tbillion, a\nhundred, a-quarter of a billion",
    "one and a half million, two hundred and fifty, three hundred thousand, half a million",
    "Eleven of the 40 wards; Eighteen per cent; Fifty-fifty; SEVENTEEN; sİx; fİve; Fİfty; ſix; ſeven",
    # near-misses: words that open as number words do, one letter on
    "the theft, their tenth, those fourth, others often, a athird, an eighth, nine-ish, onerous, halfway",
    "Aone, Atwo, tw o, t wo, fi ve, se ven, eigh t, el even, ze ro, ha lf, a-third, a\u00a0quarter",
    "Sixth-formers, tenths, seventies, nineties, fifties, the Twenties, Tenby, Seville, Onslow, Halifax",
    "Cut by a third, rose by half, down by two-thirds (66%), up by three quarters, a fifth (20%).",
    "£3.5m, US$25m, -6.2%, (–0.9%), +1.4, 1,234 homes, 2m/3m, 12%-15%, RM120, 45m2, 70 m.p.h.",
]


def _spans(pattern, text):
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_number_word_heads_are_derived_from_the_lexicons():
    heads = N._word_heads()
    assert heads.startswith("(?=") and "tw" in heads and "a[\\s\\-]" in heads


@pytest.mark.parametrize("text", _TEXTS)
def test_the_candidate_scan_finds_what_it_finds_without_the_word_heads(text):
    pattern = N.candidate_pattern()
    plain = N.regex.compile(pattern.pattern.replace(N._word_heads(), "", 1), pattern.flags)
    assert plain.pattern != pattern.pattern
    assert _spans(pattern, text) == _spans(plain, text)
    assert _spans(pattern, text.lower()) == _spans(plain, text.lower())
    assert _spans(pattern, text.upper()) == _spans(plain, text.upper())


@pytest.mark.parametrize("entry, head", [("tw?o", None), ("a ?b", None), ("a(b)", None), ("ab*", None),
                                         ("a third", "a "), ("two[\\s\\-]thirds", "tw"), ("half", "ha")])
def test_an_entry_that_may_open_otherwise_gives_no_head(entry, head):
    m = N._ENTRY_HEAD.match(entry)
    assert (m.group(0) if m else None) == head


# --- direction ----------------------------------------------------------------------------

_LEFTS = [
    "Knife crime has risen by", "Knife crime has risen sharply by almost", "there was a", "crime rose",
    "the number of burglaries went up by a further", "RENTS ROSE BY", "Prices Fell By Around",
    "which made up", "sales have not risen by", "a fall in arrests in the north of", "a fall in arrests of",
    "the rise in reported thefts in Leeds over the year, of", "an increase since 2019 of",
    "the rise on the back of", "falls were recorded in", "it was down by the same", "drop-off of",
    "the population grew by 3.5 million more (", "Wales had the greatest monthly rise with a movement of",
    "those made up", "Up to", "raising more than £", "which now stood at", "rebounded, by", "the uptick of",
    "surged to a record", "up from", "fewer than", "lessons", "upstairs", "furthermore", "cutting-edge",
    "ſurged by", "rİsen by", "risen by\n", "", "by", "the mid-year increase of £",
]


def _same(a, b):
    return (a is None and b is None) or (a is not None and b is not None and a.span() == b.span()
                                         and a.groupdict() == b.groupdict())


@pytest.mark.parametrize("rule_id", sorted(S._STARTS_SEARCHED))
def test_a_rule_searched_where_its_words_begin_finds_what_its_search_finds(rule_id):
    rs = S._ruleset()
    rule = rs[rule_id]
    search = S._starts_search(rule, rs)
    assert search is not None, "the rule must open with its words (else its search stays the plain one)"
    for left in _LEFTS:
        for window in (left, left.lower(), left.upper(), "Overall, " + left, left + " "):
            assert _same(rule.pattern.search(window), search(window)), window


def test_rules_that_do_not_open_with_their_words_keep_their_plain_search():
    rs = S._ruleset()
    lexicons = {**shared_lexicons(), **{n: tuple(a.split("|")) for n, a in rs.lexicons.items()}}
    assert S._opening_words(r"\b(?:rate|pace)\s+of", lexicons) is None
    assert S._opening_words(r"(?:\b(?:(?P<up>{direction_up})|(?P<down>{direction_down})))", lexicons) is None
    assert S._opening_words(r"\b(?:(?P<up>{no_such_lexicon})|(?P<down>{direction_down}))", lexicons) is None
    assert S._opening_words(r"\b(?<!x)(?:(?P<up>{direction_up})|(?P<down>{direction_down}))\s", lexicons)


def test_a_pretested_veto_finds_what_its_search_finds():
    rs = S._ruleset()
    vetoes = S._rules()[3]
    for rule_id in S._VETOES_PRETESTED:
        pattern = rs[rule_id].pattern
        search = vetoes[[r.id for r in rs.rules if r.family == "veto"].index(rule_id)][0]
        assert getattr(search, "__self__", None) is not pattern  # (not the plain search)
        for left in _LEFTS:
            near = left[-40:]
            assert _same(pattern.search(near), search(near)), near


# --- the number rules searched before their guards ----------------------------------------

def test_rules_searched_first_have_no_guard_that_fills_a_memo():
    for needs, guard, search, context, resolve, rule in N._deciding_rules():
        if rule.id in N._SEARCH_FIRST:
            assert not set(rule.guards) & (N._ROW_GUARDS | {"not_table_cell"})


# --- the periods' document guards written as one regex or with a common substring first -----

from extractor.components import periods as P  # noqa: E402

_OLD_GUARDS = {  # (as they were written: one ``in`` a substring)
    "says_edge_of_year": lambda text: any(w in text for w in ("nd of 1", "nd of 2", "rt of 1", "rt of 2", "ng of 1",
                                                             "ng of 2")),
    "says_years_to_year": lambda text: any(w in text for w in ("ecade to", "ecade up", "ecade ending", "ecade until",
                                                               "ears to 1", "ears to 2", "ears up to", "ears ending",
                                                               "ears until")),
    "says_weekday": lambda text: any(w in text for w in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                                         "Saturday", "Sunday")),
    "says_superlative": lambda text: any(w in text for w in ("busiest", "quietest", "wettest", "driest", "warmest",
                                                             "hottest", "coldest", "sunniest")),
    "says_fy_words": lambda text: any(w in text for w in ("financial year", "tax year", "fiscal year", "Financial year",
                                                           "Tax year", "Fiscal year")),
    "says_decade": lambda text: any(w in text for w in ("0s", "0S", "0'", "0’", "0ſ")),
    "says_end_of_fy": lambda text: any(w in text for w in ("nd of the financial year", "nd of this financial year",
                                                           "nd of the current financial year")),
    "says_week_to": lambda text: any(w in text for w in ("eek to", "eek ending", "eek ended", "eek up to")),
    "says_quarter_to": lambda text: any(w in text for w in ("uarter to", "uarter ending", "uarter ended", "uarter up",
                                                            "uarter until", "uarter through")),
    "says_year_end_code": lambda text: any(w in text for w in (" YE ", "FYE ", "(YE ", "\nYE ")),
    "says_next_fy": lambda text: any(w + " financial year" in text for w in ("coming", "next", "Next", "he new")),
    "says_before_words": lambda text: any(w in text for w in ("before", "earlier", "previous", "prior", "preceding",
                                                              "Before", "Earlier", "Previous", "Prior", "Preceding")),
}

_GUARD_TEXTS = [
    "", "At the end of 2023 and the start of 1999", "by the end of 3", "the rend of 1", "a sort of 2", "long of 1",
    "over the last decade to 2020", "the decade up to", "a decade ending", "ecade until", "decades to",
    "in the years to 2023", "years to 1999", "years to 3", "years up to", "five years ending", "years until",
    "years unti", "ears to", "Monday", "on Tuesday,", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "monday", "MONDAY", "Sundays", "Mon day", "Fri", "busiest", "the quietest", "wettest", "driest", "warmest",
    "hottest", "coldest", "sunniest", "dryest", "Busiest", "financial year", "tax year", "fiscal year",
    "Financial year", "Tax year", "Fiscal year", "FINANCIAL YEAR", "financial  year", "financial years", "taxyear",
    "the 1990s", "1980S", "2000's", "2000’s", "1970ſ", "0", "20 s", "0x", "10%", "2010", "0'",
    "by the end of the financial year", "the end of this financial year", "end of the current financial year",
    "end of the financial  year", "the week to", "weeks ending", "week ended", "week up to", "Week to", "eek",
    "the quarter to", "quarter ending", "quarter ended", "quarters up to", "quarter until", "quarter through",
    "Quarter to", "quarter  to", "the YE 2023", "FYE 24", "(YE Mar", "\nYE ", "YE", "year end", "FY ",
    "the coming financial year", "next financial year", "Next financial year", "the new financial year",
    "new financial years", "financial year", "nextfinancial year", "before", "Before", "BEFORE", "earlier",
    "Earlier", "previous", "Previous", "prior", "Prior", "priority", "preceding", "Preceding", "efore", "arlier",
    "revious", "rior", "receding", "the year before last", "twelve months earlier",
]


@pytest.mark.parametrize("name", sorted(_OLD_GUARDS))
def test_a_rewritten_document_guard_holds_where_it_held(name):
    new = P.DOCUMENT_GUARDS[name]
    for text in _GUARD_TEXTS + [" ".join(_GUARD_TEXTS), "\n".join(_GUARD_TEXTS)]:
        assert new(text) == _OLD_GUARDS[name](text), (name, text)


@pytest.mark.parametrize("left", [
    "under the Crime and Disorder Act ", "the Police Act (", "Housing Act", "c. ", "c.", "section 12 ", "in 2019-",
    "2019 – ", "between 2010 -", "the Plan ", "the plan ", "PLAN ", "Agenda(", "Rules  ", "by 12 ", "in ", "",
    "in the year to March ", "compared with 2019 and ", "the Order\n", "Act 2", "Strategy (",
])
def test_the_periods_left_veto_searched_after_its_backward_search_finds_what_it_finds(left):
    plain, tested = P.period_rules()[1].search(left), P._not_left_search()(left)
    assert (plain is None) == (tested is None)
    assert plain is None or plain.span() == tested.span()


_MONTH_TEXTS = [
    "Arrests rose in May. During May there were 40; throughout May, 12. In May and June, 30; by May last year 5.",
    "Since January the figure has doubled, compared with March 2019, as of April, between February and March.",
    "From May to July; in May 2020; until May when; the May Day rally; Theresa May said; MAY; in may; Mayor.",
    "In December (the busiest month), from November, till October; of September, to August; for July.",
    "in\nJune, in  June,2020; as at  March 31; at the start of April; at the beginning of May; than May.",
]


@pytest.mark.parametrize("text", _MONTH_TEXTS + [" ".join(_MONTH_TEXTS)])
def test_a_month_first_rule_tried_at_the_months_finds_what_its_scan_finds(text):
    rules = {r.id: r for r in P.period_rules()[0]}
    starts = [m.start() for m in P._MONTH_WORD.finditer(text)]
    assert "month.bare" in P._month_first_rules()
    for rule_id in sorted(P._month_first_rules()):
        pattern = rules[rule_id].pattern
        assert [m.span() for m in P._matches_at(pattern, text, starts)] == \
            [m.span() for m in pattern.finditer(text) if m.end() > m.start()], rule_id


# --- backward searches tried at the end alone (rules.backward_search of a pattern ending with "$") ---

from extractor import rules as R  # noqa: E402


@pytest.mark.parametrize("source, ends", [
    (r"\bby\s+$", True), (r"a$|b\s*$", True), (r"(?:a|b)$", True), (r"(?r)x\s*(?:\()?$|\by,\s*$", True),
    (r"by$|to", False), (r"US\$", False), (r"a\\$", True), (r"(?:a$|b$)", False), (r"a$(?=x)", False),
    (r"(?m)a$", False), (r"a(?m:b)$", False), (r"[]a]$", False), (r"[|]$", True), (r"\|$", True), (r"(a|b$)", False),
])
def test_ends_at_end_reads_the_alternatives_at_the_top_level(source, ends):
    assert R.ends_at_end(R.regex.compile(source)) is ends


_WINDOWS = _LEFTS + [w + "\n" for w in _LEFTS] + ["by\n", "up to\n\n", "\n", "rose by \n", "aged 18 to\n"]


def test_a_backward_search_tried_at_the_end_finds_what_the_forward_search_finds():
    patterns = [r.pattern for r in N.number_rules().rules] + [r.pattern for r in S._ruleset().rules]
    patterns = [p for p in patterns if R.ends_at_end(p) and R.backward_search(p) is not None]
    assert len(patterns) > 40
    for pattern in patterns:
        back = R.backward_search(pattern)
        for window in _WINDOWS:
            assert (back(window) is None) == (pattern.search(window) is None), (pattern.pattern[:60], window)
            for pos, endpos in ((0, len(window)), (2, len(window) - 1), (0, max(0, len(window) - 3))):
                assert (back(window, pos, endpos) is None) == (pattern.search(window, pos, endpos) is None)


@pytest.mark.parametrize("rule_id", ["not.label", "not.name_number_word"])
def test_a_right_to_left_rule_tried_at_the_end_returns_its_search_match(rule_id):
    pattern = N.number_rules()[rule_id].pattern
    search = N._reverse_at_end(pattern)
    assert search is not None
    for window in _WINDOWS + ["Level ", "Section 3, 4 and ", "Figures 2, ", "Mr Jones ", "in Year ", "this year ",
                              "Table (", "Paragraphs 5.1, 5.2, ", "Category\n", "Ward "]:
        a, b = pattern.search(window), search(window)
        assert (a is None and b is None) or (a.span() == b.span() and a.groups() == b.groups()), window
