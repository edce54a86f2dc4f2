"""The work `kg serve` does in its worker processes, one read-only store each.

Queries run here, not in the web process, so that a query over the time limit can
be stopped by ending its process (pebble kills the worker and starts another).
Every function returns plain data (bytes, dicts) that pickles back to the server.
"""
from __future__ import annotations

import difflib
import signal

import pyoxigraph as ox

from .errors import KzlexError
from .guard import check_query, check_update, lock_down
from .queries import bind, registry
from .results import TooLarge, negotiate, serialize
from .store import GraphStore
from .vocab import KZL, sparql_prefixes

__all__ = ["init", "store", "sparql", "named", "describe", "page", "validation", "apply_update"]

_STORE: GraphStore | None = None
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def init(path: str) -> None:
    """Open the store read-only, after this process has given up the right to open network sockets."""
    global _STORE
    # pebble ends a worker over its time limit with SIGTERM; its Python handler cannot run while
    # Oxigraph computes in Rust (3 s of grace, then SIGKILL): the default action ends it at once
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    lock_down()
    _STORE = GraphStore(path, read_only=True)


def store() -> GraphStore:
    """This worker's read-only store (after init)."""
    if _STORE is None:
        raise RuntimeError("serverwork.init was not called in this process")
    return _STORE


def _text(status: int, message: str):
    return status, message.encode(), "text/plain; charset=utf-8"


def _run(text: str, accept: str | None, explicit: str | None, limit: int, subs: dict | None = None):
    try:
        result = _STORE.query(text, substitutions=subs or None)
    except SyntaxError as exc:
        return 400, f"SPARQL syntax error: {exc}".encode(), "text/plain; charset=utf-8"
    except (RuntimeError, OSError) as exc:
        return 400, f"query error: {exc}".encode(), "text/plain; charset=utf-8"
    fmt = negotiate(accept, explicit, isinstance(result, ox.QueryTriples))
    try:
        body, media = serialize(result, fmt, limit)
    except TooLarge as exc:
        return 413, str(exc).encode(), "text/plain; charset=utf-8"
    return 200, body, media


def sparql(text: str, accept: str | None, explicit: str | None, limit: int):
    """(status, body, media type) of one client's SPARQL query: guarded, then run."""
    verdict = check_query(text)
    if not verdict.allowed:
        return _text(verdict.status, verdict.reason)
    return _run(text, accept, explicit, limit)


def apply_update(path: str, text: str):
    """Apply an authorised SPARQL Update to the store (in a process of its own, without network)."""
    lock_down()
    verdict = check_update(text)
    if not verdict.allowed:
        return _text(verdict.status, verdict.reason)
    store = GraphStore(path)
    try:
        store.update(text)
    except SyntaxError as exc:
        return _text(400, f"SPARQL syntax error: {exc}")
    except (RuntimeError, OSError) as exc:
        return _text(400, f"update error: {exc}")
    store.sync_default()
    store.flush()
    return 204, b"", "text/plain; charset=utf-8"


def named(name: str, params: dict[str, str], accept: str | None, explicit: str | None, limit: int):
    q = registry().get(name)
    if q is None:
        return 404, f"no query named {name!r}".encode(), "text/plain; charset=utf-8"
    try:
        subs = bind(q, params, _STORE)
    except (KzlexError, ValueError) as exc:
        return _text(400, f"bad parameter: {exc}")
    return _run(q.text, accept, explicit, limit, subs)


def describe(iri: str, accept: str | None, explicit: str | None, limit: int):
    """The triples about one IRI (as subject), for RDF clients dereferencing it."""
    try:
        node = ox.NamedNode(iri)
    except ValueError as exc:
        return _text(400, f"not an IRI: {exc}")
    triples = sorted((ox.Triple(q.subject, q.predicate, q.object)
                      for q in _STORE.quads_for_pattern(node, None, None, ox.DefaultGraph())), key=str)
    if not triples:
        return 404, f"nothing is known about {iri}".encode(), "text/plain; charset=utf-8"
    fmt = negotiate(accept, explicit, True)
    from .results import GRAPH_TYPES

    media, rdf_format = GRAPH_TYPES[fmt]
    return 200, ox.serialize(triples[:limit], format=rdf_format), media


# --- page data ------------------------------------------------------------------------------

def _rows(query: str, **subs) -> list[dict]:
    res = _STORE.query(sparql_prefixes() + query, substitutions={ox.Variable(k): v for k, v in subs.items()})
    names = [v.value for v in res.variables]
    return [{n: (r[n].value if r[n] is not None else None) for n in names} for r in res]


def kind_of(iri: str) -> str | None:
    types = {q.object.value for q in _STORE.quads_for_pattern(ox.NamedNode(iri), ox.NamedNode(RDF_TYPE), None,
                                                                      ox.DefaultGraph())}
    for kind, cls in (("position", KZL + "Position"), ("act", "http://data.europa.eu/eli/ontology#LegalResource"),
                      ("entry", KZL + "IndexEntry"), ("unit", "http://data.europa.eu/eli/ontology#LegalResourceSubdivision"),
                      ("org", "http://www.w3.org/ns/org#Organization"), ("amendment", KZL + "Amendment")):
        if cls in types:
            return kind
    return "other" if types else None


def _props(iri: str) -> list[dict]:
    return _rows("SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?p ?o", s=ox.NamedNode(iri))


def page(kind: str | None, iri: str) -> dict:
    """Everything a page shows about one node (kind "invalid" when `iri` is not an IRI)."""
    try:
        ox.NamedNode(iri)
    except ValueError as exc:
        return {"iri": iri, "kind": "invalid", "error": str(exc)}
    kind = kind or kind_of(iri)
    node = ox.NamedNode(iri)
    data = {"iri": iri, "kind": kind, "props": _props(iri)}
    if kind == "act":
        data["units"] = _rows("""SELECT DISTINCT ?act ?u ?number ?heading ?type WHERE { ?u eli:is_part_of+ ?act ; a ?type .
            FILTER(STRSTARTS(STR(?type), STR(kzl:))) OPTIONAL { ?u kzl:number ?number } OPTIONAL { ?u kzl:heading ?heading } }
            ORDER BY STR(?u)""", act=node)
        data["amendments_out"] = _rows("""SELECT DISTINCT ?act ?m ?target ?effect ?amended ?amendedNumber ?number WHERE {
            ?m kzl:amendingAct ?act ; kzl:target ?target ; kzl:effect ?effect .
            ?target eli:is_part_of* ?amended . ?amended a eli:LegalResource ; eli:number ?amendedNumber .
            OPTIONAL { ?target kzl:number ?number } } ORDER BY ?amendedNumber STR(?target)""", act=node)
        data["amendments_in"] = _rows("""SELECT DISTINCT ?act ?m ?target ?effect ?by ?byNumber ?byDate ?number WHERE {
            ?m kzl:target ?target ; kzl:effect ?effect ; kzl:amendingAct ?by . ?target eli:is_part_of* ?act .
            ?by eli:number ?byNumber . OPTIONAL { ?by eli:date_document ?byDate } OPTIONAL { ?target kzl:number ?number } }
            ORDER BY ?byDate STR(?target)""", act=node)
        data["approvals"] = _rows("""SELECT DISTINCT ?act ?org ?name ?person WHERE { ?ap kzl:approvalOf ?act .
            OPTIONAL { ?ap kzl:approvedBy ?org . ?org skos:prefLabel ?name . FILTER(LANG(?name) = "kk") }
            OPTIONAL { ?ap kzl:approverName ?person } } ORDER BY ?name""", act=node)
    elif kind in ("unit", "entry"):
        from .history import versions

        vs = versions(_STORE, node)
        prev = None
        for v in vs:
            v["diff"] = _diff(prev, v["text"]) if prev is not None and v["text"] is not None else None
            prev = v["text"] if v["text"] is not None else prev
        data["versions"] = vs
        data["children"] = _rows("""SELECT DISTINCT ?u ?c ?number ?heading WHERE { ?c eli:is_part_of ?u .
            OPTIONAL { ?c kzl:number ?number } OPTIONAL { ?c kzl:heading ?heading } } ORDER BY STR(?c)""", u=node)
        data["parents"] = _rows("""SELECT DISTINCT ?u ?p ?number ?heading WHERE { ?u eli:is_part_of+ ?p .
            OPTIONAL { ?p kzl:number ?number } OPTIONAL { ?p kzl:heading ?heading } } ORDER BY DESC(STRLEN(STR(?p)))""", u=node)
        data["amendments"] = _rows("""SELECT DISTINCT ?u ?m ?effect ?by ?byNumber ?byDate ?newText WHERE {
            ?m kzl:target ?u ; kzl:effect ?effect ; kzl:amendingAct ?by . ?by eli:number ?byNumber .
            OPTIONAL { ?by eli:date_document ?byDate } OPTIONAL { ?m kzl:newText ?newText } } ORDER BY ?byDate""", u=node)
        data["positions"] = _rows("SELECT DISTINCT ?u ?pos ?label WHERE { ?pos kzl:describedBy ?u ; skos:prefLabel ?label }", u=node)
    elif kind == "position":
        data["items"] = _rows("""SELECT DISTINCT ?pos ?part ?item WHERE {
            { ?pos kzl:duty ?item BIND("duties" AS ?part) } UNION { ?pos kzl:knowledge ?item BIND("must know" AS ?part) }
            UNION { ?pos kzl:qualificationRequirement ?item BIND("requirements" AS ?part) }
            UNION { ?pos kzl:competence ?item BIND("competencies" AS ?part) }
            UNION { ?pos kzl:education ?item BIND("education" AS ?part) } }""", pos=node)
        data["described"] = _rows("""SELECT DISTINCT ?pos ?u ?number ?heading ?act ?actNumber WHERE { ?pos kzl:describedBy ?u .
            OPTIONAL { ?u kzl:number ?number } OPTIONAL { ?u kzl:heading ?heading }
            OPTIONAL { ?u eli:is_part_of+ ?act . ?act a eli:LegalResource ; eli:number ?actNumber } }""", pos=node)
        data["entries"] = _rows("""SELECT DISTINCT ?pos ?e ?row ?title WHERE { ?pos kzl:describedBy ?u . ?e kzl:refersTo ?u ;
            kzl:rowNumber ?row ; kzl:entryTitle ?title } ORDER BY ?row""", pos=node)
    return data


def _diff(old: str, new: str) -> list[tuple[str, str]]:
    out = []
    for line in difflib.ndiff(old.splitlines(), new.splitlines()):
        tag = {"+": "ins", "-": "del", " ": "same"}.get(line[:1])
        if tag:
            out.append((tag, line[2:]))
    return out


def home() -> dict:
    acts = _rows("""SELECT DISTINCT ?act ?number ?date ?title WHERE { GRAPH ?g { ?g kzl:describes ?act }
        ?act eli:number ?number . OPTIONAL { ?act eli:date_document ?date }
        OPTIONAL { ?act eli:title ?title } } ORDER BY ?date""")
    return {"acts": acts, "queries": [{"name": q.name, "purpose": q.purpose, "params": [p.name for p in q.params]}
                                      for q in registry().values()]}


def validation() -> dict:
    from .validate import validate_store

    return validate_store(_STORE).as_dict()
