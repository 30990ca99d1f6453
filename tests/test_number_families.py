"""Issue 16: numbers from any news. Each family is a table of phrasings (what must come out) and
of near-misses (what must not), in sentences written for these tests. The rules are records in
``patterns/numbers.json`` (and the direction/currency lexicons in ``patterns/direction.json``);
``extractor extract --explain`` names the rule behind each number."""
from __future__ import annotations

import jsonschema
import pytest

from extractor.components.numbers import find_statistics
from extractor.evaluate import scored_kind
from extractor.record import schema


def stats(text: str):
    return find_statistics(text)


def only(text: str):
    found = stats(text)
    assert len(found) == 1, [(text[s.start:s.end], s.kind, s.value, s.rule) for s in found]
    return found[0]


def unit(s):
    return s.unit


# --- direction and sign -------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, value, direction", [
    ("Footfall in the town centre was -4.8% on last spring.", "-4.8%", -4.8, "down"),
    ("Exports moved by −3.1% over the quarter.", "−3.1%", -3.1, "down"),
    ("Council tax receipts were +2.9% on the year.", "+2.9%", 2.9, "up"),
    ("Bus journeys were down 7 per cent.", "7 per cent", 7, "down"),
    ("Library visits climbed by 18 per cent.", "18 per cent", 18, "up"),
    ("Arrests fell by 40 in the year.", "40", 40, "down"),
    ("The shortfall grew by £3m.", "£3m", 3_000_000, "up"),
    ("Tenants will be £12 a month worse off.", "£12", 12, "down"),
    ("Pensioners will be £6 a week better off.", "£6", 6, "up"),
    ("The waiting list has 3,100 more (14%) than last year.", "14", 14, "up"),
])
def test_direction_and_sign(text, surface, value, direction):
    s = next(s for s in stats(text) if surface in text[s.start:s.end])
    assert (s.value, s.direction) == (value, direction)


def test_a_pair_under_one_verb_shares_its_direction():
    a, b = stats("Rents went up by about 4.1% and 3.8% in Leeds and York.")
    assert (a.direction, b.direction) == ("up", "up")


@pytest.mark.parametrize("text", [
    "The rate stood at 6.2% in May.",  # a level, not a change
    "Covid-19 admissions were recorded.",  # a name, no sign
    "The score was 10 - 4 at half time.",  # a spaced dash is not a sign
    "Up to 5% of staff were off sick.",  # 'up to' is not a rise
])
def test_no_direction_or_sign_where_none_is_written(text):
    for s in stats(text):
        assert s.value >= 0 and s.direction is None, (text, s)


# --- ranges ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, kind, value, high, direction", [
    ("Fares rose 3 to 5 per cent this spring.", "percentage", 3, 5, "up"),
    ("The scheme costs between £8m and £9.5m.", "money", 8_000_000, 9_500_000, None),
    ("Each class has 28-32 pupils.", "count", 28, 32, None),
    ("Crowds of 40–60 gathered outside.", "count", 40, 60, None),
    ("Developers plan 1,200-1,500 flats.", "count", 1200, 1500, None),
    ("The new path will run 6-8 km along the river.", "quantity", 6, 8, None),
    ("Between 3,000-3,400 homes are planned for the site.", "count", 3000, 3400, None),
    ("Between 12-15% of staff are off sick.", "percentage", 12, 15, None),
])
def test_a_range_is_one_statistic(text, kind, value, high, direction):
    s = only(text)
    assert (s.kind, s.value, s.high, s.direction) == (kind, value, high, direction)


@pytest.mark.parametrize("text", [
    "The number rose from 30 to 45 last year.",  # a change between two values
    "Complaints rose 15 to 410.",  # rose by 15, to 410
    "Rovers won 3-1 on Saturday.",  # a score
])
def test_not_a_range(text):
    assert all(s.high is None for s in stats(text))


# --- money -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, value, currency", [
    ("The club paid £7.5m for the striker.", "£7.5m", 7_500_000, "GBP"),
    ("A grant of $40,000 was awarded.", "$40,000", 40_000, "USD"),
    ("The fund raised US$12m.", "US$12m", 12_000_000, "USD"),
    ("It sold for $US3.2bn.", "$US3.2bn", 3_200_000_000, "USD"),
    ("Investors put in USD40m.", "USD40m", 40_000_000, "USD"),
    ("The licence costs €950.", "€950", 950, "EUR"),
    ("A ticket costs RM85 in Kuala Lumpur.", "RM85", 85, "MYR"),
    ("The mine was valued at A$2bn.", "A$2bn", 2_000_000_000, "AUD"),
    ("Savings of £650k were found.", "£650k", 650_000, "GBP"),
    ("The bill came to £2.3 million.", "£2.3 million", 2_300_000, "GBP"),
    ("A five-year £4m deal was signed.", "£4m", 4_000_000, "GBP"),
])
def test_money_and_its_currency(text, surface, value, currency):
    s = only(text)
    assert (text[s.start:s.end], s.kind, s.value, s.currency) == (surface, "money", value, currency)


@pytest.mark.parametrize("text", ["Fill in FORM120 to apply.", "The ARM64 chip is fast."])
def test_letters_before_digits_are_not_a_currency(text):
    assert all(s.kind != "money" for s in stats(text))


# --- per cent and percentage points -------------------------------------------------------

@pytest.mark.parametrize("text, value, unit_", [
    ("Inflation eased to 3.1pc.", 3.1, None),
    ("Turnout rose 4pc on 2019.", 4, None),
    ("The jobless rate fell 0.4pp.", 0.4, "percentage_point"),
    ("Support for the plan rose 6 percentage points.", 6, "percentage_point"),
    ("A 2.5 per cent point gap remains.", 2.5, "percentage_point"),
    ("Margins widened by 1.5-2 percentage points.", 1.5, "percentage_point"),
])
def test_per_cent_and_points(text, value, unit_):
    s = only(text)
    assert (s.kind, s.value, unit(s)) == ("percentage", value, unit_)


# --- word and multiple quantities ---------------------------------------------------------

@pytest.mark.parametrize("text, kind, value", [
    ("A dozen shops have closed.", "count", 12),
    ("About 4 hundred people signed.", "count", 400),
    ("The grant is worth £5.3 millions.", "money", 5_300_000),  # a plural scale, as some write it
    ("A million plus visitors came.", "count", 1_000_000),
    ("There are 2 and a half million carers.", "count", 2_500_000),
    ("Rents are four-and-a-half times higher than in 2000.", "ratio", 4.5),
    ("The trust saw a ten-fold rise in complaints.", "ratio", 10),
    ("Energy bills are three times as high.", "ratio", 3),
    ("Costs went up by around two-and-a-half times.", "ratio", 2.5),
    ("One in every 5 homes is empty.", "ratio", 0.2),
    ("Nearly a quarter of pupils walk to school.", "ratio", 0.25),
])
def test_word_quantities_and_multiples(text, kind, value):
    s = only(text)
    assert (s.kind, s.value) == (kind, value)


@pytest.mark.parametrize("text", [
    "Dozens of residents complained.",
    "Hundreds of flights were cancelled.",
    "Millions of viewers tuned in.",
    "Thousands of homes lost power.",
    "The number of complaints doubled.",
    "Queues have halved since May.",
    "The fine was trebled on appeal.",
])
def test_vague_quantities_and_doubling_are_not_emitted(text):
    assert stats(text) == []


def test_times_that_count_occasions_stay_counts():
    s = only("The alarm was raised 212 times for false reasons.")
    assert (s.kind, s.value) == ("count", 212)


# --- not statistics ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The FTSE 250 closed lower.",
    "Shares in the S&P 500 slipped.",
    "She upgraded to an iPhone 15.",
    "A Boeing 737 was diverted.",
    "The firm gained ISO 27001.",
    "Tickets for Game 7 sold out.",
    "Covid-19 rules were relaxed.",
    "The A14 and M6 were gridlocked.",
    "The meeting began at 9:15 AM.",
    "Doors open at 7.30 pm.",
    "The bus leaves at 6 a.m. daily.",
    "City won 3-0 at home.",
    "It was a 2-2 draw.",
    "Tom Jones, 82, said he was delighted.",
    "Call 0161 496 0000 for details.",
    "Pupils need grades 9-7 in maths.",
    "As shown in note [4].",
    "The village is 12 miles away from the coast.",
    "The crash site is 3km north of the town.",
    "Patients waited 14 hours in the corridor.",
    "They won Game 5 and lost the next.",  # one of a series, after a capitalised word
    "Apollo 11 landed on the Moon.",
    "Windows 11 was installed on the library computers.",
    "Channel 4 reported the story first.",
    "Formula 1 came to the town.",
])
def test_near_misses_are_not_statistics(text):
    assert stats(text) == [], [(text[s.start:s.end], s.kind, s.rule) for s in stats(text)]


@pytest.mark.parametrize("text, value", [
    ("In the UK 1,300 people applied.", 1300),  # an acronym before a counted noun
    ("Last week 45 arrests were made.", 45),
    ("This year 512 drivers were caught.", 512),  # 'year' here is not a label
    ("Jane Smith said 65 people came.", 65),  # not an age in apposition
    ("He played the game 5 times.", 5),  # a series word in lower case names nothing
])
def test_near_misses_of_the_not_rules_stay_statistics(text, value):
    assert [s.value for s in stats(text)] == [value]


# --- physical quantities ----------------------------------------------------------------

@pytest.mark.parametrize("text, value, unit_", [
    ("Crews resurfaced 9 km of road.", 9, "km"),
    ("The limit is 20mph near schools.", 20, "mph"),
    ("He was clocked at 95 m.p.h. on the bypass.", 95, "mph"),
    ("The plant recycled 3,200 tonnes of glass.", 3200, "tonne"),
    ("Temperatures reached 34°C on Tuesday.", 34, "°C"),
    ("The studio flat is 28m2.", 28, "m2"),
    ("Police seized 14kg of cannabis.", 14, "kg"),
    ("The reservoir lost 2 million litres a day.", 2_000_000, "litre"),
    ("The route is 26 miles long.", 26, "mile"),
    ("The wind farm produces 50MW.", 50, "MW"),
])
def test_physical_quantities(text, value, unit_):
    s = only(text)
    assert (s.kind, s.value, unit(s)) == ("quantity", value, unit_)


@pytest.mark.parametrize("text, value", [
    ("The budget is £45m this year.", 45_000_000),  # 'm' after money is millions
    ("Some 2.5m people use the line.", 2_500_000),  # and before a counted noun
])
def test_a_unit_letter_is_a_multiplier_only_where_it_is_one(text, value):
    assert only(text).value == value


# --- the record and the scorer --------------------------------------------------------------

def test_record_carries_unit_and_quantity_kind(ex):
    rec = ex.extract("The council collected 4,500 tonnes of waste and unemployment rose 0.3pp.")
    jsonschema.validate(rec, schema())
    got = {(s["kind"], s["unit"]) for s in rec["statistics"]}
    assert got == {("quantity", "tonne"), ("percentage", "percentage_point")}
    assert all("unit" in s for s in rec["statistics"])


def test_the_scorer_reads_quantity_as_gold_count():
    assert scored_kind("quantity") == "count"
    assert scored_kind("count") == "count" and scored_kind("percentage") == "percentage"


# --- "one" and "of those" ------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, value", [
    ("One patient waited more than a day for a bed.", "One", 1),
    ("In the town, one fixed penalty notice was issued.", "one", 1),
    ("Eight of those thefts happened in the town centre.", "Eight", 8),
    ("All five of those tenants had refused other flats.", "five", 5),
])
def test_one_thing_and_some_of_those_are_counts(text, surface, value):
    s = only(text)
    assert (text[s.num_start:s.num_end], s.kind, s.value) == (surface, "count", value)


@pytest.mark.parametrize("text", [
    "It was one of the highest rates in the country.",
    "One day the council will have to act.",
    "More than one application is reviewed at every panel.",
    "Two of them were cautioned.",
    "Offenders fall into three categories.",
])
def test_one_and_structure_words_that_count_nothing(text):
    assert not [s for s in stats(text) if text[s.num_start:s.num_end].lower() in ("one", "two", "three")]


@pytest.mark.parametrize("text, direction", [
    ("Funding was slashed by 20 per cent.", "down"),
    ("Sales tumbled 10% in the quarter.", "down"),
    ("The backlog shrank by 5%.", "down"),
    ("Debt ballooned by 40% in two years.", "up"),
    ("Waits lengthened by 12% over the winter.", "up"),
])
def test_more_verbs_of_change(text, direction):
    assert only(text).direction == direction


def test_a_share_is_no_change_whatever_verb_is_nearby():
    # "35%" is a level the turnout reached, not a change: no direction
    assert all(s.direction is None for s in stats("Turnout was 35% of the electorate."))


@pytest.mark.parametrize("text, surface, value, per", [
    ("The board's goal is 3.1 days per 100k residents.", "3.1", 3.1, 100000),
    ("That means 5.3 bed days lost per week per 100k of population.", "5.3", 5.3, 100000),
])
def test_a_duration_per_population_is_a_rate(text, surface, value, per):
    s = only(text)
    assert (text[s.num_start:s.num_end], s.kind, s.value, s.per) == (surface, "rate", value, per)


def test_a_duration_without_a_base_is_still_no_statistic():
    assert stats("Patients waited 2.6 days for a bed.") == []


@pytest.mark.parametrize("text, value", [
    ("The scheme helped 2,000-plus families.", 2000),
    ("Some 10,000-plus people came to the show.", 10000),
])
def test_n_plus_is_a_count(text, value):
    assert only(text).value == value


def test_an_age_plus_is_no_count():
    assert stats("The 50-plus age group was invited.") == []


@pytest.mark.parametrize("text, surface, value", [
    ("First-class stamps rise to 85p.", "85p", 0.85),
    ("Diesel averaged 145.6p a litre.", "145.6p", 1.456),
])
def test_pence_are_money_in_pounds(text, surface, value):
    s = only(text)
    assert (text[s.start:s.end], s.kind, s.value, s.currency) == (surface, "money", value, "GBP")


@pytest.mark.parametrize("text", ["The meeting starts at 3pm.", "Doors open at 7.30pm."])
def test_a_clock_time_is_no_pence(text):
    assert stats(text) == []


@pytest.mark.parametrize("text, surface, kind, currency", [
    ("A pint costs &pound;4.50 in the town.", "&pound;4.50", "money", "GBP"),
    ("Prices rose 3.2&#37; in a year.", "3.2&#37;", "percentage", None),
    ("A pint costs ￡4.50 in the town.", "￡4.50", "money", "GBP"),
    ("Prices rose 3.2％ in a year.", "3.2％", "percentage", None),
])
def test_html_entities_and_fullwidth_signs_in_plain_text(text, surface, kind, currency):
    s = only(text)
    assert (text[s.start:s.end], s.kind, s.currency) == (surface, kind, currency)


def test_an_entity_that_is_no_sign_adds_no_number():
    assert stats("Fish &amp; chips were on the menu.") == []


@pytest.mark.parametrize("text, surface, low, high", [
    ("Rents rose between 5% and 6% in a year.", "5% and 6%", 5, 6),
    ("Between 20 per cent and 25 per cent of pupils walk to school.", "20 per cent and 25 per cent", 20, 25),
])
def test_a_range_with_its_unit_written_twice(text, surface, low, high):
    s = only(text)
    assert (text[s.start:s.end], s.kind, s.value, s.high) == (surface, "percentage", low, high)


def test_two_percentages_without_between_are_two():
    assert [s.value for s in stats("Rents rose 5% and fees 6% in a year.")] == [5, 6]


# --- money and change phrasings of budgets, prices and results ------------------------------

@pytest.mark.parametrize("text, surface, value, currency", [
    ("The paper's profits rose to pounds 14.2m last year.", "pounds 14.2m", 14_200_000, "GBP"),
    ("It paid dollars 3m for the site.", "dollars 3m", 3_000_000, "USD"),
    ("Unleaded averaged 148.2ppl at supermarkets.", "148.2ppl", 1.482, "GBP"),
    ("A loaf now costs 9 pence more.", "9 pence", 0.09, "GBP"),
    ("Stamps went up by 4p.", "4p", 0.04, "GBP"),
])
def test_money_written_with_a_word_or_in_pence(text, surface, value, currency):
    s = only(text)
    assert (text[s.start:s.end], s.kind, s.value, s.currency) == (surface, "money", value, currency)


@pytest.mark.parametrize("text", [
    "He weighed 9 pounds at birth.",  # a weight, not money
    "The baby was born weighing 7 pounds 8 ounces.",  # nor "pounds 8"
    "About 300 ppl attended.",  # "ppl" not glued to the figure: people, not pence per litre
    "The pence-per-mile scheme starts in 2026.",  # no figure
])
def test_pence_and_pound_words_near_misses(text):
    assert [s for s in stats(text) if s.kind == "money"] == []


def test_pounds_before_a_number_takes_the_direction_of_its_verb():
    a, b = stats("Earnings grew by pounds 1.1m to pounds 9.8m.")
    assert (a.kind, a.direction, b.kind, b.direction) == ("money", "up", "money", None)


@pytest.mark.parametrize("text, value, direction", [
    ("Members backed a 2.99% council tax rise.", 2.99, "up"),
    ("Nurses were offered a 4.5 per cent pay increase.", 4.5, "up"),
    ("The operator announced a 6% fare cut for students.", 6, "down"),
    ("An increase in the parking charge of 3.5% was agreed.", 3.5, "up"),
    ("A fall in visitor spending of 2.4 per cent hit the resort.", 2.4, "down"),
    ("Output fell by a bigger-than-forecast 0.7% in June.", 0.7, "down"),
    ("Sales grew by a better than expected 1.9% over Christmas.", 1.9, "up"),
    ("The authority will raise its precept by the maximum 2.99%.", 2.99, "up"),
    ("Regulated tickets will increase by up to 3.9 per cent.", 3.9, "up"),
    ("It means a 38p increase a week for most homes.", 0.38, "up"),
    ("Stamps carry a 5p rise in April.", 0.05, "up"),
    ("Bills will go up from April by 4.99%.", 4.99, "up"),
    ("The annual rate of decline reached 8.1% in the spring.", 8.1, "down"),
])
def test_direction_cues_around_money_and_percentages(text, value, direction):
    s = next(s for s in stats(text) if s.value == value)
    assert s.direction == direction, (text, s)


@pytest.mark.parametrize("text", [
    "A rise in the share of 30% was not expected.",  # the share is a level
    "The share of spending on care is 30%.",
    "Rents could go up to 40% of income.",  # where rents reach, not a rise of 40%
    "A 30% tax band applies above that.",  # 'tax' then no change noun
])
def test_direction_cue_near_misses(text):
    for s in stats(text):
        assert s.direction is None, (text, s)


@pytest.mark.parametrize("text, first, second, direction", [
    ("Band D will pay an extra £61.20, or 3.9 per cent, next year.", 61.2, 3.9, "up"),
    ("The levy falls £12 (2%) in April.", 12, 2, "down"),
    ("The bill rises £48.30 a year – or 93p a week.", 48.3, 0.93, "up"),
    ("Rents go up by £3.60 for the year (30p a month).", 3.6, 0.3, "up"),
    ("Prices fell 0.4% in March and 1.2% over the year.", 0.4, 1.2, "down"),
])
def test_the_same_change_restated_keeps_its_direction(text, first, second, direction):
    a, b = [s for s in stats(text) if s.value in (first, second)]
    assert (a.value, b.value, a.direction, b.direction) == (first, second, direction, direction)


def test_two_prices_side_by_side_do_not_share_a_direction():
    found = stats("The fine rose to £90, and the permit costs £40 or £60.")
    assert [s.direction for s in found] == [None, None, None]


@pytest.mark.parametrize("text, values", [
    ("The allowance will rise by £1.25 to £9.75 an hour.", [1.25, 9.75]),
    ("Savings cut the deficit by £3.4m to £7.9m.", [3_400_000, 7_900_000]),
    ("Attendance grew by 20 to 140.", [20, 140]),
])
def test_a_change_and_the_level_it_reaches_are_not_a_range(text, values):
    found = stats(text)
    assert [(s.value, s.high) for s in found] == [(v, None) for v in values]


def test_a_range_after_by_that_is_an_estimate_stays_a_range():
    s = only("Fares could rise by 3 to 4 per cent.")
    assert (s.value, s.high) == (3, 4)


@pytest.mark.parametrize("text", [
    "The Quarter 3 monitoring report went to cabinet.",
    "Savings were on track at quarter 2.",
    "As set out in paragraphs 4.2 to 4.6 of the report.",
    "See sections 7.1 and 7.3 below.",
    "The rate for 21-22-year-olds is lower.",
    "Workers aged 16-17 year olds get less.",
    "He was given a 2-4 year sentence.",
])
def test_labels_ages_and_durations_written_as_decimals_or_ranges(text):
    assert stats(text) == [], [(text[s.start:s.end], s.rule) for s in stats(text)]


def test_a_quarter_of_something_is_still_counted():
    assert [s.value for s in stats("They built a quarter 2,000 homes short.")] == [2000]


def test_a_list_number_glued_to_its_heading_is_no_statistic():
    assert [s.value for s in stats("7.The transfer of £2.5m to reserves.")] == [2_500_000]


def test_a_scale_letter_never_crosses_a_line_break():
    found = stats("Band A\t1.20\nB\t1.40")
    assert all(s.value < 10 for s in found)


@pytest.mark.parametrize("text, values, currency", [
    ("Band\tCharge (£)\tWeekly rise (£)\nA\t1,161.87\t0.95\nD\t1,742.81\t1.42", [1161.87, 0.95, 1742.81, 1.42], "GBP"),
    ("Turnover (£m) | 312.4 | 298.1 |", [312_400_000, 298_100_000], "GBP"),
    ("Dividend per share (p) | 4.20 | 3.90 |", [0.042, 0.039], "GBP"),
])
def test_money_in_tables_under_a_currency_heading(text, values, currency):
    found = [s for s in stats(text) if s.kind == "money"]
    assert [s.value for s in found] == values and {s.currency for s in found} == {currency}


@pytest.mark.parametrize("text", [
    "Band\tCharge (£)\tChange (%)\nD\t1,742.81\t4.99",  # a heading that mixes money and per cent
    "Turnover (£m) | 312.4 | 298.1 |\nStaff | 1,204 | 1,150 |",  # the next row names no currency
    "The cost (£) was not given.\n\nStaff 1,204 1,150",  # a blank line ends the table
])
def test_near_misses_of_money_columns(text):
    assert all(s.value != 1204 or s.kind == "count" for s in stats(text))
    assert all(s.value != 4.99 or s.kind != "money" for s in stats(text))


@pytest.mark.parametrize("text, qualifier", [
    ("Their fares will go up to £3,900 a year.", None),
    ("The rate jumped up to 6.1 per cent.", None),
    ("Fines of up to £1,000 can be issued.", "up to"),
    ("They will put up to 40 officers on patrol.", "up to"),
])
def test_up_to_after_a_verb_of_motion_is_no_qualifier(text, qualifier):
    assert only(text).qualifier == qualifier


def test_decimal_millions_are_whole_numbers():
    assert [type(s.value) for s in stats("Net debt was £8.2m (£128.8m).")] == [int, int]


@pytest.mark.parametrize("text, value", [
    ("Some 300 B&Bs closed in the county.", 300),  # the "B" of a name, not a billion
    ("Some 40 M&S stores will shut.", 40),
])
def test_a_scale_letter_inside_a_name_is_no_scale(text, value):
    assert [s.value for s in stats(text)] == [value]


# --- rates: both ends of a range, the two ends of a change, places listed with one base ------------

@pytest.mark.parametrize("text, expected", [
    ("The rate was between 97 and 127 per 100,000.", [("rate", 97, 127, 100000)]),
    ("Rates of 97 to 127 per 100,000 were seen.", [("rate", 97, 127, 100000)]),
    # a change from one rate to another is two rates, not a range
    ("The rate rose from 97 to 127 per 100,000.", [("rate", 97, None, 100000), ("rate", 127, None, 100000)]),
    ("It fell from 12.5 to 9.1 per 1,000 people.", [("rate", 12.5, None, 1000), ("rate", 9.1, None, 1000)]),
    ("The rate per 100,000 was 127 in Leeds and 119 in Bradford.", [("rate", 127, None, 100000), ("rate", 119, None, 100000)]),
    # near-misses: a counted noun of its own, a count per class without a power-of-ten base
    ("The rate was 127 per 100,000 in Leeds and 119 arrests in Bradford.", [("rate", 127, None, 100000), ("count", 119, None, None)]),
    ("Class sizes went from 12 to 40 per class.", [("count", 12, None, None), ("count", 40, None, None)]),
])
def test_rate_ranges_changes_and_lists(text, expected):
    assert [(s.kind, s.value, s.high, s.per) for s in stats(text)] == expected
