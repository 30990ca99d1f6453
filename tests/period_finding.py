"""Shared by the period tests: the periods the period component finds in a text, and the value and
kind of one of them. Not a test module."""
from __future__ import annotations

from extractor.components.periods import analyse_periods


def periods(text: str, published: str | None = None) -> list[tuple[str, str | None, str]]:
    """(surface, value, kind) of each period found in ``text``, in order."""
    found, _ref = analyse_periods(text, published, [])
    return [(text[p.start:p.end], p.value, p.kind) for p in found]


def found(text: str, span: str, published: str | None = None) -> tuple[str | None, str]:
    """(value, kind) of the period written ``span``; fails the test when there is none."""
    for got, value, kind in periods(text, published):
        if got == span:
            return value, kind
    raise AssertionError(f"{span!r} not found in {periods(text, published)}")
