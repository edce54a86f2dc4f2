"""Stage 7 — validate: SHACL shapes over the store, results located at file and line.

One engine, the store (Oxigraph), runs every constraint of the shapes graph (shapes/*.ttl)
over the default graph (the union of all sources): node and property constraints compiled
to SPARQL by kg/shapesql.py, SPARQL-based constraints (``sh:sparql``) as written. pySHACL
is the reference the tests and bench/validate_bench.py compare it with. Results render as
standard ``sh:ValidationResult``s. Exit 0 when no result is a Violation.
"""
from __future__ import annotations

import html
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib.namespace import RDF as RDFNS, SH


# an ill-typed literal ("2023-02-31"^^xsd:date, written by an update) is a Violation of its shape's
# sh:datatype, reported as data; rdflib's conversion warning with its traceback is not for the reader
logging.getLogger("rdflib.term").setLevel(logging.ERROR)
from .resources import resource_dir
from .shapesql import compile_core
from .store import GraphStore
from .vocab import KZL, PREFIXES, sparql_prefixes

__all__ = ["Result", "Report", "validate_store", "validate_turtle", "load_shapes", "render"]
_SEVERITY = {str(SH.Violation): "Violation", str(SH.Warning): "Warning", str(SH.Info): "Info"}


@dataclass
class Result:
    severity: str
    focus: str
    path: str | None
    value: str | None
    message: str
    shape: str
    source: dict = field(default_factory=dict)
    message_kk: str | None = None

    def as_dict(self) -> dict:
        d = {"severity": self.severity, "focus": self.focus, "path": self.path, "value": self.value,
             "message": self.message, "shape": self.shape, "source": self.source}
        if self.message_kk:
            d["message_kk"] = self.message_kk
        return d


@dataclass
class Report:
    results: list[Result]

    @property
    def conforms(self) -> bool:
        return not any(r.severity == "Violation" for r in self.results)

    def as_dict(self) -> dict:
        return {"conforms": self.conforms, "results": [r.as_dict() for r in self.results]}


def load_shapes(directory: Path | None = None) -> rdflib.Graph:
    """The SHACL shapes (shapes/*.ttl of the package, or of `directory`)."""
    g = rdflib.Graph()
    for f in sorted((directory or resource_dir("shapes")).glob("*.ttl")):
        g.parse(f, format="turtle")
    return g


def _messages(shapes: rdflib.Graph, node) -> tuple[str, str | None]:
    en = kk = None
    for m in shapes.objects(node, SH.message):
        lang = getattr(m, "language", None)
        if lang == "kk":
            kk = str(m)
        elif lang in ("en", None) and en is None:
            en = str(m)
    return en or "", kk


def _sparql_results(store: GraphStore, shapes: rdflib.Graph, **query_kw) -> list[Result]:
    """`query_kw` goes to the store's query (the benchmark reads the named graphs as a multiset)."""
    out = []
    prefixes = sparql_prefixes()
    for shape, constraint in shapes.subject_objects(SH.sparql):
        if (constraint, SH.deactivated, rdflib.Literal(True)) in shapes:
            continue
        select = str(shapes.value(constraint, SH.select))
        severity = _SEVERITY.get(str(shapes.value(shape, SH.severity) or SH.Violation), "Violation")
        en, kk = _messages(shapes, constraint)
        en2, kk2 = _messages(shapes, shape)
        query = prefixes + select.replace("$this", "?this")
        # a shape aimed at named nodes gets $this pre-bound, as a SHACL-SPARQL engine binds it
        targets = list(shapes.objects(shape, SH.targetNode))
        subs = {ox.Variable("this"): [ox.NamedNode(str(t)) for t in targets]} if targets else None
        for row in store.query(query, substitutions=subs, **query_kw):
            value = _get(row, "value").value if _get(row, "value") is not None else None
            path = _get(row, "path").value if _get(row, "path") is not None else None
            msg = _fill(en or en2, row)
            out.append(Result(severity, row["this"].value, path, value, msg, str(shape),
                              message_kk=_fill(kk or kk2, row) if (kk or kk2) else None))
    return out


def _get(row, name: str):
    """A solution's value for a variable, None when unbound or not projected."""
    try:
        return row[name]
    except (KeyError, IndexError, TypeError):
        return None


def _fill(template: str | None, row) -> str:
    if not template:
        return ""
    out = template
    for name in ("value", "this", "path", "extra"):
        if "{?" + name + "}" in out or "{$" + name + "}" in out:
            term = _get(row, name)
            text = term.value if term is not None else ""
            out = out.replace("{?" + name + "}", text).replace("{$" + name + "}", text)
    return out


_DEFAULT_MESSAGES = {"MinCount": "Too few values", "MaxCount": "Too many values", "Datatype": "Value of the wrong datatype",
                     "Class": "Value of the wrong class", "NodeKind": "Value of the wrong node kind",
                     "Pattern": "Value off its pattern", "In": "Value not in the list", "Or": "Value fits no shape of sh:or"}


def _core_results(store: GraphStore, shapes: rdflib.Graph) -> list[Result]:
    """Core constraints compiled to SPARQL (kg/shapesql.py) and run in the store, over the default
    graph (the union of all sources), like the SPARQL constraints: validation is one engine."""
    out: list[Result] = []
    for c in compile_core(shapes):
        node = rdflib.URIRef(c.shape)
        en, kk = _messages(shapes, node)
        if not en:
            name = c.component.rsplit("#", 1)[-1].removesuffix("ConstraintComponent")
            en = _DEFAULT_MESSAGES.get(name, name) + (f" on {c.path}" if c.path else "")
        severity = _SEVERITY.get(str(c.severity), "Violation")
        for row in store.query(sparql_prefixes() + c.query):
            value = _get(row, "value")
            out.append(Result(severity, row["this"].value, c.path or None, value.value if value is not None else None,
                              en, c.shape, message_kk=kk))
    return out


def _locate(store: GraphStore, results: list[Result]) -> None:
    """Each result's source file and line: its focus node's, or, for a node lineage computed (a version, which no
    text states), the line of the unit it is a version of."""
    q = sparql_prefixes() + """
SELECT ?focus ?file ?line WHERE { GRAPH ?g { ?focus kzl:sourceLine ?line . ?g kzl:fileName ?file } } ORDER BY ?line LIMIT 1"""
    of_unit = sparql_prefixes() + """
SELECT ?focus ?file ?line WHERE { ?focus kzl:versionOf ?u . GRAPH ?g { ?u kzl:sourceLine ?line . ?g kzl:fileName ?file } }
ORDER BY ?file ?line LIMIT 1"""
    cache: dict[str, dict] = {}
    for r in results:
        if r.focus not in cache:
            cache[r.focus] = {}
            if r.focus.startswith(("http://", "https://")):
                for query in (q, of_unit):
                    for row in store.query(query, substitutions={ox.Variable("focus"): ox.NamedNode(r.focus)}):
                        cache[r.focus] = {"file": row["file"].value, "line": int(row["line"].value)}
                    if cache[r.focus]:
                        break
        r.source = cache[r.focus]


def _dedupe(results: list[Result]) -> list[Result]:
    seen, out = set(), []
    for r in results:
        k = (r.severity, r.focus, r.path, r.value, r.shape)
        if k not in seen:
            seen.add(k)
            out.append(r)
    order = {"Violation": 0, "Warning": 1, "Info": 2}
    return sorted(out, key=lambda r: (order.get(r.severity, 3), r.source.get("file", ""), r.source.get("line", 0), r.focus))


def validate_turtle(data: str, shapes_dir: Path | None = None, file_name: str = "example.ttl") -> Report:
    """Validate a small graph given as Turtle (shape examples, tests), in an in-memory store.

    The triples go into one source graph named after `file_name`; the ontology graph
    is loaded beside them, as a build would.
    """
    from .iri import Minter
    from .ontology import ontology_quads

    m = Minter()
    store = GraphStore(None)
    g = ox.NamedNode(m.source(file_name))
    triples = list(ox.parse(data.encode("utf-8"), format=ox.RdfFormat.TURTLE))
    quads = [ox.Quad(t.subject, t.predicate, t.object, g) for t in triples]
    quads.append(ox.Quad(g, ox.NamedNode(KZL + "fileName"), ox.Literal(file_name), g))
    store.replace_graph(g.value, quads)
    store.replace_graph(m.graph("ontology"), ontology_quads(m.graph("ontology")))
    return validate_store(store, shapes_dir)


def validate_store(store: GraphStore, shapes_dir: Path | None = None) -> Report:
    shapes = load_shapes(shapes_dir)
    results = _core_results(store, shapes) + _sparql_results(store, shapes)
    _locate(store, results)
    return Report(_dedupe(results))


# --- rendering ------------------------------------------------------------------------------

def _short(iri: str | None) -> str:
    if not iri:
        return ""
    for p, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{p}:{iri[len(ns):]}"
    return iri


def _where(r: Result) -> str:
    s = r.source
    return f"{s['file']}:{s['line']}" if s else "(no source)"


def render(report: Report, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(report.as_dict(), ensure_ascii=False, indent=2)
    if fmt == "turtle":
        return _turtle(report)
    counts = {s: sum(r.severity == s for r in report.results) for s in ("Violation", "Warning", "Info")}
    head = f"conforms: {str(report.conforms).lower()} — {counts['Violation']} violations, {counts['Warning']} warnings"
    if fmt == "markdown":
        rows = [f"| {r.severity} | `{_where(r)}` | {_short(r.shape)} | {r.message} |" for r in report.results]
        return "\n".join([f"# Validation report\n\n{head}\n", "| severity | where | shape | message |",
                          "|---|---|---|---|", *rows]) + "\n"
    if fmt == "html":
        rows = "".join(f"<tr class='{r.severity.lower()}'><td>{r.severity}</td><td>{html.escape(_where(r))}</td>"
                       f"<td>{html.escape(_short(r.shape))}</td><td>{html.escape(r.message)}</td>"
                       f"<td><a href='{html.escape(r.focus)}'>{html.escape(_short(r.focus))}</a></td></tr>"
                       for r in report.results)
        return (f"<!doctype html><html lang='en'><meta charset='utf-8'><title>kzlex validation report</title>"
                f"<h1>Validation report</h1><p>{html.escape(head)}</p><table><thead><tr><th>severity</th><th>where</th>"
                f"<th>shape</th><th>message</th><th>focus</th></tr></thead><tbody>{rows}</tbody></table></html>\n")
    lines = [head] + [f"{r.severity:9} {_where(r)}  {r.message}  [{_short(r.shape)}]" for r in report.results]
    return "\n".join(lines) + "\n"


def _turtle(report: Report) -> str:
    g = rdflib.Graph()
    g.bind("sh", SH)
    g.bind("kzl", KZL)
    rep = rdflib.BNode()
    g.add((rep, RDFNS.type, SH.ValidationReport))
    g.add((rep, SH.conforms, rdflib.Literal(report.conforms)))
    for r in report.results:
        n = rdflib.BNode()
        g.add((rep, SH.result, n))
        g.add((n, RDFNS.type, SH.ValidationResult))
        g.add((n, SH.resultSeverity, SH[r.severity]))
        g.add((n, SH.focusNode, rdflib.URIRef(r.focus)))
        g.add((n, SH.sourceShape, rdflib.URIRef(r.shape)))
        g.add((n, SH.resultMessage, rdflib.Literal(r.message, lang="en")))
        if r.message_kk:
            g.add((n, SH.resultMessage, rdflib.Literal(r.message_kk, lang="kk")))
        if r.path:
            g.add((n, SH.resultPath, rdflib.URIRef(r.path)))
        if r.value is not None:
            g.add((n, SH.value, rdflib.Literal(r.value)))
        if r.source:
            g.add((n, rdflib.URIRef(KZL + "sourceFile"), rdflib.Literal(r.source["file"])))
            g.add((n, rdflib.URIRef(KZL + "sourceLine"), rdflib.Literal(r.source["line"])))
    return g.serialize(format="turtle")
