"""Speakers with police ranks written short ("Dep Chief Const", "Asst Chief Const"), and quote marks: a prime
typed for a closing single mark, and a single mark left open never running into a double-marked quotation."""
import pytest


@pytest.mark.parametrize("text,name,role", [
    # police ranks written short
    ("“These results show the approach works,” added Dep Chief Const Jane McCormick.", "Jane McCormick", "Dep Chief Const"),
    ("“Crime is down,” said Asst Chief Const Tom Hale.", "Tom Hale", "Asst Chief Const"),
])
def test_short_police_ranks(ex, text, name, role):
    q = ex.extract(text)["quotes"][0]
    assert (q["speaker"]["name"], q["speaker"]["role"]) == (name, role)


def test_a_prime_closes_a_single_mark_and_no_single_mark_runs_into_a_double_quotation(ex):
    text = ("The force also launched the ‘We′re Here′ commitments last month.\n\n"
            "“These latest results show the approach works,” added Dep Chief Const Jane McCormick.")
    quotes = ex.extract(text)["quotes"]
    assert [q["span"]["text"] for q in quotes] == ["These latest results show the approach works,"]
    assert quotes[0]["speaker"]["name"] == "Jane McCormick"
