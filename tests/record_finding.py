"""Shared by the link, measure and quote tests: what a record says of each statistic, read through the
Python API as a user would. Not a test module."""

PUB = "2024-07-20"


def links(ex, text, published=PUB):
    """(number text, area name, period value) of each statistic, in text order."""
    rec = ex.extract(text, published=published)
    areas = {a["id"]: a["name"] for a in rec["areas"]}
    periods = {p["id"]: p["value"] for p in rec["periods"]}
    return [(s["number"]["text"], areas.get(s["area"]), periods.get(s["period"])) for s in rec["statistics"]]


def link_of(ex, text, number, published=PUB, nth=0):
    found = [row for row in links(ex, text, published) if row[0] == number]
    assert len(found) > nth, (number, links(ex, text, published))
    return found[nth]


def areas(ex, text):
    """(name, type, code) of each area of the record, in its order."""
    return [(a["name"], a["type"], a["code"]) for a in ex.extract(text)["areas"]]


def measures(ex, text, by="span"):
    """{the statistic's span text (or its number's text, ``by="number"``): its measure}"""
    return {s[by]["text"]: s["measure"] for s in ex.extract(text)["statistics"]}


def check(ex, text, surface, measure, by="span"):
    got = measures(ex, text, by)
    assert got.get(surface) == measure, got


def speakers(ex, text):
    """(speaker, role, organisation) of each full quotation, in order."""
    out = []
    for q in ex.extract(text)["quotes"]:
        if q.get("partial"):
            continue
        sp = q["speaker"]
        out.append((sp["name"] or sp["description"], sp["role"], sp["organisation"]))
    return out
