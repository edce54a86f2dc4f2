"""Build cost from 100 to 100,000 documents: throughput, peak memory, one core versus two.

    python bench/build_bench.py [N ...] [--work DIR] [--jobs 1 2]

For each N it writes a synthetic corpus (bench/synth.py, seed 1), builds it with
`kg build` in a fresh process per run (so peak RSS is that run's own), checks the
report against the corpus's expected counts, and prints one table row per run. Then,
for the largest N, it compares kzlex's loader with pyoxigraph's bulk loader on the
same N-Quads (the ceiling). Figures go to stdout as a Markdown table.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHILD = r"""
import json, resource, sys, time
from kg.build import build
from kg.store import GraphStore
corpus, store, jobs = sys.argv[1], sys.argv[2], int(sys.argv[3])
t = time.perf_counter()
report = build([corpus], GraphStore(store), jobs=jobs)
elapsed = time.perf_counter() - t
totals = report.totals()
print(json.dumps({"seconds": elapsed, "phases": report.seconds, "changed": report.changed, "totals": totals, "coverage": report.coverage, "quads": report.quads,
                  "failed": len(report.failed),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "children_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def corpus(n: int, work: Path) -> tuple[Path, dict]:
    folder = work / f"synth-{n}"
    if not (folder / "expected.json").exists():
        subprocess.run([sys.executable, str(HERE / "synth.py"), str(n), str(folder)], check=True, capture_output=True)
    return folder, json.loads((folder / "expected.json").read_text())


def run(folder: Path, store: Path, jobs: int, fresh: bool = True) -> dict:
    if fresh:
        shutil.rmtree(store, ignore_errors=True)
    p = subprocess.run([sys.executable, "-c", CHILD, str(folder), str(store), str(jobs)], capture_output=True, text=True)
    if p.returncode:
        raise SystemExit(p.stderr[-2000:])
    return json.loads(p.stdout.strip().splitlines()[-1])


def size_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.glob("*.txt")) / 1e6


def ceiling(store: Path, work: Path) -> str:
    """kzlex's loader versus pyoxigraph's bulk load of the same N-Quads."""
    import pyoxigraph as ox

    from kg.store import GraphStore

    nq = work / "ceiling.nq"
    with open(nq, "wb") as fh:  # the named graphs (the default graph is their union, written by kzlex too)
        GraphStore(store, read_only=True).dump(fh, ox.RdfFormat.N_QUADS)
    target = work / "ceiling-store"
    shutil.rmtree(target, ignore_errors=True)
    t = time.perf_counter()
    s = ox.Store(str(target))
    s.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    s.flush()
    bulk = time.perf_counter() - t
    n = len(s)
    del s
    target2 = work / "ceiling-tx"
    shutil.rmtree(target2, ignore_errors=True)
    quads = list(ox.parse(path=str(nq), format=ox.RdfFormat.N_QUADS))
    graphs: dict = {}
    for q in quads:
        graphs.setdefault(q.graph_name, []).append(q)
    gs = GraphStore(target2)
    t = time.perf_counter()
    for g, qs in graphs.items():
        gs.replace_graph(g.value, qs)
    gs.flush()
    ours = time.perf_counter() - t
    return (f"\nStore load of the same {n:,} quads ({len(graphs):,} graphs): pyoxigraph bulk_load {bulk:.1f} s "
            f"({n / bulk:,.0f} quads/s); kzlex loader (one transaction per document graph, each quad written "
            f"again into the default graph, the union) {ours:.1f} s "
            f"({n / ours:,.0f} quads/s); ratio {ours / bulk:.1f}x the ceiling.\n")


def edited_copy(folder: Path, work: Path, share: float = 0.01) -> tuple[Path, int]:
    """A copy of the corpus with `share` of its documents replaced by other documents."""
    sys.path.insert(0, str(HERE))
    import synth

    n = len(list(folder.glob("*.txt")))
    k = max(1, int(n * share))
    out = work / f"edited-{n}"
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(folder, out)
    others = work / f"others-{k}"
    synth.generate(k, others, seed=99)
    targets = sorted(out.glob("*.txt"))[:: max(1, n // k)][:k]
    for target, source in zip(targets, sorted(others.glob("*.txt"))):
        target.write_bytes(source.read_bytes())
    return out, k


def row(n: int, mb: float, label: str, r: dict, ok: str) -> str:
    ph = r["phases"]
    rss = max(r["rss_mb"], r["children_rss_mb"])
    return (f"| {n:,} | {mb:.1f} | {label} | {r['seconds']:.1f} | {n / r['seconds']:,.0f} | {mb / r['seconds']:.2f} | "
            f"{1000 * r['seconds'] / n:.2f} | {1000 * ph['load'] / n:.2f} | {1000 * ph['lineage'] / n:.2f} | "
            f"{ph['optimize']:.1f} | {r['changed']:,} | {r['quads']:,} | {rss:,.0f} | {ok} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[100, 1000, 10000])
    ap.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "kzlex-bench")
    ap.add_argument("--jobs", nargs="+", type=int, default=[1, 2])
    ap.add_argument("--no-ceiling", action="store_true")
    ap.add_argument("--no-rebuild", action="store_true", help="skip the rebuild rows")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}\n")
    print("| N | MB | run | seconds | docs/s | MB/s | ms/doc | load ms/doc | lineage ms/doc | optimize s "
          "| graphs changed | quads | peak RSS MB | counts match |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    last_store = None
    for n in args.sizes:
        folder, expected = corpus(n, args.work)
        planted = expected.pop("violations", 0)
        mb = size_mb(folder)
        for jobs in args.jobs:
            store = args.work / f"store-{n}-{jobs}"
            r = run(folder, store, jobs)
            ok = r["totals"] == expected and r["coverage"] == 1.0 and not r["failed"]
            print(row(n, mb, f"jobs {jobs}", r, "yes" if ok else "NO: " + json.dumps(r["totals"])), flush=True)
            last_store = store
        if not args.no_rebuild and last_store:
            again = args.work / f"store-{n}-again"  # a copy: the built store stays as built
            shutil.rmtree(again, ignore_errors=True)
            shutil.copytree(last_store, again)
            r = run(folder, again, args.jobs[-1], fresh=False)
            print(row(n, mb, "again, unchanged", r, "yes" if r["totals"] == expected else "NO"), flush=True)
            edited, k = edited_copy(folder, args.work)
            r = run(edited, again, args.jobs[-1], fresh=False)
            print(row(n, mb, f"again, {k:,} edited", r, "n/a"), flush=True)
            shutil.rmtree(edited, ignore_errors=True)
            shutil.rmtree(again, ignore_errors=True)
        print(f"|   | planted violations: {planted} | | | | | | | | | | | | |", flush=True)
    if last_store and not args.no_ceiling:
        print(ceiling(last_store, args.work))


if __name__ == "__main__":
    main()
