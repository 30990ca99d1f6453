"""A place is no organisation of a speaker: "Jo Whitehead of Dover said", "Kent's police and crime
commissioner Martin Surl said" give none, and "Jobcentre Plus in Bradford" gives the body without where
it is. Bodies named after places keep their names. Made-up sentences."""
import pytest


def speakers(ex, text):
    return [(q["speaker"]["name"], q["speaker"]["organisation"]) for q in ex.extract(text)["quotes"]]


@pytest.mark.parametrize("text, expected", [
    ("Crime rose. Kent’s police and crime commissioner Martin Surl said: “There is no great surprise in this report.”",
     [("Martin Surl", None)]),
    ("Jobs rose. Jane Monaghan, of Jobcentre Plus in Bradford, said: “We are continuing a really good run in the city.”",
     [("Jane Monaghan", "Jobcentre Plus")]),
    ("Thefts rose. Detective Inspector Jo Whitehead of Dover said: “We have been committed to the plan.”",
     [("Jo Whitehead", None)]),
])
def test_a_place_is_no_organisation(ex, text, expected):
    assert speakers(ex, text) == expected


@pytest.mark.parametrize("text, organisation", [
    ("Crime rose. Chief Constable Alan Pughsley, of Kent Police, said: “We are proud of our officers.”", "Kent Police"),
    ("Tax rose. Cllr Jane Smith, leader of Kent County Council, said: “This is a prudent budget.”", "Kent County Council"),
])
def test_a_body_named_after_a_place_keeps_its_name(ex, text, organisation):
    assert speakers(ex, text)[0][1] == organisation
