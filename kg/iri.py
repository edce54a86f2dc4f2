"""One place that mints and parses IRIs from natural identifiers.

Acts: issuing organisation + signing date + number (``act/<org>/<date>/<number>``);
laws and codes cited by title: ``law/<title>``. Units: the act IRI plus the path of
unit numbers (a point is identified inside its appendix whatever chapter or §
holds it, since points are numbered through the whole text). Organisations: their
normalised name. The same act, unit or organisation named in several documents is
one IRI. shapes/*.ttl check the same forms with sh:pattern.

>>> m = Minter()
>>> m.act_parts(m.act_iri("еңбек және халықты әлеуметтік қорғау министрлігі", "2024-06-20", "207"))
('enbek-zhane-khalykty-aleumettik-korgau-ministrligi', '2024-06-20', '207')
"""
from __future__ import annotations

import functools
import hashlib
import re
from urllib.parse import quote, unquote

from .laws import law_name, law_named_by_day
from .model import TITLED_KINDS, ActRef, Path

__all__ = ["Minter", "DEFAULT_BASE", "slug", "CODES", "segment"]

DEFAULT_BASE = "https://w3id.org/kzlex/id/"

_TRANSLIT = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o",
    "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "kh",
    "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e",
    "ю": "iu", "я": "ia",
}

#: path step kinds ↔ IRI segment codes
CODES = {
    "appendix": "app", "chapter": "ch", "section": "sec", "paragraph": "par", "article": "art", "table": "tbl", "figure": "fig",
    "point": "p", "subpoint": "sp", "part": "part", "textparagraph": "para", "row": "row", "tablerow": "tr", "title": "title",
    "preamble": "preamble",
}
_KINDS = {v: k for k, v in CODES.items()}
_CONTAINERS = {"chapter", "section", "paragraph", "table"}


@functools.lru_cache(maxsize=8192)
def slug(text: str, limit: int = 80) -> str:
    """ASCII slug of a name: Kazakh and Russian letters transliterated."""
    s = "".join(_TRANSLIT.get(c, c) for c in text.lower())
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    if len(s) > limit:
        s = s[:limit].rstrip("-") + "-" + hashlib.sha1(text.encode()).hexdigest()[:6]
    return s or "x"


@functools.lru_cache(maxsize=65536)
def segment(value: str) -> str:
    """One step of an IRI's path as kzlex writes it: a number as the act writes it, percent-encoded ("06-7/35"
    → "06-7%2F35", "274-Ө-М" → "274-%D3%A8-%D0%9C")."""
    return quote(value, safe="-._~")


class Minter:
    def __init__(self, base: str = DEFAULT_BASE):
        self.base = base if base.endswith(("/", "#")) else base + "/"
        self._apart: tuple[tuple, str] | None = None
        self._registered_apart: frozenset[tuple] = frozenset()
        # the acts (`ActRef.named`) the corpus being built holds two of, told apart by registration (kg/corpus.py
        # `told_apart`): a mention giving one's registration names it
        self.corpus_apart: frozenset[tuple] = frozenset()
        # the Russian title of each law a Kazakh text cites by a title laws.yaml does not list, where the act's Russian
        # text names it in its place (kg/bilingual.py): the law's node is named by it, as a listed law's is
        self.russian_titles: dict[str, str] = {}

    # --- acts ---------------------------------------------------------------------------
    def act_iri(self, issuer_key: str | None, date: str | None, number: str) -> str:
        return f"{self.base}act/{slug(issuer_key) if issuer_key else 'kz'}/{date or 'undated'}/{segment(number)}"

    def act(self, ref: ActRef) -> str:
        if ref.registration and ref.number and ref.named in self._registered_apart:
            return self.act_iri(ref.named[0], ref.date, f"{ref.number}~{ref.registration}")
        if self._apart and ref.number and ref.named == self._apart[0]:
            return self._apart[1]
        return self._act(ref)

    def registered_apart(self, refs) -> None:
        """Mint with its registration number ("181~507") each act of `refs` (a document's mentions) that they name
        by one body, day and number with two registrations or more: one order approving two documents the portal
        registered apart, named so where a list of repealed acts gives each its registration ("Приказ … от 16 марта
        1998 года N 181 …, зарегистрированный … за N 507", "… за N 508"), as a build of both act folders names them
        (`tell_apart`); so is each act the corpus being built tells apart (`corpus_apart`), named by a mention with its
        registration. A mention of that body, day and number without a registration stays the order's plain node
        (or, in a text of one of them, that act).

        >>> from kg.model import ActRef
        >>> m = Minter(); m.registered_apart([ActRef("181", "1998-03-16", None, registration=r) for r in ("507", "508")])
        >>> [m.act(ActRef("181", "1998-03-16", None, registration=r)).rsplit("/", 1)[1] for r in ("507", None)]
        ['181~507', '181']
        """
        seen: dict[tuple, set[str]] = {}
        for ref in refs:
            if ref.number and ref.registration:
                seen.setdefault(ref.named, set()).add(ref.registration)
        self._registered_apart = frozenset(key for key, regs in seen.items() if len(regs) > 1) | self.corpus_apart

    def tell_apart(self, ref: ActRef, registration: str) -> None:
        """Mint the act `ref` names (its body, day and number), wherever this minter meets it, with its registration
        number ("343~679"): another act of the corpus has its body, day and number and another registration (one
        order, two documents the portal registered apart: kg/corpus.py `told_apart`).

        >>> from kg.model import ActRef
        >>> m = Minter(); m.tell_apart(ActRef("343", "1998-10-12", None), "679")
        >>> m.act(ActRef("343", "1998-10-12", None, kind="order")).rsplit("/", 2)[1:], m.act(ActRef("344", "1998-10-12", None))[-3:]
        (['1998-10-12', '343~679'], '344')
        """
        key = ref.named
        self._apart = (key, self.act_iri(key[0], ref.date, f"{ref.number}~{registration}"))

    @functools.lru_cache(maxsize=4096)  # noqa: B019 — a minter lives as long as a build
    def _act(self, ref: ActRef) -> str:
        if ref.number:
            return self.act_iri(ref.issuer.key if ref.issuer else None, ref.date, ref.number)
        if ref.kind in TITLED_KINDS and ref.title:  # a law (code, Constitution) cited by title: one node (laws.yaml)
            kind, title = law_name(ref.kind, self.russian_titles.get(ref.title, ref.title))
            # (an amending law's title, which dozens of laws bear, names one with its day: patterns._law_day; a title
            # laws.yaml does not list names one law, the day a citation gives it or not)
            return f"{self.base}{kind}/{slug(title)}" + (
                f"-{ref.date}" if ref.date and law_named_by_day(ref.kind, ref.title) else "")
        return f"{self.base}{ref.kind if ref.kind in ('law', 'code') else 'act'}/{slug(ref.title or 'untitled')}"

    def act_parts(self, iri: str) -> tuple[str, str, str]:
        """(issuer slug, date, number) of an act IRI."""
        m = re.match(re.escape(self.base) + r"act/([^/]+)/([^/]+)/([^/]+)$", iri)
        if not m:
            raise ValueError(f"not an act IRI: {iri}")
        return m.group(1), m.group(2), unquote(m.group(3))

    # --- units --------------------------------------------------------------------------
    @staticmethod
    def identity(path: Path, restarting: frozenset[Path] = frozenset()) -> Path:
        """The steps that identify a unit: containers above a point do not, except those whose parent
        is in `restarting` (a text that numbers its points anew in each chapter of that appendix).

        >>> Minter.identity((("appendix", "1"), ("chapter", "2"), ("point", "1")))
        (('appendix', '1'), ('point', '1'))
        >>> Minter.identity((("appendix", "1"), ("chapter", "2"), ("point", "1")), frozenset({(("appendix", "1"),)}))
        (('appendix', '1'), ('chapter', '2'), ('point', '1'))
        """
        points = [k for k, (kind, _) in enumerate(path) if kind == "point"]
        if not points:
            return path
        p = points[0]
        if not restarting:
            return tuple(s for s in path[:p] if s[0] not in _CONTAINERS) + path[p:]
        return tuple(s for k, s in enumerate(path[:p]) if s[0] not in _CONTAINERS or path[:k] in restarting) + path[p:]

    @staticmethod
    def restarting(paths) -> frozenset[Path]:
        """The parents (an appendix, the body: ``()``) whose containers number their points anew: two
        containers of one parent each open with a point 1 ("## 1. Общие положения / 1. …", "## 2. Порядок
        … / 1. …"). One number written twice in two chapters (a slip) is no new numbering: the points keep
        the identity other acts cite them by."""
        openers: dict[Path, set] = {}
        for path in paths:
            points = [k for k, (kind, _) in enumerate(path) if kind == "point"]
            if not points or path[points[0]][1] != "1":
                continue
            first = next((k for k, s in enumerate(path[:points[0]]) if s[0] in _CONTAINERS), None)
            if first is not None:
                openers.setdefault(path[:first], set()).add(path[first])
        return frozenset(parent for parent, containers in openers.items() if len(containers) > 1)

    def unit(self, ref: ActRef, path: Path, restarting: frozenset[Path] = frozenset()) -> str:
        if not path:
            return self.act(ref)
        segs = []
        for kind, num in self.identity(path, restarting):
            segs.append(CODES[kind] + (f"/{segment(num)}" if num else ""))
        return self.act(ref) + "/" + "/".join(segs)

    def unit_steps(self, iri: str) -> Path:
        """The identity path of a unit IRI (after its act)."""
        m = re.match(re.escape(self.base) + r"(?:act/[^/]+/[^/]+/[^/]+|law/[^/]+|code/[^/]+)/(.+)$", iri)
        if not m:
            raise ValueError(f"not a unit IRI: {iri}")
        parts, out, k = m.group(1).split("/"), [], 0
        while k < len(parts):
            kind = _KINDS[parts[k]]
            if kind in ("title", "preamble") and (k + 1 == len(parts) or parts[k + 1] in _KINDS):
                out.append((kind, ""))
                k += 1
            else:
                out.append((kind, unquote(parts[k + 1])))
                k += 2
        return tuple(out)

    # --- everything else ----------------------------------------------------------------
    def org(self, key: str) -> str:
        return f"{self.base}org/{slug(key)}"

    def source(self, file_name: str) -> str:
        return f"{self.base}source/{slug(file_name, 120)}"

    def graph(self, name: str) -> str:
        return f"{self.base}graph/{name}"

    def child(self, owner: str, kind: str, *key: str) -> str:
        """A node owned by another: an amendment of an act, the position of a §..."""
        if not key:
            return f"{owner}/{kind}"
        digest = hashlib.sha1("\x1f".join(key).encode("utf-8")).hexdigest()[:12]
        return f"{owner}/{kind}/{digest}"
