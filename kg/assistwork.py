"""What `kg mcp` asks of the store, run in worker processes like `kg serve`'s queries (a time
limit ends the process; the process has no network; see kg/serverwork.py, whose store it
uses). Every function returns plain data that pickles back, and cites what it rests on:
node IRIs and, where the graph records them, source file and line.
"""
from __future__ import annotations

import json

import pyoxigraph as ox

from . import serverwork
from .errors import KzlexError
from .guard import check_query
from .queries import rows_of, run_named
from .remote import RemoteStore
from .results import select_bytes
from .resolve import resolve_act, resolve_unit
from .validate import validate_store
from .vocab import sparql_prefixes

__all__ = ["init_remote", "named_rows", "sparql_json", "locate", "search", "text_on_date", "changes", "validation",
           "positions_in_force"]

_REMOTE: RemoteStore | None = None  # set in the workers of `kg mcp --endpoint URL`


def init_remote(endpoint: str) -> None:
    """A worker that answers from a remote SPARQL 1.1 endpoint instead of the embedded store."""
    global _REMOTE
    _REMOTE = RemoteStore(endpoint)


def _store():
    return _REMOTE or serverwork.store()


def _rows(query: str, **subs) -> list[dict]:
    subs = {ox.Variable(k): v for k, v in subs.items()}
    if _REMOTE is not None:
        names, rows = _REMOTE.select(sparql_prefixes() + query, subs)
        return [{n: (t.value if t is not None else None) for n, t in zip(names, row)} for row in rows]
    res = _store().query(sparql_prefixes() + query, substitutions=subs)
    names = [v.value for v in res.variables]
    return [{n: (r[n].value if r[n] is not None else None) for n in names} for r in res]


def named_rows(name: str, params: dict[str, str], limit: int) -> dict:
    """A named query's rows, as `kg query NAME` and /queries/NAME give them."""
    if _REMOTE is not None:
        try:
            names, rows = rows_of(run_named(name, params, None, endpoint=_REMOTE.endpoint))
        except KzlexError as exc:
            return {"error": str(exc)}
        return {"rows": [{n: t.value for n, t in zip(names, row) if t is not None} for row in rows[:limit]]}
    status, body, _ = serverwork.named(name, params, "application/sparql-results+json", "json", limit)
    if status != 200:
        return {"error": body.decode("utf-8", "replace")}
    data = json.loads(body)
    return {"rows": [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]}


def sparql_json(text: str, limit: int) -> dict:
    """A client's SPARQL, through the guard of `kg serve` (kg/guard.py): the same code."""
    if _REMOTE is not None:
        verdict = check_query(text)
        if not verdict.allowed:
            return {"error": verdict.reason, "status": verdict.status}
        try:
            names, rows = _REMOTE.select(text, {})
        except KzlexError as exc:
            return {"error": str(exc), "status": 502}
        return json.loads(select_bytes(names, rows[:limit], "json"))
    status, body, _ = serverwork.sparql(text, "application/sparql-results+json", "json", limit)
    if status != 200:
        return {"error": body.decode("utf-8", "replace"), "status": status}
    return json.loads(body)


def locate(kind: str, spec: str) -> dict:
    """An act or unit named as a reader names it: {"iri": …} or {"error": …}."""
    try:
        node = resolve_act(_store(), spec) if kind == "act" else resolve_unit(_store(), spec)
    except KzlexError as exc:
        return {"error": str(exc)}
    except ValueError as exc:
        return {"error": f"not an IRI: {exc}"}
    return {"iri": node.value}


def _sources(nodes: list[str]) -> dict[str, str]:
    """"file:line" of each node that a source graph places (the first line, the first file)."""
    if not nodes:
        return {}
    values = " ".join(f"<{n}>" for n in sorted(set(nodes)))
    rows = _rows(f"""SELECT ?node (MIN(?f) AS ?file) (MIN(?l) AS ?line) WHERE {{ VALUES ?node {{ {values} }}
        GRAPH ?g {{ ?node kzl:sourceLine ?l . ?g kzl:fileName ?f }} }} GROUP BY ?node""")
    return {r["node"]: f"{r['file']}:{r['line']}" for r in rows}


_XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")


def search(text: str, act: str | None, lang: str | None, date: str | None, limit: int) -> list[dict]:
    """Units (by their text or heading), positions and acts (by name) whose words contain `text`."""
    version = "?v kzl:versionOf ?node ; kzl:text ?found ; kzl:validFrom ?from . OPTIONAL { ?v kzl:validTo ?to } " \
              "FILTER(?from <= ?date && (!BOUND(?to) || ?to >= ?date)) BIND(\"unit\" AS ?kind)"
    own = "{ ?node kzl:text ?found . FILTER NOT EXISTS { ?node a kzl:Version } BIND(\"unit\" AS ?kind) } " \
          "UNION { ?node kzl:heading ?found . BIND(\"unit\" AS ?kind) }"
    q = f"""SELECT DISTINCT ?node ?kind ?found WHERE {{
      {{ {version if date else own} }}
      UNION {{ ?node a kzl:Position ; skos:prefLabel ?found . BIND("position" AS ?kind) }}
      UNION {{ ?node a eli:LegalResource ; eli:title ?found . BIND("act" AS ?kind) }}
      FILTER(CONTAINS(LCASE(STR(?found)), LCASE(?q)))
      {"FILTER(LANG(?found) = ?lang)" if lang else ""}
      {"?node eli:is_part_of* ?act ." if act else ""}
    }} ORDER BY ?kind STR(?node) LIMIT {int(limit)}"""
    subs = {"q": ox.Literal(text)}
    if lang:
        subs["lang"] = ox.Literal(lang)
    if act:
        subs["act"] = ox.NamedNode(act)
    if date:
        subs["date"] = ox.Literal(date, datatype=_XSD_DATE)
    hits = _rows(q, **subs)
    where = _sources([h["node"] for h in hits])
    return [{**h, **({"source": where[h["node"]]} if h["node"] in where else {})} for h in hits]


def text_on_date(act: str, date: str, lang: str | None) -> dict:
    """The act as in force on `date`: every unit in document order with its version valid that day,
    or a plain statement that the graph holds no text of it for that day."""
    units = _rows("""SELECT ?node ?number ?heading WHERE { ?node eli:is_part_of+ ?act ; a eli:LegalResourceSubdivision .
        OPTIONAL { ?node kzl:number ?number } OPTIONAL { ?node kzl:heading ?heading } }""", act=ox.NamedNode(act))
    versions = _rows(f"""SELECT ?node ?text ?from ?to ?by WHERE {{ ?node eli:is_part_of+ ?act .
        ?v kzl:versionOf ?node ; kzl:validFrom ?from . OPTIONAL {{ ?v kzl:text ?text }} OPTIONAL {{ ?v kzl:validTo ?to }}
        OPTIONAL {{ ?v prov:wasGeneratedBy/kzl:amendingAct/eli:number ?by }}
        FILTER(?from <= ?date && (!BOUND(?to) || ?to >= ?date)) {"FILTER(!BOUND(?text) || LANG(?text) = ?lang)" if lang else ""}
        }}""", act=ox.NamedNode(act), date=ox.Literal(date, datatype=_XSD_DATE),
                     **({"lang": ox.Literal(lang)} if lang else {}))
    on_date: dict[str, list[dict]] = {}
    for v in versions:
        on_date.setdefault(v.pop("node"), []).append({k: x for k, x in v.items() if x is not None})
    where = _sources([u["node"] for u in units])
    out = []
    for u in units:
        unit = {k: x for k, x in u.items() if x is not None}
        if u["node"] in where:
            unit["source"] = where[u["node"]]
        if u["node"] in on_date:
            unit["versions"] = on_date[u["node"]]  # one a language
        else:
            unit["text_on_date"] = "not in the graph: no version of this unit is known to be in force that day"
        out.append(unit)
    out.sort(key=lambda x: (_line(x.get("source")), x["node"]))
    status = _rows("""SELECT ?repealed ?inForce WHERE { OPTIONAL { ?act eli:repealed_by/eli:date_document ?repealed }
        OPTIONAL { ?act eli:in_force ?inForce } }""", act=ox.NamedNode(act))
    return {"act": act, "date": date, "status": {k: x for k, x in (status[0] if status else {}).items() if x},
            "units": out}


def positions_in_force(positions: list[str], date: str) -> dict[str, bool]:
    """Whether each position was described by law in force on `date`: the unit describing it had a
    version in force that day, or (a unit without versions) its act was signed and not yet repealed."""
    if not positions:
        return {}
    values = " ".join(f"<{p}>" for p in sorted(set(positions)))
    rows = _rows(f"""SELECT ?pos (MAX(?ok) AS ?inForce) WHERE {{ VALUES ?pos {{ {values} }}
        ?pos kzl:describedBy ?u . ?u eli:is_part_of* ?act . ?act a eli:LegalResource .
        OPTIONAL {{ ?v kzl:versionOf ?u ; kzl:validFrom ?f . OPTIONAL {{ ?v kzl:validTo ?t }} }}
        OPTIONAL {{ ?act eli:date_document ?signed }} OPTIONAL {{ ?act eli:repealed_by/eli:date_document ?gone }}
        BIND(IF(BOUND(?f), ?f <= ?date && (!BOUND(?t) || ?t >= ?date),
                (!BOUND(?signed) || ?signed <= ?date) && (!BOUND(?gone) || ?gone > ?date)) AS ?ok)
      }} GROUP BY ?pos""", date=ox.Literal(date, datatype=_XSD_DATE))
    return {r["pos"]: r["inForce"] == "true" for r in rows}


def _line(source: str | None) -> int:
    return int(source.rsplit(":", 1)[1]) if source else 10**9


def changes(act: str, start: str, end: str) -> list[dict]:
    """Each version of a unit of `act` that began in [start, end]: old and new text, effect, amending act."""
    q = """SELECT ?unit ?from ?effect ?by ?byIri ?new ?old WHERE {
      ?unit eli:is_part_of+ ?act . ?v kzl:versionOf ?unit ; kzl:validFrom ?from ; kzl:sequence ?seq .
      FILTER(?from >= ?start && ?from <= ?end)
      ?v prov:wasGeneratedBy ?m . ?m kzl:effect ?e ; kzl:amendingAct ?byIri . BIND(STRAFTER(STR(?e), "#") AS ?effect)
      OPTIONAL { ?byIri eli:number ?by } OPTIONAL { ?v kzl:text ?new }
      OPTIONAL { ?p kzl:versionOf ?unit ; kzl:sequence ?ps ; kzl:text ?old . FILTER(?ps = ?seq - 1 && LANG(?old) = LANG(?new)) }
    } ORDER BY ?from STR(?unit)"""
    return [{k: v for k, v in r.items() if v is not None}
            for r in _rows(q, act=ox.NamedNode(act), start=ox.Literal(start, datatype=_XSD_DATE),
                           end=ox.Literal(end, datatype=_XSD_DATE))]


def validation(prefix: str | None) -> dict:
    """The consistency report, for the nodes under one act's IRI or for the whole graph."""
    if _REMOTE is not None:
        return {"error": "validation runs on the embedded store (kg mcp --store), not over a remote endpoint"}
    report = validate_store(_store()).as_dict()
    if prefix:
        report["results"] = [r for r in report["results"] if (r.get("focus") or "").startswith(prefix)]
        report["conforms"] = not any(r.get("severity") == "Violation" for r in report["results"])
    return report
