"""The shapes are standard SHACL-SPARQL: pySHACL runs them unchanged on an exported graph and
reports what `kg validate` reports (same focus nodes, same shapes)."""
from __future__ import annotations


import pytest
import rdflib
from pyshacl import validate
from rdflib.namespace import RDF, SH

from kg.build import build
from kg.store import GraphStore
from kg.validate import load_shapes, validate_store

from .conftest import ROOT, load_synth


def pyshacl_pairs(store: GraphStore) -> set[tuple[str, str]]:
    """(focus node, shape) of every result pySHACL gives on the store's union graph (as `kg export
    --format turtle` writes it), property shapes reported as the node shape that holds them."""
    shapes = load_shapes()
    data = rdflib.Graph().parse(data=store.graph_ntriples().decode("utf-8"), format="nt")
    _, report, _ = validate(data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True)
    parents = {o: s for s, o in shapes.subject_objects(SH.property)}
    sparql_owner = {o: s for s, o in shapes.subject_objects(SH.sparql)}
    out = set()
    for r in report.subjects(RDF.type, SH.ValidationResult):
        src = report.value(r, SH.sourceShape)
        shape = parents.get(src, sparql_owner.get(src, src))
        out.add((str(report.value(r, SH.focusNode)), str(shape)))
    return out


def kzlex_pairs(store: GraphStore) -> set[tuple[str, str]]:
    return {(r.focus, r.shape) for r in validate_store(store).results}


def test_no_shape_needs_more_than_standard_shacl():
    text = "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "shapes").glob("*.ttl")))
    assert "GRAPH" not in text and "kzlfn:" not in text and "AS ?this" not in text


def test_pyshacl_and_kg_validate_agree_on_the_corpus(corpus_store):
    mine, theirs = kzlex_pairs(corpus_store), pyshacl_pairs(corpus_store)
    assert mine and mine == theirs


@pytest.mark.parametrize("seed", [3])
def test_pyshacl_and_kg_validate_agree_on_100_synthetic_documents(tmp_path, seed):
    synth = load_synth()
    synth.generate(100, tmp_path / "corpus", seed=seed)
    store = GraphStore(tmp_path / "store")
    build([tmp_path / "corpus"], store)
    mine, theirs = kzlex_pairs(store), pyshacl_pairs(store)
    assert mine and mine == theirs, (sorted(mine - theirs)[:5], sorted(theirs - mine)[:5])


EXAMPLES = sorted((ROOT / "tests" / "shapes").glob("*.ttl"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_pyshacl_and_kg_validate_agree_on_every_example(path):
    from kg.ontology import ontology_graph
    from kg.validate import validate_turtle

    text = path.read_text(encoding="utf-8")
    mine = {(r.focus, r.shape) for r in validate_turtle(text).results}
    shapes = load_shapes()
    data = rdflib.Graph().parse(data=text, format="turtle") + ontology_graph()
    _, report, _ = validate(data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True)
    parents = {o: s for s, o in shapes.subject_objects(SH.property)}
    theirs = {(str(report.value(r, SH.focusNode)), str(parents.get(report.value(r, SH.sourceShape),
                                                                    report.value(r, SH.sourceShape))))
              for r in report.subjects(RDF.type, SH.ValidationResult)}
    assert mine == theirs
