"""A change of money whose currency is written once, on a neighbouring amount: beside the amount it
changes ("£150,000, down 2,300"), before the level it reaches ("rose by 3,500 and now stands at
£290,000"), restated after a share ("4.99 per cent, or 98.40, to £2,070"), in the sentence after
the amount ("It will rise by 2m") or after a scaled amount of money ("gets an extra 6.5m"), with the
currency before the sign or the markup ("£-1.2m", "£**2.7m**"), or in words ("thirty pence", "a 2
million pound boost", "half a million pounds"); a level, then the level it came from ("4.4 per cent,
down from 4.7"); changes beside counts ("230 up on last year", "86 (+14)"); rows set apart by dashes;
and the direction of comparatives such as "cheaper" and "greater". Every sentence here was written
for these tests; each family has cases that must match and near-misses that must not."""
from __future__ import annotations

import pytest

from extractor.normalize.statistics import direction
from number_finding import figures, stats


# --- a change beside the amount it changes ------------------------------------------------------

@pytest.mark.parametrize("text, surface, value, way", [
    ("In the north the typical home now costs £151,000, down 2,400 on a year ago.", "2,400", 2400, "down"),
    ("Band C: £1,730 (up 66).", "66", 66, "up"),
    ("A Band B home will pay £1,512.20 next year, up 71.90 on this year.", "71.90", 71.9, "up"),
    ("Season tickets will cost £4,120, which is 190 more than now.", "190", 190, "up"),
    ("Asking prices reached £288,300 in May, a monthly rise of 4,150.", "4,150", 4150, "up"),
    ("The average bill will be £1,980 a year, or 85 less than last winter.", "85", 85, "down"),
    ("Monthly rents across the city have climbed by 45 and now stand at £1,130.", "45", 45, "up"),
    ("Prices in the borough increased by 9,800, reaching £412,000.", "9,800", 9800, "up"),
    ("Homes there sold for 6,100 more than a year earlier at an average of £233,000.", "6,100", 6100, "up"),
    ("Bills for a Band D home will reach £2,240 next year. That is an increase of 97.", "97", 97, "up"),
])
def test_a_change_beside_money_is_money(text, surface, value, way):
    got = figures(text)
    assert got[surface] == ("money", value, way, "GBP"), got


@pytest.mark.parametrize("text, surface", [
    ("The scheme cost £3m, up 300 staff on last year.", "300"),  # a noun of its own
    ("The bus pass costs £40, and passenger numbers rose by 1,200.", "1,200"),  # a clause of its own
    ("Staff numbers rose by 300 at a cost of £3m.", "300"),  # a cost, not the level the change reaches
    ("There were 520 burglaries. That is an increase of 40.", "40"),  # the amount before is a count
    ("The show sold out at £25 a ticket. That is an increase of 40 seats.", "40"),  # a counted noun
    ("Offences rose by 310 over the year to 5,200, costing £2m.", "310"),  # the level is a count
])
def test_near_misses_of_a_change_beside_money(text, surface):
    got = figures(text)
    assert got[surface][0] == "change", got


# --- a scaled change in the sentence after its amount ---------------------------------------------

@pytest.mark.parametrize("text, surface, value", [
    ("The council's reserves stand at £31m. They fell by 2.5m last year.", "2.5m", 2.5e6),
    ("The overspend is now £6.3bn. That is up 0.7bn on the spring.", "0.7bn", 7e8),
    ("The grant is worth £18m. The figure has risen by 1.5m since 2022.", "1.5m", 1.5e6),
    ("The shortfall was put at £12.4m, down from 15.1m in March.", "15.1m", 1.51e7),
    ("Typical prices are up 14k on last year, at £301k.", "14k", 1.4e4),
    ("The schools budget rises to £212m.\n\nSpecial needs funding gets an extra 6.5m.", "6.5m", 6.5e6),
    ("The trust spent £48m on agency staff. Its deficit rose by 2.2m, and its savings fell by 0.4m.", "0.4m", 4e5),
])
def test_a_scaled_change_takes_the_money_before(text, surface, value):
    got = figures(text)
    assert got[surface][:2] == ("money", value), got


@pytest.mark.parametrize("text, surface", [
    ("The new museum cost £3m. Visitor numbers rose by 2m.", "2m"),  # a subject of its own
    ("The line cost £80m. Journeys rose by 1.2m passengers.", "1.2m"),  # a counted noun
    ("Council tax went up to £2,000. Passengers rose from 1.2m to 1.5m.", "1.2m"),  # a sentence without money
    ("The council spends £300m a year. Its population grew by 0.2m.", "0.2m"),  # no word of money before the change
    ("The bridge cost £40m. The town of 1.1m people grew by 0.1m.", "0.1m"),  # the scaled figure before is a count
    ("Key changes:\n- Highways budget up 1.5m", "1.5m"),  # no money written anywhere before
])
def test_near_misses_of_a_scaled_change(text, surface):
    got = figures(text)
    assert got[surface][0] in ("change", "count"), got


# --- a share, then the same change as money, then the level ----------------------------------------

@pytest.mark.parametrize("text, surface, value", [
    ("The precept will rise by 2.99 per cent, or 61.20, to £2,108.", "61.20", 61.2),
    ("Fares go up by 4.6%, or 92 a year, to £2,092.", "92", 92),
    ("Salaries rose 4 per cent or 1,350 to £35,100.", "1,350", 1350),
])
def test_a_restated_change_before_a_level_of_money(text, surface, value):
    got = figures(text)
    assert got[surface] == ("money", value, "up", "GBP"), got


@pytest.mark.parametrize("text, surface, kind, way", [
    ("Thefts were up 12% or 640 on the year.", "640", "change", "up"),  # no money: a change
    ("Burglary fell by 7 per cent (or about 210).", "210", "change", "down"),
    ("Turnout was 38 per cent, or 4,100 voters.", "4,100", "count", None),  # a share, not a change
])
def test_a_restated_change_without_money(text, surface, kind, way):
    got = figures(text)
    assert got[surface][0] == kind and got[surface][2] == way, got


# --- the currency before the sign -------------------------------------------------------------

@pytest.mark.parametrize("text, surface, value, way", [
    ("Variance against budget: £-0.6m", "-0.6m", -6e5, "down"),
    ("Net change over the year £+420", "+420", 420, "up"),
    ("The fund ended at £-1,250 for the quarter.", "-1,250", -1250, "down"),
    ("Spending on agency staff rose by £**2.7m** in the year.", "2.7m", 2.7e6, "up"),
])
def test_currency_before_the_sign_or_markup(text, surface, value, way):
    got = figures(text)
    assert got[surface] == ("money", value, way, "GBP"), got


@pytest.mark.parametrize("text, surface", [
    ("Change on the year: -1.2m", "-1.2m"),  # no currency
    ("Score: 4-1 after extra time, +3 on goal difference.", "+3"),
    ("The side won **3**-1 at home.", "3"),
])
def test_near_misses_of_currency_before_the_sign(text, surface):
    got = figures(text)
    assert got[surface][0] != "money", got


# --- the direction of comparatives -----------------------------------------------------------

@pytest.mark.parametrize("left, right, way", [
    ("A weekly shop is now £9", " cheaper than it was in the spring", "down"),
    ("Pay for men was 4.1%", " greater than for women", "up"),
    ("The tickets are £3", " dearer this year", "up"),
    ("New flats are 15%", " smaller than the national standard", "down"),
    ("The regulator is hiking the cap by", "", "up"),
    ("The trust is cutting its spending by", "", "down"),
    ("It gave £3m", " Greater Manchester Combined Authority", None),  # a name, not a comparative
])
def test_direction_of_comparatives(left, right, way):
    assert direction(left, right) == way


# --- money in words ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, value, way", [
    ("Parking went up by thirty pence an hour.", "thirty", 0.3, "up"),
    ("The charity was given a 2 million pound boost.", "2 million", 2e6, "up"),
    ("Councillors backed a 45 million pound scheme for the seafront.", "45 million", 4.5e7, None),
    ("The appeal grew by half a million pounds.", "half a million", 5e5, "up"),
    ("Income fell by a quarter of a million pounds.", "a quarter of a million", 2.5e5, "down"),
])
def test_money_in_words(text, surface, value, way):
    got = figures(text)
    assert got[surface] == ("money", value, way, "GBP"), got


@pytest.mark.parametrize("text, surface, kind", [
    ("She bought a 10 pound bag of potatoes.", "10", "count"),  # a weight, not money
    ("Sales fell by half.", "half", "ratio"),  # a fraction on its own
    ("Half a million people live in the county.", "Half a million", "count"),
])
def test_near_misses_of_money_in_words(text, surface, kind):
    got = figures(text)
    assert got[surface][0] == kind, got


# --- a share, then the level it came from, the unit written once ------------------------------------

@pytest.mark.parametrize("text, surface, kind", [
    ("The jobless rate was 4.4 per cent, down from 4.7.", "4.7", "percentage"),
    ("Support stood at 41% compared with 38.5 last spring.", "38.5", "percentage"),
    ("A typical Band C bill is £1,730, up from 1,664 last year.", "1,664", "money"),
    ("Members backed a 2.99 and 2 per cent rise.", "2.99", "percentage"),
])
def test_a_level_then_where_it_came_from(text, surface, kind):
    got = figures(text)
    assert got[surface][0] == kind, got


@pytest.mark.parametrize("text, surface", [
    ("Around 45 per cent, from 1,400 people asked, agreed.", "1,400"),  # a count too big for a share
    ("The appeal raised £20,000, from 350 donors.", "350"),  # a counted noun
    ("Officers made a 12 and 30% of those held were charged.", "12"),  # no change noun after the pair
    ("Thefts rose by 8% from 150 to 162.", "150"),  # a change in per cent, then the counts
    ("Thefts went up 8% from 15 to 16.2 per 1,000.", "15"),  # (a rate, its base written on the other end)
])
def test_near_misses_of_a_level_then_where_it_came_from(text, surface):
    got = figures(text)
    assert got[surface][0] in ("count", "rate") and got[surface][0] != "percentage", got


# --- a change the stories of money write beside counts --------------------------------------------

@pytest.mark.parametrize("text, surface, way", [
    ("Admissions were 230 up on last year.", "230", "up"),
    ("Applications came in 1,150 down from 2022.", "1,150", "down"),
    ("Rough sleepers: 86 (+14)", "+14", "up"),
    ("Fly-tipping incidents 2,310 (-95)", "-95", "down"),
    ("Ambulance calls showed a rise of 75 year-on-year.", "75", "up"),
])
def test_changes_beside_counts(text, surface, way):
    got = figures(text)
    assert got[surface][0] == "change" and got[surface][2] == way, got


@pytest.mark.parametrize("text, surface", [
    ("Officers found 12 down the lane behind the shops.", "12"),  # a place, not a change
    ("Grimsby (-6) and Crewe (-11) were relegated.", "-6"),  # a label after a name, not after a figure
    ("He was jailed for 6 years on Friday.", "6"),  # a duration
])
def test_near_misses_of_changes_beside_counts(text, surface):
    got = figures(text)
    assert surface not in got or got[surface][0] != "change", got


# --- cells of a row set apart by dashes ---------------------------------------------------------

@pytest.mark.parametrize("text, surfaces", [
    ("Leeds to York – £2,410 – £2,603 – £193", ["2,410", "2,603", "193"]),
    ("Band A – £1,204.10 – £1,264.30 – £60.20", ["1,204.10", "1,264.30", "60.20"]),
])
def test_a_row_of_dashes_is_not_a_range(text, surfaces):
    got = {text[s.num_start:s.num_end]: s.high for s in stats(text)}
    assert all(got.get(x, "missing") is None for x in surfaces), got


def test_a_range_with_a_dash_is_still_a_range():
    text = "Tickets cost £12 – £15 each."
    got = {text[s.num_start:s.num_end]: s.high for s in stats(text)}
    assert got["12"] == 15, got


# --- a change of a price, a bill or pay, its currency written elsewhere in the story -------------

@pytest.mark.parametrize("text, surface, value, way", [
    ("A typical flat costs £950 a month. Rents in the town rose by 65 over the year.", "65", 65, "up"),
    ("Bus fares will go up by 0.20 in April. A day ticket will then cost £5.", "0.20", 0.2, "up"),
    ("Nurses' pay is increasing by 1,450 a year. The union wanted £3,000.", "1,450", 1450, "up"),
    ("The average water bill is set to fall by 12 next year, Ofwat said. It was £448.", "12", 12, "down"),
    ("Council tax for a Band D home will rise by 84.96, the authority confirmed. It now stands at £2,150.", "84.96", 84.96, "up"),
    ("A headline figure of £40m was agreed. The authority's spending on agency staff fell by 900,000.", "900,000", 9e5, "down"),
])
def test_a_change_of_a_price_is_money(text, surface, value, way):
    got = figures(text)
    assert got[surface] == ("money", value, way, "GBP"), got


@pytest.mark.parametrize("text, surface", [
    ("Tickets cost £4. The number of people paying fares rose by 1,200.", "1,200"),  # a count of payers
    ("Rents average £950. Households renting in the town rose by 600.", "600"),  # households, not rent
    ("Fares are £3. Journeys rose by 300 while prices held.", "300"),  # the price is another clause
    ("Bills rose by 300 customers last year.", "300"),  # no money in the story, and a counted noun
    ("The budget is £3m. Staff numbers rose by 30.", "30"),  # not a price
])
def test_near_misses_of_a_change_of_a_price(text, surface):
    got = figures(text)
    assert got[surface][0] == "change", got


@pytest.mark.parametrize("text, surface, value", [
    ("Residents face a 120-pound increase in their bills.", "120", 120),
    ("It is a 3 million pound scheme.", "3 million", 3e6),
])
def test_pound_after_the_figure_is_money(text, surface, value):
    got = figures(text)
    assert got[surface][:2] == ("money", value), got


@pytest.mark.parametrize("text", [
    "Figures in the table are £000.",
    "Service | 2023/24 £000 | 2024/25 £000",
    "All figures are in £'000.",
])
def test_a_table_unit_of_thousands_is_no_amount(text):
    assert "000" not in figures(text), figures(text)


@pytest.mark.parametrize("text, surface, value, way", [
    ("Drivers will be up by 300 quid a year.", "300", 300, "up"),
    ("A season ticket now costs 40 quid.", "40", 40, None),
])
def test_quid_is_pounds(text, surface, value, way):
    assert figures(text)[surface] == ("money", value, way, "GBP"), figures(text)


@pytest.mark.parametrize("text, surface", [
    ("(£2.3m) was set aside for repairs.", "2.3m"),
    ("(12.5m) journeys were made.", "12.5m"),
])
def test_money_opening_a_line_in_brackets_is_no_list_number(text, surface):
    assert surface in figures(text), figures(text)


@pytest.mark.parametrize("text", ["1) The first point", "(2) The council"])
def test_list_numbers_stay_labels(text):
    assert figures(text) == {}
