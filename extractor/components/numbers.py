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
from dataclasses import dataclass
from functools import lru_cache

import regex
from spacy.language import Language
from spacy.tokens import Doc

from .. import budget
from ..extensions import items_of, register, store_spans, text_of
from ..normalize.numbers import is_power_of_ten, parse_number, tidy_number
from ..normalize.periods import MONTH_NAMES
from ..normalize.statistics import currency, direction
from ..rules import REGEX_TIMEOUT, Rule, RuleSet, alternation, lexicon, load_rules, rx, validate_file
from ..sentences import Sentences, line_bounds, sentences_of
from ..types import Statistic

register()

I = regex.IGNORECASE
T = REGEX_TIMEOUT
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
             f"|-(?:{big}|trillion))(?![a-z\\d²³]|\\.[a-z]))")
    pop = f"(?:{alternation(lexicon('rate_population'))})(?:\\s+{alternation(lexicon('rate_population_age'))})?"
    fractions = alternation(lexicon('fractions'))
    # a share before what it is of ("a third of", "half the"), a change "by" a share ("cut by a third"),
    # or a share with its percentage in brackets ("up around a fifth (21%)")
    fraction = (f"\\b(?:{fractions})\\b(?:(?!\\s+of\\s+an?\\s+{big})(?=\\s+(?:{alternation(lexicon('fraction_followers'))})\\b)"
                f"|(?=\\s*\\(\\d)"
                f"|(?<=\\bby\\s+(?:(?:about|around|almost|nearly|roughly|some|over|more\\s+than|just\\s+over|just\\s+under)\\s+)?"
                f"(?:{fractions})))")
    return {"NUMBER": f"(?:{digits}{scale}?|{word_number})", "DIGITS": digits, "DIGITS_BODY": body, "WORDS": words,
            "POP": pop, "WORD_NUMBER": word_number, "SCALE": scale, "FRACTION": fraction,
            # a capital or a symbol first (case-sensitive), so that most positions fail at once
            "CURRENCY": f"(?-i:(?=[£$€¥₹A-Z&￡＄]))(?:{own_lexicons()['currency_prefixes']})",
            "MONTH_NAMES": "(?-i:" + "|".join(MONTH_NAMES) + ")"}


@lru_cache(maxsize=1)
def candidate_pattern() -> regex.Pattern:
    """A number: digits after a currency ("US$25m", "RM120"), a written sign ("-6.2", "−2.5", "(–0.9%)",
    "+1.4") or nothing that joins them to a word; a fraction; number words."""
    f = fragments()
    # (?=...): a digit, sign, symbol or capital first, so that most positions fail at once
    return regex.compile(f"(?-i:(?=[\\d£$€¥₹A-Z&￡＄\\-−+–]))(?:(?P<cur>{f['CURRENCY']})\\s?|(?<![\\w.,/\\-−+%])(?P<sign>[\\-−+]|(?<=[(\\s])(?<![\\d%]\\s)–)(?=\\d)|(?<![\\w.,/\\-])|(?<=[\\-–/])(?<=\\d%[\\-–]|\\d(?:[mk%]|bn)/))"
                         f"(?P<digits>{f['DIGITS_BODY']})(?P<scale>{f['SCALE']})?"
                         f"|(?-i:(?={_word_start()}))(?:(?P<frac>{f['FRACTION']})|(?P<words>{f['WORD_NUMBER']}))", I)


def _word_start() -> str:
    """The letters number words and fractions begin with ("one" ... "ninety", "half", "a third",
    "a dozen"), either case: at other positions those alternatives are skipped at once."""
    first = {w[0].lower() for w in lexicon("number_words") + lexicon("fractions")} | {"a"}
    return "[" + "".join(sorted(first | {c.upper() for c in first})) + "]"



@lru_cache(maxsize=1)
def number_rules() -> RuleSet:
    """The rule records of patterns/numbers.json, checked against our guards and resolvers."""
    return load_rules("numbers.json", component="numbers", fragments=fragments(), guards=GUARDS,
                      resolvers=set(RESOLVERS) | {"qualifier", "block_phone", "block_contents"})


@lru_cache(maxsize=1)
def _MOTION_BEFORE() -> regex.Pattern:
    """A verb of motion just before "up to" ("go up to", "jumped up to"): the figure is where
    something moves to, not a maximum."""
    return rx(f"\\b(?:{own_lexicons()['up_to_motion_verbs']})\\s+$", I)


@lru_cache(maxsize=1)
def _qualifier_rules() -> tuple[Rule, ...]:
    return number_rules().family("qualifier")


@lru_cache(maxsize=1)
def _deciding_rules() -> tuple[tuple, ...]:
    """(flags the number must have, other guard functions, bound search, context name, resolver,
    rule) for each deciding rule, in order. Guards that read only the number itself ("digits",
    "no_currency", "below_100" ...) are worked out once per number as flags; a rule checks them
    as one subset test before its other guards (the same conjunction, far fewer calls)."""
    return tuple((frozenset(g for g in r.guards if g in FLAG_GUARDS),
                  tuple(GUARDS[g] for g in r.guards if g not in FLAG_GUARDS),
                  r.pattern.search, r.context or "right", RESOLVERS[r.resolve], r)
                 for r in number_rules().rules if r.family in ("reject", "accept"))


#: guards that read only the number's own match and value: worked out once per number
FLAG_GUARDS = ("digits", "words", "no_scale", "currency", "no_currency", "fraction", "not_fraction", "signed",
               "below_100")


def _flags(c: "Candidate") -> frozenset[str]:
    """The FLAG_GUARDS that hold for ``c`` (written out: this runs for every number)."""
    scale, frac = c.m.group("scale"), c.m.group("frac")
    return frozenset((
        "digits" if c.is_digits else "", "words" if c.is_words else "", "" if scale else "no_scale",
        "currency" if c.cur else "no_currency", "fraction" if frac else "not_fraction",
        "signed" if c.m.group("sign") else "", "below_100" if c.value < 100 else ""))


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

    def __post_init__(self) -> None:
        m, text = self.m, self.text
        self.num_start = (m.start("sign") if m.group("sign") else m.start("digits") if m.group("digits")
                          else m.start("frac") if m.group("frac") else m.start("words"))
        self.num_end = m.end()
        self.line_start, self.line_end = _line_bounds(text, self.num_start)
        self.sent_start = max(self.sentences.start_of(self.num_start), self.line_start)
        self.left = text[max(self.sent_start, self.num_start - 120):m.start()]
        self.right = text[self.num_end:min(self.line_end, self.num_end + 160)]
        self.line_left = text[max(self.line_start, m.start() - 300):m.start()]
        self._qualifier = None
        self._percent_right = None
        # read by many guards for every number: plain attributes, worked out once
        self.surface = text[self.num_start:self.num_end]
        self.cur = m.group("cur") or ""
        self.is_words = bool(m.group("words") or m.group("frac"))
        self.is_digits = bool(m.group("digits"))

    def context(self, name: str) -> str:
        if name == "right":
            return self.right
        if name == "left":
            return self.left
        if name == "left40":
            return self.left[-40:]
        if name == "window":
            return self.text[max(self.line_start, self.num_start - 12):min(self.line_end, self.num_end + 12)]
        return getattr(self, name)

    @property
    def qualifier(self) -> tuple[str | None, int]:
        """(qualifier, start of the whole expression): the longest qualifier phrase just before."""
        if self._qualifier is None:
            self._qualifier = self._find_qualifier()
        return self._qualifier

    def _find_qualifier(self) -> tuple[str | None, int]:
        left40 = self.left[-40:]
        for rule in _qualifier_rules():
            qm = rule.pattern.search(left40)
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

def _percent_right(c: Candidate) -> bool:
    if c._percent_right is None:  # asked by several guards of one number: once
        c._percent_right = bool(_percentage_unit().search(c.right))
    return c._percent_right


@lru_cache(maxsize=1)
def _percentage_unit() -> regex.Pattern:
    return number_rules()["percentage.unit"].pattern


def _counts_something(c: Candidate) -> bool:
    """A year-like number that counts ("2010 offenders", "2,000 per cent"), not a year."""
    if _percent_right(c):
        return True
    plural = rx(r"^\s+(?!of\b)[a-z]{3,}s\b", I).match(c.right)
    year_verbs = rx(f"^\\s+(?:{alternation(lexicon('year_count_verbs'))})\\b", I)
    return bool(plural) and not year_verbs.match(c.right)


def _nothing_counted_right(c: Candidate) -> bool:
    """No counted noun after the number ("Boeing 747 landed", not "Leeds 300 people")."""
    return not _counts_something(c) and not rx(f"^\\s+(?:{own_lexicons()['counted_people']})\\b", I).match(c.right)


#: the number of a month of the financial year ("month 7", "month seven")
_MONTH_NUMBERS = frozenset([str(n) for n in range(1, 13)] + ["one", "two", "three", "four", "five", "six", "seven",
                                                              "eight", "nine", "ten", "eleven", "twelve"])
#: a numbered paragraph: "1.1", "3.12"
_PARAGRAPH_NUMBER = regex.compile(r"\d{1,2}\.\d{1,2}")
#: an article (and a word of addition) just before an amount: "a 60,000 increase", "a further 200 fall"
_ARTICLE_LEFT = regex.compile(r"\b(?:an?|the)\s+(?:further\s+|net\s+|extra\s+|additional\s+)?(?:\*\*)?$", I)

#: a figure's share just after it, as in a row of results: "UKIP 212 (9.4%; +2.1%)", "Con 1,020 41.2%"
_SHARE_RIGHT = regex.compile(r"\s+\(?[+\-−]?\d[\d,]*(?:\.\d+)?\s?%")

#: "2.6 days per 100k population": a rate base follows within a few words
_RATE_BASE_RIGHT = regex.compile(r"^[^.;\n]{0,40}?\bper\s+(?:\d[\d,.]*\s?k?\b|(?:one\s+)?(?:hundred|thousand|million)\b)", I)


def _one_counted_thing(c: Candidate) -> bool:
    """"One patient waited", "one fixed penalty notice was issued": "one" counts the thing named
    (a singular counted noun, perhaps after two adjectives), not "one of the", "one day", nor
    "more than one case" (no number of anything)."""
    return c.surface.lower() == "one" and c.qualifier[0] is None and bool(rx(
        f"^\\s+(?:[a-z\\-]+\\s+){{0,2}}(?:{own_lexicons()['singular_counted_nouns']})\\b", I).match(c.right))


#: a table cell alone on its line: a figure, perhaps signed, with a currency, scale or per cent
_CELL_LINE = regex.compile(r"[ \t*]*(?:[£$€]\s?)?[\-−–+]?(?:[£$€]\s?)?\d[\d,]*(?:\.\d+)?\s?(?:%|[mk]|bn|p)?[ \t*]*")


def _not_table_cell(c: Candidate) -> bool:
    """A number alone on its line is a page number, unless it is a cell of a table written one
    cell to a line (web tables read as text): money ("£341,871"), a scaled or grouped figure
    ("£1.2m", "1,234"), a decimal under a short row label ("Inflation" / "3.2"), or a figure with
    another figure alone on the line before or after it ("1.6%" then "2.4%" then "146.2")."""
    if c.cur or c.m.group("scale") or "," in c.surface:
        return False
    text = c.text
    before = text[max(0, c.line_start - 200):c.line_start].rstrip()
    prev = before[before.rfind("\n") + 1:]
    after = text[c.line_end:c.line_end + 200].lstrip()
    nxt = after.split("\n", 1)[0]
    if "." in c.surface and prev.strip() and len(prev) <= 60 and prev.rstrip()[-1] not in ".:;!?":
        return False  # a decimal under its row label ("Average rent" / "8.7"): page numbers are whole
    return not (_CELL_LINE.fullmatch(prev) or _CELL_LINE.fullmatch(nxt))


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
_MONEY_MARK = regex.compile(r"\((?P<cur>£|€|\$|p)\s?(?P<scale>m|bn|k|000|'000|million|thousand)?\)"
                            r"|(?<![\w£$€])(?P<cur2>£|€|\$)(?P<scale2>m|bn|k|000|'000)(?![\w\d])")
_OTHER_MARK = regex.compile(r"\((?:%|per\s?cent|no\.?|number|count)\)|%", I)
_CELL_NUMBER = regex.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?![\w])")
_YEAR_CELL = regex.compile(r"\b(?:19|20)\d\d(?:\s?[\-/–]\s?(?:\d\d){1,2})?\b")
_COLUMN_SCALES = {"m": 1e6, "million": 1e6, "bn": 1e9, "k": 1e3, "000": 1e3, "'000": 1e3, "thousand": 1e3}


def _money_column(c: Candidate) -> tuple[str, float] | None:
    """(currency mark, multiplier) when the number is a cell of a table row whose own label or
    whose column header names a currency ("Revenue (£m)\t555.9", a header "Band\tCouncil tax (£)"
    over rows "D\t218.69"), else None. Only a table row counts: a tab, a bar, or two figures or
    more on a short line. In a table of tabs or bars the header cell must be this cell's column
    (a header without the row labels' cell is read one cell to the right); the row's own label is
    its first cell. Bounded: a long row costs its first cell and one header line per
    cell, never the whole row before each cell."""
    return _money_column_at(c.text, c.line_start, c.line_end, c.num_start)


_CELL_LIMIT = 300  # characters of a row label or a header line that are read


def _money_column_at(text: str, line_start: int, line_end: int, num_start: int) -> tuple[str, float] | None:
    head = text[line_start:min(num_start, line_start + _CELL_LIMIT)]
    sep = "\t" if "\t" in head else "|" if "|" in head else None
    if sep is None:
        line = text[line_start:min(line_end, line_start + 161)]
        if len(line) > 160 or len(_CELL_NUMBER.findall(line)) < 2:
            return None  # a paragraph of prose, not a row
    label = head.split(sep, 1)[0] if sep else head
    marks = list(_MONEY_MARK.finditer(label))
    if marks:
        return _column_mark(marks[-1])
    column = text.count(sep, line_start, num_start) if sep else None
    row_cells = text.count(sep, line_start, min(line_end, line_start + 4 * _CELL_LIMIT)) + 1 if sep else 0
    end = line_start
    for _ in range(15):  # the header above, within the same block of lines
        if end <= 0:
            return None
        start = text.rfind("\n", max(0, end - 1 - 4 * _CELL_LIMIT), end - 1) + 1
        above = text[start:end - 1]
        if not above.strip():
            return None
        if column is not None and sep in above:
            cells = above.split(sep)
            # a heading row without the row labels' cell: "H1 2020 £m | H1 2019 £m" over "Revenue | 1,039.1 | 1,091.7"
            at = column - 1 if len(cells) == row_cells - 1 else column
            if 0 <= at < len(cells):
                cell = cells[at]
                m = _MONEY_MARK.search(cell)
                if m:
                    return None if _OTHER_MARK.search(cell) else _column_mark(m)
                if cell.strip() and not _CELL_NUMBER.fullmatch(cell.strip()):
                    return None  # this column's heading names no currency ("Staff")
            end = start
            continue
        marks = list(_MONEY_MARK.finditer(above))
        if marks:
            tail = _YEAR_CELL.sub("", above[marks[-1].end():])  # "Band D council tax (£) 2023-24": a year heads it
            if _OTHER_MARK.search(above) or _CELL_NUMBER.search(tail) or column is not None:
                return None  # a row of its own, a header mixing money and other columns, or plain over cells
            return _column_mark(marks[0]) if len({_column_mark(m) for m in marks}) == 1 else None
        end = start
    return None


def _column_mark(m: regex.Match) -> tuple[str, float]:
    cur = m.group("cur") or m.group("cur2")
    scale = (m.group("scale") or m.group("scale2") or "").lower()
    return cur, (0.01 if cur == "p" else 1) * _COLUMN_SCALES.get(scale, 1)


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
    # a list label "(3)": never a decimal "(12.1)", nor a figure after a stated base ("per
    # 100,000 people (87)")
    "closes_bracket": lambda c: bool(rx(r"^\s*\)").match(c.right)) and c.value < 100 and "," not in c.surface
    and "." not in c.surface and not number_rules()["rate.base_then_bracket"].pattern.search(c.left),
    "year_surface": lambda c: _is_year(c.value, c.surface),
    "no_share_after": lambda c: not _SHARE_RIGHT.match(c.right),
    "day_or_year_surface": lambda c: c.surface.isdigit() and (len(c.surface) <= 2 or _is_year(c.value, c.surface)),
    "not_counted_right": lambda c: not _counts_something(c),
    "not_times_right": lambda c: not rx(r"^\s+(?:times|occasions)\b", I).match(c.right),
    "not_percent_right": lambda c: not _percent_right(c),
    "below_100": lambda c: c.value < 100,
    "value_one": lambda c: c.value == 1 and c.surface.lower() in ("one", "1", "a", "an"),
    "not_rate_right": lambda c: not rx(r"^\s+(?:per|for every|in every)\b", I).match(c.right),
    "verb_right": lambda c: bool(rx(r"^(?:\*\*)?\s+(?:must|is|was|were|are|has|have|represents|means)\b", I)
                                 .match(c.right)),
    "one_word_not_counting": lambda c: c.is_words and c.surface.lower() in ("one", "a", "an") and not rx(
        r"^\s+(?:was|were|is|has|had)\b|^\s+(?:in|during)\s+(?:19|20)\d\d", I).match(c.right)
        and not _one_counted_thing(c),
    "tab_before": lambda c: "\t" in c.line_left,
    "sentence_has_rate": lambda c: any(s.kind == "rate" and s.per for s in c.sentence_previous()),
    "closes_square_bracket": lambda c: c.right.startswith("]"),
    "signed": lambda c: bool(c.m.group("sign")),
    "nothing_counted_right": _nothing_counted_right,
    "age_like": _age_like,
    "apposition_right": lambda c: bool(rx(f"^,\\s+(?:{own_lexicons()['apposition_followers']})\\b", I).match(c.right)),
    "score_right": lambda c: bool(rx(r"^\s?[\-–]\s?\d{1,2}\b(?![\d,]|\.\d|\s?%)").match(c.right)),
    "text_goes_on_right": lambda c: bool(rx(r"^\s+(?!(?:and|or|to|in|per|of|out)\b)(?-i:[a-z])").match(c.right)),
    "times_right": lambda c: bool(rx(r"^[\s\-]+times\b", I).match(c.right)),
    "no_rate_base_right": lambda c: not _RATE_BASE_RIGHT.match(c.right),
    "no_big_word": lambda c: not c.surface.lower().endswith(("thousand", "million", "billion")),
    "quarter_number": lambda c: c.surface.lower() in ("1", "2", "3", "4", "one", "two", "three", "four"),
    "month_number": lambda c: c.surface.lower() in _MONTH_NUMBERS,
    "rank_like": _rank_like,
    "paragraph_like": lambda c: bool(_PARAGRAPH_NUMBER.fullmatch(c.surface)),
    "article_left": lambda c: any(w in c.left[-30:] for w in ("a ", "an ", "A ", "An ", "the ", "The "))
    and bool(_ARTICLE_LEFT.search(c.left[-30:])),
    "at_left": lambda c: c.left[-8:].rstrip(" *").endswith(" at"),
    "label_extra_left": lambda c: any(w in c.left[-16:].lower() for w in ("para", "item")),
    "equals_left": lambda c: "=" in c.left[-3:],
    "or_left": lambda c: "or " in c.left[-16:],
    # cheap substring tests that spare a rule's regex on most numbers
    "per_left": lambda c: "per " in c.left,
    "weight_words_left": lambda c: any(w in c.left[-40:].lower() for w in ("weigh", "pound", "lb")),
    # a number to call, not a count: "on 101.", "999 in an emergency" (not "111 witnesses")
    "service_number": lambda c: c.surface in _service_numbers()
    and not rx(r"^\s+(?!(?:for|or|and|if|to|in|quoting|from|with|immediately|now)\b)[a-z]").match(c.right),
    "money_column": lambda c: _money_column(c) is not None,
}


# --- resolvers: what an accepting rule builds ---------------------------------------------------

def _end(c: Candidate, rule: Rule, m: regex.Match) -> int:
    return c.num_end + m.end() if rule.context == "right" else c.num_end


def _stat(c, rule, m):
    unit = rule.value.get("unit") if isinstance(rule.value, dict) else None
    return c.make(rule.kind, _end(c, rule, m), rule.id, unit=unit)


def _pence(c, rule, m):
    """"85p": money in pounds (0.85), the span taking the "p"."""
    return c.make("money", c.num_end + m.end(), rule.id, value=round(c.value / 100, 6))


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


def _rate_per_base(c, rule, m):
    base = parse_number(m.group("base"))
    if base and is_power_of_ten(base) and base >= 100:
        return c.make("rate", c.num_end + m.end(), rule.id, per=int(base), population=m.group("pop"))
    return None


def _rate_table_label(c, rule, m):
    base = parse_number(m.group("base"))
    return c.make("rate", c.num_end, rule.id, per=int(base)) if base and is_power_of_ten(base) else None


def _rate_after_rate(c, rule, m):
    prev = next((s for s in reversed(c.previous) if s.kind == "rate" and s.per), None)
    if prev and c.num_start - prev.end < 600:
        return c.make("rate", c.num_end, rule.id, per=prev.per)
    return None


def _rate_compared(c, rule, m):
    same = next((s for s in reversed(c.sentence_previous()) if s.kind == "rate" and s.per), None)
    return c.make("rate", c.num_end, rule.id, per=same.per) if same else None


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
                  "EUR" if mark[0] == "€" else "USD")


def _superlative_change(c, rule, m):
    """"The largest increase was in Leeds, at 4,000": a change, up or down as its noun says."""
    return c.make("change", c.num_end, rule.id, direction="up" if m.group("up") else "down")


def _change_comparative(c, rule, m):
    word = m.group("cmp").lower()
    if word in ("fewer", "less") or m.group("level") or rx(r"\bthan\b").search(m.group("rest")):
        return c.make("change", c.num_end + m.end("cmp"), rule.id)
    return None


def _rate_base_before(c, rule, m):
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
    "times": _times,
    "ratio_one_every": _ratio_one_every,
    "ratio_x_in_n": _ratio_x_in_n,
    "rate_per_base": _rate_per_base,
    "rate_table_label": _rate_table_label,
    "rate_after_rate": _rate_after_rate,
    "rate_compared": _rate_compared,
    "change_cue": _change_cue,
    "change_comparative": _change_comparative,
    "superlative_change": _superlative_change,
    "money_cue": _money_cue,
    "money_in_column": _money_in_column,
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
    for m in rules["blocked.phone"].pattern.finditer(text, timeout=T):
        digits = sum(ch.isdigit() for ch in m.group(0))
        if digits >= 9 or (digits >= 8 and m.group(0).lstrip("(").startswith("08")):
            out.append((m.start(), m.end(), "blocked.phone"))
    for m in rules["blocked.contents"].pattern.finditer(text, timeout=T):
        out.append((m.start(), _contents_end(text, m.end()), "blocked.contents"))
    return out


_PAGE_REF = regex.compile(r"[\t ]\d{1,3}[ \t]*$")


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
        stat, rule = _classify(Candidate(text, m, ranges, stats, sentences))
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
    for i, s in enumerate(stats):
        _describe(text, s, sentences)
        if i > 0 and s.direction is None and _restates_direction(text, stats[i - 1], s):
            s.direction = stats[i - 1].direction
        elif i > 1 and s.direction is None and _listed_like(text, stats[i - 2], stats[i - 1], s):
            s.direction = stats[i - 2].direction
        elif i > 0 and s.direction is None and s.kind in ("percentage", "change"):
            s.direction = _continued_direction(text, stats, i, sentences)
        if i > 0 and s.qualifier is None and _shares_qualifier(text, stats[i - 1], s):
            s.qualifier = stats[i - 1].qualifier
    return stats


_PAIRED = regex.compile(r"\s*(?:%|per\s*cent|pc)?(?:\s+(?:in|during|over|for|on)\s+[^\d%.;:,()\n]{1,30}?"
                        r"|\s+(?:annually|monthly|quarterly|year-on-year|year\s+on\s+year|on\s+the\s+(?:year|month|quarter)))?"
                        r"\s*(?:,|and|or|,\s*and)\s*(?:(?:in|for|among|across|at)\s+[^\d%.;:,()\n]{1,30}?\s+(?=by\b))?"
                        r"(?:by\s+)?(?:just\s+|only\s+|around\s+|about\s+|nearly\s+|almost\s+)?(?:[£$€]\s?)?", I)
#: the same change restated in another unit: "up £98.40 or 4.8 per cent", "a rise of £5m (3%)"
_RESTATED = regex.compile(r"\s*(?:(?:a|an|per|each|for\s+the(?:\s+whole)?)\s+(?:day|week|month|year)\s*)?(?:[,–—-]\s*)?(?:\(\s*or|or|\()\s*(?:around|about|some|nearly|almost|roughly|just\s+over|over)?\s*", I)
_CHANGES = ("percentage", "change", "money")


_SHARE_AFTER = regex.compile(r"\s+(?:of|among|amongst)\b", I)


#: two figures under one unit: "by five and seven per cent", "3 or 4%"
_UNIT_ONCE = regex.compile(r"\s+(?:and|or)\s+(?:by\s+)?$", I)
#: ... only after a word that makes the pair one measurement ("grew by five and seven per cent",
#: "rates of 5 and 7 per cent"), not "Police arrested 12 and 40% of them were charged"
_UNIT_ONCE_CUE = regex.compile(r"\b(?:by|between|of|grew|rose|fell|up|down|around|about|roughly|respectively)\s+$", I)
_NAME_BEFORE = regex.compile(r"(?-i:\b[A-Z][\w]*)\s+$")


def _share_unit_written_once(text: str, stats: list[Statistic]) -> None:
    """"Crime grew by five and seven per cent": the first figure is a percentage too (the unit is
    written once, after the second)."""
    for a, b in zip(stats, stats[1:]):
        if (a.kind in ("count", "change") and b.kind == "percentage" and a.end == a.num_end and a.high is None
                and a.value is not None and 0 < a.value < 100 and b.value is not None and b.value < 100
                and _UNIT_ONCE.fullmatch(text, a.num_end, b.num_start)
                and _UNIT_ONCE_CUE.search(text, max(0, a.num_start - 16), a.num_start)
                and not _NAME_BEFORE.search(text, max(0, a.num_start - 20), a.num_start)):  # "of Red 1 and 58 per cent"
            a.kind, a.unit, a.rule = "percentage", b.unit, "percentage.unit_once"


def _shares_qualifier(text: str, prev: Statistic, s: Statistic) -> bool:
    """"around 7.4% and 7.3%", "about £5m or £6m": one qualifier for a pair of the same unit."""
    return (prev.qualifier is not None and prev.kind == s.kind and s.kind in ("percentage", "money")
            and s.start - prev.end <= 12 and bool(_PAIR_ONLY.fullmatch(text, prev.end, s.start)))


_PAIR_ONLY = regex.compile(r"\s*(?:and|or)\s*(?:[£$€]\s?)?", I)


def _restates_direction(text: str, prev: Statistic, s: Statistic) -> bool:
    """The change before says which way this one goes: "grew by 1.9% or 50,000" (the same change
    as an amount); "an increase of £98.40 or 4.8 per cent", "up £5m (3%)" (the same change as a
    share); "rose by around 7.4% and 7.3%", "fell 1.7% in September and 12.4% over the year" (a
    pair under one verb)."""
    if s.rule == "change.or_amount":
        return True
    if prev.direction is None or s.kind not in _CHANGES or prev.kind not in _CHANGES or s.start - prev.end > 45:
        return False
    if _SHARE_AFTER.match(text, s.end, s.end + 12):
        return False  # "rose 5% in the year and 20% of victims were under 25": a share, not a change
    if prev.kind != s.kind or s.kind == "money":  # "£4.18, or 8p a week": the same rise per week
        return (s.start - prev.end <= 24 and ("percentage" in (prev.kind, s.kind) or s.kind == prev.kind)
                and bool(_RESTATED.fullmatch(text, prev.end, s.start)))
    return s.kind != "money" and bool(_PAIRED.fullmatch(text, prev.end, s.start))


#: between an amount's bracketed change and the next amount of a list: "(8.3%) in England, £785 ("
_LIST_NEXT = regex.compile(r"\s*\)?(?:\s+(?:in|for|at)\s+[^\d%.;:,()\n]{1,30}?)?\s*,\s*(?:and\s+)?(?:[£$€]\s?)?")
_BRACKET_OPEN = regex.compile(r"\s*\(\s*")


#: a clause without its own verb that reuses the change verb before it: "..., and the rate by ",
#: ", non-elective inpatients by ", "and in Wales by just "
_VERBLESS_BY = regex.compile(r"(?:,|\band|\bwhile|\bwith)\s+(?:[\w’'\-]+\s+){0,5}?by\s+(?:just\s+|only\s+|around\s+|about\s+"
                             r"|nearly\s+|almost\s+|a\s+further\s+|another\s+)?(?:\*\*)?$", I)


def _continued_direction(text: str, stats: list[Statistic], i: int, sentences: Sentences) -> str | None:
    """The direction of the last change in the sentence, for a change in a clause that borrows its
    verb: "the count fell by 34 to 1,390 and the rate by 0.1%", "elective inpatients were ahead of
    plan by 3.8 per cent, non-elective inpatients by 4.7 per cent"."""
    s = stats[i]
    sent_start = sentences.start_of(s.num_start)
    if not _VERBLESS_BY.search(text, max(sent_start, stats[i - 1].end, s.start - 60), s.start):
        return None
    for prev in reversed(stats[max(0, i - 3):i]):
        if prev.start < sent_start or s.start - prev.end > 150:
            return None
        if prev.direction is not None and prev.kind in ("percentage", "change"):
            return prev.direction
    return None


def _listed_like(text: str, first: Statistic, amount: Statistic, s: Statistic) -> bool:
    """A list of amounts, each with its change in brackets, takes the direction of the first change:
    "increased to £1,381 (8.3%) in England, £785 (8.5%) in Wales, and £998 (5.8%) in Scotland"."""
    return (first.direction is not None and s.kind == first.kind == "percentage" and amount.kind == "money"
            and amount.start - first.end <= 40 and bool(_BRACKET_OPEN.fullmatch(text, amount.end, s.start))
            and bool(_LIST_NEXT.fullmatch(text, first.end, amount.start)))


_PERCENT_FIRST = frozenset("%pP％&")


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
    flags = _flags(c)
    for needs, guards, search, context, resolve, rule in _deciding_rules():
        if needs and not needs <= flags:
            continue
        if guards:
            for guard in guards:  # (inlined: this loop runs for every rule of every number)
                if not guard(c):
                    break
            else:
                guards = ()
            if guards:
                continue
        # contexts are windows of at most a few hundred characters around the number: matched
        # without the per-call regex timeout (whose bookkeeping costs more than the match); the
        # document's time budget still bounds the scan
        m = search(c.context(context))
        if m is None:
            continue
        result = resolve(c, rule, m)
        if result is REJECT:
            return None, rule.id
        if result is not None:
            return result, result.rule
    return None, "none"


_RANGE_LEFT_FROM = regex.compile(r"\bfrom\s+(?:\*\*)?(?:[£$€]\s?)?$", I)
#: "increase by £1.40 to £10 an hour", "an increase of £125 to £4,581": the change, then the level it reaches
_RANGE_LEFT_BY = regex.compile(r"(?:\bby|\b(?:increase|rise|cut|fall|drop|reduction|decrease|hike|jump)s?\s+of)"
                            r"\s+(?:\*\*)?(?:[£$€]\s?)?$", I)
_RANGE_LEFT_BETWEEN = regex.compile(r"\bbetween\s+(?:\*\*)?$", I)
_RANGE_JOIN = regex.compile(r"\s*(?P<join>-|–|—|to|and)\s*(?:[£$€]\s?)?(?=\d|[a-z])", I)


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
                or (j.group("join").lower() == "and") != between):
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
_SCALE_AFTER = regex.compile(r"\s?(?P<scale>million|billion|bn|m|k)(?![a-z\d])", I)
_PLAIN_FIGURE = regex.compile(r"\d+(?:\.\d+)?")


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
_HIGH_END = regex.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,]|\.\d)")


_MINUS_WORD = regex.compile(r"(?<!\bplus\s+or\s+)\bminus\s+$", I)  # not a margin, "plus or minus 3 per cent"


def _describe(text: str, s: Statistic, sentences: Sentences) -> None:
    """Direction of a change (from the words around it: changes, percentages and money changes
    such as "rose by £25 a week") and currency of money."""
    if s.kind in ("change", "percentage", "money") or (s.kind == "ratio" and s.rule.startswith("ratio.fraction")):
        sent_start = sentences.start_of(s.num_start)
        # a range: its cue follows the high end; pence: after the "p" ("a 44p increase")
        after = s.end if s.high is not None or s.kind == "money" else s.num_end
        right = text[after:after + 80]
        cut = rx(r"[.;!?\n]").search(right)
        sign = text[s.num_start]
        if s.kind == "money" and s.start > 0 and text[s.start - 1] in "+-\u2212" \
                and (s.start < 2 or not text[s.start - 2].isalnum()):
            sign = text[s.start - 1]  # "+£185", "-£2.4m": the sign before the currency
            if sign != "+" and s.value is not None and s.value > 0:
                s.value = -s.value
        if s.kind in ("percentage", "change") and s.value is not None and s.value > 0 \
                and _MINUS_WORD.search(text, max(0, s.num_start - 8), s.num_start):
            s.value, sign = -s.value, "-"  # "minus 0.3 per cent", "growth of minus 2%"
        found = ("up" if sign == "+" else "down") if sign in "+-\u2212\u2013" else \
            direction(text[sent_start:s.num_start], right[:cut.start()] if cut else right)
        s.direction = found or s.direction  # a rule may already know ("the largest increase ..., at 4,000")
    if s.kind == "money":
        s.currency = currency(text[s.start:s.end]) or s.currency  # a table cell: its column's


# --- spaCy component --------------------------------------------------------------------

@Language.factory("extractor_numbers", default_config={"spans_key": "statistics", "period_key": "periods"})
def make_numbers(nlp: Language, name: str, *, spans_key: str, period_key: str):
    """Find statistics; periods already in ``doc.spans[period_key]`` are not numbers."""
    return NumbersComponent(spans_key=spans_key, period_key=period_key)


class NumbersComponent:
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
