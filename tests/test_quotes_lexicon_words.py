"""Words of patterns/lexicon.json the quote rules read: Northern Ireland's parties (an organisation
before a post, never a place or a name) and the cue verb "interjected". Sentences are our own."""
from __future__ import annotations

import pytest

from extractor.api import load


@pytest.fixture(scope="module")
def ex():
    return load()


@pytest.mark.parametrize("text,name,org", [
    ('SDLP MLA Justin Rea said: "We need answers on this."', "Justin Rea", "SDLP"),
    ('Sinn Féin councillor Mary Kerr said: "It is a scandal."', "Mary Kerr", "Sinn Féin"),
    ('UUP councillor Ann Boyd said: "The road is a danger."', "Ann Boyd", "UUP"),
])
def test_northern_ireland_parties_are_organisations(ex, text, name, org):
    rec = ex.extract(text)
    (q,) = rec["quotes"]
    assert (q["speaker"]["name"], q["speaker"]["organisation"]) == (name, org)
    assert rec["areas"] == []


@pytest.mark.parametrize("text,name", [
    ('Cllr Sam Bird interjected with: "That is simply not true."', "Sam Bird"),
    ('"That is not what the report says," Ms Lowe interjected.', "Lowe"),
])
def test_interjected_is_a_cue(ex, text, name):
    (q,) = ex.extract(text)["quotes"]
    assert name in (q["speaker"]["name"] or "")


def test_interjected_without_a_quotation_gives_none(ex):
    assert ex.extract("Cllr Sam Bird interjected during the debate on parking.")["quotes"] == []
