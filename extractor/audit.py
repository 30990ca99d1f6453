"""Checks on the claims in one document: does the arithmetic the text implies hold?

Pure functions over a v1 record and its text. Each check is
``{"id", "kind", "status": "pass"|"fail"|"unverifiable", "statistics": [ids], "expected",
"found", "tolerance", "explanation"}``:

- ``parts_total``: a breakdown (rows of a table under "Total", or a list after "broken down
  into ... as follows") against its stated total;
- ``rate_count_population``: a rate against its count and a population: one stated in the
  text (or the sum of the parts' stated populations), else the bundled ONS mid-2023
  population of the area, which is only an approximate reference for other years;
- ``ratio_rate``: "one in every 799" against "125.2 per 100,000";
- ``percentage_change``: "54 per cent higher than in 2010/11 when there were 749" against the
  current figure; ``change``: "from 936 to 982, an increase of 46";
- ``share``: "half of all MAPPA cases" against the part and the whole;
- ``restated``: the same measure, area and period stated twice with different values.

Tolerances follow the rounding the text used: a whole number stands for anything within
±0.5 of it, "125.2" for ±0.05, and "almost"/"about"/"around" widen that to 2%.
"""
from __future__ import annotations

import regex

from .gazetteer import gazetteer
from .rules import REGEX_TIMEOUT as T, rx
from .sentences import line_start as _line_start_of

_APPROX = {"almost", "nearly", "about", "around", "approximately", "roughly", "some", "more than", "over",
           "fewer than", "less than", "just under", "just over"}
#: A label that splits a measure into groups: "Level 2", "Tier 1", "Category 3".
TAG = regex.compile(r"\b(Level|Tier|Category|Band|Stage|Grade|Phase)\s+(\d+|[IVX]+|one|two|three|four)\b", regex.I)
_STOP = frozenset("a an the of in on at to for by and or with from as is are was were be been who which that "
                  "their its our your this these those per all".split())
_BREAKDOWN = regex.compile(r"\b(?:broken down|break-?down|as follows|by area|split (?:into|between)|of which)\b", regex.I)
_UP = regex.compile(r"\b(?:higher|more|increase[sd]?|rise|rising|risen|rose|up|grew|grown|growth|growing|increasing|"
                   r"climb(?:ed|ing)?|jump(?:ed)?|soar(?:ed|ing)?)\b", regex.I)
_DOWN = regex.compile(r"\b(?:lower|fewer|less|decrease[sd]?|fall|fallen|fell|down|drop(?:ped)?|decline[sd]?|reduc\w+)\b", regex.I)


def half_unit(text: str) -> float:
    """Half of the last written digit's unit: "46" → 0.5, "125.2" → 0.05, "1,405" → 0.5.

    >>> half_unit("125.2"), half_unit("46"), half_unit("1.2million")
    (0.05, 0.5, 0.05)
    """
    m = rx(r"\d[\d,]*(?:\.(\d+))?").search(text)
    if not m or not m.group(1):
        return 0.5
    return 0.5 * 10 ** -len(m.group(1))


# verbs of an order's outcome, said in several ways; "by the courts" adds nothing
_SAME = {"imposed": "granted", "issued": "granted", "made": "granted", "handed": "granted", "court": None}


def content_words(measure: str | None) -> set[str]:
    """Content words of a measure, lower case and singular (also used to score measures).

    >>> sorted(content_words("The registered sex offenders in the area"))
    ['area', 'offender', 'registered', 'sex']
    """
    out = set()
    for w in rx(r"[a-z0-9&]+").findall((measure or "").replace("’", "'").lower()):
        if w not in _STOP:
            out.add(w[:-1] if len(w) > 3 and w.endswith("s") else w)
    return out


def words(measure: str | None) -> set[str]:
    """Content words with synonyms folded: two measures of the same thing compare equal.

    >>> sorted(words("full SOPOs imposed by the courts"))
    ['full', 'granted', 'sopo']
    """
    out = set()
    for w in content_words(measure):
        w = _SAME.get(w, w)
        if w is not None:
            out.add(w)
    return out


def _tag(text: str, stat: dict) -> str | None:
    """The "Level 2" (Tier, Category, ...) the figure belongs to: in its measure, else the
    nearest one before it in its sentence."""
    m = TAG.search(stat.get("measure") or "")
    if m:
        return f"{m.group(1).lower()} {m.group(2).lower()}"
    sent = stat["sentence"]
    before = text[sent["start"]:stat["number"]["start"]]
    found = list(TAG.finditer(before))
    return f"{found[-1].group(1).lower()} {found[-1].group(2).lower()}" if found else None


class _Checks:
    def __init__(self) -> None:
        self.out: list[dict] = []

    def add(self, kind: str, status: str, stats: list[dict], expected, found, tolerance, explanation: str) -> None:
        self.out.append({"id": f"c{len(self.out) + 1}", "kind": kind, "status": status,
                         "statistics": [s["id"] for s in stats],
                         "expected": None if expected is None else round(float(expected), 4),
                         "found": None if found is None else round(float(found), 4),
                         "tolerance": None if tolerance is None else round(float(tolerance), 4),
                         "explanation": explanation})


def _fmt(x: float) -> str:
    return f"{x:,.0f}" if abs(x - round(x)) < 1e-9 else f"{x:,.2f}"


def check_record(record: dict, text: str) -> list[dict]:
    """All checks the text supports, in document order of their first statistic."""
    stats = record["statistics"]
    areas = {a["id"]: a for a in record["areas"]}
    periods = {p["id"]: p for p in record["periods"]}
    checks = _Checks()
    for run in CHECKS.values():
        run(text, stats, areas, periods, checks)
    order = {s["id"]: i for i, s in enumerate(stats)}
    checks.out.sort(key=lambda c: min(order.get(i, 0) for i in c["statistics"]))
    for i, c in enumerate(checks.out):
        c["id"] = f"c{i + 1}"
    return checks.out


# --- the checks: a new check is one function here and one entry in CHECKS (at the end) ---

# --- parts vs total -------------------------------------------------------------------------------

def _row_label(text: str, s: dict) -> str:
    line_start = _line_start_of(text, s["number"]["start"])
    return text[line_start:s["number"]["start"]].strip(" \t-:")


_TOTAL_LABELS = ("total", "area total", "all", "overall", "grand total", "all areas")


def is_row(text: str, s: dict) -> bool:
    """The figure opens a row of a table or list: "Oxfordshire\t323", "Oxfordshire 323 (out of ...)"."""
    label = _row_label(text, s)
    if not label or len(label) > 40 or rx(r"[\d.;:!?]").search(label) or s["area"] is None:
        return False
    line = text[_line_start_of(text, s["number"]["start"]):s["number"]["start"]]
    # a cell before a tab, or a name: capitalised words ("Milton Keynes", "Oxford & District")
    return "\t" in line or bool(rx(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|&|and|of|upon|on|the))*").fullmatch(label))


def _parts_total(text: str, stats: list[dict], areas: dict, checks: _Checks) -> None:
    counts = [s for s in stats if s["kind"] == "count" and not (s["measure"] or "").startswith("population")]
    i = 0
    while i < len(counts):
        s = counts[i]
        if not is_row(text, s) or _row_label(text, s).lower() in _TOTAL_LABELS:
            i += 1
            continue
        run = [s]
        j = i + 1
        while j < len(counts) and is_row(text, counts[j]) and _row_label(text, counts[j]).lower() not in _TOTAL_LABELS and \
                counts[j]["number"]["start"] - run[-1]["number"]["end"] < 200:
            run.append(counts[j])
            j += 1
        i = j
        by_measure: dict[str, list[dict]] = {}
        for r in run:
            by_measure.setdefault(r["measure"] or "", []).append(r)
        for measure, parts in by_measure.items():
            if len(parts) < 2 or len({p["area"] for p in parts}) < len(parts):
                continue
            total = _find_total(text, stats, parts, measure)
            if total is None:
                continue
            found = sum(p["value"] for p in parts)
            names = " + ".join(f"{areas.get(p['area'], {}).get('name', '?')} {_fmt(p['value'])}" for p in parts)
            ok = abs(found - total["value"]) < 1e-9
            checks.add("parts_total", "pass" if ok else "fail", [total, *parts], total["value"], found, 0,
                       f"{names} = {_fmt(found)}; the stated total is {_fmt(total['value'])}"
                       + ("" if ok else f" (a difference of {_fmt(found - total['value'])})"))


def _find_total(text: str, stats: list[dict], parts: list[dict], measure: str) -> dict | None:
    first = parts[0]["number"]["start"]
    # a "Total" row of the same table just above the parts
    for s in reversed([s for s in stats if s["number"]["end"] <= first]):
        if first - s["number"]["end"] > 300:
            break
        if _row_label(text, s).lower() in _TOTAL_LABELS:
            return s
    # a figure for the whole, stated before a sentence announcing the breakdown
    head = text[max(0, first - 400):first]
    if not _BREAKDOWN.search(head):
        return None
    want = words(measure)
    for s in reversed([s for s in stats if s["number"]["end"] <= first and s["kind"] == "count"]):
        if s in parts or is_row(text, s):
            continue
        if want and len(want & words(s["measure"])) >= 0.5 * len(want) and s["value"] >= max(p["value"] for p in parts):
            return s
    return None


# --- rates ------------------------------------------------------------------------------------------

def _rates(text: str, stats: list[dict], areas: dict, periods: dict, checks: _Checks) -> None:
    for r in stats:
        if r["kind"] != "rate" or not r["per"]:
            continue
        head = words(r["measure"].split(" per ")[0] if r["measure"] else "")
        count = None
        for s in reversed([s for s in stats if s["number"]["end"] <= r["number"]["start"] and s["kind"] == "count"]):
            if r["number"]["start"] - s["number"]["end"] > 600:
                break
            if s["area"] == r["area"] and not (s["measure"] or "").startswith("population") and \
                    (not head or len(head & words(s["measure"])) >= 0.5 * len(head)):
                count = s
                break
        if count is None:
            continue
        population, pop_tol, source, approximate = _population(text, stats, count, r, areas, periods)
        area_name = areas.get(r["area"], {}).get("name", "the area")
        if population is None:
            checks.add("rate_count_population", "unverifiable", [r, count], None, r["value"], None,
                       f"{_fmt(count['value'])} in {area_name}, but no population for it is stated or bundled")
            continue
        expected = count["value"] / population * r["per"]
        lo = count["value"] / (population + pop_tol) * r["per"]
        hi = count["value"] / max(1.0, population - pop_tol) * r["per"]
        tol = _tolerance(r)
        base = f"{_fmt(count['value'])} / {_fmt(population)} ({source}) × {r['per']:,} = {expected:.2f}"
        if pop_tol >= 0.001 * population:  # a population stated roughly ("approaching 2.2 million")
            base += f" ({lo:.2f} to {hi:.2f} for a population of {_fmt(population - pop_tol)} to {_fmt(population + pop_tol)})"
        fits = lo - tol <= r["value"] <= hi + tol
        if r.get("population") and r["population"] not in ("people", "population", "residents", "inhabitants") \
                and approximate:
            checks.add("rate_count_population", "unverifiable", [r, count], expected, r["value"], tol,
                       f"{base}; the rate is per {r['per']:,} {r['population']}, a base the bundled total "
                       "population does not give")
        elif fits:
            checks.add("rate_count_population", "pass", [r, count], expected, r["value"], tol + (hi - lo) / 2,
                       f"{base}, which rounds to the stated {_fmt(r['value'])} (tolerance ±{tol:g})")
        elif approximate:
            checks.add("rate_count_population", "unverifiable", [r, count], expected, r["value"], tol,
                       f"{base} against the stated {_fmt(r['value'])}; the population is the ONS mid-2023 "
                       "estimate, only an approximate reference for this period")
        else:
            checks.add("rate_count_population", "fail", [r, count], expected, r["value"], tol + (hi - lo) / 2,
                       f"{base}, but the text says {_fmt(r['value'])} (tolerance ±{tol:g})")


def _tolerance(s: dict) -> float:
    """Half a unit of the last digit written, plus a tenth of that: a figure computed from
    rounded inputs and rounded twice ("45.47" → "45.5" → "46") is still the same figure.
    "almost", "about" and the like allow 2%."""
    tol = 1.1 * half_unit(s["number"]["text"])
    if (s.get("qualifier") or "").lower() in _APPROX:
        tol = max(tol, 0.02 * abs(s["value"]))
    return tol


def _scaled_half_unit(text: str, s: dict) -> float:
    """Rounding of a figure as written, in its own units: "2.2 million" → 50,000."""
    m = rx(r"\d[\d,]*(?:\.\d+)?").search(s["number"]["text"])
    digits = float(m.group(0).replace(",", "")) if m else 0.0
    scale = s["value"] / digits if digits else 1.0
    tol = half_unit(s["number"]["text"]) * scale
    if (s.get("qualifier") or "").lower() in _APPROX or rx(r"\b(?:approaching|almost|nearly|about|around|some|roughly)\s+$").search(text[max(0, s["number"]["start"] - 20):s["number"]["start"]]):
        tol = max(tol, 0.03 * s["value"])
    return tol


def _population(text, stats, count, rate, areas, periods):
    """(population, its rounding, where it comes from, whether it is only an approximate reference)."""
    pops = [s for s in stats if (s["measure"] or "").startswith("population")]
    # the populations stated on the rows of a breakdown add up to the whole
    rows = [s for s in pops if is_row(text, s) or _row_label(text, s)]
    row_areas = [s["area"] for s in rows]
    if len(rows) >= 2 and len(set(row_areas)) == len(rows) and count["area"] not in row_areas:
        total = sum(p["value"] for p in rows)
        return total, 0.0, "sum of the stated populations of its parts", False
    lo = min(count["sentence"]["start"], rate["sentence"]["start"])
    hi = max(count["sentence"]["end"], rate["sentence"]["end"])
    near = [s for s in pops if lo <= s["number"]["start"] <= hi] or [s for s in pops if s["area"] == count["area"]]
    if near:
        return near[0]["value"], _scaled_half_unit(text, near[0]), "stated population", False
    code = areas.get(rate["area"], {}).get("code")
    pop = gazetteer().population(code)
    if pop:
        period = periods.get(rate["period"], {}).get("value") or ""
        return pop, 0.0, "ONS mid-2023 population", not period.startswith(("2023", "2022-04", "2023-"))
    return None, 0.0, None, True


# --- ratio vs rate ---------------------------------------------------------------------------------

def _ratio_rate(stats: list[dict], checks: _Checks) -> None:
    for q in stats:
        if q["kind"] != "ratio" or q["value"] < 1:
            continue
        rate = next((r for r in stats if r["kind"] == "rate" and r["per"] and r["area"] == q["area"]
                     and abs(r["sentence"]["start"] - q["sentence"]["start"]) < 400), None)
        if rate is None:
            continue
        d = _tolerance(rate)
        lo, hi = rate["per"] / (rate["value"] + d), rate["per"] / max(1e-9, rate["value"] - d)
        expected = rate["per"] / rate["value"]
        tol = half_unit(q["number"]["text"])
        ok = lo - tol <= q["value"] <= hi + tol
        checks.add("ratio_rate", "pass" if ok else "fail", [q, rate], expected, q["value"], (hi - lo) / 2 + tol,
                   f"{rate['per']:,} / {_fmt(rate['value'])} = {expected:.1f}: one in every {expected:.1f}, "
                   f"{'consistent with' if ok else 'not'} the stated one in every {_fmt(q['value'])}")


# --- changes and percentages ------------------------------------------------------------------------

_WHEN_THERE_WERE = regex.compile(r"\b(?:when there were|from|compared (?:with|to)|up from|down from|against)\s+(?:\*\*)?$", regex.I)


def _changes(text: str, stats: list[dict], checks: _Checks) -> None:
    for i, p in enumerate(stats):
        sent = text[p["sentence"]["start"]:p["sentence"]["end"]]
        if p["kind"] == "percentage":
            # the baseline belongs to this percentage only up to the next one
            nxt = next((s["number"]["start"] for s in stats[i + 1:] if s["kind"] == "percentage"), len(text))
            after = text[p["span"]["end"]:p["span"]["end"] + 40]
            before = text[max(p["sentence"]["start"], p["number"]["start"] - 30):p["number"]["start"]]
            direction = (1 if _UP.search(after[:25]) else -1 if _DOWN.search(after[:25]) else
                         1 if _UP.search(before) else -1 if _DOWN.search(before) else 0)
            if not direction:
                continue
            base = next((s for s in stats[i + 1:] if s["kind"] == "count" and s["sentence"] == p["sentence"]
                         and s["number"]["start"] < nxt and _WHEN_THERE_WERE.search(text[max(p["span"]["end"], s["number"]["start"] - 40):s["number"]["start"]])), None)
            if base is None:
                base = next((s for s in stats[i + 1:] if s["kind"] == "count" and s["sentence"] == p["sentence"]
                             and s["number"]["start"] < nxt and rx(r"\bwhen there were\s+$").search(text[s["number"]["start"] - 20:s["number"]["start"]])), None)
            current = _current(stats, i, p, base)
            if base is None or current is None:
                if rx(r"\b(?:from|since|on)\s+(?:\d{4}|last year|the previous year)", regex.I).search(after):
                    checks.add("percentage_change", "unverifiable", [p], None, p["value"], None,
                               "the text gives the change but not the earlier figure it is measured from")
                continue
            implied = (current["value"] - base["value"]) / base["value"] * 100 * direction
            tol = _tolerance(p)
            ok = abs(implied - p["value"]) <= tol
            checks.add("percentage_change", "pass" if ok else "fail", [p, current, base], implied, p["value"], tol,
                       f"({_fmt(current['value'])} − {_fmt(base['value'])}) / {_fmt(base['value'])} = "
                       f"{implied:.2f}%, {'which rounds to' if ok else 'not'} the stated {_fmt(p['value'])}%")
        elif p["kind"] == "change":
            m = rx(r"from\s+(?:\*\*)?([\d,]+)(?:\*\*)?.{0,40}?\bto\s+(?:\*\*)?([\d,]+)", regex.S).search(sent, timeout=T)
            if not m:
                continue
            a, b = (float(x.replace(",", "")) for x in m.groups())
            pair = [s for s in stats if s["sentence"] == p["sentence"] and s["kind"] == "count"
                    and s["value"] in (a, b)]
            expected = abs(b - a)
            ok = abs(expected - p["value"]) <= _tolerance(p)
            checks.add("change", "pass" if ok else "fail", [p, *pair], expected, p["value"], _tolerance(p),
                       f"{_fmt(b)} − {_fmt(a)} = {_fmt(b - a)}; the text says {_fmt(p['value'])}")


def _current(stats: list[dict], i: int, p: dict, base: dict | None) -> dict | None:
    """The figure a percentage change describes: the nearest count before it that measures
    the same thing as the baseline (not the baseline itself), in the same area."""
    if base is None:
        return None
    want = words(base["measure"])
    for s in reversed(stats[:i]):
        if p["number"]["start"] - s["number"]["end"] > 2000:
            break
        if s["kind"] != "count" or s is base or s["value"] <= 1 or s["area"] != base["area"]:
            continue
        have = words(s["measure"])
        if not want or len(want & have) >= 0.5 * len(want) or (have and have <= want):
            return s
    return None


def _shares(text: str, stats: list[dict], checks: _Checks) -> None:
    for i, p in enumerate(stats):
        if p["kind"] not in ("ratio", "percentage"):
            continue
        frac = p["value"] / 100 if p["kind"] == "percentage" else p["value"]
        if not 0 < frac < 1 or (p["kind"] == "percentage" and not rx(r"^\s*(?:per cent|percent|%)?\s*of\b|\bmade up\b|\baccount(?:ed|s)? for\b|\bshare\b").search(text[p["span"]["end"]:p["span"]["end"] + 20] + " " + text[p["sentence"]["start"]:p["number"]["start"]])):
            continue
        if p["kind"] == "ratio" and not rx(r"\bof\s+(?:all|the)\b").search(text[p["span"]["end"]:p["span"]["end"] + 15]):
            continue
        near = [s for s in stats[:i] if s["kind"] == "count" and p["number"]["start"] - s["number"]["end"] < 400]
        if len(near) < 2:
            continue
        whole = max(near, key=lambda s: s["value"])
        part = next((s for s in reversed(near) if s is not whole and s["value"] < whole["value"]), None)
        if part is None:
            continue
        expected = part["value"] / whole["value"]
        tol = 0.005 if p["kind"] == "percentage" else 0.05
        if (p.get("qualifier") or "").lower() in _APPROX or rx(r"\b(?:almost|about|around|roughly|exactly)\b", regex.I).search(text[p["number"]["start"] - 25:p["number"]["start"]]):
            tol = max(tol, 0.02)
        ok = abs(expected - frac) <= tol
        checks.add("share", "pass" if ok else "fail", [p, part, whole], expected, frac, tol,
                   f"{_fmt(part['value'])} / {_fmt(whole['value'])} = {expected:.3f}, "
                   f"{'consistent with' if ok else 'not'} the stated {p['span']['text']} ({frac:.3f})")


# --- the same thing stated twice -------------------------------------------------------------------

def _restated(text: str, stats: list[dict], periods: dict, checks: _Checks) -> None:
    """Counts of the same measure for the same area, period and "Level N" tag: they must agree.
    Only figures in the same (area, tag, period) group are compared, so a long report's
    hundreds of counts do not make a quadratic number of comparisons."""
    groups: dict[tuple, list[tuple[dict, set[str]]]] = {}
    for s in stats:
        if s["kind"] != "count" or not s["measure"] or s["period"] is None:
            continue
        period = periods[s["period"]]["value"]
        if period is None:
            continue
        ws = words(s["measure"])
        tag = _tag(text, s)
        if tag:
            ws = (ws - {"level", "tier", "category", "band", "stage", "grade", "phase"} - set(tag.split()[1:])) | {tag}
        if len(ws) >= 2:
            groups.setdefault((s["area"], tag, period), []).append((s, ws))
    for group in groups.values():
        for i, (a, wa) in enumerate(group):
            for b, wb in group[i + 1:]:
                if len(wa & wb) / len(wa | wb) < 0.75:
                    continue
                same = a["value"] == b["value"]  # counts: stated twice, they must be equal
                checks.add("restated", "pass" if same else "fail", [a, b], a["value"], b["value"], 0,
                           f"“{a['measure']}” is stated as {a['number']['text']} and, for the same area and period, "
                           f"“{b['measure']}” as {b['number']['text']}" + ("" if same else ": the two disagree"))


#: Every check, by kind: ``run(text, statistics, areas by id, periods by id, checks)`` appends
#: its results with ``checks.add``. A new check is a function above and a line here.
CHECKS = {
    "parts_total": lambda text, stats, areas, periods, out: _parts_total(text, stats, areas, out),
    "rate_count_population": lambda text, stats, areas, periods, out: _rates(text, stats, areas, periods, out),
    "ratio_rate": lambda text, stats, areas, periods, out: _ratio_rate(stats, out),
    "percentage_change": lambda text, stats, areas, periods, out: _changes(text, stats, out),
    "share": lambda text, stats, areas, periods, out: _shares(text, stats, out),
    "restated": lambda text, stats, areas, periods, out: _restated(text, stats, periods, out),
}
