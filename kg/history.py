"""`kg history`: a readable timeline of one unit, and the resolution of human names of units.

A unit is named by its IRI or as ``ACT:PATH``: ACT as for named queries
("553/2020-12-30", "553", a registration number "22003"), PATH in the steps of the
unit's IRI ("p551", "p/551", "p2/sp7", "app1/p8-1", "ch3/title").

>>> _suffix("p2/sp7")
'/p/2/sp/7'
"""
from __future__ import annotations

import difflib
import re

import pyoxigraph as ox

from .errors import UsageError
from .iri import CODES
from .vocab import sparql_prefixes

__all__ = ["resolve_unit", "resolve_org", "timeline", "versions"]

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
    if spec.startswith(("http://", "https://")):
        return ox.NamedNode(spec)
    act_spec, sep, path = spec.rpartition(":")
    if not sep:
        raise UsageError(f"name a unit as ACT:PATH, e.g. 553/2020-12-30:p551 (got {spec!r})")
    from .queries import resolve_act

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
        return ox.NamedNode(value)
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


_VERSIONS = """
SELECT ?unit ?seq ?text ?from ?to ?unknown ?m ?effect ?number ?date ?old ?new WHERE {
  ?v kzl:versionOf ?unit ; kzl:sequence ?seq .
  OPTIONAL { ?v kzl:text ?text } OPTIONAL { ?v kzl:validFrom ?from } OPTIONAL { ?v kzl:validTo ?to }
  OPTIONAL { ?v kzl:validFromUnknown ?unknown }
  OPTIONAL { ?v prov:wasGeneratedBy ?m . ?m kzl:effect ?effect }  # lookups from ?v (see queries/unit-history.rq)
  OPTIONAL { ?v prov:wasGeneratedBy/kzl:amendingAct/eli:number ?number }
  OPTIONAL { ?v prov:wasGeneratedBy/kzl:amendingAct/eli:date_document ?date }
  OPTIONAL { ?v prov:wasGeneratedBy/kzl:oldWords ?old } OPTIONAL { ?v prov:wasGeneratedBy/kzl:newWords ?new }
} ORDER BY ?seq"""


def versions(store, unit: ox.NamedNode) -> list[dict]:
    rows = store.query(sparql_prefixes() + _VERSIONS, substitutions={ox.Variable("unit"): unit})
    out = []
    for r in rows:
        out.append({k: (r[k].value if r[k] is not None else None)
                    for k in ("seq", "text", "from", "to", "unknown", "m", "effect", "number", "date", "old", "new")})
    return out


def timeline(store, spec: str) -> str:
    unit = resolve_unit(store, spec)
    vs = versions(store, unit)
    lines = [f"{unit.value}", ""]
    if not vs:
        lines.append("no versions: the corpus gives no text for this unit")
    previous = None
    for v in vs:
        start = v["from"] or ("date not yet known" if v["unknown"] else "?")
        end = v["to"] or "…"
        what = "original text" if not v["m"] else f"{_effect(v['effect'])} by order № {v['number']} of {v['date'] or '?'}"
        lines.append(f"[{v['seq']}] {start} – {end}  {what}")
        if v["old"]:
            lines.append(f"    words: \"{v['old']}\" → \"{v['new'] or ''}\"")
        if v["text"] is None:
            lines.append("    (text not in the corpus)")
        elif previous is None:
            lines += ["    " + t for t in v["text"].splitlines()]
        else:
            diff = difflib.unified_diff(previous.splitlines(), v["text"].splitlines(), lineterm="", n=1)
            lines += ["    " + d for d in list(diff)[2:]] or ["    (same text)"]
        previous = v["text"] if v["text"] is not None else previous
        lines.append("")
    return "\n".join(lines) + "\n"


def _effect(iri: str | None) -> str:
    return {"Substitution": "rewritten", "Insertion": "inserted", "Deletion": "deleted",
            "WordReplacement": "words replaced", "Repeal": "repealed", "Modification": "changed"}.get(
        (iri or "").rsplit("#", 1)[-1], "changed")
