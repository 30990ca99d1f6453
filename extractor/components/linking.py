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
from ..extensions import register, text_of
from ..link import link
from ..sentences import sentences_of

register()


@Language.factory("extractor_link")
def make_link(nlp: Language, name: str):
    """Link statistics to areas, periods and measures (after periods, numbers and areas)."""
    return LinkComponent()


class LinkComponent:
    def __call__(self, doc: Doc) -> Doc:
        budget.check(doc, "before linking")
        stats = [s._.stat for s in doc.spans.get("statistics", []) if s._.stat]
        periods = [s._.period for s in doc.spans.get("periods", []) if s._.period]
        areas = [s._.area for s in doc.spans.get("areas", []) if s._.area]
        quoted = [(q.start, q.end) for s in doc.spans.get("quotes", []) if (q := s._.quote) and not q.partial]
        link(text_of(doc), stats, areas, periods, sentences_of(doc), check=lambda: budget.check(doc, "linking"),
             quoted=quoted)
        doc._.linked = True
        return doc
