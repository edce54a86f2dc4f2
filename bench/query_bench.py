"""Named queries: median and p95 latency, embedded Oxigraph versus rdflib on the same data.

    python bench/query_bench.py [--sizes 0 1000 10000] [--rdflib-max 1000]

Each size is the bundled corpus plus N synthetic documents (bench/synth.py), so every
named query's example parameters name real acts and units. rdflib runs the same query
text with the same bound parameters (initBindings) on the same quads, up to --rdflib-max.
"""
from __future__ import annotations

import argparse
import os
import shlex
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import corpus_plus, how_built, median_ms, p95_ms, timed  # noqa: E402

import rdflib  # noqa: E402

from kg.queries import bind, registry  # noqa: E402
from kg.store import GraphStore, bind_values  # noqa: E402


def examples():
    for q in registry().values():
        args = shlex.split(q.examples[0])
        yield q, dict(a.split("=", 1) for a in args[3:] if "=" in a)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", nargs="+", type=int, default=[0, 1000, 10000])
    ap.add_argument("--rdflib-max", type=int, default=0)
    ap.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "kzlex-bench")
    ap.add_argument("--layout", action="store_true", help="synthetic documents in the corpus layout (act folders)")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    # the examples' parameters (an act by registration number, a unit by ACT:PATH) are resolved
    # once, on the corpus alone: among 100,000 synthetic acts a bare number names several
    corpus = GraphStore(corpus_plus(0, args.work, layout=args.layout), read_only=True)
    bound = {q.name: bind(q, params, corpus) for q, params in examples()}
    del corpus
    for n in args.sizes:
        path = corpus_plus(n, args.work, layout=args.layout)
        store = GraphStore(path, read_only=True)
        quads = len(store)
        ds = None
        if n <= args.rdflib_max:  # the same triples the queries read: the union of the named graphs
            ds = rdflib.Graph()
            ds.parse(data=store.graph_ntriples().decode("utf-8"),
                     format="nt")
        print(f"\ncorpus + {n:,} synthetic documents: {quads:,} quads, {store.triples():,} distinct triples "
              f"({how_built(path)})\n")
        print("| query | Oxigraph median ms | Oxigraph p95 ms |" + (" rdflib median ms | rdflib / Oxigraph |" if ds else ""))
        print("|---|---|---|" + ("---|---|" if ds else ""))
        for q, _ in examples():
            subs = bound[q.name]
            t = timed(lambda: list(store.query(q.text, substitutions=subs)), repeat=15)
            cells = [f"{median_ms(t):.1f}", f"{p95_ms(t):.1f}"]
            if ds is not None:
                # (the parameters bound as the store binds them, a VALUES block: a parameter may be a list of
                # terms, the positions a name finds, which rdflib's initBindings cannot hold)
                text = bind_values(q.text, subs)
                tr = timed(lambda: list(ds.query(text)), repeat=3, warmup=0)
                cells += [f"{median_ms(tr):.0f}", f"{median_ms(tr) / max(median_ms(t), 0.01):.0f}x"]
            print(f"| {q.name} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
