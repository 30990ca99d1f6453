"""Read web pages: the article's text with its paragraph breaks, and its publication date.

Built on the standard library's ``html.parser`` (a tolerant tokenizer that is part of
Python, so no compiled dependency): scripts, styles, navigation, headers, footers, asides,
forms and other boilerplate are skipped; block elements (p, h1-h6, li, tr, div, blockquote,
br) break paragraphs; table cells are separated by tabs, so a table comes out in the same
shape as a plain-text table. When the page has an ``<article>`` (or ``<main>``) element, only
its text is kept. Character references are decoded. The publication date comes from
``<meta property="article:published_time">`` and its kin, else the first ``<time datetime>``.

Offsets in the record are into the extracted text (``format: "html"``); the HTML itself is
not kept. We deliberately do not use a boilerplate-removal library (trafilatura, readability):
they rewrite text (joining and re-spacing paragraphs) in ways we cannot map back, and add
heavy dependencies; news pages mark their article well enough for the rules above.
"""
from __future__ import annotations

import hashlib
import re
import time
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

from .text import Document, ReadError, decode, read_bytes

_BLANK_LINES = re.compile(r"\n\s*\n")
_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")

_SKIP = {"script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form",
         "button", "select", "iframe", "object", "canvas", "figure", "figcaption"}
_BLOCK = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
          "blockquote", "pre", "table", "dl", "dt", "dd", "hr", "address", "body"}
_VOID = {"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed",
         "param", "track"}
_DATE_META = ("article:published_time", "og:published_time", "datepublished", "date", "dc.date",
              "dc.date.issued", "publish-date", "pubdate", "publication_date", "sailthru.date",
              "parsely-pub-date")
_BOILERPLATE_CLASS = re.compile(r"\b(?:cookie|banner|newsletter|share|social|related|promo|advert|ad-|"
                                r"subscribe|comments?|breadcrumb|menu|sidebar|footer|header|nav)\b", re.I)


#: Seconds an HTML page may take to read (``timeout`` beyond), and the deepest nesting kept
#: (deeper elements still give their text; they are just not tracked for closing).
HTML_TIMEOUT = 30.0
MAX_DEPTH = 5000


class _Parser(HTMLParser):
    def __init__(self, timeout: float | None = HTML_TIMEOUT) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, skipping)
        self.open: Counter = Counter()  # tag → how many are on the stack: an unmatched end tag costs O(1)
        self.deadline = None if timeout is None else time.monotonic() + timeout
        self.events = 0
        self.skip_depth = 0
        self.blocks: dict[str, list[str]] = {"all": [], "article": []}
        self.in_article = 0
        self.published: str | None = None
        self.time_dates: list[str] = []
        self.title: str | None = None
        self._in_title = False
        self.pre = 0

    # text is collected as a list of pieces; "\n\n" and "\t" are structure markers
    def _emit(self, s: str) -> None:
        self.blocks["all"].append(s)
        if self.in_article:
            self.blocks["article"].append(s)

    def _tick(self) -> None:
        self.events += 1
        if self.deadline is not None and not self.events & 1023 and time.monotonic() > self.deadline:
            raise ReadError("timeout", f"reading the HTML took longer than {HTML_TIMEOUT:g} s")

    def handle_starttag(self, tag, attrs):
        self._tick()
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key in _DATE_META and a.get("content") and not self.published:
                self.published = a["content"]
            return
        if tag == "time" and a.get("datetime"):
            self.time_dates.append(a["datetime"])
        if tag == "title":
            self._in_title = True
        if tag in _VOID:
            if tag == "br" and not self.skip_depth:
                self._emit("\n")
            return
        skipping = tag in _SKIP or bool(_BOILERPLATE_CLASS.search(a.get("class", "") + " " + a.get("id", ""))
                                        and tag in ("div", "section", "ul", "aside", "span"))
        if tag in ("article", "main") and not self.skip_depth:
            skipping = False
            self.in_article += 1
        if "hidden" in a or "display:none" in a.get("style", "").replace(" ", ""):
            skipping = True
        if len(self.stack) >= MAX_DEPTH:
            if tag in ("article", "main") and not skipping:
                self.in_article -= 1  # not tracked: not counted
            skipping = False
        else:
            self.stack.append((tag, skipping))
            self.open[tag] += 1
        if skipping:
            self.skip_depth += 1
        if not self.skip_depth:
            if tag in _BLOCK:
                self._emit("\n\n")
            elif tag == "tr":
                self._emit("\n")
            elif tag in ("td", "th"):
                self._emit("\t")
            if tag == "pre":
                self.pre += 1

    def handle_endtag(self, tag):
        self._tick()
        if tag == "title":
            self._in_title = False
        if tag in _VOID:
            return
        # close up to the matching tag (tolerate unclosed children); an end tag with no open
        # element is skipped without a scan, and a scan removes what it passes: linear overall
        if self.open[tag]:
            for i in range(len(self.stack) - 1, -1, -1):
                if self.stack[i][0] == tag:
                    for t, skipping in self.stack[i:][::-1]:
                        self.open[t] -= 1
                        if skipping:
                            self.skip_depth -= 1
                        if t in ("article", "main") and not skipping:
                            self.in_article = max(0, self.in_article - 1)
                    del self.stack[i:]
                    break
        if not self.skip_depth and tag in _BLOCK:
            self._emit("\n\n")
        if tag == "pre":
            self.pre = max(0, self.pre - 1)

    def handle_data(self, data):
        self._tick()
        if self._in_title:
            self.title = (self.title or "") + data
            return
        if self.skip_depth:
            return
        # source line breaks are only whitespace, except inside <pre>
        self._emit(data if self.pre else " ".join(data.split("\n")) if "\n" in data else data)


def _assemble(pieces: list[str]) -> str:
    """Collapse whitespace inside paragraphs; "\\n\\n" between blocks; tabs between cells."""
    raw = "".join(pieces)
    paras = []
    for block in _BLANK_LINES.split(raw):
        lines = []
        for line in block.split("\n"):
            cells = [" ".join(c.split()) for c in line.split("\t")]
            cells = [c for c in cells if c]
            if cells:
                lines.append("\t".join(cells))
        if lines:
            paras.append("\n".join(lines))
    return "\n\n".join(paras)


def _iso_date(value: str | None) -> str | None:
    """A metadata date as YYYY-MM-DD: ISO 8601 ("2020-11-10T06:00:00Z"), or a day written in words with its
    year ("18 July 2019", "July 18, 2019", "Thursday 18th July 2019"); None otherwise."""
    if not value:
        return None
    m = _ISO_DATE.match(value)
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    from ..normalize.periods import parse_date

    words = _WEEKDAY_LEAD.sub("", value.strip())[:40]
    found = parse_date(words) if _YEAR_IN.search(words) else None
    return found if found and len(found) == 10 else None


_WEEKDAY_LEAD = re.compile(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+", re.I)
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")


def html_to_text(html: str, timeout: float | None = HTML_TIMEOUT) -> tuple[str, str | None]:
    """(article text, publication date YYYY-MM-DD or None).

    >>> html_to_text('<html><head><meta property="article:published_time" content="2020-11-10T06:00:00Z">'
    ...              '<script>x=1</script></head><body><nav>Home</nav><article><h1>Offenders</h1>'
    ...              '<p>There were 1,405 offenders &amp; more.</p></article><footer>(c)</footer></body></html>')
    ('Offenders\\n\\nThere were 1,405 offenders & more.', '2020-11-10')
    """
    p = _Parser(timeout)
    try:
        p.feed(html)
        p.close()
    except ReadError:
        raise
    except Exception as exc:  # noqa: BLE001 - html.parser is tolerant; anything left is malformed input
        raise ReadError("html_malformed", f"the HTML could not be parsed: {exc}") from None
    article = _assemble(p.blocks["article"])
    text = article if len(article) >= 200 or (article and not _assemble(p.blocks["all"])) else _assemble(p.blocks["all"])
    published = _iso_date(p.published) or (_iso_date(p.time_dates[0]) if p.time_dates else None)
    return text, published


def looks_like_html(text: str) -> bool:
    head = text[:1000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text[:5000])


def read_html(path: str | Path) -> Document:
    path = Path(path)
    data = read_bytes(path)
    doc = html_document(decode(data, html=True), doc_id=path.stem, source=str(path))
    doc.input_sha256 = hashlib.sha256(data).hexdigest()
    return doc


def html_document(html: str, *, doc_id: str, source: str | None) -> Document:
    text, published = html_to_text(html)
    if not text.strip():
        raise ReadError("empty_document", "the page has no article text")
    return Document(id=doc_id, text=text, source=source, format="html", published=published)
