"""Run the trained NER only on the sentences that can hold what we use it for.

The extractor uses NER for two things: places that are not in the gazetteer (towns, foreign
places, command units) and people's names next to a place name (so that "Chris Preston" is
not the district of Preston). Both need an unknown capitalised word (not the first word of
its sentence, not a word of a gazetteer name, not a capitalised word we already know such as
"Police", "March") standing where a place stands (after "in", "at", "from", "near", a comma
or "and") or just before an area name of one word. Sentences without one — most sentences of
statistics stories ("The figures show 1,405 registered sex offenders in West Mercia",
"Abigail Gill, policy manager at the NSPCC, said") — cannot gain anything from NER, which is
by far the slowest step of the pipeline; they are skipped.

The tokens of the selected sentences (at most WINDOW tokens either side of each word that
needs NER, so a run-on "sentence" of a megabyte costs no more than its triggers) are copied, in
order, into one small Doc for the whole batch of documents (windows separated by a newline
token), the trained ``ner`` component (left in the pipeline but disabled, so it does not run on
the whole document) is applied to it once, and the entities are mapped back to each document's
tokens. Entities are therefore exactly what NER finds in those sentences.
"""
from __future__ import annotations

import bisect
import time
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from ..regexes import compiled

from .. import budget
from ..extensions import text_of, token_bounds
from ..gazetteer import gazetteer
from ..normalize.periods import MONTH_NAMES
from ..rules import lexicon, timeout_for
from ..sentences import sentences_of

_CAP_WORD = compiled(r"(?<![\w'’-])[A-Z][a-z][\w'’-]*")
_KNOWN = frozenset("""I A An The This That These Those It Its He She They We You Our Their His Her
Mr Mrs Ms Dr Cllr Det Insp Supt Sgt PC Chief Constable Inspector Superintendent Councillor Professor
Police Council Government Ministry Justice Home Office Department Court Crown Magistrates Act Service
Services Trust Probation Prison Prisons Agency Authority Board Unit Units Area Areas Borough County City
District Region National Public Protection Arrangements Multi Level Category Section Order Orders
Sexual Offences Prevention Register Registered Offender Offenders Figures Statistics Report Annual
However Meanwhile Although Since After Before During Across In On At For From Of And But Or If When
Total Table Figure Page Appendix Contents Note Source""".split()) | frozenset(MONTH_NAMES) | frozenset(
    w.capitalize() for w in lexicon("weekdays")) | frozenset(lexicon("ner_not_places"))


@lru_cache(maxsize=1)
def _area_words() -> frozenset[str]:
    words = set()
    for surface in gazetteer().by_surface:
        words.update(w for w in surface.split() if w[:1].isupper())
    return frozenset(words)


@lru_cache(maxsize=1)
def _one_word_areas() -> frozenset[str]:
    """Area names of one word ("Preston", "Kent"): a capitalised word just before one may be a
    first name ("Chris Preston"); before a word of a longer name ("County", "Valley") it is not.
    Names that are only towns are left out: the town list is long (a thousand names), so most
    capitalised words before one would call NER for nothing, and a person named like a town is
    told apart by the area rules themselves (a first name before it, a speech verb after it)."""
    g = gazetteer()
    return frozenset(s for s, entries in g.by_surface.items() if " " not in s and s[:1].isupper()
                     and not all(e.type == "city_or_town" for e in entries))


def triggers(sentence: str) -> list[int]:
    """Character offsets in a sentence of the capitalised words that need NER: not its first
    word, not a word of a known area name, not a capitalised word we already know, and
    standing where a place stands or just before an area name of one word."""
    return _triggers(sentence, [(m.start(), m.end()) for m in _CAP_WORD.finditer(sentence, timeout=timeout_for(sentence))])


def _triggers(sentence: str, caps) -> list[int]:
    """:func:`triggers`, given the (start, end) in ``sentence`` of every match of ``_CAP_WORD`` in it."""
    area_words = _area_words()
    first = len(sentence) - len(sentence.lstrip(" \t\"“‘'(-–•*"))
    out = []
    for start, end in caps:
        word = sentence[start:end]
        if start == first or word in _KNOWN or (word in area_words and word not in _AMBIGUOUS):
            continue
        if _PLACE_BEFORE.search(sentence[max(0, start - 12):start]) or (
                (after := _NEXT_AREA_WORD.match(sentence[end:end + 20])) and after.group(1) in _one_word_areas()):
            out.append(start)  # "in Lagos", "towns such as Bicester and Thame", "Chris Preston"
    return out


#: a character ``_CAP_WORD``'s words are made of (or its look-behind refuses)
_WORD_CHAR = compiled(r"[\w'’-]")


def _caps_by_sentence(text: str, bounds: list[tuple[int, int]]):
    """For each sentence (start, end): the ``_CAP_WORD`` matches of ``text[start:end]``, in the
    sentence's offsets, from one scan of the whole text (one regex call per document instead of
    one per sentence). A match of the whole text inside a sentence is a match of the sentence
    alone when no word character touches the sentence's bounds (sentences begin after white
    space and end at punctuation or white space); a sentence cut inside a word (a run-on piece)
    is scanned alone, as before."""
    found = [(m.start(), m.end()) for m in _CAP_WORD.finditer(text, timeout=timeout_for(text))]
    starts = [a for a, _ in found]
    for s_start, s_end in bounds:
        if (s_start > 0 and _WORD_CHAR.match(text, s_start - 1)) or (s_end < len(text) and _WORD_CHAR.match(text, s_end)):
            yield [(m.start(), m.end()) for m in _CAP_WORD.finditer(text[s_start:s_end], timeout=timeout_for(text))]
            continue
        i = bisect.bisect_left(starts, s_start)
        out = []
        while i < len(found) and found[i][0] < s_end:
            out.append((found[i][0] - s_start, found[i][1] - s_start))
            i += 1
        yield out


def needs_ner(sentence: str) -> bool:
    """Whether a sentence has a word that needs NER (see :func:`triggers`).

    >>> needs_ner("The figures show 1,405 registered sex offenders in West Mercia.")
    False
    >>> needs_ner("Abigail Gill, policy manager at the NSPCC, said it was vital.")
    False
    >>> needs_ner("Cllr Chris Preston said the figures were worrying.")
    True
    >>> needs_ner("Crime rose in Aylesbury and in Lagos last year.")
    True
    """
    return bool(triggers(sentence))


# where a place name stands: after a preposition or a list separator (", " / "and")
_PLACE_BEFORE = compiled(r"(?:\b(?:in|at|from|near|across|around|outside|inside|to|within|throughout|between|"
                              r"towards|via|into|and|or)\s+(?:the\s+)?|,\s*|&\s*)$")
_NEXT_AREA_WORD = compiled(r"\s+([A-Z][\w'’-]*)")

# area words that are also common first names or surnames: NER must see them
_AMBIGUOUS = frozenset({"Preston", "Chester", "Lincoln", "Warwick", "Stafford", "Lancaster", "Durham", "Bury",
                        "Reading", "Derby", "Boston", "Newport", "Windsor", "Bath", "Stockton", "Wells"})
#: tokens of context NER sees on each side of a word that needs it. en_core_web_sm's NER reads
#: its tokens through a CNN of depth 4 and window 1 (a receptive field of 4 tokens each side);
#: 3 gives the same areas as 4 on the whole corpus and on 192 other news documents (2 loses
#: some), with 18% fewer tokens through NER, whose cost is per token
WINDOW = 3
#: at most this many tokens of a document go through NER (a bound for pathological input;
#: a 100-page report needs a few thousand)
MAX_NER_TOKENS = 20_000


#: the words, spaces and document token indices (-1: a separator) of a document's windows
_Selection = tuple[list[str], list[bool], list[int]]


@Language.factory("extractor_ner_scope", default_config={"source": "ner"})
def make_ner_scope(nlp: Language, name: str, *, source: str):
    """Apply the (disabled) trained ``source`` NER to the sentences that need it."""
    return NerScope(nlp, source)


class NerScope:
    """Applies NER to the selected sentences; ``pipe`` batches the small Docs of many documents
    into one call of the model (what ``nlp.pipe`` uses), ``__call__`` does one document."""

    def __init__(self, nlp: Language, source: str):
        self.nlp = nlp
        self.source = source

    def _ner(self):
        try:
            return self.nlp.get_pipe(self.source)
        except KeyError:
            return None  # a pipeline without NER (e.g. "blank")

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs, batch_size: int = 16):
        ner = self._ner()
        batch: list[tuple[Doc, _Selection | None]] = []
        for doc in docs:
            budget.resume(doc)  # (its clock runs for its own turn: see extractor.budget)
            budget.check(doc, "before NER")
            batch.append((doc, self._selection(doc) if ner is not None else None))
            budget.pause(doc)
            if len(batch) >= batch_size:
                yield from self._apply(ner, batch)
                batch = []
        if batch:
            yield from self._apply(ner, batch)

    def _apply(self, ner, batch):
        """One Doc of every selected window of the batch's documents (a newline token between
        windows, as inside one document), one NER call; the entities mapped back to each
        document's tokens. NER's cost is per token plus a fixed part per call and per Doc, so
        one Doc per batch is the cheapest way to give it the same tokens."""
        words: list[str] = []
        spaces: list[bool] = []
        owner: list[int] = []   # per token of the combined Doc: the batch index of its document (-1: separator)
        origin: list[int] = []  # per token: the index of the document token it copies (-1: separator)
        for n, (_doc, sel) in enumerate(batch):
            if sel is None:
                continue
            sel_words, sel_spaces, sel_origin = sel
            if words:
                words.append("\n")
                spaces.append(False)
                owner.append(-1)
                origin.append(-1)
            words.extend(sel_words)
            spaces.extend(sel_spaces)
            origin.extend(sel_origin)
            owner.extend(n if k >= 0 else -1 for k in sel_origin)
        found: dict[int, list[Span]] = {}
        if words:
            started = time.monotonic()
            # (through ``pipe``: the same entities as ``ner(doc)``, ~0.2 ms a call less of
            # TrainablePipe.__call__'s overhead)
            sub = next(iter(ner.pipe([Doc(batch[0][0].vocab, words=words, spaces=spaces)])))
            for ent in sub.ents:
                n = next((owner[t] for t in range(ent.start, ent.end) if owner[t] >= 0), -1)
                ks = [origin[t] for t in range(ent.start, ent.end) if owner[t] == n]
                if ks:
                    found.setdefault(n, []).append(Span(batch[n][0], ks[0], ks[-1] + 1, label=ent.label_))
            # the one call's time, charged to each document by its share of the tokens (a
            # document with nothing for NER pays nothing)
            spent = time.monotonic() - started
            for doc, sel in batch:
                if sel is not None:
                    budget.charge(doc, spent * len(sel[0]) / len(words))
        for n, (doc, sel) in enumerate(batch):
            if sel is not None:
                budget.resume(doc)  # (each clock runs only in its own turn: a document out of
                budget.check(doc, "NER")  # time stops the batch with every other clock stopped)
                doc.ents = filter_spans(found.get(n, []))
                budget.pause(doc)
            yield doc

    def _selection(self, doc: Doc) -> "_Selection | None":
        """The tokens of the sentences that need NER, copied (no re-tokenising) as the words
        and spaces of a small Doc, with, for each, the index of the document token (-1: a
        separator); None when no sentence needs NER."""
        text = text_of(doc)
        words: list[str] = []
        spaces: list[bool] = []
        origin: list[int] = []
        index = sentences_of(doc)
        tok_starts = index.token_starts(doc)
        windows: list[list[int]] = []
        for (s_start, s_end), caps in zip(index.bounds, _caps_by_sentence(text, index.bounds)):
            if not caps:
                continue  # (no capitalised word: no trigger)
            sent = text[s_start:s_end]
            i = bisect.bisect_left(tok_starts, s_start)
            j = bisect.bisect_left(tok_starts, s_end)
            for off in _triggers(sent, caps):
                # the sentence, but never more than WINDOW tokens either side of the word
                k = bisect.bisect_right(tok_starts, s_start + off) - 1
                lo, hi = max(i, k - WINDOW), min(j, k + WINDOW + 1)
                if windows and lo <= windows[-1][1]:
                    windows[-1][1] = max(windows[-1][1], hi)
                elif lo < hi:
                    windows.append([lo, hi])
        # a token's text and whether white space follows it, read from the text by the tokens'
        # offsets (the Doc's text is its tokens with their white space, in order: token k's white
        # space is what lies between its end and the next token) instead of a Token object each
        starts, ends = token_bounds(doc)
        for lo, hi in windows:
            if len(words) + (hi - lo) > MAX_NER_TOKENS:
                break
            if words:
                words.append("\n")
                spaces.append(False)
                origin.append(-1)
            for k in range(lo, hi):
                words.append(text[starts[k]:ends[k]])
                spaces.append((starts[k + 1] if k + 1 < len(starts) else len(text)) > ends[k])
                origin.append(k)
        if not words:
            return None
        return words, spaces, origin
