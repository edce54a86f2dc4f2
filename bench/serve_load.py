"""Load test of `kg serve` on 127.0.0.1: concurrent clients mixing lookups, lineage queries,
a deliberately slow query and malformed queries, for a bounded time. Prints figures.

    python bench/serve_load.py --store .kg [--clients 32] [--seconds 60]

Every request loop is bounded in count and time and targets 127.0.0.1 only.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import httpx

LOOKUP = ("SELECT ?p ?o WHERE { <https://w3id.org/kzlex/id/act/enbek-zhane-khalykty-aleumettik-korgau-ministrligi/"
          "2020-12-30/553/app/1/p/551> ?p ?o }")
LINEAGE = ("PREFIX kzl: <https://w3id.org/kzlex/ontology#> PREFIX eli: <http://data.europa.eu/eli/ontology#> "
           "SELECT ?a ?n (COUNT(?m) AS ?c) WHERE { ?m kzl:amendingAct ?a ; kzl:target ?t . ?t eli:is_part_of* ?x . "
           "?x eli:number ?n } GROUP BY ?a ?n")
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
MALFORMED = ["SELEKT * WHERE { ?s ?p ?o }", "SELECT * WHERE { ?s ?p ", "PREFIX x: SELECT"]
KINDS = ["lookup", "lookup", "lookup", "lineage", "lineage", "malformed"]


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (kg serve and its workers)."""
    total = 0
    pids = [pid]
    try:
        pids += [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        pass
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


async def client(n: int, url: str, deadline: float, results: dict, max_requests: int) -> None:
    async with httpx.AsyncClient(timeout=120) as http:
        for k in range(max_requests):
            if time.monotonic() > deadline:
                return
            kind = "slow" if n == 0 else KINDS[(n + k) % len(KINDS)]
            query = {"lookup": LOOKUP, "lineage": LINEAGE, "slow": SLOW}.get(kind) or MALFORMED[k % len(MALFORMED)]
            start = time.monotonic()
            try:
                r = await http.get(url + "/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"})
                status = r.status_code
            except httpx.HTTPError as exc:
                status = f"client error {type(exc).__name__}"
            results[kind].append((status, time.monotonic() - start))


async def run(url: str, clients: int, seconds: float, pid: int | None) -> dict:
    results: dict[str, list] = defaultdict(list)
    deadline = time.monotonic() + seconds
    peak = [0.0]

    async def sample():
        while time.monotonic() < deadline + 1:
            if pid:
                peak[0] = max(peak[0], rss_mb(pid))
            await asyncio.sleep(0.5)

    await asyncio.gather(sample(), *(client(n, url, deadline, results, 100_000) for n in range(clients)))
    summary = {}
    for kind, rows in sorted(results.items()):
        times = sorted(t for _, t in rows)
        summary[kind] = {"requests": len(rows), "status": dict(Counter(str(s) for s, _ in rows)),
                         "p50_ms": round(1000 * statistics.median(times), 1),
                         "p95_ms": round(1000 * times[int(0.95 * (len(times) - 1))], 1)}
    summary["peak_rss_mb"] = round(peak[0], 1)
    summary["seconds"] = seconds
    summary["clients"] = clients
    return summary


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.servers import kg_serve

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path, default=Path(".kg"))
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--timeout", default="2")
    args = ap.parse_args()
    tmp = Path(os.environ.get("TMPDIR", "/tmp"))
    with kg_serve(args.store, tmp, "--timeout", args.timeout) as (url, proc):
        summary = asyncio.run(run(url, args.clients, args.seconds, proc.pid))
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
