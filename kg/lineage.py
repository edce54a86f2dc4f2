"""Stage 6 — lineage: the chain of versions of every unit, computed across documents.

Reads: amendments and unit texts from the store (all source graphs). Writes: the
``graph/lineage`` named graph of :class:`kzl:Version` nodes — text, valid from,
valid to, the amendment that produced it — replaced whole at every build.

A version starts on the day its amending act enters into force (or the day a history note gives
that change: "(01.04.2022 бастап қолданысқа енгізіледі)", ``kzl:since``). When the corpus
cannot tell that day (in force "ten days after first official publication", no
publication date), the version says so (``kzl:validFromUnknown true``) and has no
``kzl:validFrom``; it is ordered by the amending act's signing date.
"""
from __future__ import annotations

import itertools
import pickle
import re
import tempfile
import zlib
from dataclasses import dataclass, replace
from pathlib import Path

import pyoxigraph as ox

from .effects import ORIGINAL, effect, names_where
from .iri import Minter
from .rdf import DCT_LANGUAGE, A, date_literal, day_before, int_literal, kzl
from .store import GraphStore
from .vocab import KZL, PROV, sparql_prefixes

__all__ = ["rebuild_versions", "update_versions", "Touched", "Change", "chain"]

PART_GRAPHS = 5_000  # source graphs a part of the lineage pass groups in memory at a time (see _by_unit)
LINEAGE_BATCH = 25_000  # quads of versions (and their default-graph copies) the loader takes at a time: at 10,000
# documents the pass peaks ~80 MB lower than with 100,000, in the same time (the store's caches are the rest)


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
    edition: str = ""  # an original's: the day its source is the act as of (meta.yaml's version_date), when given
    signed: str = ""  # a change's: the day its amending act was signed, when known
    # an insertion into the unit's wording: the words its text goes after, or how it goes at the end ("paragraph",
    # "words"; kzl:afterWords, kzl:appendedAs)
    after: str | None = None
    appended: str | None = None
    before: str | None = None  # (… or the words its text goes before, kzl:beforeWords)
    instructed: bool = False  # a change of no stated wording an instruction of its act makes, not a note of the text


_ORIGINAL = """
SELECT ?u ?text ?act ?g WHERE {
  GRAPH ?g { ?g kzl:describes ?act . ?u kzl:text ?text ; eli:is_part_of+ ?act . }
}"""
# the wordings of earlier editions read from the corpus's history (kg/editions.py), asked apart: most stores have none
_EDITION_TEXTS = _ORIGINAL.replace("kzl:text", "kzl:editionText")
# the day each source is its act as of (the eli:version_date of the expression its file embodies: a graph dates the
# act's other language text too, from the same requisites), asked apart from the rows
_EDITIONS = """SELECT ?g (MAX(?day) AS ?d) WHERE { VALUES ?g { %s }
  GRAPH ?g { ?f kzl:sourceGraph ?g ; eli:embodies ?e . ?e eli:version_date ?day } } GROUP BY ?g"""
_ALL_EDITIONS = """SELECT ?g (MAX(?day) AS ?d) WHERE {
  GRAPH ?g { ?f kzl:sourceGraph ?g ; eli:embodies ?e . ?e eli:version_date ?day } } GROUP BY ?g"""
# an act's dates, joined to the rows in Python (as OPTIONALs of the row queries they cost more than
# the rest of those queries: 2.2 s against 0.8 for the originals at 10,000 documents)
_DATES = """SELECT ?act ?from ?signed WHERE { VALUES ?act { %s }
  OPTIONAL { ?act eli:first_date_entry_in_force ?from } OPTIONAL { ?act eli:date_document ?signed } }"""

# changes of a unit: its own amendments, word-level changes of an ancestor, and the text an
# ancestor's substitution or insertion gives it (read from the same source graph; an ancestor's change
# a note records with no wording, a Modification, changes the unit too: its text there is the published one). UNITS is
# empty or a VALUES block of units; the pattern order is the one Oxigraph evaluates fast with
# it (with `?m a kzl:Amendment` in the GRAPH branch, 100 acts took 15 s instead of 30 ms).
_CHANGES = """
SELECT DISTINCT ?m ?u ?effect ?new ?old ?neww ?it ?a WHERE {
  { UNITS ?m kzl:target ?u ; a kzl:Amendment ; kzl:effect ?effect . ?u a eli:LegalResourceSubdivision .
    OPTIONAL { ?m kzl:newText ?new } }
  UNION
  { UNITS ANCESTOR_WORDS }
  UNION
  { UNITS GRAPH ?g { ANCESTOR_TEXT } }
  ?m kzl:amendingAct ?a .
  OPTIONAL { ?m kzl:oldWords ?old } OPTIONAL { ?m kzl:newWords ?neww } OPTIONAL { ?m kzl:instructionText|(kzl:instruction/kzl:instructionText) ?it }
}"""
# the last day an act (or a unit) is in force, where the store knows it: its own eli:date_no_longer_in_force (an expiry,
# a repeal whose order's entry into force is known), else the day before a repeal takes effect (the day the requisites
# give it, its order's entry into force); a unit's last version ends there
_ENDS = """SELECT ?x ?last ?stop WHERE {
  { ?x eli:date_no_longer_in_force ?last }
  UNION { ?x eli:repealed_by/eli:first_date_entry_in_force ?stop }
  UNION { ?m kzl:target ?x ; kzl:effect kzl:Repeal ; kzl:since ?stop } }"""
# the days history notes give their changes (kzl:since: few amendments have one), joined in Python: as an
# OPTIONAL of every change row the full pass held ~150 MB more at 10,000 documents
_SINCE = "SELECT ?m ?since WHERE { ?m kzl:since ?since }"
# the day a unit comes into force after its act, where a rule or a note of the act says so ("… за исключением подпункта
# 3) пункта 1 настоящего приказа, который вводится в действие с 1 июля 2026 года"): its first wording starts there
_STARTS = """SELECT ?x ?since WHERE { ?m kzl:effect kzl:EntryIntoForce ; kzl:target ?x ; kzl:since ?since .
  ?x a eli:LegalResourceSubdivision }"""
# the one language text a change touched, where its note says the other's is unchanged (fewer still): the change
# belongs to that language's chain alone
_TEXT_LANGUAGE = "SELECT ?m ?lang WHERE { ?m kzl:textLanguage ?lang }"
# the changes of no stated wording instructions make (few: a sentence rewritten, "в абзаце втором первое предложение
# изложить …"), not notes of the text: the published text is after one only when its source is as of a later day
# (the effects bound first: a FILTER after ?m kzl:effect ?effect walked every amendment)
_INSTRUCTED = "SELECT ?m WHERE { VALUES ?effect { %s } ?m kzl:effect ?effect ; kzl:instruction ?i }" % " ".join(
    f"kzl:{n}" for n in names_where(lineage="changed"))
# the insertions into a unit's wording (few): the words their text goes after, or how it goes at the end
_ADDED = """SELECT ?m ?after ?before ?as WHERE {
  { ?m kzl:afterWords ?after } UNION { ?m kzl:beforeWords ?before } UNION { ?m kzl:appendedAs ?as } }"""
# the two branches that reach a unit through its ancestors: from the units when they are given (a few
# acts' units), from the amendments when all are asked (the other order walks every unit's ancestors:
# 3.6 s against 1.2 s at 10,000 documents)
_ANCESTOR_WORDS = {True: """?u kzl:text ?any ; eli:is_part_of+ ?t . ?t a eli:LegalResourceSubdivision .
    ?m kzl:target ?t ; a kzl:Amendment ; kzl:effect ?effect . FILTER(?effect IN (WORD_EFFECTS))""",
                   False: """?m kzl:effect ?effect . FILTER(?effect IN (WORD_EFFECTS)) ?m kzl:target ?t ; a kzl:Amendment .
    ?t a eli:LegalResourceSubdivision . ?u eli:is_part_of+ ?t . ?u kzl:text ?any"""}
# (a change noted with no wording of a division reaches its units only from a history note: an amending act's
# instruction not read, naming a division, says nothing of the units it quotes elsewhere)
_ANCESTOR_TEXT = {True: """?u kzl:text ?new . ?u eli:is_part_of+ ?t . ?m kzl:target ?t . ?m kzl:effect ?effect .
                     FILTER(?effect IN (TEXT_EFFECTS) || ?effect IN (CHANGED_EFFECTS) && EXISTS { ?m kzl:fromNote true })""",
                  False: """?m kzl:effect ?effect .
                     FILTER(?effect IN (TEXT_EFFECTS) || ?effect IN (CHANGED_EFFECTS) && EXISTS { ?m kzl:fromNote true })
                     ?m kzl:target ?t . ?u eli:is_part_of+ ?t . ?u kzl:text ?new"""}


# the changes query by whether units are given (UNITS: empty, or their VALUES block). The full pass
# drops DISTINCT (_by_unit drops a change met twice): at 100,000 documents Oxigraph's DISTINCT held
# ~160 MB of rows, all distinct already, and took 5 s more
_CHANGES_QUERY = {given: _CHANGES.replace("SELECT DISTINCT", "SELECT DISTINCT" if given else "SELECT")
                  .replace("ANCESTOR_WORDS", _ANCESTOR_WORDS[given])
                  .replace("ANCESTOR_TEXT", _ANCESTOR_TEXT[given])
                  .replace("WORD_EFFECTS", ", ".join(f"kzl:{n}" for n in names_where(words=1) + names_where(words=2)))
                  .replace("TEXT_EFFECTS", ", ".join(f"kzl:{n}" for n in names_where(gives_text=True)))
                  .replace("CHANGED_EFFECTS", ", ".join(f"kzl:{n}" for n in names_where(lineage="changed")))
                  for given in (True, False)}


def _iris(values) -> str:
    """IRIs written for a VALUES block."""
    return " ".join(f"<{v}>" for v in values)


def _v(term) -> str | None:
    return term.value if term is not None else None


def _lang(term, default: str | None = "kk") -> str | None:
    return getattr(term, "language", None) or default


def chain(changes: list[Change]) -> list[tuple[Change, str | None, str | None]]:
    """Apply changes in date order: (change, resulting text, valid-to date) for each version."""
    out: list[list] = []
    text: str | None = None
    for c in sorted(changes, key=lambda c: (c.order, c.amendment is not None, c.amendment or "")):
        how = "text" if c.effect == ORIGINAL else effect(c.effect).lineage
        if how == "text" and (c.after or c.before or c.appended) and c.text:
            # words added to the wording, not a new one: the wording with them, unknown where the wording before is
            text = _added(text, c.text, c.after, c.appended, c.before) if text is not None else None
        elif how in ("text", "changed"):  # a new wording: the text the change gives, None where it is not known
            text = c.text
        elif how == "replace-words" and text and c.old and c.old in text:
            after = _replaced(text, c.old, c.new or "")
            if after == text:
                continue  # every old word stands inside the new ones: replaced already
            text = after
        elif how == "delete" and c.old and text and c.old in text:
            text = re.sub(r"(?<=\S) {2,}(?=\S)", " ", text.replace(c.old, "")).strip(" ")  # no double space left
        elif how == "delete" and c.old:  # words struck out of a text not known here: the unit stays, its text unknown
            text = None
        elif how == "delete":
            if out and c.start:
                out[-1][2] = day_before(c.start)
            text = None
            continue
        else:
            continue
        if out and c.start and out[-1][2] is None:
            out[-1][2] = day_before(c.start)
        out.append([c, text, None])
    return [tuple(v) for v in out]


def _added(text: str, words: str, after: str | None, how: str | None, before: str | None = None) -> str | None:
    """`text` with the `words` an insertion adds: after each place of the words `after` (before each of `before`), or at
    its end (`how`:
    "paragraph", a paragraph of their own, as a text of several paragraphs is; "words", after its last word, before its
    closing point); `text` as it is where it holds them there already (a consolidated wording, the change made), None
    where `after` (`before`) is not in it.

    >>> _added("Заявление подается в срок.", "не позднее", "в срок", None)
    'Заявление подается в срок не позднее.'
    >>> _added("Право имеют граждане.", ", а также иные лица", None, "words")
    'Право имеют граждане, а также иные лица.'
    >>> _added("Первый абзац.", "Новый абзац.", None, "paragraph")
    'Первый абзац.\\nНовый абзац.'
    >>> _added("Право имеют граждане, а также иные лица.", ", а также иные лица", None, "words")  # (made already)
    'Право имеют граждане, а также иные лица.'
    >>> _added("Право имеют лица.", "иные", None, None, "лица")
    'Право имеют иные лица.'
    """
    joint = "" if words[:1] in ",.;:)" else " "
    if after is not None or before is not None:  # (each place of the words named gains them, once)
        anchor = after if after is not None else before
        placed = anchor + joint + words if after is not None else words + " " + before
        if placed in text:
            return text
        return text.replace(anchor, placed) if anchor in text else None
    if text.rstrip(".;: ").endswith(words.rstrip(".;: ")):
        return text
    if how == "paragraph" or "\n" in words:  # (a text of paragraphs added, "дополнить текстом": paragraphs)
        return text + "\n" + words
    closing = text[-1:] if text[-1:] in ".;:" and words[-1:] not in ".;:" else ""
    return text[:len(text) - len(closing)].rstrip() + joint + words + closing


def _replaced(text: str, old: str, new: str) -> str:
    """`text` with `old` words replaced by `new`, but for those that stand inside the new words already: "опубликование"
    to "официальное опубликование" leaves "официальное опубликование" as it is."""
    if new and old in new:
        return new.join(part.replace(old, new) for part in text.split(new))
    return text.replace(old, new)


def _published_text_after_notes(changes: list[Change]) -> list[Change]:
    """A consolidated text shows a unit as the last noted change left it.

    "Ескерту. 6-тармақ жаңа редакцияда - ... № 22 бұйрығымен": the text printed above the
    note is the version order 22 produced; the wording before it is not in the corpus. So with
    changes noted later ("с изменениями, внесенными приказом … № 334": a new wording not stated):
    the text is the last one's, each wording before it unknown. A unit of a division rewritten
    whole ("Правила в редакции приказа … № 221") reads its text from the same published text:
    that is the division's rewriting's wording only when no change of the unit came after it,
    and never the unit's original one. A unit whose first noted change inserted it had no
    wording before: it gets no original version.
    """
    original = next((c for c in changes if c.amendment is None), None)
    if original is None:
        return changes

    def noted(c: Change) -> bool:  # a new wording the published text records, not quotes
        # (not an instruction's, signed after the day the source is the act as of: that text is the wording before
        # it, "в абзаце втором первое предложение изложить …" of an act whose text is its first)
        return bool(c.amendment) and effect(c.effect).lineage in ("text", "changed") \
            and (c.text is None or c.text == original.text) \
            and not (c.instructed and original.edition and c.signed and c.signed > original.edition)

    marked = [c for c in changes if noted(c)]
    if not marked:
        return _before_words_replaced(changes, original)
    last = max(marked, key=lambda c: (c.order, c.amendment))
    first = min(marked, key=lambda c: (c.order, c.amendment))
    out = []
    for c in changes:
        if c is original and first.effect == "Insertion":
            continue
        if c is original:
            c = Change(None, ORIGINAL, None, None, None, c.start, c.order, c.lang)
        elif c is last:
            c = replace(c, text=original.text, old=None, new=None, lang=original.lang)
        elif noted(c) and c.text is not None:  # the published text read for an earlier rewriting: not its wording
            c = replace(c, text=None)
        out.append(c)
    return _before_words_replaced(out, next(c for c in out if c.amendment == last.amendment and c.effect == last.effect))


def _before_words_replaced(changes: list[Change], published: Change) -> list[Change]:
    """A consolidated text shows a unit after the words a later change replaced in it ("По всему тексту слова
    «оралманов» заменить словами «кандасов»"): `published`, the change whose text is the published one, had the old
    words where the text now has the new ones, so each replacement after it gives its new words back their old, the
    latest first, where they stand as whole words. chain() then makes them again, and the replacement is a version
    of its own. A replacement whose old words the published text still holds (an original text, amended by a later
    act's own words) is left to chain(), which applies it."""
    text = published.text
    words = [c for c in changes if c.amendment and effect(c.effect).lineage == "replace-words" and c.old and c.new
             and (published.amendment is None or (c.order, c.amendment) > (published.order, published.amendment))]
    if not text or not words:
        return changes
    olds: dict[tuple, set] = {}  # the old words each act's new words replaced: two are no one wording to give back
    for c in words:  # ("опубликование официальных", "опубликование официального" both "официальное опубликование")
        olds.setdefault((_act_of(c), c.new), set()).add(c.old)
    words = [c for c in words if len(olds[(_act_of(c), c.new)]) == 1]
    before = text
    for c in sorted(words, key=lambda c: (c.order, c.amendment), reverse=True):
        whole = re.compile(rf"(?<!\w){re.escape(c.new)}(?!\w)")  # a word inflected otherwise ("планы" for "план") is
        # left: its old form is not known. The published text decides: the old words are not in it (but inside new
        # ones: "Департамента" in "Департамента юстиции")
        if whole.search(text) and c.old not in whole.sub(" ", text):
            before = whole.sub(lambda _: c.old, before)
    if before == text:
        return changes
    return [replace(c, text=before) if c is published else c for c in changes]


def _act_of(c: Change) -> str | None:
    """The amending act of a change (its amendment's IRI extends the act's); None for an original text."""
    return c.amendment.rsplit("/amendment/", 1)[0] if c.amendment else None


def _act_dates(store: GraphStore, acts: set[str] | None = None, chunk: int = 1000) -> dict[str, list[tuple]]:
    """(entry into force, signing date) pairs of each of `acts` (every act of the store for None), as
    two OPTIONALs would join them to a row: every pair of their values, None for a missing one."""
    found: dict[str, tuple[list, list]] = {}
    if acts is None:  # two scans of the store, a row per value
        for i, prop in enumerate(("first_date_entry_in_force", "date_document")):
            for row in store.query(sparql_prefixes() + f"SELECT ?act ?d WHERE {{ ?act eli:{prop} ?d }}"):
                found.setdefault(row["act"].value, ([], []))[i].append(row["d"].value)
    else:
        ordered = sorted(acts)
        for i in range(0, len(ordered), chunk):
            for row in store.query(sparql_prefixes() + _DATES % _iris(ordered[i:i + chunk])):
                starts, signed = found.setdefault(row["act"].value, ([], []))
                for values, term in ((starts, row["from"]), (signed, row["signed"])):
                    if term is not None and term.value not in values:
                        values.append(term.value)
    return {act: [(f, s) for f in starts or [None] for s in signed or [None]]
            for act, (starts, signed) in found.items()}


def _originals(store: GraphStore, restrict: str = "", dates: dict | None = None):
    """(unit, Change) for every unit's own text, in the engine's order. With `dates` (every act's,
    see _act_dates) rows are streamed; without, they are read first to ask their acts' dates and
    their sources' editions."""
    rows = ((row["u"].value, row["text"], row["act"].value, row["g"].value)
            for query in (_ORIGINAL, _EDITION_TEXTS)
            for row in store.query(sparql_prefixes() + query.replace("WHERE {", "WHERE { " + restrict, 1)))
    if dates is None:
        rows = list(rows)
        dates = _act_dates(store, {act for _, _, act, _ in rows})
        editions = _editions(store, {g for _, _, _, g in rows})
    else:
        editions = _editions(store)
    own = _starts(store)
    for unit, text, act, g in rows:
        for start, signed in dates.get(act, [(None, None)]):
            if own:  # (a unit coming into force on a day of its own, or under an ancestor that does)
                start = _nearest(unit, own) or start
            yield unit, Change(None, ORIGINAL, text.value, None, None, start, start or signed or "0000", _lang(text),
                               editions.get(g, ""))


def _starts(store: GraphStore) -> dict[str, str]:
    """{unit: the day it comes into force on its own, apart from its act's} (see _STARTS): the latest the store
    gives."""
    starts: dict[str, str] = {}
    for row in store.query(sparql_prefixes() + _STARTS):
        x, day = row["x"].value, row["since"].value
        if day > starts.get(x, ""):
            starts[x] = day
    return starts


def _editions(store: GraphStore, graphs: set[str] | None = None, chunk: int = 1000) -> dict[str, str]:
    """{source graph: the day it is its act as of} for `graphs` (every source's when None)."""
    if graphs is None:
        return {row["g"].value: row["d"].value for row in store.query(sparql_prefixes() + _ALL_EDITIONS)}
    graphs, found = sorted(graphs), {}
    for i in range(0, len(graphs), chunk):
        for row in store.query(sparql_prefixes() + _EDITIONS % _iris(graphs[i:i + chunk])):
            found[row["g"].value] = row["d"].value
    return found


def _changed(store: GraphStore, units: list[str] | None = None, dates: dict | None = None):
    """(unit, Change) for every change of a unit (of `units`), in the engine's order (`dates` as for
    _originals). A change met twice (an amendment with two amending acts of the same dates) is
    dropped by _by_unit."""
    values = "VALUES ?u { " + _iris(units) + " }" if units is not None else ""
    since = {row["m"].value: row["since"].value for row in store.query(sparql_prefixes() + _SINCE)}
    only = {row["m"].value: row["lang"].value for row in store.query(sparql_prefixes() + _TEXT_LANGUAGE)}
    instructed = {row["m"].value for row in store.query(sparql_prefixes() + _INSTRUCTED)}
    added: dict[str, tuple[str | None, str | None, str | None]] = {}
    for row in store.query(sparql_prefixes() + _ADDED):
        after, how, before = added.get(row["m"].value, (None, None, None))
        added[row["m"].value] = (_v(row["after"]) or after, _v(row["as"]) or how, _v(row["before"]) or before)
    rows = iter(store.query(sparql_prefixes() + _CHANGES_QUERY[units is not None].replace("UNITS", values)))
    if dates is None:
        rows = list(rows)
        dates = _act_dates(store, {row["a"].value for row in rows})
    for row in rows:
        lang = _lang(row["new"] or row["old"] or row["it"], None)
        if (one := only.get(row["m"].value)) is not None:
            if lang not in (None, one):  # a Russian note of a change to the Kazakh text alone: no Russian version
                continue
            lang = one
        put = added.get(row["m"].value, (None, None, None))
        for start, signed in dates.get(row["a"].value, [(None, None)]):
            start = since.get(row["m"].value) or start  # the day the note gives this change, else its act's
            yield row["u"].value, Change(
                row["m"].value, row["effect"].value.rsplit("#", 1)[-1], _v(row["new"]), _v(row["old"]),
                _v(row["neww"]), start, start or signed or "9999", lang, signed=signed or "",
                after=put[0], appended=put[1], before=put[2], instructed=row["m"].value in instructed)


def _ends(store: GraphStore) -> dict[str, str]:
    """{act or unit: the last day it is in force} (see _ENDS): the earliest the store gives."""
    ends: dict[str, str] = {}
    for row in store.query(sparql_prefixes() + _ENDS):
        day = row["last"].value if row["last"] is not None else day_before(row["stop"].value)
        x = row["x"].value
        if x not in ends or day < ends[x]:
            ends[x] = day
    return ends


def _nearest(unit: str, days: dict[str, str]) -> str | None:
    """The day `days` gives `unit` (the last it is in force, the first): its own, else its nearest ancestor's (a unit's
    IRI extends its parents' and its act's)."""
    at = len(unit)
    while at > 0:
        if unit[:at] in days:
            return days[unit[:at]]
        at = unit.rfind("/", 0, at)
    return None


XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"


def _version_triples(unit: str, changes: list[Change], minter: Minter, end: str | None = None) -> list[tuple]:
    """The versions of a unit: one chain per language of its texts (the kk and ru texts of one act are
    two expressions of it; an amending text in one language changes that language's chain); `end`: the unit's last
    day in force (its act repealed), where its last version ends."""
    langs = sorted({c.lang for c in changes if c.lang}) or ["kk"]
    changes, older = _one_per_act(changes)
    out = []
    for lang in langs:
        out += _chain_triples(unit, [c for c in changes if c.lang in (lang, None)], minter, lang,
                              [c for c in older if c.lang == lang], end)
    return out


def _one_per_act(changes: list[Change]) -> tuple[list[Change], list[Change]]:
    """One change per amending act, effect and language (and pair of words: an act replacing several words in one
    unit makes a change of each): a note on a point and a note on its appendix ("Қосымша жаңа редакцияда") by the
    same order record one new wording of the point, not two. The
    point's own event (no text of its own: the published text is its result) is kept. The act's own
    text read from two sources (an act in two folders) is one original, not two: where their wordings
    differ, the newer edition's (its source's version date; validation warns of the unit, OneWordingShape);
    the older editions' wordings are returned apart (they tell the text of an earlier version)."""
    kept: dict[tuple, Change] = {}
    older: list[Change] = []
    for c in sorted(changes, key=lambda c: (c.text is not None, c.amendment or "")):
        act = _act_of(c)
        if not act and c.effect == ORIGINAL and c.text:
            key = (c.effect, c.lang, c.start, c.order)
            held = kept.get(key)
            if held is None or (c.edition, c.text) > (held.edition, held.text):
                kept[key] = c
                c = held
            if c is not None and c.edition and c.text != kept[key].text:
                older.append(c)
            continue
        key = (act, c.effect, c.lang, c.start, c.old, c.new) if act else (id(c),)  # a pair of words each
        held = kept.setdefault(key, c)
        if held.text is None and c.text is not None:
            # the wording the amending act's own text gives the change its note records (the Tax Committee's changes
            # of 1997, "пункт 5 изложить в следующей редакции: …", beside the instruction's "Пункт 5 - в новой
            # редакции согласно приказу … N 322"): the event stays the note's, its text is that wording
            kept[key] = replace(held, text=c.text)
    return list(kept.values()), older


def _from_editions(versions: list, older: list[Change]) -> list:
    """Versions whose text the published (newest) text does not give, given by an older edition: an edition of day D
    shows each unit as the last change signed by D left it (the original, when none was), so the version that
    change made has that edition's wording. A version whose text is known keeps it."""
    out = [list(v) for v in versions]
    for e in sorted(older, key=lambda c: c.edition):
        at = None
        for i, (c, _, _) in enumerate(out):
            if c.amendment is None or (c.signed and c.signed <= e.edition):
                at = i
        if at is not None and out[at][1] is None:
            out[at][1] = e.text
    return [tuple(v) for v in out]


def _chain_triples(unit: str, changes: list[Change], minter: Minter, lang: str, older: list[Change] = (),
                   end: str | None = None) -> list[tuple]:
    out = []
    versions = chain(_published_text_after_notes(changes))
    if older:
        versions = _from_editions(versions, older)
    if end and versions and versions[-1][2] is None and (versions[-1][0].start or "") <= end:
        versions[-1] = versions[-1][:2] + (end,)  # in force to the act's end (a version begun after it: left open)
    for seq, (c, text, valid_to) in enumerate(versions, 1):
        v = ox.NamedNode(minter.child(unit, "version", c.amendment or "original", lang))
        out += [(v, A, kzl("Version")), (v, kzl("versionOf"), ox.NamedNode(unit)), (v, kzl("sequence"), int_literal(seq)),
                (v, DCT_LANGUAGE, ox.Literal(lang))]  # the chain's language, said even where its text is not known
        if text:
            out.append((v, kzl("text"), ox.Literal(text, language=c.lang or lang)))
        if c.start:
            out.append((v, kzl("validFrom"), date_literal(c.start)))
        else:
            out.append((v, kzl("validFromUnknown"), ox.Literal("true", datatype=ox.NamedNode(XSD_BOOLEAN))))
        if valid_to:
            out.append((v, kzl("validTo"), date_literal(valid_to)))
        if c.amendment:
            out.append((v, ox.NamedNode(PROV + "wasGeneratedBy"), ox.NamedNode(c.amendment)))
    return out


def _versions(store: GraphStore, minter: Minter, acts: list[str] | None = None, units: list[str] | None = None,
              parts: int = 1):
    """(unit, its version triples) for every unit, or for the `units` of `acts`, sorted by unit."""
    restrict = ""
    if acts is not None:
        restrict = "VALUES ?act0 { " + _iris(acts) + " } ?u eli:is_part_of+ ?act0 ."
    dates = _act_dates(store) if acts is None and units is None else None  # the full pass streams its rows
    ends = _ends(store)
    rows = itertools.chain(_originals(store, restrict, dates), _changed(store, units, dates))
    for unit, changes in _by_unit(rows, parts):
        yield unit, _version_triples(unit, changes, minter, _nearest(unit, ends) if ends else None)


def _change_key(c: Change) -> tuple:
    return (c.amendment is not None, c.lang or "", c.amendment or "", c.effect, c.text or "", c.old or "")


def _by_unit(rows, parts: int):
    """(unit, its changes) sorted by unit, from rows in any order.

    Sorting is done here, not by the engine: Oxigraph's ORDER BY decodes terms for every
    comparison (110,000 rows took 20 s to sort, 1.6 s to read). With `parts` > 1 the rows are
    first spilled to that many temporary files by a hash of the unit, and each is grouped in
    turn, so memory holds one part's texts, not the whole corpus's."""
    if parts <= 1:
        groups: dict[str, list[Change]] = {}
        for unit, change in rows:
            groups.setdefault(unit, []).append(change)
        for unit in sorted(groups):
            seen: set[Change] = set()  # the same change twice (see _changed) is one; an original stays as stated
            yield unit, [c for c in sorted(groups.pop(unit), key=_change_key)
                         if c.amendment is None or not (c in seen or seen.add(c))]
        return
    with tempfile.TemporaryDirectory(prefix="kzlex-lineage-") as tmp:
        files = [open(Path(tmp) / str(i), "w+b") for i in range(parts)]
        try:
            for unit, change in rows:
                pickle.dump((unit, change), files[zlib.crc32(unit.encode()) % parts], pickle.HIGHEST_PROTOCOL)
            for fh in files:
                fh.seek(0)
                yield from _by_unit(_unpickled(fh), 1)
        finally:
            for fh in files:
                fh.close()


def _unpickled(fh):
    while True:
        try:
            yield pickle.load(fh)
        except EOFError:
            return


def rebuild_versions(store: GraphStore, minter: Minter, texts=None) -> int:
    """Recompute the whole lineage graph from the store; returns the number of versions.

    Original texts and changes come from the store unsorted and are grouped by unit in
    parts (see _by_unit), so memory holds one part's rows and one batch of triples at a time;
    `texts` (when given) hears every version that has a text, for the search index.
    """
    graph = minter.graph("lineage")
    store.drop_derived(graph)
    count = 0
    parts = max(1, len(store.graphs()) // PART_GRAPHS)
    with store.batch(limit=LINEAGE_BATCH) as out:  # written by the store's loader while the next versions are computed
        for unit, triples in _versions(store, minter, parts=parts):
            count += sum(1 for t in triples if t[1].value == KZL + "versionOf")
            if texts is not None:
                _report_texts(unit, triples, texts)
            out.add(graph, triples)  # the batch gathers them: no second list here
    return count


def _report_texts(unit: str, triples: list[tuple], texts) -> None:
    """texts(unit, text literal, valid from, valid to) for every version of `unit` that has a text."""
    versions: dict = {}
    for v, p, o in triples:
        versions.setdefault(v, {})[p.value] = o
    for facts in versions.values():
        if KZL + "text" in facts:
            start, end = facts.get(KZL + "validFrom"), facts.get(KZL + "validTo")
            texts(unit, facts[KZL + "text"], start.value if start else None, end.value if end else None)


_UNITS = "SELECT DISTINCT ?u WHERE { VALUES ?act0 { %s } ?u eli:is_part_of+ ?act0 }"
_OLD_VERSIONS = "SELECT ?v ?p ?o WHERE { VALUES ?u { %s } GRAPH <%s> { ?v kzl:versionOf ?u ; ?p ?o } }"


def update_versions(store: GraphStore, minter: Minter, acts: dict[str, set[str]], chunk: int = 100) -> int:
    """Recompute the versions of the units of `acts` only; returns the number of their versions.

    `acts` maps each act to units the changed graphs used to name under it: a unit that no
    graph names any more is no longer part of its act in the store, but its old versions
    must still go. The lineage graph is patched a chunk of acts at a time, writing only
    versions that changed, so a build that touched a few documents costs a few acts' lineage."""
    graph = minter.graph("lineage")
    count = 0
    ordered = sorted(acts)
    for i in range(0, len(ordered), chunk):
        part = ordered[i:i + chunk]
        now = [r["u"].value for r in store.query(sparql_prefixes() + _UNITS % _iris(part))]
        units = sorted(set(now).union(*(acts[a] for a in part)))
        query = _OLD_VERSIONS % (_iris(units), graph)
        old = {(r["v"], r["p"], r["o"]) for r in store.query(sparql_prefixes() + query)}
        new: set[tuple] = set()
        for _, triples in _versions(store, minter, part, sorted(now)):
            new.update(triples)
        count += sum(1 for t in new if t[1].value == KZL + "versionOf")
        if old != new:
            store.patch(graph, old - new, new - old)
    return count


_AMENDED_BY = """SELECT DISTINCT ?act WHERE { VALUES ?a { %s } ?m kzl:amendingAct ?a ; kzl:target ?t .
  ?t eli:is_part_of* ?act . ?act a eli:LegalResource }"""
_IS_PART_OF = ox.NamedNode("http://data.europa.eu/eli/ontology#is_part_of")
_TOUCHING = {KZL + "target", KZL + "describes"}


class Touched:
    """What changed graphs touch, gathered one change at a time (the triples are not kept):
    the acts they describe, amend or give unit texts of, each with the units they named under
    it, read from the graph's old and new triples, whose part-of chains reach the act."""

    def __init__(self, limit: int | None = None):
        self.acts: dict[str, set[str]] = {}
        self.described: set[str] = set()
        self.limit = limit
        self.overflow = False  # more acts than `limit`: recompute all lineage instead

    def add(self, change) -> None:
        if self.overflow:
            return
        parent: dict = {}
        nodes = set()
        for s, p, o in itertools.chain(change.old, change.new):
            if p == _IS_PART_OF:
                parent[s] = o
                nodes.add(s)
            elif p.value in _TOUCHING:
                nodes.add(o)
                if p.value == KZL + "describes":
                    self.described.add(o.value)
            elif p.value == KZL + "text":
                nodes.add(s)
        for node in nodes:
            n, seen = node, set()
            while n in parent and n not in seen:
                seen.add(n)
                n = parent[n]
            units = self.acts.setdefault(n.value, set())
            if n != node:
                units.add(node.value)
        if self.limit is not None and len(self.acts) > self.limit:
            self.overflow = True
            self.acts.clear()

    def resolve(self, store: GraphStore) -> dict[str, set[str]]:
        """The touched acts and the acts amended by the acts described (their in-force dates
        date the versions)."""
        described = sorted(self.described)
        for i in range(0, len(described), 200):
            values = _iris(described[i:i + 200])
            for r in store.query(sparql_prefixes() + _AMENDED_BY % values):
                self.acts.setdefault(r["act"].value, set())
        return self.acts
