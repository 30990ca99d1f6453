"""Measures of figures stated with a modal or forecast copula ("should be", "would have been", "is set
to be", "is expected to be") and of changes named as the subject of a copula ("the increase in council
tax for a Band D home was £73.41"). The copula must stand right before the figure: a subject whose verb
is followed by other words ("have been jailed for ... a value of £100m") names nothing. Made-up
sentences; near-misses alongside."""
import pytest

from extractor.evaluate import measure_matches


def measures(ex, text):
    return {s["span"]["text"]: s["measure"] for s in ex.extract(text)["statistics"]}


@pytest.mark.parametrize("text, span, measure", [
    ("The waiting list should be 4,000 by the summer, the trust said.", "4,000", "waiting list"),
    ("The number of patients waiting could be 7,000 by the end of the year.", "7,000", "patients waiting"),
    ("The typical household bill is set to be £1,890 from April.", "£1,890", "typical household bill"),
    ("Average rent for a two-bed flat could be £950 a month by 2026.", "£950", "average rent for a two-bed flat"),
    ("The cost of the bridge repairs would have been £4.5m.", "£4.5m", "cost of the bridge repairs"),
    ("The overspend is expected to be £3.2m by March.", "£3.2m", "overspend"),
    ("Their total debt has been £12m since 2019.", "£12m", "total debt"),
    ("Analysts said that the average price of a terraced house was £187,000 last month.", "£187,000",
     "average price of a terraced house"),
    # a change noun with what changed, the subject of the copula
    ("The increase in council tax for a Band D home was £73.41.", "£73.41", "increase in council tax"),
    ("The rise in parking charges will be 4.99% from April.", "4.99%", "rise in parking charges"),
    ("Last year the increase in recorded burglaries in Kent was 340.", "340", "increase in recorded burglaries"),
])
def test_copula_subject_is_the_measure(ex, text, span, measure):
    got = measures(ex, text)
    assert span in got, got
    assert measure_matches(measure, got[span]), (span, got[span])


@pytest.mark.parametrize("text, span, wrong", [
    # the subject's verb does not end at the figure: it names another thing
    ("Eight men have been jailed after drugs with a street value of up to £100 million were found.",
     "up to £100 million", "Eight men"),
    ("The trust said numbers had been brought down to about 800 by the end of the year.", "about 800",
     "trust said numbers"),
    # a copula at the start of an earlier clause is not the figure's
    ("The amounts are based on a Band D home, and the rise for all residents will be 1.35%.", "1.35%",
     "increase in amounts"),
])
def test_copula_near_misses(ex, text, span, wrong):
    got = measures(ex, text)
    assert span in got, got
    assert got[span] != wrong, (span, got[span])
