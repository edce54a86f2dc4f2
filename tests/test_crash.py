"""A build killed with SIGKILL at random moments leaves the store openable, every document
either wholly there or wholly absent, and the rebuild gives exactly the quads of a clean build."""
from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.build import build
from kg.store import STATE_FILE, GraphStore

from .conftest import CORPUS, load_synth

LINEAGE = "/graph/lineage"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    synth = load_synth()
    folder = tmp_path_factory.mktemp("crash-corpus")
    synth.generate(250, folder, seed=3)
    (folder / "expected.json").unlink()
    for p in CORPUS:
        (folder / p.name).write_bytes(p.read_bytes())
    return folder


def by_graph(store: GraphStore) -> dict[str, set[str]]:
    """Quads by named graph; the default graph (the set union of the others) under ""."""
    out: dict[str, set[str]] = {}
    for q in store.quads_for_pattern(None, None, None):
        out.setdefault(getattr(q.graph_name, "value", ""), set()).add(str(q))
    return out


def default_is_union(store: GraphStore) -> bool:
    import pyoxigraph as ox

    named = {(q.subject, q.predicate, q.object) for q in store.named_quads()}
    default = {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    return named == default


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory):
    store = GraphStore(tmp_path_factory.mktemp("clean") / "store")
    start = time.monotonic()
    build([corpus], store)
    return by_graph(store), time.monotonic() - start


def _kill_mid_build(corpus: Path, path: Path, delay: float) -> bool:
    """Start `kg build`, wait until it has begun writing (its state says incomplete), let it run
    `delay` seconds more, SIGKILL it. True when the kill landed before the build finished."""
    p = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(corpus), "--store", str(path), "-q"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    state = path / STATE_FILE
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and p.poll() is None:
        try:
            if json.loads(state.read_text(encoding="utf-8")).get("complete") is False:
                break
        except (OSError, ValueError):
            pass
        time.sleep(0.02)
    time.sleep(delay)
    running = p.poll() is None
    try:
        os.killpg(p.pid, signal.SIGKILL)
    except ProcessLookupError:  # it finished just now
        running = False
    p.wait()
    return running and json.loads(state.read_text(encoding="utf-8")).get("complete") is False


def test_sigkill_mid_build(corpus, reference, tmp_path):
    clean, seconds = reference
    rng = random.Random(11)
    for attempt in range(3):
        path = tmp_path / f"store-{attempt}"
        delay = rng.random() * 0.8 * seconds
        for _ in range(4):  # a busy machine can finish first: then kill sooner, never test a finished build
            shutil.rmtree(path, ignore_errors=True)
            if _kill_mid_build(corpus, path, delay):
                break
            delay /= 2
        else:
            pytest.fail(f"attempt {attempt}: the build always finished before the kill")
        store = GraphStore(path)  # opens after the crash
        assert store.needs_repair() or not store.graphs(), f"attempt {attempt}: a killed build looks complete"
        for graph, quads in by_graph(store).items():
            if LINEAGE in graph or not graph:
                continue  # derived: the next build repairs lineage and the union
            assert quads == clean[graph], f"attempt {attempt}: {graph} is only partly there"
        build([corpus], store)
        assert by_graph(store) == clean, f"attempt {attempt}: the rebuild differs from a clean build"
        assert default_is_union(store), f"attempt {attempt}: the default graph is not the union of the named graphs"
        del store
