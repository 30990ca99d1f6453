"""The v1 contract: schema, provenance invariant (property-tested), one record per input."""
import json

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.evaluate import iter_spans, provenance_ok
from extractor.record import schema


def test_every_corpus_record_validates_against_the_schema(ex, corpus_docs):
    for path in corpus_docs:
        rec = ex.extract(path.read_text(encoding="utf-8"), doc_id=path.stem, source=str(path))
        jsonschema.validate(rec, schema())
        total, good = provenance_ok(path.read_text(encoding="utf-8"), rec)
        assert total > 0 and total == good


def test_statistic_span_contains_its_number(ex, corpus_docs):
    for path in corpus_docs:
        rec = ex.extract(path.read_text(encoding="utf-8"))
        for s in rec["statistics"]:
            assert s["span"]["start"] <= s["number"]["start"] < s["number"]["end"] <= s["span"]["end"] or \
                s["kind"] == "ratio"
            assert s["sentence"]["start"] <= s["span"]["start"] and s["span"]["end"] <= s["sentence"]["end"]


def test_ids_are_stable_and_links_resolve(ex, corpus_docs):
    text = corpus_docs[2].read_text(encoding="utf-8")
    a, b = ex.extract(text), ex.extract(text)
    assert a == b
    area_ids = {x["id"] for x in a["areas"]}
    period_ids = {x["id"] for x in a["periods"]}
    for s in a["statistics"]:
        assert s["area"] is None or s["area"] in area_ids
        assert s["period"] is None or s["period"] in period_ids


def test_published_from_date_line(ex, corpus_docs):
    path = next(p for p in corpus_docs if p.name.startswith("002_"))
    rec = ex.extract(path.read_text(encoding="utf-8"))
    assert rec["document"]["published"] == "2020-11-10"


@pytest.mark.parametrize("text,code", [("", "empty_document"), ("   \n\n ", "empty_document")])
def test_bad_input_gives_an_error_record(blank_ex, text, code):
    rec = blank_ex.extract(text)
    assert rec["errors"][0]["code"] == code and rec["statistics"] == []


def test_pipe_yields_one_record_per_input_in_order(blank_ex):
    items = ["There were 12 cases.", "", {"text": "Almost 5,000 people.", "id": "x"}, "Up 46 to 1,405."]
    recs = list(blank_ex.pipe(items, batch_size=2))
    assert len(recs) == 4
    assert recs[1]["errors"][0]["code"] == "empty_document"
    assert recs[2]["document"]["id"] == "x" and recs[2]["statistics"][0]["value"] == 5000


NEWSY = st.sampled_from([
    "Almost 5,000", " per 100,000 people", " 46", " per cent", "“", "”", '"', "‘", "’", "\n\n", " said: ",
    " in 2019-20", " March this year", " one in five", " £1.2million", " Level 2", "\t", " West Mercia",
    " England and Wales", " up 46 to 1,405", " the year before", ".", ",", " 0800 123 456",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(NEWSY, st.text(max_size=12)), max_size=30).map("".join))
def test_provenance_invariant_on_arbitrary_text(blank_ex, text):
    rec = blank_ex.extract(text)
    json.dumps(rec)  # serialisable
    for span in iter_spans(rec):
        assert text[span["start"]:span["end"]] == span["text"]
    for s in rec["statistics"]:
        assert s["value"] == s["value"] and abs(s["value"]) != float("inf")


def test_unit_is_serialised_on_every_statistic(blank_ex):
    rec = blank_ex.extract("Crews laid 12 km of cable; 340 homes were connected.")
    by_kind = {s["kind"]: s["unit"] for s in rec["statistics"]}
    assert by_kind == {"quantity": "km", "count": None}
