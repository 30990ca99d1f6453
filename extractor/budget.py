"""A time budget per document, shared by the spaCy work and the pattern matching.

The first of our components to see a document starts its clock (``doc._.time_budget``
seconds, set by the API); every component checks it before and after its work and raises
:class:`DocumentTimeout` once it is spent. The clock counts the document's own turns only: in
``nlp.pipe`` each component takes a whole batch (``extractor.batching``), and the time a document
waits while the others of its batch have their turn is not charged to it (:func:`pause`,
:func:`resume`); work shared by the batch (the one NER call) is charged to each document by its
share of it (:func:`charge`). Each regular expression on the text of a long
document also has its own timeout (``rules.timeout_for``). The API turns either into a ``timeout`` error
record for that document, and the run goes on.
"""
from __future__ import annotations

import time

from spacy.tokens import Doc

from .extensions import USER_DATA_KEYS

_BUDGET = USER_DATA_KEYS["time_budget"]
_DEADLINE = USER_DATA_KEYS["deadline"]
_PAUSED = "extractor.budget_paused"


class DocumentTimeout(TimeoutError):
    """The document used up its time budget."""


def start(doc: Doc) -> None:
    data = doc.user_data  # (``doc._.deadline`` / ``doc._.time_budget``, read without ``doc._``)
    if data.get(_DEADLINE) is None and data.get(_BUDGET):
        data[_DEADLINE] = time.monotonic() + float(data[_BUDGET])


def check(doc: Doc, where: str) -> None:
    data = doc.user_data
    deadline = data.get(_DEADLINE)
    if deadline is None:
        if not data.get(_BUDGET):
            return
        deadline = data[_DEADLINE] = time.monotonic() + float(data[_BUDGET])
    if time.monotonic() > deadline:
        raise DocumentTimeout(f"the document used up its {data[_BUDGET]:g} s time budget ({where})")


def pause(doc: Doc) -> None:
    """Stop the document's clock (its turn in a component is over; others of its batch go next)."""
    data = doc.user_data
    if data.get(_DEADLINE) is not None:
        data[_PAUSED] = time.monotonic()


def resume(doc: Doc) -> None:
    """Start the document's clock again where :func:`pause` stopped it (the deadline moves on by
    the time it waited)."""
    data = doc.user_data
    paused = data.pop(_PAUSED, None)
    if paused is not None and data.get(_DEADLINE) is not None:
        data[_DEADLINE] += time.monotonic() - paused


def used_up(doc: Doc) -> bool:
    """Whether the document has spent its budget (its clock read as :func:`resume` would)."""
    data = doc.user_data
    deadline = data.get(_DEADLINE)
    if deadline is None:
        return False
    paused = data.get(_PAUSED)
    return (paused if paused is not None else time.monotonic()) > deadline


def reset(doc: Doc) -> None:
    """A fresh budget: the clock starts again at the next check."""
    doc.user_data[_DEADLINE] = None
    doc.user_data.pop(_PAUSED, None)


def charge(doc: Doc, seconds: float) -> None:
    """Count ``seconds`` of shared work (one NER call for a batch) against the document's budget."""
    data = doc.user_data
    if data.get(_DEADLINE) is not None:
        data[_DEADLINE] -= seconds
