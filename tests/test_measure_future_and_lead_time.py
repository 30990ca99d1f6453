"""Measures of sentences a fresh article showed the extractor missing: a change "by an average (of)" or
"on average" ("Council tax bills will rise by an average 1.8 per cent"), a level a modal verb puts the
subject at ("The bill will stand at 1,439", "The list could remain steady at 4,000"), and a sentence that
opens on a time word without a comma ("Last year the average bill stood at 1,439"). Near-misses keep
what they had. Sentences written for these tests."""
import pytest

PUB = "2024-05-01"


def measure(ex, text, number):
    found = [s["measure"] for s in ex.extract(text, published=PUB)["statistics"] if s["number"]["text"] == number]
    assert found, text
    return found[0]


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
    assert measure(ex, text, number) == expected
