"""Load the declarative rule files shipped in ``extractor.patterns``.

Every JSON file there has one shape, checked against :data:`FILE_SCHEMA` when it is loaded::

    {"_doc": "...", "component": "numbers",
     "settings": {"name": scalar, ...},                 # optional
     "lexicons": {"name": ["alternative", ...], ...},   # optional; patterns/lexicon.json has only these
     "rules": [RULE, ...]}                              # optional

    RULE = {"id": "percentage.unit", "component": "numbers", "family": "accept",
            "pattern": "^\\s*(?:{percent_unit})", "lexicons": ["percent_unit"],
            "guards": ["digits"], "resolve": "stat", "confidence": 0.9,
            "kind": "percentage", "context": "right", "value": ..., "doc": "..."}

A pattern names a lexicon as ``{name}`` (lower case; it must be listed in the rule's
``lexicons`` and exist in ``patterns/lexicon.json`` or the file's own ``lexicons``) and a
fragment the component supplies as ``{NAME}`` (upper case: ``{NUMBER}``, ``{DATE}``). Guards and
resolvers are names from the component's registries. Anything unknown — a key, a lexicon, a
fragment, a guard, a resolver, a duplicate id, a pattern that does not compile — fails at load
time with the file and line (:class:`RuleFileError`). Patterns are compiled once, with the
``regex`` module, which supports per-call timeouts on untrusted text.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import regex


#: Every regular expression run over an unbounded stretch of the text of a long document (the
#: whole text, a sentence, a paragraph: pathological input can make these any length) gets this
#: budget (seconds): see :func:`timeout_for`. A match over a window of fixed width (at most a few
#: hundred characters either side of a number or a period: ``text[i - 40:i]``,
#: ``(text, max(0, i - 70), i)``) runs without it: those windows cannot grow with the input; the
#: document's time budget (``extractor.budget``) still bounds the loops that run them, and
#: ``benchmarks/adversarial.py`` checks the hostile inputs.
REGEX_TIMEOUT = 2.0
#: texts up to this many characters (a long news article is 10,000) are searched without the
#: per-call timeout (see :func:`timeout_for`)
TIMEOUT_FROM = 20_000


def timeout_for(text: str) -> float | None:
    """The per-call regex timeout for a search of ``text``: REGEX_TIMEOUT for a text longer than
    TIMEOUT_FROM characters, else None. ``text`` is the string the call searches: the whole
    document for a scan of it (or of a range of it given by ``pos``/``endpos``), else the slice
    searched (a sentence, a noun phrase), whose own length bounds what the call can cost.

    The timeout's bookkeeping is not free: ``regex`` reads the clock as it goes, which costs
    ~1.5 µs a call plus ~20 ns a character scanned, doubling the cost of a whole-text scan of an
    article. What it guards against needs length: ``regex`` itself stops the exponential
    backtracking of nested repeats (``(a+)+b``), and the worst a scan can do over a text of
    TIMEOUT_FROM characters is small: ``benchmarks/adversarial.py``'s ``short_*`` inputs, the
    hostile shapes cut to just under it, each take under a second through the whole pipeline;
    the document's time budget (``extractor.budget``) is checked between calls. Longer texts
    (reports, the adversarial inputs of hundreds of KB) keep the timeout on every call.

    >>> timeout_for("Crime rose by 5%"), timeout_for("x" * 60_000)
    (None, 2.0)
    """
    return REGEX_TIMEOUT if len(text) > TIMEOUT_FROM else None


def may_say(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` may hold one of ``words`` (lower case) in any case: the cheap substring test
    before a case-blind regex that needs one of them (True when a letter folds unlike str.lower:
    "ſ", "İ", which a case-blind pattern takes for "s", "i").

    >>> may_say("Rose FROM 12", ("from",)), may_say("rose to 12", ("from",))
    (True, False)
    """
    if "ſ" in text or "İ" in text:
        return True
    low = text.lower()
    return any(w in low for w in words)


def holds_any(text: str, words) -> bool:
    """``any(w in text for w in words)`` without a generator, ``text`` worked out once by the
    caller (an expression such as ``x.lower()`` inside the generator is worked out once a word).

    >>> holds_any("rose by 5%", ("fell", "rose")), holds_any("", ("a",))
    (True, False)
    """
    for w in words:
        if w in text:
            return True
    return False


@lru_cache(maxsize=None)
def rx(pattern: str, flags: int = 0) -> regex.Pattern:
    """``pattern`` compiled once per process (a dict lookup afterwards).

    Module-level ``regex.search(pattern, ...)`` re-derives the flags and looks the pattern up in
    the module's cache on every call, which cost ~12% of the run time on real articles. Only for
    fixed patterns (source text and lexicon words): a pattern built from document text would
    grow the cache without bound.

    >>> rx(r"\\d+").search("page 12").group()
    '12'
    """
    return regex.compile(pattern, flags)


#: what can make a pattern backtrack differently searched right to left: an atomic group, a
#: possessive quantifier
_ONE_WAY = regex.compile(r"\(\?>|[*+?}]\+")


def backward_search(pattern: regex.Pattern):
    """``pattern``'s search from the end of the text backwards, or None. It finds a match exactly
    when the forward search does (the same pattern matches the same stretches of text), but a
    pattern that must end where the text ends (a cue just before a figure, ``...$``) is ruled out
    from the end at once rather than tried from every word of the text: the cheap test of whether
    the forward search, whose match is the one used, is worth running. None for a pattern with an
    atomic group or a possessive quantifier, which may not find the same stretches backwards.

    A pattern every match of which ends where the text does (:func:`ends_at_end`) is tried there
    alone (a backward ``match``, anchored at the end), not also at every character before it,
    unless the text ends with a newline (before which "$" matches too) or the call passes more
    than ``pos`` and ``endpos``: the same match, as a backward search tries the end first.

    >>> bool(backward_search(rx(r"\\brose\\s+by\\s+$"))("Crime rose by ")), backward_search(rx(r"(?>a+)b"))
    (True, None)
    >>> bool(backward_search(rx(r"\\brose\\s+by\\s+$"))("Crime rose by 5")), bool(backward_search(rx(r"by$"))("by\\n"))
    (False, True)
    """
    if _ONE_WAY.search(pattern.pattern):
        return None
    backward = regex.compile(pattern.pattern, pattern.flags | regex.REVERSE)
    if not ends_at_end(pattern):
        return backward.search
    search, match = backward.search, backward.match

    def at_end(string, *args, **kwargs):
        if not kwargs and len(args) <= 2 and all(a is None or (a.__class__ is int and a >= 0) for a in args):
            end = len(string) if len(args) < 2 or args[1] is None else min(args[1], len(string))
            if (end == 0 or string[end - 1] != "\n") and (not args or args[0] is None or args[0] <= end):
                return match(string, *args)
        return search(string, *args, **kwargs)
    return at_end


#: what makes "$" other than the end of the text, or a pattern hard to split into its alternatives
_NOT_PLAIN_END = regex.compile(r"\(\?[a-zA-Z\-]*[mxw]|\[\^?\]")


def ends_at_end(pattern: regex.Pattern) -> bool:
    """Whether every match of ``pattern`` ends where the text (or ``endpos``) does, or just before
    a final newline: each of its alternatives at the top level ends with "$", which is not
    multi-line; False whenever that is not plainly so (verbose, version 1 sets, a class opening on
    "]").

    >>> ends_at_end(rx(r"\\bby\\s+$|(?:up|down)\\s*$")), ends_at_end(rx(r"by$|to")), ends_at_end(rx(r"US\\$"))
    (True, False, False)
    """
    source = pattern.pattern
    if pattern.flags & (regex.MULTILINE | regex.VERBOSE | regex.V1 | regex.WORD) or _NOT_PLAIN_END.search(source):
        return False
    alternatives, start, depth = [], 0, 0
    for i, ch, depth in syntax_chars(source):
        if ch == "|" and depth == 0:
            alternatives.append(source[start:i])
            start = i + 1
    alternatives.append(source[start:])
    # ("$" itself unescaped: an even number of backslashes before it)
    return depth == 0 and all(a.endswith("$") and (len(a) - 1 - len(a[:-1].rstrip("\\"))) % 2 == 0 for a in alternatives)


def syntax_chars(source: str, start: int = 0):
    """(index, character, depth) of each character of a pattern's ``source`` from ``start`` that is
    neither escaped nor inside a character class; depth: the groups open after it.

    >>> [(c, d) for _, c, d in syntax_chars(r"(a\\)[)(]|b)")]
    [('(', 1), ('a', 1), ('|', 1), ('b', 1), (')', 0)]
    """
    depth, in_class, i = 0, False, start
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        else:
            depth += (ch == "(") - (ch == ")")
            yield i, ch, depth
        i += 1


def group_end(source: str, i: int) -> int:
    """The index just after the group that opens at ``source[i]`` ("("), or -1.

    >>> group_end("x(a(b)[)]c)y", 1)
    11
    """
    return next((j + 1 for j, ch, depth in syntax_chars(source, i) if ch == ")" and depth == 0), -1)


def pretested(pattern: regex.Pattern):
    """``pattern.search``, run only when the pattern's backward search finds a match (see
    :func:`backward_search`: it finds one exactly when the forward search does).
    For a pattern that mostly misses and must end at the window's end (``...$``) or starts with a
    word list: the backward scan rules the miss out at a fraction of the forward scan's cost; a hit
    costs both, and its match is the forward search's, as before."""
    back, forward = backward_search(pattern), pattern.search
    if back is None:
        return forward

    def search(*args, **kwargs):
        return forward(*args, **kwargs) if back(*args, **kwargs) is not None else None
    return search


class RuleFileError(ValueError):
    """A pattern file is missing, malformed or has unknown keys."""


def read_text(name: str) -> str:
    """Text of one file in the installed ``extractor.patterns`` package."""
    try:
        return resources.files("extractor.patterns").joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:  # pragma: no cover - packaging error
        raise RuleFileError(f"pattern file {name!r} is not installed") from exc


FILE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["component"],
    "additionalProperties": False,
    "patternProperties": {"^_": {}},
    "properties": {
        "component": {"type": "string"},
        "settings": {"type": "object", "additionalProperties": {"type": ["string", "number", "boolean"]}},
        "lexicons": {"type": "object", "propertyNames": {"pattern": "^[a-z][a-z0-9_]*$"},
                     "additionalProperties": {"type": "array", "items": {"type": "string"}, "minItems": 1}},
        "rules": {"type": "array", "items": {"$ref": "#/$defs/rule"}},
    },
    "$defs": {"rule": {
        "type": "object",
        "required": ["id", "component", "family", "pattern"],
        "additionalProperties": False,
        "properties": {
            "id": {"type": "string", "pattern": "^[a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)+$"},
            "component": {"type": "string"},
            "family": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
            "pattern": {"type": "string"},
            "lexicons": {"type": "array", "items": {"type": "string"}},
            "guards": {"type": "array", "items": {"type": "string"}},
            "resolve": {"type": ["string", "null"]},
            "confidence": {"type": "number", "minimum": 0, "maximum": 1},
            "kind": {"type": "string"},
            "context": {"type": "string"},
            "value": {},
            "doc": {"type": "string"},
        },
    }},
}

_REF = regex.compile(r"\{([A-Za-z][A-Za-z0-9_]*)\}")


@dataclass(frozen=True)
class Rule:
    """One rule record, its pattern compiled."""

    id: str
    component: str
    family: str
    pattern: regex.Pattern
    source: str  # the pattern as written in the file
    lexicons: tuple[str, ...] = ()
    guards: tuple[str, ...] = ()
    resolve: str | None = None
    confidence: float = 1.0
    kind: str | None = None
    context: str | None = None
    value: Any = None
    file: str = ""
    line: int = 0


@dataclass(frozen=True)
class RuleSet:
    """The rules (in file order), settings and lexicons of one pattern file."""

    name: str
    rules: tuple[Rule, ...]
    settings: dict[str, Any]
    lexicons: dict[str, str]  # name -> alternation source

    def __getitem__(self, rule_id: str) -> Rule:
        index = self.__dict__.get("_index")
        if index is None:  # (an index by id, made on the first look-up: rules are read by id per number)
            index = {}
            for r in self.rules:
                index.setdefault(r.id, r)
            object.__setattr__(self, "_index", index)
        try:
            return index[rule_id]
        except KeyError:
            raise KeyError(f"{self.name}: no rule {rule_id!r}") from None

    def family(self, family: str) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.family == family)


def _line_of(raw: str, rule_id: str) -> int:
    at = raw.find(f'"id": "{rule_id}"')
    return raw.count("\n", 0, at) + 1 if at >= 0 else 0


def _validated(name: str, raw: str | None = None) -> tuple[dict, str]:
    import jsonschema

    raw = read_text(name) if raw is None else raw
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise RuleFileError(f"{name}:{exc.lineno}: {exc.msg}") from exc
    errors = sorted(jsonschema.Draft202012Validator(FILE_SCHEMA).iter_errors(data), key=lambda e: list(e.path))
    if errors:
        err = errors[0]
        path = list(err.path)
        line = 0
        if len(path) >= 2 and path[0] == "rules" and isinstance(path[1], int):
            line = _line_of(raw, str(data["rules"][path[1]].get("id")))
        where = "/".join(str(p) for p in path) or "top level"
        raise RuleFileError(f"{name}:{line}: {where}: {err.message}")
    return data, raw


def validate_file(name: str) -> dict:
    """One installed pattern file, checked against :data:`FILE_SCHEMA` (RuleFileError if not)."""
    return _validated(name)[0]


@lru_cache(maxsize=1)
def shared_lexicons() -> dict[str, tuple[str, ...]]:
    """The word lists of ``patterns/lexicon.json`` (months, number words, cue verbs, ...)."""
    data, _ = _validated("lexicon.json")
    return {k: tuple(v) for k, v in data.get("lexicons", {}).items()}


def lexicon(name: str) -> tuple[str, ...]:
    """One shared lexicon's entries (regular-expression alternatives)."""
    try:
        return shared_lexicons()[name]
    except KeyError:
        raise RuleFileError(f"lexicon.json: no lexicon {name!r}") from None


def alternation(entries) -> str:
    """Entries joined as one regular-expression alternation, in their order."""
    return "|".join(entries)


#: a lexicon entry of plain words (no pattern syntax): what :func:`letter_tree` takes
PLAIN_WORDS = regex.compile(r"[a-z]+(?: [a-z]+)*")


def letter_tree(words: list[str], *, prefixes: bool = False) -> str:
    """An alternation of plain ``words`` written as a tree of their letters ("add(?:ed|s)"): the same
    matches as :func:`alternation` when no word is another's first words, tried several times faster.
    ``prefixes``: match where any word begins (a word that another begins with ends its branch: what
    follows cannot matter to whether one of them is there).

    >>> letter_tree(["added", "adds", "said"]), letter_tree(["add", "added"], prefixes=True)
    ('(?:add(?:ed|s)|said)', 'add')
    """
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict) -> str:
        if prefixes and "" in node:
            return ""
        kids = [regex.escape(ch) + branch(node[ch]) for ch in sorted(k for k in node if k)]
        if not kids:
            return ""
        body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
        return f"(?:{body})?" if "" in node else body
    return branch(root)


def load_rules(name: str, *, component: str, fragments: dict[str, str] | None = None,
               guards=(), resolvers=(), flags: int = regex.IGNORECASE, text: str | None = None) -> RuleSet:
    """Load, check and compile one rule file (see the module docstring). ``guards`` and
    ``resolvers`` are the names the component can run; ``fragments`` its ``{NAME}`` pieces;
    ``text``: the file's content, when it is not one of the installed pattern files."""
    data, raw = _validated(name, text)
    if data["component"] != component:
        raise RuleFileError(f"{name}:1: component {data['component']!r}, expected {component!r}")
    local = {k: tuple(v) for k, v in data.get("lexicons", {}).items()}
    lexicons = {**shared_lexicons(), **local}
    fragments = fragments or {}
    rules, seen = [], set()
    for rec in data.get("rules", []):
        line = _line_of(raw, rec["id"])
        where = f"{name}:{line}: rule {rec['id']}"
        if rec["id"] in seen:
            raise RuleFileError(f"{where}: duplicate id")
        seen.add(rec["id"])
        if rec["component"] != component:
            raise RuleFileError(f"{where}: component {rec['component']!r}, expected {component!r}")
        listed = tuple(rec.get("lexicons", ()))
        for lex in listed:
            if lex not in lexicons:
                raise RuleFileError(f"{where}: unknown lexicon {lex!r}")
        for g in rec.get("guards", ()):
            if g not in guards:
                raise RuleFileError(f"{where}: unknown guard {g!r} (known: {', '.join(sorted(guards))})")
        if rec.get("resolve") is not None and rec["resolve"] not in resolvers:
            raise RuleFileError(f"{where}: unknown resolver {rec['resolve']!r} (known: {', '.join(sorted(resolvers))})")

        def expand(m, where=where, listed=listed):
            ref = m.group(1)
            if ref.isupper():
                if ref not in fragments:
                    raise RuleFileError(f"{where}: unknown fragment {{{ref}}}")
                return fragments[ref]
            if ref not in listed:
                raise RuleFileError(f"{where}: pattern uses {{{ref}}}, which is not in its lexicons")
            return "(?:" + alternation(lexicons[ref]) + ")"

        source = _REF.sub(expand, rec["pattern"])
        try:
            compiled = regex.compile(source, flags)
        except regex.error as exc:
            raise RuleFileError(f"{where}: the pattern does not compile: {exc}") from None
        rules.append(Rule(id=rec["id"], component=component, family=rec["family"], pattern=compiled,
                          source=rec["pattern"], lexicons=listed, guards=tuple(rec.get("guards", ())),
                          resolve=rec.get("resolve"), confidence=float(rec.get("confidence", 1.0)),
                          kind=rec.get("kind"), context=rec.get("context"), value=rec.get("value"),
                          file=name, line=line))
    return RuleSet(name=name, rules=tuple(rules), settings=dict(data.get("settings", {})),
                   lexicons={k: alternation(v) for k, v in local.items()})


@lru_cache(maxsize=None)
def load_csv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a CSV rule file as dicts (comment lines starting with # are skipped)."""
    lines = [ln for ln in read_text(name).splitlines() if ln.strip() and not ln.startswith("#")]
    return tuple(csv.DictReader(io.StringIO("\n".join(lines))))
