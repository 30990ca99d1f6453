"""The publication date of a text: its metadata line, else a dateline the text carries.

FORMAT.md: ``published`` comes from the leading `` date YYYY-MM-DD`` metadata line, else from a
dateline near the top of the story ("Tuesday, 27 October, 2009", "August 24, 2012 12.34 pm",
"Published: 12 March 2023", "published today (14th March 2011)", "By Jane Doe, 12 March 2023",
"Published: 09:05, 12 March 2023", "12 March 2023 • 3 min read", "First published on Tue 13 Mar
2023", "Press release - 24 May 2024", "Release date: 24 July 2024"; numeric dates, "14.06.2021", stay ambiguous
unless a prefix says what they are: "Publication date: 08/12/2023" is read day first). A dateline
is not a period and never dates a statistic: :func:`find_datelines` returns its span so the period and number
components leave it alone. "Updated ..." lines are datelines too, but never the publication date.

Why not a date-parsing library (dateparser, htmldate) here: the text is plain, the shapes are few
and fixed by FORMAT.md, and the offsets must be exact; htmldate's job (HTML metadata) is done by
:mod:`extractor.readers.html`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

import regex
from .regexes import Pattern, compiled

from .normalize.periods import parse_date
from .readers.text import published_from_text
from .rules import lexicon, load_rules, rx, timeout_for



@dataclass(frozen=True)
class Dateline:
    date: str  # ISO YYYY-MM-DD
    start: int  # the whole dateline (prefix, weekday, date and time)
    end: int
    role: str  # "published" | "updated"


def _alt(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[Pattern, tuple[Pattern, Pattern], int, int, Pattern]:
    rs = load_rules("published.json", component="published")
    d = {name: lexicon(name) for name in ("published_prefixes", "updated_prefixes", "weekdays", "months", "timezones")}
    d.update(rs.settings)
    # more ways to say "published" ("First published on", "Press release -", "Publication date:")
    more = str(d.get("more_published_prefixes", "")).split("|")
    d["published_prefixes"] = list(d["published_prefixes"]) + [w for w in more if w]
    month = f"(?:{_alt(d['months'])})\\.?"
    day = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
    date = (f"(?:{day}\\s+(?:of\\s+)?{month},?\\s+(?:19|20)\\d\\d"  # 27 October, 2009 / 9th of September 2017
            f"|{month}\\s+{day},?\\s*(?:19|20)\\d\\d)")  # August 24, 2012 / March 31,2019
    clock = r"[0-2]?\d[.:][0-5]\d(?:[.:][0-5]\d)?(?:\s*[ap]\.?m\.?)?(?:\s+(?:" + _alt(d["timezones"]) + r"))?"
    time = f"(?:(?:[,\\s]+|\\s*[|•·]\\s*)(?:at\\s+)?{clock})"
    prefix = f"(?P<prefix>(?:{_alt(d['published_prefixes'])}|(?P<updated>{_alt(d['updated_prefixes'])}))\\s*[:|\\-–]?\\s+)?"
    # "By Jane Smith, 12 March 2023": a byline before the date (names of up to four words); "by |
    # Jun 22, 2022 | News": a byline whose name the page left out
    # "Author: Sian RochePublished 16th Feb 2025": an author line the page glued to the dateline
    byline = (r"(?:by\s+[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}\s*[,|•·]\s*|by\s*[|•·]\s*"
              r"|author\s*:?\s*[A-Z][\w'’.\-]*?(?:\s+[A-Z][\w'’.\-]*?){0,3}\s*(?:[,|•·]\s*)?(?=published|posted|first\s+published))?")
    # "Published: 12:30, 12 March 2023": the time before the date
    lead = f"(?:{clock},?\\s+)?"
    weekday = f"(?:(?:{_alt(d['weekdays'])}),?\\s+)?"
    # "12 March 2023 • 3 min read", "... | Updated 13 March 2023", "... by admin": a short tail after a separator
    # ("March 12, 2024 — 5 min read": a dash before a reading time)
    tail = r"(?:\s*(?:[|•·]|,?\s+by\s|[—–]\s*(?=\d+\s+min))[^\n]{0,60}?)?"
    line = compiled(
        # ("| October 18, 2017": a separator the page put before the date, left on its line)
        f"^[ \\t]*(?:[|•·][ \\t]*)?(?P<all>{byline}{prefix}{lead}{weekday}(?P<date>{date}){time}?{tail})[ \\t]*\\.?[ \\t]*$",
        regex.IGNORECASE | regex.MULTILINE)
    inline = compiled(f"\\bpublished\\s+today\\s+\\((?P<all>{weekday}(?P<date>{date}))\\)", regex.IGNORECASE)
    # a wire-style opener: "NORWICH, Monday 14 October 2024 – Reports of ..." (the place in capitals)
    opener = compiled(f"^[ \\t]*(?-i:[A-Z][A-Z'’.\\-]+(?:[ \\t]+[A-Z][A-Z'’.\\-]+){{0,3}}),[ \\t]+"
                           f"(?P<all>{weekday}(?P<date>{date}))[ \\t]*[–—\\-:][ \\t]+(?=\\S)",
                           regex.IGNORECASE | regex.MULTILINE)
    # "Publication date: 08/12/2023": a numeric date is read day first (UK) only after a prefix
    # that names the publication (or an update); alone, or after "Date:" or "Posted", it stays ambiguous
    explicit = [w for w in d["published_prefixes"] if w.lower() not in ("date", "posted", "posted on", "released")]
    numeric_prefix = f"(?:{_alt(explicit)}|(?P<updated2>{_alt(d['updated_prefixes'])}))\\s*[:|\\-–]?\\s+"
    numeric = compiled(
        f"^[ \\t]*(?P<all>{numeric_prefix}"
        f"(?P<d>[0-3]?\\d)[/.](?P<m>[01]?\\d)[/.](?P<y>(?:19|20)\\d\\d)){time}?[ \\t]*$",
        regex.IGNORECASE | regex.MULTILINE)
    return line, (inline, opener), int(d["search_chars"]), int(d["search_lines"]), numeric


def _at_line_starts(pattern: Pattern, text: str, timeout: float | None):
    """``pattern.finditer(text, timeout=timeout)`` for a pattern that opens with a multi-line "^" and
    never matches empty: tried only where a line starts (the text's start and after each "\n", where
    such a "^" matches), each line once, and from a match's end on, as finditer goes on. The regex
    engine would try the "^" at every character (several times the cost on a page of text)."""
    pos, end = 0, len(text)
    extra = {} if timeout is None else {"timeout": timeout}
    while pos <= end:
        m = pattern.match(text, pos, **extra)
        if m is not None:
            yield m
            if m.end() > pos:
                pos = m.end()
                if text[pos - 1] == "\n":
                    continue  # (the match ends where a line starts: that line is tried next)
        nl = text.find("\n", pos)
        if nl < 0:
            return
        pos = nl + 1


def find_datelines(text: str) -> list[Dateline]:
    """Datelines standing on lines of their own near the top of ``text`` (its first lines) or at
    its foot (the last lines, where some sites print the date), in order.

    >>> [(d.date, d.role) for d in find_datelines("Headline\\n\\nTuesday, 27 October, 2009\\n\\nStory")]
    [('2009-10-27', 'published')]
    >>> [(d.date, d.role) for d in find_datelines("Saturday, 9th September 2017, 1:07 pm\\nUpdated Monday, 11th September 2017, 12:07 pm")]
    [('2017-09-09', 'published'), ('2017-09-11', 'updated')]
    >>> [d.date for d in find_datelines("Story.\\n\\nMonday 18th of July 2005 11:00:22 AM\\n")]
    ['2005-07-18']
    >>> [d.date for d in find_datelines("Schools rated Good by Ofsted\\n\\n| October 18, 2017\\n\\nStory")]
    ['2017-10-18']
    >>> find_datelines("Figures for 31 March 2019 show a rise.")
    []
    """
    line, inline, max_chars, max_lines, numeric = _patterns()
    head_end = min(len(text), max_chars)
    nl = -1
    for _ in range(max_lines * 2):  # paragraphs are often blank-line separated
        nl = text.find("\n", nl + 1, head_end)
        if nl < 0:
            break
    else:
        head_end = nl  # (the line limit's newline, found without a loop over characters)
    head = text[:head_end]
    found = []
    foot_start = max(head_end, len(text) - max_chars // 3)
    for base, part in ((0, head), (foot_start, text[foot_start:])):
        for m in line.finditer(part, timeout=timeout_for(part)):
            iso = parse_date(rx(r"\bof\s+").sub("", m.group("date")).replace(",", ", "))
            if iso:
                found.append(Dateline(iso, base + m.start("all"), base + m.end("all"),
                                      "updated" if m.group("updated") else "published"))
    if "/" in head or "." in head:
        for m in _at_line_starts(numeric, head, timeout_for(head)):
            try:
                iso = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d"))).isoformat()
            except ValueError:
                continue
            found.append(Dateline(iso, m.start("all"), m.end("all"), "updated" if m.group("updated2") else "published"))
    for pattern in inline:  # "published today (14th March 2011)", "NORWICH, Monday 14 October 2024 –"
        for m in pattern.finditer(head, timeout=timeout_for(head)):
            iso = parse_date(m.group("date"))
            if iso:
                found.append(Dateline(iso, m.start("all"), m.end("all"), "published"))
    return sorted(found, key=lambda d: d.start)


def find_published(text: str) -> tuple[str | None, str | None, list[Dateline]]:
    """(publication date, where it came from: "metadata" | "dateline" | None, datelines).

    >>> find_published(" date 2020-11-10 Ministry of Justice figures")[:2]
    ('2020-11-10', 'metadata')
    >>> find_published("August 24, 2012 12.34 pm\\n\\nCouncil paid £119k")[:2]
    ('2012-08-24', 'dateline')
    """
    datelines = find_datelines(text)
    meta = published_from_text(text)
    if meta:
        return meta, "metadata", datelines
    first = next((d for d in datelines if d.role == "published"), None)
    return (first.date, "dateline", datelines) if first else (None, None, datelines)
