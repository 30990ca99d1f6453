"""A time budget per document, shared by the spaCy work and the pattern matching.

The first of our components to see a document starts its clock (``doc._.time_budget``
seconds, set by the API); every component checks it before and after its work and raises
:class:`DocumentTimeout` once it is spent. Each regular expression on document text also has
its own timeout (``rules.REGEX_TIMEOUT``). The API turns either into a ``timeout`` error
record for that document, and the run goes on.
"""
from __future__ import annotations

import time

from spacy.tokens import Doc


class DocumentTimeout(TimeoutError):
    """The document used up its time budget."""


def start(doc: Doc) -> None:
    if doc._.deadline is None and doc._.time_budget:
        doc._.deadline = time.monotonic() + float(doc._.time_budget)


def check(doc: Doc, where: str) -> None:
    start(doc)
    deadline = doc._.deadline
    if deadline is not None and time.monotonic() > deadline:
        raise DocumentTimeout(f"the document used up its {doc._.time_budget:g} s time budget ({where})")
