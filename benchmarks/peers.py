"""What benchmarks/compare_quotes.py and compare_numbers.py share: the extractor as one more
system for ``extractor.evaluate.evaluate_docs`` (timed), records a peer already made in the same
pass, and the corpus documents of the chosen splits."""
from __future__ import annotations

import sys
import time
from pathlib import Path


class Ours:
    """The extractor, with the time its extraction took."""

    def __init__(self, ex):
        self.ex, self.seconds = ex, 0.0

    def extract(self, text: str, doc_id: str, source: str | None = None) -> dict:
        t0 = time.perf_counter()
        rec = self.ex.extract(text, doc_id=doc_id, source=source)
        self.seconds += time.perf_counter() - t0
        return rec


class Cached:
    """Records a peer made in the same pass (a variant of its output, nothing parsed again)."""

    def __init__(self, records: dict[str, dict]):
        self.records = records

    def extract(self, text: str, doc_id: str, source: str | None = None) -> dict:
        return self.records[doc_id]


def split_documents(corpus: Path, splits: list[str] | None) -> dict[str, list]:
    """{split: its (id, text path, gold path) documents}; exits with a one-line error for a bad
    corpus folder or split."""
    from extractor import evaluate as ev

    chosen = splits or list(ev.load_splits(corpus)) or ["all"]
    try:
        return {s: ev.corpus_documents(corpus, s) for s in chosen}
    except ev.GoldError as exc:
        sys.exit(f"error: {exc}")
