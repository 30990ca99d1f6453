"""Reports as they are published: the corpus dev split typeset in one, two and three columns
and in two columns around a full-width table (tests/fixtures/typeset.py), read back by the PDF
reader. The facts must be those of the text version, the words in the text's order, and no
paragraph of the text split, whichever column or page it runs over. The same holds for the
typesetting variants published reports come in (justified text, A4, narrow columns, other
faces, a running head with a number, a two-column page before one-column ones).
(benchmarks/pdf_layouts.py prints the same figures for any split and variant.)"""
import json
from pathlib import Path

import pytest

from extractor.readers.pdf import read_pdf_bytes
from fixtures.typeset import HEADER, LAYOUTS, STANDFIRST, TITLE, Match, build, facts, pdf_facts, published

ROOT = Path(__file__).resolve().parent.parent
DEV = [ROOT / "corpus" / "docs" / f"{name}.txt"
       for name in json.loads((ROOT / "corpus" / "splits.json").read_text(encoding="utf-8"))["dev"]]
TABLE_WORDS = "Section Contents Notes Summary The main points Read this first Background Sources and methods See the annex"


@pytest.fixture(scope="module")
def text_facts(ex):
    return {p: facts(ex.extract_file(p)) for p in DEV}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_facts_from_the_pdf_match_the_text_version(ex, text_facts, tmp_path, layout):
    match = Match()
    for p in DEV:
        match.add(text_facts[p], pdf_facts(ex, p, layout, tmp_path))
    numbers, same, extra = match.figures()
    assert match.text_facts > 400
    assert numbers >= 0.995 and extra == 0, (numbers, extra)
    assert same >= 0.98, same


def _norm(s: str) -> str:
    return " ".join(s.split())


def _paragraphs(path: Path) -> list[str]:
    from fixtures.typeset import body
    return [_norm(line) for line in body(path.read_text(encoding="utf-8")).split("\n") if line.strip()]


@pytest.mark.parametrize("layout", ["two-column", "three-column", "two-column-table"])
def test_columns_are_read_in_order_and_no_paragraph_is_split(tmp_path, layout):
    checked = 0
    for p in DEV:
        text, layout_ = read_pdf_bytes(build(p.read_text(encoding="utf-8"), layout, tmp_path / "x.pdf").read_bytes())
        if len(layout_.pages) < 2:
            continue
        source = [TITLE] + [f"• {para[2:]}" if para[:2] in ("- ", "• ") else para for para in _paragraphs(p)]
        assert _norm(text).replace(TABLE_WORDS + " ", "") == _norm(" ".join(source)), p.name
        paragraphs = [_norm(q) for q in text.split("\n\n")]
        split = [para for para in source if not any(para in q for q in paragraphs)]
        assert split == [], (p.name, split)
        checked += 1
    assert checked >= 10  # documents that run over more than one page


def test_a_sentence_runs_on_over_columns_and_pages(tmp_path):
    words = "offenders areas figures police courts prisons councils schools hospitals roads".split()
    para = " ".join(f"Sentence {i} of the long paragraph is about {words[i % 10]} and {words[i // 10]}, "
                    "with words enough to fill a line." for i in range(60))
    text, layout = read_pdf_bytes(build(f"Kent had 5 offenders.\n\n{para}\n\nThe end.", "two-column",
                                        tmp_path / "long.pdf").read_bytes())
    assert len(layout.pages) >= 2
    assert f"\n\n{para}\n\nThe end." in text  # one paragraph, however many columns it crosses
    assert HEADER not in text and "Page 1" not in text


def test_the_full_width_table_stays_in_place_as_tab_rows(tmp_path):
    path = DEV[0]
    text, _ = read_pdf_bytes(build(path.read_text(encoding="utf-8"), "two-column-table",
                                   tmp_path / "t.pdf").read_bytes())
    rows = "Section\tContents\tNotes\nSummary\tThe main points\tRead this first\nBackground\tSources and methods\tSee the annex"
    assert f"\n\n{rows}\n\n" in text
    before, after = text.split(rows)
    paras = _paragraphs(path)
    assert _norm(before).endswith(_norm(" ".join(paras[:len(paras) * 2 // 5])))  # the columns above
    assert _norm(after).startswith(_norm(" ".join(paras[len(paras) * 2 // 5:]))[:200])  # and below


def test_every_character_keeps_its_page_and_glyph_box_in_columns(tmp_path):
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar
    data = build(DEV[1].read_text(encoding="utf-8"), "three-column", tmp_path / "c.pdf").read_bytes()
    text, layout = read_pdf_bytes(data)
    import io
    glyphs = {}
    for number, page in enumerate(extract_pages(io.BytesIO(data)), 1):
        stack = [page]
        while stack:
            obj = stack.pop()
            if isinstance(obj, LTChar):
                glyphs[(number, obj.bbox)] = obj.get_text()
            elif hasattr(obj, "__iter__"):
                stack.extend(obj)
    assert len(layout.boxes) == len(text)
    for i, (ch, box) in enumerate(zip(text, layout.boxes)):
        if not ch.isspace():
            assert glyphs[(layout.page_of(i), box)] == ch, (i, ch)


def test_the_typesetter_gives_the_publication_date_and_refuses_unknown_layouts(tmp_path):
    assert published(DEV[0].read_text(encoding="utf-8")) == DEV[0].read_text(encoding="utf-8")[6:16]
    with pytest.raises(ValueError):
        build("text", "four-column", tmp_path / "x.pdf")


#: A layout and variant per family the reader was made robust to (a few, to keep the run short).
FAMILIES = [("two-column", "justified"), ("three-column", "narrow-justified"), ("two-column", "a4"),
            ("three-column", "times-small"), ("two-column-table", "narrow"), ("two-then-one", "courier"),
            ("one-column", "standfirst")]


@pytest.mark.parametrize("layout,variant", FAMILIES)
def test_facts_survive_the_typesetting_variants(ex, text_facts, tmp_path, layout, variant):
    match = Match()
    for p in DEV:
        match.add(text_facts[p], pdf_facts(ex, p, layout, tmp_path, variant))
    numbers, same, extra = match.figures()
    assert numbers >= 0.995 and extra == 0, (numbers, extra)
    assert same >= 0.98, same


@pytest.mark.parametrize("layout,variant", [("two-column", "justified"), ("two-column", "a4"),
                                            ("three-column", "times-small")])
def test_variants_are_read_in_order_one_page_documents_too(tmp_path, layout, variant):
    for p in DEV[::3]:
        text, _ = read_pdf_bytes(build(p.read_text(encoding="utf-8"), layout, tmp_path / "x.pdf", variant).read_bytes())
        source = [TITLE] + [f"• {para[2:]}" if para[:2] in ("- ", "• ") else para for para in _paragraphs(p)]
        assert _norm(text) == _norm(" ".join(source)), p.name
        assert "\t" not in text, p.name  # no prose line read as a table row


def test_a_word_gap_in_justified_prose_is_not_a_table_cell(tmp_path):
    from extractor.readers import pdf as reader
    import io
    para = " ".join(["Extraordinarily long words like interdepartmental responsibilities stretch the gaps"] * 12)
    data = build(f"{para}\n\nKent had 5 offenders.", "three-column", tmp_path / "j.pdf", "narrow-justified").read_bytes()
    (_, _, glyphs, spaced), *_ = reader._page_glyphs(io.BytesIO(data), "", None, 5)
    gaps = [b[0] - a[2] for (t, a), (_, b) in zip(glyphs, glyphs[1:]) if t == " " and abs(a[1] - b[1]) < 0.1]
    assert max(gaps) > 2 * reader.CHAR_MARGIN * 3  # wider than pdfminer's rule allows: pieces before
    text, _ = read_pdf_bytes(data)
    assert "\t" not in text and f"\n\n{para}\n\nKent had 5 offenders." in text


def test_a_real_table_still_comes_out_as_tab_rows_in_justified_and_narrow_variants(tmp_path):
    rows = "Section\tContents\tNotes\nSummary\tThe main points\tRead this first\nBackground\tSources and methods\tSee the annex"
    for variant in ("justified", "narrow-justified", "a4"):
        text, _ = read_pdf_bytes(build(DEV[0].read_text(encoding="utf-8"), "two-column-table", tmp_path / "t.pdf",
                                       variant).read_bytes())
        assert f"\n\n{rows}\n\n" in text, variant
        assert text.count("\t") == 6, variant


def test_a_short_last_column_is_a_column_not_a_row(tmp_path):
    """A4's only page of d02: the second column holds the article's last two lines; d37 in three
    narrow columns: the third holds one word ("services.")."""
    for name, layout, variant in (("d02", "two-column", "a4"), ("d37", "three-column", "times-small")):
        path = ROOT / "corpus" / "docs" / f"{name}.txt"
        assert path in DEV
        text, layout_ = read_pdf_bytes(build(path.read_text(encoding="utf-8"), layout, tmp_path / "s.pdf",
                                             variant).read_bytes())
        assert len(layout_.pages) == 1
        source = [TITLE] + [f"• {para[2:]}" if para[:2] in ("- ", "• ") else para for para in _paragraphs(path)]
        assert _norm(text) == _norm(" ".join(source)) and "\t" not in text, name


def test_a_one_page_running_head_with_a_number_is_left_out(tmp_path):
    text, _ = read_pdf_bytes(build("Kent had 5 offenders.\n\n" + "Words of the article go on. " * 60, "one-column",
                                   tmp_path / "h.pdf", "standfirst").read_bytes())
    assert "Issue 12" not in text and HEADER not in text
    assert text.startswith(f"{TITLE}\n\n{STANDFIRST}\n\nKent had 5 offenders.")


def test_paragraphs_are_told_apart_under_tight_leading(tmp_path):
    paras = [" ".join([f"Paragraph {i} has words enough to wrap over lines."] * 4) for i in range(8)]
    text, _ = read_pdf_bytes(build("\n".join(paras), "one-column", tmp_path / "p.pdf", "narrow").read_bytes())
    assert text.split("\n\n")[-len(paras):] == paras  # (after the title, and the header: 8 points as the text)


#: A page of one-line paragraphs (a made-up list of figures by area): nearly full lines that
#: end no sentence, between numbered items.
ONE_LINE_PARAGRAPHS = [
    "Offenders managed by each district council in the year to March",
    "1. Northtown 412",
    "Offenders of all three categories managed at levels one and two together",
    "2. Southbridge 387",
    "Registered offenders and violent offenders managed in the community",
    "3. Eastmoor 295",
    "Offenders managed by the district with the police and probation trusts",
    "4. Westfield 264",
    "People on the register who were cautioned or convicted again this year",
    "5. Kingsmead 198",
    "Offenders managed by the county council with the district councils",
    "6. Oakbury 143",
]


@pytest.mark.parametrize("variant", ["default", "times-small", "a4", "narrow"])
def test_a_page_of_one_line_paragraphs_keeps_its_paragraphs(ex, tmp_path, variant):
    """On such a page every gap is a paragraph's: taken for the page's line gap, it hid every
    paragraph break, and the items ran into one line ("... this year 5. Kingsmead 198
    Offenders ..."), their numbers "2." to "6." read as counts."""
    text_path = tmp_path / "list.txt"
    text_path.write_text("\n\n".join(ONE_LINE_PARAGRAPHS), encoding="utf-8")
    pdf = build(text_path.read_text(encoding="utf-8"), "one-column", tmp_path / "list.pdf", variant)
    text, _ = read_pdf_bytes(pdf.read_bytes())
    paragraphs = [_norm(q) for q in text.split("\n\n")]
    assert all(para in paragraphs for para in ONE_LINE_PARAGRAPHS), text
    match = Match()
    match.add(facts(ex.extract_file(text_path)), facts(ex.extract_file(pdf, timeout=None)))
    assert match.figures() == (1.0, 1.0, 0), match


# --- causes of extra numbers found on news articles beyond the corpus (issue 18) ----------------

def _drawn(path: Path, columns: list[tuple[float, float, list[str]]], size: float = 10.5) -> bytes:
    """A5 page drawn line by line as a typesetter sets it: ``columns`` holds (x, y of the first
    baseline, lines), each line a string of its own; "" is a paragraph's gap (half a line).
    A running head and "Page 1" in the margins, as the typeset layouts have."""
    return _drawn_pages(path, [columns], para=6.5, size=size)


def _wrap(text: str, width: float, size: float = 10.5) -> list[str]:
    from reportlab.lib.utils import simpleSplit
    return simpleSplit(text, "Helvetica", size, width)


PROSE = ("The county council said the new figures showed that more families had asked for help with "
         "their bills this winter than in any year since the service was set up, and that the "
         "waiting times for a first appointment had grown longer in every district. ")


def test_a_bare_number_ending_a_column_at_the_foot_of_the_page_is_text_not_a_page_number(ex, tmp_path):
    """"By phone: 0800 538" / "5058" at the foot of the page: the last line, a bare number in
    the bottom margin, was left out as a page number, and "0800" and "538" became counts. It
    sits at the text's own line gap under the line before it; a page number stands apart."""
    lines = _wrap(PROSE * 10, 330)[:35] + ["", "Call the helpline free of charge.", "By phone: 0800 538", "5058"]
    data = _drawn(tmp_path / "foot.pdf", [(42.5, 540, lines)])
    text, layout = read_pdf_bytes(data)
    assert text.rstrip().endswith("By phone: 0800 538 5058") and "Page 1" not in text
    assert layout.bbox(text.index("5058"), text.index("5058") + 4)[1] < 0.12 * 595  # in the margin band
    pdf = tmp_path / "foot.pdf"
    txt = tmp_path / "foot.txt"
    txt.write_text(text, encoding="utf-8")
    match = Match()
    match.add(facts(ex.extract_file(txt)), facts(ex.extract_file(pdf, timeout=None)))
    assert match.extra == 0 and not any(f[0] in (538, 800, 5058) for f in facts(ex.extract_file(pdf, timeout=None)))


def test_a_short_line_at_the_foot_of_a_column_ends_its_paragraph_without_a_full_stop(ex, tmp_path):
    """A table-like line ends the first column ("Band A | 0.05") and the next column starts
    with the next one ("Band B | 0.06"): continued as one paragraph, "0.05 B" was read as
    0.05 billion. A line that stops well short of its column ends a paragraph, full stop or
    none."""
    col1 = _wrap(PROSE * 5, 150)[:34] + ["", "Band A | 0.05"]
    col2 = ["Band B | 0.06", "", "Band C | 0.07", ""] + _wrap(PROSE, 150)
    data = _drawn(tmp_path / "cols.pdf", [(42.5, 540, col1), (215, 540, col2)])
    text, _ = read_pdf_bytes(data)
    assert "Band A | 0.05\n\nBand B | 0.06" in text and "\t" not in text
    pdf = tmp_path / "cols.pdf"
    assert not any(f[0] >= 1_000_000 for f in facts(ex.extract_file(pdf, timeout=None)))


def test_a_column_of_short_lines_beside_prose_is_a_column_not_table_rows(tmp_path):
    """A contents list (short lines, a few wrapped entries) beside a column of prose: the
    list column failed the prose test, the gutter was dropped, and each list line was read
    with the prose line beside it ("Valley 6 | include developing ..."), numbers joined to
    sentences."""
    contents = ["Contents", "", "1. Foreword 3", "", "Comment by the chair of the county's", "safety board",
                "", "2. Introduction 4", "", "3. Who takes part in the work of the", "partnership in the county? 5",
                "", "4. Case studies 9", "", "5. Figures for the year 12", "", "6. Contacts 14"]
    prose = _wrap(PROSE * 2, 150)
    data = _drawn(tmp_path / "toc.pdf", [(42.5, 520, contents), (215, 520, prose)])
    text, _ = read_pdf_bytes(data)
    assert "\t" not in text
    assert _norm(" ".join(prose)) in _norm(text)
    assert "\n\n4. Case studies 9\n\n" in text


def test_a_short_last_column_may_end_on_a_wrapped_telephone_number(tmp_path):
    """The article's last lines in the next column: "Press office" / "By phone: 0800 538" /
    "5058" (not all words). Taken for table cells, they were read with the prose beside them."""
    col1 = _wrap(PROSE * 4, 150)[:30]
    col2 = ["helpline.", "", "Press office", "By phone: 0800 538", "5058"]
    data = _drawn(tmp_path / "last.pdf", [(42.5, 520, col1), (215, 520, col2)])
    text, _ = read_pdf_bytes(data)
    assert "\t" not in text and text.rstrip().endswith("By phone: 0800 538 5058")
    assert _norm(" ".join(col1) + " helpline.") in _norm(text)


FIGURE_LINES = ["Band A | 142.95 | 2.79 | 0.05", "Band B | 166.78 | 3.25 | 0.06", "Band C | 190.60 | 3.72 | 0.07",
                "Band D | 214.42 | 4.18 | 0.08", "Band E | 262.06 | 5.11 | 0.10", "Band F | 309.71 | 6.04 | 0.12"]


@pytest.mark.parametrize("variant", ["a4", "times-small"])
def test_short_lines_of_figures_under_a_full_width_table_stay_in_their_columns(ex, tmp_path, variant):
    """A short page in two columns around the full-width table, the columns under it holding
    lines of figures only: the table's cells inside a column, and the lines of figures,
    outnumbered the column's prose lines, the gutter was dropped and the figures of two
    columns were read as one row ("0.05 | Band E | ..."), their last number joined to the next
    line's "B" (0.10 billion)."""
    paras = [PROSE, "The increase was set at the meeting of the full council last night.",
             "Bills by band for the year are set out below, in pounds a year and a week."]
    txt = tmp_path / "bands.txt"
    txt.write_text("\n\n".join(paras + FIGURE_LINES), encoding="utf-8")
    pdf = build(txt.read_text(encoding="utf-8"), "two-column-table", tmp_path / "bands.pdf", variant)
    text, layout = read_pdf_bytes(pdf.read_bytes())
    assert len(layout.pages) == 1
    paragraphs = [_norm(q) for q in text.split("\n\n")]
    assert all(line in paragraphs for line in FIGURE_LINES), text
    assert text.count("\t") == 6  # the word table's only
    match = Match()
    match.add(facts(ex.extract_file(txt)), facts(ex.extract_file(pdf, timeout=None)))
    assert match.extra == 0, match


# --- paragraph ends at a column's top, and a last column under the page's head (issue 18) ------

def _full_line(words: str, width: float = 150, size: float = 10.5) -> str:
    """The longest start of ``words`` that fits ``width``: a line that nearly fills its column."""
    return _wrap(words, width, size)[0]


def test_a_list_item_moved_whole_to_the_next_column_starts_its_paragraph(ex, tmp_path):
    """Orphan control moves a two-line list item whole to the next column, leaving the first
    column two lines short of the foot; its last line ("ii Levels at which ...") nearly fills
    the column and has no stop. Read on into "6. How ...", the list number became a count."""
    head = _full_line("ii Levels at which the offenders are managed by the partnership board")
    col1 = _wrap(PROSE * 8, 150)[:28] + ["", head]
    col2 = _wrap("6. How the partnership manages the risk posed by offenders in the county? 13", 150) \
        + [""] + _wrap(PROSE * 8, 150)[:29]
    data = _drawn(tmp_path / "orphan.pdf", [(42.5, 540, col1), (215, 540, col2)])
    text, _ = read_pdf_bytes(data)
    assert f"{head}\n\n6. How the partnership" in text
    assert not any(f[0] == 6 for f in facts(ex.extract_file(tmp_path / "orphan.pdf", timeout=None)))


@pytest.mark.parametrize("last,first", [
    ("9. Work with the victims and families of offenders 20", "10. The partnership and the media 21"),
    ("Comment by the board chair", "2. Introduction 4"),
])
def test_a_numbered_item_at_a_column_top_after_a_long_line_starts_its_paragraph(ex, tmp_path, last, first):
    """The first column runs to its foot and ends on a long line with no stop; the next column
    starts a numbered item: the number follows the last item's ("9." / "10."), or the marker
    would have fitted on the line before ("2."), so the line was ended on purpose. Joined, the
    item number was read as a count of the line before ("... 20 10.")."""
    line = _full_line(last) if last[0].isdigit() else last
    col1 = ["Contents", ""] + _wrap(PROSE * 8, 150)[:31] + ["", line]
    col2 = [first, ""] + _wrap(PROSE * 8, 150)[:32]
    data = _drawn(tmp_path / "item.pdf", [(42.5, 540, col1), (215, 540, col2)])
    text, _ = read_pdf_bytes(data)
    assert f"{line}\n\n{first}" in text, text
    number = int(first.split(".")[0])
    assert not any(f[0] == number for f in facts(ex.extract_file(tmp_path / "item.pdf", timeout=None)))


def test_a_sentence_running_on_into_a_numbered_line_is_not_split(tmp_path):
    """A sentence over a full column's foot goes on at the next column's top even where that
    starts with a number and a stop: "... the cases it oversaw rose from 4 to" / "6. The board
    ..." stays one paragraph when the marker would not have fitted and no list is running."""
    line = _full_line("and the number of the cases it oversaw each year rose from four to")
    col1 = _wrap(PROSE * 8, 150)[:33] + [line]
    col2 = _wrap("6. The board said that more would follow. " + PROSE * 8, 150)[:34]
    data = _drawn(tmp_path / "run.pdf", [(42.5, 540, col1), (215, 540, col2)])
    text, _ = read_pdf_bytes(data)
    assert f"{line} 6. The board" in text


def test_a_page_reference_on_its_own_line_at_a_column_top_is_its_own_paragraph(ex, tmp_path):
    """A heading fills the foot of the first column ("11. Figures for the whole of the year");
    its page reference, a paragraph of its own, tops the next column ("22"). Read on, "year 22"
    gave a count of 22 the text version has not."""
    head = _full_line("11. Figures for the whole of the year and the partnership's")
    col1 = _wrap(PROSE * 8, 150)[:33] + ["", head]
    col2 = ["22", "", "The figures explained"] + _wrap(PROSE * 8, 150)[:33]
    data = _drawn(tmp_path / "ref.pdf", [(42.5, 540, col1), (215, 540, col2)])
    text, _ = read_pdf_bytes(data)
    assert f"{head}\n\n22\n\nThe figures explained" in text
    assert not any(f[0] == 22 for f in facts(ex.extract_file(tmp_path / "ref.pdf", timeout=None)))


def test_a_one_line_last_column_beside_a_running_head_and_title_is_a_column(tmp_path):
    """The last page of an article in narrow columns: the second column holds one line ("in
    2015."), no more lines than the title and the byline that cross the gutter, so the
    page showed no gutter; that line was read as a table cell beside the first column's, and
    every line after it as the same table's rows (line breaks, not a paragraph)."""
    from reportlab.lib.pagesizes import A5
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase.pdfmetrics import stringWidth
    path = tmp_path / "narrow.pdf"
    c = canvas.Canvas(str(path), pagesize=A5)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(42.5, A5[1] - 50, "Statistics in the news: a digest of the week")
    byline = "By the digest's reporter on housing and planning"
    size = (215 - 1.5 - 42.5) / stringWidth(byline, "Helvetica", 1)  # ends 1.5 pt short of column 2
    c.setFont("Helvetica", size)
    c.drawString(42.5, A5[1] - 70, byline)
    c.setFont("Helvetica", 10.5)
    col1 = _wrap("The number of units given planning permission in the county increased from 1,209 in "
                 "2011 to 2,644 in 2015. " + PROSE * 3, 150)[:20]
    y = 500
    for line in col1:
        c.drawString(42.5, y, line)
        y -= 13
    c.drawString(215, 500, "in 2015.")
    c.save()
    text, _ = read_pdf_bytes(path.read_bytes())
    assert "\t" not in text
    assert _norm(" ".join(col1) + " in 2015.") in _norm(text)
    assert " ".join(col1[:3]) in text  # one paragraph, not rows


# --- causes of extra numbers found on further news and official texts (issue 19) -------------

def _drawn_pages(path: Path, pages: list[list[tuple[float, float, list[str]]]], para: float = 5,
                 size: float = 10.5) -> bytes:
    """A5 pages drawn line by line as a typesetter sets them: each page holds (x, y of the
    first baseline, lines) of its columns; lines are 13 points apart, "" adds a paragraph's
    space (``para`` points). A running head and a page number in the margins."""
    from reportlab.lib.pagesizes import A5
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A5)
    for n, columns in enumerate(pages, 1):
        c.setFont("Helvetica", 8)
        c.drawString(42.5, A5[1] - 25, HEADER)
        c.drawRightString(A5[0] - 42.5, 23, f"Page {n}")
        c.setFont("Helvetica", size)
        for x, y, lines in columns:
            for line in lines:
                if line:
                    c.drawString(x, y, line)
                    y -= 13
                else:
                    y -= para
        c.showPage()
    c.save()
    return path.read_bytes()


def _spaced(lines: list[str]) -> list[str]:
    """One-line paragraphs: a paragraph's space after each line."""
    return [x for line in lines for x in (line, "")]


#: A council's budget written as text, one row a paragraph: no line fills the column.
BUDGET_ROWS = [
    "Spending by service | this year £m | next year £m",
    "Libraries, museums and archives | 4.312 | 4.508",
    "Highways maintenance and street lighting | 31.775 | 33.020",
    "Parks, open spaces and allotments | 6.141 | 6.390",
    "Waste collection and recycling | 18.204 | 19.117",
    "Planning and building control | 3.986 | 4.052",
    "Concessionary travel and bus subsidies | 9.433 | 9.871",
    "Environmental health and licensing | 2.517 | 2.640",
    "Registrars and coroners | 1.208 | 1.266",
    "Net budget | 77.576 | 80.864",
]


def test_a_page_of_one_line_table_rows_is_not_taken_for_double_spacing(ex, tmp_path):
    """The widest rows set the column's right edge themselves, so no next word fitted after
    them and they passed for wrapped lines: the gap between the rows became the page's line
    gap (double spacing), every row ran into one paragraph under the heading's "£m", and all
    the figures read as millions of pounds."""
    heading = "The council agreed its budget for the coming year in February."
    pdf = _drawn_pages(tmp_path / "budget.pdf", [[(42.5, 520, _spaced([heading] + BUDGET_ROWS))]])
    text, _ = read_pdf_bytes(pdf)
    paragraphs = [_norm(q) for q in text.split("\n\n")]
    assert all(row in paragraphs for row in BUDGET_ROWS), text
    src = tmp_path / "budget.txt"
    src.write_text("\n\n".join([heading] + BUDGET_ROWS), encoding="utf-8")
    match = Match()
    match.add(facts(ex.extract_file(src)), facts(ex.extract_file(tmp_path / "budget.pdf", timeout=None)))
    assert match.figures()[2] == 0, match


#: A table written as one-line paragraphs, a cell a line.
REGION_LINES = ["Region", "Northern Fells", "1.4%", "-0.3%", "£187,204", "Southern Vale", "0.8%",
                "2.1%", "£263,950", "Eastern Marsh", "-0.6%", "-1.8%", "£158,317", "Western Downs",
                "0.2%", "-4.4%"]


def test_a_column_of_one_line_paragraphs_beside_prose_columns_is_a_column(tmp_path):
    """Three columns, the last of one-line paragraphs (a table's cells, a line each): none of
    its lines wraps, so it is neither prose nor a list column, and its gutter was dropped;
    its lines were read as cells of rows with the prose lines beside them ("England and
    Wales" + "movements of 1.6 per" + "2010)"). Its baselines, moved by every paragraph's
    space, match few of the prose column's: set one after the other, not row by row."""
    prose = _wrap(PROSE * 2 + "It said so.", 100)  # a short last line, ending a sentence
    half = len(prose) // 2
    pdf = _drawn_pages(tmp_path / "three.pdf", [[(42.5, 520, prose[:half]), (158.5, 520, prose[half:]),
                                                (274.5, 520, _spaced(REGION_LINES[:14]))]])
    text, _ = read_pdf_bytes(pdf)
    assert "\t" not in text
    assert _norm(" ".join(prose)) in _norm(text)
    paragraphs = [_norm(q) for q in text.split("\n\n")]
    assert all(line in paragraphs for line in REGION_LINES[:14]), text


def test_columns_of_one_line_paragraphs_under_a_table_keep_the_previous_pages_columns(tmp_path):
    """Page 2 opens with a full-width table, then two columns of one-line paragraphs: they
    show no prose, so the page shows no gutter of its own, and the previous page's was not
    carried over because the table's cells cross it; the two columns were read as table
    rows ("£187,204" + "£263,950")."""
    prose = _wrap(PROSE * 4, 155)
    page1 = [(42.5, 520, prose[:30]), (215, 520, prose[30:60])]
    table = [(48, 530, ["Section", "Summary"]), (140, 530, ["Contents", "Sources and methods used"]),
             (270, 530, ["Notes", "See the annex"])]
    page2 = table + [(42.5, 490, _spaced(REGION_LINES[:8])), (215, 490, _spaced(REGION_LINES[8:]))]
    text, _ = read_pdf_bytes(_drawn_pages(tmp_path / "under.pdf", [page1, page2]))
    after = text.split("See the annex", 1)[1]
    assert "\t" not in after
    paragraphs = [_norm(q) for q in after.split("\n\n")]
    assert all(line in paragraphs for line in REGION_LINES), after


def test_a_last_column_of_short_lines_ending_a_page_ends_its_paragraph(tmp_path):
    """A last column holding only one-line paragraphs showed no right edge beyond its own
    widest line, so its last line ("-4.4%") seemed to fill the column and ran into the next
    page's first ("-4.4% £112,480", read as a sum of money beside a change)."""
    prose = _wrap(PROSE * 2, 155)[:20]
    page1 = [(42.5, 520, prose), (215, 520, _spaced(REGION_LINES))]
    text, _ = read_pdf_bytes(_drawn_pages(tmp_path / "foot.pdf", [page1, [(42.5, 520, ["£112,480"])]]))
    assert text.rstrip().endswith("-4.4%\n\n£112,480"), text[-80:]


def test_a_one_column_page_of_short_lines_ending_ends_its_paragraph_at_the_page_foot(tmp_path):
    """The same on one-column pages: a page of short lines only took its widest line for its
    column's width, and its last line ran into the next page's first. The document's
    one-column pages share their column."""
    prose = _wrap(PROSE * 3, 335)[:25]
    pages = [[(42.5, 520, prose)], [(42.5, 520, _spaced(REGION_LINES))], [(42.5, 520, ["£4,112,480"])]]
    text, _ = read_pdf_bytes(_drawn_pages(tmp_path / "pages.pdf", pages))
    assert text.rstrip().endswith("-4.4%\n\n£4,112,480"), text[-80:]


def test_a_compound_broken_before_its_hyphen_is_joined(tmp_path):
    """A justified line may break a compound before its hyphen ("for five" / "-and-a-half
    years."): joined with a space, "five" read as a count. A minus sign ("-4.2 per cent")
    and a dash ("- from") keep their space."""
    lines = ["The magistrates sent the case to the crown court, where the judge jailed him for five",
             "-and-a-half years. Prices fell by",
             "-4.2 per cent over the year, the survey said."]
    text, _ = read_pdf_bytes(_drawn_pages(tmp_path / "hyphen.pdf", [[(42.5, 520, lines)]]))
    assert "for five-and-a-half years. Prices fell by -4.2 per cent" in text, text
