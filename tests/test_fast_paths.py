"""The shortcuts the hot path takes give what the plain spaCy reading gives."""
import time

import pytest
import spacy

import extractor  # noqa: F401  (registers the factories and extensions)
from extractor import budget
from extractor.components.ner_scope import needs_ner
from extractor.extensions import items_of


def test_items_of_equals_reading_each_span(ex):
    doc = ex.nlp("Crime rose by 12% to 1,405 offences in Kent in 2023, police said.")
    for key, attr in (("statistics", "stat"), ("periods", "period"), ("areas", "area")):
        slow = [getattr(s._, attr) for s in doc.spans[key] if getattr(s._, attr)]
        assert slow and items_of(doc, key, attr) == slow


def test_items_of_reads_a_changed_span_group_span_by_span(ex):
    doc = ex.nlp("There were 1,405 offences and 236 arrests in Kent.")
    first, second = doc.spans["statistics"]
    doc.spans["statistics"] = [second]  # a user drops one span: the kept list is stale
    assert items_of(doc, "statistics", "stat") == [second._.stat]
    assert items_of(doc, "no such key", "stat") == []


def test_the_time_budget_attributes_read_and_write_through_doc_underscore():
    nlp = spacy.blank("en")
    doc = nlp.make_doc("text")
    assert doc._.deadline is None and doc._.time_budget is None
    budget.check(doc, "no budget: never raises")
    assert doc._.deadline is None
    doc._.time_budget = 0.001
    budget.start(doc)
    assert doc._.deadline is not None and doc._.deadline <= time.monotonic() + 0.001
    time.sleep(0.002)
    with pytest.raises(budget.DocumentTimeout, match="0.001 s time budget"):
        budget.check(doc, "test")


@pytest.mark.parametrize("sentence", [
    "Figures from the Department for Environment, Food and Rural Affairs show a fall.",
    "The Assistant Director for Highways and Transportation said the work was done.",
    "The Police and Crime Commissioner said crime had fallen.",
    "Results: Lab 1,204, Con 980 and Grn 310.",
])
def test_organisation_and_subject_words_do_not_send_a_sentence_to_ner(sentence):
    assert not needs_ner(sentence)


@pytest.mark.parametrize("sentence", [
    "Staff in Norwich and Cromer were praised.",
    "Burglaries rose in Luton and Wayfield last year.",
    "Cllr Chris Preston said the figures were worrying.",
])
def test_unknown_places_and_names_still_go_to_ner(sentence):
    assert needs_ner(sentence)


def test_spans_found_by_bisection_equal_char_span_expand(ex):
    import random

    from extractor.extensions import _expanded_span, _token_bounds
    text = ("Figures show 1,405 registered sex offenders in West Mercia – up 12% (from 1,254) on 2019-20.\n\n"
            "  “It’s vital,” said Abigail Gill.\tA rate of 122 per 100,000 people;  £1.2bn… ")
    doc = ex.nlp.make_doc(text)
    bounds = _token_bounds(doc)
    rng = random.Random(7)
    for _ in range(2000):
        a = rng.randrange(0, len(text))
        b = min(len(text), a + rng.randrange(1, 30))
        want = doc.char_span(a, b, label="x", alignment_mode="expand", span_id=3)
        got = _expanded_span(doc, bounds, a, b, "x", 3)
        assert (want is None) == (got is None)
        if want is not None:
            assert (got.start, got.end, got.label_, got.id) == (want.start, want.end, want.label_, want.id)
