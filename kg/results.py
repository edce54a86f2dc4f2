"""Query results as bytes in the SPARQL 1.1 result formats, with a size limit.

SELECT results: JSON, XML, CSV and TSV written by Oxigraph's own result serializers, a
query's straight from its solutions (5x faster than building rows in Python for rdflib's at
5,000 rows; rdflib's XML writes a literal whose value is false, 0 or 0.0 empty, rdflib issue
3138), rows the caller holds (a remote store's) read back from TSV in Oxigraph's term syntax.
ASK results through rdflib's. Graph results (CONSTRUCT, DESCRIBE): Turtle, N-Triples,
JSON-LD, RDF/XML through pyoxigraph.
"""
from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import rdflib
from rdflib.query import Result

from .vocab import PREFIXES

__all__ = ["SELECT_TYPES", "GRAPH_TYPES", "MAX_BYTES", "TooLarge", "NotAcceptable", "negotiate", "serialize",
           "graph_bytes", "select_bytes", "ask_bytes", "JSONLD_CONTEXT"]

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
    # (a format named that is none of these falls to the Accept header: SPARQL clients name theirs, SPARQLWrapper's
    # "format=n3" beside "Accept: text/turtle, …", and must get an answer the header accepts)
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
    width = max(1, len(result.variables))
    out = _Capped(MAX_BYTES)
    result.serialize(out, format=_NATIVE[fmt])
    body = b"".join(out.parts)
    # every row takes a byte at least: a body of `limit` bytes or fewer holds `limit` rows or fewer
    if len(body) > limit and _rows(body, fmt, limit * width) > limit:
        raise TooLarge(f"the result has more than {limit} rows; add a LIMIT")
    return body, SELECT_TYPES[fmt]


#: the size past which an answer is refused while it is written (a query with no LIMIT over the whole store)
MAX_BYTES = 64 << 20
_NATIVE = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML, "csv": ox.QueryResultsFormat.CSV,
           "tsv": ox.QueryResultsFormat.TSV}


class _Capped:
    """Where Oxigraph writes an answer (in chunks of 8 KB): kept in memory, refused past `cap` bytes."""

    def __init__(self, cap: int):
        self.parts: list[bytes] = []
        self.size, self.cap = 0, cap

    def write(self, chunk) -> int:
        self.size += len(chunk)
        if self.size > self.cap:
            raise TooLarge(f"the result is larger than {self.cap >> 20} MB; add a LIMIT")
        self.parts.append(bytes(chunk))
        return len(chunk)

    def flush(self) -> None:
        pass


def _rows(body: bytes, fmt: str, terms: int) -> int:
    """The rows of a SELECT answer as Oxigraph writes it (a literal's quotes, angle brackets and line breaks are
    escaped in JSON, XML and TSV; CSV quotes a value with a line break in it); a JSON answer binding more than
    `terms` values is not read whole (the caller's rows times its variables: more rows than it allows)."""
    if fmt == "json":
        if body.count(b'"type":') > terms:  # each bound value is one object with its type, a quote never raw in a string
            return terms + 1
        return len(json.loads(body)["results"]["bindings"])
    if fmt == "xml":
        return body.count(b"<result>")
    if fmt == "tsv":
        return body.count(b"\n") - 1
    return sum(1 for _ in csv.reader(io.StringIO(body.decode("utf-8"), newline=""))) - 1


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
    """A SELECT result (variables, rows of pyoxigraph terms or None) in a SPARQL 1.1 results format, for rows
    the caller holds (the command line's, a remote store's): written as TSV in Oxigraph's term syntax, and read
    back by Oxigraph into the format asked, so that its serializers write every answer kzlex gives."""
    lines = ["\t".join("?" + n for n in names)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
    tsv = ("\n".join(lines) + "\n").encode("utf-8")
    return ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV).serialize(format=_NATIVE[fmt])


def ask_bytes(answer: bool, fmt: str) -> bytes:
    r = Result("ASK")
    r.askAnswer = bool(answer)
    return r.serialize(format=fmt if fmt in ("json", "xml") else "json")
