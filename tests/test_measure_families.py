"""Measures for families of phrasing met in new text: a place between a noun and its verb,
shares spelt with commas or back-references, the two ends of a change, money that is cut, raised,
contributed or spent, and figures that only point back to one stated before."""
import pytest


from record_finding import check, measures  # noqa: F401


# A place between a short noun and its verb belongs to the area; what is said of the noun is the measure.
@pytest.mark.parametrize("text,surface,measure", [
    ("Some 2,310 tenants in Leeds are waiting for a council home.", "Some 2,310", "tenants waiting for a council home"),
    ("About 640 pupils across Cumbria were excluded from school last year.", "About 640", "pupils excluded from school"),
    ("Nearly 90 patients at Royal Derby Hospital waited more than 12 hours in A&E.", "Nearly 90",
     "patients waited more than 12 hours"),
    ("Over 1,500 children in Kent had been waiting more than a year for an assessment.", "Over 1,500",
     "children waiting more than a year for an assessment"),
])
def test_a_place_before_the_verb_does_not_end_the_measure(ex, text, surface, measure):
    check(ex, text, surface, measure)


@pytest.mark.parametrize("text,surface,measure", [
    # no verb after the place: the noun alone, the place is the area's
    ("There were 350 burglaries in Swindon in 2023.", "350", "burglaries"),
    # a predicate cut at a dash that adds a change
    ("Some 8,400 people in Devon are on the housing register - up by 600 in a year.", "Some 8,400",
     "people on the housing register"),
])
def test_place_skipping_near_misses(ex, text, surface, measure):
    check(ex, text, surface, measure)


# Shares spelt in other ways: a comma or dash before "of", "of these N X", "A% and B% of X",
# "N% of the total", and a share that continues the figure before it ("..., making up 9% of ...").
@pytest.mark.parametrize("text,surface,measure", [
    ("Of the callers, 420 people, or 31 per cent, of callers waited more than an hour.", "31 per cent",
     "callers waited more than an hour"),
    ("The great majority – 81% – of the complaints were about parking.", "81%", "complaints"),
    ("Just 52% and 58% of pupils passed maths in the two towns.", "52%", "pupils passed maths in the two towns"),
    ("The trust had 9,120 patients waiting under 18 weeks, 71.5% of the total.", "71.5%",
     "share of patients waiting under 18 weeks"),
    ("The port supports 4,210 jobs in the town, making up 11 per cent of all employment there.", "11 per cent",
     "jobs in the town supported by port as a share of employment there"),
])
def test_shares_spelt_other_ways(ex, text, surface, measure):
    check(ex, text, surface, measure)


def test_a_share_of_these_takes_the_thing_counted_before(ex):
    text = "There were 3,100 households in temporary housing. About 64% of these households had children."
    assert measures(ex, text)["About 64%"] == "households in temporary housing"


# A per cent or a count opening a clause with "were"/"are" and a noun phrase: a share of, or a
# part of, what was counted just before.
@pytest.mark.parametrize("text,surface,measure", [
    ("Officers stopped 1,240 drivers. Some 14 per cent were under 25.", "Some 14 per cent",
     "share of drivers stopped that are under 25"),
    ("There were 920 people on the waiting list. About 300 are children waiting for surgery.", "About 300",
     "children waiting for surgery"),
])
def test_a_figure_with_a_copula_and_a_noun(ex, text, surface, measure):
    check(ex, text, surface, measure)


def test_women_is_a_noun_not_a_participle(ex):
    text = "Police arrested 420 drivers in December. About 12 per cent were women."
    assert measures(ex, text)["About 12 per cent"] == "share of drivers arrested that are women"


# Change verbs: "was also up", "has gone down", "saw X jump by", and a bare "a 2% decline" after
# a change of the same thing.
@pytest.mark.parametrize("text,surface,measure", [
    ("Shoplifting was also up 14%.", "14%", "increase in shoplifting"),
    ("Spending on libraries has gone down by £2.1m since 2015.", "£2.1m", "fall in spending on libraries since 2015"),
    ("Several counties have seen the number of thefts jump by 20 per cent.", "20 per cent",
     "increase in the number of thefts"),
    ("Car crime fell by 6%. Surrey had a 2.5% fall, while Kent saw a 0.4% decline.", "0.4%", "fall in car crime"),
    ("Car crime fell by 6%. Surrey had a 2.5% fall, while Kent saw a 3% increase.", "3%", "increase in car crime"),
    ("Arrests fell by 12% and charges by 8%.", "8%", "fall in charges"),
    ("Robbery rose by 11%, with Essex up 15% and Suffolk 9%.", "9%", "increase in robbery"),
])
def test_changes_in_other_words(ex, text, surface, measure):
    check(ex, text, surface, measure)


@pytest.mark.parametrize("text,surface,measure", [
    # a number word is not the thing that changed: the same change again
    ("Two districts saw fines rise by more than 80% and one by more than 120%.", "more than 120%", "rise in fines"),
    # a pronoun object is not a thing either
    ("The trust promised to cut the backlog and cut it by 15% in a year.", "15%", None),
])
def test_change_near_misses(ex, text, surface, measure):
    got = measures(ex, text)
    assert surface in got  # the figure itself is found
    assert got.get(surface) == measure or measure is None and "it" not in (got.get(surface) or "").split()


# The level a change reaches ("rose by 9% to [N] offences") is what rose; a generic noun after the
# figure ("offences", "visits", "incidents") does not replace it, a fuller one does.
@pytest.mark.parametrize("text,surface,measure", [
    ("Vehicle crime in the borough rose by 9% to 2,140 offences.", "2,140", "Vehicle crime"),
    ("The number of rough sleepers went up by almost a third (31%) to 420.", "420", "rough sleepers"),
    ("The number of rough sleepers went up by almost a third (31%) to 420.", "31%", "increase in the number of rough sleepers"),
    ("The rise was driven by a jump in cycle thefts, which soared 40% to 1,020 incidents.", "1,020", "cycle thefts"),
    ("The rise was driven by a jump in cycle thefts, which soared 40% to 1,020 incidents.", "40%",
     "increase in cycle thefts"),
])
def test_the_end_of_a_change_is_what_changed(ex, text, surface, measure):
    check(ex, text, surface, measure)


def test_a_fuller_noun_after_the_end_of_a_change_is_kept(ex):
    text = "Visits grew by 7% to 1.5 million overnight stays."
    assert measures(ex, text)["1.5 million"] == "overnight stays"


# A change set beside a level, a figure compared with one before it, a "from A to B" pair.
@pytest.mark.parametrize("text,surface,measure", [
    ("About 6.9 million people are on hospital waiting lists - up by 90,000 since March.", "up by 90,000",
     "increase in people on hospital waiting lists since March"),
    ("The overspend is £2m higher than last year's overspend of £3.4m.", "£2m", "increase in overspend on last year"),
    ("The overspend is £2m higher than last year's overspend of £3.4m.", "£3.4m", "last year's overspend"),
    ("The figure fell from 31 in 100 households a decade ago to around 19 in 100 today.", "around 19 in 100",
     "share of households"),
    ("While 31 schools met the target in 2022, it is down to 24 schools this year.", "24",
     "schools met the target"),
    ("The number of families in bed and breakfasts was 4,200, up 30% on a low point of 3,230 in 2019.", "3,230",
     "families in bed and breakfasts"),
])
def test_figures_read_against_the_one_before(ex, text, surface, measure):
    check(ex, text, surface, measure)


@pytest.mark.parametrize("text,surface,measure", [
    # "the number of X topped/passed/past N"
    ("The number of fixed penalty notices topped 12,000 for the first time.", "12,000", "fixed penalty notices"),
    ("Rising demand pushed the number of food parcels handed out in Wales past 200,000.", "200,000",
     "food parcels handed out"),
    # a noun before "of £N", with a period or a bracket between
    ("Officers report a forecast deficit for 2025 to 2026 (next year) of £12.4m.", "£12.4m", "forecast deficit"),
    ("This follows last year's underspend of £1.1m.", "£1.1m", "last year's underspend"),
    # "Last year's figure": the figure before
    ("In 2019 only 28 per cent of the electorate voted. Last year's figure was 35 per cent.", "35 per cent",
     "turnout (electorate voted)"),
])
def test_nouns_that_name_a_figure_without_a_noun(ex, text, surface, measure):
    check(ex, text, surface, measure)


# Money: contributed, spent by people, cut or raised by; a list of cuts with the verb left out.
@pytest.mark.parametrize("text,surface,measure", [
    ("Figures show the festival contributes £3.2 million to the local economy each year.", "£3.2 million",
     "contribution of festival to local economy"),
    ("There were 88,000 visits to the islands. These tourists spent £41m.", "£41m", "spending by tourists"),
    ("The council has cut funding for youth clubs by £450,000.", "£450,000", "cut in funding for youth clubs"),
    ("The council has cut funding for youth clubs by £450,000 and libraries by £200,000.", "£200,000",
     "cut in funding for libraries"),
    ("The authority raised its charge for garden waste by £5.", "£5", "increase in charge for garden waste"),
    ("More than 40 ideas were agreed to save £6M in running costs by 2027.", "£6M", "running costs"),
])
def test_money_that_is_contributed_spent_cut_or_raised(ex, text, surface, measure):
    check(ex, text, surface, measure)


def test_an_authority_spending_is_still_no_measure(ex):
    assert measures(ex, "The county council spent £4m during the year.")["£4m"] is None


# Jobs a sector supports or an employer employs.
@pytest.mark.parametrize("text,surface,measure", [
    ("The study says the airport supports 6,300 jobs in the region.", "6,300", "jobs in the region supported by airport"),
    ("The hospital trust employs 9,800 staff.", "9,800", "staff employed by hospital trust"),
])
def test_jobs_of_what(ex, text, surface, measure):
    check(ex, text, surface, measure)


# A bracketed list of shares runs on from the sentence before.
def test_bracketed_list_continues_a_share(ex):
    text = ("Some 41% of patients at Airedale General Hospital waited longer than four hours. "
            "It was followed by Leeds (39 per cent) and York (37 per cent).")
    got = measures(ex, text)
    assert got["39 per cent"] == got["37 per cent"] == got["Some 41%"] == "patients waited longer than four hours"


# More phrasings: an aside between dashes, "equivalent to", "accounted for N incidents", money
# spent on a counted thing or doing something, a noun that is not a unit of time, "the 2019 figure of".
@pytest.mark.parametrize("text,surface,measure", [
    ("Figures show 240 applications - or almost one in five - were refused outright.", "240",
     "applications refused outright"),
    ("Figures show 240 applications - or almost one in five - were refused outright.", "almost one in five",
     "share of applications refused outright"),
    ("Some 18.1% of pensioners in the borough were in fuel poverty, equivalent to 6,400 residents.", "6,400",
     "pensioners in fuel poverty"),
    ("The commonest item dumped was garden waste, which accounted for 412 incidents.", "412",
     "incidents involving garden waste"),
    ("The county paid out £84,000 on more than 300 claims for pothole damage.", "£84,000",
     "paid on claims for pothole damage"),
    ("Councils spent £3.1 million clearing up dumped tyres last year.", "£3.1 million",
     "spending on clearing up dumped tyres"),
    ("The board spent £2.4m hiring 60 agency nurses.", "£2.4m", "spending on hiring agency nurses"),
    ("Figures show 4.6 million day visits were made to the park.", "4.6 million", "day visits"),
    ("Police recorded 3,020 burglaries in 2023, a fall on the 2022 figure of 3,400.", "3,400", "burglaries recorded"),
    ("There were 1,130 deaths and 9,870 serious injuries on the county's roads.", "1,130", "deaths"),
    ("Owners of a Band D home will pay £2,105 in council tax, £98.50 more than last year.", "£98.50",
     "increase in council tax on last year"),
    ("Surveys show that 14% of children in her Bolton North constituency were living in cold homes.", "14%",
     "children living in cold homes"),
    ("The city saw a 3.1 percentage point increase in the share of pupils reaching the standard - up to 61.4 per cent.",
     "up to 61.4 per cent", "share of pupils reaching the standard"),
    ("The council estimates that the cost of repairing the pier rose to £8.2m.", "£8.2m",
     "cost of repairing the pier"),
])
def test_more_phrasings(ex, text, surface, measure):
    check(ex, text, surface, measure)


@pytest.mark.parametrize("text,surface", [
    # a pronoun after a figure is not its noun
    ("Arrests fell to 310 in 2021 from 295 it was said.", "295"),
    # a preposition in -ing is not something the money was spent doing
    ("The council spent £2m during the year.", "£2m"),
    ("The trust spent £5m including VAT.", "£5m"),
])
def test_no_pronoun_or_preposition_as_measure(ex, text, surface):
    assert surface in measures(ex, text)  # the figure itself is found
    got = measures(ex, text).get(surface) or ""
    assert not got.split()[:1] or got.split()[0] not in ("it", "spending", "during", "including")


def test_bare_plural_change_takes_the_change_before(ex):
    text = "Thefts rose by 12 per cent in 2022, followed by 3.5 per cent rises in each of the next two years."
    assert measures(ex, text)["3.5 per cent"] == "increase in thefts"


@pytest.mark.parametrize("text,surface,measure", [
    # a count set beside a change as "or N offences": the same change, counted
    ("Vehicle theft was also up 11%, or around 2,300 offences.", "around 2,300", "increase in vehicle theft offences"),
    # "the number of X from A, B and C" with list commas before the verb
    ("The number of adults waiting for hip, knee and ankle operations in Wales rose by about 3,000 last year.",
     "rose by about 3,000", "increase in the number of adults waiting"),
    # a verb of reducing in capitals at the start of a quotation
    ("He said: \"Reducing delayed discharges by 40 per cent is a real achievement.\"", "40 per cent",
     "cut in delayed discharges"),
    # "a big increase from [A]": the start of a change of the figure before
    ("The county now spends 61% of its budget on care, a sharp increase from just 44% in 2012.", "44%",
     "budget on care"),
])
def test_changes_set_beside_figures(ex, text, surface, measure):
    check(ex, text, surface, measure)


@pytest.mark.parametrize("text,surface,measure", [
    # a list of participles is one predicate
    ("Officers said 45 people were arrested, charged or cautioned during the week.", "45",
     "people arrested, charged or cautioned"),
    ("Some 91 per cent of callers were answered, assessed or referred within an hour.", "Some 91 per cent",
     "callers answered, assessed or referred within an hour"),
    # a figure with only a predicate takes the noun counted just before it
    ("The unit supervised 610 offenders, and 52 were recalled to prison.", "52", "offenders recalled to prison"),
    # the share of an electorate that voted is a turnout
    ("Only 23.1 per cent of the electorate voted in the by-election.", "23.1 per cent",
     "turnout (electorate voted in the by-election)"),
])
def test_lists_predicates_and_turnout(ex, text, surface, measure):
    check(ex, text, surface, measure)


def test_a_predicate_alone_stays_without_a_noun_before(ex):
    # nothing counted before it in the sentence: the predicate alone, no borrowed noun
    assert measures(ex, "And 151 were arrested for drug-driving.")["151"] == "arrested for drug-driving"


# A change whose subject only points back ("it", "the number") takes the subject of the sentence
# before; the two ends of its "from A to B" take the same thing.
@pytest.mark.parametrize("text,surface,measure", [
    ("Reported shoplifting had been climbing since 2015. Over that time the number rose by 38 per cent "
     "from 9,100 to 12,560 offences a year.", "38 per cent", "increase in reported shoplifting"),
    ("Reported shoplifting had been climbing since 2015. Over that time the number rose by 38 per cent "
     "from 9,100 to 12,560 offences a year.", "9,100", "reported shoplifting"),
    ("Reported shoplifting had been climbing since 2015. Over that time the number rose by 38 per cent "
     "from 9,100 to 12,560 offences a year.", "12,560", "reported shoplifting"),
    ("Delayed discharges are a growing concern. They increased by 17% in a year.", "17%",
     "increase in delayed discharges in a year"),
])
def test_a_change_whose_subject_points_back(ex, text, surface, measure):
    check(ex, text, surface, measure)


def test_a_change_of_it_takes_the_thing_counted_before_without_its_verb(ex):
    # "It" is the thefts the sentence before counted: the change is in thefts, not "thefts reached"
    text = "Thefts reached 4,000 in 2020. It rose by 12% last year."
    assert measures(ex, text)["12%"] == "increase in thefts"


@pytest.mark.parametrize("text,surface,measure", [
    # an abbreviation in brackets inside the phrase does not end it
    ("The park supports 940 full-time equivalent (FTE) posts.", "940", "full-time equivalent posts supported by park"),
    # "also" is not part of the thing that changed
    ("The visitor economy also grew by 6% last year.", "6%", "growth in visitor economy"),
])
def test_brackets_and_adverbs(ex, text, surface, measure):
    check(ex, text, surface, measure)


@pytest.mark.parametrize("text,surface,measure", [
    # "lives in" after "one in N X": a share of X living in ...
    ("One in six children in the city lives in poverty.", "One in six children", "share of children living in poverty"),
    # a thousands comma in "per 1,000" does not end the phrase
    ("There were 4.1 households in temporary housing per 1,000 households in June.", "4.1",
     "households in temporary housing per 1,000 households"),
    # "a survey found X rose ... to [N]": the clause after "found"
    ("A rival survey found the average rent rose 3.2 per cent to £1,140 in 2023.", "£1,140", "average rent"),
])
def test_shares_rates_and_reported_clauses(ex, text, surface, measure):
    check(ex, text, surface, measure)


@pytest.mark.parametrize("text,surface,measure", [
    # "the figure for X was [N]": the thing counted before, somewhere else
    ("There were 2,480 thefts in Leeds last year. The figure for Bradford was 1,910.", "1,910", "thefts"),
    ("Some 61% of pupils in Leeds passed. The equivalent figure in Bradford was 57%.", "57%", "pupils passed"),
    # a head cut before its participle does not end on a preposition or determiner
    ("The clinic had 3,400 patients on its waiting list. Of those, 610 had waited over a year.", "610",
     "patients waited over a year"),
])
def test_figures_for_elsewhere_and_subsets(ex, text, surface, measure):
    check(ex, text, surface, measure)


def test_the_figure_for_a_place_is_not_a_change(ex):
    # a change before is not the level of the next place
    text = "Thefts in Leeds rose by 12%. The figure for Bradford was 1,910."
    assert measures(ex, text)["1,910"] != "increase in thefts"


def test_with_a_spend_of_takes_what_was_counted(ex):
    text = "May saw 1.2 million overnight stays, up 3% on May last year, with a spend of £310m."
    assert measures(ex, text)["£310m"] == "spend (overnight stays)"


def test_with_a_spend_of_alone_is_just_spend(ex):
    # nothing counted before it in the sentence
    assert measures(ex, "The festival closed with a spend of £4m.")["£4m"] == "spend"


@pytest.mark.parametrize("text,surface", [
    # a change "in" a stretch of time names no thing: no measure rather than the time
    ("Thefts went up, with an 8% rise in the following year.", "8%"),
    ("Demand keeps growing, with a 10% increase in the 12 months to March.", "10%"),
])
def test_a_change_in_a_time_is_not_a_change_in_a_thing(ex, text, surface):
    got = measures(ex, text)[surface] or ""
    assert "year" not in got and "months" not in got


def test_a_change_in_a_thing_keeps_it(ex):
    assert measures(ex, "There was a 12% rise in burglaries.")["12%"] == "rise in burglaries"


# The noun of a change before "from A to B": "a big rise in knife crime, from [97] to [130]".
@pytest.mark.parametrize("text,surface,measure", [
    ("There was a sharp rise in car thefts in Luton, from 410 in 2022 to 560 in 2023.", "410", "car thefts"),
    ("There was a sharp rise in car thefts in Luton, from 410 in 2022 to 560 in 2023.", "560", "car thefts"),
    ("Police saw increases in shop theft, up from 92 to 140.", "92", "shop theft"),
    ("There was a fall in the number of arrests from 1,204 to 998.", "998", "arrests"),
])
def test_noun_of_change_before_from(ex, text, surface, measure):
    check(ex, text, surface, measure)


@pytest.mark.parametrize("text,surface,measure", [
    # near-miss: the subject of a verb of change is read as before, not the noun after "in"
    ("Burglaries in Luton rose from 410 to 560.", "410", "Burglaries"),
])
def test_noun_of_change_near_misses(ex, text, surface, measure):
    check(ex, text, surface, measure)


# A superlative's thing, then the figure after "at" or "with"; a bracketed list carries it on.
@pytest.mark.parametrize("text,surface,measure", [
    ("Figures suggest Pendle had the highest share of homes without central heating in 2021, at 6.2%, "
     "followed by Burnley (5.9%).", "6.2%", "share of homes without central heating"),
    ("Figures suggest Pendle had the highest share of homes without central heating in 2021, at 6.2%, "
     "followed by Burnley (5.9%).", "5.9%", "share of homes without central heating"),
    ("Kent recorded the highest number of dog attacks, at 1,320.", "1,320", "dog attacks"),
])
def test_superlative_then_at(ex, text, surface, measure):
    check(ex, text, surface, measure)


def test_superlative_near_miss(ex):
    # near-miss: no "at"/"with" before the figure: the figure's own noun
    check(ex, "Kent had the highest number of dog attacks, with 1,320 reported attacks.", "1,320", "reported attacks")


# A money noun and what qualifies it before "of [£N]": an overspend, a shortfall, pressures, savings.
@pytest.mark.parametrize("text,surface,measure", [
    ("The latest report shows a forecast year-end budget shortfall of £12.4 million.", "£12.4 million",
     "forecast year-end budget shortfall"),
    ("The authority will face pressures of almost £30m next year.", "almost £30m", "pressures"),
    ("The hospital trust delivered savings of £2.1m by the end of June.", "£2.1m", "savings"),
    ("Councillors noted the Housing Revenue Account surplus of £1.9m.", "£1.9m", "Housing Revenue Account surplus"),
])
def test_money_noun_before_of(ex, text, surface, measure):
    check(ex, text, surface, measure)


def test_money_noun_near_miss(ex):
    # near-miss: a noun that is no money noun ("a population of") is read by the other rules
    got = measures(ex, "The scheme will cost the council a sum of £4m.")
    assert got.get("£4m") != "sum"
