"""In an undated text, "last year" said again means the year the text fixed the first time: the
same words point from the same time of writing. Stories written for these tests."""
import pytest


def values(ex, text, published=None, said="last year"):
    r = ex.extract(text, published=published)
    return [p["value"] for p in r["periods"] if p["span"]["text"].lower() == said]


FY_STORY = ("There were 410 complaints about the housing service during the 2016/17 year.\n\n"
            "The figure climbed to 530 last year, council papers show.\n\n"
            "Officers blamed the repairs backlog for the surge in complaints last year.")



@pytest.mark.parametrize("text, said, expected", [
    (FY_STORY, "last year", ["2017-04-01/2018-03-31"] * 2),
    # a calendar year the text fixes: "last year ... in 2022", then "last year" again
    ("Last year, 41 people died on the county's roads, the worst toll since 2019. In 2022, 38 died.\n\n"
     "Police said speeding caused most of the deaths last year.", "last year", ["2022", "2022"]),
])
def test_undated_repeats_agree(ex, text, said, expected):
    assert values(ex, text, said=said) == expected


def test_other_words_are_not_shared(ex):
    # "the past year" is twelve months back from a date the text does not give: still unknown
    text = ("Last year, 41 people died on the county's roads, the worst toll since 2019. In 2022, 38 died.\n\n"
            "Over the past year the force has hired 12 traffic officers.")
    assert values(ex, text) == ["2022"]
    assert values(ex, text, said="the past year") == [None]


def test_with_a_publication_date_each_is_resolved_from_it(ex):
    assert values(ex, FY_STORY, published="2019-06-01") == ["2018-04-01/2019-03-31"] * 2


@pytest.mark.parametrize("text", [
    # a later "last year" that is a comparison's baseline, or in a sentence with a year of its own, is not
    # taken from the first
    "Police recorded 2,900 burglaries in 2020. That rose to 3,400 last year.\n\n"
    "The force's report for 2023 shows 3,100 burglaries, down from 3,300 last year.",
    "Last year, 41 people died on the county's roads, the worst toll since 2019. In 2022, 38 died.\n\n"
    "The latest count found 30 deaths, compared with 41 last year.",
])
def test_a_compared_or_framed_repeat_is_resolved_on_its_own(ex, text):
    got = values(ex, text)
    assert len(got) == 2 and got[0] is not None and got[1] != got[0]
