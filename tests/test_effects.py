"""One table of amendment effects (kg/effects.py), and everything that names effects agrees with it:
the lexicon's phrases, the ontology's kzl:Effect individuals, the shapes' sh:in list."""
from __future__ import annotations

import rdflib
from rdflib.namespace import RDF, SH

from kg.effects import EFFECTS, names_where
from kg.lexicon import phrases
from kg.ontology import ontology_path
from kg.validate import load_shapes
from kg.vocab import KZL


def test_the_lexicon_has_phrases_for_every_effect_and_no_other():
    assert {p["effect"] for p in phrases()["effects"]} == set(EFFECTS)


def test_the_ontology_declares_every_effect_and_no_other():
    g = rdflib.Graph().parse(ontology_path())
    declared = {str(s)[len(KZL):] for s in g.subjects(RDF.type, rdflib.URIRef(KZL + "Effect"))}
    assert declared == set(EFFECTS)


def test_the_shapes_allow_every_effect_and_no_other():
    shapes = load_shapes()
    lists = [rdflib.collection.Collection(shapes, o) for o in shapes.objects(None, SH["in"])]
    effect_lists = [{str(x)[len(KZL):] for x in c} for c in lists if any(str(x).startswith(KZL) for x in c)]
    assert effect_lists == [set(EFFECTS)]


def test_lineage_applies_what_the_table_says():
    from kg.lineage import Change, chain

    old = Change(None, "Original", "a b c", None, None, "2020-01-01", "2020-01-01", "kk")
    for name in EFFECTS:
        e = EFFECTS[name]
        c = Change("urn:m", name, "new text" if e.gives_text else None, "b" if e.words else None,
                   "B" if e.words == 2 else None, "2021-01-01", "2021-01-01", "kk")
        texts = [t for _, t, _ in chain([old, c])]
        expected = {"text": ["a b c", "new text"], "replace-words": ["a b c", "a B c"], "delete": ["a b c", "a c"],
                    "none": ["a b c"]}[e.lineage]
        assert texts == expected, name
    assert set(names_where(gives_text=True)) == {"Substitution", "Insertion"}
