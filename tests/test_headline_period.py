"""A headline's one period dates the lede's figures when the lede names none, before a period named
later for another figure; a line with brackets or a colon (a table's caption) is no headline. Stories
written for these tests."""
import pytest


def periods_of(ex, text, published):
    r = ex.extract(text, published=published)
    per = {p["id"]: p["value"] for p in r["periods"]}
    return {s["number"]["text"]: per.get(s.get("period")) for s in r["statistics"]}


@pytest.mark.parametrize("text, published, number, value", [
    ("Burglaries rose last year\n\nPolice recorded 4,000 burglaries, figures show.\n\nIn 2021-22 the force recorded 3,500.",
     "2023-05-10", "4,000", "2022-04-01/2023-03-31"),
    ("Burglaries rose last year\n\nPolice recorded 4,000 burglaries, figures show.\n\nIn 2021-22 the force recorded 3,500.",
     "2023-05-10", "3,500", "2021-04-01/2022-03-31"),
    ("Fewer fires in 2022\n\nCrews attended 1,240 fires, figures show.\n\nIn 2019 they attended 1,600.",
     "2023-02-01", "1,240", "2022"),
])
def test_a_headline_period_dates_an_undated_lede(ex, text, published, number, value):
    assert periods_of(ex, text, published)[number] == value


def test_a_lede_with_its_own_period_keeps_it(ex):
    text = "Fewer fires in 2022\n\nCrews attended 1,240 fires in the year to March 2023."
    assert periods_of(ex, text, "2023-05-01")["1,240"] == "2022-04-01/2023-03-31"


def test_a_caption_with_a_bracket_is_no_headline(ex):
    text = ("Below are the open cases at each court (and the figure for 2024)\n\nStafford: 843 (690)\n\n"
            "The open caseload was 78,329 at the end of June 2025.")
    assert periods_of(ex, text, "2025-09-25")["843"] != "2024"
