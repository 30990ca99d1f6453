"""A guard around spaCy's tokenizer for pathological text.

spaCy's tokenizer strips prefix and suffix punctuation one character at a time, so a long run
of punctuation with no whitespace (150,000 quote marks, a pasted base64 blob) costs time
quadratic in its length: 5,000 quote marks take seconds, 20,000 take a minute. News text
never has such runs. :class:`GuardedTokenizer` hands every stretch of ordinary text to the
real tokenizer and cuts each whitespace-free run of ``max_run`` characters or more into
simple tokens itself (word characters in pieces of at most 100, every other character on its
own), in linear time. The Doc's text is exactly the input, so offsets stay exact.
"""
from __future__ import annotations

from spacy.tokens import Doc
from .regexes import compiled

_LONG_RUN = r"\S{%d,}"
_PIECES = compiled(r"\w{1,100}|\W")
#: ``str.split()`` splits at these (information separators) but ``\s`` does not; with none of them
#: in the text, every ``\S`` run lies inside one piece of ``text.split()``, so pieces all shorter
#: than ``max_run`` mean no long run (``split`` is several times cheaper than the run scan)
_ONLY_STR_SPACE = compiled("[\x1c-\x1f]")
#: longer texts are scanned for runs directly (no list of all their words)
_SPLIT_TEST_LIMIT = 200_000


class GuardedTokenizer:
    def __init__(self, tokenizer, max_run: int = 300):
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab
        self.long_run = compiled(_LONG_RUN % max_run)
        self.max_run = max_run

    def __call__(self, text: str) -> Doc:
        if len(text) < _SPLIT_TEST_LIMIT and not _ONLY_STR_SPACE.search(text) \
                and max(map(len, text.split()), default=0) < self.max_run:
            return self.tokenizer(text)  # (no long run: the cheap test, see _ONLY_STR_SPACE)
        runs = list(self.long_run.finditer(text))
        if not runs:
            return self.tokenizer(text)
        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        for m in runs:
            self._ordinary(text[pos:m.start()], words, spaces)
            for piece in _PIECES.finditer(m.group(0)):
                words.append(piece.group(0))
                spaces.append(False)
            pos = m.end()
        self._ordinary(text[pos:], words, spaces)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        assert doc.text == text
        return doc

    def _ordinary(self, segment: str, words: list[str], spaces: list[bool]) -> None:
        if not segment:
            return
        for token in self.tokenizer(segment):
            words.append(token.text)
            spaces.append(bool(token.whitespace_))

    # spaCy calls these when (de)serialising a pipeline; the guard has no state of its own
    def to_bytes(self, **kwargs):
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data, **kwargs):
        self.tokenizer.from_bytes(data, **kwargs)
        return self

    def to_disk(self, path, **kwargs):
        return self.tokenizer.to_disk(path, **kwargs)

    def from_disk(self, path, **kwargs):
        self.tokenizer.from_disk(path, **kwargs)
        return self
