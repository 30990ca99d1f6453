"""Plain data carried on spaCy spans (``span._.stat`` etc.) and between pipeline steps.

Offsets are code-point offsets into ``doc.text``; spans in ``doc.spans`` are token-aligned
(expanded), while these records keep the exact character extent the rule matched.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Statistic:
    kind: str  # count | rate | ratio | percentage | change | money | quantity
    value: float
    start: int  # whole expression ("Almost 5,000", "46 per 100,000 people")
    end: int
    num_start: int  # the number itself ("5,000", "46")
    num_end: int
    rule: str
    qualifier: str | None = None
    per: int | None = None
    population: str | None = None
    measure: str | None = None
    area: str | None = None  # area key (see Area.key)
    period: "Period | None" = None  # the Period it refers to (set by extractor_link)
    area_rule: str | None = None
    period_rule: str | None = None
    high: float | None = None  # the high end of a range ("between 5 and 7 per cent": value 5, high 7)
    direction: str | None = None  # "up" | "down" for a change or a percentage that expresses one
    currency: str | None = None  # ISO 4217 for money
    #: a physical quantity's unit ("km", "tonnes", "°C": kind "quantity") or "percentage_point"
    unit: str | None = None


@dataclass
class Period:
    kind: str  # year | financial_year | month | date | range | relative
    value: str | None
    start: int
    end: int
    rule: str


@dataclass
class AreaMention:
    key: str  # canonical key of the area (code if official, else normalised name)
    name: str
    type: str
    code: str | None
    start: int
    end: int
    rule: str
    is_org: bool = False  # part of an organisation name ("Thames Valley Police said")


@dataclass
class Speaker:
    name: str | None = None
    description: str | None = None
    role: str | None = None
    organisation: str | None = None
    start: int | None = None
    end: int | None = None
    #: a description written with "the" ("the spokesman went on"): it refers to a speaker
    #: described before; "a spokesman" is someone new
    definite: bool = False


@dataclass
class Quote:
    start: int  # first character inside the opening mark
    end: int  # last character before the closing mark (exclusive end)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    speaker: Speaker = field(default_factory=Speaker)
    cue: str | None = None
    rule: str = "quote.unattributed"
    confidence: float = 0.0
    # where the text names the speaker for this quote ("She", "Mr Dunn"); ``speaker`` start/end
    # point at the full antecedent ("Lena Ward, director of Safe Streets") when they differ
    mention: tuple[int, int] | None = None
    partial: bool = False  # a quoted fragment inside reported speech (FORMAT.md), not a QUOTE
