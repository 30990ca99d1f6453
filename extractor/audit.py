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

The work is near-linear in the number of statistics: every check looks only at figures near
the one it checks (found by bisection over their offsets), restatements are grouped before
they are compared (and a group's pairwise comparisons are capped), and text is read in bounded
windows, so a document of thousands of figures on one line, or of one statement repeated
thousands of times, costs little. ``check_record(..., check=callback)`` calls ``callback``
every so often (the pipeline passes its time budget's check, which raises when it is spent).

Tolerances follow the rounding the text used: a whole number stands for anything within
±0.5 of it, "125.2" for ±0.05, and "almost"/"about"/"around" widen that to 2%.
"""
from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Callable

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
    before = text[max(sent["start"], stat["number"]["start"] - _WINDOW):stat["number"]["start"]]
    found = list(TAG.finditer(before))
    return f"{found[-1].group(1).lower()} {found[-1].group(2).lower()}" if found else None


#: Characters of a sentence read before (or around) a figure: sentences are short in prose,
#: but one long line of figures is one "sentence", and reading all of it for each figure
#: would be quadratic.
_WINDOW = 1000
#: Pairs of differently worded measures compared within one restatement group at most.
MAX_PAIRS = 2000


class _Checks:
    """The checks found, and the periodic call of the caller's ``check`` (a time budget)."""

    def __init__(self, check: Callable[[], None] | None = None) -> None:
        self.out: list[dict] = []
        self.check = check
        self.ticks = 0

    def tick(self) -> None:
        """Called in every loop of the checks: every 256th call runs ``check``."""
        self.ticks += 1
        if self.check is not None and not self.ticks & 255:
            self.check()

    def add(self, kind: str, status: str, stats: list[dict], expected, found, tolerance, explanation: str) -> None:
        self.tick()
        self.out.append({"id": f"c{len(self.out) + 1}", "kind": kind, "status": status,
                         "statistics": [s["id"] for s in stats],
                         "expected": None if expected is None else round(float(expected), 4),
                         "found": None if found is None else round(float(found), 4),
                         "tolerance": None if tolerance is None else round(float(tolerance), 4),
                         "explanation": explanation})


def _fmt(x: float) -> str:
    return f"{x:,.0f}" if abs(x - round(x)) < 1e-9 else f"{x:,.2f}"


def check_record(record: dict, text: str, check: Callable[[], None] | None = None) -> list[dict]:
    """All checks the text supports, in document order of their first statistic.

    ``check``: called between the checks and every few hundred steps inside them (the
    pipeline passes ``lambda: budget.check(doc, "checks")``, which raises when the
    document's time is up)."""
    stats = record["statistics"]
    areas = {a["id"]: a for a in record["areas"]}
    periods = {p["id"]: p for p in record["periods"]}
    checks = _Checks(check)
    _ROWS.clear()
    try:
        for run in CHECKS.values():
            if check is not None:
                check()
            run(text, stats, areas, periods, checks)
    finally:
        _ROWS.clear()
    order = {s["id"]: i for i, s in enumerate(stats)}
    checks.out.sort(key=lambda c: min(order.get(i, 0) for i in c["statistics"]))
    for i, c in enumerate(checks.out):
        c["id"] = f"c{i + 1}"
    return checks.out


# --- the checks: a new check is one function here and one entry in CHECKS (at the end) ---

# --- parts vs total -------------------------------------------------------------------------------

#: (statistic, label, line before the figure has a tab) by id of the statistic, while a
#: check_record run is under way (the statistic is kept, so its id cannot be reused).
_ROWS: dict[int, tuple[dict, str, bool]] = {}


def _row(text: str, s: dict) -> tuple[str, bool]:
    """The text before the figure on its line, stripped, and whether that has a tab. Read in a
    window: on one long line of figures, the whole line per figure would be quadratic (a
    label over 40 characters is not a row label, so the window loses nothing)."""
    got = _ROWS.get(id(s))
    if got is not None and got[0] is s:
        return got[1], got[2]
    num = s["number"]["start"]
    line_start = _line_start_of(text, num)
    start = max(line_start, num - 200)
    before = text[start:num]
    label = before.strip(" \t-:")
    if start > line_start and len(label) <= 40:  # a window of mostly blanks: read the line
        before = text[line_start:num]
        label = before.strip(" \t-:")
    _ROWS[id(s)] = (s, label, "\t" in before)
    return label, "\t" in before


def _row_label(text: str, s: dict) -> str:
    return _row(text, s)[0]


_TOTAL_LABELS = ("total", "area total", "all", "overall", "grand total", "all areas")


def is_row(text: str, s: dict) -> bool:
    """The figure opens a row of a table or list: "Oxfordshire\t323", "Oxfordshire 323 (out of ...)"."""
    label, tab = _row(text, s)
    if not label or len(label) > 40 or rx(r"[\d.;:!?]").search(label) or s["area"] is None:
        return False
    # a cell before a tab, or a name: capitalised words ("Milton Keynes", "Oxford & District")
    return tab or bool(rx(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|&|and|of|upon|on|the))*").fullmatch(label))


class _ByEnd:
    """Statistics by the end of their number, to walk back from an offset without a scan."""

    def __init__(self, stats: list[dict]) -> None:
        self.stats = sorted(stats, key=lambda s: s["number"]["end"])
        self.ends = [s["number"]["end"] for s in self.stats]

    def before(self, pos: int):
        """Statistics whose number ends at or before ``pos``, nearest first."""
        for i in range(bisect_right(self.ends, pos) - 1, -1, -1):
            yield self.stats[i]


def _parts_total(text: str, stats: list[dict], areas: dict, checks: _Checks) -> None:
    counts = [s for s in stats if s["kind"] == "count" and not (s["measure"] or "").startswith("population")]
    by_end = _ByEnd(stats)
    i = 0
    while i < len(counts):
        checks.tick()
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
            total = _find_total(text, by_end, parts, measure, checks)
            if total is None:
                continue
            found = sum(p["value"] for p in parts)
            names = " + ".join(f"{areas.get(p['area'], {}).get('name', '?')} {_fmt(p['value'])}" for p in parts)
            ok = abs(found - total["value"]) < 1e-9
            checks.add("parts_total", "pass" if ok else "fail", [total, *parts], total["value"], found, 0,
                       f"{names} = {_fmt(found)}; the stated total is {_fmt(total['value'])}"
                       + ("" if ok else f" (a difference of {_fmt(found - total['value'])})"))


#: Statistics looked back over for a breakdown's stated whole.
_TOTAL_LOOKBACK = 200


def _find_total(text: str, by_end: _ByEnd, parts: list[dict], measure: str, checks: _Checks) -> dict | None:
    first = parts[0]["number"]["start"]
    # a "Total" row of the same table just above the parts
    for s in by_end.before(first):
        if first - s["number"]["end"] > 300:
            break
        if _row_label(text, s).lower() in _TOTAL_LABELS:
            return s
    # a figure for the whole, stated before a sentence announcing the breakdown
    head = text[max(0, first - 400):first]
    if not _BREAKDOWN.search(head):
        return None
    want = words(measure)
    looked = 0
    for s in by_end.before(first):
        if s["kind"] != "count":
            continue
        looked += 1
        if looked > _TOTAL_LOOKBACK:
            break
        checks.tick()
        if any(s is p for p in parts) or is_row(text, s):
            continue
        if want and len(want & words(s["measure"])) >= 0.5 * len(want) and s["value"] >= max(p["value"] for p in parts):
            return s
    return None


# --- rates ------------------------------------------------------------------------------------------

def _rates(text: str, stats: list[dict], areas: dict, periods: dict, checks: _Checks) -> None:
    if not any(r["kind"] == "rate" and r["per"] for r in stats):
        return
    by_end = _ByEnd([s for s in stats if s["kind"] == "count"])
    pops = _Populations(text, stats)
    for r in stats:
        if r["kind"] != "rate" or not r["per"]:
            continue
        checks.tick()
        head = words(r["measure"].split(" per ")[0] if r["measure"] else "")
        count = None
        for s in by_end.before(r["number"]["start"]):
            if r["number"]["start"] - s["number"]["end"] > 600:
                break
            checks.tick()
            if s["area"] == r["area"] and not (s["measure"] or "").startswith("population") and \
                    (not head or len(head & words(s["measure"])) >= 0.5 * len(head)):
                count = s
                break
        if count is None:
            continue
        population, pop_tol, source, approximate, counted = _population(text, pops, count, r, areas, periods)
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
        if not _same_base(r.get("population"), counted):
            checks.add("rate_count_population", "unverifiable", [r, count], expected, r["value"], tol,
                       f"{base}; the rate is per {r['per']:,} {r['population']}, a base the "
                       f"{'bundled total' if approximate else 'stated'} population ({counted}) does not give")
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


class _Populations:
    """The populations stated in a document, computed once for all its rates: all of them (by
    offset and by area), and those on the rows of a breakdown."""

    def __init__(self, text: str, stats: list[dict]) -> None:
        self.pops = [s for s in stats if (s["measure"] or "").startswith("population")]
        self.starts = sorted((s["number"]["start"], i) for i, s in enumerate(self.pops))
        self.by_area: dict = {}
        for s in self.pops:
            self.by_area.setdefault(s["area"], s)
        self.rows = [s for s in self.pops if is_row(text, s) or _row_label(text, s)]
        self.row_areas = [s["area"] for s in self.rows]

    def first_between(self, lo: int, hi: int) -> dict | None:
        """The first population whose number starts in [lo, hi]."""
        i = bisect_left(self.starts, (lo, -1))
        return self.pops[self.starts[i][1]] if i < len(self.starts) and self.starts[i][0] <= hi else None


def _population(text, pops: _Populations, count, rate, areas, periods):
    """(population, its rounding, where it comes from, whether it is only an approximate reference)."""
    # the populations stated on the rows of a breakdown add up to the whole
    rows, row_areas = pops.rows, pops.row_areas
    if len(rows) >= 2 and len(set(row_areas)) == len(rows) and count["area"] not in row_areas:
        total = sum(p["value"] for p in rows)
        return total, 0.0, "sum of the stated populations of its parts", False, rows[0]["measure"]
    lo = min(count["sentence"]["start"], rate["sentence"]["start"])
    hi = max(count["sentence"]["end"], rate["sentence"]["end"])
    first = pops.first_between(lo, hi) or pops.by_area.get(count["area"])
    near = [first] if first is not None else []
    if near:
        return near[0]["value"], _scaled_half_unit(text, near[0]), "stated population", False, near[0]["measure"]
    code = areas.get(rate["area"], {}).get("code")
    pop = gazetteer().population(code)
    if pop:
        period = periods.get(rate["period"], {}).get("value") or ""
        return pop, 0.0, "ONS mid-2023 population", not period.startswith(("2023", "2022-04", "2023-")), "people"
    return None, 0.0, None, True, None


_PEOPLE = frozenset({"people", "population", "residents", "inhabitants", "person", "resident", "inhabitant",
                     "adults", "adult", "population aged", "persons"})


def _same_base(base: str | None, counted: str | None) -> bool:
    """Whether a rate's base ("per 1,000 households") is what the population counts: people
    for a resident population, or the base's own words in a stated population's measure
    ("1.2 million households"). A rate per head of something else cannot be checked."""
    if not base or base.lower() in _PEOPLE:
        return True
    want = words(base) - {"people", "person", "resident", "population"}
    return bool(want) and want <= words(counted)


# --- ratio vs rate ---------------------------------------------------------------------------------

def _ratio_rate(stats: list[dict], checks: _Checks) -> None:
    rates: dict = {}  # area → (sentence starts, rates), in document order
    for r in stats:
        if r["kind"] == "rate" and r["per"]:
            starts, found = rates.setdefault(r["area"], ([], []))
            starts.append(r["sentence"]["start"])
            found.append(r)
    for q in stats:
        if q["kind"] != "ratio" or q["value"] < 1:
            continue
        checks.tick()
        starts, found = rates.get(q["area"], ([], []))
        # the first rate (in document order) for the area whose sentence starts within 400 of q's
        k = bisect_right(starts, q["sentence"]["start"] - 400)
        rate = found[k] if k < len(starts) and starts[k] < q["sentence"]["start"] + 400 else None
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


def _sentence_window(text: str, s: dict) -> tuple[int, int]:
    """The figure's sentence, or a window of it around the figure when the sentence is long."""
    lo, hi = s["sentence"]["start"], s["sentence"]["end"]
    if hi - lo <= 2 * _WINDOW:
        return lo, hi
    return max(lo, s["number"]["start"] - _WINDOW), min(hi, s["number"]["end"] + _WINDOW)


def _changes(text: str, stats: list[dict], checks: _Checks) -> None:
    # the start of the next percentage after each statistic (a percentage's baseline belongs
    # to it only up to the next one)
    nxt_of = [len(text)] * len(stats)
    nxt = len(text)
    for i in range(len(stats) - 1, -1, -1):
        nxt_of[i] = nxt
        if stats[i]["kind"] == "percentage":
            nxt = stats[i]["number"]["start"]
    starts = [s["number"]["start"] for s in stats]
    for i, p in enumerate(stats):
        if p["kind"] == "percentage":
            checks.tick()
            nxt = nxt_of[i]
            after = text[p["span"]["end"]:p["span"]["end"] + 40]
            before = text[max(p["sentence"]["start"], p["number"]["start"] - 30):p["number"]["start"]]
            direction = (1 if _UP.search(after[:25]) else -1 if _DOWN.search(after[:25]) else
                         1 if _UP.search(before) else -1 if _DOWN.search(before) else 0)
            if not direction:
                continue
            later = []  # counts after it in its sentence, before the next percentage
            for j in range(i + 1, len(stats)):
                s = stats[j]
                if s["number"]["start"] >= nxt or s["sentence"]["start"] > p["sentence"]["start"]:
                    break
                if s["kind"] == "count" and s["sentence"] == p["sentence"]:
                    later.append(s)
            base = next((s for s in later if _WHEN_THERE_WERE.search(
                text[max(p["span"]["end"], s["number"]["start"] - 40):s["number"]["start"]])), None)
            if base is None:
                base = next((s for s in later if rx(r"\bwhen there were\s+$").search(
                    text[s["number"]["start"] - 20:s["number"]["start"]])), None)
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
            checks.tick()
            lo, hi = _sentence_window(text, p)
            m = rx(r"from\s+(?:\*\*)?([\d,]+)(?:\*\*)?.{0,40}?\bto\s+(?:\*\*)?([\d,]+)", regex.S).search(
                text, lo, hi, timeout=T)
            if not m:
                continue
            a, b = (float(x.replace(",", "")) for x in m.groups())
            pair = [s for s in stats[bisect_left(starts, lo):bisect_right(starts, hi)]
                    if s["sentence"] == p["sentence"] and s["kind"] == "count" and s["value"] in (a, b)]
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
    for j in range(i - 1, -1, -1):
        s = stats[j]
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
        checks.tick()
        frac = p["value"] / 100 if p["kind"] == "percentage" else p["value"]
        lead = text[max(p["sentence"]["start"], p["number"]["start"] - _WINDOW):p["number"]["start"]]
        if not 0 < frac < 1 or (p["kind"] == "percentage" and not rx(r"^\s*(?:per cent|percent|%)?\s*of\b|\bmade up\b|\baccount(?:ed|s)? for\b|\bshare\b").search(text[p["span"]["end"]:p["span"]["end"] + 20] + " " + lead)):
            continue
        if p["kind"] == "ratio" and not rx(r"\bof\s+(?:all|the)\b").search(text[p["span"]["end"]:p["span"]["end"] + 15]):
            continue
        near = []
        for j in range(i - 1, -1, -1):
            s = stats[j]
            if p["number"]["start"] - s["number"]["end"] >= 400:
                break
            if s["kind"] == "count":
                near.append(s)
        near.reverse()
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
    hundreds of counts do not make a quadratic number of comparisons; within a group, figures
    worded alike are each compared with the first of them (a statement repeated 4,000 times
    makes 3,999 checks, not 8 million), and differently worded ones pairwise up to MAX_PAIRS."""
    groups: dict[tuple, list[tuple[dict, set[str]]]] = {}
    for s in stats:
        if s["kind"] != "count" or not s["measure"] or s["period"] is None:
            continue
        checks.tick()
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
        # the same words: each restatement against the first statement (one check each, not
        # one per pair); different but close wordings: their first statements, pairwise, capped
        buckets: dict[frozenset, list[dict]] = {}
        for a, wa in group:
            buckets.setdefault(frozenset(wa), []).append(a)
        for same in buckets.values():
            for b in same[1:]:
                _restatement(checks, same[0], b)
        firsts = [(wa, same[0]) for wa, same in buckets.items()]
        pairs = ((firsts[i], other) for i in range(len(firsts)) for other in firsts[i + 1:])
        for (wa, a), (wb, b) in itertools.islice(pairs, MAX_PAIRS):
            checks.tick()
            if len(wa & wb) / len(wa | wb) >= 0.75:
                _restatement(checks, a, b)


def _restatement(checks: _Checks, a: dict, b: dict) -> None:
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
