"""The bad-input matrix: each bad input gets its stable error code (or a record), and a batch
of all of them mixed with good documents yields exactly one record each, in order."""
import json
import time
from pathlib import Path

import pytest

from extractor.batch import run_batch
from extractor.sinks import JsonlSink

ROOT = Path(__file__).resolve().parents[2]
PDFS = ROOT / "tests" / "data" / "pdfs"
GOOD = "Police recorded 350 knife offences in Kent in 2019, up 4% on the year before."


def _files(d: Path) -> dict[str, tuple[Path, str | None]]:
    """name -> (path, expected error code or None for a record without errors)."""
    seed = (PDFS / "2b.pdf").read_bytes()
    cases = {
        "empty.txt": (b"", "empty_document"),
        "spaces.txt": (b"   \n\t\n  ", "empty_document"),
        "binary.txt": (bytes(range(256)) * 8, "not_text"),
        "bad-utf8.txt": (b"\x81\x8d\x8f\x90\x9d" * 50, "decode_error"),
        "cp1252.txt": ("“Smart quotes” – 12 offenders".encode("cp1252"), None),
        "utf16.txt": (GOOD.encode("utf-16"), None),
        "huge.txt": (b"a" * 2_100_000, "too_large"),
        "encrypted.pdf": ((PDFS / "rc4-40.pdf").read_bytes(), "pdf_encrypted"),
        "truncated.pdf": (seed[: len(seed) // 4], ("pdf_damaged", "empty_document")),
        "not-a.pdf": (b"%PDF-1.4\n" + b"garbage " * 100, ("pdf_damaged", "empty_document")),
        "fake.pdf": (b"this is no pdf at all", "pdf_damaged"),
        "images-only.pdf": ((PDFS / "issue-1113-evil-xobjects.pdf").read_bytes(), ("empty_document", None)),
        "broken.html": (b"<html><body><p>Police made <b>12 arrests<p>in <i>Kent</body", None),
        "empty.html": (b"<html><head><script>var x=1</script></head><body></body></html>", "empty_document"),
        "good.txt": (GOOD.encode(), None),
    }
    out = {}
    for name, (data, code) in cases.items():
        (d / name).write_bytes(data)
        out[name] = (d / name, code)
    return out


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory):
    return _files(tmp_path_factory.mktemp("bad"))


def _ok(code, expected) -> bool:
    return code in expected if isinstance(expected, tuple) else code == expected


def test_each_bad_input_gets_its_code(ex, bad_files):
    for name, (path, expected) in bad_files.items():
        t = time.monotonic()
        rec = ex.extract_file(path, timeout=10)
        code = rec["errors"][0]["code"] if rec["errors"] else None
        assert _ok(code, expected), (name, code, rec["errors"])
        assert time.monotonic() - t < 15, name
        if code:
            assert rec["errors"][0]["message"]


def test_file_over_the_byte_limit_is_not_read(tmp_path):
    from extractor.readers import ReadError, read_document
    big = tmp_path / "big.txt"
    big.write_bytes(b"12 offenders. " * 1000)
    with pytest.raises(ReadError) as err:
        read_document(big, max_bytes=1000)
    assert err.value.code == "too_large"


def test_missing_and_directory(ex, tmp_path):
    assert ex.extract_file(tmp_path / "nope.txt")["errors"][0]["code"] == "not_found"
    assert ex.extract_file(tmp_path)["errors"][0]["code"] == "not_a_file"


def test_time_budget_gives_a_timeout_record_and_the_run_goes_on(ex):
    from extractor import load
    slow = load(time_budget=0.000001)
    recs = list(slow.pipe([GOOD, "Officers made 12 arrests."]))
    assert [r["errors"][0]["code"] for r in recs] == ["timeout", "timeout"]
    assert ex.extract(GOOD)["errors"] == []  # the default budget is not hit by normal text


def test_batch_of_bad_and_good_inputs_yields_one_record_each(ex, bad_files, tmp_path):
    out = tmp_path / "out.jsonl"
    jsonl = tmp_path / "items.jsonl"
    jsonl.write_text(json.dumps({"id": "ok", "text": GOOD}) + "\n" + "not json\n" + json.dumps([1, 2]) + "\n"
                     + json.dumps({"id": "notext", "text": 42}) + "\n", encoding="utf-8")
    inputs = [str(p) for p, _ in bad_files.values()] + [str(jsonl), str(tmp_path / "missing.pdf")]
    summary = run_batch(inputs, [JsonlSink(out)], ex=ex, read_options={"timeout": 10})
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == summary.total == len(bad_files) + 4 + 1
    ids = [r["document"]["id"] for r in recs]
    assert len(set(ids)) == len(ids)
    codes = {r["document"]["id"]: (r["errors"][0]["code"] if r["errors"] else None) for r in recs}
    assert codes["ok"] is None and codes["notext"] == "not_text" and codes["missing"] == "not_found"
    assert sum(1 for c in codes.values() if c == "bad_input") == 2
