"""Money- and percentage-heavy writing: tables read one cell to a line, amounts written in odd ways,
labels that are not statistics, and changes whose direction is stated away from the figure. Every
sentence here was written for these tests; each family has phrasings that must match and
near-misses that must not."""
from __future__ import annotations

import pytest
from number_finding import stats


def found(text: str) -> dict[str, tuple]:
    """{number as written: (kind, value, high, direction)}"""
    return {text[s.num_start:s.num_end]: (s.kind, s.value, s.high, s.direction) for s in stats(text)}


def surfaces(text: str) -> list[str]:
    return [text[s.num_start:s.num_end] for s in stats(text)]


# --- a table written one cell to a line -------------------------------------------------------

@pytest.mark.parametrize("text, surface, kind, value", [
    ("Region\n\nAnnual change\n\nAverage price\n\nYorkshire\n\n2.2%\n\n£184,520\n\nWales\n", "184,520", "money", 184520),
    ("Band D\n\n£1,912.44\n\nBand E\n\n£2,337.43\n", "1,912.44", "money", 1912.44),
    ("Total budget\n£14.6m\nReserves\n", "14.6m", "money", 14_600_000),
    ("Households\n\n12,408\n\nPeople\n", "12,408", "count", 12408),
    ("Ward\n\nTurnout %\n\nRiverside\n\n31.4\n\n28.9\n\nHillside\n", "31.4", "count", 31.4),
    ("Cases\n\n88\n\n104\n\nNext ward\n", "88", "count", 88),
    ("Average weekly rent\n\n142.75\n\nVoid rate\n", "142.75", "count", 142.75),
])
def test_a_cell_alone_on_its_line_is_a_statistic(text, surface, kind, value):
    got = found(text)
    assert surface in got, got
    assert got[surface][:2] == (kind, value)


@pytest.mark.parametrize("text", [
    "The council approved the plan after a long debate.\n\n14\n\nThe next chapter covers housing.",
    "Report of the Director of Finance\n\n7\n\nIntroduction and summary of the position",
    "The board noted the forecast and the risks to delivery.\n\n3.2\n\nWorkforce",
])
def test_a_page_number_alone_on_its_line_is_not(text):
    assert surfaces(text) == []


# --- amounts written in less usual ways -------------------------------------------------------

@pytest.mark.parametrize("text, surface, kind, value, high", [
    ("The town hall unveiled a £4.5-million regeneration plan.", "4.5-million", "money", 4_500_000, None),
    ("Public debt passed £2.6trn for the first time.", "2.6trn", "money", 2_600_000_000_000, None),
    ("Repairs will cost £3-4 million over the decade.", "3", "money", 3_000_000, 4_000_000),
    ("Mortgage rates were cut to 3½ per cent.", "3½", "percentage", 3.5, None),
    ("The levy adds £1¼m a year.", "1¼m", "money", 1_250_000, None),
    ("Wages rose 2.8 p.c. in the spring.", "2.8", "percentage", 2.8, None),
    ("The jobless rate was 0.3ppts higher.", "0.3", "percentage", 0.3, None),
    ("Rents were expected to rise 6.5%-8% next year.", "6.5", "percentage", 6.5, 8),
    ("Operating profit was £3.1m/8.2% of sales.", "8.2", "percentage", 8.2, None),
    ("Capital receipts [£2.4m] were lower than planned.", "2.4m", "money", 2_400_000, None),
])
def test_amounts_written_in_less_usual_ways(text, surface, kind, value, high):
    got = found(text)
    assert surface in got, got
    assert got[surface][:3] == (kind, value, high)


@pytest.mark.parametrize("text, forbidden", [
    ("See note [4] for the method.", "4"),
    ("The helpline runs 24/7 all year.", "24"),
    ("Footnote [12] explains the change.", "12"),
])
def test_markers_and_ratios_without_money_stay_rejected(text, forbidden):
    assert forbidden not in surfaces(text)


# --- signs written as words or dashes ---------------------------------------------------------

@pytest.mark.parametrize("text, surface, value", [
    ("Output growth came in at minus 0.4 per cent.", "0.4", -0.4),
    ("Prices in the North West moved (–1.2%) over the year.", "–1.2", -1.2),
    ("Footfall was –3.5% on the previous month.", "–3.5", -3.5),
])
def test_a_sign_in_words_or_an_en_dash(text, surface, value):
    got = found(text)
    assert surface in got, got
    assert got[surface][1] == value and got[surface][3] == "down"


@pytest.mark.parametrize("text, surface", [
    ("The district saw 40 births minus deaths last year.", "40"),
    ("Pages 12–14 set out the figures.", "14"),
])
def test_not_a_sign(text, surface):
    got = found(text)
    assert all(v[1] is None or v[1] >= 0 for v in got.values()), got
    if surface == "40":  # a count that stays a positive count (a page range gives no statistic at all)
        assert got[surface][1] == 40


# --- a row of results after a party's initials --------------------------------------------------

@pytest.mark.parametrize("text, surface, value", [
    ("Lab 1,204 (41.0%), UKIP 388 (13.2%), Grn 120 (4.1%)", "388", 388),
    ("SNP 2,031 44.9% +3.1%", "2,031", 2031),
])
def test_a_party_row_keeps_its_votes(text, surface, value):
    got = found(text)
    assert surface in got and got[surface][:2] == ("count", value), got


def test_a_name_with_a_number_stays_a_name():
    assert "100" not in surfaces("Shares in the FTSE 100 edged higher on Friday.")


# --- labels that are not statistics -----------------------------------------------------------

@pytest.mark.parametrize("text, forbidden", [
    ("At month nine the trust reported a gap of £2m.", "nine"),
    ("Finance Report (Month 6) for the board", "6"),
    ("Spending rose in quarter three compared with last year.", "three"),
    ("2.3 The Cabinet is asked to note the forecast.", "2.3"),
    ("The index stands at 131.5, based on 2015=100.", "100"),
    ("Sales were strong in the second half of the year.", "half"),
    ("Growth has been weak over the last three quarters.", "three"),
    ("1 | Whitby | 412.30 |\n2 | Scarborough | 398.10 |", "1"),
])
def test_labels_are_not_statistics(text, forbidden):
    assert forbidden not in surfaces(text)


@pytest.mark.parametrize("text, surface", [
    ("Every month 250 people join the waiting list.", "250"),
    ("Half of all tenants rent privately.", "Half"),
    ("Of those, 3.2 Million homes were built before 1919.", "3.2 Million"),
    ("There were four quarters of growth and 12 sites.", "12"),
    ("Pts | Club\n71 | Rovers (18)\n66 | United (9)", "71"),
])
def test_near_misses_of_the_labels_stay_statistics(text, surface):
    assert surface in surfaces(text)


def test_a_decimal_after_a_month_name_is_a_table_value():
    got = found("Index by month\nJan 104.2 0.3\nFeb 104.9 0.7\n")
    assert "104.2" in got and "104.9" in got


def test_a_day_after_a_month_name_stays_a_date():
    assert "14" not in surfaces("The meeting on March 14 agreed the budget.")


def test_a_table_with_a_year_in_its_money_heading():
    got = found("Parish | Band D precept (£) 2024-25 |\n1 | Alston | 212.40 |\n2 | Brough | 198.05 |")
    assert got["212.40"][:2] == ("money", 212.4) and "1" not in got


# --- an amount before its change noun ---------------------------------------------------------

@pytest.mark.parametrize("text, surface, direction", [
    ("Projections show a 45,000 increase in pensioners by 2035.", "45,000", "up"),
    ("There was a 1,200 fall in apprenticeship starts.", "1,200", "down"),
])
def test_an_amount_before_its_change_noun_is_a_change(text, surface, direction):
    got = found(text)
    assert got[surface][0] == "change" and got[surface][3] == direction


@pytest.mark.parametrize("text, surface, kind", [
    ("The 14 cuts were approved in one vote.", "14", "count"),
    ("Tenants face a 7% rise in April.", "7", "percentage"),
])
def test_not_an_amount_before_its_change_noun(text, surface, kind):
    assert found(text)[surface][0] == kind


# --- which way a change goes ------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, direction", [
    ("The South West recorded the largest annual rise, with a movement of 3.7 per cent.", "3.7", "up"),
    ("Business rates could climb by as much as 40% in the city.", "40", "up"),
    ("The economy is forecast to expand by 0.3% this quarter.", "0.3", "up"),
    ("Outpatient activity ran ahead of plan by 2.6 per cent.", "2.6", "up"),
    ("The average rise for the county will be 4.1%.", "4.1", "up"),
    ("The overall fall was 2.2% across the region.", "2.2", "down"),
    ("Ministers expect a 9% (real-terms) increase in grant.", "9", "up"),
    ("The steepest falls were in coastal towns (6.1%).", "6.1", "down"),
    ("Fares were up by 5.2% annually and by 0.9% over the month.", "0.9", "up"),
    ("Rents rose by 2.4%, in Wales by 1.1% and in Scotland by 0.7%.", "0.7", "up"),
    ("The biggest annual pay rise was in Leeds, at 6.3%.", "6.3", "up"),
    ("The bill is £12 (2.1%) higher than last year.", "2.1", "up"),
    ("Costs will increase by nearly £3m (or 2.6%) next year.", "2.6", "up"),
    ("Prices increased to £245,000 (3.9%) in the North, £198,000 (2.7%) in the Midlands.", "2.7", "up"),
    ("Councils face cuts in core funding of between 4 and 9 per cent.", "4", "down"),
    ("The budget is expected to grow in 2025/26, by over £5m.", "5m", "up"),
])
def test_direction_stated_away_from_the_figure(text, surface, direction):
    got = found(text)
    assert surface in got, got
    assert got[surface][3] == direction


@pytest.mark.parametrize("text, surface", [
    ("The employment rate was 74.8% in the spring.", "74.8"),
    ("Some 62% of residents backed the plan, at a meeting in May.", "62"),
    ("Rents rose 4% in the year and 30% of tenants were under 35.", "30"),
])
def test_no_direction_for_a_level_or_a_share(text, surface):
    got = found(text)
    assert surface in got, got
    assert got[surface][3] is None


# --- the same change as a share and as an amount ----------------------------------------------

@pytest.mark.parametrize("text, surface, value, direction", [
    ("Claims rose by 3 per cent (or 412) to 14,020 in May.", "412", 412, "up"),
    ("The register shrank by about two per cent (or nine) to 430.", "nine", 9, "down"),
    ("Applications grew by 4.5% or 1,300 over the year.", "1,300", 1300, "up"),
])
def test_the_same_change_as_an_amount(text, surface, value, direction):
    got = found(text)
    assert got[surface] == ("change", value, None, direction)


@pytest.mark.parametrize("text, surface, kind, value, high, direction", [
    ("The jobless rate fell by 0.3 of a percentage point.", "0.3", "percentage", 0.3, None, "down"),
    ("Waiting lists edged upwards by 35 to 2,410 in June.", "35", "change", 35, None, "up"),
    ("Vacancies crept up by 12 to 640 over the summer.", "12", "change", 12, None, "up"),
    ("Ten years ago the total was 215 higher.", "215", "change", 215, None, "up"),
    ("Staffing could be cut by 5 to 15 posts.", "5", "change", 5, None, "down"),
])
def test_changes_written_in_other_words(text, surface, kind, value, high, direction):
    got = found(text)
    assert got[surface] == (kind, value, high, direction)


@pytest.mark.parametrize("text, surface", [
    ("Waiting lists edged upwards by 35 to 2,410 in June.", "2,410"),
    ("It helps 18 lower-income families a year.", "18"),
])
def test_the_level_reached_and_a_compound_stay_counts(text, surface):
    assert found(text)[surface][0] == "count"


@pytest.mark.parametrize("text, forbidden", [
    ("The officers' report (para 2.6) sets out the risks.", "2.6"),
    ("Members discussed agenda item 9 at length.", "9"),
])
def test_report_labels_are_not_statistics(text, forbidden):
    assert forbidden not in surfaces(text)


# --- a clause that borrows the change verb before it --------------------------------------------

@pytest.mark.parametrize("text, surface, direction", [
    ("The count fell by 41 to 1,202 and the local rate by 0.2% to 3.1%.", "0.2", "down"),
    ("Day cases were ahead of plan by 2.1 per cent, outpatients by 3.4 per cent.", "3.4", "up"),
    ("Bus use dropped by 6%, rail use by just 2%.", "2", "down"),
    ("Worthing had the largest rise in its register this year - 9 per cent (or 210).", "9", "up"),
    ("Worthing had the largest rise in its register this year - 9 per cent (or 210).", "210", "up"),
])
def test_a_clause_that_borrows_its_change(text, surface, direction):
    assert found(text)[surface][3] == direction


@pytest.mark.parametrize("text, surface", [
    ("Prices rose by 3%, and 20% of buyers paid by card.", "20"),
    ("Visits fell by 4% in the year. Satisfaction stood at 81%.", "81"),
])
def test_no_borrowed_change_for_a_share(text, surface):
    assert found(text)[surface][3] is None


# --- a share as a change, and the size of the largest change ------------------------------------

@pytest.mark.parametrize("text, surface, value, direction", [
    ("Back-office posts were reduced by about a quarter over two years.", "a quarter", 0.25, "down"),
    ("The waiting list was cut by a third.", "a third", 0.333, "down"),
    ("Visitor numbers grew by half in a decade.", "half", 0.5, "up"),
])
def test_a_change_by_a_share(text, surface, value, direction):
    got = found(text)
    assert got[surface] == ("ratio", value, None, direction)


def test_an_ordinal_a_third_is_no_share():
    assert surfaces("A third bridge over the river opened in May.") == []


@pytest.mark.parametrize("text, surface, value, direction", [
    ("The largest increase in claimants, for June, was in Hull, at 1,450.", "1,450", 1450, "up"),
    ("The biggest fall was in York, at 620.", "620", 620, "down"),
])
def test_the_size_of_the_largest_change(text, surface, value, direction):
    assert found(text)[surface] == ("change", value, None, direction)


def test_a_place_with_at_is_no_change():
    assert found("A rise in arrests was seen at 12 stations.")["12"][0] == "count"


# --- a sign before the currency, a change and the level it reaches -------------------------------

@pytest.mark.parametrize("text, surface, value, direction", [
    ("Annual season ticket: +£212 on last year.", "212", 212, "up"),
    ("Net position | -£3.1m | worse than plan", "3.1m", -3_100_000, "down"),
])
def test_a_sign_before_the_currency(text, surface, value, direction):
    got = found(text)
    assert got[surface][1] == value and got[surface][3] == direction


def test_a_range_of_money_keeps_both_ends():
    assert found("Tickets cost £20-£35 each.")["20"][:3] == ("money", 20, 35)


@pytest.mark.parametrize("text, change, level", [
    ("Leeds to York: increase of £96 to £3,140.", "96", "3,140"),
    ("A rise of £1.20 to £11.44 an hour was agreed.", "1.20", "11.44"),
])
def test_a_change_then_the_level_it_reaches(text, change, level):
    got = found(text)
    assert got[change][2] is None and got[change][3] == "up" and level in got


def test_prices_of_one_amount_to_another_stay_a_range():
    assert found("Homes sold at prices of £150,000 to £220,000.")["150,000"][:3] == ("money", 150000, 220000)


@pytest.mark.parametrize("text, surface, kind, value, direction", [
    ("Hostel spending was up around a fifth (21%) on last year.", "a fifth", "ratio", 0.2, "up"),
    ("B&B costs were down very slightly (by 2%) from the year before.", "2", "percentage", 2, "down"),
    ("Most fares went up by average of 2.7% in January.", "2.7", "percentage", 2.7, "up"),
])
def test_more_ways_to_state_a_change(text, surface, kind, value, direction):
    got = found(text)
    assert got[surface][0] == kind and got[surface][1] == value and got[surface][3] == direction


@pytest.mark.parametrize("text, surface, direction", [
    ("After a rise in sales, earnings per share fell by 0.4p to 12.1p.", "0.4", "down"),
    ("Thefts, and a rise in fraud, are behind a 12% year-on-year rise in crime.", "12", "up"),
    ("Inflation did fall by the same amount last spring (0.4 percentage points) more recently.", "0.4", None),
    ("Passenger numbers were 1.1 million (3%) lower than a year before.", "3", "down"),
])
def test_direction_near_misses(text, surface, direction):
    assert found(text)[surface][3] == direction


def test_an_adjective_after_a_count_is_no_change():
    assert found("More pupils gained five higher grades this summer.")["five"][0] == "count"


@pytest.mark.parametrize("text, surface", [
    ("Burglaries grew by four and six per cent in the two years.", "four"),
    ("Pay rose by 2 or 3% across the sector.", "2"),
])
def test_a_unit_written_once_for_two_figures(text, surface):
    assert found(text)[surface][0] == "percentage"


def test_a_large_count_before_a_percentage_keeps_its_kind():
    assert found("The scheme housed 2,400 and 5 per cent of them were families.")["2,400"][0] == "count"


@pytest.mark.parametrize("text, surface, qualifier", [
    ("The two towns grew by roughly 6.1% and 5.8% respectively.", "5.8", "about"),
    ("Each scheme costs nearly £4m or £5m.", "5m", "nearly"),
])
def test_one_qualifier_for_a_pair(text, surface, qualifier):
    assert {text[s.num_start:s.num_end]: s.qualifier for s in stats(text)}[surface] == qualifier


def test_a_qualifier_is_not_shared_across_a_sentence():
    text = "Almost 40% agreed. 25% did not."
    got = {text[s.num_start:s.num_end]: s.qualifier for s in stats(text)}
    assert got["25"] is None


# --- a percentage is never a label, a date, a day or an age ------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("That compares with the national figure 3.4 per cent.", "3.4"),
    ("Over the year 11.5% of homes changed hands.", "11.5"),
    ("The target 92% of patients was missed again.", "92"),
    ("In March 6% of shops stood empty.", "6"),
    ("By April 15 per cent of staff had left.", "15"),
    ("Those over 60 per cent of the vote won outright.", "60"),
    ("By June £2m had been spent.", "2m"),
])
def test_a_percentage_or_money_after_a_label_word(text, surface):
    assert surface in surfaces(text)


@pytest.mark.parametrize("text, forbidden", [
    ("See table 4 for the detail.", "4"),
    ("The meeting on March 6 agreed the plan.", "6"),
    ("Children under 5 were seen first.", "5"),
])
def test_labels_dates_and_ages_without_a_unit_stay_rejected(text, forbidden):
    assert forbidden not in surfaces(text)


@pytest.mark.parametrize("text, surface, value", [
    ("FY24 £m | FY23 £m | % change\nRevenue | 212.4 | 198.0 | +7%\n", "212.4", 212_400_000),
    ("FY24 £m | FY23 £m | % change\nRevenue | 212.4 | 198.0 | +7%\n", "198.0", 198_000_000),
    ("| Council | Band D (£) |\n| Alston | 1,912.40 |\n", "1,912.40", 1912.4),
])
def test_a_barred_table_under_a_money_heading(text, surface, value):
    assert found(text)[surface][:2] == ("money", value)


def test_a_barred_column_headed_by_a_count_stays_a_count():
    assert found("Ward | Households | Rent (£)\nHillside | 1,204 | 98.50\n")["1,204"][0] == "count"


# --- part of a million ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, kind, value", [
    ("Half a million people now wait for surgery.", "Half a million", "count", 500_000),
    ("The repairs cost a quarter of a million pounds.", "a quarter of a million", "money", 250_000),
    ("One and a half million homes lack insulation.", "One and a half million", "count", 1_500_000),
    ("Fraud losses reached two-thirds of a billion.", "two-thirds of a billion", "count", 667_000_000),
])
def test_part_of_a_million(text, surface, kind, value):
    assert found(text)[surface][:2] == (kind, value)


@pytest.mark.parametrize("text, surface, value", [
    ("A quarter of the vote went to independents.", "A quarter", 0.25),
    ("Half of all homes were built before 1950.", "Half", 0.5),
])
def test_a_share_of_something_stays_a_share(text, surface, value):
    assert found(text)[surface][:2] == ("ratio", value)


def test_one_and_a_half_alone_stays_vague():
    assert surfaces("It took one and a half attempts to agree.") == []


def test_a_label_before_a_pair_keeps_the_label_out():
    got = found("Just 67 per cent of Red 1 and 58 per cent of Red 2 calls were met.")
    assert got.get("1", ("count",))[0] != "percentage"
