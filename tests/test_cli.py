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


def test_extract_format_follows_the_out_suffix_unless_given(corpus_docs, tmp_path):
    # "--out records.jsonl" means JSON Lines (one record per line); "--format json" still wins
    two = [str(corpus_docs[0]), str(corpus_docs[1])]
    assert runner.invoke(app, ["extract", *two, "--out", str(tmp_path / "a.jsonl")]).exit_code == 0
    lines = (tmp_path / "a.jsonl").read_text().splitlines()
    assert len(lines) == 2 and all(json.loads(line)["document"]["id"] for line in lines)
    assert runner.invoke(app, ["extract", *two, "--out", str(tmp_path / "b.jsonl"), "--format", "json"]).exit_code == 0
    assert isinstance(json.loads((tmp_path / "b.jsonl").read_text()), list)
    assert runner.invoke(app, ["extract", *two, "--out", str(tmp_path / "c.json")]).exit_code == 0
    assert len(json.loads((tmp_path / "c.json").read_text())) == 2


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


def _one_line_error(result, code):
    assert result.exit_code == code, (result.exit_code, result.output)
    assert "Traceback" not in result.output and "error:" in result.output


def test_audit_on_a_file_that_is_not_records(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("not json at all\n")
    _one_line_error(runner.invoke(app, ["audit", str(notes)]), 1)


def test_export_refuses_a_file_that_is_not_a_store(tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"garbage" * 1000)
    _one_line_error(runner.invoke(app, ["export", "--db", str(junk), "--out", str(tmp_path / "o.csv")]), 1)
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    _one_line_error(runner.invoke(app, ["export", "--db", str(empty), "--out", str(tmp_path / "o.csv")]), 1)
    assert empty.read_bytes() == b""
    result = runner.invoke(app, ["export", "--db", str(tmp_path / "new.sqlite"), "--out", str(tmp_path / "o.csv")])
    _one_line_error(result, 2)
    assert not (tmp_path / "new.sqlite").exists()


def test_serve_rejects_a_bad_port():
    _one_line_error(runner.invoke(app, ["serve", "--port", "99999"]), 2)


def test_batch_on_a_locked_database_fails_in_one_line(tmp_path, monkeypatch):
    import sqlite3

    import extractor.store
    monkeypatch.setattr(extractor.store, "LOCK_TIMEOUT", 0.2)
    db = tmp_path / "locked.sqlite"
    holder = sqlite3.connect(db)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    story = tmp_path / "s.txt"
    story.write_text("Kent had 5 offenders in 2020.")
    try:
        result = runner.invoke(app, ["batch", str(story), "--db", str(db)])
    finally:
        holder.rollback()
        holder.close()
    _one_line_error(result, 2)
    assert "locked" in result.output


def test_batch_refuses_to_write_over_a_file_that_is_not_records(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("precious\n")
    story = tmp_path / "s.txt"
    story.write_text("Kent had 5 offenders in 2020.")
    _one_line_error(runner.invoke(app, ["batch", str(story), "--out", str(notes)]), 2)
    assert notes.read_text() == "precious\n"


def test_batch_on_an_empty_folder_fails_and_a_trailing_slash_makes_a_folder(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = runner.invoke(app, ["batch", str(empty), "--out", str(tmp_path / "o.jsonl")])
    # the folder is an input like any other: it gets its record, with the no_documents error
    assert result.exit_code == 1 and "Traceback" not in result.output and "no_documents 1" in result.output
    (rec,) = [json.loads(line) for line in (tmp_path / "o.jsonl").read_text().splitlines()]
    assert rec["errors"][0]["code"] == "no_documents"
    story = tmp_path / "s.txt"
    story.write_text("Kent had 5 offenders in 2020.")
    result = runner.invoke(app, ["batch", str(story), "--out", str(tmp_path / "out") + "/"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "records.jsonl").is_file()
    assert json.loads((tmp_path / "out" / "records.jsonl").read_text())["document"]["id"] == "s"


def test_report_on_a_missing_input_fails(tmp_path):
    result = runner.invoke(app, ["report", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "r.html")])
    _one_line_error(result, 2)
    assert not (tmp_path / "r.html").exists()


def test_extract_never_overwrites_an_existing_output_without_force(corpus_docs, tmp_path):
    out = tmp_path / "records.jsonl"
    out.write_text('{"kept": true}\n')
    result = runner.invoke(app, ["extract", str(corpus_docs[0]), "--out", str(out)])
    assert result.exit_code == 2 and "already exists" in result.output
    assert out.read_text() == '{"kept": true}\n'  # nothing already produced is lost
    result = runner.invoke(app, ["extract", str(corpus_docs[0]), "--out", str(out), "--force"])
    assert result.exit_code == 0 and "schema_version" in out.read_text()


def test_export_and_report_refuse_to_overwrite_unless_forced(corpus_docs, tmp_path):
    # like extract: nothing already produced is lost by running a command twice
    seed = str(next(p for p in corpus_docs if p.name.startswith("002_")))
    db = tmp_path / "facts.sqlite"
    assert runner.invoke(app, ["batch", seed, "--db", str(db)]).exit_code == 0
    out = tmp_path / "statistics.csv"
    assert runner.invoke(app, ["export", "--db", str(db), "--out", str(out)]).exit_code == 0
    first = out.read_text()
    _one_line_error(runner.invoke(app, ["export", "--db", str(db), "--out", str(out)]), 2)
    assert out.read_text() == first
    assert runner.invoke(app, ["export", "--db", str(db), "--out", str(out), "--force"]).exit_code == 0
    page = tmp_path / "review.html"
    assert runner.invoke(app, ["report", seed, "--out", str(page)]).exit_code == 0
    _one_line_error(runner.invoke(app, ["report", seed, "--out", str(page)]), 2)
    assert runner.invoke(app, ["report", seed, "--out", str(page), "--force"]).exit_code == 0


def test_time_budget_option_reaches_extract_and_batch(corpus_docs, tmp_path):
    # a long report needs more than the default budget; a tiny one shows the option is honoured in both commands
    long_doc = tmp_path / "long.txt"
    long_doc.write_text("\n\n".join(p.read_text() for p in corpus_docs[:5]) * 4)
    out = tmp_path / "e.json"
    result = runner.invoke(app, ["extract", str(long_doc), "--out", str(out), "--time-budget", "0.001"])
    assert result.exit_code == 1 and json.loads(out.read_text())["errors"][0]["code"] == "timeout"
    assert runner.invoke(app, ["extract", str(long_doc), "--out", str(out), "--force", "--time-budget", "0"]).exit_code == 0
    result = runner.invoke(app, ["batch", str(long_doc), "--out", str(tmp_path / "b.jsonl"), "--time-budget", "0.001"])
    (rec,) = [json.loads(line) for line in (tmp_path / "b.jsonl").read_text().splitlines()]
    assert result.exit_code == 1 and rec["errors"][0]["code"] == "timeout"
    _one_line_error(runner.invoke(app, ["extract", str(long_doc), "--time-budget", "-1"]), 2)
