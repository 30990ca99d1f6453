"""When figures came out dates none of them, also when the body that put them out has a long name
("issued by the Health and Social Care Information Centre this week", "published by the Department for
Education yesterday") and the day follows it with no preposition. Such a day is then not the story's
period either: a story's first figures take the period its later figures are for. Near-misses: the
same day after a verb that is no release, or with the body as the subject. Sentences written for these
tests."""
import pytest

from record_finding import PUB, link_of  # noqa: F401


@pytest.mark.parametrize("text,number,period", [
    ("A report issued by the Health and Social Care Information Centre this week showed 3,100 patients "
     "waited more than four hours.", "3,100", None),
    ("Figures published by the Department for Education yesterday show 420 pupils were excluded.", "420", None),
    ("Data released by the Office for National Statistics on Thursday show 9,000 jobs went.", "9,000", None),
    ("Figures revealed by Public Health England last month show 71 cases of measles.", "71", None),
    # near-misses: the day the figures are about
    ("The Health and Social Care Information Centre counted 3,100 patients this week.", "3,100",
     "2024-07-15/2024-07-21"),
    ("Patients seen by the Royal Free and Whittington hospitals this week numbered 3,100.", "3,100",
     "2024-07-15/2024-07-21"),
    ("Figures published by the Department for Education show 420 pupils were excluded last month.", "420",
     "2024-06"),
])
def test_a_long_named_release_day_dates_nothing(ex, text, number, period):
    assert link_of(ex, text, number)[2] == period


def test_undated_the_release_day_does_not_hide_the_storys_period(ex):
    text = ("Ambulances reached more than three quarters of emergency calls within eight minutes, new figures "
            "show.\n\nA report issued by the Health and Social Care Information Centre this week showed the "
            "service reached 80 per cent of the most urgent calls within the target in 2013-14.")
    assert link_of(ex, text, "three quarters", published=None)[2] == "2013-04-01/2014-03-31"
    assert link_of(ex, text, "80", published=None)[2] == "2013-04-01/2014-03-31"
