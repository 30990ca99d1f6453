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


# --- the pre-test of a window's first (or last) characters (rules.window_heads / window_tails) ------

import itertools  # noqa: E402

_SMALL_PATTERNS = [
    r"^\s?(?:p|pence)\b", r"^(?:\*\*)?[\s\-]?(?:km|miles?)\s+(?:away|from)\b", r"^[\s\-]*(?:hours?|days?)\s+a\b",
    r"^(?:(?:\s*[\-–]\s*\d{1,3})?[\s\-]*(?:years?|yrs?)[\s\-]*old|s\b|\+\s*year)", r"^\s?(?-i:GMT|BST)\b",
    r"^(?-i:[a-z])", r"^(?-i:[^a])", r"^[^a]", r"^a{2,}", r"^(?:a|)p", r"^(?:\s*)*p", r"^(?=p)\w", r"^(?!p)\w",
    r"^(?i:k)", r"^s", r"^\S\s", r"^.", r"^$", r"^p*?a", r"^(?>a+)p", r"^a++", r"^(?:ap|pa){1,3}-", r"^\d{0,2}p",
    r"^[\W_]", r"\A[a-c]", r"^(?:[ap]\.?\s?m\b|o[’']clock)", r"(?>^a|^p)\w", r"(?:^a|(?=p)^)p", r"(?-i:^[A-Z]\s)",
]
_SMALL_TAILS = [
    r"\bper\s+$", r"\b(?:text|call)\s+(?:on\s+)?$", r"(?<![\w])(?:a|p)\s$", r"(?-i:\bA)\s$", r"p?$", r"$",
    r"(?:a|pp)$|\s-$", r"[^a]$", r"(?-i:[^a])$", r"a{2}\s*$", r"\b(?:per|for every)\s+(?:\*\*)?$",
]
# (letters in both cases, the non-ASCII letters a case-blind set takes for ASCII ones, spaces, a newline)
_ALPHABET = ["a", "A", "p", "P", "s", "k", " ", "\n", "1", "-", "*", "ſ", "K", "İ", "’", "'"]


def _windows(length, alphabet=_ALPHABET):
    for n in range(length + 1):
        for chars in itertools.product(alphabet, repeat=n):
            yield "".join(chars)


def _all_windows():
    """Every window of up to three characters of the alphabet, and of four or five of a smaller one
    (the pre-test reads up to rules.HEAD_CHARS characters)."""
    yield from _windows(3)
    yield from (w for w in _windows(R.HEAD_CHARS + 1, ["a", "p", " ", "\n", "ſ", "-", "1"]) if len(w) > 3)


@pytest.mark.parametrize("source", _SMALL_PATTERNS)
def test_a_window_whose_head_no_path_takes_never_matches(source):
    for flags in (R.regex.IGNORECASE, 0):
        pattern = R.regex.compile(source, flags)
        heads = R.window_heads(pattern)
        assert heads is not None, source
        ruled_out = 0
        for window in _all_windows():
            if not R.could_open(heads, R.window_key(window)):
                ruled_out += 1
                assert pattern.search(window) is None, (source, flags, window)
        assert ruled_out or source in (r"^.", r"^$", r"^[^a]", r"^(?-i:[^a])"), source  # (the test does rule out)


@pytest.mark.parametrize("source", _SMALL_TAILS)
def test_a_window_whose_tail_no_path_takes_never_matches(source):
    for flags in (R.regex.IGNORECASE, 0):
        pattern = R.regex.compile(source, flags)
        tails = R.window_tails(pattern)
        assert tails is not None, source
        for window in _all_windows():
            if not R.could_open(tails, R.window_key(window, tail=True)):
                assert pattern.search(window) is None, (source, flags, window)


@pytest.mark.parametrize("source", [r"p", r"a^", r"(?m)^a", r"^(?x) a", r"^\p{L}", r"^[[:alpha:]]", r"^(a)\1",
                                    r"^(?P<x>a)(?P=x)", r"(?:^a|b)", r"^a(?r)", r"^\L<words>", r"^(?a:\w)", r"(?r)^a"])
def test_a_pattern_the_pre_test_cannot_read_gets_none(source):
    if "\\L<" in source:
        pattern = R.regex.compile(source, R.regex.IGNORECASE, words=["a"])
    else:
        pattern = R.regex.compile(source, R.regex.IGNORECASE)
    assert R.window_heads(pattern) is None


def test_a_window_key_is_none_where_the_test_must_not_be_made():
    assert R.window_key(" ſ") is None and R.window_key("İx") is None and R.window_key("rose by\n", tail=True) is None
    n = R.HEAD_CHARS
    assert R.window_key(" per cent") == " per cent"[:n] and R.window_key("rose by ", tail=True) == " yb esor"[:n]
    assert R.window_key("") == "" and R.window_key("a", tail=True) == "a" and R.window_key("x\nab") == "x\nab"[:n]
    assert R.window_key("rose by\n ", tail=True) == " \nyb esor"[:n]  # (only a newline at the very end is "$")


_RIGHTS = [
    "", " ", "%", "% of", " per cent", " percent", " per cent of", " pc", "pc", " pence", "p", "p.", "ppl", " cents",
    " mph", "mph", " km/h", " miles", " miles away", " km from the town", "-mile", " metres", "m", "m²", " sq ft",
    " hectares", " acres", " tonnes", "kg", " litres", "°C", " C", " degrees", " kWh", " MW", " GWh", " o'clock",
    " o’clock", "pm", " p.m.", "am", " a.m.", " GMT", " BST", " hrs", "hrs", " years old", "-year-old", " years of age",
    "s", "+ years", " hours a day", " days a week", "-hours per week", " points", " percentage points", "pp", " ppts",
    " pts", "-point", " points on his licence", " of a percentage point", " times", " times more", " times higher",
    " in every", " per 100,000", " for every 1,000", " out of 10", " in 10", " to 1", ":1", " people", " homes",
    ",000", ".5", " million", "bn", "m", "k", " thousand", " (12%)", " (", ")", "].", " and", " or more", " or over",
    " - ", " – ", "-", "–5", " to 20", "/", "/21", " x ", "x", "%.", " per cent.", " PER CENT", " Per Cent", "\n",
    " \n", "\t", "\t12", " **", "**%", "** per cent", " st", "st", "th", " nd", "rd", " of them", " of the", " in",
    " on 101", " is", " was", " were", " are", " has been", " rise", " fall", " increase", " more", " fewer", " less",
    " higher", " lower", " up", " down", " year", " years", " months", " weeks", " days", " hours", " minutes",
    " seconds", " ago", "ſ", " ſtones", "İ", " K", " Kelvin",
]
_LEFTS_FOR_TAILS = _LEFTS + [
    "per ", "for every ", "in every ", "for each ", "out of every ", "per **", "text ", "call on ", "ring ",
    "dial ", "Text ", "CALL ", "aged ", "aged between ", "aged under ", "children aged 5 to ", "over-", "under ",
    "those aged ", "pensioners over ", "cost £", "costing ", "worth ", "paid ", "spend ", "price of ", "the ",
    "a ", "an ", "one ", "Series ", "Season ", "Episode ", "Chapter ", "Level ", "Phase ", "Room ", "Ward ",
    "Route ", "A", "M", "B", "No. ", "no.", "#", "(", "[", "page ", "p.", "Figure ", "Table ", "increase of ",
    "rise of ", "fell by ", "the rise in X was ", "more than ", "fewer than ", "up to ", "around ", "about ",
    "nearly ", "almost ", "just over ", "a further ", "an extra ", "at ", "=", "= ", "or ", "and ", "between ",
    "from ", "to ", "\t", "|", "| ", "\n", "by\n", "per\n", "ſ", "İ ", "K ", "per ſ", "**", "£", "$", "€", "-", "–",
]


def test_the_number_rules_left_out_by_their_windows_would_not_match():
    heads, tails = N._window_paths()
    rules = N._deciding_rules()
    assert sum(p is not None for p in heads) > 20 and sum(p is not None for p in tails) > 20
    rights = _RIGHTS + [r.upper() for r in _RIGHTS] + [r.title() for r in _RIGHTS] + [" " + r for r in _RIGHTS] \
        + ["-" + r.lstrip() for r in _RIGHTS] + ["**" + r for r in _RIGHTS] + [r + " of" for r in _RIGHTS]
    lefts = _LEFTS_FOR_TAILS + [w.upper() for w in _LEFTS_FOR_TAILS] + ["Overall, " + w for w in _LEFTS_FOR_TAILS]
    for i, (*_, context, _resolve, rule) in enumerate(rules):
        if heads[i] is not None:
            for window in rights:
                if not R.could_open(heads[i], R.window_key(window)):
                    assert rule.pattern.search(window) is None, (rule.id, window)
        if tails[i] is not None:
            for window in lefts:
                if not R.could_open(tails[i], R.window_key(window, tail=True)):
                    assert rule.pattern.search(window) is None, (rule.id, window)
                    assert rule.pattern.search(window[-40:]) is None, (rule.id, window)


def test_rules_with_a_guard_that_fills_a_memo_are_never_left_out():
    heads, tails = N._window_paths()
    for i, (*_, rule) in enumerate(N._deciding_rules()):
        if set(rule.guards) & N._MEMO_GUARDS:
            assert heads[i] is None and tails[i] is None, rule.id
    assert N._heads_mask(None) == N._tails_mask(None) == (1 << len(heads)) - 1


def test_the_window_tests_mask_is_could_open_of_each_pattern():
    patterns = [R.regex.compile(s, R.regex.IGNORECASE) for s in _SMALL_PATTERNS] + [r.pattern for r in N.number_rules().rules]
    for tail, paths_of in ((False, R.window_heads), (True, R.window_tails)):
        paths = [paths_of(p) for p in patterns]
        tests = R.WindowTests(paths)
        assert any(p is None for p in paths) and sum(p is not None for p in paths) > 20
        windows = list(_windows(2)) + _RIGHTS + _LEFTS_FOR_TAILS + [w.upper() for w in _RIGHTS + _LEFTS_FOR_TAILS]
        for window in windows:
            key = R.window_key(window, tail=tail)
            mask = tests.mask(key)
            assert [bool(mask >> i & 1) for i in range(len(paths))] == [R.could_open(p, key) for p in paths], window


def test_the_direction_rules_left_out_by_their_windows_would_not_match():
    rs = S._ruleset()
    cues = [r for r in rs.rules if r.family == "direction"]
    groups = ([r for r in cues if r.context == "left"], [r for r in cues if r.context == "right"],
              [r for r in rs.rules if r.family == "veto"], [r for r in cues if r.context == "sentence"])
    rights = _RIGHTS + [r.upper() for r in _RIGHTS] + [" " + r for r in _RIGHTS] + [r + " increase" for r in _RIGHTS] \
        + [" rise", " fall", " increase on the year", " lower than", " higher", ") more", " more from January"]
    lefts = _LEFTS_FOR_TAILS + [w.upper() for w in _LEFTS_FOR_TAILS] + ["Overall, " + w for w in _LEFTS_FOR_TAILS]
    for rules, tests, windows in zip(groups, S._window_tests(), (lefts, rights, lefts, lefts)):
        right = windows is rights
        for window in windows:
            mask = tests.mask(R.window_key(window, tail=not right))
            for i, rule in enumerate(rules):
                if not mask >> i & 1:
                    found = rule.pattern.match(window) if right else rule.pattern.search(window)
                    assert found is None, (rule.id, window)


def test_direction_with_its_window_tests_says_what_it_says_without_them(monkeypatch):
    pairs = [(left, right) for left in _LEFTS + _LEFTS_FOR_TAILS[:40:2] for right in _RIGHTS[::6]]
    found = [S.direction(left, right) for left, right in pairs]
    lefts, rights, _, vetoes, sentence = S._rules()
    monkeypatch.setattr(S, "_rules_for_left", lambda key: (vetoes, lefts, sentence))
    monkeypatch.setattr(S, "_rights_for", lambda key: rights)
    assert [S.direction(left, right) for left, right in pairs] == found
    assert sum(f is not None for f in found) > 50


@pytest.mark.parametrize("source", [r"\bby\s+$", r"(?:up|down)\s*$|\bfrom\s+$", r"\d\s*$", r"$"])
def test_a_backward_search_at_the_end_takes_pos_and_endpos_as_the_search_does(source):
    pattern = R.regex.compile(source, R.regex.IGNORECASE)
    back, full = R.backward_search(pattern), R.regex.compile(source, R.regex.IGNORECASE | R.regex.REVERSE).search
    assert back.__name__ == "at_end"
    for window in ["rose by ", "rose by 5", "went up", "up\n", "", "\n", "from 12 ", "Rose BY  "]:
        n = len(window)
        for args, kwargs in [((), {}), ((0,), {}), ((2,), {}), ((None, None), {}), ((0, n), {}), ((1, n - 1), {}),
                             ((0, n + 5), {}), ((n + 2,), {}), ((3, 2), {}), ((-2,), {}), ((0, -1), {}), ((), {"pos": 1}),
                             ((), {"endpos": max(0, n - 2)}), ((0,), {"endpos": n}), ((None, 4), {})]:
            a, b = back(window, *args, **kwargs), full(window, *args, **kwargs)
            assert (a and a.span()) == (b and b.span()), (source, window, args, kwargs)


def test_the_qualifier_rules_left_out_by_their_windows_would_not_match():
    tests, rules = N._qualifier_tests(), N._qualifier_rules()
    assert tests.pattern_bits and not tests.always  # (every qualifier rule is pre-tested)
    lefts = _LEFTS_FOR_TAILS + [w.upper() for w in _LEFTS_FOR_TAILS] + [w + "£" for w in _LEFTS_FOR_TAILS] \
        + [w + "** " for w in _LEFTS_FOR_TAILS] + ["rose by around ", "more than ", "up to ", "nearly £", "almost\t"]
    for window in lefts:
        window = window[-40:]
        mask = tests.mask(R.window_key(window, tail=True))
        for i, rule in enumerate(rules):
            if not mask >> i & 1:
                assert rule.pattern.search(window) is None, (rule.id, window)
    assert N._qualifier_searches_for("abc") == () and N._qualifier_searches_for(None) == N._qualifier_searches()


# --- sp6: measure's abbreviations ------------------------------

from extractor import measure as _M


def _expand_plain(phrase, abbr):
    """``measure.expand`` without its test for the names: both substitutions always run."""
    if not phrase or not abbr:
        return phrase
    definition, use = _M._abbreviation_patterns("|".join(map(_M.regex.escape, abbr)))
    return use.sub(lambda m: abbr[m.group(1)].lower(), definition.sub("", phrase))


@pytest.mark.parametrize("abbr", [
    {"RSO": "Registered Sex Offenders"},
    {"V&OS": "Violent offenders and Other Sexual offenders", "OthO": "Other Offenders"},
    {"TA": "Temporary accommodation", "A&E": "Accident and Emergency", "C.I": "Chief Inspector"},
])
@pytest.mark.parametrize("phrase", [
    "RSOs managed at Level 2", "registered sex offenders (RSOs)", "RSO", "rsos managed", "RSOS", "R S O", "xRSOs",
    "V&OS cases", "V & OS cases", "OthO (OthO)", "Otho", "people in TA", "TAs", "ta", "STAFF", "A&E waits", "A & E",
    "AE", "C.I.", "CXI", "Chief Inspector", "", None, "no abbreviation here", "(RSO)s", " (TA)", "TA’s", "TA-led",
])
def test_expand_without_a_name_in_the_phrase_is_the_phrase(phrase, abbr):
    assert _M.expand(phrase, abbr) == _expand_plain(phrase, abbr)


# --- sp6: measure._STOP_AFTER written for speed -------------------------------------------------

#: measure._STOP_AFTER as it was written before (helper sp6): the plain form of the same pattern
_STOP_AFTER_PLAIN = _M.regex.compile(
    rf"\b(?:{_M._FINITE}|last|this|next|since|during|(?<!\baged\s)between|until|respectively|(?<!ing\s|-)up|(?<!ing\s|-)down|today|yesterday|in\s+(?:20|19)\d\d)\b|[,.](?!\d)|[;:()\[\]\n\t–—]| - "
    r"|\s(?:(?:by|before|until)\s+(?:19|20)\d\d\b|(?<!\bout\s)(?:of|at|from)\s+[£$€]?\d|(?:on|against)\s+(?:the\s+)?[£$€]\d|(?<!\bbetween\s+[\w.,]+\s)(?:and|or)\s+[£$€]?\d|in\s+(?:total\b|all\b(?!\s+(?:the\s+)?[a-z])))"
    r"|\s(?:in|across|within|throughout|by)\s+(?=[A-Z])"
    r"|\s(?=(?:[a-z]+ed|received|got|took|made|saw|showed|gave|won|lost|spent)\b|[£$€]?\d)"
    r"(?<=\baged\s+(?:between\s+)?[\w.,]+\s+(?:and|to|-)\s+[\w.,]+\s)"
    r"|(?<=[a-z])(?=\s+to\s)(?<!\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|"
    r"aged|age|ages|years|from|between|up))\s+to\s+"
    r"(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under|a\s+record)\s+)?[£$€]?\d"
    r"|\s(?:and|but)\s+[a-z]+(?:ed|ing)\s+(?=(?:around|about|some|more|over|almost|nearly|at\s+least|a|an|the|its|their|[£$€\d]|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\b))"
    rf"|\s(?:in|over|during)\s+the\s+(?:(?:latest|last|past|previous|same|current|first|second|final)\s+)?(?:year|12 months|twelve months|period|quarter|month|week|financial year)\b"
    rf"|\s(?:to|at|by|in|on|from)\s+(?:the\s+end\s+of\s+)?(?:\d\d?(?:st|nd|rd|th)?\s+)?(?:{_M._MONTHS})\b")

_STOP_TEXTS = [
    " offenders managed at Level 2, of whom 236 were RSOs.",
    " people aged between five and 11 received 40 awards and 12 got £5 each",
    " children aged five to 11 made 30 claims; aged 16 - 24 spent £3",
    " households in England were in temporary accommodation (TA) last year",
    " incidents recorded by Kent Police in 2023 since January and up to 45",
    " rose by 12% to 4,567 between 2019 and 2020, or £12 and 13 from £5",
    " a rise in the homicide rate to 723, twenty to 30, years to 40, up to 50",
    " cases in total and in all schools, in all the areas, in all. In All",
    " jobs and created around 500 more, but lost the 12 and saw thousands",
    " patients over the last 12 months during the financial year in the same period",
    " offences to 12th March, from the end of June, at 3 May, on April 1",
    " Were Was ARE Is HAVE has had Will would COULD can may must should did do does",
    " who which that than because but while whilst although when where meaning",
    " classed as, classified as, rated as, seen as, as well, such as, known as",
    " equates represents rose fell increased decreased compared according include includes",
    " glasses, jam, kilos; often; petrol; quick; vans; x-rays; zones: Oslo Glasgow",
    " outnumber outwith boasted upward downward todays yesterdays lastly thistle clean-up follow-up break-down whereas",
    " 12.5 per cent 1,234.5 and 3.4. (brackets) [square] tab\there new\nline – dash — em",
    " standing at 5 - or 6 - and going - up 7",
    " out of 5 out at 7 of £9 at €10 from $11 on the £12 against £13 before 2020 until 1999 by 2030",
    " between 5 and 6 between 5,000 and 6 between five or 6",
    "", " ", "x", "up", "ing up", "going up", "ing down", "aged between", " aged 5 and 6 7",
]


@pytest.mark.parametrize("text", _STOP_TEXTS)
def test_stop_after_finds_what_its_plain_form_finds(text):
    for i in range(len(text) + 1):  # (every place a search may start, and so every place a match may be)
        plain, fast = _STOP_AFTER_PLAIN.search(text, i), _M._STOP_AFTER.search(text, i)
        assert (plain and plain.span()) == (fast and fast.span()), (text, i)
    assert _STOP_AFTER_PLAIN.split(text) == _M._STOP_AFTER.split(text)
