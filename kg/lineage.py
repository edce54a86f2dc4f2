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
import heapq
import itertools
from dataclasses import dataclass

import pyoxigraph as ox

from .iri import Minter
from .rdf import A, _date, _int, kzl
from .store import GraphStore
from .vocab import KZL, PROV, sparql_prefixes

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


def _originals(store: GraphStore):
    """(unit, Change) for every unit's own text, sorted by unit."""
    for row in store.query(sparql_prefixes() + _ORIGINAL + " ORDER BY STR(?u)"):
        start = _v(row["from"])
        yield row["u"].value, Change(None, "Original", row["text"].value, None, None, start,
                                     start or _v(row["signed"]) or "0000", _lang(row["text"]))


def _changed(store: GraphStore):
    """(unit, Change) for every change of a unit, sorted by unit."""
    for row in store.query(sparql_prefixes() + _CHANGES + " ORDER BY STR(?u)"):
        start = _v(row["from"])
        yield row["u"].value, Change(
            row["m"].value, row["effect"].value.rsplit("#", 1)[-1], _v(row["new"]), _v(row["old"]),
            _v(row["neww"]), start, start or _v(row["signed"]) or "9999", _lang(row["new"] or row["old"]))


XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"


def _version_quads(unit: str, changes: list[Change], minter: Minter, graph: ox.NamedNode) -> list[ox.Quad]:
    out = []
    for seq, (c, text, valid_to) in enumerate(chain(_published_text_after_notes(changes)), 1):
        v = ox.NamedNode(minter.child(unit, "version", c.amendment or "original"))
        out += [ox.Quad(v, A, kzl("Version"), graph), ox.Quad(v, kzl("versionOf"), ox.NamedNode(unit), graph),
                ox.Quad(v, kzl("sequence"), _int(seq), graph)]
        if text:
            out.append(ox.Quad(v, kzl("text"), ox.Literal(text, language=c.lang), graph))
        if c.start:
            out.append(ox.Quad(v, kzl("validFrom"), _date(c.start), graph))
        else:
            out.append(ox.Quad(v, kzl("validFromUnknown"), ox.Literal("true", datatype=ox.NamedNode(XSD_BOOLEAN)), graph))
        if valid_to:
            out.append(ox.Quad(v, kzl("validTo"), _date(valid_to), graph))
        if c.amendment:
            out.append(ox.Quad(v, ox.NamedNode(PROV + "wasGeneratedBy"), ox.NamedNode(c.amendment), graph))
    return out


def rebuild_versions(store: GraphStore, minter: Minter, batch: int = 50_000) -> int:
    """Recompute the lineage graph from the store; returns the number of versions.

    Original texts and changes come from the store as two streams sorted by unit and
    are merged, so memory holds one unit's changes and one batch of quads at a time.
    """
    graph = ox.NamedNode(minter.graph("lineage"))
    store.replace_graph(graph.value, [], bulk=True)
    pending: list[ox.Quad] = []
    count = 0
    stream = heapq.merge(_originals(store), _changed(store), key=lambda t: t[0])
    for unit, group in itertools.groupby(stream, key=lambda t: t[0]):
        quads = _version_quads(unit, [c for _, c in group], minter, graph)
        count += sum(1 for q in quads if q.predicate.value == KZL + "versionOf")
        pending += quads
        if len(pending) >= batch:
            store.store.bulk_extend(pending)
            pending = []
    if pending:
        store.store.bulk_extend(pending)
    return count
