"""spaCy components, each registered as a factory when this package is imported."""
from . import areas, ner_scope, numbers, periods, quotes  # noqa: F401  (registers the factories)
