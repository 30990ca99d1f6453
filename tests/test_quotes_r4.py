"""Round 4 speaker families (pure scanner; no model needed): police and church ranks written
short, a long capitalised role before a name in reported speech, a statement "from" a person,
a ward in a councillor's brackets, a press release's sign-off line."""
import pytest

from extractor.components.quotes import find_quotes, parse_speaker, quote_rules


def speakers(text):
    return [(q.speaker.name or q.speaker.description) for q in find_quotes(text)[0] if not q.partial]


@pytest.mark.parametrize("np,name,role", [
    ("Det Serg Kay Morrow", "Kay Morrow", "Det Serg"),
    ("Det Serg Morrow", "Morrow", "Det Serg"),
    ("Ch Supt Owen Laity", "Owen Laity", "Ch Supt"),
    ("Ch Insp Owen Laity", "Owen Laity", "Ch Insp"),
    ("Det Ch Insp Owen Laity", "Owen Laity", "Det Ch Insp"),
    ("Revd Canon Ruth Beale", "Ruth Beale", "Revd Canon"),
    ("Canon Ruth Beale", "Ruth Beale", "Canon"),
    ("Fr Liam Doyle", "Liam Doyle", "Fr"),
    ("DS Ruth Beale", "Ruth Beale", "DS"),
    ("PCSO Ruth Beale", "Ruth Beale", "PCSO"),
])
def test_short_ranks_are_the_role_not_the_name(np, name, role):
    sp = parse_speaker(np, quote_rules())
    assert (sp.name, sp.role) == (name, role)


@pytest.mark.parametrize("np,name,role,org", [
    # near-misses: a rank after a force, a role word that is not a rank
    ("Kent Police Supt Amy Cole", "Amy Cole", "Supt", "Kent Police"),
    ("Labour MP Mike Amesbury", "Mike Amesbury", "MP", "Labour"),
    ("Det Chief Insp Tim Price", "Tim Price", "Det Chief Insp", None),
])
def test_ranks_near_misses_unchanged(np, name, role, org):
    sp = parse_speaker(np, quote_rules())
    assert (sp.name, sp.role, sp.organisation) == (name, role, org)


@pytest.mark.parametrize("text,name", [
    ("Members asked for a review. But Assistant Director for Integrated Passenger Transport Richard Owens said "
     "the route would stay.\n\n“It is wrong to say we have no figures on use,” he said.", "Richard Owens"),
    ("Corporate Director for Adult Health and Social Care Nadia Perks said the service was stretched.\n\n"
     "“Staff are doing all they possibly can this winter,” she said.", "Nadia Perks"),
    # near-miss: a short capitalised run is unchanged
    ("Yesterday Jo Bell said the figures were poor.\n\n“It is a scandal for the whole town,” she said.", "Jo Bell"),
])
def test_long_capitalised_role_before_name(text, name):
    assert speakers(text) == [name]


@pytest.mark.parametrize("text,name", [
    ("After the tweet, a statement from Mr Hopkins said: “Demand on our wards remains very high this week.”",
     "Hopkins"),
    ("A letter from Cllr Nia Rowe said: “We will not accept these cuts to the bus network.”", "Nia Rowe"),
    ("In a statement from Dr Kamal Shah, medical director, he said: “Please only come to A&E in an emergency.”",
     "Kamal Shah"),
])
def test_statement_from_a_person(text, name):
    assert speakers(text) == [name]


def test_statement_from_a_body_is_still_the_body():
    (q,) = [q for q in find_quotes("A statement from the council said: “We will review the decision soon.”")[0]]
    assert q.speaker.name is None and q.speaker.organisation == "council"


@pytest.mark.parametrize("text,name", [
    ("Coun Jane Tully (Lab, Luddenden Foot) said two options were being weighed.\n\n"
     "“We could use that money to keep the early buses running,” she said.", "Jane Tully"),
    ("Cllr Omar Said (Con, Rastrick West) said the ward had been hit.\n\n"
     "“People cannot get to work without these buses,” he said.", "Omar Said"),
])
def test_ward_in_brackets_is_no_person(text, name):
    assert speakers(text) == [name]


@pytest.mark.parametrize("text,name", [
    ("The committee backed the plan.\n\n“It is vital that tenants are heard before anything is decided.”\n\n"
     "Cllr Rhian Pugh\n\nLabour welcome new homes", "Rhian Pugh"),
    ("The committee backed the plan.\n\n“It is vital that tenants are heard before anything is decided.\n\n"
     "“We will keep pressing the government on this.”\n\nMartin Oduya", "Martin Oduya"),
])
def test_sign_off_line_names_the_speaker(text, name):
    assert speakers(text) == [name]


@pytest.mark.parametrize("text", [
    # a headline or a caption on the next line is no sign-off
    "The committee backed the plan.\n\n“It is vital that tenants are heard before anything is decided.”\n\n"
    "Library Closures Consultation",
    "The committee backed the plan.\n\n“It is vital that tenants are heard before anything is decided.”\n\n"
    "Labour welcome new homes",
    # the name opens a sentence of its own: not a sign-off
    "The committee backed the plan.\n\n“It is vital that tenants are heard before anything is decided.”\n\n"
    "Rhian Pugh said the vote was close.",
])
def test_sign_off_near_misses(text):
    assert speakers(text) == [None]


@pytest.mark.parametrize("text,desc", [
    ("Inspectors praised the school and one pupil even told them: “Lessons are much more fun since the new head.”",
     "pupil"),
    ("The visitors toured the ward and a patient later told them: “The nurses here have been wonderful to me.”",
     "patient"),
    ("Shoppers queued from dawn but one trader said: “We have never seen a Saturday as quiet as this one.”",
     "trader"),
])
def test_described_subject_of_a_coordinated_clause(text, desc):
    assert speakers(text) == [desc]


@pytest.mark.parametrize("text,who", [
    # near-misses: a named subject's own second verb, and a joint subject, keep the whole subject
    ("Jo Bell visited the school and said: “Lessons are much more fun since the new head arrived.”", "Jo Bell"),
    ("Jo Bell said the cuts were deep and added: “Lessons are much more fun since the new head arrived.”", "Jo Bell"),
    ("Police and a council spokesman said: “Lessons are much more fun since the new head arrived.”",
     "Police and a council spokesman"),
])
def test_coordinated_clause_near_misses(text, who):
    assert speakers(text) == [who]


@pytest.mark.parametrize("text, name, role, org", [
    ("The NSPCC's Abigail Gill said: “We will keep pressing for change.”", "Abigail Gill", None, "NSPCC"),
    ("The Met's Commander Kate Lowe said: “We will not tolerate this.”", "Kate Lowe", "Commander", "Met"),
    ("The RSPCA’s chief inspector Dermot Hale said: “Neglect cases are rising.”", "Dermot Hale", "chief inspector", "RSPCA"),
    ("Shelter's Polly Marsh said: “Families are being priced out.”", "Polly Marsh", None, "Shelter"),
    # near-miss: a place's possessive is no body ("Middlesbrough's Mayor"), and a place is no organisation
    ("Hartlepool's Mayor Andy Reed said: “The town deserves better.”", "Andy Reed", "Mayor", None),
])
def test_a_body_possessive_before_its_person(text, name, role, org):
    (q,) = [q for q in find_quotes(text)[0] if not q.partial]
    assert (q.speaker.name, q.speaker.role, q.speaker.organisation) == (name, role, org)
