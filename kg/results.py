"""Query results as bytes in the SPARQL 1.1 result formats, with a size limit.

SELECT results: JSON, XML and CSV through rdflib's result serializers, TSV from
Oxigraph's own N-Triples term syntax. Graph results (CONSTRUCT, DESCRIBE): Turtle,
N-Triples, JSON-LD, RDF/XML through pyoxigraph.
"""
from __future__ import annotations

import pyoxigraph as ox
import rdflib
from rdflib.query import Result

from .vocab import PREFIXES

__all__ = ["SELECT_TYPES", "GRAPH_TYPES", "TooLarge", "NotAcceptable", "negotiate", "serialize", "graph_bytes",
           "select_bytes", "ask_bytes", "JSONLD_CONTEXT"]

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


class NotAcceptable(Exception):
    """No media type kzlex can produce is acceptable to the client (HTTP 406)."""

    def __init__(self, accept: str, offered: list[str]):
        super().__init__(f"none of the media types kzlex produces here is acceptable ({accept!r}); "
                         f"it produces: {', '.join(offered)}")


# media types offered, least preferred first: for a tie ("*/*", "text/*") the last one wins
_SELECT_OFFERED = [("text/xml", "xml"), ("application/xml", "xml"), ("application/json", "json"),
                   ("text/tab-separated-values", "tsv"), ("text/csv", "csv"),
                   ("application/sparql-results+xml", "xml"), ("application/sparql-results+json", "json")]
_GRAPH_OFFERED = [("application/xml", "rdfxml"), ("application/json", "jsonld"), ("text/plain", "ntriples"),
                  ("application/rdf+xml", "rdfxml"), ("application/n-triples", "ntriples"),
                  ("application/ld+json", "jsonld"), ("text/turtle", "turtle")]


def negotiate(accept: str | None, explicit: str | None, graph: bool, extra: tuple[str, ...] = ()) -> str:
    """The format key for a request: an explicit `format` parameter first, then the Accept header
    read by RFC 9110's rules (q-values, wildcards, q=0 refuses) with python-mimeparse. `extra`
    media types (e.g. "text/html") are offered before the RDF ones and returned as they are.
    Raises NotAcceptable when nothing offered is acceptable."""
    import mimeparse

    table = GRAPH_TYPES if graph else SELECT_TYPES
    if explicit:
        key = explicit.lower()
        if key in table or key in extra:
            return key
        for k, v in table.items():
            if (v[0] if graph else v) == key:
                return k
    offered = [(m, m) for m in extra] + (_GRAPH_OFFERED if graph else _SELECT_OFFERED)
    header = (accept or "").strip() or "*/*"
    try:
        scored = [(mimeparse.quality(m, header), m) for m, _ in offered]
    except (ValueError, IndexError):  # a header mimeparse cannot read counts as no preference
        header, scored = "*/*", [(1.0, m) for m, _ in offered]
    top = max(q for q, _ in scored)
    if top <= 0:
        raise NotAcceptable(accept or "", sorted({m for m, _ in offered}))
    # among equally acceptable types: the one the client names first, then the server's preference
    named = [r.split(";")[0].strip().lower() for r in header.split(",")]
    tied = [(named.index(m) if m in named else len(named), -i, m) for i, (q, m) in enumerate(scored) if q == top]
    best = min(tied)[2]
    return dict(offered)[best]


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
        return graph_bytes(triples, fmt), GRAPH_TYPES[fmt][0]
    names = [v.value for v in result.variables]
    rows = []
    for row in result:
        rows.append([row[n] for n in names])
        if len(rows) > limit:
            raise TooLarge(f"the result has more than {limit} rows; add a LIMIT")
    return select_bytes(names, rows, fmt), SELECT_TYPES[fmt]


#: the JSON-LD context of kzlex's graphs (the vocabulary's prefixes), served at /context.jsonld
JSONLD_CONTEXT = {"@context": dict(PREFIXES)}


def graph_bytes(triples: list, fmt: str) -> bytes:
    """Triples in a graph format: Turtle and RDF/XML with the vocabulary's prefixes, JSON-LD
    compacted with kzlex's context (prefixed names, language maps as @language/@value)."""
    media, rdf_format = GRAPH_TYPES[fmt]
    if fmt == "jsonld":
        g = rdflib.Graph()
        g.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
        return g.serialize(format="json-ld", context=JSONLD_CONTEXT["@context"], auto_compact=True).encode("utf-8")
    if fmt in ("turtle", "rdfxml"):
        used = {p: ns for p, ns in PREFIXES.items() if any(ns in str(t) for t in triples[:2000])} or PREFIXES
        return ox.serialize(triples, format=rdf_format, prefixes=used)
    return ox.serialize(triples, format=rdf_format)


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
