"""Measures that name the counted thing (brief m7): a verb's comparative with no noun ("waited more
than 28 days"), "aged 65 and over" kept whole, money "on" what, what a sum cost, "this figure" and
"the figure is" pointing back, labels before bracketed figures in a list, a share's "accounted for"
and its elided siblings, a year's possessive figure, quantities "of N people", superlatives "at N",
"X numbers", a change set as a participle after a comma and the level it reached, changes "in the
north east" (a place, not a thing), and the kind of a head noun written with an "-ing" modifier.
Made-up sentences; near-misses alongside."""
import pytest

from extractor.evaluate import measure_matches


def stats(ex, text):
    return ex.extract(text)["statistics"]


def measure_of(ex, text, span):
    return next(s["measure"] for s in stats(ex, text) if s["span"]["text"] == span)


@pytest.mark.parametrize("text, span, measure", [
    # a verb's comparative, the noun left unsaid
    ("Of those referred, 2,300 waited more than six weeks for a scan.", "2,300",
     "waited more than six weeks for a scan"),
    ("The figures show 410 waited longer than four hours in the unit.", "410",
     "waited longer than four hours in the unit"),
    # "aged N and over" is one group, not two clauses
    ("The number of residents aged 85 and over rose by 14 per cent.", "14 per cent",
     "increase in the number of residents aged 85 and over"),
    ("Drivers aged 70 and over rose by 9% in a decade.", "9%", "increase in drivers aged 70 and over"),
    # money and what it went on
    ("Spending on school transport reached £31m last year.", "£31m", "Spending on school transport"),
    ("Investment in cycle lanes totalled £4.5m.", "£4.5m", "Investment in cycle lanes"),
    ("Funding for youth clubs was £800,000.", "£800,000", "Funding for youth clubs"),
    # what a sum cost, and to whom
    ("Fly-tipping cost landowners £50m in the year.", "£50m", "cost of fly-tipping"),
    ("The researchers found that bike theft cost cyclists around £90 million.", "around £90 million", "cost of bike theft"),
    # a payer's payment
    ("The typical Band D household in Leeds will pay £2,004 next year.", "£2,004",
     "amount paid by typical Band D household in Leeds"),
])
def test_the_counted_thing_is_named(ex, text, span, measure):
    assert measure_of(ex, text, span) == measure


@pytest.mark.parametrize("text, span, bad", [
    ("Spending in Kent reached £40m last year.", "£40m", "Kent"),     # a place after the money noun
    ("Spending in 2023 was £4m.", "£4m", "2023"),                      # a time after it
    ("Prices rose by more than 20 per cent.", "more than 20 per cent", "than"),  # the comparative leads to the figure
    ("The biggest rise will be in rural areas, where average rents will hit £950.", "£950", "biggest"),
])
def test_near_misses_keep_out_places_times_and_other_clauses(ex, text, span, bad):
    assert bad not in (measure_of(ex, text, span) or "")


@pytest.mark.parametrize("text, span, measure", [
    ("There were 4,100 looked-after children in March. This figure has risen by 9% in five years.", "9%",
     "increase in looked-after children in five years"),
    ("In coastal Devon, 28 per cent of the population are 65 or over. In Exeter the figure is just 17 per cent.",
     "17 per cent", "population aged 65 or over"),
    ("A quarter of residents are 65 and older.", "A quarter", "share of residents aged 65 and older"),
])
def test_a_figure_that_points_back_takes_the_thing_before(ex, text, span, measure):
    assert measure_of(ex, text, span) == measure


@pytest.mark.parametrize("text, expected", [
    ("Call-outs that rose included: chimney fires (up 6% from 1,200 to 1,272); lift rescues (up 11% from 900 to 999).",
     {"6%": "increase in chimney fires", "1,200": "chimney fires", "1,272": "chimney fires",
      "11%": "increase in lift rescues", "999": "lift rescues"}),
    ("Offences recorded included car theft (2,140), arson (310) and criminal damage (5,002).",
     {"2,140": "car theft", "310": "arson", "5,002": "criminal damage"}),
    ("The rises included burglary (up 12%) and assisting other services (up 4%).",
     {"12%": "increase in burglary", "4%": "increase in assisting other services"}),
])
def test_labels_before_bracketed_figures_in_a_list(ex, text, expected):
    got = {s["span"]["text"]: s["measure"] for s in stats(ex, text)}
    for span, measure in expected.items():
        assert got[span] == measure


@pytest.mark.parametrize("text, span", [
    ("Crime rose by 5% last year (4,500).", "4,500"),   # a time before the bracket is no label
    ("Arrests rose sharply (12%).", "12%"),              # nor an adverb
])
def test_bracket_near_misses_take_no_label(ex, text, span):
    m = measure_of(ex, text, span) or ""
    assert "last year" not in m and "sharply" not in m


@pytest.mark.parametrize("text, expected", [
    ("Of all calls received, hoaxes accounted for 12%, false alarms 35% and genuine emergencies 53%.",
     {"12%": "hoaxes as a share of all calls received", "35%": "false alarms as a share of all calls received",
      "53%": "genuine emergencies as a share of all calls received"}),
    ("Of the 900 victims, women accounted for 61%.", {"61%": "women as a share of the victims"}),
    ("Cars accounted for 70% of journeys, and buses 9%.",
     {"70%": "Cars as a share of journeys", "9%": "buses as a share of journeys"}),
])
def test_shares_accounted_for_and_their_elided_siblings(ex, text, expected):
    got = {s["span"]["text"]: s["measure"] for s in stats(ex, text)}
    for span, measure in expected.items():
        assert got[span] == measure


@pytest.mark.parametrize("text, span, measure", [
    ("Crews attended 12,400 fires, a 6% increase on the previous year's 11,700.", "11,700", "fires attended"),
    ("The city saw the fewest weddings since 1990, at 1,850.", "1,850", "weddings"),
    ("The borough recorded the most burglaries since 2012, at 3,020.", "3,020", "burglaries"),
    ("Net migration of 90,000 people was recorded.", "90,000", "net migration"),
    ("The hospital has a waiting list of 12,000 patients.", "12,000", "waiting list"),
    ("Footfall figures climbed to 2.4 million last year.", "2.4 million", "footfall figures"),
    ("Passenger numbers fell by 8% to 1.9 million.", "1.9 million", "passenger numbers"),
])
def test_levels_named_by_their_sentence(ex, text, span, measure):
    assert measure_of(ex, text, span) == measure


def test_a_group_of_people_is_no_quantity(ex):
    assert measure_of(ex, "A group of 30 people met at the hall.", "30") != "group"


@pytest.mark.parametrize("text, expected", [
    ("The number of apprentices - those aged 16 to 24 - showed strong growth, rising by 7 per cent to 48,000.",
     {"7 per cent": "increase in number of apprentices", "48,000": "number of apprentices"}),
    ("Library loans in the county recovered in 2023, rising by 15% to 610,000.",
     {"15%": "increase in library loans", "610,000": "library loans"}),
    ("The charge for the average garden waste bin will be £6 higher this year, rising to £54.",
     {"£6": "increase in charge for the average garden waste bin", "£54": "charge for the average garden waste bin"}),
])
def test_a_change_set_as_a_participle_is_one_in_the_subject(ex, text, expected):
    got = {s["span"]["text"]: s["measure"] for s in stats(ex, text)}
    for span, measure in expected.items():
        assert measure_matches(measure, got[span]), (span, got[span])


def test_a_place_subject_is_not_what_changed(ex):
    assert "york" not in (measure_of(ex, "York saw its busiest summer, rising by 12%.", "12%") or "").lower()


@pytest.mark.parametrize("text, span, measure", [
    ("Hospital admissions rose by 3% overall, ranging from a 9% rise in the north west to a 2% fall in London.",
     "9%", "rise in hospital admissions"),
    ("Hospital admissions rose by 3% overall, ranging from a 9% rise in the north west to a 2% fall in London.",
     "2%", "fall in hospital admissions"),
    ("With average rents set to go up by 6 per cent, tenants are worried.", "6 per cent", "increase in average rents"),
])
def test_changes_somewhere_are_changes_in_the_thing_before(ex, text, span, measure):
    assert measure_of(ex, text, span) == measure


def test_a_change_in_a_thing_keeps_it(ex):
    assert measure_of(ex, "There was a 12% rise in knife offences.", "12%") == "rise in knife offences"


@pytest.mark.parametrize("text, span, kind", [
    ("Parking fines rose sharply in the city. Wardens issued 9,300 fines last year, and parking fines "
     "brought in £1m.", "9,300", "parking"),
    ("Shoplifting offences hit a record. Police logged 5,100 offences in the year, as shoplifting offences "
     "rose in every district.", "5,100", "shoplifting"),
])
def test_an_ing_modifier_names_the_kind(ex, text, span, kind):
    assert kind in measure_of(ex, text, span)


def test_a_verb_before_a_noun_names_no_kind(ex):
    text = ("Officers began stopping drivers at dawn. They kept stopping drivers until noon, and 400 drivers "
            "were breathalysed.")
    assert "stopping" not in measure_of(ex, text, "400")


@pytest.mark.parametrize("text, span, measure", [
    ("The study counted the true number of children in need of speech therapy in Wales, which has now hit 14,000.",
     "14,000", "children in need of speech therapy"),
    ("This equates to 2.4m households in need of support.", "2.4m", "households in need of support"),
    ("About 1,200 appointments were made 15 days or more after booking.", "About 1,200",
     "appointments made 15 days or more after booking"),
    ("Some 3,500 hospital beds were cut, and 14% of the staff were 60 and over.", "14%", "staff aged 60 and over"),
    ("There, 22 per cent of the 8,000 calls were answered late.", "22 per cent", "calls"),
])
def test_other_families(ex, text, span, measure):
    assert measure_matches(measure, measure_of(ex, text, span)), measure_of(ex, text, span)


@pytest.mark.parametrize("text, span, measure", [
    # a superlative that names nothing takes the share named before it in the sentence
    ("Rutland had the highest share of pupils walking to school at 41%, while Slough was the lowest at 12%.",
     "12%", "share of pupils walking to school"),
    # "This is up N" is a change in the figure before
    ("Inspectors rate 81% of the county's care homes as good. This is up 3% on last year.", "3%",
     "increase in share of county's care homes rated good on last year"),
    # a share "rated as": what the rating says
    ("Inspectors judged 64% of the town's playgrounds as unsafe.", "64%", "share of town's playgrounds rated unsafe"),
    # a sum spent "per" something is spending per it
    ("Nine councils spent more than £70,000 per pupil on transport.", "more than £70,000", "spending per pupil on transport"),
    # a superlative before a bracketed figure
    ("Barnet had the lowest percentage of streets with litter (3%).", "3%", "percentage of streets with litter"),
    # out of a group, those that did something
    ("Out of 150 care homes in the county, 40 failed their inspection.", "40", "care homes that failed their inspection"),
    # a figure compared "in comparison to" takes the share before, not a count between
    ("In all, 58 per cent of pupils passed three A-levels, in comparison to 55 per cent last year.", "55 per cent",
     "pupils passed three A-levels"),
    # "Of those X, N were ...": the group's things and what is said of them
    ("Residents made 640 complaints about bin collections. Of those complaints, 210 were upheld.", "210",
     "complaints about bin collections upheld"),
    ("Of the 90 cyclists stopped, 14 were fined for riding on the pavement.", "14",
     "cyclists stopped fined for riding on the pavement"),
    # a second subject of the same verb, the verb left out
    ("Water bills rose by 6% and sewerage charges by 4%.", "4%", "increase in sewerage charges"),
    # asides set off by commas before a verb of change
    ("Unemployment among graduates, aged 21 to 30, grew by 12,000 to 310,000.", "310,000", "unemployment among graduates"),
    ("Total arrests, including those later released, fell by 300 in the year.", "fell by 300", "fall in total arrests"),
    # the level a change reached, after a time phrase or "to reach"
    ("Youth offending, among under-18s, increased by 400 to reach 5,300.", "5,300", "youth offending"),
    ("Rough sleeping fell by 120 in the quarter to June to 2,900.", "2,900", "rough sleeping"),
    # a level that "remained at"
    ("The vacancy rate has remained at 6.1%.", "6.1%", "vacancy rate"),
    # "the number of X because ... rose by"
    ("The number of families living in hotels because they could not find a flat increased by 80.", "increased by 80",
     "increase in the number of families living"),
])
def test_more_families(ex, text, span, measure):
    assert (measure_of(ex, text, span) or "").lower() == measure.lower()


@pytest.mark.parametrize("text, span, bad", [
    ("Bus use fell by 5%, with fares growing by 3% over the year.", "3%", "growing"),     # a participle is no elided subject
    ("Of these, 40 were women.", "40", "those"),                                          # no group noun to name
    ("Average fines for littering will be £20 higher.", "£20", "biggest"),
])
def test_more_near_misses(ex, text, span, bad):
    assert bad not in (measure_of(ex, text, span) or "")


@pytest.mark.parametrize("text, span, measure", [
    # money paid out, to whom and in what
    ("Records show the trust paid out £410,000 to patients in compensation claims last year.", "£410,000",
     "amount paid out to patients in compensation claims"),
    ("In the same year, £92,500 was paid out to staff and £61,000 was paid out to visitors.", "£92,500",
     "amount paid out to staff"),
    ("The numbers show they keep paying out between £20,000 and £30,000 a year in damages.", "£20,000 and £30,000",
     "amount paid out in damages"),
    # the figure rising / which fell: the same thing at another time
    ("In 2019 £80,100 was paid out, with the figure rising to £95,400 the following year.", "£95,400",
     "amount paid out"),
    ("In 2021 the county paid out £120,000, which fell to £98,000 for last year.", "£98,000", "amount paid out"),
    # an elided superlative swaps its word
    ("The highest fine issued was £2,500 while the lowest was £50.", "£50", "lowest fine issued"),
    # "making the X N"
    ("Some 41,000 ballots were cast, making the overall turnout 28.4%.", "28.4%", "overall turnout"),
])
def test_payouts_and_what_a_figure_makes(ex, text, span, measure):
    assert (measure_of(ex, text, span) or "").lower() == measure.lower()


def test_money_spent_on_a_counted_thing_keeps_its_own_phrase(ex):
    # a sum "on over 600 claims" keeps the claims (the older rule), not a bare "amount paid out"
    m = measure_of(ex, "The council paid out more than £119,000 on over 600 claims for pothole damage.", "more than £119,000")
    assert "claims" in m


@pytest.mark.parametrize("text, span, measure", [
    # an aside between dashes may hold figures of its own
    ("Arson attacks – the rarest offence in 12 of 40 districts – increased by 22% to 310 last year.", "22%",
     "increase in arson attacks"),
    # a change, then its level in brackets
    ("The data showed a 14% rise in thefts from vehicles (8,120).", "8,120", "thefts from vehicles"),
    # the same group, a second part
    ("Out of the 39 libraries in the county, 11 saw fewer visits, and 6 saw more.", "6", "libraries that saw more"),
    # a part of a counted whole, and what it did
    ("Only 96 of 310 English councils replied to the survey.", "96", "councils that replied to the survey"),
    ("Some 14 of the 52 care homes were rated inadequate.", "Some 14", "care homes rated inadequate"),
    ("Three of the five candidates resigned.", "Three", "candidates that resigned"),
    # what a count is worth
    ("Officers seized 2,300 counterfeit handbags in total, worth £1.2m.", "£1.2m", "value of counterfeit handbags"),
    # a figure a day after a total
    ("Wardens issued 7,300 tickets in the quarter, equivalent to 81 each day.", "81", "tickets a day"),
    # money collected from something
    ("In all, £640,000 has been collected by Leeds City Council from bus lane fines.", "£640,000",
     "money collected from bus lane fines"),
])
def test_families_from_the_second_blind_check(ex, text, span, measure):
    assert measure_matches(measure, measure_of(ex, text, span)), measure_of(ex, text, span)


@pytest.mark.parametrize("text, span, bad", [
    ("Three of the five candidates resigned.", "Three", "five"),
    ("The hall holds 400 of the 900 chairs.", "400", "that"),
])
def test_second_check_near_misses(ex, text, span, bad):
    assert bad not in (measure_of(ex, text, span) or "")


@pytest.mark.parametrize("text, span, good, bad", [
    ("Fares rose by 3% overall, ranging from a 6% rise in the South-East to a 1% fall in Kent.", "1%", "fares", "kent"),
    ("The proposed 4.99 per cent rise in Council Tax will raise £9m.", "4.99 per cent", "council tax", None),
])
def test_a_place_after_a_change_is_no_thing_but_a_capitalised_thing_is(ex, text, span, good, bad):
    m = (measure_of(ex, text, span) or "").lower()
    assert good in m and (bad is None or bad not in m)


def test_a_figure_with_its_own_noun_takes_no_bracket_label(ex):
    assert measure_of(ex, "The victims were mostly car or bus passengers (14 adults and 3 children).", "14") == "adults"
