"""Component-major batches (extractor.batching): the same records as one document at a time."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from extractor.batching import BatchPipe

DOCS = sorted((Path(__file__).resolve().parent.parent / "corpus" / "docs").glob("00*.txt"))


def test_a_batch_gives_each_document_the_record_it_gets_alone(ex):
    texts = [p.read_text(encoding="utf-8") for p in DOCS]
    texts += [t[len(t) // 2:] for t in texts]  # (halves: other contexts for the same sentences)
    alone = [ex.extract(t) for t in texts]
    assert list(ex.pipe(texts, batch_size=4)) == alone
    assert list(ex.pipe(texts, batch_size=64)) == alone


SEEN: list[tuple[str, str]] = []


class _Mark(BatchPipe):
    def __init__(self, name):
        self.name = name

    def __call__(self, doc):
        SEEN.append((self.name, doc.text))
        return doc


@Language.factory("test_batching_mark")
def _make_mark(nlp, name):
    return _Mark(name)


def test_each_component_takes_the_whole_batch_before_the_next_component():
    nlp = spacy.blank("en")
    nlp.add_pipe("test_batching_mark", name="first")
    nlp.add_pipe("test_batching_mark", name="second")
    SEEN.clear()
    docs = list(nlp.pipe(["a", "b", "c", "d", "e"], batch_size=3))
    assert [d.text for d in docs] == ["a", "b", "c", "d", "e"]
    assert SEEN == [("first", "a"), ("first", "b"), ("first", "c"), ("second", "a"), ("second", "b"),
                    ("second", "c"), ("first", "d"), ("first", "e"), ("second", "d"), ("second", "e")]


def test_the_pipeline_s_own_components_pipe_in_batches(ex):
    ours = [name for name, _ in ex.nlp.pipeline if name.startswith("extractor_")]
    assert ours and all(hasattr(ex.nlp.get_pipe(name), "pipe") for name in ours)


class _Clock:
    """A fake time.monotonic for extractor.budget: each document's turn costs one second."""

    def __init__(self):
        self.now = 100.0

    def monotonic(self):
        return self.now


@Language.factory("test_batching_slow")
def _make_slow(nlp, name):
    return _Slow()


class _Slow(BatchPipe):
    def __call__(self, doc):
        from extractor import budget
        budget.check(doc, "before")
        _CLOCK.now += 1.0  # one second of work on this document
        budget.check(doc, "after")
        return doc


_CLOCK = _Clock()


def test_a_document_s_budget_counts_its_own_turns_not_its_batch_s(monkeypatch):
    from extractor import budget
    from extractor.extensions import register

    register()
    monkeypatch.setattr(budget, "time", _CLOCK)
    nlp = spacy.blank("en")
    for name in ("one", "two", "three"):
        nlp.add_pipe("test_batching_slow", name=name)

    def docs(seconds):
        out = [nlp.make_doc(t) for t in ("a", "b", "c", "d")]
        for d in out:
            d._.time_budget = seconds
        return out
    # each document takes 3 s of its own in three components; the batch takes 12 s
    assert len(list(nlp.pipe(docs(3.5), batch_size=4))) == 4
    # a budget below its own time still stops it
    with pytest.raises(budget.DocumentTimeout):
        list(nlp.pipe(docs(2.5), batch_size=4))


def test_a_document_over_its_budget_in_a_batch_gets_a_timeout_record_and_the_rest_are_extracted(ex, monkeypatch):
    from extractor import budget
    slow = "Kent had 5 offenders in 2020. " * 400
    texts = ["Kent had 12 offenders in 2021.", slow, "Essex had 7 burglaries in 2019."]
    real = budget.check

    def check(doc, where):  # the long document's clock runs out in the numbers component
        if len(doc.text) > 5000 and where == "before numbers":
            raise budget.DocumentTimeout("the document used up its 30 s time budget (numbers)")
        real(doc, where)
    monkeypatch.setattr(budget, "check", check)
    recs = list(ex.pipe(texts, batch_size=3))
    assert [e["code"] for e in recs[1]["errors"]] == ["timeout"]
    assert [s["value"] for s in recs[0]["statistics"]] == [12] and [s["value"] for s in recs[2]["statistics"]] == [7]


def test_the_batch_s_one_ner_call_is_charged_by_share_and_a_timeout_in_it_stops_only_that_document(ex, monkeypatch):
    from extractor import budget
    from extractor.components import ner_scope

    clock = _Clock()
    monkeypatch.setattr(budget, "time", clock)
    monkeypatch.setattr(ner_scope, "time", clock)
    real_ner = ner_scope.NerScope._ner

    class SlowNer:
        def __init__(self, ner):
            self.ner = ner

        def pipe(self, docs):
            clock.now += 10.0  # ten seconds for the batch's one NER call
            return self.ner.pipe(docs)

    def slow_ner(self):
        return SlowNer(real_ner(self))
    monkeypatch.setattr(ner_scope.NerScope, "_ner", slow_ner)
    plain = "Kent had 12 offenders in 2021, the figures show."
    needs = "Crime rose by 4% in Wayfield last year."
    assert not ner_scope.needs_ner(plain) and ner_scope.needs_ner(needs)
    # a 5-second budget each: the NER call alone is over it
    recs = list(ex.pipe([{"text": plain, "time_budget": 5}, {"text": needs, "time_budget": 5},
                         {"text": plain.replace("12", "14"), "time_budget": 5}], batch_size=3))
    # the NER call is all the needing document's: it runs out of time; the other two had no share
    assert [e["code"] for e in recs[1]["errors"]] == ["timeout"]
    assert [s["value"] for s in recs[0]["statistics"]] == [12] and [s["value"] for s in recs[2]["statistics"]] == [14]
