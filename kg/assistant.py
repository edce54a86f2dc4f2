"""`kg mcp`: the graph for AI assistants, as a Model Context Protocol server (the official SDK).

Read-only. Every tool runs its work in worker processes under a time limit, as `kg serve`
does (kg/serverwork.py: no network, one read-only store each), and `sparql` goes through the
same guard. Every answer cites what it rests on: node IRIs, and the source file and line
where the graph records them; when the graph has no answer, the answer says so.

Over stdio (the default) an assistant starts `kg mcp --store DIR` itself; over HTTP it binds
to 127.0.0.1 unless told otherwise and, given `--token`, requires `Authorization: Bearer`.
"""
from __future__ import annotations

import datetime as dt
import hmac
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mcp.server.mcpserver import MCPServer

from . import assistwork, serverwork
from .workers import WorkerPool
from .errors import StoreError
from .queries import registry
from .version import __version__

__all__ = ["AssistantConfig", "create_server", "run"]


@dataclass
class AssistantConfig:
    store: str
    timeout: float = 10.0
    max_results: int = 10000
    workers: int = 2
    token: str | None = None
    endpoint: str | None = None  # a remote SPARQL 1.1 endpoint instead of the embedded store


class _Pool:
    """Worker processes with a time limit per call (the worker is ended at the limit)."""

    def __init__(self, cfg: AssistantConfig):
        self.cfg = cfg
        self.pool: WorkerPool | None = None

    async def __call__(self, fn, *args, timeout: float | None = None):
        if self.pool is None:
            init, init_args = ((assistwork.init_remote, (self.cfg.endpoint,)) if self.cfg.endpoint else
                               (serverwork.init, (self.cfg.store,)))
            self.pool = WorkerPool(self.cfg.workers, initializer=init, initargs=init_args)
        try:
            return await self.pool.call(fn, args, timeout=timeout or self.cfg.timeout)
        except TimeoutError:
            return {"error": f"time limit exceeded ({timeout or self.cfg.timeout:g} s): the work was stopped"}

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()


def _today() -> str:
    return dt.date.today().isoformat()


def create_server(cfg: AssistantConfig) -> tuple[MCPServer, _Pool]:
    """The MCP server over one store, and the worker pool to close when it stops."""
    if not cfg.endpoint and not Path(cfg.store).exists():
        raise StoreError(f"no store at {cfg.store}: run 'kg build' first")
    work = _Pool(cfg)
    server = MCPServer("kzlex", version=__version__, instructions=(
        "A knowledge graph of Kazakhstan's legal acts (Kazakh and Russian): acts, their units down to "
        "sub-points, the amendments and repeals that connect them with dates, the versions of every "
        "unit, positions of qualification handbooks, approving organisations. Name an act as "
        "NUMBER/YYYY-MM-DD ('553/2020-12-30'), NUMBER or registration number ('22003'), or its IRI; a "
        "unit as ACT:PATH ('553/2020-12-30:p551', '22003:p2/sp7') or its IRI. Every answer cites IRIs "
        "and source file:line; cite them to the user."))

    async def act_iri(act: str) -> dict:
        return await work(assistwork.locate, "act", act)

    async def scope(act: str | None) -> dict:
        """{"iri": the act's IRI or None when no act is named} or {"error": …}."""
        return await act_iri(act) if act else {"iri": None}

    @server.tool(description="Find units (by their text or heading), positions and acts (by name) whose words "
                             "contain `text`. Optional: `date` (YYYY-MM-DD) searches the texts in force that day; "
                             "`act` restricts to one act; `lang` is 'kk' or 'ru'. Each hit: IRI, kind, the words "
                             "found, source file:line.")
    async def search(text: str, date: str | None = None, act: str | None = None, lang: str | None = None,
                     limit: int = 20) -> dict[str, Any]:
        found = await scope(act)
        if "error" in found:
            return found
        hits = await work(assistwork.search, text, found["iri"], lang, date, max(1, min(limit, 200)))
        return hits if isinstance(hits, dict) else {"hits": hits, "count": len(hits)}

    @server.tool(description="The text of an act or a unit as in force on `date` (default today), in `lang` "
                             "('kk' or 'ru', default both): for an act, every unit in document order with its "
                             "version's validity and the order that produced it; units whose text that day is "
                             "not in the graph say so; a unit suspended that day says until when and by which "
                             "order (`suspended`), its text then the wording the order gives for that time. With "
                             "the act's status (repeal, suspension, its own last day passed).")
    async def read(act_or_unit: str, date: str | None = None, lang: str | None = None) -> dict[str, Any]:
        day = date or _today()
        if ":" in act_or_unit and not act_or_unit.startswith(("http://", "https://")) or "/p/" in act_or_unit:
            unit = await work(assistwork.locate, "unit", act_or_unit)
            if "error" in unit:
                return unit
            rows = await work(assistwork.named_rows, "unit-text-on-date", {"unit": unit["iri"], "date": day},
                              cfg.max_results)
            if "rows" in rows and not rows["rows"]:
                return {"unit": unit["iri"], "date": day, "text_on_date": "not in the graph: no version of this "
                        "unit is known to be in force that day"}
            return {"unit": unit["iri"], "date": day, **rows}
        act = await act_iri(act_or_unit)
        if "error" in act:
            return act
        return await work(assistwork.text_on_date, act["iri"], day, lang)

    @server.tool(description="The history of a unit (its versions, oldest first: text, valid from and to, the "
                             "amending order) or of an act (the orders that amended or repealed it, with dates "
                             "and how many changes each made).")
    async def history(unit_or_act: str) -> dict[str, Any]:
        if ":" in unit_or_act and not unit_or_act.startswith(("http://", "https://")):
            return await work(assistwork.named_rows, "unit-history", {"unit": unit_or_act}, cfg.max_results)
        found = await act_iri(unit_or_act)
        if "error" not in found:
            return {"act": found["iri"], **await work(assistwork.named_rows, "acts-amending", {"act": found["iri"]},
                                                      cfg.max_results)}
        return await work(assistwork.named_rows, "unit-history", {"unit": unit_or_act}, cfg.max_results)

    @server.tool(description="What changed in an act between two dates (YYYY-MM-DD, inclusive): each unit's "
                             "new version that began then, with the old and new text, the effect and the "
                             "amending order; and each suspension that began then (effect Suspension: `until` "
                             "the day it lifts, `new` the wording meanwhile where the order gives one).")
    async def changes(act: str, start: str, end: str) -> dict[str, Any]:
        found = await act_iri(act)
        if "error" in found:
            return found
        rows = await work(assistwork.changes, found["iri"], start, end)
        return rows if isinstance(rows, dict) else {"act": found["iri"], "changes": rows, "count": len(rows)}

    @server.tool(description="The lineage of an act across acts: what amended it (also_amended_by: acts known to "
                             "have amended it whose changes are not in the corpus), what repealed it (and what "
                             "repealed that), what it repealed, everything it changed in other acts, and who relies "
                             "on it (acts standing on it, provisions citing it; a law cited by title is `law/…`).")
    async def lineage(act: str) -> dict[str, Any]:
        found = await act_iri(act)
        if "error" in found:
            return found
        iri = found["iri"]
        amended = await work(assistwork.named_rows, "acts-amending", {"act": iri}, cfg.max_results)
        repeals = await work(assistwork.named_rows, "repeal-chain", {"act": iri}, cfg.max_results)
        changed = await work(assistwork.named_rows, "order-changes", {"act": iri}, cfg.max_results)
        cited = await work(assistwork.named_rows, "act-cited-by", {"act": iri}, cfg.max_results)
        # (and the acts known to have amended it, their changes not in the corpus: a title saying so)
        also = await work(assistwork.amended_without_events, iri, [r.get("amending") for r in amended.get("rows", ())])
        return {"act": iri, "amended_by": amended.get("rows", amended), "also_amended_by": also,
                "repeal_chain": repeals.get("rows", repeals), "changes_it_made": changed.get("rows", changed),
                "cited_by": cited.get("rows", cited)}

    @server.tool(description="A position of the qualification handbooks by part of its name: duties, knowledge, "
                             "requirements, and the unit and act that describe it; with `date`, only as described "
                             "by provisions in force that day (the others are listed apart).")
    async def position(name: str, date: str | None = None) -> dict[str, Any]:
        found = await work(assistwork.named_rows, "position", {"position": name}, cfg.max_results)
        if not date or "rows" not in found:
            return found
        live = await work(assistwork.positions_in_force, [r["position"] for r in found["rows"]], date)
        if isinstance(live, dict) and "error" in live:
            return live
        return {"date": date, "rows": [r for r in found["rows"] if live.get(r["position"])],
                "not_in_force_that_day": sorted({r["position"] for r in found["rows"] if not live.get(r["position"])})}

    @server.tool(description="The consistency report (SHACL) for one act's nodes, or the whole graph: each "
                             "result with its severity, message and source file:line.")
    async def validate(act: str | None = None) -> dict[str, Any]:
        found = await scope(act)
        if "error" in found:
            return found
        return await work(assistwork.validation, found["iri"], timeout=max(cfg.timeout, 120))

    @server.tool(description="A read-only SPARQL 1.1 query over the graph (the union of all sources in the default "
                             "graph; GRAPH ?g for each source). Updates, SERVICE and LOAD are refused; a time limit "
                             "and a row limit apply. Prefixes eli:, kzl:, skos:, prov: are not predeclared.")
    async def sparql(query: str) -> dict[str, Any]:
        return await work(assistwork.sparql_json, query, cfg.max_results)

    for q in registry().values():  # the named queries, as resources: their SPARQL and parameters
        _add_query_resource(server, q)

    @server.resource("kzlex://act/{ident}", description="An act (its registration number or NUMBER_YYYY-MM-DD): "
                     "its outline and metadata, as JSON.", mime_type="application/json")
    async def act_resource(ident: str) -> dict[str, Any]:
        found = await act_iri(ident.replace("_", "/"))
        if "error" in found:
            return found
        return await work(assistwork.text_on_date, found["iri"], _today(), None)

    return server, work


def _add_query_resource(server: MCPServer, q) -> None:
    def text() -> dict[str, Any]:
        return {"name": q.name, "purpose": q.purpose, "sparql": q.text,
                "params": [{"name": p.name, "type": p.type, "help": p.help, "optional": p.optional} for p in q.params]}

    server.resource(f"kzlex://query/{q.name}", name=q.name, description=q.purpose, mime_type="application/json")(text)


def run(cfg: AssistantConfig, transport: str = "stdio", host: str = "127.0.0.1", port: int = 8809) -> None:
    server, work = create_server(cfg)
    try:
        if transport == "stdio":
            server.run("stdio")
            return
        import uvicorn
        from starlette.responses import PlainTextResponse

        app = server.streamable_http_app()
        if cfg.token:
            inner = app

            async def app(scope, receive, send):  # noqa: F811 — the same app behind a bearer token
                if scope["type"] == "http":
                    scheme, _, token = dict(scope["headers"]).get(b"authorization", b"").decode().partition(" ")
                    if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), cfg.token.encode()):
                        await PlainTextResponse("kg mcp needs 'Authorization: Bearer <token>'", 401)(scope, receive, send)
                        return
                await inner(scope, receive, send)

        print(f"kzlex MCP server: http://{host}:{port}/mcp", flush=True)
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        work.close()
