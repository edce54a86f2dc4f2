"""`kg serve` under load and abuse: limits count from arrival, gone clients free their workers,
a writer never breaks a reader, bodies are capped before they are read, links and IRIs are safe."""
from __future__ import annotations

import concurrent.futures
import threading
import time

import httpx
import pytest

from .conftest import fresh_store
from .servers import kg_serve

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
MEDIUM = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . "
          "?d <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ?f }")  # about 0.5 s on the corpus
CHEAP = "ASK { ?s ?p ?o }"
UNIT = "/id/act/enbek-zhane-khalykty-aleumettik-korgau-ministrligi/2020-12-30/553/app/1/p/551"


def _get(url: str, query: str, timeout: float = 30) -> tuple[int, float, httpx.Response | None]:
    start = time.monotonic()
    try:
        r = httpx.get(url + "/sparql", params={"query": query}, timeout=timeout)
    except httpx.TimeoutException:
        return -1, time.monotonic() - start, None
    return r.status_code, time.monotonic() - start, r


@pytest.fixture(scope="module")
def small(corpus_store, tmp_path_factory):
    """Two workers, four places in the queue, a 2 s limit."""
    with kg_serve(corpus_store.path, tmp_path_factory.mktemp("small"), "--timeout", "2", "--max-concurrent", "2",
                  "--queue", "4", "--max-body", "100000") as (url, _):
        yield url


def test_the_time_limit_counts_from_arrival(small):
    """Six slow queries on two workers: every one is answered near 2 s after it arrived (not 2, 4, 6 s)."""
    with concurrent.futures.ThreadPoolExecutor(6) as pool:
        results = list(pool.map(lambda _: _get(small, SLOW), range(6)))
    for status, elapsed, r in results:
        assert status == 503 and "Retry-After" in r.headers, (status, r.text if r else None)
        assert elapsed < 2 + 2.0, elapsed


def test_a_full_queue_is_503_with_retry_after_on_every_route(corpus_store, tmp_path):
    with kg_serve(corpus_store.path, tmp_path, "--timeout", "5", "--max-concurrent", "2", "--max-slow", "2",
                  "--queue", "0", "--slow-after", "4") as (url, _):
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            hogs = [pool.submit(_get, url, SLOW) for _ in range(4)]  # 2 run, 2 wait: every place taken for 4 s
            time.sleep(0.5)
            for path, headers in (("/", {}), (UNIT, {"Accept": "text/html"}), ("/search?q=x", {}),
                                  (UNIT, {"Accept": "text/turtle"}), ("/validation", {}),
                                  ("/queries/index-entries?act=22003", {}), ("/sparql?query=ASK%7B%7D", {})):
                r = httpx.get(url + path, headers=headers, timeout=10)
                assert r.status_code == 503 and r.headers.get("retry-after"), (path, r.status_code, r.text[:200])
            # the forms that need no store are served while every worker is busy
            assert httpx.get(url + "/queries", timeout=10).status_code == 200
            assert httpx.get(url + "/query", timeout=10).status_code == 200
            for h in hogs:
                h.result()


def test_long_queries_move_aside_for_short_ones(corpus_store, tmp_path):
    """Two slow queries on two quick places: after half a second they run in the slow lane, and a
    cheap query is answered at once. A third slow query finds the slow lane full: it keeps its quick
    place until its deadline (503), and the other quick place still answers cheap queries."""
    with kg_serve(corpus_store.path, tmp_path, "--timeout", "3", "--max-concurrent", "2", "--max-slow", "2") as (url, _):
        with concurrent.futures.ThreadPoolExecutor(3) as pool:
            hogs = [pool.submit(_get, url, SLOW) for _ in range(2)]
            time.sleep(1.0)
            status, elapsed, _ = _get(url, CHEAP)
            assert status == 200 and elapsed < 0.5, (status, elapsed)
            third = pool.submit(_get, url, SLOW)
            time.sleep(1.0)
            status, elapsed, _ = _get(url, CHEAP)
            assert status == 200 and elapsed < 0.5, (status, elapsed)
            code, took, r = third.result()
            assert code == 503 and 2.5 < took < 4.5 and r.headers.get("retry-after"), (code, took)
            for h in hogs:
                assert h.result()[0] == 503  # their own time limit


def test_clients_that_leave_free_their_workers(corpus_store, tmp_path):
    """A burst of slow queries (30 s limit) whose clients give up after 0.5 s: within 2 s of their
    leaving, the server answers a cheap query (retrying on 503 as Retry-After asks)."""
    with kg_serve(corpus_store.path, tmp_path, "--timeout", "30", "--max-concurrent", "2", "--queue", "4") as (url, _):
        with concurrent.futures.ThreadPoolExecutor(6) as pool:
            list(pool.map(lambda _: _get(url, SLOW, timeout=0.5), range(6)))
        start = time.monotonic()
        status = None
        while time.monotonic() - start < 5:
            status = _get(url, CHEAP)[0]
            if status == 200:
                break
            time.sleep(0.1)
        assert status == 200 and time.monotonic() - start < 2.0, (status, time.monotonic() - start)


def test_a_large_body_is_refused_before_it_is_read(small):
    big = b"SELECT * WHERE { ?s ?p ?o } #" + b"x" * 5_000_000
    start = time.monotonic()
    r = httpx.post(small + "/sparql", content=big, headers={"Content-Type": "application/sparql-query"}, timeout=30)
    assert r.status_code == 413 and time.monotonic() - start < 2
    form = httpx.post(small + "/sparql", data={"query": "SELECT * WHERE { ?s ?p ?o } #" + "x" * 200_000}, timeout=30)
    assert form.status_code == 413


def test_a_writer_never_breaks_a_reader(corpus_store, tmp_path):
    store = fresh_store(tmp_path / "store")
    with kg_serve(store, tmp_path, "--timeout", "20", "--max-concurrent", "2", "--update-token", "t0k") as (url, _):
        stop = threading.Event()
        statuses: list[int] = []

        def reader():
            while not stop.is_set():
                statuses.append(_get(url, MEDIUM)[0])

        threads = [threading.Thread(target=reader) for _ in range(4)]
        for t in threads:
            t.start()
        time.sleep(1.0)
        ins = 'INSERT DATA { GRAPH <urn:g> { <urn:a> <http://data.europa.eu/eli/ontology#number> "77" } }'
        u = httpx.post(url + "/sparql", content=ins, timeout=60,
                       headers={"Content-Type": "application/sparql-update", "Authorization": "Bearer t0k"})
        time.sleep(1.0)
        stop.set()
        for t in threads:
            t.join()
        assert u.status_code == 204, u.text
        assert statuses and set(statuses) == {200}, statuses
        r = httpx.get(url + "/sparql", params={"query": 'ASK { ?a <http://data.europa.eu/eli/ontology#number> "77" }'})
        assert r.json()["boolean"] is True


def test_the_token_needs_the_bearer_scheme_and_post(corpus_store, tmp_path):
    store = fresh_store(tmp_path / "store")
    ins = 'INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> "1" } }'
    with kg_serve(store, tmp_path, "--update-token", "t0k") as (url, _):
        bare = httpx.post(url + "/sparql", content=ins, headers={"Content-Type": "application/sparql-update",
                                                                 "Authorization": "t0k"})
        assert bare.status_code == 403
        by_get = httpx.get(url + "/sparql", params={"update": ins}, headers={"Authorization": "Bearer t0k"})
        assert by_get.status_code == 405
        ask = httpx.get(url + "/sparql", params={"query": "ASK { <urn:a> <urn:b> ?o }"})
        assert ask.json()["boolean"] is False


def test_cors_is_for_reads_only(small):
    pre = httpx.options(small + "/sparql", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST",
                                                    "Access-Control-Request-Headers": "Authorization"})
    assert "authorization" not in pre.headers.get("access-control-allow-headers", "").lower()
    assert pre.headers.get("access-control-allow-credentials") is None
    read = httpx.get(small + "/sparql", params={"query": CHEAP}, headers={"Origin": "https://evil.example"})
    assert read.headers.get("access-control-allow-origin") == "*"


def test_javascript_iris_are_never_links(small):
    q = 'SELECT ?x ?y WHERE { BIND(IRI("javascript:alert(1)") AS ?x) BIND(IRI("https://example.org/ok") AS ?y) }'
    page = httpx.get(small + "/sparql", params={"query": q, "format": "html"})
    assert page.status_code == 200 and "javascript:alert(1)" in page.text
    assert 'href="javascript' not in page.text.lower()
    assert 'href="https://example.org/ok"' in page.text


@pytest.mark.parametrize("path", ["/id/act/a%20b", "/id/act/%3Cx%3E", "/id/act/a%7Bb%7D", "/id/act/a b"])
def test_a_path_naming_no_iri_as_it_stands_is_read_encoded_and_found_missing(small, path):
    # a space, "<", "{" are no characters of an IRI: the path names the IRI with them percent-encoded, as kzlex
    # writes every step of its IRIs, and that IRI names nothing (404, never a server error)
    for accept in ("text/html", "text/turtle"):
        r = httpx.get(small + path, headers={"Accept": accept})
        assert r.status_code == 404, (path, accept, r.status_code)
        assert "/act/a%20b" in r.text or "/act/%3Cx%3E" in r.text or "/act/a%7Bb%7D" in r.text, (path, r.text)


def test_invalid_iri_parameters_are_400(small):
    for name, param in (("unit-history", "unit"), ("repeal-chain", "act"), ("org-acts", "org")):
        r = httpx.get(small + f"/queries/{name}", params={param: "http://x/a b<>"})
        assert r.status_code in (200, 400), (name, r.status_code, r.text)
        if r.status_code == 200:  # read as a name, not an IRI: it matches nothing
            assert r.json()["results"]["bindings"] == []


def test_cli_errors_are_messages_with_documented_exit_codes(corpus_store, tmp_path):
    import subprocess
    import sys

    def kg(*args):
        return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, cwd=tmp_path,
                              timeout=60)

    for args, code, words in (
        (("serve", "--port", "99999", "--store", str(corpus_store.path)), 2, "--port"),
        (("export", "--store", str(corpus_store.path), "--output", "/no/such/dir/x.ttl"), 2, "cannot write /no/such/dir"),
        (("sparql", "nosuch.rq", "--store", str(corpus_store.path)), 2, "no such file: nosuch.rq"),
    ):
        p = kg(*args)
        assert p.returncode == code and words in p.stdout + p.stderr, (args, p.returncode, p.stderr)
        assert "Traceback" not in p.stderr
    with socket_in_use() as port:
        p = kg("serve", "--port", str(port), "--store", str(corpus_store.path))
        assert p.returncode == 3 and "cannot listen" in p.stderr and "http://" not in p.stdout, (p.stdout, p.stderr)


def socket_in_use():
    import contextlib
    import socket

    @contextlib.contextmanager
    def held():
        with socket.create_server(("127.0.0.1", 0)) as s:
            yield s.getsockname()[1]

    return held()
