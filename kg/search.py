"""Full-text search over unit texts (every version, with its validity), act titles and
position names, Kazakh and Russian: a tantivy index kept inside the store folder
(``kzlex-search/``) and written by ``kg build`` in step with the store.

The index is kept act by act: every row belongs to one act (a version of one of its units,
its title, a position one of its units describes), and a build rewrites the rows of the
acts whose graphs or lineage it changed — the same acts lineage recomputes. A build that
stops half-way leaves the store's state saying the index is incomplete, and the next build
rewrites it whole (as it does when the folder is missing). Engine chosen by measurement:
``bench/search_bench.py`` (README, "The law on a date, for a reader").

Query words are reduced to stems and matched as prefixes: Kazakh endings are stripped by the
lexicon's list (``search:`` in phrases.yaml), Russian words by Snowball's Russian stemmer;
the word as typed also counts, so exact forms rank first.

>>> stem("нутрициологтың"), stem("министрлігінің"), stem("нутрициолога")
('нутрициолог', 'министрліг', 'нутрициолог')
"""
from __future__ import annotations

import functools
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import tantivy

from .lexicon import phrases
from .vocab import sparql_prefixes

__all__ = ["Hit", "SearchIndex", "INDEX_DIR", "MARK", "stem", "stems", "act_of"]

INDEX_DIR = "kzlex-search"
MARK = ("\x02", "\x03")  # around matched words in a snippet (see Hit.marked)
_KAZAKH = re.compile(r"[әіңғүұқөһ]")
_WORD = re.compile(r"\w+", re.UNICODE)
_ACT = re.compile(r"^(.*?/(?:act/[^/]+/[^/]+/[^/]+|law/[^/]+|code/[^/]+))(?:/|$)")
_NO_START, _NO_END = 0, 99_999_999  # validity bounds of a row valid from always / until further notice


@functools.lru_cache(maxsize=1)
def _suffixes() -> tuple[int, tuple[str, ...]]:
    cfg = phrases()["search"]
    return cfg["min_stem"], tuple(sorted(cfg["kk_suffixes"], key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _russian():
    import snowballstemmer

    return snowballstemmer.stemmer("russian")


@functools.lru_cache(maxsize=4096)
def stem(word: str) -> str:
    """The stem a query word is matched by (as a prefix)."""
    w = word.lower()
    if not re.search(r"[а-яё]", w) and not _KAZAKH.search(w):
        return w
    if not _KAZAKH.search(w):
        return _russian().stemWord(w)
    least, endings = _suffixes()
    changed = True
    while changed:
        changed = False
        for s in endings:
            if w.endswith(s) and len(w) - len(s) >= least:
                w, changed = w[:-len(s)], True
                break
    return w


def stems(query: str) -> list[tuple[str, str]]:
    """(word as typed, lowercased; its stem) for every word of a query.

    >>> stems('Нутрициологтың "міндеттері"')
    [('нутрициологтың', 'нутрициолог'), ('міндеттері', 'міндет')]
    """
    return [(w.lower(), stem(w)) for w in _WORD.findall(query) if stem(w)]


def act_of(iri: str) -> str | None:
    """The act an IRI belongs to (an act, a unit, a version of a unit).

    >>> act_of("https://w3id.org/kzlex/id/act/org/2020-12-30/553/app/1/p/551/version/ab")
    'https://w3id.org/kzlex/id/act/org/2020-12-30/553'
    >>> act_of("https://w3id.org/kzlex/id/code/trudovoi-kodeks-2015-11-23/art/139/p/5")
    'https://w3id.org/kzlex/id/code/trudovoi-kodeks-2015-11-23'
    """
    m = _ACT.match(iri)
    return m.group(1) if m else None


@dataclass
class Hit:
    kind: str  # unit | title | position
    iri: str
    act: str | None
    lang: str | None
    valid_from: str | None
    valid_to: str | None
    text: str
    snippet: str
    score: float

    def marked(self, start: str = "[", end: str = "]") -> str:
        """The snippet with the matched words between `start` and `end`."""
        return self.snippet.replace(MARK[0], start).replace(MARK[1], end)

    def as_dict(self) -> dict:
        return {**self.__dict__, "snippet": self.marked()}


def _schema():
    b = tantivy.SchemaBuilder()
    b.add_text_field("text", stored=True, tokenizer_name="default")
    for name in ("act", "iri", "kind", "lang"):
        b.add_text_field(name, stored=True, tokenizer_name="raw")
    b.add_integer_field("valid_from", stored=True, indexed=True, fast=True)
    b.add_integer_field("valid_to", stored=True, indexed=True, fast=True)
    return b.build()


def _day(iso: str | None, default: int) -> int:
    """A date as the integer YYYYMMDD; `default` for none, or for a value that is not a date
    (a version edited by hand through SPARQL Update must not stop a build).

    >>> _day("2024-06-20", 0), _day(None, 0), _day("next year", 7)
    (20240620, 0, 7)
    """
    digits = (iso or "").replace("-", "")
    return int(digits) if len(digits) == 8 and digits.isdigit() else default


def _iso(day: int) -> str | None:
    return None if day in (_NO_START, _NO_END) else f"{day // 10000:04d}-{day // 100 % 100:02d}-{day % 100:02d}"


# Rows of the index, for the acts of a VALUES block (ACTS) or, with no block, for the whole store (the
# act then read from the IRI). Each pattern starts where its bindings are fewest: from the acts
# down to their units, from a unit to its versions (the other order scanned every version of the
# store for each chunk of acts: 13 minutes at 100,000 documents).
_VERSIONS = """SELECT ?act ?iri ?text ?from ?to WHERE { ACTS ?v kzl:versionOf ?iri . ?v kzl:text ?text .
    OPTIONAL { ?v kzl:validFrom ?from } OPTIONAL { ?v kzl:validTo ?to } }"""
_TITLES = """SELECT ?act ?iri ?text WHERE { ACTS ?act eli:is_realized_by ?e . ?e eli:title ?text BIND(?act AS ?iri) }"""
_POSITIONS = """SELECT ?act ?iri ?text ?u WHERE { ACTS ?iri kzl:describedBy ?u . ?iri skos:prefLabel ?text .
    ?iri a kzl:Position }"""
# a position is valid while the unit that describes it has a version (always, when it has none)
_VALIDITY = """SELECT ?u (MIN(STR(?f)) AS ?from) (MAX(COALESCE(STR(?t), "9999-12-31")) AS ?to) WHERE {
    UNITS ?v kzl:versionOf ?u . ?v kzl:validFrom ?f OPTIONAL { ?v kzl:validTo ?t } } GROUP BY ?u"""


def _iris(values) -> str:
    return " ".join(f"<{v}>" for v in values)


def _rows(store, acts: list[str] | None, kinds: tuple[str, ...] = ("unit", "title", "position")):
    """(kind, act, iri, text literal, valid from, valid to) of the index, for `acts` or for all."""
    if acts is None:
        scope = {"unit": "?iri a eli:LegalResourceSubdivision .", "title": "?act a eli:LegalResource .",
                 "position": "?iri a kzl:Position ."}
    else:
        block = f"VALUES ?act {{ {_iris(acts)} }}"
        scope = {"unit": block + " ?iri eli:is_part_of+ ?act .", "title": block,
                 "position": block + " ?u eli:is_part_of+ ?act ."}
    for kind, query in (("unit", _VERSIONS), ("title", _TITLES)):
        if kind not in kinds:
            continue
        for r in store.query(sparql_prefixes() + query.replace("ACTS", scope[kind])):
            act = r["act"].value if r["act"] is not None else act_of(r["iri"].value)
            yield kind, act, r["iri"].value, r["text"], _val(r, "from"), _val(r, "to")
    if "position" not in kinds:
        return
    found = [(r["act"].value if r["act"] is not None else act_of(r["iri"].value), r["iri"].value, r["text"], r["u"].value)
             for r in store.query(sparql_prefixes() + _POSITIONS.replace("ACTS", scope["position"]))]
    units = sorted({u for *_, u in found})
    valid: dict[str, tuple] = {}
    for i in range(0, len(units), 1000):
        block = f"VALUES ?u {{ {_iris(units[i:i + 1000])} }}"
        for r in store.query(sparql_prefixes() + _VALIDITY.replace("UNITS", block)):
            valid[r["u"].value] = (_val(r, "from"), _val(r, "to"))
    for act, iri, text, unit in found:
        yield ("position", act, iri, text, *valid.get(unit, (None, None)))


class SearchIndex:
    """The search index of one store folder."""

    def __init__(self, store_path: str | Path, read_only: bool = False):
        self.path = Path(store_path) / INDEX_DIR
        self.schema = _schema()
        if read_only:
            if not self.exists(store_path):
                raise FileNotFoundError(f"no search index at {self.path}: run 'kg build'")
            self.index = tantivy.Index.open(str(self.path))
        else:
            self.path.mkdir(parents=True, exist_ok=True)
            self.index = tantivy.Index(self.schema, path=str(self.path), reuse=True)
        self._writer = None

    @classmethod
    def exists(cls, store_path: str | Path) -> bool:
        path = Path(store_path) / INDEX_DIR
        return path.is_dir() and tantivy.Index.exists(str(path))

    @classmethod
    def remove(cls, store_path: str | Path) -> None:
        shutil.rmtree(Path(store_path) / INDEX_DIR, ignore_errors=True)

    def close(self) -> None:
        if self._writer is not None:
            self._writer.rollback()
            self._writer = None

    # --- writing ---------------------------------------------------------------------------
    def _w(self):
        if self._writer is None:
            self._writer = self.index.writer(heap_size=100_000_000, num_threads=1)
        return self._writer

    def reindex(self, store, acts: list[str], chunk: int = 200) -> int:
        """Rewrite the rows of `acts` (IRIs) from the store; returns the rows written."""
        writer, count = self._w(), 0
        for i in range(0, len(acts), chunk):
            part = acts[i:i + chunk]
            for act in part:
                writer.delete_documents_by_term("act", act)
            count += self._add(_rows(store, part))
        return count

    def add_version(self, unit: str, text, start: str | None, end: str | None) -> None:
        """One version of a unit, as the lineage pass computes it (a full build indexes units this way
        instead of reading the versions back from the store)."""
        self._add([("unit", act_of(unit), unit, text, start, end)])

    def add_all(self, store, units: bool = True) -> int:
        """Add the rows of the whole store (without unit versions: they came by add_version)."""
        return self._add(_rows(store, None, kinds=("unit", "title", "position") if units else ("title", "position")))

    def _add(self, rows) -> int:
        writer, count = self._w(), 0
        for kind, act, iri, text, start, end in rows:
            writer.add_document(tantivy.Document(
                text=text.value, act=act or iri, iri=iri, kind=kind, lang=getattr(text, "language", None) or "",
                valid_from=_day(start, _NO_START), valid_to=_day(None if end == "9999-12-31" else end, _NO_END)))
            count += 1
        return count

    def clear(self) -> None:
        """Delete every row (at the next commit)."""
        self._w().delete_all_documents()

    def reindex_all(self, store) -> int:
        """Rewrite the whole index from the store, by one pass over each kind of row."""
        self.clear()
        return self.add_all(store)

    def commit(self) -> None:
        if self._writer is not None:
            self._writer.commit()
            self._writer.wait_merging_threads()
            self._writer = None

    # --- reading ---------------------------------------------------------------------------
    def search(self, query: str, date: str | None = None, act: str | None = None, kind: str | None = None,
               lang: str | None = None, limit: int = 20) -> list[Hit]:
        """The best matches of `query`: rows valid on `date` (when given), of `act`, of `kind`, in `lang`; at most
        `limit` of them (none for a limit under 1: the engine asserts it is positive)."""
        words = stems(query)
        if not words or limit < 1:
            return []
        Q, must, should = tantivy.Query, tantivy.Occur.Must, tantivy.Occur.Should
        parts = []
        for typed, root in words:
            # the stem as a prefix must match; the word as typed, or the bare stem as a word, ranks first
            parts.append((must, Q.boolean_query([(must, Q.regex_query(self.schema, "text", re.escape(root) + ".*")),
                                                  (should, Q.term_query(self.schema, "text", typed)),
                                                  (should, Q.term_query(self.schema, "text", root))])))
        for field, value in (("act", act), ("kind", kind), ("lang", lang)):
            if value:
                parts.append((must, Q.term_query(self.schema, field, value)))
        if date:
            day = _day(date, _NO_START)
            parts.append((must, Q.range_query(self.schema, "valid_from", tantivy.FieldType.Integer, _NO_START, day)))
            parts.append((must, Q.range_query(self.schema, "valid_to", tantivy.FieldType.Integer, day, _NO_END)))
        self.index.reload()
        searcher = self.index.searcher()
        out = []
        for score, address in searcher.search(Q.boolean_query(parts), limit).hits:
            d = searcher.doc(address)
            text = d["text"][0]
            out.append(Hit(d["kind"][0], d["iri"][0], d["act"][0], d["lang"][0] or None, _iso(d["valid_from"][0]),
                           _iso(d["valid_to"][0]), text, _snippet(text, [r for _, r in words]), score))
        return out

    def positions(self, name: str, limit: int = 1000) -> list[str]:
        """Position IRIs whose name matches `name`."""
        return sorted({h.iri for h in self.search(name, kind="position", limit=limit)})

    def rows(self) -> list[tuple]:
        """Every row: (kind, act, iri, lang, valid from, valid to, text), sorted."""
        self.index.reload()
        searcher = self.index.searcher()
        out = []
        for _, address in searcher.search(tantivy.Query.all_query(), max(searcher.num_docs, 1)).hits:
            d = searcher.doc(address)
            out.append((d["kind"][0], d["act"][0], d["iri"][0], d["lang"][0], _iso(d["valid_from"][0]),
                        _iso(d["valid_to"][0]), d["text"][0]))
        return sorted(out, key=lambda r: tuple(x or "" for x in r))

    def count(self) -> int:
        self.index.reload()
        return self.index.searcher().num_docs


def _val(row, name: str) -> str | None:
    term = row[name]
    return term.value if term is not None else None


def _snippet(text: str, roots: list[str], width: int = 90) -> str:
    """A window of `text` around the first matched word, matched words marked (MARK)."""
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(r) for r in roots) + r")\w*", re.I)
    first = pattern.search(text)
    start = max(0, (first.start() if first else 0) - width // 3)
    window = text[start:start + width]
    marked = pattern.sub(lambda m: MARK[0] + m.group(0) + MARK[1], window)
    return ("…" if start else "") + marked + ("…" if start + width < len(text) else "")
