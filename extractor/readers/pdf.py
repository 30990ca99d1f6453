"""Read PDFs with pdfminer.six's layout analysis into text with page boundaries and a bounding
box for every character.

pdfminer groups glyphs into text lines (``LTTextLine``); this module puts those lines back
into reading order *by rows*, so that a table row whose cells pdfminer put into separate text
boxes ("Oxfordshire" ... "323") comes out as one line with a tab between the cells, the same
shape as a plain-text table. Prose lines of one paragraph are joined with a space, paragraphs
with a blank line. What text extraction breaks is repaired while every character of the
output keeps the bbox of the glyph it came from (a character we add, like the space or tab
between cells, has none):

- words hyphenated across lines ("manage-" / "ment" → "management"; "2006-" / "07" → "2006-07"),
- thin and no-break spaces inside numbers ("1 405" → "1405"),
- ligatures ("ﬁ" → "fi", both characters on the ligature's box),
- running headers, footers and page numbers (text repeated in the page margins, or a bare
  number there) are left out, so they never become statistics.

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

_NUM_SPACES = {"\u2009", "\u202f", "\u00a0", "\u2007"}
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?(?:\d{1,4}|[ivxlc]{1,7})(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
_LIST_START = re.compile(r"^(?:[-•*–]\s|\(?[a-z0-9]{1,3}[.)]\s)")


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

    @property
    def text(self) -> str:
        return "".join(c for c, _ in self.chars)


class _Builder:
    """Appends text and boxes in step, so text and layout can never drift apart."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.boxes: list[Box | None] = []
        self.length = 0

    def add(self, s: str, box: Box | None = None) -> None:
        self.parts.append(s)
        self.boxes.extend([box] * len(s))
        self.length += len(s)

    def last_char(self) -> str:
        return self.parts[-1][-1] if self.parts and self.parts[-1] else ""

    def drop_last(self) -> None:
        last = self.parts.pop()
        self.boxes.pop()
        self.length -= 1
        if len(last) > 1:
            self.parts.append(last[:-1])


def _lines(layout_obj) -> list[_Line]:
    from pdfminer.layout import LTAnno, LTChar, LTTextLine

    out: list[_Line] = []

    def walk(obj) -> None:
        if isinstance(obj, LTTextLine):
            chars: list[tuple[str, Box | None]] = []
            for ch in obj:
                if isinstance(ch, LTChar):
                    t = ch.get_text()
                    if len(t) == 1 and 0xFB00 <= ord(t) <= 0xFB4F:  # ligatures: "ﬁ" → "fi"
                        t = unicodedata.normalize("NFKC", t)
                    for c in t:
                        chars.append((c, (ch.x0, ch.y0, ch.x1, ch.y1)))
                elif isinstance(ch, LTAnno) and ch.get_text() not in ("\n",):
                    chars.append((ch.get_text(), None))
            while chars and chars[-1][0].isspace():
                chars.pop()
            while chars and chars[0][0].isspace():
                chars.pop(0)
            if chars:
                out.append(_Line(obj.x0, obj.y0, obj.x1, obj.y1, chars))
            return
        if hasattr(obj, "__iter__"):
            for child in obj:
                walk(child)

    walk(layout_obj)
    return out


def _rows(lines: list[_Line]) -> list[list[_Line]]:
    """Lines sharing a baseline band, top to bottom; within a row, left to right."""
    rows: list[list[_Line]] = []
    for line in sorted(lines, key=lambda ln: (-ln.y1, ln.x0)):
        mid = (line.y0 + line.y1) / 2
        for row in rows[-3:]:
            r0 = min(ln.y0 for ln in row)
            r1 = max(ln.y1 for ln in row)
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
            top = max(ln.y1 for ln in row)
            bottom = min(ln.y0 for ln in row)
            if top > height * 0.88 or bottom < height * 0.12:
                margin_rows.append((p, r, _row_key(row)))
    counts = Counter(k for _, _, k in margin_rows)
    n_pages = len(pages_rows)
    out = set()
    for p, r, key in margin_rows:
        text = " ".join(ln.text for ln in pages_rows[p][1][r]).strip()
        if _PAGE_NUMBER.match(text) or (n_pages >= 2 and counts[key] >= max(2, n_pages // 2)):
            out.add((p, r))
    return out


def _emit_row(b: _Builder, row: list[_Line]) -> None:
    widths = [(ln.x1 - ln.x0) / max(1, len(ln.chars)) for ln in row]
    avg = sum(widths) / len(widths)
    for i, line in enumerate(row):
        if i:
            gap = line.x0 - row[i - 1].x1
            b.add("\t" if gap > 1.5 * avg else " ")
        chars = line.chars
        for j, (c, box) in enumerate(chars):
            if c in _NUM_SPACES and 0 < j < len(chars) - 1 and chars[j - 1][0].isdigit() and chars[j + 1][0].isdigit():
                continue  # "1 405" printed with a thin space: one number
            b.add(c, box)


def _is_table_row(row: list[_Line], text: str) -> bool:
    return len(row) > 1 and "\t" in text


def _layout_pages(fp, password: str, page_numbers, max_pages: int):
    import logging

    from pdfminer.high_level import extract_pages

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its warnings become our error codes
    from pdfminer.layout import LAParams

    params = LAParams(line_margin=0.3, char_margin=2.0, word_margin=0.1, boxes_flow=None)
    for page in extract_pages(fp, password=password, page_numbers=page_numbers, maxpages=max_pages,
                              laparams=params):
        yield page


def _more_pages_than(fp, password: str, limit: int) -> int | None:
    """The PDF's page count when it is over ``limit`` (pages are counted, not laid out), else None."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    fp.seek(0)
    n = 0
    for _ in PDFPage.create_pages(PDFDocument(PDFParser(fp), password=password)):
        n += 1
    return n if n > limit else None


def _read(data: bytes, password: str, page_numbers: list[int] | None, max_pages: int) -> tuple[str, Layout]:
    pages_rows: list[tuple[float, list[list[_Line]]]] = []
    numbers: list[int] = []
    fp = io.BytesIO(data)
    for page in _layout_pages(fp, password, page_numbers, max_pages):
        pages_rows.append((page.height, _rows(_lines(page))))
        numbers.append(page.pageid if page_numbers is None else page_numbers[len(numbers)] + 1)
    warnings = []
    wanted_beyond = page_numbers is None or any(n >= max_pages for n in page_numbers)
    if wanted_beyond and (page_numbers is not None or len(pages_rows) >= max_pages):
        total = _more_pages_than(fp, password, max_pages)
        if total is not None:
            warnings.append({"code": "truncated",
                             "message": f"the PDF has {total:,} pages; only the first {max_pages:,} were read "
                                        "(the page limit, --max-pages)"})
    skip = _furniture(pages_rows)
    b = _Builder()
    layout = Layout()
    for p, (height, rows) in enumerate(pages_rows):
        if b.length:
            b.add("\n\n")
        page_start = b.length
        prev_row, prev_table = None, False
        for r, row in enumerate(rows):
            if (p, r) in skip:
                continue
            row_text = "\t".join(ln.text for ln in row)
            table = _is_table_row(row, row_text) or any(
                row[i].x0 - row[i - 1].x1 > 12 for i in range(1, len(row)))
            if not table and prev_table and prev_row is not None and abs(row[0].x0 - prev_row[0].x0) < 2 \
                    and min(ln.y0 for ln in prev_row) - max(ln.y1 for ln in row) < 2.5 * (row[0].y1 - row[0].y0):
                table = True  # a one-cell row of the same ruled table (empty cells print nothing)
            if prev_row is not None:
                prev_bottom = min(ln.y0 for ln in prev_row)
                top = max(ln.y1 for ln in row)
                h = max(1.0, max(ln.y1 - ln.y0 for ln in row))
                gap = prev_bottom - top
                if table and prev_table and gap < 2.5 * h:
                    b.add("\n")  # the next row of a ruled table (cell padding makes wide gaps)
                elif gap > 0.7 * h:
                    b.add("\n\n")
                elif table or prev_table or _LIST_START.match(row[0].text):
                    b.add("\n")
                elif b.last_char() == "-" and (row[0].text[:1].islower() or row[0].text[:1].isdigit()):
                    if row[0].text[:1].islower():
                        b.drop_last()  # "manage-" + "ment"
                else:
                    b.add(" ")
            _emit_row(b, row)
            prev_row, prev_table = row, table
        layout.pages.append({"number": numbers[p], "start": page_start, "end": b.length})
    text = "".join(b.parts)
    layout.boxes = b.boxes
    layout.warnings = warnings
    assert len(layout.boxes) == len(text)
    return text, layout


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
