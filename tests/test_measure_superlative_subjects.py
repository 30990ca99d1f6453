"""A sentence whose subject is a bare superlative ranks what the figure before it measured: "The unemployment
rate in Wales was 4.1%. The lowest was in Ceredigion, at [2.2]%" -> unemployment rate (was "lowest"), as a
superlative later in the same sentence already did ("..., while Tower Hamlets was the lowest at [11.8]%")."""
import pytest

from record_finding import measures


@pytest.mark.parametrize("text,span,measure", [
    ("The unemployment rate in Wales was 4.1%. The lowest was in Ceredigion, at 2.2%.", "2.2%", "unemployment rate"),
    ("The recycling rate in Kent was 45%. The highest was in Sevenoaks (55%).", "55%", "recycling rate"),
    ("Average rents in the region were £950. The highest figure was recorded in York, at £1,200.", "£1,200",
     "Average rents"),
    # the same sentence, as before
    ("South Kesteven had the highest rate of recycling at 55.5%, while Tower Hamlets was the lowest at 11.8%.", "11.8%",
     "rate of recycling"),
])
def test_a_bare_superlative_subject_ranks_the_figure_before(ex, text, span, measure):
    assert measures(ex, text)[span] == measure


@pytest.mark.parametrize("text,span", [
    # nothing measured before it: no measure rather than "highest"
    ("Vacancy rates rose across Yorkshire. The highest was in Leeds (4.1%).", "4.1%"),
    # the figure before is of another kind (a count, not a share)
    ("Kent recorded 1,200 burglaries. The highest was in Dover, at 14%.", "14%"),
])
def test_no_figure_of_its_kind_before_leaves_it_unnamed(ex, text, span):
    assert measures(ex, text)[span] is None


def test_a_figure_two_sentences_back_is_not_ranked(ex):
    text = "The unemployment rate in Wales was 4.1%. Jobs grew in the north. The lowest was in Ceredigion, at 2.2%."
    assert measures(ex, text)["2.2%"] is None  # (neither that rate nor "lowest")
