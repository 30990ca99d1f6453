"""Link each statistic to an area, a period and a short measure.

Pure functions over the extracted lists (no spaCy objects): the subject area of the sentence,
a national frame ("Across England and Wales"), else the area named most recently before it in
the same paragraph, else the story's main area; the period named in its sentence, else the one
most recently named before it (within a short distance). Each link records its rule.
"""
from __future__ import annotations

from collections import Counter

import regex

from .readers.text import metadata_end
from .types import AreaMention, Period, Statistic

_SENT_END = regex.compile(r"[.!?](?:\*\*)?[\"”’']?\s+(?=[A-Z“\"‘(\d£*])|\n")
_MEASURE_STOP = regex.compile(
    r"\b(?:were|was|are|is|have|has|had|who|which|that|in|at|on|during|between|from|across|"
    r"up|to|under|by|for|with|after|before|as|than|since|will|would|could|living|being|managed|"
    r"subject|recorded|registered in|the year|this|last)\b|[,.;:()\-–—\n\t]"
)


_COMPARISON_FRAME = regex.compile(r"\b(?:average|than|compared|national|rest of|other)\b[^.]*$", regex.I)


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    start = 0
    for m in _SENT_END.finditer(text, max(0, pos - 600), pos):
        start = m.end()
    start = max(start, metadata_end(text))
    m = _SENT_END.search(text, pos)
    end = m.start() + 1 if m else len(text)
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, min(end, len(text))


def main_area(areas: list[AreaMention]) -> AreaMention | None:
    """The story's area: the official sub-national area mentioned most (including in org names)."""
    local = [a for a in areas if a.code and a.type not in ("nation", "country")]
    if not local:
        return None
    counts = Counter(a.key for a in local)
    key, n = counts.most_common(1)[0]
    return next(a for a in local if a.key == key)


def link(text: str, stats: list[Statistic], areas: list[AreaMention], periods: list[Period]) -> None:
    place_mentions = [a for a in areas if not a.is_org]
    story = main_area(areas)
    for s in stats:
        s_start, s_end = sentence_bounds(text, s.num_start)
        _link_area(text, s, place_mentions, story, s_start, s_end)
        _link_period(text, s, periods, s_start, s_end)
        if s.measure is None:
            s.measure = measure_after(text, s)


def _link_area(text, s: Statistic, mentions, story, s_start, s_end) -> None:
    in_sentence = [a for a in mentions if s_start <= a.start < s_end]
    distinct = {a.key for a in in_sentence}
    before = [a for a in in_sentence if a.end <= s.num_start]
    after = [a for a in in_sentence if a.start >= s.end and not _COMPARISON_FRAME.search(
        text[max(s.end, a.start - 30):a.start])]
    line_start = text.rfind("\n", 0, s.num_start) + 1
    on_line = [a for a in before if a.start >= line_start and "\t" in text[a.end:s.num_start]]
    chosen, rule = None, None
    if on_line:
        chosen, rule = on_line[-1], "area.table_row"
    elif len(distinct) >= 2 and before and after and regex.match(r"^[^.]{0,20}\band\b", text[before[-1].end:]):
        chosen, rule = None, "area.two_areas"
    elif before:
        chosen, rule = before[-1], "area.same_sentence_before"
        joined = text[before[-1].end:before[-1].end + 12]
        if regex.match(r"^\s+and\s+", joined) and len(distinct) >= 2:
            chosen, rule = None, "area.two_areas"
    elif after:
        chosen, rule = after[0], "area.same_sentence_after"
    else:
        para_start = text.rfind("\n\n", 0, s_start)
        earlier = [a for a in mentions if para_start <= a.start < s_start]
        if earlier:
            chosen, rule = earlier[-1], "area.previous_sentence"
        elif story is not None:
            chosen, rule = story, "area.story"
    s.area = chosen.key if chosen else None
    s.area_rule = rule


def _link_period(text, s: Statistic, periods: list[Period], s_start, s_end) -> None:
    in_sentence = [i for i, p in enumerate(periods) if s_start <= p.start < s_end and p.value]
    if in_sentence:
        after = [i for i in in_sentence if periods[i].start >= s.num_end]
        before = [i for i in in_sentence if periods[i].end <= s.num_start]
        if s.kind in ("percentage", "change") and regex.search(
            r"\b(?:from|on|since|than)\s+(?:in\s+)?$", text[s_start:periods[in_sentence[-1]].start]
        ):
            # "up four per cent on 2018-19": the baseline year is not the statistic's period
            rest = [i for i in in_sentence if not regex.search(
                r"\b(?:from|on|since|than)\s+(?:in\s+)?$", text[max(s_start, periods[i].start - 12):periods[i].start])]
            if rest:
                s.period, s.period_rule = rest[0], "period.same_sentence_not_baseline"
            else:
                s.period, s.period_rule = None, "period.baseline_only"
            return
        pick = after[0] if after and (not before or periods[after[0]].start - s.num_end < s.num_start - periods[before[-1]].end) else (before[-1] if before else after[0])
        s.period, s.period_rule = pick, "period.same_sentence"
        return
    earlier = [i for i, p in enumerate(periods) if p.end <= s_start and p.value and s_start - p.end < 800]
    if earlier:
        s.period, s.period_rule = earlier[-1], "period.previous"


def measure_after(text: str, s: Statistic) -> str | None:
    """The counted noun phrase after a number: "1,405 registered sex offenders were" → that phrase."""
    tail = text[s.end:s.end + 120]
    tail = regex.sub(r"^\*\*", "", tail)
    m = _MEASURE_STOP.search(tail)
    phrase = (tail[:m.start()] if m else tail).strip(" *")
    if s.kind == "rate" and s.per:
        expr = text[s.num_end:s.end]
        m = regex.match(r"^\s+(?P<what>[^\d]*?)\s*(?:per|for every|in every|for each|in each|every)\s", expr)
        what = (m.group("what").strip() if m else "") or "cases"
        population = f" {s.population}" if s.population else ""
        return f"{what} per {s.per:,}{population}"
    if not phrase or len(phrase) > 80:
        return None
    return phrase
