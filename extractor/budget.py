"""A time budget per document, shared by the spaCy work and the pattern matching.

The first of our components to see a document starts its clock (``doc._.time_budget``
seconds, set by the API); every component checks it before and after its work and raises
:class:`DocumentTimeout` once it is spent. Each regular expression on the text of a long
document also has its own timeout (``rules.timeout_for``). The API turns either into a ``timeout`` error
record for that document, and the run goes on.
"""
from __future__ import annotations

import time

from spacy.tokens import Doc

from .extensions import USER_DATA_KEYS

_BUDGET = USER_DATA_KEYS["time_budget"]
_DEADLINE = USER_DATA_KEYS["deadline"]


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
