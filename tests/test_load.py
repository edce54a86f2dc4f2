"""A shorter run of bench/serve_load.py: under concurrent load, valid queries never get a
server error, slow ones are cut at the limit, malformed ones get 400, memory stays bounded."""
from __future__ import annotations

import asyncio
import importlib.util
import sys

from .conftest import ROOT
from .servers import kg_serve

spec = importlib.util.spec_from_file_location("serve_load", ROOT / "bench" / "serve_load.py")
load = importlib.util.module_from_spec(spec)
sys.modules["serve_load"] = load
spec.loader.exec_module(load)


def test_endpoint_under_load(corpus_store, tmp_path):
    with kg_serve(corpus_store.path, tmp_path, "--timeout", "2") as (url, proc):
        s = asyncio.run(load.run(url, clients=16, seconds=12, pid=proc.pid))
    for kind in ("lookup", "lineage"):
        assert s[kind]["requests"] > 20 and s[kind]["status"] == {"200": s[kind]["requests"]}, s[kind]
    assert set(s["malformed"]["status"]) == {"400"}
    assert set(s["slow"]["status"]) == {"503"} and s["slow"]["p95_ms"] < 2000 + 4000
    assert s["peak_rss_mb"] < 1500
