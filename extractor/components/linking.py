"""``extractor_link``: each statistic's area, period, measure (and the rules that chose them).

The rules are the pure functions of :mod:`extractor.link` and :mod:`extractor.measure`; this
component reads the statistics, periods and areas the earlier components put in ``doc.spans``
and sets ``area``, ``period`` (the :class:`~extractor.types.Period` itself), ``measure`` and
``area_rule``/``period_rule`` on each ``span._.stat``.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import budget
from ..batching import BatchPipe
from ..extensions import items_of, register, text_of
from ..link import link
from ..sentences import sentences_of

register()


@Language.factory("extractor_link")
def make_link(nlp: Language, name: str):
    """Link statistics to areas, periods and measures (after periods, numbers and areas)."""
    return LinkComponent()


class LinkComponent(BatchPipe):
    def __call__(self, doc: Doc) -> Doc:
        budget.check(doc, "before linking")
        stats = items_of(doc, "statistics", "stat")
        periods = items_of(doc, "periods", "period")
        areas = items_of(doc, "areas", "area")
        quoted = [(q.start, q.end) for q in items_of(doc, "quotes", "quote") if not q.partial]
        link(text_of(doc), stats, areas, periods, sentences_of(doc), check=lambda: budget.check(doc, "linking"),
             quoted=quoted)
        doc._.linked = True
        return doc
