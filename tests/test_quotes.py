"""The hard cases of notes/quotes.md as tables (pure scanner; no model needed)."""
import pytest

from extractor.components.quotes import find_quotes


def quotes_of(text):
    return find_quotes(text)[0]


@pytest.mark.parametrize("text,name,role,org,paragraphs", [
    ('Dr Ruth Ames, clinical lead at Hillside Trust, said: "Waits have fallen.\n\n"We are not complacent."',
     "Ruth Ames", "clinical lead", "Hillside Trust", 2),
    ('Abigail Gill, policy and public affairs manager at the NSPCC, said: “It’s vital the system works.\n\n'
     '“Sexual abuse has a devastating impact on young lives.”', "Abigail Gill",
     "policy and public affairs manager", "NSPCC", 2),
    ('In response to the figures, Kem Mehmet, Derbyshire police’s head of crime, said: "We are robust in '
     'seeking out offenders.', "Kem Mehmet", "head of crime", "Derbyshire police", 1),
    ('Det Chief Insp Tim Price, public protection officer, said: "The annual report demonstrates success."',
     "Tim Price", "public protection officer", None, 1),
    ('Cllr Ann Obi said: "The figures are worrying but they are improving."', "Ann Obi", "Cllr", None, 1),
])
def test_named_speaker_before_the_quote(text, name, role, org, paragraphs):
    (q,) = quotes_of(text)
    assert (q.speaker.name, q.speaker.role, q.speaker.organisation) == (name, role, org)
    assert len(q.paragraphs) == paragraphs


@pytest.mark.parametrize("text,desc,role,org", [
    ('A MoJ spokesman said: “We are increasing prison time for the most dangerous offenders.”',
     "MoJ spokesman", "spokesman", "MoJ"),
    ('"No decision has been made at this stage," said a spokesman for the hospital trust.',
     "spokesman for the hospital trust", "spokesman", "hospital trust"),
])
def test_unnamed_speakers(text, desc, role, org):
    (q,) = quotes_of(text)
    assert (q.speaker.name, q.speaker.description, q.speaker.role, q.speaker.organisation) == (None, desc, role, org)


def test_speaker_after_the_quote():
    (q,) = quotes_of('"It was close and we nearly lost the roof," Mr Dunn said.')
    assert q.speaker.name == "Dunn" and q.rule == "quote.cue_after_x_said"


def test_listener_is_not_the_speaker():
    text = 'Lena Ward, director of Safe Streets, said the charity backed the plan.\n\n"I was terrified of going out at night," she told the Gazette.'
    (q,) = quotes_of(text)
    assert q.speaker.name == "Lena Ward"


def test_pronoun_resolves_to_person_named_in_indirect_speech():
    text = ("Jayne Butler, CEO of Rape Crisis England and Wales, said the organisation welcomed any measures.\n\n"
            'She said: "The number of those cautioned is unacceptable.\n\n"This is not reassuring for victims."')
    (q,) = quotes_of(text)
    assert (q.speaker.name, q.speaker.role, q.speaker.organisation) == ("Jayne Butler", "CEO", "Rape Crisis England and Wales")
    assert len(q.paragraphs) == 2


def test_the_spokesman_resolves_to_the_earlier_unnamed_speaker():
    text = ('A Government spokesman said a reason for the increase was more victims coming forward.\n\n'
            'The spokesman said: "More people are now being jailed longer for serious offences."')
    (q,) = quotes_of(text)
    assert q.speaker.description == "Government spokesman"


def test_open_quote_runs_through_a_paragraph_without_marks():
    text = ('Det Chief Insp Tim Price said: "The annual report demonstrates the success of MAPPA.\n\n'
            'By sharing information, risks to the public are minimised.\n\n'
            '"The very fact that we can illustrate these figures tells you we know where they are."')
    (q,) = quotes_of(text)
    assert len(q.paragraphs) == 3
    assert text[q.start:q.end].endswith("where they are.")


def test_apostrophes_do_not_close_quotes():
    text = 'The residents’ group chair, Meera Shah, said: “We’ve waited since the ’90s for this to be fixed.”'
    (q,) = quotes_of(text)
    assert text[q.start:q.end] == "We’ve waited since the ’90s for this to be fixed."
    assert q.speaker.name == "Meera Shah"


@pytest.mark.parametrize("text", [
    'Officers insist the checks are "robust".',
    'We would like to allay the ‘stranger danger’ fear.',
    'The inspection ‘Managing Sex Offenders in the Community’ was published.',
    'There is no such thing as “no risk”.',
])
def test_scare_quotes_and_titles_are_not_quotes(text):
    assert quotes_of(text) == []


def test_unclosed_quote_at_document_end_ends_the_quote():
    text = 'A MoJ spokesman said: “We are increasing prison time for the most dangerous offenders.'
    (q,) = quotes_of(text)
    assert text[q.start:q.end].endswith("offenders.")


# (text, [(quote text, name, description, role, organisation, rule)]); a form of address (Mr,
# Cllr, Dr) is not a role, a rank (Insp) is
ROUTES = [
    ('"The figures are worrying," said Cllr Obi, "but they are improving."',
     [("The figures are worrying,", "Obi", None, None, None, "quote.cue_after_said_x"),
      ("but they are improving.", "Obi", None, None, None, "quote.split")]),
    ('"It was close," Mr Dunn said. "We nearly lost the roof.\n\n"Crews were superb."',
     [("It was close,", "Dunn", None, None, None, "quote.cue_after_x_said"),
      ('We nearly lost the roof.\n\n"Crews were superb.', "Dunn", None, None, None, "quote.same_paragraph")]),
    ('Sam Ito, who took over from Jo Bell in May, said: "We inherited a backlog."',
     [("We inherited a backlog.", "Sam Ito", None, None, None, "quote.cue_before")]),
    ('"Why now?" asked Cllr Price.', [("Why now?", "Price", None, None, None, "quote.cue_after_said_x")]),
    ('"It\'s a disgrace," fumed the landlord.',
     [("It's a disgrace,", None, "landlord", "landlord", None, "quote.cue_after_said_x")]),
    ('Police attended, according to Insp Jane Roe, who said: "We arrived within minutes."',
     [("We arrived within minutes.", "Jane Roe", None, "Insp", None, "quote.cue_before")]),
    ('"Staff are exhausted and morale is low," according to Dr Raj Patel, medical director at the trust.',
     [("Staff are exhausted and morale is low,", "Raj Patel", None, "medical director", "trust",
       "quote.cue_after_said_x")]),
    ('"Abuse has a devastating impact," said Abigail Gill, policy manager at the NSPCC.',
     [("Abuse has a devastating impact,", "Abigail Gill", None, "policy manager", "NSPCC", "quote.cue_after_said_x")]),
    ('The inspector was blunt: "This prison is failing its inmates badly."',
     [("This prison is failing its inmates badly.", None, "inspector", "inspector", None, "quote.colon")]),
    ('"Every child deserves a safe school to go to." – Jane Roe, head teacher',
     [("Every child deserves a safe school to go to.", "Jane Roe", None, "head teacher", None, "quote.dash_after")]),
    # a pronoun with no one named before it: the quote stays unattributed, never "He"
    ('He said: "Staff told me \'we are exhausted\' every day."',
     [("Staff told me 'we are exhausted' every day.", None, None, None, None, "quote.unattributed")]),
    ('Mr Dunn said: "We nearly lost the roof\n\nThen the crews arrived.',
     [("We nearly lost the roof", "Dunn", None, None, None, "quote.cue_before")]),
    ('Lena Ward, director of Safe Streets, said the charity backed the plan.\n\nShe said: "Victims deserve answers."',
     [("Victims deserve answers.", "Lena Ward", None, "director", "Safe Streets", "quote.cue_before")]),
]


@pytest.mark.parametrize("text,expected", ROUTES)
def test_routes_to_a_speaker(text, expected):
    got = [(text[q.start:q.end], q.speaker.name, q.speaker.description, q.speaker.role,
            q.speaker.organisation, q.rule) for q in quotes_of(text)]
    assert got == expected


@pytest.mark.parametrize("text", [
    'Officers insist the checks are "robust".',           # scare quote after a cue verb
    'The so-called "stranger danger" fear is misplaced.',  # short nominal fragment
    'Residents said it was "a joke".',                     # cue verb, but not introducing a quotation
])
def test_a_cue_verb_alone_does_not_make_a_quote(text):
    # at most a partial quote: a fragment inside reported speech is not a quotation (FORMAT.md)
    assert [q for q in quotes_of(text) if not q.partial] == []


def test_according_to_makes_a_statement():
    text = "Waiting times have fallen sharply, according to Dr Raj Patel, medical director at the trust."
    quotes, statements = find_quotes(text)
    assert quotes == []
    (s,) = statements
    assert text[s.start:s.end] == "Waiting times have fallen sharply"
    assert (s.speaker.name, s.speaker.role, s.rule) == ("Raj Patel", "medical director", "statement.according_to")
    assert text[s.speaker.start:s.speaker.end] == "Dr Raj Patel, medical director at the trust"


def test_pronoun_keeps_its_own_span_and_the_antecedent():
    text = ('Lena Ward, director of Safe Streets, said the charity backed the plan.\n\n'
            'She said: "Victims deserve answers."')
    (q,) = quotes_of(text)
    assert text[q.mention[0]:q.mention[1]] == "She"
    assert text[q.speaker.start:q.speaker.end] == "Lena Ward, director of Safe Streets"


def test_an_open_quote_runs_on_through_unmarked_paragraphs_to_its_closing_mark():
    text = ("Jo Roe said:\n\n“The figures show we are going backwards.\n\nRents have risen every year since 2015."
            "\n\nI will be urging the minister to act.”\n\nThe council declined to comment.")
    (q,) = quotes_of(text)
    assert text[q.start:q.end] == ("The figures show we are going backwards.\n\nRents have risen every year since 2015."
                                   "\n\nI will be urging the minister to act.")
    assert len(q.paragraphs) == 3


def test_an_open_quote_with_no_closing_mark_nearby_ends_with_its_paragraph():
    text = ("Jo Roe said:\n\n“The figures show we are going backwards.\n\nRents have risen every year since 2015."
            "\n\nThe council declined to comment.\n\nIt will publish its plans next week.")
    (q,) = quotes_of(text)
    assert text[q.start:q.end] == "The figures show we are going backwards."


# --- families from unseen news (issue 15): each with near-misses ---------------------------

def _speaker(q):
    return q.speaker.name or q.speaker.description


@pytest.mark.parametrize("text,speaker", [
    # "it said" / "the council said": the body named before (never "it")
    ('Marshfield Council has approved the plans.\n\n“We will keep residents informed at every stage of the work,” it said.',
     "Marshfield Council"),
    ('The scheme was backed by Marshfield Council on Monday.\n\n“We will keep residents informed at every stage,” the council said.',
     "Marshfield Council"),
    ('Avon and Somerset Police launched an appeal.\n\n“We would urge anyone with information to come forward,” the force said.',
     "Avon and Somerset Police"),
    ('A report on Ridgeway Academy praised the staff.\n\n“Pupils behave well and enjoy their lessons,” it said.',
     "report on Ridgeway Academy"),
    # a role noun directly before the name
    ('Headteacher Jane Barker said: “We are thrilled with the inspection result for the school.”', "Jane Barker"),
    ('Estate agent Tom Reed, of Reed & Co, said: “The market is busier than it has been for years.”', "Tom Reed"),
    ('Parish council chairman Bob Lee said: “The village has waited a long time for this.”', "Bob Lee"),
    ('In a statement Chief Nurse Vicky Morris said the ward was open.\n\n"We are proud of the team and all they do," she added.',
     "Vicky Morris"),
    ('Labour Leader, Cllr Helen Holland said, “We are glad the argument we made last year has been taken on board.”',
     "Helen Holland"),
    ('Cafe director Mrs Pluke, 40, said: “We wanted to get the whole community to come together a bit more.”', "Pluke"),
    # the listener after "told", the first verb's subject before "adding"
    ('Maggie Boyle spoke at the board.\n\nShe told hospital directors: “I apologise to the people of Leeds for failing.”',
     "Maggie Boyle"),
    ('Jo Smith told BBC Radio Kent: “It has been a nightmare for the whole family.”', "Jo Smith"),
    ('A chef has been recruited to run the café, Impact Initiatives said, adding: “It is the only café in the village.”',
     "Impact Initiatives"),
    # an organisation's last word before the name is not part of it; a first name starts the name
    ('Campaign director of the Ratepayers’ Alliance Emma Boon said: “It is good to see the rates fall.”', "Emma Boon"),
    ('Chief executive of the Riverside Partnership Tom Hale said: “The work starts in spring.”', "Tom Hale"),
    # a leading clause with no comma before the name: the name closes the clause
    ('Responding to an analysis by the Rural Services Network Ruth Cole, director of the Carers’ Alliance, said:\n\n'
     '“Carers are doing everything they can.”', "Ruth Cole"),
    ('Speaking after the vote Dev Patel, leader of the opposition group, said: “This budget will hurt the poorest.”', "Dev Patel"),
    # near-miss: three names that open with a first name stay three
    ('Housing officer Mary Jane Okafor said: “Every family on the list has been offered a place.”', "Mary Jane Okafor"),
    # a quotation broken over a line, its speaker after the closing mark
    ('“We have seen demand rise sharply this winter and families are struggling to heat their homes\nand feed their '
     'children,” said Sarah Jones, director of Hope Trust.', "Sarah Jones"),
    # a straight single mark after a colon, over paragraphs
    ("Cllr Terry Jermy said: 'It wasn't that many years ago that this council prided itself on low council tax.\n\n"
     "'We can make a budget allocation when the time comes around.'", "Terry Jermy"),
])
def test_speaker_families(text, speaker):
    qs = [q for q in quotes_of(text) if not q.partial]
    assert len(qs) == 1 and _speaker(qs[0]) == speaker


@pytest.mark.parametrize("text", [
    # "it" with no body named before: no speaker, never "it"
    '“We will keep residents informed at every stage of the work,” it said.',
    # "the council" alone names no body
    '“We will keep residents informed at every stage of the work,” the council said.',
])
def test_unresolved_it_and_bare_body_are_never_pronouns(text):
    (q,) = quotes_of(text)
    assert _speaker(q) not in ("it", "It")
    assert q.speaker.name is None


@pytest.mark.parametrize("text,speaker", [
    # a first name alone is the one person of that first name in the story
    ('Headteacher Mike Welsh said the result was fair.\n\nMike added that Ofsted was tough.\n\n'
     '“We had a fair inspection, and it is a very tough regime now,” he said.', "Mike Welsh"),
    # a possessive mention still names the person
    ("Councillor Cllr Laura Crane's speech came at the committee.\n\n"
     '"If you go back ten years, more than a fifth of our budget came from the government," said the councillor.',
     "Laura Crane"),
    # a street is never a person
    ('Mr Colborne, of Wyatt Close, Wargrave, closed the café in April.\n\n'
     'He added: “There is a much better arrangement now that somebody runs it.”', "Colborne"),
    # a ward after "who represents" is not a person
    ("Councillor Terry Jermy, who represents Thetford Burrell, asked for a review.\n\n"
     "He said: “It wasn't that many years ago that this council prided itself on low council tax.”", "Terry Jermy"),
    # a surname with its particle is the full name given earlier ("Mr de Coverly", "Ms van der Berg")
    ('“Reports have fallen for four years,” said Edd de Coverly, service director at Ashby Council.\n\n'
     'Mr de Coverly added: “We prosecute when we can.”', "Edd de Coverly"),
    ('“The wards are busy,” said Anna van der Berg, who chairs the trust.\n\n'
     'Ms van der Berg said: “The wards are full every night this winter.”', "Anna van der Berg"),
    ('Omar al-Sayed, a GP in Rotherfield, said waits were long.\n\n'
     'Dr al-Sayed said: “Patients are waiting weeks for an appointment.”', "Omar al-Sayed"),
    # near-miss: a surname alone with no fuller naming stays as written
    ('Mr de Coverly said: “We prosecute when we can.”', "de Coverly"),
])
def test_reference_families(text, speaker):
    qs = [q for q in quotes_of(text) if not q.partial]
    assert _speaker(qs[-1]) == speaker


@pytest.mark.parametrize("text,partial", [
    ('Cllr Butt claimed they had been “left with a recipe for social damage not seen since the war” last night.', True),
    ('He added that they would help high streets and “put local money into the pockets of local people.”', True),
    ('Ms Townsend described an area in Hinksley Road “with a lot of bungalows housing vulnerable and elderly people”.', True),
    ('Mr Ross said there had been “very, very high levels of rainfall falling in a very short period of time” there.', True),
    # near-misses: a cue verb just before the mark, or a colon, keeps a direct quotation
    ('Mr Ross said: “very high levels of rainfall fell in a very short period of time.”', False),
    ('Mr Ross said “we will fight on and we will win in the end.”', False),
    # an appositive with commas of its own still leaves the subject as the fragment's speaker
    ('Cllr Ruth Moss, cabinet member for parks, leisure, and waste, said it was “a disgrace to the town” that bins overflowed.', True),
])
def test_fragments_in_reported_speech(text, partial):
    (q,) = quotes_of(text)
    assert q.partial is partial


@pytest.mark.parametrize("text", [
    "The 'stranger danger' campaign was run by the council across the county last year.",
    "Residents' groups said the plans were 'robust, fair and long overdue' at the meeting.",
    "It wasn't clear whether the plan's costs would rise, the council's report said.",
])
def test_straight_single_marks_mid_sentence_are_not_quotations(text):
    assert [q for q in quotes_of(text) if not q.partial] == []


@pytest.mark.parametrize("text", [
    'The director of the NHS Confederation’s Acute Network said: “Waits are too long this winter.”',
    'A manager at the Carers’ Alliance Support Line said: “Calls have doubled since the spring.”',
])
def test_an_organisations_part_is_never_a_persons_name(text):
    (q,) = [q for q in quotes_of(text) if not q.partial]
    assert q.speaker.name is None


def test_a_place_in_the_appositive_is_not_the_organisation():
    (q,) = quotes_of('Ann Fry, the head of St Mary’s Primary School, in Little Hatton, said: “We are proud of the pupils.”')
    assert (q.speaker.name, q.speaker.role, q.speaker.organisation) == ("Ann Fry", "head", "St Mary’s Primary School")


def test_he_added_is_the_speaker_not_a_person_inside_his_description():
    text = ('“We have two weeks to set a budget,” warns Green Party cabinet member Tom Rudd, who lost the '
            'leadership vote to Labour’s Abbott Lane on Wednesday.\n\n'
            '“Most groups lost confidence in the old leader some time ago,” he added.')
    qs = quotes_of(text)
    assert [q.speaker.name for q in qs] == ["Tom Rudd", "Tom Rudd"]
    assert (qs[0].speaker.role, qs[0].speaker.organisation) == ("cabinet member", "Green Party")


def test_a_person_inside_a_description_is_still_found_when_the_speaker_does_not_fit():
    text = ('“We have two weeks to set a budget,” said Mr Tom Rudd, who lost the vote to Mrs Ann Lane.\n\n'
            '“I will not stand again,” she said.')
    assert quotes_of(text)[-1].speaker.name == "Ann Lane"


@pytest.mark.parametrize("text,role,org", [
    # capitalised words before a specialist's title are the specialism
    ('Planning expert Ruth Dale told the paper: “The scheme is too big for the site.”', "Planning expert", None),
    ('Traffic Management Sergeant Leo Hunt said: “We will be out every night this week.”', "Traffic Management Sergeant", None),
    ('Flood campaigner Ian Moss said: “The river rose faster than ever.”', "Flood campaigner", None),
    # near-misses: a body before an organisational title, an acronym, a force's own name
    ('Crisis chief executive Matt Downie said: “The numbers are shocking.”', "chief executive", "Crisis"),
    ('RSPCA inspector Jo Bell said: “The dogs were found in a terrible state.”', "inspector", "RSPCA"),
    ('Essex Police sergeant Amy Lo said: “Patrols will be stepped up.”', "sergeant", "Essex Police"),
])
def test_a_specialism_before_a_title_is_part_of_the_role(text, role, org):
    (q,) = quotes_of(text)
    assert (q.speaker.role, q.speaker.organisation) == (role, org)


def test_a_fragment_taken_from_a_report_is_partial():
    text = ('The 2019 review recommended the creation of a “single register of landlords kept by every council in '
            'the region” within two years.')
    (q,) = quotes_of(text)
    assert q.partial is True
