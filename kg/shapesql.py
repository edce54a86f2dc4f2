"""SHACL core constraints compiled to SPARQL, run in the store (one engine for all of validation).

Reads: the shapes graph (rdflib, as kg/validate.py loads it). Gives: one SPARQL SELECT per
constraint component of each property shape, over the default graph (the union of all
sources), answering ``?this`` (focus node), ``?value`` (the offending value, where SHACL
reports one). The semantics are SHACL Core's for what kzlex's shapes use:

- targets: ``sh:targetClass`` (SHACL instances: ``rdf:type/rdfs:subClassOf*``),
  ``sh:targetSubjectsOf``, ``sh:targetNode``; a node shape that is itself an
  ``rdfs:Class`` targets its instances (implicit class target);
- the value constraints below on a node shape itself (the focus node is the value);
- property shapes with a predicate path: ``sh:minCount``, ``sh:maxCount``, ``sh:datatype``
  (an ill-typed literal of the datatype violates it too), ``sh:class``, ``sh:nodeKind``,
  ``sh:pattern`` (with ``sh:flags``), ``sh:in``, and ``sh:or`` of shapes made
  of those value constraints.

A shape using anything else is refused (UnsupportedShape) rather than checked loosely:
pySHACL stays the reference, and a test holds both to the same results on every example
graph and on the corpus.
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass

import rdflib
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD

__all__ = ["CoreQuery", "compile_core", "UnsupportedShape"]

_VALUE_PARAMS = {SH.datatype, SH["class"], SH.nodeKind, SH.pattern, SH.flags, SH["in"], SH["or"]}
_COUNT_PARAMS = {SH.minCount, SH.maxCount}
_OTHER_OK = {SH.path, SH.message, SH.severity, SH.name, SH.description, RDF.type, SH.deactivated, RDFS.label,
             RDFS.comment}
_NODE_PARAMS = {SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.property, SH.sparql}
# datatypes whose lexical form a cast checks (an ill-typed literal is a violation of sh:datatype)
_CASTABLE = {XSD.date, XSD.dateTime, XSD.integer, XSD.decimal, XSD.double, XSD.float, XSD.boolean}


class UnsupportedShape(ValueError):
    """A shape uses a SHACL feature the compiler does not translate."""


@dataclass(frozen=True)
class CoreQuery:
    shape: str  # the node shape (its messages and name go on the result)
    property_shape: str
    path: str  # "" for a constraint of the node shape itself
    component: str  # the SHACL constraint component, e.g. sh:MinCountConstraintComponent
    severity: rdflib.URIRef
    query: str  # SELECT ?this ?value (or ?this alone)


def _term(t) -> str:
    return t.n3()


def _cast_var(node, datatype) -> str:
    """The variable a datatype cast of `node`'s values is bound to (same name wherever it is used)."""
    return f"?cast_{zlib.crc32(f'{node} {datatype}'.encode()):08x}"


def _target(shapes: rdflib.Graph, node) -> str:
    parts = []
    for c in shapes.objects(node, SH.targetClass):
        parts.append(f"{{ ?this a/<{RDFS.subClassOf}>* {_term(c)} }}")
    if (node, RDF.type, RDFS.Class) in shapes:
        parts.append(f"{{ ?this a/<{RDFS.subClassOf}>* {_term(node)} }}")
    for p in shapes.objects(node, SH.targetSubjectsOf):
        parts.append(f"{{ SELECT DISTINCT ?this WHERE {{ ?this {_term(p)} ?any }} }}")
    for p in shapes.objects(node, SH.targetObjectsOf):
        parts.append(f"{{ SELECT DISTINCT ?this WHERE {{ ?any {_term(p)} ?this }} }}")
    nodes = list(shapes.objects(node, SH.targetNode))
    if nodes:
        parts.append("{ VALUES ?this { " + " ".join(_term(n) for n in nodes) + " } }")
    return " UNION ".join(parts)


def _value_test(shapes: rdflib.Graph, node, var: str = "?value") -> list[tuple[rdflib.URIRef, str]]:
    """(component, boolean SPARQL expression true when `var` conforms) for the value constraints of `node`."""
    tests = []
    for dt in shapes.objects(node, SH.datatype):
        expr = f"(isLiteral({var}) && datatype({var}) = {_term(dt)}"
        if dt in _CASTABLE:
            expr += f" && BOUND({_cast_var(node, dt)})"
        tests.append((SH.DatatypeConstraintComponent, expr + ")"))
    for c in shapes.objects(node, SH["class"]):
        tests.append((SH.ClassConstraintComponent, f"EXISTS {{ {var} a/<{RDFS.subClassOf}>* {_term(c)} }}"))
    for kind in shapes.objects(node, SH.nodeKind):
        fn = {SH.IRI: f"isIRI({var})", SH.Literal: f"isLiteral({var})", SH.BlankNode: f"isBlank({var})",
              SH.BlankNodeOrIRI: f"(isBlank({var}) || isIRI({var}))", SH.IRIOrLiteral: f"(isIRI({var}) || isLiteral({var}))",
              SH.BlankNodeOrLiteral: f"(isBlank({var}) || isLiteral({var}))"}.get(kind)
        if fn is None:
            raise UnsupportedShape(f"sh:nodeKind {kind}")
        tests.append((SH.NodeKindConstraintComponent, fn))
    flags = shapes.value(node, SH.flags)
    for pattern in shapes.objects(node, SH.pattern):
        regex = f"REGEX(STR({var}), {_term(rdflib.Literal(str(pattern)))}"
        regex += f", {_term(rdflib.Literal(str(flags)))})" if flags else ")"
        tests.append((SH.PatternConstraintComponent, f"(!isBlank({var}) && {regex})"))
    for lst in shapes.objects(node, SH["in"]):  # SHACL compares terms, not values ("01" is not "1")
        members = " || ".join(f"sameTerm({var}, {_term(m)})" for m in Collection(shapes, lst))
        tests.append((SH.InConstraintComponent, f"({members or 'false'})"))
    for lst in shapes.objects(node, SH["or"]):
        alternatives = []
        for member in Collection(shapes, lst):
            _check_only(shapes, member, _VALUE_PARAMS - {SH["or"]})
            inner = _value_test(shapes, member, var)
            alternatives.append("(" + " && ".join(e for _, e in inner) + ")" if inner else "true")
        tests.append((SH.OrConstraintComponent, "(" + " || ".join(alternatives) + ")"))
    return tests


def _casts(shapes: rdflib.Graph, node, var: str = "?value") -> str:
    """BINDs that try the datatype casts _value_test refers to (unbound when the lexical form is ill-typed)."""
    out = []
    for n in [node, *(m for lst in shapes.objects(node, SH["or"]) for m in Collection(shapes, lst))]:
        for dt in shapes.objects(n, SH.datatype):
            if dt in _CASTABLE:
                out.append(f"BIND({_term(dt)}(STR({var})) AS {_cast_var(n, dt)})")
    return " ".join(out)


def _check_only(shapes: rdflib.Graph, node, allowed: set) -> None:
    for p in set(shapes.predicates(node, None)):
        if p not in allowed | _OTHER_OK:
            raise UnsupportedShape(f"{node}: {p} is not compiled to SPARQL")


def compile_core(shapes: rdflib.Graph) -> list[CoreQuery]:
    """The core constraints of every active property shape, as SPARQL queries."""
    out = []
    for node in sorted(set(shapes.subjects(RDF.type, SH.NodeShape)), key=str):
        if (node, SH.deactivated, rdflib.Literal(True)) in shapes:
            continue
        _check_only(shapes, node, _NODE_PARAMS | _VALUE_PARAMS)
        target = _target(shapes, node)
        node_severity = shapes.value(node, SH.severity) or SH.Violation
        if target:  # value constraints of the node shape: the focus node is the value
            for component, ok in _value_test(shapes, node, "?this"):
                out.append(CoreQuery(str(node), str(node), "", str(component), node_severity,
                                     f"SELECT DISTINCT ?this ?value WHERE {{ {target} BIND(?this AS ?value) "
                                     f"{_casts(shapes, node, '?this')} FILTER(!{ok}) }}"))
        for prop in shapes.objects(node, SH.property):
            if (prop, SH.deactivated, rdflib.Literal(True)) in shapes:
                continue
            _check_only(shapes, prop, _VALUE_PARAMS | _COUNT_PARAMS | {SH.order, SH.group})
            path = shapes.value(prop, SH.path)
            if not isinstance(path, rdflib.URIRef):
                raise UnsupportedShape(f"{prop}: only predicate paths are compiled")
            if not target:
                continue
            severity = shapes.value(prop, SH.severity) or node_severity
            p = _term(path)

            def q(component, body: str, value: bool = True):
                out.append(CoreQuery(str(node), str(prop), str(path), str(component), severity,
                                     f"SELECT DISTINCT ?this{' ?value' if value else ''} WHERE {{ {body} }}"))

            low = shapes.value(prop, SH.minCount)
            if low is not None and int(low) > 0:
                if int(low) == 1:
                    q(SH.MinCountConstraintComponent, f"{target} FILTER NOT EXISTS {{ ?this {p} ?v0 }}", False)
                else:
                    q(SH.MinCountConstraintComponent, f"{target} OPTIONAL {{ SELECT ?this (COUNT(DISTINCT ?v0) AS ?n) "
                      f"WHERE {{ ?this {p} ?v0 }} GROUP BY ?this }} FILTER(COALESCE(?n, 0) < {int(low)})", False)
            high = shapes.value(prop, SH.maxCount)
            if high is not None:
                q(SH.MaxCountConstraintComponent, f"{{ SELECT ?this (COUNT(DISTINCT ?v0) AS ?n) WHERE {{ {target} "
                  f"?this {p} ?v0 }} GROUP BY ?this HAVING (COUNT(DISTINCT ?v0) > {int(high)}) }}", False)
            casts = _casts(shapes, prop)
            for component, ok in _value_test(shapes, prop):
                q(component, f"{target} ?this {p} ?value . {casts} FILTER(!{ok})")
    return out
