"""The bundled area gazetteer: official names, types, GSS codes, force areas, populations.

Built by ``scripts/build_gazetteer.py`` from ONS and mySociety data (see README for the
attribution) into ``patterns/gazetteer.csv``; hand-written aliases in
``patterns/area_aliases.csv``; towns (no GSS code, but a parent council and force area) in
``patterns/towns.csv``; when recently created councils' codes came into force in
``patterns/area_history.csv``. Loaded once per process.
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
    history: dict[str, tuple[str, str]]  # code -> (in force from YYYY-MM-DD, type before that)

    def as_of(self, entry: Entry, date: str | None) -> Entry:
        """The entry as it stood on ``date``: a council created later ("Buckinghamshire" before
        April 2020) becomes the older area of that name, without a code."""
        since = self.history.get(entry.code or "")
        if since is None or not date or date >= since[0]:
            return entry
        return Entry(entry.name, since[1], None, entry.pfa_code, None)

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
        if "," in surface:
            return
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
    history = {}
    for row in load_csv("area_history.csv"):
        if row["code"] not in by_code or row["type_before"] not in TYPES:
            raise ValueError(f"area_history.csv: bad row {row}")
        history[row["code"]] = (row["valid_from"], row["type_before"])
    return Gazetteer(tuple(entries), {k: tuple(v) for k, v in surfaces.items()}, by_code, history)
