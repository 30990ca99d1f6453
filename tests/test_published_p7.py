"""Round p7 (issue 14): a numeric date after a prefix that names the publication ("Publication date:
08/12/2023") is read day first and is a dateline, not a period; alone, or after "Date:" or "Posted",
it stays ambiguous. Phrasings are our own."""
from __future__ import annotations

import pytest

from extractor.components.periods import analyse_periods
from extractor.published import find_datelines, find_published


@pytest.mark.parametrize("line,iso", [
    ("Publication date: 08/12/2023", "2023-12-08"),
    ("Published: 3/4/2022", "2022-04-03"),
    ("Date published: 21.09.2020", "2020-09-21"),
    ("Release date - 01/10/2019 09:30", "2019-10-01"),
])
def test_numeric_publication_lines(line, iso):
    text = f"Cabinet report\n\n{line}\n\nThe council overspent by £2m."
    assert find_published(text)[:2] == (iso, "dateline")


@pytest.mark.parametrize("line", [
    "Date: 08/12/2023",
    "Posted 08/12/2023",
    "08/12/2023",
    "Date of decision: 18/12/2023",
    "Publication date: 31/13/2023",
])
def test_numeric_near_misses(line):
    assert find_published(f"Cabinet report\n\n{line}\n\nThe council overspent by £2m.")[0] is None


def test_an_updated_numeric_line_is_not_the_publication_date():
    text = "Report\n\nLast updated: 02/05/2024\n\nStory."
    assert find_published(text)[0] is None
    assert [d.role for d in find_datelines(text)] == ["updated"]


def test_a_numeric_dateline_is_not_a_period():
    text = "Budget report\n\nPublication date: 08/12/2023\n\nThe decision was taken on 18/12/2023."
    published, _how, datelines = find_published(text)
    skip = [(d.start, d.end) for d in datelines]
    found, _ref = analyse_periods(text, published, skip)
    assert [text[p.start:p.end] for p in found] == ["18/12/2023"]
