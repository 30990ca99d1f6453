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
5. rates without a noun ("46 per 100,000") take "the rate of X" / "the X rate" in the sentence,
   else the rate stated before ("the rate for England is 116"), else the noun counted earlier;
6. a short noun takes what the sentence says of it ("489 people are required to sign the
   register", "603 patients waited more than four hours", "the force arrested 215 people");
7. ratios: "one offender for every 869 people" → "people per offender"; "one in four children
   are living in poverty" → "share of children living in poverty";
8. shares: "74% of patients were seen within four hours" → "patients seen within four hours";
   "sex offenders made up 74% of those subject to MAPPA" → "... as a share of ...";
9. a figure with no noun: the ends of a change ("X rose from [A] to [B]" → X), "an electorate
   of N", "the child poverty rate at N%", a list continuing a count ("137 by the central
   division, 101 in the west"), "Of the 489 RSOs, 456 are ...", money "in/on X";
10. changes (``changed_thing``, ``baseline``): what changed (the subject of "rose", or "an
    increase in X"), the text's word for it ("rise", "growth"), and the baseline it is
    measured against ("on the previous year", "since 2010").

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
           r"who|which|that|than|because|but|while|whilst|although|when|where|meaning|"
           r"as(?<!\b(?:classed|classified|defined|considered|regarded|counted|categorised|categorized|rated|assessed|"
           r"identified|described|listed|graded)\sas)|"
           r"equates|represents|rose|fell|increased|decreased|compared|according")
_MONTHS = "|".join(MONTH_NAMES)
_STOP_AFTER = regex.compile(
    rf"\b(?:{_FINITE}|last|this|next|since|during|between|until|up|down|in\s+(?:20|19)\d\d)\b|[,.;:()\[\]\n\t–—]| - "
    r"|\s(?:in|across|within|throughout|by)\s+(?=[A-Z])"  # a place or an agent ("recorded by Kent Police")
    rf"|\s(?:in|over|during)\s+the\s+(?:(?:latest|last|past|previous|same|current)\s+)?(?:year|12 months|twelve months|period|quarter|month|week|financial year)\b"
    rf"|\s(?:to|at|by|in|on)\s+(?:the\s+end\s+of\s+)?(?:{_MONTHS})\b")
#: "X rose by 12% to 4,567", "The waiting list at the trust stood at 45,678": the subject X
_SUBJECT = regex.compile(
    r"^\W*(?:(?:the|a|an|some)\s+)?(?:(?:total\s+)?(?:number|total|count|figure|level|amount)\s+of\s+)?"
    r"(?P<np>[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,5}?)"
    r"(?P<pp>\s+(?:in|at|for|across|of|on)\s+[^,;:]{1,80}?)?\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:rose|risen|fell|fallen|increased|decreased|grew|grown|dropped|jumped|climbed|"
    r"went\s+up|went\s+down|stood|reached|totalled|totaled|hit|was|were|is|are)\b", regex.I)
_FROM_BEFORE = regex.compile(r"\b(?:up|down|rising|falling|increasing|decreasing)?\s*from\s+(?:the\s+)?(?:\*\*)?$|"
                             r"\b(?:below|above|doubling|tripling|trebling|halving|doubled|tripled|trebled|halved)\s+(?:the\s+)?(?:£|\$|€)?$|"
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
    r"\s+(?:was|were|is|are|stood at|reached|rose to|fell to|of|totalled|at|(?:up\s+|down\s+)?to)\s*$", regex.I)
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


#: what is said of a generic noun ("people are required to sign the register", "patients were
#: seen within four hours", "referrals turned away"): a participle or adjective and its complement
_PREDICATE = regex.compile(
    r"^\s+(?:(?:being|been|now|also|still|all|then|likely\s+to\s+be|estimated\s+to\s+be|found\s+to\s+be)\s+)*"
    r"(?P<p>(?:\w+ly\s+|[a-z]+\s+(?=[a-z]+ed\b))?(?:[a-z]+(?:ed|en|wn|ht|lt|ld|nt|ung|ept)|required|subject|living|"
    r"waiting|sleeping|staying|born|obese|overweight|homeless|unemployed|male|female|aged|eligible|unable|able|responsible|guilty|"
    r"open|on|in\s+(?=poverty|care|work|debt))"
    r"\b[^,.;:()\n\[\]–—]{0,70})")
_PRED_STOP = regex.compile(
    r"\s+(?:and|but|while|whilst|compared|according|up\s+from|down\s+from|which|when|meaning|after\s+being)\b"
    r"|\s+(?:in|during|over|across|last|this|since|between|by|at|on)\s+(?:the\s+)?(?:(?:19|20)\d\d|year|month|week|"
    r"financial|end\s+of|(?:last|this|previous|past|latest|current|same)\b)"
    r"|\s+(?:in|across|within|throughout|at|by)\s+(?=[A-Z])"
    r"|\s+(?:in|across|within|throughout)\s+the\s+(?:county|area|region|country|city|town|borough|district|force\s+area)\b")
#: "patients waited more than four hours", "RSOs breached licence requirements": a verb in the phrase
_VERB_IN_PHRASE = regex.compile(r"\s(?:[a-z]+ed|had|saw|made|took|went|spent|got)\s")


def _predicate(rest: str) -> str | None:
    """The predicate after "were"/"are"/"who", cut at a clause, a time or a place.

    >>> _predicate(" being monitored by police in Kent, up from 12")
    'monitored by police'
    >>> _predicate(" required to sign the sex offenders register, compared to 368 in 2005")
    'required to sign the sex offenders register'
    """
    pm = _PREDICATE.match(rest)
    if not pm:
        return None
    p = _PRED_STOP.split(pm.group("p"))[0].strip()
    words = p.split()
    return " ".join(words[:9]) if words else None


def _extend_phrase(phrase: str, m: regex.Match, tail: str) -> str:
    """After a short noun: "who failed the test", "are required to sign ...", "waited more than
    four hours from the decision to admit" (a comparative's "than" does not end the phrase)."""
    stop = m.group(0).strip()
    rest = tail[m.end():]
    if stop in ("who", "that", "which", "are", "is", "have", "has", "had") and not _VERB_IN_PHRASE.search(f" {phrase} "):
        if stop in ("have", "has", "had"):
            rest = rx(r"^\s+been\b").sub("", rest)
            if rest[:1] != " ":
                rest = " " + rest
        wm = _WHO.match(" who" + rest) if stop in ("who", "that", "which") else None
        p = _PRED_STOP.split(wm.group("p"))[0] if wm else _predicate(rest)
        p = (p or "").strip()
        return f"{phrase or 'those ' + stop} {' '.join(p.split()[:9])}" if p else phrase
    if stop == "than" and phrase.split()[-1] in ("more", "longer", "less", "fewer") and len(phrase.split()) >= 3:
        m2 = _STOP_AFTER.search(rest, timeout=T)
        more = rx(r"\s+(?:and|or|while|whilst)\s.*$", regex.S).sub("", (rest[:m2.start()] if m2 else rest)).strip()
        return f"{phrase} than {more}".strip() if more else phrase
    return phrase


def phrase_after(text: str, s: Statistic) -> str | None:
    """The counted noun phrase after a number, with one participle phrase.

    >>> t = "At Level 2, we managed 641 offenders managed at Level 2, of whom 236 were RSOs."
    >>> from extractor.types import Statistic
    >>> phrase_after(t, Statistic("count", 641, 23, 26, 23, 26, "t"))
    'offenders managed at Level 2'
    """
    return _phrase_at(text, s.end, s.kind)


def _phrase_at(text: str, pos: int, kind: str) -> str | None:
    """The noun phrase starting at ``pos`` (see :func:`phrase_after`)."""
    tail = rx(r"^\*\*").sub("", text[pos:pos + 160])
    tail = rx(r"^\s*(?:per cent|percent|%)\s*").sub(" ", tail) if kind == "percentage" else tail
    m = _STOP_AFTER.search(tail, timeout=T)
    phrase = (tail[:m.start()] if m else tail).strip(" *")
    words = phrase.split()
    # "1,405 registered sex offenders were being managed under MAPPA", "4.1 million children
    # were living in relative poverty": the participle phrase comes after the verb
    # "30 of those being watched were jailed ...": a back-reference is short however it is spelt
    short = len(words) <= 3 or (len(words) <= 5 and _THOSE_LEAD.match(phrase) is not None)
    if m and m.group(0) in ("were", "was") and words:
        rest = tail[m.end():]
        pm = rx(r"\s+(?:being\s+)?(?P<p>\w+\s+(?:under|at|by|in|for|through)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+\d+)?)").match(rest)
        pl = rx(r"\s+(?:being\s+)?(?P<p>(?:living|sleeping|waiting|staying)\s+(?:in|on|for)\s+[a-z][^,.;:()\n]{2,40})").match(rest)
        pg = _WERE_DONE.match(rest)
        if pm and _PARTICIPLE.match(pm.group("p")):
            phrase = f"{phrase} {pm.group('p')}"
        elif pl:
            phrase = f"{phrase} {_STOP_AFTER.split(pl.group('p'))[0].strip()}"
        elif short and _predicate(rest):
            # "85 people were arrested for drink-driving in the county", "patients were seen
            # within four hours": a short noun takes what is said of it, up to a place or time
            phrase = f"{phrase} {_predicate(rest)}"
        elif pg and len(words) <= 2:
            done = _DONE_STOP.split(pg.group("p"))[0].strip()
            phrase = f"{phrase} {done}"
    elif m and (short or m.group(0) == "than" and len(words) <= 6) and (words or m.group(0) == "who"):
        phrase = _extend_phrase(phrase, m, tail)
    phrase = _LEAD_JUNK.sub("", phrase).strip()
    if len(phrase) > 90:
        # "18 RSOs breached licence requirements after being released into the community
        # following ...": the head of a long phrase, cut before a clause of time or cause
        phrase = _LONG_CUT.split(phrase[:200], maxsplit=1)[0].strip()
    if not phrase or len(phrase) > 90 or not rx(r"[A-Za-z]{2}").search(phrase) or _ADVERBS_ONLY.match(phrase):
        return None
    if rx(r"^(?:per cent|percent|times|too|of|and|or|to|in|on|at|by|for|from|with|a|an|before|after|since|during|until)\b").match(phrase):
        return None
    return phrase


_ADVERBS_ONLY = regex.compile(r"^(?:[a-z]+ly|overall|altogether|apiece|each|too)(?:\s+(?:[a-z]+ly|overall|each))*$")
_PLACE_TAIL = regex.compile(
    r"\s+(?:in|across|within|throughout|for)\s+(?:the\s+)?(?:[A-Z][\w&'-]*(?:\s+(?:and\s+)?[A-Z][\w&'-]*)*|county|area|force area|region|country|borough|city|town|district)\s*$")


_THOSE_LEAD = regex.compile(r"^(?:of\s+)?(?:those|these)\b")
_LONG_CUT = regex.compile(r"\s+(?:after|before|following|because|due\s+to|despite|including|once|until|unless|if)\s")


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


#: "the rate of knife crimes stood at", "the child poverty rate in Tameside at"
_RATE_OF = regex.compile(r"\brate\s+of\s+(?P<of>[a-z][\w&'-]*(?:\s+[a-z][\w&'-]*){0,4}?)\s+(?:among|in|for|across|stands?|stood|was|is|"
                         r"has|per|at)\b|(?<![\w'’])(?P<x>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+rate\b(?!\s+of)")


_BASE_AFTER_THING = regex.compile(
    r"(?:^|[,;:(]\s*|\b(?:the|of|in)\s+)(?P<what>[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)\s+"
    r"(?:per|for\s+every|in\s+every)\s+[\d,.]+\s*(?:k\b)?")
_NOT_A_RATE_THING = regex.compile(r"(?i)^(?:rates?|figures?|numbers?|the|a|an|cases|it|this|that)$")
_RATE_HEAD_JUNK = regex.compile(r"^(?:(?:the|a|an|its|their|this|that|national|average|overall|local|regional|same|"
                                r"highest|lowest|\w+th|eighth|high|low|higher|lower|new|current)\s+)+")


def _rate_measure(text: str, s: Statistic, s_start: int, previous_count: str | None,
                  previous_rate: str | None = None) -> str:
    expr = text[s.num_end:s.end]
    m = rx(r"^\s+(?P<what>[^\d]*?)\s*(?:per|for every|in every|for each|in each|every)\s").match(expr)
    what = m.group("what").strip() if m else ""
    if not what:
        before = text[s_start:s.num_start]
        nm = rx(r"\bnumber\s+of\s+(?P<what>[^,.;:()\n]{3,60}?)(?:\s+\([A-Z][A-Za-z]{1,8}\))?\s+(?:per|for every|in every)\b").search(before)
        nm = nm or rx(r"\bnumber\s+of\s+(?P<what>[A-Za-z][\w -]{2,60}?)\s+(?:in|across|living|registered)\b").search(before)
        what = tidy_phrase(nm.group("what")) if nm else None
        if not what:  # "Offences per 100,000 population (187)": the thing named before the base
            bm = _BASE_AFTER_THING.search(before[-120:], timeout=T)
            what = tidy_phrase(bm.group("what")) if bm and not _NOT_A_RATE_THING.match(bm.group("what")) else None
        rm = None if what else _RATE_OF.search(before[-160:], timeout=T)
        if rm:
            what = tidy_phrase(_RATE_HEAD_JUNK.sub("", rm.group("of") or rm.group("x")).strip())
            what = None if not what or _RATE_HEAD_JUNK.fullmatch(what + " ") else what
        if not what and previous_rate:
            return previous_rate  # "the rate for England and Wales is 116", "Suffolk (134)"
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


#: a row of a list: "Birmingham: 2,284 (1,872)", "1. Surrey – £632,239 (3,650 claims)", "- Leeds - 45%"
_ROW_LABEL = regex.compile(
    r"^[ \t]*(?:[-•*][ \t]*)?(?:\d{1,2}[.)][ \t]*)?[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z&][\w&'’.-]*|and|of|on|upon|the|in|le|under))"
    r"{0,5}[ \t]*(?::|–|—|-)[ \t]*(?:(?:about|around|almost|nearly|over|under|just)[ \t]+)?[£$€]?\d")
#: the words around a list's heading: "Below are the ...", "The top 10 councils for ... are:"
_HEADING_LEAD = regex.compile(
    r"^(?:(?:below|here|these|listed\s+below|the\s+following)\s+(?:are|is|were|was|shows?)\s+"
    r"|(?:the\s+)?(?:top|bottom|highest|lowest|worst|best)\s+(?:\d{1,3}|five|ten|twenty)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:for|by|with|on)\s+)?"
    r"(?:the\s+)?(?:(?:latest\s+)?figures?\s+for\s+|(?:total\s+)?number\s+of\s+)?", regex.I)
_HEADING_TAIL = regex.compile(r"\s*(?:\([^()]{0,120}\))?\s*(?:(?:are|were|is|was)(?:\s+as\s+follows)?)?\s*:?\s*$", regex.I)


@lru_cache(maxsize=2)
def _row_headings(text: str) -> dict[int, str]:
    """For each line that is a row of a list ("Birmingham: 2,284 (1,872)"), found in one pass down
    the text: the phrase of the heading above the rows ("Below are the open caseloads at each
    court (and the corresponding figure for 2024)" → "open caseloads at each court"). A heading
    is a short line that does not end a sentence; a paragraph of prose ends the list."""
    out: dict[int, str] = {}
    heading: str | None = None
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            if len(line) <= 100 and "\t" not in line and _ROW_LABEL.match(line):
                if heading:
                    out[pos] = heading
            elif len(stripped) <= 200 and not stripped.endswith((".", "!", "?", "”", '"', "’")):
                h = _HEADING_TAIL.sub("", _HEADING_LEAD.sub("", stripped, count=1), count=1).strip(" -–—")
                heading = h if 2 <= len(h.split()) <= 12 and not rx(r"\d{3}").search(h) else None
            else:
                heading = None
        pos += len(line) + 1
    return out


def _stems(phrase: str) -> set[str]:
    """Lower-case words of a phrase, a plural "s" dropped ("claims" → "claim")."""
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in rx(r"[a-z0-9&]+").findall(phrase.lower())}


def _list_heading(text: str, s: Statistic) -> str | None:
    """The heading's phrase for a figure in a row of a list under it, unless the figure names
    something else ("(3,650 claims)" under "... compensation claims paid out" keeps the heading;
    "(12 staff)" would not)."""
    line_start, _ = line_bounds(text, s.num_start)
    heading = _row_headings(text).get(line_start)
    if heading is None:
        return None
    own = phrase_after(text, s)
    if own and not _stems(own) <= _stems(heading):
        return None
    return heading


_CHANGE_WORD = regex.compile(r"\b(?:increase|rise|risen|growth|fall|fallen|drop|decrease|reduction|decline|"
                             r"change|cut|jump|more|fewer|less|higher|lower|up|down)\b", regex.I)


def what_changed(s: Statistic, measure: str | None, noun: str | None = None, base: str | None = None) -> str | None:
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
    word = _CHANGE_NOUN.get(noun or "") or ("increase" if s.direction == "up" else "fall")
    return f"{word} in {measure}{' ' + base if base else ''}"


_CHANGE_VERBS = (r"risen|rose|rise|rising|increased|increase|increasing|grew|grown|grow|growing|fallen|fell|fall|falling|"
                 r"dropped|drop|decreased|decrease|declined|decline|reduced|went\s+up|gone\s+up|go\s+up|went\s+down|"
                 r"jumped|soared|climbed|more\s+than\s+doubled|doubled")
#: "The number of offenders in Kent has risen by [90]%", "theft increased by [10]%"
_CHANGE_SUBJECT = regex.compile(
    rf"(?P<x>[A-Za-z][^,.;:()–—\[\]]{{1,90}}?)\s+(?:has\s+|have\s+|had\s+|also\s+|now\s+|been\s+|again\s+)*"
    rf"(?P<v>{_CHANGE_VERBS})\s+(?:by\s+)?(?:(?:around|about|nearly|almost|more\s+than|over|just|some|at\s+least|"
    rf"a\s+further|another)\s+)?(?:£|\$|€)?$", regex.I)
_CLAUSE_START = regex.compile(r".*(?:^|(?:[;:–—(]|,(?!\d))\s*|\b(?:(?i:and|while|whilst|but|as)|that|show|shows|showed|reveal|revealed|"
                              r"reveals|meaning|where|which)\s+(?![A-Z]))", regex.S)
_LEAD_TIME = regex.compile(r"^(?:(?:In|During|Over|Since|Across|Nationally|Overall|Meanwhile)\b[^,]{0,40},\s*"
                           r"|(?i:in|across|throughout|within)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:and\s+)?[A-Z][\w'-]*)*\s+)+")
#: "a [14]% increase in burglaries", "an increase of [9]% in fly-tipping"
_CHANGE_NOUN_AFTER = regex.compile(
    r"^\s*(?P<v>increase|rise|fall|drop|decrease|reduction|growth|jump|decline)\s+in\s+(?:the\s+)?(?=[a-z])", regex.I)
_CHANGE_NOUN_BEFORE = regex.compile(
    r"\b(?P<v>increase|rise|fall|drop|decrease|reduction|growth|jump|decline)\s+of\s+(?:(?:around|about|nearly|almost|"
    r"more\s+than|over|just|some|at\s+least)\s+)?(?:£|\$|€)?$", regex.I)
_IN_AFTER = regex.compile(r"^\s*in\s+(?:the\s+)?(?=[a-z])")
#: the baseline of a change: "on the previous year", "since 2010", "over the past 12 years"
_BASELINE = regex.compile(
    r"^\s*(?:(?:increase|rise|jump|fall|drop|decrease|reduction|growth|higher|lower|more|fewer|less)\s+)?"
    r"(?P<b>(?:on|since|over|from|compared\s+(?:with|to)|than(?:\s+in)?|in)\s+(?:the\s+)?"
    r"(?:(?:previous|past|last|same|prior|preceding)\s+(?:[\w-]+\s+){0,2}?(?:year|years|month|months|decade|period|quarter)"
    r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:single\s+)?years?(?:\s+(?:ago|earlier|before))?"
    r"|a\s+(?:single\s+)?year|(?:19|20)\d\d(?:[-/]\d\d(?:\d\d)?)?|pre-pandemic\s+levels?"
    rf"|(?:end\s+of\s+)?(?:{_MONTHS})(?:\s+(?:19|20)\d\d)?)\b)", regex.I)
_CHANGE_NOUN = {"rise": "rise", "grew": "growth", "grown": "growth",
                "grow": "growth", "growing": "growth", "growth": "growth", "reduced": "reduction", "reduction": "reduction"}


#: a change's own words where its measure should be ("more", "higher", "increase on the previous year")
_BARE_CHANGE = regex.compile(r"^(?:more|fewer|less|higher|lower|increase|rise|fall|drop|jump|decrease|reduction|growth|"
                             r"up|down|times|average|compares?)\b(?!\s+(?:(?:increase|rise|fall|drop|growth|decline|reduction|jump)\s+)?in\b)", regex.I)


def changed_thing(text: str, s: Statistic, s_start: int) -> tuple[str | None, str | None]:
    """What a change is a change in, and the word the text uses for it.

    >>> t = "The number of offenders in Kent has risen by 90% over the past 12 years."
    >>> changed_thing(t, Statistic("percentage", 90, 45, 48, 45, 47, "r", direction="up"), 0)
    ('the number of offenders', 'risen')
    """
    before = text[s_start:s.num_start]
    am = _CHANGE_NOUN_AFTER.match(text[s.end:s.end + 40])
    if am:
        what = _phrase_at(text, s.end + am.end(), "count")
        return what, am.group("v").lower()
    bm = _CHANGE_NOUN_BEFORE.search(before[-60:])
    if bm:
        im = _IN_AFTER.match(text[s.end:s.end + 20])
        return (_phrase_at(text, s.end + im.end(), "count") if im else None), bm.group("v").lower()
    clause = _CLAUSE_START.sub("", before[-160:], count=1)
    cm = _CHANGE_SUBJECT.search(_LEAD_TIME.sub("", clause), timeout=T)
    if not cm:
        return None, None
    x = _LEAD_JUNK.sub("", _LEAD_JUNK.sub("", cm.group("x").strip())).strip()
    x = tidy_phrase(x)
    if not x or _NOT_A_SHARE_HEAD.match(x) or rx(r"^(?:it|this|that|they|the\s+figure|figure|number|total|rate)$", regex.I).match(x):
        return None, cm.group("v").lower()
    return (f"the {x}" if x.startswith("number of ") else x), cm.group("v").lower()


def baseline(text: str, s: Statistic) -> str | None:
    """The period a change is measured against, as written ("than in 2015" → "on 2015").

    >>> baseline("up 14% on the previous year", Statistic("percentage", 14, 3, 6, 3, 5, "r"))
    'on the previous year'
    """
    bm = _BASELINE.match(text[s.end:s.end + 60])
    if not bm:
        return None
    return rx(r"^than(?:\s+in)?\b").sub("on", bm.group("b"))


_TIME_PHRASE = regex.compile(
    r"^(?:(?:increase|fall) in\s+)?(?:over\s+|in\s+|on\s+|during\s+)?(?:the\s+)?(?:previous|same|last|next|this|past|prior|"
    r"following|preceding)\s+(?:\w+\s+)?(?:year|years|month|months|week|period|quarter|decade|time|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)\b|^(?:previous|last)\s+year\b", regex.I)
_COMPARED = regex.compile(r"\b(?:from|than|compared (?:with|to)|against)\s+(?:the\s+)?(?:just\s+|around\s+|about\s+)?$", regex.I)


def is_compared_figure(text: str, s: Statistic) -> bool:
    """The figure is the baseline of a comparison ("up from [110] last year", "compared to
    [1,024] the previous year"): it counts what was counted before, in the baseline's period."""
    return bool(_COMPARED.search(text[max(0, s.start - 30):s.start]))


def assign(text: str, stats: list[Statistic], sentence_bounds, check=None) -> None:
    """Set ``measure`` on every statistic that has none (``check``: called every 200)."""
    abbr = abbreviations(text)
    previous: Statistic | None = None
    previous_count: str | None = None
    previous_rate: str | None = None
    earlier: list[str] = []  # the measures set so far, latest last
    for n, s in enumerate(stats):
        if check is not None and n % 200 == 199:
            check()
        if s.measure is None:
            found = expand(_measure(text, s, previous, previous_count, sentence_bounds, previous_rate), abbr)
            found = str(found) if found is not None else None
            if found is not None and _BACK_REF.match(found):
                found = antecedent(found, earlier) or found
            if found is not None and _TIME_PHRASE.match(found):
                found = None  # "the previous year" is when, not what
            noun = base = None
            if s.direction is not None:
                thing, noun = changed_thing(text, s, sentence_bounds(text, s.num_start)[0])
                found = expand(thing, abbr) or (None if found and _BARE_CHANGE.match(found) else found)
                base = baseline(text, s)
            if found is None and (s.direction is not None or is_compared_figure(text, s)):
                found = previous_count  # "an increase of four on last year": of what was counted before
            s.measure = what_changed(s, found, noun, base)
        if (s.kind == "count" and s.measure and not s.measure.startswith("population")
                and s.period_rule != "period.none_structural"):
            previous_count = s.measure
        if s.kind == "rate" and s.measure:
            previous_rate = s.measure
        if s.measure and not _BACK_REF.match(s.measure):
            earlier.append(s.measure)
        previous = s


#: "such offenders", "those patients", "these breaches": a noun that points back
_BACK_REF = regex.compile(r"^(?:of\s+)?(?P<d>such|those|these|the\s+same)\s+(?P<n>[a-z][\w-]*)(?P<rest>.*)$", regex.I)
_NOT_BACK_NOUN = frozenset("are were was is have has had who which that did do does can could will would may might "
                           "must should in on at of for with from under over aged".split())
_ANTECEDENT_TRIM = regex.compile(r"^(?:(?:increase|rise|fall|drop|growth|reduction|decrease)\s+in\s+|share\s+of\s+)|\s+per\s+[\d,]+.*$")


def antecedent(phrase: str, earlier: list[str], reach: int = 12) -> str | None:
    """A back-reference ("827 such offenders being dealt with by probation") takes the latest
    earlier measure with the same noun, plus what this phrase says of it.

    >>> antecedent("such offenders dealt with by probation", ["registered sex offenders per 100,000 people"])
    'registered sex offenders dealt with by probation'
    >>> antecedent("those patients declined treatment", ["beds", "patients waiting over a year"])
    'patients waiting over a year declined treatment'
    >>> antecedent("those cases", ["arrests"]) is None
    True
    """
    bm = _BACK_REF.match(phrase)
    if not bm:
        return None
    noun = bm.group("n").lower()
    if noun.endswith("ed") and earlier and bm.group("d").lower() in ("these", "those"):
        # "394 of these failed the test": the thing counted just before, and what it did
        head = _PARTICIPLE_TAIL.split(_ANTECEDENT_TRIM.sub("", earlier[-1]))[0].strip()
        return f"{head} {noun}{bm.group('rest')}".strip() if head else None
    if noun.endswith(("ed", "ing")) or noun in _NOT_BACK_NOUN:
        return None  # "those living alone": no noun to look back for
    stem = noun[:-1] if len(noun) > 3 and noun.endswith("s") else noun
    rest = bm.group("rest").strip()
    for m in reversed(earlier[-reach:]):
        if stem in _stems(m):
            head = _ANTECEDENT_TRIM.sub("", m).strip()
            if head:
                return f"{head} {rest}".strip()
    return None


_QUAL = r"(?:(?i:almost|nearly|about|around|roughly|more\s+than|over|at\s+least|fewer\s+than|less\s+than|just|some|only)\s+)?"
_ONE_FOR_EVERY = regex.compile(rf"^{_QUAL}(?:one|a|an|1)\s+(?P<x>[a-z][\w -]{{1,40}}?)\s+(?:for|in|to)\s+(?:every|each)\s+[\d,.]+\s+(?P<y>\w.*)$")
_ONE_IN_N = regex.compile(rf"^{_QUAL}(?i:one|\d+|two|three|four)\s+(?:in|out\s+of)\s+(?:every\s+)?[\w,.]+\s+(?P<x>[a-z][\w -]{{1,40}})$")
_WHO = regex.compile(r"^\s+who\s+(?P<p>[a-z][^,.;:()\n\[\]–—]{2,70})")


def _ratio(text: str, s: Statistic) -> str | None:
    """"one offender for every 869 people" → "people per offender"; "one in four children are
    living in poverty" → "share of children living in poverty"."""
    span = text[s.start:s.end]
    fm = _ONE_FOR_EVERY.match(span)
    if fm:
        return f"{_PLACE_TAIL.sub('', fm.group('y')).strip()} per {fm.group('x')}"
    im = _ONE_IN_N.match(span)
    if not im:
        return None
    tail = text[s.end:s.end + 150]
    pred = _predicate(_ONE_IN_VERB.sub("", tail))
    if not pred and (wm := _WHO.match(tail)):
        pred = "who " + _PRED_STOP.split(wm.group("p"))[0].strip()
    return f"share of {im.group('x')} {pred}" if pred else f"share of {im.group('x')}"


_ONE_IN_VERB = regex.compile(r"^\s+(?:in\s+[^,.;:]{2,40}?\s+)?(?:are|is|were|was)\b")
_OF_HEAD = regex.compile(r"\b(?:cost|value|price|amount|share|proportion|size|length|budget|bill|worth|sum)$", regex.I)
_OF_THE_N = regex.compile(r"\b(?i:of|out\s+of|among)\s+(?:the|these|those|them|this|which)(?:\s+[\d,.]+[^,;:.]{0,60})?[,;:]?\s*$")
_AUX = regex.compile(r"^\s+(?:(?:were|was|are|is|have|has|had)\s+(?:been\s+)?)")
_VERB_BEFORE = regex.compile(r"(?<!\b(?:was|were|is|are|has|have|had|been|be)\s)\b(?P<v>[a-z]{3,}ed|caught|sold|built|"
                             r"made|seized|issued|taken|given|found|paid|spent)\s+(?:(?:just|around|about|almost|nearly|some|more\s+than|over|"
                             r"at\s+least|a\s+further|another|an\s+extra|a\s+total\s+of|a\s+record)\s+)?$")
_LIST_ROW = regex.compile(r"(?:^|\n)[ \t]*[A-Z][\w&' -]{1,40}[ \t]+$")


def _measure(text: str, s: Statistic, previous: Statistic | None, previous_count: str | None,
             sentence_bounds, previous_rate: str | None = None) -> str | None:
    s_start, _ = sentence_bounds(text, s.num_start)
    if s.kind == "rate" and s.per:
        return _rate_measure(text, s, s_start, previous_count, previous_rate)
    table = _table(text, s)
    if table:
        return table
    listed = _list_heading(text, s)
    if listed:
        return listed
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
    if s.kind == "ratio" and (ratio := _ratio(text, s)):
        return ratio
    if s.kind in ("percentage", "ratio") and s.direction is None:
        share = _share(text, s, text[s_start:s.num_start])
        if share:
            return share
    if not after and s.direction is None and s.kind == "percentage" and (paren := _paren_share(text, s, s_start, previous)):
        return paren
    if not after and s.kind == "count" and (times := _times(text, s, s_start)):
        return times
    if not after and s.direction is None:
        early = _without_noun(text, s, s_start, previous, previous_count, reach,
                              sentence_bounds(text, max(0, s_start - 2))[0])
        if early:
            return early
    if s.kind == "money" and not after and (priced := _money_verb(text, s, s_start)):
        return priced
    if s.kind == "money" and (spent := _money_on(text, s)):
        return spent
    found = _in_sentence(text, s, s_start, after, previous, previous_count)
    return _PLACE_TAIL.sub("", found).strip() if found is not None and found is after else tidy_phrase(found)


_MONEY_ON = regex.compile(r"^\s+(?:in|on|for|towards)\s+(?:(?:an?|the|its|their)\s+)?(?=[a-z])(?!(?:the\s+)?(?:year|month|week|"
                          r"period|past|last|previous|same|first|second|third|fourth|total|each|every|average)\b)")


def _money_on(text: str, s: Statistic) -> str | None:
    """What money went on: "received £491,055 in an annual homelessness prevention grant" → annual
    homelessness prevention grant; "spent £1.2m on road repairs" → road repairs."""
    mm = _MONEY_ON.match(text[s.end:s.end + 40])
    if not mm:
        return None
    what = _phrase_at(text, s.end + mm.end(), "count")
    if not what or rx(r"\d").search(what):
        return None
    vm = rx(r"\b(?P<v>spent|spend|spending|paid|pays|paying|invested|investing|received|receives|allocated|awarded|raised|"
           r"cost|costs|costing|lost|owed|saved)\s+(?:out\s+)?(?:(?:more\s+than|over|around|about|almost|nearly|some|just)\s+)?(?:£|\$|€)?$").search(
        text[max(0, s.start - 40):s.num_start])
    verb = vm.group("v") if vm else None
    prep = mm.group(0).split()[0]
    return f"{verb} {prep} {what}" if verb in ("paid", "spent", "invested", "lost", "saved") else what


_MONEY_QUAL = r"(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under|less\s+than|at\s+least|an\s+estimated)\s+)?"
#: "Clearing up the rubbish is estimated to have cost the council around [£60,000]", "tourism is
#: now worth [£867 million]", "these visitors spending [£867million] during their stay"
_MONEY_VERB = regex.compile(
    r"(?P<x>[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,11}?)\s+(?:(?:is|are|was|were|has|have|had|will|would|could|now|also|already)\s+)*"
    r"(?:(?:(?:estimated|expected|thought|said|believed|likely|set|understood)\s+to\s+(?:have\s+)?)?"
    r"(?P<v>cost|costs|costing|worth|spending|spent|spend)\s+(?:(?:the|a|an|its|their|local)\s+[a-z]+\s+|taxpayers\s+|ratepayers\s+)?)"
    rf"{_MONEY_QUAL}(?:£|\$|€)?$")
#: a subject may be two actions joined by "and" ("Clearing up the rubbish and taking action ...")
_MONEY_CLAUSE = regex.compile(r".*(?:^|(?:[;:–—(]|,(?!\d))\s*|\b(?:that|which|while|whilst|but|with|where|when|as)\s+(?![A-Z]))", regex.S)
_NOT_MONEY_SUBJECT = regex.compile(r"^(?:it|this|that|they|we|he|she|which|who|there|figures?|data|total|bill|amount)$", regex.I)


def _money_verb(text: str, s: Statistic, s_start: int) -> str | None:
    """Money a subject costs, is worth or spends when the figure has no noun of its own:
    "cost of clearing up the rubbish", "value of tourism's contribution", "spending by visitors"."""
    clause = _MONEY_CLAUSE.sub("", text[max(s_start, s.num_start - 160):s.num_start], count=1)
    vm = _MONEY_VERB.search(_LEAD_TIME.sub("", clause), timeout=T)
    if not vm:
        return None
    x = _LEAD_JUNK.sub("", rx(r"^(?:these|those|the|its|their)\s+", regex.I).sub("", vm.group("x").strip())).strip()
    if not x or _NOT_MONEY_SUBJECT.match(x):
        return None
    x = x[0].lower() + x[1:] if x[1:2].islower() else x  # a sentence's first word
    v = vm.group("v")
    if v.startswith("cost"):
        return f"cost of {x}"
    if v == "worth":
        return f"value of {x}"
    if v != "spending" or _MONEY_ON.match(text[s.end:s.end + 40]):
        return None  # "The authority spent £2m in the year to March": no more said than the verb
    return f"spending by {x}"  # "with these visitors spending £410 million during their stay"


#: "The number of fines nearly tripled from just [621] in 2021 to [1,798]": the two ends of a change
_FROM_TO = regex.compile(
    rf"(?P<x>[A-Za-z][^,.;:()–—\[\]]{{1,90}}?)\s+(?:has\s+|have\s+|had\s+|also\s+|now\s+|been\s+|nearly\s+|almost\s+)*"
    rf"(?:{_CHANGE_VERBS}|tripled|halved|quadrupled)\b(?:(?:[^.;:()–—]|\.(?=\d)){{0,40}}?\s+from\s+[^.;:()–—]{{0,50}}?\s+to"
    rf"|(?:\s+(?:by\s+)?(?:[^.;:()]|\.(?=\d)){{0,30}}?)?\s*(?:[-–—]\s*)?from)\s+(?:just\s+|around\s+|about\s+|some\s+|nearly\s+)?(?:£|\$|€)?$", regex.I)
_COMMA_FROM = regex.compile(r"(?<=\d%|\bper\s*cent|\bpercent),(?=\s+from\s)")  # "rose by 11.3%, from A to B"
_ENDS_FROM_TO = regex.compile(r"\b(?:from|to)\s+(?:[a-z]+\s+)?(?:£|\$|€)?$")
#: "an electorate of [13,091]", "an average turnout of [30] per cent", "a target of [547]"
_NOUN_OF = regex.compile(
    r"\b(?:an?|the|its|their)\s+(?P<x>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+of\s+"
    r"(?:(?:just|around|about|almost|nearly|under|over|more\s+than|less\s+than|some|only)\s+)?(?:£|\$|€)?$")
_NOT_NOUN_OF = regex.compile(r"(?:^|\s)(?:increase|rise|fall|drop|decrease|reduction|growth|jump|decline|total|number|"
                             r"figure|rate|levels?|maximum|minimum|average|change|cut|amount|sum|value|population|one|some)$")
#: "the child poverty rate in Tameside at [29]%", "the waiting list stood at [12,188]"
_AT_COMPLEMENT = regex.compile(
    r"\bthe\s+(?P<x>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)(?:\s+(?:in|for|at)\s+[A-Z][\w&' -]{1,40}?)?\s+"
    r"(?:(?:now\s+)?(?:stands|stood|standing|remained|remains)\s+)?at\s+(?:(?:just|around|about|almost|nearly)\s+)?(?:£|\$|€)?$")
#: "the open caseload was [78,329]", "the waiting list reached [12,188]": the subject of a copula
#: or of a verb of reaching, when the figure has no noun of its own
_COPULA_COMPLEMENT = regex.compile(
    r"(?<!\b(?:of|for|in|on|to|with|from)\s)\b(?:the|its|their|this|that)\s+(?P<x>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s+"
    r"(?:(?:was|were|is|are|has\s+been|had\s+been|reached|totalled|totaled|hit|rose\s+to|fell\s+to|"
    r"grew\s+to|dropped\s+to|climbed\s+to|increased\s+to|decreased\s+to)\s+)"
    r"(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under|a\s+record)\s+)?(?:£|\$|€)?$")
_NOT_COPULA_HEAD = regex.compile(
    r"(?:^|\s)(?:figure|figures|number|total|tally|level|levels|rate|result|increase|rise|fall|drop|change|"
    r"it|this|that|there|year|month|week|day|time|case|reason|answer|aim|target|goal|average)$")
#: a figure with no noun that continues a list ("137 by the central division, 101 in the west"),
#: a subject's possession ("Northumbria had 1652") or a back-reference ("the figure was 802")
_CONTINUES = regex.compile(
    r"(?:(?:\bhad|\bhas|\bwith|\bremaining|[,;–—-]|\band|\bwhile|^)\s*|\b(?:the\s+|that\s+|this\s+|last\s+year's\s+)?"
    r"(?:figure|number|total|tally)\s+(?:was|is|stood\s+at|stands\s+at|were)\s+)"
    r"(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under)\s+)?$", regex.I)
_CONTINUE_TAIL = regex.compile(r"^\s*(?:by|in|at|for|across|among|from|nationally\b|respectively\b|[,;.)–—-]|(?:and|while|whilst|but|compared)\b|$)")


#: a second copula whose subject is left out: "..., and in June 2005 was [9,817]"
_ELIDED = regex.compile(r"\b(?:and|while|whilst|but)\s+(?:(?:in|by|at|on)\s+[^,.;:()]{2,30}?\s+)?(?:was|were|is|are|stood\s+at|"
                        r"had\s+been|has\s+been)\s+(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under|only)\s+)?"
                        r"(?:£|\$|€)?$")
_THERE_WERE = regex.compile(r"\b(?i:there)\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+"
                           r"(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under|only)\s+)?$")
_PAREN_CLOSE = regex.compile(r"^\s*(?:%|per\s*cent|percent|pc)?\s*\)")
_PAREN_THING = regex.compile(r"(?P<x>[^,;:()\n\d]{2,80}?)\s*\(\s*$")
_PAREN_CUT = regex.compile(r"^.*\b(?:was|were|is|are|by|than|with|including|followed\s+by|as|of\s+(?:these|those|them))\s+", regex.S)
_LEAD_PREP = regex.compile(r"^(?:(?:and|or|on|in|at|from|for|to|into|across|within|among|the|a|an|its|their)\s+)+")


def _paren_share(text: str, s: Statistic, s_start: int, previous: Statistic | None) -> str | None:
    """A percentage in brackets after what it is a share of: "discovered on council land (36%)"
    → share of council land; "394 of these failed the test (12.2 per cent)" → share of the
    figure's own measure. A place before the bracket ("Hartlepool (37.9%)") is left to the
    figure before it."""
    if not _PAREN_CLOSE.match(text[s.end:s.end + 12]) or text[max(s_start, s.num_start - 3):s.num_start].rstrip()[-1:] != "(":
        return None
    before = text[max(s_start, s.num_start - 100):s.num_start]
    if previous is not None and previous.measure and previous.kind in ("count", "quantity") \
            and s_start <= previous.num_end < s.num_start and not rx(r"[,;:()–—]").search(text[previous.end:s.num_start - 1]):
        return f"share of {previous.measure}"  # "394 of these failed the test (12.2 per cent)"
    xm = _PAREN_THING.search(before)
    if not xm:
        return None
    x = _PAREN_CUT.sub("", xm.group("x")).strip()
    x = _LEAD_PREP.sub("", rx(r"^(?:[a-z]+ed|found|seen|made|held|kept|left|spent)\s+(?=(?:on|in|at|by|from|into)\s)").sub("", x))
    if not x or not x[0].islower() or len(x.split()) > 8 or rx(r"^\w+(?:est|er)$").match(x):
        return None  # "the highest (38.8%) and lowest (11.0%)": no thing named
    return f"share of {x}"


_TIMES_AFTER = regex.compile(r"^\s+times\b")
_TIMES_BEFORE = regex.compile(
    r"(?P<x>[A-Za-z][^,.;:()–—\[\]\d]{3,100}?)\s+(?:(?:more\s+than|over|almost|nearly|about|around|some|at\s+least|just)\s+)?$")


def _times(text: str, s: Statistic, s_start: int) -> str | None:
    """A count of occasions: "sex offenders were cautioned or convicted more than [1,640] times
    for breaching notification requirements" → times sex offenders were cautioned or convicted
    for breaching notification requirements."""
    if not _TIMES_AFTER.match(text[s.end:s.end + 8]):
        return None
    clause = _CLAUSE_START.sub("", text[max(s_start, s.num_start - 160):s.num_start], count=1)
    xm = _TIMES_BEFORE.search(_LEAD_TIME.sub("", clause))
    if not xm or len(xm.group("x").split()) < 2:
        return None
    rest = text[s.end:s.end + 120][_TIMES_AFTER.match(text[s.end:s.end + 8]).end():]
    tm = rx(r"^\s+(?P<p>(?:for|after|in\s+connection\s+with|over)\s+[a-z][^,.;:()\n\[\]–—]{2,70})").match(rest)
    tail = f" {_PRED_STOP.split(tm.group('p'))[0].strip()}" if tm else ""
    x = rx(r"^(?:with|by|after)\s+").sub("", xm.group("x").strip())
    x = x[0].lower() + x[1:] if x[1:2].islower() else x  # a sentence's first word: "Offenders were ..."
    return f"times {x}{tail}"


def _without_noun(text: str, s: Statistic, s_start: int, previous: Statistic | None, previous_count: str | None,
                  reach: int, last_sentence: int = 0) -> str | None:
    """Measures for a figure with no noun of its own after it."""
    before = text[s_start:s.num_start]
    fm = _FROM_TO.search(_CLAUSE_START.sub("", _COMMA_FROM.sub(" from", before[-200:]), count=1), timeout=T) \
        if _ENDS_FROM_TO.search(before[-24:]) else None
    if fm:
        x = tidy_phrase(rx(r"^(?:the\s+)?(?:(?:total\s+)?number\s+of\s+)?", regex.I).sub("", _LEAD_TIME.sub("", fm.group("x"))))
        if x and not rx(r"^(?:it|this|that|they|figures?|data|statistics)\b", regex.I).match(x):
            return x  # "The number of fines nearly tripled from just 621 to 1,798": fines
    nm = _NOUN_OF.search(before[-80:])
    if nm and not _NOT_NOUN_OF.search(nm.group("x")):
        return nm.group("x")
    am = _AT_COMPLEMENT.search(before[-120:])
    if am and not _BARE_CHANGE.match(am.group("x")) and not rx(r"(?:^|\s)(?:levels?|figure|number|total)$").search(am.group("x")):
        return am.group("x")
    cm = _COPULA_COMPLEMENT.search(before[-100:])
    if cm and not _NOT_COPULA_HEAD.search(cm.group("x")) and not _BARE_CHANGE.match(cm.group("x")):
        return cm.group("x")
    tail = text[s.end:s.end + 40]
    if previous is not None and previous.measure and previous.num_end >= s_start and _ELIDED.search(before[-70:]) \
            and (previous.kind == s.kind or s.kind == "count" and previous.kind in ("count", "quantity")) \
            and not _CHANGE_PREFIX.match(previous.measure):
        return previous.measure  # "the waiting list was 12,188, and in June 2005 was 9,817": the same subject
    if previous_count and _THERE_WERE.search(before[-40:]) and rx(r"^\s*(?:[,;.)–—]|$)").match(tail):
        return previous_count  # "... five years ago, when there were 728.": the thing counted before
    if previous is not None and previous.measure and previous.num_end >= reach and _CONTINUE_TAIL.match(tail):
        if rx(r"(?:^|[\s(])\($").search(before[-2:]) or _CONTINUES.search(before[-40:]):
            same = previous.kind == s.kind or s.kind == "count" and previous.kind in ("count", "quantity")
            if same and not previous.measure.startswith(("increase in", "fall in", "rise in")):
                return previous.measure  # "Hartlepool (37.9%)", "101 in the west division"
            if s.kind == "count" and previous_count and _CONTINUES.search(before[-40:]):
                return previous_count
    if _OF_THE_N.search(before[-80:]) and previous is not None and previous.measure and previous.num_end >= last_sentence:
        pred = _predicate(_AUX.sub(" ", text[s.end:s.end + 150], count=1))
        head = _PARTICIPLE_TAIL.split(previous.measure)[0].strip()
        return f"{head} {pred}" if pred else previous.measure  # "Of the 489 RSOs, 456 are guilty of ..."
    pm = rx(r"^\s+(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+)").match(tail + text[s.end + 40:s.end + 160])
    if pm and s.kind == "count":
        return _predicate(" " + (tail + text[s.end + 40:s.end + 160])[pm.end():])  # "And 151 were arrested for drug-driving"
    return None


_SHARE_OF = regex.compile(r"\s*(?:of|among|amongst)\s+(?:(?:the|all|these|those|its|their|his|her|our)\s+)*(?=[A-Za-z])")
#: "sex offenders made up 74% of ...", "accounting for 60% of arrivals", "representing 92% of all visitors"
_SHARE_VERB = regex.compile(
    r"(?:^|[,;:–—(]\s*|\b(?:and|which|that|while)\s+)(?:(?:In|Across|Of)\s[^,]{2,40},\s*)?(?P<x>[A-Za-z][^,;:()–—]{1,60}?)?\s*"
    r"\b(?:made\s+up|make\s+up|makes\s+up|accounted\s+for|accounting\s+for|accounts?\s+for|represent(?:ed|ing|s)?|"
    r"comprised|formed)\s+(?:just\s+|around\s+|about\s+|almost\s+|nearly\s+|some\s+|over\s+|more\s+than\s+)?$")
_SHARE_WERE = regex.compile(r"(?P<np>[^,.;:()\n]{2,80}?)\s+(?:were|was|are|is)(?=\s)")
#: "25.3% or a quarter of all children": the same share spelt again before its "of"
_SHARE_ALT = regex.compile(
    r"\s*(?:per\s*cent|percent|%)?\s*,?\s+or\s+(?:(?:around|about|nearly|almost|roughly|just\s+over|just\s+under|more\s+than|"
    r"less\s+than|over|under)\s+)?(?:a|one|two|three|four|half|\d+)(?:\s+(?:in|out\s+of)\s+(?:every\s+)?[\w,]+|\s+"
    r"(?:quarter|third|half|fifth|sixth|tenth)s?|\s*(?:per\s*cent|percent|%))?,?(?=\s+of\s)", regex.I)
_NOT_A_SHARE_HEAD = regex.compile(r"^(?:it|this|that|they|these|those|which|who|figures?|data|\w+ly)$", regex.I)


def _share(text: str, s: Statistic, before: str) -> str | None:
    """A share: "74% of patients were seen within four hours" → "share of patients seen within four
    hours"; "sex offenders made up 80% of those under MAPPA" → "sex offenders as a share of those
    under MAPPA"; "a third of adults are obese" → "share of adults obese"."""
    alt = _SHARE_ALT.match(text, s.end, s.end + 50)
    om = _SHARE_OF.match(text, alt.end() if alt else s.end, s.end + 90)
    if not om:
        return None
    what = _phrase_at(text, om.end(), "count")
    if not what:
        return None
    first = what.split()[0]
    if len(what.split()) > 3 and not _VERB_IN_PHRASE.search(f" {what} "):
        # "81 per cent of patients arriving at A&E were treated or admitted within the four-hour
        # target": a long subject takes its predicate too
        wm = _SHARE_WERE.match(text, om.end(), om.end() + 100)
        if wm and _LEAD_JUNK.sub("", wm.group("np").strip()).strip() == what and (pred := _predicate(text[wm.end():wm.end() + 150])):
            what = f"{what} {pred}"
    if text[om.start():om.end()].rstrip().endswith(("those", "these")) and (
            first in ("subject", "who", "under", "aged", "living", "on", "in") or first.endswith("ed")):
        what = f"those {what}"  # "74% of those subject to MAPPA", "9% of those injured"
    vm = _SHARE_VERB.search(before[-120:], timeout=T)
    if vm:
        head = (vm.group("x") or "").strip()
        head = _LEAD_JUNK.sub("", head).strip()
        if head and not _NOT_A_SHARE_HEAD.match(head):
            return f"{tidy_phrase(head) or head} as a share of {what}"
    return what if s.kind == "percentage" else f"share of {what}"  # the kind says it is a share


#: a phrase after a figure that is only a participle ("the 1.14 million reported in 2020-21")
_BARE_PARTICIPLE = regex.compile(rf"^(?:{_PARTICIPLES}|[a-z]+ed)$")
_CHANGE_PREFIX = regex.compile(r"^(?:increase|rise|fall|drop|growth|reduction|decrease|decline|jump)\s+in\s+")
_CHANGE_BASE = regex.compile(
    r"\s+(?:on|since|over|from|compared\s+(?:with|to))\s+(?:the\s+)?(?:previous|past|last|same|prior|preceding|"
    rf"a\s+year|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years?|(?:19|20)\d\d|end\s+of|pre-pandemic|{_MONTHS})\b.*$")


def unchanged(measure: str) -> str:
    """The thing a change measure is a change in: the baseline of "up 2 per cent from 76,957"
    counts the open caseload, not its increase.

    >>> unchanged("increase in open caseload since end of March")
    'open caseload'
    >>> unchanged("fly-tipping incidents")
    'fly-tipping incidents'
    """
    if not _CHANGE_PREFIX.match(measure):
        return measure
    return _CHANGE_BASE.sub("", _CHANGE_PREFIX.sub("", measure)).strip() or measure


def _in_sentence(text: str, s: Statistic, s_start: int, after: str | None, previous: Statistic | None,
                 previous_count: str | None) -> str | None:
    before = text[s_start:s.num_start]
    om = _OF_WHOM.match(text[s.end:s.end + 80])
    if om:
        what = regex.split(r"\s+(?:and|but|while|or)\s+|" + _STOP_AFTER.pattern, om.group("what"))[0].strip()
        return what or (previous.measure if previous else None)
    if after and _BARE_PARTICIPLE.match(after) and previous is not None and previous.measure \
            and previous.num_end >= s_start and (head := _PARTICIPLE_TAIL.split(unchanged(previous.measure))[0].strip()):
        return f"{head} {after}"  # "a fall from the 1.14 million reported in 2020-21": what was counted, reported
    if after and s.kind not in ("percentage", "change") and not rx(r"^(?:the\s+)?(?:year|month|week|day)s?\b").match(after):
        vm = _VERB_BEFORE.search(before[-40:])
        if vm and len(after.split()) <= 2 and s.kind in ("count", "quantity"):
            return f"{after} {vm.group('v')}"  # "officers tested 2,217 drivers" → drivers tested
        return after
    fb = _FROM_BEFORE.search(before[-30:])
    if fb and previous is not None and previous.num_end >= s_start and previous.measure:
        if fb.group(0).rstrip().lower().endswith("than"):
            return previous.measure  # "two rose by more than 200% and one by more than 300%": the same change
        return unchanged(previous.measure)  # "1,234 offences ..., up from 1,100": the same thing, earlier
    nm = _NUMBER_OF.search(before[-200:], timeout=T)
    if nm:
        return nm.group("what").strip()  # tidied by the caller: "homeless households in Reading" → ...
    sm = _SUBJECT.match(before)
    if sm and s.kind in ("count", "money", "percentage", "change") and \
            rx(r"\b(?:to|at|by|of|reached|totalled|totaled|hit|was|were|is|are)\s+(?:\*\*)?(?:almost|nearly|about|some|more than|over|around)?\s*(?:£|\$|€)?$").search(before):
        np = sm.group("np").strip()
        if _OF_HEAD.search(np) and (sm.group("pp") or "").strip().startswith("of "):
            np = f"{np}{sm.group('pp')}"  # "the cost of clearance to local authorities was £10.7m"
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
