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

Extraction runs under a lock: requests never share a pipeline call (spaCy pipelines are not
documented as thread-safe), and the record built for one request is never seen by another.
For more throughput run several server processes (``uvicorn --workers``) behind the port.
"""
from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse

from .readers import ReadError, read_document_bytes, sniff
from .readers.pdf import MAX_PAGES
from .record import SCHEMA_VERSION

PDF_TIMEOUT = 20.0


def _date(value: Any) -> str | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise HTTPException(422, f"published must be a date as YYYY-MM-DD, not {value!r}") from None


def create_app(extractor, *, max_bytes: int = 20_000_000, max_pages: int = MAX_PAGES) -> FastAPI:
    app = FastAPI(title="extractor", version="1",
                  description="Statistics, areas, periods and quotes from news and reports, with provenance.")
    lock = threading.Lock()

    def run(item: dict) -> dict:
        with lock:
            return extractor.extract_item(item)

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
    def health() -> dict:
        return {"status": "ok", "model": extractor.nlp.meta.get("name"), "schema_version": SCHEMA_VERSION}

    @app.post("/extract")
    async def extract(request: Request):
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        raw = await body_of(request)
        if ctype == "application/json":
            import json
            try:
                payload = json.loads(raw)
            except ValueError as exc:
                raise HTTPException(422, f"the body is not valid JSON: {exc}") from None
            if not isinstance(payload, dict) or not isinstance(payload.get("text"), str):
                raise HTTPException(422, 'send {"text": "...", "id"?, "published"?, "source"?}')
            item = {"text": payload["text"], "id": payload.get("id"), "source": payload.get("source"),
                    "published": _date(payload.get("published"))}
        elif ctype == "multipart/form-data":
            item = await _upload(request, raw, max_pages)
        else:
            raise HTTPException(415, "send application/json or a multipart/form-data upload (field 'file')")
        rec = run(item)
        status = 422 if rec["errors"] else 200
        return JSONResponse(rec, status_code=status)

    @app.get("/report", response_class=HTMLResponse)
    def report_form() -> HTMLResponse:
        """A form to paste an article; it posts to ``POST /report``."""
        from .report import FORM
        return HTMLResponse(FORM)

    @app.post("/report", response_class=HTMLResponse)
    async def report(request: Request):
        """The review page for an article: the form's fields, or JSON {"text", "id"?, "published"?}."""
        import json
        from urllib.parse import parse_qs

        from .report import render
        raw = await body_of(request)
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        try:
            if ctype == "application/x-www-form-urlencoded":
                form = {k: v[0] for k, v in parse_qs(raw.decode("utf-8"), keep_blank_values=True).items()}
            else:
                form = json.loads(raw)
            text = form["text"]
            if not isinstance(text, str):
                raise TypeError
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            raise HTTPException(422, 'send the form, or JSON {"text": "...", "id"?, "published"?}') from None
        rec = run({"text": text, "id": form.get("id") or "pasted", "published": _date(form.get("published"))})
        return HTMLResponse(render([(text, rec)]))

    return app


async def _upload(request: Request, raw: bytes, max_pages: int) -> dict:
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
    doc_id = str(form.get("id") or "upload")
    published = _date(form.get("published"))
    password = str(form.get("password") or "")
    source = f"upload:{upload.filename or 'file'}"
    try:  # by content only: the client's file name is not trusted
        d = read_document_bytes(data, doc_id=doc_id, source=source, password=password, max_pages=max_pages,
                                timeout=PDF_TIMEOUT)
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
