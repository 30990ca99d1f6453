"""Measures for families of phrasing found in a blind reading of new news text (health waiting
lists, homelessness, crime, exclusions, council budgets, fly-tipping): each family with phrasings
that must give the measure and near-misses that must not."""
import pytest


from record_finding import check, measures  # noqa: F401


# A "waiting for / living in" phrase is cut on a whole word, before the place it is at.
@pytest.mark.parametrize("text,surface,measure", [
    ("Figures show 8,940 patients were waiting for hip and knee operations or other orthopaedic treatment at "
     "Leicester Royal Infirmary.", "8,940", "patients waiting for hip and knee operations or other orthopaedic treatment"),
    ("In all 2,115 families were living in bed and breakfast rooms at the Royal Hotel last winter.", "2,115",
     "families living in bed and breakfast rooms"),
])
def test_waiting_phrase_ends_on_a_word(ex, text, surface, measure):
    check(ex, text, surface, measure)


# "..., an increase from [N]" / "a fall from [N]": the thing the figure before measured, never "an".
@pytest.mark.parametrize("text,surface,measure", [
    ("The absence rate was 6.9, an increase from 5.8 in the spring term.", "5.8", "absence rate"),
    ("The vacancy rate stood at 7.2, a fall from 8.1 the year before.", "8.1", "vacancy rate"),
])
def test_bare_change_noun_from_takes_the_figure_before(ex, text, surface, measure):
    check(ex, text, surface, measure)


# "N in/out of every 1,000 people (in X) did Y": the people who did it, per the base.
@pytest.mark.parametrize("text,surface,measure", [
    ("Around 14 in every 1,000 pupils in Kent were excluded from school last year.",
     "Around 14 in every 1,000 pupils", "pupils who were excluded from school per 1,000 pupils"),
    ("That means six out of every 1,000 households in the borough reported a break-in.",
     "six out of every 1,000 households", "households who reported a break-in per 1,000 households"),
])
def test_rate_base_that_did_something(ex, text, surface, measure):
    check(ex, text, surface, measure)


def test_rate_with_its_own_noun_is_unchanged(ex):
    check(ex, "There were 46 offences per 100,000 people in the county.", "46 offences per 100,000 people",
          "offences per 100,000 people")


def test_rate_out_of_is_no_noun(ex):
    got = measures(ex, "This means that nine out of every 1,000 residents in Hull reported a theft.")
    assert "out of" not in (got["nine out of every 1,000 residents"] or ""), got


# "Record numbers of X were done – [N]": the number the clause names; "year on year" is no measure.
@pytest.mark.parametrize("text,surface,measure", [
    ("Record numbers of pupils were taught in temporary classrooms across the county – 3,120, up 410 year on year.",
     "3,120", "pupils taught in temporary classrooms"),
    ("Record numbers of pupils were taught in temporary classrooms across the county – 3,120, up 410 year on year.",
     "up 410", "increase in pupils taught in temporary classrooms"),
    ("The number of cars were clamped by wardens: 410.", "410", "cars clamped by wardens"),
])
def test_figure_after_a_dash_counts_the_clause(ex, text, surface, measure):
    check(ex, text, surface, measure)


def test_year_on_year_change_noun_keeps_its_thing(ex):
    check(ex, "The DfT released figures revealing a 1.5% year-on-year decrease in bus passenger journeys.", "1.5%",
          "year-on-year decrease in bus passenger journeys")


# "X had the bulk/lion's share/most of Y, at [N], followed by Z ([M])"; "There were only [N] in Wigan".
@pytest.mark.parametrize("text,surface,measure", [
    ("Manchester had the bulk of the rough sleepers, at 240, followed by Salford (160) and Bolton (135).", "240",
     "rough sleepers"),
    ("Manchester had the bulk of the rough sleepers, at 240, followed by Salford (160) and Bolton (135).", "160",
     "rough sleepers"),
    ("Leeds had the most fly-tipping incidents, at 12,000, followed by Bradford (9,000).", "12,000",
     "fly-tipping incidents"),
    ("Manchester had the bulk of the rough sleepers, at 240. There were only 12 in Wigan.", "12", "rough sleepers"),
])
def test_superlative_share_and_the_list_after_it(ex, text, surface, measure):
    check(ex, text, surface, measure)


def test_there_were_with_no_place_after_keeps_its_noun(ex):
    check(ex, "Kent recorded 1,200 burglaries. There were 900 thefts in Essex.", "900", "thefts")


# An aside between commas before the change verb is read past.
@pytest.mark.parametrize("text,surface,measure", [
    ("Shoplifting, a growing headache for retailers, rose by 18 per cent in the city.", "18 per cent",
     "increase in shoplifting"),
    ("In Hull, vehicle crime, one of the most common offences, fell by 6%.", "6%", "fall in vehicle crime"),
])
def test_aside_before_change_verb(ex, text, surface, measure):
    check(ex, text, surface, measure)


# What is said of a short noun: irregular participles and -ing forms.
@pytest.mark.parametrize("text,surface,measure", [
    ("More than 1,800 families were put up in hostels last year.", "More than 1,800", "families put up in hostels"),
    ("Some 340 patients were receiving chemotherapy last month.", "Some 340", "patients receiving chemotherapy"),
])
def test_irregular_and_ing_predicates(ex, text, surface, measure):
    check(ex, text, surface, measure)


def test_light_verb_made_adds_nothing(ex):
    check(ex, "Figures show 2.1 million trips were made to the coast.", "2.1 million", "trips")


# "Of/out of N Xs ..., [M] did Y": the same Xs, doing Y.
@pytest.mark.parametrize("text,surface,measure", [
    ("Of 260 drivers stopped at the roadside, 41 were driving without insurance.", "41",
     "drivers driving without insurance"),
    ("Last year 85 homes were repossessed, out of 300 that were taken to court.", "300", "homes taken to court"),
    ("There were 5,200 arrests in the county, 1,300 of which were for shoplifting.", "1,300", "arrests for shoplifting"),
    ("Almost 800 complaints were received, 30% of which were upheld.", "30%", "share of complaints upheld"),
])
def test_part_of_a_counted_whole(ex, text, surface, measure):
    check(ex, text, surface, measure)


# Money: a part of a named pot, a label written before the sum, a copula with "our", "stands at".
@pytest.mark.parametrize("text,surface,measure", [
    ("The college will use £900,000 of its reserves to cover the gap.", "£900,000", "reserves"),
    ("Despite receiving £12m of this extra funding, the county still faces a gap.", "£12m", "extra funding"),
    ("At the end of March, our usable reserves were £12.4 million and borrowing £300 million.", "£12.4 million",
     "usable reserves"),
    ("At the end of March, our usable reserves were £12.4 million and borrowing £300 million.", "£300 million",
     "borrowing"),
    ("Prices rose fastest in Ely (6.1% increase, average price £310,500).", "£310,500", "average price"),
    ("Detectives seized cocaine with a street value of about £80,000.", "about £80,000", "street value"),
    ("The council expects to bring its deficit down to £2m by April.", "£2m", "deficit"),
])
def test_money_named_by_its_pot_or_label(ex, text, surface, measure):
    check(ex, text, surface, measure)


def test_spenders_are_not_a_label(ex):
    check(ex, "Last year 2.3 million visitors came, with these visitors spending £410 million during their stay.",
          "£410 million", "spending by visitors")


@pytest.mark.parametrize("text,surface,measure", [
    ("The Consumer Prices Index stands at 131.2 in May.", "131.2", "Consumer Prices Index"),
    ("At 31 March, our general reserves were £8.1 million.", "£8.1 million", "general reserves"),
])
def test_subject_of_stands_at_and_our(ex, text, surface, measure):
    check(ex, text, surface, measure)


# Money taken in: collected, raised, generated, and what from.
@pytest.mark.parametrize("text,surface,measure", [
    ("Wardens collected more than £45,000 from parking fines in the first year.", "more than £45,000",
     "money collected from parking fines"),
    ("Only 18 tickets were paid, raising a total of £3,600.", "£3,600", "money raised"),
])
def test_money_collected_or_raised(ex, text, surface, measure):
    check(ex, text, surface, measure)


def test_money_received_in_a_grant_keeps_the_grant(ex):
    check(ex, "The council received £491,055 in an annual homelessness prevention grant.", "£491,055",
          "annual homelessness prevention grant")


def test_second_verb_with_its_own_object_ends_the_noun(ex):
    got = measures(ex, "Westminster handed out 787 fines and collected around £130,000 last year.")
    assert got["787"] == "fines", got


# A change set beside the figure before it: ", a [3]% reduction", ", an increase of [1,800] offences".
@pytest.mark.parametrize("text,surface,measure", [
    ("The cost of clearing graffiti was £2.1m in 2023, a 4% reduction on 2022.", "4%",
     "fall in cost of clearing graffiti on 2022"),
    ("There were 5,400 car thefts between April and June, compared with 5,100 a year earlier, an increase of "
     "300 offences.", "an increase of 300", "increase in car thefts"),
])
def test_change_set_beside_a_figure(ex, text, surface, measure):
    check(ex, text, surface, measure)


def test_change_with_its_own_thing_is_kept(ex):
    check(ex, "Kent recorded 5,000 burglaries, a 3% rise in thefts.", "3%", "rise in thefts")


# A bracketed list of places after a colon takes the share stated before.
def test_places_in_brackets_take_the_share_before(ex):
    text = ("Tamworth had the highest proportion of adults smoking, at 21.8%. By contrast, the lowest areas were "
            "all in London: Islington (7.0%), Hammersmith & Fulham (6.1%) and Camden (5.9%).")
    got = measures(ex, text)
    assert got["7.0%"] == got["5.9%"] == "proportion of adults smoking", got


# A label and a colon before a figure in a list; a party's votes and then its share; a list item that
# names only its place after "in".
@pytest.mark.parametrize("text,surface,measure", [
    ("Income comprises of Government Grants: £80 million, Council Tax: £51 million and Parking Charges: £3 million.",
     "£51 million", "Council Tax"),
    ("Income comprises of Government Grants: £80 million, Council Tax: £51 million and Parking Charges: £3 million.",
     "£3 million", "Parking Charges"),
    ("Green 612 votes, 41.2%, up 9.1% since 2019. Labour 388 votes, 26.1%.", "41.2%", "share of the vote"),
    ("Green 612 votes, 41.2%, up 9.1% since 2019. Labour 388 votes, 26.1%.", "26.1%", "share of the vote"),
    ("The average rent in Leeds in May was £950, in Bradford £720 and in York £1,100.", "£720", "average rent"),
    ("The average rent in Leeds in May was £950, in Bradford £720 and in York £1,100.", "£1,100", "average rent"),
])
def test_labels_votes_and_elided_places(ex, text, surface, measure):
    check(ex, text, surface, measure)


def test_colon_after_a_sentence_is_no_label(ex):
    got = measures(ex, "Waiting times were long: 4,000 patients waited over a year.")
    assert got["4,000"] == "patients waited over a year", got
