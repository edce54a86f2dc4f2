"""The amendment effects: one table that the grammar, the RDF, lineage, `kg history`, the
ontology and the shapes all read (a test holds them together).

An effect is what an instruction or a history note does to its target. Its phrases live in
the lexicon (``effects:`` in ``kg/lexicon/phrases.yaml``); here, how each is read and
applied. The ontology's ``kzl:<name>`` individuals (``kzl:Effect``, with ``kzl:givesText``
and the names ``effect_names:`` of the lexicon gives in kk, ru and en) are made from this
table (kg/ontology.py), and the shapes check an amendment's effect by its class
(``sh:class kzl:Effect``).

>>> EFFECTS["WordReplacement"].words, EFFECTS["Substitution"].gives_text, EFFECTS["Repeal"].ends_act
(2, True, True)
>>> effect("Deletion").history
'deleted'
"""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Effect", "EFFECTS", "ORIGINAL", "effect", "names_where"]

ORIGINAL = "Original"  # not an effect: the text a unit had before any (a version's start)


@dataclass(frozen=True)
class Effect:
    name: str  # the local name of its kzl: term
    gives_text: bool = False  # the instruction quotes the unit's whole new text
    words: int = 0  # quoted word groups it names: 1 (old words), 2 (old and new)
    lineage: str = "none"  # how a version chain applies it: text | replace-words | delete | changed | none
    ends_act: bool = False  # it repeals an act (eli:repeals / eli:repealed_by)
    history: str = "changed"  # how `kg history` says it
    own: bool = False  # the target's own act states it (no other act amends it)
    in_part: bool = False  # a repeal of the part of its target that words describe, not a unit ("в части …")


EFFECTS: dict[str, Effect] = {e.name: e for e in (
    Effect("Substitution", gives_text=True, lineage="text", history="rewritten"),
    Effect("Insertion", gives_text=True, lineage="text", history="inserted"),
    Effect("Deletion", words=1, lineage="delete", history="deleted"),
    Effect("WordReplacement", words=2, lineage="replace-words", history="words replaced"),
    Effect("Repeal", ends_act=True, history="repealed"),
    # "Считать утратившим силу приказ МВД РК N 230 от 10.08.94 г. в части типовой структуры …": the act stays in force
    Effect("PartialRepeal", in_part=True, history="repealed in part"),
    # a note that says only "changed by order N": a new wording, not stated ("changed" in a chain: a version whose
    # text the corpus gives only when it is the last change, the published text)
    Effect("Modification", lineage="changed", history="changed"),
    Effect("Expiry", history="expires", own=True),  # "31.12.2023 дейін қолданылады – осы бұйрықтың 4-тармағымен"
    # "01.03.2022 бастап қолданысқа енгізіледі – осы бұйрықтың 3-тармағымен": the day the act (or a unit) takes effect
    Effect("EntryIntoForce", history="enters into force", own=True),
    Effect("Suspension", history="suspended"),  # the target does not apply for a time; its text stays
)}


def effect(name: str | None) -> Effect:
    """The effect of that name (a kzl: IRI is read by its local name); unknown names change."""
    local = (name or "").rsplit("#", 1)[-1]
    return EFFECTS.get(local) or Effect(local or "Modification")


def names_where(**wanted) -> tuple[str, ...]:
    """Names of the effects whose fields have the values given: names_where(gives_text=True)."""
    return tuple(e.name for e in EFFECTS.values() if all(getattr(e, k) == v for k, v in wanted.items()))
