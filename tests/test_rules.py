"""The rule loader: every pattern file has one shape, checked at load time; mistakes name the
file and line. And every number's decision keeps its rule id (--explain)."""
import json

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.components.numbers import Decision, find_statistics, number_rules
from extractor.rules import RuleFileError, load_rules, shared_lexicons

GOOD_RULE = {"id": "demo.percent", "component": "demo", "family": "accept", "pattern": "^\\s*{percent_unit}",
             "lexicons": ["percent_unit"], "guards": ["digits"], "resolve": "stat", "confidence": 0.9}


def _load(rules, **kw):
    text = json.dumps({"component": "demo", "rules": rules}, indent=1)
    return load_rules("demo.json", component="demo", guards={"digits"}, resolvers={"stat"}, text=text, **kw)


def test_a_good_file_loads_and_expands_its_lexicons():
    rs = _load([GOOD_RULE])
    rule = rs["demo.percent"]
    assert rule.pattern.search(" per cent") and rule.pattern.search("%") and not rule.pattern.search(" people")
    assert rule.line == 5  # the line of its id in the file


@pytest.mark.parametrize("change, message", [
    ({"colour": "red"}, "Additional properties are not allowed ('colour'"),
    ({"lexicons": ["percent_unit", "no_such_words"]}, "unknown lexicon 'no_such_words'"),
    ({"lexicons": []}, "pattern uses {percent_unit}, which is not in its lexicons"),
    ({"guards": ["after_lunch"]}, "unknown guard 'after_lunch'"),
    ({"resolve": "guess"}, "unknown resolver 'guess'"),
    ({"pattern": "{NUMBER} per"}, "unknown fragment {NUMBER}"),
    ({"pattern": "(unclosed"}, "does not compile"),
    ({"id": "NoDots"}, "does not match"),
    ({"component": "other"}, "component 'other', expected 'demo'"),
])
def test_mistakes_fail_at_load_time_with_file_and_line(change, message):
    with pytest.raises(RuleFileError) as err:
        _load([{**GOOD_RULE, **change}])
    assert message in str(err.value)
    assert str(err.value).startswith("demo.json:")


def test_duplicate_ids_fail():
    with pytest.raises(RuleFileError, match="duplicate id"):
        _load([GOOD_RULE, GOOD_RULE])


def test_every_pattern_file_has_the_one_shape():
    from importlib import resources

    from extractor.rules import validate_file
    names = [p.name for p in resources.files("extractor.patterns").iterdir() if p.name.endswith(".json")]
    assert len(names) >= 8
    for name in names:
        data = validate_file(name)
        assert data["component"]


def test_every_shipped_pattern_file_loads():
    assert {"months", "number_words", "cue_verbs", "titles", "qualifier_almost"} <= set(shared_lexicons())
    rules = number_rules()
    ids = [r.id for r in rules.rules]
    assert len(ids) == len(set(ids)) and ids[-1] == "count.default"
    assert all(r.resolve for r in rules.rules)


@pytest.mark.parametrize("text, surface, decision, rule", [
    ("There were 1,405 offenders.", "1,405", "accepted", "count.default"),
    ("It rose by 12 per cent.", "12", "accepted", "percentage.unit"),
    ("They were managed at Level 2.", "2", "rejected", "not.label"),
    ("Those aged 18 were excluded.", "18", "rejected", "not.age_before"),
    ("He served 30 months in prison.", "30", "rejected", "not.duration"),
    ("Rates per 100,000 are shown below.", "100,000", "rejected", "not.rate_base"),
])
def test_every_number_keeps_the_rule_that_decided_it(text, surface, decision, rule):
    decisions: list[Decision] = []
    find_statistics(text, decisions=decisions)
    d = next(d for d in decisions if d.text.strip() == surface)
    assert (d.decision, d.rule) == (decision, rule)


def test_extract_explain_prints_each_number_and_its_rule(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("In 2019 there were 1,405 offenders at Level 2.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "--explain"])
    assert result.exit_code == 0
    assert "'1,405'" in result.output and "count.default" in result.output
    assert "blocked.period" in result.output and "not.label" in result.output
