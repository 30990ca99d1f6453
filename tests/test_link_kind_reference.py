""""In the county", "across the county", "in the city" name the story's place of that kind, not the
place of another kind the sentence before named: "Leicester had 8,000 tourism jobs. In the county, more
than [15,000] ..." is Leicestershire's (a county before a unitary council for "the county"). Near-misses:
"the area" names no kind; a place of that kind named just before stays. Sentences written for these tests."""
import pytest

from record_finding import link_of


@pytest.mark.parametrize("text, number, area", [
    ("Visitors rose in Leicester and Leicestershire last year.\n\nLeicester had 8,000 tourism jobs in 2018. "
     "In the county, more than 15,000 people are employed in the sector.", "15,000", "Leicestershire"),
    ("Visitors rose in Leicester and Leicestershire last year.\n\nLeicester had 8,000 tourism jobs in 2018. "
     "Across the county, more than 15,000 people work in the sector.", "15,000", "Leicestershire"),
    ("Norwich and Norfolk both saw more burglaries.\n\nNorwich recorded 1,200 burglaries. Across the county, "
     "there were 4,100.", "4,100", "Norfolk"),
    ("Crime rose in Kent and Canterbury last year.\n\nKent Police recorded 4,100 burglaries. In the city, "
     "there were 610.", "610", "Canterbury"),
    # near-misses: "the area" is any kind; a place of the kind named just before stays
    ("Crime rose in Kent and Canterbury last year.\n\nCanterbury recorded 610 burglaries. In the area, there "
     "were 4,100 thefts.", "4,100", "Canterbury"),
    ("Crime rose in Canterbury and Kent last year.\n\nKent recorded 4,100 burglaries. Across the county, there "
     "were 900 robberies.", "900", "Kent"),
    ("Crime rose in Kent and Canterbury last year.\n\nCanterbury recorded 610 burglaries. In the city, there "
     "were 90 robberies.", "90", "Canterbury"),
])
def test_the_county_or_city_is_the_place_of_that_kind(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


# a place after a turn to a clause of contrast ("– while", "; in Kent", "but") is that clause's, not the
# figure's before the turn. Near-misses: an aside between dashes, or no turn at all.
SUSSEX = "Police in Sussex made more arrests.\n\n"


@pytest.mark.parametrize("text, number, area", [
    ("Tourism grew in Leicester last year.\n\nSome 11.5 million people visited the city, compared with 10.9 "
     "million in 2017 – while visitors to Leicestershire were up to 23.4 million.", "10.9 million", "Leicester"),
    (SUSSEX + "Officers made 300 arrests in 2022; in Kent the number was higher.", "300", "Sussex"),
    (SUSSEX + "Officers made 300 arrests last year, but officers in Kent made more.", "300", "Sussex"),
    (SUSSEX + "Officers made 300 arrests – a record – in Kent last year.", "300", "Kent"),
    (SUSSEX + "Officers made 300 arrests in Kent last year.", "300", "Kent"),
])
def test_a_place_after_a_turn_of_contrast_is_the_other_clauses(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


# two references in one sentence: each figure takes the one of its own clause
@pytest.mark.parametrize("text, number, area", [
    ("Visitor numbers rose across Leicester and Leicestershire.\n\nOf these, the county welcomed 21.04 million "
     "visitors, whilst 10.24 million visited the city.", "10.24 million", "Leicester"),
    ("Visitor numbers rose across Leicester and Leicestershire.\n\nOf these, the county welcomed 21.04 million "
     "visitors, whilst 10.24 million visited the city.", "21.04 million", "Leicestershire"),
    ("Visitor numbers rose across Leicester and Leicestershire.\n\nOf these, 10.24 million visited the city, "
     "whilst the county welcomed 21.04 million.", "21.04 million", "Leicestershire"),
])
def test_each_figure_takes_the_reference_of_its_clause(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area
