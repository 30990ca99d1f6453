"""Compiled regular expressions that match while holding the GIL: :func:`compiled`.

Every pattern of the extractor is a ``regex`` pattern (it has per-call timeouts, variable-width
look-behinds and reverse searches, which the standard ``re`` lacks). By default ``regex``
releases the GIL while it matches a ``str`` (its ``concurrent=None``), and a match that needs
memory for its backtracking stacks takes the GIL back for each allocation and releases it
again. For the extractor, which runs hundreds of short matches a document in one thread, that
is pure cost: under valgrind, ~9,000 GIL hand-overs a news article, ~4.5% of all the
instructions of a run (each hand-over also takes atomic operations on the GIL's mutex and
condition variable, dearer than their instruction count). Measured in one process, the same
documents alternating between the two settings in chunks of 32 (150 chunks each, twice):
holding the GIL ran 4.1% and 5.0% faster; instructions per document went from 43.4M to 42.7M.

:class:`Pattern` wraps a compiled pattern and passes ``concurrent=False`` to every call — the
GIL stays held — on a string of up to :data:`HOLD_UP_TO` characters (a news article, a sentence,
a window) without a ``timeout``. A call with a timeout, or on a longer string, keeps ``regex``'s
default: it searches a long text (see ``rules.timeout_for``) and may run for milliseconds or up
to its timeout, during which other threads (the HTTP service's event loop) should go on. The methods take the
arguments the extractor's code passes, by the names ``regex`` gives them, and hand them on by
position: a keyword argument costs ``regex`` more to parse than the call itself (passing
``timeout=`` by keyword doubles the cost of a short search).

Matches are ``regex`` Match objects, unchanged; ``compiled`` is the underlying pattern.
"""
from __future__ import annotations

from functools import lru_cache

import regex


#: the longest string a call without a timeout matches holding the GIL (the length from which
#: ``rules.timeout_for`` gives calls a timeout): a whole-text scan of a longer document (a report
#: of hundreds of KB) may take milliseconds, during which other threads should run, as before
HOLD_UP_TO = 20_000


def compiled(pattern: str, flags: int = 0) -> "Pattern":
    """``regex.compile(pattern, flags)``, wrapped so that its matches keep the GIL (see the module)."""
    return Pattern(regex.compile(pattern, flags))


@lru_cache(maxsize=512)
def cached(pattern: str, flags: int = 0) -> "Pattern":
    """:func:`compiled`, remembered for the last 512 patterns: for a pattern built from document
    text (an escaped name), which ``regex.search(pattern, ...)`` would look up in the ``regex``
    module's own cache (fixed patterns use ``rules.rx``, cached without a bound)."""
    return compiled(pattern, flags)


class Pattern:
    """A ``regex`` pattern whose calls hold the GIL unless they have a timeout."""

    __slots__ = ("compiled", "pattern", "flags", "groups", "groupindex", "_search", "_match",
                 "_fullmatch", "_finditer", "_findall", "_sub", "_subn", "_split")

    def __init__(self, compiled_pattern: regex.Pattern):
        self.compiled = p = compiled_pattern
        self.pattern, self.flags, self.groups, self.groupindex = p.pattern, p.flags, p.groups, p.groupindex
        self._search, self._match, self._fullmatch = p.search, p.match, p.fullmatch
        self._finditer, self._findall, self._sub, self._subn, self._split = p.finditer, p.findall, p.sub, p.subn, p.split

    # (regex's positional order: search/match/fullmatch(string, pos, endpos, concurrent, partial,
    # timeout); finditer(string, pos, endpos, overlapped, concurrent, partial, timeout);
    # findall(string, pos, endpos, overlapped, concurrent, timeout); sub/subn(repl, string, count,
    # pos, endpos, concurrent, timeout); split(string, maxsplit, concurrent, timeout). None as
    # concurrent is regex's default: the GIL released while matching.)

    def search(self, string, pos=None, endpos=None, timeout=None):
        if timeout is None and len(string) <= HOLD_UP_TO:
            return self._search(string, pos, endpos, False)
        return self._search(string, pos, endpos, None, False, timeout)

    def match(self, string, pos=None, endpos=None, timeout=None):
        if timeout is None and len(string) <= HOLD_UP_TO:
            return self._match(string, pos, endpos, False)
        return self._match(string, pos, endpos, None, False, timeout)

    def fullmatch(self, string, pos=None, endpos=None, timeout=None):
        if timeout is None and len(string) <= HOLD_UP_TO:
            return self._fullmatch(string, pos, endpos, False)
        return self._fullmatch(string, pos, endpos, None, False, timeout)

    def finditer(self, string, pos=None, endpos=None, overlapped=False, timeout=None):
        if timeout is None and len(string) <= HOLD_UP_TO:
            return self._finditer(string, pos, endpos, overlapped, False)
        return self._finditer(string, pos, endpos, overlapped, None, False, timeout)

    def findall(self, string, pos=None, endpos=None, overlapped=False, timeout=None):
        if timeout is None and len(string) <= HOLD_UP_TO:
            return self._findall(string, pos, endpos, overlapped, False)
        return self._findall(string, pos, endpos, overlapped, None, timeout)

    def sub(self, repl, string, count=0, pos=None, endpos=None, timeout=None):
        if timeout is None and len(string) <= HOLD_UP_TO:
            return self._sub(repl, string, count, pos, endpos, False)
        return self._sub(repl, string, count, pos, endpos, None, timeout)

    def subn(self, repl, string, count=0, pos=None, endpos=None, timeout=None):
        if timeout is None and len(string) <= HOLD_UP_TO:
            return self._subn(repl, string, count, pos, endpos, False)
        return self._subn(repl, string, count, pos, endpos, None, timeout)

    def split(self, string, maxsplit=0, timeout=None):
        if timeout is None and len(string) <= HOLD_UP_TO:
            return self._split(string, maxsplit, False)
        return self._split(string, maxsplit, None, timeout)

    def __reduce__(self):
        return Pattern, (self.compiled,)

    def __eq__(self, other):
        return isinstance(other, Pattern) and (other.pattern, other.flags) == (self.pattern, self.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __repr__(self):
        return f"Pattern({self.compiled!r})"
