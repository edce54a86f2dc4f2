"""The command line: thin commands over the library (README, "Command line").

Exit codes: 0 success; 1 a document failed to load, or validation found a Violation;
2 a usage error (bad option, missing file, unknown query, no store); 3 `kg serve` cannot
listen on its address (port in use).
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from .errors import KzlexError, UsageError
from .iri import DEFAULT_BASE

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="kzlex: a knowledge graph of Kazakhstan's legal acts.")
out = Console(soft_wrap=True, width=160)
err = Console(stderr=True, soft_wrap=True)

_ROWS = 100  # above this many acts, the build's table lists those with something to report
STORE = typer.Option(Path(".kg"), "--store", help="Store folder (embedded Oxigraph).")
FORMATS = {"trig": "TRIG", "nquads": "N_QUADS", "turtle": "TURTLE", "ntriples": "N_TRIPLES", "jsonld": "JSON_LD"}


def _version(value: bool) -> None:
    if value:
        from .version import __version__

        out.print(f"kzlex {__version__}", highlight=False)
        raise typer.Exit(0)


@app.callback()
def main_options(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                              help="Print the version and exit.")) -> None:
    """kzlex: a knowledge graph of Kazakhstan's legal acts."""


def _fail(exc: KzlexError) -> None:
    err.print(f"[red]error:[/red] {exc}", highlight=False)
    raise typer.Exit(exc.exit_code)


def _store(path: Path, read_only: bool = True):
    from .store import GraphStore

    return GraphStore(path, read_only=read_only)


@app.command()
def build(corpus: list[Path] = typer.Argument(..., help="Files or folders of documents."),
          store: Path = STORE, base: str = typer.Option(DEFAULT_BASE, help="Base of minted IRIs."),
          quiet: bool = typer.Option(False, "--quiet", "-q", help="Only the totals."),
          every_row: bool = typer.Option(False, "--every-row", help=f"List every act in the table (above {_ROWS} "
                                         "acts it lists those with something to report, the worst first)."),
          show_unparsed: bool = typer.Option(False, "--unparsed", help="List every line not understood, and every "
                                             "line read that reached no data (every document read again)."),
          jobs: int = typer.Option(1, "--jobs", "-j", help="Parse in this many processes."),
          prune: bool = typer.Option(False, "--prune", help="Remove sources an earlier build read from these "
                                     "folders that are no longer there (a repealed act's folder)."),
          history: bool = typer.Option(False, "--history", help="Read the earlier editions of each act folder "
                                       "from the corpus's git history too: their wordings become the versions "
                                       "the newest text records only as changed; the acts whose folders the "
                                       "history deleted are read as repealed.")):
    """Parse, map and load documents into the store (idempotent).

    A folder may be a tree of act folders in the kazakhstan-law layout (kaz.md, rus.md,
    meta.yaml): each folder is one act, its two texts the act in two languages."""
    from .build import build as run, sources
    from rich.progress import Progress

    try:
        files = sources(corpus)
        gs = _store(store, read_only=False)
        if len(files) > 20 and not quiet:
            with Progress(console=err, transient=True) as progress:
                task = progress.add_task("building", total=len(files))
                report = run(corpus, gs, base, progress=lambda _: progress.advance(task), jobs=jobs, prune=prune,
                             history=history, carried=show_unparsed)
        else:
            report = run(corpus, gs, base, jobs=jobs, prune=prune, history=history, carried=show_unparsed)
    except KzlexError as exc:
        _fail(exc)
    _summary(report, quiet, show_unparsed, every_row)
    if not files:  # (a wrong folder, most likely: say so rather than report nothing)
        from .corpus import SUFFIXES

        err.print(f"[yellow]warning:[/yellow] no documents found in {', '.join(map(str, corpus))} (files "
                  f"{', '.join(sorted(SUFFIXES))}, or act folders of kaz.md / rus.md with meta.yaml)", highlight=False)
    raise typer.Exit(1 if report.failed else 0)


def _edition_label(d) -> str:
    """A text's language, and the commit of an earlier edition read from the history ("kk@ab77090b").

    >>> from types import SimpleNamespace as D
    >>> _edition_label(D(name="a/kaz.md@ab77090bf2c2", lang="kk")), _edition_label(D(name="a/rus.md", lang="ru"))
    ('kk@ab77090b', 'ru')
    """
    commit = (d.name or "").rpartition("@")[2] if "@" in (d.name or "") else ""
    return f"{d.lang}@{commit[:8]}" if commit else d.lang


def _summary(report, quiet: bool, show_unparsed: bool, every_row: bool = False) -> None:
    if not quiet:
        t = Table(title="kg build", show_lines=False)
        for col in ("document", "act", "units", "amendments", "instructions (unparsed)", "positions", "approvals",
                    "index", "coverage"):
            t.add_column(col, justify="left" if col in ("document", "act") else "right")
        acts = _by_act(report.docs)
        shown = acts if every_row or len(acts) <= _ROWS else sorted(filter(_to_report, acts), key=_worst)[:_ROWS]
        for docs in shown:
            name = _row_name(docs)
            ok = [d for d in docs if not d.error]
            if not ok:
                t.add_row(name, "[red]FAILED[/red]", *[""] * 6, "")
                continue
            total = lambda attr: str(sum(getattr(d, attr) for d in ok))  # noqa: E731
            coverage = " · ".join(
                ("FAILED " + (d.lang or "") if d.error else "no text (requisites only)" if not d.lines_total else
                 f"{_edition_label(d) + ' ' if len(docs) > 1 and d.lang else ''}{d.coverage:.1%} "
                 f"({d.lines_total - d.lines_understood} lines left)")
                for d in docs)
            t.add_row(name, ok[0].act or "", total("units"), total("amendments"),
                      f"{total('instructions_found')} ({total('instructions_failed')})", total("positions"),
                      total("approvals"), total("index_entries"), coverage)
        if shown or not acts:
            out.print(t)
        if len(shown) < len(acts):  # (a table of every act of a large corpus costs more than it tells)
            clean = sum(1 for docs in acts if not _to_report(docs))
            out.print(f"  {len(acts) - len(shown)} of {len(acts)} acts not listed: {clean} read whole, "
                      f"{len(acts) - len(shown) - clean} more with something to report (kg build --every-row lists "
                      "every act)", highlight=False)
    for name in report.missing:
        verb = "removed (--prune)" if name in report.pruned else "kept in the store; kg build --prune removes it"
        out.print(f"  not in this build: {name} ({verb})", highlight=False)
    for d in report.failed:
        err.print(f"[red]error:[/red] {d.error}", highlight=False)
    for w in report.warnings + [w for d in report.docs for w in d.warnings]:
        err.print(f"[yellow]warning:[/yellow] {w}", highlight=False)
    for d in report.docs:
        for line, text in (d.unparsed if show_unparsed else d.unparsed[:3]):
            out.print(f"  not understood: {d.where(line)}: {text[:100]}", highlight=False)
        if not show_unparsed and len(d.unparsed) > 3:
            out.print(f"  ... and {len(d.unparsed) - 3} more lines in {d.file} (kg build --unparsed)")
        for line, text in d.not_carried:  # (--unparsed: lines read, whose words reach no data)
            out.print(f"  not carried: {d.where(line)}: {text[:100]}", highlight=False)
    ok = len(report.docs) - len(report.failed)
    out.print(f"{ok} of {len(report.docs)} documents loaded, coverage {report.coverage:.1%} of non-blank lines, "
              f"{report.quads} quads in {report.store} ({report.changed} graphs changed; "
              + ", ".join(f"{k} {v:.1f} s" for k, v in report.seconds.items()) + ")", highlight=False)


def _to_report(docs) -> bool:
    """Has an act's row something to report: a text that failed, lines not understood, an instruction not read?"""
    return any(d.error or d.lines_total > d.lines_understood or d.instructions_failed for d in docs)


def _worst(docs) -> tuple:
    """The order of the rows worth reporting: failed texts first, then the least covered."""
    return (-sum(1 for d in docs if d.error), min((d.coverage for d in docs if not d.error), default=0.0))


def _by_act(docs) -> list[list]:
    """Documents grouped by the act they describe (the kk and ru texts of one act: one row), in order."""
    groups: dict = {}
    for d in docs:
        groups.setdefault(d.act_iri or d.file, []).append(d)
    return list(groups.values())


def _row_name(docs) -> str:
    if len(docs) == 1:
        return Path(docs[0].file).name if not docs[0].name or "/" not in docs[0].name else docs[0].name[-60:]
    folder = str(Path(docs[0].name or docs[0].file).parent)[-50:]
    return f"{folder}/{{{','.join(Path(d.file).name for d in docs)}}}"


@app.command()
def export(format: str = typer.Option("trig", "--format", "-f", help="|".join([*FORMATS, "csv", "void"])),
           output: Optional[Path] = typer.Option(None, "--output", "-o"), store: Path = STORE,
           url: Optional[str] = typer.Option(None, "--url", help="With --format void: the server whose endpoint "
                                                                  "and dumps the description names."),
           base: str = typer.Option(DEFAULT_BASE, help="Base of minted IRIs (with --format void).")):
    """Write the graph in a standard RDF format, CSV of all quads, or its VoID + DCAT description."""
    import pyoxigraph as ox

    from .vocab import PREFIXES

    try:
        gs = _store(store)
        if format == "csv":
            _csv(gs, output)
            return
        if format == "void":
            from .results import graph_bytes
            from .void import describe

            body = graph_bytes(describe(gs, base, url, gs.state().get("modified")), "turtle")
            if output:
                with _open_output(output, "wb") as fh:
                    fh.write(body)
            else:
                sys.stdout.buffer.write(body)
            return
        if format not in FORMATS:
            raise UsageError(f"unknown format {format!r}; choose one of {', '.join([*FORMATS, 'csv', 'void'])}")
        fmt = getattr(ox.RdfFormat, FORMATS[format])
        if output:
            with _open_output(output, "wb") as fh:
                gs.dump(fh, fmt, PREFIXES)
        else:
            gs.dump(sys.stdout.buffer, fmt, PREFIXES)
    except KzlexError as exc:
        _fail(exc)


def _open_output(path: Path, mode: str, **kw):
    """An output file, or a UsageError that says why it cannot be written."""
    try:
        return open(path, mode, **kw)
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _csv(gs, output: Optional[Path]) -> None:
    if output:
        with _open_output(output, "wb") as fh:
            gs.dump_csv(fh)
    else:
        gs.dump_csv(sys.stdout.buffer)


@app.command()
def validate(format: str = typer.Option("text", "--format", "-f", help="text|json|turtle|markdown|html"),
             output: Optional[Path] = typer.Option(None, "--output", "-o"), store: Path = STORE):
    """Check the graph against the SHACL shapes; exit 1 when any result is a Violation."""
    from .validate import render, validate_store

    if format not in ("text", "json", "turtle", "markdown", "html"):
        _fail(UsageError(f"unknown format {format!r}"))
    try:
        report = validate_store(_store(store))
    except KzlexError as exc:
        _fail(exc)
    text = render(report, format)
    if output:
        try:
            with _open_output(output, "w", encoding="utf-8") as fh:
                fh.write(text)
        except KzlexError as exc:
            _fail(exc)
        err.print(f"{len(report.results)} results written to {output}")
    else:
        sys.stdout.write(text)
    raise typer.Exit(0 if report.conforms else 1)


@app.command()
def sparql(query: str = typer.Argument(..., help="A SPARQL query, or a file holding one."),
           format: str = typer.Option("table", "--format", "-f", help="table|json|csv|tsv|xml"),
           store: Path = STORE, endpoint: Optional[str] = typer.Option(None, help="Query a remote SPARQL endpoint.")):
    """Run an ad-hoc SPARQL query over the store (or a remote endpoint)."""
    from .queries import run_sparql, write_results

    try:
        text = _query_text(query)
        result = run_sparql(text, None if endpoint else _store(store), endpoint=endpoint)
        write_results(result, format, sys.stdout)
    except KzlexError as exc:
        _fail(exc)


def _query_text(arg: str) -> str:
    """The query itself, or the text of the file it names; a file name that is not there is an error."""
    path = Path(arg)
    if path.is_file():
        return path.read_text(encoding="utf-8")
    if path.suffix.lower() in (".rq", ".sparql", ".txt") and "{" not in arg:
        raise UsageError(f"no such file: {arg}")
    return arg


@app.command()
def query(name: Optional[str] = typer.Argument(None, help="Name of a query in queries/."),
          param: list[str] = typer.Option([], "--param", "-p", help="KEY=VALUE, repeatable."),
          format: str = typer.Option("table", "--format", "-f", help="table|json|csv|tsv|xml"),
          list_: bool = typer.Option(False, "--list", help="List the named queries and their parameters."),
          store: Path = STORE, endpoint: Optional[str] = typer.Option(None, help="Query a remote SPARQL endpoint.")):
    """Run a named query with bound parameters."""
    from .queries import registry, run_named, write_results

    try:
        if list_ or not name:
            for q in registry().values():
                out.print(f"[bold]{q.name}[/bold]  {q.purpose}", highlight=False)
                for p in q.params:
                    out.print(f"    --param {p.name}=…  {p.help}", highlight=False)
            return
        params = dict(_kv(p) for p in param)
        result = run_named(name, params, None if endpoint else _store(store), endpoint=endpoint)
        write_results(result, format, sys.stdout)
    except KzlexError as exc:
        _fail(exc)


def _kv(text: str) -> tuple[str, str]:
    if "=" not in text:
        raise UsageError(f"--param wants KEY=VALUE, got {text!r}")
    k, v = text.split("=", 1)
    return k.strip(), v


@app.command()
def history(unit: str = typer.Argument(..., help="A unit: its IRI, or ACT:PATH such as 553/2020-12-30:p551."),
            store: Path = STORE):
    """A readable timeline of one unit: dates, acts, effects, text diffs."""
    from .history import timeline

    try:
        sys.stdout.write(timeline(_store(store), unit))
    except KzlexError as exc:
        _fail(exc)


def _date(value: Optional[str], option: str) -> Optional[str]:
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise UsageError(f"{option} wants a date YYYY-MM-DD, got {value!r}") from None


@app.command()
def text(act: str = typer.Argument(..., help="An act: IRI, NUMBER/YYYY-MM-DD, NUMBER or registration number."),
         date: Optional[str] = typer.Option(None, "--date", "-d", help="The day, YYYY-MM-DD (default: today)."),
         lang: Optional[str] = typer.Option(None, "--lang", help="kk|ru (default: kk, or ru for an act the corpus "
                                                                  "holds in Russian only)"),
         format: str = typer.Option("text", "--format", "-f", help="text|markdown|html"),
         store: Path = STORE):
    """The act as in force on a date: every unit's text valid that day, in document order."""
    from .consolidate import consolidate, render
    from .resolve import resolve_act

    try:
        if lang not in (None, "kk", "ru"):
            raise UsageError(f"--lang wants kk or ru, got {lang!r}")
        if format not in ("text", "markdown", "html"):
            raise UsageError(f"--format wants text, markdown or html, got {format!r}")
        gs = _store(store)
        sys.stdout.write(render(consolidate(gs, resolve_act(gs, act).value, _date(date, "--date"), lang), format))
    except KzlexError as exc:
        _fail(exc)


@app.command()
def changes(act: str = typer.Argument(..., help="An act: IRI, NUMBER/YYYY-MM-DD, NUMBER or registration number."),
            from_: str = typer.Option(..., "--from", help="Changes after this day, YYYY-MM-DD."),
            to: Optional[str] = typer.Option(None, "--to", help="Up to and including this day (default: today)."),
            lang: Optional[str] = typer.Option(None, "--lang", help="kk|ru (default: kk, or ru for an act the "
                                                                     "corpus holds in Russian only)"),
            format: str = typer.Option("text", "--format", "-f", help="text|json"),
            store: Path = STORE):
    """What changed in an act between two dates, each change with a word-level redline."""
    import datetime as dt
    import json

    from .changes import changes_between, describe_change
    from .redline import redline_text
    from .resolve import resolve_act

    try:
        if lang not in (None, "kk", "ru"):
            raise UsageError(f"--lang wants kk or ru, got {lang!r}")
        start, end = _date(from_, "--from"), _date(to, "--to") or dt.date.today().isoformat()
        if end < start:
            raise UsageError(f"--to ({end}) is before --from ({start})")
        gs = _store(store)
        found = changes_between(gs, resolve_act(gs, act).value, start, end, lang)
    except KzlexError as exc:
        _fail(exc)
    if format == "json":
        json.dump([{**c.__dict__, "summary": describe_change(c), "redline": c.redline} for c in found],
                  sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return
    sys.stdout.write(f"{len(found)} changes after {from_} up to {to or 'today'}\n")
    for c in found:
        sys.stdout.write(f"\n{describe_change(c)} (in force from {c.start or 'a day not in the corpus'})\n")
        if c.old_words:
            sys.stdout.write(f'    words: "{c.old_words}" → "{c.new_words or ""}"\n')
        if c.stays:  # a suspension, an entry into force: no wording of its own
            if c.new is not None:
                sys.stdout.write("    meanwhile it reads:\n    " + (redline_text(c.old, c.new) if c.old else c.new)
                                 .replace("\n", "\n    ") + "\n")
            else:
                sys.stdout.write("    (its wording stays)\n")
        elif c.only and c.old is None and c.new is None:  # the other language's text changed alone
            sys.stdout.write("    (its wording in this language stays)\n")
        elif c.old is None and c.new is not None:
            if c.effect != "Insertion":
                sys.stdout.write("    (the wording before it is not in the corpus; the new wording:)\n")
            sys.stdout.write("    " + c.new.replace("\n", "\n    ") + "\n")
        elif c.new is not None:
            sys.stdout.write("    " + redline_text(c.old, c.new).replace("\n", "\n    ") + "\n")
        elif c.effect != "Insertion":
            sys.stdout.write("    (the wording after it is not in the corpus)\n")


@app.command()
def search(words: str = typer.Argument(..., help="Words to find (Kazakh or Russian; endings do not matter)."),
           date: Optional[str] = typer.Option(None, "--date", "-d", help="Only texts in force on this day."),
           act: Optional[str] = typer.Option(None, "--act", help="Only in this act."),
           limit: int = typer.Option(20, "--limit", "-n", min=1, help="At most this many hits."),
           format: str = typer.Option("text", "--format", "-f", help="text|json"),
           store: Path = STORE):
    """Full-text search of unit texts, act titles and position names."""
    import json

    from .resolve import resolve_act
    from .search import SearchIndex

    try:
        gs = _store(store)
        act_iri = resolve_act(gs, act).value if act else None
        if not SearchIndex.exists(store):
            raise UsageError(f"no search index in {store}: run 'kg build' (it writes one)")
        index = SearchIndex(store, read_only=True)
        hits = index.search(words, date=_date(date, "--date"), act=act_iri, limit=limit)
    except (KzlexError, ValueError) as exc:
        _fail(exc if isinstance(exc, KzlexError) else UsageError(str(exc)))
    if format == "json":
        json.dump([h.as_dict() for h in hits], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return
    if not hits:
        sys.stdout.write(f"nothing found for {words!r}\n")
    for h in hits:
        when = f"  {h.valid_from or '?'} – {h.valid_to or '…'}" if h.kind == "unit" else ""
        sys.stdout.write(f"{h.kind:8} {h.iri}{when}\n         {h.marked().replace(chr(10), ' ')}\n")


@app.command()
def push(endpoint: str = typer.Option(..., help="The remote SPARQL query endpoint (used to derive --gsp)."),
         gsp: Optional[str] = typer.Option(None, help="Graph Store Protocol URL (default: the endpoint's /store)."),
         user: Optional[str] = typer.Option(None), password: Optional[str] = typer.Option(None),
         auth: str = typer.Option("basic", help="basic|digest (Virtuoso wants digest)."),
         graph_param: str = typer.Option("graph", help="Name of the graph parameter (Virtuoso: graph-uri)."),
         union: bool = typer.Option(False, "--union", help="Also put the union of the graphs (each triple once) "
                                    "into the remote default graph, as the local store keeps it."),
         store: Path = STORE):
    """Load every named graph of the store into a remote store (SPARQL 1.1 Graph Store Protocol)."""
    import re

    from .remote import push as run

    target = gsp or re.sub(r"/(query|sparql)/?$", "/store", endpoint)
    try:
        graphs = run(_store(store), target, user, password, auth, graph_param, union=union)
    except KzlexError as exc:
        _fail(exc)
    out.print(f"{len(graphs)} graphs pushed to {target}", highlight=False)


@app.command()
def serve(host: str = typer.Option("127.0.0.1"),
          port: int = typer.Option(8808, min=1, max=65535, help="TCP port (1-65535)."), store: Path = STORE,
          timeout: float = typer.Option(10.0, help="Time limit of a request in seconds, counted from its arrival."),
          max_results: int = typer.Option(10000, help="Result size limit (rows or triples)."),
          max_concurrent: int = typer.Option(4, min=1, help="Queries that run at once in the quick lane."),
          max_slow: int = typer.Option(4, min=0, help="Queries still running after half a second that may "
                                       "go on at once (the slow lane)."),
          slow_after: float = typer.Option(0.5, min=0.0, help="Seconds after which a running query moves "
                                           "to the slow lane."),
          queue: int = typer.Option(64, min=0, help="Requests that may wait for a worker; beyond, 503."),
          max_body: int = typer.Option(1_000_000, min=1, help="Largest request body in bytes; beyond, 413."),
          update_token: Optional[str] = typer.Option(
              None, help="Allow SPARQL Update by POST with 'Authorization: Bearer TOKEN'."),
          cache_mb: float = typer.Option(64, min=0, help="Megabytes of answers kept for repeated queries "
                                         "(0: none); an update empties it.")):
    """A SPARQL 1.1 Protocol endpoint at /sparql, with browse pages.

    Exit code 3 when the server cannot listen (port in use, address not available)."""
    from .server import serve as run

    try:
        run(store, host, port, timeout=timeout, max_results=max_results, max_concurrent=max_concurrent,
            max_slow=max_slow, slow_after=slow_after, queue=queue, max_body=max_body, update_token=update_token,
            cache_mb=cache_mb)
    except KzlexError as exc:
        _fail(exc)


@app.command()
def mcp(store: Path = STORE, transport: str = typer.Option("stdio", help="stdio|http"),
        host: str = typer.Option("127.0.0.1", help="Address to listen on (http)."),
        port: int = typer.Option(8809, min=1, max=65535, help="TCP port (http)."),
        timeout: float = typer.Option(10.0, help="Time limit of a tool call in seconds."),
        max_results: int = typer.Option(10000, help="Result size limit (rows)."),
        token: Optional[str] = typer.Option(None, help="Over http, require 'Authorization: Bearer TOKEN'."),
        endpoint: Optional[str] = typer.Option(None, help="Answer from a remote SPARQL 1.1 endpoint "
                                               "(kg push put the graph there) instead of the store.")):
    """A Model Context Protocol server for AI assistants: search, read, history, changes, lineage,
    position, validate and read-only sparql over the graph, each answer citing IRIs and sources."""
    from .assistant import AssistantConfig, run as run_mcp

    if transport not in ("stdio", "http"):
        _fail(UsageError(f"unknown transport {transport!r}; choose stdio or http"))
    try:
        run_mcp(AssistantConfig(str(store), timeout=timeout, max_results=max_results, token=token,
                                endpoint=endpoint), transport, host, port)
    except KzlexError as exc:
        _fail(exc)


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    app()
