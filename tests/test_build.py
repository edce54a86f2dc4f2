"""`kg build` end to end: idempotent, reproducible, exports that load, bad documents isolated."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import rdflib

from kg.build import build, map_for_store
from kg.errors import StoreError
from kg.store import GraphStore

from .conftest import CORPUS, DATA, select

KG = [sys.executable, "-m", "kg.cli"]


def kg(*args, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=300)


def quads(store: GraphStore) -> set[str]:
    return {str(q) for q in store.quads_for_pattern(None, None, None)}


def test_two_builds_give_the_same_quads(tmp_path):
    a = GraphStore(tmp_path / "a")
    build([DATA], a)
    first = quads(a)
    build([DATA], a)  # rebuild into the same store
    b = GraphStore(tmp_path / "b")
    build([DATA], b)
    assert first == quads(a) == quads(b)
    assert len(first) > 3000


def test_one_named_graph_per_document_with_file_and_sha(corpus_store):
    rows = select(corpus_store, "SELECT ?g ?f ?sha WHERE { GRAPH ?g { ?g a kzl:Source ; kzl:fileName ?f ; kzl:sha256 ?sha } }")
    assert sorted(r["f"] for r in rows) == sorted(p.name for p in DATA.glob("*.txt"))
    import hashlib

    for r in rows:
        assert r["sha"] == hashlib.sha256((DATA / r["f"]).read_bytes()).hexdigest()


def test_cli_build_export_trig_loads_in_rdflib(tmp_path):
    store = tmp_path / "st"
    p = kg("build", DATA, "--store", store)
    assert p.returncode == 0, p.stderr
    assert "5 of 5 documents loaded" in p.stdout and "coverage" in p.stdout
    out = tmp_path / "g.trig"
    assert kg("export", "--format", "trig", "--output", out, "--store", store).returncode == 0
    ds = rdflib.Dataset()
    ds.parse(out, format="trig")
    n = len(GraphStore(store, read_only=True))
    assert sum(1 for _ in ds.quads((None, None, None, None))) == n


@pytest.mark.parametrize("fmt,parser", [("nquads", "nquads"), ("turtle", "turtle"), ("ntriples", "nt"), ("jsonld", "json-ld")])
def test_every_export_format_parses(corpus_store, tmp_path, fmt, parser):
    out = tmp_path / f"g.{fmt}"
    p = kg("export", "--format", fmt, "--output", out, "--store", corpus_store.path)
    assert p.returncode == 0, p.stderr
    g = rdflib.Dataset() if fmt in ("nquads", "jsonld") else rdflib.Graph()
    g.parse(out, format=parser)
    assert len(g) > 0 or sum(1 for _ in g.quads((None, None, None, None))) > 1000


@pytest.mark.parametrize("fmt,name", [("nquads", "N_QUADS"), ("trig", "TRIG"), ("jsonld", "JSON_LD")])
def test_a_dataset_export_reads_back_as_the_store_s_named_graphs(corpus_store, tmp_path, fmt, name):
    """N-Quads, TriG and JSON-LD are written graph by graph by the store (N-Triples with the graph's name at each
    line's end, Turtle in the graph's block under prefixes declared once, a graph object around each graph's node
    objects): read back, the very quads of the named graphs, and the default graph (their union, which every query
    reads) left out."""
    import pyoxigraph as ox

    out = tmp_path / f"g.{fmt}"
    assert kg("export", "--format", fmt, "--output", out, "--store", corpus_store.path).returncode == 0
    back = set(ox.parse(path=str(out), format=getattr(ox.RdfFormat, name)))
    store = GraphStore(corpus_store.path, read_only=True)
    assert back == set(store.named_quads()) and len(back) == len(store) > 1000
    assert not any(q.graph_name == ox.DefaultGraph() for q in back)


def test_csv_export(corpus_store, tmp_path):
    out = tmp_path / "g.csv"
    assert kg("export", "--format", "csv", "--output", out, "--store", corpus_store.path).returncode == 0
    import csv

    rows = list(csv.reader(out.open(encoding="utf-8", newline="")))
    assert rows[0] == ["graph", "subject", "predicate", "object", "datatype", "lang"]
    assert len(rows) - 1 == len(corpus_store)
    # (written by the store's CSV writer of SPARQL results: each row the quad's terms, a literal's datatype and
    # language; texts with commas, quotes and line breaks read back as they are)
    quads = {(q.graph_name.value, q.subject.value, q.predicate.value, q.object.value,
              getattr(getattr(q.object, "datatype", None), "value", ""), getattr(q.object, "language", "") or "")
             for q in corpus_store.named_quads()}
    assert {tuple(r) for r in rows[1:]} == quads and any("\n" in r[3] and "," in r[3] for r in rows[1:])


def test_bad_document_is_reported_and_the_rest_loads(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for f in DATA.glob("*.txt"):
        (corpus / f.name).write_bytes(f.read_bytes())
    (corpus / "zz_empty.txt").write_text("", encoding="utf-8")
    (corpus / "zz_binary.txt").write_bytes(b"\x00\x01\x02\x03binary")
    p = kg("build", corpus, "--store", tmp_path / "st")
    assert p.returncode == 1
    assert "zz_empty.txt:1" in p.stderr and "zz_binary.txt:1" in p.stderr
    assert "5 of 7 documents loaded" in p.stdout


def test_a_folder_with_no_documents_says_so(tmp_path):
    """A folder that holds no document (a wrong path, most likely) builds nothing and says why, on stderr."""
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.pdf").write_bytes(b"%PDF-1.4")
    p = kg("build", tmp_path / "empty", "--store", tmp_path / "st")
    assert p.returncode == 0 and "0 of 0 documents loaded" in p.stdout
    assert "no documents found in" in p.stderr and ".md" in p.stderr


def test_usage_errors_exit_2(tmp_path):
    assert kg("build", tmp_path / "missing", "--store", tmp_path / "st").returncode == 2
    assert kg("export", "--format", "pdf", "--store", tmp_path / "st").returncode == 2
    assert kg("export", "--store", tmp_path / "nothing-here").returncode == 2


def test_a_document_replaced_by_a_broken_version_leaves_nothing_behind(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    doc = corpus / "003.txt"
    doc.write_bytes((DATA / "003_feef673e1d501f97.txt").read_bytes())
    store = GraphStore(tmp_path / "st")
    build([corpus], store)
    assert select(store, 'SELECT ?a WHERE { ?a eli:number "399" }')
    doc.write_bytes(b"\x00broken")
    report = build([corpus], store)
    assert report.failed
    assert not select(store, 'SELECT ?a WHERE { ?a eli:number "399" }')


def test_summary_counts_match_the_graph():
    from kg.build import parse_and_map
    from kg.iri import DEFAULT_BASE

    s = parse_and_map((str(DATA / "000_1204b08a91af53df.txt"), DEFAULT_BASE))[3]
    assert (s.approvals, s.index_entries, s.instructions_failed) == (22, 11, 0)
    assert s.coverage >= 0.98


def test_cli_rebuild_reports_nothing_changed(tmp_path):
    first = kg("build", DATA, "--store", tmp_path / "s", "-q")
    again = kg("build", DATA, "--store", tmp_path / "s", "-q")
    assert first.returncode == again.returncode == 0, first.stderr + again.stderr
    assert f"{len(CORPUS) + 2} graphs changed" in first.stdout  # documents, ontology, registry
    assert "(0 graphs changed" in again.stdout


def test_batch_written_in_the_background_equals_one_graph_at_a_time(tmp_path):
    """GraphBatch writes full batches from a thread of its own while it gathers the next: with a
    limit small enough for many writes, and a graph named twice, the store holds exactly what
    replacing graph by graph gives; a write that fails is raised in the gathering thread."""
    from kg.iri import DEFAULT_BASE
    from kg.store import GraphBatch, _parse_quads

    docs = [map_for_store((str(p), DEFAULT_BASE)) for p in CORPUS]
    docs.append(docs[0])  # the first document again, after the others: a diff, not a second load
    one = GraphStore(tmp_path / "one")
    for _, graph, payload, _, _ in docs:
        one.replace_graph(graph, _parse_quads(payload[0]))
    for background in (True, False):
        store = GraphStore(tmp_path / f"batch-{background}")
        with store.batch(limit=1000) as batch:
            batch.background = background
            for _, graph, payload, summary, _ in docs:
                batch.replace(graph, payload, summary.quads)
        assert quads(store) == quads(one)
    broken = GraphBatch(GraphStore(tmp_path / "broken"), limit=1)
    broken.replace("http://example.org/g/bad", (b"<http://a> <http://b> not-a-term <http://g> .\n", b""), 1,
                   keep=False)
    with pytest.raises(StoreError, match="cannot write 1 graphs"):
        broken.flush()


def test_build_with_unparsed_reads_every_document_again_and_lists_what_it_did_not_carry(tmp_path):
    """`kg build --unparsed` (`carried`): each document is read again, whatever the build cache knows, and its summary
    lists the lines it gives that reach no data (kg/kept.py), as the check finds them on the same text."""
    from kg.corpus import read_parts
    from kg.kept import lost_lines
    from kg.parse import parse_bytes

    store = GraphStore(tmp_path / "store")
    first = build([DATA], store)
    again = build([DATA], store, carried=True)
    assert again.changed == 0 and len(again.docs) == len(first.docs)  # (read again, the same graphs: nothing written)
    for d in again.docs:
        raw = read_parts(Path(d.file))[0]
        assert d.not_carried == lost_lines(raw.decode("utf-8"), parse_bytes(raw, d.file))
    # a summary as the cache keeps it (JSON lists) gives the lines back as (line, text)
    from kg.build import DocSummary

    assert DocSummary.of({"file": "a.md", "not_carried": [[3, "x"]]}).not_carried == [(3, "x")]


def test_the_summary_prints_the_lines_not_carried():
    from kg.build import BuildReport, DocSummary
    from kg.cli import _summary, out

    doc = DocSummary("a/kaz.md", act="№ 1 of 2024-01-10", lines_total=10, lines_understood=10,
                     not_carried=[(7, "## 3. Бюджеттің атқарылуын талдау")])
    with out.capture() as captured:
        _summary(BuildReport([doc], quads=1, store="s"), quiet=True, show_unparsed=True)
    assert "not carried: a/kaz.md:7: ## 3. Бюджеттің атқарылуын талдау" in captured.get()


def test_the_table_of_a_large_build_lists_the_acts_with_something_to_report():
    # a build of thousands of acts printed a row for each (0.5 s of 6 at 1,000 synthetic documents, the whole table
    # held to measure its columns): above 100 acts the table lists the acts with lines left or texts failed, the worst
    # first, and says how many it left out; --every-row lists them all
    from kg.build import BuildReport, DocSummary
    from kg.cli import _ROWS, _summary, out

    docs = [DocSummary(f"d{i}.md", act=f"№ {i}", act_iri=f"a{i}", lines_total=10, lines_understood=10)
            for i in range(_ROWS + 50)]
    docs[7] = DocSummary("d7.md", act="№ 7", act_iri="a7", lines_total=10, lines_understood=6)
    docs[9] = DocSummary("d9.md", act="№ 9", act_iri="a9", lines_total=10, lines_understood=9)
    docs[11] = DocSummary("d11.md", act_iri="a11", error="d11.md:3: bad table")
    for every, listed in ((False, ["d11.md", "d7.md", "d9.md"]), (True, [d.file for d in docs])):
        with out.capture() as captured:
            _summary(BuildReport(docs, quads=1, store="s"), quiet=False, show_unparsed=False, every_row=every)
        text = captured.get()
        rows = [line.split("│")[1].strip() for line in text.splitlines() if line.startswith("│")]
        assert rows == listed
        assert ("147 of 150 acts not listed: 147 read whole, 0 more with something to report" in text) is not every
