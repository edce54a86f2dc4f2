"""The work `kg serve` does in its worker processes, one read-only store each.

Queries run here, not in the web process, so that a query over the time limit can
be stopped by ending its process (kg/workers.py kills the worker and starts another).
Every function returns plain data (bytes, dicts) that pickles back to the server.
"""
from __future__ import annotations

import signal

import pyoxigraph as ox
from markupsafe import escape

from . import pagedata
from .consolidate import consolidate, render
from .errors import KzlexError
from .guard import check_query, check_update, lock_down
from .queries import bind, registry
from .results import GRAPH_TYPES, NotAcceptable, TooLarge, graph_bytes, negotiate, serialize
from .search import MARK, SearchIndex
from .store import GraphStore


__all__ = ["init", "store", "sparql", "named", "describe", "void", "export", "page", "act_text", "home", "search",
           "validation", "apply_update"]

_STORE: GraphStore | None = None


def init(path: str) -> None:
    """Open the store read-only, after this process has given up the right to open network sockets."""
    global _STORE
    # a worker over its time limit is ended with SIGKILL; a SIGTERM (a pool that stops its workers so)
    # must end it at once too: its Python handler could not run while Oxigraph computes in Rust
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
    try:
        fmt = negotiate(accept, explicit, isinstance(result, ox.QueryTriples))
    except NotAcceptable as exc:
        return _text(406, str(exc))
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


def describe(iri: str, fmt: str, limit: int):
    """The triples about one IRI (as subject), in graph format `fmt`, for RDF clients dereferencing it."""
    try:
        node = ox.NamedNode(iri)
    except ValueError as exc:
        return _text(400, f"not an IRI: {exc}")
    triples = sorted((ox.Triple(q.subject, q.predicate, q.object)
                      for q in _STORE.quads_for_pattern(node, None, None, ox.DefaultGraph())), key=str)
    if not triples:
        return _text(404, f"nothing is known about {iri}")
    return 200, graph_bytes(triples[:limit], fmt), GRAPH_TYPES[fmt][0]


_VOID: dict = {}


def void(url: str, base: str, fmt: str):
    """(status, body, media type): the VoID + DCAT description of the store, with this server's URLs
    (computed once per build: the counts are queries over the whole store)."""
    from .void import describe

    modified = _STORE.state().get("modified")
    key = (url, base, modified)
    if key not in _VOID:
        _VOID.clear()
        _VOID[key] = describe(_STORE, base, url, modified)
    return 200, graph_bytes(_VOID[key], fmt), GRAPH_TYPES[fmt][0]


def export(key: str, folder: str) -> str:
    """Write a dump of the store into a file in `folder`; returns its path (the server streams it)."""
    import tempfile

    from .vocab import PREFIXES
    from .void import DUMPS

    fd, path = tempfile.mkstemp(prefix="kzlex-export-", suffix="." + key, dir=folder)
    with open(fd, "wb") as fh:
        _STORE.dump(fh, getattr(ox.RdfFormat, DUMPS[key][1]), PREFIXES)
    return path


# --- page data (kg/pagedata.py) ---------------------------------------------------------------

def page(kind: str | None, iri: str, date: str | None = None, lang: str | None = None) -> dict:
    """Everything a page shows about one node (kind "invalid" when `iri` is not an IRI); an act in `lang`, or with
    none in the language its text is held in (Kazakh, or Russian alone), any other node's names in `lang` or Kazakh."""
    try:
        ox.NamedNode(iri)
    except ValueError as exc:
        return {"iri": iri, "kind": "invalid", "error": str(exc)}
    kind = kind or pagedata.kind_of(_STORE, iri)
    if kind == "act":
        return pagedata.act_page(_STORE, iri, date, lang)
    lang = lang or "kk"
    if kind in ("unit", "entry"):
        return pagedata.unit_page(_STORE, iri, lang)
    if kind == "position":
        return pagedata.position_page(_STORE, iri, lang)
    if kind is None:
        return {"iri": iri, "kind": None}
    return pagedata.node_page(_STORE, iri, kind, lang)


def act_text(iri: str, date: str | None, lang: str | None, fmt: str):
    """(status, body, media type): the act as in force on `date`, as text or markdown (in `lang`, or with none in
    the language its text is held in)."""
    if pagedata.kind_of(_STORE, iri) != "act":
        return _text(404, f"no act {iri} in the graph")
    body = render(consolidate(_STORE, iri, date, lang), fmt)
    return 200, body.encode(), ("text/markdown" if fmt == "markdown" else "text/plain") + "; charset=utf-8"


def home(filters: dict | None = None) -> dict:
    return pagedata.home(_STORE, filters)


def search(query: str, date: str | None, act: str | None, limit: int) -> dict:
    """Hits of the search index with a label for each node and its act."""
    if not query.strip():
        return {"query": query, "hits": []}
    path = _STORE.path
    if path is None or not SearchIndex.exists(path):
        return {"query": query, "hits": [], "error": "the store has no search index: run 'kg build'"}
    index = SearchIndex(path, read_only=True)
    try:
        found = index.search(query, date=date, act=act, limit=limit)
        hits = [{**h.as_dict(), "snippet_html": str(escape(h.snippet)).replace(MARK[0], "<mark>").replace(MARK[1], "</mark>")}
                for h in found]
    except ValueError as exc:
        return {"query": query, "hits": [], "error": str(exc)}
    finally:
        index.close()
    names = pagedata.labels(_STORE, [h["iri"] for h in hits] + [h["act"] for h in hits])
    for h in hits:
        h["label"], h["act_label"] = names.get(h["iri"], h["iri"]), names.get(h["act"]) if h["act"] else None
    return {"query": query, "hits": hits, "date": date}


def validation() -> dict:
    from .validate import validate_store

    return validate_store(_STORE).as_dict()
