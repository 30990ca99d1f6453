"""Direction of changes in phrasings found on new UK news (issue 16): present-tense headline verbs
("Rents rocket 12%", "Shop prices slip 0.3pc"), a slide, cooled, comparatives of time ("9% longer",
"5% shorter") and "off" a peak; a change named before the counts it changed ("a fall in numbers of
more than 30%", "a drop in pupil numbers of 1,200"); the size a change had before ("growth slowed to
1.1% from 1.8%": the 1.8% is a rise too); the next place of a list whose verb is gapped ("with
Rutland down 12% and Derby 8%"). Every sentence here was written for these tests; each family has
rows that must match and near-misses that must not."""
from __future__ import annotations

import pytest

from number_finding import figures


def _way(text, surface):
    got = figures(text)
    assert surface in got, got
    return got[surface][2]


@pytest.mark.parametrize("text, surface, way", [
    # present-tense verbs of headlines, and a few more verbs of change
    ("House prices sink 2% in Cardiff", "2", "down"),
    ("Rents rocket 12% in Bristol", "12", "up"),
    ("Burglary figures plummet 30% in Hull", "30", "down"),
    ("Car sales slide 4% in March", "4", "down"),
    ("Shop prices slip 0.3pc in June", "0.3", "down"),
    ("Factory output dives 3% as orders dry up", "3", "down"),
    ("Inflation eases 0.2% in July", "0.2", "down"),
    ("Demand for mortgages cooled by 3% over the autumn.", "3", "down"),
    ("Student debt could balloon by £20bn.", "20bn", "up"),
    # a slide as a noun
    ("Retailers reported a 9% slide in footfall.", "9", "down"),
    ("Prices suffered a slide of 1.1% in May.", "1.1", "down"),
    ("A slide of 300 in admissions was recorded.", "300", "down"),
    # comparatives of time, and off a peak
    ("Ambulance waits were 9% longer than a year earlier.", "9", "up"),
    ("Average stays in hospital were 5% shorter than in 2019.", "5", "down"),
    ("Asking prices are still 6% off their 2022 peak.", "6", "down"),
])
def test_direction_words(text, surface, way):
    assert _way(text, surface) == way


@pytest.mark.parametrize("text, surface", [
    ("In Hull 62% waited longer than four hours.", "62"),  # a share; the wait is longer, not the figure
    ("About 30% off-peak journeys were cancelled.", "30"),  # off-peak is not a cut
    ("Up to 40% of staff could be affected.", "40"),  # a bound
    ("The rate rose to 12% in March.", "12"),  # the level reached
])
def test_near_misses_of_direction_words(text, surface):
    assert _way(text, surface) is None


@pytest.mark.parametrize("text, surface, kind, way", [
    ("The forecast is for a fall in numbers of more than 30%.", "30", "percentage", "down"),
    ("Museums reported a rise in visitor numbers of 8% in June.", "8", "percentage", "up"),
    ("There was a drop in pupil numbers of 1,200 last year.", "1,200", "change", "down"),
    ("The council expects a rise in applicant numbers of 300.", "300", "change", "up"),
    ("Monitoring showed a fall in nitrogen dioxide levels of 14%.", "14", "percentage", "down"),
])
def test_a_change_in_the_counts_it_changed(text, surface, kind, way):
    got = figures(text)
    assert got[surface][0] == kind and got[surface][2] == way, got


@pytest.mark.parametrize("text, surface", [
    ("There was a rise in the number of 1,200 pupils expected.", "1,200"),  # what is counted, not the change
    ("Officers saw a rise in the share of 20% expected.", "20"),  # a share is a level
])
def test_near_misses_of_a_change_in_counts(text, surface):
    got = figures(text)
    assert got[surface][2] is None, got


@pytest.mark.parametrize("text, surface, way", [
    ("House price growth slowed to 1.1% in May from 1.8% in April.", "1.8", "up"),
    ("Annual wage growth was 5.9%, down from 6.2%.", "6.2", "up"),
    ("Regular pay growth eased to 5.2% from 5.6%.", "5.6", "up"),
    ("Rents rose 8.7% in the year to May, down from 9.1% in April.", "9.1", "up"),
    ("The annual fall in prices eased to 2%, from 2.6% in March.", "2.6", "down"),
])
def test_the_size_a_change_had_before(text, surface, way):
    assert _way(text, surface) == way


@pytest.mark.parametrize("text, surface", [
    ("Inflation eased to 3.2% in March, from 3.4% in February.", "3.4"),  # a level, not a change
    ("The jobless rate is 4.2%, down from 4.4%.", "4.4"),
    ("The pass rate fell 5 percentage points from 65% to 60%.", "65"),  # levels moved between
    ("Support fell 3% from 45% to 42%.", "45"),
    ("The rate fell by 0.2 points to 4.0%, down from 4.2%.", "4.2"),
])
def test_near_misses_of_the_size_a_change_had_before(text, surface):
    assert _way(text, surface) is None


@pytest.mark.parametrize("text, surface, way", [
    ("Thefts fell across the county, with Ashford down 12% and Dover 8%.", "8", "down"),
    ("Prices rose everywhere, with London up 3.1% and the North East 1.2%.", "1.2", "up"),
    ("Crime fell, with Kent down 6%, Surrey 4% and Essex 2%.", "2", "down"),
    # any change verb of the lexicon's change_verbs heads the list
    ("Rents went up everywhere: Bristol soared 14% and Bath 9%.", "9", "up"),
    ("Visitor numbers slumped, as Whitby plummeted 20%, Scarborough 15% and Filey 4%.", "4", "down"),
])
def test_the_next_place_borrows_the_way(text, surface, way):
    assert _way(text, surface) == way


@pytest.mark.parametrize("text, surface", [
    ("Sales rose 12% and Tesco 8% of the market.", "8"),  # a share of something
    ("Turnout was 40% in Leeds, York 35% and Hull 30%.", "30"),  # levels, no change before
    ("Sales rose 12% in May and Labour polled 35%.", "35"),  # a clause of its own
])
def test_near_misses_of_the_next_place(text, surface):
    assert _way(text, surface) is None
