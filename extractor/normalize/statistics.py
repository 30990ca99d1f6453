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

from ..rules import REGEX_TIMEOUT, alternation, load_rules, rx, shared_lexicons

@lru_cache(maxsize=1)
def _rules():
    rs = load_rules("direction.json", component="statistics")
    currencies = tuple((name.split("_", 1)[1].upper(), rx(f"(?:{alternation(words)})", regex.I))
                       for name, words in shared_lexicons().items() if name.startswith("currency_"))
    return (rs["direction.cue_before"].pattern, rs["direction.cue_after"].pattern, currencies,
            rs["direction.not_a_change"].pattern)


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
    """
    left_re, right_re, _, veto = _rules()
    if veto.search(left[-40:], timeout=REGEX_TIMEOUT):
        return None
    m = left_re.search(left[-80:], timeout=REGEX_TIMEOUT) or right_re.match(right[:80], timeout=REGEX_TIMEOUT)
    if not m:
        return None
    return "up" if m.group("up") else "down"


def currency(surface: str) -> str | None:
    """ISO 4217 code of money written as ``surface`` ("£450k", "€3m", "2 million pounds").

    >>> currency("$3.5bn"), currency("40 euros"), currency("1,000")
    ('USD', 'EUR', None)
    """
    for code, pattern in _rules()[2]:
        if pattern.search(surface):
            return code
    return None
