"""The ontology declares every kzl: term the graph uses, with labels in kk, ru and en."""
from __future__ import annotations

import rdflib
from rdflib.namespace import RDFS

from kg.ontology import declared_terms, ontology_graph
from kg.vocab import KZL


def test_graph_uses_only_declared_terms(corpus_store):
    used = set()
    for q in corpus_store.quads_for_pattern(None, None, None):
        for t in (q.predicate, q.object):
            if getattr(t, "value", "").startswith(KZL) and t.value != KZL:
                used.add(t.value)
    assert used, "the graph uses kzl: terms"
    assert used <= declared_terms(), sorted(used - declared_terms())


def test_every_term_has_three_labels_and_a_comment():
    g = ontology_graph()
    for term in declared_terms():
        langs = {l.language for l in g.objects(rdflib.URIRef(term), RDFS.label)}
        assert {"kk", "ru", "en"} <= langs, term
        assert g.value(rdflib.URIRef(term), RDFS.comment) is not None, term


def test_unit_classes_are_eli_subdivisions():
    g = ontology_graph()
    eli_sub = rdflib.URIRef("http://data.europa.eu/eli/ontology#LegalResourceSubdivision")
    for name in ("Appendix", "Chapter", "Section", "Paragraph", "Point", "Subpoint", "Part", "TextParagraph", "Title"):
        assert (rdflib.URIRef(KZL + name), RDFS.subClassOf, eli_sub) in g, name
