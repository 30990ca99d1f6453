"""A quoted fragment after a verb of evaluation is that subject's words (issue 15: "she called the plans
"deeply worrying""): called, described ... as, branded, labelled, dubbed, hailed, slammed, termed, with
a named person, a pronoun resolved to a person, or an unnamed one ("a local councillor", "one
resident"); a kind-of-person word before an unnamed speaker's post is no body. Near-misses: the verb
with no quotation after it makes no statement ("A man called police after the crash"). Sentences
written for these tests."""
import pytest

from extractor.components.quotes import parse_speaker, quote_rules


def fragments(ex, text):
    rec = ex.extract(text, published="2024-02-20")
    return [(q["span"]["text"], (q["speaker"] or {}).get("name") or (q["speaker"] or {}).get("description"), q["partial"])
            for q in rec["quotes"]]


@pytest.mark.parametrize("text, fragment, speaker", [
    ('Jane Doe called the plans "deeply worrying".', "deeply worrying", "Jane Doe"),
    ('Jane Doe, the council leader, spoke out. She called the plans "deeply worrying".', "deeply worrying", "Jane Doe"),
    ('Cllr Tom Hart described the scheme as "a shambles" at the meeting.', "a shambles", "Tom Hart"),
    ('Sam Patel branded the decision "shameful".', "shameful", "Sam Patel"),
    ('A local councillor described it as an "unprecedented wave of housebuilding" in the town.',
     "unprecedented wave of housebuilding", "local councillor"),
    ('One resident called the plans "a disgrace".', "a disgrace", "resident"),
])
def test_a_fragment_after_a_verb_of_evaluation(ex, text, fragment, speaker):
    assert (fragment, speaker, True) in fragments(ex, text)


def test_the_verb_without_a_quotation_makes_no_statement(ex):
    rec = ex.extract("A man called police after the crash. The council described the plans as ambitious.")
    assert rec["statements"] == [] and rec["quotes"] == []


@pytest.mark.parametrize("phrase, organisation", [
    ("A local councillor", None), ("A senior officer", None), ("A retired teacher", None),
    ("A Labour councillor", "Labour"), ("A council spokesman", "council"),
])
def test_a_kind_of_person_before_the_post_is_no_body(phrase, organisation):
    assert parse_speaker(phrase, quote_rules()).organisation == organisation


@pytest.mark.parametrize("text, quote, speaker", [
    # a short quotation opening the paragraph after one that ends "... said:" is still a quotation
    ('Assistant Chief Constable Jo Bloggs of Somerset Police, said:\n\n"We are determined."', "We are determined.",
     "Jo Bloggs"),
    ('Jo Bloggs said:\n"We are determined."', "We are determined.", "Jo Bloggs"),
    # a body named by its kind alone is no person's name
    ('Police said: "We are determined to catch them."', "We are determined to catch them.", "Police"),
])
def test_short_quotes_after_a_colon_paragraph_and_bare_bodies(ex, text, quote, speaker):
    rec = ex.extract(text)
    got = [(q["span"]["text"], (q["speaker"] or {}).get("name") or (q["speaker"] or {}).get("description")) for q in rec["quotes"]]
    assert (quote, speaker) in got
    if speaker == "Police":
        assert all((q["speaker"] or {}).get("name") is None for q in rec["quotes"])


def test_a_title_after_a_colon_is_no_quotation(ex):
    # near-miss: "called:" introduces a name, not words said
    assert ex.extract('The report is called:\n\n"Better Lives."')["quotes"] == []


@pytest.mark.parametrize("phrase, role, organisation", [
    # a post joined by "and" in lower case is one post after its place
    ("Cumbria's police and crime commissioner Jane Doe", "police and crime commissioner", "Cumbria"),
    ("Durham police and crime commissioner Joy Allen", "police and crime commissioner", "Durham"),
    # near-miss: a council in lower case, then its post
    ("Worcestershire county council cabinet member Ann Lee", "cabinet member", "Worcestershire county council"),
])
def test_a_post_joined_by_and_after_its_place(phrase, role, organisation):
    sp = parse_speaker(phrase, quote_rules())
    assert (sp.role, sp.organisation) == (role, organisation)


@pytest.mark.parametrize("text, organisation", [
    # a body written as an abbreviation the text defines takes its full name
    ('The estimates were published by the Office for Health Improvement & Disparities (OHID). "Obesity is a complex '
     'concern," the OHID said.', "Office for Health Improvement & Disparities"),
    ('The Crown Prosecution Service (CPS) charged 40 people. A CPS spokesman said: "We act."', "Crown Prosecution Service"),
    # near-miss: an abbreviation the text never defines stays as written
    ('"We act on every report," the NHS said.', "NHS"),
])
def test_an_abbreviated_body_is_spelt_out(ex, text, organisation):
    rec = ex.extract(text)
    assert [q["speaker"]["organisation"] for q in rec["quotes"]] == [organisation]


@pytest.mark.parametrize("text", [
    # a verb of evaluation with no quoted complement makes no statement (review finding 6)
    'Mary Brown, 34, called 999 when she saw the "huge" fire.',
    'Jane Roe hailed a taxi outside the "Red Lion" pub.',
])
def test_an_evaluation_verb_needs_the_quotation_as_its_complement(ex, text):
    assert ex.extract(text)["statements"] == []
