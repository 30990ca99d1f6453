"""'N more X' is a change when the sentence says what it grew over (a family from the dev2 split's errors; phrasings
written for this test): the time right after its noun ("60 more claimants last month"), a change it is the size of
("the biggest increase in the district with 60 more claimants"), "a corresponding 15 more", or "versus". Near-misses:
extra things with no time or change ("this resulted in 30 extra arrests"), what an agent did or got ("the force recruited
300 more officers last year") and plans ("will hire 20 more officers this year") stay counts."""
import pytest


def kinds(ex, text):
    return {s["number"]["text"]: (s["kind"], s["direction"]) for s in ex.extract(text, published="2022-01-01")["statistics"]}


@pytest.mark.parametrize("text,number,kind,direction", [
    ("Leeds Central saw the biggest increase in the city with 45 more claimants last month.", "45", "change", "up"),
    ("A million more people visited the county last year, figures show.", "A million", "change", "up"),
    ("Official figures show 1.5million extra patients waited a fortnight for a GP this year.", "1.5million", "change", "up"),
    ("There were 810 claimants, 1.9 per cent more than the previous month with a corresponding 15 more claimants.",
     "15", "change", "up"),
    ("Police logged 620 extra crimes in 2021 versus the year before.", "620", "change", "up"),
    ("There were 3,000 additional patients in a year, the trust said.", "3,000", "change", "up"),
    # near-misses
    ("New equipment made testing easier and this resulted in 30 extra arrests.", "30", "count", None),
    ("As well as this, three more offenders were returned to prison.", "three", "count", None),
    ("The council will hire 20 more officers this year.", "20", "count", None),
    ("The force recruited 300 more officers last year.", "300", "count", None),  # what an agent got, not a level
])
def test_more_of_a_thing_is_a_change_when_the_sentence_says_over_what(ex, text, number, kind, direction):
    assert kinds(ex, text)[number] == (kind, direction)


def values(ex, text):
    return [s["number"]["text"] for s in ex.extract(text)["statistics"]]


@pytest.mark.parametrize("text,label", [
    ("The poorest 10 per cent of full-time workers earn less than £15,900 a year.", "10"),
    ("The richest 10 per cent, meanwhile, all earn more than £55,000.", "10"),
    ("Pupils from the most deprived 20% of areas were twice as likely to be excluded.", "20"),
    ("Care leavers looked after for three months after they turned 14 were in suitable homes.", "14"),
    ("Children who turn 16 this year can apply.", "16"),
    ("Officers praised the zero tolerance approach to drink-driving.", "zero"),
])
def test_a_label_an_age_or_a_policy_name_is_no_statistic(ex, text, label):
    assert label not in values(ex, text)


@pytest.mark.parametrize("text,figure", [
    ("North Yorkshire was ranked in the top 15 per cent of authorities nationally.", "15"),
    ("Sales turned 14% higher in March.", "14"),
    ("There were zero deaths on the county's roads.", "zero"),
])
def test_near_misses_a_ranked_share_a_change_and_a_zero_count_stay(ex, text, figure):
    assert figure in values(ex, text)


@pytest.mark.parametrize("text,qualifier", [
    ("In 2010 there were just over 171,600 officers.", "over"),
    ("Just over half of the homes were built.", "over"),
    ("Spending on food was exceeding £600m.", "more than"),
    ("There were as high as 20 cases a week.", "up to"),
    # near-misses: the other words keep their qualifiers
    ("There were well over 171,600 officers.", "more than"),
    ("There were over 171,600 officers.", "over"),
])
def test_qualifier_words(ex, text, qualifier):
    assert [s["qualifier"] for s in ex.extract(text)["statistics"]] == [qualifier]


@pytest.mark.parametrize("text,figure", [
    ("ONLY 37 affordable homes were built across the district the year before last.", "37"),
    ("SOME 40 drivers were caught over Christmas.", "40"),
    ("The caseload rose 10% on the previous year (66,426 cases).", "66,426"),
    ("Arrests were down on the same year (1,240 arrests) before the change.", "1,240"),
])
def test_a_lede_word_in_capitals_and_a_year_before_a_bracket_hide_no_figure(ex, text, figure):
    assert figure in values(ex, text)


@pytest.mark.parametrize("text,label", [
    ("The FTSE 100 rose on Monday.", "100"),
    ("Pupils in Year 9 took the new test.", "9"),
])
def test_near_misses_a_name_and_a_school_year_stay_labels(ex, text, label):
    assert label not in values(ex, text)


@pytest.mark.parametrize("text,number,kind", [
    ("Of the 74,000 people hurt, 42,900 were in cars. A further 10,620 were pedestrians - of whom 2,650, or more "
     "than a quarter, were children.", "10,620", "count"),
    # near-misses: a baseline named with "than" keeps the change
    ("An extra 110 drivers failed breath tests than last year.", "110", "change"),
    ("A further 40 cases were logged than in 2022.", "40", "change"),
])
def test_a_qualifiers_than_names_no_baseline(ex, text, number, kind):
    assert kinds(ex, text)[number][0] == kind


# --- near-misses from a second read of these rules ---

@pytest.mark.parametrize("text,number,kind", [
    ("Police received 4,100 calls in May, a rise of 111 calls on April.", "111", "change"),  # a change's size, no service
    ("The figures revealed a million more people visited the county last year.", "a million", "change"),
    ("Police made 60 more arrests last month.", "60", "count"),  # what an agent did
    ("The council built 200 more homes last year.", "200", "count"),
    ("Kent Police took on 300 more officers last year.", "300", "count"),
    ("Around 600 more homes will be built in the town this year.", "600", "count"),  # a plan
    ("Some 300 more officers are due to join the force this year.", "300", "count"),
    ("Operation Snap led to 30 extra arrests and officers expect more this year.", "30", "count"),  # another clause
    ("Volunteers said they turned 30 derelict sites into gardens.", "30", "count"),  # no age
    ("Hartlepool is among the most deprived 10% of areas in England.", "10", "percentage"),  # a place's ranking
])
def test_second_read_near_misses(ex, text, number, kind):
    assert kinds(ex, text)[number][0] == kind


# --- near-misses from a third read ---

@pytest.mark.parametrize("text,number,kind", [
    ("There were 600 more people admitted to hospital last year.", "600", "change"),
    ("There were 2,000 more nurses and midwives working in the county last year.", "2,000", "change"),
    ("The figures highlighted 60 more claimants in the town last month.", "60", "change"),
    ("Around 200 more homes are planned for the town this year.", "200", "count"),
])
def test_third_read_more_of_a_thing(ex, text, number, kind):
    assert kinds(ex, text)[number][0] == kind


@pytest.mark.parametrize("text,label", [
    ("Young people who turned 18 during the pandemic were hit hardest.", "18"),
    ("Children who turn 16 within the next year can apply.", "16"),
    ("Pensioners who turned 80 since the scheme began get help.", "80"),
    ("Families in the poorest 10 per cent of areas are twice as likely to be hit.", "10"),
    ("The income of the richest 10 per cent rose by 5%.", "10"),
])
def test_third_read_ages_and_percentile_labels(ex, text, label):
    assert label not in values(ex, text)
