"""Speakers of quotations, brief q9 (made-up text): a person named inside a quotation is what a
later "she added" refers to only when no one outside the quotations fits; a post written as a
title ("Sheriff Jo Kerr") is the person "the sheriff said" names; an unnamed post holder of a body
("The headteacher of Oakfield Primary School said"); "with one resident saying"; a body whose name
opens in lower case or holds "&" ("easyJet", "me&dee", "M&S"); "Said Jo." opening a sentence; a
member's seat in capitals ("SDLP MLA") is a post, never part of the name; reported speech whose
clause opens on a name ("said Melrose had promised") before an unattributed quotation; a portfolio
listed by commas; where a person wrote ("In a letter to members") is not their post; a post on a
platform ("also took to Twitter saying"); a body's name never runs over a paragraph break."""
import pytest

from extractor.components.quotes import parse_speaker, quote_rules
from record_finding import speakers  # noqa: E402


def parsed(phrase):
    sp = parse_speaker(phrase, quote_rules())
    return (sp.name or sp.description, sp.role, sp.organisation) if sp is not None else None


PRONOUNS = {"he", "she", "they", "him", "her", "it"}


@pytest.mark.parametrize("text, expected", [
    # the pronoun's person is the earlier speaker, not the one their quotation names
    ("A housing association spokeswoman said: “We met Hannah Oduya and her children on Friday to go "
     "through the repairs.”\n\nShe added: “We will keep the family told of every step.”",
     ["housing association spokeswoman", "housing association spokeswoman"]),
    ("The allotment society’s chair said: “Our thanks go to Peter Lang, who gave the land to the "
     "village.”\n\nHe added: “Without his gift there would be no plots at all.”",
     ["allotment society’s chair", "allotment society’s chair"]),
    ("Cllr Joan Hale said: “Mark Thompson assured us the footbridge was safe last spring.”\n\n"
     "“That turned out to be wrong,” she added.",
     ["Joan Hale", "Joan Hale"]),
    # near-miss: when no one outside the quotations fits, the person named inside is the one
    ("“I have written to Sarah Quayle about the closure,” the letter read.\n\n"
     "She replied: “The ward will stay open.”",
     ["Sarah Quayle"]),
])
def test_a_name_inside_a_quotation_is_the_last_referent(ex, text, expected):
    names = [n for n, _, _ in speakers(ex, text) if n]
    assert names[-len(expected):] == expected
    assert not any(n.lower() in PRONOUNS for n in names)


@pytest.mark.parametrize("text, expected", [
    ("Sheriff Jo Kerr fined Tom Blake, 30, for the assault. The sheriff said that as Blake had no record, "
     "a fine was enough.\n\nShe added: “You must never do this again.”", "Jo Kerr"),
    ("Sheriff Ian Moss spared Dean Reid, 24, a jail term. The sheriff said that Reid had shown remorse.\n\n"
     "He added: “This is your last chance.”", "Ian Moss"),
    ("Coroner Anne Platt heard evidence about Paul Drew. The coroner said that the bend was poorly lit.\n\n"
     "She added: “The council must act on the lighting.”", "Anne Platt"),
])
def test_the_post_written_as_a_title_is_the_one_the_role_names(ex, text, expected):
    (name, _, _), = speakers(ex, text)
    assert name == expected


@pytest.mark.parametrize("phrase, expected", [
    ("The headteacher of Oakfield Primary School", ("headteacher of Oakfield Primary School", "headteacher",
                                                    "Oakfield Primary School")),
    ("The head of the county’s trading standards service", ("head of the county’s trading standards service",
                                                           "head", "county’s trading standards service")),
    ("The chief executive of Hartley Trust", ("chief executive of Hartley Trust", "chief executive", "Hartley Trust")),
    ("The head of Y", ("head of Y", "head", "Y")),
    # near-misses: a role with no body stays a reference; a named person keeps the name
    ("the chief executive", ("chief executive", "chief executive", None)),
    ("Jo Bell, headteacher of Oakfield Primary School", ("Jo Bell", "headteacher", "Oakfield Primary School")),
])
def test_an_unnamed_post_holder_of_a_body(phrase, expected):
    assert parsed(phrase) == expected


@pytest.mark.parametrize("text, expected", [
    ("Residents were angry, with one resident saying: “We were never asked about the mast.”",
     [("resident", "resident", None)]),
    ("One nurse, who asked not to be named, said: “We are exhausted by the end of every shift.”",
     [("nurse", "nurse", None)]),
    ("A resident, who did not want to be identified, said: “The noise goes on until three in the morning.”",
     [("resident", "resident", None)]),
    ("The headteacher of Brook Lane School, said: “We are proud of every pupil who sat the tests.”",
     [("headteacher of Brook Lane School", "headteacher", "Brook Lane School")]),
])
def test_unnamed_speakers_by_role(ex, text, expected):
    assert speakers(ex, text) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("Jo Lane, founder of me&dee", ("Jo Lane", "founder", "me&dee")),
    ("Kate Hill, chief executive of easyJet", ("Kate Hill", "chief executive", "easyJet")),
    ("Sam Cole, head of marketing at easyJet", ("Sam Cole", "head of marketing", "easyJet")),
    ("Amy Ross, boss of M&S", ("Amy Ross", "boss", "M&S")),
    ("A spokeswoman for M&S", ("spokeswoman for M&S", "spokeswoman", "M&S")),
    # near-misses: a lower-case portfolio stays in the role
    ("Jo Bell, head of housing", ("Jo Bell", "head of housing", None)),
    ("Jo Bell, cabinet member for roads", ("Jo Bell", "cabinet member for roads", None)),
])
def test_a_body_written_in_lower_case_or_with_an_ampersand(phrase, expected):
    assert parsed(phrase) == expected


@pytest.mark.parametrize("text, expected", [
    ("SDLP MLA Rory Quinn said residents were angry.\n\n“Nobody asked us,” Said Rory.",
     [("Rory Quinn", "MLA", "SDLP")]),
    ("Green councillor Tess Hollin met families on Monday.\n\n“The road is a danger to children.” Said Tess.",
     [("Tess Hollin", "councillor", "Green")]),
])
def test_a_capital_cue_opening_a_sentence(ex, text, expected):
    assert speakers(ex, text) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("SDLP MLA Justin Rea", ("Justin Rea", "MLA", "SDLP")),
    ("Alliance MLA Kellie Moss", ("Kellie Moss", "MLA", "Alliance")),
    ("Sinn Féin MLA Orla Devlin", ("Orla Devlin", "MLA", "Sinn Féin")),
    # near-misses: a district council's initials stay with the body
    ("Bromsgrove DC head of planning Ruth Bamford", ("Ruth Bamford", "head of planning", "Bromsgrove DC")),
    ("Conservative MP Tom Hale", ("Tom Hale", "MP", "Conservative")),
])
def test_a_seat_in_capitals_is_no_part_of_a_name(phrase, expected):
    assert parsed(phrase) == expected


@pytest.mark.parametrize("text, expected", [
    ("Unite’s regional officer Des Hart said: “The workforce is shocked.”\n"
     "The plant opened in 1962.\n"
     "Jo Reed, Labour MP for Oakfield, said Hartwell had promised a bright future to its staff.\n"
     "“That promise has now been broken.”",
     ["Des Hart", "Jo Reed"]),
    # near-miss: reported speech before the last quotation leaves the continuation alone
    ("Jo Reed said Hartwell had promised a bright future.\n"
     "Des Hart, regional officer at Unite, said: “The workforce is shocked.”\n"
     "“We will fight for every job.”",
     ["Des Hart", "Des Hart"]),
])
def test_reported_speech_opening_on_a_name_before_a_quotation(ex, text, expected):
    assert [n for n, _, _ in speakers(ex, text)] == expected


@pytest.mark.parametrize("phrase, expected", [
    ("Councillor Gary Webb, Portfolio holder for Communities, Leisure and Culture",
     ("Gary Webb", "Portfolio holder for Communities, Leisure and Culture", None)),
    ("Ann Lee, cabinet member for Roads, Parks and Transport",
     ("Ann Lee", "cabinet member for Roads, Parks and Transport", None)),
    # near-miss: posts listed by commas, then the body, keep the body
    ("Azi Khan, Deputy Chief Executive Officer, Salaam Peace",
     ("Azi Khan", "Deputy Chief Executive Officer", "Salaam Peace")),
])
def test_a_portfolio_listed_by_commas(phrase, expected):
    assert parsed(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("In a letter to members Martin Kerr", ("Martin Kerr", None, None)),
    ("In a message to staff Ann Lee", ("Ann Lee", None, None)),
    ("Medical division deputy general manager Kat Brown also took to Twitter",
     ("Kat Brown", "Medical division deputy general manager", None)),
    ("along with the May handover which chief executive Glen Burr", ("Glen Burr", "chief executive", None)),
    # near-misses: a role before the name stays
    ("a local businessman Tom Reed", ("Tom Reed", "local businessman", None)),
    ("Writing on Facebook council leader Ann Lee", ("Ann Lee", "council leader", None)),
])
def test_where_a_person_wrote_is_not_their_post(phrase, expected):
    assert parsed(phrase) == expected


def test_a_body_never_runs_over_a_paragraph_break(ex):
    text = ("Jo Marsh wins dog fouling signs in Portaferry\n\n"
            "Alliance Councillor Jo Marsh has secured new signs in the town.\n\n"
            "\"People told us it was a major problem,\" said Councillor Marsh.")
    for _, _, org in speakers(ex, text):
        assert org is None or "\n" not in org


@pytest.mark.parametrize("phrase, expected", [
    ("Warren Kerr, GMB Regional Secretary", ("Warren Kerr", "Regional Secretary", "GMB")),
    ("Unite National Officer Des Rowe", ("Des Rowe", "National Officer", "Unite")),
    ("Network Rail Route Director Jo Bell", ("Jo Bell", "Route Director", "Network Rail")),
    # near-miss: a capitalised body word before the post stays in the body
    ("Oakfield Council leader Ann Lee", ("Ann Lee", "leader", "Oakfield Council")),
    ("Rural Towns Network spokeswoman Jo Bell", ("Jo Bell", "spokeswoman", "Rural Towns Network")),
])
def test_a_capitalised_premodifier_opens_the_post(phrase, expected):
    assert parsed(phrase) == expected


@pytest.mark.parametrize("text, expected", [
    ("SDLP MLA Justin Rea has called a mast plan ‘ridiculous’.\n\nThe Newry & Armagh MLA has said, ‘the thing "
     "will be an eyesore beside a play park and we will fight it.’", ("Justin Rea", "MLA")),
    ("Labour MP Ann Cole visited the ward.\n\nThe Oakfield MP said: “The staff deserve better than this.”",
     ("Ann Cole", "MP")),
])
def test_the_seat_holder_named_before(ex, text, expected):
    (name, role, _), = speakers(ex, text)
    assert (name, role) == expected
