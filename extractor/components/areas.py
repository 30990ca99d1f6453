"""Areas: gazetteer matches (PhraseMatcher) plus spaCy NER for places not in the gazetteer.

Context decides between entries sharing a name ("West Midlands" the force area or the region):
"police area"/"policing area" next to the name, "council" next to it, or, failing those, the
topic of the document (policing stories prefer force areas, others councils). An organisation
whose name contains a place ("Thames Valley Police said") is recorded as an organisation
mention: it does not make an area by itself, but it is kept so the linker can infer the
story's area.
"""
from __future__ import annotations

from functools import lru_cache

import regex
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from ..regexes import Pattern, cached, compiled

from ..batching import BatchPipe
from ..gazetteer import Entry, gazetteer
from .. import budget
from ..extensions import store_spans, text_of
from ..rules import lexicon, load_rules, may_say, rx, timeout_for
from ..types import AreaMention
from ..sentences import line_start as _line_start_of

_CONTEXTS = {"place_after": "context.place_after", "org_after": "context.org_after",
             "council_after": "context.council_after", "town_before": "context.town_before",
             "town_after": "context.town_after", "police_topic": "context.police_topic",
             "org_prefix_ok": "context.org_prefix_ok", "ner_reject": "ner.reject",
             "holds_figure": "context.holds_figure", "publication_after": "context.publication_after",
             "street_after": "context.street_after", "not_a_place": "context.not_a_place",
             "org_before": "context.org_before", "runs_hospital": "context.runs_hospital",
             "represents_before": "context.represents_before", "figure_before_of": "context.figure_before_of",
             "company_after": "context.company_after", "ner_country": "ner.country"}


@lru_cache(maxsize=1)
def _area_rule_set():
    return load_rules("areas.json", component="areas")


@lru_cache(maxsize=1)
def area_rules() -> dict[str, Pattern]:
    """The context patterns of patterns/areas.json, by the short names this module uses."""
    rs = _area_rule_set()
    return {short: rs[rule_id].pattern for short, rule_id in _CONTEXTS.items()}


PREFERENCE = {
    True: ("police_force_area", "nation", "country", "county", "local_authority", "region"),
    False: ("nation", "country", "local_authority", "region", "county", "police_force_area"),
    # in a health story a name that is both a force area and the region a health body serves
    # ("waits in north Wales") is the region
    "health": ("nation", "country", "local_authority", "region", "county", "other", "police_force_area"),
}


#: a compass word written in lower case before a name ("north-west Leicestershire", "north Somerset")
_LOWER_COMPASS = compiled(r"(?<![\w-])((?-i:north|south|east|west|mid)(?:[\s-](?-i:east|west))?)[\s-]$")
_CITY_OF = compiled(r"\b[Cc]ity\s+of\s+$")
_FORCE_AFTER = compiled(r"^\s*(?:police|constabulary)\b", regex.I)  # "Durham Constabulary recorded ..."


def choose(cands: tuple[Entry, ...], after: str, police_story: bool | str, before: str = "") -> tuple[Entry, str]:
    """Pick the gazetteer entry a mention refers to, and the rule that decided."""
    rules = area_rules()
    if len(cands) == 1:
        return cands[0], "area.gazetteer"
    if before.endswith("ity of ") and _CITY_OF.search(before):
        # "the city of Leeds": a city that is its own council ("City of Leeds") is the council
        for e in cands:
            if e.type == "local_authority":
                return e, "area.gazetteer.city_of"
    if rules["town_before"].search(before) or rules["town_after"].match(after):
        for e in cands:
            if e.type == "city_or_town":
                return e, "area.gazetteer.town_context"
    if rules["place_after"].match(after) or _FORCE_AFTER.match(after):
        for e in cands:
            if e.type == "police_force_area":
                return e, "area.gazetteer.police_area_context"
    if rx(r"^\s*region\b", regex.I).match(after):
        for e in cands:
            if e.type == "region":
                return e, "area.gazetteer.region_context"
    if rules["council_after"].match(after):
        for t in ("local_authority", "county"):
            for e in cands:
                if e.type == t:
                    return e, "area.gazetteer.council_context"
    order = PREFERENCE[police_story]
    best = min(cands, key=lambda e: order.index(e.type) if e.type in order else 99)
    return best, "area.gazetteer.topic_preference"


def _key(entry: Entry) -> str:
    """One area per place: a town named like its council ("Reading") shares the council's key,
    so its mentions make one area whose type and code come from the first mention."""
    if entry.code:
        return entry.code
    parent = gazetteer().by_code.get(entry.parent or "")
    if parent is not None and parent.name == entry.name:
        return parent.code
    return entry.name.lower()


_LIST_GAP = compiled(r"^(?:[ \t]*(?:,|;|&|/|and|or|\n[ \t]*(?:[-•*–][ \t]*)?)[ \t]*)+$")


def _siblings(text: str, items: list[tuple[AreaMention, tuple[Entry, ...]]], i: int) -> list[int]:
    """Indexes of the mentions listed together with item ``i``: the same comma/and list
    ("Aylesbury, Reading and High Wycombe") or the neighbouring rows of a list or table whose
    rows start with a place ("Reading\t0118 ...\nSlough\t01753 ...")."""
    def line_start(pos: int) -> int:
        return _line_start_of(text, pos)

    def row_head(m: AreaMention) -> bool:
        return not text[line_start(m.start):m.start].strip(" \t-•*–")

    out = []
    m = items[i][0]
    # inline list: walk left and right while the gap between mentions is only list punctuation
    for step in (-1, 1):
        j = i
        while 0 <= j + step < len(items):
            a, b = (items[j + step][0], items[j][0]) if step < 0 else (items[j][0], items[j + step][0])
            gap = text[a.end:b.start]
            if "\n" in gap or not _LIST_GAP.match(gap):
                break
            j += step
            out.append(j)
    if row_head(m):
        lo = line_start(m.start)
        for step in (-1, 1):  # outwards from i (items are in text order) while within 6 lines
            j = i + step
            while 0 <= j < len(items):
                other = items[j][0]
                between = text[min(other.start, lo):max(other.start, lo)]
                if between.count("\n") > 6:
                    break
                if row_head(other):
                    out.append(j)
                j += step
    return sorted(set(out))


def _town_lists(text: str, items: list[tuple[AreaMention, tuple[Entry, ...]]]) -> None:
    """A name shared by a council and its town ("Reading") is the town when it is listed among
    towns that are nothing else ("Aylesbury, Reading and High Wycombe"), or with a town the
    text calls one ("Colchester and Ipswich hospitals")."""
    for i, (m, cands) in enumerate(items):
        town = next((e for e in cands if e.type == "city_or_town"), None)
        if town is None or m.type == "city_or_town" or m.is_org or len(cands) < 2:
            continue
        sibs = [items[j] for j in _siblings(text, items, i) if not items[j][0].is_org]
        only_towns = sum(1 for o, c in sibs if o.type == "city_or_town" and len(c) <= 1)
        town_like = sum(1 for o, c in sibs if any(e.type == "city_or_town" for e in c) or o.type == "city_or_town")
        # "Colchester and Ipswich hospitals": a list the text calls towns
        said_town = any(o.rule == "area.gazetteer.town_context" for o, _ in sibs)
        if (only_towns >= 2 or said_town) and town_like > len(sibs) - town_like:
            items[i] = (AreaMention(key=_key(town), name=town.name, type=town.type, code=None,
                                    start=m.start, end=m.end, rule="area.gazetteer.town_list",
                                    is_org=m.is_org), cands)


_COMPASS = ("North", "South", "East", "West", "Central", "Mid")


def _sentence_initial(doc: Doc, i: int) -> bool:
    """Token i starts a sentence, a line, or a quotation (no sentence splitter is run)."""
    if i == 0:
        return True
    prev = doc[i - 1]
    return ("\n" in prev.whitespace_ or "\n" in prev.text or prev.text in (".", "!", "?", ":", "“", "\"", "‘", "-", "–", "•")
            or prev.is_space)


def _compass_variant(doc: Doc, span) -> AreaMention | None:
    """"Berkshire West", "East Berkshire": a sub-area (e.g. a police command unit) named after
    an official area with a compass word, when that longer name is not itself in the gazetteer."""
    gaz = gazetteer()
    start, end = span.start, span.end
    if end < len(doc) and doc[end].text in _COMPASS:
        end += 1
        if end < len(doc) and doc[end].text in _COMPASS:  # "Leeds North East": both words
            end += 1
        elif end < len(doc) and doc[end].text == "End":
            return None  # "Preston North End": a club's name (context.company_after)
        if end < len(doc) and doc[end].text.istitle() and doc[end].text.isalpha() and "\n" not in doc[end - 1].whitespace_ \
                and doc[end].text not in _NOT_NAME_WORDS and not gazetteer().candidates(doc[end].text):
            return None  # "Skegness East Coast and Wolds Hospitality Association": a longer name goes on
    elif start > 0 and doc[start - 1].text in _COMPASS:
        start -= 1
    else:
        return None
    longer = doc[start:end]
    if gaz.candidates(longer.text):
        return None
    return AreaMention(key="sub:" + longer.text.lower(), name=longer.text, type="sub_area", code=None,
                       start=longer.start_char, end=longer.end_char, rule="area.compass_variant")


def _base(name: str) -> str | None:
    words = name.split()
    if len(words) >= 2 and words[0] in _COMPASS:
        return " ".join(words[1:])
    if len(words) >= 2 and words[-1] in _COMPASS:
        return " ".join(words[:-1])
    return None


def _compass_pairs(text: str, items: list[tuple[AreaMention, tuple[Entry, ...]]]) -> None:
    """"West Berkshire" listed with "East Berkshire" (no official area of that name) are the
    two halves of something else, e.g. police command units: both sub-areas, not the council."""
    for i, (m, cands) in enumerate(items):
        base = _base(m.name)
        if base is None or m.type == "sub_area" or m.is_org:
            continue
        if any(items[j][0].rule == "area.compass_variant" and _base(items[j][0].name) == base
               for j in _siblings(text, items, i)):
            items[i] = (AreaMention(key="sub:" + m.name.lower(), name=m.name, type="sub_area", code=None,
                                    start=m.start, end=m.end, rule="area.compass_pair"), cands)


def find_areas(doc: Doc, matcher: PhraseMatcher) -> list[AreaMention]:
    """Area mentions: gazetteer names (PhraseMatcher), read in context, then NER places."""
    text = text_of(doc)
    ents = list(doc.ents)  # computed from the tokens on every access: once
    items = _gazetteer_mentions(doc, matcher, ents)
    _joined_to_organisations(text, items)
    bodies = _organisation_areas(text, items) + _sub_areas(text, items)
    _town_lists(text, items)
    _compass_pairs(text, items)
    bodies += _wards_by_councillor(text, items, ents)
    mentions = [m for m, _ in items] + bodies
    ner = _ner_mentions(text, ents, [(m.start, m.end) for m in mentions],
                        {m.start: m.end for m in mentions if m.type == "city_or_town"})
    units = {m.key[4:]: m for m in mentions if m.key.startswith("sub:")}
    if units:  # "He lives in Clwyd West ... Clwyd West MP Darren Millar": one place
        ner = [AreaMention(**{**m.__dict__, "key": units[m.key].key, "type": units[m.key].type})
               if m.key in units else m for m in ner]
    mentions += ner
    mentions += _listed_and_cued_places(text, mentions, ents)
    mentions += _guarded_councils(doc, text, mentions)
    mentions.sort(key=lambda m: m.start)
    return mentions


#: a guarded council's name read as a place: after a word that places ("in Eden", "for Chiltern", "and Copeland")
#: or a comma of a list, or before a bracketed figure ("Eden (+8.6 per cent)")
_PLACE_BEFORE_GUARDED = compiled(r"(?:\b(?i:in|for|across|and|than|to|from|within|throughout|including)\s+|,\s*)$")
_FIGURE_BRACKET_AFTER = compiled(r"\s*\(\s*[+−-]?\s*[£$€]?\d")
#: ... and not the first word of another name ("Eden Project", "Chiltern Railways", "Copeland's")
_GUARDED_NAME_GOES_ON = compiled(r"(?:[\s-]+[A-Z]|['’]s\b)")


def _guarded_councils(doc: Doc, text: str, mentions: list[AreaMention]) -> list[AreaMention]:
    """Councils whose bare name is also a word or a surname ("Eden", "Chiltern", "Copeland"; the
    gazetteer matches only their written forms, "Eden District Council"): the bare name too, where the
    story reads it as a place (after "in", "for", a list's comma, or before a bracketed figure) and names
    another place of the council's police force area ("Cumbria", "South Lakeland"), which a garden, a
    railway or a surname does not come with. Deliberately a scan of the few guarded names, not the
    PhraseMatcher: the guard needs the other mentions."""
    gaz = gazetteer()
    if not gaz.guarded or not mentions:
        return []
    forces = set()
    for m in mentions:
        if m.is_org or not m.code:
            continue
        # (a county is its force's area too: "Cumbria" names the force area E23000002)
        for e in (gaz.by_code.get(m.code), *gaz.candidates(m.name)):
            if e is not None:
                forces.update(c for c in (e.pfa_code, e.code if e.type == "police_force_area" else None) if c)
    taken = [(m.start, m.end) for m in mentions]
    out = []
    for name, entry in gaz.guarded.items():
        if entry.pfa_code not in forces or name not in text:
            continue
        for m in cached(rf"\b{regex.escape(name)}\b").finditer(text):
            a, b = m.span()
            if any(s < b and a < e for s, e in taken) or _GUARDED_NAME_GOES_ON.match(text, b):
                continue
            if not (_PLACE_BEFORE_GUARDED.search(text, max(0, a - 14), a) or _FIGURE_BRACKET_AFTER.match(text, b)):
                continue
            dated = gaz.as_of(entry, doc._.reference_date, older_code=bool(doc._.published))
            out.append(AreaMention(key=_key(dated), name=dated.name, type=dated.type, code=dated.code,
                                   start=a, end=b, rule="area.gazetteer.guarded"))
    return out


#: words that never begin (or, for the organisation words, never stand in) the name of a small place
#: found by its company in a list or by a cue ("Kendal, Police said", "between Monday and Friday")
_NOT_PLACE_WORDS = frozenset("""Mr Mrs Ms Miss Dr Sir Dame Lord Lady Cllr Councillor Coun Prof Rev St. However Meanwhile
Yesterday Today Tomorrow Tonight Last Next Every Some Many Most Other Others Both Each All Any No None One Two Three
Here There Where When While Which Who What Why How Then Now Also Only Just Even Still Please Thanks Christmas Easter
Government Parliament Police Council Councils Trust Service Services Hospital Hospitals School Schools Primary Academy
College University Community Centre Road Street Lane Avenue Drive Close Group Party Department Committee Board Ltd
Limited Company Club Church Chapel's Fund Office Court Station Water United Rovers Town City County District Borough
Authority Agency Association Partnership Network Foundation Society Union Bank Airport Festival Cup League Act Bill
Report Review Plan Strategy Scheme Programme Project Labour Conservative Conservatives Tory Tories Reform Liberal
Democrats Green Greens Independent Independents Plaid Cymru Alliance Unionist Sinn Con Lab Ind Lib Dem Grn Ref LD
Black White Asian Mixed British English Scottish Welsh Irish Chinese Arab Other Cuts Rise Fall Calls""".split())
#: last words that make a found place a landscape, water or coast, not a town (type 'other')
_LANDFORM_WORDS = frozenset("""Valley Moor Moors Point Nook Bay Isle Island Islands Forest Coast Hills Dales Peninsula
Loch Lake River Firth Narrows Sound Estuary Fell Fells Pass Marsh Marshes Heath Common Downs Wolds Beacons Valleys Fens
Levels""".split())
_LANDFORM_FIRST = frozenset("Loch Lake River Isle Mount Glen".split())
_TRAVEL = compiled(r"\b(?:bus|buses|routes?|services?|ferry|ferries|trains?|rail|railway|roads?|journeys?|drive|trip|"
                        r"crossing|walk|flights?|miles|coach|commute|motorway|dual\s+carriageway|A\d+)\b", regex.I)
_SENTENCE_OPEN = compiled(r"(?:^|[.!?:\n“\"‘]\s*)$")
#: a by-election result later on the line ("Cherwell, Adderbury, Bloxham & Bodicote - Conservative hold")
_RESULT_LINE = compiled(r"[^\n]*?\s[-–:]\s*(?:[A-Z][\w’'-]*\s+){1,4}?(?:hold|gain|GAIN|HOLD)\b")
_CUE_WORDS = ("illage", "amlet", "ommunit", "ettlement", "uburb", "arish", "owns", "ear ")
#: endings of the adjectives of nations and faiths ("Polish residents", "Cornish householders")
_PEOPLE_ADJECTIVE = ("ish", "ian", "ese", "ean", "ic", "ican", "i", "ese")
#: a seat named after places ("MP for Bexhill and Battle"): its names are not listed places
_SEAT_FOR = compiled(r"\b(?:MP|MPs|MSP|MLA|MS|AM|[Cc]ouncillor|[Cc]andidate|[Mm]ember)\s+for\s+(?:the\s+)?$")
_LIST_WINDOW = 70
_NAME_WORD_GAP = compiled(r"[ \t-]+")
_WARD_WORD_GAP = compiled(r"[\s,&-]+")


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    months = {m.capitalize() for m in lexicon("months")}
    days = {d.capitalize() for d in lexicon("weekdays")}
    parties = {p.split()[0] for p in lexicon("parties")}
    return frozenset(_NOT_PLACE_WORDS | _NOT_NAME_WORDS | months | days | parties | _person_words())


def _small_place_name(name: str, start: int, end: int, persons, surnames: set[str], listed: bool = False) -> bool:
    """``name`` (found by a list or a cue) may name a small place: not a person, month, weekday,
    party, organisation word or a name the gazetteer already reads. (A one-word "person" NER finds
    in a list of places, "Skegness and Willoughby.", is a place: ``listed``.)"""
    words = _NAME_WORD_GAP.split(name)
    stop = _stop_words()
    if words[0] in stop or name in surnames or name in _COMPASS or any(w in stop for w in words[1:] if w[:1].isupper()):
        return False
    if any(s < end and start < e and not (listed and " " not in name and (s, e) == (start, end)) for s, e in persons):
        return False
    if gazetteer().candidates(name) or area_rules()["ner_reject"].search(name, timeout=timeout_for(name)):
        return False
    return True


def _small_place(name: str, start: int, end: int, rule: str) -> AreaMention:
    words = name.split()
    kind = "other" if words[-1] in _LANDFORM_WORDS or words[0] in _LANDFORM_FIRST else "city_or_town"
    return AreaMention(key=name.lower(), name=name, type=kind, code=None, start=start, end=end, rule=rule)


class _SmallPlaces:
    """The small places found so far by a list or a cue, and the stretches of text already read as places."""

    def __init__(self, text: str, mentions: list[AreaMention], ents):
        self.text = text
        self.persons = [(e.start_char, e.end_char) for e in ents if e.label_ == "PERSON"]
        self.surnames = {e.text.rsplit(" ", 1)[-1] for e in ents if e.label_ == "PERSON" and " " in e.text}
        # (a place the gazetteer reads inside a longer name, "St Leonards" in "Chapel St Leonards", does not
        # stop the longer name)
        self.taken = [(m.start, m.end) for m in mentions if not m.is_org]
        self.inner = [(m.start, m.end) for m in mentions if m.is_org]
        self.out: list[AreaMention] = []

    def free(self, s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in self.taken) \
            and not any(a < e and s < b and not (s <= a and b <= e) for a, b in self.inner)

    def fits(self, name: str, s: int, e: int) -> bool:
        return _small_place_name(name, s, e, self.persons, self.surnames, True)

    def add(self, name: str, s: int, e: int, rule: str, ward_ok: bool = False) -> AreaMention | None:
        text = self.text
        if not self.free(s, e) or not self.fits(name, s, e) or _AGE_AFTER.match(text[e:e + 40]):
            return None  # ("Halstead, and Locke, 23, of no fixed address": a person)
        m = _small_place(name, s, e, rule)
        if _RESULT_LINE.match(text, e, min(len(text), e + 80)):
            if not ward_ok or not _RESULT_AFTER.match(text[e:e + 40]):
                return None
            # "East Cambridgeshire, Bottisham - Conservative hold": the ward of a by-election result
            m = AreaMention(key="sub:" + name.lower(), name=name, type="sub_area", code=None, start=s, end=e, rule=rule)
        self.out.append(m)
        self.taken.append((s, e))
        return m


def _listed_and_cued_places(text: str, mentions: list[AreaMention], ents) -> list[AreaMention]:
    """Small places the gazetteer and NER miss, found by their company or a cue (patterns/areas.json,
    families 'place_list' and 'place_cue'): a name listed with a town or council ("Carlisle-Silloth",
    "Millom and Haverigg", "Ingoldmells, Chapel St Leonards, Mablethorpe"), one a cue calls a place
    ("the village of Hemsby", "near Perranporth") and the two ends of a journey ("buses between
    Barrow and Coniston")."""
    found = _SmallPlaces(text, mentions, ents)
    _cued_places(found)
    if _LIST_ROW.match(text) or _LIST_ROW_AFTER_BREAK.search(text):  # (_LIST_ROW.search(text), faster)
        _place_rows(found, {m.start for m in mentions if not m.is_org and m.type != "sub_area"})
    _listed_places(found, [m for m in mentions if not m.is_org and (
        m.type in ("city_or_town", "local_authority", "county") or m.type == "other" and m.rule.startswith("area.gazetteer"))])
    return found.out


#: a numbered or bulleted row that starts with a capitalised word (the cheap test before the rows are read)
_LIST_ROW = compiled(r"(?m)^[ \t]*(?:\d{1,3}[.)]|[•*–-])[ \t]+[A-Z]")
#: such a row after a line break: with the text's first line (``_LIST_ROW.match``) it finds what
#: ``_LIST_ROW.search`` does (a multi-line "^" matches only at the start and after "\n"), but the
#: regex engine scans for the literal "\n" instead of trying "^" at every character
_LIST_ROW_AFTER_BREAK = compiled(r"\n[ \t]*(?:\d{1,3}[.)]|[•*–-])[ \t]+[A-Z]")


def _place_rows(found: _SmallPlaces, places: set[int]) -> None:
    """The rows of a numbered or bulleted list ("1. Brownhills has ...", "3. Oldbury has ..."): where most
    rows of one list start with known places, the others start with places too."""
    text = found.text
    rows = list(_area_rule_set()["place_list.row"].pattern.finditer(text, timeout=timeout_for(text)))
    lists, run = [], []
    for hit in rows:  # one list: rows with at most two blank lines between them
        if run and text.count("\n", run[-1].end(), hit.start()) > 3:
            lists.append(run)
            run = []
        run.append(hit)
    lists.append(run)
    for run in lists:
        known = sum(1 for hit in run if hit.start("name") in places)
        if len(run) >= 3 and known * 2 >= len(run):
            for hit in run:
                if hit.start("name") not in places:
                    found.add(hit.group("name"), hit.start("name"), hit.end("name"), "area.place_row")


def _cued_places(found: _SmallPlaces) -> None:
    rs, text = _area_rule_set(), found.text
    if any(w in text for w in _CUE_WORDS):  # (the cue words are read as written: no case-blind test)
        for hit in _cues_before(rs["place_cue.before"].pattern, text):
            found.add(hit.group("name"), hit.start("name"), hit.end("name"), "area.place_cue")
    if "etween" in text or "rom " in text:
        for hit in rs["place_cue.route"].pattern.finditer(text, timeout=timeout_for(text)):
            _route_ends(found, hit, True)
    _places_before_cues(found)


#: what place_cue.before's cue words hold after their first letter (its "[Vv]illage", "[Nn]ear", ...):
#: every match of the pattern of :data:`_CUE_BEFORE_SOURCE` starts one character before one of them
_CUE_BEFORE_STEMS = ("illage", "amlet", "ommunit", "ettlement", "uburb", "arish", "owns", "ear")
_CUE_BEFORE_SOURCE = "(?-i:\\b(?:[Vv]illages?|[Hh]amlets?|[Cc]ommunit(?:y|ies)|[Ss]ettlement|[Ss]uburb|[Pp]arish|[Tt]owns)\\s+(?:of|such\\s+as|including|like)\\s+)(?P<name>(?-i:(?:St\\.?[ \\t]+)?[A-Z][a-z’']+(?:(?:[ \\t]|[ \\t-](?:on|upon|in|by|under|next|le|en|y|on[ \\t-]the)[ \\t-])(?:St\\.?[ \\t]+)?[A-Z][a-z’']+){0,2}))(?![ \\t]*(?-i:[A-Z])|[’']s\\b)|(?-i:\\b[Nn]ear)\\s+(?P<name>(?-i:(?:St\\.?[ \\t]+)?[A-Z][a-z’']+(?:(?:[ \\t]|[ \\t-](?:on|upon|in|by|under|next|le|en|y|on[ \\t-]the)[ \\t-])(?:St\\.?[ \\t]+)?[A-Z][a-z’']+){0,2}))(?=[ \\t]*(?:[,.;:!?)\\]\\n]|$)|[ \\t]*[/–-][ \\t]*(?-i:[A-Z])|[ \\t]+(?:and|or|&|to)[ \\t]+(?-i:[A-Z]))"


def _cues_before(pattern: Pattern, text: str):
    """``pattern.finditer(text)`` for place_cue.before, tried only where one of its cue words is
    written (found by ``str.find``), from a match's end on, as finditer goes on: the engine would try
    the word boundary and the words at every character. Another pattern, or a long text (one the
    regex timeout covers), is scanned as before."""
    timeout = timeout_for(text)
    if timeout is not None or pattern.pattern != _CUE_BEFORE_SOURCE:  # (its cue words are case-sensitive: "(?-i:")
        yield from pattern.finditer(text, timeout=timeout)
        return
    starts = set()
    for stem in _CUE_BEFORE_STEMS:
        i = text.find(stem, 1)
        while i >= 0:
            starts.add(i - 1)
            i = text.find(stem, i + 1)
    last = 0
    for at in sorted(starts):
        if at >= last and (m := pattern.match(text, at)) is not None:
            yield m
            last = m.end()


def _route_ends(found: _SmallPlaces, hit: regex.Match, cued: bool) -> None:
    """The two ends of a journey ("between Barrow and Coniston"; ``cued``: after "between"/"from") or of a
    route's name ("the Cromarty-Nigg ferry")."""
    text = found.text
    (s1, e1), (s2, e2) = hit.span("name"), hit.span("name2")
    known = [not found.free(s, e) for s, e in ((s1, e1), (s2, e2))]
    if any(known) and not cued and " to " in text[e1:s2 + 1] and _SENTENCE_OPEN.search(text, max(0, s1 - 3), s1):
        return  # "Cuts to Staffordshire bus routes" (a headline's first word), not "the 77 Looe to Menheniot service"
    if cued and not any(known):
        stop = min((i for i in (text.find(".", hit.end()), text.find("\n", hit.end())) if i >= 0), default=len(text))
        start = max(text.rfind(".", 0, hit.start()), text.rfind("\n", 0, hit.start())) + 1
        if not _TRAVEL.search(text, start, stop):
            return  # "from Labour to Reform", "between Arsenal and Chelsea": not a journey
    names = [(text[s:e], s, e) for (s, e), k in zip(((s1, e1), (s2, e2)), known) if not k]
    if all(found.fits(n, s, e) for n, s, e in names):
        for n, s, e in names:
            found.add(n, s, e, "area.place_route")


@lru_cache(maxsize=1)
def _cue_after() -> Pattern:
    """place_cue.after compiled without the rule file's IGNORECASE: its words are written as they are
    meant, and a case-blind scan of every word of a document costs several times as much."""
    return compiled(_area_rule_set()["place_cue.after"].source)


#: the words place_cue.after can start with, as written (its words, or its comma): every match of
#: :func:`_cue_after` starts where one of them does (for the pattern of :data:`_CUE_AFTER_SOURCE`)
_CUE_AFTER_STARTS = (",", "near", "Valley", "Peninsula", "Estuary", "Coast", "Moors", "Dales", "Hills", "Wolds", "Fens",
                     "Levels", "Marshes", "residents", "villagers", "householders", "homeowners", "parishioners", "ferr",
                     "bus", "route", "road", "rail", "line", "service", "crossing", "link", "bypass", "train", "coach")
_CUE_AFTER_SOURCE = (
    "(?-i:(?P<appositive>,[ \\t]+(?:a|the)[ \\t]+(?:(?:small|tiny|little|quiet|pretty|remote|rural|coastal|seaside|former|market|"
    "mining|fishing|island|nearby|neighbouring|picturesque|historic|Cornish|Welsh|Highland)[ \\t]+){0,2}(?:village|hamlet|town|"
    "resort|community)\\b)|\\b(?:(?P<near>near[ \\t]+[A-Z])|(?P<landscape>(?:Valley|Valleys|Peninsula|Estuary|Coast|Moors|Dales|"
    "Hills|Wolds|Fens|Levels|Marshes)\\b(?![ \\t]*(?-i:[A-Z])|[’']s\\b))|(?P<residents>(?:residents|villagers|householders|"
    "homeowners|parishioners)\\b)|(?P<route>(?:ferry|ferries|bus|buses|route|road|rail|railway|line|service|services|crossing|"
    "link|bypass|train|trains|coach)\\b)))")


def _cues_after(text: str):
    """``_cue_after().finditer(text)``, tried only where one of its first words (or its comma) is
    written (found by ``str.find``), from a match's end on, as finditer goes on: the engine would try
    the word boundary and some thirty words at every character. Another pattern than the one these
    words are read from, or a long text (one the regex timeout covers), is scanned as before."""
    pattern, timeout = _cue_after(), timeout_for(text)
    if timeout is not None or pattern.pattern != _CUE_AFTER_SOURCE or pattern.flags & (regex.IGNORECASE | regex.MULTILINE):
        yield from pattern.finditer(text, timeout=timeout)
        return
    starts = set()
    for word in _CUE_AFTER_STARTS:
        i = text.find(word)
        while i >= 0:
            starts.add(i)
            i = text.find(word, i + 1)
    last = 0
    for at in sorted(starts):
        if at >= last and (m := pattern.match(text, at)) is not None:
            yield m
            last = m.end()


def _places_before_cues(found: _SmallPlaces) -> None:
    """Names read back from a cue after them (patterns/areas.json, family 'place_cue_after'): "Happisburgh,
    a village", "the Cynon Valley", "some Hallgarth residents", "the Cromarty-Nigg ferry"."""
    rs, text = _area_rule_set(), found.text
    back, the_back, route_back, address_back = (rs[r].pattern for r in (
        "place_cue.name_before", "place_cue.the_name_before", "place_cue.route_before", "place_cue.address_before"))
    for cue in _cues_after(text):
        kind, lo = cue.lastgroup, max(0, cue.start() - _LIST_WINDOW)
        if kind == "route":
            if hit := route_back.search(text, lo, cue.start(), timeout=timeout_for(text)):
                _route_ends(found, hit, False)
        elif kind == "near":
            if hit := address_back.search(text, lo, cue.start(), timeout=timeout_for(text)):
                found.add(hit.group("name"), hit.start("name"), hit.end("name"), "area.place_cue")
        elif kind == "landscape":
            if hit := the_back.search(text, lo, cue.start(), timeout=timeout_for(text)):
                found.add(text[hit.start("name"):cue.end()], hit.start("name"), cue.end(), "area.place_cue")
        elif hit := back.search(text, lo, cue.start(), timeout=timeout_for(text)):
            name, s = hit.group("name"), hit.start("name")
            while " " in name and name.split(" ", 1)[0] in _stop_words():  # "Some Hallgarth residents"
                first, name = name.split(" ", 1)
                s += len(first) + 1
            if kind == "residents" and (name.endswith(_PEOPLE_ADJECTIVE) or _SENTENCE_OPEN.search(text, max(0, s - 3), s)):
                continue  # "Polish residents", "Angry residents said": not a place
            found.add(name, s, hit.end("name"), "area.place_cue")


def _listed_places(found: _SmallPlaces, seeds: list[AreaMention]) -> None:
    """Outwards along a list from each place, and from each place found so."""
    rs, text = _area_rule_set(), found.text
    after, before = rs["place_list.after"].pattern, rs["place_list.before"].pattern
    queue = seeds + found.out
    while queue:
        seed = queue.pop()
        if _SEAT_FOR.search(text, max(0, seed.start - 20), seed.start):
            continue  # "MP for Bexhill and Battle": a seat's name
        hit = after.match(text, seed.end, timeout=timeout_for(text))
        if hit and (m := found.add(hit.group("name"), hit.start("name"), hit.end("name"), "area.place_list",
                                   hit.group(0).startswith(",") and not text[_line_start_of(text, seed.start):seed.start].strip())):
            queue.append(m)
        lo = max(0, seed.start - _LIST_WINDOW)
        hit = before.search(text, lo, seed.start, timeout=timeout_for(text))
        if hit is None or hit.start("name") <= lo:
            continue
        # a comma after a sentence's first word is an adverb's ("Meanwhile, Leeds"); a name before a town
        # after "in"/"of", where the list stops, is an address's street ("in Hallgate, Holbeach, on Friday")
        comma = "," in hit.group(0)[len(hit.group("name")):]
        if comma and (_SENTENCE_OPEN.search(text, max(0, hit.start() - 3), hit.start())
                      or seed.type == "city_or_town" and _ADDRESS_BEFORE.search(text, max(0, hit.start() - 6), hit.start())
                      and not _LIST_GOES_ON.match(text, seed.end)):
            continue
        if not _SEAT_FOR.search(text, max(0, hit.start() - 20), hit.start()) \
                and (m := found.add(hit.group("name"), hit.start("name"), hit.end("name"), "area.place_list")):
            queue.append(m)


_CABINET_BEFORE = compiled(r"(?i:cabinet|portfolio|executive|lead|spokes\w*|shadow)\s+(?:\w+\s+)?$")


def _wards_by_councillor(text: str, items, ents) -> list[AreaMention]:
    """"the new councillor for Mid Formartine", "councillor for Hirwaun, Penderyn and Rhigos": the
    ward a councillor represents (patterns/areas.json, place_cue.councillor_for), in a story about
    councillors or an election; the gazetteer's names inside it are part of it."""
    if not may_say(text, ("councillor", "cllr", "candidate", "member for")) or not any(w in text for w in _ELECTORAL_WORDS):
        return []
    rule = _area_rule_set()["place_cue.councillor_for"]
    out: list[AreaMention] = []
    for hit in rule.pattern.finditer(text, timeout=timeout_for(text)):
        name, (s, e) = hit.group("name"), hit.span("name")
        if _CABINET_BEFORE.search(text, max(0, hit.start() - 25), hit.start()):
            continue  # "cabinet member for Transport": a portfolio
        if gazetteer().candidates(name) or any(w in _stop_words() for w in _WARD_WORD_GAP.split(name) if w[:1].isupper()):
            continue  # "councillor for Leeds" (the council: read by the gazetteer), "councillor for Labour"
        out.append(AreaMention(key="sub:" + name.lower(), name=name, type="sub_area", code=None, start=s, end=e,
                               rule=rule.id))
    for i, (m, cands) in enumerate(items):
        if any(b.start <= m.start and m.end <= b.end for b in out):
            items[i] = (AreaMention(**{**m.__dict__, "is_org": True}), cands)
    return out


_TRUST_WORDS = {"university", "hospital", "hospitals", "nhs", "foundation", "trust", "health", "board",
                "integrated", "care", "clinical", "commissioning", "group", "and", "of", "&", "the"}


def _body_key(name: str) -> str:
    """One key for the names of one body: "University Hospitals Plymouth NHS Trust" and
    "Plymouth Hospitals Trust" are the same trust."""
    words = sorted({w for w in name.lower().split() if w not in _TRUST_WORDS})
    return "body:" + " ".join(words)


#: words a body's name does not start with ("In Betsi Cadwaladr University Health Board the figure ...")
_NOT_A_BODY_WORD = frozenset({"The", "the", "At", "at", "and", "of", "In", "in", "For", "for", "From", "from", "By", "by",
                              "With", "with", "To", "to", "On", "on", "Across", "across", "Within", "within"})
#: a health trust named by its compass point, as Northern Ireland's are ("the South Eastern Trust")
_COMPASS_TRUST_WORDS = frozenset({"northern", "southern", "eastern", "western", "north", "south", "east", "west",
                                  "central", "trust"})
_BODY_WORD = compiled(r"(?-i:Trust|Board|Groups?|CCG|ICB|health board)\b")


def _organisation_areas(text: str, items) -> list[AreaMention]:
    """Bodies that hold figures like places (NHS trusts, health boards; patterns/areas.json,
    family 'organisation_area'), and "the Trust" after one. The gazetteer names inside a body's
    name become part of it (``is_org``)."""
    if not _BODY_WORD.search(text):
        return []  # no "Trust", "Board", "health board", "Group" or "CCG" in the text: no body to find
    rs = _area_rule_set()
    gazetteer_words = {w for m, _ in items for w in m.name.lower().split()}
    out: list[AreaMention] = []
    for rule in rs.family("organisation_area"):
        for m in rule.pattern.finditer(text, timeout=timeout_for(text)):
            name = m.group("name")
            words = set(name.lower().split())
            if not (words & {"nhs", "hospital", "hospitals", "health"} or words & gazetteer_words
                    or words <= _COMPASS_TRUST_WORDS and "ealth" in text):
                continue  # "the Nuffield Trust": not a health body (but "the Western Trust" in a health story is)
            start, end = m.start("name"), m.end("name")
            while text[start:end].split(" ", 1)[0] in _NOT_A_BODY_WORD:
                start += len(text[start:end].split(" ", 1)[0]) + 1
            name = text[start:end]
            if not name[:1].isupper():
                continue  # "The health board apologised": no name before the body word
            out.append(AreaMention(key=_body_key(name), name=name, type="other", code=None, start=start, end=end,
                                   rule=rule.id))
    if out:
        for rule in rs.family("organisation_area_reference"):
            for m in rule.pattern.finditer(text, timeout=timeout_for(text)):
                before = [b for b in out if b.end <= m.start()]
                if before and not any(b.start <= m.start("name") < b.end for b in out):
                    b = before[-1]
                    out.append(AreaMention(key=b.key, name=b.name, type="other", code=None, start=m.start("name"),
                                           end=m.end("name"), rule=rule.id))
    for i, (m, cands) in enumerate(items):
        if any(b.start <= m.start and m.end <= b.end for b in out):
            items[i] = (AreaMention(**{**m.__dict__, "is_org": True}), cands)
    # the fullest mention names the body, as a person is named by their fullest mention
    # ("Plymouth Hospitals Trust" ... "University Hospitals Plymouth NHS Trust"); the first of
    # equally full ones
    fullest: dict[str, AreaMention] = {}
    for b in sorted(out, key=lambda b: b.start):
        if b.key not in fullest or len(b.name.split()) > len(fullest[b.key].name.split()):
            fullest[b.key] = b
    return sorted((AreaMention(**{**b.__dict__, "name": fullest[b.key].name}) for b in out), key=lambda b: b.start)


_POSSESSIVE = compiled(r"[^\s]+[’']s\s+")


@lru_cache(maxsize=1)
def _not_unit_names() -> frozenset[str]:
    """First words that make a name before "MP"/"ward" a person's or a party's, not a place's."""
    return frozenset(_person_words() | {p.split()[0] for p in lexicon("parties")})


#: the words that end a sub-area's name; its rules are run only in a window before each
_UNIT_WORD = compiled(r"\b(?:(?i:divisions?|command\s+units?|area\s+command|policing\s+(?:area|district|unit)|"
                           r"sector|constituency|parliamentary\s+seat|ward)|BCUs?|LPA|MP)\b")
#: a word every unit word holds (any case): a document without one is not scanned
_UNIT_WORDS = ("division", "command", "policing", "sector", "constituency", "parliamentary", "ward")
_UNIT_WINDOW = 160
#: rules that read past the unit word ("the Hartcliffe division of Bristol City Council"), and how far
_READS_PAST_UNIT = frozenset({"sub_area.electoral_division", "sub_area.numbered_ward", "sub_area.compass_division_elided"})
_UNIT_TAIL = 60
#: rules that can only end at one unit word: not run at the others
_RULE_NEEDS = {"sub_area.ward": "ward", "sub_area.electoral_division": "division", "sub_area.numbered_ward": "ward"}
#: rules run only in a story about councillors or an election ("ward 19, Inverness South", not a hospital's ward)
_ELECTORAL_RULES = frozenset({"sub_area.numbered_ward"})
_ELECTORAL_WORDS = ("ouncillor", "lection", "votes")


def _sub_areas(text: str, items) -> list[AreaMention]:
    """Places below council level that the gazetteer cannot hold (patterns/areas.json, family
    'sub_area'): "the central division", "the Hastings, Rother and Wealden command unit",
    constituencies ("his Weaver Vale constituency") and wards. The gazetteer names inside a
    unit's name are part of it, not places of their own."""
    out: list[AreaMention] = []
    seen = set()
    says_unit = may_say(text, _UNIT_WORDS) or any(w in text for w in ("BCU", "LPA", "MP"))  # (before the scan)
    electoral = None
    for hit in _UNIT_WORD.finditer(text, timeout=timeout_for(text)) if says_unit else ():
        for rule in _area_rule_set().family("sub_area"):
            needs = _RULE_NEEDS.get(rule.id)
            if needs is not None and needs not in hit.group().lower():
                continue  # a ward's rule at "command unit": it cannot end there
            if rule.id in _ELECTORAL_RULES:
                if electoral is None:
                    electoral = any(w in text for w in _ELECTORAL_WORDS)
                if not electoral:
                    continue
            stop = hit.end() + (_UNIT_TAIL if rule.id in _READS_PAST_UNIT else 0)
            for m in rule.pattern.finditer(text, max(0, hit.start() - _UNIT_WINDOW), stop, timeout=timeout_for(text)):
                if (m.start(), rule.id) not in seen:
                    seen.add((m.start(), rule.id))
                    _add_sub_area(text, m, rule, out)
    for i, (m, cands) in enumerate(items):
        # (inside a unit's name, or its start with the article before it: "the north-east" of "the
        # north-east area command")
        if any(b.start <= m.start and m.end <= b.end
               or m.start < b.start < m.end <= b.end and text[m.start:b.start].lower() in ("the ", "the\n")
               for b in out):
            items[i] = (AreaMention(**{**m.__dict__, "is_org": True}), cands)
    return out


def _add_sub_area(text: str, m: regex.Match, rule, out: list[AreaMention]) -> None:
    group = next(g for g in ("name", "name2", "name3") if m.groupdict().get(g))
    start, end = m.span(group)
    possessive = _POSSESSIVE.match(text, start, end)  # "Liverpool's Central ward"
    if possessive:
        start = possessive.end()
    name = text[start:end]
    named_seat = rule.id == "sub_area.constituency" and group == "name"  # "the Wrexham constituency"
    # (a region's name ends a list of divisions as one of them: "48 in the north-east division and 31 in the
    # south-west")
    if gazetteer().candidates(name) and not named_seat and rule.id != "sub_area.compass_division_elided" \
            or name.split()[0] in _not_unit_names():
        return  # "Kent MP" (the gazetteer's place), "Maria Eagle MP", "the Labour MP"
    out.append(AreaMention(key="sub:" + name.lower(), name=name, type=rule.kind or "sub_area", code=None,
                           start=start, end=end, rule=rule.id))


def _lower_compass_council(doc: Doc, span, text: str):
    """"burglaries in north-west Leicestershire": the council of that name ("North West
    Leicestershire"), where there is one, not the county or force area: (wider span, candidates)."""
    if span.start_char < 5 or not (low := _LOWER_COMPASS.search(text, max(0, span.start_char - 12), span.start_char)):
        return None
    name = " ".join(w.capitalize() for w in low.group(1).replace("-", " ").split()) + " " + span.text
    council = tuple(e for e in gazetteer().candidates(name) if e.type == "local_authority")
    wider = doc.char_span(low.start(1), span.end_char, alignment_mode="expand") if council else None
    return (wider, council) if wider is not None else None


def _at_least(pattern: Pattern, text: str, n: int) -> bool:
    """``pattern`` matches ``text`` at least ``n`` times (stops reading at the n-th)."""
    for count, _ in enumerate(pattern.finditer(text, timeout=timeout_for(text)), 1):
        if count >= n:
            return True
    return False


def _beyond_england(text: str) -> bool:
    """A story about Scotland or Northern Ireland that never names England: its compass regions
    ("the north-east", "the North West") are that nation's, not England's."""
    return ("Scotland" in text or "Scottish" in text or "Northern Ireland" in text) \
        and "England" not in text and "English" not in text


def _health_story(text: str) -> str | bool:
    """"health" for a story about the NHS or a health board (the topic key of PREFERENCE), else False."""
    head = text[:20000]
    return "health" if ("NHS" in head or "ealth board" in head or "ealth Board" in head) else False


def _gazetteer_mentions(doc: Doc, matcher: PhraseMatcher, ents) -> list[tuple[AreaMention, tuple[Entry, ...]]]:
    rules = area_rules()
    text = text_of(doc)
    gaz = gazetteer()
    police_story = _at_least(rules["police_topic"], text[:20000], 3) or _health_story(text)
    matches = sorted(matcher(doc, as_spans=True), key=lambda s: (s.start, -(s.end - s.start)))
    items: list[tuple[AreaMention, tuple[Entry, ...]]] = []
    persons = [(e.start, e.end) for e in ents if e.label_ == "PERSON"]
    # the surnames of the people the story names: "Sarah Morley ... Morley said"
    surnames = {doc[e - 1].text for s, e in persons if e - s >= 2}
    aged = _aged_names(matches, text)
    # a name the story also gives a force ("Derbyshire Police have revealed ... Derbyshire's
    # campaign") is the force area wherever it is written, whatever the story's topic
    forces = {span.text.lower() for span in matches if _FORCE_AFTER.match(text[span.end_char:span.end_char + 16])} \
        if "olice" in text or "onstabulary" in text else set()
    taken = -1
    hospitals: set[int] = set()  # mentions that name a hospital a body runs
    for n, span in enumerate(matches):
        if n % 2000 == 1999:
            budget.check(doc, "areas")
        if span.start < taken:
            continue
        cands = gaz.candidates(span.text)
        if not cands:
            continue
        taken = span.end
        if (wider := _lower_compass_council(doc, span, text)) is not None:
            span, cands = wider
        # "Sutton on Sea": another town than the council its name begins with; "Berkshire West": a sub-area
        compass = (text.startswith((" ", "-"), span.end_char) and _longer_town(doc, span, text)) or _compass_variant(doc, span)
        if compass is not None:
            if rules["org_before"].search(text, max(0, compass.start - 30), compass.start):
                compass = AreaMention(**{**compass.__dict__, "is_org": True})  # "University Hospitals of North Midlands"
            items.append((compass, ()))
            taken = max(taken, doc.char_span(compass.start, compass.end, alignment_mode="expand").end)
            continue
        if any(s <= span.start and span.end <= e and e - s > span.end - span.start for s, e in persons):
            continue  # "Chris Preston"
        after = text[span.end_char:span.end_char + 40]
        if _not_a_place(doc, span, text):
            continue
        if aged and span.text in aged and not _PLACE_BEFORE.search(text, max(0, span.start_char - 12), span.start_char) \
                or _is_a_person(doc, span, cands, after, surnames):
            continue  # (an aged name is still the place where the text puts something in it: "crime in Blackburn")
        if all(e.type == "city_or_town" for e in cands):
            ward = _ward_named_by_town(doc, span, text)
            if ward is not None:
                items.append((ward, ()))
                taken = doc.char_span(ward.start, ward.end, alignment_mode="expand").end
                continue
        entry, rule = choose(cands, after, True if span.text.lower() in forces else police_story, text[max(0, span.start_char - 20):span.start_char])
        entry, rule, key = _in_time_and_nation(doc, text, span, cands, entry, rule)
        items.append((AreaMention(key=key, name=entry.name, type=entry.type, code=entry.code,
                                  start=span.start_char, end=span.end_char, rule=rule,
                                  is_org=_inside_organisation_name(doc, span, after)), cands))
        if _runs_hospital(text, span):
            hospitals.add(len(items) - 1)
    _hospital_names(items, hospitals)
    return items


#: the rest of a town's name after a council's or town's name: "-on-Solway", " on Sea", " upon Tyne" (written
#: apart only before a river or the sea: "Leeds on Tuesday" is Leeds)
_LONGER_TOWN = compiled(r"(?-i:-(?:on|upon|in|by|under|next|le)-(?:the-)?[A-Z][a-z]+|"
                             r" (?:on|upon) (?:Sea|Thames|Tyne|Trent|Avon|Severn|Tees|Wye|Solway|Wear|Humber|Ouse|"
                             r"Dee|Mersey|Tweed|Soar|Stour|Lune|Eden|Swale|Ure|Derwent|Tamar|Exe|Wey|Medway)\b)")


def _longer_town(doc: Doc, span, text: str) -> AreaMention | None:
    """"Sutton on Sea", "Bowness-on-Solway": another town than the council ("Sutton") its name begins
    with, when the longer name is not the gazetteer's and ends at a token's end."""
    longer = _LONGER_TOWN.match(text, span.end_char)
    if longer is None or gazetteer().candidates(text[span.start_char:longer.end()]):
        return None
    wide = doc.char_span(span.start_char, longer.end(), alignment_mode="expand")
    if wide is None or wide.end_char != longer.end():
        return None
    name = text[span.start_char:longer.end()]
    return AreaMention(key=name.lower(), name=name, type="city_or_town", code=None, start=span.start_char,
                       end=longer.end(), rule="area.longer_town")


def _aged_names(matches, text: str) -> set[str]:
    """The names the story gives an age like a defendant ("Blackburn, 21, admitted ... Tester and
    Blackburn received 18 months"): a person wherever the story writes them."""
    return {span.text for span in matches if len(span) == 1 and text.startswith(",", span.end_char)
            and _AGED_NAME.match(text[span.end_char:span.end_char + 40])}


def _in_time_and_nation(doc: Doc, text: str, span, cands, entry: Entry, rule: str) -> tuple[Entry, str, str]:
    """The chosen entry as it stood at the story's date, and read in the story's nation: (entry, rule, key).
    The older county's own code only for a story with a publication date (an inferred date leaves it
    null); a council abolished before the story's date ("Harrogate" in 2024), or in a story with no
    date at all, is the town of that name where there is one; "the north-east" of a story about
    Scotland or Northern Ireland is not England's region."""
    gaz, ext = gazetteer(), doc._  # (one Underscore object for the three reads)
    dated = gaz.as_of(entry, ext.reference_date, older_code=bool(ext.published))
    ended = (gaz.ended or {}).get(entry.code or "") is not None
    if dated is not entry or (ended and not ext.reference_date and rule == "area.gazetteer.topic_preference"):
        town = next((e for e in cands if e.type == "city_or_town" and e.name == entry.name), None) \
            if dated.code is None and dated.type == "other" or dated is entry else None
        entry, rule = (town, rule + ".town_now") if town is not None else (dated, rule + ".dated")
    if entry.type == "region" and (entry.code or "").startswith("E12") and _beyond_england(text) \
            and "ngland" not in span.text:
        name = span.text[4:] if span.text[:4].lower() == "the " else span.text
        # ("the North East" ... "the north-east": one place)
        return Entry(name, "other", None, None, None), rule + ".beyond_england", "beyond:" + name.lower().replace("-", " ")
    return entry, rule, _key(entry)


def _hospital_names(items, hospitals: set[int]) -> None:
    """"the trust, which runs Cromer and the Norfolk and Norwich hospitals ... staff in Cromer": the
    hospital's name does not hold the trust's figures when the text names the place elsewhere
    (named only there, it is the story's mention of the place)."""
    for i in hospitals:
        m = items[i][0]
        if any(o.key == m.key and not o.is_org for j, (o, _) in enumerate(items) if j not in hospitals):
            items[i] = (AreaMention(**{**m.__dict__, "is_org": True}), items[i][1])


@lru_cache(maxsize=1)
def _person_words() -> frozenset[str]:
    """First names and titles: the word before a surname that is also a place."""
    return frozenset(w for key in ("female_first_names", "male_first_names", "neutral_first_names", "honorifics")
                     for w in lexicon(key))


#: towns that name a mortgage lender, and the words of a story about house prices or mortgages:
#: there the bare name is the lender unless the text puts something in the town ("homes in Halifax")
_LENDER_TOWNS = ("Halifax", "Skipton")
_LENDER_STORY = ("house price", "House price", "mortgage", "Mortgage", "lender")


def _not_a_place(doc: Doc, span, text: str) -> bool:
    """"Mr Preston", "Jack Derby" (a person the NER missed), "Leeds Road" (a street), "Reading
    the report" (the verb), "the Halifax house price index" (the bank)."""
    rules = area_rules()
    if span.start > 0 and doc[span.start - 1].text.rstrip(".") in _person_words() \
            and "\n" not in doc[span.start - 1].whitespace_:
        return True
    if span.text == "UK" and text.endswith("Reform ", 0, span.start_char):
        return True  # the party "Reform UK"
    if text.startswith(_LENDER_TOWNS, span.start_char) and span.text in _LENDER_TOWNS and any(w in text for w in _LENDER_STORY) \
            and not _PLACE_BEFORE.search(text, max(0, span.start_char - 12), span.start_char) \
            and not rules["town_before"].search(text, max(0, span.start_char - 20), span.start_char):
        return True  # "data released by Halifax", "Halifax’s best estimate" in a house-price story: the bank
    if span.text.lower() == "the capital" and "London" not in text and ("Edinburgh" in text or "Cardiff" in text or "Belfast" in text):
        return True  # (the capital of a story about Scotland, Wales or Northern Ireland is not London)
    return bool(rules["street_after"].match(text, span.end_char) or rules["not_a_place"].match(text, span.start_char))


#: a person's age after the name, as court and crime reports write it ("Jones, 31, admitted ...")
_AGE_AFTER = compiled(r"^,\s*\d{1,2},\s+(?:of|from|formerly|who|admitted|denied|pleaded|was|were|and|received|is|had)\b")
#: the same, without the words that could also continue a list of places with figures ("Leeds, 12, and York, 9")
_AGED_NAME = compiled(r"^,\s*\d{1,2},\s+(?:of|from|formerly|who|admitted|denied|pleaded|received)\b")
_SPEECH_AFTER = compiled(r"^\s+(?:said|says|told|added|adds|explained|admitted|denied|pleaded|"
                              r"was\s+(?:jailed|sentenced|convicted|charged|fined|elected|appointed))\b")


def _is_a_person(doc: Doc, span, cands, after: str, surnames: set[str]) -> bool:
    """A town, or a council's short name, that names a person here ("Thomas Telford said"); a
    council's own name only when it is the surname of a person the story names and speaks or
    has an age ("Keith Wakefield ... Wakefield said")."""
    if all(e.type == "city_or_town" or e.name != span.text for e in cands):
        return _town_is_a_person(doc, span, after, surnames)
    return span.text in surnames and bool(_SPEECH_AFTER.match(after) or _AGE_AFTER.match(after))


def _town_is_a_person(doc: Doc, span, after: str, surnames: set[str]) -> bool:
    """A name that is only a town in the gazetteer ("Morley", "Blyth", "Beverley") but a person
    here: a surname the story gives a person ("Sarah Morley ... Morley said"), a name followed by
    a verb of speech ("Blyth told the court"), or a first name before a surname ("Beverley Knight")."""
    if span.text in surnames or _SPEECH_AFTER.match(after) or _AGE_AFTER.match(after):
        return True
    if span.end < len(doc) and span.text in _person_words():
        nxt = doc[span.end]
        return (nxt.text[:1].isupper() and nxt.text.isalpha() and "\n" not in span[-1].whitespace_
                and not gazetteer().candidates(nxt.text) and not area_rules()["org_after"].match(after)
                and not area_rules()["town_after"].match(after))
    return False


_RESULT_AFTER = compiled(r"^\s*[-–:]\s*(?:[A-Z][\w’'-]*\s+){1,4}?(?:hold|gain|GAIN|HOLD)\b")


def _ward_named_by_town(doc: Doc, span, text: str) -> AreaMention | None:
    """"the councillor who represents Thetford Burrell", "East Devon, Exmouth Littleham -
    Conservative hold": a town's name and one to three more capitalised words, after
    "represents", "councillor for" or before a by-election result, is a ward or division named
    after the town."""
    end = span.end
    while end < len(doc) and end - span.end < 3 and span[-1].whitespace_ and "\n" not in doc[end - 1].whitespace_:
        word = doc[end].text
        if not (word[:1].isupper() and word.replace("’", "'").replace("'", "").isalpha()) or \
                word.isupper() or gazetteer().candidates(word):
            break
        end += 1
        if end < len(doc) and doc[end].text in ("'s", "’s"):  # "Honiton St Michael's"
            end += 1
    if end == span.end:
        return None
    rules = area_rules()
    stop = doc[end - 1].idx + len(doc[end - 1].text)
    after = text[span.end_char:span.end_char + 40]
    if rules["org_after"].match(after) or rules["town_after"].match(after) or rules["street_after"].match(text, span.end_char):
        return None
    if _RESULT_AFTER.match(text[stop:stop + 40]):
        pass
    elif end - span.end == 1 and rules["represents_before"].search(text, max(0, span.start_char - 30), span.start_char):
        pass
    else:
        return None
    name = text[span.start_char:stop]
    return AreaMention(key="sub:" + name.lower(), name=name, type="sub_area", code=None,
                       start=span.start_char, end=stop, rule="area.ward_named_by_town")


def _runs_hospital(text: str, span) -> bool:
    """"the trust, which runs Cromer and the Norfolk and Norwich University hospitals": the
    place names a hospital the body runs (hospital(s) follows in the same sentence)."""
    if not area_rules()["runs_hospital"].search(text, max(0, span.start_char - 20), span.start_char):
        return False
    rest = text[span.end_char:span.end_char + 120]
    stop = min((i for i in (rest.find("."), rest.find("\n")) if i >= 0), default=len(rest))
    return "ospital" in rest[:stop]


#: two capitalised words right after a place name: the place begins a longer name ("the Scarborough
#: Tourism Economic Activity Monitor", "Birmingham New Street station", "Wigan Athletic Football Club")
_TWO_NAME_WORDS = compiled(r" (?-i:([A-Z][a-z]+)) (?-i:([A-Z][a-z]+))\b")
#: capitalised words that do not continue a name (a headline's title case, a new clause)
_NOT_NAME_WORDS = frozenset("""On In At The And Of For To From By With As Is Are Was Were Has Have Had But Or
Said Says Say After Before Since Until This That These Those It Its Their His Her Our Will Would Could Should
May Might Can Also Not Than""".split())
#: words that make a longer place's or a landmark's name, not an organisation's ("the Lake District
#: National Park", "Morley Town Hall": the town is still mentioned)
_PLACE_NAME_WORDS = frozenset("""National Park Region Valley Islands Isles Coast Forest Hills Estate Town Hall Centre
Station Abbey Cathedral Castle Bridge Market Harbour Pier Beach High Old""".split())


_PLACE_BEFORE = compiled(r"\b(?:in|across|near|around|throughout|within|outside)\s+$")


def _longer_name(after: str) -> bool:
    """The place is the first word of a longer proper name: two capitalised words follow it, neither
    a place word ("Greater Manchester Combined Authority" is told apart by org_after) nor a word
    that does not continue a name."""
    if not after[1:2].isupper():
        return False
    m = _TWO_NAME_WORDS.match(after)
    if m is None:
        return False
    gaz = gazetteer()
    return not any(w in _NOT_NAME_WORDS or w in _COMPASS or w in _PLACE_NAME_WORDS or gaz.candidates(w)
                   for w in m.groups())


#: a ward or seat of a council: "the Inverness West ward of Highland council", "elected to Moray Council":
#: the council's area is where the ward lies, a place
_SEAT_BEFORE = compiled(r"(?i:\b(?:wards?|members?|seats?|councillors?)\s+(?:of|on)\s+(?:the\s+)?|"
                             r"\belected\s+(?:to|on\s+to|onto)\s+(?:the\s+)?)$")


#: bodies named "<word> <place>" that promote, keep or fund the place
_PROMOTING_BODY = compiled(r"(?:Visit|Sport|Historic|Natural(?!\s+Resources)|Homes|Arts\s+Council)\s")
#: such a body releasing figures (about any place: "Visit Britain has released figures showing 4.2 million visits to
#: Cornwall"), a source, not a holder; one that records or delivers them ("Visit Wales recorded 3 million visits") holds them
_RELEASED = compiled(r"\s+(?:(?:has|have|had)\s+)?(?:released|published|revealed)\b")


#: a capitalised word right before "UK" that is not a word of place or time: "Age UK", "StopWatch UK",
#: "Cancer Research UK" (not "across the UK", "In UK prisons", "Great Britain and Northern Ireland UK")
_NAME_BEFORE_UK = compiled(r"(?<![\w’'-])(?!(?:In|Across|For|From|Throughout|Within|Outside|Around|And|Or|The|Of|To|Than|"
                           r"Beyond|Rest|All|Whole|Entire|Only|Both|But|While|Whereas|Nationally|Elsewhere|Ireland|"
                           r"Wales|Scotland|England|Britain|Northern|Great|United|Kingdom|A|An|This|That|Every|Each|No|"
                           r"By|On|At|Into|Over|Under|Since|Until|With|Without|Among|Amongst|Against|Between)\b)"
                           r"[A-Z][A-Za-z]+\s+$")


#: what follows a body's name ending in "UK": a mark, or a verb or word of what the body does or is
_BODY_GOES_ON = compiled(r"\s*(?:[,.;:!?)–—]|-\s|$)|\s+(?:said|says|has|have|had|is|was|are|were|claims?|claimed|warns?|warned|"
                         r"found|finds|revealed|reveals|told|added|believes|wants|estimates?|estimated|called|calls|"
                         r"spokes(?:man|woman|person)|chief|director|chair(?:man|woman)?|charity|report|research|analysis|"
                         r"survey|figures|data|which|who)\b")


def _inside_organisation_name(doc: Doc, span, after: str) -> bool:
    """"Thames Valley Police said", "Rape Crisis England and Wales", "the University of Leeds": the
    name is an organisation's."""
    rules = area_rules()
    if rules["publication_after"].match(after) or rules["company_after"].match(after):
        return True
    if span.text == "UK" and (text := text_of(doc)).find("\n", 0, span.start_char) >= 0 \
            and _NAME_BEFORE_UK.search(text, max(0, span.start_char - 30), span.start_char) \
            and _BODY_GOES_ON.match(text, span.end_char, span.end_char + 30):
        # "Age UK said", "StopWatch UK – which represents ...": a body's name ends in UK (not "Average UK house
        # prices", "Net UK migration": a word before a noun; nor a headline's title case)
        return True
    ob = rules["org_before"].search(text_of(doc), max(0, span.start_char - 30), span.start_char)
    if ob:
        # "Police Scotland recorded 400 thefts": a national body that holds the figure is its place (not "of");
        # not a body that promotes or keeps a place ("Visit Britain has released figures": a tourism board)
        return (_PROMOTING_BODY.match(ob.group(0)) is not None and _RELEASED.match(after) is not None) or not (
            not ob.group(0).rstrip().endswith(("of", "the")) and rules["holds_figure"].match(after))
    org = rules["org_after"].match(after)
    if org and not rules["place_after"].match(after):
        # "Northumbria Police recorded 917 offences": the force holds the figure, a place; so does
        # a council whose figures are named ("the forecast position of Slough Borough Council")
        # (read on past the 40 characters of ``after``: "Kent Police, which covers 1.8 million people,
        # recorded ...", "the City of London Police and Derbyshire Constabulary recorded ...")
        text = text_of(doc)
        return not (rules["holds_figure"].match(text[span.end_char + org.end():span.end_char + org.end() + 140])
                    or rules["figure_before_of"].search(text, max(0, span.start_char - 40), span.start_char)
                    or "ouncil" in org.group() and _SEAT_BEFORE.search(text, max(0, span.start_char - 30), span.start_char))
    if not org and _longer_name(after) and not _PLACE_BEFORE.search(text_of(doc), max(0, span.start_char - 12),
                                                                     span.start_char):
        return True  # not "in Norfolk Rose Sharply" (a headline's title case)
    if span.start > 0:
        prev = doc[span.start - 1]
        return bool(prev.text[:1].isupper() and not _sentence_initial(doc, span.start - 1) and prev.text.isalpha()
                    and not rules["org_prefix_ok"].match(prev.text))
    return False


def _joined_to_organisations(text: str, items) -> None:
    """"Reading & Wokingham YOT": a name joined to an organisation's name is part of it."""
    rules = area_rules()
    for i in range(len(items) - 2, -1, -1):
        m, nxt = items[i][0], items[i + 1][0]
        if (nxt.is_org and not m.is_org and rx(r"\s*(?:&|and)\s*").fullmatch(text[m.end:nxt.start])
                and not rules["place_after"].match(text[nxt.end:nxt.end + 40])):
            items[i] = (AreaMention(**{**m.__dict__, "is_org": True}), items[i][1])


_NAME_GOES_ON = compiled(r" (?-i:[A-Z][a-z])")


_TOWN_AFTER_COMMA = compiled(r",[ \t]+")
_ADDRESS_BEFORE = compiled(r"\b(?:of|in|at|on|from|near)\s+$")
_LIST_GOES_ON = compiled(r"(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+)(?-i:[A-Z])")


def _address_in_town(text: str, start: int, end: int, towns: dict[int, int]) -> bool:
    """"of Holyrood Walk, Spalding, was charged", "in Hallgate, Holbeach, on Friday": a name written
    after "of"/"in" and before a town, which does not go on as a list of places ("in Clydach,
    Crickhowell, Brecon and Builth Wells"), is the street or estate of an address."""
    comma = _TOWN_AFTER_COMMA.match(text, end) if text.startswith(",", end) else None
    town_end = towns.get(comma.end()) if comma else None
    return bool(town_end is not None and _ADDRESS_BEFORE.search(text, max(0, start - 6), start)
                and not _LIST_GOES_ON.match(text, town_end))


def _ner_mentions(text: str, ents, covered: list[tuple[int, int]], towns: dict[int, int] | None = None) -> list[AreaMention]:
    """Places NER finds that the gazetteer does not know (towns, foreign places). A name written
    before a town as an address is not a place of its own (``towns``: where towns begin and end)."""
    rules = area_rules()
    out = []
    surnames = {e.text.rsplit(" ", 1)[-1] for e in ents if e.label_ == "PERSON" and " " in e.text}
    for ent in ents:
        if ent.label_ not in ("GPE", "LOC"):
            continue
        if any(s < ent.end_char and ent.start_char < e for s, e in covered):
            continue
        name = ent.text.strip()
        if name.lower().startswith("the "):
            name = name[4:]
        if _NAME_GOES_ON.match(text, ent.end_char):
            continue  # "said Ivor Stolliday", "Keep Britain Tidy": part of a longer name
        if towns and _address_in_town(text, ent.start_char, ent.end_char, towns):
            continue  # "of Hallgate, Holbeach, was charged": an address in the town
        if (not name or name.isupper() or any(ch.isdigit() for ch in name) or not name[0].isupper()
                or rules["ner_reject"].search(name, timeout=timeout_for(name))
                or any(ch.isupper() for ch in name[1:].replace(" ", "").split("-")[0][1:2])  # "ViSOR"
                or cached(rf"(?<![\w-]){regex.escape(name.lower())}(?![\w-])").search(text)):  # a common noun
            continue
        after = text[ent.end_char:ent.end_char + 40]
        if " " not in name and (name in _person_words() or name in surnames or _AGE_AFTER.match(after)):
            continue  # "handed the longest sentence to Jeremy", "Jones, 31, admitted": a person
        is_org = bool(rules["org_after"].match(after)) and not rules["place_after"].match(after)
        kind = "country" if rules["ner_country"].match(name) else "city_or_town" if ent.label_ == "GPE" else "other"
        out.append(AreaMention(key=name.lower(), name=name, type=kind,
                               code=None, start=ent.end_char - len(name), end=ent.end_char,
                               rule=f"area.ner.{ent.label_}", is_org=is_org))
    return out


@Language.factory("extractor_areas", default_config={"spans_key": "areas"})
def make_areas(nlp: Language, name: str, *, spans_key: str):
    """Area mentions into ``doc.spans[spans_key]`` (data on ``span._.area``)."""
    return AreasComponent(nlp, spans_key=spans_key)


class AreasComponent(BatchPipe):
    def __init__(self, nlp: Language, *, spans_key: str = "areas"):
        self.spans_key = spans_key
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        surfaces = set()
        for surface in gazetteer().by_surface:
            # keep the written forms (folded keys are for lookup), and lower-case aliases that
            # cannot be common words ("the north east")
            if surface != surface.lower() or surface.startswith("the "):
                surfaces.add(surface)
                surfaces.add(surface.upper())
                first, _, rest = surface.partition(" ")
                if rest:  # a lede that capitalises its first word: "NORTH Yorkshire has been ranked"
                    surfaces.add(f"{first.upper()} {rest}")
        self.matcher.add("AREA", [nlp.make_doc(s) for s in sorted(surfaces)])
        area_rules()

    def __call__(self, doc: Doc) -> Doc:
        budget.check(doc, "before areas")
        self.set_annotations(doc, find_areas(doc, self.matcher))
        return doc

    def set_annotations(self, doc: Doc, mentions: list[AreaMention]) -> None:
        store_spans(doc, self.spans_key, mentions, "area", lambda m: m.type)
