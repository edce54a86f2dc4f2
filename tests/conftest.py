"""Shared fixtures: the bundled corpus built once into a temporary store."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from kg.build import build
from kg.store import GraphStore

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
CORPUS = sorted(DATA.glob("*.txt"))


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/*.json from the parser")


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory) -> GraphStore:
    """The bundled corpus, built once and opened read-only: servers and workers the tests start
    open the same folder read-only while no writer holds it (a writer's background compaction
    can remove a file a reader is opening)."""
    return GraphStore(fresh_store(tmp_path_factory.mktemp("store")), read_only=True)


def fresh_store(path: Path) -> Path:
    """The bundled corpus built into a store of its own at `path`, closed, for a server to write.

    (Copying the session store's folder races RocksDB's background compaction: a file listed
    can be gone when it is copied.)"""
    store = GraphStore(path)
    report = build([DATA], store)
    assert not report.failed, [d.error for d in report.failed]
    store.flush()
    del store
    return path


@pytest.fixture(scope="session")
def corpus_docs():
    from kg.parse import parse_bytes

    return {p.name[:3]: parse_bytes(p.read_bytes(), str(p)) for p in CORPUS}


def ask(store: GraphStore, query: str) -> bool:
    from kg.vocab import sparql_prefixes

    return bool(store.query(sparql_prefixes() + query))


def select(store: GraphStore, query: str) -> list[dict]:
    from kg.vocab import sparql_prefixes

    res = store.query(sparql_prefixes() + query)
    names = [v.value for v in res.variables]
    return [{n: (row[n].value if row[n] is not None else None) for n in names} for row in res]


def load_synth():
    """bench/synth.py, the synthetic corpus generator, as a module (loaded once)."""
    if "synth" not in sys.modules:
        spec = importlib.util.spec_from_file_location("synth", ROOT / "bench" / "synth.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["synth"] = module  # dataclasses look their module up
        spec.loader.exec_module(module)
    return sys.modules["synth"]
