"""What each statistic measures: a short noun phrase ("registered sex offenders managed at
Level 2", "Sexual Offences Prevention Orders applied for").

Pure functions over the text and the statistics, tried in order, each recorded nowhere but
easy to test on its own:

1. the noun phrase after the number, with its participle modifier ("641 offenders managed at
   Level 2", "1,405 registered sex offenders were being managed" → up to the finite verb);
2. "the number of X ... was N", "a population of N", "a total of N X";
3. "N of whom were X", "Of these N" → the earlier figure's measure;
4. a table cell (:mod:`extractor.tables`): its column heading read with the table's title
   ("Rate per 1,000" under "Households in temporary accommodation" → the rate of households in
   temporary accommodation per 1,000), a change column as the change in its neighbour's measure,
   a row label that is no place as what the row counts; a tab table's "(b)" items and "Level N"
   rows: the question or caption above the table, narrowed to the item; a list row ("Burglary –
   1,200") its label with the list's title;
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
10. changes (``changed_thing``, ``baseline``): what changed (the subject of "rose", "was up",
    "an increase in X", "cut X by", "[£1m] higher than last year's X"), the text's word for it
    ("rise", "growth"), and the baseline it is measured against ("on the previous year", "since
    2010"); a subject that only points back ("the number", "it") takes the subject of the
    sentence before; a bare "a 2% decline" takes the change just before it;
11. the ends of a change: "X rose by 9% to [2,140] offences" → X; "from A ... to [B]" → A's
    measure; "- up to [50.2%]" after "an increase in the share of X" → the share of X;
12. figures set beside others: "[N] people are waiting - up by [M]", "up 16%, or [8,000]
    offences", "240 applications - or [one in five] -", "equivalent to [5,020] youngsters",
    "the figure for Essex was [980]", "..., and Surrey [24 per cent]", "Hull (48 per cent)";
13. money: "tourism contributes [£4bn] to the economy", "these visitors spent [£337m]", "spent
    [£49.8m] clearing up waste", "paid [£119,000] on over 600 claims", "the 2013/14 figure of";
    jobs: "the industry supports [38,486] jobs" → jobs supported by the industry.

A place between a short noun and its verb ("people in England are waiting for treatment"), an
aside between dashes and an abbreviation in brackets are read past; a list of participles
("seen, treated, admitted or discharged") is one predicate.

Abbreviations the document defines ("Registered Sex Offenders (RSOs)") are expanded.
Regular expressions with the ``regex`` module rather than spaCy's Matcher: the pipeline runs
without a parser, and the phrase boundaries here are punctuation and a closed list of verbs.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import regex
from .regexes import Pattern, cached, compiled

from .rules import alternation, holds_any, lexicon, may_say, pretested, rx, timeout_for
from .normalize.periods import MONTH_NAMES
from .gazetteer import gazetteer
from .types import Statistic
from .sentences import line_bounds
from .tables import Cell, cell_at, header_cells

_FINITE = (r"were|was|are|is|have|has|had|will|would|could|can|may|must|should|did|do|does|"
           r"who|which|that|than|because|but|while|whilst|whereas|although|when|where|meaning|"
           r"as(?<!\b(?:classed|classified|defined|considered|regarded|counted|categorised|categorized|rated|assessed|"
           r"identified|described|listed|graded|accepted|recognised|recognized|treated|recorded|flagged|diagnosed|certified|confirmed)\sas)|"
           r"equates|represents|rose|fell|increased|decreased|compared|according|include|includes")
_MONTHS = "|".join(MONTH_NAMES)
#: the first letters of the words of the first branch of _STOP_AFTER (a look-ahead at them ends the
#: test at once elsewhere, at every word end and capital: the same matches, for ~20% less work)
_STOP_WORD_HEADS = "[a-fhilmnr-uwy]"
#: (the branches that open with a space are written as one, ``\s(?:A|B)`` for ``\sA|\sB``, in the same
#: order: the same match at each place, with the space tested once)
_STOP_AFTER = compiled(
    rf"\b(?={_STOP_WORD_HEADS})(?:{_FINITE}|last|this|next|since|during|(?<!\baged\s)between|until|respectively|(?<!ing\s|-)up|(?<!ing\s|-)down|today|yesterday|in\s+(?:20|19)\d\d)\b|[,.](?!\d)|[;:()\[\]\n\t–—]| - "
    r"|\s(?:(?:(?:by|before|until)\s+(?:19|20)\d\d\b|(?<!\bout\s)(?:of|at|from)\s+(?!(?:999|111|101)\s+(?:calls?|emergency|non-emergency)\b)[£$€]?\d|(?:on|against)\s+(?:the\s+)?[£$€]\d|(?=(?:and|or)\s)(?<!\bbetween\s+[\w.,]+\s)(?:and|or)\s+[£$€]?\d|in\s+(?:total\b|all\b(?!\s+(?:the\s+)?[a-z])))"  # (not "in all schools")
    # ("(?=(?:and|or)\s)": what the next words must be anyway, tested before the long look back at every space)
    # (not the service number of "71% of 999 calls": the numbers of not.service_number_named in numbers.json)
    r"|(?:in|across|within|throughout|by)\s+(?=[A-Z]))"  # a place or an agent ("recorded by Kent Police")
    # the level a change reached: "a rise in the homicide rate [to 723]" (not a span of ages or numbers:
    # "people aged five to 11", "16 to 24")
    # the end of a span of ages when a doing or a figure follows: "children aged between five and 11| received 40 awards"
    r"|\s(?=(?:[a-z]+ed|received|got|took|made|saw|showed|gave|won|lost|spent)\b|[£$€]?\d)"
    r"(?<=\baged\s+(?:between\s+)?[\w.,]+\s+(?:and|to|-)\s+[\w.,]+\s)"
    # (the cheap tests first: a letter, then " to " ahead, and only then the words it may not follow)
    r"|(?<=[a-z])(?=\s+to\s)(?<!\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|"
    r"aged|age|ages|years|from|between|up))\s+to\s+"
    r"(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under|a\s+record)\s+)?[£$€]?\d"
    r"|\s(?:(?:and|but)\s+[a-z]+(?:ed|ing)\s+(?=(?:around|about|some|more|over|almost|nearly|at\s+least|a|an|the|its|their|[£$€\d]|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\b))"
    rf"|(?:in|over|during)\s+the\s+(?:(?:latest|last|past|previous|same|current|first|second|final)\s+)?(?:year|12 months|twelve months|period|quarter|month|week|financial year)\b"
    rf"|(?:to|at|by|in|on|from)\s+(?:the\s+end\s+of\s+)?(?:\d\d?(?:st|nd|rd|th)?\s+)?(?:{_MONTHS})\b)")
#: the copula, with its modal and forecast forms: "is", "would be", "could have been", "is set to be",
#: "is expected to be" ("the increase for a Band D property would be [£73.41]")
_BE_FORMS = (r"(?:is|was|are|were|(?:has|have|had)\s+been|(?:will|would|could|should|may|might)\s+(?:now\s+|still\s+|also\s+)?"
             r"(?:be|have\s+been)|(?:is|are|was|were)\s+(?:set|expected|forecast|predicted|projected|likely|due|estimated|"
             r"thought|believed)\s+to\s+(?:be|have\s+been))")
#: "X rose by 12% to 4,567", "The waiting list at the trust stood at 45,678": the subject X
#: the subject noun phrase at a clause's start, with its place or pertaining phrase (_SUBJECT, _SUBJECT_BE)
#: the verbs of a level that held, and the words that may stand between one and "at": "remained at",
#: "held steady at", "stayed unchanged at", "remained the same at", "hovered at" (the subject before is what the figure
#: measures)
_HELD_VERB = r"(?:remained|remains|held|holds|stayed|stays|sat|sits|hovered|hovers)"
_HELD_STATE = r"(?:steady|stable|firm|flat|unchanged|level|the\s+same)"
_SUBJECT_HEAD = (r"^\W*(?:(?:the|a|an|some|our|its|their)\s+)?(?:(?:total\s+)?(?:number|total|count|figure|level|amount)\s+of\s+)?"
                 r"(?P<np>[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,5}?)"
                 # (a list inside the phrase is no clause: "sent for recycling, composting or reuse")
                 r"(?P<pp>\s+(?:in|at|for|across|of|on|to)\s+(?:[^,;:]|,(?=\s+[a-z][\w-]*(?:,\s+[a-z][\w-]*)*\s+(?:or|and)\s)){1,80}?)?\s+")
_SUBJECT = compiled(
    _SUBJECT_HEAD +
    r"(?:(?:has|have|had)\s+(?:(?:now|also|already|just|since|finally|recently)\s+)?|(?:now|also)\s+)?"
    r"(?:rose|risen|fell|fallen|increased|decreased|grew|grown|dropped|jumped|climbed|"
    r"improved|worsened|deteriorated|recovered|slipped|eased|dipped|declined|shrunk|shrank|narrowed|widened|"
    r"(?:ranged|ranges|range|varied|varies|vary)\s+from|"
    r"went\s+up|went\s+down|stood|stands|reached|reaches|totalled|totaled|totals|hit|hits|was|were|is|are|"
    rf"{_HELD_VERB}(?:\s+{_HELD_STATE})?\s+at|"
    r"comes\s+to|came\s+to|amounts\s+to|amounted\s+to|returned\s+to|recovered\s+to|bounced\s+back\s+to|"
    r"(?:will|would|could|may|might)\s+(?:now\s+|still\s+)?(?:hit|reach|total|rise\s+to|fall\s+to|stand\s+at|"
    rf"(?:remain|stay|sit|hold)(?:\s+{_HELD_STATE})?\s+at))\b", regex.I)
#: "The waiting list should be [4,000] by the summer", "The bill is set to be [£1,890]": a subject whose
#: modal copula stands right before the figure (the whole clause up to the figure: not "Eight men have been
#: jailed ... a value of [£100m]")
_SUBJECT_BE = compiled(
    _SUBJECT_HEAD +
    rf"{_BE_FORMS}\s+(?:\*\*)?(?:(?:almost|nearly|about|some|more\s+than|over|around|an\s+estimated)\s+)?(?:£|\$|€)?$", regex.I)
_FROM_BEFORE = compiled(r"\b(?:up|down|rising|falling|increasing|decreasing)?\s*from\s+(?:the\s+)?(?:\*\*)?$|"
                             r"\b(?:below|above|doubling|tripling|trebling|halving|doubled|tripled|trebled|halved)\s+(?:the\s+)?(?:£|\$|€)?$|"
                             r"\b(?:on|from|since|below|above)\s+(?:a|the|its|their)\s+(?:(?:previous|recent|record|all-time)\s+)?"
                             r"(?:low|peak|high|low\s+point|high\s+point|record)\s+of\s+(?:(?:just|around|about|almost|nearly|some)\s+)?(?:£|\$|€)?$|"
                             r"\bcompared\s+(?:with|to)\s+(?:(?:a\s+little|just|around|about|almost|nearly|some|over|under|"
                             r"more\s+than|less\s+than|fewer\s+than)\s+)*$|\bagainst\s+$|\bthan\s+$"
                             r"|\b(?:up|down)\s+[\d.,]+\s*(?:%|per\s*cent|percent)\s+on\s+$", regex.I)
#: participles that qualify a counted noun ("offenders managed at Level 2", "SOPOs granted as full orders")
_PARTICIPLES = (r"managed|living|registered|held|cautioned|convicted|charged|subject|returned|recorded|reported|"
                r"monitored|supervised|granted|imposed|applied|sentenced|arrested|issued|made|referred|waiting|"
                r"sleeping|dumped|seized|involving|aged|refused|approved|rejected|withdrawn|dismissed|upheld|placed|"
                r"given|sent")
_PARTICIPLE = compiled(rf"^(?:{_PARTICIPLES})\b")
#: a place the phrase is at: "waiting for treatment at Wye Valley NHS Trust", "at the Royal Infirmary"
_AT_PLACE = compiled(r"\s+at\s+(?:the\s+)?(?=[A-Z])")
#: a word a phrase cut to length cannot end on ("waiting for operations or")
_DANGLING_END = compiled(r"(?:\s+(?:or|and|of|for|in|on|at|to|the|a|an|with|from|by|its|their|his|her|our|where|who|which|that|when))+$")
_LEAD_JUNK = compiled(r"^(?:more|fewer|less|extra|additional|new|other|further|plus|of\s+the|of|the)\s+", regex.I)
_NUMBER_OF = compiled(
    r"\b(?:the\s+)?(?:total\s+)?(?:number|total|count|figure)\s+of\s+(?P<what>[^,.;:()\n]{3,120}?)"
    r"\s+(?:was|were|is|are|stood at|" + _HELD_VERB + r"(?:\s+" + _HELD_STATE + r")?\s+at|(?:now\s+)?standing at|numbering|reached|rose to|fell to|of|totalled|at|(?:up\s+|down\s+)?to|past|passed|topped|"
    r"exceeded|surpassed|hit|above|below)\s*(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under)\s+)?$", regex.I)


def _has_number_of(window: str) -> bool:
    """A cheap guard before the "the number of X was" patterns."""
    return " of " in window and ("umber" in window or "otal" in window or "ount" in window or "igure" in window)


_POPULATION = compiled(r"\bpopulation(?:\s+of\s+(?P<of>[A-Z]\w*(?:\s+[A-Z]\w*)*))?[^.]{0,40}$")
_WERE_PARTICIPLE = compiled(
    rf"^\s+(?:was|were)\s+(?P<p>(?:\w+ly\s+)?(?:{_PARTICIPLES})\b(?:(?!\s+(?:and|but|while|whereas)\s)[^,.;:()\n]){{0,60}})")
_PARTICIPLE_TAIL = compiled(rf"\s+(?:\w+ly\s+)?(?:{_PARTICIPLES})\b")
#: past participles not spelt -ed ("300 of them upheld", "of which 40 were sold")
_IRREGULAR_DONE = r"upheld|held|seen|sent|given|taken|made|found|kept|paid|won|lost|shown|brought|caught|sold|built"
_OF_WHOM = compiled(r"^\s*(?:%|per\s*cent|percent)?\s+of\s+(?:(?:whom|which|them|these)\s+(?P<aux>were|was|are|is)\s+"
                         rf"|(?:whom|which|them|these|those)\s+(?=(?:[a-z]+ed|{_IRREGULAR_DONE}|for|in|at|from|with|aged|under|over|on)\b))"
                         r"(?P<what>[^,.;:()\n]{2,60})")
_OF_THESE = compiled(r"\b(?:of|among|amongst)\s+(?:these|those|them|the)\s*$", regex.I)
_CAPTION_LEAD = compiled(
    r"^(?:[-•*]\s*)?(?:\(?[ivx]+\)|\(?[a-z]\)|\d+\.)?\s*(?:the\s+)?(?:(?:total\s+)?number\s+of\s+)?", regex.I)
_CAPTION_TAIL = compiled(
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
    if "(" not in text:
        return out  # (the definition is in brackets: no scan of a text without one)
    for m in _ABBR_USE.finditer(text, timeout=timeout_for(text)):
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
        else:
            # "Temporary accommodation (TA)": as many words as letters, each opening on one of them
            tail = words[-len(caps):]
            if len(caps) >= 2 and len(tail) == len(caps) and all(w.isalpha() for w in tail) \
                    and "".join(w[0] for w in tail).upper() == caps:
                out.setdefault(abbr, " ".join(tail))
    return out


_ABBR_USE = compiled(r"(?<=\S)\s+\((?P<abbr>[A-Z][A-Za-z&]{1,8}?)s?\)")


def expand(phrase: str | None, abbr: dict[str, str]) -> str | None:
    """Spell out defined abbreviations in a measure.

    >>> expand("RSOs managed at Level 2", {"RSO": "Registered Sex Offenders"})
    'registered sex offenders managed at Level 2'
    """
    if not phrase or not abbr:
        return phrase
    if not any(name in phrase for name in abbr):
        # both patterns below need one of the names, literally (escaped, case-sensitive): neither can
        # match, and the phrase is returned as is (without compiling the document's patterns)
        return phrase

    def repl(m: regex.Match) -> str:
        return abbr[m.group(1)].lower()
    definition, use = _abbreviation_patterns("|".join(map(regex.escape, abbr)))
    phrase = definition.sub("", phrase)  # the definition itself
    return use.sub(repl, phrase)


@lru_cache(maxsize=16)
def _abbreviation_patterns(names: str) -> tuple[Pattern, Pattern]:
    """The patterns of :func:`expand` for one document's abbreviations, compiled once for all
    its measures (not twice per measure; a small cache: the names come from document text)."""
    return (compiled(r"\s*\((?:" + names + r")s?\)"), compiled(r"(?<![\w&])(" + names + r")s?(?![\w&])"))


_WERE_DONE = compiled(
    r"\s+(?:being\s+|been\s+)?(?P<p>[a-z]+(?:ed|en|wn|ht|ld|lt|nt)\b(?:\s+(?:for|with|by|as|under|from|on|to|into|over)"
    r"\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,4})?)")
_DONE_STOP = compiled(r"\s+(?:in|during|over|across|last|this|since|between|after|before|while|which|who|and|but|at|on)\b"
                           r"(?:\s+(?:the|a|an|this|last|their|its))?\s*(?=[A-Z\d]|the\b|this\b|last\b|year|month|week|county|area|region|country|city|town)")


#: what is said of a generic noun ("people are required to sign the register", "patients were
#: seen within four hours", "referrals turned away"): a participle or adjective and its complement
_PREDICATE = compiled(
    r"^\s+(?:(?:being|been|now|also|still|all|then|likely\s+to\s+be|estimated\s+to\s+be|found\s+to\s+be)\s+)*"
    r"(?P<p>(?!(?:wo)?men\b|children\b|citizens\b|parents\b|students\b|residents\b|patients\b|adults\b)"
    r"(?:\w+ly\s+|[a-z]+\s+(?=[a-z]+ed\b))?(?:[a-z]+(?:ed|en|wn|ht|lt|ld|nt|ung|ept)|required|subject|living|"
    r"(?:put|set|cut|hit|let|shut|paid|told|sold|found|left|lost|fed|led|met|won|struck|stuck)(?=\s+[a-z])|"
    r"(?!(?:during|including|excluding|according|following|regarding|concerning|being|something|nothing|anything)\b)[a-z]{3,}ing(?=\s+[a-z])|"
    r"(?:made|done)(?=\s+(?:\d|within|after|before|more|less|over|under))|waiting|sleeping|staying|born|obese|overweight|homeless|unemployed|male|female|aged|eligible|unable|able|responsible|guilty|"
    r"open|on|in\s+(?=(?:[a-z]+\s+)?(?:poverty|care|work|debt|arrears|custody|prison|hospital|need|accommodation|housing|"
    r"education|employment|treatment|hostels?|shelters?)\b))"
    r"\b[^,.;:()\n\[\]–—]{0,70})")
#: the second words of pairs joined by "and" inside one noun phrase ("households in bed and breakfast
#: accommodation", "children and young people", "drug and alcohol services"): no new clause starts there
_PAIR_SECONDS = (r"over|under|above|older|breakfast|emergency|social\s+care|alcohol|drugs?|sharp|young\s+people|women|men|"
                 r"girls|boys|children|adults|carers|families|staff|disabled|elderly")
_PRED_STOP = compiled(
    rf"\s+(?:and(?!\s+(?:{_PAIR_SECONDS})\b)|but|while|whilst|whereas|compared|according|up\s+from|down\s+from|up\s+by|down\s+by|which|when|meaning|"
    r"after\s+being)\b"
    r"|\s+[-–—]\s|\s+respectively\b"
    r"|\s+(?:in|during|over|across|last|this|since|between|by|at|on)\s+(?:the\s+)?(?:(?:19|20)\d\d|year|month|week|"
    r"financial|end\s+of|(?:last|this|previous|past|latest|current|same)\b)"
    r"|\s+(?:in|across|within|throughout|at|by)\s+(?=[A-Z])"
    rf"|\s+(?:between|from|since|until)\s+(?:{_MONTHS})\b"
    r"|\s+(?:in|across|within|throughout)\s+the\s+(?:county|area|region|country|city|town|borough|district|force\s+area)\b")
#: "patients waited more than four hours", "RSOs breached licence requirements": a verb in the phrase
_VERB_IN_PHRASE = compiled(r"\s(?:[a-z]+ed|had|saw|made|took|went|spent|got)\s")


#: "had to wait", "have to travel": an obligation, said of the noun as its -ing form
_HAD_TO = compiled(r"^\s+(?:(?:still|also|now|then)\s+)?(?:had|have|has|having|needed|need|needs)\s+to\s+(?P<v>[a-z]{3,})\b")


def _ing(verb: str) -> str:
    """ "wait" -> "waiting", "leave" -> "leaving", "queue" -> "queuing", "see" -> "seeing"."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    return verb + "ing"


def _obliged(rest: str) -> str | None:
    """What a noun "had to" do, as a participle phrase: " had to wait more than four hours to be
    seen" → "waiting more than four hours"."""
    hm = _HAD_TO.match(rest)
    if not hm or hm.group("v") in ("be", "do", "say", "pay"):
        return None
    more = _PRED_STOP.split(rx(r"[^,.;:()\n\[\]–—]{0,60}").match(rest, hm.end()).group(0))[0]
    more = rx(r"\s+to\s+be\s+.*$|\s+(?:after|before|for|to)\s*$").sub("", more).strip()
    return f"{_ing(hm.group('v'))} {more}".strip()


#: an age said of a group with no "aged": "are 65 or over", "were 16 and under"
_AGE_PREDICATE = compiled(r"\s(?P<a>\d{1,3}\s+(?:or|and)\s+(?:over|older|above|under|younger))\b")


def _predicate(rest: str) -> str | None:
    """The predicate after "were"/"are"/"who", cut at a clause, a time or a place.

    >>> _predicate(" being monitored by police in Kent, up from 12")
    'monitored by police'
    >>> _predicate(" required to sign the sex offenders register, compared to 368 in 2005")
    'required to sign the sex offenders register'
    """
    pm = _PREDICATE.match(rest)
    if not pm:
        if rest[1:2].isdigit() and (am := _AGE_PREDICATE.match(rest)):
            return f"aged {am.group('a')}"  # "30 per cent of the population are 65 or over": aged 65 or over
        return None
    p = pm.group("p")
    if (lm := _DONE_LIST.match(rest, pm.end())) and _DONE_WORD.match(p.split()[-1]):
        # "arrested, charged or cautioned for ...": the whole list of participles
        more = rx(r"[^,.;:()\n\[\]–—]{0,60}").match(rest, lm.end())
        p = f"{p}{rest[pm.end():lm.end()]}{more.group(0) if more else ''}"
    p = _PRED_STOP.split(p)[0].strip()
    if " one" in p:
        p = rx(r"\s+(?:to|than|from|as)\s+(?:the\s+)?ones?\b.*$").sub("", p)  # "in a different council to the one they ..."
    words = p.split()
    # (cut to nine words, not on a dangling "and": "treated by officers and")
    return _DANGLING_END.sub("", " ".join(words[:9])) or None if words else None


def _extend_phrase(phrase: str, m: regex.Match, tail: str) -> str:
    """After a short noun: "who failed the test", "are required to sign ...", "waited more than
    four hours from the decision to admit" (a comparative's "than" does not end the phrase)."""
    stop = m.group(0).strip()
    rest = tail[m.end():]
    if stop in ("that", "which", "who") and phrase.endswith((" and", " or", " but")):
        return _DANGLING_END.sub("", phrase)  # "[1,800] services and that ...": a new clause, no relative one
    if stop in ("who", "that", "which", "are", "is", "have", "has", "had") and not _VERB_IN_PHRASE.search(f" {phrase} "):
        if stop in ("have", "has", "had"):
            rest = rx(r"^\s+(?:(?:already|now|also|since|recently|just|previously|all|both)\s+)?been\b").sub("", rest)
            if rest[:1] != " ":
                rest = " " + rest
        if stop in ("have", "has", "had") and (ob := _obliged(f" {stop}{rest}")):
            return f"{phrase} {ob}"  # "people had to wait more than four hours": people waiting ...
        wm = _WHO.match(" who" + rest) if stop in ("who", "that", "which") else None
        p = _PRED_STOP.split(wm.group("p"))[0] if wm else _predicate(rest)
        p = (p or "").strip()
        if wm and " " not in p and _FIGURE_NEXT.match(" who" + rest, wm.end("p")):
            p = ""  # "visitors who generate £4.41 billion": a verb whose object is another figure says nothing of them
        return f"{phrase or 'those ' + stop} {' '.join(p.split()[:9])}" if p else phrase
    if stop in ("should", "must", "will", "would", "could", "can", "may") and phrase and not _VERB_IN_PHRASE.search(f" {phrase} ") \
            and (bm := rx(r"\s+(?:(?:now|still|also|all)\s+)?be\b").match(rest)) and (p := _predicate(rest[bm.end():])):
        return f"{phrase} {p}"  # "patients should be seen within four hours": patients seen within four hours
    if stop == "than" and phrase.split()[-1] in ("more", "longer", "less", "fewer") and (
            len(phrase.split()) >= 3 or _COMPARATIVE_END.search(f"x {phrase} ")):
        # ("[1.4 million] waited more than 28 days": a verb and its comparative, the noun left unsaid)
        m2 = _STOP_AFTER.search(rest, timeout=timeout_for(rest))
        more = rx(r"\s+(?:and|or|while|whilst|whereas)\s.*$", regex.S).sub("", (rest[:m2.start()] if m2 else rest)).strip()
        return f"{phrase} than {more}".strip() if more else phrase
    return phrase


#: the verb after "did not", "do never": "did not get any of their choices" (kept as written)
_NOT_VERB = compiled(r"^\s+(?:not|never)\s+(?:(?:yet|even|always)\s+)?(?P<v>[a-z]{2,})\b(?P<rest>[^,.;:()\n\[\]–—]{0,80})")


def _negated(stop: str, rest: str) -> str | None:
    """What is denied of a short noun: after "did"/"do" the clause as written ("did not get a place"
    → "who did not get a place"), after "were"/"have" its participle ("were not seen within four hours" →
    "not seen within four hours")."""
    if stop in ("did", "do", "does"):
        nm = _NOT_VERB.match(rest)
        if not nm or nm.group("v") in ("be", "have", "say", "know", "want", "think"):
            return None
        more = _PRED_STOP.split(nm.group("rest"))[0].strip()
        return " ".join(f"who {stop} {rest.split()[0]} {nm.group('v')} {more}".split()[:11])
    if stop in ("were", "was", "are", "is", "have", "has", "had"):
        body = rx(r"^\s+(?:not|never)(?:\s+(?:yet|been|being))*").sub("", rest)
        p = _predicate(body if body.startswith(" ") else " " + body)
        return f"not {p}" if p else None
    return None


_LEADING_ASIDE = compiled(r"^\s*[–—-]\s[^–—\n]{2,80}?\s[–—-]\s*(?=of\s)")


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
    tail = text[pos:pos + 160]
    if tail.startswith("**"):  # (what rx(r"^\*\*").sub("", tail) does: "^" holds only at the start)
        tail = tail[2:]
    if kind == "money" and tail[:2] in (" m", " b", " t") and (um := _UNIT_WORD.match(tail)):
        tail = tail[um.end():]  # "£5.3 millions which was ...": the unit is no noun
    tail = rx(r"^\s*(?:per cent|percent|%)\s*").sub(" ", tail) if kind == "percentage" else tail
    if kind == "percentage" and tail[:3].strip()[:1] in ("–", "—", "-") and (am := _LEADING_ASIDE.match(tail)):
        tail = " " + tail[am.end():]  # "60.3 per cent – the national average is 60.4 – of students": the aside skipped
    if "(" in tail[:60]:
        tail = _ABBR_BRACKET.sub(r"\1", tail, count=1)  # "11,682 full-time equivalent (FTE) jobs"
    tail, m, phrase = _first_stop(tail)
    if " and " in phrase or " or " in phrase:
        # "155,000 officers[ and just over 171,600] in 2010": the next figure of a list is not part of this one's noun
        # (not a range inside the noun: "children aged between five and 11", "pupils aged 16 and 17")
        if (am := _AND_NEXT_FIGURE.search(phrase)) is not None and not _RANGE_BEFORE_AND.search(phrase, 0, am.start()):
            phrase = phrase[:am.start()]
    words = phrase.split()
    # "1,405 registered sex offenders were being managed under MAPPA", "4.1 million children
    # were living in relative poverty": the participle phrase comes after the verb
    # "30 of those being watched were jailed ...": a back-reference is short however it is spelt
    short = len(words) <= 3 or (len(words) <= 5 and _THOSE_LEAD.match(phrase) is not None)
    if m and short and tail.startswith((" not ", " never "), m.end()) and (neg := _negated(m.group(0), tail[m.end():])):
        # "3% of parents did not get any of their choices", "[92,000] did not get a place"
        phrase = f"{phrase or 'those'} {neg}"
    elif m and m.group(0) in ("were", "was") and words:
        rest = tail[m.end():]
        pm = rx(r"\s+(?:being\s+)?(?P<p>\w+\s+(?:under|at|by|in|for|through)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+\d+)?)").match(rest)
        pl = rx(r"\s+(?:being\s+)?(?P<p>(?:living|sleeping|waiting|staying)\s+(?:in|on|for)\s+[a-z][^,.;:()\n]{2,70}(?![\w'’-]))").match(rest)
        pg = _WERE_DONE.match(rest)
        if pm and _PARTICIPLE.match(pm.group("p")):
            phrase = f"{phrase} {pm.group('p')}"
        elif pl:
            phrase = f"{phrase} {_DANGLING_END.sub('', _AT_PLACE.split(_STOP_AFTER.split(pl.group('p'))[0])[0].strip())}"
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
    if " " in phrase and (sv := _STATE_VERB.match(phrase)):
        # "4,200 families live in temporary accommodation", "95 people slept rough": what is said
        # of the noun, as a participle (families living in temporary accommodation)
        phrase = f"{sv.group('n')} {_STATE_ING[sv.group('v')]}{phrase[sv.end('v'):]}"
    if len(phrase) > 90:
        # "18 RSOs breached licence requirements after being released into the community
        # following ...": the head of a long phrase, cut before a clause of time or cause
        phrase = _LONG_CUT.split(phrase[:200], maxsplit=1)[0].strip()
    if not phrase or len(phrase) > 90 or not rx(r"[A-Za-z]{2}").search(phrase) or _ADVERBS_ONLY.match(phrase):
        return None
    if rx(r"^(?:per cent|percent|per\s+(?:year|annum|month|week|day|head|person|household|pupil|property|hour)$|"
          r"times|too|of|and|or|to|in|on|at|by|for|from|with|a|an|before|after|since|during|until|"
          r"it|they|he|she|we|you|there|this|that|which|who|including|excluding|still|also|now|already|then|each|every|"
          r"representing|meaning|making|bringing|taking|leaving|accounting|compared|together|along|alongside|plus|"
          r"(?:year|month|week|quarter)[- ]on[- ](?:year|month|week|quarter)$|"
          r"(?:over|under)\s+(?:the|a|an|its|their|this|that))\b(?!&)", regex.I).match(phrase):
        return None  # (a word, not the "A" of "A&E patients")
    if phrase[:4] in ("over", "for ", "in t", "duri") and _TIME_PHRASE.fullmatch(phrase):
        return None  # "£4.5m [over five years]": when, not what
    return phrase


_AND_NEXT_FIGURE = compiled(r"\s+(?:and|or)\s+(?:(?:just|around|about|almost|nearly|some|over|under|more\s+than|less\s+than|"
                            r"fewer\s+than|a\s+further|another)\s+)*[£$€]?\d")
_RANGE_BEFORE_AND = compiled(r"\b(?:between|aged|ages|from)\s+\S+$")
_UNIT_WORD = compiled(r"^\s+(?:millions|billions|thousands|m|bn)\b")
_STATE_ING = {"live": "living", "lives": "living", "lived": "living", "sleep": "sleeping", "sleeps": "sleeping",
              "slept": "sleeping", "stay": "staying", "stays": "staying", "stayed": "staying", "remain": "remaining",
              "remains": "remaining", "remained": "remaining", "reside": "residing", "resided": "residing"}
#: a short noun then a verb of state with what follows it: "families live in ...", "people slept rough"
_STATE_VERB = compiled(r"^(?P<n>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)\s+(?:(?:still|currently|now|also)\s+)?"
                            r"(?P<v>live|lives|lived|sleep|sleeps|slept|stay|stays|stayed|remain|remains|remained|reside|resided)(?=\s+(?:in|on|at|with|for|more|longer|over|rough|outside|abroad|overnight)\b)")
_ABBR_BRACKET = compiled(r"^(\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s*\([A-Z][A-Za-z&]{1,7}\)(?=\s+[a-z])")
_DONE_WORD = compiled(r"^(?:[a-z]+(?:ed|en|wn)|seen|held|kept|sent|put|hit|cut)$")
_DONE_LIST = compiled(r",\s*(?:(?:[a-z]+(?:ed|en|wn)|seen|held|kept|sent)\s*,\s*)*(?:[a-z]+(?:ed|en|wn)|seen|held|kept|sent)\s+(?:or|and)\s+"
                        r"(?:[a-z]+(?:ed|en|wn)|seen|held|kept|sent)\b")
_DASH_ASIDE = compiled(r"\s*[-–—]\s+[^-–—\n.;:]{2,50}?\s[-–—](?=\s+(?:were|was|are|is|have|has|had)\b)")
_PLACE_LEAD = compiled(r"^\s*(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*(?=\s(?:in|across|within|throughout|at)\s+(?:(?:the|his|her|their|its|our)\s+)?"
                         r"(?:[A-Z]|(?:borough|county|area|city|town|region|district|country|capital)\b))")
#: a place after a short noun, then a verb: "patients in England were", "people across Kent are"
_PLACE_THEN_VERB = compiled(
    r"\s(?:in|across|within|throughout|at)\s+(?P<place>(?:(?:the|his|her|their|its|our)\s+)?(?:[A-Z][\w&'’-]*(?:\s+(?:(?:and|of|upon|on)\s+)?[A-Z][\w&'’-]*){0,5}"
    r"(?:\s+(?:constituency|area|borough|district|county|ward|region|force\s+area|council\s+area))?|(?:borough|county|area|city|town|region|district|country|capital)\b))"
    r"(?=\s+(?:were|was|are|is|have|has|had|who|[a-z]{3,}ed|live|lives|sleep|sleeps|slept|stay|stays|remain|remains)\b)")
_ADVERBS_ONLY = compiled(r"^(?:[a-z]+ly|overall|altogether|apiece|each|too)(?:\s+(?:[a-z]+ly|overall|each))*$")
_PLACE_TAIL = compiled(
    r"\s+(?:in|across|within|throughout|for)\s+(?:the\s+)?(?:[A-Z][\w&'-]*(?:\s+(?:and\s+)?[A-Z][\w&'-]*)*"
    r"(?:\s+(?:region|area|force\s+area|police\s+area|county|borough|district|council\s+area))?"
    r"|county|area|force area|region|country|borough|city|town|district)\s*$")


_THOSE_LEAD = compiled(r"^(?:of\s+)?(?:those|these)\b")
_LONG_CUT = compiled(r"\s+(?:after|before|following|because|due\s+to|despite|including|once|until|unless|if)\s")


def _first_word_lower(x: str) -> str:
    """A phrase that opened a sentence, its first word in lower case unless it is a name or an
    acronym ("Offenders were ..." → "offenders"; "NHS staff", "A&E" kept)."""
    if not x[1:2].islower() or rx(r"^[\w'’-]+\s+(?:(?:and|of|upon|on)\s+)?[A-Z]").match(x):
        return x  # (nor a name of two capitalised words: "Breckland Council took action", "Kent Police")
    return x[0].lower() + x[1:]


def tidy_phrase(phrase: str | None) -> str | None:
    """Cut a measure at its first finite verb and drop a trailing place (the area is linked
    separately).

    >>> tidy_phrase("sex offenders in Derbyshire has risen by")
    'sex offenders'
    """
    if not phrase:
        return phrase
    m = _STOP_AFTER.search(phrase)
    if m is not None and m.group(0).strip() == "who" and _BARE_WHO_HEAD.search(phrase, 0, m.start()):
        # "the number of those who reoffend has fallen": "those" alone names nothing; its clause is kept
        aux = _AUX_LEAD.match(phrase, m.end())
        rest = phrase[aux.end():]
        m2 = _STOP_AFTER.search(rest)
        phrase = f"{phrase[:m.start()].strip()} who {aux.group(0).strip()} {(rest[:m2.start()] if m2 else rest).strip()}"
        phrase = " ".join(phrase.split())
        return _PLACE_TAIL.sub("", phrase).strip() or None
    if m is not None and m.group(0) == "than" and (_COMPARATIVE_END.search(phrase, 0, m.start()) or (
            _BARE_COMPARATIVE_END.search(phrase, 0, m.start()) and _DURATION_AFTER.match(phrase, m.end()))):
        # "people waiting more than 18 weeks for treatment": a comparative's "than" is part of the
        # thing counted (as in _extend_phrase); the phrase goes on to the next stop
        rest = phrase[m.end():]
        m2 = _STOP_AFTER.search(rest)
        phrase = f"{phrase[:m.end()]}{rest[:m2.start()] if m2 else rest}".strip()
        return _DANGLING_END.sub("", _PLACE_TAIL.sub("", phrase)).strip() or None
    phrase = _STOP_AFTER.split(phrase)[0].strip()
    phrase = _PLACE_TAIL.sub("", phrase).strip()
    return phrase or None


#: a comparative after a participle of the thing counted ("people waiting more", "patients waited
#: longer", "households earning less"): its "than" does not end a measure. Not after other words:
#: "rise by more than", "on 15 occasions for more than" are followed by the figure itself
_COMPARATIVE_END = compiled(r"\w\s+[a-z]+(?:ing|ed)\s+(?:more|longer|less|fewer)\s+$")
#: ... or after a noun when a length of time follows "than": "the proportion of waits more than 12 hours",
#: "stays longer than a week" (a threshold of the thing counted)
_BARE_COMPARATIVE_END = compiled(r"\w\s+[a-z]+\s+(?:more|longer|less|shorter)\s+$")
_DURATION_AFTER = compiled(r"\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d[\d,.]*)\s+"
                                r"(?:minutes?|hours?|days?|weeks?|months?|years?)\b")


#: a head that names nothing without its "who" clause ("those who reoffend", "people who were recalled")
_BARE_WHO_HEAD = compiled(r"(?:^|\bof\s+)(?:the\s+)?(?:those|people|anyone|everyone|persons)\s*$", regex.I)
_AUX_LEAD = compiled(r"\s*(?:(?:were|was|are|is|have|has|had)\s+(?:been\s+)?)?")


#: the start of the next clause left at a measure's end: "cameras at hotspots and we" (will ...); a
#: bare "there" is a place and stays ("employment there")
_SUBJECTS = ("we", "they", "he", "she", "it", "I", "you")
_PRONOUN_ENDS = tuple(" " + w for w in _SUBJECTS + ("there",))  # (a cheap test before the regex)
_TRAILING_CLAUSE = compiled(r",?\s+(?:and|but|or|so|as|while|whereas|because|if|when|unless|until)\s+(?:"
                                 + "|".join(_SUBJECTS) + r"|there)$|\s+(?:" + "|".join(_SUBJECTS) + r")$")


_POPULATION_NOUNS = frozenset(("people", "residents", "persons", "adults", "children", "inhabitants"))
#: "the rate of knife crimes stood at", "the child poverty rate in Tameside at"
_RATE_OF = compiled(r"\brate\s+of\s+(?P<of>[a-z][\w&'-]*(?:\s+[a-z][\w&'-]*){0,4}?)\s+(?:among|in|for|across|stands?|stood|was|is|"
                         r"has|per|at)\b|(?<![\w'’])(?P<x>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+rate\b(?!\s+of)")


_BASE_AFTER_THING = compiled(
    r"(?:^|[,;:(]\s*|\b(?:the|of|in)\s+)(?P<what>[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)\s+"
    r"(?:per|for\s+every|in\s+every)\s+[\d,.]+\s*(?:k\b)?")
#: what the base population did, after the rate and a place: "... people (in Burnley) reported a burglary"
_DONE_AFTER_BASE = compiled(r"(?:\s+(?:in|across|within)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|"
                                 r"(?:borough|county|city|town|area|district|region|country|capital|UK)\b))?"
                                 r"\s+(?:(?:have|has|had)\s+)?(?P<aux>(?:were|was|been)\s+)?(?P<p>[a-z]+ed\s[^,.;:()\n]{2,60})")
_NOT_A_RATE_THING = compiled(r"(?i)^(?:rates?|figures?|numbers?|the|a|an|cases|it|this|that)$")
_RATE_HEAD_JUNK = compiled(r"^(?:(?:the|a|an|its|their|this|that|national|average|overall|local|regional|same|"
                                r"highest|lowest|\w+th|eighth|high|low|higher|lower|new|current)\s+)+")


#: the rest of a list of rates after one of its figures: ", 118 and 116[ offences per 100,000 people]"
_LISTED_RATE_AFTER = compiled(r"(?:\s*,\s*\d[\d,.]*)*(?:,?\s+(?:and|or)\s+|\s*,\s*)\d[\d,.]*(?P<rest>\s+[^\d.;:()\n]{1,60}?"
                                   r"\s(?:per|for\s+every|in\s+every)\s+\d[\d,]*(?:\s+[a-z]+)?)")


def _rate_measure(text: str, s: Statistic, s_start: int, previous_count: str | None,
                  previous_rate: str | None = None) -> str:
    expr = text[s.num_end:s.end]
    if s.end == s.num_end and (lm := _LISTED_RATE_AFTER.match(text, s.end, s.end + 200)) is not None:
        expr = lm.group("rest")  # "129, 118 and 116 offences per 100,000 people": the list's last figure names them
    elif s.rule == "rate.base_before" and (after := phrase_after(text, s)) and not _BARE_PREPOSITION.match(after):
        return f"{after} per {s.per:,}"  # "for every 100,000 people, there were [169] knife-related offences"
    m = rx(r"^\s+(?P<what>[^\d]*?)\s*(?:per|for every|in every|for each|in each|every)\s").match(expr)
    what = m.group("what").strip() if m else ""
    if what in ("out of", "out"):
        what = ""  # "nine out of every 1,000 people"
    if what in _POPULATION_NOUNS and (rm := _RATE_OF.search(text[max(s_start, s.num_start - 160):s.num_start])) and rm.group("of"):
        # "The rate of people sleeping rough is 6.8 people per 100,000": the people the rate is of
        of = tidy_phrase(_RATE_HEAD_JUNK.sub("", rm.group("of")).strip())
        if of and not _RATE_HEAD_JUNK.fullmatch(of + " ") and of.split()[0] in _POPULATION_NOUNS:
            what = of
    if not what and s.population and (done := _DONE_AFTER_BASE.match(text, s.end, s.end + 120)) \
            and (pred := _predicate(" " + done.group("p"))):
        # "nine in every 1,000 people in Burnley reported a burglary": the people who did it
        return f"{s.population} who {done.group('aux') or ''}{pred} per {s.per:,} {s.population}"
    if not what:
        before = text[s_start:s.num_start]
        nm = rx(r"\bnumber\s+of\s+(?P<what>[^,.;:()\n]{3,60}?)(?:\s+\([A-Z][A-Za-z]{1,8}\))?\s+(?:per|for every|in every)\b").search(before)
        nm = nm or rx(r"\bnumber\s+of\s+(?P<what>[A-Za-z][\w -]{2,60}?)\s+(?:in|across|living|registered)\b").search(before)
        what = tidy_phrase(nm.group("what")) if nm else None
        if not what:  # "Offences per 100,000 population (187)": the thing named before the base
            bm = _BASE_AFTER_THING.search(before[-120:])
            what = tidy_phrase(bm.group("what")) if bm and not _NOT_A_RATE_THING.match(bm.group("what")) else None
        rm = None if what else _RATE_OF.search(before[-160:])
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


_ITEM_LABEL = compiled(r"^\s*(\(?[a-z0-9]{1,2}\))")


#: what a heading or title says besides its measure: a period ("2023 to 2024", "24/25", "as at 31
#: March 2023"), a unit in brackets ("(£m)", "(%)", "(£0,000)"), a table number ("Table 2:")
_HEADING_NOISE = compiled(
    r"(?i:\b(?:in|for|during|as\s+(?:at|of)|at|on|to|year\s+(?:ending|to))\s+)?(?:\b\d{1,2}(?:st|nd|rd|th)?\s+)?"
    rf"(?:\b(?:{_MONTHS})\s+)?\b(?:19|20)\d\d(?:\s*(?:[-/–]|to)\s*(?:19|20)?\d\d)?\b|\b\d\d/\d\d\b"
    r"|\([^()]{0,12}[£$€%][^()]{0,12}\)|(?<![\w£$€])[£$€](?:m|bn|k|000|'000)?(?!\w)|%|\((?:no\.?|number|n|(?:in\s+)?brackets?)\)"
    rf"|\b(?:in|for|during|over)\s+the\s+(?:[\w-]+\s+){{0,3}}(?:days?|weeks?|months?|years?|quarters?)\s+(?:to|ending|up\s+to)\s+"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{_MONTHS})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d\d)?"
    r"|^(?i:table|figure|chart)\s+\w{1,4}[.:]?\s*")
#: an aside that says how to read a list ("(last year in brackets)", "(2023 figures in brackets)")
_BRACKETS_ASIDE = compiled(r"\s*\([^()]*\b(?:brackets?|parentheses)\b[^()]*\)", regex.I)
#: a title's "by force area", "by local authority", "per council": how the rows are cut, not what is counted
_BY_ROWS = compiled(r"\s+(?:by|per|for\s+each|in\s+each)\s+(?:[a-z]+\s+){0,2}(?:area|areas|authority|authorities|council|councils|"
                         r"force|forces|region|regions|district|districts|borough|boroughs|trust|trusts|court|courts|ward|wards|"
                         r"constituency|constituencies|county|counties|country|nation|service|services|type|band|party|year|month|"
                         r"quarter)\b.*$", regex.I)
_RATE_HEADING = compiled(r"^(?:(?P<pre>[\w -]{0,30}?)\s+)?rate\b(?P<rest>.*)$|^(?P<per>per\s+[\d,]+.*)$", regex.I)
_SHARE_HEADING = compiled(r"^(?:percentage|per\s*cent|share|proportion|%)(?:\s+of\b(?P<of>.*))?$", regex.I)
_CHANGE_HEADING = compiled(r"\b(?:change|increase|decrease|rise|fall|difference|growth|movement)\b|^\+\s*/\s*-$", regex.I)
_VOID = compiled(r"^[\W\d_]*$")


@lru_cache(maxsize=512)
def _heading_phrase(raw: str | None) -> str | None:
    """A heading or title without its periods, units and table number, or None when nothing is left.

    >>> _heading_phrase("Table 2: Households in temporary accommodation, 31 March 2023")
    'Households in temporary accommodation'
    >>> _heading_phrase("2023 to 2024 budget £m"), _heading_phrase("2022-23"), _heading_phrase("Change (%)")
    ('budget', None, 'Change')
    """
    if not raw:
        return None
    h = _HEADING_NOISE.sub(" ", _BRACKETS_ASIDE.sub(" ", raw))
    h = " ".join(h.split()).strip(" ,;:–—-")
    if h.count("(") != h.count(")"):
        h = h[:h.rfind("(")] if h.count("(") > h.count(")") else h.replace(")", "")
    h = h.strip(" ,;:–—-()")
    h = rx(r"\s+(?:in|for|during|at|on|to|as\s+at|of)$", regex.I).sub("", h).strip(" ,;:–—-")
    return None if _VOID.match(h) or len(h) < 2 else h


def _cell_measure(text: str, s: Statistic, cell: Cell) -> str | None:
    """Measure for a figure in a table: its column heading read with the table's title ("Rate per
    1,000" under "Households in temporary accommodation" → the rate of households in temporary
    accommodation per 1,000; "Households" → the title itself), a change column as the change in
    the thing beside it ("Annual change" beside "Average house price"), a row label that is no
    place nor period as what the row counts ("Adult Services"). A row label of "(a)" items or
    "Level N" rows is read by :func:`_table`. None when the table says nothing of its figures."""
    label = text[cell.label[0]:cell.label[1]].strip(" *") if cell.label else ""
    if cell.sep == "\t" and (_ITEM_LABEL.match(label) or rx(r"^Level\s+\d").match(label)):
        return _table(text, s)
    title = _heading_phrase(text[cell.title[0]:cell.title[1]]) if cell.title else None
    if title:
        title = _BY_ROWS.sub("", title).strip() or title
        title = _clean_caption(title) or title
        if label and _GENERIC_TITLE.match(title):
            title = None  # "Key figures for Hampshire" over "Population: 1.4 million": the label says what
        elif ("," in title or " - " in title or " – " in title) and \
                rx(r"^[A-Z][\w'’&-]*(?:(?:,\s*|\s+(?:and\s+|of\s+|upon\s+)?)[A-Z][\w'’&-]*)*(?:\s+[-–—]\s.*)?$").match(title):
            title = None  # "Shropshire, Oswestry South - Green gain from Conservative": a place and an event, no measure
    # a heading that is the figure's place ("Year | Carlisle | Allerdale") says where, not what
    raw = text[cell.heading[0]:cell.heading[1]] if cell.heading and s.area_rule != "area.table_column" else ""
    heading = _heading_phrase(raw)
    if heading and ("%" in raw or "per cent" in raw.lower()) and not _CHANGE_HEADING.search(heading) \
            and not _SHARE_HEADING.match(heading) and not _RATE_HEADING.match(heading):
        heading = f"share of {heading.lower()}"  # "Votes %", "Seats (%)": a share, not a count
    first = header_cells(text, cell)[:1]
    row_kind = _heading_phrase(text[first[0][0]:first[0][1]]) if first and cell.column else None
    if heading and not title and (sm := _SHARE_HEADING.match(heading)) is not None and not sm.group("of") and row_kind:
        # "All Funding | Percentage" over "Council Tax | 23.6%": the share of all funding
        base = f"share of {row_kind.lower()}"
    elif heading and not title and _CHANGE_HEADING.search(heading):
        # "Annual change" beside "Average House Price": the change in the other column's measure
        other = next((h for a, b in header_cells(text, cell)[1:] if (h := _heading_phrase(text[a:b]))
                      and not _CHANGE_HEADING.search(h) and not _SHARE_HEADING.match(h)), None)
        base = f"{heading} in {other}" if other else heading
    elif heading and title:
        low_title = title.lower()
        if _stems(heading) <= _stems(title):
            base = title
        elif _CHANGE_HEADING.search(heading):
            base = f"{heading} in {low_title}"
        elif (rm := _RATE_HEADING.match(heading)) is not None:
            base = f"rate of {low_title} {rm.group('per') or rm.group('rest').strip()}".strip() if not rm.group("pre") else \
                f"{heading} ({low_title})"
        elif (sm := _SHARE_HEADING.match(heading)) is not None:
            base = f"share of {sm.group('of').strip() if sm.group('of') else low_title}"
        else:
            base = f"{heading} ({low_title})"
    else:
        base = heading or title
    if label and s.area_rule not in ("area.table_row", "area.table_row_unplaced") and not _ROW_NOT_MEASURE.match(label):
        # "A | 142.95" under "Property band | Borough council tax (£)": band A's council tax
        label = f"{row_kind} {label}" if len(label) <= 3 and row_kind else label
        if not _heading_phrase(label):
            pass
        elif not base:
            base = label  # "Population: 1.4 million" under "Key figures for Hampshire"
        elif not _stems(label) <= _stems(base):
            base = f"{base}: {label}"
    if not base:
        return _table(text, s) if cell.sep == "\t" else None
    return base[:160]


#: a title that only says figures follow ("Key figures for Hampshire in 2023", "Latest statistics")
_GENERIC_TITLE = compiled(r"^(?:(?:the|our)\s+)?(?:(?:key|latest|main|headline|top|local)\s+)?(?:figures|facts|statistics|stats|"
                               r"numbers|data|results|findings|highlights)\b", regex.I)
#: row labels that say nothing of what is counted: a place the link step took, a total, a year
_ROW_NOT_MEASURE = compiled(r"^(?:(?:grand\s+)?total|all|overall|sum|other|n/?a)$", regex.I)


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
        im = cached(rf"\({regex.escape(item.group(1))}\)\s*-?\s*(?P<x>.+?)(?=\s*(?:and\s+)?\([a-z0-9]{{1,2}}\)|[.?]?\s*$)",
                    regex.S).search(caption)
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
_ROW_LABEL = compiled(
    r"^[ \t]*(?:[-•*][ \t]*)?(?:\d{1,2}[.)][ \t]*)?[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z&][\w&'’.-]*|and|of|on|upon|the|in|le|under))"
    r"{0,5}[ \t]*(?::|–|—|-)[ \t]*(?:(?:about|around|almost|nearly|over|under|just)[ \t]+)?[£$€]?\d")
#: the words around a list's heading: "Below are the ...", "The top 10 councils for ... are:"
_HEADING_LEAD = compiled(
    r"^(?:(?:below|here|these|listed\s+below|the\s+following)\s+(?:are|is|were|was|shows?)\s+"
    r"|(?:the\s+)?(?:top|bottom|highest|lowest|worst|best)\s+(?:\d{1,3}|five|ten|twenty)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:for|by|with|on)\s+)?"
    r"(?:the\s+)?(?:(?:latest\s+)?figures?\s+for\s+|(?:total\s+)?number\s+of\s+)?", regex.I)
_HEADING_TAIL = compiled(r"\s*(?:\([^()]{0,120}\))?\s*(?:(?:are|were|is|was)(?:\s+as\s+follows)?)?\s*:?\s*$", regex.I)


#: a whole line that is a label and its figure: "Knife robbery: 18%", "Home burglary: 4%"
_LABEL_FIGURE_LINE = compiled(r"[A-Z][\w&'’./-]*(?:[ \t]+[\w&'’./-]+){0,5}[ \t]*:[ \t]*[£$€]?\d[\d,.]*[ \t]*"
                                   r"(?:%|per[ \t]*cent|m|bn|million|billion)?$")


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
            elif ":" in stripped and _LABEL_FIGURE_LINE.match(stripped):
                heading = None  # "Knife robbery: 18%": a row of its own, no heading for the rows after it
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


#: a quantity whose size is given in people: "net migration of", "a caseload of", "a waiting list of"
_QUANTITY_OF = compiled(
    r"(?:^|(?<=[\s,(]))(?:(?i:a|an|the|its|their|our)\s+)?(?P<x>(?:(?!(?i:has|have|had|is|was|were|are|a|an|the|its|their|our|with|of)\b)"
    r"[A-Za-z][\w'’-]*\s+){0,3}(?:migration|immigration|emigration|population|workforce|"
    r"caseload|list|backlog|attendance|crowd|audience|membership|intake|headcount|influx|exodus|turnout))\s+of\s+"
    r"(?:(?:just|around|about|almost|nearly|some|over|under|more\s+than|roughly)\s+)?$")
#: the plain unit a quantity is counted in
_UNIT_NOUN = compiled(r"^(?:people|persons|patients|cases|pupils|students|members|staff|workers|visitors|residents|"
                           r"spectators|fans|individuals|children|adults)\b")
#: a label in a list, then its figures in brackets: "road traffic collisions (up [4]% from 29,744 to
#: 30,872); flooding (up 29% ...)", "violent crime ([12,400]), theft (8,100)"
_BRACKET_LABEL = compiled(
    r"(?:^|[:;,]|\b(?:and|or|including|included|includes|such\s+as|(?<=\b(?:numbers?|levels?|rises|increases|jumps|falls)\s+)of|"
    r"(?<=\b(?:logged|recorded|saw|were)\s+)(?:more|fewer))\b)(?:\s*(?:and|or)\b)?\s*(?:(?:the|its|their)\s+)?"
    r"(?P<x>[a-z][\w'’/&-]*(?:\s+[a-z][\w'’/&-]*){0,3})\s*\(\s*"
    r"(?:(?:(?:up|down|rising|falling)\b|[\d£$€])[^()\n]{0,120}?,\s*(?:from|to)\s+|"
    r"(?:(?:up|down|rising|falling|by|from|to|per\s*cent|percent|around|about|nearly|almost|over|some|just)\b|[\d,.%£$€]|\s)*)$")


def _bracket_label(text: str, s: Statistic, s_start: int) -> str | None:
    """The label before a bracket that holds the figure, in a list of labelled figures."""
    if s.kind != "percentage" and (nm := _NOUN_AFTER.match(text[s.end:s.end + 30])) and nm.group(1) not in _NOT_NOUN_AFTER:
        return None  # "car or van occupants ([19] drivers and 12 passengers)": the figure names its own noun
    bm = _BRACKET_LABEL.search(text, max(s_start, s.num_start - 90), s.num_start)
    if bm is None:
        return None
    x = bm.group("x")
    words = x.lower().split()
    if words[-1] in _NOT_KIND or words[0] in _NOT_KIND and words[0] not in ("other", "recorded", "reported") \
            or words[0] in ("recorded", "reported") and len(words) < 2 \
            or any(w in _NOT_LABEL for w in (words[1:] if len(words) > 1 and words[0] in ("recorded", "reported") else words)) \
            or _BARE_CHANGE.match(x) or words[-1].endswith("ly"):
        return None
    return x


#: a bare figure in brackets right after a year: "than when it was first collected in 2010/11 ([30,620])"
_YEAR_THEN_BRACKET = compiled(r"\b(?:in|for|during|since|from|than|of|with|on|to|over)\s+(?:the\s+)?(?:(?:financial|calendar)\s+year\s+)?"
                                   r"(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?\s*\($")


def _dated_bracket(text: str, s: Statistic, s_start: int, previous: Statistic | None,
                   previous_count: str | None) -> str | None:
    """The figure a bracket after a year gives for that year is the same thing as the sentence's own
    figure: "51 per cent higher than when data was first collected in 2010/11 ([30,620])" counts what
    the 51 per cent is a change in."""
    if not text.startswith(")", s.end) or not _YEAR_THEN_BRACKET.search(text, max(s_start, s.num_start - 80), s.num_start):
        return None
    if previous is not None and previous.measure and previous.num_end >= s_start and previous.kind in ("count", "percentage", "change", "money"):
        return unchanged(previous.measure)
    return previous_count


#: what may come between a bracket opened after a change and a level in it: nothing ("fell by 10% ([450] in 2023
#: compared with 500 in 2022)") or the level before it and a comparison ("(450 in 2023 compared with [500] ...")
_LEVELS_IN_BRACKET = compiled(r"\s*(?:[^()]{1,60}?\b(?:compared\s+(?:with|to)|against|versus|vs\.?|from|to)\s+)?"
                                   r"(?:(?:around|about|nearly|almost|just|some)\s+)?[£$€]?$")


def _bracketed_level(text: str, s: Statistic, previous: Statistic) -> str | None:
    """A level in a bracket just after a change is a level of what changed: "repossessions dropped by 56 per cent
    ([25] in July 2013 compared with [57] in July 2012)" → repossessions (for the second level, the first's)."""
    op = text.rfind("(", previous.start, s.num_start)
    if op < 0 or text.find(")", op, s.num_start) >= 0 or not _LEVELS_IN_BRACKET.match(text, op + 1, s.num_start):
        return None
    if previous.direction is not None and op >= previous.end and not text[previous.end:op].strip():
        return unchanged(previous.measure)  # the first level, right after the change
    if previous.direction is None and op < previous.start and previous.kind == s.kind:
        return previous.measure  # the second, after the first in the same bracket
    return None


_NOUN_AFTER = compiled(r"\s+([a-z][\w-]*)")
_NOT_NOUN_AFTER = frozenset("to and from in on per or of a an the each every last this that than compared up down".split())
#: words no label in a list is made of ("rose (up 5%)", "areas (12)")
_NOT_LABEL = frozenset("rose fell increased decreased grew dropped said says reported recorded up down".split())


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


_CHANGE_WORD = compiled(r"\b(?:increase|rise|risen|growth|fall|fallen|drop|decrease|reduction|decline|hikes?|"
                             r"change|cut|jump|more|fewer|less|higher|lower|extra(?!-)|(?<!ing\s)up|(?<!ing\s)down)\b", regex.I)


#: a measure that starts with a name of two capitalised words ("East Midlands average", "Thames Valley")
_NAME_START = compiled(r"^[A-Z][\w'’-]*\s+[A-Z]")


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
    if _WHERE_SPENT.match(measure) or _PLACE_PHRASE_ONLY.match(measure):
        return None  # "an overall decrease of 0.3% [across the force area]": where, not what changed
    if measure[:1].isupper() and measure[1:2].islower() and not _NAME_START.match(measure):
        measure = measure[0].lower() + measure[1:]  # a sentence's first word: "Fly-tipping" (not "East Midlands")
    word = _CHANGE_NOUN.get(noun or "") or ("increase" if s.direction == "up" else "fall")
    return f"{word} in {measure}{' ' + base if base else ''}"


#: where a measure runs on into the clause of another figure: " and February 2020 saw 23,012", " while Kent had 40"
_NEXT_FIGURE_CLAUSE = compiled(r"\s+(?:and|while|whilst|but|whereas)\s+(?=[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}?\s+(?:saw|sees|had|has|have|"
                               r"was|were|is|are|recorded|records|made|reached|rose|fell|totalled)\s+[^,;]*\d)")
#: a phrase that only says where ("across the force area", "in the county", "throughout the region")
_PLACE_PHRASE_ONLY = compiled(r"^(?:across|in|throughout|within)\s+(?:the|its|their|our|all(?:\s+the)?)\s+(?:[a-z]+\s+)?"
                              r"(?:force\s+)?(?:regions?|county|counties|area|areas|town|city|district|borough|country|nation)$")


_CHANGE_VERBS = (r"risen|rose|rise|rising|increased|increase|increasing|grew|grown|grow|growing|fallen|fell|"
                 r"fall|falling|"
                 r"dropped|drop|decreased|decrease|declined|decline|reduced|went\s+up|gone\s+up|go\s+up|went\s+down|"
                 r"gone\s+down|go\s+down|shot\s+up|jumped|jump|jumps|soared|soar|soars|climbed|surged|surge|plunged|plummeted|"
                 r"slumped|tumbled|dipped|rocketed|more\s+than\s+doubled|doubled|improved|worsened|deteriorated|"
                 r"(?:were|was|is|are|been)\s+(?:also\s+|now\s+)?(?:up|down)|(?:up|down)(?=\s+by\s)|"
                 # (the passive of a cut: "incidents were cut five per cent")
                 r"(?:were|was|is|are|been|being)\s+(?:also\s+)?(?:cut|slashed|lowered|trimmed)")
#: "The number of offenders in Kent has risen by [90]%", "theft increased by [10]%"
_CHANGE_SUBJECT_TAIL = (r"\s+(?:by\s+)?(?:an\s+average\s+(?:of\s+)?|on\s+average\s+)?(?:(?:around|about|nearly|almost|more\s+than|over|just|some|at\s+least|"
                        r"a\s+further|another)\s+|an?\s+(?:" + alternation(lexicon("change_size_adjectives")) + r")\s+)?(?:£|\$|€)?$")
#: the present tense of a verb of change, as headlines use it ("Knife crime rises 8%"): only right before the
#: figure or "by" (_CHANGE_SUBJECT), never before "from" (where "year-on-year increases from 1,110" is a noun)
_PRESENT_CHANGE_VERBS = r"rises|increases|grows|falls|drops|climbs|decreases|declines|dips|surges|plunges|tumbles|slumps"
_CHANGE_SUBJECT = compiled(
    rf"(?P<x>[A-Za-z][^,.;:()–—\[\]]{{1,90}}?)\s+(?:has\s+|have\s+|had\s+|also\s+|now\s+|been\s+|again\s+)*"
    rf"(?P<v>{_CHANGE_VERBS}|{_PRESENT_CHANGE_VERBS})(?:\s+in\s+(?:number|numbers|value|size|volume|price|cost|frequency))?"
    rf"{_CHANGE_SUBJECT_TAIL}", regex.I)
_CLAUSE_START = compiled(rf".*(?:^|(?:[;:–—(]|,(?!\d)|\s-(?=\s+(?!from\b)))\s*|\b(?:(?i:and(?!\s+(?:{_PAIR_SECONDS})\b(?!-))|while|whilst|but|as)|"
                              r"(?<!\b(?i:in|at|on|of|for|by|from|to|with|during|over|since|before|after)\s)that|show|shows|showed|reveal|revealed|"
                              r"reveals|meaning|where|whereas|which|when|although|though|saw|seen|see|sees|after|because|said|says|suggests|suggested|"
                              r"found(?=\s+(?:that|the|a)\b))\s+(?![A-Z]))", regex.S)
_LEAD_TIME = compiled(r"^(?:(?:In|During|Over|Since|Across|Nationally|Overall|Meanwhile|At|By|As\s+(?:of|at))\b[^,]{0,40},\s*"
                        r"|(?i:in|during|over)\s+(?:that|this|the\s+same)\s+(?:period|time|year|decade)\s+"
                        # "over the past financial year public order offences are up": the time, then the subject
                        r"|(?i:in|during|over)\s+the\s+(?i:past|last|previous|latest)\s+(?:(?i:financial|calendar)\s+)?"
                        r"(?:year|12\s+months|twelve\s+months|quarter|month|decade)\s+(?=[a-z])"
                        r"|(?i:in|during|by)\s+(?:19|20)\d\d(?:[-/]\d\d(?:\d\d)?)?\s+(?=the\s|[a-z])"
                        # "Last year the average bill stood at", "This month, the list reached"
                        r"|(?i:last|this|next)\s+(?i:year|month|week|quarter|spring|summer|autumn|winter)(?:,\s*|\s+(?=the\s))"
                           r"|(?i:in|across|throughout|within)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:and\s+)?[A-Z][\w'-]*)*\s+)+")
#: "a [14]% increase in burglaries", "an increase of [9]% in fly-tipping"
_SPAN_ENDS_CHANGE = compiled(r"\s(?:increase|rise|fall|drop|decrease|reduction|growth|jump|decline)$")
#: a time phrase between a change and what changed: "a fall of 924 [in the past year] in the number of
#: police officers", "a 12% rise [over the last year] in rough sleeping"
_TIME_BETWEEN = (r"(?:(?:in|over|during|across)\s+(?:the\s+)?(?:past|last|latest|previous|same|most\s+recent)\s+"
                 r"(?:(?:two|three|four|five|six|nine|ten|12|twelve|\d)\s+)?(?:years?|months|month|quarters?|decade|period|financial\s+year)"
                 r"|(?:last|this)\s+(?:year|month|quarter)|in\s+(?:19|20)\d\d(?:[-/]\d\d)?)\s*,?\s+")
_CHANGE_NOUN_AFTER = compiled(
    r"^\s*(?P<v>increase|rise|fall|drop|decrease|reduction|growth|jump|decline|hike|surge|spike|leap|dip|slump)\s+"
    rf"(?:{_TIME_BETWEEN}(?=in\s))?"
    # (the level reached may come first: "a 26% rise to 723 in the homicide rate")
    r"(?:to\s+(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under)\s+)?[£$€]?\d[\d,.]*(?:\s*(?:m|bn|k|million|billion)\b)?\s+)?"
    r"in\s+(?:the\s+)?(?=[a-z])", regex.I)
#: a change in an amount named after it: "[£3.2 million] more in council tax", "[£40m] less in business rates"
_MORE_IN_AFTER = compiled(r"\s*(?:more|less|extra|additional)\s+in\s+(?:the\s+)?(?=[a-z])"
                          # (not a manner: "more in real terms", "more in total", "more in some cases")
                          r"(?!(?:real|cash|money|percentage|relative|absolute)\s+terms\b|total\b|all\b|some\b|each\b|"
                          r"general\b|particular\b|addition\b|return\b|practice\b|theory\b|effect\b|fact\b)", regex.I)
_CHANGE_NOUN_BEFORE = compiled(
    r"\b(?P<v>increase|rise|fall|drop|decrease|reduction|growth|jump|decline)\s+(?:of|(?<=\b(?:an?|the)\s+\w+\s+)by)\s+(?:(?:around|about|nearly|almost|"
    r"more\s+than|over|just|some|at\s+least)\s+)?(?:£|\$|€)?$", regex.I)
#: what a change noun is of, written before it: "an annual [price] increase of", "a big [rent] rise of", "an average
#: [council tax] rise of"
#: words that say how big or how often a change is, before its noun: no thing changed
_CHANGE_ADJECTIVES = (r"annual|average|monthly|yearly|year-on-year|overall|typical|real-terms|big|small|large|huge|sharp|steep|"
                      r"modest|slight|further|record|significant|total|general")
_MODIFIED_CHANGE = compiled(
    rf"\b(?:an?|the|its|their)\s+(?:(?:{_CHANGE_ADJECTIVES})\s+)*(?!(?:{_CHANGE_ADJECTIVES})\b)"
    # (a noun in lower case: "a Kent increase of 5%" says where, not what)
    r"(?P<n>(?!(?:was|is|are|were|be|been|has|have|had|an?|the|of|to|in|with|and|or)\b)(?-i:[a-z])[\w'’-]*"
    r"(?:\s+(?!(?:was|is|are|were|be|been|has|have|had|an?|the|of|to|in|with|and|or)\b)[a-z][\w'’-]*)?)"
    r"\s+(?:increase|rise|fall|drop|decrease|reduction|growth|jump|decline)\s+"
    r"(?:of|by)\s+(?:(?:around|about|nearly|almost|more\s+than|over|just|some|at\s+least)\s+)?(?:£|\$|€)?$", regex.I)
#: words of scope, no thing: "a [national] rise", "a [county-wide] increase", "the [regional] fall"
_SCOPE_WORDS = r"national|nationwide|regional|local|countywide|general|combined|[a-z]+-wide"
_NOT_A_CHANGED_NOUN = compiled(r"(?:per\s*cent|percent|percentage(?:\s+points?)?|points?|fold|year|month|week|quarter|"
                                    r"[a-z]+-on-[a-z]+|like-for-like|[\w-]+['’]s|"
                                    r"biggest|largest|greatest|smallest|highest|lowest|similar|second|third|latest|first|same|recent|"
                                    r"last|next|overall|small|big|large|huge|sharp|steep|modest|slight|further|record|significant|"
                                    r"one-off|real|net|gross|new|possible|expected|planned|proposed|predicted|"
                                    r"potential|likely|projected|annual|average|total|" + _SCOPE_WORDS + r")$", regex.I)
#: a change noun and "in": "[increase in ]offences", "[a rise in ]arrests"
_CHANGE_IN_HEAD = r"\b(?P<v>increase|rise|fall|drop|decrease|reduction|growth|decline)\s+in\s+(?:(?:its|their|the)\s+)?"
_CHANGE_IN_AT_END = compiled(_CHANGE_IN_HEAD + r"(?P<x>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4})\s*$")
_UP_IN_BRACKET = compiled(r"\s*\(\s*(?:up|down)\s+(?:by\s+)?(?:(?:around|about|nearly|almost|more\s+than|over|just|some)\s+)?(?:£|\$|€)?$")
#: a change's size given after the change was named: "..., with a movement of", "with an increase of"
_WITH_A_MOVEMENT = compiled(r"\bwith\s+an?\s+(?:movement|change|increase|decrease|rise|fall|drop)\s+of\s+"
                                 r"(?:(?:around|about|nearly|almost|more\s+than|over|just|some)\s+)?(?:£|\$|€)?$")
#: the change a clause named before its size: "the greatest increase in its average property value", "an annual price fall"
_NAMED_CHANGE_IN = compiled(
    _CHANGE_IN_HEAD + r"(?P<x>[a-z][\w'’-]*(?:\s+(?!(?:over|in|during|since|with|is|was|were|are|of|from|to|and|by)\b)[a-z][\w'’-]*){0,4})"
    rf"|\b(?:an?|the)\s+(?:(?:{_CHANGE_ADJECTIVES}|greatest|largest|biggest|only)\s+)*"
    rf"(?!(?:{_CHANGE_ADJECTIVES}|greatest|largest|biggest|only)\b)"
    r"(?P<n>[a-z][\w'’-]*)\s+(?P<v2>increase|rise|fall|drop|decrease|reduction|growth|decline)\b")


def _named_change(clause: str) -> tuple[str, str] | None:
    """(what changed, the change noun) of the last change a clause named (:data:`_NAMED_CHANGE_IN`), or None."""
    found = None
    for m in _NAMED_CHANGE_IN.finditer(clause[-160:]):
        found = m
    if found is None:
        return None
    if found.group("x"):
        return found.group("x"), found.group("v").lower()
    if _NOT_A_CHANGED_NOUN.match(found.group("n")):
        return None
    return found.group("n"), found.group("v2").lower()


#: nouns that name a change ("a rise in", "the fall of"): the regexes of changes named as nouns below
_CHANGE_NOUN_WORDS = r"increase|rise|fall|drop|decrease|reduction|growth|jump|decline|cut"
#: a cheap test before _CHANGE_NOUN_IS: one of its nouns is in the window (most changes' windows have none)
_CHANGE_NOUN_STEMS = ("increase", "rise", "fall", "drop", "decrease", "reduction", "growth", "jump", "decline", "cut", "hike")
#: "a decrease in funding of [£465.9m]", "an increase in fees of 5%": what changed, between the change and its size
_CHANGE_IN_X_OF = compiled(
    rf"\b(?P<v>{_CHANGE_NOUN_WORDS})\s+in\s+"
    rf"(?P<x>(?:(?!(?:{_CHANGE_NOUN_WORDS}|as|shows?|comes?)\b)[A-Za-z][\w'’&-]*\s+){{0,5}}?"
    r"[A-Za-z][\w'’&-]*)\s+of\s+"
    r"(?:(?:just|only|around|about|nearly|almost|roughly|some|more\s+than|over|under|up\s+to)\s+)?(?:£|\$|€)?$", regex.I)
#: "The increase in council tax for a Band D property was [£73.41]", "the rise in the number of
#: claimants will be [4%]": a change noun with what changed, the subject of a copula ending at the figure
_CHANGE_NOUN_IS = compiled(
    rf"\b(?:the|this|that|its|their|an?)\s+(?:[a-z]+\s+){{0,2}}?(?P<v>{_CHANGE_NOUN_WORDS}|hike)\s+(?:in|of)\s+(?P<x>(?:the\s+)?[a-z][^,;:()\d£$€]{{1,80}}?)"
    rf"(?:\s*,\s*which)?\s+(?:{_BE_FORMS}|stood\s+at|stands\s+at|came\s+to|comes\s+to|amounted\s+to|amounts\s+to)\s+"
    r"(?:(?:just|only|around|about|nearly|almost|roughly|some|more\s+than|over|under|an\s+estimated)\s+)?(?:£|\$|€)?$", regex.I)
_WHEN_NOT_WHAT = compiled(r"^(?:the\s+)?(?:(?:following|previous|next|last|past|same|first|second|latest|current|"
                            r"\d+|twelve|six|three)\s+)+(?:year|years|months?|weeks?|quarter|period|decade)\b"
                            r"|^(?:the\s+)?(?:year|12\s+months|twelve\s+months|quarter|month)(?:\s+(?:to|ending|ended|up\s+to)\b|$)"
                            # ("a 3% fall in May", "a rise in March 2024": a month, when)
                            r"|^(?-i:" + _MONTHS + r")(?:\s+(?:19|20)\d\d)?$", regex.I)
def _is_place(name: str) -> bool:
    """A name the gazetteer knows as an area ("London", "the South-East"; not "Council Tax")."""
    folded = " ".join(rx(r"^(?i:the)\s+").sub("", name).replace("’", "'").replace("–", "-").split()).lower()
    return folded in gazetteer().by_surface  # (the gazetteer's folded surface forms)


#: a piece of a change's words with the next figure: "down from 1" (of "down from 1,537"), "up by 12"
_FIGURE_FRAGMENT = compiled(r"^(?:(?:was|is|were|are|has|had)\s+)?(?:(?:up|down|rising|falling)\s+)?(?:from|to|by|on)\s+[£$€]?\d")
_PROPER_NAME = compiled(r"^(?:The\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|upon|on))*$")
#: a second subject of the same verb of change, the verb left out: "..., and the unemployment rate by [0.3]%"
_ELIDED_VERB_BY = compiled(r"(?:,\s*|\s)(?:and|while|whilst|with|but)\s+(?:(?:the|its|their)\s+)?"
                                r"(?P<np>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})\s+by\s+"
                                r"(?:(?:around|about|nearly|almost|more\s+than|over|just|some)\s+)?[£$€]?$")
#: a verb of change with "by", said of a subject ("the count rose by"; not "cut funding for youth clubs by")
_VERB_OF_CHANGE_BY = compiled(r"\b(?:rose|risen|fell|fallen|grew|grown|increased|decreased|dropped|jumped|climbed|declined|"
                                   r"went\s+up|went\s+down|gone\s+up|gone\s+down|soared|surged|slumped|up|down)\s+by\s")
_NOT_ELIDED = frozenset("the a an it its them this that these those up down more less fewer also then there which who "
                        "rose fell grew increase increases rise rises fall falls drop drops cut cuts".split())
#: "a [15]% rise in the north east": where, not what
_WHERE_NOT_WHAT = compiled(r"^(?:the\s+)?(?:(?:north|south|east|west)(?:[\s-]+(?:east|west))?|midlands|capital|rest\s+of\s+the\s+country)"
                                r"(?:\s+(?:of\s+)?(?:england|wales|scotland|the\s+country|the\s+county))?(?:$|\s+(?:to|and|but|while|compared)\b)", regex.I)
#: where a sum went, not what it bought: "across the regions", "in the town", "throughout the county"
_WHERE_SPENT = compiled(r"^(?:across|in|throughout|around|within)\s+(?:the|its|their|our)\s+(?:[a-z]+\s+)?"
                             r"(?:regions?|county|counties|area|areas|town|city|district|borough|country|nation|economy|resort)$")
#: "[£1m] higher than last year's overspend": what the figure is compared with names the thing
_COMPARATIVE_AFTER = compiled(
    r"^\s*(?:higher|lower|greater|bigger|smaller|larger|more|less|fewer)\s+than\s+(?:in\s+)?(?:the\s+|a\s+)?"
    r"(?:(?:last|this|previous|next)\s+year['’]s\s+)?(?=[a-z])(?!(?:the\s+)?(?:year|month|week|previous|last|same|before|in\b|national|regional|average|county|"
    r"rest|other|those|that|what|it|they|expected|forecast|planned|budgeted)\b)")
#: what follows a compared figure when it names no thing: its time or how it was counted ("the 184,087 [for the
#: year before]", "the 4,020 [recorded in 2022]", "the 310 [a year earlier]")
_NO_THING_AFTER_FIGURE = compiled(r"(?:for|in|during|over|at|on|from|by|since|a\s+year|the\s+(?:year|previous|same)|last|this|"
                                       r"previous|(?:recorded|reported|logged|seen|registered|counted)\s+(?:in|during|for|over|a|the|last|"
                                       r"this|by|at)\b)\b", regex.I)
_LEADING_FIGURE = compiled(r"^(?:the\s+)?[£$€]?\d[\d,.]*(?:\s*(?:m|bn|k|million|billion|per\s*cent|%))?\s+")
_IN_AFTER = compiled(rf"^\s*(?:{_TIME_BETWEEN}(?=in\s))?in\s+(?:the\s+)?(?=[a-z])")
#: the baseline of a change: "on the previous year", "since 2010", "over the past 12 years"
_BASELINE = compiled(
    r"^\s*(?:(?:increase|rise|jump|fall|drop|decrease|reduction|growth|higher|lower|more|fewer|less|up|down)\s+)?"
    r"(?P<b>(?:on|since|over|from|compared\s+(?:with|to)|than(?:\s+in)?|in)\s+(?:the\s+)?"
    r"(?:(?:previous|past|last|same|prior|preceding)\s+(?:[\w-]+\s+){0,2}?(?:year|years|month|months|decade|period|quarter)"
    r"(?:\s+(?:(?:of|in)\s+)?(?:the\s+)?(?:previous|last|prior|preceding)\s+year|\s+a\s+year\s+(?:earlier|before|ago)|\s+(?:of|in)\s+(?:19|20)\d\d)?"
    r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:single\s+)?years?(?:\s+(?:ago|earlier|before))?"
    r"|a\s+(?:single\s+)?year|year\s+(?:before|earlier)|(?:19|20)\d\d(?:[-/]\d\d(?:\d\d)?)?|pre-pandemic\s+levels?"
    r"|(?:(?:a|its|their)\s+)?(?:record\s+|previous\s+)?(?:low|high)\s+point"  # "up 65% on a low point of 48,010"
    rf"|(?:end\s+of\s+)?(?:{_MONTHS})(?:\s+(?:19|20)\d\d)?)\b)", regex.I)
_CHANGE_NOUN = {"rise": "rise", "grew": "growth", "grown": "growth",
                "grow": "growth", "growing": "growth", "growth": "growth", "reduced": "reduction", "reduction": "reduction",
                "improved": "improvement"}


#: a change's own words where its measure should be ("more", "higher", "increase on the previous year")
_BARE_CHANGE = compiled(r"^(?:more|fewer|less|higher|lower|increases?|rises|rise|falls?|drops?|jumps?|decreases?|reductions?|growth|"
                             r"declines?|cuts?|slumps?|surges?|dips?|"
                             r"up|down|times|average|compares?)\b(?!\s+(?:(?:increase|rise|fall|drop|growth|decline|reduction|jump)\s+)?in\b)", regex.I)


#: a compared figure named only by a figure word: "the figure a year earlier", "the total in 2019"
_BARE_FIGURE_THEN = compiled(r"^(?:the\s+)?(?:same\s+)?(?:figure|number|total|level|count|tally)s?(?:\s+(?!of\b)|$)", regex.I)


def changed_thing(text: str, s: Statistic, s_start: int) -> tuple[str | None, str | None]:
    """What a change is a change in, and the word the text uses for it.

    >>> t = "The number of offenders in Kent has risen by 90% over the past 12 years."
    >>> changed_thing(t, Statistic("percentage", 90, 45, 48, 45, 47, "r", direction="up"), 0)
    ('the number of offenders', 'risen')
    """
    before = text[s_start:s.num_start]
    after_at = s.end
    am = _CHANGE_NOUN_AFTER.match(text[s.end:s.end + 40])
    if am is None and s.end - s.num_end > 3 and (wm := _SPAN_ENDS_CHANGE.search(text[s.num_end:s.end])):
        # the figure's span holds its change word ("a [7,000 fall] in claimants"): what follows it
        after_at = s.num_end + wm.start()
        am = _CHANGE_NOUN_AFTER.match(text[after_at:after_at + 50])
    if am:
        what = _phrase_at(text, after_at + am.end(), "count")
        if not (what and (_WHEN_NOT_WHAT.match(what) or _WHERE_NOT_WHAT.match(what))):
            return what, am.group("v").lower()
        when_noun = am.group("v").lower()  # "an 8% rise in the following year": when, not what
    else:
        when_noun = None
        if s.kind in ("money", "count", "change") and (mm := _MORE_IN_AFTER.match(text, s.end, s.end + 30)) is not None \
                and (what := _phrase_at(text, mm.end(), "count")) and not (_WHEN_NOT_WHAT.match(what) or _WHERE_NOT_WHAT.match(what)):
            return what, None  # "brought in [£3.2 million] more in council tax": council tax
    tm = _COMPARATIVE_AFTER.match(text[s.end:s.end + 60])
    if tm and (what := _phrase_at(text, s.end + tm.end(), "count")) and not _TIME_PHRASE.match(what) \
            and not _BARE_FIGURE_THEN.match(what) and not _NO_THING_AFTER_FIGURE.match(bare := _LEADING_FIGURE.sub("", what)):
        # "£1m higher than last year's overspend": the overspend; "2% lower than the 51,982 offences": the
        # offences (not the compared figure itself); not "the 184,087 for the year before" nor "the 4,020
        # recorded in 2022": the compared figure with its time, no thing named (not "1% lower than the figure a
        # year earlier" either)
        return bare or what, None
    if ("saw " in before[-90:] or "seen " in before[-90:] or "recorded " in before[-90:] or "experienced " in before[-90:]) \
            and (rm := _RISE_AFTER.match(text, s.end, s.end + 30)) and (sm := _SAW_CHANGE.search(before[-120:])):
        if x := _saw_thing(sm.group("x")):
            return x, rm.group("v").lower()
    if " of " in before[-16:] and (om := _SAW_CHANGE_OF.search(before[-120:])) is not None \
            and not _IN_THING_AFTER.match(text, s.end, s.end + 30):
        # "Burglaries saw a rise of [12]%", "House prices recorded a fall of [3]%": the thing that saw it, when it is
        # no place, body or name ("Leeds saw a rise of 12%", "The council recorded a fall", "Kent saw a rise of 12% in
        # burglaries": the thing named after)
        if x := _saw_thing(om.group("x")):
            return x, om.group("v").lower()
    if when_noun is not None:
        return None, when_noun
    near = before[-130:]
    if holds_any(near, (" is ", " was ", " be ", " been ", " at ", " to ", " are ", " were ")) \
            and holds_any(near.lower(), _CHANGE_NOUN_STEMS) \
            and (cm := _CHANGE_NOUN_IS.search(near)) is not None:
        return _PLACE_TAIL.sub("", cm.group("x")).strip(), cm.group("v").lower()
    if " of " in before[-30:] and (im := _CHANGE_IN_X_OF.search(before[-110:])) is not None:
        # "a real terms decrease in funding of [£465.9m]": the thing named between the change and its size
        return im.group("x").strip(), im.group("v").lower()
    if "(" in before[-12:] and (um := _UP_IN_BRACKET.search(before[-12:])) is not None \
            and (cm := _CHANGE_IN_AT_END.search(before, max(0, len(before) - 100), len(before) - 12 + um.start()
                                                 if len(before) > 12 else um.start())) is not None:
        # "Kent Police saw a rise in arrests (up [5]%)": the change named right before the bracket
        return cm.group("x"), cm.group("v").lower()
    if "with a" in before[-40:] and (wm := _WITH_A_MOVEMENT.search(before[-40:])) is not None \
            and (named := _named_change(before[:len(before) - 40 + wm.start()] if len(before) > 40 else before[:wm.start()])):
        # "experienced the greatest increase in its average property value ... with a movement of [9.3] per cent"
        return named
    bm = _CHANGE_NOUN_BEFORE.search(before[-60:])
    if bm:
        im = _IN_AFTER.match(text[s.end:s.end + 70])
        what = _phrase_at(text, s.end + im.end(), "count") if im else None
        if what is None and (mm := _MODIFIED_CHANGE.search(before[-90:])) is not None \
                and not _NOT_A_CHANGED_NOUN.match(mm.group("n")):
            what = mm.group("n")  # "an annual price increase of [3.4] per cent": price
        # (not a time: "a fall of 924 in the past year in Kent" names no thing)
        return (None if what and _WHEN_NOT_WHAT.match(what) else what), bm.group("v").lower()
    x, v = _change_subject(before, _CHANGE_SUBJECT)
    if "number of" in before and not (x or "").startswith("the number of") \
            and (nm := _NUMBER_OF_CHANGED.search(before[-240:])):
        # "The number of children excluded from primary, secondary and special schools increased by [1,000]"
        return f"the number of {nm.group('x')}", nm.group("v").lower()
    return x, v



def _saw_thing(x: str) -> str | None:
    """The thing before "saw/recorded/showed" a change ("House prices [recorded a fall of]"), cleaned of a
    clause's opening and a time; None for a place, body or source ("Leeds", "the council", "the regional
    figure") or one capitalised word, which may be a name ("Smith saw a rise of 12%", "Tesco saw a rise")."""
    x = _LEAD_TIME.sub("", _CLAUSE_START.sub("", x, count=1)).strip()
    x = rx(r"^(?:(?:while|whilst|and|but|as|meanwhile|however|also)\s+)*(?:the|its|their)?\s*", regex.I).sub("", x)
    if x and not _NOT_A_SHARE_HEAD.match(x) and not _SAW_NOT_THING.search(x) and not _SHOWS_NOT_THING.search(x) \
            and not rx(r"[A-Z]").search(x[1:]) and (x[:1].islower() or " " in x):
        return _first_word_lower(x)
    return None

#: "X saw a [71] per cent rise": the thing that saw it, when it is no place or body (see _SAW_NOT_THING)
_SAW_CHANGE = compiled(r"(?P<x>[A-Za-z][^,.;:()–—\[\]\d]{1,70}?)\s+(?:(?:has|have|had|also|again)\s+)*(?:saw|seen|recorded|experienced)\s+"
                            r"(?:an?|another|a\s+further)\s+(?:(?:small|slight|big|large|huge|sharp|massive|significant|further|modest)\s+)?"
                            r"(?:(?:around|about|nearly|almost|more\s+than|over|just|some)\s+)?$")
#: "X saw a rise of [12]%": the thing that saw it (see _SAW_CHANGE, and _SAW_NOT_THING for what is no thing)
_SAW_CHANGE_OF = compiled(r"(?P<x>[A-Za-z][^,.;:()–—\[\]\d]{1,70}?)\s+(?:(?:has|have|had|also|again)\s+)*"
                          r"(?:saw|seen|recorded|experienced|showed|show|shows)\s+"
                          r"(?:an?|another|a\s+further)\s+(?:(?:small|slight|big|large|huge|sharp|massive|significant|further|modest)\s+)?"
                          r"(?P<v>rise|increase|fall|drop|decrease|reduction|jump|decline|growth)\s+of\s+"
                          r"(?:(?:around|about|nearly|almost|more\s+than|over|just|some)\s+)?$")
#: what shows a change rather than undergoes it: "The regional figure shows an increase of four", "the data shows"
_SHOWS_NOT_THING = compiled(r"(?:^|\s)(?:figures?|data|statistics|numbers?|reports?|surveys?|study|studies|analysis|research|"
                            r"index|tables?|charts?|results?|estimates?|changes?|graph|map|review|census)$", regex.I)
#: a change's thing named after its size: "[12]% in burglaries"
_IN_THING_AFTER = compiled(r"\s*(?:(?:per\s*cent|percent|%|pc)\s*)?in\s+(?!(?:the\s+)?(?:year|years|12\s+months|twelve\s+months|"
                           r"months?|quarter|period|last|past|same|previous|first|second|third|fourth|final|financial|calendar|"
                           r"weeks?|spring|summer|autumn|winter|run-up|lead-up)\b)(?:the\s+)?(?:number\s+of\s+)?[a-z]")
_RISE_AFTER = compiled(r"\s*(?:per\s*cent|percent|%|pc)?\s*(?:year-on-year\s+|annual\s+)?(?P<v>rise|increase|fall|drop|decrease|reduction|jump|hike|"
                            r"surge|decline|growth|spike|dip)\b(?!\s+(?:in|of)\s+(?!(?:the\s+)?(?:year|12\s+months|twelve\s+months|month|quarter|period|last|past|"
                            r"same|previous|(?:19|20)\d\d|" + _MONTHS + r")\b))", regex.I)
_SAW_NOT_THING = compiled(r"(?:^|\s)(?:force|forces|council|councils|area|areas|region|regions|county|counties|city|town|borough|"
                               r"district|trust|trusts|authority|authorities|police|constabulary|country|nation|it|they|we|which|who|"
                               r"there|this|that|these|those|year|month|week|quarter|period|decade|people)$", regex.I)
#: "the number of X (from, in, at ...) ... rose by": X, however long the phrase after it
_NUMBER_OF_CHANGED = compiled(
    rf"\b(?i:the\s+)?number\s+of\s+(?P<x>[a-z][\w'’-]*(?:\s+(?!(?:{_CHANGE_VERBS})\b)[a-z][\w'’-]*){{0,5}}?)(?=\s+(?:from|in|at|across|on|who|that|for|with|under|over|during|since|after|before|within|because|as|when|while)\b)"
    rf"[^.;:()]{{0,120}}?\s+(?:has\s+|have\s+|had\s+|also\s+)*(?P<v>{_CHANGE_VERBS})\s+(?:by\s+)?"
    rf"(?:(?:around|about|nearly|almost|more\s+than|over|just|some|at\s+least)\s+)?(?:£|\$|€)?$")


#: an aside between two dashes inside a subject, before the verb of change
_DASH_PAIR = compiled(r"(?<=[a-z])\s+(?:[–—]|-(?=\s))\s+(?:[^–—\n.;:\d]|\d+(?:\s+(?:of|in|out\s+of)\s+\d+)?(?=\s+[a-z]))"
                           r"{2,60}?\s+(?:[–—]|-)\s+(?=[a-z])")


#: a relative clause between a subject and its verb of change: "homicides [in which a knife was used]
#: dropped", "offences [where a weapon was involved] rose", "crashes [that involved a cyclist] fell"
#: ("that" and "who" only before a verb: "figures show that crime rose" keeps its clause)
_RELATIVE_BEFORE_CHANGE = compiled(
    r"(?<=[a-z])\s+(?:(?:(?:in|on|at|for|by|from|with|during|under)\s+which|where|whose)\s+[^,.;:()\d–—]{1,50}?"
    r"\b(?:was|were|is|are|had|has|have|been|[a-z]{3,}ed)\b[^,.;:()\d–—]{0,30}?"  # (a clause with its own verb:
    # not "the North East where repossessions dropped", whose subject is the clause's)
    r"|(?:that|who)\s+(?:(?:was|were|is|are|had|has|have)\s+(?:been\s+)?)?[a-z]+ed\b[^,.;:()\d–—]{0,50}?"
    # a present-tense clause after a plural noun: "overflows owned by firms that release untreated sewage increased"
    r"|(?<=\b[a-z]{3,}s\s+)(?<!\b(?:shows|reveals|says|suggests|finds|warns|claims|notes|means|indicates|confirms|estimates|predicts|argues|"
    r"believes|thinks|knows|hopes|fears|insists|admits|states|reports|adds|explains|ensures|stresses|is|was|has|does|figures|"
    r"statistics|numbers|data|results|records|accounts|analysis|as|this|thus|less|unless|always|perhaps|yes)\s+)"
    r"(?:that|who)\s+(?!(?:the|a|an|this|that|these|those|it|its|they|their|there|we|he|she|his|her|our|in|on|at|by|for|of|"
    r"was|were|is|are|had|has|have|will|would|could|should|may|might|can|also|now)\b)[a-z]{3,}\s+[a-z][^,.;:()\d–—]{2,40}?)"
    rf"(?=\s+(?:has\s+|have\s+|had\s+)?(?:{_CHANGE_VERBS})\b[^.;:]{{0,40}}$)", regex.I)


#: a sentence's opening conjunction before its subject: "But youth unemployment ... increased"
#: a frame before a subject with no comma: a place ("In London the average price"), an adverb of scope or time
#: ("annually prices were up", "Nationally crime fell")
_LEAD_FRAME = compiled(r"^(?:(?:In|Across|Throughout|Within)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*\s+"
                            r"(?=(?:the|its|their|average|a|an)\s)"
                            # (only words that are adverbs alone: not "Monthly rents", "Overall satisfaction")
                            r"|(?i:annually|nationally|locally|regionally|similarly|likewise|separately|"
                            r"altogether|elsewhere)\s+(?=[a-z]))")
_LEAD_CONJUNCTION = compiled(r"^(?:(?:But|And|Yet|However|Meanwhile|Still|So|Also)\b,?\s+(?=[a-z])"
                                   # a linking phrase before a subject of any case: "As a result ILO unemployment rose"
                                   r"|(?:As\s+a\s+(?:result|consequence)|Against\s+this|In\s+contrast|By\s+contrast|"
                                   r"On\s+the\s+other\s+hand|At\s+the\s+same\s+time|In\s+addition|In\s+turn|Despite\s+this|"
                                   r"Because\s+of\s+this)\b,?\s+(?=[A-Za-z]))")
#: a subject's forecast before its verb of change: "bills (are) set to (go up)", "costs expected to (rise)"
_SET_TO = compiled(r"\s+(?:(?:is|are|was|were)\s+)?(?:set|expected|due|likely|forecast|projected|predicted|poised|going)\s+to$")


#: examples given of a subject, up to the comma before its verb: "crime[ such as burglary, robbery and theft,] fell by"
_SUCH_AS_ASIDE = compiled(r",?\s+(?:such\s+as|including)\s+[^.;:()\n]{1,80}?,(?=\s+(?:[a-z]+\s+){1,4}$)")


def _change_subject(before: str, pattern: Pattern) -> tuple[str | None, str | None]:
    """The subject of the change verb that ``pattern`` finds at the end of ``before`` (the
    sentence up to the figure), and the verb: "The number of offenders has risen by" → (the
    number of offenders, risen); "a rise in thefts, which soared 18% to" → (thefts, soared)."""
    window = before[-200:]
    if ", which " in window and pattern is _CHANGE_SUBJECT and (nm := _NP_WHICH_CHANGED.search(window)) \
            and not _NOT_A_SHARE_HEAD.match(nm.group("np")) and not _NOT_A_THING.match(nm.group("np")):
        # "the Retail Prices Index, which rose by [3.9%]", "Council tax, which went up by [4.99%]": the noun before
        np = _LEAD_TIME.sub("", nm.group("np")).strip()
        if np and not rx(r"\b(?:rise|increase|fall|drop|growth|decline|reduction|jump|surge)\s+in\b", regex.I).search(np) \
                and not rx(r"^[a-z]+(?:s|ed)\s|\s[a-z]+ed\s|\s(?i:that|who|where|when)\s").search(np):
            np = np[0].lower() + np[1:] if np[1:2].islower() and not rx(r"\s[A-Z]").search(np) else np
            return tidy_phrase(rx(r"^(?:the|its|their)\s+", regex.I).sub("", np)), nm.group("v").lower()
    if ("such as " in window or "including " in window) and (am := _SUCH_AS_ASIDE.search(window)):
        window = window[:am.start()] + window[am.end():]  # "Serious theft crime such as burglary, robbery and theft, fell by"
    if window.count(",") >= 2 and (am := _APPOSITIVE.search(window)):
        window = window[:am.start()] + " " + window[am.end():]  # "theft, one of the most common crimes, rose by"
    if ("–" in window or "—" in window or " - " in window) and (dm := _DASH_PAIR.search(window)):
        window = window[:dm.start()] + " " + window[dm.end():]  # "thefts of bikes – mostly from stations – were up"
    relative = None
    if (" which " in window or " where " in window or " whose " in window or " that " in window or " who " in window) \
            and (rm := _RELATIVE_BEFORE_CHANGE.search(window)):
        # "homicides in which a knife was used dropped by": the subject is found without the clause, which is kept
        relative, head_end = rm.group(0).strip(), rm.start()
        window = window[:rm.start()] + window[rm.end():]
    clause = _CLAUSE_START.sub("", _SHORT_BRACKET.sub("", window) if "(" in window else window, count=1)
    if clause and window.endswith(clause) and (lead := window[:len(window) - len(clause)]).endswith("and ") \
            and (joined := _joined_first_noun(lead)) is not None:
        # "Deaths and serious injuries on UK roads increased by", "The council said thefts and robberies fell by": a
        # subject of two nouns joined by "and", no new clause
        clause = joined + clause
    masked = False
    if ("," in clause or "." in clause) and any(w in clause for w in _THRESHOLD_WORDS) \
            and (tm := _THRESHOLD_IN_SUBJECT.search(clause)):
        # "Households earning less than £20,000 a year rose to": a threshold inside the subject is part of it,
        # its digit-group comma is no clause boundary
        clause = clause[:tm.start()] + _DIGIT_PUNCT.sub(lambda m: "\x00" if m.group(0) == "," else "\x01", tm.group(0)) \
            + clause[tm.end():]
        masked = True
    cm = _search_change(pattern, _LEAD_TIME.sub("", clause))
    if not cm:
        wm = _WHICH_CHANGED.search(window) if "which" in window else None
        if wm and not rx(r"^(?:those|these|them)\b").match(wm.group("np")) \
                and (cm := _search_change(pattern, "it was " + wm.group("rest"))):
            return tidy_phrase(wm.group("np").strip()), (cm.groupdict().get("v") or "").lower() or None  # "a rise in X, which soared 18%"
        return None, None
    x = _LEAD_JUNK.sub("", _LEAD_JUNK.sub("", _LEAD_FRAME.sub("", _LEAD_CONJUNCTION.sub("", cm.group("x").strip())))).strip()
    if masked:
        x = x.replace("\x00", ",").replace("\x01", ".")
    if " to" in x[-4:] or x.startswith(("with ", "With ")):
        # "with average bills set to go up by [5.1] per cent": the bills
        x = _SET_TO.sub("", rx(r"^(?i:with)\s+(?:(?:the|its|their)\s+)?").sub("", x)).strip()
    x = tidy_phrase(rx(r"\s+(?:also|now|still|again|too|overall)$").sub("", rx(r"^(?:their|its|our|his|her)\s+").sub("", x)))
    v = (cm.groupdict().get("v") or "").lower() or None
    if not x or _NOT_A_SHARE_HEAD.match(x) or rx(r"^(?:it|this|that|they|the\s+figure|figure|number|total|rate|the|an?)$", regex.I).match(x):
        return None, v
    if relative and window[:head_end].lower().endswith(x.lower()):
        if (hm := _HEAD_BEFORE_FIGURE.search(window, 0, window[:head_end].lower().rfind(x.lower()))) is not None and not _LEAD_JUNK.match(hm.group("h")):
            # "discharges from 14,000 storm overflows owned by firms that ... increased": what came from them
            x = _first_word_lower(hm.group("h").rstrip()) + " " + rx(r"^[,.]?[0-9]+\s+").sub("", x)
        elif len(x.split()) <= 4 or not relative.startswith(("that ", "who ")):
            x = f"{x} {relative}"
    return (f"the {x}" if x.startswith("number of ") else x), v


#: the first noun of a subject of two joined by "and", from the sentence's start: "Deaths and", "Burglaries and"
_JOINED_SUBJECT = compiled(r"\s*(?:(?:The|Both)\s+)?[A-Z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){0,2}\s+and\s+")
#: ... or after a reporting verb: "The council said [thefts and] robberies fell", "Figures show that [burglaries and]"
_REPORTED_LEAD = compiled(r".*\b(?:said|says|show|shows|showed|found|reveal|reveals|revealed|suggest|suggests|suggested)"
                               r"(?:\s+that)?\s+")
_JOINED_REPORTED = compiled(r"(?:(?:the|both)\s+)?[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){0,2}\s+and\s+")
def _joined_first_noun(lead: str) -> str | None:
    """The first of two nouns joined by "and" that make one subject, when ``lead`` (the sentence up to the
    second) is that noun and its "and", from the sentence's start or after a reporting verb, with no verb of
    its own ("Deaths and ", "The council said thefts and "); else None."""
    if _JOINED_SUBJECT.fullmatch(lead) and not _VERB_IN_LEAD.search(lead):
        return lead.lstrip()
    if (rm := _REPORTED_LEAD.match(lead)) and _JOINED_REPORTED.fullmatch(lead, rm.end()) and not _VERB_IN_LEAD.search(lead, rm.end()):
        return lead[rm.end():]
    return None


_VERB_IN_LEAD = compiled(rf"\b(?:{_FINITE}|{_CHANGE_VERBS}|said|says|show|shows|showed|saw|sees)\b", regex.I)


#: the head of a subject whose noun phrase holds a figure: "[discharges from] 14,000 storm overflows"
_HEAD_BEFORE_FIGURE = compiled(r"(?:^|[,;:]\s+|\b(?:that|found|show|shows|showed|and|while)\s+)(?:the\s+)?"
                                    r"(?P<h>[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?\s+(?:from|of|at|in|across|on)\s+)"
                                    r"(?:more\s+than\s+|over\s+|some\s+|around\s+|about\s+)?\d[\d,.]*\s*$")


def _search_change(pattern: Pattern, clause: str):
    """``pattern`` searched in ``clause``; _FROM_TO only when the clause says "from" (it needs the
    word, and its failing scan of a clause is the dearest of these), _CHANGE_SUBJECT and _CHANGE_TO
    only when the clause ends as they need."""
    if pattern is _FROM_TO and not may_say(clause, ("from",)):
        return None
    if (end := _NEEDED_END.get(id(pattern))) is not None and not end.search(clause):
        return None
    return pattern.search(clause)


_SHORT_BRACKET = compiled(r"\s*\([^()]{0,50}\)")
#: a money or share threshold that qualifies a subject: "households earning less than £20,000 a year",
#: "families with an income under £15,000", "pupils scoring below 40.5 per cent"
_THRESHOLD_IN_SUBJECT = compiled(
    r"(?i:less|more|fewer|lower|higher|greater)\s+than\s+[£$€]?\d[\d,.]*\d|\b(?i:under|over|below|above|up\s+to|at\s+least)\s+[£$€]\d[\d,.]*\d"
    r"|\b(?i:under|below|above)\s+\d[\d,.]*\d(?=\s*(?:%|per\s*cent|percent))")
_THRESHOLD_WORDS = ("than ", "nder ", "ver ", "elow ", "bove ", "p to ", "least ")
_DIGIT_PUNCT = compiled(r"(?<=\d)[,.](?=\d)")
#: an aside between commas just before a change verb: "theft, one of the most common crimes, rose by"
_APPOSITIVE = compiled(rf"(?<=[a-z])\s*,\s+(?:one|some|many|most|part|among|a|an|the|its|their|mainly|mostly|largely|"
                            rf"usually|often|aged|including|excluding|those|not)\b[^,;:()–—]{{2,60}},\s*(?=(?:has\s+|have\s+|had\s+|also\s+)*(?:{_CHANGE_VERBS})\s+"
                            rf"(?:by\s+)?[^,;:]{{0,20}}$)")
#: "the Retail Prices Index, which rose by": the noun phrase just before ", which"
_NP_WHICH_CHANGED = compiled(
    rf"(?:^|[,;:(–—]\s*|\b(?:than|and|but|while)\s+)(?P<np>(?:[A-Za-z][\w&'’-]*)(?:\s+[A-Za-z&][\w&'’-]*){{0,6}}),\s+which\s+"
    rf"(?:(?:has|have|had|also|now|itself)\s+)*(?P<v>{_CHANGE_VERBS})\s+(?:by\s+)?(?:(?:around|about|nearly|almost|more\s+than|over|just|some)\s+)?(?:£|\$|€)?$")
#: a change whose verb and subject are left out: "..., and by [22]%", "or by [£3m]"
_ELIDED_BY = compiled(r"(?:,|\band|\bor|\bbut|\bwhile)\s+(?:then\s+|again\s+)?by\s+(?:(?:around|about|nearly|almost|more\s+than|over|just|some|a\s+further|another)\s+)?[£$€]?$")
#: "driven by a rise in violence against the person, which soared 18% to ...": what rose
_WHICH_CHANGED = compiled(r"\b(?:rise|increase|fall|drop|growth|decline|reduction|jump|surge)\s+in\s+(?P<np>[a-z][^,;:()]{2,80}?)"
                               r",?\s+which\s+(?P<rest>[^,;:]{2,80})$")
#: "the number of violent crimes went up by a fifth (19%) to [1.2 million]": the level a change reached
#: up to two qualifiers before a figure a change reached: "to just over [1.6 million]", "to a record [N]"
_TO_QUALS = r"(?:(?:around|about|nearly|almost|more\s+than|over|under|below|above|just|some|roughly|a\s+record|a\s+total\s+of|an\s+estimated)\s+){0,2}"
_CHANGE_TO_TAIL = rf"\s+to\s+{_TO_QUALS}(?:£|\$|€)?$"
_CHANGE_TO = compiled(
    rf"(?P<x>[A-Za-z][^,.;:()–—\[\]]{{1,90}}?)\s+(?:has\s+|have\s+|had\s+|also\s+|now\s+|been\s+|again\s+)*"
    rf"(?P<v>{_CHANGE_VERBS})(?:\s+(?:by\s+)?(?:[^.;:()–—]|\.(?=\d)){{0,40}}?)?{_CHANGE_TO_TAIL}", regex.I)
#: the ends those two patterns need (a verb of change and its tail; "to" and its tail), tested from
#: the end of the clause ((?r)): a clause without one is not scanned from every letter. _CHANGE_SUBJECT's
#: test is the whole pattern searched backwards (:func:`extractor.rules.backward_search`: a match exactly
#: when the forward search finds one), which also rules out a verb and tail with no subject before them
_NEEDED_END = {id(_CHANGE_SUBJECT): compiled(_CHANGE_SUBJECT.pattern, _CHANGE_SUBJECT.flags | regex.REVERSE),
               id(_CHANGE_TO): compiled(rf"(?r){_CHANGE_TO_TAIL}", regex.I)}


def baseline(text: str, s: Statistic) -> str | None:
    """The period a change is measured against, as written ("than in 2015" → "on 2015").

    >>> baseline("up 14% on the previous year", Statistic("percentage", 14, 3, 6, 3, 5, "r"))
    'on the previous year'
    """
    bm = _BASELINE.match(text[s.end:s.end + 60])
    if not bm:
        return None
    return rx(r"^than(?:\s+in)?\b").sub("on", bm.group("b"))


_TIME_PHRASE = compiled(
    r"^(?:the\s+)?(?:(?:increase|fall|rise|drop|growth|decline|reduction) in\s+)?(?:(?:over|in|on|during)\s+)?(?:the\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:months?|years?|weeks?)\b|"
    r"(?:previous|same|last|next|this|past|prior|"
    r"following|preceding)\s+(?:\w+\s+)?(?:year|years|month|months|week|period|quarter|decade|time|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)\b(?!['’]))|^(?:previous|last)\s+year\b(?!['’])"
    r"|^(?:the\s+|a\s+)?(?:year|month|week|quarter|decade)s?\s+(?:before|earlier|previously|prior|ago)\b", regex.I)
_COMPARED = compiled(r"\b(?:from|than|compared (?:with|to)|in\s+comparison\s+(?:with|to)|against)\s+(?:the\s+)?(?:just\s+|around\s+|about\s+)?$"
                          # a record it is set against: "below the previous low of [94.1]%", "beating the old record of"
                          r"|\b(?:previous|earlier|former|old|all-time|last)\s+(?:record\s+)?(?:low|high|peak|record|best|worst)\s+of\s+"
                          r"(?:just\s+|around\s+|about\s+)?[£$€]?$"
                          r"|\b(?:up|down)\s+[\d.,]+\s*(?:%|per\s*cent|percent)\s+on\s+(?:just\s+|around\s+|about\s+)?$"
                          # "105,300 emergency admissions - up on the [104,900] in the previous week"
                          r"|\b(?:up|down)\s+(?:(?:slightly|sharply)\s+)?on\s+the\s+(?:just\s+|around\s+|about\s+)?[£$€]?$"
                          r"|\b(?:rise|increase|fall|drop|decrease|reduction|jump)\s+of\s+[\w.,]+\s*(?:%|per\s*cent|percent)\s+on\s+(?:the\s+)?$", regex.I)


#: what opens an aside between a share and its count: " (", " - ", " – ", " — " (after the share's words)
_ASIDE_OPEN = compiled(r"[^\n,.;:()\d]{0,40}?\s*(?:\(|[-–—]\s)\s*")

def is_compared_figure(text: str, s: Statistic) -> bool:
    """The figure is the baseline of a comparison ("up from [110] last year", "compared to
    [1,024] the previous year"): it counts what was counted before, in the baseline's period."""
    left = text[max(0, s.start - 30):s.start]
    low = left.lower()
    if "from" not in low and "than" not in low and "compar" not in low and "against" not in low \
            and " on " not in low and " of " not in low[-8:] and "opposed" not in low:
        return False  # (a cheap test before the regex: most figures are compared with nothing)
    return bool(_COMPARED.search(left)) or opposed_in_time(text, s)


#: "as opposed to the [67.3] per cent in the previous year": "as opposed to" before a figure ...
_OPPOSED_BEFORE = compiled(r"\bas\s+opposed\s+to\s+(?:the\s+)?(?:just\s+|around\s+|about\s+)?[£$€]?$", regex.I)
#: ... that a time of its own follows in its clause (not "as opposed to 35 per cent who drove": another group)
_TIME_AFTER = compiled(r"(?:\s*(?:%|per\s*cent|percent))?[^,.;:()\n]{0,40}?\b(?:in|during|for|over|at|on|by)\s+(?:the\s+)?"
                       r"(?:previous|last|same|prior|preceding|(?:19|20)\d\d|" + alternation(lexicon("months")) + r"|year|quarter|month)\b"
                       r"|(?:\s*(?:%|per\s*cent|percent))?\s+(?:last|a)\s+year\b", regex.I)


def opposed_in_time(text: str, s: Statistic) -> bool:
    """Whether the figure is set against the current one "as opposed to" it, in another period (a baseline)."""
    return _OPPOSED_BEFORE.search(text, max(0, s.start - 40), s.start) is not None \
        and _TIME_AFTER.match(text, s.end, s.end + 80) is not None


#: a count with no noun, then what those counted did: "[29] have seen an increase in ...", "[Five] saw a drop"
_DID_VERBS = frozenset("have has had were was are is saw see sees showed show shows reported report reports recorded got "
                       "received said say says".split())
_COUNT_DID_AFTER = compiled(rf"\s+(?P<p>(?:{'|'.join(sorted(_DID_VERBS))})\b[^.;:()\n]{{2,120}})")
#: the plural noun right after an earlier count: "from [44] councils which", "Of the [23] authorities that"
_COUNT_NOUN_AFTER = compiled(r"\s+(?P<n>(?-i:[a-z])[\w-]*[a-rt-z]s)\b(?!\s+(?:of|per)\b)")


def _elided_noun_count(text: str, s: Statistic, stats: list[Statistic], n: int, sentence_bounds) -> str | None:
    """The measure of a count whose noun is left out ("[29] have seen an increase in the proportion of pupils"):
    the plural noun of a count named in this sentence or the one before (back over at most three figures),
    and what these did ("councils that have seen an increase in the proportion of pupils")."""
    pm = _COUNT_DID_AFTER.match(text, s.end, s.end + 140)
    if pm is None:
        return None
    floor = sentence_bounds(text, max(0, sentence_bounds(text, s.num_start)[0] - 2))[0]  # (the sentence before this one)
    for k in range(n - 1, max(-1, n - 4), -1):
        prev = stats[k]
        if prev.num_end < floor:
            return None
        if prev.kind == "count" and (nm := _COUNT_NOUN_AFTER.match(text, prev.end, prev.end + 40)) is not None:
            did = rx(r",.*$|\s+(?:and|but|while|whereas|because|although)\s.*$").sub("", pm.group("p")).strip()
            # (not where what they did holds the next figure: "two saw figures rise by more than 200%")
            return f"{nm.group('n')} that {did}" if did and not rx(r"\d").search(did) else None
    return None


def assign(text: str, stats: list[Statistic], sentence_bounds, check=None, cells=None) -> None:
    """Set ``measure`` on every statistic that has none (``check``: called every 200; ``cells``:
    the table cell of each statistic by ``id``, when the caller has read them)."""
    abbr = abbreviations(text)
    previous: Statistic | None = None
    previous_count: str | None = None
    previous_rate: str | None = None
    previous_share: str | None = None  # the last share stated (a percentage that is no change)
    earlier: list[str] = []  # the measures set so far, latest last
    for n, s in enumerate(stats):
        if check is not None and n % 200 == 199:
            check()
        if n >= 2 and previous is not None:
            previous = _before_aside(text, stats[n - 2], previous, s)
        if s.measure is None:
            elided = None
            cell = cells.get(id(s)) if cells is not None else cell_at(text, s.num_start)
            found = _settle(text, s, expand(_measure(text, s, previous, previous_count, sentence_bounds, previous_rate, cell), abbr),
                            previous, earlier, sentence_bounds)
            if s.kind == "ratio" and s.direction is None and previous is not None and previous.kind == "ratio" \
                    and (found is None or len(found.split()) <= 4 and not _RATIO_VERBS.isdisjoint(found.split()[-2:])
                         or (fw := found.split()[0]) in _RATIO_VERBS or fw.endswith("ed") and len(fw) > 4) \
                    and previous.num_end >= sentence_bounds(text, s.num_start)[0] \
                    and (nm := _RATIO_NOUN_AFTER.match(text, previous.end, previous.end + 40)) \
                    and (pm := _RATIO_DID_AFTER.match(text, s.end, s.end + 120)):
                # "one in ten councils has considered it, while nearly [one in five] (20%) said they may have to": of
                # the same things, those that did
                did = rx(r",.*$|\s+(?:and|but|while|whereas|because|although)\s.*$").sub("", pm.group("p")).strip()
                found = f"{nm.group('n')} that {did}" if did else found
            if s.kind == "count" and s.direction is None and n > 0 and (found is None or found.split()[0] in _DID_VERBS) \
                    and (did := _elided_noun_count(text, s, stats, n, sentence_bounds)) is not None:
                # "from 44 councils ... show that [29] have seen an increase, [14] have seen a decline": councils that did
                found = did
            if s.kind == "percentage" and s.direction is None and previous is not None and previous.kind == "ratio" \
                    and previous.measure and " that " in previous.measure and rx(r"\s*\(\s*$").fullmatch(text[previous.end:s.num_start]) \
                    and (found is None or found.startswith("share of ") and len(found.split()) <= 4):
                found = previous.measure  # "nearly one in five ([20%]) said ...": the ratio again, in per cent
            if s.kind == "count" and s.direction is None and found and len(found.split()) <= 2 and previous is not None \
                    and previous.measure and previous.kind == "count" \
                    and ("nclud" in text[max(0, s.num_start - 40):s.num_start] or "ompris" in text[max(0, s.num_start - 40):s.num_start]) \
                    and _INCLUDES_PART.search(text, max(0, s.num_start - 60), s.num_start) \
                    and (tm := _WHERE_TAIL.search(unchanged(previous.measure))) is not None:
                found = f"{found}{tm.group(0)}"  # "... households in temporary accommodation. The figure includes [145,800] children"
            if found is None and s.kind in ("ratio", "percentage") and s.direction is None and previous is not None \
                    and previous.kind in ("ratio", "percentage") and previous.direction is None \
                    and previous.num_end >= sentence_bounds(text, s.num_start)[0] \
                    and (xm := _SHARE_OF_X_WERE.match(text, previous.end, previous.end + 80)) is not None \
                    and (wm := _BARE_SHARE_WERE.match(text, s.end, s.end + 100)) is not None:
                # "More than half of delays were down to the trains, while [just over a quarter] were down to signals":
                # a share of the same things, said of another part
                found = f"share of {xm.group('x')} " + \
                    rx(r"\s+(?:while|whilst|but|whereas|because|although|compared|according|in\s+(?:19|20)\d\d)\b.*$").sub("", wm.group("p")).strip()
            if s.kind == "count" and s.direction is None and "respectively" in text[s.end:s.end + 60] \
                    and (each := _respectively(text, s, sentence_bounds)) is not None:
                found = each  # "Burglary and theft made up 30% of crime ([4,120] and 3,870 respectively)": each item's own
            elif s.kind in ("count", "percentage", "change", "money") and "respectively" in text[s.end:s.end + 80] \
                    and (each := _respectively_listed(text, s, sentence_bounds)) is not None:
                found = elided = each  # "Burglary and robbery rose by [5%] and 8% respectively": each item's own change
            if found is None and s.kind == "count" and s.direction is None and " at" in text[max(0, s.num_start - 20):s.num_start] \
                    and (put := _put_the_number_at(text, s)) is not None:
                found = put  # "the number of rough sleepers ... Counts in the autumn put the number at [2,414]"
            if (found is None or found.endswith((" down", " up"))) and s.kind == "count" and s.direction is None \
                    and (said := _dash_restates(text, s, sentence_bounds(text, s.num_start)[0])) is not None:
                found = said  # "The number of fire alarms attended was down last year - [4,597] in 2005/06 to 4,502"
            if found is None and s.kind == "count" and s.direction is None and n + 1 < len(stats) \
                    and (shared := _list_noun_ahead(text, stats, n)) is not None:
                found = shared  # "inspected [120], 130 and 140 homes", "Kent had [120], Essex 130 and Surrey 140 burglaries"
            if found is not None and (_FIGURE_FRAGMENT.match(found) or len(found) < 40 and _PROPER_NAME.match(found) and _is_place(found)):
                # "total of 1,020 was [down from 1],537" (a piece of the next figure), "Dudley was [115]" (the place whose
                # figure it is): no thing counted, so the bare figure's own rules decide
                found = None
            if s.direction is None and (found is None or len(found) < 90 and (_ROLE_WORD.match(found) or _DEICTIC.match(found))
                                        or _points_or_targets(text[max(0, s.num_start - 40):s.num_start])):
                found = _resolve_bare(text, s, found, previous, previous_count, earlier, sentence_bounds)
            if found is None and s.kind == "percentage" and s.direction is None and previous_share \
                    and "figure " in text[max(0, s.num_start - 30):s.num_start] \
                    and _DEICTIC_BEFORE.search(text, max(0, s.num_start - 50), s.num_start):
                # "30 per cent of the population are 65 or over. In Tower Hamlets the figure is just [eight] per cent"
                found = previous_share
            if found is None and s.kind == "percentage" and s.direction is None and previous_share \
                    and "(" in text[s.num_start - 6:s.num_start] and _NAME_BRACKET.search(text, max(0, s.num_start - 60), s.num_start):
                # "... all in London: Islington ([13.0]%), Camden (11.0%)": a list of places with the share named before
                found = previous_share
            elif found is None and s.kind == "percentage" and s.direction is None and previous_share \
                    and previous is not None and previous.kind == "percentage" and previous.direction is None \
                    and _BARE_SHARE_AFTER.match(text, s.end, s.end + 12) \
                    and _NAME_THEN_SHARE.search(text, max(0, s.num_start - 60), s.num_start):
                # "only 2% of calls were answered in under 10 seconds. South Yorkshire Police answered [17]%, Durham
                # Police 41%": places, each with its share of the same thing
                found = previous_share
            elif found is None and s.kind == "percentage" and s.direction is None and previous is not None \
                    and previous.kind == "percentage" and previous.measure \
                    and (previous.direction is not None or _CHANGE_PREFIX.match(previous.measure)) \
                    and previous.num_end >= sentence_bounds(text, s.num_start)[0] \
                    and "(" in text[s.num_start - 6:s.num_start] and _NAME_BRACKET.search(text, max(0, s.num_start - 60), s.num_start):
                # "the biggest growth (up 11.7 per cent), followed by Camden ([3] per cent)": the same change, elsewhere
                found = previous.measure
            if found is None and s.kind == "percentage" and s.direction is None and previous is not None \
                    and previous.kind == "percentage" and " as a share of " in (previous.measure or "") \
                    and previous.num_end >= sentence_bounds(text, s.num_start)[0] \
                    and (em := _ELLIPTICAL_SHARE.match(text, previous.end, s.num_start)) \
                    and em.group("x").split()[-1] not in _NOT_KIND:
                # "fires accounted for 31%, false alarms [40]% and non fire incidents 29%": the same share, of another
                found = f"{em.group('x')} as a share of {previous.measure.split(' as a share of ', 1)[1]}"
            if found is None and s.kind == "percentage" and s.direction is None and previous is not None \
                    and previous.kind == "percentage" and previous.direction is None \
                    and _SHARE_LIST_GAP.match(text, previous.end, s.num_start) is not None \
                    and (ym := _SHARE_LIST_TO.match(text, s.end, s.end + 60)) is not None \
                    and (om := _OF_THE_WHOLE.match(text, sentence_bounds(text, s.num_start)[0], previous.num_start + 1)) is not None \
                    and om.end() <= previous.num_start:
                # "Of the total spending, 33 per cent went on hotels, [24 per cent] on eating out": a share of the
                # whole named first, where it went
                found = f"share of {om.group('of')} {ym.group('p')} {ym.group('y')}"
            sup = _BARE_SUPERLATIVE.match(found) if found is not None else None
            ranks_back = s.direction is None and previous is not None and previous.kind == s.kind and previous.measure \
                and previous.direction is None
            opens = None
            if sup or found is None and ranks_back:
                first = sentence_bounds(text, s.num_start)[0]
                if (opens := _SUPERLATIVE_OPENS.match(text, first, s.num_start)) is not None:
                    # "The unemployment rate in Wales was 4.1%. The lowest was in Ceredigion, at [2.2]%": a sentence
                    # whose subject is a bare superlative ranks what the figure before it (in the sentence before) measured
                    found = opens.group("s")
                    sup = _BARE_SUPERLATIVE.match(found)
            if sup and ranks_back and previous.num_end >= (first if opens is None else sentence_bounds(text, max(0, first - 2))[0]):
                # "South Kesteven had the highest rate of recycling at 55.5%, while Tower Hamlets was the lowest at [11.8]%"
                word = sup.group("s").lower()
                found = _SUPERLATIVE_WORD.sub(word, previous.measure, count=1) if _SUPERLATIVE_WORD.match(previous.measure) \
                    else previous.measure
            elif opens is not None:
                found = None  # ("Kent recorded 1,200 burglaries. The highest was in Dover, at [14]%": ranks nothing named)
            if (found is None or found.startswith(("per ", "each ", "a day", "a week"))) and s.kind in ("count", "money") \
                    and s.direction is None and previous is not None and previous.kind == s.kind and previous.measure \
                    and (um := _PER_UNIT_AFTER.match(text, s.end, s.end + 16)) \
                    and _RESTATED.search(text, max(0, s.start - 30), s.start) \
                    and previous.num_end >= sentence_bounds(text, max(0, sentence_bounds(text, s.num_start)[0] - 2))[0]:
                # "14,709 PCNs were handed out, equivalent to [82] each day": the same thing, a day
                base = _PER_UNIT_TAIL.sub("", unchanged(previous.measure))
                found = f"{base} a {um.group('u')}"
            if found is None and s.kind == "count" and s.direction is None and previous is not None and previous.measure \
                    and previous.direction is not None and _CHANGE_PREFIX.match(previous.measure) \
                    and text[s.num_start - 1:s.num_start] == "(" and _CHANGE_THEN_BRACKET.match(text, previous.end, s.num_start):
                # "a 25% rise in offences linked to sexual orientation ([14,491])": how many there now are
                found = unchanged(previous.measure)
            if found and s.kind == "count" and previous is not None and previous.kind == "count" and previous.measure \
                    and " that " in previous.measure and _GROUP_DID.match(" " + found) \
                    and previous.num_end >= sentence_bounds(text, s.num_start)[0]:
                # "Out of the 44 forces, 39 saw an increase, and [34] saw an all-time high": the same group
                found = f"{previous.measure.split(' that ')[0]} that {found}"
            if s.kind == "money" and previous is not None and previous.kind == "count" and previous.measure \
                    and "worth" in text[previous.end:s.num_start] and _WORTH_AFTER_COUNT.match(text, previous.end, s.num_start) \
                    and (found is None or not rx(r"^value\b").match(found)):
                # "455,000 in total, worth [£24million]": what those are worth
                found = f"value of {unchanged(previous.measure)}"
            if found is None and previous is not None and previous.measure and previous.kind == s.kind \
                    and "which" in text[previous.end:s.num_start] and _WHICH_WENT_TO.match(text, previous.end, s.num_start):
                # "the council had to pay £383,627.44, which fell to [£378,153.04] last year": the same thing
                found = unchanged(previous.measure)
            if (found is None or _DOING_ONLY.match(found) or found.endswith(("'s tally", "’s tally", "'s total", "’s total",
                                                                              "'s figure", "’s figure"))) \
                    and s.direction is None and previous is not None \
                    and ("'s " in text[max(0, s.num_start - 40):s.num_start] or "’s " in text[max(0, s.num_start - 40):s.num_start]):
                if (ym := _YEARS_FIGURE.search(text, max(0, s.num_start - 50), s.num_start)) is not None \
                        and (found is None or ym.group("of")) and (ym.group("year") is None or ym.group("of")):
                    # "177,844 fires – a 5% increase on the previous year's [170,000]": the same thing a year before;
                    # "the figure is among the lowest, with 2013-14's total of [1,614] topping the pile": the total
                    # of the thing counted in the sentence before too
                    found = _level_of_kind_before(text, s, stats, n, sentence_bounds, bool(ym.group("of"))) or found
            if found is None and s.direction is None and n > 0 and " of " in text[max(0, s.num_start - 12):s.num_start] \
                    and _THE_YEAR_FIGURE.search(text, max(0, s.num_start - 60), s.num_start) is not None:
                # "is up by 15.5% on the 2022 figure of [£2.070 billion]": the same thing's figure of another time,
                # named in this sentence or the one before
                found = _level_of_kind_before(text, s, stats, n, sentence_bounds, True)
            if found is None and s.direction is None and previous is not None and previous.kind == s.kind and previous.measure \
                    and previous.direction is None and (" with " in text[max(0, s.num_start - 30):s.num_start]
                                                        or "which " in text[max(0, s.num_start - 30):s.num_start]) \
                    and (_RANKED_WITH.search(text, max(0, s.num_start - 60), s.num_start)
                         or _TOTAL_WHICH_WAS.search(text, max(0, s.num_start - 70), s.num_start)) \
                    and previous.num_end >= sentence_bounds(text, max(0, sentence_bounds(text, s.num_start)[0] - 2))[0]:
                # "West Midlands had the second highest number of offences with 810. Greater Manchester is ranked
                # third highest with [733]", "lower than last year's total, which was [136]": the same thing
                found = unchanged(previous.measure)
            if found is None and s.kind == "count" and previous is not None and previous.kind in ("ratio", "percentage") \
                    and (previous.measure or "").startswith("share of ") and _ASIDE_OPEN.fullmatch(text, previous.end, s.num_start):
                # "Almost half of the incidents - [1,650] - involved ...": the count of the share's thing
                found = previous.measure[len("share of "):]
            if found is None and s.direction is None and previous is not None and previous.direction is not None \
                    and previous.measure and _CHANGE_PREFIX.match(previous.measure) \
                    and (text.find(" to ", previous.end, s.num_start) >= 0 or text.find(" reaching ", previous.end, s.num_start) >= 0) \
                    and (_TO_LEVEL.match(text, previous.end, s.num_start) or _TO_LEVEL_COMMA.fullmatch(text, previous.end, s.num_start)):
                # "..., rising by three per cent to [41.7 million]": the level the change in X reached is X
                found = unchanged(previous.measure)
            if found is None and s.kind == "percentage" and s.direction is None and previous is not None \
                    and previous.kind != "percentage" and is_compared_figure(text, s):
                # "62.7 per cent of pupils achieved five good GCSEs, in comparison to [62] per cent last year": the
                # share before in the sentence, not the count between
                here = sentence_bounds(text, s.num_start)[0]
                for t in reversed(stats[:n]):
                    if t.num_end < here:
                        break
                    if t.kind == "percentage" and t.measure and t.direction is None:
                        found = t.measure
                        break
            if previous is not None and previous.measure and previous.kind == s.kind \
                    and (found is None or _TIME_PHRASE.match(found) or found == previous.measure
                         or found.startswith(f"{previous.measure} ") and _BARE_PARTICIPLE.match(found[len(previous.measure) + 1:])) \
                    and is_compared_figure(text, s) \
                    and (previous.num_end >= (here := sentence_bounds(text, s.num_start)[0])
                         or _POINTER_OPENS.match(text, here, s.num_start) is not None
                         and previous.num_end >= sentence_bounds(text, max(0, here - 2))[0]):
                # ("... were seen last week. This was up from [93.3]% the previous week": the sentence before's)
                # "cost £486,000 in 2023-24, up from [£391,000] the year before": what was counted before
                # (not a count inside that figure's phrase: "95,400 people were waiting at the county's three
                # hospitals. That is up from [88,200]": the people, not the hospitals)
                main = _main_figure_before(text, stats, n, previous)
                found = unchanged(main.measure)
            elif found is None and s.kind == "percentage" and previous is not None and previous.kind != s.kind \
                    and (is_compared_figure(text, s) or _YARDSTICK_OF.search(text, max(0, s.num_start - 40), s.num_start)):
                # "51.4 per cent of pupils achieved five or more GCSEs, compared to a national average of [53.4] per
                # cent": the share of its kind before in the sentence, not the count between ("five")
                here = sentence_bounds(text, s.num_start)[0]
                same = next((t for t in reversed(stats[:n]) if t.num_end >= here and t.kind == s.kind and t.measure
                             and t.direction is None), None)
                found = same.measure if same is not None else None
            if (found is None or found.startswith(("followed by ", "Followed by "))) and s.direction is None \
                    and s.kind in ("count", "money", "percentage"):
                found = _same_series(text, s, stats, n, previous, sentence_bounds) or found
            if found is None and s.kind == "count" and s.direction is None and text[s.num_start - 1:s.num_start] == "(" \
                    and " with the " in text[max(0, s.num_start - 250):s.num_start] \
                    and (mm := _MOST_LIST.search(text, max(sentence_bounds(text, s.num_start)[0], s.num_start - 250), s.num_start, timeout=timeout_for(text))):
                found = mm.group("y")  # "The wards with the most burglaries were Central ([312]), Riverside (287)"
            if found is None and s.kind == "percentage" and s.direction is None \
                    and "rate " in text[max(0, s.num_start - 80):s.num_start] \
                    and (rm := _RATE_IS.search(text, max(sentence_bounds(text, s.num_start)[0], s.num_start - 80), s.num_start, timeout=timeout_for(text))):
                found = rm.group("x")  # "the jobless rate is now [9.1] per cent"
            if found is None and (elided := _elided_item(text, s, previous, sentence_bounds)) is not None:
                found = elided
            if found is None and s.kind == "count" and s.direction is None \
                    and (deed := _next_deed(text, s, stats, n, sentence_bounds)) is not None:
                found = deed
            if found is None and s.direction is None and _RANGE_OPENS.match(text, sentence_bounds(text, s.num_start)[0], s.num_start):
                # "22.5 per cent of pupils are eligible ... This varied between just [nine] per cent in Wokingham and
                # [41.1] per cent in Islington": the spread of the figure before, place by place
                here = sentence_bounds(text, s.num_start)[0]
                floor = sentence_bounds(text, max(0, here - 2))[0]
                same = None
                for k in range(n - 1, -1, -1):  # (back to the sentence before only)
                    t = stats[k]
                    if t.num_end < floor:
                        break
                    if t.num_end < here and t.kind == s.kind and t.measure and t.direction is None:
                        same = t
                        break
                found = unchanged(same.measure) if same is not None else None
            if found is None and s.kind in ("count", "money") and s.direction is None and previous is not None \
                    and previous.kind == s.kind and previous.measure and previous.direction is None \
                    and previous.num_end >= sentence_bounds(text, s.num_start)[0] \
                    and _NOUN_THEN_AND.fullmatch(text, previous.end, s.num_start) and _TIME_OR_END_AFTER.match(text, s.end, s.end + 60):
                # "In 2003 there were 155,000 officers and just over [171,600] in 2010": the same things, another time
                found = unchanged(previous.measure)
            noun = base = None
            if s.direction is not None and found is not None and found is elided:
                pass  # (the item's own change is the one named first: "rise by 5% in 2015; [7]% in 2016")
            elif s.direction is not None:
                near = text[max(0, s.num_start - 14):s.num_start]
                restated = _restated_change(text, s, sentence_bounds) \
                    if (" - " in near or "–" in near or "—" in near) else None  # (a dash between spaces, not "year-on-year")
                thing, noun = restated if restated is not None else _what_changed_in(text, s, previous, sentence_bounds)
                if previous is not None and previous.direction == s.direction and previous.measure \
                        and " and " in text[max(0, s.num_start - 24):s.num_start] and _CHANGE_PREFIX.match(previous.measure) \
                        and previous.num_end >= sentence_bounds(text, s.num_start)[0] \
                        and _ANOTHER_CHANGE_OF.search(text, max(0, s.num_start - 30), s.num_start) \
                        and _TIME_OR_END_AFTER.match(text, s.end, s.end + 60):
                    # "a fall of 9,000 (0.8%) over the quarter and a fall of [33,000] over the year": the same change
                    thing, noun = unchanged(previous.measure), None
                if thing and ("such " in thing or "those " in thing or "these " in thing) \
                        and (bm := _NUMBER_OF_BACK.match(thing)) and (back := antecedent(bm.group("b"), earlier)):
                    thing = back  # "The number of such offences rose [seven] per cent": the offences named before
                if thing is None and earlier and previous is not None and s.kind in ("percentage", "change", "count", "money") \
                        and ("is " in text[max(0, s.num_start - 20):s.num_start] or "was " in text[max(0, s.num_start - 20):s.num_start]) \
                        and _THIS_IS_UP.search(text, max(0, s.num_start - 130), s.num_start) \
                        and previous.num_end >= sentence_bounds(text, max(0, sentence_bounds(text, s.num_start)[0] - 2))[0]:
                    # "74.7% of schools are rated good. This is up [1.3]% on last year"
                    thing = _whole_before_part(text, previous, earlier) or unchanged(earlier[-1])
                if thing and earlier and previous is not None and _FIGURE_REF.match(thing) \
                        and previous.num_end >= sentence_bounds(text, max(0, sentence_bounds(text, s.num_start)[0] - 2))[0]:
                    # "68,110 children in care ... This figure has risen by [12]%": what was counted before
                    thing = unchanged(earlier[-1]) if s.kind == "percentage" or not previous_count else previous_count
                if (bare := _bare_change_subject(text, s, earlier, sentence_bounds)) is not None:
                    thing, noun, found = bare[0], bare[1], None
                if thing and previous is not None and previous.measure and previous.direction is not None \
                        and " average" in thing and _PLACE_AVERAGE.match(thing) and _CHANGE_PREFIX.match(previous.measure) \
                        and previous.num_end >= sentence_bounds(text, s.num_start)[0]:
                    # "knife crime rose 7%, with the East Midlands average rising by [16]%": the same thing, there
                    thing = f"{unchanged(previous.measure)} ({thing})"
                if thing is None and (found is None or _BARE_CHANGE.match(found)) and " of " in text[max(0, s.num_start - 30):s.num_start] \
                        and (named := _NAMED_CHANGE.search(text, max(0, s.num_start - 90), s.num_start)) is not None \
                        and not _SIZING_WORD.search(named.group("x")) and not _SCOPE_ONLY.match(named.group("x").strip()) \
                        and not (named.group("x")[:1].isupper() and _is_place(named.group("x").strip())):
                    # "a council tax increase of [4.99]%", "a pay cut of [5]%": the change named by what changes
                    thing, noun = named.group("x").strip(), named.group("n").lower()
                found = expand(thing, abbr) or (None if found and _BARE_CHANGE.match(found) else found)
                if thing is None and found and (pm := _CHANGE_PREFIX.match(found)) \
                        and (_WHERE_NOT_WHAT.match(found[pm.end():])
                             or _PROPER_NAME.match(found[pm.end():]) and _is_place(found[pm.end():])):
                    found = None  # "a [15]% rise in the north east": a change somewhere, in what was said before
                base = baseline(text, s)
            s.measure = what_changed(s, found or _change_fallback(text, s, previous, previous_count, sentence_bounds), noun, base)
            if s.measure and s.direction is not None and previous is not None and previous.measure \
                    and _CHANGE_PREFIX.match(previous.measure) and (" increases" in s.measure or " rises" in s.measure
                                                                    or " falls" in s.measure or " gains" in s.measure) \
                    and _CHANGES_AS_THING.match(s.measure) \
                    and previous.num_end >= sentence_bounds(text, max(0, sentence_bounds(text, s.num_start)[0] - 2))[0]:
                # "... a 60 per cent increase in overseas visitor numbers. Other big increases include the Heart of
                # England, up by [57] per cent": more of the same change, elsewhere
                s.measure = previous.measure
            if s.direction is not None and s.measure and (" below " in (after := text[s.end:s.end + 40]) or " above " in after
                                                          or " under " in after or " over " in after) \
                    and (gap := _gap_to_benchmark(text, s, previous, sentence_bounds)) is not None:
                s.measure = gap  # "wages are [5]% below the national average": a gap, not a fall in wages
            if s.measure and " and " in s.measure or s.measure and (" while" in s.measure or " but " in s.measure):
                # "there were 19,076 admissions [and February 2020 saw 23,012]": a clause of another figure is no
                # part of this one's measure
                s.measure = _NEXT_FIGURE_CLAUSE.split(s.measure, maxsplit=1)[0] or s.measure
            if s.measure and " " in s.measure and _may_repeat_a_word(s.measure) and _REPEATED_WORD.search(s.measure):
                s.measure = _REPEATED_WORD.sub(r"\1", s.measure)  # "offences recorded recorded": a tail added twice
            if s.measure and s.measure.endswith(_PRONOUN_ENDS):
                s.measure = _TRAILING_CLAUSE.sub("", s.measure).strip() or s.measure
            if s.measure and len(s.measure) < 40 and (pm := _POINTER_THING.match(s.measure)) \
                    and (thing := _antecedent(text, s, previous, sentence_bounds, earlier)) is not None:
                # "There has been an increase in robberies involving a knife. These jumped from [19,607] ...": the
                # thing a pronoun subject points back to
                s.measure = f"{pm.group('c') or ''}{thing}{pm.group('rest') or ''}"
            if s.measure is None and s.direction is None and previous is not None and previous.kind == s.kind \
                    and previous.measure and previous.direction is None \
                    and previous.num_end >= sentence_bounds(text, s.num_start)[0] \
                    and _ELLIPSIS_ENDS.match(text, s.end) and not _WHOLE_BEFORE.search(text, max(0, s.num_start - 12), s.num_start) \
                    and not _another_deed(text, previous, s):
                # "Airedale attended to 64% of patients within four hours, while Goole saw to [65]%", "up from three
                # million the year before, and above pre-pandemic levels of [3.3 million]": the figure ends its
                # clause with nothing counted, so it is one more of what its sentence counted last (not "of 317",
                # a whole; nor "[227] continued to occupy a bed", a subject with a predicate of its own)
                s.measure = unchanged(previous.measure)
        if s.measure and s.kind in ("percentage", "ratio") and s.direction is None and " all " in text[s.end:s.end + 40] \
                and (qualified := _of_all_subject(text, s, sentence_bounds)) is not None:
            s.measure = qualified  # "Knife offences are concentrated ..., with [34 per cent] of all offences in London"
        if (s.kind == "count" and s.measure and not s.measure.startswith("population")
                and s.period_rule != "period.none_structural" and not _part_of_figure_before(text, s, previous)):
            previous_count = s.measure
        if s.kind == "rate" and s.measure:
            previous_rate = s.measure
        if s.kind == "percentage" and s.direction is None and s.measure and not _CHANGE_PREFIX.match(s.measure):
            previous_share = s.measure
        if s.measure and not _BACK_REF.match(s.measure):
            earlier.append(s.measure)
        previous = s
    _from_end(text, stats)
    _name_the_kind(text, stats)


def _level_of_kind_before(text: str, s: Statistic, stats: list[Statistic], n: int, sentence_bounds,
                          sentence_before: bool) -> str | None:
    """The measure of the nearest level of the figure's kind (no change) before it in its sentence, or also in
    the sentence before: what "the previous year's [170,000]" or "the 2022 figure of [£2.070bn]" counts again."""
    here = sentence_bounds(text, s.num_start)[0]
    reach = sentence_bounds(text, max(0, here - 2))[0] if sentence_before and here > 0 else here
    for t in reversed(stats[:n]):
        if t.num_end < reach:
            return None
        if t.kind == s.kind and t.measure and t.direction is None:
            return unchanged(t.measure)
    return None


def _another_deed(text: str, previous: Statistic, s: Statistic) -> bool:
    """The figure's own verb stands right before it and is not the one the measure before names: "stopped
    500 drivers and breathalysed 120, while they fined [30]" (fined, not breathalysed)."""
    vm = _VERB_RIGHT_BEFORE.search(text, previous.end, s.num_start)
    return vm is not None and vm.group(1).lower() not in _ATTAINED and vm.group(1).lower() not in (previous.measure or "").lower().split()


#: verbs of reaching a level, which say nothing of what was counted: "while Southfield managed [74%]"
_ATTAINED = frozenset({"managed", "achieved", "reached", "recorded", "reported", "posted", "scored", "registered", "logged",
                       "passed", "topped", "exceeded", "surpassed", "crossed", "totalled"})


#: a past-tense verb right before a figure: "fined [30]", "breathalysed [120]"
_VERB_RIGHT_BEFORE = compiled(r"\b([a-z]{3,}ed)\s+(?:(?:just|only|some|about|around|nearly|almost|another)\s+)?[£$€]?$")


#: what may follow a figure that ends its clause with nothing counted (see :func:`assign`)
_ELLIPSIS_ENDS = compiled(r"\s*(?:[.,;:)]|$|(?:and|while|whilst|but|whereas|compared|according|in|at|on|for|per|last|this)\b)"
                          r"(?!.{0,60}\brespectively\b)")
#: a figure that is a whole: "13 out of [317]", "a total of [40]" is no item of a list
_WHOLE_BEFORE = compiled(r"\b(?:out\s+of|total\s+of)\s+$")


#: a bracketed list of figures that go, in order, with the items of the sentence's subject:
#: "A and B made up 30% of all X ([4,120] and 3,870 respectively)"
_RESPECTIVELY = compiled(r"\((?P<l>(?:[^()\n]{0,12}?[£$€]?\d[\d,.]*(?:\s*(?:%|per\s*cent|m|bn|million|billion))?\s*(?:,\s*|\s+and\s+|,\s+and\s+)?)"
                              r"{2,6})\s*,?\s*respectively\s*\)")
_RESPECTIVE_VERB = compiled(r"\s+(?:each\s+|both\s+|together\s+|also\s+)?(?:accounted\s+for|account\s+for|accounting\s+for|made\s+up|"
                                 r"make\s+up|comprised|represented|were|are|was|is|rose|fell|increased|decreased|totalled)\b")
_OF_ALL_THE = compiled(r"\s+of\s+all\s+(?:the\s+)?(?P<y>[a-z][^,;:()\d]{2,60}?)\s*(?=\()")


#: the gap between two items of a list of bare counts, a place's name perhaps before the next: ", ", " and ",
#: ", Essex ", " and Surrey "
_LIST_ITEM_GAP = compiled(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)(?:[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3}\s+)?")


def _list_noun_ahead(text: str, stats: list[Statistic], n: int) -> str | None:
    """The noun a list of bare counts names once, after its last item: "inspected [120], 130 and 140
    homes" (homes), "Kent had [120], Essex 130 and Surrey 140 burglaries"; None unless every later
    item up to the one with the noun is a bare count of the same sentence, the list ends there (no
    further figure right after) and that noun is the last item's own phrase."""
    for j in range(n + 1, min(len(stats), n + 6)):
        a, b = stats[j - 1], stats[j]
        if b.kind != "count" or b.direction is not None or b.start - a.end > 40 \
                or not _LIST_ITEM_GAP.fullmatch(text, a.end, b.num_start):
            return None
        if a.end < b.num_start and text.find(" and ", a.end - 1, b.num_start) < 0 and text.find(" or ", a.end - 1, b.num_start) < 0:
            continue  # (a comma: the list goes on)
        phrase = phrase_after(text, b)
        # (the noun straight after the last figure: not "40, and 12 [of them were jailed]")
        head = _NOUN_AFTER.match(text, b.end, b.end + 30)
        if not phrase or head is None or head.group(1) in _NOT_NOUN_AFTER or not phrase.startswith(head.group(1)) \
                or _GENERIC_LEVEL.match(phrase):
            return None
        return tidy_phrase(phrase)
    return None


def _respectively(text: str, s: Statistic, sentence_bounds) -> str | None:
    """The item of the sentence's subject list a figure goes with, in a bracketed list closed by "respectively"."""
    here = sentence_bounds(text, s.num_start)[0]
    open_ = text.rfind("(", here, s.num_start)
    if open_ < 0:
        return None
    lm = _RESPECTIVELY.match(text, open_, s.end + 80)
    if lm is None:
        return None
    figures = rx(r"\d[\d,.]*").findall(lm.group("l"))
    index = len(rx(r"\d[\d,.]*").findall(text[open_ + 1:s.num_start]))
    vm = _RESPECTIVE_VERB.search(text, here, open_)
    if vm is None or index >= len(figures):
        return None
    subject = text[here:vm.start()].strip().rstrip(",").strip()
    subject = _ACCORDING_LEAD.sub("", subject, count=1)
    subject = _LEAD_TIME.sub("", subject, count=1).strip()
    items = None
    for split in (r"\s*,\s*(?:and\s+|or\s+)?", r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+"):
        pieces = [p.strip() for p in rx(split).split(subject) if p.strip()]  # (rx: compiled once, never evicted)
        if len(pieces) == len(figures):
            items = pieces
            break
    if items is None or any(len(p.split()) > 12 for p in items):
        return None
    item = _first_word_lower(rx(r"^(?:the|both)\s+", regex.I).sub("", items[index]))
    if not rx(r"[a-z]{3}").search(item):
        return None
    ym = _OF_ALL_THE.search(text, vm.end(), open_ + 1)
    return f"{item} among {ym.group('y')}" if ym else item


#: a list of figures closed by "respectively", up to that word: "5% and 8% respectively", "40, 25 and 12, respectively"
_FIGURE_LIST_RESPECTIVELY = compiled(
    r"(?P<l>[£$€]?\d[\d,.]*(?:\s*(?:%|per\s*cent|percent|m|bn|million|billion))?"
    r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[£$€]?\d[\d,.]*(?:\s*(?:%|per\s*cent|percent|m|bn|million|billion))?){1,5})"
    # (the things may follow the figures, "in" or "of" first; not "for men and women": whose, not what)
    r"(?:(?:\s+(?:in|of))?\s+(?P<nouns>(?!(?:in|of|for|among|on|at|to|from|by|with|the|a|an)\b)[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,3}"
    r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,3}){1,5}))?"
    r"\s*,?\s*respectively\b")
#: the verb between a list of subjects and their figures: "Burglary and robbery [rose by] 5% and 8%"
_LISTED_VERB = compiled(
    r"\s+(?:each\s+|both\s+|also\s+)?(?P<v>rose|fell|increased|decreased|grew|dropped|declined|climbed|went\s+up|went\s+down|"
    r"(?:were|was|are|is)\s+(?:up|down)|"
    r"(?:have|has|had)\s+(?:risen|fallen|increased|decreased|grown|dropped|declined)|were|are|was|is|totalled|stood\s+at|"
    r"accounted\s+for|made\s+up|numbered)(?:\s+by)?(?:\s+(?:around|about|nearly|almost|some|just))?\s*$")
_RISE_VERBS = frozenset("rose increased grew climbed risen up".split())
#: what opens the clause the listed subjects stand in: "Figures show", "Police said that", "The report found"
_LISTED_LEAD = compiled(r"^.*\b(?:show|shows|showed|found|finds|find|said|says|say|reveal|reveals|revealed|suggest|suggests|"
                             r"suggested|that|while|whereas|but)\s+", regex.I | regex.S)
#: a head the listed things share, written once on the first: "Spending on [roads] and schools", "The number of [burglaries]"
_SHARED_HEAD = compiled(r"^(?P<h>.+?\s(?:of|on|in|for))\s+\S")


def _respectively_listed(text: str, s: Statistic, sentence_bounds) -> str | None:
    """The item of a sentence's subject list a figure of a list closed by "respectively" goes with:
    "Burglary and robbery rose by [5%] and 8% respectively" (a rise in burglary), "Arrests and charges
    were 300 and [120] respectively" (charges); None unless the subjects and the figures are lists of one
    length, the verb joins them and no subject is a place (the places' figures are linked as areas)."""
    here = sentence_bounds(text, s.num_start)[0]
    lm = None
    for m in _FIGURE_LIST_RESPECTIVELY.finditer(text, max(here, s.num_start - 120), min(len(text), s.end + 90)):
        if m.start() <= s.num_start < m.end("l"):
            lm = m
            break
    if lm is None:
        return None
    figures = rx(r"\d[\d,.]*").findall(lm.group("l"))
    index = len(rx(r"\d[\d,.]*").findall(text, lm.start(), s.num_start))
    vm = _LISTED_VERB.search(text, here, lm.start()) if lm.group("nouns") is None else None
    if (vm is None and lm.group("nouns") is None) or index >= len(figures):
        return None
    # the things listed after the figures ("[300] and 400 burglaries and thefts respectively"), else the subjects
    subject = lm.group("nouns") or _LISTED_LEAD.sub("", _LEAD_TIME.sub("", text[here:vm.start()].strip(), count=1).strip())
    pieces = [p.strip() for p in rx(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+").split(subject) if p.strip()]
    if len(pieces) != len(figures) or any(len(p.split()) > 8 or (p[:1].isupper() and _is_place(p))
                                          or not rx(r"[A-Za-z]{3}").search(p) for p in pieces):
        return None
    if index > 0 and (hm := _SHARED_HEAD.match(pieces[0])) is not None and all(len(p.split()) <= 2 for p in pieces[1:]):
        pieces[index] = f"{hm.group('h')} {pieces[index]}"  # "Spending on roads and [schools]": spending on schools
    item = _first_word_lower(rx(r"^(?:the|both)\s+", regex.I).sub("", pieces[index]))
    if vm is None:
        return item
    if not rx(r"[a-z]{3}").search(item):
        return None
    verb = vm.group("v").split()[-1]
    if s.direction is not None or verb in _RISE_VERBS or verb in ("fell", "decreased", "dropped", "declined", "fallen"):
        up = s.direction == "up" if s.direction is not None else verb in _RISE_VERBS
        return f"{'increase' if up else 'fall'} in {item}"
    return item


_RATIO_VERBS = frozenset("said say says have had has were are was is expect expected plan planned think thought reported "
                         "admitted feared fear believed believe could would will may might did do does".split())
#: the plural noun right after a ratio ("one in ten [councils]") and what a later bare ratio's things did
#: ("one in five (20%) [said they may have to do so next year]")
_RATIO_NOUN_AFTER = compiled(r"\s+(?P<n>(?!(?:of|in|to|for|and|or|the|a|an|people|times|cases)\b)[a-z][\w-]*s)\b(?!\s+of\b)")
_RATIO_DID_AFTER = compiled(r"(?:\s*\(\s*[\d.,]+\s*(?:%|per\s*cent|percent)\s*\))?\s+(?P<p>(?!(?:of|in|out|for|every|to|the|a|an)\b)"
                                 r"[a-z]+\b[^.;:()\n]{2,70})")


#: a change whose thing is only more changes: "increase in (other) big increases"
_CHANGES_AS_THING = compiled(r"^(?:increase|rise|fall|drop|growth|reduction|decrease|decline|jump)\s+in\s+(?:the\s+)?(?:other\s+)?"
                                  r"(?:(?:big|bigger|biggest|large|larger|largest|sharp|sharper|notable|significant|major|further|"
                                  r"similar|strong|steep|marked)\s+)*(?:increases|rises|falls|gains)$")


#: a share list that names its whole first: "Of the total spending, 33 per cent went on hotels, [24 per
#: cent] on eating out and [19 per cent] on shopping"
_SHARE_LIST_GAP = compiled(r"(?:\s*(?:%|per\s*cent|percent))?\s+(?:went|goes|go|was\s+spent|were\s+spent|is\s+spent)\s+"
                                r"(?:on|to|for|in)\s+[a-z][^,;:.()\d]{1,40}?(?:,\s*(?:and\s+)?|\s+and\s+)$"
                                r"|[^,;:.()\d]{1,40}?(?:,\s*(?:and\s+)?|\s+and\s+)$")
_SHARE_LIST_TO = compiled(r"\s+(?P<p>on|to|for)\s+(?P<y>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)(?=\s*(?:[,;.]|\s+and\s|$))")
_OF_THE_WHOLE = compiled(r"\W*(?:(?:But|And|Meanwhile|However),?\s+)?(?i:of)\s+(?:the|its|their|this|that)\s+(?:(?:total|overall)\s+)?"
                              r"(?P<of>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4}?)\s*,\s+(?=\d)")


#: a figure opening the next item of a list that shares the first item's verb: "rose by 5% in 2015; [7]% in
#: 2016; and by [13]% this year" (";" or "," then at most "and", "by" and a qualifier before the figure)
_ELIDED_ITEM = compiled(r"^[^.;:()\n]{0,50}(?:;|,)\s+(?:and\s+)?(?:by\s+)?"
                             r"(?:(?:almost|nearly|about|around|over|more\s+than|just|some)\s+)?[£$€]?$")
_ELIDED_TIME = compiled(rf"\s+(?:in|during|over)\s+(?:the\s+)?(?:year\s+to\s+)?(?:(?:{_MONTHS})\s+)?(?:19|20)\d\d(?:[-/]\d\d)?$")
_ELIDED_TAIL = compiled(r"(?:\s*(?:%|per\s*cent|percent))?\s*(?:in|during|for|over|this|last|since|between)\b")


def _elided_item(text: str, s: Statistic, previous: Statistic | None, sentence_bounds) -> str | None:
    """The measure of the figure before, for a figure whose list item only repeats its frame with a new
    time: "recorded crime rise by 5% in the year to June 2015; [7]% in the year to June 2016"."""
    if previous is None or not previous.measure or previous.kind != s.kind or ";" not in text[previous.end:s.num_start] \
            and "," not in text[previous.end:s.num_start]:
        return None
    if previous.num_end < sentence_bounds(text, s.num_start)[0] or not _ELIDED_ITEM.match(text[previous.end:s.num_start]):
        return None
    if not _ELIDED_TAIL.match(text, s.end, s.end + 20):
        return None
    measure = _ELIDED_TIME.sub("", previous.measure) or previous.measure  # (the item has its own time)
    return measure if s.direction is not None else unchanged(measure)  # (no way said: no "increase in")


#: a count's measure as the thing, then what was done to it: "people charged", "drivers tested positive"
_THING_DONE = compiled(rf"^(?P<h>(?:[a-z][\w'’-]*\s+){{0,2}}?[a-z][\w'’-]*)\s+(?:[a-z]{{3,}}ed|{_IRREGULAR_DONE})\b")


def _next_deed(text: str, s: Statistic, stats: list[Statistic], n: int, sentence_bounds) -> str | None:
    """The things of the deed before, for a bare count after the next verb of a list of deeds: "Police
    charged 140 people, bailed [51] and released [14] with no further action" → people bailed, people
    released ... . Only after a count of the same sentence (past the shares set beside it) whose measure
    is its thing and its deed, and only for a count with no noun of its own after it."""
    here = sentence_bounds(text, s.num_start)[0]
    previous = None
    for k in range(n - 1, -1, -1):  # (back to the sentence's start only)
        if stats[k].num_end < here:
            return None
        if stats[k].kind == "count":
            previous = stats[k]
            break
    if previous is None or not previous.measure:
        return None
    if not (tm := _THING_DONE.match(previous.measure)) or not (vm := _NEXT_DEED.search(text, max(previous.end, s.num_start - 40), s.num_start)):
        return None
    verb = _ING_DONE.get(vm.group("v"), vm.group("v"))
    tail = _DEED_TAIL.match(text, s.end, s.end + 80)
    return f"{tm.group('h')} {verb}{' ' + tail.group('r') if tail else ''}"


#: what was done, after the count (past a share set beside it): "released 14[, seven per cent,] with no further action"
_DEED_TAIL = compiled(r"(?:,\s*[^,;:.()]{1,25}?(?:%|per\s*cent|percent),)?\s+(?P<r>(?:with|for|on\s+suspicion\s+of|"
                      r"pending|after|following)\s+[^,;:.()]{2,50}?)(?=\s*[,;:.()]|\s+(?:and|while|but)\s|$)")


#: a change told, then sized after a dash: "total recorded crime continues to fall - down [3]% over the
#: quarter", "Burglary rose sharply – up [12]% on last year"
_DASH_RESTATED = compiled(
    rf"(?P<x>[A-Za-z][^,.;:()–—\[\]]{{1,90}}?)\s+(?:(?:has|have|had|also|now|been|again|is|are|was|were|still)\s+|"
    rf"(?:continues?|continued|continuing)\s+to\s+){{0,3}}+(?P<v>{_CHANGE_VERBS}|{_PRESENT_CHANGE_VERBS}|rising|falling|growing)"
    r"(?:\s+(?:[a-z]+ly|again|further))?\s+(?:[-–—])\s+(?:up|down)\s+(?:by\s+)?"
    r"(?:(?:around|about|nearly|almost|more\s+than|over|just|some)\s+)?[£$€]?$", regex.I)


#: the end every match of _DASH_RESTATED has (its verb, the dash and "up"/"down" before the figure), searched
#: backwards from the figure: the cheap test that rules most windows out before _DASH_RESTATED's scan, which
#: tries its lazy subject from every letter of the window (~0.5 ms a window)
_DASH_RESTATED_END = compiled(
    rf"(?:{_CHANGE_VERBS}|{_PRESENT_CHANGE_VERBS}|rising|falling|growing)(?:\s+(?:[a-z]+ly|again|further))?\s+(?:[-–—])\s+"
    r"(?:up|down)\s+(?:by\s+)?(?:(?:around|about|nearly|almost|more\s+than|over|just|some)\s+)?[£$€]?$",
    regex.I | regex.REVERSE)


#: a change named by what changes, then sized: "a council tax increase of [4.99]%", "a fares rise of", "a pay cut of"
_NAMED_CHANGE = compiled(r"\b(?i:an?|the|its|their)\s+(?P<x>(?:(?!(?:a|an|the|and|or|of|in|on|over|for|to|by|at|with|its|their|"
                              r"quarter|year|month|week|day|period)\s)(?![\w-]*-on-)(?![a-z]+ly\s)[A-Za-z][\w-]*\s+){1,3})"
                              r"(?P<n>increase|rise|cut|reduction|hike|fall|"
                              r"drop|decrease)\s+of\s+(?:(?:just|around|about|almost|nearly|some|over|more\s+than|up\s+to)\s+)?"
                              r"(?:£|\$|€)?$")
#: words that only size, time or qualify a change, not what changes ("a huge increase of", "a further rise of")
_SIZING_WORD = compiled(r"\b(?:big|bigger|biggest|huge|large|larger|largest|small|smaller|slight|significant|sharp|steep|massive|"
                             r"modest|further|overall|total|annual|yearly|average|record|real|dramatic|marked|substantial|proposed|"
                             r"planned|possible|potential|expected|likely|maximum|minimum|net|initial|final|first|second|latest|"
                             r"recent|similar|same|inflation-busting|above-inflation|one-off|percentage|per|cent|point|points|"
                             r"unprecedented|worrying|alarming|welcome|dramatic|huge|further|slight|staggering|whopping|shocking|"
                             r"stunning|startling|surprising|eye-watering|troubling|encouraging|disappointing)\b")
#: a scope word alone, no thing: "a [national] rise of 1.4 per cent", "the [regional] increase of 3%"
_SCOPE_ONLY = compiled(r"(?:" + _SCOPE_WORDS + r")\s*$", regex.I)


#: a second change of the same thing in a list: "... over the quarter and a fall of [33,000] over the year"
_ANOTHER_CHANGE_OF = compiled(r"\band\s+(?:a|an)\s+(?:fall|rise|increase|decrease|drop|reduction|decline|cut)\s+of\s+"
                                   r"(?:(?:around|about|nearly|almost|more\s+than|over|just|some)\s+)?[£$€]?$")


#: ... with only its time after it (not "and a rise of 12% was seen in thefts": a thing of its own)
_TIME_OR_END_AFTER = compiled(r"\s*(?:\([^()]{0,20}\)\s*)?(?:(?:over|in|on|during|for|since|compared\s+with)\s+(?:the\s+|a\s+)?"
                                   r"(?:quarter|year|month|week|period|previous|last|same|latest|past|twelve|12|three|\d)|[,.;)]|$)")


def _restated_change(text: str, s: Statistic, sentence_bounds) -> tuple[str, str] | None:
    """(what changed, its verb) for a change sized after a dash that follows its own verb of change."""
    s_start = sentence_bounds(text, s.num_start)[0]
    window = text[max(s_start, s.num_start - 200):s.num_start]
    dm = _DASH_RESTATED.search(window) if _DASH_RESTATED_END.search(window) else None
    if dm is None:
        return None
    x = _LEAD_TIME.sub("", _CLAUSE_START.sub("", dm.group("x"), count=1)).strip()
    x = tidy_phrase(_LEAD_CONJUNCTION.sub("", x))
    if not x or _NOT_A_SHARE_HEAD.match(x) or rx(r"^(?:it|this|that|they|figures?|the\s+figure|number|total|rate|the|an?)$", regex.I).match(x):
        return None
    return x, dm.group("v").lower()


#: a changed thing that points back: "the number of such offences", "those arrests"
_NUMBER_OF_BACK = compiled(r"^(?:the\s+)?(?:(?:total\s+)?(?:number|total|count|level)\s+of\s+)?(?P<b>(?i:such|those|these)\s+[a-z].*)$")
#: a share "of all X" (after an aside in brackets), where the sentence opened with a narrower kind of X
_OF_ALL_AFTER = compiled(r"(?:\s*(?:%|per\s*cent|percent))?(?:\s*\([^()]{1,30}\)|\s*\))?\s+of\s+all\s+(?:the\s+)?(?P<h>[a-z]{3,}s)\b")
_SUBJECT_KIND = compiled(r"\W*(?:(?:the|all)\s+)?(?P<np>[A-Za-z][\w/-]*(?:\s+(?:(?:or|and)\s+)?[a-z][\w/-]*){0,4}?)\s+(?P<h>[a-z]{3,}s)\b")


def _of_all_subject(text: str, s: Statistic, sentence_bounds) -> str | None:
    """The measure with the kind the sentence opened with, for a share "of all X" of the things that sentence is
    about: "Knife or sharp instrument offences continue to be concentrated ..., with around a third (34 per cent)
    of all offences recorded by the police in London" → knife or sharp instrument offences recorded ..."""
    am = _OF_ALL_AFTER.match(text, s.end, s.end + 60)
    if am is None or f"{am.group('h')}" not in s.measure:
        return None
    start = sentence_bounds(text, s.num_start)[0]
    opening = rx(r"^(?:[^“\"]{0,40}[:,]\s*)?[“\"]").sub("", text[start:s.num_start])  # (a quotation's opening mark)
    sm = _SUBJECT_KIND.match(opening)
    if sm is None or sm.group("h") != am.group("h") or _NOT_A_THING.match(sm.group("np")) \
            or sm.group("np").lower() in s.measure.lower() or " share of " in s.measure:
        return None
    np = _first_word_lower(sm.group("np"))
    return s.measure.replace(am.group("h"), f"{np} {am.group('h')}", 1)


#: a subject doing something, then by how much more: "day-trippers are also spending [6%] more"
_DOING_MORE = compiled(r"(?P<x>[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,5}?)\s+(?:(?:are|were|is|was|have\s+been|has\s+been)\s+)?"
                            r"(?:(?:also|now|still)\s+)?(?P<v>[a-z]{3,}ing|spent|paid|earned|spend|pay|earn|waited|travelled)\s+"
                            r"(?:(?:around|about|almost|nearly|some|an\s+extra|a\s+further)\s+)?[£$€]?$")
_MORE_AFTER = compiled(r"\s*(?:%|per\s*cent|percent|pc)?\s+(?:more|less|longer|fewer|extra)\b")
#: the noun of a verb of doing ("spent" → spending), where the -ing form is not it
_DOING_NOUN = {"spent": "spending", "spend": "spending", "paid": "payments", "pay": "payments", "paying": "payments",
               "earned": "earnings", "earn": "earnings", "earning": "earnings", "waited": "waiting time",
               "waiting": "waiting time", "travelled": "travel"}
#: a time inside a subject's phrase, and what follows it: "... from January to December 2011 in England"
_SUBJECT_TIME = compiled(rf"\s+(?:from|between|in|during|since|over)\s+(?:the\s+)?(?:(?:{_MONTHS})|(?:19|20)\d\d)\b.*$", regex.S)
#: a rank with its figure after "with" or "at": "ranked third highest with [733]", "the lowest, at [12]"
_RANKED_WITH = compiled(r"\b(?:highest|lowest|largest|smallest|biggest|most|fewest|worst|best|top|bottom)"
                             r"(?:\s+(?:number|total|figure|rate|level|share|proportion))?\s*,?\s+(?:with|at)\s+"
                             r"(?:(?:just|around|about|some|nearly|almost)\s+)?[£$€]?$", regex.I)
#: a period's total said again: "last year's total, which was [136]"
_TOTAL_WHICH_WAS = compiled(r"\b(?:(?:last|previous|this|that)\s+year|(?:19|20)\d\d(?:[-/]\d\d)?)['’]s\s+(?:total|figure|tally|count|level)\b"
                                 r"[^.;:()]{0,20}?,?\s+which\s+(?:was|is|stood\s+at)\s+(?:(?:just|around|about|some)\s+)?[£$€]?$", regex.I)
#: an average named by its place or level alone: "the East Midlands average", "the national average"
_PLACE_AVERAGE = compiled(r"^(?:the\s+)?(?:national|regional|county|local|(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}))\s+average$", regex.I)
#: an aside that names a part of the figure before it: "109,000 households – including 142,000 children –",
#: "400 arrests – 120 of them for burglary –", "4,100 people (among them 900 children)"
_PART_ASIDE_OPEN = compiled(r"(?:\s[-–—]\s+|\s\(\s*)(?:(?P<part>including|among\s+them|mostly|mainly)\s+)?"
                                 r"(?:(?:just|around|about|almost|nearly|some|over|more\s+than)\s+)?[£$€]?$")
_PART_AFTER = compiled(r"\s*(?:%|per\s*cent)?\s*(?:[a-z]+\s+)?of\s+(?:them|whom|which|these|those)\b")
_ASIDE_CLOSE = compiled(r"[^\n.;:()–—]{0,60}?(?:\s[-–—]\s|\))")


def _before_aside(text: str, before: Statistic, previous: Statistic, s: Statistic) -> Statistic:
    """The figure a later one follows on from: ``previous``, unless that is a part named in an aside
    that closed before ``s`` ("109,000 households – including 142,000 children – were in emergency
    housing, up [10]%": the households rose, not the children), which makes it the figure before the aside."""
    if previous.num_start - before.end > 120 or not any(c in text[previous.num_start - 16:previous.num_start] for c in "–—-("):
        return previous
    om = _PART_ASIDE_OPEN.search(text, max(before.end, previous.num_start - 30), previous.num_start)
    if om is None or rx(r"[.;:!?]\s").search(text, before.end, om.start()) is not None \
            or _ASIDE_CLOSE.match(text, previous.end, s.num_start) is None:
        return previous
    if om.group("part") is None and _PART_AFTER.match(text, previous.num_end, previous.num_end + 30) is None:
        return previous  # ("400 arrests – a rise of 12% – ...": an aside that is no part of the figure)
    return before


#: a measure that is only a pronoun subject ("These", "rise in there", "there recorded")
_POINTER_THING = compiled(rf"^(?P<c>(?:{_CHANGE_NOUN_WORDS})\s+in\s+)?"
                               r"(?i:these|those|they|there|it|this)(?P<rest>(?:\s+[a-z]+ed)?(?:\s+(?:in|since|on|over|from|compared)\s+[^,;:]{1,40})?)$")
#: what the sentence before counted: "an increase in the number of [robberies involving a knife]", "the
#: number of [households in temporary accommodation] has ..."
_ANTECEDENT = compiled(
    rf"\b(?:(?:{_CHANGE_NOUN_WORDS})\s+in|(?:number|total|level|count)\s+of)\s+"
    r"(?:the\s+)?(?:(?:number|total|level|count)\s+of\s+)?(?P<x>[a-z][^,.;:()\d]{2,80}?)"
    r"(?=\s*(?:[,.;:(]|$)|\s+(?:according|in\s+[A-Z]|has|have|had|was|were|is|are|rose|fell|since|over|between|across|from)\b)")


#: a figure stated as a part of the one before: "The figure includes [145,800] children", "This total
#: included 3,000 ..." (a later "This is an increase of 12%" is about the whole, not the part)
_INCLUDES_PART = compiled(r"\b(?i:the|this|that|these|those)\s+(?:figure|total|number|count|tally)s?\s+(?:also\s+)?"
                               r"(?:includes?|included|including|comprises?|comprised)\s+(?:(?:over|more\s+than|almost|nearly|"
                               r"around|about|some|at\s+least|just\s+over|just\s+under)\s+)?$")


def _whole_before_part(text: str, previous: Statistic | None, earlier: list[str] | None) -> str | None:
    """The thing of the figure before ``previous`` when ``previous`` is only a part of it ("A total of
    9,400 families ... The figure includes 3,200 pensioners. This is a rise of [14]%": the families rose)."""
    if previous is None or not earlier or len(earlier) < 2 or earlier[-1] != previous.measure \
            or "nclud" not in text[max(0, previous.num_start - 40):previous.num_start] and "ompris" not in \
            text[max(0, previous.num_start - 40):previous.num_start]:
        return None
    if _INCLUDES_PART.search(text, max(0, previous.num_start - 60), previous.num_start) is None:
        return None
    return unchanged(earlier[-2])


def _antecedent(text: str, s: Statistic, previous: Statistic | None, sentence_bounds,
                earlier: list[str] | None = None) -> str | None:
    """The thing the sentence before the figure's counted: its last figure's thing, else the noun after
    "an increase in", "the number of"."""
    here = sentence_bounds(text, s.num_start)[0]
    if here < 2:
        return None
    before = sentence_bounds(text, here - 2)[0]
    if previous is not None and before <= previous.num_start < here and previous.measure \
            and not _POINTER_THING.match(previous.measure):
        return _whole_before_part(text, previous, earlier) or unchanged(previous.measure)
    m = _ANTECEDENT.search(text, before, here)
    return m.group("x").strip() if m else None


_DETERMINER_BEFORE = compiled(r"(?:['’]s|\b(?:the|its|their|our|his|her))\s+$", regex.I)


_REPEATED_WORD = compiled(r"(?<![\w'’-])([a-z]{3,})(?:\s+\1)+(?![\w'’-])")


def _may_repeat_a_word(phrase: str) -> bool:
    """A cheap test before :data:`_REPEATED_WORD`, true whenever it can match: its word ends one piece of
    ``phrase.split()`` and starts the next (white space alone lies between), so the next piece's first
    three letters are in the piece before it."""
    words = phrase.split()
    return any(b[:3] in a for a, b in zip(words, words[1:]))
#: between two figures of one series: "4,966 in 2020/21, [5,787] in 2021/22", "Kent (1,200), [980] in Essex",
#: "25% (12,755) were recorded by the Met, [10]% (5,188) by West Midlands Police"
_SERIES_GAP = compiled(
    r"(?:\s*\([^()\n]{1,25}\))?(?:\s+(?:(?:were|was)\s+)?(?:(?:recorded|reported|logged|seen)\s+)?(?:in|by|for|at|on|during)\s+"
    r"[^,;:.()\d\n]{0,40}?(?:(?:19|20)\d\d(?:[/-]\d{2,4})?)?)?\s*(?:,\s*(?:and\s+|then\s+)?|\s+and\s+(?:then\s+)?)"
    r"(?:(?:just|around|about|almost|nearly|some|over|under|more\s+than)\s+)?[£$€]?")
#: a series going on to a later level: "4,858 such offences in 2019/20, rising to [4,966]"
_SERIES_TO = compiled(
    r"(?:\s+[a-z][^,;:.()\n]{0,60}?)?(?:\s+(?:in|by|for|at|on|during)\s+(?:(?:19|20)\d\d(?:[/-]\d{2,4})?|[^,;:.()\d\n]{1,30}?))?"
    r",?\s+(?:and\s+)?(?:then\s+)?(?:rising|falling|climbing|dropping|increasing|decreasing|growing|going\s+up|going\s+down)\s+to\s+"
    r"(?:(?:just|around|about|almost|nearly|some|over|under|more\s+than|a\s+record)\s+)?[£$€]?")
#: a place and its figure in brackets after a figure of the same kind: "..., followed by the south-east ([8,610])"
_PLACE_BRACKET = compiled(
    r"(?:[,:;]|\b(?:and|by|then|followed\s+by|including|while|with))\s*(?:the\s+)?(?:[A-Z][\w'’&.-]*|(?:north|south|east|west)[\w-]*)"
    r"(?:\s+(?:[A-Z][\w'’&.-]*|&|and|of|upon|on|the))*\s*\($")


def _same_series(text: str, s: Statistic, stats: list[Statistic], n: int, previous: Statistic | None,
                 sentence_bounds) -> str | None:
    """A figure with no noun that goes on a series of figures of the same kind in its sentence
    counts what the series counts: "4,858 such offences in 2019/20, rising to [4,966] in 2020/21,
    [5,787] in 2021/22"; "25% ([12,755]) were recorded by the Met": the share's thing, counted;
    "London had 56,000, followed by the south-east ([8,610])"."""
    if previous is None:
        return None
    here = sentence_bounds(text, s.num_start)[0]
    if previous.num_end < here:
        return None
    if s.kind == "count" and previous.kind == "percentage" and previous.direction is None and previous.measure \
            and text[s.num_start - 1:s.num_start] == "(" and not text[previous.end:s.num_start - 1].strip() \
            and not _CHANGE_PREFIX.match(previous.measure):
        m = previous.measure  # "25% ([12,755]) were recorded by the Met": how many that share is
        m = m[len("share of "):] if m.startswith("share of ") else m.split(" as a share of ")[0]
        return m or None
    for j in range(n - 1, -1, -1):
        t = stats[j]
        if t.num_end < here:
            return None
        if t.kind != s.kind:
            continue
        if not t.measure or t.direction is not None or _CHANGE_PREFIX.match(t.measure):
            return None
        gap_end = s.num_start if text[s.start:s.num_start].strip() in ("", "£", "$", "€") else s.start
        if _SERIES_GAP.fullmatch(text, t.end, gap_end, timeout=timeout_for(text)) or _SERIES_TO.fullmatch(text, t.end, gap_end, timeout=timeout_for(text)) \
                or s.kind == "count" and text[s.num_start - 1:s.num_start] == "(" \
                and _PLACE_BRACKET.search(text, max(t.end, s.num_start - 60), s.num_start, timeout=timeout_for(text)):
            return unchanged(t.measure)
        return None
    return None


#: "from [£466] to £526": the start of a change whose end names what it measures
_FROM_BEFORE_END = compiled(r"\bfrom\s+(?:(?:just|around|about|almost|nearly|some|over|under|more\s+than)\s+)?[£$€]?$")
_TO_BETWEEN = compiled(r"\s+to\s+(?:(?:just|around|about|almost|nearly|some|over|under|more\s+than)\s+)?[£$€]?")


def _from_end(text: str, stats: list[Statistic]) -> None:
    """ "The average fine has increased, from [£466] to £526": the start of a change counts what its
    end counts, when only the end's measure was found."""
    for s, t in zip(stats, stats[1:]):
        if s.measure is None and t.measure and s.kind == t.kind and s.direction is None and t.direction is None \
                and "from" in text[max(0, s.num_start - 20):s.num_start] \
                and _FROM_BEFORE_END.search(text, max(0, s.num_start - 30), s.num_start) \
                and _TO_BETWEEN.fullmatch(text, s.end, t.num_start):
            s.measure = unchanged(t.measure)


def _part_of_figure_before(text: str, s: Statistic, previous: Statistic | None) -> bool:
    """A count of the parts named in the phrase of the count just before it in its sentence ("95,400
    people were waiting at the county's [three] hospitals"): not what a later figure points back to."""
    if previous is not None and previous.kind == "count" and previous.measure is not None \
            and ("nclud" in text[max(0, s.num_start - 40):s.num_start] or "ompris" in text[max(0, s.num_start - 40):s.num_start]) \
            and _INCLUDES_PART.search(text, max(0, s.num_start - 60), s.num_start):
        return True  # "A total of 9,400 families ... The figure includes [3,200] pensioners": a part of the figure before
    return (previous is not None and previous.kind == "count" and previous.measure is not None
            and bool(_DETERMINER_BEFORE.search(text, max(0, s.num_start - 12), s.num_start))
            and not rx(r"[.;!?]\s").search(text, previous.end, s.num_start))


#: a yardstick's value: "compared to a national average of [53.4]", "the England average was [45]"
_YARDSTICK_OF = compiled(r"\b(?:national|regional|england|english|uk|county|overall)\s+(?:average|figure|rate|level)\s+"
                              r"(?:of|was|is|at|stood\s+at)\s+(?:(?:just|around|about|nearly|almost)\s+)?$", regex.I)


def _main_figure_before(text: str, stats: list[Statistic], n: int, previous: Statistic) -> Statistic:
    """The figure a compared figure points back to: ``previous``, unless it counts the parts of a
    noun phrase ("at the county's [three] hospitals") after an earlier figure of its kind in the same
    sentence, which is then the one."""
    if not _DETERMINER_BEFORE.search(text, max(0, previous.num_start - 12), previous.num_start):
        return previous
    k = n - 2
    while k >= 0 and stats[k].end > previous.start - 300:
        t = stats[k]
        if t.kind == previous.kind and t.measure and not rx(r"[.;!?]\s").search(text, t.end, previous.num_start):
            return t
        k -= 1
    return previous


#: a name just before a bracketed figure: "Islington (", "Hammersmith & Fulham ("
_NAME_BRACKET = compiled(r"(?:^|[,:;]|\b(?:and|by|then))\s*(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|&|and|of|upon|on))*\s*\("
                           r"(?:\s*(?:all|both|each)\s+)?$")
#: a place (or its force or council) with its share, the noun left out: "South Yorkshire Police answered [17]%, Durham
#: Police 41%", "Kent managed just 49%" (after a sentence that named the share: "only 2% of calls were answered")
_NAME_THEN_SHARE = compiled(r"(?:^|[,;]|(?<=[.!?])|\band)\s*(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|&|and|of|upon|on))*"
                            r"(?:\s+(?:answered|recorded|had|saw|achieved|managed|hit|reached|scored|got|met))?"
                            r"\s+(?:(?:just|only|almost|nearly|around|about|some)\s+)?$")
#: a share with nothing said of it after: "Durham Police [41]%," (not "Labour had 41% in the latest poll", "Overall 41%
#: were abandoned")
_BARE_SHARE_AFTER = compiled(r"\s*(?:[,.;)]|\s+(?:and|while|but|whereas)\b|$)")
#: "This is up [1.3]% on last year", "That was down 4%": a change in the figure before
_THIS_IS_UP = compiled(r"\b(?:(?:This|That|this|that)\s+(?:figure|number|total)\b[^.;:]{0,80}?\s+and|This|That|It|this|that|it)\s+"
                       r"(?:is|was)\s+(?:also\s+)?(?:(?:up|down)\s+(?:by\s+)?)?"
                            r"(?:(?:around|about|nearly|almost|more\s+than|over|just|some)\s+)?[£$€]?$")
#: a figure per unit of time: "[82] each day", "£2,262 a day"
_PER_UNIT_AFTER = compiled(r"\s+(?:a|per|each|every)\s+(?P<u>day|week|month)\b")
#: what restates a figure before: "equivalent to", "or", "up from", "a fall from", ", "
_RESTATED = compiled(r"(?:\bequivalent\s+to|\bequating\s+to|\bor|\bthat\s+is|\bfrom|\bcompared\s+(?:with|to)|,)\s+"
                          r"(?:(?:just|around|about|almost|nearly|some|over|under|an\s+average\s+of)\s+)?$")
_PER_UNIT_TAIL = compiled(r"\s+(?:a|per|each|every)\s+(?:day|week|month)$")
#: a change and then its level in brackets: "a 25% rise in offences linked to sexual orientation ("
_CHANGE_THEN_BRACKET = compiled(r"\s*(?:%|per\s*cent|percent)?\s+(?:rise|increase|fall|drop|decrease|jump|growth)\s+in\s+"
                                     r"[^().;:\d]{2,70}\($")
#: a count and then what it is worth: "455,000 in total, worth [£24million]"
_WORTH_AFTER_COUNT = compiled(r"(?:\s+[a-z][\w'’-]*){0,4}?(?:\s+in\s+total)?\s*,?\s+(?:with\s+a\s+value\s+of|worth|valued\s+at)\s+"
                                   r"(?:(?:just|around|about|almost|nearly|some|over|under|more\s+than|an\s+estimated)\s+)?[£$€]?$")
#: a figure and then ", which rose/fell to" another: the same thing at another time
_WHICH_WENT_TO = compiled(r"[^,.;:()]{0,12},?\s+which\s+(?:then\s+|later\s+)?(?:rose|fell|increased|decreased|dropped|grew|climbed|went\s+up|"
                               r"went\s+down|jumped|has\s+(?:risen|fallen|grown|dropped))\s+to\s+"
                               r"(?:(?:just|around|about|almost|nearly|some|over|under)\s+)?[£$€]?$")
#: a sentence opening on a bare superlative as its subject, and where: "The lowest was in Ceredigion", "The highest
#: figure was recorded in Leeds"
_SUPERLATIVE_OPENS = compiled(r"[\W_]*(?:the\s+)?(?P<s>lowest|highest|largest|smallest|biggest|greatest|worst|best)"
                              r"(?:\s+(?:amount|figure|number|level|total|share|proportion|percentage|rate))?"
                              r"\s+(?:was|were|is|are)\s+(?:recorded\s+|seen\s+|found\s+)?(?:in|for|at|among|by)\s", regex.I)
#: a superlative that names nothing: "the lowest", "the highest amount", "the biggest figure"
_SUPERLATIVE_WORD = compiled(r"^(?:lowest|highest|largest|smallest|biggest|greatest|worst|best|most|fewest|least)\b")
_BARE_SUPERLATIVE = compiled(r"^(?:the\s+)?(?P<s>lowest|highest|largest|smallest|biggest|greatest|worst|best|most|fewest|least)"
                                  r"(?:\s+(?:amount|figure|number|level|total|share|proportion|percentage|rate))?$", regex.I)
#: a label and its share after a share: "..., false alarms [40]% and ..."
_ELLIPTICAL_SHARE = compiled(r"\s*(?:%|per\s*cent|percent)?(?:\s+of\s+[^,;:()\d]{2,60}?)?\s*(?:,\s*(?:and\s+|while\s+)?|\s+and\s+|\s+while\s+)"
                                  r"(?P<x>[a-z][\w'’/-]*(?:\s+[a-z][\w'’/-]*){0,3})\s+(?:(?:just|around|about|almost|nearly|some|over)\s+)?$")
#: a figure of the year before, by its possessive: "on the previous year's [170,000]", "last year's [2,300]"
_YEARS_FIGURE = compiled(r"\b(?:(?:previous|last|prior|preceding|same\s+period\s+last)\s+(?:year|month|quarter|week|period|time)"
                              r"|(?P<year>(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?))['’]s\s+"
                              r"(?P<of>(?:figure|total|tally|count)\s+of\s+)?(?:(?:just|around|about|almost|nearly|some|over|under)\s+)?[£$€]?$", regex.I)
#: "the 2022 figure of", "the previous year's total of", "the same period's figure of": a figure of another time
_THE_YEAR_FIGURE = compiled(r"\bthe\s+(?:(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?|previous|last|prior|preceding|same)"
                            r"(?:\s+(?:year|month|quarter|period|week)(?:['’]s)?)?\s+(?:figure|total|tally|count|level)\s+of\s+"
                            r"(?:(?:just|around|about|almost|nearly|some|over|under)\s+)?[£$€]?$", regex.I)
#: a phrase after a figure that is only a doing, no noun: "2013-14's total of [1,614] topping the pile"
_DOING_ONLY = compiled(r"^[a-z]+ing\b(?!\s+(?:[a-z]+\s+)?(?:of|for)\b)")
#: words that never make a head noun's kind ("the", "more", "such offenders", "were arrested")
_NOT_KIND = frozenset("""a an the of and or but to for in on at by with from than as per into onto about over under
    more most many much other others these those this that such some any all each every no not new total extra
    additional further fewer less least few several same last next first second third final latest recent previous
    who which whose what where when why how is are was were be been being has have had do does did will would can
    could may might must should shall its their his her our your my it they we you he she there here then also only
    just nearly almost around about some just even still now recorded reported registered number numbers figure
    figures proportion share rate rates level levels amount total average overall estimated approximately
    local national regional annual monthly weekly daily yearly one two three four five six seven eight nine ten
    hundred hundreds thousand thousands million millions dozens dozen including excluding involving involved
    among between across within without against during after before since until while whilst per cent percent
    up down out off away back later earlier hour hours day days week weeks month months year years time times
    eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty
    seventy eighty ninety very high higher highest low lower lowest big bigger biggest small smaller large larger
    major minor serious good bad great key main top ill saw see sees seen make makes made get gets got show shows
    shown say says said put puts take takes took give gives gave keep keeps kept find finds found""".split())
#: the words before a head noun that mention it with no kind at all ("the number of offences", "5.2
#: million offences", "all patients"); "the/these offenders" point back to the kind, and count for none
_GENERIC_BEFORE = frozenset("of million thousand hundred billion all other more many total".split())


def _name_the_kind(text: str, stats: list[Statistic]) -> None:
    """A bare head noun ("418 offenders in the region", "620 claims") takes the kind of that noun the
    story names again and again ("sex offenders", "pothole compensation claims"): the words written
    before the noun at least twice in the text (a mention in its opening weighs double), when the
    statistic's own measure does not already say so. Each noun's mentions are found by
    ``str.find`` over the lower-cased text, and only the few words before each are read."""
    lower: str | None = None
    kinds: dict[str, str | None] = {}
    topic: str | None | bool = False  # (looked for once, at the first bare head of a topic's kind)
    for s in stats:
        m = s.measure
        if not m or s.kind in ("money", "rate"):
            continue
        head = _HEAD_WORD.match(m)
        if head is None:
            continue
        noun = head.group("n")
        if noun not in kinds:
            if lower is None:
                lower = text.lower()
            kinds[noun] = _kind_of(lower, noun)
        kind = kinds[noun]
        if kind is None and noun in _topic_heads():
            if topic is False:
                topic = _story_topic(lower if lower is not None else text.lower())
            if topic and not _stems(topic) & _stems(m) and not _QUALIFIED_AFTER.match(m, head.end("n")):
                # (not "pothole claims for damage due to potholes"; not "calls to its helpline": qualified already)
                if topic.split()[-1] == noun[:-1]:
                    # "crimes" in a knife crime story: knife crimes, not "knife crime crimes"
                    s.measure = m[:head.start("n")] + topic + "s" + m[head.end("n"):]
                    continue
                kind = topic
        if kind and not set(kind.split()) & set(m.lower().split()) and not _OWN_KIND.match(m, head.end("n")):
            s.measure = m[:head.start("n")] + kind + " " + m[head.start("n"):]


#: a head noun's own qualifier after it: "complaints about", "claims for", "calls to"
_QUALIFIED_AFTER = compiled(r"\s+(?:to|on|from|for|of|about|over|linked|related|involving|with|against|by|at|in)\b")


@lru_cache(maxsize=1)
def _topic_heads() -> frozenset[str]:
    return frozenset(lexicon("topic_heads"))


@lru_cache(maxsize=1)
def _topic_patterns() -> tuple[tuple[str, Pattern], ...]:
    def pattern(topic: str) -> Pattern:
        words = r"[ -]".join(regex.escape(w) for w in topic.replace("-", " ").split())  # "fly-tipping", "fly tipping"
        return compiled(rf"(?<![\w-]){words}(?:s|es)?(?![\w-])")
    return tuple((t, pattern(t)) for t in lexicon("story_topics"))


def _story_topic(lower: str) -> str | None:
    """The story's topic from the lexicon's ``story_topics`` ("pothole", "hate crime", "cancer"): the one
    named in its opening (headline and lede, the first 400 characters) and most often in the text, at
    least twice. It names the kind of a bare head noun the text never qualifies itself ("620 claims" in a
    pothole story: pothole claims; "911 incidents" in a hate crime story), for the heads in
    ``topic_heads`` only (counted things a topic qualifies, not "officers" or "pupils")."""
    best, most = None, 1
    for topic, pattern in _topic_patterns():
        if topic[:4] not in lower:
            continue  # (a cheap test first)
        if pattern.search(lower, 0, 400) is None:
            continue
        n = sum(1 for _ in pattern.finditer(lower))
        if n > most or n == most and best is not None and len(topic) > len(best):
            best, most = topic, n
    return best


#: a measure that opens on its head noun, perhaps after a change's word ("offenders in the region",
#: "increase in arrests")
_HEAD_WORD = compiled(r"^(?:(?:increase|rise|fall|drop|decrease|reduction|growth)\s+in\s+)?(?P<n>[a-z][a-z-]{3,}s)\b(?!\s+of\b)")


#: a head noun that says its own kind after it: "offences involving a knife", "patients with cancer"
_OWN_KIND = compiled(r"\s+(?:involving|including|such\s+as|like|with|where|that|which|who)\b")
#: up to two words just before a mention, parted by blank space only (no line break, no mark)
_TWO_BEFORE = compiled(r"(?r)(?<![\w-])(?:(?P<a>[a-z][a-z-]*)[ \t]+)?(?P<b>[a-z][a-z-]*)[ \t]+$")
_WORDISH = frozenset("abcdefghijklmnopqrstuvwxyz-")


def _mentions(lower: str, noun: str):
    """The starts of ``noun`` as a whole word in the lower-cased text."""
    i = lower.find(noun)
    n = len(noun)
    while i >= 0:
        if (i == 0 or lower[i - 1] not in _WORDISH) and lower[i + n:i + n + 1] not in _WORDISH:
            yield i
        i = lower.find(noun, i + n)


#: an "-ing" word that names a kind of thing, not a verb before its object: "shoplifting offences",
#: "housing applications", "parking fines", "drink-driving arrests"
_ING_KIND = compiled(r"^(?:[a-z]+-[a-z]+ing|shoplifting|housing|parking|planning|flooding|speeding|stalking|"
                          r"offending|reoffending|bullying|smoking|drinking|gambling|trafficking|shooting|stabbing|"
                          r"burgling|poaching|littering|dumping|begging|nursing|boarding|fostering|funding|spending|"
                          r"building|training|learning|teaching|policing|sentencing|lending|banking|mining|farming|"
                          r"fishing|shopping|dining|clothing|catering|cycling|walking|swimming|hunting|licensing|marketing)$")


def _kind_of(lower: str, noun: str) -> str | None:
    """The words the text writes before ``noun`` most often (at least twice; a mention in the first
    300 characters weighs double), without words that are no kind ("more", "the", "recorded")."""
    counts: dict[str, int] = {}
    times: dict[str, int] = {}  # mentions, unweighted: a kind is written twice at least
    bare = 0
    lede = 300
    for at in _mentions(lower, noun):
        bm = _TWO_BEFORE.search(lower, max(0, at - 60), at)
        if bm is None:
            continue
        before = [w for w in (bm.group("a"), bm.group("b")) if w]
        weight = 2 if at < lede else 1
        kept = list(before)
        while kept and (kept[0] in _NOT_KIND or ("-" not in kept[0] and kept[0].endswith(("ed", "ly"))
                                                 or kept[0].endswith("ing") and not _ING_KIND.match(kept[0]))):
            kept = kept[1:]  # "letting patients", "buried drugs": a verb or adverb, no kind
        if not kept:
            if before[-1] in _GENERIC_BEFORE:
                bare += weight  # "the number of offences", "a million offences": the noun with no kind
            continue
        if any(w in _NOT_KIND or w.endswith("ly") and "-" not in w or w.endswith("ing") and not _ING_KIND.match(w) for w in kept):
            continue
        kind = " ".join(kept)
        counts[kind] = counts.get(kind, 0) + weight
        times[kind] = times.get(kind, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda k: (counts[k], len(k)))
    # the story's one kind of the noun, not one of several ("sexual offences" beside "knife offences")
    return best if times[best] >= 2 and counts[best] >= 0.6 * (sum(counts.values()) + bare) else None


#: a figure's role rather than what it counts: "from a target of [547]", "The [95]% target"
_ROLE_WORD = compiled(r"^(?:(?:the|a|an|its|their|this|that)\s+)?(?:[A-Za-z][\w-]*\s+)?(?P<w>target|goal|aim|ambition|threshold|mark|"
                           r"benchmark|milestone|barrier|limit|cap)s?$", regex.I)
#: a word that only points at a figure: "this number", "the figure standing", "the 146 households figure"
_DEICTIC = compiled(r"^(?:(?:the|this|that|these|those|its|their)\s+)?(?P<head>(?:[a-z][\w-]*\s+){0,2}?)"
                         r"(?:number|figure|total|tally|count)s?(?:\s+(?:standing|stood|represented|representing)\b.*|\s+(?:recorded|reported|"
                         r"logged|registered|counted))?$", regex.I)  # (a participle last: "the number recorded", not "Total recorded crime")
_NOT_DEICTIC_HEAD = compiled(r"^(?:(?:total|overall|record|highest|lowest|same|latest|whole|final|first|second|"
                                  r"previous|national|average|\d[\d,.]*)\s*)+$", regex.I)
#: "target of [100] households", "an ambition of [95]%": the thing the target is set for
_TARGET_OF = compiled(r"\b(?P<w>target|goal|aim|ambition)\s+(?:for\s+[^,;:()]{2,40}?\s+)?of\s+(?:(?:just|around|about|almost|nearly|some|"
                           r"at\s+least|more\s+than|over|under|only)\s+)?[£$€]?$", regex.I)
#: "the waiting list has fallen below the [10,000] mark", "the backlog passed [75,000]": what crossed it
_PASSED = compiled(
    r"(?P<x>[A-Za-z][^,.;:()–—\[\]\d]{1,70}?)\s+(?:(?:has|have|had|now|also|finally)\s+)*"
    r"(?:(?P<pass>passed|topped|exceeded|surpassed|broken|broke|crossed)|(?:fallen|fell|dropped|gone|went|dipped|slipped|sunk|sank)\s+below|"
    r"(?:risen|rose|gone|went|climbed|jumped)\s+(?:above|over|past)|(?:fallen|fell|dropped|gone|went|dipped|slipped)\s+under)\s+"
    r"(?:the\s+)?(?:(?:just|around|about|almost|nearly|some)\s+)?[£$€]?$")
_ROLE_BRACKET = compiled(r"\s*\((?:target|goal|aim|ambition|threshold|mark|benchmark|milestone|barrier|limit|cap|level)\)$")


def _points_or_targets(w: str) -> bool:
    """A cheap guard: "this number ...", "the figure stood at", "a target of" just before a figure."""
    return "number " in w or "figure " in w or "total " in w or "tally " in w or \
        ("of " in w[-14:] and ("target" in w or "goal" in w or "aim " in w or "ambition" in w))


#: "this number increased to [549]", "with the figure standing at [152,245]"
_DEICTIC_BEFORE = compiled(
    r"\b(?i:this|that|the)\s+(?:number|figure|total|tally)\s+(?:(?:has|have|had)\s+)?(?:increased|rose|risen|fell|fallen|dropped|grew|grown|"
    r"went\s+up|went\s+down|climbed|reached|stood|stands|standing|was|is|hit|totalled|rising|falling|climbing|dropping|"
    r"increasing|decreasing|growing)\s+(?:to\s+|at\s+)?"
    r"(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under|a\s+record)\s+)?[£$€]?$")
#: "In Hampshire, it was [92.5%]", "while it is [12%] in Kent": a share or rate that points back with "it"
_IT_WAS_BEFORE = compiled(r"(?:^|[,;:.]\s*|\b(?:and|but|while|whereas|where)\s+)(?i:it)\s+(?:was|is|stood\s+at|stands\s+at|"
                               r"has\s+been|had\s+been)\s+(?:(?:just|around|about|almost|nearly|some|only|over|under)\s+)?$")
_ROLE_AFTER = compiled(r"\s*(?:%|per\s*cent|percent)?\s*(?P<w>mark|barrier|milestone|threshold|level|target)\b", regex.I)


def _near_measure(text: str, s: Statistic, previous: Statistic | None, sentence_bounds, same_kind: bool = True) -> str | None:
    """The measure of the figure just before, in this sentence or the one before it, as a level
    ("increase in X since 2010" → X)."""
    if previous is None or not previous.measure:
        return None
    if same_kind and previous.kind != s.kind and not (s.kind == "count" and previous.kind == "quantity"):
        return None
    here = sentence_bounds(text, s.num_start)[0]
    reach = sentence_bounds(text, max(0, here - 2))[0] if here else 0
    if previous.num_end < reach:
        return None
    return unchanged(previous.measure)


def _resolve_bare(text: str, s: Statistic, found: str | None, previous: Statistic | None, previous_count: str | None,
                  earlier: list[str], sentence_bounds) -> str | None:
    """A measure that names no thing: what crossed a mark ("the waiting list has fallen below the
    [10,000] mark" → waiting list (mark)), what a target is set for ("a target of [100] households" →
    households in temporary accommodation (target)), what "the figure"/"this number" points back to."""
    here = sentence_bounds(text, s.num_start)[0]
    window = text[max(here, s.num_start - 160):s.num_start]
    if found is None or _ROLE_WORD.match(found):
        if ("ed " in window[-40:] or "over " in window[-40:] or "past " in window[-40:] or "under " in window[-40:]
                or "broke " in window[-40:] or "fell " in window[-40:] or "went " in window[-40:] or "rose " in window[-40:]) \
                and (pm := _PASSED_SEARCH(_CLAUSE_START.sub("", window, count=1))):
            x = rx(r"^(?:(?:the|its|their|this|that|when|as|and|but|while)\s+)+", regex.I).sub("", pm.group("x").strip())
            x = rx(r"^(?:(?:the\s+)?(?:total\s+)?(?:number|total|count)\s+of\s+)", regex.I).sub("", x)
            if x and not _NOT_A_SHARE_HEAD.match(x) and not rx(r"^[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*$").match(x):
                x = _first_word_lower(x)
                rm = _ROLE_AFTER.match(text, s.end)
                if rm or not pm.group("pass"):  # "passed [75,000]" alone may be a count of its own
                    return f"{x} ({rm.group('w').lower()})" if rm else x
    tm = _TARGET_OF.search(window[-60:]) if "of" in window[-20:] else None
    if tm or (found is not None and (rm := _ROLE_WORD.match(found)) and found == phrase_after(text, s)):
        word = (tm or rm).group("w").lower()
        what = phrase_after(text, s) if tm else None
        if what and not _ROLE_WORD.match(what):
            head = what.split()[0]
            stem = head[:-1] if len(head) > 3 and head.endswith("s") else head
            for m in reversed(earlier[-12:]):
                if stem in _stems(m) and m.split()[0] == head:
                    return f"{unchanged(m)} ({word})"  # "a target of 100 households": the households counted before
            return f"{_PLACE_TAIL.sub('', tidy_phrase(what) or what).strip()} ({word})"
        base = _near_measure(text, s, previous, sentence_bounds)
        if base and not _ROLE_WORD.match(base) and not base.endswith(")"):
            return f"{base} ({word})"  # "The [95]% target": the share stated just before, as a target
        return found if found is not None else (word if tm else None)
    if found is None and s.kind in ("percentage", "rate") and ("it " in window[-30:] or "It " in window[-30:]) \
            and _IT_WAS_BEFORE.search(window[-40:]):
        # "In East Sussex, 87.7% of pupils got their first choice. In Hampshire, it was [92.5%]": the share before
        return _near_measure(text, s, previous, sentence_bounds)
    if ("number" in window[-40:] or "figure" in window[-40:] or "total" in window[-40:]) \
            and _DEICTIC_BEFORE.search(window[-50:]):
        # "A year later, this number increased to [549]": the thing counted before
        return _near_measure(text, s, previous, sentence_bounds) or (previous_count if s.kind == "count" else None)
    if found is not None and (dm := _DEICTIC.match(found)):
        head = dm.group("head").strip()
        if head and not _NOT_DEICTIC_HEAD.match(head):
            stem = head.split()[-1]
            stem = stem[:-1] if len(stem) > 3 and stem.endswith("s") else stem
            for m in reversed(earlier[-12:]):
                if stem in _stems(m):
                    return _ROLE_BRACKET.sub("", unchanged(m))  # "the 146 households figure": the households counted before
            if found.rstrip().endswith(("numbers", "figures", "totals", "counts")) or (
                    found.rstrip().endswith(" count") and not head.endswith("s")):
                # ... and a statistic named as a count of a kind: "The claimant count stands at [102,300]"
                # "Visitor numbers rose to [2.1 million]": the numbers of visitors are what is counted
                return _first_word_lower(rx(r"^(?:(?:the|this|that|these|those|its|their)\s+)", regex.I).sub("", found.strip()))
            return head
        return _near_measure(text, s, previous, sentence_bounds) or (previous_count if s.kind == "count" else None) or found
    return found


#: the share of an electorate that voted is a turnout
_VOTED = compiled(r"\b(?:electorate|electors|registered\s+voters|eligible\s+voters)\s+(?:who\s+)?(?:voted|voting|turned\s+out|cast\s+(?:a|their)\s+votes?)\b")
#: a figure that only points back: "last year's figure", "the total", "that number"
_FIGURE_REF = compiled(r"^(?:(?:last|this|next|previous)\s+(?:year|month|week|quarter)['’]s\s+|the\s+|that\s+|this\s+|its\s+)?"
                            r"(?:figure|total|number|tally|level|count)s?$", regex.I)
#: a unit of time after a figure is no noun ("12 months", "a day"), unless a noun follows ("day trips")
_TIME_UNIT_AFTER = compiled(r"^(?:(?:the|a|an|per|each)\s+)?(?:year|month|week|day|hour|minute)s?(?!\s+[a-z]+s\b)")
_EQUIVALENT = compiled(r"\b(?:equivalent\s+to|equating\s+to|which\s+equates\s+to|the\s+equivalent\s+of|"
                         r"or\s+(?:around|about|some|roughly)?)\s*(?:(?:around|about|almost|nearly|some|more\s+than|over)\s+)?$")
_ACCOUNTED_FOR = compiled(
    r"(?:^|\b(?:was|were|is|are|of|with)\s+|[,;:]\s*)(?P<x>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?),?\s+(?:which\s+|that\s+)?"
    r"(?:accounted|accounting|accounts?|made\s+up|making\s+up)\s+for\s+(?:(?:around|about|almost|nearly|some|more\s+than|over)\s+)?$")
#: the subject of a sentence that states no figure: "Recorded fly-tipping incidents had been falling"
_SENTENCE_SUBJECT = compiled(
    r"\W*(?:(?:In|During|Over|Since|Across|Nationally|Overall|Meanwhile)\b[^,]{0,40},\s*)?(?:(?i:the)\s+)?(?:(?i:number\s+of)\s+)?"
    r"(?P<np>[A-Z][a-z'’-]*(?:\s+[a-z][\w'’-]*){0,4}?)\s+(?:in\s+[A-Z][\w ]{0,30}?\s+)?"
    r"(?:had|has|have|were|are|was|is|rose|fell|increased|decreased|went|continued|remained)\b(?:[^\d]|(?<!\d)(?:19|20)\d\d(?!\d))*$")
#: a change set beside a level: "[7.3 million] people are waiting - up by [114,000]"
_APPOSITIVE_CHANGE = compiled(
    r"^[^.;:]{0,140}?(?:[,–—(]|\s-)\s*(?:up|down|rising|falling|increasing|decreasing)\s+(?:by\s+)?"
    r"(?:(?:around|about|nearly|almost|more\s+than|over|just|some|a\s+further|another)\s+)?(?:£|\$|€)?$")
_APPOSITIVE_CHANGE_NOUN = compiled(
    r"^[^.;:]{0,140}?[,–—(]\s*(?:an?\s+)?(?:(?:increase|rise|fall|drop|reduction|decrease|jump|cut|decline)\s+of\s+)?"
    r"(?:(?:around|about|nearly|almost|more\s+than|over|just|some|a\s+further|another)\s+)?(?:£|\$|€)?$")
#: "such offenders", "those patients", "these breaches": a noun that points back
_BACK_REF = compiled(r"^(?P<pre>share\s+of\s+)?(?:of\s+)?(?P<d>such|those|these|the\s+same)\s+(?P<n>[a-z][\w-]*)(?P<rest>.*)$", regex.I)
_NOT_BACK_NOUN = frozenset("are were was is have has had who which that did do does can could will would may might "
                           "must should in on at of for with from under over aged".split())
_ANTECEDENT_TRIM = compiled(r"^(?:(?:increase|rise|fall|drop|growth|reduction|decrease)\s+in\s+|share\s+of\s+)|\s+per\s+[\d,]+.*$")


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
        return f"{bm.group('pre') or ''}{head} {noun}{bm.group('rest')}".strip() if head else None
    if noun.endswith(("ed", "ing")) or noun in _NOT_BACK_NOUN:
        return None  # "those living alone": no noun to look back for
    stem = noun[:-1] if len(noun) > 3 and noun.endswith("s") else noun
    rest = bm.group("rest").strip()
    for m in reversed(earlier[-reach:]):
        if stem in _stems(m):
            head = _ANTECEDENT_TRIM.sub("", m).strip()
            if head:
                return f"{bm.group('pre') or ''}{head} {rest}".strip()
    return None


_QUAL = r"(?:(?i:almost|nearly|about|around|roughly|more\s+than|over|at\s+least|fewer\s+than|less\s+than|just|some|only)\s+)?"
_ONE_FOR_EVERY = compiled(rf"^{_QUAL}(?:one|a|an|1)\s+(?P<x>[a-z][\w -]{{1,40}}?)\s+(?:for|in|to)\s+(?:every|each)\s+[\d,.]+\s+(?P<y>\w.*)$")
_ONE_IN_N = compiled(rf"^{_QUAL}(?i:one|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+(?:every\s+)?[\w,.]+\s+(?P<x>[a-z][\w -]{{1,40}})$")
_ONE_X_IN_N = compiled(rf"^{_QUAL}(?:one|a|an|1)\s+(?P<x>[a-z][\w-]{{1,30}}(?:\s+[a-z][\w-]{{1,30}})?)\s+(?:in|out\s+of)\s+(?:every\s+)?[\d,.]+$")
#: (not into another figure: "68.74 million visitors who generate [£4.41 billion revenue]" is the next statistic's)
#: (a duration or a distance is part of what is said: "who were delayed by more than 12 hours")
_ANOTHER_FIGURE = (r"(?<!\baged)\s+(?:(?:around|about|over|nearly|almost|some|more\s+than)\s+)?(?:[£$€]\d|\d[\d,.]*\s*(?:m|bn|million|billion)\b|"
                   r"\d[\d,.]*\s+(?!(?:hours?|days?|weeks?|months?|years?|minutes?|seconds?|miles?|km|kilometres?|metres?|"
                   r"meters?|times|per\s*cent|or|and|to)\b)[a-z])")
_WHO = compiled(rf"^\s+who\s+(?P<p>[a-z](?:(?!{_ANOTHER_FIGURE})[^,.;:()\n\[\]–—]){{2,70}})")


_FIGURE_NEXT = compiled(_ANOTHER_FIGURE)


#: a share in brackets after the fraction that states it: "One in five [(20%)]", "Two-thirds [(66%)] of"
_FRACTION_THEN_BRACKET = compiled(r"(?i:\b(?:half|thirds?|quarters?|fifths?|sixths?|tenths?|"
                                       r"(?:in|out\s+of)\s+(?:every\s+)?(?:\d[\d,]*|[a-z]+)))\s*\(\s*$")
#: ... and the bracket after a fraction: "One in five [(20%)] adults"
_BRACKETED_SHARE = compiled(r"\s*\(\s*[\d.,]+\s*(?:%|per\s*cent|percent)\s*\)")


def _fraction_and_bracket(text: str, s: Statistic, s_start: int, previous: Statistic | None) -> str | None:
    """A fraction and its percentage in brackets name one share, said after the bracket: "Five out of
    six (83.2%) patients were seen within the target" → share of patients seen within the target (both
    figures); "Two-thirds (66%) of pupils passed" → pupils passed."""
    if s.kind == "percentage" and _FRACTION_THEN_BRACKET.search(text, max(0, s.num_start - 40), s.num_start):
        close = text.find(")", s.end, s.end + 4)
        if close < 0:
            return None
        end = close + 1
    elif s.kind == "ratio" and (bm := _BRACKETED_SHARE.match(text, s.end, s.end + 24)):
        end = bm.end()
    else:
        return None
    moved = replace(s, end=end)
    share = _share(text, moved, text[s_start:s.num_start], previous, s_start)
    if share:
        return share if share.startswith("share of") or s.kind == "percentage" else f"share of {share}"
    what = _phrase_at(text, end, "count")
    return f"share of {what}" if what else None


def _ratio(text: str, s: Statistic) -> str | None:
    """"one offender for every 869 people" → "people per offender"; "one in four children are
    living in poverty" → "share of children living in poverty"."""
    span = text[s.start:s.end]
    fm = _ONE_FOR_EVERY.match(span)
    if fm:
        return f"{_PLACE_TAIL.sub('', fm.group('y')).strip()} per {fm.group('x')}"
    if span.endswith("times") and (tm := _TIMES_A_LEVEL.match(text, s.end, s.end + 60)) \
            and (sm := _MULTIPLE_SUBJECT.search(text, max(0, s.num_start - 90), s.num_start)):
        # "House prices in Bristol are [9.1 times] average earnings": the one as a multiple of the other
        return f"{_PLACE_TAIL.sub('', sm.group('x')).strip()} as a multiple of {tm.group('y')}"
    im = _ONE_IN_N.match(span)
    if not im and (im := _ONE_X_IN_N.match(span)):  # "one family in every 40": the share of families
        return _ratio_of_one(text, s, _plural(im.group("x")))
    if not im:
        return None
    return _ratio_of_one(text, s, im.group("x"))


#: a level a multiple is of: "[9.1 times] average earnings", "eight times the median income"
_TIMES_A_LEVEL = compiled(r"\s+(?:the\s+)?(?P<y>(?:average|median|typical|mean|annual|national|local)\s+[a-z]+(?:\s+(?!(?:in|for|of|at|on|across|and|or)\b)[a-z]+)?)\b")
#: the subject of "are" / "cost" before such a multiple: "House prices in Bristol are", "Homes cost"
_MULTIPLE_SUBJECT = compiled(r"(?:^|[.;:]\s+|\b(?:that|where|while)\s+)(?:the\s+)?(?P<x>(?i:[a-z][\w'’-]*)(?:\s+[\w'’-]+){0,6}?)"
                                  r"\s+(?:are|is|were|was|cost|costs|stand\s+at|stood\s+at)\s+(?:now\s+|about\s+|around\s+|nearly\s+|almost\s+)?$")


#: between a count and the ratio set beside it: "1,567 vacant homes[ in Wycombe - ]one in every 46 houses"
_BESIDE_ONE_IN = compiled(r"(?:\s+[a-z][\w'’-]*){0,3}(?:\s+(?:in|across|within)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?\s*(?:[-–—,(]|\bor\b)\s*"
                          r"(?:(?:or|about|around|roughly|nearly|almost|some)\s+)?")


_ONE_IN_EVERY = compiled(r"(?i:one|1)\s+(?:in|out\s+of)\s+(?:every\s+)?\d")


_POINTER_X = compiled(r"^(?:of\s+)?(?:them|these|those|which|whom|it)\b")
#: a measure up to its first plural noun: "[vacant homes]", "[burglaries] recorded"
_PLURAL_HEAD = compiled(r"^(?P<m>(?:[a-z][\w'’-]*\s+){0,2}?)(?P<n>[a-z][\w-]*[^s\W]s)\b")


def _one_counted(measure: str) -> str | None:
    """The counted thing of a measure, one of it: "vacant homes" -> "vacant home", "burglaries recorded" ->
    "burglary"; None when its noun has no plural -s to drop ("looked-after children")."""
    hm = _PLURAL_HEAD.match(measure)
    if hm is None:
        return None
    n = hm.group("n")
    one = n[:-3] + "y" if n.endswith("ies") and len(n) > 4 else n[:-1]
    return f"{hm.group('m')}{one}"


def _plural(noun: str) -> str:
    """ "family" -> "families", "home" -> "homes", "bus" -> "buses" (the last word only)."""
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")


def _ratio_of_one(text: str, s: Statistic, x: str) -> str:
    """ "share of X" and what the text says of X after the figure."""
    tail = text[s.end:s.end + 150]
    if tail.startswith((" did not ", " do not ", " does not ", " were not ", " was not ", " are not ", " is not ")) \
            and (neg := _negated(tail.split()[0], tail[len(tail.split()[0]) + 1:])):
        return f"share of {x} {neg}"  # "one in six children did not get their first choice"
    pred = _predicate(rx(r"^\s*(?:lives?|lived)\s+in\s").sub(" living in ", _ONE_IN_VERB.sub("", tail)))
    if not pred and (wm := _WHO.match(tail)):
        pred = "who " + _PRED_STOP.split(wm.group("p"))[0].strip()
    return f"share of {x} {pred}" if pred else f"share of {x}"


_ONE_IN_VERB = compiled(r"^\s+(?:in\s+[^,.;:]{2,40}?\s+)?(?:(?:are|is|were|was)\b|(?=(?:lives?|lived)\s+in\s))")
#: a sum paid out, and to whom: "paid out [£254,215] to members of the public", "£714,913 was paid out to employees"
_PAID_BEFORE = compiled(r"\b(?:paid|pay|pays|paying)\s+out\s+(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under|"
                             r"between|a\s+total\s+of|up\s+to)\s+)?[£$€]?$")
_PAID_AFTER = compiled(r"\s+(?:(?:was|were|has\s+been|had\s+been|have\s+been|is|are)\s+)?paid(?:\s+out)?(?=[\s,.;])")
_PAID_TO = compiled(r"\s+(?:(?:a|per|each)\s+year\s+)?to\s+(?P<y>(?:the\s+)?[a-z][\w'’-]*(?:\s+(?:and\s+)?[a-z][\w'’-]*){0,5}?)"
                         r"(?=\s+(?:in|for|over|during|since|who|which|after|last|this|between)\b|\s+and\s+[£$€\d]|[,.;:()]|$)")
_PAID_IN = compiled(r"\s+in\s+(?P<z>(?:compensation|damages|fines|penalties|settlements|fees|grants|benefits|bonuses|"
                         r"redundancy|legal\s+costs|costs|claims)\b(?:\s+(?:claims|payouts|payments))?)")


def _paid_out(text: str, s: Statistic, s_start: int) -> str | None:
    """Money paid out, said as such: "the authority paid out [£254,215] to members of the public in
    compensation claims" → amount paid out to members of the public in compensation claims."""
    before = _PAID_BEFORE.search(text, max(s_start, s.num_start - 40), s.num_start)
    after = None if before else _PAID_AFTER.match(text, s.end, s.end + 40)
    if not (before or after):
        return None
    pos = s.end if before else after.end()
    if text.startswith(" and ", pos) and (sm := rx(r" and [£$€]?[\d,.]+(?:\s*(?:m|bn|million|billion))?").match(text, pos)):
        pos = sm.end()  # "between £300,000 and £400,000 a year in compensation"
    to = _PAID_TO.match(text, pos, pos + 80)
    end = to.end() if to else pos
    what = _PAID_IN.match(text, end, end + 50) or _PAID_IN.match(text, pos, pos + 50) \
        or rx(r"\s+(?:a|per|each)\s+year\s+in\s+(?P<z>compensation|damages|fines|fees)\b").match(text, pos, pos + 40)
    out = "amount paid out"
    if to and not rx(r"^(?:the\s+)?(?:council|date|end|tune)\b").match(to.group("y")):
        out += f" to {to.group('y')}"
    if what:
        out += f" in {what.group('z')}"
    return out


#: a verb of spending just before a sum "per" something
_SPENT_PER = compiled(r"\b(?P<v>spent|spend|spends|spending|paid|pay|pays|paying|cost|costs|costing|charged|charges|charge|earned|earns|earn)"
                           r"\s+(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under|less\s+than|up\s+to|an\s+average\s+of)\s+)?[£$€]?$")
_SPEND_NOUN = {"spent": "spending", "spend": "spending", "spends": "spending", "paid": "payment", "pay": "payment",
               "pays": "payment", "paying": "payment", "cost": "cost", "costs": "cost", "costing": "cost", "charged": "charge",
               "charges": "charge", "earned": "earnings", "earns": "earnings", "earn": "earnings"}
#: a noun of money spent, whose object says what on: "spending on foster care", "investment in roads"
_SPEND_HEAD = compiled(r"\b(?:spending|spend|expenditure|investment|funding|bill|debt|debts|savings|cuts|money|grants?)$", regex.I)
_OF_HEAD = compiled(r"\b(?:cost|value|price|amount|share|proportion|percentage|size|length|budget|bill|worth|sum|rate|level|number|total|volume|risk|likelihood|chance|odds|probability)$", regex.I)
_OF_THE_N = compiled(r"(?:\b(?i:of|out\s+of|among)\s+(?:the|these|those|them|this|which)(?:\s+[\d,.]+[^,;:.]{0,60})?"
                          r"|(?:^|[,;:]\s*|\b(?:that|show|shows|showed|found|finds)\s+)(?i:of|out\s+of|among)\s+[\d,.]+\s+[a-z][^,;:.]{0,100}),?\s*$")
_AUX = compiled(r"^\s+(?:(?:were|was|are|is|have|has|had)\s+(?:been\s+)?)")
_VERB_BEFORE = compiled(r"(?<!\b(?:was|were|is|are|has|have|had|been|be)\s)\b(?P<v>[a-z]{3,}ed|caught|sold|built|"
                             r"made|seized|issued|taken|given|found|paid|spent)\s+(?:(?:just|around|about|almost|nearly|some|more\s+than|over|"
                             r"at\s+least|a\s+further|another|an\s+extra|a\s+total\s+of|a\s+record)\s+)?$")
#: verbs that give the level a whole has come to ("the backlog reached 73,105 cases"), not a deed done to the things
_LEVEL_VERBS = frozenset("reached topped totalled totaled passed exceeded surpassed".split())
#: the subject whose level that is: a whole made of the counted things (a backlog, a waiting list, a register),
#: at its clause's start, with the place it is in dropped ("The crown court backlog in England and Wales")
_CONTAINER_SUBJECT = compiled(r"(?:^|[,;:]\s+|\b(?:and|that|as|while|when|after|but)\s+|\b(?:last|this|that)\s+(?:year|month|week|"
                              r"quarter)\s+)(?:(?:the|its|their|this|our)\s+)?"
                              r"(?P<x>(?:(?!(?:the|a|an|of)\b|[a-z]+(?:ing|ed)\s)[A-Za-z][\w&'’-]*\s+){0,3}?(?:backlog|caseload|"
                              r"waiting\s+list|register|queue|workforce)(?:\s+of\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)?)"
                              r"(?:\s+(?:in|across|for|at)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:(?:and|of|upon)\s+)?[A-Z][\w&'’-]*){0,4})?"
                              r"\s+(?:(?:has|had|have|now|then|finally|already)\s+)*$", regex.I)
_LIST_ROW = compiled(r"(?:^|\n)[ \t]*[A-Z][\w&' -]{1,40}[ \t]+$")
#: the -ing form of a verb of police or court action before a count, and what was done
_ING_DONE = {"arresting": "arrested", "charging": "charged", "testing": "tested", "stopping": "stopped", "seizing": "seized",
             "issuing": "issued", "fining": "fined", "catching": "caught", "convicting": "convicted", "prosecuting": "prosecuted",
             "cautioning": "cautioned", "detaining": "detained", "rescuing": "rescued", "evacuating": "evacuated"}
_ING_BEFORE = compiled(r"\b(?P<v>" + "|".join(_ING_DONE) + r")\s+(?:(?:just|around|about|almost|nearly|some|more\s+than|over|"
                            r"a\s+further|another|a\s+total\s+of)\s+)?$", regex.I)
#: a sentence that spreads the figure before over places or groups, up to one of its figures: "This varied between
#: just [9] per cent in Wokingham and [41.1] per cent ...", "The rate ranges from [8]% in Kent to [19]% in Hull"
_RANGE_OPENS = compiled(r"\W*(?:(?:But|And|However),?\s+)?(?:This|That|It|These|(?i:the)\s+(?:figure|rate|proportion|share|"
                        r"percentage|number|total|average)s?)\s+(?:also\s+)?(?:varied|varies|vary|ranged|ranges|range|differed|"
                        r"differs)\s+(?:(?:widely|greatly|considerably|sharply|hugely),?\s+)?(?:across\s+[^,;:.\d]{2,40}?,?\s+)?"
                        r"(?:between|from)\s+[^;:.]{0,120}$")
#: a whole of people, then its make-up in shares up to the figure: "the district's population is now [47.9 per cent
#: male and ]", "people living in the district were", "the population was made up of"
_MADE_UP_OF = compiled(
    r"(?<![\w'’-])(?P<x>(?:(?:the|its|their|[A-Z][\w'’-]*(?:'s|’s))\s+)?"
    r"(?:(?!(?:ago|now|then|today|and|but|or|in|of|on|at|by|for|from|that|which|who|was|were|is|are)\b)[a-z][\w'’-]*\s+){0,2}?(?:population|residents|people(?:\s+living\s+"
    r"in\s+(?:the\s+)?[a-z]+)?|workforce|intake|pupils|students|staff|electorate|members|voters|claimants|patients|"
    r"prisoners|offenders|victims))\s+(?:(?:is|was|are|were|has\s+been|had\s+been)\s+(?:now\s+|still\s+)?(?:made\s+up\s+of\s+)?|"
    r"(?:is|was|are|were)\s+)(?:(?:about|around|nearly|almost|just\s+over|just\s+under|over|some)\s+)?"
    r"(?:[\d.]+\s*(?:%|per\s*cent|percent)\s+[\w-]+(?:\s+[\w-]+)?\s*(?:,|and|,\s*and)\s+"
    r"(?:(?:about|around|nearly|almost|just\s+over|just\s+under|over|some)\s+)?)*$")
#: a group of people a share is of: "male", "female", "under-10s", "over-65s", "aged 16 to 24", "white British"
_GROUP_WORDS = compiled(r"(?:male|female|men|women|boys|girls|white(?:\s+british)?|black|asian|mixed|disabled|"
                        r"(?:under|over|aged)-?\s?\d+s?(?:\s*(?:to|-)\s*\d+)?(?:\s+and\s+(?:over|under))?|pensioners|"
                        r"children|adults|retired|unemployed|employed|self-employed|students|renters|homeowners)", regex.I)
#: between two figures of one thing: the first's noun, then "and" ("155,000 officers[ and just over ]171,600")
_NOUN_THEN_AND = compiled(r"(?:\s+[a-z][\w'’-]*){1,3}\s+(?:and|with)\s+(?:(?:just|around|about|almost|nearly|some|over|under|"
                          r"more\s+than|less\s+than|fewer\s+than)\s+)*[£$€]?")
#: the next deed of a list, its verb then a bare count: "[, ]bailed [51]", "[ and ]released [14]", "[, ]charging [30]"
_NEXT_DEED = compiled(rf"(?:,\s*(?:and\s+|then\s+)?|\s+(?:and|then)\s+)(?:(?:later|also|then|since)\s+)?"
                      rf"(?P<v>[a-z]{{3,}}ed|{_IRREGULAR_DONE}|{'|'.join(_ING_DONE)})\s+"
                      r"(?:(?:another|a\s+further|just|some|around|about|nearly|almost)\s+)?$")
#: a counted noun, then why the action was taken: "people for drink driving", "men on suspicion of burglary"
_HEAD_THEN_WHY = compiled(r"(?P<h>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?P<r>(?:for|after|following|on\s+suspicion\s+of|"
                               r"in\s+connection\s+with)\s+\S.*)$")
#: verbs that put the counted things in a class ("accepted 15,290 households as being statutorily homeless")
_CLASSING_VERBS = frozenset("accepted classed classified recorded identified assessed registered listed categorised "
                            "categorized flagged deemed diagnosed confirmed treated judged rated".split())
#: the class after the counted noun: "as (being) statutorily homeless", up to a time, a place or a clause
_AS_COMPLEMENT = compiled(r"\s+(?:[a-z][\w-]*\s+){1,2}?as\s+(?:being\s+)?(?!(?:part|a|an|the|well|such|usual|expected|of|if|though|much|many|long|soon|far|follows)\b)(?P<c>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
                               r"(?=\s*[,.;:()]|\s*$|\s+(?:between|in|during|on|at|by|for|from|last|this|since|over|after|before|"
                               r"and|but|while|which|who|up|down|compared|according|across|within|throughout)\b)")


_COUNTED_VERBS = ("recorded", "reported", "logged", "registered", "counted", "seen")
#: how and when a compared figure was counted, naming no thing: "recorded a year earlier", "logged in 2022"
_COUNTED_WHEN = compiled(r"^(?:recorded|reported|logged|registered|counted|seen)(?:\s+(?:in|during|for|over|by|at)\b|"
                              r"\s+(?:a|the|last|this)\s+(?:year|month|week|quarter|period|previous|same)\b|\s*$)")
#: a compared figure's lead-in: "than the", "compared with", "against" (after "from" the change's own route keeps the
#: verb: "from the 2,310 reported in 2021": burglaries reported)
_COMPARED_BEFORE = compiled(r"\b(?:than|compared\s+(?:with|to)|against)\s+(?:the\s+)?(?:[a-z]+\s+)?$")


def _measure(text: str, s: Statistic, previous: Statistic | None, previous_count: str | None,
             sentence_bounds, previous_rate: str | None = None, cell: Cell | None = None) -> str | None:
    s_start, _ = sentence_bounds(text, s.num_start)
    if s.kind == "rate" and s.per:
        return _rate_measure(text, s, s_start, previous_count, previous_rate)
    table = (_cell_measure(text, s, cell) if cell is not None and not cell.is_list and cell.rows >= 2 else None) or \
        (_table(text, s) if cell is None or cell.sep == "\t" else None)  # (a lone tab row: its caption, as before)
    if table:
        return table
    listed = _list_heading(text, s)
    if listed:
        return listed
    if "times" in text[s.num_start:s.end + 8] and (relative := _times_than(text, s, s_start)) is not None:
        return relative
    if ranked := _ranked_change(text, s, s_start, previous, sentence_bounds):  # (its own guard: a superlative before)
        return ranked
    if (" at " in text[max(s_start, s.num_start - 8):s.num_start] or "tal" in text[max(s_start, s.num_start - 20):s.num_start]
            or "amounting" in text[max(s_start, s.num_start - 20):s.num_start]) \
            and (km := _KEPT_AT.search(text, max(s_start, s.num_start - 90), s.num_start)) is not None \
            and not phrase_after(text, s):  # (the cheap tests first: most figures have neither)
        # "retaining the Council Tax Support Scheme at [25]%", "froze parking charges at [£2.50]", "generate income
        # totalling [£23.8m]": what is kept at, or comes to, the figure
        return _LEAD_DETERMINER.sub("", km.group("x").strip())
    if s.direction is not None and previous is not None and previous.measure and previous.direction == s.direction \
            and previous.num_end >= s_start and "(" in text[previous.end:s.num_start] \
            and _NEXT_IN_BRACKETED_LIST.fullmatch(text, previous.end, s.num_start):
        # "recorded by Avon & Somerset Police (up 24% on 2022), followed by South Wales (up [23]%), the Metropolitan
        # Police (up [20]%)": the same change, of the next place listed
        return previous.measure
    if s.direction is None and _may_rank(text[max(s_start, s.num_start - 160):s.num_start]) \
            and (ranked := _ranked_level(text, s, s_start, previous, sentence_bounds)):
        return ranked
    if "(" in text[max(s_start, s.num_start - 40):s.num_start] and (label := _bracket_label(text, s, s_start)):
        return label
    if s.kind in ("count", "money") and s.direction is None and text[s.num_start - 1:s.num_start] == "(" \
            and (dated := _dated_bracket(text, s, s_start, previous, previous_count)):
        return dated
    if s.kind in ("count", "money") and s.direction is None and previous is not None and previous.measure \
            and previous.num_end >= s_start and "(" in text[previous.end:s.num_start] and (levels := _bracketed_level(text, s, previous)) \
            and not phrase_after(text, s):  # (not "fell by 10% (450 homes)": its own noun)
        return levels
    if cell is not None and cell.rows >= 2 and not phrase_after(text, s) and (table := _cell_measure(text, s, cell)):
        # "Vehicle crime – 2,345" under "Reported crimes in Norfolk in 2023": the row's label and the list's title
        return table
    if s.kind == "count" and s.direction is None and text.startswith(" of ", s.end) \
            and (pm := _PART_OF_COUNTED.match(text, s.end, s.end + 160)):
        # "only [187] of 435 UK councils responded", "Twenty-two of the county's 33 secondary schools have ..."
        x = _PLACE_TAIL.sub("", rx(r"^(?:[A-Z][\w'’-]*\s+)+(?=[a-z])").sub("", pm.group("x"))).strip() or pm.group("x")
        if (bm := _GROUP_VERB.match(text, pm.end("x"), pm.end("x") + 20)) and (pred := _predicate(text[bm.end():bm.end() + 150])):
            return f"{x} {pred}"
        did = _PRED_STOP.split(_STOP_AFTER.split(pm.group("v") + pm.group("rest"))[0])[0].strip()
        return f"{x} that {did}"
    if s.kind == "count" and s.direction is None and "out of" in text[max(0, s.num_start - 20):s.end + 20] \
            and (part := _out_of(text, s, previous)):
        return part
    after = phrase_after(text, s)
    if after and (_BARE_PREPOSITION.match(after) or s.kind == "money" and _WHERE_SPENT.match(after)
                  or after.startswith(_COUNTED_VERBS) and _COUNTED_WHEN.match(after)
                  and _COMPARED_BEFORE.search(text, max(s_start, s.num_start - 24), s.num_start)
                  or after.startswith(("previous ", "same ", "preceding ", "prior ")) and _TIME_PHRASE.match(after)):
        # "savings of £101.5m [within the] next financial year", "spent £6.1bn [across the regions]": no noun after;
        # "5% higher than the 184,087 [recorded a year earlier]": a compared figure, no noun after (the noun before's);
        # "up from 93.3% [the previous week]": a time, no noun
        after = None
    if s.kind == "count" and s.direction is None and ("of " in text[max(s_start, s.num_start - 90):s.num_start]
                                                     or "Of " in text[max(s_start, s.num_start - 90):s.num_start]) \
            and (gm := _OF_THE_GROUP_SEARCH(text, max(s_start, s.num_start - 100), s.num_start)
                 or _OUT_OF_GROUP.search(text, max(s_start, s.num_start - 100), s.num_start)):
        # "Of those complaints, [300] were upheld": the group's things, and what is said of these;
        # "Out of 88 local authorities, [70] saw a fall in bus use": those that did it
        pointed = " " not in gm.group("np").strip() and rx(r"(?i:those|these)\s+$").search(text, max(s_start, gm.start("np") - 8), gm.start("np"))
        np = f"{'those ' if pointed else ''}{_MID_PLACE.sub('', _PLACE_TAIL.sub('', gm.group('np').strip())).strip()}"
        np = _GROUP_TIME_TAIL.sub("", np)  # ("people who were arrested this year": when, not which)
        if (bm := _GROUP_VERB.match(text, s.end, s.end + 20)) and (pred := _predicate(text[bm.end():bm.end() + 150])):
            return f"{np} {pred}"
        if (dm := _GROUP_DID.match(text, s.end, s.end + 120)):
            did = _PRED_STOP.split(dm.group("p"))[0].strip()
            return f"{np} that {did}"
    if s.kind == "count" and after and s.direction is None and text.endswith("with ", max(s_start, s.num_start - 6), s.num_start) \
            and previous is not None and previous.kind == "count" and previous.measure and previous.num_end >= s_start \
            and _ING_FIRST.match(after) and (head := _NOUN_HEAD.match(previous.measure)) is not None:
        # "one of 23 forces to record an increase, with [17] recording a decrease and one reporting no change": of those
        # counted before, the ones doing what follows (up to the next "and")
        return f"{head.group('n')} {_AND_NEXT.split(after)[0]}"
    if s.kind == "count" and after and previous is not None and previous.kind == "count" and previous.measure \
            and previous.num_end >= s_start and s.direction is None and _ING_FIRST.match(after) \
            and _WITH_LIST_NEXT.fullmatch(text, previous.end, s.num_start) is not None \
            and (head := _NOUN_HEAD.match(previous.measure)) is not None \
            and _ING_FIRST.match(previous.measure, head.end() + 1) is not None:
        # "with 40 involving cars, 8 involving lorries and [12] involving vans": the next of a list of things
        # counted before, each doing what follows it, takes the first's thing
        return f"{head.group('n')} {_AND_NEXT.split(after)[0]}"
    if s.kind == "count" and after and " of " in text[max(s_start, s.num_start - 20):s.num_start] \
            and (qm := _QUANTITY_OF_SEARCH(text, max(s_start, s.num_start - 80), s.num_start)) and _UNIT_NOUN.match(after):
        # "Net international migration of [231,000] people", "a waiting list of 7,000 patients": the quantity named
        return _first_word_lower(qm.group("x"))
    wm = _WERE_PARTICIPLE.match(text[s.end:s.end + 120])
    # a figure opening its sentence ("... 17 SOPOs. One was granted as ...") may take the noun
    # counted in the sentence before
    reach = sentence_bounds(text, max(0, s_start - 2))[0] if not text[s_start:s.start].strip() else s_start
    if wm and not after and previous is not None and previous.measure and previous.num_end >= reach:
        # "applied for 13 SOPOs, 1 was initially granted as an interim order": the noun counted
        # just before, with this figure's own participle phrase (already cut to size)
        head = _PARTICIPLE_TAIL.split(previous.measure)[0].strip()
        return f"{head} {wm.group('p').strip()}"
    lo = max(s_start, s.num_start - 30)
    if not after and s.direction is None and text.find("to ", max(s_start, s.num_start - 30), s.num_start) >= 0 \
            and (reached := _reached_level(text, s, s_start, previous)):
        return reached
    if (text.find("to ", lo, s.num_start) >= 0 or text.find("from ", lo, s.num_start) >= 0
            or text.find("(", lo, s.num_start) >= 0) and (ends := _end_of_change(text, s, s_start, after, previous)) is not None:
        return ends
    if s.direction is None and (" from " in text[max(s_start, s.num_start - 60):s.num_start]) \
            and (ends := _change_in_ends(text, s, s_start)):
        return ends
    if (by := _verb_object_by(text, s, s_start, previous)) is not None:
        return by
    if s.kind in ("percentage", "ratio") and s.direction is None and "(" in text[max(0, s.num_start - 2):s.end + 4] \
            and (paired := _fraction_and_bracket(text, s, s_start, previous)):
        return paired
    if s.kind == "ratio" and previous is not None and previous.kind == "count" and previous.measure \
            and previous.num_end >= s_start and _BESIDE_ONE_IN.fullmatch(text, previous.end, s.start) \
            and _ONE_IN_EVERY.match(text, s.start, s.end) \
            and (x := (im.group("x") if (im := _ONE_IN_N.match(text[s.start:s.end])) else phrase_after(text, s))) \
            and not _POINTER_X.match(x) and (one := _one_counted(_PLACE_TAIL.sub("", previous.measure).strip())):
        # "1,567 vacant homes in Wycombe - [one in every 46] houses": how many houses there are per vacant home
        # (not "one in every 12 of them": a share of them)
        return f"{_PLACE_TAIL.sub('', x).strip()} per {one}"
    if s.kind == "ratio" and (ratio := _ratio(text, s)):
        return ratio
    if after and s.kind == "percentage" and s.direction is None \
            and ("caused " in text[max(s_start, s.num_start - 40):s.num_start] or "behind " in text[max(s_start, s.num_start - 40):s.num_start]
                 or "ble for " in text[max(s_start, s.num_start - 40):s.num_start]) \
            and len(after.split()) <= 3 and (cm := _CAUSED_SHARE.search(text[s_start:s.num_start][-100:])):
        return f"{after} caused by {_first_word_lower(cm.group('x'))}"  # "Weather caused [17 per cent] of cancellations"
    if after and s.kind == "percentage" and s.direction is None and after.startswith("share of ") \
            and (hm := _HOLDS_SHARE.search(text[s_start:s.num_start])) is not None:
        return f"{hm.group('x')}{_possessive(hm.group('x'))} {after}"  # "London enjoys a [54 per cent] share of the market": whose share
    if after and s.kind == "percentage" and s.direction is None and after.startswith("share of ") \
            and (hm := _HOLDS_SHARE_TOO.search(text[s_start:s.num_start])) is not None:
        return f"{hm.group('x')}{_possessive(hm.group('x'))} {after}"  # "London is the top destination and enjoys a [54 per cent] share"
    if s.kind in ("percentage", "ratio") and s.direction is None:
        share = _share(text, s, text[s_start:s.num_start], previous, s_start) or _of_the_share(text, s, s_start) \
            or _proportion_at(text, s, s_start)
        if share:
            return share
    if s.kind == "percentage" and s.direction is None and not after and "rate" in text[max(s_start, s.num_start - 50):s.num_start] \
            and (rm := _NAMED_RATE.search(text, max(s_start, s.num_start - 60), s.num_start)) \
            and rm.group("r").split()[0] not in _NOT_RATE_NAME:
        return f"{rm.group('r')} rate"  # "a failure rate of 5.9%", "an unemployment rate of 4.1 per cent"
    if not after and s.direction is None and s.kind == "percentage" and (paren := _paren_share(text, s, s_start, previous)):
        return paren
    if not after and ("making " in text[max(s_start, s.num_start - 50):s.num_start] or "makes " in text[max(s_start, s.num_start - 50):s.num_start]) \
            and (mm := _MAKING_THE.search(text, max(s_start, s.num_start - 60), s.num_start)):
        return mm.group("x")  # "7.91 million votes were counted, making the overall turnout [35.7]%"
    if not after and s.kind == "count" and (times := _times(text, s, s_start)):
        return times
    if not after and ":" in text[max(s_start, s.num_start - 12):s.num_start] \
            and (lm := _LABEL_COLON.search(text, max(s_start, s.num_start - 60), s.num_start)):
        return lm.group("x")  # "Council Tax: [£501 million], Business Rates: £106 million"
    if s.kind == "percentage" and s.direction is None and "vote" in text[max(s_start, s.num_start - 12):s.num_start] \
            and _VOTES_THEN.search(text, max(s_start, s.num_start - 25), s.num_start):
        return "share of the vote"  # "Labour 193 votes, [16.0%]"
    if not after and s.direction is None and s.kind == "percentage" and (apposed := _apposed_share(text, s, s_start, previous)):
        return apposed
    if s.kind == "money" and not after and (lm := _MONEY_LABEL.search(text, max(s_start, s.num_start - 50), s.num_start)):
        return lm.group("x")  # "investments £220 million and borrowing [£991 million]", "(average price [£440,304])"
    if s.kind == "money" and text.startswith(" of ", s.end) and (om := _MONEY_PART_OF.match(text, s.end, s.end + 80)):
        return _DANGLING_END.sub("", om.group("x"))  # "receiving [£240m] of this additional funding", "£3m of its reserves"
    if s.kind in ("money", "count", "quantity") and (s.kind == "money" or not after) and ("ccount" in text[max(s_start, s.num_start - 40):s.num_start]
                                        or "which" in text[max(s_start, s.num_start - 40):s.num_start]) \
            and (held := _accounts_for_or_which(text, s, s_start)):
        return held
    if s.kind == "money" and not after and "cost" in text[max(s_start, s.num_start - 40):s.num_start] \
            and (cost := _cost_to(text, s)):
        return cost
    if s.kind == "money" and not after and ((sourced := _money_from_by(text, s, s_start)) or (sourced := _money_is(text, s, s_start))):
        return sourced
    if not after and s.direction is None:
        early = _without_noun(text, s, s_start, previous, previous_count, reach,
                              sentence_bounds(text, max(0, s_start - 2))[0])
        if early:
            return early
    if s.kind == "money" and after and after.startswith("per ") and (vm := _SPENT_PER.search(text, max(s_start, s.num_start - 40), s.num_start)):
        # "21 councils spent under [£40,000] per child": spending per child
        return f"{_SPEND_NOUN.get(vm.group('v').lower(), vm.group('v').lower())} {after}"
    if s.kind == "money" and (got := _money_taken(text, s, s_start)):
        return got
    if s.kind == "money" and not after and (priced := _money_verb(text, s, s_start)):
        return priced
    if s.kind == "money" and (spent := _money_on(text, s) or _money_doing(text, s)):
        return spent
    if s.kind == "money" and "pa" in text[max(s_start, s.num_start - 40):s.end + 20] and (paid := _paid_out(text, s, s_start)):
        return paid
    if s.kind == "money" and not after and (saved := _saved_or_cost(text, s, s_start, previous)):
        return saved
    if s.kind == "count" and s.direction is None and after in ("hours", "days", "weeks") and " for " in text[max(s_start, s.num_start - 30):s.num_start] \
            and (dm := _DONE_FOR_UNITS.search(text[s_start:s.num_start])) is not None and not _NOT_MONEY_SUBJECT.match(dm.group("x")):
        # "Untreated effluent, including wipes, was released into waterways for [three million] hours": of what was done
        return f"{after} of {_first_word_lower(dm.group('x'))} {dm.group('p')}"
    if s.kind == "percentage" and s.direction is None and after and len(after) < 30 \
            and (mm := _MADE_UP_OF.search(text, max(s_start, s.num_start - 160), s.num_start)) is not None \
            and _GROUP_WORDS.fullmatch(after):
        # "the district's population is now [47.9] per cent male and 52.1 per cent female", "the population was made
        # up of 9.9 per cent under-10s": the share of that whole in the group
        return f"share of {_LEAD_DETERMINER.sub('', _first_word_lower(mm.group('x')))} {after}"
    found = _in_sentence(text, s, s_start, after, previous, previous_count, sentence_bounds(text, max(0, s_start - 2))[0])
    if found is None and not after and s.direction is None and ", which " in text[max(s_start, s.num_start - 40):s.num_start] \
            and (wm := _WHICH_WAS.search(text, max(s_start, s.num_start - 140), s.num_start)) is not None:
        # "steeper than the Consumer Prices Index measure of inflation, which was [1.5] per cent": what "which" is
        found = _WHICH_WAS_LEAD.sub("", wm.group("x")).strip() or None
    if found is None and s.kind == "count" and not after and " or " in text[s.end:s.end + 6] \
            and (om := _OR_SHARE_OF.match(text, s.end, s.end + 60)):
        # "accounting for [14,530] or 38.3 per cent of households": a part of the whole its share is of
        found = _phrase_at(text, om.end(), "count")
    return _PLACE_TAIL.sub("", found).strip() if found is not None and found is after else tidy_phrase(found)


#: a phrase after a figure that is only a preposition and an article (its noun cut off as a time word)
_BARE_PREPOSITION = compiled(r"^(?:within|during|in|on|at|by|for|from|over|since|until|to|into|across|throughout)"
                                  r"(?:\s+(?:the|a|an|this|that|its|their))?$", regex.I)


#: a noun phrase, then ", which was" right before the figure
_WHICH_WAS = compiled(r"(?P<x>[A-Za-z][\w'’&()-]*(?:\s+[\w'’&()-]+){0,9}?),\s+which\s+(?:was|is|were|are|stood\s+at|stands\s+at|"
                           r"came\s+to|comes\s+to)\s+(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under|only)\s+)?[£$€]?$")
#: what leads into that noun phrase: "This is steeper than the", "compared with the"
_WHICH_WAS_LEAD = compiled(r"^.*\b(?:than|as|with|from|to|by|on|for|against|and|but|while|that|show|shows|showed)\s+(?:the\s+|a\s+|an\s+)?|^(?:the|a|an)\s+",
                                regex.I)


#: a count with no noun, then its share of a whole: "[14,530] or 38.3 per cent of (all) households"
_OR_SHARE_OF = compiled(r",?\s+or\s+(?:(?:around|about|almost|nearly|some|over|under|just)\s+)?[\d.]+\s*(?:%|per\s*cent|percent)"
                             r"\s+of\s+(?:all\s+)?(?:the\s+)?(?=[a-z])")


#: a label and a colon before a figure, in a list: "Council Tax: [£501 million]", "Red 2: [77.6%]"
_LABEL_COLON = compiled(r"(?:^|[,;(]|\band|\bcomprises?\s+(?:of\s+)?|\bincludes?)\s*(?P<x>[A-Z][\w'’&-]*(?:\s+(?:[A-Za-z][\w'’&-]*|&)){0,4})"
                             r"\s*:\s*(?:(?:just|around|about|almost|nearly|some|over|under)\s+)?[£$€]?$")
#: a party's or candidate's votes, then its share: "Labour 193 votes, [16.0%]", "457 votes ([38.7%])"
_VOTES_THEN = compiled(r"\b[\d,]+\s+votes?\s*[,(;]\s*$")
#: a money noun written straight before its sum, as a label in a list: "and borrowing [£991 million]",
#: "(8.6% increase, average price [£440,304])", "Band D bill: [£1,890]"
_MONEY_LABEL = compiled(r"(?:^|[,(;]|\b(?:and|while|with))\s*(?P<x>(?:(?!(?:the|these|those|this|that|its|their|our|his|her|an?|[a-z]+ly)\s)"
                             r"[a-z][\w-]*\s+){0,2}(?:price|prices|cost|costs|value|budget|borrowing|investments?|reserves|income|debts?|salary|pay|rent|rents|fees?|fines?|bill|"
                             r"revenue|turnover|profits?|loss|losses|funding|grants?|savings|overspend|deficit|surplus))"
                             r"\s*:?\s*(?:(?:just|around|about|almost|nearly|some|over|under)\s+)?[£$€]?$")
#: a sum that is part of a named pot: "[£240m] of this additional funding", "£3m of its reserves"
_MONEY_PART_OF = compiled(r"\s+of\s+(?:(?:this|that|the|its|their|his|her|our|these|those)\s+)(?P<x>(?:[a-z][\w'’-]*\s+){0,3}"
                               r"(?:funding|funds?|money|budget|budgets|reserves|grant|grants|savings|investment|cash|pot|allocation|"
                               r"spending|income|revenue|debt|overspend|deficit|surplus|settlement|precept)(?:\s+(?:for|on)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})?)\b")
_OUT_OF_AFTER = compiled(r"\s+out\s+of\s+(?:the\s+|a\s+total\s+of\s+)?(?:[\d,]+|[a-z]+)(?=\s+[a-z])")
_OUT_OF_BEFORE = compiled(r"\bout\s+of\s+(?:the\s+|a\s+total\s+of\s+)?$")
#: the words left before a figure cut off a part's doing: "reported a rise[ of more] than 10%"
_OUT_OF_TAIL = compiled(r"(?:\s+(?:of|by|to|than|at|in|on|from|more|less|fewer|over|under|around|about|nearly|almost|just))*\s*$")
#: the verb that ends the whole's noun phrase: "1,336 drivers breathalysed | tested positive"
_NEXT_CLAUSE = compiled(r"\s(?:and|but|while|whilst)\s")
_MAIN_VERB = compiled(r"\s(?:tested|were|was|are|is|had|have|has|failed|passed|gave|got|received|returned|said|went|did|took|made)\b"
                           # (a verb that is also a participle only with its object: "trusts reported a rise", not
                           # "crimes reported to police")
                           r"|\s(?:reported|recorded|saw|showed|missed|met|achieved|reached|offered|refused|spent|needed|used)"
                           r"(?=\s+(?:a|an|the|their|its|no|more|less|fewer|[£$€]?\d)\b)")


#: "out of 92 that were referred": what the whole had done to it
_THAT_WERE = compiled(r"\s+(?:that|who|which)\s+(?:had\s+)?(?:were|was|had\s+been|have\s+been|are)\s+(?P<p>[a-z][^,.;:()\n–—]{2,70})")


def _out_of(text: str, s: Statistic, previous: Statistic | None = None) -> str | None:
    """A part out of a whole: "[75] out of the 1,336 drivers breathalysed tested positive" → drivers
    breathalysed tested positive (the part) and drivers breathalysed (the whole)."""
    def clause(pos: int) -> str:  # the text up to the next joined clause ("... and four people refused")
        cm = _NEXT_CLAUSE.search(text, pos, pos + 160)
        return f"{text[:cm.start()]}." if cm else text

    if (om := _OUT_OF_AFTER.match(text, s.end, s.end + 40)) and rx(r"\d").search(om.group(0)):
        what = _phrase_at(clause(om.end()), om.end(), "count")
        if what and (dm := rx(r"\s[£$€]?\d").search(what)) is not None:
            # "[28] out of 119 trusts reported a rise of more than 10% in waits": what they did, up to its figure
            what = _OUT_OF_TAIL.sub("", what[:dm.start()]) if dm.start() > 0 else None
        return what if what and not rx(r"\d").search(what) else None
    if _OUT_OF_BEFORE.search(text, max(0, s.num_start - 30), s.num_start):
        what = _phrase_at(clause(s.end), s.end, "count")
        if what and (vm := _MAIN_VERB.search(what)) and vm.start() > 0:
            return what[:vm.start()].strip()
        if (what is None or _THOSE_LEAD.match(what)) and previous is not None and previous.measure and previous.kind == "count" \
                and (wm := _THAT_WERE.match(text, s.end, s.end + 100)) and (pred := _predicate(" " + wm.group("p"))):
            # "59 patients were treated, out of [92] that were referred": the same noun, referred
            head = _DANGLING.sub("", _PARTICIPLE_TAIL.split(unchanged(previous.measure))[0].strip())
            head = rx(r"\s+(?:who\s+|that\s+)?[a-z]+ed\b.*$").sub("", head)
            return f"{head} {pred}" if head and len(head.split()) <= 4 else None
    return None


#: a noun that says only that something was counted: the subject of the sentence says what
_GENERIC_NOUN = compiled(r"^(?:incidents|offences|crimes|cases|visits|people|times|items|instances|occasions|events|"
                              r"reports|records|trips|journeys|individuals)(?:\s+(?:across|in|at|a|per|each|over|during)\b.*)?$")
#: "they cut spending on street lighting by [£1.7m]", "raised its share of council tax by [£4.95]"
_OBJECT_BY = compiled(
    r"\b(?P<v>(?i:cut|cuts|cutting|reduced|reduce|reduces|reducing|slashed|slashing|trimmed|lowered|increased|increase|increases|"
    r"increasing|raised|raise|raises|raising|boosted|boosting|improved|improves|improving))\s+(?:(?:its|their|the|our|his|her)\s+)?"
    r"(?!(?:it|them|this|that|these|those)\s+by\b|(?:in|on|at|to|from|for|of|by)\s)(?P<x>(?:[a-z0-9][\w'’-]*|[A-Z][a-z]+(?=\s+[A-Z]))(?:\s+(?:[a-z&][\w'’-]*|[A-Z][a-z]+)){0,7}?)\s+by\s+"
    r"(?:(?:an\s+additional|a\s+further|another|an\s+extra)\s+)?(?:(?:around|about|nearly|almost|more\s+than|over|just|some|up\s+to)\s+)?(?:£|\$|€)?$")
#: the stems of :data:`_OBJECT_BY`'s verbs (it needs one of them)
_OBJECT_BY_VERBS = ("cut", "reduc", "slash", "trimmed", "lowered", "increas", "rais", "boost", "improv")
#: the same verb left out: "..., and road maintenance by [£600,000]"
_AND_OBJECT_BY = compiled(
    r"(?:,(?:\s+and)?|\band)\s+(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|another|others?|it|they|this|that|these|those|"
    r"some|many|most|all|[a-z]+ed\s+by|while|whilst|but|as|although|though|when|where|which|who|"
    r"rose|fell|grew|dropped|climbed|jumped|went|was|were|is|are|has|have|had)\b)"
    r"(?P<x>[a-z][\w'’-]*(?:\s+(?!(?:rose|fell|grew|dropped|climbed|jumped|went|was|were|is|are|has|have|had)\b)[a-z&][\w'’-]*){0,4}?)\s+by\s+(?:(?:around|about|nearly|almost|more\s+than|over|just|some)\s+)?(?:£|\$|€)?$")
_CUT_VERB = compiled(r"^(?:cut|reduc|slash|trim|lower)")
_OBJECT_HEAD = compiled(r"^(?:spending|funding|investment|budgets?|grants?|money)\s+(?:on|for|in|to)\s+")
#: "Defra estimates that ...", "Figures show that ...": the clause after a verb of reporting
_REPORTED = compiled(r"^[^,;:]{0,60}?\b(?:estimates?|estimated|shows?|showed|reveals?|revealed|says?|said|suggests?|suggested|"
                          r"found|finds|confirms?|confirmed)\s+that\s+")
#: a source leading a sentence, with an aside between dashes or up to its comma: "According to the British
#: Crime Survey - a mass study of ... - the risk of being a victim of crime remained at [23%]"
_ACCORDING_LEAD = compiled(r"(?i:according)\s+to\s+[^,;:()–—]{2,80}?(?:\s+[-–—]\s+[^–—\n.;:]{2,160}?\s+[-–—]\s+|,\s+)(?=[A-Za-z])")
#: "the visitor economy supports [11,682] jobs": the jobs of what
_SUPPORTS = compiled(
    r"(?:^|[,;:–—(]\s*|\b(?:that|which|while|and|with|says|said|shows|showed|suggests|found|finds|estimates)\s+)"
    r"(?:the\s+|its\s+|their\s+)?(?P<x>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4}?)\s+"
    r"(?:now\s+|also\s+|directly\s+)?(?P<v>support|sustain|creat|employ|provid)(?:s|es|ed|d|ing|e)?\s+(?:(?:around|about|nearly|almost|more\s+than|over|some|an\s+estimated)\s+)?$",
    regex.I)
_SUPPORT_STEMS = compiled(r"(?:support|sustain|creat|employ|provid)")
_JOBS = compiled(r"^(?:[\w-]+\s+){0,3}(?:jobs|posts|roles|staff|employees|workers|people|apprenticeships|places)\b")
#: "While 20 trusts met the standard in January, it is down to [15] trusts": the fuller phrase said before
_SAME_LINK = compiled(r"\b(?:to|from|with|than|against|versus|vs)\s+(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under|only)\s+)?$")
_BY_FRACTION = compiled(r"\s+by\s+(?:(?:almost|nearly|about|around|more\s+than|over|just\s+over|just\s+under|roughly)\s+)?"
                          r"(?:a|one|two|three)\s+(?:half|third|quarter|fifth|sixth|tenth)s?\s*\($")
_DOWN_VERB = compiled(r"^(?:fell|fall|fallen|falling|dropped|drop|decreased|decrease|declined|decline|reduced|went\s+down|gone\s+down|"
                           r"plunged|plummeted|slumped|tumbled|dipped|(?:were|was|is|are|been)\s+(?:also\s+|now\s+)?down)")
_FROM_END = compiled(r"\bfrom\s+(?:(?:around|about|nearly|almost|just|some)\s+)?(?:£|\$|€)?$")
_FIGURE_OF = compiled(r"\b(?:the|its|their|a|last\s+year['’]s)\s+(?:(?:[\d/-]{4,9}|previous|latest|same|comparable|national|"
                         r"equivalent|corresponding)\s+)?(?:figure|total|tally)\s+of\s+(?:(?:just|around|about|almost|nearly|some)\s+)?$")
#: money spent doing something: "spent [£49.8m] clearing up illegally dumped waste"
_MONEY_ING = compiled(r"^\s+(?!(?:during|including|excluding|following|according|regarding|concerning|covering|bringing|"
                        r"making|taking|leaving|meaning|totalling|totaling)\b)(?P<x>[a-z]+ing(?:\s+(?:up|out|off))?\s+(?:[\d,.]+\s+)?[a-z][^.;:()\n]{2,70})")
#: a place inside a phrase: "crimes in England and Wales recorded by the police"
#: a place inside a phrase, all of it ("in England and Wales", never "in England" of it): "crimes in Kent recorded by police"
_MID_PLACE = compiled(r"\s(?:in|across|within|throughout)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:(?:and|of|upon)\s+)?[A-Z][\w&'’-]*){0,4}"
                           r"(?=\s+[a-z])(?!\s+(?:and|or|of|upon)\s+[A-Z])")
_TO_END = compiled(rf"(?:\b(?:up|down|rising|falling)\s+)?\bto\s+{_TO_QUALS}(?:£|\$|€)?$")
_MONEY_ON = compiled(r"^\s+(?:in|on|for|towards)\s+(?:(?:an?|the|its|their)\s+)?(?=[a-z])(?!(?:the\s+)?(?:year|month|week|"
                          r"period|past|last|previous|same|first|second|third|fourth|total|each|every|average)\b)")
#: where a sum was spent is no thing bought: "visitors spent £1.2bn in the county"
_MONEY_IN_PLACE = compiled(r"^\s+in\s+(?:the\s+|its\s+|their\s+)?(?:county|area|region|city|town|borough|district|village|"
                                r"country|local\s+economy|economy|resort|park|capital|shops?|high\s+street)\b")


def _money_on(text: str, s: Statistic) -> str | None:
    """What money went on: "received £491,055 in an annual homelessness prevention grant" → annual
    homelessness prevention grant; "spent £1.2m on road repairs" → road repairs."""
    mm = _MONEY_ON_COUNT.match(text[s.end:s.end + 60]) or _MONEY_ON.match(text[s.end:s.end + 40])
    if not mm and (" spent " in (near := text[s.end:s.end + 30]) or " paid " in near or " invested " in near):
        # "£844m was spent on emergency B&Bs": the passive names what the money went on
        if (pm := _MONEY_PASSIVE.match(text[s.end:s.end + 80])) and (what := _phrase_at(text, s.end + pm.end(), "count")) \
                and not rx(r"\d").search(what):
            return f"{pm.group('v')} {pm.group('p')} {what}"
    if not mm and (" been " in (near := text[s.end:s.end + 30]) or " was " in near or " were " in near) \
            and (pm := _MONEY_PASSIVE_FROM.match(text, s.end, s.end + 120)) \
            and (what := _phrase_at(text, pm.end(), "count")) and not rx(r"\d").search(what):
        # "£2,049,858 has been collected by the council from parking tickets": money collected from them
        what = rx(r"\s+(?:from|since|between|until)\s+the\s+(?:start|end|beginning|middle)\b.*$").sub("", what)
        return f"money {pm.group('v')} {pm.group('p')} {what}"
    if not mm:
        return None
    what = _phrase_at(text, s.end + mm.end(), "count")  # "paid out £119,000 on over 600 claims for damage": the claims
    if not what or rx(r"\d").search(what) or _WHEN_NOT_WHAT.match(what):
        return None
    what = rx(r"\s+(?:over|during|since|across|throughout)(?:\s+the)?$").sub("", what)  # "in compensation over the (last four years)"
    if (xm := _EXTRA_MONEY.search(text, max(0, s.start - 60), s.num_start)) is not None:
        # "will spend a further £2m on roads": extra spending on roads (not an "increase in roads")
        verb, prep = xm.group("v").lower(), mm.group(0).split()[0]
        noun = "spending" if verb.startswith("spen") else "investment" if verb.startswith("invest") else "funding"
        if noun != "funding" or prep in ("for", "towards"):  # (not "received a further £2m in parking fines")
            return f"extra {noun} {prep} {what}"
    vm = rx(r"\b(?P<v>spent|spend|spending|paid|pays|paying|invested|investing|received|receives|allocated|awarded|raised|"
           r"cost|costs|costing|lost|owed|saved)\s+(?:out\s+)?(?:(?:more\s+than|over|around|about|almost|nearly|some|just)\s+)?(?:£|\$|€)?$").search(
        text[max(0, s.start - 40):s.num_start])
    verb = vm.group("v") if vm else None
    prep = mm.group(0).split()[0]
    return f"{verb} {prep} {what}" if verb in ("paid", "spent", "invested", "lost", "saved") else what


#: a verb of spending or funding, then a sum said to be extra: "spend a further £2m", "has pledged an extra
#: £50m", "will receive an additional £4.5m", "invested another £300,000"
_EXTRA_MONEY = compiled(
    r"\b(?P<v>spend|spends|spent|spending|invest|invests|invested|investing|pledge|pledges|pledged|pledging|allocate|allocates|"
    r"allocated|award|awards|awarded|earmark|earmarks|earmarked|commit|commits|committed|promise|promises|promised|provide|"
    r"provides|provided|providing|receive|receives|received|receiving|grant|grants|granted|give|gives|given|put|puts|putting)"
    r"\s+(?:a\s+further|an\s+extra|an\s+additional|another)\s+(?:(?:more\s+than|over|around|about|almost|nearly|some|just)\s+)?"
    r"(?:£|\$|€)?$", regex.I)


_MONEY_PASSIVE = compiled(r"^\s+(?:(?:has|have|had|will|would)\s+)?(?:was|were|is|are|be|been)\s+(?:also\s+|already\s+)?"
                            r"(?P<v>spent|paid|invested)\s+(?:out\s+)?(?P<p>on|in)\s+(?:(?:the|its|their)\s+)?(?=[a-z])")
#: "[£2m] has been collected by the council from parking fines", "£40,000 was raised from the sale of ..."
_MONEY_PASSIVE_FROM = compiled(r"\s+(?:(?:has|have|had|will|would)\s+)?(?:been|was|were|be)\s+(?:also\s+|already\s+)?"
                                    r"(?P<v>collected|raised|generated|received|recovered|earned|made|taken)\s+"
                                    r"(?:by\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}\s+)?(?P<p>from|in)\s+(?:(?:the|its|their)\s+)?(?=[a-z])")
#: money on a counted thing: "on over 600 claims", "for 1,200 new homes"
_MONEY_ON_COUNT = compiled(r"^\s+(?:on|for)\s+(?:(?:more\s+than|over|around|about|almost|nearly|some|just)\s+)?[\d,]+\s+(?=[a-z])")
_MONEY_QUAL = r"(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under|less\s+than|at\s+least|an\s+estimated)\s+)?"
#: "Clearing up the rubbish is estimated to have cost the council around [£60,000]", "tourism is
#: now worth [£867 million]", "these visitors spending [£867million] during their stay"
_MONEY_VERB = compiled(
    r"(?P<x>[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,11}?)\s+(?:(?:is|are|was|were|has|have|had|will|would|could|now|also|already)\s+)*"
    r"(?:(?:(?:estimated|expected|thought|said|believed|likely|set|understood|reported|reckoned|calculated|predicted|forecast)\s+to\s+(?:have\s+)?)?"
    r"(?:(?<=\bto\s)be\s+|(?:been|be)\s+(?=(?:over|under)spent))?"
    r"(?P<v>cost|costs|costing|worth|spending|spent|spend|contributes|contributed|contributing|contribute|pay|pays|paying|"
    r"(?:over|under)spent\s+by|(?:over|under)spending\s+by|(?:over|under)spend\s+by)\s+(?:a\s+(?:total|combined|record)\s+(?:of\s+)?|(?:the|a|an|its|their|local)\s+[a-z]+\s+|taxpayers\s+|ratepayers\s+|councils\s+|businesses\s+|residents\s+|an\s+(?:average|estimated)\s+of\s+|"
    r"(?<=cost\s|costs\s|costing\s)[a-z]{3,}(?:ers|ists|ants|ents|holds|ies|ses)\s+)?)"
    rf"{_MONEY_QUAL}(?:£|\$|€)?$")
_LEAD_ARTICLE = compiled(r"^(?:an?|the)\s+", regex.I)
#: the doer and verb before the thing that is worth a sum ("officers seized [drugs] worth")
_WORTH_OBJECT = compiled(r"^.*\b(?:[a-z]{3,}ed|stole|stolen|took|taken|found|bought|sold|won|lost|made|given|paid|"
                              r"recovered|seized|hold|holds|own|owns|left|leaves)\s+(?:(?:the|a|an|some|their|its)\s+)?")
#: a subject may be two actions joined by "and" ("Clearing up the rubbish and taking action ...")
_MONEY_CLAUSE = compiled(r".*(?:^|(?:[;:–—(]|,(?!\d))\s*|\b(?:that|which|while|whilst|but|with|where|when|as|show|shows|showed|"
                           r"says|said|suggests|suggested|reveals|revealed|found|finds)\s+(?![A-Z]))", regex.S)
#: words before a payer: "It means owners of ...", "The increase means Band D properties", "while Band H properties"
_PAYER_LEAD = compiled(r"^.*?\b(?:means?|meaning|while|whilst|whereas|that|so)\s+", regex.I)
#: a payer whose payment is the thing counted: "the average Band D household will pay [£1,405]"
_PAYERS = compiled(r"\b(?:household|households|homeowners?|property|properties|taxpayers?|ratepayers?|residents?|tenants?|"
                        r"(?i:band)\s+[A-Ha-h]\b|"
                        r"motorists?|drivers?|patients?|parents?|pensioners?|commuters?|passengers?|families|family|customers?|workers?|employees?)\b")
#: people whose spending is the thing counted ("visitors spent £337m"), unlike a council's
_SPENDERS = compiled(r"\b(?:visitors|tourists|holidaymakers|shoppers|households|residents|fans|consumers|customers|families|"
                          r"travellers|students|passengers|guests|trippers)"
                          # (where they come or go: "overseas visitors to Scotland", "shoppers in Leeds")
                          r"(?:\s+(?:to|in|from|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?$")
_MONEY_TO = compiled(r"^\s+to\s+(?:the\s+)?(?P<y>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)(?=\s+(?:of|in|for)\s+[A-Z]|\s*[,.;:]|\s+(?:each|every|a|per|last|this)\b|$)")
_NOT_MONEY_SUBJECT = compiled(r"^(?:it|this|that|they|we|he|she|which|who|there|figures?|data|total|bill|amount)$", regex.I)


#: "plans to save [£66m]", "the council has saved [£161m]", "will need to save [£66m]"
_SAVE_BEFORE = compiled(rf"\b(?:save|saves|saved|saving|to\s+find|find)\s+(?:(?:the|its|their)\s+(?:[a-z]+\s+){{1,2}}?|taxpayers\s+|councils\s+)?"
                          rf"(?:(?:a\s+further|another|an\s+extra|a\s+total\s+of)\s+)?{_MONEY_QUAL}[£$€]$")
#: "..., costing the council over [£6.5m]": the cost of what the clause before counted
_COSTING = compiled(rf"(?:,|\band|\bwhich|\bat\s+a)\s+(?:(?:has|have|had|will|would)\s+)?(?:costing|cost|costs|total\s+cost\s+of|cost\s+of)\s+"
                         rf"(?:(?:the|a|an|its|their|local)\s+[a-z]+\s+|taxpayers\s+)?{_MONEY_QUAL}[£$€]$")
#: a span of years the money is over: "over the next four years", "in the last seven years"
_OVER_YEARS = compiled(r"\b(?:over|in|during|across|within)\s+the\s+(?:next|last|past|coming|previous)\s+(?:[\w-]+\s+)?(?:years?|months?)\b", regex.I)


def _saved_or_cost(text: str, s: Statistic, s_start: int, previous: Statistic | None) -> str | None:
    """Money saved ("the county council has saved [£161m]" → savings over the last seven years,
    when the sentence gives the span) or a cost set after a count ("700 households were in temporary
    accommodation, costing the council [£6.5m]" → cost of households in temporary accommodation)."""
    window = text[max(s_start, s.num_start - 60):s.num_start]
    if "sav" in window or "find" in window:
        if _SAVE_BEFORE.search(window):
            sentence_end = text.find(".", s.end)
            om = _OVER_YEARS.search(text, s_start, sentence_end if sentence_end > 0 else s.end + 80)
            if om is None and " to save" in window and (dm := _DOING_SAVES.search(text[s_start:s.num_start])) \
                    and not _NOT_MONEY_SUBJECT.match(dm.group("x")):
                # "Closing two depots and cutting energy use are expected to save [£450,000]": what saves it
                return f"savings from {_first_word_lower(dm.group('x'))}"
            return f"savings {om.group(0).lower()}" if om else "savings"
    if "cost" in window and _COSTING.search(window):
        if previous is not None and previous.measure and previous.num_end >= s_start and previous.kind != "money":
            return f"cost of {unchanged(previous.measure)}"
        return "cost"
    return None


#: a share "of X were ...", and a later bare share that "were ..." too
_SHARE_OF_X_WERE = compiled(r"(?:\s*(?:%|per\s*cent|percent))?\s+of\s+(?:(?:the|all)\s+)?(?P<x>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)"
                                 r"\s+(?:were|was|are|is)\s")
_BARE_SHARE_WERE = compiled(r"(?:\s*(?:%|per\s*cent|percent))?\s+(?:were|was|are|is)\s+(?:(?:also|still|now)\s+)?"
                                 r"(?P<p>(?:down|due|owing|attributed|caused|linked|related)\s[^,.;:()\n]{2,60})")


#: where the counted things are, at the end of a measure: "households[ in temporary accommodation]"
_WHERE_TAIL = compiled(r"\s(?:(?:living|staying|housed|placed|held|kept|sleeping)\s+)?(?:in|at|on|under)\s+[a-z][^,;:()]{2,50}$")


#: a named holder of a share: "London enjoys a [54 per cent] share of the market"
_HOLDS_SHARE = compiled(r"(?:^|[,;:]\s+|\b(?:and|while|but|whereas)\s+)\W*(?P<x>(?!(?:The|This|That|It|They|We|He|She|But|And)\b)"
                             r"[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and)){0,3}?)\s+(?:(?:now|still|also)\s+)?"
                             r"(?:enjoys|enjoyed|has|had|holds|held|takes|took|commands|commanded|claims|claimed)\s+(?:a|an)\s+"
                             r"(?:(?:around|about|nearly|almost|some|over|more\s+than|just\s+over|just\s+under)\s+)?$")


def _possessive(name: str) -> str:
    return "'" if name.endswith("s") else "'s"


_HOLDS_SHARE_TOO = compiled(r"^\W*(?P<x>(?!(?:The|This|That|It|They|We|He|She|But|And|There)\b)[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and)){0,3}?)"
                                 r"\s+(?:is|was|remains|remained)\s[^.;:()]{2,80}?\s+and\s+(?:(?:now|still|also)\s+)?"
                                 r"(?:enjoys|enjoyed|has|had|holds|held|takes|took|commands|commanded|claims|claimed)\s+(?:a|an)\s+"
                                 r"(?:(?:around|about|nearly|almost|some|over|more\s+than|just\s+over|just\s+under)\s+)?$")


#: a thing done for a length of time that the figure counts: "Raw sewage, including wipes, was pumped into rivers for"
_DONE_FOR_UNITS = compiled(
    r"^\W*(?:(?:But|And|Meanwhile),?\s+)?(?:(?i:the)\s+)?(?P<x>(?!(?i:it|this|that|they|there|he|she|we)\b)[A-Za-z][\w'’-]*"
    r"(?:\s+[a-z][\w'’-]*){0,3}?)(?:\s*,[^,.;:()]{2,80},|\s*,\s*(?:including|such\s+as|like|mainly|mostly)\s[^.;:()]{2,100}?,)?"
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?P<p>[a-z]+(?:ed|en|wn|lt|pt)(?:\s+(?:into|in|on|onto|from|to|at)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)?)\s+for\s+"
    r"(?:(?:more\s+than|over|almost|nearly|around|about|some|just\s+under|just\s+over|a\s+total\s+of)\s+)?$")


#: the doings that are to save money, as the sentence's subject: "Closing two depots and cutting energy use are
#: expected to save"
_DOING_SAVES = compiled(
    r"^\W*(?:(?:But|And|Also|Meanwhile),?\s+)?(?P<x>(?!(?i:it|this|that|they|we|these|those|he|she|the\s+council|councils?)\b)"
    r"[A-Za-z][\w'’-]*(?:\s+(?:and\s+|or\s+)?[a-z][\w'’-]*){1,9}?)\s+(?:(?:is|are|was|were|will|would|could|should|may|might)\s+)"
    r"(?:(?:also|now|still|together)\s+)?(?:(?:estimated|expected|set|likely|forecast|projected|predicted|due)\s+)?(?:to\s+)?"
    r"(?:be\s+)?(?:save|saving)\s+(?:(?:around|about|nearly|almost|some|more\s+than|over|up\s+to|an\s+estimated|a\s+further|"
    r"another)\s+)?[£$€]?$")


#: money taken in: "collected more than [£750,000] from fly-tipping fines", "raising a total of [£3,600]"
_TAKEN_BEFORE = compiled(rf"\b(?P<v>collected|collecting|collects|raised|raising|raises|generated|generating|generates|"
                              rf"brought\s+in|bringing\s+in|recovered|recovering|received|receiving)\s+(?:(?:a\s+total\s+of|an?\s+extra|a\s+further|"
                              rf"another)\s+)?{_MONEY_QUAL}[£$€]?$")
_TAKEN_FROM = compiled(r"\s+(?:from|through|in|via)\s+(?:(?:the|their|its|thousands\s+of|hundreds\s+of|more\s+than\s+[\d,]+|"
                            r"over\s+[\d,]+|[\d,]+)\s+)?(?=[a-z])")
#: each verb's stem and the participle the measure says
_TAKEN_VERBS = (("collect", "collected"), ("rais", "raised"), ("generat", "generated"), ("br", "brought in"),
                ("recover", "recovered"), ("receiv", "received"))


def _money_taken(text: str, s: Statistic, s_start: int) -> str | None:
    """Money collected, raised or received, and what from: "collected [£773,000] from fines" →
    money collected from fines; "raising a total of [£3,600]" → money raised."""
    window = text[max(s_start, s.num_start - 40):s.num_start]
    if s.direction is not None or not ("ed " in window or "ing " in window or "es " in window or "in " in window):
        return None
    tm = _TAKEN_BEFORE.search(window)
    if tm is None:
        return None
    verb = next(done for stem, done in _TAKEN_VERBS if tm.group("v").startswith(stem))
    if (fm := _TAKEN_FROM.match(text, s.end, s.end + 60)) and (what := _phrase_at(text, fm.end(), "count")) \
            and not rx(r"\d").search(what) and not _TIME_PHRASE.match(what):
        return f"money {verb} {fm.group(0).split()[0]} {what}"
    if verb == "received" and _MONEY_ON.match(text[s.end:s.end + 40]):
        return None  # "received £491,055 in an annual grant": what was received is said after
    return f"money {verb}"


def _money_verb(text: str, s: Statistic, s_start: int) -> str | None:
    """Money a subject costs, is worth or spends when the figure has no noun of its own:
    "cost of clearing up the rubbish", "value of tourism's contribution", "spending by visitors"."""
    clause = _MONEY_CLAUSE.sub("", text[max(s_start, s.num_start - 160):s.num_start], count=1)
    if not ("cost" in clause or "worth" in clause or "spen" in clause or "contribut" in clause or "pay" in clause):
        return None  # (a cheap test before the regex: it needs one of its verbs)
    vm = _MONEY_VERB.search(_LEAD_TIME.sub("", clause))
    if not vm:
        return None
    x = vm.group("x").strip()
    # ("those in band D homes would pay": those, kept before a preposition)
    x = x if rx(r"^(?:those|people)\s+(?:in|on|at|with|living)\s", regex.I).match(x) else \
        _LEAD_JUNK.sub("", rx(r"^(?:these|those|the|its|their)\s+", regex.I).sub("", x)).strip()
    if not x or _NOT_MONEY_SUBJECT.match(x):
        return None
    x = _first_word_lower(x)  # a sentence's first word
    v = vm.group("v")
    if v.startswith("cost"):
        return f"cost of {x}"
    if v.startswith(("over", "under")):
        # "The children's services directorate overspent by [£7.8m]": its overspend
        return f"{'over' if v.startswith('over') else 'under'}spend of {x}"
    if v == "worth":
        # "Officers seized drugs worth £250,000": what is worth it, not who seized it
        thing = _LEAD_ARTICLE.sub("", _WORTH_OBJECT.sub("", x)) or x
        return f"value of {thing}"
    if v.startswith("pay"):
        x = _PAYER_LEAD.sub("", x)
        x = rx(r"\s+(?:will|would|must|could|may|might|can|should|have|has|had|also|now|then)(?:\s+(?:be|have|has|to|still|also))*$").sub("", x).strip()
        if _SPENDERS.search(x) or not _PAYERS.search(x) or rx(r"^\s+(?:in|on|for|towards)\s+[a-z]").match(text[s.end:s.end + 20]) \
                or not x or x.split()[0].lower() in ("it", "this", "that", "which", "who"):
            return None
        return f"amount paid by {x}"  # "the average Band D household in London will pay [£1,405]"
    if v.startswith("contribut"):
        to = _MONEY_TO.match(text[s.end:s.end + 60])
        return f"contribution of {x}{' to ' + to.group('y') if to else ''}"  # "tourism contributes £4bn to the economy"
    if v in ("spent", "spend") and _SPENDERS.search(x) and (not _MONEY_ON.match(text[s.end:s.end + 40])
                                                          or _MONEY_IN_PLACE.match(text[s.end:s.end + 40])):
        return f"spending by {x}"  # "These visitors spent £337m": people spending, not an authority's budget line
    if v != "spending" or _MONEY_ON.match(text[s.end:s.end + 40]):
        return None  # "The authority spent £2m in the year to March": no more said than the verb
    return f"spending by {x}"  # "with these visitors spending £410 million during their stay"


#: "The number of fines nearly tripled from just [621] in 2021 to [1,798]": the two ends of a change
_FROM_TO_TAIL = (r"\s+(?:just\s+|around\s+|about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|under\s+|"
                 r"less\s+than\s+)?(?:£|\$|€)?$")
_FROM_TO = compiled(
    rf"(?P<x>[A-Za-z][^,.;:()–—\[\]]{{1,90}}?)\s+(?:has\s+|have\s+|had\s+|also\s+|now\s+|been\s+|nearly\s+|almost\s+)*"
    rf"(?:{_CHANGE_VERBS}|tripled|halved|quadrupled)\b(?:(?:[^.;:()–—]|\.(?=\d)){{0,40}}?\s+from\s+[^.;:()–—]{{0,50}}?\s+to"
    rf"|(?:\s+(?:by\s+)?(?:[^.;:()]|\.(?=\d)){{0,30}}?)?\s*(?:[-–—]\s*)?from){_FROM_TO_TAIL}", regex.I)
_NEEDED_END[id(_FROM_TO)] = compiled(rf"(?r)(?:to|from){_FROM_TO_TAIL}", regex.I)
#: a participle restating the change before "from": "had increased, rising from [443,000] ... to 572,000"
_PARTICIPLE_FROM = compiled(r",\s+(?:rising|falling|increasing|decreasing|growing|climbing|dropping|jumping|soaring|sinking)(?=\s+from\s)")
_COMMA_FROM = compiled(r"(?<=\d%|\bper\s*cent|\bpercent),(?=\s+from\s)")  # "rose by 11.3%, from A to B"
_ENDS_FROM_TO = compiled(r"\b(?:from|to)\s+(?:[a-z]+\s+|(?:more|less|fewer)\s+than\s+)?(?:£|\$|€)?$")
#: a money noun and the words that qualify it before "of [£N]": "budget shortfall of", "forecast overspend of"
_FINANCE_OF = compiled(
    r"(?P<x>(?:[A-Za-z][\w'’&-]*\s+){0,5}?(?i:overspend|underspend|shortfall|deficit|surplus|pressures?|funding\s+gap|budget\s+gap|"
    r"savings|debts?|reserves?|precept|requirement|overspending|underspending))(?:\s+on\s+the\s+[A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,3}"
    r"|\s+between\s+[a-z][a-z -]{2,30}\s+and\s+[a-z][a-z -]{2,30}?)?"
    r"(?:\s+(?:during|in|for|over)\s+(?:this|the|last|next|the\s+current)\s+(?:financial\s+)?year)?"
    r"\s+of\s+(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under|up\s+to|at\s+least)\s+)?[£$€]$")
_FINANCE_STEMS = ("overspend", "underspend", "shortfall", "deficit", "surplus", "pressure", "gap", "saving", "debt",
                  "reserve", "precept", "requirement")


def _finance_word(window: str) -> bool:
    """A cheap test before ``_FINANCE_OF``: one of its money nouns is in the window."""
    low = window.lower()
    return any(w in low for w in _FINANCE_STEMS)


#: what leads into a money noun phrase and is no part of it ("Note the current", "will have", "a")
_FINANCE_LEAD = compiled(r"^(?:.*\b(?:the|a|an|its|their|our|this|that|have|has|had|with|is|was|are|were|note|noted|and|or|but|"
                              r"faces?|facing|reported|planning|planned|plans?|expects?|expecting|expected|(?-i:delivered|made|achieved|found|identified|fund|funds|bridge|cover|meet|"
                              r"close|plug|make|makes|making|find|finding|need|needs|needed|must|will|would|could))\s+)?", regex.I)
#: "an electorate of [13,091]", "an average turnout of [30] per cent", "a target of [547]"
_NOUN_OF = compiled(
    r"(?:\b(?i:an?|the|its|their|our|this|that)\s+|(?P<poss>\b(?:(?:last|this|next)\s+year|[a-z]+)['’]s\s+)"
    # (or a bare plural after a preposition: "offset through savings and efficiencies of", "with mitigations of")
    r"|\b(?i:through|with|from|by|via|on|including|includes|and)\s+(?=(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*[a-rt-z]s\s+of\s))"
    r"(?!(?:an?|the|this|that)\s)(?P<x>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
    r"(?:\s+(?:for|in)\s+[^,;:()]{2,40}?)?(?:\s*\([^()]{2,40}\))?\s+of\s+"
    r"(?:(?:just|around|about|almost|nearly|under|over|more\s+than|less\s+than|some|only)\s+)?(?:£|\$|€)?$")
#: a thing named in four words, none of them a function word or a verb's participle: "an adult social care
#: precept of [2]%" (tried after _NOUN_OF, whose phrase has at most three: "The ward has an electorate of")
_NOUN_OF_4 = compiled(
    r"\b(?i:an?|the|its|their|our|this|that)\s+(?P<poss>(?!))?(?P<x>(?:(?!(?:an?|the|this|that|its|their|our|has|have|had|is|are|"
    r"was|were|be|been|will|would|of|to|for|in|on|at|by|with|and|or|but)\s)(?![a-z][\w-]*(?:ed|ing)\s)[a-z][\w-]*\s+){3}"
    r"[a-z][\w-]*)\s+of\s+(?:(?:just|around|about|almost|nearly|under|over|more\s+than|less\s+than|some|only)\s+)?(?:£|\$|€)?$")
_LEADING_NAME = compiled(r"((?:[A-Z][\w'’-]*)(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})\s+(?=[a-z])")
#: "This compares to a rate of", "compared with a figure of": the same measure, elsewhere or earlier
_COMPARES_TO = compiled(r"\b(?:compares|compared|comparing)\s+(?:to|with|against)\s+(?:a|an|the)\s+"
                             r"(?:rate|figure|level|average|proportion|share)\s+of\s+(?:(?:just|around|about|almost|nearly)\s+)?$")
#: a kind of money with no article, at most one word saying which, then "of" and the sum: "generate additional
#: funding of [£4.6m]", "brought in income of", "identified savings of"
_MONEY_KIND_OF = compiled(
    r"\b(?P<x>(?:(?:additional|extra|new|further|total|annual|capital|external|government|grant|rental|council\s+tax)\s+)?"
    r"(?:funding|income|investment|spending|savings|revenue|borrowing|grants?|receipts))\s+of\s+"
    r"(?:(?:just|around|about|almost|nearly|approximately|roughly|under|over|more\s+than|less\s+than|some|up\s+to)\s+)?(?:£|\$|€)?$",
    regex.I)
#: a money word with a word that says which: "a street value of", "a resale value of"
_QUALIFIED_VALUE = compiled(r"^(?!(?:total|overall|combined|same|whole|full|estimated|average|maximum|minimum)\s)[a-z][\w-]*\s+(?:value|cost|price)$")
_NOT_NOUN_OF = compiled(r"(?:^|\s)(?:increase|rise|fall|drop|decrease|reduction|growth|jump|decline|total|number|"
                             r"figure|rate|levels?|maximum|minimum|average|change|cut|amount|sum|value|population|one|some|"
                             r"point|peak|high|low|record|mark|year|month|week|quarter|period)$")
#: "the child poverty rate in Tameside at [29]%", "the waiting list stood at [12,188]"
#: a word that is no part of the thing before "at" (a verb of the level, or of being)
_NOT_AT_WORD = rf"(?!(?:the|stands|stood|standing|{_HELD_VERB}|now|is|are|was|were|has|have|had|been|unchanged)\b)"
_AT_COMPLEMENT = compiled(
    rf"\b(?i:the)\s+(?P<x>(?:{_NOT_AT_WORD}[a-z][\w-]*\s+){{0,3}}"
    rf"{_NOT_AT_WORD}[a-z][\w-]*)(?:\s+(?:in|for|at|across)\s+(?:[A-Z][\w&' -]{{1,40}}?"
    r"|the\s+(?:region|county|area|borough|city|town|district|country|force\s+area|[A-Z][\w&' -]{1,40}?)))?\s+"
    rf"(?:(?:now\s+)?(?:stands|stood|standing|{_HELD_VERB})(?:\s+{_HELD_STATE})?\s+)?at\s+(?:(?:just|around|about|almost|nearly)\s+)?(?:£|\$|€)?$")
#: a superlative's thing, then the figure after "at" or "with": "had the highest proportion of adults living
#: with obesity in the year to March 2024, at [38.8]%", "the lowest rate of burglary, with [4.1]"
_SUPERLATIVE_AT = compiled(
    r"(?:\b(?:highest|lowest|largest|smallest|biggest|greatest|worst|best)\s+(?=(?:proportion|share|percentage|rate|number|level|"
    r"total|count|amount)\s+of\s)|\b(?:lion['’]s\s+share|bulk|majority)\s+of\s+(?:the\s+)?|\bhad\s+the\s+(?:most|fewest)\s+"
    r"|\b(?:saw|sees|recorded|records|has|have)\s+the\s+(?:most|fewest|(?:highest|lowest|largest|smallest|biggest)\s+number\s+of)\s+)"
    r"(?P<x>[a-z](?:(?!\s(?:was|were|is|are|had|has)\b)[^,;:()–—]){2,80}?)"
    r"(?:\s+(?:was|were|is|are))?(?:\s+(?:in|for|across)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})?"
    r"(?:\s+(?:in|during|for|over)\s+(?:the\s+)?(?:(?:year|12\s+months|"
    r"financial\s+year|quarter)\b[^,;:()]{0,30}|(?:19|20)\d\d\S*)|\s+since\s+[^,;:()]{2,30}?)?(?:\s*,?\s+(?:at|with)\s+|\s*\(\s*)"
    r"(?:(?:just|around|about|almost|nearly|some|over|under)\s+)?(?:£|\$|€)?$")
#: "the open caseload was [78,329]", "the waiting list reached [12,188]": the subject of a copula
#: or of a verb of reaching, when the figure has no noun of its own
_COPULA_COMPLEMENT = compiled(
    r"(?<!\b(?:of|for|in|on|to|with|from|by|at)\s)\b(?:the|its|their|this|that)\s+(?P<x>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s+"
    rf"(?:(?:{_BE_FORMS}|reached|totalled|totaled|hit|rose\s+to|fell\s+to|"
    r"grew\s+to|dropped\s+to|climbed\s+to|increased\s+to|decreased\s+to)\s+)"
    r"(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under|a\s+record)\s+)?(?:£|\$|€)?$")
_NOT_COPULA_HEAD = compiled(
    r"(?:^|\s)(?:figure|figures|number|total|tally|level|levels|rate|result|increase|rise|fall|drop|change|"
    r"it|this|that|there|year|month|week|day|time|case|reason|answer|aim|target|goal|average)$")
#: a figure with no noun that continues a list ("137 by the central division, 101 in the west"),
#: a subject's possession ("Northumbria had 1652") or a back-reference ("the figure was 802")
_CONTINUES = compiled(
    r"(?:(?:\bhad|\bhas|\bwith|\bremaining|[,;–—-]|\band|\bwhile|^)\s*|\b(?:the\s+|that\s+|this\s+|last\s+year's\s+)?"
    r"(?:figure|number|total|tally)\s+(?:was|is|stood\s+at|stands\s+at|were)\s+)"
    r"(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under)\s+)?$", regex.I)
_OR_APPOSITION = compiled(r"(?:[,(–—]|\s-)\s*or\s+(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under|roughly)\s+)?$")
_FIGURE_FOR = compiled(
    r"\b(?i:the|that|this)\s+(?:(?:equivalent|comparable|corresponding|latest|same)\s+)?(?:figure|number|total|tally)\s+"
    r"(?:for|in|across|at)\s+(?P<x>[^,;:.]{1,50}?)\s+(?:was|is|were|stood\s+at|stands\s+at|came\s+to|reached)\s+"
    r"(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under|only)\s+)?(?:£|\$|€)?$")
#: words a head cannot end on once its participle is cut off ("patients on its [waiting list]")
_DANGLING = compiled(r"\s+(?:on|in|at|of|for|with|from|under|by|its|their|his|her|our|the|a|an)(?:\s+(?:its|their|the|a|an))?$")
_WITH_A_SPEND = compiled(r"\bwith\s+(?:an?\s+)?(?:total\s+|combined\s+|estimated\s+)?(?:spend|spending|cost|value|income|turnover|revenue)"
                           r"\s+of\s+(?:(?:just|around|about|almost|nearly|some|more\s+than|over)\s+)?(?:£|\$|€)?$")
#: the end of a "from [A] ... to [B]" pair, read from the end of A
_BARE_FROM = compiled(r"(?:,\s*|\b(?:up|down|rising|falling)\s+|\s[-–—]\s*)from\s+(?:(?:just|around|about|some|nearly|almost|more\s+than|over|under)\s+)?[£$€]?$")
_FROM_PREVIOUS_TO = compiled(r"^(?:[^.;:\d]|(?<![\d,.])(?:19|20)\d\d(?:[-/]\d\d)?(?![\d,.])){0,40}?\bto\s+"
                                   rf"{_TO_QUALS}(?:£|\$|€)?$")
#: "a big rise in knife crime, from [97]", "rises in business robbery, up from [seven]": the noun of the change
_CHANGE_IN_FROM = compiled(
    r"\b(?:rises?|increases?|falls?|drops?|decreases?|reductions?|jumps?|surges?|growth|declines?)\s+in\s+(?:the\s+)?"
    r"(?:(?:number|total|count|level)\s+of\s+)?(?P<x>[a-z][\w'’-]*(?:\s+(?!(?:in|across|at|from|up|down)\b)[a-z][\w'’-]*){0,4})"
    r"(?:\s+(?:in|across|at)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})?\s*,?\s*(?:(?:up|down|rising|falling)\s+)?from\s+"
    r"(?:(?:just|around|about|some|nearly|almost|more\s+than|over|under|less\s+than)\s+)?(?:£|\$|€)?$")
#: a list item that names only its place: "..., and Surrey [24 per cent]", "..., while Essex [310]"
_ELIDED_PLACE = compiled(r"(?:,|\band|\bwhile|\bwhilst)\s+(?:(?:in|across|for|at)\s+)?(?:the\s+)?(?:[A-Z][\w'’&-]*\s+(?:and\s+|of\s+|upon\s+)?){1,3}"
                           r"(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under)\s+)?[£$€]?$")
_CONTINUE_TAIL = compiled(r"^\s*(?:by|in|at|for|across|among|from|nationally\b|respectively\b|[,;.)–—-]|(?:and|while|whilst|but|compared)\b|$)")


#: a second copula whose subject is left out: "..., and in June 2005 was [9,817]"
_ELIDED = compiled(r"\b(?:and|while|whilst|but)\s+(?:(?:in|by|at|on)\s+[^,.;:()]{2,30}?\s+)?(?:was|were|is|are|stood\s+at|"
                        r"had\s+been|has\s+been)\s+(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under|only)\s+)?"
                        r"(?:£|\$|€)?$")
_THERE_WERE = compiled(r"\b(?i:there)\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+"
                           r"(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under|only)\s+)?$")
#: a place and nothing more after a figure: " in the north-east.", " across Wales,"
_PLACE_ONLY = compiled(r"^\s+(?:in|across|within)\s+(?:the\s+)?(?:[A-Z][\w'’&-]*|(?i:north|south|east|west)[\w-]*)"
                            r"(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’&-]*)*\s*(?:[,;.)–—]|$)")
_PAREN_CLOSE = compiled(r"^\s*(?:%|per\s*cent|percent|pc)?\s*\)")
_PAREN_THING = compiled(r"(?P<x>[^,;:()\n\d]{2,80}?)\s*\(\s*$")
_PAREN_CUT = compiled(r"^.*\b(?:was|were|is|are|by|than|with|including|followed\s+by|as|of\s+(?:these|those|them))\s+", regex.S)
_LEAD_PREP = compiled(r"^(?:(?:and|or|on|in|at|from|for|to|into|across|within|among|the|a|an|its|their)\s+)+")


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
    if _SUPERLATIVE_IN.match(x):
        # "The employment rate in the UK, for the 3 months ending May, was highest in the South West ([77.4%]) and
        # lowest in Northern Ireland (67.9%)": what the sentence ranks, its subject
        sm = _RANKED_SUBJECT.match(text, s_start, s.num_start)
        return _first_word_lower(sm.group("np")) if sm else None
    x = _LEAD_PREP.sub("", rx(r"^(?:[a-z]+ed|found|seen|made|held|kept|left|spent)\s+(?=(?:on|in|at|by|from|into)\s)").sub("", x))
    if not x or not x[0].islower() or len(x.split()) > 8 or rx(r"^\w+(?:est|er)$").match(x):
        return None  # "the highest (38.8%) and lowest (11.0%)": no thing named
    return f"share of {x}"


#: between a count and a share set beside it: its noun, then a comma or a dash ("140 people[, ]68 per cent,",
#: "2,300 pupils[ – or ]14 per cent –")
_APPOSED_OPEN = compiled(r"^(?:\s+[a-z][\w'’-]*){0,3}\s*(?:,|\s[-–—])\s*(?:or\s+)?(?:(?:about|around|nearly|almost|some|over|"
                         r"just\s+(?:over|under))\s+)?$")
_APPOSED_CLOSE = compiled(r"\s*(?:,|[-–—]\s|\))")


def _apposed_share(text: str, s: Statistic, s_start: int, previous: Statistic | None) -> str | None:
    """A percentage set beside the count it turns into a share, between commas or dashes: "Police charged 140
    people, [68] per cent, with drink-driving offences" → share of people charged (as "(68 per cent)" is, by
    :func:`_paren_share`). Not a share with its own "of ..." (the caller has found none after it), nor one
    after a count of another sentence or a clause of its own ("140 people, while 68 per cent ...")."""
    if previous is None or not previous.measure or previous.kind not in ("count", "quantity") \
            or not s_start <= previous.num_end < s.num_start:
        return None
    if not _APPOSED_OPEN.match(text[previous.end:s.num_start]) or not _APPOSED_CLOSE.match(text, s.end, s.end + 4):
        return None
    return f"share of {previous.measure}"


#: a sentence that places the largest change: "The largest increase in workforce jobs, for March 2015, was in the
#: West Midlands, at [40,000]", "The largest change in the inactivity rate ... was in the North East, which has
#: increased by [2.8] percentage points", "The largest decrease was in the South East, at [32,000]"
_RANKED_CHANGE = compiled(
    # (after a time or frame the sentence opens on: "Between March and June 2016, the largest increase ...")
    r"\W*(?:(?:Between|For|In|During|Over|From|Since|Across)\b[^,;:()]{1,60},\s*)?"
    r"(?i:the\s+)?(?:largest|biggest|greatest)\s+(?:(?:percentage|annual|monthly|yearly|year-on-year)\s+)?"
    r"(?P<v>change|increase|rise|decrease|fall|drop|growth|decline|reduction)s?"
    r"(?:\s+in\s+(?:the\s+)?(?P<x>[a-z][^,;:()\d]{1,60}?))?(?:\s*,[^,;:()]{0,60}?){0,3}?\s*,?\s+(?:was|were|is|came)\s+"
    r"(?:in|at|for|(?:recorded|seen|reported)\s+(?:by|in|at))\s+"
    r"[^,;:()\d]{2,50}?(?:,\s*(?:at|with)\s+|\s+at\s+|,?\s+(?:which|where)\s+(?:has\s+|have\s+)?(?:\w+\s+){0,2}?by\s+|"
    r"\s*\(\s*(?:(?:up|down)\s+(?:by\s+)?)?)"
    r"(?:(?:just|around|about|almost|nearly|some|over)\s+)?[£$€]?$")
#: from one bracketed change of a list to the next: "... on 2022), followed by South Wales (up ", "), the Met (up "
#: (a place's name alone between them: not "..., while Kent Police saw a rise in arrests (up 5%)", a change of its own)
_NEXT_IN_BRACKETED_LIST = compiled(r"[^()\n]{0,20}\)\s*,?\s*(?:(?:followed\s+by|then|and|while)\s+)?(?:the\s+)?"
                                        r"[A-Z][\w&'’.-]*(?:\s+(?:and\s+|of\s+|&\s+)?[A-Z][\w&'’.-]*)*\s*"
                                        r"\(\s*(?:up|down)\s+(?:by\s+)?(?:(?:just|around|about|almost|nearly|some|over)\s+)?")
_KEPT_AT = compiled(
    r"\b(?:retain(?:s|ed|ing)?|keep(?:s|ing)?|kept|hold(?:s|ing)?|held|freez(?:e|es|ing)|froze|frozen|cap(?:s|ped|ping)?|"
    r"maintain(?:s|ed|ing)?|fix(?:es|ed|ing)?|set(?:s|ting)?)\s+(?!" + _HELD_STATE + r"\s+at\b)(?P<x>(?:the|its|their|our)\s+[A-Za-z][^,;:()\d]{2,60}?|[a-z][^,;:()\d]{2,60}?)"
    r"\s+at\s+(?:(?:just|around|about|almost|nearly|some|over|under)\s+)?[£$€]?$"
    r"|(?<=\b(?:generate|generating|generated|raise|raising|raised|make|making|made|find|finding|found|deliver|delivering|"
    r"delivered)\s+)(?P<x>[a-z][^,;:()\d]{2,50}?)\s+(?:totalling|totaling|amounting\s+to)\s+"
    r"(?:(?:just|around|about|almost|nearly|some|over|under)\s+)?[£$€]?$")
#: an article or a possessive opening a phrase: "[the ]Council Tax Support Scheme", "[its ]budget"
_LEAD_DETERMINER = compiled(r"^(?:the|its|their|our|an?)\s+", regex.I)
_ING_FIRST = compiled(r"[a-z]{3,}ing\s")
#: the noun a measure counts, before what is said of it: "forces [to record an increase]", "councils [raised fees]"
_NOUN_HEAD = compiled(r"(?P<n>(?:(?!(?:to|that|who|which|with|in|on|at|for|of|from|by|and|or)\b)[\w'’-]+\s+){0,2}?"
                           r"(?!(?:to|that|who|which|with|in|on|at|for|of|from|by|and|or)\b)[\w'’-]+?)"
                           r"(?=\s+(?:to|that|who|which|with|in|on|at|for|of|from|by|[a-z]+ed|[a-z]+ing)\b|$)")
#: between two figures of a list of things each doing something ("40 [involving cars and ]12", "52 [crashes
#: involving cars and ]12"): the first's participle phrase (after its noun), then a comma or "and"
_WITH_LIST_NEXT = compiled(r"\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z]{3,}ing\b[^,;:.()\d]{0,60}?(?:\s*,\s*(?:and\s+)?|\s+and\s+)")
_AND_NEXT = compiled(r"\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|the\s+rest|others?)\b|\s+(?:and|while|but)\s")
_AMONG_TAIL = compiled(r"\s+(?:among|amongst|across|of\s+all)\s+.*$")
#: a place ranked by a level: "the highest employment rate in the UK was in the South East ([78.0]%)", "and the
#: lowest was in Northern Ireland ([70.1]%)", "Hartlepool had the highest unemployment rate, at [7.2]%" (not "had the
#: lowest turnout, with [1,658] votes cast": a count of its own noun)
_RANKED_LEVEL = compiled(
    r"(?:^\W*|,\s*|\b(?:and|while|whilst|but)\s+)(?:(?:Between|For|In|During|Over|Across)\b[^,;:()]{1,60},\s*)?(?i:the\s+)?"
    r"(?P<sup>(?i:highest|lowest|largest|smallest|biggest|greatest))\s+(?:(?P<x>[A-Za-z][^,;:()\d]{1,60}?)\s+)?"
    r"(?:(?:was|were|is|came)\s+(?:in|at|for|from)\s+[^,;:()\d]{2,50}?|(?:was|were|is)\s+(?:recorded|seen|found)\s+in\s+[^,;:()\d]{2,50}?)"
    r"(?:,?\s+at\s+|\s*\(\s*)(?:(?:just|around|about|almost|nearly|some|over)\s+)?[£$€]?$"
    r"|\b(?:had|has|recorded|saw|posted|reported)\s+the\s+(?P<sup2>highest|lowest|largest|smallest|biggest|greatest)\s+"
    r"(?P<x2>[a-z][^,;:()\d]{1,60}?)(?:,?\s+at\s+|\s+of\s+|\s*\(\s*)(?:(?:just|around|about|almost|nearly|some|over)\s+)?"
    r"[£$€]?$")
_RANK_WORDS = ("highest ", "lowest ", "largest ", "smallest ", "biggest ", "greatest ")
_NUMBER_OF_LEAD = compiled(r"^(?:(?:total|overall)\s+)?(?:number|total|count)\s+of\s+")


def _may_rank(window: str) -> bool:
    return any(w in window for w in _RANK_WORDS)


def _ranked_level(text: str, s: Statistic, s_start: int, previous: Statistic | None, sentence_bounds) -> str | None:
    """The level a sentence ranks a place by (:data:`_RANKED_LEVEL`): "employment rate" (the ranking itself is
    no part of what is measured); with no noun ("and the lowest was in Northern Ireland"), what the figure before
    in the sentence or the one before measured, when of the same kind."""
    rm = _RANKED_LEVEL.search(text, max(s_start, s.num_start - 160), s.num_start)
    if rm is None:
        return None
    x = rm.group("x") or rm.group("x2")
    if x is not None:
        # ("the highest number of dog attacks, at 1,320": dog attacks)
        x = _NUMBER_OF_LEAD.sub("", _PLACE_TAIL.sub("", x.strip()).strip())
        return None if not x or _CHANGE_WORD.match(x) else x  # (a change ranked: _ranked_change's)
    if previous is not None and previous.measure and previous.kind == s.kind \
            and previous.num_end >= sentence_bounds(text, max(0, s_start - 2))[0]:
        return previous.measure
    return None


def _ranked_change(text: str, s: Statistic, s_start: int, previous: Statistic | None, sentence_bounds) -> str | None:
    """What changed most in a sentence that places the largest change (:data:`_RANKED_CHANGE`): "increase in
    workforce jobs"; with no "in X", the change the sentence before named ("The largest decrease was in the
    South East, at [32,000]" after "the largest increase in workforce jobs")."""
    if not ("largest " in (before := text[s_start:s.num_start]) or "biggest " in before or "greatest " in before):
        return None
    rm = _RANKED_CHANGE.fullmatch(text, s_start, s.num_start)
    if rm is None:
        return None
    v = rm.group("v").lower()
    # ("offences among full-size forces": offences)
    x = _AMONG_TAIL.sub("", _PLACE_TAIL.sub("", rm.group("x").strip())).strip() or None if rm.group("x") else None
    if x is None and previous is not None and previous.measure and (pm := _CHANGE_PREFIX.match(previous.measure)) \
            and previous.num_end >= sentence_bounds(text, max(0, s_start - 2))[0]:
        x = previous.measure[pm.end():]
    if x is None:
        return None
    return x if v == "change" and s.direction is not None else f"{v} in {x}"  # (the way, when said, by what_changed)


#: a superlative said of a place: "highest in the South West", "lowest among the regions"
_SUPERLATIVE_IN = compiled(r"^(?:(?:and|while|whilst|but|with)\s+)?(?:(?:was|were|is|are)\s+)?(?:the\s+)?(?:highest|lowest|largest|smallest|biggest|greatest|worst|best|most|least)\s+(?:in|at|for|among)\b")
#: the subject a sentence ranks places by: "The employment rate in the United Kingdom, for the 3 months ending
#: May 2015, was highest in ..."
_RANKED_SUBJECT = compiled(
    r"\W*(?:(?i:the)\s+)?(?P<np>[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4}?)(?:\s+(?:in|for|across)\s+(?:the\s+)?[A-Z][^,;:()]{0,40}?)?"
    r"(?:,[^,;:()]{0,60},)?\s+(?:was|were|is|are|remained|remains)\s+(?:the\s+)?(?:highest|lowest|largest|smallest|biggest|greatest|worst|best)\b")
_TIMES_AFTER = compiled(r"^\s+times\b")
_TIMES_BEFORE = compiled(
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
    x = _first_word_lower(x)  # a sentence's first word: "Offenders were ..."
    return f"times {x}{tail}"


#: "[six] times higher than the same period in 1987": a multiple of what came before
_TIMES_THAN = compiled(r"(?:\s+times)?\s+(?:higher|greater|more(?!\s+likely)|larger|bigger|lower|smaller|as\s+(?:high|many|much)\s+as|"
                       r"the\s+(?:level|number|rate)\s+(?:of|in|seen\s+in))\s+(?:than\s+)?(?P<b>[^,.;:()\n–—]{3,70}?)"
                       r"(?=\s*[,.;:()\n–—]|\s+(?:and|while|but|compared|according)\b|$)")
#: ... and the subject it multiplies, up to its verb: "bus and coach fares in the first three months of 2024 were"
_MULTIPLIED = compiled(r"(?:^|[,;:]\s+|\b(?:that|and|while|but)\s+)(?P<x>(?:the\s+)?[a-z][\w'’-]*(?:\s+(?!(?:were|was|is|are|has|have|had)\b)"
                       r"[\w'’&-]+){0,12}?)\s+(?:(?:were|was|is|are|has\s+been|have\s+been|had\s+been)\s+)(?:now\s+)?"
                       r"(?:(?:about|around|nearly|almost|more\s+than|at\s+least|over|roughly|some)\s+)?$", regex.I)


#: the time at the end of a subject: "fares[ in the first three months of 2024]", "crime[ last year]"
_TIMES_SUBJECT_TIME = compiled(r"\s+(?:in|during|for|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?(?:(?:19|20)\d\d(?:[/-]\d{2,4})?|year|month|"
                         r"quarter)$|\s+(?:last|this)\s+(?:year|month|quarter)$")


def _times_than(text: str, s: Statistic, s_start: int) -> str | None:
    """A multiple: "bus and coach fares in the first three months of 2024 were [six] times higher than the
    same period in 1987" → bus and coach fares relative to the same period in 1987 (the subject, its time
    dropped, relative to what it is a multiple of); None without a subject of its own (a pointer: "This
    makes the current figure nine times higher" is left to the rules for the figure before)."""
    bm = _TIMES_THAN.match(text, s.end, s.end + 120)
    if bm is None or (xm := _MULTIPLIED.search(text, max(s_start, s.num_start - 160), s.num_start)) is None:
        return None
    x = xm.group("x")
    x = x[rm.end():] if (rm := _REPORTED_LEAD.match(x)) else x  # "[Figures show ]bus fares were"
    x = _LEAD_TIME.sub("", _TIMES_SUBJECT_TIME.sub("", x)).strip()
    x = rx(r"^(?i:the)\s+").sub("", x)
    if not x or _DEICTIC.match(x) or x.lower() in ("it", "this", "that", "they"):
        return None
    base = rx(r"^(?:in|on|at|for|during)\s+(?=\S)").sub("", bm.group("b").strip())  # "than in 2001": relative to 2001
    return f"{_first_word_lower(_PLACE_TAIL.sub('', x).strip() or x)} relative to {base}"


#: "bring its overspend down to [£6.2m]": the thing brought down or up
_BRING_TO = compiled(r"\b(?i:its|their|the|our|his|her)\s+(?P<x>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:down|up|back)\s+to\s+"
                          r"(?:(?:just|around|about|almost|nearly|some|under|below|less\s+than|fewer\s+than)\s+)?[£$€]?$")
#: "Record numbers of families were placed in temporary accommodation – [23,640]": the figure after a
#: dash or colon is the number the clause before it names
_DASH_NUMBER_OF = compiled(
    r"\b(?i:(?:a\s+)?record\s+|the\s+)?(?i:numbers?|total)\s+of\s+(?P<x>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4}?)\s+"
    r"(?:(?:has|have|had)\s+(?:now\s+)?been\s+|(?:were|was|are|is)\s+(?:now\s+|also\s+)?)(?P<rest>[^.;:()–—]{2,120}?)\s*(?:[–—:]|\s-)\s*"
    r"(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under)\s+)?$")


#: a sentence that opens by pointing back to the one before it: "This was up from", "That is down on", "It compares with"
_POINTER_OPENS = compiled(r"\W*(?:This|That|It)\s+(?:was|is|has\s+been|compares|compared)\b")
def _without_noun(text: str, s: Statistic, s_start: int, previous: Statistic | None, previous_count: str | None,
                  reach: int, last_sentence: int = 0) -> str | None:
    """Measures for a figure with no noun of its own after it."""
    before = text[s_start:s.num_start]
    if "to " in before[-30:] and ("down" in before[-40:] or "up " in before[-40:] or "back" in before[-40:]) \
            and (dm := _BRING_TO.search(before[-90:])) and not _NOT_COPULA_HEAD.search(dm.group("x")):
        return dm.group("x")  # "bring its overspend down to [£6.2m]", "get the waiting list down to [3,000]"
    if s.kind == "count" and before.rstrip()[-1:] in ("–", "—", ":", "-") and _has_number_of(before[-200:]) \
            and (dm := _DASH_NUMBER_OF.search(before[-200:])):
        pred = _predicate(" " + dm.group("rest"))
        return _DANGLING_END.sub("", f"{dm.group('x')} {pred}") if pred else dm.group("x")
    fm = _search_change(_FROM_TO, _CLAUSE_START.sub("", _COMMA_FROM.sub(" from", _PARTICIPLE_FROM.sub("", before[-200:])), count=1)) \
        if _ENDS_FROM_TO.search(before[-24:]) else None
    if "from" in before[-20:] and previous is not None and previous.measure and previous.direction is not None \
            and previous.num_end >= s_start and _CHANGE_PREFIX.match(previous.measure) and _BARE_FROM.search(before[-20:]):
        return unchanged(previous.measure)  # "offences saw a 71 per cent rise, from [537] to 920": the offences, before
    if "from" in before[-30:] and " in " in before[-120:] and (cm := _CHANGE_IN_FROM.search(before[-120:])):
        return cm.group("x")  # "a big rise in knife crime, from [97] ... to 130": knife crime
    if fm:
        x = tidy_phrase(rx(r"^(?:the\s+)?(?:(?:total\s+)?number\s+of\s+)?", regex.I).sub("", _LEAD_TIME.sub("", fm.group("x"))))
        if x and rx(r"^(?:an?|this|that)(?:\s+[a-z]+)?$", regex.I).match(x):
            # "80% of its budget, a massive increase from just [52%]": a noun of change, of the figure before
            if previous is not None and previous.measure and previous.num_end >= s_start and previous.kind == s.kind:
                return unchanged(previous.measure)
        elif x and not rx(r"^(?:it|this|that|they|figures?|data|statistics)\b", regex.I).match(x):
            return x  # "The number of fines nearly tripled from just 621 to 1,798": fines
    if previous_count and ("figure of" in before[-60:] or "total of" in before[-60:]) and _FIGURE_OF.search(before[-60:]):
        return previous_count  # "a drop on the 2013/14 figure of [7,015]": the thing counted before
    nm = (_NOUN_OF.search(before[-120:]) or _NOUN_OF_4.search(before[-120:])) if " of " in before[-26:] else None
    if " of " in before[-30:] and _finance_word(before[-120:]) and (fo := _FINANCE_OF.search(before[-120:])) is not None and (
            nm is None or nm.group("x").split()[-1] != fo.group("x").split()[-1]):
        # "the current General Fund Revenue Budget forecast overspend of [£6.1m]", "will have pressures of
        # almost [£72m]", "a forecast end of year budget shortfall of [£46.4 million]" (the noun-of rule
        # reads the same noun when it can: "last year's overspend of")
        x = _FINANCE_LEAD.sub("", fo.group("x"))
        return x[0].lower() + x[1:] if not any(w[:1].isupper() for w in x.split()[1:]) else x
    if nm and (not _NOT_NOUN_OF.search(nm.group("x")) or s.kind == "money" and _QUALIFIED_VALUE.match(nm.group("x"))):
        # "an overspend of £3m", "a predicted shortfall in our budget for next year of", "last year's overspend of"
        x = f"{nm.group('poss') or ''}{nm.group('x')}"
        if _WITH_A_SPEND.search(before[-40:]) and previous is not None and previous.measure \
                and previous.num_end >= s_start and (previous.kind in ("count", "quantity") or previous.direction is not None):
            return f"{x} ({unchanged(previous.measure)})"  # "3.8 million visits, with a spend of [£2.5bn]": the visits' spend
        return x
    if nm and "ompare" in before[-45:] and nm.group("x") in ("rate", "figure", "level", "average", "proportion", "share") \
            and previous is not None and previous.measure and previous.kind == s.kind \
            and previous.num_end >= last_sentence and _COMPARES_TO.search(before[-45:]):
        # "The North East employment rate stands at 71.6. This compares to a rate of [74.7]% nationally": that rate
        # (not the other place's: "employment rate")
        measure = unchanged(previous.measure)
        lead = _LEADING_NAME.match(measure)
        return measure[lead.end():] if lead and gazetteer().candidates(lead.group(1)) else measure
    if nm is None and s.kind == "money" and " of " in before[-30:] and (fm := _MONEY_KIND_OF.search(before[-60:])):
        return fm.group("x").lower()  # "will generate additional funding of [£4.6m]", "raised income of", "with savings of"
    if ("est " in before or "share of" in before or "most " in before or "bulk of" in before or "majority of" in before
            or "fewest " in before) \
            and (sm := _SUPERLATIVE_AT.search(before[-200:])):
        # "West Lindsey had the highest proportion of adults living with obesity in 2023/24, at [38.8]%"
        return rx(r"^(?:number|total|count|amount|level)\s+of\s+").sub("", _PLACE_TAIL.sub("", sm.group("x")).strip())
    am = _AT_COMPLEMENT_SEARCH(before[-120:])
    if am and am.group("x").startswith(("number of", "total of")) and _has_number_of(before[-200:]) \
            and (nm := _NUMBER_OF_SEARCH(before[-200:])):
        return _PLACE_TAIL.sub("", nm.group("what").strip()).strip() or None  # (an abbreviation inside is expanded later)
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
    if (again := _same_again(text, s, s_start, before, tail, previous, previous_count)) is not None:
        return again
    bracket = rx(r"(?:^|[\s(])\($").search(before[-2:]) is not None
    if previous is not None and previous.measure and _CONTINUE_TAIL.match(tail) and (
            previous.num_end >= reach or bracket and previous.kind == s.kind == "percentage" and previous.num_end >= last_sentence):
        # "It was followed by Hull (48 per cent)": a bracketed list runs on from the sentence before
        if bracket or _CONTINUES_SEARCH(before[-40:]):
            same = previous.kind == s.kind or s.kind == "count" and previous.kind in ("count", "quantity")
            if same and not previous.measure.startswith(("increase in", "fall in", "rise in")):
                return previous.measure  # "Hartlepool (37.9%)", "101 in the west division"
            if s.kind == "count" and previous_count and _CONTINUES_SEARCH(before[-40:]):
                return previous_count
    if " of " in before[-30:] and previous is not None and previous.measure and previous.num_end >= s_start:
        if "average" in before[-40:] and (am := _AVERAGE_OF.search(before[-40:])) and previous.kind == s.kind \
                and not _CHANGE_PREFIX.match(previous.measure):
            base = _AVERAGE_BRACKET.sub("", previous.measure)
            return f"{base} ({am.group('a')})"  # "54.8% of pupils ..., above the regional average of [53] per cent"
        if _OF_WHICH.search(before[-30:]):
            # "save £66m, of which [£23m] still has to be identified": part of the thing just counted
            pred = _predicate(_STILL_AUX.sub(" ", text[s.end:s.end + 120], count=1))
            head = _DANGLING.sub("", _PARTICIPLE_TAIL.split(unchanged(previous.measure))[0].strip())
            return f"{head} {pred}" if pred and head else unchanged(previous.measure)
        if _HIGH_OF.search(before[-50:]) and (previous.kind == s.kind or s.kind == "count" and previous.kind == "quantity"):
            return unchanged(previous.measure)  # "numbers have fluctuated from 82, with a high of [95]"
    if ("of " in before[-170:] or "Of " in before[-170:]) and _OF_THE_N.search(before[-170:]) and previous is not None and previous.measure and previous.num_end >= last_sentence:
        tail = _SHORT_BRACKET.sub("", text[s.end:s.end + 150], count=1) if text[s.end:s.end + 3].lstrip()[:1] == "(" else text[s.end:s.end + 150]
        pred = _obliged(tail) or _predicate(_AUX.sub(" ", tail, count=1))
        if pred is None and (vm := _PLAIN_VERB_PHRASE.match(tail)) and not _AUX.match(tail):
            pred = _PRED_STOP.split(vm.group("p"))[0].strip()  # "of 136 councils, 128 plan on raising council tax"
        head = _DANGLING.sub("", _PARTICIPLE_TAIL.split(previous.measure)[0].strip())  # "patients on its [waiting list]"
        if pred and not _THOSE_LEAD.match(head):
            head = rx(r"\s+(?:who\s+|that\s+)?[a-z]+ed\b.*$").sub("", head)  # "patients who attended A&E" → patients
        return f"{head} {pred}" if pred else previous.measure  # "Of the 489 RSOs, 456 are guilty of ..."
    return _copula_only(text, s, tail, previous, reach)


#: a present-tense verb and its object after a part of a whole: "128 plan on raising council tax"
_PLAIN_VERB_PHRASE = compiled(r"^\s+(?P<p>(?!(?:of|in|on|at|to|for|from|by|with|and|or|but|per|percent|cent|times|more|less|fewer|"
                                   r"than|the|a|an|this|that|these|those|were|was|are|is)\b)[a-z]{3,}\s+(?:on|to|in|for)?\s*[a-z][^,.;:()–—\n]{2,60})")
#: "..., of which [£23m]", "of whom [12]": a part of the figure just before
_OF_WHICH = compiled(r"\bof\s+(?:which|whom|these|those|them)\s+(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under|only)\s+)?[£$€]?$")
_STILL_AUX = compiled(r"^\s+(?:(?:still|also|now|already|yet)\s+)*(?:(?:has|have|had|is|are|was|were|will|would)\s+)?"
                           r"(?:(?:still|yet|now)\s+)?(?:(?:to\s+be|been|be|being)\s+)?")
#: "the regional average of [53] per cent", "a national average of"
_AVERAGE_OF = compiled(r"\b(?:the|a|an|its|their)\s+(?P<a>(?:[a-z]+\s+)?average)\s+of\s+(?:(?:just|around|about|almost|nearly|some|over|under)\s+)?[£$€]?$")
_AVERAGE_BRACKET = compiled(r"\s*\([a-z]+\s+average\)$")
#: "with a high of [95]", "a record low of", "its peak of": the same thing at its extreme
_HIGH_OF = compiled(r"\b(?:an?|its|their|the)\s+(?:(?:record|all-time|previous|recent|new)\s+)?(?:high|low|peak|maximum|minimum|low\s+point|high\s+point)"
                         r"\s+of\s+(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under)\s+)?[£$€]?$")
_SHARE_OF = compiled(r"\s*(?:[,–—]\s*|\s-\s+)?(?:of|among|amongst)\s+(?:(?:the|all|these|those|its|their|his|her|our)\s+)*"
                          r"(?:(?<=\b(?:these|those)\s+)[\d,.]+\s+|(?<=\bthe\s+)(?:(?:nearly|almost|around|about|some|over|more\s+than|just)\s+)?"
                          r"[\d,.]+(?:\s*(?:million|billion|m|bn)\b)?\s+(?=[a-z]))?(?=[A-Za-z])")
#: the share's own "of": "[42%] and 46% of patients", "between [5] and 7 per cent of pupils"
_SHARE_PAIR = compiled(r"\s*(?:per\s*cent|percent|%)?\s*(?:and|or|to)\s+[\d.]+\s*(?:per\s*cent|percent|%)(?=\s+of\s)", regex.I)
#: "N% of the total": a share of what was counted just before
_WHOLE = compiled(r"^(?:total|whole|overall\s+total|figure)$")
#: "sex offenders made up 74% of ...", "accounting for 60% of arrivals", "representing 92% of all visitors"
_SHARE_VERB = compiled(
    r"(?:^|[,;:–—(]\s*|\b(?:and|which|that|while)\s+)(?:(?:In|Across|Of)\s[^,]{2,40},\s*)?(?P<x>[A-Za-z][^,;:()–—]{1,60}?)?\s*"
    r"\b(?:made\s+up|make\s+up|makes\s+up|making\s+up|accounted\s+for|accounting\s+for|accounts?\s+for|represent(?:ed|ing|s)?|"
    r"comprised|formed)\s+(?:just\s+|around\s+|about\s+|almost\s+|nearly\s+|some\s+|over\s+|more\s+than\s+)?$")
_COUNT_IN_WHOLE = compiled(r"(?<=^|the\s)[\d,]+\s+")
#: a sentence that opens on the whole its shares are of: "Of all incidents attended by FRSs, ..."
_OF_ALL_LEAD = compiled(r"\W*(?i:of|among|amongst)\s+(?P<y>(?:all\s+)?(?:the\s+)?(?:[\d,]+\s+)?[a-z][^,;:()\d]{2,80}?),")
_SHARE_WERE = compiled(r"(?P<np>[^,.;:()\n]{2,80}?)\s+(?:were|was|are|is|(?:had|have|has)(?=\s+been\s))(?=\s)")
#: "25.3% or a quarter of all children": the same share spelt again before its "of"
_SHARE_ALT = compiled(
    r"\s*(?:per\s*cent|percent|%)?\s*,?\s+or\s+(?:(?:around|about|nearly|almost|roughly|just\s+over|just\s+under|more\s+than|"
    r"less\s+than|over|under)\s+)?(?:a|one|two|three|four|half|\d+)(?:\s+(?:in|out\s+of)\s+(?:every\s+)?[\w,]+|\s+"
    r"(?:quarter|third|half|fifth|sixth|tenth)s?|\s*(?:per\s*cent|percent|%))?,?(?=\s+of\s)", regex.I)
_NOT_A_SHARE_HEAD = compiled(r"^(?:it|this|that|they|these|those|which|who|figures?|data|\w+ly)$", regex.I)


def _share(text: str, s: Statistic, before: str, previous: Statistic | None = None, s_start: int = 0) -> str | None:
    """A share: "74% of patients were seen within four hours" → "share of patients seen within four
    hours"; "sex offenders made up 80% of those under MAPPA" → "sex offenders as a share of those
    under MAPPA"; "a third of adults are obese" → "share of adults obese"."""
    alt = _SHARE_ALT.match(text, s.end, s.end + 50) or _SHARE_PAIR.match(text, s.end, s.end + 30)
    om = _SHARE_OF.match(text, alt.end() if alt else s.end, s.end + 90)
    if not om:
        if ("ccount" in before[-40:] or "made up" in before[-40:] or "make" in before[-40:]) and (vm := _SHARE_VERB_SEARCH(before[-120:])) \
                and (head := _LEAD_JUNK.sub("", (vm.group("x") or "").strip()).strip()) and not _NOT_A_SHARE_HEAD.match(head) \
                and not rx(r"^(?:it|this|that|they|which|these|those|he|she)$", regex.I).match(head) \
                and (gm := _OF_ALL_LEAD.match(text, s_start, s.num_start)):
            # "Of all incidents attended, fires accounted for [31]%": a share of the group the sentence opens on
            whole = _COUNT_IN_WHOLE.sub("", gm.group("y"))
            return f"{_first_word_lower(tidy_phrase(head) or head)} as a share of {whole}"
        return None
    what = _phrase_at(text, om.end(), "count")
    if not what:
        return None
    if ("rate" in before[-20:] or "class" in before[-20:] or "judge" in before[-20:] or "grade" in before[-20:]
            or "deem" in before[-20:]) and _RATES_BEFORE.search(before[-40:]) \
            and (am := _RATED_AS.match(text, om.end(), om.end() + 160)):
        # "Ofsted rates [74.7]% of the county's secondary schools as good or outstanding"
        return f"share of {what} rated {_PRED_STOP.split(am.group('y'))[0].strip()}"
    near = previous if previous is not None and previous.measure and previous.num_end >= s_start else None
    if _WHOLE.match(what) and near is not None and near.kind in ("count", "quantity"):
        return f"share of {near.measure}"  # "48,000 patients waiting ..., 64.2% of the total"
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
    elif rx(r"\b(?:these|those)\s+(?:[\d,.]+\s+)?$").search(text[om.start():om.end()]) and len(what.split()) <= 2:
        what = f"these {what}"  # "72% of these households": the households counted before (see antecedent)
    vm = _SHARE_VERB_SEARCH(before[-120:])
    if vm:
        head = (vm.group("x") or "").strip()
        head = _LEAD_JUNK.sub("", head).strip()
        if not head and near is not None and near.kind in ("count", "quantity") and \
                not rx(r"[\d;]").search(text[near.end:s.num_start]):
            head = near.measure  # "supports 38,486 jobs, making up 13 per cent of all employment"
        if head and not _NOT_A_SHARE_HEAD.match(head):
            return f"{tidy_phrase(head) or head} as a share of {what}"
    return what if s.kind == "percentage" else f"share of {what}"  # the kind says it is a share


#: "..., making the overall turnout [35.7]%": what the figure makes
_MAKING_THE = compiled(r"\b(?:making|makes)\s+(?:the|its|their)\s+(?P<x>[a-z][\w'’/-]*(?:\s+[a-z][\w'’/-]*){0,3})\s+"
                            r"(?:(?:just|around|about|almost|nearly|some|over|under|only)\s+)?[£$€]?$")
#: a verb of rating before a share: "which rates [74.7]% of schools as good"
_RATES_BEFORE = compiled(r"\b(?:rates|rated|rate|classes|classed|judges|judged|grades|graded|deems|deemed)\s+"
                              r"(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under|only)\s+)?$")
_RATED_AS = compiled(r"[^,.;:()\n]{2,90}?\s+as\s+(?P<y>[a-z][^,.;:()\n]{2,50})")
#: "a failure rate of [5.9%]", "the county's unemployment rate of [4.1%]": the rate named before the figure
_NAMED_RATE = compiled(
    r"\b(?:a|an|the|its|their|[A-Z][\w'’-]*['’]s)\s+(?:(?:[a-z]+ly|overall|average|annual|current|latest|new|record|higher|lower|"
    r"national|local)\s+)?(?P<r>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+rate\s+of\s+"
    r"(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under|less\s+than|only)\s+)?$")
_NOT_RATE_NAME = frozenset("same similar higher lower high low record overall average annual that this its their".split())
#: "Of all the drivers arrested, [43]% were under 30": the group named before, with what is said of the share
_OF_THE_GROUP = compiled(
    r"\s*[\"“‘']?\s*(?:(?:And|But|Yet)\s+)?(?i:of|among|amongst)\s+(?:all\s+)?(?:the|these|those)\s+(?:[\d,]+\s+)?(?P<np>[a-z][^,;:()\d]{2,80}?)"
    # (the comma may be left out after a time: "Of the 115 people who were arrested this year [78] have been charged")
    r"(?:,\s*|(?<=\b(?:year|month|week|campaign|period))\s+)"
    r"(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under|less\s+than|only)\s+)?$")
_GROUP_TIME_TAIL = compiled(r"\s+(?:this|last|that)\s+(?:year|month|week)$|\s+during\s+the\s+(?:campaign|period)$")
#: "Out of 88 local authorities in England outside London, [70] saw ...": a group counted before its part
_OUT_OF_GROUP = compiled(r"(?:^|[,;:]\s*|\b)(?i:out\s+of)\s+(?:(?:the|these|those)\s+)?(?:[\d,]+\s+)?"
                              r"(?P<np>[a-z][^,;:()\d]{2,80}?),\s*(?:(?:just|around|about|almost|nearly|some|more\s+than|over|only)\s+)?$")
#: a part of a counted whole that did something: "[187] of 435 UK councils responded to the request"
_PART_OF_COUNTED = compiled(r"\s+of\s+(?:(?:the|its|their|these|those|[A-Z][\w'’-]*['’]s)\s+)?"
                                 r"(?:[\d,]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\s+"
                                 r"(?P<x>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,4}?)\s+"
                                 r"(?P<v>(?:were|was|had|have|has|are|is)\b|(?!(?:in|of|at|on|for|to|and|or|who|which|that)\b)[a-z]+ed\b|"
                                 r"(?:saw|met|missed|got|made|took|won|lost|paid|kept|held|had|did|went|came)\b)"
                                 r"(?P<rest>[^,.;:()\n\[\]–—]{0,70})")
#: a part of a group that did something: "[70] saw a fall in bus use", "12 missed the target"
_GROUP_DID = compiled(r"\s+(?P<p>(?:saw|had|recorded|reported|met|missed|failed|received|achieved|gained|exceeded|"
                           r"increased|cut|raised|lost|closed|opened)\s+[a-z][^,.;:()\n\[\]–—]{2,70})")
#: the verb after a count of a group: "Of those complaints, 300 [were] upheld"
_GROUP_VERB = compiled(r"\s+(?:(?:had|have|has)\s+(?:already\s+|now\s+|since\s+)?been|were|was|are|is)(?=\s)")
_SHARE_THEN_VERB = compiled(r"\s*(?:per\s*cent|percent|%|pc)?\s*(?:were|was|are|is|had|have|has)\b")
#: a share's own verb in the past tense: "[32]% happened in London", "85% passed", "40 per cent waited"
_SHARE_THEN_DID = compiled(r"\s*(?:per\s*cent|percent|%|pc)?\s+(?:(?:still|also|then)\s+)?"
                                r"(?P<p>(?:[a-z]{3,}ed|went|got|saw|took|came|left|made|sat|won|lost|did|spent|gave|met|"
                                r"fell|rose|grew|paid|said|told|felt|thought|chose|ran|became)\b[^.;:!?\n]{0,120})")


#: "A higher proportion of parents got their first pick, at [88.4%]", "the share of homes sold
#: above the asking price was [12%]": the share named before its figure
_PROPORTION_AT = compiled(
    r"\b(?P<w>proportion|share|percentage)\s+of\s+(?P<x>(?:all\s+)?[a-z][^,;:()\d]{2,100}?)\s*"
    r"(?:,\s*(?:at|with)|\s+(?:(?:was|is|were|are|has|had)\s+)?(?:(?:now|then|still|also|just)\s+)?"
    r"(?:was|is|stood\s+at|stands\s+at|remained\s+at|reached|hit|(?:fell|rose|dropped|increased|decreased|climbed)\s+"
    r"(?:(?:slightly|sharply|marginally|further)\s+)?to|at))\s+(?:(?:just|around|about|almost|nearly|some|more\s+than|over|"
    r"under|only)\s+)?(?:(?:below|above|under)\s+)?$")
_PROPORTION_NOT = compiled(r"^(?:the|a|an|its|their|this|that|these|those|it|them)$")
_COPULA_CUT = compiled(r"\s+(?:was|is|were|are|has|had|have)\b")


def _proportion_at(text: str, s: Statistic, s_start: int) -> str | None:
    """The share named before its figure: "A higher proportion of parents got their first pick of
    primary schools, at [88.4%]" → proportion of parents got their first pick of primary schools."""
    lo = max(s_start, s.num_start - 170)
    if not holds_any(text[lo:s.num_start], ("proportion of", "share of", "percentage of")):
        return None
    pm = _PROPORTION_AT_SEARCH(text, lo, s.num_start)
    if not pm:
        return None
    x = _COPULA_CUT.split(_PRED_STOP.split(pm.group("x"))[0])[0].strip()
    return None if not x or _PROPORTION_NOT.match(x) else f"{pm.group('w')} of {x}"


def _of_the_share(text: str, s: Statistic, s_start: int) -> str | None:
    """A share of a group named at the start of the sentence: "Of the patients seen in A&E, [71]%
    were treated within four hours" → patients seen in A&E treated within four hours."""
    cut = max(text.rfind(":", s_start, s.num_start), text.rfind("“", s_start, s.num_start), text.rfind('"', s_start, s.num_start))
    s_start = cut + 1 if cut >= 0 else s_start  # 'He said: "Of the drivers stopped, ...'
    if text[s_start:s_start + 8].lstrip(' "“‘\'').lower()[:2] not in ("of", "am", "an", "bu", "ye"):
        return None
    gm = _OF_THE_GROUP.match(text, s_start, s.num_start)
    vm = _SHARE_THEN_VERB.match(text, s.end, s.end + 30) if gm else None
    if gm and not vm and (dm := _SHARE_THEN_DID.match(text, s.end, s.end + 40)):
        # "Of those incidents, [32]% happened in London", "Of the 1,200 pupils who sat it, [85]% passed": what
        # the share did, said of the group
        did = " ".join(_PRED_STOP.split(dm.group("p").split(",")[0].split(" - ")[0])[0].split()[:7]).strip()
        what = f"{gm.group('np').strip()} that {did}"
        return what if s.kind == "percentage" else f"share of {what}"
    if not vm:
        return None
    what = gm.group("np").strip()
    rest = text[vm.end():vm.end() + 150]
    if not (pred := _predicate(rest)) and (pm := rx(r"\s+(?:(?:still|also|now)\s+)?(?P<p>[a-z][^,.;:()\n\"”]{2,60})").match(rest)):
        pred = " ".join(_PRED_STOP.split(pm.group("p"))[0].split()[:6])  # "were under the age of 30", "were affordable"
    what = f"{what} {pred.strip()}" if pred and pred.strip() else what
    return what if s.kind == "percentage" else f"share of {what}"


#: a phrase after a figure that is only a participle ("the 1.14 million reported in 2020-21")
_BARE_PARTICIPLE = compiled(rf"^(?:{_PARTICIPLES}|[a-z]+ed)$")
_CHANGE_PREFIX = compiled(r"^(?:increase|rise|fall|drop|growth|reduction|decrease|decline|jump|cut)\s+in\s+")
_CHANGE_BASE = compiled(
    r"\s+(?:on|since|over|from|in|compared\s+(?:with|to))\s+(?:the\s+)?(?:previous|past|last|same|prior|preceding|"
    rf"a\s+year|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years?|(?:19|20)\d\d|end\s+of|pre-pandemic|{_MONTHS}|"
    r"(?:(?:a|its|their)\s+)?(?:record\s+|previous\s+)?(?:low|high)\s+point)\b.*$")


#: a figure that sizes a gap to a benchmark, right after it: "[5]% below the national average", "[12] per cent above
#: the England average", "[11]pc below the guideline" (not a change over time)
_BENCHMARK_AFTER = compiled(
    r"\s*(?:%|per\s*cent|percent|pc|percentage\s+points?|points?)?\s+(?P<w>below|above|under|over)\s+"
    r"(?P<b>(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:average|target|guideline|guidelines|threshold|benchmark|standard|"
    r"limit|norm|mean|median))\b", regex.I)
_FIGURE_WORD = compiled(r"^(?:the\s+)?(?:figure|number|total|rate|proportion|share|level)$", regex.I)
#: a state, not a change, right before the figure: "are [5]% below", "stands [11]pc below", "was now some"
_STATE_BEFORE = compiled(r"\b(?:is|are|was|were|be|been|stands|stood|remains|remained|sits|sat|lies|lay)\s+(?:now\s+|still\s+|"
                              r"currently\s+)?(?:(?:some|around|about|nearly|almost|just|roughly)\s+)?$", regex.I)


def _gap_to_benchmark(text: str, s: Statistic, previous: Statistic | None, sentence_bounds) -> str | None:
    """The measure of a figure that sizes a gap to a benchmark (see _BENCHMARK_AFTER): what is compared and
    the benchmark ("wages below the national average"); "The figure stands 11pc below the guideline" compares
    the figure before it, in the sentence before."""
    bm = _BENCHMARK_AFTER.match(text, s.end, s.end + 80)
    if bm is None or not _STATE_BEFORE.search(text, max(0, s.start - 40), s.start):
        return None  # (after a verb of change, "rose 5% above the average" stays a change)
    thing = unchanged(s.measure or "")
    bare = not thing or thing.lower().startswith(("below ", "above ", "under ", "over "))
    if bare or _FIGURE_WORD.match(thing):
        lo = sentence_bounds(text, max(0, sentence_bounds(text, s.num_start)[0] - 2))[0]
        if previous is not None and previous.measure and previous.num_end >= lo:
            thing = unchanged(previous.measure)  # "... 84 per cent of patients ... The figure stands [11]pc below"
        elif bare:
            thing = "figure"  # (nothing before to name it: "the figure below the guideline", never "fall in below")
    return f"{thing} {bm.group('w').lower()} {bm.group('b')}"


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


#: a short term in quote marks inside a sentence: "'waste from households'", "“bed blocking”"
_QUOTED_TERM = compiled(r"(?<![\w'’])['‘“\"](?P<t>[A-Za-z][^'’”\"\n.,;:]{1,60}?)['’”\"](?![\w'’])")
#: where the thing "of whom"/"of which" points to ends: a joined clause or a stop. Compiled once here:
#: ``regex.split(<this string>, ...)`` looked it up in the regex module's own cache of 500 patterns,
#: which the pipeline's many patterns overflow, so it was compiled again (~10 ms) every few hundred
#: documents. The same pattern string and flags (none), so the same split.
_OF_WHOM_STOP = compiled(r"\s+(?:and|but|while|or)\s+|" + _STOP_AFTER.pattern)


def _in_sentence(text: str, s: Statistic, s_start: int, after: str | None, previous: Statistic | None,
                 previous_count: str | None, last_sentence: int = 0) -> str | None:
    before = text[s_start:s.num_start]
    if "'" in before or "‘" in before or "“" in before or '"' in before:
        # "The official England 'waste from households' recycling rate was": a term in quote marks is part of the
        # subject (``before`` is read for its words only, never for offsets into the text)
        before = _QUOTED_TERM.sub(lambda m: m.group("t"), before)
    om = _OF_WHOM.match(text[s.end:s.end + 80])
    if om:
        what = _OF_WHOM_STOP.split(om.group("what"))[0].strip()
        if previous is not None and previous.measure and previous.num_end >= s_start and previous.kind in ("count", "quantity") \
                and (head := _DANGLING.sub("", _PARTICIPLE_TAIL.split(unchanged(previous.measure))[0].strip())) \
                and len(head.split()) <= 4 and what and (rx(rf"^(?:[a-z]+ed|{_IRREGULAR_DONE}|for|from|in|on|at|with)\b").match(what)
                                                         or _predicate(" " + what) is not None):
            head = rx(rf"(?<=^[^\s]+)\s+(?:who\s+|that\s+)?(?:[a-z]+ed|{_IRREGULAR_DONE})\b.*$").sub("", head)
            # "400 complaints, [120] of which were upheld": complaints upheld; "2,200 prosecutions, [99]% of
            # which resulted in a conviction": the share of them
            return f"{'share of ' if s.kind == 'percentage' else ''}{head} {what}"
        return what or (previous.measure if previous else None)
    if after and _BARE_PARTICIPLE.match(after) and previous is not None and previous.measure \
            and previous.num_end >= s_start and (head := _PARTICIPLE_TAIL.split(unchanged(previous.measure))[0].strip()):
        return f"{head} {after}"  # "a fall from the 1.14 million reported in 2020-21": what was counted, reported
    if after and s.kind not in ("percentage", "change") and not _TIME_UNIT_AFTER.match(after):
        if (richer := _richer_than_after(text, s, s_start, before, after, previous)) is not None:
            return richer
        vm = _VERB_BEFORE_SEARCH(before[-40:])
        if vm and len(after.split()) <= 2 and s.kind in ("count", "quantity"):
            if vm.group("v") in _CLASSING_VERBS and " as " in text[s.end:s.end + 40] \
                    and (am := _AS_COMPLEMENT.match(text, s.end, s.end + 120)):
                # "councils accepted 15,290 households as being statutorily homeless": what they were taken as
                return f"{after} {vm.group('v')} as {am.group('c')}"
            if vm.group("v") in _LEVEL_VERBS:
                # "The crown court backlog in England and Wales reached [73,105] cases": the level of a whole, so
                # the cases in that backlog, not "cases reached" (a deed's object, like "drivers tested")
                at = max(0, len(before) - 40) + vm.start()  # (vm searched the last 40 characters)
                cm = _CONTAINER_SUBJECT.search(before[max(0, at - 120):at])
                if cm is None:
                    return after
                x = cm.group("x").lower()
                on = "on" if rx(r"(?:list|register|queue)\b").search(x) else "in"  # on a list, in a backlog
                return f"{after} {on} the {x}"
            if s.kind == "count" and (tail := _DEED_TAIL.match(text, s.end + len(after) + 1, s.end + len(after) + 90)) \
                    and text.startswith(after, s.end + 1):
                # "Police charged 140 people, 68 per cent, with drink-drive offences": what for, past the share
                return f"{after} {vm.group('v')} {tail.group('r')}"
            return f"{after} {vm.group('v')}"  # "officers tested 2,217 drivers" → drivers tested
        if s.kind == "count" and (vm or (im := _ING_BEFORE.search(before[-40:])) is not None) \
                and (pm := _HEAD_THEN_WHY.match(after)) is not None:
            # "Police arrested 115 people for drink driving", ", arresting 115 people for failing tests": people arrested for ...
            verb = vm.group("v") if vm else _ING_DONE[im.group("v").lower()]
            return f"{pm.group('h')} {verb} {pm.group('r')}"
        return after
    if "ith " in before[-110:] and (" at" in before[-16:] or "ing " in before[-24:]) and (wm := _WITH_X_AT.search(before[-120:])) is not None:
        return wm.group("x")  # "occupancy stood at 69%, with average bedspace occupancy at [52]%": bedspace occupancy
    fb = _FROM_BEFORE_SEARCH(before[-30:])
    if fb and previous is not None and previous.measure and previous.num_end < s_start and previous.kind != s.kind \
            and previous_count and previous.num_end >= last_sentence and _IT_SUBJECT.match(before):
        # "... 104,510. This is an increase of 10%. And it is now the highest ever - up from a low of [48,010]":
        # the sentence is about the figure before, a change of the count before it: the compared figure
        # counts the same thing (after a count of the same kind, the rules below decide)
        return previous_count
    if fb and previous is not None and previous.num_end >= s_start and previous.measure:
        if fb.group(0).rstrip().lower().endswith("than"):
            return previous.measure  # "two rose by more than 200% and one by more than 300%": the same change
        return unchanged(previous.measure)  # "1,234 offences ..., up from 1,100": the same thing, earlier
    if "which " in before[-40:] and (wm := _WHICH_SUM.search(before[-90:])) is not None \
            and (" " in wm.group("x") or not _NOT_COPULA_HEAD.search(wm.group("x"))) \
            and not _POSSESSED_TOTAL.search(wm.group("x")):
        return wm.group("x")  # "recycling levels, which were at [11.2]% in 2000/1" (not "last year's total, which was")
    nm = _NUMBER_OF_SEARCH(before[-200:]) if _has_number_of(before[-200:]) else None
    if nm:
        # tidied by the caller: "homeless households in Reading" → ...; a place inside is dropped:
        # "crimes in England and Wales recorded by the police" → crimes recorded by the police
        return _MID_PLACE.sub("", nm.group("what").strip())
    if before[:12].lower().startswith("according to") and (am := _ACCORDING_LEAD.match(before)) is not None:
        before = before[am.end():]  # "According to the survey - a mass study - the risk of ... remained at [23]%"
    clause = _LEAD_TIME.sub("", _REPORTED.sub("", before, count=1) if "that " in before[:90] else before)
    sm = _SUBJECT.match(clause)
    be = sm is None and " be" in before[-40:] and (sm := _SUBJECT_BE.match(clause)) is not None  # (it ends at the figure)
    if sm is None and s.kind == "money" and ("where " in before or "while " in before) and "will " in before[-20:]:
        # "The biggest rise will be in shire areas, where average council tax bills will hit [£1,749]"
        sm = _SUBJECT.match(rx(r"^.*\b(?:where|while|whilst)\s+", regex.S).sub("", before, count=1))
    if sm and s.kind in ("count", "money", "percentage", "change", "quantity") and (be or
            rx(r"\b(?:to|at|by|of|reached|reaches|totalled|totaled|totals|hit|hits|was|were|is|are|(?:ranged|ranges|range|ranging|varied|varies|vary)\s+from"
               r"|(?<=\b(?:will|would)\s+)(?:total|reach|hit))"
               r"\s+(?:\*\*)?(?:almost|nearly|about|some|more than|over|around|less than|under|just"
               r"|a\s+record|an\s+estimated|a\s+total\s+of)?\s*(?:£|\$|€)?$").search(before)):
        np = sm.group("np").strip()
        if np[:5].lower() in ("this ", "that ") and np[5:6].islower() and not _POINTER_WORD.match(np[5:]) \
                and not rx(r"^(?:year|month|week|quarter|time|period|spring|summer|autumn|winter|morning|evening|"
                           r"council|authority|force|trust|government|department|company|charity|board)\b").match(np[5:]):
            np = np[5:]  # "This investment will total [£300 million]": the investment
        if _OF_HEAD.search(np) and (sm.group("pp") or "").strip().startswith("of "):
            np = f"{np}{sm.group('pp')}"  # "the cost of clearance to local authorities was £10.7m"
        elif _SPEND_HEAD.search(np) and (sm.group("pp") or "").strip().startswith(("on ", "for ", "in ")) \
                and not rx(r"^\s*in\s+(?:the\s+)?(?:[A-Z]|(?:19|20)\d\d|(?:last|this|past|previous|same|first|second)\b)").match(sm.group("pp")):
            np = f"{np}{sm.group('pp')}"  # "Spending on foster care totalled [£1.5bn]": what the money went on
        if not rx(r"^(?:it|this|that|there|they|we|he|she|figures?|data|statistics|and|but|or|while|whilst|which|who|"
                  r"in|on|at|by|(?:the\s+)?(?:only\s+)?(?:exceptions?|outliers?))\b", regex.I).match(np):
            # (not "The exception was Scotland, which saw an increase of [0.1] percentage point": a pointer to a place)
            # "Fly-tipping incidents in Swindon rose by 12% to 4,567" (a time inside is the period's: "sent for
            # recycling from January to December 2011 in England was [42.9%]")
            return _SUBJECT_TIME.sub("", np) or np
    nm = _NUMBER_OF_SEARCH(before[-200:]) if _has_number_of(before[-200:]) else None
    if nm:
        return nm.group("what").strip()
    pm = _POPULATION.search(before[-80:])
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


def _verb_object_by(text: str, s: Statistic, s_start: int, previous: Statistic | None) -> str | None:
    """A figure that says by how much something was cut or raised: "cut spending on street
    lighting by [£1.7m]" → cut in spending on street lighting; "and road maintenance by
    [£600,000]" → the same verb's other object."""
    if text.find("by", max(s_start, s.num_start - 30), s.num_start) < 0:
        return None
    before = text[max(s_start, s.num_start - 120):s.num_start]
    om = _OBJECT_BY.search(_CLAUSE_START.sub("", before, count=1), timeout=timeout_for(before)) \
        if may_say(before, _OBJECT_BY_VERBS) else None  # (its verb is in the clause: a cheap test first)
    if om:
        return f"{'cut' if _CUT_VERB.match(om.group('v').lower()) else 'increase'} in {om.group('x')}"
    am = _AND_OBJECT_BY_SEARCH(before[-60:])
    if am and previous is not None and previous.measure and previous.num_end >= s_start \
            and (pm := rx(r"^(?P<w>cut|increase|rise|fall|drop|reduction|decrease|growth|decline) in (?P<o>.+)$").match(previous.measure)):
        head = _OBJECT_HEAD.match(pm.group("o"))
        return f"{pm.group('w')} in {head.group(0) if head else ''}{am.group('x')}"
    return None


def _same_noun_before(text: str, s: Statistic, s_start: int, after: str, previous: Statistic | None) -> str | None:
    """A bare noun after a figure compared with one stated just before takes that figure's fuller
    measure: "20 trusts met the standard in January; it is down to [15] trusts in May"."""
    if previous is None or not previous.measure or previous.num_end < s_start or len(after.split()) > 2 \
            or not _SAME_LINK.search(text[max(s_start, s.num_start - 30):s.num_start]):
        return None
    fuller = unchanged(previous.measure)
    if len(fuller.split()) > len(after.split()) and _stems(after) <= _stems(fuller):
        return fuller
    return None


def _end_of_change(text: str, s: Statistic, s_start: int, after: str | None, previous: Statistic | None) -> str | None:
    """A figure that is where a change ended or started: "thefts rose by 4% to [1,200] offences" →
    thefts; "a 2.6 point increase in the share passing - up to [50.2%]" → the share passing;
    "went up by almost a fifth ([19%])" → the change itself."""
    window = text[max(s_start, s.num_start - 30):s.num_start]
    end = (_TO_END.search(window) if "to " in window else None) or (_FROM_END.search(window) if "from " in window else None)
    to_end = end is not None and end.re is _TO_END.compiled  # (a Match's .re is the pattern that regexes.Pattern wraps)
    if end and s.direction is None and previous is not None and previous.measure and previous.num_end >= s_start \
            and _CHANGE_PREFIX.match(previous.measure) and rx(r"^\W*(?:up|down|rising|falling)\s+to\b").match(end.group(0)):
        return rx(r"^the\s+").sub("", unchanged(previous.measure))
    if end and s.direction is None and s.kind in ("count", "money", "quantity") and (
            after and _GENERIC_NOUN.match(after) or not after and to_end):
        # (a bare "from [N]" is read by _without_noun)
        if to_end and (rm := _CHANGE_IN_REACHED.search(text, max(s_start, s.num_start - 160), s.num_start)) is not None \
                and not _GENERIC_NOUN.match(rm.group("x")):
            # "an increase in the number of robberies at knife point to nearly [13,000] incidents", "a sharp rise in
            # dog attacks to [870] cases": the level the change in X reached counts X
            return rm.group("x")
        reached, _ = _change_subject(text[s_start:s.num_start], _CHANGE_TO if to_end else _FROM_TO)
        reached = rx(r"^(?:with|by|after|as)\s+", regex.I).sub("", reached or "")
        reached = "" if rx(r"^(?:an?|the)\s+[\d.,]+|^(?:there|it|this|that)$", regex.I).match(reached) else reached  # "a 26% rise to [723]"
        reached = rx(r"^(?:the\s+)?(?:total\s+)?(?:number|total|count)\s+of\s+", regex.I).sub("", reached)
        if rx(r"^(?:million|billion|thousand|bn|m|per\s+cent|percent|pc)\b", regex.I).match(reached):
            reached = ""  # "a gap of £13.9 million in 2023/24 rising to [£25.9 million]": no subject before the verb
        if reached:
            return reached
        if previous is not None and previous.measure and previous.num_end >= s_start and previous.kind == s.kind \
                and _FROM_PREVIOUS_TO.match(text[previous.end:s.num_start]):
            return previous.measure  # "the number dropped from 1,284,000 to [711,000] cases": the same thing
    if s.kind == "percentage" and "(" in window and (fm := _BY_FRACTION.search(text[max(s_start, s.num_start - 60):s.num_start])):
        x, v = _change_subject(text[s_start:s.num_start][:-len(fm.group(0))] + " by ", _CHANGE_SUBJECT)
        if x:
            x = _first_word_lower(x)  # a sentence's first word
            return f"{'fall' if _DOWN_VERB.match(v or '') else 'increase'} in {x}"
    return None


_ENDS_QUAL = r"(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under|roughly)\s+)?[£$€]?"
#: "the biggest fall in parents getting their first choice, down from [91.5%] in 2015 to [82.8%]":
#: both ends of a change are levels of the thing that changed
_CHANGE_IN_ENDS = compiled(
    r"\b(?:falls?|drops?|declines?|decreases?|reductions?|rises?|increases?|growth|jumps?|changes?)\s+in\s+"
    r"(?P<x>(?:the\s+)?[a-z][^,;:()\d–—]{2,100}?)\s*(?:,|\s[–—-])?\s*(?:(?:up|down|falling|rising|dropping|going)\s+)?from\s+"
    rf"{_ENDS_QUAL}(?:$|[\d.,]+\s*(?:%|per\s*cent|percent|pc|million|m|bn|billion)?"
    rf"(?:\s+(?:in|on|at|last|a|the)\s+[^,;:()\d]{{0,25}}?(?:\d{{4}}(?:[/-]\d{{2,4}})?)?)?\s+to\s+{_ENDS_QUAL}$)")


def _change_in_ends(text: str, s: Statistic, s_start: int) -> str | None:
    """A level at either end of "a fall in X from A to B": X (the change itself is measured elsewhere)."""
    cm = _CHANGE_IN_ENDS.search(text, max(s_start, s.num_start - 220), s.num_start)
    if not cm:
        return None
    x = rx(r"^the\s+(?:number|total|count|level)\s+of\s+").sub("", _PRED_STOP.split(cm.group("x"))[0].strip())
    return x if x and not _PROPORTION_NOT.match(x) else None


#: "Adult social care accounts for [£192m] of the budget": the subject is the measure
_ACCOUNTS_FOR_SUM = compiled(
    r"(?:^|[,;:]\s*|\b(?:while|whereas|and|but)\s+)(?P<x>(?:[Tt]he\s+)?[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4}?)\s+"
    r"(?:accounts?|accounted|accounting)\s+for\s+(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under)\s+)?[£$€]?$")
#: "precepts, which average [£72] a year", "The fines, which total [£40,000], ...": what the clause is about
_WHICH_SUM = compiled(
    # (the noun phrase right before the comma: no function word, not "cut its reserves", not "measure of inflation")
    r"(?<![\w'’-])(?<!\b(?:of|per|as)\s)(?!(?<=\b(?:in|on|at|to|for|by|from|with|during|since)\s)[A-Z])(?P<x>(?:(?!(?:in|of|on|at|for|to|by|with|from|and|or|but|the|a|an|its|their|his|her|our|own|"
    r"it|this|that|these|those|they|figures?|data|statistics|which)\b)[A-Za-z][\w'’-]*\s+){0,2}"
    r"(?!(?:it|this|that|these|those|they|figures?|data|statistics|which)\b)[A-Za-z][\w'’-]*),\s+which\s+"
    r"(?P<v>average|averages|averaged|total|totals|totalled|totaled|"
    r"amount\s+to|amounted\s+to|come\s+to|came\s+to|(?:(?:has|have|had)\s+)?(?:now\s+|since\s+)?(?:hit|reached|risen\s+to|rose\s+to|"
    # (a copula only with "at": "recycling levels, which were at [11.2]%"; "in Kent, which was 8% down" is a clause on the whole)
    r"fallen\s+to|fell\s+to|stands\s+at|stood\s+at|been\s+at)|(?:was|were|is|are)\s+at)"
    r"\s+(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under|only)\s+)?[£$€]?$")
#: a period's or body's total named by its possessor ("last year's total"): a back-reference, no measure
_POSSESSED_TOTAL = compiled(r"['’]s\s+(?:total|figure|tally|count|level|number)\b")
#: "the true number of people in need of social housing in England, which has now hit [3.8m]"
_NUMBER_OF_WHICH = compiled(
    r"\b(?i:number|total|count)\s+of\s+(?P<x>[a-z][^,;:()]{2,80}?)(?:\s+(?:in|across)\s+(?:the\s+)?[A-Z][^,;:()]{1,40})?,\s+which\s+"
    r"(?:(?:has|have|had)\s+)?(?:now\s+|since\s+)?(?:hit|reached|risen\s+to|rose\s+to|fallen\s+to|fell\s+to|stands\s+at|stood\s+at|"
    r"totalled|totals|is|was)\s+(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under)\s+)?[£$€]?$")


def _accounts_for_or_which(text: str, s: Statistic, s_start: int) -> str | None:
    """ "Adult social care accounts for [£192m] of the £509m budget" → adult social care; "their own
    precepts, which average [£72]" → average precepts."""
    before = text[max(s_start, s.num_start - 120):s.num_start]
    am = _ACCOUNTS_FOR_SUM.search(before)
    if am and not rx(r"^(?:it|this|that|they|which|these|those|he|she)$", regex.I).match(am.group("x")):
        x = _LEAD_ARTICLE.sub("", am.group("x"))
        return _first_word_lower(x)
    if "number of" in before or "total of" in before or "count of" in before:
        if nm := _NUMBER_OF_WHICH.search(before):
            return nm.group("x").strip()
    wm = _WHICH_SUM.search(before)
    if wm and not _POSSESSED_TOTAL.search(wm.group("x")):  # ("last year's total, which was [136]": see assign)
        x = _LEAD_ARTICLE.sub("", rx(r"^(?:their|its|our)\s+(?:own\s+)?", regex.I).sub("", wm.group("x")))
        x = _first_word_lower(x)
        return f"average {x}" if wm.group("v").startswith("average") else x
    return None


#: what a sum costs to do: "It costs [£1,200] a week to keep a child in care", "will cost [£3m] to repair"
_COSTS_BEFORE = compiled(r"\b(?:costs?|costing|would\s+cost|will\s+cost)\s+(?:(?:the\s+council|taxpayers|us|them|around|about|"
                              r"almost|nearly|some|more\s+than|over|up\s+to|an\s+estimated|an\s+extra|a\s+further)\s+){0,2}[£$€]?$", regex.I)
_COST_TO = compiled(r"\s*(?:(?:a|an|per|each)\s+(?:year|week|month|day|night|hour|head|person|pupil|child|place)\s+)?"
                         r"to\s+(?P<x>(?!(?:the|a|an|be|date|around|about)\b)[a-z]+\s+[^,.;:()\n]{2,60})")


def _cost_to(text: str, s: Statistic) -> str | None:
    """ "It costs [£1,200] a week to keep a child in residential care" → cost to keep a child in residential care."""
    if not _COSTS_BEFORE.search(text, max(0, s.num_start - 40), s.num_start):
        return None
    cm = _COST_TO.match(text, s.end, s.end + 120)
    if not cm:
        return None
    return "cost to " + _PRED_STOP.split(cm.group("x"))[0].strip()


#: where a sum comes from: "[£4.9m] would come from increasing council tax", "£14m from 'savings'"
_MONEY_FROM = compiled(r"\s+(?:(?:would|will|could|should|is|are|was|were|has|have)\s+(?:(?:also|expected\s+to|set\s+to|likely\s+to|to)\s+)?)?"
                            r"(?:(?:come|comes|coming|came|raised|generated|saved)\s+)?from\s+['‘\"“]?(?P<x>[a-z][^,.;:()\n\[\]–—'’\"”]{2,80})")
_MONEY_FROM_NOT = compiled(r"^(?:(?:the|a|an|its|their)\s+)?(?:previous|last|same|year|month|week|period|start|end|"
                                r"total|figure|sum|\d)|^(?:around|about|nearly|almost|just|some|over|under)\b")
#: "a saving of over [£2m] by scrapping vacant posts": the noun before the sum, and how
_MONEY_NOUN_OF = compiled(r"\b(?P<h>saving|savings|cut|cuts|income|funding|reduction|investment|spending)\s+of\s+"
                               r"(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under|up\s+to)\s+)?[£$€]?$")
_PLAIN_SUM = compiled(r"^(?:total|sum|figure|value|amount|cost|price|excess|region|average)$")
#: "and" with one to three more nouns ending the phrase (no verb, no clause): "housing [and business growth]"
_AND_NOUNS_END = compiled(r"\s+and\s+(?!(?:the|a|an|it|they|this|that|which|who|is|are|was|were|will|would|has|have|had)\b)"
                               r"(?:[a-z][\w-]*(?<!ed)\s+){0,2}[a-z][\w-]*(?<!ed)\s*$")
_FROM_CUT = compiled(r"\s+(?:to|would|will|could|which|that|who)\s")
_NOUN_OF_SUM = compiled(r"\b(?P<h>[a-z]{4,}(?:\s+[a-z]{4,})?)\s+of\s+"
                             r"(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under|up\s+to)\s+)?[£$€]?$")
_BY_DOING = compiled(r"\s+by\s+(?P<x>[a-z]+ing\b[^,.;:()\n\[\]–—]{2,80})")


#: "Council tax for a band A property is currently [£1,037.90] per year": the subject of "is"
_MONEY_IS = compiled(
    r"(?:^|[,;:]\s*(?:(?:and|but|while|whereas)\s+)?|\b(?:meant|means|mean|shows?|showed|said|says)\s+that\s+)"
    r"(?:(?:the|a|an|its|their|our|his|her)\s+)?(?P<x>[A-Za-z][\w'’-]*(?:\s+[\w'’&-]+){0,13}?)\s+"
    rf"(?:{_BE_FORMS}|stands\s+at|stood\s+at)\s+(?:(?:now|currently|still|also|set\s+at|expected\s+to\s+be)\s+)?"
    r"(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under)\s+)?[£$€]?$", regex.I)
_PRONOUN_WORD = compiled(r"^(?:it|this|that|there|which|what|these|those|they|he|she|we|when|where|who)$", regex.I)
_REPORTING_VERB = compiled(r"\b(?:said|says|say|told|tells|asked|added|claimed|warned|explained|revealed|showed|shows|show|"
                                r"found|meant|means|suggested|suggests|estimated|confirmed)\b(?:\s+that\b)?", regex.I)
_MONEY_IS_NOT = compiled(r"^(?:it|this|that|there|which|what|these|those|they|he|she|we|figure|total|sum|amount|cost|price|value)$", regex.I)


def _money_is(text: str, s: Statistic, s_start: int) -> str | None:
    """The subject a sum is said of: "Council tax for a band A property is currently [£1,037.90]"."""
    lo = max(s_start, s.num_start - 90)
    near = text[max(lo, s.num_start - 30):s.num_start]
    if not any(w in near for w in (" is ", " was ", " are ", " were ", " be ", " been ", " at ")):
        return None
    mm = _MONEY_IS.search(text[lo:s.num_start])  # (on the slice: "^" is where the sentence starts)
    if not mm or lo > s_start and mm.start() == 0:
        return None
    x = mm.group("x")
    if (said := list(_REPORTING_VERB.finditer(x))):  # "When asked about the plans the leader said the cost is": the cost
        x = _LEAD_ARTICLE.sub("", x[said[-1].end():].strip())
    if (framed := _LEAD_FRAME.sub("", x)) != x:
        x = _LEAD_ARTICLE.sub("", framed)  # "In London the average property price is": average property price
    x = _PRED_STOP.split(_PLACE_TAIL.sub("", x))[0].strip()  # "the average price in Wales in January"
    x = rx(r"^.*\b(?:that|which|when|where|if|as|because)\s+(?:the\s+)?", regex.I).sub("", x)  # "it was noted that the overspend"
    if not x or _MONEY_IS_NOT.match(x) or _PRONOUN_WORD.match(x.split()[-1]) or _PRONOUN_WORD.match(x.split()[0]):
        return None
    return x


def _money_from_by(text: str, s: Statistic, s_start: int) -> str | None:
    """A sum named by where it comes from or how it is made: "[£4.9m] would come from increasing
    council tax" → money from increasing council tax; "a saving of [£2m] by scrapping vacant posts"
    → saving by scrapping vacant posts."""
    near = text[s.end:s.end + 40]
    if " from " in near and (fm := _MONEY_FROM.match(text, s.end, s.end + 140)) and not _MONEY_FROM_NOT.match(fm.group("x")) \
            and not _TAKEN_BEFORE.search(text[max(s_start, s.num_start - 40):s.num_start]):  # (money collected from: _money_taken)
        x = _FROM_CUT.split(_PRED_STOP.split(fm.group("x"))[0])[0].strip()
        if x and fm.group("x").startswith(f"{x} and ") and (cm := _AND_NOUNS_END.match(fm.group("x"), len(x))):
            x = f"{x}{cm.group(0).rstrip()}"  # "[£2m] from housing and business growth": both sources
        hm = _NOUN_OF_SUM.search(text, max(s_start, s.num_start - 40), s.num_start)  # "a transfer of £11m from reserves"
        head = hm.group("h") if hm and not _PLAIN_SUM.match(hm.group("h")) else "money"
        return f"{head} from {x}" if x else None
    if near.startswith(" by ") and (bm := _BY_DOING.match(text, s.end, s.end + 120)) \
            and (hm := _MONEY_NOUN_OF.search(text, max(s_start, s.num_start - 40), s.num_start)):
        return f"{hm.group('h')} by {_PRED_STOP.split(bm.group('x'))[0].strip()}"
    return None


def _money_doing(text: str, s: Statistic) -> str | None:
    """Money spent doing something: "spent [£49.8m] clearing up illegally dumped waste" →
    spending on clearing up illegally dumped waste."""
    tm = None
    im = _MONEY_ING.match(text[s.end:s.end + 90]) or (tm := _MONEY_TO_DO.match(text[s.end:s.end + 90]))
    if not im or not (vm := _SPENT_BEFORE.search(text[max(0, s.start - 40):s.num_start])):
        return None
    doing = rx(r"\s+[\d,.]+\s+").sub(" ", im.group("x"))  # "pursuing 494,000 enforcement actions"
    if im is tm:  # "investing [£62.6m] to protect vital services": money for a purpose
        verb = vm.group("v").lower()
        noun = "investment" if verb.startswith("invest") else "cost" if verb.startswith("cost") else \
            "payment" if verb.startswith("pa") else "spending"
        return f"{noun} to {_PRED_STOP.split(doing)[0].strip()}"
    return f"spending on {_PRED_STOP.split(doing)[0].strip()}"


#: a purpose after a sum spent: "investing £62.6m to protect vital services" (not "to date", "to the victims",
#: "to £3m")
_MONEY_TO_DO = compiled(r"^\s+to\s+(?P<x>(?!(?:be|the|a|an|its|their|his|her|our|this|that|date|each|every|all|end|start|"
                             r"beginning|middle|mid|year|month|now|(?-i:[A-Z])[a-z]*)\b)"
                             r"[a-z]+\s+[a-z][^.;:()\n]{2,70})")
_SPENT_BEFORE = compiled(r"\b(?P<v>spent|spend|spends|spending|paid|pays|costs?|invested|investing|invest|invests)\s+"
                              r"(?:(?:more\s+than|over|around|about|almost|nearly|some|just)\s+)?(?:£|\$|€)?$")


def _same_again(text: str, s: Statistic, s_start: int, before: str, tail: str, previous: Statistic | None,
                previous_count: str | None) -> str | None:
    """A figure that states the thing counted just before again: the other end of "from A to B",
    a share set beside a count ("240 applications - or [one in five]"), "the figure for Essex was
    [980]", "... and Surrey [24 per cent]"."""
    near = previous is not None and previous.measure and previous.num_end >= s_start
    if near and previous.kind == s.kind and "to " in before[-60:] and _FROM_PREVIOUS_TO.match(text[previous.end:s.num_start]):
        return previous.measure  # "from 24 in 100 adults a decade ago to [14 in 100] today": the same again
    if near and s.kind in ("ratio", "percentage") and previous.kind in ("count", "quantity") \
            and "or " in before[-30:] and _OR_APPOSITION.search(before[-30:]):
        return f"share of {previous.measure}"  # "240 applications - or almost [one in five] - were refused"
    if ("figure" in before[-90:] or "total" in before[-90:] or "number" in before[-90:] or "tally" in before[-90:]) \
            and (fm := _FIGURE_FOR.search(before[-90:])) and rx(r"^\s*(?:[,;.)–—]|$|in\b|last\b|this\b)").match(tail):
        # "There were 1,250 burglaries in Kent. The figure for Essex was [980]": the same thing elsewhere;
        # "the figure for offences in England and Wales is [47,136]": the thing it names
        if (thing := _figure_thing(fm.group("x"))) is not None:
            return thing
        if previous is not None and previous.measure and previous.kind == s.kind and previous.direction is None:
            return previous.measure
        return previous_count if s.kind == "count" else None
    if previous_count and _THERE_WERE.search(before[-40:]) and (rx(r"^\s*(?:[,;.)–—]|$)").match(tail) or _PLACE_ONLY.match(tail)):
        return previous_count  # "... five years ago, when there were 728.": the thing counted before
    if near and previous.kind == s.kind and _ELIDED_PLACE.search(before[-50:]) and _CONTINUE_TAIL.match(tail):
        return previous.measure  # "Wiltshire had a rise of 29 per cent, and Surrey 24 per cent": the same again
    return None


def _figure_thing(x: str) -> str | None:
    """The thing "the figure for X" names, when X is one (a lower-case noun, not a time or a place):
    "offences in England and Wales" → offences; "Essex", "the same period", "last year" → None."""
    x = _PLACE_TAIL.sub("", x).strip()
    if not x[:1].islower() or rx(r"^(?:the\s+)?(?:same|previous|last|this|next|whole|entire|year|month|week|quarter|period|"
                                 r"region|area|county|country|city|borough|district|nation|force|council|uk|england|wales)\b").match(x):
        return None
    return x


#: a measure that opens on what was done, naming no thing: "got their top choice", "were offered a place"
_VERB_FIRST = compiled(r"^(?:(?:were|was|are|is|have|has|had)\s+)?(?:got|gets|get|won|did|saw|said|offered|given|[a-z]+ed)\s+"
                         r"(?:their|his|her|its|a|an|the|some|no)\b")  # (not "recorded crimes", "registered voters")


#: a noun of up to three words (none a participle) and the participle said of it: "pupils excluded", "offenders
#: released from prison" (not "killed or seriously injured casualties", "households in bed and breakfast")
_NOUN_THEN_DONE = compiled(r"^(?P<noun>(?:(?![a-z]+ed\b|(?:being|been|having|who|that|which|were|was|are|is)\b)[\w'’-]+\s+){1,3}?)"
                                r"(?:\w+ly\s+)?"
                                r"(?!(?:hundred|indeed|speed|breed|greed|need|bed|shed|seed|feed)\b)[a-z]{3,}ed\b")


#: a clause that says a count went up or down, then its figures after a dash: "The number of automatic fire alarms
#: attended by the fire service was down last year - ", "Firefighters also attended more fires last year - "
_DASH_RESTATES = compiled(
    r"(?:(?:^|\b(?:the|The)\s+)(?:number|total|count)\s+of\s+(?P<x>[a-z][^,;:()\d–—-]{2,80}?)\s+(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:(?:slightly|sharply|also|well)\s+)?(?:down|up|higher|lower)"
    r"|\b(?P<agent>[A-Z][a-z]+)\s+(?:also\s+)?(?P<v>[a-z]{3,}ed)\s+(?:more|fewer|less)\s+(?P<o>[a-z][a-z ]{2,40}?))"
    r"(?:\s+(?:last|this)\s+(?:year|month|week|quarter))?\s+[-–—]\s+$")


#: "put the number at", "estimates the total at around": a count given to a number named before
_PUT_AT = compiled(r"\b(?:put|puts|putting|estimated|estimates|estimate|set|sets|placed|places)\s+(?:the|this|that|their|its)\s+"
                   r"(?:number|figure|total|count)\s+at\s+(?:(?:around|about|some|nearly|almost|just|more\s+than|over)\s+)?$")
#: "the number of rough sleepers across England": the counted thing of a number named
_NUMBER_OF_X = compiled(r"\b(?i:number|total|count)\s+of\s+(?P<x>[a-z][a-z'’ -]{2,60}?)(?=\s+(?:in|across|on|at|who|which|that|has|have|"
                        r"had|is|are|was|were|continues|continued|rose|fell|increased|decreased|went)\b|[,.;:])")


def _put_the_number_at(text: str, s: Statistic) -> str | None:
    """A count given to "the number" ("Counts ... put the number at [2,414]"): the thing of the last "number of X"
    named in its own paragraph."""
    if _PUT_AT.search(text, max(0, s.num_start - 60), s.num_start) is None:
        return None
    lo = text.rfind("\n\n", 0, s.num_start) + 1
    found = None
    for found in _NUMBER_OF_X.finditer(text, max(0, lo, s.num_start - 2000), s.num_start):
        pass
    return found.group("x").strip() if found is not None else None


def _dash_restates(text: str, s: Statistic, s_start: int) -> str | None:
    """The count a clause said went up or down, restated after a dash with its values (see :data:`_DASH_RESTATES`):
    the number's noun, or the object and the verb ("fires attended")."""
    if s.num_start - s_start < 12 or not any(d in text[max(s_start, s.num_start - 4):s.num_start] for d in "-–—"):
        return None
    m = _DASH_RESTATES.search(text, max(s_start, s.num_start - 160), s.num_start)
    if m is None:
        return None
    return m.group("x").strip() if m.group("x") else f"{m.group('o').strip()} {m.group('v')}"


def _noun_before_done(measure: str) -> str:
    """The noun of a measure that is a noun and what was done to it ("pupils excluded" → "pupils"), so that
    another figure's own participle replaces it ("and 300 were expelled": pupils expelled); else the measure."""
    m = _NOUN_THEN_DONE.match(measure)
    return m.group("noun").strip() if m else measure


def _copula_only(text: str, s: Statistic, tail: str, previous: Statistic | None, reach: int) -> str | None:
    """A figure followed only by "were"/"are" and what is said of it: "And 151 were arrested",
    "More than 400,000 are children waiting for care", "Fifty-one per cent were families"."""
    pm = rx(r"^\s+(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+)").match(tail + text[s.end + 40:s.end + 160])
    if pm and s.kind == "count":
        rest = " " + (tail + text[s.end + 40:s.end + 160])[pm.end():]
        # "And 151 were arrested for drug-driving"; "More than 400,000 are children waiting for care"
        said = _predicate(rest)
        if said and previous is not None and previous.measure and previous.num_end >= reach \
                and previous.kind in ("count", "quantity") and not _CHANGE_PREFIX.match(previous.measure) \
                and (head := _noun_before_done(_PARTICIPLE_TAIL.split(previous.measure)[0].strip())) and len(head.split()) <= 4:
            return f"{head} {said}"  # "350 offenders were released, and 40 were recalled": offenders recalled
        return said or (_phrase_at(rest, 0, "count") if rx(r"^\s+[a-z]+(?:s|ren|men)\b").match(rest) else None)
    if pm and s.kind == "percentage" and previous is not None and previous.measure and previous.num_end >= reach \
            and previous.kind in ("count", "quantity", "percentage", "change") and not previous.measure.startswith("share of") \
            and not _VERB_FIRST.match(previous.measure):
        # "6,680 households were in B&Bs. Fifty-one per cent were families with children": a share of them
        rest = " " + (tail + text[s.end + 40:s.end + 160])[pm.end():]
        said = _predicate(rest) or _phrase_at(rest, 0, "count")
        if said and not _BARE_CHANGE.match(said):
            # ("88 per cent of crime victims were satisfied with the response, while 97 per cent were satisfied with
            # how they were treated": of the victims, not of those satisfied with the response)
            of = _noun_before_done(unchanged(previous.measure)) if _predicate(rest) else unchanged(previous.measure)
            return f"share of {of} {'' if _predicate(rest) else 'that are '}{said}"
    if pm and s.kind == "percentage" and previous is not None and previous.measure and previous.num_end >= reach \
            and _VERB_FIRST.match(previous.measure):
        # after "got their top choice", a deed with no thing to share, the share is of those who did what follows:
        # "97.8% got their top choice, and ... [97.2]% were offered their first pick": offered their first pick
        return _predicate(" " + (tail + text[s.end + 40:s.end + 160])[pm.end():])
    return None


#: a bare noun of events that the text has named more fully before ("cases of fly-tipping")
_BARE_EVENT = compiled(r"^(?P<n>(?i:incidents|offences|crimes|cases|reports|prosecutions|convictions|arrests|claims|complaints|"
                            r"breaches|attacks|thefts|incidences|fines))(?:\s+(?P<p>[a-z]+ed))?$")


#: a participle at the end of a measure: "complaints upheld"
_OWN_PARTICIPLE = compiled(rf"(?<=[a-z])\s+(?:[a-z]+ed|{_IRREGULAR_DONE})$")


def _settle(text: str, s: Statistic, found, previous: Statistic | None, earlier: list[str], sentence_bounds) -> str | None:
    """A found phrase made a measure: back-references resolved ("such offenders", "last year's
    figure"), time phrases dropped, a turnout named, "the number of X" reduced to X for a level."""
    if found is None:
        return None
    found = str(found)
    if _BACK_REF.match(found):
        found = antecedent(found, earlier) or found
    if found is not None and found[-6:].rstrip("s").endswith(("figure", "total", "number", "tally", "level", "count")) \
            and _FIGURE_REF.match(found):
        # "Last year's figure was 44.9 per cent": the figure stated before, of the same kind
        found = None
        if previous is not None and previous.measure and previous.kind == s.kind:
            found = previous.measure
        elif previous is not None and previous.measure and previous.direction is not None \
                and previous.num_end >= sentence_bounds(text, s.num_start)[0]:
            found = unchanged(previous.measure)  # "the number dropped by 45% from [1,284,000]"
    if found is not None and _TIME_PHRASE.match(found):
        return None  # "the previous year" is when, not what
    if found is not None and s.direction is None and len(found) < 26 and (em := _BARE_EVENT.match(found)):
        # "Enfield recording [70,930] incidents" after "936,090 cases of fly-tipping": the kind named before
        stem = em.group("n").lower()[:-1]
        for m in reversed(earlier[-8:]):
            m = _ROLE_BRACKET.sub("", unchanged(m))
            if stem in _stems(m) and 2 <= len(m.split()) <= 6 and not rx(r"^(?:share|proportion|cost|value|spending|money)\b|\d").search(m):
                if em.group("p") and em.group("p") not in m:  # (its own participle for the one the kind had)
                    return f"{_OWN_PARTICIPLE.sub('', m)} {em.group('p')}"
                return m
    if found is not None and ("elector" in found or "voters" in found) and _VOTED.search(found) and "turnout" not in found:
        found = f"turnout ({found})"  # "20.3 per cent of the electorate voted"
    if found is not None and s.direction is None and found[:14].lower() == "the number of " and len(found) > 14:
        found = found[len("the number of "):]  # a level: "the number of X" counts X
    return found


#: a change noun that is the subject and names nothing: "the overall decline was [1.6%]", "the level
#: of decline in Wales was just [0.1%]" (a place may follow it, a thing may not)
_BARE_CHANGE_SUBJECT = compiled(
    r"\b(?i:the|this|that|its|their)\s+(?:[a-z]+\s+){0,2}?(?:level\s+of\s+|rate\s+of\s+)?"
    r"(?P<n>decline|fall|drop|decrease|rise|increase|growth|reduction)"
    r"(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[a-z]{2,8}\s+)?[A-Z][\w'’-]*){0,3})?"
    r"\s+(?:was|is|has\s+been|had\s+been|stood\s+at|came\s+to)\s+"
    r"(?:(?:just|only|around|about|nearly|almost|roughly|a\s+(?:much\s+)?(?:lower|higher|smaller|bigger|larger|steeper|sharper))\s+)*$")
_NOT_A_THING = compiled(r"^(?:which|who|that|there|it|this|they|overall|greatest|biggest|largest|level)\b", regex.I)


def _bare_change_subject(text: str, s: Statistic, earlier: list[str], sentence_bounds) -> tuple[str, str] | None:
    """A change whose subject is only a change noun takes the thing of the change named just
    before: "Bus use fell 2%. ... the overall decline was [1.6%]" → (bus use, decline)."""
    before = text[max(sentence_bounds(text, s.num_start)[0], s.num_start - 90):s.num_start]
    if not any(w in before for w in ("decline", "fall", "drop", "decrease", "rise", "increase", "growth", "reduction")):
        return None
    bm = _BARE_CHANGE_SUBJECT.search(before)
    if not bm or rx(r"^\s*(?:(?:per\s*cent|percent|%)\s*)?in\s+(?:the\s+)?[a-z]").match(text[s.end:s.end + 30]):
        return None
    seen: dict[str, int] = {}
    for m in reversed(earlier[-8:]):  # the thing changed most often just before, else the latest
        thing = rx(r"\s+(?:in|during)\s+(?:(?:19|20)\d\d(?:[-/]\d\d(?:\d\d)?)?|last\s+year|this\s+year)$").sub("", _CHANGE_BASE.sub("", unchanged(m)).strip())
        if _CHANGE_PREFIX.match(m) and thing and not _NOT_A_THING.match(thing):
            seen[thing] = seen.get(thing, 0) + 1
    if not seen:
        return None
    return max(seen, key=seen.get), bm.group("n").lower()


#: a clause that says its subject is changing, then ", with" a change of a size: "the rise in [crime] is
#: accelerating, with a", "[Burglaries] are rising faster, with an"
_TREND_WITH = compiled(
    r"\W*(?:[A-Z][a-z]+(?:\s+[a-z]+)?\s*,\s*)?"
    r"(?:[^,.;:]{0,60}?\b(?:say|says|said|show|shows|showed|suggest|suggests|reveal|reveals|revealed)\s+(?:that\s+)?)?"
    r"(?:(?i:the)\s+)?(?:(?:rise|increase|growth|fall|drop|decline|reduction)\s+in\s+(?:the\s+)?(?:number\s+of\s+)?)?"
    r"(?P<np>[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)\s+"
    r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been|has|have|had|continues\s+to|continued\s+to|keeps|kept)\s+"
    r"(?:(?:still|now|also)\s+)?(?:accelerating|rising|falling|growing|increasing|decreasing|declining|climbing|slowing|dropping|"
    r"soaring|slowed|accelerated|risen|fallen|grown|increased|decreased|declined|climbed|rise|fall|grow|climb)"
    r"(?:\s+(?:faster|sharply|steadily|quickly|slowly|rapidly|again|further))?\s*,\s+with\s+(?:an?\s+)?(?:(?:further|another)\s+)?"
    r"(?:(?:around|about|nearly|almost|more\s+than|over|just|some)\s+)?[£$€]?$")
_POINTER_WORD = compiled(r"^(?:it|this|that|they|these|those|there|which|who|we|he|she|numbers?|figures?|levels?|rates?|totals?)$", regex.I)


def _what_changed_in(text: str, s: Statistic, previous: Statistic | None, sentence_bounds) -> tuple[str | None, str | None]:
    """What a change is a change in (see :func:`changed_thing`), else the subject of the sentence
    before when the change's own subject only points back, else a level stated beside it."""
    here = sentence_bounds(text, s.num_start)[0]
    if previous is not None and previous.measure and previous.direction is not None and previous.num_end >= here \
            and "by" in text[max(here, s.num_start - 20):s.num_start] and _ELIDED_BY.search(text[max(here, s.num_start - 40):s.num_start]):
        return unchanged(previous.measure), None  # "..., and by [22]% compared to December 2021": the same change again
    if previous is not None and previous.num_end >= here and " by" in text[max(here, s.num_start - 12):s.num_start] \
            and (em := _ELIDED_VERB_BY.search(text, max(previous.end, s.num_start - 80), s.num_start)) \
            and not any(w in _NOT_ELIDED or w.endswith(("ing", "ed")) for w in em.group("np").split()) \
            and _VERB_OF_CHANGE_BY.search(text, here, em.start()):
        # "the count rose by 242 to 3,728 and the unemployment rate by [0.3]%": the verb left out
        return em.group("np"), None
    thing, noun = changed_thing(text, s, here)
    if thing and thing[:1].isupper() and _PROPER_NAME.match(thing) and _is_place(thing) \
            and text.find(f"in {thing}", here, s.end + 80) >= 0:
        thing = None  # "a 7% reduction in London": where, not what
    if thing is None and " with " in text[max(here, s.num_start - 40):s.num_start] \
            and (wm := _TREND_WITH.match(text, here, s.num_start)) is not None and not _NOT_A_SHARE_HEAD.match(wm.group("np")) \
            and not _POINTER_WORD.match(wm.group("np")) and not (wm.group("np")[:1].isupper() and _is_place(wm.group("np"))):
        # "the rise in crime is accelerating, with a [3]% increase recorded in the year to March 2015", "Burglaries
        # are rising faster, with a [5]% increase in 2021": the change the clause describes is one in its subject
        thing = _first_word_lower(wm.group("np"))
    if (thing is None or _GENERIC_NOUN.match(thing)) and previous is not None and previous.measure and previous.direction is None \
            and previous.num_end >= here and (_APPOSITIVE_CHANGE.search(text[previous.end:s.num_start])
                                              or _APPOSITIVE_CHANGE_NOUN.search(text[previous.end:s.num_start])):
        # "7.3 million people are waiting - up by 114,000": of them; "was £36.4m, a [3]% reduction
        # over 2011/12", "65,200 ..., an increase of [1,800] offences": a change in the figure before
        thing = unchanged(previous.measure)
    if thing is None and noun is not None and here:
        # (after the figure before in the sentence, whose change this is: "logged 5.5 million offences, a
        # rise of [a tenth]"), "Recorded thefts had been falling. In that period the number dropped by [45%]"
        sm = _SENTENCE_SUBJECT.match(text, sentence_bounds(text, max(0, here - 2))[0], here)
        thing = sm.group("np") if sm and not _NOT_A_SHARE_HEAD.match(sm.group("np")) else None
    if thing is None and (("ing " in text[max(here, s.num_start - 40):s.num_start] or "up " in text[max(here, s.num_start - 20):s.num_start]
                           or "down " in text[max(here, s.num_start - 20):s.num_start])
                          and _PARTICIPLE_CHANGE.search(text, max(here, s.num_start - 60), s.num_start)
                          or "be " in text[max(here, s.num_start - 12):s.num_start] and _BE_COMPARATIVE.match(text, s.end, s.end + 20)) \
            and (sm := _CLAUSE_SUBJECT.match(text, here, s.num_start)) and not _NOT_A_SHARE_HEAD.match(sm.group("np")) \
            and not _SAW_NOT_THING.search(sm.group("np")) and (" " in sm.group("np") or sm.group("np").endswith("s")):
        # "The working age population – those 16 to 64 – showed the lowest growth, rising by [three] per
        # cent to 41.7 million": a change set after a comma as a participle is one in the sentence's subject
        thing = _first_word_lower(sm.group("np"))
    if thing is None and ("up " in text[max(here, s.num_start - 24):s.num_start] or "down " in text[max(here, s.num_start - 24):s.num_start]) \
            and (hm := _HEADLINE_UP.match(text, here, s.num_start)) and not _SAW_NOT_THING.search(hm.group("np")) \
            and not (hm.group("np")[:1].isupper() and _PROPER_NAME.match(hm.group("np")) and _is_place(hm.group("np"))):
        # "Police-recorded crime up [9]% amid rises in homicide": a headline's change, with no verb
        thing = _first_word_lower(hm.group("np"))
    return thing, noun


#: a sentence (a headline) that is only a noun phrase and its change: "Recorded burglary up [7]% ..."
_HEADLINE_UP = compiled(
    r"\W*(?:(?i:the)\s+)?(?P<np>[A-Za-z][\w'’-]*(?:\s+(?!(?:is|are|was|were|has|have|had|and|but|while|who|which|that|it|they|"
    r"we|he|she|said|says|in|on|at|to|by|from|across)\b)[A-Za-z][\w'’-]*){0,5}?)\s+(?:(?:is|are|was|were)\s+)?(?:up|down)\s+"
    r"(?:by\s+)?(?:(?:around|about|nearly|almost|more\s+than|over|just|some)\s+)?[£$€]?$")


#: the words between a change and the level it reached: "rising by 3%[ to ]41.7 million"
_TO_LEVEL = compiled(r"\s*(?:%|per\s*cent|percent|pc)?(?:\s+(?:increase|rise|fall|drop|decrease|reduction|growth|jump|decline))?"
                          r"(?:\s+(?:in|over|during|since|on|compared\s+(?:with|to))\s+[^,;:.\d()]{2,40}?"
                          r"|\s+(?:year|month|week|quarter)[-\s]on[-\s](?:year|month|week|quarter))?"
                          r"\s+to\s+(?:reach\s+|stand\s+at\s+)?(?:(?:just|around|about|almost|nearly|some|more\s+than|"
                          r"over|under|a\s+record|an\s+estimated)\s+){0,2}[£$€]?$")
#: "fell by 2,000 in the quarter to February, [to] just under 30 million", "a 7,000 fall in claimants last month, to":
#: the level the change reached, after a comma
_TO_LEVEL_COMMA = compiled(r"\s*(?:%|per\s*cent|percent|pc)?(?:\s+(?:[^,;:.()\d\n–—]|(?:19|20)\d\d|(?<=\s)\d{1,2}(?=\s+[a-z])){1,70}?)?,\s+"
                                r"(?:to|reaching)\s+(?:(?:just|around|about|almost|nearly|some|more\s+than|"
                                r"over|under|a\s+record|an\s+estimated)\s+){0,2}[£$€]?")
#: a list of names with their figures in brackets under a heading that says what is counted: "The wards with
#: the most burglaries were Central ([312]), Riverside (287)"
_MOST_LIST = compiled(r"\bwith\s+the\s+(?:most|fewest|(?:highest|lowest|largest|biggest|greatest)\s+(?:number|numbers|total)\s+of)\s+"
                           r"(?P<y>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,5}?)(?:\s+(?:in|across)\s+[^,;:()\n]{1,40}?)?\s+(?:were|was|are|is|included)\b:?"
                           r"(?:[^.;()\n]|\([\d,.]+\))*\($")
#: "the jobless rate is now [9.1] per cent", "The unemployment rate in Kent was [4.2]%": the rate named
_RATE_IS = compiled(r"\b(?i:the)\s+(?P<x>(?:(?!(?:the|a|an|is|was|has|had|now|in|for|of)\b)[a-z][\w-]*\s+){1,3}rate)"
                         r"(?:\s+(?:in|for|across)\s+(?:the\s+)?[A-Z][\w&'’ -]{1,40}?)?\s+(?:(?:is|was|has\s+been|had\s+been|remains|remained)\s+)"
                         r"(?:now\s+|still\s+|just\s+|around\s+|about\s+|almost\s+|nearly\s+)*$")
#: "The bill ... will be [£80] higher": a comparative after the figure, set by the verb "be"
_BE_COMPARATIVE = compiled(r"\s*(?:%|per\s*cent|percent)?\s+(?:higher|lower|more|less|greater|smaller|bigger|cheaper|dearer)\b")
#: a change set after a comma as a participle: "..., rising by [three] per cent", "..., down [4]%"
_PARTICIPLE_CHANGE = compiled(
    r",\s+(?:(?:rising|falling|increasing|decreasing|climbing|dropping|growing|declining|jumping|soaring|up|down)\s+(?:by\s+)?)"
    r"(?:(?:around|about|nearly|almost|more\s+than|over|just|some|a\s+further|another)\s+)?[£$€]?$")
#: the subject of a sentence, up to its verb (an aside between dashes and a place after it are passed):
#: "The working age population – those 16 to 64 years – showed", "Bus use in Kent fell"
_CLAUSE_SUBJECT = compiled(
    r"\W*(?:(?:In|During|Over|Since|Across|Nationally|Overall|Meanwhile|By\s+contrast)\b[^,]{0,40},\s*)?(?:(?i:the)\s+)?"
    r"(?:(?i:number|total)\s+of\s+)?(?P<np>[A-Za-z][a-z'’-]*(?:\s+(?:[a-z][\w'’-]*|[A-Z][\w'’-]*(?=\s+[A-Za-z]))){0,6}?)\s+"
    r"(?:(?:[–—]|-(?=\s))\s[^–—\n.;:]{2,60}?\s(?:[–—]|-)\s+)?"
    r"(?:(?:in|across)\s+(?:the\s+)?(?:[A-Z][\w ]{0,30}?|town|city|county|area|region|country|borough|district)\s+)?"
    r"(?:(?:had|has|have)\s+)?(?:will|would|showed|shows|continued|recovered|rose|fell|increased|decreased|grew|dropped|climbed|"
    r"jumped|declined|remained|reached|hit|stood|were|was|is|are)\b")
#: the level a change reached, after the change: "... by 2.8% [to 548,006] applicants"
_TO_LEVEL_AFTER = compiled(r"\s*(?:%|per\s*cent|percent|pc)?\s+(?:(?:drop|fall|rise|increase|decrease|reduction|decline|jump)\s+with\s+|to\s+)"
                                r"(?:(?:just|around|about|almost|nearly|some|more\s+than|"
                                r"over|under|a\s+record|an\s+estimated)\s+){0,2}[£$€]?\d[\d.,]*(?:\s*(?:million|billion|m|bn)\b)?+(?=\s+[a-z])")
_GENERIC_LEVEL = compiled(r"^(?:a|an|the|in|on|at|by|from|last|this|per|each|year|years|months?|weeks?|days?|times?)\b")


def _change_fallback(text: str, s: Statistic, previous: Statistic | None, previous_count: str | None,
                     sentence_bounds) -> str | None:
    """A change or compared figure that names nothing: the change just before ("Kent had a 2.5%
    fall, and Essex a 0.2% decline"), the level beside it ("£1,784, £85 more than last year"), else
    what was counted before ("an increase of four on last year")."""
    if s.direction is None:
        return previous_count if is_compared_figure(text, s) else None
    if _MORE_AFTER.match(text, s.end, s.end + 24) \
            and (vm := _DOING_MORE.search(text, max(sentence_bounds(text, s.num_start)[0], s.num_start - 120), s.num_start)):
        # "day-trippers are also spending [six per cent] more", "drivers are waiting [20%] longer": the doing, by them
        v = vm.group("v").lower()
        doing = _DOING_NOUN.get(v) or (v if v.endswith("ing") else None)
        who = _CLAUSE_START.sub("", vm.group("x"), count=1).strip()
        if doing and rx(r"[A-Za-z]{2}").search(who) and not _NOT_COPULA_HEAD.search(who) \
                and not rx(r"^(?:it|this|that|they|we|you|he|she|there|which|who|people)$", regex.I).match(who):
            return f"{doing} by {_first_word_lower(who)}"
    if (" to " in text[s.end:s.end + 16] or " with " in text[s.end:s.end + 24]) and (tm := _TO_LEVEL_AFTER.match(text, s.end, s.end + 60)) \
            and (what := _phrase_at(text, tm.end(), "count")) and not _GENERIC_LEVEL.match(what):
        return what  # "rising by 2.8% to 548,006 applicants": what the change reached
    here = sentence_bounds(text, s.num_start)[0]
    if previous is not None and previous.measure and _CHANGE_PREFIX.match(previous.measure) \
            and previous.num_end >= sentence_bounds(text, max(0, here - 2))[0]:
        return unchanged(previous.measure)
    if previous is not None and previous.measure and previous.kind == s.kind and previous.direction is None \
            and previous.num_end >= here:
        return previous.measure
    return previous_count


#: a change named as a noun with no figure of its own, then the level it reached: "an increase in the number of
#: [robberies at knife point] to nearly"
#: the average or total a change reached: "increasing by 1.5% over the month [to an average of] £167,063"
_TO_AN_AVERAGE = compiled(r"\bto\s+an?\s+(?:new\s+)?(?P<w>average|total)\s+of\s+"
                               r"(?:(?:just|around|about|almost|nearly|some|over)\s+)?[£$€]?$")
#: what a change took to a level: "which takes [the average property value in England] to £167,063"
_TAKES_TO = compiled(r"\b(?:takes?|took|taking|brings?|brought|bringing|pushes|pushed|pushing|puts|putting|lifts?|lifted|lifting)"
                          r"\s+(?P<x>(?:the|its|their)\s+[a-z][^,;:()\d]{2,60}?)(?:\s+(?:up|down|back))?\s+to\s+"
                          r"(?:(?:just|around|about|almost|nearly|some|over|a\s+record)\s+)?[£$€]?$")


def _reached_level(text: str, s: Statistic, s_start: int, previous: Statistic | None) -> str | None:
    """The level a change reached, named by what took it there ("takes the average property value to [£167,063]":
    average property value) or as the average of the changed thing ("house prices ... increasing by 1.5% to an
    average of [£167,063]": average house prices)."""
    lo = max(s_start, s.num_start - 90)
    if (tm := _TAKES_TO.search(text, lo, s.num_start)) is not None:
        # ("pushed the number of families in temporary housing to 1,950": families in temporary housing)
        x = _NUMBER_OF_LEAD.sub("", _LEAD_DETERMINER.sub("", _PLACE_TAIL.sub("", tm.group("x")).strip()))
        return x or None
    if (am := _TO_AN_AVERAGE.search(text, max(s_start, s.num_start - 40), s.num_start)) is not None and previous is not None \
            and previous.measure and previous.num_end >= s_start and (pm := _CHANGE_PREFIX.match(previous.measure)):
        thing = rx(r"\s+(?:in|on|over|during|since|compared)\s.*$").sub("", previous.measure[pm.end():])
        return f"{am.group('w')} {_LEAD_ARTICLE.sub('', thing)}" if thing else None
    return None


_CHANGE_IN_REACHED = compiled(
    r"\b(?:increase|rise|fall|drop|decrease|reduction|growth|jump|decline|surge)\s+in\s+(?:the\s+)?(?:(?:number|total|level)\s+of\s+)?"
    r"(?P<x>[a-z][\w'’-]*(?:\s+(?!(?:to|by|and|or|but|which|that|was|were|is|are)\b|from\s+[£$€]?\d)[\w'’-]+){0,5}?)\s+to\s+"
    r"(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under|a\s+record)\s+)?[£$€]?$", regex.I)


def _richer_than_after(text: str, s: Statistic, s_start: int, before: str, after: str,
                       previous: Statistic | None) -> str | None:
    """A noun after a figure that the sentence says more about: the fuller phrase of a figure it is
    compared with, the share it is "equivalent to", the change it restates ("up 16%, or [8,000]
    offences"), what the incidents involved, whose jobs they are."""
    if (same := _same_noun_before(text, s, s_start, after, previous)) is not None:
        return same
    near = previous if previous is not None and previous.measure and previous.num_end >= s_start else None
    if near is not None and near.kind == "percentage" and ("equ" in before[-30:] or " or " in before[-30:]) \
            and _EQUIVALENT.search(before[-30:]) \
            and not _CHANGE_PREFIX.match(near.measure):
        return rx(r"^share\s+of\s+").sub("", near.measure)  # "25.3% of children ..., equivalent to [5,020] youngsters"
    if near is not None and near.direction is not None and _GENERIC_NOUN.match(after.split()[0]) and _CHANGE_PREFIX.match(near.measure) \
            and _WITH_AFTER.search(before[-40:]):
        # "Drugs offences soared by 121 per cent, with [2,397] crimes recorded": the crimes are those offences
        thing = unchanged(near.measure)
        if not _GENERIC_NOUN.match(thing):
            rest = after.split(None, 1)[1] if " " in after else ""
            return f"{thing} {rest}".strip() if _BARE_PARTICIPLE.match(rest) else thing
    if _GENERIC_NOUN.match(after) and near is not None and (cp := _CHANGE_PREFIX.match(near.measure)) \
            and _OR_APPOSITION.search(before[-30:]):
        return f"{cp.group(0)}{unchanged(near.measure)} {after}"  # "up 16%, or [around 8,000] offences"
    if _GENERIC_NOUN.match(after) and ("accoun" in before[-80:] or " up for" in before[-80:]) \
            and (am := _ACCOUNTED_FOR.search(before[-80:])):
        return f"{after} involving {am.group('x')}"  # "household waste, which accounted for [255] incidents"
    if " for" in before[-20:] and " to " in before[-120:] and len(after.split()) <= 2 \
            and (fm := _ACTION_FOR.search(before[-140:])) is not None:
        # "councils took action to prevent and relieve homelessness for [52,190] households": what they had done for them
        return f"{after} with {fm.group('a').lower()} to {fm.group('p')}"
    jm = _SUPPORTS.search(_MONEY_CLAUSE.sub("", before[-100:], count=1)) \
        if _SUPPORT_STEMS.search(before[-40:]) and _JOBS.match(after) else None
    if jm and not _NOT_MONEY_SUBJECT.match(jm.group("x")):
        done = {"creat": "created", "provid": "provided"}.get(jm.group("v").lower(), jm.group("v").lower() + "ed")
        return f"{after} {done} by {jm.group('x')}"  # "the tourism industry supports [38,486] jobs"
    return None


#: what caused a share: "Weather and trespassers caused [17 per cent] of cancellations"
_CAUSED_SHARE = compiled(
    r"(?:^|[,;:]\s*|\b(?:and|while|but|whereas)\s+)(?P<x>(?!(?i:it|this|that|they|which|these|those|we|he|she)\s)[A-Za-z][\w'’-]*"
    r"(?:\s+(?:and\s+|or\s+)?[a-z][\w'’-]*){0,4}?)\s+(?:(?:also|together|alone)\s+)?"
    r"(?:caused|cause|causes|were\s+behind|was\s+behind|were\s+responsible\s+for|was\s+responsible\s+for)\s+"
    r"(?:(?:around|about|almost|nearly|some|more\s+than|over|just|only|a\s+further)\s+)?$")


#: an action and its purpose, then the figure it was for: "took action to prevent and relieve homelessness for"
_ACTION_FOR = compiled(r"\b(?P<a>action|support|help|assistance|steps|measures|funding)\s+to\s+"
                            r"(?P<p>[a-z]{3,}(?:\s+(?:and|or)\s+[a-z]{3,})?(?:\s+[a-z][\w'’-]*){1,4}?)\s+for\s+"
                            r"(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under|a\s+total\s+of)\s+)?$", regex.I)


#: a level set after a change in the same sentence: "..., with [2,397]", "after [43,547]", "which stood at [12,939]"
_WITH_AFTER = compiled(r"(?:,\s*|\b)(?:with|after|which\s+(?:stood|stands)\s+at|to\s+stand\s+at|standing\s+at)\s+"
                            r"(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under|a\s+total\s+of|a\s+record)\s+)?$")


def _cut(tail: str):
    m = _STOP_AFTER.search(tail)
    return tail, m, (tail[:m.start()] if m else tail).strip(" *")


def _first_stop(tail: str):
    """The tail after a figure, its first stop and the phrase before it, read past an aside between
    dashes, a list of participles and a place before the verb."""
    tail, m, phrase = _cut(tail)
    if m and m.group(0).startswith(" in") and ("–" in tail[:80] or "—" in tail[:80] or " - " in tail[:80]) \
            and (am := _DASH_ASIDE.search(tail, m.start(), m.start() + 110)) and not rx(r"[,.;:]").search(tail, m.start(), am.start()):
        # "households in England – including 142,000 children – were in emergency housing": the aside is skipped
        tail, m, phrase = _cut(f"{tail[:am.start()]}{tail[am.end():]}")
    if m and m.group(0) in (" - ", "–", "—") and (am := _DASH_ASIDE.match(tail, m.start())):
        # "372 referrals - or more than one in 10 - were turned away": the aside is skipped
        tail, m, phrase = _cut(f"{tail[:m.start()]}{tail[am.end():]}")
    words = phrase.split()
    if m and m.group(0) == "," and words and _DONE_WORD.match(words[-1]) and (lm := _DONE_LIST.match(tail, m.start())):
        # "patients seen, treated, admitted or discharged within four hours": a list of participles
        rest = tail[lm.end():]
        m2 = _STOP_AFTER.search(rest)
        phrase = f"{phrase}{tail[m.start():lm.end()]}{rest[:m2.start()] if m2 else rest}".strip(" *")
        return f"{phrase} ", None, phrase
    head = tail[:m.start() + 12] if m else ""
    lead = _PLACE_LEAD.match(tail) if m and (" in " in head or " at " in head or " across " in head or " within " in head
                                            or " throughout " in head) else None
    if lead and (pm := _PLACE_THEN_VERB.match(tail, lead.end())):
        # "7.3 million people in England are waiting for treatment": the place is the area's,
        # what is said of the people is the measure's
        tail, m, phrase = _cut(f"{tail[:lead.end()]}{tail[pm.end('place'):]}")
    return tail, m, phrase


#: the searches of patterns that mostly miss, behind their backward test (see :func:`extractor.rules.pretested`)
_FROM_BEFORE_SEARCH = pretested(_FROM_BEFORE)
#: a second thing set beside the first, with its own level: ", with youth unemployment at [12]%"
_WITH_X_AT = compiled(r"\b(?i:with)\s+(?:the\s+|an?\s+)?(?:number\s+of\s+)?(?P<x>(?!(?:a|an|the|its|their|just|around|about|some)\b)"
                           r"(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*(?<!ing|ed)"
                           # "the population of the United Kingdom (as a whole)": what it is of
                           r"(?:\s+of\s+(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?)(?:\s+as\s+a\s+whole)?"
                           r"\s+(?:(?:now|currently|still|also)\s+)?(?:at|numbering|totalling|totaling|standing\s+at|reaching|hitting|topping)\s+"
                           r"(?:(?:just|around|about|almost|nearly|some|more\s+than|over)\s+)?[£$€]?$")
#: a sentence whose subject is the figure before: "And it is now the highest ever recorded", "This is up"
_IT_SUBJECT = compiled(r"\W*(?:(?:and|but|yet|so)\s+)?(?:it|this|that|the\s+figure|the\s+total)\s+(?:is|was|has|had|remains|stands|"
                            r"stood|now|also)\b", regex.I)


_PROPORTION_AT_SEARCH = pretested(_PROPORTION_AT)
_PASSED_SEARCH = pretested(_PASSED)
_OF_THE_GROUP_SEARCH = pretested(_OF_THE_GROUP)
_SHARE_VERB_SEARCH = pretested(_SHARE_VERB)
_VERB_BEFORE_SEARCH = pretested(_VERB_BEFORE)
_QUANTITY_OF_SEARCH = pretested(_QUANTITY_OF)
_CONTINUES_SEARCH = pretested(_CONTINUES)
_AT_COMPLEMENT_SEARCH = pretested(_AT_COMPLEMENT)
_NUMBER_OF_SEARCH = pretested(_NUMBER_OF)
_AND_OBJECT_BY_SEARCH = pretested(_AND_OBJECT_BY)

