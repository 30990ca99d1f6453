"""A paragraph that ranks places of a round-up ("Manchester had the worst problem") frames no figure
of the paragraphs after it; a place ranked against its nation ("has the highest rate in the
country") is a local story's subject and does."""
import pytest

from record_finding import link_of

ROUND_UP = ("Fly-tipping rises for a third year\n\n"
            "Councils across England logged 980,000 fly-tipping incidents in 2023, up 3 per cent.\n\n"
            "Clearing up the dumped rubbish cost councils £58 million, the figures show.\n\n"
            "Newham recorded 31,000 cases and Enfield 28,500.\n\n")


@pytest.mark.parametrize("ranking,later,number", [
    ("Outside the capital, Leeds had the worst problem, with 21,000 cases.",
     "A third of all incidents involved household waste.", "A third"),
    ("Bradford, meanwhile, saw the second highest rise, 14 per cent.",
     "The Environment Agency dealt with 120 major cases.", "120"),
    ("Birmingham topped the table for the cost of clearing up, at £2m.",
     "Some 60 per cent of incidents were on pavements.", "60"),
    ("The Midlands and the north-east of England are the worst affected, with rates above 20 per 1,000.",
     "About 45 per cent of incidents were the size of a small van load.", "45"),
])
def test_a_ranked_place_of_a_round_up_frames_nothing_after_it(ex, ranking, later, number):
    assert link_of(ex, ROUND_UP + ranking + "\n\n" + later, number)[1] == "England"


@pytest.mark.parametrize("text,number,area", [
    # near-miss: ranked against the nation, the place is the story's subject and frames what follows
    ("Teesside has the highest rate of registered sex offenders in the country, new figures suggest.\n\n"
     "Figures released this morning show that 230 were cautioned for breaching their orders.", "230", "Teesside"),
    ("Figures show the Thames Valley has the fifth lowest number of offenders per 100,000 people in England "
     "and Wales.\n\nThe force manages 1,450 offenders in all.", "1,450", "Thames Valley"),
    # near-miss: a place that is not ranked frames the paragraph after it as before
    ("Councils in England logged 980,000 fly-tipping incidents in 2023.\n\nIn Leeds, the council dealt with 21,000 "
     "cases.\n\nSome 60 per cent were on pavements.", "60", "Leeds"),
])
def test_a_place_ranked_nationally_or_not_ranked_still_frames(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area
