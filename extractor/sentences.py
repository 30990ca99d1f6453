"""One definition of a sentence for every step: the ``extractor_sentences`` component.

A sentence ends at ``.``, ``!`` or ``?`` (optionally closed by ``**`` and a quote mark) followed
by white space and a capital, digit, opening quote, bracket, ``£`` or ``*``; and at every line
break (headlines, table rows, datelines and list items are sentences of their own). A sentence
longer than :data:`MAX_SENTENCE` characters (a run-on line of figures, a PDF table without
breaks) is cut at white space into pieces of at most that length, so no step that looks at
"the sentence" of a figure costs more than that per figure.

Why not spaCy's ``senter``/``sentencizer``: the rules here need sentence bounds in characters
before tokenisation-dependent components run, the trained ``senter`` costs as much as NER, and
the ``sentencizer`` splits "Det. Insp." and "10 a.m." where news text does not end a sentence.
The bounds are stored as token-aligned spans in ``doc.spans["sentences"]`` and, exactly, in a
:class:`Sentences` index on ``doc._.sentences``.
"""
from __future__ import annotations

import bisect
from functools import lru_cache

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span
from .regexes import compiled

from . import budget
from .batching import BatchPipe
from .extensions import register, text_of
from .readers.text import metadata_end
from .rules import timeout_for

#: The end of a sentence: terminal punctuation before a sentence opener, or a line break.
SENT_END = compiled(r"[.!?](?:\*\*)?[\"”’']?\s+(?=[A-Z“\"‘(\d£*])|\n")
_BLANK_LINE = compiled(r"(?=\n\n)")
#: Longer sentences are cut into pieces of at most this many characters.
MAX_SENTENCE = 1000


class Sentences:
    """The sentences of a text, as sorted (start, end) character bounds, with O(log n) lookup.

    >>> s = Sentences("Crime rose. Arrests fell by 12 per cent.\\nNext line")
    >>> [s.text[a:b] for a, b in s.bounds]
    ['Crime rose.', 'Arrests fell by 12 per cent.', 'Next line']
    >>> s.text[slice(*s.at(15))]
    'Arrests fell by 12 per cent.'
    """

    def __init__(self, text: str, floor: int | None = None):
        self.text = text
        floor = metadata_end(text) if floor is None else floor
        bounds: list[tuple[int, int]] = []
        start = floor
        for m in SENT_END.finditer(text, floor, timeout=timeout_for(text)):
            self._add(bounds, start, m.start() + 1)
            start = m.end()
        self._add(bounds, start, len(text))
        self.bounds = bounds
        self.starts = [a for a, _ in bounds]
        self._blank_lines: list[int] | None = None
        self._token_starts: tuple | None = None  # (id of the Doc, its tokens' character offsets)

    def _add(self, bounds: list[tuple[int, int]], start: int, end: int) -> None:
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        while end - start > MAX_SENTENCE:
            cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
            cut = cut if cut > start else start + MAX_SENTENCE
            bounds.append((start, cut))
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if end > start:
            bounds.append((start, end))

    def token_starts(self, doc: Doc) -> list[int]:
        """The character offset of every token of ``doc`` (whose text this is), read from the
        Doc once for the components that bisect on them."""
        kept = self._token_starts
        if kept is None or kept[0] != id(doc) or len(kept[1]) != len(doc):
            # (the Doc's id, not the Doc: the index lives on the Doc, a reference would be a cycle)
            kept = self._token_starts = (id(doc), doc.to_array([IDX]).tolist())
        return kept[1]

    def at(self, pos: int) -> tuple[int, int]:
        """The bounds of the sentence holding ``pos`` (between two sentences: the one before;
        before the first: an empty span at ``pos``)."""
        i = bisect.bisect_right(self.starts, pos) - 1
        if i < 0:
            return pos, pos
        return self.bounds[i]

    def start_of(self, pos: int) -> int:
        return self.at(pos)[0]

    def blank_line_before(self, end: int) -> int:
        """``text.rfind("\\n\\n", 0, end)`` in O(log n): where the last paragraph break that
        ends before ``end`` begins, or -1.

        >>> s = Sentences("A.\\n\\nB.\\n\\nC.")
        >>> s.blank_line_before(7), s.blank_line_before(8)
        (2, 6)
        """
        if self._blank_lines is None:
            self._blank_lines = [m.start() for m in _BLANK_LINE.finditer(self.text)]
        i = bisect.bisect_right(self._blank_lines, end - 2) - 1
        return self._blank_lines[i] if i >= 0 else -1

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The sentences that start in [start, end)."""
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        return self.bounds[i:j]


@lru_cache(maxsize=40)
def _newlines(text: str) -> list[int]:
    # (kept for the last few dozen texts: the components take a batch of documents one after
    # another (extractor.batching), so each document's index is asked for again by the next
    # component only after the rest of its batch, up to 16 documents later)
    return [m.start() for m in _NEWLINE.finditer(text)]


_NEWLINE = compiled(r"\n")


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the line holding ``pos``, in O(log n) (a newline index per text, kept for
    the last few texts): ``text.rfind("\\n", 0, pos) + 1`` and ``text.find("\\n", pos)`` without
    scanning, which on one long line of figures would cost the line's length per figure.

    >>> line_bounds("ab\\ncd\\nef", 4)
    (3, 5)
    """
    nl = _newlines(text)
    i = bisect.bisect_left(nl, pos)
    return (nl[i - 1] + 1 if i > 0 else 0), (nl[i] if i < len(nl) else len(text))


def line_start(text: str, pos: int) -> int:
    """``text.rfind("\\n", 0, pos) + 1`` in O(log n)."""
    return line_bounds(text, pos)[0]


#: where spaCy keeps ``doc._.sentences`` in ``doc.user_data`` (spacy.tokens.underscore.Underscore._get_key)
_SENTENCES_KEY = ("._.", "sentences", None, None)


def sentences_of(doc: Doc) -> Sentences:
    """The document's sentence index: set by ``extractor_sentences``, else made (and kept) here,
    so every component also works in a pipeline without it."""
    # (read where ``doc._.sentences = ...`` keeps it, without the Underscore object each ``doc._``
    # makes: asked for by every component; not there, through ``doc._`` as before)
    found = doc.user_data.get(_SENTENCES_KEY)
    if found is None:
        try:
            found = doc._.sentences
        except AttributeError:  # (extensions not registered yet: once, not on every call)
            register()
            found = doc._.sentences
    text = text_of(doc)
    if found is None or (found.text is not text and found.text != text):
        found = Sentences(text)
        doc._.sentences = found
    return found


@Language.factory("extractor_sentences", default_config={"spans_key": "sentences"})
def make_sentences(nlp: Language, name: str, *, spans_key: str):
    """Split the document into sentences: ``doc.spans[spans_key]`` and ``doc._.sentences``."""
    return SentencesComponent(spans_key)


class SentencesComponent(BatchPipe):
    def __init__(self, spans_key: str = "sentences"):
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        budget.check(doc, "before sentences")
        index = Sentences(text_of(doc))
        doc._.sentences = index
        tok_starts = index.token_starts(doc)
        spans = []
        label = doc.vocab.strings.add("sentence")  # (the label's hash, as Span makes it from the string: once)
        for start, end in index.bounds:  # token-aligned: every token the sentence touches
            i = max(0, bisect.bisect_right(tok_starts, start) - 1)
            j = bisect.bisect_left(tok_starts, end)
            if j > i:
                spans.append(Span(doc, i, j, label=label))
        doc.spans[self.spans_key] = spans
        return doc
