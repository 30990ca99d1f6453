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
