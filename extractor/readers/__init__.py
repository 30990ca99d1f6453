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


def read_document(path: str | Path, *, password: str = "", pages: str | None = None,
                  max_pages: int | None = None, timeout: float | None = PDF_TIMEOUT,
                  max_bytes: int = MAX_BYTES) -> Document:
    """Read any supported file; raises :class:`ReadError` with a stable code."""
    from .html import read_html
    from .pdf import MAX_PAGES, read_pdf

    path = Path(path)
    head = read_bytes(path, 1024)
    size = path.stat().st_size
    if size > max_bytes:
        raise ReadError("too_large", f"the file has {size:,} bytes; the limit is {max_bytes:,}")
    kind = sniff(head, path.suffix)
    if kind == "pdf":
        return read_pdf(path, password=password, pages=pages, max_pages=max_pages or MAX_PAGES, timeout=timeout)
    if kind == "html":
        return read_html(path)
    return read_text_file(path)


__all__ = ["Document", "ReadError", "decode", "read_document", "read_text_file", "sniff"]
