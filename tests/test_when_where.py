"""Periods and places families from the "When and where" work: made-up sentences, with
near-misses."""
import pytest

from extractor.components.periods import find_periods


def periods(text, published=None):
    return [(text[p.start:p.end], p.value) for p in find_periods(text, published)]


@pytest.mark.parametrize("text, surface, value", [
    ("In 2023, there were 412 burglaries.", "2023", "2023"),
    ("Figures for 2019, the latest available, show a fall.", "2019", "2019"),
    ("Offenders rose as of March 31,2019 in the area.", "March 31,2019", "2019-03-31"),
    ("The count was taken on April 5, 2021 at noon.", "April 5, 2021", "2021-04-05"),
])
def test_explicit_dates_and_years(text, surface, value):
    assert (surface, value) in periods(text)


def test_a_number_with_a_thousands_comma_is_not_a_year():
    assert periods("There were 2,019 cases.") == []


@pytest.mark.parametrize("text, published, value", [
    ("Police recorded 917 offences in the year to March.", "2022-11-22", "2021-04-01/2022-03-31"),
    ("Bus journeys reached 3.7 million in the 12 months to March.", "2024-11-28", "2023-04-01/2024-03-31"),
    ("Crime rose by 27% in the twelve months to September.", "2018-12-01", "2017-10-01/2018-09-30"),
    ("Crime rose in the financial year to March.", "2022-02-10", "2020-04-01/2021-03-31"),
])
def test_the_year_to_a_month_is_the_latest_such_year(text, published, value):
    got = [v for s, v in periods(text, published) if "to" in s]
    assert got == [value]


def test_the_year_to_a_month_needs_a_reference_date():
    assert [v for s, v in periods("Crime rose in the year to March.") if "to" in s] == [None]


@pytest.mark.parametrize("text, value", [
    ("In the year to March, 917 knives were seized - up from 857 the previous year.", "2019-04-01/2020-03-31"),
    ("In the year to March, 917 knives were seized - up from 857 the year prior.", "2019-04-01/2020-03-31"),
    ("In the year to March, 917 knives were seized - up from 857 the year previous.", "2019-04-01/2020-03-31"),
])
def test_back_references_take_the_referents_precision(text, value):
    assert periods(text, "2021-10-01")[-1][1] == value


def test_last_year_in_a_financial_year_story():
    text = "Figures for 2017-18 show fly-tipping cost the council £60,000 last year."
    assert periods(text)[-1] == ("last year", "2017-04-01/2018-03-31")
    text = "Knife crime rose in the year to March. Last year 108 crimes were recorded."
    assert periods(text, "2022-11-22")[-1] == ("Last year", "2021-04-01/2022-03-31")


def test_at_that_point_refers_back():
    text = "There were 3,000 offenders at the end of March 2021 and 147 per 100,000 at that point."
    assert periods(text)[-1] == ("that point", "2021-03-31")


@pytest.mark.parametrize("text, trust", [
    ("Waiting lists fell at the Norfolk and Norwich University Hospital NHS Trust last year.",
     "Norfolk and Norwich University Hospital NHS Trust"),
    ("Only 62 per cent were seen at the East Suffolk and North Essex Trust in December.",
     "East Suffolk and North Essex Trust"),
    ("Betsi Cadwaladr University Health Board missed the target.", "Betsi Cadwaladr University Health Board"),
])
def test_health_bodies_are_areas_that_hold_figures(ex, text, trust):
    rec = ex.extract(text)
    bodies = [a for a in rec["areas"] if a["type"] == "other"]
    assert [a["name"] for a in bodies] == [trust]
    # the places inside its name are part of it, not areas of their own
    assert all(a["type"] == "other" for a in rec["areas"])
    if rec["statistics"]:
        assert rec["statistics"][0]["area"] == bodies[0]["id"]


def test_the_trust_refers_back_and_names_of_one_trust_are_one_area(ex):
    text = ("At University Hospitals Plymouth NHS Trust, 7,880 patients were seen within four hours.\n\n"
            "Plymouth Hospitals Trust saw 1,200 more. The Trust said 95 per cent was the target.")
    rec = ex.extract(text)
    bodies = [a for a in rec["areas"] if a["type"] == "other"]
    assert len(bodies) == 1 and len(bodies[0]["mentions"]) == 3
    assert all(s["area"] == bodies[0]["id"] for s in rec["statistics"])


@pytest.mark.parametrize("text", [
    "The Nuffield Trust said waiting lists were too long.",   # a think tank, not a health body
    "The Shelter Trust opened 40 beds.",
    "Trust in the police fell by 5 per cent.",
])
def test_near_misses_are_not_health_bodies(ex, text):
    assert not [a for a in ex.extract(text)["areas"] if a["type"] == "other" and "Trust" in a["name"]]


@pytest.mark.parametrize("text, name, type_", [
    ("Obesity is highest in urban areas such as Durham and Hull.", "County Durham", "local_authority"),
    ("Tourism in Durham brought in £900 million in 2017.", "County Durham", "local_authority"),
    ("Police and probation in Durham managed 802 registered sex offenders, police figures show.", "Durham",
     "police_force_area"),
    ("In County Durham, police and probation managed 802 sex offenders.", "Durham", "police_force_area"),
])
def test_durham_is_read_by_the_story(ex, text, name, type_):
    areas = ex.extract(text)["areas"]
    assert (areas[0]["name"], areas[0]["type"]) == (name, type_)


@pytest.mark.parametrize("text, surface, measure", [
    ("Burglaries in Kent fell by 12 per cent in 2023.", "12 per cent", "fall in burglaries"),
    ("There were 418 offenders in the region, an increase of four on last year.", "an increase of four",
     "increase in offenders"),
    ("Shoplifting offences rose by 8% in the year.", "8%", "increase in shoplifting offences"),
    ("Some 74% of patients were seen within four hours.", "Some 74%", "patients"),   # a share: no change
])
def test_the_measure_of_a_change_is_what_changed(ex, text, surface, measure):
    stat = next(s for s in ex.extract(text)["statistics"] if s["span"]["text"] == surface)
    assert stat["measure"].startswith(measure)


@pytest.mark.parametrize("text, surface", [
    ("There were 418 offenders in the region, an increase of four on last year.", "an increase of four"),
    ("Arrests in the county rose by 46 last year.", "rose by 46"),
    ("Arrests in the county were up 46 on 2022.", "up 46"),
])
def test_a_change_span_starts_at_its_cue(ex, text, surface):
    assert surface in [s["span"]["text"] for s in ex.extract(text)["statistics"]]


def _stats(text):
    from extractor.components.numbers import find_statistics
    return [(text[s.num_start:s.num_end], s.kind, s.per) for s in find_statistics(text)]


@pytest.mark.parametrize("text, number, per", [
    ("Kent has 166 registered sex offenders under MAPPA per 100,000 people.", "166", 100000),
    ("There are around 77 registered sex offenders (RSOs) per 100,000 head of population.", "77", 100000),
    ("The figure now stands at 145 in 100,000 people.", "145", 100000),
    ("Kent has 166 offenders per 100,000 people; the rate for England and Wales is 116.", "116", 100000),
    ("Northumbria had 1,652 offenders per 100,000 people. Durham had 802, a rate of 127.", "127", 100000),
    ("The rate is 145 per 100,000 people, higher than Suffolk (134) and Essex (119).", "134", 100000),
    ("The number per 100,000 of population in the county stands at 1,024.", "1,024", 100000),
    # a base stated before a bracketed figure, and the list that follows it
    ("Burglaries per 1,000 homes (14.2) were highest in Leeds.", "14.2", 1000),
    ("Assaults per 100,000 people (87) were highest in Hull, ahead of Derby (81).", "87", 100000),
    ("Assaults per 100,000 people (87) were highest in Hull, ahead of Derby (181).", "181", 100000),
    ("Rates per 10,000 children: Slough 64, Reading 51, Bracknell Forest 38.", "51", 10000),
    ("Rates per 10,000 children: Slough 64, Reading 51, Bracknell Forest 38.", "38", 10000),
])
def test_a_rate_base_carries(text, number, per):
    assert (number, "rate", per) in _stats(text)


@pytest.mark.parametrize("text, number, kind", [
    ("Three in 10 people agreed.", "Three in 10", "ratio"),          # a ratio, not a rate
    ("There were 46 cases in 2019.", "46", "count"),                  # a year is no base
    ("Officers made 134 arrests (up from 119) last year.", "119", "count"),  # no rate in the sentence
    ("The rate rose. There were 12 burglaries in the town.", "12", "count"),  # no base was stated
    ("Tickets cost £4 per person (£10 for families).", "10", "money"),  # the base is no number
    ("Waits were recorded per 1,000 patients. Officers made 45 arrests.", "45", "count"),  # next sentence
])
def test_rate_near_misses(text, number, kind):
    got = {n: k for n, k, _ in _stats(text)}
    assert got.get(number) == kind, _stats(text)


@pytest.mark.parametrize("text, gone", [
    ("Call Childline on 0800 11 11 for help.", ["0800", "11"]),
    ("The helpline is open 24 hours a day, 365 days a year on 0808 800 5000, by texting 88858.",
     ["24", "365", "0808", "800", "5000", "88858"]),
    ("Poverty has increased by 0.5 million since 2010.[1] The Chancellor spoke.", ["1"]),
])
def test_contact_numbers_and_markers_are_not_statistics(text, gone):
    numbers = [n for n, _, _ in _stats(text)]
    assert not set(gone) & set(numbers), numbers


def test_real_figures_next_to_contact_numbers_survive():
    assert ("0.5 million", "change", None) in _stats("Poverty has increased by 0.5 million since 2010.[1]")
    assert ("1,200", "count", None) in _stats("Some 1,200 people called 101 last year.")


@pytest.mark.parametrize("text, area", [
    ("Northumbria Police recorded 917 offences involving a knife.", "Northumbria"),
    ("North Wales Police saw a rise of 12 per cent in burglaries.", "North Wales"),
    ("Kent County Council spent £4.2 million on repairs.", "Kent"),
])
def test_a_force_or_council_that_holds_the_figure_is_its_place(ex, text, area):
    rec = ex.extract(text)
    names = {a["id"]: a["name"] for a in rec["areas"]}
    assert names.get(rec["statistics"][0]["area"]) == area


@pytest.mark.parametrize("text", [
    "Thames Valley Police said 917 offences involved a knife.",     # the force only speaks
    "The Liverpool Daily Post reported that 400 offenders were monitored.",   # a newspaper's name
])
def test_a_body_that_only_speaks_or_a_title_is_not_a_place(ex, text):
    rec = ex.extract(text)
    assert rec["areas"] == [] and rec["statistics"][0]["area"] is None


@pytest.mark.parametrize("surface", ["North-East", "the north east", "North East"])
def test_regions_written_in_other_ways(ex, surface):
    rec = ex.extract(f"At least 33 offenders in {surface} were recalled to prison.")
    assert [(a["name"], a["code"]) for a in rec["areas"]] == [("North East", "E12000001")]


def test_an_unnamed_national_figure_has_no_area(ex):
    text = ("Wolverhampton Crown Court had 1,495 open cases.\n\n"
            "The national caseload is up 10 per cent from 70,893 a year earlier.")
    rec = ex.extract(text)
    by_text = {s["number"]["text"]: s for s in rec["statistics"]}
    assert by_text["70,893"]["area"] is None and by_text["70,893"]["links"]["area"] == "area.national_unnamed"
    text = "Across England and Wales, 64,300 offenders were managed. Nationally, 1,640 breached their orders."
    rec = ex.extract(text)
    names = {a["id"]: a["name"] for a in rec["areas"]}
    assert [names.get(s["area"]) for s in rec["statistics"]] == ["England and Wales", "England and Wales"]


@pytest.mark.parametrize("text, published, value", [
    ("Between April and June the trust had 14 cases.", "2005-07-18", "2005-04-01/2005-06-30"),
    ("There were 146 households between April and June this year.", "2022-10-20", "2022-04-01/2022-06-30"),
    ("Deaths rose between April 2015 and March 2016.", None, "2015-04-01/2016-03-31"),
    ("From October to March 2020, 40 people were fined.", None, "2019-10-01/2020-03-31"),
])
def test_month_to_month_spans(text, published, value):
    assert value in [v for _, v in periods(text, published)]


@pytest.mark.parametrize("text, number, period", [
    ("Breath tests went up by 10 per cent - from 6,918 in 2014 to 7,606 in 2015.", "10", "2015"),
    ("This year 394 failed, compared to 316 in 2017.", "316", "2017"),
    ("And 151 were arrested, up from 110 in 2017.", "110", "2017"),
])
def test_changes_take_the_newer_period_and_compared_figures_their_own(ex, text, number, period):
    rec = ex.extract(text)
    values = {p["id"]: p["value"] for p in rec["periods"]}
    stat = next(s for s in rec["statistics"] if s["number"]["text"] == number)
    assert values.get(stat["period"]) == period


@pytest.mark.parametrize("text, value", [
    ("Offenders were managed between 2018 and 2019.", "2018-04-01/2019-03-31"),  # statistics' year to March
    ("The scheme ran from 2014 to 2015 in the county.", "2014-01-01/2015-12-31"),
    ("Prices rose by half between 2010 and 2020.", "2010-01-01/2020-12-31"),
])
def test_year_to_year_ranges(text, value):
    assert [v for _, v in periods(text)] == [value]


def test_consecutive_years_in_a_financial_year_story_are_that_financial_year():
    text = "In 2019-20 arrests rose. Offenders were managed between 2018 and 2019."
    assert periods(text)[-1][1] == "2018-04-01/2019-03-31"


def test_descending_years_are_not_a_range():
    assert [v for _, v in periods("Scores of 2019 to 2018 were seen.")] != ["2019-01-01/2018-12-31"]


@pytest.mark.parametrize("text, surface, kind, direction", [
    # "extra"/"further" is a change where the sentence names what it adds to; else it counts (FORMAT.md:
    # "three more serious sex offenders" is a count)
    ("An extra 110 drivers failed breath tests compared to last year.", "An extra 110", "change", "up"),
    ("A further 40 cases were reported than in the previous year.", "A further 40", "change", "up"),
    ("An extra 110 drivers failed breath tests.", "110", "count", None),
    ("A further eight councils will lose their planning powers.", "eight", "count", None),
    ("The region grew by 1.9% or around 50,000 people.", "or around 50,000", "change", "up"),
    ("Crime fell by 3% or 1,200 offences.", "or 1,200", "change", "down"),
    ("The population has increased by more than 3.5 million.", "increased by more than 3.5 million", "change", "up"),
    ("The council voted to raise its share of council tax by £4.95 a year.", "£4.95", "money", "up"),
    ("However, 77pc of residents live in band A homes.", "77pc", "percentage", None),
])
def test_changes_and_their_direction(text, surface, kind, direction):
    from extractor.components.numbers import find_statistics
    got = [(text[s.start:s.end], s.kind, s.direction) for s in find_statistics(text)]
    assert (surface, kind, direction) in got, got


def test_a_fraction_of_change_is_a_ratio():
    from extractor.components.numbers import find_statistics
    text = "Offenders increased by a third in the last five years."
    assert [(s.kind, s.value) for s in find_statistics(text)] == [("ratio", 0.333)]


@pytest.mark.parametrize("text, number, measure", [
    ("Figures show 85 people were arrested for drink-driving in the county over Christmas.", "85",
     "people arrested for drink-driving"),
    ("Some 30 cases were referred to the council last month.", "30", "cases referred to the council"),
    ("In 2019, 412 homes were built in the district.", "412", "homes built"),
    ("There were 1,036 people on the list in 2015/16, compared to 1,024 the previous year.", "1,024",
     "people on the list"),
])
def test_measures_name_what_was_counted(ex, text, number, measure):
    stat = next(s for s in ex.extract(text)["statistics"] if s["number"]["text"] == number)
    assert stat["measure"] == measure


def test_a_time_phrase_is_never_a_measure(ex):
    rec = ex.extract("Arrests rose to 215 in December, up from 195 the previous December.")
    assert all("previous" not in (s["measure"] or "") for s in rec["statistics"])


def test_two_compass_words_name_a_different_area(ex):
    text = "In Leeds North East, 412 homes were built. In Leeds North West, 380 homes were built."
    rec = ex.extract(text)
    assert [a["name"] for a in rec["areas"]] == ["Leeds North East", "Leeds North West"]
    assert not [c for c in rec["checks"] if c["kind"] == "restated" and c["status"] == "fail"]


def test_a_tables_total_row_is_not_the_last_rows_place(ex):
    text = ("Registered sex offenders by area, 2019-20:\n\nReading\t323\nSlough\t227\nTotal\t550\n\n"
            "In Slough there were 227 offenders.")
    rec = ex.extract(text)
    total = next(s for s in rec["statistics"] if s["number"]["text"] == "550")
    assert total["area"] is None and total["links"]["area"] == "area.table_total"
    assert not [c for c in rec["checks"] if c["kind"] == "restated" and c["status"] == "fail"]


def test_made_up_is_a_share_not_a_rise(ex):
    rec = ex.extract("In Kent, sex offenders made up 74% of those subject to the arrangements.")
    stat = rec["statistics"][0]
    assert stat["direction"] is None and not stat["measure"].startswith("increase")


@pytest.mark.parametrize("text, value", [
    ("Data published today showed the waiting list was 7,420 at the end of June.", "2025-06-30"),
    ("Figures released today show 233 drivers were stopped in the year to March.", "2024-04-01/2025-03-31"),
    ("Statistics out today reveal 1,050 homes were empty during 2024.", "2024"),
])
def test_the_day_figures_came_out_dates_no_statistic(ex, text, value):
    rec = ex.extract(text, published="2025-09-25")
    by_id = {p["id"]: p for p in rec["periods"]}
    (st,) = rec["statistics"]
    assert by_id[st["period"]]["value"] == value


def test_a_day_that_is_not_a_release_still_dates_its_figure(ex):
    rec = ex.extract("Police stopped 40 drivers today.", published="2025-09-25")
    by_id = {p["id"]: p for p in rec["periods"]}
    assert by_id[rec["statistics"][0]["period"]]["value"] == "2025-09-25"


def test_a_round_up_of_many_places_has_no_story_area(ex):
    text = ("Open cases at each court: Leeds: 2,100. Bradford: 950. York: 610. Hull: 880.\n\n"
            "Leeds also had 300 cases waiting over a year.\n\nNationally, 19,000 cases were open at the end of June.\n\n"
            "The total rose to 4,540 across the region.")
    rec = ex.extract(text)
    last = rec["statistics"][-1]
    assert last["area"] is None or {a["id"]: a for a in rec["areas"]}[last["area"]]["name"] != "Leeds"


def test_a_story_about_one_place_keeps_it_for_unplaced_figures(ex):
    text = ("Leeds City Council has published its budget.\n\nLeeds will spend £12m on roads. Leeds has 400 potholes.\n\n"
            "York, by comparison, has 120.\n\nThe council employs 14,000 staff.")
    rec = ex.extract(text)
    names = {a["id"]: a["name"] for a in rec["areas"]}
    assert names.get(rec["statistics"][-1]["area"]) == "Leeds"


@pytest.mark.parametrize("text, surface, value", [
    ("Arrests in April 2018 to March 2019 were up.", "April 2018 to March 2019", "2018-04-01/2019-03-31"),
    ("Data for April 2023 – March 2024 shows a fall.", "April 2023 – March 2024", "2023-04-01/2024-03-31"),
    ("In the year to the end of March 2019, 400 homes were built.", "the year to the end of March 2019",
     "2018-04-01/2019-03-31"),
    ("Crime fell in the year to end June 2022.", "the year to end June 2022", "2021-07-01/2022-06-30"),
    ("Claims rose in the 12 months to the end of September 2018.", "the 12 months to the end of September 2018",
     "2017-10-01/2018-09-30"),
])
def test_spans_written_month_to_month_or_to_the_end_of_a_month(text, surface, value):
    assert (surface, value) in periods(text)


def test_a_month_and_a_later_number_are_not_a_span():
    assert periods("In March 2019 to 40 per cent of homes") == [("March 2019", "2019-03")]


def test_years_ago_is_never_the_story_period(ex):
    text = ("Over 400 offenders are on the register in the county, a report has revealed.\n\n"
            "The figure was 250 eight years ago. Police made 30 arrests.")
    rec = ex.extract(text, published="2009-10-27")
    first = rec["statistics"][0]
    assert first["period"] is None or {p["id"]: p for p in rec["periods"]}[first["period"]]["value"] != "2001"


def _area_of(rec, st):
    return {a["id"]: a["name"] for a in rec["areas"]}.get(st["area"])


def test_a_national_story_that_names_one_place_keeps_the_nation(ex):
    text = ("Fly-tipping across England rose again, figures show.\n\nCouncils in England cleared 1.1 million incidents.\n\n"
            "One case in Chesterfield involved 40 tyres.\n\nIn total 61 per cent of incidents involved household waste.")
    rec = ex.extract(text)
    assert _area_of(rec, rec["statistics"][-1]) == "England"


def test_a_local_story_that_mentions_the_nation_once_keeps_its_place(ex):
    text = ("Chesterfield recorded more fly-tipping than ever, Chesterfield council said.\n\n"
            "Crews cleared 900 sites, more than anywhere else in England.\n\nIn total 61 per cent involved household waste.")
    rec = ex.extract(text)
    assert _area_of(rec, rec["statistics"][-1]) == "Chesterfield"


def test_between_places_named_equally_often_the_smaller_is_the_story(ex):
    text = ("Homelessness has risen in one Hertfordshire borough.\n\n"
            "In Welwyn Hatfield the council housed 146 families in temporary homes this summer.\n\n"
            "A year earlier 94 households were housed.")
    rec = ex.extract(text)
    assert _area_of(rec, rec["statistics"][-1]) == "Welwyn Hatfield"


# --- more expressions of time (made-up sentences) --------------------------------------------

@pytest.mark.parametrize("text, published, surface, value", [
    ("Waits grew in the second quarter of 2016-17.", None, "the second quarter of 2016-17", "2016-07-01/2016-09-30"),
    ("Sales fell in the first two quarters of 2019-20.", None, "the first two quarters of 2019-20", "2019-04-01/2019-09-30"),
    ("Output rose in Q3 2022.", None, "Q3 2022", "2022-07-01/2022-09-30"),
    ("Bus use in the first three months of 2023 was low.", None, "the first three months of 2023", "2023-01-01/2023-03-31"),
    ("Prices eased in the second half of 2023.", None, "the second half of 2023", "2023-07-01/2023-12-31"),
    ("Child poverty fell between 1998/9 – 2011/12.", None, "1998/9 – 2011/12", "1998-04-01/2012-03-31"),
    ("Spending rose in the last financial year.", "2023-06-15", "the last financial year", "2022-04-01/2023-03-31"),
    ("Claims were paid over the last 24 months.", "2012-08-24", "the last 24 months", "2010-08-24/2012-08-24"),
    ("Arrests over Christmas fell.", "2016-01-05", "Christmas", "2015-12"),
    ("Arrests during the festive period fell.", "2016-01-05", "the festive period", "2015-12"),
    ("A report goes to the board this week.", "2005-07-20", "this week", "2005-07-18/2005-07-24"),
    ("The panel meets next week.", "2022-10-20", "next week", "2022-10-24/2022-10-30"),
])
def test_quarters_spans_weeks_and_seasons(text, published, surface, value):
    assert (surface, value) in periods(text, published)


@pytest.mark.parametrize("text, published, surface, value", [
    ("In December 2015 arrests rose, up from 195 the previous December.", None, "the previous December", "2014-12"),
    ("In April 2024 most were seen in time, in line with the month before.", None, "the month before", "2024-03"),
    ("Obesity hit 38% in 2023/24; all three were below that five years earlier.", None, "five years earlier",
     "2018-04-01/2019-03-31"),
    ("Rail use in the first three months of 2023 was twice the same period in 1995.", None, "the same period in 1995",
     "1995-01-01/1995-03-31"),
    ("In 2015 self-harm rose by a quarter on the previous calendar year.", None, "the previous calendar year", "2014"),
    ("Figures for 2016-17 show 510 claims, up six per cent from five years ago.", None, "five years ago",
     "2011-04-01/2012-03-31"),
    ("Last year's rate was 31.2 per cent.", "2019-05-01", "Last year", "2018"),
])
def test_references_take_their_value_from_the_period_before(text, published, surface, value):
    assert (surface, value) in periods(text, published)


@pytest.mark.parametrize("text, published, surface", [
    ("The rate has stayed at 0.5% over the past four years.", "2009-10-27", "the past four years"),  # a length of time
    ("He arrived four years ago, in a report for 2006-07.", None, "four years ago"),  # narrative, undated: no value
    ("Santa visited on Christmas Day.", "2016-01-05", "Christmas"),
])
def test_near_misses_of_the_new_expressions(text, published, surface):
    assert (surface, None) in periods(text, published) or all(s != surface for s, _ in periods(text, published))


def test_a_deadline_does_not_set_an_undated_story_s_year():
    # "by March 2025" is a target: "March this year" cannot be resolved from it
    got = dict(periods("Only 60% were seen in time last month, against a target of 78% by March 2025. "
                       "In March this year 55% were."))
    assert got.get("March this year") is None


def test_a_span_the_story_sets_out_beats_a_later_this_year(ex):
    text = ("More than 500 drivers were arrested in the summer campaign, police said.\n\n"
            "Drivers were targeted between June 14 and July 15.\n\n"
            "This year 212 were caught speeding, compared to 180 in 2017.\n\nIn all 2,460 drivers were checked.")
    rec = ex.extract(text, published="2018-08-02")
    values = {p["id"]: p["value"] for p in rec["periods"]}
    last = rec["statistics"][-1]
    assert values.get(last["period"]) == "2018-06-14/2018-07-15"


def test_without_an_earlier_span_this_year_is_the_story_period(ex):
    text = "This year 212 were caught speeding, compared to 180 in 2017.\n\nIn all 2,460 drivers were checked."
    rec = ex.extract(text, published="2018-08-02")
    values = {p["id"]: p["value"] for p in rec["periods"]}
    assert values.get(rec["statistics"][-1]["period"]) == "2018"


@pytest.mark.parametrize("text, name, code", [
    ("Offences rose in Wales and England last year.", "England and Wales", "K04000001"),
    ("Casualties across Britain rose by 3%.", "Great Britain", "K03000001"),
    ("Obesity is worst in the north-east of England.", "North East", "E12000001"),
    ("Rates were lowest in Hammersmith & Fulham.", "Hammersmith and Fulham", "E09000013"),
    ("Backlogs grew in the West Midlands.", "West Midlands", "E12000005"),  # the region, not the metropolitan county
])
def test_how_people_write_official_areas(ex, text, name, code):
    assert (name, code) in {(a["name"], a["code"]) for a in ex.extract(text)["areas"]}


@pytest.mark.parametrize("text, not_a_place", [
    ("“The results are encouraging,” said Ivor Stolliday, chair of the board.", "Ivor"),
    ("Jo Hart, Keep Wales Green chief executive, said litter was a scourge.", "Keep"),
    ("The plan is shared with the Leeds and North Yorkshire Clinical Commissioning Group.", "North Yorkshire"),
])
def test_words_of_longer_names_are_not_places(ex, text, not_a_place):
    rec = ex.extract(text)
    assert not_a_place not in {a["name"] for a in rec["areas"]} or all(
        a["mentions"] == [] for a in rec["areas"] if a["name"] == not_a_place)


@pytest.mark.parametrize("text, names", [
    ("Officers in the central division dealt with 137 cases and the west division 101.",
     ["central division", "west division"]),
    ("The Hastings, Rother and Wealden command unit made 300 arrests.", ["Hastings, Rother and Wealden"]),
])
def test_places_below_council_level(ex, text, names):
    rec = ex.extract(text)
    by_id = {a["id"]: a for a in rec["areas"]}
    assert [by_id[s["area"]]["name"] for s in rec["statistics"]] == names
    assert all(by_id[s["area"]]["type"] == "sub_area" for s in rec["statistics"])


def test_a_description_of_command_units_is_no_place(ex):
    rec = ex.extract("Kent's arrests are split across its four Basic Command Units.")
    assert "Basic" not in {a["name"] for a in rec["areas"]}


def test_between_two_consecutive_years_frames_an_undated_story_in_financial_years():
    got = dict(periods("Over 4,100 offenders were managed between 2018 and 2019. Last year, 827 were dealt with "
                       "in the area, a rise of 73 per cent since 2010."))
    assert got["Last year"] == "2018-04-01/2019-03-31"


def test_at_that_point_is_the_day_named_before_not_the_month():
    got = dict(periods("There were 1,500 offenders at the end of March 2021, up from 1,400 the year before. "
                       "Their number has grown since March. There were also 12 other offenders at that point."))
    assert got["that point"] == "2021-03-31"


def test_that_time_is_the_period_named_last():
    got = dict(periods("In March 2020 there were 40 cases. At that time, 12 were open.", None))
    assert got["that time"] == "2020-03"


@pytest.mark.parametrize("text, name, kind", [
    ("About 18.4% of pensioners in her Ashfield Vale constituency live alone.", "Ashfield Vale", "other"),
    ("Figures uncovered by Hollins and Brook MP, Jo Platt, show 30% of children are poor.", "Hollins and Brook", "other"),
    ("Turnout in Oakley North and Low Hill ward was 21%.", "Oakley North and Low Hill", "sub_area"),
    ("Leeds's Central ward saw the fewest voters, 9%.", "Central", "sub_area"),
])
def test_constituencies_and_wards(ex, text, name, kind):
    rec = ex.extract(text)
    by_id = {a["id"]: a for a in rec["areas"]}
    area = by_id[rec["statistics"][0]["area"]]
    assert (area["name"], area["type"], area["code"]) == (name, kind, None)


@pytest.mark.parametrize("text", [
    "The Labour MP said 40 jobs would go.",
    "A comment by Maria Eagle MP on 40 cases.",
    "Mr Platt's constituency has 5,020 poor children.",
])
def test_people_and_parties_before_mp_are_no_constituency(ex, text):
    assert ex.extract(text)["areas"] == []


def test_a_preposition_is_not_part_of_a_ward_name(ex):
    assert [a["name"] for a in ex.extract("In Hodge Vale ward, turnout was 19%.")["areas"]] == ["Hodge Vale"]


def _period_of(ex, text, number):
    rec = ex.extract(text)
    values = {p["id"]: p["value"] for p in rec["periods"]}
    stat = next(s for s in rec["statistics"] if s["number"]["text"] == number)
    return values.get(stat["period"])


@pytest.mark.parametrize("text, number, period", [
    # a compared figure keeps its own period after a participle
    ("Arrests reached 230, up from the 204 recorded the previous June in 2020.", "204", None),
    ("Visitor spending grew 9% from the £610 million benchmark set in 2015.", "610 million", "2015"),
    ("Fly-tipping fell 3% from 1.2 million reported in 2021-22.", "1.2 million", "2021-04-01/2022-03-31"),
    # a change is never dated by the target it is measured against
    ("Recycling rose 6% in 2023, beating the 2025 target of 50%.", "6", "2023"),
    ("Output grew by 12% from 2016, passing its 2030 goal early.", "12", None),
])
def test_compared_figures_and_targets(ex, text, number, period):
    got = _period_of(ex, text, number)
    if period is None:
        assert got not in ("2025", "2030")  # never the target's year
    else:
        assert got == period


@pytest.mark.parametrize("text", [
    "The 2025 target is 50% recycling.",
    "Councils missed their 2020 targets.",
    "The 2030 net zero ambition was restated.",
])
def test_a_year_that_names_a_target_is_a_deadline(text):
    from extractor.components.periods import is_deadline
    p = find_periods(text)[0]
    assert is_deadline(text, p.start, p.end)


@pytest.mark.parametrize("text", [
    "In 2025 the target was met.",         # the year dates the sentence; 'target' is not next to it
    "Figures for 2023 show 50% recycling.",
])
def test_years_next_to_other_words_are_not_targets(text):
    from extractor.components.periods import is_deadline
    p = find_periods(text)[0]
    assert not is_deadline(text, p.start, p.end)


@pytest.mark.parametrize("text, gone", [
    ("The Leeds Housing Plan 2016 – 2020 set out 4,000 homes.", ["2016 – 2020", "2020"]),
    ("Under Vision 2030, the city wants 10,000 jobs.", ["2030"]),
    ("The Sexual Offences Act 2003 covers 312 offenders here.", ["2003"]),
])
def test_years_in_titles_of_plans_and_acts_are_not_periods(text, gone):
    found = [s for s, _ in periods(text)]
    assert not set(gone) & set(found)


def test_a_lower_case_plan_year_is_still_a_period():
    assert ("2020", "2020") in periods("The council's plan for 2020 was to build 300 homes.")


def test_without_a_publication_date_a_comparison_base_does_not_fix_the_year():
    # "compared to 368 in 2005" is a past baseline: "the last year" stays unresolved
    text = ("Some 489 offenders are on the register, compared to 368 in 2005. "
            "In the last year, 18 breached their conditions.")
    assert ("the last year", None) in periods(text)


def test_without_a_publication_date_a_framing_year_still_fixes_it():
    text = "Figures for 2019 show 412 burglaries. Last year, 18 people were charged."
    assert ("Last year", "2018") in periods(text)


@pytest.mark.parametrize("phrase", ["In the last year", "Over the past year", "In the past financial year"])
def test_without_a_publication_date_the_twelve_months_to_now_are_unknown(phrase):
    # "the last year" is the twelve months up to publication: a year named in the text does not
    # say when they end (FORMAT: resolve only where the text fixes it)
    text = f"Figures for 2019 show 412 burglaries. {phrase}, 18 people were charged."
    assert (phrase.split(" ", 1)[1], None) in periods(text) or (phrase, None) in periods(text)


def test_a_back_reference_to_a_period_of_unknown_year_stays_unknown():
    # "the month before" means April's month before; April's year is not known, nor is March's,
    # and the target "by March 2026" must not be taken instead
    text = ("The target is 78% by March 2026. In April, 60% were seen within four hours. "
            "It was in line with the month before.")
    assert ("the month before", None) in periods(text)


def test_the_same_time_in_a_year_is_a_baseline_not_the_story_period(ex):
    text = ("About 2.1 million people attended A&E last month, 8% higher than the same time in 2022.\n\n"
            "Some 1,400 patients waited more than 12 hours.")
    assert _period_of(ex, text, "1,400") is None


def test_a_period_inside_a_quotation_does_not_become_the_story_period(ex):
    text = ("Some 25% of children in the borough live in poverty.\n\n"
            "The MP said: “Poverty fell sharply between 2001 and 2011 when 900,000 children were lifted out.”\n\n"
            "The borough has 12 food banks.")
    assert _period_of(ex, text, "25") is None
    assert _period_of(ex, text, "12") is None


def test_a_narrative_period_still_becomes_the_story_period(ex):
    text = ("There were 412 burglaries in the borough in 2022-23, police figures show.\n\n"
            "The borough has 12 officers on the burglary squad.")
    assert _period_of(ex, text, "412") == "2022-04-01/2023-03-31"


def _area_named(ex, text, number):
    rec = ex.extract(text)
    names = {a["id"]: a["name"] for a in rec["areas"]}
    stat = next(s for s in rec["statistics"] if s["number"]["text"] == number)
    return names.get(stat["area"])


def test_a_trust_is_named_by_its_fullest_mention(ex):
    text = ("Half of patients at Exeter Hospitals Trust waited over four hours.\n\n"
            "At Royal Devon University Hospitals Exeter NHS Trust, 1,412 patients were seen.")
    assert _area_named(ex, text, "1,412") == "Royal Devon University Hospitals Exeter NHS Trust"


@pytest.mark.parametrize("text, number, area", [
    ("The highest rate was in Rushcliffe in Nottinghamshire (41.2%).", "41.2", "Rushcliffe"),
    ("Rates were lowest in Mendip in Somerset, at 12%.", "12", "Mendip"),
    ("Wealden, in East Sussex, had 310 empty homes.", "310", "Wealden"),
])
def test_a_place_located_in_a_bigger_one_keeps_the_figure(ex, text, number, area):
    assert _area_named(ex, text, number) == area


def test_two_places_joined_by_and_are_not_a_location(ex):
    # near-miss: "Rushcliffe and Nottinghamshire" is two areas, not one located in the other
    text = "There were 412 cases in Rushcliffe and Nottinghamshire combined."
    assert _area_named(ex, text, "412") is None


@pytest.mark.parametrize("text, number", [
    ("Fly-tipping rose in Kirklees last year.\n\nThe charity contacted 140 councils for the data.", "140"),
    ("Exclusions rose in Lancashire.\n\nA total of 17 authorities saw exclusions double.", "17"),
    ("Turnout fell in Sefton.\n\nIn 38 wards, fewer than one in five voted.", "38"),
])
def test_a_count_of_places_takes_no_story_area(ex, text, number):
    assert _area_named(ex, text, number) is None


def test_a_count_of_places_keeps_a_place_in_its_own_sentence(ex):
    text = "Obesity rose in Hartlepool.\n\nThere are 44 local authorities in England where a third are obese."
    assert _area_named(ex, text, "44") == "England"


def test_a_count_of_other_things_still_takes_the_story_area(ex):
    # near-miss: "council houses" is not a count of councils
    text = "Housing waits grew in Kirklees last year.\n\nThe authority built 140 council houses."
    assert _area_named(ex, text, "140") == "Kirklees"


@pytest.mark.parametrize("text, published, surface, value", [
    ("The cabinet met on Thursday, February 21, to set the budget.", "2020-03-01", "February 21", "2019-02-21"),
    ("The cabinet met on Friday, February 21, to set the budget.", "2020-03-01", "February 21", "2020-02-21"),
    ("A report next week (Monday, October 24) sets out the figures.", "2022-10-19", "October 24", "2022-10-24"),
    # near-miss: no weekday, the latest such day by the publication date
    ("The cabinet met on February 21 to set the budget.", "2020-03-01", "February 21", "2020-02-21"),
])
def test_a_weekday_fixes_the_year_of_a_date(text, published, surface, value):
    assert (surface, value) in periods(text, published)


def test_the_festive_period_is_the_span_the_text_names():
    text = ("Arrests over Christmas fell. The campaign ran between December 3 2018 and January 2 2019. "
            "Over the festive period 61 drivers were caught, against 70 for the festive period the previous year.")
    found = periods(text)
    assert ("Christmas", "2018-12-03/2019-01-02") in found
    assert ("the festive period the previous year", "2017-12-03/2018-01-02") in found


def test_without_a_named_span_the_festive_period_is_the_latest_december():
    assert ("the festive period", "2021-12") in periods("Arrests fell over the festive period.", "2022-01-10")
    assert ("the Christmas period last year", "2020-12") in periods(
        "Arrests fell from the Christmas period last year.", "2022-01-10")


def test_a_span_ending_in_the_new_year_sets_the_reference_by_its_end():
    # no publication date: the named span ends in January 2016, so "Christmas" is Christmas 2015
    text = "Checks ran from December 1, 2015 to January 4, 2016. Over Christmas 40 drivers were caught."
    assert ("Christmas", "2015-12-01/2016-01-04") in periods(text)


def test_a_period_opening_the_next_clause_is_not_this_figures(ex):
    text = "In May 2019 the queue was 8,204, and in May 2020 was 6,910."
    assert _period_of(ex, text, "8,204") == "2019-05"
    assert _period_of(ex, text, "6,910") == "2020-05"


def test_a_period_right_after_a_figure_still_dates_it(ex):
    # near-miss: no clause break between the figure and its period
    assert _period_of(ex, "The queue was 8,204 in May 2020, the trust said.", "8,204") == "2020-05"


def test_a_meeting_day_named_with_its_weekday_is_not_the_story_period(ex):
    text = ("Councillors voted at a meeting on Tuesday, February 19, to raise council tax.\n\n"
            "Some 62% of homes are in bands A to C.")
    assert _period_of(ex, text, "62") is None


def test_a_snapshot_day_is_still_the_story_period(ex):
    text = ("The population was counted on 21 March 2021, census day.\n\n"
            "There were 192,700 residents, up 11%.\n\nSome 4,100 were students.")
    assert _period_of(ex, text, "4,100") == "2021-03-21"


@pytest.mark.parametrize("text, name", [
    ("NORTH Yorkshire has been ranked in the top 10 per cent of councils.", "North Yorkshire"),
    ("WEST Mercia recorded 1,405 offenders.", "West Mercia"),
])
def test_a_lede_that_capitalises_its_first_word_still_names_the_place(ex, text, name):
    assert name in [a["name"] for a in ex.extract(text)["areas"]]


def test_places_inside_commissioning_groups_names_are_not_areas(ex):
    text = ("The trust works with the Ipswich and East Suffolk and North East Essex Clinical Commissioning "
            "Groups on 14 projects.")
    names = [a["name"] for a in ex.extract(text)["areas"]]
    assert "East Suffolk" not in names and "North East" not in names


@pytest.mark.parametrize("text, gone", [
    ("The reasons were (1) cost and (2) time.", ["1", "2"]),  # list labels
])
def test_bracketed_list_labels_are_not_statistics(text, gone):
    assert not {n for n, _, _ in _stats(text)} & set(gone)


def test_a_bracketed_decimal_is_a_figure_not_a_label():
    assert ("4.5", "count", None) in _stats("Average waits (4.5) were the lowest in the region.")


def test_the_measure_of_a_rate_with_its_base_before_is_the_thing_named(ex):
    rec = ex.extract("Burglaries per 1,000 homes (14.2) were highest in Leeds.")
    assert rec["statistics"][0]["measure"].lower().startswith("burglaries per 1,000")


def test_a_possessive_before_rate_is_not_the_measure(ex):
    rec = ex.extract("Norfolk's rate stands at 145 in 100,000 people.")
    assert not rec["statistics"][0]["measure"].startswith("s ")


def test_a_bullet_takes_the_period_of_the_bullet_before(ex):
    text = ("The figures show:\n\n• in 2022 there were 4,100 thefts, up 9%;\n\n"
            "• shoplifting rose by 14%, to about 900;\n\n• 35 arrests followed.")
    assert _period_of(ex, text, "14") == "2022"
    assert _period_of(ex, text, "35") == "2022"


def test_a_plain_paragraph_does_not_take_the_previous_paragraphs_period_as_a_bullet(ex):
    # near-miss: not a list, so the bullet rule does not apply (the story period may)
    text = "In 2022 there were 4,100 thefts in the town.\n\nShoplifting is a worry for 35 traders."
    rec = ex.extract(text)
    stat = next(s for s in rec["statistics"] if s["number"]["text"] == "35")
    assert stat["links"]["period"] != "period.previous_bullet"


def test_a_figure_after_which_saw_takes_that_period(ex):
    text = "Journeys have dropped by 16 per cent since 2018-19, which saw 4.3 billion trips taken."
    assert _period_of(ex, text, "4.3 billion") == "2018-04-01/2019-03-31"


def test_a_health_trust_can_be_the_story_area(ex):
    text = ("At the Wessex Coast Hospitals NHS Trust, 78 per cent of patients were seen within four hours.\n\n"
            "There were 14,200 attendances at the trust's emergency departments.\n\n"
            "The trust said 312 patients waited more than 12 hours.")
    assert _area_named(ex, text, "312") == "Wessex Coast Hospitals NHS Trust"


def test_a_lower_case_trust_without_one_named_is_no_area(ex):
    # near-miss: "the trust" with no health body named before it refers to nothing
    rec = ex.extract("The trust said 312 patients waited more than 12 hours in Leeds.")
    assert all(a["type"] != "other" for a in rec["areas"])


@pytest.mark.parametrize("text, number, area", [
    ("Kent had the highest rate at 150 per 100,000 - the figure was 2,400 while Essex had 1,900.", "2,400", "Kent"),
    ("Surrey had 1,100, a rate of 93, and Sussex had 1,300 and a rate of 88.", "93", "Surrey"),
    ("Surrey had 1,100, a rate of 93, and Sussex had 1,300 and a rate of 88.", "1,300", "Sussex"),
])
def test_a_place_opening_the_next_clause_is_not_this_figures(ex, text, number, area):
    assert _area_named(ex, text, number) == area


def test_a_figure_before_its_place_still_takes_it(ex):
    # near-miss: "141 in Gwent, 163 in Dyfed-Powys": the place after, with no clause of its own
    text = "There were 141 in Gwent, 163 in Dyfed-Powys and 170 in North Wales."
    assert _area_named(ex, text, "163") == "Dyfed-Powys"


def test_the_area_holding_the_others_named_is_the_story_area(ex):
    text = ("Burglaries in Mansfield, Ashfield and the rest of Nottinghamshire went up last year.\n\n"
            "There were 5,210 burglaries in 2023, police said.")
    assert _area_named(ex, text, "5,210") == "Nottinghamshire"


def test_places_in_different_forces_stay_a_round_up(ex):
    # near-miss: Mansfield is not in Kent, so no one place holds the others
    text = ("Burglaries in Mansfield, Ashfield and Kent went up last year.\n\n"
            "There were 5,210 burglaries in 2023, police said.")
    assert _area_named(ex, text, "5,210") is None


def test_a_plan_year_does_not_fix_the_reference_year():
    text = ("There were 2,340 burglaries in 2023-24. The council will spend £1.2m on patrols in 2024-25. "
            "Burglaries fell by 12 per cent last year.")
    assert ("last year", "2023-04-01/2024-03-31") in periods(text)


def test_the_place_of_an_average_compared_with_is_not_the_figures(ex):
    text = ("Burglaries in Leicester rose to 2,340 last year.\n\n"
            "That is a rate of 632 per 100,000 people, still above the England average of 410.")
    assert _area_named(ex, text, "632") == "Leicester"
    assert _area_named(ex, text, "410") == "England"


@pytest.mark.parametrize("text, gone, kept", [
    ("Anyone with information should call Leicestershire Police on 101.", "101", None),
    ("Ring 999 in an emergency, or dial 111 for advice.", "999", None),
    ("Police made 101 arrests last year.", None, "101"),          # near-miss: a count
    ("Some 111 people were treated on 101 wards.", None, "101"),  # near-miss: 'on' alone
])
def test_service_numbers_to_call_are_not_statistics(text, gone, kept):
    found = {n for n, _, _ in _stats(text)}
    if gone:
        assert gone not in found
    if kept:
        assert kept in found


def test_the_same_period_means_the_figures_period_not_the_baseline():
    text = ("Knife crime rose by 20% in 2023 compared with the previous year. "
            "There was also a 9% increase in robberies during the same period.")
    assert ("the same period", "2023") in periods(text)


def test_that_time_still_means_the_period_named_last():
    # near-miss: a plain back-reference keeps pointing at the last period, baseline or not
    text = "There were 144 offenders at the end of March 2021. At that time 12 were in prison."
    assert ("that time", "2021-03-31") in periods(text)


@pytest.mark.parametrize("text, surface, value", [
    ("Crime rose 27% in the 12 months to September 2018. In the last year, burglary fell.",
     "the last year", "2017-10-01/2018-09-30"),
    ("Between July 2017 and June 2018 delays fell. They beat the target in one of the past 12 months.",
     "the past 12 months", "2017-07-01/2018-06-30"),
])
def test_a_rolling_year_after_a_named_twelve_month_span_is_that_span(text, surface, value):
    assert (surface, value) in periods(text, "2018-10-20")


def test_a_rolling_year_after_a_financial_year_is_not_that_year():
    # near-miss: after a financial year, "the past year" is relative to publication as before
    text = "Journeys rose in 2022-23. Fares fell in the past year."
    assert ("the past year", "2022-04-01/2023-03-31") not in periods(text, "2024-11-28")


def test_a_period_naming_a_publication_is_not_a_baseline(ex):
    text = ("There are 94 offenders for every 100,000 people in Kent.\n\n"
            "The figures, from the 2015-16 MAPPA Annual Report, show 1,500 offenders in the county.\n\n"
            "Some 73 were recalled to prison.")
    assert _period_of(ex, text, "73") == "2015-04-01/2016-03-31"


def test_a_figure_from_a_period_is_still_a_baseline(ex):
    # near-miss: "up from 1,200 in 2015-16" compares, it names no publication
    text = "Offenders rose to 1,500 in 2016-17, up from 1,200 in 2015-16 figures."
    assert _period_of(ex, text, "1,500") == "2016-04-01/2017-03-31"


def test_a_baseline_before_a_sentence_about_figures_stays_a_baseline(ex):
    # "than in 2013. Figures released ..." : the next sentence's "Figures" names no publication
    text = ("Arrests over Christmas were 21 per cent lower than in 2013. Figures released by the force "
            "show 85 arrests.")
    assert _period_of(ex, text, "21") != "2013"


@pytest.mark.parametrize("text", [
    ("Breaches rose in Kent, figures for England and Wales show.\n\nOffenders breached their conditions "
     "more than 2,100 times in 2022-23 – 58 of the breaches were recorded in Kent."),
    ("Breaches rose in Kent, figures for England and Wales show.\n\nOffenders breached their conditions "
     "2,100 times in 2022-23. Fifty-eight of those breaches were recorded in Kent."),
])
def test_the_whole_a_local_part_belongs_to_is_not_the_local_area(ex, text):
    assert _area_named(ex, text, "2,100") == "England and Wales"


def test_a_figure_followed_by_an_unrelated_of_the_phrase_keeps_the_story_area(ex):
    # near-miss: "of the" with no place after it names no local part
    text = "Burglaries rose in Kent.\n\nPolice recorded 2,100 burglaries, and 58 of them were solved."
    assert _area_named(ex, text, "2,100") == "Kent"


def test_his_constituency_is_the_constituency_the_story_names(ex):
    text = ("A Leeds MP is angry that one in four children in his constituency live in poverty.\n\n"
            "Alex Sobel said 24.1% of children in his Leeds North West constituency were poor.\n\n"
            "Poverty has risen 3 percentage points in the constituency since 2015.")
    assert _area_named(ex, text, "one in four") == "Leeds North West"
    assert _area_named(ex, text, "3") == "Leeds North West"


def test_the_constituency_without_one_named_is_not_invented(ex):
    # near-miss: no constituency named anywhere: the story's place, not a made-up unit
    text = "Poverty in Leeds has risen.\n\nPoverty has risen 3 percentage points in the constituency since 2015."
    assert _area_named(ex, text, "3") == "Leeds"


@pytest.mark.parametrize("text, published, kind", [
    ("Police recorded 917 offences in the year to March.", "2022-11-22", "relative"),
    ("Crime rose by 27% in the 12 months to September.", "2018-12-01", "relative"),
    ("Police recorded 917 offences in the year to March 2022.", None, "range"),  # names its year
    ("Crime rose by 27% in the 12 months to September 2018.", None, "range"),
])
def test_the_year_to_a_month_is_relative_unless_it_names_its_year(text, published, kind):
    p = next(p for p in find_periods(text, published) if "to" in text[p.start:p.end])
    assert p.kind == kind
