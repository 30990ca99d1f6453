"""Direct quotations and their speakers; indirect statements ("X said the ...").

Quote marks are paired by kind (“ ” / " / ‘ ’) within a paragraph, never aborting on an odd
count. The UK convention is honoured: a quotation left open at the end of a paragraph goes on
into the next paragraph that opens with a quote mark (possibly after paragraphs with no marks
at all), and the whole is ONE quote with a span per paragraph. Scare quotes and titles are
rejected. Speakers come from the cue before the quote (``X, ROLE at ORG, said: "..."``) or
after it (``"...," X said`` / ``"...," said X``), each attribution with its rule and a
confidence. References resolve to what the story introduced: he/she/they to the nearest
compatible person named before, speaking or not (gender from a title, a described speaker's
"spokeswoman", or a common first name); "the spokesman" to the spokesman described before;
"the Labour MP" to the person named before; "Mr Hart" to the "Tom Hart" named somewhere, with
the role given where that person was introduced. Character-level work with the ``regex``
module (under a timeout) rather than the Matcher, because quote marks and apostrophes are
single characters whose role depends on their neighbours.

Libraries considered: ``coreferee`` (coreference for spaCy) needs its English model, which is
not on the package index (``python -m coreferee install en`` downloads it from GitHub, which a
deployment here cannot do), and the parser on the whole document; spaCy's ``DependencyMatcher``
needs the parser too, which the pipeline does not run (it is most of spaCy's time). The
speaker phrases of news are a small set of shapes, which these rules cover (see
``tests/test_speakers.py``), and ``benchmarks/compare_quotes.py`` measures them against
textacy's parser-based ``direct_quotations``.
"""
from __future__ import annotations

import bisect
import itertools
import re
import threading
from copy import copy
from dataclasses import dataclass
from functools import lru_cache

import regex
from spacy.language import Language
from spacy.tokens import Doc
from ..regexes import Pattern, compiled

from .. import budget
from ..batching import BatchPipe
from ..extensions import store_spans, text_of
from ..gazetteer import gazetteer
from ..measure import abbreviations
from ..normalize.periods import MONTH_NAMES
from ..rules import PLAIN_WORDS, alternation, letter_tree, lexicon, load_rules, rx, timeout_for
from ..sentences import Sentences, sentences_of
from ..types import Quote, Speaker

#: "”" opens too where a text uses it for both marks (”We will,” she said.): see `_is_opening`
PAIRS = {"“": "”", '"': '"', "‘": "’", "«": "»", "„": "“", "'": "'", "”": "”"}


@dataclass(frozen=True)
class QuoteRules:
    cue_before: Pattern
    cue_after_verb_first: Pattern
    cue_after_name_first: Pattern
    colon_before: Pattern
    cue_colon_before: Pattern
    dash_after: Pattern
    according: Pattern
    according_first: Pattern
    titles: Pattern
    unnamed: Pattern
    pronoun: Pattern
    statement: Pattern
    name_at_end: Pattern
    name_then_org: Pattern
    cue_colon_paragraph: Pattern
    person_appositive: Pattern
    person_named_before_cue: Pattern
    organisation: Pattern
    role_reference: Pattern
    whose: Pattern
    clause_subject: Pattern
    person_mentioned: Pattern
    person_with_role: Pattern
    told_by: Pattern
    according_before: Pattern
    source: Pattern
    min_words: int
    seat_roles: frozenset[str] = frozenset()  # roles whose capitalised premodifier is a seat ("Blacon councillor")
    relative_roles: tuple[tuple[str, str], ...] = ()  # "who chairs X" → "chair of X"
    not_name_words: frozenset[str] = frozenset()  # a body's or a place's word, never a person's ("Crime Panel")


#: QuoteRules field -> rule id in patterns/quotes.json
_RULE_IDS = {"cue_before": "quote.cue_before", "cue_after_verb_first": "quote.cue_after_verb_first",
             "cue_after_name_first": "quote.cue_after_name_first", "colon_before": "quote.colon_before",
             "cue_colon_before": "quote.cue_colon_before", "dash_after": "quote.dash_after",
             "according": "statement.according_to", "according_first": "statement.according_to_first", "titles": "speaker.titles", "unnamed": "speaker.unnamed",
             "pronoun": "speaker.pronoun", "statement": "statement.reported",
             "name_at_end": "speaker.name_at_end", "name_then_org": "speaker.name_then_org",
             "cue_colon_paragraph": "quote.cue_colon_paragraph", "person_appositive": "person.appositive",
             "person_named_before_cue": "person.named_before_cue", "organisation": "speaker.organisation",
             "role_reference": "speaker.role_reference", "whose": "speaker.whose",
             "clause_subject": "speaker.clause_subject", "person_mentioned": "person.mentioned",
             "person_with_role": "person.with_role", "told_by": "quote.told_by",
             "according_before": "quote.according_to_before", "source": "speaker.source"}


@lru_cache(maxsize=1)
def _rule_set():
    return load_rules("quotes.json", component="quotes", flags=0)


@lru_cache(maxsize=1)
def quote_rules() -> QuoteRules:
    rs = _rule_set()
    local = {k: v.split("|") for k, v in rs.lexicons.items()}
    return QuoteRules(**{field: rs[rule_id].pattern for field, rule_id in _RULE_IDS.items()},
                      min_words=int(rs.settings["reject_short_words"]),
                      seat_roles=frozenset(w.lower() for w in local.get("seat_roles", ())),
                      relative_roles=tuple(tuple(e.split(":", 1)) for e in local.get("relative_roles", ())),
                      not_name_words=frozenset(local.get("not_name_words", ())))


# --- pairing ------------------------------------------------------------------------------

_PARA = compiled(r"[^\n]+")
_CLOSING_PRIME = compiled(r"(?<!\d)′")
#: double or single: a quotation left open goes on only into a paragraph that opens with a mark of its kind
_MARK_KIND = {"“": 2, "”": 2, "„": 2, '"': 2, "«": 2, "‘": 1, "'": 1}
#: any mark of :data:`PAIRS` (the characters a quotation may open with)
_MARK = compiled("[" + regex.escape("".join(PAIRS)) + "]")


def _is_opening(text: str, i: int) -> bool:
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in "“«„":
        return True
    if ch in "\"":
        return not before.isalnum() and before not in ".,;!?" and not after.isspace()
    if ch == "”":  # only at a paragraph's start or after a colon, before a word: never a stray closing mark
        k = i - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        return (k < 0 or text[k] in "\n:") and (after.isalnum() or after in "£$€" or (
            # "said:” We have ...": the mark right after the colon, then a space and a capital
            k == i - 1 and text[k] == ":" and after == " " and text[i + 2:i + 3].isupper()))
    if ch == "‘":
        return not before.isalnum() and not after.isspace() and not after.isdigit()
    if ch == "'":  # a straight single mark opens only a paragraph or follows a colon: "He said: 'It wasn't ..."
        if not (after.isalnum() or after in "£$€["):
            return False
        k = i - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        return k < 0 or text[k] in "\n:"
    return False


def _closing_index(text: str, open_i: int, close: str, limit: int) -> int | None:
    if close == "'":  # straight or curly, after the sentence's punctuation: "... drugs.'" (never "wasn't")
        # UK style also closes before the punctuation: "'Council to axe 300 jobs'. Unions ..."
        m = rx(r"(?<=[.,!?…])['’](?![\w])|(?<=\w)['’](?=[.,;:!?)](?:\s|$))").search(text, open_i + 1, limit)
        return m.start() if m else None
    j = open_i + 1
    while j < limit:
        k = text.find(close, j, limit)
        if close == "’" and (prime := _CLOSING_PRIME.search(text, j, k if k >= 0 else limit)) is not None:
            k = prime.start()  # a prime typed for the closing mark (and the apostrophes): ‘We′re Here′ (not feet: "a 5′ wall")
        if k < 0:
            return None
        if close == "’":
            after = text[k + 1] if k + 1 < len(text) else " "
            if after.isalpha():  # It’s, residents’s
                j = k + 1
                continue
        if close == '"' and k + 1 < limit and text[k + 1].isalnum() and not text[k - 1].isspace():
            j = k + 1
            continue
        if close == '"' and k + 1 < limit and text[k + 1].isupper() and text[k - 1] == " " and text[k - 2:k - 1] in (".", "!", "?") \
                and k + 2 < limit and _closing_after(text, k, limit):
            # 'told the website: "We thank the fans. "But time is short. "We believe ..."': a mark that
            # opens the next sentence without closing the last one goes on the same quotation
            j = k + 1
            continue
        return k
    return None


def _closing_after(text: str, k: int, limit: int) -> bool:
    """Whether a closing straight mark (after its punctuation) follows ``k`` in the paragraph."""
    return _STRAIGHT_CLOSE.search(text, k + 1, limit) is not None


#: a straight mark closing a quotation after its punctuation ("...better,", she said)
_STRAIGHT_CLOSE = compiled(r'(?<=[.,!?])"(?=[\s,.;]|$)')


@dataclass
class _Segment:
    open_i: int  # index of the opening mark
    start: int
    end: int
    closed: bool
    para: int


def _segments(text: str) -> tuple[list[_Segment], list[tuple[int, int]]]:
    paras = [(m.start(), m.end()) for m in _PARA.finditer(text, timeout=timeout_for(text)) if m.group(0).strip()]
    segs: list[_Segment] = []
    for p_index, (ps, pe) in enumerate(paras):
        i = ps
        while i < pe:
            # (the next quotation mark of the paragraph, found by one regex call rather than a
            # Python step per character: the same marks, in the same order)
            mark = _MARK.search(text, i, pe)
            if mark is None:
                break
            i = mark.start()
            if _is_opening(text, i):
                close = PAIRS[text[i]]
                k = _closing_index(text, i, close, pe)
                if k is None and close == "”" and '"' in text[i:pe] and (m := _STRAIGHT_CLOSE.search(text, i + 1, pe)):
                    k = m.start()  # “They deserve better,", the chief executive said: closed by a straight mark
                if k is None:
                    end = pe
                    while end > i + 1 and text[end - 1].isspace():
                        end -= 1
                    segs.append(_Segment(i, i + 1, end, False, p_index))
                    break
                segs.append(_Segment(i, i + 1, k, True, p_index))
                i = k + 1
                continue
            i += 1
    return segs, paras


def _plausible(text: str, seg_parts: list[tuple[int, int]], min_words: int) -> bool:
    body = " ".join(text[s:e] for s, e in seg_parts)
    words = body.split()
    if len(seg_parts) > 1:
        return True
    if len(words) < min_words:
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    if not rx(r"(?r)[.!?,;]\W*$").search(body) and caps >= 0.6 * len(words):
        return False  # a title: ‘Managing Sex Offenders in the Community’
    if not rx(r"[.!?,;:—–-]").search(body) and len(words) < 8:
        return False  # a short fragment
    return True


#: how far (characters) the tests of a short quotation read around it
_FRAGMENT_REACH = 400


def _cued(text: str, seg: _Segment, paras: list[tuple[int, int]], rules: QuoteRules) -> bool:
    """A short quotation is still a quotation when a speech cue introduces or follows it:
    ``She said: "Victims deserve answers."``, ``"Why now?" asked Cllr Price.``"""
    ps, pe = paras[seg.para]
    # read a bounded stretch either side (a paragraph of thousands of quotations must not cost
    # its length for each)
    window = text[max(ps, seg.open_i - _FRAGMENT_REACH):seg.open_i]
    if window.rstrip().endswith(":") and rules.cue_colon_before.search(window, timeout=timeout_for(window)):  # (it ends on a colon)
        return True
    if "ccording" in window and window.rstrip().endswith(",") and rules.according_before.search(window):
        return True  # 'According to Mr Hill, “Nothing has changed.”'
    if seg.para > 0 and not text[ps:seg.open_i].strip():
        # the quotation opens its paragraph after one that ends "... said:" ('Jo Bloggs of Somerset Police
        # said:¶"We are determined."')
        pps, ppe = paras[seg.para - 1]
        before = text[max(pps, ppe - _FRAGMENT_REACH):ppe]
        if before.rstrip().endswith(":") and rules.cue_colon_before.search(before, timeout=timeout_for(before)):
            return True
    # the second half of a split quotation: '“We tried,” she said. “Nobody wanted this.”' (the
    # last closing mark after a comma, ? or !, then one anchored match: no scan of the stretch)
    lo = max(ps, seg.open_i - 200)
    k = max(text.rfind(c, lo, seg.open_i) for c in "”\"’")
    sm = _split_second_half().match(text, k + 1, seg.open_i, timeout=timeout_for(text)) if k > lo and text[k - 1] in ",?!…" else None
    if sm:
        for rule in (rules.cue_after_verb_first, rules.cue_after_name_first):
            m = rule.match(sm.group("attr"), timeout=timeout_for(sm.string))
            if m and parse_speaker(m.group("np"), rules) is not None:
                return True
    # ('"I couldn't believe it", he added.': the comma may stand after the closing mark)
    outside = 1 if seg.closed and text[seg.end + 1:seg.end + 2] == "," and (
        not text[ps:seg.open_i].strip() or text[ps:seg.open_i].rstrip()[-1:] in ".!?") else 0  # (it opens the sentence)
    if not seg.closed or not (outside or rx(r"(?r)[,?!]\W*$").search(text[seg.start:seg.end])):
        return False
    after = text[seg.end + 1 + outside:min(pe, seg.end + 1 + outside + _FRAGMENT_REACH)]
    for rule in (rules.cue_after_verb_first, rules.cue_after_name_first):
        m = rule.match(after, timeout=timeout_for(after))
        if m and parse_speaker(m.group("np"), rules) is not None:
            return True
    return False


@lru_cache(maxsize=1)
def _split_second_half() -> Pattern:
    """A quotation's first half closing with a comma (or ? !) and its attribution, just before
    a mark that opens the second half: '“We tried,” she said. “'."""
    return compiled(r"\s*(?P<attr>[^“”\"‘’]{2,150}?)\s*[.,:]\s*$")


@lru_cache(maxsize=1)
def _title_words() -> tuple[frozenset[str], frozenset[str]]:
    """(verbs, nouns) that name a title just before its quote marks (patterns/quotes.json)."""
    local = _rule_set().lexicons
    return (frozenset(local["title_verbs"].lower().split("|")), frozenset(local["title_nouns"].lower().split("|")))


def _titled(text: str, start: int, open_i: int) -> bool:
    """'with the headline ‘...’', 'a report entitled “...”', 'a campaign called: “...”': the
    word just before the mark names a title (the capitals test catches the rest)."""
    words = text[max(start, open_i - 40):open_i].split()
    if not words:
        return False
    verbs, nouns = _title_words()
    last = words[-1].lower().rstrip(":")
    return last in verbs or (words[-1][-1:] != ":" and (last in nouns or last.endswith("s") and last[:-1] in nouns))


@lru_cache(maxsize=1)
def _cue_first() -> Pattern:
    """A phrase that opens with a speech cue verb ("said the authority was ...")."""
    return compiled(f"(?:{alternation(lexicon('cue_verbs'))})\\b")


@lru_cache(maxsize=1)
def _cue_at_end() -> Pattern:
    """A speech cue verb just before a quotation mark ('she said “we will ...')."""
    return compiled(f"(?r)\\b(?:{alternation(lexicon('cue_verbs'))})\\s*$")


@lru_cache(maxsize=1)
def _cue_before_comma() -> Pattern:
    """A speech cue among the last words before a comma ('he said, “', 'said Jo Bell, “')."""
    return compiled(f"(?r)\\b(?:{alternation(lexicon('cue_verbs'))})(?:\\s+[\\w’'.]+){{0,4}}\\s*,\\s*$")


@lru_cache(maxsize=1)
def _reporting() -> Pattern:
    """Words that make a sentence report speech (the ``reporting_verbs`` lexicon)."""
    return compiled(f"(?<![\\w-])(?:{alternation(lexicon('reporting_verbs'))})\\b")


def _reported_fragment(text: str, seg: _Segment, paras: list[tuple[int, int]], sentences: Sentences) -> bool:
    """A quoted fragment inside reported speech (FORMAT.md: not a QUOTE; kept as ``partial``):
    the mark opens mid-sentence after a lower-case word, the fragment is short and not a title,
    and the sentence reports speech (``she called the plans "deeply worrying"``)."""
    ps, _pe = paras[seg.para]
    # the sentence before the mark, read at most _FRAGMENT_REACH back: a paragraph of thousands of
    # short quotations must not cost its length for each
    before = text[max(ps, seg.open_i - _FRAGMENT_REACH):seg.open_i]
    sentence = rx(r"[.!?]\s+(?=[A-Z“\"‘])").split(before)[-1]
    body = text[seg.start:seg.end]
    # a fragment that opens in lower case ("described an area in Hinksley Road “with a lot of
    # bungalows”", 'and “put local money into the pockets of local people.”') may follow any word,
    # run longer and keep its full stop inside the mark
    lower = rx(r"^[a-z]").match(body) is not None and not _cue_at_end().search(sentence)  # not 'said “we ...'
    # after a comma only a lower-case fragment that no cue introduces ('called for more officers,
    # “given the rise in burglaries”', not 'he said, “we ...')
    after_comma = lower and rx(r"\w,\s*$").search(sentence) is not None and not _cue_before_comma().search(sentence)
    if not after_comma and (not rx(r"\b[a-z][\w’']*\s*$" if not lower else r"(?:\w|\s[–—])\s*$").search(sentence)
                            or rx(r"[:,]\s*$").search(sentence)):
        return False
    words = body.split()
    if not words or len(words) > (40 if lower else 12) or (not lower and rx(r"(?r)[.!?]\W*$").search(body)):
        return False
    if sum(1 for w in words if w[:1].isupper()) >= 0.6 * len(words):
        return False  # a title: ‘Managing Sex Offenders in the Community’
    # ('The cuts are “unavoidable”, according to Jane Smith': the reporting words after it)
    return bool(_reporting().search(sentence)) or _ACCORDING_AFTER.match(text, seg.end, seg.end + 24) is not None


#: a document or data, which says nothing itself: "according to the notes", "according to the figures"
_DOCUMENT_WORD = compiled(r"\b(?:notes?|reports?|figures|data|statistics|documents?|papers?|minutes|records?|research|"
                               r"analysis|study|survey|poll|estimates?|website|letter|briefing|review|audit|accounts|table|chart)$", regex.I)
_ACCORDING_AFTER = compiled(r"[”\"’']?\s*,?\s+according\s+to\b")


def _term_in_sentence(text: str, seg: _Segment, paras: list[tuple[int, int]]) -> bool:
    """A quoted term inside a sentence that a cue after it attributes as a whole ('offences classed as
    "possession of an article with a blade", the ONS said'): the mark opens after a lower-case word that is
    no cue, the words inside start in lower case and run short, and a cue follows the closing mark (a
    scare quote with no cue is no quotation at all)."""
    ps, _pe = paras[seg.para]
    before = text[max(ps, seg.open_i - 60):seg.open_i]
    body = text[seg.start:seg.end]
    return (rx(r"\b(?:as|called|termed|dubbed|labelled|labeled|described|known|branded|so-called|of|the|a|an)\s*$").search(before)
            is not None and rx(r"^[a-z]").match(body) is not None and len(body.split()) <= 12
            and not rx(r"[.!?]\W*$").search(body) and not _cue_at_end().search(before)
            and _cue_after_term().match(text, seg.end, min(len(text), seg.end + 100)) is not None)


@lru_cache(maxsize=1)
def _cue_after_term() -> Pattern:
    """A cue closing the sentence after a quoted term: '", the ONS said.', '", said Ms Lee'."""
    return compiled(r"[”\"’']?\s*,\s+[^.!?\n“”\"]{0,80}?\b(?:" + alternation(lexicon("cue_verbs")) + r")\b")


# --- speakers -----------------------------------------------------------------------------

_RELATIVE = compiled(r"(?:who|whose|which|where|when)\b")
#: a relative clause inside an apposition, after the post or body it describes (not "who is ...":
#: a post stated there is read by _relative_role)
_INLINE_RELATIVE = compiled(r"(?<=[\w’'])\s+(?:who|which)\s+(?!(?:is|was|has\s+been|are|were)\b)[a-z][^,]*$")
_AGE = compiled(r"(?:aged\s+)?\d{1,3}$")
_VERB_CLAUSE = compiled(r"(?:was|is|were|are|has|had|have|will|would|could|can|did|does)(?:\s|$)"
                              # "Deputy head Ann Lee, revealed the figure was ..., adding:": a past-tense
                              # verb with its object is what the person did, never their role
                              r"|(?:[a-z]{3,}ed|said|told|spoke|wrote|gave|made|took|paid|led)\s+"
                              r"(?:the|a|an|that|this|these|those|his|her|their|its|it|how|what|there)\s")
#: a time phrase closing a speaker's noun phrase ("... published by the ONS on Thursday")
_WHEN_AFTER = compiled(
    r"\s+(?:on\s+(?:(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|"
    r"[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?)|(?:last|this|earlier\s+this)\s+(?:week|month|year|morning|night)|"
    r"yesterday|today|earlier)$")


class _SpeakerMemo(threading.local):
    """The speakers :func:`parse_speaker` made of the phrases of the document being read (a
    document asks for the same phrase several times: the cue before a quotation, the people it
    names, its statements); emptied by :func:`find_quotes` for each document, so it holds one
    document's phrases at most. (A pure function of the phrase: correct for any text.)"""

    rules: object = None
    found: dict = {}


_SPEAKER_MEMO = _SpeakerMemo()
#: at most this many phrases are kept (called without find_quotes, the memo still stays small)
_SPEAKER_MEMO_MOST = 4096


def parse_speaker(np: str, rules: QuoteRules) -> Speaker | None:
    """Name, description, role and organisation from a speaker noun phrase."""
    memo = _SPEAKER_MEMO
    if memo.rules is not rules or len(memo.found) >= _SPEAKER_MEMO_MOST:
        memo.rules, memo.found = rules, {}
    if np in memo.found:
        sp = memo.found[np]
        return copy(sp) if sp is not None else None  # (a copy: callers set its offsets)
    sp = _parse_speaker_once(np, rules)
    memo.found[np] = copy(sp) if sp is not None else None
    return sp


def _parse_speaker_once(np: str, rules: QuoteRules) -> Speaker | None:
    sp = _act_subject(np, rules) if np.endswith(" and") else None
    sp = sp or _parse_speaker(np, rules)
    if (sp is None or sp.name is None) and (bm := _BODY_THEN_TITLED.match(np)) is not None and _placed_body(bm.group("org")) \
            and (inner := _parse_speaker(bm.group("rest"), rules)) is not None and inner.name:
        # "Kent County Council Cabinet Member for Adult Care Ann Lee": the body, then a capitalised post and the name
        inner.organisation = inner.organisation or bm.group("org")
        sp = inner
    elif sp is not None and sp.name and sp.role and not sp.organisation \
            and (bm := _BODY_THEN_TITLED.match(f"{sp.role} {sp.name}")) is not None and bm.group("rest") != sp.name \
            and _placed_body(bm.group("org")):
        # "Avon and Somerset Police Chief Constable Sarah Crew": the body, then the post
        sp.organisation, sp.role = bm.group("org"), bm.group("rest")[:-len(sp.name)].strip()
    if sp is not None and sp.name and sp.role:  # "Matt Hancock, the health secretary" → "health secretary"
        # "The leader of Oakfield Council, Sam Lee", "the newly appointed director": neither an
        # article nor newness is part of the role
        sp.role = _ROLE_OPENER.sub("", sp.role) or None
    if sp is not None and sp.name and sp.role:
        _tidy_role(sp)
    return sp


#: a body's name (ending on a body's word), then a capitalised post and a name: "Kent County Council Cabinet
#: Member for Adult Care Ann Lee", "Avon and Somerset Police Chief Constable Sarah Crew"
_BODY_THEN_TITLED = compiled(r"^(?P<org>[A-Z][\w&’'\-]*(?:\s+(?:[A-Z][\w&’'\-]*|and|of|&)){0,5}\s+"
                                  r"(?:Council|Police|Constabulary|Trust|Board|Authority|Service|Agency|Commission|Partnership))"
                                  r"\s+(?P<rest>[A-Z][\w’'\-]*\s.+)$")
def _placed_body(org: str) -> bool:
    """A body named by its place ("Kent County Council", "Avon and Somerset Police"): the words before
    its last one name a place the gazetteer knows (not "Shadow Police", a post)."""
    place = org.rsplit(None, 1)[0]
    return bool(gazetteer().candidates(place) or gazetteer().candidates(rx(r"\s+(?:County|City|Borough|District)$").sub("", place)))


#: a place's or body's possessive, then a lower-case post: "Burnley's town centre manager"
_CAPITAL_POSSESSIVE_ROLE = compiled(r"^(?P<org>[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,4})[’']s\s+(?P<role>[a-z][\w\-]*(?:\s+[\w\-]+){0,5})$")
#: a body's possessive (in capitals too), then capitalised words: "UNISON’S Northern Ireland"
_BODY_POSSESSIVE_THEN_PLACE = compiled(r"^(?P<body>[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,4})[’'][sS]\s+(?P<rest>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})$")
#: "uncle of brothers Ali and Musavir": a relation to named people (the relation is the role)
_KIN_OF = compiled(r"^(?P<kin>[a-z]+)\s+of\s+(?:(?:his|her|their|the)\s+)?(?:[a-z]+\s+)?(?=[A-Z])")
#: several posts listed with commas before the body: "managing director, System Operator, Network Rail"
_POSTS_THEN_BODY = compiled(r"^(?P<role>[a-z][^,]*(?:,\s+[A-Z][^,]*)+?),\s+(?P<org>[A-Z][\w&’'\-]*(?:\s+[A-Z][\w&’'\-]*){0,4})$")


def _tidy_role(sp: Speaker) -> None:
    """A role's own words: not "and" from a list of people ("..., and Burnley's town centre
    manager, Lisa Durkin"), not the people a relation names ("uncle of brothers Ali and Musavir"
    → uncle), not the body closing a comma-listed post ("managing director, System Operator,
    Network Rail" → the body Network Rail); a capitalised body before a lower-case post written
    with a comma before the name is the body ("Somerfield property director, Philip Coates")."""
    role = sp.role
    if role.startswith("and "):
        role = role[4:]
        if sp.organisation is None and (lp := _lower_body_possessive(role)) is not None:
            role, sp.organisation = lp
    if sp.organisation and ("’" in sp.organisation or "'" in sp.organisation) \
            and (pm := _BODY_POSSESSIVE_THEN_PLACE.match(sp.organisation)) \
            and not _is_org_word(pm.group("rest").split()[-1]) and gazetteer().candidates(pm.group("rest")):
        # "UNISON’S Northern Ireland Regional Secretary": the body is UNISON, the region is the post's
        sp.organisation, role = pm.group("body"), f"{pm.group('rest')} {role}"
    if (km := _KIN_OF.match(role)) and km.group("kin") in _local_words("kin_words"):
        role = km.group("kin")
    if sp.organisation is None and ", " in role and (pb := _POSTS_THEN_BODY.match(role)) \
            and (_proper_body(pb.group("org")) or (len(pb.group("org").split()) >= 2 and not gazetteer().candidates(pb.group("org"))
                                                   and pb.group("org").split()[0] not in _first_names())):
        role, sp.organisation = pb.group("role"), pb.group("org")
    sp.role = role or None


#: a capitalised post, then a verb in the past and its object, with no comma between (the apposition's closing
#: comma left out): "the Police & Crime Commissioner scrutinised Cheshire Constabulary's performance"; not
#: "the newly elected Mayor" (the verb before the post) nor "director of planning" (no verb)
_POST_THEN_VERB = compiled(r"(?<=\b[A-Z][\w&’'\-]*)\s+[a-z]{3,}ed\s+(?:[A-Z]|(?:the|its|a|an|his|her|their)\s).*$")

#: a person's post on a platform closing the phrase before a cue: "also took to Twitter", "went on Facebook"
_ON_PLATFORM = compiled(r"\s+(?:also\s+|later\s+|then\s+)?(?:took\s+to|turned\s+to|went\s+on(?:to)?|posted\s+on|wrote\s+on)\s+"
                             r"(?:Twitter|X|Facebook|Instagram|LinkedIn|TikTok|YouTube|social\s+media)\s*,?$")

#: a person's written words: "a statement from Mr Hopkins", "in a letter by Cllr Ann Lee"
_WRITTEN_BY = compiled(r"^(?:(?:[Ii]n|[Aa]fter)\s+)?(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er)\s+(?:(?:joint|written|short|brief|later|further)\s+)?"
                            r"(?:statement|letter|tweet|post|email|e-mail|message|blog|note)\s+(?:from|by)\s+(?P<who>[A-Z].{2,80})$")

#: an apposition that gives a person's second role: "also a Stockton councillor", "also the chair of ..."
_ALSO = compiled(r"^also\s+(?=\S)")

_ROLE_OPENER = compiled(r"^(?:(?:[Tt]he|[Aa]n?|[Nn]ew|[Nn]ewly[\s\-](?:appointed|elected)|recently[\s\-]appointed)\s+)+(?=\S)")


def _inline_relative_free(appositive: str) -> str:
    """"a Chelsea supporter who attended the meeting", "director of Harrow Estates which manages
    the park": what the person or body did is not their post (cut off)."""
    inline = _INLINE_RELATIVE.search(appositive) if " wh" in appositive else None
    if inline is None or inline.start() == 0:
        return appositive
    # "chairman of Healthwatch Leeds the group which represents patients": nor the unpunctuated
    # description the clause hangs on ("the group")
    return _BARE_DESCRIPTION_END.sub("", appositive[:inline.start()]) or appositive[:inline.start()]


_BARE_DESCRIPTION_END = compiled(r"(?<=[A-Z][\w’'\-]*)\s+the\s+[a-z]+$")


def _act_subject(np: str, rules: QuoteRules) -> Speaker | None:
    """"Richardson stood up and (shouted:)", "She turned to the jury and (said:)": the subject of
    the clause whose action comes before the cue; None for anything else."""
    act = _ACT_THEN_CUE.match(np.rsplit(",", 1)[-1].strip())
    if act is None or not (act.group("verb").endswith("ed") or act.group("verb") in _ACTION_VERBS):
        return None
    sub = _parse_speaker(act.group("subj"), rules)
    return sub if sub is not None and (sub.name or rules.pronoun.match(act.group("subj"))) else None


def _who_of(np: str) -> str:
    """The phrase without what is not the speaker: "according to" before it; a post on a platform
    after it ("Kat Barker also took to Twitter (saying)")."""
    np = rx(r"^.*?\baccording to\s+").sub("", np.strip(" ,\t"))
    if " to " in np or " on " in np:
        np = _ON_PLATFORM.sub("", np) or np
    return np


def _time_free(np: str, rules: QuoteRules | None = None) -> str:
    """"This week Cllr Ann Hope", "Last month Labour councillor Jo Bell": when, not who; "When
    asked if she agreed O'Monghain": the name closing a leading clause written with no comma."""
    if np[:1] in "TLNEYMOSWF" and (tm := _TIME_OPENING.match(np)) and np[tm.end():tm.end() + 1].isupper():
        return np[tm.end():]
    if rules is not None and "," not in np and np[:1] in "WABSRFC" and (cn := _clause_then_name().match(np, timeout=timeout_for(np))) \
            and _plausible_person(rules.titles.sub("", cn.group("np")).strip() or cn.group("np")):
        return cn.group("np")
    return np


def _dashed_aside(np: str, rules: QuoteRules) -> Speaker | None:
    """"Sergeant William Hood - from the county's Road Policing Unit - said": the aside between
    dashes describes the person before it (a relative clause there is neither role nor body)."""
    da = _DASHED_ASIDE.match(np)
    if da is None:
        return None
    sp = _parse_speaker(da.group("head"), rules)
    aside = da.group("aside")
    if sp is not None and sp.name and not sp.organisation and not _RELATIVE.match(aside) \
            and not _VERB_CLAUSE.match(aside):
        if (fm := _FROM_BODY.match(aside)) and (_is_org_word(fm.group("org").split()[-1])
                                                or fm.group("org").split()[-1] in _UNIT_WORDS):
            role, org = None, fm.group("org")  # "from the Beds, Cambs and Herts Road Policing Unit"
        else:
            role, org = _role_org(aside)
        sp.role, sp.organisation = sp.role or role, org
    return sp


#: a capitalised post after "the": "the Vice-Chancellor", "the Chief Executive", "the Principal"
_THE_CAPITAL_ROLE = compiled(r"^[Tt]he\s+(?P<role>(?:(?:Deputy|Vice|Acting|Interim|Chief|Managing|Executive)[\s\-])?"
                                  r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)$")


def _role_head(role: str) -> str:
    """The word that names a post: "Vice-Chancellor" → "chancellor", "chief executive" → "executive"."""
    return role.split()[-1].split("-")[-1].lower() if role.strip() else ""


_UNIT_WORDS = frozenset({"Unit", "Team", "Squad", "Division", "Department", "Branch", "Command", "Directorate"})

#: a body the person is from, its name written in full (commas too): "from the Beds, Cambs and Herts Unit"
_FROM_BODY = compiled(r"^(?:from|of|at|with)\s+(?:the\s+)?(?P<org>[A-Z][\w&’'\-]*(?:,?\s+(?:(?:of|and|&|for)\s+)?[A-Z][\w&’'\-]*)*)$")

#: a speaker, then an aside between dashes before the cue: "Jo Bell - from the trust -"
_DASHED_ASIDE = compiled(r"^(?P<head>[^–—]+?)\s+[–—-]\s+(?P<aside>[^–—]+?)\s*[–—-]$")


#: a body's group of people: "Durand's governing body", "The Oakfield Trust's board of trustees"
_BODY_GROUP = compiled(r"^(?:[Tt]he\s+)?(?P<desc>(?P<org>[A-Z][\w&\-]*(?:\s+(?:[A-Z][\w&\-]*|of|and|&|for)){0,5})[’']s\s+"
                            r"(?:[a-z][\w\-]*\s+){0,2}(?P<head>[a-z]+)(?:\s+of\s+[a-z]+)?)$")


@lru_cache(maxsize=1)
def _clause_then_name() -> Pattern:
    """"When asked about the fees O'Monghain", "After the hearing Det Insp Jo Bell": a leading
    adverbial clause written with no comma, then the speaker's name (after a lower-case word)."""
    titles = alternation(regex.escape(t) for t in sorted(set(lexicon("honorifics")) | set(lexicon("titles")),
                                                          key=len, reverse=True))
    return rx(r"^(?:When|After|Before|While|Asked|Speaking|Responding|Replying|Following|Commenting)\s[^,]*?"
              r"(?<=\s[a-z][\w’'\-]*\s)(?P<np>(?:(?:" + titles + r")\.?\s+)?(?:Mc|Mac|O’|O')?[A-Z][\w’'\-]+"
              r"(?:\s+(?:Mc|Mac|O’|O')?[A-Z][\w’'\-]+){0,2})$")


def _looks_adverbial(part: str) -> bool:
    """"In a brief statement", "At the hearing": where or how the words were said, not who."""
    return part.strip().split(" ", 1)[0] in ("In", "At", "On", "During", "After", "Before", "Speaking", "Writing")


#: "Nick Moore for the Environment Agency": a person's name, then the body spoken for
_NAME_FOR_BODY = compiled(r"^(?P<name>(?-i:[A-Z][a-z][\w’'\-]*(?:\s+(?:Mc|Mac|O’|O')?[A-Z][\w’'\-]+){1,2}))\s+(?:for|from)\s+"
                               r"(?:the\s+)?(?P<org>(?-i:[A-Z])[\w&’'\-]*(?:\s+(?:[A-Z][\w&’'\-]*|of|and|&|for)){0,6})$")


def _pronoun_or_body(np: str) -> tuple[str, Speaker | None]:
    """"In a short statement they": the pronoun after an adverbial written with no comma; "Nick
    Moore for the Environment Agency": the person and the body spoken for (else None)."""
    if np[-3:] in (" he", "she", "hey") and (ap := _ADVERBIAL_THEN_PRONOUN.match(np)):
        return ap.group("p"), None
    nf = _NAME_FOR_BODY.match(np) if (" for " in np or " from " in np) and "," not in np else None
    if nf is not None and nf.group("name").split()[0] in _first_names() and _plausible_person(nf.group("name")) \
            and (_proper_body(nf.group("org")) or _is_org_word(nf.group("org").split()[-1])):
        return np, Speaker(name=nf.group("name"), organisation=nf.group("org"))
    return np, None


#: a leading adverbial written with no comma, then a pronoun: "In a short statement they (said)"
_ADVERBIAL_THEN_PRONOUN = compiled(r"^(?:In|After|Before|During|At|On|Speaking|Writing|Later|Asked|When)\s[^,]{2,100}\s(?P<p>he|she|they)$")


def _parse_speaker(np: str, rules: QuoteRules) -> Speaker | None:
    np, for_body = _pronoun_or_body(_who_of(np))
    if for_body is not None:
        return for_body
    np = _time_free(_WHEN_AFTER.sub("", _unbracketed(np) if "(" in np else np), rules)  # when, not who
    if np[-1:] in "-–—" and (dashed := _dashed_aside(np, rules)) is not None:
        return dashed
    written = _WRITTEN_BY.match(np) or _WRITTEN_BY.match(np.rsplit(",", 1)[-1].strip())
    if written and (by := _parse_speaker(written.group("who"), rules)) is not None and by.name:
        return by  # "a statement from Mr Hopkins said", "a letter from Cllr Ann Lee reads": the person
    if (sp := _person_of_body(np, rules)) is not None:
        return sp
    source = rules.source.match(np)
    if source:  # "figures from the Office for National Statistics"
        return Speaker(description=source.group("org"), organisation=source.group("org"))
    # drop a leading adverbial clause: "In response to the figures, Kem Mehmet, ..."
    parts = [p.strip() for p in np.split(",")]
    whose = _whose(parts, rules)
    if whose is not None:
        return whose
    # and relative clauses: "Sam Ito, who took over from Jo Bell in May, said" (one that states a
    # role is kept as the role: "who chairs the housing committee", "who is head of planning")
    relative = next((r for p in parts if _RELATIVE.match(p) and (r := _relative_role(p, rules))), None)
    # "Mrs Pluke, 40, said"; "Head teacher Jo Bell, who ..., was also praised": a verb, not a role
    parts = [p for p in parts if not _RELATIVE.match(p) and not _AGE.match(p) and not _VERB_CLAUSE.match(p)]
    if parts and len(parts) > 1 and parts[0].split(" ", 1)[0] in _adverbs() and _person_after_adverb(parts[0], rules):
        parts[0] = _adverb_free(parts[0])  # "But Dr Mark Porter, the leader of the BMA, said" (not "Last November")
    dropped = []
    while len(parts) > 1 and (not _looks_like_head(parts[0], rules) or _role_then_name(parts[0], parts[1], rules)):
        dropped.append(parts.pop(0))
    if not parts or not parts[0]:
        return None
    # a place the person is in ("..., in Bury St Edmunds, said") is neither role nor organisation
    head, appositive = _adverb_free(parts[0]), _inline_relative_free(", ".join(p for p in parts[1:] if p and not _LOCATIVE.match(p)))
    if dropped and head[:1].islower() and (named := _name_closing_clause(dropped[0], rules)):
        # "Responding to the analysis Rory Deighton, director of the NHS Confederation, said": the
        # name closes the leading clause and what follows it is the person's description
        rest = [p for p in dropped[1:] + parts if p and not _LOCATIVE.match(p)]
        return _parse_head(named, ", ".join(rest), rules)
    if appositive.startswith("also ") and _ALSO.match(appositive):
        return _second_hat(head, appositive, rules)
    sp = _parse_head(head, appositive, rules)
    if relative and sp is not None and sp.name and (sp.role is None or _is_honorific(sp.role)):
        role, org = _role_org(relative)
        sp.role, sp.organisation = role or sp.role, sp.organisation or org
    if dropped and (sp is None or not sp.name):
        named = _name_closing_clause(dropped[-1], rules)
        if named:
            return _parse_head(named, ", ".join(p for p in parts if not _LOCATIVE.match(p)), rules)
    if sp is not None and sp.name and dropped:
        _role_written_before(sp, dropped[-1], rules)
    return sp


def _role_written_before(sp: Speaker, last: str, rules: QuoteRules) -> None:
    """The post written before the name, in the part before its comma: "Leader of the council,
    Cllr Sam Lee said"; a role with its body written there outranks a rank ("Kent Police's head
    of crime, Det Supt Ann Lee"); never an adverbial's words ("In a brief statement, Mr Lee")."""
    role, org = _leading_role(last)
    last = last.strip()
    if role is None and not sp.organisation and _proper_body(last):  # "Kent Police, Chief Constable Alan Pughsley"
        sp.organisation = rx(r"^The\s+").sub("", last)
    if role is None and sp.role is None and not _looks_adverbial(last) and (um := rules.unnamed.match(last)):
        # "A spokeswoman for the trust, Amy Lowe, said" → spokeswoman, trust
        role, org = um.group("head").lower(), _clean_org((um.group("org2") or um.group("org") or "").strip()) or None
    if role and (sp.role is None or _is_honorific(sp.role) or (org and not sp.organisation and _is_rank(sp.role, rules))):
        sp.role, sp.organisation = role, sp.organisation or org


#: a subject, what they did, then "and" before the cue: "Richardson stood up and (shouted)"
_ACT_THEN_CUE = compiled(r"^(?P<subj>(?:[A-Z][\w’'\-]*)(?:\s+[A-Z][\w’'\-]*){0,3})\s+(?P<verb>[a-z]+)(?:\s+[\w’']+){0,5}\s+and$")

#: past tenses not in -ed that open such an action ("stood up", "turned round" has -ed)
_ACTION_VERBS = frozenset({"stood", "rose", "got", "went", "came", "took", "ran", "sat", "held", "shook", "broke",
                           "spoke", "wrote", "left", "hit", "put", "threw", "began", "stepped", "looked"})


_BRACKETS = compiled(r"\s*\(([^()]{0,80})\)")


def _unbracketed(np: str) -> str:
    """"Cllr Sam Lee (Con, Oakfield), ...": a party and ward are dropped; a role written in the
    brackets ("Cllr Jo Bell (cabinet member for housing) said") is the person's apposition."""
    np = _BRACKETS.sub(lambda m: f", {m.group(1).strip()}," if _bracketed_role(m.group(1)) else "", np)
    return rx(r",\s*,").sub(",", np).strip(" ,")


def _bracketed_role(inside: str) -> bool:
    """"cabinet member for housing", "portfolio holder for libraries": a role in brackets (a
    lower-case role word and more than one word), not "Con, Oakfield", "Lab" nor "pictured"."""
    words = inside.split()
    return len(words) >= 2 and any(w.islower() and w.strip(".,") in _role_words() for w in words) \
        and not any(w.strip(".,") in _party_names() for w in words)


def _second_hat(head: str, appositive: str, rules: QuoteRules) -> Speaker | None:
    """"Lead governor Ann McCoy, also a Stockton councillor": a second hat; the role before the
    name is the one the person speaks in, the apposition (without "also") only when the name
    has none (a rank alone is a title: "Chief Inspector Sam Cole, also the force's lead for ...")."""
    own = _parse_head(head, "", rules)
    if own is not None and own.name and own.role and not _is_honorific(own.role) and not _is_rank(own.role, rules):
        return own
    return _parse_head(head, appositive[_ALSO.match(appositive).end():], rules)


#: a body's possessive before its person: "The NSPCC's Abigail Gill", "the Met's Commander Jo Bell"
_BODY_POSSESSIVE = compiled(r"^(?:[Tt]he\s+)?(?P<org>(?-i:[A-Z][\w&\-]*)(?:\s+(?:(?-i:[A-Z][\w&\-]*)|of|and|&|for)){0,5})[’']s\s+"
                                 r"(?P<rest>[^,]+)$")


def _person_of_body(np: str, rules: QuoteRules) -> Speaker | None:
    """"The NSPCC's Abigail Gill", "the Met's Commander Jo Bell": the person, with the body whose
    possessive opens the phrase as organisation (not a place's: "Hartlepool's Mayor")."""
    poss = _BODY_POSSESSIVE.match(np)
    if poss is None or _is_place_word(poss.group("org")):
        return None
    sp = _parse_speaker(poss.group("rest"), rules)
    if sp is None or not sp.name or " " not in sp.name or sp.organisation:
        return None
    sp.organisation = poss.group("org")
    return sp


def _is_place_word(org: str) -> bool:
    """A place, not a body ("Middlesbrough's Mayor", "Kent's police commissioner"): the gazetteer knows it."""
    found = gazetteer().candidates(org)
    return bool(found) and not all(e.type == "police_force_area" for e in found)  # ("the Met's": a force)


def _role_then_name(first: str, second: str, rules: QuoteRules) -> bool:
    """"Rutland's cabinet member for schools, Cllr Jo Brook, said", "A spokeswoman for the trust, Amy
    Lowe, said": a described role (not a name) followed by the person's own name, which is the
    speaker; the role before it is read by `_leading_role`."""
    first = first.strip()
    last = first.split()[-1].lower().strip(".") if first else ""
    # a described role ("a spokeswoman for the trust") or a body's office ("Middlesbrough's Mayor")
    office = last in _role_heads() and (rx(r"[’']s\s").search(first) is not None  # "Middlesbrough's Mayor"
                                        or (first[:1].isupper() and not _plausible_person(first)))  # "APCC Workforce Lead"
    office = office or _proper_body(first)  # "Kent Police, Chief Constable X"
    office = office or (first.split()[-1] in _CAPITAL_ROLES and len(first.split()) <= 3 and first[:1].isupper())  # "Telford PC, Jo Bell"
    if not office and (not rules.unnamed.match(first) or _is_name(first)):
        return False
    tm = rules.titles.match(second)
    core = _strip_post_nominals((second[tm.end():] if tm else second).strip(), rules)  # "Ron Hogg PCC"
    one_ok = tm is not None and _is_honorific(tm.group(0).strip())  # "A council spokesman, Mr Lowe, said"
    return (2 if not one_ok else 1) <= len(core.split()) <= 3 and _is_name(core) and _plausible_person(core) \
        and not any(w.lower().strip(".") in _role_words() or _is_org_word(w) for w in core.split())


def _proper_body(s: str) -> bool:
    """"Kent Police", "Hartley Borough Council": a body's own name (two or more capitalised words
    ending in a body's word), not a person's ("Mark Trust") nor "A spokeswoman for the trust"."""
    words = s.split()
    return len(words) >= 2 and words[-1].lower() in _organisation_words() and words[0] not in ("A", "An", "The") \
        and words[0] not in _first_names() and all(w[:1].isupper() or w in ("and", "of", "for", "&") for w in words)


def _is_rank(role: str, rules: QuoteRules) -> bool:
    """"Det Supt", "Chief Inspector": a title or rank from the titles list, nothing more."""
    m = rules.titles.match(role + " ")
    return m is not None and m.end() >= len(role)


_RELATIVE_ROLE = compiled(r"(?:who|whose)\s+(?:(?:is|was|has\s+been)\s+(?:the\s+|an?\s+)?(?P<role>.+)"
                               r"|(?P<verb>[\w\-]+)\s+(?P<obj>.+))$")


def _relative_role(part: str, rules: QuoteRules) -> str | None:
    """The role a relative clause states: "who is head of planning" → "head of planning", "who
    chairs the housing committee" → "chair of the housing committee"; None for any other clause."""
    m = _RELATIVE_ROLE.match(part.strip())
    if not m:
        return None
    if m.group("role"):
        return m.group("role") if _has_role_word(m.group("role")) else None
    noun = dict(rules.relative_roles).get(m.group("verb").lower())
    return f"{noun} of {m.group('obj')}" if noun else None


def _person_after_adverb(part: str, rules: QuoteRules) -> bool:
    """"But Dr Mark Porter": a person's full name (after any title) follows the sentence adverb."""
    rest = _adverb_free(part)
    tm = rules.titles.match(rest)
    core = rest[tm.end():] if tm else rest
    return len(core.split()) >= 2 and _is_name(core) and _plausible_person(core)


_LOCATIVE = compiled(r"^(?:in|on|near)\s+[A-Z]")


def _name_closing_clause(part: str, rules: QuoteRules) -> str | None:
    """The person named at the end of a leading clause with no comma after it: "Speaking after
    the meeting Jane Roe" → "Jane Roe" (two or three capitalised words after a lower-case word,
    none of them a role or an organisation's word)."""
    m = rules.name_at_end.match(part)
    if not m:
        return None
    words = m.group("name").split()
    before = m.group("pre").split()[-1:]

    def corporate(w: str) -> bool:
        return w.lower().strip(".’'") in _role_words() or _is_org_word(w)
    trimmed = False
    while len(words) > 2 and corporate(words[0]):  # "the Rural Services Network Ruth Cole"
        words, trimmed = words[1:], True
    if not trimmed and (not (2 <= len(words) <= 3) or not before or not before[0][:1].islower()):
        return None
    if any(corporate(w) for w in words):
        return None
    return " ".join(words)


def _unnamed_head(head: str, appositive: str, rules: QuoteRules) -> Speaker | None:
    """A pronoun, "it", a body's own group ("Durand's governing body") or a capitalised post
    ("the Vice-Chancellor"); None for anything else."""
    if rules.pronoun.match(head):
        return Speaker(description=head)
    if head in ("it", "It") and not appositive:  # "“...,” it said.": the body named before
        return Speaker(description=head)
    if (fm := _collective().match(head)) is not None:
        # "his family", "the Everard family", "Abigail's family": the family speaks as one, with no post
        return Speaker(description=fm.group("desc"))
    if ("’s " in head or "'s " in head) and (gm := _BODY_GROUP.match(head)) and gm.group("head") in _local_words("group_heads"):
        # "Durand's governing body", "the club's board": a body's own group speaks for it
        return Speaker(description=gm.group("desc"), organisation=gm.group("org"))
    if head[:4] in ("the ", "The ") and not appositive and (cm := _THE_CAPITAL_ROLE.match(head)) \
            and _role_head(cm.group("role")) in _role_heads():
        # "the Vice-Chancellor said", "the Chief Executive added": a post, not a body; the person
        # named earlier with it (see _resolve_reference)
        return Speaker(description=cm.group("role"), role=cm.group("role"), definite=True)
    return None


@lru_cache(maxsize=1)
def _collective() -> Pattern:
    """A family speaking together: "his family", "the Everard family", "Abigail's family", "her parents"."""
    return rx(r"^(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Oo]ur)\s+)?(?P<desc>(?:(?-i:[A-Z])[\w\-]*(?:[’']s)?\s+)?(?:"
              + alternation(_local_words("collective_heads")) + r"))$")


def _unnamed_org(um: regex.Match) -> str | None:
    """The body of an unnamed speaker (speaker.unnamed's match), or None."""
    org = _clean_org((um.group("org2") or um.group("org") or "").strip()) or None
    if org and org.lower() in _local_words("kind_of_person_words"):
        return None  # "a local councillor", "a senior officer", "a retired teacher": no body (kind_of_person_words)
    if org and um.group("org2") and um.group("head").lower() in _PRIVATE_PEOPLE and _is_home(org):
        return None  # "a woman from Southalls Way", "a man from Leeds": where they live (not "a spokesman for Kent")
    return org


def _parse_head(head: str, appositive: str, rules: QuoteRules) -> Speaker | None:
    if (unnamed := _unnamed_head(head, appositive, rules)) is not None:
        return unnamed
    peer = _PEER.match(head)
    if peer:  # "Baroness Smith of Basildon", "Lord Wallace": a peer's title is part of the name
        role, org = _role_org(appositive) if appositive else (None, None)
        return Speaker(name=peer.group(0), role=role, organisation=org)
    pm = _PORTFOLIO_THEN_NAME.match(head)
    if pm and pm.group("first") in _first_names():  # "Minister for Housing Jo Bell", "Director of Public Health Amy Lowe"
        role, org = _role_org(appositive) if appositive else (None, None)
        own_role, own_org = _role_org(pm.group("role"))  # "Chief Executive of Hartley Trust Ann Lee"
        return Speaker(name=pm.group("name"), role=role or own_role, organisation=org or own_org)
    title_match = rules.titles.match(head)
    title = title_match.group(0).strip() if title_match else None
    name_part = head[title_match.end():] if title_match else head
    first, _, rest = name_part.partition(" ")
    if rest and _is_honorific(first) and rest[:1].isupper():  # "Coun Coupar": an honorific the titles lack
        title, name_part = first, rest
    elif rest and not title and first.lower() in _described_person_heads() | _role_heads() and _is_name(rest) \
            and 2 <= len(rest.split()) <= 3 and _plausible_person(rest):
        title, name_part = first, rest  # "Resident Ann Ashley", "Campaigner Tom Hale": a role opening the sentence
    elif rest and "-" in first and first.lower().rsplit("-", 1)[-1] in _role_heads() and _is_name(rest) \
            and len(rest.split()) >= 2:  # "Vice-president Tim Mitchell": a hyphenated role, kept as the role
        title, name_part = first, rest
    split = _name_then_role(name_part) if (" for " in name_part or " of " in name_part) else None
    if split is not None:  # "Peter Gruen Executive Member for Housing": the role follows the name, no comma
        name_part, head_role = split
        appositive = ", ".join(p for p in (head_role, appositive) if p)
    um = rules.unnamed.match(head)
    if um and not _is_name(name_part) and rules.name_at_end.match(head):
        # "Executive board member for leisure Cllr Ann Lee": a person named after the role's portfolio
        named = _name_in_phrase(head, appositive, rules)
        before = head[:head.rfind(named.name)].split()[-1:] if named is not None and named.name else []
        if named is not None and named.name and len(named.name.split()) >= 2 and _plausible_person(named.name) and (
                named.name.split()[0] in _first_names() or (before and _is_honorific(before[0]))):
            return named  # (not "a spokeswoman for the charity Age Concern")
    if um and not _is_name(name_part):
        return Speaker(description=um.group("desc").strip(), role=um.group("head").lower(), organisation=_unnamed_org(um),
                       definite=(um.group("det") or "").lower() == "the")
    if not _is_name(name_part):
        return _described(head, appositive, rules)
    if not title and (_proper_body(name_part) or name_part.strip() in _local_words("bare_bodies")):
        # "Norfolk Police said", "Kent County Council said": a body; "Police said: ...": one with no name of its own
        return Speaker(description=name_part.strip(), organisation=name_part.strip())
    role, org = (_roles_then_body(appositive) or _role_org(appositive)) if appositive else (None, None)
    if role is None and title and not _is_honorific(title):
        role = title
    name = _strip_post_nominals(name_part.strip(), rules)
    split = _name_in_phrase(_strip_post_nominals(head, rules), appositive, rules) if _has_role_word(head) else None
    if split is not None and split.name and not _title_kept(title, appositive, name, split):
        split_role = None if split.role in _MALE_TITLES + _FEMALE_TITLES + ("Mx",) else split.role  # "Mr de Coverly"
        return Speaker(name=split.name, role=role if appositive else (split_role or role),
                       organisation=org or split.organisation)
    return Speaker(name=name, role=role, organisation=org)


def _post_in_full(appositive: str) -> tuple[str | None, str | None] | None:
    """"Member of Parliament for X", "Portfolio holder for Communities, Leisure and Culture": a
    post read whole (its commas and "of" are the post's own), else None."""
    if "Member of" in appositive and (mp := _MEMBER_OF_PARLIAMENT.search(appositive)):
        return _member_of_parliament(appositive, mp)
    if ", " in appositive and _portfolio_list(appositive):
        return _ROLE_OPENER.sub("", appositive) or None, None
    return None


#: a post's portfolio listed by commas: "Portfolio holder for Communities, Leisure and Culture"
_PORTFOLIO_LIST = compiled(r"^(?:[\w\-]+\s+){0,4}?[\w\-]+\s+(?:for|of)\s+(?P<list>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?"
                                r"(?:,\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)+,?\s+(?:and|&)\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)$")


def _portfolio_list(appositive: str) -> bool:
    """A role whose portfolio is a list of capitalised subjects (none a body's word): the commas
    are the list's, not a role then its body."""
    m = _PORTFOLIO_LIST.match(appositive)
    if m is None or _role_head(appositive[:m.start("list")].split()[-2]) not in _role_heads() | {"holder", "member"}:
        return False
    return not any(_is_org_word(w) or w in _UNIT_WORDS for w in _CAPITALISED.findall(m.group("list")))


_CAPITALISED = compiled(r"[A-Z][\w’'\-]*")


def _roles_then_body(appositive: str) -> tuple[str, str] | None:
    """"Deputy Chief Executive Officer, Salaam Peace", "Centre Director, CEO, Island House": posts
    listed by commas, then the body's name (capitalised, no post's word, not a place)."""
    if ", " not in appositive or _portfolio_list(appositive):
        return None
    if " for " in appositive and (seat := _SEAT_FOR.match(appositive)) and seat.group("more"):
        return None  # "Labour MP for Birmingham, Hodge Hill": one seat, not a body "Hodge Hill"
    parts = [p.strip() for p in appositive.split(",")]
    last = parts[-1]
    if not (2 <= len(parts) <= 4 and _NAME_RUN.fullmatch(last) and not _has_role_word(last)
            and _role_head(last) not in _role_heads() and not _is_home(last) and last not in _party_names()):
        return None
    if not all(p and (_role_head(p) in _role_heads() or p.split()[-1] in _CAPITAL_ROLES or _has_role_word(p))
               and " at " not in p and not _RELATIVE.match(p) and not _AGE.match(p) for p in parts[:-1]):
        return None
    return ", ".join(parts[:-1]), last


def _title_kept(title: str | None, appositive: str, name: str, split: Speaker) -> bool:
    """"Det Serg Ballentine", "Ch Supt Mark Lowe": a rank the titles know whole outranks a split
    that takes part of it into the name ("Serg Ballentine") or the organisation ("Ch")."""
    return bool(title) and not appositive and split.name.endswith(name) and (
        split.name != name or (split.role or "") != title)


#: a peer: "Lord Wallace of Saltaire", "Baroness Smith of Basildon", "Lord Kerslake" (one surname)
_PEER = compiled(r"^(?:Lord|Baroness|Viscount|Viscountess|Earl|Countess)\s+[A-Z][\w’'\-]+"
                      r"(?:\s+of\s+[A-Z][\w’'\-]+(?:\s+(?:and\s+|upon\s+|on\s+)?[A-Z][\w’'\-]+){0,3})?$")

#: a capitalised title with its portfolio, then a full name with no comma between
_PORTFOLIO_THEN_NAME = compiled(
    r"^(?P<role>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}\s+(?:for|of)\s+(?:the\s+)?(?:State\s+for\s+)?"
    r"[A-Z][\w&\-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&\-]*){0,3}?)\s+(?P<name>(?P<first>[A-Z][\w\-]+)\s+[A-Z][\w’'\-]+)$")


def _name_then_role(phrase: str) -> tuple[str, str] | None:
    """"Peter Gruen Executive Member for Housing" → ("Peter Gruen", "Executive Member for
    Housing"): a person's first name and surname (not a place's or a body's words), then a
    capitalised role (its first word a role word) with "for" or "of" in it; None otherwise."""
    m = _NAME_THEN_ROLE.match(phrase)
    if not m or not _plausible_person(m.group("name")) or m.group("role").split()[0].lower() not in _role_words():
        return None
    return m.group("name"), m.group("role")


_NAME_THEN_ROLE = compiled(r"^(?P<name>(?P<first>[A-Z][a-z]+)\s+[A-Z][\w’'\-]+)\s+"
                                r"(?P<role>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*\s+(?:for|of)\s+.+)$")


def _described(head: str, appositive: str, rules: QuoteRules) -> Speaker | None:
    """A speaker phrase that is not a name: a described person ("fumed the landlord"), a
    reference back to a person ("the Labour MP"), an organisation ("the UKHSA"), a person at the
    end of a long noun phrase, or the subject of the clause that carries the cue."""
    if head[:4] in ("the ", "The ") and not appositive and (am := _AGE_OR_FAMILY.fullmatch(head, 4)) is not None:
        # "said the 71-year-old", "the mother-of-two added": the person named before (see _resolve_reference)
        return Speaker(description=am.group(0), definite=True)
    gm = rx(r"^(?:[Aa]|[Aa]n|[Tt]he|[Oo]ne)\s+(?P<desc>(?:[a-z][\w-]*\s+){0,3}(?P<head>[a-z][\w-]+))$").match(head)
    rm = rules.role_reference.match(head)
    if rm:  # resolved to the person it refers to by _resolve_reference
        role, org = _split_role(rm.group("desc"))
        return Speaker(description=rm.group("desc"), role=role, organisation=org)
    if gm and not appositive:  # "fumed the landlord"
        return Speaker(description=gm.group("desc"), role=gm.group("head"), definite=head.lower().startswith("the "))
    if head[:4] in ("the ", "The ") and not appositive and (bm := _THE_ROLE_OF_BODY.match(head)) \
            and _role_head(bm.group("role")) in _role_heads() and head.split()[-2] not in _first_names():
        # (not "the leader of Lincolnshire County Council Martin Hill": a person named after the post)
        # "The headteacher of Oakfield Primary School said", "the head of the county's trading
        # standards service said": an unnamed post holder of a body
        role, org = _role_org(bm.group("desc"))
        if role and org:
            return Speaker(description=bm.group("desc"), role=role, organisation=org, definite=True)
    if head[:4] in ("the ", "The ") and " for " in head and (seat := _SEAT_FOR.match("the " + head[4:])) \
            and (not seat.group("pre").strip() or seat.group("pre").strip() in _party_names()):
        # "The MP for Eastfield said", "the Labour councillor for Hill Ward said": a seat's holder,
        # unnamed here (the person named earlier with that post, see _resolve_reference)
        party = seat.group("pre").strip() or None
        return Speaker(description=head[4:], role=seat.group("role"), organisation=party, definite=True)
    om = rules.organisation.match(head)
    if om and not _has_role_word(om.group("org")):
        return Speaker(description=om.group("org"), organisation=om.group("org"))
    found = _name_in_phrase(head, appositive, rules)
    if found is None:
        cs = rules.clause_subject.match(head)
        if cs and cs.group("subj") != head and not rules.pronoun.match(cs.group("subj")):
            return _parse_head(cs.group("subj"), "", rules)
    return found


#: "the headteacher of Oakfield School", "the head of the county's trading standards service"
_THE_ROLE_OF_BODY = compiled(r"^[Tt]he\s+(?P<desc>(?P<role>(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)\s+(?:of|at|for)\s+\S.*)$")


def _whose(parts: list[str], rules: QuoteRules) -> Speaker | None:
    """"... the RSPCA, whose spokeswoman said" → "RSPCA spokeswoman"."""
    for i in range(1, len(parts)):
        m = rules.whose.match(parts[i])
        if m:
            org = _clean_org(parts[i - 1])
            if org and org[:1].isupper():
                return Speaker(description=f"{org} {m.group('head')}", role=m.group("head"), organisation=org)
    return None


def _clean_org(org: str) -> str:
    """The organisation's own name at the end of a described one: "children's charity the
    NSPCC" → "NSPCC", "homelessness charity Shelter" → "Shelter"; a name is kept whole."""
    if not org or org.lower() in ("his", "her", "their", "its", "our", "my", "your"):
        return ""  # "her report": whose, not a body
    # ("Campaign to Protect Rural England", "Action on Hearing Loss", "Friends of the Earth")
    m = rx(r"(?:^|\s)(?:the\s+|The\s+)?(?P<org>[A-Z][\w&’'.\-]*(?:\s+(?:[A-Z][\w&’'.\-]*|of|for|and|&|to|on|in|the)){0,9})$").search(org)
    org = m.group("org") if m else org
    if " in " in org and (im := _IN_PLACE.search(org)) and _body_word(org[:im.start()].split()[-1]) \
            and gazetteer().candidates(im.group("place")):
        org = org[:im.start()]  # "the Trust in Leeds", "Citizens Advice Bureau in Hull": the body, not where it is
    return org


#: a place closing a body's name: "... Trust in Leeds"
_IN_PLACE = compiled(r"\s+in\s+(?P<place>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})$")


@lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon("honorifics"))


def _is_honorific(title: str) -> bool:
    """Mr, Ms, Dr, Cllr ... are how a person is addressed, not a role (a lower-case
    "councillor" is the role: "Congleton councillor Sally Holland")."""
    title = title.strip(" .")
    return title[:1].isupper() and title.lower() in _honorifics()


def _leading_role(part: str) -> tuple[str | None, str | None]:
    """A role written before the name: "Leader of Durham County Council" → (Leader, Durham
    County Council); "North Shire's cabinet member for roads" → (cabinet member for roads, North
    Shire). Anything else (an adverbial like "In a statement") gives (None, None)."""
    part = _LEADING_CONJUNCTION.sub("", part)  # "But Lincolnshire's chief constable": not "But Lincolnshire"
    words = part.split()
    if not words:
        return None, None
    possessive = rx(r"^(?P<org>[A-Z][^,]*?)[’']s\s+(?P<role>.+)$").match(part)
    if possessive and " of " in possessive.group("org") \
            and rx(r"^The\s+").sub("", possessive.group("org")).split()[0].lower() in _role_words():
        possessive = None  # "Executive Principal of St Jude's CE Primary School": the possessive is the school's
    if possessive and (_has_role_word(possessive.group("role")) or _role_head(possessive.group("role")) in _role_heads()) \
            and possessive.group("org").lower() not in _NOT_A_BODY \
            and all(w[:1].isupper() or w in ("and", "of", "for", "&") for w in possessive.group("org").split()):
        # "The University of Hull's Vice-Chancellor": a capitalised post too
        return possessive.group("role").strip(), rx(r"^The\s+").sub("", possessive.group("org").strip())
    if words[0].lower().strip(".") in _role_words() and not rx(r"^(?:In|On|At|As|After|Before|During)\b").match(part):
        return _role_org(part)
    if rx(r"^(?:In|On|At|As|After|Before|During|Writing|Speaking|Responding|Asked|Following|Despite|With|For|To)\b").match(part):
        return None, None  # "In a letter to the PCC, Mr Selous said": an adverbial, not the person's role
    return _role_before(part + " ", len(part) + 1)  # "the message from Kent’s police commissioner, Jo Bell"


#: a conjunction or linking adverb opening the sentence before a role: "But", "And", "However,"
_LEADING_CONJUNCTION = compiled(r"^(?:But|And|So|Yet|Now|Meanwhile|However|Also|Instead)\s*,?\s+(?=[A-Z])")

#: words that open a sentence with "’s" and are not a body ("That’s the message from ...")
_NOT_A_BODY = frozenset({"that", "it", "there", "what", "here", "this", "he", "she", "who", "where", "let"})


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    return frozenset(lexicon("role_words"))


def _has_role_word(name: str) -> bool:
    return any(w.lower().strip(".") in _role_words() for w in name.split())


def _strip_post_nominals(name: str, rules: QuoteRules) -> str:
    """"Allison Ogden-Newton OBE" → "Allison Ogden-Newton"."""
    m = rules.name_at_end.match(name)
    return name[:m.end("name")] if m else name


def _name_in_phrase(head: str, appositive: str, rules: QuoteRules) -> Speaker | None:
    """A person named at the end of a long noun phrase ("Hampshire Constabulary road safety
    sergeant Rob Heard", "Police Minister David Ruffley") or followed by an organisation
    ("Silviya Barrett from Campaign for Better Transport")."""
    tm = rules.titles.match(head)
    no = rules.name_then_org.match(head[tm.end():] if tm else head)
    if no and not _has_role_word(no.group("name")) and not _ROLE_THEN_PERSON_AT_END.search(no.group("org")):
        role, _ = _role_org(appositive) if appositive else (None, None)
        if role is None and tm and not _is_honorific(tm.group(0)):  # "Assistant Chief Constable Jo Bloggs of ..."
            role = tm.group(0).strip()
        return Speaker(name=no.group("name"), role=role, organisation=_body_of_unit(no.group("org").strip()))
    m = rules.name_at_end.match(head)
    if not m:
        one = rx(r"^(?P<pre>(?:.*\s)?(?P<role>[a-z][\w\-]*))\s+(?P<name>[A-Z][\w’'\-]+)$").match(head)
        if one and _surname_after_role(one.group("role"), one.group("name")):  # "Chief constable Ash"
            role, org = _split_role(one.group("pre"))
            return Speaker(name=one.group("name"), role=role, organisation=org)
        return None
    words = []
    stop = None
    for w in reversed(m.group("name").split()):  # the trailing words that are not titles or roles
        if w.lower().strip(".") in _role_words() or w in _SEAT_CAPITALS or len(words) == 3:
            stop = w
            break
        words.insert(0, w)
    if _is_street(" ".join(words)) or any(w.endswith(("'s", "’s", "s'", "s’")) for w in words):
        return None  # "the NHS Confederation's Acute Network" is an organisation's part
    if len(words) == 3 and (words[1] in _first_names() and words[0] not in _first_names() and _is_org_word(words[0])
                            or words[0].lower() in _party_words()):
        words = words[1:]  # "the TaxPayers’ Alliance Emma Boon", "Local Lib Dem Clive Bell": a body's word is no name
    if len(words) < 2 and not (len(words) == 1 and stop is not None and _is_honorific(stop)
                               and len(m.group("pre").split()) + len(m.group("name").split()) > 2) \
            and not (len(words) == 1 and _surname_after_role(stop, words[0])):
        return None  # one word is a name only after a role and "Mr", "Mrs": "Cafe director Mrs Pluke"
    name = " ".join(words)
    pre = head[:head.rfind(name)].strip(" ,")
    whole = pre
    pre = _words_before_name(pre)
    # "Campaign director of the TaxPayers’ Alliance Emma Boon": the organisation follows the role
    if not pre:
        role, org = None, None
    elif _ADVERBIAL_OPENING.match(pre):
        # "Speaking after the meeting Mrs Beasley": a clause, not a role (only a role written last
        # is kept: "Writing on Facebook council leader Ann Lee")
        role, org = _role_before(pre + " ", len(pre) + 1)
        org = org if org and _body_word(org.split()[-1]) else None  # (not "on Facebook")
        if role and not (_has_role_word(role) or _role_head(role) in _role_heads()):
            role = None  # "In a letter to members Martin Kennedy": what he wrote in, not his post
    else:
        role, org = _body_then_role(pre) or (
            _role_org(pre) if rx(r"\s(?:of|at|for|from|with)\s+(?:the\s+)?[A-Z]").search(pre) else _split_role(pre))
        role = None if role and _where_written(pre, role) else role
    if appositive:
        role2, org2 = _role_org(appositive)
        # "Estate agent Tom Reed, of Reed & Co": an apposition that names only the body keeps the role before the name
        role, org = role2 or (role if org2 and not org else None), org2 or org
    role, org = _council_title_role(whole, role, org) if role is None and pre else (role, org)
    return Speaker(name=name, role=role, organisation=org)


def _council_title_role(pre: str, role: str | None, org: str | None) -> tuple[str | None, str | None]:
    """"Alliance Councillor Ann Lee", "Ardoyne Sinn Féin Cllr Jo Bell": with no other role before
    the name, the council title that closes the words before it is the role, and the party (not
    its seat: "Alliance South Belfast Councillor") the organisation; courtesy titles give none."""
    last = pre.rsplit(" ", 1)[-1].strip(" .,")
    if last not in _council_titles():
        return role, org
    party = next((p for p in _party_names() if org and org.startswith(p + " ")), None)
    return last, party or org


@lru_cache(maxsize=1)
def _council_titles() -> frozenset[str]:
    return frozenset(_local_words("council_titles"))


def _words_before_name(pre: str) -> str:
    """What may describe the person in the words before their name: "Cafe director Mrs" →
    "Cafe director" (a lower-case "councillor" is the role: "Labour councillor Amy Brook"); no
    time ("This week"), no relative clause's antecedent ("the handover which chief executive"),
    no other subject ("Residents and Cllr Ann Hope")."""
    while len(pre.split()) > 1 and pre.split()[-1][:1].isupper() and _is_honorific(pre.split()[-1]):
        pre = pre[:pre.rfind(" ")].strip(" ,")
    pre = _TIME_OPENING.sub("", pre)
    if " which " in pre or " that " in pre or " where " in pre:
        pre = _RELATIVE_OPENER.split(pre)[-1]
    return "" if _COORDINATED_BEFORE.search(pre) else pre


def _where_written(pre: str, role: str) -> bool:
    """"(In) a letter to members Martin Kennedy": where the person wrote, not their post."""
    return pre.split(" ", 1)[0] in ("a", "an", "his", "her", "their") and not _has_role_word(role) \
        and _role_head(role) not in _role_heads() | _described_person_heads() \
        and bool(rx(r"\s(?:to|on|in|about|with)\s").search(role))


#: where a relative clause opens inside the words before a name
_RELATIVE_OPENER = compiled(r"\s(?:which|that|where)\s+")

#: a time adverbial opening the phrase before a name: "This week", "Last month", "On Monday", "Yesterday"
_TIME_OPENING = compiled(r"^(?:(?:This|Last|Next|Earlier|Later|Each|Every)\s+(?:week|month|year|morning|afternoon|"
                              r"evening|night|weekend|spring|summer|autumn|winter|time)|(?:On\s+)?(?:Monday|Tuesday|"
                              r"Wednesday|Thursday|Friday|Saturday|Sunday)|Yesterday|Today|Tonight|Meanwhile|Now|Then)"
                              r"(?:\s+(?:this|last)\s+\w+)?\b,?\s*")

#: a dash that opens an aside after a person's description
_DASH_ASIDE = compiled(r"\s[–—-]\s")

#: a phrase ending in a conjunction before a name: "Residents and Cllr Ann Hope" (two subjects)
_COORDINATED_BEFORE = compiled(r"(?:^|\s)(?:and|or|with|&)$")

#: a leading clause before a name, never its role: "Speaking after the meeting", "Writing on Facebook"
_ADVERBIAL_OPENING = compiled(r"^(?i:speaking|writing|responding|replying|asked|commenting|following|despite|"
                                   r"after|before|during|in|on|at|to|with)\b")


#: a lower-case role, then a person's name, closing a phrase: "Royal College of Nursing chief
#: executive Pat Cullen" is a body's role and its holder, not "Royal College" of a body
_ROLE_THEN_PERSON_AT_END = compiled(
    r"(?<![\w’'])(?:chief|general|managing|executive|deputy|assistant|national|regional|policy|press|branch|"
    r"acting|interim|joint)?\s*(?:executive|secretary|director|officer|president|chair|chairman|chairwoman|"
    r"spokesman|spokeswoman|spokesperson|manager|leader|head|organiser|lead|adviser|advisor)\s+"
    r"(?-i:[A-Z][a-z][\w’'\-]*\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)$")


def _body_then_role(pre: str) -> tuple[str, str] | None:
    """"National Association of Head Teachers general secretary": a body's capitalised name with
    "of" in it, then the lower-case role held there (role, organisation); None otherwise."""
    words = pre.removeprefix("the ").removeprefix("The ").split()
    run = _capital_run(words)
    if 3 <= run < len(words) and any(w in ("of", "for") for w in words[1:run]) \
            and all(w[:1].islower() for w in words[run:]) and words[-1].lower() in _role_words() \
            and words[0].lower() not in _role_words():
        return " ".join(words[run:]), " ".join(words[:run])
    return None


def _surname_after_role(role: str | None, word: str) -> bool:
    """"Chief constable Ash", "council leader Obi": a surname alone after a lower-case role that
    a person holds (never a body's word: "chief executive NHS")."""
    return (role is not None and role[:1].islower() and role.lower() in _person_role_heads()
            and word.lower() not in _not_name_words() and not _is_org_word(word))


_ORGANISATION_ENDS = frozenset({"police", "council", "constabulary", "trust", "service", "authority", "board", "university",
                                "hospital", "county", "district", "borough", "city"})


@lru_cache(maxsize=1)
def _org_nouns() -> str:
    return alternation(lexicon("org_nouns"))


def _split_role(pre: str) -> tuple[str | None, str | None]:
    """"Hampshire Constabulary road safety sergeant" → (role "road safety sergeant", organisation
    "Hampshire Constabulary"); "Police Minister" → (role "Police Minister", None)."""
    if not pre:
        return None, None
    if ("’s " in pre or "'s " in pre) and (own := _lower_body_possessive(pre)) is not None:
        return own
    party = rx(r"^(?:the\s+)?(?P<party>(?:{parties})(?:\s+Party)?)\s+(?P<role>\S.*)$".replace("{parties}", alternation(lexicon("parties")))).match(pre)
    if party and party.group("role").split()[-1].lower() in _person_role_heads():  # "Labour MP"
        seat = _seat_premodifier().match(party.group("role"))  # "Conservative South West Bedfordshire MP"
        return (seat.group("head") if seat else party.group("role")), party.group("party")
    if pre.removeprefix("the ") in _party_names():  # "Conservative Tom Hale": the party, no role
        return None, pre.removeprefix("the ")
    ends = next((p for p in _party_names() if pre.endswith(" " + p)), None)
    if ends and not _has_role_word(pre[:-len(ends)]):  # "Local Lib Dem Clive Bell": the party, no role
        return None, ends
    seat = _seat_premodifier().match(pre)
    if seat and not any(_is_org_word(w) or w in _ROLE_MODIFIERS or w.lower() in _NOT_A_SEAT
                        for w in seat.group("seat").split()):
        return seat.group("head"), None  # "Blacon councillor", "Denton and Reddish MP": the seat, not a body
    words = pre.split()
    i = 0
    while i < len(words) and words[i] not in _ROLE_MODIFIERS and words[i] not in _SEAT_CAPITALS and not (
            # "GMB Regional Secretary", "Unite National Officer": a capitalised premodifier opens the post
            i > 0 and i + 1 < len(words) and words[i].lower() in _local_words("role_premodifiers")
            and not _is_org_word(words[i]) and words[i + 1].lower().strip(".") in _role_words()) and (words[i][:1].isupper() or (
            # "Sutton on Sea", "Stratford-upon-Avon": a place's lower-case joining word
            0 < i < len(words) - 1 and words[i] in ("on", "upon", "under", "le", "by", "&") and words[i + 1][:1].isupper())) and (
            words[i].lower().strip(".") not in _role_words()
            or (i > 0 and words[i].lower() in _ORGANISATION_ENDS)):  # "Kent Police", "Bexley Council"
        i += 1
    i = _and_pair_start(words, _body_end(words, i))
    if i == 0:  # "County Councils Network spokesman": a run of capitalised words ending in a body's word
        run = next((k for k, w in enumerate(words) if not w[:1].isupper()), len(words))
        if 2 <= run < len(words) and _is_org_word(words[run - 1]):
            i = run
        elif words[0] in _ROLE_MODIFIERS and 3 <= (run := _capital_run(words)) < len(words) \
                and words[run].lower() in _role_words():
            i = run  # "Retiring St Mary’s High School head": the modifier opens the role, the body follows it
    if i == 1 and i < len(words) and words[0] in _local_words("role_part_nouns") and words[-1].lower() in _role_words():
        return pre, None  # "Metro Mayor", "Group leader", "Board member": the title, not a body called "Group"
    if i == 1 and i < len(words) and words[1].lower() not in _role_words() and words[1][:1].islower() \
            and words[1] not in _local_words("role_premodifiers") \
            and not _is_org_word(words[0]) and not gazetteer().candidates(words[0]) and words[0][1:].isalpha() \
            and words[0][1:].islower():  # (not "Impact’s older people’s services manager")
        i = 0  # "Adult social care cabinet member": a capital that opens the sentence, not a body
    lead = 1 if 0 < i < len(words) and words[0] in _ROLE_MODIFIERS else 0  # "Retired Kent Police inspector"
    org = " ".join(words[lead:i]) or None
    role = " ".join(words[:lead] + words[i:]) or None
    if role and role.lower().startswith("the "):
        role = role[4:]
    if org and org.startswith("The "):
        org = org[4:]
    if org and role and _specialism(words[:i], words[i]):  # "Behaviour expert", "Road Safety Sergeant"
        return f"{org} {role}", None
    if org and org.endswith(("’s", "'s")):
        org = org[:-2]
    return role, org


def _and_pair_start(words: list[str], i: int) -> int:
    """"Euston RMT Health and Safety rep", "Kent Police and Crime Commissioner": a capitalised pair
    joined by "and" at the body's end is the post's subject, so the post starts a word earlier
    (not "Hartfield Council and NHS Trust chair")."""
    if 1 < i < len(words) - 2 and words[i] == "and" and words[i + 1][:1].isupper() and words[i - 1][:1].isupper() \
            and (not _is_org_word(words[i - 1]) or not any(_is_org_word(w) for w in words[i + 1:])):
        return i - 1
    return i


def _lower_body_possessive(pre: str) -> tuple[str, str] | None:
    """"the federation's chief executive" → (chief executive, federation): a body written in lower
    case, for the story's name of it to replace later."""
    own = _LOWER_BODY_POSSESSIVE.match(pre)
    if own and own.group("body").split()[-1] in _org_noun_set() and _has_role_word(own.group("role")):
        return own.group("role"), own.group("body")
    return None


def _body_end(words: list[str], i: int) -> int:
    """Where the body's words end before a post, moved for a place's council in lower case
    ("Worcestershire county council cabinet member": after "council") and a party's group post
    ("Alliance Group Leader": the party, then the post "Group Leader", not a body "Alliance Group")."""
    if 0 < i < len(words) - 2:
        j = i
        while j < len(words) - 2 and words[j] in _LOWER_COUNCIL_KINDS:
            j += 1
        if words[j] in _LOWER_BODY_ENDS and words[j + 1][:1].islower() and words[j + 1] != "and":
            return j + 1  # (not a post joined by "and": "Cumbria's police and crime commissioner")
    if 2 <= i < len(words) and words[i - 1] in _local_words("role_part_nouns") and words[i][:1].isupper() \
            and " ".join(words[:i - 1]).removeprefix("the ") in _party_names():
        return i - 1
    return i


#: a body written in lower case, then its post: "the federation's chief executive", "the trust's chair"
_LOWER_BODY_POSSESSIVE = compiled(r"^(?:[Tt]he\s+)?(?P<body>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})[’']s\s+(?P<role>[a-z].*)$")

#: the kinds of council a place's council is written with in lower case ("Kent county council")
_LOWER_COUNCIL_KINDS = frozenset({"county", "city", "borough", "district", "metropolitan", "town", "parish"})

#: a place's body written in lower case after the place ("Kent county council", "Essex police")
_LOWER_BODY_ENDS = frozenset({"council", "police", "constabulary"})

#: capitalised words before "member" that say which body the member sits on, never a seat (a
#: place): "Cabinet member Ann Lee", "Executive member", "Board member"
_NOT_A_SEAT = frozenset({"cabinet", "executive", "portfolio", "board", "committee", "shadow", "deputy", "assistant",
                         "senior", "lead", "chief", "principal", "associate", "honorary", "founding", "panel"})

#: words that open a role, never a body's name: "Acting Det Supt", "Interim Chief Executive"
_ROLE_MODIFIERS = frozenset({"Acting", "Interim", "Temporary", "Opposition", "Former", "Outgoing", "Incoming",
                             "Retiring", "Retired", "Joint", "Shadow", "New"})


@lru_cache(maxsize=8)
def _local_words(name: str) -> frozenset[str]:
    """A word list of quotes.json's own lexicons."""
    return frozenset(w for w in _rule_set().lexicons.get(name, "").split("|") if w)


@lru_cache(maxsize=1)
def _seat_premodifier() -> Pattern:
    """A place's name before a role that holds a seat: "Blacon councillor", "Denton and Reddish MP"."""
    heads = alternation(regex.escape(w) for w in sorted(quote_rules().seat_roles))
    return compiled(r"^(?P<seat>[A-Z][\w’'\-]*(?:\s+(?:(?:and|&|on|upon|under|le|by)\s+)?[A-Z][\w’'\-]*)*)"
                         r"\s+(?P<head>(?i:" + heads + r"))$")


def _is_org_word(word: str) -> bool:
    """"Alliance", "Services", "Carers’", "NHS": a word of an organisation's name, not a person's."""
    w = _possessive_free(word.lower())
    return word.isupper() or w in _organisation_words() or (w.endswith("s") and w[:-1] in _organisation_words())


def _possessive_free(word: str) -> str:
    """"carers’" → "carers", "council's" → "council" (a possessive ending, not its letters: "nhs" stays)."""
    return rx(r"(?:['’]s|s['’])$").sub("", word)


def _specialism(before: list[str], head: str) -> bool:
    """Capitalised words before a specialist's title are the specialism, not an organisation:
    "Behaviour expert", "Road Safety Sergeant", "Waste campaigner" (while "Shelter chief
    executive", "NSPCC spokesman", "Kent Police sergeant" name the body the role is in)."""
    if head.lower().strip(".") not in _specialist_heads() or len([w for w in before if w[:1].isupper()]) > 2:
        return False
    if len(before) == 2 and gazetteer().candidates(before[1]) and not gazetteer().candidates(before[0]) \
            and before[0][:1].isupper() and before[0].lower() not in _role_words():
        return False  # "Unite Wales secretary", "GMB Scotland organiser": a body's branch in a nation or region
    return not any(_is_org_word(w) for w in before)


@lru_cache(maxsize=1)
def _specialist_heads() -> frozenset[str]:
    return frozenset(lexicon("specialist_roles"))


@lru_cache(maxsize=1)
def _adverbs() -> frozenset[str]:
    return frozenset(lexicon("sentence_adverbs"))


def _adverb_free(head: str) -> str:
    """"However Town Hall" → "Town Hall" (a sentence adverb is never part of a speaker)."""
    first, _, rest = head.partition(" ")
    return rest.strip() if first in _adverbs() and rest.strip() else head


def _is_name(s: str) -> bool:
    words = s.split()
    if _is_street(s):
        return False  # "Wyatt Close", "Southalls Way"
    return 1 <= len(words) <= 4 and words[0] not in ("The", "A", "An") and words[0] not in _adverbs() and all(
        (w[:1].isupper() and w not in _SEAT_CAPITALS) or _is_particle(w) for w in words)


#: a member's seat written in capitals is a post, never part of a name ("SDLP MLA Justin McNulty")
_SEAT_CAPITALS = frozenset({"MP", "MPs", "MEP", "MSP", "MLA", "AM"})


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    return frozenset(lexicon("name_particles"))


def _is_particle(word: str) -> bool:
    """"de" in "Edd de Coverly", "van der" in "Anna van der Berg", "al-" in "Omar al-Sayed"."""
    return word in _particles() or bool(rx(r"^(?:al|el)-[A-Z]").match(word))


def _surname_only(name: str) -> bool:
    """"de Coverly", "van der Berg": a surname with its particle, no first name."""
    return _is_particle(name.split()[0])


def _looks_like_head(s: str, rules: QuoteRules) -> bool:
    s = s.strip()
    if (s.split(" ", 1)[0] in _adverbs() or s.split(" ", 1)[0] in _local_words("leading_participles")) and " " in s:
        return False  # "In a written statement", "Last November"; "Sentencing Smith" (the one sentenced)
    if rules.pronoun.match(s) or _PEER.match(s):
        return True
    tm = rules.titles.match(s)
    core = s[tm.end():] if tm else s
    if _is_name(core) and (not all(w.lower().strip(".") in _role_words() for w in core.split())
                           or (tm is not None and tm.group(0).split()[-1].strip(".") in _MALE_TITLES + _FEMALE_TITLES)):
        return True  # "Labour Leader, Cllr Helen Holland said": a role alone is not the head ("Mr Green" is a person)
    found = _name_in_phrase(s, "", rules) if _has_role_word(s) else None
    if found is not None and found.name and s[:s.rfind(found.name)].split()[-1:] and \
            s[:s.rfind(found.name)].split()[-1].lower().strip(".") in _role_words() \
            and not _body_word(found.name.split()[-1]):  # (not "The chief executive of the Hartfield Trust")
        return True  # "Estate agent Tom Reed, of Reed & Co, said" (not "chief executive of NHS Providers")
    return bool(rules.unnamed.match(s) and len(s.split()) <= 8)


#: an apposition that says what the person was doing: "speaking in the Commons", "writing on social media"
_DOING_APPOSITIVE = compiled(r"(?:speaking|writing|commenting|responding|appearing|talking|addressing|giving\s+evidence|"
                                  r"answering|replying|posting|asked|interviewed|quoted)\b"
                                  r"(?:\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?(?P<org>[^,;:()]{2,60}))?")


def _role_org(appositive: str) -> tuple[str | None, str | None]:
    """(role, organisation) of an appositive: "policy manager at the NSPCC", "Bexley's head of housing", "chief executive
    of homelessness charity Shelter"; "head of housing" is all role. A body written in lower case ("the trust's chief
    executive") is kept as the organisation, for the story's own name of it to replace. None for an apposition that
    says what the person was doing ("Andrew Jones, speaking in the Commons, said"): no post."""
    appositive = appositive.strip(" ,")
    if (dm := _DOING_APPOSITIVE.match(appositive)) is not None:  # ("speaking for the NHS trust": the body kept)
        return None, (dm.group("org") or "").strip() or None
    return _role_org_read(appositive)


def _role_org_read(appositive: str) -> tuple[str | None, str | None]:
    """:func:`_role_org` of an apposition that may name a post."""
    if (whole := _post_in_full(appositive)) is not None:  # an MP in full, a listed portfolio
        return whole
    second = appositive.find(", and ")
    if second > 0 and _has_role_word(appositive[:second]):  # "spokesman for health, and leader of X": the first
        appositive = appositive[:second]
    body = None
    lm = rx(r"^(?:the|its|their|his|her)\s+(?P<body>(?:[\w\-]+\s+){0,2}?[\w\-]+)[’']s\s+").match(appositive)
    if lm:  # "the county council's cabinet member for roads", "his wife's"
        appositive = appositive[lm.end():]
        if lm.group("body").split()[-1].lower() in _org_noun_set():
            body = lm.group("body")
    pm = _possessive_role(appositive)
    if pm and _possessive_inside_name(pm.group("role")):
        # "St Mary’s Catholic High School head": the possessive is inside the body's name
        role, org = _split_role(appositive)
        if role and org:
            return role, org
    if pm:
        if pm.group("org").strip() in _party_names() and (port := _PORTFOLIO_AT_BODY.match(pm.group("role"))) \
                and _body_word(port.group("org").split()[-1]):
            # "Labour's cabinet member for housing at Oakfield Council": the council is the body
            return port.group("role"), port.group("org")
        return _role_only(pm.group("role")), pm.group("org").strip()
    seat = _one_seat(appositive)
    if seat:  # "the Labour MP for Chesterfield": a seat is a place, not a body; the party is
        party = next((p for p in _party_names() if seat.group("pre").strip().lower() == p.lower()), None)
        if party or not seat.group("pre").strip():
            return seat.group("role"), party
    group = _party_group().search(appositive)
    if group:  # "deputy leader of the Labour group": the group's party is the organisation
        return appositive[:group.end()].strip(), group.group("party")
    home = _HOME.match(appositive)
    if home and _is_home(home.group("place")):  # "Dan Webb, 51, of Plymouth": where he lives
        return None, None
    port = _PORTFOLIO_AT_BODY.match(appositive)
    if port and _body_word(port.group("org").split()[-1]) and not _body_word(port.group("role").split()[-1]):
        # "Cabinet Member for Adult Care for Oakfield Council", "portfolio holder for finance at
        # Oakfield Council": the portfolio stays in the role, the body after it is the organisation
        return _ROLE_OPENER.sub("", port.group("role")), port.group("org")
    if (named := _body_then_role(appositive)) is not None:  # "Royal College of Nursing regional director"
        return named
    om = _org_after_role().search(appositive)
    if om and _splits_role(appositive[:om.start()].strip(), appositive[om.start():].strip(), appositive, om):
        return _role_only(appositive[:om.start()].strip()), (_org_after_role_at(appositive, om) or body)
    article = rx(r"^(?:an?|the)\s+(?=[A-Z])").match(appositive)
    if article and not body and appositive[article.end():].split()[0] in _CAPITAL_ROLES:
        return _role_only(appositive[article.end():]), None  # "a GP in Bradford": the role, not a body
    if article and not body:  # "a Labour councillor": the party is the organisation
        role, org = _split_role(appositive[article.end():])
        # (a bare "a Conservative" is the person's politics, not who they speak for)
        return (role, org) if role else (None, None)
    if appositive[:1].isupper():  # "Keep Britain Tidy chief executive"
        role, org = _split_role(appositive)
        return role, org or body
    return _role_only(appositive), body


#: a capitalised body, then the place it is at: "Invista at Brockworth", "the Royal Mail at Leeds"
_BODY_AT_PLACE = compiled(r"^\s*(?:the\s+)?(?P<body>[A-Z][\w&’'\-]*(?:\s+(?:(?:of|and|&)\s+)?[A-Z][\w&’'\-]*){0,4})"
                               r"\s+at\s+(?:its\s+|their\s+)?(?P<place>[A-Z][\w’'\-]*(?:[\s\-]+[A-Z][\w’'\-]*){0,2})\s*$")


def _capital_run(words: list[str], start: int = 0) -> int:
    """Where a run of capitalised words from ``start`` ends, joiners between capitals included
    ("Church of England School head" → 4)."""
    k = start
    while k < len(words) and (words[k][:1].isupper() or (k > start and words[k] in ("of", "and", "for", "&", "the")
                                                         and k + 1 < len(words) and words[k + 1][:1].isupper())):
        k += 1
    return k


_POSSESSIVE_ROLE = compiled(r"^(?P<org>[A-Z][^,]*?)[’']s\s+(?P<role>.+)$")


def _possessive_role(appositive: str) -> regex.Match | None:
    """"Kent’s cabinet member for roads": a body's possessive, then the role (not "Head of St
    Jude's CE Primary School" nor "Head of Children's Services": one phrase)."""
    pm = _POSSESSIVE_ROLE.match(appositive)
    if pm and " of " in pm.group("org") and pm.group("org").split()[0].lower() in _role_words():
        return None
    return pm


def _possessive_inside_name(after: str) -> bool:
    """Whether the words after a possessive go on with a body's name, then its role: "Catholic
    High School head" (after "St Mary’s"), not "Police and Crime Commissioner" nor "head of housing"."""
    words = after.split()
    if len(words) < 2 or not words[0][:1].isupper() or words[0].lower().strip(".,") in _role_words():
        return False
    run = _capital_run(words)
    return run < len(words) and words[run].lower() in _role_words()


def _portfolio_of_responsibility(appositive: str, om: regex.Match) -> bool:
    """"with cabinet responsibility for the library service": a portfolio, not a body."""
    return appositive[:om.start()].endswith(("responsibility", "responsible")) and not appositive[om.end():][:1].isupper()


def _member_of_parliament(appositive: str, mp: regex.Match) -> tuple[str | None, str | None]:
    """"the Conservative Member of Parliament for Gainsborough": an MP written out in full (read
    as "MP", the title kept as written)."""
    role, org = _role_org(appositive[:mp.start()] + "MP" + appositive[mp.end():])
    return (role.replace("MP", mp.group(0), 1) if role else role), org


#: a body's name, then where it is: "St Jude's Primary School in Great Lever"
_BODY_IN_PLACE = compiled(r"^(?P<body>.+?\s(?:School|College|Academy|Hospital|Surgery|Practice|Council|Trust|Centre|"
                               r"University|Library|Museum|Prison))\s+in\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2}$")


def _org_after_role_at(appositive: str, om: regex.Match) -> str | None:
    """The organisation after a role, from where ``om`` (see :func:`_org_after_role`) says it starts."""
    raw = appositive[om.end():].split(",")[0]
    if " at " in raw and (pm := _BODY_AT_PLACE.match(raw)) and (_is_home(pm.group("place")) or (
            " " not in pm.group("place") and not _is_org_word(pm.group("place")))):
        return pm.group("body")  # "site manager for Invista at Brockworth": the place after "at" is where
    org = _body_of_unit(_clean_org(appositive[om.end():].split(",")[0].strip()))  # (to the comma)
    name = _NAME_RUN.match(org or "")
    after = rx(r"^\s*\([A-Z]{2,}\)").sub("", (org or "")[name.end():]).split()[:1] if name else []
    if name and not (after and after[0][:1].islower() and _is_org_word(after[0])) and not _place_led_body(org, name):
        org = rx(r"[’']s$").sub("", name.group(0))  # "the Local Government Association (LGA) rejected the
        # plan", "the LGA’s children's board" (not "Leeds hospitals")
    if org and " in " in org and (where := _BODY_IN_PLACE.match(org)):
        org = where.group("body")  # "St Jude's CE Primary School in Great Lever": the school, not where it is
    if _is_street(org):  # "of Wyatt Close": where the person lives
        return None
    if org and appositive[om.start():].lstrip().startswith("from ") and _is_home(org):
        return None  # "a mother of two from Leeds": where she lives, not whom she speaks for
    return org


#: roles written in capitals, never a body's name: "a GP in Bradford", "a PCSO"
_CAPITAL_ROLES = frozenset({"GP", "GPs", "PCSO", "MP", "MEP", "MSP", "MLA", "MS", "AM", "QC", "KC", "JP", "CEO", "PC", "DC", "DS"})


#: the lower-case last word of a body named after a place: "the Tees Valley joint health scrutiny committee"
_PLACE_LED_BODIES = frozenset({"committee", "panel", "forum", "partnership", "board", "group", "network", "association"})


def _place_led_body(org: str, name) -> bool:
    """"Tees Valley joint health scrutiny committee": a capitalised run that is not itself a body
    ("Tees Valley", not "Oakfield NHS Trust"), then up to four lower-case words that end in a
    committee's, panel's or board's word, is one body's name (kept whole)."""
    tail = org[name.end():].split()
    return 1 <= len(tail) <= 4 and tail[-1] in _PLACE_LED_BODIES and all(w.isalpha() and w.islower() for w in tail) \
        and not _body_word(name.group(0).split()[-1])


#: a role with its portfolio, then the body that holds it: "Cabinet Member for Housing for Oakfield
#: Council", "lead member for children at Oakfield Council" (the body capitalised, the last word a body's)
_PORTFOLIO_AT_BODY = compiled(
    r"^(?:the\s+)?(?P<role>(?:[\w\-’']+\s+){0,4}?(?i:member|holder|councillor|lead|spokes(?:man|woman|person)|director|"
    r"head|minister|champion|manager|officer|chair|chairman|chairwoman)\s+(?:for|of)\s+(?!the\b)[^,]+?)"
    r"\s+(?:at|for|of|on)\s+(?:the\s+)?(?P<org>[A-Z][\w&’'\-]*(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w&’'\-]*){0,6})$")


def _body_word(word: str) -> bool:
    """"Council", "Trust", "NHS": the last word of a body's name."""
    return (word.isupper() and len(word) > 1) or word.lower() in _organisation_words()


#: a person's home town in apposition: "of Plymouth", "from Hartlepool"
_HOME = compiled(r"^(?:of|from)\s+(?P<place>[A-Z][\w’'\-]*(?:[\s\-]+(?:upon|on|le|under|in|[A-Z][\w’'\-]*)){0,3})$")


#: described people who speak for nobody: a place after them is where they live
_PRIVATE_PEOPLE = frozenset({"woman", "man", "resident", "mother", "father", "mum", "dad", "parent", "pensioner",
                             "neighbour", "friend", "relative", "witness", "onlooker", "shopper", "customer",
                             "passenger"})


def _is_home(place: str) -> bool:
    """Where a person lives, not a body: a street ("Southalls Way") or a place in the gazetteer
    ("Plymouth"), with no body's word in it ("Plymouth City Council" is a body)."""
    return _is_street(place) or (bool(gazetteer().candidates(place)) and not any(_is_org_word(w) for w in place.split()))


#: a seat's holder: "MP for Chesterfield", "Labour councillor for Hartley ward" (its party before it)
_SEAT_FOR = compiled(r"^(?:the\s+|an?\s+)?(?P<pre>(?:[A-Z][\w\-]*\s+){0,2}?)"
                          r"(?P<role>(?:MP|MEP|MSP|MS|AM|[Cc]ouncillor|[Cc]ounty\s+[Cc]ouncillor|[Ww]ard\s+[Cc]ouncillor)"
                          r"\s+for\s+[A-Z][^,]*(?:,\s+(?P<more>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2}))?)$")


@lru_cache(maxsize=1)
def _party_group() -> Pattern:
    """"leader of the Labour group", "spokesman for the Lib Dem group"."""
    return rx(r"\s(?:of|for)\s+the\s+(?P<party>" + alternation(lexicon("parties")) + r")\s+(?:group|party)\b")


@lru_cache(maxsize=1)
def _org_after_role() -> Pattern:
    """Where the organisation starts after a role: "at/with/from/behind" a name or a body
    ("at the local trust"), or "of/for" a name ("of Shelter", "for the Local Government
    Association") or a body ("of the housing charity"); "of/for" a lower-case word keeps the
    portfolio in the role ("head of policing at Kent Police", "member for housing")."""
    body = r"(?:[\w\-’']+\s+){0,3}?(?:" + _org_nouns() + r")\b(?![’'])"
    # (a name may open in lower case when a capital or "&" follows inside it: "easyJet", "me&dee")
    return rx(r"(?:^|\s+)(?:(?:at|with|from|behind)\s+(?:the\s+)?(?=[A-Z]|[a-z]+[A-Z&]|" + body + r")"
              r"|(?:for|of)\s+(?:the\s+(?=(?:[\w\-’']+\s+){0,3}[A-Z])|(?=[A-Z]|[a-z]+[A-Z&])|(?:the\s+)?(?=" + body + r")))")


#: a body's capitalised name up to the next lower-case word (its acronym in brackets dropped)
_NAME_RUN = compiled(r"[A-Z][\w&’'.\-]*(?:\s+(?:(?:of|for|and|&|the|on|in)\s+)*[A-Z][\w&’'.\-]*)*"
                          r"(?=\s*\([A-Z]{2,}\)|\s+[a-z]|\s*$)")


#: a "role" that is only where the person works: "from the roads policing unit", "in the control room"
_PLACE_NOT_ROLE = compiled(r"^(?:from|of|at|in|with|within)\s")

#: a body's lower-case unit after its possessive: "West Mercia Police's rural crime team" → the force
_UNIT_OF_BODY = compiled(r"^(?P<body>[A-Z][\w&’'\-]*(?:\s+(?:[A-Z][\w&’'\-]*|of|and|&|for))*)[’']s\s+"
                              r"(?:[\w\-]+\s+){0,4}(?:unit|team|squad|department|division|command|section|hub)$")


#: a second description joined to a role by "and a": what the person also is, not the role
_SECOND_DESCRIPTION = compiled(r"\s+and\s+an?\s+(?:[\w\-’']+\s+){0,3}[\w\-’']+$")


def _body_of_unit(org: str | None) -> str | None:
    """"West Mercia Police's rural crime team", "the PSNI's CID unit" → the force, not its unit."""
    unit = _UNIT_OF_BODY.match(org) if org else None
    return unit.group("body") if unit else org


def _one_seat(appositive: str) -> regex.Match | None:
    """"the Labour MP for Chesterfield", "MP for Birmingham, Erdington" (a seat written with a
    comma is one seat); not "MP for Leeds, Shadow Health Secretary" (a second post after it)."""
    seat = _SEAT_FOR.match(appositive)
    return None if seat and seat.group("more") and _has_role_word(seat.group("more")) else seat


def _role_only(role: str | None) -> str | None:
    """A role without the place its holder works in: "GP in Luton" → "GP"."""
    if not role or _PLACE_NOT_ROLE.match(role):  # "PC Sam Wright, from the roads policing unit at X Police": where, not what
        return None
    role = rx(r"\s+(?:who|which|whose|that)\s.*$").sub("", role.strip())  # "minister who worked on ...": the role
    role = _SECOND_DESCRIPTION.sub("", role)  # "chairman of the committee and a retired hospital manager"
    return rx(r"\s+in\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*$").sub("", role) or None


#: "Member of Parliament" (of a parliament or assembly): one title, the "MP" of a seat
_MEMBER_OF_PARLIAMENT = compiled(r"\bMember\s+of\s+(?:the\s+)?(?:(?:Scottish|Welsh|European|UK|Youth)\s+)?"
                                      r"(?:Parliament|Senedd|Assembly)\b(?!\s+for\s+(?-i:[a-z]))")

#: the head of a body, whose "of ..." is always the body, however capitalised ("Chief Executive of
#: Leicester Shire Promotions"), unlike a title that keeps its portfolio ("Director of Public Health")
_HEAD_OF_BODY = compiled(r"(?i)^(?:(?:deputy|interim|acting|joint|former|outgoing|incoming|new)\s+)?"
                              r"(?:chief\s+executive(?:\s+officer)?|managing\s+director|chairman|chairwoman|chairperson|"
                              r"chair|co-?founder|founder|president|general\s+secretary|vice[\s\-]chancellor|"
                              r"(?:executive\s+)?(?:principal|head\s*teacher)|executive\s+head|"
                              r"owner|ceo)$")


def _splits_role(role: str, rest: str, appositive: str = "", om: regex.Match | None = None) -> bool:
    """Whether "of/for ..." after a role names its organisation: a formal title keeps its
    portfolio ("Chief Inspector of Prisons", "Assistant Director for Highways"), while "chief
    executive of Shelter", "Leader of Durham County Council" name the body (``om``, where the
    body starts in ``appositive``: "with cabinet responsibility for the library service" is a portfolio)."""
    if om is not None and _portfolio_of_responsibility(appositive, om):
        return False
    dept = rest.split()
    if len(dept) in (3, 4) and dept[0] in ("of", "for") and dept[-1] == "Services" \
            and dept[1] in _local_words("department_subjects"):
        return False  # "Head of Children's Services", "Director of Adult Social Services": a department
    if not rx(r"^(?:for|of)\b").match(rest) or not role[:1].isupper() \
            or (len(role.split()) < 2 and role not in ("Secretary", "Minister")):  # "Secretary of State for Health"
        return True
    last = rest.split()[-1]
    if _HEAD_OF_BODY.match(role) and last[:1].isupper() and len(rest.split()) >= 2:
        return True  # ("Chief Executive of Leicester Shire Promotions"; not "Chair of Governors")
    return last.isupper() and len(last) > 1 or last.lower() in _organisation_words()


@lru_cache(maxsize=1)
def _organisation_words() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon("org_nouns")) | _ORGANISATION_ENDS | {"nhs", "society", "fund"}


def _sentence_before(sentences: Sentences, pos: int, floor: int) -> str:
    """The text from the start of the sentence that holds the character before ``pos`` (not
    before ``floor``, the paragraph start) up to ``pos``."""
    start = sentences.start_of(max(floor, pos - 1))
    return sentences.text[max(floor, start):pos]


# --- the whole pass -----------------------------------------------------------------------

def find_quotes(text: str, sentences: Sentences | None = None,
                persons: list[tuple[int, Speaker]] | None = None, check=None) -> tuple[list[Quote], list[Quote]]:
    """(quotes, statements) in document order. ``persons``: people named in the text
    (position, speaker), speaking or not, as referents for pronouns (NER's PERSON entities);
    ``check``: called every so often (the pipeline passes its time budget's check)."""
    rules = quote_rules()
    _SPEAKER_MEMO.rules, _SPEAKER_MEMO.found = rules, {}  # (this document's speakers: see parse_speaker)
    sentences = sentences or Sentences(text)
    segs, paras = _segments(text)
    headline = _headline_index(text, paras) if segs else -1
    quotes: list[Quote] = []
    used = set()
    for n, seg in enumerate(segs):
        if check is not None and n % 500 == 499:
            check()
        if n in used:
            continue
        parts = [(seg.start, seg.end)]
        last, last_index = seg, n
        # UK convention: an open quote continues into the next paragraph opening with a mark (the
        # search starts after the chain's last part: a run of thousands of parts stays linear)
        while not last.closed:
            nxt_index = next((j for j in range(last_index + 1, len(segs)) if j not in used and segs[j].para > last.para),
                             None)
            if nxt_index is None:
                break
            nxt = segs[nxt_index]
            ps, _pe = paras[nxt.para]
            gap_paras = range(last.para + 1, nxt.para)
            if nxt.open_i != ps + (len(text[ps:nxt.open_i]) - len(text[ps:nxt.open_i].lstrip())) or len(gap_paras) > 2:
                break
            if any(rx("[“”\"‘«»]").search(text[paras[g][0]:paras[g][1]]) for g in gap_paras):
                break
            if _MARK_KIND.get(text[nxt.open_i]) != _MARK_KIND.get(text[last.open_i]):
                break  # (a single mark left open, "launched the ‘We′re Here commitments", goes on into no “quotation”)
            for g in gap_paras:
                parts.append(paras[g])
            parts.append((nxt.start, nxt.end))
            used.add(nxt_index)
            last, last_index = nxt, nxt_index
        if not last.closed:
            parts += _closed_later(text, paras, last)
        cued = _cued(text, seg, paras, rules)
        if len(parts) == 1 and seg.para == headline:
            continue  # a quoted phrase in the headline: 'Council tax rise ‘will hit poorest hardest’, warns charity'
        if len(parts) == 1 and seg.closed and text[seg.start:seg.start + 1].isupper() and _titled(
                text, paras[seg.para][0], seg.open_i):
            continue  # a title: 'with the headline ‘One in five charities ...’', 'a report entitled “...”'
        if len(parts) == 1 and (_term_in_sentence(text, seg, paras) or not cued and _reported_fragment(text, seg, paras, sentences)):
            quotes.append(Quote(start=seg.start, end=seg.end, paragraphs=parts, partial=True))
            continue
        if not _plausible(text, parts, rules.min_words) and not cued:
            continue
        quotes.append(Quote(start=parts[0][0], end=parts[-1][1], paragraphs=parts))
    statements = _statements(text, rules, segs)
    _attribute(text, quotes, statements, paras, segs, rules, sentences, persons or [], check)
    _spell_out_bodies(text, quotes + statements)
    _no_place_bodies(quotes + statements)
    return quotes, statements


def _spell_out_bodies(text: str, found: list[Quote]) -> None:
    """A speaker's body written as an abbreviation the text defines ("the OHID said" after "the Office for
    Health Improvement & Disparities (OHID)") takes the body's full name."""
    if "(" not in text or not any(q.speaker is not None and q.speaker.organisation and q.speaker.organisation.isupper()
                                  for q in found):
        return
    full = abbreviations(text)
    for q in found:
        org = q.speaker.organisation if q.speaker is not None else None
        if org and org.isupper() and org in full and org not in (q.speaker.name or ""):
            q.speaker.organisation = full[org]


def _no_place_bodies(found: list[Quote]) -> None:
    """A place is no organisation: "Jo Whitehead of Telford said", "Gloucestershire’s police and crime
    commissioner Martin Surl said" give no organisation, and "Jobcentre Plus in Bradford" gives Jobcentre
    Plus (the body, not where it is; a nation or region stays: "Churches Together in England"). The
    gazetteer says what is a place. (Any body, after :data:`_BODY_IN_PLACE`'s bodies of known kinds.)"""
    gaz = gazetteer()
    for q in found:
        sp = q.speaker
        if sp is None or not sp.organisation:
            continue
        if sp.organisation.split()[-1].lower() in _organisation_words():
            continue  # "Eden District Council": a council's own name, which the gazetteer also lists
        if any(e.type not in ("police_force_area", "other") for e in gaz.candidates(sp.organisation)):
            sp.organisation = None  # (not a force's own short name: "The Met's Commander Kate Lowe")
        elif (pm := _BODY_THEN_PLACE.match(sp.organisation)) is not None and (where := gaz.candidates(pm.group("place"))) \
                and not any(e.type in ("nation", "country", "region") for e in where):
            sp.organisation = pm.group("body")  # (not "Churches Together in England": a nation is part of a name)


#: a body, then where it is: "Jobcentre Plus in Bradford", "Citizens Advice in Leeds"
_BODY_THEN_PLACE = compiled(r"^(?P<body>.+?)\s+(?:in|at)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})$")


def _headline_index(text: str, paras: list[tuple[int, int]]) -> int:
    """The index of the story's headline paragraph: its first (after a leading ``date`` line),
    short and without a closing full stop, with at least two paragraphs of story after it; -1
    when the story opens with a sentence."""
    for k, (ps, pe) in enumerate(paras[:2]):
        if len(paras) < k + 3:
            return -1
        line = rx(r"^date\s+\S+\s*").sub("", text[ps:pe].strip()) if k == 0 else text[ps:pe].strip()
        if not line:  # a date line of its own
            continue
        words = line.split()
        closes = line[-1:] in ".!?:" or line[-2:-1] in ".!?" and line[-1:] in "”\"’'"
        return k if len(words) <= 20 and not closes else -1
    return -1


#: how many paragraphs without marks a speech may run before its closing mark
_UNMARKED_REACH = 5


def _closed_later(text: str, paras: list[tuple[int, int]], last: _Segment) -> list[tuple[int, int]]:
    """An open quotation whose next paragraphs carry no quote mark until one ends with the
    closing mark (paragraphs of one speech printed without opening marks): those paragraphs,
    the last up to its mark. Nothing when no such paragraph follows within three."""
    close = PAIRS.get(text[last.open_i], "”")
    out = []
    for g in range(last.para + 1, min(last.para + 1 + _UNMARKED_REACH, len(paras))):
        ps, pe = paras[g]
        body = text[ps:pe].rstrip()
        if any(ch in body for ch in "“«„") or (close != '"' and '"' in body):
            return []
        if body.endswith(close) and body.count(close) == 1:
            return out + [(ps, ps + len(body) - 1)]
        if body[-2:-1] == close and body[-1:] in ".," and body.count(close) == 1:
            return out + [(ps, ps + len(body) - 2)]  # 'views and opinions”.': the full stop after the mark
        k = body.find(close)
        if k > 0 and body.count(close) == 1 and rx(r"[,.!?;:—–-]$").search(body[:k]) and (
                close != "’" or not body[k + 1:k + 2].isalpha()):
            # a quotation broken across a line, its attribution after the mark:
            # 'heat their homes\nand feed their children,” said Sarah Jones.'
            return out + [(ps, ps + k)]
        if close in body:
            return []
        out.append((ps, ps + len(body)))
    return []


#: where a reported statement ends: a full stop that is not a decimal point or an abbreviation's
_STATEMENT_END = compiled(r"(?<!\b(?:Mr|Mrs|Ms|Dr|St|No|Prof|Cllr|Insp|Supt|Sgt))\.(?!\d)|\n")


@lru_cache(maxsize=1)
def _statement_verb() -> re.Pattern | None:
    """A statement verb between spaces: the cheap test for statement.reported, whose speaker and
    verb never hold a full stop or a semicolon (None, a whole-text scan, if a lexicon word does).
    (The standard ``re``: several times faster on this plain alternation; its ``\\s`` takes in at
    least the spaces ``regex``'s does, so no stretch with a match is missed.)"""
    if any("." in _lex(w) or ";" in _lex(w) for w in ("statement_verbs", "evaluation_verbs", "unnamed_heads")):
        return None
    verbs = _lex("statement_verbs") + "|" + _lex("evaluation_verbs")
    words = verbs.split("|")
    # (plain words none of which is another's first words: at most one matches at a place, so the
    # tree of their letters, tried faster, finds the same stretches)
    if all(PLAIN_WORDS.fullmatch(w) for w in words) \
            and not any(b.startswith(a + " ") for a in words for b in words):
        verbs = letter_tree(words)
    return re.compile(r"\s(?:" + verbs + r")(?=\s)")


def _lex(name: str) -> str:
    """A lexicon as the rules of quotes.json see it (theirs, else the shared one), as an alternation."""
    return _rule_set().lexicons.get(name) or alternation(lexicon(name))


def _reported(text: str, pattern: Pattern):
    """The matches of statement.reported in text: the pattern runs only over the stretches between
    full stops and semicolons that name a statement verb (no match crosses one: the same matches
    as one scan of the whole text, at a fraction of the cost)."""
    verb = _statement_verb()
    if verb is None:
        yield from pattern.finditer(text, timeout=timeout_for(text))
        return
    end = -1
    for v in verb.finditer(text):
        if v.start() < end:
            continue
        start = max(text.rfind(".", 0, v.start()), text.rfind(";", 0, v.start())) + 1
        stops = [i for i in (text.find(".", v.end()), text.find(";", v.end())) if i != -1]
        end = min(stops) if stops else len(text)
        yield from pattern.finditer(text, start, end, timeout=timeout_for(text))


def _statements(text: str, rules: QuoteRules, segs: list[_Segment]) -> list[Quote]:
    out = []
    for m in _reported(text, rules.statement):
        if any(s.start <= m.start() < s.end for s in segs):
            continue
        np_start = m.start("np")
        if "\n" in m.group("np"):
            # "Jo Bell (a caption line)\nCllr Bell said ...": the speaker is in the sentence's own
            # paragraph, never run together with the line before
            np_start += m.group("np").rfind("\n") + 1
        sp = _widened(text, np_start, m.end("np"), parse_speaker(text[np_start:m.end("np")], rules), rules)
        if sp is None or (sp.name is None and sp.description is None):
            continue
        if sp.name and (sp.role is None or _is_honorific(sp.role)) and np_start > 0 and text[np_start - 1] == " ":
            # "Green group leader Cllr Ruth Penn said ...": a lower-case role before the name
            role, org = _role_before(text, np_start)
            if role:
                sp.role, sp.organisation = role, sp.organisation or org
        stop = _STATEMENT_END.search(text, m.end(), min(len(text), m.end() + 2000))  # not "£2.5million"
        end = min(len(text), m.end() + 2000) if stop is None else stop.end()
        if _LISTENER_THEN_QUOTE.match(text, m.end(), min(end, m.end() + 80)):
            continue  # "Sarah Thornton told the BBC: “It needs ...”": whom she told, then her own words (a quotation)
        sp.start, sp.end = _trim(text, np_start, m.end("np"))
        # the words said, without "that" and, after "told", without whom ("told the BBC that ...")
        lm = (_LISTENER_THAT if m.group("cue").lower().startswith("told") else _BARE_THAT).match(text, m.end(), end)
        begin = lm.end() if lm else m.end()
        out.append(Quote(start=begin, end=end, paragraphs=[(begin, end)], speaker=sp,
                         cue=m.group("cue"), rule="statement.said_that", confidence=0.7))
    # (a match holds "according to" as written, after its statement or, "According to", before it: a text
    # without it has none, and is not scanned)
    for m in _according_matches(text, rules):
        if any(s.start <= m.start() < s.end for s in segs) or any(q.start <= m.start() < q.end for q in out):
            continue
        sp = parse_speaker(m.group("np"), rules)
        if sp is None or (sp.name is None and sp.description is None):
            continue
        if m.start("np") < m.start("content") and sp.name is None and sp.organisation is None \
                and (sp.role is None or _DOCUMENT_WORD.search(m.group("np"))):
            continue  # ("According to the notes, they refused offers": a document, no speaker)
        sp.start, sp.end = _trim(text, m.start("np"), m.end("np"))
        cs, ce = m.span("content")
        out.append(Quote(start=cs, end=ce, paragraphs=[(cs, ce)], speaker=sp, cue="according to",
                         rule="statement.according_to", confidence=0.7))
    out.sort(key=lambda q: q.start)
    return out


def _according_matches(text: str, rules: QuoteRules):
    """The statements "according to" someone, after the words ("..., according to X.") or before them
    ("According to X, ..."), in text order."""
    found = list(rules.according.finditer(text, timeout=timeout_for(text))) if "according to" in text else []
    if "ccording to" in text:
        found += rules.according_first.finditer(text, timeout=timeout_for(text))
        found.sort(key=lambda m: m.start())
    return found


#: the listener and a colon before a quotation mark: "(told) the BBC: “", "(told) reporters: \""
_LISTENER_THEN_QUOTE = compiled(r"[^.!?:;\n“”\"]{0,60}:\s*[“\"‘']")
#: whom a speaker told, then "that": "(told) the BBC that ", "(told) councillors on Monday that "
_LISTENER_THAT = compiled(r"(?:[A-Za-z][\w’'&.\-]*\s+){0,5}?that\s+")
_BARE_THAT = compiled(r"that\s+")
#: capitalised words (and the joiners of a portfolio) just before a reported speaker's name
_CAPITALS_BEFORE = compiled(r"(?:(?:[A-Z][\w’'\-]*|for|of|and|&)\s+){1,8}$")


def _widened(text: str, start: int, end: int, sp: Speaker | None, rules: QuoteRules) -> Speaker | None:
    """"Assistant Director for Integrated Passenger Transport Richard Owens said ...": a long
    capitalised role before the name runs past what the statement pattern takes in; the name
    parsed from the whole run outranks "Transport Richard Owens"."""
    if sp is None or not sp.name or start < 2 or text[start - 1] != " " or not text[start - 2].isalpha():
        return sp
    m = _CAPITALS_BEFORE.search(text, max(0, start - 120), start)
    if m is None:
        return sp
    wide = parse_speaker(text[m.start():end], rules)
    if wide is not None and wide.name and wide.name != sp.name and sp.name.endswith(wide.name):
        return wide
    if wide is not None and wide.name == sp.name and wide.organisation and sp.organisation \
            and wide.organisation != sp.organisation and (wide.organisation.endswith(sp.organisation)
                                                           or (wide.role or "").endswith(sp.organisation + " " + (sp.role or ""))):
        return wide  # "UNISON’S Northern Ireland Regional Secretary Ann Lee": the body before the place
    return sp


@dataclass
class _Around:
    """The text around one quotation that attribution routes read."""

    text: str
    quote: Quote
    open_i: int  # the opening mark
    p_start: int  # its paragraph
    before: str  # its sentence up to the mark
    after: str  # its paragraph after the first part's closing mark
    b0: int  # offset of ``before``
    a0: int  # offset of ``after``
    previous_paragraph: tuple[int, int] | None = None


#: What a route found: (speaker, cue, rule, confidence, the speaker's site in the text or None)
Found = tuple[Speaker | None, str | None, str, float, tuple[int, int] | None]


def _route_told_by(w: _Around, rules: QuoteRules) -> Found | None:
    m = rules.told_by.search(w.before, timeout=timeout_for(w.before))
    if not m:
        return None
    return parse_speaker(m.group("np"), rules), "told by", "quote.told_by", 0.85, (w.b0 + m.start("np"), w.b0 + m.end("np"))


def _route_according_before(w: _Around, rules: QuoteRules) -> Found | None:
    """'According to Mr Hill, “nothing has changed”': the speaker named before the comma."""
    if "ccording" not in w.before:
        return None
    m = rules.according_before.search(w.before, timeout=timeout_for(w.before))
    if not m:
        return None
    sp = parse_speaker(m.group("np"), rules)
    if sp is not None and sp.name is None and sp.organisation is None and _DOCUMENT_WORD.search(m.group("np")):
        return None  # ('According to the notes, “we are doing well”': a document, no speaker)
    return sp, "according to", "quote.according_to_before", 0.8, (w.b0 + m.start("np"), w.b0 + m.end("np"))


@lru_cache(maxsize=1)
def _cue_near_end() -> Pattern:
    """A cue verb among the last words before a quotation: the cheap test that spares the full
    speaker pattern (whose lazy phrase costs the square of the sentence's length when it fails)."""
    return rx(r"\b(?:" + alternation(lexicon("cue_verbs")) + r")\b[^.!?“”\"]{0,60}$")


def _route_cue_before(w: _Around, rules: QuoteRules) -> Found | None:
    if not _cue_near_end().search(w.before, max(0, len(w.before) - 90), timeout=timeout_for(w.before)):
        return None
    m = rules.cue_before.search(w.before, timeout=timeout_for(w.before))
    if not m:
        return None
    np_start, np_end = m.span("np")
    if m.group("cue").endswith("ing"):  # "..., Impact said, adding: “...”": the subject of the first verb
        sm = _said_then().search(m.group("np"), timeout=timeout_for(m.string))
        if sm:
            np_start, np_end = np_start + sm.start("np"), np_start + sm.end("np")
    elif m.group("np").endswith((" and", " before", " then")) or _AND_LATER.search(m.group("np")):
        # "Cllr Jo Bell said the cuts were deep and added: “...”": the subject of the first verb;
        # "She became withdrawn and later said:": a clause's subject, whatever its first verb
        comma = m.group("np").rfind(", ") + 2 if ", " in m.group("np") else 0
        act = _ACT_THEN_CUE.match(m.group("np")[comma:]) if comma else None
        if act and (act.group("verb").endswith("ed") or act.group("verb") in _ACTION_VERBS):
            # "... said as he was led down, Richardson stood up and shouted:": the last clause's subject
            np_start, np_end = np_start + comma + act.start("subj"), np_start + comma + act.end("subj")
            sm = None
        else:
            sm = (_PRONOUN_SUBJECT.match(m.group("np")) or _subject_of_first_verb().match(m.group("np"), timeout=timeout_for(m.string))
                  or _SUBJECT_OF_CLAUSE.match(m.group("np")))
        if sm:
            np_start, np_end = np_start + sm.start("np"), np_start + sm.end("np")
    elif " and " in m.group("np") or " but " in m.group("np"):
        # "Inspectors praised the school and one pupil even told them:": the last clause's subject
        cm = _COORDINATED_SUBJECT.search(m.group("np"))
        if cm and _LOWER_WORD.search(m.group("np"), 0, cm.start()):  # (not "Police and a council spokesman")
            np_start, np_end = np_start + cm.start("np"), np_start + cm.end("np")
    if w.before.endswith(("had", "has", "have", "also", "earlier", "previously"), np_start, np_end):
        am = _AUX_END.search(w.before, max(np_start, np_end - 40), np_end)
        if am and am.start() > np_start:  # "The regulator's chief executive Jo Bell had said:": not "Bell had"
            np_end = am.start()
    return (parse_speaker(w.before[np_start:np_end], rules), m.group("cue"), "quote.cue_before", 0.9,
            (w.b0 + np_start, w.b0 + np_end))


#: an auxiliary (or a time adverb) between a speaker and the cue: "Jo Bell had said", "Jo Bell has also said"
_AUX_END = compiled(r"\s+(?:(?:had|has|have)(?:\s+(?:also|earlier|previously|already))?|also|earlier|previously)$")


#: "... and later" before a cue ("She was moved and later said:"): a second verb of the same subject
_AND_LATER = compiled(r"\s(?:and|but)\s+(?:later|then|also|finally|simply|just|afterwards)$")

_PRONOUN_SUBJECT = compiled(r"^\s*(?P<np>He|She|They)(?=\s+[a-z])")

#: the subject opening a clause, before its first (lower-case) verb: "She", "Mrs Ann Evans"
_SUBJECT_OF_CLAUSE = compiled(r"^\s*(?P<np>(?:He|She|They)|(?!(?:The|A|An|In|On|At|But|And|This|That|It)\s)"
                                   r"(?:[A-Z][\w’'\-]+\s+){1,3}[A-Z][\w’'\-]+)(?=\s+[a-z])")


#: a clause of its own after "and"/"but" whose subject is a described person: "... and one pupil even"
_COORDINATED_SUBJECT = compiled(r"\s(?:and|but)\s+(?P<np>(?:one|another|a|an)\s+(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*)"
                                     r"(?:\s+(?:even|also|later|then|simply|just))?$")


_LOWER_WORD = compiled(r"\b[a-z]{3,}\b")


@lru_cache(maxsize=1)
def _subject_of_first_verb() -> Pattern:
    """"Cllr Jo Bell said the cuts were deep and" (before "added:"): who said."""
    return rx(r"^\s*(?P<np>[^,]{2,100}?)\s+(?:" + alternation(lexicon("statement_verbs")) + r")\b")


@lru_cache(maxsize=1)
def _said_then() -> Pattern:
    """"Chef Andrew Barnett has been recruited, Impact said," before "adding": who said."""
    return rx(r"(?:^|,\s*)(?P<np>[^,]{2,100}?)\s+(?:" + alternation(lexicon("statement_verbs")) + r")\s*,?\s*$")


def _route_cue_after(w: _Around, rules: QuoteRules) -> Found | None:
    if not w.after:
        return None
    m2 = rules.cue_after_verb_first.match(w.after, timeout=timeout_for(w.after))
    m3 = rules.cue_after_name_first.match(w.after, timeout=timeout_for(w.after))
    for mm, rule in ((m2, "quote.cue_after_said_x"), (m3, "quote.cue_after_x_said")):
        if mm:
            np = mm.group("np")
            if mm is m2:  # "said Abigail Gill, policy manager at the NSPCC." keeps the appositive
                np = _abbreviation_safe_phrase().match(w.after[mm.start("np"):]).group(0)
            sp = parse_speaker(np, rules)
            if sp:
                return sp, mm.group("cue"), rule, 0.85, (w.a0 + mm.start("np"), w.a0 + mm.start("np") + len(np))
    return None


@lru_cache(maxsize=1)
def _abbreviation_safe_phrase() -> Pattern:
    """Text up to the end of its sentence, reading "Sen. Jane Roe" as one phrase."""
    return rx(r"(?:[^.!?;“”\"]|(?<=\b(?:" + alternation(lexicon("abbreviated_titles")) + r"))\.)*")


def _route_cue_in_previous_paragraph(w: _Around, rules: QuoteRules) -> Found | None:
    """"Peter Clarke said:" closing the paragraph before a quotation that opens its own."""
    if w.before.strip() or w.previous_paragraph is None:
        return None
    ps, pe = w.previous_paragraph
    # a cue among the paragraph's last words first (cheap); then the rule on its last 300
    # characters only (its speaker phrase is at most 200): no lazy scan of a long paragraph
    if not _cue_near_end().search(w.text, max(ps, pe - 90), pe, timeout=timeout_for(w.text)):
        return None
    ps = max(ps, pe - 300)
    m = rules.cue_colon_paragraph.search(w.text[ps:pe], timeout=timeout_for(w.text))
    if not m:
        return None
    return (parse_speaker(m.group("np"), rules), m.group("cue"), "quote.cue_colon_paragraph", 0.85,
            (ps + m.start("np"), ps + m.end("np")))


def _route_dash_after(w: _Around, rules: QuoteRules) -> Found | None:
    md = rules.dash_after.match(w.after, timeout=timeout_for(w.after)) if w.after else None
    if not md:
        return None
    return parse_speaker(md.group("np"), rules), None, "quote.dash_after", 0.8, (w.a0 + md.start("np"), w.a0 + md.end("np"))


#: a press release's sign-off: the speaker's name alone on the line after the quotation
_SIGN_OFF = compiled(r"[ \t]*\n\s*(?P<np>(?:(?:Cllr|Councillor|Coun|Dr|Prof|Professor|Revd?|Sir|Dame)\.?\s+)?"
                          r"(?P<first>[A-Z][a-z][\w’'\-]*)(?:\s+[A-Z][\w’'\-]+){1,2})[ \t]*(?:\n|$)")


def _route_sign_off(w: _Around, rules: QuoteRules) -> Found | None:
    """“... the quality of support.”⏎⏎Cllr Gill Williams⏎: the name signs the quotation off."""
    if w.after.strip():
        return None
    end = w.quote.paragraphs[-1][1] + 1
    m = _SIGN_OFF.match(w.text, end, min(len(w.text), end + 80))
    if m is None or m.group("first") not in _first_names():
        return None
    sp = parse_speaker(m.group("np"), rules)
    if sp is None or not sp.name or not _plausible_person(sp.name):
        return None
    return sp, None, "quote.sign_off", 0.6, m.span("np")


def _route_colon(w: _Around, rules: QuoteRules) -> Found | None:
    mc = rules.colon_before.search(w.before, timeout=timeout_for(w.before))
    if not mc:
        return None
    return parse_speaker(mc.group("np"), rules), None, "quote.colon", 0.6, (w.b0 + mc.start("np"), w.b0 + mc.end("np"))


#: a paragraph that opens with the speaker and a colon, no verb: "Det Con Jo Hill: “..."
_NAME_COLON = compiled(r"^\s*(?P<np>[A-Z][^.!?:;“”\"\n]{3,120}?)\s*:\s*$")


def _route_name_colon(w: _Around, rules: QuoteRules) -> Found | None:
    if not w.before.rstrip().endswith(":") or w.text[w.p_start:w.b0].strip():
        return None
    m = _NAME_COLON.match(w.before, timeout=timeout_for(w.before))
    if not m:
        return None
    sp = parse_speaker(m.group("np"), rules)
    head = m.group("np").split(",")[0].strip()
    if sp is None or not sp.name or len(sp.name.split()) < 2 or not head.endswith(sp.name) \
            or not _plausible_person(sp.name):
        return None  # (not "Warning:", "The verdict:", "Kent County Council:")
    return sp, None, "quote.name_colon", 0.7, (w.b0 + m.start("np"), w.b0 + m.end("np"))


@lru_cache(maxsize=1)
def _reported_colon() -> Pattern:
    """"Mr Parkes said the latest figures were misleading: “...”": the quotation goes on the
    subject's reported speech, whose sentence ends on the colon."""
    # (a leading participle clause before the subject: "Sentencing Jones to a year, he said ...")
    lead = alternation(_local_words("leading_participles"))
    return rx(r"^\s*(?:(?:" + lead + r")\s[^,.;:!?“”\"\n]{1,80},\s+)?(?P<np>[A-Z][^,.;:!?“”\"]{1,80}?|[Hh]e|[Ss]he|[Tt]hey)\s+(?:"
              + alternation(lexicon("statement_verbs"))
              + r")\s+(?!:)(?:[^.!?“”\"]|[“”\"][^.!?“”\"\n]{1,80}[“”\"]){3,250}:\s*$")  # (a quoted fragment inside)


def _route_reported_colon(w: _Around, rules: QuoteRules) -> Found | None:
    if not w.before.rstrip().endswith(":"):
        return None
    m = _reported_colon().search(w.before, timeout=timeout_for(w.before))
    if not m:
        return None
    sp = parse_speaker(m.group("np"), rules)
    if sp is None:
        return None
    return sp, None, "quote.reported_colon", 0.7, (w.b0 + m.start("np"), w.b0 + m.end("np"))


def _route_previous(w: _Around, last: Quote | None) -> Found | None:
    """The previous quotation's speaker: a split quotation or one in the speaker's paragraph, or
    a paragraph that is only a quotation continuing the previous speaker."""
    if last is None or last.speaker is None:
        return None
    if w.p_start <= last.paragraphs[-1][0]:
        # "The figures are worrying," said Cllr Obi, "but they are improving."
        between = w.text[last.end + 1:w.open_i]
        return last.speaker, None, "quote.split" if between.rstrip().endswith(",") else "quote.same_paragraph", 0.75, None
    if not w.before.strip():
        between = w.text[last.end:w.open_i]
        if between.count("\n\n") <= 1 or not rx(r"[a-z]").search(between.replace("”", "").replace('"', "")):
            return last.speaker, None, "quote.continuation", 0.6, None
    elif w.before.rstrip().endswith((":", ",")) and _GOING_ON.match(w.before) \
            and w.text.count("\n\n", last.end, w.open_i) <= 2:
        # "Then going on to say: “...", "Adding: “...": a subjectless cue goes on the last speaker
        return last.speaker, None, "quote.going_on", 0.6, None
    return None


#: a cue with no subject that goes on with the last speaker: "Then going on to say:", "Going on
#: to add,", "Before adding:", "Concluding:"
_GOING_ON = compiled(r"^\s*(?:(?:Then|And|But|Later|Before|After)\s+)?(?:(?i:going)\s+on\s+to\s+(?:say|add|state|explain|warn|tell\s+[\w’' ]{2,40}?)"
                          r"|(?i:adding|continuing|concluding)(?:\s+that)?)\s*[:,]\s*$")


def _route_reported_before(w: _Around, statements: list[Quote], starts: list[int]) -> Found | None:
    """A quotation opening its paragraph with no cue, after a paragraph of reported speech ("A
    spokesman for the trust said demand had never been higher."): that statement's speaker."""
    if w.before.strip() or w.previous_paragraph is None:
        return None
    ps, pe = w.previous_paragraph
    k = bisect.bisect_right(starts, pe) - 1  # the last statement in that paragraph, found by bisection
    if k < 0 or statements[k].start < ps or statements[k].speaker is None:
        return None
    return statements[k].speaker, None, "quote.after_reported_speech", 0.6, None


def _around(text: str, q: Quote, paras, sentences: Sentences, para_starts: list[int]) -> _Around:
    open_i = q.start - 1
    k = bisect.bisect_right(para_starts, open_i) - 1
    p_start, p_end = paras[k]
    before = _sentence_before(sentences, open_i, p_start)
    first_end = q.paragraphs[0][1]
    after = text[first_end + 1:p_end] if first_end < p_end else ""
    if not after.strip() and len(q.paragraphs) > 1:
        # the first paragraph stays open: the attribution may follow the closing mark in the last
        # ('“We have seen ...\n\n“Families are struggling,” said Sarah Jones.')
        last_end = q.paragraphs[-1][1]
        j = bisect.bisect_right(para_starts, last_end) - 1
        if last_end < paras[j][1] and text[last_end] in "”\"’»“":
            return _Around(text, q, open_i, p_start, before, text[last_end + 1:paras[j][1]], open_i - len(before),
                           last_end + 1, paras[k - 1] if k > 0 else None)
    return _Around(text, q, open_i, p_start, before, after, open_i - len(before), first_end + 1,
                   paras[k - 1] if k > 0 else None)


@lru_cache(maxsize=1)
def _named_cue() -> re.Pattern:
    """Every place a space and a verb of person.named_before_cue begin (a lookahead: overlapping
    ones too), with the standard ``re`` (see :func:`_statement_verb`): the cheap test that spares the
    rule's lazy phrase in a sentence with no such verb after its first two characters.
    (Only where one begins matters: when the verbs are plain words, they are written as a tree of
    their letters, "a(?:dd(?:ed|s)|...)", which says the same several times faster than a list of
    some hundred and seventy words tried one by one at every space.)"""
    verbs = _lex("statement_verbs") + "|" + _lex("cue_verbs")
    words = verbs.split("|")
    if all(PLAIN_WORDS.fullmatch(w) for w in words):
        verbs = letter_tree(words, prefixes=True)
    return re.compile(r"(?=\s(?:" + verbs + "))")


#: what person.appositive's look-behinds stand after: a sentence's end and a space, or a line break
_OPENING_AFTER = compiled(r"[.!?:;]\s|\n")


def _appositive_people(text: str, pattern: Pattern):
    """``pattern.finditer(text)`` for person.appositive, which matches only at the text's start, after
    a sentence's end and a space, or after a line break (its "^" and look-behinds): tried at those
    places alone (found by one scan for their characters), from a match's end on, as finditer goes
    on; the engine would test the three anchors at every character. A long text (one the regex
    timeout covers) is scanned as before."""
    timeout = timeout_for(text)
    if timeout is not None or pattern.pattern != _APPOSITIVE_SOURCE or pattern.flags & regex.MULTILINE:
        yield from pattern.finditer(text, timeout=timeout)
        return
    last = 0
    for at in itertools.chain((0,), (o.end() for o in _OPENING_AFTER.finditer(text))):
        if at >= last and (m := pattern.match(text, at)) is not None:
            yield m
            last = m.end()


#: the pattern :func:`_appositive_people` is written for (another one is scanned as it is)
_APPOSITIVE_SOURCE = ("(?:^|(?<=[.!?:;]\\s)|(?<=\\n))\\s*(?P<np>(?:[A-Z][\\w’'\\-]+\\s+){0,4}?(?P<name>[A-Z][a-z][\\w’'\\-]*\\s+"
                      "[A-Z][\\w’'\\-]+(?:-[A-Z][\\w’'\\-]+)?),\\s+(?P<app>[^,.;:“”\"]{3,120}?),)")


def _people(text: str, rules: QuoteRules, sentences: Sentences,
            quoted: list[tuple[int, int]] = ()) -> list[tuple[int, Speaker]]:
    """People introduced anywhere, speaking or not: in apposition ("Sam Patel, project manager
    for the Shelter Trust,") or as the subject of reported speech ("Det Insp Ann Lee ... said")."""
    out = []
    for m in _appositive_people(text, rules.person_appositive):
        if _CONJUNCTION.match(m.group("app")) or _names_another(m.group("app")):
            continue
        sp = parse_speaker(f"{m.group('name')}, {_description_only(m.group('app'))}", rules)
        if sp is not None and sp.name:
            out.append((m.start("name"), Speaker(**{**sp.__dict__, "start": m.start("name"), "end": m.end("name")})))
    cues = [v.start() for v in _named_cue().finditer(text)]
    for start, end in sentences.bounds:
        k = bisect.bisect_left(cues, start + 2)  # (no verb after a space in the sentence: no match)
        m = rules.person_named_before_cue.match(text, start, end, timeout=timeout_for(text)) if k < len(cues) and cues[k] < end else None
        if m:
            sp = parse_speaker(m.group("np"), rules)
            if sp is not None and sp.name:
                k = text.rfind(sp.name, m.start("np"), m.end("np"))
                if k >= 0:  # where the name is (its title, before it, tells the gender)
                    sp = Speaker(**{**sp.__dict__, "start": k, "end": k + len(sp.name)})
                out.append((m.start("np"), sp))
    for m in rules.person_with_role.finditer(text, timeout=timeout_for(text)):
        app = _description_only(m.group("app"))
        if " – " in app or " — " in app or " - " in app:  # "Jo Bell, chief executive at X – which came bottom – says"
            app = _DASH_ASIDE.split(app, maxsplit=1)[0]
        if "ed " in app:  # "John Dwyer, the Police & Crime Commissioner scrutinised the force's ...": the post ends at the verb
            app = _POST_THEN_VERB.sub("", app)
        role, org = _role_org(app)
        if role and _has_role_word(role) and not _RELATIVE.match(app) and _plausible_person(m.group("name")) \
                and not _cue_first().match(app) and not _CONJUNCTION.match(app) and not _names_another(app):
            # not "Keith Wakefield, said the authority ...", "Leighton Buzzard, but she said ..."
            out.append((m.start("name"), Speaker(name=m.group("name"), role=role, organisation=org,
                                                 start=m.start("name"), end=m.end("name"))))
    out += _stated_roles(text)
    out += _titled_surnames(text, quoted)
    out += _described_subjects(text, rules, sentences)
    known = {sp.name for _, sp in out}
    mentioned = _mentioned(text, rules)
    lede = _lede_role(text)
    if lede is not None:  # "The chief executive of X has defended ... Simon Wright said": the person it names
        role, org, after = lede
        first = next(((at, sp) for at, sp in mentioned if after <= at < after + _LEDE_REACH), None)
        # the person must speak there ("Simon Wright said", "Jo Bell told the BBC"), not be someone met
        if first is not None and _cue_first().search(text, first[1].end or first[0], (first[1].end or first[0]) + 12) \
                and len([ln for ln in text[after:first[0]].split("\n") if ln.strip()]) <= 2:  # in the next paragraph
            out.append((first[0], Speaker(**{**first[1].__dict__, "role": role, "organisation": org})))
    for at, sp in mentioned:
        role, org = _role_before(text, at)  # "Figures from Denton and Reddish MP Andrew Gwynne show"
        if role:
            out.append((at, Speaker(**{**sp.__dict__, "role": role, "organisation": org})))
        elif sp.name not in known:
            out.append((at, sp))
    # never a pronoun ("His comments came as he joined ...") nor a place's or a body's word
    # ("outside Euston Station") as a person
    return [(at, sp) for at, sp in out if not _not_a_person(sp)]


#: an unnamed spokesperson as a sentence's subject, doing something other than speaking: "A spokesman for the
#: Department for Health rubbished the leaked report." (the "He said:" after it is the spokesman's)
_DESCRIBED_SUBJECT = compiled(
    r"[\s“\"‘']*(?P<np>(?:A|An)\s+(?:[A-Z][\w&’'.\-]*\s+){0,4}(?:spokesman|spokeswoman|spokesperson)"
    r"(?:\s+for\s+(?:the\s+)?[A-Z][\w&’'.\-]*(?:\s+(?:[A-Z][\w&’'.\-]*|of|for|and|the)(?=\s))*)?)"
    r"\s+(?!(?:said|says|told|tells|added|adds|explained|stated|commented|insisted|warned|was|were|is|are|has|had|have|"
    r"could|would|can|will|may|did|does|declined|refused)\b)[a-z]+")
#: a spokesperson who gave no response: not the one a later "He said" is from
_NO_RESPONSE = compiled(r"\b(?:not|n't|unavailable|contacted|approached|reached|asked|declined|refused)\b")


def _described_subjects(text: str, rules: QuoteRules, sentences: Sentences) -> list[tuple[int, Speaker]]:
    """Unnamed spokespeople who open a sentence without speaking in it (see _DESCRIBED_SUBJECT): people a
    later "he"/"she" may refer to. (One who speaks there is a speaker already.)"""
    if "spokes" not in text:
        return []
    out = []
    for start, end in sentences.bounds:
        if "spokes" not in text[start:min(end, start + 120)]:
            continue
        m = _DESCRIBED_SUBJECT.match(text, start, end)
        if m and not _NO_RESPONSE.search(text, m.end("np"), end) \
                and (sp := parse_speaker(m.group("np"), rules)) is not None and sp.name is None and sp.description:
            out.append((m.start("np"), Speaker(**{**sp.__dict__, "start": m.start("np"), "end": m.end("np")})))
    return out


def _not_a_person(sp: Speaker) -> bool:
    """A pronoun ("His comments came as he joined ...") or a place's or body's word ("outside
    Euston Station") taken for a person's name."""
    words = (sp.name or "").split()
    return bool(words) and (words[0].lower() in _NOT_PERSON_FIRST or (
        words[-1].lower() in quote_rules().not_name_words and words[0] not in _first_names()
        and words[-1] not in _local_words("surname_words")))  # (not "Tess Ward")


#: words that open no person's name: pronouns and possessive determiners
_NOT_PERSON_FIRST = frozenset({"he", "she", "they", "his", "her", "their", "its", "our", "my", "your", "we", "it", "i"})


#: a person's role stated as a sentence of its own: "Ann Price is the chair of the Oakfield Trust.",
#: "Jo Bell, who is the county's cabinet member for roads," (a first name and a surname, then "is/was the")
_IS_THE_ROLE = compiled(
    r"(?<![\w’'])(?P<name>(?-i:[A-Z][a-z]+(?:[\-’'][A-Z][a-z]+)?(?:\s+[A-Z][\w’'\-]+){1,2}))\s+(?:,\s*who\s+)?"
    r"(?:is|was|has\s+been|(?:has\s+)?(?:started|began|begun|took\s+up)"
    r"\s+(?:in\s+)?(?:his|her|their)\s+(?:new\s+)?(?:role|post|job|position)\s+as)\s+"
    r"(?:(?:the|its|their)\s+)?(?:(?:new|current|former|newly\s+appointed|interim|acting)\s+)?(?P<app>(?-i:[a-z])[^.;:!?\n“”\"]{3,90}?)(?=\s*[.;,\n])")


#: words of the role lexicon that name no post by themselves (articles, parties, places, titles)
_NOT_A_POST = frozenset("the city county borough district council police green labour conservative liberal democrat "
                        "independent reform tory lady lord sir dame mr mrs ms miss dr cllr coun det insp pc sgt supt general "
                        "senior lead prime deputy chief cabinet shadow portfolio baroness".split())


def _holds_a_role(role: str) -> bool:
    """Whether a phrase names a post ("chair of the trust", "chief executive"), not a state ("angry
    about the plans") nor only an article, a party or a place."""
    return any(w.lower().strip(".,") in _role_words() and w.lower().strip(".,") not in _NOT_A_POST for w in role.split())


def _stated_roles(text: str) -> list[tuple[int, Speaker]]:
    """People whose role is stated in a sentence of its own: "Ann Price is the chair of the Oakfield Trust."."""
    out = []
    if " is " not in text and " was " not in text and " been " not in text and " as " not in text:
        return out
    for m in _IS_THE_ROLE.finditer(text, timeout=timeout_for(text)):
        app = m.group("app")
        role, org = _role_org(app)
        name, at = m.group("name"), m.start("name")
        first, _, rest = name.partition(" ")
        if rest and " " in rest and _is_honorific(first):  # "Dr Simon Constable started in his role as ..."
            name, at = rest, at + len(first) + 1
        if role and _holds_a_role(role) and _plausible_person(name) and not _CONJUNCTION.match(app):
            out.append((at, Speaker(name=name, role=role, organisation=org, start=at, end=m.end("name"))))
    return out


def _names_another(app: str) -> bool:
    """"Chief constable Dave Jones, head of crime Det Chief Supt Simon Mason, and ...": an
    apposition that ends on another person's full name (a common first name, then a surname, no
    body's word) lists a second person; it is not the first one's role."""
    words = app.strip(" ,").split()
    return len(words) >= 3 and words[-2] in _first_names() and words[-1][:1].isupper() \
        and not _is_org_word(words[-1]) and not _is_org_word(words[-2])


def _titled_surnames(text: str, quoted: list[tuple[int, int]]) -> list[tuple[int, Speaker]]:
    """"Oakfield leader Cllr Read hit back": a surname after an honorific, with the role written
    before it, as a referent for "he said" (joined later to the full name the story gives); never
    one inside a quotation ("“... Mr Fox has not been elected ...”": a name the speaker says)."""
    out = []
    starts = [a for a, _ in quoted]
    for m in _titled_surname().finditer(text, timeout=timeout_for(text)):
        k = bisect.bisect_right(starts, m.start()) - 1
        if k >= 0 and m.start() < quoted[k][1]:
            continue
        if _plausible_person(m.group("name")) and (m.group("name").lower() not in _role_words() or (
                _role_surname(m.group("name")) and m.group(0).split()[0] in ("Mr", "Mrs", "Ms", "Miss", "Dr"))):
            # (a role word is a surname after a personal title: "Mrs Sergeant", "Mr Mayor")
            role, org = _role_before(text, m.start())
            if role is None and m.group(0).split()[0] in _local_words("post_titles"):
                role = m.group(0).split()[0]  # "Judge Hopkins": the title is the post
            out.append((m.start(), Speaker(name=m.group("name"), role=role, organisation=org,
                                           start=m.start(), end=m.end("name"))))
    return out


@lru_cache(maxsize=1)
def _titled_surname() -> Pattern:
    """"Cllr Read", "Mr Hancock", "Dr Shah": a surname after an honorific, not followed by
    another capitalised word (a full name is found by the other rules) nor possessive ("Mr
    Lowe's departure": the subject is someone else)."""
    titles = alternation(regex.escape(t) for t in sorted(set(lexicon("honorifics")) | _local_words("surname_titles"),
                                                          key=len, reverse=True) if " " not in t)
    return rx(r"(?<![\w’'\-])(?:" + titles + r")\.?\s+(?P<name>(?:Mc|Mac|O’|O')?[A-Z][a-z][\w\-]*)"
              r"(?![\w’'\-]|\s+(?:[A-Z]|(?:de|van|von|al|el)\b))")


#: how far (characters) after a story's opening description its person is named
_LEDE_REACH = 400
#: the opening sentence's subject, a role with its body: "The chief executive of X has", "X's leader said"
_LEDE = compiled(r"(?:(?:The|THE)\s+(?P<role>(?:[a-z][\w\-]*\s+){0,3}?[a-zA-Z][\w\-]*\s+(?:of|at|for)\s+(?:the\s+)?[A-Z][^.,;:!?\n]*?)"
                      r"|(?P<poss>[A-Z][\w&’'\-]*(?:\s+(?:[A-Z][\w&’'\-]*|of|and|&|for)){0,6}[’']s\s+"
                      r"(?:[a-z][\w\-]*\s+){0,3}?(?:[a-z][\w\-]*|MP|MSP|MEP|AM|MS|PCC)))"
                      r"\s+(?:has|have|had|is|was|says|said|will|would|today|yesterday|warned|admitted|defended|welcomed)\b")


def _lede_role(text: str) -> tuple[str, str, int] | None:
    """(role, organisation, end) of a story that opens on a person by their role, not their name
    ("The chief executive of Hartfield NHS Trust has defended ...", "Devon County Council's
    leader has said ..."), read in its first three paragraphs; None otherwise."""
    start = 0
    for _ in range(3):
        while start < len(text) and text[start].isspace():
            start += 1
        m = _LEDE.match(text, start, min(len(text), start + 300))
        if m:
            role, org = _role_org(m.group("role") or m.group("poss"))
            if role and org and m.group("poss") and role.lower() in quote_rules().seat_roles:
                org = None  # "Weston's MP has hit out ...": the place is the seat, no body
                return role, org, m.end()
            if role and org and role.split()[-1].lower() in _role_heads():
                return role, org, m.end()
            return None
        nl = text.find("\n", start)
        if nl < 0:
            return None
        start = nl + 1
    return None


#: where the words before a name stop being its description
_CLAUSE_MARK = ".!?;:“”\"(\n"
#: lower-case words that never describe the person named next ("uncovered by MP Jo Bell")
_NOT_DESCRIBING = frozenset({"the", "a", "an", "by", "from", "to", "at", "in", "on", "with", "as", "and", "or", "for", "of",
                             "said", "says", "told", "was", "is", "are", "were", "has", "had", "its", "their", "his", "her",
                             "our", "that", "which", "who", "whose", "but", "while", "when", "after", "before", "including",
                             "like", "than", "also", "then", "new", "former"})


def _role_before(text: str, at: int) -> tuple[str | None, str | None]:
    """The role (and body) written just before a name the story mentions, speaking or not:
    "Conservative South West Bedfordshire MP Andrew Selous", "Denton and Reddish MP, Andrew
    Gwynne,", "Bedfordshire’s Police and Crime Commissioner, Kathryn Holloway" (a role head from
    the person roles, with the capitalised body or seat and up to three lower-case words
    before it); (None, None) when the words before are not a role."""
    near = text[max(0, at - 60):at].split()[-9:]  # cheap test first: a role head among the last words
    if not any(w.rstrip(",").lower() in _role_heads() for w in near):
        return None, None
    seg = text[max(0, at - 120):at]
    cut = max(seg.rfind(c) for c in _CLAUSE_MARK)
    words, titles = _words_then_titles(seg[cut + 1:])
    if (titled := _party_then_title(words, titles)) is not None:
        return titled
    if not words:
        return None, None
    full = list(words)
    end = len(words)
    if words[-1].lower() not in _role_heads():
        # "The chief executive of Hartfield NHS Trust, Priya Rao": a role, then its body's name;
        # "the Police Chiefs' Council lead for crime, Andy Cooke": a role, then its portfolio
        of = next((i for i in range(len(words) - 2, max(0, len(words) - 9), -1) if words[i] in ("of", "at", "for")), None)
        if of is None or of == 0 or words[of - 1].lower() not in _role_heads():
            return None, None
        tail = words[of + 1:]
        body = all(w[:1].isupper() or w in ("the", "of", "and", "for", "&") for w in tail)
        portfolio = words[of] != "at" and len(tail) <= 3 and all(w.isalpha() and w.islower() and w not in _NOT_DESCRIBING
                                                                 for w in tail)
        group = _party_group().search(" " + " ".join(words[of:]))  # "leader of the Labour group, Jo Bell"
        # "leader of the council Judith Blake": a body written by its kind is part of the post
        portfolio = portfolio or (len(tail) == 2 and tail[0] == "the" and tail[1] in _org_noun_set())
        if not (body or portfolio or group):
            return None, None
        words, end = (words[:of], of) if body and not group else (words, len(words))
    k = next((i for i in range(len(words) - 1, -1, -1) if words[i].lower() in _role_heads()), len(words) - 1)
    lower = 0
    while k > 0 and words[k - 1][:1].islower() and words[k - 1].isalpha() and lower < 4 \
            and (words[k - 1] not in _NOT_DESCRIBING or (words[k - 1] == "and" and lower > 0 and k > 1
                                                          and words[k - 2][:1].islower()))  \
            and not words[k - 1].endswith("ed"):  # not "thanked"; "police and crime commissioner"
        k, lower = k - 1, lower + 1
    while k > 0 and (words[k - 1][:1].isupper() and words[k - 1].lower() not in _NOT_DESCRIBING
                     and words[k - 1].lower() not in ("he", "she", "they", "it", "we", "i")
                     or (words[k - 1] in ("and", "of", "for", "&") and k > 1 and words[k - 2][:1].isupper()
                         and words[k][:1].isupper())):  # ("Police and Crime", not "Sir Jo Bell and county council")
        k -= 1
    k, opened = _post_after_clause_comma(words, k)
    if not opened and k > 0 and "," in words[k - 1] and not (words[k][:1].islower() and k < len(words) - 1
                                                             and words[k - 1].endswith(",") and not words[k - 1][:1].isupper()):
        # (not "At the town hall, leader of the council Jo Bell": a whole post after a clause)
        # "leader of the Labour group, councillor Jo Bell": the role before the comma, whole; a
        # list ("Smith, Jones") gives none
        prefix = " ".join(words[:k]).rstrip(",")
        return _role_before(prefix + " ", len(prefix) + 1) if words[k - 1].endswith(",") else (None, None)
    while k < len(words) - 1 and (words[k] in _adverbs() or words[k] in ("and", "of", "for", "&")):
        k += 1
    if k == len(words) - 1 == end - 1 and words[k][:1].isupper() and words[k].isalpha() and words[k].lower() in _role_heads():
        return words[k], None  # "Sheriff Craig Caldwell", "Coroner Ann Lee": a post written as the title
    role, org = _tidy_post(*_role_org(_post_after_clause(" ".join(words[k:] + full[end:len(full)] if end < len(full) else words[k:]))))
    return (role, org) if role and _has_role_word(role) else (None, None)


def _tidy_post(role: str | None, org: str | None) -> tuple[str | None, str | None]:
    """What a post read before a name holds that is neither post nor body: a time ("two years
    ago Judge ..."), a sentence adverb ("Meanwhile, RMT"), the "and" of a list of people ("...,
    and Burnley's town centre manager, Jo Bell": a place's possessive is where, not a body)."""
    if role and " ago " in role:
        role = role.split(" ago ", 1)[1]
    if org and ", " in org and org.split(", ", 1)[0] in _adverbs():
        org = org.split(", ", 1)[1]
    if role and role.startswith("and "):
        role = role[4:]
        if org is None and (pm := _CAPITAL_POSSESSIVE_ROLE.match(role)) is not None:
            role, org = pm.group("role"), None if gazetteer().candidates(pm.group("org")) else pm.group("org")
    return role, org


def _words_then_titles(seg: str) -> tuple[list[str], list[str]]:
    """The words before a name, without the titles that close them ("Cllr", "Mrs": returned apart,
    last first), a comma after a quotation before them ("”, Unite general secretary") or a
    comma after them."""
    words = seg.split()
    while words and not words[0].strip(",–—-"):
        words.pop(0)
    titles = []
    while words and words[-1][:1].isupper() and _is_honorific(words[-1]):
        titles.append(words.pop())
    if words and words[-1].endswith(","):
        words[-1] = words[-1][:-1]
    return words, titles


def _party_then_title(words: list[str], titles: list[str]) -> tuple[str, str] | None:
    """"Alliance South Belfast Councillor Emmet Brown": a party (and its seat), then a council
    title, which is the role (the party the organisation); None otherwise."""
    if not (titles and titles[-1] in _council_titles() and words and len(words) <= 4 and all(w[:1].isupper() for w in words)):
        return None
    joined = " ".join(words).removeprefix("The ")
    party = next((p for p in _party_names() if joined == p or joined.startswith(p + " ")), None)
    return (titles[-1], party) if party else None


def _post_after_clause_comma(words: list[str], k: int) -> tuple[int, bool]:
    """"At her speech at the NFU Scotland AGM, First Minister (Nicola Sturgeon)": the capitalised
    words before the comma close a clause (where she spoke), not her body; the post starts after
    the comma (k moved there, and True); (k, False) otherwise."""
    opening = next((i for i in range(len(words) - 2, k - 1, -1) if words[i].endswith(",") and words[i][:1].isupper()
                    and k > 0 and words[k - 1][:1].islower()), None)
    if opening is not None and words[opening + 1][:1].isupper():
        return opening + 1, True
    return k, False


def _post_after_clause(phrase: str) -> str:
    """"Leeds Civic Hall, leader of the council": the post after a place or a clause's comma."""
    if ", " in phrase and (after := phrase.rsplit(", ", 1)[1])[:1].islower() and _has_role_word(after):
        return after
    return phrase


#: an apposition that is the next clause, not a description ("Leighton Buzzard, but she ...")
_CONJUNCTION = compiled(r"(?:but|and|or|so|yet|while|although|though|because|as|if|when|then)\b")


@lru_cache(maxsize=1)
def _verb_in_description() -> Pattern:
    """A speech verb inside an apposition: where the description stops ("chairman of the board
    said he was ...")."""
    return rx(r"\s+(?:" + alternation(lexicon("statement_verbs")) + r")\b")


def _description_only(app: str) -> str:
    """An apposition up to the verb its sentence goes on with: "chairman of the board said he
    was disappointed" → "chairman of the board"."""
    m = _verb_in_description().search(app)
    return app[:m.start()] if m else app


def _mentioned(text: str, rules: QuoteRules) -> list[tuple[int, Speaker]]:
    """Every "First Surname" in the text that is not a place, a title or an organisation
    ("Mike Amesbury was speaking after ..."): referents for "Mr Amesbury" and "the Labour MP"."""
    out = []
    # overlapped: "Cllr Laura Crane" holds "Laura Crane" after the rejected "Cllr Laura"
    for m in rules.person_mentioned.finditer(text, overlapped=True, timeout=timeout_for(text)):
        name = m.group("name")
        if _plausible_person(name) and not _cue_led(name) and not _inside_longer_name(text, m.start("name"), m.end("name")) \
                and not _ward_in_brackets(text, m.start("name")):
            out.append((m.start("name"), Speaker(name=name, start=m.start("name"), end=m.end("name"))))
    return out


#: "(Lab, Luddenden Foot)", "(Con, Rastrick)": a councillor's party then ward in brackets
_PARTY_THEN_WARD = compiled(r"\([^()\n,]{1,20},\s*$")


def _ward_in_brackets(text: str, start: int) -> bool:
    """A ward after the party in the brackets after a councillor's name is a place, not a person."""
    return text.rfind("(", max(0, start - 24), start) >= 0 and bool(_PARTY_THEN_WARD.search(text, max(0, start - 24), start))


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    words = set(_role_words()) | {w.lower() for w in lexicon("org_nouns")} | set(w.lower() for w in lexicon("months"))
    words |= {w.lower() for w in lexicon("weekdays")} | {w.lower() for w in lexicon("sentence_adverbs")}
    words |= {w.lower() for t in lexicon("titles") for w in t.split()}
    words |= {w.lower() for t in _rule_set().lexicons["rank_titles"].split("|") for w in t.split()}
    words |= {"north", "south", "east", "west", "central", "greater", "upper", "lower", "new", "great", "royal",
              "st", "saint", "the", "this", "that", "these", "those", "his", "her", "their", "our", "its"}
    words |= _STREET_WORDS | quote_rules().not_name_words
    return frozenset(words)


#: the last word of a street's name, never of a person's ("Wyatt Close", "Northgate Street")
_STREET_WORDS = frozenset({"street", "road", "avenue", "close", "way", "drive", "crescent", "terrace", "mews",
                           "boulevard", "parade", "highway"})


def _is_street(name: str) -> bool:
    """"Wyatt Close", "Southalls Way": a street, unless it starts with a first name ("Andy
    Street", "Glenn Close", "Michelle Way" are people)."""
    words = name.split()
    return len(words) > 1 and words[-1].lower().strip(",.") in _STREET_WORDS and words[0] not in _first_names()


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """"Child Poverty" in "End Child Poverty Coalition": capitalised words go on either side
    (a title or role before the name is fine: "Labour MP Mike Amesbury")."""
    before = text[max(0, start - 30):start].split()
    after = text[end:end + 30].split()
    prev_cap = bool(before) and before[-1][:1].isupper() and before[-1].lower().strip(".,") not in _not_name_words() \
        and before[-1].lower() not in _role_heads()  # "Sheriff Craig Caldwell", "Coroner Ann Lee": a post
    next_cap = bool(after) and after[0][:1].isupper() and not text[end:end + 1] in ",.;:"
    # a line break ends a name: "Green group leader Ruth Penn" as a caption line of its own
    head, tail = text[max(0, start - 30):start], text[end:end + 30]
    prev_cap = prev_cap and "\n" not in head[len(head.rstrip()):]
    next_cap = next_cap and "\n" not in tail[:len(tail) - len(tail.lstrip())]
    return prev_cap or next_cap


@lru_cache(maxsize=1)
def _party_names() -> frozenset[str]:
    return frozenset(lexicon("parties"))


@lru_cache(maxsize=1)
def _party_words() -> frozenset[str]:
    """The words of the parties' names of more than one word ("lib", "dem", "plaid")."""
    return frozenset(w.lower() for p in lexicon("parties") if " " in p for w in p.split())


def _plausible_person(name: str) -> bool:
    words = name.split()
    # a month is a surname after a known first name ("Theresa May", "Anthony May"); so is a rank or
    # a role ("Simon Constable", "Jane Sergeant", "Tom Mayor"), but never a body's word ("Grace Hospital")
    month_surname = len(words) == 2 and words[0] in _first_names() and (
        words[1].lower() in _MONTH_WORDS or _role_surname(words[1]) or words[1] in _local_words("surname_words"))
    return name not in _party_names() and (not any(w.lower().strip("’'") in _not_name_words() for w in
                                                   (words[:1] if month_surname else words))
                                           and not gazetteer().candidates(name) and not gazetteer().candidates(words[0]))


_MONTH_WORDS = frozenset(m.lower() for m in MONTH_NAMES)


def _role_surname(word: str) -> bool:
    """A rank or role word that is also a surname ("Constable", "Sergeant", "Mayor", "Judge"):
    not a body's, a street's or a place's word."""
    return word[:1].isupper() and word[1:].islower() and word.lower() in _role_surnames()


@lru_cache(maxsize=1)
def _role_surnames() -> frozenset[str]:
    return frozenset(w for w in set(_role_words()) | _title_words_lower()
                     if w not in _org_noun_set() and w not in _STREET_WORDS and w not in _NOT_A_SURNAME)


#: role or title words never a surname after a first name
_NOT_A_SURNAME = frozenset({"the", "of", "for", "and", "council", "police", "county", "city", "borough", "district", "mp",
                            "msp", "ms", "am", "pcc", "cllr", "coun", "mr", "mrs", "dr", "st", "det", "insp", "supt",
                            "sgt", "pc", "lord", "lady", "sir", "dame", "green", "labour", "reform", "independent",
                            "conservative", "liberal", "democrat", "tory", "general", "senior", "deputy", "cabinet"})


@lru_cache(maxsize=1)
def _title_words_lower() -> frozenset[str]:
    return frozenset(w.lower() for t in lexicon("titles") for w in t.split())


@lru_cache(maxsize=4096)
def _place_name(name: str) -> bool:
    """A PERSON entity that is a place: "Macclesfield West" (a ward), "Ellesmere Port" (a town),
    unless its first word is a known first name ("Ashley Cole" is a person, not Ashley in Surrey)."""
    first = name.split()[0]
    return bool(gazetteer().candidates(name)) or (first not in _first_names() and bool(gazetteer().candidates(first)))


def _speaker_of_fragment(q: Quote, statements: list[Quote], starts: list[int]) -> None:
    """A quoted fragment inside reported speech takes that statement's speaker."""
    k = bisect.bisect_right(starts, q.start) - 1
    if k >= 0 and statements[k].start <= q.start <= statements[k].end and statements[k].speaker is not None:
        q.speaker = statements[k].speaker
        q.rule, q.confidence = "quote.fragment_of_statement", 0.6


def _resolve_statements(text: str, statements: list[Quote], rules: QuoteRules, people) -> "_Timeline":
    """"She said the plans ...": the person she is, or no statement (in place). The speakers, in
    text order, are the history quotations refer back to."""
    history = _Timeline()
    kept = []
    for s in statements:
        at = None
        if rules.pronoun.match(s.speaker.description or ""):
            resolved = _resolve_reference(s.speaker, history, s.start, people, text)
            if resolved is None:
                continue
            s.speaker = resolved
        elif s.speaker.name is None and s.speaker.role and s.rule == "statement.said_that" \
                and text.startswith(("the ", "The "), s.speaker.start or 0) \
                and rules.role_reference.match(text[s.speaker.start:s.speaker.end]):
            # "Speaking on the radio, the first minister said ...": the person that role names, and
            # the one a "he said" after it refers to (a reference is as recent as where it is written)
            head = s.speaker.role.split()[-1].lower()
            before = sorted(history.before(s.start) + people.before(s.start), key=lambda h: -h[0])
            person = next((p for _, p in before if p.name and (head in (p.role or "").lower().split()
                                                                or _titled_as(text, p, head))), None)
            if person is None and (ref := _resolve_reference(s.speaker, history, s.start, people, text)) is not None \
                    and ref.name and ref.start is not None \
                    and head in text[max(0, ref.start - 300):min(ref.end + 200, s.speaker.start)].lower():
                # "The leader of Buckinghamshire Council ... Cllr Martin Tett defended ... The leader said": as a
                # quotation's "The leader told the meeting:" is resolved, when the post is written near that
                # person's name (not "Gary Moss was in the gallery ... The prosecutor said")
                person = ref
            if person is not None:  # (only a person whose own role has that word, or the quotations' referent)
                at = s.speaker.start
                s.speaker = Speaker(name=person.name, role=person.role, organisation=person.organisation or s.speaker.organisation,
                                    start=person.start, end=person.end)
        kept.append(s)
        history.add(at if at is not None else (s.speaker.start or s.start), s.speaker)
    statements[:] = kept
    return history


def _titled_as(text: str, sp: Speaker, head: str) -> bool:
    """"Sheriff Craig Caldwell", "Coroner Ann Lee": the post written as a title just before the name."""
    if sp.start is None or sp.end is None or not sp.name:
        return False
    k = text.rfind(sp.name, sp.start, sp.end)
    before = text[max(0, (k if k >= 0 else sp.start) - 30):k if k >= 0 else sp.start].split()
    return bool(before) and before[-1].lower() == head


#: a role written after a possessive: "Arriva Yorkshire's commercial director", "Leeds's chief constable"
_ROLE_AFTER_POSSESSIVE = compiled(r"\s+(?P<words>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3})")


def _body_of_role(text: str, sp: Speaker) -> bool:
    """A PERSON entity that is a body's possessive before a role ("Kim Cain, [Arriva Yorkshire's]
    commercial director,"): a possessive body is never a person (nor what "she told" refers to)."""
    name = sp.name or ""
    if not name.endswith(("'s", "’s")) or sp.end is None:
        return False
    m = _ROLE_AFTER_POSSESSIVE.match(text, sp.end, min(len(text), sp.end + 60), timeout=timeout_for(text))
    return m is not None and any(w in _role_heads() for w in m.group("words").split())


def _cue_led(name: str | None) -> bool:
    """"Said Carál" (from '“...” Said Carál.'): a cue verb NER took into a PERSON, not a name."""
    return bool(name) and name.split(" ", 1)[0] in ("Said", "Says", "Added", "Adds")


def _quoted_spans(quotes: list[Quote]) -> list[tuple[int, int]]:
    """The paragraph spans inside the document's quotations, in text order."""
    return sorted(span for q in quotes for span in (q.paragraphs or [(q.start, q.end)]))


def _attribute(text, quotes, statements, paras, segs, rules: QuoteRules, sentences: Sentences,
               persons: list[tuple[int, Speaker]], check=None) -> None:
    """Give each quotation its speaker by the first route that finds one (in order: a cue
    before, a cue after, a trailing dash, a colon, the previous quotation's speaker).
    ``check`` is called every 200 quotations (the document's time budget)."""
    # NER's PERSON may be a place ("Macclesfield West", a ward): never a referent
    people = _LazyPeople(lambda: _Timeline([p for p in persons if _referent(text, p[1])]
                                           + _people(text, rules, sentences, people.quoted)), _quoted_spans(quotes))
    history = _resolve_statements(text, statements, rules, people)
    starts = [s.start for s in statements]
    para_starts = [ps for ps, _ in paras]
    last_quote: Quote | None = None
    for n, q in enumerate(quotes):
        if check is not None and n % 200 == 199:
            check()
        if q.partial:  # 'she called the plans "deeply worrying"': the reported speech's speaker
            _speaker_of_fragment(q, statements, starts)
            continue
        w = _around(text, q, paras, sentences, para_starts)
        found = None
        for route in (_route_told_by, _route_cue_before, _route_cue_after, _route_according_before, _route_dash_after, _route_colon,
                      _route_reported_colon, _route_name_colon, _route_cue_in_previous_paragraph, _route_sign_off):
            found = route(w, rules)
            if found is not None and found[0] is not None:
                break
        if found is None or found[0] is None:
            found = _route_unmarked(w, last_quote, statements, starts) or found
        if found is not None and found[0] is not None:
            _set_speaker(text, q, found, history, people)
        last_quote = q
    if any(q.speaker.name and (len(q.speaker.name.split()) == 1 or not q.speaker.role) for q in quotes):
        by_surname = _by_surname(history.items + people.timeline.items)  # speakers first, then anyone named
        for q in quotes:
            _join_surname(q.speaker, by_surname)
    for q in quotes:
        _body_of_head(text, q)
        org = q.speaker.organisation
        if org is None and q.speaker.name and q.speaker.role and (_COUNCIL_WORD.search(q.speaker.role)
                                                                  or _BARE_COUNCIL_ROLE.match(q.speaker.role)):
            # "Council leader Phil Jordan said", "leader Ann Lee said" in a council's story: the
            # council the story names (a parish or town council has no cabinet: not for a bare role)
            body = _named_body(text, "council", q.start)
            if body and not _COUNCIL_WORD.search(q.speaker.role) and body.endswith(("Parish Council", "Town Council")):
                body = None
            q.speaker.organisation = body
            continue
        if org and q.speaker.role and _COUNCIL_ROLE.search(q.speaker.role) and org[:1].isupper() \
                and not any(_is_org_word(w) for w in org.split()) and org not in _party_names():
            # "North Yorkshire’s executive member for schools": the place's council, as the story names it
            m = _council_of(org).search(text, timeout=timeout_for(text))
            q.speaker.organisation = m.group(0) if m else org
            continue
        if org and (org.lower().removeprefix("the ") in _org_noun_set()
                    or (org[:1].islower() and org.split()[-1].lower() in _org_noun_set())):
            # "at the trust", "of the housing charity", "the county council's": the body the story names
            named = _named_body(text, org.split()[-1], q.start)
            q.speaker.organisation = _second_of_pair(named) if named else org
        _described_or_bare_body(text, q)
    _one_paragraph_bodies(quotes)


def _referent(text: str, sp: Speaker) -> bool:
    """Whether NER's PERSON may be a pronoun's referent: not a place ("Macclesfield West", a ward),
    a body's possessive before a role, a cue verb taken in, a pronoun nor a place's word."""
    return not _place_name(sp.name) and not _body_of_role(text, sp) and not _cue_led(sp.name) and not _not_a_person(sp)


def _route_unmarked(w: _Around, last: Quote | None, statements: list[Quote], starts: list[int]) -> Found | None:
    """A quotation with no cue of its own: the previous quotation's speaker, or the speaker of
    reported speech in the paragraph before (that one when it comes after the last quotation)."""
    reported = _route_reported_before(w, statements, starts)
    if reported is not None and last is not None and w.previous_paragraph[0] > last.end:
        return reported  # reported speech after the last quotation is the nearer speaker
    return _route_previous(w, last) or reported


def _one_paragraph_bodies(quotes: list[Quote]) -> None:
    """A body's name never runs over a paragraph break (a headline's last word before it)."""
    for q in quotes:
        if q.speaker.organisation and "\n" in q.speaker.organisation:
            q.speaker.organisation = q.speaker.organisation.rsplit("\n", 1)[-1].strip() or None


def _described_or_bare_body(text: str, q: Quote) -> None:
    """"from the bus firm", "the supermarket giant's": the one body the story shows acting;
    "School headteacher Jo Bell": the school the story names."""
    org = q.speaker.organisation
    if org and org[:1].islower() and _described_body(org):
        q.speaker.organisation = _story_body(text) or org
    elif org and org in _BARE_BODY_WORDS and q.speaker.start is not None \
            and (body := _named_body(text, org.lower(), q.speaker.start)) and body != org:
        q.speaker.organisation = _second_of_pair(body)
    elif org and org in _KIND_ONLY_BODIES:
        # "Union president Allan Bowie", "Club Chairman Jo Bell": the body the story names with that
        # word ("Yeovil Town Football Club"), else none (the kind alone is no body's name)
        at = q.speaker.start if q.speaker.start is not None else q.start
        body = _named_body(text, org.lower(), at)
        q.speaker.organisation = _second_of_pair(body) if body and body != org else None


def _second_of_pair(body: str) -> str:
    """"Yeovil Town Sports Trust and Yeovil Town Football Club" → the body whose kind was asked
    for, the one after "and", when what comes before it is a body of its own (it ends in a
    body's word); "Bath and North East Somerset Council" stays whole."""
    before, sep, after = body.rpartition(" and ")
    if sep and len(after.split()) >= 2 and before.split()[-1].lower() in _org_noun_set():
        return after
    return body


#: a capitalised kind of body alone, not its name ("School headteacher Jo Bell" opens a sentence)
_BARE_BODY_WORDS = frozenset({"School", "Academy", "College", "Hospital", "Trust", "Council", "Charity", "Company", "Firm"})

#: kinds of body that are never a body's whole name ("Union", "Club"): named in the story or none
_KIND_ONLY_BODIES = frozenset({"Union", "Club", "Society", "Association", "Federation", "Partnership"})


def _described_body(org: str) -> bool:
    """"bus firm", "the supermarket giant", "the company": a body written as a description."""
    words = org.lower().removeprefix("the ").split()
    return bool(words) and words[-1] in _local_words("body_description_heads") and not any(w[:1].isupper() for w in org.split()[1:])


#: a body doing what bodies do in a story: "First Bus Potteries has announced", "Tesco said that"
@lru_cache(maxsize=1)
def _body_acts() -> Pattern:
    return compiled(
        r"(?<![\w’'\-])(?P<body>" + _NOT_NAME_START + r"(?:The\s+)?[A-Z][\w&’'\-]*(?:\s+(?:(?:of|and|&)\s+)?"
        r"[A-Z][\w&’'\-]*){0,4})\s+(?:(?:has|have|had)\s+(?:announced|confirmed|said|revealed|disclosed|decided|"
        r"warned|agreed|blamed)|said|says|announced|confirmed|revealed|disclosed|warned|blamed)\b")


@lru_cache(maxsize=4)
def _story_body(text: str) -> str | None:
    """The one body (not a person, a place, a council, a force or a government) that the story
    shows acting ("Tesco said", "First Bus Potteries has announced"); None when it names none or
    several."""
    found = set()
    for m in _body_acts().finditer(text, timeout=timeout_for(text)):
        body = rx(r"^The\s+").sub("", m.group("body"))
        words = body.split()
        if words[0] in _first_names() or words[0] in ("He", "She", "They", "It", "We", "I", "This", "That", "There") \
                or _is_honorific(words[0]) or _is_home(body) or body in _party_names() \
                or any(w.lower() in _role_heads() for w in words) \
                or any(w in _PUBLIC_BODY_WORDS for w in words) or (len(words) >= 2 and _plausible_person(body)
                                                                and words[0] in _first_names()):
            continue
        found.add(body)
    # "First" and "First Bus Potteries" are one body
    names = {b for b in found if not any(o != b and o.startswith(b + " ") for o in found)}
    return next(iter(names)) if len(names) == 1 else None


#: words of public bodies, never "the company" of a story
_PUBLIC_BODY_WORDS = frozenset({"Council", "Police", "Constabulary", "Government", "Department", "Ministry", "Office",
                                "Parliament", "Commons", "NHS", "Court", "Committee", "Commission", "Authority",
                                "Executive", "Agency", "Inspectorate", "Ofsted", "Mayor", "MP", "MPs"})


#: the head of a body, named without it ("Chief executive Ann Lee said"): the body the story just named
_HEAD_ROLE = compiled(r"(?i)^(?:(?:chief|managing|medical|nursing|executive|operations)\s+)?"
                           r"(?:executive|director|chair|chairman|chairwoman|chairperson|headteacher|head\s+teacher|"
                           r"principal|president|founder|chief\s+officer|head|general\s+secretary)$")


def _body_of_head(text: str, q: Quote) -> None:
    """"The school is run by Oxford Diocese Schools Trust ... Chief executive Anne Davey said:": a
    body's head, with no body of their own, speaks for the body named last before (within
    _IT_LOOK_BACK characters; a report is not a body)."""
    sp = q.speaker
    if not (sp.name and sp.role and not sp.organisation and _HEAD_ROLE.match(sp.role.strip())):
        return
    pos = sp.start if sp.start is not None and sp.start < q.start else q.start
    last = None
    for m in _body_or_report().finditer(text, max(0, pos - _IT_LOOK_BACK), pos, timeout=timeout_for(text)):
        if m.group("body"):
            last = m
    short = None
    for m in _THE_BODY.finditer(text, max(0, pos - _IT_LOOK_BACK), pos, timeout=timeout_for(text)):
        short = m
    if short is not None and (last is None or short.start() > last.start()):
        # "the Trust had a target ...": the body's full name, written earlier
        sp.organisation = _named_body(text, short.group("noun"), short.start())
    elif last is not None and (found := _org_speaker(text, *last.span("body"))) is not None:
        sp.organisation = found.organisation
    if not sp.organisation:  # "new chief executive Dave Lewis" in a story about Tesco alone
        sp.organisation = _story_body(text)


#: a body named by its capitalised kind alone: "the Trust", "the Council"
_THE_BODY = compiled(r"\b[Tt]he\s+(?P<noun>Trust|Council|Board|Force|Authority|Charity|Foundation|Commission)\b")


_COUNCIL_WORD = compiled(r"(?i)^council\b|\bcouncil[’']s\b|\bof\s+the\s+council$")

#: a council's role named with no body at all: "leader", "deputy leader", "cabinet member for schools"
_BARE_COUNCIL_ROLE = compiled(r"(?i)(?:(?:deputy|opposition)\s+)?leader$|(?:executive|cabinet|portfolio)\s+(?:member|holder)\b")

#: roles held on a council ("executive member for schools", "cabinet member", "council leader")
_COUNCIL_ROLE = compiled(r"(?i)\b(?:executive|cabinet|portfolio)\s+(?:member|holder)\b|\bleader\b(?!\s+of\s+the\s+\w+\s+group)")


@lru_cache(maxsize=64)
def _council_of(place: str) -> Pattern:
    """"North Yorkshire" → its council's name in the story ("North Yorkshire County Council")."""
    return compiled(regex.escape(place) + r"(?:\s+(?:County|City|Borough|District|Metropolitan\s+Borough))?\s+Council\b")


@lru_cache(maxsize=1)
def _org_noun_set() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon("org_nouns"))


#: how far back (characters) a reference ("the trust", "the report") looks for what it names
_LOOK_BACK = 5000


def _named_body(text: str, noun: str, pos: int) -> str | None:
    """"medical director at the trust": the last body named before whose name ends in that word
    ("East Suffolk and North Essex NHS Foundation Trust")."""
    word = noun.lower().removeprefix("the ").capitalize()
    found, at = None, -1
    for name_end in _BODY_NAME_ENDS.get(word.lower(), (word,)):  # "the authority" is the story's "... Council"
        for m in _body_name(name_end).finditer(text, max(0, pos - _LOOK_BACK), pos, timeout=timeout_for(text)):
            if m.start() > at:  # not "A Government", nor "Labour-led Hartley Council"
                found, at = rx(r"^(?:The|An?)\s+|^[A-Z][\w’']*-(?:led|run|controlled)\s+").sub("", m.group(0)), m.start()
    if word in _NAME_FIRST_BODIES:  # "the university" → "University of Portsmouth", "the department" → "Department for Education"
        for m in _name_first_body(word).finditer(text, max(0, pos - _LOOK_BACK), pos, timeout=timeout_for(text)):
            if m.start() > at:
                found, at = m.group(0), m.start()
    # or the name written after the noun: "the charity Shelter", "homelessness charity the NSPCC"
    for m in _named_after_noun(word.lower()).finditer(text, max(0, pos - _LOOK_BACK), pos, timeout=timeout_for(text)):
        first = m.group("name").split()[0]
        if m.start() > at and not _is_honorific(first) and first not in _first_names():  # not "council Cllr Butt"
            found, at = m.group("name"), m.start()
    if found is None:  # named only later in the story ("the council ... Leeds City Council")
        m = _body_name(word).search(text, pos, min(len(text), pos + _LOOK_BACK), timeout=timeout_for(text))
        found = m.group(0).removeprefix("The ") if m else None
    if found is None:
        for m in _named_after_noun(word.lower()).finditer(text, pos, min(len(text), pos + _LOOK_BACK), timeout=timeout_for(text)):
            first = m.group("name").split()[0]
            if not _is_honorific(first) and first not in _first_names():
                return m.group("name")
    return found


#: what a body written as a common noun is called in its own name ("the authority" → "... Council")
_BODY_NAME_ENDS = {"authority": ("Authority", "Council"), "force": ("Police", "Constabulary", "Force"),
                   # "the charity's chief executive" after "the Stroke Association": a charity is rarely named "... Charity"
                   "charity": ("Charity", "Association", "Trust", "Foundation", "Society", "Fund", "Alliance", "Appeal",
                               "Support", "Campaign")}


#: bodies whose own name opens with their kind: "University of Hull", "Department for Transport"
_NAME_FIRST_BODIES = frozenset({"University", "College", "Department", "Ministry", "Office", "Institute", "Academy"})


@lru_cache(maxsize=8)
def _name_first_body(word: str) -> Pattern:
    return compiled(r"(?<![\w’'\-])" + regex.escape(word) + r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&’'\-]*"
                         r"(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w&’'\-]*){0,4}")


@lru_cache(maxsize=64)
def _named_after_noun(noun: str) -> Pattern:
    """"charity Shelter": a body's name after its lower-case kind (capitalised words, not a
    sentence's next word: "the charity. Shelter ...")."""
    return compiled(r"(?<![\w’'\-])" + regex.escape(noun) + r"\s+(?:the\s+)?(?P<name>" + _NOT_NAME_START
                         + r"[A-Z][\w&’'\-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w&’'\-]*){0,5})")


@lru_cache(maxsize=64)
def _body_name(word: str) -> Pattern:
    """A capitalised name ending in ``word`` (an organisation noun from the lexicon, so the
    patterns are few)."""
    return compiled(r"(?<![\w’'\-])(?:" + _NOT_NAME_START + r"[A-Z][\w&’'\-]*\s+(?:(?:and|of|for|&)\s+)?){1,7}"
                         + regex.escape(word) + r"\b")


#: capitalised words that open a sentence, not a body's name ("On Monday Hartfield Council ...")
_NOT_NAME_START = (r"(?!(?:On|In|At|By|For|From|Yesterday|Today|Tonight|Tomorrow|Last|This|Next|Since|After|"
                   r"Before|During|When|While|But|And|However|Meanwhile|Now|Earlier|Later|Then|Monday|Tuesday|"
                   r"Wednesday|Thursday|Friday|Saturday|Sunday|" + "|".join(MONTH_NAMES) + r")\s)")


class _LazyPeople:
    """The people of a document, found only when a pronoun needs them (most stories have none)."""

    def __init__(self, make, quoted: list[tuple[int, int]] = ()):
        self._make = make
        self._timeline = None
        self.quoted = quoted  # the quotations' paragraph spans, in text order
        self._starts = [a for a, _ in quoted]

    def quoted_at(self, pos: int) -> bool:
        """Whether ``pos`` is inside a quotation (a person named there is not a pronoun's first referent)."""
        k = bisect.bisect_right(self._starts, pos) - 1
        return k >= 0 and pos < self.quoted[k][1]

    @property
    def made(self) -> bool:
        return self._timeline is not None

    @property
    def timeline(self) -> "_Timeline":
        if self._timeline is None:
            self._timeline = self._make()
        return self._timeline

    def before(self, pos: int, limit: int = 50):
        return self.timeline.before(pos, limit)


class _Timeline:
    """People in text order, found by position in O(log n) (a document of thousands of quotes
    must not cost its length per quote)."""

    def __init__(self, entries=()):
        self.items: list[tuple[int, Speaker]] = sorted(entries, key=lambda e: e[0])
        self.starts = [at for at, _ in self.items]

    def add(self, at: int, sp: Speaker) -> None:
        i = bisect.bisect_right(self.starts, at)
        self.starts.insert(i, at)
        self.items.insert(i, (at, sp))

    def before(self, pos: int, limit: int = 50):
        """The last ``limit`` entries before ``pos``, nearest first."""
        i = bisect.bisect_left(self.starts, pos)
        return [self.items[k] for k in range(i - 1, max(-1, i - 1 - limit), -1)]


def _set_speaker(text: str, q: Quote, found: Found, history: _Timeline, people: _LazyPeople) -> None:
    speaker, cue, rule, conf, site = found
    if speaker.name is None and site is not None and (speaker.description or "").lower() in ("he", "she") \
            and (asked := _asked_person(text, *site)) is not None:
        # "When Trident Media asked Professor McKellar about fees, he said": the one asked answers
        speaker = asked
    if speaker.name is None and site is not None and (speaker.description or "") in ("they", "They") \
            and (family := _family_before(text, site[0])) is not None:
        speaker = family  # "Her family stayed at her bedside. In a statement they said": the family
    if speaker.name is None:
        at = q.start
        if site is not None and (speaker.description or "").lower() in ("he", "she", "they"):
            at = _before_participle_clause(text, site[0], at)
        speaker = _seat_holder(speaker, history, at, people) or _resolve_reference(speaker, history, at, people, text)
        if speaker is None:  # a pronoun with no one to refer to: never a pronoun as the speaker
            return
    if site is not None:
        site = _after_leading_clause(text, *_trim(text, *site))
        if speaker.start is None:  # named here: the site is the speaker's span
            speaker = Speaker(**{**speaker.__dict__, "start": site[0], "end": site[1]})
    if speaker.name is None and speaker.role and speaker.role.lower() in _local_words("document_heads"):
        speaker = Speaker(**{**speaker.__dict__, "role": None})  # "the county council report said": no post
    q.mention = site
    q.speaker = speaker
    q.cue, q.rule, q.confidence = cue, rule, conf
    if speaker.name or speaker.description:
        history.add(q.start, speaker)


def _after_leading_clause(text: str, start: int, end: int) -> tuple[int, int]:
    """A pronoun's mention without the clause that opens its sentence: "Referring to the rejection of a
    link, she" → "she" (a name's mention keeps the post written before it)."""
    cut = text.rfind(", ", start, end)
    if cut < 0:
        return start, end
    tail = text[cut + 2:end]
    if tail in ("he", "she", "they", "He", "She", "They"):
        return cut + 2, end
    return start, end


#: how far back (characters) a family named before "they said" is looked for
_FAMILY_REACH = 400


def _family_before(text: str, at: int) -> Speaker | None:
    """The family named last in the stretch before "they" ("Her family, who live in Leeds, ...
    they said"); None if none is named there (a cheap word test first)."""
    window = text[max(0, at - _FAMILY_REACH):at]
    if not any(h in window for h in _local_words("collective_heads")):
        return None
    found = None
    for m in _family_mention().finditer(window, timeout=timeout_for(window)):
        found = m
    return Speaker(description=found.group("desc")) if found is not None else None


@lru_cache(maxsize=1)
def _family_mention() -> Pattern:
    return rx(r"(?<![\w’'])(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?P<desc>(?:(?-i:[A-Z])[\w\-]+\s+)?(?:"
              + alternation(_local_words("collective_heads")) + r"))|(?P<desc>(?-i:[A-Z])[\w\-]+[’']s\s+(?:"
              + alternation(_local_words("collective_heads")) + r")))\b")


def _before_participle_clause(text: str, start: int, pos: int) -> int:
    """"Sentencing Jones to a year, he said": the one sentenced is not whom "he" refers to, so the
    pronoun resolves from the clause's start; ``pos`` for any other sentence."""
    k = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start))
    clause = text[k + 1:start].lstrip(" ")
    first = clause.split(" ", 1)[0]
    if first in _local_words("leading_participles") and clause.rstrip().endswith(",") and "," not in clause.rstrip()[:-1]:
        return min(pos, k + 1 + (len(text[k + 1:start]) - len(clause)))
    return pos


@lru_cache(maxsize=1)
def _asked_pattern() -> Pattern:
    """"asked Professor McKellar about", "pressed Cllr Jo Bell on": the person a question was put to,
    in a clause before the pronoun that answers ("..., he said")."""
    titles = alternation(regex.escape(t) for t in sorted(set(lexicon("honorifics")) | set(lexicon("titles")),
                                                          key=len, reverse=True))
    verbs = _rule_set().lexicons.get("asking_verbs", "asked|questioned|pressed|quizzed|challenged")
    return rx(r"\b(?:" + verbs + r")\s+(?:(?:" + titles + r")\.?\s+)?(?P<name>(?:Mc|Mac|O’|O')?[A-Z][\w’'\-]+"
              r"(?:\s+(?:Mc|Mac|O’|O')?[A-Z][\w’'\-]+){0,2})(?=\s+(?:about|on|over|if|whether|why|how|what|when|for)\b|,)"
              r"[^.!?;:“”\"]*,\s*(?:he|she)$")


def _asked_person(text: str, start: int, end: int) -> Speaker | None:
    """The person asked in "When X asked Y about Z, he" (the asker may be a body or a reporter)."""
    site = text[start:end]
    if " asked " not in site and not any(f" {v} " in site for v in ("questioned", "pressed", "quizzed", "challenged")):
        return None
    m = _asked_pattern().search(site, timeout=timeout_for(site))
    if m is None or not _plausible_person(m.group("name")):
        return None
    return Speaker(name=m.group("name"), start=start + m.start("name"), end=start + m.end("name"))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n,":
        start += 1
    while end > start and text[end - 1] in " \t\n,":
        end -= 1
    return start, end


_FEMALE_TITLES = ("Mrs", "Ms", "Miss", "Dame", "Lady", "Baroness")
_MALE_TITLES = ("Mr", "Sir", "Lord")


def _gender(sp: Speaker, text: str) -> str | None:
    """"f", "m" or None from the title written before the person's name."""
    at = sp.start
    if at is not None and sp.name and sp.end is not None:  # the name inside its mention: "In a letter, Mr Selous"
        k = text.rfind(sp.name, sp.start, sp.end)
        at = k if k >= 0 else at
    before = text[max(0, at - 12):at] if at is not None else ""
    words = set((sp.role or "").split()) | set(before.split())
    if sp.name is None and sp.role:  # a described speaker: "spokeswoman", "chairman"
        return "f" if sp.role.endswith("woman") else "m" if sp.role.endswith("man") else None
    if words & set(_FEMALE_TITLES):
        return "f"
    if words & set(_MALE_TITLES):
        return "m"
    first = sp.name.split()[0] if sp.name and len(sp.name.split()) > 1 else None
    return _first_names().get(first) if first else None


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    """Common UK first names and the gender they usually tell ("Ann" f, "Mark" m); a name in
    neither list tells nothing, and a title always wins."""
    return {**{n: None for n in lexicon("neutral_first_names")},  # "Jo", "Robin", "Chris": a first name, no gender
            **{n: "f" for n in lexicon("female_first_names")}, **{n: "m" for n in lexicon("male_first_names")}}


def _resolve_reference(sp: Speaker, history: _Timeline, pos: int, people: _LazyPeople | None = None,
                       text: str = "") -> Speaker | None:
    """The person a pronoun or a description refers to.

    - he/she/they: the nearest person before (named, speaking or not, or a described speaker
      such as "a spokeswoman for the charity"), skipping one whose title or description says
      the other gender; None when there is no one (never a pronoun as the speaker);
    - "the Labour MP", "the chief constable": the nearest named person before whose role has
      that word, else the nearest named person; the description's role and organisation fill
      what the person's own mention lacks;
    - "the spokesman": the earlier described speaker of that role ("a spokesman for Ofsted")."""
    desc = (sp.description or "")
    if desc in ("it", "It"):  # "“...,” it said.": the body or report named last (never "it")
        return _body_before(text, pos)
    before = sorted(history.before(pos) + (people.before(pos) if people else []), key=lambda h: -h[0])
    if desc.lower() in ("he", "she", "they"):
        return _resolve_pronoun(desc, history, before, pos, people, text)
    if sp.role and desc and (desc.split()[-1].lower() in _person_role_heads() or desc.split()[-1] in _SEAT_CAPITALS
                             or (sp.definite and desc[:1].isupper() and _role_head(desc) in _role_heads())):
        head = _role_head(desc)
        named = [s for _, s in before if s.name]
        person = next((s for s in named if head in _role_words_of(s.role)), named[0] if named else None)
        if person is None:
            return sp
        return Speaker(name=person.name, role=_ROLE_OPENER.sub("", person.role or "") or sp.role,
                       organisation=person.organisation or sp.organisation,
                       start=person.start, end=person.end)
    if sp.definite and sp.name is None and desc and _AGE_OR_FAMILY.fullmatch(desc):
        return _described_by_age(sp, desc, before, pos, text)
    if sp.definite and sp.organisation is None:
        for _, s in history.before(pos):
            if s.name is None and s.role == sp.role:
                return s
        named = _named_org(text, sp.role or "", pos)  # "the council said" → "Hartfield Council"
        if named is not None:
            return named
        return _introduced(sp, text, pos)
    return sp


def _resolve_pronoun(desc: str, history: "_Timeline", before: list, pos: int, people, text: str) -> Speaker | None:
    """:func:`_resolve_reference` of he/she/they: the nearest person before that fits, or None."""
    want = {"he": "m", "she": "f"}.get(desc.lower())

    def fits(s: Speaker) -> bool:
        if not (s.name or (s.description and (s.role in _described_person_heads()
                                              or (_role_head(s.role or "") in _role_heads() and _of_a_body(s))))):
            return False
        g = _gender(s, text)
        return want is None or g is None or g == want
    speakers = [s for _, s in history.before(pos) if s.start is not None and s.end is not None]
    if people is not None and people.quoted:
        # a person named inside a quotation ("We met Anna Price", said a spokeswoman) is what
        # "she added" refers to only when no one outside the quotations fits
        spoke = {id(s) for _, s in history.items}
        inside = [c for c in before if id(c[1]) not in spoke and people.quoted_at(c[0])]
        if inside:
            inner = {id(c[1]) for c in inside}
            before = [c for c in before if id(c[1]) not in inner] + inside
    for at, s in before:
        if fits(s):
            s = _preferred(text, at, s, before, fits, want)
            # a person named inside an earlier speaker's own description ("said Jon Barry, who
            # lost the leadership to Abbott Bryning") is not the one "he added" refers to
            outer = next((o for o in speakers if o is not s and o.start <= at < o.end and o.start < (s.start or at)), None)
            return outer if outer is not None and fits(outer) else s
    return None


def _described_by_age(sp: Speaker, desc: str, before: list, pos: int, text: str) -> Speaker:
    """"“It is a scandal,” said the 71-year-old": the person named just before, one whose age is written with the
    name first ("Margaret O'Neill, 71,"); the description when no one is named near."""
    named = [(at, s) for at, s in before if s.name and s.start is not None and pos - at <= _DESCRIBED_REACH]
    age = desc.split("-")[0] if desc[:1].isdigit() else None
    ages = {id(s): am.group(1) for _, s in named if (am := _AGE_AFTER_NAME.match(text, s.end, s.end + 12))}
    # (the one whose written age is this one, else the nearest whose written age does not say otherwise)
    person = next((s for _, s in named if age and ages.get(id(s)) == age), None) \
        or next((s for _, s in named if not age or ages.get(id(s)) in (None, age)), None)
    if person is None:
        return sp
    return Speaker(name=person.name, role=person.role, organisation=person.organisation, start=person.start, end=person.end)


#: a person described by age or family: "71-year-old", "mother-of-two" (after "the": one named before)
_AGE_OR_FAMILY = compiled(r"\d{1,3}-year-old|(?:mother|father|grandmother|grandfather|mum|dad)-of-(?:one|two|three|four|five|six|\d)")
_AGE_AFTER_NAME = compiled(r",\s*(?:aged\s+)?(\d{1,3})\b")
#: how far back (characters) "the 71-year-old" looks for the person named before
_DESCRIBED_REACH = 600
#: how far back (characters) a person whose name tells the pronoun's gender outranks a nearer one
_GENDER_REACH = 200

#: a speech verb right after a person's name: the person is the subject of reported speech
_SUBJECT_CUE = compiled(r"\s+(?:said|says|told|added|suggested|explained|warned|insisted|claimed|argued|stressed|"
                             r"admitted|confirmed|revealed|announced|stated|believes|accepted|acknowledged)\b")


def _preferred(text: str, at: int, s: Speaker, before: list, fits, want: str | None) -> Speaker:
    """The pronoun's referent over the nearest fitting person ``s``: the subject who reported
    speech in that sentence (see `_sentence_subject`); for he/she, a person nearby whose name
    tells that gender over a nearer one whose name tells nothing ("Judge Rhona Campbell ... a
    fan who abused Rio Ferdinand. She said")."""
    s = _sentence_subject(text, at, s, before, fits) or s
    if want is not None and _gender(s, text) is None:
        s = next((o for a, o in before if a < at and at - a <= _GENDER_REACH and fits(o)
                  and _gender(o, text) == want and "\n\n" not in text[a:at]), s)
    return s


def _sentence_subject(text: str, at: int, s: Speaker, before: list, fits) -> Speaker | None:
    """"Mick Whelan said that, while the minister Ann Lee had met the union, no offer was made.
    “...,” he said.": the one who spoke in that sentence, not a person named inside what he
    reported (after his speech verb); None when no earlier person in the sentence is followed
    by a speech verb."""
    mention = s.start if s.start is not None else at
    if not text:
        return None
    for at2, s2 in before:
        if at2 >= mention or s2.end is None or not s2.name:
            continue
        between = text[at2:mention]
        if "\n" in between or ". " in between or "“" in between or '"' in between or "? " in between:
            return None  # (another sentence: the nearest person stands)
        if s2.end < mention and fits(s2) and _SUBJECT_CUE.match(text, s2.end, min(len(text), s2.end + 20)):
            return s2
    return None


def _seat_holder(sp: Speaker, history: _Timeline, pos: int, people: _LazyPeople) -> Speaker | None:
    """"The MP for Eastfield said": the person named before with that seat, else with that post,
    else the description itself; None for any other speaker."""
    desc = sp.description or ""
    if not (sp.definite and sp.role and " for " in sp.role and " for " in desc):
        return None
    seat, post = sp.role.lower(), _role_head(sp.role.split(" for ")[0])
    before = sorted(history.before(pos) + (people.before(pos) if people else []), key=lambda h: -h[0])
    named = [s for _, s in before if s.name and s.role]
    person = next((s for s in named if seat in s.role.lower()), None) \
        or next((s for s in named if post in _role_words_of(s.role)), None)
    if person is None:
        return sp
    return Speaker(name=person.name, role=person.role, organisation=person.organisation or sp.organisation,
                   start=person.start, end=person.end)


def _of_a_body(sp: Speaker) -> bool:
    """A described post holder of a body ("the allotment society's chair", "headteacher of Oakfield
    School"): a person "he" may refer to; a bare "the chief executive" refers to someone else."""
    desc = sp.description or ""
    return bool(sp.organisation) or "’s " in desc or "'s " in desc


def _role_words_of(role: str | None) -> set[str]:
    """A role's words, a hyphened one's parts too ("Vice-Chancellor" → vice, chancellor)."""
    return {p for w in (role or "").lower().split() for p in (w, *w.split("-"))}


#: what "the force", "the trust" ... is called in a body's own name
_ORG_NAME_ENDS = {"force": ("Police", "Constabulary", "Force"), "police": ("Police", "Constabulary")}


def _named_org(text: str, head: str, pos: int) -> Speaker | None:
    """"the council said": the last "... Council" named in the story before (bounded look-back)."""
    head = head.lower()
    if head not in _org_noun_set() and head not in _ORG_NAME_ENDS:
        return None
    best = None
    for word in _ORG_NAME_ENDS.get(head, (head.capitalize(),)):
        for m in _body_name(word).finditer(text, max(0, pos - _LOOK_BACK), pos, timeout=timeout_for(text)):
            if best is None or m.start() > best.start():
                best = m
    return _org_speaker(text, *best.span()) if best is not None else None


def _org_speaker(text: str, start: int, end: int) -> Speaker | None:
    """The body named at text[start:end] as a speaker (its name is the description)."""
    if text.startswith(("The ", "A ", "An "), start):
        start = text.index(" ", start) + 1
    name = text[start:end]
    if len(name.split()) < 2 and not name.isupper():
        return None  # "Council" alone says nothing
    return Speaker(description=name, organisation=name, start=start, end=end)


@lru_cache(maxsize=1)
def _body_or_report() -> Pattern:
    """A body's name ("Hartfield Council", "Kent Police") or a report ("a report on Huntington
    School"): what "it" stands for in "“...,” it said."."""
    ends = alternation(["Council", "Police", "Constabulary", "Trust", "Service", "Agency", "Department", "Ministry",
                        "Office", "School", "Academy", "College", "University", "Hospital", "Company", "Group",
                        "Association", "Society", "Foundation", "Commission", "Authority", "Board", "Charity",
                        "Network", "Federation", "Union", "Partnership", "Institute", "Executive", "Government",
                        "Inspectorate", "Ofsted", "NHS", "Initiatives", "Ltd", "plc"])
    return compiled(
        r"(?<![\w’'\-])(?:(?:[Aa]n?|[Tt]he)\s+(?P<report>(?:[\w’'\-]+\s+){0,2}?(?:report|study|survey|review)"
        r"(?:\s+(?:on|by|from|into|of)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,4})?)\b"
        r"|(?P<body>(?:" + _NOT_NAME_START + r"[A-Z][\w&’'\-]*\s+(?:(?:and|of|for|&)\s+)?){1,7}(?:" + ends + r")\b))")


def _body_before(text: str, pos: int) -> Speaker | None:
    """The body or report named last before ``pos`` (read at most _IT_LOOK_BACK back), else None."""
    last = None
    for m in _body_or_report().finditer(text, max(0, pos - _IT_LOOK_BACK), pos, timeout=timeout_for(text)):
        last = m
    if last is None:
        return None
    if last.group("report"):
        start, end = last.span("report")
        return Speaker(description=text[start:end], role="report", start=start, end=end)
    return _org_speaker(text, *last.span("body"))


#: how far back (characters) "it said" looks for the body it stands for
_IT_LOOK_BACK = 1500


def _introduced(sp: Speaker, text: str, pos: int) -> Speaker:
    """"says the report" → the "county council report" the story introduced earlier with "a"."""
    head = (sp.role or "").lower()
    if not head or not sp.description or sp.description.lower() != head:
        return sp
    found = None
    pattern = rx(r"\b(?:a|an)\s+(?P<desc>(?:(?!(?:a|an|the)\s)[\w’'\-]+\s+){1,3}" + regex.escape(head) + r")\b", regex.I)
    for m in pattern.finditer(text, max(0, pos - _LOOK_BACK), pos, timeout=timeout_for(text)):
        found = m
    if found is None:
        return sp
    return Speaker(description=found.group("desc"), role=sp.role, start=found.start("desc"), end=found.end("desc"))


@lru_cache(maxsize=1)
def _person_role_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon("person_roles"))


@lru_cache(maxsize=1)
def _role_heads() -> frozenset[str]:
    """The last word of a role written before a name: the person roles and this file's own
    ("lead", "spokeswoman": "the council's lead for housing, Jo Bell")."""
    own = _rule_set().lexicons.get("person_role_heads", "").split("|")
    return _person_role_heads() | frozenset(w.lower() for w in own if w)


@lru_cache(maxsize=1)
def _described_person_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon("unnamed_heads")) - {"statement", "report", "source"}


def _by_surname(entries) -> dict[str, dict[str, Speaker]]:
    """{surname: {full name: the first role and organisation given for that person}}, in the
    order the names come (one entry per person however often named)."""
    out: dict[str, dict[str, Speaker]] = {}
    titled: dict[str, str] = {}
    post_nominals = set(lexicon("post_nominals"))
    for _, sp in entries:
        if not sp.name or len(sp.name.split()) < 2:
            continue
        if sp.name.rsplit(" ", 1)[-1] in post_nominals:  # "Stephen Hopkins QC": the surname is Hopkins
            sp = Speaker(**{**sp.__dict__, "name": sp.name.rsplit(" ", 1)[0]})
            if len(sp.name.split()) < 2:
                continue
        role = sp.role if sp.role and not _is_honorific(sp.role) else None
        known = out.setdefault(sp.name.split()[-1], {}).setdefault(sp.name, Speaker(name=sp.name))
        if role and known.role is None:  # the role and the body given with it, together
            known.role = role
            known.organisation = sp.organisation or known.organisation
        else:
            known.organisation = known.organisation or sp.organisation
            if sp.role in _council_titles() and sp.organisation in _party_names():
                # "Alliance Councillor Ann Lee": the title after a party, if no post is given
                titled.setdefault(sp.name, sp.role)
    for name, title in titled.items():
        known = out[name.split()[-1]][name]
        known.role = known.role or title
    for _, sp in entries:  # "Mr Ball, who has been headteacher at Ivy Bank, said": the one Ball of the story
        if sp.name and len(sp.name.split()) == 1 and sp.role and _holds_a_role(sp.role) \
                and len(people := out.get(sp.name, {})) == 1 and (known := next(iter(people.values()))).role is None:
            known.role, known.organisation = sp.role, known.organisation or sp.organisation
    return out


def _join_surname(sp: Speaker, by_surname: dict[str, dict[str, Speaker]]) -> None:
    """"Mr Amesbury" is the "Mike Amesbury" named somewhere in the story; a speaker whose own
    mention gives no role takes the role and organisation given where the story introduced
    that person ("Peter Gale, Chief Inspector of Prisons")."""
    if not sp.name:
        return
    names = by_surname.get(sp.name.split()[-1], {})
    same = [name for name in names if name.endswith(sp.name)]
    if not same and len(sp.name.split()) == 1:  # "Sally said" → the one "Sally Johnson" of the story
        firsts = {name: known for people in by_surname.values() for name, known in people.items()
                  if name.split()[0] == sp.name}
        if len(firsts) == 1:
            names, same = firsts, list(firsts)
    if not same:
        return
    if len(sp.name.split()) == 1 or _surname_only(sp.name):  # "Mr Hart", "Mr de Coverly"
        sp.name = same[0]
    full = names.get(sp.name)
    if full is None:
        return
    if sp.role is None or _is_honorific(sp.role) or (full.role and _abbreviates(sp.role, full.role)) or (
            sp.role.lower() == "councillor" and full.role and _COUNCIL_ROLE.search(full.role)):
        # ("councillor Blake said" after "leader of the council Judith Blake": the post the story gave)
        # ("Ch Supt Nolan" after "Chief Superintendent Rachel Nolan": the rank as first written in full)
        sp.role = full.role
        if full.role and full.organisation and sp.organisation in _party_names():  # the role's body over a party
            sp.organisation = full.organisation
    sp.organisation = sp.organisation or full.organisation


def _abbreviates(short: str, full: str) -> bool:
    """Whether a rank is written short for another: "Ch Supt" for "Chief Superintendent", "Det
    Insp" for "Detective Inspector", "DCI" for "Detective Chief Inspector", "Supt" for
    "Superintendent" (word by word, each short word the start of or the consonants of its full
    word; or the initials)."""
    sw, fw = short.replace(".", "").split(), full.replace(".", "").split()
    if short == full or not sw or not fw:
        return False
    if len(sw) == 1 and sw[0].isupper() and len(sw[0]) == len(fw) and len(fw) > 1:
        return all(a == b[0].upper() for a, b in zip(sw[0], fw))  # "DCI"
    if len(sw) != len(fw):
        return False
    for a, b in zip(sw, fw):
        a, b = a.lower(), b.lower()
        if not (b.startswith(a) or (a[0] == b[0] and all(ch in b for ch in a) and len(a) < len(b))):
            return False
    return True


@Language.factory("extractor_quotes", default_config={"spans_key": "quotes"})
def make_quotes(nlp: Language, name: str, *, spans_key: str):
    """Quotations into ``doc.spans[spans_key]`` (``span._.quote``); statements on ``doc._.statements``."""
    return QuotesComponent(spans_key=spans_key)


class QuotesComponent(BatchPipe):
    def __init__(self, *, spans_key: str = "quotes"):
        self.spans_key = spans_key
        quote_rules()

    def __call__(self, doc: Doc) -> Doc:
        budget.check(doc, "before quotes")
        persons = [(e.start_char, Speaker(name=e.text, start=e.start_char, end=e.end_char))
                   for e in doc.ents if e.label_ == "PERSON" and len(e.text.split()) >= 2 and not _is_street(e.text)
                   and e.text not in _party_names()]  # "Lib Dem" is a party
        quotes, statements = find_quotes(text_of(doc), sentences_of(doc), persons,
                                         check=lambda: budget.check(doc, "quotes"))
        budget.check(doc, "quotes")
        self.set_annotations(doc, quotes, statements)
        return doc

    def set_annotations(self, doc: Doc, quotes: list[Quote], statements: list[Quote]) -> None:
        store_spans(doc, self.spans_key, quotes, "quote", lambda q: "QUOTE")
        doc._.statements = statements
