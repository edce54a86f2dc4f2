"""Stage 5 — store: the embedded on-disk Oxigraph store, one named graph per source.

Replacing a document's graph drops the old graph and adds the new quads, each step a
transaction of its own: a crash between them leaves the document absent, never half
there, and the next build puts it back. Nothing here knows of text or of the model.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from .errors import StoreError

__all__ = ["GraphStore", "open_store"]


class GraphStore:
    def __init__(self, path: str | Path | None, read_only: bool = False):
        self.path = Path(path) if path else None
        try:
            if self.path is None:
                self.store = ox.Store()
            elif read_only:
                if not self.path.exists():
                    raise StoreError(f"no store at {self.path}: run 'kg build' first")
                self.store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.store = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"cannot open the store at {self.path}: {exc}") from exc

    def replace_graph(self, graph: str, quads: list[ox.Quad], bulk: bool = False) -> None:
        """Replace one named graph. `bulk` (not transactional) is for graphs derived from the
        others, such as lineage, which every build rebuilds whole."""
        g = ox.NamedNode(graph)
        try:
            if self.store.contains_named_graph(g):
                self.store.remove_graph(g)
            (self.store.bulk_extend if bulk else self.store.extend)(quads)
        except OSError as exc:
            raise StoreError(f"cannot write graph {graph}: {exc}") from exc

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.store.named_graphs())

    def __len__(self) -> int:
        return len(self.store)

    def query(self, sparql: str, **kw):
        return self.store.query(sparql, use_default_graph_as_union=True, **kw)

    def dump(self, output, fmt: ox.RdfFormat, prefixes: dict | None = None) -> None:
        """Write the store: datasets keep their named graphs, triple formats get the union."""
        kw = {"prefixes": prefixes} if prefixes and fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else {}
        if fmt.supports_datasets:
            self.store.dump(output, fmt, **kw)
            return
        triples = {ox.Triple(q.subject, q.predicate, q.object) for q in self.store.quads_for_pattern(None, None, None)}
        ox.serialize(sorted(triples, key=str), output, fmt, **kw)

    def flush(self) -> None:
        self.store.flush()

    def optimize(self) -> None:
        self.store.optimize()


def open_store(path: str | Path, read_only: bool = False) -> GraphStore:
    return GraphStore(path, read_only=read_only)
