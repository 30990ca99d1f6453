"""Measures of sentences a fresh article showed the extractor missing: a change "by an average (of)" or
"on average" ("Council tax bills will rise by an average 1.8 per cent"), a level a modal verb puts the
subject at ("The bill will stand at 1,439", "The list could remain steady at 4,000"), and a sentence that
opens on a time word without a comma ("Last year the average bill stood at 1,439"). Near-misses keep
what they had. Sentences written for these tests."""
import pytest

from record_finding import measures


@pytest.mark.parametrize("text, number, expected", [
    ("Council tax bills rose by an average 1.8 per cent.", "1.8", "increase in council tax bills"),
    ("Council tax bills will rise by an average of 1.8 per cent.", "1.8", "rise in council tax bills"),
    ("Rents rose on average 4 per cent.", "4", "increase in rents"),
    ("The average bill for a Band D home will stand at 1,439.", "1,439", "average bill for a Band D home"),
    ("The waiting list could remain steady at 4,000.", "4,000", "waiting list"),
    ("Last year the average bill stood at 1,439.", "1,439", "average bill"),
    ("Last year, the average bill stood at 1,439.", "1,439", "average bill"),
    ("This month the waiting list reached 6,100.", "6,100", "waiting list"),
    # near-misses: a time word that is the sentence's subject, and a sentence without one
    ("Last year saw 300 arrests.", "300", "arrests"),
    ("In 2023 the average bill stood at 1,439.", "1,439", "average bill"),
])
def test_measure_of_the_subject(ex, text, number, expected):
    assert measures(ex, text, by="number")[number] == expected


# a change in an amount named after it ("£3.2 million more in council tax"), and a change that restates the
# figure before through "This was ... more" ("... £61.41 million in council tax. This was [£3.2 million] more
# than the same time last year, a rise of [5.5]%"). Near-misses: "more in April", "more in Leeds" name a time
# and a place, not a thing.
@pytest.mark.parametrize("text, number, expected", [
    ("The council brought in £3.2 million more in council tax than the year before.", "3.2 million",
     "increase in council tax"),
    ("Shops paid £40m less in business rates last year.", "40m", "fall in business rates"),
    ("The council received £61.41 million in council tax between April and June. This was £3.2 million more "
     "than the same time last year, a rise of 5.5%.", "5.5", "rise in money received in council tax"),
    ("There were 4,000 burglaries. This was 300 more than in 2022, an increase of 8%.", "300",
     "increase in burglaries on 2022"),
    ("The council brought in £3.2 million more in April than in March.", "3.2 million", None),
    ("The council brought in £3.2 million more in Leeds than in York.", "3.2 million", None),
])
def test_a_change_named_after_it_or_through_this_was(ex, text, number, expected):
    assert measures(ex, text, by="number")[number] == expected
