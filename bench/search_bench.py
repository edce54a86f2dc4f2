"""Full-text search: latency of `kg search` and of the `position` query, and the engine choice.

    python bench/search_bench.py [--sizes 10000 100000] [--engines]

Each size is the bundled corpus plus N synthetic documents (bench/synth.py, built once
and reused). Printed side by side, in one run:

- SQLite FTS5 (the index `kg build` writes) answering Kazakh and Russian queries, in the
  forms a reader types (case endings), median and p95;
- the `position` named query found through the index, against the same query answered
  by a substring scan over every position's name in SPARQL (what it did before the index);
- with --engines, tantivy (pip install tantivy) indexing the same rows and answering the
  same stemmed prefix queries, for the engine choice the README gives.
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
from kg.search import SearchIndex, match_expression, stem  # noqa: E402
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


def fts5(path: Path, repeat: int) -> None:
    index = SearchIndex(path, read_only=True)
    print(f"\nsearch index: {index.count():,} rows, {(path / 'kzlex-search.sqlite').stat().st_size / 1e6:.0f} MB\n")
    print("| query | hits (top 20) | FTS5 median ms | FTS5 p95 ms |")
    print("|---|---|---|---|")
    for q in QUERIES:
        hits = len(index.search(q))
        t = timed(lambda: index.search(q), repeat=repeat)
        print(f"| {q} | {hits} | {median_ms(t):.1f} | {p95_ms(t):.1f} |", flush=True)
    index.close()


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
    try:
        import tantivy
    except ImportError:
        print("\n(tantivy not installed: pip install tantivy to compare engines)")
        return
    import sqlite3

    rows = sqlite3.connect(f"file:{path / 'kzlex-search.sqlite'}?mode=ro", uri=True).execute(
        "SELECT id, text FROM entries").fetchall()
    with tempfile.TemporaryDirectory() as tmp:
        builder = tantivy.SchemaBuilder()
        builder.add_integer_field("id", stored=True)
        builder.add_text_field("text", stored=False, tokenizer_name="default")
        schema = builder.build()
        t = time.perf_counter()
        index = tantivy.Index(schema, path=tmp)
        writer = index.writer(heap_size=200_000_000, num_threads=1)
        for rid, text in rows:
            writer.add_document(tantivy.Document(id=rid, text=text))
        writer.commit()
        writer.wait_merging_threads()
        index.reload()
        built = time.perf_counter() - t
        size = sum(f.stat().st_size for f in Path(tmp).iterdir()) / 1e6
        searcher = index.searcher()

        def search(q: str):
            parts = [(tantivy.Occur.Must, tantivy.Query.regex_query(schema, "text", stem(w) + ".*"))
                     for w in q.lower().split()]
            return searcher.search(tantivy.Query.boolean_query(parts), 20).hits

        t = time.perf_counter()
        fts = SearchIndex(path, read_only=True)
        print(f"\nengines on the same {len(rows):,} rows (stemmed words as prefixes, top 20 by score): "
              f"tantivy index {size:.0f} MB built in {built:.1f} s\n")
        print("| query | FTS5 median ms | tantivy median ms | tantivy / FTS5 |")
        print("|---|---|---|---|")
        for q in QUERIES:
            a = timed(lambda: fts.search(q), repeat=repeat)
            b = timed(lambda: search(q), repeat=repeat)
            print(f"| {q} ({match_expression(q)}) | {median_ms(a):.1f} | {median_ms(b):.1f} | "
                  f"{median_ms(b) / max(median_ms(a), 0.01):.2f}x |", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", nargs="+", type=int, default=[10000, 100000])
    ap.add_argument("--repeat", type=int, default=25)
    ap.add_argument("--engines", action="store_true", help="also index the rows with tantivy and compare")
    ap.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "kzlex-bench")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    for n in args.sizes:
        path = corpus_plus(n, args.work)
        store = GraphStore(path, read_only=True)
        print(f"\n## corpus + {n:,} synthetic documents: {len(store):,} quads ({how_built(path)})")
        fts5(path, args.repeat)
        position(store, args.repeat)
        if args.engines:
            engines(path, args.repeat)
        del store


if __name__ == "__main__":
    main()
