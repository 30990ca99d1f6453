"""Shared by the number tests: the statistics of a text, found as the pipeline finds them (periods
first, so that dates are never read as figures). Not a test module."""
from extractor.components.numbers import find_statistics
from extractor.components.periods import find_periods


def stats(text: str):
    periods = find_periods(text)
    return find_statistics(text, [(p.start, p.end) for p in periods])


def figures(text: str) -> dict[str, tuple]:
    """{number as written: (kind, value, direction, currency)}"""
    return {text[s.num_start:s.num_end]: (s.kind, s.value, s.direction, s.currency) for s in stats(text)}
