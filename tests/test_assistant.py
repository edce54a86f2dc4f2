"""`kg mcp`: the MCP server, reached with the official SDK's client in-process, over stdio and
over HTTP; every tool's answer checked against the named queries' answers on the bundled corpus."""
from __future__ import annotations

import asyncio
import json
import sys

import httpx
import pytest
from mcp import Client
from mcp.client.stdio import StdioServerParameters

from kg.assistant import AssistantConfig, create_server
from kg.queries import rows_of, run_named

from .conftest import ROOT, fresh_store
from .servers import Canary, free_port, running

TOOLS = {"search", "read", "history", "changes", "lineage", "position", "validate", "sparql"}
UNIT = "553/2020-12-30:p653-6"


def named(store, query: str, **params) -> list[dict]:
    names, rows = rows_of(run_named(query, params, store))
    return [{n: t.value for n, t in zip(names, row) if t is not None} for row in rows]


def call(client_target, calls: list[tuple[str, dict]]) -> list[dict]:
    async def go():
        async with Client(client_target, read_timeout_seconds=120) as c:
            listed = {t.name: t for t in (await c.list_tools()).tools}
            out = [listed]
            for name, args in calls:
                r = await c.call_tool(name, args)
                out.append(r.structured_content or json.loads(r.content[0].text))
            return out
    return asyncio.run(go())


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory):
    """The bundled corpus in a store of its own, closed: the workers open it read-only while no
    writer holds it (the session's store is held open for writing by the test process)."""
    from kg.store import GraphStore

    path = fresh_store(tmp_path_factory.mktemp("assistant") / "store")
    return GraphStore(path, read_only=True)


@pytest.fixture(scope="module")
def in_process(corpus_store):
    server, work = create_server(AssistantConfig(str(corpus_store.path), timeout=3))
    yield server
    work.close()


def test_every_tool_is_listed_with_a_description_and_a_schema(in_process):
    (listed,) = call(in_process, [])
    assert set(listed) == TOOLS
    for t in listed.values():
        assert len(t.description) > 40 and t.input_schema["type"] == "object"
    assert listed["read"].input_schema["required"] == ["act_or_unit"]


def test_answers_are_the_named_queries_answers(in_process, corpus_store):
    _, position, history, text, lineage = call(in_process, [
        ("position", {"name": "Нутрициолог"}),
        ("history", {"unit_or_act": UNIT}),
        ("read", {"act_or_unit": UNIT, "date": "2024-06-21"}),
        ("lineage", {"act": "22003"}),
    ])
    assert position["rows"] == named(corpus_store, "position", position="Нутрициолог") and position["rows"]
    assert history["rows"] == named(corpus_store, "unit-history", unit=UNIT) and history["rows"]
    assert text["rows"] == named(corpus_store, "unit-text-on-date", unit=UNIT, date="2024-06-21")
    assert lineage["amended_by"] == named(corpus_store, "acts-amending", act="22003")
    assert lineage["repeal_chain"] == named(corpus_store, "repeal-chain", act="22003")
    assert lineage["changes_it_made"] == named(corpus_store, "order-changes", act="22003")
    assert lineage["cited_by"] == named(corpus_store, "act-cited-by", act="22003")
    # (its point 1 names order 553 to amend it, and cites each unit of it its instructions change)
    assert {(r["number"], tuple(r["source"].rsplit("/", 2)[1:])) for r in lineage["cited_by"]} == {("207", ("p", "1"))}
    assert len(lineage["cited_by"]) > 1


def test_search_read_changes_and_validate_cite_their_sources(in_process, corpus_store):
    _, search, act, before, changes, report, missing = call(in_process, [
        ("search", {"text": "нутрициологтың"}),
        ("read", {"act_or_unit": "22003", "date": "2024-07-01"}),
        ("read", {"act_or_unit": "22003", "date": "2024-06-19"}),
        ("changes", {"act": "22003", "start": "2024-01-01", "end": "2024-12-31"}),
        ("validate", {"act": "22003"}),
        ("read", {"act_or_unit": "99999"}),
    ])
    kinds = {h["kind"] for h in search["hits"]}
    assert {"position", "unit"} <= kinds
    assert all(h["node"].startswith("https://w3id.org/kzlex/id/") for h in search["hits"])
    assert any(h.get("source", "").startswith("000_") for h in search["hits"])
    units = act["units"]
    assert len(units) > 20 and all(u["node"].startswith(act["act"]) for u in units)
    on_date = {r["unit"]: r["text"] for r in named(corpus_store, "unit-text-on-date", unit=UNIT, date="2024-07-01")}
    read_unit = next(u for u in units if u["node"] in on_date)
    assert on_date[read_unit["node"]] in [v.get("text") for v in read_unit["versions"]]
    assert "§ 116. Нутрициолог" in act["text"]["kk"]  # the act as one document
    # on the eve of order 207 a unit with no known text that day says so in place; § 116 is not there yet
    assert any("text_on_date" in u for u in before["units"]) and "Нутрициолог" not in before["text"]["kk"]
    assert changes["count"] > 0 and all("2024-01-01" <= c["from"] <= "2024-12-31" for c in changes["changes"])
    assert all(r["focus"].startswith(act["act"]) for r in report["results"])
    assert "error" in missing and "99999" in missing["error"]  # nothing invented


def test_sparql_goes_through_the_guard_of_kg_serve_and_its_time_limit(in_process):
    canary = Canary()
    try:
        _, count, update, service, slow = call(in_process, [
            ("sparql", {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}),
            ("sparql", {"query": "DROP ALL"}),
            ("sparql", {"query": f'SELECT * WHERE {{ BIND("""a\\"""" AS ?x) SERVICE <http://127.0.0.1:{canary.port}/> '
                                 "{ ?s ?p ?o } }"}),
            ("sparql", {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"}),
        ])
    finally:
        canary.close()
    assert int(count["results"]["bindings"][0]["n"]["value"]) > 1000
    assert update["status"] == 403 and "DROP" in update["error"]
    assert service["status"] == 403 and "SERVICE" in service["error"]
    assert "time limit" in slow["error"]
    assert canary.hits == 0


def test_over_stdio(corpus_store):
    params = StdioServerParameters(command=sys.executable, args=["-m", "kg.cli", "mcp", "--store", str(corpus_store.path)],
                                   cwd=str(ROOT))
    listed, position = call(params, [("position", {"name": "Нутрициолог"})])
    assert set(listed) == TOOLS
    assert position["rows"] == named(corpus_store, "position", position="Нутрициолог")


def test_over_http_on_loopback_with_a_token(corpus_store, tmp_path):
    port = free_port()
    cmd = [sys.executable, "-m", "kg.cli", "mcp", "--store", str(corpus_store.path), "--transport", "http",
           "--port", str(port), "--token", "t0k"]
    url = f"http://127.0.0.1:{port}/mcp"
    with running(cmd, url, tmp_path / "mcp.log"):
        assert httpx.post(url, json={}).status_code == 401
        import httpx2
        from mcp.client.streamable_http import streamable_http_client

        async def go():
            async with httpx2.AsyncClient(headers={"Authorization": "Bearer t0k"}, timeout=60) as http:
                async with Client(streamable_http_client(url, http_client=http)) as c:
                    return await c.call_tool("position", {"name": "Нутрициолог"})

        r = asyncio.run(go())
        assert r.structured_content["rows"] == named(corpus_store, "position", position="Нутрициолог")


def test_position_on_a_date(in_process, corpus_store):
    _, now, before = call(in_process, [("position", {"name": "Нутрициолог", "date": "2025-01-01"}),
                                       ("position", {"name": "Нутрициолог", "date": "2019-01-01"})])
    everything = named(corpus_store, "position", position="Нутрициолог")
    assert now["rows"] == everything  # described by order 553 (2020), in force in 2025
    assert before["rows"] == [] and before["not_in_force_that_day"]  # order 553 was not signed in 2019


def test_lineage_names_the_acts_known_to_amend_an_act_by_their_titles(tmp_path):
    """The Presidential Chancellery's order of 2019 № 19-42-3.3.17 lists the register of 2016 it repeals and the order of
    2018 that changed it, known only by its title ("О внесении изменений в приказ … № 42-3.3.12 «…»"): the register's
    lineage names that order among the acts that amended it, what it changed not in the corpus."""
    from kg.build import build
    from kg.store import GraphStore

    from .test_parse_genres import REPEALED_LIST_RU

    folder = tmp_path / "corpus" / "135478"
    folder.mkdir(parents=True)
    (folder / "rus.md").write_text(REPEALED_LIST_RU, encoding="utf-8")
    (folder / "meta.yaml").write_text(
        "requisite: Приказ Начальника Канцелярии Президента Республики Казахстан от 7 октября 2019 года № 19-42-3.3.17. "
        "Зарегистрирован в Министерстве юстиции Республики Казахстан 21 октября 2019 года № 19491\n"
        "approved_by:\n- '101001000000'\n", encoding="utf-8")
    store = GraphStore(tmp_path / "store")
    build([tmp_path / "corpus"], store)
    del store
    server, work = create_server(AssistantConfig(str(tmp_path / "store"), timeout=3))
    try:
        _, lineage = call(server, [("lineage", {"act": "42-3.3.12/2016-12-07"})])
    finally:
        work.close()
    assert lineage["act"].endswith("/act/prezident-kensesi/2016-12-07/42-3.3.12"), lineage
    assert lineage["also_amended_by"] == [lineage["act"].replace("2016-12-07/42-3.3.12", "2018-02-09/18-42-3.3.4")]
    assert "18-42-3.3.4" not in {r.get("number") for r in lineage["amended_by"]}
