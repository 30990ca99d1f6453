"""Pure functions for the attributes of a statistic that its neighbours decide: the direction of
a change and the currency of money. Each takes strings and returns a value (no Doc), so the rules
are tested in tables; the words live in ``patterns/direction.json``.

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

from ..rules import REGEX_TIMEOUT, load_json, rx

KEYS = ("up", "down", "fillers", "right_fillers", "currency_symbols", "currency_words")


def _alt(words) -> str:
    return "|".join(regex.escape(w).replace("\\ ", "\\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _rules():
    d = load_json("direction.json", required=KEYS, allowed=KEYS)
    cues = f"(?P<up>{_alt(d['up'])})|(?P<down>{_alt(d['down'])})"
    left = regex.compile(f"\\b(?:{cues})(?:\\s+(?:{_alt(d['fillers'])}))*\\s*(?:\\*\\*)?(?:[£$€¥]\\s?)?$", regex.I)
    right = regex.compile(f"^(?:\\*\\*)?[\\s\\-]*(?:(?:{_alt(d['right_fillers'])})[\\s\\-]+)*(?:{cues})\\b", regex.I)
    return left, right, d["currency_symbols"], {k.lower(): v for k, v in d["currency_words"].items()}


def direction(left: str, right: str) -> str | None:
    """'up', 'down' or None for a change whose text before it ends with ``left`` and after it
    starts with ``right`` (both within its sentence).

    >>> direction("", " increase on the previous year")
    'up'
    >>> direction("", " per cent lower than in 2019")
    'down'
    >>> direction("", " of patients were seen")
    >>> direction("rose from", " to 12")
    """
    left_re, right_re, _, _ = _rules()
    m = left_re.search(left[-80:], timeout=REGEX_TIMEOUT) or right_re.match(right[:80], timeout=REGEX_TIMEOUT)
    if not m:
        return None
    return "up" if m.group("up") else "down"


def currency(surface: str) -> str | None:
    """ISO 4217 code of money written as ``surface`` ("£450k", "€3m", "2 million pounds").

    >>> currency("$3.5bn"), currency("40 euros"), currency("1,000")
    ('USD', 'EUR', None)
    """
    _, _, symbols, words = _rules()
    for sym, code in symbols.items():
        if sym in surface:
            return code
    for w in rx(r"[a-z]+").findall(surface.lower()):
        if w in words:
            return words[w]
    return None
