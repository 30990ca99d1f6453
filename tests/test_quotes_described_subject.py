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
