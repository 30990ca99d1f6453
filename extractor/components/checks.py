"""``extractor_checks``: the audit of the arithmetic a document's linked figures imply.

Runs :func:`extractor.audit.check_record` over the facts as the record will carry them (after
``extractor_link``) and keeps the result in ``doc._.checks``.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import budget
from ..batching import BatchPipe
from ..audit import check_record
from ..extensions import register, text_of
from ..record import facts_for_checks, remember_checks

register()


@Language.factory("extractor_checks")
def make_checks(nlp: Language, name: str):
    """Audit checks (parts vs total, rate vs count, changes, shares, restated figures)."""
    return ChecksComponent()


class ChecksComponent(BatchPipe):
    def __call__(self, doc: Doc) -> Doc:
        budget.check(doc, "before checks")
        doc._.checks = check_record(facts_for_checks(doc), text_of(doc), check=lambda: budget.check(doc, "checks"))
        remember_checks(doc, doc._.checks)
        return doc
