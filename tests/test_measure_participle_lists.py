"""A list of counts each doing something, after the thing counted: "52 crashes, with 40 involving cars, 8
involving lorries and 12 involving vans": every figure of the list counts crashes (the first already did,
"with [N] doing": forces recording a decrease), not "involving vans"."""
import pytest

from record_finding import measures


@pytest.mark.parametrize("text,span,measure", [
    ("There were 52 crashes, with 40 involving cars and 12 involving vans.", "12", "crashes involving vans"),
    ("There were 52 crashes, with 40 involving cars, 8 involving lorries and 12 involving vans.", "8",
     "crashes involving lorries"),
    ("There were 52 crashes, with 40 involving cars, 8 involving lorries and 12 involving vans.", "12",
     "crashes involving vans"),
    ("Kent was one of 23 forces to record an increase, with 17 recording a decrease and 3 reporting no change.", "3",
     "forces reporting no change"),
    ("There were 52 crashes involving cars and 12 involving vans.", "12", "crashes involving vans"),
    # the list's first figure, as before
    ("There were 52 crashes, with 40 involving cars and 12 involving vans.", "40", "crashes involving cars"),
])
def test_each_figure_of_a_participle_list_counts_the_first_thing(ex, text, span, measure):
    assert measures(ex, text)[span] == measure


@pytest.mark.parametrize("text,span,measure", [
    # the next figure has a noun of its own
    ("There were 52 crashes, with 40 involving cars and 12 people being injured.", "12", "people being injured"),
    # the figure before it counts no thing doing something: not the list's thing
    ("Officers made 40 arrests, and 12 involving knives were charged.", "40", "arrests made"),
])
def test_near_misses_keep_their_own_measure(ex, text, span, measure):
    assert measures(ex, text)[span] == measure


def test_the_thing_is_taken_only_from_a_figure_counting_things_doing_something(ex):
    """"40 arrests" is no thing doing something ("arrests made"): the next figure does not join its list."""
    got = measures(ex, "Officers made 40 arrests, and 12 involving knives were charged.")
    assert not (got["12"] or "").startswith("arrests")
