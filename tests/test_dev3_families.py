"""Families from dev3's errors (kinds, directions, periods, a guarded short name): a ranking of
changes goes on after "followed by X (N%)"; labels of age groups ("the 16-18, 19-24 and 25+ age
groups") are no statistics; a change verb's "by" may come after a dash; "N% growth or [130] more"
restates the change as an amount; a window of years ("in the last decade") with the data's own year
in its sentence ("according to the 2021 census") dates the story's figures by that year; "Barrow" is
Barrow-in-Furness where the story places it. Made-up sentences; near-misses alongside."""
import pytest


def stats(ex, text, published=None):
    r = ex.extract(text, published=published)
    periods = {p["id"]: p["value"] for p in r["periods"]}
    areas = {a["id"]: a["name"] for a in r["areas"]}
    return {s["span"]["text"]: {**s, "period_value": periods.get(s["period"]), "area_name": areas.get(s["area"])}
            for s in r["statistics"]}


@pytest.mark.parametrize("text, span, direction", [
    ("Hackney saw the biggest population rise, up 22.1%, followed by Dartford (20.0%) and Newham (17.7%).", "20.0%", "up"),
    ("Hackney saw the biggest population rise, up 22.1%, followed by Dartford (20.0%) and Newham (17.7%).", "17.7%", "up"),
    ("Burglary fell 12% in Kent, followed by Essex (9%).", "9%", "down"),
    ("Starts have grown across the three age groups – by 7.4%, 9.6% and 14.6% respectively.", "7.4%", "up"),
    ("Visits have fallen in every region — by 3% in the North East.", "3%", "down"),
])
def test_a_change_goes_on_in_the_next_figure(ex, text, span, direction):
    got = stats(ex, text)
    assert got[span]["direction"] == direction, got[span]


@pytest.mark.parametrize("text, span", [
    ("Some 40% of pupils passed in Kent, followed by Essex (35%).", "35%"),  # a ranking of levels, no change
    ("Officers went back to the station – by 9pm 40% of calls were answered.", "40%"),  # a time, not a change's by
])
def test_near_misses_keep_no_direction(ex, text, span):
    got = stats(ex, text)
    assert got[span]["direction"] is None, got[span]


@pytest.mark.parametrize("text, absent", [
    ("Starts rose across the 16-18, 19-24 and 25+ age groups last year.", ("16", "19-24", "25")),
    ("The 65+ age group grew by 5% in Kent.", ("65",)),
])
def test_age_group_labels_are_no_statistics(ex, text, absent):
    got = stats(ex, text)
    assert not set(absent) & set(got), got


def test_a_count_of_age_groups_is_still_a_count(ex):
    got = stats(ex, "There were 16 age groups in the survey.")
    assert got["16"]["kind"] == "count"


@pytest.mark.parametrize("text, span, direction", [
    ("Businesses have been taking on more apprentices, with 11.2% growth or 130 more apprentices.", "or 130", "up"),
    ("The county saw a 5% fall or 300 fewer burglaries.", "or 300", "down"),
])
def test_a_change_restated_as_an_amount(ex, text, span, direction):
    got = stats(ex, text)
    assert got[span]["kind"] == "change" and got[span]["direction"] == direction, got[span]


def test_a_share_then_a_count_after_or_is_no_change(ex):
    got = stats(ex, "Some 40% of pupils or 300 children passed.")
    assert got["300"]["kind"] == "count"


def test_a_window_of_years_with_the_datas_year_dates_the_story_by_that_year(ex):
    text = ("London boroughs saw the biggest rises in population in the last decade according to the 2021 census.\n\n"
            "Hackney saw the biggest population rise, up 22.1%.\n\n"
            "The South East was the most populated region with 9,278,100 people.")
    got = stats(ex, text, published="2022-06-28")
    assert got["22.1%"]["period_value"] == "2021"
    assert got["9,278,100"]["period_value"] == "2021"


def test_a_window_with_a_years_since_keeps_the_window(ex):
    text = "Crime has risen in the last three years, since the 2019 review.\n\nEssex recorded 1,660 offences."
    got = stats(ex, text, published="2022-06-28")
    assert got["1,660"]["period_value"] == "2019-06-28/2022-06-28"


def test_barrow_is_barrow_in_furness_where_the_story_places_it(ex):
    got = stats(ex, "Tourism grew across Cumbria. The biggest rises were in Eden (+8.6 per cent) and Barrow (+4.2 per cent).")
    assert got["+4.2 per cent"]["area_name"] == "Barrow-in-Furness"
    got = stats(ex, "Mr Barrow said 300 jobs in Cumbria were at risk.")
    assert got["300"]["area_name"] == "Cumbria"


@pytest.mark.parametrize("landmark", ["since records began in 2003", "since recording practices began in 2003",
                                      "since comparable figures were first published in 2003"])
def test_the_same_period_is_not_measured_from_when_records_began(ex, landmark):
    text = (f"Shoplifting offences rose to 443,995 in the year to March 2024, the highest total {landmark}. "
            "In Kent, 5,000 offences were recorded in the same period.")
    got = stats(ex, text, published="2024-07-25")
    assert got["5,000"]["period_value"] == "2023-04-01/2024-03-31"


def test_a_comparison_base_still_spans_the_same_period(ex):
    text = ("Burglaries were up 9% on five years ago, at 4,000 in 2024. Thefts increased by 40 per cent over the same period.")
    r = ex.extract(text, published="2024-07-25")
    same = next(p for p in r["periods"] if p["span"]["text"] == "the same period")
    assert same["value"].startswith("2019") and same["value"].endswith("2024-12-31"), same


@pytest.mark.parametrize("text, value", [
    ("The council set out its priorities for the period 2018/19 to 2021/22.", "2018-04-01/2022-03-31"),
    ("Savings are planned over the period from 2024/25 to 2026/27.", "2024-04-01/2027-03-31"),
])
def test_a_period_of_financial_years(ex, text, value):
    r = ex.extract(text, published="2018-01-31")
    assert [p["value"] for p in r["periods"]] == [value], r["periods"]


def test_financial_years_in_a_series_of_changes_stay_apart(ex):
    r = ex.extract("Arrests rose in 2019/20 to 2,300 and in 2020/21 to 2,500.", published="2022-01-31")
    assert [p["value"] for p in r["periods"]] == ["2019-04-01/2020-03-31", "2020-04-01/2021-03-31"]


def test_months_from_one_and_another_is_a_span(ex):
    r = ex.extract("Forces failed to meet the standard over the six months from November 2021 and April 2022.",
                   published="2022-05-31")
    assert [p["value"] for p in r["periods"]] == ["2021-11-01/2022-04-30"]
    r = ex.extract("Sales rose from November 2021 and April 2022 was the best month.", published="2022-05-31")
    assert [p["value"] for p in r["periods"]] == ["2021-11", "2022-04"]  # no span without months, weeks or period


@pytest.mark.parametrize("opening", ["The report showed", "The statement also reveals", "The forecast suggests"])
def test_the_report_named_before_dates_what_it_shows(ex, opening):
    text = ("The council received 360 applications in 2011-12.\n\n"
            "Members were presented with the budget forecast statement for 2012-13 quarter one.\n\n"
            f"{opening} an overspend of £80,000 on homelessness.")
    got = stats(ex, text)
    assert got["£80,000"]["period_value"] == "2012-04-01/2012-06-30", got["£80,000"]


def test_a_report_not_named_with_a_period_before_leaves_the_story_period(ex):
    text = ("The council received 360 applications in 2011-12.\n\n"
            "Members met in the town hall in 2013.\n\n"
            "The report showed an overspend of £80,000 on homelessness.")
    got = stats(ex, text)
    assert got["£80,000"]["period_value"] == "2011-04-01/2012-03-31", got["£80,000"]


@pytest.mark.parametrize("line, published", [
    ("Author: Sian RochePublished 16th Feb 2025", "2025-02-16"),  # an author line glued to the dateline
    ("Author: Sian Roche | Published 16 February 2025", "2025-02-16"),
    ("Author: Sian Roche", None),  # an author alone dates nothing
])
def test_an_author_line_before_the_dateline(ex, line, published):
    r = ex.extract(f"Apprenticeship starts rise\n\n{line}\n\nNew figures show starts rose by 11%.")
    assert r["document"]["published"] == published
