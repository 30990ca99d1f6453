"""Reports as they are published: the corpus dev split typeset in one, two and three columns
and in two columns around a full-width table (tests/fixtures/typeset.py), read back by the PDF
reader. The facts must be those of the text version, the words in the text's order, and no
paragraph of the text split, whichever column or page it runs over. (benchmarks/pdf_layouts.py
prints the same figures for any split.)"""
import json
from pathlib import Path

import pytest

from extractor.readers.pdf import read_pdf_bytes
from fixtures.typeset import HEADER, LAYOUTS, TITLE, Match, build, facts, pdf_facts, published

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
