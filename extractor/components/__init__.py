"""spaCy components, each registered as a factory when this package is imported."""
from . import areas, numbers, periods, quotes  # noqa: F401  (registers the factories)
