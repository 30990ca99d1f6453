"""Speakers of quotations, brief q10 (made-up text): "Then going on to say:" with no subject goes
on the last speaker; a council title after a party ("Alliance Councillor Jo Bell") is the role;
a kind of body alone ("Union president", "Club Chairman") is the body the story names or none; a
party group's post ("Labour Group Leader"); a place's council in lower case ("Kent county
council cabinet member"); a seat written with a comma ("MP for Birmingham, Erdington"); a
clause before the post ("At the NFU Scotland AGM, First Minister ..."); "The MP for Eastfield"
with no name; "Tess Ward" is a person; a post written as a title before a name in a story
("Sheriff Jo Kerr declined ..."); a comma after a quotation before a role; relative clauses in an
apposition; a caption's "‘...’: Jo Bell, chief executive of X, insists"; a quotation opened with
“ and closed with a straight mark; "the federation's chief executive"; "Bell stood up and
shouted:"."""
import pytest

from extractor.components.quotes import parse_speaker, quote_rules
from record_finding import speakers  # noqa: E402


def parsed(phrase):
    sp = parse_speaker(phrase, quote_rules())
    return (sp.name or sp.description, sp.role, sp.organisation) if sp is not None else None


PRONOUNS = {"he", "she", "they", "him", "her", "it"}


@pytest.mark.parametrize("text", [
    "Parish clerk Mina Shah said: “The hall roof has leaked for two winters.”\n\n"
    "Then going on to say: “We cannot hire it out until it is mended.”",
    "“Nobody asked the farmers first,” said Owen Pryce, chairman of the growers’ group.\n\n"
    "Going on to add: “The scheme was drawn up in an office in Cardiff.”",
    "Headteacher Ruth Allan said: “Pupils will move into the new block after Easter.”\n\n"
    "Before adding: “Parents have been very patient with us.”",
    "Headteacher Ruth Allan said: “Pupils will move into the new block after Easter.”\n\n"
    "The builders finished the roof in March.\n\nAnd going on to explain: “Parents have been very patient.”",
])
def test_going_on_to_say_takes_the_last_speaker(ex, text):
    first, second = speakers(ex, text)
    assert first[0] and second == first


@pytest.mark.parametrize("text", [
    # near-misses: a subject of its own, or no cue at all, is not the last speaker going on
    "Parish clerk Mina Shah said: “The hall roof has leaked for two winters.”\n\n"
    "Going on to the next item, the meeting heard: “We cannot hire it out until it is mended.”",
    "Parish clerk Mina Shah said: “The hall roof has leaked for two winters.”\n\n"
    "Residents going on to protest said: “We cannot hire it out until it is mended.”",
])
def test_going_on_with_a_subject_is_not_the_last_speaker(ex, text):
    second = speakers(ex, text)[1]
    assert second[0] != "Mina Shah"


@pytest.mark.parametrize("phrase, expected", [
    ("Alliance Councillor Mark Fenton", ("Mark Fenton", "Councillor", "Alliance")),
    ("Ardoyne Sinn Féin Councillor Orla Kerr", ("Orla Kerr", "Councillor", "Sinn Féin")),
    ("Green Cllr Peter Haig", ("Peter Haig", "Cllr", "Green")),
    ("Alliance North Down Councillor Ruth Moore", ("Ruth Moore", "Councillor", "Alliance")),
    ("Councillor Mark Fenton", ("Mark Fenton", "Councillor", None)),
    # near-misses: a post before the title is the role; a courtesy title is none
    ("Oakfield leader Cllr Ann Read", ("Ann Read", "leader", "Oakfield")),
    ("Labour Mr Tim Shaw", ("Tim Shaw", None, "Labour")),
    ("Labour councillor Amy Brook", ("Amy Brook", "councillor", "Labour")),
])
def test_a_council_title_after_a_party_is_the_role(phrase, expected):
    assert parsed(phrase) == expected


@pytest.mark.parametrize("text, expected", [
    ("SDLP South Down Councillor Cathy Mason has asked for a meeting with the roads service.\n\n"
     "“The junction is a danger to every child who walks to school,” she said.",
     [("Cathy Mason", "Councillor", "SDLP")]),
    ("Ardoyne Sinn Féin Councillor Orla Kerr said the attacks were the work of a small group.\n\n"
     "“This has gone on for three weekends in a row,” said Orla.\n\n"
     "“It has to stop before someone is hurt.”",
     [("Orla Kerr", "Councillor", "Sinn Féin"), ("Orla Kerr", "Councillor", "Sinn Féin")]),
])
def test_a_council_title_in_the_story_reaches_later_quotations(ex, text, expected):
    assert speakers(ex, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ashby Vale Football Club has opened a new stand.\n\n"
     "Club Chairman Dean Rowe said: “This shows how far we have come in two seasons.”",
     [("Dean Rowe", "Chairman", "Ashby Vale Football Club")]),
    ("Dairy farmers have waited months for their money.\n\n"
     "Union president Gordon Blair said: “The payments are welcome but they are far too late.”",
     [("Gordon Blair", "president", None)]),
    ("Members of the Fenland Growers Union met on Monday.\n\n"
     "Union president Gordon Blair said: “The payments are welcome but they are far too late.”",
     [("Gordon Blair", "president", "Fenland Growers Union")]),
    ("Marsh Town Sports Trust and Marsh Town Football Club have signed a deal.\n\n"
     "Club Chairman Dean Rowe said: “This shows how far we have come in two seasons.”",
     [("Dean Rowe", "Chairman", "Marsh Town Football Club")]),
])
def test_a_kind_of_body_alone_is_the_named_body_or_none(ex, text, expected):
    assert speakers(ex, text) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("Alliance Group Leader Hugh Grant", ("Hugh Grant", "Group Leader", "Alliance")),
    ("Labour Group Leader Sam Ito", ("Sam Ito", "Group Leader", "Labour")),
    # near-miss: a body called "... Group" with its post in lower case keeps its name
    ("Sanctuary Group chief executive Jo Bell", ("Jo Bell", "chief executive", "Sanctuary Group")),
    ("Conservative group leader Jo Bell", ("Jo Bell", "group leader", "Conservative")),
])
def test_a_party_groups_post(phrase, expected):
    assert parsed(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("Ann Cole, Shropshire county council cabinet member for roads",
     ("Ann Cole", "cabinet member for roads", "Shropshire county council")),
    ("Leeds city council leader Ann Cole", ("Ann Cole", "leader", "Leeds city council")),
    ("Dorset police chief constable Ann Cole", ("Ann Cole", "chief constable", "Dorset police")),
    # near-miss: a county councillor is a post, not a body "Kent county"
    ("Kent county councillor Ann Cole", ("Ann Cole", "county councillor", "Kent")),
])
def test_a_place_council_in_lower_case_is_the_body(phrase, expected):
    assert parsed(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("Liam Byrne, Labour MP for Birmingham, Hodge Hill", ("Liam Byrne", "MP for Birmingham, Hodge Hill", "Labour")),
    ("Liam Byrne, MP for Birmingham, Hodge Hill", ("Liam Byrne", "MP for Birmingham, Hodge Hill", None)),
    ("Jo Bell, Conservative MP for Bexhill and Battle", ("Jo Bell", "MP for Bexhill and Battle", "Conservative")),
])
def test_a_seat_with_a_comma_is_one_seat(phrase, expected):
    assert parsed(phrase) == expected


def test_a_second_post_after_the_seat_is_not_the_seat():
    name, role, _ = parsed("Jo Bell, MP for Leeds, Shadow Health Secretary")
    assert name == "Jo Bell" and role != "MP for Leeds, Shadow Health Secretary"


@pytest.mark.parametrize("text, expected", [
    ("At her speech to the Scottish Dairy Conference, First Minister Nicola Sturgeon promised to act.\n\n"
     "She said: “Lessons have been learned and payments will be on time.”",
     [("Nicola Sturgeon", "First Minister", None)]),
    ("Speaking in Wrexham, Labour leader Keir Starmer promised more police.\n\n"
     "He said: “Every town deserves officers on its streets.”",
     [("Keir Starmer", "leader", "Labour")]),
])
def test_a_clause_before_the_post_is_not_the_body(ex, text, expected):
    assert speakers(ex, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The MP for Eastfield said: “This closure will cost the town three hundred jobs.”",
     [("MP for Eastfield", "MP for Eastfield", None)]),
    ("Residents packed the hall on Monday.\n\nThe Labour MP for Eastfield said: “This closure will cost "
     "the town three hundred jobs.”",
     [("Labour MP for Eastfield", "MP for Eastfield", "Labour")]),
    # the person named before with that seat
    ("Jo Bell, the MP for Eastfield, has written to the minister.\n\nThe MP for Eastfield said: “This "
     "closure will cost the town three hundred jobs.”",
     [("Jo Bell", "MP for Eastfield", None)]),
])
def test_a_seat_holder_with_no_name(ex, text, expected):
    assert speakers(ex, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tess Ward has lived on the estate for twenty years and says the flats are too tall.\n\n"
     "“We were never asked what we wanted,” she said.", [("Tess Ward", None, None)]),
    ("Colin Fields runs the village shop and fears the bypass will take his trade.\n\n"
     "“Nobody will stop here any more,” he said.", [("Colin Fields", None, None)]),
    # near-miss: a ward is no person
    ("Residents of Abbey Ward say the flats are too tall.\n\n“We were never asked,” a resident said.",
     [("resident", "resident", None)]),
])
def test_ward_can_be_a_surname(ex, text, expected):
    assert speakers(ex, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Sheriff Alan Kerr declined to jail the driver.\n\nHe said: “I see no purpose in a short sentence.”",
     [("Alan Kerr", "Sheriff", None)]),
    ("While Unison regional secretary Ann Hood said: “The cuts go too far”, GMB organiser Tom Lowe "
     "called the plan “reckless”.\n\nTom Lowe said: “Staff were told nothing until Friday.”",
     [("Ann Hood", "regional secretary", "Unison"), ("Tom Lowe", "organiser", "GMB")]),
])
def test_a_post_before_a_name_in_the_story(ex, text, expected):
    assert speakers(ex, text) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("Dan Price, 41, a Rovers supporter who travelled to the match",
     ("Dan Price", "Rovers supporter", None)),
    ("Amy Lowe, director of Harrow Estates which manages the park for its owners",
     ("Amy Lowe", "director", "Harrow Estates")),
    # near-miss: "who chairs ..." states the post
    ("Jo Bell, who chairs the housing committee", ("Jo Bell", "chair of the housing committee", None)),
])
def test_a_relative_clause_in_an_apposition_is_not_the_post(phrase, expected):
    assert parsed(phrase) == expected


@pytest.mark.parametrize("text, expected", [
    ("'We let these families down and I am sorry': Mary Cole, chief executive of the Tenants Alliance, "
     "says the findings will be acted on.", [("Mary Cole", "chief executive", "Tenants Alliance")]),
    ("“These homes are simply not fit to live in,\", the charity's chief executive Mary Cole told the BBC.",
     [("Mary Cole", "chief executive", "charity")]),
    ("The Tenants Alliance has apologised.\n\n“These homes are simply not fit to live in,” the alliance's "
     "chief executive Mary Cole told the BBC.", [("Mary Cole", "chief executive", "Tenants Alliance")]),
])
def test_captions_mixed_marks_and_a_bodys_possessive(ex, text, expected):
    assert speakers(ex, text) == expected


def test_a_straight_mark_inside_a_curly_quotation_does_not_close_it(ex):
    text = "He said: “The plan is \"unworkable\", and we will oppose it all the way.”"
    quotes = [q for q in ex.extract(text)["quotes"] if not q.get("partial")]
    assert quotes and quotes[0]["span"]["text"].endswith("all the way.")


@pytest.mark.parametrize("text, expected", [
    ("Gary Moss, 29, was in the public gallery.\n\nThe prosecutor said as his brother was led to the cells, "
     "Moss stood up and shouted: “You will all pay for this.”", [("Gary Moss", None, None)]),
    ("Cllr Jo Bell said the cuts were deep and added: “We will not stand for it.”",
     [("Jo Bell", "Cllr", None)]),
])
def test_an_action_then_the_cue(ex, text, expected):
    assert speakers(ex, text) == expected


@pytest.mark.parametrize("text", [
    "She stood up and shouted: “You will all pay for this.”",
    "Anna Lee, a parent, said: “We were told nothing.”\n\nThen going on to say: “She stood up and left.”",
])
def test_no_pronoun_as_a_speaker(ex, text):
    names = [n for n, _, _ in speakers(ex, text) if n]
    assert not any(n.lower() in PRONOUNS for n in names)


@pytest.mark.parametrize("text, expected", [
    ("“Get off my land,” Mr Pryce shouted at the walkers.", ["Pryce"]),
    ("A neighbour yelled: “This is a disgrace.”", ["neighbour"]),
])
def test_shouted_and_yelled_are_cues(ex, text, expected):
    assert [n for n, _, _ in speakers(ex, text)] == expected


def test_shouted_without_a_quotation_gives_none(ex):
    assert ex.extract("Protesters shouted at councillors as they left the meeting.")["quotes"] == []


def test_a_driver_before_a_name_is_no_part_of_it(ex):
    text = ("Driver Owen Hale was arrested but later released.\n\n"
            "Mr Hale told the inquest: “I was coughing and I could not breathe.”")
    assert speakers(ex, text)[0][0] == "Owen Hale"
