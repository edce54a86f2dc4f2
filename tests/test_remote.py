"""Remote stores: push the corpus graph to a real Oxigraph server (PyPI `oxigraph`) and to
Virtuoso (Debian `virtuoso-opensource`), each started here on 127.0.0.1, and get the same
answers to every named query as the embedded store."""
from __future__ import annotations

import shlex
import shutil
import subprocess
import sys

import pytest

from kg.queries import registry, rows_of, run_named

from .servers import free_port, require_binary, running, virtuoso_ini


def examples():
    for q in registry().values():
        args = shlex.split(q.examples[0])
        yield q.name, dict(a.split("=", 1) for a in args[3:] if "=" in a)


EXTRA = [("org-acts", {"org": "Денсаулық сақтау және әлеуметтік даму", "from": "2014-01-01", "to": "2015-12-31"}),
         ("unit-text-on-date", {"unit": "553/2020-12-30:p551", "date": "2026-01-01"}),
         ("order-changes", {"act": "207/2024-06-20"})]


def answers(name, params, store=None, endpoint=None) -> list[tuple]:
    names, rows = rows_of(run_named(name, params, store, endpoint=endpoint))
    return sorted(tuple("" if t is None else t.value for t in row) for row in rows)


def compare(corpus_store, endpoint):
    for name, params in [*examples(), *EXTRA]:
        local = answers(name, params, store=corpus_store)
        remote = answers(name, params, endpoint=endpoint)
        assert local, f"{name} answers nothing locally"
        assert remote == local, f"{name} {params}: remote differs"


def push(store_path, *args):
    p = subprocess.run([sys.executable, "-m", "kg.cli", "push", "--store", str(store_path), *args],
                       capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stderr
    return p.stdout


@pytest.mark.parametrize("how", ["union-default-graph", "push-union"])
def test_oxigraph_server(corpus_store, tmp_path, how):
    """Either the server reads its named graphs as the default graph, or kg push --union puts
    the local default graph (the union, each triple once) there."""
    oxigraph = shutil.which("oxigraph") or str(sys.prefix + "/bin/oxigraph")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    cmd = [oxigraph, "serve", "--location", str(tmp_path / "ox"), "--bind", f"127.0.0.1:{port}"]
    with running(cmd + (["--union-default-graph"] if how == "union-default-graph" else []),
                 url + "/query?query=ASK%7B%7D", tmp_path / "oxigraph.log"):
        out = push(corpus_store.path, "--endpoint", url + "/query", *(["--union"] if how == "push-union" else []))
        assert f"{len(corpus_store.graphs())} graphs pushed" in out
        compare(corpus_store, url + "/query")
        if how == "push-union":
            assistant_over(corpus_store, url + "/query")


def assistant_over(corpus_store, endpoint):
    """kg mcp --endpoint: the assistant's tools answer from the remote store as from the embedded one."""
    import asyncio

    from mcp import Client

    from kg.assistant import AssistantConfig, create_server

    async def ask(cfg):
        server, work = create_server(cfg)
        try:
            async with Client(server) as c:
                out = []
                for name, args in (("position", {"name": "Нутрициолог"}), ("history", {"unit_or_act": "553/2020-12-30:p551"}),
                                   ("search", {"text": "нутрициолог", "limit": 5}),
                                   ("sparql", {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}),
                                   ("sparql", {"query": "DROP ALL"})):
                    r = await c.call_tool(name, args)
                    out.append(r.structured_content if r.structured_content is not None else {"raw": str(r.content)[:500]})
                return out
        finally:
            work.close()

    remote = asyncio.run(ask(AssistantConfig("unused", endpoint=endpoint)))
    local = asyncio.run(ask(AssistantConfig(str(corpus_store.path))))
    for r, l in zip(remote[:2], local[:2]):
        assert sorted(map(str, r["rows"])) == sorted(map(str, l["rows"])) and r["rows"]
    # the remote store has no search index: a substring scan there, ranked stems here; both find the position
    position = "https://w3id.org/kzlex/id/act/enbek-zhane-khalykty-aleumettik-korgau-ministrligi/2020-12-30/553/app/1/ch/2/sec/2/par/116/position"
    assert all("нутрициолог" in h["found"].lower() for h in remote[2]["hits"]) and remote[2]["hits"]
    assert position in {h["node"] for h in local[2]["hits"]} and position in {h["node"] for h in remote[2]["hits"]}
    assert all("нутрициолог" in h["found"].lower() for h in local[2]["hits"])
    assert remote[3]["results"]["bindings"][0]["n"]["value"] == local[3]["results"]["bindings"][0]["n"]["value"]
    assert remote[4]["status"] == 403


def test_virtuoso(corpus_store, tmp_path):
    virtuoso = require_binary("virtuoso-t")
    sql, http = free_port(), free_port()
    ini = virtuoso_ini(tmp_path / "virtuoso", sql, http)
    url = f"http://127.0.0.1:{http}"
    with running([virtuoso, "+foreground", "+configfile", str(ini)], url + "/sparql?query=ASK%7B%7D",
                 tmp_path / "virtuoso.log", seconds=120):
        push(corpus_store.path, "--endpoint", url + "/sparql", "--gsp", url + "/sparql-graph-crud-auth",
             "--user", "dba", "--password", "dba", "--auth", "digest", "--graph-param", "graph-uri")
        compare(corpus_store, url + "/sparql")
