"""Statistics: quantulum3's parser against the extractor, same corpus, same scorer.

    python3 benchmarks/compare_numbers.py [--corpus corpus] [--split dev] [--no-classifier]

Both systems read each document's text exactly as stored. quantulum3 runs
``quantulum3.parser.parse(text)`` on the whole document; the extractor runs as ``extractor
evaluate`` runs it. Each system's records are scored by ``extractor/evaluate.py``
(``evaluate_docs``: a prediction matches the gold statistic whose text it overlaps, one to
one, then value, kind, direction, area and period are compared) and only aggregate figures are
printed, per split.

How a Quantity becomes our statistic record:

- ``span`` and ``number``: ``q.span`` (offsets into the text; ``q.surface`` is its text);
- ``value``: ``q.value``; a range ("82 to 86") comes back as midpoint 84 with ``uncertainty``
  2, which is turned into ``value`` 82 and ``high`` 86 (the scorer credits both ends);
- ``kind`` from the unit: ``percentage`` for "%", "percentage", "per cent", "percent";
  ``money`` (with ``currency`` = the unit's ISO code) for a unit of entity "currency";
  ``count`` for a dimensionless unit (plain numbers, "count", "set"); ``quantity`` (a kind the
  gold never has, so always wrong) for anything else (years, hours, metres, and misreadings
  such as "MAPPA" read as a compound of amperes and poises).
- ``qualifier``, ``per``, ``measure``, ``direction``, ``area``, ``period``: null.

Limits: ``rate`` ("46 per 100,000": 46 and 100,000 come back as two plain numbers), ``ratio``
("one in five") and ``change`` (an absolute change is just a number) cannot be recovered from
a Quantity, so those gold kinds always score as wrong kinds; quantulum has no direction, area
or period, so its figures there (in brackets) are what the scorer gives an all-null answer on
its matches, a baseline and not a skill. Years and dates are quantities to quantulum
("2019/20" even becomes 100.95): the column "quantulum −yr" drops plain dimensionless years,
financial years and year ranges ("2019", "2019/20", "between 2018 and 2019") from the same
parse, to show how much of the precision gap that is.

Offline: quantulum3 disambiguates units with a scikit-learn classifier when scikit-learn is
installed (textacy brings it). Its shipped ``clf.joblib`` is pickled for one scikit-learn
version; when it does not load, the script retrains it in memory from quantulum3's bundled
training data (a few seconds, nothing downloaded or written). ``--no-classifier`` uses
quantulum3's heuristic disambiguation instead. The mode used is printed.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
import warnings
from pathlib import Path

from peers import Cached, Ours, split_documents

ROOT = Path(__file__).resolve().parent.parent
MISSING = "error: {} is not installed; run: pip install -e '.[compare]'"
PERCENT = {"percentage", "per cent", "percent"}
YEARS = re.compile(r"(between )?(19|20)\d\d(([-/–]| to | and )((19|20)?\d\d))?")


def setup_quantulum(use_classifier: bool) -> str:
    """Make quantulum3's unit disambiguation work offline; returns the mode for the report."""
    from quantulum3 import classifier as qclf

    if not use_classifier or not qclf.USE_CLF:
        qclf.USE_CLF = False
        return "heuristic disambiguation" + ("" if use_classifier else " (--no-classifier)")
    try:
        qclf.clean_text("a test", "en_US")  # the classifier's text cleaning needs `stemming`
    except ImportError as exc:
        qclf.USE_CLF = False
        return f"heuristic disambiguation (classifier unusable: {exc})"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            qclf.classifier()
        return "classifier as shipped"
    except Exception:  # pickled with another scikit-learn version
        from importlib.metadata import version

        model = qclf.Classifier(classifier_object=qclf.train_classifier(store=False, n_jobs=1))
        qclf.classifier = lambda lang="en_US", classifier_path=None: model
        return f"classifier retrained in memory (shipped one does not load with scikit-learn {version('scikit-learn')})"


def kind_of(q) -> tuple[str, str | None]:
    unit = q.unit
    if unit.name in PERCENT or "%" in (unit.symbols or ()):
        return "percentage", None
    if unit.entity.name == "currency":
        return "money", getattr(unit, "currency_code", None)
    if unit.entity.name == "dimensionless":
        return "count", None
    return "quantity", None


class Quantulum:
    """Makes extractor-shaped records (statistics only) from quantulum3's quantities.

    ``extract`` gives every quantity; ``no_years[doc_id]`` the same parse without the years."""

    def __init__(self, parse):
        self.parse, self.seconds, self.no_years = parse, 0.0, {}

    def extract(self, text: str, doc_id: str, source: str | None = None) -> dict:
        t0 = time.perf_counter()
        quantities = self.parse(text)
        self.seconds += time.perf_counter() - t0
        stats = [self.statistic(q, i) for i, q in enumerate(quantities, 1)]
        keep = [s for s in stats if not (s["kind"] == "count" and YEARS.fullmatch(s["span"]["text"]))]
        self.no_years[doc_id] = self.record(doc_id, keep)
        return self.record(doc_id, stats)

    @staticmethod
    def record(doc_id: str, stats: list) -> dict:
        return {"document": {"id": doc_id, "published": None}, "areas": [], "periods": [],
                "statistics": stats, "quotes": []}

    @staticmethod
    def statistic(q, n: int) -> dict:
        kind, currency = kind_of(q)
        spread = getattr(q, "uncertainty", None)
        span = {"start": q.span[0], "end": q.span[1], "text": q.surface}
        return {"id": f"s{n}", "kind": kind, "value": q.value - (spread or 0),
                "high": q.value + spread if spread else None, "qualifier": None, "per": None,
                "measure": None, "direction": None, "currency": currency, "area": None,
                "period": None, "span": span, "number": span}




def rows(result, baseline: bool) -> dict[str, str]:
    t = result.totals["statistics"]

    def acc(name: str, bracket: bool = False) -> str:
        v = t.accuracy(name)
        return "-" if v is None else f"({v:.3f})" if bracket else f"{v:.3f}"

    return {"statistics P": f"{t.precision:.3f}", "statistics R": f"{t.recall:.3f}", "statistics F1": f"{t.f1:.3f}",
            "tp / fp / fn": f"{t.tp}/{t.fp}/{t.fn}", "value": acc("value"), "kind": acc("kind"),
            "direction": acc("direction", baseline), "→area": acc("area_link", baseline),
            "→period": acc("period_link", baseline)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus", help="corpus folder (default: corpus/)")
    ap.add_argument("--split", action="append", help="split(s) to score (default: every split in splits.json)")
    ap.add_argument("--no-classifier", action="store_true", help="quantulum3's heuristic unit disambiguation")
    args = ap.parse_args()
    try:
        from quantulum3 import parser
    except ImportError:
        sys.exit(MISSING.format("quantulum3"))

    import extractor
    from extractor import evaluate as ev

    docs = split_documents(args.corpus, args.split)
    t0 = time.perf_counter()
    mode = setup_quantulum(not args.no_classifier)
    peer = Quantulum(parser.parse)
    peer.parse("warm up: 3 km, £5, 4 per cent")  # load unit tables (and the classifier) before timing
    load_peer = time.perf_counter() - t0
    t0 = time.perf_counter()
    ours = Ours(extractor.load())
    load_ours = time.perf_counter() - t0

    print(f"quantulum3: {mode}")
    cols = ("quantulum", "quantulum −yr", "extractor")
    for split, split_docs in docs.items():
        results = [ev.evaluate_docs(split_docs, peer)]  # first: it fills peer.no_years
        results += [ev.evaluate_docs(split_docs, Cached(peer.no_years)), ev.evaluate_docs(split_docs, ours)]
        table = [rows(r, baseline=i < 2) for i, r in enumerate(results)]
        print(f"\n[{split}] {len(split_docs)} documents")
        print(f"{'':<16}" + "".join(f"{c:>15}" for c in cols))
        for label in table[0]:
            print(f"{label:<16}" + "".join(f"{t[label]:>15}" for t in table))
    print(f"\n{'time (s)':<16}{peer.seconds:>15.1f}{peer.seconds:>15.1f}{ours.seconds:>15.1f}"
          f"   (set-up: quantulum3 {load_peer:.1f}, extractor {load_ours:.1f})")
    print("(bracketed: quantulum gives no direction, area or period; what the scorer gives all-null answers)")


if __name__ == "__main__":
    main()
