"""Read plain-text documents: UTF-8 (with or without BOM), and the seeds' ` date YYYY-MM-DD` line."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

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


def decode(data: bytes) -> str:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError("not_text", "the file contains NUL bytes: it looks binary, not text")
    for enc in ("utf-8-sig", "utf-16") if data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")) else ("utf-8",):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReadError("decode_error", f"not valid UTF-8 ({exc.reason} at byte {exc.start})") from None


def read_text_file(path: str | Path) -> Document:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReadError("not_found", f"no such file: {path}") from None
    except IsADirectoryError:
        raise ReadError("not_a_file", f"is a directory: {path}") from None
    except OSError as exc:
        raise ReadError("unreadable", f"cannot read {path}: {exc.strerror}") from None
    text = decode(data)
    name = path.name
    doc_id = name[: -len(".txt")] if name.endswith(".txt") else path.stem
    return Document(id=doc_id, text=text, source=str(path), published=published_from_text(text))
