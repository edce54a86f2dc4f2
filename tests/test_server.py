"""`kg serve` as a SPARQL 1.1 Protocol endpoint, queried by real clients (SPARQLWrapper, curl)."""
from __future__ import annotations

import subprocess
import time
import urllib.error

import httpx
import pytest
import rdflib
from SPARQLWrapper import CSV, JSON, JSONLD, N3, POST, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from kg.guard import check_query

from .conftest import fresh_store
from .servers import kg_serve, require_binary

NUMBERS = "SELECT ?n WHERE { ?a <http://data.europa.eu/eli/ontology#number> ?n } ORDER BY ?n LIMIT 3"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
CONSTRUCT = ("CONSTRUCT { ?a <http://data.europa.eu/eli/ontology#number> ?n } WHERE "
             "{ ?a <http://data.europa.eu/eli/ontology#number> ?n } LIMIT 5")


@pytest.fixture(scope="module")
def server(corpus_store, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("serve")
    with kg_serve(corpus_store.path, tmp, "--timeout", "2", "--max-results", "2000") as (url, _):
        yield url


def wrapper(url: str, query: str, fmt) -> SPARQLWrapper:
    w = SPARQLWrapper(url + "/sparql")
    w.setQuery(query)
    w.setReturnFormat(fmt)
    return w


@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_select_in_every_result_format_with_sparqlwrapper(server, fmt):
    res = wrapper(server, NUMBERS, fmt).query()
    body = res.convert()
    if fmt == JSON:
        assert [b["n"]["value"] for b in body["results"]["bindings"]] == ["1019", "129", "152-Ө"]
    elif fmt == XML:
        assert [lit.firstChild.data for lit in body.getElementsByTagName("literal")] == ["1019", "129", "152-Ө"]
    else:
        text = body.decode("utf-8") if isinstance(body, bytes) else body
        assert "1019" in text and "152-Ө" in text
        assert ("\t" not in text.splitlines()[0]) if fmt == CSV else text.startswith("?n")


@pytest.mark.parametrize("fmt,parser", [(TURTLE, "turtle"), (N3, "turtle"), (JSONLD, "json-ld")])  # N3: SPARQLWrapper names Turtle first
def test_construct_in_graph_formats(server, fmt, parser):
    res = wrapper(server, CONSTRUCT, fmt).query()
    g = res.convert()
    if not isinstance(g, rdflib.Graph):
        g = rdflib.Graph().parse(data=g, format=parser)
    assert len(g) == 5


def test_ask_and_post_with_sparqlwrapper(server):
    w = wrapper(server, "ASK { ?a <http://data.europa.eu/eli/ontology#number> \"207\" }", JSON)
    w.setMethod(POST)
    assert w.query().convert()["boolean"] is True


@pytest.mark.parametrize("accept,marker", [
    ("application/sparql-results+json", '"bindings"'), ("application/sparql-results+xml", "<sparql"),
    ("text/csv", "n\n1019"), ("text/tab-separated-values", '?n\n"1019"'),
])
def test_curl_get_and_content_negotiation(server, accept, marker):
    curl = require_binary("curl")
    p = subprocess.run([curl, "-s", "-G", "-H", f"Accept: {accept}", "--data-urlencode", f"query={NUMBERS}",
                        "-w", "\n%{http_code} %{content_type}", server + "/sparql"], capture_output=True, text=True)
    body, _, status = p.stdout.rpartition("\n")
    assert status.split()[0] == "200" and status.split()[1].startswith(accept)
    assert marker in body


def test_curl_post_urlencoded_and_direct(server):
    curl = require_binary("curl")
    a = subprocess.run([curl, "-s", "--data-urlencode", f"query={NUMBERS}", "-H", "Accept: text/csv", server + "/sparql"],
                       capture_output=True, text=True).stdout
    b = subprocess.run([curl, "-s", "-H", "Content-Type: application/sparql-query", "-H", "Accept: text/csv",
                        "--data-binary", NUMBERS, server + "/sparql"], capture_output=True, text=True).stdout
    assert a == b and "129" in a


@pytest.mark.parametrize("accept,parser", [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                           ("application/ld+json", "json-ld")])
def test_curl_construct_negotiation(server, accept, parser):
    curl = require_binary("curl")
    p = subprocess.run([curl, "-s", "-G", "-H", f"Accept: {accept}", "--data-urlencode", f"query={CONSTRUCT}", server + "/sparql"],
                       capture_output=True, text=True)
    assert len(rdflib.Graph().parse(data=p.stdout, format=parser)) == 5


def test_update_is_refused(server):
    w = SPARQLWrapper(server + "/sparql")
    w.setMethod(POST)
    w.setQuery("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    with pytest.raises((SPARQLWrapperException, urllib.error.HTTPError), match="403|Forbidden|refused"):
        w.query()
    r = httpx.post(server + "/sparql", content="DROP ALL", headers={"Content-Type": "application/sparql-update"})
    assert r.status_code == 403 and "read-only" in r.text
    r = httpx.get(server + "/sparql", params={"query": NUMBERS}, headers={"Accept": "text/csv"})
    assert "1019" in r.text  # nothing was dropped


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "select * where { service <file:///etc/passwd> { ?s ?p ?o } }",
    "LOAD <file:///etc/passwd>",
])
def test_service_and_load_are_refused(server, query):
    r = httpx.get(server + "/sparql", params={"query": query})
    assert r.status_code == 403 and "refused" in r.text


def test_keywords_inside_strings_are_not_refused(server):
    q = 'SELECT ?x WHERE { BIND("SERVICE and LOAD are words" AS ?x) } # DROP ALL'
    r = httpx.get(server + "/sparql", params={"query": q}, headers={"Accept": "text/csv"})
    assert r.status_code == 200 and "SERVICE and LOAD" in r.text
    assert check_query("PREFIX ex: <http://x/> SELECT ?load WHERE { ?s ex:SERVICE ?load }").allowed


def test_query_over_the_time_limit_is_stopped(server):
    start = time.monotonic()
    r = httpx.get(server + "/sparql", params={"query": SLOW}, timeout=60)
    elapsed = time.monotonic() - start
    assert r.status_code == 503 and "time limit" in r.text
    assert elapsed < 2 + 4  # stopped near the 2 s limit, not run to its end
    ok = httpx.get(server + "/sparql", params={"query": NUMBERS}, headers={"Accept": "text/csv"})
    assert ok.status_code == 200  # the server goes on


def test_result_over_the_size_limit_is_refused(server):
    r = httpx.get(server + "/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert r.status_code == 413 and "more than 2000 rows" in r.text


def test_syntax_error_is_400(server):
    r = httpx.get(server + "/sparql", params={"query": "SELEKT nothing"})
    assert r.status_code == 400 and "syntax" in r.text.lower()


def test_cors_and_service_description(server):
    r = httpx.options(server + "/sparql", headers={"Origin": "https://example.org", "Access-Control-Request-Method": "POST"})
    assert r.headers.get("access-control-allow-origin") in ("*", "https://example.org")
    r = httpx.get(server + "/sparql", params={"query": NUMBERS}, headers={"Origin": "https://example.org"})
    assert r.headers.get("access-control-allow-origin") == "*"
    sd = httpx.get(server + "/sparql", headers={"Accept": "text/turtle"})
    g = rdflib.Graph().parse(data=sd.text, format="turtle")
    assert (None, rdflib.RDF.type, rdflib.URIRef("http://www.w3.org/ns/sparql-service-description#Service")) in g


def test_named_query_over_http(server):
    r = httpx.get(server + "/queries/index-entries", params={"act": "22003"})
    rows = r.json()["results"]["bindings"]
    assert len(rows) == 11
    r = httpx.get(server + "/queries/position", params={"position": '") } DROP ALL'})
    assert r.status_code == 200 and r.json()["results"]["bindings"] == []
    assert httpx.get(server + "/queries/nope").status_code == 404


def test_iris_dereference_to_pages_and_rdf(server):
    path = "/id/act/enbek-zhane-khalykty-aleumettik-korgau-ministrligi/2020-12-30/553/app/1/p/551"
    rdf = httpx.get(server + path, headers={"Accept": "text/turtle"})
    g = rdflib.Graph().parse(data=rdf.text, format="turtle")
    assert (None, rdflib.URIRef("https://w3id.org/kzlex/ontology#number"), rdflib.Literal("551")) in g
    page = httpx.get(server + path, headers={"Accept": "text/html"})
    assert page.status_code == 200 and "order № 207 of 2024-06-20" in page.text and "учаске механигі" in page.text
    assert httpx.get(server + "/id/act/none/2000-01-01/1", headers={"Accept": "text/turtle"}).status_code == 404


def test_update_with_token(corpus_store, tmp_path):
    store = fresh_store(tmp_path / "store")
    with kg_serve(store, tmp_path, "--update-token", "s3cret") as (url, _):
        ask = {"query": 'ASK { ?a <http://data.europa.eu/eli/ontology#number> "9999" }'}
        before = [httpx.get(url + "/sparql", params=ask) for _ in range(2)]
        # a repeated read is answered from the cache, with the same answer
        assert [r.headers["x-cache"] for r in before] == ["miss", "hit"]
        assert [r.json()["boolean"] for r in before] == [False, False]
        ins = "INSERT DATA { GRAPH <urn:g> { <urn:a> <http://data.europa.eu/eli/ontology#number> \"9999\" } }"
        bad = httpx.post(url + "/sparql", content=ins, headers={"Content-Type": "application/sparql-update",
                                                               "Authorization": "Bearer wrong"})
        assert bad.status_code == 403
        good = httpx.post(url + "/sparql", content=ins, headers={"Content-Type": "application/sparql-update",
                                                                "Authorization": "Bearer s3cret"}, timeout=60)
        assert good.status_code == 204
        r = httpx.get(url + "/sparql", params=ask)
        assert r.json()["boolean"] is True and r.headers["x-cache"] == "miss"  # the update emptied the cache
        load = httpx.post(url + "/sparql", content="LOAD <file:///etc/passwd>",
                          headers={"Content-Type": "application/sparql-update", "Authorization": "Bearer s3cret"})
        assert load.status_code == 403


# a literal with every character a result format must escape or quote, and the words that mark a row in each
_TRICKY = 'строка\nдругая "в кавычках" <result> },{"type":"uri"}\t\r\nконец, ; ' + "ә" * 300


def _answers(n: int):
    import pyoxigraph as ox

    store = ox.Store()
    for i in range(n):
        store.add(ox.Quad(ox.NamedNode(f"http://example.org/u{i}"), ox.NamedNode("http://example.org/p"),
                          ox.Literal(_TRICKY + str(i), language="kk")))
        store.add(ox.Quad(ox.NamedNode(f"http://example.org/u{i}"), ox.NamedNode("http://example.org/n"),
                          ox.Literal(str(i), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))))
    return store, "SELECT ?s ?text ?n ?none WHERE { ?s <http://example.org/p> ?text ; <http://example.org/n> ?n } ORDER BY ?n"


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_an_answer_written_by_the_engine_reads_as_the_rows_and_keeps_the_row_limit(fmt):
    # the endpoint's SELECT answers are written by Oxigraph's own serializers, no longer row by row through rdflib's
    # (whose XML wrote the integer 0 as an empty literal): the rows in every format, whatever a literal holds, and the
    # row limit counted on what was written
    import io

    from rdflib.query import Result

    from kg.results import TooLarge, select_bytes, serialize

    store, query = _answers(5)
    body, media = serialize(store.query(query), fmt, 5)
    names = ["s", "text", "n", "none"]  # the rows a caller holds (the command line's, a remote store's): the same bytes
    assert select_bytes(names, [[r[v] for v in names] for r in store.query(query)], fmt) == body
    want = [(f"http://example.org/u{i}", _TRICKY + str(i), str(i)) for i in range(5)]
    if fmt == "tsv":  # rdflib reads no TSV: Oxigraph's TSV escapes a literal's line breaks and tabs
        lines = body.decode("utf-8").split("\n")
        assert lines[0] == "?s\t?text\t?n\t?none" and len(lines) == 7 and lines[6] == ""
        assert [tuple(c for c in line.split("\t")) for line in lines[1:6]] == [
            (f"<{s}>", '"' + t.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
             .replace("\t", "\\t") + '"@kk', n, "") for s, t, n in want]
    else:
        got = [tuple(str(v) if v is not None else None for v in row) for row in Result.parse(io.BytesIO(body), format=fmt)]
        if fmt == "xml":  # an XML reader reads a line break "\r\n" as "\n"
            want = [(s, t.replace("\r\n", "\n"), n) for s, t, n in want]
        assert got == [(s, t, n, None) for s, t, n in want]
    assert len(body) > 5  # more bytes than rows: the rows are counted
    for limit in (4, 2):  # one row over; many over (a JSON answer's values counted, not read whole)
        with pytest.raises(TooLarge, match=f"more than {limit} rows"):
            serialize(store.query(query), fmt, limit)


def test_an_answer_past_the_size_bound_is_refused_while_it_is_written(monkeypatch):
    from kg import results

    store, query = _answers(40)
    monkeypatch.setattr(results, "MAX_BYTES", 4096)
    with pytest.raises(results.TooLarge, match="larger than"):
        results.serialize(store.query(query), "json", 10_000)
    monkeypatch.setattr(results, "MAX_BYTES", 1 << 20)
    assert results.serialize(store.query(query), "json", 10_000)[0].count(b'"type":"uri"') >= 40


def test_a_repeated_get_is_answered_in_front_of_the_app_with_the_bytes_sent_before(corpus_store):
    """`RepeatFront`: a GET asked again never reaches Starlette (counted below the front); its answer is the
    first answer byte for byte, headers included; another Accept or Origin is another answer. (That an update
    empties what the front keeps: `test_update_with_token`, whose repeated GETs are the front's.)"""
    import asyncio

    from kg.server import ServerConfig, create_app

    front = create_app(ServerConfig(str(corpus_store.path), max_concurrent=1, max_slow=1))
    inner, seen = front.app, []

    async def counting(scope, receive, send):
        seen.append(scope.get("path"))
        await inner(scope, receive, send)

    front.app = counting
    q = {"query": NUMBERS}

    async def go():
        transport = httpx.ASGITransport(app=front)
        async with httpx.AsyncClient(transport=transport, base_url="http://kzlex.test") as c:
            first, again = [await c.get("/sparql", params=q) for _ in range(2)]
            xml = await c.get("/sparql", params=q, headers={"Accept": "application/sparql-results+xml"})
            cors = await c.get("/sparql", params=q, headers={"Origin": "https://reader.example"})
            plain = await c.get("/sparql", params=q)
            post = await c.post("/sparql", data=q)
            return first, again, xml, cors, plain, post

    try:
        first, again, xml, cors, plain, post = asyncio.run(go())
    finally:
        front.workers.close()
    assert first.headers["x-cache"] == "miss" and again.headers["x-cache"] == "hit"
    assert again.content == first.content and {**again.headers, "x-cache": "miss"} == dict(first.headers)
    assert [b["n"]["value"] for b in again.json()["results"]["bindings"]] == ["1019", "129", "152-Ө"]
    assert "xml" in xml.headers["content-type"] and xml.content != first.content
    assert cors.headers["access-control-allow-origin"] == "*" and "access-control-allow-origin" not in plain.headers
    # every GET was answered in front (the first of each kind run there in a worker, the repeats from the bytes
    # kept); a POST goes through Starlette, answered from the cache of answers by query, behind the front
    assert seen == ["/sparql"] and post.headers["x-cache"] == "hit" and post.content == first.content


@pytest.mark.parametrize("query, headers", [
    ({"query": NUMBERS}, {}),
    ({"query": NUMBERS}, {"Accept": "application/sparql-results+xml", "Origin": "https://reader.example"}),
    ({"query": NUMBERS, "format": "tsv"}, {"Accept": "text/html"}),
    ({"query": NUMBERS}, {"Accept": "text/csv; q=0.5, application/sparql-results+json"}),
    ({"query": CONSTRUCT}, {"Accept": "text/turtle"}),
    ({"query": NUMBERS}, {"Accept": "image/png"}),  # nothing it can give: 406
    ({"query": "SELECT ?s WHERE { ?s ?p"}, {"Origin": "https://reader.example"}),  # syntax error: 400
    ({"query": "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"}, {}),  # refused
    ({"query": SLOW}, {"Origin": "https://reader.example"}),  # over the time limit: 503
])
def test_a_get_run_in_front_is_answered_as_the_endpoint_answers_it(corpus_store, query, headers):
    """`RepeatFront` runs a GET's query itself, outside Starlette; its answer (status, headers, body) is the one the
    endpoint behind it, with its middleware, gives the same request, in every result format, negotiated or asked by
    `format`, for an error of the query, a refusal and a query stopped at its time limit."""
    import asyncio

    from kg.server import ServerConfig, create_app

    front = create_app(ServerConfig(str(corpus_store.path), max_concurrent=1, max_slow=1, cache_mb=0, timeout=1))

    async def go():
        answers = []
        for app in (front, front.app):
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://kzlex.test") as c:
                answers.append(await c.get("/sparql", params=query, headers=headers))
        return answers

    try:
        fast, full = asyncio.run(go())
    finally:
        front.workers.close()
    assert (fast.status_code, fast.headers.raw, fast.content) == (full.status_code, full.headers.raw, full.content)
    assert fast.status_code in (200, 400, 403, 406, 503) and ("origin" not in {k.lower() for k in headers}
                                                             or fast.headers["access-control-allow-origin"] == "*")


def test_the_front_keeps_only_a_whole_answer_of_one_body_computed_with_no_update_in_between():
    """`RepeatFront` keeps what an app sends only when it is one whole body marked cacheable (`X-Cache`), status 200,
    and the cache was not emptied while it was computed; a streamed answer (its last chunk alone) is never kept."""
    import asyncio
    from types import SimpleNamespace

    from kg.server import AnswerCache, RepeatFront

    calls = []

    def app_sending(*chunks, status=200, marked=True, clear=False):
        async def app(scope, receive, send):
            calls.append(scope["path"])
            headers = [(b"content-type", b"text/plain")] + ([(b"x-cache", b"miss")] if marked else [])
            await send({"type": "http.response.start", "status": status, "headers": headers})
            if clear:
                workers.cache.clear()  # an update emptied the cache while the answer was computed
            for i, c in enumerate(chunks):
                await send({"type": "http.response.body", "body": c, "more_body": i < len(chunks) - 1})
        return app

    workers = SimpleNamespace(cache=AnswerCache(1_000_000), writing=False, writers=0)

    def twice(app) -> list[bytes]:
        front, out = RepeatFront(app, workers), []
        for _ in range(2):
            sent = []

            async def send(m):
                sent.append(m)

            scope = {"type": "http", "method": "GET", "path": "/sparql", "query_string": b"query=ASK{}", "headers": []}
            asyncio.run(front(scope, None, send))
            out.append(b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body"))
        workers.cache.clear()
        return out

    calls.clear()
    assert twice(app_sending(b"whole")) == [b"whole", b"whole"] and len(calls) == 1  # the repeat stopped in front
    for app in (app_sending(b"part one, ", b"part two"), app_sending(b"x", status=500), app_sending(b"x", marked=False),
                app_sending(b"x", clear=True)):
        calls.clear()
        twice(app)
        assert len(calls) == 2  # not kept: both went through
