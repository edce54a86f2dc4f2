"""Validation: kzlex (one engine: every constraint as SPARQL in the store) next to pySHACL.

    python bench/validate_bench.py [--sizes 100 1000] [--million 6000] [--layout]

For each size N it validates the bundled corpus plus N synthetic documents (bench/synth.py)
twice, side by side: `kg validate`'s engine (kg/validate.py: core constraints compiled to
SPARQL by kg/shapesql.py, SPARQL constraints as written, all over the store's default graph)
and pySHACL, the reference, with the same shapes on the union graph as `kg export` writes it.
Both must report the same (focus node, shape) pairs. Then kzlex alone on a store of about a
million quads (`--million` synthetic documents). Each kzlex run is a process of its own, so
its peak memory is its own. `--layout` builds the synthetic corpora in the corpus layout.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import corpus_plus, how_built  # noqa: E402

CHILD = r"""
import json, resource, sys, time
from kg.store import GraphStore
from kg.validate import validate_store
store = GraphStore(sys.argv[1], read_only=True)
t = time.perf_counter()
report = validate_store(store)
print(json.dumps({"seconds": time.perf_counter() - t, "quads": len(store),
                  "pairs": sorted({(r.focus, r.shape) for r in report.results}),
                  "violations": sum(r.severity == "Violation" for r in report.results),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def kzlex(path: Path) -> dict:
    p = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True)
    if p.returncode:
        raise SystemExit(p.stderr[-2000:])
    return json.loads(p.stdout.strip().splitlines()[-1])


def pyshacl_pairs(path: Path) -> tuple[float, set, int]:
    """pySHACL with the same shapes on the union graph: (seconds, (focus, shape) pairs, violations)."""
    import rdflib
    from pyshacl import validate
    from rdflib.namespace import RDF, SH

    from kg.store import GraphStore
    from kg.validate import load_shapes

    shapes = load_shapes()
    data = rdflib.Graph().parse(data=GraphStore(path, read_only=True).graph_ntriples().decode("utf-8"), format="nt")
    t = time.perf_counter()
    _, report, _ = validate(data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True)
    seconds = time.perf_counter() - t
    owner = {o: s for s, o in shapes.subject_objects(SH.property)} | {o: s for s, o in shapes.subject_objects(SH.sparql)}
    pairs, violations = set(), 0
    for r in report.subjects(RDF.type, SH.ValidationResult):
        src = report.value(r, SH.sourceShape)
        pairs.add((str(report.value(r, SH.focusNode)), str(owner.get(src, src))))
        violations += report.value(r, SH.resultSeverity) == SH.Violation
    return seconds, pairs, violations


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", nargs="+", type=int, default=[100, 1000])
    ap.add_argument("--million", type=int, default=6000, help="synthetic documents of the kzlex-alone run (0: skip)")
    ap.add_argument("--layout", action="store_true", help="synthetic documents in the corpus layout")
    ap.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "kzlex-bench")
    args = ap.parse_args()
    form = "layout" if args.layout else "text"
    print(f"machine: {os.cpu_count()} cores; synthetic documents in the {form} form\n")
    print("| documents | quads | kzlex s | pySHACL s | pySHACL / kzlex | kzlex µs a quad | kzlex peak RSS MB "
          "| violations kzlex / pySHACL | same (focus, shape) pairs |")
    print("|---|---|---|---|---|---|---|---|---|")
    for n in args.sizes:
        path = corpus_plus(n, args.work, layout=args.layout)
        k = kzlex(path)
        seconds, theirs, violations = pyshacl_pairs(path)
        mine = {tuple(p) for p in k["pairs"]}
        same = "yes" if mine == theirs else f"NO ({len(mine - theirs)} only kzlex, {len(theirs - mine)} only pySHACL)"
        print(f"| {n + 5:,} | {k['quads']:,} | {k['seconds']:.1f} | {seconds:.1f} | {seconds / k['seconds']:.0f}x "
              f"| {1e6 * k['seconds'] / k['quads']:.1f} | {k['rss_mb']:.0f} | {k['violations']} / {violations} | {same} |",
              flush=True)
        print(f"|   | {how_built(path)} | | | | | | | |", flush=True)
    if args.million:
        path = corpus_plus(args.million, args.work, layout=args.layout)
        k = kzlex(path)
        print(f"| {args.million + 5:,} | {k['quads']:,} | {k['seconds']:.1f} | not run | | "
              f"{1e6 * k['seconds'] / k['quads']:.1f} | {k['rss_mb']:.0f} | {k['violations']} / - | |", flush=True)
        print(f"|   | {how_built(path)} | | | | | | | |", flush=True)
        print(f"\nkzlex validates {k['quads']:,} quads in {k['seconds']:.1f} s "
              f"({k['quads'] / k['seconds'] / 1e6:.2f} M quads/s), peak {k['rss_mb']:.0f} MB.")


if __name__ == "__main__":
    main()
