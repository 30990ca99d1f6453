"""Run the trained NER only on the sentences that can hold what we use it for.

The extractor uses NER for two things: places that are not in the gazetteer (towns, foreign
places, command units) and people's names (so that "Chris Preston" is not the district of
Preston). Both need a capitalised word that is not the first word of its sentence and is
not a word of a gazetteer name or a capitalised word we already know ("Police", "March",
"MAPPA"). Sentences without one — most sentences of statistics stories ("The figures show
1,405 registered sex offenders in West Mercia") — cannot gain anything from NER, which is
by far the slowest step of the pipeline; they are skipped.

The selected sentences are copied, in order, into one small Doc (separated by newlines), the
trained ``ner`` component (left in the pipeline but disabled, so it does not run on the
whole document) is applied to it, and the entities are mapped back to the document by
character offset. Entities are therefore exactly what NER finds in those sentences.
"""
from __future__ import annotations

from functools import lru_cache

import regex
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from ..gazetteer import gazetteer
from ..rules import REGEX_TIMEOUT

_SENTENCE = regex.compile(r"[^\n.!?]*(?:[.!?]+[\"”’']?(?=\s|$)|\n|$)")
_CAP_WORD = regex.compile(r"(?<![\w'’-])[A-Z][a-z][\w'’-]*")
_KNOWN = frozenset("""I A An The This That These Those It Its He She They We You Our Their His Her
Mr Mrs Ms Dr Cllr Det Insp Supt Sgt PC Chief Constable Inspector Superintendent Councillor Professor
Police Council Government Ministry Justice Home Office Department Court Crown Magistrates Act Service
Services Trust Probation Prison Prisons Agency Authority Board Unit Units Area Areas Borough County City
District Region National Public Protection Arrangements Multi Level Category Section Order Orders
Sexual Offences Prevention Register Registered Offender Offenders Figures Statistics Report Annual
January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
However Meanwhile Although Since After Before During Across In On At For From Of And But Or If When
Total Table Figure Page Appendix Contents Note Source""".split())


@lru_cache(maxsize=1)
def _area_words() -> frozenset[str]:
    words = set()
    for surface in gazetteer().by_surface:
        words.update(w for w in surface.split() if w[:1].isupper())
    return frozenset(words)


def needs_ner(sentence: str) -> bool:
    """Whether a sentence has a capitalised word, other than its first, that is neither a
    word of a known area name nor a known capitalised word.

    >>> needs_ner("The figures show 1,405 registered sex offenders in West Mercia.")
    False
    >>> needs_ner("Abigail Gill, policy manager at the NSPCC, said it was vital.")
    True
    >>> needs_ner("Crime rose in Aylesbury and in Lagos last year.")
    True
    """
    area_words = _area_words()
    for i, m in enumerate(_CAP_WORD.finditer(sentence, timeout=REGEX_TIMEOUT)):
        word = m.group(0)
        if m.start() == len(sentence) - len(sentence.lstrip(" \t\"“‘'(-–•*")):
            continue  # the sentence's first word
        if word in _KNOWN or (word in area_words and word not in _AMBIGUOUS):
            continue
        return True
    return False


# area words that are also common first names or surnames: NER must see them
_AMBIGUOUS = frozenset({"Preston", "Chester", "Lincoln", "Warwick", "Stafford", "Lancaster", "Durham", "Bury",
                        "Reading", "Derby", "Boston", "Newport", "Windsor", "Bath", "Kent", "Stockton", "Wells"})


@Language.factory("extractor_ner_scope", default_config={"source": "ner"})
def make_ner_scope(nlp: Language, name: str, *, source: str):
    """Apply the (disabled) trained ``source`` NER to the sentences that need it."""
    return NerScope(nlp, source)


class NerScope:
    def __init__(self, nlp: Language, source: str):
        self.nlp = nlp
        self.source = source

    def __call__(self, doc: Doc) -> Doc:
        try:
            ner = self.nlp.get_pipe(self.source)
        except KeyError:
            return doc  # a pipeline without NER (e.g. "blank")
        text = doc.text
        pieces, offsets, size = [], [], 0
        for m in _SENTENCE.finditer(text, timeout=REGEX_TIMEOUT):
            sent = m.group(0)
            if sent.strip() and needs_ner(sent):
                offsets.append((size, m.start(), len(sent)))
                pieces.append(sent)
                size += len(sent) + 1
        if not pieces:
            return doc
        sub = ner(self.nlp.make_doc("\n".join(pieces)))
        spans = []
        for ent in sub.ents:
            for sub_start, doc_start, length in offsets:
                if sub_start <= ent.start_char < sub_start + length:
                    shift = doc_start - sub_start
                    span = doc.char_span(ent.start_char + shift, ent.end_char + shift, label=ent.label_,
                                         alignment_mode="contract")
                    if span is not None and len(span):
                        spans.append(span)
                    break
        doc.ents = filter_spans(list(doc.ents) + spans)
        return doc
