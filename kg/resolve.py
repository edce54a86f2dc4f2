"""Names a reader types, read as the graph's nodes: an act ("553/2020-12-30", "22003"), a unit
("553/2020-12-30:p551"), an organisation (part of one of its names). The command line, the
named queries and the pages all resolve names here.

A unit is named by its IRI or as ``ACT:PATH``: ACT as above ("553/2020-12-30", "553", a
registration number "22003"), PATH in the steps of the unit's IRI ("p551", "p/551",
"p2/sp7", "app1/p8-1", "ch3/title").

>>> _suffix("p2/sp7")
'/p/2/sp/7'
"""
from __future__ import annotations

import re

import pyoxigraph as ox

from .errors import UsageError
from .iri import CODES
from .vocab import sparql_prefixes

__all__ = ["resolve_act", "resolve_unit", "resolve_org", "resolve_positions"]


def _iri(value: str) -> ox.NamedNode:
    """A name typed as an IRI (the spaces and line ends around it dropped: a value cut from a CSV result ends with
    "\\r"); an IRI the store cannot hold is the reader's error, said as such."""
    try:
        return ox.NamedNode(value.strip())
    except ValueError as e:
        raise UsageError(f"{value!r} is not an IRI: {e}") from None


def resolve_act(store, value: str) -> ox.NamedNode:
    """An act named as an IRI, "NUMBER/YYYY-MM-DD", "NUMBER" or a registration number."""
    value = value.strip()
    if value.startswith(("http://", "https://")):
        return _iri(value)
    num, _, date = value.partition("/")
    # the parameter filters stand at the top of the WHERE group, so that a VALUES block
    # (remote stores) reaches them as pyoxigraph's substitutions do
    q = sparql_prefixes() + """SELECT DISTINCT ?a ?num ?date WHERE {
      { ?a eli:number ?n . OPTIONAL { ?a eli:date_document ?d } BIND("number" AS ?how) }
      UNION { ?a kzl:registrationNumber ?n . BIND("registration" AS ?how) }
      FILTER((?how = "number" && UCASE(STR(?n)) = UCASE(STR(?num)) && (STR(?date) = "" || STR(?d) = STR(?date)))
             || (?how = "registration" && STR(?n) = STR(?num) && STR(?date) = "")) }"""
    rows = list(store.query(q, substitutions={ox.Variable("num"): ox.Literal(num.strip()),
                                              ox.Variable("date"): ox.Literal(date.strip())}))
    if not rows:
        raise UsageError(f"no act {value!r} in the store")
    if len(rows) > 1:
        regs = [str(r["a"].value).rsplit("~", 1)[1] for r in rows if "~" in str(r["a"].value).rsplit("/", 1)[1]]
        if regs and (date or len(regs) == len(rows)):  # acts of one body, day and number, told apart by their registration
            raise UsageError(f"{value!r} names {len(rows)} acts; give the registration number: {', '.join(sorted(regs))}")
        raise UsageError(f"{value!r} names {len(rows)} acts; add the date: NUMBER/YYYY-MM-DD")
    return rows[0]["a"]


_STEP = re.compile(r"(?P<code>" + "|".join(sorted(CODES.values(), key=len, reverse=True)) + r")/?(?P<num>[\w\-%]*)")


def _suffix(path: str) -> str:
    out = []
    for part in [p for p in re.split(r"/(?=[a-z])", path.strip("/")) if p]:
        m = _STEP.fullmatch(part.replace(" ", ""))
        if not m:
            raise UsageError(f"cannot read {part!r} as a unit step (e.g. p551, sp7, par80, ch3, app1, title)")
        out.append(f"/{m.group('code')}" + (f"/{m.group('num')}" if m.group("num") else ""))
    return "".join(out)


def resolve_unit(store, spec: str) -> ox.NamedNode:
    spec = spec.strip()
    if spec.startswith(("http://", "https://")):
        return _iri(spec)
    act_spec, sep, path = spec.rpartition(":")
    if not sep:
        raise UsageError(f"name a unit as ACT:PATH, e.g. 553/2020-12-30:p551 (got {spec!r})")
    act = resolve_act(store, act_spec)
    suffix = _suffix(path)
    q = sparql_prefixes() + """SELECT DISTINCT ?u ?act ?suffix WHERE { ?u eli:is_part_of+ ?act . FILTER(STRENDS(STR(?u), ?suffix)) }"""
    rows = list(store.query(q, substitutions={ox.Variable("act"): act, ox.Variable("suffix"): ox.Literal(suffix)}))
    iris = sorted({r["u"].value for r in rows})
    exact = [i for i in iris if i == act.value + suffix]
    if exact:
        return ox.NamedNode(exact[0])
    if len(iris) == 1:
        return ox.NamedNode(iris[0])
    if not iris:
        raise UsageError(f"no unit {path!r} in {act.value}")
    raise UsageError(f"{spec!r} names {len(iris)} units: " + ", ".join(iris[:5]))


def resolve_org(store, value: str) -> ox.NamedNode:
    """An organisation by IRI or by part of one of its names."""
    if value.startswith(("http://", "https://")):
        return _iri(value)
    q = sparql_prefixes() + """SELECT DISTINCT ?org ?name ?l WHERE { ?org a org:Organization ; skos:prefLabel ?l .
        FILTER(CONTAINS(LCASE(STR(?l)), LCASE(?name))) }"""
    rows = list(store.query(q, substitutions={ox.Variable("name"): ox.Literal(value)}))
    orgs = sorted({r["org"].value for r in rows})
    labels = sorted((len(r["l"].value), r["org"].value) for r in rows if r["l"].value.lower().startswith(value.lower()))
    if len(orgs) > 1 and labels:
        return ox.NamedNode(labels[0][1])  # "Қаржы" is the Ministry of Finance, not the financial-market agency
    if len(orgs) != 1:
        raise UsageError(f"{value!r} names {len(orgs)} organisations" + (": " + ", ".join(orgs[:5]) if orgs else ""))
    return ox.NamedNode(orgs[0])


def resolve_positions(store, name: str) -> list[ox.NamedNode]:
    """Positions whose name matches `name`: through the store's search index when it has one
    (word stems, so "нутрициологтың" finds "Нутрициолог"), else by a substring scan (remote stores)."""
    from .search import SearchIndex

    path = getattr(store, "path", None)
    if path is not None and SearchIndex.exists(path):
        index = SearchIndex(path, read_only=True)
        try:
            return [ox.NamedNode(i) for i in index.positions(name)]
        finally:
            index.close()
    q = sparql_prefixes() + """SELECT DISTINCT ?p WHERE { ?p a kzl:Position ; skos:prefLabel ?l .
        FILTER(CONTAINS(LCASE(STR(?l)), LCASE(?name))) }"""
    return sorted((r["p"] for r in store.query(q, substitutions={ox.Variable("name"): ox.Literal(name)})), key=str)
