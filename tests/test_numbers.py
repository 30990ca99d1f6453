"""Families of phrasings and their near-misses, on the pure scanner (no model needed)."""
import pytest

from extractor.components.numbers import find_statistics
from number_finding import stats


def only(text):
    found = stats(text)
    assert len(found) == 1, [(s.kind, text[s.start:s.end]) for s in found]
    return found[0]


@pytest.mark.parametrize("text,value,per,span", [
    ("That is 46 per 100,000 people in the county.", 46, 100000, "46 per 100,000 people"),
    ("That is a rate of 122 offenders for every 100,000 people, the figures show.", 122, 100000,
     "122 offenders for every 100,000 people"),
    ("It was the equivalent of 122 in every 100,000 people.", 122, 100000, "122 in every 100,000 people"),
    ("A rate of 125.2 per 100,000 people aged 10 and over was recorded.", 125.2, 100000,
     "125.2 per 100,000 people aged 10 and over"),
    ("There were 144 registered sex offenders for every 100,000 people across the area.", 144, 100000,
     "144 registered sex offenders for every 100,000 people"),
    ("The figure was 0.5 per 1,000 people last year.", 0.5, 1000, "0.5 per 1,000 people"),
    ("Fifty-two per 100,000 population were affected.", 52, 100000, "Fifty-two per 100,000 population"),
    ("Knife crime stood at 9.1 offences per 10,000 residents.", 9.1, 10000, "9.1 offences per 10,000 residents"),
])
def test_rate_family(text, value, per, span):
    s = only(text)
    assert (s.kind, s.value, s.per) == ("rate", value, per)
    assert text[s.start:s.end] == span
    assert s.num_start <= text.index(span) + len(span)


@pytest.mark.parametrize("text,value,number", [
    ("That is one sex offender for every 799 people aged 10 and over.", 799, "799"),
    ("One resident in every 640 was affected.", 640, "640"),
    ("One in five adults said so.", 0.2, None),
    ("Three in 10 adults said so.", 0.3, None),
])
def test_ratio_family(text, value, number):
    s = only(text)
    assert s.kind == "ratio" and s.value == pytest.approx(value)
    if number:
        assert text[s.num_start:s.num_end] == number


@pytest.mark.parametrize("text,value,span", [
    ("The number has risen by four per cent from 2016.", 4, "four per cent"),
    ("It is 16 per cent higher than the average.", 16, "16 per cent"),
    ("Some 74% of those were men.", 74, "Some 74%"),
    ("Turnout fell 3.5 percentage points.", 3.5, "3.5 percentage points"),
    ("That is three percent more than last year.", 3, "three percent"),
])
def test_percentage_family(text, value, span):
    s = only(text)
    assert (s.kind, s.value) == ("percentage", value)
    assert text[s.start:s.end] == span


@pytest.mark.parametrize("text,kinds", [
    ("The number increased to 982, an increase of 46.", [("count", 982), ("change", 46)]),
    ("Offenders were up 46 to 1,405.", [("change", 46), ("count", 1405)]),
    ("There were three fewer cases.", [("change", 3)]),
    ("The total rose by 120 on the year.", [("change", 120)]),
    ("Three more serious sex offenders were returned to prison.", [("count", 3)]),
    ("It went up from 936 to 982.", [("count", 936), ("count", 982)]),
])
def test_change_family(text, kinds):
    assert [(s.kind, s.value) for s in stats(text)] == kinds


@pytest.mark.parametrize("text,value", [
    ("The council will spend £1.2million on it.", 1200000),
    ("A grant of £700,000 was made.", 700000),
    ("The NHS needs £3bn more.", 3000000000),
    ("They raised £2.5 million.", 2500000),
])
def test_money_family(text, value):
    s = only(text)
    assert (s.kind, s.value) == ("money", value)


@pytest.mark.parametrize("text,qualifier,value", [
    ("Almost 5,000 offenders live there.", "almost", 5000),
    ("Nearly 900 people were seen.", "nearly", 900),
    ("They were cautioned more than 1,640 times.", "more than", 1640),
    ("The population is approaching 2.2 million.", "almost", 2200000),
    ("At least 12 people were hurt.", "at least", 12),
    ("Fewer than 30 offenders were charged.", "fewer than", 30),
    ("Up to 400 homes were flooded.", "up to", 400),
    ("Over 300 cases were recorded.", "over", 300),
    ("Some 250 people attended.", "about", 250),
    ("Just under 600 people applied.", "almost", 600),
])
def test_qualifiers(text, qualifier, value):
    s = only(text)
    assert (s.qualifier, s.value) == (qualifier, value)
    assert text[s.start:s.end].lower().startswith(qualifier.split()[0]) or qualifier in ("about", "almost")


@pytest.mark.parametrize("text", [
    "A change to the law in 2012 was made.",                         # year
    "Figures for 2019-20 and 2010/11 were published.",               # financial years
    "It happened on 31 March 2007.",                                  # date
    "Those aged 10 and over were counted.",                           # age
    "A 10-year-old boy was hurt.",                                    # age
    "He was jailed for 30 months.",                                   # duration
    "They stay on the register for 15 years.",                        # duration
    "It was an eight-year low.",                                      # duration
    "The fifth lowest rate in the country.",                          # ordinal
    "They are managed at Level 2 and Level 3.",                       # labels
    "Under Section 327 of the Act, and Schedule 3.",                  # labels
    "Categories 1 or 2 apply.",                                       # labels
    "Call 0800 123 4567 for help.",                                   # phone
    "Thames Valley Police\t0845 8 505 505",                           # phone in a table
    "Under the Sexual Offences Act 2003 it is an offence.",            # legislation
    "The curfew was 11pm.",                                           # time
    "It is one of the highest rates.",                                # pronoun one
    "There are three categories of offender.",                        # structural
    "There were thousands of them, and dozens more.",                 # vague
    "It took one or two days.",                                       # vague
    "He was seen more than 100 miles away.",                          # distance
])
def test_near_misses_are_not_statistics(text):
    assert stats(text) == []


@pytest.mark.parametrize("text,values", [
    ("Total\t982\nOxfordshire\t323\nWest Berkshire\t227", [982, 323, 227]),
    ("(1) - Level 2\t221\nLevel 3\t15", [221, 15]),
    ("(a)\t13\n(b)\t1", [13, 1]),
])
def test_table_rows_yield_counts(text, values):
    found = stats(text)
    assert [s.value for s in found] == values and all(s.kind == "count" for s in found)


def test_table_row_label_with_a_rate_base():
    s = only("RSO per 100k\t46")
    assert (s.kind, s.value, s.per) == ("rate", 46, 100000)


def test_contents_page_numbers_are_skipped():
    text = "Contents\n\n1. Foreword\t3\n2. Introduction\t4\n\nIn 2006-07, 1,962 offenders were managed."
    assert [s.value for s in stats(text)] == [1962]


def test_average_after_a_rate_takes_its_base():
    text = "That is 46 per 100,000 people. The national average is 57.45."
    found = stats(text)
    assert [(s.kind, s.value, s.per) for s in found] == [("rate", 46, 100000), ("rate", 57.45, 100000)]


def test_comparison_within_a_rate_sentence_is_a_rate():
    text = "There were 144 offenders for every 100,000 people – higher than 141 the year before."
    assert [(s.kind, s.value, s.per) for s in stats(text)] == [("rate", 144, 100000), ("rate", 141, 100000)]


def test_number_flags_agree_with_the_guards_they_stand_for(monkeypatch):
    # _flags writes out the FLAG_GUARDS for speed: it must say what those guards say
    import extractor.components.numbers as N
    seen = []
    classify = N._classify

    def checked(c):
        out = classify(c)
        seen.append((frozenset(g for g in N.FLAG_GUARDS if N.GUARDS[g](c)), N._flags(c) - {""}))
        return out
    monkeypatch.setattr(N, "_classify", checked)
    N.find_statistics("Costs rose by £1.2m, or 4.5 per cent, to £28m; 12 of the 1,405 offenders, about "
                      "three in ten, were recalled and output fell −2.5%. Some ¾ of sites and 99 others.")
    assert len(seen) >= 8 and all(want == got for want, got in seen)
