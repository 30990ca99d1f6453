"""A figure in a table or a list of rows: its period from its column heading (else its row label,
the table's title, the prose above the table), its place from its row label (else its column
heading, the title), its measure from its column heading read with the title.

The tables are written for these tests; each family has near-misses.
"""
import pytest

from extractor.tables import cell_at


def linked(ex, text, number, nth=0):
    """(period value, area name, measure) of the ``nth`` statistic written ``number``."""
    rec = ex.extract(text)
    periods = {p["id"]: p["value"] for p in rec["periods"]}
    names = {a["id"]: a["name"] for a in rec["areas"]}
    found = [s for s in rec["statistics"] if s["number"]["text"] == number]
    assert len(found) > nth, (number, [s["number"]["text"] for s in rec["statistics"]])
    s = found[nth]
    return periods.get(s["period"]), names.get(s["area"]), s["measure"]


FY21, FY22, FY23 = "2021-04-01/2022-03-31", "2022-04-01/2023-03-31", "2023-04-01/2024-03-31"

TAB_YEARS = ("Thefts of bicycles by district\n\nDistrict\t2021-22\t2022-23\tChange (%)\n"
             "Oxford\t2,410\t2,655\t10.2\nCherwell\t310\t288\t-7.1\n")
PIPE_BLANK = ("Stop and search by force area, year to March 2023\n\nForce | Searches | Arrests\n\n"
              "Dorset | 4,210 | 530\n\nWiltshire | 3,880 | 402\n")
PLACES_ACROSS = ("Residents aged 65 and over\n\nYear\tSwindon\tWiltshire\n2011\t31,900\t89,300\n"
                 "2021\t37,400\t108,600\n")
RATE_TABLE = ("Table 4: Children in care, 31 March 2024\n\nCouncil | Children | Rate per 10,000\n"
              "Blackpool | 690 | 220\nLancashire | 2,240 | 88\n")
YEARS_DOWN = ("Fly-tipping incidents in Doncaster\n\nYear | Incidents\n2019-20 | 5,120\n2020-21 | 6,870\n"
              "2021-22 | 6,010\n")


# --- the period of a cell: its column heading, a change column's newest heading ----------------
@pytest.mark.parametrize("text,number,period", [
    (TAB_YEARS, "2,410", FY21),           # under 2021-22, not the last year named in the header
    (TAB_YEARS, "2,655", FY22),
    (TAB_YEARS, "288", FY22),
    (TAB_YEARS, "10.2", FY22),            # a change column: the newer year of the header
    (YEARS_DOWN, "5,120", "2019-04-01/2020-03-31"),  # years down the side: the row label's
    (YEARS_DOWN, "6,010", FY21),
    (PLACES_ACROSS, "31,900", "2011"),
    (PLACES_ACROSS, "108,600", "2021"),
    # no period in the heading: the title's ("year to March 2023"), else the prose above the table
    (PIPE_BLANK, "530", FY22),
    ("In 2023-24 the council collected these sums.\n\nWard | Bins | Bags\n\nHeath | 1,240 | 560\n\n"
     "Moor | 980 | 410\n", "980", FY23),
])
def test_table_cell_period(ex, text, number, period):
    assert linked(ex, text, number)[0] == period


@pytest.mark.parametrize("text,number,period", [
    # near-miss: a period in the cell itself is the cell's ("1,350 (2023)"), not the heading's
    ("Arrests by town\n\nTown | 2022 figure\n\nBath | 1,350 (2023)\n\nFrome | 910\n", "1,350", "2023"),
    # near-miss: a title's period in brackets dates only the bracketed figures of a list
    ("Open cases at each court (with the figure for 2022 in brackets)\n\nDerby: 1,204 (1,110)\n\n"
     "Leicester: 2,002 (1,874)\n\nNottingham: 1,530 (1,498)\n", "2,002", None),
    ("Open cases at each court (with the figure for 2022 in brackets)\n\nDerby: 1,204 (1,110)\n\n"
     "Leicester: 2,002 (1,874)\n\nNottingham: 1,530 (1,498)\n", "1,874", "2022"),
])
def test_table_cell_period_near_misses(ex, text, number, period):
    assert linked(ex, text, number)[0] == period


# --- the place of a cell: row label, else column heading, else title --------------------------
@pytest.mark.parametrize("text,number,area", [
    (TAB_YEARS, "288", "Cherwell"),
    (PIPE_BLANK, "402", "Wiltshire"),
    (PLACES_ACROSS, "89,300", "Wiltshire"),   # places across the top
    (PLACES_ACROSS, "37,400", "Swindon"),
    (YEARS_DOWN, "6,870", "Doncaster"),       # rows that are years: the title's place
])
def test_table_cell_area(ex, text, number, area):
    assert linked(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number,area", [
    # near-miss: a row that names no place among rows that are places takes none (not the
    # story's, not the row above's)
    ("Burglaries across the North West in 2023\n\nArea | Burglaries\n\nCumbria | 1,870\n\n"
     "Elsewhere | 2,300\n\nLancashire | 6,420\n", "2,300", None),
    # near-miss: prose after a table does not take the last row's place
    ("House prices by region\n\nRegion | Average price\n\nLondon | £512,000\n\nNorth East | £158,000\n\n"
     "Sales fell to 61,000 during the month.", "61,000", None),
])
def test_table_cell_area_near_misses(ex, text, number, area):
    assert linked(ex, text, number)[1] == area


# --- the measure of a cell: column heading with the title -------------------------------------
@pytest.mark.parametrize("text,number,words", [
    (RATE_TABLE, "690", ("children", "care")),             # heading within the title: the title
    (RATE_TABLE, "88", ("children", "care", "10,000")),  # a rate column (kind rate, per 10,000): the title's thing
    (TAB_YEARS, "2,410", ("thefts", "bicycles")),          # a year heading: the title
    (TAB_YEARS, "10.2", ("change", "thefts")),             # a change column: the change in the title's thing
    (PIPE_BLANK, "530", ("arrests", "stop")),              # a heading of its own, with the title
    ("Region | Annual change | Average price\n\nLondon | Up 3.1% | £512,000\n\nWales | Down 1.2% | £214,000\n",
     "1.2", ("change", "average", "price")),              # no title: the change in the column beside it
    ("Where the money goes\n\nService | 2024-25 budget £m\n\nAdult social care | 81.4\n\nLibraries | 3.2\n",
     "3.2", ("budget", "libraries")),                     # a row label that is no place: what is counted
])
def test_table_cell_measure(ex, text, number, words):
    measure = (linked(ex, text, number)[2] or "").lower()
    assert all(w in measure for w in words), measure


def test_table_cell_measure_leaves_out_place_headings(ex):
    # near-miss: a heading that is the figure's place is no part of its measure
    measure = linked(ex, PLACES_ACROSS, "31,900")[2] or ""
    assert "swindon" not in measure.lower() and "65" in measure


# --- the table reader itself -------------------------------------------------------------------
@pytest.mark.parametrize("text,number,label,heading,title", [
    ("Deaths on the roads\n\nCounty\t2022\t2023\nKent\t61\t57\n", "57", "Kent", "2023", "Deaths on the roads"),
    # a header without the row labels' cell is read one cell to the right
    ("Deaths on the roads\n\n2022 | 2023\nKent | 61 | 57\n", "61", "Kent", "2022", "Deaths on the roads"),
    # a Markdown rule under the header and bars at both ends of each line
    ("| Trust | Beds |\n|---|---|\n| Airedale | 350 |\n", "350", "Airedale", "Beds", None),
    # a list of rows under a heading line
    ("Visitors last summer:\n\nWhitby: 41,000\n\nFiley: 12,500\n", "12,500", "Filey", None, "Visitors last summer:"),
])
def test_cell_at(text, number, label, heading, title):
    c = cell_at(text, text.index(number))
    span = lambda x: text[x[0]:x[1]] if x else None  # noqa: E731
    assert (span(c.label), span(c.heading), span(c.title)) == (label, heading, title)


@pytest.mark.parametrize("text,number", [
    ("Burglaries rose to 1,204 last year, police said.", "1,204"),        # prose
    ("Updated: 12 March 2024\n\nArrests rose to 310.", "310"),           # one "Label: figure" line is no list
    ("Population: 84,000\n\nCrime fell.", "84,000"),
])
def test_cell_at_near_misses(text, number):
    c = cell_at(text, text.index(number))
    assert c is None or (c.sep == ":" and c.rows < 2)


# --- lists of "Label: figure" rows: the label says what is counted, the title frames it ---------
@pytest.mark.parametrize("text,number,words,absent", [
    ("Key facts for Cornwall in 2022:\n\n- Population: 570,000\n- Second homes: 13,000\n", "13,000",
     ("second", "homes"), ("facts",)),
    ("Offences recorded in Hull, 2023\n\nShoplifting – 3,900 (3,100 in 2022)\nCar crime – 1,750\n", "1,750",
     ("car", "crime"), ()),
])
def test_list_row_measure(ex, text, number, words, absent):
    measure = (linked(ex, text, number)[2] or "").lower()
    assert all(w in measure for w in words) and not any(w in measure for w in absent), measure


@pytest.mark.parametrize("text,number,words", [
    # a "%" in a heading makes the column a share ("Votes %"), but not a change column ("Change (%)")
    ("Ward result\n\nParty | Votes | Votes %\n\nGreen | 812 | 41.2\n\nLabour | 640 | 32.5\n", "32.5", ("share", "votes")),
    (TAB_YEARS, "-7.1", ("change",)),
])
def test_percent_heading_measure(ex, text, number, words):
    measure = (linked(ex, text, number)[2] or "").lower()
    assert all(w in measure for w in words), measure


# --- lines that end in their figure under a heading line ---------------------------------------
TRAILING = ("What the county spends in 2024/25\n\nService £m\nAdult Social Care 212.4\nHighways and Transport 61.9\n"
            "Libraries 4.2\n\nThe council said savings were needed.")


@pytest.mark.parametrize("number,words", [("61.9", ("highways", "transport")), ("4.2", ("libraries",))])
def test_trailing_figure_rows(ex, number, words):
    period, _, measure = linked(ex, TRAILING, number)
    assert period == "2024-04-01/2025-03-31" and all(w in (measure or "").lower() for w in words), (period, measure)


@pytest.mark.parametrize("text,number", [
    ("Crime in the town fell by 12\n\nOfficers said it was good news.", "12"),   # one line is no list
    ("The council said it would cut 45 posts. Unions objected to the loss of 45\n", "45"),  # prose with digits
])
def test_trailing_figure_near_misses(text, number):
    c = cell_at(text, text.rindex(number))
    assert c is None or c.rows < 2


# --- a list in full under a legend ("It reads, from left to right: ...") -----------------------
LEGEND = (" date 2023-06-02\nUnemployment claimant rates for every council area.\n\nHere is the list in full.\n\n"
          "It reads, from left to right: name of council; region; claimant rate in April 2023; number (in brackets) "
          "of claimants in April 2023; claimant rate in April 2022.\n\n"
          "Hartlepool, North East, 6.1, (3,420), 5.8\nBlackpool, North West, 5.9, (5,010), 6.2\n")


@pytest.mark.parametrize("number,period,area,words", [
    ("6.1", "2023-04", "Hartlepool", ("claimant", "rate")),
    ("5,010", "2023-04", "Blackpool", ("number", "claimants")),
    ("6.2", "2022-04", "Blackpool", ("claimant", "rate")),   # the legend's fifth field: its own period
])
def test_legend_fields(ex, number, period, area, words):
    p, a, m = linked(ex, LEGEND, number)
    assert (p, a) == (period, area) and all(w in (m or "").lower() for w in words), (p, a, m)


def test_legend_near_miss():
    # near-miss: a line whose fields do not match the legend's count is no row of it
    text = ("It reads, from left to right: name; rate; number.\n\nHartlepool, North East, 6.1, (3,420), 5.8\n")
    assert cell_at(text, text.index("3,420")) is None


# --- a list's title that says what its bracketed figures are -----------------------------------
BRACKETED = (" date 2024-05-01\nBand D bills for 2024/25 (last year in brackets)\n\nLeeds – £2,001 (£1,905)\n"
             "York – £2,150 (£2,048)\nHull – £1,890 (£1,800)\n")


@pytest.mark.parametrize("number,period", [("2,150", "2024-04-01/2025-03-31"), ("2,048", "2023-04-01/2024-03-31")])
def test_bracketed_list_period(ex, number, period):
    p, a, m = linked(ex, BRACKETED, number)
    assert (p, a) == (period, "York") and m and "(" not in m and "bills" in m.lower(), (p, a, m)


def test_one_line_with_a_bar_is_no_table(ex):
    # near-miss: a headline with a bar ("... | Site name") is no table: its figure keeps the sentence rules
    text = "Burglaries up 15% in a year | Harrogate News\n\nPolice in Harrogate recorded 840 burglaries in 2023."
    rec = ex.extract(text)
    s = next(s for s in rec["statistics"] if s["number"]["text"] == "15")
    assert not (s["links"]["period"] or "").startswith("period.table") and not (s["links"]["area"] or "").startswith("area.table")


# --- a figure's noun, then its own period ---------------------------------------------------------
@pytest.mark.parametrize("text, number, period", [
    ("The council must save £12.4m in 2024/25, after a £3.1m overspend in the year to March 2024.", "3.1",
     "2023-04-01/2024-03-31"),
    ("Prices fell 0.9% in November 2011, reversing the 1.2% rise in October 2011.", "1.2", "2011-10"),
    ("It needs £1.5m in 2025/26, with a further £1.5m target in 2026/27.", "1.5m target", "2026-04-01/2027-03-31"),
])
def test_a_figure_and_its_noun_take_the_period_after_them(ex, text, number, period):
    rec = ex.extract(text, published="2024-02-28")
    periods = {p["id"]: p["value"] for p in rec["periods"]}
    figure = number.split()[0]
    at = text.index(number) if " " in number else text.index(figure)
    s = next(s for s in rec["statistics"] if s["number"]["start"] <= at < s["number"]["end"])
    assert periods.get(s["period"]) == period


@pytest.mark.parametrize("text, number, period", [
    # a place between the figure and the period: the place's phrase, not the figure's noun
    ("In 2024/25 there were 1,200 burglaries in Kent in 2023.", "1,200", None),
    # another figure between: "to 5,000 in 2023" dates 5,000
    ("Crime rose 12% to 5,000 in 2023.", "12%", "2023"),
])
def test_near_misses_of_a_figures_own_period(ex, text, number, period):
    rec = ex.extract(text, published="2024-02-28")
    periods = {p["id"]: p["value"] for p in rec["periods"]}
    s = next(s for s in rec["statistics"] if s["span"]["text"].startswith(number.rstrip("%")) or s["number"]["text"] == number)
    if period is None:
        assert s["links"]["period"] != "period.attached"
    else:
        assert periods.get(s["period"]) == period
