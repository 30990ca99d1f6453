"""Measures of figures that name their thing only through another phrase of the sentence: the level a
whole reached ("the backlog reached 73,000 cases"), a share set beside a count between commas, the next
deeds of a list ("charged 140, bailed 51 and released 14"), the next figure of one thing after "and",
a sentence that spreads the figure before over places ("This varied between 9% in A and 41% in B"),
and a whole's make-up in shares ("the population is 48 per cent male"). Made-up sentences, each family
with near-misses that must keep their own measure."""
import pytest


def measures(ex, text):
    return {s["span"]["text"]: s["measure"] for s in ex.extract(text)["statistics"]}


@pytest.mark.parametrize("text, span, measure", [
    # the level a whole reached: the things in that whole
    ("The crown court backlog in England and Wales reached 73,105 cases by the end of June.", "73,105",
     "cases in the crown court backlog"),
    ("The trust's waiting list has now reached 6,500 patients.", "6,500", "patients on the trust's waiting list"),
    ("Last year the county's care workforce totalled 12,400 staff.", "12,400", "staff in the county's care workforce"),
    ("The register of sex offenders topped 2,000 people in March.", "2,000", "people on the register of sex offenders"),
    # a share set beside its count between commas or dashes
    ("Police charged 140 people, 68 per cent, with drink-driving offences.", "68 per cent",
     "share of people charged with drink-driving offences"),
    ("Some 2,300 pupils - or 14 per cent - missed school last term.", "14 per cent", "share of pupils"),
    ("Some 2,300 pupils, 14 per cent, were persistently absent.", "14 per cent", "share of pupils"),
    # the count's own deed keeps what it was done for, past the share beside it
    ("Police charged 140 people, 68 per cent, with drink-driving offences.", "140", "people charged with drink-driving offences"),
    # the next deeds of a list take the first deed's things
    ("Officers arrested 52 men, charged 30 and cautioned 12 for possession.", "30", "men charged"),
    ("Officers arrested 52 men, charged 30 and cautioned 12 for possession.", "12", "men cautioned for possession"),
    ("Officers arrested 52 men, charging 30 and cautioning 12.", "12", "men cautioned"),
    ("Police charged 140 people, bailed 51, 25 per cent, pending further enquiries and released 14 with no "
     "further action.", "51", "people bailed pending further enquiries"),
    ("Police charged 140 people, bailed 51, 25 per cent, pending further enquiries and released 14 with no "
     "further action.", "25 per cent", "share of people bailed pending further enquiries"),
    ("Police charged 140 people, bailed 51, 25 per cent, pending further enquiries and released 14 with no "
     "further action.", "14", "people released with no further action"),
    # the next figure of the same thing after "and", at another time
    ("In 2003 there were 155,000 officers and just over 171,600 in 2010.", "155,000", "officers"),
    ("In 2003 there were 155,000 officers and just over 171,600 in 2010.", "just over 171,600", "officers"),
    ("The force had 1,900 officers and around 2,050 in 2015.", "around 2,050", "officers"),
    # a sentence that spreads the figure before over places
    ("Across England, 22.5 per cent of pupils are eligible for free school meals. This varied between just nine per "
     "cent in Rutland and 41.1 per cent in Hackney.", "41.1 per cent", "pupils eligible for free school meals"),
    ("Some 12 per cent of adults smoke. The figure ranges from 8 per cent in Kent to 19 per cent in Hull.",
     "8 per cent", "adults smoke"),
    ("About 30% of homes are rented. The proportion varies widely, from 18% in Rutland to 45% in Hackney.", "45%",
     "homes rented"),
    # a whole's make-up in shares
    ("The district's population is now 47.9 per cent male and 52.1 per cent female.", "52.1 per cent",
     "share of district's population female"),
    ("Ten years ago the population was made up of 9.9 per cent under-10s and 24.5 per cent over-65s.", "24.5 per cent",
     "share of population over-65s"),
    ("The county's prison population is 95 per cent male.", "95 per cent", "share of county's prison population male"),
])
def test_a_figure_takes_the_thing_another_phrase_names(ex, text, span, measure):
    got = measures(ex, text)
    assert span in got, got
    assert got[span] == measure, (span, got[span])


@pytest.mark.parametrize("text, span, measure", [
    # a level verb whose subject is no whole of the things: the things alone (never "... reached")
    ("Sales reached 4,000 units last year.", "4,000", "units"),
    ("The force reached 1,200 officers in March.", "1,200", "officers"),
    # a deed's verb is still said of its object
    ("Officers tested 2,217 drivers during the campaign.", "2,217", "drivers tested"),
    # a share with its own "of" or a change of its own is not set beside the count
    ("Some 2,300 pupils, 14 per cent of the total, missed school last term.", "14 per cent", "share of pupils"),
    ("There were 400 burglaries, 12 per cent more than last year.", "12 per cent", "increase in burglaries on last year"),
    ("The force recorded 400 burglaries, up 12 per cent, last year.", "12 per cent", "increase in burglaries recorded"),
    # a clause of its own after the count keeps its own words
    ("There were 400 burglaries, while 12 per cent were unsolved.", "12 per cent", "share of burglaries unsolved"),
    ("Police stopped 400 cars, and 12 drivers were arrested.", "12", "drivers arrested"),
    # the next figure with its own noun keeps it
    ("There were 40 drivers and 12 passengers killed.", "12", "passengers killed"),
    # a spread with its own "of ..." names its own things
    ("Some 12 per cent of adults smoke. It ranges from 8 per cent of young people to 19 per cent of pensioners.",
     "19 per cent", "pensioners"),
    # a share of no group word is no make-up of the whole
    ("Crime was 12 per cent higher.", "12 per cent", "increase in crime"),
])
def test_near_misses_keep_their_own_measure(ex, text, span, measure):
    got = measures(ex, text)
    assert span in got, got
    assert got[span] == measure, (span, got[span])


def test_a_range_inside_the_noun_is_not_the_next_figure(ex):
    got = measures(ex, "Some 300 children aged between five and 11 received 40 awards.")
    assert got["Some 300"] == "children aged between five and 11", got


@pytest.mark.parametrize("text, span, wrong", [
    # a piece of the next figure's words is no measure
    ("Last year's total of 1,020 was down from 1,537 the previous year.", "1,020", "down from 1"),
    ("The figure of 2,400 was up from 1,950.", "2,400", "up from 1"),
    # nor is the place whose figure it is
    ("In Walsall the number was 108, Dudley was 115 and Sandwell had 94 patients.", "115", "Dudley"),
])
def test_no_measure_is_a_fragment_or_a_place(ex, text, span, wrong):
    got = measures(ex, text)
    assert span in got and got[span] != wrong, got


@pytest.mark.parametrize("text, span, measure", [
    # a bare head noun of a counted thing takes the story's topic, named in its opening and again later
    ("Pothole claims fall in Durham\n\nThe council received 620 claims last year. Potholes cost drivers dear.", "620",
     "pothole claims received"),
    ("Hate crimes rise by 75%\n\nThere were 911 incidents in total. Hate crime is a priority for the force.", "911",
     "hate crime incidents"),
    ("Fly-tipping soars\n\nAlmost one million incidents were recorded. Fly tipping costs councils millions.",
     "Almost one million", "fly-tipping incidents recorded"),
])
def test_a_bare_head_takes_the_storys_topic(ex, text, span, measure):
    got = measures(ex, text)
    assert got[span] == measure, got


@pytest.mark.parametrize("text, span, measure", [
    # not a head the topic does not qualify ("officers"), nor a topic named only once or not in the opening
    ("Knife crime falls\n\nPolice recruited 300 officers. Knife crime is down.", "300", "officers recruited"),
    ("Council budget agreed\n\nThe council received 620 claims last year.", "620", "claims received"),
    ("Council budget agreed\n\nThe council received 620 claims last year. " + "Roads were resurfaced. " * 30
     + "Potholes and more potholes.", "620", "claims received"),
    # nor a measure that already names the topic
    ("Pothole claims\n\nThere were 600 claims for damage due to potholes. Potholes are a menace.", "600",
     "claims for damage due to potholes"),
])
def test_the_topic_is_not_added_where_it_does_not_belong(ex, text, span, measure):
    got = measures(ex, text)
    assert got[span] == measure, got


@pytest.mark.parametrize("text, span, measure", [
    ("Figures show bus fares in the first three months of 2024 were six times higher than the same period in 1987.",
     "six times", "bus fares relative to the same period in 1987"),
    ("Rents in Kent are now three times higher than in 2001, the report found.", "three times", "rents relative to 2001"),
])
def test_a_multiple_is_of_its_subject_relative_to_its_baseline(ex, text, span, measure):
    assert measures(ex, text)[span] == measure


@pytest.mark.parametrize("text, span", [
    ("This makes the current figure at least nine times higher than the number before the pandemic.", "at least nine times"),
    ("Women were three times more likely than men to be victims.", "three times"),
])
def test_a_multiple_without_a_subject_of_its_own_is_not_named_so(ex, text, span):
    got = measures(ex, text)[span]
    assert got is None or "relative to" not in got, got


@pytest.mark.parametrize("text, span, measure", [
    ("There were 1,567 vacant homes in Wycombe - one in every 46 houses in the area.", "one in every 46",
     "houses per vacant home"),
    ("There were 867 vacant properties, or one in every 33 houses.", "one in every 33", "houses per vacant property"),
])
def test_one_in_every_n_beside_a_count_is_how_many_per_counted_thing(ex, text, span, measure):
    assert measures(ex, text)[span] == measure


def test_one_in_n_of_its_own_is_still_a_share(ex):
    assert measures(ex, "Some 300 children live in poverty. One in four children are poor.")["One in four children"] \
        == "share of children"
