"""Pure functions for the attributes of a statistic that its neighbours decide: the direction of
a change and the currency of money. Each takes strings and returns a value (no Doc), so the rules
are tested in tables; the rules live in ``patterns/direction.json``, the currencies in the ``currency_*`` lexicons
(a new currency is a new lexicon: ``currency_chf``).

>>> direction("Knife crime has risen by", " in the county")
'up'
>>> direction("there was a", " fall in arrests")
'down'
>>> direction("The share rose to", " of all cases")
>>> currency("£1.2million")
'GBP'
"""
from __future__ import annotations

from functools import lru_cache

import regex
from ..regexes import compiled

from ..rules import (WindowTests, alternation, backward_search, group_end, holds_any, letter_tree, load_rules, pretested, rx,
                     shared_lexicons, window_heads, window_key, window_tails)

@lru_cache(maxsize=1)
def _ruleset():
    """direction.json's rules, loaded (and compiled) once for :func:`_rules` and :func:`_story_rules`."""
    return load_rules("direction.json", component="statistics")


@lru_cache(maxsize=1)
def _rules():
    """(before-cue searches, after-cue patterns, currencies, vetoes, whole-sentence searches), in file order; a
    veto is (its search, the after-cue patterns that may still decide after it: its value.then)."""
    rs = _ruleset()
    cues = [r for r in rs.rules if r.family == "direction"]
    # this file's currencies first ("A$" is AUD before "$" is USD)
    own = {name: rx(f"(?:{alt})", regex.I) for name, alt in rs.lexicons.items() if name.startswith("currency_")}
    shared = {name: rx(f"(?:{alternation(words)})", regex.I) for name, words in shared_lexicons().items()
              if name.startswith("currency_") and name not in own}
    currencies = tuple((name.split("_", 1)[1].upper(), pattern) for name, pattern in {**own, **shared}.items())
    def anchors(r):  # a rule's anchors: "" (none), one string, or a tuple of them (one ``in`` test for the commonest case)
        found = tuple((r.value or {}).get("anchor", ()))
        return found[0] if len(found) == 1 else found or ""

    def cue(r):  # (pattern, anchors): a rule with anchors is tried only when one is near the figure
        return r.pattern, anchors(r)

    def ended(r):  # (its search, anchors, its backward search or None: see direction)
        starts = _starts_search(r, rs) if r.id in _STARTS_SEARCHED else None
        if starts is not None:
            return starts, anchors(r), None
        return r.pattern.search, anchors(r), backward_search(r.pattern)
    return (tuple(ended(r) for r in cues if r.context == "left"), tuple(cue(r) for r in cues if r.context == "right"),
            currencies, tuple((pretested(r.pattern) if r.id in _VETOES_PRETESTED else r.pattern.search,
                               tuple(cue(t) for t in cues if t.id in (r.value or {}).get("then", ())))
                              for r in rs.rules if r.family == "veto"),
            tuple(ended(r) for r in cues if r.context == "sentence"))


@lru_cache(maxsize=1)
def _window_tests() -> tuple[WindowTests, WindowTests, WindowTests, WindowTests]:
    """The pre-tests (:class:`extractor.rules.WindowTests`) of :func:`_rules`' before-cue rules, after-cue
    rules, vetoes and whole-sentence rules, in their order: the paths of the last characters of the
    text before the figure (each of its windows, ``left[-40:]``, ``left[-80:]``, ``left[-240:]``, ends
    as ``left`` does), of the first ones of the text after it (matched there: ``pattern.match``)."""
    rs = _ruleset()
    cues = [r for r in rs.rules if r.family == "direction"]

    def tails(rules):
        return WindowTests([window_tails(r.pattern) for r in rules])
    return (tails([r for r in cues if r.context == "left"]),
            WindowTests([window_heads(r.pattern, matched=True) for r in cues if r.context == "right"]),
            tails([r for r in rs.rules if r.family == "veto"]), tails([r for r in cues if r.context == "sentence"]))


@lru_cache(maxsize=1024)
def _rules_for_left(key: str | None) -> tuple[tuple, tuple, tuple]:
    """(vetoes, before-cue rules, whole-sentence rules) of :func:`_rules` that may match a text before the
    figure ending with ``key`` (:func:`extractor.rules.window_key`), in order: the others' searches find
    nothing there (each pattern's every match ends where the window does, with characters its paths
    rule out), so leaving them out of :func:`direction`'s loops changes nothing but the cost."""
    lefts, _, _, vetoes, sentence = _rules()
    tests = _window_tests()
    return tuple(tuple(r for i, r in enumerate(rules) if mask >> i & 1) for rules, mask in (
        (vetoes, tests[2].mask(key)), (lefts, tests[0].mask(key)), (sentence, tests[3].mask(key))))


@lru_cache(maxsize=1024)
def _rights_for(key: str | None) -> tuple:
    """The after-cue rules of :func:`_rules` that may match (``pattern.match``) a text after the figure
    opening with ``key``, in order (as :func:`_rules_for_left`)."""
    mask = _window_tests()[1].mask(key)
    return tuple(r for i, r in enumerate(_rules()[1]) if mask >> i & 1)


#: rules before the figure whose search is tried only where one of their first words begins (see
#: :func:`_starts_search`; measured on news text: a third to half of the cost of the backward
#: search and the forward search after it)
_STARTS_SEARCHED = frozenset({"direction.cue_before", "direction.noun_in_of"})
#: vetoes that mostly miss, searched only when their backward search finds a match (see
#: :func:`extractor.rules.pretested`)
_VETOES_PRETESTED = frozenset({"direction.not_a_change"})
#: how a rule that opens with its cue words begins: a word boundary, lookarounds, then the words
#: that go up and those that go down, each a list of lexicons
_CUE_OPENING = compiled(r"\(\?:\(\?P<up>((?:\{[a-z_]+\}\|)*\{[a-z_]+\})\)\|\(\?P<down>((?:\{[a-z_]+\}\|)*\{[a-z_]+\})\)\)")
#: a lexicon entry of plain words (letters, spaces and hyphens: no pattern syntax)
_PLAIN_ENTRY = compiled(r"[a-z]+(?:[ \-][a-z]+)*")


def _opening_words(source: str, lexicons: dict[str, tuple[str, ...]]) -> list[str] | None:
    """The words every match of the rule ``source`` begins with, when it opens with ``\\b``, perhaps
    lookarounds, then ``(?:(?P<up>{a}|{b})|(?P<down>{c}))`` of lexicons of plain words; else None."""
    if not source.startswith("\\b"):
        return None
    i = 2
    while source.startswith(("(?!", "(?<!", "(?=", "(?<="), i):
        i = group_end(source, i)
        if i < 0:
            return None
    m = _CUE_OPENING.match(source, i)
    if m is None:
        return None
    words = [w for name in (m.group(1) + "|" + m.group(2)).split("|") for w in lexicons.get(name[1:-1], ("(",))]
    return words if all(_PLAIN_ENTRY.fullmatch(w) for w in words) else None


def _starts_search(rule, rs):
    """``rule.pattern.search``, the pattern tried (``match``) only where one of the words it opens
    with begins, in order, the first match returned: the same match, as every match of the pattern
    begins with one of them (a search returns the match at the first place where the pattern
    matches). None for a rule that does not open with its words (see :func:`_opening_words`)."""
    lexicons = {**shared_lexicons(), **{name: tuple(alt.split("|")) for name, alt in rs.lexicons.items()}}
    words = _opening_words(rule.source, lexicons)
    if not words:
        return None
    # (zero width: every place where a word begins, one after another, overlapping ones too)
    starts = compiled(r"\b(?=" + letter_tree(sorted(set(words)), prefixes=True) + ")", rule.pattern.flags).finditer
    match = rule.pattern.match

    def search(text: str):
        for at in starts(text):
            m = match(text, at.start())
            if m is not None:
                return m
        return None
    return search


#: words before a figure that add to it without saying which way it moves: "a further £2m cut"
_ADDING = compiled(r"\b(?:further|extra|additional|another)\s*(?:[£$€]\s?)?$", regex.I)


def direction(left: str, right: str) -> str | None:
    """'up', 'down' or None for a change whose text before it ends with ``left`` and after it
    starts with ``right`` (both within its sentence).

    >>> direction("", " increase on the previous year")
    'up'
    >>> direction("", " per cent lower than in 2019")
    'down'
    >>> direction("", " of patients were seen")
    >>> direction("rose from", " to 12")
    >>> direction("sex offenders made up", " of those subject to MAPPA")
    >>> direction("Families will be", " a week worse off")
    'down'
    >>> direction("the population grew by 3.5 million more (", ") than in 2011")
    'up'
    >>> direction("Wales had the greatest monthly rise with a movement of", " per cent")
    'up'
    >>> direction("The average increase for Greater London will be", "")
    'up'
    >>> direction("Some passengers will pay up to", "% more from January")
    'up'
    >>> direction("Up to", "% of staff could be affected")
    """
    vetoes, lefts, sentence = _rules_for_left(window_key(left, tail=True))
    rights = _rights_for(window_key(right))
    near_left, near_right = left[-40:], right[:25]
    for veto, then in vetoes:
        if veto(near_left):
            # a bound, then a comparison after it: "pay up to 15% more"
            return _right_way(right[:80], near_right, then)
    weak = None  # "a further £2m cut": "further" only adds; the noun after says which way
    window = left[-80:]
    for search, anchors, backwards in lefts:
        if anchors and (anchors not in near_left if anchors.__class__ is str else not holds_any(near_left, anchors)):
            continue
        # (most windows hold no cue: the backward search says so for a third of the cost; the
        # forward search, whose match decides, runs only when there is one)
        if backwards is not None and backwards(window) is None:
            continue
        m = search(window)
        if m:
            way = "up" if m.group("up") else "down"
            if way == "up" and _ADDING.search(m.group(0)):
                weak = way
                break
            return way
    way = _right_way(right[:80], near_right, rights)
    if way is not None:
        return way
    if weak is not None:
        return weak
    for search, anchors, backwards in sentence:  # a cue anywhere in the sentence: only where an anchor word is near
        if anchors and (anchors in near_left if anchors.__class__ is str else holds_any(near_left, anchors)):
            wide = left[-240:]
            if backwards is not None and backwards(wide) is None:
                continue  # (no match anywhere: as above)
            m = search(wide)
            if m:
                return "up" if m.group("up") else "down"
    return None


def _right_way(right: str, near_right: str, rights: tuple) -> str | None:
    """'up', 'down' or None from the first of the after-cue ``rights`` (pattern, anchors) that matches ``right``."""
    for pattern, anchors in rights:
        if anchors and (anchors not in near_right if anchors.__class__ is str else not holds_any(near_right, anchors)):
            continue
        m = pattern.match(right)
        if m:
            return "up" if m.group("up") else "down"
    return None


@lru_cache(maxsize=1)
def _story_rules():
    """(neutral superlative patterns with their anchors, story superlative patterns)."""
    rs = _ruleset()
    return (tuple((r.pattern, tuple((r.value or {}).get("anchor", ()))) for r in rs.rules if r.family == "neutral"),
            tuple(r.pattern for r in rs.rules if r.family == "direction" and r.context == "story"))


def story_direction(left: str, story: str) -> str | None:
    """The way of a superlative change that does not say it ("the third biggest change (84.3%)"),
    ``left`` its text before the figure: the way of the last superlative change that ``story`` (the
    text before, headline included) names; None when ``left`` names no such change or ``story`` none.

    >>> story_direction("Leeds saw the third biggest change (", "Leeds sees biggest rise in claimants. ")
    'up'
    >>> story_direction("Leeds saw the third biggest change (", "Claimants were counted. ")
    >>> story_direction("Leeds saw a change of ", "Leeds sees biggest rise in claimants. ")
    """
    neutral, named = _story_rules()
    near = left[-80:]
    if not any(pattern.search(near) for pattern, anchors in neutral if any(a in near for a in anchors)):
        return None
    way = None
    for pattern in named:
        for m in pattern.finditer(story):
            way = "up" if m.group("up") else "down"
    return way


def currency(surface: str) -> str | None:
    """ISO 4217 code of money written as ``surface`` ("£450k", "€3m", "2 million pounds").

    >>> currency("$3.5bn"), currency("40 euros"), currency("1,000")
    ('USD', 'EUR', None)
    >>> currency("US$25m"), currency("A$3m"), currency("RM120"), currency("USD25m")
    ('USD', 'AUD', 'MYR', 'USD')
    """
    for code, pattern in _rules()[2]:
        if pattern.search(surface):
            return code
    return None
