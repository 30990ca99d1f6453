"""Measures of phrasing families found on m12's blind set of UK news pages, round 2: a change said of "this"
after a part of the figure before ("The figure includes 3,200 pensioners. This is a rise of 14%"), a
headline's change with no verb ("Recorded burglary up 7% amid ..."), the first item of a bracketed change
list ("more recorded assaults (up 13%), drug offences (up 9%)"), a share list that names its whole first
("Of the total spending, 41 per cent went on care, 18 per cent on schools"), more of the same change
elsewhere ("Other sharp rises include Cumbria, up by 31 per cent"), a share caused by something, a change
that "improved", a share that "fell slightly to below" a level, a share's predicate after "had been", a part of
the figure before ("The figure includes 1,800 children") that takes where the whole is, hours of what was done,
whose share of a market, a bare ratio after "one in ten councils",
a bracketed list closed by "respectively", a present-tense relative clause inside a change's subject
(and a figure inside that subject), and doings "expected to save" money. Made-up sentences; near-misses
alongside."""
import pytest

from extractor.evaluate import measure_matches


def measures(ex, text):
    return {s["span"]["text"]: s["measure"] for s in ex.extract(text)["statistics"]}


@pytest.mark.parametrize("text, span, measure", [
    # a change said of "this", after a sentence that only names a part of the figure before
    ("A total of 9,400 families were living in emergency housing in March. The figure includes 3,200 pensioners. "
     "This is a rise of 14% on the same month last year.", "14%",
     "rise in families living in emergency housing on the same month last year"),
    ("Some 2,150 patients were waiting for a bed in May. This total included 410 children. This is an increase of "
     "9% on April.", "9%", "increase in patients waiting for a bed on April"),
    # a headline's change with no verb
    ("Recorded burglary up 7% amid falls in car crime and shoplifting", "7%", "increase in recorded burglary"),
    ("Hospital admissions for asthma down 11% as air quality improves", "11%", "fall in hospital admissions for asthma"),
    # the first item of a bracketed change list
    ("Police also logged more recorded assaults (up 13%), drug offences (up 9%) and arson (6%).", "13%",
     "increase in recorded assaults"),
    ("There were also rises in the numbers of reported assaults (up 13%), drug offences (up 9%) and arson (6%).",
     "13%", "increase in reported assaults"),
    # a share list that names its whole first
    ("Of the total council spending, 41 per cent went on social care, 18 per cent on schools and 9 per cent on roads.",
     "18 per cent", "share of council spending on schools"),
    ("Of the total council spending, 41 per cent went on social care, 18 per cent on schools and 9 per cent on roads.",
     "9 per cent", "share of council spending on roads"),
    # more of the same change, elsewhere
    ("Last summer the Lake District saw a 40 per cent rise in hotel bookings. Other sharp rises include Cumbria up by "
     "31 per cent; Northumberland (up 27 per cent); and the Peak District, up 22 per cent.", "31 per cent",
     "rise in hotel bookings"),
    ("Last summer the Lake District saw a 40 per cent rise in hotel bookings. Other sharp rises include Cumbria up by "
     "31 per cent; Northumberland (up 27 per cent); and the Peak District, up 22 per cent.", "27 per cent",
     "increase in hotel bookings"),
    # a share and what caused it
    ("Signal failures caused 23 per cent of delays.", "23 per cent", "delays caused by signal failures"),
    ("Over the year, staff shortages and strikes caused 31% of cancellations, figures show.", "31%",
     "cancellations caused by staff shortages and strikes"),
    # a change that "improved"
    ("The regulator said that under the new method, reliability improved by 1.8 percentage points on last year.",
     "1.8 percentage points", "improvement in reliability on last year"),
    # a share that fell "slightly to below" a level
    ("The share of pupils in academies reaching the expected standard fell slightly to below 61%.", "below 61%",
     "share of pupils in academies reaching the expected standard"),
    # a bare ratio after "one in ten <things>", and its per cent in brackets
    ("A poll of headteachers found that one in eight schools has cut staff this year, while nearly one in four (25%) "
     "said they may have to do so next year.", "nearly one in four", "schools that said they may have to do so next year"),
    ("A poll of headteachers found that one in eight schools has cut staff this year, while nearly one in four (25%) "
     "said they may have to do so next year.", "25%", "schools that said they may have to do so next year"),
    ("One in ten drivers had been caught speeding, while one in five admitted using a phone at the wheel.",
     "one in five", "drivers that admitted using a phone at the wheel"),
    # a bracketed list of counts closed by "respectively"
    ("Burglary and theft made up 30 per cent of all reported crime in the town (4,120 and 3,870 respectively).",
     "4,120", "burglary among reported crime in the town"),
    ("Burglary and theft made up 30 per cent of all reported crime in the town (4,120 and 3,870 respectively).",
     "3,870", "theft among reported crime in the town"),
    ("According to the new figures, vans with faulty brakes, and buses, each accounted for 20 per cent of all vehicles "
     "failing checks (1,205 and 998 respectively).", "998", "buses among vehicles failing checks"),
    # a present-tense relative clause inside a change's subject, and a figure inside that subject
    ("Police said thefts that involve bicycles fell by 9%.", "9%", "fall in thefts that involve bicycles"),
    ("Spills from 2,300 pipes owned by companies that discharge raw waste rose by 41% to 88,120, the BBC reported.",
     "41%", "increase in spills from pipes owned by companies"),
    ("Spills from 2,300 pipes owned by companies that discharge raw waste rose by 41% to 88,120, the BBC reported.",
     "88,120", "spills from pipes owned by companies"),
    # doings expected to save money
    ("Switching off street lights overnight and closing two depots are expected to save about £450,000.",
     "about £450,000", "savings from switching off street lights overnight and closing two depots"),
    ("- Merging the two libraries and reducing opening hours are also estimated to save around £120,000.",
     "around £120,000", "savings from merging the two libraries and reducing opening hours"),
    # a part of the figure before takes where the whole is
    ("There were 4,000 households in temporary accommodation. The figure includes over 1,800 children.", "over 1,800",
     "children in temporary accommodation"),
    # a share's predicate after "had been"
    ("Nearly a quarter of families in emergency housing had been placed in a different borough to the one they came "
     "from.", "Nearly a quarter", "share of families in emergency housing placed in a different borough"),
    # hours of what was done
    ("Raw sewage, including wipes, was pumped into rivers for more than two million hours last year.",
     "more than two million", "hours of raw sewage pumped into rivers"),
    # a later bare share of the same things, said of another part
    ("More than half of delays were down to problems with the trains, including broken doors, while just over a "
     "quarter were down to faulty signals.", "just over a quarter", "share of delays down to faulty signals"),
    ("Half of the closures were due to staff shortages, while a fifth were due to flooding and storm damage.",
     "a fifth", "share of closures due to flooding and storm damage"),
    # a change measured against a low point
    ("In March 61,200 families were in emergency housing. That was up 4% on the same month last year, and up 70% on a "
     "low point of 21,300 in June 2012.", "70%", "increase in families in emergency housing on a low point"),
    # whose share
    ("Manchester enjoys a 12 per cent share of the market.", "12 per cent", "Manchester's share of the market"),
    ("Leeds is the busiest shopping centre in the county and holds a 31 per cent share of the market.", "31 per cent",
     "Leeds' share of the market"),
    ("Raw sewage, including wipes, cotton buds and nappies, was pumped into rivers for more than two million hours last "
     "year.", "more than two million", "hours of raw sewage pumped into rivers"),
])
def test_measure_is(ex, text, span, measure):
    got = measures(ex, text)
    assert span in got, got
    assert got[span] == measure, (span, got[span])


@pytest.mark.parametrize("text, span, wrong", [
    # what these rows said before: the part, the words after the figure, nothing, the changes themselves
    ("A total of 9,400 families were living in emergency housing in March. The figure includes 3,200 pensioners. "
     "This is an increase of 60% on 2015.", "60%", "increase in pensioners on 2015"),
    ("Police-recorded theft up 9% amid rises in robbery and fraud", "9%", "increase in amid rises in robbery and fraud"),
    ("Police also logged more recorded assaults (up 13%), drug offences (up 9%).", "13%", None),
    ("Of the total tourism spending, 33 per cent went on hotels, 24 per cent on eating out and 19 per cent on shopping.",
     "24 per cent", None),
    ("Visitor numbers rose by 12 per cent across the regions. Other big increases include York up by 17 per cent.",
     "17 per cent", "increase in big increases"),
    ("Fallen trees caused 12 per cent of cancellations.", "12 per cent", "cancellations"),
    ("The council said that under the new scheme, recycling improved by 2 percentage points.", "2 percentage points", None),
    ("Spills from 2,300 pipes owned by companies that discharge raw waste rose by 41%.", "41%",
     "increase in discharge raw waste"),
    ("Merging the two libraries is expected to save £80,000.", "£80,000", "savings"),
    ("One in ten councils has issued a warning, while one in five (20%) said they may do so next year.", "one in five",
     "share of said"),
    ("There were 4,000 households in temporary accommodation. The figure includes over 1,800 children.", "over 1,800",
     "children"),
    ("A third of patients in community beds had been moved to a different hospital.", "A third",
     "share of patients in community beds"),
    ("Untreated waste was released into the sea for 90,000 hours last year.", "90,000", "hours"),
    ("Leeds holds a 9 per cent share of the market.", "9 per cent", "share of the market"),
    ("Half of delays were down to the trains, while a quarter were down to faulty signals.", "a quarter", None),
    ("Arrests rose by 4% on last year and by 19% on a low point of 3,100 in 2014.", "19%", "increase in arrests"),
])
def test_measure_near_misses(ex, text, span, wrong):
    got = measures(ex, text)
    assert span in got, got
    assert got[span] != wrong, (span, got[span])


@pytest.mark.parametrize("text, span, measure", [
    # guards (these held before too): a complement "that" is no relative clause, "it" causes nothing named, a plain
    # change stays as it was, a level at a low point keeps no baseline
    ("Figures show that crime in Kent rose by 5%.", "5%", "increase in crime"),
    ("Analysis reveals that burglaries fell by 8%.", "8%", "fall in burglaries"),
    ("It caused 12% of delays.", "12%", "delays"),
    ("Other sharp rises include Cumbria up by 31 per cent.", "31 per cent", "increase in sharp rises"),
    ("The council has saved £161m over the last seven years.", "£161m", "savings over the last seven years"),
    ("The proportion of trains arriving on time rose to 71%.", "71%", "proportion of trains arriving on time"),
    ("In March 61,200 families were in emergency housing. That was up 4% on the same month last year, and up 70% on a "
     "low point of 21,300 in June 2012.", "21,300", "families in emergency housing"),
])
def test_measure_guards(ex, text, span, measure):
    got = measures(ex, text)
    assert span in got, got
    assert got[span] == measure, (span, got[span])
