"""A council or local authority named by its place, then located in a wider place ("South Kesteven district
council in Lincolnshire had the highest percentage ... at 55.5%", "South Lakeland local authority in Cumbria
collects the highest amount, at 449kg"): the council's place is an area (it was dropped as an
organisation's name) and holds the figure; the county only locates it. Near-miss: a council that only
speaks keeps no figure of its own. Sentences written for these tests."""
import pytest

from test_where_links import area_of


@pytest.mark.parametrize("text, number, area", [
    ("South Kesteven district council in Lincolnshire had the highest recycling rate, at 55.5%.", "55.5",
     "South Kesteven"),
    ("South Lakeland local authority in Cumbria collects the most rubbish, at 449kg per person.", "449",
     "South Lakeland"),
    ("Mid Devon council, in Devon, recorded 1,204 fly-tipping incidents.", "1,204", "Mid Devon"),
])
def test_a_council_located_in_a_wider_place_holds_the_figure(ex, text, number, area):
    assert area_of(ex, text, number) == area


def test_the_council_place_is_an_area(ex):
    names = [a["name"] for a in ex.extract("South Kesteven council in Lincolnshire had the highest rate.")["areas"]]
    assert "South Kesteven" in names
