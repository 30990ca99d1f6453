"""A comparative inside the thing counted ("people waiting more than a year for treatment") does not
end the measure at its "than"; a comparative that leads to the figure itself ("rose by more than
[200]%") or that compares the figure with another time ("40 more burglaries than last year") does
not carry the measure past "than". Made-up sentences."""
import pytest


def measure_of(ex, text, number):
    return next(s["measure"] for s in ex.extract(text)["statistics"] if s["number"]["text"] == number)


@pytest.mark.parametrize("text, number, measure", [
    ("The number of people waiting more than a year for surgery rose to 4,500.", "4,500",
     "people waiting more than a year for surgery"),
    ("The number of patients waiting longer than four hours climbed to 2,310.", "2,310",
     "patients waiting longer than four hours"),
    ("The number of pupils missing more than a tenth of lessons fell to 880.", "880",
     "pupils missing more than a tenth of lessons"),
    ("Figures show 612 people waited longer than 12 hours in the emergency department.", "612",
     "people waited longer than 12 hours in the emergency department"),
])
def test_a_comparative_after_a_participle_stays_in_the_measure(ex, text, number, measure):
    assert measure_of(ex, text, number) == measure


def measure_of_span(ex, text, span):
    return next(s["measure"] for s in ex.extract(text)["statistics"] if s["span"]["text"] == span)


@pytest.mark.parametrize("text, number, bad", [
    ("There were 40 more burglaries than last year.", "40 more", "than"),          # the figure is the comparison
    ("Exclusions rose by more than 200% in two areas.", "more than 200%", "than"),  # the comparative leads to the figure
])
def test_near_misses_do_not_run_on_past_than(ex, text, number, bad):
    assert bad not in (measure_of_span(ex, text, number) or "")
