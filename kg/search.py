"""Full-text search over unit texts (every version, with its validity), act titles and
position names, Kazakh and Russian: an SQLite FTS5 index kept inside the store folder
(``kzlex-search.sqlite``) and written by ``kg build`` in step with the store.

Rows come from two places: a source graph gives act titles and position names (rewritten
when that graph changes), the lineage gives unit texts with their validity (rewritten for
the acts whose lineage the build recomputed). A build that stops half-way leaves the index
marked incomplete, and the next build rewrites it from the store.

Query words are reduced to stems and matched as prefixes: Kazakh endings are stripped by the
lexicon's list (``search:`` in phrases.yaml), Russian words by Snowball's Russian stemmer.

>>> stem("нутрициологтың"), stem("министрлігінің"), stem("нутрициолога")
('нутрициолог', 'министрліг', 'нутрициолог')
"""
from __future__ import annotations

import functools
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .lexicon import phrases
from .vocab import ELI, KZL, SKOS, sparql_prefixes

__all__ = ["Hit", "SearchIndex", "INDEX_FILE", "MARK", "stem", "match_expression", "act_of"]

INDEX_FILE = "kzlex-search.sqlite"
MARK = ("\x02", "\x03")  # around matched words in a snippet (see Hit.marked)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS entries (
  id INTEGER PRIMARY KEY, source TEXT NOT NULL, kind TEXT NOT NULL, iri TEXT NOT NULL, act TEXT,
  lang TEXT, valid_from TEXT, valid_to TEXT, text TEXT NOT NULL, unit TEXT);
CREATE INDEX IF NOT EXISTS entries_source ON entries(source);
CREATE INDEX IF NOT EXISTS entries_iri ON entries(iri);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(text, content='entries', content_rowid='id');
CREATE TRIGGER IF NOT EXISTS entries_ai AFTER INSERT ON entries BEGIN
  INSERT INTO fts(rowid, text) VALUES (new.id, new.text); END;
CREATE TRIGGER IF NOT EXISTS entries_ad AFTER DELETE ON entries BEGIN
  INSERT INTO fts(fts, rowid, text) VALUES ('delete', old.id, old.text); END;
"""
_KAZAKH = re.compile(r"[әіңғүұқөһ]")
_WORD = re.compile(r"\w+", re.UNICODE)
_ACT = re.compile(r"^(.*?/(?:act/[^/]+/[^/]+/[^/]+|law/[^/]+))(?:/|$)")
LINEAGE = "lineage"


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


def match_expression(query: str) -> str:
    """An FTS5 query: every word's stem as a prefix, all required.

    >>> match_expression('Нутрициологтың "міндеттері"')
    '"нутрициолог"* AND "міндет"*'
    """
    words = _WORD.findall(query)
    return " AND ".join(f'"{stem(w)}"*' for w in words if stem(w))


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


def act_of(iri: str) -> str | None:
    """The act an IRI belongs to (an act, a unit, a version of a unit).

    >>> act_of("https://w3id.org/kzlex/id/act/org/2020-12-30/553/app/1/p/551/version/ab")
    'https://w3id.org/kzlex/id/act/org/2020-12-30/553'
    """
    m = _ACT.match(iri)
    return m.group(1) if m else None


class SearchIndex:
    """The search index of one store folder."""

    def __init__(self, store_path: str | Path, read_only: bool = False):
        self.path = Path(store_path) / INDEX_FILE
        if read_only:
            if not self.path.exists():
                raise FileNotFoundError(f"no search index at {self.path}: run 'kg build'")
            self.db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        else:
            self.db = sqlite3.connect(self.path)
            self.db.executescript(_SCHEMA)

    @classmethod
    def exists(cls, store_path: str | Path) -> bool:
        return (Path(store_path) / INDEX_FILE).exists()

    def close(self) -> None:
        self.db.close()

    # --- writing ---------------------------------------------------------------------------
    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def begin(self) -> bool:
        """Start a build's writes; True when the index must be rewritten whole (new, or a build
        stopped half-way)."""
        whole = self._meta("complete") != "1"
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('complete', '0')")
        self.db.commit()
        return whole

    def finish(self) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('complete', '1')")
        self.db.commit()

    def graph_changed(self, graph: str, triples) -> None:
        """A source graph now holds `triples`: its titles and position names replace the old ones."""
        self.db.execute("DELETE FROM entries WHERE source = ?", (graph,))
        self.db.executemany(_INSERT, _graph_rows(graph, triples))

    def reindex_sources(self, store) -> None:
        """Titles and position names of every source graph, read from the store."""
        self.db.execute("DELETE FROM entries WHERE source != ?", (LINEAGE,))
        for kind, pattern in (("title", "?s eli:title ?o"),
                              ("position", "?s a kzl:Position ; skos:prefLabel ?o OPTIONAL { ?s kzl:describedBy ?unit }")):
            rows = store.query(sparql_prefixes() + "SELECT ?g ?s ?o ?unit WHERE { GRAPH ?g { ?g kzl:describes ?act } "
                               f"GRAPH ?g {{ {pattern} }} }}")
            self.db.executemany(_INSERT, (_row(r["g"].value, kind, r["s"].value, r["o"],
                                               r["unit"].value if r["unit"] is not None else None) for r in rows))

    def reindex_versions(self, store, acts: list[str] | None = None, chunk: int = 200) -> None:
        """Unit texts of the lineage (every version, with its validity): all, or those of `acts`."""
        if acts is None:
            self.db.execute("DELETE FROM entries WHERE source = ?", (LINEAGE,))
            self._add_versions(store, "")
            return
        for i in range(0, len(acts), chunk):
            part = acts[i:i + chunk]
            self.db.executemany("DELETE FROM entries WHERE source = ? AND act = ?", [(LINEAGE, a) for a in part])
            values = " ".join(f"<{a}>" for a in part)
            self._add_versions(store, f"VALUES ?act {{ {values} }} ?u eli:is_part_of+ ?act .")

    def _add_versions(self, store, restrict: str) -> None:
        q = sparql_prefixes() + """SELECT ?u ?text ?from ?to WHERE { %s ?v kzl:versionOf ?u ; kzl:text ?text .
            OPTIONAL { ?v kzl:validFrom ?from } OPTIONAL { ?v kzl:validTo ?to } }""" % restrict
        self.db.executemany(
            "INSERT INTO entries(source, kind, iri, act, lang, valid_from, valid_to, text) VALUES (?,?,?,?,?,?,?,?)",
            ((LINEAGE, "unit", r["u"].value, act_of(r["u"].value), r["text"].language or None,
              r["from"].value if r["from"] is not None else None, r["to"].value if r["to"] is not None else None,
              r["text"].value) for r in store.query(q)))

    # --- reading ---------------------------------------------------------------------------
    def search(self, query: str, date: str | None = None, act: str | None = None, kind: str | None = None,
               lang: str | None = None, limit: int = 20) -> list[Hit]:
        """The best matches of `query`: units in force on `date` (when given), of `act`, of `kind`."""
        expr = match_expression(query)
        if not expr:
            return []
        where, args = ["fts MATCH ?"], [expr]
        if date:
            # a unit's text, or a position whose describing unit has no text that is not valid that day
            valid = "(%s.valid_from IS NULL OR %s.valid_from <= ?) AND (%s.valid_to IS NULL OR %s.valid_to >= ?)"
            where.append(f"((e.kind = 'unit' AND {valid % ('e', 'e', 'e', 'e')}) OR e.kind = 'title' OR "
                         f"(e.kind = 'position' AND (NOT EXISTS (SELECT 1 FROM entries d WHERE d.iri = e.unit) OR "
                         f"EXISTS (SELECT 1 FROM entries d WHERE d.iri = e.unit AND {valid % ('d', 'd', 'd', 'd')}))))")
            args += [date, date, date, date]
        if act:
            where.append("e.act = ?")
            args.append(act)
        if kind:
            where.append("e.kind = ?")
            args.append(kind)
        if lang:
            where.append("e.lang = ?")
            args.append(lang)
        sql = (f"SELECT e.kind, e.iri, e.act, e.lang, e.valid_from, e.valid_to, e.text, "
               f"snippet(fts, 0, char(2), char(3), '…', 12), bm25(fts) FROM fts JOIN entries e ON e.id = fts.rowid "
               f"WHERE {' AND '.join(where)} ORDER BY bm25(fts) LIMIT ?")
        try:
            rows = self.db.execute(sql, [*args, limit]).fetchall()
        except sqlite3.OperationalError as exc:
            raise ValueError(f"cannot search for {query!r}: {exc}") from exc
        return [Hit(*r) for r in rows]

    def positions(self, name: str, limit: int = 1000) -> list[str]:
        """Position IRIs whose name matches `name`."""
        return sorted({h.iri for h in self.search(name, kind="position", limit=limit)})

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM entries").fetchone()[0]


RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


_INSERT = "INSERT INTO entries(source, kind, iri, act, lang, text, unit) VALUES (?,?,?,?,?,?,?)"


def _row(graph: str, kind: str, iri: str, text: ox.Literal, unit: str | None = None) -> tuple:
    return graph, kind, iri, act_of(iri) or iri, text.language or None, text.value, unit


def _graph_rows(graph: str, triples) -> list[tuple]:
    """The title and position-name rows of one source graph's triples."""
    positions = {s.value for s, p, o in triples if p.value == RDF_TYPE and o.value == KZL + "Position"}
    described = {s.value: o.value for s, p, o in triples if p.value == KZL + "describedBy"}
    out = []
    for s, p, o in triples:
        if not isinstance(o, ox.Literal):
            continue
        if p.value == ELI + "title":
            out.append(_row(graph, "title", s.value, o))
        elif p.value == SKOS + "prefLabel" and s.value in positions:
            out.append(_row(graph, "position", s.value, o, described.get(s.value)))
    return out
