"""Directions and kinds of changes, round 3 (issue 16), in families met in new news text: changes in
brackets after the places they belong to, the change named before ("the biggest falls were in the
south-west (0.9%), east midlands (1%) ...") or after ("only Kent (7.5%) and Surrey (7.1%) recorded
bigger falls"); a list of places that borrows the change before it ("rises of 20% in Leeds, of 19% in
York and 16% in Hull"); the change named, an aside between dashes, then its size; "the smallest drop,
that of 2.5%"; a longer "what changed" between the change and its "of"; a superlative change far
before its "at"; a growth rate is a rise; bare points with a change noun are a change ("a 45-point
fall"), of a share where a share word is near ("a 12-point rise in satisfaction"); figures in brackets
after names in a sentence that ranks them are values, not list labels; "the fall is one of the
biggest" has no figure; "3 bedroom properties" is a type of home. Every sentence here was written
for these tests; each family has cases that must match and near-misses that must not."""
from __future__ import annotations

import pytest
from number_finding import figures, stats as stats_of


def kind_way(text: str, surface: str) -> tuple:
    kind, _value, direction, _cur = figures(text)[surface]
    return kind, direction


def ways(text: str) -> list:
    return [(text[s.num_start:s.num_end], s.kind, s.direction) for s in stats_of(text)]


# --- changes in brackets after places --------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The biggest falls were in the south-west (0.9%), east midlands (1%), north-east (1.2%) and Wales (1.3%).",
     [("0.9", "down"), ("1", "down"), ("1.2", "down"), ("1.3", "down")]),
    ("The largest rises were in Kent (4.2%), Surrey (3.1%); Essex (2.9%) and the Isle of Wight (2%).",
     [("4.2", "up"), ("3.1", "up"), ("2.9", "up"), ("2", "up")]),
    ("Only Cumbria (7.5%) and Devon (7.1%) registered larger falls.", [("7.5", "down"), ("7.1", "down")]),
    ("Hull (12%), Leeds (9%) and York (8%) all saw rises in demand.", [("8", "up")]),
    ("Of the regions, Wales (3.4%) recorded the biggest increase.", [("3.4", "up")]),
])
def test_bracketed_changes_after_places(text, expected):
    got = {(n, w) for n, _k, w in ways(text)}
    for item in expected:
        assert item in got, (item, got)


@pytest.mark.parametrize("text", [
    "The highest shares were in Leeds (45%), York (30%) and Hull (12%).",
    "Burglary fell by a fifth (20%), with Leeds (45%) and York (30%) the worst hit.",
    "Leeds (12%) and York (10%) had the highest rates of truancy.",
    "Pupils in Hull (62%) and York (58%) passed the test.",
])
def test_bracketed_levels_stay_levels(text):
    for n, kind, way in ways(text):
        if n in ("45", "30", "12", "10", "62", "58"):
            assert way is None, (n, way)


# --- a list of places borrowing the change before it ----------------------------------------

@pytest.mark.parametrize("text, surface, way", [
    ("Figures show rises in car crime of 20% in Bristol, of 19% in Bath and 16% in Wells.", "19", "up"),
    ("Figures show rises in car crime of 20% in Bristol, of 19% in Bath and 16% in Wells.", "16", "up"),
    ("There were falls in arson of 11% in Luton, of 8% in Bedford.", "8", "down"),
])
def test_list_of_places_borrows_the_change(text, surface, way):
    assert figures(text)[surface][2] == way


def test_share_after_a_change_not_borrowed():
    assert figures("Arrests rose 5% in Luton, and 20% of those held were under 18.")["20"][2] is None


# --- the change named, an aside between dashes, then its size ----------------------------------

@pytest.mark.parametrize("text, surface, way", [
    ("The drop in spending on libraries – the smallest of the council's budgets – was 14.6%.", "14.6", "down"),
    ("The increase – which the leader called unavoidable – is 4.99%.", "4.99", "up"),
    ("The cut in bus subsidies — agreed after a long debate — was £2m.", "2m", "down"),
])
def test_change_aside_between_dashes(text, surface, way):
    assert figures(text)[surface][2] == way


@pytest.mark.parametrize("text, surface", [
    ("Council tax – the largest source of income – was 61% of the total.", "61"),
    ("The share of pupils – measured in the spring – was 45%.", "45"),
])
def test_aside_without_a_change_noun(text, surface):
    assert figures(text)[surface][2] is None


# --- "the smallest drop, that of 2.5%"; a longer "what changed" before "of" ------------------

@pytest.mark.parametrize("text, surface, way", [
    ("The smallest drop, that of 2.5%, was in Wales.", "2.5", "down"),
    ("The biggest increase, one of 18%, came in Hull.", "18", "up"),
    ("There was a drop in obesity among those aged 0-15 of 4% last year.", "4", "down"),
    ("Police reported a rise in bike thefts at city centre racks of 17%.", "17", "up"),
    ("A fall in demand for social care places of 6% was recorded.", "6", "down"),
])
def test_change_then_that_of_or_a_longer_of(text, surface, way):
    assert figures(text)[surface][2] == way


@pytest.mark.parametrize("text, surface", [
    ("There was a rise in the share of 20%.", "20"),
    ("A rise in crime in the town, which has a population of 20,000, worried residents.", "20,000"),
    ("The rise in fares, and a drop in use of 4%, hit the operator.", "4"),  # (its own change: down)
])
def test_longer_of_not_across_a_clause(text, surface):
    way = figures(text)[surface][2]
    assert way != "up"


# --- a superlative change far before its "at" -------------------------------------------------

@pytest.mark.parametrize("text, surface, way", [
    ("The biggest rise in the number of claimants was in Hull, at 12%.", "12", "up"),
    ("The sharpest fall in the proportion of pupils passing was recorded in Rutland, at 4.1%.", "4.1", "down"),
    ("The steepest decline in the number of bus journeys in rural areas came in Powys, at 9%.", "9", "down"),
])
def test_superlative_change_far_before_at(text, surface, way):
    assert figures(text)[surface][2] == way


@pytest.mark.parametrize("text, surface", [
    ("There was a rise in crime, with the proportion of cases solved at 12%.", "12"),
    ("The annual rise jumped up to 12.5 per cent in March.", "12.5"),  # "up to" wins (round 2)
])
def test_not_a_superlative_change_at(text, surface):
    assert figures(text)[surface][2] is None


# --- a growth rate is a rise ------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, way", [
    ("The growth rate was 7.8 per cent.", "7.8", "up"),
    ("A population growth rate of 5% is expected.", "5", "up"),
    ("The growth rate for Wales slowed to 1.2%.", "1.2", "up"),
    ("The growth rate was -0.4%.", "-0.4", "down"),
])
def test_growth_rate(text, surface, way):
    assert figures(text)[surface][2] == way


@pytest.mark.parametrize("text, surface", [
    ("The crime rate was 7.8 per cent.", "7.8"),
    ("The rate of pupils in growth subjects was 12%.", "12"),
])
def test_other_rates_are_levels(text, surface):
    assert figures(text)[surface][2] is None


# --- points with a change noun ----------------------------------------------------------------

@pytest.mark.parametrize("text, surface, kind, way", [
    ("The index suffered a 45-point fall on Monday.", "45", "change", "down"),
    ("A 5 point drop in the score worried officials.", "5", "change", "down"),
    ("The index had a 30-point rise after the announcement.", "30", "change", "up"),
    ("There was a 12-point rise in satisfaction.", "12", "percentage", "up"),
    ("Satisfaction rose 12 points.", "12", "percentage", "up"),
    ("The share of votes saw a 4-point fall.", "4", "percentage", "down"),
])
def test_points_change(text, surface, kind, way):
    assert kind_way(text, surface) == (kind, way)


@pytest.mark.parametrize("text, surface", [
    ("He had six points on his licence.", "six"),
    ("The team was 12 points clear at the top.", "12"),
])
def test_points_without_a_change_noun(text, surface):
    assert surface not in figures(text) or figures(text)[surface][0] != "change"


# --- bracketed values after names in a ranking sentence ----------------------------------------

@pytest.mark.parametrize("text, surfaces", [
    ("The wards with the most burglaries were Oakfield (41) and Hillcrest (37).", ["41", "37"]),
    ("The forces with the fewest officers were Dyfed (12), Gwent (14) and Cumbria (19).", ["12", "14", "19"]),
    ("The highest numbers of complaints came from Barnet (23) and Enfield (18).", ["23", "18"]),
])
def test_ranked_bracketed_values_are_counts(text, surfaces):
    got = figures(text)
    for s in surfaces:
        assert got[s][0] == "count"


@pytest.mark.parametrize("text, surface", [
    ("John Smith (41) and Jane Doe (37) were charged.", "41"),
    ("The council must consider (3) the options.", "3"),
    ("See Section (3) of the most recent report.", "3"),
    ("The top schools were: (1) Oakfield and (2) Hillcrest.", "1"),
])
def test_bracketed_labels_and_ages_stay_out(text, surface):
    assert surface not in figures(text)


# --- no figure in "one of the"; a bedroom count names a type of home -----------------------------

@pytest.mark.parametrize("text", [
    "The fall is one of the biggest in the history of the survey.",
    "The rise was one of several recorded this year.",
])
def test_one_of_the_is_no_change(text):
    assert "one" not in figures(text)


def test_change_named_then_word_size_still_found():
    assert kind_way("The rise was one thousand.", "one thousand") == ("change", "up")


@pytest.mark.parametrize("text, surface", [
    ("3 bedroom properties accounted for 41% of new homes.", "3"),
    ("The number of 2 bedroom flats increased by 1%.", "2"),
    ("The average 2 bed house costs £900 a month.", "2"),
])
def test_bedroom_type_is_no_count(text, surface):
    assert surface not in figures(text)


@pytest.mark.parametrize("text, surface", [
    ("The council built 3 bedrooms extra.", "3"),
    ("There were 40 beds lost at the hospital.", "40"),
])
def test_bedrooms_and_beds_still_counted(text, surface):
    assert figures(text)[surface][0] == "count"


# --- settled kinds kept: jobs lost are a count; families fell by N is a change ---------------------

@pytest.mark.parametrize("text, surface, kind, way", [
    ("The firm lost 200 jobs last year.", "200", "count", None),
    ("The council cut 45 posts in its planning department.", "45", "count", None),
    ("Families in bed and breakfasts fell by 200 over the year.", "200", "change", "down"),
    ("Families living in temporary accommodation rose by 120.", "120", "change", "up"),
])
def test_jobs_and_families(text, surface, kind, way):
    assert kind_way(text, surface) == (kind, way)


# --- a change held to a size ---------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, way", [
    ("Minimising the drop to 7 per cent was a real achievement for the resort.", "7", "down"),
    ("The council is limiting the council tax rise to 2.99%.", "2.99", "up"),
    ("The college kept its increase in fees to £20.", "20", "up"),
    ("Ministers capped the annual rise to 5%.", "5", "up"),
])
def test_change_held_to_a_size(text, surface, way):
    assert figures(text)[surface][2] == way


@pytest.mark.parametrize("text, surface", [
    ("The rise to 7% in unemployment worried ministers.", "7"),
    ("They kept the rate to 3%.", "3"),
    ("The share was limited to 12%.", "12"),
])
def test_level_reached_not_held_change(text, surface):
    assert figures(text)[surface][2] is None


# --- a change plus another part of it ------------------------------------------------------------

@pytest.mark.parametrize("text, surface, way", [
    ("Bills go up by a core increase of 2.99% plus 2% for the social care precept.", "2", "up"),
    ("Fares were cut by 5% plus 3% for season tickets.", "3", "down"),
])
def test_change_plus_a_part(text, surface, way):
    assert figures(text)[surface][2] == way


def test_share_after_plus_is_no_change():
    assert figures("Rents rose 4% plus 20% of tenants were in arrears.")["20"][2] is None


# --- a change that itself moved to a new size -----------------------------------------------------

@pytest.mark.parametrize("text, surface, way", [
    ("Rental growth slowed to 2.1% in the spring.", "2.1", "up"),
    ("Pay growth fell to 1.5% over the summer.", "1.5", "up"),
    ("Annual rent increases rose to 6% for the first time.", "6", "up"),
    ("Fare rises have eased to 3.2% this year.", "3.2", "up"),
    ("The decline in footfall numbers slowed to 2%.", "2", "down"),
])
def test_change_moved_to_a_new_size(text, surface, way):
    assert figures(text)[surface][2] == way


@pytest.mark.parametrize("text, surface", [
    ("Growth in the economy picked up to 0.4% in the quarter.", "0.4"),  # "up to": a bound
    ("The growth in the share of pupils fell to 45%.", "45"),
    ("The number of rises fell to 12%.", "12"),
    ("Unemployment fell to 4.1%.", "4.1"),
])
def test_level_moved_to_is_no_change(text, surface):
    assert figures(text)[surface][2] is None
