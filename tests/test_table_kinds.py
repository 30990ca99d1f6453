"""The kind of a table cell from the unit its column heading or row label names once (money with
its scale, per cent, percentage points, a rate base), in tables of tabs, bars, one cell to a line or
labelled lines; and a pair of figures that writes its unit once ("from £1,850 to 1,920"). Every
table and sentence here was written for these tests; each family has cases that must match and
near-misses that must not."""
from __future__ import annotations

import pytest

from extractor.components.numbers import _unit_of
from number_finding import stats


def cells(text: str) -> dict[str, tuple]:
    """{number as written: (kind, value, direction, per, unit)}"""
    return {text[s.num_start:s.num_end]: (s.kind, s.value, s.direction, s.per, s.unit) for s in stats(text)}


# --- what a heading or label names ---------------------------------------------------------------

@pytest.mark.parametrize("heading, unit", [
    ("Change (%)", ("percentage", None, None)),
    ("% change on last year", ("percentage", None, None)),
    ("Percentage of pupils", ("percentage", None, None)),
    ("Share per cent", ("percentage", None, None)),
    ("Change (pp)", ("percentage", "percentage_point", None)),
    ("Change in percentage points", ("percentage", "percentage_point", None)),
    ("Rate per 1,000", ("rate", 1000, None)),
    ("Offences per 100,000 population", ("rate", 100000, None)),
    ("Incidents per 10k residents", ("rate", 10000, None)),
    ("Deaths per thousand", ("rate", 1000, None)),
    ("Spend (£m)", ("money", "£", 1e6)),
    ("Net expenditure (£ thousands)", ("money", "£", 1e3)),
    ("Council tax £", ("money", "£", 1)),
    ("Spend (£m) and change (%)", ("mixed", None, None)),
    ("Single person bill (25% discount) £", ("money", "£", 1)),
])
def test_the_unit_a_heading_names(heading, unit):
    assert _unit_of(heading) == unit


@pytest.mark.parametrize("heading", ["Area", "Force", "Northern region", "Staff in post", "Per head", "Households"])
def test_a_heading_that_names_no_unit(heading):
    assert _unit_of(heading) is None


# --- tables of tabs and bars ---------------------------------------------------------------------

TAB_TABLE = ("District\tSpend 2023 (£m)\tSpend 2024 (£m)\tChange (£m)\tChange (%)\n"
             "Ashby\t210.4\t221.9\t+11.5\t+5.5\n"
             "Brough\t64.2\t61.0\t-3.2\t-5.0\n")


@pytest.mark.parametrize("surface, kind, value, direction", [
    ("210.4", "money", 210_400_000, None),
    ("+11.5", "money", 11_500_000, "up"),
    ("+5.5", "percentage", 5.5, "up"),
    ("-3.2", "money", -3_200_000, "down"),
    ("-5.0", "percentage", -5.0, "down"),
])
def test_signed_cells_take_their_column_unit(surface, kind, value, direction):
    got = cells(TAB_TABLE)
    assert surface in got, got
    assert got[surface][:3] == (kind, value, direction)


def test_two_signed_cells_side_by_side_are_two_statistics():
    row = "Brough\t64.2\t61.0\t-3.2\t-5.0"
    found = stats(row)
    assert [row[s.start:s.end] for s in found if s.value is not None and s.value < 0] == ["-3.2", "-5.0"]
    assert all("\t" not in row[s.start:s.end] for s in found)


@pytest.mark.parametrize("text, surface", [
    ("Scores were 3 -4 in the end.", "3"),
    ("Ward\tBefore\tAfter\nEast\t12\t-4", "12"),
])
def test_a_dash_before_the_next_figure_is_its_sign_not_a_range(text, surface):
    got = {text[s.num_start:s.num_end]: s for s in stats(text)}
    assert got[surface].high is None


@pytest.mark.parametrize("text, surface, kind, per", [
    ("Force\tOffences\tRate per 1,000\tDetected (%)\nNorthshire\t18,204\t21.7\t14.2", "21.7", "rate", 1000),
    ("Force\tOffences\tRate per 1,000\tDetected (%)\nNorthshire\t18,204\t21.7\t14.2", "14.2", "percentage", None),
    ("Force\tOffences\tRate per 1,000\tDetected (%)\nNorthshire\t18,204\t21.7\t14.2", "18,204", "count", None),
    ("Town | Homes | Per cent empty |\n--- | --- | --- |\nMarsh End | 4,210 | 3.8 |", "3.8", "percentage", None),
    ("Town | Homes | Per cent empty |\n--- | --- | --- |\nMarsh End | 4,210 | 3.8 |", "4,210", "count", None),
    ("Trust | Patients | Change (pp) |\n--- | --- | --- |\nRiverside | 9,870 | -1.4 |", "-1.4", "percentage", None),
    ("Area\tAdmissions per 100,000 population\nUpland\t312.5\nLowland\t287.0", "287.0", "rate", 100000),
])
def test_unsigned_cells_under_a_per_cent_or_rate_heading(text, surface, kind, per):
    got = cells(text)
    assert surface in got, got
    assert (got[surface][0], got[surface][3]) == (kind, per)


def test_a_points_column_keeps_its_unit():
    got = cells("Trust | Patients | Change (pp) |\n--- | --- | --- |\nRiverside | 9,870 | -1.4 |")
    assert got["-1.4"][4] == "percentage_point" and got["-1.4"][2] == "down"


def test_the_heading_is_read_past_rows_of_signed_or_bracketed_figures():
    text = ("Item | 2023/24 £m | 2024/25 £m |\n---|---|---|\nGrants | (8.4) | (9.1) |\nReserves | 0.3 | (11.0) |\n"
            "Net budget | 263.5 | 272.5 |")
    got = cells(text)
    assert got["272.5"][:2] == ("money", 272_500_000)


def test_a_ragged_table_under_its_one_unit_heading():
    text = ("Reasons for the change | £m | |\n---|---|---|\nBudget last year | 512.0 | |\n"
            "Pressures | Social care | 21.4 |\nSavings | Energy | -2.5 |")
    got = cells(text)
    assert got["21.4"][:2] == ("money", 21_400_000)
    assert got["-2.5"][:3] == ("money", -2_500_000, "down")


@pytest.mark.parametrize("text, surface", [
    # a heading that mixes units
    ("Area\tSpend (£m) and change (%)\nLeeds\t4.2", "4.2"),
    # a column that names no unit under a title with a per cent sign in prose
    ("Crime rose by 5% in the year.\nForce\tOffences\nNorthshire\t1,204", "1,204"),
    # a count column headed by a number word
    ("Force\tNumber of officers\nNorthshire\t1,204", "1,204"),
    # a row label of a per cent figure does not make the next row's figures shares
    ("Turnout | 31% | 29% |\nVoters | 12,004 | 11,380 |", "12,004"),
])
def test_near_misses_stay_counts(text, surface):
    got = cells(text)
    assert got[surface][0] == "count", got


# --- a labelled line and a block of labelled figures under a heading line --------------------------

@pytest.mark.parametrize("text, kind, value, direction", [
    ("Change on the year (%): +2.7", "percentage", 2.7, "up"),
    ("Percentage change: -1.9", "percentage", -1.9, "down"),
    ("Operating surplus (£m): +8.4", "money", 8_400_000, "up"),
    ("Points change (pp): -0.6", "percentage", -0.6, "down"),
])
def test_a_labelled_line_names_its_figure(text, kind, value, direction):
    (s,) = stats(text)
    assert (s.kind, s.value, s.direction) == (kind, value, direction)


def test_a_block_of_labelled_figures_under_a_heading_line():
    text = ("Movement in the budget £m\nBudget last year 388.1\nCare pressures 12.6\nEnergy savings -2.2\n"
            "Budget this year 398.5\n")
    got = cells(text)
    assert got["12.6"][:2] == ("money", 12_600_000)
    assert got["-2.2"][:3] == ("money", -2_200_000, "down")


def test_a_title_over_a_table_of_one_figure_a_row():
    got = cells("Table 3: capital programme (£m)\nSchools\t14.2\nRoads\t9.8")
    assert got["9.8"][:2] == ("money", 9_800_000)


@pytest.mark.parametrize("text, surface", [
    ("The council said inflation was about 4%.\nLibraries 12\nParks 9", "12"),  # a sentence above
    ("Spending on parks and roads by 2026 rose 3.1", "3.1"),  # prose, not a row
])
def test_prose_above_or_around_figures_names_no_unit(text, surface):
    got = cells(text)
    assert surface not in got or got[surface][0] in ("count", "change"), got


# --- a table written one cell to a line -----------------------------------------------------------

ONE_CELL = ("Council tax this year\n\nCouncil\n\nBand D (£)\n\nChange (%)\n\nAshby\n\n2,104.50\n\n+4.99\n\n"
            "Brough\n\n1,998.20\n\n+2.99\n\nCarrow\n\n1,850\n\n-1.0\n\nThe figures were published on Monday.")


@pytest.mark.parametrize("surface, kind, direction", [
    ("2,104.50", "money", None), ("+4.99", "percentage", "up"), ("1,850", "money", None), ("-1.0", "percentage", "down"),
])
def test_one_cell_a_line_takes_the_heading_at_its_place(surface, kind, direction):
    got = cells(ONE_CELL)
    assert (got[surface][0], got[surface][2]) == (kind, direction)


def test_one_cell_a_line_with_a_rate_column():
    got = cells("Area\nCrimes\nRate per 1,000\nUpland\n12,400\n15.2\nLowland\n3,100\n14.1\n")
    assert got["15.2"][0] == got["14.1"][0] == "rate" and got["15.2"][3] == 1000
    assert got["12,400"][0] == got["3,100"][0] == "count"


def test_cells_that_do_not_fall_into_rows_name_no_unit():
    # two figures after one label, then a label: the rows are not of one width
    got = cells("Ward\n\nTurnout %\n\nRiverside\n\n31.4\n\n28.9\n\nHillside\n")
    assert got["31.4"][0] == "count"


# --- a pair that writes its unit once ----------------------------------------------------------

@pytest.mark.parametrize("text, surface, kind", [
    ("Average pay rose by 1,200 to £34,500.", "1,200", "money"),
    ("Band D went from £1,850 to 1,920 this year.", "1,920", "money"),
    ("The deficit grew by 2.1m to £14m.", "2.1m", "money"),
    ("The jobless rate went from 4.5 to 5.2 per cent.", "4.5", "percentage"),
    ("Turnout fell from 34 per cent to 29.", "29", "percentage"),
])
def test_a_pair_writes_its_unit_once(text, surface, kind):
    got = cells(text)
    assert got[surface][0] == kind, got


@pytest.mark.parametrize("text, surface", [
    ("Referrals increased by 45 per cent to 985 from 677.", "985"),  # a change in per cent, then a count
    ("The grant went from £3m to 5m homes.", "5m"),  # a counted noun
    ("Cases rose by 6% from 49,466 to 52,780.", "49,466"),  # two counts
    ("Police arrested 12 and £40 was recovered.", "12"),  # no pair
])
def test_near_misses_of_a_pair(text, surface):
    got = cells(text)
    assert got[surface][0] in ("count", "change"), got


# --- per cent written unusually ----------------------------------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("Burglary rose by 8.5 (percentage) over the year.", "8.5"),
    ("It was a 3.5-per-cent increase.", "3.5"),
    ("They agreed a 4-percent rise.", "4"),
])
def test_per_cent_written_unusually(text, surface):
    assert cells(text)[surface][0] == "percentage"


@pytest.mark.parametrize("text, surface", [
    ("See figure 3 (percentages are rounded).", "3"),
    ("There were 12 (percentiles shown) in the chart.", "12"),
])
def test_not_per_cent(text, surface):
    got = cells(text)
    assert surface not in got or got[surface][0] != "percentage"


# --- a column headed by a change and no unit -------------------------------------------------------

CHANGE_TABLE = ("Force | 2022 | 2023 | Change | % change |\n--- | --- | --- | --- | --- |\n"
                "Northshire | 1,240 | 1,390 | 150 | 12.1 |\nSouthdale | 960 | 910 | -50 | -5.2 |")


@pytest.mark.parametrize("surface, kind, direction", [
    ("150", "change", None), ("12.1", "percentage", None), ("-50", "change", "down"), ("-5.2", "percentage", "down"),
    ("1,240", "count", None), ("910", "count", None),
])
def test_a_change_column_of_counts(surface, kind, direction):
    got = cells(CHANGE_TABLE)
    assert (got[surface][0], got[surface][2]) == (kind, direction), got


@pytest.mark.parametrize("text, surface, direction", [
    ("Force\tOfficers 2010\tOfficers 2024\tIncrease\nNorthshire\t3,400\t3,900\t500", "500", "up"),
    ("Ward\tHomes\tReduction since 2020\nMarsh End\t4,210\t120", "120", "down"),
    ("Net change: 340", "340", None),
    ("Area\n\nCrimes\n\nChange on last year\n\nUpland\n\n12,400\n\n+340\n\nLowland\n\n3,100\n\n-20\n", "+340", "up"),
])
def test_headings_that_name_a_change(text, surface, direction):
    got = cells(text)
    assert got[surface][0] == "change" and got[surface][2] == direction, got


@pytest.mark.parametrize("heading", ["Changes to services", "Change management team", "Falls prevention visits",
                                     "Rising stars"])
def test_headings_that_only_start_like_a_change(heading):
    got = cells(f"Area\t{heading}\nUpland\t1,204")
    assert got["1,204"][0] == "count"


# --- a row of figures whose signs are set apart --------------------------------------------------

@pytest.mark.parametrize("text, surface, kind, value, direction", [
    ("Burglary 2,410 2,655 + 245 + 10.2%", "245", "change", 245, "up"),
    ("Burglary 2,410 2,655 + 245 + 10.2%", "10.2%", "percentage", 10.2, "up"),
    ("Robbery 880 812 - 68 - 7.7%", "68", "change", -68, "down"),
    ("Robbery 880 812 - 68 - 7.7%", "7.7%", "percentage", -7.7, "down"),
])
def test_signs_set_apart_in_a_row_of_figures(text, surface, kind, value, direction):
    got = {text[s.start:s.end]: (s.kind, s.value, s.direction) for s in stats(text)}
    assert got[surface] == (kind, value, direction), got


@pytest.mark.parametrize("text, surface", [
    ("Crime rose 5% - 300 more offences were logged.", "300"),  # a dash in prose
    ("Seats 617 303 - 5 12,001,396", "5"),  # a dash for an empty cell, no share after it
    ("Seats 617 303 – 5 – 2.1%", "5"),  # an en dash
])
def test_dashes_that_are_no_sign(text, surface):
    got = {text[s.num_start:s.num_end]: s for s in stats(text)}
    assert got[surface].kind == "count" and got[surface].value > 0


def test_a_table_of_bars_read_one_cell_to_a_line():
    text = ("Force | Officers (FTE) | Officers per 100,000 population | Officers (FTE) | Officers per 100,000 population |\n"
            "Northshire\n|\n2,960\n|\n197\n|\n3,096\n|\n205\n|\nSouthdale\n|\n1,036\n|\n184\n|\n1,069\n|\n189\n|\n")
    got = cells(text)
    assert [got[x][0] for x in ("2,960", "197", "3,096", "205", "184")] == ["count", "rate", "count", "rate", "rate"]
    assert got["197"][3] == 100000


def test_a_lone_bar_line_does_not_hide_a_page_number():
    # prose, a figure alone on its line, prose: still a page number
    text = "The council met on Monday to agree the plan.\n|\n14\n|\nThe next chapter covers housing."
    assert "14" not in cells(text)


# --- a change restated in per cent after its noun ------------------------------------------------

@pytest.mark.parametrize("text, surface, direction", [
    ("Councils took 61,000 actions, an increase of 4,000 actions (7%) on last year.", "7%", "up"),
    ("Officer numbers fell by 40 officers or 3% in the year.", "3%", "down"),
    ("The list shrank by 900 patients (2.5%) in March.", "2.5%", "down"),
])
def test_a_change_restated_after_its_noun_keeps_its_direction(text, surface, direction):
    got = {text[s.start:s.end]: s.direction for s in stats(text)}
    assert got[surface] == direction, got


@pytest.mark.parametrize("text, surface", [
    ("Crime rose by 120 offences (20% of them violent).", "20%"),  # a share of the offences
    ("Arrests rose 5% in the year and 20% of victims were young.", "20%"),
    ("Prices rose 4%, and wages (2%) lagged.", "2%"),
])
def test_a_share_after_a_change_is_no_restatement(text, surface):
    got = {text[s.start:s.end]: s.direction for s in stats(text)}
    assert got[surface] is None, got


# --- a heading line of several units over rows set apart by spaces --------------------------------

SPACED = "Bills this year\nCouncil Band D (£) Rise (£) Rise (%)\nAshby 2,104.50 +98.20 +4.99\nBrough 1,998.20 +57.10 +2.94"


@pytest.mark.parametrize("surface, kind, direction", [
    ("2,104.50", "money", None), ("+98.20", "money", "up"), ("+4.99", "percentage", "up"), ("+2.94", "percentage", "up"),
])
def test_units_in_order_over_rows_of_figures(surface, kind, direction):
    got = cells(SPACED)
    assert (got[surface][0], got[surface][2]) == (kind, direction), got


def test_units_in_order_with_a_rate_and_a_count():
    got = cells("Area Crimes (no.) Rate per 1,000 Change (%)\nUpland 12,400 15.2 -3.1")
    assert [got[x][0] for x in ("12,400", "15.2", "-3.1")] == ["count", "rate", "percentage"]


@pytest.mark.parametrize("text, surface", [
    ("Band Council tax (£) Change (%)\nD 2023/24 1,742.81 4.99", "4.99"),  # more figures than units
    ("Spending (£m) rose while inflation (%) fell.\nAshby 12 4", "4"),  # a sentence, not a heading
    # a line of prose under a table of bars whose heading names a count and a per cent
    ("Party | Number of seats | % |\nGreen | 12 | 4.1 |\nIn all, 3,120 votes were cast over 25 contests.", "25"),
])
def test_units_in_order_near_misses(text, surface):
    assert cells(text)[surface][0] == "count"


@pytest.mark.parametrize("text, first, second", [
    ("Rents rose £15 to £900 over the year.", 15, 900),
    ("Fares went up 20p to £2.90.", 0.2, 2.9),
])
def test_a_change_then_the_level_it_reaches_without_by(text, first, second):
    found = [s for s in stats(text) if s.kind == "money"]
    assert [(s.value, s.high) for s in found] == [(first, None), (second, None)]
    assert found[0].direction == "up"


# --- a signed change just after a share -------------------------------------------------------

@pytest.mark.parametrize("text, surface, value, direction", [
    ("The Greens took 2,104 votes (18.4%, +6.2) in the ward.", "+6.2", 6.2, "up"),
    ("Turnout: 29.5% (-3.4)", "-3.4", -3.4, "down"),
    ("Independents 11.0 per cent, +2.5 on 2021", "+2.5", 2.5, "up"),
])
def test_a_signed_change_after_a_share_is_in_points(text, surface, value, direction):
    got = {text[s.num_start:s.num_end]: s for s in stats(text)}
    s = got[surface]
    assert (s.kind, s.unit, s.value, s.direction) == ("percentage", "percentage_point", value, direction)


@pytest.mark.parametrize("text, surface", [
    ("Turnout fell to 29.5%, -300 voters on last time.", "-300"),  # a count with its noun
    ("The rate was 5%, +3 jobs a week.", "+3"),
])
def test_signed_counts_after_a_share_stay_changes(text, surface):
    got = {text[s.num_start:s.num_end]: s for s in stats(text)}
    assert got[surface].kind == "change"


# --- long tables and one text after another ---------------------------------------------------------

def test_a_long_table_keeps_its_heading_to_the_last_row():
    rows = "".join(f"Ward {chr(65 + i % 26)}{i}\t{100 + i}\t+{i % 9}.5\n" for i in range(40))
    got = stats("Ward\tHomes\tChange (%)\n" + rows)
    last = [s for s in got if s.kind == "percentage"]
    assert len(last) == 40


def test_the_heading_of_one_text_is_not_read_for_the_next():
    first = "Area\tSpend\tChange (%)\nUpland\t12\t3.5\nLowland\t14\t2.5"
    second = "Area\tSpend\tStaff\nUpland\t12\t3.5\nLowland\t14\t2.5"
    assert cells(first)["2.5"][0] == "percentage"
    assert cells(second)["2.5"][0] == "count"
    assert cells(first)["2.5"][0] == "percentage"


def test_small_whole_numbers_in_rows_under_headings_are_no_page_numbers():
    got = cells("Ward\n\nSeats\n\nAshby\n\n12\n\nBrough\n\n8\n\nCarrow\n\n5\n")
    assert [got[x][:2] for x in ("12", "8", "5")] == [("count", 12), ("count", 8), ("count", 5)]


@pytest.mark.parametrize("text", [
    "Report of the Director\n\nIntroduction\n\n3\n\nMethod\n\n5\n",  # one heading: no rows of a width
    "The council approved the plan after a long debate.\n\n14\n\nThe next chapter covers housing.",
])
def test_page_numbers_between_lines_stay_rejected(text):
    assert cells(text) == {}


# --- a heading that says which way its money or per cent cells go ---------------------------------

@pytest.mark.parametrize("text, surface, kind, direction", [
    ("Band Council tax (£) Annual increase (£) Weekly increase (£)\nA 1,210.40 35.20 0.68", "35.20", "money", "up"),
    ("Band Council tax (£) Annual increase (£) Weekly increase (£)\nA 1,210.40 35.20 0.68", "1,210.40", "money", None),
    ("Service\tReduction in grant (£m)\nLibraries\t1.2", "1.2", "money", "down"),
    ("Area\tRise on last year (%)\nUpland\t4.5", "4.5", "percentage", "up"),
    ("Band\tIncrease/(decrease) (£)\nA\t12.5", "12.5", "money", None),  # both ways: none
    ("Area\tCut (%)\nUpland\t+1.5", "+1.5", "percentage", "up"),  # the sign first
])
def test_a_heading_gives_its_cells_a_direction(text, surface, kind, direction):
    got = cells(text)
    assert (got[surface][0], got[surface][2]) == (kind, direction), got


def test_a_long_table_one_cell_a_line_keeps_its_headings():
    rows = "".join(f"Ward {i}\n\n{1000 + i:,}\n\n+{i % 7}.{i % 10}\n\n" for i in range(40))
    text = "Ward\n\nHomes\n\nChange (%)\n\n" + rows
    found = stats(text)
    assert sum(s.kind == "percentage" for s in found) == 40
    assert sum(s.kind == "count" for s in found) == 40


def test_a_second_table_one_cell_a_line_reads_its_own_headings():
    text = ("Area\n\nSpend (£)\n\nStaff\n\nUpland\n\n1,200.50\n\n14\n\nLowland\n\n980.25\n\n11\n\n"
            "Area\n\nVisits\n\nChange (%)\n\nUpland\n\n3,400\n\n+2.5\n\nLowland\n\n2,100\n\n-1.5\n")
    got = {text[s.num_start:s.num_end]: s.kind for s in stats(text)}
    assert got["1,200.50"] == "money" and got["+2.5"] == "percentage" and got["3,400"] == "count"


# --- a table's title names the unit of all its columns, a change column included -------------------

@pytest.mark.parametrize("table, cell, kind, value", [
    ("Spending by service (£m)\n\nService\t2022/23\t2023/24\tChange\nLibraries\t12.5\t11.9\t-0.6\n", "11.9", "money", 11.9e6),
    ("Spending by service (£m)\n\nService\t2022/23\t2023/24\tChange\nLibraries\t12.5\t11.9\t-0.6\n", "-0.6", "money", -0.6e6),
    ("Figures in £000s\n\n| Scheme | 2023 | 2024 | Difference |\n|---|---|---|---|\n| Potholes | 820 | 910 | 90 |\n", "90", "money", 90e3),
    ("Figures in £000s\n\n| Scheme | 2023 | 2024 |\n| Potholes | 820 | 910 |\n", "820", "money", 820e3),
    # the other headings name the unit: the change column shares it
    ("Ward\tBudget 2023 (£m)\tBudget 2024 (£m)\tVariance\nNorth\t3.2\t3.5\t+0.3\n", "+0.3", "money", 0.3e6),
    ("Area\tShare 2022 (%)\tShare 2023 (%)\tChange\nRiverside\t41.0\t44.5\t+3.5\n", "+3.5", "percentage", 3.5),
])
def test_a_title_or_sibling_headings_name_the_unit_of_a_change_column(table, cell, kind, value):
    got = cells(table)[cell]
    assert got[0] == kind and got[1] == pytest.approx(value)


# --- money headings written other ways: a scale in capitals or spelt out apart, money a week --------

@pytest.mark.parametrize("heading, value", [
    ("£M", 48.1e6), ("(£M)", 48.1e6), ("£mn", 48.1e6), ("£ million", 48.1e6), ("£ thousands", 48.1e3),
    ("£ per week", 48.1), ("(£ a year)", 48.1), ("£ per household", 48.1),
])
def test_money_headings_of_other_spellings_name_money_columns(heading, value):
    table = f"Service\t2023/24 {heading}\t2024/25 {heading}\tChange\nAdults\t45.2\t48.1\t2.9\n"
    got = cells(table)
    assert got["48.1"][0] == "money" and got["48.1"][1] == pytest.approx(value)
    assert got["2.9"][0] == "money"  # the change column shares its siblings' unit


@pytest.mark.parametrize("heading, direction", [
    ("£ change", None), ("£ increase", "up"), ("Annual £ increase", "up"), ("£ diff", None),
    ("£ reduction (2023-24)", "down"),
])
def test_a_sign_before_a_change_heading_names_a_money_change_column(heading, direction):
    got = cells(f"Service\t2023/24\t2024/25\t{heading}\t% change\nAdults\t45.2\t48.1\t2.9\t6.4\n")
    assert got["2.9"][0] == "money" and got["2.9"][2] == direction
    assert got["6.4"][0] == "percentage" and got["45.2"][0] == "count"  # (the other columns name no money)


@pytest.mark.parametrize("text, figure", [
    ("She paid £ a year for it, and 45 people came to the 3 talks.", "45"),  # a stray sign in prose
    ("The fund, worth £ millions to the town, had 3 staff and 45 volunteers.", "45"),
    ("It cost £ 40, a £ change of 5 on last year, when 12 people came.", "12"),
])
def test_a_money_word_in_prose_names_no_column(text, figure):
    assert cells(text)[figure][0] == "count"


@pytest.mark.parametrize("table, cell, kind", [
    # no unit anywhere: a change of a count
    ("Arrests by station\n\nStation\t2022\t2023\tChange\nNorth\t140\t165\t25\n", "25", "change"),
    # a sentence of prose above a blank line is no title
    ("The council spent £5m on roads.\n\nArea\t2022\t2023\nNorth\t140\t165\n", "140", "count"),
    # a second table above the blank line is not this table's title
    ("A\t(£m)\nx\t1.0\n\nStation\t2022\t2023\nNorth\t140\t165\n", "165", "count"),
])
def test_near_misses_keep_a_count(table, cell, kind):
    assert cells(table)[cell][0] == kind


# --- money written with its scale once in the sentence -------------------------------------------

@pytest.mark.parametrize("sentence, figure, direction", [
    ("The budget is £45.2m, an increase of 2.1m.", "2.1m", "up"),
    ("There was a 2m increase in the £40m budget.", "2m", "up"),
    ("Spending was £12m, down 1.5m on the year before.", "1.5m", "down"),
    ("Income fell 300,000 to £2.1m.", "300,000", "down"),
])
def test_a_change_in_a_sentence_of_money_is_money(sentence, figure, direction):
    s = next(s for s in stats(sentence) if sentence[s.num_start:s.num_end] == figure)
    assert (s.kind, s.currency, s.direction) == ("money", "GBP", direction)


@pytest.mark.parametrize("sentence, figure, kind", [
    ("The scheme cost £3m and carried 2m more passengers.", "2m", "count"),
    ("The population rose by 1.2m to 67m.", "1.2m", "change"),
    ("Crime rose 45 per cent to 985.", "985", "count"),
])
def test_changes_of_counts_near_money_stay_counts(sentence, figure, kind):
    s = next(s for s in stats(sentence) if sentence[s.num_start:s.num_end] == figure)
    assert s.kind == kind


@pytest.mark.parametrize("sentence, direction", [
    ("Costs rose by GBP 2.5m.", "up"), ("Costs fell by US$2.5m.", "down"), ("Costs rose by 2.5 million GBP.", "up"),
])
def test_money_written_with_a_code_takes_the_direction_of_its_cue(sentence, direction):
    (s,) = stats(sentence)
    assert (s.kind, s.direction) == ("money", direction)


@pytest.mark.parametrize("text, cell, kind, value, direction", [
    # a change heading that names its years: still a change column, in the title's unit
    ("Spending (£m)\n\nService\t2023/24\t2024/25\tChange 2023/24 to 2024/25\nRoads\t12.5\t13.0\t+0.5\n",
     "+0.5", "money", 0.5e6, "up"),
    # labelled lines under a heading line that names the unit once
    ("Budget changes 2024/25 (£000)\nAdult social care: +2,450\nHighways: -350\n", "-350", "money", -350e3, "down"),
])
def test_change_headings_with_years_and_labelled_lines_under_a_unit(text, cell, kind, value, direction):
    got = cells(text)[cell]
    assert (got[0], got[2]) == (kind, direction) and got[1] == pytest.approx(value)


def test_labelled_lines_under_a_heading_without_a_unit_stay_changes():
    assert cells("Crime in Kent\nBurglary: +1,200\nRobbery: -300\n")["-300"][0] == "change"


# --- a noun of money before a scaled figure, in a story that writes money with its currency ---------

@pytest.mark.parametrize("text, figure, kind", [
    ("The council's budget is £300m. It must make savings of 12.5m next year.", "12.5m", "money"),
    ("The council's budget is £300m. It must make savings of 12.5m, and cut a further 4m from care.", "4m", "money"),
    ("Income was £80m, leaving a deficit of 3.4m.", "3.4m", "money"),
    # near-misses: no currency anywhere in the story; a counted noun
    ("A town of 1.1m people had a budget of 40m.", "40m", "count"),
    ("The budget is £2m. There were 12.5m visits, a total of 3m more.", "12.5m", "count"),
])
def test_a_money_noun_before_a_scaled_figure(text, figure, kind):
    s = next(s for s in stats(text) if text[s.num_start:s.num_end] == figure)
    assert s.kind == kind
