"""A figure that ends its clause with nothing counted ("while Southfield Hospital managed [74%]") is
one more of what its sentence counted last, when that figure is of its kind and is no change. Near-misses:
a whole ("13 out of [317]"), a figure with a predicate of its own ("[222] stayed in hospital"), a list
told "respectively", and a figure of another kind. Sentences written for these tests."""
import pytest

from record_finding import measures


@pytest.mark.parametrize("text, first, then", [
    ("Northgate Hospital saw 71% of its A&E patients within four hours, while Southfield Hospital managed 74%.",
     "71", "74"),
    ("Ashby collected 210kg of household rubbish per person, while Oakham was lowest at 180kg per person.",
     "210", "180"),
    ("The force recorded 1,204 burglaries in 2023, with the total for 2022 put at 1,150.", "1,204", "1,150"),
    ("The club sold 2,300 season tickets, while its rivals managed 1,900.", "2,300", "1,900"),
    ("The scheme paid out £41,000 in grants in Leeds, but only £12,500 in Wakefield.", "41,000", "12,500"),
])
def test_an_elided_figure_counts_what_its_sentence_counted_last(ex, text, first, then):
    got = measures(ex, text, by="number")
    assert got[first] and got[then] == got[first]


@pytest.mark.parametrize("text, number, not_like", [
    ("Only nine of the 120 councils met the target, compared with 13 out of 317 in 2019.", "317", "13"),
    ("Of the 350 patients fit to leave, only 128 went home that day, meaning 222 stayed in hospital.", "222", "128"),
    ("Some 12 per cent of pupils were absent, with boys and girls at 13 per cent and 11 per cent respectively.",
     "11", "12"),
    ("The council spent £2.1m on repairs, while 340 roads were resurfaced.", "340", "2.1m"),
])
def test_near_misses_keep_their_own_measure(ex, text, number, not_like):
    got = measures(ex, text, by="number")
    assert got[number] != got[not_like]
