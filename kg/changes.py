"""What changed in an act between two dates: each amendment that took effect in the span,
with the unit it changed, how, by which order, and a word-level redline of the wording
before and after (``kg changes``, the act page's changes, the ``act-changes`` query)."""
from __future__ import annotations

from dataclasses import dataclass, replace

import pyoxigraph as ox

from .consolidate import heading, load, natural_key, text_language, unit_label, version_on
from .effects import effect
from .redline import redline
from .vocab import act_by, sparql_prefixes

__all__ = ["Change", "changes_between", "describe_change"]

_AMENDMENTS = """
SELECT DISTINCT ?m ?u ?effect ?by ?byNumber ?byDate ?byKind ?from ?since ?old ?neww ?until ?interim ?only WHERE {
  ?u eli:is_part_of* ?act . ?m kzl:target ?u ; kzl:effect ?effect ; kzl:amendingAct ?by .
  OPTIONAL { ?by eli:number ?byNumber } OPTIONAL { ?by eli:date_document ?byDate }
  OPTIONAL { ?by eli:type_document ?byKind }
  OPTIONAL { ?by eli:first_date_entry_in_force ?from } OPTIONAL { ?m kzl:since ?since }
  OPTIONAL { ?m kzl:oldWords ?old } OPTIONAL { ?m kzl:newWords ?neww } OPTIONAL { ?m kzl:until ?until }
  OPTIONAL { ?m kzl:newText ?interim FILTER(?effect = kzl:Suspension) } OPTIONAL { ?m kzl:textLanguage ?only }
}"""
_LANGUAGE_NAMES = {"kk": "Kazakh", "ru": "Russian"}


@dataclass
class Change:
    amendment: str
    unit: str
    label: str  # "§ 116", "point 551", "the act"
    effect: str  # local name: Substitution, Insertion, …
    how: str  # "inserted", "rewritten", …
    by: str
    by_number: str | None
    by_date: str | None
    start: str | None  # the day it took effect (None: not known; ordered by signing)
    old: str | None  # the wording before (None: not in the corpus, or the unit is new)
    new: str | None  # the wording after (None: excluded, or not in the corpus)
    old_words: str | None = None
    new_words: str | None = None
    until: str | None = None  # a suspension's (or an expiry's) day: it lifts, or the unit applies no more after it
    stays: bool = False  # it gives no wording (a suspension, an entry into force): `new` is the wording meanwhile, if any
    by_kind: str | None = None  # the amending act's eli:type_document (kzl:ActType-decision …)
    only: str | None = None  # the one language text it changed, where its note says the other's is unchanged

    @property
    def redline(self) -> list[tuple[str, str]]:
        return redline(self.old, self.new)


def describe_change(c: Change) -> str:
    """ "§ 116 inserted by order № 207 of 2024-06-20", "point 20 suspended until 2023-01-01 by order № 576 of …" """
    until = f" until {c.until}" if c.until else ""
    only = f" (the {_LANGUAGE_NAMES.get(c.only, c.only)} text only)" if c.only else ""
    return f"{c.label} {c.how}{only}{until} by {act_by(c.by_kind, c.by_number)} of {c.by_date or '?'}"


def changes_between(store, act: str, start: str, end: str, lang: str | None = "kk",
                    units: dict | None = None) -> list[Change]:
    """Amendments of `act` (IRI) that took effect after `start` and on or before `end` (ISO dates), worded in `lang`
    (None: the language the act's text is held in). An amendment whose day of effect is unknown counts from its
    order's signing date. `units`: what load() read of the act, when the caller has it already."""
    units = units if units is not None else load(store, act)
    lang = lang or text_language(units)
    res = store.query(sparql_prefixes() + _AMENDMENTS, substitutions={ox.Variable("act"): ox.NamedNode(act)})
    found: dict[tuple, Change] = {}
    only: dict[tuple, str] = {}  # (unit, order, day): the one language text a note says that change touched
    alone: dict[tuple, Change] = {}  # the changes so recorded
    for r in res:
        took = _v(r["since"]) or _v(r["from"])  # the day its note gives the change, else its act's (as lineage)
        day = took or _v(r["byDate"])
        if day is None or not (start < day <= end):
            continue
        u, m = r["u"].value, r["m"].value
        info = units.get(u)
        label = unit_label(info["kind"], info["number"]) if info else "the act"
        if info and info["kind"] == "Paragraph" and heading(info, lang):
            label = f"{label} · {heading(info, lang)}"
        name = _v(r["effect"]).rsplit("#", 1)[-1]
        stays = effect(name).lineage == "none"
        if stays:  # its wording stays; a suspension may give the wording the unit has meanwhile
            standing = version_on([v for v in (info or {}).get("versions", ()) if v["lang"] in (lang, None)], day)
            old = standing["text"] if standing else None
            new = r["interim"].value if r["interim"] is not None and r["interim"].language in (lang, None, "") else None
        elif _v(r["only"]) not in (None, lang):  # the other language's text alone: this one's wording stays
            old = new = None
        else:
            old, new = _texts(info, m, lang)
        c = Change(m, u, label, name, effect(name).history, r["by"].value, _v(r["byNumber"]), _v(r["byDate"]),
                   took, old, new, _v(r["old"]), _v(r["neww"]), _v(r["until"]), stays, _v(r["byKind"]), _v(r["only"]))
        # one change, however many texts record it: the Kazakh and the Russian text's notes each name the change an
        # order made; the one read in `lang` (its wordings in that language's versions) stands for both
        key = (u, c.by, name, c.start, c.old_words, c.new_words)
        if c.only:  # (the other text's own note of the change, where the corpus has it, stands for it: below)
            only[(u, c.by, c.start)] = c.only
            alone.setdefault(key, c)
            continue
        if key not in found or (found[key].old is None and found[key].new is None and (old or new)) \
                or (stays and found[key].new is None and new is not None):  # (the wording meanwhile in `lang`)
            found[key] = c
    named = {(c.unit, c.by, c.start) for c in found.values()}
    out = _one_language_merged([*found.values(), *(c for c in alone.values() if (c.unit, c.by, c.start) not in named)],
                               lang, only)
    out.sort(key=lambda c: (c.start or c.by_date or "", c.by_number or "", _order_key(units, c.unit)))
    return out


def _one_language_merged(changes: list[Change], lang: str, only: dict[tuple, str]) -> list[Change]:
    """A change one language's note says touched the other language's text alone ("внесено изменение на казахском
    языке, текст на русском языке не меняется, приказом … № 660") and the same order's change of the unit that the
    other text's note records ("Бұйрықтың тақырыбы жаңа редакцияда - … № 660 бұйрығымен"): one change, the latter's
    (it names the effect; the former where the corpus has no other), of that language's text only; its wording in
    `lang` stays when that is the other."""
    out = []
    for c in changes:
        one = only.get((c.unit, c.by, c.start))
        out.append(c if one is None else replace(c, only=one) if one == lang else replace(c, only=one, old=None, new=None))
    return out


def _texts(info: dict | None, amendment: str, lang: str) -> tuple[str | None, str | None]:
    """The unit's wording before and after the version `amendment` produced (in `lang`)."""
    if not info:
        return None, None
    chain = [v for v in info["versions"] if v["lang"] in (lang, None)]
    for i, v in enumerate(chain):
        if v["m"] == amendment:
            before = chain[i - 1]["text"] if i > 0 else None
            return before, v["text"]
    return (chain[-1]["text"] if chain else None), None


def _order_key(units: dict, unit: str) -> tuple:
    info = units.get(unit)
    return (unit.count("/"), natural_key(info["number"]) if info else (), unit)


def _v(term) -> str | None:
    return term.value if term is not None else None
