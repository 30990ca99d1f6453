"""Component-major batches (extractor.batching): the same records as one document at a time."""
from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

from extractor.batching import BatchPipe

DOCS = sorted((Path(__file__).resolve().parent.parent / "corpus" / "docs").glob("00*.txt"))


def _strip(rec):
    rec = dict(rec)
    rec["document"] = {k: v for k, v in rec["document"].items() if k not in ("elapsed", "extracted_at")}
    return rec


def test_a_batch_gives_each_document_the_record_it_gets_alone(ex):
    texts = [p.read_text(encoding="utf-8") for p in DOCS]
    texts += [t[len(t) // 2:] for t in texts]  # (halves: other contexts for the same sentences)
    alone = [_strip(ex.extract(t)) for t in texts]
    assert [_strip(r) for r in ex.pipe(texts, batch_size=4)] == alone
    assert [_strip(r) for r in ex.pipe(texts, batch_size=64)] == alone


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
