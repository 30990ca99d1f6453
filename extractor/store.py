"""The SQLite store: records (format 1.1) into normalised tables (schema in ``store.sql``), and flat
exports for spreadsheets and pandas.

Writes are transactional (one transaction per chunk of records); a record for an id already
stored replaces it (its rows are deleted through ``ON DELETE CASCADE`` first). WAL mode lets
readers query while a batch is writing.
"""
from __future__ import annotations

import csv
import json
import sqlite3
from importlib import resources
from pathlib import Path

SCHEMA_VERSION = "3"
#: Columns added since schema version 1: (table, column, type). Opening an older store adds them.
ADDED_COLUMNS = (("documents", "published_from", "TEXT"), ("statistics", "high", "REAL"),
                 ("statistics", "direction", "TEXT"), ("statistics", "currency", "TEXT"),
                 ("quotes", "partial", "INTEGER"), ("statistics", "unit", "TEXT"))
FLAT_COLUMNS = ("doc_id", "source", "published", "stat_id", "kind", "value", "high", "direction", "currency", "unit",
                "qualifier", "per", "population",
                "measure", "area", "area_code", "area_type", "period", "period_kind", "period_text", "text",
                "number", "start", "end", "page", "sentence", "rule", "area_rule", "period_rule")


_DOC_COLS = ("id", "source", "format", "published", "sha256", "input_sha256", "length", "pages", "status", "record",
             "published_from")
_STAT_COLS = ("doc_id", "id", "kind", "value", "qualifier", "per", "population", "measure", "area_id", "period_id",
              "text", "number", "start", "end", "page", "sentence", "rule", "area_rule", "period_rule",
              "high", "direction", "currency", "unit")
_QUOTE_COLS = ("doc_id", "id", "kind", "text", "start", "end", "page", "paragraphs", "speaker_name",
               "speaker_description", "speaker_role", "speaker_organisation", "cue", "rule", "confidence", "partial")


def schema_sql() -> str:
    return resources.files("extractor").joinpath("store.sql").read_text(encoding="utf-8")


class StoreError(Exception):
    """A store that cannot be used: not an SQLite file, not one of ours, locked, missing."""


#: Seconds to wait for another writer's lock before giving up with a StoreError.
LOCK_TIMEOUT = 10.0


def _store_error(path: Path, exc: sqlite3.Error) -> StoreError:
    msg = str(exc)
    if "locked" in msg or "busy" in msg:
        return StoreError(f"{path}: the database is locked by another program (waited {LOCK_TIMEOUT:g} s)")
    if "not a database" in msg or "malformed" in msg or "encrypted" in msg:
        return StoreError(f"{path}: not an SQLite database ({msg})")
    return StoreError(f"{path}: {msg}")


class Store:
    """``create=False`` (export, audit): the store must exist and have been made by
    ``extractor batch --db``; nothing is created or changed."""

    def __init__(self, path: str | Path, *, create: bool = True):
        self.path = Path(path)
        self.db = None
        if not create and not self.path.is_file():
            raise StoreError(f"no such store: {self.path}")
        try:
            if create:
                self.db = sqlite3.connect(self.path, timeout=LOCK_TIMEOUT)
                self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA foreign_keys = ON")
                self._migrate()  # before the script, whose view needs the new columns
                self.db.executescript(schema_sql())
                self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
                self.db.commit()
            else:
                self.db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=LOCK_TIMEOUT)
                tables = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master")}
                if not {"documents", "statistics_flat"} <= tables:
                    raise StoreError(f"{self.path}: not a store written by extractor batch --db "
                                     "(no documents table)")
        except sqlite3.Error as exc:
            self._abandon()
            raise _store_error(self.path, exc) from None
        except StoreError:
            self._abandon()
            raise

    def _abandon(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None

    def _migrate(self) -> None:
        """Add the columns a store made by an older version lacks (tables are never rebuilt)."""
        for table, column, kind in ADDED_COLUMNS:
            have = {row[1] for row in self.db.execute(f"PRAGMA table_info({table})")}
            if have and column not in have:  # no columns: a new store, made by the script
                self.db.execute(f'ALTER TABLE {table} ADD COLUMN "{column}" {kind}')

    def _insert(self, table: str, columns: tuple[str, ...], rows) -> None:
        names = ", ".join(f'"{c}"' for c in columns)
        self.db.executemany(f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})", rows)

    def index(self) -> dict[str, str]:
        try:
            return {i: h or "" for i, h in self.db.execute("SELECT id, input_sha256 FROM documents")}
        except sqlite3.Error as exc:
            raise _store_error(self.path, exc) from None

    def write_many(self, records: list[dict]) -> None:
        try:
            with self.db:  # one transaction
                for rec in records:
                    self._write(rec)
        except sqlite3.Error as exc:
            raise _store_error(self.path, exc) from None

    def _write(self, rec: dict) -> None:
        d = rec["document"]
        db = self.db
        db.execute("DELETE FROM documents WHERE id = ?", (d["id"],))
        self._insert("documents", _DOC_COLS, [
            (d["id"], d.get("source"), d["format"], d.get("published"), d["sha256"], d.get("input_sha256"),
             d["length"], len(d["pages"]) if d.get("pages") else None,
             "error" if rec["errors"] else "ok", json.dumps(rec, ensure_ascii=False), d.get("published_from"))])
        db.executemany("INSERT INTO errors VALUES (?,?,?)", [(d["id"], e["code"], e["message"]) for e in rec["errors"]])
        db.executemany("INSERT INTO areas VALUES (?,?,?,?,?,?,?,?,?)", [
            (d["id"], a["id"], a["name"], a["type"], a["code"], len(a["mentions"]),
             a["mentions"][0]["start"] if a["mentions"] else None, a["mentions"][0]["end"] if a["mentions"] else None,
             a["mentions"][0]["page"] if a["mentions"] else None) for a in rec["areas"]])
        db.executemany("INSERT INTO periods VALUES (?,?,?,?,?,?,?,?)", [
            (d["id"], p["id"], p["kind"], p["value"], p["span"]["text"], p["span"]["start"], p["span"]["end"],
             p["span"]["page"]) for p in rec["periods"]])
        self._insert("statistics", _STAT_COLS, [
            (d["id"], s["id"], s["kind"], s["value"], s["qualifier"], s["per"], s["population"], s["measure"],
             s["area"], s["period"], s["span"]["text"], s["number"]["text"], s["span"]["start"], s["span"]["end"],
             s["number"]["page"], s["sentence"]["text"], s["rule"], s["links"]["area"], s["links"]["period"],
             s.get("high"), s.get("direction"), s.get("currency"), s.get("unit"))
            for s in rec["statistics"]])
        rows = []
        for kind, items in (("quote", rec["quotes"]), ("statement", rec.get("statements", []))):
            for q in items:
                sp = q["speaker"]
                rows.append((d["id"], q["id"], kind, q["span"]["text"], q["span"]["start"], q["span"]["end"],
                             q["span"]["page"], len(q["paragraphs"]), sp["name"], sp["description"], sp["role"],
                             sp["organisation"], q["cue"], q["rule"], q.get("confidence"), int(bool(q.get("partial")))))
        self._insert("quotes", _QUOTE_COLS, rows)
        db.executemany("INSERT INTO checks VALUES (?,?,?,?,?,?,?,?,?)", [
            (d["id"], c["id"], c["kind"], c["status"], json.dumps(c["statistics"]), c.get("expected"), c.get("found"),
             c.get("tolerance"), c["explanation"]) for c in rec.get("checks", [])])

    def flat_rows(self):
        columns = ", ".join(f'"{c}"' for c in FLAT_COLUMNS)
        cur = self.db.execute(f"SELECT {columns} "
                              "FROM statistics_flat ORDER BY doc_id, CAST(substr(stat_id, 2) AS INTEGER)")
        yield from cur

    def records(self):
        for (rec,) in self.db.execute("SELECT record FROM documents ORDER BY id"):
            yield json.loads(rec)

    def close(self) -> None:
        if self.db is not None:
            try:
                self.db.commit()
            finally:
                self.db.close()
                self.db = None


#: First characters that make a spreadsheet read a cell as a formula (OWASP: CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """A value as a CSV cell: integral numbers as integers (982, not 982.0), and text that a
    spreadsheet would run as a formula prefixed with a single quote (OWASP's advice).

    >>> csv_cell(982.0), csv_cell(45.5), csv_cell("=1+2"), csv_cell("-5"), csv_cell("Kent")
    (982, 45.5, "'=1+2", "'-5", 'Kent')
    """
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _plain(value):
    return int(value) if isinstance(value, float) and value.is_integer() else value


def export(db_path: str | Path, out: str | Path, fmt: str) -> int:
    """Write one row per statistic (with its document, area and period) as csv, jsonl or
    parquet. Returns the number of rows."""
    store = Store(db_path, create=False)
    out = Path(out)
    n = 0
    try:
        if fmt == "csv":
            with out.open("w", newline="", encoding="utf-8") as fh:
                w = csv.writer(fh)
                w.writerow(FLAT_COLUMNS)
                for row in store.flat_rows():
                    w.writerow([csv_cell(v) for v in row])
                    n += 1
        elif fmt == "jsonl":
            with out.open("w", encoding="utf-8") as fh:
                for row in store.flat_rows():
                    fh.write(json.dumps({c: _plain(v) for c, v in zip(FLAT_COLUMNS, row)}, ensure_ascii=False) + "\n")
                    n += 1
        elif fmt == "parquet":
            try:
                import pyarrow as pa
                import pyarrow.parquet as pq
            except ImportError:
                raise RuntimeError("parquet export needs pyarrow: pip install 'extractor[parquet]'") from None
            rows = list(store.flat_rows())
            table = pa.table({c: [r[i] for r in rows] for i, c in enumerate(FLAT_COLUMNS)})
            pq.write_table(table, out)
            n = len(rows)
        else:
            raise ValueError(f"unknown export format {fmt!r}")
    except sqlite3.Error as exc:
        raise _store_error(store.path, exc) from None
    finally:
        store.close()
    return n
