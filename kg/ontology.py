"""The kzlex ontology (ontology/kzlex.ttl): where it lives and which terms it declares."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from .resources import resource_dir
from .vocab import KZL

__all__ = ["ontology_path", "ontology_quads", "ontology_graph", "declared_terms"]


def ontology_path() -> Path:
    """ontology/kzlex.ttl, wherever the package is installed."""
    return resource_dir("ontology") / "kzlex.ttl"


@lru_cache(maxsize=None)
def _triples() -> tuple:
    return tuple(ox.parse(path=str(ontology_path()), format=ox.RdfFormat.TURTLE)) + _effect_triples()


def _effect_triples() -> tuple:
    """The amendment effects as individuals of kzl:Effect, from the one table of kg/effects.py."""
    from .effects import EFFECTS
    from .lexicon import phrases

    names = phrases()["effect_names"]

    rdf, rdfs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#"
    out = []
    for e in EFFECTS.values():
        node = ox.NamedNode(KZL + e.name)
        for cls in ("http://www.w3.org/2002/07/owl#NamedIndividual", KZL + "Effect",
                    "http://www.w3.org/2004/02/skos/core#Concept"):
            out.append(ox.Triple(node, ox.NamedNode(rdf + "type"), ox.NamedNode(cls)))
        for lang in ("kk", "ru", "en"):
            out.append(ox.Triple(node, ox.NamedNode(rdfs + "label"), ox.Literal(names[e.name][lang], language=lang)))
        out.append(ox.Triple(node, ox.NamedNode(rdfs + "comment"), ox.Literal(names[e.name]["comment"], language="en")))
        out.append(ox.Triple(node, ox.NamedNode(KZL + "givesText"),
                             ox.Literal("true" if e.gives_text else "false",
                                        datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))))
    return tuple(out)


def ontology_graph():
    """The ontology as the store holds it (kzlex.ttl and the effects table), as an rdflib Graph."""
    import rdflib

    return rdflib.Graph().parse(data=ox.serialize(_triples(), format=ox.RdfFormat.N_TRIPLES), format="nt")


def ontology_quads(graph: str) -> list[ox.Quad]:
    g = ox.NamedNode(graph)
    return [ox.Quad(t.subject, t.predicate, t.object, g) for t in _triples()]


@lru_cache(maxsize=None)
def declared_terms() -> frozenset[str]:
    """kzl: IRIs the ontology declares (classes, properties, effects)."""
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    return frozenset(t.subject.value for t in _triples()
                     if t.predicate.value == rdf_type and t.subject.value.startswith(KZL))
