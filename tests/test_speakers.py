"""Who said it: speaker families from the "Who said it" work, with near-misses (made-up text)."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRONOUNS = {"he", "she", "they", "him", "her", "them", "it", "we", "i"}


def speaker_of(ex, text, n=0):
    q = ex.extract(text)["quotes"][n]
    sp = q["speaker"]
    return sp["name"] or sp["description"], sp["role"], sp["organisation"]


@pytest.mark.parametrize("text, name, role, org", [
    ('Kent Police road safety sergeant Jo Bloggs said: "Drink-driving is never worth the risk."',
     "Jo Bloggs", "road safety sergeant", "Kent Police"),
    ('Shadow Housing Minister Ann Lee said: "These figures should shame the government."',
     "Ann Lee", "Shadow Housing Minister", None),
    ('Ravi Shah from the Resolution Foundation said: "Pay has not kept up with prices."',
     "Ravi Shah", None, "Resolution Foundation"),
    ('Helen Price OBE, Clean Streets chief executive, said: "Fly-tipping is a blight on our towns."',
     "Helen Price", "chief executive", "Clean Streets"),
    ('Bexley Council head of housing Tom Gray said: "We are building more homes than ever."',
     "Tom Gray", "head of housing", "Bexley Council"),
])
def test_a_name_closing_a_long_noun_phrase(ex, text, name, role, org):
    assert speaker_of(ex, text) == (name, role, org)


def test_a_cue_with_a_colon_closing_the_paragraph_before(ex):
    text = 'Deaths rose by 27 per cent.\n\nChief inspector Peter Gale said:\n\n"Despite the efforts of staff, prisons are unsafe."'
    assert speaker_of(ex, text)[0] == "Peter Gale"


def test_pronouns_refer_to_people_named_before_speaking_or_not(ex):
    text = ("Sam Patel, project manager for the Shelter Trust, has worked with families for ten years.\n\n"
            '"Nobody should spend a winter in a B&B," he said.')
    assert speaker_of(ex, text)[0] == "Sam Patel"
    text = ("Det Insp Ann Lee from the public protection unit said checks were in place.\n\n"
            'She said: "We visit every registered offender at least once a year."')
    assert speaker_of(ex, text)[0] == "Ann Lee"


def test_a_pronoun_skips_a_person_of_the_other_title(ex):
    text = ("Mrs Jane Hill, the council leader, spoke first. Mr Tom Ward, the opposition leader, disagreed.\n\n"
            'She said: "The budget protects every library."')
    assert speaker_of(ex, text)[0] == "Jane Hill"


def test_a_pronoun_with_no_antecedent_is_never_the_speaker(ex):
    quotes = ex.extract('She said: "We will review every case."')["quotes"]
    assert all((q["speaker"]["name"] or q["speaker"]["description"] or "").lower() not in PRONOUNS for q in quotes)


def test_no_pronoun_is_ever_a_speaker_in_the_corpus(ex):
    for path in sorted((ROOT / "corpus" / "docs").glob("*.txt")):
        rec = ex.extract(path.read_text(encoding="utf-8"), doc_id=path.stem)
        for q in rec["quotes"] + rec["statements"]:
            sp = q["speaker"]
            for value in (sp["name"], sp["description"]):
                assert (value or "").lower() not in PRONOUNS, (path.name, q["span"]["text"][:40], value)


@pytest.mark.parametrize("text", [
    'The report "Safer Streets for All" was published on Monday.',          # a title, not speech
    'Residents described the scheme as "a shambles" at the meeting.',      # a fragment: partial
])
def test_near_misses_are_not_attributed_quotes(ex, text):
    assert [q for q in ex.extract(text)["quotes"] if not q["partial"]] == []


# --- families of the second pass (made-up sentences) -------------------------------------

@pytest.mark.parametrize("text, name", [
    # a surname alone is the person the story named in full, speaking or not
    ("Priya Natarajan was speaking after the figures came out.\n\nMs Natarajan added: “We cannot carry on like this.”",
     "Priya Natarajan"),
    # a description that refers back to a named person
    ("Hannah Rees welcomed the figures for her Ashfield seat.\n\nThe Labour MP said: “This is good news for families.”",
     "Hannah Rees"),
    ("Chief Constable Mark Tully launched the campaign on Monday.\n\nThe chief constable said: “Nobody should drive after drinking.”",
     "Mark Tully"),
    # an organisation speaks
    ("Cases rose by 4%. “The trend is worrying and we are watching it,” the UKHSA said.", "UKHSA"),
    # the organisation's unnamed spokesperson
    ("The figures have worried the RSPCA, whose spokeswoman said: “No animal should suffer like this.”", "RSPCA spokeswoman"),
    # a participle cue: the subject of the clause
    ("However, Town Hall has pointed out that it manages more roads than its neighbours, adding: “Our crews fix most defects within a day.”",
     "Town Hall"),
    # a quotation with no cue after a paragraph of reported speech
    ("A spokesman for the ambulance trust, which covers three counties, said demand had never been higher.\n\n"
     "“Our crews are working flat out to reach every patient.”", "spokesman for the ambulance trust"),
    # a pronoun for a described speaker of reported speech
    ("A spokeswoman for the charity Age Concern said the cuts were deeply worrying.\n\nShe added: “Older people will pay the price.”",
     "spokeswoman for the charity Age Concern"),
    # "the spokesman" is the one described before
    ("A spokesman for Ofsted said inspections would continue.\n\n“Reports are published within weeks,” the spokesman went on.",
     "spokesman for Ofsted"),
    # "the report" is the one the story introduced
    ("A county council report found delays had doubled.\n\n“Delays remain a priority for the service,” says the report.",
     "county council report"),
    # leading adverbials and bracketed affiliations are not the speaker
    ("In a written statement, Hughes said: “The council will appeal the decision.”", "Hughes"),
    ("Last November, Patel tweeted: “Our hospitals need more nurses right now.”", "Patel"),
    ("Cllr Sam Lee (Con, Oakfield), lead member for housing, said: “The waiting list is far too long.”", "Sam Lee"),
    # honorifics with full stops, adverbs and listeners after the cue
    ("“We must act now on climate change,” said Sen. Jane Roe.", "Jane Roe"),
    ("Sam Green, the county's cabinet member for housing, said today: “We are building homes as fast as we can.”", "Sam Green"),
    ("Tenants' leader Rosa Dean implored ministers: “Please listen to the people who live here.”", "Rosa Dean"),
])
def test_speaker_families(ex, text, name):
    assert speaker_of(ex, text, -1)[0] == name


@pytest.mark.parametrize("text, role, org", [
    ("Leader of Northshire County Council, Cllr Amir Khan said: “The budget is balanced.”", "Leader", "Northshire County Council"),
    ("Tom Hart, from the Institute for Fiscal Studies, said: “Taxes will have to rise.”", None, "Institute for Fiscal Studies"),
    ("Dr Ana Lopes, clinical director at the trust, said: “Waiting times are falling.”", "clinical director", "trust"),
    ("Ruth Cole, chief executive of housing charity Safe Homes, said: “Nobody should sleep rough.”", "chief executive", "Safe Homes"),
    # a formal title keeps its portfolio
    ("Gary Bell, Deputy Director for Parks and Open Spaces, said: “Most benches are fixed in a day.”",
     "Deputy Director for Parks and Open Spaces", None),
    # a party before the role is the organisation; a form of address is no role
    ("Labour MP Jo Platt said: “Families are struggling.”", "MP", "Labour"),
    ("Cllr Obi said: “The figures are worrying.”", None, None),
    # the role given where the story introduced the person
    ("The report was written by Peter Gale, Chief Inspector of Prisons.\n\nPeter Gale said: “Prisons remain unsafe for staff.”",
     "Chief Inspector of Prisons", None),
])
def test_roles_and_organisations(ex, text, role, org):
    assert speaker_of(ex, text, -1)[1:] == (role, org)


@pytest.mark.parametrize("text, not_name", [
    # "A spokesman" is someone new, not the spokesman quoted before
    ("The figures have alarmed the RSPCA, whose spokesman said: “This is cruelty on a large scale.”\n\n"
     "The agency replied. A spokesman said: “Every complaint is looked at carefully.”", "RSPCA spokesman"),
    # a place or an organisation written like a name is nobody's referent
    ("Research by the End Child Poverty Coalition covered his Weaver Vale constituency.\n\n"
     "The Labour MP said: “These findings are shocking for our town.”", "Weaver Vale"),
    ("Research by the End Child Poverty Coalition covered the town.\n\nThe Labour MP said: “These findings are shocking for our town.”",
     "Child Poverty"),
    # she is not a spokesman
    ("A spokesman for the force said patrols would rise.\n\nShe said: “We will be out every night this month.”", "spokesman for the force"),
])
def test_speaker_near_misses(ex, text, not_name):
    assert speaker_of(ex, text, -1)[0] != not_name


def test_reported_speech_by_a_pronoun_takes_the_person_it_refers_to(ex):
    rec = ex.extract("Det Insp Ann Lee leads the unit. She said the checks were thorough and frequent.\n\n"
                     "He said that nobody knew.")
    assert [(s["speaker"]["name"], s["span"]["text"]) for s in rec["statements"]] == [
        ("Ann Lee", "the checks were thorough and frequent.")]  # no man was named: "He said" is no statement


@pytest.mark.parametrize("text, name", [
    # a first name tells the gender when no title does
    ("Mark Tully and Ann Lee met residents.\n\n“We heard every concern,” she said.", "Ann Lee"),
    ("Ann Lee and Mark Tully met residents.\n\n“We heard every concern,” he said.", "Mark Tully"),
    # a name the lexicon does not know tells nothing: the nearest person
    ("Ann Lee and Sasha Doyle met residents.\n\n“We heard every concern,” she said.", "Sasha Doyle"),
])
def test_first_names_tell_a_pronoun_whom_it_means(ex, text, name):
    assert speaker_of(ex, text, -1)[0] == name


def test_the_agent_of_a_passive_cue_is_the_speaker(ex):
    text = "Councillors were told by Ann Blake: “There is no more money in the budget.”"
    assert speaker_of(ex, text)[0] == "Ann Blake"


def test_the_trust_a_speaker_works_at_is_the_one_named_before(ex):
    text = ("The Riverside Hospitals NHS Foundation Trust missed its target.\n\n"
            "Dr Ana Lopes, medical director at the trust, said: “We are committed to improving our service.”")
    assert speaker_of(ex, text)[1:] == ("medical director", "Riverside Hospitals NHS Foundation Trust")
    # with no trust named before, the organisation stays as written
    assert speaker_of(ex, "Dr Ana Lopes, medical director at the trust, said: “Waits are falling again.”")[2] == "trust"


def test_a_quoted_fragment_in_reported_speech_takes_its_speaker(ex):
    rec = ex.extract('Cllr Priya Shah said the wet autumn had caused "significant damage" to the roads.')
    (q,) = rec["quotes"]
    assert (q["partial"], q["span"]["text"], q["speaker"]["name"]) == (True, "significant damage", "Priya Shah")


def test_a_fragment_outside_reported_speech_has_no_speaker(ex):
    rec = ex.extract('The plans were branded "deeply worrying" in a letter to residents.')
    assert all(q["speaker"]["name"] is None for q in rec["quotes"])


@pytest.mark.parametrize("text, speaker, content", [
    ("The council said the gap had been driven by inflation.", "council", "the gap had been driven by inflation."),
    ("Northshire County Council said 1,200 new homes a year were needed.", "Northshire County Council",
     "1,200 new homes a year were needed."),
    ("Health minister Sam Okafor said £8bn had been invested.", "Sam Okafor", "£8bn had been invested."),
])
def test_organisations_and_figures_in_reported_speech(ex, text, speaker, content):
    (s,) = ex.extract(text)["statements"]
    assert (s["speaker"]["name"] or s["speaker"]["description"], s["span"]["text"]) == (speaker, content)


def test_the_body_that_speaks_before_a_quotation(ex):
    q = ex.extract('The trust said: "We are working hard to cut waits for patients."')["quotes"][0]
    assert q["speaker"]["description"] == "trust"


def test_according_to_figures_from_a_body_names_the_body(ex):
    text = "Bus use fell by 4.5% in the year to June 2023, according to figures from the Department for Transport."
    (s,) = ex.extract(text)["statements"]
    assert (s["speaker"]["description"], s["span"]["text"]) == (
        "Department for Transport", "Bus use fell by 4.5% in the year to June 2023")
