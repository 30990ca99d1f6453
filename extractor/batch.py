"""Batch runs over whole archives: inputs, engines, sinks, resume.

- Inputs (:func:`iter_inputs`) are streamed: files, folders (recursive, by extension), globs,
  and JSON Lines of ``{"id", "text", "published", "source"}`` (a ``.jsonl`` file, or ``-`` for
  stdin). Nothing is read before it is needed, so memory stays flat however large the corpus.
- Engines turn input items into records, in order, exactly one record per item: ``local``
  (one process through ``nlp.pipe``, or ``--processes N`` worker processes, each loading the
  pipeline once, with a bounded number of chunks in flight) and ``dask`` (see
  :mod:`extractor.engine_dask`). Files are read where they are processed (in the workers).
- Sinks (:mod:`extractor.sinks`) write records as they come: JSON Lines (append-only, one
  ``write`` per record, a torn last line repaired on the next open) and SQLite
  (:mod:`extractor.store`, one transaction per chunk).
- Resume: every record carries ``document.input_sha256`` (of the file's bytes, or of the JSONL
  item's text). With ``resume`` an item whose id is already in the sink with the same hash is
  skipped; a changed one is done again and replaces the old record.
"""
from __future__ import annotations

import glob
import json
import os
import sys
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

#: File types a folder is searched for.
EXTENSIONS = (".txt", ".text", ".md", ".html", ".htm", ".pdf")
from .api import clean_str
from .pipeline import DEFAULT_MODEL
from .process import quiet_worker
from .work import CHUNK, WORKERS, chunks, extract_items, input_hash, lost_records, worker_chunk, worker_extractor


def _file_item(path: Path, root: Path | None) -> dict:
    rel = path.relative_to(root) if root is not None else Path(path.name)
    doc_id = str(rel.with_suffix("")) if root is not None else path.stem
    return {"id": doc_id, "path": str(path)}


def _jsonl_items(lines: Iterable[str], origin: str) -> Iterator[dict]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ValueError("a line must be a JSON object")
        except ValueError as exc:
            yield {"id": f"{origin}:{n}", "source": f"{origin}:{n}",
                   "error": ("bad_input", f"line {n} is not a JSON object: {exc}"[:300])}
            continue
        item = {"id": clean_str(obj.get("id") or f"{origin}:{n}"), "text": obj.get("text"),
                "published": obj.get("published"), "source": clean_str(obj.get("source") or f"{origin}:{n}")}
        yield item


def iter_inputs(inputs: Iterable[str]) -> Iterator[dict]:
    """Work items, lazily, in the order given (folders sorted), with ids unique within the run:
    files named on the command line whose names share a stem ("a/story.txt", "b/story.txt") take
    their path as given ("a/story", "b/story"), whatever their order, so a rerun with --resume in
    another order finds the same ids; any id still repeated gets the file's extension ("empty.html"
    after "empty"), then "#2", "#3"."""
    inputs = list(inputs)
    seen: set[str] = set()
    for item in _raw_inputs(inputs, _shared_stems(inputs)):
        doc_id = item["id"]
        if doc_id in seen and "path" in item:
            doc_id = str(Path(doc_id).with_suffix(Path(item["path"]).suffix)) if Path(item["path"]).suffix else doc_id
        n = 2
        base = doc_id
        while doc_id in seen:
            doc_id = f"{base}#{n}"
            n += 1
        seen.add(doc_id)
        item["id"] = doc_id
        yield item


def _shared_stems(inputs: list[str]) -> frozenset[str]:
    """The stems that more than one file named on the command line has."""
    stems = Counter(Path(spec).stem for spec in inputs if spec != "-" and not any(ch in spec for ch in "*?[")
                    and Path(spec).suffix.lower() not in (".jsonl", ".ndjson") and not Path(spec).is_dir())
    return frozenset(stem for stem, n in stems.items() if n > 1)


def _raw_inputs(inputs: Iterable[str], shared: frozenset[str] = frozenset()) -> Iterator[dict]:
    for spec in inputs:
        if spec == "-":
            yield from _jsonl_items(sys.stdin, "stdin")
            continue
        path = Path(spec)
        if path.is_dir():
            found = 0
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if name.lower().endswith(EXTENSIONS):
                        found += 1
                        yield _file_item(Path(root) / name, path)
            if not found:  # every input yields a record: a folder with no documents says so
                yield {"id": str(path), "source": str(path),
                       "error": ("no_documents", f"no {'/'.join(EXTENSIONS)} files under {path}")}
            continue
        if path.suffix.lower() in (".jsonl", ".ndjson") and path.is_file():
            with path.open(encoding="utf-8", errors="replace") as fh:
                yield from _jsonl_items(fh, str(path))
            continue
        if not path.exists() and any(ch in spec for ch in "*?["):
            matches = [m for m in sorted(glob.glob(spec, recursive=True)) if Path(m).is_file()]
            for match in matches:
                yield _file_item(Path(match), None)
            if not matches:
                yield {"id": spec, "source": spec, "error": ("no_documents", f"no files match {spec}")}
            continue
        item = _file_item(path, None)  # a missing file gets its error record downstream
        if path.stem in shared:
            item["id"] = str(path.with_suffix(""))
        yield item


def count_inputs(inputs: Iterable[str]) -> int | None:
    """How many items the inputs hold (for the progress bar's ETA), or None when that would
    mean reading stdin. Walks folders and counts JSON Lines lines: cheap next to extraction."""
    inputs = list(inputs)
    if "-" in inputs:
        return None
    return sum(1 for _ in _raw_inputs(inputs))


# --- engines -----------------------------------------------------------------------------------

def run_local(items: Iterable[dict], *, model: str, processes: int = 1, published=None,
              read_options: dict | None = None, ex=None) -> Iterator[list[dict]]:
    """Chunks of records, in input order."""
    read_options = read_options or {}
    if processes <= 1:
        ex = ex or worker_extractor(model)
        for chunk in chunks(items, CHUNK):
            yield extract_items(ex, chunk, published, read_options)
        return
    import multiprocessing
    import threading

    if ex is not None and threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        # workers forked from this process share its loaded pipeline (copy-on-write): no
        # start-up cost; only when no other thread runs (forking a threaded process is unsafe)
        WORKERS[model] = ex
        ctx = multiprocessing.get_context("fork")
    else:
        ctx = multiprocessing.get_context("spawn")  # fresh interpreters that load the pipeline once
    yield from _pool_chunks(items, ctx, processes, (model, published, read_options))


def _pool_chunks(items: Iterable[dict], ctx, processes: int, args: tuple) -> Iterator[list[dict]]:
    """Chunks through a process pool, at most ``2 × processes`` in flight. A worker that dies
    (killed, out of memory) breaks the pool: the chunks it took down are done again one at a
    time in a fresh pool; a chunk that breaks that one too is done document by document, and a
    document that breaks a pool on its own gets a ``worker_lost`` record."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    model, published, read_options = args
    parent = os.getpid()

    def pool(n: int) -> ProcessPoolExecutor:  # workers end with this process (kill -9 included)
        return ProcessPoolExecutor(n, mp_context=ctx, initializer=quiet_worker, initargs=(parent,))

    pools = [pool(processes)]
    pending: deque = deque()

    def submit(chunk: list[dict]):
        return pools[0].submit(worker_chunk, model, chunk, published, read_options)

    def fresh(n: int) -> None:
        pools[0].shutdown(wait=False, cancel_futures=True)
        pools[0] = pool(n)

    def retry(chunk: list[dict]) -> list[dict]:
        fresh(1)
        try:
            return submit(chunk).result()
        except BrokenProcessPool:
            pass
        out = []  # the chunk breaks a pool again: each document alone, to find the culprit
        for item in chunk:
            fresh(1)
            try:
                out.extend(submit([item]).result())
            except BrokenProcessPool:
                out.extend(lost_records([item], "the worker process extracting this document died "
                                                "(killed, or out of memory), twice"))
        return out

    def take() -> Iterator[list[dict]]:
        chunk, fut = pending.popleft()
        try:
            yield fut.result()
            return
        except BrokenProcessPool:
            pass
        lost = [(chunk, fut), *pending]
        pending.clear()
        for c, f in lost:  # one at a time, in order: the culprit cannot take the others down again
            if f.done() and not f.cancelled() and f.exception() is None:
                yield f.result()
            else:
                yield retry(c)
        fresh(processes)

    try:
        for chunk in chunks(items, CHUNK):
            try:
                fut = submit(chunk)
            except BrokenProcessPool:  # broken since the last take: settle what is pending first
                while pending:
                    yield from take()
                fresh(processes)
                fut = submit(chunk)
            pending.append((chunk, fut))
            if len(pending) >= 2 * processes:  # bounded: memory stays flat
                yield from take()
        while pending:
            yield from take()
    finally:
        pools[0].shutdown(wait=True, cancel_futures=True)


@dataclass
class Summary:
    total: int = 0
    ok: int = 0
    skipped: int = 0
    errors: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def line(self) -> str:
        errs = ", ".join(f"{k} {v}" for k, v in sorted(self.errors.items())) or "none"
        rate = self.total / self.seconds if self.seconds else 0.0
        return (f"{self.total} documents: {self.ok} extracted, {sum(self.errors.values())} with errors ({errs}), "
                f"{self.skipped} skipped (already done); {self.seconds:.1f} s, {rate:.1f} docs/s")


def run_batch(inputs: Iterable[str], sinks: list, *, model: str = DEFAULT_MODEL, engine: str = "local",
              processes: int = 1, scheduler: str | None = None, resume: bool = False, published: str | None = None,
              read_options: dict | None = None, progress: bool = False, ex=None) -> Summary:
    """Extract every input into every sink. Returns the counts; never raises for a bad document."""
    inputs = list(inputs)  # the specs (paths, globs, "-"), not the documents
    summary = Summary()
    t0 = time.perf_counter()
    # each sink's own index: a document done in one sink but not in another (a crash between
    # the two writes) is done again for the one that lacks it
    indexes: list[dict[str, str]] = [sink.index() for sink in sinks] if resume else [{} for _ in sinks]
    every = tuple(range(len(sinks)))
    targets: deque = deque()  # for each item in flight, in order: the sinks its record goes to

    def todo() -> Iterator[dict]:
        for item in iter_inputs(inputs):
            want = every
            if resume and any(item["id"] in index for index in indexes):
                h = input_hash(item)
                want = tuple(i for i, index in enumerate(indexes) if index.get(item["id"]) != h)
                if not want:
                    summary.skipped += 1
                    summary.total += 1
                    bar_update(1)
                    continue
                item["_sha"] = h
            targets.append(want)
            yield item

    bar = None
    if progress:
        try:
            from tqdm import tqdm
            bar = tqdm(unit="doc", dynamic_ncols=True, file=sys.stderr, total=count_inputs(inputs))
        except ImportError:  # pragma: no cover - tqdm is a dependency
            bar = None

    def bar_update(n: int) -> None:
        if bar is not None:
            bar.update(n)

    if engine == "local" and processes > 1 and ex is None:
        ex = worker_extractor(model)  # loaded once here, shared by the forked workers
    if engine == "dask":
        from .engine_dask import run_dask
        chunks = run_dask(todo(), model=model, scheduler=scheduler, published=published,
                          read_options=read_options or {}, workers=max(1, processes))
    else:
        chunks = run_local(todo(), model=model, processes=processes, published=published,
                           read_options=read_options, ex=ex)
    try:
        for records in chunks:
            want = [targets.popleft() for _ in records]
            for i, sink in enumerate(sinks):
                mine = [rec for rec, w in zip(records, want) if i in w]
                if mine:
                    sink.write_many(mine)
            for rec in records:
                summary.total += 1
                if rec["errors"]:
                    summary.errors[rec["errors"][0]["code"]] += 1
                else:
                    summary.ok += 1
            bar_update(len(records))
    finally:
        for sink in sinks:
            sink.close()
        if bar is not None:
            bar.close()
    summary.seconds = time.perf_counter() - t0
    return summary
