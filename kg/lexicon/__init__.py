"""The drafting lexicon: phrases and organisations as data (see phrases.yaml).

Loaded once; everything here is read-only.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from ..prefilter import prefiltered

__all__ = ["phrases", "organisations", "org_grammar", "local_bodies", "laws", "law_patterns", "marker", "FLAGS",
           "SAFE_LOADER"]

HERE = Path(__file__).parent
FLAGS = re.IGNORECASE | re.UNICODE
# libyaml's safe loader where PyYAML was built with it: the lexicon (200 KB) loads in 0.08 s instead of 0.7, in the
# main process and in every parsing worker
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load(name: str) -> dict:
    return yaml.load((HERE / name).read_text(encoding="utf-8"), Loader=SAFE_LOADER)


@lru_cache(maxsize=None)
def phrases() -> dict:
    """The whole phrase lexicon as loaded from phrases.yaml."""
    return _load("phrases.yaml")


@lru_cache(maxsize=None)
def _organisations_file() -> dict:
    return _load("organisations.yaml")


def organisations() -> list[dict]:
    """Known organisations with kk / ru / en names and reorganisations."""
    return _organisations_file()["organisations"]


def local_bodies() -> dict:
    """The local bodies of regions and cities, and how their names are built (organisations.yaml)."""
    return _organisations_file()["local"]


def org_grammar() -> dict:
    """How a name in any grammatical form becomes an organisation's own name (organisations.yaml)."""
    return _organisations_file()["grammar"]


@lru_cache(maxsize=None)
def _laws_file() -> dict:
    return _load("laws.yaml")


def laws() -> list[dict]:
    """Laws and codes cited by title, with their Kazakh and Russian titles (laws.yaml)."""
    return _laws_file()["laws"]


def law_patterns() -> list[dict]:
    """Laws cited by a title with a year in it, one law each year (laws.yaml 'patterns')."""
    return _laws_file().get("patterns", [])


@lru_cache(maxsize=None)
def marker(name: str) -> re.Pattern:
    """A compiled marker pattern by name, e.g. ``marker("ordering")``; searched only in texts holding a word each of
    its matches holds (kg/prefilter.py)."""
    return prefiltered(re.compile(phrases()["markers"][name]["pattern"], FLAGS))
