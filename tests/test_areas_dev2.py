"""Area families found in the dev2 split's errors (corpus/README.md), with phrasings written for these tests:

- a nation named only inside a body's name ("NHS England data shows") does not make a national story;
- a place inside the own name of a health body that is itself the story's area ("Sussex" in "University
  Hospitals Sussex NHS Foundation Trust") is not counted as a place of its own.
"""
import pytest

from record_finding import link_of

TRUST_STORY = (
    "More than half of patients fit to leave hospital were not discharged on one day last week, figures reveal.\n\n"
    "NHS England data shows 410 patients at hospitals run by the University Hospitals Dorset NHS Foundation Trust were fit "
    "for discharge on March 3, the latest data available.\n\n"
    "However, only 150 left hospital that day.\n\n"
    "Charities said discharge delays hurt the whole health and care system.\n\n"
    "The figures include 90 patients who had been in hospital for at least three weeks.\n\n"
    "The proportion at the University Hospitals Dorset NHS Foundation Trust was lower than a week earlier.\n\n"
    "Across England, around 12,000 patients ready for discharge stayed in a hospital bed.")


@pytest.mark.parametrize("number,area", [
    ("410", "University Hospitals Dorset NHS Foundation Trust"),
    ("90", "University Hospitals Dorset NHS Foundation Trust"),
    ("half", "University Hospitals Dorset NHS Foundation Trust"),
    ("12,000", "England"),
])
def test_a_trusts_story_is_the_trusts_though_nhs_england_is_named(ex, number, area):
    assert link_of(ex, TRUST_STORY, number)[1] == area


def test_near_miss_a_story_that_opens_on_its_nation_is_the_nations(ex):
    text = ("Across England, more than half of patients fit to leave hospital were not discharged on one day last "
            "week, NHS England figures show, with 12,000 patients staying in a bed.\n\n"
            "At the University Hospitals Dorset NHS Foundation Trust 410 were fit for discharge.\n\n"
            "In England as a whole, 30 per cent had been in hospital for three weeks.\n\n"
            "The University Hospitals Dorset NHS Foundation Trust said it was working with councils.")
    assert link_of(ex, text, "30")[1] == "England"


# --- a force or council with its figure right after it, the verb left out in a list; the share named before ---

LIST_OF_FORCES = ("Merseyside Police recorded the worst number, with only 2% of calls answered in under 10 seconds. "
                  "Kent Police answered 17%, Essex Police 41%, Surrey Police 44% and Sussex Police 49%.")


@pytest.mark.parametrize("number,area", [("2", "Merseyside"), ("17", "Kent"), ("41", "Essex"), ("44", "Surrey"),
                                         ("49", "Sussex")])
def test_each_force_of_a_list_holds_its_own_figure(ex, number, area):
    assert link_of(ex, LIST_OF_FORCES, number)[1] == area


@pytest.mark.parametrize("text,span,measure", [
    (LIST_OF_FORCES, "41%", "calls answered in under 10 seconds"),
    ("In Kent 60% of pupils got a place. Essex managed 41%.", "41%", "pupils got a place"),
    # near-miss: a share of something else the sentence names is its own
    ("In Kent 60% of pupils got a place. Labour won 41%.", "41%", None),
])
def test_a_place_with_a_bare_share_takes_the_share_named_before(ex, text, span, measure):
    assert {s["span"]["text"]: s["measure"] for s in ex.extract(text)["statistics"]}[span] == measure


def test_near_miss_a_body_that_only_speaks_holds_no_figure(ex):
    text = "Crime rose 12% in Kent last year, Essex Police said in a statement."
    assert link_of(ex, text, "12")[1] == "Kent"


# --- the scope of "the most ... in" and the places of compared figures frame no later sentence ---

SCOPES = ("Nottinghamshire saw a 75 per cent rise in hate crimes. In 2015-16 the county had the most hate crimes in the "
          "East Midlands by far. There were 911 incidents in total compared to 537 in Derbyshire and 299 in "
          "Lincolnshire. Race-related crimes are the biggest category with 699 incidents over the year.")


@pytest.mark.parametrize("number,area", [("911", "Nottinghamshire"), ("537", "Derbyshire"), ("299", "Lincolnshire"),
                                         ("699", "Nottinghamshire")])
def test_a_ranking_scope_and_compared_places_are_not_carried(ex, number, area):
    assert link_of(ex, SCOPES, number)[1] == area


def test_near_miss_more_than_is_no_comparison(ex):
    text = ("More than 400 sex offenders on the streets in North Wales are being monitored, a report says. "
            "The report showed 30 of those being watched were jailed.")
    assert link_of(ex, text, "30")[1] == "North Wales"


# --- a national frame goes on over a run of one-sentence paragraphs that each state a figure ---

UK_RUN = ("Average full-time pay in Leeds rose by 3.1 per cent to £29,100 in 2023.\n\n"
          "Across the UK, average earnings for full-time workers rose by 2.8 per cent.\n\n"
          "The median wage increased from £33,000 to £34,900.\n\n"
          "Average earnings for all workers were £28,100.\n\n"
          "The average for men working full-time stood at £36,000.\n\n"
          "For women, it was £31,500 - some £4,500 less.\n\n"
          "A council spokesman said the city was doing well.\n\n"
          "Part-time workers earned £12,400.")


@pytest.mark.parametrize("number,area", [("34,900", "United Kingdom"), ("31,500", "United Kingdom"),
                                         ("4,500", "United Kingdom"), ("29,100", "Leeds"),
                                         # a paragraph with no figure ends the national thread
                                         ("12,400", "Leeds")])
def test_a_national_frame_goes_on_over_a_run_of_figure_paragraphs(ex, number, area):
    assert link_of(ex, UK_RUN, number)[1] == area


@pytest.mark.parametrize("text,number,area", [
    ("Leicester and Leicestershire saw record tourism. A million more people spent time in the city and county in "
     "2018, taking the total to 35 million.", "35 million", None),
    ("Norwich and Norfolk had a good year: across the county and the city, 4,200 jobs were created.", "4,200", None),
    # near-misses: one body, and one place
    ("Leicester saw 11.53 million visitors. The city and county council spent £2m on marketing.", "2m", "Leicester"),
    ("Leicester saw 11.53 million visitors, the most the city has had.", "11.53 million", "Leicester"),
])
def test_the_city_and_county_together_is_no_one_place(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


# --- near-misses from a second read of these rules ---

@pytest.mark.parametrize("text,number,area", [
    ("The most recent figures in Essex show 4,100 burglaries last year.\n\nOf these, 300 were solved.", "300", "Essex"),
    ("Police have stepped up the fight against drug dealing, making 120 arrests in Essex.\n\nA further 30 people were "
     "charged with supply.", "30", "Essex"),
    ("Compared with 2019, there were 400 more burglaries in Essex last year.\n\nPolice said 120 of them were solved.",
     "120", "Essex"),
    ("Across England and Wales, the population grew 6.3 per cent to 59.6 million. The fastest growth was in Tower "
     "Hamlets in London, at 22 per cent.\n\nAcross England and Wales there were 24.8 million households. The average "
     "household in the area had 2.4 people.", "2.4", "England and Wales"),
])
def test_second_read_area_near_misses(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,span,measure", [
    ("Only 21% of voters backed the plan in the spring. Labour had 41% in the latest poll.", "41%", None),
    ("Just 2% of calls were answered within 10 seconds. Overall 41% were abandoned.", "41%", None),
])
def test_a_share_with_its_own_words_takes_no_measure_from_before(ex, text, span, measure):
    assert {s["span"]["text"]: s["measure"] for s in ex.extract(text)["statistics"]}[span] == measure


@pytest.mark.parametrize("text,span,measure", [
    ("The number of rough sleepers in Kent rose again last year. Councils put the figure at 2,414.", "2,414",
     "rough sleepers"),
    # near-miss: a number named in another paragraph is no antecedent
    ("The number of arrests rose last year.\n\nMeanwhile, thousands of people are waiting for social housing. "
     "The council put the number at 8,200.", "8,200", None),
])
def test_put_the_figure_at_reads_its_own_paragraph(ex, text, span, measure):
    assert {s["span"]["text"]: s["measure"] for s in ex.extract(text)["statistics"]}[span] == measure
