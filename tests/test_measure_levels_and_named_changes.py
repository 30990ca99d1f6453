"""Measures in index and release language: the level a change reached ("to an average of £167,063", "takes the
average property value to ..."), a change noun with its thing before it ("an annual price increase of 3.4 per
cent"), a change sized after it was named ("with a movement of 9.3 per cent"), levels in a bracket after a
change, a second verb with its subject left out, and a frame before a subject with no comma."""
import pytest

from record_finding import measures


@pytest.mark.parametrize("text,span,measure", [
    ("Rents in Leeds rose again in May, increasing by 1.2% over the month to an average of £1,104.", "£1,104",
     "average rents"),
    ("The index shows an annual rise of 4 per cent which takes the average home value in Kent to £412,000.",
     "£412,000", "average home value"),
    ("Sales rose by 3% in the year, bringing the total value of sales to £2.1bn.", "£2.1bn", "total value of sales"),
    # near-miss: a level with its own noun keeps it
    ("Sales rose by 4% to a total of 12,400 homes.", "12,400", "homes"),
])
def test_the_level_a_change_reached(ex, text, span, measure):
    assert measures(ex, text)[span] == measure


@pytest.mark.parametrize("text,span,measure", [
    ("The index shows an annual price increase of 3.4 per cent.", "3.4 per cent", "increase in price"),
    ("Landlords imposed an average rent increase of 9.2%.", "9.2%", "increase in rent"),
    ("Tenants face a big rent rise of 5%.", "5%", "rise in rent"),
    # near-miss: an adjective or a verb before the change noun is no thing
    ("Staff get a planned increase of 3%.", "3%", None),
    ("There was a huge increase of 73% on ten years ago.", "73%", None),
])
def test_a_change_noun_with_its_thing_before_it(ex, text, span, measure):
    assert measures(ex, text)[span] == measure


@pytest.mark.parametrize("text,span,measure", [
    ("London saw the greatest increase in its average property value over the year, with a movement of 9.3 per cent.",
     "9.3 per cent", "increase in average property value"),
    ("The only region with an annual price fall is Wales with a decrease of 1.7 per cent.", "1.7 per cent",
     "fall in price"),
])
def test_a_change_sized_after_it_was_named(ex, text, span, measure):
    assert measures(ex, text)[span] == measure


@pytest.mark.parametrize("text,span,measure", [
    ("Repossessions dropped by 56 per cent (25 in July 2013 compared with 57 in July 2012).", "25", "repossessions"),
    ("Repossessions dropped by 56 per cent (25 in July 2013 compared with 57 in July 2012).", "57", "repossessions"),
    # near-miss: a bracketed figure with its own noun
    ("Burglaries fell by 10% (450 homes).", "450", "homes"),
])
def test_levels_in_a_bracket_after_a_change(ex, text, span, measure):
    assert measures(ex, text)[span] == measure


@pytest.mark.parametrize("text,span,measure", [
    ("In Wales, however, prices are down by 1.7% year-on-year and fell by 0.4% in September.", "0.4%",
     "fall in prices in September"),
    ("In London the average property price is now £393,462.", "£393,462", "average property price"),
    ("However, annually prices were up by just 1.3%.", "1.3%", "increase in prices"),
    ("Nationally crime fell by 3% last year.", "3%", "fall in crime"),
    # near-miss: two objects of one verb each keep their own noun
    ("The council cut spending on roads by £2m and libraries by £1m.", "£1m", "cut in spending on libraries"),
])
def test_elided_subjects_and_frames_before_a_subject(ex, text, span, measure):
    assert measures(ex, text)[span] == measure


@pytest.mark.parametrize("text,span,measure", [
    # a relative clause whose object is the next figure says nothing of the counted thing
    ("Cornwall attracts 4.5 million visitors who generate £2.1 billion in spending.", "4.5 million", "visitors"),
    ("There are 300 pupils who attend 12 schools in the town.", "300", "pupils"),
    # near-miss: a duration inside the clause is part of it
    ("In all 1,223 patients waited, including 675 who were delayed by more than 12 hours.", "675",
     "those who were delayed by more than 12 hours"),
    ("There are 300 pupils who attend private schools.", "300", "pupils attend private schools"),
])
def test_a_who_clause_stops_at_another_figure(ex, text, span, measure):
    assert measures(ex, text)[span] == measure


@pytest.mark.parametrize("text,span,measure", [
    # "the exception" points to a place: no measure rather than a wrong one
    ("The exception was Scotland, which saw an increase of 0.3 percentage points.", "0.3 percentage points", None),
])
def test_a_pointer_noun_is_no_measure(ex, text, span, measure):
    assert measures(ex, text)[span] == measure


@pytest.mark.parametrize("text,span,measure", [
    # a quantity is measured by its subject as counts are
    ("The amount of residual waste treated was 12.1 million tonnes, down from 12.9 million tonnes in 2021.",
     "12.1 million tonnes", "residual waste treated"),
    ("Local authorities collected 29.1m tonnes of waste. Household waste accounted for 25.9m tonnes.", "25.9m tonnes",
     "household waste"),
    # a term in quote marks is part of the subject
    ("The number of “bed blocking” days was 4,500.", "4,500", "bed blocking days"),
])
def test_quantities_and_quoted_terms_in_a_subject(ex, text, span, measure):
    assert measures(ex, text)[span] == measure


@pytest.mark.parametrize("text,span,measure", [
    ("It is retaining the Council Tax Support Scheme at 25%.", "25%", "Council Tax Support Scheme"),
    ("The council froze parking charges at £2.50 an hour.", "£2.50", "parking charges"),
    ("The council set its budget at £300m.", "£300m", "budget"),
    ("The council will generate income totalling £23.8m.", "£23.8m", "income"),
    # near-miss: a subject at a level keeps the subject route
    ("Crime was at 4,000 last year.", "4,000", "Crime"),
])
def test_what_is_kept_at_or_comes_to_a_figure(ex, text, span, measure):
    assert measures(ex, text)[span] == measure
