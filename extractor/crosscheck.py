"""Audits across documents: stories that disagree about the same fact, and claims against a
table of official figures.

A *claim* is a statistic with an area and a resolved period (a relative year such as "last
year" counts only when the story has a publication date: otherwise its year is inferred, and two
stories would "disagree" only because one was dated). Two claims are about the same
fact when they have the same area (GSS code, else name; a county, a police force area and a
council of one name count as one area), the same period value and the same
measure (the same content words, with synonyms folded; see :func:`extractor.audit.words`).
They disagree when their values differ by more than the rounding either was written with.

Reference tables (``--reference FILE.csv``) have the columns ``area`` (a GSS code or a name),
``period`` (ISO 8601, as in records: ``2020-03``, ``2019-04-01/2020-03-31``), ``measure``,
``value``, and optionally ``tolerance`` and ``source``. A claim matches a row when the area
and period are equal and the claim's measure carries at least half of the row's measure
words (and all of its "Level 2"-style tags).
"""
from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from .audit import TAG, half_unit, words


#: Relative years ("last year", "this year", "ten years ago"): in a story without a publication
#: date their year is inferred from the years the text names.
_YEAR_WORDS = frozenset({"relative.last_year", "relative.this_year", "relative.next_year", "relative.years_ago"})


def claims(records: Iterable[dict]) -> Iterator[dict]:
    for rec in records:
        areas = {a["id"]: a for a in rec.get("areas", [])}
        periods = {p["id"]: p for p in rec.get("periods", [])}
        for s in rec.get("statistics", []):
            a, p = areas.get(s["area"]), periods.get(s["period"])
            if not a or not p or not p["value"] or not s["measure"]:
                continue
            if p.get("rule") in _YEAR_WORDS and not rec["document"].get("published"):
                continue  # "last year" in an undated story is an inference, not a claim about a year
            yield {"doc_id": rec["document"]["id"], "source": rec["document"].get("source"),
                   "stat_id": s["id"], "kind": s["kind"], "value": s["value"], "per": s["per"],
                   "number": s["number"]["text"], "measure": s["measure"],
                   "area": a["name"], "area_code": a["code"], "area_type": a.get("type"), "period": p["value"],
                   "span": {k: s["span"][k] for k in ("start", "end", "text", "page")},
                   "sentence": s["sentence"]["text"]}


#: area types whose namesakes cover (nearly) the same ground: "Kent" the county, "Kent Police"'s force area
#: and a unitary council of one name are one place to a reader comparing two stories' figures (a region
#: of the same name, "West Midlands", is much larger and stays apart)
_SAME_GROUND = frozenset({"county", "police_force_area", "local_authority"})


def _key(c: dict) -> tuple:
    place = c["area"].lower() if c.get("area_type") in _SAME_GROUND else (c["area_code"] or c["area"].lower())
    return (place, c["period"], c["kind"], c["per"], frozenset(words(c["measure"])))


def disagreements(records: Iterable[dict]) -> list[dict]:
    """Groups of claims from different documents about the same fact whose values differ."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for c in claims(records):
        groups[_key(c)].append(c)
    out = []
    for key, group in groups.items():
        docs = {c["doc_id"] for c in group}
        if len(docs) < 2 or len(words(group[0]["measure"])) < 2:
            continue
        values = sorted(group, key=lambda c: c["value"])
        lo, hi = values[0], values[-1]
        tol = half_unit(lo["number"]) + half_unit(hi["number"])
        if hi["value"] - lo["value"] <= tol:
            continue
        out.append({"status": "disagree", "area": group[0]["area"], "area_code": group[0]["area_code"],
                    "period": group[0]["period"], "measure": group[0]["measure"],
                    "values": sorted({c["value"] for c in group}), "claims": group})
    out.sort(key=lambda d: (d["area"], d["period"], d["measure"]))
    return out


def read_reference(path: str | Path) -> list[dict]:
    rows = []
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(line for line in fh if not line.startswith("#"))
        missing = {"area", "period", "measure", "value"} - set(reader.fieldnames or [])
        if missing:
            raise ValueError(f"{path}: missing columns {sorted(missing)}; need area, period, measure, value")
        for n, row in enumerate(reader, 2):
            try:
                value = float(row["value"].replace(",", ""))
            except ValueError:
                raise ValueError(f"{path}: line {n}: value {row['value']!r} is not a number") from None
            rows.append({"area": row["area"].strip(), "period": row["period"].strip(),
                         "measure": row["measure"].strip(), "value": value,
                         "tolerance": float(row["tolerance"]) if row.get("tolerance") else None,
                         "source": (row.get("source") or "").strip() or None})
    return rows


def against_reference(records: Iterable[dict], reference: list[dict]) -> list[dict]:
    """Each claim that matches a reference row, with pass/fail."""
    out = []
    all_claims = list(claims(records))
    for row in reference:
        want = words(row["measure"])
        tags = {m.group(0).lower() for m in TAG.finditer(row["measure"])}
        area = row["area"].lower()
        row_kind = "rate" if " per " in f" {row['measure']} " else "percentage" if "per cent" in row["measure"] else "count"
        for c in all_claims:
            if area not in ((c["area_code"] or "").lower(), c["area"].lower()) or c["period"] != row["period"]:
                continue
            have = words(c["measure"])
            if not want <= have or c["kind"] != row_kind or \
                    not tags <= {m.group(0).lower() for m in TAG.finditer(c["measure"])}:
                continue
            tol = row["tolerance"] if row["tolerance"] is not None else half_unit(c["number"])
            ok = abs(c["value"] - row["value"]) <= tol
            out.append({"status": "pass" if ok else "fail", "reference": row, "claim": c,
                        "explanation": f"{c['doc_id']} says {c['number']} ({c['measure']}); the reference gives "
                                       f"{row['value']:g}" + (f" ({row['source']})" if row["source"] else "")
                                       + ("" if ok else f", a difference of {c['value'] - row['value']:+g}")})
    return out


class RecordsError(ValueError):
    """An input to the audit that is not a file of records."""


def load_records(db: str | Path | None, jsonl: Iterable[str | Path]) -> Iterator[dict]:
    """Records from a store and/or JSON Lines files; :class:`RecordsError` (with the file and
    line) for anything that is not one (``StoreError`` for a bad store)."""
    if db:
        from .store import Store
        store = Store(db, create=False)
        try:
            yield from store.records()
        finally:
            store.close()
    for path in jsonl:
        with open(path, encoding="utf-8", errors="replace") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except ValueError as exc:
                    raise RecordsError(f"{path}: line {n} is not JSON ({exc}); give batch output (JSON Lines "
                                       "of records)") from None
                if not isinstance(rec, dict) or not isinstance(rec.get("document"), dict) \
                        or not isinstance(rec.get("statistics", []), list):
                    raise RecordsError(f"{path}: line {n} is not a record (no document); give batch output")
                yield rec
