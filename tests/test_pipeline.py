"""Every step is a spaCy component: each factory works alone in a blank pipeline, in order, and
in the trained pipeline; ``nlp(text)`` alone gives the whole result."""
import spacy
import pytest

import extractor  # noqa: F401  (importing registers the factories and extensions)
from extractor.pipeline import build

TEXT = ("Ministry of Justice figures show 1,405 registered sex offenders were being managed in West "
        "Mercia in March 2020. That is a rate of 122 for every 100,000 people, up 4 per cent on 2019. "
        "Abigail Gill, policy manager at the NSPCC, said: “The system must put children first.”")
ORDER = ("extractor_sentences", "extractor_periods", "extractor_numbers", "extractor_areas", "extractor_quotes",
         "extractor_link", "extractor_checks")


@pytest.mark.parametrize("name", ORDER)
def test_each_factory_alone_in_a_blank_pipeline(name):
    nlp = spacy.blank("en")
    nlp.add_pipe(name)
    doc = nlp(TEXT)
    assert doc is not None
    if name == "extractor_sentences":
        assert [s.text for s in doc.spans["sentences"]][0].startswith("Ministry")
        assert len(doc.spans["sentences"]) == 3
    if name == "extractor_numbers":
        assert [s.text for s in doc.spans["statistics"]][:2] == ["1,405", "122 for every 100,000 people"]


def test_all_factories_in_order_in_a_blank_pipeline_give_linked_facts():
    nlp = spacy.blank("en")
    for name in ORDER:
        nlp.add_pipe(name)
    doc = nlp(TEXT)
    stats = {s.text: s._.stat for s in doc.spans["statistics"]}
    count = stats["1,405"]
    assert count.area and count.period is not None and count.period.value == "2020-03"
    assert count.measure and "sex offenders" in count.measure
    rate = stats["122 for every 100,000 people"]
    assert rate.kind == "rate" and rate.per == 100000
    assert [s.text for s in doc.spans["quotes"]] and doc._.checks is not None and doc._.linked


def test_the_trained_pipeline_gives_the_whole_result_from_nlp_alone():
    nlp = build()
    assert [n for n in nlp.pipe_names if n.startswith("extractor_")] == \
        ["extractor_sentences", "extractor_ner_scope", *ORDER[1:]]
    doc = nlp(TEXT)
    pct = next(s._.stat for s in doc.spans["statistics"] if s._.stat.kind == "percentage")
    assert pct.direction == "up" and pct.period is not None
    quote = doc.spans["quotes"][0]._.quote
    assert quote.speaker.name == "Abigail Gill"


def test_the_record_only_serialises_what_the_components_found(ex):
    nlp = ex.nlp
    doc = nlp(TEXT)
    from extractor.record import from_doc
    rec = from_doc(doc)
    by_text = {s["span"]["text"]: s for s in rec["statistics"]}
    s = by_text["1,405"]
    assert rec["periods"][int(s["period"][1:]) - 1]["value"] == "2020-03"
    assert s["links"]["period"] and s["links"]["area"]
    assert rec["checks"] == doc._.checks


def test_the_warm_up_article_loading_runs_exercises_every_kind_of_fact(ex):
    """``load`` runs patterns/warmup.txt once so the rules compile at load, not on a user's first
    document; the sample is only worth its cost if it reaches every kind of rule."""
    from importlib import resources
    text = resources.files("extractor.patterns").joinpath("warmup.txt").read_text(encoding="utf-8")
    rec = ex.extract(text)
    assert rec["errors"] == [] and rec["document"]["published"] == "2023-03-14"
    kinds = {s["kind"] for s in rec["statistics"]}
    assert {"count", "rate", "percentage", "money", "change"} <= kinds
    assert {p["kind"] for p in rec["periods"]} >= {"financial_year", "range", "relative"}
    assert any(a["name"] == "Kent" for a in rec["areas"])
    assert any(q["speaker"] and q["speaker"]["name"] == "Jane Doe" for q in rec["quotes"])
