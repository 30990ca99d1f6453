"""Speakers of quotations, brief q6 (made-up text): a reported speaker's phrase never runs over a
line break, "Cabinet member" is no seat, a leading "Retiring"/"Outgoing" before a body's name, a
possessive inside a body's name, a past-tense clause after the name is no role, two people
joined by "and" before a role, "Member of Parliament for ...", a head of a body capitalised
("Chief Executive of ..."), a short quotation whose comma stands after the closing mark, and
"She ... and later said:"."""
import pytest

from extractor.components.quotes import _role_org, parse_speaker, quote_rules
from record_finding import speakers  # noqa: E402


def parsed(phrase):
    sp = parse_speaker(phrase, quote_rules())
    return sp.name or sp.description, sp.role, sp.organisation


@pytest.mark.parametrize("text, expected", [
    # a caption line (a name alone) just before the paragraph that reports the speaker
    ("Green group leader Ruth Penn\n\nCllr Penn said the budget left too little for parks.\n\n"
     "“We will keep pressing for more money,” she added.",
     [("Ruth Penn", "group leader", "Green")]),
    ("Housing campaigner Tom Lyle\nMr Lyle said the waiting list had doubled.\n"
     "“Families cannot wait another decade for a home,” he added.",
     [("Tom Lyle", "Housing campaigner", None)]),
    # a lower-case role before "Cllr Name said ...": the role, not the honorific
    ("Green group leader Cllr Ruth Penn said the budget left too little for parks.\n\n"
     "“We will keep pressing for more money,” she added.",
     [("Ruth Penn", "group leader", "Green")]),
])
def test_a_reported_speaker_stays_in_its_paragraph(ex, text, expected):
    assert speakers(ex, text) == expected


@pytest.mark.parametrize("phrase, expected", [
    # the body a member sits on, written before "member", is part of the role, not a seat
    ("Cabinet member Councillor Priya Shah", ("Priya Shah", "Cabinet member", None)),
    ("Executive member Cllr Owen Hart", ("Owen Hart", "Executive member", None)),
    # near-misses: a place before "councillor" or "member" is still the seat
    ("Blakemere councillor Ann Lowe", ("Ann Lowe", "councillor", None)),
    ("Hartfield member Sam Fry", ("Sam Fry", "member", None)),
])
def test_cabinet_member_is_no_seat(phrase, expected):
    assert parsed(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    # a word that opens the role ("Retiring", "Outgoing") before a body's capitalised name
    ("Retiring St Anne’s Primary School head Jo Bell", ("Jo Bell", "Retiring head", "St Anne’s Primary School")),
    ("Outgoing Hartley Grange Academy principal Ravi Dutt", ("Ravi Dutt", "Outgoing principal", "Hartley Grange Academy")),
    ("Acting Northshire Police chief constable Tim Ames", ("Tim Ames", "Acting chief constable", "Northshire Police")),
    # near-misses: a capitalised title with no lower-case role after it stays whole
    ("Shadow Health Secretary Ann Bright", ("Ann Bright", "Shadow Health Secretary", None)),
    ("Former Labour council leader Ann Lee", ("Ann Lee", "Former Labour council leader", None)),
])
def test_a_modifier_before_a_bodys_name(phrase, expected):
    assert parsed(phrase) == expected


@pytest.mark.parametrize("appositive, expected", [
    # the possessive is part of the body's name when more of the name follows it
    ("St Mary’s Hospital chief executive", ("chief executive", "St Mary’s Hospital")),
    ("Retiring St Luke’s Church of England School head", ("Retiring head", "St Luke’s Church of England School")),
    ("St Peter's College director", ("director", "St Peter's College")),
    # near-misses: a place's possessive before a role keeps the place as the organisation
    ("Kent’s Police and Crime Commissioner", ("Police and Crime Commissioner", "Kent")),
    ("Bexley’s head of housing", ("head of housing", "Bexley")),
    ("Oakfield’s Cabinet Member for Housing", ("Cabinet Member for Housing", "Oakfield")),
])
def test_a_possessive_inside_a_bodys_name(appositive, expected):
    assert _role_org(appositive) == expected


@pytest.mark.parametrize("phrase, expected", [
    # what the person did after the name (a past-tense verb and its object) is not a role
    ("Deputy head, Amy Cole, revealed the figure was 'well above' target", ("Amy Cole", "Deputy head", None)),
    ("Deputy manager, Ben Ruiz, explained that the work had overrun", ("Ben Ruiz", "Deputy manager", None)),
    ("Chief officer, Jo Ng, told the panel how the unit coped", ("Jo Ng", "Chief officer", None)),
    # near-misses: a role after the name is kept, even one with a participle in it
    ("Amy Cole, deputy head at Fenwick School", ("Amy Cole", "deputy head", "Fenwick School")),
    ("Ben Ruiz, retired site manager", ("Ben Ruiz", "retired site manager", None)),
])
def test_a_past_tense_clause_is_no_role(phrase, expected):
    assert parsed(phrase) == expected


@pytest.mark.parametrize("text, expected", [
    # two people joined by "and": the second one's role is only the words after "and"
    ("The plans were backed by city mayor Sir Alan Hume and county council leader Ruth Dane.\n\n"
     "Cllr Dane said: “This is good news for every town in the county.”",
     [("Ruth Dane", "county council leader", None)]),
    ("The scheme was opened by police commissioner Jo Pratt and fire chief Omar Reid.\n\n"
     "Mr Reid said: “It will save lives on our roads.”",
     [("Omar Reid", "fire chief", None)]),
])
def test_a_second_person_after_and(ex, text, expected):
    assert speakers(ex, text) == expected


@pytest.mark.parametrize("appositive, expected", [
    # "Member of Parliament" is one title: the seat stays in the role, the party is the organisation
    ("the Conservative Member of Parliament for Hartley", ("Member of Parliament for Hartley", "Conservative")),
    ("the Labour Member of Parliament for Northby and Dale", ("Member of Parliament for Northby and Dale", "Labour")),
    ("Member of Parliament for Hartley", ("Member of Parliament for Hartley", None)),
    # near-miss: the short form reads as before
    ("the Conservative MP for Hartley", ("MP for Hartley", "Conservative")),
])
def test_member_of_parliament(appositive, expected):
    assert _role_org(appositive) == expected


@pytest.mark.parametrize("appositive, expected", [
    # the head of a body: the "of ..." is the body however it is capitalised
    ("Chief Executive of Northshire Tourism Promotions", ("Chief Executive", "Northshire Tourism Promotions")),
    ("Managing Director of Dale Valley Buses", ("Managing Director", "Dale Valley Buses")),
    ("Founder of Hope Street Kitchens", ("Founder", "Hope Street Kitchens")),
    ("President of the Royal College of Nursing", ("President", "Royal College of Nursing")),
    # near-misses: a title that keeps its portfolio stays whole
    ("Chief Inspector of Prisons", ("Chief Inspector of Prisons", None)),
    ("Assistant Director for Highways", ("Assistant Director for Highways", None)),
])
def test_a_head_of_a_body_capitalised(appositive, expected):
    assert _role_org(appositive) == expected


@pytest.mark.parametrize("text, expected", [
    # a short quotation opening its sentence, its comma after the closing mark, then the cue
    ("Mrs Dale said the news came as a blow.\n\"I just could not take it in\", she added.",
     [("Dale", None, None)]),
    ("Tom Wills, 70, lives on the estate.\n\"Nobody asked us at all\", Mr Wills said.",
     [("Tom Wills", None, None)]),
])
def test_a_comma_after_the_closing_mark(ex, text, expected):
    assert speakers(ex, text) == expected


@pytest.mark.parametrize("text", [
    # near-misses: a fragment inside a sentence stays a fragment, whatever the cue after it
    "The council called the scheme \"a real success\", he added. It opened in May.\n",
    "Residents said the plans were \"not fit\", she said.\n",
])
def test_a_fragment_before_an_outside_comma_stays_partial(ex, text):
    assert speakers(ex, text) == []


@pytest.mark.parametrize("text, expected", [
    # a second verb of the same subject before the cue: "She ... and later said:"
    ("Her aunt, Mary Quinn, had lived there for ten years. She was moved to a new ward and later said: "
     "“I miss my old room.”", [("Mary Quinn", None, None)]),
    ("Bill Hart, 81, was told of the closure on Monday. He read the letter twice and then said: "
     "“Where will we all go now?”", [("Bill Hart", None, None)]),
    # near-miss: a pronoun with no one before it is never the speaker
    ("She read the letter twice and then said: “Where will we all go now?”", [(None, None, None)]),
])
def test_a_second_verb_before_the_cue(ex, text, expected):
    assert speakers(ex, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an age, then a verb: "was" is never the role
    ("Bill Hart, 81, was told of the closure on Monday.\n\n“Where will we all go now?” he said.",
     [("Bill Hart", None, None)]),
    ("Ann Cole, 64, was asked about the plans at the meeting.\n\n“We were never consulted,” she said.",
     [("Ann Cole", None, None)]),
    # near-miss: a role after the age is kept
    ("Ann Cole, 64, a retired nurse, spoke at the meeting.\n\n“We were never consulted,” she said.",
     [("Ann Cole", "retired nurse", None)]),
])
def test_an_auxiliary_after_the_age_is_no_role(ex, text, expected):
    assert speakers(ex, text) == expected


@pytest.mark.parametrize("phrase, expected", [
    # a role written in brackets after the name is the person's apposition
    ("Cllr Jo Bell (cabinet member for housing)", ("Jo Bell", "cabinet member for housing", None)),
    ("Dr Amy Lowe (director of public health)", ("Amy Lowe", "director of public health", None)),
    ("Cllr Tim Hale (portfolio holder with responsibility for the library service)",
     ("Tim Hale", "portfolio holder with responsibility for the library service", None)),
    # near-misses: a party and ward, a party alone, a picture note are dropped as before
    ("Cllr Sam Lee (Con, Oakfield), lead member for housing", ("Sam Lee", "lead member for housing", None)),
    ("Nantley councillor Peter Gale (Lab)", ("Peter Gale", "councillor", None)),
    ("Jo Bell (pictured)", ("Jo Bell", None, None)),
])
def test_a_role_in_brackets(phrase, expected):
    assert parsed(phrase) == expected


SPEECH = ("Cllr Ann Rowe (cabinet member for parks) said:\n\n“This has been a hard year for the service.\n\n"
          "{middle}"
          "I want to thank every volunteer who helped{end}\n\nThe report goes to cabinet next week.")


@pytest.mark.parametrize("middle, end, paragraphs", [
    # paragraphs printed without marks run on until the closing mark, even four of them,
    # and the full stop may stand after the mark
    ("We cut costs.\n\nWe kept every site open.\n\nWe opened a new cafe.\n\n", ".”", 5),
    ("We cut costs.\n\nWe kept every site open.\n\nWe opened a new cafe.\n\n", "”.", 5),
    ("We cut costs.\n\n", "”.", 3),
    # near-miss: a paragraph that opens a quotation of its own ends the search (the first
    # quotation stays one paragraph)
    ("We cut costs.\n\nOne trustee called it “a good year” for parks.\n\n", ".”", 1),
])
def test_unmarked_paragraphs_until_the_closing_mark(ex, middle, end, paragraphs):
    rec = ex.extract(SPEECH.format(middle=middle, end=end))
    first = [q for q in rec["quotes"] if not q.get("partial")][0]
    assert first["speaker"]["name"] == "Ann Rowe"
    assert len(first["paragraphs"]) == paragraphs


@pytest.mark.parametrize("phrase, expected", [
    # a body whose name holds "of"/"for", then the lower-case role held there, then the person
    ("Royal Society of Gardeners chief executive Ann Pryce", ("Ann Pryce", "chief executive", "Royal Society of Gardeners")),
    ("National Union of Drivers general secretary Tom Bale", ("Tom Bale", "general secretary", "National Union of Drivers")),
    ("the Campaign for Quiet Roads director Ann Lee", ("Ann Lee", "director", "Campaign for Quiet Roads")),
    # near-misses: a person "of"/"from" a body reads as before
    ("Silvia Barr from Campaign for Quiet Roads", ("Silvia Barr", None, "Campaign for Quiet Roads")),
    ("Jo Bell of the Kent Police Federation", ("Jo Bell", None, "Kent Police Federation")),
])
def test_a_body_with_of_then_its_role(phrase, expected):
    assert parsed(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    # a head's role "of" a school whose name holds a possessive, and where the school is
    ("Executive Principal of St Anne's CE Primary School in Lower Dale, Mark Oduya",
     ("Mark Oduya", "Executive Principal", "St Anne's CE Primary School")),
    ("Headteacher of Saints Peter and Paul's Catholic College, Ruth Ogden",
     ("Ruth Ogden", "Headteacher", "Saints Peter and Paul's Catholic College")),
    # near-miss: a place's possessive before a role keeps the place as the organisation
    ("Kent Police's head of crime, Det Supt Ann Lee", ("Ann Lee", "head of crime", "Kent Police")),
])
def test_a_head_of_a_school_with_a_possessive(phrase, expected):
    assert parsed(phrase) == expected


@pytest.mark.parametrize("text, expected", [
    # a first name both sexes bear tells no gender: "she" may refer to it
    ("Chris Dale, general secretary of the Northshire Teachers Union, criticised the plans.\n\n"
     "She said: “Staff have had enough of being ignored.”", [("Chris Dale", "general secretary", "Northshire Teachers Union")]),
    ("Sam Holt, who chairs the residents' group, spoke at the meeting.\n\n"
     "He said: “We were told nothing about this.”", [("Sam Holt", "chair", "residents' group")]),
    # near-miss: a title still tells the gender ("Mr"), so "she" skips him for the woman before
    ("Ann Cole, 70, lives nearby. Mr Chris Dale, the landlord, disagreed.\n\nShe said: “It is a disgrace.”",
     [("Ann Cole", None, None)]),
])
def test_a_unisex_first_name(ex, text, expected):
    assert speakers(ex, text) == expected


@pytest.mark.parametrize("phrase, expected", [
    # a conjunction opening the sentence is not part of the body before the possessive
    ("But Northshire's Assistant Chief Constable, Tom Reid", ("Tom Reid", "Assistant Chief Constable", "Northshire")),
    ("And Oakfield's cabinet member for roads, Cllr Ann Lee", ("Ann Lee", "cabinet member for roads", "Oakfield")),
    # near-miss: a body's own name is kept whole
    ("Kent Police's head of crime, Det Supt Ann Lee", ("Ann Lee", "head of crime", "Kent Police")),
])
def test_a_conjunction_before_a_possessive_body(phrase, expected):
    assert parsed(phrase) == expected


@pytest.mark.parametrize("text, expected", [
    # a unit or team's name is never a person that "she" can refer to
    ("Housing minister Ann Holt said the Planning Delivery Unit would help councils.\n\n"
     "“Councils will have the support they need,” she said.", [("Ann Holt", "Housing minister", None)]),
    ("Minister Ann Holt praised the Rapid Response Team at the hospital.\n\n"
     "“They saved lives,” she said.", [("Ann Holt", "Minister", None)]),
])
def test_a_unit_is_no_referent(ex, text, expected):
    assert speakers(ex, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a role stated with the surname alone ("Mr Ball, who has been headteacher at ...") is the
    # role of the one person of that surname the story names in full
    ("Tom Ball, 49, is leaving Dale High School.\n\nMr Ball, who has been headteacher at Dale High School for "
     "ten years, said: “It has been a privilege.”\n\nMr Ball added: “I will miss every pupil.”",
     [("Tom Ball", "headteacher", "Dale High School"), ("Tom Ball", "headteacher", "Dale High School")]),
    # near-miss: no role stated anywhere, so none is made up
    ("Tom Ball, 49, is leaving Dale High School.\n\nMr Ball said: “It has been a privilege.”\n\n"
     "Mr Ball added: “I will miss every pupil.”", [("Tom Ball", None, None), ("Tom Ball", None, None)]),
])
def test_a_role_given_with_the_surname_alone(ex, text, expected):
    assert speakers(ex, text) == expected
