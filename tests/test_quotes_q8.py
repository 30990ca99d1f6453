"""Speakers of quotations, brief q8 (made-up text): a surname that is also a rank or role word
("Simon Constable", "Mrs Sergeant", "Mr Mayor"); an aside between dashes before the cue; a body's
possessive that NER calls a person is never what "she" refers to; "When X asked Y ..., he said"
(the one asked answers); "the Vice-Chancellor said" is the person named earlier with that post;
a leading clause with no comma before the name; "site manager for X at Y" (Y is where); a body
written as a description ("the bus firm") is the one body the story shows acting; posts listed
by commas then the body; "X's governing body"; "started in his role as"."""
import pytest

from extractor.components.quotes import parse_speaker, quote_rules
from record_finding import speakers  # noqa: E402


def parsed(phrase):
    sp = parse_speaker(phrase, quote_rules())
    return sp.name or sp.description, sp.role, sp.organisation


@pytest.mark.parametrize("text, expected", [
    # a surname that is a rank or a role word after a first name or a personal title
    ("Dr Helen Constable joined the hospital trust in May.\n\n"
     "She added: “Our waiting list is the first thing we will fix this winter.”",
     [("Helen Constable", None, None)]),
    ("Mark Sergeant runs the bakery on Mill Lane.\n\n"
     "“Trade has been slow since the road closed in the spring,” Mr Sergeant said.",
     [("Mark Sergeant", None, None)]),
    ("Parents met Tom Mayor at the school gates on Friday.\n\n"
     "“Nobody asked us before the crossing was removed,” said Mr Mayor.",
     [("Tom Mayor", None, None)]),
    # near-miss: a rank before a name is still the rank, not part of the name
    ("Police Sergeant Amy Fox said: “We are asking drivers to take extra care on the bypass.”",
     [("Amy Fox", "Police Sergeant", None)]),
])
def test_a_surname_that_is_a_role_word(ex, text, expected):
    assert speakers(ex, text) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("Sergeant Tom Vane - from the Mid Shire Road Policing Unit -",
     ("Tom Vane", "Sergeant", "Mid Shire Road Policing Unit")),
    ("Jo Marsh – chief executive of Oakfield Trust –", ("Jo Marsh", "chief executive", "Oakfield Trust")),
    ("PC Dan Hale - from the Beds, Cambs and Herts Roads Team -",
     ("Dan Hale", "PC", "Beds, Cambs and Herts Roads Team")),
    # near-misses: a relative clause between dashes is no role, nor a body
    ("Jo Marsh – who has lived in the village for forty years –", ("Jo Marsh", None, None)),
    ("Jo Marsh - who runs the café -", ("Jo Marsh", None, None)),
])
def test_an_aside_between_dashes_before_the_cue(phrase, expected):
    assert parsed(phrase) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ann Pole, Northway Buses' commercial director, offered similar views.\n\n"
     "She told councillors: “We are always looking to grow the network across the county.”",
     [("Ann Pole", "commercial director", "Northway Buses")]),
    ("Jo Bell, Fernbank Water’s operations manager, spoke to residents on Monday.\n\n"
     "“We are doing everything we can to restore the supply tonight,” she said.",
     [("Jo Bell", "operations manager", "Fernbank Water")]),
])
def test_a_possessive_body_is_never_the_pronouns_person(ex, text, expected):
    (name, _, _), = speakers(ex, text)
    assert name == expected[0][0]
    assert name.lower() not in ("he", "she", "they")


@pytest.mark.parametrize("text, expected", [
    ("When Riverside Radio asked Professor Alan Dunn about the fees, he said: “Students have a choice "
     "and most choose carefully.”", "Alan Dunn"),
    ("When a reporter pressed Cllr Jo Bell on the cuts, she replied: “We have no money left to protect "
     "these services.”", "Jo Bell"),
    ("After the Gazette questioned Sam Ito over the delay, he said: “The contractor has let us down "
     "badly this year.”", "Sam Ito"),
])
def test_the_one_asked_answers(ex, text, expected):
    (name, _, _), = speakers(ex, text)
    assert name == expected


def test_a_question_put_to_no_one_named_keeps_the_pronoun_unresolved(ex):
    text = "When the council asked residents about the plan, he said: “Nobody listens to us in this village.”"
    assert speakers(ex, text) == [(None, None, None)]


@pytest.mark.parametrize("text, expected", [
    ("The University of Wexbridge's Vice-Chancellor, Professor Ruth Kane, has said rents are too high.\n\n"
     "However, when pressed on the choice students have, the Vice-Chancellor said:\n\n"
     "“I think it is a hard choice, but the halls are there if students want them.”",
     [("Ruth Kane", "Vice-Chancellor", "University of Wexbridge")]),
    ("Hugh Lane is the principal of Oakfield College.\n\n"
     "Later the Principal said: “We are proud of every student who sat exams this summer.”",
     [("Hugh Lane", "principal", "Oakfield College")]),
    # near-miss: "the spokesman" is still the earlier described speaker, not the last named person
    ("Jo Bell, head of Oakfield School, said: “We are disappointed with the report.”\n\n"
     "A spokesman for Ofsted said inspectors stood by it.\n\n"
     "The spokesman said: “We do not comment on individual inspections.”",
     [("Jo Bell", "head", "Oakfield School"), ("spokesman for Ofsted", "spokesman", "Ofsted")]),
])
def test_the_post_is_the_person_named_with_it(ex, text, expected):
    assert speakers(ex, text) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("When asked if she thought halls were a monopoly O'Brien", ("O'Brien", None, None)),
    ("After the hearing Det Insp Jo Bell", ("Jo Bell", "Det Insp", None)),
    ("When asked about the fees, O'Monahan", ("O'Monahan", None, None)),
    # near-miss: a place closing the clause is not a person
    ("Speaking after the match Wigan", None),
])
def test_a_leading_clause_then_the_name(phrase, expected):
    sp = parse_speaker(phrase, quote_rules())
    got = None if sp is None or not (sp.name or sp.description) or sp.name == "Wigan" else \
        (sp.name or sp.description, sp.role, sp.organisation)
    assert got == expected


@pytest.mark.parametrize("phrase, expected", [
    ("Ian Ross, site manager for Fibrex at Quedgeley", ("Ian Ross", "site manager", "Fibrex")),
    ("Jo Bell, operations director for Northern Rail at Leeds", ("Jo Bell", "operations director", "Northern Rail")),
    # near-misses: a body after "at" is still the body
    ("Jo Bell, a nurse at Leeds General Infirmary", ("Jo Bell", "nurse", "Leeds General Infirmary")),
    ("Jo Bell, cabinet member for Housing at Oakfield Council",
     ("Jo Bell", "cabinet member for Housing", "Oakfield Council")),
])
def test_a_place_after_at_is_where(phrase, expected):
    assert parsed(phrase) == expected


@pytest.mark.parametrize("text, expected", [
    ("Moorland Buses has announced that Sunday services will end in July.\n\n"
     "Ian Tate from the bus firm said: “In the areas affected we have seen a steep fall in demand.”",
     [("Ian Tate", None, "Moorland Buses")]),
    ("About 900 jobs are at risk after the supermarket giant named the stores it will close. Grocerly said "
     "staff would be offered other roles.\n\n"
     "New chief executive Dan Lowe said: “The decision to close the stores was very hard to take.”",
     [("Dan Lowe", "chief executive", "Grocerly")]),
    # near-misses: a post that "said" is no body; two bodies act in the story, so the description stays
    ("Valley Voices is using its grant for a choir, Mr Ade Bako, Chairman said:\n\n"
     "“We want to bring older people together every week.”",
     [("Ade Bako", "Chairman", None)]),
    ("Moorland Buses has announced cuts. Valley Coaches said it would not step in.\n\n"
     "Ian Tate from the bus firm said: “In the areas affected we have seen a steep fall in demand.”",
     [("Ian Tate", None, "bus firm")]),
])
def test_a_body_written_as_a_description(ex, text, expected):
    assert speakers(ex, text) == expected


def test_a_bare_kind_opening_the_sentence_is_the_named_body(ex):
    text = ("Mill Lane Primary School was rated satisfactory by inspectors.\n\n"
            "School headteacher Ann Cole said: “It is not the worst report but it is upsetting for staff.”")
    assert speakers(ex, text) == [("Ann Cole", "headteacher", "Mill Lane Primary School")]


@pytest.mark.parametrize("phrase, expected", [
    ("Ravi Shah, Deputy Chief Executive Officer, Hope Street Trust",
     ("Ravi Shah", "Deputy Chief Executive Officer", "Hope Street Trust")),
    ("Lena Burke, Centre Director, CEO, Marsh House Community Centre",
     ("Lena Burke", "Centre Director, CEO", "Marsh House Community Centre")),
    # near-misses: an age closing the list is no post
    ("Jo Bell, 45, Oakfield Council", ("Jo Bell", None, "Oakfield Council")),
])
def test_posts_listed_then_the_body(phrase, expected):
    assert parsed(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("Greenfield Academy's governing body", ("Greenfield Academy's governing body", None, "Greenfield Academy")),
    ("In a letter to parents, Greenfield Academy's governing body",
     ("Greenfield Academy's governing body", None, "Greenfield Academy")),
    ("The Oakfield Trust's board of trustees", ("Oakfield Trust's board of trustees", None, "Oakfield Trust")),
])
def test_a_bodys_own_group_speaks_for_it(phrase, expected):
    assert parsed(phrase) == expected


def test_started_in_the_role_as(ex):
    text = ("Dr Simon Hale started in his role as the new chief executive at Marsh Valley Hospitals this week.\n\n"
            "He said: “The big thing is our waiting list, and that will be my priority this winter.”")
    assert speakers(ex, text) == [("Simon Hale", "chief executive", "Marsh Valley Hospitals")]


@pytest.mark.parametrize("phrase, expected", [
    ("Unite Wales secretary Dai Rees", ("Dai Rees", "secretary", "Unite Wales")),
    ("GMB Scotland organiser Ann Bell", ("Ann Bell", "organiser", "GMB Scotland")),
    # near-misses: a specialism or a minister's nation stays the role
    ("Road Safety Sergeant Jo Bell", ("Jo Bell", "Road Safety Sergeant", None)),
    ("Behaviour expert Jo Bell", ("Jo Bell", "Behaviour expert", None)),
    ("Shadow Wales secretary Jo Bell", ("Jo Bell", "Shadow Wales secretary", None)),
])
def test_a_bodys_branch_in_a_nation(phrase, expected):
    assert parsed(phrase) == expected


def test_its_chief_executive_is_the_story_body(ex):
    text = ("Grocerly has announced it will shut 40 stores. Jo Bell is its chief executive.\n\n"
            "The company's chief executive said: “The decision to close the stores was very hard to take.”")
    assert speakers(ex, text) == [("Jo Bell", "chief executive", "Grocerly")]


@pytest.mark.parametrize("text, expected", [
    # the post given where the story introduced the person outranks a bare "councillor" at the cue
    ("At the town hall, leader of the council Rita Vance defended the budget.\n\n"
     "“We are proud of what this city has done,” councillor Vance said.",
     [("Rita Vance", "leader", "council")]),
    # "Leader of the council" in a story about one council: that council
    ("Fernshire Council's cabinet has backed a 2% rise.\n\n"
     "Leader of the council Tom Ash said: “We have to be careful with every pound we spend.”",
     [("Tom Ash", "Leader of the council", "Fernshire Council")]),
    # near-miss: a bare councillor with no post given elsewhere stays a councillor
    ("“We were never asked about the closure,” councillor Ann Rudd said.",
     [("Ann Rudd", "councillor", None)]),
])
def test_a_council_post_given_earlier(ex, text, expected):
    assert speakers(ex, text) == expected
