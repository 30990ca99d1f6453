"""A bare head noun takes the kind the story gives it ("418 offenders" in a story about sex offenders
→ "sex offenders"), and only when the story has one kind of it (made-up text)."""
import pytest


def measure_of(ex, text, number):
    return next(s["measure"] for s in ex.extract(text)["statistics"] if s["number"]["text"] == number)


@pytest.mark.parametrize("text, number, measure", [
    # the story's one kind of the noun, named in its opening and again later
    ("Sex offenders monitored in Wessex\n\nThe number of sex offenders monitored in Wessex has risen. Police "
     "and probation staff keep watch on the sex offenders living in the county.\n\nStaff were keeping tabs on "
     "412 offenders in the region last year.", "412", "sex offenders"),
    ("Road deaths fall\n\nRoad fatalities fell last year, the report says, and road fatalities among children "
     "fell too.\n\nThere were 1,711 fatalities in 2022.", "1,711", "road fatalities"),
])
def test_bare_noun_takes_the_story_kind(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    # near-misses: a story with several kinds of the noun, or one that names the kind only in passing
    ("Crime rises\n\nSexual offences rose and knife offences rose, while fraud offences fell.\n\nPolice recorded "
     "5,200 offences in the year.", "5,200", "offences recorded"),
    ("Offenders in Wessex\n\nSex offenders are one group among many.\n\nStaff were keeping tabs on 412 offenders "
     "in the region, the number of offenders in all the other groups and of all offenders in the county.",
     "412", "offenders"),
    # a noun that says its own kind keeps it
    ("Sexual offences rose sharply, and sexual offences in schools too.\n\nPolice recorded 3,100 offences "
     "involving a knife.", "3,100", "offences involving a knife"),
])
def test_no_kind_where_the_story_has_several(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    # the figure compared with counts what was counted before it in the sentence
    ("Clearing the waste cost the council £486,000 in 2023-24, up from £391,000 the year before.", "391,000",
     "cost of clearing the waste"),
    ("Parking income was £2.1m, down from £2.4m a year earlier.", "2.4m", "Parking income"),
    # near-miss: a figure after "from" that names its own thing keeps it
    ("Fines rose to 120 from 98 warnings in 2022.", "98", "warnings"),
])
def test_compared_figure_takes_the_measure_before(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    # a measure never ends on the next clause's subject
    ("She said: \"We will be installing 40 new cameras at known hotspots and we will prosecute anyone.\"", "40",
     "cameras at known hotspots"),
    ("There are 30 beds in the ward and they are all full.", "30", "beds in the ward"),
])
def test_measure_stops_before_the_next_clause(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    # a count in an aside right after a share counts the share's thing
    ("Almost half of the incidents - 1,650 - involved household waste.", "1,650", "incidents"),
    ("A third of the claims – 210 – were rejected.", "210", "claims rejected"),
    # near-miss: a count after a comma is a figure of its own
    ("Half of the staff left, and 40 were replaced.", "40", "replaced"),
])
def test_count_in_an_aside_after_a_share(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure
