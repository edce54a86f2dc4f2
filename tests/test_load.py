"""A shorter run of bench/serve_load.py: under 16 clients with 2% slow queries, cheap queries
never fail and keep p95 under a second; after a burst of slow queries whose clients left, a
cheap query is answered within 2 s; memory stays bounded."""
from __future__ import annotations

import asyncio
import importlib.util
import sys
from pathlib import Path

from .conftest import ROOT
from .servers import kg_serve

spec = importlib.util.spec_from_file_location("serve_load", ROOT / "bench" / "serve_load.py")
load = importlib.util.module_from_spec(spec)
sys.modules["serve_load"] = load
spec.loader.exec_module(load)


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (kg serve and its workers)."""
    pids = [pid] + [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    total = 0
    for p in pids:
        try:
            status = Path(f"/proc/{p}/status").read_text()
        except FileNotFoundError:  # a worker ended between the listing and the reading (one killed for its time)
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS"):
                total += int(line.split()[1])
    return total / 1024


def test_endpoint_under_load(corpus_store, tmp_path):
    with kg_serve(corpus_store.path, tmp_path, "--timeout", "2") as (url, proc):
        mixed = asyncio.run(load.mixed(url + "/sparql", clients=16, seconds=10))
        after_burst = asyncio.run(load.burst(url + "/sparql", 30))
        memory = rss_mb(proc.pid)
    assert mixed["cheap"] > 100 and mixed["slow"] > 0, mixed
    assert mixed["errors"] == 0 and mixed["p95"] < 1000, mixed
    assert after_burst < 2.0
    assert memory < 1500
