"""Query results as bytes in the SPARQL 1.1 result formats, with a size limit.

SELECT results: JSON, XML and CSV through rdflib's result serializers, TSV from
Oxigraph's own N-Triples term syntax. Graph results (CONSTRUCT, DESCRIBE): Turtle,
N-Triples, JSON-LD, RDF/XML through pyoxigraph.
"""
from __future__ import annotations

import pyoxigraph as ox
import rdflib
from rdflib.query import Result

__all__ = ["SELECT_TYPES", "GRAPH_TYPES", "TooLarge", "negotiate", "serialize", "select_bytes", "ask_bytes"]

SELECT_TYPES = {
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
    "csv": "text/csv", "tsv": "text/tab-separated-values",
}
GRAPH_TYPES = {
    "turtle": ("text/turtle", ox.RdfFormat.TURTLE), "ntriples": ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    "jsonld": ("application/ld+json", ox.RdfFormat.JSON_LD), "rdfxml": ("application/rdf+xml", ox.RdfFormat.RDF_XML),
}
_ALIASES = {"application/json": "json", "text/json": "json", "application/xml": "xml", "text/xml": "xml",
            "text/plain": "ntriples", "application/x-turtle": "turtle", "application/trig": "turtle"}


class TooLarge(Exception):
    """The result has more rows or triples than the server's limit."""


def negotiate(accept: str | None, explicit: str | None, graph: bool) -> str:
    """The format key for a request: an explicit `format` parameter first, then Accept."""
    table = GRAPH_TYPES if graph else SELECT_TYPES
    if explicit:
        key = explicit.lower()
        if key in table:
            return key
        for k, v in table.items():
            if (v[0] if graph else v) == key:
                return k
    ranked = []
    for n, part in enumerate((accept or "").split(",")):
        media, _, params = part.strip().partition(";")
        q = 1.0
        for p in params.split(";"):
            if p.strip().startswith("q="):
                try:
                    q = float(p.strip()[2:])
                except ValueError:
                    q = 0.0
        ranked.append((-q, n, media.strip().lower()))
    for _, _, media in sorted(ranked):
        for k, v in table.items():
            if (v[0] if graph else v) == media:
                return k
        alias = _ALIASES.get(media)
        if alias in table:
            return alias
    return "turtle" if graph else "json"


def _rdflib(term):
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    dt = term.datatype.value
    return rdflib.Literal(term.value, datatype=None if dt.endswith("#string") else rdflib.URIRef(dt))


def serialize(result, fmt: str, limit: int) -> tuple[bytes, str]:
    """(body, media type) of a pyoxigraph query result; raises TooLarge past `limit`."""
    if isinstance(result, ox.QueryBoolean):
        fmt = fmt if fmt in ("json", "xml") else "json"
        return ask_bytes(bool(result), fmt), SELECT_TYPES[fmt]
    if isinstance(result, ox.QueryTriples):
        triples = []
        for t in result:
            triples.append(t)
            if len(triples) > limit:
                raise TooLarge(f"the result has more than {limit} triples; narrow the query")
        media, rdf_format = GRAPH_TYPES[fmt]
        return ox.serialize(triples, format=rdf_format), media
    names = [v.value for v in result.variables]
    rows = []
    for row in result:
        rows.append([row[n] for n in names])
        if len(rows) > limit:
            raise TooLarge(f"the result has more than {limit} rows; add a LIMIT")
    return select_bytes(names, rows, fmt), SELECT_TYPES[fmt]


def select_bytes(names: list[str], rows: list[list], fmt: str) -> bytes:
    """A SELECT result (variables, rows of pyoxigraph terms or None) in a SPARQL 1.1 results format;
    the one serialiser of the command line and the endpoint."""
    if fmt == "tsv":
        lines = ["\t".join("?" + n for n in names)]
        lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
        return ("\n".join(lines) + "\n").encode("utf-8")
    r = Result("SELECT")
    r.vars = [rdflib.Variable(n) for n in names]
    r.bindings = [{rdflib.Variable(n): _rdflib(t) for n, t in zip(names, row) if t is not None} for row in rows]
    return r.serialize(format=fmt)


def ask_bytes(answer: bool, fmt: str) -> bytes:
    r = Result("ASK")
    r.askAnswer = bool(answer)
    return r.serialize(format=fmt if fmt in ("json", "xml") else "json")
