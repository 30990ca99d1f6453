"""The evaluation: splits, FORMAT.md scoring rules, error families, and floors on the dev split.

The floors are the dev-split figures measured when the corpus landed (rounded down): they guard
against regressions and are raised as accuracy work lands. The test split is never asserted on
(its figures are printed by ``extractor evaluate corpus``)."""
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.evaluate import (corpus_documents, evaluate_dir, format_errors, load_splits, same_period,
                                score_document)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
runner = CliRunner()

#: (section, "f1" or an accuracy name) -> floor on the dev split
DEV_FLOORS = {
    ("areas", "f1"): 0.965, ("areas", "code"): 0.96,
    ("periods", "f1"): 0.975, ("periods", "value"): 0.955,
    ("statistics", "f1"): 0.98, ("statistics", "value"): 0.995, ("statistics", "kind"): 0.985,
    ("statistics", "area_link"): 0.90, ("statistics", "period_link"): 0.88,
    ("statistics", "rate_base"): 0.95, ("statistics", "measure"): 0.71, ("statistics", "direction"): 0.98,
    ("quotes", "f1"): 0.97, ("quotes", "speaker"): 0.95, ("quotes", "extent"): 0.95,
    ("quotes", "role"): 0.90, ("quotes", "organisation"): 0.86,
}


@pytest.fixture(scope="module")
def dev_result(ex):
    return evaluate_dir(CORPUS, ex, "dev")


@pytest.mark.parametrize("key", sorted(DEV_FLOORS), ids=lambda k: f"{k[0]}-{k[1]}")
def test_dev_split_stays_above_its_floor(dev_result, key):
    section, name = key
    tally = dev_result.totals[section]
    got = tally.f1 if name == "f1" else tally.accuracy(name)
    assert got is not None and got >= DEV_FLOORS[key], f"{section} {name}: {got:.3f} < floor {DEV_FLOORS[key]}"


def test_dev_split_provenance_and_published(dev_result):
    good, total = dev_result.provenance
    assert total > 1000 and good == total
    right, n = dev_result.published.checks["published"]
    assert n == 38 and right == n


def test_splits_are_disjoint_and_cover_the_corpus():
    splits = load_splits(CORPUS)
    assert set(splits) == {"seeds", "dev", "test", "fresh", "dev2", "dev3", "test2"}
    test, dev, seeds, fresh, dev2, dev3, test2 = (set(splits[k]) for k in ("test", "dev", "seeds", "fresh", "dev2", "dev3", "test2"))
    assert len(test) == 12 and not (test & dev) and not (test & seeds) and not (dev & seeds)
    assert len(fresh) == 14 and not fresh & (test | dev | seeds)
    assert len(dev2) == 30 and not dev2 & (test | dev | seeds | fresh)
    assert len(dev3) == 15 and len(test2) == 15 and not dev3 & test2 and not (dev3 | test2) & (test | dev | seeds | fresh | dev2)
    every = {d for d, _, _ in corpus_documents(CORPUS)}
    assert test | dev | seeds | fresh | dev2 | dev3 | test2 == every
    # the test split is spread over the topics listed in corpus/README.md
    topics, split_of = {}, {}
    for line in (CORPUS / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip(" `") for c in line.split("|")]
        if len(cells) > 4 and cells[1] in every:
            split_of[cells[1]], topics[cells[1]] = cells[2], cells[3]
    assert {d for d, s in split_of.items() if s == "test"} == test  # the README agrees with splits.json
    assert {d for d, s in split_of.items() if s == "fresh"} == fresh
    assert {d for d, s in split_of.items() if s == "dev2"} == dev2
    assert {d for d, s in split_of.items() if s == "dev3"} == dev3
    assert {d for d, s in split_of.items() if s == "test2"} == test2
    assert len({topics[d] for d in test}) >= 8


def test_unknown_split_is_a_clear_error():
    r = runner.invoke(app, ["evaluate", str(CORPUS), "--split", "holdout"])
    assert r.exit_code == 2 and "unknown split 'holdout'" in r.output


def test_cli_errors_are_grouped_by_family_with_document_gold_prediction_and_context():
    r = runner.invoke(app, ["evaluate", str(CORPUS), "--split", "dev", "--errors"])
    assert r.exit_code == 0, r.output
    assert "[dev]" in r.output and "error families:" in r.output
    assert "== measure (" in r.output and "== statistic period (" in r.output
    line = next(ln for ln in r.output.splitlines() if ln.startswith("  d") and "predicted" in ln)
    assert "gold " in line and " | " in line and "[" in line  # the item is bracketed in its context


def test_cli_default_prints_every_split_side_by_side_and_json_parses():
    r = runner.invoke(app, ["evaluate", str(CORPUS)])
    assert r.exit_code == 0, r.output
    header = r.output.splitlines()[0].split()
    assert header == ["seeds", "dev", "test", "fresh", "dev2", "dev3", "test2", "all"]
    r = runner.invoke(app, ["evaluate", str(CORPUS), "--split", "seeds", "--json"])
    data = json.loads(r.output)
    assert data["seeds"]["totals"]["statistics"]["f1"] > 0.9
    assert {d["id"] for d in data["seeds"]["documents"]} == set(load_splits(CORPUS)["seeds"])


# --- the scoring rules of FORMAT.md, on a made-up document -----------------------------------

TEXT = ("Arrests fell by 12 per cent in 2020, while between 5 and 7 per cent of drivers were caught. "
        "The mayor called it “rigged”. She said: “We will act on this now.”")


def _span(text, s, e):
    return {"start": s, "end": e, "text": text[s:e], "page": None}


def _record(stats, quotes=(), published=None):
    return {"document": {"id": "x", "published": published}, "areas": [],
            "periods": [{"id": "p1", "kind": "year", "value": "2020-01-01/2020-12-31",
                         "span": _span(TEXT, TEXT.index("2020"), TEXT.index("2020") + 4)}],
            "statistics": stats, "quotes": list(quotes)}


def _stat(surface, kind, value, **kw):
    s = TEXT.index(surface)
    sp = _span(TEXT, s, s + len(surface))
    return {"kind": kind, "value": value, "qualifier": None, "per": None, "area": None, "period": None,
            "measure": None, "span": sp, "number": sp, **kw}


GOLD = {"published": None, "areas": [], "quotes": [
    {"speaker": "Jo", "role": None, "organisation": None, "context": "“We will act", "text": "We will act",
     "end_context": "on this now.", "paragraphs": 1}],
    "periods": [{"text": "2020", "context": "cent in 2020,", "kind": "year", "value": "2020"}],
    "statistics": [
        {"text": "12", "context": "by 12 per", "kind": "percentage", "value": 12, "qualifier": None, "per": None,
         "measure": "arrests", "area": None, "period": "2020", "direction": "down"},
        {"text": "5", "context": "between 5 and", "kind": "percentage", "value": 5, "qualifier": None, "per": None,
         "measure": None, "area": None, "period": None},
        {"text": "7", "context": "and 7 per", "kind": "percentage", "value": 7, "qualifier": None, "per": None,
         "measure": None, "area": None, "period": None}]}


def test_a_range_prediction_is_credited_for_both_ends():
    rng = _stat("5 and 7 per cent", "percentage", 5, high=7)
    rng["number"] = _span(TEXT, TEXT.index("5 and"), TEXT.index("5 and") + 1)
    score = score_document(TEXT, GOLD, _record([_stat("12 per cent", "percentage", 12, direction="down"), rng]))
    st = score.tallies["statistics"]
    assert (st.tp, st.fp, st.fn) == (3, 0, 0)
    assert st.checks["value"] == [3, 3]


def test_a_range_without_high_misses_its_high_end():
    score = score_document(TEXT, GOLD, _record([_stat("5 and 7 per cent", "percentage", 5)]))
    st = score.tallies["statistics"]
    assert (st.tp, st.fn) == (1, 2)
    assert any(e["family"] == "missed statistic" and "7" in e["gold"] for e in score.errors)


def test_direction_is_scored_only_where_gold_has_it():
    score = score_document(TEXT, GOLD, _record([_stat("12 per cent", "percentage", 12, direction="up"),
                                                _stat("5 and 7 per cent", "percentage", 5, high=7, direction="up")]))
    assert score.tallies["statistics"].checks["direction"] == [0, 1]
    wrong = [e for e in score.errors if e["family"] == "direction"]
    assert wrong == [{"family": "direction", "doc": "x", "gold": "down", "predicted": "up",
                      "context": wrong[0]["context"]}]
    assert "[12]" in wrong[0]["context"]


def test_partial_quotes_are_neither_credited_nor_penalised():
    s = TEXT.index("rigged")
    partial = {"span": _span(TEXT, s, s + 6), "paragraphs": [_span(TEXT, s, s + 6)], "partial": True,
               "speaker": {"name": "The mayor", "description": None, "role": None, "organisation": None}}
    score = score_document(TEXT, GOLD, _record([], quotes=[partial]))
    qu = score.tallies["quotes"]
    assert (qu.tp, qu.fp, qu.fn) == (0, 0, 1)
    partial["partial"] = False
    qu = score_document(TEXT, GOLD, _record([], quotes=[partial])).tallies["quotes"]
    assert (qu.tp, qu.fp, qu.fn) == (0, 1, 1)


def test_period_values_compare_equivalent_interval_spellings():
    assert same_period("2011/2021", "2011-01-01/2021-12-31")
    assert same_period("2019-04/2020-03", "2019-04-01/2020-03-31")
    assert not same_period("2019-04-01/2020-03-31", "2019")
    assert not same_period("2020", "2020-01-01/2020-12-31")  # a year is not spelt as an interval in gold
    score = score_document(TEXT, GOLD, _record([_stat("12 per cent", "percentage", 12, period="p1")]))
    # gold "2020" vs predicted interval: a different spelling of the value, so a period error
    assert score.tallies["periods"].checks["value"] == [0, 1]
    assert "period value" in format_errors(score.errors)


def test_published_date_is_scored():
    score = score_document(TEXT, {**GOLD, "published": "2021-05-01"}, _record([], published="2021-05-01"))
    assert score.published.checks["published"] == [1, 1]
    score = score_document(TEXT, {**GOLD, "published": "2021-05-01"}, _record([]))
    assert score.published.checks["published"] == [0, 1]
    assert any(e["family"] == "published" for e in score.errors)
