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
from .consolidate import consolidate, render
from .guard import check_query
from .queries import plain_rows, rows_of, run_named
from .remote import RemoteStore
from .results import select_bytes
from .resolve import resolve_act, resolve_unit
from .search import SearchIndex
from .validate import validate_store
from .vocab import sparql_prefixes

__all__ = ["init_remote", "named_rows", "sparql_json", "locate", "search", "text_on_date", "changes", "validation",
           "positions_in_force", "amended_without_events"]

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
    return plain_rows(_store(), query, **{v.value: t for v, t in subs.items()})


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
    """Units (by their text), positions and acts (by name) whose words match `text`: through the
    store's full-text index (word stems, Kazakh and Russian endings), or over a remote endpoint
    by a substring scan."""
    path = getattr(_store(), "path", None) if _REMOTE is None else None
    if path is not None and SearchIndex.exists(path):
        index = SearchIndex(path, read_only=True)
        try:
            found = index.search(text, date=date, act=act, lang=lang, limit=limit)
        except ValueError as exc:
            return {"error": str(exc)}
        finally:
            index.close()
        hits = [{"node": h.iri, "kind": "act" if h.kind == "title" else h.kind, "found": h.text,
                 "snippet": h.marked(), **({"valid_from": h.valid_from} if h.valid_from else {}),
                 **({"valid_to": h.valid_to} if h.valid_to else {})} for h in found]
    else:
        hits = _scan(text, act, lang, date, limit)
    where = _sources([h["node"] for h in hits])
    return [{**h, **({"source": where[h["node"]]} if h["node"] in where else {})} for h in hits]


def _scan(text: str, act: str | None, lang: str | None, date: str | None, limit: int) -> list[dict]:
    version = "?v kzl:versionOf ?node ; kzl:text ?found ; kzl:validFrom ?from . OPTIONAL { ?v kzl:validTo ?to } " \
              "FILTER(?from <= ?date && (!BOUND(?to) || ?to >= ?date)) BIND(\"unit\" AS ?kind)"
    own = "{ ?node kzl:text ?found . FILTER NOT EXISTS { ?node a kzl:Version } BIND(\"unit\" AS ?kind) } " \
          "UNION { ?node kzl:heading ?found . BIND(\"unit\" AS ?kind) }"
    q = f"""SELECT DISTINCT ?node ?kind ?found WHERE {{
      {{ {version if date else own} }}
      UNION {{ ?node a kzl:Position ; skos:prefLabel ?found . BIND("position" AS ?kind) }}
      UNION {{ ?node a eli:LegalResource ; eli:is_realized_by/eli:title ?found . BIND("act" AS ?kind) }}
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
    return _rows(q, **subs)


def text_on_date(act: str, date: str, lang: str | None) -> dict:
    """The act as in force on `date`: every unit in document order (headings included) with its
    version valid that day, units whose wording that day is not in the graph saying so in place;
    `text` is the whole of it as one document. On a remote endpoint: units and versions only."""
    if _REMOTE is not None:
        return _text_on_date_remote(act, date, lang)
    langs = [lang] if lang else ["kk", "ru"]
    texts = {la: consolidate(_store(), act, date, la) for la in langs}
    texts = {la: t for la, t in texts.items() if la == (lang or "kk") or any(p.status == "text" for p in t.pieces)}
    first = texts[lang or "kk"]
    where = _sources([p.unit for p in first.pieces])
    by_unit: dict[str, dict] = {}
    for la, t in texts.items():
        for p in t.pieces:
            unit = by_unit.setdefault(p.unit, {"node": p.unit, "label": p.label(), "kind": p.kind,
                                               **({"number": p.number} if p.number else {}),
                                               **({"heading": p.heading} if p.heading else {}),
                                               **({"source": where[p.unit]} if p.unit in where else {})})
            if p.status == "text":
                unit.setdefault("versions", []).append({"lang": la, "text": p.text, **({"from": p.since} if p.since else {}),
                                                        **({"by": p.by_number} if p.by_number else {})})
            elif p.status == "unknown" and "versions" not in unit:
                unit["text_on_date"] = "not in the graph: this unit is part of the act that day, its wording then is not"
            elif p.status == "expired":
                unit["text_on_date"] = f"no longer applies: its act gave it {p.last_day} as its last day"
            if p.suspension():  # suspended that day: until when, by which order, whether the wording given applies
                unit["suspended"] = p.suspension()
    for unit in by_unit.values():
        if "versions" in unit:
            unit.pop("text_on_date", None)
    return {"act": act, "date": date, "status": first.status, "units": list(by_unit.values()),
            "text": {la: render(t) for la, t in texts.items()}}


def _text_on_date_remote(act: str, date: str, lang: str | None) -> dict:
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


def amended_without_events(act: str, listed: list[str]) -> list[str]:
    """The acts known to have amended `act` whose changes the corpus does not give (an act whose title says it amends
    it, "О внесении изменений в приказ … № 42-3.3.12"; the act that made its text's edition): those `eli:amended_by`
    names that `acts-amending`, which counts the changes, does not list (`listed`)."""
    rows = _rows("SELECT DISTINCT ?by WHERE { ?act eli:amended_by ?by }", act=ox.NamedNode(act))
    return sorted({r["by"] for r in rows} - set(listed))


def changes(act: str, start: str, end: str) -> list[dict]:
    """Each version of a unit of `act` that began in [start, end]: old and new text, effect, amending act; and each
    suspension of the act or a unit of it that began then: until when, and the wording meanwhile (`new`) if given."""
    q = """SELECT ?unit ?from ?effect ?by ?byIri ?new ?old ?until WHERE {
      { ?unit eli:is_part_of+ ?act . ?v kzl:versionOf ?unit ; kzl:validFrom ?from ; kzl:sequence ?seq .
        ?v prov:wasGeneratedBy ?m . ?m kzl:effect ?e ; kzl:amendingAct ?byIri . BIND(STRAFTER(STR(?e), "#") AS ?effect)
        OPTIONAL { ?v kzl:text ?new }
        OPTIONAL { ?p kzl:versionOf ?unit ; kzl:sequence ?ps ; kzl:text ?old . FILTER(?ps = ?seq - 1 && LANG(?old) = LANG(?new)) } }
      UNION
      { ?unit eli:is_part_of* ?act . ?m kzl:target ?unit ; kzl:effect kzl:Suspension ; kzl:amendingAct ?byIri .
        OPTIONAL { ?m kzl:since ?since } OPTIONAL { ?byIri eli:first_date_entry_in_force ?in } OPTIONAL { ?byIri eli:date_document ?signed }
        BIND(COALESCE(?since, ?in, ?signed) AS ?from) BIND("Suspension" AS ?effect)
        OPTIONAL { ?m kzl:until ?until } OPTIONAL { ?m kzl:newText ?new } }
      FILTER(?from >= ?start && ?from <= ?end)  # (the bound days are the query's, outside the two branches)
      OPTIONAL { ?byIri eli:number ?by }
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
