"""`kg serve` next to a bare Oxigraph server (PyPI `oxigraph`, serve-read-only) holding the same
quads, in the same run, under 2, 8 and 32 concurrent connections. 127.0.0.1 only.

    python bench/serve_bench.py [--size 1000] [--seconds 8] [--layout]

The load generator is `wrk` (Debian: `apt-get install wrk`), one C thread on epoll: its own
CPU time is printed beside each cell, to show it is not what limits the rate (well under one
core while a server uses the rest). Resident memory is the sum over each server's processes
(kg serve: the web process and its query workers). kg serve keeps its time limit (30 s here).

Two kg serve rows for each cell: as it runs by default (repeated queries answered from its
answer cache) and with `--cache-mb 0` (every request runs its query in a worker). The
`lookup-many` query asks for a different unit at each request (cycling over 2,000 units).
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from common import corpus_plus  # noqa: E402

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
LOOKUP = "SELECT ?p ?o WHERE { <%s> ?p ?o }"
REPORT = """
wrk.headers["Accept"] = "application/sparql-results+json"
if paths then
  local i = 0
  request = function()
    i = i % #paths + 1
    return wrk.format("GET", paths[i])
  end
end
done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %d %d %.1f %.1f %d\\n", summary.requests, summary.duration,
                         latency:percentile(50), latency:percentile(95), errors))
end
"""


def wrk(url: str, connections: int, seconds: float, tmp: Path, paths: list[str] | None = None) -> dict:
    """requests/s, p50 and p95 in ms, errors, and the CPU seconds wrk itself used (cores). With `paths`,
    each request asks the next path of the list instead of `url`'s."""
    script = tmp / "report.lua"
    table = "paths = {" + ",".join(f'"{p}"' for p in paths) + "}\n" if paths else ""
    script.write_text(table + REPORT)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.run(["wrk", "-t1", f"-c{connections}", f"-d{seconds:g}s", "--timeout", "60s", "-s", str(script), url],
                       capture_output=True, text=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    m = re.search(r"RESULT (\d+) (\d+) ([\d.]+) ([\d.]+) (\d+)", p.stdout)
    requests, micros, p50, p95, errors = m.groups()
    seconds_run = int(micros) / 1e6
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return {"rate": int(requests) / seconds_run, "p50": float(p50) / 1000, "p95": float(p95) / 1000,
            "errors": int(errors), "client_cpu": cpu / seconds_run, "requests": int(requests)}


def _tree(pid: int) -> tuple[set[int], dict[int, int]]:
    """A process and all its descendants, and the resident memory (KB) of every process."""
    out = subprocess.run(["ps", "-o", "pid=,ppid=,rss=", "-A"], capture_output=True, text=True).stdout.split()
    rows = [tuple(int(x) for x in out[i:i + 3]) for i in range(0, len(out), 3)]
    tree, grew = {pid}, True
    while grew:
        grew = False
        for p, pp, _ in rows:
            if pp in tree and p not in tree:
                tree.add(p)
                grew = True
    return tree, {p: r for p, _, r in rows}


def rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants (MB)."""
    tree, rss = _tree(pid)
    return sum(rss.get(p, 0) for p in tree) / 1024


def cpu_seconds(pid: int) -> float:
    """CPU time (user and system) used so far by a process and its descendants alive now (/proc/PID/stat)."""
    total = 0
    for p in _tree(pid)[0]:
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15), in clock ticks
    return total / os.sysconf("SC_CLK_TCK")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=1000)
    ap.add_argument("--seconds", type=float, default=8)
    ap.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "kzlex-bench")
    ap.add_argument("--layout", action="store_true", help="synthetic documents in the corpus layout (act folders)")
    args = ap.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (Debian: apt-get install wrk)")
    store = corpus_plus(args.size, args.work, layout=args.layout)
    nq = args.work / "serve.nq"
    ox.Store.read_only(str(store)).dump(str(nq), ox.RdfFormat.N_QUADS)  # named graphs and their union
    oxdir = args.work / "oxigraph-server"
    shutil.rmtree(oxdir, ignore_errors=True)
    oxigraph = str(Path(sys.executable).parent / "oxigraph")
    subprocess.run([oxigraph, "load", "--location", str(oxdir), "--file", str(nq)], check=True, capture_output=True)
    nq.unlink()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    form = "layout" if args.layout else "text"
    print(f"{len(GraphStore(store, read_only=True)):,} quads ({args.size:,} synthetic documents, {form} form); "
          f"{args.seconds:g} s a cell; {os.cpu_count()} cores shared by server and client\n")
    units = [r["u"].value for r in GraphStore(store, read_only=True).query(
        "SELECT ?u WHERE { ?u a <http://data.europa.eu/eli/ontology#LegalResourceSubdivision> } LIMIT 2000")]
    cases = [(name, urllib.parse.quote(q), None) for name, q in QUERIES.items()]
    cases.append(("lookup-many", None, [urllib.parse.quote(LOOKUP % u) for u in units]))
    print("| query | connections | server | req/s | p50 ms | p95 ms | req/s vs Oxigraph | p95 vs Oxigraph "
          "| server CPU µs/req | CPU/req vs Oxigraph | wrk CPU (cores) | errors |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        with running([oxigraph, "serve-read-only", "--location", str(oxdir), "--bind", f"127.0.0.1:{port}"],
                     base + "/query?query=ASK%7B%7D", args.work / "oxigraph.log") as oxp, \
                kg_serve(store, args.work, "--timeout", "30") as (url, kgp), \
                kg_serve(store, args.work, "--timeout", "30", "--cache-mb", "0") as (plain, plainp):
            servers = [("kg serve", url + "/sparql", kgp.pid), ("kg serve --cache-mb 0", plain + "/sparql", plainp.pid),
                       ("Oxigraph server", base + "/query", oxp.pid)]
            for name, q, many in cases:
                for connections in (2, 8, 32):
                    rows = []
                    for label, endpoint, pid in servers:
                        path = "/" + endpoint.split("/", 3)[3]
                        paths = [f"{path}?query={m}" for m in many] if many else None
                        before = cpu_seconds(pid)
                        r = wrk(f"{endpoint}?query={q or many[0]}", connections, args.seconds, tmp, paths)
                        # the server's CPU a request: its web process and query workers (or Oxigraph's), all threads
                        r["cpu"] = (cpu_seconds(pid) - before) / max(r["requests"], 1) * 1e6
                        rows.append((label, r))
                    bare = rows[-1][1]
                    for label, r in rows:
                        print(f"| {name} | {connections} | {label} | {r['rate']:.0f} | {r['p50']:.1f} | {r['p95']:.1f} "
                              f"| {r['rate'] / bare['rate']:.2f}x | {r['p95'] / max(bare['p95'], 0.05):.2f}x "
                              f"| {r['cpu']:.0f} | {r['cpu'] / max(bare['cpu'], 1e-9):.2f}x "
                              f"| {r['client_cpu']:.2f} | {r['errors']} |", flush=True)
            print(f"\nResident memory after the run: kg serve {rss_mb(kgp.pid):.0f} MB and with --cache-mb 0 "
                  f"{rss_mb(plainp.pid):.0f} MB (web process and query workers), Oxigraph server {rss_mb(oxp.pid):.0f} MB.")
    shutil.rmtree(oxdir, ignore_errors=True)


if __name__ == "__main__":
    main()
