"""Table layouts of official releases read as text: columns set out with blank space (PDF and web
tables copied as text), rows of a label and figures parted by one space, headings over two lines,
a whole table flattened onto one line, and lists of one figure per line under a heading sentence.
Every table here was written for these tests (own places and numbers); each family has near-misses
that are prose, not tables."""
import pytest

from extractor.tables import cell_at, header_cells


def span(text, x):
    return text[x[0]:x[1]] if x else None


def read(text, number, nth=0):
    """(label, heading, title) of the cell holding the ``nth`` ``number``."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(number, at + 1)
    c = cell_at(text, at)
    assert c is not None, number
    return span(text, c.label), span(text, c.heading), span(text, c.title)


ALIGNED = ("Recorded burglaries by district\n\n"
           "District           2022/23     2023/24    Change\n"
           "Ashby                1,204       1,310     +8.8%\n"
           "Brough                 980       1,002     +2.2%\n"
           "Coldwater            1,415       1,377     -2.7%\n")
SINGLE = ("Household waste recycled (%)\n\n"
          "Council 2021/22 2022/23\n"
          "Stockport 57.1 58.3\n"
          "Trafford 55.0 54.2\n"
          "Wigan 49.8 51.0\n")
TWO_LINE = ("Number of offences recorded by force\n\n"
            "Force          Year to       Year to\n"
            "               March 2023    March 2024\n"
            "Cumbria          21,400        22,105\n"
            "Lancashire       98,210        96,880\n")
SPLIT_HEADING = ("Spending in 2024/25\n"
                 "Service Gross £m Income £m Net £m Cost per\n"
                 "Resident £\n"
                 "Libraries 12.4 1.1 11.3 14.2\n"
                 "Parks and Open Spaces 8.0 2.5 5.5 6.9\n"
                 "Highways 40.2 6.6 33.6 42.0\n")
FLAT = ("Fly-tipping incidents by council. Area 2022/23 2023/24 Change Ashby 1,204 1,310 +8.8% "
        "Brough 980 1,002 +2.2% Coldwater 640 702 +9.7%\n")
FLAT_LONG_LABELS = ("Offences per officer Force Offences per officer in 12 months to March 1999 Change on "
                    "previous 12 months Avon and Somerset 51 8 Durham 44 -3 Devon and Cornwall 38 11\n")
MISSING = ("Claimants by ward\n\n"
           "Ward        2022    2023    2024\n"
           "Abbey        310      ..     295\n"
           "Bridge       120     131     144\n")


@pytest.mark.parametrize("text,number,nth,label,heading,title", [
    # columns set out with blank space: right-aligned figures under left-aligned headings
    (ALIGNED, "1,204", 0, "Ashby", "2022/23", "Recorded burglaries by district"),
    (ALIGNED, "1,002", 0, "Brough", "2023/24", "Recorded burglaries by district"),
    (ALIGNED, "-2.7", 0, "Coldwater", "Change", "Recorded burglaries by district"),
    # cells parted by one space: the header's periods give the columns
    (SINGLE, "58.3", 0, "Stockport", "2022/23", "Household waste recycled (%)"),
    (SINGLE, "49.8", 0, "Wigan", "2021/22", "Household waste recycled (%)"),
    # a heading over two lines: the part nearest the figures
    (TWO_LINE, "21,400", 0, "Cumbria", "March 2023", "Number of offences recorded by force"),
    (TWO_LINE, "96,880", 0, "Lancashire", "March 2024", "Number of offences recorded by force"),
    # a header cut at the line's end ("Cost per" / "Resident £"); a label of several words
    (SPLIT_HEADING, "5.5", 0, "Parks and Open Spaces", "Net £m", "Spending in 2024/25"),
    (SPLIT_HEADING, "42.0", 0, "Highways", "Cost per\nResident £", "Spending in 2024/25"),
    # a table flattened onto one line, after a sentence that is its title
    (FLAT, "1,204", 0, "Ashby", "2022/23", "Fly-tipping incidents by council"),
    (FLAT, "1,002", 0, "Brough", "2023/24", "Fly-tipping incidents by council"),
    (FLAT, "+9.7%", 0, "Coldwater", "Change", "Fly-tipping incidents by council"),
    # ... with labels of several words and a header that holds figures of its own ("12 months")
    (FLAT_LONG_LABELS, "51", 0, "Avon and Somerset", "March 1999", None),
    (FLAT_LONG_LABELS, "-3", 0, "Durham", "Change on previous 12 months", None),
    (FLAT_LONG_LABELS, "38", 0, "Devon and Cornwall", "March 1999", None),
    # a cell official tables leave empty ("..") still holds its column
    (MISSING, "295", 0, "Abbey", "2024", "Claimants by ward"),
    (MISSING, "131", 0, "Bridge", "2023", "Claimants by ward"),
])
def test_layouts(text, number, nth, label, heading, title):
    assert read(text, number, nth) == (label, heading, title)


def test_two_line_heading_parts():
    c = cell_at(TWO_LINE, TWO_LINE.index("22,105"))
    assert [span(TWO_LINE, p) for p in c.heading_parts] == ["Year to", "March 2024"]


def test_header_cells_of_new_layouts():
    c = cell_at(ALIGNED, ALIGNED.index("+8.8"))
    assert [span(ALIGNED, x) for x in header_cells(ALIGNED, c)] == ["District", "2022/23", "2023/24", "Change"]
    c = cell_at(FLAT, FLAT.index("+2.2"))
    assert [span(FLAT, x) for x in header_cells(FLAT, c)] == ["Area", "2022/23", "2023/24", "Change"]


def test_a_label_is_column_zero():
    c = cell_at(FLAT, FLAT.index("Brough"))
    assert c is not None and c.column == 0 and c.rows == 3
    c = cell_at(ALIGNED, ALIGNED.index("Coldwater"))
    assert c is not None and c.column == 0 and c.rows == 3


# --- lists of one figure per line under a heading sentence (read before, kept) ---------------------
@pytest.mark.parametrize("text,number,label,title", [
    ("Open caseload at the end of June 2024 (end of March 2024 in brackets):\n\nWorcester: 855 (806)\n"
     "Hereford: 412 (398)\nLedbury: 301 (322)\n", "412", "Hereford",
     "Open caseload at the end of June 2024 (end of March 2024 in brackets):"),
    ("Pupils meeting the expected standard, 2023:\n\nHartlepool – 57.9%\nDarlington – 61.2%\n", "61.2", "Darlington",
     "Pupils meeting the expected standard, 2023:"),
    ("Rough sleepers counted in autumn 2023:\n\n- Brighton 1,204\n- Hastings 87\n- Eastbourne 42\n", "87", "Hastings",
     "Rough sleepers counted in autumn 2023:"),
])
def test_figure_per_line_lists(text, number, label, title):
    lab, _, tit = read(text, number)
    assert (lab, tit) == (label, title)


# --- near-misses: prose with figures is no table -------------------------------------------------
@pytest.mark.parametrize("text,number", [
    # a sentence with two numbers
    ("Crime rose by 12 per cent to 1,204 last year, police said 980 were burglaries.\n", "980"),
    # a list of bullet sentences
    ("- Police said 40 officers were sent.\n- The council said 12 homes were hit.\n- Fire crews left at 3.\n", "12"),
    # a date line, and lines that end in a date
    ("Published 12 March 2024\nUpdated 14 March 2024\n\nArrests rose.", "14"),
    # phone numbers in a contact list are no figures
    ("Useful numbers\n\nAshby Police 01632 960111\nBrough Council 01632 960222\nCoroner 01632 960333\n", "960222"),
    # one line ending in two figures is a line of text
    ("Scores on the night\n\nAshby Town 3 1\n\nThe crowd was 2,400.", "3"),
    # rows whose label holds figures ("up to £40,000 6/9") are not read apart
    ("Bands\n\nTax band Value range Share Bill\nA up to £40,000 6/9 1,480.32 1,110.24\n"
     "B over £40,000 7/9 1,727.03 1,295.27\n", "1,727.03"),
    # rows of figures under no header and no title: nothing to read them by
    ("The index fell again.\n\nJul 119.4 0.0 4.4\nAug 120.1 0.6 4.5\nSep 120.9 0.6 5.2\n", "120.1"),
    # a sentence with figures side by side is no table on one line
    ("In 2023 1,200 people and 300 dogs and in 2024 1,450 people and 280 dogs came to the show.\n", "1,450"),
    # a sentence that ends in two figures, then one row like it: no table
    ("The scores were level at 2 2\n", "2 2"),
])
def test_near_misses(text, number):
    c = cell_at(text, text.index(number))
    assert c is None or c.rows < 2 or c.is_list


# --- end to end: link.py and measure.py read the new cells ---------------------------------------
def linked(ex, text, number):
    rec = ex.extract(text, published="2024-07-20")
    periods = {p["id"]: p["value"] for p in rec["periods"]}
    names = {a["id"]: a["name"] for a in rec["areas"]}
    s = next(s for s in rec["statistics"] if s["number"]["start"] <= text.index(number) < s["number"]["end"])
    return periods.get(s["period"]), names.get(s["area"]), (s["measure"] or "").lower()


FY22, FY23 = "2022-04-01/2023-03-31", "2023-04-01/2024-03-31"
ALIGNED_PLACES = ("Recorded burglaries by district\n\n"
                  "District           2022/23     2023/24    Change\n"
                  "Ashford              1,204       1,310     +8.8%\n"
                  "Dover                  980       1,002     +2.2%\n"
                  "Canterbury           1,415       1,377     -2.7%\n")


@pytest.mark.parametrize("number,period,area,words", [
    ("1,204", FY22, "Ashford", ("burglaries",)),
    ("1,002", FY23, "Dover", ("burglaries",)),
    ("-2.7", FY23, "Canterbury", ("change", "burglaries")),   # a change column: the newest year
])
def test_aligned_table_end_to_end(ex, number, period, area, words):
    p, a, m = linked(ex, ALIGNED_PLACES, number)
    assert (p, a) == (period, area) and all(w in m for w in words), (p, a, m)


def test_flat_table_end_to_end(ex):
    text = ("Fly-tipping incidents by council. Area 2022/23 2023/24 Change Essex 980 1,002 +2.2% "
            "Surrey 640 702 +9.7% Kent 1,204 1,310 +8.8%\n")
    p, a, m = linked(ex, text, "640")
    assert (p, a) == (FY22, "Surrey") and "fly-tipping" in m, (p, a, m)


def test_split_heading_end_to_end(ex):
    p, _, m = linked(ex, SPLIT_HEADING, "11.3")
    assert p == "2024-04-01/2025-03-31" and "net" in m, (p, m)


def test_heading_over_two_lines_dates_its_column(ex):
    # "Year to" over "March 2023": the period read across the heading's two lines dates the column
    text = ("Recorded burglaries by district\n"
            "             Year to      Year to\n"
            "             March 2023   March 2024\n"
            "Ashford      1,204        1,310\n"
            "Dover        980          1,002\n")
    r = ex.extract(text)
    periods = {p["id"]: p["value"] for p in r["periods"]}
    first = next(s for s in r["statistics"] if s["number"]["text"] == "1,204")
    assert periods.get(first["period"]) == "2022-04-01/2023-03-31"
