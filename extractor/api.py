"""The Python API: ``load()`` once, then ``extract()`` or ``pipe()`` many documents."""
from __future__ import annotations

import datetime as dt
import gc
import json
import logging
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from importlib import resources
from typing import Any

from spacy.language import Language

from . import budget, record
from .pipeline import DEFAULT_MODEL, build
from .extensions import set_text
from .published import find_published

log = logging.getLogger(__name__)

#: Documents longer than this (characters) get a ``too_large`` error record.
MAX_CHARS = 2_000_000
#: Seconds a document may spend in the pipeline before it gets a ``timeout`` error record.
TIME_BUDGET = 30.0


class Extractor:
    """A loaded pipeline. Thread-compatible for reading; create one per process."""

    def __init__(self, nlp: Language, *, max_chars: int = MAX_CHARS, time_budget: float | None = TIME_BUDGET):
        self.nlp = nlp
        self.max_chars = max_chars
        self.time_budget = time_budget
        nlp.max_length = max(nlp.max_length, max_chars + 1)

    def extract(self, text: str, *, doc_id: str | None = None, published: str | None = None,
                source: str | None = None) -> dict[str, Any]:
        """The v1 record for one text. ``published`` (YYYY-MM-DD) defaults to a leading ` date` line."""
        return next(self.pipe([{"text": text, "id": doc_id, "published": published, "source": source}]))

    def extract_item(self, item: dict) -> dict[str, Any]:
        """The record for one pipe item (a dict with text/id/published/source[/format/layout])."""
        return next(self.pipe([item]))

    def extract_file(self, path, *, published: str | None = None, **read_options) -> dict[str, Any]:
        """The record for a file of any supported kind (text, HTML, PDF), or its error record."""
        return next(self.pipe_files([path], published=published, **read_options))

    def pipe_files(self, paths: Iterable, *, published: str | None = None, batch_size: int = 16,
                   explain: bool = False, **read_options) -> Iterator[dict[str, Any]]:
        """Records for files, in order; a file that cannot be read gets an error record."""
        return self.pipe((document_item(p, published=published, **read_options) for p in paths),
                         batch_size=batch_size, explain=explain)

    def pipe(self, items: Iterable[str | dict], *, batch_size: int = 16,
             explain: bool = False) -> Iterator[dict[str, Any]]:
        """Records for many documents (strings, or dicts with text/id/published/source), in order.

        Every input yields exactly one record; a document that fails gets an error record.
        ``explain``: each record also gets ``explain.numbers``, every number the rules saw with
        the id of the rule that accepted or rejected it.
        """
        def prepared() -> Iterator[tuple[dict, str | None]]:
            for item in items:
                meta = {"text": item} if isinstance(item, str) else dict(item) if isinstance(item, dict) \
                    else {"text": item}
                _clean_meta(meta)
                text = meta.get("text")
                problem = meta.pop("error", None) or _problem(text, self.max_chars) or _bad_published(meta)
                if problem is None:
                    try:
                        found, found_from, datelines = find_published(text)
                    except Exception as exc:  # noqa: BLE001 - one bad document must not end the run
                        code = "timeout" if isinstance(exc, TimeoutError) else "extraction_failed"
                        yield meta, (code, (str(exc) or type(exc).__name__)[:300])
                        continue
                    meta["datelines"] = [(d.start, d.end) for d in datelines]
                    if meta.get("published"):
                        meta.setdefault("published_from", "argument")
                    else:
                        meta["published"], meta["published_from"] = found, found_from
                elif meta.get("published"):
                    meta.setdefault("published_from", "argument")
                yield meta, problem

        buffer: list[tuple[dict, str | None]] = []
        for entry in prepared():
            buffer.append(entry)
            if len(buffer) >= batch_size:
                yield from self._run(buffer, explain)
                buffer = []
        if buffer:
            yield from self._run(buffer, explain)

    def _run(self, batch: list[tuple[dict, tuple[str, str] | None]], explain: bool = False) -> Iterator[dict[str, Any]]:
        with fewer_collections():  # (the batch's work only: not while the caller holds a record)
            done = self._records(batch, explain)
        for meta, problem in batch:
            if id(meta) in done:
                yield done[id(meta)]
            elif problem is not None:
                code, message = problem
                text = meta.get("text") if isinstance(meta.get("text"), str) else ""
                yield record.error_record(text if code != "too_large" else "", doc_id=meta.get("id"),
                                          source=meta.get("source"), published=meta.get("published"),
                                          code=code, message=message, fmt=meta.get("format", "text"))
            else:  # pragma: no cover - every good document is in done
                yield _failed(meta, "extraction_failed", RuntimeError("no record was made"))

    def _records(self, batch: list[tuple[dict, tuple[str, str] | None]], explain: bool) -> dict[int, dict]:
        """The record of each document of the batch that could be read, by ``id`` of its meta."""
        done: dict[int, dict] = {}
        good = []
        for meta, problem in batch:
            if problem is None:
                try:
                    good.append((meta, self._make_doc(meta)))
                except Exception as exc:  # noqa: BLE001 - reported as data
                    log.exception("extraction failed for %s", meta.get("id"))
                    done[id(meta)] = _failed(meta, "extraction_failed", exc)
        try:
            docs = list(self.nlp.pipe(d for _, d in good))
        except Exception:  # one bad document must not sink the batch: retry one by one
            docs = []
            for meta, d in good:
                try:
                    if budget.used_up(d):
                        raise budget.DocumentTimeout(f"the document used up its {d._.time_budget:g} s time budget")
                    budget.reset(d)  # a fresh budget for the retry of a document that had not used it up
                    docs.append(self.nlp(d))
                except Exception as exc:  # noqa: BLE001 - reported as data
                    timeout = isinstance(exc, TimeoutError)
                    if not timeout:
                        log.exception("extraction failed for %s", meta.get("id"))
                    done[id(meta)] = record.error_record(
                        meta.get("text") or "", doc_id=meta.get("id"), source=meta.get("source"),
                        published=meta.get("published"), code="timeout" if timeout else "extraction_failed",
                        message=str(exc) or type(exc).__name__, fmt=meta.get("format", "text"))
                    docs.append(None)
        for (meta, _), doc in zip(good, docs):
            if doc is not None:
                try:
                    rec = record.from_doc(doc, doc_id=meta.get("id"), source=meta.get("source"),
                                          published=meta.get("published"), fmt=meta.get("format", "text"),
                                          layout=meta.get("layout"), published_from=meta.get("published_from"))
                except Exception as exc:  # noqa: BLE001 - reported as data
                    log.exception("serialising the record failed for %s", meta.get("id"))
                    done[id(meta)] = _failed(meta, "extraction_failed", exc)
                    continue
                # what the reader read, but not all of it: a PDF cut at the page limit ("truncated")
                rec["errors"].extend(dict(w) for w in getattr(meta.get("layout"), "warnings", None) or [])
                done[id(meta)] = rec
                if explain:
                    done[id(meta)]["explain"] = {"numbers": [d.__dict__.copy() for d in doc._.number_decisions or []]}
        return done

    def _make_doc(self, meta: dict):
        doc = self.nlp.make_doc(meta["text"])
        set_text(doc, meta["text"])
        doc._.published = meta.get("published")
        doc._.published_from = meta.get("published_from")
        doc._.datelines = meta.get("datelines") or []
        doc._.time_budget = meta.get("time_budget", self.time_budget)
        return doc


#: the garbage collector's youngest-generation threshold while a batch runs (CPython's default is 700)
BATCH_GEN0_THRESHOLD = 10_000


@contextmanager
def fewer_collections(threshold: int = BATCH_GEN0_THRESHOLD):
    """Run the block with the cyclic garbage collector's youngest generation collected every
    ``threshold`` new container objects instead of CPython's default 700, then put the old
    thresholds back.

    A batch of articles makes millions of short-lived objects (tokens' strings, matches, spans,
    dicts of the records) that reference counting frees at once; at the default threshold the
    collector still stops every 700 allocations to walk the young ones, and every tenth of those
    walks the middle generation too: ~2% of a batch's run time in an in-process A/B (alternating
    chunks of 32 documents, 100 chunks each; 1.5-2.1% at thresholds of 3,000 to 50,000). The
    objects a larger threshold leaves waiting are at most that many, so memory does not grow. It
    is set only around the batch's own work, never while the caller holds a record, and is left
    alone when the collector is disabled or already collects less often (a caller's choice; and a
    second thread's batch while one is running)."""
    old = gc.get_threshold()
    if not gc.isenabled() or old[0] == 0 or old[0] >= threshold:
        yield
        return
    gc.set_threshold(threshold, *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def document_item(path, *, published: str | None = None, **read_options) -> dict:
    """A pipe item for a file: its text and metadata, or the reader's error (as data)."""
    from pathlib import Path

    from .readers import ReadError, read_document, sniff

    path = Path(path)
    try:
        d = read_document(path, **read_options)
    except ReadError as exc:
        return {"text": "", "id": path.stem, "source": str(path), "published": published,
                "format": sniff(b"", path.suffix), "error": (exc.code, exc.message)}
    return {"text": d.text, "id": d.id, "source": d.source, "published": published or d.published,
            "published_from": "argument" if published else "metadata" if d.published else None,
            "format": d.format, "layout": d.layout, "input_sha256": d.input_sha256}


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_str(value: Any) -> str | None:
    """An id, source or date as a string that can be written as UTF-8 (lone surrogates, which
    JSON can carry but no file or database can store, become U+FFFD)."""
    if value is None:
        return None
    if not isinstance(value, str):
        value = json.dumps(value, ensure_ascii=False, default=str) if isinstance(value, (dict, list)) else str(value)
    return value if value.isascii() else _SURROGATE.sub("\ufffd", value)


def _clean_meta(meta: dict) -> None:
    for key in ("id", "source", "published"):
        if meta.get(key) is not None:
            meta[key] = clean_str(meta[key])


def _failed(meta: dict, code: str, exc: BaseException) -> dict:
    text = meta.get("text") if isinstance(meta.get("text"), str) else ""
    return record.error_record(text, doc_id=meta.get("id"), source=meta.get("source"),
                               published=meta.get("published"), code=code,
                               message=(str(exc) or type(exc).__name__)[:300], fmt=meta.get("format", "text"))


def _bad_published(meta: dict) -> tuple[str, str] | None:
    value = meta.get("published")
    if value in (None, ""):
        meta["published"] = None
        return None
    try:
        meta["published"] = dt.date.fromisoformat(value[:10]).isoformat()  # "2020-11-10T06:00Z" too
    except ValueError:
        bad = meta.pop("published")
        return "bad_input", f"published must be a date as YYYY-MM-DD, not {bad[:40]!r}"
    return None


def _problem(text: Any, max_chars: int) -> tuple[str, str] | None:
    if not isinstance(text, str):
        return "not_text", f"expected text, got {type(text).__name__}"
    if not text.isascii() and _SURROGATE.search(text):
        pos = _SURROGATE.search(text).start()
        return "decode_error", f"the text has a lone surrogate (U+{ord(text[pos]):04X}) at character {pos}: not valid Unicode"
    if not text.strip():
        return "empty_document", "the document has no text"
    if len(text) > max_chars:
        return "too_large", f"the document has {len(text):,} characters; the limit is {max_chars:,}"
    return None


def load(model: str = DEFAULT_MODEL, *, max_chars: int = MAX_CHARS,
         time_budget: float | None = TIME_BUDGET) -> Extractor:
    """Load the spaCy pipeline ``model`` (any installed pipeline name) once, with our components.

    Limits: documents over ``max_chars`` characters get ``too_large``; a document still in the
    pipeline after ``time_budget`` seconds gets ``timeout`` (None: no limit)."""
    ex = Extractor(build(model), max_chars=max_chars, time_budget=time_budget)
    _warm(ex)
    _freeze_loaded()
    return ex


def _warm(ex: Extractor) -> None:
    """Run the packaged sample article (``patterns/warmup.txt``, written for this: every kind of
    figure, period, place and quotation the rules know) through the pipeline once.

    The rule sets compile lazily, on the first document that needs each one; that is ~0.14 s of
    one-off work, ten times a document's own cost. Paid here it is part of loading, so a service's
    first request is not the slow one, and the compiled rules are frozen out of the garbage
    collector's sight with the model (below) instead of being walked by every full collection."""
    text = resources.files("extractor.patterns").joinpath("warmup.txt").read_text(encoding="utf-8")
    rec = ex.extract(text, doc_id="warmup")
    if rec["errors"]:  # pragma: no cover - the sample is ours; a failure here is a bug to see
        log.warning("the warm-up article did not extract cleanly: %s", rec["errors"])


def _freeze_loaded() -> None:
    """Move what is alive now (the model, the gazetteer, the compiled rules: ~100,000 objects that
    live as long as the process) out of the cyclic garbage collector's sight, after collecting
    what is garbage already. Every later full collection would walk them again for nothing:
    ~2.5% of the run time on a batch of articles. Objects made later are collected as before."""
    gc.collect()
    gc.freeze()
