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
