"""Numbers: counts, rates, ratios, percentages, changes and money, with exact spans.

Each number the candidate scan finds goes through the rule records of ``patterns/numbers.json``
in order: the first ``reject`` or ``accept`` rule whose pattern matches its context and whose
guards hold decides, and that rule's resolver builds the statistic. Every decision keeps its
rule id (``doc._.number_decisions``; ``extractor extract --explain`` prints them). Python keeps
only the named guards (:data:`GUARDS`) and resolvers (:data:`RESOLVERS`) the records refer to.

Why not spaCy's Matcher here: the decisions depend on characters that the tokenizer splits
or merges unpredictably ("£1.2million", "**936**", "2.2m", "per\\ncent", thin spaces in PDF
text), and on unbounded left/right context within a sentence. A character-level scan with the
``regex`` module (every call under a timeout) keeps offsets exact. The spaCy side is the factory
at the bottom: it stores results as spans in ``doc.spans["statistics"]`` (``span._.stat``).
"""
from __future__ import annotations

import bisect
import threading
from dataclasses import dataclass
from functools import lru_cache

import regex
from spacy.language import Language
from spacy.tokens import Doc
from ..regexes import Pattern, compiled

from .. import budget
from ..batching import BatchPipe
from ..extensions import items_of, register, store_spans, text_of
from ..normalize.numbers import is_power_of_ten, parse_number, tidy_number
from ..normalize.periods import MONTH_NAMES
from ..normalize.statistics import currency, direction, story_direction
from ..rules import (Rule, RuleFileError, RuleSet, WindowTests, alternation, backward_search, ends_at_end, holds_any, lexicon,
                     load_rules, pretested, rx, timeout_for, validate_file, window_heads, window_key, window_tails)
from ..sentences import Sentences, line_bounds, sentences_of
from ..tables import FIGURE_CELL, YEAR_CELL
from ..types import Statistic

register()

I = regex.IGNORECASE
#: What a resolver returns to reject the number (None: the rule does not apply after all).
REJECT = "reject"


# --- fragments the rule patterns use ---------------------------------------------------------

@lru_cache(maxsize=1)
def own_lexicons() -> dict[str, str]:
    """The lexicons of patterns/numbers.json itself (currency prefixes, units), as alternations."""
    return {k: alternation(v) for k, v in validate_file("numbers.json").get("lexicons", {}).items()}


@lru_cache(maxsize=1)
def _service_numbers() -> frozenset[str]:
    """Numbers people are told to call ("on 101", "ring 999"): the service_numbers lexicon."""
    return frozenset(validate_file("numbers.json")["lexicons"]["service_numbers"])


@lru_cache(maxsize=1)
def fragments() -> dict[str, str]:
    """{NUMBER}, {DIGITS}, {WORDS}, {POP}: pieces built from the number-word lexicons."""
    tens, units, numbers = (alternation(lexicon(n)) for n in ("tens_words", "unit_words", "number_words"))
    half = r"(?:[\s\-]and[\s\-]a[\s\-]half)"
    words = f"(?:(?:{tens})(?:[\\s\\-](?:{units}))?|(?:{numbers}))"
    big = "(?:thousand|million|billion)"
    # "half a million", "a quarter of a million", "two-thirds of a billion"
    part_of_big = (f"(?:half|(?:a|one)[\\s\\-](?:quarter|third)[\\s\\-]of|(?:three[\\s\\-]quarters|two[\\s\\-]thirds)[\\s\\-]of)"
                   f"\\s+an?\\s+{big}")
    word_number = (f"\\b(?:{part_of_big}|{words}{half}?(?:\\s+hundred(?:\\s+and\\s+{words})?)?(?:\\s+{big})?"
                   f"|a\\s+(?:dozen|hundred|{big}))\\b")
    body = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u2009\u202f\u00a0]\d{3})+|\d+)(?:\.\d+|[½¼¾⅓⅔⅛])?(?![\d])"
    digits = r"(?<![\w.,/\-])" + body
    # a scale word or letter, unless it is a unit ("70 m.p.h.", "45m2", "3 m²"): "3 hundred",
    # "3 and a half million"; never across a line break ("0.05\nB" in a table is no billion)
    scale = (f"(?:\\s+and\\s+a\\s+half\\s+{big}\\b|\\s+hundred\\b"
             f"|(?:[ \\u00a0\\u2009\\u202f]?(?:{alternation(lexicon('scale_suffixes'))}|{own_lexicons()['scale_extra']})"
             f"|-(?:{big}|trillion))(?![a-z\\d²³&]|\\.[a-z]))")  # (not the "B" of "300 B&Bs")
    pop = f"(?:{alternation(lexicon('rate_population'))})(?:\\s+{alternation(lexicon('rate_population_age'))})?"
    fractions = alternation(lexicon('fractions'))
    # a share before what it is of ("a third of", "half the"), a share that is the subject of a verb
    # ("two thirds are", "half said": fraction_followers_extra), a change "by" a share ("cut by a third"),
    # or a share with its percentage in brackets ("up around a fifth (21%)")
    fraction = (f"\\b(?:{fractions})\\b(?![\\s\\-]+(?:of\\s+)?an?\\s+{big})"  # "by half a million": a number
                f"(?:(?=\\s+(?:{alternation(lexicon('fraction_followers'))}|{own_lexicons()['fraction_followers_extra']})\\b)"
                f"|(?=\\s*\\(\\d)"
                f"|(?<=\\bby\\s+(?:(?:about|around|almost|nearly|roughly|some|over|more\\s+than|just\\s+over|just\\s+under)\\s+)?"
                f"(?:{fractions})))")
    return {"NUMBER": f"(?:{digits}{scale}?|{word_number})", "DIGITS": digits, "DIGITS_BODY": body, "WORDS": words,
            "POP": pop, "WORD_NUMBER": word_number, "SCALE": scale, "FRACTION": fraction,
            # a capital or a symbol first (case-sensitive), so that most positions fail at once
            "CURRENCY": f"(?-i:(?=[£$€¥₹A-Z&￡＄]))(?:{own_lexicons()['currency_prefixes']})",
            "MONTH_NAMES": "(?-i:" + "|".join(MONTH_NAMES) + ")"}


@lru_cache(maxsize=1)
def candidate_pattern() -> Pattern:
    """A number: digits after a currency ("US$25m", "RM120"), a written sign ("-6.2", "−2.5", "(–0.9%)",
    "+1.4") or nothing that joins them to a word; a fraction; number words."""
    f = fragments()
    # both word alternatives open with a word boundary: tested first, it fails at once inside a
    # word (most letters), before the letter class and the alternatives are tried
    assert f["FRACTION"].startswith("\\b") and f["WORD_NUMBER"].startswith("\\b")
    # (?=...): a digit, sign, symbol or capital first, so that most positions fail at once
    return compiled(f"(?-i:(?=[\\d£$€¥₹A-Z&￡＄\\-−+–]))(?:(?P<cur>{f['CURRENCY']})\\s?|(?<![\\w.,/\\-−+%])(?P<sign>[\\-−+]|(?<=[(\\s])(?<![\\d%]\\s)–)(?=\\d)|(?<![\\w.,/\\-])|(?<=[\\-–/])(?<=\\d%[\\-–]|\\d(?:[mk%]|bn)/))"
                         f"(?P<digits>{f['DIGITS_BODY']})(?P<scale>{f['SCALE']})?"
                         f"|\\b(?-i:(?={_word_start()})){_word_heads()}(?:(?P<frac>{f['FRACTION']})|(?P<words>{f['WORD_NUMBER']}))", I)


def _word_start() -> str:
    """The letters number words and fractions begin with ("one" ... "ninety", "half", "a third",
    "a dozen"), either case: at other positions those alternatives are skipped at once."""
    first = {w[0].lower() for w in lexicon("number_words") + lexicon("fractions")} | {"a"}
    return "[" + "".join(sorted(first | {c.upper() for c in first})) + "]"


#: the openings of the words :func:`fragments` writes itself before its lexicons' in WORD_NUMBER:
#: "half", "(?:a|one)[\s\-]", "three[\s\-]quarters", "two[\s\-]thirds", "a\s+(?:dozen|...)"
_OWN_WORD_HEADS = ("ha", "on", "th", "tw", "a[\\s\\-]")
#: how a lexicon entry of a number word or fraction opens: two letters, or a letter then a space
#: (neither made optional or repeated by what follows)
_ENTRY_HEAD = compiled(r"[a-z](?P<letter>[a-z])?(?(letter)|(?: |\[\\s\\-\]|\\s))(?![?*+{])")


def _word_heads() -> str:
    """A lookahead for the first two characters of the number words and fractions ("tw", "th",
    "fi", "ha", "a" and a space), in the pattern's case-blind matching: at the other word starts
    of their first letters ("the", "said", "for", "and") those alternatives are skipped at once.
    Every match of them opens so (the entries of tens_words, number_words and fractions, and the
    words of :data:`_OWN_WORD_HEADS`); "" (no lookahead) when an entry opens otherwise."""
    heads = set(_OWN_WORD_HEADS)
    for entry in lexicon("tens_words") + lexicon("number_words") + lexicon("fractions"):
        m = _ENTRY_HEAD.match(entry)
        if m is None or "|" in entry:
            return ""
        heads.add(m.group(0) if m.group("letter") else entry[0] + "[\\s\\-]")
    return "(?=" + "|".join(sorted(heads)) + ")"



@lru_cache(maxsize=1)
def number_rules() -> RuleSet:
    """The rule records of patterns/numbers.json, checked against our guards and resolvers."""
    return load_rules("numbers.json", component="numbers", fragments=fragments(), guards=GUARDS,
                      resolvers=set(RESOLVERS) | {"qualifier", "block_phone", "block_contents"})


@lru_cache(maxsize=1)
def _MOTION_BEFORE() -> Pattern:
    """A verb of motion just before "up to" ("go up to", "jumped up to"): the figure is where
    something moves to, not a maximum."""
    return rx(f"\\b(?:{own_lexicons()['up_to_motion_verbs']})\\s+$", I)


@lru_cache(maxsize=1)
def _qualifier_rules() -> tuple[Rule, ...]:
    return number_rules().family("qualifier")


@lru_cache(maxsize=1)
def _qualifier_searches() -> tuple[tuple[Rule, object], ...]:
    """(rule, the rule's backward search or None) for the qualifier rules: most numbers have no
    qualifier, which the pattern searched from the end (it ends at the number) rules out for a
    third of the forward search's cost (see :func:`extractor.rules.backward_search`)."""
    return tuple((rule, backward_search(rule.pattern)) for rule in _qualifier_rules())


@lru_cache(maxsize=1024)
def _qualifier_searches_for(key: str | None) -> tuple[tuple[Rule, object], ...]:
    """:func:`_qualifier_searches`, without the rules that cannot match a window ending with ``key``
    (:func:`extractor.rules.window_key`; each must end at the number: see :func:`_qualifier_tests`):
    their searches would find nothing there, so the first rule that matches is the same."""
    mask = _qualifier_tests().mask(key)
    return tuple(s for i, s in enumerate(_qualifier_searches()) if mask >> i & 1)


@lru_cache(maxsize=1)
def _qualifier_tests() -> WindowTests:
    """The pre-tests of the qualifier rules' last characters (:func:`extractor.rules.window_tails`)."""
    return WindowTests([window_tails(rule.pattern) for rule in _qualifier_rules()])


#: the windows of a :class:`Candidate` a rule may read ("context")
_CONTEXTS = frozenset({"left", "left40", "right", "line_left", "text", "window"})


@lru_cache(maxsize=1)
def _deciding_rules() -> tuple[tuple, ...]:
    """(flags the number must have, other guard functions, bound search, context name, resolver,
    rule) for each deciding rule, in order. Guards that read only the number itself ("digits",
    "no_currency", "below_100" ...) are worked out once per number as flags; a rule checks them
    as one subset test before its other guards (the same conjunction, far fewer calls)."""
    out = []
    for r in number_rules().rules:
        if r.family not in ("reject", "accept"):
            continue
        if (r.context or "right") not in _CONTEXTS:
            raise RuleFileError(f"numbers.json: rule {r.id!r} reads an unknown context {r.context!r} "
                                f"(one of {', '.join(sorted(_CONTEXTS))})")
        guards = tuple(GUARDS[g] for g in r.guards if g not in FLAG_GUARDS)
        resolve = RESOLVERS[r.resolve]
        if r.id in _SEARCH_FIRST and guards and not set(r.guards) & _ROW_GUARDS:
            resolve, guards = _after_guards(guards, resolve), ()
        search = pretested(r.pattern) if r.id in _PRETESTED else _reverse_at_end(r.pattern) or r.pattern.search
        out.append((frozenset(g for g in r.guards if g in FLAG_GUARDS), _all_of(guards), search,
                    r.context or "right", resolve, r))
    return tuple(out)


def _reverse_at_end(pattern: Pattern):
    """For a pattern matched right to left (``(?r)``) whose every match ends where the window does
    (:func:`extractor.rules.ends_at_end`): its search tried at the end alone (its backward search,
    see :func:`extractor.rules.backward_search`: the same match, the search's first try); else None."""
    return backward_search(pattern) if pattern.flags & regex.REVERSE and ends_at_end(pattern) else None


def _all_of(guards: tuple):
    """One test for a rule's other guards, in their order, stopping at the first that fails (None:
    no guards): one call per rule of a number rather than a loop over a tuple of them."""
    if not guards:
        return None
    if len(guards) == 1:
        return guards[0]
    if len(guards) == 2:
        first, second = guards
        return lambda c: first(c) and second(c)

    def every(c) -> bool:
        for guard in guards:
            if not guard(c):
                return False
        return True
    return every


#: rules whose pattern rarely matches and costs less than their guards (measured on news text):
#: their search runs first and their guards only on a match. A rule applies when its guards hold
#: and its pattern matches; guards only read the number (memos aside), so the order of the two
#: tests does not change what a rule decides, only what it costs. Not for guards that read a
#: table's heading (_ROW_GUARDS): those fill the memo of rows that later cells read.
_SEARCH_FIRST = frozenset({"not.name_number", "not.name_number_word", "rate.contrast_with_rate", "not.bracketed_label",
                           "not.age_apposition", "rate.listed_with_rate", "not.quarter_label", "change.noun_after",
                           "change.extra", "not.unit_letter_after", "not.series_name_number"})
_ROW_GUARDS = frozenset({"money_column", "unit_column"})
#: rules that mostly miss and must end at the number (``...$``): their search runs only when the
#: pattern searched backwards finds a match, which it does exactly when the forward search does
#: (:func:`extractor.rules.pretested`; measured on news text: a miss is ruled out for a fraction
#: of the forward search's cost)
_PRETESTED = frozenset({"change.verb_by", "not.name_number", "change.noun_is", "not.age_before", "not.text_or_call_code",
                        "money.word_before", "rate.list_after_base_heading", "rate.base_then_bracket"})


def _after_guards(guards: tuple, resolve):
    """``resolve``, run only when every guard holds (None otherwise: the rule does not apply)."""
    def resolve_after_guards(c, rule, m):
        for guard in guards:
            if not guard(c):
                return None
        return resolve(c, rule, m)
    return resolve_after_guards


@lru_cache(maxsize=256)
def _rules_for(flags: frozenset[str]) -> tuple[tuple, ...]:
    """The deciding rules whose flag guards ``flags`` satisfy, in order, without their flags: a
    number's flags take a few dozen values, so the subset test is made once per value, not once
    per rule of every number."""
    return tuple(rest for needs, *rest in _deciding_rules() if needs <= flags)


#: guards that read only the number's own match and value: worked out once per number
FLAG_GUARDS = ("digits", "words", "no_scale", "currency", "no_currency", "fraction", "not_fraction", "signed",
               "below_100", "verb_more_left")


def _flags(c: "Candidate") -> frozenset[str]:
    """The FLAG_GUARDS that hold for ``c`` (written out: this runs for every number)."""
    return _key_flags(_flag_key(c))


def _flag_key(c: "Candidate") -> tuple[bool, ...]:
    """What the FLAG_GUARDS read of ``c``, as a tuple of truth values (a cheap key: see :func:`_key_flags`)."""
    m = c.m
    return (c.is_digits, c.is_words, not m.group("scale"), bool(c.cur), bool(m.group("frac")),
            bool(m.group("sign")), c.value < 100, _verb_more_left(c.left40))


@lru_cache(maxsize=256)
def _key_flags(key: tuple[bool, ...]) -> frozenset[str]:
    """The FLAG_GUARDS that hold for a number with :func:`_flag_key` ``key``."""
    digits, words, no_scale, cur, frac, signed, below_100, verb_more = key
    return frozenset((
        "digits" if digits else "", "words" if words else "", "no_scale" if no_scale else "",
        "currency" if cur else "no_currency", "fraction" if frac else "not_fraction",
        "signed" if signed else "", "below_100" if below_100 else "", "verb_more_left" if verb_more else ""))


@lru_cache(maxsize=256)
def _rules_for_key(key: tuple[bool, ...]) -> tuple[tuple, ...]:
    """:func:`_rules_for` the flags of ``key``, looked up by the tuple (no set made per number)."""
    return _rules_for(_key_flags(key))


#: guards that fill (or read) the memo of a table's rows, which later cells read: a rule with one of
#: them is never left out by its window's pre-test (its guards run as they did)
_MEMO_GUARDS = _ROW_GUARDS | {"not_table_cell"}


@lru_cache(maxsize=1)
def _window_tests() -> tuple[WindowTests, WindowTests]:
    """:func:`_window_paths` as a :class:`extractor.rules.WindowTests` each (their masks in a few steps)."""
    heads, tails = _window_paths()
    return WindowTests(heads), WindowTests(tails)


@lru_cache(maxsize=1)
def _window_paths() -> tuple[tuple, tuple]:
    """(the paths of the right window's first characters, of the left window's last ones) for each
    deciding rule, by its place in :func:`_deciding_rules` (None: no pre-test), worked out from each
    rule's pattern at load time (:func:`extractor.rules.window_heads`, :func:`~extractor.rules.window_tails`).
    "left" and "left40" end alike (``left40`` is ``left[-40:]``): one key serves both."""
    heads, tails = [], []
    for *_, context, _resolve, rule in _deciding_rules():
        plain = not set(rule.guards) & _MEMO_GUARDS
        heads.append(window_heads(rule.pattern) if plain and context == "right" else None)
        tails.append(window_tails(rule.pattern) if plain and context in ("left", "left40") else None)
    return tuple(heads), tuple(tails)


@lru_cache(maxsize=1024)
def _heads_mask(key: str | None) -> int:
    """A bit per deciding rule, clear where the rule's pattern cannot match a right window opening
    with ``key`` (:func:`extractor.rules.could_open`: its search would return None)."""
    return _window_tests()[0].mask(key)


@lru_cache(maxsize=1024)
def _tails_mask(key: str | None) -> int:
    """As :func:`_heads_mask`, for the left window ending with ``key`` (its last character first)."""
    return _window_tests()[1].mask(key)


@lru_cache(maxsize=4096)
def _rules_for_windows(key: tuple[bool, ...], mask: int) -> tuple[tuple, ...]:
    """:func:`_rules_for_key`, without the rules whose bit ``mask`` clears (see :func:`_heads_mask`).
    Leaving a rule out is exact: its search finds nothing in these windows, so it would not apply,
    and its guards (which the rule runs only to decide it) fill no memo another rule reads."""
    flags = _key_flags(key)
    return tuple(rest for i, (needs, *rest) in enumerate(_deciding_rules()) if needs <= flags and mask >> i & 1)


@lru_cache(maxsize=1)
def _people_left() -> Pattern:
    """People (or a share of them) before an age bound: a word of the people_nouns lexicon."""
    return compiled(rf"\b(?:{alternation(lexicon('people_nouns'))})\b", I)


def _verb_more_left(left: str) -> bool:
    """"by" just before the number, or one of change_verbs_more (numbers.json) as the word before
    it ("shed 1,200"), or before up to three of its qualifiers ("shed nearly 1,200", "axed more
    than 300"): change.verb_more's regex is tried only then."""
    if " by " in left[-24:]:
        return True
    left = left.rstrip(" *£$€").lower()
    verbs, qualifiers = _verb_more_words(), _qualifier_ends()
    for _ in range(4):
        cut = left.rfind(" ")
        last = left[cut + 1:]
        if last in verbs:
            return True
        for q in qualifiers.get(last, ()):  # (most numbers: no qualifier ends the text, one dict look-up)
            if left.endswith(q) and (len(left) == len(q) or left[-len(q) - 1] == " "):
                left = left[:-len(q)].rstrip()
                break
        else:
            return False
    return False


@lru_cache(maxsize=1)
def _verb_more_words() -> frozenset[str]:
    """The words of change_verbs_more (numbers.json), for the cheap test of :func:`_verb_more_left`."""
    return frozenset(validate_file("numbers.json")["lexicons"]["change_verbs_more"])


@lru_cache(maxsize=1)
def _qualifier_ends() -> dict[str, tuple[str, ...]]:
    """change_amount_qualifiers (numbers.json) by their last word, longest first ("than": "more than",
    "less than", "fewer than"), for :func:`_verb_more_left`."""
    ends: dict[str, list[str]] = {}
    for q in sorted(validate_file("numbers.json")["lexicons"]["change_amount_qualifiers"], key=len, reverse=True):
        ends.setdefault(q.lower().rsplit(" ", 1)[-1], []).append(q.lower())
    return {k: tuple(v) for k, v in ends.items()}


# --- one number and its surroundings --------------------------------------------------------

@dataclass
class Candidate:
    """A number the scan found, with the contexts rules look at."""

    text: str
    m: regex.Match
    blocked: "Ranges"
    previous: list[Statistic]
    sentences: Sentences
    value: float = 0
    num_start: int = 0
    num_end: int = 0
    line_start: int = 0
    line_end: int = 0
    sent_start: int = 0
    left: str = ""  # the sentence (at most 120 characters) before the number
    right: str = ""  # the line (at most 160 characters) after it
    line_left: str = ""  # the line (at most 300 characters) before it
    left40: str = ""  # the last 40 characters of ``left``
    window: str = ""  # 12 characters either side of the number, within its line

    def __post_init__(self) -> None:
        m, text = self.m, self.text
        sign, digits, frac, words, cur = m.group("sign", "digits", "frac", "words", "cur")  # (one call for the five)
        num_start = (m.start("sign") if sign else m.start("digits") if digits
                     else m.start("frac") if frac else m.start("words"))
        num_end, start = m.end(), m.start()
        line_start, line_end = _line_bounds(text, num_start)
        sent_start = max(self.sentences.start_of(num_start), line_start)
        self.num_start, self.num_end, self.line_start, self.line_end, self.sent_start = \
            num_start, num_end, line_start, line_end, sent_start
        self.left = left = text[max(sent_start, num_start - 120):start]
        self.right = text[num_end:min(line_end, num_end + 160)]
        self.line_left = text[max(line_start, start - 300):start]
        self.left40 = left[-40:]
        self.window = text[max(line_start, num_start - 12):min(line_end, num_end + 12)]
        self._qualifier = None
        self._percent_right = None
        self._column_unit = False  # not yet worked out (None: no unit)
        # read by many guards for every number: plain attributes, worked out once
        self.surface = text[num_start:num_end]
        self.cur = cur or ""
        self.is_words = bool(words or frac)
        self.is_digits = bool(digits)

    def context(self, name: str) -> str:
        """The window a rule reads: ``right``, ``left``, ``left40``, ``window``, ``line_left``."""
        return getattr(self, name)

    @property
    def qualifier(self) -> tuple[str | None, int]:
        """(qualifier, start of the whole expression): the longest qualifier phrase just before."""
        if self._qualifier is None:
            self._qualifier = self._find_qualifier()
        return self._qualifier

    def _find_qualifier(self) -> tuple[str | None, int]:
        left40 = self.left40
        for rule, backward in _qualifier_searches_for(window_key(left40, tail=True)):
            qm = rule.pattern.search(left40) if backward is None or backward(left40) is not None else None
            if qm:
                group = next(name for name, value in qm.groupdict().items() if value and name != "q")
                if group == "up_to" and _MOTION_BEFORE().search(left40, 0, qm.start("q")):
                    return None, self.m.start()  # "fares will go up to £4,860": where they go
                return rule.value[group], self.m.start() - (len(left40) - qm.start("q"))
        return None, self.m.start()

    def make(self, kind: str, end: int, rule: str, **kw) -> Statistic:
        qualifier, start = self.qualifier
        return Statistic(kind=kind, value=kw.pop("value", self.value), start=kw.pop("start", start), end=end,
                         num_start=kw.pop("num_start", self.num_start), num_end=kw.pop("num_end", self.num_end),
                         rule=rule, qualifier=qualifier, **kw)

    def sentence_previous(self) -> list[Statistic]:
        """The statistics already found in this number's sentence."""
        out = []
        for s in reversed(self.previous):
            if s.start < self.sentences.start_of(self.num_start):
                break
            out.append(s)
        return out[::-1]


# --- guards: named conditions a rule record can require ---------------------------------------

#: a figure in brackets after the name it belongs to, in a sentence that ranks names, is a value, not
#: a list label: "the wards with the most burglaries were Oakfield (41) and Hillcrest (37)"
_NAME_BRACKET_LEFT = compiled(r"(?-i:[A-Z][\w’'\-]*)\s*\(\s*$")
_BRACKET_LIST_GOES_ON = compiled(r"\s*\)\s*(?:[,.;]|(?:and|or)\b|$)", I)
_RANKING_WORDS = compiled(r"\b(?:most|highest|lowest|fewest|largest|biggest|greatest|top|worst|best)\b", I)


def _ranked_list_value(c: "Candidate") -> bool:
    return bool(_NAME_BRACKET_LEFT.search(c.left40) and _BRACKET_LIST_GOES_ON.match(c.right)
                and _RANKING_WORDS.search(c.left))


def _percent_right(c: Candidate) -> bool:
    if c._percent_right is None:  # asked by several guards of one number: once
        c._percent_right = bool(_percentage_unit().search(c.right))
    return c._percent_right


@lru_cache(maxsize=1)
def _percentage_unit() -> Pattern:
    return number_rules()["percentage.unit"].pattern


def _counts_something(c: Candidate) -> bool:
    """A year-like number that counts ("2010 offenders", "2,000 per cent"), not a year."""
    if _percent_right(c):
        return True
    plural = rx(r"^\s+(?!of\b)[a-z]{3,}s\b", I).match(c.right)
    return bool(plural) and not _year_verbs_right().match(c.right)


@lru_cache(maxsize=1)
def _year_verbs_right() -> Pattern:
    """A verb that makes a year-like number a count: year_count_verbs (compiled once, not the
    pattern's text built and looked up for every number)."""
    return rx(f"^\\s+(?:{alternation(lexicon('year_count_verbs'))})\\b", I)


@lru_cache(maxsize=1)
def _counted_people_right() -> Pattern:
    return rx(f"^\\s+(?:{own_lexicons()['counted_people']})\\b", I)


@lru_cache(maxsize=1)
def _apposition_right() -> Pattern:
    return rx(f"^,\\s+(?:{own_lexicons()['apposition_followers']})\\b", I)


def _nothing_counted_right(c: Candidate) -> bool:
    """No counted noun after the number ("Boeing 747 landed", not "Leeds 300 people")."""
    return not _counts_something(c) and not _counted_people_right().match(c.right)


#: the number of a month of the financial year ("month 7", "month seven")
_MONTH_NUMBERS = frozenset([str(n) for n in range(1, 13)] + ["one", "two", "three", "four", "five", "six", "seven",
                                                              "eight", "nine", "ten", "eleven", "twelve"])
#: a numbered paragraph: "1.1", "3.12"
_PARAGRAPH_NUMBER = compiled(r"\d{1,2}\.\d{1,2}")
#: an article (and a word of addition) just before an amount: "a 60,000 increase", "a further 200 fall"
_ARTICLE_LEFT = compiled(r"\b(?:an?|the)\s+(?:further\s+|net\s+|extra\s+|additional\s+)?(?:\*\*)?$", I)

#: a figure's share just after it, as in a row of results: "UKIP 212 (9.4%; +2.1%)", "Con 1,020 41.2%"
_SHARE_RIGHT = compiled(r"\s+\(?[+\-−]?\d[\d,]*(?:\.\d+)?\s?%")

#: "2.6 days per 100k population": a rate base follows within a few words
_OWN_RATE_RIGHT = compiled(r"^\s*,?\s*(?:\(|(?:a|with\s+a|at\s+a|giving\s+a)\s+rate\b|or\s+[\d,.]+\s+(?:per|for\s+every)\b)", I)
_RATE_BASE_RIGHT = compiled(r"^[^.;\n]{0,40}?\bper\s+(?:\d[\d,.]*\s?k?\b|(?:one\s+)?(?:hundred|thousand|million)\b)", I)


def _one_counted_thing(c: Candidate) -> bool:
    """"One patient waited", "one fixed penalty notice was issued": "one" counts the thing named
    (a singular counted noun, perhaps after two adjectives), not "one of the", "one day", nor
    "more than one case" (no number of anything)."""
    return c.surface.lower() == "one" and c.qualifier[0] is None and bool(rx(
        f"^\\s+(?:[a-z\\-]+\\s+){{0,2}}(?:{own_lexicons()['singular_counted_nouns']})\\b", I).match(c.right))


#: a table cell alone on its line: a figure, perhaps signed, with a currency, scale or per cent
_CELL_LINE = compiled(r"[ \t*]*(?:[£$€]\s?)?[\-−–+]?(?:[£$€]\s?)?\d[\d,]*(?:\.\d+)?\s?(?:%|[mk]|bn|p)?[ \t*]*")


def _not_table_cell(c: Candidate) -> bool:
    """A number alone on its line is a page number, unless it is a cell of a table written one
    cell to a line (web tables read as text): money ("£341,871"), a scaled or grouped figure
    ("£1.2m", "1,234"), a decimal under a short row label ("Inflation" / "3.2"), a figure with
    another figure alone on the line before or after it ("1.6%" then "2.4%" then "146.2"), or a
    figure in rows of a label and its figures under as many headings ("Ward" / "Seats" / "Ash" / "12")."""
    if c.cur or c.m.group("scale") or "," in c.surface:
        return False
    text = c.text
    # (a line of a lone bar between cells, as tables of bars come out one cell to a line, is passed over)
    before = text[max(0, c.line_start - 200):c.line_start].rstrip().rstrip("|").rstrip()
    prev = before[before.rfind("\n") + 1:]
    after = text[c.line_end:c.line_end + 200].lstrip().lstrip("|").lstrip()
    nxt = after.split("\n", 1)[0]
    if "." in c.surface and prev.strip() and len(prev) <= 60 and prev.rstrip()[-1] not in ".:;!?":
        return False  # a decimal under its row label ("Average rent" / "8.7"): page numbers are whole
    return not (_CELL_LINE.fullmatch(prev) or _CELL_LINE.fullmatch(nxt)
                or _one_cell_a_line_heading(text, c.line_start, c.line_end) is not None)


def _rank_like(c: Candidate) -> bool:
    """The number opening this row is a rank: the row before opens with the rank one lower, or the
    row after with the rank one higher."""
    if not c.surface.isdigit():
        return False
    text, rank = c.text, int(c.surface)
    before = text[max(0, c.line_start - 300):c.line_start].rstrip()
    prev = before[before.rfind("\n") + 1:].lstrip()
    nxt = text[c.line_end:c.line_end + 300].lstrip().split("\n", 1)[0]
    return prev.startswith(f"{rank - 1} |") or prev.startswith(f"{rank - 1}|") \
        or nxt.startswith(f"{rank + 1} |") or nxt.startswith(f"{rank + 1}|")


def _age_like(c: Candidate) -> bool:
    return (not c.cur and not c.m.group("scale") and c.value == int(c.value) and 0 < c.value < 120
            and not _percent_right(c))


#: a currency written once for a table column or row: "Council tax (£)", "Revenue (£m)", "£'000",
#: "EPS (p)"; group ``scale`` gives the multiplier
#: "(£M)", "£mn", "£ thousands", "£ per week" ("(£ a year)"): the scale in either case, spelt out or
#: set apart, or a money per unit of time or head with no scale; the last two only where the cell
#: ends, as a heading writes them (never prose: "worth £ millions, it ...")
_MONEY_MARK = compiled(r"\((?P<cur>£|€|\$|p)\s?(?P<scale>[mM]n?|bn|k|000|'000|millions?|thousands?|billions?)?"
                            r"(?:\s+(?:per|a|an)\s+[a-z]+)?\)"
                            r"|(?<![\w£$€])(?P<cur2>£|€|\$)(?:(?P<scale2>[mM]n?|bn|k|000|'000)(?:(?<=0)s)?"
                            r"|\s(?P<scale3>millions?|thousands?|billions?|mn|m|bn)(?=\s*(?:$|[)|\t\n]))"
                            r"|(?=\s+(?:per|a|an)\s+(?:year|annum|week|month|day|hour|head|person|household|pupil|resident|property|home)"
                            r"\s*(?:$|[)|\t\n])))"
                            r"(?![\w\d])"
                            r"|(?<=[a-z)]\s)(?P<cur3>£|€|\$)(?=\s*$)"  # a heading cell "Council tax £"
                            # the sign before the change it measures: "£ change", "Annual £ increase"
                            r"|(?<![\w£$€.,])(?P<cur4>£|€|\$)(?=\s+(?:change|increase|rise|decrease|fall|reduction|"
                            r"difference|diff|variance|movement|cut|saving)s?\s*(?:$|[(|\t\n]))")  # (a heading ends there; prose goes on)
#: the other units a heading or a row label can name once for its cells: percentage points, per
#: cent, a rate base ("Rate per 1,000", "per 100,000 population"), or a count ("(no.)", "Number")
_UNIT_MARK = compiled(
    r"(?P<point>\((?:pp|ppts?|%\s?pts?|%\s?points?|percentage\s+points?)\)|\bpercentage[\s\-]+points?\b|\bppts?\b|\bpp\b"
    r"|%\s?points?\b)"
    r"|(?P<percent>\((?:%|per\s?cent|percent|pc)\)|(?<!\d\s?)%|\bper\s?cent\b|\bpercent(?:age)?\b(?!\s+points?)|\bpct\b)"
    r"|(?P<rate>\b(?:rate\s+)?per\s+(?P<base>1(?:0{0,2})\s?k|1(?:0{0,2},000(?:,000)?|0{2,6})|(?:a\s+|one\s+)?(?:thousand|million))(?![\d,.]))"
    r"|(?P<count>\((?:no\.?|number|count)\)|\bnumber\b|\bno\.(?=\s|$))", I)
_CELL_NUMBER = compiled(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?![\w])")
_COLUMN_SCALES = {"m": 1e6, "mn": 1e6, "million": 1e6, "millions": 1e6, "bn": 1e9, "billion": 1e9, "billions": 1e9,
                  "k": 1e3, "000": 1e3, "'000": 1e3, "thousand": 1e3, "thousands": 1e3}
#: a row label that heads its one figure: "Change on year (%): +3.1", "Turnover (£m): 12.1"
_LABEL_COLON = compiled(r"[^\d\n]{2,80}?[:=][ \t]*(?:\*\*)?$")

#: what a heading or label says of its cells: ("money", currency mark, multiplier),
#: ("percentage", unit, None), ("rate", base, None), ("count", None, None); None when it names none
Unit = tuple


_BASE_WORDS = compiled(r"^(?:a|one)\s+|\s")
#: the words one of the marks of :data:`_UNIT_MARK` holds, when it has no symbol or bracket
_MARK_WORDS = ("per", "pp", "pct", "no.", "number", "point", "pts")


def _unit_of(cell: str) -> Unit | None:
    """The one unit a heading cell or row label names ("Change (£m)", "Change (%)", "Rate per
    1,000", "% points"); ("mixed", ...) when it names more than one kind ("Spend (£m) and change
    (%)"), None when it names none."""
    if not any(ch in cell for ch in "£€$%(") and not holds_any(cell.lower(), _MARK_WORDS):
        return None  # (most cells: no mark at all, without a regex)
    money = [_column_mark(m) for m in _MONEY_MARK.finditer(cell)]
    kinds: dict[str, Unit] = {}
    for m in _UNIT_MARK.finditer(cell):
        if m.group("point"):
            kinds.setdefault("percentage_point", ("percentage", "percentage_point", None))
        elif m.group("percent"):
            kinds.setdefault("percentage", ("percentage", None, None))
        elif m.group("rate"):
            base = parse_number(_BASE_WORDS.sub("", m.group("base").lower()).replace("thousand", "1000")
                                .replace("million", "1000000"))
            if base and base >= 100:
                kinds.setdefault("rate", ("rate", int(base), None))
        else:
            kinds.setdefault("count", ("count", None, None))
    if "percentage_point" in kinds:
        kinds.pop("percentage", None)  # "percentage points" names one unit
    if ("percentage" in kinds or "percentage_point" in kinds) and "rate" in kinds:
        kinds.pop("rate")  # "Change in rate per 1,000 (%)": the change is in per cent
    if money:
        if kinds or len(set(money)) > 1:
            return ("mixed", None, None)
        return ("money",) + money[-1]
    if len(kinds) > 1:
        return ("mixed", None, None)
    return next(iter(kinds.values()), None)


#: a heading that names a change and no unit: "Change", "Change on last year", "Increase", "+/-"
_CHANGE_HEADING = compiled(
    r"[ *]*(?:net\s+|annual\s+|yearly\s+|weekly\s+|monthly\s+|numeric(?:al)?\s+|actual\s+|number\s+|no\.\s+|year[\s\-]on[\s\-]year\s+)?"
    r"(?:(?P<up>increase|rise)|(?P<down>decrease|fall|reduction)|change|movement|variance|difference|\+\s?/\s?[\-−])"
    r"(?:\s+(?:per|a|each)\s+(?:year|annum|week|month|day))?"
    r"(?:\s+(?:on|from|since|in|over|vs\.?|to|between)\b[^|\t\n]{0,40}|\s+\(?(?:19|20)\d\d[^|\t\n]{0,36})?[ *:\r]*", I)


_CHANGE_WORD = compiled(r"\b(?:change|increase|rise|decrease|fall|reduction|movement|variance|difference)\b|\+\s?/", I)


def _change_heading(cell: str) -> Unit | None:
    """("change", direction, None) for a heading that names a change of a count and no unit
    ("Change", "Increase on 2022", "+/-"), else None."""
    m = _CHANGE_HEADING.fullmatch(cell) if len(cell) <= 60 else None
    if m is None:
        return None
    return ("change", "up" if m.group("up") else "down" if m.group("down") else None, None)


#: the direction a heading or row label gives its money or per cent cells: "Annual increase (£)",
#: "Reduction in grant (£m)"; both or neither: none ("Increase/(decrease)")
_HEADING_UP = compiled(r"\b(?:increases?|rises?|growth|uplift)\b", I)
_HEADING_DOWN = compiled(r"\b(?:decreases?|falls?|reductions?|cuts?|drops?|declines?|savings?)\b", I)


def _with_direction(unit: Unit | None, heading: str) -> Unit | None:
    """``unit`` with a fourth member, the direction ``heading`` gives it, for money and per cent."""
    if unit is None or unit[0] not in ("money", "percentage"):
        return unit
    up, down = bool(_HEADING_UP.search(heading)), bool(_HEADING_DOWN.search(heading))
    return unit + ("up" if up and not down else "down" if down and not up else None,)


def _heading_unit(heading: str) -> Unit | None:
    """The unit a heading cell names, with the direction it gives (see :func:`_with_direction`),
    or the change it names without a unit (see :func:`_change_heading`)."""
    return _with_direction(_unit_of(heading), heading) or _change_heading(heading)


def _column_unit(c: Candidate) -> Unit | None:
    """The unit the table heading or row label of this cell names (worked out once per number):
    see :func:`_column_unit_at`."""
    if c._column_unit is False:
        c._column_unit = _column_unit_at(c.text, c.line_start, c.line_end, c.num_start)
    return c._column_unit


def _money_column(c: Candidate) -> tuple[str, float] | None:
    unit = _column_unit(c)
    return unit[1:] if unit is not None and unit[0] == "money" else None


_CELL_LIMIT = 300  # characters of a row label or a header line that are read


def _column_unit_at(text: str, line_start: int, line_end: int, num_start: int) -> Unit | None:
    """The unit (money with its currency and scale, per cent, percentage points, a rate base) that
    names the number when it is a cell of a table row whose own label or whose column header names
    it ("Revenue (£m)\t555.9", a header "Area\tChange (%)" over rows "Leeds\t+8.0", "Rate per
    1,000" over "15.2"), or of a labelled line ("Change on year (%): +3.1"). Only a table row
    counts: a tab, a bar, or two figures or more on a short line. In a table of tabs or bars the
    header cell must be this cell's column (a header without the row labels' cell is read one cell
    to the right); the row's own label is its first cell. A title line above the table ("Table 1:
    budget (£m)") names the unit of a table of one figure a row, or of columns headed only by
    years; a heading line over a block of labelled figures ("Movement in the budget £m" over
    "Energy savings -4.5") names theirs; a heading line of several units over rows set apart by
    spaces gives the n-th figure the n-th unit; a table written one cell to a line is read by
    :func:`_one_cell_a_line_heading`. A heading that says "increase" or "reduction" gives money and
    per cent cells their direction (a fourth member). Bounded: a long row costs its first cell and
    one header line per cell, never the whole row before each cell; a row reads the answer of the
    row above it (:class:`_RowMemo`) rather than walking up again."""
    head = text[line_start:min(num_start, line_start + _CELL_LIMIT)]
    sep = "\t" if "\t" in head else "|" if "|" in head else None
    one_figure = False  # a row of a label and one figure, under a heading line: "Energy savings -4.5"
    if sep is None and not head.strip(" \t*"):
        return _one_cell_a_line_unit(text, line_start, line_end, num_start)
    if sep is None:
        line = text[line_start:min(line_end, line_start + 161)]
        if len(line) > 160:
            return None
        if len(_CELL_NUMBER.findall(line)) < 2:
            if _LABEL_COLON.fullmatch(head):  # one figure after its label: "Change on year (%): +3.1"
                unit = _heading_unit(head.rstrip(" \t*:="))
                if unit is not None and unit[0] != "change":
                    return unit if unit[0] != "mixed" else None
                # a label without a unit, under a heading line that names it ("Budget changes (£000)"
                # over "Highways: -350"); a label that names a change gives it its direction ("Increase: 97.33")
                above = _unit_above(text, line_start, line_end, num_start, None, True)
                if above is not None and unit is not None and unit[0] == "change" and unit[1] is not None \
                        and above[0] in ("money", "percentage"):
                    return above[:3] + (unit[1],)
                return above or unit
            if len(line) > 100 or not _ROW_LABEL.fullmatch(head) or not _LAST_FIGURE.fullmatch(text, num_start, line_end):
                return None  # a paragraph of prose, not a row
            one_figure = True
    label = head.split(sep, 1)[0] if sep else head
    unit = _with_direction(_unit_of(label), label)
    if unit is not None and (sep is not None or unit[0] == "money" or _LABEL_COLON.fullmatch(label)):
        # (in a short line of prose with two figures, a per cent sign of an earlier figure is no label)
        return None if unit[0] in ("mixed", "count") else unit
    return _unit_above(text, line_start, line_end, num_start, sep, one_figure)


def _unit_above(text: str, line_start: int, line_end: int, num_start: int, sep: str | None,
                one_figure: bool) -> Unit | None:
    """The unit a heading above the row names (see :func:`_column_unit_at`): this cell's heading
    cell in a table of tabs or bars, read past the rows of figures above; or a heading line."""
    if sep is not None:
        return _unit_above_cells(text, line_start, line_end, num_start, sep)
    end = line_start
    for _ in range(15):  # the header above, within the same block of lines
        if end <= 0:
            return None
        start = text.rfind("\n", max(0, end - 1 - 4 * _CELL_LIMIT), end - 1) + 1
        above = text[start:end - 1]
        if not above.strip() or "|" in above or "\t" in above:
            return None  # (a table of bars or tabs above a row set apart by spaces, or a line of prose)
        unit = _unit_of(above)
        if unit is not None:
            ordered = _unit_in_order(above, text, line_start, line_end, num_start) if not one_figure else None
            if ordered is not None or unit[0] == "mixed":
                return ordered
            return _heading_line_unit(above, unit, False, False, one_figure)
        if one_figure and (len(above) > 120 or above.rstrip().endswith((".", "!", "?", ":"))):
            return None  # a line of prose above a label and its figure
        end = start
    return None


class _RowMemo(threading.local):
    """The heading unit found above each row of the text being read, by (row start, column, cells
    in the row): the next row down reads it instead of walking up past every row again, so a long
    table costs one step a cell and keeps its heading however many rows it has."""

    text: str | None = None
    rows: dict = {}
    #: for a table written one cell to a line: (its headings, the cell's place from the first row's label), or None
    cells: dict = {}


_ROW_MEMO = _RowMemo()


def _memo(text: str) -> _RowMemo:
    memo = _ROW_MEMO
    if memo.text is not text:
        memo.text, memo.rows, memo.cells = text, {}, {}
    return memo


def _unit_above_cells(text: str, line_start: int, line_end: int, num_start: int, sep: str) -> Unit | None:
    memo = _memo(text)
    column = text.count(sep, line_start, num_start)
    row_cells = text.count(sep, line_start, min(line_end, line_start + 4 * _CELL_LIMIT)) + 1
    key = (line_start, column, row_cells)
    if key in memo.rows:
        return memo.rows[key]
    years_only, header_rows, result = True, 0, None  # the header rows passed: their cells years or empty
    change = None  # a "Change" heading passed: its direction, the unit to come from the title
    end = line_start
    blank = False
    for _ in range(15):  # the header above, within the same block of lines
        if end <= 0:
            break
        start = text.rfind("\n", max(0, end - 1 - 4 * _CELL_LIMIT), end - 1) + 1
        above = text[start:end - 1]
        if not above.strip():
            if header_rows == 0 or blank:
                break
            blank = True  # one blank line between the heading row and the table's title ("Budget (£m)")
            end = start
            continue
        if blank and sep in above:
            break  # another table above
        if header_rows == 0 and (start, column, row_cells) in memo.rows:
            result = memo.rows[(start, column, row_cells)]  # the row above, already read
            break
        if sep in above:
            done, result, years = _heading_row_unit(above.split(sep), column, row_cells)
            if done:
                break
            if years is not None:
                years_only, header_rows = years_only and years, header_rows + 1
                if change is None and years is True:
                    change = _change_heading_at(above.split(sep), column, row_cells)
        else:
            unit = _unit_of(above)
            if unit is not None:
                result = _heading_line_unit(above, unit, True, row_cells == 2 or (years_only and header_rows > 0)
                                            or change is not None, False)
                if result is not None and change is not None:
                    result = result[:3] + (change[1],)
                break
        end = start
    if result is None and change is not None:
        result = change  # a change heading with no unit above it: a change of a count
    memo.rows[key] = result
    return result


def _change_heading_at(cells: list[str], column: int, row_cells: int) -> Unit | None:
    """The change heading ("Change", "Increase") over this cell's column, if that is what it is."""
    at = column - 1 if len(cells) == row_cells - 1 else column
    return _change_heading(cells[at]) if 0 <= at < len(cells) else None


def _figure_cell(cell: str) -> bool:
    cell = cell.strip(" *")
    return bool(FIGURE_CELL.fullmatch(cell)) and not YEAR_CELL.fullmatch(cell)


def _heading_row_unit(cells: list[str], column: int, row_cells: int) -> tuple[bool, Unit | None, bool | None]:
    """(whether the walk up ends here, the unit, whether the heading cell is a year or empty; None
    for a row of figures) for a row of cells above this cell's row."""
    # a heading row without the row labels' cell: "H1 2020 £m | H1 2019 £m" over "Revenue | 1,039.1 | 1,091.7"
    at = column - 1 if len(cells) == row_cells - 1 else column
    if (0 <= at < len(cells) and _figure_cell(cells[at])) or (column < len(cells) and _figure_cell(cells[column])) \
            or any(_figure_cell(x) for x in cells):
        return False, None, None  # a row of figures above: read past it to the heading
    if not 0 <= at < len(cells):
        return False, None, True
    cell = cells[at]
    unit = _heading_unit(cell)
    if unit is not None and unit[0] == "change":
        # "Change" beside "2023/24 £m | 2024/25 £m": the change is in the unit of the other columns
        siblings = {_unit_of(x) for i, x in enumerate(cells)
                    if i != at and i > 0 and not _CHANGE_WORD.search(x)} - {None}  # (not "% change")
        if len(siblings) == 1 and next(iter(siblings))[0] in ("money", "percentage"):
            return True, next(iter(siblings))[:3] + (unit[1],), False
        return False, None, True  # (a title line above may name the unit: "Budget (£m)")
    if unit is not None:
        return True, None if unit[0] in ("mixed", "count") else unit, False
    stripped = cell.strip(" *:-")
    if stripped and not YEAR_CELL.fullmatch(stripped):
        return True, None, False  # this column's heading names no unit ("Staff")
    if not stripped and at > 0:
        # a ragged table whose one heading of a unit stands over the first column of figures
        # ("Reasons for change | £m | |" over "Pressures | Social care | 13.3 |")
        units = {_unit_of(x) for x in cells[1:]} - {None}
        if len(units) == 1 and next(iter(units))[0] not in ("mixed", "count") \
                and all(not x.strip(" *:-") for x in cells[at:]):
            return True, next(iter(units)), False
    return False, None, True


#: a row's figures to its end, after its label: "2,104.50 +98.20 +4.99"
_FIGURES_TO_END = compiled(r"(?:[+\-−–(]?[£$€]?\d[\d,]*(?:\.\d+)?%?\)?[ \t\r]*)+")


def _unit_in_order(above: str, text: str, line_start: int, line_end: int, num_start: int) -> Unit | None:
    """A heading line of several units over rows of figures set apart by spaces ("Council Band D (£)
    Rise (£) Rise (%)" over "Ashby 2,104.50 +98.20 +4.99"): when it names as many units as the row
    has figures, the n-th figure takes the n-th unit (and the direction its heading gives)."""
    if len(above) > 200 or above.rstrip().endswith((".", "!", "?")) or not _heading_line(above[:100]) \
            or _CELL_NUMBER.search(_HEADING_NUMBER.sub("", above)):
        return None
    marks = sorted([(m.start(), m.end(), ("money",) + _column_mark(m)) for m in _MONEY_MARK.finditer(above)]
                   + [(m.start(), m.end(), _unit_of(m.group(0)) or ("count", None, None))
                      for m in _UNIT_MARK.finditer(above)])
    figures = [m.start() for m in _CELL_NUMBER.finditer(text, line_start, line_end)]
    at = next((i for i, start in enumerate(figures) if num_start <= start <= num_start + 2), None)
    if at is None or len(marks) != len(figures) or not _FIGURES_TO_END.fullmatch(text, figures[0], line_end):
        return None  # (a line of prose with two figures: "votes were cast over 25 contests")
    unit = marks[at][2]
    heading = above[marks[at - 1][1] if at else 0:marks[at][1]]  # this column's heading: "Annual increase (£)"
    return _with_direction(unit, heading) if unit[0] not in ("mixed", "count") else None


def _heading_line_unit(above: str, unit: Unit, in_table: bool, title_fits: bool, one_figure: bool) -> Unit | None:
    """The unit of a line without cells above the row, or None: a title over a table of tabs or
    bars ("Table 1: budget (£m)") over rows of one figure or columns headed by years only
    (``title_fits``), never a sentence of prose ("... 5%."); a heading over space-separated rows
    ("Band D council tax (£) 2023-24"), or over labelled figures one to a line."""
    if unit[0] in ("mixed", "count"):
        return None
    if in_table:
        ok = len(above) <= 100 and not above.rstrip().endswith(".") and title_fits \
            and ("(" in above or any(m.group("scale2") or m.group("scale3") for m in _MONEY_MARK.finditer(above)))  # "All figures £000s"
        return unit if ok else None
    if unit[0] != "money" and not (one_figure and _heading_line(above)):
        return None  # a space-separated row under a prose line with a per cent sign
    marks = list(_MONEY_MARK.finditer(above))
    tail = YEAR_CELL.sub("", above[marks[-1].end():]) if marks else ""
    if _CELL_NUMBER.search(tail) or (one_figure and not _heading_line(above)):
        return None  # a row of its own ("Band D council tax (£) 2023-24": a year heads it)
    return unit


#: a cell of a table written one cell to a line: a figure, perhaps signed or bracketed, with a
#: currency, scale or per cent sign
_FIGURE_LINE = compiled(r"[(]?[+\-−–]?(?:[£$€]\s?)?[+\-−–]?\d[\d,]*(?:\.\d+)?\s?(?:%|[mk]|bn|p)?\)?|n/?a|\.\.|-|–|—", I)


def _one_cell_a_line_unit(text: str, line_start: int, line_end: int, num_start: int) -> Unit | None:
    """The unit the heading over a cell of a table written one cell to a line names (see
    :func:`_one_cell_a_line_heading`)."""
    heading = _one_cell_a_line_heading(text, line_start, line_end)
    unit = _heading_unit(heading) if heading is not None else None
    return unit if unit is not None and unit[0] not in ("mixed", "count") else None


def _one_cell_a_line_heading(text: str, line_start: int, line_end: int) -> str | None:
    """The heading over a cell of a table written one cell to a line (web tables read as text, perhaps
    with a lone bar between cells under a heading row of bars), or None: the
    headings are the first short lines of the block, then the rows, each a label and its figures
    ("Council" / "Band D (£)" / "Change (%)" / "Leeds" / "2,104.50" / "+4.99"). The heading over
    this cell is the one at its place in its row; when the cells do not fall into rows of one width
    (a label, then as many figures as there are headings after the first) there is none.
    Bounded: at most 48 cells above (lines of at most 80 characters, or 600 for a row of bars; no
    more than 12 figures without a label) and as many below as two rows of the widest heading need."""
    memo = _memo(text).cells
    if line_start not in memo:
        memo[line_start] = _read_one_cell_table(text, line_start, line_end, memo)
    found = memo[line_start]
    return found[0][found[1] % len(found[0])] if found is not None else None


def _read_one_cell_table(text: str, line_start: int, line_end: int, memo: dict) -> tuple | None:
    """(the headings, this cell's place counted from the first row's label) of the table written
    one cell to a line that holds the cell at ``line_start``, or None; a cell above already read
    (``memo``) gives its table at once."""
    if not _FIGURE_LINE.fullmatch(text, line_start, line_end):
        return None
    cells: list[str] = []
    flags: list[bool] = []  # whether each cell read is a figure, from this cell up
    run = 0  # figures in a row without a label between them, from this cell up
    end = line_start
    for _ in range(96):  # cells, and the blank lines between them
        if end <= 0 or len(cells) >= 48:
            break
        start = text.rfind("\n", max(0, end - 602), end - 1) + 1
        if start == 0 and end > 602:
            break  # a line too long for a table's
        if start in memo and len(flags) == len(cells):
            reused = _place_after(memo[start], flags)
            if reused is not False:
                return reused
        cell = text[start:end - 1].strip(" \t|")
        if cell.endswith((".", "!", "?")):
            break  # a paragraph of prose ends the table
        if "|" in cell:  # a heading row of bars over cells one to a line
            cells.extend(x.strip() for x in reversed(cell.split("|")) if x.strip())
        elif len(cell) > 80:
            break
        elif cell:  # (a line of a lone bar between cells is no cell)
            is_figure = bool(_FIGURE_LINE.fullmatch(cell))
            if is_figure and len(flags) >= 2 and not flags[-1] and not flags[-2]:
                break  # a figure above this table's headings: the table before
            cells.append(cell)
            flags.append(is_figure)
            run = run + 1 if run >= 0 and is_figure else -1
            if run > 12:
                return None  # a column of figures without labels
        end = start
    cells.reverse()
    figure = [bool(_FIGURE_LINE.fullmatch(x)) for x in cells] + [True]
    if all(figure):
        return None  # no label or heading above
    here = len(cells)
    label = figure.index(True) - 1  # the first row's label, then its figures, ...
    figure += _figures_below(text, line_end, 2 * label - (len(figure) - label), 120 - len(figure))
    rows = figure[label:]
    for width in range(2, label + 1):  # the headings: the last ``width`` lines before the first label
        if len(rows) >= 2 * width and all(is_figure == (i % width != 0) for i, is_figure in enumerate(rows)):
            return tuple(cells[label - width:label]), here - label
    return None


def _place_after(above: tuple | None, flags: list[bool]) -> tuple | None | bool:
    """This cell's table from a cell above already read (``above``), the cells between being
    ``flags`` (figure or not, nearest first); False when they do not continue that table's rows (two
    lines without figures in a row: the headings of a new table) and the cells must be read."""
    if any(not a and not b for a, b in zip(flags, flags[1:])):
        return False
    if above is None:
        return None
    headings, place = above
    mine = place + len(flags) + 1
    if mine % len(headings) == 0 or any(flag != ((mine - 1 - k) % len(headings) != 0) for k, flag in enumerate(flags)):
        return None
    return headings, mine


def _figures_below(text: str, pos: int, need: int, most: int) -> list[bool]:
    """Whether each of the next ``need`` (at most ``most``) cells below the line break at ``pos``
    is a figure, in a table written one cell to a line; a paragraph of prose ends the table."""
    out: list[bool] = []
    while len(out) < min(need, most) and pos < len(text):
        nxt = text.find("\n", pos + 1, pos + 83)
        if nxt < 0:
            if len(text) - pos > 82:
                break
            nxt = len(text)
        cell = text[pos + 1:nxt].strip(" \t|")
        if len(cell) > 80 or cell.endswith((".", "!", "?")):
            break
        if cell:
            out.append(bool(_FIGURE_LINE.fullmatch(cell)))
        pos = nxt
    return out


#: a row label before its one figure: words, perhaps a year, no end of a sentence
_ROW_LABEL = compiled(r"[ \t*•\-]*[A-Za-z][^.;!?:\n]{1,80}?[ \t]+")
#: the figure ends its line: "-4.5", "(11.0)", "13.3"
_LAST_FIGURE = compiled(r"[+\-−–(]?\d[\d,]*(?:\.\d+)?\)?[ \t*\r]*")
_HEADING_NUMBER = compiled(r"\bper\s+[\d,.]+k?|(?:19|20)\d\d(?:\s?[\-/–]\s?(?:\d\d){1,2})?|\d+(?=\s?:)", I)


def _heading_line(line: str) -> bool:
    """A heading over a block of labelled figures: short, not a sentence, no figure of its own
    but years, a rate base or a table number ("Table 2: change on last year (%)")."""
    return (len(line) <= 100 and not line.rstrip().endswith((".", "!", "?"))
            and not _CELL_NUMBER.search(_HEADING_NUMBER.sub("", _MONEY_MARK.sub("", line))))  # ("(£000)" is no figure)


def _column_mark(m: regex.Match) -> tuple[str, float]:
    cur = m.group("cur") or m.group("cur2") or m.group("cur3") or m.group("cur4")
    scale = (m.group("scale") or m.group("scale2") or m.group("scale3") or "").lower()
    return cur, (0.01 if cur == "p" else 1) * _COLUMN_SCALES.get(scale, 1)


def _bracketed_cell(c: Candidate) -> bool:
    """A bracketed figure that is a whole table cell after another cell ("| Grant | (44) |"): an
    accounting negative, not a list label."""
    left = c.line_left.rstrip(" (")
    sep = left[-1:] if left[-1:] in ("|", "\t") else None
    return sep is not None and any(ch.isalnum() for ch in left[:-1]) and bool(_CELL_CLOSE.match(c.right))


_CELL_CLOSE = compiled(r"\)[ \t]*(?:[|\t]|\r?$)")


_SHARE_WORDS = ("%", "per cent", "percent", "share", "rate", "turnout", "vote", "poll", "proportion", "satisfaction")


#: what an election gains or loses: "12 seats", "40 Labour councillors", "3 wards"
_SEATS_RIGHT = compiled(r"\s+(?:[A-Za-z\-]+\s+)?(?:seats?|councillors?|wards?|MPs|MSPs|MSs|AMs|councils?)\b(?!\s+out\s+of\b)", I)
_SHARE_PAIR_RIGHT = compiled(r"(?:\s+(?:or|to|and)\s+[a-z]+)?\s*(?:%|per\s*cent\b|percent\b)", I)


#: the unit of a share carried over to the next line: "12 per" / "cent", "12" / "per cent"
_UNIT_NEXT_LINE = compiled(r"\n[ \t]*(?:(?P<cent>cent)\b|per[ \t\-]?cent\b|percent\b|%)", I)


def _unit_on_next_line(c: Candidate) -> bool:
    """The line ends at the number, or at "per" after it, and the next line starts with the rest of
    the per cent unit (hard-wrapped text: "rose by 12 per" / "cent", "rose by 12" / "per cent")."""
    m = _UNIT_NEXT_LINE.match(c.text, c.line_end, c.line_end + 16)
    if m is None:
        return False
    rest = c.right.strip().lower()
    return rest == "per" if m.group("cent") else rest == ""


#: a baseline named after a figure, in its sentence: "than last year", "compared with 2022", "on the
#: previous year", "a year earlier", "since 2019", "up from 400"
#: (not a qualifier's "than": "of whom 2,650, or more than a quarter, were children")
_BASELINE_NAMED = compiled(r"\b(?:than(?!\s+(?:a\s+)?(?:quarter|third|half|fifth|tenth|dozen|hundred|thousand|\d|one|two|three|four|"
                                r"five|six|seven|eight|nine|ten)\b)|compared|on\s+(?:last|the\s+(?:previous|same|year|month))|last\s+(?:year|month|week)|"
                                r"(?:a|the)\s+(?:year|month|week)\s+(?:earlier|before|ago)|previous\s+(?:year|month|period)|"
                                r"since|up\s+from|from\s+[£$€]?\d)\b", regex.I)
#: the end of the sentence in the text after a figure (or the end of the window)
_SENTENCE_REST = compiled(r"[.!?](?:\s|$)|$")


#: the words of change.noun_is's verb, for its cheap test ("the rise was 300", "the biggest rise, 1,200,")
_IS_LEFT_WORDS = (" is ", " was ", " were ", " are ", " been ", " be ", " at ", "totalled ", " to ", ", ")


GUARDS = {
    "digits": lambda c: c.is_digits,
    "words": lambda c: c.is_words,
    "no_scale": lambda c: not c.m.group("scale"),
    "currency": lambda c: bool(c.cur),
    "no_currency": lambda c: not c.cur,
    "fraction": lambda c: bool(c.m.group("frac")),
    "not_fraction": lambda c: not c.m.group("frac"),
    "line_starts_here": lambda c: not c.line_left.strip(" \t-•*("),
    "alone_on_line": lambda c: not c.line_left.strip(" \t*") and not c.right.strip(" \t*"),
    "not_table_cell": _not_table_cell,
    # a list label "(3)": never a decimal "(12.1)", a signed change after its figure ("340 (+45)"),
    # nor a figure after a stated base ("per 100,000 people (87)")
    "closes_bracket": lambda c: bool(rx(r"^\s*\)").match(c.right)) and c.value < 100 and "," not in c.surface
    and not (c.m.group("sign") and rx(r"\d[%p]?\s*\(\s*$").search(c.left[-12:]))
    and "." not in c.surface and not number_rules()["rate.base_then_bracket"].pattern.search(c.left)
    and not _bracketed_cell(c) and not _ranked_list_value(c),
    "year_surface": lambda c: _is_year(c.value, c.surface),
    # "the fall is one of the biggest": a word that picks one of several, not the change's size
    "not_word_of_right": lambda c: not (c.is_words and rx(r"^\s+of\b", I).match(c.right)),
    "no_share_after": lambda c: not _SHARE_RIGHT.match(c.right),
    "day_or_year_surface": lambda c: c.surface.isdigit() and (len(c.surface) <= 2 or _is_year(c.value, c.surface)),
    "not_counted_right": lambda c: not _counts_something(c),
    "not_times_right": lambda c: not rx(r"^\s+(?:times|occasions)\b", I).match(c.right),
    "not_percent_right": lambda c: not _percent_right(c),
    "percent_right": _percent_right,
    # "five or six per cent": a pair of shares, not a vague "five or six"
    "no_share_pair_right": lambda c: not _SHARE_PAIR_RIGHT.match(c.right),
    "below_100": lambda c: c.value < 100,
    "value_one": lambda c: c.value == 1 and c.surface.lower() in ("one", "1", "a", "an"),
    "not_rate_right": lambda c: not rx(r"^\s+(?:per|for every|in every)\b", I).match(c.right),
    "verb_right": lambda c: bool(rx(r"^(?:\*\*)?\s+(?:must|is|was|were|are|has|have|represents|means)\b", I)
                                 .match(c.right)),
    "one_word_not_counting": lambda c: c.is_words and c.surface.lower() in ("one", "a", "an") and not rx(
        r"^\s+(?:was|were|is|has|had)\b|^\s+(?:in|during)\s+(?:19|20)\d\d", I).match(c.right)
        and not _one_counted_thing(c),
    "tab_before": lambda c: "\t" in c.line_left,
    "open_bracket_left": lambda c: c.left40.rstrip().endswith("("),  # (spares the walk of sentence_has_rate)
    "sentence_has_rate": lambda c: any(s.kind == "rate" and s.per for s in c.sentence_previous()),
    "closes_square_bracket": lambda c: c.right.startswith("]"),
    "signed": lambda c: bool(c.m.group("sign")),
    "nothing_counted_right": _nothing_counted_right,
    "age_like": _age_like,
    # what an "extra"/"further" figure is added to, named in its sentence: "an extra 110 drivers failed
    # ... compared to last year" (a change); without it, "an extra two officers have been appointed",
    # "a further eight authorities" count things (FORMAT.md: "three more serious sex offenders" is a count)
    # (money and scaled amounts keep the cue: "gets an extra 6.5m", "cut a further 4m from care")
    "baseline_named": lambda c: bool(c.cur or c.m.group("scale"))
    or bool(_BASELINE_NAMED.search(c.right[:_SENTENCE_REST.search(c.right).start()])),
    # "residents are 65 or over", "one in five is 65 or older": an age bound, not a count
    "older_right": lambda c: c.right[:1] == " " and bool(rx(r"^\s+(?:or|and)\s+(?:over|older)\b", I).match(c.right)),
    # the sentence before the number speaks of people, or of a share of them: "one in every 10 residents is over 80"
    "people_left": lambda c: bool(_people_left().search(c.left)),
    # the clause ends at the number: "is over 80.", "were under 25, and" (no unit or noun after it)
    # after "they turned 14": the clause ends, or a time, a place or an age's words follow (not "turned 30 derelict sites")
    "age_turned_right": lambda c: bool(rx(r"^(?:$|[.,;:!?)]|\s+(?:and|but|or|in|on|at|this|last|next|years?|when|while|before|after|during|since|within|from|by|that|between|until|under|were|was|are|is|have|has|had|can|could|will|would|must|may)\b|\s+[-–])", I).match(c.right)),
    "ends_clause_right": lambda c: c.right[:1] in ("", ".", ",", ";", ":", "!", "?", ")")
    or c.right[:5] in (" and ", " but ") or c.right[:4] == " or ",
    "apposition_right": lambda c: bool(_apposition_right().match(c.right)),
    "score_right": lambda c: bool(rx(r"^\s?[\-–]\s?\d{1,2}\b(?![\d,]|\.\d|\s?%)").match(c.right)),
    "text_goes_on_right": lambda c: bool(rx(r"^\s+(?!(?:and|or|to|in|per|of|out)\b)(?-i:[a-z])").match(c.right)),
    "times_right": lambda c: bool(rx(r"^[\s\-]+times\b", I).match(c.right)),
    "seats_right": lambda c: bool(_SEATS_RIGHT.match(c.right)),
    "no_rate_base_right": lambda c: not _RATE_BASE_RIGHT.match(c.right),
    # "Northumbria had 1652, a rate of 127": a count that states its own rate after it
    "no_own_rate_right": lambda c: not _OWN_RATE_RIGHT.match(c.right),
    "no_big_word": lambda c: not c.surface.lower().endswith(("thousand", "million", "billion")),
    "quarter_number": lambda c: c.surface.lower() in ("1", "2", "3", "4", "one", "two", "three", "four"),
    "month_number": lambda c: c.surface.lower() in _MONTH_NUMBERS,
    "rank_like": _rank_like,
    "paragraph_like": lambda c: bool(_PARAGRAPH_NUMBER.fullmatch(c.surface)),
    "article_left": lambda c: holds_any(c.left[-30:], ("a ", "an ", "A ", "An ", "the ", "The "))
    and bool(_ARTICLE_LEFT.search(c.left[-30:])),
    "at_left": lambda c: c.left[-8:].rstrip(" *").endswith(" at"),
    "label_extra_left": lambda c: holds_any(c.left[-16:].lower(), ("para", "item", "red", "cat", "zone", "grade")),
    "equals_left": lambda c: "=" in c.left[-3:],
    # "£000", "£'000": the unit of a table in thousands, not an amount
    "thousands_marker": lambda c: c.surface == "000" and (bool(c.cur) or c.left[-2:].rstrip("'’")[-1:] in ("£", "$", "€")),
    "or_left": lambda c: "or " in c.left[-16:],
    "unit_on_next_line": _unit_on_next_line,
    # cheap substring tests that spare a rule's regex on most numbers
    "per_left": lambda c: "per " in c.left,
    "weight_words_left": lambda c: holds_any(c.left[-40:].lower(), ("weigh", "pound", "lb")),
    # a number to call, not a count: "on 101.", "999 in an emergency" (not "111 witnesses")
    "service_number": lambda c: c.surface in _service_numbers()
    and not rx(r"^\s+(?!(?:for|or|and|if|to|in|quoting|from|with|immediately|now)\b)[a-z]").match(c.right),
    # a service number whatever follows it (not.service_number_named reads what follows: "999 response times")
    # (after a name or an article, as a name is written: "Ambulance 999 response times", "the 101 line";
    # or after a share or a number of: "71% of 999 calls were answered", "a rise in the number of 999 calls";
    # not "handled 999 calls", "a total of 101 services")
    "service_number_any": lambda c: c.surface in _service_numbers()
    and bool(rx(r"(?:^|\b(?:the|a|an|its|their|his|her|our|via|by|to|on|or|missing|missed|meeting|met|hitting|hit|(?-i:[A-Z])[\w&'’]*)"
                r"|(?:%|\bcent|\bpercent|\b(?:proportion|share|numbers?|third|quarter|half|fifth|tenth|majority|most|all|thousands|"
                r"hundreds|millions))\s+of)\s*$").search(c.left40)),
    "money_column": lambda c: _money_column(c) is not None,
    "verb_more_left": lambda c: _verb_more_left(c.left40),  # (a flag: see FLAG_GUARDS)
    # a verb of being (or a comma) in the last words before the number: change.noun_is's regex is tried only then
    "is_left": lambda c: holds_any(c.left40, _IS_LEFT_WORDS),
    "unit_column": lambda c: _column_unit(c) is not None and _column_unit(c)[0] in ("percentage", "rate", "change"),
}


# --- resolvers: what an accepting rule builds ---------------------------------------------------

def _end(c: Candidate, rule: Rule, m: regex.Match) -> int:
    """Where the statistic's span ends: after what a right-context rule matched, never on blank
    space (a row's "\r\n", a cell's trailing spaces)."""
    if rule.context != "right":
        return c.num_end
    end = c.num_end + m.end()
    while end > c.num_end and c.text[end - 1].isspace():
        end -= 1
    return end


def _stat(c, rule, m):
    unit = rule.value.get("unit") if isinstance(rule.value, dict) else None
    return c.make(rule.kind, _end(c, rule, m), rule.id, unit=unit)


def _pence(c, rule, m):
    """"85p": money in pounds (0.85), the span taking the "p"; "18 cents": in dollars or euros, see :func:`_cents`."""
    if m.group("cents"):
        return _cents(c, rule, m)
    return c.make("money", c.num_end + m.end(), rule.id, value=round(c.value / 100, 6))


def _points(c, rule, m):
    """Percentage points; bare "points" only where a share, a rate or a vote is near. Bare points
    that a change noun follows are a change of a score or an index ("a 45-point fall in the index",
    "a 12-point rise", its way from the noun), not a count."""
    if m.group("bare") and not holds_any(c.left.lower(), _SHARE_WORDS) and not holds_any(c.right[:60].lower(), _SHARE_WORDS):
        if _POINT_CHANGE.match(c.right):
            return c.make("change", _end(c, rule, m), "change.points")
        return None
    return _stat(c, rule, m)


_POINT_CHANGE = compiled(r"(?:\*\*)?[\s\-]points?[\s\-]+(?:(?:net|overall|annual|year-on-year)[\s\-]+)?"
                              r"(?:rises?|increases?|falls?|drops?|decreases?|reductions?|declines?|jumps?|gains?|loss|losses|"
                              r"improvements?|slumps?|plunges?|leaps?|surges?)\b", I)


def _cents(c, rule, m):
    """"18 cents": money in the unit of the dollar or euro amount before it (0.18), the span taking the word."""
    mark = None
    for s in reversed(c.previous[-20:]):
        if s.kind == "money":  # (the nearest amount; pounds give cents no currency)
            code = s.currency or currency(c.text[s.start:s.end])
            mark = code if code != "GBP" else None
            break
    return c.make("money", c.num_end + m.end(), "money.cents", value=round(c.value / 100, 6), currency=mark)


def _quantity(c, rule, m):
    """A physical quantity: the unit from the group that matched ("12 km" → km; "5MW" as written)."""
    group = next(name for name, value in m.groupdict().items() if value)
    return c.make("quantity", _end(c, rule, m), rule.id, unit=rule.value.get(group) or m.group(group))


def _times(c, rule, m):
    """A multiple whose cue is before it ("rising by around three-and-a-half times"): the span
    takes the word "times"."""
    t = rx(r"^[\s\-]+times\b", I).match(c.right)
    return c.make(rule.kind, c.num_end + t.end(), rule.id)


def _base_is_free(c, m, group="base") -> bool:
    """The base is not claimed (by a period) and not itself the start of a range."""
    b0, b1 = c.num_end + m.start(group), c.num_end + m.end(group)
    return not c.blocked.overlaps(b0, b1) and not rx(r"^[\-–/]\d").match(c.text[b1:b1 + 2])


def _ratio_one_every(c, rule, m):
    base = parse_number(m.group("base"))
    conn = m.group("conn").lower()
    if conn == "per" and (not base or base <= 100 or is_power_of_ten(base)):
        return None  # ("one per 1,000 people": a rate)
    if not (base and base > 1 and not (conn == "in" and is_power_of_ten(base) and base >= 1000) and _base_is_free(c, m)):
        return None
    b_start, b_end = c.num_end + m.start("base"), c.num_end + m.end("base")
    if conn in ("for every", "for each") or (conn != "in" and base > 100):
        return c.make("ratio", c.num_end + m.end(), "ratio.one_for_every", value=base, num_start=b_start,
                      num_end=b_end, population=m.group("pop"))
    return c.make("ratio", c.num_end + m.end(), "ratio.x_in_n", value=round(1 / base, 3), num_end=b_end,
                  population=m.group("pop"))


def _ratio_x_in_n(c, rule, m):
    if m.group("between").strip() or not _base_is_free(c, m):
        return None
    base = parse_number(m.group("base"))
    if not base or base <= c.value or base > 100:  # "13 out of 317": two counts
        return None
    return c.make("ratio", c.num_end + m.end(), rule.id, value=round(c.value / base, 3),
                  num_end=c.num_end + m.end("base"), population=m.group("pop"))


#: "rose from [97] to 127 per 100,000": the figure a change starts from, its base written after the other end
_FROM_THEN_TO = compiled(r"^\s+to\s+(?:[\d.,]+)\s*$")
_FROM_LEFT = compiled(r"\bfrom\s+(?:just\s+|around\s+|about\s+)?$", I)


def _rate_per_base(c, rule, m):
    if m.group("base")[0] in "htHT" and m.group("conn").lower() != "per":
        return None  # a bare "thousand" is a base only after "per" ("92 per thousand people"; not "one in every thousand")
    base = parse_number(m.group("base"))
    if base and is_power_of_ten(base) and base >= 100:
        if _FROM_THEN_TO.match(m.group("between")) and _FROM_LEFT.search(c.left40):
            # "the rate rose from [97] to 127 per 100,000": two rates, not one range (the other end reads the base itself)
            return c.make("rate", c.num_end, rule.id, per=int(base))
        hm = _RATE_HIGH_END.match(m.group("between"))
        if hm is not None and hm.group(0).lstrip().startswith(("and", "or")) and not _BETWEEN_LEFT.search(c.left40):
            hm = None  # "12 and 15 per 1,000": two rates (a range says "between": FORMAT)
        if hm is None and _OTHER_FIGURE.search(m.group("between")):
            # "129, 118 and 116 offences per 100,000 people": a list of rates with one base; each figure is a
            # rate of its own (the span its number, so the next figures are read too)
            return c.make("rate", c.num_end, rule.id, per=int(base))
        high = parse_number(hm.group(1)) if hm else None  # "between 97 and 127 per 100,000": both ends
        return c.make("rate", c.num_end + m.end(), rule.id, per=int(base), population=m.group("pop"),
                      high=high if high is not None and high > c.value else None)
    return None


_RATE_HIGH_END = compiled(r"^\s+(?:to|and|or|-|–)\s+([\d,]+)\s*$")
_OTHER_FIGURE = compiled(r"(?<![\w.,])\d")
_BETWEEN_LEFT = compiled(r"\bbetween\s+(?:\*\*)?$", I)


def _rate_table_label(c, rule, m):
    base = parse_number(m.group("base"))
    return c.make("rate", c.num_end, rule.id, per=int(base)) if base and is_power_of_ten(base) else None


def _rate_after_rate(c, rule, m):
    """"The national average is 57.45" after a rate: the same base. Not "the average number of
    arrests a month was 1,250" (an average count), "a rate of 142 per 100,000 - the figure was 802" (the
    raw figure), nor a figure of another order of size than the rate."""
    prev = next((s for s in reversed(c.previous) if s.kind == "rate" and s.per), None)
    if prev and c.num_start - prev.end < 600:
        tail = _RATE_WORD.split(m.group(0))[-1].lower()  # after the last "rate"/"average": "... - the figure was"
        if any(w in tail for w in _COUNT_WORDS) or (prev.value and c.value and max(prev.value, c.value)
                                                     > _RATE_SIZE_FACTOR * min(prev.value, c.value)):
            return None
        return c.make("rate", c.num_end, rule.id, per=prev.per)
    return None


def _percentage_yardstick(c, rule, m):
    """"60.3 per cent – the national average is [60.4] – of students": a yardstick's bare figure right after a
    percentage, in its sentence, is a percentage too (never a figure with a unit or a per cent sign of its own,
    nor one after a figure of another kind)."""
    prev = c.previous[-1] if c.previous else None
    if prev is None or prev.kind != "percentage" or c.num_start - prev.end > 60 or c.value is None or c.value > 100 \
            or rx(r"[.;!?]\s").search(c.text, prev.end, c.num_start):
        return None
    return c.make("percentage", c.num_end, rule.id)


def _rate_compared(c, rule, m):
    """A figure compared with the rate before it in its sentence ("up from 41.7", "(134)") has its
    base. Not when a figure of another kind comes between ("8.2 arrests per 1,000; police made 4,100
    arrests, up from 3,900": the count's baseline), nor one of another order of size than the rate
    ("12.4 per 1,000, up from 9,800 crimes", "(1,200 offences)": a count beside it)."""
    before = c.sentence_previous()
    same = before[-1] if before else None
    if same is None or same.kind != "rate" or not same.per:
        return None
    if same.value and c.value and max(same.value, c.value) > _RATE_SIZE_FACTOR * min(same.value, c.value):
        return None
    return c.make("rate", c.num_end, rule.id, per=same.per)


#: how many times larger or smaller than the rate a figure compared with it may be and still be a rate
_RATE_SIZE_FACTOR = 20
_RATE_WORD = compiled(r"\b(?:average|rate)\b", I)
#: words after "rate"/"average" that name a raw figure, not the rate: "the rate is 142 - the figure was 802"
_COUNT_WORDS = ("number", "figure", "total")


def _change_cue(c, rule, m):
    qualifier, start = c.qualifier
    cue_start = c.m.start() - len(c.context(rule.context)) + m.start("cue")
    return Statistic(kind="change", value=c.value, start=min(start, cue_start), end=c.num_end, num_start=c.num_start,
                     num_end=c.num_end, rule=rule.id, qualifier=qualifier)


def _money_cue(c, rule, m):
    """Money whose currency is a word before it ("pounds 2.5m"): the span takes the word."""
    qualifier, start = c.qualifier
    cue_start = c.m.start() - len(c.context(rule.context)) + m.start("cue")
    return Statistic(kind="money", value=c.value, start=min(start, cue_start), end=c.num_end, num_start=c.num_start,
                     num_end=c.num_end, rule=rule.id, qualifier=qualifier)


def _money_in_column(c, rule, m):
    """A table cell under a currency heading: money, scaled as the heading says ("(£m)")."""
    mark = _money_column(c)
    if mark is None:
        return None
    return c.make("money", c.num_end, rule.id, value=tidy_number(c.value * mark[1]), currency="GBP" if mark[0] in "£p" else
                  "EUR" if mark[0] == "€" else "USD", direction=mark[2] if len(mark) > 2 else None)


def _unit_in_column(c, rule, m):
    """A table cell under a heading (or after a row label) that names per cent, percentage
    points, a rate base or a change and no unit: "Change (%)" over "+8.0", "Rate per 1,000" over
    "15.2", "Change" over "150" (a change of a count; "Increase" says its direction)."""
    unit = _column_unit(c)
    if unit is None or unit[0] not in ("percentage", "rate", "change"):
        return None
    if unit[0] == "change":
        return c.make("change", c.num_end, f"change.{rule.id.split('.', 1)[1]}", direction=unit[1])
    if unit[0] == "rate":
        return c.make("rate", c.num_end, f"rate.{rule.id.split('.', 1)[1]}", per=unit[1])
    return c.make("percentage", c.num_end, f"percentage.{rule.id.split('.', 1)[1]}", unit=unit[1],
                  direction=unit[3] if len(unit) > 3 else None)


def _superlative_change(c, rule, m):
    """"The largest increase was in Leeds, at 4,000": a change, up or down as its noun says."""
    return c.make("change", c.num_end, rule.id, direction="up" if m.group("up") else "down")


#: what "N more" is compared with, after it in its sentence: "12 more than", "22 more homeless adults
#: compared to the previous month", "300 more on last year", "40 more than a year earlier" (not "300 more
#: officers were recruited last year": a count of things, FORMAT.md's "three more serious sex offenders")
_COMPARED_AFTER = compiled(r"\b(?:than|compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|versus|vs\.?"
                                r"|on\s+(?:last\s+(?:year|month|week|quarter)|the\s+(?:previous|same|year|month)))\b", regex.I)
#: the time a count grew over, right after its noun: "60 more claimants last month", "a million more people spent time
#: visiting the county last year", "1.5million extra patients faced a long wait this year" (not "30 extra arrests";
#: nor a plan: "will hire 20 more officers this year", "600 more homes will be built in the town this year", nor words of
#: another clause: "30 extra arrests and officers expect more this year")
_GREW_OVER = compiled(r"^\s+(?:(?!(?:will|would|shall|be|due|set|expected|expect|expects|planned|proposed|being|but|or)\b)[a-z][\w'’-]*\s+){1,8}?"
                      r"(?:(?:last|this)\s+(?:year|month|week|quarter)|in\s+a\s+year|year[- ]on[- ]year)\b", regex.I)
#: the figure is what an agent did or got, not a level compared: "The force recruited [300] more officers last year"
_DONE_TO = compiled(r"\b(?:(?!(?:showed|revealed|suggested|estimated|reported|indicated|confirmed|recorded|published|released|"
                    r"highlighted|noted|claimed|stated|calculated|disclosed|uncovered)\b)"
                    r"[a-z]{3,}ed|made|took(?:\s+on)?|built|hired|paid|gave|got|won|brought(?:\s+in)?|bought|sold|spent|sent|"
                    r"put|set\s+up|laid\s+on)\s+(?:(?:a|an|the|some|around|about|over|nearly|almost|more\s+than|another)\s+)*$")
#: a plan or a forecast before the figure ("will hire 20 more officers this year"): the lexicon's future_cues and
#: forecast_words, as period.none_future and link's series rule read them (case-sensitive: "In May, 60 more ...")
_PLAN_BEFORE = compiled(r"\b(?:" + "|".join(lexicon("future_cues") + lexicon("forecast_words")) + r")\b[^.;:]*$")


#: the baseline named first in the sentence: "Compared with last year, there were 1,200 more journeys",
#: "crime rose by a fifth on the previous year, with 5,800 more offences" (not "more than a fifth": a qualifier)
_COMPARED_BEFORE = compiled(r"\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)"
                                 r"|on\s+(?:last\s+(?:year|month|quarter)|the\s+(?:previous|same)\s+(?:year|month|quarter|period)))\b"
                                 # the change the count is: "the biggest increase in the district with [60] more claimants",
                                 # "0.6 per cent more than the previous month with a corresponding [15] more"
                                 r"|\b(?:increase|rise|growth|fall|drop|decrease|reduction)\b[^.;:]{0,60}\bwith\s+$|\bcorresponding\s+$", regex.I)


def _change_comparative(c, rule, m):
    word = m.group("cmp").lower()
    if word in ("fewer", "less") or m.group("level") or _COMPARED_AFTER.search(m.group("rest")) \
            or (word in ("more", "extra", "additional") and _COMPARED_BEFORE.search(c.left)) \
            or (_GREW_OVER.match(m.group("rest")) and not _PLAN_BEFORE.search(c.left[-80:]) and not _DONE_TO.search(c.left[-40:])):
        return c.make("change", c.num_end + m.end("cmp"), rule.id)
    return None


def _rate_base_before(c, rule, m):
    if rule.context == "left":
        # the base before belongs to a rate already stated: "142 per 100,000 people - the figure was 802",
        # "45 per 1,000 people (1,200 offences)": the figure is another one
        at = c.m.start() - len(c.left) + m.start("base")
        if any(s.kind == "rate" and s.start <= at < s.end for s in c.sentence_previous()):
            return None
    base = parse_number(m.group("base"))
    if base and is_power_of_ten(base) and base >= 100:
        return c.make("rate", c.num_end, rule.id, per=int(base))
    return None


def _back_reference(c, rule, m):
    same = next((s for s in reversed(c.previous) if s.value == c.value and s.kind != "count"), None)
    return c.make(same.kind, c.num_end, rule.id, per=same.per) if same else None


RESOLVERS = {
    "reject": lambda c, rule, m: REJECT,
    "stat": _stat,
    "quantity": _quantity,
    "pence": _pence,
    "points": _points,
    "times": _times,
    "ratio_one_every": _ratio_one_every,
    "ratio_x_in_n": _ratio_x_in_n,
    "rate_per_base": _rate_per_base,
    "rate_table_label": _rate_table_label,
    "rate_after_rate": _rate_after_rate,
    "percentage_yardstick": _percentage_yardstick,
    "rate_compared": _rate_compared,
    "change_cue": _change_cue,
    "change_comparative": _change_comparative,
    "superlative_change": _superlative_change,
    "money_cue": _money_cue,
    "money_in_column": _money_in_column,
    "unit_in_column": _unit_in_column,
    "back_reference": _back_reference,
    "rate_base_before": _rate_base_before,
}


# --- helpers ---------------------------------------------------------------------------

def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    return line_bounds(text, pos)


def _blocked_ranges(text: str) -> list[tuple[int, int, str]]:
    """Ranges where no number is a statistic (the ``blocked`` rules): phone numbers (nine
    digits or more) and tables of contents."""
    out = []
    rules = number_rules()
    for m in rules["blocked.phone"].pattern.finditer(text, timeout=timeout_for(text)):
        digits = sum(ch.isdigit() for ch in m.group(0))
        if digits >= 9 or (digits >= 8 and m.group(0).lstrip("(").startswith("08")):
            out.append((m.start(), m.end(), "blocked.phone"))
    for m in rules["blocked.contents"].pattern.finditer(text, timeout=timeout_for(text)):
        out.append((m.start(), _contents_end(text, m.end()), "blocked.contents"))
    return out


_PAGE_REF = compiled(r"[\t ]\d{1,3}[ \t]*$")


def _contents_end(text: str, pos: int) -> int:
    """A table of contents goes on past blank lines (PDF extraction puts them between entries)
    while one of the next three non-blank lines ends in a page number ("7. Case Studies\t15")."""
    end = pos
    lines = [(m.start(), m.end(), m.group(0)) for m in rx(r"[^\n]*").finditer(text[pos:pos + 20000])
             if m.group(0).strip()]
    for i, (s, e, line) in enumerate(lines):
        window = lines[i:i + 3]
        if len(line) > 200 or not any(_PAGE_REF.search(w) for _, _, w in window):
            break
        end = pos + e
    return end


class Ranges:
    """Character ranges answering "does [start, end) overlap one?" in O(log n) (a long
    document can have thousands of periods and phone numbers)."""

    def __init__(self, ranges) -> None:
        items = sorted((r[0], r[1], r[2] if len(r) > 2 else "blocked") for r in ranges)
        self.items = items
        self.starts = [a for a, _, _ in items]
        self.max_end: list[int] = []
        best = -1
        for _, b, _ in items:
            best = max(best, b)
            self.max_end.append(best)

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self.starts, end) - 1
        return k >= 0 and self.max_end[k] > start

    def label(self, start: int, end: int) -> str | None:
        """The label of a range overlapping [start, end), or None."""
        k = bisect.bisect_left(self.starts, end) - 1
        while k >= 0 and self.max_end[k] > start:
            if self.items[k][1] > start:
                return self.items[k][2]
            k -= 1
        return None


def _is_year(value: float, surface: str) -> bool:
    return surface.isdigit() and len(surface) == 4 and 1800 <= value <= 2100


# --- the scan ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Decision:
    """What the rules decided about one number: ``accepted`` or ``rejected``, by ``rule``."""

    start: int
    end: int
    text: str
    decision: str
    rule: str
    kind: str | None = None


def find_statistics(text: str, blocked: list[tuple[int, int]] | None = None, check=None,
                    sentences: Sentences | None = None, decisions: list[Decision] | None = None) -> list[Statistic]:
    """Every statistic in ``text``, in order. ``blocked`` are ranges already claimed (periods);
    ``check`` is called every thousand candidates (the document's time budget); ``decisions``,
    when given, receives every number's :class:`Decision`."""
    sentences = sentences or Sentences(text)
    extra_blocked = _blocked_ranges(text)
    ranges = Ranges(list(blocked or []) + extra_blocked)
    stats: list[Statistic] = []
    consumed_until = -1
    # no per-call regex timeout on this scan: it would count the Python work between matches
    # against the regex; the document's time budget (``check``) bounds the whole scan
    for n, m in enumerate(candidate_pattern().finditer(text)):
        if check is not None and n % 1000 == 999:
            check()
        if m.start() < consumed_until:
            continue
        blocked = _blocked_at(text, m, ranges)
        stat, rule = (None, blocked) if blocked is not None else _classify(Candidate(text, m, ranges, stats, sentences))
        if decisions is not None:
            decisions.append(Decision(m.start(), m.end(), m.group(0), "accepted" if stat else "rejected", rule,
                                      stat.kind if stat else None))
        if stat is None:
            continue
        stats.append(stat)
        consumed_until = stat.end
    stats = _merge_ranges(text, stats, ranges)
    if len({(s.num_start, s.num_end) for s in stats}) < len(stats):  # one number is one statistic
        seen: set[tuple[int, int]] = set()
        stats = [s for s in stats if (s.num_start, s.num_end) not in seen and not seen.add((s.num_start, s.num_end))]
    _share_unit_written_once(text, stats)
    _pair_unit_written_once(text, stats)
    _year_pair_unit_once(text, stats)
    _rate_pair_from_to(text, stats)
    _listed_place_rates(text, stats)
    _listed_shares_unit_once(text, stats)
    _currency_before_sign(text, stats)
    _scaled_change_among_money(text, stats, sentences)
    _change_beside_money(text, stats, sentences)
    _change_of_price(text, stats, sentences)
    _signed_after_share(text, stats)
    for s in stats:
        if s.num_start >= 2 and text[s.num_start - 1] == " " and text[s.num_start - 2] in _SPACED_SIGNS:
            _spaced_sign(text, s)
    _changes_in_money_rows(text, stats)
    _describe_all(text, stats, sentences)
    return _bracket_list_backwards(text, stats)


def _describe_all(text: str, stats: list[Statistic], sentences: Sentences) -> None:
    """Each statistic's description (:func:`_describe`), then its way and qualifier from its neighbours."""
    for i, s in enumerate(stats):
        if i > 0 and s.kind == "count" and not _bracketed_change_amount(text, stats[i - 1], s):
            _verbless_change(text, stats, i, sentences)
        _describe(text, s, sentences)
        if i > 0 and s.kind == "count" and s.direction is None and _respective_change(text, stats[i - 1], s):
            s.kind, s.direction, s.rule = "change", stats[i - 1].direction, "change.respectively"
        if i > 0 and s.direction is None and _restates_direction(text, stats[i - 1], s):
            s.direction = stats[i - 1].direction
        elif i > 1 and s.direction is None and _listed_like(text, stats[i - 2], stats[i - 1], s):
            s.direction = stats[i - 2].direction
        elif i > 0 and s.direction is None and s.kind in _CHANGES:
            s.direction = _continued_direction(text, stats, i, sentences)
        if s.direction is None and s.kind in _CHANGES:
            s.direction = _direction_of_levels(text, s, sentences)
        if i > 0 and s.qualifier is None and _shares_qualifier(text, stats[i - 1], s):
            s.qualifier = stats[i - 1].qualifier


def _respective_change(text: str, prev: Statistic, s: Statistic) -> bool:
    """"Arrests and charges fell by 40 and [25] respectively": the second change of a list under one
    verb, closed by "respectively"."""
    return (prev.kind == "change" and prev.direction is not None and _RESPECTIVE_NEXT.fullmatch(text, prev.end, s.num_start)
            is not None and _RESPECTIVE_LIST_END.match(text, s.end, s.end + 60) is not None)


#: between two figures of a list closed by "respectively", and what may follow the last: ", ", " and ";
#: "(, 31 and 12)... respectively"
_RESPECTIVE_NEXT = compiled(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_RESPECTIVE_LIST_END = compiled(r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[\d,.]+){0,4}\s*,?\s*respectively\b")


def _bracket_list_backwards(text: str, stats: list[Statistic]) -> list[Statistic]:
    """Places each with a change in brackets whose way is said only after the list: "Moray (19.4%);
    Angus (13.4%) and Dundee West (4.9%) were also among the areas with the biggest rises": the
    last takes the way from the words after it (direction.cue_after_bracket), the others before it
    take its way, back along the list while only place names come between. Returns ``stats``."""
    for i in range(len(stats) - 2, -1, -1):
        s, n = stats[i], stats[i + 1]
        if s.direction is None and n.direction is not None and s.kind == n.kind == "percentage" \
                and 0 < n.start - s.end <= 60 and s.start > 0 and text[s.start - 1] == "(" and text[n.start - 1] == "(" \
                and _PLACE_GAPPED.fullmatch(text, s.end, n.start):
            s.direction = n.direction
    return stats


#: how far back a story is read for the superlative change a neutral one refers to (headline included)
_STORY_REACH = 3000


_PAIRED = compiled(r"\s*(?:%|per\s*cent|pc)?(?:\s+(?:in|during|over|for|on|across|among|at)\s+[^\d%.;:,()\n]{1,30}?"
                        r"|\s+since\s+(?:the\s+)?(?:(?:19|20)\d\d(?:[/\-]\d{2,4})?|[^\d%.;:,()\n]{1,30}?)"
                        r"|\s+(?:annually|monthly|quarterly|year-on-year|year\s+on\s+year|on\s+the\s+(?:year|month|quarter)))?"
                        r"\s*(?:,|and|or|,\s*and|,?\s*plus|,?\s*(?:compared\s+(?:with|to)|against|versus|vs\.?)(?:\s+(?:the|an?)(?:\s+(?-i:[a-z])[a-z\-]+){0,2})?)\s*"
                        r"(?:(?:in|for|among|across|at)\s+[^\d%.;:,()\n]{1,30}?\s+(?=by\b))?"
                        r"(?:(?:by|of)\s+)?(?:just\s+|only\s+|around\s+|about\s+|nearly\s+|almost\s+)?(?:[£$€]\s?)?", I)
#: the same change restated in another unit: "up £98.40 or 4.8 per cent", "a rise of £5m (3%)"
#: (the change's noun may come between: "an increase of 52,000 actions (11%)", "down 40 officers or 3%",
#: "by 7,400 people, or 2.1%", "by £120 in real terms, or 2%"; "plunged by £1,000 – equivalent to 15%")
_RESTATED = compiled(r"\s*(?:(?:a|an|per|each|for\s+the(?:\s+whole)?)\s+(?:day|week|month|year)\s*"
                          r"|in\s+(?:real|cash)[\s\-]terms\s*"
                          r"|(?:(?!(?:and|but|while|whereas|to|from|than|of|with|in|at|on|by)\b)(?-i:[a-z])[a-z’'\-]*(?:\s+|(?=,))){1,2})?"
                          r"(?:[,–—-]\s*)?(?:\(\s*or|or|\(|(?:(?:which|that)\s+(?:is\s+)?)?(?:equivalent|equal|equating|amounting)\s+to)"
                          r"\s*(?:around|about|some|nearly|almost|roughly|just\s+over|over)?\s*", I)
_CHANGES = ("percentage", "change", "money")
#: an amount of money restated per another period: "a £9.34 increase, which equates to 2.5p a day",
#: "up £52 a year - working out at £1 a week"
_EQUATES = compiled(r"(?:\s+(?:a|an|per|each)\s+(?:year|week|month|day))?(?:\s+(?-i:[a-z])[a-z\-]+){0,2}?\s*[,(\-–—]?\s*"
                         r"(?:(?:which|that|this|it)\s+)?(?:equates|equating|amounts|amounting|works\s+out|working\s+out"
                         r"|is\s+equivalent|equivalent|is\s+the\s+same\s+as)\s+(?:to|at)\s+"
                         r"(?:(?:around|about|roughly|just|only|nearly|almost|some)\s+)?(?:[£$€]\s?)?", I)


_SHARE_AFTER = compiled(r"\s+(?:of|among|amongst)\b", I)


#: two figures under one unit: "by five and seven per cent", "3 or 4%"
_UNIT_ONCE = compiled(r"\s+(?:and|or)\s+(?:by\s+)?$", I)
#: ... only after a word that makes the pair one measurement ("grew by five and seven per cent",
#: "rates of 5 and 7 per cent"), not "Police arrested 12 and 40% of them were charged"
_UNIT_ONCE_CUE = compiled(r"\b(?:by|between|of|grew|grow|rose|rise|rises|risen|fell|fall|falls|fallen|increased?|decreased?|"
                               r"dropped|climbed|jumped|up|down|around|about|roughly|respectively|an?)\s+$", I)
_CHANGE_NOUN_AFTER = compiled(r"\s+(?:[a-z\-]+\s+){0,2}?(?:rise|increase|cut|fall|drop|reduction|hike|uplift|decrease)s?\b", I)
_NAME_BEFORE = compiled(r"(?-i:\b[A-Z][\w]*)\s+$")


def _share_unit_written_once(text: str, stats: list[Statistic]) -> None:
    """"Crime grew by five and seven per cent": the first figure is a percentage too (the unit is
    written once, after the second). Without a cue before the pair, only "12 or 13 per cent" (a
    rising pair joined by "or") and "12 and 15 per cent respectively". Then the lists of three or
    more figures (:func:`_share_list_unit_once`)."""
    for a, b in zip(stats, stats[1:]):
        if (a.kind in ("count", "change") and b.kind == "percentage" and a.end == a.num_end and a.high is None
                and a.value is not None and 0 < a.value < 100 and b.value is not None and b.value < 100
                and (join := _UNIT_ONCE.fullmatch(text, a.num_end, b.num_start))
                and (((cue := _UNIT_ONCE_CUE.search(text, max(0, a.num_start - 16), a.num_start))
                      and (cue.group(0).strip().lower() not in ("a", "an")
                           or _CHANGE_NOUN_AFTER.match(text, b.end))  # "a 2.99 and 2 per cent rise"
                      and not _NAME_BEFORE.search(text, max(0, a.num_start - 20), a.num_start))  # "of Red 1 and 58 per cent"
                     or (" or " in join.group(0).lower() and a.value < b.value <= 2 * a.value + 2)  # "12 or 13"
                     or _RESPECTIVELY_AFTER.match(text, b.end))):
            a.kind, a.unit, a.rule = "percentage", b.unit, "percentage.unit_once"
    _share_list_unit_once(text, stats)


_RESPECTIVELY_AFTER = compiled(r"\s*,?\s*respectively\b", I)
#: the joins of a list of three or more shares that writes the unit once, on the last: "5, 7 and 9 per cent"
_LIST_COMMA = compiled(r"\s*,\s*")
_LIST_LAST = compiled(r"\s*,?\s+(?:and|or)\s+(?:by\s+)?", I)


def _share_list_unit_once(text: str, stats: list[Statistic]) -> None:
    """"Prices rose 5, 7 and 9 per cent", "rates of 12, 14 and 15 per cent respectively": each figure
    of a list that writes the per cent unit once, on the last, is a share (three or more figures, each
    bare and under 100; a cue before the first as for a pair, or "respectively" after the last; the
    last pair may already be one: "reductions of eight, six and eight per cent respectively"); points too:
    "rising 0.1, 0.2 and 0.4 percentage points respectively")."""
    for i in range(len(stats) - 1, 1, -1):
        b = stats[i]
        if b.kind != "percentage" or b.high is not None or b.rule not in ("percentage.unit", "percentage.point") \
                or b.value is None or not 0 <= b.value < 100:
            continue
        chain, nxt, j = [], b, i - 1
        while j >= 0:
            a = stats[j]
            if (a.kind not in ("count", "change") and a.rule != "percentage.unit_once") \
                    or a.end != a.num_end or a.high is not None or a.value is None or not 0 < a.value < 100 \
                    or not (_LIST_LAST if nxt is b else _LIST_COMMA).fullmatch(text, a.num_end, nxt.num_start):
                break
            chain.append(a)
            nxt, j = a, j - 1
        if len(chain) < 2:
            continue
        first = chain[-1]
        cue = _UNIT_ONCE_CUE.search(text, max(0, first.num_start - 16), first.num_start)
        if (cue and cue.group(0).strip().lower() not in ("a", "an")) or _RESPECTIVELY_AFTER.match(text, b.end):
            for a in chain:
                a.kind, a.unit, a.rule = "percentage", b.unit, "percentage.list_unit_once"


_PAIR_WHEN = (r"(?:(?:in|for|during)\s+(?:19|20)\d\d(?:[-/](?:\d{4}|\d\d))?|(?:in\s+)?(?:last|this|the\s+previous)\s+year"
              r"|(?:a|the)\s+year\s+(?:earlier|before)|(?:a\s+)?(?:decade|year)\s+ago)")
#: two figures of one measure, each with its year, the unit written on one: "15 per cent in 2020,
#: compared with 12 in 2019", "34% in 2022 and 29 in 2018", "12 in 2019 and 15 per cent in 2020"
_YEAR_PAIR_JOIN = compiled(r"\s+" + _PAIR_WHEN + r",?\s+(?:and|but|while|whereas|compared\s+(?:with|to)|against|"
                                r"(?:up|down)\s+from|from|to)\s+(?:by\s+)?(?:just\s+|around\s+|about\s+|some\s+)?", I)
_YEAR_PAIR_END = compiled(r"\s+" + _PAIR_WHEN + r"\b", I)


_TO_BETWEEN = compiled(r"\s+to\s+")


def _rate_pair_from_to(text: str, stats: list[Statistic]) -> None:
    """"The rate fell from [12.5] to 9.1 per 1,000 people": the figure a change starts from shares
    the rate's base written after the other end (not "12 to 9.1 per 1,000" without "from": a range)."""
    for a, b in zip(stats, stats[1:]):
        if (a.kind == "count" and b.kind == "rate" and b.per and a.end == a.num_end and a.high is None
                and a.value is not None and _TO_BETWEEN.fullmatch(text, a.end, b.start)
                and _FROM_LEFT.search(text, max(0, a.start - 40), a.start)):
            a.kind, a.per, a.rule = "rate", b.per, "rate.pair_unit_once"


#: between a rate with its place and the next figure of the list: " in Leeds and ", " in North Wales, "
_PLACE_LIST_JOIN = compiled(r"\s+(?:in|for|at|across)\s+(?:the\s+)?(?-i:[A-Z][\w'’\-]*)(?:\s+(?:and\s+)?(?-i:[A-Z][\w'’\-]*)){0,3}"
                                 r"\s*(?:,\s*(?:and|while|with|compared\s+with)?|and|while|with|compared\s+with)\s+")
_OWN_PLACE_AFTER = compiled(r"\s+(?:in|for|at|across)\s+(?:the\s+)?(?-i:[A-Z])")
#: "34% in Hull and in Grimsby 29": the next place named before its figure, the clause ending at it
_PLACE_BEFORE_JOIN = compiled(r"(?:\s+(?:in|for|at|across)\s+(?:the\s+)?(?-i:[A-Z])[\w'’\-]*(?:\s+(?-i:[A-Z])[\w'’\-]*){0,3})?"
                                   r"\s*,?\s+(?:and|while|but|with)\s+(?:in|for|at|across)\s+(?:the\s+)?(?-i:[A-Z])[\w'’\-]*"
                                   r"(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'’\-]*){0,3}\s*,?\s+(?:(?:it|the\s+rate|the\s+figure)\s+(?:was|is)\s+|at\s+)?")
_CLAUSE_ENDS = compiled(r"\s*(?:[.,;:)]|$)")
#: the longest join the two patterns above can match in news text (a place of four words and a clause word)
_LIST_JOIN_REACH = 160


def _listed_place_rates(text: str, stats: list[Statistic]) -> None:
    """"The rate per 100,000 was 127 in Leeds and [119] in Bradford": a list of places' figures of one
    rate writes the base once; each bare figure with its own place is a rate too (not one with a
    counted noun: "127 in Leeds and 119 arrests in Bradford"). The same for a share written once:
    "turnout was 34 per cent in Hull, [29] in Grimsby and [31] in Scunthorpe" (each figure at most 100;
    a change's direction carries on: "up 6% in Leeds and [4] in York"); the next place may come before
    its figure when the clause ends there: "34% in Hull and in Grimsby [29]"."""
    for a, b in zip(stats, stats[1:]):
        if b.kind != "count" or b.end != b.num_end or b.high is not None or b.start - a.end > _LIST_JOIN_REACH:
            continue  # (a join is a few words: never matched across a long stretch, where "\s*,?\s+" is quadratic)
        listed = ((_PLACE_LIST_JOIN.fullmatch(text, a.end, b.start) and _OWN_PLACE_AFTER.match(text, b.end))
                  or (_PLACE_BEFORE_JOIN.fullmatch(text, a.end, b.start) and _CLAUSE_ENDS.match(text, b.end)))
        if a.kind == "rate" and a.per:
            if listed:
                b.kind, b.per, b.rule = "rate", a.per, "rate.listed_place"
        elif (a.kind == "percentage" and a.high is None and a.value is not None and 0 <= a.value <= 100
              and b.value is not None and 0 <= b.value <= 100 and b.qualifier is None and listed):
            b.kind, b.unit, b.rule = "percentage", a.unit, "percentage.listed_place"


#: an amount in brackets just after a per cent change, the same change counted: "up 5.9% (68,100)",
#: "a 3.1 per cent (9,420) fall"
_BRACKET_ONLY = compiled(r"\s*\(\s*")
_BRACKET_CLOSE = compiled(r"\s*\)")


def _bracketed_change_amount(text: str, a: Statistic, b: Statistic) -> bool:
    """A bare figure in brackets right after a percentage that has a direction is the same change as
    an amount: "admissions rose 2.8% (430,400)", "a fall of 14.8 per cent (5,730) on 2011-12", "a 3.1
    per cent (9,420) fall" (not "(from 400)", "(2019: 400)", "(to 1,200)": more than the figure in
    the brackets; not a share in brackets: "(12%)"). Run in order, once ``a``'s direction is known;
    True when ``b`` became that change."""
    if (a.kind == "percentage" and a.direction is not None and a.high is None and b.end == b.num_end
            and b.high is None and b.qualifier is None and b.start - a.end <= 3
            and _BRACKET_ONLY.fullmatch(text, a.end, b.start) and _BRACKET_CLOSE.match(text, b.end)):
        b.kind, b.direction, b.rule = "change", a.direction, "change.bracketed_amount"
        return True
    return False


def _year_pair_unit_once(text: str, stats: list[Statistic]) -> None:
    """A share and a bare figure of the same measure, each dated by its own year: the bare figure is a
    share too ("The rate was 15 per cent in 2020, compared with 12 in 2019", "12 in 2019 and 15 per
    cent in 2020"). Only when both are dated, the bare figure is at most 100 and has no counted noun
    ("12 in 2019 and 40 per cent of them were charged": the second figure has no year of its own)."""
    for a, b in zip(stats, stats[1:]):
        if {a.kind, b.kind} != {"percentage", "count"} or a.high is not None or b.high is not None:
            continue
        bare, share = (a, b) if a.kind == "count" else (b, a)
        if share.rule != "percentage.unit" or bare.end != bare.num_end or bare.value is None \
                or not 0 <= bare.value <= 100 or share.value is None or not 0 <= share.value <= 100 \
                or _COUNTED_AFTER.match(text, bare.num_end, bare.num_end + 40):
            continue
        if _YEAR_PAIR_JOIN.fullmatch(text, a.end, b.start) and _YEAR_PAIR_END.match(text, b.end):
            bare.kind, bare.unit, bare.rule = "percentage", share.unit, "percentage.year_pair_unit_once"


#: a name before a figure of a list: "Labour 45", "Lib Dems 15", "North East 12"
_LISTED_NAME = compiled(r"(?-i:[A-Z][\w’'\-]*)(?:\s+(?-i:[A-Z&][\w’'\-]*)){0,3}\s+(?:(?:on|won|had|got|took|polled|with|at)\s+)?$")
#: between two named figures of a list: ", Conservatives ", " and Lib Dems "
_LISTED_JOIN = compiled(r"(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?-i:[A-Z][\w’'\-]*)(?:\s+(?-i:[A-Z&][\w’'\-]*)){0,3}\s+(?:on\s+)?")


def _listed_shares_unit_once(text: str, stats: list[Statistic]) -> None:
    """A list of named figures that writes the per cent sign once, on the last: "Labour 45,
    Conservatives 30 and Lib Dems 15 per cent", "Scotland 12, Wales 14 and England 16 per cent": each
    figure is a share. Only when every figure of the list follows a name and none exceeds 100."""
    for i in range(len(stats) - 1, 0, -1):
        b = stats[i]
        if b.kind != "percentage" or b.high is not None or b.rule != "percentage.unit" \
                or not _LISTED_NAME.search(text, max(0, b.num_start - 40), b.num_start):
            continue
        j, nxt = i - 1, b
        while j >= 0:
            a = stats[j]
            if a.kind != "count" or a.end != a.num_end or a.high is not None or a.value is None \
                    or not 0 <= a.value <= 100 or not _LISTED_JOIN.fullmatch(text, a.num_end, nxt.num_start) \
                    or not _LISTED_NAME.search(text, max(0, a.num_start - 40), a.num_start):
                break
            a.kind, a.unit, a.rule = "percentage", b.unit, "percentage.listed_unit_once"
            j, nxt = j - 1, a


#: the join of a pair that writes its unit once: "from £1,850 to 1,920", "by 1,200 to £34,500"
_PAIR_TO = compiled(r"(?:\s+(?:a|an|per|each)\s+(?:year|week|month|day|hour))?,?\s+to\s+(?:\*\*)?", I)
_PAIR_FROM_BY = compiled(r"(?:\b(?:from|by|rose|risen|fell|fallen|grew|grown|dropped|jumped|climbed|increased|decreased|"
                              r"up|down)|(?:%|\bcent),?\s+or)\s+(?:\*\*)?(?:[£$€]\s?)?$", I)
#: a level, then the level it came from, the unit written on the first: "2.3 per cent, down from 2.6",
#: "£2,171, up from 2,050", "34.5% compared with 31.9"
_CAME_FROM = r"(?:up|down|rising|falling|increasing|decreasing|having\s+(?:risen|fallen))\s+from"
_COMPARED_WITH = r"compared\s+(?:with|to)"
_PAIR_THEN_FROM = compiled(rf",?\s+(?:{_CAME_FROM}|from|{_COMPARED_WITH})\s+(?:just\s+|around\s+|about\s+)?(?:\*\*)?", I)
#: ... with what the share is of between: "12.5 per cent of homes, up from 11.9", "41% in Leeds,
#: compared with 38" (a word of change or comparison then, never a bare "from": "20% of people from 14")
_PAIR_OF_THEN_FROM = compiled(rf"\s+(?:of|among|amongst|in|for)\s+[^\d%,.;:()\n]{{1,40}}?,?\s+"
                                   rf"(?:{_CAME_FROM}|{_COMPARED_WITH})\s+(?:just\s+|around\s+|about\s+)?(?:\*\*)?", I)
#: after the second figure of such a pair: a counted noun makes it a count ("from £3m to 5m homes")
_COUNTED_AFTER = compiled(r"\s*(?:[a-z]+\s+)?[a-z]{3,}s\b(?<!\b(?:this|was|is|has|as|its|his|hers|ours|years|less)\b)", I)


def _pair_unit_written_once(text: str, stats: list[Statistic]) -> None:
    """"Pay rose by 1,200 to £34,500", "from £1,850 to 1,920", "fell from 34 per cent to 29": the two
    ends of a change share the unit written once (money, per cent, percentage points); the bare
    figure takes it. Not a figure with a counted noun ("from £3m to 5m homes"), nor a count too big
    for a share ("rose by 6% from 49,466 to 52,780": two counts)."""
    for a, b in zip(stats, stats[1:]):
        kinds = (a.kind, b.kind)
        if not (("count" in kinds or "change" in kinds) and ("money" in kinds or "percentage" in kinds)):
            continue
        cue = _PAIR_FROM_BY.search(text, max(0, a.num_start - 14), a.num_start) \
            if _PAIR_TO.fullmatch(text, a.end, b.start) else None
        level_before = cue is None and b.kind in ("count", "change") and a.kind in ("money", "percentage") \
            and bool(_PAIR_THEN_FROM.fullmatch(text, a.end, b.start)
                     or (b.start - a.end <= 80 and _PAIR_OF_THEN_FROM.fullmatch(text, a.end, b.start))) \
            and not _PAIR_FROM_BY.search(text, max(0, a.num_start - 14), a.num_start) \
            and (a.kind == "money" or (b.value is not None and 0 <= b.value <= 100))
        # ("2.3 per cent, down from 2.6": the level before; not "rose by 10% from 200": a change, then a count)
        # ... or the level after, the unit written on the level it came from: "Turnout was 34, down from 38 per cent"
        level_after = cue is None and not level_before and a.kind == "count" and b.kind == "percentage" \
            and a.value is not None and 0 <= a.value <= 100 and b.value is not None and 0 <= b.value <= 100 \
            and bool(_PAIR_THEN_FROM.fullmatch(text, a.end, b.start)) \
            and not _PAIR_FROM_BY.search(text, max(0, a.num_start - 14), a.num_start)
        level_before = level_before or level_after
        if cue is None and not level_before:
            continue
        bare, unit = (a, b) if a.kind in ("count", "change") else (b, a)
        if bare is b and unit.kind == "percentage" and not level_before and not cue.group(0).lower().startswith("from"):
            continue  # "rose (by) 45 per cent to 985": a change in per cent, then the count it reaches
        if bare.end != bare.num_end or bare.high is not None or unit.high is not None or bare.value is None:
            continue
        if unit.kind == "money" and not unit.rule.startswith(("money.symbol", "money.word")):
            continue  # (pence, a table column: the unit is not the pair's)
        if unit.kind == "percentage" and abs(bare.value) >= 1000:
            continue
        if bare is b and _COUNTED_AFTER.match(text, b.end, b.end + 40):
            continue
        if bare.rule == "change.or_amount":
            bare.start = bare.num_start  # ("4.99 per cent, or 98.40, to £2,070": the "or" restates the change before)
        bare.kind, bare.unit = unit.kind, unit.unit
        if unit.kind == "money":
            bare.currency = unit.currency or currency(text[unit.start:unit.end])
        bare.rule = f"{unit.kind}.unit_once"


#: a figure written with a money scale but no currency: "2.1m", "0.3bn", "4.5 million", "12k"
_MONEY_SCALE = compiled(r"\d\s?(?:m|bn|k|million|billion)$", I)
#: a sentence whose subject is the amount of the sentence before: "It will rise by 2m", "The figure fell 0.4bn"
_POINTS_BACK = compiled(r"\s*(?:it|they|this|that|which|the\s+(?:figure|total|sum|amount)|(?:this|that)\s+(?:figure|total|sum|amount))\b", I)
#: words of money before a scaled change with no currency in its sentence: the change is money when
#: the scaled figure before it is ("Children's services will get an extra 4.2m", "the grant is cut by 0.3m")
_MONEY_SUBJECT = compiled(r"\b(?:budgets?|funding|funds?|spend|spending|spent|costs?|grants?|savings?|saved?|deficits?|"
                               r"overspends?|underspends?|income|revenue|profits?|reserves|money|bills?|investment|invest(?:ed|ing)?|"
                               r"pay|tax|gap|shortfall|pressures?|allocat(?:ed|ion)|borrowing|debt|cash|turnover|sales|losses|"
                               r"get|gets|receive[sd]?|given)\b", I)
#: a level a change of money runs from or to, its currency written on the other end: "down from 15.1m"
_LEVEL_CUE = compiled(r"\b(?:from|to)\s+(?:\*\*)?$", I)


def _scaled_change_among_money(text: str, stats: list[Statistic], sentences: Sentences) -> None:
    """A change written with a money scale but no currency, in a sentence whose other figures are
    money, is money: the currency is written once ("The budget is £45.2m, an increase of 2.1m",
    "a 2m increase in the £40m budget", "income fell 0.3bn to £2.1bn", "£12.4m, down from 15.1m").
    A change alone in its sentence takes the money of the sentence before ("The budget is £45m.
    It will rise by 2m."), and a change in a sentence about money takes the currency of the scaled
    amount before it ("The budget rises to £145m. Children's services get an extra 4.2m"). Not a
    change with a counted noun ("£3m for 2m more journeys"), nor after a scaled count ("a town of
    1.1m people grew by 0.1m"), nor in a sentence without words of money ("Visitor numbers rose by 2m")."""
    for i, s in enumerate(stats):
        if s.kind not in ("change", "count") or s.currency is not None or s.high is not None \
                or not _MONEY_SCALE.search(text, s.num_start, s.num_end) \
                or _COUNTED_AFTER.match(text, s.num_end, s.num_end + 40):
            continue
        if s.kind == "count" and not _LEVEL_CUE.search(text, max(0, s.num_start - 8), s.num_start):
            if _MONEY_NOUN_OF.search(text, max(0, s.num_start - 50), s.num_start) \
                    and (marks := _money_run_before(text, stats, i) or _money_in_document(stats)):
                # "savings of 12.5m", "a deficit of 3.4m" in a story that writes money with its currency
                if len(marks) == 1 and None not in marks:
                    s.kind, s.currency, s.rule = "money", marks.pop(), "money.scaled_change"
            continue
        lo, hi = sentences.at(s.num_start)
        near = stats[max(0, i - 4):i + 5]
        marks = {t.currency or currency(text[t.start:t.end]) for t in near
                 if t is not s and t.kind == "money" and lo <= t.num_start < hi
                 and t.rule.startswith(("money.symbol", "money.word"))
                 and (s.kind != "count" or _same_clause(text, s, t))}
        if not marks and s.kind == "change" and lo > 0 and _POINTS_BACK.match(text, lo, s.start) \
                and not any(t is not s and lo <= t.num_start < hi for t in near):
            plo, _ = sentences.at(lo - 1)
            before = [t for t in near if plo <= t.num_start < lo]
            if before and all(t.kind == "money" for t in before):
                marks = {t.currency or currency(text[t.start:t.end]) for t in before
                         if t.rule.startswith(("money.symbol", "money.word"))}
        if not marks and s.kind == "change" and _MONEY_SUBJECT.search(text, lo, s.num_start):
            marks = _money_run_before(text, stats, i)
        if len(marks) == 1 and None not in marks:
            s.kind, s.currency, s.rule = "money", marks.pop(), "money.scaled_change"
            s.end = s.num_end  # (money's span is its figure: "2m", not "2m increase"; the cue gives the direction)


#: a clause of its own between two figures: "visits fell from 276m to 265m, while £50m of funding was cut"
_OTHER_CLAUSE = compiled(r"\b(?:while|whilst|whereas|but|although|though|meanwhile)\b|;", I)


def _same_clause(text: str, s: Statistic, t: Statistic) -> bool:
    """Whether ``t`` (money) is in the clause of the scaled level ``s`` ("£12.4m, down from 15.1m"),
    not a clause of its own ("from 276m to 265m visits, while £50m was cut")."""
    lo, hi = (t.end, s.start) if t.end <= s.start else (s.end, t.start)
    return not _OTHER_CLAUSE.search(text, lo, hi)


#: a noun of money before a scaled figure: "savings of [12.5m]", "a deficit of [3.4m]", "its budget of [£45m]"
_MONEY_NOUN_OF = compiled(r"\b(?:savings?|budget|deficit|overspend|underspend|shortfall|gap|grant|funding|investment|"
                               r"costs?|spending|income|revenue|reserves?|debt|borrowing|loss|losses|profits?|surplus|"
                               r"turnover|bill|precept)\s+(?:of|worth|totall?ing)\s+(?:(?:around|about|almost|nearly|some|"
                               r"more\s+than|over|under|just|an\s+estimated)\s+)?$", I)


def _money_in_document(stats: list[Statistic]) -> set:
    """The one currency the story writes its money in (empty when it writes none or several)."""
    found = {t.currency for t in stats if t.kind == "money" and t.currency and t.rule.startswith(("money.symbol", "money.word"))}
    return found if len(found) == 1 else set()


def _money_run_before(text: str, stats: list[Statistic], i: int) -> set:
    """The currency of the nearest scaled figure before ``stats[i]`` (within 600 characters), when
    that figure is money written with its currency: a run of scaled amounts writes the currency
    once ("The budget rises to £145m. Children's services get an extra 4.2m")."""
    s = stats[i]
    for t in reversed(stats[max(0, i - 6):i]):
        if s.num_start - t.num_end > 600:
            break
        if not _MONEY_SCALE.search(text, t.num_start, t.num_end) and not (t.kind == "money" and t.value >= 1e6):
            continue
        if t.kind == "money" and t.rule.startswith(("money.symbol", "money.word", "money.scaled_change")):
            return {t.currency or currency(text[t.start:t.end])}
        return set()
    return set()


_SIGN_CHARS = frozenset("+-\u2212\u2013")


#: a currency set apart from its figure by the markup of the figure: "£**4.2m**", "£*350*"
_CURRENCY_THEN_MARK = compiled(r"[£$€](?:\*{1,2}|_)$")


def _currency_before_sign(text: str, stats: list[Statistic]) -> None:
    """A currency written before the sign of a signed figure ("£-1.2m", "£+350") or before the
    markup of a figure ("£**4.2m**") makes money of the change or count: the figure's own sign or
    its cue gives its direction."""
    for s in stats:
        if s.kind not in ("change", "count") or s.num_start == 0 or s.currency is not None:
            continue
        if text[s.num_start] in _SIGN_CHARS and text[s.num_start - 1] in "£$€":
            s.kind, s.rule = "money", "money.symbol_then_sign"
            s.start, s.end = s.num_start - 1, s.num_end
            s.currency = currency(text[s.num_start - 1:s.num_end])
        elif text[s.num_start - 1] in "*_" and (mark := _CURRENCY_THEN_MARK.search(text, max(0, s.num_start - 3), s.num_start)):
            s.kind, s.rule = "money", "money.symbol_then_markup"
            s.start, s.end = mark.start(), s.num_end
            s.currency = currency(text[mark.start():mark.start() + 1])


#: between an amount of money and its change, the currency written once: "£150,000, down 2,300",
#: "£1,950 a year (up 75)", "£2,100, which is 80 more", "£48m - an increase of 3.1m"
_MONEY_THEN_CHANGE = compiled(r"(?:\s+(?:a|an|per|each)\s+(?:year|week|month|day|hour|head|pupil|person|household))?"
                                   r"(?:\s+(?:next|this|last)\s+(?:year|month|week)|\s+(?:in|for|from|during)\s+(?:\d{4}(?:[/\-–]\d{2,4})?"
                                   r"|[A-Za-z][^\d,;:.()£$€]{0,20}?))?"
                                   r"\s*(?:[,;(]|\s[\-–—])\s*(?:(?:which|that|this)\s+(?:is|was|represents|means)\s+|or\s+)?"
                                   r"(?:an?\s+)?(?:(?:monthly|annual|yearly|weekly|overall|net|real-terms|cash)\s+)?", I)
#: between a change and the amount it reaches, the currency written once: "rose by 3,500 over the
#: year and now stands at £290,000", "3,000 higher than a year ago at an average of £265,000",
#: "an increase of 12,000, reaching £301,000" (not "at a cost of £3m": an amount of its own)
_CHANGE_THEN_LEVEL = compiled(r"(?:\s+(?:in|over|during|since|on|from|than|compared\s+(?:with|to))\s+[^\d,;:.()£$€]{1,30}?)?"
                                   r"\s*,?\s+(?:and\s+)?(?:(?:is\s+)?now\s+)?(?:to|at|reaching|hitting|stands?\s+at|standing\s+at"
                                   r"|taking\s+(?:it|them|the\s+[a-z]+)\s+to)\s+(?:an\s+average\s+of\s+|a\s+total\s+of\s+)?"
                                   r"(?:(?:around|about|almost|nearly|some|just\s+over|just\s+under|over|under)\s+)?", I)
#: after such a change: the clause ends or goes on with a function word, not a noun of its own
#: ("down 2,300 on last year", "(up 75)"; not "up 300 staff")
_CHANGE_ENDS = compiled(r"\**\s*(?:[.,;:)\]\n–—]|$|(?:on|in|from|than|since|over|during|for|compared|versus|vs|a|an|per|each|"
                             r"this|last|to|at|and|or|but|while|which|between|after|before|with|as|the|year-on-year|"
                             r"year\s+on\s+year|now|taking|reaching|leaving|bringing)\b)", I)
#: a sentence that restates the amount of the sentence before as a change: "That is an increase of 80."
_THAT_IS = compiled(r"\s*(?:that|this|it|which)(?:\s+is|\s+was|[’']s|\s+represents|\s+means|\s+amounts\s+to|\s+equates\s+to)\s+", I)


def _change_beside_money(text: str, stats: list[Statistic], sentences: Sentences) -> None:
    """A bare change written next to the amount of money it changes is money (the currency is
    written once, on the amount): "the average is £150,000, down 2,300 on last year", "Band D:
    £1,950 (up 75)", "rose by 3,500 and now stands at £290,000", "Band D will be £2,100. That is an
    increase of 80." Not a change with a counted noun ("£3m, up 300 staff"), nor one joined to money
    by more than the change's own words ("fares cost £3, and journeys rose by 300")."""
    for i, s in enumerate(stats):
        if s.kind != "change" or s.currency is not None or s.high is not None or s.value is None \
                or _COUNTED_AFTER.match(text, s.num_end, s.num_end + 40) or not _CHANGE_ENDS.match(text, s.end):
            continue
        lo, hi = sentences.at(s.num_start)
        amount = None
        prev = stats[i - 1] if i > 0 else None
        nxt = stats[i + 1] if i + 1 < len(stats) else None
        if prev is not None and prev.kind == "money" and prev.end <= s.start and s.start - prev.end <= 40 \
                and _MONEY_THEN_CHANGE.fullmatch(text, prev.end, s.start):
            amount = prev
        elif nxt is not None and nxt.kind == "money" and nxt.start < hi and nxt.start - s.end <= 60 \
                and _CHANGE_THEN_LEVEL.fullmatch(text, s.end, nxt.start):
            amount = nxt
        elif prev is not None and prev.kind == "money" and prev.end <= lo and lo - prev.end <= 120 \
                and _THAT_IS.fullmatch(text, lo, s.start):
            amount = prev
        if amount is None or not amount.rule.startswith(("money.symbol", "money.word")):
            continue
        s.kind, s.currency, s.rule = "money", amount.currency or currency(text[amount.start:amount.end]), "money.beside_money"
        s.end = s.num_end


#: a price, bill or pay whose change is written without its currency: "Band D council tax will rise
#: by 85.50", "the average house price rose by 12,500", "pay increased by 30 a week"
_PRICE_SUBJECT = compiled(r"\b(?:prices?|bills?|council\s+tax|precept|band\s+[a-h]|rents?|pay|wages?|salar(?:y|ies)|"
                               r"earnings|fares?|fees?|charges?|tariffs?|premiums?|budgets?|funding|spending|"
                               r"costs?|deficits?|grants?|income|allowances?|pensions?|benefits?)\b", I)
#: ... but not a count of people or things that pay, earn or cost: "the number of people paying council tax"
_COUNT_SUBJECT = compiled(r"\b(?:numbers?|count|total|proportion|share|percentage)\s+of\b|\bpeople\b|\bhouseholds\b", I)
#: where the clause of a change begins, looking back from its cue
_CLAUSE_START = compiled(r"(?r)[;:(]|,\s|\b(?:and|but|while|whereas|which|who)\s")


def _change_of_price(text: str, stats: list[Statistic], sentences: Sentences) -> None:
    """A change with no currency of its own, whose clause is about a price, a bill, pay or a budget,
    is money when the document writes money with a currency (the currency is the one written on the
    nearest amount before it, else after it): "Band D council tax will rise by 85.50 a year", "the
    average house price rose by 12,500", "pay increased by 30 a week". Not a count after the change
    ("fares rose by 300 journeys"), not a count of those who pay ("the number of people paying
    council tax rose by 1,200"), and not in a document without money."""
    money = [t for t in stats if t.kind == "money" and t.rule.startswith(("money.symbol", "money.word", "money.pence"))]
    if not money:
        return
    for s in stats:
        if s.kind != "change" or s.currency is not None or s.high is not None or s.value is None \
                or s.unit is not None or _COUNTED_AFTER.match(text, s.num_end, s.num_end + 40):
            continue
        lo, _ = sentences.at(s.num_start)
        lo = max(lo, s.start - 120)
        clause = _CLAUSE_START.search(text, lo, s.start)
        head = text[clause.end() if clause else lo:s.start]
        if not _PRICE_SUBJECT.search(head) or _COUNT_SUBJECT.search(head):
            continue
        before = [t for t in money if t.num_end <= s.num_start]
        amount = before[-1] if before else money[0]
        s.kind, s.currency, s.rule = "money", amount.currency or currency(text[amount.start:amount.end]), "money.price_change"
        s.end = s.num_end


#: between a share and its signed change: "41.2% (+3.1", "34.5 per cent, -2.3", "14.3% +14.3"
_SHARE_TO_SIGNED = compiled(r"\s*(?:[(,;/]\s*|\s)")
#: after the signed change: the bracket or the row goes on, no unit of its own ("+3.1)", "-4.2 on 2019")
_SIGNED_END = compiled(r"\s*(?:[)\],;|\t\n]|$|\s(?:on|since|from|compared|vs)\b)", I)


def _signed_after_share(text: str, stats: list[Statistic]) -> None:
    """A signed figure just after a share is its change in percentage points, as results are
    written: "Labour 12,345 (41.2%, +3.1)", "Turnout: 34.5% (-2.3)"; not a figure with its own
    unit or noun ("41.2%, +300 votes")."""
    for a, b in zip(stats, stats[1:]):
        if (b.kind == "change" and b.rule == "change.signed" and a.kind == "percentage" and a.high is None
                and a.unit is None and b.value is not None and abs(b.value) < 100 and b.end == b.num_end
                and _SHARE_TO_SIGNED.fullmatch(text, a.end, b.start) and _SIGNED_END.match(text, b.end)):
            b.kind, b.unit, b.rule = "percentage", "percentage_point", "percentage.signed_after_share"


_SPACED_SIGNS = frozenset("+-−")  # (not an en dash: "617  303 – 5", an empty cell before a figure)
#: the change in per cent after a change of a count, its sign set apart too: "+ 23,191 + 5.2%"
_SPACED_SHARE_AFTER = compiled(r"[ \t]+(?P<sign>[+\-−])[ \t]?\d[\d,]*(?:\.\d+)?\s?%")
#: before a sign set apart from its figure: two figures of a row ("473,122  + 23,191  + 5.2%")
_BEFORE_SPACED_SIGN = compiled(r"(?:^|(?<=[ \t\n]))[\d,.]+%?[ \t]+(?:[+\-−–][ \t])?[\d,.]+%?[ \t]+$")


def _spaced_sign(text: str, s: Statistic) -> None:
    """A row of figures that sets each sign apart ("449,931  473,122  + 23,191  + 5.2%",
    "54,721 53,036 - 1,685 - 3.1%"): the figure is a change, the sign its direction. Only after
    two other figures ("Crime rose 5% - 300 more offences": a dash in prose, no sign), and a count
    only when its change in per cent follows with the same sign (a lone dash may be an empty cell)."""
    if s.kind not in ("count", "percentage", "change") or s.high is not None or s.value is None \
            or s.direction is not None or not _BEFORE_SPACED_SIGN.search(text, max(0, s.num_start - 40), s.num_start - 2):
        return
    sign = text[s.num_start - 2]
    if s.kind == "count":
        share = _SPACED_SHARE_AFTER.match(text, s.end, s.end + 24)
        if share is None or share.group("sign") != sign:
            return  # a dash that stands for an empty cell, before a count
        s.kind, s.rule = "change", "change.spaced_sign"
    if sign != "+" and s.value > 0:
        s.value = -s.value
    s.direction = "up" if sign == "+" else "down"


#: the rules of a table cell that is a change with no unit of its own: under a "Change" heading, or signed
_ROW_CHANGE_RULES = ("change.table_column", "change.signed", "change.spaced_sign")
#: a money cell's scale letter, written after its figure: "£120.5m", "£3bn", "£450k"
_CELL_SCALE = compiled(r"(?:m|bn|k)$", I)
_SCALE_VALUES = {"m": 1e6, "bn": 1e9, "k": 1e3}
#: a labelled line of one figure: "Increase: 103.25", "Band D council tax: £2,065.00"
_LABEL_LINE = compiled(r"[ \t*•\-]*[A-Za-z][^\d\n:]{0,60}:[ \t*]*")


def _row_of(text: str, stats: list[Statistic], i: int, lo: int, hi: int) -> list[Statistic]:
    """The statistics other than ``stats[i]`` whose figures lie in ``text[lo:hi]`` (nearby ones only)."""
    return [t for t in stats[max(0, i - 12):i + 13] if t is not stats[i] and lo <= t.num_start < hi]


def _bare_row_change(t: Statistic) -> bool:
    """A change cell with no unit of its own (it takes the row's, as this one does)."""
    return t.kind == "change" and t.rule in _ROW_CHANGE_RULES and t.currency is None


def _money_row_mark(text: str, row: list[Statistic]) -> tuple[str, str | None] | None:
    """(currency, scale letter or None) when every figure of ``row`` but its shares is money of one
    currency (and one scale, else no scale), at least one of them; else None."""
    money = [t for t in row if t.kind == "money"]
    if not money or any(t.kind not in ("money", "percentage") and not _bare_row_change(t) for t in row):
        return None
    marks = {t.currency or currency(text[t.start:t.end]) for t in money}
    if len(marks) != 1 or None in marks:
        return None
    scales = {(m.group(0).lower() if (m := _CELL_SCALE.search(text, t.num_start, t.end)) else None) for t in money}
    return marks.pop(), scales.pop() if len(scales) == 1 else None


def _changes_in_money_rows(text: str, stats: list[Statistic]) -> None:
    """A change with no unit in a table row whose other figures are all money is money, the
    currency written on the other cells: "A | £1,234.56 | £1,296.17 | 61.61" under "Band | 2023/24 |
    2024/25 | Change", "Leeds | £245,000 | +12,300"; under cells of a scale ("£120.5m | £121.9m |
    1.4") it takes the scale. A labelled line of a change under or over labelled lines of money
    ("Band D: £2,065.00" over "Increase: 103.25") is money too. A money cell whose column heading
    names a change ("Annual increase" over "£61.61") takes the heading's direction. Not a row
    with a count in it ("Essex | 3,500 | £250m | +120": what changed is not said), nor prose."""
    if "\t" not in text and "|" not in text and ":" not in text:
        return
    for i, s in enumerate(stats):
        if s.high is not None or s.value is None:
            continue
        if s.kind == "money" and s.direction is None and s.rule.startswith(("money.symbol", "money.word")):
            lo, hi = line_bounds(text, s.num_start)
            head = text[lo:s.num_start]
            unit = None
            if ("\t" in head or "|" in head) and _row_of(text, stats, i, lo, hi):
                unit = _column_unit_at(text, lo, hi, s.num_start)
            elif ":" in head and _LABEL_LINE.fullmatch(text, lo, s.start):  # "Increase: £13.00"
                unit = _change_heading(text[lo:s.start].strip(" \t*•-:"))
            if unit is not None and unit[0] == "change" and unit[1] is not None:
                s.direction = unit[1]
            continue
        if s.kind != "change" or s.rule not in _ROW_CHANGE_RULES or s.currency is not None:
            continue
        lo, hi = line_bounds(text, s.num_start)
        head = text[lo:s.num_start]
        row = _row_of(text, stats, i, lo, hi)
        if row and not ("\t" in head or "|" in text[lo:hi] or "\t" in text[lo:hi]):
            continue  # (a line of prose)
        if not row and _LABEL_LINE.fullmatch(head) and _LAST_FIGURE.fullmatch(text, s.num_start, hi):
            # a labelled line: its neighbours in the block, when they are labelled lines too
            above = text.rfind("\n", 0, max(0, lo - 1)) + 1 if lo > 0 else lo
            below = text.find("\n", hi + 1)
            below = len(text) if below < 0 else below
            row = [t for t in _row_of(text, stats, i, above, below + 1)
                   if _LABEL_LINE.fullmatch(text, line_bounds(text, t.num_start)[0], t.start)]
        mark = _money_row_mark(text, row) if row else None
        if mark is None:
            continue
        s.kind, s.currency, s.rule = "money", mark[0], "money.change_in_money_row"
        if mark[1] is not None and not _CELL_SCALE.search(text, s.num_start, s.num_end):
            s.value = tidy_number(s.value * _SCALE_VALUES[mark[1]])
        s.end = s.num_end


def _shares_qualifier(text: str, prev: Statistic, s: Statistic) -> bool:
    """"around 7.4% and 7.3%", "about £5m or £6m": one qualifier for a pair of the same unit."""
    return (prev.qualifier is not None and prev.kind == s.kind and s.kind in ("percentage", "money")
            and s.start - prev.end <= 12 and bool(_PAIR_ONLY.fullmatch(text, prev.end, s.start)))


_PAIR_ONLY = compiled(r"\s*(?:and|or)\s*(?:[£$€]\s?)?", I)


#: a change named without a way: "changed by 21%", "a change of 240", "the difference was 300", "a 12% change"
_NEUTRAL_BEFORE = compiled(r"\b(?:chang(?:e|es|ed|ing)|moved|movement|difference|shift(?:ed)?|swing)"
                                r"(?:\s+(?:in|of|on|for)(?:\s+[\w’'\-]+){1,4}?)?\s+(?:of|by|was|is|were|has\s+been)"
                                r"(?:\s+(?:just|only|about|around|some|nearly|almost|roughly|more\s+than|over))?\s*(?:[£$€]\s?)?$", I)
_NEUTRAL_AFTER = compiled(r"(?:\s*(?:%|per\s*cent|percent|pc|percentage\s+points?|points?|m|bn|k|million|billion))?[\s\-]+"
                               r"(?:(?:net|overall|annual|year-on-year)\s+)?(?:change|difference|shift|swing)\b", I)
#: the two levels a change moved between: "from 120 to 95"
_FIGURE = r"(?:[£$€]\s?)?(\d[\d,]*(?:\.\d+)?)\s?(m\b|bn\b|k\b|million|billion)?"
_FROM_TO = compiled(r"\bfrom\s+" + _FIGURE + r"(?:\s*(?:%|per\s*cent|pc))?\s+to\s+" + _FIGURE, I)


def _direction_of_levels(text: str, s: Statistic, sentences: Sentences) -> str | None:
    """A change named without a way ("changed by 21%, from 120 to 95", "a change of 240 from 1,760 to
    2,000", "From 2,000 to 1,760, the change was 240") goes the way of the two levels it moved between
    in its sentence: down where the second is smaller. Not a change whose words say nothing of a
    change ("12% of pupils, from 2,000 to 1,760"), nor levels that are equal."""
    start, end = sentences.at(s.num_start)
    end = max(end, s.end)
    if "from" not in text[start:end].lower():
        return None
    if not (_NEUTRAL_BEFORE.search(text, max(start, s.num_start - 60), s.num_start)
            or _NEUTRAL_AFTER.match(text, s.num_end, min(end, s.num_end + 40))):
        return None
    m = _FROM_TO.search(text, s.end, min(end, s.end + 80)) or \
        next(iter(reversed(list(_FROM_TO.finditer(text, start, s.start)))), None)
    if m is None:
        return None
    a, b = (parse_number(m.group(g) + (m.group(g + 1) or "")) for g in (1, 3))
    if a is None or b is None or a == b:
        return None
    return "up" if b > a else "down"


def _restates_direction(text: str, prev: Statistic, s: Statistic) -> bool:
    """The change before says which way this one goes: "grew by 1.9% or 50,000" (the same change
    as an amount); "an increase of £98.40 or 4.8 per cent", "up £5m (3%)" (the same change as a
    share); "rose by around 7.4% and 7.3%", "fell 1.7% in September and 12.4% over the year" (a
    pair under one verb); "rose 12% in Kent, compared with 8% nationally", "18% against 11%" (the
    change it is set beside); "a drop of almost a fifth (19%)" (a fraction restated in per cent); "up
    17,000 tonnes (0.4 per cent)" (a quantity's change in per cent)."""
    if s.rule == "change.or_amount":
        return True
    if prev.direction is None or s.kind not in _CHANGES or s.start - prev.end > 45 \
            or (prev.kind not in _CHANGES and not (prev.kind in ("ratio", "quantity") and s.kind == "percentage")):
        return False  # (a fraction restated in per cent: "a drop of almost a fifth (19%)")
    if _SHARE_AFTER.match(text, s.end, s.end + 12):
        return False  # "rose 5% in the year and 20% of victims were under 25": a share, not a change
    if prev.kind == s.kind == "money" and _EQUATES.fullmatch(text, prev.end, s.start):
        return True  # "a £9.34 increase which equates to 2.5p per day": the same rise per day
    if prev.kind != s.kind or s.kind == "money":  # "£4.18, or 8p a week": the same rise per week
        return (s.start - prev.end <= 30 and ("percentage" in (prev.kind, s.kind) or s.kind == prev.kind)
                and bool(_RESTATED.fullmatch(text, prev.end, s.start)))
    if s.kind == "percentage" and ("(" in text[prev.end:s.start] or "or" in text[prev.end:s.start]) \
            and _TERMS_AFTER.match(text, s.end, s.end + 30) and _TERMS_BRACKET.fullmatch(text, prev.end, s.start):
        return True  # the same change in other terms: "by 9% (6.2% in real terms)", "by 5.1%, or 2.2% after inflation"
    if s.kind == prev.kind == "percentage" and " or " in text[prev.end:s.start] and _OR_OTHER_BASE.fullmatch(text, prev.end, s.start) \
            and _BASE_AFTER.match(text, s.end, s.end + 40):
        return True  # the same change from another base: "up 13 per cent year-on-year, or 9 per cent since the Election"
    if s.kind == prev.kind == "percentage" and "from" in text[prev.end:s.start] and prev.unit != "percentage_point" \
            and (fm := _FROM_PREVIOUS.fullmatch(text, prev.end, s.start)) and not _LEVEL_PAIR_TO.match(text, s.end, s.end + 40) \
            and (fm.group("way") or _TO_BEFORE.search(text, max(0, prev.start - 12), prev.start)):
        # the change before it was this size: "wage growth slowed to 5.9%, down from 6.2%", "eased to 5.2% from
        # 5.6%" (not the level a change started from: "a rise of 3% from 34.5% in 2007/8")
        return True
    return s.kind != "money" and bool(_PAIRED.fullmatch(text, prev.end, s.start))


#: between a per cent change and the size the same change had before: "growth slowed to 1.1% in May
#: from 1.8%", "growth was 5.9%, down from 6.2%" (not levels moved between: "fell 2% from 40% to 38%",
#: nor a change in points: "fell 3 points from 45%"; the levels may be dated: "fell by 0.4% from 46.5% in
#: 2014/15 to 46.1%")
_FROM_PREVIOUS = compiled(r"\s*(?:%|per\s*cent|pc)?(?:\s+(?:in|during|over|for|on)\s+[^\d%.;:,()\n]{1,30}?)?"
                               r"\s*,?\s+(?:(?P<way>down|up)\s+)?from\s+(?:around\s+|about\s+|nearly\s+|almost\s+)?", I)
_TO_BEFORE = compiled(r"\bto\s+$", I)
_LEVEL_PAIR_TO = compiled(r"\s*(?:%|per\s*cent|pc)?(?:\s+(?:in|on|at)\s+(?:[^\d%.;:,()\n]|(?:19|20)\d\d(?:[/\-]\d{2,4})?){1,20}?)?"
                               r"\s+to\s+(?:[£$€]\s?)?\d", I)


#: a change restated in brackets in other terms: "rise by 9% (6.2% in real terms)", "10% (or 7% in cash terms)";
#: or after "or": "by 5.1%, or 2.2% after inflation", "by 4% or 1% in real terms"
_TERMS_BRACKET = compiled(r"\s*(?:\(\s*(?:or\s+|and\s+)?|,?\s*or\s+)(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?", I)
_TERMS_AFTER = compiled(r"\s+(?:(?:in\s+)?(?:real|cash|nominal|like-for-like|inflation-adjusted)[\s\-]terms"
                             r"|(?:after|adjusted\s+for|once\s+adjusted\s+for)\s+inflation)\b", I)


#: between a change (with its base) and the same change from another base: " year-on-year, or ", " on last year, or "
_OR_OTHER_BASE = compiled(r"\s*(?:%|per\s*cent|percent|pc)?(?:\s+(?:year[\s\-]on[\s\-]year|(?:on|since|over|compared\s+(?:with|to))\s"
                               r"[^\d%.;:()\n]{1,30}?|(?:on|since|over)\s+(?:19|20)\d\d(?:[/\-]\d{2,4})?))?\s*,?\s*or\s+"
                               r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?", I)
#: the other base: "since the Election", "since 2019", "over five years", "on 2015"
_BASE_AFTER = compiled(r"\s*(?:%|per\s*cent|percent|pc)?\s+(?:since\s+(?=[\w£$€])|(?:over|on|compared\s+(?:with|to))\s+(?:the\s+)?"
                            r"(?:(?:19|20)\d\d|last|previous|past|(?-i:[A-Z])|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years?\b))", I)
#: between an amount's bracketed change and the next amount of a list: "(8.3%) in England, £785 ("
_LIST_NEXT = compiled(r"\s*\)?(?:\s+(?:in|for|at)\s+[^\d%.;:,()\n]{1,30}?)?\s*,\s*(?:and\s+)?(?:[£$€]\s?)?")
_BRACKET_OPEN = compiled(r"\s*\(\s*")


#: a clause without its own verb that reuses the change verb before it: "..., and the rate by ",
#: ", non-elective inpatients by ", "and in Wales by just "
_VERBLESS_BY = compiled(r"(?:,|\band|\bwhile|\bwith)\s+(?:[\w’'\-]+\s+){0,5}?by\s+(?:just\s+|only\s+|around\s+|about\s+"
                             r"|nearly\s+|almost\s+|a\s+further\s+|another\s+)?(?:\*\*)?$", I)


#: between two per cent changes, a clause that names another thing and borrows the verb: ", and robbery ",
#: " while burglary " (not a verb, a preposition or an article of a clause of its own: "and the share was ")
_GAPPED = compiled(r"\s*(?:,\s*(?:and\s+|while\s+)?|\s+(?:and|while|whereas)\s+)"
                        r"(?:(?!(?:is|was|were|are|has|had|have|be|been|at|to|of|from|than|the|a|an|this|that|its|their|"
                        r"stood|stands|remained|remains|accounted|made|makes|per|in|on|for|by|about|around|some|over|under|nearly|"
                        r"almost|just|only|up|down|rose|fell)\b)(?-i:[a-z])[\w’'\-]*\s+){1,3}", I)


#: between a ranked change (in brackets or not) and the next place's: ") in the UK, followed by Orkney and Shetland (", "up 22.1%, followed by Dartford ("
_FOLLOWED_BY = compiled(r"\s*(?:%|per\s*cent|pc)?\s*\)?(?:\s+(?:(?:was|were|is|are)\s+)?(?:in|across|of)\s+[^\d%.;:()\n]{1,30}?)?\s*,?\s+"
                             r"(?:(?:closely|narrowly)\s+)?followed\s+by\s+(?-i:[A-Z])[^\d%.,;:()\n]{0,40}?\(", I)  # (a name, no clause)


#: between two places' figures of a list headed by its change: ", Scotland ", " and the Isle of Man ("
_PLACE_GAPPED = compiled(r"\s*\)?\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+)(?-i:[A-Z][\w’'\-&]*)"
                              r"(?:,?\s+(?:(?-i:[A-Z][\w’'\-&]*)|and|of|upon|on|the))*\s+\(?\s*")


#: ... a place and its bare figure right after a change ("down 12% and Derby 8%", "up 3%, the North East 1%")
#: (the first change may be dated: "has grown 26.4% in 10 years, and Newham 23.5%", "up 4% since 2019, York 3%")
_PLACE_GAPPED_NEXT = compiled(r"\s*(?:%|per\s*cent|pc)?(?:\s+(?:in|over|since|during)\s+(?:[^\d%.;:,()\n]|\d{1,4}(?:[/\-]\d{2,4})?\b){1,25}?)?"
                                   r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?-i:[A-Z][\w’'\-&]*)"
                                   r"(?:\s+(?:(?-i:[A-Z][\w’'\-&]*)|and|of|upon|on|the)){0,4}\s+", I)


#: ... a ranking of places, each "at" its change, after a change that was "at" its figure: "the biggest
#: rises were Leeds at 5%, York at 4% and Hull at 3%" (the next place: ", York at ", " and Hull at ")
_PLACE_AT_NEXT = compiled(r"\s*(?:%|per\s*cent|pc)?\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+)(?:the\s+)?(?-i:[A-Z][\w’'\-&]*)"
                               r"(?:\s+(?:(?-i:[A-Z][\w’'\-&]*)|and|of|upon|on|the)){0,4}\s+at\s+", I)
_AT_BEFORE = compiled(r"\bat\s+$", I)


@lru_cache(maxsize=1)
def _way_before() -> Pattern:
    """The change's own verb just before it (change_verbs, lexicon.json; change_verbs_more,
    change_verbs_by and change_nouns_singular, numbers.json), which the next place's figure borrows:
    "down 12%", "rose by 6%", "slumped 9%", "saw crime rise 5%"."""
    own = validate_file("numbers.json")["lexicons"]
    words = [*lexicon("change_verbs"), *own["change_verbs_more"], *own["change_verbs_by"], *own["change_nouns_singular"]]
    return compiled(rf"\b(?:{alternation(words)})(?:\s+by)?\s*$", I)


#: between two bracketed changes of a list of places: "), east midlands (", "); Moray (", ") and Yorkshire and the Humber ("
#: (not a new clause: "(20%), with Leeds (")
_BRACKET_LIST = compiled(r"\s*(?:%|per\s*cent|pc)?\s*\)\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+)"
                              r"(?!\s*(?:with|while|whereas|but|including|which|compared|against|of|than|from|to)\b)[^\d%.;:()\n]{1,40}?\(", I)


#: between a change with its time and the next item of a list of times: "rose by 9% in 2021[; ]11% in 2022"
_TIME_LIST_NEXT = compiled(r"(?:\s*(?:%|per\s*cent|percent|pc))?\s+(?:in|during|over|for)\s+[^;,.()\n\d]{0,30}"
                                r"(?:(?:19|20)\d\d(?:[-/]\d\d)?|(?:this|last)\s+year)\s*[;,]\s*(?:and\s+)?(?:by\s+)?", I)
#: ... and the item's own time after its figure: "11% in 2022", "15% this year"
_OWN_TIME_AFTER = compiled(r"\s*(?:%|per\s*cent|percent|pc)?\s+(?:in|during|over|for|this|last)\b", I)


def _continued_direction(text: str, stats: list[Statistic], i: int, sentences: Sentences) -> str | None:
    """The direction of the last change in the sentence, for a change in a clause that borrows its
    verb: "the count fell by 34 to 1,390 and the rate by 0.1%", "elective inpatients were ahead of
    plan by 3.8 per cent, non-elective inpatients by 4.7 per cent"."""
    s = stats[i]
    prev = stats[i - 1]
    if s.kind == prev.kind and prev.direction is not None and 0 < s.start - prev.end <= 60 \
            and (";" in text[prev.end:s.start] or "," in text[prev.end:s.start]) \
            and _TIME_LIST_NEXT.fullmatch(text, prev.end, s.start) and _OWN_TIME_AFTER.match(text, s.end, s.end + 16):
        return prev.direction  # the next time of a list: "rose by 9% in 2021; [11]% in 2022; and by 15% this year"
    if s.kind == prev.kind == "percentage" and prev.direction is not None and 0 < s.start - prev.end <= 50 \
            and text[s.start - 1] == "(" and _BRACKET_LIST.fullmatch(text, prev.end, s.start):
        return prev.direction  # the next place of a list, its change in brackets: "in Kent (0.9%), Surrey (1%) and ..."
    if s.kind == prev.kind == "percentage" and prev.direction is not None and 0 < s.start - prev.end <= 80 \
            and text[s.start - 1] == "(" and "followed" in text[prev.end:s.start] \
            and _FOLLOWED_BY.fullmatch(text, prev.end, s.start):
        return prev.direction  # a ranking goes on: "the biggest rise (12%) in the UK, followed by Moray (9%)"
    if s.kind == prev.kind == "percentage" and prev.direction is not None and 0 < s.start - prev.end <= 40 \
            and _PLACE_GAPPED_NEXT.fullmatch(text, prev.end, s.start) and not _SHARE_AFTER.match(text, s.end, s.end + 12):
        # the next place after a place's change, the verb gapped: "with Rutland down 12% and Derby 8%",
        # "with Kent down 6%, Surrey 4% and Essex 2%" (back along the list to the change's own way word)
        j = i - 1
        while j > 0 and i - j < 5 and stats[j - 1].kind == "percentage" and 0 < stats[j].start - stats[j - 1].end <= 40 \
                and _PLACE_GAPPED_NEXT.fullmatch(text, stats[j - 1].end, stats[j].start):
            j -= 1
        if _way_before().search(text, max(0, stats[j].start - 30), stats[j].start):
            return prev.direction
    if s.kind == prev.kind == "percentage" and prev.direction is not None and 0 < s.start - prev.end <= 40 \
            and text[s.start - 1] == " " and _PLACE_AT_NEXT.fullmatch(text, prev.end, s.start) \
            and _AT_BEFORE.search(text, max(0, prev.start - 4), prev.start) and not _SHARE_AFTER.match(text, s.end, s.end + 12):
        return prev.direction  # a ranking of places, each at its change: "rises were Leeds at 5%, York at 4%"
    if "by" not in text[max(0, s.start - 30):s.start]:
        # a share of the same kind just before, its verb gapped: "up 11% and robbery 4%"
        if s.kind == prev.kind == "percentage" and prev.direction is not None and 0 < s.start - prev.end <= 40 \
                and _GAPPED.fullmatch(text, prev.end, s.start) and not _SHARE_AFTER.match(text, s.end, s.end + 12) \
                and sentences.start_of(s.num_start) <= prev.start:
            return prev.direction
        # the next place of a list after a change named before a colon or dash: "Falls in every
        # region: Wales 3.1%, Scotland 2.4% and England 1.9%"
        if s.kind == prev.kind == "percentage" and prev.direction is not None and 0 < s.start - prev.end <= 40 \
                and _PLACE_GAPPED.fullmatch(text, prev.end, s.start):
            head = text[sentences.start_of(prev.num_start):prev.start]
            if ":" in head or " - " in head or "\u2013" in head or "\u2014" in head:
                return prev.direction
        return None  # (most figures: no "by" just before, without a regex)
    sent_start = sentences.start_of(s.num_start)
    if not _VERBLESS_BY.search(text, max(sent_start, stats[i - 1].end, s.start - 60), s.start):
        return None
    for prev in reversed(stats[max(0, i - 3):i]):
        if prev.start < sent_start or s.start - prev.end > 150:
            return None
        if prev.direction is not None and prev.kind in _CHANGES:
            return prev.direction
    return None


#: a word after a figure that is what it counts ("by 300 officers"), not the clause going on ("by 40 last year",
#: "and by 39,000 among men")
_NOUN_RIGHT = compiled(r"\s+(?!(?:and|or|but|in|on|at|for|to|from|since|over|during|among|amongst|across|within|last|this|next|the|a|an|per|each|"
                            r"compared|than|while|whereas|with|after|before|between|year|years)\b)(?-i:[a-z])[a-z\-]{2,}", I)


def _verbless_change(text: str, stats: list[Statistic], i: int, sentences: Sentences) -> None:
    """A bare figure in a clause that borrows the change verb before it is that kind of change:
    "adult care rises by £14.2m, children's services by 6.1m and highways by 2.3m" (money, the
    currency written once), "burglary fell by 120, and robbery by 40" (changes). Not a figure with
    a counted noun ("and by 300 officers" stays a count), nor after a per cent change unless too big
    for a share ("rose by 5%, and arrests by 300")."""
    s = stats[i]
    if "by" not in text[max(0, s.start - 30):s.start]:
        return  # (most figures: no "by" just before, without a regex)
    if s.high is not None or s.value is None or s.end != s.num_end \
            or (s.qualifier is not None and s.start < s.num_start - 12) or _NOUN_RIGHT.match(text, s.num_end, s.num_end + 40):
        return
    sent_start = sentences.start_of(s.num_start)
    if not _VERBLESS_BY.search(text, max(sent_start, stats[i - 1].end, s.start - 60), s.start):
        return
    for prev in reversed(stats[max(0, i - 3):i]):
        if prev.start < sent_start or s.start - prev.end > 150:
            return
        if prev.direction is None or prev.kind not in _CHANGES:
            continue
        if prev.kind == "money":
            s.kind, s.currency, s.rule = "money", prev.currency, "money.verbless_by"
        elif prev.kind == "change" or abs(s.value) >= 100:
            s.kind, s.rule = "change", "change.verbless_by"
        return


def _listed_like(text: str, first: Statistic, amount: Statistic, s: Statistic) -> bool:
    """A list of amounts, each with its change in brackets, takes the direction of the first change:
    "increased to £1,381 (8.3%) in England, £785 (8.5%) in Wales, and £998 (5.8%) in Scotland"."""
    return (first.direction is not None and s.kind == first.kind == "percentage" and amount.kind == "money"
            and amount.start - first.end <= 40 and bool(_BRACKET_OPEN.fullmatch(text, amount.end, s.start))
            and bool(_LIST_NEXT.fullmatch(text, first.end, amount.start)))


_PERCENT_FIRST = frozenset("%pP％&")


def _blocked_at(text: str, m: regex.Match, ranges: Ranges) -> str | None:
    """The label :func:`_classify` would reject a number with for lying in a blocked range (a
    period, a dateline, a phone number), worked out without making its :class:`Candidate` (a
    quarter of all numbers are years and dates); None when the rules must decide, which includes
    every case where _classify looks further (a digit figure of a period with a per cent sign
    after it: "in March 4% of homes")."""
    num_start = (m.start("sign") if m.group("sign") else m.start("digits") if m.group("digits")
                 else m.start("frac") if m.group("frac") else m.start("words"))  # (as Candidate's)
    label = ranges.label(num_start, m.end())
    if label is None:
        return None
    if m.group("digits") and not label.startswith(("blocked.phone", "blocked.contents")):
        # _classify's test of the first character of Candidate.right after spaces and asterisks
        end = min(_line_bounds(text, num_start)[1], m.end() + 160)
        pos = m.end()
        while pos < end and text[pos] in " *":
            pos += 1
        if pos < end and text[pos] in _PERCENT_FIRST:
            return None
    return label


def _classify(c: Candidate) -> tuple[Statistic | None, str]:
    """(the statistic, or None; the id of the rule that decided)."""
    label = c.blocked.label(c.num_start, c.num_end)
    if label is not None and not (not label.startswith(("blocked.phone", "blocked.contents")) and c.is_digits
                                  and c.right.lstrip(" *")[:1] in _PERCENT_FIRST and _percent_right(c)):
        return None, label  # (a "date" whose day has a per cent sign is a share: "in March 4% of homes")
    value = parse_number(c.surface)
    if value is None:
        return None, "not.a_number"
    c.value = value
    mask = _heads_mask(window_key(c.right)) & _tails_mask(window_key(c.left, tail=True))
    for guard, search, context, resolve, rule in _rules_for_windows(_flag_key(c), mask):
        if guard is not None and not guard(c):  # (the rule's other guards, see _all_of)
            continue
        # contexts are windows of at most a few hundred characters around the number: matched
        # without the per-call regex timeout (whose bookkeeping costs more than the match); the
        # document's time budget still bounds the scan
        m = search(getattr(c, context))  # (the window a rule reads: c.context(name), inlined)
        if m is None:
            continue
        result = resolve(c, rule, m)
        if result is REJECT:
            return None, rule.id
        if result is not None:
            return result, result.rule
    return None, "none"


_RANGE_LEFT_FROM = compiled(r"\bfrom\s+(?:\*\*)?(?:[£$€]\s?)?$", I)
#: "increase by £1.40 to £10 an hour", "an increase of £125 to £4,581": the change, then the level it reaches
#: ... or a verb of change with no "by": "rents rose £15 to £900", "fares went up 20p to £2.90"
_RANGE_LEFT_BY = compiled(r"(?:\bby|(?:%|\bcent),?\s+or|\b(?:increase|rise|cut|fall|drop|reduction|decrease|hike|jump)s?\s+of"
                               r"|\b(?:rose|risen|rises|rise|fell|fallen|falls|fall|increased|increases|decreased|decreases|climbed|climbs|"
                               r"dropped|drops|jumped|jumps|grew|grows|raised|raises|lowered|lowers|reduced|reduces|cut|cuts|"
                               r"went\s+up|goes\s+up|went\s+down|goes\s+down|(?:is|are|was|were)\s+(?:up|down)|up|down)"
                               r")\s+(?:\*\*)?(?:[£$€]\s?)?$", I)
_RANGE_LEFT_BETWEEN = compiled(r"\bbetween\s+(?:\*\*)?$", I)
#: the join of a range, within one cell: never across a tab or a line break ("-2.1<TAB>-5.2" is two
#: cells), nor a dash after a space that is the next figure's sign ("+9.7 -5.2")
#: a third figure after a dash: the dashes set apart the cells of a row ("£3,880 – £4,190 – £310")
_ROW_GOES_ON = compiled(r"[^\S\t\n\r]+[\-–—][^\S\t\n\r]+(?:[£$€][^\S\t\n\r]?)?[+\-−]?\d")
_ROW_WENT_ON = compiled(r"\d[%p]?[^\S\t\n\r]+[\-–—][^\S\t\n\r]+(?:[£$€][^\S\t\n\r]?)?$")
_RANGE_JOIN = compiled(r"[^\S\t\n\r]*(?P<join>(?<!\s)[\-–—]|[\-–—](?=[^\S\t\n\r])|to|and)[^\S\t\n\r]*"
                            r"(?:[£$€][^\S\t\n\r]?)?(?=\d|[a-z])", I)


def _merge_ranges(text: str, stats: list[Statistic], blocked) -> list[Statistic]:
    """One statistic with ``value`` and ``high`` for a range: "between £40m and £45m", "5 to 7 per
    cent", "25–30", "2,000-2,500 homes" (FORMAT.md credits both ends). Not a range: "from 5 to 7"
    (a change), a descending pair ("won 2-1"), "X and Y" without "between"."""
    out: list[Statistic] = []
    i = 0
    while i < len(stats):
        a = stats[i]
        j = _RANGE_JOIN.match(text, a.num_end, min(len(text), a.num_end + 12))
        left = text[max(0, a.start - 20):a.start]
        between = bool(_RANGE_LEFT_BETWEEN.search(left))
        if j is None and a.end > a.num_end and (between or text[a.end:a.end + 1] in ("-", "–")):
            # the unit written twice: "between 5% and 6%", "12.5%-15%"
            j = _RANGE_JOIN.match(text, a.end, min(len(text), a.end + 12))
        if (j is None or a.kind in ("ratio", "rate") or _RANGE_LEFT_FROM.search(left)
                or ((j.group("join").lower() == "and") != between and not (between and j.group("join") in "-–"))):
            # ("between 2,000-2,500 homes": a hyphen after "between" joins a range too)
            out.append(a)
            i += 1
            continue
        b = stats[i + 1] if i + 1 < len(stats) else None
        if (b is not None and j.group("join").lower() == "to" and _RANGE_LEFT_BY.search(left)
                and (a.kind == "money" or b.kind == "money"
                     or (a.kind == b.kind and a.kind != "count" and b.value > 2 * a.value)
                     or (a.kind == b.kind == "count" and b.value > 10 * a.value))):
            # "rise by £1.25 to £9.75", "up by 3% to 8%", "edging upwards by 14 to 3,872": a change and
            # the level it reaches; "cut by 5 to 15 per cent" (one unit for both ends) stays a range
            out.append(a)  # a change and the level it reaches, not a range
            i += 1
            continue
        if b is not None and j.group("join") in "-–—" and (_ROW_GOES_ON.match(text, b.end)
                                                          or _ROW_WENT_ON.search(text, max(0, a.start - 24), a.start)):
            out.append(a)  # "£1,851.60 – £1,999.70 – £148.10": cells of a row set apart by dashes, not a range
            i += 1
            continue
        if b is not None and b.num_start == j.end() and b.value is not None and b.value > a.value \
                and b.kind not in ("ratio", "rate") and (a.kind == b.kind or a.kind == "count"
                                                          or (a.kind == "change" and b.kind == "percentage"
                                                              and b.value <= 3 * a.value)):
            a.unit = a.unit or b.unit  # "5-7 km", "2 to 3pp"
            a.kind, a.rule = b.kind, f"{b.kind}.range"
            a.high, a.end = b.value, max(a.end, b.end)
            a.per, a.population = b.per, b.population
            out.append(a)
            i += 2
            continue
        hm = _HIGH_END.match(text, j.end(), min(len(text), j.end() + 40)) \
            if b is None or b.num_start != j.end() else None
        if hm and j.group("join") in "-–—" and not blocked.overlaps(hm.start(), hm.end()):
            high = parse_number(hm.group(0))
            if high is not None and high > a.value:
                a.high = high
                if a.end == a.num_end:
                    a.end = hm.end()
                    a = _scale_after_high_end(text, a) if a.kind == "money" else _unit_after_high_end(text, a)
        out.append(a)
        i += 1
    return out


#: a scale written once after the high end of a range of money: "£7-8 million", "£2-3bn"
_SCALE_AFTER = compiled(r"\s?(?P<scale>million|billion|bn|m|k)(?![a-z\d])", I)
_PLAIN_FIGURE = compiled(r"\d+(?:\.\d+)?")


def _scale_after_high_end(text: str, a: Statistic) -> Statistic:
    """Money whose scale is written once, after the high end: "£7-8 million" is 7m to 8m."""
    sm = _SCALE_AFTER.match(text, a.end, a.end + 10)
    if sm and _PLAIN_FIGURE.fullmatch(text, a.num_start, a.num_end):
        factor = parse_number("1" + sm.group("scale"))
        a.value, a.high, a.end = tidy_number(a.value * factor), tidy_number(a.high * factor), sm.end()
    return a


def _unit_after_high_end(text: str, a: Statistic) -> Statistic:
    """The unit written once after a hyphenated range: "1.5-2.5 per cent", "a rise of 5-7%",
    "5-7 km", "2-3pp"."""
    if a.kind not in ("count", "change"):
        return a
    after = text[a.end:a.end + 40]
    rules = number_rules()
    for rule_id in ("percentage.point", "percentage.unit", "quantity.unit"):
        um = rules[rule_id].pattern.match(after)
        if um:
            rule = rules[rule_id]
            unit = (next((rule.value.get(g) or v for g, v in um.groupdict().items() if v), None)
                    if rule.kind == "quantity" else rule.value.get("unit") if isinstance(rule.value, dict) else None)
            a.unit = unit or a.unit
            a.kind, a.rule, a.end = rule.kind, f"{rule.kind}.range", a.end + um.end()
            break
    return a


#: The high end of a hyphenated range ("2,000-2,500"), which the candidate scan does not take.
_HIGH_END = compiled(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,]|\.\d)")


#: "minus 0.3 per cent", "it was negative 3.2%" (not a margin, "plus or minus 3 per cent")
_MINUS_WORD = compiled(r"(?<!\bplus\s+or\s+)\b(?:minus|negative)\s+$", I)
#: a sign in words: "from plus 12.4 per cent in London to minus 15.7 per cent", "a movement of plus 3%" (not
#: another part of a change, which takes the change's way: "cut by 5% plus 3% for season tickets"; not a
#: share: "from plus 10% of staff")
#: (a sentence may open on it: "Plus 12.4 per cent was the change", after a paragraph or a full stop too)
_PLUS_WORD = compiled(r"(?:^|(?<=^|[.!?\n][\"'”’]?\s*)|\b(?:from|of|at|was|is|were|are|been|be|to|between)\s+|[(:]\s*)plus\s+$", I)


_OF_AFTER = compiled(r"\s+of\b", I)


_CODE_BEFORE = compiled(r"(?:\b(?:GBP|USD|EUR)|(?<![A-Za-z])[A-Z]{1,2}\$|&pound;|&euro;)\s?$")


def _describe(text: str, s: Statistic, sentences: Sentences) -> None:
    """Direction of a change (from the words around it: changes, percentages and money changes
    such as "rose by £25 a week", a quantity that changed: "up 17,000 tonnes") and currency of money."""
    if s.kind in ("change", "percentage", "money", "quantity") or (s.kind == "ratio" and s.rule.startswith("ratio.fraction")):
        sent_start = sentences.start_of(s.num_start)
        # a range: its cue follows the high end; pence: after the "p" ("a 44p increase")
        after = s.end if s.high is not None or s.kind == "money" else s.num_end
        right = text[after:after + 80]
        if s.kind == "ratio" and _OF_AFTER.match(right):
            right = ""  # a part of a change is no change: "half of the year-on-year increase", "a third of that rise"
        cut = rx(r"[;!?\n]|\.(?!\d)").search(right)  # (not the point of a decimal: "4.5 per cent and 4.4 per cent decrease")
        sign = text[s.num_start]
        if s.kind == "money" and s.start > 0 and text[s.start - 1] in "+-\u2212" \
                and (s.start < 2 or not text[s.start - 2].isalnum()):
            sign = text[s.start - 1]  # "+£185", "-£2.4m": the sign before the currency
            if sign != "+" and s.value is not None and s.value > 0:
                s.value = -s.value
        if s.kind in ("percentage", "change") and s.value is not None and s.value > 0 \
                and _MINUS_WORD.search(text, max(0, s.num_start - 10), s.num_start):
            s.value, sign = -s.value, "-"  # "minus 0.3 per cent", "growth of minus 2%"
        elif s.kind in ("percentage", "change") and text[max(0, s.num_start - 5):s.num_start].lower() == "plus " \
                and _PLUS_WORD.search(text, max(0, s.num_start - 16), s.num_start) and not _OF_AFTER.match(text, s.end, s.end + 8):
            sign = "+"
        before = text[sent_start:s.num_start]
        if s.kind == "money":  # a currency code before the figure: "rose by GBP 2.5m", "by US$2.5m"
            code = _CODE_BEFORE.search(before, max(0, len(before) - 12))
            before = before[:code.start()] if code else before
        found = ("up" if sign == "+" else "down") if sign in "+-\u2212\u2013" else \
            direction(before, right[:cut.start()] if cut else right)
        s.direction = found or s.direction  # a rule may already know ("the largest increase ..., at 4,000")
        if s.direction is None and s.kind == "percentage" and "change" in text[max(0, s.start - 60):s.start]:
            # "the third biggest change (84.3%)": the way of the superlative change the story named
            s.direction = story_direction(before, text[max(0, sent_start - _STORY_REACH):sent_start])
    if s.kind == "money":
        s.currency = currency(text[s.start:s.end]) or s.currency  # a table cell: its column's


# --- spaCy component --------------------------------------------------------------------

@Language.factory("extractor_numbers", default_config={"spans_key": "statistics", "period_key": "periods"})
def make_numbers(nlp: Language, name: str, *, spans_key: str, period_key: str):
    """Find statistics; periods already in ``doc.spans[period_key]`` are not numbers."""
    return NumbersComponent(spans_key=spans_key, period_key=period_key)


class NumbersComponent(BatchPipe):
    def __init__(self, *, spans_key: str = "statistics", period_key: str = "periods"):
        self.spans_key = spans_key
        self.period_key = period_key
        number_rules()  # compile once, fail early on a bad rule file

    def __call__(self, doc: Doc) -> Doc:
        budget.check(doc, "before numbers")
        blocked = [(p.start, p.end, f"blocked.period ({p.rule})")
                   for p in items_of(doc, self.period_key, "period")]
        # a dateline is neither a period nor a statistic
        blocked += [(a, b, "blocked.dateline") for a, b in doc._.datelines or []]
        decisions: list[Decision] = []
        stats = find_statistics(text_of(doc), blocked, check=lambda: budget.check(doc, "numbers"),
                                sentences=sentences_of(doc), decisions=decisions)
        doc._.number_decisions = decisions
        budget.check(doc, "numbers")
        self.set_annotations(doc, stats)
        return doc

    def set_annotations(self, doc: Doc, stats: list[Statistic]) -> None:
        store_spans(doc, self.spans_key, stats, "stat", lambda s: s.kind)
