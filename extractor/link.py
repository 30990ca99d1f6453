"""Link each statistic to an area, a period and a short measure.

Pure functions over the extracted lists (no spaCy objects): the subject area of the sentence,
a national frame ("Across England and Wales"), else the area named most recently before it in
the same paragraph, else the story's main area; the period named in its sentence, else the one
most recently named before it (within a short distance). A figure in a table or a list of rows
(:mod:`extractor.tables`) takes its period from its column heading, else its row label, the
table's title or the prose above the table, and its place from its row label, else its column
heading or the title; lines of figures under a line that only names a place ("Durham Police")
take that place. Each link records its rule.
"""
from __future__ import annotations

import bisect
import threading
from collections import Counter
from functools import lru_cache

import regex
from .regexes import compiled

from .components.periods import WEEKDAY_BEFORE, is_comparison_base, is_deadline
from .gazetteer import gazetteer
from .measure import assign as assign_measures, is_compared_figure, opposed_in_time
from .normalize import periods as norm
from .rules import alternation, lexicon, load_rules, may_say, pretested, rx, timeout_for
from .sentences import Sentences, line_start as _line_start_of
from .tables import Cell, cell_at, header_cells
from .types import AreaMention, Period, Statistic

_COMPARISON_FRAME = compiled(r"\b(?:average|than|compared|national|rest of|other|above|below|against|versus|"
                               r"highest|lowest|best|worst|biggest|largest|smallest|oldest|youngest|poorest|richest)\b[^.]*$",
                               regex.I)
#: the other side of a comparison named further after the figure than the frame above reaches: "[seven] percentage
#: points higher than last year's top rating authority, Sutton" (no other figure between)
_THAN_HOLDER = compiled(r"\b(?:higher|lower|more|fewer|less|above|below|better|worse|greater|bigger|smaller)\s+than\s+"
                             r"[^.;:()\d]{0,60}$", regex.I)


def _compared_holder_after(text: str, s: Statistic, a: AreaMention) -> bool:
    """Whether a place after the figure is the one it is compared with ("seven points higher than last year's top
    authority, Sutton"): not the figure's place."""
    return a.start - s.end > 30 and "than" in text[s.end:a.start] and bool(_THAN_HOLDER.search(text, s.end, a.start))


#: a place right after the figure it locates, whatever place the sentence named before: "rose
#: seven per cent in London, but dropped [10] per cent in West Yorkshire", "[29]% were by the
#: Metropolitan Police"
_PLACE_ATTACHED = compiled(
    r"\s+(?:(?!(?:and|or|but|while)\b)[a-z]+\s+)?(?:(?:were|was|are|is|happened|occurred|took\s+place|(?:were\s+|was\s+)?"
    r"recorded|reported)\s+)?(?:in|by|at|across|within)\s+(?:the\s+)?$")  # (not "[ and ]in Swindon": the next item)
#: a share's own place after what it is a share of: "Across England, [26]% of all burglaries were
#: recorded in London", "a third of the offences recorded by the police in Leeds"
_SHARE_ATTACHED = compiled(
    r"\s+of\s+(?:all\s+)?(?:the\s+|these\s+|those\s+)?(?:[a-z-]+\s+){1,3}?"
    r"(?:(?:were|was|are|is|being)\s+)?(?:recorded|reported|committed|logged|seen|registered|made|issued|happened|occurred)?\s*"
    r"(?:by\s+(?:the\s+)?[a-z]+\s+)?(?:in|at|within)\s+(?:the\s+)?$")
#: "the England average of 410", "the Wales rate": a place named as the other side of a comparison
_COMPARED_PLACE_AFTER = compiled(r"^\s+(?:average|rate|figure|total|mean)\b", regex.I)
#: "below the England and Wales average of 90": a yardstick, not what the paragraph is about
_AVERAGE_AFTER = compiled(r"\s+(?:average|mean)\b", regex.I)


#: "outside London", "outside of the capital", "(excluding London)", "except for Wales": the place a figure excludes
#: a place named as where a body sits, in apposition or a relative clause: "NHS England, based in London,",
#: "the charity, which is headquartered in Leeds," (not "most of them were based in Leeds": where a part is)
_SEAT = compiled(r"(?:,\s*|\b(?:which|who|that)\s+(?:is|are|was|were)\s+)(?:(?:also|now)\s+)?(?:based|headquartered)\s+(?:in|at)\s+(?:the\s+)?$", regex.I)


def _seat(text: str, a: AreaMention) -> bool:
    """The mention names where a body is based, not a place its figures are about."""
    window = text[max(0, a.start - 40):a.start]
    return ("based" in window or "headquartered" in window) and bool(_SEAT.search(text, max(0, a.start - 40), a.start))


#: a word each of :data:`_OUTSIDE`'s phrases holds (a cheap test before it)
_OUTSIDE_WORDS = ("outside", "exc", "apart", "aside", "other", "not")
_OUTSIDE = compiled(r"\b(?:outside|excluding|except|apart\s+from|aside\s+from|other\s+than|not\s+including|"
                         r"not\s+counting)\s+(?:of\s+|for\s+)?(?:the\s+)?$", regex.I)


def _excluded(text: str, a: AreaMention) -> bool:
    """The mention is a place the figures are outside of (:data:`_OUTSIDE`)."""
    return may_say(text[max(0, a.start - 20):a.start], _OUTSIDE_WORDS) and bool(_OUTSIDE.search(text, max(0, a.start - 20), a.start))


class ByStart:
    """Items with ``start`` (area mentions, periods) in text order, found by position in
    O(log n): linking a long document must not cost its length per statistic."""

    def __init__(self, items):
        self.items = sorted(items, key=lambda x: x.start)
        self.starts = [x.start for x in self.items]
        self.nations = [a for a in self.items if getattr(a, "type", None) in ("nation", "country")]
        self.keys = {getattr(a, "key", None) for a in self.items}

    def between(self, a: int, b: int) -> list:
        """The items that start in [a, b)."""
        return self.items[bisect.bisect_left(self.starts, a):bisect.bisect_left(self.starts, b)]

    def last_between(self, a: int, b: int, ok=lambda x: True):
        """The last item starting in [a, b) for which ``ok`` holds, or None."""
        i, j = bisect.bisect_left(self.starts, a), bisect.bisect_left(self.starts, b)
        for k in range(j - 1, i - 1, -1):
            if ok(self.items[k]):
                return self.items[k]
        return None


#: what may stand between a place and the wider place that locates it: "Bolsover in
#: Derbyshire", "Stockport, Greater Manchester", "Torbay on the Devon coast" (and "the North
#: East of England")
_LOCATOR_GAP = compiled(r"(?:,?\s+in(?:\s+(?:north|south|east|west|central|inner|outer)(?:[\s-]+(?:east|west))?)?|,|\s+on\s+the)\s+")
#: a council's word between a place and the wider place that locates it: "South Kesteven district council in
#: Lincolnshire", "South Lakeland local authority in Cumbria"
_COUNCIL_BEFORE_IN = compiled(r"^\s+(?:(?:district|borough|county|city|metropolitan\s+borough|unitary)\s+)?"
                                   r"(?:council|local\s+authority|authority)(?=,?\s+in\s)", regex.I)
#: a parenthesis that names a place's parts: "The area, which includes Bristol and Bath, counted 6,217"
_INCLUDES = compiled(r"(?:\b(?:which|that)\s+(?:includes?|covers?|contains?|spans?)|\b(?:including|covering|spanning|"
                          r"encompassing))\s+(?:the\s+)?$", regex.I)
_LIST_GOES_ON = compiled(r"\s*(?:,|and\b|or\b|&)\s*(?:and\s+)?(?:the\s+)?(?-i:[A-Z])")
_PARTS_CLOSE = compiled(r"\s*[,)–—]")
#: what separates the items of a list of places: "Wiltshire and Swindon", "Bristol, Bath and ..."
_LISTED = compiled(r"\s*(?:,|and|or|&)\s*(?:and\s+)?(?:the\s+)?")


def _contains(big: AreaMention, small: AreaMention) -> bool:
    """``big`` is a region or nation, or the force area or county ``small`` lies in."""
    if big.type in ("region", "nation", "country"):
        return small.type in ("local_authority", "city_or_town", "county", "police_force_area")
    gaz = gazetteer()
    entry = gaz.by_code.get(small.code or "") or next(
        (e for e in gaz.candidates(small.name) if e.type == small.type), None)
    if entry is None or not entry.pfa_code:
        return False
    force = big.code if big.type == "police_force_area" else next(
        (e.code for e in gaz.candidates(big.name) if e.type == "police_force_area"), None)
    if force is None and big.type == "county" and (half := _COMPASS_HALF.match(big.name)) is not None:
        # "Rother, East Sussex": a county that is one half of a force's area ("East Sussex" of Sussex)
        force = next((e.code for e in gaz.candidates(half.group(1)) if e.type == "police_force_area"), None)
    return force == entry.pfa_code and big.type in ("police_force_area", "county")


#: a county named as one half of a wider area: "East Sussex", "West Sussex", "North Yorkshire"
_COMPASS_HALF = compiled(r"(?:North|South|East|West)\s+(\w+)$")


def _locates(text: str, prev: AreaMention, a: AreaMention) -> bool:
    gap = text[prev.end:a.start]
    if "ouncil" in gap or "uthority" in gap:  # "South Kesteven district council in Lincolnshire", "X local authority in Y"
        gap = _COUNCIL_BEFORE_IN.sub("", gap, count=1)
    if gap in (" in ", ", in ") or (" in " in gap and _LOCATOR_GAP.fullmatch(gap)):
        return True
    if gap == " of ":  # "the North East of England"
        return prev.type == "region" and a.type == "nation"
    if not _LOCATOR_GAP.fullmatch(gap):
        return False
    if gap.endswith(" the "):
        return text.startswith(" coast", a.end)
    # "Stockport, Greater Manchester, completed": not a list ("Leeds, London, Manchester and ...")
    return _contains(a, prev) and not _LIST_GOES_ON.match(text, a.end)


def _parts(text: str, areas: list[AreaMention]) -> set[int]:
    """The indexes of places listed as the parts of another in a parenthesis ("which includes
    Bristol and Bath,"): they locate nothing and hold no figure."""
    out: set[int] = set()
    i = 0
    while i < len(areas):
        a = areas[i]
        if not _INCLUDES.search(text, max(0, a.start - 40), a.start):
            i += 1
            continue
        j = i
        while j + 1 < len(areas) and _LISTED.fullmatch(text, areas[j].end, areas[j + 1].start):
            j += 1
        if _PARTS_CLOSE.match(text, areas[j].end):
            out.update(range(i, j + 1))
        i = j + 1
    return out


def _without_locators(text: str, areas: list[AreaMention]) -> list[AreaMention]:
    """The mentions without those that only locate the place before them ("Bolsover in
    Derbyshire (37.9%)", "West Lindsey in Lincolnshire", "in Stockport, Greater Manchester,
    completed 70.3 per cent"): the figure is the first place's; nor those listed as a place's
    parts ("The area, which includes Bristol and Bath, counted 6,217")."""
    areas = sorted(areas, key=lambda a: a.start)
    parts = _parts(text, areas) if "clud" in text or "cover" in text or "spann" in text or "compass" in text else set()
    return [a for i, a in enumerate(areas)
            if i not in parts and not (i and areas[i - 1].key != a.key and _locates(text, areas[i - 1], a))]


#: the opening of a story about one region, county or area: "the average house price in the region"
_OWN_PLACE_WORDS = compiled(r"\b(?:in|across|for|within|throughout)\s+the\s+(?:region|county|area|borough|district|city|town)\b", regex.I)
#: a superlative shortly before a place: "The fastest growth was in [Tower Hamlets]", "the highest rate, in [Hull]"
_SUPERLATIVE_BEFORE = compiled(r"\b(?:highest|lowest|fastest|slowest|biggest|largest|smallest|worst|best|most|least|fewest)\b"
                               r"[^.;:!?]{0,40}$", regex.I)
#: a local story's word for its own place: "in the area last year", "across the borough", "the district's"
_LOCAL_REFERENCE = compiled(r"\b(?:in|across|for|within|throughout|around)\s+the\s+(?:area|borough|district|town|city)\b(?!\s+of\b)")


def main_area(areas: list[AreaMention], opening_end: int | None = None, text: str | None = None) -> AreaMention | None:
    """The story's area: the official sub-national area mentioned most (including in org names).
    A local story names its place in its opening (headline and lede, up to ``opening_end``): a
    place first named further down in a story that names a nation is one part of a national
    story ("... 9,860 in London" in a story about homelessness across England), whose area is
    the nation."""
    nation_mentions = [a for a in areas if a.code and a.type in ("nation", "country")]
    if text is not None and nation_mentions:
        # "Newport, Wales" locates a town; "the oldest district in England and Wales" and "for
        # comparison, the median age in England and Wales" measure a place against the nation:
        # neither makes a national story
        ordered = sorted(areas, key=lambda a: a.start)
        located = {id(b) for a, b in zip(ordered, ordered[1:])
                   if b.type in ("nation", "country") and a.key != b.key and _locates(text, a, b)}
        nation_mentions = [a for a in nation_mentions if id(a) not in located]
    national = Counter(a.key for a in nation_mentions if text is None or not _yardstick(text, a))
    folded: frozenset = frozenset()  # nations counted for the union that contains them
    if len(national) >= 2 and opening_end is not None:
        national, folded = _parts_to_whole(national, nation_mentions, opening_end)
    # a health body that holds figures (FORMAT: type "other") can be what a story is about
    local = [a for a in areas if (a.code and a.type not in ("nation", "country"))
             or (a.type == "other" and a.rule.startswith("organisation_area"))]
    bodies = [(b.start, b.end) for b in local if b.type == "other" and b.rule.startswith("organisation_area")]
    if bodies:
        # (not a place inside such a body's own name: "Sussex" in "University Hospitals Sussex NHS Foundation Trust")
        local = [a for a in local if not any(s <= a.start and a.end <= e and (s, e) != (a.start, a.end) for s, e in bodies)]
    counts = Counter(a.key for a in local)
    top_national = national.most_common(1)[0] if national else None
    # (a region named beside one place below it, "a 7.5 per cent increase in the South East", is the place's
    # setting: "the area" is still the place's)
    # (nor a place ranked: "The fastest growth was in Tower Hamlets")
    below_region = {a.key for a in local if a.type != "region" and not (
        text is not None and _SUPERLATIVE_BEFORE.search(text, max(0, a.start - 50), a.start))}
    local_story = text is not None and (len(counts) == 1 or len(below_region) == 1) and bool(_LOCAL_REFERENCE.search(text))
    if top_national and top_national[1] >= 2 and not local_story and (
            top_national[1] > max(counts.values(), default=0) or (
                # a tie with a place first named after the nation the opening names ("Census bulletins on people
                # in England and Wales ... London remains the most diverse region"): the nation's story, unless
                # the opening speaks of "the region" or one count is the nation as an average ("the England average")
                top_national[1] == max(counts.values(), default=0) and opening_end is not None
                and sum(1 for a in nation_mentions if (a.key == top_national[0] or a.key in folded)
                        and not _AVERAGE_AFTER.match(text, a.end, a.end + 12)) == top_national[1]
                # (named, not only inside a body's name: "NHS England data shows" names no nation's story)
                and (first_nation := min((a.start for a in nation_mentions if a.key == top_national[0] and not a.is_org),
                                         default=len(text))) < opening_end
                and all(first_nation < a.start for a in local)
                and not _OWN_PLACE_WORDS.search(text, 0, opening_end))) and not (
                opening_end is not None and text is not None
                and _peer_nations_only(text, areas, nation_mentions, opening_end)):
        # a national story that names a place or two ("fly-tipping across England ... in Chesterfield"),
        # unless it names one place only and speaks of "the area" or "the borough": a local story set
        # against its nation ("461 incidents ... in the area last year ... Across England, 1.09 million")
        return next(a for a in areas if a.key == top_national[0])
    if top_national and top_national[1] >= 2 and opening_end is not None and text is not None and local \
            and _nation_opens(text, areas, nation_mentions, top_national[0], local, opening_end):
        # "The number of offences involving knives recorded by police in England and Wales in 2019 was the
        # highest on record ... about a third of all the offences recorded in London ... London was an
        # exception": a story that opens on its nation, naming places only after its first paragraph, and never
        # speaks of "the area" or "the borough" as its own, is the nation's however often it names a city
        return next(a for a in areas if a.key == top_national[0])
    if not local:
        # a story that names no place but its nation ("83,840 children were in care in England"):
        # its unplaced figures are the nation's, unless the nation is named only inside an organisation's
        # name or as a yardstick ("outperformed the rest of England and Great Britain")
        if text is None:
            return None
        ordered = sorted((a for a in nation_mentions if not a.is_org), key=lambda a: a.start)
        aside = {id(a) for a in ordered if _yardstick(text, a) or _AVERAGE_AFTER.match(text, a.end, a.end + 12)
                 or text.endswith("rest of ", max(0, a.start - 12), a.start) or _CONTRAST_AFTER.match(text, a.end, a.end + 12)}
        # "the rest of England and Great Britain": places listed with a yardstick are yardsticks too
        aside |= {id(b) for a, b in zip(ordered, ordered[1:]) if id(a) in aside and _LISTED.fullmatch(text, a.end, b.start)}
        named = {a.key for a in ordered if id(a) not in aside}
        if len(named) >= 2 and opening_end is not None and len(
                opening := {a.key for a in ordered if a.key in named and a.start < opening_end}) == 1:
            # "childhood homelessness in England has rocketed ... Inflation has soared in the UK": the one
            # nation the opening names, not another named in passing further down
            named = opening
        # (named in the story's opening: not a nation first named in a closing line or a table)
        return next(a for a in ordered if a.key in named) if len(named) == 1 and (
            opening_end is None or any(a.start < opening_end for a in ordered if a.key in named)) else None
    type_of: dict = {}
    for a in local:
        type_of.setdefault(a.key, a.type)  # (the type of a key's first mention)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], -_SPECIFIC.get(type_of[kv[0]], 0)))[:3]
    key, n = ranked[0]
    if len(ranked) == 3 and n <= 2 * ranked[2][1]:
        # a round-up of many places ("Birmingham: 2,284 ... Mold: 483"): no one story area,
        # unless one of them holds all the others ("Mansfield, Ashfield and the rest of
        # Nottinghamshire"); a round-up of places all first named after the opening of a story that
        # names its nation ("Twenty-six hospital trusts are responsible for half of the national growth
        # ... The NHS in England ... Princess Alexandra Hospital Trust in Essex saw"): the nation
        found = _container(local, [k for k, _ in counts.items()])
        if found is None and opening_end is not None and nation_mentions and all(a.start >= opening_end for a in local):
            return _story_nation(text, areas, nation_mentions)
        return found
    first = next(a for a in local if a.key == key)
    if opening_end is not None and first.start >= opening_end and not nation_mentions and not local_story \
            and len(ranked) >= 2 and ranked[1][1] == n and text is not None and (
            second := next(a for a in local if a.key == ranked[1][0])).start - first.end < 200 \
            and "\n\n" not in text[min(first.end, second.end):max(first.start, second.start)]:
        # places all first named after the opening, as often as each other ("the highest increases have
        # been in Nottinghamshire CC ... and Wolverhampton City Council"): the story's figures before
        # them are none of theirs
        return None
    if opening_end is None or first.start < opening_end or not nation_mentions or local_story:
        return first
    if text is not None and _peer_nations_only(text, areas, nation_mentions, opening_end):
        # "The North West and Scotland were hardest hit": a nation first named after the opening, listed
        # beside a region as its peer, is one of the places a national round-up compares, not the story's
        # area; the figures of the opening are of neither
        return None
    return _story_nation(text, areas, nation_mentions) or first


def _peer_nations_only(text: str, areas: list[AreaMention], nation_mentions: list[AreaMention], opening_end: int) -> bool:
    """Whether every nation the story names outside organisations' names is first named after the
    opening, listed beside a region or another sub-national place ("the North West and Scotland",
    "Scotland, Wales and the South East")."""
    own = sorted((a for a in nation_mentions if not a.is_org), key=lambda a: a.start)
    if not own or own[0].start < opening_end:
        return False
    first = {}
    for a in own:
        first.setdefault(a.key, a)
    ordered = sorted((a for a in areas if not a.is_org), key=lambda a: a.start)
    for nation in first.values():
        i = next(i for i, a in enumerate(ordered) if a is nation)
        near = [b for b in ordered[max(0, i - 1):i] + ordered[i + 1:i + 2]
                if b.type not in ("nation", "country") and (b.code or b.type in ("region", "other"))]
        # (a region need not have a code: bare "Yorkshire", "the north-east" of a Scottish story)
        if not any(_LISTED.fullmatch(text, *((b.end, nation.start) if b.start < nation.start else (nation.end, b.start)))
                   for b in near):
            return False
    return True


#: the nations each union of nations is made of (ONS codes): England and Wales, Great Britain, the UK
_NATION_PARTS = {"K04000001": frozenset({"E92000001", "W92000004"}),
                 "K03000001": frozenset({"E92000001", "W92000004", "S92000003"}),
                 "K02000001": frozenset({"E92000001", "W92000004", "S92000003", "N92000002", "K04000001", "K03000001"})}


def _nation_opens(text: str, areas: list[AreaMention], nation_mentions: list[AreaMention], key, local: list[AreaMention],
                  opening_end: int) -> bool:
    """Whether the story's first paragraph of some length names the nation ``key`` (not as a yardstick nor
    inside an organisation's name), no other place is named before the end of that paragraph, and the
    story never speaks of "the area" or "the borough"."""
    first = min((a.start for a in nation_mentions if a.key == key and not a.is_org and not _yardstick(text, a)), default=None)
    if first is None:
        return False
    para_end = text.find("\n\n", first)
    para_end = len(text) if para_end < 0 else para_end
    if para_end >= opening_end or any(a.start < para_end for a in local):
        return False
    return not _LOCAL_REFERENCE.search(text)


def _parts_to_whole(national: Counter, nation_mentions: list[AreaMention], opening_end: int) -> tuple[Counter, frozenset]:
    """A story whose opening names a union of nations ("Divorces in England and Wales fell ...") and
    that names one of its parts only further down ("In Wales, 4,000 couples ...") is the union's
    story however often the part is named: the part's mentions count for the whole, as a region
    first named further down counts for its nation's story (see main_area). Also returns the keys of
    the parts counted for the whole (a tie in main_area counts their mentions as the whole's)."""
    first = {}
    for a in nation_mentions:
        first[a.key] = min(first.get(a.key, a.start), a.start)
    wholes = [k for k in national if k in _NATION_PARTS and first[k] < opening_end]
    if len(wholes) != 1:
        return national, frozenset()
    whole = wholes[0]
    parts = [k for k in national if k != whole]
    if not all(k in _NATION_PARTS[whole] and first[k] >= opening_end for k in parts):
        return national, frozenset()
    return Counter({whole: sum(national.values())}), frozenset(parts)


#: a sentence whose subject is an average of the place after it: "Average council tax bills in England will rise",
#: "The average price of a home in Wales is" (a noun between: not "the average in England", a yardstick; after the
#: leading " date 2019-03-27" line too)
_AVERAGE_SUBJECT = compiled(r"(?:^|[.!?][\"”’']?\s+|\n\s*|^\s*date\s+\d{4}-\d\d-\d\d\s+)(?:(?-i:The)\s+)?(?-i:Average)\s+(?:[a-z-]+\s+){1,5}?(?:in|across|for)\s+$")


def _average_subject(text: str, a: AreaMention) -> bool:
    """Whether a nation is the place of the average a sentence opens on (:data:`_AVERAGE_SUBJECT`)."""
    return "verage" in text[max(0, a.start - 70):a.start] and bool(
        _AVERAGE_SUBJECT.search(text, max(0, a.start - 70), a.start))


def _story_nation(text: str | None, areas: list[AreaMention], nation_mentions: list[AreaMention]) -> AreaMention | None:
    """The nation a story names most often outside organisations' names and comparisons, or None."""
    nations = Counter(a.key for a in nation_mentions if not a.is_org
                      and not (text is not None and _yardstick(text, a, ("comparison",)) and not _average_subject(text, a)))
    return next(a for a in areas if a.key == nations.most_common(1)[0][0]) if nations else None


#: a paragraph of at least this many words is part of a story's opening (a byline or a
#: "PUBLISHED: 07:00 30 January 2017" line is not)
_OPENING_WORDS = 6
_OPENING_PARAGRAPHS = 2


def opening_end(text: str, first_figure: int = 0) -> int:
    """Where a story's opening ends: after its first two paragraphs of some length from the one
    that states its first figure (the lede and the next), so a headline, a standfirst or a
    byline before them does not push the lede out of it."""
    pos, seen = (i + 2 if (i := text.rfind("\n\n", 0, first_figure)) >= 0 else 0) if first_figure else 0, 0
    while pos < len(text):
        brk = text.find("\n\n", pos)
        end = len(text) if brk < 0 else brk
        if len(text[pos:end].split(None, _OPENING_WORDS)) >= _OPENING_WORDS:
            seen += 1
            if seen == _OPENING_PARAGRAPHS:
                return end
        if brk < 0:
            break
        pos = brk + 2
    return len(text)


def _container(local: list[AreaMention], keys: list) -> AreaMention | None:
    """The mentioned police force area (or the county of the same name) that every other
    mentioned council lies in, or None."""
    gaz = gazetteer()
    first = {a.key: a for a in reversed(local)}
    for key in keys:
        big = first[key]
        if big.type not in ("police_force_area", "county"):
            continue
        force = big.code if big.type == "police_force_area" else next(
            (e.code for e in gaz.candidates(big.name) if e.type == "police_force_area"), None)
        inside = [first[k] for k in keys if k != key]
        if force and inside and all(
                a.type in ("local_authority", "city_or_town") and a.code in gaz.by_code
                and gaz.by_code[a.code].pfa_code == force for a in inside):
            return big
    return None


#: Between places named equally often, the story is about the smaller one ("one Hertfordshire
#: borough ... Welwyn Hatfield Council had 146 families").
_SPECIFIC = {"local_authority": 3, "city_or_town": 3, "sub_area": 3, "police_force_area": 2, "county": 1, "region": 0}


def link(text: str, stats: list[Statistic], areas: list[AreaMention], periods: list[Period],
         sentences: Sentences | None = None, check=None, quoted: list[tuple[int, int]] | None = None) -> None:
    """Set each statistic's area (key), period (the Period object), measure and link rules.
    ``check`` is called every 200 statistics (the document's time budget); ``quoted``: the
    (start, end) of the document's quotations (a speaker's words set no story period)."""
    sentences = sentences or Sentences(text)
    _MEMO.baselines = {}
    _MEMO.asides = {}
    _MEMO.local_ref = None
    _MEMO.paragraph_places = None
    periods = [p for p in periods if not publication_time(text, p)]
    _promote_holders(text, areas, stats, sentences)
    # (not a place the figures are outside of: "a drop of 3.2 per cent outside London"; nor a body's seat: "NHS
    # England, based in London, said 62% of trusts ...")
    places = ByStart([a for a in _without_locators(text, [a for a in areas if not a.is_org])
                      if not _excluded(text, a) and not _seat(text, a)])
    orgs = ByStart([a for a in areas if a.is_org])
    # (nor is an excluded place the story's: "visits by people from outside the UK rose to 572,000")
    story = _story_area(text, [a for a in areas if not _seat(text, a) and not _excluded(text, a)],
                        opening_end(text, min((s.num_start for s in stats), default=0)))
    # a story that names its nation more than once is a national story: its unplaced figures
    # are the nation's, not those of a place named in passing in the paragraph before
    national_story = story is not None and story.type in ("nation", "country") and sum(
        1 for a in areas if a.key == story.key and not a.is_org) >= 2
    story_period = main_period(text, stats, periods, sentences, quoted or [])
    starts = sorted(s.num_start for s in stats)
    dated = ByStart(periods)
    # the periods a statistic may take from an earlier sentence: resolved, and not a baseline
    # (nor the period of a figure listed after "compared with" or "up from": "compared with 850 the year before and
    # 790 in 2021", "up from 1,711 deaths and 21,728 injuries in the previous year")
    since = "since" in text  # (a cheap guard before the "since" pattern of each period)
    usable = ByStart([p for p in periods if p.value and not _is_baseline(text, p) and not _last_event(text, p)
                      and not _event_period(text, p)
                      and _aside_start(text, p) is None and not (
        ("ompared" in (window := text[max(0, p.start - 100):p.start]) or "from " in window)
        and _COMPARED_LIST_PERIOD.search(text, max(0, p.start - 100), p.start)) and not (since and _since_base(text, p))])
    frames = _national_frames(text)
    cells: dict[int, Cell | None] = {}  # each statistic's table cell, read once for the period, place and measure
    for n, s in enumerate(stats):
        if check is not None and n % 200 == 199:
            check()
        s_start, s_end = sentences.at(s.num_start)
        cell = cells[id(s)] = cell_at(text, s.num_start)
        if cell is not None and cell.rows < 2:
            cell = None  # one line with a bar or a colon ("Knife crime up 20% | Leeds Live") is no table
        if cell is None or not _table_area(text, s, cell, places, story):
            _link_area(text, s, places, story, s_start, s_end, starts, sentences, orgs, national_story, cell is not None,
                       frames)
            if n and s.area_rule in _CARRIED_AREA:
                _refers_back(text, s, stats[:n], s_start, sentences)
        if cell is None or not _table_period(text, s, cell, dated, usable, sentences):
            _link_period(text, s, dated, usable, s_start, s_end, story_period, sentences, starts)
            if n and s.period_rule in _CARRIED_PERIOD and " of " in text[s.num_end:s.num_end + 24] \
                    and _PART_OF_THEM.match(text, s.num_end, s.num_end + 24):
                _part_of_previous(text, s, stats[:n], s_start, sentences)
        if n and text[max(0, s.start - 4):s.start].lower() == "the " and _THE_N_FIGURE.match(text, s.end, s.end + 40):
            _restated_figure(s, stats[:n])
    _national_size(stats, places, sentences, cells)
    assign_measures(text, stats, lambda _text, pos: sentences.at(pos), check, cells)


#: a sentence that opens by pointing back to the one before: "This falls short of ...", "That is ..."
_POINTS_BACK = compiled(r"\s*(?:This|That|It|These|Those)\s+(?:is|was|are|were|falls?|fell|remains?|remained|compares?|"
                             r"compared|means?|meant|represents?|represented|puts?)\b")


def _refers_back(text: str, s: Statistic, before: list[Statistic], s_start: int, sentences: Sentences) -> None:
    """"The national proportion ... was 74.6 per cent. This falls short of the [75] per cent target": a
    sentence that points back to the one before, naming no place, is about that sentence's figures, so when
    all of them are national or placeless it is too (not a place carried from paragraphs before); one placed
    figure there ("Across Kent, 51.4% ..., compared to a national average of 53.4%. This represents an
    increase ...") keeps the carried place."""
    if not _POINTS_BACK.match(text, s_start, s_start + 30):
        return
    prev_start, _ = sentences.at(max(0, s_start - 1))
    prev = [t for t in before if prev_start <= t.num_start < s_start]
    if prev and all(t.area_rule and (t.area_rule.startswith("area.national") or t.area_rule.startswith("area.none"))
                    for t in prev):
        s.area, s.area_rule = prev[-1].area, "area.refers_back"


#: the rules of a period carried from outside the figure's sentence
_CARRIED_PERIOD = frozenset({"period.story", "period.same_paragraph", "period.release_snapshot"})
#: a figure that counts a part of the figures before: "[85] of them were placed outside the county", "[12] of
#: those were", "Some [40] of these"
_PART_OF_THEM = compiled(r"(?:\s+[a-z]+)?\s+of\s+(?:them|those|these)\b(?!\s+(?:who|which|that|in|aged)\b)", regex.I)


def _part_of_previous(text: str, s: Statistic, before: list[Statistic], s_start: int, sentences: Sentences) -> None:
    """"640 children started to be looked after during the year to March 2021, compared with 702 in 2019-20.
    Some [85] of them were placed outside the county": a part of the figures of the sentence just before,
    with no period of its own, is of the period of that sentence's first figure (a flow's part is of the
    flow's year), not the story's snapshot day nor a compared figure's."""
    prev_start, _ = sentences.at(max(0, s_start - 1))
    head = None
    for st in reversed(before):
        if st.num_start < prev_start:
            break
        if st.num_start < s_start:
            head = st
    if head is not None and head.period is not None and head.period is not s.period:
        s.period, s.period_rule = head.period, "period.part_of_previous"


#: a figure named as a figure: "the [146] households figure", "the [2.4%] figure" (after "the")
_THE_N_FIGURE = compiled(r"(?:\s*(?:%|per\s+cent|percent|m|bn|k|million|billion))?(?:\s+[\w’'-]+){0,3}?\s+(?:figure|total|tally)\b")


def _restated_figure(s: Statistic, before: list[Statistic]) -> None:
    """"Welwyn Hatfield Council had records of 146 families ... between April and June this year ... A
    report to a council meeting next week (Monday, October 24) describes the [146] households figure as a
    large increase": a figure named again as "the N ... figure" is the one stated before with that value,
    of its period and place (not the day of the meeting that discusses it)."""
    first = next((t for t in reversed(before) if t.value == s.value and t.kind == s.kind), None)
    if first is None:
        return
    # (a period or place its own sentence gives stays: "In Leeds, the 5 per cent figure was not reached until 2022")
    if s.period_rule is None or s.period_rule in _CARRIED_PERIOD or s.period_rule.startswith("period.none"):
        s.period, s.period_rule = first.period, "period.restated_figure"
    if s.area_rule is None or s.area_rule in _CARRIED_AREA or s.area_rule.startswith("area.none"):
        s.area, s.area_rule = first.area, "area.restated_figure"


#: the rules of an area carried from outside the figure's sentence
_CARRIED_AREA = frozenset({"area.previous_sentence", "area.previous_paragraph", "area.story"})
#: how many times the largest count a place's own sentences give it a carried count must be to be too big
#: for the place, and the least such a count may be
_NATIONAL_SIZE_TIMES = 5
_NATIONAL_SIZE_LEAST = 100_000


def _national_size(stats: list[Statistic], places: ByStart, sentences: Sentences, cells: dict) -> None:
    """"Unemployment in the West Midlands fell by 12,000 to 221,000 ... The number of people claiming
    jobseeker's allowance fell by 34,600 to 1.17 million": a count five times the largest the text
    gives the place in sentences that name it is of national size, not the place's; it and the other
    carried figures of its sentence are the nation's (the one the text names, else none)."""
    own: dict[str, float] = {}
    flagged: set[tuple[int, int]] = set()
    national_keys = {a.key for a in places.nations}
    for s in stats:
        if s.area is None or s.kind != "count" or cells.get(id(s)) is not None or s.area in national_keys:
            continue
        if s.area_rule in _CARRIED_AREA:
            big = max(s.value, s.high or 0)
            if big >= _NATIONAL_SIZE_LEAST and s.area in own and big >= _NATIONAL_SIZE_TIMES * own[s.area]:
                flagged.add(sentences.at(s.num_start))
        elif s.area_rule and s.area_rule.startswith("area.same_sentence"):
            own[s.area] = max(own.get(s.area, 0), s.value, s.high or 0)
    if not flagged:
        return
    nation = places.nations[0].key if len(national_keys) == 1 else None
    for s in stats:
        if s.area_rule in _CARRIED_AREA and s.area not in national_keys and sentences.at(s.num_start) in flagged:
            s.area, s.area_rule = nation, "area.national_size"


#: a column of changes ("Change (%)", "+/-", "Annual change", "% rise"): dated by the newest period of the header
_CHANGE_HEADING = compiled(r"\b(?:change|increase|decrease|rise|fall|difference|growth|movement)\b|^\W*\+\s*/\s*-\W*$", regex.I)


def _usable_in(periods: ByStart, text: str, span: tuple[int, int] | None) -> list[Period]:
    """The resolved periods wholly inside ``span`` that are no comparison's baseline."""
    if span is None:
        return []
    return [p for p in periods.between(span[0], span[1]) if p.value and p.end <= span[1] and not _is_baseline(text, p)]


def _in_bracket(text: str, start: int, pos: int) -> bool:
    """A bracket opened between ``start`` and ``pos`` is still open at ``pos``."""
    return text.rfind("(", start, pos) > text.rfind(")", start, pos)


def _table_period(text: str, s: Statistic, cell: Cell, periods: ByStart, usable: ByStart, sentences: Sentences) -> bool:
    """Date a figure in a table by its column heading's period ("2021-22" over "1,200"), a change
    column's by the newest period of the header ("Change (%)" beside "2021-22 | 2022-23"), else by
    its row label's (years down the side), else by the table title's ("Households in temporary
    accommodation, 31 March 2023"), else by the prose just above the table; a list row ("Mold:
    483 (460)") by its title's only. A period in the cell itself ("1,350 (2023)") is left to the
    sentence rules, and so is a cell none of these date. Returns whether it set the period."""
    own_end = text.find(" |", s.num_end, s.num_end + 60) if cell.sep == "|" else -1
    if periods.between(s.num_end, own_end if own_end >= 0 else s.num_end + 1) or s.period_rule:
        return False
    found, rule = None, None
    heading = _usable_in(periods, text, cell.heading)
    if not heading and cell.heading_parts:  # "Year to" over "March 2024": a period over the heading's lines
        top = cell.heading_parts[0][0]
        heading = [p for p in _usable_in(periods, text, (top, cell.heading[1])) if p.end > cell.heading[0]]
    if heading:
        found, rule = max(heading, key=lambda p: (p.value or "")[:10]), "period.table_column"
    elif cell.heading is not None and (s.direction is not None or _CHANGE_HEADING.search(text, *cell.heading)):
        header = [p for a, b in header_cells(text, cell) for p in _usable_in(periods, text, (a, b))]
        if header:
            found, rule = max(header, key=lambda p: (p.value or "")[:10]), "period.table_newest_column"
    if found is None and cell.label is not None and not cell.is_list and (label := _usable_in(periods, text, cell.label)):
        found, rule = label[-1], "period.table_row"
    if found is None and cell.title is not None:
        # a title's period in brackets dates the rows' bracketed figures ("open caseloads at each
        # court (and the corresponding figure for 2024)" over "Mold: 483 (460)"), one outside them all
        bracketed = _in_bracket(text, cell.label[1] if cell.label else _line_start_of(text, s.num_start), s.num_start)
        title = [p for p in _usable_in(periods, text, cell.title) if _in_bracket(text, cell.title[0], p.start) == bracketed]
        if title:
            found, rule = title[-1], "period.table_title"
    if found is None and not cell.is_list:
        # the prose just above the table ("For 2023 to 2024, we have ...\n\nBand | Council tax (£)")
        top = cell.title[0] if cell.title is not None else cell.block
        frame = usable.last_between(max(0, sentences.blank_line_before(max(0, sentences.blank_line_before(top)))), top)
        if frame is not None:
            found, rule = frame, "period.table_frame"
    if found is None:
        return False
    s.period, s.period_rule = found, rule
    return True


def _table_area(text: str, s: Statistic, cell: Cell, places: ByStart, story: AreaMention | None) -> bool:
    """Place a figure in a table by its row label ("Leeds | 1,200"), else its column heading (places
    across the top, years down the side), else the table title's one place ("Recorded crime in
    Kent by district"). A row with no place of its own in a table whose rows are places ("East |
    Up 1.6%" among regions) has none; nor does a cell of a table without places whose title names
    none: it is left to the sentence rules (the story's place, a "Total" row). Returns whether it
    set the area."""
    def one(span):
        if span is None:
            return None
        found = {a.key: a for a in places.between(span[0], span[1]) if a.end <= span[1]}
        return next(iter(found.values())) if len(found) == 1 else None
    for span, rule in ((cell.label, "area.table_row"), (cell.heading, "area.table_column")):
        if (a := one(span)) is not None:
            s.area, s.area_rule = a.key, rule
            return True
    if cell.label is not None and not _TOTAL_ROW.match(text[cell.label[0]:cell.label[1]]) and any(
            _label_place(text, cell, a) for a in places.between(cell.block, cell.block_end)):
        s.area, s.area_rule = None, "area.table_row_unplaced"
        return True
    if (a := one(cell.title)) is not None:
        s.area, s.area_rule = a.key, "area.table_title"
        return True
    return False


def _story_area(text: str, areas: list[AreaMention], opening: int) -> AreaMention | None:
    """:func:`main_area`, with the places that label the rows of a table or list read apart: a
    place that only labels a row is the row's, not the story's ("London | £512,000"), and a
    story that names its own place twice or more outside such a list ("Lincolnshire County
    Council paid ..." above "1. Surrey – £632,239") is that place's, not a round-up."""
    story = main_area(areas, opening, text)
    if story is not None and story.type not in ("nation", "country") and (
            mentions := [a for a in areas if a.key == story.key and not a.is_org]) and all(
            _no_carry(text, a) or _TOP_HOLDER.search(text, max(0, a.start - 70), a.start) for a in mentions):
        # a place named only as where a part of the figures is ("The vast majority – 72% – of these
        # households were in London"), where a change was driven from ("driven by larger increases in
        # the North East") or as a ranking's scope is not the story's
        areas = [a for a in areas if a.key != story.key]
        story = main_area(areas, opening, text)
    rows = {id(a) for a in areas if _row_label_place(text, a)}
    if not rows:
        return story
    rest = [a for a in areas if id(a) not in rows]
    alt = main_area(rest, opening, text)
    if alt is not None and sum(1 for a in rest if a.key == alt.key) >= 2:
        return alt
    if story is not None and all(id(a) in rows for a in areas if a.key == story.key):
        return None
    return story


#: a place named as where a part of a whole is: "72% of these households were in London", "most of
#: them were based in Leeds", "placed ... by London councils"
_PART_PLACE = compiled(r"\b(?:of\s+(?:these|those|them|which|all)|majority|minority|most|share|proportion)\b[^.;:]{0,60}?"
                            r"\b(?:were|was|are|is|lived|live|based|placed|found|located)\s+(?:[a-z]+\s+)?in\s+(?:the\s+)?$", regex.I)
_BODIES_OF_PLACE = compiled(r"\s+(?:councils|authorities|boroughs|forces|trusts|hospitals|schools)\b")


def _part_place(text: str, a: AreaMention) -> bool:
    """The mention names the place of a part of the story's figures, or the bodies of a place, not a
    place the story is about."""
    return bool(_BODIES_OF_PLACE.match(text, a.end, a.end + 20)) or (
        " in" in text[max(0, a.start - 12):a.start] and bool(_PART_PLACE.search(text, max(0, a.start - 100), a.start)))


def _row_label_place(text: str, a: AreaMention) -> bool:
    """The place is the label of a row of a table or list ("Dorset | 4,210", "Whitby: 41,000"), a row
    with a figure: not a title that only dates its release ("Exclusions in England: 2018/19" over
    "Headline facts and figures - 2018/19")."""
    cell = cell_at(text, a.start)
    if cell is None or cell.column != 0 or cell.rows < 2 or cell.in_header:
        return False
    end = text.find("\n", a.end)
    rest = text[a.end:end if end >= 0 else len(text)]
    return _DIGIT.search(rest) is not None and _DIGIT.search(_YEARS.sub("", rest)) is not None


#: years and financial or academic years ("2018/19", "2023-24", "2021"): no figure of a row
_DIGIT = compiled(r"\d")
_YEARS = compiled(r"\b(?:19|20)\d\d(?:\s*[/–-]\s*(?:19|20)?\d\d)?\b")


def _label_place(text: str, cell: Cell, a: AreaMention) -> bool:
    """The place opens its line: it is a row's label."""
    start = _line_start_of(text, a.start)
    return (cell.header is None or start != cell.header[0]) and not text[start:a.start].strip(" \t|-•*0123456789.)")


_TOTAL_ROW = compiled(r"^[ \t*]*(?:grand\s+)?(?:total|all|overall|sum)\b", regex.I)
_NATIONAL = compiled(r"\b(?:national(?:\s+\w+)?\s+(?:average|figures?|rate|total|caseload|level|proportion|share|picture|"
                       r"increase|rise|fall|decrease|drop|growth|decline|reduction)|national\s+(?:unemployment|jobless\s+total|claimant\s+count)|"
                       r"nationally|nationwide|across the country|"
                       r"the country as a whole)\b", regex.I)
#: a word each of :data:`_NATIONAL`'s phrases holds (a cheap test before it over a paragraph)
_NATIONAL_WORDS = ("nation", "country")
#: "the largest decreases nationally", "the highest rise in the country": the nation is the scope of a
#: ranking of places, not the place of the figure
_RANKED_NATIONALLY = compiled(r"\b(?:{})\b(?:\s+[\w-]+){{0,3}}\s+$".format(
    "highest|lowest|largest|biggest|smallest|worst|best|fastest|slowest|steepest|sharpest|greatest|most|least"), regex.I)
#: "lower than the national average increase of nine per cent", "compared to a national rise of 15%": a
#: national yardstick set beside a local figure (it frames its own figure, not the clause after it)
_NATIONAL_YARDSTICK = compiled(r"\b(?:than|compared\s+(?:with|to)|against|versus|beside|above|below)\s+(?:the\s+|a\s+)?$", regex.I)
#: ... a comparison between a figure and the national words after it: the nation is the yardstick
_YARDSTICK_BETWEEN = compiled(r"\b(?:than|compared|comparison|against|versus|while|whereas|but|above|below)\b", regex.I)
#: a clause that joins after a yardstick's figure: "..., and down from 46,496 in 2007"
_NEXT_CLAUSE_JOIN = compiled(r",\s*(?:and|but|while|whereas)\b|\s[–—-]\s|;")
#: figures in a list that share the place named after the last: "an 11% rise in burglary and 20% in
#: robbery in Lincolnshire" (not "141 in Gwent, 163 in Dyfed-Powys": each has its own)
#: The items may carry an article and a longer noun: "a 22 per cent rise in weapons possession, a 20
#: per cent rise in violence against the person, and a 15 per cent increase in vehicle offences in
#: North Yorkshire" (not a place inside an item: "141 in Gwent, 163 in Dyfed-Powys")
_SHARED_PLACE_GAP = compiled(
    r"(?:\s*(?:%|per\s*cent|percent))?(?:\s+[a-z-]+){0,6}"
    r"(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:an?\s+)?[£$€]?\d[\d,.]*(?:\s*(?:%|per\s*cent|percent))?(?:\s+[a-z-]+){0,6}?){1,3}?"
    r"\s+(?:in|across|for)\s+(?:the\s+)?")
#: bodies in general ("a priority for local authorities", "councils issued 69,000 fines"): a sentence about
#: them with no place of its own is not about the story's one place
_SHARED_REACH = 200
_GENERAL_BODIES = compiled(r"\b(?:local\s+authorities|councils|police\s+forces|constabularies|(?:NHS|hospital)\s+trusts)\b", regex.I)


#: a local part of the figure given after it: "– 47 of the breaches were recorded in West Yorkshire"
_PART_AFTER = compiled(r"[–—;,]\s*(?:and\s+)?(?:just\s+|only\s+)?\d[\d,]*\s+of\s+(?:the|these|those|them)\b[^.;]{0,80}?\bin\s+(?:the\s+)?[A-Z]")
#: ... or opening the next sentence: "Ten of those breaches were recorded in Northamptonshire."
_PART_NEXT = compiled(r"\s*(?:[A-Z][a-z]+(?:-[a-z]+)?|\d[\d,]*)\s+of\s+(?:those|these|them)\b[^.;]{0,80}?\bin\s+(?:the\s+)?[A-Z]")
_UNIT_REFERENCE = compiled(r"\b(?:his|her|their|its|the|that|this|(?-i:[A-Z][\w-]+)[’']s)\s+(constituency|ward|division)\b", regex.I)
_UNIT_RULES = {"constituency": ("sub_area.constituency",), "ward": ("sub_area.ward",),
               "division": ("sub_area.compass_division", "sub_area.named_unit")}


def _named_unit(places: ByStart, unit: str, pos: int) -> AreaMention | None:
    """The last constituency (ward, division) named before ``pos``, else the first named after."""
    ok = lambda a: a.rule in _UNIT_RULES[unit]  # noqa: E731
    before = places.last_between(0, pos, ok)
    if before is not None:
        return before
    return next((a for a in places.between(pos, pos + 1500) if ok(a)), None)


_CLAUSE_JOIN = compiled(r"^[^.;]*?\b(?:and|while|whilst|whereas|but)\s+(?:the\s+)?$", regex.I)
_CLAUSE_VERB = compiled(r"^\s+(?:(?i:police|constabulary|(?:county\s+|borough\s+|city\s+|district\s+)?council)\s+)?"
                             r"(?:had|has|have|recorded|records|saw|sees|reported|was|were|is|are|came|stood)\b")


#: a line of figures under a heading line is short: its figure is this near its end
_FIGURE_LINE = 80
#: how many lines up a line of figures looks for the line that heads it
_HEADING_REACH = 8
#: what may stand beside the name on a heading line: "Durham Police", "Leeds City Council:", "In Kent"
_HEADING_REST = compiled(r"[\s:*#•–—-]*(?:(?i:in|for|the)\s+)?[\s:*#•–—-]*")
_HEADING_TAIL_WORDS = compiled(r"[\s:*#•–—-]*(?:(?i:police|constabulary|council|county\s+council|city\s+council|"
                                    r"borough\s+council|district\s+council|fire\s+and\s+rescue(?:\s+service)?|area))?[\s:*#•–—-]*")


def _heading_line(text: str, line_start: int, places: ByStart, orgs: ByStart) -> AreaMention | None:
    """The place named alone on a line above a run of lines of figures ("Durham Police", "Kent:"),
    with nothing but lines of figures between (a blank line or two allowed; a line of prose, a
    heading of another kind or a line naming two places ends the search)."""
    end, blanks = line_start, 0
    for _ in range(_HEADING_REACH):
        if end <= 0:
            return None
        start = _line_start_of(text, end - 1)
        line = text[start:end - 1]
        end = start
        if not line.strip():
            blanks += 1
            if blanks > 2:
                return None
            continue
        if len(line) > 80:
            return None
        named = sorted(places.between(start, start + len(line)) + orgs.between(start, start + len(line)), key=lambda x: x.start)
        if named and _HEADING_REST.fullmatch(text, start, named[0].start) and \
                _HEADING_TAIL_WORDS.fullmatch(text, named[-1].end, start + len(line)):
            if len({a.key for a in named}) == 1:
                return named[0]
            if all(_LISTED.fullmatch(text, a.end, b.start) for a, b in zip(named, named[1:])):
                return _NO_PLACE  # "Kent and Sussex": figures about two places at once have none
        if not any(ch.isdigit() for ch in line) or named:
            return None  # a line of prose (or of another place's figures) ends the run of figures
    return None


#: what :func:`_heading_line` returns for a heading that names several places
_NO_PLACE = AreaMention(key="", name="", type="other", code=None, start=-1, end=-1, rule="")


#: what stands between a figure and the body it is at: "[1,500] at", "[42] cases at the"
_AT_BODY = compiled(r"(?:\s+[a-z]+){0,2}\s+(?:at|in)\s+(?:the\s+)?")


#: the force, council or fire service word after a place inside a body's name ("West Midlands| Police", "Kent| County
#: Council", "Cambridgeshire| Fire and Rescue Service")
_BODY_WORD = compiled(r"\s+(?:Police(?:\s+Service)?|Constabulary|(?:(?:County|City|Borough|District|Metropolitan\s+Borough)\s+)?Council|"
                        r"(?:County\s+)?Fire\s+(?:(?:and|&)\s+Rescue(?:\s+(?:Service|Authority))?|Service|Authority|Brigade))\b")
#: a body that holds figures, told by the verb before it ("crimes recorded by [West Midlands] Police",
#: "offences reported to [Kent] Police") ...
_HELD_BY_BEFORE = compiled(r"\b(?:recorded|reported|logged|investigated|handled|dealt\s+with|received|issued|attended|"
                                r"carried\s+out|seized|spent|collected|cared\s+for|looked\s+after|housed|supported)\s+(?:by|to)\s+(?:the\s+)?$",
                                regex.I)
#: ... or after it ("[North Wales] Police saw a rise of 12 per cent", "[Dorset] Council spent £2m")
#: (the lexicon's holding verbs, the areas' too, and a few of this rule's own)
#: ... or its figure right after it, the verb left out in a list ("South Yorkshire Police answered 17%, [Durham] Police
#: 41%, North Yorkshire 44%")
_HOLDS_AFTER = compiled(r"(?:\s+[–—-])?\s+(?:has\s+|have\s+|had\s+)?(?:" + alternation(lexicon("holding_verbs")) +
                             r"|investigated|dealt\s+with|looked\s+after|cared\s+for|housed|charging|charges|levied|levies|"
                             r"levying|recycling|answered)\b|\s+(?:(?:just|only|almost|nearly|around|about)\s+)?[£$€]?\d"
                             # a council's own decision on its tax or budget: "Kent County Council will raise council tax
                             # by 2.99%", "Durham County Council's cabinet is recommended to agree a 2.99% increase"
                             r"|(?:\s+(?:will|would|is\s+to|is\s+set\s+to|plans\s+to|has\s+agreed\s+to|agreed\s+to|voted\s+to|"
                             r"is\s+proposing\s+to|proposes\s+to|wants\s+to|intends\s+to))?\s+(?:raise[sd]?|raising|increase[sd]?|"
                             r"freeze|freezes|froze|frozen|approved?|approves|agreed?|agrees|set|sets|budgeted|needs?\s+to\s+save)\b"
                             r"|['’]s\s+(?:cabinet|executive|budget|share|finance|council\s+tax|precept)\b"
                             # its own figure after a possessive: "Gloucestershire Constabulary’s establishment is [1,060]",
                             # "Essex Police’s recording of [1,660] offences"
                             r"|['’]s\s+(?:[a-z][\w-]*\s+){1,3}?(?:is|was|were|are|of|stood\s+at|stands\s+at|totalled|reached)\s+"
                             r"(?:(?:just|only|almost|nearly|around|about|some|more\s+than|over)\s+)?[£$€]?\d")


def _promote_holders(text: str, areas: list[AreaMention], stats: list[Statistic], sentences: Sentences) -> None:
    """A force or council that holds a figure counts as a place (FORMAT): "a rise of two per cent in
    crime recorded by West Midlands Police", "North Wales Police saw a rise of 12 per cent". Such a
    mention of a body's name becomes a place mention (so the record lists the place even when the
    text never names it otherwise); a body that only speaks ("said Kent Police") stays a body."""
    starts = None
    for a in areas:
        if not a.is_org or not a.code or a.type not in ("police_force_area", "local_authority", "county"):
            continue
        body = _BODY_WORD.match(text, a.end, a.end + 40)
        if body is None:
            continue
        if not (_HELD_BY_BEFORE.search(text, max(0, a.start - 40), a.start)
                or _HOLDS_AFTER.match(text, body.end(), body.end() + 30)
                or _OWN_FINANCES.match(text, body.end(), body.end() + 100)):
            continue
        if starts is None:
            starts = sorted(s.num_start for s in stats)
        lo, hi = sentences.at(a.start)
        if bisect.bisect_left(starts, lo) < bisect.bisect_left(starts, hi):  # it holds a figure of its sentence
            a.is_org = False


#: a body's own money named after it in its clause: "if Worcestershire County Council is to avoid a projected
#: overspend of £12.5m", "services at Dorset Council are responsible for most of the authority's £10.1million
#: forecast overspend", "Dorset Council's £10m overspend": the council holds the figure (not one that only talks
#: about another's money: "Kent County Council criticised the Government over a £40m shortfall facing schools")
_OWN_FINANCES = compiled(r"['’]s\s+[£$€]?\d|(?:(?!\b(?:over|about|criticis\w*|condemn\w*|warn\w*|said|says|urged|blamed|facing)\b)"
                         r"(?:[^.;:!?\n]|(?<=\d)\.(?=\d))){0,90}?\b(?:overspend|overspent|underspend|underspent|deficit|shortfall|"
                         r"funding\s+gap|budget\s+gap|black\s+hole|savings|reserves|debts?)\b(?!\s+(?:facing|for|at|in|across)\s)", regex.I)


#: what stands between a figure and the force or council that holds it: "[25]% (12,755) were recorded by
#: the", "[5,188]) by", "[40] arrests made by" (not "said")
_BY_BODY = compiled(r"\)?(?:\s*%|\s+per\s*cent)?(?:\s*\([^()]{1,30}\))?(?:\s+[a-z]+){0,2}?"
                         r"\s+(?:(?:were|was|are|is|have\s+been|had\s+been)\s+)?(?:(?:recorded|reported|logged|made|issued|"
                         r"investigated|handled|dealt\s+with|carried\s+out|seized|spent|paid)\s+)?by\s+(?:the\s+)?")
#: "the national average of [69]", "a national rate of [12] per cent": a figure of the nation
_NATIONAL_VALUE = compiled(r"\bnational\s+(?:[a-z]+\s+)?(?:average|rate|figure|total|level|mean)\s+"
                                r"(?:of|was|is|stood\s+at|at)\s+(?:just\s+|around\s+|about\s+)?[£$€]?$", regex.I)
#: a figure restated in brackets right after another: "a third (34 per cent)"
_RESTATED = compiled(r"\s*\([^()]{1,40}\)")


def _share_of_place(text: str, s: Statistic, a: AreaMention, others_between) -> bool:
    """The share is of something the place after it holds ("26% of all burglaries were recorded in
    London"), with no other figure between (a figure restated in brackets aside) and no list of
    places after it."""
    start = s.end
    if (m := _RESTATED.match(text, s.end, a.start)) is not None:
        start = m.end()
    elif text.startswith(")", s.end) and _in_bracket(text, max(0, s.start - 40), s.start):
        start = s.end + 1  # the figure restated: "a third ([34] per cent) of"
    return text.startswith(" of ", start) and not others_between(start, a.start) \
        and bool(_SHARE_ATTACHED.match(text, start, a.start)) and not _LIST_GOES_ON.match(text, a.end)


#: a figure for the whole the story is about: "the regional figure", "the force-wide total" (not "overall",
#: which as often means the nation's after a local figure)
_WHOLE_FIGURE = compiled(r"\b(?:regional|force-?wide|county-?wide|city-?wide|area-?wide)\s+(?:figure|total|number|rate|count)\b",
                              regex.I)
#: an aside in dashes or brackets that describes the place before it: "– which comprises seven counties
#: from Swansea in the west to Cardiff in the east –", "(which covers Bath and Frome)"
_ASIDE = compiled(r"\s[–—]\s(?:which|that|where|stretching|covering|spanning|including|from)\b[^–—.;]*?\s[–—]\s"
                       r"|\((?:which|that|where|stretching|covering|spanning|including|from)\b[^()]*\)")
#: "[42] per cent nationally", "42% nationwide": a figure of the nation as a whole
_NATIONALLY_AFTER = compiled(r"\s*(?:per\s*cent\s+|percent\s+|%\s*|pc\s+)?(?:nationally|nationwide)\b", regex.I)
#: a count of councils, forces or trusts: units no council holds ("the top 90 local authorities", "44
#: councils in England"; not "33 wards", parts a council has)
_PEER_UNITS = compiled(r" +(?:(?:other|more|further|English|Welsh|Scottish|neighbouring|different|individual|"
                            r"police|fire|NHS|hospital|ambulance|acute)\s+)?(?:councils|(?:local\s+|unitary\s+)?authorities|"
                            r"forces|constabularies|trusts|counties|regions)\b")
#: "one of only [five] areas", "one of the [12] councils": a count of the places a place is one of
_ONE_OF = compiled(r"\bone\s+of\s+(?:only\s+|just\s+)?(?:the\s+)?$", regex.I)
_ONE_OF_UNITS = compiled(r" +(?:[\w-]+\s+){0,2}?(?:areas|places|councils|authorities|forces|constabularies|trusts|towns|"
                              r"cities|regions|counties|boroughs|districts|constituencies|wards)\b")
#: ... and the place that holds them right after: "44 local authorities in England"
_UNITS_IN = compiled(r" +(?:[\w-]+\s+){1,3}?(?:in|across|throughout)\s+(?:the\s+)?$")


def _bracket_closes(text: str, since: int, s: Statistic, a: AreaMention) -> bool:
    """The figure stands in a bracket opened after the place before it and closed before the
    place after it: "Kent (a 76% rise from 455 to [800]), Essex (...)" is Kent's figure."""
    return text.find(")", s.end, a.start) >= 0 and _in_bracket(text, since, s.num_start)


def _opens_clause(text: str, s: Statistic, a: AreaMention) -> bool:
    """The place after a figure is the subject of the next clause ("the figure was [802] while
    Northumbria had 1652", "a rate of [127], and North Yorkshire had 881", "(5,239 offences)
    and West Yorkshire Police were third"): not this figure's."""
    gap = text[s.num_end:a.start]
    return bool(_CLAUSE_JOIN.match(gap) and _CLAUSE_VERB.match(text[a.end:a.end + 20])) or (
        ", " in gap and bool(_JOIN_IN.search(gap)) and bool(_WHERE_AFTER.match(text, a.end, a.end + 12)))


#: "in Dudley, down 45 to 8,226 or [4.2] per cent, and in Walsall, where the count fell 47": a clause
#: of its own opens on the next place
_JOIN_IN = compiled(r",\s+(?:and|while|whilst|but|whereas)\s+(?:also\s+)?(?:in|at|across)\s+(?:the\s+)?$", regex.I)
_WHERE_AFTER = compiled(r"\s*,?\s+(?:where|which|whose)\b|\s+there\b")


#: how many paragraphs back a statistic with no place of its own looks for one: news paragraphs
#: are often one sentence ("Crime in Dorset is at a 15-year low.\n\nBurglary is down 4.9 per cent."); the look
#: back ends sooner at a paragraph that states no figure (a quote, a comment)
_PARAGRAPH_REACH = 6
#: where a person lives or an event happened nearby, or a figure's label in brackets, not what a
#: paragraph is about: "a sixth man, aged 62, of Newport", "stopped on the A1 near Sedgefield",
#: "minimum 46.1% (Manchester Central)"; nor is a place only the NER found (often a name)
_RESIDENCE = compiled(r",\s+(?:aged\s+)?(?:\d+\s*,\s*)?(?:of|from)\s+$|\bnear\s+$|\($")
#: "the area", "the county", "the force area", "the city" after a paragraph that names a place of that kind
_AREA_REFERENCE = compiled(r"\b(?:the|that|this)\s+(area|county|force area|police area|region|city|borough|district|town|"
                             r"local authority|authority)\b",
                                regex.I)
_REFERENCE_TYPES = {"area": ("police_force_area", "county", "local_authority", "city_or_town", "sub_area", "region", "other"),
                    "county": ("county", "local_authority", "police_force_area"), "region": ("region",),
                    "city": ("local_authority", "city_or_town"), "town": ("city_or_town", "local_authority"),
                    "borough": ("local_authority",), "district": ("local_authority",),
                    "authority": ("local_authority", "county")}
#: a row of a list or table labelled with a name ("Mold: 483 (460)", "Labour | 99 | 10.2%",
#: "17 Norwich City 7 2 0 5"): the row's own, not the place of the row above
_ROW_LABEL = compiled(r"[ \t*•-]*(?:\d+\.?[ \t]+)?[A-Z][^:|\t\n]{0,40}[:|\t]")
_NUMBER_RUN = compiled(r"-?\d[\d,.]*%?[ \t]+-?\d[\d,.]*%?[ \t]+-?\d")


def _row(text: str, line_start: int, pos: int) -> bool:
    """The line is a row of a list or table: a label and a colon, bar or tab before ``pos``, or
    a run of three numbers."""
    # (read at most 200 characters either side of the figure: a table row is short, and a line
    # of a megabyte must not cost its length for each of its figures)
    line_end = text.find("\n", pos, pos + 200)
    return bool((pos - line_start <= 200 and _ROW_LABEL.match(text, line_start, pos)) or _NUMBER_RUN_SEARCH(
        text, max(line_start, pos - 200), line_end if line_end >= 0 else min(len(text), pos + 200)))
#: a place named as the yardstick of a ranking or comparison: "one of the highest rates of
#: burglary in England and Wales", "when compared to the rest of England and Wales"
_YARDSTICK_WORDS = {"ranking": r"highest|lowest|worst|best|biggest|largest|smallest|fastest|slowest|oldest|youngest|hardest|"
                               r"poorest|richest|busiest|safest|(?<!\bat\s)most|(?<!\bat\s)least|ranked|ranks|ranking|league",
                    # ("than" before a figure is a figure's qualifier: "more than one million incidents
                    # were reported in England" measures nothing against England)
                    "comparison": r"average|compared|comparison|nationally|than(?!\s+(?:[£$€]?\d|(?:a|an|one|two|three|"
                                  r"four|five|six|seven|eight|nine|ten|half|double|twice)\b))"}
_YARDSTICK = {kind: compiled(rf"\b(?:{words})\b[^.;:!?]*\b(?:in|across|of|to|with|than|for|throughout)\s+(?:the\s+)?$", regex.I)
              for kind, words in _YARDSTICK_WORDS.items()}
#: ... or a place set beside the story's: "York, by comparison, has 120"
_YARDSTICK_AFTER = compiled(r",?\s+(?:by|in)\s+(?:comparison|contrast)\b|,?\s+for\s+comparison\b", regex.I)
#: a place set against the story's in passing: "In Wales, however, prices fell": it frames its own
#: paragraph, not the paragraphs after it nor the story
_CONTRAST_AFTER = compiled(r",\s+(?:however|though|meanwhile)\b", regex.I)
#: the place that holds a story's top figure: "the biggest monthly rise was in the North East"
_TOP_HOLDER = compiled(r"\b(?:highest|lowest|biggest|largest|smallest|fastest|slowest|sharpest|steepest|greatest)\s+"
                            r"(?:[\w-]+\s+){0,3}?(?:is|was|were|are|came|occurred|happened)\s+in\s+(?:the\s+)?$", regex.I)
#: the story's own body named in the statistic's sentence: "The council employs 14,000 staff"
_STORY_BODY = compiled(r"\b(?:[Tt]he|[Oo]ur)\s+(?:council|force|authority|trust|board|constabulary)\b")


#: a place named as where a change came from, inside its cause: "a 20 per cent drop ..., mainly driven by a
#: decrease in London", "driven by larger increases in the North East", "largely due to a rise in Kent"
_CAUSE_PLACE = compiled(r"\b(?:driven|caused|fuelled|fueled|explained|accounted\s+for)\s+(?:[a-z]+\s+){0,2}?by\b[^.;:()]{0,50}"
                             r"\b(?:in|at|across)\s+(?:the\s+)?$|\b(?:due|owing|thanks)\s+to\b[^.;:()]{0,50}\b(?:in|at|across)\s+(?:the\s+)?$",
                             regex.I)


#: the scope of a ranking right after its superlative, no verb between: "the lowest rate in the North
#: East", "one of the highest rates of burglary in England" (not "the biggest rise was in the North East",
#: which holds the figure)
_RANKING_SCOPE = compiled(r"\b(?:highest|lowest|worst|best|biggest|largest|smallest|fastest|slowest|poorest|richest|"
                               r"busiest|safest|(?<=\bthe\s)(?:most(?!\s+(?:recent|up[- ]to[- ]date|current|common|likely))|fewest|least))\b(?:\s+(?!(?:was|were|is|are|came|occurred|recorded|seen|saw|happened|being)\b)"
                               r"[\w-]+){0,4}\s+(?:in|across|of|throughout)\s+(?:the\s+)?$", regex.I)

#: a place ranked by what is said of it: "Manchester had the worst problem", "Hull was the second worst-hit",
#: "Kent recorded the highest number", "Leeds topped the table", "the Midlands and the North East are the worst affected"
_RANKED_SUBJECT = compiled(
    r"(?:\s+of\s+(?:England|Wales|Scotland))?(?:,[^,.;:!?\n]{1,40},)?\s+(?:also\s+)?(?:(?:had|has|have|recorded|records|saw|sees|was|were|is|are|reported|logged|"
    r"suffered|posted|registered)\s+(?:the\s+)?(?:(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))[\s-]+)?"
    r"(?:worst|highest|lowest|biggest|largest|smallest|most|fewest|best|greatest|sharpest|steepest)\b"
    r"|(?:topped|tops|top|headed|heads)\s+(?:the\s+)?(?:table|list|league|chart|rankings?)\b"
    r"|(?:came|comes|was|were|is|are)\s+(?:top|bottom|last)\b)", regex.I)

#: a ranking's national scope later in its sentence: "... the highest rate in the country", "... in England and Wales"
_NATIONAL_RANKING_SCOPE = compiled(r"[^.;!?\n]*?\b(?:(?:in|across|of)\s+(?:the\s+)?(?:country|nation|UK|United\s+Kingdom|"
                                        r"Britain|Great\s+Britain|England|Wales|Scotland|Northern\s+Ireland)\b|nationally|"
                                        r"of\s+any\s+(?:area|council|force|authority|region|county|place))", regex.I)


def _ranked_among_others(text: str, a: AreaMention) -> bool:
    """The place is ranked among the other places of a round-up ("Outside the capital, Manchester had the worst
    problem", "the Midlands and the North East are the worst affected"): its paragraph speaks of several
    places, framing no figure of the paragraphs after it. Not a place ranked against its nation ("Teesside
    has the highest rate in the country", "Thames Valley has the fifth lowest number in England and Wales"):
    a local story's own subject."""
    m = _RANKED_SUBJECT.match(text, a.end, a.end + 60)
    return m is not None and _NATIONAL_RANKING_SCOPE.match(text, m.end(), m.end() + 120) is None


def _cause_place(text: str, a: AreaMention) -> bool:
    """The place is named as where a change came from ("mainly driven by a decrease in London")."""
    window = text[max(0, a.start - 90):a.start]
    return ("riven" in window or "aused" in window or "uelled" in window or "ueled" in window or "xplained" in window
            or "ccounted" in window or " to " in window) and _CAUSE_PLACE.search(window) is not None


def _nation_before_story(text: str, places: ByStart, story: AreaMention, pos: int) -> AreaMention | None:
    """The nation named last before ``pos`` when the story's own place is first named after ``pos``
    (outside comparisons and rankings) and the story never speaks of "the area" or "the borough", else None."""
    if any(a.key == story.key for a in places.between(0, pos)):
        return None
    local_ref = getattr(_MEMO, "local_ref", None)
    if local_ref is None:
        local_ref = _MEMO.local_ref = bool(_LOCAL_REFERENCE.search(text))
    if local_ref:
        return None  # (a local story that speaks of "the area" or "the borough": its unplaced figures are its place's)
    return places.last_between(0, pos, lambda a: a.type in ("nation", "country") and not _yardstick(text, a))


def _no_carry(text: str, a: AreaMention) -> bool:
    """The place does not frame the figures of the sentences after its own: the scope of a ranking
    ("the lowest rate in the North East", "the most hate crimes in the East Midlands"), the place a change was
    driven by ("mainly driven by a decrease in London"), the place of a part ("72% of these households were in
    London"), of a case a total includes ("the total includes the 39 people found in a lorry in Grays") or of a
    compared figure ("911 incidents, compared to 537 in Derbyshire")."""
    return _RANKING_SCOPE.search(text, max(0, a.start - 60), a.start) is not None or _cause_place(text, a) \
        or _part_place(text, a) or _listed_respectively(text, a) or _included_place(text, a) \
        or (" and " in text[max(0, a.start - 60):a.start] and _JOINED_TO_OUR_AREA.search(text, max(0, a.start - 60), a.start) is not None) \
        or (" in" in text[max(0, a.start - 6):a.start] and _COMPARED_PLACE.search(text, max(0, a.start - 100), a.start) is not None)


#: the place of a compared figure: "911 incidents, compared to 537 in Derbyshire and 299 in [Lincolnshire]" (a yardstick
#: of its sentence, not the frame of the sentences after it; the figure right after the comparison's word, not a
#: year: "Compared with 2019, there were 400 more burglaries in Essex"; nor "the fight against drug dealing")
_COMPARED_PLACE = compiled(r"\b(?:compared\s+(?:to|with)|against|versus)\s+(?:(?:just|only|around|about|some|nearly|almost)\s+)?"
                           r"[£$€]?\d(?!\d{3}\b)[^.;:!?]{0,80}?\s+in\s+(?:the\s+)?$", regex.I)


#: a place joined to the story's own, named by reference: "Drivers across the county and in [Thames Valley] Police's
#: area were subject to the crackdown" (the figures after are of both, not of the second alone)
_JOINED_TO_OUR_AREA = compiled(r"\b(?:across|in|throughout|within)\s+the\s+(?:county|area|force\s+area|city|borough|district|region)"
                               r"\s+(?:and|as\s+well\s+as)\s+(?:across\s+|in\s+|throughout\s+|within\s+)?(?:the\s+)?$", regex.I)


#: a place named inside what a total includes: "The total includes the 39 people found in a lorry in [Grays]"
_INCLUDED_PLACE = compiled(r"\b(?:including|includes|included)\b[^.;:!?()\n]{0,90}?\b(?:in|at|near)\s+(?:the\s+)?$", regex.I)


def _included_place(text: str, a: AreaMention) -> bool:
    """The place is where a case the sentence's total includes happened ("this figure includes the deaths of
    39 people found in a lorry in Grays"): it frames no figure of the sentences after it."""
    return "nclud" in text[max(0, a.start - 100):a.start] and _INCLUDED_PLACE.search(text, max(0, a.start - 100), a.start) is not None


def _listed_respectively(text: str, a: AreaMention) -> bool:
    """The place is one of a list matched to figures "respectively" later in its sentence ("England ...
    than Wales, with growth of 6.6% and 1.4% respectively"): it holds its own figure only."""
    at = text.find("respectively", a.end, a.end + 200)
    if at < 0:
        return False
    return text.find(". ", a.end, at) < 0 and text.find("\n", a.end, at) < 0 and text.find(";", a.end, at) < 0


def _yardstick(text: str, a: AreaMention, kinds=("ranking", "comparison")) -> bool:
    return any(_YARDSTICK[k].search(text, max(0, a.start - 60), a.start) for k in kinds) \
        or bool(_YARDSTICK_AFTER.match(text, a.end, a.end + 20))


def _ranked_in(text: str, a: AreaMention) -> bool:
    """The place is the scope of a ranking by its possessive: "England's most populous region"."""
    return text.startswith(("'s ", "’s "), a.end) and bool(_RANKED_IN.match(text, a.end, a.end + 40))


#: "England's most populous region", "Britain's busiest station": the place is the ranking's scope
_RANKED_IN = compiled(r"['’]s\s+(?:[\w-]+\s+)?(?:most|least|highest|lowest|largest|biggest|smallest|busiest|fastest|slowest|"
                           r"oldest|youngest|poorest|richest|worst|best|safest)\b", regex.I)


#: a sentence that opens on a nation as its frame: "Across England, the target has been missed ..."
_NATION_OPENS = compiled(r"(?:^|[.!?]\s+|\n\s*)(?:Across|Throughout|Nationally\s+in|In)\s+(?:the\s+)?$")
#: a paragraph that opens on the nation as its frame: "Across the country, ...", "Nationally, ..."
#: two places at once, named by reference: "in the city and county", "across the county and the city" (not "the
#: city and county council", one body)
_JOINT_AREAS = compiled(r"\b(?:the\s+)?(?:city|county|borough|district|town)\s+and\s+(?:the\s+)?(?:city|county|borough|district|town)\b"
                        r"(?!\s+(?:council|councils|hall|police|of)\b|['’]s)", regex.I)
_OPENS_NATIONALLY = compiled(r"\s*(?:(?:across|throughout)\s+the\s+country|nationally|nationwide)\s*,", regex.I)


def _paragraph_place(text: str, places: ByStart, orgs: ByStart, para_start: int,
                     sentences: Sentences, starts: list[int]) -> AreaMention | None:
    """The place the paragraphs just before a statistic speak of: the one place named in the
    nearest earlier paragraph that names any (up to ``_PARAGRAPH_REACH`` back). None when that
    paragraph names several ("Wiltshire and Swindon", "9,860 in London ... 7,050 in the North
    West"), only yardsticks ("the highest rate in England"), a body ("A spokesman for Avon and
    Somerset Police said") or is a national frame ("The national caseload is up 10 per cent").
    A paragraph that names no place is looked through only when it states a figure too.

    Read once per paragraph: the figures of one paragraph ask the same (the answer depends on the
    paragraph's start alone, for the places :func:`link` links with, which the memo is tied to)."""
    memo = getattr(_MEMO, "paragraph_places", None)
    if memo is None or memo[0] is not places:
        memo = _MEMO.paragraph_places = (places, {})
    if para_start not in memo[1]:
        memo[1][para_start] = _paragraph_place_read(text, places, orgs, para_start, sentences, starts)
    return memo[1][para_start]


def _paragraph_place_read(text: str, places: ByStart, orgs: ByStart, para_start: int,
                          sentences: Sentences, starts: list[int]) -> AreaMention | None:
    """:func:`_paragraph_place`, read."""
    end = para_start
    for _ in range(_PARAGRAPH_REACH):
        if end <= 0:
            return None
        start = max(0, sentences.blank_line_before(end))
        if (row := cell_at(text, end - 1)) is not None and row.rows >= 2:
            return None  # the last row of a table or list: the rows' places are theirs, not the prose's after them
        named = places.between(start, end)
        if named or orgs.between(start, end) or (may_say(text[start:end], _NATIONAL_WORDS)
                                                 and _NATIONAL.search(text, start, end, timeout=timeout_for(text))):
            if any(_ranked_among_others(text, a) for a in named):
                return None  # a round-up's ranking: "Outside the capital, Manchester had the worst problem"
            found, prev_yardstick = {}, None
            for a in named:
                if _RESIDENCE.search(text, max(0, a.start - 30), a.start):
                    continue  # "A sixth man, aged 62, of Newport", "near Sedgefield", "minimum 46.1% (Manchester Central)"
                # "the rest of England and Great Britain": both yardsticks
                if _yardstick(text, a) or _AVERAGE_AFTER.match(text, a.end, a.end + 12) or _no_carry(text, a) \
                        or _CONTRAST_AFTER.match(text, a.end, a.end + 12) or (
                        prev_yardstick is not None and _LISTED.fullmatch(text, prev_yardstick.end, a.start)):
                    prev_yardstick = a
                    continue
                found.setdefault(a.key, a)
            if not found and not named and _OPENS_NATIONALLY.match(text, start + 2 if start > 0 else 0, end) \
                    and len({a.key for a in places.nations}) == 1:
                # "Across the country, offences rose to 44,771" opening the paragraph before: the paragraphs
                # after it go on about the nation the story names
                return places.nations[0]
            if len(found) != 1:
                return None
            one = next(iter(found.values()))
            # a nation named in a paragraph that states no figure is background ("agencies keep
            # tabs on offenders in England and Wales"), not the frame of the figures after it
            if one.type in ("nation", "country") and bisect.bisect_left(starts, start) == bisect.bisect_left(starts, end) \
                    and not _NATION_OPENS.search(text, max(0, one.start - 20), one.start):
                return None
            return None if one.rule.startswith("area.ner") else one
        if bisect.bisect_left(starts, start) == bisect.bisect_left(starts, end):
            return None  # a paragraph with no figure (a quote, a comment) ends the story's thread
        end = start
    return None


#: "Maldon and Tendring grew by 7.4% and 7.3% respectively": the places and the figures listed
#: in the same order
_NUMBER_LIST = compiled(
    r"{n}(?:(?:\s*,\s*|\s*,?\s+and\s+){n})+".format(
        n=r"(?:[£$€]?\d[\d,]*(?:\.\d+)?(?:\s*%|\s*(?:per\s*cent|percent|m|bn|k|million|billion)\b)?)"), regex.I)
_LIST_VALUE = compiled(r"(?<![\d.,])[£$€]?\d")
_PLACE_LIST_GAP = compiled(r"^\s*(?:(?:,|and|or|&)\s*)?(?:and\s+)?(?:the\s+)?$")  # (no two adjacent \s*)


def _figure_list(text: str, s: Statistic, s_end: int, stops: str = ";:"):
    """The list of figures holding ``s`` that "respectively" closes in its sentence (no ``stops`` between),
    and the offsets of its figures within it; None when there is none."""
    at = text.find("respectively", s.num_end, s_end)
    if at < 0 or any(text.find(c, s.num_end, at) >= 0 for c in stops):
        return None
    numbers = next((m for m in _NUMBER_LIST.finditer(text, max(0, s.num_start - 120), at + 1, timeout=timeout_for(text))
                    if m.start() <= s.num_start < m.end()), None)
    if numbers is None:
        return None
    return numbers, [m.start() for m in _LIST_VALUE.finditer(numbers.group())]


def _run_before(text: str, mentions: list, end: int, apart=lambda a, b: False) -> list:
    """The last run of mentions before ``end`` listed together ("Kent, Essex and Surrey", "2022 and 2023"):
    a gap other than a list's joins, or two mentions ``apart`` says are not one list, starts a new run."""
    run: list = []
    for a in (a for a in mentions if a.end <= end):
        if run and (apart(run[-1], a) or not _PLACE_LIST_GAP.match(text[run[-1].end:a.start])):
            run = []
        run.append(a)
    return run


def _respectively(text: str, s: Statistic, in_sentence: list[AreaMention], s_end: int) -> AreaMention | None:
    """The place at the same position in its list as the figure in its list, when the sentence
    says "respectively" after the figure and the two lists are as long as each other."""
    if (found := _figure_list(text, s, s_end)) is None:
        return None
    numbers, values = found
    run = _run_before(text, in_sentence, numbers.start(), lambda a, b: a.key == b.key)
    if len(run) < 2 or len(run) != len(values):
        # the places named apart, each once, as many as the figures ("The population in England is growing
        # faster than that of Wales, with growth of 6.6% and 1.4% respectively")
        run = [a for a in in_sentence if a.end <= numbers.start()]
        if len(run) != len(values) or len({a.key for a in run}) != len(run) or len(run) < 2:
            return None
    return run[values.index(s.num_start - numbers.start())] if s.num_start - numbers.start() in values else None


def _period_respectively(text: str, s: Statistic, in_sentence: list[Period], s_end: int) -> Period | None:
    """The period at the same place in its list as the figure in its list ("In 2022 and 2023 there were
    [300] and 400 burglaries respectively"), when the periods stand together before the figures, as
    many as they, and "respectively" follows the figures."""
    if (found := _figure_list(text, s, s_end, ";")) is None:
        return None
    numbers, values = found
    run = _run_before(text, in_sentence, numbers.start())
    if len(run) < 2 or len(run) != len(values) or s.num_start - numbers.start() not in values:
        return None
    if "both" in text[max(0, run[0].start - 12):run[0].start] or _ANOTHER_LIST.search(text, run[-1].end, numbers.start()):
        return None  # "In both 2022 and 2023", "In 2022 and 2023, men and women made up 300 and 400": not the periods'
    return run[values.index(s.num_start - numbers.start())]


#: another list between the periods and the figures, which "respectively" may pair them with instead
_ANOTHER_LIST = compiled(r"\b[\w'’-]+\s+(?:and|or)\s+[\w'’-]+")


#: "national and regional changes", "the regional and national rates": two scopes listed before figures
#: given "respectively"
_SCOPES = compiled(r"\b(national|regional)(?:ly)?\s+and\s+(national|regional)(?:ly)?\b", regex.I)


def _scope_respectively(text: str, s: Statistic, s_start: int, s_end: int) -> str | None:
    """"national" or "regional": the scope at the figure's place in a list of two figures given
    "respectively" after a list of the two scopes, or None."""
    at = text.find("respectively", s.num_end, s_end)
    scopes = _SCOPES.search(text, s_start, s.num_start)
    if at < 0 or scopes is None or scopes.group(1).lower() == scopes.group(2).lower():
        return None
    numbers = next((m for m in _NUMBER_LIST.finditer(text, scopes.end(), at) if m.start() <= s.num_start < m.end()), None)
    if numbers is None:
        return None
    values = [m.start() + numbers.start() for m in _LIST_VALUE.finditer(numbers.group())]
    if len(values) != 2 or s.num_start not in values:
        return None
    return scopes.group(values.index(s.num_start) + 1).lower()


#: cheap guards (words of the lower-cased sentence) before the national-target rule of
#: patterns/link.json
_TARGET_WORDS = ("target", "standard", "objective", "ambition", "goal", "pledge", "aims to", "aim to", "want", "promise",
                 "vow", "plans to", "plan to", "threshold")
#: ... and those of the unit, reference and body patterns
_UNIT_WORDS = ("constituency", "ward", "division")
_REFERENCE_WORDS = ("area", "county", "region", "city", "borough", "district", "town", "authority")
_BODY_WORDS = ("council", "force", "authority", "trust", "board", "constabulary")
#: a turn to a clause of contrast, whose places are its own: "compared with 10.95 million in 2017 – while visitors
#: to Leicestershire ...", "; in Kent ...", "but in Kent ..." (not "while driving in Kent", "while on holiday in Kent")
_CONTRAST_TURN = compiled(r";|\b(?:while|whilst|whereas|but)\b(?!\s+(?:[a-z]+ing|on|in|at|under|still|also)\b)")
#: where a clause of a sentence ends: "63 per 100,000 people – but below the national rate of 82"
_CLAUSE_BREAK = compiled(r"\s[–—-]\s|;|\s\(|\bbut\b|\bwhile\b|\bwhereas\b")
#: a clause that sets itself against the one before: "..., whereas", "..., but", "; while"
_CONTRAST_CLAUSE = compiled(r";|\b(?:but|while|whilst|whereas)\b")


#: a share whose whole is a group of places, not named as one place's: "[a quarter] of CCG areas were hitting ...",
#: "[40%] of councils" (not "of councils in Kent": the county's)
_SHARE_OF_PLACES = compiled(
    r"\s*(?:%|per\s*cent|percent)?\s+of\s+(?:the\s+|all\s+)?(?:[A-Z]{2,5}\s+|local\s+|police\s+|county\s+|district\s+|NHS\s+)?"
    r"(?:areas|councils|authorities|wards|forces|regions|boroughs|districts|counties|trusts|CCGs)\b(?!\s+(?:in|across)\s+(?:the\s+)?[A-Z])")
#: the words of :data:`_ABOUT_MANY_PLACES`' and :data:`_IN_KIND_OF_PLACES`' places (a cheap test before each)
_MANY_PLACE_WORDS = ("areas", "councils", "authorities", "wards", "forces", "regions", "places", "boroughs", "districts",
                     "counties", "communities")
#: a clause about several places at once, before its figure: "In 25 areas,", "Across the 12 councils",
#: "Of the 44 local authorities with ...," (a number of places, or all of them)
_ABOUT_MANY_PLACES = compiled(
    r"(?:^|[,;:]\s*|\.\s+)(?i:in|across|among|of|for)\s+(?:the\s+|all\s+|these\s+|those\s+)*(?:(?:\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|twenty|dozens\s+of|many|most|some|several)\s+)?(?:other\s+)?(?:local\s+|police\s+|county\s+|district\s+)?"
    r"(?P<end>areas|councils|authorities|wards|forces|regions|places|boroughs|districts|counties)\b(?![’'])[^.;:]{0,80}$"
    r"|(?:areas|councils|authorities|wards|forces|regions|places|boroughs|districts|counties)\b[^.;:]{0,60}?\b(?P<end>of\s+(?:these|those|them)),\s*$",
    regex.I)


#: a sentence whose subject is a kind of places, a part of the nation's: "County areas have", "Conservative-led councils
#: in 2019-20 charge", "Residents of counties will pay" (not "Police forces recorded", "Local authorities spent": all of them)
_GROUP_SUBJECT = compiled(
    r"\s*(?:(?:The|All|Most|Many|Some)\s+)?(?:(?!(?:Police|Local|NHS|Health|The|All)\b)(?:[A-Z][\w-]*|[a-z]+-(?:led|run|controlled))\s+"
    r"(?:areas|councils|authorities|boroughs|counties|districts|regions|forces)"
    r"|(?:Residents|People|Households|Taxpayers|Homeowners)\s+(?:of|in)\s+(?:(?:the|many|most|some)\s+)?"
    r"(?:areas|councils|counties|boroughs|districts|regions|cities|towns))\b(?!['’])")


#: a kind of places right after a figure: "[23.3]%) in county areas", "1,200 in rural areas", "across metropolitan boroughs"
_IN_KIND_OF_PLACES = compiled(r"\)?(?:\s*\([^()]{1,20}\))?\s+(?:in|across)\s+(?:the\s+|all\s+)?(?:(?:county|rural|urban|"
                              r"metropolitan|coastal|city|deprived|affluent|poorer|poorest|wealthier|richest|most\s+deprived|"
                              r"least\s+deprived|inner-city|seaside)\s+(?:and\s+)?)+(?:areas|boroughs|councils|authorities|districts|"
                              r"counties|places|communities)\b"
                              # (not the kind of places of one place: "in rural areas of Kent")
                              r"(?!\s+(?:of|in|across|within)\s+(?:the\s+)?(?-i:[A-Z]))", regex.I)


def _group_subject(text: str, s_start: int, num_start: int) -> bool:
    """Whether the figure's sentence opens on a kind of places as its subject (:data:`_GROUP_SUBJECT`)."""
    return bool(_GROUP_SUBJECT.match(text, s_start, num_start))


_AMONG_PEERS = compiled(r"\b(?:of|among|amongst|top|out\s+of)\s+(?:the\s+|all\s+)?$", regex.I)


def _not_a_county(ref, a: AreaMention) -> bool:
    """"The county" is never a district or a metropolitan or London borough (E07, E08, E09: "In
    Maidstone there were 120. The county has ..."), though it may be a unitary council."""
    return ref.group(1).lower() == "county" and a.type == "local_authority" and (a.code or "")[:3] in ("E07", "E08", "E09")


def _nearest_reference(text: str, s: Statistic, s_start: int, s_end: int, others_between):
    """The reference to a kind of place ("the county", "the city") that goes with the figure when its sentence
    has more than one: "the county welcomed 21.04 million visitors, whilst [10.24 million] visited the city" is
    the city's. The first after the figure with no other figure between, else the last before it with none
    between, else the sentence's first."""
    refs = list(_AREA_REFERENCE.finditer(text, s_start, s_end, timeout=timeout_for(text)))
    if len(refs) < 2:
        return refs[0] if refs else None
    after = [m for m in refs if m.start() >= s.num_end and not others_between(s.num_end, m.start())]
    if after:
        return after[0]
    before = [m for m in refs if m.end() <= s.num_start and not others_between(m.end(), s.num_start)]
    return before[-1] if before else refs[0]


#: a noun right after "the county" (town, city ...): "the county town", "the county cricket ground", "the city centre"
_KIND_WORD_NOUN = compiled(r"\s+(?!(?:and|or|but|of|in|on|at|to|for|with|there|the|as|is|was|has|had|were|are|saw|recorded|"
                           r"welcomed|council)\b)[a-z]")
#: the reference words that name one kind of place ("the county", "the city"), not any ("the area")
_KIND_WORDS = frozenset({"county", "city", "town", "borough", "district"})


def _kind_referred(text: str, places: ByStart, ref, earlier: AreaMention, lo: int, s_start: int) -> AreaMention | None:
    """The place "the county" (city, town, borough, district) of a figure's sentence names when the place
    named earlier in its paragraph is not of that kind: the last place of that kind named from ``lo`` (the
    paragraph before) up to the figure's sentence (for "the county", the last county named anywhere before
    it, ahead of a unitary council:
    "visitors to Leicester and Leicestershire ... In the county, ..."), else None (the place named earlier
    stands; so does a force's area for "the county": "Kent Police recorded ... Across the county, ..."). Not
    "the county town", "the county cricket ground": a noun after the word names no place by reference."""
    kind = ref.group(1).lower().split()[-1]
    if kind not in _KIND_WORDS or _KIND_WORD_NOUN.match(text, ref.end()):
        return None
    if kind == "county" and earlier.type == "police_force_area":
        return None

    def fits(a: AreaMention) -> bool:
        return a.type in _REFERENCE_TYPES[kind] and not _yardstick(text, a) and not _not_a_county(ref, a)

    if kind == "county" and earlier.type != "county":
        # (a county anywhere before: the story's county is often named only in its opening lines)
        county = places.last_between(0, s_start, lambda a: a.type == "county" and fits(a))
        if county is not None:
            return county
    if fits(earlier):
        return None
    return places.last_between(lo, s_start, fits)


def _clause_end(text: str, s: Statistic, s_end: int) -> int:
    """Where the clause a statistic stands in ends: a national word after it ("63 per 100,000
    people – but below the national rate of 82") frames the next clause, not this figure;
    one before it ("Nationally, 48,900 ... – up from 44,600") frames the sentence."""
    nxt = _CLAUSE_BREAK.search(text, s.end, s_end, timeout=timeout_for(text))
    return nxt.start() if nxt else s_end


def _others_between_any(text: str, starts: list[int], a: int, b: int, own: int) -> bool:
    """Another statistic's number (not the one at ``own``) starts in [a, b)."""
    i = bisect.bisect_left(starts, a)
    return any(starts[j] != own for j in range(i, bisect.bisect_left(starts, b)))


#: a comma that opens another clause: ", with the East Midlands ...", ", while", ", compared with"
_COMMA_CLAUSE = compiled(r",\s+(?:with|while|whilst|and|as|but|compared|against|whereas)\b")


#: between a place and another in brackets that says where it is: "Sutton (in London)", "Hartlepool (the North East)"
_PLACE_IN_BRACKET = compiled(r"\s*\(\s*(?:in\s+|near\s+)?(?:the\s+)?")
_BRACKET_CLOSE = compiled(r"\s*\)")
#: a conditional or time clause that opens a sentence: "If the rate was to continue in March, ..."
_IF_CLAUSE_BEFORE = compiled(r"\W*(?:If|Unless|Should|Were|Assuming|Provided)\b[^,;:]*$")
#: what may stand before a period that opens its sentence: "In 2023, ...", "During 2022-23, ..."
_OPENING_FRAME = compiled(r"\W*(?:(?:In|During|Over|Throughout|For|Across)\s+(?:the\s+)?)?")


def _narrows_opening_frame(text: str, s_start: int, frame: Period, later: Period) -> bool:
    """``frame`` opens the sentence and is followed by a comma ("In 2023, ..."), and ``later`` (after
    the figure) is a shorter span inside it ("between June and September" of 2023)."""
    if not text.startswith(",", frame.end) or _OPENING_FRAME.fullmatch(text, s_start, frame.start) is None:
        return False
    return _inside(later.value, frame.value)


def _national_before_clause(text: str, s: Statistic, s_start: int, s_end: int, place: AreaMention, others_between) -> bool:
    """The figure's clause opens on the nation ("Nationally, knife crime rose by [7]%, with the East Midlands
    average rising by 16%"), and the place after it stands in a later clause: the nation frames the figure."""
    head = text[s_start:s.num_start].lower()
    if "nation" not in head and "country" not in head:
        return False
    if not _CLAUSE_BREAK.search(text, s.num_end, place.start) and not _COMMA_CLAUSE.search(text, s.num_end, place.start):
        return False
    national = _national_frame(text, s, s_start, s_end, others_between)
    return national is not None and national.start() < s.num_start


def _national_frame(text: str, s: Statistic, s_start: int, s_end: int, others_between):
    """The national words of the sentence that frame the figure, or None: not the scope of a
    ranking ("the largest decreases nationally"), nor a national yardstick set after a local
    figure when the figure stands in a later clause ("37,259 crimes - lower than the national
    average increase of nine per cent, and down from [46,496] in 2007")."""
    for national in _NATIONAL.finditer(text, s_start, s_end, timeout=timeout_for(text)):
        if _RANKED_NATIONALLY.search(text, max(s_start, national.start() - 50), national.start()):
            continue
        if national.start() >= s.num_end and _YARDSTICK_BETWEEN.search(text, s.num_end, national.start()):
            continue  # "rose by just [one] per cent, compared to a national increase of 15 per cent"
        if national.end() <= s.num_start and "national" in text[national.start():national.end()].lower() \
                and _BEAT_THE_NATIONAL.search(text, max(s_start, national.start() - 30), s.num_start):
            continue  # "Pupils across the county beat the national average with [78.1] per cent": the county's
        if national.end() <= s.num_start and _NATIONAL_YARDSTICK.search(
                text, max(s_start, national.start() - 25), national.start()) and others_between(s_start, national.start()) \
                and (join := _NEXT_CLAUSE_JOIN.search(text, national.end(), s.num_start)) is not None \
                and others_between(national.end(), join.start()):
            continue
        return national
    return None


#: a figure that beats (or trails) the national yardstick: "beat the national average with [78.1] per cent"
_BEAT_THE_NATIONAL = compiled(r"\b(?:beat|beats|beating|above|below|exceeded|exceeds|exceeding|outperformed|outperforming|"
                                   r"outstripped|topped|bettered|trailed|trails|missed)\s+the\s+national\s+(?:average|rate|figure|"
                                   r"level)\s+(?:with|at|by|on)\s+(?:(?:just|some|around|about|nearly|almost|over)\s+)?$", regex.I)


#: "in the borough", "across the county" after a figure: the story's place of that kind
_KIND_AFTER = compiled(r"[^.;:!?\n]{0,60}?\b(?:in|across|throughout|within)\s+the\s+(borough|district|city|county)\b", regex.I)


def _the_story_kind_after(text: str, s: Statistic, story: AreaMention, before: AreaMention, s_end: int,
                          others_between) -> bool:
    """The figure is placed by "in the borough" (or district, city, county) after it, which names the
    story's own place of that kind, while the place before it is of another kind (a force's area)."""
    if " the " not in text[s.num_end:min(s_end, s.num_end + 80)]:
        return False
    m = _KIND_AFTER.match(text, s.num_end, min(s_end, s.num_end + 80))
    if m is None or others_between(s.num_end, m.start(1)):
        return False
    kinds = _REFERENCE_TYPES[m.group(1).lower()]
    return story.type in kinds and before.type not in kinds and before.key != story.key


#: words that set the nation as the frame of what follows: "Nationwide, ...", "Nationally the number ...",
#: "National figures show", "as national unemployment fell" (not a yardstick: "below the national average")
_NATIONAL_FRAME_WORDS = compiled(r"\b(?:nationally|nationwide|across\s+the\s+country|national\s+(?:figures|unemployment|"
                                      r"jobless\s+total|claimant\s+count|picture|data)|(?:UK|Britain)-wide)\b", regex.I)
#: ... what may stand before "nationally", "nationwide" or "across the country": the start of a sentence
_SENTENCE_OPENS = compiled(r"(?:^|[.!?][\"”’']?\s+|\n\s*|:\s*)(?:(?:meanwhile|but|and|however|overall),?\s+)?$", regex.I)


def _national_frames(text: str) -> list[tuple[int, int]]:
    """The (start, end) of the words that frame the sentences after them as the nation's: a sentence
    that opens "Nationwide," or "Across the country", or "national figures", "national unemployment"
    anywhere but after a comparison's "than", "compared with" (found with ``str.find``, the pattern
    read only at each hit)."""
    out, seen = [], set()
    low = text.lower()
    hits = []
    for key in ("nation", "country", "-wide"):  # (str.find over the text, then the pattern at each hit only)
        i = low.find(key)
        while i >= 0:
            hits.append(i)
            i = low.find(key, i + len(key))
    for i in sorted(hits):
        m = _NATIONAL_FRAME_WORDS.search(text, max(0, i - 12), min(len(text), i + 40), timeout=timeout_for(text))
        if m is None or m.start() in seen or not (m.start() <= i < m.end()):
            continue
        seen.add(m.start())
        lo = max(0, m.start() - 30)
        word = m.group().lower()
        if word.startswith("national "):
            if _NATIONAL_YARDSTICK.search(text, lo, m.start()):
                continue  # "compared with the national figures of 3%": a yardstick
        elif not _SENTENCE_OPENS.search(text, lo, m.start()):
            continue
        out.append((m.start(), m.end()))
    return out


def _carried_frame(frames: list[tuple[int, int]], places: ByStart, text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """The last national frame in [lo, pos) with no place named as a place after it and before ``pos``."""
    i = bisect.bisect_left(frames, (pos, 0))
    if i == 0 or frames[i - 1][0] < lo:
        return None
    frame = frames[i - 1]
    if places.last_between(frame[1], pos, lambda a: not _no_carry(text, a) and not _yardstick(text, a)) is not None:
        return None
    return frame


def _the_nation(places: ByStart, pos: int) -> AreaMention | None:
    """The nation a national figure at ``pos`` is of: the last one named before it, else the first
    named, else None."""
    if not places.nations:
        return None
    return ([a for a in places.nations if a.start < pos][-1:] or places.nations[:1])[0]


#: a sentence that turns from the nation's figures to others: "The four Yorkshire forces however recorded",
#: "By contrast, ...", "bucking the national trend"
_TURNS_FROM_NATION = compiled(r"\b(?:however|by\s+contrast|in\s+contrast|buck(?:ing|ed|s)?|against\s+the\s+national|locally)\b", regex.I)
#: how far back a national frame carries to figures with no place of their own
_FRAME_REACH = 1200


#: the nation each letter of a GSS code lies in (England's "E" may be England or England and Wales: none)
_HOME_NATION = {"S": "S92000003", "W": "W92000004", "N": "N92000002"}


def _home_nation(places: ByStart) -> AreaMention | None:
    """The nation a story's own places lie in, when it names several nations ("the national average of [86.1] per
    cent" in a story about Lothian hospitals that mentions "health boards in England"): the one named nation
    whose code letter all its coded sub-national places share; else None."""
    letters = {a.code[0] for a in places.items if a.code and a.type not in ("nation", "country")}
    if len(letters) != 1 or (code := _HOME_NATION.get(next(iter(letters)))) is None:
        return None
    return next((a for a in places.nations if a.code == code), None)


def _link_area(text, s: Statistic, places: ByStart, story, s_start, s_end, starts: list[int],
               sentences: Sentences, orgs: ByStart, national_story: bool = False, in_table: bool = False,
               frames: list[tuple[int, int]] | None = None) -> None:
    in_sentence = places.between(s_start, s_end)
    near_orgs = orgs.between(s.num_end, min(s_end, s.num_end + 40))
    if near_orgs:
        if held := [a for a in near_orgs if a.key in places.keys and _AT_BODY.fullmatch(text, s.num_end, a.start)][:1]:
            # "nearly [1,500] at Wolverhampton Crown Court": a body the figure is at, in a place the text
            # names as a place too, places the figure (not "... said Kent Police")
            in_sentence = sorted(in_sentence + held, key=lambda a: a.start)
    before = [a for a in in_sentence if a.end <= s.num_start]
    if len(before) >= 2 and ("–" in text[before[0].end:s.num_start] or "—" in text[before[0].end:s.num_start]
                             or "(" in text[before[0].end:s.num_start]):
        # "in the South Wales Police area – which comprises seven counties from Swansea in the west to
        # Cardiff in the east – equating to one offender for every [721] people": the places of an
        # aside closed before the figure describe the place before it; they hold nothing
        asides = [(m.start(), m.end()) for m in _ASIDE.finditer(text, before[0].end, s.num_start, timeout=timeout_for(text))]
        if asides:
            before = [a for a in before if not any(x <= a.start and a.end <= y for x, y in asides)]
    if len(before) >= 2 and "(" in text[before[0].end:s.num_start]:
        # "Sutton (in London) had the highest percentage ... ([69.3]%)", "Hartlepool (in the North East) recorded
        # [400]": a place in brackets right after a place says where that place is; it holds nothing
        before = [a for i, a in enumerate(before) if not (i > 0 and _PLACE_IN_BRACKET.fullmatch(text, before[i - 1].end, a.start)
                                                          and _BRACKET_CLOSE.match(text, a.end, a.end + 3))]
    if before and "which " in text[before[0].start - 60 if before[0].start > 60 else 0:s.num_start]:
        # "At the Oakfield Trust, which runs Colchester and Ipswich hospitals, [81.1] per cent ...": the places of
        # a relative clause closed before the figure describe the body before it; they hold nothing
        before = [a for a in before if not (_WHICH_RUNS.search(text, max(0, a.start - 60), a.start)
                                            and "," in text[a.end:s.num_start])]
    if len(before) >= 2 and "of wh" in text[before[0].end:s.num_start]:
        # "4.53bn journeys were in England, of which over half were in London, decreasing [2.6]%": the place
        # of a part named in an aside closed before the figure holds nothing after it
        before = [a for a in before if not ("," in text[a.end:s.num_start] and _OF_WHICH_IN.search(
            text, max(0, a.start - 80), a.start))]
    if len(before) >= 2 and (before[-1].type in ("nation", "country", "region") or _ranked_in(text, before[-1])) \
            and not text.startswith("(", before[-1].end, s.num_start) \
            and not rx(r"^\s*\($").match(text[before[-1].end:s.start]) and (
            _yardstick(text, before[-1], ("ranking",)) or _ranked_in(text, before[-1])) and (
            holders := [a for a in before[:-1] if not _yardstick(text, a)]) and (not _others_between_any(
            text, starts, holders[-1].end, s.num_start, s.num_start) or (
            # ("City of London Police, the smallest force in England and Wales, recorded 49 offences, up from [26]": the
            # scope of an apposition to the holder, whatever figures follow)
            text.startswith(",", before[-1].end) and _APPOSED_SCOPE.fullmatch(text, holders[-1].end, before[-1].start))):
        # "Cumbria County Council had the highest rate of delays in England, with [78] days": the place
        # after a superlative is the ranking's scope; the figure is the holder's named before it (a region too:
        # "Wolverhampton still has the highest rate for the West Midlands of [6.5] per cent")
        before = [a for a in before if not (_yardstick(text, a, ("ranking",)) or _ranked_in(text, a))]
    after = [a for a in in_sentence if a.start >= s.end and not _COMPARISON_FRAME.search(
        text[max(s.end, a.start - 30):a.start]) and not _COMPARED_PLACE_AFTER.match(text, a.end, a.end + 12)
        and not _cause_place(text, a) and not _compared_holder_after(text, s, a)]
    # "[25]% (12,755) were recorded by the Metropolitan Police, 10% (5,188) by West Midlands Police": the
    # force or council that holds the figure is its place (none when the text never names it as a place)
    holder = next((a for a in sorted(near_orgs + [a for a in after if a.start < s.num_end + 40], key=lambda a: a.start)
                   if a.code and " by " in text[s.num_end:a.start + 1] and _BY_BODY.fullmatch(text, s.num_end, a.start)),
                  None) if " by " in text[s.num_end:s.num_end + 44] else None
    line_start = _line_start_of(text, s.num_start)
    on_line = [a for a in before if a.start >= line_start and not text[line_start:a.start].strip(" \t-•*")
               and rx(r"^[ \t]+(?:\*\*)?$").match(text[a.end:s.start])]
    def others_between(a: int, b: int) -> bool:  # another statistic's number starts in [a, b)
        i = bisect.bisect_left(starts, a)
        return any(starts[j] != s.num_start for j in range(i, bisect.bisect_left(starts, b)))
    chosen, rule = None, None
    # "The NHS standard is for 95% of patients to be seen within four hours"
    low = text[s_start:s_end].lower()  # cheap substring guards before the regexes below
    units = "constituency" in low or "ward" in low or "division" in low  # (_UNIT_WORDS)
    near = _UNIT_REFERENCE.search(text, s.num_end, min(s_end, s.num_end + 60)) if units else None
    peers = s.kind == "count" and bool(_PEER_UNITS.match(text, s.num_end, s.num_end + 60))
    sent_lo = max(0, s.num_start - 160)
    head = text[sent_lo:s.num_start]
    many = (any(w in head for w in _MANY_PLACE_WORDS) or "these" in head[-16:] or "those" in head[-16:]) \
        and (mp := _ABOUT_MANY_PLACES.search(text, sent_lo, s.num_start)) is not None \
        and not any(mp.end("end") <= a.start < s.num_start for a in before) \
        and not any(s.num_end <= a.start < s.num_end + 40 for a in after) \
        and "national" not in text[mp.end("end"):s.num_start] and "average" not in text[mp.end("end"):s.num_start]
    # (not "of these 982": a back-reference to a count; not "five are in southern England": the place after it;
    # not "well above the national average of 6.3%")
    if not many and not before and s.kind in ("ratio", "percentage") and " of " in text[s.end:s.end + 6] \
            and _SHARE_OF_PLACES.match(text, s.end, min(s_end, s.end + 80)) is not None:
        # "just over a quarter of CCG areas were hitting the target": a share of many places (not "North Yorkshire
        # is in the top [15] per cent of authorities": the place named before holds its ranking)
        many = True
    if not many and not before and not after and any(w in text[s.end:s.end + 70] for w in _MANY_PLACE_WORDS) \
            and _IN_KIND_OF_PLACES.match(text, s.end, s.end + 70):
        # "grew by 1.1 million (23.3%) in county areas": a figure of a kind of places, no one place's (not with a
        # place named in its sentence: "in rural areas, the figures for Kent show")
        many = True
    if not many and not before and any(w in head for w in _MANY_PLACE_WORDS) and _group_subject(text, s_start, s.num_start):
        # "County areas have the highest bills, with an average charge of [£1,826]", "Conservative-led councils on
        # average charge [£93] less": a sentence about a kind of places is about many places at once
        many = True
    if not many and " and " in text[s_start:s_end] and _JOINT_AREAS.search(text, s_start, s_end) is not None:
        # "A million more people spent time in the city and county in 2018": a figure of two places at once
        many = True
    if many:
        # "In 25 areas, expulsions rose by at least [50]%", "of these, [two] saw figures rise": a figure
        # about several places at once has none
        chosen, rule = None, "area.none_many_places"
    elif peers and (within := [a for a in after if _UNITS_IN.match(text, s.num_end, a.start)]):
        # "44 local authorities in England": the count is of the units of the place after it
        chosen, rule = within[0], "area.count_of_units_in"
    elif peers and before and (before[-1].type in ("local_authority", "city_or_town", "sub_area", "other")
                               or _AMONG_PEERS.search(text, max(0, s.start - 16), s.start)):
        # "Halton ... in the top 90 local authorities": a council does not hold other councils; "ranks 78th
        # of the 151 councils": the places a place is ranked among, none's figure
        chosen, rule = None, "area.none_count_of_places"
    elif s.kind == "count" and "one of " in text[max(0, s.start - 22):s.start] and _ONE_OF.search(
            text, max(0, s.start - 22), s.start) and _ONE_OF_UNITS.match(text, s.num_end, s.num_end + 60):
        # "Central Bedfordshire was one of only [five] areas with comparable data not to see a fall": the
        # places the place is one of, none's figure
        chosen, rule = None, "area.none_one_of_places"
    elif "nation" in text[s.end:s.end + 14] and _NATIONALLY_AFTER.match(text, s.end, s.end + 30):
        # "40 per cent for Yorkshire and the Humber and [42] per cent nationally": the nation's figure,
        # null when the text names no nation
        chosen, rule = (places.nations[0] if len({a.key for a in places.nations}) == 1 else None), "area.national_after"
    elif holder is not None:
        chosen, rule = (holder if holder.key in places.keys else None), "area.held_by_body"
    elif "national" in text[max(0, s.start - 45):s.start] and _NATIONAL_VALUE.search(text, max(0, s.start - 45), s.start):
        # "lower than the national average of [69] per 100,000": the nation's figure (the one the text
        # names, else none)
        keys = {a.key for a in places.nations}
        chosen, rule = (places.nations[0] if len(keys) == 1 else _home_nation(places)), "area.national_value"
    elif (listed := _respectively(text, s, in_sentence, s_end)) is not None:
        chosen, rule = listed, "area.respectively"
    elif "respectively" in low and "regional" in low and "national" in low and (
            scope := _scope_respectively(text, s, s_start, s_end)) is not None:
        # "in line with national and regional changes, 12 per cent and [9] per cent respectively": the
        # nation's (the one the text names, else none) and the region's (unnamed: none)
        chosen, rule = (places.nations[0] if scope == "national" and len({a.key for a in places.nations}) == 1
                        else None), "area.scope_respectively"
    elif near is not None and (named := _named_unit(places, near.group(1).lower(), s_start)) is not None:
        # "one in four children in his constituency" (after "A Leeds MP"): the constituency
        chosen, rule = named, "area.unit_reference"
    elif on_line:
        chosen, rule = on_line[-1], "area.table_row"
    elif "\t" in text[line_start:s.num_start] and _TOTAL_ROW.match(text[line_start:s.num_start]):
        # a table's "Total" row is the whole table's, not the last row's place (nor the story's
        # when the story's place is one of the rows)
        block = places.between(max(0, sentences.blank_line_before(line_start)), line_start)
        rows = {a.key for a in block}
        chosen, rule = (story if story is not None and story.key not in rows else None), "area.table_total"
    elif len(after) >= 2 and after[0].key != after[1].key and rx(r"^\s+and\s+(?:the\s+)?$").match(text[after[0].end:after[1].start]) and not before:
        chosen, rule = None, "area.two_areas"
    elif after and s.kind in ("percentage", "ratio") and _share_of_place(text, s, after[0], others_between):
        # "Across England, [26] per cent of all burglaries were recorded in London", "a third ([34] per
        # cent) of all offences recorded by the police in London": the share is the place's
        chosen, rule = after[0], "area.share_place_after"
    elif before and after and not others_between(s.num_end, after[0].start) and not _opens_clause(text, s, after[0]) \
            and not _CLAUSE_BREAK.search(text, s.end, after[0].start) and not _bracket_closes(text, before[-1].end, s, after[0]) and (
            others_between(before[-1].end, s.num_start)
            or rx(r"^\s*(?:,|and|–|-|;)\s*(?:and\s+)?$").match(text[before[-1].end:s.start])
            or (_PLACE_ATTACHED.match(text, s.end, after[0].start) and not _LIST_GOES_ON.match(text, after[0].end))
            # "London, where two-thirds identify ..., whereas under [1 in 10] do in the North East": the place
            # before a contrast's clause is that clause's; the figure's own clause names its place after it
            or (("whe" in text[before[-1].end:s.num_start] or "but" in text[before[-1].end:s.num_start]
                 or "whil" in text[before[-1].end:s.num_start] or ";" in text[before[-1].end:s.num_start])
                and _CONTRAST_CLAUSE.search(text, before[-1].end, s.num_start) is not None)):
        chosen, rule = after[0], "area.same_sentence_after"
    elif before and story is not None and (ref := _the_story_kind_after(text, s, story, before[-1], s_end, others_between)):
        # "Greater Manchester Police recorded [2,314] burglaries in the borough": the borough the story
        # is about, not the force's wider area named before the figure
        chosen, rule = story, "area.the_area_after"
    elif before and frames and _carried_frame(frames, places, text, before[-1].end, s.num_start) is not None:
        # "Job queues are shrinking across the West Midlands ..., as national unemployment fell by [48,000]":
        # the nation's figure (the one the text names, else none), not the place named before the frame
        chosen, rule = _the_nation(places, s.num_start), "area.national_frame_before"
    elif before:
        chosen, rule = before[-1], "area.same_sentence_before"
        nxt = [a for a in in_sentence if a.start >= before[-1].end and a.key != before[-1].key]
        if nxt and rx(r"^\s+and\s+(?:the\s+)?$").match(text[before[-1].end:nxt[0].start]):
            chosen, rule = None, "area.two_areas"
        elif len(before) >= 2 and before[-2].key != before[-1].key and rx(r"^\s+and\s+(?:the\s+)?$").match(text[before[-2].end:before[-1].start]):
            chosen, rule = None, "area.two_areas"
    elif any(w in low for w in _TARGET_WORDS) and _rule_search("area.none_national_target")(
            text, s_start, s.num_start, timeout=timeout_for(text)) is not None:
        # (no place before the figure: the branch above takes every figure with one)
        # "The previous recovery target was for 76% of patients to be seen ... in England": a
        # national target is no place's figure
        chosen, rule = None, "area.none_national_target"
    elif after and not others_between(s.num_end, after[0].start) and not _national_before_clause(
            text, s, s_start, s_end, after[0], others_between) and not _CONTRAST_TURN.search(text, s.num_end, after[0].start):
        # (not past a turn to another clause: "[10.95 million] in 2017 – while visitors to Leicestershire were up")
        chosen, rule = after[0], "area.same_sentence_after"
    elif after and after[0].start - s.num_end <= _SHARED_REACH and _SHARED_PLACE_GAP.fullmatch(
            text, s.num_end, after[0].start, timeout=timeout_for(text)) \
            and not _CLAUSE_BREAK.search(text, s.num_end, after[0].start):
        # "an [11]% increase in burglary and 20% in robbery in Lincolnshire": the figures of the list
        # share the place after the last of them
        chosen, rule = after[0], "area.shared_place_after"
    elif ("nation" in low or "country" in low) and (
            national := _national_frame(text, s, s_start, s_end, others_between)) is not None and (
            national.start() < s.num_start or national.end() <= _clause_end(text, s, s_end)):
        if places.nations:
            chosen = [a for a in places.nations if a.start < s_end][-1:] or places.nations[:1]
            chosen, rule = chosen[0], "area.national_frame"
        else:  # "the national caseload": a national figure of an unnamed nation stays null
            chosen, rule = None, "area.national_unnamed"
    elif s.kind == "count" and _link_rules()["area.none_count_of_places"].pattern.match(
            text[s.num_end:s.num_end + 60]):
        chosen, rule = None, "area.none_count_of_places"
    elif units and (unit := _UNIT_REFERENCE.search(text, s_start, s_end, timeout=timeout_for(text))) is not None and (
            named := _named_unit(places, unit.group(1).lower(), s_start)) is not None:
        # "children in his constituency", "turnout in the ward": the constituency or ward the
        # story names (before, else in the lines after a headline)
        chosen, rule = named, "area.unit_reference"
    else:
        para_start = sentences.blank_line_before(s_start)
        prev_para_start = sentences.blank_line_before(max(0, para_start))
        earlier = places.last_between(para_start, s_start, lambda a: not _no_carry(text, a))
        ref = _nearest_reference(text, s, s_start, s_end, others_between) if any(
            w in low for w in _REFERENCE_WORDS) else None
        if not in_table and (s.num_start - line_start <= _FIGURE_LINE and text.find("\n", s.num_end, s.num_end + _FIGURE_LINE) != -1
                             or len(text) - s.num_end <= _FIGURE_LINE and text.find("\n", s.num_end) < 0):
            head = _heading_line(text, line_start, places, orgs)
        else:
            head = None
        if head is None and story is not None and ("regional" in low or "wide" in low) and _WHOLE_FIGURE.search(
                text, s_start, s_end, timeout=timeout_for(text)):
            # "the remaining 180 in the east. The regional figure shows an increase of [four]": the
            # whole the parts named before make up, the story's place, not the last part's
            chosen, rule = story, "area.whole_of_story"
        elif head is not None:
            # "Durham Police\n55% increase in violent crimes\n40% rise in robbery": the lines of
            # figures under a line that only names a place or the force or council that holds them
            # (a body the text never names as a place makes no area: none, not the paragraph's before)
            chosen, rule = (head if head.key in places.keys else None), "area.heading_line"
        elif frames and ref is None and _carried_frame(frames, places, text, max(0, s_start - _FRAME_REACH), s_start) \
                is not None and not (any(w in low for w in _BODY_WORDS) and _STORY_BODY.search(text, s_start, s_end)) \
                and not orgs.between(s_start, s_end) and not _TURNS_FROM_NATION.search(text, s_start, s.num_start):
            # "Nationwide, just over 30 million people are in jobs ... The jobless total fell by [63,000]": the
            # figures after a national frame are the nation's until a place is named again
            chosen, rule = _the_nation(places, s.num_start), "area.national_carried"
        elif earlier is not None and ref is not None and (
                kind_place := _kind_referred(text, places, ref, earlier, max(0, prev_para_start), s_start)) is not None:
            # "Leicester had 8,000 tourism jobs. In the county, more than [15,000] ...": "the county" is the
            # county named before, not the city of the sentence before
            chosen, rule = kind_place, "area.the_kind_reference"
        elif earlier is not None:
            chosen, rule = earlier, "area.previous_sentence"
        elif ref is not None and (referred := places.last_between(
                prev_para_start, max(0, para_start), lambda a: a.type in _REFERENCE_TYPES[ref.group(1).lower().split()[-1]]
                and not _yardstick(text, a) and not _not_a_county(ref, a))) is not None:
            # "in the area" after "Teesside has 166 ... – the rate for England and Wales is 116":
            # the last place of that kind named in the paragraph before
            chosen, rule = referred, "area.the_area_reference"
        elif (story is None or story.type not in ("nation", "country")) and ("ouncils" in low or "uthorities" in low or "forces" in low or "trusts" in low
                                    or "constabularies" in low) and _GENERAL_BODIES.search(text, s_start, s_end) \
                and not (any(w in low for w in _BODY_WORDS) and _STORY_BODY.search(text, s_start, s_end)):
            # "a priority for local authorities and, in 2017-18, [69,000] fixed penalties were issued":
            # bodies in general, not the story's place
            chosen, rule = None, "area.none_general_bodies"
        # the place of the paragraph(s) before, unless the figure is the story's: a national
        # story ("In total 61 per cent of incidents", after "One case in Chesterfield"), a body
        # named in the sentence ("Herefordshire Council said it was waiting for 500", "the
        # council employs 14,000 staff") or a row of a table
        elif not national_story and not orgs.between(s_start, s_end) and not _row(text, line_start, s.num_start) \
                and not (any(w in low for w in _BODY_WORDS) and _STORY_BODY.search(text, s_start, s_end)) and (
                last := _paragraph_place(text, places, orgs, para_start, sentences, starts)) is not None and (
                ref is None or (last.type in _REFERENCE_TYPES[ref.group(1).lower().split()[-1]] and not _not_a_county(ref, last))):
            chosen, rule = last, "area.previous_paragraph"
        elif story is not None and story.type not in ("nation", "country") and places.nations \
                and (nation := _nation_before_story(text, places, story, s.num_start)) is not None:
            # "Knife offences in England and Wales rose ...\n\nThere were [45,627] offences ...", London first
            # named further down: a figure before the story's place is first named, after a paragraph that names
            # the nation, is the nation's
            chosen, rule = nation, "area.nation_before_story_place"
        elif story is not None:
            chosen, rule = story, "area.story"
            if _PART_AFTER.search(text, s.num_end, s_end, timeout=timeout_for(text)) or \
                    _PART_NEXT.match(text, s_end, s_end + 200):
                # "1,640 breaches in 2020-21 – 47 of the breaches were recorded in West Yorkshire":
                # the figure is the whole the local part belongs to, the nation's if one is named
                chosen = places.nations[0] if places.nations else None
                rule = "area.whole_of_a_local_part"
    if chosen is not None and story is not None and story.key != chosen.key and story.type in ("local_authority", "city_or_town") \
            and _ONE_PLACE_OF.search(text, max(0, chosen.start - 8), chosen.start) \
            and _ONE_PLACE_OF_AFTER.match(text, chosen.end, chosen.end + 24):
        # "in one Hertfordshire borough": a place of the county, unnamed here, the story's own
        chosen, rule = story, "area.one_place_of"
    s.area = chosen.key if chosen else None
    s.area_rule = rule


_OF_WHICH_IN = compiled(r",\s*(?:of\s+(?:which|whom)|(?:the\s+)?(?:majority|most|many|some)\s+of\s+(?:which|whom))\b[^,.;]*?"
                          r"\b(?:in|at|across)\s+(?:the\s+)?$", regex.I)
_WHICH_RUNS = compiled(r",\s*(?:which|who)\s+(?:runs?|covers?|serves?|includes?|manages?|operates?|oversees?|spans?|"
                           r"is\s+based\s+in|has\s+(?:hospitals|sites|offices)\s+in)\s+[^,.;]{0,50}$", regex.I)
_ONE_PLACE_OF = compiled(r"\b(?:one|a|an)\s+$", regex.I)
_ONE_PLACE_OF_AFTER = compiled(r"\s+(?:borough|district|town|city|village|council\s+area|constituency)\b")
#: (a compared figure's share in brackets may stand between: "up from 350 [(12%)] in 2019"; not a closing bracket:
#: "a rise of 3% (up from 66,000[)] in 2022-23" dates the rise, not the figure in the brackets)
_ATTACHED = compiled(r"^(?:\*\*)?(?:\s*\([^()\n]{1,20}\))?[ ,]*(?:in|during|for|at|by|as of|as at|up to)?\s*$", regex.I)
#: a compared figure's own span after "over": "up ... from [4,300] over the same period the previous year"
_OVER_ATTACHED = compiled(r"^[ ,]*over\s+$", regex.I)
_FROM_OVER = compiled(r"[ ,]*over\s+the\s", regex.I)
#: the figure's noun, then its period: "a £3.1m overspend in the year to March 2024", "1,405
#: offenders during 2022-23", "30,416 registered sex offenders for 2006/7" (lower-case words only: not "in Kent in 2022", not "to 5,000 in 2023";
#: not across a conjunction: "12 deaths and in 2020 there were 15")
_NOUN_ATTACHED = compiled(r"^(?:\*\*)?\s+(?:(?!(?:and|or|but|while|whilst|whereas|then)\s)[a-z][a-z'’\-]*\s+){1,3}(?:in|during|over|for)\s+$")
#: a compared figure's own period after a participle: "up from the 195 arrested the previous
#: December", "from the £752 million benchmark set in 2014", "from 1.14 million reported in 2020-21"
_COMPARED_ATTACHED = compiled(
    r"^[ ,]*(?:(?:[a-z]+\s+)?(?:[a-z]{3,}(?:ed|ing)|set|seen|paid|spent|made|held|taken|done)(?:\s+[a-z]{3,})?\s+"
    r"(?:in|during|for|at|by|as of|as at|up to|over)?|on)\s*$")
#: a figure after a change's "on" ("down 1% on [52,880] in the same quarter of 2016"), "in comparison
#: with" or "versus": a compared figure
_ON_FIGURE = compiled(
    r"\b(?:up|down|rise|fall|increase|decrease|higher|lower)\b[^.;]{0,25}?\bon\s+(?:the\s+|a\s+)?"
    r"(?:(?:low|high|peak|record)(?:\s+point)?\s+of\s+)?$"
    r"|\bin\s+comparison\s+(?:with|to)\s+(?:the\s+)?$|\b(?:versus|vs\.?)\s+$", regex.I)
#: "in 2010/11 (30,620)", "2021 ( 412": a figure bracketed right after a period
#: "in 2010/11 ([30,620])", or a noun of the period's own between: "the December 2016 campaign ([5,698])",
#: "the 2022 figure ([412])", "the 2019-20 season ([1,204])"
_BRACKET_AFTER = compiled(r"^(?:\s+(?:campaign|crackdown|operation|figure|figures|total|season|period|survey|census|count|"
                               r"financial\s+year|year|quarter|election|results?|levels?))?\s*\(\s*(?:[£$€]\s*)?$")
#: a clause or bracket that opens after a figure and before a period: the period is that clause's ("a
#: 26% rise to 723, which includes the 96 cases ... in 1989", "76.2 per cent ... (75.7 per cent in 2003-04)")
_RELATIVE_CLAUSE = compiled(r",\s*(?:which|who|including|includes|included)\b|\([^)]*\d[^)]*$", regex.I)
#: a "since" clause between a change and a period: "... by 85% over the past 12 years, since ... in"
_SINCE_CLAUSE = compiled(r"\bsince\b[^;:]*$", regex.I)
_BULLET = compiled(r"\s*[•·▪◦‣●*–-]\s")
#: how many bullets back a bullet looks for its list's period
_BULLET_REACH = 3
#: a clause set against the one before it, opening between a period and a figure: "... at the end of September while
#: just [592] ...", "... in 2019, whereas [40] ..."
_CONTRAST_OPENS = compiled(r"\b(?:while|whilst|whereas)\b", regex.I)
#: (not the comma inside a figure: "households in England – including [142,000] children – were in
#: emergency housing between June and September")
_NEXT_CLAUSE = compiled(r"(?:(?<!\d),|,(?!\d)|;|\b(?:and|while|whilst|but|whereas)\b)", regex.I)
#: (the period's own noun may come first: "than during the 2011 campaign, when [117] people were arrested")
_WHEN_CLAUSE = compiled(r"^(?:\s+(?:campaign|operation|crackdown|season|period|year|month|quarter|census|survey|"
                             r"winter|summer|election|festive\s+period))?[\s,]*(?:when|in\s+which|which\s+(?:saw|had|recorded|was|were))\b[^.]*$",
                             regex.I)


#: a flow counted since a time, the figure's own noun between: "412 arrests for burglary since April"
#: (a count, not a change: "rose by 12% since 2019" is measured from 2019)
_SINCE_FLOW = compiled(r"(?:\s+(?!(?:and|or|but|while|than|from|compared)\b)[a-z][a-z'’\-]*){0,5}\s+since\s+(?:the\s+(?:start|beginning)\s+of\s+)?")


def _is_baseline(text: str, p: Period) -> bool:
    """A period after "from/on/since/than/over" is the baseline of a comparison (not "on 31
    March"), and so is the period of a compared figure ("up from 110 last year"). Decided once
    per period of the document being linked (:func:`link` empties the memo)."""
    key = (p.start, p.end)
    memo = getattr(_MEMO, "baselines", None)
    if memo is None:
        memo = _MEMO.baselines = {}
    found = memo.get(key)
    if found is None:
        found = memo[key] = is_comparison_base(text, p.start, p.kind, p.rule) or (
            (("than" in (near := text[max(0, p.start - 24):p.start]) or " as " in near or " to " in near or " with " in near
              or "from " in near or " on " in near) and bool(_THAN_AT.search(text, max(0, p.start - 24), p.start)))
            or (" of " in text[max(0, p.start - 90):p.start] and bool(_FROM_A_HIGH.search(text, max(0, p.start - 90), p.start)))
            or ("ompar" in text[max(0, p.start - 60):p.start] and bool(_COMPARING_WITH.search(text, max(0, p.start - 60), p.start)
                                                                        or _COMPARED_LEVELS_IN.search(text, max(0, p.start - 60), p.start)))
            or (" and " in text[max(0, p.start - 40):p.start] and "than" in text[max(0, p.start - 90):p.start]
                and (m_and := _THAN_AND.search(text, max(0, p.start - 90), p.start)) is not None
                and (m_and.group("noun") is not None or _BRACKET_FIGURE_NEXT.match(text, p.end, p.end + 4) is not None)
                and _OWN_VERB_NEXT.match(text, p.end, p.end + 12) is None)  # (not "and the rate for 2023 was 5.1%")
            or ("than" in text[max(0, p.start - 30):p.start] and bool(_THAN_THE.search(text, max(0, p.start - 30), p.start))
                and bool(_BASE_NOUN_AFTER.match(text, p.end, p.end + 12)))
            or (text.endswith(", ", 0, p.start) and bool(_APPOSED_BASE.search(text, max(0, p.start - 70), p.start)))
            or (("ike " in (opening := text[max(0, p.start - 24):p.start]) or "s in " in opening or "s during " in opening
                 or "case " in opening)
                and bool(_AS_IN.search(text, max(0, p.start - 24), p.start)))
            or (_base_level_word(text[max(0, p.start - 90):p.start])
                and bool(_BASE_LEVEL_SEARCH(text, max(0, p.start - 140), p.start)))
            or ((" the " in (near := text[max(0, p.start - 40):p.start]) or " its " in near or " their " in near)
                and bool(_BASE_NOUN_BEFORE.search(text, max(0, p.start - 40), p.start))))
        if found and "than" in text[max(0, p.start - 40):p.start] and _THAN_DURATION.search(text, max(0, p.start - 40), p.start):
            # "waiting no longer than 62 days in June", "more than four hours in May": a time limit, no
            # compared figure; the period dates the sentence's own figure
            found = memo[key] = False
        if found and (_OPENS_SENTENCE.search(text, max(0, p.start - 16), p.start) and text.startswith(",", p.end)
                      or _FIGURES_FOR.search(text, max(0, p.start - 40), p.start)):
            # "During the same period in 2021, [94] households ...", "Figures for the same period in 2015 show
            # there were [25] fatalities": a period that opens its sentence dates what follows, though it reads
            # like a comparison's other side
            found = memo[key] = False
    return found


#: "down 4.2% on the number of journeys completed in the year ending March 2005", "higher than the level
#: recorded in 2019", "4.1%, above the level of a year ago": the period of the compared number, a change's baseline
_BASE_LEVEL_WORDS = ("number", "level", "total", "figure", "count", "amount")
_BASE_LEVEL = compiled(
    r"(?:\b(?:up|down|higher|lower|more|fewer|less|rise|rises|rose|fall|falls|fell|increase|decrease|drop)\b|%|\bper\s*cent\b)"
    r"[^.;:!?]{0,25}?\b(?:on|than|compared\s+(?:with|to)|against|above|below)\s+(?:the|its|their)\s+(?:[a-z-]+\s+)?"
    r"(?:number|level|total|figure|count|amount)s?\b(?:(?:\s+(?:of\s+)?[a-z-]+){0,4}?\s+(?:in|for|during|at|over)|\s+of)\s+(?:the\s+)?$",
    regex.I)

#: "Like in 2011, women outnumbered men", "As in 2019, the county ...", "Unlike 2020, ...": a clause that
#: opens on the time the figures are likened to; the figures are the story's own period's
#: (not "As at 31 March" nor "As of 2019": a snapshot's own date)
_AS_IN = compiled(r"(?:^|[.!?]\s+|\n\s*|,\s+|\(\s*)(?:just\s+)?(?:(?:like|unlike)\s+(?:(?:in|during|for)\s+)?|as\s+(?:was\s+the\s+case\s+)?"
                       r"(?:in|during)\s+)(?:the\s+)?$", regex.I)


def _base_level_word(window: str) -> bool:
    return any(w in window for w in _BASE_LEVEL_WORDS)


#: a time limit before a period: "longer than 62 days in", "more than 12 hours during" (a duration, not a compared figure)
_THAN_DURATION = compiled(r"\bthan\s+(?:\d+|[a-z]+)\s+(?:days?|weeks?|hours?|minutes?|months?)\s+(?:in|during|for)\s+(?:the\s+)?$", regex.I)
#: a sentence that opens on the figures of a period: "Figures for the same period in 2015 show ..."
_FIGURES_FOR = compiled(r"(?:^|[.!?]\s+|\n\s*)(?:The\s+)?(?:(?:latest|new|official|comparable)\s+)?"
                        r"(?i:figures|data|statistics|numbers)\s+(?:for|covering)\s+$")
_OPENS_SENTENCE = compiled(r"(?:^|[.!?]\s+|\n\s*)(?:(?:During|In|Over|For|Across|Throughout|Within)\s+)?$")
#: "compared to the previous year, 2021/22", "down on the year before, 2019": the baseline named again
#: in apposition is a baseline too
_APPOSED_BASE = compiled(
    r"\b(?:compared\s+(?:with|to)|than|from|on|against|over)\s+(?:the\s+|a\s+)?(?:same\s+(?:period|time|quarter|month)\s+(?:of\s+|in\s+)?(?:the\s+)?)?"
    r"(?:previous|preceding|prior|last)\s+(?:financial\s+|calendar\s+|academic\s+)?(?:year|quarter|month|period)\s*,\s+$"
    r"|\b(?:compared\s+(?:with|to)|than|from|on|against)\s+(?:the\s+)?(?:year|quarter|month)\s+before\s*,\s+$", regex.I)
#: a change measured since a time ("a rise from 16.4% since the 2011 census", "up 12% since 2019"): the
#: time is the change's starting point, which dates no figure of the sentences after it
_SINCE_BASE = compiled(
    r"\b(?:rise|rises|risen|rose|rising|increase[sd]?|increasing|fall|falls|fallen|fell|falling|grow|grown|grew|growth|up|down|"
    r"declined?|declines|drop|dropped|drops|higher|lower|more|fewer|doubled|trebled|halved|gain|change)\b(?:[^.;:!?\n]|(?<=\d)\.(?=\d)){0,80}?"
    r"\bsince\s+(?:the\s+)?(?:[a-z]+\s+)?$", regex.I)


#: "The trust last hit the target in the week ending August 31", "the standard was last met in July 2015":
#: when something last happened, no frame for the figures after it (another trust's, the next month's)
_LAST_EVENT = compiled(r"\blast\s+(?:(?:hit|met|achieved|reached|exceeded|beat|managed|did\s+so|happened|occurred)\b"
                            r"|(?:been\s+)?(?:hit|met|achieved|reached|exceeded)\b)[^.;:!?\d]{0,40}$", regex.I)


#: the words that open an aside after a figure ("to 334, including the 71 deaths at Grenfell Tower in June
#: 2017", "down 39% due to removing crews from trials in September 2017"): a cheap test before _EVENT_ASIDE
_EVENT_ASIDE_WORDS = ("nclud", "due to", "owing to", "because of", "linked to", "caused by", "blamed on", "attributed to")
_EVENT_ASIDE = compiled(r"\b(?:including|includ(?:es|ed)|due\s+to|owing\s+to|because\s+of|linked\s+to|caused\s+by|"
                       r"blamed\s+on|attributed\s+to)\b(?:[^.;:!?()\n\d]|(?<=\d)[.,](?=\d)|\d){0,90}$", regex.I)


def _aside_start(text: str, p: Period) -> int | None:
    """Where the aside a day or month sits in opens ("including ...", "due to ...", "linked to ..."), or
    None: such a period dates the event the aside names (the case it includes, the cause), not a figure
    before the aside nor the sentences after it. Decided once per period (:func:`link` empties the memo)."""
    memo = getattr(_MEMO, "asides", None)
    if memo is None:
        memo = _MEMO.asides = {}
    key = (p.start, p.end)
    if key not in memo:
        if p.kind not in ("month", "date"):
            # (a year or a financial year in an aside frames its figures too: "an 11% increase in fires linked
            # to the dry summer in 2018"; an event the aside names is dated by its day or month)
            memo[key] = None
            return None
        window = text[max(0, p.start - 100):p.start]
        m = _EVENT_ASIDE.search(text, max(0, p.start - 100), p.start) if any(w in window for w in _EVENT_ASIDE_WORDS) else None
        memo[key] = m.start() if m else None
    return memo[key]


#: a period that dates an event of a noun before it, not a figure: "the three per cent stamp duty surcharge on
#: second homes introduced last year", "the scheme, launched in 2019," (a participle straight before the period;
#: the figure's own when its noun is what was introduced: "[30] rules introduced last year")
_EVENT_PARTICIPLE = compiled(r"\b(?:introduced|launched|unveiled|brought\s+in|set\s+up|rolled\s+out|abolished|scrapped|"
                                  r"founded|established|imposed)\s+(?:(?:in|on|during|from|back\s+in)\s+)?(?:the\s+)?$")


def _event_period(text: str, p: Period) -> bool:
    """Whether a period dates an event named by a participle right before it ("introduced last year")."""
    near = text[max(0, p.start - 28):p.start]
    return ("ed " in near or " in " in near or " up " in near or " out " in near) and bool(
        _EVENT_PARTICIPLE.search(text, max(0, p.start - 28), p.start))


def _last_event(text: str, p: Period) -> bool:
    return "last " in text[max(0, p.start - 60):p.start] and bool(_LAST_EVENT.search(text, max(0, p.start - 60), p.start))


def _since_base(text: str, p: Period) -> bool:
    """The period ends a change's "since" ("rose 6% since the 2011 census"): not a frame to carry."""
    lo = max(0, p.start - 24)
    return "since" in text[lo:p.start] and bool(_SINCE_BASE.search(text, max(0, p.start - 110), p.start))


#: "seven per cent more than on 31 March 2010", "higher than in 2019", "fewer in 2014-15 than it did in
#: 2013-14", "the same as 2014/15", "unchanged
#: from 2022": the other side of a comparison
_THAN_AT = compiled(r"(?:\bthan\s+(?:(?:it|they|there|we|he|she)\s+(?:did|was|were|had|saw|recorded)\s+)?(?:on|in|at|for|during)|\bsame\s+as(?:\s+(?:in|at|on|for))?|\bsimilar\s+to|"
                         r"\bunchanged\s+(?:from|on)|\bin\s+line\s+with)\s+(?:the\s+)?$", regex.I)
#: between a holder and the scope of the ranking in an apposition to it: "[City of London Police], the smallest force in "
_APPOSED_SCOPE = compiled(r"(?:\s+[A-Z][\w&'’-]*)*,\s+(?:the|its|a)\s+[^,.;:()]{1,60}?\s+(?:in|across|of)\s+(?:the\s+)?")
#: the second item of a comparison's "than" list: "fewer than in February (93.2%) and the average for [2014]"
#: (with the noun of a figure before the period, or the figure in a bracket after it: not "higher than in 2019 and in
#: [2020] there were 400", a clause of its own)
#: ("than" before a number is a quantity's, "more than 400 people", no comparison)
_THAN_AND = compiled(r"\bthan\s+(?:in\s+)?(?![£$€]?\d)(?:[^.;:]|(?<=\d)\.(?=\d)){1,60}?\band\s+(?:in\s+)?(?:the\s+)?"
                          r"(?P<noun>(?:average|figure|level|rate|total|number)\s+(?:for|in|of)\s+)?(?:the\s+)?$", regex.I)
_BRACKET_FIGURE_NEXT = compiled(r"\s*\(\s*[£$€]?\d")
_OWN_VERB_NEXT = compiled(r"\s+(?:was|were|is|are|stood|rose|fell|reached|hit)\b")
#: "Comparing September 2017 with [September 2016]", "comparing this year to [last year]": the period the
#: comparison is made against
_COMPARING_WITH = compiled(r"\bcomparing\s+[^.;:,()]{1,40}?\s+(?:with|to|against)\s+(?:the\s+)?$", regex.I)
#: "When compared to pre-COVID crime levels in 2019": the period of the levels compared with
_COMPARED_LEVELS_IN = compiled(r"\bcompared\s+(?:with|to|against)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
                               r"(?:levels?|figures?|numbers?|totals?|rates?)\s+(?:in|for|of|during)\s+(?:the\s+)?$", regex.I)
#: "26% higher than the pre-COVID 2019 figure of £260.51", "lower than the 2010 level": the period of a
#: compared level
_THAN_THE = compiled(r"\bthan\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$", regex.I)
#: "a 1% decrease on the number a year previously", "compared with the total 12 months before", "almost double the
#: number of the previous year's operation": the compared figure named by its noun, then its period
_BASE_NOUN_BEFORE = compiled(r"\b(?:on|than|from|compared\s+(?:with|to)|against|over|double|twice|treble|triple|half)\s+"
                                  r"(?:the|its|their)\s+(?:same\s+)?(?:number|figure|total|level|count|rate|tally)s?\s+"
                                  r"(?:(?:recorded|reported|seen)\s+|(?:of|in|for|during)\s+)?$", regex.I)
_BASE_NOUN_AFTER = compiled(r"\s+(?:figure|level|total|average|peak|rate|number)s?\b", regex.I)
#: "from a high of [31,850]", "compared with a peak of [410]", "compared with performance of [95.7] per
#: cent", "against a rate of [12]": a compared figure
_COMPARED_LEVEL = compiled(r"\b(?:from|than|compared\s+(?:with|to)|against)\s+(?:(?:a|an|the|its)\s+(?:[a-z-]+\s+){0,2}?"
                                r"(?:high|low|peak|total|figure|level)|(?:(?:a|an|the|its)\s+)?(?:[a-z-]+\s+)?"
                                r"(?:performance|rate|average|score))\s+of\s+$", regex.I)
#: "from a high of 31,850 in 2016", "compared with a peak of 410 in March": a compared figure's own period
_FROM_A_HIGH = compiled(
    r"\b(?:from|than|compared\s+(?:with|to)|against|on|below|above|beating|beat|breaking|surpassing|exceeding|eclipsing|passing)\s+"
    r"(?:a|an|the|its)\s+(?:[a-z-]+\s+){0,2}?(?:high|low|peak|total|figure|level|record)\s+"
    r"of\s+[£$€]?\d[\d,.]*(?:\s*(?:m|bn|k|million|billion|per\s*cent|%))?(?:\s+[a-z]+){0,2}?\s+(?:in|during|for|at|on)\s+(?:the\s+)?$",
    regex.I)


#: _is_baseline's answers for the document :func:`link` is linking, per thread (the service may
#: link documents in several threads at once)
_MEMO = threading.local()


def _event_day(text: str, p: Period) -> bool:
    """A day named with its weekday (a meeting "on Thursday, February 21", a report "next week
    (Monday, October 24)"): when something happens, not the period a story's figures cover.
    Snapshot days ("as of 31 March 2019", "21 March 2021, the day of the census") have none."""
    return p.kind == "date" and bool(WEEKDAY_BEFORE.search(text, max(0, p.start - 14), p.start))


#: a meeting that will hear of a figure, or a report or paper to one: "On Monday (September 3) a meeting of the
#: Cabinet Panel will hear that delays have fallen by [56.25] per cent", "a report to the committee on Thursday,
#: March 7, shows", "a paper for a council meeting next week says" (not a meeting that heard of a day's events:
#: "the panel heard that on Saturday, February 24, officers made 14 arrests"; nor a meeting held that day)
_MEETING_HEARS = compiled(r"\bwill\s+(?:hear|discuss|consider|debate|be\s+(?:told|asked|shown|presented\s+with))\b"
                          r"|\b(?:report|paper|papers)\s+(?:to|for)\b(?=[^.;:]{0,60}\b(?:meeting|committee|panel|cabinet|board|council)\b)",
                          regex.I)


#: the times a meeting is held at, besides a day named with its weekday: "next week", "on Tuesday",
#: "tomorrow" ("last week" is when something happened, not the meeting's time)
_MEETING_TIMES = frozenset({"relative.week", "relative.weekday", "relative.tomorrow"})


def _a_meeting_time(text: str, p: Period) -> bool:
    """A day named with its weekday, or a week, weekday or tomorrow that is not past ("next week", not
    "last week")."""
    if p.rule not in _MEETING_TIMES:
        return _event_day(text, p)
    return not text.startswith(("last", "Last"), p.start)


def _meeting_day(text: str, p: Period, s: Statistic, s_start: int) -> bool:
    """A meeting's day or week (:func:`_a_meeting_time`) before a figure, in a sentence that tells of a
    meeting that will hear of the figure, or a report to one (:data:`_MEETING_HEARS`), before the figure:
    the day of the meeting, not the figure's period."""
    return s.num_start - p.end <= 200 and _a_meeting_time(text, p) and bool(
        _MEETING_HEARS.search(text, max(s_start, p.start - 80), s.num_start))


def _meeting_time(text: str, p: Period, sentences: Sentences) -> bool:
    """A meeting's week or day ("a paper for a council meeting next week"), with the meeting's words
    in its sentence: never the story's period (:func:`main_period`)."""
    if p.rule not in _MEETING_TIMES or not _a_meeting_time(text, p):
        return False
    s_start, s_end = sentences.at(p.start)
    return _MEETING_HEARS.search(text, max(s_start, p.start - 80), min(s_end, p.end + 60)) is not None


def _after_since(text: str, p: Period) -> bool:
    """The period closes a "since" clause of its sentence ("risen by 40% over ten years, since the
    figures were first published in 2013/14"): where a change is measured from, no frame."""
    window = text[max(0, p.start - 100):p.start]
    if "since" not in window:
        return False
    cut = max(window.rfind(". "), window.rfind("\n"))
    return bool(_SINCE_CLAUSE.search(window, cut + 1 if cut >= 0 else 0))


#: how many paragraphs after the lede's year a story's first other period may come and still frame it
_FRAME_PARAGRAPHS = 3


_N_YEARS = compiled(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years\b", regex.I)


def _months(day: str) -> int | None:
    """'2016-06-30' -> a month count (year * 12 + month), None for anything else."""
    return int(day[:4]) * 12 + int(day[5:7]) if len(day) >= 7 and day[:4].isdigit() and day[5:7].isdigit() else None


#: how far after a story's "this year" (characters) a span inside it may be named and still be the figures' own
_NARROWER_REACH = 800


def _inside(inner: str | None, outer: str | None) -> bool:
    """Whether the period ``inner`` lies within ``outer`` and is shorter ("2019-01-01/2019-03-31" in "2019")."""
    a, b = norm.period_span(inner), norm.period_span(outer)
    return a is not None and b is not None and b[0] <= a[0] and a[1] <= b[1] and a != b


def _same_twelve_months(rolling: str | None, named: str | None) -> bool:
    """Both values are spans of about a year, the named one ending at most five months before the
    rolling one ends: the same twelve months told twice ('the past year' in an October story, 'July
    2015 up to June this year')."""
    if not rolling or not named or "/" not in rolling or "/" not in named:
        return False
    (r0, r1), (n0, n1) = rolling.split("/", 1), named.split("/", 1)
    r0, r1, n0, n1 = _months(r0), _months(r1), _months(n0), _months(n1)
    if None in (r0, r1, n0, n1):
        return False
    return 11 <= r1 - r0 <= 12 and 11 <= n1 - n0 <= 12 and 0 <= r1 - n1 <= 5


#: periods ahead of the story ("savings of £101.5m within the next financial year"): a plan's or a
#: forecast's period dates the figures of its own sentence, never the story's other figures
_AHEAD = frozenset({"relative.next_financial_year", "relative.next_year", "relative.next_month", "relative.tomorrow"})


def main_period(text: str, stats: list[Statistic], periods: list[Period], sentences: Sentences,
                quoted: list[tuple[int, int]] = ()) -> Period | None:
    """The period a story is about: the period of the first sentence that states a figure and
    a (non-baseline) period, else its most frequent financial year, else its first resolved period.
    "Eight years ago" is a point of comparison and "by March 2025" a deadline: neither is the
    story's period; nor is a period inside a quotation (a speaker's "between 1998/9 and
    2011/12" is the speaker's point, not the frame of the story's figures)."""
    quoted = sorted(quoted)
    quote_starts = [a for a, _ in quoted]

    def in_quote(pos: int) -> bool:
        i = bisect.bisect_right(quote_starts, pos) - 1
        return i >= 0 and pos < quoted[i][1]

    candidates = [p for p in periods if p.rule != "relative.today" and not _is_baseline(text, p)
                  and not p.rule.endswith(("years_ago", "twelve_months_ago")) and not is_deadline(text, p.start, p.end)
                  and not in_quote(p.start) and not _event_day(text, p) and not _after_since(text, p)
                  and not _meeting_time(text, p, sentences)
                  and p.rule not in _AHEAD and not _event_period(text, p)]
    frames = [p for p in candidates if p.value]
    by_start = ByStart(candidates)
    if stats and (head := _headline_period(text, stats, frames, sentences)) is not None:
        return head
    first_year = None  # the first year named in a sentence with a figure
    for st in stats:
        s_start, s_end = sentences.at(st.num_start)
        for p in _newest_of_series_first(text, list(by_start.between(s_start, s_end)), stats):
            if first_year is None and p.kind == "year" and p.value:
                first_year = _stepped_on(text, p, stats, sentences, by_start, s_end) or p
            if p.rule == "relative.last_n" and st.direction is not None and _N_YEARS.search(text, p.start, p.end):
                # "risen by more than a third in the last three years": the window of a change over
                # years, not the period the story's levels are for
                continue
            if p.value is None:
                # the first figures are for a period the text does not date ("rose to 733 for the
                # year to March", no publication date): the story's period is unknown
                return None
            if p.kind != "year":
                if first_year is not None and text.count("\n\n", first_year.end, p.start) >= _FRAME_PARAGRAPHS:
                    # the year of the lede's figures ("59.6 million, results of the 2021 census show")
                    # beats a span named paragraphs later ("Between 2001 and 2011 it grew by 7.8%")
                    return first_year
                # "the crackdown between June 14 and July 15 ... This year 394 failed": the span
                # the story set out before beats a vaguer "this year"
                span = next((q for q in frames if q.kind == "range" and q.end <= s_start), None)
                if p.kind == "relative" and span is None and p.rule in ("relative.last_year", "relative.last_n"):
                    # "crime has risen by 13 per cent in the past year ... 73,429 crimes from July 2015 up to
                    # June this year": the release's own twelve months, named later, beat the rolling year
                    # counted back from the publication date
                    span = next((q for q in frames if q.start > s_end and q.kind in ("range", "financial_year")
                                 and _same_twelve_months(p.value, q.value)), None)
                if p.kind == "relative" and span is None and p.rule == "relative.this_year":
                    # "1.5million extra patients faced a long wait this year ... Between January and March, 12.3million
                    # appointments were made 15 days or more after booking": the span the figures are for, inside
                    # the vaguer "this year", named in the paragraphs just after
                    span = next((q for q in frames if s_end <= q.start < s_end + _NARROWER_REACH and q.kind == "range"
                                 and _inside(q.value, p.value)), None)
                found = span if p.kind == "relative" and span is not None else p
                return _stepped_on(text, found, stats, sentences, by_start, s_end) or found
    fys = Counter(p.value for p in frames if p.kind == "financial_year")
    if fys:
        value, _ = max(fys.items(), key=lambda kv: (kv[1], kv[0]))
        return next(p for p in frames if p.value == value)
    # (not a relative period named after every figure: "Last year, they could not raise the tax at all" closing
    # a story frames none of the figures before it; a span it closes on may: "The number of arrests was
    # monitored between December 1 2014 and January 5 2015")
    last = max((st.num_start for st in stats), default=-1)
    found = next((p for p in frames if p.kind in ("relative", "date", "month", "range")
                  and (p.start < last or p.kind != "relative")), None)
    if found is not None and found.rule == "relative.last_n" and (
            _N_YEARS.search(text, found.start, found.end) or "decade" in text[found.start:found.end]):
        # "the biggest rises in population in the last decade according to the 2021 census": the window the
        # changes are measured over ends with the data's own year, which dates the story's figures
        lo, hi = sentences.at(found.start)
        found = next((p for p in frames if p.kind == "year" and lo <= p.start < hi and p.start > found.end), found)
    if found is None and first_year is not None:
        # a story that dates its figures only by a year ("Durham welcomed 19.71 million visits in
        # 2017"): that year
        return first_year
    if found is None and stats:
        # a headline or lede without a figure that names the story's year ("Ambulance waits grew
        # longer in 2022") frames the figures after it
        first = min(st.num_start for st in stats)
        # (not a year in a bracket: "Open cases (with the figure for 2022 in brackets)" dates the bracketed figures)
        found = next((p for p in frames if p.kind == "year" and p.end <= first
                      and not _in_bracket(text, _line_start_of(text, p.start), p.start)), None)
    return found



#: the kinds of period a sentence may step through, one value after another, as a series
_SERIES_KINDS = frozenset({"year", "month", "date", "financial_year"})


def _newest_of_series_first(text: str, found: list[Period], stats: list[Statistic]) -> list[Period]:
    """A sentence's periods for :func:`main_period`, in order, except that a series stepping forward
    ("In June 2004 the waiting list was 12,188, and in June 2005 was 9,817"; "there were 310 in
    2019-20 and 402 in 2020-21") puts its newest first: the story's own time is where the series
    ends, the earlier steps are what it is compared with. A series: two or more periods, all with
    values, of one kind (years, months, dates or financial years), each later than the one before,
    with a figure between each step and the next (not "carried out in 2019 and published in 2021,
    found 62%"), and nothing that looks ahead between them (a forecast, a target, a plan: "455 arrests
    in 2022, and the force expects 700 in 2024" is no series). (A deadline, "by 2025", never reaches
    here: :func:`main_period` leaves deadlines out of its candidates.)
    (A year found so is also the story's first year, which frames it when no other period does.)"""
    if len(found) < 2 or not all(p.value and p.kind == found[0].kind for p in found) or found[0].kind not in _SERIES_KINDS:
        return found
    if any(b.value <= a.value for a, b in zip(found, found[1:])):
        return found
    starts = [st.num_start for st in stats]
    for a, b in zip(found, found[1:]):
        i = bisect.bisect_left(starts, a.end)
        if i >= len(starts) or starts[i] >= b.start or _LOOKS_AHEAD.search(text, a.end, b.end):
            return found
    return [found[-1], *found[:-1]]


#: words that look ahead: a forecast, a target, a plan ("expects 700 in 2024", "aims to cut that to 300 in
#: 2025", "is forecast to reach 4,000 in 2026", "will rise to"): the plans' cues of period.none_future and the
#: forecast words (patterns/lexicon.json), case-sensitive ("in May 2022" is a month)
_LOOKS_AHEAD = compiled(r"\b(?:" + "|".join(lexicon("future_cues") + lexicon("forecast_words")) + r")\b")


#: a sentence that opens by taking the figure before it on: "The figure jumped to ...", "This rose to ...",
#: "That number climbed to ..." (not the figure of another place: "The rate in Wales was ..."; nor another
#: doing: "It went on to spend ...")
_TAKES_FIGURE_ON = compiled(r"\s*(?:(?:The|This|That|Its)\s+(?:figure|number|total|count|tally)\b(?!\s+(?:in|for|across|of)\s)"
                            r"|(?:This|That|It)\b)(?:\s+[a-z]+){0,2}?\s+(?:has\s+|had\s+)?(?:rose|risen|jumped|climbed|grew|grown|"
                            r"fell|fallen|dropped|increased|decreased|soared|leapt|leaped|doubled|halved|reached|hit)\b")


def _stepped_on(text: str, found: Period, stats: list[Statistic], sentences: Sentences, by_start: ByStart,
                s_end: int) -> Period | None:
    """The period of the sentence just after the story's first dated one when that sentence takes
    the figure on to a later period ("There were 2,520 referrals during 2015/16. The figure jumped to
    3,156 last year": 2016/17): the story's own time is where the figure got to, as in a series
    written in one sentence (:func:`_newest_of_series_first`); else None. The later period must be
    written like the first (both years, months, days or spans), come after a figure of that sentence,
    and nothing may look ahead there ("That number is forecast to reach 4,000 in 2026": a forecast)."""
    nxt = next((st for st in stats if st.num_start >= s_end), None)
    if found.value is None or nxt is None:
        return None
    n_start, n_end = sentences.at(nxt.num_start)
    if text[s_end:n_start].strip() or not _TAKES_FIGURE_ON.match(text, n_start, n_end) \
            or _LOOKS_AHEAD.search(text, n_start, n_end):
        return None
    shape = (len(found.value), "/" in found.value)
    later = [q for q in by_start.between(n_start, n_end)
             if q.value and (len(q.value), "/" in q.value) == shape and q.value > found.value and q.start > nxt.num_start]
    return max(later, key=lambda q: q.value) if later else None


#: a headline: one short line with no full stop, "!", "?", bracket or colon in it (a headline with a
#: figure is refused by the caller: the story's first figure must come after it)
_HEADLINE = compiled(r"[^\n.!?():]{8,140}")


def _headline_period(text: str, stats: list[Statistic], frames: list[Period], sentences: Sentences) -> Period | None:
    """The one period a headline names ("Burglaries rose last year", "Drink-drive arrests fall in 2023")
    when the story's first figure comes in a sentence that names none: the headline dates the lede's
    figures, before a period named for another figure later ("In 2021-22 the force recorded 3,500")."""
    lead = len(text) - len(text.lstrip())
    m = _HEADLINE.match(text, lead)
    if m is None or not text.startswith("\n", m.end()) or len(m.group().split()) > 16 or m.group()[:1].islower():
        return None
    named = [p for p in frames if p.end <= m.end()]
    first = min(stats, key=lambda st: st.num_start)
    if len(named) != 1 or first.num_start < m.end() or named[0].kind not in ("year", "relative", "financial_year"):
        return None
    s_start, s_end = sentences.at(first.num_start)
    if any(s_start <= p.start < s_end for p in frames):
        return None
    return named[0]


@lru_cache(maxsize=1)
def _link_rules():
    return load_rules("link.json", component="link", flags=0)


@lru_cache(maxsize=None)
def _rule_search(rule_id: str):
    """The search of a link rule's pattern that mostly misses, behind its backward test (see
    :func:`extractor.rules.pretested`), made once per rule."""
    return pretested(_link_rules()[rule_id].pattern)


#: "Today's figures", "today's official statistics": the figures that came out today
_TODAYS_FIGURES = compiled(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:figures|statistics|stats|data|report|release|numbers|analysis)\b")


def publication_time(text: str, p: Period) -> bool:
    """A day or month named as when the figures came out ("published today", "released this
    morning", "revealed on Thursday", "first revealed in the Chron in April"): it dates no
    statistic; nor does the day of "today's figures" ("Today's figures also show a rise of nine per
    cent": the day they came out; not "Police stopped 40 drivers today")."""
    if p.rule == "relative.today" and _TODAYS_FIGURES.match(text, p.end, p.end + 40):
        return True
    if p.kind not in ("relative", "date", "month"):
        return False
    if p.kind != "month" and _RELEASED_AFTER.match(text, p.end, p.end + 24):
        return True  # "Northamptonshire Police this afternoon revealed almost 6,000 ...": when they said it
    return bool(_rule_search("period.publication_time")(text[max(0, p.start - 90):p.start]))


#: a verb of release right after a day: "this afternoon revealed", "yesterday announced", "on Tuesday published"
_RELEASED_AFTER = compiled(r"\s+(?:revealed|released|published|announced|unveiled|confirmed|disclosed|issued)\b")


#: the words the target rules need (a cheap test before their patterns)
_PLAN_TARGET_WORDS = ("arget", "goal", "mbition", "ledge", "bjective", "required", "obliged", "expected", "want", "promis", "vow",
                      "need", "hreshold", "tandard", "must", "told")
#: how far before a figure (characters) a plan's verb makes it a plan ("will spend £2m"; not "Ministers
#: will be concerned that ..., with gun crime rising 23%")
_FUTURE_REACH = 70


def timeless(text: str, s: Statistic, s_start: int) -> str | None:
    """Why a statistic takes no period from outside its sentence, or None: it counts the parts
    of an organisation, it is a plan (future tense), or it is a target or an obligation."""
    rules = _link_rules()
    structural, future = rules["period.none_structural"], rules["period.none_future"]
    if s.kind == "count" and structural.pattern.match(text[s.num_end:s.num_end + 80]):
        return structural.id
    if s.kind == "count" and (" of " in (before := text[max(s_start, s.start - 40):s.start]) or "comp" in before
                              or "into " in before or "span" in before) and rules["period.none_composition"].pattern.search(before):
        return "period.none_composition"
    if future.pattern.search(text[max(s_start, s.num_start - _FUTURE_REACH):s.num_start]):
        return future.id
    target, after = rules["period.none_target"], rules["period.none_target_after"]
    window, following = text[max(s_start, s.start - 80):s.start], text[s.num_end:s.num_end + 40]
    low, low_following = window.lower(), following.lower()  # (the rules are case-blind: "Required to")
    if (any(w in low for w in _PLAN_TARGET_WORDS) and target.pattern.search(window)) or (
            any(w in low_following for w in _PLAN_TARGET_WORDS) and after.pattern.match(following)):
        return target.id
    return None


def _target_figure(text: str, s: Statistic) -> str | None:
    """The id of the rule that reads the figure as a target's ("the target to treat or discharge
    95 per cent", "the standard is for 95%", "a 95 per cent target"), or None."""
    # (cheap guards, blind to the case of a word's first letter, before the patterns)
    window = text[max(0, s.start - 60):s.start]
    if ("arget" in window or "tandard" in window or "oal" in window or "bjective" in window or "mbition" in window) \
            and _link_rules()["period.target_figure"].pattern.search(window):
        return "period.none_target"
    following = text[s.num_end:s.num_end + 40]
    if ("arget" in following or "oal" in following or "mbition" in following or "ledge" in following) \
            and _link_rules()["period.none_target_after"].pattern.match(following):
        return "period.none_target"
    return None


def _other_clause_period(text: str, s: Statistic, in_sentence: list[Period]) -> bool:
    """None of the sentence's periods is in the figure's clause: each stands in an earlier clause, or in a later
    one ("The 95% target has not been met since the week ending September 28, but today's figure ..."), or is
    where a "since" counts from."""
    if not in_sentence:
        return False
    for p in in_sentence:
        if p.end <= s.num_start:
            if _TARGET_CLAUSE_BREAK.search(text, p.end, s.num_start) is None:
                return False
        elif p.start < s.num_end or (_TARGET_CLAUSE_BREAK.search(text, s.num_end, p.start) is None
                                     and "since " not in text[max(s.num_end, p.start - 12):p.start]):
            return False
    return True


#: what ends the clause of a period before a target's figure: "in 2014-15 but ... the target to treat 95%"
_TARGET_CLAUSE_BREAK = compiled(r"\b(?:but|while|whilst|whereas)\b|;|\s[–—-]\s")


#: a vague era that dates a figure: "pre-pandemic levels of", "before the Covid pandemic, at"
_VAGUE_ERA_BEFORE = compiled(r"\b(?:pre-(?:pandemic|covid|coronavirus|crisis)|before\s+the\s+(?:(?:covid(?:-19)?|coronavirus)\s+)?"
                                  r"(?:pandemic|crisis))\s*(?:levels?|figures?|peak|average|highs?|rates?|totals?)?\s*,?\s*"
                                  r"(?:of|at|was|were|stood\s+at)?\s*(?:(?:around|about|almost|nearly|some|just)\s+)?[£$€]?$", regex.I)
_VAGUE_ERA_AFTER = compiled(r"\s*(?:%|per\s*cent)?(?:\s+[a-z]+){0,3}?\s+(?:before|prior\s+to)\s+the\s+"
                                 r"(?:(?:covid(?:-19)?|coronavirus)\s+)?(?:pandemic|crisis)\b", regex.I)


_RECENTLY = compiled(r"\b(?:recently|in\s+recent\s+(?:years|months|weeks|times))\b[^.;:\d]{0,50}$", regex.I)


def _later_figures_period(text: str, s: Statistic, p: Period, starts: list[int] | None) -> bool:
    """The period after the figure is another figure's, set in a clause of its own: "saw [94.7]% ...,
    almost hitting the target after falling to 78.2% in the week to November 30"."""
    if not starts:
        return False
    i, j = bisect.bisect_right(starts, s.num_start), bisect.bisect_left(starts, p.start)
    if i >= j:
        return False
    other = starts[j - 1]
    return other >= s.num_end and bool(_OTHER_ATTACHED.fullmatch(text, other, p.start)) \
        and bool(_SUBORDINATE_GAP.search(text, s.num_end, other))


def _baseline_figures_period(text: str, s: Statistic, p: Period, starts: list[int] | None) -> bool:
    """The period after a change is its baseline figure's, the figure the change is measured on: "a 50pc
    increase on the near 75,000 that were waiting in March 2020", "up 12% from 310 in 2019"."""
    if not starts:
        return False
    i, j = bisect.bisect_right(starts, s.num_start), bisect.bisect_left(starts, p.start)
    if j - 1 != i:
        return False  # (no figure between, or another after the baseline's: "from 6,918 in 2014 to 7,606 in 2015")
    if ")" in text[starts[i]:p.start]:
        return False  # (a baseline in brackets closed before it: "a rise of 6.7% (up from 49,466) over the last 12 months")
    return bool(_BASELINE_BEFORE_FIGURE.search(text, s.num_end, starts[i]))


#: what opens a change's baseline figure: "increase on the near", "up from", "more than", "compared with" (not
#: "rose by 5% on 12 routes": "on" before a bare count says where, not what the change is measured on)
_BASELINE_BEFORE_FIGURE = compiled(r"\b(?:on\s+(?:the|its|their|last\s+year['’]s)\s+|(?:from|than|compared\s+(?:with|to)|against)\s+"
                                   r"(?:the\s+|a\s+|its\s+|their\s+)?)"
                                   r"(?:(?:near|nearly|almost|around|about|some|just|over|under)\s+)?[£$€]?$", regex.I)


#: a figure and the period right after it: "78.2% in the week to", "1,200 arrests during"
_OTHER_ATTACHED = compiled(r"[£$€]?\d[\d,.]*(?:\s*(?:%|per\s*cent|million|billion|bn|m|k))?\s+(?:[a-z]+\s+){0,2}?"
                                r"(?:in|during|for|over|at|by)\s+(?:the\s+)?", regex.I)
#: what opens a clause of another figure: "after falling to", "having risen to", "up from", "compared with"
_SUBORDINATE_GAP = compiled(r"\b(?:after|before|having|since|compared|than|when|from)\b", regex.I)


def _link_period(text, s: Statistic, periods: ByStart, usable_before: ByStart, s_start, s_end,
                 story: Period | None, sentences: Sentences, starts: list[int] | None = None) -> None:
    before_number = text[max(0, s.start - 40):s.start]
    if ("andemic" in before_number or "ovid" in before_number or "risis" in before_number) \
            and _VAGUE_ERA_BEFORE.search(before_number) or ("efore the" in text[s.num_end:s.num_end + 40]
                                                             and _VAGUE_ERA_AFTER.match(text, s.num_end, s.num_end + 40)):
        # "above pre-pandemic levels of [3.3 million]", "the [4.1 billion] taken before the pandemic":
        # dated only by a vague time, which is no period (FORMAT)
        s.period_rule = "period.none_vague_era"
        return
    named = periods.between(s_start, s_end)
    if named:
        # (not a period in an aside that opens after the figure: "to [334] including the 71 deaths ... in June 2017")
        named = [p for p in named if p.start < s.num_end or (a := _aside_start(text, p)) is None or a < s.num_end]
    in_sentence = [p for p in named if p.value]
    if len(in_sentence) >= 2 and "respectively" in text[s.num_end:s_end] \
            and (each := _period_respectively(text, s, in_sentence, s_end)) is not None:
        # "In 2022 and 2023 there were [300] and 400 burglaries respectively": the period at the figure's place
        s.period, s.period_rule = each, "period.respectively"
        return
    if not named and "ecent" in text[max(s_start, s.num_start - 60):s.num_start] \
            and _RECENTLY.search(text, max(s_start, s.num_start - 60), s.num_start):
        # "they have recently recruited [three] doctors", "in recent years [400] homes were built": a
        # vague time, no period of the story's
        s.period_rule = "period.none_vague_era"
        return
    if named and ("figure" in before_number or "tally" in before_number or "total" in before_number
                  or "level" in before_number or "count" in before_number) and (
            own := next((p for p in reversed(named) if p.end <= s.start and s.start - p.end <= 40
                         and (_PERIOD_FIGURE_OF.match(text, p.end, s.start)
                              or (_FIGURE_FOR_PERIOD.search(text, max(0, p.start - 30), p.start)
                                  and _FOR_PERIOD_OF.match(text, p.end, s.start)))), None)) is not None:
        # "down on 2015's tally of [5,360]", "from the 2013 figure of [1,950]": the period that names
        # the figure's own total is its period, though it reads like a comparison's baseline
        s.period, s.period_rule = own, "period.named_total"
        return
    compared = is_compared_figure(text, s) or (
        (" on " in before_number or "comparison" in before_number or " v" in before_number)
        and bool(_ON_FIGURE.search(before_number))) or (
        " of " in before_number and bool(_COMPARED_LEVEL.search(before_number)))
    # the far end of a change ("from seven in 2023 to [18] in the same period in 2024") is dated by its
    # own period, though "the same period" reads like a baseline
    to_end = not compared and text.endswith("to ", max(0, s.start - 3), s.start)
    # "up six per cent to 4,560 ... from [4,300] over the same period the previous year": the far side of a
    # change, dated by the span after it
    compared = compared or (text.endswith("from ", max(0, s.start - 5), s.start)
                            and bool(_FROM_OVER.match(text, s.end, s.end + 10)))
    # (a level written straight before a baseline's period is the baseline's own figure: "lower than before the
    # pandemic, with [22,727] recorded in 2019/20")
    level = s.direction is None and s.kind in ("count", "money", "rate")
    attached = [p for p in named if p.start >= s.end and (compared or to_end or level or not _is_baseline(text, p))
                and (_ATTACHED.match(text[s.end:p.start])
                     or (compared and _COMPARED_ATTACHED.match(text[s.end:p.start]))
                     or (compared and _OVER_ATTACHED.match(text[s.end:p.start]))
                     or (p.start - s.end <= 40 and _NOUN_ATTACHED.match(text[s.end:p.start])))]
    if attached:
        # a period the text could not resolve ("733 for the year to March", no publication date)
        # still says which period the figure is for: unknown, not the story's
        s.period, s.period_rule = _own_span(text, s, _release_year(attached[0], story), story, periods), "period.attached"
        return
    bracketed = [p for p in in_sentence if p.end <= s.start and s.start - p.end <= 26
                 and _BRACKET_AFTER.match(text[p.end:s.start])]
    if bracketed:
        # "first collected in 2010/11 (30,620)": the figure in brackets after a period is that period's
        s.period, s.period_rule = bracketed[-1], "period.bracketed"
        return
    when = [p for p in in_sentence if p.end <= s.start and s.start - p.end <= 70
            and ("when" in (gap := text[p.end:s.start]) or "where" in gap) and _WHEN_IT_WAS.match(text, p.end, s.start)]
    if when:
        # "a sharp downward turn from the same period last year, where the average was [96.6] per cent": the figure a
        # clause gives for the period it hangs on, though that period is a baseline
        s.period, s.period_rule = when[-1], "period.when_clause"
        return
    if in_sentence and (target := _target_figure(text, s)) is not None and (
            (deadline := [p for p in in_sentence if is_deadline(text, p.start, p.end)])
            or _other_clause_period(text, s, in_sentence)):
        # "in the first 50 weeks of 2014-15 ... but are responsible for half the breaches of the target to
        # treat or discharge [95] per cent of patients": a target takes its own deadline ("by March
        # 2024"), not the period of another clause (but "delivered 206 homes last year, from a target
        # of 547" and "a target of 100 households for 2022" keep theirs)
        pick = next((p for p in deadline if p.start >= s.num_end), deadline[-1] if deadline else None)
        s.period, s.period_rule = pick, ("period.target_deadline" if pick is not None else target)
        return
    usable = [p for p in in_sentence if (not _is_baseline(text, p) and not (
                  (p.start < s.num_start or p.start - s.end > 40) and _event_period(text, p))
                  and not (p.end <= s.num_start and _meeting_day(text, p, s, s_start)))
              or (s.direction is None and s.kind != "change" and p.end <= s.num_start
                  and _WHEN_CLAUSE.match(text[p.end:s.num_start]))
              or (s.direction is None and s.kind in ("count", "money") and _SINCE_FLOW.fullmatch(text, s.num_end, p.start))]
    if not usable and any(p.value is None and p.rule != "relative.today" and not _is_baseline(text, p)
                          for p in named):
        # "Last year's figure was 44.9 per cent" with no publication date: the sentence says which
        # period, the text does not say which year that is; not the paragraph's or the story's
        s.period_rule = "period.unresolved"
        return
    strict_compared = compared and (bool(_CHANGE_COMPARED.search(text, max(0, s.start - 70), s.start)) or opposed_in_time(text, s))
    if strict_compared and _PLACE_COMPARED.match(text, s.end, s.end + 40):
        # "a rate of 4.1, compared with [5.2] in Kent", "12%, against [9]% nationally": another place's
        # figure of the same period, not the period before
        strict_compared = False
    if strict_compared and usable:
        nearest = min(usable, key=lambda p: abs(p.start - s.num_start))
        if nearest.start >= s.num_end and not _in_bracket(text, s_start, s.num_start) and _OWN_LATER.fullmatch(
                _BRACKETED.sub("", text[s.num_end:nearest.start])):
            # "up from around [one in 25] (13 out of 317) in 2018/19": its own period after a bracket
            s.period, s.period_rule = nearest, "period.attached"
            return
        # "a rise of 6.7% (up from [49,466]) over the last 12 months": the sentence's period is the
        # current figure's; the compared one is of the period before
        s.period, s.period_rule = _compared_period(text, s, named, nearest, periods)
        return
    if s.direction is not None:
        # nor the start of a "since" clause after it ("risen by 85% over 12 years, since the figures
        # were first published in 2010/11"): where the change is measured from
        usable = [p for p in usable if not is_deadline(text, p.start, p.end) and not (
            p.start >= s.num_end and "since" in text[s.num_end:p.start] and _SINCE_CLAUSE.search(text, s.num_end, p.start))]
    if s.direction is not None and len(usable) > 1 and "," in text[s_start:s.num_start]:
        # (not a period of a conditional or time clause before the figure's own: "If the rate was to continue
        # in March, the total for 2013/14 will have risen by [20] per cent")
        usable = [p for p in usable if not (p.end <= s.num_start and _IF_CLAUSE_BEFORE.match(text, s_start, p.start)
                                           and "," in text[p.end:s.num_start])] or usable
    if s.direction is not None and len(usable) > 1:
        # a change is dated by its newer value ("up 10% - from 6,918 in 2014 to 7,606 in 2015"),
        # never by a target it is measured against ("exceeding the 2020 target")
        s.period, s.period_rule = max(usable, key=lambda p: (p.value or "")[:10]), "period.newer_of_change"
        return
    # a period a compared figure took in an earlier clause ("up from pre-pandemic levels, with 795 offences
    # logged in the year to March 2020 – and means the rate stood at [63]"): that figure's, not this
    # one's nor the paragraph's (not "built 1,000 homes in the last three years – despite a target of [two]")
    others = [p for p in usable if p.end <= s.num_start and _OTHER_FIGURES_PERIOD.search(text, max(0, p.start - 50), p.start)
              and _CLAUSE_DASH.search(text, p.end, s.num_start) and _COMPARING.search(text, max(0, p.start - 90), p.start)]
    if others:
        usable = [p for p in usable if p not in others]
    if usable:
        before = [p for p in usable if p.end <= s.num_start]
        after = [p for p in usable if p.start >= s.num_end]
        if before and after:
            # "In June 2004 the list was [12,188], and in June 2005 was 9,817": a period that opens
            # the next clause is that clause's, not this figure's
            next_clause = _NEXT_CLAUSE.search(text[s.num_end:after[0].start])
            pick = before[-1] if next_clause or s.num_start - before[-1].end <= after[0].start - s.num_end else after[0]
            if pick is before[-1] and not next_clause and _CONTRAST_OPENS.search(text, before[-1].end, s.num_start):
                # "5,660 cases were in the backlog at the end of September while just [592] were waiting this long at
                # the end of December 2019": the period before is the other clause's
                pick = after[0]
            if pick is before[-1] and not next_clause and _narrows_opening_frame(text, s_start, before[-1], after[0]):
                # "In 2023, about [109,000] households were in emergency housing between June and September": the
                # span inside the year the sentence opens on is the figure's own
                pick = after[0]
        elif before:
            pick = before[-1]
        elif not after or _RELATIVE_CLAUSE.search(text, max(s.num_end, after[0].start - 300), after[0].start) \
                or (s.direction is None and _later_figures_period(text, s, after[0], starts)) \
                or (s.direction is not None and _baseline_figures_period(text, s, after[0], starts)):
            pick = None  # (no period wholly before or after: one overlapping the figure, "1999.5%")
        else:
            pick = after[0]
        if pick is not None:
            s.period, s.period_rule = _own_span(text, s, _flow_span(text, pick, story), story, periods), "period.same_sentence"
            return
    why_not = timeless(text, s, s_start)
    if why_not:
        s.period_rule = why_not
        return
    para_start = sentences.blank_line_before(s_start)
    line_start = _line_start_of(text, s.num_start)
    if "\t" in text[line_start:s.num_start]:
        # a table row: its period is in the heading paragraph above the table
        block_start = sentences.blank_line_before(line_start)
        para_start = max(0, sentences.blank_line_before(max(0, block_start)))
    earlier = usable_before.last_between(max(0, para_start), s_start, lambda p: p.end <= s_start and p not in others)
    if earlier is None and _BULLET.match(text, para_start + 2 if para_start >= 0 else 0):
        # a bullet of a list takes the period of the bullets just before it ("• during 2015
        # there were 20,000 assaults ... • serious assaults have risen by 31%")
        start = para_start
        for _ in range(_BULLET_REACH):
            prev = sentences.blank_line_before(max(0, start))
            if start < 0 or not _BULLET.match(text, prev + 2 if prev >= 0 else 0):
                break
            earlier = usable_before.last_between(max(0, prev), start, lambda p: p.end <= s_start)
            if earlier is not None:
                break
            start = prev
        if earlier is not None:
            s.period, s.period_rule = earlier, "period.previous_bullet"
            return
        # a list under a heading line that dates it: "STEAM 2022 summary" over "- 4.2 million visitors"
        head_start = sentences.blank_line_before(max(0, start))
        lo = head_start + 2 if head_start >= 0 else 0
        heading = text[lo:max(lo, start)].strip()
        if heading and len(heading) <= 80 and "\n" not in heading and not heading.endswith((".", "!", "?", "”", '"')):
            earlier = usable_before.last_between(max(0, head_start), max(0, start), lambda p: p.end <= s_start)
            if earlier is not None:
                s.period, s.period_rule = earlier, "period.list_heading"
                return
    if earlier is None and para_start > 0 and _BACK_REFERENCE.match(text, s_start, min(s_end, s_start + 40)):
        # "In 2023, the ombudsman's cases reached 64.\n\nOf those, [21] were upheld": a sentence that opens on
        # the figures just before takes their period, not the story's
        earlier = usable_before.last_between(max(0, sentences.blank_line_before(para_start)), para_start)
        if earlier is not None:
            s.period, s.period_rule = _flow_span(text, earlier, story), "period.back_reference_paragraph"
            return
    if earlier is None and para_start > 0 and (report := _report_named_before(text, s_start, para_start, usable_before, sentences)):
        # "... presented with the revenue budget forecast statement for 2012-13 quarter one.\n\nThe report showed the council
        # is estimating a [£80,000] overspend": the period of the report the paragraph before named
        s.period, s.period_rule = report, "period.report_named_before"
        return
    frame = earlier if earlier is not None else story
    if frame is not None and strict_compared:
        s.period, s.period_rule = _compared_period(text, s, named, frame, periods)
        return
    if earlier is not None:
        s.period, s.period_rule = _own_span(text, s, _flow_span(text, earlier, story), story, periods), "period.same_paragraph"
    elif story is not None:
        s.period, s.period_rule = story, "period.story"
        if story.value and "/" in story.value and (snap := usable_before.last_between(
                story.end, s_start, lambda p: p.end <= s_start)) is not None and snap.kind == "date" \
                and snap.value == story.value.split("/")[1]:
            # the release's snapshot day, the last frame named since ("registered sex offenders ... at March
            # 31, 2019" in a story about 2018-19): the figures after it are at that day
            s.period, s.period_rule = snap, "period.release_snapshot"


#: between a period and the figure a "where"/"when" clause on it gives: ", where the average was", ", when it stood at"
_WHEN_IT_WAS = compiled(r"\s*,?\s*(?:where|when)\s+(?:[^.;:()\d]{0,50}?\s)?(?:was|were|stood\s+at|reached|hit|totalled)\s+"
                             r"(?:(?:just|around|about|almost|nearly|some|more\s+than|over|under)\s+)?[£$€]?$")
#: the period of a compared figure listed after "compared with" or a change's "from": "compared with 70,440
#: the year before and 69,480 in [2015]", "up from 1,711 deaths and 21,728 serious injuries in [the previous
#: year]" (no clause between: not "compared with 2019, 500 more in 2020"; nor the far end of a change
#: written after "to": "fell from 900 to 850 people in [2023]")
_COMPARED_LIST_PERIOD = compiled(
    r"\b(?:compared\s+(?:with|to)\s+(?:[^.;:,]|(?<=\d),(?=\d)){0,80}?"
    r"|(?:up|down|rose|risen|fell|fallen|increased|decreased|grew|grown|dropped|climbed|jumped)\s+from\s+"
    r"(?:(?!to\b|and\s+(?:then\s+)?(?:reached|rose|fell|hit|climbed|dropped)\b)[^.;:,\n]|(?<=\d),(?=\d)){0,80}?)"
    r"\d[\d,.]*%?\s+(?:[a-z]+\s+){0,2}?(?:in|during|for)\s+(?:the\s+)?$", regex.I)
#: between a period and the figure it names: "2015's tally of", "the 2013 figure of", "the previous
#: 12 months' figure of", "the March 2017 total was" (no comma or clause between)
_PERIOD_FIGURE_OF = compiled(
    r"(?:['’]s?)?\s+(?:(?!(?:and|or|but|while|whilst|whereas|when|as)\s)[a-z-]+\s+){0,2}?(?:figure|tally|total|level|count)\s+"
    r"(?:of|was|stood\s+at)\s+"
    r"(?:(?:just|around|about|some|almost|nearly|roughly|more\s+than|over|under|fewer\s+than|less\s+than)\s+)?[£$€]?$", regex.I)


#: the noun of a figure named for a period before it: "the revised total for [June] of 1.14 million", "the
#: figure for [2019] was 450", "the count in [March] stood at 212"
_FIGURE_FOR_PERIOD = compiled(r"\b(?:figure|tally|total|level|count)\s+(?:for|in)\s+(?:the\s+)?$", regex.I)
_FOR_PERIOD_OF = compiled(
    r"\s*,?\s+(?:of|was|stood\s+at)\s+"
    r"(?:(?:just|around|about|some|almost|nearly|roughly|more\s+than|over|under|fewer\s+than|less\s+than)\s+)?[£$€]?$", regex.I)


#: a sentence that opens on a document named before: "The report showed", "The statement also reveals"
_REPORT_OPENS = compiled(r"\W*(?:The|This|That|Its)\s+(?:(?:latest|new|annual|quarterly|monthly|draft|same|council's|council’s)\s+)?"
                         r"(?P<doc>report|statement|review|document|study|forecast|analysis|audit|assessment|update|paper)\s+"
                         r"(?:also\s+)?(?:showed|shows|found|finds|revealed|reveals|said|says|states|stated|suggests|suggested|"
                         r"predicts|predicted|highlighted|highlights|warned|warns|noted|notes)\b")


def _report_named_before(text: str, s_start: int, para_start: int, usable_before: ByStart, sentences: Sentences):
    """The period of the document a sentence opening "The report showed ..." points back to: the period named,
    in the paragraph just before, in a sentence that names such a document ("presented with the revenue
    budget forecast statement for 2012-13 quarter one"); None when that paragraph names no document with a
    period (the sentence's own rules and the story's period decide)."""
    if not _REPORT_OPENS.match(text, s_start, s_start + 60):
        return None
    lo = max(0, sentences.blank_line_before(max(0, para_start - 1)))
    for p in reversed(usable_before.between(lo, para_start)):
        if p.value and _DOCUMENT_FOR.search(text, max(lo, p.start - 80), p.start):
            return p
    return None


#: a document, then the period it is for, right before that period: "the ... forecast statement for [2012-13
#: quarter one]", "a report covering [2023]" (not "the review of homelessness would start in [April 2014]")
_DOCUMENT_FOR = compiled(r"\b(?i:report|statement|review|document|study|forecast|analysis|audit|assessment|update|paper)s?"
                         r"(?:\s+(?!(?:would|will|to|start|starts|begin|begins)\b)[\w'’-]+){0,3}?\s+(?:for|covering|of|on)\s+(?:the\s+)?$")

#: a sentence that opens on the figures of the paragraph before: "Of those,", "Of these 64,", "Among them,",
#: "That figure", "This total", "Both of these figures" (not "The number of people claiming ...", "The total for
#: Wales": a figure of its own)
_BACK_REFERENCE = compiled(r"\s*(?:(?:of|among|amongst)\s+(?:those|these|them|which|the\s+total)\b|"
                                r"(?:that|this)\s+(?:figure|total|number|tally)\b|the\s+(?:figure|total|tally)\b(?!\s+(?:of|for|in)\b)|"
                                r"(?:both|each|all|either|neither)\s+of\s+(?:these|those|them|the(?:se|ir)?\s+(?:figures|totals|numbers))\b|"
                                r"(?:these|those)\s+(?:figures|totals|numbers)\b|"
                                # the next part of a breakdown: "Of the 74,680 people hurt in the first six months of 2019,
                                # 42,900 were car drivers.\n\nA further [10,620] were pedestrians"
                                r"a\s+further\s+\d[\d,.]*\b|another\s+\d[\d,.]*\s+(?:were|was|had)\b)", regex.I)


#: the end of a span a flow is counted up to: "recorded 50,901 offences up to the end of March this year"
_UP_TO = compiled(r"\b(?:up\s+to|until|till)\s+$", regex.I)


def _release_year(p: Period, story: Period | None) -> Period:
    """The story's own twelve months for "in the past year" or "over the last 12 months" counted back
    from the publication date ("crime has risen by [13] per cent in the past year" in a story about the
    year to June, published in October): the release's year the rolling one stands for; else the period."""
    if story is None or p is story or p.kind != "relative" or p.rule not in ("relative.last_year", "relative.last_n") \
            or story.kind not in ("range", "financial_year") or not _same_twelve_months(p.value, story.value):
        return p
    return story


def _flow_span(text: str, p: Period, story: Period | None) -> Period:
    """The story's span for a day that ends it, named as what a count runs up to ("recorded 50,901
    offences up to the end of March this year" in a story about the year to March): the span the flow
    covers, not a snapshot day; else the period itself."""
    if p.kind not in ("date", "relative") or not p.value or len(p.value) != 10 or story is None \
            or not story.value or "/" not in story.value or story.value.split("/", 1)[1] != p.value:
        return p
    before = text[max(0, p.start - 10):p.start]
    if ("up to" in before or "until" in before or "till" in before) and _UP_TO.search(before):
        return story
    return p


#: the month a count runs up to: "from [97] up to March 2017 to 130, in the run up to March 2018"
_UP_TO_MONTH = compiled(r"\b(?:up\s+to|run[\s-]+up\s+to|until|till)\s+(?:the\s+end\s+of\s+)?$", regex.I)


def _year_up_to(text: str, p: Period | None, story: Period | None, periods: ByStart) -> Period | None:
    """The twelve months up to a month a flow is counted up to, in a story about a year to that month
    ("from [97] up to March 2017 to 130" in a story about the year up to March 2018): the year ending
    then, when the text names that year too (not March 2017 alone); else the period itself."""
    if p is None or p.kind != "month" or not p.value or len(p.value) != 7 or story is None or not story.value \
            or "/" not in story.value or "up to" not in text[max(0, p.start - 30):p.start] and "until" not in \
            text[max(0, p.start - 30):p.start] and "till" not in text[max(0, p.start - 30):p.start]:
        return p
    lo, hi = story.value.split("/", 1)
    if len(lo) != 10 or len(hi) != 10 or hi[5:7] != p.value[5:7] or int(hi[:4]) - int(lo[:4]) != 1 \
            or lo[5:7] != f"{int(hi[5:7]) % 12 + 1:02d}" or not _UP_TO_MONTH.search(text, max(0, p.start - 30), p.start):
        return p
    year = int(p.value[:4])
    want = f"{year - 1}-{lo[5:]}/{year}-{hi[5:]}"
    return next((q for q in periods.items if q.value == want and q.kind in ("range", "financial_year", "relative")), p)


#: a change over a year: "house prices up [12.5] per cent annually", "annual growth of [8.8] per cent", "a
#: year-on-year rise of [3]%"
_ANNUAL_CHANGE = compiled(r"\b(?:annual(?:ly)?|year[\s-]on[\s-]year)\b", regex.I)


def _annual_span(text: str, s: Statistic, p: Period | None, periods: ByStart) -> Period | None:
    """The twelve months a change over a year covers, when the period it would take is the day they end
    ("at the end of April" in a story about the year to April 2017: "Haringey, up [12.5] per cent
    annually"): the named span, not the snapshot day; else the period itself."""
    if p is None or s.direction is None or p.kind not in ("date", "relative") or not p.value or len(p.value) != 10:
        return p
    near = text[max(0, s.num_start - 40):s.num_end + 30]
    if "nnual" not in near and "year" not in near or not _ANNUAL_CHANGE.search(near):
        return p
    want_end = p.value
    start = f"{int(want_end[:4]) - 1}-{want_end[5:7]}"
    return next((q for q in periods.items if q.value and "/" in q.value and q.value.endswith("/" + want_end)
                 and q.value.startswith(start[:4]) and q.kind in ("range", "financial_year")
                 and not _is_baseline(text, q)), p)


def _own_span(text: str, s: Statistic, p: Period | None, story: Period | None, periods: ByStart) -> Period | None:
    """The span a figure's period stands for: a flow's year up to a month (:func:`_year_up_to`), a change's year to
    a day (:func:`_annual_span`)."""
    return _annual_span(text, s, _year_up_to(text, p, story, periods), periods)


#: a compared figure of a change or comparison: "up from [380]", "a rise from [1,100] to", "compared with
#: [1,204]", "down 3% on [2,110]", "from a high of [31,850]" (not "£119,706 from [620] claims", nor "more than [500]")
_CHANGE_COMPARED = compiled(
    r"(?:\b(?:up|down|rises?|rising|rose|risen|falls?|fell|fallen|falling|increase[sd]?|increasing|decrease[sd]?|"
    r"decreasing|jump(?:ed|s)?|grew|grown|climb(?:ed|s)?|drop(?:ped|s)?|dropping|declin(?:e|ed|es|ing)|higher|lower|"
    r"more|fewer|less|change[sd]?|doubled|tripled|halved)\b[^.;:()]{0,40}?\b(?:from|on|than)"
    r"|\b(?:compared|in\s+comparison)\s+(?:with|to)|\bagainst|\bversus|\bvs\.?)\s+"
    r"(?:(?:a|an|the|its)\s+(?:[a-z-]+\s+){0,2}?(?:high|low|peak|total|figure|level)\s+of\s+|the\s+)?"
    r"(?:just\s+|around\s+|about\s+|some\s+)?[£$€]?$", regex.I)


def _compared_period(text: str, s: Statistic, named: list[Period], frame: Period, periods: ByStart):
    """The period of a compared figure without one of its own, and the rule: the comparison's
    baseline named in the sentence ("the biggest rises since 2008 were in Kent (from [455] to
    800)"), else the period a year before the current figure's frame when the text names it ("412
    offences in 2023, up from [380]" with 2022 named), else unknown (a high, a low or a peak may be
    of any year before)."""
    # (before the figure, or after it in the same clause: not "(up from [49,466]) ..., but a rise of
    # 73% from ten years ago")
    bases = {p.value: p for p in named if p.value and _is_baseline(text, p)
             and (p.end <= s.num_start or not _OTHER_CLAUSE.search(text, s.num_end, p.start))}
    if len(bases) == 1:
        return next(iter(bases.values())), "period.compared_baseline"
    shifted = None if _PEAK_BEFORE.search(text, max(0, s.start - 40), s.start) else _year_before(frame.value)
    found = next((p for p in periods.items if p.value == shifted), None) if shifted else None
    return found, "period.compared_previous" if found is not None else "period.compared_unknown"


#: a compared figure followed by its place: "compared with [5.2] in Kent", "against [9]% nationally",
#: "up from [12] per cent for England" (a capital after the preposition: not "in the previous year")
#: (a unit between: "compared with [£34] per visit across GB")
_PLACE_COMPARED = compiled(r"(?:\s*(?:%|per\s*cent))?(?:\s+(?:per|a|each)\s+[a-z]+)?"
                                r"(?:\s+(?:in|for|across|within)\s+(?:the\s+)?(?-i:[A-Z][A-Za-z])"
                                r"|\s+nationally\b|\s+(?:in|for|across)\s+the\s+(?:country|nation)\b)")
#: a figure and its noun right before a period: "795 offences logged in", "108 crimes during"
#: (not a time limit: "waiting no longer than 62 days in June" names no other figure)
_OTHER_FIGURES_PERIOD = compiled(r"\d[\d,.]*%?\s+(?!(?:days?|weeks?|hours?|minutes?)\b)(?:[a-z]+\s+){0,3}(?:in|during|for|over)\s+(?:the\s+)?$")
_COMPARING = compiled(r"\b(?:from|compared|than|against|versus)\b", regex.I)
#: a dash or semicolon that opens another clause: "... in the year to March 2020 – and means ..."
_CLAUSE_DASH = compiled(r"\s[–—-]\s|;")
_OWN_LATER = compiled(r"[^\d,;:–—]*")
_BRACKETED = compiled(r"\([^()]*\)")
_OTHER_CLAUSE = compiled(r";|,\s+(?:but|while|whilst|and)\b|\bbut\b")
_PEAK_BEFORE = compiled(r"\b(?:high|low|peak|record)\s+of\s+[£$€]?$", regex.I)


def _year_before(value: str | None) -> str | None:
    """The value one year before a year, a day or a span of whole days ("2023" -> "2022",
    "2023-04-01/2024-03-31" -> "2022-04-01/2023-03-31"); None for a month or anything else (a
    month's comparison may be the month before or the same month a year before)."""
    if not value:
        return None
    if "/" in value:
        a, b = value.split("/", 1)
        a, b = _year_before(a), _year_before(b)
        return f"{a}/{b}" if a and b and len(a) == len(b) == 10 else None
    if len(value) == 4 and value.isdigit():
        return str(int(value) - 1)
    if len(value) == 10 and value[:4].isdigit() and value[4] == "-":
        if value[5:] == "02-29":
            return None
        return f"{int(value[:4]) - 1}{value[4:]}"
    return None


#: the searches of patterns that mostly miss, behind their backward test (see :func:`extractor.rules.pretested`)
_NUMBER_RUN_SEARCH = pretested(_NUMBER_RUN)
_BASE_LEVEL_SEARCH = pretested(_BASE_LEVEL)
