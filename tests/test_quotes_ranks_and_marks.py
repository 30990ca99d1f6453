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


@pytest.mark.parametrize("text,name", [
    # "the 71-year-old", "the mother-of-two": the person named just before, one whose age is written first
    ("Patients' group chairwoman Margaret O'Neill said many had waited hours. \"It is a scandal,\" said the "
     "71-year-old.", "Margaret O'Neill"),
    ("Tom Hart and Margaret O'Neill, 71, said they waited hours. \"It is a scandal,\" said the 71-year-old.",
     "Margaret O'Neill"),
    ("Jane Roe said she was shocked. \"I was terrified,\" said the mother-of-two.", "Jane Roe"),
    # near-miss: no one named before: the description, not a name
    ("\"It is a scandal,\" said the 71-year-old.", None),
])
def test_the_n_year_old_is_the_person_named_before(ex, text, name):
    assert ex.extract(text)["quotes"][0]["speaker"]["name"] == name


@pytest.mark.parametrize("text,role", [
    # an apposition saying what the person was doing is no post
    ("Health minister Andrew Jones, speaking in the Commons, said: \"We are turning the corner.\"", "Health minister"),
    ("\"We are turning the corner,\" said Andrew Jones, speaking in the Commons.", None),
    # near-miss: an apposition with a post keeps it
    ("\"We are turning the corner,\" said Andrew Jones, the health minister.", "health minister"),
])
def test_a_doing_apposition_is_no_role(ex, text, role):
    assert ex.extract(text)["quotes"][0]["speaker"]["role"] == role
