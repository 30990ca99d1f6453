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

A check fails only on strong evidence that its figures are the part, whole, base or current
figure it takes them for; on weaker evidence it is ``unverifiable`` or not made at all. A share
needs its part and whole tied to it ("X of the Y", "X out of Y", "Y ... includes X", "Of them,
X", "half of the 400 cases, 120"), in its sentence next to it or in the sentence before when its
own refers back ("This represents half"). A percentage change needs its earlier figure right
after it in its clause ("up 10% from A", "higher than ... when there were A", with no other
change or "but" between) and its current one tied to it ("to B", "B, up 10% on A", or the
sentence before when its own refers back); a current figure found only by its measure earlier
on may pass but not fail. A ``change`` needs "from A to B" to be two counts beside it. A
restatement compares only levels (not baselines, "an extra N", changes) whose measure is stated
where they are (or is their table's heading), never two different figures of one sentence; a
national figure beside a local one, an approximate one, or one whose clause says more of what
it counts ("94 drivers who failed ... had been involved in a collision") is unverifiable. A
number written like a year is never a figure of a check.

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
from functools import lru_cache

import regex
from .regexes import compiled

from .gazetteer import gazetteer
from .rules import pretested, rx, timeout_for
from .sentences import line_start as _line_start_of

_APPROX = {"almost", "nearly", "about", "around", "approximately", "roughly", "some", "more than", "over",
           "fewer than", "less than", "just under", "just over"}
#: A label that splits a measure into groups: "Level 2", "Tier 1", "Category 3".
TAG = compiled(r"\b(Level|Tier|Category|Band|Stage|Grade|Phase)\s+(\d+|[IVX]+|one|two|three|four)\b", regex.I)
_STOP = frozenset("a an the of in on at to for by and or with from as is are was were be been who which that "
                  "their its our your this these those per all".split())
_BREAKDOWN = compiled(r"\b(?:broken down|break-?down|as follows|by area|split (?:into|between)|of which)\b", regex.I)
_UP = compiled(r"\b(?:higher|more|increase[sd]?|rise|rising|risen|rose|up|grew|grown|growth|growing|increasing|"
                   r"climb(?:ed|ing)?|jump(?:ed)?|soar(?:ed|ing)?)\b", regex.I)
_DOWN = compiled(r"\b(?:lower|fewer|less|decrease[sd]?|fall|fallen|fell|down|drop(?:ped)?|decline[sd]?|reduc\w+)\b", regex.I)


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
    # (the distinct words first, then each made singular once: the same set as word by word)
    found = set(rx(r"[a-z0-9&]+").findall((measure or "").replace("’", "'").lower()))
    found -= _STOP
    return {w[:-1] if len(w) > 3 and w[-1] == "s" else w for w in found}


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
    nearest one before it in its sentence, else one in the clause it opens ("13 were placed in
    the level two category"). "Level two" and "Level 2" are one tag."""
    m = TAG.search(stat.get("measure") or "")
    if m:
        return _tag_name(m)
    sent = stat["sentence"]
    before = text[max(sent["start"], stat["number"]["start"] - _WINDOW):stat["number"]["start"]]
    found = list(TAG.finditer(before))
    if found:
        return _tag_name(found[-1])
    after = text[stat["number"]["end"]:min(sent["end"], stat["number"]["end"] + 80)]
    end = _CLAUSE_END.search(after)
    m = TAG.search(after[:end.start()] if end else after)
    return _tag_name(m) if m else None


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
                    _same_period(s, r, periods) and \
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


def _same_period(a: dict, b: dict, periods: dict) -> bool:
    """Whether two figures can be of one period: the same one, or either undated (a rate for
    2023-24 is not checked against the 2022-23 count)."""
    pa, pb = periods.get(a["period"], {}).get("value"), periods.get(b["period"], {}).get("value")
    return not pa or not pb or pa == pb


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
        # only ever an approximate reference: a figure's year seldom is the estimate's, and a
        # story's area seldom is exactly the council or force area (README: at most unverifiable)
        return pop, 0.0, "ONS mid-2023 population", True, "people"
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


# --- what ties figures together: evidence the checks below need before they can fail ---------------

#: A number written like a year ("2017", "1999") is a date, never a figure of a check.
#: Statistics on either side of a figure that the checks look at for the figures tied to it.
_NEAR = 6
_YEARLIKE = compiled(r"(?:1[89]|20)\d\d")
#: A sentence that refers back to the one before: "This was an increase of 9%", "The number is
#: 54 per cent higher", "This represents half of all cases".
_ANAPHOR = compiled(r"^[\W_]*(?:this|that|it|these|those|which|the (?:number|figure|total|count|rise|"
                         r"increase|fall|drop))\b", regex.I)
#: A turn inside a sentence: what follows is about something else ("a 10% jump ... but was down
#: slightly from 1,752").
_TURN = compiled(r";|\b(?:but|while|whereas|however|although)\b", regex.I)


def _is_year(s: dict) -> bool:
    return _YEARLIKE.fullmatch(s["number"]["text"]) is not None


def _same_sentence(a: dict, b: dict) -> bool:
    return a["sentence"]["start"] == b["sentence"]["start"]


class _Sents:
    """The statistics of each sentence as index ranges [lo, hi), found once in one pass (the
    checks look only at a few neighbours of a figure, never along its whole sentence)."""

    def __init__(self, stats: list[dict]) -> None:
        self.stats = stats
        self.bounds: list[tuple[int, int]] = []
        start = 0
        for k in range(1, len(stats) + 1):
            if k == len(stats) or not _same_sentence(stats[k], stats[start]):
                self.bounds.extend([(start, k)] * (k - start))
                start = k

    def of(self, i: int) -> tuple[int, int]:
        return self.bounds[i]


def _previous_sentence(text: str, sents: _Sents, i: int) -> list[dict]:
    """The statistics of the sentence just before that of ``stats[i]``, when that sentence opens
    with a reference back to it ("This was ...", "The number is ...") and has no figure before
    ``stats[i]``; else none."""
    lo, _ = sents.of(i)
    s = sents.stats[i]
    if lo != i or s["span"]["start"] - s["sentence"]["start"] > 200 or \
            not _ANAPHOR.search(text[s["sentence"]["start"]:s["span"]["start"]]):
        return []
    return _sentence_before(text, sents, lo)


def _sentence_before(text: str, sents: _Sents, lo: int) -> list[dict]:
    """The last few statistics of the sentence just before the one whose first statistic is
    ``stats[lo]`` (none when a sentence without figures comes between them)."""
    stats = sents.stats
    if lo == 0:
        return []
    prev = stats[lo - 1]["sentence"]
    if text[prev["end"]:stats[lo]["sentence"]["start"]].strip(" \t\r\n*\"'”’"):
        return []
    return stats[max(sents.of(lo - 1)[0], lo - _NEAR):lo]


def _compatible(a: dict, b: dict) -> bool:
    """Two figures' measures could be of the same thing: either is unnamed or only a generic noun
    ("cases", "incidents"), or they share a word."""
    wa, wb = words(a["measure"]), words(b["measure"])
    return not wa or not wb or bool(wa & wb) or wa <= _GENERIC_THINGS or wb <= _GENERIC_THINGS


#: counted nouns that name no particular thing: "when there were 319 cases"
_GENERIC_THINGS = frozenset({"case", "incident", "instance", "one", "time", "occasion", "figure", "number", "total"})


# --- changes and percentages ------------------------------------------------------------------------

_WHEN_THERE_WERE = compiled(r"\b(?:when there were|from|compared (?:with|to)|up from|down from|against|on)\s+(?:\*\*)?$", regex.I)
_TO = compiled(r"\bto\s+(?:\*\*)?$", regex.I)
_SINCE = compiled(r"\b(?:from|since|on)\s+(?:\d{4}|last year|the previous year)", regex.I)


def _sentence_window(text: str, s: dict) -> tuple[int, int]:
    """The figure's sentence, or a window of it around the figure when the sentence is long."""
    lo, hi = s["sentence"]["start"], s["sentence"]["end"]
    if hi - lo <= 2 * _WINDOW:
        return lo, hi
    return max(lo, s["number"]["start"] - _WINDOW), min(hi, s["number"]["end"] + _WINDOW)


def _direction(text: str, p: dict) -> int:
    after = text[p["span"]["end"]:p["span"]["end"] + 25]
    before = text[max(p["sentence"]["start"], p["number"]["start"] - 30):p["number"]["start"]]
    return (1 if _UP_SEARCH(after) else -1 if _DOWN.search(after) else
            1 if _UP_SEARCH(before) else -1 if _DOWN.search(before) else 0)


def _changes(text: str, stats: list[dict], checks: _Checks) -> None:
    sents = _Sents(stats)
    for i, p in enumerate(stats):
        if p["kind"] == "percentage":
            checks.tick()
            _percentage_change(text, sents, i, p, checks)
        elif p["kind"] == "change":
            checks.tick()
            _change(text, sents, i, p, checks)


def _percentage_change(text: str, sents: _Sents, i: int, p: dict, checks: _Checks) -> None:
    """"up 10% from 200 to 260", "260, up 10% on 200", "... 792. This was an increase of nine
    per cent from five years ago, when there were 728": the earlier figure must follow the
    percentage in its own clause (no other change or turn between them), and the current one
    must be "to B", the figure just before it in its sentence, or the last of the sentence before
    when its own sentence refers back to it."""
    direction = _direction(text, p)
    if not direction:
        return
    stats = sents.stats
    _, hi = sents.of(i)
    later = []  # the few figures after it in its sentence, up to the next percentage
    for s in stats[i + 1:min(hi, i + 1 + _NEAR)]:
        if s["kind"] == "percentage":
            break
        later.append(s)
    base = _base_of(text, p, later)
    if base is None and (pair := _from_to_before(text, sents, i)) is not None:
        # "These jumped from 19,607 ... to 21,759 ..., a rise of 11%": both figures before the change
        base, current = pair
        _judge_change(checks, p, current, base, direction, True)
        return
    if base is None:
        if _SINCE.search(text[p["span"]["end"]:p["span"]["end"] + 40]):
            checks.add("percentage_change", "unverifiable", [p], None, p["value"], None,
                       "the text gives the change but not the earlier figure it is measured from")
        return
    current, tied = _current(text, sents, i, base, later)
    if current is None:
        checks.add("percentage_change", "unverifiable", [p, base], None, p["value"], None,
                   f"the text gives the change from {_fmt(base['value'])} but not the figure it changed to")
        return
    _judge_change(checks, p, current, base, direction, tied)


def _judge_change(checks: _Checks, p: dict, current: dict, base: dict, direction: int, tied: bool) -> None:
    """Pass or fail a percentage change against the two figures it is a change between (unverifiable
    when they are not tied to it in the text and the arithmetic disagrees)."""
    implied = (current["value"] - base["value"]) / base["value"] * 100 * direction
    tol = _tolerance(p)
    ok = abs(implied - p["value"]) <= tol
    arithmetic = f"({_fmt(current['value'])} − {_fmt(base['value'])}) / {_fmt(base['value'])} = {implied:.2f}%"
    if ok or tied:
        checks.add("percentage_change", "pass" if ok else "fail", [p, current, base], implied, p["value"], tol,
                   f"{arithmetic}, {'which rounds to' if ok else 'not'} the stated {_fmt(p['value'])}%")
    else:
        checks.add("percentage_change", "unverifiable", [p, current, base], implied, p["value"], tol,
                   f"{arithmetic}, not the stated {_fmt(p['value'])}%; but {_fmt(current['value'])}, stated "
                   "earlier, is not tied to the change in the text, so it may be another figure")


#: "from A ... to B, a rise of P%": the two figures of a change named before it, in its clause
_FROM_BEFORE_FIGURE = compiled(r"\bfrom\s+(?:(?:just|around|about|almost|nearly|some|over|under)\s+)?(?:\*\*)?[£$€]?$", regex.I)
_TO_GAP = compiled(r"^[^;:.!?%]{0,60}?\bto\s+(?:(?:just|around|about|almost|nearly|some|over|under)\s+)?(?:\*\*)?[£$€]?$", regex.I)
_THEN_CHANGE = compiled(r"^[^;:!?%]{0,50}?,\s*(?:an?\s+|or\s+)?(?:(?:rise|increase|fall|drop|decrease|reduction|jump|growth)\s+of\s+|"
                             r"(?:up|down)\s+(?:by\s+)?)(?:(?:just|around|about|almost|nearly|some|over|under|more\s+than)\s+)?$", regex.I)


def _from_to_before(text: str, sents: _Sents, i: int) -> tuple[dict, dict] | None:
    """(earlier, current): the figures of "from A (in P) to B (in Q), a rise of [p]%" just before the change."""
    lo, _ = sents.of(i)
    if i - lo < 2:
        return None
    stats, p = sents.stats, sents.stats[i]
    a, b = stats[i - 2], stats[i - 1]
    if a["kind"] != b["kind"] or a["kind"] not in ("count", "money") or _is_year(a) or _is_year(b) or not a["value"]:
        return None
    if not (_FROM_BEFORE_FIGURE.search(text, max(0, a["number"]["start"] - 30), a["number"]["start"])
            and _TO_GAP.match(text[a["span"]["end"]:b["number"]["start"]])
            and _THEN_CHANGE.match(text[b["span"]["end"]:p["number"]["start"]])):
        return None
    return a, b


def _base_of(text: str, p: dict, later: list[dict]) -> dict | None:
    """The earlier figure of a percentage change, tied to it: "up 10% from 200", "54 per cent
    higher than in 2010/11 when there were 749". Only "to B" may come between them; another
    change ("... with increases from 1,110") or a turn ("... but was down from 1,752") means
    the figure belongs to something else."""
    for s in later:
        gap = text[p["span"]["end"]:s["span"]["start"]]
        if len(gap) > 80 or _TURN.search(gap) or _UP_SEARCH(gap, 25) or _DOWN.search(gap, 25):
            return None
        if s["kind"] == "count" and not _is_year(s) and _WHEN_THERE_WERE.search(gap[-40:]):
            return s
        if not (s["kind"] == "count" and _TO.search(gap[-10:])):
            return None  # another figure between them, not the "to B" of the change
    return None


def _current(text: str, sents: _Sents, i: int, base: dict, later: list[dict]) -> tuple[dict | None, bool]:
    """The figure a percentage change describes, and whether the text ties it to the change:
    "to 260" in its clause; the count just before it in its sentence ("260, up 10% on 200");
    the last count of the sentence before when its own sentence refers back ("... 792. This was
    an increase of 9% ..."). Failing those, untied: the nearest earlier count of the same
    measure and area ("a total of 1,154 registered ... The number of sex offenders ... is 54
    per cent higher"), which may pass but never fail."""
    stats, p = sents.stats, sents.stats[i]
    for s in later:
        if s is not base and s["kind"] == "count" and not _is_year(s) and \
                _TO.search(text[max(0, s["span"]["start"] - 8):s["span"]["start"]]):
            return (s, True) if _compatible(s, base) else (None, False)
    lo, _ = sents.of(i)
    if lo < i:
        s = stats[i - 1]
        gap = text[s["span"]["end"]:p["span"]["start"]]
        if s["kind"] == "count" and not _is_year(s) and len(gap) <= 150 and not _TURN.search(gap) \
                and _compatible(s, base):
            return s, True
    prev = [s for s in _previous_sentence(text, sents, i) if s["kind"] == "count" and not _is_year(s)]
    if prev:
        return (prev[-1], True) if _compatible(prev[-1], base) else (None, False)
    want = words(base["measure"])
    for j in range(i - 1, max(-1, i - 1 - 4 * _NEAR), -1):
        s = stats[j]
        if p["number"]["start"] - s["number"]["end"] > 2000:
            break
        have = words(s["measure"])
        if s["kind"] == "count" and not _is_year(s) and s["area"] == base["area"] and want and have and \
                (len(want & have) >= 0.5 * len(want) or have <= want) and \
                not _NOT_LEVEL_BEFORE_SEARCH(text[max(0, s["span"]["start"] - 40):s["span"]["start"]]):
            return s, False
    return None, False


_FROM_TO = compiled(r"\bfrom\s+(?:\*\*)?([\d,]+)(?:\*\*)?.{0,40}?\bto\s+(?:\*\*)?([\d,]+)", regex.S)


def _change(text: str, sents: _Sents, i: int, p: dict, checks: _Checks) -> None:
    """"from 936 to 982, an increase of 46": both ends must be counts the extractor found (so
    never years: "from 2016 to 2017"), in the change's sentence, with no other figure between
    the change and them."""
    stats = sents.stats
    lo, hi = sents.of(i)
    lo, hi = max(lo, i - _NEAR), min(hi, i + 1 + _NEAR)
    counts = {s["number"]["start"]: k for k, s in enumerate(stats[lo:hi], lo)
              if s["kind"] == "count" and not _is_year(s)}
    wlo, whi = _sentence_window(text, p)
    best = None
    for m in _FROM_TO.finditer(text, wlo, whi, overlapped=True, timeout=timeout_for(text)):
        ka, kb = counts.get(m.start(1)), counts.get(m.start(2))
        if ka is None or kb is None or kb != ka + 1:
            continue  # an end that is not a count, or another figure between the two
        if kb + 1 == i or ka - 1 == i:  # the change just after "to B" or just before "from A"
            best = (stats[ka], stats[kb])
    if best is None:
        return
    a, b = best
    expected = abs(b["value"] - a["value"])
    q = (p.get("qualifier") or "").lower()
    if q in _AT_LEAST:  # "decreased by over 1,600 from 45,247 to 43,587": 1,660 is over 1,600 (but not twice it)
        ok = p["value"] - _tolerance(p) <= expected <= 2 * p["value"]
    elif q in _AT_MOST:
        ok = expected <= p["value"] + _tolerance(p)
    elif q in _JUST_UNDER:  # "nearly 1,700" for 1,660: a little under it
        ok = 0.95 * p["value"] - _tolerance(p) <= expected <= p["value"] + _tolerance(p)
    else:
        ok = abs(expected - p["value"]) <= _tolerance(p)
    checks.add("change", "pass" if ok else "fail", [p, a, b], expected, p["value"], _tolerance(p),
               f"{_fmt(b['value'])} − {_fmt(a['value'])} = {_fmt(b['value'] - a['value'])}; the text says {_fmt(p['value'])}")


# --- shares -------------------------------------------------------------------------------------------

_SHARE_WORDS = compiled(r"^\s*(?:per cent|percent|%)?\s*of\b|\bmade up\b|\baccount(?:ed|s|ing)? for\b|\bshare\b", regex.I)
_RATIO_OF = compiled(r"^\s*of\s+(?:all|the)\b", regex.I)
#: The share's own whole: "half of the 400 cases", "30% of all 1,962".
_OF_WHOLE = compiled(r"^\s*(?:per cent|percent|%)?\s*of\s+(?:the\s+|all\s+(?:the\s+)?|a total of\s+)?(?:\*\*)?$", regex.I)
#: A part and its whole: "982 of the 1,962", "1,658 votes cast out of an electorate of 13,091".
_PART_OF = compiled(r"^(?:\*\*)?\s*(?:[\w'’-]+\s+){0,3}?(?:out\s+of|of)\s+(?:the\s+(?:total\s+of\s+)?|all\s+(?:the\s+)?|"
                         r"a\s+total\s+of\s+|an?\s+[\w-]+\s+of\s+)?(?:\*\*)?$", regex.I)
#: A whole and its part: "1,962 MAPPA offenders for Thames Valley includes 982".
_INCLUDES = compiled(r"^[^.;\d]{0,100}\binclud(?:es|ed|e|ing)\s+(?:\*\*)?$", regex.I)
#: "Of them, 7,880 ...": the whole is the last figure of the sentence before.
_OF_THEM = compiled(r"^[\W_]*of\s+(?:them|these|those|this|which)\s*,?\s*(?:\*\*)?$", regex.I)
#: "Of the 400 cases, 120 ...".
_OF_THE = compiled(r"^[\W_]*of\s+(?:the|all(?:\s+the)?)\s+(?:\*\*)?$", regex.I)
#: A part set beside its share: "120 cases, or 30% of the 400", "120 (30% of the 400)".
_SET_BESIDE = compiled(r"^(?:\*\*)?[^\d.;]{0,30}?(?:,|\(|–|—|\s-\s)\s*(?:or\s+|which is\s+|that is\s+|"
                            r"representing\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+)?(?:\*\*)?$", regex.I)
_APPOSITIVE = compiled(r"^(?:\*\*)?[^\d.;]{0,40}?[,(–—-]\s*(?:\*\*)?$")
#: Qualifiers that bound a figure from below or from above.
_AT_LEAST = {"more than", "over", "at least", "just over", "upwards of", "in excess of"}
_AT_MOST = {"fewer than", "less than", "under", "at most", "up to", "below"}
#: a bound just above the true figure: "nearly 1,700" for 1,660
_JUST_UNDER = {"nearly", "almost", "just under"}


def _counts(stats: list[dict]) -> list[dict]:
    return [s for s in stats if s["kind"] == "count" and not _is_year(s)]


def _relation(text: str, near: list[dict], before: list[dict]) -> tuple[dict, dict] | None:
    """The last (part, whole) that consecutive figures of ``near`` (a few figures of one
    sentence) state: "X of the Y", "X out of Y", "Y ... includes X", "Of the Y ..., X"; or
    "Of them, X", the whole the last count of ``before`` (the sentence just before)."""
    found = None
    for a, b in zip(near, near[1:]):
        if a["kind"] != "count" or b["kind"] != "count" or _is_year(a) or _is_year(b):
            continue
        gap = text[a["span"]["end"]:b["span"]["start"]]
        if _PART_OF.search(gap) and a["value"] <= b["value"]:
            found = (a, b)
        elif _INCLUDES.search(gap) and b["value"] <= a["value"]:
            found = (b, a)
        elif a["span"]["start"] - a["sentence"]["start"] < 30 and b["value"] <= a["value"] and \
                _OF_THE.search(text[a["sentence"]["start"]:a["span"]["start"]]) and _APPOSITIVE.search(gap):
            found = (b, a)
    counts = _counts(near)
    if found is None and counts and counts[0]["span"]["start"] - counts[0]["sentence"]["start"] < 30 and \
            _OF_THEM.search(text[counts[0]["sentence"]["start"]:counts[0]["span"]["start"]]):
        whole = _counts(before)[-1:]
        if whole and counts[0]["value"] <= whole[0]["value"]:
            found = (counts[0], whole[0])
    return found


def _part_whole(text: str, sents: _Sents, i: int) -> tuple[dict, dict] | None:
    """The part and whole a share is tied to: its own whole ("half of the 400 cases, 120"),
    a part and whole stated next to it in its sentence, or in the sentence before when its
    own refers back ("... includes 982. This represents half of all cases")."""
    stats, p = sents.stats, sents.stats[i]
    lo, hi = sents.of(i)
    nxt = stats[i + 1] if i + 1 < hi else None
    if nxt is not None and nxt["kind"] == "count" and not _is_year(nxt) and \
            _OF_WHOLE.search(text[p["span"]["end"]:nxt["span"]["start"]]):
        after = stats[i + 2] if i + 2 < hi else None
        if after is not None and after["kind"] == "count" and \
                _APPOSITIVE.search(text[nxt["span"]["end"]:after["span"]["start"]]):
            return after, nxt
        prev = stats[i - 1] if i > lo else None
        if prev is not None and prev["kind"] == "count" and not _is_year(prev):
            if _SET_BESIDE.search(text[prev["span"]["end"]:p["span"]["start"]]):
                return prev, nxt
        return None
    near_lo = max(lo, i - _NEAR)
    rel = _relation(text, stats[near_lo:min(hi, i + 1 + _NEAR)], _sentence_before(text, sents, lo) if near_lo == lo else [])
    if rel is not None:
        return rel if any(lo <= k < hi and (stats[k] is rel[0] or stats[k] is rel[1]) for k in (i - 1, i + 1)) else None
    prev = _previous_sentence(text, sents, i)
    if prev:
        plo = sents.of(i - 1)[0]
        return _relation(text, prev, _sentence_before(text, sents, plo))
    return None


def _shares(text: str, stats: list[dict], checks: _Checks) -> None:
    sents = _Sents(stats)
    for i, p in enumerate(stats):
        if p["kind"] not in ("ratio", "percentage"):
            continue
        checks.tick()
        frac = p["value"] / 100 if p["kind"] == "percentage" else p["value"]
        after = text[p["span"]["end"]:p["span"]["end"] + 20]
        lead = text[max(p["sentence"]["start"], p["number"]["start"] - _WINDOW):p["number"]["start"]]
        if not 0 < frac < 1 or (p["kind"] == "percentage" and not _SHARE_WORDS_SEARCH(after + " " + lead)):
            continue
        if p["kind"] == "ratio" and not _RATIO_OF.search(after[:15]):
            continue
        got = _part_whole(text, sents, i)
        if got is None:
            continue
        part, whole = got
        if whole["value"] <= 0:
            continue
        _share(text, checks, p, frac, part, whole)


def _share(text: str, checks: _Checks, p: dict, frac: float, part: dict, whole: dict) -> None:
    expected = part["value"] / whole["value"]
    tol = 0.005 if p["kind"] == "percentage" else 0.05
    qualifier = (p.get("qualifier") or "").lower()
    if qualifier in _APPROX or rx(r"\b(?:almost|about|around|roughly|exactly)\b", regex.I).search(
            text[max(0, p["number"]["start"] - 25):p["number"]["start"]]):
        tol = max(tol, 0.02)
    if qualifier in _AT_LEAST:
        ok, said = expected >= frac - tol, "at least"
    elif qualifier in _AT_MOST:
        ok, said = expected <= frac + tol, "at most"
    else:
        ok, said = abs(expected - frac) <= tol, "about"
    checks.add("share", "pass" if ok else "fail", [p, part, whole], expected, frac, tol,
               f"{_fmt(part['value'])} / {_fmt(whole['value'])} = {expected:.3f}, "
               f"{'consistent with' if ok else 'not'} the stated {p['span']['text']} ({said} {frac:.3f})")


# --- the same thing stated twice -------------------------------------------------------------------

#: Words just before a figure that make it something other than a level of its measure: a
#: baseline ("compared to 108", "up from 110", "rose from four to six") or a change ("an extra
#: 110", "rose by 40", "an increase of 46").
_NOT_LEVEL_BEFORE = compiled(r"\b(?:compared\s+(?:with|to)|from|than|against|versus|vs\.?|extra|further|"
                                  r"(?:rose|risen|rise|rising|fell|fallen|fall|falling|increased?|decreased?|dropped|"
                                  r"grew|grown|up|down|cut|reduced|went up|gone up)\s+by|"
                                  r"additional|another|(?:increase|rise|fall|drop|decrease|reduction|jump|growth)\s+of|"
                                  r"up|down)\s+(?:\*\*)?$", regex.I)
_NOT_LEVEL_AFTER = compiled(r"^(?:\*\*)?\s*(?:more|fewer|less|extra|additional|higher|lower)\b", regex.I)
#: A figure for a whole country, beside a local one: "1.09 million incidents across England".
_NATIONWIDE = compiled(r"\b(?:England|Wales|Scotland|Britain|UK|United Kingdom|(?i:nationally|national|"
                            r"nationwide|across the country|country as a whole))\b")
_ACRONYM = compiled(r"\b[A-Z]{2,6}s?\b")
#: The end of the clause a figure opens.
_CLAUSE_END = compiled(r"[.;:,()\n\t–—]|\s-\s|\b(?:but|and|while|whereas|compared|up|down)\b")
#: Words of a clause that say nothing about what is counted: pronouns, auxiliaries, time and place.
_NOT_MEASURE = frozenset(
    "a an the of in on at to for by with from as into over under this these those that which who whom whose what "
    "it its they their them there here is are was were be been being has have had do does did will would can could "
    "may might must shall should not no also still now then than so such very just only some all each every "
    "year years month months week weeks day days last previous current period quarter time end start "
    "county area city force region district borough town country local "
    "january february march april may june july august september october november december".split())
_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "i": "1", "ii": "2", "iii": "3", "iv": "4"}


def _tag_name(m) -> str:
    return f"{m.group(1).lower()} {_NUMBER_WORDS.get(m.group(2).lower(), m.group(2).lower())}"


def _is_level(text: str, s: dict) -> bool:
    """A count stated as a level of its own measure: not a year, not a baseline or a change
    ("compared to 108", "an extra 110"), and its measure stated where it is (most of the
    measure's words in its own sentence, or it is a table's cell under its heading), not
    carried over from another sentence ("The figure jumped to 3,156")."""
    if _is_year(s):
        return False
    if _NOT_LEVEL_BEFORE_SEARCH(text[max(0, s["span"]["start"] - 40):s["span"]["start"]]) or \
            _NOT_LEVEL_AFTER.search(text[s["span"]["end"]:s["span"]["end"] + 20]):
        return False
    if _row(text, s)[1]:
        return True
    want = {w for w in content_words(s["measure"]) if not w.isdigit() and w not in _NUMBER_WORDS} - \
        {"level", "tier", "category", "band", "stage", "grade", "phase"}
    if not want:
        return False
    window = text[max(s["sentence"]["start"], s["number"]["start"] - 300):min(s["sentence"]["end"], s["number"]["end"] + 300)]
    found = want & _window_words(window)
    if len(found) >= 0.6 * len(want):
        return True  # (the acronyms of the window could only add to these)
    return len(found | (want & _acronym_words(window, s["measure"]))) >= 0.6 * len(want)


@lru_cache(maxsize=64)
def _window_words(window: str) -> frozenset[str]:
    """``content_words(window)``, read once for the figures of one sentence (a short sentence is the
    window of each of its figures)."""
    return frozenset(content_words(window))


def _acronym_words(window: str, measure: str) -> set[str]:
    """The measure's words an acronym in the window stands for: "RSOs" for "registered sex offenders"."""
    ordered = [w for w in rx(r"[a-z0-9&]+").findall(measure.lower()) if w not in _STOP]
    out: set[str] = set()
    for m in _ACRONYM.finditer(window):
        letters = m.group().lower().rstrip("s") if len(m.group()) > 2 else m.group().lower()
        for k in range(len(ordered) - len(letters) + 1):
            if "".join(w[0] for w in ordered[k:k + len(letters)]) == letters:
                out |= content_words(" ".join(ordered[k:k + len(letters)]))
    return out


def _said_of(text: str, s: dict, area_name: str) -> set[str]:
    """What the clause a figure opens says of it, less time and place words: "94 drivers who
    failed the breath test had been involved in a collision" → driver, failed, breath, test,
    involved, collision."""
    chunk = text[s["number"]["end"]:s["number"]["end"] + 120]
    m = _CLAUSE_END.search(chunk)
    chunk = chunk[:m.start()] if m else chunk
    kept = [w for w in rx(r"[a-z0-9&]+").findall(chunk.lower()) if w not in _NOT_MEASURE and not w.isdigit()]
    return words(" ".join(kept)) - content_words(area_name)


def _bounds(s: dict) -> tuple[float, float]:
    """The values a figure allows: "more than 500" is 500 up, "nearly 600" up to 600."""
    v, q = s["value"], (s.get("qualifier") or "").lower()
    if q in _AT_LEAST:
        return v, float("inf")
    if q in _AT_MOST:
        return 0.0, v
    if q in ("almost", "nearly", "just under"):
        return 0.9 * v, v
    if q in _APPROX:
        return 0.97 * v, 1.03 * v
    return v, v


def _restated(text: str, stats: list[dict], areas: dict, periods: dict, checks: _Checks) -> None:
    """Counts of the same measure for the same area, period and "Level N" tag: they must agree.
    Only levels count (``_is_level``: not baselines, changes or carried-over measures). Only
    figures in the same (area, tag, period) group are compared, so a long report's
    hundreds of counts do not make a quadratic number of comparisons; within a group, figures
    worded alike are each compared with the first of them (a statement repeated 4,000 times
    makes 3,999 checks, not 8 million), and differently worded ones pairwise up to MAX_PAIRS."""
    groups: dict[tuple, list[tuple[dict, set[str]]]] = {}
    for s in stats:
        if s["kind"] != "count" or not s["measure"] or s["period"] is None:
            continue
        checks.tick()
        period = periods[s["period"]]["value"]
        if period is None or not _is_level(text, s):
            continue
        ws = words(s["measure"])
        tag = _tag(text, s)
        if tag:
            ws = {w for w in ws if not w.isdigit() and w not in _NUMBER_WORDS} - \
                {"level", "tier", "category", "band", "stage", "grade", "phase"} | {tag}
        if len(ws) >= 2:
            groups.setdefault((s["area"], tag, period, s.get("unit")), []).append((s, ws))
    for group in groups.values():
        # the same words: each restatement against the first statement (one check each, not
        # one per pair); different but close wordings: their first statements, pairwise, capped
        buckets: dict[frozenset, list[dict]] = {}
        for a, wa in group:
            buckets.setdefault(frozenset(wa), []).append(a)
        for same in buckets.values():
            for b in same[1:]:
                _restatement(text, checks, same[0], b, areas)
        firsts = [(wa, same[0]) for wa, same in buckets.items()]
        pairs = ((firsts[i], other) for i in range(len(firsts)) for other in firsts[i + 1:])
        for (wa, a), (wb, b) in itertools.islice(pairs, MAX_PAIRS):
            checks.tick()
            if len(wa & wb) / len(wa | wb) >= 0.75:
                _restatement(text, checks, a, b, areas)


def _doubt(text: str, a: dict, b: dict, areas: dict) -> str | None:
    """Why two disagreeing statements may not be of one thing, or None when nothing says so."""
    if _bounds(a)[0] != _bounds(a)[1] or _bounds(b)[0] != _bounds(b)[1]:
        return "one of them is approximate"
    labels = [_closing_label(text, s) for s in (a, b)]
    if all(labels) and labels[0].lower() != labels[1].lower():
        return f"they are rows of a list or table with their own labels ({labels[0]}; {labels[1]})"
    window = [text[max(s["sentence"]["start"], s["number"]["start"] - 300):min(s["sentence"]["end"], s["number"]["end"] + 100)]
              for s in (a, b)]
    if bool(_NATIONWIDE.search(window[0])) != bool(_NATIONWIDE.search(window[1])):
        return "one of them may be a national figure"
    name = areas.get(a["area"], {}).get("name") or ""
    said = [_said_of(text, s, name) for s in (a, b)]
    for k in (0, 1):
        other = (b, a)[k]
        extra = said[k] - said[1 - k] - words(other["measure"]) - _acronym_words(
            text[other["sentence"]["start"]:other["sentence"]["end"]][:600], other["measure"] or "")
        if len(extra) >= 2:
            return f"one says more of what it counts ({', '.join(sorted(extra))})"
    return None


def _closing_label(text: str, s: dict) -> str | None:
    """The row label (:func:`_row_label`) of a short line that a figure closes ("Burglaries\t4,320",
    "Car thefts: 1,150", "| Leeds | 1,150 |"): two such rows with different labels count
    different things."""
    end = s["number"]["end"]
    line_end = text.find("\n", end, end + 25)
    if line_end < 0 and end + 25 < len(text):
        return None  # the figure does not close its line
    tail = text[end:line_end if line_end >= 0 else len(text)].strip(" \t|*%")
    label = _row_label(text, s).strip(" |*–£$€")
    return label if label and len(label) <= 80 and len(tail) <= 12 and any(ch.isalpha() for ch in label) else None


def _restatement(text: str, checks: _Checks, a: dict, b: dict, areas: dict) -> None:
    (alo, ahi), (blo, bhi) = _bounds(a), _bounds(b)
    same = alo <= bhi and blo <= ahi
    if _same_sentence(a, b) and not same:
        return  # two different figures of one sentence are set beside each other, not restated
    doubt = None if same else _doubt(text, a, b, areas)
    status = "pass" if same else "fail" if doubt is None else "unverifiable"
    checks.add("restated", status, [a, b], a["value"], b["value"], 0,
               f"“{a['measure']}” is stated as {a['number']['text']} and, for the same area and period, "
               f"“{b['measure']}” as {b['number']['text']}"
               + ("" if same else ": the two disagree" if doubt is None else f"; they differ, but {doubt}"))


#: Every check, by kind: ``run(text, statistics, areas by id, periods by id, checks)`` appends
#: its results with ``checks.add``. A new check is a function above and a line here.
CHECKS = {
    "parts_total": lambda text, stats, areas, periods, out: _parts_total(text, stats, areas, out),
    "rate_count_population": lambda text, stats, areas, periods, out: _rates(text, stats, areas, periods, out),
    "ratio_rate": lambda text, stats, areas, periods, out: _ratio_rate(stats, out),
    "percentage_change": lambda text, stats, areas, periods, out: _changes(text, stats, out),
    "share": lambda text, stats, areas, periods, out: _shares(text, stats, out),
    "restated": lambda text, stats, areas, periods, out: _restated(text, stats, areas, periods, out),
}


#: the searches of patterns that mostly miss, behind their backward test (see :func:`extractor.rules.pretested`)
_UP_SEARCH = pretested(_UP)
_NOT_LEVEL_BEFORE_SEARCH = pretested(_NOT_LEVEL_BEFORE)
_SHARE_WORDS_SEARCH = pretested(_SHARE_WORDS)
