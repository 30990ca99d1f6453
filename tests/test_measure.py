"""What each statistic measures, from its phrase, its sentence, or its table."""
import pytest

from extractor.evaluate import measure_matches


def measures(ex, text):
    return [(s["value"], s["measure"]) for s in ex.extract(text)["statistics"]]


@pytest.mark.parametrize("text,value,measure", [
    ("Ministry of Justice figures show 1,405 registered sex offenders were being managed under MAPPA.",
     1405, "registered sex offenders managed under MAPPA"),
    ("Of the 1,279 offenders managed at Level 1, most were low risk.", 1279, "offenders managed at Level 1"),
    ("The number of sex offenders in Derbyshire has risen by four per cent.", 4, "increase in sex offenders"),  # a change: what changed
    ("Thames Valley has a population of 2.2 million.", 2200000, "population"),
    ("Police recorded 350 knife offences in Kent last year.", 350, "knife offences"),
    # abbreviations the document defines are spelt out
    ("The register holds Registered Sex Offenders (RSOs). There were 982 RSOs in Oxfordshire.",
     982, "registered sex offenders"),
])
def test_measure_from_the_sentence(ex, text, value, measure):
    assert (value, measure) in measures(ex, text)


def test_rate_without_a_noun_measures_the_counted_thing(ex):
    got = measures(ex, "There were 982 registered sex offenders, which equates to 46 per 100,000 people.")
    assert got == [(982, "registered sex offenders"), (46, "registered sex offenders per 100,000 people")]


TABLE = """- iii) The number of (a) Sexual Offences Prevention Orders (SOPOs) applied for (b) interim SOPOs granted and (c) full SOPOs imposed by the courts in your Area between 1st April 2006 and 31st March 2007.

(a)\t13
(b)\t1
(c)\t13

viii) How many offenders in each of the three Categories (i.e. (1)- RSOs, (2)- V&O and (3)- Other Offenders (OthO) above) have been managed at each level.

(1) - Level 2\t221
Level 3\t15
"""


def test_table_rows_take_the_caption_item_and_row_label(ex):
    got = measures(ex, TABLE)
    assert got == [
        (13, "Sexual Offences Prevention Orders applied for"),
        (1, "interim sexual offences prevention orders granted"),
        (13, "full sexual offences prevention orders imposed by the courts"),
        (221, "RSOs at Level 2"),  # "RSOs" is not defined in this excerpt
        (15, "RSOs at Level 3"),
    ]


@pytest.mark.parametrize("gold,pred,ok", [
    ("registered sex offenders managed under MAPPA", "registered sex offenders", True),
    ("registered sex offenders", "offenders", False),
    ("knife offences", None, False),
])
def test_measure_scoring(gold, pred, ok):
    assert measure_matches(gold, pred) is ok


@pytest.mark.parametrize("text,expected", [
    ("Fly-tipping incidents in Swindon rose by 12% to 4,567 in 2022/23.",
     [("12%", "increase in fly-tipping incidents"), ("4,567", "Fly-tipping incidents")]),
    ("There were 1,234 knife crime offences recorded by Thames Valley Police in the year to March 2023, "
     "up from 1,100 the year before.",
     [("1,234", "knife crime offences recorded"), ("1,100", "knife crime offences recorded")]),
    ("Some 4.1 million children were living in relative poverty in 2021/22.",
     [("Some 4.1 million", "children living in relative poverty")]),
    ("The waiting list at Royal Berkshire NHS Foundation Trust stood at 45,678 in June, compared with 39,000 a year earlier.",
     [("45,678", "waiting list"), ("39,000", "waiting list")]),
    ("The number of homeless households in Reading was 1,020 last year.", [("1,020", "homeless households")]),
])
def test_measure_from_subject_and_comparison(ex, text, expected):
    assert [(s["span"]["text"], s["measure"]) for s in ex.extract(text)["statistics"]] == expected
