"""The per-call regex timeout applies to the text of long documents only (rules.timeout_for)."""
from __future__ import annotations

import pytest

from extractor import rules
from extractor.rules import TIMEOUT_FROM, timeout_for

ARTICLE = ("Kent Police recorded 1,405 offences in 2023, up 12 per cent on the year before. "
           "“We are pleased,” said Chief Constable Jo Bloggs. ")


@pytest.mark.parametrize("length, expected", [(0, None), (1_000, None), (TIMEOUT_FROM, None),
                                              (TIMEOUT_FROM + 1, rules.REGEX_TIMEOUT)])
def test_timeout_for_depends_on_the_length_of_the_text(length, expected):
    assert timeout_for("x" * length) == expected


def test_a_long_document_runs_its_regexes_with_the_timeout_and_a_short_one_without(ex, monkeypatch):
    # a timeout too small for any search: every search of a long text must raise it, and the
    # document gets a timeout error record; a short one never sees it and is extracted
    monkeypatch.setattr(rules, "REGEX_TIMEOUT", 1e-9)
    long_text = ARTICLE * (TIMEOUT_FROM // len(ARTICLE) + 1)
    assert len(long_text) > TIMEOUT_FROM
    long_rec, short_rec = list(ex.pipe([long_text, ARTICLE]))
    assert [e["code"] for e in long_rec["errors"]] == ["timeout"]
    assert short_rec["errors"] == []
    assert [s["value"] for s in short_rec["statistics"]][:2] == [1405, 12]
    assert short_rec["quotes"][0]["speaker"]["name"] == "Jo Bloggs"
