"""Read plain-text documents (UTF-8, UTF-16, Windows-1252; see :func:`decode`), and the seeds'
` date YYYY-MM-DD` line."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_DATE_LINE = re.compile(r"^\ufeff?\s*date\s+(\d{4}-\d{2}-\d{2})\b")


class ReadError(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class Document:
    id: str
    text: str
    source: str | None = None
    format: str = "text"
    published: str | None = None
    layout: Any = None  # readers.pdf.Layout for PDFs: pages and glyph boxes
    input_sha256: str | None = None  # of the file's bytes: the batch resume key


def published_from_text(text: str) -> str | None:
    """The publication date on a leading ` date YYYY-MM-DD` line, if any.

    >>> published_from_text(" date 2020-11-10 Ministry of Justice figures")
    '2020-11-10'
    """
    m = _DATE_LINE.match(text)
    return m.group(1) if m else None


def metadata_end(text: str) -> int:
    """End offset of the leading ` date YYYY-MM-DD` metadata (0 when there is none).

    >>> metadata_end(" date 2020-11-10 Ministry")
    16
    """
    m = _DATE_LINE.match(text)
    return m.end() if m else 0


_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_CP1252_UNDEFINED = set(b"\x81\x8d\x8f\x90\x9d")
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: mostly-ASCII text has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def decode(data: bytes, *, html: bool = False) -> str:
    """Bytes → text: a BOM (UTF-8, UTF-16, UTF-32) decides; else UTF-16 recognised by its NULs;
    else UTF-8 if the bytes are valid UTF-8 (plain ASCII always is, so it is never mistaken
    for anything else); else a charset the HTML declares; else Windows-1252 (a superset of
    Latin-1 with the smart quotes and dashes of Word documents) when the bytes fit it.

    >>> decode("“Quote” – 5 ½".encode("cp1252"))
    '“Quote” – 5 ½'
    >>> decode("naïve".encode("utf-16-le"))
    'naïve'
    >>> decode(b"\\x00\\x01\\x02binary")
    Traceback (most recent call last):
    ...
    extractor.readers.text.ReadError: the file contains NUL bytes: it looks binary, not text
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as exc:
                raise ReadError("decode_error", f"not valid {enc} ({exc.reason} at byte {exc.start})") from None
    enc16 = _utf16_without_bom(data)
    if enc16:
        try:
            text = data.decode(enc16)
            sample = text[:2048]
            if sum(ch.isprintable() or ch.isspace() for ch in sample) >= 0.95 * len(sample):
                return text
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:8192]:
        raise ReadError("not_text", "the file contains NUL bytes: it looks binary, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if html:
        m = _META_CHARSET.search(data[:4096])
        if m:
            try:  # a declared charset may be unknown, not a text encoding, or wrong ("undefined")
                return data.decode(m.group(1).decode("ascii"))
            except (LookupError, UnicodeError, ValueError):
                pass
    high = [b for b in data if b >= 0x80]
    controls = sum(1 for b in data[:65536] if b < 0x20 and b not in (9, 10, 12, 13))
    if not _CP1252_UNDEFINED.intersection(high) and controls <= len(data[:65536]) * 0.01 and \
            len(high) <= max(16, 0.3 * len(data)):
        return data.decode("cp1252")
    raise ReadError("decode_error", f"not valid UTF-8 ({utf8_error.reason} at byte {utf8_error.start}), "
                                    "and not Windows-1252 text either")


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The file's bytes (at most ``limit`` of them), or a ReadError with a stable code."""
    try:
        with path.open("rb") as fh:
            return fh.read() if limit is None else fh.read(limit)
    except FileNotFoundError:
        raise ReadError("not_found", f"no such file: {path}") from None
    except IsADirectoryError:
        raise ReadError("not_a_file", f"is a directory: {path}") from None
    except OSError as exc:
        raise ReadError("unreadable", f"cannot read {path}: {exc.strerror}") from None


def read_text_file(path: str | Path) -> Document:
    path = Path(path)
    data = read_bytes(path)
    text = decode(data)
    name = path.name
    doc_id = name[: -len(".txt")] if name.endswith(".txt") else path.stem
    return Document(id=doc_id, text=text, source=str(path), published=published_from_text(text),
                    input_sha256=hashlib.sha256(data).hexdigest())
