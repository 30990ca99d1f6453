"""Round 5 of speakers' roles and organisations (made-up text): a second role after "also", an
apposition that lists another person, a committee named after a place, a surname after an
honorific as the referent of "he"/"she", a reported clause with a quoted fragment before
"adding:", a role written before the name in a story's opening sentence, a rank's unit, a
leading clause that is no role, and a body's head named before an all-capitals lede."""
import pytest

from extractor.components.quotes import parse_speaker, quote_rules
from record_finding import speakers  # noqa: E402




def parsed(phrase):
    sp = parse_speaker(phrase, quote_rules())
    return sp.name or sp.description, sp.role, sp.organisation


@pytest.mark.parametrize("phrase, expected", [
    # a second hat after "also": the role written before the name is the one spoken in
    ("Lead governor Ann McCoy, also a Stockton councillor", ("Ann McCoy", "Lead governor", None)),
    ("Head teacher Rita Shah, also the chair of the town's schools forum", ("Rita Shah", "Head teacher", None)),
    # ... and when the name has no role of its own, the second one is the role, without "also"
    ("Ann McCoy, also a Stockton councillor", ("Ann McCoy", "councillor", None)),
    ("Cllr Ann McCoy, also chair of the housing panel", ("Ann McCoy", "chair of the housing panel", None)),
    # a rank alone is a title, so the apposition's role wins
    ("Chief Inspector Sam Cole, also the force's lead for knife crime", ("Sam Cole", "lead for knife crime", "force")),
    # near-miss: an apposition without "also" replaces the role before the name as before
    ("Head teacher Rita Shah, chair of the schools forum", ("Rita Shah", "chair of the schools forum", None)),
])
def test_a_second_role_after_also(phrase, expected):
    assert parsed(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    # a committee, panel or board named after a place is one body, lower-case words and all
    ("Jo Hale, a member of the Tees Valley joint health scrutiny committee",
     ("Jo Hale", "member", "Tees Valley joint health scrutiny committee")),
    ("Tom Pike, a member of the Northshire youth offending panel", ("Tom Pike", "member", "Northshire youth offending panel")),
    ("Amy Rowe, chair of the Wessex health and wellbeing board", ("Amy Rowe", "chair", "Wessex health and wellbeing board")),
    # near-misses: a body's own name is not lengthened by a unit, nor a place by other words
    ("Tom Pike, head of the Kent Police major crime unit", ("Tom Pike", "head", "Kent Police")),
    ("Nia Cole, founder of the Hope Bus Project", ("Nia Cole", "founder", "Hope Bus Project")),
])
def test_a_committee_named_after_a_place(phrase, expected):
    assert parsed(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    # an officer's unit after the force's possessive: the force is the organisation
    ("Sergeant Paul Dean of West Mercia Police's rural crime team", ("Paul Dean", "Sergeant", "West Mercia Police")),
    ("Detective Sergeant Ballard, from the PSNI's CID unit", ("Ballard", "Detective Sergeant", "PSNI")),
    ("Det Insp Gary Lund, of Lancashire Police's economic crime unit", ("Gary Lund", "Det Insp", "Lancashire Police")),
    # where someone works is not their role: the rank is
    ("PC Sam Wright, from the roads policing unit at Thames Valley Police", ("Sam Wright", "PC", "Thames Valley Police")),
    # near-misses: a unit with its own capitalised name, and a plain body, are kept
    ("Det Sgt Amy Cole, of the Met's Flying Squad", ("Amy Cole", "Det Sgt", "Met's Flying Squad")),
    ("Chief Inspector Dan Frost from Norfolk Constabulary", ("Dan Frost", "Chief Inspector", "Norfolk Constabulary")),
])
def test_a_rank_with_its_unit(phrase, expected):
    assert parsed(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    # a role before the name and its body after it
    ("The chief executive of the Hartfield Trust, Ann Lee", ("Ann Lee", "chief executive", "Hartfield Trust")),
    ("The chairman of the Oakfield Residents Association, Keith Bell", ("Keith Bell", "chairman", "Oakfield Residents Association")),
    ("Community nurse Jane Hart, from the Oakfield Hospice", ("Jane Hart", "Community nurse", "Oakfield Hospice")),
    ("Campaigner Tom Hale, of Save Our Buses", ("Tom Hale", "Campaigner", "Save Our Buses")),
    # a leading clause is never a role; a role written last in it is
    ("Speaking after the meeting Mrs Beasley", ("Beasley", None, None)),
    ("Writing on Facebook council leader Ann Lee", ("Ann Lee", "council leader", None)),
    # near-miss: a role before the name with no body after it stays
    ("The leader of Oakfield Council, Sam Lee", ("Sam Lee", "leader", "Oakfield Council")),
])
def test_a_role_before_the_name_and_its_body(phrase, expected):
    assert parsed(phrase) == expected


@pytest.mark.parametrize("text, expected", [
    # a surname after an honorific is the person "he" refers to, joined to the full name
    ("Council leader Priya Mohan criticised the minister.\n\nThe minister, Mr Kerr, blamed councils.\n\n"
     "Oakfield Council leader Cllr Mohan hit back, saying budgets had been cut for years.\n\n"
     "“This government finds it easy to blame councils,” she said.",
     [("Priya Mohan", "leader", "Oakfield Council")]),
    ("Dr Rhodes questioned the figures in a letter to the board.\n\n"
     "“The waiting list is far longer than the trust admits,” he said.",
     [("Rhodes", None, None)]),
    # near-miss: a name the previous speaker says inside the quotation is no referent
    ("Labour MP Tom Brady hit back at the claims.\n\nHe said: “Mr Fox has never been elected by anyone here.”\n\n"
     "He added: “I have always been happy to deal with residents directly.”",
     [("Tom Brady", "MP", "Labour"), ("Tom Brady", "MP", "Labour")]),
])
def test_a_surname_after_an_honorific_is_a_referent(ex, text, expected):
    assert speakers(ex, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an apposition that names another person is a list, not the first person's role
    ("Chief constable Ann Dale, head of crime Det Supt Simon Ross, and the commissioner will open the unit.\n\n"
     "Ms Dale said the unit was long overdue.\n\nShe said: “We now have the detectives we need.”",
     [("Ann Dale", "Chief constable", None)]),
    # near-miss: an apposition that is a role is still the role
    ("Ann Dale, head of crime at Wessex Police, will open the unit.\n\n"
     "Ms Dale said the unit was long overdue.\n\nShe said: “We now have the detectives we need.”",
     [("Ann Dale", "head of crime", "Wessex Police")]),
])
def test_an_apposition_that_lists_another_person(ex, text, expected):
    assert speakers(ex, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quoted fragment inside the reported clause before "adding:" keeps the clause's subject
    ("Mr Kerr said councils were “wholly unprepared” for the crisis, adding: “I asked for their plans.”",
     [("Kerr", None, None)]),
    ("Sue Ray said the cuts were “deeply worrying” for families, adding: “We cannot go on like this.”",
     [("Sue Ray", None, None)]),
    # near-miss: with no fragment it was already found
    ("Sue Ray said the cuts were worrying, adding: “We cannot go on like this.”", [("Sue Ray", None, None)]),
])
def test_a_reported_clause_with_a_fragment_before_adding(ex, text, expected):
    assert speakers(ex, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the story opens on a seat's holder by the place's possessive: the role, no body
    ("Hartley's MP has hit out at the council over bus cuts.\n\n"
     "In a letter to the council, Joan Pratt said the plans were a fantasy.\n\n"
     "Mrs Pratt said: “Residents will be left stranded.”",
     [("Joan Pratt", "MP", None)]),
    # an all-capitals opening word is still the story's opening description
    ("THE chief executive of the Wessex Hospitals NHS Trust has apologised to patients.\n\n"
     "Mark Ives tweeted a picture of the queue.\n\nMr Ives wrote: “Please accept my apologies.”",
     [("Mark Ives", "chief executive", "Wessex Hospitals NHS Trust")]),
    # near-miss: a possessive before a role that is not a seat is still read as its body
    ("Wessex's police commissioner has hit out at the cuts.\n\nJo Bell said: “We need more officers.”",
     [("Jo Bell", "police commissioner", "Wessex")]),
])
def test_a_role_in_the_opening_sentence(ex, text, expected):
    assert speakers(ex, text) == expected


@pytest.mark.parametrize("phrase, expected", [
    # "and a ..." after a role is a second description of the person, not part of the role
    ("Neil Ross, chairman of the council's health scrutiny committee and a retired hospital manager",
     ("Neil Ross", "chairman of the council's health scrutiny committee", None)),
    ("Ann Lee, head of policy and a former nurse", ("Ann Lee", "head of policy", None)),
    # near-misses: two roles joined without an article, and a portfolio with "and", stay whole
    ("Cllr Paul Gray, deputy leader and cabinet member for finance", ("Paul Gray", "deputy leader and cabinet member for finance", None)),
    ("Ann Lee, director of research and development", ("Ann Lee", "director of research and development", None)),
])
def test_a_second_description_after_and_a(phrase, expected):
    assert parsed(phrase) == expected


@pytest.mark.parametrize("text, expected", [
    # a doubled colon after the cue (a typing slip) still introduces the quotation
    ("Cllr Ann Holt said:: “We were never consulted about the closure.”", [("Ann Holt", "Cllr", None)]),
    ("Jo Bell, the charity's founder, told the meeting:: “Every family deserves a home.”",
     [("Jo Bell", "founder", "charity")]),
    # near-miss: a single colon, as before
    ("Cllr Ann Holt said: “We were never consulted about the closure.”", [("Ann Holt", "Cllr", None)]),
])
def test_a_doubled_colon_after_the_cue(ex, text, expected):
    assert speakers(ex, text) == expected


@pytest.mark.parametrize("text, expected", [
    # near-miss: a possessive surname ("Mr Lowe's departure") is not the one "he" refers to
    ("Councillor Dan Pike alleged the reasons behind Mr Lowe’s departure were political.\n\n"
     "He said: “We all know why this restructure happened.”",
     [("Dan Pike", None, None)]),
])
def test_a_possessive_surname_is_no_referent(ex, text, expected):
    assert speakers(ex, text) == expected


# A role stated in a sentence of its own ("X is the chair of Y.") is the person's when they speak later;
# a state or a description that names no post is not.
@pytest.mark.parametrize("text, expected", [
    ("Ann Price is the chair of the Oakfield Residents Association. She said: “We are furious.”",
     [("Ann Price", "chair", "Oakfield Residents Association")]),
    ("Raj Patel is the new headteacher at Oakfield Primary School.\n\nMr Patel said: “We will improve.”",
     [("Raj Patel", "headteacher", "Oakfield Primary School")]),
    # near-misses: no post named
    ("Tom Reed was angry about the plans. He said: “It is wrong.”", [("Tom Reed", None, None)]),
    ("Sarah Jones was the first to arrive. She said: “It was chaos.”", [("Sarah Jones", None, None)]),
])
def test_a_role_stated_in_a_sentence_of_its_own(ex, text, expected):
    assert speakers(ex, text) == expected


# A role written in capitals after an article is a role, not a body; a place a person is "from" is home.
@pytest.mark.parametrize("text, expected", [
    ("Dr Amir Khan, a GP in Bradford, said: “Demand is high.”", [("Amir Khan", "GP", None)]),
    ("Jane Doe, a PCSO in Hull, said: “We patrol daily.”", [("Jane Doe", "PCSO", None)]),
    ("Jo Bloggs, 45, a mother of two from Leeds, said: “I was scared.”", [("Jo Bloggs", "mother of two", None)]),
    # near-misses: a body after "from", a party before the role
    ("Ann Lee, a nurse from Leeds General Infirmary, said: “We are full.”", [("Ann Lee", "nurse", "Leeds General Infirmary")]),
    ("Tom Hart, a volunteer from Age UK, said: “It helps.”", [("Tom Hart", "volunteer", "Age UK")]),
    ("Sam Cole, a Labour councillor, said: “No.”", [("Sam Cole", "councillor", "Labour")]),
])
def test_capital_roles_and_home_places(ex, text, expected):
    assert speakers(ex, text) == expected


# A rank written short at the quotation takes the rank as first written in full for that person.
@pytest.mark.parametrize("text, expected", [
    ("Chief Superintendent Rachel Nolan said the force would act. Later, Ch Supt Nolan said: “We will not tolerate this.”",
     [("Rachel Nolan", "Chief Superintendent", None)]),
    ("Detective Inspector Sam Cole said the inquiry was open. Det Insp Cole said: “Call us.”",
     [("Sam Cole", "Detective Inspector", None)]),
    # near-miss: a different rank is kept as written at the quotation
    ("Inspector Sam Cole led the raid. Later, Chief Inspector Cole said: “It went well.”",
     [("Sam Cole", "Chief Inspector", None)]),
])
def test_short_rank_takes_the_full_rank(ex, text, expected):
    assert speakers(ex, text) == expected
