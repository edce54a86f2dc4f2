"""Nothing gets in: no write, no outbound connection, no local file read, whatever the request."""
from __future__ import annotations

import httpx
import pytest

from .servers import Canary, kg_serve


@pytest.fixture(scope="module")
def server(corpus_store, tmp_path_factory):
    with kg_serve(corpus_store.path, tmp_path_factory.mktemp("sec"), "--timeout", "3") as (url, _):
        yield url


def hostile(port: int) -> list[tuple[str, str]]:
    canary = f"http://127.0.0.1:{port}/sparql"
    return [
        ("query", f"SELECT * WHERE {{ SERVICE <{canary}> {{ ?s ?p ?o }} }}"),
        ("query", f"SELECT * WHERE {{ SERVICE SILENT <{canary}> {{ ?s ?p ?o }} }}"),
        ("query", "SELECT * WHERE { SERVICE <file:///etc/passwd> { ?s ?p ?o } }"),
        ("query", f"SELECT * FROM <{canary}> WHERE {{ ?s ?p ?o }} LIMIT 1"),
        ("query", "SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1"),
        ("query", f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{canary}> {{ ?s ?p ?o }} }}"),
        ("query", f"DESCRIBE <{canary}>"),
        ("update", f"LOAD <{canary}>"),
        ("update", "LOAD <file:///etc/passwd> INTO GRAPH <urn:x>"),
        ("update", "DROP ALL"),
        ("update", "INSERT DATA { <urn:a> <urn:b> <urn:c> }"),
        ("query", "INSERT DATA { <urn:a> <urn:b> <urn:c> }"),
    ]


def test_no_request_reaches_out_reads_files_or_writes(server, corpus_store):
    canary = Canary()
    try:
        before = httpx.get(server + "/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}).json()
        for field, text in hostile(canary.port):
            for send in (lambda: httpx.get(server + "/sparql", params={field: text}, timeout=10),
                         lambda: httpx.post(server + "/sparql", data={field: text}, timeout=10)):
                r = send()
                assert r.status_code in (200, 400, 403), (field, text, r.status_code)
                assert "root:" not in r.text  # nothing of /etc/passwd comes back
        after = httpx.get(server + "/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}).json()
        assert after == before
    finally:
        canary.close()
    assert canary.hits == 0


def test_named_query_parameters_are_values(server):
    for value in ['" } ; DROP ALL ; #', "<file:///etc/passwd>", "?s ?p ?o", "') UNION { SERVICE <http://127.0.0.1:1/> {} }"]:
        r = httpx.get(server + "/queries/position", params={"position": value})
        assert r.status_code == 200 and r.json()["results"]["bindings"] == []
        r = httpx.get(server + "/queries/acts-amending", params={"act": value})
        assert r.status_code == 400 and "no act" in r.text
