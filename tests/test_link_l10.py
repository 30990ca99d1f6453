"""Link defaults changed in round 5 (l10) of statistic -> period / area linking, after measuring every link rule on
the pooled gold of the earlier blind sets and dev: a standard or an obligation sets no period; a fire and rescue
service that holds figures is a place like a force or council; a region after a superlative is the ranking's scope;
a contrast clause's place before a figure is that clause's; the far side of "comparing A with B" is a baseline; a
rolling "past year" stands for the release's own twelve months. Phrasings written for these tests: each family
with phrasings that must link one way and near-misses that must not."""
import pytest

from record_finding import link_of


# --- a service standard and what a body must do take no period from outside the sentence ---

@pytest.mark.parametrize("text,number", [
    ("Ambulance handovers took longer in May 2024, figures show.\n\nThe national standard is for 90% of handovers "
     "to happen within 30 minutes.", "90"),
    ("Diagnostic waits grew in April 2024.\n\nThe standard is 1% of patients waiting six weeks or more.", "1"),
    ("Planners missed the housing test in 2023/24.\n\nThe council has been told it must identify land for "
     "15% more homes.", "15"),
    ("School budgets were set in March 2024.\n\nEach academy must hold back 4% of its budget for repairs.", "4"),
])
def test_standard_or_obligation_sets_no_period(ex, text, number):
    assert link_of(ex, text, number)[2] is None


@pytest.mark.parametrize("text,number,period", [
    # near-misses: a standard met in a named period, a share of a standard achieved, an epistemic "must"
    ("Ambulance handovers took longer in May 2024.\n\nThe standard was met for 71% of handovers.", "71", "2024-05"),
    ("Diagnostic waits grew in April 2024.\n\nIn April 2024 the standard of 1% was missed.", "1", "2024-04"),
    ("Crime rose in 2023.\n\nThere must have been 400 more burglaries than reported.", "400", "2023"),
    ("Crime rose in 2023.\n\nThe force recorded 1,250 burglaries.", "1,250", "2023"),
])
def test_standard_near_misses_keep_period(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- a fire and rescue service that attends or records incidents holds its figures: its place ---

@pytest.mark.parametrize("text,number,area", [
    ("Call-outs fell last year.\n\nIncidents attended by Dorset Fire and Rescue Service dropped by 8 per cent "
     "in 2023/24.", "8", "Dorset"),
    ("Call-outs fell last year.\n\nKent Fire and Rescue Service attended 17,400 incidents in 2023/24.", "17,400",
     "Kent"),
    ("Call-outs fell last year.\n\nThe Devon County Fire Service recorded 950 chimney fires in 2023/24.\n\n"
     "Of those, 120 were in holiday lets.", "120", "Devon"),
])
def test_fire_service_holding_figures_is_a_place(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number", [
    # near-misses: a service that only speaks, or whose name stands beside no figure of its sentence
    ("Nationally, fires fell by 4% in 2023/24, a spokesperson for Surrey Fire and Rescue Service said.", "4"),
    ("Surrey Fire and Rescue Service urged residents to test alarms.\n\nNationally, 240 people died in fires in "
     "2023/24.", "240"),
])
def test_fire_service_that_only_speaks_is_no_place(ex, text, number):
    assert link_of(ex, text, number)[1] != "Surrey"


# --- a region after a superlative is the ranking's scope: the figure is the place named before it ---

@pytest.mark.parametrize("text,number,area", [
    ("Stoke-on-Trent has the highest rate for the West Midlands of 7.1 per cent.", "7.1", "Stoke-on-Trent"),
    ("Bradford remains the hardest hit area of Yorkshire and The Humber, with 5.9 per cent out of work.", "5.9",
     "Bradford"),
    ("Blackpool recorded the largest rise in the North West, at 14 per cent.", "14", "Blackpool"),
])
def test_region_after_superlative_is_scope(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number,area", [
    # near-misses: a region that holds the figure itself, or a region named with no place before it
    ("The claimant rate in the West Midlands was 4.8 per cent.", "4.8", "West Midlands"),
    ("The highest rate was in the North East, at 6.2 per cent.", "6.2", "North East"),
])
def test_region_holding_figure_kept(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


# --- a place before a contrast clause ("whereas", "but", "while") is that clause's ---

@pytest.mark.parametrize("text,number,area", [
    ("Cambridge has the most cyclists of any city in England, where most adults ride weekly, whereas under 1 in 10 "
     "ride that often in Peterborough.", "1 in 10", "Peterborough"),
    ("Camden is where the most people rent privately, whereas only 15% do so in Bromley.", "15", "Bromley"),
    ("Rents in Leicester rose by 9%, but just 2% was seen in Plymouth.", "2", "Plymouth"),
])
def test_contrast_clause_takes_place_after(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


@pytest.mark.parametrize("text,number,area", [
    # near-misses: the figure of the first clause, and a contrast clause with no place of its own
    ("Rents in Leicester rose by 9%, but just 2% was seen in Plymouth.", "9", "Leicester"),
    ("In Leicester rents rose by 9% in 2023, while house prices fell by 3%.", "3", "Leicester"),
])
def test_contrast_clause_near_misses(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area


# --- "comparing A with B": B is the baseline, the figures are A's ---

@pytest.mark.parametrize("text,number,period", [
    ("Comparing March 2024 with March 2023 saw the biggest rise in rail fares in Scotland (4.9%).", "4.9",
     "2024-03"),
    ("Comparing 2023 to 2022, arrests in the county fell to 1,310.", "1,310", "2023"),
])
def test_comparing_with_is_baseline(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


@pytest.mark.parametrize("text,number,period", [
    # near-misses: each period attached to its own figure
    ("There were 1,310 arrests in 2023, compared with 1,450 in 2022.", "1,450", "2022"),
    ("Fares rose 4.9% in March 2024 and 3.1% in March 2023.", "3.1", "2023-03"),
])
def test_comparing_near_misses(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


# --- "in the past year" counted from publication stands for the release's own twelve months ---

@pytest.mark.parametrize("text,published,number,period", [
    ("Recorded crime in Kent has risen by 7 per cent in the past year, new figures show.\n\nThe force recorded "
     "152,000 crimes in the year to June 2024.", "2024-10-24", "7", "2023-07-01/2024-06-30"),
])
def test_rolling_year_is_release_year(ex, text, published, number, period):
    assert link_of(ex, text, number, published=published)[2] == period


@pytest.mark.parametrize("text,published,number,period", [
    # near-misses: no named release year (the rolling year stays), and a calendar year that is another period
    ("Recorded crime in Kent has risen by 7 per cent in the past year, new figures show.", "2024-10-24", "7",
     "2023-10-24/2024-10-24"),
])
def test_rolling_year_kept_without_release(ex, text, published, number, period):
    assert link_of(ex, text, number, published=published)[2] == period
