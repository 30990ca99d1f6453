"""Statistic -> area families (second round): a ranking's national scope, national yardsticks beside
local figures, figures of a list sharing the place after the last, and bodies in general in a
local story. Phrasings written for these tests, with near-misses that must keep their old reading."""
import pytest


def areas_of(ex, text):
    rec = ex.extract(text)
    names = {a["id"]: a["name"] for a in rec["areas"]}
    return {s["number"]["text"]: names.get(s["area"]) for s in rec["statistics"]}


def period_at(ex, text, number, published=None, rec=None):
    """The period value of the first statistic whose span holds ``number`` (None: no period)."""
    rec = rec or ex.extract(text, published=published)
    periods = {p["id"]: p["value"] for p in rec["periods"]}
    return periods.get(next(s for s in rec["statistics"] if number in s["span"]["text"])["period"])


# -- the nation after a superlative is the ranking's scope; the figure is the holder's named before it
@pytest.mark.parametrize("text,number,want", [
    ("Rutland had the lowest rate of burglary in England, with 31 offences per 10,000 homes.", "31", "Rutland"),
    ("Halton Borough Council recorded the biggest rise in England, at 42 per cent.", "42", "Halton"),
    ("Norfolk saw the fastest growth in Wales and England, with 19 new sites.", "19", "Norfolk"),
    # near-misses: a place's own bracketed figure, and a ranking with no other place
    ("In the UK the jobless rate was highest in the North East (7.1%) last spring.", "7.1", "North East"),
    ("The highest rate in England was 88 per 10,000 people.", "88", "England"),
])
def test_ranking_scope_is_not_the_figures_place(ex, text, number, want):
    assert areas_of(ex, text)[number] == want


# -- "nationally" after a superlative ranks places; a national figure set beside a local one is a yardstick
@pytest.mark.parametrize("text,number,want", [
    ("Dorset Police logged fewer offences this year.\n\nThe force had the sharpest falls nationally in arson (down 38 per cent).",
     "38", "Dorset"),
    ("Dorset Police logged fewer offences this year.\n\nThe force recorded the largest drop nationally in theft, down 12 per cent.",
     "12", "Dorset"),
    # near-miss: "nationally" as the frame of its own figure
    ("Dorset Police logged fewer offences this year.\n\nNationally, offences fell by 3 per cent across England and Wales.",
     "3", "England and Wales"),
])
def test_nationally_after_a_superlative_is_a_ranking(ex, text, number, want):
    assert areas_of(ex, text)[number] == want


@pytest.mark.parametrize("text,number,want", [
    # a national change named as a yardstick after the local figure
    ("Police in England and Wales published the data.\n\nRecorded crime in the county rose by 2 per cent, "
     "compared with a national rise of 11 per cent.", "11", "England and Wales"),
    ("Police in England and Wales published the data.\n\nShops in the county lost 4 per cent, "
     "against a national fall of 9 per cent.", "9", "England and Wales"),
])
def test_a_national_change_is_the_nations(ex, text, number, want):
    assert areas_of(ex, text)[number] == want


@pytest.mark.parametrize("text,number,want", [
    # the local figure before a national yardstick keeps its own place
    ("Cumbria Police released its figures.\n\nThe county saw 5,120 offences, up 3 per cent, lower than a national increase "
     "of 8 per cent.", "5,120", "Cumbria"),
    # a figure in the clause after the yardstick's own is the local subject's again
    ("Kent remains busy.\n\nThere were 9,400 thefts in that time - above the national average rate of 6 per cent, "
     "and down from 10,250 in 2015.", "10,250", "Kent"),
    # near-miss: a national frame that opens the sentence covers its later figures
    ("Kent remains busy.\n\nNationwide, 48,200 thefts were logged – up from 44,100 a year before.", "44,100", None),
])
def test_national_yardstick_frames_only_its_own_clause(ex, text, number, want):
    assert areas_of(ex, text)[number] == want


# -- figures of a list share the place named after the last of them
@pytest.mark.parametrize("text,numbers,want", [
    ("The data shows a 14% rise in shoplifting and 6% in burglary in Suffolk over the year.", ("14", "6"), "Suffolk"),
    ("Bus use fell 9 per cent on weekdays, 4 per cent on Saturdays and 2 per cent on Sundays across Devon.",
     ("9", "4", "2"), "Devon"),
])
def test_listed_figures_share_the_place_after_them(ex, text, numbers, want):
    got = areas_of(ex, text)
    assert [got[n] for n in numbers] == [want] * len(numbers)


@pytest.mark.parametrize("text,number,want", [
    # near-misses: each figure with its own place; a new clause with its own subject
    ("There were 141 cases in Gwent, 163 in Dyfed-Powys and 170 in North Wales.", "141", "Gwent"),
    ("There were 141 cases in Gwent, 163 in Dyfed-Powys and 170 in North Wales.", "163", "Dyfed-Powys"),
])
def test_listed_figures_with_their_own_places(ex, text, number, want):
    assert areas_of(ex, text)[number] == want


# -- bodies in general in a local story are not the story's one place
@pytest.mark.parametrize("text,number,want", [
    ("Dumped rubbish in Barnet rose again, with 4,100 loads cleared in Barnet last year.\n\nClamping down has become a priority for "
     "local authorities and, in 2019-20, 51,000 fines were handed out.", "51,000", None),
    ("Dumped rubbish in Barnet rose again, with 4,100 loads cleared in Barnet last year.\n\nPolice forces issued 2,300 warnings "
     "to dumpers over the same months.", "2,300", None),
    # near-miss: the story's own council, and the story's place for an unplaced figure
    ("Dumped rubbish in Barnet rose again, with 4,100 loads cleared in Barnet last year.\n\nThe council issued 310 fines.", "310", "Barnet"),
    ("Dumped rubbish in Barnet rose again, with 4,100 loads cleared in Barnet last year.\n\nOfficers issued 310 fines.", "310", "Barnet"),
])
def test_bodies_in_general_leave_a_local_figure_unplaced(ex, text, number, want):
    assert areas_of(ex, text)[number] == want


def test_bodies_in_general_in_a_national_story_are_the_nations(ex):
    text = ("Councils in England dealt with more fly-tipping in England than ever.\n\nMore than 900,000 incidents were "
            "handled by local authorities in 2019-20.")
    assert areas_of(ex, text)["900,000"] == "England"


def test_local_figure_before_a_national_yardstick_keeps_its_place(ex):
    text = "Kent remains busy.\n\nThere were 9,400 thefts in that time - above the national average rate of 6 per cent."
    assert areas_of(ex, text)["9,400"] == "Kent"


@pytest.mark.parametrize("text, number, period", [
    # the period of a record a figure is set against dates the record, not the figure
    ("Some 92.6 per cent of patients were seen within four hours, below the previous low of 94.1 per cent recorded "
     "in 2013.", "94.1", "2013"),
    ("The rate hit 9.1%, above the previous high of 8.7% set in 2011.", "8.7", "2011"),
    ("Attendances hit 2.1 million, beating the all-time record of 2 million in 2019.", "2 million", "2019"),
])
def test_a_previous_record_keeps_its_own_period(ex, text, number, period):
    rec = ex.extract(text, published="2024-05-01")
    assert period_at(ex, text, number, "2024-05-01", rec) == period
    first = rec["statistics"][0]
    assert period_at(ex, text, first["span"]["text"], "2024-05-01", rec) != period


@pytest.mark.parametrize("text, number, area", [
    # a council that holds the figure ("recycled", "achieved", "with a rate of") is its place
    ("Kent County Council recycled 61% of its waste last year.", "61", "Kent"),
    ("The top council was South Kesteven District Council, with a rate of 55%.", "55", "South Kesteven"),
    ("The top performing council was Staffordshire Moorlands District Council, which achieved a recycling rate of "
     "61.58%.", "61.58", "Staffordshire Moorlands"),
    # near-miss: a council that only speaks is no figure's place
    ("Kent County Council said 400 people had applied.", "400", None),
])
def test_a_council_that_holds_the_figure(ex, text, number, area):
    assert areas_of(ex, text)[number] == area


@pytest.mark.parametrize("text, number, area", [
    # a clause that opens on the nation: the place of a later clause is not the figure's
    ("Nationally, knife crime increased by 7%, with the East Midlands average rising by 16%.", "7", None),
    ("The national average shows knife crime increased by 7% in 2019, with the East Midlands average rising by 16%.",
     "7", None),
    ("Nationally, knife crime increased by 7%, with the East Midlands average rising by 16%.", "16", "East Midlands"),
    # near-misses: a place in the figure's own clause; a named nation framing it
    ("Nationally, crime rose by 7% in Kent.", "7", "Kent"),
    ("Across England, crime rose by 7%, with the East Midlands up 16%.", "7", "England"),
])
def test_a_national_clause_before_a_later_clause_place(ex, text, number, area):
    assert areas_of(ex, text)[number] == area


@pytest.mark.parametrize("text, number, period", [
    # a shorter span inside the year the sentence opens on is the figure's own
    ("In 2023, about 109,000 households in England were in emergency housing between June and September.", "109,000",
     "2023-06-01/2023-09-30"),
    ("In 2023, 5,000 people were treated in hospital in March.", "5,000", "2023-03"),
    ("During 2022/23, the council paid £4m in compensation in the first quarter.", "£4m", "2022-04-01/2022-06-30"),
    # near-misses: a later clause's own period, a compared figure's, a period outside the frame
    ("In 2023, 5,000 people were treated, and in March 2024 there were 300.", "5,000", "2023"),
    ("In 2023, 5,000 people were treated, up from 4,000 in 2022.", "5,000", "2023"),
    ("In 2023, 5,000 people were treated by March 2024.", "5,000", "2023"),
])
def test_a_span_inside_the_opening_frame(ex, text, number, period):
    assert period_at(ex, text, number, "2024-03-01") == period


@pytest.mark.parametrize("text, number, period", [
    # "upon" is "on", and a compared figure's own words before its period keep that period a baseline
    ("Some key figures for 2015/16 are below.\n\nThe Council received 1286 applications, a 15% reduction on the 1517 "
     "applications received during 2014/15.", "1286", "2015-04-01/2016-03-31"),
    ("Some key figures for 2015/16 are below.\n\n771 households were re-housed, a 27% increase upon 2014/15.", "771",
     "2015-04-01/2016-03-31"),
    # near-misses: the compared figure keeps its period; a day that is a snapshot is no baseline
    ("Some key figures for 2015/16 are below.\n\nThe Council received 1286 applications, a 15% reduction on the 1517 "
     "applications received during 2014/15.", "1517", "2014-04-01/2015-03-31"),
    ("Some 4,100 people were on the register on 31 March 2023.", "4,100", "2023-03-31"),
])
def test_a_baseline_after_upon_or_a_compared_figure_s_words(ex, text, number, period):
    assert period_at(ex, text, number) == period


@pytest.mark.parametrize("text, number, period", [
    # a period in a conditional clause before the figure's own clause does not date the change
    ("Crime fell. If the rate was to continue in March, the total for 2013/14 will have risen by more than 20 per "
     "cent from 2009/10.", "20", "2013-04-01/2014-03-31"),
    ("Unless trends change by June, the total for 2023/24 will have fallen by 5 per cent from 2019/20.", "5",
     "2023-04-01/2024-03-31"),
])
def test_a_conditional_clause_period_does_not_date_a_change(ex, text, number, period):
    assert period_at(ex, text, number, "2024-03-01") == period


@pytest.mark.parametrize("text, number, area", [
    # a place in brackets right after a place says where it is and holds nothing
    ("Out of all councils, Sutton (in London) had the highest share of pupils with a strong pass (69.3%).", "69.3",
     "Sutton"),
    ("Hartlepool (in the North East) recorded 400 burglaries.", "400", "Hartlepool"),
    # near-misses: a bracketed figure after each of a list of places is that place's
    ("Leeds (40%), York (30%) and Hull (20%) led.", "30", "York"),
])
def test_a_place_in_brackets_after_a_place(ex, text, number, area):
    assert areas_of(ex, text)[number] == area


@pytest.mark.parametrize("text, number, period", [
    # a compared figure with its share in brackets keeps its period, which is a baseline for the others
    ("Some 400 people were helped, up from 350 (12%) in 2019.", "350", "2019"),
    ("Some 400 people were helped, up from 350 (12%) in 2019.", "400", None),
    ("There were 49,600 people under 30, who accounted for 32.5% of the population – up from 47,498 (34%) in 2011.",
     "32.5", None),
    # near-miss: a figure's own period before its bracketed change
    ("Some 400 people were helped in 2023 (up 5%).", "400", "2023"),
])
def test_a_compared_figure_with_a_bracketed_share(ex, text, number, period):
    assert period_at(ex, text, number, "2024-03-01") == period


@pytest.mark.parametrize("text, number, area", [
    # the place a figure's people or things lie outside of is not its place, nor the story's
    ("Visits by people from outside the UK rose to 572,000.", "572,000", None),
    ("Some 4,000 people outside London were helped.", "4,000", None),
    ("Outside London, 4,000 people were helped.", "4,000", None),
    # near-misses: a place of its own in the sentence
    ("Visits by people from outside the UK rose to 572,000 in Scotland.", "572,000", "Scotland"),
    ("In Kent, 4,000 people outside Maidstone were helped.", "4,000", "Kent"),
])
def test_a_place_outside_which_things_lie(ex, text, number, area):
    assert areas_of(ex, text)[number] == area
