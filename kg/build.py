"""The pipeline end to end: files in, one named graph per document in the store.

Each document is read, parsed, mapped and written on its own: a bad document is
reported with its file and line and the others still load. Building the same corpus
twice leaves exactly the same quads.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import NamedNode, Quad

from .errors import KzlexError, UsageError
from .iri import DEFAULT_BASE, Minter
from .ontology import ontology_quads
from .parse import parse_bytes
from .rdf import document_quads, reference_quads
from .store import GraphStore

__all__ = ["build", "BuildReport", "DocSummary", "collect"]

SUFFIXES = {".txt", ".md", ".text"}


@dataclass
class DocSummary:
    file: str
    error: str | None = None
    act: str | None = None
    units: int = 0
    amendments: int = 0
    positions: int = 0
    approvals: int = 0
    index_entries: int = 0
    lines_total: int = 0
    lines_understood: int = 0
    instructions_found: int = 0
    instructions_failed: int = 0
    unparsed: list[tuple[int, str]] = field(default_factory=list)
    quads: int = 0

    @property
    def coverage(self) -> float:
        return self.lines_understood / self.lines_total if self.lines_total else 0.0


@dataclass
class BuildReport:
    docs: list[DocSummary]
    quads: int = 0
    store: str | None = None

    @property
    def failed(self) -> list[DocSummary]:
        return [d for d in self.docs if d.error]

    @property
    def coverage(self) -> float:
        total = sum(d.lines_total for d in self.docs)
        return sum(d.lines_understood for d in self.docs) / total if total else 0.0


def collect(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and the text files under folders named, sorted; a missing path is a usage error."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        elif p.is_file():
            out.append(p)
        else:
            raise UsageError(f"no such file or folder: {p}")
    return out


def summarise(path: Path, doc) -> DocSummary:
    ref = doc.act.ref if doc.act else None
    return DocSummary(
        str(path), None, f"№ {ref.number} of {ref.date}" if ref else None, len({u.path for u in doc.units}),
        len(doc.amendments), len(doc.positions), len(doc.approvals), len(doc.index_entries), doc.lines_total,
        doc.lines_understood, doc.instructions_found, len(doc.instructions_failed), list(doc.unparsed))


def build(paths: Iterable[str | Path], store: GraphStore, base: str = DEFAULT_BASE,
          progress: Callable[[str], None] | None = None) -> BuildReport:
    minter = Minter(base)
    files = collect(paths)
    store.replace_graph(minter.graph("ontology"), ontology_quads(minter.graph("ontology")))
    store.replace_graph(minter.graph("reference"), reference_quads(minter, minter.graph("reference")))
    report = BuildReport([], store=str(store.path) if store.path else None)
    for path in files:
        report.docs.append(build_one(path, store, minter))
        if progress:
            progress(str(path))
    from .lineage import rebuild_versions

    rebuild_versions(store, minter)
    store.flush()
    report.quads = len(store)
    return report


def build_one(path: Path, store: GraphStore, minter: Minter) -> DocSummary:
    graph = minter.source(path.name)
    try:
        doc = parse_bytes(path.read_bytes(), str(path))
        graph, quads = document_quads(doc, minter, doc.lang)
    except KzlexError as exc:
        store.replace_graph(graph, [])  # the file as it is now is not in the graph, not even in part
        return DocSummary(str(path), error=str(exc))
    except OSError as exc:
        return DocSummary(str(path), error=f"{path}:1: cannot read: {exc}")
    store.replace_graph(graph, quads)
    s = summarise(path, doc)
    s.quads = len(quads)
    return s


def quads_of(store: GraphStore, graph: str) -> list[Quad]:
    return list(store.store.quads_for_pattern(None, None, None, NamedNode(graph)))
