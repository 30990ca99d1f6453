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
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == ("2",)
    assert con.execute("SELECT count(*) FROM statistics_flat WHERE high = 7").fetchone() == (1,)
