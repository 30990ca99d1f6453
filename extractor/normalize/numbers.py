"""Pure functions that turn number surfaces into values.

Nothing here looks at a Doc: each function takes a string and returns a value, so the
rules are easy to test in tables (see tests/test_normalize_numbers.py).

>>> parse_number("1,405")
1405
>>> parse_number("2.2 million")
2200000
>>> parse_number("£1.2million")
1200000
>>> parse_number("twenty-one")
21
>>> parse_number("a third")
0.333
>>> parse_number("100k")
100000
>>> parse_number("-6.2"), parse_number("\u22122.5"), parse_number("+1.4")
(-6.2, -2.5, 1.4)
>>> parse_number("3 hundred"), parse_number("three-and-a-half"), parse_number("3 and a half million")
(300, 3.5, 3500000)
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

_SEPARATORS = re.compile(r"[,\s\u00a0\u2009\u202f]")
_WORD_SPLIT = re.compile(r"[\s\-]+")
_SCALED = re.compile(r"^(.*?[\d½¼¾⅓⅔⅛])(?:\s*|-(?=[a-z]{4}))(k|m|mn|bn|b|tn|trn|hundred|thousand|millions?|billions?|trillion)$")
_HALF = re.compile(r"^(.*?)[\s\-]+and[\s\-]+a[\s\-]+half(?:\s+(thousand|million|billion))?$")
_SIGN = re.compile(r"^([\-\u2212\u2013+])(?=\d)")
_DIGIT = re.compile(r"\d")
_PART_OF_BIG = re.compile(r"^(half|(?:a|one)[\s\-](?:quarter|third)|three[\s\-]quarters|two[\s\-]thirds)(?:[\s\-]of)?\s+an?\s+"
                          r"(thousand|million|billion)$")
_WORD_SCALED = re.compile(r"^(.*?)\s+(thousand|million|billion|trillion)$")

UNITS = {
    "zero": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {
    "hundred": 100, "thousand": 1_000, "k": 1_000, "million": 1_000_000, "m": 1_000_000,
    "mn": 1_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
    "trillion": 1_000_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000,
    "millions": 1_000_000, "billions": 1_000_000_000,  # ("£5.3 millions", as some write it)
}
#: vulgar fraction characters written after a whole number ("4½ per cent", "£1¼m")
VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 0.333, "⅔": 0.667, "⅛": 0.125}
FRACTIONS = {
    "half": 0.5, "a half": 0.5, "one half": 0.5,
    "a third": 0.333, "one third": 0.333, "one-third": 0.333, "two thirds": 0.667,
    "two-thirds": 0.667, "a quarter": 0.25, "one quarter": 0.25, "one-quarter": 0.25,
    "three quarters": 0.75, "three-quarters": 0.75, "a fifth": 0.2, "one fifth": 0.2,
    "one-fifth": 0.2, "two fifths": 0.4, "two-fifths": 0.4, "three fifths": 0.6,
    "three-fifths": 0.6, "four fifths": 0.8, "four-fifths": 0.8, "a tenth": 0.1,
    "one tenth": 0.1, "one-tenth": 0.1,
}

_DIGITS = re.compile(r"\d[\d,\s\u00a0\u2009\u202f]*(?:\.\d+)?")


#: Figures beyond this are not statistics any news story states (and 200,000 digits in a row
#: would overflow a float): they parse to None.
MAX_VALUE = 1e15


def tidy_number(value: float) -> int | float | None:
    """Return an int when the value is whole, else the float rounded to 6 places; None for
    values that are not finite or beyond MAX_VALUE.

    >>> tidy_number(1200000.0), tidy_number(0.5), tidy_number(float("inf"))
    (1200000, 0.5, None)
    """
    if not math.isfinite(value) or abs(value) > MAX_VALUE:
        return None
    value = round(value, 6)  # "£8.2m" is 8199999.999999999 in floating point: 8200000
    if value == int(value):
        return int(value)
    return value


def parse_digits(surface: str) -> float | None:
    """Digits with thousands separators (comma, space, thin/no-break space) and decimals.

    >>> parse_digits("100 000"), parse_digits("57.45"), parse_digits("abc"), parse_digits("4½")
    (100000.0, 57.45, None, 4.5)
    """
    match = _DIGITS.search(surface)
    if not match:
        return None
    cleaned = _SEPARATORS.sub("", match.group(0))
    try:
        value = float(cleaned)
    except ValueError:
        return None
    # a vulgar fraction written after the whole number: "4½", "2¼"
    return value + VULGAR.get(surface[match.end():match.end() + 1], 0) if "." not in cleaned else value


def parse_words(surface: str) -> float | None:
    """Number words up to the billions: "twenty-one", "three hundred", "a thousand".

    >>> parse_words("twenty-one"), parse_words("Three hundred and five"), parse_words("a dozen")
    (21.0, 305.0, 12.0)
    """
    words = _WORD_SPLIT.split(surface.strip().lower())
    words = [w for w in words if w and w != "and"]
    if not words:
        return None
    if words in (["a", "dozen"], ["dozen"]):
        return 12.0
    total, current, seen = 0.0, 0.0, False
    for i, word in enumerate(words):
        if word == "a" and i == 0:
            current = 1.0
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = (current or 1.0) * 100
        elif word in SCALES and SCALES[word] >= 1000:
            total += (current or 1.0) * SCALES[word]
            current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_number(surface: str) -> int | float | None:
    """Value of a number surface: digits, words, fractions, scale words and suffixes (see
    :func:`_parse_number`). A pure function of the string, and a document's figures repeat ("1",
    "2024", "£1m"): short surfaces are answered from a bounded cache.

    >>> parse_number("£3bn"), parse_number("1.2m"), parse_number("half")
    (3000000000, 1200000, 0.5)
    """
    if len(surface) <= _CACHED_LENGTH:
        return _parse_short(surface)
    return _parse_number(surface)


#: surfaces up to this long are cached (a figure, not a pasted run of digits)
_CACHED_LENGTH = 40


@lru_cache(maxsize=4096)
def _parse_short(surface: str) -> int | float | None:
    return _parse_number(surface)


def _parse_number(surface: str) -> int | float | None:
    """Value of a number surface: digits, words, fractions, scale words and suffixes.

    The currency symbol, if any, is ignored (money is a kind, not a value).

    >>> parse_number("£3bn"), parse_number("1.2m"), parse_number("half")
    (3000000000, 1200000, 0.5)
    >>> parse_number("£2.5-million"), parse_number("£1.2trn")
    (2500000, 1200000000000)
    >>> parse_number("half a million"), parse_number("a quarter of a million"), parse_number("two-thirds of a billion")
    (500000, 250000, 667000000)
    """
    text = surface.strip().lower().lstrip("£$€").strip()
    text = text.replace("\u2011", "-").replace("\u2010", "-")
    sign = _SIGN.match(text)
    if sign:  # a sign as written: "-6.2", "\u22122.5" (a true minus), "+1.4"
        value = parse_number(text[1:])
        return None if value is None else (-value if sign.group(1) != "+" else value)
    half = _HALF.match(text)
    if half:  # "three-and-a-half", "3 and a half million"
        head = parse_number(half.group(1))
        return None if head is None else tidy_number((head + 0.5) * SCALES.get(half.group(2) or "", 1))
    if text in FRACTIONS:
        return FRACTIONS[text]
    part = _PART_OF_BIG.match(text)
    if part:  # "half a million", "a quarter of a million"
        return tidy_number(FRACTIONS[_WORD_SPLIT.sub(" ", part.group(1))] * SCALES[part.group(2)])
    scale = 1
    match = _SCALED.match(text)
    if match:
        text, scale = match.group(1), SCALES[match.group(2)]
    if _DIGIT.search(text):
        value = parse_digits(text)
        return None if value is None else tidy_number(value * scale)
    match = _WORD_SCALED.match(text)
    if match and scale == 1:
        head = 1.0 if match.group(1) == "a" else parse_words(match.group(1))  # "a million"
        return None if head is None else tidy_number(head * SCALES[match.group(2)])
    value = parse_words(text)
    return None if value is None else tidy_number(value * scale)


def is_power_of_ten(value: float) -> bool:
    """Rate bases are round: 100, 1,000, 10,000, 100,000, 1 million.

    >>> is_power_of_ten(100000), is_power_of_ten(799)
    (True, False)
    """
    if value < 10 or value != int(value):
        return False
    value = int(value)
    while value % 10 == 0:
        value //= 10
    return value == 1
