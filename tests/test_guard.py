"""The query guard decides on the parsed request, and the engine has no way out even if it did not.

Each test here failed on the regex guard it replaced (SERVICE after an escaped quote reached
the canary; LOAD got through with the update token; `PREFIX load:` was refused)."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.guard import check_query, check_update, parsed_verdict

from .conftest import fresh_store
from .servers import Canary, kg_serve


@pytest.fixture(scope="module")
def canary():
    c = Canary()
    yield c
    c.close()


@pytest.fixture(scope="module")
def server(corpus_store, tmp_path_factory):
    store = fresh_store(tmp_path_factory.mktemp("guard") / "store")
    with kg_serve(store, store.parent, "--timeout", "3", "--update-token", "s3cret") as (url, _):
        yield url


def escaped_quote_service(port: int) -> str:
    return f'SELECT * WHERE {{ BIND("""a\\"""" AS ?x) SERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}'


def test_service_behind_an_escaped_quote_is_refused_and_never_sent(server, canary):
    q = escaped_quote_service(canary.port)
    assert check_query(q).status == 403
    for send in (lambda: httpx.get(server + "/sparql", params={"query": q}, timeout=10),
                 lambda: httpx.post(server + "/sparql", content=q, timeout=10,
                                    headers={"Content-Type": "application/sparql-query"})):
        r = send()
        assert r.status_code == 403 and "SERVICE" in r.text
    assert canary.hits == 0


def test_load_behind_an_escaped_quote_is_refused_with_the_token(server, canary):
    u = f'INSERT DATA {{ GRAPH <urn:g> {{ <urn:a> <urn:b> """a\\"""" }} }} ; LOAD <http://127.0.0.1:{canary.port}/x>'
    assert check_update(u).status == 403
    r = httpx.post(server + "/sparql", content=u, timeout=30,
                   headers={"Content-Type": "application/sparql-update", "Authorization": "Bearer s3cret"})
    assert r.status_code == 403 and "LOAD" in r.text
    assert canary.hits == 0


@pytest.mark.parametrize("query", [
    "PREFIX load: <http://example.org/load#> SELECT ?s WHERE { ?s load:x ?o } LIMIT 1",
    "PREFIX copy: <http://example.org/copy#> SELECT ?s WHERE { ?s copy:x ?o } LIMIT 1",
    "PREFIX service: <http://example.org/s#> SELECT ?service WHERE { ?service service:drop ?o } LIMIT 1",
    'SELECT ?x WHERE { BIND("""SERVICE <http://x/> { }""" AS ?x) }',
    "SELECT ?x WHERE { BIND(<http://example.org/SERVICE/LOAD> AS ?x) } # SERVICE <http://x/>",
])
def test_queries_that_only_mention_update_words_run(server, query):
    assert check_query(query).allowed
    r = httpx.get(server + "/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200, r.text


def test_updates_sent_as_queries_are_refused_by_name():
    for text, op in (("DROP ALL", "DROP"), ("LOAD <http://x/>", "LOAD"), ("INSERT DATA { <a:b> <a:c> <a:d> }", "INSERT")):
        v = check_query(text)
        assert v.status == 403 and op in v.reason


def test_the_worker_cannot_open_a_socket_even_without_the_guard(corpus_store, canary):
    """The engine's own way out is closed: a worker process running SERVICE straight on Oxigraph."""
    script = textwrap.dedent(f"""
        from kg import serverwork
        serverwork.init({str(corpus_store.path)!r})
        q = "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{canary.port}/x> {{ ?s ?p ?o }} }}"
        try:
            list(serverwork._STORE.query(q))
            print("ANSWERED")
        except Exception as exc:
            print("REFUSED", type(exc).__name__, exc)
    """)
    p = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert "REFUSED" in p.stdout, p.stdout + p.stderr
    assert canary.hits == 0


# string-literal and comment forms the old regex mis-read; each hides (or does not hide) a SERVICE
_PIECES = st.sampled_from([
    '"a\\""', '"""a\\""""', "'''b\\''''", '"""x"y""z"""', "'c\\'d'", '"\\\\"', '"#not a comment"',
    "<http://example.org/SERVICE>", "<http://example.org/LOAD#x>", "# SERVICE <http://x/> {\n", '"{"', "'}'",
    '"""\n"""', '"SERVICE"', "'''SERVICE <http://x/> { ?s ?p ?o }'''",
])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=st.lists(_PIECES, max_size=4), after=st.lists(_PIECES, max_size=3), silent=st.booleans())
def test_fuzz_no_literal_form_lets_service_or_load_reach_the_canary(server, canary, before, after, silent):
    binds = " ".join(f"BIND({p} AS ?v{i})" for i, p in enumerate(before) if not p.startswith(("#", "<")))
    comments = " ".join(p for p in before if p.startswith("#"))
    tail = " ".join(f"BIND({p} AS ?w{i})" for i, p in enumerate(after) if not p.startswith(("#", "<")))
    service = f"SERVICE {'SILENT ' if silent else ''}<http://127.0.0.1:{canary.port}/x> {{ ?s ?p ?o }}"
    query = f"SELECT * WHERE {{ {binds} {comments}\n {service} {tail} }}"
    assert not check_query(query).allowed
    r = httpx.get(server + "/sparql", params={"query": query}, timeout=10)
    assert r.status_code in (400, 403)
    update = f"INSERT DATA {{ GRAPH <urn:g> {{ <urn:a> <urn:b> {before[0] if before and before[0].startswith(chr(34)) else '1'} }} }} ;" \
             f" {comments}\n LOAD <http://127.0.0.1:{canary.port}/y>"
    assert not check_update(update).allowed
    assert canary.hits == 0


# pieces of queries, some of them the words (or escapes) a refused request needs, in any case
_TOKENS = st.sampled_from([
    "SELECT", "*", "WHERE", "{", "}", "?s", "?p", "?o", ".", "<http://example.org/a>", '"x"', "FILTER", "(", ")",
    "SERVICE", "service", "SeRvIcE", "SILENT", "<http://127.0.0.1:9/x>", "INSERT", "DATA", "DELETE", "LOAD", "CLEAR",
    "DROP", "CREATE", "ADD", "MOVE", "COPY", "GRAPH", "<urn:g>", "TO", ";", "\\u0053ERVICE", "\\U00000053ERVICE",
    "LIMIT", "1", "# note", "\n", "'''x'''",
])


@settings(max_examples=400, deadline=None)
@given(tokens=st.lists(_TOKENS, min_size=1, max_size=14))
def test_a_query_let_through_unparsed_is_one_the_parser_would_not_refuse(tokens):
    """check_query skips the parser only for texts without the words a refusal needs: the parser
    never finds SERVICE or an update operation in such a text (what it may say instead: a syntax
    error, or, for a text that is all comment, an empty update; the engine answers both 400)."""
    text = " ".join(tokens)
    fast, full = check_query(text), parsed_verdict(text)
    if fast.allowed and not full.allowed:
        assert full.status == 400 or full.reason.startswith("an update is refused"), (text, full)
    if "SERVICE" in full.reason or (full.status == 403 and not full.reason.startswith("an update")):
        assert fast == full, text
