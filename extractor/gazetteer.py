"""The bundled area gazetteer: official names, types, GSS codes, force areas, populations.

Built by ``scripts/build_gazetteer.py`` from ONS and mySociety data (see README for the
attribution) into ``patterns/gazetteer.csv``; hand-written aliases in
``patterns/area_aliases.csv``. Loaded once per process.
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


@dataclass(frozen=True)
class Gazetteer:
    entries: tuple[Entry, ...]
    by_surface: dict[str, tuple[Entry, ...]]  # surface form (as written) -> candidate entries
    by_code: dict[str, Entry]

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
        for form in {surface, _fold(surface)}:
            bucket = surfaces.setdefault(form, [])
            if entry not in bucket:
                bucket.append(entry)

    for e in entries:
        add(e.name, e)
        if e.type == "police_force_area" and "&" in e.name:
            add(e.name.replace("&", "and"), e)
    for row in load_csv("area_aliases.csv"):
        entry = by_code.get(row["code"])
        if entry is None:
            entry = Entry(row["name"], row["type"], row["code"] or None, None, None)
        add(row["alias"], entry)
        if row["alias"].startswith("the "):
            add(row["alias"][4:], entry)
    return Gazetteer(tuple(entries), {k: tuple(v) for k, v in surfaces.items()}, by_code)
