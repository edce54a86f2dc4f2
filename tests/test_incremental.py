"""Building again after some documents changed gives exactly the store a clean build of the
new corpus gives, while writing only what changed (documents, lineage of the acts they touch)."""
from __future__ import annotations

import shutil
import uuid

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

import kg.lineage
from kg.build import build
from kg.store import LAYOUT, STATE_FILE, GraphStore

from .conftest import CORPUS, load_synth
from .test_crash import by_graph, default_is_union

N = 80




@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    """A corpus (the bundled documents and N synthetic ones), other documents to swap in, and
    the store a clean build of the corpus gives."""
    synth = load_synth()
    base, other = tmp_path_factory.mktemp("base"), tmp_path_factory.mktemp("other")
    synth.generate(N, base, seed=21)
    synth.generate(N, other, seed=22)
    for f in (base / "expected.json", other / "expected.json"):
        f.unlink()
    for p in CORPUS:
        shutil.copy(p, base / p.name)
    store = GraphStore(tmp_path_factory.mktemp("built") / "store")
    build([base], store)
    return base, other, store.path


edits = st.lists(st.tuples(st.integers(0, N + len(CORPUS) - 1), st.sampled_from(["swap", "break", "copy"]),
                           st.integers(0, N - 1)), min_size=1, max_size=4, unique_by=lambda e: e[0])


@settings(max_examples=7, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@example(edits=[(1, "swap", 43)])  # kk and ru texts of one unit once landed on each other's version IRIs
@given(edits=edits)
def test_rebuild_after_edits_equals_a_clean_build(corpora, tmp_path, monkeypatch, edits):
    base, other, built = corpora
    run = tmp_path / uuid.uuid4().hex
    corpus = run / "corpus"
    shutil.copytree(base, corpus)
    shutil.copytree(built, run / "store")
    files = sorted(corpus.iterdir())
    before = {f: f.read_bytes() for f in files}
    for index, how, source in edits:
        target = files[index]
        if how == "swap":  # a different document under the same file name
            target.write_bytes(sorted(other.iterdir())[source].read_bytes())
        elif how == "break":
            target.write_bytes(b"\x00 not a document")
        else:  # the same text as another document of the corpus: two graphs say the same things
            target.write_bytes(files[source].read_bytes())

    def no_full_pass(*a, **k):
        raise AssertionError("a few edited documents must not recompute all lineage")

    store = GraphStore(run / "store")
    with monkeypatch.context() as m:
        m.setattr(kg.lineage, "rebuild_versions", no_full_pass)
        report = build([corpus], store)
    edited = sum(f.read_bytes() != data for f, data in before.items())  # copying a file onto itself edits nothing
    assert report.changed <= len(edits) and (report.changed > 0) == (edited > 0)
    clean = GraphStore(run / "clean")
    build([corpus], clean)
    assert by_graph(store) == by_graph(clean)
    assert default_is_union(store)


def test_rebuilding_an_unchanged_corpus_writes_nothing(corpora, tmp_path):
    base, _, built = corpora
    shutil.copytree(built, tmp_path / "store")
    store = GraphStore(tmp_path / "store")
    before = by_graph(store)
    report = build([base], store)
    assert report.changed == 0
    assert by_graph(store) == before


def _counting(monkeypatch):
    """Count the documents a build reads (parses and maps)."""
    import importlib

    module = importlib.import_module("kg.build")  # (the package's name `kg.build` is the function)
    read = []
    real = module.parse_and_map
    monkeypatch.setattr(module, "parse_and_map", lambda task, *more: read.append(task[0]) or real(task, *more))
    return read


def test_an_unchanged_document_is_not_read_again_and_reports_as_before(corpora, tmp_path, monkeypatch):
    base, _, built = corpora
    shutil.copytree(base, tmp_path / "corpus")
    shutil.copytree(built, tmp_path / "store")
    store = GraphStore(tmp_path / "store")
    first = build([tmp_path / "corpus"], store)  # a store built from another folder: every name is new
    read = _counting(monkeypatch)
    again = build([tmp_path / "corpus"], store)
    assert read == [] and again.changed == 0
    assert [(d.file, d.units, d.coverage, d.unparsed, d.effects) for d in again.docs] == \
        [(d.file, d.units, d.coverage, d.unparsed, d.effects) for d in first.docs]
    edited = sorted((tmp_path / "corpus").iterdir())[3]
    edited.write_bytes(edited.read_bytes() + "\n".encode())
    build([tmp_path / "corpus"], store)
    assert read == [str(edited)]  # one edited file, one read


def test_a_store_written_outside_a_build_is_read_whole_again(corpora, tmp_path, monkeypatch):
    base, _, built = corpora
    shutil.copytree(built, tmp_path / "store")
    store = GraphStore(tmp_path / "store")
    build([base], store)
    before = by_graph(store)
    graph = next(g for g in before if "/source/" in g)
    store.update(f"DELETE WHERE {{ GRAPH <{graph}> {{ ?s <https://w3id.org/kzlex/ontology#linesTotal> ?o }} }}")
    store.sync_default()
    read = _counting(monkeypatch)
    report = build([base], store)
    assert len(read) == len(report.docs) and report.changed == 1  # every document read; the edited graph restored
    assert by_graph(store) == before


def test_a_document_shared_by_many_graphs_leaves_the_union_only_with_the_last(tmp_path):
    """The default graph holds a triple as long as one named graph does."""
    store = GraphStore(None)
    ex = "http://example.org/"
    t = (ox.NamedNode(ex + "act"), ox.NamedNode(ex + "number"), ox.Literal("7"))
    for g in ("a", "b"):
        store.replace_graph(ex + g, [ox.Quad(*t, ox.NamedNode(ex + g))])
    store.replace_graph(ex + "a", [])
    assert list(store.quads_for_pattern(*t, ox.DefaultGraph()))
    store.replace_graph(ex + "b", [])
    assert not list(store.quads_for_pattern(*t, ox.DefaultGraph()))
    assert store.graphs() == []


def test_a_store_of_the_older_layout_is_refused_for_reading_and_repaired_by_build(corpora, tmp_path):
    base, _, built = corpora
    shutil.copytree(built, tmp_path / "store")
    clean = by_graph(GraphStore(tmp_path / "store"))
    raw = ox.Store(str(tmp_path / "store"))  # make it look like layout 1: named graphs only
    raw.clear_graph(ox.DefaultGraph())
    del raw
    (tmp_path / "store" / STATE_FILE).unlink()
    with pytest.raises(Exception, match="older kzlex"):
        GraphStore(tmp_path / "store", read_only=True)
    store = GraphStore(tmp_path / "store")
    build([base], store)
    state = store.state()  # also records, per folder built, the sources read from it
    assert (state["layout"], state["complete"]) == (LAYOUT, True)
    assert by_graph(store) == clean


def test_a_damaged_build_cache_is_forgotten_not_the_build_s_error(corpora, tmp_path, monkeypatch):
    import json

    base, _, built = corpora
    shutil.copytree(built, tmp_path / "store")
    store = GraphStore(tmp_path / "store")
    build([base], store)
    cache = tmp_path / "store" / "kzlex-build-cache.json"
    data = json.loads(cache.read_text(encoding="utf-8"))
    names = sorted(data["docs"])
    data["docs"][names[0]] = {"key": 7}  # damaged by hand
    data["docs"][names[1]]["summary"] = "?"
    cache.write_text(json.dumps(data), encoding="utf-8")
    read = _counting(monkeypatch)
    report = build([base], store)
    assert len(read) == 2 and not report.failed and report.changed == 0  # the two read again, nothing changed
    cache.write_text("{not json", encoding="utf-8")
    report = build([base], store)
    assert len(read) == 2 + len(report.docs) and not report.failed


def test_the_lineage_of_another_version_of_kzlex_is_recomputed_whole(corpora, tmp_path, monkeypatch):
    # a store built by an earlier kzlex, its documents unchanged: the lineage had been left as that version computed
    # it (what a version of a unit is, and its text, changed with the code), until a document changed
    base, _, built = corpora
    shutil.copytree(built, tmp_path / "store")
    store = GraphStore(tmp_path / "store")
    before = by_graph(store)
    lineage_graph = next(g for g in before if g.endswith("/lineage"))
    store.update(f"DELETE WHERE {{ GRAPH <{lineage_graph}> {{ ?v <https://w3id.org/kzlex/ontology#sequence> ?n }} }}")
    store.sync_default()
    store.set_state(lineage_code="an earlier kzlex")
    report = build([base], store)
    assert report.changed == 0  # no document written again
    assert by_graph(store) == before  # the lineage as this version computes it
    whole = []
    monkeypatch.setattr(kg.lineage, "rebuild_versions", lambda *a, **k: whole.append(a))
    build([base], store)
    assert whole == []  # and not again
