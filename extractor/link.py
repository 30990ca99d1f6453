"""Link each statistic to an area, a period and a short measure.

Pure functions over the extracted lists (no spaCy objects): the subject area of the sentence,
a national frame ("Across England and Wales"), else the area named most recently before it in
the same paragraph, else the story's main area; the period named in its sentence, else the one
most recently named before it (within a short distance). Each link records its rule.
"""
from __future__ import annotations

import bisect
import threading
from collections import Counter
from functools import lru_cache

import regex

from .components.periods import WEEKDAY_BEFORE, is_comparison_base, is_deadline
from .gazetteer import gazetteer
from .measure import assign as assign_measures, is_compared_figure
from .rules import REGEX_TIMEOUT, load_rules, rx
from .sentences import Sentences, line_start as _line_start_of
from .types import AreaMention, Period, Statistic

_COMPARISON_FRAME = regex.compile(r"\b(?:average|than|compared|national|rest of|other|above|below|against|versus)\b[^.]*$", regex.I)
#: "the England average of 410", "the Wales rate": a place named as the other side of a comparison
_COMPARED_PLACE_AFTER = regex.compile(r"^\s+(?:average|rate|figure|total|mean)\b", regex.I)


class ByStart:
    """Items with ``start`` (area mentions, periods) in text order, found by position in
    O(log n): linking a long document must not cost its length per statistic."""

    def __init__(self, items):
        self.items = sorted(items, key=lambda x: x.start)
        self.starts = [x.start for x in self.items]
        self.nations = [a for a in self.items if getattr(a, "type", None) in ("nation", "country")]

    def between(self, a: int, b: int) -> list:
        """The items that start in [a, b)."""
        return self.items[bisect.bisect_left(self.starts, a):bisect.bisect_left(self.starts, b)]

    def last_between(self, a: int, b: int, ok=lambda x: True):
        """The last item starting in [a, b) for which ``ok`` holds, or None."""
        i, j = bisect.bisect_left(self.starts, a), bisect.bisect_left(self.starts, b)
        for k in range(j - 1, i - 1, -1):
            if ok(self.items[k]):
                return self.items[k]
        return None


def _without_locators(text: str, areas: list[AreaMention]) -> list[AreaMention]:
    """The mentions without those that only locate the place before them ("Bolsover in
    Derbyshire (37.9%)", "West Lindsey in Lincolnshire"): the figure is the first place's."""
    areas = sorted(areas, key=lambda a: a.start)
    return [a for i, a in enumerate(areas)
            if not (i and areas[i - 1].key != a.key and text[areas[i - 1].end:a.start] in (" in ", ", in "))]


def main_area(areas: list[AreaMention]) -> AreaMention | None:
    """The story's area: the official sub-national area mentioned most (including in org names)."""
    national = Counter(a.key for a in areas if a.code and a.type in ("nation", "country"))
    # a health body that holds figures (FORMAT: type "other") can be what a story is about
    local = [a for a in areas if (a.code and a.type not in ("nation", "country"))
             or (a.type == "other" and a.rule.startswith("organisation_area"))]
    counts = Counter(a.key for a in local)
    top_national = national.most_common(1)[0] if national else None
    if top_national and top_national[1] >= 2 and top_national[1] > max(counts.values(), default=0):
        # a national story that names a place or two ("fly-tipping across England ... in Chesterfield")
        return next(a for a in areas if a.key == top_national[0])
    if not local:
        return None
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], -_SPECIFIC.get(_type_of(local, kv[0]), 0)))[:3]
    key, n = ranked[0]
    if len(ranked) == 3 and n <= 2 * ranked[2][1]:
        # a round-up of many places ("Birmingham: 2,284 ... Mold: 483"): no one story area,
        # unless one of them holds all the others ("Mansfield, Ashfield and the rest of
        # Nottinghamshire")
        return _container(local, [k for k, _ in counts.items()])
    return next(a for a in local if a.key == key)


def _container(local: list[AreaMention], keys: list) -> AreaMention | None:
    """The mentioned police force area (or the county of the same name) that every other
    mentioned council lies in, or None."""
    gaz = gazetteer()
    first = {a.key: a for a in reversed(local)}
    for key in keys:
        big = first[key]
        if big.type not in ("police_force_area", "county"):
            continue
        force = big.code if big.type == "police_force_area" else next(
            (e.code for e in gaz.candidates(big.name) if e.type == "police_force_area"), None)
        inside = [first[k] for k in keys if k != key]
        if force and inside and all(
                a.type in ("local_authority", "city_or_town") and a.code in gaz.by_code
                and gaz.by_code[a.code].pfa_code == force for a in inside):
            return big
    return None


#: Between places named equally often, the story is about the smaller one ("one Hertfordshire
#: borough ... Welwyn Hatfield Council had 146 families").
_SPECIFIC = {"local_authority": 3, "city_or_town": 3, "sub_area": 3, "police_force_area": 2, "county": 1, "region": 0}


def _type_of(areas: list[AreaMention], key) -> str:
    return next(a.type for a in areas if a.key == key)


def link(text: str, stats: list[Statistic], areas: list[AreaMention], periods: list[Period],
         sentences: Sentences | None = None, check=None, quoted: list[tuple[int, int]] | None = None) -> None:
    """Set each statistic's area (key), period (the Period object), measure and link rules.
    ``check`` is called every 200 statistics (the document's time budget); ``quoted``: the
    (start, end) of the document's quotations (a speaker's words set no story period)."""
    sentences = sentences or Sentences(text)
    _MEMO.baselines = {}
    periods = [p for p in periods if not publication_time(text, p)]
    places = ByStart(_without_locators(text, [a for a in areas if not a.is_org]))
    story = main_area(areas)
    story_period = main_period(text, stats, periods, sentences, quoted or [])
    starts = sorted(s.num_start for s in stats)
    dated = ByStart(periods)
    # the periods a statistic may take from an earlier sentence: resolved, and not a baseline
    usable = ByStart([p for p in periods if p.value and not _is_baseline(text, p)])
    for n, s in enumerate(stats):
        if check is not None and n % 200 == 199:
            check()
        s_start, s_end = sentences.at(s.num_start)
        _link_area(text, s, places, story, s_start, s_end, starts, sentences)
        _link_period(text, s, dated, usable, s_start, s_end, story_period, sentences)
    assign_measures(text, stats, lambda _text, pos: sentences.at(pos), check)


_TOTAL_ROW = regex.compile(r"^[ \t*]*(?:grand\s+)?(?:total|all|overall|sum)\b", regex.I)
_NATIONAL = regex.compile(r"\b(?:national(?:\s+\w+)?\s+(?:average|figure|rate|total|caseload|level)|nationally|nationwide|across the country|the country as a whole)\b", regex.I)


#: a local part of the figure given after it: "– 47 of the breaches were recorded in West Yorkshire"
_PART_AFTER = regex.compile(r"[–—;,]\s*(?:and\s+)?(?:just\s+|only\s+)?\d[\d,]*\s+of\s+(?:the|these|those|them)\b[^.;]{0,80}?\bin\s+(?:the\s+)?[A-Z]")
#: ... or opening the next sentence: "Ten of those breaches were recorded in Northamptonshire."
_PART_NEXT = regex.compile(r"\s*(?:[A-Z][a-z]+(?:-[a-z]+)?|\d[\d,]*)\s+of\s+(?:those|these|them)\b[^.;]{0,80}?\bin\s+(?:the\s+)?[A-Z]")
_UNIT_REFERENCE = regex.compile(r"\b(?:his|her|their|its|the|that|this)\s+(constituency|ward|division)\b", regex.I)
_UNIT_RULES = {"constituency": ("sub_area.constituency",), "ward": ("sub_area.ward",),
               "division": ("sub_area.compass_division", "sub_area.named_unit")}


def _named_unit(places: ByStart, unit: str, pos: int) -> AreaMention | None:
    """The last constituency (ward, division) named before ``pos``, else the first named after."""
    ok = lambda a: a.rule in _UNIT_RULES[unit]  # noqa: E731
    before = places.last_between(0, pos, ok)
    if before is not None:
        return before
    return next((a for a in places.between(pos, pos + 1500) if ok(a)), None)


_CLAUSE_JOIN = regex.compile(r"^[^.;]*?\b(?:and|while|whilst|whereas|but)\s+(?:the\s+)?$", regex.I)
_CLAUSE_VERB = regex.compile(r"^\s+(?:had|has|have|recorded|records|saw|sees|reported|was|were|is|are|came|stood)\b")


def _opens_clause(text: str, s: Statistic, a: AreaMention) -> bool:
    """The place after a figure is the subject of the next clause ("the figure was [802] while
    Northumbria had 1652", "a rate of [127], and North Yorkshire had 881"): not this figure's."""
    return bool(_CLAUSE_JOIN.match(text[s.num_end:a.start]) and _CLAUSE_VERB.match(text[a.end:a.end + 20]))


def _link_area(text, s: Statistic, places: ByStart, story, s_start, s_end, starts: list[int],
               sentences: Sentences) -> None:
    in_sentence = places.between(s_start, s_end)
    before = [a for a in in_sentence if a.end <= s.num_start]
    after = [a for a in in_sentence if a.start >= s.end and not _COMPARISON_FRAME.search(
        text[max(s.end, a.start - 30):a.start]) and not _COMPARED_PLACE_AFTER.match(text, a.end, a.end + 12)]
    line_start = _line_start_of(text, s.num_start)
    on_line = [a for a in before if a.start >= line_start and not text[line_start:a.start].strip(" \t-•*")
               and rx(r"^[ \t]+(?:\*\*)?$").match(text[a.end:s.start])]
    def others_between(a: int, b: int) -> bool:  # another statistic's number starts in [a, b)
        i = bisect.bisect_left(starts, a)
        return any(starts[j] != s.num_start for j in range(i, bisect.bisect_left(starts, b)))
    chosen, rule = None, None
    near = _UNIT_REFERENCE.search(text, s.num_end, min(s_end, s.num_end + 60), timeout=REGEX_TIMEOUT)
    if near is not None and (named := _named_unit(places, near.group(1).lower(), s_start)) is not None:
        # "one in four children in his constituency" (after "A Leeds MP"): the constituency
        chosen, rule = named, "area.unit_reference"
    elif on_line:
        chosen, rule = on_line[-1], "area.table_row"
    elif "\t" in text[line_start:s.num_start] and _TOTAL_ROW.match(text[line_start:s.num_start]):
        # a table's "Total" row is the whole table's, not the last row's place (nor the story's
        # when the story's place is one of the rows)
        block = places.between(max(0, sentences.blank_line_before(line_start)), line_start)
        rows = {a.key for a in block}
        chosen, rule = (story if story is not None and story.key not in rows else None), "area.table_total"
    elif len(after) >= 2 and after[0].key != after[1].key and rx(r"^\s+and\s+(?:the\s+)?$").match(text[after[0].end:after[1].start]) and not before:
        chosen, rule = None, "area.two_areas"
    elif before and after and not others_between(s.num_end, after[0].start) and not _opens_clause(text, s, after[0]) and (
            others_between(before[-1].end, s.num_start)
            or rx(r"^\s*(?:,|and|–|-|;)\s*(?:and\s+)?$").match(text[before[-1].end:s.start])):
        chosen, rule = after[0], "area.same_sentence_after"
    elif before:
        chosen, rule = before[-1], "area.same_sentence_before"
        nxt = [a for a in in_sentence if a.start >= before[-1].end and a.key != before[-1].key]
        if nxt and rx(r"^\s+and\s+(?:the\s+)?$").match(text[before[-1].end:nxt[0].start]):
            chosen, rule = None, "area.two_areas"
        elif len(before) >= 2 and before[-2].key != before[-1].key and rx(r"^\s+and\s+(?:the\s+)?$").match(text[before[-2].end:before[-1].start]):
            chosen, rule = None, "area.two_areas"
    elif after and not others_between(s.num_end, after[0].start):
        chosen, rule = after[0], "area.same_sentence_after"
    elif _NATIONAL.search(text[s_start:s_end]):
        if places.nations:
            chosen = [a for a in places.nations if a.start < s_end][-1:] or places.nations[:1]
            chosen, rule = chosen[0], "area.national_frame"
        else:  # "the national caseload": a national figure of an unnamed nation stays null
            chosen, rule = None, "area.national_unnamed"
    elif s.kind == "count" and _link_rules()["area.none_count_of_places"].pattern.match(
            text[s.num_end:s.num_end + 60], timeout=REGEX_TIMEOUT):
        chosen, rule = None, "area.none_count_of_places"
    elif (unit := _UNIT_REFERENCE.search(text, s_start, s_end, timeout=REGEX_TIMEOUT)) is not None and (
            named := _named_unit(places, unit.group(1).lower(), s_start)) is not None:
        # "children in his constituency", "turnout in the ward": the constituency or ward the
        # story names (before, else in the lines after a headline)
        chosen, rule = named, "area.unit_reference"
    else:
        para_start = sentences.blank_line_before(s_start)
        prev_para_start = sentences.blank_line_before(max(0, para_start))
        earlier = places.last_between(para_start, s_start)
        prev_para = places.last_between(prev_para_start, max(0, para_start))
        if earlier is not None:
            chosen, rule = earlier, "area.previous_sentence"
        elif prev_para is not None and rx(r"\b(?:the|that|this)\s+(?:area|county|force area|police area|region)\b", regex.I).search(text[s_start:s_end]):
            chosen, rule = prev_para, "area.the_area_reference"
        elif story is not None:
            chosen, rule = story, "area.story"
            if _PART_AFTER.search(text, s.num_end, s_end, timeout=REGEX_TIMEOUT) or \
                    _PART_NEXT.match(text, s_end, s_end + 200, timeout=REGEX_TIMEOUT):
                # "1,640 breaches in 2020-21 – 47 of the breaches were recorded in West Yorkshire":
                # the figure is the whole the local part belongs to, the nation's if one is named
                chosen = places.nations[0] if places.nations else None
                rule = "area.whole_of_a_local_part"
    s.area = chosen.key if chosen else None
    s.area_rule = rule


_ATTACHED = regex.compile(r"^(?:\*\*)?[ ,]*(?:in|during|for|at|by|as of|as at|up to)?\s*$", regex.I)
#: a compared figure's own period after a participle: "up from the 195 arrested the previous
#: December", "from the £752 million benchmark set in 2014", "from 1.14 million reported in 2020-21"
_COMPARED_ATTACHED = regex.compile(
    r"^[ ,]*(?:[a-z]+\s+)?(?:[a-z]{3,}ed|set|seen|paid|spent|made|held|taken|done)\s+"
    r"(?:in|during|for|at|by|as of|as at|up to|over)?\s*$")
_BULLET = regex.compile(r"\s*[•·▪◦‣●*–-]\s")
#: how many bullets back a bullet looks for its list's period
_BULLET_REACH = 3
_NEXT_CLAUSE = regex.compile(r"(?:,|;|\b(?:and|while|whilst|but|whereas)\b)", regex.I)
_WHEN_CLAUSE = regex.compile(r"^[\s,]*(?:when|in\s+which|which\s+(?:saw|had|recorded|was|were))\b[^.]*$", regex.I)


def _is_baseline(text: str, p: Period) -> bool:
    """A period after "from/on/since/than/over" is the baseline of a comparison (not "on 31
    March"), and so is the period of a compared figure ("up from 110 last year"). Decided once
    per period of the document being linked (:func:`link` empties the memo)."""
    key = (p.start, p.end)
    memo = getattr(_MEMO, "baselines", None)
    if memo is None:
        memo = _MEMO.baselines = {}
    found = memo.get(key)
    if found is None:
        found = memo[key] = is_comparison_base(text, p.start, p.kind, p.rule)
    return found


#: _is_baseline's answers for the document :func:`link` is linking, per thread (the service may
#: link documents in several threads at once)
_MEMO = threading.local()


def _event_day(text: str, p: Period) -> bool:
    """A day named with its weekday (a meeting "on Thursday, February 21", a report "next week
    (Monday, October 24)"): when something happens, not the period a story's figures cover.
    Snapshot days ("as of 31 March 2019", "21 March 2021, the day of the census") have none."""
    return p.kind == "date" and bool(WEEKDAY_BEFORE.search(text, max(0, p.start - 14), p.start, timeout=REGEX_TIMEOUT))


def main_period(text: str, stats: list[Statistic], periods: list[Period], sentences: Sentences,
                quoted: list[tuple[int, int]] = ()) -> Period | None:
    """The period a story is about: the period of the first sentence that states a figure and
    a (non-baseline) period, else its most frequent financial year, else its first resolved period.
    "Eight years ago" is a point of comparison and "by March 2025" a deadline: neither is the
    story's period; nor is a period inside a quotation (a speaker's "between 1998/9 and
    2011/12" is the speaker's point, not the frame of the story's figures)."""
    quoted = sorted(quoted)
    quote_starts = [a for a, _ in quoted]

    def in_quote(pos: int) -> bool:
        i = bisect.bisect_right(quote_starts, pos) - 1
        return i >= 0 and pos < quoted[i][1]

    frames = [p for p in periods if p.value and not _is_baseline(text, p) and not p.rule.endswith("years_ago")
              and not is_deadline(text, p.start, p.end) and not in_quote(p.start) and not _event_day(text, p)]
    by_start = ByStart(frames)
    for st in stats:
        s_start, s_end = sentences.at(st.num_start)
        for p in by_start.between(s_start, s_end):
            if p.kind != "year":
                # "the crackdown between June 14 and July 15 ... This year 394 failed": the span
                # the story set out before beats a vaguer "this year"
                span = next((q for q in frames if q.kind == "range" and q.end <= s_start), None)
                return span if p.kind == "relative" and span is not None else p
    fys = Counter(p.value for p in frames if p.kind == "financial_year")
    if fys:
        value, _ = max(fys.items(), key=lambda kv: (kv[1], kv[0]))
        return next(p for p in frames if p.value == value)
    return next((p for p in frames if p.kind in ("relative", "date", "month", "range")), None)



@lru_cache(maxsize=1)
def _link_rules():
    return load_rules("link.json", component="link", flags=0)


def publication_time(text: str, p: Period) -> bool:
    """A day named as when the figures came out ("published today", "released this
    morning", "revealed on Thursday"): it dates no statistic."""
    if p.kind not in ("relative", "date"):
        return False
    rule = _link_rules()["period.publication_time"]
    return bool(rule.pattern.search(text[max(0, p.start - 30):p.start], timeout=REGEX_TIMEOUT))


def timeless(text: str, s: Statistic, s_start: int) -> str | None:
    """Why a statistic takes no period from outside its sentence, or None: it counts the parts
    of an organisation, or it is a plan (future tense)."""
    rules = _link_rules()
    structural, future = rules["period.none_structural"], rules["period.none_future"]
    if s.kind == "count" and structural.pattern.match(text[s.num_end:s.num_end + 80], timeout=REGEX_TIMEOUT):
        return structural.id
    if future.pattern.search(text[s_start:s.num_start], timeout=REGEX_TIMEOUT):
        return future.id
    return None


def _link_period(text, s: Statistic, periods: ByStart, usable_before: ByStart, s_start, s_end,
                 story: Period | None, sentences: Sentences) -> None:
    in_sentence = [p for p in periods.between(s_start, s_end) if p.value]
    compared = is_compared_figure(text, s)
    attached = [p for p in in_sentence if p.start >= s.end and (compared or not _is_baseline(text, p))
                and (_ATTACHED.match(text[s.end:p.start])
                     or (compared and _COMPARED_ATTACHED.match(text[s.end:p.start])))]
    if attached:
        s.period, s.period_rule = attached[0], "period.attached"
        return
    usable = [p for p in in_sentence if not _is_baseline(text, p)
              or (s.kind not in ("percentage", "change") and p.end <= s.num_start
                  and _WHEN_CLAUSE.match(text[p.end:s.num_start]))]
    if s.direction is not None:
        usable = [p for p in usable if not is_deadline(text, p.start, p.end)]
    if s.direction is not None and len(usable) > 1:
        # a change is dated by its newer value ("up 10% - from 6,918 in 2014 to 7,606 in 2015"),
        # never by a target it is measured against ("exceeding the 2020 target")
        s.period, s.period_rule = max(usable, key=lambda p: (p.value or "")[:10]), "period.newer_of_change"
        return
    if usable:
        before = [p for p in usable if p.end <= s.num_start]
        after = [p for p in usable if p.start >= s.num_end]
        if before and after:
            # "In June 2004 the list was [12,188], and in June 2005 was 9,817": a period that opens
            # the next clause is that clause's, not this figure's
            next_clause = _NEXT_CLAUSE.search(text[s.num_end:after[0].start])
            pick = before[-1] if next_clause or s.num_start - before[-1].end <= after[0].start - s.num_end else after[0]
        else:
            pick = (before or after)[-1 if before else 0]
        s.period, s.period_rule = pick, "period.same_sentence"
        return
    why_not = timeless(text, s, s_start)
    if why_not:
        s.period_rule = why_not
        return
    para_start = sentences.blank_line_before(s_start)
    line_start = _line_start_of(text, s.num_start)
    if "\t" in text[line_start:s.num_start]:
        # a table row: its period is in the heading paragraph above the table
        block_start = sentences.blank_line_before(line_start)
        para_start = max(0, sentences.blank_line_before(max(0, block_start)))
    earlier = usable_before.last_between(max(0, para_start), s_start, lambda p: p.end <= s_start)
    if earlier is None and _BULLET.match(text, para_start + 2 if para_start >= 0 else 0):
        # a bullet of a list takes the period of the bullets just before it ("• during 2015
        # there were 20,000 assaults ... • serious assaults have risen by 31%")
        start = para_start
        for _ in range(_BULLET_REACH):
            prev = sentences.blank_line_before(max(0, start))
            if start < 0 or not _BULLET.match(text, prev + 2 if prev >= 0 else 0):
                break
            earlier = usable_before.last_between(max(0, prev), start, lambda p: p.end <= s_start)
            if earlier is not None:
                break
            start = prev
        if earlier is not None:
            s.period, s.period_rule = earlier, "period.previous_bullet"
            return
    if earlier is not None:
        s.period, s.period_rule = earlier, "period.same_paragraph"
    elif story is not None:
        s.period, s.period_rule = story, "period.story"
