"""A pronoun after an unnamed spokesperson who opened the sentence before without speaking ("A spokesman
for the Department for Health rubbished the report. He said: ...") refers to that spokesperson, not to a
person named earlier; the spokesperson's gender word counts ("spokeswoman" is she). Near-misses: a
pronoun of the other gender passes the spokesperson by, and a spokesperson who is not the sentence's
subject ("the claims of a spokesman") is no referent. Sentences written for these tests."""
import pytest

LEAD = 'Tom Reed, the council leader, said: "We will act." '


def speakers(ex, text):
    return [((q.get("speaker") or {}).get("name"), (q.get("speaker") or {}).get("description"))
            for q in ex.extract(text)["quotes"]]


@pytest.mark.parametrize("middle, pronoun, description", [
    ("A spokesman for the Department of Health rubbished the report.", "He", "spokesman for the Department of Health"),
    ("A Home Office spokeswoman disputed the figures.", "She", "Home Office spokeswoman"),
    ("A spokeswoman for Avon and Somerset Police confirmed the arrest.", "She",
     "spokeswoman for Avon and Somerset Police"),
])
def test_a_pronoun_refers_to_the_spokesperson_who_opened_the_sentence_before(ex, middle, pronoun, description):
    text = f'{LEAD}{middle} {pronoun} said: "We do not recognise these figures."'
    assert speakers(ex, text)[-1] == (None, description)


def test_near_miss_the_other_gender_passes_the_spokesperson_by(ex):
    text = f'{LEAD}A spokeswoman for the council rejected the claims. He added: "We will appeal."'
    assert speakers(ex, text)[-1] == ("Tom Reed", None)


def test_near_miss_a_spokesperson_who_is_not_the_subject(ex):
    text = f'{LEAD}Residents rejected the claims of a spokesman for the developer. He added: "We will appeal."'
    assert speakers(ex, text)[-1] == ("Tom Reed", None)


# A body whose name holds "of" or "for", then a lower-case role, after the name ("Jo Bell, Royal College
# of Nursing regional director, said"), as before it; "adviser" is a post. Near-miss: "Chief Executive
# of Shelter" is a post at a body.
@pytest.mark.parametrize("text, role, organisation", [
    ('Jo Bell, Royal College of Nursing regional director, said: "Staff are exhausted."', "regional director",
     "Royal College of Nursing"),
    ('Tom Hart, Federation of Small Businesses development manager, said: "Firms are struggling."',
     "development manager", "Federation of Small Businesses"),
    ('Niamh Corcoran, North East England Chamber of Commerce policy adviser said: "Figures show a dip."',
     "policy adviser", "North East England Chamber of Commerce"),
    ('Ann Lee, Chief Executive of Shelter, said: "No."', "Chief Executive", "Shelter"),
])
def test_a_body_with_of_then_its_role_after_the_name(ex, text, role, organisation):
    sp = ex.extract(text)["quotes"][0]["speaker"]
    assert (sp["role"], sp["organisation"]) == (role, organisation)
