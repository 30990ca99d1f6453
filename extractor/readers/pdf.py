"""Read PDFs into text in reading order, with page boundaries and a bounding box for every
character.

How a page is read:

1. **Glyphs** come from pdfminer.six's content-stream interpreter through our own small device
   (:class:`_GlyphDevice`), not through its layout analysis: for each glyph we keep only its
   text and box (the same box pdfminer's ``LTChar`` would have). pdfminer's ``extract_text``
   builds an ``LTChar`` object per glyph, an ``LTCurve`` per path and runs the whole layout
   analysis (lines, boxes, ``boxes_flow`` ordering); we need none of the objects, and order
   the page ourselves, so reading costs well under what ``extract_text`` does.
2. **Lines**: consecutive glyphs that overlap vertically and sit within ``CHAR_MARGIN`` glyph
   widths of each other form a line, with a space where the gap is wider than
   ``WORD_MARGIN`` (pdfminer's own rule for text lines, with the values we used with it).
   A glyph after a printed space of the same string stays on the line at any distance:
   justified text widens its spaces far beyond ``CHAR_MARGIN`` (:func:`_lines`).
3. **Rows**: lines sharing a baseline band, so that a table row whose cells are separate
   lines ("Oxfordshire" ... "323") comes out as one line with a tab between the cells, the
   same shape as a plain-text table.
4. **Columns** (:func:`_gutters`, :func:`_reading_order`): a page set in columns has vertical
   gutters that almost no line crosses, with prose on both sides. We find them from the
   page's x-coverage by lines, the projection-profile idea of the XY-cut and of PyMuPDF's
   column boxes, but checked for prose (enough lines, each filling its column) so that the
   gaps between table cells are not taken for gutters. Rows that cross a gutter (a full-width
   title, a full-width table) are read in place; the runs of rows between them are read
   column by column; a last column holding only an article's last few lines, too narrow to
   look like prose, is still a column (:func:`_is_short_last_column`). pdfminer's
   ``boxes_flow`` orders text *boxes* by a weighted position, which interleaves columns as
   soon as paragraphs of two columns line up, and splits table rows into boxes; pdfplumber has no column order; PyMuPDF is AGPL and not a dependency.
5. **Joins**: lines of a paragraph are joined with a space, paragraphs with a blank line (a
   vertical gap, a bullet, a table). Where the text moves to the top of the next column or
   page, it continues the paragraph unless the previous line ends a sentence short of its
   column's width (the next word would have fitted after it): a sentence that runs from the
   bottom of one column to the top of the next is never split. A numbered item or a lone page
   reference at a column's top starts a paragraph where the line before was ended on purpose
   (its column stops short of the foot, the item number follows the last, or the marker
   would have fitted): :func:`_next_item`, :func:`_is_lone_figure`. A paragraph break is a gap
   over the page's usual line gap (:func:`_paragraph_gap`), measured after wrapped lines, not
   over all rows: a page of one-line paragraphs has no gap within one (:func:`_line_gap`);
   a running head is left out by its repeats, or on a one-page document by its look
   (:func:`_is_running_head`).

What text extraction breaks is repaired while every character of the output keeps the bbox of
the glyph it came from (a character we add, like the space or tab between cells, has none):

- words hyphenated across lines ("manage-" / "ment" → "management"; "2006-" / "07" → "2006-07"),
- thin and no-break spaces inside numbers ("1 405" → "1405"),
- ligatures ("ﬁ" → "fi", both characters on the ligature's box),
- glyphs with no Unicode mapping, which pdfminer writes as ``(cid:N)``: one character on the
  glyph's box, a bullet "•" where the font says so (WinAnsi's unused codes, which the PDF
  standard draws as bullets; the bullet codes of Symbol and Wingdings), else U+FFFD, so the
  code never becomes a number (:func:`_undefined_char`),
- running headers, footers and page numbers (text repeated in the page margins, or a bare
  number there) are left out, so they never become statistics.

Text inside form XObjects is read when the form covers at least half the page (a page wrapped
in a form); smaller forms are figures, and their labels are left out, as before.

Encrypted files open with ``password``; pages can be chosen and capped. A document that
pdfminer cannot parse raises :class:`ReadError` with ``pdf_encrypted`` or ``pdf_damaged``;
``read_pdf(..., timeout=...)`` runs the parse in a child process and raises ``timeout`` when
it takes too long (pdfminer is pure Python: a pathological file can loop, and a thread cannot
be stopped).
"""
from __future__ import annotations

import hashlib
import io
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..process import die_with_parent
from .text import Document, ReadError, read_bytes

_PAGE_RANGE = re.compile(r"(\d+)(?:-(\d+))?")
_DIGIT_RUN = re.compile(r"\d+")

Box = tuple[float, float, float, float]

#: Pages read at most unless told otherwise.
MAX_PAGES = 500

#: pdfminer's LAParams as this reader used them: glyphs further apart than CHAR_MARGIN widths
#: start a new line; a gap over WORD_MARGIN of a glyph's size is a space; glyphs of one line
#: overlap vertically by LINE_OVERLAP of the smaller.
CHAR_MARGIN = 2.0
WORD_MARGIN = 0.1
LINE_OVERLAP = 0.5

_NUM_SPACES = {"\u2009", "\u202f", "\u00a0", "\u2007"}
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?(?:\d{1,4}|[ivxlc]{1,7})(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
_LIST_START = re.compile(r"^(?:[-•*–]\s|\(?(?:[a-z]{1,3}|\d{1,2})[.)]\s)")  # not "(134) and"
_BULLETS = "•◦▪●-–*"
_ITEM_NUMBER = re.compile(r"^\(?(\d{1,2})[.)]\s")  # "6. ", "(10) "
_LONE_FIGURE = re.compile(r"^\d{1,4}$")  # a page reference on a line of its own: "22"
_SENTENCE_END = ".!?:;\"”’')"

#: Codes a font draws as a bullet when it has no Unicode mapping for them. WinAnsiEncoding
#: draws its unused codes as bullets (PDF 32000-1, Annex D); Symbol and Wingdings fonts
#: (named so, often embedded without a ToUnicode map) have their own bullet codes, also in the
#: 0xF000 private-use range that symbolic TrueType fonts use.
_WINANSI_UNUSED = frozenset({127, 129, 141, 143, 144, 157})
_SYMBOL_BULLETS = {"symbol": frozenset({183, 0xF0B7}),
                   "wingdings": frozenset({108, 159, 167, 0xF06C, 0xF09F, 0xF0A7})}


@dataclass
class Layout:
    """Where each character of the extracted text sits: pages and glyph boxes."""
    pages: list[dict] = field(default_factory=list)  # {"number", "start", "end"} (1-based numbers)
    boxes: list[Box | None] = field(default_factory=list)  # one per character of the text
    #: ``{"code", "message"}`` entries the record carries in ``errors`` although the text was
    #: read: ``truncated`` when the PDF has more pages than the page limit.
    warnings: list[dict] = field(default_factory=list)

    def page_of(self, pos: int) -> int | None:
        starts = [p["start"] for p in self.pages]
        i = bisect_right(starts, pos) - 1
        return self.pages[i]["number"] if i >= 0 else None

    def bbox(self, start: int, end: int) -> list[float] | None:
        """Union of the glyph boxes of text[start:end] on the page where it starts."""
        page = self.page_of(start)
        limit = next((p["end"] for p in self.pages if p["number"] == page), end)
        got = [b for b in self.boxes[start:min(end, limit)] if b is not None]
        if not got:
            return None
        return [round(min(b[0] for b in got), 2), round(min(b[1] for b in got), 2),
                round(max(b[2] for b in got), 2), round(max(b[3] for b in got), 2)]


@dataclass
class _Line:
    x0: float
    y0: float
    x1: float
    y1: float
    chars: list[tuple[str, Box | None]]
    #: width and right edge of the column the line is in (set when the page is ordered): a
    #: shorter line may end a paragraph
    measure: float = 0.0
    right: float = 0.0
    #: the bottom of the lowest line of the run of columns the line is in (set when a page in
    #: columns is ordered): a column that ends well above it was ended on purpose
    foot: float | None = None

    @property
    def text(self) -> str:
        return "".join(c for c, _ in self.chars)


class _Builder:
    """Appends text and boxes in step, so text and layout can never drift apart."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.boxes: list[Box | None] = []
        self.length = 0
        #: the number of the last row that started with a numbered item ("9. Victim Work 20")
        self.item: int | None = None

    def add(self, s: str, box: Box | None = None) -> None:
        self.parts.append(s)
        self.boxes.extend([box] * len(s))
        self.length += len(s)

    def last_char(self) -> str:
        return self.parts[-1][-1] if self.parts and self.parts[-1] else ""

    def char_before_last(self) -> str:
        tail = "".join(self.parts[-2:])
        return tail[-2] if len(tail) >= 2 else ""

    def drop_last(self) -> None:
        last = self.parts.pop()
        self.boxes.pop()
        self.length -= 1
        if len(last) > 1:
            self.parts.append(last[:-1])


# --- glyphs ---------------------------------------------------------------------------------

def _undefined_char(font, cid: int) -> str:
    """The character for a glyph the font gives no Unicode for (pdfminer: ``(cid:N)``).

    >>> class F: fontname, cid2unicode = "ABCDEF+Wingdings-Regular", {}
    >>> _undefined_char(F, 159), _undefined_char(F, 50)
    ('•', '�')
    """
    name = (getattr(font, "fontname", None) or "").lower().replace(" ", "")
    for family, codes in _SYMBOL_BULLETS.items():
        if family in name and cid in codes:
            return "•"
    winansi = (getattr(font, "cid2unicode", None) or {}).get(149) == "•"
    if winansi and cid in _WINANSI_UNUSED:
        return "•"
    return "\ufffd"


def _glyph_device_class():
    """The device class, made on first use so that pdfminer is imported only when a PDF is read."""
    from pdfminer.pdfdevice import PDFTextDevice
    from pdfminer.pdffont import PDFUnicodeNotDefined
    from pdfminer.utils import apply_matrix_rect, mult_matrix

    class _GlyphDevice(PDFTextDevice):
        """Collects ``(text, (x0, y0, x1, y1))`` per glyph of a page, boxes as pdfminer's
        ``LTChar`` computes them; paths and images are not looked at."""

        def __init__(self, rsrcmgr) -> None:
            super().__init__(rsrcmgr)
            self.glyphs: list[tuple[str, Box]] = []
            #: indexes of glyphs that follow a printed space in the same string (see _lines)
            self.spaced: set[int] = set()
            self.size = (0.0, 0.0)
            self._keep = [True]
            self._chars: dict = {}  # (font, cid) → (text, width): a font's glyphs decoded once

        def begin_page(self, page, ctm) -> None:
            x0, y0, x1, y1 = apply_matrix_rect(ctm, page.mediabox)
            self.size = (abs(x1 - x0), abs(y1 - y0))
            self.glyphs = []
            self.spaced = set()
            self._keep = [True]

        def begin_figure(self, name, bbox, matrix) -> None:
            x0, y0, x1, y1 = apply_matrix_rect(mult_matrix(matrix, self.ctm), bbox)
            big = abs((x1 - x0) * (y1 - y0)) >= 0.5 * self.size[0] * self.size[1]
            self._keep.append(self._keep[-1] and big)

        def end_figure(self, name) -> None:
            self._keep.pop()

        def _char(self, font, cid: int) -> tuple[str, float]:
            key = (font, cid)
            got = self._chars.get(key)
            if got is None:
                try:
                    text = font.to_unichr(cid)
                except PDFUnicodeNotDefined:
                    text = _undefined_char(font, cid)
                got = self._chars[key] = (text, font.char_width(cid))
            return got

        def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate) -> float:
            """One glyph, any writing direction (the general path; horizontal text takes
            :meth:`render_string_horizontal`)."""
            text, width = self._char(font, cid)
            adv = width * fontsize * scaling
            if font.is_vertical():
                vx, vy = font.char_disp(cid)
                vx = fontsize * 0.5 if vx is None else vx * fontsize * 0.001
                vy = (1000 - vy) * fontsize * 0.001
                box = (-vx, vy + rise + adv, -vx + fontsize, vy + rise)
            else:
                descent = font.get_descent() * fontsize
                box = (0, descent + rise, adv, descent + rise + fontsize)
            x0, y0, x1, y1 = apply_matrix_rect(matrix, box)
            if self._keep[-1]:
                self.glyphs.append((text, (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))))
            return adv

        def render_string_horizontal(self, seq, matrix, pos, font, fontsize, scaling, charspace, wordspace,
                                     rise, dxscale, ncs, graphicstate):
            """pdfminer's loop, with the glyph box computed inline for unrotated text."""
            a, b, c, d, e, f = matrix
            if b or c or not self._keep[-1]:
                return super().render_string_horizontal(seq, matrix, pos, font, fontsize, scaling, charspace,
                                                        wordspace, rise, dxscale, ncs, graphicstate)
            x, y = pos
            lo = font.get_descent() * fontsize + rise
            ylo, yhi = sorted((d * lo + (y * d + f), d * (lo + fontsize) + (y * d + f)))
            step = fontsize * scaling
            out = self.glyphs
            char = self._char
            need_space = spaced = False
            for obj in seq:
                if isinstance(obj, (int, float)):
                    x -= obj * dxscale
                    need_space = True
                elif isinstance(obj, bytes):
                    for cid in font.decode(obj):
                        if need_space:
                            x += charspace
                        text, width = char(font, cid)
                        adv = width * step
                        left = x * a + e
                        right = a * adv + left
                        if spaced:
                            self.spaced.add(len(out))
                        out.append((text, (left, ylo, right, yhi) if left <= right else (right, ylo, left, yhi)))
                        x += adv
                        if cid == 32 and wordspace:
                            x += wordspace
                        spaced = text == " "
                        need_space = True
            return (x, y)

    return _GlyphDevice


def _page_glyphs(fp, password: str, page_numbers, max_pages: int):
    """``(width, height, glyphs, spaced)`` for each page read, in order (``spaced``: the
    indexes of glyphs that follow a printed space in the same string)."""
    import logging

    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its warnings become our error codes
    rsrcmgr = PDFResourceManager(caching=True)
    device = _glyph_device_class()(rsrcmgr)
    interpreter = PDFPageInterpreter(rsrcmgr, device)
    for page in PDFPage.get_pages(fp, page_numbers, maxpages=max_pages, password=password, caching=True):
        interpreter.process_page(page)
        yield device.size[0], device.size[1], device.glyphs, device.spaced


# --- lines and rows -------------------------------------------------------------------------

def _same_line(prev: Box, box: Box) -> bool:
    """pdfminer's test for two glyphs of one horizontal text line."""
    overlap = min(prev[3], box[3]) - max(prev[1], box[1])
    if overlap < 0 or overlap <= LINE_OVERLAP * min(prev[3] - prev[1], box[3] - box[1]):
        return False
    gap = max(box[0] - prev[2], prev[0] - box[2], 0.0)
    return gap <= CHAR_MARGIN * max(prev[2] - prev[0], box[2] - box[0])  # <=: zero-width glyphs touch


def _same_baseline(prev: Box, box: Box) -> bool:
    return abs(prev[1] - box[1]) < 0.1 * (box[3] - box[1]) and box[0] >= prev[2] - 0.1


def _make_line(chars: list[tuple[str, Box | None]]) -> _Line | None:
    boxes = [b for _, b in chars if b is not None]
    x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
    while chars and chars[-1][0].isspace():
        chars.pop()
    start = 0
    while start < len(chars) and chars[start][0].isspace():
        start += 1
    return _Line(x0, y0, x1, y1, chars[start:]) if start < len(chars) else None


def _lines(glyphs: list[tuple[str, Box]], spaced: set[int] | frozenset = frozenset()) -> list[_Line]:
    """Glyphs (in content order) → text lines, with a space added where words are apart and
    ligatures spelt out (each letter on the ligature's box).

    A glyph that follows a printed space in the same string (``spaced``) stays on its line
    however wide the gap: that is justified text, whose word spacing (``Tw``, or a ``TJ``
    offset) stretches every space of a line alike, in a narrow column to several ems, far
    beyond pdfminer's CHAR_MARGIN. Split there, a justified line fell into pieces that were
    read as a table's cells, and its columns were no longer seen as prose. Table cells are
    strings of their own, so their gaps are still judged by CHAR_MARGIN."""
    out: list[_Line] = []
    chars: list[tuple[str, Box | None]] = []
    prev: Box | None = None
    for i, (text, box) in enumerate(glyphs):
        if prev is not None and not _same_line(prev, box) and not (i in spaced and _same_baseline(prev, box)):
            line = _make_line(chars)
            if line is not None:
                out.append(line)
            chars = []
        elif prev is not None and prev[2] < box[0] - WORD_MARGIN * max(box[2] - box[0], box[3] - box[1]) \
                and not (text.isspace() or chars[-1][0].isspace()):
            chars.append((" ", None))  # not after a printed space that word spacing widened
        if len(text) == 1 and not 0xFB00 <= ord(text) <= 0xFB4F:
            chars.append((text, box))
        else:
            if len(text) == 1:  # ligatures: "ﬁ" → "fi"
                text = unicodedata.normalize("NFKC", text)
            chars.extend((c, box) for c in text)
        prev = box
    if chars:
        line = _make_line(chars)
        if line is not None:
            out.append(line)
    return out


def _rows(lines: list[_Line]) -> list[list[_Line]]:
    """Lines sharing a baseline band, top to bottom; within a row, left to right."""
    rows: list[list[_Line]] = []
    for line in sorted(lines, key=lambda ln: (-ln.y1, ln.x0)):
        mid = (line.y0 + line.y1) / 2
        for row in rows[-3:]:
            r0, r1 = row[0].y0, row[0].y1  # the row's first line: a band that cannot creep down the page
            h = max(1.0, min(r1 - r0, line.y1 - line.y0))
            if r0 - 0.2 * h <= mid <= r1 + 0.2 * h:
                row.append(line)
                break
        else:
            rows.append([line])
    for row in rows:
        row.sort(key=lambda ln: ln.x0)
    rows.sort(key=lambda r: -max(ln.y1 for ln in r))
    return rows


def _row_key(row: list[_Line]) -> str:
    return _DIGIT_RUN.sub("#", " ".join(ln.text for ln in row)).strip().lower()


def _furniture(pages_rows: list[tuple[float, list[list[_Line]]]]) -> set[tuple[int, int]]:
    """(page index, row index) of running headers, footers and page numbers."""
    margin_rows: list[tuple[int, int, str]] = []
    for p, (height, rows) in enumerate(pages_rows):
        for r, row in enumerate(rows):
            if 1 < r < len(rows) - 2:
                continue  # below the page's first two rows and above its last two: body text
            top = max(ln.y1 for ln in row)
            bottom = min(ln.y0 for ln in row)
            if top > height * 0.88 or bottom < height * 0.12:
                margin_rows.append((p, r, _row_key(row)))
    counts = Counter(k for _, _, k in margin_rows)
    n_pages = len(pages_rows)
    out = set()
    for p, r, key in margin_rows:
        rows = pages_rows[p][1]
        text = " ".join(ln.text for ln in rows[r]).strip()
        if (_PAGE_NUMBER.match(text) or (n_pages >= 2 and counts[key] >= max(2, n_pages // 2))
                or (r == 0 and _is_running_head(rows))) and not _in_body(rows, r):
            out.add((p, r))
    return out


def _in_body(rows: list[list[_Line]], r: int) -> bool:
    """The margin row ``r`` is a line of a paragraph, not furniture: a line of the same size,
    in the same column, sits above or below it at no more than a paragraph's line gap. The
    last line of a column that reaches the foot of the page may be a bare number (a telephone
    number wrapped: "By phone: 0800 538" / "5058"); taken for a page number, it was left out,
    and the rest of the number became counts. A page number or running head stands apart from
    the text by more than that."""
    row = rows[r]
    h = max(ln.y1 - ln.y0 for ln in row)
    x0, x1 = min(ln.x0 for ln in row), max(ln.x1 for ln in row)
    for k in range(max(0, r - 3), min(len(rows), r + 4)):
        if k == r:
            continue
        other = rows[k]
        oh = max(ln.y1 - ln.y0 for ln in other)
        if abs(oh - h) > 0.15 * h:
            continue
        gap = min(ln.y0 for ln in other) - max(ln.y1 for ln in row) if k < r \
            else min(ln.y0 for ln in row) - max(ln.y1 for ln in other)
        near = any(ln.x0 < x1 and ln.x1 > x0 and abs(ln.x0 - x0) < 1 for ln in other)
        if near and -0.2 * h <= gap <= 0.5 * h:
            return True
    return False


def _is_running_head(rows: list[list[_Line]]) -> bool:
    """The page's first row is a running head by its look alone (a one-page document has no
    repeats to show it): set smaller than the body text, and apart from the row below it by
    more than half a body line. ("Quarterly - Issue 12, 2021" over a one-page article became a
    statistic.) A title is larger than the body, and a first line of body text is not apart."""
    if len(rows) < 6:
        return False
    heights = sorted(ln.y1 - ln.y0 for row in rows for ln in row)
    body = heights[len(heights) // 2]
    head, below = rows[0], rows[1]
    size = max(ln.y1 - ln.y0 for ln in head)
    gap = min(ln.y0 for ln in head) - max(ln.y1 for ln in below)
    return size < 0.9 * body and gap > 0.5 * body


# --- columns --------------------------------------------------------------------------------

#: x-resolution (points) of the coverage profile; a gutter is at least GUTTER_MIN points wide
#: and crossed by few more lines than the emptiest x (GUTTER_CROSSING of the busiest x's lines).
#: One point: a 12-point gutter beside ragged-right text may show only 7 points clear, which
#: 2-point bins, each counted as covered by any line touching it, cut to 4.
_BIN = 1.0
GUTTER_MIN = 5.0
GUTTER_CROSSING = 0.05
VALLEY = 0.25


def _coverage(lines: list[_Line], left: float, n: int) -> list[int]:
    cover = [0] * n
    for ln in lines:
        for i in range(int((ln.x0 - left) / _BIN), min(n, int((ln.x1 - left) / _BIN) + 1)):
            cover[i] += 1
    return cover


def _runs(cover: list[int], lo: int, hi: int, limit: float) -> list[tuple[int, int]]:
    """Maximal [i, j) within [lo, hi) where cover <= limit."""
    out, i = [], lo
    while i < hi:
        if cover[i] > limit:
            i += 1
            continue
        j = i
        while j < hi and cover[j] <= limit:
            j += 1
        out.append((i, j))
        i = j
    return out


def _low_runs(cover: list[int], left: float) -> list[tuple[float, float]]:
    """x-intervals inside the text that (next to) no line crosses, with more lines on both
    sides. Valleys are where few lines are (VALLEY of the busiest x); the gutter is the
    valley's emptiest part, so that one crossed by a title or a full-width table is found,
    and so is one beside a column holding only the article's last few lines."""
    n, busiest = len(cover), max(cover)
    out = []
    # a short page's gutter may be crossed by a running head, a title and a full-width table's
    # rows: four lines, over VALLEY of a column of fifteen
    for a, b in _runs(cover, 0, n, max(VALLEY * busiest, min(4, 0.4 * busiest))):
        lowest = min(cover[a:b])
        # the allowance for crossing lines first; then none, for a valley that runs on into a
        # column holding a few lines only (fewer than the allowance: A4's first page, whose
        # second column has the article's last two lines)
        for limit in (lowest + GUTTER_CROSSING * busiest, lowest):
            found = []
            for i, j in _runs(cover, a, b, limit):
                top = max(cover[i:j])
                if 0 < i and j < n and (j - i) * _BIN >= GUTTER_MIN \
                        and max(cover[:i]) > top and max(cover[j:]) > top:
                    found.append((left + i * _BIN, left + j * _BIN))
            if found:
                out.extend(found)
                break
    return out


def _is_prose_column(lines: list[_Line], lo: float, hi: float) -> bool:
    """Lines inside [lo, hi] that are prose, not a table's cells: most of its text is in
    lines that fill the column and hold words (a column of figures does neither). The last
    column of an article may hold a single line.

    "Most of its text", not most of its lines: counted by lines, the cells of a full-width
    table that fall inside the column ("Section", "Summary") or a few short lines of figures
    ("A | 142.95 | 2.79 | 0.05") outnumbered the column's prose on a short page, its gutter
    was dropped and its lines were read with those of the next column as table rows."""
    inside = [ln for ln in lines if ln.x0 >= lo - 1 and ln.x1 <= hi + 1]
    if not inside:
        return False
    width = max(ln.x1 - ln.x0 for ln in inside)
    total = sum(len(ln.chars) for ln in inside)
    filled = sum(len(ln.chars) for ln in inside if ln.x1 - ln.x0 >= 0.6 * width)
    sizes = sorted(len(ln.chars) for ln in inside)
    half, seen, median = total / 2, 0, 0  # the line length at the middle character
    for size in sizes:
        seen += size
        if seen >= half:
            median = size
            break
    return width >= 60 and 2 * filled >= total and median >= 12


def _is_short_last_column(lines: list[_Line], edges: list[float], k: int) -> bool:
    """The last column [edges[2k], edges[2k+1]] holds only the end of an article: a few
    lines (perhaps one word: "services."), flush left, starting at the top of the prose column
    before it, none wider than that column ("... from 82 to 86." | "allows anyone to"). Too
    narrow for :func:`_is_prose_column`, yet a column: read as a row's cell, its line joined a
    line of the column before. The top is that of the column's text beside it (a standfirst's
    last line, flush left over the first column, is not the column's top). A few is up to four, or a quarter of the lines of the column
    before; most hold words, not all: an article may end on a telephone number wrapped
    ("By phone: 0800 538" / "5058"), which read across the rows joined the prose beside it."""
    if k == 0 or 2 * k + 1 != len(edges) - 1:
        return False
    lo, hi, plo, phi = edges[2 * k], edges[2 * k + 1], edges[2 * k - 2], edges[2 * k - 1]
    inside = [ln for ln in lines if ln.x0 >= lo - 1 and ln.x1 <= hi + 1]
    before = [ln for ln in lines if ln.x0 >= plo - 1 and ln.x1 <= phi + 1]
    if not inside or len(inside) > max(4, len(before) // 4) or not _is_prose_column(lines, plo, phi):
        return False
    left = min(ln.x0 for ln in inside)
    measure = max(ln.x1 for ln in before) - min(ln.x0 for ln in before)
    h = max(ln.y1 - ln.y0 for ln in inside)
    worded = sum(any(c.isalpha() for c in ln.text) or ln.text[-1] in _SENTENCE_END for ln in inside)
    top = max(ln.y1 for ln in inside)
    return all(abs(ln.x0 - left) < 1 and ln.x1 - ln.x0 <= measure + 1 for ln in inside) \
        and 2 * worded > len(inside) and any(abs(ln.y1 - top) <= h for ln in before) \
        and top >= max(ln.y1 for ln in before if ln.y1 <= top + 1.5 * h) - h


def _is_list_column(lines: list[_Line], edges: list[float], k: int, prose: list[bool]) -> bool:
    """The column [edges[2k], edges[2k+1]] holds mostly short lines (a contents list, lines
    of figures: "1999 5,140 11,140"), yet is a column of text beside a prose column: some of
    its lines are wrapped, filling the column with words. Such a column failed
    :func:`_is_prose_column`, its gutter was dropped, and each of its lines was read with the
    line of the prose column beside it ("Valley 6 | include developing ...", a table row). A
    table's column of figures or of short labels has no such lines."""
    if not any(prose[j] for j in (k - 1, k + 1) if 0 <= j < len(prose)):
        return False
    lo, hi = edges[2 * k], edges[2 * k + 1]
    inside = [ln for ln in lines if ln.x0 >= lo - 1 and ln.x1 <= hi + 1]
    if len(inside) < 3:
        return False
    left = min(ln.x0 for ln in inside)
    full = [ln for ln in inside if ln.x1 - left >= 0.85 * (hi - left) and ln.text.count(" ") >= 2
            and sum(c.isalpha() for c in ln.text) >= 0.6 * len(ln.chars)]
    return len(full) >= 2 and hi - left >= 60


def _is_off_grid_column(lines: list[_Line], edges: list[float], k: int, prose: list[bool]) -> bool:
    """The column [edges[2k], edges[2k+1]] beside a prose column holds short lines set flush
    left (a run of one-line paragraphs: "Region", "London", "1.6%", "£341,871") whose
    baselines mostly match none of that prose column's: the two columns were set one after
    the other, not row by row. A table's cells stand on their row's baseline, beside the
    cells of the column before; a column of one-line paragraphs moves off the prose
    column's grid at every paragraph's space. Such a column failed :func:`_is_prose_column`
    and :func:`_is_list_column` (no line of it wraps), its gutter was dropped, and its lines
    were read as cells of rows with the prose beside them ("England and Wales" + "movements
    of 1.6 per" + "2010)")."""
    lo, hi = edges[2 * k], edges[2 * k + 1]
    inside = [ln for ln in lines if ln.x0 >= lo - 1 and ln.x1 <= hi + 1]
    if len(inside) < 4:
        return False
    left = min(ln.x0 for ln in inside)
    if 3 * sum(abs(ln.x0 - left) < 1 for ln in inside) < 2 * len(inside):
        return False
    for j in (k - 1, k + 1):
        if not 0 <= j < len(prose) or not prose[j]:
            continue
        beside = [ln.y0 for ln in lines if ln.x0 >= edges[2 * j] - 1 and ln.x1 <= edges[2 * j + 1] + 1]
        if len(beside) < 4:
            continue
        on_grid = sum(any(abs(ln.y0 - y) < 1 for y in beside) for ln in inside)
        if 2 * on_grid < len(inside):
            return True
    return False


def _gutters(lines: list[_Line]) -> list[tuple[float, float]]:
    """The page's column gutters, left to right (none for a one-column page). Where none
    shows, they are looked for again under the page's head (:func:`_under_head`)."""
    runs = _column_gutters(lines)
    if not runs and len(lines) >= 3:
        below = _under_head(lines)
        if below:
            runs = _column_gutters(below)
    return runs


def _under_head(lines: list[_Line]) -> list[_Line] | None:
    """The lines from the page's first row of lines side by side down, if one to three lines
    stand above it (a running head, a title): the last page of an article in narrow columns
    may hold one line in its last column ("in 2015."), no more than the head and title that
    cross the gutter, which then showed no valley, and the column's line was read as a cell
    of a table row with the first column's, every row after it as that table's."""
    order = sorted(lines, key=lambda ln: -ln.y1)
    top = None
    for a, b in zip(order, order[1:]):
        if abs(a.y0 - b.y0) < 1 and (a.x0 > b.x1 or b.x0 > a.x1):
            top = a.y1 + 1
            break
    if top is None:
        return None
    below = [ln for ln in lines if ln.y1 <= top]
    return below if 1 <= len(lines) - len(below) <= 3 else None


def _column_gutters(lines: list[_Line]) -> list[tuple[float, float]]:
    if len(lines) < 3:  # the end of an article: two lines in one column, one in the next
        return []
    left = min(ln.x0 for ln in lines)
    right = max(ln.x1 for ln in lines)
    runs = _low_runs(_coverage(lines, left, int((right - left) / _BIN) + 1), left)
    while runs:
        edges = [left] + [x for run in runs for x in run] + [right]
        prose = [_is_prose_column(lines, edges[2 * k], edges[2 * k + 1]) for k in range(len(runs) + 1)]
        bad = [k for k in range(len(runs) + 1) if not prose[k] and not _is_short_last_column(lines, edges, k)
               and not _is_list_column(lines, edges, k, prose) and not _is_off_grid_column(lines, edges, k, prose)]
        if not bad:
            return runs
        k = bad[0]
        runs.pop(min(k, len(runs) - 1))  # merge the failing column with its neighbour
    return []


def _column_of(line: _Line, gutters: list[tuple[float, float]]) -> int:
    mid = (line.x0 + line.x1) / 2
    return sum(1 for a, _ in gutters if mid > a)


def _spans(row: list[_Line], gutters: list[tuple[float, float]]) -> bool:
    """A row read in place across the columns: a line over a gutter, or a table row whose
    cells are in more than one column."""
    if any(ln.x0 < a - 1 and ln.x1 > b + 1 for ln in row for a, b in gutters):
        return True
    cols = [_column_of(ln, gutters) for ln in row]
    if len(set(cols)) < 2:
        return False
    return any(cols[i] == cols[i - 1] and row[i].x0 - row[i - 1].x1 > 12 for i in range(1, len(row)))


def _set_measure(rows: list[list[_Line]]) -> None:
    lines = [ln for row in rows for ln in row]
    if lines:
        right = max(ln.x1 for ln in lines)
        width = right - min(ln.x0 for ln in lines)
        for ln in lines:
            ln.measure, ln.right = width, right


def _band_rows(band: list[list[_Line]], gutters: list[tuple[float, float]],
               edges: tuple[float, float] | None = None) -> list[list[_Line]]:
    """The rows of a run of column text, column by column. A column's measure is at least its
    width between the gutters (``edges``: the page text's left and right): a run of short
    lines (figures under a full-width table) showed a measure no wider than themselves, so
    that none of them looked short and a line ending one column ran into the next column's
    first ("| 0.07" + "Band D"). The last column is at least as wide as the first."""
    columns: list[list[_Line]] = [[] for _ in range(len(gutters) + 1)]
    for row in band:
        for ln in row:
            columns[_column_of(ln, gutters)].append(ln)
    out: list[list[_Line]] = []
    foot = min((ln.y0 for row in band for ln in row), default=None)
    for k, col in enumerate(columns):
        rows = _rows(col)
        _set_measure(rows)
        for ln in col:
            ln.foot = foot
        if edges and col:
            lo = gutters[k - 1][1] if k else edges[0]
            hi = gutters[k][0] if k < len(gutters) else edges[1]
            if k == len(gutters) and k:
                # the last column is as wide as the first: one of short lines only
                # ("Wales", "-4.2%", "-6.1%") showed no right edge beyond them, and its last
                # line seemed to fill it, running into the next page's first ("-6.1% £116,217")
                hi = max(hi, lo + gutters[0][0] - edges[0])
            for ln in col:
                ln.right = max(ln.right, hi)
                ln.measure = max(ln.measure, ln.right - lo)
        out.extend(rows)
    return out


def _carried_over(lines: list[_Line], prior: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The previous page's gutters, if no line of this page crosses them and text stands on
    both sides of one: the last page of an article may hold too little to show its columns by
    itself ("... the OHID" / "said."), and its last columns may be empty."""
    if not prior or not lines:
        return []
    crossing = [ln for ln in lines if any(ln.x0 < a - 1 and ln.x1 > b + 1 for a, b in prior)]
    if crossing:
        # a full-width block (a table, a heading) at the head or the foot of the page, with
        # the columns going on under or over it: two columns of one-line paragraphs under a
        # table, which by themselves show no prose, were read as its rows ("£208,292" +
        # "£125,444")
        low, high = min(ln.y0 for ln in crossing), max(ln.y1 for ln in crossing)
        below = [ln for ln in lines if ln.y1 < low]
        above = [ln for ln in lines if ln.y0 > high]
        return prior if any(len(band) >= 4 and len({_column_of(ln, prior) for ln in band}) >= 2
                            for band in (below, above)) else []
    used = {_column_of(ln, prior) for ln in lines}
    return prior if len(used) >= 2 else []


def _reading_order(rows: list[list[_Line]], prior: list[tuple[float, float]]):
    """A page's rows in reading order (column by column between the rows that span columns)
    and its gutters. ``prior``: the previous page's gutters."""
    lines = [ln for row in rows for ln in row]
    gutters = _gutters(lines) or _carried_over(lines, prior)
    if not gutters:
        _set_measure(rows)
        return rows, gutters
    inside = [ln for row in rows if not _spans(row, gutters) for ln in row] or lines
    edges = (min(ln.x0 for ln in inside), max(ln.x1 for ln in inside))
    out: list[list[_Line]] = []
    band: list[list[_Line]] = []
    for row in rows:
        if _spans(row, gutters):
            out.extend(_band_rows(band, gutters, edges))
            band = []
            _set_measure([row])
            out.append(row)
        else:
            band.append(row)
    out.extend(_band_rows(band, gutters, edges))
    return out, gutters


# --- text -----------------------------------------------------------------------------------

def _is_bullet_row(row: list[_Line]) -> bool:
    """A list item whose bullet pdfminer sees as a line of its own: "•" + its text."""
    return len(row) == 2 and row[0].text in _BULLETS


def _emit_row(b: _Builder, row: list[_Line]) -> None:
    widths = [(ln.x1 - ln.x0) / max(1, len(ln.chars)) for ln in row]
    avg = sum(widths) / len(widths)
    bullet = _is_bullet_row(row)
    for i, line in enumerate(row):
        if i:
            gap = line.x0 - row[i - 1].x1
            b.add("\t" if gap > 1.5 * avg and not bullet else " ")
        chars = line.chars
        for j, (c, box) in enumerate(chars):
            if c in _NUM_SPACES and 0 < j < len(chars) - 1 and chars[j - 1][0].isdigit() and chars[j + 1][0].isdigit():
                continue  # "1 405" printed with a thin space: one number
            b.add(c, box)


def _is_table_row(row: list[_Line]) -> bool:
    if len(row) < 2 or _is_bullet_row(row):
        return False
    return True


def _first_word_width(row: list[_Line]) -> float:
    chars = row[0].chars
    end = next((i for i, (c, _) in enumerate(chars) if c == " "), len(chars))
    boxes = [b for _, b in chars[:end] if b is not None]
    return boxes[-1][2] - row[0].x0 if boxes else 0.0


def _is_short(prev: list[_Line], row: list[_Line] | None = None) -> bool:
    """The line was ended on purpose (the last line of a paragraph, before a list item):
    the next row's first word would have fitted after it, in its column. That is the
    typesetter's own rule, and holds in a narrow ragged column, where a full line may stop a
    long word short of the edge (a share of the column's width, the rule without ``row``,
    took such lines for a paragraph's last)."""
    last = prev[-1]
    if row is not None and last.right:
        space = 0.25 * (last.y1 - last.y0)
        return last.x1 + space + _first_word_width(row) <= last.right + 0.5
    return last.x1 - prev[0].x0 < 0.85 * (last.measure or (last.x1 - prev[0].x0))


def _starts_item(prev: list[_Line], row: list[_Line]) -> bool:
    """The row starts a list item: a bullet of its own, or "- ", "(a) ", "2. " after a line
    that ended: a sentence's end, or a line both short of its column and with room for the
    row's first word (a dash that a line wrapped before, "10 per cent / - from 6,918", is
    prose; so is "(134) and" under a full line of a narrow column)."""
    if _is_bullet_row(row) or row[0].text[:1] == "•":
        return True
    if not _LIST_START.match(row[0].text):
        return False
    text = prev[-1].text.rstrip()
    return not text or text[-1] in _SENTENCE_END or (_is_short(prev) and _is_short(prev, row))


def _ends_paragraph(prev: list[_Line], row: list[_Line], item: int | None = None,
                    after: list[_Line] | None = None, line_gap: float | None = None) -> bool:
    """At the top of a new column or page: does the text before end its paragraph? Only if it
    ends a sentence on a line shorter than its column, or the next line starts a list item
    (:func:`_starts_item`, :func:`_next_item`), or is a figure on a line of its own
    (:func:`_is_lone_figure`; ``after``: the row after it, ``line_gap``: its page's)."""
    if _starts_item(prev, row) or _next_item(prev, row, item) or _is_lone_figure(row, after, line_gap):
        return True
    text = prev[-1].text.rstrip()
    if not text or not _is_short(prev, row):
        return False
    return text[-1] in _SENTENCE_END or _is_well_short(prev)


def _next_item(prev: list[_Line], row: list[_Line], item: int | None) -> bool:
    """At the top of a column: the row starts a numbered item ("6. How do we ...") after a line
    with no stop that nearly fills its column ("ii MAPPA Levels of Management"), read as one
    sentence with "6" a count. It starts an item if its column ended early
    (:func:`_ended_early`), if the item's number follows the last one (``item``: "9. Victim
    Work 20" / "10. MAPPA and ..."), or if the marker would have fitted after the line by a
    point: the typesetter's own rule (:func:`_is_short`), without the share of the column's
    width that :func:`_starts_item` also asks for (a line may be long and still end an item).
    A dash is no item number: "- from 6,918" after "10 per cent" is prose."""
    m = _ITEM_NUMBER.match(row[0].text)
    if not m:
        return False
    if _ended_early(prev) or (item is not None and int(m.group(1)) == item + 1):
        return True
    last = prev[-1]
    space = 0.25 * (last.y1 - last.y0)
    return bool(last.right) and last.x1 + space + _first_word_width(row) <= last.right - 1


def _is_lone_figure(row: list[_Line], after: list[_Line] | None, line_gap: float | None) -> bool:
    """A number on a line of its own and a paragraph of its own (a page reference under a
    heading: "11. Statistical Information" / "22"): where it tops a column, it is no part of
    the sentence before ("Information 22" read as a count). ``after``: the next row, which
    starts a paragraph (a gap, or the next column), or None at the end of the page."""
    if len(row) != 1 or not _LONE_FIGURE.match(row[0].text.strip()):
        return False
    if after is None:
        return True
    h = max(1.0, max(ln.y1 - ln.y0 for ln in after))
    gap = min(ln.y0 for ln in row) - max(ln.y1 for ln in after)
    return gap > _paragraph_gap(line_gap) * h or gap < -h


def _ended_early(prev: list[_Line]) -> bool:
    """The column stops more than a line above the foot of its run of columns: its text was
    ended on purpose. Widow and orphan control moves a list item or heading of two lines whole
    to the next column, leaving the line before it nearly as wide as its column and without a
    stop ("ii MAPPA Levels of Management" / "6. How do we ..." read the list number as a
    count). A paragraph that goes on fills its column to the foot."""
    last = prev[-1]
    return last.foot is not None and min(ln.y0 for ln in prev) - last.foot > last.y1 - last.y0


def _is_well_short(prev: list[_Line]) -> bool:
    """The line stops short of two thirds of its column: the end of a paragraph (a heading, a
    line of a list or table, a figure on its own), with or without a full stop. Such a line at
    the foot of a column ran into the first line of the next ("... | 2.79 | 0.05" + "B | 166.78"
    read as 0.05 billion). A line nearly as wide as its column may end a sentence's line only
    (a long next word that did not fit), so that one needs the stop as well."""
    last = prev[-1]
    return bool(last.measure) and last.x1 - (last.right - last.measure) < 0.67 * last.measure


def _line_gap(rows: list[list[_Line]]) -> float | None:
    """The page's usual gap between one line and the next of a paragraph (its leading less
    the type size, in type heights), or None where the page does not show it.

    The space between paragraphs must not be taken for it: on a page of one-line paragraphs
    (a contents list, a run of "Oxfordshire 323" lines, figures by area) no gap was wider
    than that "line gap", and every paragraph of the page ran into one ("... Under Secretary
    of State 2. Introduction 4 Gerry Marshall ...": list and page numbers read as counts).
    So a gap wider than the usual 0.7 of a line (double spacing) is believed only where it
    follows *wrapped* lines (:func:`_wrapped_gaps`), at least two of them; the smallest such
    gap, as a paragraph's last line may fill its column too. The gaps of all rows (their
    tenth percentile) may only lower it (tight leading, or a page whose columns are too
    short to show their width)."""
    gaps = []
    for prev, row in zip(rows, rows[1:]):
        h = max(ln.y1 - ln.y0 for ln in row)
        gap = min(ln.y0 for ln in prev) - max(ln.y1 for ln in row)
        if -0.2 * h <= gap <= 1.5 * h:
            gaps.append(gap / h)
    if len(gaps) < 8:
        return None
    gaps.sort()
    low = gaps[len(gaps) // 10]
    wrapped = _wrapped_gaps(rows)
    seen_twice = [a for a, b in zip(wrapped, wrapped[1:]) if b - a <= 0.05]
    if seen_twice and seen_twice[0] > 0.55:
        # double spacing raises the threshold over 0.7: only lines that visibly go on with
        # their sentence show it, not the widest lines of a page of one-line paragraphs
        wrapped = _wrapped_gaps(rows, continued=True)
        seen_twice = [a for a, b in zip(wrapped, wrapped[1:]) if b - a <= 0.05]
    if not seen_twice:
        return low if low <= 0.4 else None  # 0.4: the threshold stays at most 0.7
    return min(low, seen_twice[0])


def _wrapped_gaps(rows: list[list[_Line]], continued: bool = False) -> list[float]:
    """The gaps (in type heights, sorted) after the page's wrapped lines: a one-line row that
    fills its column, so that the next row's first word would not have fitted after it
    (:func:`_is_short`, both ways), and a next row of the same size that starts no list
    item: the two lines are of one paragraph.

    ``continued``: only where the text visibly goes on (a next line in lower case, or a line
    ending in a comma or hyphen). On a page of one-line paragraphs whose column no line
    fills (a table written as "Area | 2.722 | 3.426" lines), the widest lines set the
    column's right edge themselves, so that the next word never fits after them: the gap
    between paragraphs passed for double spacing, and every line ran into one paragraph
    under the table's heading ("... budget £m" + "Directorate ... | 2.722": £2.722m)."""
    out = []
    for prev, row in zip(rows, rows[1:]):
        if len(prev) != 1 or len(row) != 1:
            continue
        if continued and not (row[0].text[:1].islower() or prev[0].text.rstrip()[-1:] in (",", "-")):
            continue
        h = row[0].y1 - row[0].y0
        if abs(prev[0].y1 - prev[0].y0 - h) > 0.15 * h or _is_short(prev) or _is_short(prev, row) \
                or _LIST_START.match(row[0].text) or row[0].text[:1] in _BULLETS:
            continue  # another face or size (a heading), a line that ended, a list item
        gap = prev[0].y0 - row[0].y1
        if -0.2 * h <= gap <= 1.5 * h:
            out.append(gap / h)
    return sorted(out)


def _paragraph_gap(line_gap: float | None) -> float:
    """The gap (in type heights) over which a row starts a new paragraph: 0.7, less under tight
    leading, more in double-spaced text."""
    if line_gap is None:
        return 0.7
    return line_gap + 0.3 if line_gap > 0.55 else min(0.7, line_gap + 0.3)


def _join(b: _Builder, prev: list[_Line], row: list[_Line], table: bool, prev_table: bool,
          line_gap: float | None = None, after: list[_Line] | None = None) -> None:
    """What goes between two rows: a blank line, a line break, a space, or nothing (a hyphen
    joined). A gap wider than the page's usual line gap (``line_gap``, in type heights) by
    0.3 of a line is a paragraph break (:func:`_paragraph_gap`): the space between
    paragraphs is set relative to the leading, so a fixed share of the type size alone (0.7)
    missed it under tight leading (8 on 9.6 points) and broke every line of double-spaced
    text."""
    prev_bottom = min(ln.y0 for ln in prev)
    top = max(ln.y1 for ln in row)
    h = max(1.0, max(ln.y1 - ln.y0 for ln in row))
    gap = prev_bottom - top
    if gap < -h and not (table or prev_table):  # up to the top of the next column
        if _ends_paragraph(prev, row, b.item, after, line_gap):
            b.add("\n\n")
        else:
            _continue_line(b, row)
    elif table and prev_table and 0 <= gap < 2.5 * h:
        b.add("\n")  # the next row of a ruled table (cell padding makes wide gaps)
    elif gap > _paragraph_gap(line_gap) * h or gap < -h:
        b.add("\n\n")
    elif table or prev_table or _starts_item(prev, row):
        b.add("\n")
    else:
        _continue_line(b, row)


def _continue_line(b: _Builder, row: list[_Line]) -> None:
    """The same paragraph goes on: a space, or nothing after a hyphen that splits a word, or
    before one that starts the line: a compound broken before its hyphen ("five" /
    "-and-half-years.", read "five -and-half-years" with "five" a count). A line starting
    "-" and a digit is a minus sign ("a movement of" / "-4.2 per cent"), and "- " a dash."""
    first = row[0].text[:1]
    if b.last_char() == "-" and b.char_before_last().isalnum() and (first.islower() or first.isdigit()):
        if first.islower():
            b.drop_last()  # "manage-" + "ment" (not the dash of "areas -" / "continuing")
    elif first == "-" and row[0].text[1:2].islower() and b.last_char().isalnum():
        pass  # "five" + "-and-half-years."
    else:
        b.add(" ")


def _row_is_table(row: list[_Line], prev: list[_Line] | None, prev_table: bool) -> bool:
    if _is_table_row(row) or any(row[i].x0 - row[i - 1].x1 > 12 for i in range(1, len(row))):
        return not _is_bullet_row(row)
    # a one-cell row of the same ruled table (empty cells print nothing)
    return prev_table and prev is not None and abs(row[0].x0 - prev[0].x0) < 2 \
        and 0 <= min(ln.y0 for ln in prev) - max(ln.y1 for ln in row) < 2.5 * (row[0].y1 - row[0].y0)


def _join_pages(b: _Builder, prev: list[_Line], row: list[_Line], table: bool, prev_table: bool,
                after: list[_Line] | None = None, line_gap: float | None = None) -> None:
    if table or prev_table or _ends_paragraph(prev, row, b.item, after, line_gap):
        b.add("\n\n")
    else:
        _continue_line(b, row)  # the sentence goes on over the page


def _emit_pages(pages_rows: list[list[list[_Line]]], numbers: list[int]) -> tuple[_Builder, list[dict]]:
    b = _Builder()
    pages: list[dict] = []
    prev_row, prev_table = None, False
    for p, rows in enumerate(pages_rows):
        page_start = b.length
        line_gap = _line_gap(rows)
        b.item = None  # a list is followed on its own page only
        for r, row in enumerate(rows):
            table = _row_is_table(row, prev_row if r else None, prev_table)
            if prev_row is not None and r == 0:
                _join_pages(b, prev_row, row, table, prev_table, rows[1] if len(rows) > 1 else None, line_gap)
                pages[-1]["end"] = min(pages[-1]["end"], b.length)  # a hyphen taken back
                page_start = b.length
            elif prev_row is not None:
                _join(b, prev_row, row, table, prev_table, line_gap, rows[r + 1] if r + 1 < len(rows) else None)
            _emit_row(b, row)
            m = _ITEM_NUMBER.match(row[0].text)
            if m:
                b.item = int(m.group(1))
            prev_row, prev_table = row, table
        pages.append({"number": numbers[p], "start": page_start, "end": b.length})
    return b, pages


def _page_count(fp, password: str) -> int:
    """The PDF's number of pages (pages are counted, not laid out)."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    fp.seek(0)
    return sum(1 for _ in PDFPage.create_pages(PDFDocument(PDFParser(fp), password=password)))


def _more_pages_than(fp, password: str, limit: int) -> int | None:
    """The PDF's page count when it is over ``limit``, else None."""
    n = _page_count(fp, password)
    return n if n > limit else None


def _truncation(fp, password: str, page_numbers, max_pages: int, n_read: int) -> list[dict]:
    wanted_beyond = page_numbers is None or any(n >= max_pages for n in page_numbers)
    if wanted_beyond and (page_numbers is not None or n_read >= max_pages):
        total = _more_pages_than(fp, password, max_pages)
        if total is not None:
            return [{"code": "truncated",
                     "message": f"the PDF has {total:,} pages; only the first {max_pages:,} were read "
                                "(the page limit, --max-pages)"}]
    return []


def _read(data: bytes, password: str, page_numbers: list[int] | None, max_pages: int) -> tuple[str, Layout]:
    pages_rows: list[tuple[float, list[list[_Line]]]] = []
    fp = io.BytesIO(data)
    for _, height, glyphs, spaced in _page_glyphs(fp, password, page_numbers, max_pages):
        pages_rows.append((height, _rows(_lines(glyphs, spaced))))
    numbers = [i + 1 for i in range(len(pages_rows))] if page_numbers is None \
        else [n + 1 for n in page_numbers[:len(pages_rows)]]
    warnings = _truncation(fp, password, page_numbers, max_pages, len(pages_rows))
    if page_numbers is not None and len(pages_rows) < len(set(page_numbers)):
        warnings += _pages_out_of_range(fp, password, page_numbers, len(pages_rows))
    skip = _furniture(pages_rows)
    ordered, gutters, single = [], [], []
    for p, (_, rows) in enumerate(pages_rows):
        page, gutters = _reading_order([row for r, row in enumerate(rows) if (p, r) not in skip], gutters)
        ordered.append(page)
        if not gutters:
            single.append(page)
    _share_measure(single)
    b, pages = _emit_pages(ordered, numbers)
    text = "".join(b.parts)
    layout = Layout(pages=pages, boxes=b.boxes, warnings=warnings)
    assert len(layout.boxes) == len(text)
    return text, layout


def _share_measure(pages: list[list[list[_Line]]]) -> None:
    """The one-column pages of a document share their column: a page of short lines only (a
    list's end: "Wales", "-4.2%", "-6.1%") showed a measure no wider than its widest line,
    so its last line seemed to fill the column and ran into the next page's first ("-6.1%
    £116,217"). Each line's column is at least the widest those pages show."""
    lines = [ln for page in pages for row in page for ln in row]
    if len(pages) < 2 or not lines:
        return
    left, right = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    for ln in lines:
        ln.right = max(ln.right, right)
        ln.measure = max(ln.measure, right - left)


def _errors_to_read_error(exc: Exception) -> ReadError:
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfpage import PDFTextExtractionNotAllowed

    if isinstance(exc, (PDFPasswordIncorrect, PDFEncryptionError, PDFTextExtractionNotAllowed)):
        return ReadError("pdf_encrypted", f"the PDF is encrypted and could not be opened ({type(exc).__name__}); "
                                          "give the password with --password")
    if isinstance(exc, RecursionError):
        return ReadError("pdf_damaged", "the PDF's structure is self-referencing (recursion limit hit)")
    return ReadError("pdf_damaged", f"the PDF could not be parsed: {type(exc).__name__}: {exc}"[:300])


def _read_checked(data: bytes, password: str, page_numbers, max_pages: int) -> tuple[str, Layout]:
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise ReadError("pdf_damaged", "not a PDF (no %PDF header)")
    try:
        text, layout = _read(data, password, page_numbers, max_pages)
    except (ReadError, MemoryError):  # MemoryError: the caller knows the memory cap
        raise
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds; each becomes data
        raise _errors_to_read_error(exc) from None
    if not text.strip():
        raise ReadError("empty_document", "the PDF has no extractable text (a scan, or images only)")
    return text, layout


def _pages_out_of_range(fp, password: str, page_numbers: list[int], n_read: int) -> list[dict]:
    """``--pages`` beyond the document's end: an error when none of the asked pages exists, a
    ``pages_out_of_range`` entry beside the record when some do (the pages that exist are read)."""
    total = _page_count(fp, password)
    missing = sorted({n + 1 for n in page_numbers if n >= total})
    if not missing:
        return []
    asked = ", ".join(str(n) for n in missing[:5]) + (" ..." if len(missing) > 5 else "")
    several = len(missing) > 1
    message = (f"the PDF has {total:,} page{'s' if total != 1 else ''}; page{'s' if several else ''} {asked} "
               f"{'do' if several else 'does'} not exist (--pages)")
    if not n_read:
        raise ReadError("pages_out_of_range", message)
    return [{"code": "pages_out_of_range", "message": message}]


#: Memory (bytes of address space) the PDF child may use beyond what it inherits: a
#: decompression bomb gets a ``too_large`` error instead of taking the machine's memory.
PDF_MEMORY = 1 << 30


def _vm_size() -> int:
    """This process's current address space (bytes), from /proc; 0 where there is none."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def _cap_memory(extra: int | None) -> None:
    if not extra:
        return
    try:
        import resource
        limit = _vm_size() + extra
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):
        pass


def _too_large(memory: int | None) -> ReadError:
    cap = f" ({memory / (1 << 20):,.0f} MB)" if memory else ""
    return ReadError("too_large", f"reading the PDF went over the memory cap{cap}: a decompression bomb, "
                                  "or a file too large to lay out")


def _child_main(fd: int, parent: int, data, password, page_numbers, max_pages, memory) -> None:
    """In the forked child: parse, then write the pickled answer to ``fd``."""
    import os
    import pickle

    die_with_parent(parent)
    _cap_memory(memory)
    try:
        answer = ("ok", _read_checked(data, password, page_numbers, max_pages))
    except ReadError as exc:
        answer = ("error", (exc.code, exc.message))
    except MemoryError:
        answer = ("error", (_too_large(memory).code, _too_large(memory).message))
    except BaseException as exc:  # noqa: BLE001
        answer = ("error", ("pdf_damaged", f"{type(exc).__name__}: {exc}"[:300]))
    data = None
    try:
        payload = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
    except MemoryError:
        payload = pickle.dumps(("error", (_too_large(memory).code, _too_large(memory).message)))
    view = memoryview(payload)
    while view:
        view = view[os.write(fd, view):]


def _in_child(data: bytes, password: str, page_numbers, max_pages: int, timeout: float,
              memory: int | None) -> tuple[str, Layout]:
    """Run the parse in a forked child (``os.fork``, not ``multiprocessing``: it works inside
    pool workers, which are daemonic and may not start ``multiprocessing`` children), with its
    address space capped and a parent-death signal, killed after ``timeout`` seconds."""
    import os
    import pickle
    import select
    import signal
    import time

    parent = os.getpid()
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        code = 0
        try:
            os.close(r)
            _child_main(w, parent, data, password, page_numbers, max_pages, memory)
        except BaseException:  # noqa: BLE001 - the parent sees no answer
            code = 1
        finally:
            os._exit(code)
    os.close(w)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    timed_out = False
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([r], [], [], left)[0]:
                timed_out = True
                break
            block = os.read(r, 1 << 20)
            if not block:
                break
            chunks.append(block)
    finally:
        os.close(r)
        if timed_out:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        _, status = os.waitpid(pid, 0)
    if timed_out:
        raise ReadError("timeout", f"reading the PDF took longer than {timeout:g} s")
    try:
        status_, payload = pickle.loads(b"".join(chunks))
    except Exception:  # noqa: BLE001 - no answer, or a cut one
        if os.WIFSIGNALED(status) and memory:
            raise ReadError("too_large", f"the PDF reader was killed (signal {os.WTERMSIG(status)}), likely over "
                                         f"its memory cap ({memory / (1 << 20):,.0f} MB)") from None
        raise ReadError("pdf_damaged", "the PDF reader stopped without an answer") from None
    if status_ == "error":
        raise ReadError(*payload)
    return payload


def parse_pages(spec: str | None) -> list[int] | None:
    """1-based page ranges "1-3,5" → 0-based indexes [0, 1, 2, 4].

    >>> parse_pages("1-3,5")
    [0, 1, 2, 4]
    """
    if not spec:
        return None
    out: list[int] = []
    for part in spec.split(","):
        part = part.strip()
        m = _PAGE_RANGE.fullmatch(part)
        if not m or int(m.group(1)) < 1 or (m.group(2) and int(m.group(2)) < int(m.group(1))):
            raise ValueError(f"bad page range {part!r} (use e.g. 1-3,5)")
        lo, hi = int(m.group(1)), int(m.group(2) or m.group(1))
        out.extend(range(lo - 1, hi))
    return sorted(set(out))


def read_pdf_bytes(data: bytes, *, password: str = "", pages: str | None = None,
                   max_pages: int = MAX_PAGES, timeout: float | None = None,
                   memory: int | None = PDF_MEMORY) -> tuple[str, Layout]:
    """(text, layout) of a PDF. With ``timeout`` the parse runs in a forked child process,
    which may use ``memory`` bytes more than it inherits (``too_large`` beyond that) and dies
    with its parent. Without a ``timeout`` (or where ``os.fork`` does not exist) it runs here."""
    import os

    page_numbers = parse_pages(pages)
    if timeout is None or not hasattr(os, "fork"):
        try:
            return _read_checked(data, password, page_numbers, max_pages)
        except MemoryError:
            raise _too_large(None) from None
    return _in_child(data, password, page_numbers, max_pages, timeout, memory)


def read_pdf(path: str | Path, **options) -> Document:
    path = Path(path)
    data = read_bytes(path)
    text, layout = read_pdf_bytes(data, **options)
    return Document(id=path.stem, text=text, source=str(path), format="pdf", layout=layout,
                    input_sha256=hashlib.sha256(data).hexdigest())
