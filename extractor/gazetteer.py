"""The bundled area gazetteer: official names, types, GSS codes, force areas, populations.

Built by ``scripts/build_gazetteer.py`` from ONS and mySociety data (see README for the
attribution) into ``patterns/gazetteer.csv``; hand-written aliases in
``patterns/area_aliases.csv``; towns (no GSS code, but a parent council and force area) in
``patterns/towns.csv``; when recently created councils' codes came into force in
``patterns/area_history.csv``; Scotland's and Northern Ireland's councils and English councils
abolished since 2019 in ``patterns/gazetteer_more.csv``. Loaded once per process.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .rules import load_csv

TYPES = ("country", "nation", "region", "police_force_area", "county", "local_authority",
         "city_or_town", "sub_area", "other")


@dataclass(frozen=True)
class Entry:
    name: str
    type: str
    code: str | None
    pfa_code: str | None
    population: int | None
    parent: str | None = None  # a town's local authority code


@dataclass(frozen=True)
class Gazetteer:
    entries: tuple[Entry, ...]
    by_surface: dict[str, tuple[Entry, ...]]  # surface form (as written) -> candidate entries
    by_code: dict[str, Entry]
    history: dict[str, tuple[str, str, str | None]]  # code -> (in force from YYYY-MM-DD, type and code before)
    ended: dict[str, str] = None  # code of an abolished council -> the date it ceased (YYYY-MM-DD)
    guarded: dict[str, Entry] = None  # a council's bare name that is also a word ("Eden") -> the council

    def as_of(self, entry: Entry, date: str | None, older_code: bool = True) -> Entry:
        """The entry as it stood on ``date``: a council created later ("North Yorkshire" before
        April 2023) becomes the older area of that name (the county, with its own code where the
        record has one); a council abolished before ``date`` ("Mendip" in 2024) keeps its name
        without a code. ``older_code`` False: the older area keeps no code (a date the text only
        implies does not make the code unambiguous)."""
        if not date:
            return entry
        ended = (self.ended or {}).get(entry.code or "")
        if ended is not None and date >= ended:
            return Entry(entry.name, "other", None, entry.pfa_code, None)
        since = self.history.get(entry.code or "")
        if since is None or date >= since[0]:
            return entry
        return Entry(entry.name, since[1], since[2] if older_code else None, entry.pfa_code, None)

    def candidates(self, surface: str) -> tuple[Entry, ...]:
        return self.by_surface.get(surface) or self.by_surface.get(_fold(surface), ())

    def population(self, code: str | None) -> int | None:
        entry = self.by_code.get(code or "")
        return entry.population if entry else None


def _fold(surface: str) -> str:
    return " ".join(surface.replace("’", "'").replace("–", "-").split()).lower()


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    entries = []
    for row in load_csv("gazetteer.csv"):
        if row["type"] not in TYPES:
            raise ValueError(f"gazetteer.csv: unknown type {row['type']!r}")
        entries.append(Entry(row["name"], row["type"], row["code"] or None, row["pfa_code"] or None,
                             int(row["population"]) if row["population"] else None))
    by_code = {e.code: e for e in entries if e.code}
    surfaces: dict[str, list[Entry]] = {}

    def add(surface: str, entry: Entry) -> None:
        if surface.endswith((", City of", ", County of")):
            return  # the record's inverted form ("Bristol, City of"), never written in text
        # "King's Lynn" is also written "King’s Lynn" (the matcher sees the form as written)
        for form in {surface, surface.replace("'", "’"), _fold(surface)}:
            bucket = surfaces.setdefault(form, [])
            if entry not in bucket:
                bucket.append(entry)

    for e in entries:
        add(e.name, e)
        if "&" in e.name:  # "Devon & Cornwall", written "Devon and Cornwall"
            add(e.name.replace("&", "and"), e)
        elif " and " in e.name and e.type != "nation":  # "Hammersmith and Fulham", written "Hammersmith & Fulham"
            add(e.name.replace(" and ", " & "), e)
    ended, guarded = {}, {}
    for row in load_csv("gazetteer_more.csv"):
        e = Entry(row["name"], row["type"], row["code"], row["pfa_code"] or None, None)
        entries.append(e)
        by_code[e.code] = e
        if row["valid_to"]:
            ended[e.code] = row["valid_to"]
        written = row["written"].split("|") if row["written"] else [e.name]
        # a name also a word or surname ("Eden": not in 'written'), or a short form marked "?" ("?Barrow"), is
        # matched only where the story reads it as a place (areas._guarded_councils)
        if e.name not in written and f"?{e.name}" not in written:
            guarded[e.name] = e
        guarded.update((w[1:], e) for w in written if w.startswith("?"))
        for surface in (w for w in written if not w.startswith("?")):
            add(surface, e)
            if " and " in surface:  # "Dumfries & Galloway"
                add(surface.replace(" and ", " & "), e)
    by_name = {e.name: e for e in entries if e.type == "local_authority"}
    for row in load_csv("towns.csv"):
        council = by_name.get(row["local_authority"])
        if council is None:
            raise ValueError(f"towns.csv: {row['town']!r}: unknown local authority {row['local_authority']!r}")
        add(row["town"], Entry(row["town"], "city_or_town", None, council.pfa_code, None, council.code))
    for row in load_csv("area_aliases.csv"):
        entry = by_code.get(row["code"])
        if entry is None:
            entry = Entry(row["name"], row["type"], row["code"] or None, None, None)
        add(row["alias"], entry)
        if row["alias"].startswith("the "):
            add(row["alias"][4:], entry)
            add("The" + row["alias"][3:], entry)  # (at the start of a sentence: "The north-east had ...")
    history = {}
    for row in load_csv("area_history.csv"):
        if row["code"] not in by_code or row["type_before"] not in TYPES:
            raise ValueError(f"area_history.csv: bad row {row}")
        history[row["code"]] = (row["valid_from"], row["type_before"], row.get("code_before") or None)
    return Gazetteer(tuple(entries), {k: tuple(v) for k, v in surfaces.items()}, by_code, history, ended, guarded)
