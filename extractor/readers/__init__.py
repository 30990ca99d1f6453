"""Readers turn a file into a :class:`~extractor.readers.text.Document` (text, format,
published date, and for PDFs a layout). :func:`read_document` picks the reader by content
(``%PDF`` magic, an HTML head) and then by extension."""
from __future__ import annotations

from pathlib import Path

from .text import Document, ReadError, decode, read_bytes, read_text_file

#: Seconds a PDF may take to parse before it gets a ``timeout`` error.
PDF_TIMEOUT = 30.0
#: Files larger than this (bytes) get a ``too_large`` error without being read.
MAX_BYTES = 100_000_000


def sniff(head: bytes, suffix: str = "") -> str:
    """"pdf", "html" or "text" from the first bytes of a file (and its suffix).

    >>> sniff(b"%PDF-1.7 ...")
    'pdf'
    >>> sniff(b"<!DOCTYPE html><html>")
    'html'
    >>> sniff(b"Police figures show", ".txt")
    'text'
    """
    start = head.lstrip()[:200].lower()
    if start.startswith(b"%pdf") or suffix.lower() == ".pdf":
        return "pdf"
    if start.startswith((b"<!doctype html", b"<html", b"\xef\xbb\xbf<!doctype html", b"\xef\xbb\xbf<html")) \
            or suffix.lower() in (".html", ".htm", ".xhtml"):
        return "html"
    return "text"


def regular_file_size(path: Path) -> int:
    """The size of a regular file, or a ReadError: ``not_found``, ``not_a_file`` (a folder, a
    FIFO, a device or a socket: opening one could block forever), ``unreadable``."""
    import os
    import stat

    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise ReadError("not_found", f"no such file: {path}") from None
    except OSError as exc:
        raise ReadError("unreadable", f"cannot read {path}: {exc.strerror}") from None
    if stat.S_ISDIR(st.st_mode):
        raise ReadError("not_a_file", f"is a directory: {path}")
    if not stat.S_ISREG(st.st_mode):
        raise ReadError("not_a_file", f"not a regular file (a FIFO, device or socket): {path}")
    return st.st_size


def read_document(path: str | Path, *, password: str = "", pages: str | None = None,
                  max_pages: int | None = None, timeout: float | None = PDF_TIMEOUT,
                  max_bytes: int = MAX_BYTES) -> Document:
    """Read any supported file; raises :class:`ReadError` with a stable code."""
    path = Path(path)
    size = regular_file_size(path)  # not_found / not_a_file before opening: a FIFO would block
    read_bytes(path, 1)  # unreadable before anything else
    if size > max_bytes:
        raise ReadError("too_large", f"the file has {size:,} bytes; the limit is {max_bytes:,}")
    data = read_bytes(path)
    name = path.name
    doc_id = name[: -len(".txt")] if name.endswith(".txt") else path.stem
    return read_document_bytes(data, doc_id=doc_id, source=str(path), suffix=path.suffix, password=password,
                               pages=pages, max_pages=max_pages, timeout=timeout)


def read_document_bytes(data: bytes, *, doc_id: str, source: str | None, suffix: str = "", password: str = "",
                        pages: str | None = None, max_pages: int | None = None,
                        timeout: float | None = PDF_TIMEOUT) -> Document:
    """Read a document from its bytes (a file's, an upload's), choosing the reader by content
    and then by ``suffix``: the one dispatch used by files, batches and the service."""
    import hashlib

    from .html import html_document
    from .pdf import MAX_PAGES, read_pdf_bytes
    from .text import published_from_text

    kind = sniff(data[:1024], suffix)
    if kind == "pdf":
        text, layout = read_pdf_bytes(data, password=password, pages=pages, max_pages=max_pages or MAX_PAGES,
                                      timeout=timeout)
        doc = Document(id=doc_id, text=text, source=source, format="pdf", layout=layout)
    elif kind == "html":
        doc = html_document(decode(data, html=True), doc_id=doc_id, source=source)
    else:
        text = decode(data)
        doc = Document(id=doc_id, text=text, source=source, published=published_from_text(text))
    doc.input_sha256 = hashlib.sha256(data).hexdigest()
    return doc


__all__ = ["Document", "ReadError", "decode", "read_document", "read_document_bytes", "read_text_file",
           "regular_file_size", "sniff"]
