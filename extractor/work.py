"""Work items and the per-process worker, shared by the local engine (:mod:`extractor.batch`)
and the Dask engine (:mod:`extractor.engine_dask`): a work item becomes a pipe item (files are
read in whichever process runs the item), and each worker process loads the pipeline once."""
from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterable, Iterator
from typing import Any

#: Documents per chunk handed to a worker.
CHUNK = 16


def input_hash(item: dict) -> str:
    """sha256 of what the item is: the file's bytes, or the item's text."""
    if "path" in item:
        h = hashlib.sha256()
        try:
            if not stat.S_ISREG(os.stat(item["path"]).st_mode):
                return ""  # a FIFO or device: never opened (it could block forever)
            with open(item["path"], "rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    h.update(block)
        except OSError:
            return ""
        return h.hexdigest()
    text = item.get("text")
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest() if isinstance(text, str) else ""


def to_pipe_item(item: dict, published: str | None, read_options: dict) -> dict:
    """A work item → an Extractor.pipe item (reads the file here, in whichever process runs it)."""
    from .api import document_item

    if "error" in item:
        return {"text": "", "id": item["id"], "source": item.get("source"), "error": item["error"]}
    if "path" in item:
        out = document_item(item["path"], published=published, **read_options)
        out["id"] = item["id"]
        return out
    return {"text": item.get("text"), "id": item["id"], "source": item.get("source"),
            "published": published or item.get("published")}


def safe_pipe_item(item: dict, published: str | None, read_options: dict) -> dict:
    """:func:`to_pipe_item`, with anything unexpected in reading turned into an error item."""
    try:
        return to_pipe_item(item, published, read_options)
    except Exception as exc:  # noqa: BLE001 - one bad input must not end the run
        return {"text": "", "id": item.get("id"), "source": item.get("source") or item.get("path"),
                "error": ("unreadable", f"the input could not be read: {type(exc).__name__}: {exc}"[:300])}


def extract_items(ex, items: list[dict], published: str | None, read_options: dict) -> list[dict]:
    """Records for a chunk of work items (each stamped with its input hash: the reader's hash
    of the bytes it read, so a file is read once)."""
    read_options = dict(read_options)
    budget = read_options.pop("time_budget", ...)  # (the CLI's --time-budget travels with the read options)
    pipe_items = [safe_pipe_item(it, published, read_options) for it in items]
    if budget is not ...:
        for p in pipe_items:
            p["time_budget"] = budget
    hashes = [it.get("_sha") or p.get("input_sha256") or input_hash(it) for it, p in zip(items, pipe_items)]
    records = list(ex.pipe(pipe_items, batch_size=CHUNK))
    for rec, h in zip(records, hashes):
        rec["document"]["input_sha256"] = h
    return records


def lost_records(chunk: list[dict], why: str) -> list[dict]:
    """Error records (``worker_lost``) for a chunk whose worker died: one per item, without an
    input hash, so ``--resume`` does them again."""
    from .record import error_record

    return [error_record("", doc_id=it["id"], source=it.get("source") or it.get("path"), published=None,
                         code="worker_lost", message=why[:300]) for it in chunk]


# --- one pipeline per worker process ---------------------------------------------------------

#: The pipeline loaded in this process, by model name.
WORKERS: dict[str, Any] = {}


def worker_extractor(model: str):
    ex = WORKERS.get(model)
    if ex is None:
        from . import load
        ex = WORKERS[model] = load(model)
    return ex


def worker_chunk(model: str, items: list[dict], published, read_options) -> list[dict]:
    return extract_items(worker_extractor(model), items, published, read_options)


def chunks(items: Iterable[dict], size: int) -> Iterator[list[dict]]:
    chunk: list[dict] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
