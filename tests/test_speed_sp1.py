"""The speed-ups of helper sp1 change no result: each cheap test before a pattern is true whenever
the pattern can match, and a pretested search returns what the plain search returns."""
from __future__ import annotations

import random

import pytest

from extractor import audit, link, measure

_ALPHABET = "abcde xyz  ABC,.;:()'’-\t\n\u00a0\x1c0123"


def _random_texts(n: int, seed: int, length: int = 40) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, length))) for _ in range(n)]


@pytest.mark.parametrize("phrase", [
    "offences recorded recorded", "crimes crimes", "(cases cases)", "the the", "arrests made made.",
    "people living living in London", "abc\u00a0abc", "x abcd abcd, more",
])
def test_repeated_word_test_passes_every_repeat(phrase):
    assert measure._REPEATED_WORD.search(phrase)
    assert measure._may_repeat_a_word(phrase)


@pytest.mark.parametrize("phrase", ["offences recorded", "recorded offences", "an an", "crime rates"])
def test_repeated_word_test_rules_out_phrases_without_one(phrase):
    assert not measure._REPEATED_WORD.search(phrase)


def test_repeated_word_test_is_never_false_when_the_pattern_matches():
    rng = random.Random(7)
    words = ["abc", "abcd", "bcd", "cab", "ab", "x"]
    seps = [" ", "  ", "\t", "\n", "\u00a0", "\x1c", ", ", ".", "-", "'", "(", ")"]
    for _ in range(20_000):
        phrase = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 6)))
        if measure._REPEATED_WORD.search(phrase):
            assert measure._may_repeat_a_word(phrase), phrase


_PRETESTED = [
    (measure._FROM_BEFORE_SEARCH, measure._FROM_BEFORE),
    (measure._PROPORTION_AT_SEARCH, measure._PROPORTION_AT),
    (measure._PASSED_SEARCH, measure._PASSED),
    (measure._OF_THE_GROUP_SEARCH, measure._OF_THE_GROUP),
    (measure._SHARE_VERB_SEARCH, measure._SHARE_VERB),
    (measure._VERB_BEFORE_SEARCH, measure._VERB_BEFORE),
    (measure._QUANTITY_OF_SEARCH, measure._QUANTITY_OF),
    (measure._CONTINUES_SEARCH, measure._CONTINUES),
    (measure._AT_COMPLEMENT_SEARCH, measure._AT_COMPLEMENT),
    (measure._NUMBER_OF_SEARCH, measure._NUMBER_OF),
    (audit._UP_SEARCH, audit._UP),
    (audit._NOT_LEVEL_BEFORE_SEARCH, audit._NOT_LEVEL_BEFORE),
    (audit._SHARE_WORDS_SEARCH, audit._SHARE_WORDS),
    (link._NUMBER_RUN_SEARCH, link._NUMBER_RUN),
    (link._BASE_LEVEL_SEARCH, link._BASE_LEVEL),
    (measure._AND_OBJECT_BY_SEARCH, measure._AND_OBJECT_BY),
]

_WINDOWS = [
    "Crime in the county rose from ", "up from ", "the proportion of pupils who passed was ", "which was more than ",
    "The number of burglaries in Kent rose to ", "a total of ", "Of those, the share was just ", "accounting for ",
    "the figure stood at ", "compared with ", "an increase of ", "12 14 16", "4.1% 5.2% 6", "the previous level of ",
    "households were up 12 per cent on ", "made up ", "the waiting list at the trust stood at around ",
    "officers arrested ", "The total number of cases passed ", "", "of", "The rate rose, followed by ",
    "cut spending on lighting by ", ", and road maintenance by about £", "and it by ",
]


@pytest.mark.parametrize("pretested,pattern", _PRETESTED)
def test_pretested_search_returns_the_forward_match(pretested, pattern):
    for w in _WINDOWS + _random_texts(300, 3):
        fwd, pre = pattern.search(w), pretested(w)
        assert (fwd is None) == (pre is None), (pattern.pattern[:40], w)
        if fwd is not None:
            assert fwd.span() == pre.span() and fwd.groups() == pre.groups()
        fwd2, pre2 = pattern.search(w, 2, max(2, len(w) - 1)), pretested(w, 2, max(2, len(w) - 1))
        assert (fwd2 is None) == (pre2 is None)


def test_change_subject_needs_its_whole_pattern_at_the_end():
    back = measure._NEEDED_END[id(measure._CHANGE_SUBJECT)]
    for clause in ["The number of offenders has risen by ", "thefts soared ", "rose by ", ", fell by about ",
                   "Crime in Leeds fell", "Burglaries have also increased by more than £"] + _random_texts(300, 5):
        assert (back.search(clause) is None) == (measure._CHANGE_SUBJECT.search(clause) is None), clause


@pytest.mark.parametrize("rule_id", ["period.publication_time", "area.none_national_target"])
def test_pretested_link_rule_returns_the_forward_match(rule_id):
    pattern = link._link_rules()[rule_id].pattern
    for w in ["figures published on ", "data released in ", "The target was for ", "the national target is for ",
              "statistics which are expected to be published in "] + _random_texts(300, 9):
        fwd, pre = pattern.search(w), link._rule_search(rule_id)(w)
        assert (fwd is None) == (pre is None), w
        if fwd is not None:
            assert fwd.span() == pre.span()


@pytest.mark.parametrize("clause", [
    "The council cut spending on street lighting by ", "It has REDUCED its budget by about £", "slashing fees by ",
    "trimmed the grant by ", "lowered rents by ", "Increased council tax by ", "raising charges by ", "boosted pay by ",
    "the council cuts the budget by ",
])
def test_object_by_needs_one_of_its_verbs(clause):
    assert measure._OBJECT_BY.search(clause)
    assert measure.may_say(clause, measure._OBJECT_BY_VERBS)


@pytest.mark.parametrize("clause", ["spending on street lighting fell by ", "grew by ", "the budget went up by "])
def test_object_by_without_its_verbs_is_not_read(clause):
    assert not measure.may_say(clause, measure._OBJECT_BY_VERBS)
    assert not measure._OBJECT_BY.search(clause)


@pytest.mark.parametrize("paragraph", [
    "Nationally, the number rose.", "the national average of 12%", "across the country", "NATIONWIDE figures",
    "the country as a whole", "National figures show a rise", "below the national rate",
])
def test_national_needs_one_of_its_words(paragraph):
    assert link._NATIONAL.search(paragraph)
    assert link.may_say(paragraph, link._NATIONAL_WORDS)


@pytest.mark.parametrize("paragraph", ["Crime in Kent rose by 12%.", "the regional average", "across the county"])
def test_paragraph_without_national_words_is_not_read(paragraph):
    assert not link.may_say(paragraph, link._NATIONAL_WORDS)
    assert not link._NATIONAL.search(paragraph)


@pytest.mark.parametrize("before", [
    "crime outside ", "excluding the ", "EXCEPT ", "apart from ", "aside from the ", "other than ",
    "not including ", "not counting ",
])
def test_outside_needs_one_of_its_words(before):
    assert link._OUTSIDE.search(before)
    assert link.may_say(before, link._OUTSIDE_WORDS)


def test_sentence_spans_keep_their_label():
    from extractor.api import load
    doc = load().nlp("Crime rose. Arrests fell by 12 per cent.\nNext line")
    assert [s.label_ for s in doc.spans["sentences"]] == ["sentence"] * 3
    assert [s.text for s in doc.spans["sentences"]] == ["Crime rose.", "Arrests fell by 12 per cent.", "Next line"]
