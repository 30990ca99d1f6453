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
