"""Export throughput per format (`kg export`), on the corpus plus N synthetic documents, beside the engine's own.

    python bench/export_bench.py [--size 10000]

"engine" is pyoxigraph dumping the same store in that format, in a process of its own as `kg export` is: a triple
format from the default graph (what `kg export` writes), a dataset format the whole store (the named graphs and the
default graph, twice the statements: it cannot leave the default graph out), compared as statements a second.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import corpus_plus  # noqa: E402

from kg.cli import FORMATS  # noqa: E402
from kg.store import GraphStore  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=10000)
    ap.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "kzlex-bench")
    ap.add_argument("--layout", action="store_true", help="synthetic documents in the corpus layout (act folders)")
    args = ap.parse_args()
    store = corpus_plus(args.size, args.work, layout=args.layout)
    gs = GraphStore(store, read_only=True)
    quads, triples = len(gs), gs.triples()
    del gs
    print(f"{quads:,} quads in named graphs, {triples:,} distinct triples (the union, which "
          f"N-Triples and Turtle write)\n\n| format | seconds | MB | statements | statements/s | MB/s "
          f"| engine statements/s | kzlex / engine |\n|---|---|---|---|---|---|---|---|")
    for fmt in ("nquads", "trig", "ntriples", "turtle", "jsonld", "csv"):
        out = args.work / f"export.{fmt}"
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "kg.cli", "export", "--format", fmt, "--output", str(out),
                        "--store", str(store)], check=True)
        s = time.perf_counter() - t
        mb = out.stat().st_size / 1e6
        n = triples if fmt in ("ntriples", "turtle") else quads  # triple formats write the union
        engine = _engine_rate(store, fmt, out, quads + triples if fmt in DATASETS else triples)
        cells = f"{engine:,.0f} | {n / s / engine:.2f}x" if engine else " | "
        print(f"| {fmt} | {s:.1f} | {mb:.0f} | {n:,} | {n / s:,.0f} | {mb / s:.1f} | {cells} |", flush=True)
        out.unlink()


DATASETS = {f for f in FORMATS if f not in ("ntriples", "turtle")}
TRIPLES = {"ntriples", "turtle"}


def _engine_rate(store: Path, fmt: str, out: Path, statements: int) -> float | None:
    """Statements a second of pyoxigraph's own dump of the store in `fmt` (None: no such format, CSV)."""
    name = FORMATS.get(fmt)  # (the same names `kg export` gives the store)
    if name is None:
        return None
    graph = ", from_graph=ox.DefaultGraph()" if fmt in TRIPLES else ""
    code = (f"import pyoxigraph as ox; s = ox.Store.read_only({str(store)!r}); "
            f"s.dump({str(out)!r}, ox.RdfFormat.{name}{graph})")
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return statements / (time.perf_counter() - t)


if __name__ == "__main__":
    main()
