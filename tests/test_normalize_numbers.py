import pytest

from extractor.normalize.numbers import is_power_of_ten, parse_number


@pytest.mark.parametrize("surface,value", [
    ("1,405", 1405), ("57.45", 57.45), ("100,000", 100000), ("0", 0),
    ("2.2 million", 2200000), ("£1.2million", 1200000), ("£700,000", 700000), ("£3bn", 3000000000),
    ("1.2m", 1200000), ("100k", 100000), ("100\u2009000", 100000),
    ("four", 4), ("twenty-one", 21), ("Fifty-two", 52), ("three hundred", 300), ("two million", 2000000),
    ("half", 0.5), ("a third", 0.333), ("a quarter", 0.25), ("two-thirds", 0.667), ("three-quarters", 0.75),
])
def test_parse_number_values(surface, value):
    assert parse_number(surface) == pytest.approx(value)


@pytest.mark.parametrize("surface", ["", "many", "dozens", "£"])
def test_parse_number_rejects_non_numbers(surface):
    assert parse_number(surface) is None


@pytest.mark.parametrize("value,expected", [(100, True), (1000, True), (100000, True), (799, False), (10.5, False), (1, False)])
def test_rate_bases_are_powers_of_ten(value, expected):
    assert is_power_of_ten(value) is expected
