"""Doc → the v1 JSON record: the only place that knows the output schema.

Every SPAN is built by :func:`make_span`, which checks ``text[start:end] == span.text``.
"""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc

from .extensions import items_of, text_of
from .sentences import sentences_of
from .types import AreaMention, Period, Quote, Statistic

SCHEMA_VERSION = "1.2"


class ProvenanceError(AssertionError):
    pass


def make_span(text: str, start: int, end: int, page: int | None = None) -> dict:
    if not (0 <= start <= end <= len(text)):
        raise ProvenanceError(f"span {start}:{end} outside a text of length {len(text)}")
    return {"start": start, "end": end, "text": text[start:end], "page": page}


class Spans:
    """Builds every SPAN of one record: offsets and text, plus page and bbox when the document
    has a layout (PDF)."""

    def __init__(self, text: str, layout=None):
        self.text = text
        self.layout = layout

    def __call__(self, start: int, end: int) -> dict:
        span = make_span(self.text, start, end)
        if self.layout is not None:
            span["page"] = self.layout.page_of(start)
            span["bbox"] = self.layout.bbox(start, end)
        return span


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(resources.files("extractor").joinpath("schema.json").read_text(encoding="utf-8"))


def document_header(text: str, *, doc_id: str | None, source: str | None, published: str | None,
                    fmt: str = "text", layout=None, published_from: str | None = None) -> dict:
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    header = {
        "id": doc_id or digest[:16],
        "source": source,
        "format": fmt,
        "published": published,
        "published_from": (published_from or "argument") if published else None,
        "sha256": digest,
        "length": len(text),
    }
    if layout is not None:
        header["pages"] = [dict(p) for p in layout.pages]
    return header


def error_record(text: str, *, doc_id, source, published, code: str, message: str, fmt: str = "text") -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "document": document_header(text, doc_id=doc_id, source=source, published=published, fmt=fmt),
        "areas": [], "periods": [], "statistics": [], "quotes": [], "statements": [], "checks": [],
        "errors": [{"code": code, "message": message}],
    }


def from_doc(doc: Doc, *, doc_id: str | None = None, source: str | None = None,
             published: str | None = None, fmt: str = "text", layout=None,
             published_from: str | None = None) -> dict:
    """The record of a processed Doc: what the pipeline's components put on it, serialised.

    Nothing is computed here: areas, periods, statistics with their links (``extractor_link``)
    and checks (``extractor_checks``) come from ``doc.spans`` and the Doc's extensions."""
    text = text_of(doc)
    rec = {
        "schema_version": SCHEMA_VERSION,
        "document": document_header(text, doc_id=doc_id, source=source, published=published, fmt=fmt,
                                    layout=layout, published_from=published_from),
        **(_cached_facts(doc) if layout is None else facts(doc, Spans(text, layout))),
        "checks": list(doc._.checks or []),
        "errors": [],
    }
    return rec


_FACTS = "extractor.facts"


def _cached_facts(doc: Doc) -> dict:
    """The facts ``extractor_checks`` serialised for its audit, else serialised now."""
    cached = doc.user_data.get(_FACTS)
    return cached[1] if cached is not None and cached[0] is doc._.checks else facts(doc)


def facts_for_checks(doc: Doc) -> dict:
    """The facts the audit reads, kept for the record (no PDF layout: checks need none)."""
    out = facts(doc)
    doc.user_data[_FACTS] = (None, out)
    return out


def remember_checks(doc: Doc, checks: list) -> None:
    """Tie the kept facts to the checks computed from them (a later change of either refreshes)."""
    cached = doc.user_data.get(_FACTS)
    if cached is not None:
        doc.user_data[_FACTS] = (checks, cached[1])


def facts(doc: Doc, span: "Spans | None" = None) -> dict:
    """The areas, periods, statistics, quotes and statements of a Doc as record sections."""
    text = text_of(doc)
    span = span or Spans(text)
    stats: list[Statistic] = items_of(doc, "statistics", "stat")
    periods: list[Period] = items_of(doc, "periods", "period")
    mentions: list[AreaMention] = items_of(doc, "areas", "area")
    quotes: list[Quote] = items_of(doc, "quotes", "quote")
    statements: list[Quote] = doc._.statements or []
    sentences = sentences_of(doc)

    areas_out, area_ids = [], {}
    for m in mentions:
        if m.is_org:
            continue  # an organisation name ("Thames Valley Police said") does not make an area
        if m.key not in area_ids:  # name, type and code come from the first mention as a place
            area_ids[m.key] = f"a{len(areas_out) + 1}"
            areas_out.append({"id": area_ids[m.key], "name": m.name, "type": m.type, "code": m.code,
                              "mentions": [], "rule": m.rule})
        areas_out[int(area_ids[m.key][1:]) - 1]["mentions"].append(span(m.start, m.end))
    period_ids = {id(p): f"p{i + 1}" for i, p in enumerate(periods)}
    periods_out = [{"id": period_ids[id(p)], "kind": p.kind, "value": p.value,
                    "span": span(p.start, p.end), "rule": p.rule} for p in periods]
    stats_out = []
    for i, s in enumerate(stats):
        sb = sentences.at(s.num_start)
        stats_out.append({
            "id": f"s{i + 1}", "kind": s.kind, "value": s.value, "high": s.high, "qualifier": s.qualifier,
            "per": s.per, "population": s.population, "measure": s.measure, "direction": s.direction,
            "currency": s.currency, "unit": s.unit,
            "area": area_ids.get(s.area) if s.area else None,
            "period": period_ids.get(id(s.period)) if s.period is not None else None,
            "span": span(s.start, s.end), "number": span(s.num_start, s.num_end),
            "sentence": span(min(sb[0], s.start), max(sb[1], s.end)),
            "rule": s.rule, "links": {"area": s.area_rule, "period": s.period_rule},
        })
    return {
        "areas": areas_out,
        "periods": periods_out,
        "statistics": stats_out,
        "quotes": [_quote(span, q, f"q{i + 1}") for i, q in enumerate(quotes)],
        "statements": [_quote(span, q, f"st{i + 1}") for i, q in enumerate(statements)],
    }


def _quote(span: Spans, q: Quote, qid: str) -> dict:
    sp = q.speaker
    return {
        "id": qid,
        "span": span(q.start, q.end),
        "paragraphs": [span(s, e) for s, e in q.paragraphs],
        "speaker": {
            "name": sp.name, "description": sp.description, "role": sp.role, "organisation": sp.organisation,
            "span": span(sp.start, sp.end) if sp.start is not None and sp.end is not None else None,
        },
        "mention": span(*q.mention) if q.mention else None,
        "cue": q.cue, "rule": q.rule, "confidence": q.confidence, "partial": q.partial,
    }
