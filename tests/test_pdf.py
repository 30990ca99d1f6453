"""PDF input: page-level provenance, glyph boxes, repairs, tables, and real damaged files."""
import time
from collections import Counter
from pathlib import Path

import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTTextContainer

from extractor.readers import ReadError, read_document
from extractor.readers.pdf import read_pdf_bytes

from robustness.adversarial import pdf_file

HERE = Path(__file__).parent
REAL = sorted((HERE / "data" / "pdfs").glob("*.pdf"))


@pytest.fixture(scope="session")
def seed_pdf(tmp_path_factory, corpus_docs):
    from fixtures.make_pdf import build
    text_path = next(p for p in corpus_docs if p.name.startswith("001_"))
    return text_path, build(text_path.read_text(encoding="utf-8"), tmp_path_factory.mktemp("pdf") / "seed001.pdf")


@pytest.fixture(scope="session")
def seed_records(ex, seed_pdf):
    text_path, pdf_path = seed_pdf
    return ex.extract_file(text_path), ex.extract_file(pdf_path)


def _facts(rec):
    areas = {a["id"]: a["name"] for a in rec["areas"]}
    periods = {p["id"]: p["value"] for p in rec["periods"]}
    return Counter((s["value"], s["kind"], areas.get(s["area"]), periods.get(s["period"])) for s in rec["statistics"])


def test_pdf_statistics_match_the_text_version(seed_records):
    text_rec, pdf_rec = seed_records
    assert pdf_rec["errors"] == [] and pdf_rec["document"]["format"] == "pdf"
    want, got = _facts(text_rec), _facts(pdf_rec)
    found = sum((want & got).values())
    assert found >= 0.95 * sum(want.values()), (want - got)


def test_pages_are_contiguous_and_furniture_is_left_out(seed_records):
    _, rec = seed_records
    pages = rec["document"]["pages"]
    assert len(pages) > 10
    assert [p["number"] for p in pages] == list(range(1, len(pages) + 1))
    assert all(a["end"] <= b["start"] for a, b in zip(pages, pages[1:]))
    text = "".join(s["text"] for s in [rec["statistics"][0]["sentence"]])
    assert text
    # running header and "Page N" footers never become text, nor statistics
    sentences = {s["sentence"]["text"] for s in rec["statistics"]}
    assert not any("Annual Report\n" in t or t.startswith("Page ") for t in sentences)


def _chars_in(pdf_path, page_number, bbox):
    x0, y0, x1, y1 = bbox
    out = []
    for page in extract_pages(str(pdf_path), page_numbers=[page_number - 1]):
        stack = [page]
        while stack:
            obj = stack.pop()
            if isinstance(obj, LTChar):
                cx, cy = (obj.x0 + obj.x1) / 2, (obj.y0 + obj.y1) / 2
                if x0 <= cx <= x1 and y0 <= cy <= y1:
                    out.append((round(-obj.y0), obj.x0, obj.get_text()))
            elif isinstance(obj, LTTextContainer) or hasattr(obj, "__iter__"):
                stack.extend(obj)
    return "".join(c for _, _, c in sorted(out))


def test_every_number_has_its_page_and_a_bbox_around_its_glyphs(seed_pdf, seed_records):
    _, pdf_path = seed_pdf
    _, rec = seed_records
    checked = 0
    for s in rec["statistics"][::3]:  # a third of them: each check re-parses a page
        num = s["number"]
        assert num["page"] is not None and num["bbox"] is not None
        assert _chars_in(pdf_path, num["page"], num["bbox"]) == num["text"]
        checked += 1
    assert checked >= 20


def test_every_span_has_a_page(seed_records):
    from extractor.evaluate import iter_spans
    _, rec = seed_records
    spans = list(iter_spans(rec))
    assert spans and all(sp["page"] is not None for sp in spans)


def test_table_figures_keep_measure_area_and_period(seed_records):
    text_rec, pdf_rec = seed_records

    def table_stats(rec):
        areas = {a["id"]: a["name"] for a in rec["areas"]}
        periods = {p["id"]: p["value"] for p in rec["periods"]}
        return [(s["value"], s["measure"], areas.get(s["area"]), periods.get(s["period"]))
                for s in rec["statistics"] if s["rule"].endswith("table_row") or "\t" in s["sentence"]["text"]]

    want, got = table_stats(text_rec), table_stats(pdf_rec)
    assert len(want) >= 25
    same = sum((Counter(want) & Counter(got)).values())
    assert same >= 0.9 * len(want)


def _pdf(lines):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    import io
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 700
    for line in lines:
        c.drawString(72, y, line)
        y -= 14
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("lines,expected", [
    (["In the year 2006-", "07 there were 982 offenders."], "In the year 2006-07 there were 982 offenders."),
    (["The figures show the manage-", "ment of offenders improved."], "The figures show the management of offenders improved."),
    (["A rate of 46 per", "cent was recorded."], "A rate of 46 per cent was recorded."),
])
def test_repairs_keep_every_character_on_its_glyph(lines, expected):
    text, layout = read_pdf_bytes(_pdf(lines))
    assert text == expected
    assert len(layout.boxes) == len(text)
    # every visible character keeps a box; only the joins we add have none
    assert all(box is not None for ch, box in zip(text, layout.boxes) if not ch.isspace())


def test_thin_space_inside_a_number_is_dropped_and_boxes_stay_aligned():
    from extractor.readers.pdf import _Builder, _emit_row, _Line
    chars = [(c, (float(i), 0.0, float(i) + 1, 1.0)) for i, c in enumerate("There were 1\u2009405 offenders")]
    b = _Builder()
    _emit_row(b, [_Line(0, 0, len(chars), 1, chars)])
    text = "".join(b.parts)
    assert text == "There were 1405 offenders"
    assert len(b.boxes) == len(text) and b.boxes[text.index("4")][0] == 13.0  # the "4" keeps its own glyph


@pytest.mark.parametrize("path", REAL, ids=[p.name for p in REAL])
def test_real_pdfs_give_a_record_or_a_clear_error_quickly(ex, path):
    t = time.monotonic()
    rec = ex.extract_file(path, timeout=10)
    assert time.monotonic() - t < 10
    assert len(rec["errors"]) <= 1
    if rec["errors"]:
        assert rec["errors"][0]["code"] in {"pdf_encrypted", "pdf_damaged", "empty_document", "timeout"}
    else:
        assert rec["document"]["length"] > 0 and rec["document"]["pages"]


@pytest.mark.parametrize("name", ["aes-128.pdf", "rc4-40.pdf"])
def test_encrypted_pdfs_open_with_the_password(name):
    path = HERE / "data" / "pdfs" / name
    with pytest.raises(ReadError) as err:
        read_document(path)
    assert err.value.code == "pdf_encrypted"
    assert read_document(path, password="foo").text.strip()


def test_page_ranges_and_limits():
    path = HERE / "data" / "pdfs" / "pagelabels.pdf"
    whole = read_document(path)
    two = read_document(path, pages="2-3")
    assert [p["number"] for p in two.layout.pages] == [2, 3]
    assert len(two.text) < len(whole.text)
    assert [p["number"] for p in read_document(path, max_pages=1).layout.pages] == [1]


def test_pages_beyond_the_end_say_so(ex):
    path = HERE / "data" / "pdfs" / "pagelabels.pdf"
    total = len(read_document(path).layout.pages)
    with pytest.raises(ReadError) as err:  # none of the asked pages exists
        read_document(path, pages=f"{total + 1}-{total + 3}")
    assert err.value.code == "pages_out_of_range" and f"has {total} pages" in err.value.message
    some = read_document(path, pages=f"{total}-{total + 2}")  # the last page exists: it is read
    assert [p["number"] for p in some.layout.pages] == [total]
    assert [w["code"] for w in some.layout.warnings] == ["pages_out_of_range"]
    record = ex.extract_file(path, pages=f"{total + 1}")
    assert [e["code"] for e in record["errors"]] == ["pages_out_of_range"]


def test_truncated_pdf_is_damaged_not_a_crash(tmp_path):
    data = (HERE / "data" / "pdfs" / "2b.pdf").read_bytes()
    bad = tmp_path / "cut.pdf"
    bad.write_bytes(data[: len(data) // 3])
    try:
        doc = read_document(bad, timeout=10)
        assert isinstance(doc.text, str)
    except ReadError as exc:
        assert exc.code in ("pdf_damaged", "empty_document")


def _raw_pdf(content: bytes, fonts: list[bytes]) -> bytes:
    """A one-page PDF with our own font dictionaries (F1, F2, ...): reportlab cannot write a
    font whose encoding names glyphs no Unicode table knows."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << "
             + " ".join(f"/F{i + 1} {5 + i} 0 R" for i in range(len(fonts))) + " >> >> /Contents 4 0 R >>").encode(),
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream", *fonts]
    return pdf_file(objs)


def _glyph_boxes(data: bytes) -> list[tuple[str, tuple]]:
    """(text, bbox) of every glyph as plain pdfminer lays it out."""
    import io
    out = []
    for page in extract_pages(io.BytesIO(data)):
        stack = [page]
        while stack:
            obj = stack.pop()
            if isinstance(obj, LTChar):
                out.append((obj.get_text(), obj.bbox))
            elif hasattr(obj, "__iter__"):
                stack.extend(obj)
    return sorted(out, key=lambda g: (-g[1][1], g[1][0]))  # reading order: top down, left to right


def test_an_unmapped_bullet_becomes_a_bullet_on_its_glyph_never_a_number(ex, tmp_path):
    """reportlab draws a paragraph's bullet as WinAnsi code 127, which pdfminer cannot map:
    plain extract_text writes "(cid:127)" and the 127 became a count."""
    import io

    from pdfminer.high_level import extract_text
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate
    buf = io.BytesIO()
    style = getSampleStyleSheet()["BodyText"]
    SimpleDocTemplate(buf).build([Paragraph("Kent Police recorded these figures:", style),
                                  Paragraph("there were 45 assaults in 2015;", style, bulletText="•"),
                                  Paragraph("serious assaults rose by 31%.", style, bulletText="•")])
    data = buf.getvalue()
    assert extract_text(io.BytesIO(data)).count("(cid:127)") == 2  # the PDF really lacks the mapping
    text, layout = read_pdf_bytes(data)
    assert "cid" not in text and "127" not in text
    assert text.count("•") == 2 and "\n\n• there were 45 assaults in 2015;\n\n• serious" in text
    pdfminer_boxes = [box for t, box in _glyph_boxes(data) if t == "(cid:127)"]
    assert [layout.boxes[i] for i, c in enumerate(text) if c == "•"] == pdfminer_boxes
    pdf = tmp_path / "bullets.pdf"
    pdf.write_bytes(data)
    rec = ex.extract_file(pdf, timeout=None)
    assert sorted(s["value"] for s in rec["statistics"]) == [31, 45]


def test_glyphs_without_any_unicode_become_replacement_characters_one_per_glyph():
    import io

    from pdfminer.high_level import extract_text
    fonts = [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
             b"<< /Type /Font /Subtype /Type1 /BaseFont /HouseGlyphs /FirstChar 1 /LastChar 2 /Widths [556 556] "
             b"/Encoding << /Type /Encoding /Differences [1 /g1 /g2] >> >>"]
    content = b"BT /F1 12 Tf 72 700 Td (Code ) Tj /F2 12 Tf <0102> Tj /F1 12 Tf ( had 7 cases.) Tj ET"
    data = _raw_pdf(content, fonts)
    plain = extract_text(io.BytesIO(data))
    assert "(cid:1)" in plain and "(cid:2)" in plain
    text, layout = read_pdf_bytes(data)
    assert text == "Code \ufffd\ufffd had 7 cases."
    unmapped = [box for t, box in _glyph_boxes(data) if t.startswith("(cid:")]
    assert [layout.boxes[i] for i, c in enumerate(text) if c == "\ufffd"] == unmapped
    assert len(set(unmapped)) == 2  # each placeholder keeps its own glyph's box


@pytest.mark.parametrize("fontname,cid,expected", [
    ("ABCDEF+Wingdings-Regular", 159, "•"), ("Symbol", 183, "•"), ("SymbolMT", 0xF0B7, "•"),
    ("Wingdings", 50, "\ufffd"), ("Helvetica", 183, "\ufffd"),
])
def test_undefined_characters_follow_the_font(fontname, cid, expected):
    from extractor.readers.pdf import _undefined_char

    class Font:
        cid2unicode = {}
    Font.fontname = fontname
    assert _undefined_char(Font, cid) == expected
