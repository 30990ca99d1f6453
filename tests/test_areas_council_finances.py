"""A council whose own money is named after it in its clause holds the figure, so it is the figure's place
(FORMAT: a force or council that holds a figure counts as a place): "if Worcestershire County Council is to
avoid a projected overspend of [£12.5m]", "services at Dorset Council are responsible for most of the
authority's [£10.1m] forecast overspend", "Dorset Council's [£10m] overspend". A story about the council's
budget then has its place. Near-misses: a council that only speaks, or whose possessive is no money.
Sentences written for these tests."""
import pytest

from record_finding import link_of


@pytest.mark.parametrize("text, number, area", [
    ("Officers must cut costs if Norfolk County Council is to avoid a projected overspend of £9.5m this year.",
     "9.5m", "Norfolk"),
    ("Children's services at Dorset Council are responsible for most of the authority's £10.1m forecast "
     "overspend.", "10.1m", "Dorset"),
    ("Two services explain most of Dorset Council's £10m overspend.", "10m", "Dorset"),
    ("Kent County Council is forecasting an overspend of £12.5m this year.", "12.5m", "Kent"),
    ("Kent County Council is forecasting an overspend of £12.5m this year.\n\nAdult social care accounts for "
     "£4.7m of it.", "4.7m", "Kent"),
    # near-misses: a council that only speaks; a possessive that is no money
    ("Kent County Council said 300 roads were repaired.", "300", None),
    ("Kent County Council's leader said 40 schools would close.", "40", None),
])
def test_a_council_holds_its_own_money(ex, text, number, area):
    assert link_of(ex, text, number)[1] == area
