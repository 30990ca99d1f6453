"""Quote families from a third round on new news text: the role and organisation of a speaker
written with a portfolio and a body, role modifiers, a speaker named before a bare colon, a
closing-style mark opening a quote after a colon, a council's bare roles, and near-misses."""
import pytest

from extractor.components.quotes import find_quotes, parse_speaker, quote_rules


def quotes_of(text):
    return [q for q in find_quotes(text)[0] if not q.partial]


def speaker(phrase):
    sp = parse_speaker(phrase, quote_rules())
    return sp.name or sp.description, sp.role, sp.organisation


@pytest.mark.parametrize("phrase,expected", [
    # a portfolio after the role, then the body that holds it
    ("Priya Shah, the new Cabinet Member for Children and Families for Westbrook Borough Council",
     ("Priya Shah", "Cabinet Member for Children and Families", "Westbrook Borough Council")),
    ("Tom Reyes, portfolio holder for waste at Marshfield District Council",
     ("Tom Reyes", "portfolio holder for waste", "Marshfield District Council")),
    ("Cllr Ada Moss, Labour's cabinet member for housing at Eastleigh Council",
     ("Ada Moss", "cabinet member for housing", "Eastleigh Council")),
    ("Ben Hart, lead member for adult care at Northgate County Council",
     ("Ben Hart", "lead member for adult care", "Northgate County Council")),
    # one preposition only: unchanged
    ("Jane Doe, chief executive of the Shelter Trust", ("Jane Doe", "chief executive", "Shelter Trust")),
    ("Sam Lee, head of policing at Kent Police", ("Sam Lee", "head of policing", "Kent Police")),
    # a formal title keeps its portfolio, with no body after it
    ("Kit Lowe, Secretary of State for Health and Social Care",
     ("Kit Lowe", "Secretary of State for Health and Social Care", None)),
])
def test_portfolio_then_body(phrase, expected):
    assert speaker(phrase) == expected


@pytest.mark.parametrize("phrase,expected", [
    ("Acting Det Supt Maria Cole", ("Maria Cole", "Acting Det Supt", None)),
    ("Interim Chief Constable Raj Patel", ("Raj Patel", "Interim Chief Constable", None)),
    ("Temporary Inspector Lee Dunn, of Avon and Somerset Police",
     ("Lee Dunn", "Temporary Inspector", "Avon and Somerset Police")),
    ("Opposition leader Jo Bell", ("Jo Bell", "Opposition leader", None)),
    ("Former council leader Amir Khan", ("Amir Khan", "Former council leader", None)),
    ("Retired Kent Police inspector Jo Bell", ("Jo Bell", "Retired inspector", "Kent Police")),
    # a capitalised body before the role is still the organisation
    ("Kent Police inspector Jo Bell", ("Jo Bell", "inspector", "Kent Police")),
])
def test_role_modifiers_stay_in_the_role(phrase, expected):
    assert speaker(phrase) == expected


@pytest.mark.parametrize("phrase,expected", [
    ("The leader of Hartley Council, Sam Lee", ("Sam Lee", "leader", "Hartley Council")),
    ("Ann Roe, the council's newly appointed director of public health", ("Ann Roe", "director of public health", "council")),
    ("Jo Bell, a Labour councillor", ("Jo Bell", "councillor", "Labour")),
    ("Mr Green, 61, a retired teacher", ("Green", "retired teacher", None)),
    ("Mrs Leader, a local resident", ("Leader", "local resident", None)),
    # a bare party in apposition is the person's politics, not who they speak for
    ("Mr Wells, a Conservative", ("Wells", None, None)),
    # a verb after the relative clause is the sentence going on, never a role
    ("Head teacher Lisa Moor, who took up the post in May, was also", ("Lisa Moor", "Head teacher", None)),
])
def test_articles_ages_and_clauses(phrase, expected):
    assert speaker(phrase) == expected


@pytest.mark.parametrize("text,name,role,paragraphs", [
    ('Detective Constable Amy Ross: “The victim was badly shaken by what happened.\n\n'
     '“We want to hear from anyone who saw the attack.”', "Amy Ross", "Detective Constable", 2),
    ('Tom Pike, rural crime officer: "Farm thefts have risen sharply this winter."',
     "Tom Pike", "rural crime officer", 1),
])
def test_speaker_named_before_a_bare_colon(text, name, role, paragraphs):
    (q,) = quotes_of(text)
    assert (q.speaker.name, q.speaker.role, len(q.paragraphs)) == (name, role, paragraphs)


@pytest.mark.parametrize("text", [
    'Warning: "Do not approach the man, call 999 instead."',
    'The verdict: "Guilty on all counts of the indictment."',
    'Kent County Council: "The road will stay closed until further notice."',
])
def test_no_person_before_a_bare_colon(text):
    for q in quotes_of(text):
        assert q.speaker.name is None


def test_closing_mark_opening_after_a_colon():
    text = ('Det Supt Ian Shaw said:” We have spoken to more than 200 people so far.\n\n'
            '“We still want to hear from anyone who was in the woods that morning.”')
    (q,) = quotes_of(text)
    assert q.speaker.name == "Ian Shaw" and len(q.paragraphs) == 2
    assert text[q.start:q.end].lstrip().startswith("We have spoken")


@pytest.mark.parametrize("text", [
    'The figures were described as ”worrying” by the panel, which meets again in May.',
    'She said it was ” fine” and left the meeting early without further comment.',
])
def test_stray_closing_marks_open_nothing(text):
    assert quotes_of(text) == []


@pytest.mark.parametrize("text,org", [
    ("Labour-led Westbrook Borough Council approved the plan on Monday.\n\n"
     'Council leader Ann Lee said: "This budget protects the services people rely on."', "Westbrook Borough Council"),
    ("The Conservative leader of Fenmoor County Council defended the rise.\n\n"
     'Speaking at the meeting, leader Carl Dean said: "We have kept the increase below inflation."',
     "Fenmoor County Council"),
    ("Ashdown District Council set its budget on Tuesday.\n\n"
     'Opposition leader Councillor Meg Price said: "These cuts will hurt the villages most."', "Ashdown District Council"),
    ("Hollin Parish Council objected to the cut.\n\n"
     'Cllr Ray Holt, cabinet member for transport, said: "We are still funding most routes."', None),
])
def test_a_council_role_takes_the_story_council(text, org):
    (q,) = quotes_of(text)
    assert q.speaker.organisation == org


def test_a_leader_of_something_else_is_not_a_council_role():
    text = ("Fenmoor County Council runs the depot.\n\n"
            'Depot team leader Carl Dean said: "The lorries go out at six every morning now."')
    (q,) = quotes_of(text)
    assert q.speaker.organisation != "Fenmoor County Council"


def test_a_possessive_pronoun_is_not_a_body():
    text = 'Planning officer Ann Hill backed the scheme.\n\n"No objection has been received from highways," her report added.'
    (q,) = quotes_of(text)
    assert q.speaker.organisation is None


@pytest.mark.parametrize("text,name,role", [
    ("The result came as no surprise to head teacher Omar Reid, who had prepared for months. "
     '"We knew the children had made real progress," he said.', "Omar Reid", "head teacher"),
    ("The praise was welcomed by head teacher Ruth Okafor, who joined the school in 2019.\n\n"
     '"It reflects the work of every member of staff," she said.', "Ruth Okafor", "head teacher"),
])
def test_role_written_before_a_name_mid_sentence(text, name, role):
    (q,) = quotes_of(text)
    assert (q.speaker.name, q.speaker.role) == (name, role)
