"""Build cost from 100 to 100,000 documents: throughput, CPU, peak memory, one core versus two,
next to the engine's ceiling.

    python bench/build_bench.py [N ...] [--work DIR] [--jobs 1 2] [--layout]

For each N it writes a synthetic corpus (bench/synth.py, seed 1: portal text files, or with
--layout act folders of the corpus layout, N documents in N/2 folders), builds it with `kg
build` in a fresh process per run (so peak RSS and CPU are that run's own, its workers'
included), checks the report against the corpus's expected counts, and prints one table row
per run. Then, for each N, the ceiling: pyoxigraph's `bulk_load` of the same quads (the
store's named graphs as N-Quads) into an empty store, in a fresh process, with the ratio of
the build's CPU and wall time to it; and the floor of the store's layout: `bulk_load` of
everything the store holds (the named graphs and their union, the default graph), which any
build of this layout has to write. Figures go to stdout as Markdown tables.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
CHILD = r"""
import json, resource, sys, time
from kg.build import build
from kg.store import GraphStore
corpus, store, jobs = sys.argv[1], sys.argv[2], int(sys.argv[3])
t = time.perf_counter()
report = build([corpus], GraphStore(store), jobs=jobs)
elapsed = time.perf_counter() - t
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
totals = report.totals()
print(json.dumps({"seconds": elapsed, "cpu": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime, "phases": report.seconds, "changed": report.changed, "totals": totals, "coverage": report.coverage, "quads": report.quads,
                  "failed": len(report.failed),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "children_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def corpus(n: int, work: Path, layout: bool = False) -> tuple[Path, dict]:
    from common import synthetic

    folder = synthetic(n, work, layout)
    return folder, json.loads((folder / "expected.json").read_text())


def run(folder: Path, store: Path, jobs: int, fresh: bool = True) -> dict:
    if fresh:
        shutil.rmtree(store, ignore_errors=True)
    p = subprocess.run([sys.executable, "-c", CHILD, str(folder), str(store), str(jobs)], capture_output=True, text=True)
    if p.returncode:
        raise SystemExit(p.stderr[-2000:])
    return json.loads(p.stdout.strip().splitlines()[-1])


def size_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.suffix in (".txt", ".md", ".yaml")) / 1e6


BULK = r"""
import json, resource, sys, time
import pyoxigraph as ox
t = time.perf_counter()
s = ox.Store(sys.argv[2])
s.bulk_load(path=sys.argv[1], format=ox.RdfFormat.N_QUADS)
s.flush()
elapsed = time.perf_counter() - t
me = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"seconds": elapsed, "cpu": me.ru_utime + me.ru_stime, "quads": len(s), "rss_mb": me.ru_maxrss / 1024}))
"""


def ceiling(store: Path, work: Path, union: bool = False) -> dict:
    """pyoxigraph's bulk_load of the store's named graphs (N-Quads) into an empty store, in a process of
    its own; with `union`, of the named graphs and the default graph (their union, each triple once):
    everything the store holds, the least any build of this layout writes."""
    import pyoxigraph as ox

    from kg.store import GraphStore

    nq = work / "ceiling.nq"
    source = GraphStore(store, read_only=True)
    with open(nq, "wb") as fh:
        source.dump(fh, ox.RdfFormat.N_QUADS)
        if union:
            source.dump(fh, ox.RdfFormat.N_TRIPLES)  # N-Triples lines are N-Quads of the default graph
    del source
    target = work / "ceiling-store"
    shutil.rmtree(target, ignore_errors=True)
    p = subprocess.run([sys.executable, "-c", BULK, str(nq), str(target)], capture_output=True, text=True)
    if p.returncode:
        raise SystemExit(p.stderr[-2000:])
    shutil.rmtree(target, ignore_errors=True)
    nq.unlink()
    return json.loads(p.stdout.strip().splitlines()[-1])


def edited_copy(folder: Path, work: Path, share: float = 0.01, layout: bool = False) -> tuple[Path, int]:
    """A copy of the corpus with `share` of its documents replaced by other documents (in the layout:
    the texts of act folders replaced by the texts of other acts)."""
    import synth

    pattern = "*.md" if layout else "*.txt"
    n = len(list(folder.rglob(pattern)))
    k = max(1, int(n * share))
    out = work / f"edited-{n}"
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(folder, out)
    others = work / f"others-{k}"
    shutil.rmtree(others, ignore_errors=True)
    synth.generate(max(1, k // 2) if layout else k, others, seed=99, layout=layout)
    targets = sorted(out.rglob(pattern))[:: max(1, n // k)][:k]
    for target, source in zip(targets, sorted(others.rglob(pattern))):
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
    ap.add_argument("--layout", action="store_true", help="synthetic documents in the corpus layout (act folders)")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    form = "layout" if args.layout else "text"
    print(f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}; synthetic documents in the {form} form\n")
    ceilings, runs = [], {}
    print("| N | MB | run | seconds | docs/s | MB/s | ms/doc | load ms/doc | lineage ms/doc | optimize s "
          "| graphs changed | quads | peak RSS MB | counts match |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    last_store = None
    for n in args.sizes:
        folder, expected = corpus(n, args.work, args.layout)
        planted = expected.pop("violations", 0)
        mb = size_mb(folder)
        for jobs in args.jobs:
            store = args.work / (f"store-layout-{n}-{jobs}" if args.layout else f"store-{n}-{jobs}")
            r = run(folder, store, jobs)
            runs[(n, jobs)] = r
            ok = r["totals"] == expected and r["coverage"] == 1.0 and not r["failed"]
            print(row(n, mb, f"jobs {jobs}", r, "yes" if ok else "NO: " + json.dumps(r["totals"])), flush=True)
            last_store = store
        if not args.no_rebuild and last_store:
            again = args.work / f"store-{n}-again"  # a copy: the built store stays as built
            shutil.rmtree(again, ignore_errors=True)
            shutil.copytree(last_store, again)
            r = run(folder, again, args.jobs[-1], fresh=False)
            print(row(n, mb, "again, unchanged", r, "yes" if r["totals"] == expected else "NO"), flush=True)
            edited, k = edited_copy(folder, args.work, layout=args.layout)
            r = run(edited, again, args.jobs[-1], fresh=False)
            print(row(n, mb, f"again, {k:,} edited", r, "n/a"), flush=True)
            shutil.rmtree(edited, ignore_errors=True)
            shutil.rmtree(again, ignore_errors=True)
        print(f"|   | planted violations: {planted} | | | | | | | | | | | | |", flush=True)
        if last_store and not args.no_ceiling:
            ceilings.append((n, ceiling(last_store, args.work), ceiling(last_store, args.work, union=True)))
    if args.no_ceiling and runs:  # the CPU the ceiling table would show
        print("\n| N | run | build wall s | build CPU s |\n|---|---|---|---|")
        for (n, jobs), r in runs.items():
            print(f"| {n:,} | jobs {jobs} | {r['seconds']:.1f} | {r['cpu']:.1f} |", flush=True)
    if ceilings:
        print("\nThe ceiling: pyoxigraph `bulk_load` of the same quads (the named graphs, N-Quads) into an empty store. "
              "The floor of this layout: `bulk_load` of everything the store holds (the named graphs and their "
              "union in the default graph), which any build of it writes.\n")
        print("| N | quads | run | build wall s | build CPU s | bulk_load wall s | bulk_load CPU s | CPU ratio | wall ratio "
              "| quads with the union | its bulk_load CPU s | its ratio to the ceiling | build CPU to it |")
        print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
        for n, c, u in ceilings:
            for jobs in args.jobs:
                r = runs[(n, jobs)]
                print(f"| {n:,} | {c['quads']:,} | jobs {jobs} | {r['seconds']:.1f} | {r['cpu']:.1f} | {c['seconds']:.1f} "
                      f"| {c['cpu']:.1f} | {r['cpu'] / c['cpu']:.1f}x | {r['seconds'] / c['seconds']:.1f}x "
                      f"| {u['quads']:,} | {u['cpu']:.1f} | {u['cpu'] / c['cpu']:.1f}x | {r['cpu'] / u['cpu']:.1f}x |",
                      flush=True)

if __name__ == "__main__":
    main()
