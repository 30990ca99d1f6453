"""The ingest service (FastAPI): ``POST /extract``, ``GET /health``, ``GET``/``POST /report``.

``POST /extract`` takes either JSON ``{"text", "id"?, "published"?, "source"?}`` or a
multipart upload (field ``file``: a PDF, HTML or text file; optional form fields ``id``,
``published``, ``password``) and returns the v1 record. The pipeline is loaded once. Limits
and checks, each answered with a clear 4xx:

- the request body is capped (``max_bytes``; 413), checked on ``Content-Length`` and on the
  bytes actually read;
- uploads are recognised by content (``%PDF``, an HTML head, else text) and anything else is
  refused (415); nothing from the request is used as a path: uploads are parsed from memory;
- bad JSON or fields → 422; a document that cannot be read → 422 with the error record.

Extraction and PDF parsing run off the event loop, in a bounded pool of worker threads
(``workers``), so a slow document never stalls ``/health`` or the reading of other requests.
Extraction itself runs under a lock: requests never share a pipeline call (spaCy pipelines are
not documented as thread-safe), and the record built for one request is never seen by another.
For more throughput run several server processes (``uvicorn --workers``) behind the port.
"""
from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import anyio
from fastapi import FastAPI, HTTPException, Request
from fastapi_offline import FastAPIOffline
from fastapi.responses import HTMLResponse, JSONResponse

from .readers import ReadError, read_document_bytes, sniff
from .readers.pdf import MAX_PAGES
from .record import SCHEMA_VERSION

PDF_TIMEOUT = 20.0
#: Threads that run extraction and PDF parsing off the event loop (extraction is still one at
#: a time, under the lock; PDF parses, each in its own child process, can overlap).
WORKERS = 4
#: The review page is self-contained: inline styles, no scripts, forms post to this server.
PAGE_HEADERS = {"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
                                           "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
                "X-Content-Type-Options": "nosniff"}


def _date(value: Any) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise HTTPException(422, f"published must be a string YYYY-MM-DD, not {type(value).__name__}")
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise HTTPException(422, f"published must be a date as YYYY-MM-DD, not {value[:40]!r}") from None


def _label(payload: dict, key: str) -> str | None:
    """An optional string field (``id``, ``source``): a number is taken as its text; anything
    else, or a string UTF-8 cannot hold (a lone surrogate), is a 422."""
    value = payload.get(key)
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise HTTPException(422, f"{key} must be a string, not {type(value).__name__}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise HTTPException(422, f"{key} is not valid Unicode (a lone surrogate)") from None
    if len(value) > 1000:
        raise HTTPException(422, f"{key} is over 1,000 characters")
    return value


def _json_body(raw: bytes) -> Any:
    import json
    try:
        return json.loads(raw)
    except RecursionError:
        raise HTTPException(422, "the body is not valid JSON: nested too deeply") from None
    except ValueError as exc:
        raise HTTPException(422, f"the body is not valid JSON: {exc}"[:300]) from None


def create_app(extractor, *, max_bytes: int = 20_000_000, max_pages: int = MAX_PAGES) -> FastAPI:
    # FastAPIOffline serves the /docs page's Swagger UI files itself (FastAPI's default loads them
    # from a CDN, so /docs is blank offline)
    app = FastAPIOffline(title="extractor", version="1",
                  description="Statistics, areas, periods and quotes from news and reports, with provenance.")
    lock = threading.Lock()
    limiter = anyio.CapacityLimiter(WORKERS)

    def extract_now(item: dict) -> dict:
        with lock:
            return extractor.extract_item(item)

    async def run(item: dict) -> dict:
        return await anyio.to_thread.run_sync(extract_now, item, limiter=limiter)

    async def body_of(request: Request) -> bytes:
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            raise HTTPException(413, f"request body over the {max_bytes:,}-byte limit")
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > max_bytes:
                raise HTTPException(413, f"request body over the {max_bytes:,}-byte limit")
            chunks.append(chunk)
        return b"".join(chunks)

    @app.get("/health")
    async def health() -> dict:
        meta = extractor.nlp.meta
        return {"status": "ok", "model": f"{meta.get('lang')}_{meta.get('name')}" if meta.get("lang") else meta.get("name"),
                "schema_version": SCHEMA_VERSION}

    @app.post("/extract")
    async def extract(request: Request):
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        raw = await body_of(request)
        if ctype == "application/json":
            payload = _json_body(raw)
            if not isinstance(payload, dict) or "text" not in payload:
                raise HTTPException(422, 'send {"text": "...", "id"?, "published"?, "source"?}')
            # a text that is not a string is the document's error (not_text), reported as its record
            item = {"text": payload["text"], "id": _label(payload, "id"), "source": _label(payload, "source"),
                    "published": _date(payload.get("published"))}
        elif ctype == "multipart/form-data":
            item = await _upload(request, raw, max_pages, limiter)
        else:
            raise HTTPException(415, "send application/json or a multipart/form-data upload (field 'file')")
        rec = await run(item)
        # a record cut short ("truncated": a PDF over the page limit) still carries what was read
        status = 422 if any(e["code"] != "truncated" for e in rec["errors"]) else 200
        return JSONResponse(rec, status_code=status)

    @app.get("/report", response_class=HTMLResponse)
    async def report_form() -> HTMLResponse:
        """A form to paste an article; it posts to ``POST /report``."""
        from .report import FORM
        return HTMLResponse(FORM, headers=PAGE_HEADERS)

    @app.post("/report", response_class=HTMLResponse)
    async def report(request: Request):
        """The review page for an article: the form's fields, or JSON {"text", "id"?, "published"?}."""
        from urllib.parse import parse_qs

        from .report import render
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype not in ("application/x-www-form-urlencoded", "application/json"):
            raise HTTPException(415, "send the form (application/x-www-form-urlencoded) or application/json")
        raw = await body_of(request)
        try:
            if ctype == "application/x-www-form-urlencoded":
                form = {k: v[0] for k, v in parse_qs(raw.decode("utf-8"), keep_blank_values=True).items()}
            else:
                form = _json_body(raw)
            text = form["text"]
            if not isinstance(text, str):
                raise TypeError
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            raise HTTPException(422, 'send the form, or JSON {"text": "...", "id"?, "published"?}') from None
        rec = await run({"text": text, "id": _label(form, "id") or "pasted", "published": _date(form.get("published"))})
        page = await anyio.to_thread.run_sync(render, [(text, rec)], limiter=limiter)
        return HTMLResponse(page, headers=PAGE_HEADERS)

    return app


async def _upload(request: Request, raw: bytes, max_pages: int, limiter) -> dict:
    # Starlette parses the (already size-checked) body; re-feed it from memory
    async def receive():
        return {"type": "http.request", "body": raw, "more_body": False}
    form_request = Request(request.scope, receive)
    try:
        form = await form_request.form()
    except Exception as exc:  # noqa: BLE001 - malformed multipart bodies
        raise HTTPException(422, f"could not read the upload: {exc}") from None
    upload = form.get("file")
    if upload is None or not hasattr(upload, "read"):
        raise HTTPException(422, "the upload needs a 'file' field")
    data = await upload.read()
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    doc_id = _label(fields, "id") or "upload"
    published = _date(fields.get("published"))
    password = str(fields.get("password") or "")
    source = f"upload:{upload.filename or 'file'}"
    try:  # by content only: the client's file name is not trusted; off the event loop
        d = await anyio.to_thread.run_sync(
            lambda: read_document_bytes(data, doc_id=doc_id, source=source, password=password,
                                        max_pages=max_pages, timeout=PDF_TIMEOUT), limiter=limiter)
    except ReadError as exc:
        if exc.code in ("not_text",):
            raise HTTPException(415, f"unsupported upload: {exc.message}") from None
        return {"text": "", "id": doc_id, "source": source, "published": published,
                "format": sniff(data[:1024]), "error": (exc.code, exc.message)}
    return {"text": d.text, "id": doc_id, "source": source, "published": published or d.published,
            "published_from": "argument" if published else "metadata" if d.published else None,
            "format": d.format, "layout": d.layout}


@contextmanager
def serve_in_thread(app: FastAPI, host: str = "127.0.0.1") -> Iterator[str]:
    """Run ``app`` with uvicorn on a free port of ``host`` in a background thread; yields its
    base URL and stops the server on exit (for tests, benchmarks and embedding)."""
    import socket

    import uvicorn

    with socket.socket() as s:
        s.bind((host, 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the server did not start")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
