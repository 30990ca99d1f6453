"""Measures that name the counted thing (brief m8): a money or share threshold inside a change's
subject ("households earning less than £20,000 a year rose to ..."), figures that go on a series
("rising to N in 2020/21, M in 2021/22 and K in 2022/23", "25% (12,500) were recorded by ...,
10% (5,000) by ..."), the start of "from A to B" taking the end's measure, a place list in brackets
after a measured figure, a heading "with the most X were A (N), B (M)", "the X rate is now N per
cent", rates whose noun is only the base population ("6.8 people per 100,000") taking "the rate of
X", a change word inside the figure's span ("a 7,000 fall in claimants"), ", to N" after a change,
and a word a measure repeats. Made-up sentences; near-misses alongside."""
import pytest

from extractor.evaluate import measure_matches


def measures(ex, text):
    return {s["span"]["text"]: s["measure"] for s in ex.extract(text)["statistics"]}


@pytest.mark.parametrize("text, span, measure", [
    # a threshold inside the subject is part of it, not where the subject starts
    ("Households earning less than £20,000 a year rose to 3,400 in 2023.", "3,400",
     "households earning less than £20,000 a year"),
    ("Families with an income under £15,000 fell by 200 to 1,900 last year.", "1,900",
     "families with an income under £15,000"),
    ("Pensioners with savings of more than £16,000 rose to 820 in the borough.", "820",
     "pensioners with savings of more than £16,000"),
    ("Homes valued at over £1.5m rose to 240 in the town.", "240", "homes valued at over £1.5m"),
    # a series of figures in one sentence counts one thing
    ("There were 312 such thefts in 2019/20, rising to 340 in 2020/21, 365 in 2021/22 and 401 in 2022/23.", "365",
     "such thefts"),
    ("There were 312 such thefts in 2019/20, rising to 340 in 2020/21, 365 in 2021/22 and 401 in 2022/23.", "401",
     "such thefts"),
    ("The trust treated 9,120 patients in 2021, climbing to 9,870 in 2022.", "9,870", "patients treated"),
    # a share and its count in brackets, and the next share of the same list
    ("Of the 20,000 burglaries in the year, 30% (6,000) were recorded by Kent Police, 12% (2,400) by Essex Police.",
     "6,000", "burglaries recorded"),
    ("Of the 20,000 burglaries in the year, 30% (6,000) were recorded by Kent Police, 12% (2,400) by Essex Police.",
     "12%", "burglaries recorded"),
    # the start of "from A to B" counts what the end counts
    ("The average parking fine has increased, from £35 to £50.", "£35", "average parking fine"),
    ("The average council tax bill has risen, from £1,900 to £2,050.", "£1,900", "average council tax bill"),
    # a place list in brackets after a measured figure
    ("Leeds had the most families in bed and breakfasts, at 410, followed by the north-west (380) and Bristol (150).",
     "380", "families in bed and breakfasts"),
    # a heading that says what the bracketed figures count
    ("The wards with the most burglaries were Central (312), Riverside (287) and Northgate (201).", "287", "burglaries"),
    ("The schools with the highest number of exclusions were Oakfield (141) and Hillcrest (137).", "137", "exclusions"),
    # "the X rate is N per cent"
    ("Across the county the jobless rate is now 4.6 per cent.", "4.6 per cent", "jobless rate"),
    ("The vacancy rate was 7.2% in March.", "7.2%", "vacancy rate"),
    # a rate whose noun is only the base population: the rate of what
    ("The rate of people sleeping rough in 2023 is 6.8 people per 100,000.", "6.8 people per 100,000",
     "people sleeping rough per 100,000"),
    ("The rate of children in care in Hull was 110 children per 10,000.", "110 children per 10,000",
     "children in care per 10,000"),
    # the change word inside the figure's span
    ("Data showed a 7,000 fall in benefit claimants last month, to 1.53 million.", "7,000 fall",
     "fall in benefit claimants"),
    ("Figures show a 450 rise in apprentices this year.", "450 rise", "rise in apprentices"),
    # ", to N" after a change: the level the changed thing reached
    ("Data showed a 7,000 fall in benefit claimants last month, to 1.53 million.", "1.53 million", "benefit claimants"),
    ("The number of people in work fell by 2,000 in the quarter to February, to just under 30 million.",
     "just under 30 million", "people in work"),
])
def test_measure_names_the_thing(ex, text, span, measure):
    got = measures(ex, text)
    assert span in got, got
    assert measure_matches(measure, got[span]), (span, got[span])


@pytest.mark.parametrize("text, span, wrong", [
    # a threshold that is the figure's own subject stays out of another figure's measure
    ("Incomes below £20,000 were reported by 3,400 households.", "3,400", "a year"),
    # a list of figures of different things is no series
    ("There were 312 thefts in 2022, and 45 arrests were made.", "45", "thefts"),
    # a bracketed count after a change is no share's count
    ("Burglaries rose by 30% (600) in the year.", "600", "burglaries recorded"),
    # "rate" that is no subject: the figure keeps its own noun
    ("The rate rise was announced as 2,000 homes were sold.", "2,000", "rate rise"),
    # a heading without "with the most" does not name bracketed figures
    ("Visitors came from Leeds (312) and York (287).", "287", "visitors"),
])
def test_measure_near_misses(ex, text, span, wrong):
    got = measures(ex, text)
    assert span in got, got
    assert got[span] != wrong, (span, got[span])


@pytest.mark.parametrize("text", [
    "Some 900 offences were recorded recorded in the year.",
    "There were 4,858 of these offences recorded in 2019/20.",
])
def test_no_word_twice(ex, text):
    for m in measures(ex, text).values():
        words = (m or "").split()
        assert all(a != b for a, b in zip(words, words[1:])), m
