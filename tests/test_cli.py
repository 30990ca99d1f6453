import json
from pathlib import Path

from typer.testing import CliRunner

from extractor.cli import app

runner = CliRunner()


def test_extract_writes_a_record(corpus_docs, tmp_path):
    path = next(p for p in corpus_docs if p.name.startswith("002_"))
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["extract", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    rec = json.loads(out.read_text())
    assert rec["document"]["id"] == "002_c963fb15cedede42"
    assert any(s["value"] == 1405 for s in rec["statistics"])


def test_extract_jsonl_one_line_per_input_even_for_missing_files(corpus_docs, tmp_path):
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(corpus_docs[0]), str(tmp_path / "missing.txt"),
                                 "--format", "jsonl", "--out", str(out)])
    assert result.exit_code == 1
    assert "missing.txt" in result.output
    lines = out.read_text().splitlines()
    assert len(lines) == 2 and json.loads(lines[1])["errors"][0]["code"] == "not_found"


def test_extract_rejects_a_bad_date(corpus_docs):
    result = runner.invoke(app, ["extract", str(corpus_docs[0]), "--published", "10/11/2020"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output and "Traceback" not in result.output


def test_extract_rejects_an_unknown_model(corpus_docs):
    result = runner.invoke(app, ["extract", str(corpus_docs[0]), "--model", "no_such_model"])
    assert result.exit_code == 2 and "not installed" in result.output


def test_binary_input_gets_a_clear_error(tmp_path):
    bad = tmp_path / "junk.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    result = runner.invoke(app, ["extract", str(bad)])
    assert result.exit_code == 1 and "binary" in result.output
