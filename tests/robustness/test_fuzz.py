"""Property and fuzz tests: arbitrary Unicode never breaks extraction or provenance;
adversarial text for the regular expressions finishes within the document's time budget;
mutated real PDFs and HTML give a record or a clear error, never a crash or a hang."""
import math
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.evaluate import iter_spans
from extractor.readers import ReadError
from extractor.readers.html import html_to_text
from extractor.readers.pdf import read_pdf_bytes

ROOT = Path(__file__).resolve().parents[2]
PDFS = sorted((ROOT / "tests" / "data" / "pdfs").glob("*.pdf"))
KNOWN_CODES = {"pdf_encrypted", "pdf_damaged", "empty_document", "timeout", "html_malformed"}

ODD = st.sampled_from(["\u200f", "\u200e", "\u202e", "\u200d", "\u200b", "\u0301", "\u0308", "\ufeff",
                       "\x00", "\x07", "\x1b", "\r", "\u2028", "\u2029", "\ud800".encode("utf-16", "surrogatepass")
                       .decode("utf-16", "replace"), "\U0001F600", "ﬁ", "½", "²", "٣", "１２", "\u00a0", "\u2009"])
NEWSY = st.sampled_from(["1,405", " per 100,000", " per cent", "2019-20", " March this year", " in Kent",
                         "“", "”", "‘", "’", '"', " said", ": ", "\n\n", "\t", "-", "one in ", "£1.2million",
                         " West Mercia", " Level 2", "(a)", " Total\t982\n", " almost ", "\u2013"])


def _check(rec: dict, text: str) -> None:
    assert rec["errors"] == [] or rec["errors"][0]["code"] in {"empty_document", "timeout"}
    for span in iter_spans(rec):
        assert text[span["start"]:span["end"]] == span["text"]
    for s in rec["statistics"]:
        assert isinstance(s["value"], (int, float)) and math.isfinite(s["value"])
        assert s["per"] is None or math.isfinite(s["per"])
    for c in rec["checks"]:
        for k in ("expected", "found", "tolerance"):
            assert c[k] is None or math.isfinite(c[k])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(NEWSY, ODD, st.text(max_size=8)), max_size=40).map("".join))
def test_arbitrary_unicode_never_breaks_extraction(ex, text):
    _check(ex.extract(text), text)


ADVERSARIAL = {
    "digits": "1" * 200_000,
    "commas": "1," * 100_000,
    "digit groups": "1,000 " * 30_000,
    "quotes": "“" * 50_000 + '"' * 50_000 + "‘" * 50_000,
    "spaces": " " * 500_000 + "12 offenders",
    "per per": "per " * 100_000 + "100,000",
    "one line": ("Police recorded 350 knife offences in Kent, a rise of 4 per cent on 2019-20, " * 12_000)[:1_000_000],
    "dots": "1." * 100_000,
    "dashes": "2019-" * 50_000,
    "capitals": "Aylesbury Reading " * 40_000,
    "said": "he said: “" * 20_000,
    "tabs": "Total\t1\n" * 50_000,
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_text_stays_within_its_budget(ex, name):
    text = ADVERSARIAL[name]
    rec = ex.extract(text)
    # a clear error is acceptable (timeout is the budget doing its job); a crash or a hang is not
    assert rec["errors"] == [] or rec["errors"][0]["code"] == "timeout", rec["errors"]
    if not rec["errors"]:
        _check(rec, text)


def _mutations(data: bytes, n: int, seed: int):
    rng = random.Random(seed)
    for i in range(n):
        b = bytearray(data)
        kind = i % 3
        if kind == 0:  # bit flips
            for _ in range(rng.randint(1, 20)):
                pos = rng.randrange(len(b))
                b[pos] ^= 1 << rng.randrange(8)
        elif kind == 1:  # truncation
            b = b[: rng.randrange(1, len(b))]
        else:  # a block of junk spliced in
            pos = rng.randrange(len(b))
            b[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 200)))
        yield bytes(b)


@pytest.mark.parametrize("path", PDFS, ids=[p.name for p in PDFS])
def test_mutated_pdfs_give_a_record_or_a_clear_error(path):
    for data in _mutations(path.read_bytes(), 12, seed=len(path.name)):
        try:
            text, layout = read_pdf_bytes(data, password="foo" if "rc4" in path.name or "aes" in path.name else "",
                                          timeout=10)
            assert len(layout.boxes) == len(text)
        except ReadError as exc:
            assert exc.code in KNOWN_CODES, exc.code


HTML = ("<html><head><meta property='article:published_time' content='2020-11-10'><title>t</title></head>"
        "<body><nav>Home</nav><article><h1>Offenders</h1><p>There were 1,405 offenders &amp; more in "
        "<b>West Mercia</b>.</p><table><tr><td>Kent</td><td>12</td></tr></table></article></body></html>")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(HTML)), st.sampled_from(["<", ">", "</p>", "<script>", "&", "&#",
                                                                        "<!--", "\x00", "<table>", "\"", "'"])),
                max_size=10))
def test_mutated_html_gives_text_or_a_clear_error(edits):
    html = HTML
    for pos, junk in sorted(edits, reverse=True):
        html = html[:pos] + junk + html[pos:]
    try:
        text, published = html_to_text(html)
        assert isinstance(text, str) and (published is None or len(published) == 10)
    except ReadError as exc:
        assert exc.code in KNOWN_CODES
