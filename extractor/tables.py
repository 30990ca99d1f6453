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

from .sentences import line_bounds

#: characters of a line that can be a row, a header or a title
ROW_LIMIT = 600
#: characters of a line that can be a row of a list ("Label: figure")
_LIST_LIMIT = 120
TITLE_LIMIT = 200
#: how many blank lines may stand between two rows of one table
_GAP = 2
#: a list row: "Birmingham: 2,284 (1,872)", "1. Surrey – £632,239", "- Leeds - 45%"
_LIST_ROW = regex.compile(
    r"[ \t]*(?:[-•*][ \t]*)?(?:\d{1,2}[.)][ \t]*)?(?P<label>[A-Z][\w&'’.()/,-]*(?:[ \t]+[\w&'’.()/,-]+){0,7}?)"
    r"[ \t]*(?P<sep>:|–|—| - )[ \t]*(?:(?:about|around|almost|nearly|over|under|just|up|down)[ \t]+)?[-+£$€(]?\d"
    r"(?![\d,.]*(?:st|nd|rd|th)\b)")
#: a line of a list that ends in its figure: "Children's Services 65.060", "Burglary 1,204"
_TRAILING_ROW = regex.compile(r"[ \t]*(?:[-•*][ \t]*)?(?P<label>[A-Z][^\d\n\t|:]{2,80}?)[ \t]+(?P<sep>)(?:[-+(]|[£$€])?\d[\d,]*(?:\.\d+)?%?\)?[ \t\r]*")
#: the separators of lists (rather than tables)
LIST_SEPS = (":", " ")
#: a cell that is a figure, not a heading ("1,200", "(8.451)", "+12.5", "−2.1", "48.8%", "£365,359", "12m",
#: "up 3%"); the one test, for the tables here and the unit columns of components/numbers.py
FIGURE_CELL = regex.compile(r"(?:(?:up|down)\s+)?[-+−–(]?[£$€]?[-−]?\d[\d,]*(?:\.\d+)?\s*(?:%|m|bn|k)?\)?", regex.I)
#: a year (or financial year) is a heading, not a figure
YEAR_CELL = regex.compile(r"\b(?:19|20)\d\d(?:\s*[-/–]\s*(?:\d\d){1,2})?\b")
_RULE_LINE = regex.compile(r"[\s|:+-]*-{3,}[\s|:+-]*")
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


_LEGEND = regex.compile(r"\bfrom\s+left\s+to\s+right\s*:\s*", regex.I)


def _titled(text: str, span: tuple[int, int]) -> bool:
    """A title is short, ends no sentence and states no figures ("Council now 46 Conservative, 13
    Liberal Democrat, 9 Labour" between two tables is a line of results, not the next one's title)."""
    line = text[span[0]:span[1]].strip()
    return 0 < len(line) <= TITLE_LIMIT and not line.endswith(_PROSE_END) and \
        sum(1 for m in _NUMBER.finditer(line) if not YEAR_CELL.fullmatch(m.group())) < 3


_NUMBER = regex.compile(r"\d[\d,.]*")


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


def header_cells(text: str, cell: Cell) -> tuple[tuple[int, int], ...]:
    """The spans of the cells of the table's header (none without one, or for the header itself)."""
    return _cells(text, cell.header[0], cell.header[1], cell.sep) if cell.header else ()
