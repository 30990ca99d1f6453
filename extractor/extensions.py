"""The one table of spaCy extension attributes this package declares.

Call :func:`register` before building a pipeline (``extractor.pipeline.build`` does); it is
idempotent, so users who add our factories to their own pipeline get the same attributes.
"""
from __future__ import annotations

import bisect

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Span

SPAN_EXTENSIONS = {
    "stat": "extractor.types.Statistic for spans in doc.spans['statistics']",
    "period": "extractor.types.Period for spans in doc.spans['periods']",
    "area": "extractor.types.AreaMention for spans in doc.spans['areas']",
    "quote": "extractor.types.Quote for spans in doc.spans['quotes']",
}
DOC_EXTENSIONS = {
    "published": "publication date, ISO YYYY-MM-DD, or None",
    "published_from": "where the publication date came from: 'argument', 'metadata', 'dateline' or None",
    "datelines": "[(start, end)] of datelines in the text: neither periods nor statistics",
    "reference_date": "the date relative expressions resolve against (published, else inferred)",
    "statements": "indirect-speech statements (list of extractor.types.Quote)",
    "sentences": "extractor.sentences.Sentences: the exact sentence bounds (also doc.spans['sentences'])",
    "checks": "audit checks over the linked statistics (list of dicts, the record's 'checks')",
    "number_decisions": "every number the numbers component saw: accepted or rejected, and by which rule",
    "linked": "True once extractor_link has linked areas, periods and measures onto the statistics",
    "time_budget": "seconds this document may take in our components (None: no limit)",
    "deadline": "time.monotonic() deadline, set by the first component (see extractor.budget)",
}


def _item_getter(attr: str):
    def get(span: Span):
        return span.doc.user_data.get((_ITEM, attr, span.start_char, span.end_char, span.id))
    return get


#: spaCy keys a span's extension values by its character bounds alone, so two items inside one
#: token ("12%4", "1881£%2050": both spans expand to that token) would share one value; each
#: span here carries its own ``span_id`` and its item is kept under it (read-only attributes).
_ITEM = "extractor.item"


#: Doc attributes kept under a plain ``doc.user_data`` key of their own, so the hot path (the time
#: budget is checked some twenty times per document) reads a dict instead of going through
#: ``doc._`` (an object made and a lookup on every access); ``doc._.<name>`` reads and writes them.
USER_DATA_KEYS = {"time_budget": "extractor.time_budget", "deadline": "extractor.deadline"}


def _user_data_property(key: str):
    def get(doc: Doc):
        return doc.user_data.get(key)

    def set_(doc: Doc, value) -> None:
        doc.user_data[key] = value
    return get, set_


def register() -> None:
    for name in SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, getter=_item_getter(name))
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            if name in USER_DATA_KEYS:
                getter, setter = _user_data_property(USER_DATA_KEYS[name])
                Doc.set_extension(name, getter=getter, setter=setter)
            else:
                Doc.set_extension(name, default=None)


_TEXT = "extractor.text"


def set_text(doc: Doc, text: str) -> None:
    """Remember the text a Doc was made from (``nlp.make_doc(text).text == text`` always holds
    for spaCy's tokenizer), so it is never joined from the tokens."""
    doc.user_data[_TEXT] = (len(doc), text)


def text_of(doc: Doc) -> str:
    """``doc.text``, joined from the tokens once per document (spaCy rebuilds it on every access,
    which costs more than some of our components)."""
    cached = doc.user_data.get(_TEXT)
    if cached is None or cached[0] != len(doc):
        cached = (len(doc), doc.text)
        doc.user_data[_TEXT] = cached
    return cached[1]


def store_spans(doc: Doc, key: str, items, attr: str, label_of) -> None:
    """Put one token-aligned span per item into ``doc.spans[key]``, the item on ``span._.<attr>``.

    Items carry exact character offsets (``start``/``end``); the span is expanded to tokens.
    """
    spans, kept = [], []
    bounds = _token_bounds(doc) if items else None
    labels: dict[str, int] = {}  # (a label's hash, as Span makes it from the string: once per label)
    user_data = doc.user_data
    for n, item in enumerate(items):
        name = label_of(item)
        label = labels.get(name)
        if label is None:
            label = labels[name] = doc.vocab.strings.add(name)
        span = _expanded_span(doc, bounds, item.start, item.end, label, n + 1)
        if span is not None:
            user_data[(_ITEM, attr, span.start_char, span.end_char, n + 1)] = item  # (span.id is n + 1)
            spans.append(span)
            kept.append(item)
    doc.spans[key] = spans
    doc.user_data[(_ITEMS, key, attr)] = (len(spans), kept)


_ITEMS = "extractor.items"


_BOUNDS = "extractor.token_bounds"


def token_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """(start, end) character offsets of every token of ``doc``, read once per document."""
    return _token_bounds(doc)


def _token_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """(start, end) character offsets of every token, read once per document (kept while the
    number of tokens is unchanged) for every call of :func:`store_spans`."""
    kept = doc.user_data.get(_BOUNDS)
    if kept is None or len(kept[0]) != len(doc):
        arr = doc.to_array([IDX, LENGTH])
        kept = doc.user_data[_BOUNDS] = (arr[:, 0].tolist(), (arr[:, 0] + arr[:, 1]).tolist())
    return kept


def _expanded_span(doc: Doc, bounds, start: int, end: int, label: str | int, span_id: int) -> Span | None:
    """``doc.char_span(start, end, label=..., alignment_mode="expand", span_id=...)``, with the
    tokens found by bisection on offsets read once (``char_span`` looks them up token by token);
    a bound in the whitespace between tokens is left to ``char_span`` itself."""
    starts, ends = bounds
    i = bisect.bisect_right(starts, start) - 1
    j = bisect.bisect_left(starts, end)
    if i < 0 or j <= i or start >= ends[i] or end > ends[j - 1]:
        return doc.char_span(start, end, label=label, alignment_mode="expand", span_id=span_id)
    return Span(doc, i, j, label=label, span_id=span_id)


def items_of(doc: Doc, key: str, attr: str) -> list:
    """The items on ``span._.<attr>`` of the spans in ``doc.spans[key]``, in order: what
    ``[s._.<attr> for s in doc.spans[key] if s._.<attr>]`` gives, read from the list
    :func:`store_spans` kept (going through ``span._`` costs an object and two lookups a span).
    A span group someone else changed since (another length) is read span by span."""
    group = doc.spans.get(key)
    if group is None:
        return []
    kept = doc.user_data.get((_ITEMS, key, attr))
    if kept is not None and kept[0] == len(group):
        return [item for item in kept[1] if item]
    getter = _item_getter(attr)
    return [item for s in group if (item := getter(s))]
