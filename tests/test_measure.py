"""What each statistic measures, from its phrase, its sentence, or its table."""
import pytest

from extractor.evaluate import measure_matches


def measures(ex, text):
    return [(s["value"], s["measure"]) for s in ex.extract(text)["statistics"]]


@pytest.mark.parametrize("text,value,measure", [
    ("Ministry of Justice figures show 1,405 registered sex offenders were being managed under MAPPA.",
     1405, "registered sex offenders managed under MAPPA"),
    ("Of the 1,279 offenders managed at Level 1, most were low risk.", 1279, "offenders managed at Level 1"),
    ("The number of sex offenders in Derbyshire has risen by four per cent.", 4, "increase in the number of sex offenders"),  # a change: what changed
    ("Thames Valley has a population of 2.2 million.", 2200000, "population"),
    ("Police recorded 350 knife offences in Kent last year.", 350, "knife offences recorded"),
    # abbreviations the document defines are spelt out
    ("The register holds Registered Sex Offenders (RSOs). There were 982 RSOs in Oxfordshire.",
     982, "registered sex offenders"),
])
def test_measure_from_the_sentence(ex, text, value, measure):
    assert (value, measure) in measures(ex, text)


def test_rate_without_a_noun_measures_the_counted_thing(ex):
    got = measures(ex, "There were 982 registered sex offenders, which equates to 46 per 100,000 people.")
    assert got == [(982, "registered sex offenders"), (46, "registered sex offenders per 100,000 people")]


TABLE = """- iii) The number of (a) Sexual Offences Prevention Orders (SOPOs) applied for (b) interim SOPOs granted and (c) full SOPOs imposed by the courts in your Area between 1st April 2006 and 31st March 2007.

(a)\t13
(b)\t1
(c)\t13

viii) How many offenders in each of the three Categories (i.e. (1)- RSOs, (2)- V&O and (3)- Other Offenders (OthO) above) have been managed at each level.

(1) - Level 2\t221
Level 3\t15
"""


def test_table_rows_take_the_caption_item_and_row_label(ex):
    got = measures(ex, TABLE)
    assert got == [
        (13, "Sexual Offences Prevention Orders applied for"),
        (1, "interim sexual offences prevention orders granted"),
        (13, "full sexual offences prevention orders imposed by the courts"),
        (221, "RSOs at Level 2"),  # "RSOs" is not defined in this excerpt
        (15, "RSOs at Level 3"),
    ]


@pytest.mark.parametrize("gold,pred,ok", [
    ("registered sex offenders managed under MAPPA", "registered sex offenders", True),
    ("registered sex offenders", "offenders", False),
    ("knife offences", None, False),
])
def test_measure_scoring(gold, pred, ok):
    assert measure_matches(gold, pred) is ok


@pytest.mark.parametrize("text,expected", [
    ("Fly-tipping incidents in Swindon rose by 12% to 4,567 in 2022/23.",
     [("12%", "increase in fly-tipping incidents"), ("4,567", "Fly-tipping incidents")]),
    ("There were 1,234 knife crime offences recorded by Thames Valley Police in the year to March 2023, "
     "up from 1,100 the year before.",
     [("1,234", "knife crime offences recorded"), ("1,100", "knife crime offences recorded")]),
    ("Some 4.1 million children were living in relative poverty in 2021/22.",
     [("Some 4.1 million", "children living in relative poverty")]),
    ("The waiting list at Royal Berkshire NHS Foundation Trust stood at 45,678 in June, compared with 39,000 a year earlier.",
     [("45,678", "waiting list"), ("39,000", "waiting list")]),
    ("The number of homeless households in Reading was 1,020 last year.", [("1,020", "homeless households")]),
])
def test_measure_from_subject_and_comparison(ex, text, expected):
    assert [(s["span"]["text"], s["measure"]) for s in ex.extract(text)["statistics"]] == expected


def spans(ex, text):
    return [(s["span"]["text"], s["measure"]) for s in ex.extract(text)["statistics"]]


# A short noun takes what the sentence says of it; a comparative's "than" does not end it.
@pytest.mark.parametrize("text,expected", [
    ("Some 310 tenants are required to leave their homes, compared to 250 in 2019.",
     ("Some 310", "tenants required to leave their homes")),
    ("In Kent, 62 pupils were suspended from school last year.", ("62", "pupils suspended from school")),
    ("Last month 904 callers waited more than an hour for an answer.",
     ("904", "callers waited more than an hour for an answer")),
    ("Out of the 212 who failed the eye test, most were over 70.", ("212", "those who failed the eye test")),
    ("Inspectors checked 48 kitchens last week.", ("48", "kitchens checked")),  # the verb before the number
    # near-miss: a long noun phrase is a measure already and takes no predicate
    ("There were 75 empty council-owned shop units in the town centre.",
     ("75", "empty council-owned shop units in the town centre")),
])
def test_short_noun_with_its_predicate(ex, text, expected):
    assert expected in spans(ex, text)


# Shares: "N% of X ..." (the kind says it is a share), "one in N X ...", "a third of X" (a ratio:
# "share of X"), "X made up N% of Y".
@pytest.mark.parametrize("text,expected", [
    ("Nationally, 68% of callers were answered within a minute.",
     ("68%", "callers answered within a minute")),
    ("Only 12 per cent of bridges are rated in poor condition.",
     ("12 per cent", "bridges rated in poor condition")),
    ("One in four children in the borough are living in damp homes.",
     ("One in four children", "share of children living in damp homes")),
    ("Nearly a quarter of nurses were born overseas.", ("Nearly a quarter", "share of nurses born overseas")),
    ("Cyclists made up 9% of those injured on the county's roads.", ("9%", "Cyclists as a share of those injured on the county's roads")),
    ("Day visitors accounted for 71% of all visits to the park.", ("71%", "Day visitors as a share of visits to the park")),
])
def test_shares(ex, text, expected):
    assert expected in spans(ex, text)


# Ratios "one X for every N Y" are Y per X.
def test_one_for_every_is_per(ex):
    assert spans(ex, "That is one nurse for every 412 patients aged 75 and over.") == [
        ("one nurse for every 412 patients aged 75 and over", "patients aged 75 and over per nurse")]


# Changes: what changed (the subject of the verb, or "an increase in X"), the text's own word
# for a rise or growth, and the baseline the change is measured against.
@pytest.mark.parametrize("text,expected", [
    ("The number of food bank parcels in Hull has risen by 31% since 2019.",
     ("31%", "increase in the number of food bank parcels since 2019")),
    ("Shoplifting offences rose by 18 per cent on the previous year.",
     ("18 per cent", "increase in shoplifting offences on the previous year")),
    ("Meanwhile, the county's workforce grew by 2.1% over the past five years.",
     ("2.1%", "growth in county's workforce over the past five years")),
    ("There was a 9% rise in fixed penalty notices.", ("9%", "rise in fixed penalty notices")),
    ("The council issued 4,210 parking tickets, 6% more than in 2021.",
     ("6%", "increase in parking tickets issued on 2021")),
    # near-miss: "more" is the change's own word, not what changed; the figure counted before is
    ("Officers seized 212 knives, a 15% increase.", ("15%", "increase in knives seized")),
])
def test_what_changed(ex, text, expected):
    assert expected in spans(ex, text)


# The two ends of a change ("from A to B") count the subject of the change.
def test_from_to_counts_the_subject(ex):
    got = spans(ex, "The number of empty homes in the borough fell from 1,310 in 2020 to 1,180 last year.")
    assert got[:2] == [("1,310", "empty homes"), ("1,180", "empty homes")]


# Rates: "the rate of X", "the X rate", else the rate stated before (not the last count).
@pytest.mark.parametrize("text,expected", [
    ("The rate of hip fractures stood at 480 per 100,000 people.", ("480 per 100,000 people", "hip fractures per 100,000 people")),
    ("Bristol recorded 600 thefts. Its burglary rate is 7 per 1,000 households.", ("7 per 1,000 households", "burglary per 1,000 households")),
    ("There are 54 GPs per 100,000 people in the county; the rate for England is 61.",
     ("61", "GPs per 100,000 people")),
])
def test_rates_name_their_noun(ex, text, expected):
    assert expected in spans(ex, text)


# A figure with no noun of its own: a list under a counted total, a subject's possession, a
# complement ("the X rate at N"), "X of N", "Of the N X, M ...", money spent on something.
@pytest.mark.parametrize("text,expected", [
    ("Wardens removed 530 abandoned cars - 210 in the north, 190 in the south and the remaining 130 in the west.",
     ("190", "abandoned cars removed")),
    ("The unemployment rate in Hull was at 7.2% and for York, 3.1%.", ("3.1%", "unemployment rate")),
    ("The ward has an electorate of 9,400.", ("9,400", "electorate")),
    ("Of the 640 applicants, 112 were offered a place.", ("112", "applicants offered a place")),
    ("There were 820 arrivals in May. Of them, 610 were treated within the hour.",
     ("610", "arrivals treated within the hour")),
    ("The council received £250,000 in a flood resilience grant.", ("£250,000", "flood resilience grant")),
    ("The authority spent £1.4m on road resurfacing.", ("£1.4m", "spent on road resurfacing")),
    ("The cost of repairs to the pier was £3.2m.", ("£3.2m", "cost of repairs to the pier")),
    # near-miss: a time after the money is not what it was spent on
    ("The authority spent £2m in the year to March.", ("£2m", None)),
])
def test_figures_without_a_noun(ex, text, expected):
    assert expected in spans(ex, text)


@pytest.mark.parametrize("text,value,measure", [
    ("Data out today showed the outstanding caseload was 61,204 at the end of May.", 61204, "outstanding caseload"),
    ("By September the planning backlog reached 1,450.", 1450, "planning backlog"),
    ("Last winter their overnight occupancy hit 96 per cent.", 96, "overnight occupancy"),
    ("In March the hospital waiting list rose to 8,311.", 8311, "hospital waiting list"),
])
def test_the_subject_of_a_copula_names_a_figure_without_a_noun(ex, text, value, measure):
    assert (value, measure) in measures(ex, text)


@pytest.mark.parametrize("text,value,bad", [
    # the head of "breaches of the requirement" is not "requirement"
    ("The number of breaches of the requirement was 14.", 14, "requirement"),
    # generic heads name nothing
    ("The figure was 802.", 802, "figure"),
    ("That total was 640 in all.", 640, "total"),
])
def test_copula_near_misses(ex, text, value, bad):
    assert (value, bad) not in measures(ex, text)


# --- issue 14: families of phrasing where the counted thing is named away from the figure ---

ROWS = ("Below are the households in temporary accommodation in each borough (and last year's figure)\n\n"
        "Camden: 1,204 (1,100)\nHackney: 980 (35 staff)\n")


@pytest.mark.parametrize("value,measure", [
    (1204, "households in temporary accommodation in each borough"),  # a row under a heading
    (1100, "households in temporary accommodation in each borough"),  # the row's bracketed figure
    (980, "households in temporary accommodation in each borough"),
    (35, "staff"),  # near miss: a bracketed figure that names its own thing keeps it
])
def test_list_rows_take_the_heading(ex, value, measure):
    assert (value, measure) in measures(ex, ROWS)


def test_list_rows_under_a_top_n_heading(ex):
    got = measures(ex, "The top five councils for fly-tipping fines issued are:\n\n"
                       "1. Leeds – £45,000 (120 fines)\n2. Hull – £30,500 (95 fines)\n")
    assert (45000, "fly-tipping fines issued") in got
    assert (95, "fly-tipping fines issued") in got


def test_rows_after_a_paragraph_of_prose_have_no_heading(ex):
    # near miss: the line above the rows is a sentence, not a heading
    got = measures(ex, "The council published its figures on Monday.\n\nCamden: 1,204\nHackney: 980\n")
    assert all(m is None or "council" not in m for _, m in got)


@pytest.mark.parametrize("text,value,measure", [
    # "such X" takes the earlier measure with the same noun (a rate's thing, without its base)
    ("Kent has 150 registered sex offenders per 100,000 people. Last year there were 2,100 such offenders "
     "being managed by police.", 2100, "registered sex offenders being managed by police"),
    # "those X" keeps what the earlier figure said of them, and adds this figure's predicate
    ("Only nine patients were waiting more than a year for surgery. All nine of those patients had refused "
     "earlier appointments.", 9, "patients waiting more than a year for surgery refused earlier appointments"),
    # "N of these failed": the thing counted just before, and what it did; the bracketed share follows it
    ("In total 4,000 drivers were breath tested, 310 of these failed the test (7.8 per cent).",
     310, "drivers breath tested failed the test"),
    ("In total 4,000 drivers were breath tested, 310 of these failed the test (7.8 per cent).",
     7.8, "share of drivers breath tested failed the test"),
    # "of those being watched were jailed": a back-reference takes what is said of it
    ("The report showed 30 of those being supervised were jailed for breaching their orders.",
     30, "those being supervised jailed for breaching their orders"),
])
def test_back_references_take_their_antecedent(ex, text, value, measure):
    assert (value, measure) in measures(ex, text)


def test_back_reference_without_an_antecedent_is_left_as_written(ex):
    # near miss: no earlier measure names "cases"
    got = measures(ex, "Officers recorded 40 burglaries. Of those, 12 such cases were solved.")
    assert (12, "such cases solved") in got


@pytest.mark.parametrize("text,value,measure", [
    ("Most of the litter collected last year was found on beaches (41%) and in parks (22%).", 41, "share of beaches"),
    ("Most of the litter collected last year was found on beaches (41%) and in parks (22%).", 22, "share of parks"),
    ("Of the waste dumped, the largest share was garden waste (46%) followed by black bin bags (13%).",
     13, "share of black bin bags"),
])
def test_bracketed_share_after_its_thing(ex, text, value, measure):
    assert (value, measure) in measures(ex, text)


def test_bracketed_share_after_a_place_is_not_a_share_of_the_place(ex):
    # near miss: "Leeds (37.9%)" is a place's figure, never "share of Leeds"
    got = measures(ex, "The highest rates were in Hull (38.1%), followed by Leeds (37.9%) and the lowest (11.0%).")
    assert not any(m and m.startswith("share of") for _, m in got)


@pytest.mark.parametrize("text,value,measure", [
    # occasions: "N times" takes the clause that says what happened
    ("Offenders were recalled to prison more than 300 times for breaching licence conditions last year.",
     300, "times offenders were recalled to prison for breaching licence conditions"),
    ("Kent had the most, with pupils suspended 512 times.", 512, "times pupils suspended"),
    # "when there were N": the thing counted before
    ("There were 812 burglaries in Leeds in 2023. This was an increase of 5% from 2019, when there were 773.",
     773, "burglaries"),
    # a long phrase keeps its head, cut before a clause of time or cause
    ("In 2023, 14 offenders breached their licence conditions after being released from prison following "
     "sentences of four years or more.", 14, "offenders breached their licence conditions"),
    # a comparative's "than" does not end a longer phrase either
    ("Figures show 4,300 emergency admissions waited more than 12 hours in A&E last month.",
     4300, "emergency admissions waited more than 12 hours"),
])
def test_figures_whose_thing_is_in_the_clause(ex, text, value, measure):
    assert (value, measure) in measures(ex, text)


def test_than_extension_stops_at_a_coordinated_clause(ex):
    got = dict(measures(ex, "Of these, two councils saw exclusions rise by more than 200% and one by more than 300%."))
    assert all("300" not in (m or "") for m in got.values())


@pytest.mark.parametrize("gold,text,value", [
    ("households in temporary accommodation", ROWS, 1100),
    ("sex offenders managed by police", "Kent has 150 registered sex offenders per 100,000 people. Last year there "
     "were 2,100 such offenders being managed by police.", 2100),
])
def test_new_families_score_as_right(ex, gold, text, value):
    assert measure_matches(gold, dict(measures(ex, text))[value])


@pytest.mark.parametrize("text,value,measure", [
    # a compared figure counts the thing, not its change
    ("The hospital's open waiting list stood at 4,210 in May, up 3 per cent from 4,087 in April.",
     4087, "hospital's open waiting list"),
    ("Burglaries fell by 6% last year, from the 2,310 reported in 2021.", 2310, "burglaries reported"),
    ("Thefts in the city rose to 5,400 in 2023, but remained below 6,100 in 2019.", 6100, "Thefts"),
    ("The value of fines was £210,000 last year, more than doubling the £95,000 from the year before.",
     95000, "value of fines"),
    # ... but "more than" is a qualifier, not a comparison: the same change again
    ("Two boroughs saw arrests rise by more than 150% and one by more than 250%.", 250, "rise in arrests"),
    # "classed as", "described as" do not end the phrase; a time phrase still does
    ("Some 310 pupils were classed as persistently absent.", 310, "pupils classed as persistently absent"),
    ("About 40% of patients were regarded as frail in the latest year.", 40, "patients regarded as frail"),
    # a share spelt twice: "N% or a fifth of X"
    ("In Barnsley, 18.4% or almost a fifth of all children were living in poverty.", 18.4, "children living in poverty"),
    # "the number of X to N"; a change "by N%, from A to B" gives A and B the thing
    ("Rising rents have pushed the number of families in temporary housing to 1,950 this spring.",
     1950, "families in temporary housing"),
    ("The number of pupils at the school has increased by 4.5%, from around 610 in 2019 to 638 in 2023.",
     610, "pupils at the school"),
    ("The number of pupils at the school has increased by 4.5%, from around 610 in 2019 to 638 in 2023.",
     638, "pupils at the school"),
    # money a subject costs, is worth or spends
    ("Repairing the footpath and replacing the lights is expected to cost the council about £85,000 next year.",
     85000, "cost of repairing the footpath and replacing the lights"),
    ("The county's visitor economy is now worth £1.2 billion a year.", 1.2e9, "value of county's visitor economy"),
    ("Last year 2.3 million visitors came, with these visitors spending £410 million during their stay.",
     410e6, "spending by visitors"),
    ("Residents spent £1.2 million on parking permits.", 1.2e6, "spent on parking permits"),
    ("It is expected to cost £40,000.", 40000, None),
    # a copula whose subject is left out repeats the subject; not after a change
    ("In 2019 the backlog was 3,400, and in 2020 was 3,950.", 3950, "backlog"),
    ("In 2019 the backlog rose by 10%, and in 2020 was 3,950.", 3950, None),
    # a long share subject takes its predicate
    ("Just 64 per cent of children starting school in the borough were judged ready to learn last year.",
     64, "children starting school judged ready to learn"),  # "in the borough" is where, not what
    # no verb before the figure in "-ing": "recording 108 crimes" is crimes, not "crimes recording"
    ("Police in the county recorded 140 burglaries, with Durham Police recording 108 crimes last year.",
     108, "crimes"),
    # an adverb or a time phrase alone is no measure
    ("The pass rate was 61 per cent in the county and 58 per cent nationally.", 58, "pass rate"),
    ("Nationally, 48,900 offences were recorded, up from 44,600 the previous year, but below 51,000 before the pandemic.",
     51000, "offences recorded"),
])
def test_compared_shared_and_priced_figures(ex, text, value, measure):
    assert (value, measure) in measures(ex, text)


def test_spending_takes_its_spender_only_as_a_participle(ex):
    # the finite verb stays a near-miss (see test_figures_without_a_noun)
    assert (2000000, None) in measures(ex, "The council spent £2m during the year.")
