"""Score extractor records against gold annotations (gold FORMAT v1: context + text).

Scoring follows ``corpus/FORMAT.md`` (a copy of the project's gold format):

- statistics: a prediction matches a gold item when its ``number`` span (else its ``span``)
  overlaps the gold text, one to one, best overlap first. A predicted range (``high`` set)
  also takes the gold item of its high end: an unmatched gold statistic inside the
  prediction's ``span`` whose value is ``high``. Then value, kind, qualifier, rate base,
  area, period, measure and (only where gold has one) direction are compared; a predicted
  ``quantity`` (a kind gold v1 predates) is scored as the gold kind ``count`` (:data:`KIND_AS_GOLD`);
- periods: span overlap, then value (equivalent interval spellings are equal:
  ``2011/2021`` = ``2011-01-01/2021-12-31``) and kind;
- areas: one gold entry per place; matched by canonical name or alias against the predicted
  area's name or any of its mention texts (case-insensitive), or by a mention overlapping
  the gold first mention; then code and type are compared;
- quotes: the gold opening words overlap the predicted quote span; then speaker (name, else
  description), role, organisation and extent (start, end and number of paragraphs).
  Predicted quotes with ``partial: true`` are neither credited nor penalised;
- the document's ``published`` date is compared with the gold's.

The extractor gets no help from the gold: it reads the text exactly as a user's file (the
leading `` date`` line and datelines are its own business).

Splits: ``DIR/splits.json`` (``{"seeds": [ids], "dev": [ids], "test": [ids]}``) names the
documents of each split; a folder without it is one split, ``all``.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from .audit import content_words
from .normalize.periods import last_day

SECTIONS = ("areas", "periods", "statistics", "quotes")
#: Accuracy lines shown per section, in this order (others follow).
CHECK_ORDER = {
    "statistics": ("value", "kind", "qualifier", "area_link", "period_link", "rate_base", "measure", "direction"),
    "periods": ("value", "kind"),
    "areas": ("code", "type"),
    "quotes": ("speaker", "role", "organisation", "extent"),
}
#: The error family of a failed check, by (section, check).
FAMILY = {
    ("statistics", "value"): "statistic value", ("statistics", "kind"): "statistic kind",
    ("statistics", "qualifier"): "statistic qualifier", ("statistics", "area_link"): "statistic area",
    ("statistics", "period_link"): "statistic period", ("statistics", "rate_base"): "rate base",
    ("statistics", "measure"): "measure", ("statistics", "direction"): "direction",
    ("periods", "value"): "period value", ("periods", "kind"): "period kind",
    ("areas", "code"): "area code", ("areas", "type"): "area type",
    ("quotes", "speaker"): "speaker", ("quotes", "role"): "speaker role",
    ("quotes", "organisation"): "speaker organisation", ("quotes", "extent"): "quote extent",
}


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

    def check(self, name: str, ok: bool) -> bool:
        right_total = self.checks.setdefault(name, [0, 0])
        right_total[0] += int(ok)
        right_total[1] += 1
        return ok

    def add(self, other: "Tally") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        for k, (r, t) in other.checks.items():
            cur = self.checks.setdefault(k, [0, 0])
            cur[0] += r
            cur[1] += t

    def accuracy(self, name: str) -> float | None:
        r, t = self.checks.get(name, (0, 0))
        return r / t if t else None

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

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "accuracies": {k: {"right": r, "total": t, "accuracy": round(r / t, 4) if t else None}
                               for k, (r, t) in self.checks.items()}}


def _overlap(a0, a1, b0, b1) -> bool:
    return a0 < b1 and b0 < a1


def _match(gold_items, pred_items, gold_range, pred_range):
    """Greedy one-to-one matching by overlap, best overlap first.

    Returns (matched pairs, unmatched gold items, unmatched predictions)."""
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
    return (matched, [g for i, g in enumerate(gold_items) if i not in used_g],
            [p for i, p in enumerate(pred_items) if i not in used_p])


def same_number(a, b) -> bool:
    """Equal within 1% (gold values of rounded shares, "a third" = 33.3)."""
    if a is None or b is None:
        return a is b
    return math.isclose(float(a), float(b), rel_tol=0.01, abs_tol=0.002)


def _norm(s) -> str:
    return " ".join(str(s or "").replace("’", "'").lower().split())


def _expand(part: str, end: bool) -> str:
    """One end of an ISO interval written in full: '2011' → '2011-01-01' (start) / '2011-12-31' (end).

    >>> _expand("2020-02", end=True), _expand("2019", end=False)
    ('2020-02-29', '2019-01-01')
    """
    bits = part.split("-")
    if len(bits) == 1 and bits[0].isdigit():
        return f"{bits[0]}-12-31" if end else f"{bits[0]}-01-01"
    if len(bits) == 2 and all(b.isdigit() for b in bits) and 1 <= int(bits[1]) <= 12:
        last = last_day(int(bits[0]), int(bits[1]))
        return f"{bits[0]}-{bits[1]}-{last:02d}" if end else f"{bits[0]}-{bits[1]}-01"
    return part


def same_period(a, b) -> bool:
    """Period values equal as FORMAT.md scores them: equivalent interval spellings are equal.

    >>> same_period("2011/2021", "2011-01-01/2021-12-31"), same_period("2016", "2016-01-01/2016-12-31")
    (True, False)
    """
    a, b = (a or None), (b or None)
    if a is None or b is None:
        return a is b
    if "/" in a and "/" in b:
        (a0, a1), (b0, b1) = a.split("/", 1), b.split("/", 1)
        return _expand(a0, False) == _expand(b0, False) and _expand(a1, True) == _expand(b1, True)
    return a == b


def measure_matches(gold, pred) -> bool:
    """A measure is right when it carries at least half of the gold measure's content words
    ("registered sex offenders managed under MAPPA" vs "registered sex offenders")."""
    g, p = content_words(gold), content_words(pred)
    if not g:
        return not p
    return len(g & p) >= 0.5 * len(g)


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    a, b = max(0, start - width), min(len(text), end + width)
    snippet = text[a:start] + "[" + text[start:end] + "]" + text[end:b]
    return " ".join(snippet.split())


class DocScore:
    """One document's tallies and the disagreements behind them."""

    def __init__(self, doc_id: str, text: str):
        self.doc_id = doc_id
        self.text = text
        self.tallies = {k: Tally() for k in SECTIONS}
        self.published = Tally()
        self.errors: list[dict] = []

    def error(self, family: str, gold, predicted, start: int, end: int) -> None:
        self.errors.append({"family": family, "doc": self.doc_id, "gold": gold, "predicted": predicted,
                            "context": _context(self.text, start, end)})

    def check(self, section: str, name: str, ok: bool, gold, predicted, start: int, end: int) -> None:
        if not self.tallies[section].check(name, ok):
            self.error(FAMILY.get((section, name), f"{section} {name}"), gold, predicted, start, end)


def score_document(text: str, gold: dict, record: dict, doc_id: str | None = None) -> DocScore:
    gold = resolve_gold(text, gold)
    score = DocScore(doc_id or record["document"].get("id") or "?", text)
    _score_statistics(score, gold, record)
    _score_periods(score, gold, record)
    _score_areas(score, gold, record)
    _score_quotes(score, gold, record)
    got = record["document"].get("published")
    if not score.published.check("published", (gold.get("published") or None) == (got or None)):
        score.error("published", gold.get("published"), got, 0, 0)
    return score


#: Kinds of the record that gold FORMAT v1 has no name for, and the gold kind they are scored
#: as. A ``quantity`` ("4,500 tonnes", "12 km") is what v1 gold annotates as a ``count``; it is
#: matched and counted (spurious or not) like any other statistic: only its kind name is mapped.
KIND_AS_GOLD = {"quantity": "count"}


def scored_kind(kind: str) -> str:
    """The gold kind a predicted kind is scored as.

    >>> scored_kind("quantity"), scored_kind("rate")
    ('count', 'rate')
    """
    return KIND_AS_GOLD.get(kind, kind)


def _stat_range(p: dict) -> tuple[int, int]:
    s = p.get("number") or p["span"]
    return s["start"], s["end"]


def _score_statistics(score: DocScore, gold: dict, record: dict) -> None:
    st = score.tallies["statistics"]
    areas_by_id = {a["id"]: a for a in record["areas"]}
    periods_by_id = {p["id"]: p for p in record["periods"]}
    preds = record["statistics"]
    matched, missed, spurious = _match(gold["statistics"], preds, lambda g: (g["start"], g["end"]), _stat_range)
    # a predicted range also stands for the gold statistic of its high end
    for p in [p for p in preds if p.get("high") is not None]:
        for g in list(missed):
            if p["span"]["start"] <= g["start"] and g["end"] <= p["span"]["end"] and same_number(g["value"], p["high"]):
                missed.remove(g)
                matched.append((g, {**p, "value": p["high"]}))
                break
    st.tp, st.fn, st.fp = len(matched), len(missed), len(spurious)
    for g in missed:
        score.error("missed statistic", f"{g['kind']} {g['value']} ({g['text']})", None, g["start"], g["end"])
    for p in spurious:
        score.error("spurious statistic", None, f"{p['kind']} {p['value']} ({p['span']['text']})",
                    *_stat_range(p))
    for g, p in sorted(matched, key=lambda gp: gp[0]["start"]):
        at = (g["start"], g["end"])
        score.check("statistics", "value", same_number(g["value"], p["value"]), g["value"], p["value"], *at)
        score.check("statistics", "kind", g["kind"] == scored_kind(p["kind"]), g["kind"], p["kind"], *at)
        score.check("statistics", "qualifier", _norm(g.get("qualifier")) == _norm(p.get("qualifier")),
                    g.get("qualifier"), p.get("qualifier"), *at)
        if g["kind"] == "rate" or p["kind"] == "rate":
            score.check("statistics", "rate_base", same_number(g.get("per"), p.get("per")), g.get("per"), p.get("per"), *at)
        area = areas_by_id.get(p.get("area"))
        area_name = area["name"] if area else None
        score.check("statistics", "area_link", _norm(g.get("area")) == _norm(area_name), g.get("area"), area_name, *at)
        period = periods_by_id.get(p.get("period"))
        pv = period["value"] if period else None
        score.check("statistics", "period_link", same_period(g.get("period"), pv), g.get("period"), pv, *at)
        if g.get("measure"):
            score.check("statistics", "measure", measure_matches(g["measure"], p.get("measure")),
                        g["measure"], p.get("measure"), *at)
        if "direction" in g:
            score.check("statistics", "direction", (g["direction"] or None) == (p.get("direction") or None),
                        g["direction"], p.get("direction"), *at)


def _score_periods(score: DocScore, gold: dict, record: dict) -> None:
    pe = score.tallies["periods"]
    matched, missed, spurious = _match(gold["periods"], record["periods"], lambda g: (g["start"], g["end"]),
                                       lambda p: (p["span"]["start"], p["span"]["end"]))
    pe.tp, pe.fn, pe.fp = len(matched), len(missed), len(spurious)
    for g in missed:
        score.error("missed period", f"{g['kind']} {g.get('value')} ({g['text']})", None, g["start"], g["end"])
    for p in spurious:
        score.error("spurious period", None, f"{p['kind']} {p.get('value')} ({p['span']['text']})",
                    p["span"]["start"], p["span"]["end"])
    for g, p in sorted(matched, key=lambda gp: gp[0]["start"]):
        at = (g["start"], g["end"])
        score.check("periods", "value", same_period(g.get("value"), p.get("value")), g.get("value"), p.get("value"), *at)
        score.check("periods", "kind", g["kind"] == p["kind"], g["kind"], p["kind"], *at)


def _score_areas(score: DocScore, gold: dict, record: dict) -> None:
    ar = score.tallies["areas"]
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
            score.error("missed area", f"{g['name']} ({g.get('type')}, {g.get('code')})", None, g["start"], g["end"])
            continue
        used.add(hit)
        ar.tp += 1
        p = preds[hit]
        at = (g["start"], g["end"])
        score.check("areas", "code", (g.get("code") or None) == (p.get("code") or None), g.get("code"), p.get("code"), *at)
        score.check("areas", "type", g.get("type") == p.get("type"), g.get("type"), p.get("type"), *at)
    for i, p in enumerate(preds):
        if i not in used:
            ar.fp += 1
            m = p["mentions"][0] if p["mentions"] else {"start": 0, "end": 0}
            score.error("spurious area", None, f"{p['name']} ({p['type']}, {p.get('code')})", m["start"], m["end"])


def _score_quotes(score: DocScore, gold: dict, record: dict) -> None:
    qu = score.tallies["quotes"]
    preds = [q for q in record["quotes"] if not q.get("partial")]  # partial quotes: neither credited nor penalised
    matched, missed, spurious = _match(gold["quotes"], preds, lambda g: (g["start"], g["end"]),
                                       lambda p: (p["span"]["start"], p["span"]["end"]))
    qu.tp, qu.fn, qu.fp = len(matched), len(missed), len(spurious)
    for g in missed:
        score.error("missed quote", f"{g.get('speaker')}: {g['text'][:40]}", None, g["start"], g["end"])
    for p in spurious:
        sp = p["speaker"]
        score.error("spurious quote", None, f"{sp.get('name') or sp.get('description')}: {p['span']['text'][:40]}",
                    p["span"]["start"], min(p["span"]["end"], p["span"]["start"] + 40))
    for g, p in sorted(matched, key=lambda gp: gp[0]["start"]):
        sp = p["speaker"]
        at = (g["start"], g["end"])
        said = sp.get("name") or sp.get("description")
        score.check("quotes", "speaker", _norm(g.get("speaker")) in {_norm(sp.get("name")), _norm(sp.get("description"))},
                    g.get("speaker"), said, *at)
        score.check("quotes", "role", _norm(g.get("role")) == _norm(sp.get("role")), g.get("role"), sp.get("role"), *at)
        score.check("quotes", "organisation", _norm(g.get("organisation")).removeprefix("the ") ==
                    _norm(sp.get("organisation")).removeprefix("the "), g.get("organisation"), sp.get("organisation"), *at)
        extent_ok = (g.get("quote_end") is None or g["quote_end"] == p["span"]["end"]) and \
            int(g.get("paragraphs", 1)) == len(p["paragraphs"]) and g["start"] == p["span"]["start"]
        score.check("quotes", "extent", extent_ok,
                    f"{g['start']}-{g.get('quote_end')} in {g.get('paragraphs', 1)} paragraph(s)",
                    f"{p['span']['start']}-{p['span']['end']} in {len(p['paragraphs'])} paragraph(s)", *at)


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


# --- corpus runs ------------------------------------------------------------------------

def load_splits(folder: Path) -> dict[str, list[str]]:
    """The corpus splits from DIR/splits.json (keys not starting with '_'), else {}."""
    path = folder / "splits.json"
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: list(v) for k, v in data.items() if not k.startswith("_")}


def corpus_documents(folder: Path, split: str | None = None) -> list[tuple[str, Path, Path]]:
    """(id, text path, gold path) for every document of ``split`` (None or "all": every one)."""
    golds = sorted(folder.rglob("*.gold.json"))
    if not golds:
        raise GoldError(f"no *.gold.json files under {folder}")
    docs = []
    for gold_path in golds:
        doc_id = gold_path.name[: -len(".gold.json")]
        txt = gold_path.with_name(doc_id + ".txt")
        if not txt.exists():
            raise GoldError(f"{gold_path.name}: no {txt.name} beside it")
        docs.append((doc_id, txt, gold_path))
    if split in (None, "all"):
        return docs
    splits = load_splits(folder)
    if split not in splits:
        known = ", ".join(sorted(splits)) or "none (no splits.json)"
        raise GoldError(f"unknown split {split!r} for {folder}; splits: {known}")
    wanted = set(splits[split])
    found = [d for d in docs if d[0] in wanted]
    missing = wanted - {d[0] for d in found}
    if missing:
        raise GoldError(f"split {split!r} names documents that are not in {folder}: {', '.join(sorted(missing))}")
    return found


@dataclass
class Result:
    """The scores of one run over a set of documents."""

    totals: dict[str, Tally]
    published: Tally
    per_doc: list[DocScore]
    provenance: tuple[int, int]  # (good, total)

    @property
    def errors(self) -> list[dict]:
        return [e for d in self.per_doc for e in d.errors]


def evaluate_docs(docs: list[tuple[str, Path, Path]], extractor) -> Result:
    totals = {k: Tally() for k in SECTIONS}
    published = Tally()
    per_doc, spans_total, spans_good = [], 0, 0
    for doc_id, txt, gold_path in docs:
        text = txt.read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        rec = extractor.extract(text, doc_id=doc_id, source=str(txt))
        score = score_document(text, gold, rec, doc_id)
        t, g = provenance_ok(text, rec)
        spans_total += t
        spans_good += g
        for k in SECTIONS:
            totals[k].add(score.tallies[k])
        published.add(score.published)
        per_doc.append(score)
    return Result(totals, published, per_doc, (spans_good, spans_total))


def evaluate_dir(folder: Path, extractor, split: str | None = None) -> Result:
    """Run the extractor over the documents of ``split`` under ``folder`` and score them."""
    return evaluate_docs(corpus_documents(folder, split), extractor)


# --- reports ----------------------------------------------------------------------------

def _ordered_checks(section: str, tally: Tally) -> list[str]:
    first = [c for c in CHECK_ORDER.get(section, ()) if c in tally.checks]
    return first + sorted(c for c in tally.checks if c not in first)


def format_report(result: Result) -> str:
    lines = [f"{'section':<12}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>5}{'fn':>5}   accuracies (right/total)"]
    for k in SECTIONS:
        t = result.totals[k]
        accs = "  ".join(f"{n} {t.accuracy(n):.3f} ({t.checks[n][0]}/{t.checks[n][1]})" for n in _ordered_checks(k, t))
        lines.append(f"{k:<12}{t.precision:>7.3f}{t.recall:>7.3f}{t.f1:>7.3f}{t.tp:>6}{t.fp:>5}{t.fn:>5}   {accs}")
    r, n = result.published.checks.get("published", [0, 0])
    lines.append(f"published date: {r}/{n} documents right")
    good, total = result.provenance
    lines.append(f"provenance integrity: {good}/{total} spans ({(good / total if total else 1):.1%})")
    lines.append(f"documents: {len(result.per_doc)}")
    return "\n".join(lines)


def format_per_doc(result: Result) -> str:
    head = f"{'document':<22}{'areas':>7}{'periods':>8}{'stats':>7}{'quotes':>7}{'→area':>7}{'→period':>8}{'measure':>8}{'speaker':>8}"
    lines = [head]

    def acc(t: Tally, name: str) -> str:
        a = t.accuracy(name)
        return "-" if a is None else f"{a:.2f}"

    for d in result.per_doc:
        t = d.tallies
        f1 = lambda k: f"{t[k].f1:.2f}" if (t[k].tp + t[k].fp + t[k].fn) else "-"  # noqa: E731
        lines.append(f"{d.doc_id:<22}{f1('areas'):>7}{f1('periods'):>8}{f1('statistics'):>7}{f1('quotes'):>7}"
                     f"{acc(t['statistics'], 'area_link'):>7}{acc(t['statistics'], 'period_link'):>8}"
                     f"{acc(t['statistics'], 'measure'):>8}{acc(t['quotes'], 'speaker'):>8}")
    return "\n".join(lines)


def error_families(errors: list[dict]) -> list[tuple[str, int]]:
    """(family, count), largest first."""
    counts: dict[str, int] = {}
    for e in errors:
        counts[e["family"]] = counts.get(e["family"], 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def kind_confusions(errors: list[dict], family: str = "statistic kind") -> list[tuple[str, int]]:
    """("gold→predicted", count) for one kind family, largest first: an aggregate that names
    the confusion without showing any text, so it can be read on a held-out split."""
    counts: dict[str, int] = {}
    for e in errors:
        if e["family"] == family:
            key = f"{e['gold']}→{e['predicted']}"
            counts[key] = counts.get(key, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def format_errors(errors: list[dict]) -> str:
    lines = []
    for family, count in error_families(errors):
        lines.append(f"== {family} ({count})")
        for e in (e for e in errors if e["family"] == family):
            lines.append(f"  {e['doc']}: gold {e['gold']!r}  predicted {e['predicted']!r}  | {e['context']}")
    return "\n".join(lines)


#: Lines of the side-by-side summary: (label, section, check or F1).
SUMMARY_LINES = (
    ("areas F1", "areas", None), ("areas code", "areas", "code"),
    ("periods F1", "periods", None), ("periods value", "periods", "value"),
    ("statistics F1", "statistics", None), ("statistic value", "statistics", "value"),
    ("statistic kind", "statistics", "kind"), ("statistic→area", "statistics", "area_link"),
    ("statistic→period", "statistics", "period_link"), ("rate base", "statistics", "rate_base"),
    ("measure", "statistics", "measure"), ("direction", "statistics", "direction"),
    ("quotes F1", "quotes", None), ("quote speaker", "quotes", "speaker"), ("quote extent", "quotes", "extent"),
)


def format_side_by_side(results: dict[str, Result]) -> str:
    names = list(results)
    lines = [f"{'':<18}" + "".join(f"{n:>10}" for n in names)]
    for label, section, check in SUMMARY_LINES:
        cells = []
        for n in names:
            t = results[n].totals[section]
            v = t.f1 if check is None else t.accuracy(check)
            cells.append(f"{'-' if v is None else f'{v:.3f}':>10}")
        lines.append(f"{label:<18}" + "".join(cells))
    cells = []
    for n in names:
        r, t = results[n].published.checks.get("published", [0, 0])
        cells.append(f"{f'{r}/{t}':>10}")
    lines.append(f"{'published date':<18}" + "".join(cells))
    lines.append(f"{'documents':<18}" + "".join(f"{len(results[n].per_doc):>10}" for n in names))
    return "\n".join(lines)


def result_json(result: Result, *, errors: bool = False) -> dict:
    out = {
        "totals": {k: result.totals[k].as_dict() for k in SECTIONS},
        "published": result.published.as_dict()["accuracies"].get("published"),
        "provenance": {"good": result.provenance[0], "total": result.provenance[1]},
        "documents": [{"id": d.doc_id, **{k: d.tallies[k].as_dict() for k in SECTIONS}} for d in result.per_doc],
        "error_families": dict(error_families(result.errors)),
    }
    if errors:
        out["errors"] = result.errors
    return out
