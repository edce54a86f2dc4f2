"""Stage 5 — store: the embedded on-disk Oxigraph store, one named graph per source.

Two views of the same statements:
- each **named graph** holds what one source said (a document, the registry, the
  ontology, the derived lineage): provenance, `GRAPH ?g` in SPARQL;
- the **default graph** holds the set union of all named graphs, each triple once
  however many documents state it. Queries without `GRAPH` read it. (A union view
  computed at query time, as Oxigraph's `use_default_graph_as_union` does, is a
  multiset: an act described by 500 documents would multiply every join on it.)

Replacing a graph writes only the difference, in one transaction that updates both
views: a crash leaves the document wholly there or wholly absent, never half, and the
default graph always equals the union. (A new graph of more than BULK_FROM quads is
bulk-loaded instead; a build stopped inside it is completed by the next build's diff.) A graph whose new content equals the old is
not written at all, so rebuilding an unchanged corpus writes nothing.

The store directory also holds ``kzlex-store.json``: the layout version and whether
the last build finished. A build that was stopped is repaired by the next one.
"""
from __future__ import annotations

import contextlib
import itertools
import json
import re
import threading
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import StoreError, UsageError

__all__ = ["GraphStore", "GraphBatch", "GraphChange", "serialized", "open_store", "bind_values", "LAYOUT",
           "BUILD_CACHE_KEY"]

LAYOUT = 2  # 1: named graphs only (queried as a multiset union); 2: plus the default graph as their set union
STATE_FILE = "kzlex-store.json"
BUILD_CACHE_KEY = "build_cache"  # the state's nonce of the build cache that matches the store (kg/buildcache.py)
DEFAULT = ox.DefaultGraph()

Triple = tuple  # (subject, predicate, object) terms


@dataclass(frozen=True)
class GraphChange:
    """What replacing one graph changed: the triples it held before and holds now."""
    graph: str
    old: frozenset
    new: frozenset


def bind_values(query: str, subs: dict | None) -> str:
    """The query with a VALUES block for `subs` opening its WHERE group.

    A VALUES block at the start lets the engine start from the bound terms: pyoxigraph's
    own `substitutions` are applied after the pattern is evaluated, which at a million
    quads turned a 5 ms lookup into seconds. Terms are written by pyoxigraph (escaped).
    """
    if not subs:
        return query
    names = " ".join(f"?{v.value}" for v in subs)
    choices = [t if isinstance(t, (list, tuple)) else [t] for t in subs.values()]  # a list: one row per term
    rows = " ".join("(" + " ".join(str(t) for t in row) + ")" for row in itertools.product(*choices))
    block = f" VALUES ({names}) {{ {rows} }} "
    m = re.search(r"\bWHERE\s*\{", query, re.I) or re.search(r"\{", query)
    if not m:
        raise UsageError("cannot bind parameters: the query has no WHERE group")
    return query[:m.end()] + block + query[m.end():]


BULK_FROM = 50_000  # quads of a new graph above which it is bulk-loaded
BATCH_QUADS = 100_000  # quads (with their default-graph copies) a GraphBatch writes at once: the load
# phase of a 10,000-document build peaked at 690 MB with 400,000 (two batches in memory, one being
# written) and at 257 MB with 100,000, in the same time


def _spo(quads) -> list[Triple]:
    return [(q.subject, q.predicate, q.object) for q in quads]


def _sparql_triples(triples, graph: ox.NamedNode | None = None) -> str:
    body = " ".join(f"{s} {p} {o} ." for s, p, o in triples)
    return f"GRAPH {graph} {{ {body} }}" if graph is not None else body


class GraphStore:
    def __init__(self, path: str | Path | None, read_only: bool = False):
        self.path = Path(path) if path else None
        try:
            if self.path is None:
                self._db = ox.Store()
            elif read_only:
                if not self.path.exists():
                    raise StoreError(f"no store at {self.path}: run 'kg build' first")
                self._db = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._db = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"cannot open the store at {self.path}: {exc}") from exc
        if read_only and self.state().get("layout", 1) < LAYOUT and not self._empty():
            raise StoreError(f"the store at {self.path} was built by an older kzlex: run 'kg build' again")

    # --- state ---------------------------------------------------------------------------
    def state(self) -> dict:
        if self.path is None:
            return getattr(self, "_state", {"layout": LAYOUT, "complete": True})
        try:
            return json.loads((self.path / STATE_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def set_state(self, **values) -> None:
        state = {**self.state(), **values}
        if self.path is None:
            self._state = state
            return
        tmp = self.path / (STATE_FILE + ".tmp")
        tmp.write_text(json.dumps(state, sort_keys=True), encoding="utf-8")
        tmp.replace(self.path / STATE_FILE)

    def _empty(self) -> bool:
        return not any(True for _ in self._db.named_graphs())

    def needs_repair(self) -> bool:
        """True when the default graph may not equal the union: an older layout or a stopped build."""
        state = self.state()
        return not self._empty() and (state.get("layout", 1) < LAYOUT or not state.get("complete", False))

    @contextlib.contextmanager
    def writing(self, derived: list[str] = ()):
        """A build's write session. On entry, what a stopped build or an older layout left is
        repaired (the `derived` graphs dropped, the default graph recomputed as the union); the
        store is marked incomplete until the block ends normally, so that a build stopped
        inside it, by any means, is repaired by the next. Yields whether a repair was made."""
        repair = self.needs_repair()
        self.set_state(complete=False)
        if repair:
            for graph in derived:
                self.drop_derived(graph)
            self.rebuild_default()
        self.set_state(layout=LAYOUT)
        yield repair
        self.set_state(complete=True)

    def rebuild_default(self, batch: int = 200_000) -> int:
        """Recompute the default graph from the named graphs (after a stopped build or an upgrade)."""
        self._db.clear_graph(DEFAULT)
        pending, n = [], 0
        for q in self.named_quads():
            pending.append(ox.Quad(q.subject, q.predicate, q.object))
            if len(pending) >= batch:
                self._db.bulk_extend(pending)
                n, pending = n + len(pending), []
        self._db.bulk_extend(pending)
        return n + len(pending)

    def sync_default(self) -> None:
        """Make the default graph the union again after a SPARQL update that wrote named graphs:
        add what a named graph holds and the union lacks, drop what no named graph holds."""
        self._db.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { ?s ?p ?o } } ;"
                          "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }")

    # --- writing -------------------------------------------------------------------------
    def replace_graph(self, graph: str, quads: list[ox.Quad]) -> GraphChange | None:
        """Replace one named graph (and its share of the default graph); None when nothing changed."""
        g = ox.NamedNode(graph)
        new = frozenset((q.subject, q.predicate, q.object) for q in quads)
        try:
            exists = self._db.contains_named_graph(g)
            if not exists and len(new) >= BULK_FROM:
                # a huge new graph: the bulk loader (transactions cost ~25 µs a quad, it ~6). Not
                # atomic, but a build runs under the state's complete=False: a stopped build is
                # repaired by the next, whose diff completes a half-written graph
                self._db.bulk_extend(self._with_copies(new, g))
                return GraphChange(graph, frozenset(), new)
            if not exists:  # the common case of a first build: one transaction, no diff
                self._db.extend(self._with_copies(new, g))
                return GraphChange(graph, frozenset(), new) if new else None
            old = frozenset(_spo(self._db.quads_for_pattern(None, None, None, g)))
            if old == new:
                return None
            self.patch(graph, old - new, new - old)
            if not new:
                self._db.remove_graph(g)
        except OSError as exc:
            raise StoreError(f"cannot write graph {graph}: {exc}") from exc
        return GraphChange(graph, old, new)

    @contextlib.contextmanager
    def batch(self, limit: int = BATCH_QUADS):
        """Graph replacements written many graphs at a time (see GraphBatch); the rest is written
        when the block ends."""
        b = GraphBatch(self, limit)
        try:
            yield b
        except BaseException:
            b.abandon()  # what is gathered is not written; a write under way ends first
            raise
        b.flush()

    @staticmethod
    def _with_copies(triples, g: ox.NamedNode) -> list[ox.Quad]:
        return [ox.Quad(s, p, o, g) for s, p, o in triples] + [ox.Quad(s, p, o) for s, p, o in triples]

    def patch(self, graph: str, remove: set | frozenset, add: set | frozenset) -> None:
        """Remove and add triples of one named graph in one transaction, keeping the default graph
        the union: a removed triple leaves the default graph only when no other graph holds it."""
        g = ox.NamedNode(graph)
        unshared = [t for t in remove if not self._held_elsewhere(t, g)]
        if not remove:
            self._db.extend(self._with_copies(add, g))  # one transaction
        else:
            update = f"DELETE DATA {{ {_sparql_triples(unshared)} {_sparql_triples(remove, g)} }}"
            if add:
                update += f" ;\nINSERT DATA {{ {_sparql_triples(add)} {_sparql_triples(add, g)} }}"
            self._db.update(update)  # one update, one transaction

    def _held_elsewhere(self, triple: Triple, g: ox.NamedNode) -> bool:
        s, p, o = triple
        return any(q.graph_name != g and q.graph_name != DEFAULT for q in self._db.quads_for_pattern(s, p, o))

    def drop_derived(self, graph: str, batch: int = 50_000) -> None:
        """Remove a derived graph (lineage) and its default copies, in batches: nothing else
        states a derived graph's triples. A stopped drop is finished by the next build's repair."""
        g = ox.NamedNode(graph)
        while True:
            triples = _spo(itertools.islice(self._db.quads_for_pattern(None, None, None, g), batch))
            if not triples:
                break
            self._db.update(f"DELETE DATA {{ {_sparql_triples(triples)} {_sparql_triples(triples, g)} }}")
        if self._db.contains_named_graph(g):
            self._db.remove_graph(g)

    # --- reading -------------------------------------------------------------------------
    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._db.named_graphs())

    def __len__(self) -> int:
        """Quads in the named graphs (the default graph repeats them as a set)."""
        return self._count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")

    def triples(self) -> int:
        """Distinct triples: the size of the default graph."""
        return self._count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")

    def _count(self, query: str) -> int:
        # counted inside the store: iterating 15 million quads in Python took 90 s
        return int(next(iter(self._db.query(query)))["n"].value)

    def query(self, sparql: str, substitutions: dict | None = None, **kw):
        """A SPARQL query over the default graph (the set union of all sources); `GRAPH ?g` sees
        each source. Parameters in `substitutions` are bound by a VALUES block (see bind_values)."""
        return self._db.query(bind_values(sparql, substitutions), **kw)

    def quads_for_pattern(self, subject=None, predicate=None, obj=None, graph=None):
        """Quads matching a pattern (None matches anything; `graph` DEFAULT for the union)."""
        return self._db.quads_for_pattern(subject, predicate, obj, graph)

    def has_graph(self, graph: str) -> bool:
        return self._db.contains_named_graph(ox.NamedNode(graph))

    def graph_ntriples(self, graph: str | None = None) -> bytes:
        """One named graph (the default graph, the union, for None) as N-Triples."""
        return self._db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph) if graph else DEFAULT)

    def update(self, sparql: str) -> None:
        """A SPARQL Update on the named graphs (call sync_default after, to bring the union up to date). The
        build cache no longer says what the store holds: the next build reads every document."""
        if self.path is not None and self.state().get(BUILD_CACHE_KEY):
            self.set_state(**{BUILD_CACHE_KEY: None})
        self._db.update(sparql)

    def named_quads(self):
        return (q for q in self._db.quads_for_pattern(None, None, None) if q.graph_name != DEFAULT)

    def dump(self, output, fmt: ox.RdfFormat, prefixes: dict | None = None) -> None:
        """Write the store: datasets get the named graphs, triple formats the union, each triple once. N-Quads, TriG
        and JSON-LD are written graph by graph by the store itself (each graph's N-Triples with its name put before
        each line's end, `_InGraph`; its Turtle in its TriG block, `_TurtleInGraph`; its JSON-LD in a graph object):
        no Python object per quad, 1.6x-1.9x the rate of passing them through `ox.serialize` (bench/export_bench.py)."""
        kw = {"prefixes": prefixes} if prefixes and fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else {}
        if fmt == ox.RdfFormat.N_QUADS:
            for graph in self._db.named_graphs():
                self._db.dump(_InGraph(output, graph), ox.RdfFormat.N_TRIPLES, from_graph=graph)
        elif fmt == ox.RdfFormat.TRIG:  # (likewise: each graph's Turtle in its block, the prefixes declared once)
            output.write("".join(f"@prefix {name}: <{iri}> .\n" for name, iri in (prefixes or {}).items()).encode())
            for graph in self._db.named_graphs():
                block = _TurtleInGraph(output, graph)
                self._db.dump(block, ox.RdfFormat.TURTLE, from_graph=graph, **kw)
                block.close()
        elif fmt == ox.RdfFormat.JSON_LD:  # (likewise: each graph's node objects in its own graph object)
            i = -1
            for i, graph in enumerate(self._db.named_graphs()):
                name = graph.value if isinstance(graph, ox.NamedNode) else f"_:{graph.value}"
                output.write(f'{"," if i else "["}{{"@id":{json.dumps(name)},"@graph":'.encode())
                self._db.dump(output, ox.RdfFormat.JSON_LD, from_graph=graph)
                output.write(b"}")
            output.write(b"]" if i >= 0 else b"[]")  # (no graph: an empty document)
        elif fmt.supports_datasets:
            ox.serialize(self.named_quads(), output, fmt, **kw)
        else:
            self._db.dump(output, fmt, from_graph=DEFAULT, **kw)

    def dump_csv(self, output) -> None:
        """Every quad of the named graphs as a CSV row (graph, subject, predicate, object, the object's datatype and
        language where it is a literal), written by the store's own CSV writer of SPARQL results (SPARQL 1.1's CSV:
        a blank node as `_:label`)."""
        self._db.query(_CSV_ROWS, use_default_graph_as_union=False).serialize(output, ox.QueryResultsFormat.CSV)

    def flush(self) -> None:
        self._db.flush()

    def optimize(self) -> None:
        self._db.optimize()


_CSV_ROWS = """SELECT ?graph ?subject ?predicate ?object ?datatype ?lang WHERE {
  GRAPH ?graph { ?subject ?predicate ?object }
  BIND(IF(isLiteral(?object), DATATYPE(?object), "") AS ?datatype)
  BIND(IF(isLiteral(?object), LANG(?object), "") AS ?lang) }"""


class _InGraph:
    """Where the store writes one graph's N-Triples, written on to `output` as N-Quads of that graph: each line's end
    " .\\n" (the only place a line holds a line break: N-Triples escapes those of literals) gets the graph's name
    before it, a line cut between two chunks waiting for the next.

    >>> import io; out = io.BytesIO(); w = _InGraph(out, ox.NamedNode("http://g"))
    >>> w.write(b'<http://s> <http://p> "a .b" .\\n<http://s> <http://p> <ht'), w.write(b'tp://o> .\\n')
    (56, 10)
    >>> out.getvalue().decode()
    '<http://s> <http://p> "a .b" <http://g> .\\n<http://s> <http://p> <http://o> <http://g> .\\n'
    """

    def __init__(self, output, graph: ox.NamedNode):
        self.output, self.end, self.rest = output, f" {graph} .\n".encode(), b""

    def write(self, chunk) -> int:
        data = self.rest + bytes(chunk)
        cut = data.rfind(b"\n") + 1
        self.rest = data[cut:]
        self.output.write(data[:cut].replace(b" .\n", self.end))
        return len(chunk)

    def flush(self) -> None:
        pass


class _TurtleInGraph:
    """Where the store writes one graph's Turtle, its prefix declarations first, written on to `output` as that graph's
    block of a TriG document, whose top declares the prefixes once: the declarations left out.

    >>> import io; out = io.BytesIO(); w = _TurtleInGraph(out, ox.NamedNode("http://g"))
    >>> _ = w.write(b"@prefix e: <http://e/> .\\n@pre"), w.write(b"fix f: <http://f/> .\\ne:s e:p f:o .\\n"); w.close()
    >>> out.getvalue().decode()
    '<http://g> {\\ne:s e:p f:o .\\n}\\n'
    """

    def __init__(self, output, graph: ox.NamedNode):
        self.output, self.head, self.rest = output, True, b""
        output.write(f"{graph} {{\n".encode())

    def write(self, chunk) -> int:
        if not self.head:
            self.output.write(bytes(chunk))
            return len(chunk)
        data = self.rest + bytes(chunk)
        while data.startswith(b"@prefix") and b"\n" in data:
            data = data[data.index(b"\n") + 1:]
        if data.startswith(b"@prefix") or b"@prefix".startswith(data):  # a declaration cut between two chunks
            self.rest = data
            return len(chunk)
        self.head, self.rest = False, b""
        self.output.write(data)
        return len(chunk)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self.output.write(b"}\n")


class GraphBatch:
    """Replaces graphs like GraphStore.replace_graph, but gathers the graphs that are new to the
    store and writes them `limit` quads at a time with the bulk loader: a first build writes each
    quad once, sorted, instead of one transaction per document (about 2.5x less work). A new
    graph comes serialized (N-Quads of the graph, N-Triples of its default-graph copies, as
    `serialized` makes them in a worker): the writer never builds a Python object per quad.

    Each write of the gathered graphs is one ingestion of sorted files, which the store applies
    whole or not at all (a batch is kept under the bulk loader's own chunk of a million quads): a
    build stopped in between leaves each document wholly there or wholly absent. A graph the store
    already holds is diffed and patched in its own transaction, as before.

    A full batch is written by a thread of its own (the bulk loader releases the GIL) while the
    next one is gathered, so the process that writes the store keeps taking documents from the
    parsing workers; one write at a time, and every other use of the store waits for it."""

    def __init__(self, store: GraphStore, limit: int = BATCH_QUADS, background: bool = True):
        self.store, self.limit, self.background = store, limit, background
        self._chunks: list[bytes] = []
        self._size = 0
        self._names: set[str] = set()  # gathered, not yet handed to a write
        self._writing: set[str] = set()  # in the write under way
        self._thread: threading.Thread | None = None
        self._failed: BaseException | None = None
        self._listed: set[str] | None = None  # the graphs the store holds, listed at the first replace

    def replace(self, graph: str, payload: tuple[bytes, bytes] | None, count: int = 0,
                keep: bool = True) -> GraphChange | None:
        """Replace `graph` by the serialized `payload` of `count` triples (None: an empty graph).
        With `keep`, the change returned carries the new triples (an incremental build needs them)."""
        if graph in self._names or graph in self._writing:  # named twice: write what is gathered, then diff
            self.flush(wait=True)
        if self._listed is None:  # listed once (a lookup per document cost more at 100,000)
            self._listed = set(self.store.graphs())
        if payload is None or graph in self._listed:
            self.wait()  # a diff reads the store: nothing half-written under it
            change = self.store.replace_graph(graph, _parse_quads(payload[0]) if payload else [])
            if change is not None and not change.new:
                self._listed.discard(graph)
            return change
        self._chunks += payload
        self._size += 2 * count
        self._names.add(graph)
        self._listed.add(graph)
        if self._size >= self.limit:
            self.flush(wait=not self.background)
        new = frozenset(_spo(_parse_quads(payload[0]))) if keep else frozenset()
        return GraphChange(graph, frozenset(), new)

    def add(self, graph: str, triples: list[tuple]) -> None:
        """Add triples (of pyoxigraph terms) to a derived graph (lineage) and the union, with the next
        write: not diffed, and not atomic with the graph's other triples (a stopped build recomputes
        derived graphs whole)."""
        if not triples:
            return
        lines = [f"{s} {p} {o}" for s, p, o in triples]
        ending = f" <{graph}> .\n"
        self._chunks.append((ending.join(lines) + ending + " .\n".join(lines) + " .\n").encode())
        self._size += 2 * len(lines)
        if self._size >= self.limit:
            self.flush(wait=not self.background)

    def flush(self, wait: bool = True) -> None:
        """Write what is gathered (after the write under way); with `wait`, return once it is written."""
        self.wait()
        if self._chunks:
            data, names = b"".join(self._chunks), self._names
            self._chunks, self._size, self._names = [], 0, set()
            self._writing = names
            if wait:
                self._load(data, len(names))
                self.wait()  # its failure is raised here
            else:
                self._thread = threading.Thread(target=self._load, args=(data, len(names)),
                                                name="kzlex-bulk-load", daemon=True)
                self._thread.start()

    def wait(self) -> None:
        """Wait for the write under way; raise its error, if it failed."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self._writing = set()
        if self._failed is not None:
            failed, self._failed = self._failed, None
            raise failed

    def abandon(self) -> None:
        """Drop what is gathered; wait for the write under way, whatever its outcome."""
        self._chunks, self._size, self._names = [], 0, set()
        if self._thread is not None:
            self._thread.join()
        self._thread, self._failed, self._writing = None, None, set()

    def _load(self, data: bytes, graphs: int) -> None:
        try:
            self.store._db.bulk_load(data, format=ox.RdfFormat.N_QUADS)
        except (OSError, SyntaxError) as exc:
            self._failed = StoreError(f"cannot write {graphs} graphs: {exc}")
            self._failed.__cause__ = exc
        except BaseException as exc:  # noqa: BLE001 — raised again in the thread that gathers
            self._failed = exc


def serialized(quads: list[ox.Quad]) -> tuple[bytes, bytes] | None:
    """A graph's quads as GraphBatch takes them: (N-Quads, N-Triples of the same triples, which
    are the default graph's copies). None for no quads."""
    if not quads:
        return None
    nquads = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    # every line ends with the graph's name: the default graph's copies are the same lines without
    # it (N-Quads escapes line breaks inside literals, so " <g> .\n" occurs only at a line's end)
    ending = f" {quads[0].graph_name} .\n".encode()
    if nquads.count(ending) == len(quads):
        return nquads, nquads.replace(ending, b" .\n")
    return nquads, ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in quads],
                                format=ox.RdfFormat.N_TRIPLES)  # quads of several graphs


def _parse_quads(data: bytes) -> list[ox.Quad]:
    return list(ox.parse(data, format=ox.RdfFormat.N_QUADS))


def open_store(path: str | Path, read_only: bool = False) -> GraphStore:
    return GraphStore(path, read_only=read_only)
