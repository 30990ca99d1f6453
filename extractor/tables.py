"""Where a figure stands in a table or a list of rows: its row label, its column heading and the
table's title, as character spans of the text.

A table is a run of lines cut into cells by tabs or bars ("Force\\t2021-22\\t2022-23",
"Council | Households | Rate per 1,000", a Markdown rule line "---|---" read past), its rows
one to a line or a paragraph each (a web table copied as text leaves a blank line between
rows). Its header is its first line when no cell after the first is a plain figure; its title
is the short line above it that does not end a sentence ("Table 2: Households in temporary
accommodation, 31 March 2023", "How the money is spent"). A list of rows is a run of short
lines "Label: figure" or "Label – figure" under a heading line ("Below are the open caseloads
at each court (and the corresponding figure for 2024)"), or lines that end in their figure
("Children's Services 65.060"). A list in full under a legend ("It reads, from left to right: name
of local authority; rate of new cases in the seven days to December 11; ...") has one field per
legend item between ", ", and each item is its field's heading.

Official releases copied as text (PDF and web tables) part their cells by blank space: a row is a
label followed by two figures or more ("Ashford      1,204     1,310     +8.8%", "Stockport 57.1
58.3", a ".." or "[c]" standing for a figure), under a header line whose cells are found by the
columns they take up when the table is set out in columns, else by its periods ("Area 2022/23
2023/24 Change"), else by its capitalised words ("Service Gross £m Income £m Net £m"); a heading
may run over two lines ("Year to" over "March 2024", ``Cell.heading_parts``). A table may even be
flattened onto one line ("Area 2022/23 2023/24 Change Kent 1,204 1,310 +8.8% Essex 980 1,002
+2.2%"): it is read from its end, each row a label and as many figures. Such rows under neither a
header nor a title are left to the sentence rules, and so is one such row alone.

The text is read once per document (one pass over its lines, kept for the last few texts); a
line longer than :data:`ROW_LIMIT` characters is no row. A line may end in "\r\n" (its "\r" is
blank space at its end). Pure functions over the text: ``extractor.link`` reads
a cell's period and place from these spans and ``extractor.measure`` its measure (the money
columns of ``components/numbers.py`` could read their headings from here too).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex
from .regexes import compiled

from .sentences import line_bounds

#: characters of a line that can be a row, a header or a title
ROW_LIMIT = 600
#: characters of a line that can be a row of a list ("Label: figure")
_LIST_LIMIT = 120
TITLE_LIMIT = 200
#: how many blank lines may stand between two rows of one table
_GAP = 2
#: a list row: "Birmingham: 2,284 (1,872)", "1. Surrey – £632,239", "- Leeds - 45%"
_LIST_ROW = compiled(
    r"[ \t]*(?:[-•*][ \t]*)?(?:\d{1,2}[.)][ \t]*)?(?P<label>[A-Z][\w&'’.()/,-]*(?:[ \t]+[\w&'’.()/,-]+){0,7}?)"
    r"[ \t]*(?P<sep>:|–|—| - )[ \t]*(?:(?:about|around|almost|nearly|over|under|just|up|down)[ \t]+)?[-+£$€(]?\d"
    r"(?![\d,.]*(?:st|nd|rd|th)\b)")
#: a line of a list that ends in its figure: "Children's Services 65.060", "Burglary 1,204"
_TRAILING_ROW = compiled(r"[ \t]*(?:[-•*][ \t]*)?(?P<label>[A-Z][^\d\n\t|:]{2,80}?)[ \t]+(?P<sep>)(?:[-+(]|[£$€])?\d[\d,]*(?:\.\d+)?%?\)?[ \t\r]*")
#: the separators of lists (rather than tables)
LIST_SEPS = (":", " ")
#: a cell that is a figure, not a heading ("1,200", "(8.451)", "+12.5", "−2.1", "48.8%", "£365,359", "12m",
#: "up 3%"); the one test, for the tables here and the unit columns of components/numbers.py
FIGURE_CELL = compiled(r"(?:(?:up|down)\s+)?[-+−–(]?[£$€]?[-−]?\d[\d,]*(?:\.\d+)?\s*(?:%|m|bn|k)?\)?", regex.I)
#: a year (or financial year) is a heading, not a figure
YEAR_CELL = compiled(r"\b(?:19|20)\d\d(?:\s*[-/–]\s*(?:\d\d){1,2})?\b")
_RULE_LINE = compiled(r"[\s|:+-]*-{3,}[\s|:+-]*")
#: a line that ends a sentence is prose above a table, not its title
_PROSE_END = (".", "!", "?", "”", '"', "’")


@dataclass(frozen=True)
class Cell:
    """A figure's place in a table: spans (start, end) of its row label (None when the figure is
    itself the first cell), its column heading, the header line and the title; ``block`` is
    where the table's first line starts, ``block_end`` where its last ends."""
    sep: str
    column: int
    label: tuple[int, int] | None
    heading: tuple[int, int] | None
    header: tuple[int, int] | None
    title: tuple[int, int] | None
    block: int
    block_end: int
    rows: int
    in_header: bool = False
    #: a heading written over two lines ("Year to" over "March 2024"): its part on each line, top
    #: first (``heading`` is the part nearest the figures); () when it is on one line
    heading_parts: tuple[tuple[int, int], ...] = ()

    @property
    def is_list(self) -> bool:
        """A row of a list ("Mold: 483", "Burglary 1,204") rather than of a table."""
        return self.sep in LIST_SEPS


@dataclass(frozen=True)
class _Block:
    sep: str
    start: int
    end: int
    header: tuple[int, int] | None
    title: tuple[int, int] | None
    rows: int
    #: the spans of a legend's items, one per field ("It reads, from left to right: name of local
    #: authority; rate of new cases in the seven days to December 11; ...")
    legend: tuple[tuple[int, int], ...] = ()
    #: the header's lines, top first (a heading over two lines: "Year to" over "March 2024"), for
    #: rows of a label and figures parted by blank space
    heads: tuple[tuple[int, int], ...] = ()


def _sep_of(line: str) -> str | None:
    if len(line) > ROW_LIMIT:
        return None
    if "\t" in line.strip():
        return "\t"
    if "|" in line and line.strip(" |"):
        return "|"
    if len(line) <= _LIST_LIMIT and (":" in line or "–" in line or "—" in line or " - " in line) and _LIST_ROW.match(line):
        return ":"
    if len(line) <= _LIST_LIMIT and line.rstrip()[-1:].isdigit() and _TRAILING_ROW.fullmatch(line):
        return " "
    return None


@lru_cache(maxsize=32)
def _cells(text: str, start: int, end: int, sep: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each cell of the line, stripped; a bar that opens or closes the line
    opens or closes no cell. (Kept for the last few lines read: a header is read once per table;
    a small cache, as each key holds its document's text.)"""
    if sep in LIST_SEPS:
        m = (_LIST_ROW.match if sep == ":" else _TRAILING_ROW.fullmatch)(text, start, end)
        return (m.span("label"), (m.end("sep"), end)) if m else ((start, end),)
    out, pos = [], start
    if sep == "|":
        while pos < end and text[pos] in " |":
            if text[pos] == "|":
                pos += 1
                break
            pos += 1
    while pos <= end:
        nxt = text.find(sep, pos, end)
        stop = end if nxt < 0 else nxt
        a, b = pos, stop
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        out.append((a, b))
        if nxt < 0:
            break
        pos = nxt + len(sep)
    if sep == "|" and out and out[-1][0] == out[-1][1]:
        out.pop()  # "| 67.208 | 67.668 |": the closing bar
    return tuple(out)


def _is_header(text: str, cells: list[tuple[int, int]]) -> bool:
    """No cell after the first is a figure (a year is a heading)."""
    rest = cells[1:] if len(cells) > 1 else cells
    return all(a == b or not FIGURE_CELL.fullmatch(text, a, b) or YEAR_CELL.fullmatch(text, a, b) for a, b in rest)


@lru_cache(maxsize=4)
def _index(text: str) -> dict[int, _Block]:
    """For each row of a table or list in the text (by where its line starts), its block."""
    out: dict[int, _Block] = {}
    rows: list[tuple[int, int]] = []  # (start, end) of the current block's lines
    sep: str | None = None
    blanks = 0
    last_text: tuple[int, int] | None = None  # the last non-blank line that is no row
    title: tuple[int, int] | None = None
    legend: tuple[tuple[int, int], ...] = ()  # the items of the last legend line

    def close():
        nonlocal last_text
        if not rows:
            return
        if sep in LIST_SEPS and len(rows) == 1:
            last_text = rows[0]  # one "Label: figure" line is a line of text, not a list
            return
        first = rows[0]
        if sep == SPACED:
            if len(rows) == 1:
                last_text = rows[0]  # one line ending in figures is a line of text, not a table
                return
            heads, head_title = _spaced_head(text, first[0], rows, out)
            if not heads and head_title is None:
                last_text = rows[-1]  # rows of figures under no header and no title: nothing to read them by
                return
            block = _Block(sep, first[0], rows[-1][1], heads[-1] if heads else None, head_title, len(rows), heads=heads)
            for a, _ in rows:
                out[a] = block
            return
        header = None
        if sep not in LIST_SEPS:
            cells = _cells(text, first[0], first[1], sep)
            if len(cells) >= 2 and _is_header(text, cells):
                header = first
        block = _Block(sep, first[0], rows[-1][1], header, title, len(rows), legend if sep == ", " else ())
        for a, _ in rows:
            out[a] = block

    pos, n = 0, len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        line = text[pos:end] if end - pos <= ROW_LIMIT else None
        if line is not None and not line.strip():
            blanks += 1
        elif line is not None and "---" in line and _RULE_LINE.fullmatch(line):
            blanks = 0  # a Markdown rule under a header ("---|---|"): part of the table
        else:
            this = _sep_of(line) if line is not None else None
            if this is None and legend and line is not None and line.count(", ") + 1 == len(legend):
                this = ", "  # a row of the legend's fields: "Plymouth, South-west England, 857.6, (2,254)"
            if this is None and line is not None and line.rstrip()[-1:] in _ROW_ENDS:
                if _spaced_row(text, pos, end) is not None:
                    this = SPACED  # "Ashford      1,204     1,310", "Stockport 57.1 58.3"
                elif len(line) >= 24 and _ADJACENT.search(line) and (flat := _flat(text, pos, end)) is not None:
                    # a table on one line: "Area 2022/23 2023/24 Kent 1,204 1,310 Essex 980 1,002"
                    close()
                    rows, sep = [], None
                    out[pos] = _Block(FLAT, pos, end, flat.header, flat.title, len(flat.rows))
                    last_text, blanks = (pos, end), 0
                    if nl < 0:
                        break
                    pos = nl + 1
                    continue
            if this is not None and this == sep and blanks <= _GAP:
                rows.append((pos, end))
            else:
                close()
                rows = []
                sep = this
                if this is not None:
                    title = last_text if last_text is not None and _titled(text, last_text) else None
                    rows.append((pos, end))
                else:
                    last_text = (pos, end)
                    legend = _legend(text, pos, end) if line is not None and "left to right" in line else ()
            blanks = 0
        if nl < 0:
            break
        pos = nl + 1
    close()
    return out


#: the separator of rows of a label and figures parted by blank space ("Ashford      1,204     1,310",
#: "Stockport 57.1 58.3"), and of a table written on one line
SPACED, FLAT = "  ", "flat"
#: how a line that may be such a row ends (a cheap test before any other)
_ROW_ENDS = frozenset("0123456789%)")
#: two figures side by side, the mark of a table written on one line
_ADJACENT = compiled(r"\d%?\)?[ \t]+[-+−(£$€]?\d")
#: the cells official tables write for no figure (suppressed, not available, nil)
_FILLER = frozenset({"..", "...", ":", "-", "–", "—", "x", "[x]", "[c]", "[z]", "[u]", "n/a", "*", "~"})
_TOKEN = compiled(r"\S+")
#: a gap of blank space between two cells of a line set out in columns
_GAP_SPLIT = compiled(r"[ \t]{2,}|\t")
_MONTH = compiled(r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")
#: a heading that is a period of its own ("2023/24", "Q2", "FY24")
_PERIOD_TOKEN = compiled(r"(?:19|20)\d\d(?:\s*[-/–]\s*(?:\d\d){1,2})?|Q[1-4]|H[12]|FY\d\d(?:/\d\d)?", regex.I)
#: the most words a row's label may have
_LABEL_WORDS = 10


def _is_value(tok: str) -> bool:
    """A cell that is a figure or stands for one ("..", "[c]"), not a year (a heading)."""
    return tok in _FILLER or (FIGURE_CELL.fullmatch(tok) is not None and YEAR_CELL.fullmatch(tok) is None
                              and not (tok[0] == "0" and tok[1:2].isdigit()))  # "01296 397618": a phone number


@lru_cache(maxsize=64)
def _spaced_row(text: str, start: int, end: int) -> tuple[tuple[int, int], tuple[tuple[int, int], ...]] | None:
    """(label, figures) of a line that is a label followed by two figures or more parted by blank
    space ("Ashford      1,204     1,310     +8.8%", "2011 Mar 118.1 0.3 4.0", "Net debt 944.5 : 134.0"),
    else None: prose ("Crime fell 12% to 1,204") ends in no run of figures. (Kept for the last few
    lines: a row is read again for each of its figures.)"""
    if end - start > ROW_LIMIT:
        return None
    words = text[start:end].split()
    n = len(words)
    i = n
    figures = 0
    while i > 0 and _is_value(words[i - 1]):
        i -= 1
        figures += words[i] not in _FILLER
    if figures < 2 or i == 0 or i > _LABEL_WORDS + 1:
        return None
    label_words = words[:i]
    if label_words[0] in ("-", "•", "*", "–"):
        label_words = label_words[1:]
        if not label_words:
            return None
    first, last = label_words[0], label_words[-1]
    if not (first[0].isupper() or YEAR_CELL.fullmatch(first) or (first[0].isdigit() and first.endswith((".", ")")))):
        return None
    if last.endswith((".", ",", ";", ":", "!", "?")) and not _MONTH.fullmatch(last):
        return None  # "... rose by 12. Then 4 5": the end of a sentence, not a label
    if not any(c.isalpha() for c in "".join(label_words)) and not YEAR_CELL.fullmatch(first):
        return None
    if any(FIGURE_CELL.fullmatch(w) and not YEAR_CELL.fullmatch(w) for w in label_words):
        return None  # "B £40,001 - £52,000 7/9 1,727.03": figures in the label, columns not read apart
    spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
    values = tuple(spans[i:])
    lab = spans[i - len(label_words)][0], spans[i - 1][1]
    return lab, values


def _gap_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of a line set out in columns: parted by two blank spaces or more (or a tab)."""
    out, pos = [], start
    for m in _GAP_SPLIT.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < end and text[pos:end].strip():
        b = end
        while b > pos and text[b - 1].isspace():
            b -= 1
        out.append((pos, b))
    while out and not text[out[0][0]:out[0][1]].strip():
        out.pop(0)
    return [(a + (len(text[a:b]) - len(text[a:b].lstrip())), b) for a, b in out]


def _period_groups(text: str, spans: list[tuple[int, int]], attach: bool) -> list[tuple[int, int]]:
    """The words of a heading line in groups: each period one group ("2022/23", "March 2024"), the
    words between periods one group each ("Area", "Change"), or (``attach``) joined to the period
    after them ("Year to March 2023")."""
    out: list[tuple[int, int]] = []
    pending: tuple[int, int] | None = None  # the words since the last period
    for k, (a, b) in enumerate(spans):
        if _PERIOD_TOKEN.fullmatch(text, a, b):
            first = a
            if pending is not None and _MONTH.fullmatch(text, spans[k - 1][0], spans[k - 1][1]):
                first = spans[k - 1][0]  # "March 2024"
                pending = (pending[0], spans[k - 2][1]) if pending[0] < first else None
            if pending is not None:
                if attach:
                    first = pending[0]
                else:
                    out.append(pending)
            pending = None
            out.append((first, b))
        else:
            pending = (pending[0], b) if pending is not None else (a, b)
    if pending is not None:
        out.append(pending)
    return out


_BRACKETED = compiled(r"\([^()]*\)")


def _capital_groups(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The words of a heading line in groups that each open with a capital or a "%" ("Property band
    Borough council tax (£) Annual increase (£)", "Index (UK, 2005 = 100) % change over 1 month")."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        # (a heading cut at the line's end goes on: "Cost per" over "Resident £")
        on = out and "\n" in text[out[-1][1]:a] and text[out[-1][1] - 1].islower()
        if not out or (text[a].isupper() or text[a] == "%") and not on:
            out.append((a, b))
        else:
            out[-1] = (out[-1][0], b)
    return out


def _groups(text: str, start: int, end: int, k: int) -> tuple[tuple[int, int] | None, tuple[tuple[int, int], ...]] | None:
    """The header line's (row labels' heading, k column headings), cut by blank space ("District
    2022/23   2023/24"), by periods ("Area 2022/23 2023/24 Change") or word by word when each word is
    a heading ("Council Staff Vacancies"); None when none of these gives k columns."""
    spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
    tries = [_gap_cells(text, start, end), _period_groups(text, spans, False), _period_groups(text, spans, True)]
    if all(text[a] in "£$€%(" or text[a].isupper() or text[a].isdigit() for a, _ in spans):
        tries.append(spans)
    line = text[start:end]
    if " - " not in line and " – " not in line and ": " not in line and "," not in _BRACKETED.sub("", line):
        tries.append(_capital_groups(text, spans))  # (not "East Devon, Honiton - Conservative hold")
    for cand in tries:
        if len(cand) == k + 1:
            return cand[0], tuple(cand[1:])
        if len(cand) == k and len(cand) >= 2:
            return None, tuple(cand)
    return None


def _lines_above(text: str, pos: int, n: int) -> list[tuple[int, int, int]]:
    """Up to ``n`` lines above the line at ``pos`` that are not blank, nearest first, each (start,
    end, blank lines between it and the line below it)."""
    out: list[tuple[int, int, int]] = []
    blanks, end = 0, pos - 1
    while len(out) < n and end >= 0:
        start = text.rfind("\n", 0, end) + 1
        if end - start > ROW_LIMIT:
            break
        if text[start:end].strip():
            b = end
            while b > start and text[b - 1].isspace():
                b -= 1
            out.append((start, b, blanks))
            blanks = 0
        else:
            blanks += 1
            if blanks > _GAP:
                break
        end = start - 1
    return out


def _spaced_head(text: str, first: int, rows: list[tuple[int, int]], index: dict[int, _Block]):
    """The header lines (top first) and the title of a table of rows parted by blank space: the
    line just above its first row when it gives the rows' columns ("District   2022/23   2023/24"),
    with the line above that when both are set out in columns ("Year to" over "March 2024"); the
    title is the short line above the header (or above the rows)."""
    row = _spaced_row(text, rows[0][0], rows[0][1])
    k = len(row[1]) if row else 0
    above = _lines_above(text, first, 4)
    heads: list[tuple[int, int]] = []
    i = 0
    if above and above[0][2] <= 1 and above[0][0] not in index:
        a, b, _ = above[0]
        line = text[a:b]
        if above[0][2] == 0 and len(above) > 1 and above[1][2] == 0 and len(_gap_cells(text, a, b)) < 2 and \
                _groups(text, a, b, k) is None and above[1][0] not in index and \
                not text[above[1][0]:above[1][1]].endswith(_PROSE_END) and _groups(text, above[1][0], b, k) is not None:
            # a header over two lines, cells parted by one space: "Service Gross £m ... Cost per" / "Resident £"
            a = above[1][0]
            above = above[1:]
            line = text[a:b]
        if not line.endswith(_PROSE_END) and (len(_gap_cells(text, a, b)) >= 2 or _groups(text, a, b, k) is not None):
            heads.append((a, b))
            i = 1
            if len(above) > 1 and above[1][2] == 0 and above[1][0] not in index and len(_gap_cells(text, a, b)) >= 2:
                a2, b2, _ = above[1]
                if not text[a2:b2].endswith(_PROSE_END) and len(_gap_cells(text, a2, b2)) >= 2:
                    heads.insert(0, (a2, b2))
                    i = 2
    title = None
    if i < len(above) and above[i][0] not in index and _titled(text, above[i][:2]):
        title = above[i][:2]
    return tuple(heads), title


def _aligned(text: str, head: tuple[int, int], row_start: int, span: tuple[int, int]) -> tuple[int, int] | None:
    """The cell of a header line set out in columns that stands over the figure at ``span`` (by the
    columns the two take up: a right-aligned figure under a wider heading still overlaps it)."""
    x0, x1 = span[0] - row_start, span[1] - row_start
    best, best_overlap = None, 0
    for a, b in _gap_cells(text, head[0], head[1]):
        h0, h1 = a - head[0], b - head[0]
        overlap = min(x1, h1) - max(x0, h0)
        if overlap > best_overlap:
            best, best_overlap = (a, b), overlap
    return best


def _spaced_heading(text: str, block: _Block, row_start: int, label: tuple[int, int], values, column: int):
    """(heading, its parts over two lines) of the figure in ``column`` (1 for the first figure)."""
    if not block.heads:
        return None, ()
    span = values[column - 1]
    bottom = block.heads[-1]
    if "  " in text[label[1]:values[0][0] + 1] or "\t" in text[row_start:values[-1][1]]:
        parts = [h for head in block.heads if (h := _aligned(text, head, row_start, span)) is not None]
        if parts and (h := _aligned(text, bottom, row_start, label)) not in parts:
            return parts[-1], tuple(parts) if len(parts) > 1 else ()
    groups = _groups(text, bottom[0], bottom[1], len(values))
    if groups is None:
        return None, ()
    return groups[1][column - 1], ()


@dataclass(frozen=True)
class _Flat:
    title: tuple[int, int] | None
    header: tuple[int, int]
    label_heading: tuple[int, int] | None
    headings: tuple[tuple[int, int], ...]
    #: (label, figures) of each row
    rows: tuple[tuple[tuple[int, int], tuple[tuple[int, int], ...]], ...]


#: the small words inside a row's label ("Avon and Somerset", "Stoke-on-Trent", "London, City of")
_LABEL_JOINS = frozenset({"and", "of", "upon", "on", "the", "&", "-", "–", "in", "under", "de", "le"})
#: the most words of a row's label in a table written on one line
_FLAT_LABEL = 6


@lru_cache(maxsize=16)
def _flat(text: str, start: int, end: int) -> _Flat | None:
    """A table written on one line: its header, then rows of a label and as many figures each
    ("Area 2022/23 2023/24 Change Kent 1,204 1,310 +8.8% Essex 980 1,002 +2.2%"), perhaps after a
    sentence that is its title. None unless two rows or more have the same number of figures (two
    or more) and the header gives as many headings. Read from the end: the last rows set the
    number of figures and the longest label; the first row's label is the capitalised words
    before its figures, as many as leave the header its headings."""
    spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
    runs: list[tuple[bool, int, int]] = []  # (figures?, first token, last token + 1)
    for t, (a, b) in enumerate(spans):
        v = _is_value(text[a:b])
        if runs and runs[-1][0] == v:
            runs[-1] = (v, runs[-1][1], t + 1)
        else:
            runs.append((v, t, t + 1))
    if len(runs) < 4 or not runs[-1][0]:
        return None
    k = runs[-1][2] - runs[-1][1]
    if k < 2:
        return None
    pairs = []  # (word run, figure run), last first
    j = len(runs) - 1
    while j >= 1 and runs[j][0] and runs[j][2] - runs[j][1] == k:
        words = runs[j - 1]
        pairs.append((words, runs[j]))
        if words[2] - words[1] > _FLAT_LABEL or j == 1 or runs[j - 2][2] - runs[j - 2][1] != k:
            break  # this word run holds the header and the first row's label
        j -= 2
    pairs.reverse()
    if len(pairs) < 3 and not (len(pairs) == 2 and pairs[0][0][2] - pairs[0][0][1] > 1):
        return None
    labels = [w for w, _ in pairs[1:]]
    if any(not text[spans[w[1]][0]].isupper() for w in labels):
        return None
    longest = max(w[2] - w[1] for w in labels)
    w0 = pairs[0][0]
    walk = 0  # the capitalised words (and the small words between them) that end the first word run
    for t in range(w0[2] - 1, w0[1], -1):
        word = text[spans[t][0]:spans[t][1]]
        if word[0].isupper():
            walk = w0[2] - t
        elif word.rstrip(",") not in _LABEL_JOINS:
            break
        if w0[2] - t >= longest:
            break
    head_first = 0
    for t in range(w0[2] - 2, -1, -1):
        if text[spans[t][1] - 1] in ".:" and not _MONTH.fullmatch(text, spans[t][0], spans[t][1]):
            head_first = t + 1  # "Fly-tipping by council. Area 2022/23 ...": a sentence before the header
            break
    found = None
    for n in range(walk, 0, -1):
        label_first = w0[2] - n
        if label_first - head_first < k:
            continue
        header = (spans[head_first][0], spans[label_first - 1][1])
        groups = _groups(text, header[0], header[1], k)
        if groups is not None:
            found = label_first, header, groups
            break
    if found is None:
        return None
    label_first, header, groups = found
    fig = pairs[0][1]
    rows = [((spans[label_first][0], spans[w0[2] - 1][1]), tuple(spans[fig[1]:fig[2]]))]
    for w, fig in pairs[1:]:
        rows.append(((spans[w[1]][0], spans[w[2] - 1][1]), tuple(spans[fig[1]:fig[2]])))
    title = None
    if head_first > 0:
        b = spans[head_first - 1][1]
        title = (spans[0][0], b - 1 if text[b - 1] in ".:" else b)
    else:
        above = _lines_above(text, start, 1)
        if above and _titled(text, above[0][:2]):
            title = above[0][:2]
    return _Flat(title, header, groups[0], groups[1], tuple(rows))


def _legend(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The spans of the items of a legend line ("It reads, from left to right: name of local
    authority; nation or region; rate of new cases in the seven days to December 11."), or ()."""
    m = _LEGEND.search(text, start, end)
    if m is None:
        return ()
    out, pos = [], m.end()
    while pos < end:
        stop = text.find(";", pos, end)
        stop = end if stop < 0 else stop
        a, b = pos, stop
        while a < b and text[a].isspace():
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] == "."):
            b -= 1
        out.append((a, b))
        pos = stop + 1
    return tuple(out) if len(out) >= 2 else ()


_LEGEND = compiled(r"\bfrom\s+left\s+to\s+right\s*:\s*", regex.I)


def _titled(text: str, span: tuple[int, int]) -> bool:
    """A title is short, ends no sentence and states no figures ("Council now 46 Conservative, 13
    Liberal Democrat, 9 Labour" between two tables is a line of results, not the next one's title)."""
    line = text[span[0]:span[1]].strip()
    return 0 < len(line) <= TITLE_LIMIT and not line.endswith(_PROSE_END) and \
        sum(1 for m in _NUMBER.finditer(line) if not YEAR_CELL.fullmatch(m.group())) < 3


_NUMBER = compiled(r"\d[\d,.]*")


def cell_at(text: str, pos: int) -> Cell | None:
    """The cell holding the figure at ``pos``, or None when its line is no row of a table or list.

    >>> t = "Burglaries by force\\n\\nForce\\t2021-22\\t2022-23\\nLeeds\\t1,200\\t1,350"
    >>> c = cell_at(t, t.index("1,200"))
    >>> [t[slice(*x)] for x in (c.label, c.heading, c.title)]
    ['Leeds', '2021-22', 'Burglaries by force']
    >>> cell_at("Crime rose by 1,200 last year.", 14) is None
    True
    """
    index = _index(text)
    if not index:
        return None  # (most texts: no table and no list, and no line looked at again)
    a, b = line_bounds(text, pos)
    block = index.get(a)
    if block is None:
        return None
    if block.sep == FLAT:
        return _flat_cell(text, pos, block)
    if block.sep == SPACED:
        return _spaced_cell(text, pos, a, b, block)
    cells = _cells(text, a, b, block.sep)
    column = next((i for i, (x, y) in enumerate(cells) if x <= pos < max(y, x + 1)), None)
    if column is None:
        column = sum(1 for x, _ in cells if x <= pos) - 1
    if column < 0:
        return None
    label = cells[0] if column > 0 else None
    heading = None
    if block.legend:
        heading = block.legend[column] if column < len(block.legend) else None
    elif block.header is not None and block.header[0] != a:
        head = _cells(text, block.header[0], block.header[1], block.sep)
        # a heading row without the row labels' cell: "2021-22 | 2022-23" over "Leeds | 1,200 | 1,350"
        at = column - 1 if len(head) == len(cells) - 1 else column
        if 0 <= at < len(head) and head[at][0] < head[at][1]:
            heading = head[at]
    header = block.header if block.header is not None and block.header[0] != a else None
    return Cell(block.sep, column, label, heading, header, block.title, block.start, block.end, block.rows,
                block.header is not None and block.header[0] == a)


def _column_of(pos: int, label: tuple[int, int], values: tuple[tuple[int, int], ...]) -> int | None:
    """0 for a position in the row's label, n for one in its n-th figure, None elsewhere."""
    if label[0] <= pos < label[1]:
        return 0
    return next((i + 1 for i, (x, y) in enumerate(values) if x <= pos < y), None)


def _spaced_cell(text: str, pos: int, a: int, b: int, block: _Block) -> Cell | None:
    row = _spaced_row(text, a, b)
    if row is None:
        return None
    label, values = row
    column = _column_of(pos, label, values)
    if column is None:
        return None
    heading, parts = _spaced_heading(text, block, a, label, values, column) if column else (None, ())
    return Cell(SPACED, column, label if column else None, heading, block.header, block.title, block.start,
                block.end, block.rows, heading_parts=parts)


def _flat_cell(text: str, pos: int, block: _Block) -> Cell | None:
    flat = _flat(text, block.start, block.end)
    if flat is None:
        return None
    for label, values in flat.rows:
        column = _column_of(pos, label, values)
        if column is not None:
            return Cell(FLAT, column, label if column else None, flat.headings[column - 1] if column else None,
                        flat.header, flat.title, block.start, block.end, block.rows)
    return None


def header_cells(text: str, cell: Cell) -> tuple[tuple[int, int], ...]:
    """The spans of the cells of the table's header (none without one, or for the header itself)."""
    if not cell.header:
        return ()
    if cell.sep == FLAT:
        flat = _flat(text, cell.block, cell.block_end)
        return (((flat.label_heading,) if flat.label_heading else ()) + flat.headings) if flat else ()
    if cell.sep == SPACED:
        a, b = cell.header
        cells = _gap_cells(text, a, b)
        if len(cells) >= 2:
            return tuple(cells)
        return tuple(_period_groups(text, [(m.start(), m.end()) for m in _TOKEN.finditer(text, a, b)], False))
    return _cells(text, cell.header[0], cell.header[1], cell.sep)
