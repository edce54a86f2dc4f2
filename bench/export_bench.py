"""Export throughput per format (`kg export`), on the corpus plus N synthetic documents.

    python bench/export_bench.py [--size 10000]
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
          f"N-Triples and Turtle write)\n\n| format | seconds | MB | statements | statements/s | MB/s |\n|---|---|---|---|---|---|")
    for fmt in ("nquads", "trig", "ntriples", "turtle", "jsonld", "csv"):
        out = args.work / f"export.{fmt}"
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "kg.cli", "export", "--format", fmt, "--output", str(out),
                        "--store", str(store)], check=True)
        s = time.perf_counter() - t
        mb = out.stat().st_size / 1e6
        n = triples if fmt in ("ntriples", "turtle") else quads  # triple formats write the union
        print(f"| {fmt} | {s:.1f} | {mb:.0f} | {n:,} | {n / s:,.0f} | {mb / s:.1f} |", flush=True)
        out.unlink()


if __name__ == "__main__":
    main()
