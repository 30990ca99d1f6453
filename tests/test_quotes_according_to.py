"""'According to X, “...”': the speaker named before the comma, for a whole quotation and for a quoted
fragment ('According to council leader Jane Smith, the cuts are “unavoidable”'), and a fragment with
the attribution after it ('The cuts are “unavoidable”, according to Jane Smith'). A document ("the
notes", "the figures") is no speaker. Sentences written for these tests."""
import pytest


def quotes(ex, text):
    return [(q["span"]["text"], (q.get("speaker") or {}).get("name"), (q.get("speaker") or {}).get("description"),
             bool(q.get("partial"))) for q in ex.extract(text)["quotes"]]


@pytest.mark.parametrize("text, body, name", [
    ('Rents rose again. According to Mr Hill, "nothing has changed in ten years".', "nothing has changed in ten years", "Hill"),
    ('According to Mr Hill, "Nothing has changed."', "Nothing has changed.", "Hill"),
    ('According to Tom Hill, chairman of the residents association, "people are fed up and want action".',
     "people are fed up and want action", "Tom Hill"),
    ("according to Dr Asha Patel, “waits are the longest I have seen”.", "waits are the longest I have seen", "Asha Patel"),
])
def test_according_to_before_a_quotation(ex, text, body, name):
    found = quotes(ex, text)
    assert [(b, n) for b, n, _d, _p in found] == [(body, name)]


@pytest.mark.parametrize("text, body, name, description", [
    ('According to council leader Jane Smith, the cuts are "unavoidable".', "unavoidable", "Jane Smith", None),
    ('According to the council, the cuts were "unavoidable".', "unavoidable", None, "council"),
    ('The cuts are "unavoidable", according to Jane Smith.', "unavoidable", "Jane Smith", None),
    ('The cuts are "unavoidable", according to a council spokesman.', "unavoidable", None, "council spokesman"),
])
def test_according_to_around_a_fragment(ex, text, body, name, description):
    assert quotes(ex, text) == [(body, name, description, True)]


@pytest.mark.parametrize("text", [
    'According to the notes, they refused offers of "suitable" housing.',
    'According to the figures, rents rose by a "worrying" amount.',
])
def test_a_document_is_no_speaker(ex, text):
    assert all(n is None and d is None for _b, n, d, _p in quotes(ex, text))


def test_a_title_after_according_to_is_no_quotation(ex):
    assert quotes(ex, 'He read "War and Peace", according to his wife.') == []


def test_a_document_before_a_quotation_is_no_speaker(ex):
    assert quotes(ex, 'According to the notes, “we are doing well”.')[0][1:3] == (None, None)


def test_a_cue_after_the_quotation_wins_over_according_to(ex):
    found = quotes(ex, 'According to the report, “the service is failing”, said Jane Smith.')
    assert found[0][1] == "Jane Smith"

