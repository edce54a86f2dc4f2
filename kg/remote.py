"""Remote SPARQL 1.1 stores: queries through SPARQLWrapper, loading through the Graph Store Protocol.

For users who outgrow one machine: `kg push --endpoint URL` puts every named graph of
the local store into a remote store (Oxigraph server, Virtuoso, Fuseki, GraphDB), and
`kg query NAME --endpoint URL` runs the same named queries there. Parameters are sent
as a VALUES block of RDF terms written by pyoxigraph (escaped), at the start of the
query's WHERE group, never pasted as text.
"""
from __future__ import annotations

import re

import pyoxigraph as ox
import requests
from SPARQLWrapper import JSON, POST, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from .errors import StoreError
from .store import GraphStore, bind_values

__all__ = ["RemoteStore", "push"]


def _term(b: dict):
    t = b["type"]
    if t == "uri":
        return ox.NamedNode(b["value"])
    if t == "bnode":
        return ox.BlankNode(b["value"])
    if b.get("xml:lang"):
        return ox.Literal(b["value"], language=b["xml:lang"])
    if b.get("datatype"):
        return ox.Literal(b["value"], datatype=ox.NamedNode(b["datatype"]))
    return ox.Literal(b["value"])


_COMMENT_LINES = re.compile(r"^[ \t]*#[^\n]*\n", re.M)


class RemoteStore:
    """The part of GraphStore's interface that named queries use, over HTTP."""

    def __init__(self, endpoint: str, user: str | None = None, password: str | None = None, timeout: int = 120):
        self.endpoint = endpoint
        self.client = SPARQLWrapper(endpoint)
        self.client.setReturnFormat(JSON)
        self.client.setMethod(POST)
        self.client.setTimeout(timeout)
        if user:
            self.client.setCredentials(user, password or "")

    def select(self, query: str, subs: dict) -> tuple[list[str], list[list]]:
        # whole-line comments go: SPARQLWrapper reads the query form from the words of the text,
        # and "… the unit and act that describe it" in a header comment made it a DESCRIBE
        self.client.setQuery(_COMMENT_LINES.sub("", bind_values(query, subs)))
        try:
            data = self.client.queryAndConvert()
        except (SPARQLWrapperException, OSError) as exc:
            raise StoreError(f"{self.endpoint}: {exc}") from exc
        if "boolean" in data:
            return ["boolean"], [[ox.Literal(str(data["boolean"]).lower())]]
        names = data["head"]["vars"]
        rows = [[_term(b[n]) if n in b else None for n in names] for b in data["results"]["bindings"]]
        return names, rows

    def query(self, query: str, substitutions: dict | None = None):
        """Rows as dict-like solutions, for the resolvers shared with the embedded store."""
        names, rows = self.select(query, substitutions or {})
        return [dict(zip(names, r)) for r in rows]


def push(store: GraphStore, gsp: str, user: str | None = None, password: str | None = None,
         auth: str = "basic", graph_param: str = "graph", union: bool = False) -> list[str]:
    """PUT every named graph of the local store to a Graph Store Protocol endpoint; with `union`,
    also the default graph (the union of the named graphs, each triple once)."""
    from requests.auth import HTTPBasicAuth, HTTPDigestAuth

    creds = None
    if user:
        creds = (HTTPDigestAuth if auth == "digest" else HTTPBasicAuth)(user, password or "")
    pushed = []
    targets = [(graph, {graph_param: graph}, graph) for graph in store.graphs()]
    if union:
        targets.append(("default graph", {"default": ""}, None))
    for name, params, source in targets:
        body = store.graph_ntriples(source)
        try:
            r = requests.put(gsp, params=params, data=body, auth=creds, timeout=300,
                             headers={"Content-Type": "application/n-triples"})
        except requests.RequestException as exc:
            raise StoreError(f"{gsp}: {exc}") from exc
        if r.status_code >= 300:
            raise StoreError(f"{gsp}: PUT {name} answered {r.status_code}: {r.text[:300]}")
        if name != "default graph":
            pushed.append(name)
    return pushed
