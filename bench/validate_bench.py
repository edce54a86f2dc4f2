"""Validation time as the graph grows, and what the whole portal would take.

    python bench/validate_bench.py [--sizes 0 1000 10000]

Strategy measured: node and property constraints in pySHACL over batches of whole
document graphs (~20k triples a batch: the cost is linear in the graph), SPARQL
constraints run as SELECTs in the Oxigraph store (no copy of the graph).
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import corpus_plus, how_built  # noqa: E402

from kg.store import GraphStore  # noqa: E402
from kg.validate import _core_results, _sparql_results, load_shapes  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", nargs="+", type=int, default=[0, 1000, 10000])
    ap.add_argument("--multiset-max", type=int, default=1000,
                    help="up to this size, also run the SPARQL constraints over the named graphs as a multiset union")
    ap.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "kzlex-bench")
    args = ap.parse_args()
    shapes = load_shapes()
    print("| documents | quads | core (pySHACL, batched) s | SPARQL constraints (Oxigraph) s | total s | µs per quad "
          "| violations | SPARQL constraints over the multiset union s |")
    print("|---|---|---|---|---|---|---|---|")
    last = None
    for n in args.sizes:
        path = corpus_plus(n, args.work)
        store = GraphStore(path, read_only=True)
        quads = len(store)
        t = time.perf_counter()
        core = _core_results(store, shapes)
        t_core = time.perf_counter() - t
        t = time.perf_counter()
        sparql = _sparql_results(store, shapes)
        t_sparql = time.perf_counter() - t
        total = t_core + t_sparql
        bad = sum(r.severity == "Violation" for r in core + sparql)
        multiset = "not run"
        if n <= args.multiset_max:  # the layout before the default graph held the union
            import pyoxigraph as ox

            t = time.perf_counter()
            _sparql_results(store, shapes, default_graph=[ox.NamedNode(g) for g in store.graphs()])
            multiset = f"{time.perf_counter() - t:.1f}"
        print(f"| {n + 5:,} | {quads:,} | {t_core:.1f} | {t_sparql:.1f} | {total:.1f} | {1e6 * total / quads:.1f} | {bad} "
              f"| {multiset} |", flush=True)
        print(f"|   | {how_built(path)} | | | | | | |", flush=True)
        last = (quads, total, n + 5)
        del store
    if last:
        quads, total, docs = last
        per_doc = total / docs
        print(f"\nAt {1e6 * total / quads:.1f} µs a quad ({per_doc * 1000:.1f} ms a document), the whole portal "
              f"(~300,000 acts) would take about {300_000 * per_doc / 3600:.1f} hours on this 2-core machine in one "
              f"process; the core half splits by document graph, so N machines or processes divide it.")


if __name__ == "__main__":
    main()
