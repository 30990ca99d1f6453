"""Kind and direction of a statistic across families of phrasing met in new news text: a change with
no unit in a table row (or labelled line) whose other figures are money is money ("Band | 2023/24 |
2024/25 | Change" over "A | £1,234.56 | £1,296.17 | 61.61"), and a money cell under a heading that
names a change takes its direction; a bare figure in a clause that borrows the change verb before
it ("rises by £14.2m, children's services by 6.1m"); directions from a change noun after one more
word ("a 15.9 per cent staff increase"), shared by a pair ("a 4.5 per cent and 4.4 per cent
decrease"), after "were" ("the cuts were 30%"), from "is an increase of", restated after a fraction
("a drop of almost a fifth (19%)") or per another period ("a £9.34 increase which equates to 2.5p a
day"); no direction from a phrasal verb ("made up by a £1.7bn deficit"); "one officer per 469
people" as a ratio; cents as money. Every sentence here was written for these tests; each family
has cases that must match and near-misses that must not."""
from __future__ import annotations

import pytest
from number_finding import figures, stats


# --- a change with no unit in a row of money ---------------------------------------------------

@pytest.mark.parametrize("text, surface, value, way", [
    ("Band | 2024/25 | 2025/26 | Change\nA | £1,180.40 | £1,239.30 | 58.90\nB | £1,377.13 | £1,445.85 | 68.72\n",
     "58.90", 58.9, None),
    ("Band\t2024/25\t2025/26\tIncrease\nC\t£1,573.86\t£1,652.40\t78.54\n", "78.54", 78.54, "up"),
    ("Town | Average price | Annual change\nHexham | £251,400 | +9,800\nAlnwick | £228,900 | -3,150\n",
     "-3,150", -3150, "down"),
    ("Service\tBudget\tOutturn\tVariance\nLibraries\t£4.2m\t£4.6m\t0.4\nParks\t£2.9m\t£2.7m\t-0.2\n",
     "0.4", 400000, None),
    ("Service\tBudget\tOutturn\tVariance\nLibraries\t£4.2m\t£4.6m\t0.4\nParks\t£2.9m\t£2.7m\t-0.2\n",
     "-0.2", -200000, "down"),
    ("Band D police precept: £281.50\nIncrease: 13.00\nWeekly increase: 0.25\n", "13.00", 13, "up"),
    ("Band D police precept: £281.50\nIncrease: 13.00\nWeekly increase: 0.25\n", "0.25", 0.25, "up"),
])
def test_change_in_a_row_of_money_is_money(text, surface, value, way):
    kind, got, direction, cur = figures(text)[surface]
    assert (kind, got, direction, cur) == ("money", value, way, "GBP")


@pytest.mark.parametrize("text, surface, kind", [
    # a count in the row: what changed is not said to be money
    ("Force | Officers | Budget | Change\nEssex | 3,420 | £255m | +120\n", "+120", "change"),
    # a row of counts
    ("Ward | 2023 | 2024 | Change\nNorth | 1,204 | 1,288 | 84\n", "84", "change"),
    # prose with a money figure: not a table row
    ("Fares cost £3.20 and journeys rose by 300 last year.", "300", "change"),
    # a labelled line of a count under a labelled line of money
    ("Budget: £1.2m\nStaff: 46\n", "46", "count"),
])
def test_change_outside_a_row_of_money_is_not_money(text, surface, kind):
    assert figures(text)[surface][0] == kind


@pytest.mark.parametrize("text, surface, way", [
    ("Band\tAnnual charge\tYearly increase\tWeekly increase\nA\t£1,296.17\t£61.61\t£1.18\n", "61.61", "up"),
    ("Band\tAnnual charge\tYearly increase\tWeekly increase\nA\t£1,296.17\t£61.61\t£1.18\n", "1.18", "up"),
    ("Grant | 2024/25 | Reduction\nRevenue support | £8.1m | £0.6m\n", "0.6m", "down"),
    ("Band D council tax: £2,065.00\nIncrease: £103.25\n", "103.25", "up"),
    ("Band | Council tax (£) | Increase per year | Increase per week\nA | 1,296.17 | 61.61 | 1.18\n", "61.61", "up"),
])
def test_money_under_a_change_heading_takes_its_direction(text, surface, way):
    kind, _, direction, _ = figures(text)[surface]
    assert (kind, direction) == ("money", way)


@pytest.mark.parametrize("text, surface", [
    ("Band\tAnnual charge\tWeekly charge\nA\t£1,296.17\t£24.93\n", "24.93"),  # no change heading
    ("Band D council tax: £2,065.00\nParish precept: £103.25\n", "103.25"),
    ("Service\tBudget\tChange (%)\nParks\t£2.9m\t-6.9\n", "2.9m"),
])
def test_money_under_other_headings_has_no_direction(text, surface):
    assert figures(text)[surface][2] is None


# --- a clause that borrows the change verb before it -------------------------------------------

@pytest.mark.parametrize("text, surface, kind, value, way", [
    ("Spending on adult care rises by £14.2m, children's services by 6.1m and highways by 2.3m.",
     "6.1m", "money", 6100000, "up"),
    ("Spending on adult care rises by £14.2m, children's services by 6.1m and highways by 2.3m.",
     "2.3m", "money", 2300000, "up"),
    ("Burglary fell by 120 last year, and robbery by 40.", "40", "change", 40, "down"),
    ("Shoplifting rose by 8%, and vehicle crime by 350.", "350", "change", 350, "up"),
    ("Parking permits went up by £15 for residents and by 25 for businesses.", "25", "money", 25, "up"),
])
def test_verbless_clause_takes_the_change(text, surface, kind, value, way):
    got_kind, got, direction, _ = figures(text)[surface]
    assert (got_kind, got, direction) == (kind, value, way)


@pytest.mark.parametrize("text, surface", [
    ("Staff numbers rose by 200, and by 300 officers in 2021.", "300"),  # a counted noun
    ("Shoplifting rose by 8%, and vehicle crime by 3.", "3"),  # small enough to be a share with its sign dropped
    ("The scheme, backed by 40 councils, started in May.", "40"),  # no change before
])
def test_verbless_clause_near_misses_stay_counts(text, surface):
    assert figures(text)[surface][0] == "count"


# --- directions -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, way", [
    ("Kent saw a 6.2 per cent staff increase over the year.", "6.2", "up"),
    ("The borough recorded a 9% burglary fall.", "9", "down"),
    ("For Devon and Dorset this was a 3.1 per cent and 2.7 per cent decrease respectively.", "3.1", "down"),
    ("Fares saw a 4% and 5% rise in two years.", "4", "up"),
    ("In reality the grant cuts were 28% over the decade.", "28", "down"),
    ("The rises are 3% for most bands.", "3", "up"),
    ("For Band D 7.5% is an increase of almost £140 a year.", "7.5", "up"),
    ("Arrests fell from 240 to 190 - a drop of about a fifth (21%).", "21", "down"),
    ("It is a £7.80 increase which equates to 15p a week per home.", "15", "up"),
    ("Bills rise by £78 a year, working out at £1.50 a week.", "1.50", "up"),
    ("The county's annual house price growth at £28,400 was the highest.", "28,400", "up"),
    # nouns of change beyond rise and fall
    ("Footfall showed an uptick of 300 over the summer.", "300", "up"),
    ("Shops reported a drop-off of 1,200 visitors a week.", "1,200", "down"),
    ("Output saw a 2.1 per cent contraction in the quarter.", "2.1", "down"),
    ("Hotels suffered a 14% downturn in bookings.", "14", "down"),
    ("Visitor spending staged a 6% rebound after the floods.", "6", "up"),
    ("Parking charges were raised £1 an hour.", "1", "up"),  # a price raised: a rise
    # "further" only adds: the noun after says which way
    ("The library service faces a further £1.4m cut next year.", "1.4m", "down"),
    ("Footfall suffered another 6% fall in March.", "6", "down"),
    ("The scheme gets an extra £2m from the government.", "2m", "up"),
    # compounds: points and money per period before the noun of change
    ("The party suffered a 9-point drop in its share of the vote.", "9", "down"),
    ("Turnout showed a 2.5-percentage-point fall on 2019.", "2.5", "down"),
    ("It is a 3 percentage point increase in the pass rate.", "3", "up"),
    ("Tenants face a £240-a-year increase in rent.", "240", "up"),
    ("The library service takes a £1.2m-a-year cut.", "1.2m", "down"),
])
def test_direction_found(text, surface, way):
    assert figures(text)[surface][2] == way


@pytest.mark.parametrize("text, surface", [
    ("The bulk of the gap was made up by a £2.4bn deficit in hospitals.", "2.4bn"),
    ("The fund was set up by a £5m grant.", "5m"),
    ("Some 30 per cent of staff increase their hours in winter.", "30"),  # "of": a share
    ("A 12 per cent share of the increase went to Leeds.", "12"),
    ("Unemployment of 4% is a fall from 5% last year.", "4"),  # a level compared, not the change
    ("The council spent £3m, which equates to £25 per resident.", "25"),  # no change restated
    ("Turnout was 31% and 29% in the two wards.", "31"),
    ("The downturn of 2008 closed 40 shops.", "40"),  # the noun names an event, not this figure's change
    ("The charity walk raised £12,000 for the hospice.", "12,000"),  # money collected, not a rise
    ("Their appeal has raised more than £3,500 so far.", "3,500"),
])
def test_no_direction(text, surface):
    assert figures(text)[surface][2] is None


def test_made_up_of_keeps_the_noun_after():
    assert figures("The rise is made up of a 2 per cent increase for social care.")["2"][2] == "up"


# --- one per N as a ratio; cents as money -------------------------------------------------------

@pytest.mark.parametrize("text, surface, kind, value", [
    ("There was one police officer per 412 people in the county.", "412", "ratio", 412),
    ("There is 1 GP per 2,150 patients.", "2,150", "ratio", 2150),
])
def test_one_per_n_is_a_ratio(text, surface, kind, value):
    s = next(s for s in stats(text) if text[s.num_start:s.num_end] == surface)
    assert (s.kind, s.value) == (kind, value)


@pytest.mark.parametrize("text, surface, kind", [
    ("There was one crime per 1,000 people.", "one", "rate"),  # a power of ten: a rate
    ("One officer per 40 residents is the aim.", "One", "count"),  # a small base: not this family
])
def test_one_per_n_near_misses(text, surface, kind):
    s = next(s for s in stats(text) if text[s.num_start:s.num_end] == surface)
    assert s.kind == kind


@pytest.mark.parametrize("text, surface, value, cur", [
    ("Wages rose by $1.20 in Ohio and by 35 cents an hour in Maine.", "35", 0.35, "USD"),
    ("Fares in Cork went up €1, and in Galway by 40 cents.", "40", 0.4, "EUR"),
    ("A stamp now costs ninety cents.", "ninety", 0.9, None),
])
def test_cents_are_money(text, surface, value, cur):
    kind, got, _, currency = figures(text)[surface]
    assert (kind, got, currency) == ("money", value, cur)


def test_centuries_are_not_cents():
    assert all(s.kind != "money" for s in stats("The church is 300 years old and has 12 centenarians."))


# --- "points" of a share, a rate or a vote ------------------------------------------------------

@pytest.mark.parametrize("text, surface, value, way", [
    ("Labour's share climbed 6 points to 41 per cent.", "6", 6, "up"),
    ("The jobless rate dropped three points in a year.", "three", 3, "down"),
    ("Turnout was down 4 points on the last election.", "4", 4, "down"),
    ("The Greens' vote rose by 2.5 points.", "2.5", 2.5, "up"),
])
def test_points_of_a_share_are_percentage_points(text, surface, value, way):
    s = next(s for s in stats(text) if text[s.num_start:s.num_end] == surface)
    assert (s.kind, s.value, s.unit, s.direction) == ("percentage", value, "percentage_point", way)


@pytest.mark.parametrize("text, surface", [
    ("Leeds went up by 3 points in the league table.", "3"),  # a score
    ("The FTSE index rose 45 points to 7,620.", "45"),  # index points
    ("She was given six points on her licence for speeding.", "six"),
])
def test_other_points_are_not_percentage_points(text, surface):
    assert all(s.unit != "percentage_point" for s in stats(text) if text[s.num_start:s.num_end] == surface)


# --- a change verb the lists lacked -------------------------------------------------------------

@pytest.mark.parametrize("text, surface, value, way", [
    ("Shoplifting offences slumped by 410 over the year.", "410", 410, "down"),
    ("Calls to the helpline surged by 2,300 in a month.", "2,300", 2300, "up"),
    ("Bus journeys tumbled by 18,000 after the fare rise.", "18,000", 18000, "down"),
    ("The district shed 640 jobs in a year.", "640", 640, "down"),
    ("The county axed 95 posts last spring.", "95", 95, "down"),
    ("The trust trimmed 40 beds from the ward.", "40", 40, "down"),
    ("School places were reduced by 75.", "75", 75, "down"),
    ("The waiting list widened by 1,100.", "1,100", 1100, "up"),
    ("Referrals rocketed by 700.", "700", 700, "up"),
])
def test_change_verbs(text, surface, value, way):
    kind, got, direction, _ = figures(text)[surface]
    assert (kind, got, direction) == ("change", value, way)


@pytest.mark.parametrize("text, surface", [
    ("The Conservatives won by 112 votes.", "112"),  # a margin
    ("The candidate lost by 40 votes.", "40"),
    ("The school raised 300 pupils' grades.", "300"),  # "raised" only with "by"
    ("The charity boosted 50 families with grants.", "50"),
])
def test_change_verb_near_misses(text, surface):
    assert figures(text)[surface][0] == "count"


# --- a bracketed figure that is a whole table cell ----------------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("| Change | £000 | Effect |\n| Rise in grant | (38) | -£1.10 |\n", "38"),
    ("Item\tSpend\nSavings in waste\t(12)\n", "12"),
])
def test_bracketed_cell_is_a_figure(text, surface):
    assert surface in figures(text)


@pytest.mark.parametrize("text, surface", [
    ("The steps are listed below (3) and explained.", "3"),
    ("(2) | Apply for a permit online\n", "2"),  # the row's own label
])
def test_bracketed_label_is_not_a_figure(text, surface):
    assert surface not in figures(text)


@pytest.mark.parametrize("text, spans", [
    # a change and the level it reaches, after a present-tense or bare change verb: two figures
    ("The cap falls £238 to £1,690 from April.", ["£238", "£1,690"]),
    ("Bills rise £100 to £1,900.", ["£100", "£1,900"]),
    ("It was up £2 to £12.", ["£2", "£12"]),
    # near-misses: a range with no change verb before it stays one statistic
    ("It costs £5 to £7.", ["£5 to £7"]),
    ("Prices were cut 5 to 15 per cent.", ["5 to 15 per cent"]),
])
def test_change_then_level_is_not_a_range(ex, text, spans):
    assert [s["span"]["text"] for s in ex.extract(text)["statistics"]] == spans


@pytest.mark.parametrize("text, kinds", [
    # a rate's base written once, after the figure compared with, or before a place's figure set against it
    ("The rate in Wessex was 57.45, compared with 46 per 100,000 nationally.", [("rate", 100000), ("rate", 100000)]),
    ("The national average is 57.45 per 100,000, while Wessex has 46.", [("rate", 100000), ("rate", 100000)]),
    # near-misses: no rate in the sentence, or a count compared with a count
    ("There were 57 arrests, while Wessex had 46.", [("count", None), ("count", None)]),
    ("The rate was 142 per 100,000, while Dunmore had 1652, a rate of 127.",
     [("rate", 100000), ("count", None), ("rate", 100000)]),
    ("Wessex had 1,405 offenders, compared with 1,200 the year before.", [("count", None), ("count", None)]),
])
def test_rate_base_written_once(ex, text, kinds):
    assert [(s["kind"], s["per"]) for s in ex.extract(text)["statistics"]] == kinds


# --- the per cent sign written once for several figures ------------------------------------------

@pytest.mark.parametrize("text, surfaces", [
    ("The poll put Labour on 41, the Greens 23 and Reform 19 per cent.", ["41", "23"]),
    ("Scotland 8, Wales 11 and Northern Ireland 13 per cent of adults said so.", ["8", "11"]),
    ("Ashfield won 52, Mansfield 47 and Bassetlaw 38% of the votes cast.", ["52", "47"]),
    ("Turnout was 29, down from 33 per cent at the last election.", ["29"]),
    ("The pass rate hit 74, compared with 71% a year earlier.", ["74"]),
    ("Bills will rise five or six per cent.", ["five"]),
])
def test_a_share_written_once_for_several_figures(text, surfaces):
    got = figures(text)
    for surface in surfaces:
        assert got[surface][0] == "percentage", got


@pytest.mark.parametrize("text, surface", [
    ("Leeds had 340, Bradford 120 and York 15 per cent of the cases.", "340"),  # too big for a share
    ("There were 45 in Leeds, 30 in Hull and 15 per cent in York.", "45"),  # no name before the figure
    ("Police made 34 arrests, down from 38 per cent of stops.", "34"),  # a counted noun
    ("Smith won 45, Jones 30 and 15 per cent of voters stayed home.", "30"),  # the last share has no name
])
def test_near_misses_of_a_share_written_once(text, surface):
    assert figures(text)[surface][0] == "count", figures(text)


def test_a_vague_pair_is_still_no_figure():
    assert "five" not in figures("Five or six people were hurt.") and "six" not in figures("Five or six people were hurt.")


# --- an election's net gains and losses ----------------------------------------------------------

@pytest.mark.parametrize("text, surface, way", [
    ("The Liberal Democrats gained 14 seats on the county council.", "14", "up"),
    ("Labour lost nine councillors in the borough.", "nine", "down"),
    ("The Conservatives lost a net 230 councillors across England.", "230", "down"),
    ("Plaid Cymru gained two Senedd seats from Labour.", "two", "up"),
    ("If the Greens lose six seats they lose control.", "six", "down"),
])
def test_an_election_gain_or_loss_is_a_change(text, surface, way):
    got = figures(text)
    assert got[surface][0] == "change" and got[surface][2] == way, got


@pytest.mark.parametrize("text, surface", [
    ("Labour won 31 seats on the council.", "31"),  # a total, not a change
    ("The factory lost 40 jobs when it closed.", "40"),  # not an election
    ("The Greens gained control of 3 councils.", "3"),  # the number is not what was gained
    ("The SNP gained 56 seats out of 59.", "56"),  # a share of the seats: a total
])
def test_near_misses_of_an_election_change(text, surface):
    assert figures(text)[surface][0] == "count", figures(text)


# --- a share's baseline written bare: after what the share is of, or each figure with its year ---

@pytest.mark.parametrize("text, surface", [
    ("Some 12.5 per cent of homes, up from 11.9, were empty.", "11.9"),
    ("About 30% of calls were answered in time, down from 36.", "36"),
    ("Roughly 41% in the town centre, compared with 38, said they felt safe.", "38"),
    ("The rate was 15 per cent in 2020, compared with 12 in 2019.", "12"),
    ("Turnout was 34% in 2022 and 29 in 2018.", "29"),
    ("The share was 12 in 2019 and 15 per cent in 2020.", "12"),
    ("It stood at 45% in 2021-22, against 41 in 2020-21.", "41"),
    ("Unemployment was 4.2% last year, up from 3.9 a year earlier.", "3.9"),
])
def test_a_share_baseline_written_bare_is_a_share(text, surface):
    assert figures(text)[surface][0] == "percentage", figures(text)


@pytest.mark.parametrize("text, surface, kind", [
    ("About 20% of people from 14 countries took part.", "14", "count"),  # a bare "from" is no comparison
    ("Some 12.5 per cent of homes, up from 11,900 last year, were empty.", "11,900", "count"),  # too big for a share
    ("Police arrested 12 in 2019 and 40 per cent of them were charged.", "12", "count"),  # the share has no year
    ("There were 12 deaths in 2019 and 15 per cent in 2020.", "12", "count"),  # a counted noun
    ("Some 45% of homes in 2022, and 300 in 2021.", "300", "count"),
])
def test_near_misses_of_a_bare_baseline_stay_counts(text, surface, kind):
    assert figures(text)[surface][0] == kind, figures(text)
