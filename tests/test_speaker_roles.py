"""The role and organisation of a quotation's speaker, wherever the story states them; short
second halves of split quotations; titles and fragments that are not quotations (made-up text)."""
import pytest

from extractor.components.quotes import _role_before, parse_speaker, quote_rules
from record_finding import speakers  # noqa: E402




@pytest.mark.parametrize("phrase, name, role, org", [
    # a relative clause that states the role
    ("Mia Ford, who chairs the city's licensing committee", "Mia Ford", "chair of the city's licensing committee", None),
    ("Omar Reid, who is head of planning at Bexley Council", "Omar Reid", "head of planning", "Bexley Council"),
    # near-miss: a relative clause that states no role
    ("Omar Reid, who took over in May", "Omar Reid", None, None),
    # a body after from / at / of / for / behind
    ("Lucy Gray, from the charity Crisis", "Lucy Gray", None, "Crisis"),
    ("Dan Webb, head of roads at Surrey County Council", "Dan Webb", "head of roads", "Surrey County Council"),
    ("Nia Cole, founder of the Hope Bus Project", "Nia Cole", "founder", "Hope Bus Project"),
    ("Ben Lyle, the businessman behind the Riverside Trust", "Ben Lyle", "businessman", "Riverside Trust"),
    # "of/for" a lower-case word is the portfolio, not the body
    ("Kay Moss, director of adult services for Hartshire", "Kay Moss", "director of adult services", "Hartshire"),
    ("Raj Bhatt, cabinet member for housing", "Raj Bhatt", "cabinet member for housing", None),
    # a body with a possessive before the role outranks a rank
    ("Devon Police's head of investigations, Det Supt Gail Shaw", "Gail Shaw", "head of investigations", "Devon Police"),
    # near-miss: an adverbial before the name is not a role
    ("In a letter to the chief constable, Mr Paul Hay", "Paul Hay", None, None),
    # a place before a seat's role is the seat; a party before it is the organisation
    ("Wessex councillor Tom Hale", "Tom Hale", "councillor", None),
    ("Green councillor Tom Hale", "Tom Hale", "councillor", "Green"),
    ("Conservative North Hartshire MP Anna Flint", "Anna Flint", "MP", "Conservative"),
    # two roles in one apposition: the first, with its body
    ("Sue Park, Rural Towns Network spokeswoman for transport, and leader of Hartshire County Council",
     "Sue Park", "spokeswoman for transport", "Rural Towns Network"),
    # a role with the place the person works in
    ("Dr Ola Ade, a consultant in Leeds", "Ola Ade", "consultant", None),
    # a surname alone after a lower-case role
    ("Chief constable Rowe", "Rowe", "Chief constable", None),
])
def test_role_and_organisation_from_the_speaker_phrase(phrase, name, role, org):
    sp = parse_speaker(phrase, quote_rules())
    assert (sp.name, sp.role, sp.organisation) == (name, role, org)


@pytest.mark.parametrize("phrase", ["the chief executive NHS", "council leader Monday", "the chief constable Police"])
def test_a_bodys_or_a_days_word_after_a_role_is_never_a_surname(phrase):
    sp = parse_speaker(phrase, quote_rules())
    assert sp is None or sp.name is None


@pytest.mark.parametrize("text, role, org", [
    ("Data obtained by Hartley and Moss MP, Ruth Kemp, show", "MP", None),
    ("The warning came from Devon's police and crime commissioner, Alison Hern, who", "police and crime commissioner", "Devon"),
    ("The chief executive of Riverside Hospitals NHS Trust, Alison Hern, wrote", "chief executive",
     "Riverside Hospitals NHS Trust"),
    ("Praise came from Riverside Hospitals NHS Trust medical director Alison Hern.", "medical director",
     "Riverside Hospitals NHS Trust"),
    ("Labour Hartley MP Alison Hern tabled the question", "MP", "Labour"),
])
def test_a_role_written_before_a_name_anywhere(text, role, org):
    assert _role_before(text, text.index("Alison" if "Alison" in text else "Ruth")) == (role, org)


@pytest.mark.parametrize("text", [
    "The mayor thanked acting director Alison Hern for her work",  # a verb is not a description
    "Yesterday Alison Hern and Tom Hall met",
    "He welcomed Alison Hern to the town",
])
def test_no_role_before_a_plain_mention(text):
    role, _ = _role_before(text, text.index("Alison"))
    assert role is None or role == "acting director"


@pytest.mark.parametrize("text, expected", [
    # the role from a non-speech introduction reaches a later quotation by surname
    ("Waiting times revealed by Hartley and Moss MP, Ruth Kemp, have doubled.\n\n"
     "Ms Kemp said: “Patients deserve far better than this.”", [("Ruth Kemp", "MP", None)]),
    ("Conservative North Hartshire MP Anna Flint raised the matter in the Commons.\n\n"
     "Mrs Flint said: “My constituents have waited long enough.”", [("Anna Flint", "MP", "Conservative")]),
    # ... and by pronoun (a place's possessive gives no organisation: a place is none)
    ("Devon's police and crime commissioner, Alison Hern, met the panel on Monday.\n\n"
     "“We are putting more officers on the beat,” she said.",
     [("Alison Hern", "police and crime commissioner", None)]),
    ("Mia Ford, who chairs the borough's licensing committee, opened the hearing.\n\n"
     "“Every application is judged on its merits,” she said.",
     [("Mia Ford", "chair of the borough's licensing committee", None)]),
    # a lower-case body is the one the story names
    ("Kay Moss, chief executive of the homelessness charity, said: “This winter will be the hardest yet.”\n\n"
     "The charity Streetlight published the count.", [("Kay Moss", "chief executive", "Streetlight")]),
    ("Raj Bhatt, the county council's cabinet member for roads, said: “Every pothole will be logged.”\n\n"
     "Hartshire County Council fills 900 a month.",
     [("Raj Bhatt", "cabinet member for roads", "Hartshire County Council")]),
    # "said ... and added:" is the subject of the first verb
    ("Council leader Ian Pole said the cuts were painful and added: “We have protected every library.”",
     [("Ian Pole", "Council leader", None)]),
    # the description stops at the verb its sentence goes on with
    ("Ben Reid, chair of the trust board said he was disappointed by the report.\n\n"
     "“Managers will be held to account,” he added.", [("Ben Reid", "chair", "trust board")]),
])
def test_role_and_organisation_reach_the_quotation(ex, text, expected):
    assert speakers(ex, text) == expected


def test_a_chief_constable_named_by_surname_is_the_he_who_speaks_next(ex):
    text = ("Simon Pike said he had looked into the claim, made by former detective Dave Orr, who worked on the case.\n\n"
            "Chief constable Pike said he had not been at the force then.\n\n"
            "He told the hearing: “I have found nothing to support that account.”")
    assert speakers(ex, text)[-1][:2] == ("Simon Pike", "Chief constable")


def test_a_place_or_a_party_alone_is_never_the_person_a_pronoun_means(ex):
    text = ("Ann Hale, the county's police commissioner, told the Crime Panel that Lib Dem members were wrong.\n\n"
            "“The figures speak for themselves,” she said.")
    assert speakers(ex, text)[0][0] == "Ann Hale"


def test_a_title_before_a_one_word_name_tells_the_gender(ex):
    text = ("Ruth Kemp chaired the meeting.\n\nIn a letter to the council, Mr Bryce said: “The plans must be paused.”\n\n"
            "“We cannot accept this,” she said.")
    assert speakers(ex, text)[-1][0] == "Ruth Kemp"


@pytest.mark.parametrize("text, second", [
    ("Jo Bell chaired the meeting.\n\n“We tried everything we could,” she said. “Nobody wanted this.”", "Nobody wanted this."),
    ("“It has been a long year,” said Cllr Tom Hale. “Thank you all.”", "Thank you all."),
])
def test_a_short_second_half_of_a_split_quotation_is_kept(ex, text, second):
    quotes = [q for q in ex.extract(text)["quotes"] if not q.get("partial")]
    assert [q["span"]["text"] for q in quotes][-1] == second
    assert quotes[-1]["speaker"]["name"] == quotes[0]["speaker"]["name"]


@pytest.mark.parametrize("text", [
    # near-misses: a short quotation with no attribution before it stays out
    "The word “unacceptable” was used twice. “Not again.”",
    "Residents call it “the bypass”. “Enough is enough” is their motto.",
])
def test_a_short_quotation_without_a_split_attribution_is_not_kept(ex, text):
    quotes = [q for q in ex.extract(text)["quotes"] if not q.get("partial")]
    assert not any(q["span"]["text"].startswith(("Not again", "Enough is enough")) for q in quotes)


def test_a_paragraph_closing_with_a_cue_and_no_colon_introduces_the_next(ex):
    text = "Cllr Nadia Khan said\n“The bus partnership has failed the people who rely on it most.”"
    assert speakers(ex, text)[0][0] == "Nadia Khan"


@pytest.mark.parametrize("text", [
    "The paper ran the story under the headline ‘Town hall to shed 200 jobs as cuts bite’ on Friday.",
    "Volunteers launched a campaign entitled “Pick It Up, Take It Home, Keep Our Parks Clean” in May.",
    "The council's report “Homes for Everyone in Every Ward by 2030” was published last week.",
])
def test_titles_named_as_titles_are_not_quotations(ex, text):
    assert [q for q in ex.extract(text)["quotes"] if not q.get("partial")] == []


@pytest.mark.parametrize("text", [
    # near-misses: a cue with a colon is speech even after a title word
    "The report said: “Teaching has improved in every year group since the last visit.”",
    "Announcing the campaign, the leader said: “We want every street to be clean by the summer.”",
])
def test_a_cue_still_makes_a_quotation_after_a_title_word(ex, text):
    assert len([q for q in ex.extract(text)["quotes"] if not q.get("partial")]) == 1


@pytest.mark.parametrize("text, partial", [
    ("He called for more officers in the town, “given the rapid rise in burglaries in the villages”.", True),
    ("She said, “we will not let this go without a fight from every one of us.”", False),
])
def test_a_lower_case_fragment_after_a_comma_is_partial_unless_a_cue_introduces_it(ex, text, partial):
    (q,) = ex.extract(text)["quotes"]
    assert bool(q.get("partial")) is partial


@pytest.mark.parametrize("text, expected", [
    # a portfolio after "lead for" and the body before it, ahead of a rank
    ("Rural Councils Network lead for transport, Chief Constable Ravi Patel, said:\n“Buses are a lifeline.”",
     [("Ravi Patel", "lead for transport", "Rural Councils Network")]),
    # a stray comma between the name and "said" still makes reported speech, whose speaker a
    # following quotation and "he said" take
    ("Spokesman Tom Vale, said that the force recorded 40 offences.\n"
     "\"We cannot compare this with earlier years.\"\n"
     "\"We are not complacent,\" he said.",
     [("Tom Vale", "Spokesman", None), ("Tom Vale", "Spokesman", None)]),
    # a capital that only opens the sentence is part of the role, not a body
    ("Adult social care cabinet member Ruth Kemp said it was a hard choice.\n"
     "“We consulted every family,” she said.", [("Ruth Kemp", "Adult social care cabinet member", None)]),
])
def test_more_role_shapes_reach_the_quotation(ex, text, expected):
    assert speakers(ex, text) == expected


@pytest.mark.parametrize("text, role, org", [
    # near-misses: a one-word body before the role stays the organisation; a place is no organisation (the
    # corpus's gold never gives one: "Gloucestershire’s police and crime commissioner" has none)
    ("Shelter chief executive Ruth Kemp said: “Rents are out of reach.”", "chief executive", "Shelter"),
    ("Kent road safety sergeant Ruth Kemp said: “Slow down.”", "road safety sergeant", None),
])
def test_a_one_word_body_or_place_before_a_role_is_kept(ex, text, role, org):
    assert speakers(ex, text)[0][1:] == (role, org)


def test_a_lower_case_fragment_after_a_dash_is_partial(ex):
    text = "Officers said the crackdown – named Operation Blade – “builds on work with schools to stop knives reaching young people”."
    (q,) = ex.extract(text)["quotes"]
    assert q.get("partial") is True


@pytest.mark.parametrize("phrase, name, role", [
    ("Councillor Amir Khan Executive Member for Housing and Regeneration", "Amir Khan",
     "Executive Member for Housing and Regeneration"),
    ("Coun Rowe", "Rowe", None),
    # near-misses: a three-word name, a name and a body
    ("Mary Jane Holt", "Mary Jane Holt", None),
    ("Ravi Shah from the Resolution Foundation", "Ravi Shah", None),
])
def test_a_name_then_its_capitalised_role_and_an_honorific_the_titles_lack(phrase, name, role):
    sp = parse_speaker(phrase, quote_rules())
    assert (sp.name, sp.role) == (name, role)


def test_a_cue_then_where_it_was_said(ex):
    text = ("Cllr Nadia Khan tabled the motion.\n\n"
            "Cllr Khan writes in the motion: “This council will build 500 homes for social rent.”")
    assert speakers(ex, text)[0][0] == "Nadia Khan"


@pytest.mark.parametrize("phrase, name, role, org", [
    ("Cllr Amy Lowe, deputy leader of the Labour group", "Amy Lowe", "deputy leader of the Labour group", "Labour"),
    ("Tom Hale, spokesman for the Green group", "Tom Hale", "spokesman for the Green group", "Green"),
    # a conjunction before the name, and an apposition naming the body twice
    ("But Dr Ruth Kemp, the chair of the Royal College of Nursing, the nurses’ union", "Ruth Kemp", "chair",
     "Royal College of Nursing"),
    # near-miss: a body's capitalised name is never the person
    ("the Royal College of Nursing, the nurses’ union", None, None, None),
])
def test_party_groups_and_bodies_are_organisations_not_people(phrase, name, role, org):
    sp = parse_speaker(phrase, quote_rules())
    got = (sp.name, sp.role, sp.organisation) if sp is not None else (None, None, None)
    if name is None:
        assert got[0] is None
    else:
        assert got == (name, role, org)


@pytest.mark.parametrize("text, expected", [
    # a story that opens on a role and names its holder next
    ("Trust defends wards\n\nThe chief executive of Hartfield Hospitals NHS Trust has defended its record.\n\n"
     "Priya Rao said she would not resign.\n\n“We will learn from this report,” she said.",
     [("Priya Rao", "chief executive", "Hartfield Hospitals NHS Trust")]),
    ("Wessex County Council's leader has said he is unhappy with the roads.\n\n"
     "“Nobody could be happy with them,” Conservative Tom Hale told the radio station.",
     [("Tom Hale", "leader", "Wessex County Council")]),
    # near-misses: the role's holder is not a person met later, nor one who does not speak there
    ("Trust defends wards\n\nThe chief executive of Hartfield Hospitals NHS Trust has defended its record.\n\n"
     "Patient Tom Hale, 71, waited nine hours.\n\n“It was dreadful,” Tom Hale said.", [("Tom Hale", None, None)]),
    # a story that opens on a figure gives nobody a role
    ("The number of potholes has risen by a third.\n\nTom Hale said: “Nobody could be happy with the roads.”",
     [("Tom Hale", None, None)]),
    # the body's name without the clause that follows it, its acronym dropped
    ("Ann Cole, housing spokeswoman for the Rural Councils Association (RCA) rejected the plan as unworkable.\n\n"
     "She said: “Councils cannot absorb these costs.”", [("Ann Cole", "housing spokeswoman", "Rural Councils Association")]),
])
def test_the_opening_role_and_a_long_apposition_reach_the_quotation(ex, text, expected):
    assert speakers(ex, text) == expected


@pytest.mark.parametrize("text", [
    "‘We were robbed of a good rating,’ says head\n\nThe head teacher said he was surprised.\n\nHe will appeal.",
    " date 2021-03-02\n\nCouncil tax rise ‘will hit the poorest families hardest’, warns charity\n\nThe rise was agreed.\n\n"
    "It takes effect in April.",
])
def test_a_quoted_phrase_in_the_headline_is_not_a_quotation(ex, text):
    assert [q for q in ex.extract(text)["quotes"] if not q.get("partial")] == []


@pytest.mark.parametrize("text", [
    # near-misses: a story that opens with a sentence (after its date, on the same line or not)
    " date 2021-03-02 Jo Bell said: “We will keep every library open this year.”",
    "Jo Bell said: “We will keep every library open this year.”",
    "Libraries saved\n\nJo Bell said: “We will keep every library open this year.”",
])
def test_a_quotation_in_the_storys_first_sentence_is_kept(ex, text):
    assert len([q for q in ex.extract(text)["quotes"] if not q.get("partial")]) == 1


@pytest.mark.parametrize("text, expected", [
    ("Local Lib Dem Clive Bell said, “When we ran the council we fixed the roads first time.”",
     [("Clive Bell", None, "Lib Dem")]),
    ("Police and Crime Commissioner Ann Hale said funding was short. She said;\n"
     "“I will work hard to get more officers into our communities.”",
     [("Ann Hale", "Police and Crime Commissioner", None)]),
    ("Anthony May is the new chief executive of the trust.\n\nMr May said: “I am delighted to be appointed here.”",
     [("Anthony May", "chief executive", "trust")]),  # (the role stated in a sentence of its own)
])
def test_party_words_month_surnames_and_a_semicolon_cue(ex, text, expected):
    assert speakers(ex, text) == expected


@pytest.mark.parametrize("name, plausible", [
    ("Anthony May", True), ("May Day", False), ("March Hall", False), ("Crime Panel", False), ("Lib Dem", False),
])
def test_who_can_be_a_person(name, plausible):
    from extractor.components.quotes import _plausible_person
    assert _plausible_person(name) is plausible


@pytest.mark.parametrize("phrase, name, role, org", [
    ("Cabinet member for parks and leisure Cllr Ann Lowe", "Ann Lowe", "Cabinet member for parks and leisure", None),
    # near-misses: an unnamed speaker for a body stays unnamed
    ("A spokesman for Hartshire County Council", "spokesman for Hartshire County Council", "spokesman",
     "Hartshire County Council"),
    ("A council spokeswoman", "council spokeswoman", "spokeswoman", "council"),
])
def test_a_person_named_after_a_roles_portfolio(phrase, name, role, org):
    sp = parse_speaker(phrase, quote_rules())
    assert (sp.name or sp.description, sp.role, sp.organisation) == (name, role, org)


@pytest.mark.parametrize("phrase, name, role", [
    ("Vice-chair Ruth Kemp", "Ruth Kemp", "Vice-chair"),
    # near-miss: a hyphenated first name is the name
    ("Anne-Marie Kemp", "Anne-Marie Kemp", None),
])
def test_a_hyphenated_role_before_a_name(phrase, name, role):
    sp = parse_speaker(phrase, quote_rules())
    assert (sp.name, sp.role) == (name, role)


def test_an_unnamed_speakers_body_has_no_article(ex):
    text = ("Recorded crime rose by 8 per cent.\n\nA Government spokesman said more victims were coming forward.\n\n"
            "“We are giving police the powers they need.”")
    assert speakers(ex, text) == [("Government spokesman", "spokesman", "Government")]


@pytest.mark.parametrize("text, expected", [
    # "the authority" is the council the story names
    ("Hartshire District Council has 300 families in temporary homes.\n\n"
     "Cllr Ann Lowe, the authority’s executive member for housing, said: “We are buying more homes.”",
     [("Ann Lowe", "executive member for housing", "Hartshire District Council")]),
    # a place's council, named in the story, for a council role given with the place
    ("Pupils in Wessex did well, Wessex County Council said.\n\n"
     "Cllr Tom Hale, Wessex’s executive member for schools, said: “Our teachers deserve the credit.”",
     [("Tom Hale", "executive member for schools", "Wessex County Council")]),
    # a role before another one: the first, with its party
    ("Criticism came from councillors, including leader of the Green group, councillor Amy Lowe, who spoke first.\n\n"
     "She said: “This budget fails the town.”", [("Amy Lowe", "leader of the Green group", "Green")]),
])
def test_the_body_a_role_belongs_to(ex, text, expected):
    assert speakers(ex, text) == expected


def test_a_place_with_no_council_named_stays_as_written(ex):
    text = "Cllr Tom Hale, Wessex’s executive member for schools, said: “Our teachers deserve the credit.”"
    assert speakers(ex, text) == [("Tom Hale", "executive member for schools", "Wessex")]


@pytest.mark.parametrize("phrase, name, role, org", [
    # a described role, then the person's own name in apposition: the name is the speaker
    ("Wessex's cabinet member for schools, Cllr Ruth Ainsley", "Ruth Ainsley", "cabinet member for schools", "Wessex"),
    ("Cabinet member for roads, Councillor Omar Pike", "Omar Pike", "Cabinet member for roads", None),
    ("A spokeswoman for the hospital trust, Grace Whitlow", "Grace Whitlow", "spokeswoman", "hospital trust"),
    ("A council spokesman, Mr Hollis", "Hollis", "council spokesman", None),
    # a body's office with a possessive, then the holder's name
    ("Wexbridge's Mayor, Ray Hollis", "Ray Hollis", "Mayor", "Wexbridge"),
    ("Dunmore's Police and Crime Commissioner, Amy Lowe", "Amy Lowe", "Police and Crime Commissioner", "Dunmore"),
    # a capitalised office or a body's own name before the officer's name; a post-nominal is no name
    ("Responding to the figures, WPCA Workforce Lead, Ron Hale PCC", "Ron Hale", "Lead", "WPCA Workforce"),
    ("Wessex Police, Chief Constable Ian Marsh", "Ian Marsh", "Chief Constable", "Wessex Police"),
    # near-misses: what follows the role is not a person's name
    ("A spokesman for the trust, speaking on Monday", None, "spokesman", "trust"),
    ("A council spokesman, Cabinet Office", None, "spokesman", "council"),
])
def test_role_then_named_person(phrase, name, role, org):
    sp = parse_speaker(phrase, quote_rules())
    assert (sp.name, sp.role, sp.organisation) == (name, role, org)


def test_pronoun_never_resolves_to_a_place_tagged_as_a_person():
    # NER may tag a ward ("Macclesfield West") as a PERSON; "he said" still goes to the councillor
    from extractor.components.quotes import Speaker, find_quotes
    from extractor.sentences import Sentences
    text = ("Buses were cut again this year.\n\nBut Cllr Paul Mercer, Labour member for Macclesfield West and "
            "Ivy, insists residents who rely on buses are paying the price.\n\n“The budget was cut by 40 per cent "
            "and officers have done their best,” he said.")
    ward = text.index("Macclesfield West")
    ner = [(ward, Speaker(name="Macclesfield West", start=ward, end=ward + 17))]
    quotes, _ = find_quotes(text, Sentences(text), ner)
    assert quotes[0].speaker.name == "Paul Mercer"


@pytest.mark.parametrize("name, place", [("Macclesfield West", True), ("Chester Smith", True),
                                         ("Ashley Cole", False), ("Jack Chester", False)])
def test_place_name_filter(name, place):
    from extractor.components.quotes import _place_name
    assert _place_name(name) is place


@pytest.mark.parametrize("phrase, role, org", [
    # a seat after "for" is a place, not the organisation; the party before the role is
    ("Hal Price, the Labour MP for Wexbridge", "MP for Wexbridge", "Labour"),
    ("Hal Price, MP for Wexbridge and Dunmore", "MP for Wexbridge and Dunmore", None),
    ("Hal Price, Conservative councillor for Eastgate ward", "councillor for Eastgate ward", "Conservative"),
    # near-misses: a body after "for" still is the organisation; a portfolio stays in the role
    ("Hal Price, spokesman for the Wexbridge Trust", "spokesman", "Wexbridge Trust"),
    ("Hal Price, cabinet member for housing", "cabinet member for housing", None),
])
def test_seat_is_not_an_organisation(phrase, role, org):
    sp = parse_speaker(phrase, quote_rules())
    assert (sp.name, sp.role, sp.organisation) == ("Hal Price", role, org)


@pytest.mark.parametrize("text, org", [
    # a body's head named without the body speaks for the body the story named just before
    ("Pupils at Elmfield Primary School are celebrating.\n\nHeadteacher Nadia Rowe said: “We are so proud "
     "of every child in this school.”", "Elmfield Primary School"),
    ("The Wexbridge Hospitals NHS Trust has cut its waiting list. Between April and June the Trust treated "
     "more patients.\n\nChief executive Omar Pike said: “This shows what our staff can do.”",
     "Wexbridge Hospitals NHS Trust"),
    # near-misses: a head with a body of their own keeps it; a role that heads nothing takes none
    ("The Wexbridge Hospitals NHS Trust has cut its list.\n\nOmar Pike, chief executive of Age Concern "
     "Wexbridge, said: “This shows what staff can do.”", "Age Concern Wexbridge"),
    ("The Wexbridge Hospitals NHS Trust has cut its list.\n\nLocal resident Omar Pike said: “This shows what "
     "the staff can do.”", None),
])
def test_head_of_body_speaks_for_the_body_named_before(ex, text, org):
    assert speakers(ex, text)[0][2] == org


@pytest.mark.parametrize("phrase, name, role, org", [
    # a home town in apposition is where the person lives, not their organisation
    ("Dina Marsh, 51, of Plymouth", "Dina Marsh", None, None),
    ("Dina Marsh, from Hartlepool", "Dina Marsh", None, None),
    # near-misses: a body after of/from is the organisation
    ("Dina Marsh, of Hartlepool Borough Council", "Dina Marsh", None, "Hartlepool Borough Council"),
    ("Dina Marsh, from the charity Crisis", "Dina Marsh", None, "Crisis"),
    # a role word opening the sentence before a full name is the role ("Resident Ann Ashley said")
    ("Resident Dina Marsh", "Dina Marsh", "Resident", None),
    ("Campaigner Tom Hale", "Tom Hale", "Campaigner", None),
    # near-miss: capitalised words ending in a body's word are a body, not a role and a name
    ("Resident Association", None, None, "Resident Association"),
])
def test_home_town_and_leading_role_word(phrase, name, role, org):
    sp = parse_speaker(phrase, quote_rules())
    assert (sp.name, sp.role, sp.organisation) == (name, role, org)


@pytest.mark.parametrize("text, speaker", [
    # a text that writes ” for both marks: an opening ” at a paragraph's start or after a colon
    ("Potholes are everywhere.\n\nDina Marsh, 51, said: ”They are not being patched up properly.”", "Dina Marsh"),
    ("Potholes are everywhere.\n\n”They are not being patched up at all,” said Dina Marsh.", "Dina Marsh"),
])
def test_quote_opened_with_a_closing_mark(ex, text, speaker):
    assert [s[0] for s in speakers(ex, text)] == [speaker]


def test_stray_closing_mark_opens_nothing(ex):
    # a continuation paragraph's closing mark after a comma is a closing mark, not an opening one
    text = ("Dina Marsh said: “They are not being patched up properly.\n\nAnd nobody has come back to fix "
            "them,” she said. The council said repairs were planned for next month.")
    assert len(speakers(ex, text)) == 1


@pytest.mark.parametrize("text, org", [
    ("Wexbridge Borough Council has frozen parking charges.\n\nCouncil leader Omar Pike said: “Drivers have "
     "had a hard enough year already.”", "Wexbridge Borough Council"),
    # near-miss: no council named anywhere leaves the organisation empty
    ("Parking charges are frozen.\n\nCouncil leader Omar Pike said: “Drivers have had a hard enough year "
     "already.”", None),
])
def test_council_role_takes_the_named_council(ex, text, org):
    assert speakers(ex, text)[0][2] == org


def test_another_is_not_an_organisation():
    sp = parse_speaker("Another resident, Dina Marsh", quote_rules())
    assert (sp.name, sp.role, sp.organisation) == ("Dina Marsh", "resident", None)


@pytest.mark.parametrize("phrase, org", [
    ("a 45-year-old woman from Wyatt Close", None),
    ("a man from Leeds", None),
    # near-misses: someone who speaks for a body keeps it
    ("a spokesman for Leeds City Council", "Leeds City Council"),
    ("a spokeswoman from Shelter", "Shelter"),
])
def test_described_person_from_a_place(phrase, org):
    assert parse_speaker(phrase, quote_rules()).organisation == org


@pytest.mark.parametrize("phrase, name, role, org", [
    # a capitalised title with its portfolio, then the full name with no comma
    ("Minister for Housing Sarah Bell", "Sarah Bell", "Minister for Housing", None),
    ("Secretary of State for Health Andrew Lansdown", "Andrew Lansdown", "Secretary of State for Health", None),
    ("Chief Executive of Hartley Trust Ann Lee", "Ann Lee", "Chief Executive", "Hartley Trust"),
    # a portfolio before "minister"/"secretary" is the role's, a party or a body before it is not
    ("Floods minister Emma Harding", "Emma Harding", "Floods minister", None),
    ("Health Secretary Wes Hale", "Wes Hale", "Health Secretary", None),
    ("Labour minister Jo Bell", "Jo Bell", "minister", "Labour"),
    ("Welsh Government minister Jo Bell", "Jo Bell", "minister", "Welsh Government"),
    ("Secretary of State for Health, Andrew Lansdown", "Andrew Lansdown", "Secretary of State for Health", None),
])
def test_portfolio_then_name(phrase, name, role, org):
    sp = parse_speaker(phrase, quote_rules())
    assert (sp.name, sp.role, sp.organisation) == (name, role, org)


def test_first_names_with_and_without_gender():
    from extractor.components.quotes import _first_names
    names = _first_names()
    assert names["Jo"] is None and names["Robin"] is None  # a first name that tells no gender
    assert names["Gina"] == "f" and names["Rishi"] == "m"
    assert "Chester" not in names  # a place is never added as a first name


@pytest.mark.parametrize("text, speaker", [
    # reported speech that ends on a colon before the quotation gives its subject
    ("Waiting times grew.\n\nMr Hale said the new league table was unfair to small hospitals: “It uses "
     "figures that are a year old.”", "Hale"),
    ("Waiting times grew.\n\nNadia Rowe argued the cuts had gone too far: “We cannot run a service on "
     "goodwill alone.”", "Nadia Rowe"),
])
def test_reported_speech_then_colon(ex, text, speaker):
    assert [s[0] for s in speakers(ex, text)] == [speaker]


def test_colon_without_a_reporting_verb_names_no_one(ex):
    # near-miss: a sentence ending on a colon with no reporting verb is not an attribution
    text = "Waiting times grew.\n\nThe table listed three problems: “late figures, small samples and old data.”"
    assert speakers(ex, text) in ([], [(None, None, None)])


@pytest.mark.parametrize("phrase, role, org", [
    # a place's name with a lower-case joining word is one place, never half a role
    ("Sutton on Sea campaigner Patti Marsh", "Sutton on Sea campaigner", None),
    ("Newcastle upon Tyne councillor Patti Marsh", "councillor", None),
    # near-miss: a body's name before a role is still the organisation
    ("Kent Police sergeant Patti Marsh", "sergeant", "Kent Police"),
])
def test_place_with_joining_word(phrase, role, org):
    sp = parse_speaker(phrase, quote_rules())
    assert (sp.name, sp.role, sp.organisation) == ("Patti Marsh", role, org)


@pytest.mark.parametrize("text", [
    # a quoted fragment inside reported speech is partial, whatever the reporting verb
    "Campaigner Patti Marsh suggested the cuts had been made ‘with no thought for the villages at all’ last year.",
    "If this goes on, she fears ‘there will be no bus left for anyone to miss’.",
])
def test_fragment_after_other_reporting_verbs_is_partial(ex, text):
    quotes = ex.extract(text)["quotes"]
    assert quotes and all(q.get("partial") for q in quotes)


@pytest.mark.parametrize("phrase, name", [
    # a peer's title and territorial name are the name
    ("Baroness Hale of Richmond", "Baroness Hale of Richmond"),
    ("Lord Kerwin", "Lord Kerwin"),
    ("Lord Wallace of Saltaire, a former minister", "Lord Wallace of Saltaire"),
    # near-miss: "Lord Mayor" is an office before a name
    ("Lord Mayor Jo Bell", "Jo Bell"),
])
def test_peers(phrase, name):
    assert parse_speaker(phrase, quote_rules()).name == name


@pytest.mark.parametrize("phrase, org", [
    # a body speaking is the organisation, never a person's name
    ("Norfolk Police", "Norfolk Police"),
    ("Hartley Borough Council", "Hartley Borough Council"),
    # near-misses: people whose surname is a body's word
    ("Mark Trust", None),
    ("Andy Street", None),
])
def test_body_as_speaker(phrase, org):
    sp = parse_speaker(phrase, quote_rules())
    assert sp.organisation == org and (sp.name is None) == (org is not None)


@pytest.mark.parametrize("phrase, org", [
    ("A spokesperson for the Campaign to Protect Rural England", "Campaign to Protect Rural England"),
    ("a spokesman for Friends of the Earth", "Friends of the Earth"),
])
def test_body_names_with_small_words(phrase, org):
    assert parse_speaker(phrase, quote_rules()).organisation == org
