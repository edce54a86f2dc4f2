"""One table of amendment effects (kg/effects.py), and everything that names effects agrees with it:
the lexicon's phrases, the ontology's kzl:Effect individuals, the shapes' sh:in list."""
from __future__ import annotations

import rdflib
from rdflib.namespace import RDF, SH

from kg.effects import EFFECTS, names_where
from kg.lexicon import phrases
from kg.ontology import ontology_graph, ontology_path
from kg.validate import load_shapes
from kg.vocab import KZL


def test_the_lexicon_has_phrases_and_names_for_every_effect_and_no_other():
    assert {p["effect"] for p in phrases()["effects"]} == set(EFFECTS)
    assert set(phrases()["effect_names"]) == set(EFFECTS)


def test_the_ontology_graph_declares_every_effect_from_the_table():
    g = ontology_graph()
    declared = {str(s)[len(KZL):] for s in g.subjects(RDF.type, rdflib.URIRef(KZL + "Effect"))}
    assert declared == set(EFFECTS)
    gives = {str(s)[len(KZL):] for s, o in g.subject_objects(rdflib.URIRef(KZL + "givesText")) if o.toPython()}
    assert gives == set(names_where(gives_text=True))
    file_only = rdflib.Graph().parse(ontology_path())
    assert not set(file_only.subjects(RDF.type, rdflib.URIRef(KZL + "Effect"))), "effects come from the table only"


def test_the_shapes_name_no_effect_but_its_class():
    """An amendment's effect is checked by its class (the ontology's individuals), so a new effect
    needs no change to the shapes (rules about one effect's meaning, such as a deletion ending a
    unit, name that effect)."""
    shapes = load_shapes()
    assert not [o for o in shapes.objects(None, SH["in"])
                if any(str(x).startswith(KZL) for x in rdflib.collection.Collection(shapes, o))]
    assert (None, SH["class"], rdflib.URIRef(KZL + "Effect")) in shapes


def test_an_unknown_effect_is_a_violation():
    from kg.validate import validate_turtle

    data = """@prefix kzl: <https://w3id.org/kzlex/ontology#> . @prefix eli: <http://data.europa.eu/eli/ontology#> .
    <urn:a> a eli:LegalResource, kzl:Order ; eli:number "1" .
    <urn:m> a kzl:Amendment ; kzl:amendingAct <urn:a> ; kzl:target <urn:a> ; kzl:effect kzl:Annulment ."""
    report = validate_turtle(data)
    assert any(r.shape.endswith("AmendmentTypedShape") for r in report.results)


def test_lineage_applies_what_the_table_says():
    from kg.lineage import Change, chain

    old = Change(None, "Original", "a b c", None, None, "2020-01-01", "2020-01-01", "kk")
    for name in EFFECTS:
        e = EFFECTS[name]
        c = Change("urn:m", name, "new text" if e.gives_text else None, "b" if e.words else None,
                   "B" if e.words == 2 else None, "2021-01-01", "2021-01-01", "kk")
        texts = [t for _, t, _ in chain([old, c])]
        expected = {"text": ["a b c", "new text"], "replace-words": ["a b c", "a B c"], "delete": ["a b c", "a c"],
                    "changed": ["a b c", None], "none": ["a b c"]}[e.lineage]
        assert texts == expected, name
    assert set(names_where(gives_text=True)) == {"Substitution", "Insertion"}
