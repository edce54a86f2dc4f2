"""`kg serve`: a SPARQL 1.1 Protocol endpoint over the embedded store, with browse pages.

Safe by default (see SECURITY.md): read-only, SPARQL Update refused with 403 unless
the server was started with an update token and the request carries it as a bearer
token; SERVICE and LOAD refused (no outbound request on a client's behalf); a time
limit per query (the worker process running it is ended), a result size limit, and
a cap on concurrent queries (more are answered 503 at once rather than queued without
end). Loopback only unless told otherwise.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import hmac
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from pebble import ProcessPool
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from . import serverwork
from .errors import StoreError
from .iri import DEFAULT_BASE

__all__ = ["ServerConfig", "create_app", "serve", "forbidden_reason"]


@dataclass
class ServerConfig:
    store: str
    timeout: float = 10.0
    max_results: int = 10000
    max_concurrent: int = 4
    queue: int = 64
    update_token: str | None = None
    base: str = DEFAULT_BASE


# strings, IRIs and comments are blanked before keywords are looked for
_LEXICAL = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>\s]*>|#[^\n]*')
_SERVICE = re.compile(r"(?<![\w:])SERVICE\b", re.I)
_UPDATE = re.compile(r"(?<![\w:?$])(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY)\b", re.I)


def forbidden_reason(query: str) -> str | None:
    """Why a query may not run here (SERVICE, LOAD, an update), or None."""
    bare = _LEXICAL.sub(" ", query)
    if _SERVICE.search(bare):
        return "SERVICE is refused: this endpoint makes no outbound requests"
    m = _UPDATE.search(bare)
    if m:
        return f"{m.group(1).upper()} is refused: it is an update, and this endpoint is read-only"
    return None


class Workers:
    """A pool of worker processes with a time limit per task and a cap on what waits."""

    def __init__(self, cfg: ServerConfig):
        self.cfg = cfg
        self.sem = threading.BoundedSemaphore(cfg.max_concurrent + cfg.queue)
        self.lock = threading.Lock()
        self.pool = self._start()

    def _start(self) -> ProcessPool:
        return ProcessPool(max_workers=self.cfg.max_concurrent, initializer=serverwork.init, initargs=(self.cfg.store,))

    async def run(self, fn, *args, timeout: float | None = None):
        if not self.sem.acquire(blocking=False):
            raise Busy()
        try:
            with self.lock:
                future = self.pool.schedule(fn, args=args, timeout=timeout or self.cfg.timeout)
            return await asyncio.wrap_future(future)
        finally:
            self.sem.release()

    def update(self, text: str) -> None:
        """Apply an authorised update: workers stop, the store opens writable, workers restart.

        Updates write named graphs (sources); the default graph, their union, is brought up to
        date afterwards, so a triple written straight into it without a source does not stay."""
        from .store import GraphStore

        with self.lock:
            self.pool.stop()
            self.pool.join()
            try:
                store = GraphStore(self.cfg.store)
                store.store.update(text)
                store.sync_default()
                store.flush()
                del store
            finally:
                self.pool = self._start()

    def close(self) -> None:
        self.pool.stop()
        self.pool.join()


class Busy(Exception):
    pass


_env = Environment(loader=PackageLoader("kg", "templates"), autoescape=select_autoescape(["html"]))


def _local(iri: str | None, base: str) -> str:
    """The local page of a graph IRI (its path under /id/), or the IRI itself."""
    if iri and iri.startswith(base):
        return "/id/" + iri[len(base):]
    return iri or ""


def _short(iri: str | None) -> str:
    return (iri or "").rsplit("#", 1)[-1].rsplit("/", 1)[-1] if iri and "#" in iri else (iri or "")


def create_app(cfg: ServerConfig) -> Starlette:
    workers = Workers(cfg)
    _env.filters["local"] = lambda iri: _local(iri, cfg.base)
    _env.filters["short"] = _short

    def html(name: str, **ctx) -> HTMLResponse:
        return HTMLResponse(_env.get_template(name).render(**ctx))

    async def guarded(fn, *args) -> Response:
        try:
            status, body, media = await workers.run(fn, *args)
        except Busy:
            return PlainTextResponse("too many queries at once; try again shortly", 503, headers={"Retry-After": "1"})
        except concurrent.futures.TimeoutError:
            return PlainTextResponse(f"query time limit exceeded ({cfg.timeout:g} s): the query was stopped", 503)
        return Response(body, status, media_type=media)

    async def sparql(request: Request) -> Response:
        form = await request.form() if request.method == "POST" and request.headers.get(
            "content-type", "").startswith("application/x-www-form-urlencoded") else {}
        params = request.query_params
        ctype = request.headers.get("content-type", "").split(";")[0].strip()
        query = params.get("query") or form.get("query")
        update = params.get("update") or form.get("update")
        if request.method == "POST" and ctype == "application/sparql-query":
            query = (await request.body()).decode("utf-8", "replace")
        if request.method == "POST" and ctype == "application/sparql-update":
            update = (await request.body()).decode("utf-8", "replace")
        if update is not None:
            return await _update(request, update)
        if not query:
            if "text/html" in request.headers.get("accept", ""):
                return RedirectResponse("/query")
            return Response(_service_description(request), media_type="text/turtle")
        reason = forbidden_reason(query)
        if reason:
            return PlainTextResponse(reason, 403)
        fmt = params.get("format") or form.get("format")
        if fmt == "html":
            resp = await guarded(serverwork.sparql, query, "application/sparql-results+json", "json", cfg.max_results)
            return _html_results(resp, query)
        return await guarded(serverwork.sparql, query, request.headers.get("accept"), fmt, cfg.max_results)

    async def _update(request: Request, text: str) -> Response:
        token = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        if not cfg.update_token or not hmac.compare_digest(token.encode(), cfg.update_token.encode()):
            return PlainTextResponse("SPARQL Update is refused: this endpoint is read-only", 403)
        bare = _LEXICAL.sub(" ", text)
        if re.search(r"(?<![\w:])(LOAD|SERVICE)\b", bare, re.I):
            return PlainTextResponse("LOAD and SERVICE are refused: this endpoint makes no outbound requests", 403)
        try:
            await asyncio.get_running_loop().run_in_executor(None, workers.update, text)
        except SyntaxError as exc:
            return PlainTextResponse(f"SPARQL syntax error: {exc}", 400)
        return PlainTextResponse("", 204)

    def _html_results(resp: Response, query: str) -> Response:
        import json

        if resp.status_code != 200:
            return html("query.html", query=query, error=resp.body.decode("utf-8", "replace"), status=resp.status_code)
        data = json.loads(resp.body)
        return html("query.html", query=query, vars=data.get("head", {}).get("vars", []),
                    rows=data.get("results", {}).get("bindings", []), boolean=data.get("boolean"))

    def _service_description(request: Request) -> str:
        url = str(request.url.replace(query=""))
        formats = " , ".join(f"<http://www.w3.org/ns/formats/{f}>" for f in
                             ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                              "Turtle", "N-Triples", "JSON-LD", "RDF_XML"))
        return (f"@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .\n"
                f"[] a sd:Service ; sd:endpoint <{url}> ; sd:supportedLanguage sd:SPARQL11Query ;\n"
                f"   sd:feature sd:UnionDefaultGraph ; sd:resultFormat {formats} .\n")

    async def named_query(request: Request) -> Response:
        params = {k: v for k, v in request.query_params.items() if k != "format"}
        return await guarded(serverwork.named, request.path_params["name"], params, request.headers.get("accept"),
                             request.query_params.get("format"), cfg.max_results)

    async def queries_list(request: Request) -> Response:
        data = await workers.run(serverwork.home)
        return html("queries.html", queries=data["queries"])

    async def home(request: Request) -> Response:
        try:
            data = await workers.run(serverwork.home)
        except Busy:
            return PlainTextResponse("busy", 503)
        return html("home.html", **data)

    async def query_form(request: Request) -> Response:
        return html("query.html", query=request.query_params.get("query", "SELECT * WHERE { ?s ?p ?o } LIMIT 10"))

    async def resource(request: Request) -> Response:
        iri = cfg.base + request.path_params["path"]
        accept = request.headers.get("accept", "")
        wants_html = "text/html" in accept or request.query_params.get("format") == "html"
        if not wants_html:
            return await guarded(serverwork.describe, iri, accept, request.query_params.get("format"), cfg.max_results)
        try:
            data = await workers.run(serverwork.page, None, iri)
        except (Busy, concurrent.futures.TimeoutError):
            return PlainTextResponse("busy", 503)
        if data["kind"] is None:
            return html("missing.html", iri=iri)
        template = {"act": "act.html", "unit": "unit.html", "entry": "unit.html", "position": "position.html"}.get(
            data["kind"], "node.html")
        return html(template, **data)

    async def validation(request: Request) -> Response:
        try:
            data = await workers.run(serverwork.validation, timeout=max(cfg.timeout, 120))
        except (Busy, concurrent.futures.TimeoutError):
            return PlainTextResponse("busy", 503)
        return html("validation.html", report=data)

    routes = [
        Route("/", home), Route("/sparql", sparql, methods=["GET", "POST"]), Route("/query", query_form),
        Route("/queries", queries_list), Route("/queries/{name}", named_query),
        Route("/id/{path:path}", resource), Route("/validation", validation),
    ]
    middleware = [Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"],
                             allow_headers=["Accept", "Content-Type", "Authorization"])]
    @contextlib.asynccontextmanager
    async def lifespan(app):
        yield
        workers.close()

    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
    app.state.workers = workers
    return app


def serve(store: str | Path, host: str = "127.0.0.1", port: int = 8808, **kw) -> None:
    import uvicorn

    if not Path(store).exists():
        raise StoreError(f"no store at {store}: run 'kg build' first")
    cfg = ServerConfig(str(store), **{k: v for k, v in kw.items() if v is not None})
    app = create_app(cfg)
    print(f"kzlex SPARQL endpoint: http://{host}:{port}/sparql  (pages: http://{host}:{port}/)", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")