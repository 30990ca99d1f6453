"""An age bound said of people with a verb of being ("a fifth of residents are 65 or over") is no
statistic; the share before it is. Near-misses: a figure that a count names ("the number of victims was
40 or over") and an age after "aged", which other rules already handle. Made-up sentences."""
import pytest


def numbers(ex, text):
    return [s["number"]["text"] for s in ex.extract(text)["statistics"]]


@pytest.mark.parametrize("text, kept, dropped", [
    ("Almost a fifth of residents are 65 or over.", "a fifth", "65"),
    ("One in four people in the borough is 70 or older.", "One in four", "70"),
    ("Half of the patients admitted were 80 or older.", "Half", "80"),
    ("About 30% of the town's drivers are 75 or over.", "30", "75"),
])
def test_an_age_bound_after_a_verb_of_being_is_no_statistic(ex, text, kept, dropped):
    found = numbers(ex, text)
    assert kept in found and dropped not in found


@pytest.mark.parametrize("text, kept", [
    ("The number of victims was 40 or over.", "40"),          # a count the sentence names
    ("Crime in the county rose by 12 or more per cent.", "12"),  # 'or more' is no age bound
    ("There were 45 or more incidents in the park.", "45"),
])
def test_near_misses_keep_their_figure(ex, text, kept):
    assert kept in numbers(ex, text)


@pytest.mark.parametrize("text, kept, dropped", [
    # "aged under/over N" after any noun or pronoun, not only a listed group ("children aged under 16")
    ("Police held 50 suspects, 20 of them aged under 18.", "20", "18"),
    ("Of 900 drivers, 40 were aged over 80.", "40", "80"),
    ("The trust treated 120 patients aged below 5.", "120", "5"),
])
def test_aged_under_or_over_is_an_age(ex, text, kept, dropped):
    found = numbers(ex, text)
    assert kept in found and dropped not in found


def test_aged_under_a_share_is_still_a_share(ex):
    # near-miss: a per cent sign after the bound makes it a share, whatever comes before
    assert "65" in numbers(ex, "Turnout among those aged over 65 per cent of the time was lower.")


@pytest.mark.parametrize("text, dropped", [
    # a grade, tier or band "of" a label is the label, no statistic
    ("Sutton had the highest share of pupils who got a grade of 5 or above in maths (69.3%).", "5"),
    ("Pupils need a grade of 4 to pass.", "4"),
])
def test_a_grade_of_a_label_is_no_statistic(ex, text, dropped):
    assert dropped not in numbers(ex, text)


@pytest.mark.parametrize("text, kept, dropped", [
    # an age said of people with a verb of being and a bound before it, the clause ending there
    ("One in every 10 residents is over 80.", "One in every 10", "80"),
    ("A third of drivers were under 25, and most were male.", "A third", "25"),
    ("Some 40 residents are over 80.", "40", "80"),
])
def test_an_age_over_or_under_after_a_verb_of_being(ex, text, kept, dropped):
    found = numbers(ex, text)
    assert any(kept in f for f in found) and dropped not in found


@pytest.mark.parametrize("text, kept", [
    ("The number of victims was over 40.", "40"),   # a count the sentence names
    ("Turnout was over 60%.", "60"),                 # a share
    ("Bills are over 100 pounds.", "100"),           # money
])
def test_bounds_that_are_figures_stay(ex, text, kept):
    assert kept in numbers(ex, text)


@pytest.mark.parametrize("text, kept", [
    # a band or tier "of" a count is a group, not a label (review finding 4)
    ("A band of 200 protesters marched through the town.", "200"),
    ("A tier of 3 councils will share the cost.", "3"),
    # and a count whose sentence names no people keeps its bound (review finding 3)
    ("Cases were over 40, police said.", "40"),
    ("The death toll is over 30.", "30"),
])
def test_groups_and_counts_with_bounds_stay(ex, text, kept):
    assert kept in numbers(ex, text)


@pytest.mark.parametrize("text, kept, dropped", [
    # a span of ages whose first end is a word: the second end is an age too
    ("There was a 12% increase in people aged five to 11 in care.", "12", "11"),
    ("Some 300 children aged between five and 11 were in care.", "300", "11"),
    ("The club has 85 members aged eleven to 16.", "85", "16"),
])
def test_a_span_of_ages_opening_on_a_word(ex, text, kept, dropped):
    found = numbers(ex, text)
    assert kept in found and dropped not in found


@pytest.mark.parametrize("text, kept", [
    ("Of those aged five, 11 were in care.", "11"),            # a count after the age's clause
    ("Five to 11 homes a week were repossessed.", "Five"),      # a range, no age: kept whole
])
def test_a_span_of_ages_near_misses(ex, text, kept):
    assert kept in numbers(ex, text)


@pytest.mark.parametrize("text, number, measure", [
    ("Some 300 children aged between five and 11 were in care.", "300", "children aged between five and 11"),
    ("Some 1,200 people aged between 16 and 24 were unemployed.", "1,200", "people aged between 16 and 24"),
])
def test_the_measure_keeps_a_span_of_ages(ex, text, number, measure):
    assert next(s for s in ex.extract(text)["statistics"] if number in s["span"]["text"])["measure"] == measure
