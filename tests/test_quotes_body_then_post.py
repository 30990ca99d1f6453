"""A body named by its place, then a capitalised post and the name, before a cue: "Kent County Council
Cabinet Member for Adult Care Ann Lee said", "Avon and Somerset Police Chief Constable Sarah Crew said"
(the body is the organisation, the post the role); a post that only contains a body's word ("Shadow
Police Minister") stays one role. Sentences written for these tests."""
import pytest


def speaker(ex, text):
    q = ex.extract(text)["quotes"][0]
    sp = q.get("speaker") or {}
    return sp.get("name"), sp.get("role"), sp.get("organisation")


@pytest.mark.parametrize("text, expected", [
    ('Kent County Council Cabinet Member for Adult Care Ann Lee said: "We are proud of our staff."',
     ("Ann Lee", "Cabinet Member for Adult Care", "Kent County Council")),
    ('Avon and Somerset Police Chief Constable Sarah Crew said: "We will act on this."',
     ("Sarah Crew", "Chief Constable", "Avon and Somerset Police")),
    ('Norfolk County Council Cabinet Member for Highways Graham Plant said: "Repairs start next week."',
     ("Graham Plant", "Cabinet Member for Highways", "Norfolk County Council")),
])
def test_body_then_post_then_name(ex, text, expected):
    assert speaker(ex, text) == expected


@pytest.mark.parametrize("text, expected", [
    ('Shadow Police Minister David Ruffley said: "It is wrong."', ("David Ruffley", "Shadow Police Minister", None)),
    ('Kent County Council leader Roger Gough said: "We will act."', ("Roger Gough", "leader", "Kent County Council")),
])
def test_near_misses(ex, text, expected):
    assert speaker(ex, text) == expected
