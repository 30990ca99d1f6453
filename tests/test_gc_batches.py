"""The garbage collector collects its youngest generation less often while a batch runs
(`extractor.api.fewer_collections`), and only then: the caller's thresholds are back whenever it
holds a record, after an error, and untouched when it disabled the collector or set a higher one."""
import gc

import pytest

from extractor import api
from extractor.api import BATCH_GEN0_THRESHOLD, fewer_collections

ARTICLE = ("Figures show 1,405 registered sex offenders were managed in West Mercia as of March 2023. "
           "That is a rate of 122 for every 100,000 people.")


@pytest.fixture
def thresholds():
    old = gc.get_threshold()
    was_enabled = gc.isenabled()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*old)
    (gc.enable if was_enabled else gc.disable)()


def test_raised_while_the_batch_runs_and_restored_while_the_caller_holds_each_record(ex, monkeypatch, thresholds):
    seen = []
    real = api.record.from_doc

    def spy(doc, **kw):
        seen.append(gc.get_threshold())
        return real(doc, **kw)

    monkeypatch.setattr(api.record, "from_doc", spy)
    held = []
    for rec in ex.pipe([ARTICLE, ARTICLE, ARTICLE], batch_size=2):
        held.append(gc.get_threshold())
        assert rec["errors"] == [] and rec["statistics"]
    assert seen == [(BATCH_GEN0_THRESHOLD, 10, 10)] * 3
    assert held == [(700, 10, 10)] * 3
    assert gc.get_threshold() == (700, 10, 10)


def test_restored_after_an_error_inside_the_batch(ex, monkeypatch, thresholds):
    def broken(doc, **kw):
        assert gc.get_threshold()[0] == BATCH_GEN0_THRESHOLD
        raise RuntimeError("serialiser broke")

    monkeypatch.setattr(api.record, "from_doc", broken)
    recs = list(ex.pipe([ARTICLE]))
    assert [e["code"] for e in recs[0]["errors"]] == ["extraction_failed"]
    assert gc.get_threshold() == (700, 10, 10)
    with pytest.raises(ValueError):
        with fewer_collections():
            raise ValueError("boom")
    assert gc.get_threshold() == (700, 10, 10)


@pytest.mark.parametrize("setup, expected", [
    (lambda: gc.disable(), (700, 10, 10)),                  # a caller that turned the collector off
    (lambda: gc.set_threshold(0), (0, 10, 10)),             # threshold 0 also means "never"
    (lambda: gc.set_threshold(50_000, 5, 5), (50_000, 5, 5)),  # already less often than ours
])
def test_left_alone_when_the_caller_chose_otherwise(setup, expected, thresholds):
    setup()
    with fewer_collections():
        assert gc.get_threshold() == expected
    assert gc.get_threshold() == expected


def test_nested_use_keeps_the_outer_setting_until_the_outer_block_ends(thresholds):
    with fewer_collections():
        with fewer_collections():
            assert gc.get_threshold()[0] == BATCH_GEN0_THRESHOLD
        assert gc.get_threshold()[0] == BATCH_GEN0_THRESHOLD
    assert gc.get_threshold() == (700, 10, 10)
