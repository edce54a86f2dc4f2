"""What the reader's pages show, as plain data (dicts and lists that pickle): the home page's
list of acts, an act as in force on a date with its changes in and out, a unit's timeline
with redlines, a position with the date its duties are read on, and a labelled fact table
for any other node. Every IRI comes with a label a person reads ("§ 116 · Нутрициолог",
"order № 207 of 2024-06-20"); the templates in kg/templates show them.
"""
from __future__ import annotations

import datetime as dt

import pyoxigraph as ox

from .changes import changes_between, describe_change
from .consolidate import consolidate, heading, load, natural_key, status_on, text_language, unit_label
from .effects import effect
from .queries import plain_rows, registry
from .redline import redline
from .vocab import ACT_CLASSES, ELI, KZL, RDF, SKOS, act_by

__all__ = ["home", "query_list", "act_page", "unit_page", "position_page", "node_page", "labels", "kind_of"]

_KINDS = (("position", KZL + "Position"), ("act", ELI + "LegalResource"), ("entry", KZL + "IndexEntry"),
          ("unit", ELI + "LegalResourceSubdivision"), ("org", "http://www.w3.org/ns/org#Organization"),
          ("amendment", KZL + "Amendment"))
#: predicate names a reader reads (the rest: the ontology's English label, else the local name spaced)
_PREDICATES = {ELI + "number": "Number", ELI + "date_document": "Signed", ELI + "title": "Title",
               ELI + "passed_by": "Issued by", ELI + "first_date_entry_in_force": "In force from",
               ELI + "amended_by": "Amended by", ELI + "amends": "Amends", ELI + "repeals": "Repeals",
               ELI + "repealed_by": "Repealed by", ELI + "has_part": "Contains", ELI + "is_part_of": "Part of",
               ELI + "in_force": "Status", ELI + "based_on": "Based on", ELI + "cites": "Cites", RDF + "type": "Kind",
               SKOS + "prefLabel": "Name", KZL + "sourceLine": "Source line", ELI + "type_document": "Type",
               ELI + "id_local": "Local identifier", ELI + "jurisdiction": "Jurisdiction",
               ELI + "responsibility_of_agent": "Responsible body"}


def kind_of(store, iri: str) -> str | None:
    types = {q.object.value for q in store.quads_for_pattern(ox.NamedNode(iri), ox.NamedNode(RDF + "type"), None,
                                                             ox.DefaultGraph())}
    for kind, cls in _KINDS:
        if cls in types:
            return kind
    return "other" if types else None


# --- labels ----------------------------------------------------------------------------------

_LABELS = """
SELECT ?x ?kind ?number ?date ?heading ?name ?title ?actNumber ?actDate WHERE {
  ?x a ?kind .
  OPTIONAL { ?x eli:number ?number } OPTIONAL { ?x kzl:number ?number } OPTIONAL { ?x eli:date_document ?date }
  OPTIONAL { ?x kzl:heading ?heading } OPTIONAL { ?x skos:prefLabel ?name }
  OPTIONAL { FILTER NOT EXISTS { ?x eli:number ?n } ?x eli:is_realized_by/eli:title ?title }
}"""


def labels(store, iris, lang: str = "kk") -> dict[str, str]:
    """A label for every IRI of `iris` (the IRI's last segments when the graph knows nothing of it)."""
    iris = sorted({i for i in iris if i and i.startswith(("http://", "https://"))})
    out: dict[str, str] = {}
    for i in range(0, len(iris), 200):
        part = iris[i:i + 200]
        query = _LABELS.replace("WHERE {", "WHERE { VALUES ?x { " + " ".join(f"<{x}>" for x in part) + " }", 1)
        facts: dict[str, dict] = {}
        for r in plain_rows(store, query):
            f = facts.setdefault(r["x"], {"kinds": set(), "names": [], "titles": [], "headings": []})
            f["kinds"].add(r["kind"])
            for k in ("number", "date"):
                f[k] = f.get(k) or r[k]
            if r["heading"]:  # (a unit's heading in each language its texts give: the one of `lang`, below)
                f["headings"].append(r["heading"])
            if r["name"]:
                f["names"].append(r["name"])
            if r["title"]:  # (a law cited by title, which has no number: its title names it)
                f["titles"].append(r["title"])
        for x in part:
            out[x] = _label(x, facts.get(x), lang)
    return out


def _name(names: list[str], lang: str) -> str | None:
    return heading({"headings": sorted(set(names))}, lang) if names else None


def _label(iri: str, f: dict | None, lang: str) -> str:
    if not f:
        return "/".join(iri.rstrip("/").split("/")[-2:])
    kinds = f["kinds"]
    if ELI + "LegalResource" in kinds:
        kind = next((word for word, name in ACT_CLASSES.items() if KZL + name in kinds), None)
        title = _name(f["titles"], lang) if not f.get("number") and f["titles"] else None
        named = f"{kind or 'act'} «{title}»" if title else act_by(kind, f.get("number"))
        return named + (f" of {f['date']}" if f.get("date") else "")
    if f["names"]:  # organisations, positions, concepts (act types, languages …)
        return _name(f["names"], lang) or iri.rsplit("/", 1)[-1]
    kind = next((k.rsplit("#", 1)[-1] for k in sorted(kinds) if k.startswith(KZL)), None)
    if ELI + "LegalResourceSubdivision" in kinds and kind:
        label = unit_label(kind, f.get("number"))
        captioned = ("Paragraph", "Chapter", "Section", "Figure")
        head = _name(f["headings"], lang)
        return f"{label} · {head}" if head and kind in captioned else label
    if kind == "Amendment":
        return "amendment"
    return (kind or "/".join(iri.rstrip("/").split("/")[-2:]))


def _predicate_labels(store, predicates) -> dict[str, str]:
    out = {}
    wanted = [p for p in predicates if p not in _PREDICATES]
    if wanted:
        values = " ".join(f"<{p}>" for p in set(wanted))
        for r in plain_rows(store, f'SELECT ?p ?l WHERE {{ VALUES ?p {{ {values} }} ?p rdfs:label ?l FILTER(LANG(?l) = "en") }}'):
            out[r["p"]] = r["l"]
    named = {p: _PREDICATES.get(p) or out.get(p) or p.rsplit("#", 1)[-1].rsplit("/", 1)[-1].replace("_", " ")
             for p in predicates}
    return {p: name[:1].upper() + name[1:] for p, name in named.items()}  # a row's name, as the others are written


def _basis_labels(store, units: list[str], lang: str) -> dict[str, str]:
    """A unit of another act an act stands on or a provision cites, named with the units above it and its act
    ("Article 13, point 5 — law «Мемлекеттік қызмет туралы» of 1999-07-23"): alone, "point 5" says nothing of whose."""
    if not units:
        return {}
    values = " ".join(f"<{u}>" for u in units)
    parent: dict[str, str] = {}
    for r in plain_rows(store, f"SELECT DISTINCT ?a ?p WHERE {{ VALUES ?u {{ {values} }} ?u eli:is_part_of* ?a . "
                               "?a eli:is_part_of ?p }"):
        parent.setdefault(r["a"], r["p"])
    chains = {}
    for unit in units:
        chain = [unit]
        while chain[-1] in parent and len(chain) < 20:  # (up the units it is part of, to its act)
            chain.append(parent[chain[-1]])
        if len(chain) > 1:
            chains[unit] = chain[::-1]
    names = labels(store, [u for chain in chains.values() for u in chain], lang)
    return {unit: ", ".join(names[u] for u in chain[1:]) + " — " + names[chain[0]] for unit, chain in chains.items()}


def facts(store, iri: str, skip: tuple[str, ...] = (), lang: str = "kk") -> list[dict]:
    """The node's statements as (predicate label, values with labels), without the `skip` predicates."""
    rows = plain_rows(store, "SELECT ?p ?o WHERE { ?s ?p ?o } ORDER BY ?p ?o", s=ox.NamedNode(iri))
    rows = [r for r in rows if r["p"] not in skip]
    names = labels(store, [r["o"] for r in rows], lang)
    names.update(_basis_labels(store, sorted({r["o"] for r in rows if r["p"] in (ELI + "based_on", ELI + "cites")
                                               and not r["o"].startswith(iri + "/")}), lang))
    preds = _predicate_labels(store, [r["p"] for r in rows])
    grouped: dict[str, dict] = {}
    for r in rows:
        g = grouped.setdefault(r["p"], {"p": r["p"], "label": preds[r["p"]], "values": []})
        o = r["o"]
        if o == ELI + "LegalResource" or o == ELI + "LegalResourceSubdivision":
            continue  # the kind a reader cares for is the kzl: one
        if o.startswith((KZL, ELI)):  # a term of the vocabulary: its name (a concept's label), not a link
            named = names.get(o, "")
            text = named if named and "/" not in named else o.rsplit("#", 1)[-1].replace("InForce-", "")
            g["values"].append({"text": text, "iri": None})
        elif o in names:
            g["values"].append({"text": names[o], "iri": o})
        else:
            g["values"].append({"text": o, "iri": None})
    return list(grouped.values())


# --- home ------------------------------------------------------------------------------------

_ACTS = """
SELECT ?act ?number ?date ?title ?type ?issuer ?from ?until ?state ?repealer ?repealedSince ?repealedFrom ?repealedSigned ?source WHERE {
  ?act a eli:LegalResource .
  OPTIONAL { ?act eli:number ?number } OPTIONAL { ?act eli:date_document ?date } OPTIONAL { ?act eli:is_realized_by/eli:title ?title FILTER(LANG(?title) = "kk") }
  OPTIONAL { ?act a ?type FILTER(STRSTARTS(STR(?type), STR(kzl:))) }
  OPTIONAL { ?act eli:passed_by ?issuer }
  OPTIONAL { ?act eli:first_date_entry_in_force ?from } OPTIONAL { ?act eli:in_force ?state }
  OPTIONAL { ?act eli:date_no_longer_in_force ?until }
  OPTIONAL { ?act eli:repealed_by ?repealer OPTIONAL { ?repealer eli:first_date_entry_in_force ?repealedFrom }
             OPTIONAL { ?repealer eli:date_document ?repealedSigned }
             OPTIONAL { ?repeal kzl:amendingAct ?repealer ; kzl:target ?act ; kzl:since ?repealedSince } }
  OPTIONAL { GRAPH ?source { ?source kzl:describes ?act } }
}"""


def home(store, filters: dict[str, str] | None = None, today: str | None = None) -> dict:
    """Every act the graph knows, with issuer, type, year and status; filtered by `filters`
    (issuer, type, year, status: exact values as listed in the choices)."""
    today = today or dt.date.today().isoformat()
    acts: dict[str, dict] = {}
    for r in plain_rows(store, _ACTS):
        a = acts.setdefault(r["act"], {**r, "types": set(), "sources": set()})
        if r["type"]:
            a["types"].add(r["type"].rsplit("#", 1)[-1])
        if r["source"]:
            a["sources"].add(r["source"])
        for k in ("title", "issuer", "from", "until", "state", "repealer", "repealedSince", "repealedFrom", "repealedSigned"):
            a[k] = a.get(k) or r[k]
    issuers = labels(store, [a["issuer"] for a in acts.values()])
    listed = []
    for a in acts.values():
        listed.append({"act": a["act"], "number": a["number"], "date": a["date"], "title": a["title"],
                       "type": ", ".join(sorted(a["types"])) or "Act", "issuer": issuers.get(a["issuer"], ""),
                       "year": (a["date"] or "")[:4], "status": status_on(a, today), "in_corpus": bool(a["sources"])})
    choices = {k: sorted({x[k] for x in listed if x[k]}) for k in ("issuer", "type", "year", "status")}
    filters = {k: v for k, v in (filters or {}).items() if k in choices and v}
    shown = [x for x in listed if all(x[k] == v for k, v in filters.items())]
    shown.sort(key=lambda x: (x["date"] or "", natural_key(x["number"]), x["title"] or ""), reverse=True)
    return {"acts": shown, "total": len(listed), "choices": choices, "filters": filters, "today": today,
            "queries": query_list()}


def query_list() -> list[dict]:
    """The named queries with their parameters and text, for the query pages."""
    return [{"name": q.name, "purpose": q.purpose, "example": (q.examples or [""])[0], "text": q.text,
             "params": [{"name": p.name, "type": p.type, "help": p.help, "optional": p.optional} for p in q.params]}
            for q in registry().values()]


# --- act -------------------------------------------------------------------------------------

def act_page(store, iri: str, date: str | None = None, lang: str | None = None) -> dict:
    """An act as in force on `date` in `lang` (none: in Kazakh, or in Russian when only that text is held), with
    the changes made to it and by it."""
    date = date or dt.date.today().isoformat()
    units = load(store, iri)  # read once for the text and the changes
    lang = lang or text_language(units)
    text = consolidate(store, iri, date, lang, units)
    ins = changes_between(store, iri, "0000-00-00", "9999-12-31", lang, units)
    outs = plain_rows(store, """SELECT DISTINCT ?m ?target ?effect ?amended WHERE {
        ?m kzl:amendingAct ?act ; kzl:target ?target ; kzl:effect ?effect .
        ?target eli:is_part_of* ?amended . ?amended a eli:LegalResource }""", act=ox.NamedNode(iri))
    names = labels(store, [o["target"] for o in outs] + [o["amended"] for o in outs], lang)
    out_changes = []
    for o in outs:
        target = names.get(o["target"], o["target"]) if o["target"] != o["amended"] else "the whole act"
        out_changes.append({"target": o["target"], "amended": o["amended"], "amended_label": names.get(o["amended"]),
                            "label": f"{target} {effect(o['effect']).history}",
                            "key": (names.get(o["amended"], ""), o["target"].count("/"), _unit_key(o["target"]))})
    out_changes.sort(key=lambda c: c["key"])
    approvals = plain_rows(store, """SELECT DISTINCT ?org ?person WHERE { ?ap kzl:approvalOf ?act .
        OPTIONAL { ?ap kzl:approvedBy ?org } OPTIONAL { ?ap kzl:approverName ?person } }""", act=ox.NamedNode(iri))
    org_names = labels(store, [a["org"] for a in approvals], lang)
    for a in approvals:
        a["name"] = org_names.get(a["org"]) if a["org"] else None
    approvals.sort(key=lambda a: a["name"] or "")
    cited_by, cited_more = _cited_by(store, iri, lang)
    source = plain_rows(store, """SELECT ?file ?line WHERE { GRAPH ?g { ?g kzl:describes ?act ; kzl:fileName ?file }
        OPTIONAL { ?act kzl:sourceLine ?line } }""", act=ox.NamedNode(iri))
    langs = sorted({v for v in plain_rows(store, """SELECT DISTINCT ?lang WHERE { ?u eli:is_part_of+ ?act .
        ?v kzl:versionOf ?u ; kzl:text ?t BIND(LANG(?t) AS ?lang) }""", act=ox.NamedNode(iri)) for v in [v["lang"]] if v})
    pieces = [dict(p.__dict__, label=p.label(lang), how=effect(p.effect).history if p.effect else None,
                   suspension=p.suspension(),
                   by_label=f"{act_by(p.by_kind, p.by_number)} of {p.by_date or '?'}" if p.by else None)
            for p in text.pieces]
    return {"iri": iri, "kind": "act", "date": date, "lang": lang, "langs": sorted(set(langs) | {"kk"}),
            "number": text.number, "title": text.title, "status": text.status, "ending": text.ending, "pieces": pieces,
            "unknown": text.unknown, "facts": facts(store, iri, skip=(ELI + "has_part", ELI + "amended_by", ELI + "amends",
                                                                       ELI + "title", KZL + "sourceLine", ELI + "in_force",
                                                                       ELI + "is_realized_by", ELI + "jurisdiction",
                                                                       ELI + "id_local"),
                                                       lang=lang),
            "changes_in": [{"label": describe_change(c), "unit": c.unit, "by": c.by, "start": c.start,
                            "effect": c.effect} for c in ins] + _unnamed_changes(store, iri, {c.by for c in ins}, lang),
            "changes_out": out_changes, "approvals": approvals, "cited_by": cited_by, "cited_more": cited_more,
            "heading": labels(store, [iri], lang)[iri], "source": source[0] if source else None}


def _unnamed_changes(store, iri: str, named: set, lang: str) -> list[dict]:
    """The acts known to have amended the act whose changes the corpus does not give (the act that made the text's
    edition, meta.yaml's caused_by, that no note names): said with the changes, for what they are."""
    by = [r["by"] for r in plain_rows(store, "SELECT DISTINCT ?by WHERE { ?act eli:amended_by ?by }", act=ox.NamedNode(iri))
          if r["by"] not in named]
    names = labels(store, by, lang)
    return [{"label": f"the act amended by {names.get(b, b)} (what it changed is not in the corpus)", "unit": iri,
             "by": b, "start": None, "effect": None} for b in sorted(by, key=lambda b: names.get(b, b))]


def _cited_by(store, iri: str, lang: str, shown: int = 100) -> tuple[list[dict], int]:
    """The acts that stand on this act or a unit of it (eli:based_on) and the provisions that cite it (eli:cites),
    each with what of this act it names: a law's page says who relies on it. At most `shown` of them (a code may be
    cited by thousands of provisions: the named query act-cited-by lists them all), and how many more there are."""
    rows = plain_rows(store, """SELECT DISTINCT ?src ?target ?rel WHERE {
        ?target eli:is_part_of* ?act .
        { ?src eli:cites ?target BIND("cites" AS ?rel) } UNION { ?src eli:based_on ?target BIND("stands on" AS ?rel) } }
        ORDER BY ?src ?target""", act=ox.NamedNode(iri))
    more, rows = max(0, len(rows) - shown), rows[:shown]
    outside = sorted({r["src"] for r in rows} | {r["target"] for r in rows if r["target"] != iri})
    names = labels(store, outside, lang)
    names.update(_basis_labels(store, outside, lang))  # (a unit named with the units above it; an act keeps its label)
    out = [{"src": r["src"], "src_label": names.get(r["src"], r["src"]), "rel": r["rel"],
            "target": r["target"], "target_label": names.get(r["target"]) if r["target"] != iri else None}
           for r in rows]
    return sorted(out, key=lambda c: (c["src_label"], _unit_key(c["src"]), c["target"])), more


def _unit_key(iri: str) -> tuple:
    return tuple(natural_key(s) for s in iri.split("/")[-4:])


# --- unit ------------------------------------------------------------------------------------

_VERSIONS = """
SELECT ?v ?seq ?text ?lang ?from ?to ?unknown ?m ?effect ?by ?old ?new WHERE {
  ?v kzl:versionOf ?unit ; kzl:sequence ?seq .
  OPTIONAL { ?v dcterms:language ?chain } BIND(COALESCE(?chain, LANG(?text)) AS ?lang)
  OPTIONAL { ?v kzl:text ?text } OPTIONAL { ?v kzl:validFrom ?from } OPTIONAL { ?v kzl:validTo ?to }
  OPTIONAL { ?v kzl:validFromUnknown ?unknown }
  OPTIONAL { ?v prov:wasGeneratedBy ?m . ?m kzl:effect ?effect ; kzl:amendingAct ?by }
  OPTIONAL { ?v prov:wasGeneratedBy/kzl:oldWords ?old } OPTIONAL { ?v prov:wasGeneratedBy/kzl:newWords ?new }
}"""


def unit_page(store, iri: str, lang: str = "kk") -> dict:
    """A unit: its name and place, the timeline of its versions with word-level redlines between
    consecutive versions, the positions it describes, its parts."""
    node = ox.NamedNode(iri)
    info = plain_rows(store, """SELECT ?kind ?number ?heading WHERE { ?u a ?kind FILTER(STRSTARTS(STR(?kind), STR(kzl:)))
        OPTIONAL { ?u kzl:number ?number } OPTIONAL { ?u kzl:heading ?heading } }""", u=node)
    kind = (info[0]["kind"] or "").rsplit("#", 1)[-1] if info else "Unit"
    number = info[0]["number"] if info else None
    head = heading({"headings": sorted({r["heading"] for r in info if r["heading"]})}, lang)
    title = unit_label(kind, number) + (f" · {head}" if head else "")
    chain = plain_rows(store, "SELECT DISTINCT ?p WHERE { ?u eli:is_part_of+ ?p }", u=node)
    chain.sort(key=lambda r: (len(r["p"]), r["p"]))  # a part's IRI extends its whole's
    versions = plain_rows(store, _VERSIONS, unit=node)
    names = labels(store, [c["p"] for c in chain] + [v["by"] for v in versions], lang)
    crumbs = [{"iri": c["p"], "label": names.get(c["p"], c["p"])} for c in chain]
    timeline = _timeline(versions, names, lang)
    positions = plain_rows(store, "SELECT DISTINCT ?pos ?label WHERE { ?pos kzl:describedBy ?u ; skos:prefLabel ?label }", u=node)
    kids = plain_rows(store, "SELECT DISTINCT ?c WHERE { ?c eli:is_part_of ?u }", u=node)
    kid_names = labels(store, [k["c"] for k in kids], lang)
    children = sorted(({"iri": k["c"], "label": kid_names[k["c"]]} for k in kids), key=lambda c: _unit_key(c["iri"]))
    source = plain_rows(store, """SELECT ?file ?line WHERE { GRAPH ?g { ?u kzl:sourceLine ?line } ?g kzl:fileName ?file }
        ORDER BY ?file""", u=node)
    return {"iri": iri, "kind": "unit", "title": title, "crumbs": crumbs, "timeline": timeline, "lang": lang,
            "positions": positions, "children": children, "sources": source}


def _timeline(versions: list[dict], names: dict, lang: str) -> list[dict]:
    """Versions in `lang` (those of no stated language count for every language), oldest first, each with
    its label, the redline from the version before, and whether its wording is in the corpus."""
    mine = [v for v in versions if (v.get("lang") or lang) == lang]
    seen, out, previous = set(), [], None
    for v in sorted(mine, key=lambda v: int(v["seq"])):
        if v["v"] in seen:
            continue
        seen.add(v["v"])
        if v["m"] is None and v["text"] is None:
            continue  # an original wording not in the corpus: said once, above the first change
        name = effect(v["effect"]).history if v["m"] else "original text"
        item = {"from": v["from"], "to": v["to"], "unknown": v["unknown"], "text": v["text"], "effect": name,
                "by": v["by"], "by_label": names.get(v["by"]) if v["by"] else None, "old": v["old"], "new": v["new"],
                "redline": None, "inserted": (v["effect"] or "").endswith("Insertion")}
        if previous is not None and previous["text"] is not None and v["text"] is not None:
            item["redline"] = redline(previous["text"], v["text"])
        out.append(item)
        previous = item
    return out


# --- position and others ---------------------------------------------------------------------

def position_page(store, iri: str, lang: str = "kk") -> dict:
    node = ox.NamedNode(iri)
    items = plain_rows(store, """SELECT DISTINCT ?part ?item WHERE {
        { ?pos kzl:duty ?item BIND("duties" AS ?part) } UNION { ?pos kzl:knowledge ?item BIND("must know" AS ?part) }
        UNION { ?pos kzl:qualificationRequirement ?item BIND("requirements" AS ?part) }
        UNION { ?pos kzl:competence ?item BIND("competencies" AS ?part) }
        UNION { ?pos kzl:education ?item BIND("education" AS ?part) } }""", pos=node)
    described = plain_rows(store, """SELECT DISTINCT ?u ?act ?since WHERE { ?pos kzl:describedBy ?u .
        OPTIONAL { ?u eli:is_part_of+ ?act . ?act a eli:LegalResource }
        OPTIONAL { ?v kzl:versionOf ?u ; kzl:validFrom ?since FILTER NOT EXISTS { ?v kzl:validTo ?end } } }""", pos=node)
    entries = plain_rows(store, """SELECT DISTINCT ?e ?row ?title WHERE { ?pos kzl:describedBy ?u . ?e kzl:refersTo ?u ;
        kzl:rowNumber ?row ; kzl:entryTitle ?title } ORDER BY ?row""", pos=node)
    names = labels(store, [d["u"] for d in described] + [d["act"] for d in described] + [iri], lang)
    for d in described:
        d["label"], d["act_label"] = names.get(d["u"]), names.get(d["act"])
    return {"iri": iri, "kind": "position", "title": names.get(iri), "items": items, "described": described,
            "entries": entries, "facts": facts(store, iri, skip=(KZL + "duty", KZL + "knowledge", KZL + "competence",
                                                                   KZL + "qualificationRequirement", KZL + "education",
                                                                   KZL + "describedBy", SKOS + "prefLabel",
                                                                   RDF + "type", KZL + "sourceLine"), lang=lang)}


def node_page(store, iri: str, kind: str, lang: str = "kk") -> dict:
    return {"iri": iri, "kind": kind, "title": labels(store, [iri], lang).get(iri, iri), "facts": facts(store, iri, lang=lang)}
