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
from .regexes import HOLD_UP_TO, Pattern, compiled
try:  # (Python's own parser of the same syntax, for window_heads: without it, no pattern is pre-tested)
    from re import _constants as _sre
    from re import _parser as _sre_parser
except ImportError:  # pragma: no cover - a Python without them
    _sre = _sre_parser = None


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
TIMEOUT_FROM = HOLD_UP_TO  # (20,000: the length up to which regexes.Pattern holds the GIL)


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
def rx(pattern: str, flags: int = 0) -> Pattern:
    """``pattern`` compiled once per process (a dict lookup afterwards).

    Module-level ``regex.search(pattern, ...)`` re-derives the flags and looks the pattern up in
    the module's cache on every call, which cost ~12% of the run time on real articles. Only for
    fixed patterns (source text and lexicon words): a pattern built from document text would
    grow the cache without bound.

    >>> rx(r"\\d+").search("page 12").group()
    '12'
    """
    return compiled(pattern, flags)


#: what can make a pattern backtrack differently searched right to left: an atomic group, a
#: possessive quantifier
_ONE_WAY = compiled(r"\(\?>|[*+?}]\+")


def backward_search(pattern: Pattern):
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
    backward = compiled(pattern.pattern, pattern.flags | regex.REVERSE)
    if not ends_at_end(pattern):
        return backward.search
    search, match = backward.search, backward.match

    def at_end(string, pos=None, endpos=None, *rest, **kwargs):
        # (pos and endpos named, tested with plain ifs: this runs for most numbers, several times)
        if not rest and not kwargs and (pos is None or pos.__class__ is int and pos >= 0):
            if endpos is None:
                end = len(string)
            elif endpos.__class__ is int and endpos >= 0:
                end = endpos if endpos < len(string) else len(string)
            else:
                return search(string, pos, endpos)
            if (end == 0 or string[end - 1] != "\n") and (pos is None or pos <= end):
                return match(string, pos, endpos)
        return search(string, pos, endpos, *rest, **kwargs)
    return at_end


#: what makes "$" other than the end of the text, or a pattern hard to split into its alternatives
_NOT_PLAIN_END = compiled(r"\(\?[a-zA-Z\-]*[mxw]|\[\^?\]")


def ends_at_end(pattern: Pattern) -> bool:
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


def pretested(pattern: Pattern):
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

_REF = compiled(r"\{([A-Za-z][A-Za-z0-9_]*)\}")


@dataclass(frozen=True)
class Rule:
    """One rule record, its pattern compiled."""

    id: str
    component: str
    family: str
    pattern: Pattern
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
PLAIN_WORDS = compiled(r"[a-z]+(?: [a-z]+)*")


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
            pattern = compiled(source, flags)
        except regex.error as exc:
            raise RuleFileError(f"{where}: the pattern does not compile: {exc}") from None
        rules.append(Rule(id=rec["id"], component=component, family=rec["family"], pattern=pattern,
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


# --- what a pattern's match can open (or end) with: an exact pre-test of a fixed window --------

#: how many characters of a window :func:`window_heads` and :func:`window_tails` read
HEAD_CHARS = 4
#: what the pre-test reads no further than: a pattern using anything else gives no pre-test
_HEAD_PATTERN_FLAGS = regex.IGNORECASE | regex.UNICODE | regex.VERSION0 | regex.DOTALL


def window_heads(pattern: Pattern, *, matched: bool = False):
    """What every match of ``pattern`` opens with, when each of its matches opens at the start of
    the window (every alternative opens with a non-multi-line "^"; or, ``matched``, the caller
    tries it there alone: ``pattern.match(window)``): a frozenset of paths, each a
    tuple of up to :data:`HEAD_CHARS` sets of the ASCII characters its first characters may be, and
    whether the match may end there (True) or goes on (False); None when that is not plainly so.
    See :func:`could_open`: a window whose first characters no path takes cannot match.

    Worked out from the pattern's syntax tree (Python's own parser of the same syntax; a pattern it
    reads otherwise or not at all, a flag, a back-reference, a POSIX class: None), each
    character set by ``regex`` itself (each ASCII character tried against the set, compiled with
    the case-blindness in force there). Zero-width tests (lookarounds, "\\b", "$") are taken to
    pass, and repeats as the strings they may take: the paths hold every way a match can open, and
    maybe more (which only makes the test pass more often).

    >>> sorted((len(sets), may_end) for sets, may_end in window_heads(rx(r"^\\s?(?:pence|p)\\b", regex.I)))
    [(1, True), (2, True), (4, False), (4, False)]
    >>> heads = window_heads(rx(r"^\\s?pence", regex.I))
    >>> window_heads(rx(r"pence")), could_open(heads, window_key(" Pence")), could_open(heads, window_key(" x"))
    (None, True, False)
    """
    tree = None if pattern.flags & regex.REVERSE else _syntax_tree(pattern)  # (a backward match ends at the end)
    if tree is None or not (matched or _opens_at_start(tree)):
        return None
    try:
        return frozenset(_paths(tree, HEAD_CHARS, bool(pattern.flags & regex.IGNORECASE), False))
    except _NoPaths:
        return None


def window_tails(pattern: Pattern):
    """:func:`window_heads` read from the end: the paths of a pattern's last characters (the last
    one first), when every match ends where the window does (:func:`ends_at_end`; a window ending
    with a newline, before which "$" matches too, is not pre-tested: see :func:`window_key`).

    >>> tails = window_tails(rx(r"\\bper\\s+$", regex.I))
    >>> could_open(tails, window_key("rose per ", tail=True)), could_open(tails, window_key("rose by ", tail=True))
    (True, False)
    """
    tree = _syntax_tree(pattern)
    if tree is None or not ends_at_end(pattern):
        return None
    try:
        return frozenset(_paths(tree, HEAD_CHARS, bool(pattern.flags & regex.IGNORECASE), True))
    except _NoPaths:
        return None


def window_key(window: str, *, tail: bool = False) -> str | None:
    """The characters of ``window`` that :func:`could_open` reads (its first :data:`HEAD_CHARS`; with
    ``tail``, its last ones, the last first), or None where the pre-test must not be made: a
    character outside ASCII among them (a case-blind set may take it for a letter of its own: "ſ"
    for "s"), or, with ``tail``, a window ending with a newline (where "$" also matches before it)."""
    key = window[:-HEAD_CHARS - 1:-1] if tail else window[:HEAD_CHARS]
    if not key.isascii() or tail and key[:1] == "\n":
        return None
    return key


def could_open(paths, key: str | None) -> bool:
    """Whether a pattern with ``paths`` (:func:`window_heads`, :func:`window_tails`) may match a window
    with :func:`window_key` ``key``: False only when no path takes the key's characters (the pattern
    cannot match that window: its search returns None); always True for a None key or paths."""
    if paths is None or key is None:
        return True
    for sets, may_end in paths:
        if len(sets) > len(key) or not may_end and len(sets) < len(key):
            continue
        for ch, chars in zip(key, sets):
            if ch not in chars:
                break
        else:
            return True
    return False


class WindowTests:
    """:func:`could_open` for many patterns at once: ``mask(key)`` has bit ``i`` set unless the
    ``i``-th paths (None: no pre-test, always set) rule out a window with :func:`window_key` ``key``.

    The same answer as ``could_open(paths[i], key)`` for each ``i`` (see the tests), from a few
    integer ANDs: every path of every pattern is a bit; for each place in the key and character,
    the paths that take it there (or have ended before it); a path is open when it takes each of
    the key's characters and is no longer than the key."""

    def __init__(self, all_paths) -> None:
        self.always, self.pattern_bits = 0, []
        self.ended = [0] * (HEAD_CHARS + 1)  # (by length: the paths at most that long)
        self.at = [{} for _ in range(HEAD_CHARS)]  # (by place: character -> the paths that take it there)
        self.short = [0] * HEAD_CHARS  # (by place: the paths that end before it)
        by_set = [{} for _ in range(HEAD_CHARS)]  # (by place: a set of characters -> the paths that take it there)
        bit = 1
        for i, paths in enumerate(all_paths):
            if paths is None:
                self.always |= 1 << i
                self.pattern_bits.append(0)
                continue
            mine = 0
            for sets, _may_end in paths:
                mine |= bit
                for length in range(len(sets), HEAD_CHARS + 1):
                    self.ended[length] |= bit
                for place in range(HEAD_CHARS):
                    if place >= len(sets):
                        self.short[place] |= bit
                    else:
                        by_set[place][sets[place]] = by_set[place].get(sets[place], 0) | bit
                bit <<= 1
            self.pattern_bits.append(mine)
        for place, sets in enumerate(by_set):  # (few distinct sets: each character's paths gathered from them)
            at = self.at[place]
            for chars, bits in sets.items():
                for ch in chars:
                    at[ch] = at.get(ch, 0) | bits
        self.all = (1 << len(self.pattern_bits)) - 1

    def mask(self, key: str | None) -> int:
        if key is None:
            return self.all
        open_paths = self.ended[len(key)]
        for place, ch in enumerate(key):
            open_paths &= self.short[place] | self.at[place].get(ch, 0)
        out = self.always
        for i, mine in enumerate(self.pattern_bits):
            if open_paths & mine:
                out |= 1 << i
        return out


class _NoPaths(Exception):
    """Raised inside :func:`_paths` for a node it does not read."""


#: inline flags the pre-test does not read (ASCII, locale, Unicode, full case-folding)
_ODD_FLAGS = compiled(r"\(\?[a-zA-Z\-]*[aLuf]")


def _syntax_tree(pattern: Pattern):
    """``pattern``'s tree by Python's parser (``re._parser``), or None: for a flag other than case-
    blindness and DOTALL (which only widens "."), or syntax ``re`` may read otherwise than ``regex``
    (a POSIX class "[:", a multi-line or verbose group, a set opening on "]")."""
    import re
    import warnings
    source = pattern.pattern
    if _sre_parser is None:
        return None
    if pattern.flags & regex.REVERSE and source.startswith("(?r)"):
        source = source[4:]  # (matched right to left: the same strings match, which is all the paths read)
    if pattern.flags & ~(_HEAD_PATTERN_FLAGS | regex.REVERSE) or "[:" in source or _NOT_PLAIN_END.search(source) \
            or _ODD_FLAGS.search(source):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return _sre_parser.parse(source, re.UNICODE)
    except (re.error, RecursionError, OverflowError):
        return None


def _opens_at_start(items) -> bool:
    """Whether every way through ``items`` passes "^" (not multi-line) or "\\A" before any character."""
    k = _sre
    for op, av in items:
        if op is k.AT and av in (k.AT_BEGINNING, k.AT_BEGINNING_STRING):
            return True
        if op is k.AT or op in (k.ASSERT, k.ASSERT_NOT):
            continue
        if op is k.SUBPATTERN:
            return _opens_at_start(av[-1])
        if op is k.ATOMIC_GROUP:
            return _opens_at_start(av)
        if op is k.BRANCH:
            return all(_opens_at_start(alt) for alt in av[1])
        return False
    return False


@lru_cache(maxsize=4096)
def _ascii_set(source: str, ignorecase: bool) -> frozenset:
    """The ASCII characters the one-character pattern ``source`` matches (per ``regex``)."""
    one = compiled(source, regex.IGNORECASE if ignorecase else 0)
    return frozenset(ch for ch in map(chr, range(128)) if one.fullmatch(ch))


@lru_cache(maxsize=4096)
def _literal_set(code: int, ignorecase: bool) -> frozenset:
    """:func:`_ascii_set` of one literal character (by its code)."""
    return _ascii_set("\\U%08x" % code, ignorecase)


def _char_source(op, av) -> str:
    """The pattern of one character node (a literal, a negated literal, a set) for :func:`_ascii_set`."""
    k = _sre
    if op is k.LITERAL:
        return "\\U%08x" % av
    if op is k.NOT_LITERAL:
        return "[^\\U%08x]" % av
    categories = {k.CATEGORY_DIGIT: "\\d", k.CATEGORY_NOT_DIGIT: "\\D", k.CATEGORY_SPACE: "\\s",
                  k.CATEGORY_NOT_SPACE: "\\S", k.CATEGORY_WORD: "\\w", k.CATEGORY_NOT_WORD: "\\W"}
    parts = []
    for item_op, item in av:
        if item_op is k.NEGATE:
            parts.insert(0, "^")
        elif item_op is k.LITERAL:
            parts.append("\\U%08x" % item)
        elif item_op is k.RANGE:
            parts.append("\\U%08x-\\U%08x" % item)
        elif item_op is k.CATEGORY and item in categories:
            parts.append(categories[item])
        else:
            raise _NoPaths(item_op)
    return "[" + "".join(parts) + "]"


def _paths(items, n: int, ignorecase: bool, backwards: bool) -> set:
    """The paths (see :func:`window_heads`) of the sequence ``items`` over its first ``n`` characters
    (``backwards``: its last ones, the last first). A path shorter than ``n`` that may end is a whole
    match of the sequence; one of ``n`` sets is where it may go on."""
    items = getattr(items, "data", items)  # (the parser's list itself: its wrapper reads slowly)
    literal = _sre.LITERAL
    if all(op is literal for op, _ in items):  # (a word of a lexicon: the commonest sequence, read at once)
        codes = [code for _, code in (reversed(items) if backwards else items)][:n]
        return {(tuple(_literal_set(code, ignorecase) for code in codes), len(items) < n)}
    done, going_on = {((), True)}, True
    for node in (reversed(items) if backwards else items):
        if not going_on:
            return done  # (every path has its n characters: the rest cannot change them)
        grown, of_node, going_on = set(), {}, False  # (the node's paths by how many characters are left: each worked out once)
        for sets, may_end in done:
            if not may_end:  # (a path that may not end has its n characters)
                grown.add((sets, False))
                continue
            left = n - len(sets)
            if left not in of_node:
                of_node[left] = _node_paths(node, left, ignorecase, backwards)
            for more, more_end in of_node[left]:
                whole = sets + more
                end = more_end and len(whole) < n
                grown.add((whole, end))
                going_on = going_on or end
        done = grown
    return done


def _node_paths(node, n: int, ignorecase: bool, backwards: bool) -> set:
    k = _sre
    op, av = node
    if op is k.LITERAL:
        return {((_literal_set(av, ignorecase),), True)}
    if op in (k.NOT_LITERAL, k.IN):
        return {((_ascii_set(_char_source(op, av), ignorecase),), True)}
    if op is k.ANY:
        return {((frozenset(map(chr, range(128))),), True)}
    if op is k.AT or op in (k.ASSERT, k.ASSERT_NOT):
        return {((), True)}  # (zero-width: taken to pass)
    if op is k.SUBPATTERN:
        _group, add, remove, sub = av
        case = (ignorecase or bool(add & k.SRE_FLAG_IGNORECASE)) and not remove & k.SRE_FLAG_IGNORECASE
        if (add | remove) & ~(k.SRE_FLAG_IGNORECASE | k.SRE_FLAG_DOTALL):
            raise _NoPaths(op)
        return _paths(sub, n, case, backwards)
    if op is k.ATOMIC_GROUP:  # (matches a subset of what the group matches)
        return _paths(av, n, ignorecase, backwards)
    if op is k.BRANCH:
        out = set()
        for alt in av[1]:
            out |= _paths(alt, n, ignorecase, backwards)
        return out
    if op in (k.MAX_REPEAT, k.MIN_REPEAT, k.POSSESSIVE_REPEAT):
        least, most, sub = av
        once = _paths(sub, n, ignorecase, backwards)
        out, done = set(), {((), True)}
        # after ``least`` turns, n + 1 more add no opening that fewer turns do not
        for turn in range(min(most, least + n + 1) + 1):
            out |= {p for p in done if not p[1] or turn >= least}
            if turn == most or not any(end for _, end in done):
                break
            grown = set()
            for sets, may_end in done:
                if not may_end:
                    continue
                for more, more_end in once:
                    whole = (sets + more)[:n]
                    grown.add((whole, more_end and len(sets) + len(more) < n))
            done = grown
        return out
    raise _NoPaths(op)
