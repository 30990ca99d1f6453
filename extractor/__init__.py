"""extractor: statistics, areas, periods and quoted spokespeople from news and reports.

>>> import extractor
>>> ex = extractor.load()                                      # doctest: +SKIP
>>> ex.extract("Almost 5,000 offenders were living in Kent.")  # doctest: +SKIP
"""
from __future__ import annotations

from .api import Extractor, load

__all__ = ["Extractor", "load", "__version__"]
__version__ = "0.1.0"
