"""Fixtures: the trained pipeline once per session; a blank pipeline for fast unit tests."""
from pathlib import Path

import pytest

import extractor

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "docs"


@pytest.fixture(scope="session")
def ex():
    return extractor.load()


@pytest.fixture(scope="session")
def blank_ex():
    return extractor.load("blank")


@pytest.fixture(scope="session")
def corpus_docs():
    return sorted(CORPUS.glob("*.txt"))
