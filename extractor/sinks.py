"""Where batch records go: JSON Lines files and the SQLite store.

A sink has ``index()`` (id → input hash of what it already holds, for ``--resume``),
``write_many(records)`` and ``close()``.

JSON Lines are written so that a run killed at any instant (even ``kill -9``) leaves every
complete record intact: each record is one ``os.write`` of one line to a file opened with
``O_APPEND``, flushed to disk every few seconds and at the end. At worst the last line is cut
short; opening the file again (``--resume``) truncates that torn line, so no half-written
record survives. Only that torn last line is ever cut, and only with ``resume``: a file that is
not a records file (or has a bad line before its end) is refused with :class:`SinkError`,
never truncated or written over. A record that replaces an older one for the same id (its input changed) is
appended, and the file is compacted (last record per id, written to a temporary file and
renamed over the original) when the run ends.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path


class SinkError(Exception):
    """An output that cannot be used as it is (not a records file, a damaged one)."""


def _record_id(raw: bytes) -> tuple[str, str] | None:
    """(id, input hash) of one complete JSON Lines record, or None when the line is not one."""
    try:
        doc = json.loads(raw)["document"]
        doc_id = doc["id"]
    except (ValueError, KeyError, TypeError):
        return None
    if not isinstance(doc_id, str):
        return None
    return doc_id, doc.get("input_sha256") or ""


def encode_record(rec: dict) -> bytes:
    """One record as one line of UTF-8 JSON (a string UTF-8 cannot hold, such as a lone
    surrogate, is written as a JSON escape: the line stays valid and reads back the same)."""
    try:
        return (json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(rec) + "\n").encode("ascii")


class JsonlSink:
    """``resume``: a torn last line (a run killed mid-write) is cut; without it such a file is
    refused. Either way a file that is not a records file is never touched."""

    def __init__(self, path: str | Path, *, fsync_every: float = 2.0, resume: bool = False):
        self.path = Path(path)
        if self.path.is_dir():
            raise SinkError(f"{self.path} is a folder; give a file, or a folder with a trailing slash")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._index: dict[str, str] = {}
        self._replaced = False
        self._repair(resume)
        self.fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        self.fsync_every = fsync_every
        self._last_sync = time.monotonic()

    def _repair(self, resume: bool) -> None:
        """Index the complete records; with ``resume`` cut a torn last line left by a killed run."""
        if not self.path.exists():
            return
        good_end = 0
        bad: tuple[int, bytes] | None = None
        with self.path.open("rb") as fh:
            for n, raw in enumerate(fh, 1):
                if bad is not None:  # a bad line with more after it: not a torn end
                    raise SinkError(f"{self.path}: line {bad[0]} is not a record (and is not the last line); "
                                    "not a records file, or a damaged one: refusing to write to it")
                found = _record_id(raw) if raw.endswith(b"\n") else None
                if found is None:
                    bad = (n, raw)
                    continue
                self._index[found[0]] = found[1]
                good_end += len(raw)
        if bad is None:
            return
        if not self._index and not (resume and bad[0] == 1 and bad[1].startswith(b'{"schema_version"')):
            raise SinkError(f"{self.path} exists and is not a records file (JSON Lines of records): "
                            "refusing to write over it")
        if not resume:
            raise SinkError(f"{self.path} ends with a torn line (a run was cut short): "
                            "use --resume to cut it and carry on")
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
            os.write(self.fd, encode_record(rec))
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
