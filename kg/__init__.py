"""kzlex: a knowledge graph of Kazakhstan's legal acts, with amendment lineage.

The library is usable without the command line::

    >>> from kg import parse_text
    >>> doc = parse_text(open("data/003_feef673e1d501f97.txt", encoding="utf-8").read(), "003.txt")
    >>> doc.act.ref.number, doc.act.ref.registration
    ('399', '33455')
"""
from __future__ import annotations

from .version import __version__  # noqa: E402
from .errors import InputError, KzlexError, ParseError, StoreError, UsageError  # noqa: E402
from .iri import Minter  # noqa: E402
from .parse import parse_bytes, parse_text  # noqa: E402
from .store import GraphStore  # noqa: E402
from .build import build, BuildReport  # noqa: E402

__all__ = [
    "__version__", "parse_bytes", "parse_text", "Minter", "GraphStore", "build", "BuildReport",
    "KzlexError", "InputError", "ParseError", "StoreError", "UsageError",
]
