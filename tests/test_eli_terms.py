"""Every ELI term kzlex writes is a term of ELI 1.5, used on its domain and range.

The table in tests/fixtures/eli-1.5.tsv holds the facts of the published ELI ontology 1.5
(classes with their superclasses, properties with their domains and ranges, the individuals it
defines). The exported graph (dump of the whole store, as `kg export` writes it) must use no
`eli:` term outside that table, and every triple with an `eli:` property must have a subject
typed (explicitly, up the ELI class tree) inside the declared domain and an object inside the
declared range: a typed node for a class, a literal of the declared datatype for a datatype.
"""
from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph as ox

from kg.build import build
from kg.store import GraphStore

from .conftest import DATA, ROOT
from .test_layout import LAYOUT, SHARED_REAL

ELI = "http://data.europa.eu/eli/ontology#"
PREFIXED = {"skos:": "http://www.w3.org/2004/02/skos/core#", "xsd:": "http://www.w3.org/2001/XMLSchema#",
            "rdfs:": "http://www.w3.org/2000/01/rdf-schema#", "owl:": "http://www.w3.org/2002/07/owl#"}
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
THING = PREFIXED["owl:"] + "Thing"
LITERAL = PREFIXED["rdfs:"] + "Literal"


def _iri(name: str) -> str:
    for prefix, ns in PREFIXED.items():
        if name.startswith(prefix):
            return ns + name[len(prefix):]
    return ELI + name


def _set(cell: str) -> frozenset[str]:
    return frozenset() if cell == "-" else frozenset(_iri(x) for x in cell.split("|"))


class EliTable:
    def __init__(self, path: Path):
        self.supers: dict[str, frozenset[str]] = {}
        self.props: dict[str, tuple[str, frozenset[str], frozenset[str]]] = {}
        self.individuals: dict[str, str] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            kind, term, a, b = line.split("\t")
            if kind == "class":
                self.supers[_iri(term)] = _set(a)
            elif kind == "individual":
                self.individuals[_iri(term)] = _iri(b)
            else:
                self.props[_iri(term)] = (kind, _set(a), _set(b))

    def terms(self) -> set[str]:
        return set(self.supers) | set(self.props) | set(self.individuals)

    def closure(self, classes) -> set[str]:
        out, todo = set(), list(classes)
        while todo:
            c = todo.pop()
            if c not in out:
                out.add(c)
                todo.extend(self.supers.get(c, ()))
        return out


TABLE = EliTable(ROOT / "tests" / "fixtures" / "eli-1.5.tsv")


def test_the_table_holds_eli_1_5():
    """A few facts of ELI 1.5 that earlier versions state otherwise, so a stale table fails."""
    assert TABLE.props[ELI + "number"][1] == {ELI + "Expression", ELI + "Work"}  # 1.5 broadened it
    assert ELI + "refers_to" in TABLE.props  # new in 1.5
    assert TABLE.props[ELI + "is_realized_by"][1:] == ({ELI + "Work"}, {ELI + "Expression"})  # 1.3
    assert TABLE.closure([ELI + "LegalResourceSubdivision"]) >= {ELI + "LegalResource", ELI + "Work"}
    assert len(TABLE.props) == 84 and len(TABLE.supers) == 21


def _exported(store: GraphStore) -> list[ox.Quad]:
    out = io.BytesIO()
    store.dump(out, ox.RdfFormat.N_QUADS)
    return list(ox.parse(out.getvalue(), format=ox.RdfFormat.N_QUADS))


def _violations(quads: list[ox.Quad]) -> list[str]:
    types: dict[str, set[str]] = {}
    for q in quads:
        if q.predicate.value == RDF_TYPE and isinstance(q.object, ox.NamedNode):
            types.setdefault(q.subject.value, set()).add(q.object.value)
    for iri, cls in TABLE.individuals.items():
        types.setdefault(iri, set()).add(cls)

    def typed_in(node, classes: frozenset[str]) -> bool:
        if not classes or THING in classes:
            return True
        return bool(TABLE.closure(types.get(node.value, ())) & classes)

    bad, seen = [], set()
    for q in quads:
        p, o = q.predicate.value, q.object
        used = [p] if p.startswith(ELI) else []
        if p == RDF_TYPE and isinstance(o, ox.NamedNode) and o.value.startswith(ELI):
            used.append(o.value)
        if isinstance(o, ox.NamedNode) and o.value.startswith(ELI) and p != RDF_TYPE:
            used.append(o.value)
        bad += [f"{t} is not an ELI 1.5 term" for t in used if t not in TABLE.terms()]
        if p not in TABLE.props or (q.subject, p, o) in seen:
            continue
        seen.add((q.subject, p, o))
        kind, domain, range_ = TABLE.props[p]
        if not typed_in(q.subject, domain):
            bad.append(f"{q.subject} {p}: subject typed {sorted(types.get(q.subject.value, ()))}, not in {sorted(domain)}")
        if kind == "data":
            ok = isinstance(o, ox.Literal) and (not range_ or LITERAL in range_ or o.datatype.value in range_)
            if not ok:
                bad.append(f"{q.subject} {p} {o}: not a literal of {sorted(range_)}")
        elif isinstance(o, ox.Literal) or not typed_in(o, range_):
            bad.append(f"{q.subject} {p} {o}: object typed {sorted(types.get(getattr(o, 'value', ''), ()))}, not in {sorted(range_)}")
    return sorted(set(bad))


def test_the_corpus_export_uses_eli_by_its_domains_and_ranges(corpus_store):
    quads = _exported(corpus_store)
    assert sum(q.predicate.value.startswith(ELI) for q in quads) > 300
    assert _violations(quads) == []


def test_corpus_layout_acts_use_eli_by_its_domains_and_ranges(tmp_path):
    """The corpus layout adds expressions per language, formats, portal URLs, repeals."""
    store = GraphStore(tmp_path / "store")
    sources = [DATA, LAYOUT] + ([SHARED_REAL] if SHARED_REAL.is_dir() else [])
    assert not build(sources, store).failed
    quads = _exported(store)
    used = {q.predicate.value for q in quads if q.predicate.value.startswith(ELI)}
    assert {ELI + p for p in ("is_realized_by", "realizes", "embodies", "language", "format", "title",
                              "id_local", "type_document", "jurisdiction", "in_force")} <= used
    assert _violations(quads) == []


def test_a_term_off_its_domain_is_caught():
    """The check fails where it should: a title on the work, a date as a plain string, an invented term."""
    act, expr = ox.NamedNode("https://x/act"), ox.NamedNode("https://x/act/kaz")
    typ = ox.NamedNode(RDF_TYPE)
    quads = [ox.Quad(act, typ, ox.NamedNode(ELI + "LegalResource")),
             ox.Quad(expr, typ, ox.NamedNode(ELI + "LegalExpression")),
             ox.Quad(expr, ox.NamedNode(ELI + "title"), ox.Literal("ok", language="kk")),
             ox.Quad(act, ox.NamedNode(ELI + "title"), ox.Literal("on the work", language="kk")),
             ox.Quad(act, ox.NamedNode(ELI + "date_document"), ox.Literal("2020-01-01")),
             ox.Quad(act, ox.NamedNode(ELI + "is_realized_by"), expr),
             ox.Quad(act, ox.NamedNode(ELI + "registration_number"), ox.Literal("1"))]
    bad = _violations(quads)
    assert len(bad) == 3, bad
    assert any("eli/ontology#title" in b and "subject typed" in b for b in bad)
    assert any("date_document" in b and "XMLSchema#date" in b for b in bad)
    assert any("registration_number is not an ELI 1.5 term" in b for b in bad)
