"""spaCy components, each registered as a factory when this package is imported, with the
Doc/Span extensions they use (so ``spacy.blank("en").add_pipe("extractor_numbers")`` works in
any pipeline once ``extractor`` is imported)."""
from ..extensions import register

register()

from .. import sentences  # noqa: E402,F401  (extractor_sentences)
from . import areas, checks, linking, ner_scope, numbers, periods, quotes  # noqa: E402,F401
