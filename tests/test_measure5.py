"""Measures for families found in a fifth blind reading of new news text (school admissions,
homelessness, bus use, crime surveys, council budgets): each family with phrasings that must give
the measure and near-misses that must not."""
import pytest

from record_finding import check, measures  # noqa: F401


# A level a change reached, with two qualifiers before it: "rose by 9% to just over [N]" is the
# thing that rose, as a level.
@pytest.mark.parametrize("text,surface,measure", [
    ("The number of cycle thefts in the city rose by 9% to just over 4,100.", "just over 4,100", "cycle thefts"),
    ("Library visits fell by a tenth to an estimated 2.3 million.", "an estimated 2.3 million", "Library visits"),
])
def test_level_after_two_qualifiers_is_the_changed_thing(ex, text, surface, measure):
    check(ex, text, surface, measure)


# A short subject denied a verb: "did not", "were not", "have not been".
@pytest.mark.parametrize("text,surface,measure", [
    ("Roughly 6% of tenants did not renew their tenancy agreements.", "Roughly 6%", "tenants who did not renew their tenancy agreements"),
    ("Some 430 bridges have not been inspected since 2021.", "Some 430", "bridges not inspected"),
    ("Around 2,900 callers were not answered within ten minutes.", "Around 2,900", "callers not answered within ten minutes"),
    ("Nearly 15,000 did not receive a place at any school they named.", "Nearly 15,000",
     "those who did not receive a place at any school they named"),
])
def test_negated_predicate_is_kept(ex, text, surface, measure):
    check(ex, text, surface, measure)


@pytest.mark.parametrize("text,surface,measure", [
    # a negation with no content verb adds nothing
    ("About 70 residents did not say why they had moved.", "About 70", "residents"),
    # a positive predicate keeps its old reading
    ("Around 12% of pupils got their first choice.", "Around 12%", "pupils got their first choice"),
])
def test_negation_near_misses(ex, text, surface, measure):
    check(ex, text, surface, measure)


# A share named before its figure: "the proportion of X ..., at [N%]", "the share of X stood at [N%]".
@pytest.mark.parametrize("text,surface,measure", [
    ("A smaller proportion of learners passed their driving test first time, at 46.2%, down from 47.9%.",
     "46.2%", "proportion of learners passed their driving test first time"),
    ("The share of trains arriving on time stood at 68 per cent.", "68 per cent", "share of trains arriving on time"),
    ("The percentage of bins collected late was 3.4% in the autumn.", "3.4%", "percentage of bins collected late"),
])
def test_share_named_before_its_figure(ex, text, surface, measure):
    check(ex, text, surface, measure)


@pytest.mark.parametrize("text,surface", [
    # a share of a pronoun names nothing; another share later in the sentence is its own
    ("The council's share of that was 12%.", "12%"),
    ("A share of the blame lies with landlords, as 40% of repairs were late.", "40%"),
])
def test_share_named_before_near_misses(ex, text, surface):
    got = measures(ex, text).get(surface) or ""
    assert not got.startswith(("share of that", "share of the blame")), got


# Both ends of "a fall/rise in X, from A to B" are levels of X.
@pytest.mark.parametrize("text,surface,measure", [
    ("Swindon saw the sharpest fall in children walking to school, down from 52% in 2018 to 41%.",
     "52%", "children walking to school"),
    ("Swindon saw the sharpest fall in children walking to school, down from 52% in 2018 to 41%.",
     "41%", "children walking to school"),
    ("There was a rise in the number of food bank referrals from 900 to 1,350.", "1,350", "food bank referrals"),
])
def test_ends_of_a_change_in_something(ex, text, surface, measure):
    check(ex, text, surface, measure)


# A change that names nothing before it takes the noun after the level it reached.
@pytest.mark.parametrize("text,surface,measure", [
    ("Enrolments kept climbing, increasing by 4.1% to 12,380 apprentices.", "4.1%", "increase in apprentices"),
])
def test_change_takes_the_noun_of_its_level(ex, text, surface, measure):
    check(ex, text, surface, measure)


# An aside between dashes inside the subject of a change is skipped.
@pytest.mark.parametrize("text,surface,measure", [
    ("Thefts of catalytic converters – mostly from hybrid cars – were up 17 per cent.", "17 per cent",
     "increase in thefts of catalytic converters"),
    ("Complaints about noise - chiefly from parties - fell by 8% last year.", "8%", "fall in complaints about noise"),
])
def test_dash_aside_in_change_subject(ex, text, surface, measure):
    check(ex, text, surface, measure)


# Money named by where it comes from, or how a saving is made, or the subject of "is".
@pytest.mark.parametrize("text,surface,measure", [
    ("Some £1.8m would come from raising parking charges.", "Some £1.8m", "money from raising parking charges"),
    ("The plan includes £6m from selling surplus land.", "£6m", "money from selling surplus land"),
    ("The board approved a transfer of £3m from the insurance reserve to the capital fund.", "£3m",
     "transfer from the insurance reserve"),
    ("It expects a saving of about £450,000 by merging two depots.", "about £450,000", "saving by merging two depots"),
    ("The garden waste charge for a household is currently £52 per year.", "£52", "garden waste charge for a household"),
    ("The typical weekly rent in Bristol in March was £310.", "£310", "typical weekly rent"),
])
def test_money_from_by_and_is(ex, text, surface, measure):
    check(ex, text, surface, measure)


@pytest.mark.parametrize("text,surface,measure", [
    # "from" a time or another sum is a comparison, not a source
    ("The fee rose to £40 from £35 last year.", "£40", "fee"),
])
def test_money_from_by_and_is_near_misses(ex, text, surface, measure):
    check(ex, text, surface, measure)


@pytest.mark.parametrize("text,surface", [
    # a pronoun or a "when" clause is no subject of "is"
    ("The cap was lower in spring, when it was £1,850.", "£1,850"),
    ("Fuel costs rose again, and by May they were £2,400 a month.", "£2,400"),
])
def test_money_is_not_a_pronoun(ex, text, surface):
    got = measures(ex, text).get(surface) or ""
    assert not got.lower().startswith(("when", "it", "this", "they", "by may")), got


# "one X in every N" with no noun after the base: the share of Xs, and what is said of them.
@pytest.mark.parametrize("text,surface,measure", [
    ("That means about one household in every 30 was burgled last year.", "about one household in every 30",
     "share of households burgled"),
    ("Roughly one in eight patients did not attend their appointment.", "Roughly one in eight patients",
     "share of patients who did not attend their appointment"),
])
def test_one_x_in_every_n(ex, text, surface, measure):
    check(ex, text, surface, measure)


# A counted noun that opens with a capital and an ampersand is no article: "A&E patients", "B&B guests".
@pytest.mark.parametrize("text,surface,measure", [
    ("Figures showed 86% of A&E patients were treated within four hours.", "86%", "A&E patients treated within four hours"),
    ("The trust had 4,200 A&E attendances in May.", "4,200", "A&E attendances"),
    ("About 300 B&B guests were moved.", "About 300", "B&B guests moved"),
])
def test_an_ampersand_name_opens_a_measure(ex, text, surface, measure):
    check(ex, text, surface, measure)


def test_a_bare_article_is_still_no_measure(ex):
    assert measures(ex, "The town saw 40 a day in August.").get("40") is None


# A subject with a relative clause before its verb of change keeps the clause; a clause of reported
# speech ("figures show that crime rose") is no relative clause.
@pytest.mark.parametrize("text,surface,measure", [
    ("Killings in which a gun was used dropped by 12% last year.", "12%", "fall in killings in which a gun was used"),
    ("Collisions where a scooter was involved rose by 8 per cent.", "8 per cent", "increase in collisions where a scooter was involved"),
    ("Fires that started in kitchens fell by 20%.", "20%", "fall in fires that started in kitchens"),
    ("Pupils who were excluded from school rose by 15%.", "15%", "increase in pupils who were excluded from school"),
    # near-misses: a clause of speech keeps only its subject
    ("Figures show that burglary rose by 5%.", "5%", "increase in burglary"),
    ("The council said that spending had risen by 4%.", "4%", "increase in spending"),
    # a "where" clause whose own subject is the one that changed
    ("The worst hit was the South West where evictions dropped by 56 per cent.", "56 per cent", "fall in evictions"),
])
def test_a_relative_clause_stays_with_its_subject(ex, text, surface, measure):
    check(ex, text, surface, measure)


# A share that points back with "it": the share named before; a rate's name before "stands at" with its place.
@pytest.mark.parametrize("text,surface,measure", [
    ("In Kent, 87.7% of pupils got their first choice. In Surrey, it was 92.5%.", "92.5%", "pupils got their first choice"),
    ("About 30% of calls were answered, while in Essex it was 41%.", "41%", "calls answered"),
    ("The jobless rate in the region stands at 4.8%.", "4.8%", "jobless rate"),
    ("The jobless rate stands at 4.8%.", "4.8%", "jobless rate"),
    ("In the region the vacancy rate stands at 2.1%.", "2.1%", "vacancy rate"),
    # what a sum costs to do
    ("It costs £1,200 a week to keep a child in residential care.", "£1,200", "cost to keep a child in residential care"),
    # near-misses: "it" before a figure with its own noun, a cost with its subject
    ("It was 400 homes.", "400", "homes"),
    ("The interim dividend is unchanged at 4.5p.", "4.5p", "interim dividend"),
    ("The repairs cost £3m to date.", "£3m", "cost of repairs"),
])
def test_points_back_rates_and_costs(ex, text, surface, measure):
    check(ex, text, surface, measure)


# A fraction and its percentage in brackets name one share, said after the bracket.
@pytest.mark.parametrize("text,surface,measure", [
    ("Four out of five (80.4%) callers were answered within a minute.", "Four out of five",
     "share of callers answered within a minute"),
    ("Four out of five (80.4%) callers were answered within a minute.", "80.4%", "share of callers answered within a minute"),
    ("Nearly half (47%) of tenants were evicted.", "47%", "tenants evicted"),
    ("Nearly half (47%) of tenants were evicted.", "Nearly half", "share of tenants evicted"),
    # near-miss: a change by a fraction keeps its change
    ("Burglary fell by a third (33%) last year.", "33%", "fall in burglary"),
])
def test_a_fraction_and_its_bracketed_share(ex, text, surface, measure):
    check(ex, text, surface, measure)


# Money: what is worth a sum (not who handled it); where visitors spent it is no thing bought; a
# subject that "reached a record" figure.
@pytest.mark.parametrize("text,surface,measure", [
    ("Detectives seized cocaine worth £250,000.", "£250,000", "value of cocaine"),
    ("Burglars stole jewellery worth £20,000.", "£20,000", "value of jewellery"),
    ("Day visitors spent £1.2bn in the county last year.", "£1.2bn", "spending by day visitors"),
    ("Hate crimes reached a record 2,300.", "2,300", "Hate crimes"),
    # near-misses: what an authority spent money on, and a sum worth something said of its subject
    ("The council spent £2m on roads.", "£2m", "spent on roads"),
    ("Tourism is now worth £867 million.", "£867 million", "value of tourism"),
])
def test_worth_spent_and_record(ex, text, surface, measure):
    check(ex, text, surface, measure)


# A compared figure points back to the sentence's main figure, not a count of parts inside its phrase;
# a sentence's opening words are no row label of a list.
@pytest.mark.parametrize("text,surface,measure", [
    ("Some 95,400 people were waiting for treatment at the county's three hospitals. That is up from 88,200.",
     "88,200", "people waiting for treatment at the county's three hospitals"),
    ("Officers made 640 arrests across the force's five districts. That is up from 590.",
     "590", "arrests across the force's five districts"),
    # near-miss: a list row under a counted total keeps the total's noun
    ("The county recorded 1,200 burglaries.\nOxford 323\nBanbury 210", "323", "burglaries recorded"),
])
def test_compared_figure_points_back_to_the_main_figure(ex, text, surface, measure):
    check(ex, text, surface, measure)


# What "accounts for" a sum, and the subject of "which average/total" a sum.
@pytest.mark.parametrize("text,surface,measure", [
    ("Adult social care accounts for £192m of the £509m net budget.", "£192m", "adult social care"),
    ("Children's services account for £80m.", "£80m", "children's services"),
    ("Parish councils set their own precepts, which average £72 a year.", "£72", "average precepts"),
    ("The fines, which total £40,000, were issued in March.", "£40,000", "fines"),
    # near-misses: a pronoun accounts for nothing named; a counted noun after the figure wins
    ("It accounts for £4m.", "£4m", None),
    ("It accounts for 4,000 jobs.", "4,000", "jobs"),
])
def test_accounts_for_and_which_total(ex, text, surface, measure):
    check(ex, text, surface, measure)


def test_both_ends_of_a_change_after_a_dash(ex):
    text = ("The increase is driven by a continuing rise in exclusions from secondary schools – from 0.15 per cent "
            "in 2014-15 to 0.17 per cent in 2015-16.")
    got = measures(ex, text)
    assert got["0.15 per cent"] == got["0.17 per cent"] == "exclusions from secondary schools", got


@pytest.mark.parametrize("text,surface,measure", [
    ("Some 0.08 per cent of pupils in all schools were excluded in 2016.", "Some 0.08 per cent", "pupils in all schools excluded"),
    # near-misses: "in all" and "in total" as totals end the phrase
    ("There were 400 people in all.", "400", "people"),
    ("There were 400 crimes in total last year.", "400", "crimes"),
])
def test_in_all_before_a_noun_is_part_of_the_phrase(ex, text, surface, measure):
    check(ex, text, surface, measure)


@pytest.mark.parametrize("text,surface,measure", [
    ("Some 70 bus routes have already been cut or withdrawn.", "Some 70", "bus routes cut or withdrawn"),
    ("Some 300 homes have now been built.", "Some 300", "homes built"),
])
def test_an_adverb_before_been(ex, text, surface, measure):
    check(ex, text, surface, measure)


@pytest.mark.parametrize("text,surface,measure", [
    ("The number of those who reoffend has fallen to 300.", "300", "those who reoffend"),
    ("The share of those who re-offend seriously has stayed at around 0.5%.", "around 0.5%", "share of those who re-offend seriously"),
    # near-miss: a head that names something keeps its own reading
    ("The number of offenders who moved away has fallen to 300.", "300", "offenders who moved away"),
])
def test_those_who_keeps_its_clause(ex, text, surface, measure):
    check(ex, text, surface, measure)
