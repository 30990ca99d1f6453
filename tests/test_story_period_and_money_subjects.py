"""A relative period named only after every figure ("Last year, they could not raise the tax at all"
closing a story) frames none of them, while a span a story closes on may ("The number of arrests was
monitored between 1 December 2014 and 5 January 2015"); money a subject "will total"; a change named
with capitals ("a Council Tax increase of 2.99%"); "a 10% tax hike". Sentences written for these tests."""
import pytest

from tests.test_aside_figures import period_of
from tests.test_measure_families3 import stat_of


@pytest.mark.parametrize("text, number", [
    ("Councillors approved a 10% rise in council tax.\n\nBand D homes will pay £1,491 a year.\n\n"
     "Last year, the council could not raise the tax at all.", "£1,491"),
    ("The club sold 4,000 season tickets.\n\nThis week, fans were told prices would be frozen.", "4,000"),
])
def test_a_closing_relative_period_frames_nothing_before_it(ex, text, number):
    assert period_of(ex, text, number, "2024-03-01") is None


def test_a_closing_span_still_frames_the_story(ex):
    text = ("Police arrested 85 people for drink-driving.\n\nOfficers tested 2,217 drivers.\n\n"
            "The arrests were monitored between 1 December 2014 and 5 January 2015.")
    assert period_of(ex, text, "2,217", None) == "2014-12-01/2015-01-05"


def test_a_relative_period_before_the_figures_still_frames_them(ex):
    text = "Last year was the busiest on record for the coastguard.\n\nCrews were called out 1,240 times."
    assert period_of(ex, text, "1,240", "2024-03-01") == "2023"


@pytest.mark.parametrize("text, number, measure", [
    ("This investment will total around £300 million, helping schools.", "£300 million", "investment"),
    ("The total bill will reach £3m by the spring.", "£3m", "total bill"),
    ("That scheme will total £4.5m over five years.", "£4.5m", "scheme"),
])
def test_money_a_subject_will_total(ex, text, number, measure):
    assert stat_of(ex, text, number)["measure"] == measure


@pytest.mark.parametrize("text, number", [
    ("This year spending was £4m.", "£4m"),        # "This year" is when, not what
    ("That figure will reach 300.", "300"),       # a figure word names nothing
])
def test_will_total_near_misses(ex, text, number):
    assert stat_of(ex, text, number)["measure"] is None


@pytest.mark.parametrize("text, number, measure", [
    ("It means a Council Tax increase of 2.99%.", "2.99%", "increase in Council Tax"),
    ("Members backed a Band D increase of 4%.", "4%", "increase in Band D"),
    ("Council approves a 10% tax hike.", "10%", "tax hike"),
])
def test_named_changes(ex, text, number, measure):
    assert stat_of(ex, text, number)["measure"] == measure


def test_a_place_before_increase_of_is_where(ex):
    assert stat_of(ex, "There was a Kent increase of 5%.", "5%")["measure"] is None


@pytest.mark.parametrize("text, number, measure", [
    # a name of two capitalised words keeps its capital when it opens a measure
    ("Breckland Council took action against fly-tipping 88 times.", "88",
     "times Breckland Council took action against fly-tipping"),
    ("Offenders were fined 300 times.", "300", "times offenders were fined"),   # a common word is lowered
    # a list of doings: "and undertaking four ..." starts the next item
    ("The council sent two warning letters and undertaking four inspections was planned.", "two", "warning letters"),
    ("Officers made 82 investigations, sending two warning letters and undertaking four inspections.", "two",
     "warning letters"),
])
def test_measure_words_of_a_list_of_doings(ex, text, number, measure):
    assert stat_of(ex, text, number)["measure"] == measure


@pytest.mark.parametrize("text, area", [
    ("But overall, Breckland Council took action against fly-tipping just 88 times in 2018-19.", "Breckland"),
    ("Kent Police investigated 400 reports of dog theft.", "Kent"),
])
def test_a_council_or_force_that_acts_holds_the_figure(ex, text, area):
    r = ex.extract(text)
    areas = {a["id"]: a["name"] for a in r["areas"]}
    assert areas.get(r["statistics"][0]["area"]) == area


def test_a_council_that_only_speaks_holds_nothing(ex):
    r = ex.extract("Breckland Council said 88 people had complained.")
    assert r["statistics"][0]["area"] is None or "Breckland" not in {a["name"] for a in r["areas"]}


@pytest.mark.parametrize("text, number, measure", [
    ("A total of 1,009 incidents were recorded in 2018-19. However, the figure is among the lowest in seven "
     "years, with 2013-14's total of 1,614 topping the pile.", "1,614", "incidents recorded"),
    ("There were 300 burglaries last year, below 2019's total of 412.", "412", "burglaries"),
    ("Some 95 people were arrested. Last year's tally of 120 was a record.", "120", "people arrested"),
])
def test_a_periods_total_counts_the_thing_before(ex, text, number, measure):
    assert stat_of(ex, text, number)["measure"] == measure


@pytest.mark.parametrize("text, number, measure", [
    # its own noun after the figure wins
    ("There were 300 burglaries last year. That is below 2019's total of 412 offences.", "412", "offences"),
])
def test_a_periods_total_with_its_own_noun(ex, text, number, measure):
    assert stat_of(ex, text, number)["measure"] == measure


@pytest.mark.parametrize("text, number, measure", [
    ("The population has risen to 59,597,300, with the population of the United Kingdom as a whole now "
     "numbering 66,966,400.", "66,966,400", "population of the United Kingdom"),
    ("There are now 300 food banks, with the number of users standing at 40,000.", "40,000", "users"),
    ("Crime fell, with burglaries totalling 4,000.", "4,000", "burglaries"),
    ("Occupancy stood at 69%, with average bedspace occupancy at 52%.", "52%", "average bedspace occupancy"),
])
def test_with_x_at_or_numbering_a_figure(ex, text, number, measure):
    assert stat_of(ex, text, number)["measure"] == measure


def test_with_x_doing_something_else_is_no_subject(ex):
    # "hoping for" is no verb of amount: the figure names its own noun
    assert stat_of(ex, "The council met, with leaders hoping for 5,000 new homes.", "5,000")["measure"] == "homes"


@pytest.mark.parametrize("text, area", [
    ("Visit Britain has released figures showing 4.2 million visits to Cornwall in 2022.", "Cornwall"),
    ("Police Scotland has recorded 400 thefts.", "Scotland"),          # a national force holds its figure
])
def test_a_tourism_board_named_by_a_place_holds_no_figure(ex, text, area):
    r = ex.extract(text)
    names = {a["id"]: a["name"] for a in r["areas"]}
    assert names.get(r["statistics"][0]["area"]) == area


@pytest.mark.parametrize("text, area", [
    # such a body that records, delivers or has a figure holds it; only releasing figures makes it a source
    ("Visit Wales recorded 3 million visits last year.", "Wales"),
    ("Natural Resources Wales recorded 300 pollution incidents last year.", "Wales"),
    ("Homes England delivered 30,000 homes last year.", "England"),
])
def test_a_board_named_by_a_place_that_holds_a_figure(ex, text, area):
    r = ex.extract(text)
    names = {a["id"]: a["name"] for a in r["areas"]}
    assert names.get(r["statistics"][0]["area"]) == area


@pytest.mark.parametrize("text, number, measure", [
    ("With the population of the United Kingdom as a whole now numbering 66,966,400, the share is small.",
     "66,966,400", "population of the United Kingdom"),
    ("With sales totalling 300, the shop closed.", "300", "sales"),
])
def test_with_x_numbering_at_a_sentences_start(ex, text, number, measure):
    assert stat_of(ex, text, number)["measure"] == measure


def test_this_body_will_total_is_no_measure(ex):
    assert stat_of(ex, "This council will total £300 million.", "£300 million")["measure"] is None
