"""A story whose opening names a union of nations (England and Wales, Great Britain, the UK) and that
names one of its parts only further down is the union's story, however often the part is named: its
unplaced figures are the union's. Near-miss: a story that opens on the part keeps the part. Made-up text."""


def areas_of(ex, text):
    rec = ex.extract(text, published="2023-10-01")
    names = {a["id"]: a["name"] for a in rec["areas"]}
    return {s["span"]["text"]: names.get(s["area"]) for s in rec["statistics"]}


def test_a_part_named_further_down_does_not_take_the_unions_figures(ex):
    text = ("Divorces in England and Wales fell by 5% in 2022, figures show.\n\n"
            "The ONS said 80,000 couples divorced in 2022.\n\n"
            "In Wales, 4,000 couples divorced, down 3%. Wales had the lowest rate of the nations.")
    got = areas_of(ex, text)
    assert got["80,000"] == "England and Wales" and got["4,000"] == "Wales"


def test_the_uk_opening_and_scotland_further_down(ex):
    text = ("Food bank use across the UK rose by 12% last year, a charity said.\n\n"
            "It handed out 2.9 million parcels over the year.\n\n"
            "In Scotland, 260,000 parcels were given out. Scotland saw the smallest rise.")
    got = areas_of(ex, text)
    assert got["2.9 million"] == "United Kingdom" and got["260,000"] == "Scotland"


def test_a_story_that_opens_on_the_part_keeps_it(ex):
    text = ("Divorces in Wales fell by 5% in 2022, figures show.\n\n"
            "The ONS said 4,000 couples divorced in Wales in 2022.\n\n"
            "Across England and Wales, 80,000 couples divorced.")
    got = areas_of(ex, text)
    assert got["4,000"] == "Wales" and got["80,000"] == "England and Wales"


def test_a_union_story_wins_a_tie_with_a_place_named_after_it(ex):
    # England and Wales once in the opening, Wales once further down (folded into the union: 2) and
    # Cardiff twice further down (2): the tie goes to the union the opening names
    text = ("Marriages in England and Wales rose by 4% in 2022, figures show.\n\n"
            "The ONS said 240,000 couples married in 2022.\n\n"
            "In Wales, 9,000 couples married. In Cardiff 1,200 couples married, and Cardiff saw the biggest rise.")
    got = areas_of(ex, text)
    assert got["240,000"] == "England and Wales"


def test_the_folded_parts_count_in_a_tie_for_the_union():
    """main_area: England and Wales once in the opening, Wales twice further down (counted for the
    union: 3 in all), Cardiff three times further down: the tie goes to the union the opening names,
    not to Wales, the nation named most often."""
    from extractor.link import main_area
    from extractor.types import AreaMention
    text = ("Marriages in England and Wales rose in 2022, figures show, the ONS said today.\n\n"
            "Most weddings took place in the summer months of the year, it said.\n\n"
            "In Wales, weddings rose, and Wales led the nations. In Cardiff weddings rose, Cardiff saw the "
            "biggest rise and Cardiff had the most.")

    def at(name, key, kind, code, nth=0):
        start = -1
        for _ in range(nth + 1):
            start = text.index(name, start + 1)
        return AreaMention(key, name, kind, code, start, start + len(name), "test")
    areas = [at("England and Wales", "K04000001", "nation", "K04000001"),
             at("Wales", "W92000004", "nation", "W92000004", 1),
             at("Wales", "W92000004", "nation", "W92000004", 2),
             *(at("Cardiff", "W06000015", "local_authority", "W06000015", n) for n in range(3))]
    opening = text.index("In Wales")
    assert main_area(areas, opening, text).key == "K04000001"
