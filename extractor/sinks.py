"""Where batch records go: JSON Lines files and the SQLite store.

A sink has ``index()`` (id → input hash of what it already holds, for ``--resume``),
``write_many(records)`` and ``close()``.

JSON Lines are written so that a run killed at any instant (even ``kill -9``) leaves every
complete record intact: each record is one ``os.write`` of one line to a file opened with
``O_APPEND``, flushed to disk every few seconds and at the end. At worst the last line is cut
short; opening the file again (``--resume``) truncates that torn line, so no half-written
record survives. A record that replaces an older one for the same id (its input changed) is
appended, and the file is compacted (last record per id, written to a temporary file and
renamed over the original) when the run ends.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path


class JsonlSink:
    def __init__(self, path: str | Path, *, fsync_every: float = 2.0):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._index: dict[str, str] = {}
        self._replaced = False
        self._repair()
        self.fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        self.fsync_every = fsync_every
        self._last_sync = time.monotonic()

    def _repair(self) -> None:
        """Index the complete records; cut a torn last line left by a killed run."""
        if not self.path.exists():
            return
        good_end = 0
        with self.path.open("rb") as fh:
            for raw in fh:
                if not raw.endswith(b"\n"):
                    break
                try:
                    rec = json.loads(raw)
                    doc = rec["document"]
                except (ValueError, KeyError, TypeError):
                    break
                self._index[doc["id"]] = doc.get("input_sha256") or ""
                good_end += len(raw)
        if good_end < self.path.stat().st_size:
            with self.path.open("r+b") as fh:
                fh.truncate(good_end)

    def index(self) -> dict[str, str]:
        return dict(self._index)

    def write_many(self, records: list[dict]) -> None:
        for rec in records:
            doc_id = rec["document"]["id"]
            if doc_id in self._index:
                self._replaced = True
            self._index[doc_id] = rec["document"].get("input_sha256") or ""
            os.write(self.fd, (json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8"))
        if time.monotonic() - self._last_sync > self.fsync_every:
            os.fsync(self.fd)
            self._last_sync = time.monotonic()

    def close(self) -> None:
        if self.fd is None:
            return
        os.fsync(self.fd)
        os.close(self.fd)
        self.fd = None
        if self._replaced:
            self._compact()

    def _compact(self) -> None:
        last: dict[str, int] = {}
        with self.path.open("rb") as fh:
            lines = fh.readlines()
        for i, raw in enumerate(lines):
            last[json.loads(raw)["document"]["id"]] = i
        keep = sorted(last.values())
        tmp = self.path.with_suffix(self.path.suffix + ".tmp")
        with tmp.open("wb") as fh:
            for i in keep:
                fh.write(lines[i])
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)


class SqliteSink:
    def __init__(self, path: str | Path):
        from .store import Store
        self.store = Store(path)

    def index(self) -> dict[str, str]:
        return self.store.index()

    def write_many(self, records: list[dict]) -> None:
        self.store.write_many(records)

    def close(self) -> None:
        self.store.close()
