"""Speakers of quotations, brief q7 (made-up text): "X had said:"; a body's name before a
compound role ("Stagecoach managing director"); a title that opens with a capitalised common
noun ("Metro Mayor", "Group leader", "Board member"); a time adverbial or a coordinated subject
before the name is no role; a place after a body ("the Trust in Leeds"); a council department
after "Head of"; "Telford PC, Jo Bell"; "the university's" named as the story names it; an
apposition cut at a dash; "the first minister said ..." then "he said"."""
import pytest

from extractor.components.quotes import parse_speaker, quote_rules
from record_finding import speakers  # noqa: E402


def parsed(phrase):
    sp = parse_speaker(phrase, quote_rules())
    return sp.name or sp.description, sp.role, sp.organisation


@pytest.mark.parametrize("phrase, expected", [
    # a company's name, then a compound role that opens with a lower-case modifier
    ("Fernway Buses managing director Ola Reid", ("Ola Reid", "managing director", "Fernway Buses")),
    ("Brightrail commercial director Tim Osei", ("Tim Osei", "commercial director", "Brightrail")),
    ("Quayside operations director Jan Holt", ("Jan Holt", "operations director", "Quayside")),
    # near-misses: a capital that opens the sentence before a specialism is still all role
    ("Adult social care cabinet member Sam Lee", ("Sam Lee", "Adult social care cabinet member", None)),
    ("Kent Police chief constable Alan Smith", ("Alan Smith", "chief constable", "Kent Police")),
])
def test_a_body_before_a_compound_role(phrase, expected):
    assert parsed(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    # a capitalised common noun that is part of the title, not a body called "Group"
    ("Metro Mayor Dina Park", ("Dina Park", "Metro Mayor", None)),
    ("Group leader Coun Ann Hope", ("Ann Hope", "Group leader", None)),
    ("Board member Sam Lee", ("Sam Lee", "Board member", None)),
    ("Cabinet member Owen Hart", ("Owen Hart", "Cabinet member", None)),
    # near-misses: a real body's name before the role stays the organisation
    ("Labour group leader Sam Lee", ("Sam Lee", "group leader", "Labour")),
    ("Leeds City Council leader Sam Lee", ("Sam Lee", "leader", "Leeds City Council")),
])
def test_a_title_opening_with_a_common_noun(phrase, expected):
    assert parsed(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    # when, not a role
    ("This week Cllr Ann Hope", ("Ann Hope", "Cllr", None)),
    ("Last month Labour councillor Jo Marsh", ("Jo Marsh", "councillor", "Labour")),
    ("On Tuesday Kent Police chief constable Alan Smith", ("Alan Smith", "chief constable", "Kent Police")),
    # another subject joined by "and", not a role
    ("Residents and Cllr Ann Hope", ("Ann Hope", None, None)),
    ("Campaigners and Cllr Jo Marsh", ("Jo Marsh", None, None)),
    # near-misses: a role written before the name is kept, "and" inside a portfolio too
    ("Labour councillor Jo Marsh", ("Jo Marsh", "councillor", "Labour")),
    ("Roads and transport cabinet member Jo Marsh", ("Jo Marsh", "Roads and transport cabinet member", None)),
])
def test_a_time_or_a_second_subject_before_the_name(phrase, expected):
    assert parsed(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    # where a body is, not its name
    ("Jo Bell, chief executive of the Trust in Leeds", ("Jo Bell", "chief executive", "Trust")),
    ("Ed Lamb, manager of the Oakfield Foundation in Bradford", ("Ed Lamb", "manager", "Oakfield Foundation")),
    # near-misses: "in" inside a name, or a place that is no place, stays
    ("Ed Lamb, director of Action in Rural Life", ("Ed Lamb", "director", "Action in Rural Life")),
    ("Ed Lamb, secretary of Churches Together in England", ("Ed Lamb", "secretary", "Churches Together in England")),
])
def test_a_place_after_a_body(phrase, expected):
    assert parsed(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("Tom Reed, Head of Children’s Services", ("Tom Reed", "Head of Children’s Services", None)),
    ("Tom Reed, Director of Adult Social Services", ("Tom Reed", "Director of Adult Social Services", None)),
    # near-miss: a body's name after "Head of" is still its organisation
    ("Tom Reed, Head of Oakfield Business Services Ltd", ("Tom Reed", "Head", "Oakfield Business Services Ltd")),
    ("Tom Reed, Chief Executive of Leicester Shire Promotions", ("Tom Reed", "Chief Executive", "Leicester Shire Promotions")),
])
def test_a_council_department_after_head_of(phrase, expected):
    assert parsed(phrase) == expected


@pytest.mark.parametrize("text, expected", [
    # an auxiliary before the cue is no part of the speaker
    ("Oakfield Rail chief executive Amy Low had said: “Operators must improve their performance.”",
     [("Amy Low", "chief executive", "Oakfield Rail")]),
    ("Jo Marsh, head of the Oakfield Trust, has also said: “We expected this and we have a plan for it.”",
     [("Jo Marsh", "head", "Oakfield Trust")]),
    # a rank after a place, then the officer's name
    ("Oakfield PC, Ryan Stott, said: “We are keen to hear from anyone who saw the car that night.”",
     [("Ryan Stott", None, None)]),
])
def test_a_speaker_before_the_cue(ex, text, expected):
    assert speakers(ex, text) == expected


def test_the_university_is_the_one_the_story_names(ex):
    text = ("Students at the University of Wexbridge were moved to hotels this term.\n\n"
            "The university’s vice-chancellor, Paul Dane, said: “We did not build these blocks and we cannot "
            "finish them for the developer.”")
    assert speakers(ex, text) == [("Paul Dane", "vice-chancellor", "University of Wexbridge")]


def test_an_apposition_is_cut_at_a_dash(ex):
    text = ("Ann Ward, chief executive at Marsh Hospital in Oakfield – which came last in a table of trusts – "
            "says the table is unfair.\n\nBut Mrs Ward insisted targets were met.\n\n"
            "“These figures stop in December and the year tells another story,” she said.")
    assert speakers(ex, text) == [("Ann Ward", "chief executive", "Marsh Hospital")]


@pytest.mark.parametrize("text, expected", [
    # "the first minister said ..." names the First Minister introduced earlier, and "he said" is him
    ("The government does not care about local radio, First Minister Alun Price has said.\n\n"
     "The station's director Rhys Morgan told a festival that radio mattered.\n\n"
     "Speaking on a phone-in on Monday, the first minister said there had to be certainty.\n\n"
     "“They have not thought about the station at all,” he said.",
     [("Alun Price", "First Minister", None)]),
    # near-miss: no one earlier holds that role, so the pronoun keeps the nearest fitting person
    ("Radio Oakfield director Rhys Morgan told a festival that radio mattered.\n\n"
     "Speaking on a phone-in, the harbour master said the quay was closed.\n\n"
     "“Radio has never mattered more,” he said.",
     [("Rhys Morgan", "director", "Radio Oakfield")]),
])
def test_a_role_reference_in_reported_speech(ex, text, expected):
    assert speakers(ex, text) == expected
