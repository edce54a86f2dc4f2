"""The kzlex ontology (ontology/kzlex.ttl): where it lives and which terms it declares."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from .resources import resource_dir
from .vocab import KZL

__all__ = ["ontology_path", "ontology_quads", "declared_terms"]


def ontology_path() -> Path:
    """ontology/kzlex.ttl, wherever the package is installed."""
    return resource_dir("ontology") / "kzlex.ttl"


@lru_cache(maxsize=None)
def _triples() -> tuple:
    return tuple(ox.parse(path=str(ontology_path()), format=ox.RdfFormat.TURTLE))


def ontology_quads(graph: str) -> list[ox.Quad]:
    g = ox.NamedNode(graph)
    return [ox.Quad(t.subject, t.predicate, t.object, g) for t in _triples()]


@lru_cache(maxsize=None)
def declared_terms() -> frozenset[str]:
    """kzl: IRIs the ontology declares (classes, properties, effects)."""
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    return frozenset(t.subject.value for t in _triples()
                     if t.predicate.value == rdf_type and t.subject.value.startswith(KZL))
