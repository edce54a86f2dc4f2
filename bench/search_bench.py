"""Full-text search: latency of `kg search` and of the `position` query, and the engine choice.

    python bench/search_bench.py [--sizes 10000 100000] [--engines]

Each size is the bundled corpus plus N synthetic documents (bench/synth.py, built once
and reused). Printed side by side, in one run:

- tantivy (the index `kg build` writes) answering Kazakh and Russian queries, in the
  forms a reader types (case endings), median and p95;
- the `position` named query found through the index, against the same query answered
  by a substring scan over every position's name in SPARQL (what it did before the index);
- with --engines, SQLite FTS5 (in Python's standard library) indexing the same rows and
  answering the same stemmed prefix queries ranked by bm25, for the engine choice the
  README gives.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import corpus_plus, how_built, median_ms, p95_ms, timed  # noqa: E402

import pyoxigraph as ox  # noqa: E402

from kg.queries import bind, registry  # noqa: E402
from kg.search import INDEX_DIR, SearchIndex, stems  # noqa: E402
from kg.store import GraphStore  # noqa: E402
from kg.vocab import sparql_prefixes  # noqa: E402

QUERIES = ["нутрициолог", "нутрициологтың", "министрлігінің", "уәкілетті органның тізілімі", "сертификаттау курстары",
           "уполномоченным органом", "реестра", "министерства финансов"]
SCAN = """SELECT DISTINCT ?position ?label ?actNumber ?unitNumber ?part ?item WHERE {
  ?position a kzl:Position ; skos:prefLabel ?label ; kzl:describedBy ?unit .
  FILTER(CONTAINS(LCASE(STR(?label)), LCASE(?name)))
  ?unit eli:is_part_of+ ?act . ?act a eli:LegalResource ; eli:number ?actNumber .
  OPTIONAL { ?unit kzl:number ?unitNumber }
  { ?position kzl:duty ?item . BIND("duty" AS ?part) }
  UNION { ?position kzl:knowledge ?item . BIND("knowledge" AS ?part) }
  UNION { ?position kzl:qualificationRequirement ?item . BIND("requirement" AS ?part) }
  UNION { ?position kzl:competence ?item . BIND("competence" AS ?part) }
}"""


def product(path: Path, repeat: int) -> None:
    index = SearchIndex(path, read_only=True)
    size = sum(f.stat().st_size for f in (path / INDEX_DIR).iterdir()) / 1e6
    print(f"\nsearch index (tantivy): {index.count():,} rows, {size:.0f} MB\n")
    print("| query | hits (top 20) | median ms | p95 ms |")
    print("|---|---|---|---|")
    for q in QUERIES:
        hits = len(index.search(q))
        t = timed(lambda: index.search(q), repeat=repeat)
        print(f"| {q} | {hits} | {median_ms(t):.1f} | {p95_ms(t):.1f} |", flush=True)
    dated = timed(lambda: index.search("уәкілетті орган", date="2000-06-01"), repeat=repeat)
    print(f"| уәкілетті орган, in force on 2000-06-01 | {len(index.search('уәкілетті орган', date='2000-06-01'))} "
          f"| {median_ms(dated):.1f} | {p95_ms(dated):.1f} |", flush=True)


def position(store: GraphStore, repeat: int) -> None:
    q = registry()["position"]
    name = "Нутрициолог"
    rows = len(list(store.query(q.text, substitutions=bind(q, {"position": name}, store))))
    t_index = timed(lambda: list(store.query(q.text, substitutions=bind(q, {"position": name}, store))), repeat=repeat)
    subs = {ox.Variable("name"): ox.Literal(name)}
    scanned = len(list(store.query(sparql_prefixes() + SCAN, substitutions=subs)))
    t_scan = timed(lambda: list(store.query(sparql_prefixes() + SCAN, substitutions=subs)), repeat=3, warmup=0)
    print("\n| `position` query (name found, then its rows) | rows | median ms | p95 ms |")
    print("|---|---|---|---|")
    print(f"| through the search index | {rows} | {median_ms(t_index):.1f} | {p95_ms(t_index):.1f} |")
    print(f"| substring scan in SPARQL (before) | {scanned} | {median_ms(t_scan):.1f} | {p95_ms(t_scan):.1f} |")
    print(f"\nindex / scan: {median_ms(t_scan) / max(median_ms(t_index), 0.01):.0f}x faster", flush=True)


def engines(path: Path, repeat: int) -> None:
    import sqlite3

    index = SearchIndex(path, read_only=True)
    rows = [row[-1] for row in index.rows()]
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        db = sqlite3.connect(Path(tmp) / "fts.sqlite")
        db.execute("CREATE VIRTUAL TABLE fts USING fts5(text)")
        db.executemany("INSERT INTO fts(text) VALUES (?)", ((r,) for r in rows))
        db.commit()
        built = time.perf_counter() - t
        size = (Path(tmp) / "fts.sqlite").stat().st_size / 1e6

        def fts(q: str):
            expr = " AND ".join(f'"{root}"*' for _, root in stems(q))
            return db.execute("SELECT rowid, bm25(fts) FROM fts WHERE fts MATCH ? ORDER BY bm25(fts) LIMIT 20",
                              (expr,)).fetchall()

        print(f"\nengines on the same {len(rows):,} rows (stemmed words as prefixes, top 20 by score): "
              f"SQLite FTS5 {size:.0f} MB built in {built:.1f} s\n")
        print("| query | tantivy median ms | FTS5 median ms | FTS5 / tantivy |")
        print("|---|---|---|---|")
        for q in QUERIES:
            a = timed(lambda: index.search(q), repeat=repeat)
            b = timed(lambda: fts(q), repeat=repeat)
            print(f"| {q} | {median_ms(a):.1f} | {median_ms(b):.1f} | {median_ms(b) / max(median_ms(a), 0.01):.1f}x |",
                  flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", nargs="+", type=int, default=[10000, 100000])
    ap.add_argument("--repeat", type=int, default=25)
    ap.add_argument("--engines", action="store_true", help="also index the rows with SQLite FTS5 and compare")
    ap.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "kzlex-bench")
    ap.add_argument("--layout", action="store_true", help="synthetic documents in the corpus layout (act folders)")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    for n in args.sizes:
        path = corpus_plus(n, args.work, layout=args.layout)
        store = GraphStore(path, read_only=True)
        print(f"\n## corpus + {n:,} synthetic documents: {len(store):,} quads ({how_built(path)})")
        product(path, args.repeat)
        position(store, args.repeat)
        if args.engines:
            engines(path, args.repeat)
        del store


if __name__ == "__main__":
    main()
