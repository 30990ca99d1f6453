"""The SQLite store keeps the record 1.1 fields, and opens stores made by the previous version."""
import csv
import sqlite3
from pathlib import Path

from extractor.store import Store, export

V1_SQL = Path(__file__).parent / "data" / "store_v1.sql"
TEXT = "Between 5 and 7 per cent of homes were empty, and rents rose by £25 a week."


def test_new_fields_reach_the_tables_and_the_export(ex, tmp_path):
    rec = ex.extract(TEXT, doc_id="t1", published="2021-01-01")
    db = tmp_path / "s.sqlite"
    store = Store(db)
    store.write_many([rec])
    store.close()
    rows = sqlite3.connect(db).execute("SELECT value, high, direction, currency FROM statistics ORDER BY id").fetchall()
    assert (5.0, 7.0, None, None) in rows and (25.0, None, "up", "GBP") in rows
    assert sqlite3.connect(db).execute("SELECT published_from FROM documents").fetchone() == ("argument",)
    n = export(db, tmp_path / "flat.csv", "csv")
    flat = list(csv.DictReader((tmp_path / "flat.csv").open(encoding="utf-8")))
    assert n == len(flat) == 2 and {r["currency"] for r in flat} == {"", "GBP"}


def test_a_quantity_keeps_its_unit_in_the_store_and_the_export(ex, tmp_path):
    rec = ex.extract("Crews laid 12 km of new road and collected 4,500 tonnes of waste.", doc_id="u1")
    db = tmp_path / "u.sqlite"
    store = Store(db)
    store.write_many([rec])
    store.close()
    rows = sqlite3.connect(db).execute("SELECT value, kind, unit FROM statistics ORDER BY id").fetchall()
    assert rows == [(12.0, "quantity", "km"), (4500.0, "quantity", "tonne")]
    export(db, tmp_path / "flat.csv", "csv")
    assert [r["unit"] for r in csv.DictReader((tmp_path / "flat.csv").open(encoding="utf-8"))] == ["km", "tonne"]


def test_a_store_made_by_version_1_is_upgraded_in_place(ex, tmp_path):
    db = tmp_path / "old.sqlite"
    con = sqlite3.connect(db)
    con.executescript(V1_SQL.read_text(encoding="utf-8"))
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.commit()
    con.close()
    store = Store(db)
    store.write_many([ex.extract(TEXT, doc_id="t2")])
    store.close()
    con = sqlite3.connect(db)
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == ("3",)
    assert "unit" in {row[1] for row in con.execute("PRAGMA table_info(statistics)")}
    assert con.execute("SELECT count(*) FROM statistics_flat WHERE high = 7").fetchone() == (1,)


def test_csv_export_escapes_formulas_and_writes_counts_as_integers(ex, tmp_path):
    text = "Kent had 982 offenders in 2020, and 5.5 per cent more."
    rec = ex.extract(text, doc_id="=HYPERLINK(\"http://evil\")", source="+cmd|' /C calc'!A0")
    db = tmp_path / "s.sqlite"
    store = Store(db)
    store.write_many([rec])
    store.close()
    export(db, tmp_path / "flat.csv", "csv")
    rows = list(csv.DictReader((tmp_path / "flat.csv").open(encoding="utf-8")))
    assert {r["doc_id"] for r in rows} == {"'=HYPERLINK(\"http://evil\")"}
    assert {r["source"] for r in rows} == {"'+cmd|' /C calc'!A0"}
    values = {r["number"]: r["value"] for r in rows}
    assert values["982"] == "982" and values["5.5"] == "5.5"
    export(db, tmp_path / "flat.jsonl", "jsonl")
    assert '"value": 982,' in (tmp_path / "flat.jsonl").read_text(encoding="utf-8")


def test_csv_cells_starting_like_formulas_are_quoted():
    from extractor.store import csv_cell
    assert [csv_cell(v) for v in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "Kent", "", None)] == \
        ["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx", "Kent", "", None]
    assert csv_cell(-3.0) == -3 and csv_cell(2.5) == 2.5


def test_export_refuses_what_is_not_a_store(tmp_path):
    import pytest

    from extractor.store import StoreError
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="not an SQLite database"):
        export(junk, tmp_path / "o.csv", "csv")
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    with pytest.raises(StoreError, match="not a store"):
        export(empty, tmp_path / "o.csv", "csv")
    assert empty.read_bytes() == b""  # not made into a store
    with pytest.raises(StoreError, match="no such store"):
        export(tmp_path / "missing.sqlite", tmp_path / "o.csv", "csv")
    assert not (tmp_path / "missing.sqlite").exists()
