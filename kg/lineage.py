"""Stage 6 — lineage: the chain of versions of every unit, computed across documents.

Reads: amendments and unit texts from the store (all source graphs). Writes: the
``graph/lineage`` named graph of :class:`kzl:Version` nodes — text, valid from,
valid to, the amendment that produced it — replaced whole at every build.

A version starts on the day its amending act enters into force. When the corpus
cannot tell that day (in force "ten days after first official publication", no
publication date), the version says so (``kzl:validFromUnknown true``) and has no
``kzl:validFrom``; it is ordered by the amending act's signing date.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

import pyoxigraph as ox

from .iri import Minter
from .rdf import A, _date, _int, kzl
from .store import GraphStore
from .vocab import PROV, sparql_prefixes

__all__ = ["rebuild_versions", "Change", "chain"]


@dataclass(frozen=True)
class Change:
    amendment: str | None  # None: the unit's original text
    effect: str
    text: str | None
    old: str | None
    new: str | None
    start: str | None  # ISO date it takes effect, when known
    order: str  # sort key: start date, else the amending act's signing date
    lang: str = "kk"


_ORIGINAL = """
SELECT ?u ?text ?from ?signed WHERE {
  GRAPH ?g { ?g kzl:describes ?act . ?u kzl:text ?text ; eli:is_part_of+ ?act . }
  OPTIONAL { ?act eli:first_date_entry_in_force ?from }
  OPTIONAL { ?act eli:date_document ?signed }
}"""

# changes of a unit: its own amendments, word-level changes of an ancestor, and the text an
# ancestor's substitution or insertion gives it (read from the same source graph)
_CHANGES = """
SELECT DISTINCT ?m ?u ?effect ?new ?old ?neww ?from ?signed WHERE {
  { ?m a kzl:Amendment ; kzl:target ?u ; kzl:effect ?effect . ?u a eli:LegalResourceSubdivision .
    OPTIONAL { ?m kzl:newText ?new } }
  UNION
  { ?m a kzl:Amendment ; kzl:target ?t ; kzl:effect ?effect . FILTER(?effect IN (kzl:WordReplacement, kzl:Deletion))
    ?t a eli:LegalResourceSubdivision . ?u eli:is_part_of+ ?t . ?u kzl:text ?any }
  UNION
  { GRAPH ?g { ?m a kzl:Amendment ; kzl:target ?t ; kzl:effect ?effect .
               FILTER(?effect IN (kzl:Substitution, kzl:Insertion)) ?u eli:is_part_of+ ?t ; kzl:text ?new } }
  ?m kzl:amendingAct ?a .
  OPTIONAL { ?m kzl:oldWords ?old } OPTIONAL { ?m kzl:newWords ?neww }
  OPTIONAL { ?a eli:first_date_entry_in_force ?from } OPTIONAL { ?a eli:date_document ?signed }
}"""


def _v(term) -> str | None:
    return term.value if term is not None else None


def _lang(term) -> str:
    return getattr(term, "language", None) or "kk"


def chain(changes: list[Change]) -> list[tuple[Change, str | None, str | None]]:
    """Apply changes in date order: (change, resulting text, valid-to date) for each version."""
    out: list[list] = []
    text: str | None = None
    for c in sorted(changes, key=lambda c: (c.order, c.amendment is not None, c.amendment or "")):
        if c.effect in ("Substitution", "Insertion", "Original"):
            text = c.text
        elif c.effect == "WordReplacement" and text and c.old and c.old in text:
            text = text.replace(c.old, c.new or "")
        elif c.effect == "Deletion" and c.old and text and c.old in text:
            text = " ".join(text.replace(c.old, "").split(" "))
        elif c.effect == "Deletion":
            if out and c.start:
                out[-1][2] = _day_before(c.start)
            text = None
            continue
        else:
            continue
        if out and c.start and out[-1][2] is None:
            out[-1][2] = _day_before(c.start)
        out.append([c, text, None])
    return [tuple(v) for v in out]


def _published_text_after_notes(changes: list[Change]) -> list[Change]:
    """A consolidated text shows a unit as the last noted change left it.

    "Ескерту. 6-тармақ жаңа редакцияда - ... № 22 бұйрығымен": the text printed above the
    note is the version order 22 produced; the wording before it is not in the corpus.
    """
    original = next((c for c in changes if c.amendment is None), None)
    noted = [c for c in changes if c.amendment and c.text is None and c.effect in ("Substitution", "Insertion")]
    if original is None or not noted:
        return changes
    last = max(noted, key=lambda c: (c.order, c.amendment))
    out = []
    for c in changes:
        if c is original:
            c = Change(None, "Original", None, None, None, c.start, c.order, c.lang)
        elif c is last:
            c = Change(c.amendment, c.effect, original.text, None, None, c.start, c.order, original.lang)
        out.append(c)
    return out


def _day_before(iso: str) -> str:
    return (dt.date.fromisoformat(iso) - dt.timedelta(days=1)).isoformat()


def rebuild_versions(store: GraphStore, minter: Minter) -> int:
    """Recompute the lineage graph from the store; returns the number of versions."""
    per_unit: dict[str, list[Change]] = defaultdict(list)
    prefixes = sparql_prefixes()
    for row in store.query(prefixes + _ORIGINAL):
        start = _v(row["from"])
        per_unit[row["u"].value].append(Change(None, "Original", row["text"].value, None, None, start,
                                               start or _v(row["signed"]) or "0000", _lang(row["text"])))
    for row in store.query(prefixes + _CHANGES):
        start = _v(row["from"])
        per_unit[row["u"].value].append(Change(
            row["m"].value, row["effect"].value.rsplit("#", 1)[-1], _v(row["new"]), _v(row["old"]), _v(row["neww"]),
            start, start or _v(row["signed"]) or "9999", _lang(row["new"] or row["old"])))
    for unit, changes in per_unit.items():
        per_unit[unit] = _published_text_after_notes(changes)
    graph = ox.NamedNode(minter.graph("lineage"))
    quads: list[ox.Quad] = []
    count = 0
    for unit, changes in sorted(per_unit.items()):
        for seq, (c, text, valid_to) in enumerate(chain(changes), 1):
            v = ox.NamedNode(minter.child(unit, "version", c.amendment or "original"))
            add = lambda p, o: quads.append(ox.Quad(v, p, o, graph))  # noqa: E731
            add(A, kzl("Version"))
            add(kzl("versionOf"), ox.NamedNode(unit))
            add(kzl("sequence"), _int(seq))
            if text:
                add(kzl("text"), ox.Literal(text, language=c.lang))
            if c.start:
                add(kzl("validFrom"), _date(c.start))
            else:
                add(kzl("validFromUnknown"), ox.Literal("true", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")))
            if valid_to:
                add(kzl("validTo"), _date(valid_to))
            if c.amendment:
                add(ox.NamedNode(PROV + "wasGeneratedBy"), ox.NamedNode(c.amendment))
            count += 1
    store.replace_graph(graph.value, quads)
    return count
