"""An act as in force on a date: every unit's version valid that day, in document order.

Reads the lineage (``kzl:Version`` nodes) and the structure (``eli:is_part_of``) of one
act from the store. A unit whose text that day is not in the corpus stays in its place
and says so; a unit inserted later, or excluded earlier, is not part of the act that day.
Used by ``kg text``, the act page and the assistant's ``read``.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field

import pyoxigraph as ox

from .effects import effect, names_where
from .lexicon import phrases
from .normalise import KAZAKH_LETTERS
from .queries import plain_rows
from .rdf import day_before
from .vocab import ELI, KZL, act_by, sparql_prefixes

__all__ = ["Piece", "Consolidated", "consolidate", "load", "heading", "status_on", "render", "act_status", "unit_label", "natural_key",
           "version_on", "text_language"]

# (a heading's language is its text's: the source graph's, dcterms:language; "Жалпы ережелер" has no letter only
# Kazakh has)
_UNITS = """
SELECT ?u ?type ?number ?heading ?headingLang ?parent WHERE {
  ?u eli:is_part_of+ ?act ; a ?type ; eli:is_part_of ?parent .
  FILTER(STRSTARTS(STR(?type), STR(kzl:)))
  OPTIONAL { ?u kzl:number ?number }
  OPTIONAL { GRAPH ?source { ?u kzl:heading ?heading } OPTIONAL { ?source dcterms:language ?headingLang } }
}"""

# one row per version of a unit of the act; each OPTIONAL starts from ?v (see queries/unit-history.rq), one triple a
# level: Oxigraph plans a group of several triples inside an OPTIONAL from the whole store (the change's act and its
# number, day and kind as one group each took 300 ms for an act of 68 units at 2,000 documents; nested, 8.5 ms; every
# change has its effect and its act, so the rows are the same)
_VERSIONS = """
SELECT ?u ?v ?seq ?text ?chain ?from ?to ?unknown ?m ?effect ?by ?byNumber ?byDate ?byKind WHERE {
  ?u eli:is_part_of+ ?act . ?v kzl:versionOf ?u ; kzl:sequence ?seq .
  OPTIONAL { ?v kzl:text ?text } OPTIONAL { ?v dcterms:language ?chain }
  OPTIONAL { ?v kzl:validFrom ?from } OPTIONAL { ?v kzl:validTo ?to }
  OPTIONAL { ?v kzl:validFromUnknown ?unknown }
  OPTIONAL { ?v prov:wasGeneratedBy ?m
             OPTIONAL { ?m kzl:effect ?effect }
             OPTIONAL { ?m kzl:amendingAct ?by
                        OPTIONAL { ?by eli:number ?byNumber } OPTIONAL { ?by eli:date_document ?byDate }
                        OPTIONAL { ?by eli:type_document ?byKind } } }
}"""

# units excluded (deleted whole) by an amendment, with the day it takes effect
_EXCLUDED = """
SELECT ?u ?m ?by ?byNumber ?from ?signed WHERE {
  ?u eli:is_part_of+ ?act . ?m kzl:target ?u ; kzl:effect ?effect ; kzl:amendingAct ?by .
  FILTER(?effect IN (ENDS)) FILTER NOT EXISTS { ?m kzl:oldWords ?words }
  OPTIONAL { ?by eli:number ?byNumber } OPTIONAL { ?by eli:first_date_entry_in_force ?from }
  OPTIONAL { ?by eli:date_document ?signed }
}"""

# suspensions of units of the act: until the day each lifts, from the day its act takes effect, and the wording a
# unit has meanwhile where the suspending act gives one
_SUSPENDED = """
SELECT ?u ?until ?since ?interim ?by ?byNumber ?byKind ?from ?signed WHERE {
  ?u eli:is_part_of+ ?act . ?m kzl:target ?u ; kzl:effect kzl:Suspension ; kzl:amendingAct ?by .
  OPTIONAL { ?m kzl:until ?until } OPTIONAL { ?m kzl:since ?since } OPTIONAL { ?m kzl:newText ?interim }
  OPTIONAL { ?by eli:number ?byNumber } OPTIONAL { ?by eli:type_document ?byKind } OPTIONAL { ?by eli:first_date_entry_in_force ?from }
  OPTIONAL { ?by eli:date_document ?signed }
}"""

# the last day a unit applies, where its own act fixes one (an Expiry: "действуют по 31 декабря 2025 года включительно")
_LAST_DAYS = """SELECT ?u ?last WHERE { ?u eli:is_part_of+ ?act ; eli:date_no_longer_in_force ?last }"""

# the unit each unit is part of in each language's text (the Kazakh text of MinJust 2001 N 148 sets its points under
# "2-Тарау" and a numbered heading in it, the Russian under "Раздел 2" and "Глава 1": the two differ)
_PARENTS = """SELECT ?u ?parent ?lang WHERE {
  ?u eli:is_part_of+ ?act . GRAPH ?source { ?u eli:is_part_of ?parent } ?source dcterms:language ?lang
}"""

# where each unit of the act stands in the texts that set it out, read for an act with text paragraphs to place (a
# heading in plain words between points, "Выезд и следование" over points 16-21, is a text paragraph of its chapter)
_LINES = """SELECT ?u ?source ?line ?lang WHERE {
  ?u eli:is_part_of+ ?act . GRAPH ?source { ?u kzl:sourceLine ?line } OPTIONAL { ?source dcterms:language ?lang }
}"""

_ACT = """
SELECT ?title ?titleLang ?number ?date ?from ?until ?state ?repealer ?repealerNumber ?repealerKind ?repealedSince
       ?repealedFrom ?repealedSigned WHERE {
  ?act eli:number ?number .
  OPTIONAL { ?act eli:is_realized_by/eli:title ?title BIND(LANG(?title) AS ?titleLang) }
  OPTIONAL { ?act eli:date_document ?date }
  OPTIONAL { ?act eli:first_date_entry_in_force ?from } OPTIONAL { ?act eli:in_force ?state }
  OPTIONAL { ?act eli:date_no_longer_in_force ?until }
  OPTIONAL { ?act eli:repealed_by ?repealer
             OPTIONAL { ?repealer eli:number ?repealerNumber } OPTIONAL { ?repealer eli:type_document ?repealerKind }
             OPTIONAL { ?repealer eli:first_date_entry_in_force ?repealedFrom }
             OPTIONAL { ?repealer eli:date_document ?repealedSigned }
             OPTIONAL { ?repeal kzl:amendingAct ?repealer ; kzl:target ?act ; kzl:since ?repealedSince } }
}"""

#: the order of sibling kinds in a text (a title before chapters, tables and appendices last; a point's first list
#: of sub-points before a part of it that opens a second list)
_KIND_RANK = {"Title": 0, "Preamble": 0.5, "TextParagraph": 1, "Article": 3, "Chapter": 4, "Section": 5, "Paragraph": 6,
              "Point": 7, "Subpoint": 8, "Part": 8.5, "IndexEntry": 9, "TableRow": 9, "Table": 10, "Figure": 10,
              "Appendix": 11}

def natural_key(number: str | None) -> tuple:
    """Sort key of a unit number: "653-15" after "653-2", "8-1" after "8".

    >>> sorted(["653-15", "653-2", "8-1", "8", "10"], key=natural_key)
    ['8', '8-1', '10', '653-2', '653-15']
    """
    parts = re.findall(r"\d+|[^\d\-.]+", number or "")
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)


def unit_label(kind: str, number: str | None, lang: str = "en") -> str:
    """How a reader names a unit: "§ 116", "point 551", "551-тармақ".

    >>> unit_label("Paragraph", "116"), unit_label("Point", "551"), unit_label("Point", "551", "kk")
    ('§ 116', 'point 551', '551-тармақ')
    """
    names = phrases()["unit_names"].get(kind, (kind, kind, kind))
    name = names[{"kk": 0, "ru": 1}.get(lang, 2)]
    if not number:
        return name
    if name == "§":
        return f"§ {number}"
    if lang == "kk":
        return f"{number}-{name}"
    return f"{name} {number}"


@dataclass
class Piece:
    """One unit of the consolidated text."""
    unit: str
    kind: str
    number: str | None
    heading: str | None
    depth: int
    # "text" | "unknown" (in the act, text not in the corpus) | "structure" (a heading) | "expired" (past the last day
    # its act gave it, `last_day`)
    status: str
    text: str | None = None
    since: str | None = None  # the day this version took effect
    by: str | None = None  # the amending act that gave this text
    by_number: str | None = None
    by_date: str | None = None
    by_kind: str | None = None  # its eli:type_document
    effect: str | None = None
    # suspended that day: until the day it applies again, by which act; its text then is the wording it has meanwhile
    # where the suspending act gives one ("interim"), else its own wording, which does not apply
    suspended_until: str | None = None
    suspended_by_number: str | None = None
    suspended_by_kind: str | None = None  # the suspending act's eli:type_document
    interim: bool = False
    interim_until: str | None = None  # the day the wording meanwhile lasts to, when the suspension lasts longer
    last_day: str | None = None  # the last day it applied, its act's own ("действуют по … включительно"), when passed

    def label(self, lang: str = "en") -> str:
        return unit_label(self.kind, self.number, lang)

    def suspension(self) -> str | None:
        """What a reader is told of the unit when it is suspended that day, else None."""
        if not (self.suspended_until or self.suspended_by_number):
            return None
        until = f" until {self.suspended_until}" if self.suspended_until else ""
        by = f" by {act_by(self.suspended_by_kind, self.suspended_by_number)}" if self.suspended_by_number else ""
        meanwhile = f"this wording applies until {self.interim_until}" if self.interim_until else \
            "this wording applies meanwhile"
        return f"suspended{until}{by}: " + (meanwhile if self.interim else "its wording does not apply meanwhile")


@dataclass
class Consolidated:
    act: str
    number: str | None
    title: str | None
    date: str
    lang: str
    status: str  # in force | suspended until … by order № … | repealed | no longer in force | not yet in force | unknown
    pieces: list[Piece] = field(default_factory=list)
    last_day: str | None = None  # a repealed act's: its last day in force, whose text the pieces are
    repealed_by: str | None = None  # a repealed act's repealer as a reader is told it ("order № 622 of 2014-09-19")

    @property
    def unknown(self) -> int:
        return sum(1 for p in self.pieces if p.status == "unknown")

    @property
    def ending(self) -> str | None:
        """What the text of a repealed act is, said where it is shown: the text of its last day in force, or, the
        day its repeal took effect not in the corpus, the last text the corpus holds (never a day guessed).

        >>> Consolidated("a", "340", None, "2016-01-01", "kk", "repealed", last_day="2014-12-31",
        ...              repealed_by="order № 622 of 2014-09-19").ending
        'repealed by order № 622 of 2014-09-19: the text is the one of its last day in force, 2014-12-31'
        >>> Consolidated("a", "263", None, "2026-12-05", "ru", "repealed", repealed_by="order № 217 of 2013-04-02").ending
        'repealed by order № 217 of 2013-04-02 (the day that took effect is not in the corpus): the text is the last the corpus holds'
        """
        if self.status != "repealed":
            return None
        by = f"repealed by {self.repealed_by}" if self.repealed_by else "repealed"
        if self.last_day:
            return f"{by}: the text is the one of its last day in force, {self.last_day}"
        return f"{by} (the day that took effect is not in the corpus): the text is the last the corpus holds"


# suspensions of the act as a whole ("Приостановить действие приказа … N 81 … до 1 апреля 2000 года")
_ACT_SUSPENDED = """
SELECT ?until ?since ?by ?byNumber ?byKind ?from ?signed WHERE {
  ?m kzl:target ?act ; kzl:effect kzl:Suspension ; kzl:amendingAct ?by .
  OPTIONAL { ?m kzl:until ?until } OPTIONAL { ?m kzl:since ?since }
  OPTIONAL { ?by eli:number ?byNumber } OPTIONAL { ?by eli:type_document ?byKind } OPTIONAL { ?by eli:first_date_entry_in_force ?from }
  OPTIONAL { ?by eli:date_document ?signed }
}"""


def act_status(store, act: str, date: str, lang: str = "kk") -> tuple[str, dict]:
    """The act's status on `date` ("in force", "suspended until D by order № N", "repealed", "no longer in force",
    "not yet in force", "unknown") and its facts (its title in `lang` when its expression in that language has
    one)."""
    rows = plain_rows(store, _ACT, act=ox.NamedNode(act))
    if not rows:
        return "unknown", {}
    rows.sort(key=lambda r: r["titleLang"] != lang)
    # a repealer whose dates are known wins over one whose are not; the title in `lang` over another either way (the
    # last such row had won, a Russian text titled in Kazakh)
    dated = [r for r in rows if r["repealer"] and (r["repealedSince"] or r["repealedFrom"] or r["repealedSigned"])]
    facts = dated[0] if dated else rows[0]
    status = status_on(facts, date)
    if status in ("in force", "unknown"):
        suspended = _suspension_on([dict(r, interim=None, lang=None)
                                    for r in plain_rows(store, _ACT_SUSPENDED, act=ox.NamedNode(act))], date, lang)
        if suspended is not None:  # in force, but not applied that day
            status = "suspended" + (f" until {suspended['until']}" if suspended["until"] else "") + \
                (f" by {act_by(suspended['byKind'], suspended['byNumber'])}" if suspended["byNumber"] else "")
    return status, facts


def status_on(facts: dict, date: str) -> str:
    """An act's status on `date` from its facts (date, from, until, state, repealer; the day the repeal took effect:
    repealedSince as the requisites give it, else the repealer's entry into force or signing, repealedFrom and
    repealedSigned; until, the act's own last day).

    >>> status_on({"date": "2020-12-30", "from": "2021-01-12"}, "2024-06-21")
    'in force'
    >>> status_on({"date": "2020-12-30", "from": "2021-01-12"}, "2021-01-01")
    'not yet in force'
    >>> status_on({"date": "2020-12-30", "repealer": "x", "repealedFrom": "2023-01-01"}, "2024-06-21")
    'repealed'
    >>> status_on({"date": "2012-02-17", "from": "2012-06-01", "repealer": "x", "repealedSince": "2015-01-07",
    ...            "repealedSigned": "2014-08-19"}, "2014-10-01")
    'in force'
    >>> status_on({"date": "2020-12-30"}, "2024-06-21")
    'unknown'

    An act its requisites say no longer applies, no act repealing it known ("Приказ прекратил действие (временный
    характер)"), is no longer in force, not "repealed":

    >>> status_on({"date": "2021-03-10", "state": ELI + "InForce-notInForce"}, "2024-06-21")
    'no longer in force'

    An act that applies until a day of its own ("… 2027 жылғы 31 желтоқсанды қоса алғанға дейін қолданыста болады")
    is in force to that day and no longer after it, no act repealing it:

    >>> [status_on({"date": "2025-10-06", "from": "2026-01-01", "until": "2027-12-31"}, d) for d in ("2027-12-31", "2028-01-01")]
    ['in force', 'no longer in force']
    >>> status_on({"date": "2025-04-04", "from": "2025-04-04", "until": "2025-12-31", "state": ELI + "InForce-notInForce"},
    ...           "2025-06-01")  # (no longer in force today, its requisites say: in force that day)
    'in force'
    """
    if facts.get("date") and facts["date"] > date:
        return "not yet in force"
    repealed_on = facts.get("repealedSince") or facts.get("repealedFrom") or facts.get("repealedSigned")
    if repealed_on and repealed_on <= date:
        return "repealed"
    if facts.get("until") and not facts.get("repealer"):
        if facts["until"] < date:
            return "no longer in force"  # (its own last day passed: a temporary act, "действует по … включительно")
    elif facts.get("state") == ELI + "InForce-notInForce" and not facts.get("repealer"):
        # (no act repealing it known: it ceased, "Приказ прекратил действие (временный характер)", or an act not read
        # repealed it; that it no longer applies is all the store says)
        return "no longer in force"
    if facts.get("from"):
        return "in force" if facts["from"] <= date else "not yet in force"
    if facts.get("state") == ELI + "InForce-inForce":
        return "in force"
    return "unknown"


def _counted_from(v: dict) -> str | None:
    """The day a version counts from: its own, or its order's signing where its day is unknown."""
    return v["from"] or (v["byDate"] if v["unknown"] else None)


def version_on(versions: list[dict], date: str) -> dict | None:
    """The version valid on `date` (a version whose start is unknown counts from its order's signing)."""
    best, best_start = None, ""
    for v in versions:
        start = _counted_from(v) or "0000-00-00"
        if start <= date and (v["to"] is None or v["to"] >= date) and (best is None or start >= best_start):
            best, best_start = v, start
    return best


def load(store, act: str) -> dict[str, dict]:
    """The units of `act` (IRI): kind, number, heading, parent, versions (oldest first), exclusion."""
    node = ox.NamedNode(act)
    units: dict[str, dict] = {}
    for r in plain_rows(store, _UNITS, act=node):
        u = units.setdefault(r["u"], {"kind": r["type"].rsplit("#", 1)[-1], "number": r["number"], "headings": [],
                                      "parent": r["parent"], "versions": [], "excluded": None, "suspensions": []})
        if r["heading"] and r["heading"] not in u["headings"]:
            u["headings"].append(r["heading"])
        if r["heading"] and r.get("headingLang"):
            u.setdefault("headingIn", {}).setdefault(r["headingLang"], r["heading"])
    res = store.query(sparql_prefixes() + _VERSIONS, substitutions={ox.Variable("act"): node})
    seen = set()
    for r in res:
        if r["u"].value not in units or r["v"].value in seen:
            continue
        seen.add(r["v"].value)
        text = r["text"]
        units[r["u"].value]["versions"].append({
            "v": r["v"].value, "seq": int(r["seq"].value), "text": text.value if text is not None else None,
            "lang": _val(r["chain"]) or getattr(text, "language", None), "from": _val(r["from"]),
            "to": _val(r["to"]), "unknown": r["unknown"] is not None, "m": _val(r["m"]), "effect": _val(r["effect"]),
            "by": _val(r["by"]), "byNumber": _val(r["byNumber"]), "byDate": _val(r["byDate"]),
            "byKind": _val(r["byKind"])})
    for u in units.values():
        u["versions"].sort(key=lambda v: (v["lang"] or "", v["seq"]))
    ends = ", ".join(f"<{KZL}{n}>" for n in _ending_effects())
    for r in plain_rows(store, _EXCLUDED.replace("ENDS", ends), act=node):
        if r["u"] in units:
            units[r["u"]]["excluded"] = r
    for r in store.query(sparql_prefixes() + _SUSPENDED, substitutions={ox.Variable("act"): node}):
        if r["u"].value in units:
            row = {k: _val(r[k]) for k in ("until", "since", "interim", "by", "byNumber", "byKind", "from", "signed")}
            row["lang"] = getattr(r["interim"], "language", None)
            units[r["u"].value]["suspensions"].append(row)
    for r in plain_rows(store, _PARENTS, act=node):
        if r["u"] in units and (r["parent"] in units or r["parent"] == act):
            at = units[r["u"]].setdefault("parentIn", {})
            at[r["lang"]] = min(at.get(r["lang"], r["parent"]), r["parent"])
    paragraphs = any(u["kind"] == "TextParagraph" for u in units.values())
    for r in plain_rows(store, _LINES, act=node) if paragraphs else ():  # (read only where a paragraph is to place)
        if r["u"] in units and r["lang"]:
            at = units[r["u"]].setdefault("lineIn", {})
            at[r["lang"]] = min(at.get(r["lang"], (r["source"], int(r["line"]))), (r["source"], int(r["line"])))
    for r in plain_rows(store, _LAST_DAYS, act=node):
        if r["u"] in units:
            units[r["u"]]["last"] = min(filter(None, (units[r["u"]].get("last"), r["last"])))
    return units


def text_language(units: dict[str, dict]) -> str:
    """The language to show an act in when the reader names none: Kazakh, the state language, when the corpus
    holds the act's Kazakh text; else Russian, when it holds only that (an act the portal published in Russian
    alone would show every unit as "not in the corpus" in Kazakh).

    >>> text_language({"u": {"versions": [{"lang": "ru", "text": "Пункт"}]}})
    'ru'
    >>> text_language({"u": {"versions": [{"lang": "ru", "text": "Пункт"}, {"lang": "kk", "text": "Тармақ"}]}})
    'kk'
    >>> text_language({})
    'kk'
    """
    held = {v["lang"] for u in units.values() for v in u["versions"] if v["text"]}
    return "ru" if "ru" in held and "kk" not in held else "kk"


def _suspension_on(suspensions: list[dict], date: str, lang: str) -> dict | None:
    """The suspension of a unit in effect on `date` (from the day its act takes effect, or is signed, to the day
    before the one it lifts), with the wording meanwhile in `lang` when the suspending act gives one."""
    on = [s for s in suspensions if (s["since"] or s["from"] or s["signed"] or "9999") <= date
          and (s["until"] is None or date < s["until"])]
    # its wording meanwhile in `lang` first, then a suspension that gives none (the other language's wording is not
    # this text's)
    on.sort(key=lambda s: 0 if s["interim"] and s["lang"] in (lang, None) else 1 if s["interim"] is None else 2)
    return on[0] if on else None


def heading(u: dict, lang: str) -> str | None:
    """The unit's heading in `lang` when the corpus has one (the heading of its text in that language, or one in
    Kazakh letters for Kazakh), else any heading."""
    if u.get("headingIn", {}).get(lang):
        return u["headingIn"][lang]
    for h in u["headings"]:
        if _lang_ok(h, lang):
            return h
    return u["headings"][0] if u["headings"] else None


def consolidate(store, act: str, date: str | None = None, lang: str | None = "kk",
                units: dict | None = None) -> Consolidated:
    """The act `act` (IRI) as in force on `date` (ISO, default today) in `lang` ("kk" or "ru"; None: the language
    its text is held in, `text_language`); `units`: what load() read of the act, when the caller has it already."""
    date = date or dt.date.today().isoformat()
    units = units if units is not None else load(store, act)
    lang = lang or text_language(units)
    status, facts = act_status(store, act, date, lang)
    if status == "unknown" and _changed_by(units, date):
        status = "in force"  # (no day of its own known, but a change took effect in it by then: it was in force)
    children: dict[str, list[str]] = {}
    for iri, u in units.items():
        # (in the language shown, the unit it is part of in that language's text, where the two texts differ)
        children.setdefault(u.get("parentIn", {}).get(lang, u["parent"]), []).append(iri)
    out = Consolidated(act, facts.get("number"), facts.get("title"), date, lang, status)
    gone = (facts.get("repealedSince") or facts.get("repealedFrom")) if status == "repealed" else None
    if gone and gone <= date:  # its units' last versions end the day before: the text it had on its last day
        out.last_day = day_before(gone)
    if status == "repealed" and facts.get("repealer"):
        out.repealed_by = act_by(facts.get("repealerKind"), facts.get("repealerNumber")) + \
            (f" of {facts['repealedSigned']}" if facts.get("repealedSigned") else "")
    _walk(act, 0, units, children, out.last_day or date, lang, out.pieces)
    out.pieces = [p for k, p in enumerate(out.pieces) if not _restated(out, k)]
    return out


def _restated(c: Consolidated, k: int) -> bool:
    """Is piece k a heading's wording that the heading above it already shows (a title a note changed, its wording
    the one the text states: the act's title, or its division's heading)?"""
    p = c.pieces[k]
    if p.kind != "Title" or p.status != "text" or p.suspension():
        return False
    above = next((q for q in reversed(c.pieces[:k]) if q.depth < p.depth), None)
    return p.text == (above.heading if above is not None else c.title)


def _ending_effects() -> tuple[str, ...]:
    """Effects that end a unit when they name no words inside it."""
    return names_where(lineage="delete")


def _val(term) -> str | None:
    return term.value if term is not None else None


def _lang_ok(text: str, lang: str) -> bool:
    # headings carry no language tag in every source; a Cyrillic heading with Kazakh letters is Kazakh
    kazakh = bool(KAZAKH_LETTERS.search(text))
    return kazakh == (lang == "kk")


def _lead_in_first(kids: list[str], units: dict, children: dict) -> list[str]:
    """A point's parts up to the one that leads in to its sub-points ("17. Автор … ұсынады." / "Баянатқа (өтінімге):" /
    "1) …" … "6) …" / "Жаңадан дайындалған …"), before them; the parts after its list, after them. A part with a list
    of its own (a second list, "… дополнительно представляются:" / "1) …") leads in to that one, after the first."""
    parts = [i for i in kids if units[i]["kind"] == "Part"]
    lead = next((k for k, i in enumerate(parts) if not children.get(i) and any(
        (v["text"] or "").rstrip().endswith(":") for v in units[i]["versions"])), None)
    if lead is None or not any(units[i]["kind"] == "Subpoint" for i in kids):
        return kids
    before = parts[:lead + 1]
    rest = [i for i in kids if i not in before]
    at = next(k for k, i in enumerate(rest) if units[i]["kind"] == "Subpoint")
    return rest[:at] + before + rest[at:]


def _changed_by(units: dict[str, dict], date: str) -> bool:
    """Did a change take effect in the act on or before `date` (a version an amending act made, from its day, or from
    the act's signing where its day is unknown, as `version_on` counts it)? An act changed was in force: the status of
    an act whose own text states no day it came into force (most orders of the 1990s) is known from then on.

    >>> _changed_by({"u": {"versions": [{"m": "m1", "from": None, "unknown": True, "byDate": "2004-06-08"}]}}, "2005-01-01")
    True
    >>> _changed_by({"u": {"versions": [{"m": None, "from": "2001-12-11", "unknown": False, "byDate": None}]}}, "2005-01-01")
    False
    """
    return any(v["m"] and (_counted_from(v) or "9999") <= date for u in units.values() for v in u["versions"])


def _paragraphs_in_place(kids: list[str], units: dict, lang: str) -> list[str]:
    """Siblings in the order of kinds and numbers, each text paragraph moved to where the text in `lang` sets it out:
    after the sibling that stands last above it there (a heading in plain words between a chapter's points, "Выезд и
    следование" between points 15 and 16, had come before every point). A paragraph nothing of its text stands above
    keeps its place.

    >>> u = {"p15": {"kind": "Point", "lineIn": {"ru": ("g", 10)}}, "p16": {"kind": "Point", "lineIn": {"ru": ("g", 14)}},
    ...      "h": {"kind": "TextParagraph", "lineIn": {"ru": ("g", 12)}}}
    >>> _paragraphs_in_place(["h", "p15", "p16"], u, "ru")
    ['p15', 'h', 'p16']
    """
    def where(i: str):
        return units[i].get("lineIn", {}).get(lang)

    moving = [i for i in kids if units[i]["kind"] == "TextParagraph" and where(i)]
    if not moving:
        return kids
    placed = [i for i in kids if i not in moving]
    for p in moving:
        source, line = where(p)
        above = [k for k, i in enumerate(placed) if i not in moving and where(i) and where(i)[0] == source
                 and where(i)[1] < line]
        if not above:
            placed.insert(next((k for k, i in enumerate(placed) if i not in moving), len(placed)), p)
            continue
        last = max(above, key=lambda k: where(placed[k])[1])
        # (after the paragraphs already placed after that sibling and above this one)
        at = last + 1
        while at < len(placed) and placed[at] in moving and where(placed[at])[1] < line:
            at += 1
        placed.insert(at, p)
    return placed


def _walk(parent: str, depth: int, units: dict, children: dict, date: str, lang: str, out: list[Piece]) -> None:
    kids = _lead_in_first(sorted(children.get(parent, []), key=lambda i: (_KIND_RANK.get(units[i]["kind"], 20),
                                                                           natural_key(units[i]["number"]), i)), units,
                          children)
    kids = _paragraphs_in_place(kids, units, lang)
    for iri in kids:
        u = units[iri]
        versions = [v for v in u["versions"] if v["lang"] in (lang, None)]
        any_lang = u["versions"]
        first = min(any_lang, key=lambda v: v["seq"]) if any_lang else None
        excluded = u["excluded"]
        if excluded:
            gone_on = excluded["from"] or excluded["signed"]
            if gone_on and gone_on <= date:
                continue  # excluded before that day: not part of the act
        if first is not None and first["m"] and effect(first["effect"]).lineage == "text" and \
                _is_insertion(first) and _start(first) > date:
            continue  # inserted after that day
        start = len(out)
        has_kids = bool(children.get(iri))
        # a division of the other language's text alone: its units stand under this one's own divisions here, and it
        # shows only where some of them are the other text's alone
        foreign = u["kind"] in _CONTAINERS and bool(u.get("headingIn")) and lang not in u["headingIn"] \
            and not any(v["text"] for v in versions)
        if foreign and not has_kids:
            continue
        current = version_on(versions, date)
        piece = Piece(iri, u["kind"], u["number"], heading(u, lang), depth, "structure")
        container = u["kind"] in _CONTAINERS
        # (a table's rows may be units of it, a list's numbered rows: its words are then its head, its rows under it)
        if current is not None and current["text"] and not (container and has_kids and u["kind"] != "Table"):
            piece.status = "text"
            piece.text = current["text"]
        elif not container or (not has_kids and any(v["text"] for v in versions)):
            # a point, sub-point, part …, or a table (its rows are its words): its wording that day is not in the corpus
            piece.status = "unknown"
        if u.get("last") and u["last"] < date and piece.status != "structure":
            # past the last day its act gave it (MinFin 2025 № 325's points "действуют по 31 декабря 2025 года
            # включительно"): it no longer applies, which a reader is told in its place
            piece.status, piece.text, piece.last_day = "expired", None, u["last"]
        if current is not None:
            piece.since, piece.by, piece.by_number = _start(current), current["by"], current["byNumber"]
            piece.by_date, piece.effect, piece.by_kind = current["byDate"], current["effect"], current["byKind"]
        suspended = _suspension_on(u.get("suspensions", ()), date, lang)
        if suspended is not None:
            # (the suspension may last beyond the time its wording meanwhile is given for: another wording follows, MinJust
            # 2026 № 339 — the day the suspension lifts, and the day this wording ends)
            lasts = max((s["until"] for s in u.get("suspensions", ()) if s["by"] == suspended["by"] and s["until"]),
                        default=suspended["until"])
            piece.suspended_until, piece.suspended_by_number = lasts, suspended["byNumber"]
            piece.interim_until = suspended["until"] if suspended["interim"] and suspended["until"] != lasts else None
            piece.suspended_by_kind = suspended["byKind"]
            if suspended["interim"] and suspended["lang"] in (lang, None):
                piece.status, piece.text, piece.interim = "text", suspended["interim"], True
        out.append(piece)
        _walk(iri, depth + 1, units, children, date, lang, out)
        if piece.status == "text" and len(out) > start + 1:
            piece.text = _lead(piece.text, [p.text for p in out[start + 1:] if p.text])
            first_part = out[start + 1]
            if first_part.kind == "Part" and first_part.number == "1" and first_part.text == piece.text \
                    and not first_part.suspension():
                del out[start + 1]  # a point's first paragraph is its first part: its words once, its later parts under it
        if container and has_kids and len(out) == start + 1 and (not piece.heading or foreign):
            out.pop()  # a container none of whose parts is in the act that day (or in this language's text)


#: kinds whose text is their parts' (a heading at most); the others have words of their own
_CONTAINERS = {"Chapter", "Section", "Paragraph", "Appendix", "Table", "Article"}


def _lead(text: str, parts: list[str]) -> str:
    r"""A unit's own words when its parts follow it: a new wording that quotes the whole point
    (lead-in and sub-points) keeps its lines up to the first one a part begins with.

    >>> _lead("Ұғымдар:\n1) бір;\n2) екі.", ["1) бір;", "2) екі."])
    'Ұғымдар:'
    >>> _lead("Ұғымдар:", ["1) бір;"])
    'Ұғымдар:'
    """
    starts = {p.strip()[:40] for p in parts if p.strip()}
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i and line.strip()[:40] in starts:
            return "\n".join(lines[:i]).rstrip()
    return text


def _is_insertion(v: dict) -> bool:
    return (v["effect"] or "").rsplit("#", 1)[-1] == "Insertion"


def _start(v: dict) -> str:
    return v["from"] or v["byDate"] or "0000-00-00"


# --- rendering ------------------------------------------------------------------------------

def _unknown(lang: str) -> str:
    said = phrases()["text_unknown"]
    return said.get(lang, said["kk"])


def _expired(lang: str, day: str | None) -> str:
    said = phrases()["text_expired"]
    return said.get(lang, said["kk"]).format(day=day)


def _header(c: Consolidated) -> list[str]:
    return [f"№ {c.number or '?'} — {c.title or ''}".rstrip(" —"),
            f"as in force on {c.date} ({c.lang}); status: {c.ending or c.status}; {len(c.pieces)} units, "
            f"{c.unknown} with text not in the corpus"]


def render(c: Consolidated, fmt: str = "text") -> str:
    """The consolidated text as plain text, markdown or an HTML fragment."""
    if fmt == "html":
        return _html(c)
    md = fmt == "markdown"
    lines = [("# " if md else "") + _header(c)[0], ("_" + _header(c)[1] + "_") if md else _header(c)[1], ""]
    for p in c.pieces:
        indent = "" if md else "  " * p.depth
        if p.status == "structure":
            title = _titled(p, c.lang)
            lines.append(("#" * min(p.depth + 2, 6) + " " if md else indent) + title)
        elif p.status == "unknown":
            lines.append(f"{indent}{_number(p, c.lang)}{_unknown(c.lang)}")
        elif p.status == "expired":
            lines.append(f"{indent}{_number(p, c.lang)}{_expired(c.lang, p.last_day)}")
        else:
            body = p.text or ""
            lines.append(f"{indent}{_number(p, c.lang)}{body}".replace("\n", "\n" + indent))
        if p.suspension():
            lines.append(f"{indent}_[{p.suspension()}]_" if md else f"{indent}[{p.suspension()}]")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _titled(p: Piece, lang: str) -> str:
    """How a division or a figure is named over its words: "2-тарау. Жалпы ережелер", "рисунок 1. Галстук"."""
    return f"{p.label(lang)}. {p.heading}" if p.heading else p.label(lang)


def _number(p: Piece, lang: str) -> str:
    """What a unit's words open with: a point's number, a figure's number and caption on a line of their own."""
    if p.kind == "Point" and p.number:
        return f"{p.number}. "
    if p.kind == "Figure":
        return _titled(p, lang) + "\n"
    return ""  # (an index entry, a paragraph …: its words say what it is)


def _html(c: Consolidated) -> str:
    out = []
    for p in c.pieces:
        cls = f"unit depth-{min(p.depth, 6)} {p.status}" + (" suspended" if p.suspension() else "")
        note = f' <span class="suspension">[{html.escape(p.suspension())}]</span>' if p.suspension() else ""
        anchor = html.escape(p.unit.rsplit("/", 2)[-2] + "-" + p.unit.rsplit("/", 1)[-1], quote=True)
        if p.status == "structure":
            title = html.escape(_titled(p, c.lang))
            out.append(f'<h{min(p.depth + 3, 6)} class="{cls}" id="{anchor}">{title}{note}</h{min(p.depth + 3, 6)}>')
            continue
        body = (html.escape(_unknown(c.lang)) if p.status == "unknown"
                else html.escape(_expired(c.lang, p.last_day)) if p.status == "expired"
                else html.escape(p.text or "").replace("\n", "<br>")) + note
        out.append(f'<p class="{cls}" id="{anchor}" data-unit="{html.escape(p.unit, quote=True)}">'
                   f'<span class="num">{html.escape(_number(p, c.lang)).replace(chr(10), "<br>")}</span>{body}</p>')
    return "\n".join(out)
