"""`kg history`: a readable timeline of one unit (named as kg/resolve.py reads names)."""
from __future__ import annotations

import pyoxigraph as ox

from .effects import effect
from .redline import redline_text
from .resolve import resolve_unit
from .vocab import act_by, sparql_prefixes

__all__ = ["timeline", "versions", "events"]

_VERSIONS = """
SELECT ?unit ?seq ?lang ?text ?from ?to ?unknown ?m ?effect ?kind ?number ?date ?old ?new ?until ?since ?after ?before
  ?as WHERE {
  ?v kzl:versionOf ?unit ; kzl:sequence ?seq .
  OPTIONAL { ?v dcterms:language ?chain } BIND(COALESCE(?chain, LANG(?text)) AS ?lang)
  OPTIONAL { ?v kzl:text ?text } OPTIONAL { ?v kzl:validFrom ?from } OPTIONAL { ?v kzl:validTo ?to }
  OPTIONAL { ?v kzl:validFromUnknown ?unknown }
  OPTIONAL { ?v prov:wasGeneratedBy ?m . ?m kzl:effect ?effect }  # lookups from ?v (see queries/unit-history.rq)
  OPTIONAL { ?v prov:wasGeneratedBy/kzl:amendingAct/eli:number ?number }
  OPTIONAL { ?v prov:wasGeneratedBy/kzl:amendingAct/eli:type_document ?kind }
  OPTIONAL { ?v prov:wasGeneratedBy/kzl:amendingAct/eli:date_document ?date }
  OPTIONAL { ?v prov:wasGeneratedBy/kzl:oldWords ?old } OPTIONAL { ?v prov:wasGeneratedBy/kzl:newWords ?new }
  OPTIONAL { ?v prov:wasGeneratedBy/kzl:until ?until } OPTIONAL { ?v prov:wasGeneratedBy/kzl:since ?since }
  OPTIONAL { ?v prov:wasGeneratedBy/kzl:afterWords ?after } OPTIONAL { ?v prov:wasGeneratedBy/kzl:appendedAs ?as }
  OPTIONAL { ?v prov:wasGeneratedBy/kzl:beforeWords ?before }
} ORDER BY ?seq"""


_EVENTS = """
SELECT DISTINCT ?effect ?kind ?number ?date ?since ?until ?interim (LANG(?interim) AS ?lang) ?old ?new WHERE {
  ?m kzl:target ?unit ; kzl:effect ?effect ; kzl:amendingAct ?a .
  OPTIONAL { ?a eli:number ?number } OPTIONAL { ?a eli:date_document ?date } OPTIONAL { ?a eli:type_document ?kind }
  OPTIONAL { ?m kzl:since ?since } OPTIONAL { ?m kzl:until ?until }
  OPTIONAL { ?m kzl:newText ?interim FILTER(?effect = kzl:Suspension) }
  OPTIONAL { ?m kzl:oldWords ?old } OPTIONAL { ?m kzl:newWords ?new } OPTIONAL { ?m kzl:sourceLine ?line }
} ORDER BY ?date ?number ?line ?old"""


# the acts that repealed the unit's act, with the day the repeal took effect where the store knows it (the day the
# requisites give, the repealing act's entry into force): the unit's last version ends the day before
_ACT_REPEALED = """
SELECT DISTINCT ?kind ?number ?date ?since ?from WHERE {
  ?unit eli:is_part_of+ ?act . ?act a eli:LegalResource ; eli:repealed_by ?a .
  OPTIONAL { ?a eli:number ?number } OPTIONAL { ?a eli:date_document ?date } OPTIONAL { ?a eli:type_document ?kind }
  OPTIONAL { ?a eli:first_date_entry_in_force ?from }
  OPTIONAL { ?m kzl:target ?act ; kzl:effect kzl:Repeal ; kzl:amendingAct ?a ; kzl:since ?since }
} ORDER BY ?date ?number"""


def act_repealed(store, unit: ox.NamedNode) -> list[str]:
    """How the unit's act was repealed, a line each repealing act: "the act repealed from 2015-01-01 by order № 5"."""
    lines = []
    for r in store.query(sparql_prefixes() + _ACT_REPEALED, substitutions={ox.Variable("unit"): unit}):
        day = r["since"] or r["from"]
        when = f" from {day.value}" if day else " (the day it took effect not in the corpus)"
        lines.append(f"  the act repealed{when} by {act_by(_v(r['kind']), _v(r['number']))} of {_v(r['date']) or '?'}")
    return lines


def _v(term) -> str | None:
    return term.value if term is not None else None


def events(store, unit: ox.NamedNode) -> list[dict]:
    """The changes recorded of a unit (a history note's, an instruction's), whether or not the corpus gives its text;
    a suspension's `interim`: the wording the unit has while suspended, where the suspending act gives one."""
    rows = store.query(sparql_prefixes() + _EVENTS, substitutions={ox.Variable("unit"): unit})
    return [{k: (r[k].value if r[k] is not None else None)
             for k in ("effect", "kind", "number", "date", "since", "until", "interim", "lang", "old", "new")}
            for r in rows]


def _recorded(recorded: list[dict]) -> list[str]:
    lines = []
    for e in recorded:
        when = (f" until {e['until']}" if e["until"] else "") + (f" from {e['since']}" if e["since"] else "")
        lines.append(f"  {e['date'] or '?'}  {_effect(e['effect'])}{when} by {act_by(e['kind'], e['number'])}")
        if e["old"]:  # the words it replaced or struck out, where the corpus gives no wording of the unit to show them in
            lines.append(f"    words: \"{e['old']}\" → \"{e['new'] or ''}\"")
        if e["interim"]:  # the wording it has meanwhile
            lines += [f"    meanwhile it reads ({e['lang'] or '?'}):"] + ["      " + t for t in e["interim"].splitlines()]
    return lines


def versions(store, unit: ox.NamedNode) -> list[dict]:
    rows = store.query(sparql_prefixes() + _VERSIONS, substitutions={ox.Variable("unit"): unit})
    out = []
    for r in rows:
        out.append({k: (r[k].value if r[k] is not None else None)
                    for k in ("seq", "lang", "text", "from", "to", "unknown", "m", "effect", "kind", "number", "date",
                              "old", "new", "until", "since", "after", "before", "as")})
    return out


def timeline(store, spec: str) -> str:
    unit = resolve_unit(store, spec)
    vs = versions(store, unit)
    lines = [f"{unit.value}", ""]
    if not vs:
        lines.append("no versions: the corpus gives no text for this unit")
        recorded = events(store, unit)
        if recorded:  # a point or a row kept only as the record of its deletion, a unit a note names: what befell it
            lines += ["", "changes recorded:"] + _recorded(recorded)
    # one chain of versions per language of the unit's texts (the kk and ru texts of an act are two expressions of it):
    # each language's versions in order, a version's redline against the one before it in the same language
    langs = sorted({v["lang"] or "" for v in vs})
    for lang in langs:
        if len(langs) > 1:
            lines += [_LANGUAGES.get(lang, lang or "?") + ":", ""]
        lines += _chain([v for v in vs if (v["lang"] or "") == lang])
    # what befell it that gives it no wording of its own: a suspension (with the wording it has meanwhile), its own
    # entry into force or expiry, a repeal in part
    other = [e for e in events(store, unit) if effect(e["effect"]).lineage == "none"] if vs else []
    if other:
        lines += ["other changes recorded:"] + _recorded(other) + [""]
    ended = act_repealed(store, unit)
    if ended:
        lines += ["end:"] + ended + [""]
    return "\n".join(lines) + "\n"


_LANGUAGES = {"kk": "Kazakh text (kk)", "ru": "Russian text (ru)"}


def _chain(vs: list[dict]) -> list[str]:
    lines: list[str] = []
    previous = None
    for v in sorted(vs, key=lambda v: int(v["seq"])):
        start = v["from"] or ("date not yet known" if v["unknown"] else "?")
        end = v["to"] or "…"
        if v["from"] and v["to"] and v["to"] < v["from"]:
            # the change after it applies from the same day or earlier (budgets amended from 1 January, each
            # amendment retroactive): as the corpus now reads, it applied on no day
            end = "superseded from its first day by the change after it"
        when = f" until {v['until']}" if v["until"] else ""  # a suspension lifted, an act expiring, that day
        when += f" from {v['since']}" if v["since"] else ""  # a change taking effect the day its note gives
        # (words or paragraphs added to the wording, not a unit inserted: "words added after …", "paragraphs added")
        done = (f"words added after \"{v['after']}\"" if v["after"] else
                f"words added before \"{v['before']}\"" if v["before"] else
                _ADDED.get(v["as"] or "", _effect(v["effect"])))
        what = "original text" if not v["m"] else f"{done}{when} by {act_by(v['kind'], v['number'])} of {v['date'] or '?'}"
        lines.append(f"[{v['seq']}] {start} – {end}  {what}")
        if v["old"]:
            lines.append(f"    words: \"{v['old']}\" → \"{v['new'] or ''}\"")
        if v["text"] is None:
            lines.append("    (text not in the corpus)")
        elif previous is None:
            lines += ["    " + t for t in v["text"].splitlines()]
        else:
            diff = redline_text(previous, v["text"]) if previous != v["text"] else "(same text)"
            lines += ["    " + d for d in diff.splitlines()]
        previous = v["text"] if v["text"] is not None else previous
        lines.append("")
    return lines


# what an insertion into the wording did, by kzl:appendedAs
_ADDED = {"words": "words added at the end", "paragraph": "paragraphs added at the end"}


def _effect(iri: str | None) -> str:
    return effect(iri).history
