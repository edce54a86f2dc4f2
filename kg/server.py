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
import contextlib
import hmac
import os
import socket
import tempfile
import urllib.parse
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from . import serverwork
from .workers import WorkerPool
from .errors import ListenError, StoreError
from .iri import DEFAULT_BASE, segment
from .ontology import ontology_html
from .pagedata import query_list
from .results import GRAPH_TYPES, JSONLD_CONTEXT, NotAcceptable, graph_bytes, negotiate
from .vocab import sparql_prefixes

__all__ = ["ServerConfig", "create_app", "serve"]


@dataclass
class ServerConfig:
    store: str
    timeout: float = 10.0
    max_results: int = 10000
    max_concurrent: int = 4  # the quick lane
    max_slow: int = 4  # the lane of queries still running after slow_after seconds
    slow_after: float = 0.5
    queue: int = 64
    update_token: str | None = None
    max_body: int = 1_000_000
    base: str = DEFAULT_BASE
    cache_mb: float = 64  # answers kept for repeated queries (0: none); emptied by every update


class AnswerCache:
    """The answers to recent read queries, by everything the answer depends on (query text, Accept,
    format, result limit), least recently used first out, within a byte budget.

    The store a server reads is only changed through the server's own update, which empties the
    cache, so an answer kept is the answer the store gives now. Only whole successful answers of
    at most a twentieth of the budget are kept; a query over the time limit is never kept."""

    def __init__(self, budget: int):
        self.budget, self.size = budget, 0
        self.generation = 0  # counts the clearings: an answer computed across one is not kept
        self._items: OrderedDict[tuple, tuple] = OrderedDict()

    def get(self, key: tuple):
        hit = self._items.get(key)
        if hit is not None:
            self._items.move_to_end(key)
        return hit

    def put(self, key: tuple, answer: tuple) -> None:
        status, body, _ = answer
        if self.budget <= 0 or status != 200 or len(body) > self.budget // 20 or key in self._items:
            return
        self._items[key] = answer
        self.size += len(body)
        while self.size > self.budget:
            _, (_, old, _) = self._items.popitem(last=False)
            self.size -= len(old)

    def clear(self) -> None:
        self._items.clear()
        self.size = 0
        self.generation += 1


class Busy(Exception):
    """Every worker is taken and the queue is full."""


class Gone(Exception):
    """The client went away before its answer was ready; the work was stopped."""


class TooBig(Exception):
    """The request body is over the server's limit."""


class Workers:
    """Worker processes in two lanes, admitted by arrival time, with one writer at a time.

    A request's time limit counts from its arrival: it waits for a free worker at most until
    its deadline and then runs for what is left (its worker is ended at the deadline). Work
    whose client has gone is stopped. A request starts in the quick lane (`max_concurrent`
    places); one still running after `slow_after` seconds moves to the slow lane (`max_slow`
    places), so that long queries do not hold up short ones; while the slow lane is full it stays
    where it is (until its deadline) and tries again. At most `queue` wait; beyond that, Busy. An update waits until running
    reads are done, holds new ones back while it writes (they wait, they do not fail), then
    starts fresh workers that see what it wrote."""

    def __init__(self, cfg: ServerConfig):
        self.cfg = cfg
        self.cond = asyncio.Condition()
        self.admitted = self.quick = self.slow = self.writers = self.entering = 0
        self.writing = False
        self.pool = self._start()
        self.cache = AnswerCache(int(cfg.cache_mb * 1_000_000))

    def _start(self) -> WorkerPool:
        return WorkerPool(self.cfg.max_concurrent + self.cfg.max_slow, initializer=serverwork.init,
                          initargs=(self.cfg.store,))

    def _enter_now(self) -> bool:
        """Take a place in the quick lane at once, if one is free and nobody waits for one (or for the store)."""
        if self.entering or self.writing or self.writers or self.quick >= self.cfg.max_concurrent:
            return False
        self.quick += 1
        return True

    async def _enter(self) -> None:
        async with self.cond:
            await self.cond.wait_for(lambda: not self.writing and not self.writers
                                     and self.quick < self.cfg.max_concurrent)
            self.quick += 1

    async def _to_slow_lane(self) -> bool:
        async with self.cond:
            if self.slow >= self.cfg.max_slow:
                return False
            self.quick, self.slow = self.quick - 1, self.slow + 1
            self.cond.notify_all()
            return True

    async def _leave(self, lane: str) -> None:
        if not self.entering and not self.writers:  # nobody waits on the condition: nobody to wake
            setattr(self, lane, getattr(self, lane) - 1)
            return
        async with self.cond:
            setattr(self, lane, getattr(self, lane) - 1)
            self.cond.notify_all()

    async def run(self, fn, *args, timeout: float | None = None, request: Request | None = None):
        if self.admitted >= self.cfg.max_concurrent + self.cfg.max_slow + self.cfg.queue:
            raise Busy()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + (timeout or self.cfg.timeout)
        self.admitted += 1
        try:
            if not self._enter_now():  # (counted from here: a place freed meanwhile is this request's, in its turn)
                self.entering += 1
                try:
                    await _first(self._enter(), deadline - loop.time(), request)
                finally:
                    self.entering -= 1
            lane = "quick"
            try:
                done = asyncio.ensure_future(self.pool.call(fn, args, timeout=max(0.05, deadline - loop.time())))
                try:
                    quick_for = min(self.cfg.slow_after, deadline - loop.time())
                    while True:  # quick lane until done, moved aside, or past the deadline
                        try:
                            return await _first(done, quick_for, request, keep=True)
                        except TimeoutError:
                            if loop.time() >= deadline - 0.01:
                                raise
                        if await self._to_slow_lane():
                            break
                        quick_for = min(0.25, deadline - loop.time())  # the slow lane is full: try again soon
                    lane = "slow"
                    return await _first(done, None, request)
                except BaseException:
                    done.cancel()  # a running call: its worker is ended
                    raise
            finally:
                await self._leave(lane)
        finally:
            self.admitted -= 1

    async def cached(self, fn, *args, request: Request | None = None) -> tuple[tuple[int, bytes, str], bool]:
        """(answer, whether it came from the cache) of a read whose answer depends only on `args`."""
        key = (fn.__name__, *args)
        hit = self.cache.get(key)
        if hit is not None:
            return hit, True
        answer = await self.run(fn, *args, request=request)
        if not self.writing and not self.writers:
            self.cache.put(key, answer)
        return answer, False

    async def update(self, text: str) -> tuple[int, bytes, str]:
        """Apply an authorised update in a process of its own, with no reader running."""
        async with self.cond:
            self.writers += 1
            self.cache.clear()  # no answer is kept from here on while an update waits or runs
            try:
                await self.cond.wait_for(lambda: self.quick + self.slow == 0 and not self.writing)
            except BaseException:
                self.writers -= 1
                self.cond.notify_all()
                raise
            self.writing = True
        loop = asyncio.get_running_loop()
        try:
            await loop.run_in_executor(None, self.close)
            writer = WorkerPool(1)
            try:
                return await writer.call(serverwork.apply_update, (self.cfg.store, text),
                                         timeout=max(self.cfg.timeout, 60))
            finally:
                await loop.run_in_executor(None, writer.close)
        finally:
            self.pool = await loop.run_in_executor(None, self._start)
            async with self.cond:
                self.writing = False
                self.writers -= 1
                self.cond.notify_all()

    def close(self) -> None:
        self.pool.close()


async def _disconnected(request: Request) -> None:
    while not await request.is_disconnected():
        await asyncio.sleep(0.2)


_WATCH_AFTER = 0.05  # seconds: a client is watched for going away only while its answer takes longer


async def _first(aw, timeout: float | None, request: Request | None, keep: bool = False):
    """Await `aw`, unless the timeout passes first (TimeoutError) or the client goes (Gone); then `aw` is cancelled,
    unless `keep`. Most answers come within milliseconds: the client is watched only from `_WATCH_AFTER` on (watching
    costs a task that polls the connection)."""
    task = asyncio.ensure_future(aw)
    watch = None
    try:
        first = _WATCH_AFTER if timeout is None else min(timeout, _WATCH_AFTER)
        done, _ = await asyncio.wait([task], timeout=first)
        if not done and (timeout is None or timeout > first):
            watch = asyncio.ensure_future(_disconnected(request)) if request is not None else None
            done, _ = await asyncio.wait([t for t in (task, watch) if t],
                                         timeout=None if timeout is None else timeout - first,
                                         return_when=asyncio.FIRST_COMPLETED)
        if task in done:
            return task.result()
        raise Gone() if watch in done else TimeoutError()
    finally:
        for t in (task if not keep else None, watch):
            if t is not None and not t.done():
                t.cancel()


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, refused (TooBig) as soon as it passes `limit` bytes, before reading it all."""
    try:
        declared = int(request.headers.get("content-length", "0"))
    except ValueError:
        declared = 0
    if declared > limit:
        raise TooBig()
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise TooBig()
        chunks.append(chunk)
    return b"".join(chunks)


_env = Environment(loader=PackageLoader("kg", "templates"), autoescape=select_autoescape(["html"]))


def _local(iri: str | None, base: str) -> str:
    """Where a link to an IRI goes: its page under /id/ for the graph's own IRIs, the IRI itself
    for http(s), nowhere ("") for any other scheme (javascript:, data:, file: … are never links)."""
    if iri and iri.startswith(base):
        return "/id/" + iri[len(base):]
    return iri if _linkable(iri) else ""


def _requested(request: Request) -> str:
    """The path of the IRI a request under /id/ names, as kzlex writes it: read from the path the client sent
    (the server decodes it, and a number's "/" is "%2F" there), each step percent-encoded again the one way."""
    raw = request.scope.get("raw_path") or request.url.path.encode()
    tail = raw.decode("utf-8", "replace").split("/id/", 1)[-1]
    return "/".join(segment(urllib.parse.unquote(step)) for step in tail.split("/"))


def _linkable(iri: str | None) -> bool:
    return bool(iri) and iri.lower().startswith(("http://", "https://"))


def _short(iri: str | None) -> str:
    return (iri or "").rsplit("#", 1)[-1].rsplit("/", 1)[-1] if iri and "#" in iri else (iri or "")


class VaryAccept:
    """Every response says `Vary: Accept` (pages and RDF, results in any format, share their URLs):
    a cache must not hand one client's Turtle to another's browser. Pure ASGI, so that a
    request's disconnect still reaches the route."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_vary(message):
            if message["type"] == "http.response.start":
                headers = message.get("headers", [])
                vary = [v.decode() for k, v in headers if k.lower() == b"vary"]
                fields = ", ".join(dict.fromkeys([f.strip() for v in vary for f in v.split(",") if f.strip()] + ["Accept"]))
                message = {**message, "headers": [(k, v) for k, v in headers if k.lower() != b"vary"]
                           + [(b"vary", fields.encode())]}
            await send(message)

        await self.app(scope, receive, send_vary)


class RepeatFront:
    """`GET /sparql` answered in front of Starlette, pure ASGI, outside everything else.

    A GET asking again what an earlier one asked (same path and query string, same Accept, Origin
    and cookie presence) gets the bytes the endpoint sent then, headers and all, straight from the
    answer cache: the request never enters Starlette, its middleware or a worker. Only answers the
    endpoint marked cacheable (`X-Cache`, status 200, one body) are kept, in the same cache as the
    answers by query (same budget, emptied by every update); one computed while an update waited or
    ran, or across one, is not kept. Most of a cached answer's time was Starlette's request and
    response path (10,000 against 35,000 requests a second for an empty ASGI app under the same
    server).

    A GET with a query asked for the first time is run here too (`_query`): in a worker, under the
    same admission, time limit and client watch as the endpoint's, its answer sent with the headers
    the endpoint and its middleware give it (`X-Cache`, `Vary: Accept, Origin`, CORS's
    `Access-Control-Allow-Origin` where the request has an Origin); the refusals (too many queries,
    time limit, client gone) are the endpoint's own. Anything else (an update, no query, the HTML
    form's `format=html`, POST) goes to Starlette. `tests/test_server.py` compares the two paths'
    answers byte for byte."""

    PATHS = frozenset({"/sparql"})

    def __init__(self, app, workers: "Workers", max_results: int | None = None):
        self.app, self.workers, self.max_results = app, workers, max_results

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"] not in self.PATHS:
            return await self.app(scope, receive, send)
        accept, origin, cookie = [], [], False
        for name, value in scope["headers"]:
            if name == b"accept":
                accept.append(value)
            elif name == b"origin":
                origin.append(value)
            elif name == b"cookie":
                cookie = True
        key = ("front", scope["path"], scope["query_string"], tuple(accept), tuple(origin), cookie)
        cache = self.workers.cache
        hit = cache.get(key)
        if hit is not None:
            status, body, headers = hit
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        generation = cache.generation
        # (the endpoint reads its parameters so: the query string decoded as Latin-1, the last value of a name)
        params = dict(urllib.parse.parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True))
        if self.max_results is not None and params.get("query") and "update" not in params \
                and params.get("format") != "html":
            return await self._query(scope, receive, send, key, generation, params,
                                     accept[0].decode("latin-1") if accept else None, bool(origin))
        start, parts = None, 0

        async def keep(message):
            nonlocal start, parts
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                parts += 1
            if (message["type"] == "http.response.body" and not message.get("more_body") and parts == 1
                    and start is not None and start["status"] == 200):  # one whole body, in one message
                self._keep(key, generation, start.get("headers", []), message.get("body", b""))
            await send(message)

        await self.app(scope, receive, keep)

    def _keep(self, key: tuple, generation: int, headers: list, body: bytes) -> None:
        """Keep a 200 answer the endpoint marked cacheable, unless an update came between."""
        if self.workers.cache.generation == generation and not self.workers.writing and not self.workers.writers \
                and any(k == b"x-cache" for k, _ in headers):
            self.workers.cache.put(key, (200, bytes(body), [(k, b"hit" if k == b"x-cache" else v) for k, v in headers]))

    async def _query(self, scope, receive, send, key, generation, params, accept, origin: bool) -> None:
        try:
            (status, body, media), hit = await self.workers.cached(
                serverwork.sparql, params["query"], accept, params.get("format"), self.max_results,
                request=Request(scope, receive))
            response = Response(body, status, media_type=media, headers={"X-Cache": "hit" if hit else "miss"})
        except (Busy, TimeoutError, Gone) as exc:
            response = refusal(exc, self.workers.cfg.timeout)
        # (what VaryAccept and CORSMiddleware add to every answer of the endpoint)
        headers = [*response.raw_headers, (b"vary", b"Accept, Origin"),
                   *([(b"access-control-allow-origin", b"*")] if origin else [])]
        await send({"type": "http.response.start", "status": response.status_code, "headers": headers})
        await send({"type": "http.response.body", "body": response.body})
        if response.status_code == 200:
            self._keep(key, generation, headers, response.body)


def refusal(exc: Exception, timeout: float) -> PlainTextResponse:
    """The answer to a request refused while it waited or ran: too many at once, over its time, or its client gone."""
    if isinstance(exc, Busy):
        return _text("too many queries at once; try again shortly", 503, **{"Retry-After": "1"})
    if isinstance(exc, TimeoutError):
        return _text(f"time limit exceeded ({timeout:g} s from arrival): the query was stopped", 503,
                     **{"Retry-After": "2"})
    return _text("client closed the connection; the query was stopped", 499)


def _is_date(value: str) -> bool:
    import datetime as dt

    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def _text(message: str, status: int, **headers: str) -> PlainTextResponse:
    return PlainTextResponse(message, status, headers=headers or None)


def create_app(cfg: ServerConfig) -> RepeatFront:
    workers = Workers(cfg)
    dumps = tempfile.TemporaryDirectory(prefix="kzlex-dumps-")  # removed at shutdown with what a killed dump left
    dumping = asyncio.Semaphore(1)
    _env.filters["local"] = lambda iri: _local(iri, cfg.base)
    _env.filters["linkable"] = _linkable
    _env.filters["short"] = _short

    def html(template: str, **ctx) -> HTMLResponse:
        return HTMLResponse(_env.get_template(template).render(**ctx))

    async def answer(request: Request, fn, *args) -> Response:
        status, body, media = await workers.run(fn, *args, request=request)
        return Response(body, status, media_type=media)

    async def answer_cached(request: Request, fn, *args) -> Response:
        (status, body, media), hit = await workers.cached(fn, *args, request=request)
        return Response(body, status, media_type=media, headers={"X-Cache": "hit" if hit else "miss"})

    async def sparql(request: Request) -> Response:
        params = request.query_params
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        form: dict[str, str] = {}
        body = await _read_body(request, cfg.max_body) if request.method == "POST" else b""
        if ctype == "application/x-www-form-urlencoded":
            form = dict(urllib.parse.parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        query = params.get("query") or form.get("query")
        update = params.get("update") or form.get("update")
        if request.method == "POST" and ctype == "application/sparql-query":
            query = body.decode("utf-8", "replace")
        if request.method == "POST" and ctype == "application/sparql-update":
            update = body.decode("utf-8", "replace")
        if update is not None:
            return await _update(request, update)
        if not query:
            if "text/html" in request.headers.get("accept", ""):
                return RedirectResponse("/query")
            return Response(_service_description(request), media_type="text/turtle")
        fmt = params.get("format") or form.get("format")
        if fmt == "html":
            resp = await answer(request, serverwork.sparql, query, "application/sparql-results+json", "json",
                                cfg.max_results)
            return _html_results(resp, query)
        return await answer_cached(request, serverwork.sparql, query, request.headers.get("accept"), fmt,
                                   cfg.max_results)

    async def _update(request: Request, text: str) -> Response:
        if not cfg.update_token:
            return _text("SPARQL Update is refused: this endpoint is read-only", 403)
        if request.method != "POST":
            return _text("SPARQL Update is accepted only by POST", 405, Allow="POST")
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), cfg.update_token.encode()):
            return _text("SPARQL Update needs the header 'Authorization: Bearer <update token>'", 403)
        status, body, media = await workers.update(text)
        return Response(body, status, media_type=media)

    def _html_results(resp: Response, query: str | None, name: str | None = None, params: dict | None = None) -> Response:
        import json

        page = "results.html" if name else "query.html"
        if resp.status_code != 200:
            return html(page, query=query, name=name, params=params, error=resp.body.decode("utf-8", "replace"),
                        status=resp.status_code)
        data = json.loads(resp.body)
        return html(page, query=query, name=name, params=params, vars=data.get("head", {}).get("vars", []),
                    rows=data.get("results", {}).get("bindings", []), boolean=data.get("boolean"))

    def _service_description(request: Request) -> str:
        url = str(request.url.replace(query=""))
        formats = " , ".join(f"<http://www.w3.org/ns/formats/{f}>" for f in
                             ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                              "Turtle", "N-Triples", "JSON-LD", "RDF_XML"))
        here = str(request.base_url).rstrip("/")
        return (f"@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .\n"
                f"@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                f"[] a sd:Service ; sd:endpoint <{url}> ; sd:supportedLanguage sd:SPARQL11Query ;\n"
                f"   sd:feature sd:UnionDefaultGraph ; sd:resultFormat {formats} ;\n"
                f"   sd:defaultDataset <{cfg.base}dataset> .\n"
                f"<{cfg.base}dataset> a sd:Dataset ; rdfs:seeAlso <{here}/void> .\n")

    async def named_query(request: Request) -> Response:
        params = {k: v for k, v in request.query_params.items() if k != "format" and v != ""}
        name = request.path_params["name"]
        if request.query_params.get("format") == "html":
            resp = await answer(request, serverwork.named, name, params, "application/sparql-results+json", "json",
                                cfg.max_results)
            return _html_results(resp, None, name=name, params=params)
        return await answer(request, serverwork.named, name, params,
                            request.headers.get("accept"), request.query_params.get("format"), cfg.max_results)

    async def queries_list(request: Request) -> Response:
        return html("queries.html", queries=query_list())

    async def home(request: Request) -> Response:
        filters = {k: request.query_params.get(k, "") for k in ("issuer", "type", "year", "status")}
        return html("home.html", **await workers.run(serverwork.home, filters, request=request))

    async def query_form(request: Request) -> Response:
        examples = query_list()
        text = request.query_params.get("query")
        chosen = request.query_params.get("example")
        if text is None:
            example = next((q for q in examples if q["name"] == chosen), None)
            text = example["text"] if example else sparql_prefixes() + "\nSELECT ?act ?number ?title WHERE {\n" \
                "  ?act a eli:LegalResource ; eli:number ?number .\n  OPTIONAL { ?act eli:is_realized_by/eli:title ?title }\n} LIMIT 20\n"
        return html("query.html", query=text, examples=examples)

    async def search(request: Request) -> Response:
        q = request.query_params.get("q", "")
        date = request.query_params.get("date") or None
        if date and not _is_date(date):
            return _text(f"date wants YYYY-MM-DD, got {date!r}", 400)
        act = request.query_params.get("act") or None
        data = await workers.run(serverwork.search, q, date, act, min(cfg.max_results, 100), request=request)
        wants_json = request.query_params.get("format") == "json" or (
            "application/json" in request.headers.get("accept", "") and "text/html" not in request.headers.get("accept", ""))
        if wants_json:
            return JSONResponse(data)
        return html("search.html", **data, q=q)

    async def resource(request: Request) -> Response:
        iri = cfg.base + _requested(request)
        fmt = request.query_params.get("format")
        date = request.query_params.get("date") or None
        lang = request.query_params.get("lang") or None  # (none: the act's Kazakh text, or its Russian one alone)
        if date and not _is_date(date):
            return _text(f"date wants YYYY-MM-DD, got {date!r}", 400)
        if lang not in (None, "kk", "ru"):
            return _text(f"lang wants kk or ru, got {lang!r}", 400)
        if fmt in ("text", "markdown"):
            return await answer(request, serverwork.act_text, iri, date, lang, fmt)
        try:
            chosen = negotiate(request.headers.get("accept"), fmt, True, extra=("text/html",))
        except NotAcceptable as exc:
            return _text(str(exc), 406)
        if chosen != "text/html":
            return await answer(request, serverwork.describe, iri, chosen, cfg.max_results)
        data = await workers.run(serverwork.page, None, iri, date, lang, request=request)
        if data["kind"] == "invalid":
            return _text(f"not an IRI: {data['error']}", 400)
        if data["kind"] is None:
            return HTMLResponse(_env.get_template("missing.html").render(iri=iri), 404)
        template = {"act": "act.html", "unit": "unit.html", "entry": "unit.html", "position": "position.html"}.get(
            data["kind"], "node.html")
        return html(template, **data)

    async def context(request: Request) -> Response:
        return JSONResponse(JSONLD_CONTEXT, media_type="application/ld+json")

    def _here(request: Request) -> str:
        return str(request.base_url).rstrip("/")

    async def void(request: Request) -> Response:
        try:
            chosen = negotiate(request.headers.get("accept"), request.query_params.get("format"), True)
        except NotAcceptable as exc:
            return _text(str(exc), 406)
        return await answer(request, serverwork.void, _here(request), cfg.base, chosen)

    async def export(request: Request) -> Response:
        from starlette.background import BackgroundTask
        from starlette.responses import FileResponse

        from .void import DUMPS

        key = request.path_params["key"]
        if key not in DUMPS:
            return _text(f"no dump {key!r}; there are: {', '.join(DUMPS)}", 404)
        if dumping.locked():  # a dump is a whole-store write: one at a time, in a folder of this server's
            raise Busy()
        async with dumping:
            path = await workers.run(serverwork.export, key, dumps.name, timeout=max(cfg.timeout, 600),
                                     request=request)
        return FileResponse(path, media_type=DUMPS[key][0], filename=f"kzlex.{key}",
                            background=BackgroundTask(os.unlink, path))

    async def ontology(request: Request) -> Response:
        try:
            chosen = negotiate(request.headers.get("accept"), request.query_params.get("format"), True,
                               extra=("text/html",))
        except NotAcceptable as exc:
            return _text(str(exc), 406)
        if chosen == "text/html":
            return HTMLResponse(ontology_html())
        from .ontology import ontology_triples

        return Response(graph_bytes(list(ontology_triples()), chosen), media_type=GRAPH_TYPES[chosen][0])

    async def validation(request: Request) -> Response:
        data = await workers.run(serverwork.validation, timeout=max(cfg.timeout, 120), request=request)
        return html("validation.html", report=data)

    async def refused(request: Request, exc: Exception) -> Response:
        return refusal(exc, cfg.timeout)

    async def too_big(request: Request, exc: Exception) -> Response:
        return _text(f"request body over {cfg.max_body} bytes", 413)

    routes = [
        Route("/", home), Route("/sparql", sparql, methods=["GET", "POST"]), Route("/query", query_form),
        Route("/queries", queries_list), Route("/queries/{name}", named_query),
        Route("/id/{path:path}", resource), Route("/validation", validation), Route("/search", search),
        Route("/context.jsonld", context), Route("/void", void), Route("/.well-known/void", void),
        Route("/export/{key}", export), Route("/ontology", ontology),
    ]
    # CORS for reads: any origin may query; no credentials and no Authorization header cross origins
    middleware = [Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"],
                             allow_headers=["Accept", "Content-Type"], allow_credentials=False)]

    @contextlib.asynccontextmanager
    async def lifespan(app):
        yield
        workers.close()
        dumps.cleanup()

    middleware.append(Middleware(VaryAccept))
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan,
                    exception_handlers={Busy: refused, TimeoutError: refused, Gone: refused, TooBig: too_big})
    app.state.workers = workers
    return RepeatFront(app, workers, cfg.max_results)


def serve(store: str | Path, host: str = "127.0.0.1", port: int = 8808, **kw) -> None:
    import uvicorn

    if not Path(store).exists():
        raise StoreError(f"no store at {store}: run 'kg build' first")
    try:  # fail before printing a URL nobody will answer on
        with socket.create_server((host, port)):
            pass
    except OSError as exc:
        raise ListenError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    cfg = ServerConfig(str(store), **{k: v for k, v in kw.items() if v is not None})
    app = create_app(cfg)
    print(f"kzlex SPARQL endpoint: http://{host}:{port}/sparql  (pages: http://{host}:{port}/)", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")