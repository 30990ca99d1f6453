"""Adversarial inputs from the hardening issue, each extracted in a fresh child process:
wall time and peak memory (VmHWM of the child) against the goal of <= 30 s and <= 1 GB, or a
clear error code.

    python3 benchmarks/adversarial.py            # every input
    python3 benchmarks/adversarial.py repeat     # some of them, by name

The child loads the pipeline first (its memory after loading is shown as "loaded"), then reads
and extracts the one input; "time" is the read and extraction only. A PDF is parsed in its own
forked child (the PDF reader's), whose peak is shown as "pdf child" when there was one.
"""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from robustness.adversarial import flate_bomb, pdf_bytes, text_page  # noqa: E402

from extractor.rules import TIMEOUT_FROM  # noqa: E402

GOAL_SECONDS = 30.0
GOAL_BYTES = 1 << 30



def _noun(i: int) -> str:
    """A made-up word of seven letters for each number (no randomness: the same file every run)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return "".join(letters[(i * 7 + k * 13 + i // (k + 1)) % 26] for k in range(7))

def _inputs(d: Path) -> dict[str, tuple[str, Path]]:
    """name → (what it is, file)."""
    out = {}

    def put(name, what, filename, data):
        p = d / filename
        p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        out[name] = (what, p)

    put("repeat", "1: one statement x 4,000 (184 KB)", "repeat.txt", "Kent had 5 offenders in 2020. " * 4000)
    put("repeat_measure", "1: one measured statement x 4,000", "repeat_measure.txt",
        "Kent had 5 registered sex offenders in 2020. " * 4000)
    put("million_line", "1: '£1.2million ' x 87,000 on one line (1 MB)", "million.txt", "£1.2million " * 87_000)
    put("quote_per_line", "4: a quotation on every line (1.9 MB)", "quotes.txt",
        "".join(f'"Line {i} of the statement," said Jane Roe.\n' for i in range(43_000)))
    put("quotes_one_paragraph", "4: short quotations in one paragraph (1.9 MB)", "quotes_para.txt",
        '""" he said ' * 162_500)
    put("open_quote_paragraphs", "4: 20,000 paragraphs, each opening a quotation that never closes (300 KB)",
        "open_quotes.txt", "\n“Nobody has said anything here" * 20_000)
    put("closing_marks_as_openings", "4: ':”a ' x 50,000 (closing marks used as openings, 200 KB)",
        "closing_marks.txt", ":”a " * 50_000)
    put("distinct_nouns", "6: 3,000 figures, each counting a different made-up noun (160 KB)", "nouns.txt",
        " ".join(f"There were {i} {_noun(i)}s recorded in Kent last year." for i in range(100, 3100)))
    put("dense_figures", "6: dense but harmless figures (330 KB)", "dense.txt",
        " ".join(f"In 2019 there were {i},000 offenders, up 4 per cent on 2018-19, in Kent." for i in range(4_500)))
    put("blank_runs", "1: a month or a day, then 40,000 blanks, five times (200 KB)", "blanks.txt",
        ("Figures for January" + " " * 40_000 + "were 12. On 1" + "\u00a0" * 40_000 + "x. ") * 5)
    put("html_end_tags", "3: 100,000 unmatched end tags (700 KB)", "tags.html",
        "<html><body><p>Kent had 5 offenders in 2020.</p>" + "<div>" * 1000 + "</span>" * 100_000 + "</body></html>")
    put("pdf_bomb", "5: PDF Flate bomb, 1 MB inflating to 1 GB", "bomb.pdf", flate_bomb(1 << 30))
    put("surrogate_jsonl", "8: JSON Lines text with a lone surrogate", "surrogate.jsonl",
        json.dumps({"id": "s", "text": "Kent had 5 offenders in 2020. \ud800"}) + "\n")
    put("undefined_charset", "8: HTML, charset 'undefined', one non-UTF-8 byte", "undefined.html",
        b'<html><head><meta charset="undefined"></head><body><p>Kent had 5 offenders \xe9 in 2020.</p></body></html>')
    put("pdf_600_pages", "13: PDF of 600 pages (limit 500)", "pages.pdf",
        pdf_bytes([text_page(f"Kent had {n} offenders in 2020.") for n in range(600)]))
    # just under rules.TIMEOUT_FROM, where the regular expressions run without their per-call
    # timeout: the same hostile shapes must still be cheap (each well under a second here)
    size = TIMEOUT_FROM - 500
    for short, unit in (("quote_cue", "\u201cYes,\u201d said Mr "), ("ranges", "5-7 10-11 25\u201330 "),
                        ("lines", "12\n"), ("words", "one two three hundred thousand million "),
                        ("list", "Kent (134), Essex (119), "), ("percent", "up 5 per cent "),
                        ("closing", ":\u201da "), ("open_quotes", "\n\u201cNobody has said anything here"),
                        ("caps", "Chief Constable Kent Police Sussex North Wales "), ("blanks", "Figures for " + " " * 900),
                        # (a run of auxiliaries before a dashed change: the review's backtracking case)
                        ("auxiliaries", "Crime " + "is " * 65 + "- down 3%. ")):
        put(f"short_{short}", f"14: {unit[:24]!r} repeated to {size:,} characters (no per-call regex timeout)",
            f"short_{short}.txt", (unit * (size // len(unit) + 1))[:size])
    fifo = d / "fifo.txt"
    os.mkfifo(fifo)
    out["fifo"] = ("12: a FIFO among the inputs", fifo)
    return out


def _vm_hwm() -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return 0


def child(path: str) -> None:
    """In the child: load, then read and extract one input; print one JSON line."""
    import extractor
    from extractor.batch import iter_inputs
    from extractor.work import extract_items

    ex = extractor.load()
    loaded = _vm_hwm()
    t0 = time.perf_counter()
    records = extract_items(ex, list(iter_inputs([path])), None, {"timeout": 30.0})
    seconds = time.perf_counter() - t0
    codes = sorted({e["code"] for r in records for e in r["errors"]})
    print(json.dumps({"seconds": seconds, "peak": _vm_hwm(), "loaded": loaded, "records": len(records),
                      "statistics": sum(len(r["statistics"]) for r in records),
                      "checks": sum(len(r["checks"]) for r in records), "codes": codes,
                      "pdf_child": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024}))


def main(names: list[str]) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        inputs = _inputs(Path(tmp))
        unknown = [n for n in names if n not in inputs]
        if unknown:
            print(f"usage: adversarial.py [INPUT ...]; inputs: {', '.join(inputs)}", file=sys.stderr)
            return 2
        names = names or list(inputs)
        print(f"{'input':<18} {'time':>8} {'peak':>9} {'loaded':>9} {'pdf child':>9} {'recs':>4} "
              f"{'stats':>6} {'checks':>6}  codes / verdict")
        bad = 0
        for name in names:
            what, path = inputs[name]
            t0 = time.perf_counter()
            proc = subprocess.run([sys.executable, __file__, "--child", str(path)], capture_output=True, text=True,
                                  timeout=600)
            wall = time.perf_counter() - t0
            try:
                r = json.loads(proc.stdout.strip().splitlines()[-1])
            except (ValueError, IndexError):
                print(f"{name:<18} failed after {wall:.1f} s: {proc.stderr.strip().splitlines()[-1:]}")
                bad += 1
                continue
            ok = r["seconds"] <= GOAL_SECONDS and r["peak"] <= GOAL_BYTES and r["pdf_child"] <= GOAL_BYTES \
                and r["records"] == 1
            bad += not ok
            mb = lambda b: f"{b / (1 << 20):,.0f} MB"  # noqa: E731
            print(f"{name:<18} {r['seconds']:>6.2f} s {mb(r['peak']):>9} {mb(r['loaded']):>9} "
                  f"{mb(r['pdf_child']) if r['pdf_child'] else '-':>9} {r['records']:>4} {r['statistics']:>6} "
                  f"{r['checks']:>6}  {','.join(r['codes']) or 'ok'} {'PASS' if ok else 'OVER GOAL'}  ({what})")
        return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        child(sys.argv[2])
    else:
        sys.exit(main(sys.argv[1:]))
