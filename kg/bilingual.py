"""The laws an act's Kazakh text cites by titles laws.yaml does not list, named as its Russian text names them.

A law or code cited by its title is the node of its title (kg/iri.py): laws.yaml gives both languages' titles of the
laws it lists, so the two texts of an act stand on one node; a title it does not list names a node of its own words,
one in each language ("law/asyl-tukymdy-mal-sharuashylygy-turaly" and "law/o-plemennom-zhivotnovodstve" for one
law). The two texts of one act folder name the same laws in the same order: where each text's titled laws, in the
order it first names them, are as many, and every listed one stands where the other text has it, each title the
Kazakh text alone has is the title the Russian text has in its place, and its node is named by the Russian title
(as laws.yaml names a listed law by its first Russian one). Anything else (a law one text names and the other
does not, an order apart) pairs none: a wrong law is worse than two nodes.
"""
from __future__ import annotations

from .iri import Minter
from .laws import law_listed, law_name, law_named_by_day
from .model import TITLED_KINDS, ActRef, Document

__all__ = ["titled_laws", "unlisted", "russian_titles"]


def unlisted(ref: ActRef) -> bool:
    """Is `ref` a law or code cited by a title that names itself (laws.yaml lists it under no title or pattern)?

    >>> unlisted(ActRef(None, None, None, "law", "О племенном животноводстве"))
    True
    >>> unlisted(ActRef(None, None, None, "law", "О нотариате")), unlisted(ActRef("5", "2001-01-01", None, "law"))
    (False, False)
    """
    return (ref.kind in TITLED_KINDS and bool(ref.title) and not ref.number
            and law_name(ref.kind, ref.title) == (ref.kind, ref.title) and not law_listed(ref.kind, ref.title))


def titled_laws(doc: Document) -> list[ActRef]:
    """The laws and codes a document names by title (its preamble's basis, then the citations of its units, line
    by line), each the first time it names it."""
    said = [r for r, _ in doc.act.based_on] if doc.act is not None else []
    said += [c.act for c in sorted(doc.citations, key=lambda c: c.loc.line if c.loc else 0)]
    out, seen = [], set()
    for ref in said:
        if ref.kind not in TITLED_KINDS or not ref.title or ref.number:
            continue
        # (a title laws.yaml does not list is one law, cited with its day or not: iri.Minter)
        key = ref if law_named_by_day(ref.kind, ref.title) else (ref.kind, ref.title)
        if key not in seen:
            seen.add(key)
            out.append(ref)
    return out


def russian_titles(kk: Document, ru: Document, base: str) -> dict[str, str]:
    """{title the Kazakh text `kk` cites a law by: the Russian text's title of that law}, for the laws laws.yaml does
    not list, where the two texts' titled laws pair one for one (module docstring); {} where they do not."""
    minter = Minter(base)  # (a minter of its own: the document's must mint nothing before it knows the titles)
    ours, theirs = titled_laws(kk), titled_laws(ru)
    ours_nodes = list(dict.fromkeys(minter.act(r) for r in ours))
    theirs_nodes = list(dict.fromkeys(minter.act(r) for r in theirs))
    if len(ours_nodes) != len(theirs_nodes) or len(ours) != len(ours_nodes) or len(theirs) != len(theirs_nodes):
        return {}  # (two titles of one node on a side: the sides do not pair one for one)
    out = {}
    for a, b in zip(ours, theirs):
        if unlisted(a) and unlisted(b) and a.kind == b.kind:
            out[a.title] = b.title
        elif minter.act(a) != minter.act(b) or unlisted(a) or unlisted(b):
            return {}  # a listed law where the other text has another, or an unlisted title against a listed one
    return out
