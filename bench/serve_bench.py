"""`kg serve` under 2, 8 and 32 concurrent clients, side by side with a bare Oxigraph server
(PyPI `oxigraph`, serve-read-only) holding the same quads, in the same run. 127.0.0.1 only.

    python bench/serve_bench.py [--size 1000] [--seconds 8]
"""
from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from common import corpus_plus  # noqa: E402

import httpx  # noqa: E402
import pyoxigraph as ox  # noqa: E402

from kg.store import GraphStore  # noqa: E402
from tests.servers import free_port, kg_serve, running  # noqa: E402

QUERIES = {
    "lookup": "SELECT ?p ?o WHERE { <https://w3id.org/kzlex/id/act/enbek-zhane-khalykty-aleumettik-korgau-ministrligi/"
              "2020-12-30/553/app/1/p/551> ?p ?o }",
    "lineage": "PREFIX kzl: <https://w3id.org/kzlex/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
               "PREFIX eli: <http://data.europa.eu/eli/ontology#> SELECT ?v ?from ?n WHERE { ?v kzl:versionOf "
               "<https://w3id.org/kzlex/id/act/enbek-zhane-khalykty-aleumettik-korgau-ministrligi/2020-12-30/553/app/1/p/653-6> "
               "; kzl:validFrom ?from . OPTIONAL { ?v prov:wasGeneratedBy/kzl:amendingAct/eli:number ?n } }",
}


async def hammer(url: str, param: str, query: str, clients: int, seconds: float) -> tuple[float, float, float, int]:
    times: list[float] = []
    errors = 0
    deadline = time.monotonic() + seconds

    async def one():
        nonlocal errors
        async with httpx.AsyncClient(timeout=60) as http:
            for _ in range(1_000_000):
                if time.monotonic() > deadline:
                    return
                t = time.monotonic()
                r = await http.get(url, params={param: query}, headers={"Accept": "application/sparql-results+json"})
                times.append(time.monotonic() - t)
                errors += r.status_code != 200

    await asyncio.gather(*(one() for _ in range(clients)))
    times.sort()
    return len(times) / seconds, 1000 * statistics.median(times), 1000 * times[int(0.95 * (len(times) - 1))], errors


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=1000)
    ap.add_argument("--seconds", type=float, default=8)
    ap.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "kzlex-bench")
    ap.add_argument("--layout", action="store_true", help="synthetic documents in the corpus layout (act folders)")
    args = ap.parse_args()
    store = corpus_plus(args.size, args.work, layout=args.layout)
    nq = args.work / "serve.nq"
    ox.Store.read_only(str(store)).dump(str(nq), ox.RdfFormat.N_QUADS)  # named graphs and their union
    oxdir = args.work / "oxigraph-server"
    subprocess.run(["rm", "-rf", str(oxdir)], check=True)
    oxigraph = str(Path(sys.executable).parent / "oxigraph")
    subprocess.run([oxigraph, "load", "--location", str(oxdir), "--file", str(nq)], check=True, capture_output=True)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    print(f"{len(GraphStore(store, read_only=True)):,} quads; {args.seconds:g} s a cell\n")
    print("| query | clients | kg serve req/s | p50 ms | p95 ms | Oxigraph server req/s | p50 ms | p95 ms | errors |")
    print("|---|---|---|---|---|---|---|---|---|")
    with running([oxigraph, "serve-read-only", "--location", str(oxdir), "--bind", f"127.0.0.1:{port}"], base + "/query?query=ASK%7B%7D", args.work / "oxigraph.log"):
        with kg_serve(store, args.work, "--timeout", "30") as (url, _):
            for name, query in QUERIES.items():
                for clients in (2, 8, 32):
                    ours = asyncio.run(hammer(url + "/sparql", "query", query, clients, args.seconds))
                    bare = asyncio.run(hammer(base + "/query", "query", query, clients, args.seconds))
                    print(f"| {name} | {clients} | {ours[0]:.0f} | {ours[1]:.1f} | {ours[2]:.1f} | "
                          f"{bare[0]:.0f} | {bare[1]:.1f} | {bare[2]:.1f} | {ours[3] + bare[3]} |", flush=True)


if __name__ == "__main__":
    main()
