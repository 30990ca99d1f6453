"""What each statistic measures: a short noun phrase ("registered sex offenders managed at
Level 2", "Sexual Offences Prevention Orders applied for").

Pure functions over the text and the statistics, tried in order, each recorded nowhere but
easy to test on its own:

1. the noun phrase after the number, with its participle modifier ("641 offenders managed at
   Level 2", "1,405 registered sex offenders were being managed" → up to the finite verb);
2. "the number of X ... was N", "a population of N", "a total of N X";
3. "N of whom were X", "Of these N" → the earlier figure's measure;
4. a table row: the question or caption above the table, narrowed to the row's "(b)" item
   and qualified by its row label ("Level 3") or column header ("RSO");
5. rates without a noun ("46 per 100,000") take the noun counted earlier in the sentence.

Abbreviations the document defines ("Registered Sex Offenders (RSOs)") are expanded.
Regular expressions with the ``regex`` module rather than spaCy's Matcher: the pipeline runs
without a parser, and the phrase boundaries here are punctuation and a closed list of verbs.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .rules import REGEX_TIMEOUT as T, rx
from .normalize.periods import MONTH_NAMES
from .types import Statistic
from .sentences import line_bounds

_FINITE = (r"were|was|are|is|have|has|had|will|would|could|can|may|must|should|did|do|does|"
           r"who|which|that|than|because|but|while|whilst|although|when|where|as|meaning|"
           r"equates|represents|rose|fell|increased|decreased|compared|according")
_MONTHS = "|".join(MONTH_NAMES)
_STOP_AFTER = regex.compile(
    rf"\b(?:{_FINITE}|last|this|next|since|during|between|until|up|down|in\s+(?:20|19)\d\d)\b|[,.;:()\[\]\n\t–—]| - "
    r"|\s(?:in|across|within|throughout|by)\s+(?=[A-Z])"  # a place or an agent ("recorded by Kent Police")
    rf"|\s(?:in|over|during)\s+the\s+(?:year|12 months|twelve months|period|quarter|month|week|financial year)\b"
    rf"|\s(?:to|at|by|in|on)\s+(?:the\s+end\s+of\s+)?(?:{_MONTHS})\b")
#: "X rose by 12% to 4,567", "The waiting list at the trust stood at 45,678": the subject X
_SUBJECT = regex.compile(
    r"^\W*(?:(?:the|a|an|some)\s+)?(?:(?:total\s+)?(?:number|total|count|figure|level|amount)\s+of\s+)?"
    r"(?P<np>[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,5}?)"
    r"(?:\s+(?:in|at|for|across|of|on)\s+[^,;:]{1,80}?)?\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:rose|risen|fell|fallen|increased|decreased|grew|grown|dropped|jumped|climbed|"
    r"went\s+up|went\s+down|stood|reached|totalled|totaled|hit|was|were|is|are)\b", regex.I)
_FROM_BEFORE = regex.compile(r"\b(?:up|down|rising|falling|increasing|decreasing)?\s*from\s+(?:\*\*)?$|"
                             r"\bcompared\s+(?:with|to)\s+$|\bagainst\s+$|\bthan\s+$", regex.I)
#: participles that qualify a counted noun ("offenders managed at Level 2", "SOPOs granted as full orders")
_PARTICIPLES = (r"managed|living|registered|held|cautioned|convicted|charged|subject|returned|recorded|reported|"
                r"monitored|supervised|granted|imposed|applied|sentenced|arrested|issued|made|referred|waiting|"
                r"sleeping|dumped|seized|involving|aged|refused|approved|rejected|withdrawn|dismissed|upheld|placed|"
                r"given|sent")
_PARTICIPLE = regex.compile(rf"^(?:{_PARTICIPLES})\b")
_LEAD_JUNK = regex.compile(r"^(?:more|fewer|less|extra|additional|new|other|further|of\s+the|of|the)\s+", regex.I)
_NUMBER_OF = regex.compile(
    r"\b(?:the\s+)?(?:total\s+)?(?:number|total|count|figure)\s+of\s+(?P<what>[^,.;:()\n]{3,120}?)"
    r"\s+(?:was|were|is|are|stood at|reached|rose to|fell to|of|totalled|at)\s*$", regex.I)
_POPULATION = regex.compile(r"\bpopulation(?:\s+of\s+(?P<of>[A-Z]\w*(?:\s+[A-Z]\w*)*))?[^.]{0,40}$")
_WERE_PARTICIPLE = regex.compile(
    rf"^\s+(?:was|were)\s+(?P<p>(?:\w+ly\s+)?(?:{_PARTICIPLES})\b(?:(?!\s+(?:and|but|while)\s)[^,.;:()\n]){{0,60}})")
_PARTICIPLE_TAIL = regex.compile(rf"\s+(?:\w+ly\s+)?(?:{_PARTICIPLES})\b")
_OF_WHOM = regex.compile(r"^\s+of\s+(?:whom|which|them|these)\s+(?:were|was|are|is)\s+(?P<what>[^,.;:()\n]{2,60})")
_OF_THESE = regex.compile(r"\b(?:of|among|amongst)\s+(?:these|those|them|the)\s*$", regex.I)
_CAPTION_LEAD = regex.compile(
    r"^(?:[-•*]\s*)?(?:\(?[ivx]+\)|\(?[a-z]\)|\d+\.)?\s*(?:the\s+)?(?:(?:total\s+)?number\s+of\s+)?", regex.I)
_CAPTION_TAIL = regex.compile(
    r"\s+(?:(?:living|in|within)\s+(?:our|your|the)\s+area|between\b|on\s+\d|during\b|from\s+\d|"
    r"as\s+at\b|at\s+\d|–|—|\(as\s+defined|\bper\s+100|,).*$", regex.I | regex.S)


def abbreviations(text: str) -> dict[str, str]:
    """Abbreviations the text defines: "Registered Sex Offenders (RSOs)" → {"RSO": "Registered
    Sex Offenders"}. The capitalised words of the long form must spell the abbreviation's
    capitals ("Violent offenders and Other Sexual offenders (V&OS)", "Other Offenders (OthO)").

    >>> abbreviations("Of these, 982 were Registered Sex Offenders (RSOs).")
    {'RSO': 'Registered Sex Offenders'}
    >>> abbreviations("Violent offenders and Other Sexual offenders (V&OS) and Other Offenders (OthO)")
    {'V&OS': 'Violent offenders and Other Sexual offenders', 'OthO': 'Other Offenders'}
    """
    out: dict[str, str] = {}
    for m in _ABBR_USE.finditer(text, timeout=T):
        abbr = m.group("abbr")
        caps = "".join(ch for ch in abbr if ch.isupper())
        words = text[max(0, m.start() - 120):m.start()].split()[-8:]
        for k in range(1, len(words) + 1):
            tail = words[-k:]
            if not tail[0][:1].isupper():
                continue
            if "".join(w[0] for w in tail if w[:1].isupper()) == caps:
                out.setdefault(abbr, " ".join(tail))
                break
    return out


_ABBR_USE = regex.compile(r"(?<=\S)\s+\((?P<abbr>[A-Z][A-Za-z&]{1,8}?)s?\)")


def expand(phrase: str | None, abbr: dict[str, str]) -> str | None:
    """Spell out defined abbreviations in a measure.

    >>> expand("RSOs managed at Level 2", {"RSO": "Registered Sex Offenders"})
    'registered sex offenders managed at Level 2'
    """
    if not phrase or not abbr:
        return phrase

    def repl(m: regex.Match) -> str:
        return abbr[m.group(1)].lower()
    names = "|".join(map(regex.escape, abbr))
    phrase = regex.sub(r"\s*\((?:" + names + r")s?\)", "", phrase)  # the definition itself
    return regex.sub(r"(?<![\w&])(" + names + r")s?(?![\w&])", repl, phrase)


_WERE_DONE = regex.compile(
    r"\s+(?:being\s+|been\s+)?(?P<p>[a-z]+(?:ed|en|wn|ht|ld|lt|nt)\b(?:\s+(?:for|with|by|as|under|from|on|to|into|over)"
    r"\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,4})?)")
_DONE_STOP = regex.compile(r"\s+(?:in|during|over|across|last|this|since|between|after|before|while|which|who|and|but|at|on)\b"
                           r"(?:\s+(?:the|a|an|this|last|their|its))?\s*(?=[A-Z\d]|the\b|this\b|last\b|year|month|week|county|area|region|country|city|town)")


def phrase_after(text: str, s: Statistic) -> str | None:
    """The counted noun phrase after a number, with one participle phrase.

    >>> t = "At Level 2, we managed 641 offenders managed at Level 2, of whom 236 were RSOs."
    >>> from extractor.types import Statistic
    >>> phrase_after(t, Statistic("count", 641, 23, 26, 23, 26, "t"))
    'offenders managed at Level 2'
    """
    tail = rx(r"^\*\*").sub("", text[s.end:s.end + 160])
    tail = rx(r"^\s*(?:per cent|percent|%)\s*").sub(" ", tail) if s.kind == "percentage" else tail
    m = _STOP_AFTER.search(tail, timeout=T)
    phrase = (tail[:m.start()] if m else tail).strip(" *")
    words = phrase.split()
    # "1,405 registered sex offenders were being managed under MAPPA", "4.1 million children
    # were living in relative poverty": the participle phrase comes after the verb
    if m and m.group(0) in ("were", "was") and words:
        rest = tail[m.end():]
        pm = rx(r"\s+(?:being\s+)?(?P<p>\w+\s+(?:under|at|by|in|for|through)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+\d+)?)").match(rest)
        pl = rx(r"\s+(?:being\s+)?(?P<p>(?:living|sleeping|waiting|staying)\s+(?:in|on|for)\s+[a-z][^,.;:()\n]{2,40})").match(rest)
        pg = _WERE_DONE.match(rest)
        if pm and _PARTICIPLE.match(pm.group("p")):
            phrase = f"{phrase} {pm.group('p')}"
        elif pl:
            phrase = f"{phrase} {_STOP_AFTER.split(pl.group('p'))[0].strip()}"
        elif pg and len(words) <= 2:
            # "85 people were arrested for drink-driving in the county": a bare noun takes what
            # was done to it, up to a place or time
            done = _DONE_STOP.split(pg.group("p"))[0].strip()
            phrase = f"{phrase} {done}"
    phrase = _LEAD_JUNK.sub("", phrase).strip()
    if not phrase or len(phrase) > 90 or not rx(r"[A-Za-z]{2}").search(phrase):
        return None
    if rx(r"^(?:per cent|percent|times|too|of|and|or|to|in|on|at|by|for|from|with|a|an)\b").match(phrase):
        return None
    return phrase


_PLACE_TAIL = regex.compile(
    r"\s+(?:in|across|within|throughout|for)\s+(?:the\s+)?(?:[A-Z][\w&'-]*(?:\s+(?:and\s+)?[A-Z][\w&'-]*)*|county|area|force area|region|country)\s*$")


def tidy_phrase(phrase: str | None) -> str | None:
    """Cut a measure at its first finite verb and drop a trailing place (the area is linked
    separately).

    >>> tidy_phrase("sex offenders in Derbyshire has risen by")
    'sex offenders'
    """
    if not phrase:
        return phrase
    phrase = _STOP_AFTER.split(phrase)[0].strip()
    phrase = _PLACE_TAIL.sub("", phrase).strip()
    return phrase or None


def _rate_measure(text: str, s: Statistic, s_start: int, previous_count: str | None) -> str:
    expr = text[s.num_end:s.end]
    m = rx(r"^\s+(?P<what>[^\d]*?)\s*(?:per|for every|in every|for each|in each|every)\s").match(expr)
    what = m.group("what").strip() if m else ""
    if not what:
        before = text[s_start:s.num_start]
        nm = rx(r"\bnumber\s+of\s+(?P<what>[^,.;:()\n]{3,60}?)\s+(?:per|for every|in every)\b").search(before)
        nm = nm or rx(r"\bnumber\s+of\s+(?P<what>[A-Za-z][\w -]{2,60}?)\s+(?:in|across|living|registered)\b").search(before)
        what = tidy_phrase(nm.group("what")) if nm else None
        if previous_count and not what:
            what = tidy_phrase(previous_count)
        what = what or previous_count or "cases"
    population = f" {s.population}" if s.population else ""
    return f"{what} per {s.per:,}{population}"


@lru_cache(maxsize=2)
def _table_lines(text: str) -> dict[int, tuple[str, str | None]]:
    """For each table row (a line with a tab), found in one pass down the text: the caption
    (the last non-blank line without a tab above it) and the enumerated item label ("(1)") of
    the nearest row above it in the same block of rows, if any."""
    out: dict[int, tuple[str, str | None]] = {}
    caption, item = "", None
    pos = 0
    for line in text.split("\n"):
        if "\t" in line:
            out[pos] = (caption, item)
            im = _ITEM_LABEL.match(line)
            if im:
                item = im.group(1)
        else:
            item = None
            if line.strip():
                caption = line.strip()
        pos += len(line) + 1
    return out


_ITEM_LABEL = regex.compile(r"^\s*(\(?[a-z0-9]{1,2}\))")


def _table(text: str, s: Statistic) -> str | None:
    """Measure for a number in a tab-separated table row: the caption or question above the
    table, narrowed to the row's enumerated item ("(b)"), plus a "Level N" row label. Row
    labels that are places are the row's area, not its measure (see link.py)."""
    line_start, line_end = line_bounds(text, s.num_start)
    row = text[line_start:line_end]
    if "\t" not in row:
        return None
    label = row.split("\t")[0].strip()
    above = _table_lines(text).get(line_start)
    if above is None:
        return None
    caption, item_above = above
    if not rx(r"^\(?[a-z0-9]{1,2}\)").match(label) and item_above:
        # "Level 3" under "(1) - Level 2": the row belongs to the item labelled above it
        label = f"{item_above} {label}"
    if not caption:
        return None
    item = rx(r"^\(?([a-z0-9]{1,2})\)").match(label)
    core = caption
    if item:
        # "(a) Sexual Offences Prevention Orders applied for (b) interim SOPOs granted and (c) ..."
        im = regex.search(rf"\({regex.escape(item.group(1))}\)\s*-?\s*(?P<x>.+?)(?=\s*(?:and\s+)?\([a-z0-9]{{1,2}}\)|[.?]?\s*$)",
                          caption, regex.S)
        if im:
            part = _balanced_prefix(im.group("x")).strip(" ,;")
            first_item = rx(r"\([a-z0-9]{1,2}\)").search(caption)
            head = rx(r"^(?:.*?\bnumber of\s+)?(?P<h>.*?)\s*$", regex.S).match(caption[:first_item.start()]) \
                if first_item else None
            if part.split()[0] in ("applied", "imposed", "granted") and head:
                part = f"{_clean_caption(head.group('h'))} {part}"
            core = part
    core = _clean_caption(core) or core
    extra = rx(r"^\(?[a-z0-9]{1,2}\)\s*-?\s*").sub("", label).strip()
    if rx(r"^Level\s+\d+$").match(extra):  # "(1) - Level 2", "Level 3"
        core = f"{core} at {extra}"
    return core[:120] if core else None


def _balanced_prefix(s: str) -> str:
    """Text up to the first ")" that closes a bracket opened before it ("OthO above) have ..."
    → "OthO above").

    >>> _balanced_prefix("OthO above) have been managed")
    'OthO above'
    >>> _balanced_prefix("Orders (SOPOs) applied for")
    'Orders (SOPOs) applied for'
    """
    depth = 0
    for i, ch in enumerate(s):
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                return s[:i]
            depth -= 1
    return s


def _clean_caption(caption: str) -> str:
    c = _CAPTION_LEAD.sub("", caption.strip())
    c = _CAPTION_TAIL.sub("", c)
    c = rx(r"\s*\?\s*$").sub("", c)
    c = rx(r"\s+(?:above|below|overleaf)$").sub("", c)
    c = rx(r"^(?:were|was|have been|had been)\s+", regex.I).sub("", c)
    c = rx(r"^(?:how many\s+)", regex.I).sub("", c)
    return c.strip(" -–.")


_CHANGE_WORD = regex.compile(r"\b(?:increase|rise|risen|growth|fall|fallen|drop|decrease|reduction|decline|"
                             r"change|cut|jump|more|fewer|less|higher|lower|up|down)\b", regex.I)


def what_changed(s: Statistic, measure: str | None) -> str | None:
    """For a figure that is a change ("rose by 12 per cent", "46 fewer"), the measure is what
    changed: "increase in burglaries", "fall in arrests".

    >>> what_changed(Statistic("percentage", 12, 0, 2, 0, 2, "r", direction="down"), "burglaries")
    'fall in burglaries'
    >>> what_changed(Statistic("percentage", 74, 0, 2, 0, 2, "r"), "patients seen")
    'patients seen'
    """
    if not measure or s.direction is None or _CHANGE_WORD.search(measure):
        return measure
    if measure[:1].isupper() and measure[1:2].islower():  # a sentence's first word: "Fly-tipping"
        measure = measure[0].lower() + measure[1:]
    return f"{'increase' if s.direction == 'up' else 'fall'} in {measure}"


_TIME_PHRASE = regex.compile(
    r"^(?:(?:increase|fall) in\s+)?(?:over\s+|in\s+|on\s+|during\s+)?(?:the\s+)?(?:previous|same|last|next|this|past|prior|"
    r"following|preceding)\s+(?:\w+\s+)?(?:year|years|month|months|week|period|quarter|decade|time|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)\b|^(?:previous|last)\s+year\b", regex.I)
_COMPARED = regex.compile(r"\b(?:from|than|compared (?:with|to)|against)\s+(?:just\s+|around\s+|about\s+)?$", regex.I)


def is_compared_figure(text: str, s: Statistic) -> bool:
    """The figure is the baseline of a comparison ("up from [110] last year", "compared to
    [1,024] the previous year"): it counts what was counted before, in the baseline's period."""
    return bool(_COMPARED.search(text[max(0, s.start - 30):s.start]))


def assign(text: str, stats: list[Statistic], sentence_bounds, check=None) -> None:
    """Set ``measure`` on every statistic that has none (``check``: called every 200)."""
    abbr = abbreviations(text)
    previous: Statistic | None = None
    previous_count: str | None = None
    for n, s in enumerate(stats):
        if check is not None and n % 200 == 199:
            check()
        if s.measure is None:
            found = expand(_measure(text, s, previous, previous_count, sentence_bounds), abbr)
            found = str(found) if found is not None else None
            if found is not None and _TIME_PHRASE.match(found):
                found = None  # "the previous year" is when, not what
            if found is None and (s.direction is not None or is_compared_figure(text, s)):
                found = previous_count  # "an increase of four on last year": of what was counted before
            s.measure = what_changed(s, found)
        if (s.kind == "count" and s.measure and not s.measure.startswith("population")
                and s.period_rule != "period.none_structural"):
            previous_count = s.measure
        previous = s


_LIST_ROW = regex.compile(r"(?:^|\n)[ \t]*[A-Z][\w&' -]{1,40}[ \t]+$")


def _measure(text: str, s: Statistic, previous: Statistic | None, previous_count: str | None,
             sentence_bounds) -> str | None:
    s_start, _ = sentence_bounds(text, s.num_start)
    if s.kind == "rate" and s.per:
        return _rate_measure(text, s, s_start, previous_count)
    table = _table(text, s)
    if table:
        return table
    after = phrase_after(text, s)
    wm = _WERE_PARTICIPLE.match(text[s.end:s.end + 120])
    # a figure opening its sentence ("... 17 SOPOs. One was granted as ...") may take the noun
    # counted in the sentence before
    reach = sentence_bounds(text, max(0, s_start - 2))[0] if not text[s_start:s.start].strip() else s_start
    if wm and not after and previous is not None and previous.measure and previous.num_end >= reach:
        # "applied for 13 SOPOs, 1 was initially granted as an interim order": the noun counted
        # just before, with this figure's own participle phrase (already cut to size)
        head = _PARTICIPLE_TAIL.split(previous.measure)[0].strip()
        return f"{head} {wm.group('p').strip()}"
    return tidy_phrase(_in_sentence(text, s, s_start, after, previous, previous_count))


def _in_sentence(text: str, s: Statistic, s_start: int, after: str | None, previous: Statistic | None,
                 previous_count: str | None) -> str | None:
    before = text[s_start:s.num_start]
    om = _OF_WHOM.match(text[s.end:s.end + 80])
    if om:
        what = regex.split(r"\s+(?:and|but|while|or)\s+|" + _STOP_AFTER.pattern, om.group("what"))[0].strip()
        return what or (previous.measure if previous else None)
    if after and s.kind not in ("percentage", "change") and not rx(r"^(?:the\s+)?(?:year|month|week|day)s?\b").match(after):
        return after
    if _FROM_BEFORE.search(before[-30:]) and previous is not None and previous.num_end >= s_start and previous.measure:
        return previous.measure  # "1,234 offences ..., up from 1,100": the same thing, earlier
    nm = _NUMBER_OF.search(before[-200:], timeout=T)
    if nm:
        return nm.group("what").strip()  # tidied by the caller: "homeless households in Reading" → ...
    sm = _SUBJECT.match(before)
    if sm and s.kind in ("count", "money", "percentage", "change") and \
            rx(r"\b(?:to|at|by|of|reached|totalled|totaled|hit|was|were|is|are)\s+(?:\*\*)?(?:almost|nearly|about|some|more than|over|around)?\s*$").search(before):
        np = sm.group("np").strip()
        if not rx(r"^(?:it|this|that|there|they|we|he|she|figures?|data|statistics)\b", regex.I).match(np):
            return np  # "Fly-tipping incidents in Swindon rose by 12% to 4,567"
    nm = _NUMBER_OF.search(before[-200:], timeout=T)
    if nm:
        return nm.group("what").strip()
    pm = _POPULATION.search(before[-80:], timeout=T)
    if pm:
        return f"population of {pm.group('of')}" if pm.group("of") else "population"
    if _OF_THESE.search(before[-20:]) and previous is not None:
        return previous.measure
    if s.kind == "count" and _LIST_ROW.search(text[max(0, s.num_start - 45):s.num_start]):
        return previous_count  # "Oxfordshire 323": a row of a list under a counted total
    if s.kind in ("percentage", "change"):
        cm = rx(r"\b(?:number|total|count|rate)\s+of\s+(?P<what>[^,.;:()\n]{3,60}?)\s+(?:in|has|have|had|was|were|rose|fell|is|increased|decreased)\b").search(before)
        if cm:
            return cm.group("what").strip()
        return after
    return after
