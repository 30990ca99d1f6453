"""A figure with an aside after it that names a part of it ("– including 142,000 children –"):
the digit-group comma of the part is no clause break, so the period after the aside still dates the
figure, and a change after a long clause is still the figure's, not the part's."""
import pytest

from tests.test_measure_families3 import stat_of


def period_of(ex, text, number, published="2024-10-30"):
    """The value of the period of the statistic whose span holds ``number``, or None."""
    r = ex.extract(text, published=published)
    s = next(s for s in r["statistics"] if number in s["span"]["text"])
    per = {p["id"]: p for p in r["periods"]}.get(s.get("period"))
    return per["value"] if per else None


@pytest.mark.parametrize("text, number, value", [
    ("In 2023, about 109,000 households in England – including 142,000 children – were in emergency housing "
     "between June and September.", "109,000", "2023-06-01/2023-09-30"),
    ("In 2022, some 4,200 patients – including 1,300 children – waited more than a day in A&E between "
     "January and March.", "4,200", "2022-01-01/2022-03-31"),
    ("In 2021, around 25,000 offences in Kent (including 3,400 burglaries) were recorded between April and June.",
     "25,000", "2021-04-01/2021-06-30"),
    # the plain sentence, no aside, as before
    ("In 2023, about 109,000 households were in emergency housing between June and September.", "109,000",
     "2023-06-01/2023-09-30"),
])
def test_period_after_an_aside_with_a_figure(ex, text, number, value):
    assert period_of(ex, text, number) == value


@pytest.mark.parametrize("text, number, value", [
    # a real next clause (a comma that is no digit group) keeps the opening frame
    ("In 2023, about 109,000 households were in emergency housing, and 6,000 more were between June and "
     "September.", "109,000", "2023"),
    ("In 2022, 1,200 homes were built, while 300 were started between July and September.", "1,200", "2022"),
])
def test_a_real_next_clause_keeps_the_opening_frame(ex, text, number, value):
    assert period_of(ex, text, number) == value


@pytest.mark.parametrize("text, number, word", [
    ("In 2023, about 109,000 households in England – including 142,000 children – were in emergency housing "
     "between June and September, up 10% on the same period the previous year.", "10%", "households"),
    ("Last year 5,600 pupils in the county – including 1,200 in primary schools – were excluded from lessons "
     "at least once during the spring term, up 8% on the year before.", "8%", "pupils"),
    ("In 2022 some 3,100 people in Wales – among them 450 children – were treated for burns at hospital "
     "during the summer holidays, down 4% on 2021.", "4%", "people"),
])
def test_change_after_a_long_clause_with_an_aside_is_the_whole(ex, text, number, word):
    measure = stat_of(ex, text, number)["measure"]
    assert word in measure and "children" not in measure.replace("people", "") and "primary" not in measure


@pytest.mark.parametrize("text, number, word", [
    # the part itself changes: the aside holds the change's own figure
    ("About 109,000 households were in emergency housing. The number of children rose by 10% on the "
     "previous year.", "10%", "children"),
])
def test_change_of_the_part_near_miss(ex, text, number, word):
    assert word in stat_of(ex, text, number)["measure"]
