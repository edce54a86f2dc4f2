"""The acts a text's units cite in their words: after the whole text is read, each unit of the act whose words name a
law or code (by title or name), or an act by its day and number, with the units cited of it ("в соответствии со
статьей 46 Закона Республики Казахстан «Об авторском праве и смежных правах»": the law's article 46). The same
reading as a preamble's legal basis (`header.basis_of`), so a unit cites what a preamble would stand on; a law cited
by a title enacted anew, with no day, is the one in force on the day the unit's wording is of."""
from __future__ import annotations

from ..laws import law_of_the_day
from ..lexicon import marker
from ..model import Citation, Document, Path
from .header import basis_of

__all__ = ["citations"]

# units whose words are the act's head or basis, read already (the preamble is the act's eli:based_on)
_NOT_CITING = frozenset({"preamble", "title"})


def citations(doc: Document) -> list[Citation]:
    """The citations of `doc`'s units, each once per unit (a unit with parts cites through its parts)."""
    if doc.act is None:
        return []
    own = doc.act.ref
    parted = {u.path[:-1] for u in doc.units if u.path and u.path[-1][0] == "part"}
    worded = _wording_days(doc)
    hint = marker("cites_act")
    out: list[Citation] = []
    for u in doc.units:
        if (not u.defined or not u.text or u.act.ident != own.ident or not u.path or u.path[-1][0] in _NOT_CITING
                or u.path in parted or not hint.search(u.text)):
            continue
        day = max((d for p, d in worded.items() if u.path[:len(p)] == p), default=own.date)
        seen: set[tuple] = set()
        for ref, path in basis_of(u.text, doc.lang):
            ref = law_of_the_day(ref, day)
            if ref.ident == own.ident or (ref.ident, path) in seen:
                continue
            seen.add((ref.ident, path))
            out.append(Citation(u.path, ref, path, u.loc))
    return out


def _wording_days(doc: Document) -> dict[Path, str]:
    """{unit path: the latest day a note says the unit (and so the units within it) was worded anew or changed}."""
    days: dict[Path, str] = {}
    own = doc.act.ref.ident if doc.act else None
    for a in doc.amendments:
        if a.from_note and a.path and a.amending.date and a.target_act.ident == own:
            days[a.path] = max(days.get(a.path, a.amending.date), a.amending.date)
    return days
