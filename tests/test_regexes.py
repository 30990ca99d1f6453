"""``extractor.regexes``: every pattern of the extractor is a :class:`Pattern` whose calls hold
the GIL (``concurrent=False``) unless they carry a timeout or search a text longer than a news
article, and which otherwise answers exactly as the ``regex`` pattern it wraps."""
import ast
import pickle
from pathlib import Path

import pytest
import regex

from extractor.regexes import HOLD_UP_TO, Pattern, compiled
from extractor.rules import TIMEOUT_FROM

ROOT = Path(__file__).resolve().parent.parent

_PATTERNS = [
    (r"\b(?:rose|fell)\s+by\s+(?P<n>\d+(?:\.\d+)?)\s*(?:%|per\s+cent)", regex.I),
    (r"(?<=\b(?:in|across)\s+)[A-Z][a-z]+", 0),            # a variable-width look-behind: regex only
    (r"(?r)\d+", 0),                                        # a reverse search
    (r"^\s*(?P<what>[a-z ]+?)\s+(?:was|were)\s*$", 0),
    (r"", 0),
]
_TEXTS = [
    "Crime rose by 12% in Kent and fell by 3.5 per cent across Essex; ROSE BY 7 PER CENT in 2023.",
    "  the number of offenders was ",
    "",
    "x" * 300 + " rose by 5%",
]


def _same(a, b):
    if isinstance(a, regex.Match) or isinstance(b, regex.Match):
        return a is not None and b is not None and a.span() == b.span() and a.groupdict() == b.groupdict()
    return a == b


@pytest.mark.parametrize("source,flags", _PATTERNS)
@pytest.mark.parametrize("text", _TEXTS)
def test_every_method_answers_as_the_wrapped_pattern(source, flags, text):
    raw, ours = regex.compile(source, flags), compiled(source, flags)
    n = len(text)
    for pos, endpos in [(None, None), (3, None), (2, n - 4 if n > 8 else None), (0, 0)]:
        for name in ("search", "match", "fullmatch"):
            assert _same(getattr(ours, name)(text, pos, endpos), getattr(raw, name)(text, pos, endpos))
            assert _same(getattr(ours, name)(text, pos=pos, endpos=endpos, timeout=5.0),
                         getattr(raw, name)(text, pos, endpos))
        for overlapped in (False, True):
            assert [m.span() for m in ours.finditer(text, pos, endpos, overlapped=overlapped)] == \
                [m.span() for m in raw.finditer(text, pos, endpos, overlapped=overlapped)]
            assert ours.findall(text, pos, endpos, overlapped) == raw.findall(text, pos, endpos, overlapped)
    for count in (0, 1):
        assert ours.sub("<\\g<0>>", text, count=count) == raw.sub("<\\g<0>>", text, count=count)
        assert ours.subn(lambda m: m.group(0).upper(), text, count) == raw.subn(lambda m: m.group(0).upper(), text, count)
        assert ours.sub("", text, count=count, timeout=5.0) == raw.sub("", text, count=count)
    for maxsplit in (0, 1):
        assert ours.split(text, maxsplit=maxsplit) == raw.split(text, maxsplit=maxsplit)
    assert (ours.pattern, ours.flags, ours.groups, ours.groupindex) == (raw.pattern, raw.flags, raw.groups, raw.groupindex)


def test_a_timeout_still_stops_a_runaway_match():
    runaway = compiled(r"(?:x+x+)+y")
    with pytest.raises(TimeoutError):
        runaway.search("x" * 5000, timeout=0.05)
    with pytest.raises(TimeoutError):
        list(runaway.finditer("x" * 5000, timeout=0.05))
    with pytest.raises(TimeoutError):
        runaway.sub("", "x" * 5000, timeout=0.05)


class _Recorder:
    """Stands in for a compiled ``regex`` pattern: records the arguments of each call."""
    pattern, flags, groups, groupindex = "x", 0, 0, {}

    def __init__(self):
        self.calls = []
        for name in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"):
            setattr(self, name, lambda *args, _name=name: self.calls.append((_name, args)))


# regex's positional order: search/match/fullmatch(string, pos, endpos, concurrent, ...);
# finditer/findall(string, pos, endpos, overlapped, concurrent, ...); sub/subn(repl, string,
# count, pos, endpos, concurrent, ...); split(string, maxsplit, concurrent, ...)
_CONCURRENT_AT = {"search": 3, "match": 3, "fullmatch": 3, "finditer": 4, "findall": 4, "sub": 5, "subn": 5, "split": 2}


@pytest.mark.parametrize("name", sorted(_CONCURRENT_AT))
def test_calls_hold_the_gil_unless_they_have_a_timeout_or_a_long_text(name):
    rec = _Recorder()
    p = Pattern(rec)
    args = ("r", "text") if name in ("sub", "subn") else ("text",)
    getattr(p, name)(*args)
    getattr(p, name)(*args, timeout=2.0)
    long_args = args[:-1] + ("x" * (HOLD_UP_TO + 1),)
    getattr(p, name)(*long_args)
    getattr(p, name)(*(args[:-1] + ("x" * HOLD_UP_TO,)))
    (_, held), (_, timed), (_, long_text), (_, at_bound) = rec.calls
    assert held[_CONCURRENT_AT[name]] is False      # concurrent=False: no GIL hand-over while matching
    assert timed[_CONCURRENT_AT[name]] is None      # regex's default: a long search lets other threads run
    assert timed[-1] == 2.0
    assert long_text[_CONCURRENT_AT[name]] is None  # a string longer than a news article: as before
    assert at_bound[_CONCURRENT_AT[name]] is False


def test_patterns_pickle_compare_and_hash_as_their_source():
    p = compiled(r"\brose\s+by\b", regex.I)
    q = pickle.loads(pickle.dumps(p))
    assert isinstance(q, Pattern) and q == p and hash(q) == hash(p)
    assert q.search("Crime ROSE BY 5%").span() == (6, 13)
    assert p != compiled(r"\brose\s+by\b")


def test_a_match_knows_the_pattern_it_came_from():
    """Code comparing ``m.re`` must compare it with ``Pattern.compiled`` (the wrapped pattern)."""
    p = compiled(r"\d+")
    assert p.search("a 12").re is p.compiled


def test_the_package_compiles_every_pattern_through_regexes():
    """No module of the package calls ``regex.compile`` itself (its patterns would release the GIL
    on every match again), nor the module-level ``regex`` functions with a pattern string."""
    offenders = []
    for path in (ROOT / "extractor").rglob("*.py"):
        if path.name == "regexes.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "regex" \
                    and node.func.attr in ("compile", "search", "match", "fullmatch", "finditer", "findall",
                                           "sub", "subn", "split"):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} regex.{node.func.attr}")
    assert offenders == []


def test_the_gil_is_held_exactly_where_calls_have_no_timeout():
    """The two bounds are one: a text searched without a per-call timeout is one matched holding the GIL."""
    assert HOLD_UP_TO == TIMEOUT_FROM
