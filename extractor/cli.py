"""Command line: ``extractor extract | batch | export | audit | report | serve | evaluate``.

Thin: each command parses its arguments and calls library functions. Errors a user can cause
(missing files, bad dates, unknown model) end with a one-line message and exit status 2 (usage)
or 1 (some document failed), never a traceback.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from .pipeline import DEFAULT_MODEL

#: corpus splits kept for measuring only: their errors are never read to write rules
HELD_BACK = ("test", "fresh", "test2")

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Mine statistics, areas, periods and quotes out of news and reports.")


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _check_date(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        _fail(f"--published must be a date as YYYY-MM-DD, not {value!r}")


def _load(model: str):
    from . import load
    from .pipeline import ModelNotFound
    try:
        return load(model)
    except ModelNotFound as exc:
        _fail(str(exc))


Model = Annotated[str, typer.Option("--model", help="spaCy pipeline to load (any installed name).")]


Password = Annotated[str, typer.Option("--password", help="Password for encrypted PDFs.")]
Pages = Annotated[Optional[str], typer.Option("--pages", help="PDF pages to read, e.g. 1-3,5.")]
MaxPages = Annotated[int, typer.Option("--max-pages", help="Read at most this many PDF pages.")]
PdfTimeout = Annotated[float, typer.Option("--pdf-timeout", help="Seconds a PDF may take to parse.")]
TimeBudget = Annotated[float, typer.Option("--time-budget", help="Seconds a document may spend in the pipeline before it gets a 'timeout' record (0: no limit). About 100,000 characters of news take a few seconds; raise it for long reports.")]


def _read_options(password: str, pages: Optional[str], max_pages: int, pdf_timeout: float) -> dict:
    from .readers.pdf import parse_pages
    try:
        parse_pages(pages)
    except ValueError as exc:
        _fail(str(exc))
    if max_pages < 1 or pdf_timeout <= 0:
        _fail("--max-pages and --pdf-timeout must be positive")
    return {"password": password, "pages": pages, "max_pages": max_pages, "timeout": pdf_timeout}


def _budget(seconds: float) -> float | None:
    if seconds < 0:
        _fail("--time-budget must be 0 (no limit) or more")
    return seconds or None


def _refuse_existing(out: Optional[Path], force: bool, hint: str = "") -> None:
    """Stop (exit status 2) before a command writes over a file that is not empty, unless --force: nothing
    already produced is lost (`batch` appends and resumes; `extract`, `export` and `report` write anew)."""
    if out and not force and out.exists() and (not out.is_file() or out.stat().st_size > 0):
        _fail(f"{out} already exists; give --force to replace it{', ' + hint if hint else ''}")


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files to extract from: text (.txt), HTML, PDF.")],
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write here instead of stdout.")] = None,
    fmt: Annotated[Optional[Format], typer.Option("--format", "-f", help="json (one record, or a list) or jsonl. Default: jsonl for an --out file named *.jsonl, else json.")] = None,
    published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD for every input.")] = None,
    model: Model = DEFAULT_MODEL,
    password: Password = "",
    pages: Pages = None,
    max_pages: MaxPages = 500,
    pdf_timeout: PdfTimeout = 30.0,
    time_budget: TimeBudget = 30.0,
    explain: Annotated[bool, typer.Option("--explain", help="Also show, for each number, the rule that accepted or rejected it (on stderr; in the record as 'explain').")] = False,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing non-empty --out file.")] = False,
) -> None:
    """Extract the record from each document; one record per input, errors included."""
    published = _check_date(published)
    _refuse_existing(out, force, "or use `extractor batch` to add to it")
    options = _read_options(password, pages, max_pages, pdf_timeout)
    ex = _load(model)
    ex.time_budget = _budget(time_budget)
    records, failed = [], 0
    for rec in ex.pipe_files(paths, published=published, explain=explain, **options):
        if rec["errors"]:
            failed += 1
            typer.echo(f"error: {rec['document'].get('source')}: {rec['errors'][0]['message']}", err=True)
        if explain:
            typer.echo(_explanation(rec), err=True)
        records.append(rec)
    if fmt is None:
        fmt = Format.jsonl if out is not None and out.suffix.lower() == ".jsonl" else Format.json
    if fmt is Format.jsonl:
        payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    else:
        payload = json.dumps(records[0] if len(records) == 1 else records, ensure_ascii=False, indent=2) + "\n"
    if out:
        try:
            out.write_text(payload, encoding="utf-8")
        except OSError as exc:
            _fail(f"cannot write {out}: {exc.strerror}")
    else:
        sys.stdout.write(payload)
    if failed:
        raise typer.Exit(1)


def _explanation(rec: dict) -> str:
    lines = [f"# {rec['document'].get('source') or rec['document']['id']}: numbers and the rules that decided them"]
    for d in rec.get("explain", {}).get("numbers", []):
        what = f"accepted as {d['kind']}" if d["decision"] == "accepted" else "rejected"
        lines.append(f"{d['start']:>7}  {d['text']!r:<24} {what:<24} {d['rule']}")
    return "\n".join(lines)


@app.command()
def evaluate(
    folder: Annotated[Path, typer.Argument(help="Folder with <id>.txt and <id>.gold.json pairs (searched recursively) and optionally splits.json.")],
    split: Annotated[Optional[str], typer.Option("--split", help="Score one split named in DIR/splits.json (seeds, dev, test) or 'all'. Default: every split side by side, then the dev split in detail.")] = None,
    errors: Annotated[bool, typer.Option("--errors", help="List every disagreement, grouped by family.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores (and with --errors the disagreements) as one JSON object.")] = False,
    per_doc: Annotated[bool, typer.Option("--per-doc", help="Also print the per-document table (always with --split).")] = False,
    model: Model = DEFAULT_MODEL,
) -> None:
    """Score extraction against gold annotations: P/R/F1 per section, accuracies, error families."""
    from . import evaluate as ev

    if not folder.is_dir():
        _fail(f"not a folder: {folder}")
    try:
        splits = ev.load_splits(folder)
        if split is not None:
            docs = {split: ev.corpus_documents(folder, split)}
        else:
            docs = {name: ev.corpus_documents(folder, name) for name in splits}
            docs["all"] = ev.corpus_documents(folder)
    except (ev.GoldError, ValueError) as exc:
        _fail(str(exc))
    ex = _load(model)
    try:
        results = {name: ev.evaluate_docs(d, ex) for name, d in docs.items()}
    except ev.GoldError as exc:
        _fail(str(exc))
    # the detail and the errors are the tuning split's: the held-back splits are read as figures only
    main_name = split or ("dev" if "dev" in results else "all")
    main = results[main_name]
    if split in HELD_BACK and errors:
        typer.echo(f"note: the {split} split is held back for measuring; tune on --split dev", err=True)
    if as_json:
        out = {name: ev.result_json(r, errors=errors and name == main_name) for name, r in results.items()}
        typer.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    if len(results) > 1:
        typer.echo(ev.format_side_by_side(results))
        typer.echo("")
    typer.echo(f"[{main_name}]")
    typer.echo(ev.format_report(main))
    if per_doc or split is not None:
        typer.echo("")
        typer.echo(ev.format_per_doc(main))
    typer.echo("")
    typer.echo("error families: " + ", ".join(f"{f} {n}" for f, n in ev.error_families(main.errors)))
    for family in ("statistic kind", "period kind"):
        confused = ev.kind_confusions(main.errors, family)
        if confused:
            typer.echo(f"{family} confusions (gold→predicted): " + ", ".join(f"{k} {n}" for k, n in confused))
    if errors:
        typer.echo("")
        typer.echo(ev.format_errors(main.errors))


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class ExportFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders (recursive), globs, .jsonl files, or - for JSON Lines on stdin.")],
    out: Annotated[Optional[str], typer.Option("--out", "-o", help="JSON Lines output: a .jsonl file, or a folder (records.jsonl inside; a trailing slash makes one).")] = None,
    db: Annotated[Optional[Path], typer.Option("--db", help="Also (or only) write into this SQLite store.")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Skip documents already written (same id and input hash).")] = False,
    processes: Annotated[int, typer.Option("--processes", "-p", help="Worker processes (local engine) or workers (dask LocalCluster).")] = 1,
    engine: Annotated[Engine, typer.Option("--engine", help="local, or dask (dask.distributed).")] = Engine.local,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: a LocalCluster).")] = None,
    published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD for every input.")] = None,
    progress: Annotated[Optional[bool], typer.Option("--progress/--no-progress", help="Progress bar (default: when stderr is a terminal).")] = None,
    model: Model = DEFAULT_MODEL,
    password: Password = "",
    pages: Pages = None,
    max_pages: MaxPages = 500,
    pdf_timeout: PdfTimeout = 30.0,
    time_budget: TimeBudget = 30.0,
) -> None:
    """Extract a whole archive: one record per input, streamed to JSON Lines and/or SQLite."""
    from .batch import EXTENSIONS, run_batch
    from .sinks import JsonlSink, SinkError, SqliteSink
    from .store import StoreError

    published = _check_date(published)
    options = {**_read_options(password, pages, max_pages, pdf_timeout), "time_budget": _budget(time_budget)}
    if out is None and db is None:
        _fail("give --out FILE.jsonl|DIR and/or --db FILE.sqlite")
    if processes < 1:
        _fail("--processes must be at least 1")
    if engine is Engine.local and scheduler:
        _fail("--scheduler needs --engine dask")
    sinks = []
    try:
        if out is not None:
            folder = Path(out).is_dir() or out.endswith(("/", "\\"))  # a trailing slash means a folder
            sinks.append(JsonlSink(Path(out) / "records.jsonl" if folder else Path(out), resume=resume))
        if db is not None:
            sinks.append(SqliteSink(db))
    except (OSError, SinkError, StoreError) as exc:
        for sink in sinks:
            sink.close()
        _fail(f"cannot open the output: {exc}")
    # the local engine uses this pipeline (worker processes are forked from it); loading it
    # here also fails early on a bad model name. Dask workers load their own.
    ex = _load(model) if engine is Engine.local else None
    show = sys.stderr.isatty() if progress is None else progress
    try:
        summary = run_batch(inputs, sinks, model=model, engine=engine.value, processes=processes,
                            scheduler=scheduler, resume=resume, published=published, read_options=options,
                            progress=show, ex=ex)
    except (RuntimeError, StoreError) as exc:
        _fail(str(exc), 1)
    except OSError as exc:
        _fail(f"cannot write the output: {exc}", 1)
    except KeyboardInterrupt:
        typer.echo("interrupted: every record written so far is kept; run the same command with --resume to "
                   "finish", err=True)
        raise typer.Exit(130) from None
    typer.echo(summary.line(), err=True)
    if summary.total == 0:
        _fail("no documents found in the inputs (an empty folder, or a glob that matches nothing; "
              f"folders are searched for {', '.join(EXTENSIONS)})", 1)
    if summary.errors:
        raise typer.Exit(1)


@app.command()
def export(
    db: Annotated[Path, typer.Option("--db", help="SQLite store written by extractor batch --db.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output file.")],
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="csv, jsonl or parquet.")] = ExportFormat.csv,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing non-empty --out file.")] = False,
) -> None:
    """One row per statistic, with its document, area (name, code) and period, for spreadsheets and pandas."""
    from .store import StoreError, export as do_export

    if not db.is_file():
        _fail(f"no such store: {db}")
    _refuse_existing(out, force)
    try:
        n = do_export(db, out, fmt.value)
    except (RuntimeError, StoreError) as exc:
        _fail(str(exc), 1)
    except OSError as exc:
        _fail(f"cannot write {out}: {exc.strerror or exc}", 1)
    typer.echo(f"{n} statistics written to {out}", err=True)


def _check_bind(host: str, port: int) -> None:
    """Fail with one line when the address cannot be listened on (in use, not local, no rights)."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        _fail(f"cannot listen on {host}:{port}: {exc}")
    family, kind, proto, _, addr = infos[0]
    with socket.socket(family, kind, proto) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(addr)
        except OSError as exc:
            _fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}", 1)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    model: Model = DEFAULT_MODEL,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Largest request body accepted.")] = 20_000_000,
) -> None:
    """The ingest service: POST /extract (JSON text or an uploaded PDF/HTML/text file), GET /health."""
    if not 0 <= port <= 65535:
        _fail(f"--port must be between 0 and 65535, not {port}")
    if max_bytes < 1:
        _fail("--max-bytes must be positive")
    _check_bind(host, port)
    try:
        import uvicorn

        from .service import create_app
    except ImportError:
        _fail("the service needs fastapi and uvicorn: pip install 'extractor[serve]'")
    uvicorn.run(create_app(_load(model), max_bytes=max_bytes), host=host, port=port, log_level="info")


@app.command()
def audit(
    jsonl: Annotated[Optional[list[Path]], typer.Argument(help="Batch output(s) in JSON Lines.")] = None,
    db: Annotated[Optional[Path], typer.Option("--db", help="SQLite store written by extractor batch --db.")] = None,
    reference: Annotated[Optional[Path], typer.Option("--reference", help="CSV of official figures: area,period,measure,value[,tolerance,source].")] = None,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write the findings (JSON Lines) here instead of stdout.")] = None,
) -> None:
    """Across documents: where stories disagree about the same area, period and measure; with
    --reference, claims against official figures."""
    from .crosscheck import RecordsError, against_reference, disagreements, load_records, read_reference
    from .store import StoreError

    jsonl = jsonl or []
    if db is None and not jsonl:
        _fail("give batch output files (JSON Lines) and/or --db FILE.sqlite")
    for p in [*jsonl, *([db] if db else [])]:
        if not p.is_file():
            _fail(f"no such file: {p}")
    try:
        ref = read_reference(reference) if reference else None
    except (OSError, ValueError) as exc:
        _fail(str(exc))
    try:
        records = list(load_records(db, jsonl))
        findings = against_reference(records, ref) if ref is not None else disagreements(records)
    except (RecordsError, StoreError) as exc:
        _fail(str(exc), 1)
    except OSError as exc:
        _fail(f"cannot read the records: {exc}", 1)
    except (KeyError, TypeError, AttributeError) as exc:
        _fail(f"a record lacks what the audit needs ({type(exc).__name__}: {exc}); give batch output", 1)
    payload = "".join(json.dumps(f, ensure_ascii=False) + "\n" for f in findings)
    if out:
        try:
            out.write_text(payload, encoding="utf-8")
        except OSError as exc:
            _fail(f"cannot write {out}: {exc.strerror or exc}", 1)
    else:
        sys.stdout.write(payload)
    if ref is not None:
        fails = sum(1 for f in findings if f["status"] == "fail")
        typer.echo(f"{len(records)} documents; {len(findings)} claims matched the reference: "
                   f"{len(findings) - fails} pass, {fails} fail", err=True)
    else:
        typer.echo(f"{len(records)} documents; {len(findings)} facts on which documents disagree", err=True)


@app.command()
def report(
    paths: Annotated[list[Path], typer.Argument(help="Documents (text, HTML, PDF) to review.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="The HTML page to write.")] = Path("report.html"),
    published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD for every input.")] = None,
    model: Model = DEFAULT_MODEL,
    password: Password = "",
    pages: Pages = None,
    max_pages: MaxPages = 500,
    pdf_timeout: PdfTimeout = 30.0,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing non-empty --out file.")] = False,
) -> None:
    """A self-contained review page: each document with its spans highlighted, its statistics and checks."""
    from .api import document_item
    from .report import render

    published = _check_date(published)
    _refuse_existing(out, force)
    options = _read_options(password, pages, max_pages, pdf_timeout)
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        _fail(f"no such file: {', '.join(missing)}")
    ex = _load(model)
    items = [document_item(p, published=published, **options) for p in paths]
    docs = [(item.get("text") or "", ex.extract_item(item)) for item in items]
    try:
        out.write_text(render(docs, title=f"extractor review: {len(docs)} document{'s' * (len(docs) != 1)}"),
                       encoding="utf-8")
    except OSError as exc:
        _fail(f"cannot write {out}: {exc.strerror}")
    checks = [c for _, r in docs for c in r.get("checks", [])]
    typer.echo(f"{out}: {len(docs)} documents, {sum(len(r['statistics']) for _, r in docs)} statistics, "
               f"{len(checks)} checks ({sum(c['status'] == 'fail' for c in checks)} failed)", err=True)
    failed = [r for _, r in docs if r["errors"]]
    for r in failed:
        typer.echo(f"error: {r['document'].get('source')}: {r['errors'][0]['message']}", err=True)
    if failed:
        raise typer.Exit(1)


def main() -> None:
    try:
        app()
    except SystemExit as exc:
        # "extractor evaluate ... | head": click exits 1 when the reader of stdout stops (EPIPE,
        # after which it wraps stdout in a PacifyFlushWrapper); the reader's choice, not a failure
        if type(sys.stdout).__name__ == "PacifyFlushWrapper" and exc.code == 1:
            sys.exit(0)
        raise


if __name__ == "__main__":
    main()
