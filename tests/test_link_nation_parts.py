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
