"""Measure families from a stranger's run on new crime and housing pages (sentences written for these
tests): a place of several words inside a phrase is dropped whole ("crimes recorded by police in
England and Wales", never "... and Wales"); "rose in number by", "increased in value by" (the thing
that changed, not "in number"); a change noun sized with "by" ("a rise by more than 10,000 in
burglaries"); a second clause's own subject ("while thefts rose in value by 3%"); the "of"
complement of a head like rate or level ("the rate of theft ... to 118,774")."""
import pytest


def stat_of(ex, text, number):
    """The first statistic whose span holds ``number``."""
    return next(s for s in ex.extract(text)["statistics"] if number in s["span"]["text"])


def measure_of(ex, text, number):
    """The measure of the statistic whose span holds ``number``."""
    return stat_of(ex, text, number)["measure"]


@pytest.mark.parametrize("text, number, measure", [
    ("The number of crimes recorded by police in England and Wales was nearly five million.", "five million",
     "crimes recorded by police"),
    ("The number of patients treated in hospitals in England and Wales was 1.2 million last year.", "1.2 million",
     "patients treated in hospitals"),
    ("The number of fires attended by crews in Tyne and Wear was 9,400 in 2022.", "9,400", "fires attended by crews"),
    # the place in the middle of the phrase, all of it
    ("The number of crimes in England and Wales recorded by the police was 5.1 million.", "5.1 million",
     "crimes recorded by the police"),
    ("The number of burglaries recorded by police in Kent was 300,000 in 2016.", "300,000", "burglaries recorded by police"),
])
def test_a_place_of_several_words_is_dropped_whole(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    ("Recorded crimes increased in number by almost 25 per cent in the county.", "25", "increase in recorded crimes"),
    ("Visitors grew in number by 12% last year.", "12", "growth in visitors"),
    ("Shoplifting offences rose in number by 212 to 1,450.", "212", "increase in shoplifting offences"),
    ("House sales fell in value by 4% over the year.", "4", "fall in house sales"),
    # near-misses: a verb with its own object keeps the object
    ("The trust increased its bed numbers by 40.", "40", "increase in bed numbers"),
    ("The council cut spending on street lighting by £1.7m.", "£1.7m", "cut in spending on street lighting"),
])
def test_changed_in_number_or_value(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    ("Burglaries fell in number by 8%, while thefts rose in value by 3%.", "3", "increase in thefts"),
    ("Arrests fell by 10%, but cautions went up by 4%.", "4", "increase in cautions"),
    # the same verb left out: the other object of the first clause's verb (with or without "and" after the comma)
    ("The council cut spending on street lighting by £1.7m, and road maintenance by £600,000.", "£600,000",
     "cut in spending on road maintenance"),
    ("The council cut spending on street lighting by £1.7m and road maintenance by £600,000.", "£600,000",
     "cut in spending on road maintenance"),
])
def test_a_second_clause_has_its_own_subject(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    ("Kent recorded a fall by 240 in burglaries.", "240", "fall in burglaries"),
    ("Durham Constabulary saw a rise by more than 10,000 in the number of crimes recorded.", "10,000",
     "rise in number of crimes recorded"),
    ("Kent recorded a fall of 240 in burglaries.", "240", "fall in burglaries"),
    # near-miss: "by" after a verb, not a noun, is no change noun ("decrease" is a verb here)
    ("Burglaries will decrease by 5% in Kent.", "5", "fall in burglaries"),
])
def test_a_change_noun_sized_with_by(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    ("The rate of theft was reversed, rising 7% to 118,774.", "118,774", "rate of theft"),
    ("The level of household debt was £1.2bn last year.", "£1.2bn", "level of household debt"),
    # near-miss: a head that is the counted thing itself keeps no "of" complement from elsewhere
    ("Theft rose 7% to 118,774.", "118,774", "Theft"),
])
def test_the_of_complement_of_a_rate_or_level(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    ("About 109,000 households in England – including 142,000 children – were in emergency housing, up 10% on "
     "the same period the previous year.", "10%",
     "increase in households in emergency housing on the same period the previous year"),
    ("Some 4,100 people (including 900 children) were waiting, up 5% on last year.", "5%", "increase in people on last year"),
    ("There were 400 arrests – 120 of them for burglary – up 12% on last year.", "12%", "increase in arrests on last year"),
    # near-misses: the part itself is what a change in its own sentence is about; an aside that is no part
    ("About 109,000 households were in emergency housing – including 142,000 children. The children were up 10%.", "10%",
     "increase in children"),
    ("There were 400 arrests – up 12% on last year – and 120 charges, up 3%.", "3%", "increase in charges"),
])
def test_a_part_named_in_an_aside_is_not_what_changed(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    ("There were 400 arrests, 120 of them for burglary.", "120", "arrests for burglary"),
    ("The trust had 900 complaints, 300 of them upheld.", "300", "complaints upheld"),
    ("Police held 50 suspects, 20 of them aged under 18.", "20", "suspects aged under 18"),
    ("The trust had 900 complaints, 300 of which were upheld, and 40 of them resolved.", "40", "complaints resolved"),
    # near-miss: a participle that is part of the head stays ("breath tested")
    ("Some 3219 drivers were breath tested, 394 of these failed the test.", "394", "drivers breath tested failed the test"),
])
def test_of_them_with_a_participle_or_preposition(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    ("Sales rose 4% on the same quarter of 2022.", "4%", "increase in sales on the same quarter of 2022"),
    ("Sales rose 4% on the same month last year.", "4%", "increase in sales on the same month last year"),
    ("Sales rose 4% on the same period a year earlier.", "4%", "increase in sales on the same period a year earlier"),
    # near-miss: what follows the baseline that is no time stays out
    ("Sales rose 4% on the same period in shops.", "4%", "increase in sales on the same period"),
])
def test_a_baseline_period_is_kept_whole(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    # a bare plural after a preposition, then "of £N"
    ("Pressures have been offset through savings and efficiencies of £19.5m together with mitigations of £7.9m.",
     "£19.5m", "savings and efficiencies"),
    ("Pressures have been offset through savings and efficiencies of £19.5m together with mitigations of £7.9m.",
     "£7.9m", "mitigations"),
    ("The plan relies on mitigations of £7.9m.", "£7.9m", "mitigations"),
    ("The council raised money from sales of £3m.", "£3m", "sales"),
    ("Cabinet inherited a funding gap between estimated income and planned expenditure of £28.8m.", "£28.8m", "funding gap"),
    # a subject with a present-tense verb of amount
    ("The draft revenue budget totals £205.2m for 2024/25.", "£205.2m", "draft revenue budget"),
    ("The council's debt totals more than £1.2bn.", "£1.2bn", "council's debt"),
    ("The waiting list reaches 7,000 in the spring.", "7,000", "waiting list"),
    # near-misses: "of" after a singular noun without an article is no bare plural; "together with" is no measure
    ("The council spent £2m on repairs of roads.", "£2m", "spent on repairs of roads"),
])
def test_money_nouns_and_present_tense_totals(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    ("The gap has narrowed to £2.1m.", "£2.1m", "gap"),
    ("The jobless rate eased to 4.1%.", "4.1%", "jobless rate"),
    ("The proportion of pupils absent has improved to 6.3 per cent.", "6.3", "proportion of pupils absent"),
    ("Council tax collection rates slipped to 94.2%.", "94.2", "Council tax collection rates"),
])
def test_a_subject_with_a_verb_of_improving_or_easing(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    # a record a figure is set against is a compared figure: the same thing, then
    ("Some 92.6 per cent of patients were seen within four hours, below the previous low of 94.1 per cent recorded "
     "in 2013.", "94.1", "patients seen within four hours"),
    ("The rate hit 9.1%, above the previous high of 8.7% set in 2011.", "8.7%", "rate"),
])
def test_a_previous_record_is_a_compared_figure(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    # "and" inside a pair that names one thing does not end what is said of a short noun
    ("Around 30 acute trusts have reported an increase in long accident and emergency waits.", "30",
     "acute trusts reported an increase in long accident and emergency waits"),
    ("Some 400 people were treated for drug and alcohol problems.", "400", "people treated for drug and alcohol problems"),
    # near-miss: "and" before a verb still ends it
    ("Some 400 people were treated and released.", "400", "people treated"),
])
def test_a_pair_joined_by_and_stays_in_the_predicate(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    # an average named by its place or level rose: the same thing as the change before, there
    ("Knife crime rose 7%, with the East Midlands average rising by 16%.", "16%",
     "increase in knife crime (East Midlands average)"),
    ("Burglaries fell 3%, while the national average rose by 2%.", "2%", "increase in burglaries (national average)"),
    # a change whose size is followed by "with N things": those things changed
    ("Nottinghamshire Police's data shows a 7.6% drop with 810 offences.", "7.6%", "fall in offences"),
    ("Knife crime rose 7%. The force's data shows a 7.6% drop with 810 offences.", "810", "offences"),
    # near-misses: an average alone is what it says; a name of two capitalised words keeps its capitals
    ("The East Midlands average rose by 16%.", "16%", "increase in East Midlands average"),
    ("Fly-tipping incidents rose by 12%.", "12%", "increase in fly-tipping incidents"),
])
def test_a_place_average_and_a_change_with_its_level(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    ("West Midlands Police had the second highest number of offences with 810. Greater Manchester is ranked third "
     "highest with 733.", "733", "offences"),
    ("Wiltshire Police had just 83 cases. The figure was lower than last year's total too, which was 136.", "136", "cases"),
    ("Hull had the most complaints, with 412. Leeds was second highest with 298.", "298", "complaints"),
])
def test_a_rank_or_a_total_said_again_is_the_same_thing(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    # a range's two ends share its subject
    ("Regional household recycling rates ranged from less than 30% in London to almost 45% in the East Midlands.",
     "45%", "Regional household recycling rates"),
    ("Council tax bills range from £1,200 to £2,400.", "£2,400", "Council tax bills"),
    # a list inside the subject's phrase, and a time inside it that is the period's
    ("The proportion of household waste sent for recycling, composting or reuse in England was 42.9%.", "42.9%",
     "proportion of household waste sent for recycling"),
    ("The proportion of household waste sent for recycling from January to December 2011 in England was 42.9%.",
     "42.9%", "proportion of household waste sent for recycling"),
    # a noun phrase, then its level in a relative clause
    ("Defra's survey showed a continued improvement in recycling levels, which were at 11.2% in 2000/1.", "11.2%",
     "recycling levels"),
    # near-miss: a pronoun before "which" names nothing
    ("The figures, which were 12% higher, fell.", "12%", None),
])
def test_ranges_lists_and_relative_clauses_name_the_subject(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    # a subject, then "has now reached", a "to" phrase inside it
    ("The tourism sector's annual value to the county's economy has now reached £961 million.", "£961 million",
     "tourism sector's annual value"),
    ("The waiting list has now fallen to 4,000.", "4,000", "waiting list"),
    ("Visits to the museum rose to 40,000.", "40,000", "Visits to the museum"),
    # doing something by how much more: the doing, by whom
    ("Day-trippers to Worcestershire are also spending six per cent more.", "six per cent",
     "increase in spending by day-trippers to Worcestershire"),
    ("Households are paying £100 more a year.", "£100", "increase in payments by households"),
    # near-miss: a pronoun does nothing nameable
    ("It is costing 5% more.", "5%", None),
])
def test_subjects_with_adverbs_and_doing_more(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    # the noun phrase right before ", which stood at": no verb or possessive from before it
    ("The council cut its reserves, which stood at £4m.", "£4m", "reserves"),
    ("Councils set their own precepts, which average £72.", "£72", "average precepts"),
    ("This is steeper than the Consumer Prices Index measure of inflation, which was 1.5 per cent.", "1.5",
     "Consumer Prices Index measure of inflation"),
])
def test_which_stood_at_takes_the_noun_phrase_before_it(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


def test_a_level_in_a_relative_clause_has_no_direction(ex):
    stats = ex.extract("The council cut its reserves, which stood at £4m.")["statistics"]
    assert [s["direction"] for s in stats] == [None]
    # near-miss: a comparison after the relative clause's verb still says which way
    stats = ex.extract("Crime fell in Kent, which was 5% lower than last year.")["statistics"]
    assert [s["direction"] for s in stats] == ["down"]


@pytest.mark.parametrize("text, number, measure", [
    # a sentence that ranks places by its subject, each place's figure in brackets
    ("The employment rate in the United Kingdom, for the 3 months ending May 2015, was highest in the South West "
     "(77.4%) and lowest in Northern Ireland (67.9%).", "67.9%", "employment rate"),
    ("The claimant count rate was highest in the North East (4.1%).", "4.1%", "claimant count rate"),
    # a sentence that places the largest change
    ("The largest increase in workforce jobs, in the United Kingdom, for March 2015, was in the West Midlands, at "
     "40,000. The largest decrease was in the South East, at 32,000.", "32,000", "decrease in workforce jobs"),
    ("The largest change in the inactivity rate, compared to the same period last year, was in the North East, which "
     "has increased by 2.8 percentage points.", "2.8", "increase in inactivity rate"),
    # near-miss: a bracketed share after a thing, not a superlative, is a share of that thing
    ("Most fly-tipping was discovered on council land (36%).", "36%", "share of council land"),
])
def test_ranked_places_and_the_largest_change(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    # spending "a total of" / "a record", by spenders named with where they come from
    ("Overseas visitors to Scotland spent a total of £359 million in the first quarter of 2023.", "£359 million",
     "spending by overseas visitors to Scotland"),
    ("Visitors spent a total of £1.2bn.", "£1.2bn", "spending by visitors"),
    ("Shoppers in Leeds spent a record £2bn.", "£2bn", "spending by shoppers in Leeds"),
    ("The repairs cost a total of £4m.", "£4m", "cost of repairs"),
    # near-miss: an authority spending is no spender of this kind
    ("The council spent a total of £4m.", "£4m", None),
])
def test_spending_a_total_of(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    # a participle restating the change before "from": the start of the change counts the same thing
    ("The number of overnight visits had increased, rising from 443,000 in 2019 to 572,000 in 2023.", "443,000",
     "overnight visits"),
    ("Crime fell, falling from 4,000 to 3,500.", "4,000", "Crime"),
])
def test_a_participle_before_from(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


@pytest.mark.parametrize("text, number, measure, way", [
    # the size of a change in a relative clause keeps the change's way and thing (review findings 1 and 2)
    ("Members backed a rise in the precept, which was 3%.", "3%", "rise in the precept", "up"),
    ("There was a fall in burglaries, which was 12% on last year.", "12%", "fall in burglaries on last year", "down"),
    ("Burglaries fell in Kent, which was 8% down on last year.", "8%", "fall in burglaries on last year", "down"),
    ("Prices rose again in May, which was 2.1% higher than April.", "2.1%", "increase in prices on April", "up"),
    # a level a noun phrase stood at has no way
    ("The council cut its reserves, which stood at £4m.", "£4m", "reserves", None),
    ("Waiting lists grew in Kent, which stood at 4,000.", "4,000", "Waiting lists", None),
])
def test_a_relative_clause_after_a_change_or_a_place(ex, text, number, measure, way):
    stat = stat_of(ex, text, number)
    assert (stat["measure"], stat["direction"]) == (measure, way)


@pytest.mark.parametrize("text, number, measure, way", [
    # the next time of a list borrows the first item's verb: its way and its thing (review finding 8)
    ("Shoplifting rose by 9% in 2021; 11% in 2022; and by 15% this year.", "11%", "increase in shoplifting", "up"),
    ("Recorded crime rose by 5% in the year to June 2015; 7% in the year to June 2016.", "7%",
     "increase in recorded crime", "up"),
    # near-miss: a share of it after a comma is no list item
    ("Crime rose by 5% in 2019, 40% of it in London.", "40%", None, None),
])
def test_a_list_of_times_borrows_the_verb(ex, text, number, measure, way):
    stat = stat_of(ex, text, number)
    assert (stat["measure"], stat["direction"]) == (measure, way)


@pytest.mark.parametrize("text, number, measure", [
    # review findings 11 and 13, and the 'improved ... by' measure of finding 5
    ("Cardiff improved its pass rate by 2 points.", "2 points", "increase in pass rate"),
    ("Burglaries rose by 300 last year. The weather was mild and dry in the summer months. The largest decrease was "
     "in the South East, at 32,000.", "32,000", "largest decrease"),
    ("The largest increase in workforce jobs was in the West Midlands, at 40,000. The largest decrease was in the "
     "South East, at 32,000.", "32,000", "decrease in workforce jobs"),
])
def test_review_fixes_measures(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


def test_a_council_recycling_holds_its_figure(ex):
    rec = ex.extract("Recycling was highest in the South East, with Kent County Council recycling 61% of waste.")
    names = {a["id"]: a["name"] for a in rec["areas"]}
    assert [names.get(s["area"]) for s in rec["statistics"]] == ["Kent"]


def test_plus_opens_a_later_sentence(ex):
    rec = ex.extract("Prices moved. Plus 12.4 per cent was the change in Hackney.")
    assert [s["direction"] for s in rec["statistics"]] == ["up"]
