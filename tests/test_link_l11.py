"""Link families of round 6 (l11) of statistic -> period / area linking, from a blind set of UK news pages (crime by
force, house prices by borough, council tax, NHS boards, census, jobs by region): a count "up to March 2017" in a
story about the year up to March takes that year; a period that dates an event ("the surcharge introduced last
year") dates no figure; an annual change takes the twelve months a snapshot day ends; a place named as the other
side of "higher than" is not the figure's; a council that charges a figure holds it; an opening "Average X in
England" makes England the story's nation; a sentence about a kind of places ("County areas have ...") is about
many places; a national average in a story whose places lie in one nation is that nation's; "Yorkshire and
Humberside" is the region; "during May" is a month. Phrasings written for these tests: each family with phrasings
that must link one way and near-misses that must not."""
import pytest

from record_finding import link_of

FY22 = "2021-04-01/2022-03-31"
FY23 = "2022-04-01/2023-03-31"


# --- a count up to a month, in a story about the year up to that month: the year ending then ---

@pytest.mark.parametrize("text,number,period", [
    ("Burglaries in Kent fell from 4,120 in the year up to March 2022 to 3,870 in the year up to March 2023.\n\n"
     "Shoplifting rose from 610 up to March 2022 to 745 up to March 2023.", "610", FY22),
    ("Burglaries in Kent fell from 4,120 in the year up to March 2022 to 3,870 in the year up to March 2023.\n\n"
     "Shoplifting rose from 610 up to March 2022 to 745 up to March 2023.", "745", FY23),
    ("Thefts in Essex rose to 9,300 in the year up to March 2023, from 8,800 in the year up to March 2022.\n\n"
     "Arson rose from 88 to 104 in the run up to March 2023.", "104", FY23),
])
def test_count_up_to_a_month_takes_the_year_ending_then(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


@pytest.mark.parametrize("text,number,period", [
    # near-misses: no twelve-month frame ending that month, or a month that is not what the count runs up to
    ("Waiting lists in Kent grew in 2023.\n\nThe list stood at 610 up to March 2023.", "610", "2023-03"),
    ("Burglaries in Kent fell to 3,870 in the year up to March 2023.\n\nIn March 2023 alone, 240 were recorded.",
     "240", "2023-03"),
])
def test_count_up_to_a_month_near_misses(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- a period that dates an event of a noun dates no figure ---

@pytest.mark.parametrize("text,number", [
    ("Bus journeys in Leeds rose by 6.1 per cent thanks to the cheaper fare cap on single tickets introduced last year.",
     "6.1"),
    ("Visitor numbers at the museum in York climbed 12 per cent after the new wing, opened to the public and launched in "
     "2022, drew families.", "12"),
])
def test_event_participle_period_dates_no_figure(ex, text, number):
    got = link_of(ex, text, number)[2]
    assert got not in ("2023", "2022"), got


@pytest.mark.parametrize("text,number,period", [
    # near-misses: the figure's own noun is what was introduced; a period of the figure before the event
    ("There were 30 new bus lanes introduced in 2023 across Leeds.", "30", "2023"),
    ("Bus journeys in Leeds rose by 6.1 per cent in 2024 after a fare cap introduced in 2023.", "6.1", "2024"),
])
def test_event_participle_near_misses(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- an annual change takes the twelve months that a snapshot day ends ---

@pytest.mark.parametrize("text,number,period", [
    ("Rents in the year to June 2024 kept climbing.\n\nThe average rent in Bristol stood at £1,450 at the end of June. "
     "Rents in Bath rose 7.2 per cent annually.", "7.2", "2023-07-01/2024-06-30"),
    ("Rents in the year to June 2024 kept climbing.\n\nThe average rent in Bristol stood at £1,450 at the end of June. "
     "Bath saw annual growth of 5.9 per cent.", "5.9", "2023-07-01/2024-06-30"),
])
def test_annual_change_takes_the_twelve_months(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


@pytest.mark.parametrize("text,number,period", [
    # near-misses: a level, and a change over the month, keep the day
    ("Rents in the year to June 2024 kept climbing.\n\nThe average rent in Bristol stood at £1,450 at the end of June. "
     "Rents in Bath rose 0.4 per cent on the month.", "0.4", "2024-06-30"),
    ("Rents in the year to June 2024 kept climbing.\n\nThe average rent in Bristol stood at £1,450 at the end of June.",
     "1,450", "2024-06-30"),
])
def test_annual_change_near_misses(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- a place named as the other side of "higher than" is not the figure's ---

@pytest.mark.parametrize("text,number,area", [
    ("Rutland's pass rate was 71.5% this year - four percentage points higher than last year's leading county, Surrey.",
     "four", "Rutland"),
    ("Cheshire East recycled 58% of waste this year, some six percentage points lower than the previous year's top "
     "council, Stockport.", "six", "Cheshire East"),
])
def test_compared_holder_after_than_is_not_the_place(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number,area", [
    # near-misses: the figure's own place after it, no comparison between
    ("Pass rates rose by four percentage points this year in Surrey.", "four", "Surrey"),
    ("Recycling rates rose by six points, the best result of any council, in Stockport.", "six", "Stockport"),
])
def test_compared_holder_near_misses(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


# --- a council that charges a figure holds it ---

@pytest.mark.parametrize("text,number,area", [
    ("The cheapest bills are in London, with Wandsworth Council charging just £900 for a band D home.", "900", "Wandsworth"),
    ("Bills are highest in the North East, with Gateshead Council levying £2,300 on a band D home.", "2,300", "Gateshead"),
])
def test_council_that_charges_holds_the_figure(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number,area", [
    # near-miss: a council that only speaks
    ("Bills in London average £1,400 for a band D home, Wandsworth Council said.", "1,400", "London"),
])
def test_council_that_speaks_holds_nothing(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


# --- an opening "Average X in England" makes England the story's nation ---

_WATER = ("Average water bills in England will rise by 8% in 2025-26, figures released today show.\n\n"
          "The typical household will pay £480, up from £440 last year.\n\n"
          "The highest bills are in Cornwall (£610), Devon (£600) and Somerset (£590).")


def test_average_subject_makes_the_story_nation(ex):
    assert link_of(ex, _WATER, "480")[1] == "England"


def test_average_subject_near_miss_places_keep_theirs(ex):
    assert link_of(ex, _WATER, "610")[1] == "Cornwall"


# --- a sentence about a kind of places is about many places at once ---

_TAX = ("Council tax bills in England will rise by 5% in 2024-25, figures show, the sharpest rise across England "
        "since 2019.\n\n"
        "The typical band D bill will be £2,170, a rise of £104.\n\n"
        "Shire counties have the highest bills, with an average charge of £2,250.\n\n"
        "Labour-run councils on average charge £60 more than others.\n\n"
        "The highest bill is in Rutland (£2,600), with Nottingham (£2,500) and Dorset (£2,400) close behind.")


@pytest.mark.parametrize("number", ["2,250", "60"])
def test_kind_of_places_subject_has_no_area(ex, number):
    assert link_of(ex, _TAX, number)[1] is None


def test_kind_of_places_near_miss_nation_figure(ex):
    assert link_of(ex, _TAX, "2,170")[1] == "England"


# --- a national average in a story whose places lie in one nation ---

_FIFE = ("A&E departments in Fife and Dundee saw 91 per cent of patients within four hours last week, above the national "
         "average of 88 per cent and ahead of hospitals in England.\n\nPerformance across Scotland has improved.")


def test_national_average_is_the_home_nation(ex):
    assert link_of(ex, _FIFE, "88")[1] == "Scotland"


def test_national_average_near_miss_english_story(ex):
    text = ("Kent recorded 60 crimes per 1,000 people, above the national average of 55.\n\n"
            "Crime in England and Wales rose, while in Scotland it fell.")
    assert link_of(ex, text, "55")[1] != "Scotland"


# --- "Yorkshire and Humberside" is the region; "during May" is a month ---

def test_yorkshire_and_humberside_is_the_region(ex):
    assert link_of(ex, "Unemployment in Yorkshire and Humberside fell to 4.1% in 2023.", "4.1")[1] == \
        "Yorkshire and The Humber"


@pytest.mark.parametrize("text,number,period", [
    ("House prices in Wales during May reached £210,000, the index shows.", "210,000", "2024-05"),
    # near-miss: the modal verb is no month
    ("Councils in Wales may raise fees by 5% in 2023.", "5", "2023"),
])
def test_during_may_is_a_month(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period
