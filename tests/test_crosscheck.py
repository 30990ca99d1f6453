"""Across documents: disagreements between stories, and claims against a reference table."""
import json
import subprocess
import sys
from pathlib import Path

from extractor.crosscheck import against_reference, disagreements, read_reference

ROOT = Path(__file__).resolve().parent.parent

A = "Ministry of Justice figures show 1,405 registered sex offenders were being managed in West Mercia in 2019-20."
B = "Figures show 1,450 registered sex offenders were being managed in West Mercia in 2019-20."
C = "Figures show 1,405 registered sex offenders were being managed in West Mercia in 2018-19."  # another year
D = "Police made 1,405 arrests in West Mercia in 2019-20."  # another measure


def test_disagreement_between_two_stories(ex):
    recs = [ex.extract(t, doc_id=i) for i, t in (("a", A), ("b", B), ("c", C), ("d", D))]
    (found,) = disagreements(recs)
    assert found["area_code"] == "E23000016" and found["period"] == "2019-04-01/2020-03-31"
    assert found["values"] == [1405, 1450]
    assert sorted(c["doc_id"] for c in found["claims"]) == ["a", "b"]
    assert {c["span"]["text"] for c in found["claims"]} == {"1,405", "1,450"}


def test_agreeing_stories_are_not_reported(ex):
    recs = [ex.extract(A, doc_id="a"), ex.extract(A.replace("Ministry of Justice figures", "Data"), doc_id="b")]
    assert disagreements(recs) == []


def test_reference_table(ex, tmp_path):
    ref = tmp_path / "ref.csv"
    ref.write_text("# official figures\narea,period,measure,value\n"
                   "E23000016,2019-04-01/2020-03-31,registered sex offenders,1405\n"
                   "West Mercia,2019-04-01/2020-03-31,registered sex offenders managed,1450\n", encoding="utf-8")
    rows = read_reference(ref)
    results = against_reference([ex.extract(A, doc_id="a")], rows)
    assert [(r["status"], r["reference"]["value"]) for r in results] == [("pass", 1405), ("fail", 1450)]
    assert "difference of -45" in results[1]["explanation"]


def test_shipped_example_reference_and_cli(tmp_path):
    out = tmp_path / "o.jsonl"
    r = subprocess.run([sys.executable, "-m", "extractor.cli", "batch", str(ROOT / "corpus" / "docs"), "--out", str(out)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([sys.executable, "-m", "extractor.cli", "audit", str(out), "--reference",
                        str(ROOT / "examples" / "reference.csv")], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    results = [json.loads(line) for line in r.stdout.splitlines()]
    assert {x["status"] for x in results} == {"pass"} and len(results) >= 3
    r = subprocess.run([sys.executable, "-m", "extractor.cli", "audit", str(out)], capture_output=True, text=True)
    assert r.returncode == 0 and "facts on which documents disagree" in r.stderr


def test_a_relative_period_of_an_undated_story_is_no_claim(ex):
    from extractor.crosscheck import claims, disagreements
    dated = ex.extract("Kent had 500 registered sex offenders last year.", doc_id="a", published="2021-05-01")
    undated = ex.extract("A report came out in 2021. Kent had 480 registered sex offenders last year.", doc_id="b")
    stat = undated["statistics"][0]
    period = next(p for p in undated["periods"] if p["id"] == stat["period"])
    assert (period["kind"], period["value"]) == ("relative", "2020")  # inferred from the text's year
    assert [c["doc_id"] for c in claims([dated, undated])] == ["a"]
    assert disagreements([dated, undated]) == []
    redated = ex.extract("Kent had 480 registered sex offenders last year.", doc_id="c", published="2021-06-01")
    assert len(disagreements([dated, redated])) == 1  # two dated stories do disagree


def test_a_county_and_its_namesake_force_area_are_one_place(ex):
    # "Kent Police recorded ..." (the force area) and "... in Kent" (the county): one place to a reader
    a = ex.extract("Kent Police recorded 1,200 burglaries in 2023.", doc_id="a")
    b = ex.extract("There were 1,350 burglaries recorded in Kent in 2023.", doc_id="b")
    assert {x["type"] for r in (a, b) for x in r["areas"]} == {"police_force_area", "county"}
    (found,) = disagreements([a, b])
    assert found["values"] == [1200, 1350] and found["period"] == "2023"


def test_a_region_stays_apart_from_its_namesake_force_area(ex):
    a = ex.extract("West Midlands Police recorded 1,200 burglaries in 2023.", doc_id="a")
    b = ex.extract("Across the West Midlands region, 1,350 burglaries were recorded in 2023.", doc_id="b")
    assert [x["type"] for x in b["areas"]] == ["region"]
    assert a["statistics"][0]["measure"] == b["statistics"][0]["measure"]  # (only the places differ)
    assert disagreements([a, b]) == []
