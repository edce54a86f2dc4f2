"""Named queries (queries/*.rq) and ad-hoc SPARQL, over the store or a remote endpoint.

Each .rq file opens with a comment header::

    # name: acts-amending
    # purpose: Acts that amend an act, with the date and the number of changes.
    # param: act act  The amended act: IRI, "553/2020-12-30" or registration number "22003".
    # example: kg query acts-amending --param act=553/2020-12-30

Parameters are bound as RDF terms (pyoxigraph substitutions; a VALUES block for
remote endpoints), never pasted into the query text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from .errors import UsageError
from .resources import resource_dir
from .resolve import resolve_act, resolve_org, resolve_positions, resolve_unit
from .results import SELECT_TYPES, ask_bytes, select_bytes
from .vocab import sparql_prefixes

__all__ = ["NamedQuery", "Param", "registry", "run_named", "run_sparql", "write_results", "rows_of", "plain_rows",
           "bind"]

XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass(frozen=True)
class Param:
    name: str
    type: str  # iri | act | unit | date | string | integer | org | position (names → the positions found)
    help: str
    optional: bool = False


@dataclass(frozen=True)
class NamedQuery:
    name: str
    purpose: str
    text: str
    params: tuple[Param, ...] = ()
    examples: tuple[str, ...] = field(default=())


def _parse_header(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    meta: dict[str, list[str]] = {}
    for line in text.splitlines():
        m = re.match(r"^#\s*(name|purpose|param|example):\s*(.*)$", line)
        if m:
            meta.setdefault(m.group(1), []).append(m.group(2).strip())
        elif line.strip() and not line.startswith("#"):
            break
    params = []
    for p in meta.get("param", []):
        name, typ, *rest = p.split(None, 2)
        optional = typ.endswith("?")
        params.append(Param(name, typ.rstrip("?"), rest[0] if rest else "", optional))
    name = (meta.get("name") or [path.stem])[0]
    return NamedQuery(name, (meta.get("purpose") or [""])[0], text, tuple(params), tuple(meta.get("example", [])))


def registry(directory: Path | None = None) -> dict[str, NamedQuery]:
    """The named queries (queries/*.rq of the package, or of `directory`), by name."""
    return _registry(directory or resource_dir("queries"))


@lru_cache(maxsize=None)
def _registry(directory: Path) -> dict[str, NamedQuery]:
    return {q.name: q for q in map(_parse_header, sorted(directory.glob("*.rq")))}


def _term(store, p: Param, value: str):
    if p.type == "act":
        return resolve_act(store, value)
    if p.type == "unit":
        return resolve_unit(store, value)
    if p.type == "org":
        return resolve_org(store, value)
    if p.type == "position":
        return resolve_positions(store, value)
    if p.type == "iri":
        return ox.NamedNode(value)
    if p.type == "date":
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", value):
            raise UsageError(f"parameter {p.name} wants a date YYYY-MM-DD, got {value!r}")
        return ox.Literal(value, datatype=ox.NamedNode(XSD + "date"))
    if p.type == "integer":
        if not re.match(r"^-?\d+$", value):
            raise UsageError(f"parameter {p.name} wants an integer, got {value!r}")
        return ox.Literal(value, datatype=ox.NamedNode(XSD + "integer"))
    return ox.Literal(value)


def bind(q: NamedQuery, params: dict[str, str], store) -> dict:
    unknown = set(params) - {p.name for p in q.params}
    if unknown:
        raise UsageError(f"query {q.name} has no parameter {', '.join(sorted(unknown))}")
    subs = {}
    for p in q.params:
        if p.name in params:
            subs[ox.Variable(p.name)] = _term(store, p, params[p.name])
        elif not p.optional:
            # (said for both ways of asking: "--param act=…" on the command line, "?act=…" on the web)
            raise UsageError(f"query {q.name} needs the parameter {p.name} ({p.help})")
    return subs


def run_named(name: str, params: dict[str, str], store, endpoint: str | None = None):
    q = registry().get(name)
    if q is None:
        raise UsageError(f"no query named {name!r}; see kg query --list")
    if endpoint:
        from .remote import RemoteStore

        remote = RemoteStore(endpoint)
        return remote.select(q.text, bind(q, params, remote))
    try:
        return store.query(q.text, substitutions=bind(q, params, store))
    except (SyntaxError, RuntimeError) as exc:
        raise UsageError(f"query {name}: {exc}") from exc


def run_sparql(text: str, store, endpoint: str | None = None):
    if endpoint:
        from .remote import RemoteStore

        return RemoteStore(endpoint).select(text, {})
    try:
        return store.query(text)
    except (SyntaxError, RuntimeError) as exc:
        raise UsageError(f"SPARQL syntax error: {exc}") from exc


_RESULT_FORMATS = {"json": "JSON", "csv": "CSV", "tsv": "TSV", "xml": "XML"}


def plain_rows(store, query: str, **subs) -> list[dict]:
    """A SELECT over the store (the vocabulary's prefixes added, `subs` bound) as dicts of plain
    values, None where unbound: the form the reading layer and the pages work with."""
    res = store.query(sparql_prefixes() + query, substitutions={ox.Variable(k): v for k, v in subs.items()})
    names = [v.value for v in res.variables]
    return [{n: (r[n].value if r[n] is not None else None) for n in names} for r in res]


def rows_of(result) -> tuple[list[str], list[list]]:
    """Variables and rows (RDF terms or None) of a SELECT result."""
    if isinstance(result, tuple):  # a remote result: (vars, rows)
        return result
    names = [v.value for v in result.variables]
    return names, [[row[n] for n in names] for row in result]


def _plain(term) -> str:
    if term is None:
        return ""
    return term.value if hasattr(term, "value") else str(term)


def write_results(result, fmt: str, fh) -> None:
    """A query result on a text stream: a table for reading, or a SPARQL 1.1 results format
    (json, xml, csv, tsv) through the endpoint's own serialiser; graphs as Turtle."""
    if fmt != "table" and fmt not in SELECT_TYPES:
        raise UsageError(f"unknown format {fmt!r}; choose table, {', '.join(SELECT_TYPES)}")
    if isinstance(result, bool) or isinstance(result, ox.QueryBoolean):
        fh.write(ask_bytes(bool(result), fmt).decode("utf-8") + "\n" if fmt in ("json", "xml") else
                 ("true" if bool(result) else "false") + "\n")
        return
    if isinstance(result, ox.QueryTriples):
        fh.write(ox.serialize(list(result), format=ox.RdfFormat.TURTLE).decode("utf-8"))
        return
    names, rows = rows_of(result)
    if fmt != "table":
        text = select_bytes(names, rows, fmt).decode("utf-8")
        fh.write(text if text.endswith("\n") else text + "\n")
        return
    from rich.console import Console
    from rich.table import Table

    t = Table(*names, show_lines=False)
    for row in rows:
        t.add_row(*[_plain(x)[:200] for x in row])
    Console(file=fh, soft_wrap=True, width=200).print(t)
    fh.write(f"{len(rows)} rows\n")


