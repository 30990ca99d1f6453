"""Score extractor records against gold annotations (gold FORMAT v1: context + text).

Matching is one-to-one and by offsets:
- statistics: a prediction matches a gold item when its ``number`` span (else its ``span``)
  overlaps the gold text; then value, kind, rate base, area and period are compared;
- periods: span overlap, then value;
- areas: one gold entry per place; matched by canonical name or alias against the predicted
  area's name or any of its mention texts (case-insensitive), or by a mention overlapping
  the gold first mention; then the code is compared;
- quotes: the gold opening words overlap the predicted quote span; then the speaker (name,
  else description), the extent (the end, and the number of paragraphs) are compared.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from .audit import content_words

SECTIONS = ("areas", "periods", "statistics", "quotes")


class GoldError(ValueError):
    pass


def _find_unique(haystack: str, needle: str, first_ok: bool) -> int:
    first = haystack.find(needle)
    if first < 0:
        raise GoldError(f"context not found: {needle!r}")
    if haystack.find(needle, first + 1) >= 0 and not first_ok:
        raise GoldError(f"context ambiguous: {needle!r}")
    return first


def resolve_gold(text: str, gold: dict) -> dict:
    """Add start/end (and quote_end) offsets to every gold item, as shared/gold/resolve.py does."""
    out = {k: [] for k in SECTIONS}
    out["published"] = gold.get("published")
    for section in SECTIONS:
        for item in gold.get(section, []):
            item = dict(item)
            at = _find_unique(text, item["context"], first_ok=section == "areas")
            inner = item["context"].find(item["text"])
            if inner < 0:
                raise GoldError(f"text {item['text']!r} not inside context {item['context']!r}")
            item["start"] = at + inner
            item["end"] = item["start"] + len(item["text"])
            if section == "quotes" and item.get("end_context"):
                e = text.find(item["end_context"], item["start"])
                item["quote_end"] = e + len(item["end_context"]) if e >= 0 else None
            out[section].append(item)
    return out


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    checks: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, total]

    def check(self, name: str, ok: bool) -> None:
        right_total = self.checks.setdefault(name, [0, 0])
        right_total[0] += int(ok)
        right_total[1] += 1

    def add(self, other: "Tally") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        for k, (r, t) in other.checks.items():
            cur = self.checks.setdefault(k, [0, 0])
            cur[0] += r
            cur[1] += t

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _overlap(a0, a1, b0, b1) -> bool:
    return a0 < b1 and b0 < a1


def _match(gold_items, pred_items, gold_range, pred_range):
    """Greedy one-to-one matching by overlap, best overlap first."""
    pairs = []
    for gi, g in enumerate(gold_items):
        g0, g1 = gold_range(g)
        for pi, p in enumerate(pred_items):
            p0, p1 = pred_range(p)
            if _overlap(g0, g1, p0, p1):
                pairs.append((-(min(g1, p1) - max(g0, p0)), abs(p0 - g0), gi, pi))
    pairs.sort()
    used_g, used_p, matched = set(), set(), []
    for _, _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        matched.append((gold_items[gi], pred_items[pi]))
    return matched, len(gold_items) - len(matched), len(pred_items) - len(matched)


def _same_number(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(float(a), float(b), rel_tol=0.01, abs_tol=0.002)


def _norm(s) -> str:
    return " ".join(str(s or "").replace("’", "'").lower().split())


def measure_matches(gold, pred) -> bool:
    """A measure is right when it carries at least half of the gold measure's content words
    ("registered sex offenders managed under MAPPA" vs "registered sex offenders")."""
    g, p = content_words(gold), content_words(pred)
    if not g:
        return not p
    return len(g & p) >= 0.5 * len(g)


def score_document(text: str, gold: dict, record: dict) -> dict[str, Tally]:
    gold = resolve_gold(text, gold)
    out = {k: Tally() for k in SECTIONS}
    areas_by_id = {a["id"]: a for a in record["areas"]}
    periods_by_id = {p["id"]: p for p in record["periods"]}

    # statistics
    st = out["statistics"]
    matched, fn, fp = _match(
        gold["statistics"], record["statistics"], lambda g: (g["start"], g["end"]),
        lambda p: ((p.get("number") or p["span"])["start"], (p.get("number") or p["span"])["end"]))
    st.tp, st.fn, st.fp = len(matched), fn, fp
    for g, p in matched:
        st.check("value", _same_number(g["value"], p["value"]))
        st.check("kind", g["kind"] == p["kind"])
        st.check("qualifier", _norm(g.get("qualifier")) == _norm(p.get("qualifier")))
        if g["kind"] == "rate" or p["kind"] == "rate":
            st.check("rate_base", _same_number(g.get("per"), p.get("per")))
        area = areas_by_id.get(p.get("area"))
        st.check("area_link", _norm(g.get("area")) == _norm(area["name"] if area else None))
        period = periods_by_id.get(p.get("period"))
        st.check("period_link", (g.get("period") or None) == (period["value"] if period else None))
        if g.get("measure"):
            st.check("measure", measure_matches(g["measure"], p.get("measure")))

    # periods
    pe = out["periods"]
    matched, fn, fp = _match(gold["periods"], record["periods"], lambda g: (g["start"], g["end"]),
                             lambda p: (p["span"]["start"], p["span"]["end"]))
    pe.tp, pe.fn, pe.fp = len(matched), fn, fp
    for g, p in matched:
        pe.check("value", (g.get("value") or None) == (p.get("value") or None))
        pe.check("kind", g["kind"] == p["kind"])

    # areas
    ar = out["areas"]
    preds = list(record["areas"])
    used = set()
    for g in gold["areas"]:
        names = {_norm(g["name"]), *(_norm(a) for a in g.get("aliases", [])), _norm(g["text"])}
        hit = None
        for i, p in enumerate(preds):
            if i in used:
                continue
            texts = {_norm(p["name"])} | {_norm(m["text"]) for m in p["mentions"]}
            if names & texts or any(_overlap(g["start"], g["end"], m["start"], m["end"]) for m in p["mentions"]):
                hit = i
                break
        if hit is None:
            ar.fn += 1
            continue
        used.add(hit)
        ar.tp += 1
        ar.check("code", (g.get("code") or None) == (preds[hit].get("code") or None))
        ar.check("type", g.get("type") == preds[hit].get("type"))
    ar.fp += len(preds) - len(used)

    # quotes
    qu = out["quotes"]
    matched, fn, fp = _match(gold["quotes"], record["quotes"], lambda g: (g["start"], g["end"]),
                             lambda p: (p["span"]["start"], p["span"]["end"]))
    qu.tp, qu.fn, qu.fp = len(matched), fn, fp
    for g, p in matched:
        sp = p["speaker"]
        qu.check("speaker", _norm(g.get("speaker")) in {_norm(sp.get("name")), _norm(sp.get("description"))})
        qu.check("role", _norm(g.get("role")) == _norm(sp.get("role")))
        qu.check("organisation", _norm(g.get("organisation")).removeprefix("the ") ==
                 _norm(sp.get("organisation")).removeprefix("the "))
        extent_ok = (g.get("quote_end") is None or g["quote_end"] == p["span"]["end"]) and \
            int(g.get("paragraphs", 1)) == len(p["paragraphs"]) and g["start"] == p["span"]["start"]
        qu.check("extent", extent_ok)
    return out


def iter_spans(record: dict):
    """Every SPAN object in a record (outside the document header)."""
    stack = [v for k, v in record.items() if k != "document"]
    while stack:
        obj = stack.pop()
        if isinstance(obj, dict):
            if {"start", "end", "text"} <= obj.keys() and isinstance(obj.get("start"), int):
                yield obj
            stack.extend(obj.values())
        elif isinstance(obj, list):
            stack.extend(obj)


def provenance_ok(text: str, record: dict) -> tuple[int, int]:
    """(spans checked, spans whose text matches text[start:end])."""
    spans = list(iter_spans(record))
    return len(spans), sum(text[s["start"]:s["end"]] == s["text"] for s in spans)


def evaluate_dir(folder: Path, extractor) -> dict:
    """Run the extractor over every DIR/**/<id>.txt that has <id>.gold.json and score it."""
    totals = {k: Tally() for k in SECTIONS}
    per_doc, spans_total, spans_good = [], 0, 0
    golds = sorted(folder.rglob("*.gold.json"))
    if not golds:
        raise GoldError(f"no *.gold.json files under {folder}")
    for gold_path in golds:
        doc_id = gold_path.name[: -len(".gold.json")]
        txt = gold_path.with_name(doc_id + ".txt")
        if not txt.exists():
            raise GoldError(f"{gold_path.name}: no {txt.name} beside it")
        text = txt.read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        rec = extractor.extract(text, doc_id=doc_id, published=gold.get("published"), source=str(txt))
        scores = score_document(text, gold, rec)
        t, g = provenance_ok(text, rec)
        spans_total += t
        spans_good += g
        for k in SECTIONS:
            totals[k].add(scores[k])
        per_doc.append((doc_id, scores))
    return {"totals": totals, "per_doc": per_doc, "provenance": (spans_good, spans_total)}


def format_report(result: dict) -> str:
    lines = [f"{'section':<12}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>5}{'fn':>5}   accuracies (right/total)"]
    for k in SECTIONS:
        t = result["totals"][k]
        accs = "  ".join(f"{n} {r / n_ if n_ else 1:.3f} ({r}/{n_})" for n, (r, n_) in t.checks.items())
        lines.append(f"{k:<12}{t.precision:>7.3f}{t.recall:>7.3f}{t.f1:>7.3f}{t.tp:>6}{t.fp:>5}{t.fn:>5}   {accs}")
    good, total = result["provenance"]
    lines.append(f"provenance integrity: {good}/{total} spans ({(good / total if total else 1):.1%})")
    lines.append(f"documents: {len(result['per_doc'])}")
    return "\n".join(lines)
