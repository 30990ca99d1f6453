"""A post written in apposition whose closing comma is left out ("John Dwyer, the Police & Crime Commissioner
scrutinised the force's performance") ends where the verb begins: the role is the post, not the clause
(a family from the dev2 split's errors; phrasings written for this test)."""
import pytest


@pytest.mark.parametrize("text,role", [
    ("At a meeting on Tuesday, Jo Bell, the Police and Crime Commissioner scrutinised Kent Police’s figures.\n\n"
     "\"We will get tough on burglary,\" said Jo Bell.", "Police and Crime Commissioner"),
    ("Sam Lee, the Chief Executive welcomed the council's budget.\n\n\"This is a prudent budget,\" said Sam Lee.",
     "Chief Executive"),
    ("Ann Cole, the Deputy Chief Constable praised her officers on Monday.\n\n"
     "\"We need more money,\" said Ann Cole.", "Deputy Chief Constable"),
    # near-misses: a verb before the post, and a post with no verb after it, are kept whole
    ("Jo Bell, the newly elected Mayor, said: \"We will act on this now.\"", "Mayor"),
    ("Raj Patel, the director of public health, said: \"Rates are falling.\"", "director of public health"),
])
def test_a_post_ends_where_a_verb_begins(ex, text, role):
    quotes = ex.extract(text)["quotes"]
    assert quotes and quotes[-1]["speaker"]["role"] == role
