"""Numbers: counts, rates, ratios, percentages, changes and money, with exact spans.

Why not spaCy's Matcher here: the decisions depend on characters that the tokenizer splits
or merges unpredictably ("£1.2million", "**936**", "2.2m", "per\\ncent", thin spaces in PDF
text), and on unbounded left/right context within a sentence. A character-level scan with the
``regex`` module (every call under a timeout) keeps offsets exact; the rule families live in
``patterns/numbers.json``. The spaCy side is the factory at the bottom: it runs the scan and
stores results as spans in ``doc.spans["statistics"]`` with the data on ``span._.stat``.
"""
from __future__ import annotations

import bisect

from dataclasses import dataclass
from functools import lru_cache

import regex
from spacy.language import Language
from spacy.tokens import Doc

from .. import budget
from ..normalize.numbers import is_power_of_ten, parse_number
from ..normalize.statistics import currency, direction
from ..extensions import store_spans, text_of
from ..rules import REGEX_TIMEOUT, load_json, rx
from ..sentences import Sentences, sentences_of
from ..types import Statistic

KEYS = (
    "qualifiers", "percent_unit", "currency_words", "rate_connector", "rate_population",
    "rate_population_age", "ratio_connector", "change_nouns", "change_verbs", "comparatives",
    "labels", "duration_units", "distance_units", "age_left", "age_groups", "structural_nouns",
    "vague_pairs", "number_words", "tens_words", "unit_words", "scale_words", "scale_suffixes",
    "fractions", "fraction_followers", "personal_possessives", "plural_labels",
    "year_count_verbs",
)
I = regex.IGNORECASE
T = REGEX_TIMEOUT


@dataclass(frozen=True)
class NumberRules:
    """Compiled rule families from patterns/numbers.json."""

    candidate: regex.Pattern
    number: str  # source of a number alternation, for embedding in other patterns
    qualifiers: tuple[tuple[regex.Pattern, str], ...]
    percent: regex.Pattern
    currency_after: regex.Pattern
    rate: regex.Pattern
    ratio_one_every: regex.Pattern
    ratio_x_in_n: regex.Pattern
    change_left: regex.Pattern
    change_verb_left: regex.Pattern
    comparative_right: regex.Pattern
    label_left: regex.Pattern
    duration_right: regex.Pattern
    distance_right: regex.Pattern
    age_left: regex.Pattern
    age_right: regex.Pattern
    structural_right: regex.Pattern
    vague: regex.Pattern
    possessive_left: regex.Pattern
    year_count_verbs: regex.Pattern
    phone: regex.Pattern
    contents: regex.Pattern
    average_left: regex.Pattern
    compare_left: regex.Pattern
    per_in_label: regex.Pattern


@lru_cache(maxsize=1)
def number_rules() -> NumberRules:
    d = load_json("numbers.json", required=KEYS, allowed=KEYS)
    words = f"(?:(?:{d['tens_words']})(?:[\\s\\-](?:{d['unit_words']}))?|(?:{d['number_words']}))"
    word_number = (
        f"\\b{words}(?:\\s+hundred(?:\\s+and\\s+{words})?)?(?:\\s+(?:thousand|million|billion))?\\b"
    )
    digits = (
        r"(?<![\w.,/\-])(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u2009\u202f\u00a0]\d{3})+|\d+)(?:\.\d+)?(?![\d])"
    )
    scale = f"(?:\\s?(?:{d['scale_suffixes']})(?![a-z]))"
    fraction = f"\\b(?:{d['fractions']})\\b(?=\\s+(?:{d['fraction_followers']})\\b)"
    candidate = regex.compile(
        f"(?P<cur>[£$€]\\s?)?(?:(?P<digits>{digits})(?P<scale>{scale})?"
        f"|(?P<frac>{fraction})|(?P<words>{word_number}))",
        I,
    )
    number = f"(?:{digits}{scale}?|{word_number})"
    quals = tuple(
        (regex.compile(f"(?:^|(?<=[\\s(\\[\"“‘']))(?P<q>{q['pattern']})\\s+(?:\\*\\*)?(?:[£$€]\\s?)?$", I),
         q["qualifier"])
        for q in d["qualifiers"]
    )
    pop = f"(?:{d['rate_population']})(?:\\s+{d['rate_population_age']})?"
    return NumberRules(
        candidate=candidate,
        number=number,
        qualifiers=quals,
        percent=regex.compile(f"^(?:\\*\\*)?\\s*(?:{d['percent_unit']})", I),
        currency_after=regex.compile(f"^\\s+(?:{d['currency_words']})\\b", I),
        rate=regex.compile(
            f"^(?P<between>(?:\\s+(?!(?:{d['rate_connector']})\\b)[\\w'’\\-]+){{0,4}}?)\\s+"
            f"(?P<conn>{d['rate_connector']})\\s+(?P<base>{number})(?:\\s+(?P<pop>{pop}))?",
            I,
        ),
        ratio_one_every=regex.compile(
            f"^(?P<between>(?:\\s+(?!(?:for|in|out)\\b)[\\w'’\\-]+){{0,4}}?)\\s+"
            f"(?P<conn>for every|in every|for each|out of every|of every|in)\\s+(?P<base>{number})"
            f"(?:\\s+(?P<pop>{pop}))?",
            I,
        ),
        ratio_x_in_n=regex.compile(
            f"^(?P<between>(?:\\s+(?!(?:in|out)\\b)[a-z'’\\-]+){{0,2}}?)\\s+(?P<conn>in|out of)\\s+"
            f"(?P<base>{digits}|{words})(?![\\d,])(?:\\s+(?P<pop>{pop}))?",
            I,
        ),
        change_left=regex.compile(
            f"\\b(?P<cue>(?:an?\\s+)?(?:{d['change_nouns']})\\s+(?:of|by)\\s+(?:just\\s+|only\\s+)?)(?:\\*\\*)?$", I
        ),
        change_verb_left=regex.compile(
            f"\\b(?P<cue>(?:{d['change_verbs']})(?:\\s+by)?\\s+(?:just\\s+|only\\s+)?)(?:\\*\\*)?$", I
        ),
        comparative_right=regex.compile(
            f"^(?:\\*\\*)?\\s+(?P<cmp>{d['comparatives']})\\b(?P<rest>[^.;\\n]*)", I
        ),
        label_left=regex.compile(
            f"(?:^|(?<=[^\\w]))(?:{d['labels']})\\s*(?:(?:[\\dIVXivx]+[a-z]?\\s*(?:,|and|or|&)\\s*)*"
            f"[\\dIVXivx]+[a-z]?\\s*(?:and|or|&|-|–|to)\\s*)?\\(?$"
            f"|\\b(?:{d['plural_labels']})\\s*(?:[\\dIVXivx]+[a-z]?\\s*,\\s*)+$",
            I,
        ),
        duration_right=regex.compile(
            f"^(?:\\*\\*)?(?:\\s*(?:and|or|to|-|–)\\s*{number})?[\\s\\-]*(?:{d['duration_units']})(?![a-z])", I
        ),
        distance_right=regex.compile(f"^(?:\\*\\*)?[\\s\\-]*(?:{d['distance_units']})(?![a-z])", I),
        age_left=regex.compile(
            f"(?:\\b(?:{d['age_left']})\\s*(?:between\\s+)?(?:\\d+\\s*(?:and|to|or|-|–)\\s*)?"
            f"|\\b(?:{d['age_groups']})\\s+(?:aged\\s+)?(?:under|over|below|above)\\s+)$",
            I,
        ),
        age_right=regex.compile(r"^(?:[\s\-]*(?:years?|yrs?)[\s\-]*old|[\s\-]*years? of age|-plus\b|s\b|\+\s*year)", I),
        structural_right=regex.compile(
            f"^(?:\\*\\*)?\\s+(?:(?:of (?:them|us|you|these|those)\\b)|(?:(?:{d['structural_nouns']})\\b))", I
        ),
        vague=regex.compile(f"\\b(?:{d['vague_pairs']})\\b", I),
        possessive_left=regex.compile(f"\\b(?:{d['personal_possessives']})\\s+(?:own\\s+)?$", I),
        year_count_verbs=regex.compile(f"^\\s+(?:{d['year_count_verbs']})\\b", I),
        phone=regex.compile(
            r"(?<![\d,.])(?:\+44\s?\(?0?\)?\s?|\(?0)\d{2,4}\)?(?:[ \-]?\d{1,4}){1,4}(?:/\d{1,2})?(?![\d,])"
        ),
        contents=regex.compile(r"^[ \t]*(?:table of )?contents[ \t]*\n(?:[ \t]*\n)*(?:[^\n]*\S[^\n]*\n?)+", I | regex.M),
        average_left=regex.compile(
            r"\baverage\b[^.;\n]{0,80}?(?:\bof|\bis|\bwas|\bat|\bstood at|\bstands at|,|:)\s*(?:\*\*)?$", I
        ),
        compare_left=regex.compile(
            r"\b(?:than|from|compared (?:with|to)|against|versus|vs\.?|up from|down from|to)\s+(?:\*\*)?$", I
        ),
        per_in_label=regex.compile(f"\\bper\\s+(?P<base>{number})", I),
    )


# --- helpers ---------------------------------------------------------------------------

def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _blocked_ranges(text: str, rules: NumberRules) -> list[tuple[int, int, str]]:
    """Ranges where no number is a statistic: phone numbers and tables of contents."""
    out = []
    for m in rules.phone.finditer(text, timeout=T):
        if sum(ch.isdigit() for ch in m.group(0)) >= 9:
            out.append((m.start(), m.end(), "phone"))
    for m in rules.contents.finditer(text, timeout=T):
        out.append((m.start(), _contents_end(text, m.end()), "contents"))
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
        items = sorted((r[0], r[1]) for r in ranges)
        self.starts = [a for a, _ in items]
        self.max_end: list[int] = []
        best = -1
        for _, b in items:
            best = max(best, b)
            self.max_end.append(best)

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self.starts, end) - 1
        return k >= 0 and self.max_end[k] > start


def _is_year(value: float, surface: str) -> bool:
    return surface.isdigit() and len(surface) == 4 and 1800 <= value <= 2100


# --- the scan ---------------------------------------------------------------------------

def find_statistics(text: str, blocked: list[tuple[int, int]] | None = None, check=None,
                    sentences: Sentences | None = None) -> list[Statistic]:
    """Every statistic in ``text``, in order. ``blocked`` are ranges already claimed (periods);
    ``check`` is called every thousand candidates (the document's time budget)."""
    rules = number_rules()
    sentences = sentences or Sentences(text)
    blocked = Ranges(list(blocked or []) + _blocked_ranges(text, rules))
    stats: list[Statistic] = []
    consumed_until = -1
    for n, m in enumerate(rules.candidate.finditer(text, timeout=T)):
        if check is not None and n % 1000 == 999:
            check()
        if m.start() < consumed_until:
            continue
        stat = _classify(text, m, rules, blocked, stats, sentences)
        if stat is None:
            continue
        stats.append(stat)
        consumed_until = stat.end
    stats = _merge_ranges(text, stats, rules, blocked)
    for s in stats:
        _describe(text, s, sentences)
    return stats


_RANGE_LEFT_FROM = regex.compile(r"\bfrom\s+(?:\*\*)?(?:[£$€]\s?)?$", I)
_RANGE_LEFT_BETWEEN = regex.compile(r"\bbetween\s+(?:\*\*)?$", I)
_RANGE_JOIN = regex.compile(r"\s*(?P<join>-|–|—|to|and)\s*(?:[£$€]\s?)?(?=\d|[a-z])", I)


def _merge_ranges(text: str, stats: list[Statistic], rules: NumberRules, blocked) -> list[Statistic]:
    """One statistic with ``value`` and ``high`` for a range: "between £40m and £45m", "5 to 7 per
    cent", "25–30", "2,000-2,500 homes" (FORMAT.md credits both ends). Not a range: "from 5 to 7"
    (a change), a descending pair ("won 2-1"), "X and Y" without "between"."""
    out: list[Statistic] = []
    i = 0
    while i < len(stats):
        a = stats[i]
        j = _RANGE_JOIN.match(text, a.num_end, min(len(text), a.num_end + 12), timeout=T)
        left = text[max(0, a.start - 20):a.start]
        between = bool(_RANGE_LEFT_BETWEEN.search(left, timeout=T))
        if (j is None or a.kind in ("ratio", "rate") or _RANGE_LEFT_FROM.search(left, timeout=T)
                or (j.group("join").lower() == "and") != between):
            out.append(a)
            i += 1
            continue
        b = stats[i + 1] if i + 1 < len(stats) else None
        if b is not None and b.num_start == j.end() and b.value is not None and b.value > a.value \
                and b.kind not in ("ratio", "rate") and (a.kind == b.kind or a.kind == "count"):
            a.kind, a.rule = b.kind, f"{b.kind}.range"
            a.high, a.end = b.value, max(a.end, b.end)
            a.per, a.population = b.per, b.population
            out.append(a)
            i += 2
            continue
        hm = _HIGH_END.match(text, j.end(), min(len(text), j.end() + 40), timeout=T) \
            if b is None or b.num_start != j.end() else None
        if hm and j.group("join") in "-–—" and not blocked.overlaps(hm.start(), hm.end()):
            high = parse_number(hm.group(0))
            if high is not None and high > a.value:
                a.high = high
                if a.end == a.num_end:
                    a.end = hm.end()
                    pm = rules.percent.match(text[a.end:a.end + 20])
                    if pm and a.kind in ("count", "change"):  # "1.5-2.5 per cent", "a rise of 5-7%"
                        a.kind, a.rule, a.end = "percentage", "percentage.range", a.end + pm.end()
        out.append(a)
        i += 1
    return out


#: The high end of a hyphenated range ("2,000-2,500"), which the candidate scan does not take.
_HIGH_END = regex.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,]|\.\d)")


def _describe(text: str, s: Statistic, sentences: Sentences) -> None:
    """Direction of a change (from the words around it: changes, percentages and money changes
    such as "rose by £25 a week") and currency of money."""
    if s.kind in ("change", "percentage", "money"):
        sent_start = sentences.start_of(s.num_start)
        right = text[s.num_end:s.num_end + 80]
        cut = rx(r"[.;!?\n]").search(right)
        s.direction = direction(text[sent_start:s.num_start], right[:cut.start()] if cut else right)
    if s.kind == "money":
        s.currency = currency(text[s.start:s.end])


def _classify(text, m, rules: NumberRules, blocked, previous: list[Statistic], sentences: Sentences) -> Statistic | None:
    cur = m.group("cur") or ""
    num_start = m.start("digits") if m.group("digits") else m.start("frac") if m.group("frac") else m.start("words")
    num_end = m.end()
    surface = text[num_start:num_end]
    if blocked.overlaps(num_start, num_end):
        return None
    value = parse_number(surface)
    if value is None:
        return None
    line_start, line_end = _line_bounds(text, num_start)
    sent_start = max(sentences.start_of(num_start), line_start)
    left = text[max(sent_start, num_start - 120):m.start()]
    line_left = text[line_start:m.start()]
    right = text[num_end:min(line_end, num_end + 160)]
    is_words = bool(m.group("words") or m.group("frac"))
    is_digits = bool(m.group("digits"))

    # ---- things that are never statistics
    if is_digits and rx(r"^[A-Za-z]").match(right) and not m.group("scale"):
        return None  # 1st, 11pm, 30mph, 4x4
    if is_digits and rx(r"^(?:\.[ivxIVX]+\b|[.)]\s)").match(right) and not line_left.strip(" \t-•*("):
        return None  # list numbers and section headings: "1. Foreword", "5.ii", "2) Next"
    if is_digits and not line_left.strip(" \t*") and not right.strip(" \t*"):
        return None  # a number alone on its line: page number
    if rx(r"\(\s*$").search(left, timeout=T) and rx(r"^\s*\)").match(right) and value < 100 and "," not in surface:
        return None  # "(3)", list label
    if rx(r"\(c\.\s*$").search(left, timeout=T):
        return None  # chapter of an Act: "(c.20)"
    if _is_year(value, surface) and not cur:
        if rx(r"\bAct\s*\(?$").search(left) or not (
            rules.percent.match(right)
            or (rx(r"^\s+(?!of\b)[a-z]{3,}s\b").match(right) and not rules.year_count_verbs.match(right))
        ):
            return None
    if rx(r"\b(?:per|for every|in every|for each|out of every)\s+(?:\*\*)?$", I).search(left):
        return None  # the base of a rate: "per 100,000"
    if rx(r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)\s+$").search(left):
        return None  # a day or (truncated) year after a month name
    if rx(r"\((?:now|then|aged)\s*$", I).search(left):
        return None  # "(now 14)": an age
    if is_words and rx(r"^-[a-z]").match(right) and not m.group("frac"):
        return None  # "two-way", "one-off": a compound modifier
    if is_digits and rx(r"^[/:]\d").match(right):
        return None  # 24/7, 10:30
    if rules.label_left.search(left[-40:], timeout=T) and not rx(r"^\s+(?:times|occasions)\b").match(right):
        return None  # Level 2, Section 327, Categories 1 or 2, Target 1
    if rules.age_left.search(left[-40:], timeout=T) or rules.age_right.match(right):
        return None
    if not rules.percent.match(right) and not cur:
        if rules.duration_right.match(right) and value < 100:
            return None  # 30 months, six and 30 months, an eight-year low
        if rules.distance_right.match(right):
            return None
    if is_words:
        window = text[max(line_start, num_start - 12):min(line_end, num_end + 12)]
        if rules.vague.search(window, timeout=T):
            return None  # "one or two", "a couple"
        if rules.structural_right.match(right):
            return None  # "three categories", "two of them"
        if rules.possessive_left.search(left, timeout=T):
            return None  # "his own two daughters"

    qualifier, q_start = None, None
    for pattern, norm in rules.qualifiers:
        qm = pattern.search(left[-40:], timeout=T)
        if qm:
            if qualifier is None or len(qm.group("q")) > len(text[q_start:m.start()]):
                qualifier = norm
                q_start = m.start() - (len(left[-40:]) - qm.start("q"))
    start = q_start if q_start is not None else m.start()

    def make(kind, end, rule, **kw) -> Statistic:
        return Statistic(kind=kind, value=kw.pop("value", value), start=start, end=end,
                         num_start=kw.pop("num_start", num_start), num_end=kw.pop("num_end", num_end),
                         rule=rule, qualifier=qualifier, **kw)

    # ---- percentages first ("per cent" before any "per X")
    pm = rules.percent.match(right)
    if pm:
        return make("percentage", num_end + pm.end(), "percentage.unit")

    # ---- money
    if cur:
        return make("money", num_end, "money.symbol")
    cm = rules.currency_after.match(right)
    if cm:
        return make("money", num_end + cm.end(), "money.word")

    # ---- ratios: "one in five", "one sex offender for every 799 people"
    if value == 1 and surface.lower() in ("one", "1", "a", "an"):
        rm = rules.ratio_one_every.match(right)
        if rm:
            base = parse_number(rm.group("base"))
            conn = rm.group("conn").lower()
            if (base and base > 1 and not (conn == "in" and is_power_of_ten(base) and base >= 1000)
                    and not blocked.overlaps(num_end + rm.start("base"), num_end + rm.end("base"))
                    and not rx(r"^[\-–/]\d").match(text[num_end + rm.end("base"):])):
                b_start = num_end + rm.start("base")
                b_end = num_end + rm.end("base")
                end = num_end + rm.end()
                if "every" in conn or "each" in conn:
                    return make("ratio", end, "ratio.one_for_every", value=base, num_start=b_start,
                                num_end=b_end, population=rm.group("pop"))
                return make("ratio", end, "ratio.x_in_n", value=round(1 / base, 3),
                            num_end=b_end, population=rm.group("pop"))
    xm = rules.ratio_x_in_n.match(right) if value < 100 else None
    if (xm and not xm.group("between").strip() and not blocked.overlaps(num_end + xm.start("base"), num_end + xm.end("base"))
            and not rx(r"^[\-–/]\d").match(text[num_end + xm.end("base"):])):
        base = parse_number(xm.group("base"))
        if base and base > value and not (is_power_of_ten(base) and base >= 1000):
            b_end = num_end + xm.end("base")
            return make("ratio", num_end + xm.end(), "ratio.x_in_n", value=round(value / base, 3),
                        num_end=b_end, population=xm.group("pop"))

    # ---- rates: "46 per 100,000 people", "122 offenders for every 100,000", "122 in every 100,000"
    rt = rules.rate.match(right)
    if rt:
        base = parse_number(rt.group("base"))
        if base and is_power_of_ten(base) and base >= 100:
            return make("rate", num_end + rt.end(), "rate.per_base", per=int(base), population=rt.group("pop"))
    lm = rules.per_in_label.search(line_left, timeout=T)
    if lm and "\t" in text[line_start:num_start]:
        base = parse_number(lm.group("base"))
        if base and is_power_of_ten(base):
            return make("rate", num_end, "rate.table_row_label", per=int(base))
    sentence_prev = []
    for s in reversed(previous):  # the statistics of this sentence are the last few found
        if s.start < sent_start:
            break
        sentence_prev.append(s)
    sentence_prev.reverse()
    prev_rate = next((s for s in reversed(previous) if s.kind == "rate" and s.per), None)
    if prev_rate and rules.average_left.search(left, timeout=T) and num_start - prev_rate.end < 600:
        return make("rate", num_end, "rate.average_after_rate", per=prev_rate.per)
    same_sentence_rate = next((s for s in reversed(sentence_prev) if s.kind == "rate" and s.per), None)
    if same_sentence_rate and rules.compare_left.search(left, timeout=T):
        return make("rate", num_end, "rate.compared_with_rate", per=same_sentence_rate.per)

    # ---- absolute changes
    ch = rules.change_left.search(left, timeout=T)
    if ch:
        return Statistic(kind="change", value=value, start=min(start, m.start() - len(left) + ch.start("cue")),
                         end=num_end, num_start=num_start, num_end=num_end, rule="change.noun_of",
                         qualifier=qualifier)
    cv = rules.change_verb_left.search(left, timeout=T)
    if cv and not rx(r"^\s+(?:per|for every|in every)\b").match(right):
        return Statistic(kind="change", value=value, start=min(start, m.start() - len(left) + cv.start("cue")),
                         end=num_end, num_start=num_start, num_end=num_end, rule="change.verb_by",
                         qualifier=qualifier)
    cr = rules.comparative_right.match(right)
    if cr:
        word = cr.group("cmp").lower()
        if word in ("fewer", "less") or rx(r"\bthan\b").search(cr.group("rest")):
            return make("change", num_end + cr.end("cmp"), "change.comparative")

    # ---- back-reference: "The 46 must be viewed ..." takes the kind of the figure it repeats
    if rx(r"\bthe\s+(?:\*\*)?$", I).search(left) and rx(r"^(?:\*\*)?\s+(?:must|is|was|were|are|has|have|represents|means)\b").match(right):
        same = next((s for s in reversed(previous) if s.value == value and s.kind != "count"), None)
        if same:
            return make(same.kind, num_end, "back_reference", per=same.per)

    # ---- counts
    if is_words and surface.lower() in ("one", "a", "an"):
        if not rx(r"^\s+(?:was|were|is|has|had)\b|^\s+(?:in|during)\s+(?:19|20)\d\d").match(right):
            return None  # "one" is mostly a pronoun or determiner
    if m.group("frac"):
        return make("ratio", num_end, "ratio.fraction")
    if "\t" in text[line_start:num_start] and not right.strip():
        return make("count", num_end, "count.table_row")
    return make("count", num_end, "count.default")


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
        periods = doc.spans[self.period_key] if self.period_key in doc.spans else []
        blocked = [(p._.period.start, p._.period.end) for p in periods if p._.period is not None]
        blocked += list(doc._.datelines or [])  # a dateline is neither a period nor a statistic
        stats = find_statistics(text_of(doc), blocked, check=lambda: budget.check(doc, "numbers"),
                                sentences=sentences_of(doc))
        budget.check(doc, "numbers")
        self.set_annotations(doc, stats)
        return doc

    def set_annotations(self, doc: Doc, stats: list[Statistic]) -> None:
        store_spans(doc, self.spans_key, stats, "stat", lambda s: s.kind)
