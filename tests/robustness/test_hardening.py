"""Hardening: one record per input whatever the input, bounded readers, resume per sink, outputs
that are never silently overwritten, worker deaths and PDF children that cannot run away."""
import json
import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from extractor import batch, work
from extractor.batch import run_batch
from extractor.readers import ReadError, read_document_bytes
from extractor.readers.html import html_to_text
from extractor.readers.pdf import read_pdf_bytes
from extractor.sinks import JsonlSink, SinkError, SqliteSink

from .adversarial import flate_bomb, pdf_bytes, slow_pdf, text_page


def _lines(path):
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]


@pytest.fixture()
def bad_inputs(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "items.jsonl").write_text(
        json.dumps({"id": "lone", "text": "Kent had 5 offenders in 2020. \ud800"}) + "\n"
        + json.dumps({"id": "sur\udc00id", "text": "Kent had 6 offenders in 2020."}) + "\n"
        + json.dumps({"id": "ok", "text": "Kent had 7 offenders in 2020.", "published": "not a date"}) + "\n",
        encoding="utf-8")
    (d / "undefined.html").write_bytes(b'<html><head><meta charset="undefined"></head><body><p>Kent had '
                                       b'8 offenders \xe9 in 2020.</p></body></html>')
    return d


def test_bad_documents_each_get_one_record_and_resume_goes_on(ex, bad_inputs, tmp_path):
    out = tmp_path / "out.jsonl"
    inputs = [str(bad_inputs / "items.jsonl"), str(bad_inputs / "undefined.html")]
    summary = run_batch(inputs, [JsonlSink(out), SqliteSink(tmp_path / "s.sqlite")], ex=ex)
    recs = _lines(out)  # the file is valid UTF-8 JSON Lines
    assert summary.total == len(recs) == 4
    codes = {r["document"]["id"]: [e["code"] for e in r["errors"]] for r in recs}
    assert codes["lone"] == ["decode_error"]
    assert codes["sur\ufffdid"] == []  # an id UTF-8 cannot hold is made writable, not fatal
    assert codes["ok"] == ["bad_input"]
    assert codes["undefined"] == [] and "8 offenders" in json.dumps(recs[-1])
    again = run_batch(inputs, [JsonlSink(out, resume=True)], ex=ex, resume=True)
    assert again.skipped == 4 and len(_lines(out)) == 4


def test_a_fifo_among_the_inputs_gets_an_error_record(ex, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("Kent had 5 offenders in 2020.")
    os.mkfifo(d / "pipe.txt")
    out = tmp_path / "o.jsonl"
    t = threading.Thread(target=run_batch, args=([str(d)], [JsonlSink(out)]), kwargs={"ex": ex}, daemon=True)
    t.start()
    t.join(30)
    assert not t.is_alive(), "the batch blocked on the FIFO"
    codes = {r["document"]["id"]: [e["code"] for e in r["errors"]] for r in _lines(out)}
    assert codes == {"a": [], "pipe": ["not_a_file"]}


def test_resume_considers_each_sink_on_its_own(ex, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"d{i}", "text": f"Kent had {i + 2} offenders in 2020."}) + "\n"
                           for i in range(5)), encoding="utf-8")
    out, db = tmp_path / "o.jsonl", tmp_path / "s.sqlite"
    run_batch([str(src)], [JsonlSink(out), SqliteSink(db)], ex=ex)
    before = out.read_bytes()
    con = sqlite3.connect(db)
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("DELETE FROM documents WHERE id IN ('d1', 'd3')")  # as if killed between the two writes
    con.commit()
    con.close()
    s = run_batch([str(src)], [JsonlSink(out, resume=True), SqliteSink(db)], ex=ex, resume=True)
    assert s.skipped == 3 and s.total == 5
    assert out.read_bytes() == before  # nothing redone in the sink that had them
    ids = [r[0] for r in sqlite3.connect(db).execute("SELECT id FROM documents ORDER BY id")]
    assert ids == ["d0", "d1", "d2", "d3", "d4"]


def test_an_existing_output_is_never_truncated(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\nline two\n")
    for resume in (False, True):
        with pytest.raises(SinkError, match="not a records file"):
            JsonlSink(notes, resume=resume)
    assert notes.read_text() == "my notes\nline two\n"
    good = json.dumps({"schema_version": "1.1", "document": {"id": "a", "input_sha256": "x"}}) + "\n"
    bad_middle = tmp_path / "mid.jsonl"
    bad_middle.write_text(good + "garbage\n" + good.replace('"a"', '"b"'))
    with pytest.raises(SinkError, match="line 2"):
        JsonlSink(bad_middle, resume=True)
    assert bad_middle.read_text().count("\n") == 3
    torn = tmp_path / "torn.jsonl"
    torn.write_text(good + '{"schema_version": "1.1", "docu')
    with pytest.raises(SinkError, match="--resume"):
        JsonlSink(torn)
    assert torn.read_text().endswith('"docu')
    sink = JsonlSink(torn, resume=True)  # only the torn last line goes
    sink.close()
    assert torn.read_text() == good and sink.index() == {"a": "x"}


def test_a_killed_worker_does_not_leave_the_batch_idle(ex, monkeypatch):
    main = os.getpid()
    real = work.to_pipe_item

    def poisoned(item, published, read_options):
        if item["id"] == "poison" and os.getpid() != main:
            os.kill(os.getpid(), signal.SIGKILL)  # as the OOM killer would
        return real(item, published, read_options)

    monkeypatch.setattr(work, "to_pipe_item", poisoned)
    monkeypatch.setitem(work.WORKERS, "test-shared", ex)
    items = [{"id": f"d{i}", "text": f"Kent had {i + 2} offenders in 2020."} for i in range(40)]
    items.insert(20, {"id": "poison", "text": "Kent had 1 offender."})
    got: list = []
    t = threading.Thread(target=lambda: got.extend(
        r for c in batch._pool_chunks(iter(items), multiprocessing.get_context("fork"), 2, ("test-shared", None, {}))
        for r in c), daemon=True)
    t.start()
    t.join(120)
    assert not t.is_alive(), "the batch hung after a worker died"
    assert [r["document"]["id"] for r in got] == [it["id"] for it in items]
    codes = {r["document"]["id"]: [e["code"] for e in r["errors"]] for r in got}
    assert codes.pop("poison") == ["worker_lost"]
    assert all(c == [] for c in codes.values())


def test_pdfs_work_in_pool_workers(ex, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "report.pdf").write_bytes(pdf_bytes([text_page("Kent had 1,405 offenders in March 2020.")]))
    (d / "story.txt").write_text("Kent had 12 offenders in 2020.")
    out = tmp_path / "o.jsonl"
    s = run_batch([str(d)], [JsonlSink(out)], processes=2, ex=ex)
    recs = {r["document"]["id"]: r for r in _lines(out)}
    assert s.total == 2 and set(recs) == {"report", "story"}
    assert recs["report"]["errors"] == [] and recs["report"]["statistics"][0]["value"] == 1405


def test_pdf_over_the_page_limit_says_so(ex):
    data = pdf_bytes([text_page(f"Kent had {n} offenders in 2020.") for n in (11, 22, 33)])
    text, layout = read_pdf_bytes(data, max_pages=2, timeout=20)
    assert "22 offenders" in text and "33" not in text
    assert [w["code"] for w in layout.warnings] == ["truncated"] and "3 pages" in layout.warnings[0]["message"]
    d = read_document_bytes(data, doc_id="p", source=None, max_pages=2)
    rec = ex.extract_item({"text": d.text, "id": "p", "format": "pdf", "layout": d.layout})
    assert [e["code"] for e in rec["errors"]] == ["truncated"] and len(rec["document"]["pages"]) == 2
    assert [s["value"] for s in rec["statistics"]] == [11, 22]
    assert read_pdf_bytes(data, max_pages=3, timeout=20)[1].warnings == []


def test_pdf_bomb_hits_the_memory_cap():
    with pytest.raises(ReadError) as err:
        read_pdf_bytes(flate_bomb(300 << 20), timeout=60, memory=100 << 20)
    assert err.value.code == "too_large" and "memory cap" in err.value.message


def test_pdf_child_dies_with_its_parent(tmp_path):
    pdf = tmp_path / "slow.pdf"
    pdf.write_bytes(slow_pdf(3_000_000))
    code = ("import sys; from extractor.readers.pdf import read_pdf_bytes; "
            f"read_pdf_bytes(open({str(pdf)!r}, 'rb').read(), timeout=120)")
    parent = subprocess.Popen([sys.executable, "-c", code])
    children = Path(f"/proc/{parent.pid}/task/{parent.pid}/children")
    deadline = time.monotonic() + 30
    kids: list[int] = []
    while not kids and time.monotonic() < deadline:
        time.sleep(0.05)
        kids = [int(k) for k in children.read_text().split()] if children.exists() else []
    assert kids, "the PDF child did not start"
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{kids[0]}/stat").read_text().split()[2]
        except (FileNotFoundError, ProcessLookupError):
            return
        if state == "Z":
            return
        time.sleep(0.05)
    os.kill(kids[0], signal.SIGKILL)
    pytest.fail("the PDF child outlived its parent")


def test_html_end_tags_are_linear():
    html = "<html><body>" + "<div>" * 50_000 + "<p>Kent had 5 offenders.</p>" + "</span>" * 50_000 + "</body></html>"
    t = time.monotonic()
    text, _ = html_to_text(html)
    assert text == "Kent had 5 offenders."
    assert time.monotonic() - t < 30  # "does not hang": was minutes


def test_html_reading_has_a_time_bound():
    with pytest.raises(ReadError) as err:
        html_to_text("<html><body>" + "<p>x</p>" * 20_000 + "</body></html>", timeout=0)
    assert err.value.code == "timeout"


def test_quotes_on_every_line_are_all_attributed(ex):
    """A quotation on every line (benchmarks/adversarial.py times 1.9 MB of them)."""
    text = "".join(f'"Line {i} of the statement," said Jane Roe.\n' for i in range(3_000))
    rec = ex.extract(text)
    assert rec["errors"] == [] and len(rec["quotes"]) == 3_000
    assert {q["speaker"]["name"] for q in rec["quotes"]} == {"Jane Roe"}


def _processes_mentioning(marker: str) -> list[int]:
    import os
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/cmdline", "rb") as fh:
                    if marker.encode() in fh.read():
                        pids.append(int(entry))
            except OSError:
                pass
    return pids


def test_pool_workers_end_when_the_batch_is_killed(tmp_path):
    """kill -9 of a --processes batch must not leave its workers running (blocked on a pipe)."""
    import json
    import os
    import signal
    import subprocess
    import sys
    import time
    src = tmp_path / "many_inputs.jsonl"
    src.write_text("".join(json.dumps({"id": f"d{i}", "text": f"Kent had {i} offenders in 2020. " * 40}) + "\n"
                           for i in range(3000)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "extractor.cli", "batch", str(src), "--out", str(out),
                             "--processes", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not out.exists() or out.stat().st_size == 0):
        time.sleep(0.1)
    assert len(_processes_mentioning(str(src))) >= 2  # the batch and its workers are running
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and _processes_mentioning(str(src)):
        time.sleep(0.2)
    assert _processes_mentioning(str(src)) == []


def test_a_folder_with_no_documents_gets_its_record(tmp_path):
    import json
    import subprocess
    import sys
    (tmp_path / "empty").mkdir()
    good = tmp_path / "good.txt"
    good.write_text("Kent had 5 offenders in 2020.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = subprocess.run([sys.executable, "-m", "extractor.cli", "batch", str(tmp_path / "empty"), str(good),
                        str(tmp_path / "nothing-*.txt"), "--out", str(out)], capture_output=True, text=True)
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert r.returncode == 1 and len(recs) == 3
    assert sorted(rec["errors"][0]["code"] if rec["errors"] else "ok" for rec in recs) == \
        ["no_documents", "no_documents", "ok"]
