"""The pipeline end to end: files in, one named graph per document in the store.

Each document is read, parsed, mapped and written on its own: a bad document is
reported with its file and line and the others still load. Building the same corpus
twice leaves exactly the same quads.
"""
from __future__ import annotations

import datetime
import hashlib
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path


from .bilingual import russian_titles, titled_laws, unlisted
from .buildcache import BuildCache, code_digest
from .corpus import (Source, TitledDocument, act_meta, discover, read_folders, read_meta, read_parts, refused, where,
                     with_commits)
from .editions import deleted_acts, earlier_editions
from .errors import InputError, KzlexError
from .iri import DEFAULT_BASE, Minter
from .kept import lost_lines
from .model import ActMeta, Document
from . import lineage
from .lineage import Touched
from .search import SearchIndex
from .ontology import ontology_quads
from .parse import known_by_title, names_numberless, numbered_as_in, parse_bytes, parse_requisites
from .rdf import document_quads, reference_quads
from .store import GraphStore, serialized

__all__ = ["build", "BuildReport", "DocSummary", "collect", "sources", "parse_and_map", "map_for_store"]

OPTIMIZE_FROM = 1_000  # graphs changed: from this many, compact the store at the end of the build
FULL_LINEAGE_ABOVE = 2_000  # acts touched: above this, recomputing all lineage is cheaper than patching


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
    effects: dict[str, int] = field(default_factory=dict)
    name: str | None = None  # the source's name: its path under the folder given
    lang: str | None = None
    act_iri: str | None = None
    warnings: list[str] = field(default_factory=list)  # "file:line: ..." read, but not as written
    pieces: list[tuple[int, str]] | None = None  # a split text: where each of its files starts (corpus.read_parts)
    not_carried: list[tuple[int, str]] = field(default_factory=list)  # (line, text) read, kept in no data (kg/kept.py)

    def where(self, line: int) -> str:
        """"file:line" of a line read, in the file it came from."""
        return where(self.pieces, line, self.file)

    @property
    def coverage(self) -> float:
        return self.lines_understood / self.lines_total if self.lines_total else 0.0

    @classmethod
    def of(cls, fields: dict) -> "DocSummary":
        """A summary from its fields as the build cache keeps them (JSON: lists for tuples)."""
        s = cls(**{k: v for k, v in fields.items() if k in cls.__dataclass_fields__})
        s.unparsed = [tuple(x) for x in s.unparsed]
        s.not_carried = [tuple(x) for x in s.not_carried]
        s.pieces = [tuple(x) for x in s.pieces] if s.pieces else None
        return s


@dataclass
class BuildReport:
    docs: list[DocSummary]
    quads: int = 0
    store: str | None = None
    changed: int = 0  # graphs whose content changed (documents, registry, ontology)
    seconds: dict[str, float] = field(default_factory=dict)  # by phase: load, lineage, optimize
    missing: list[str] = field(default_factory=list)  # sources an earlier build read from these folders, gone now
    pruned: list[str] = field(default_factory=list)  # ... and removed from the store (--prune)
    warnings: list[str] = field(default_factory=list)  # said of the build, not of one document

    @property
    def failed(self) -> list[DocSummary]:
        return [d for d in self.docs if d.error]

    @property
    def coverage(self) -> float:
        total = sum(d.lines_total for d in self.docs)
        return sum(d.lines_understood for d in self.docs) / total if total else 0.0

    def totals(self) -> dict[str, int]:
        """Documents loaded, amendments by effect, positions, index entries, approvals."""
        out = Counter(documents=len(self.docs) - len(self.failed))
        for d in self.docs:
            out.update(d.effects)
            out.update(positions=d.positions, index_entries=d.index_entries, approvals=d.approvals)
        return dict(sorted(out.items()))


def collect(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and the text files under folders named, sorted; a missing path is a usage error."""
    return [s.path for s in discover(paths)]


def sources(items: Iterable) -> list[Source]:
    """Sources of the paths given (and sources given as they are)."""
    items = list(items)
    return [x for x in items if isinstance(x, Source)] + discover([x for x in items if not isinstance(x, Source)])


def summarise(path: Path, doc) -> DocSummary:
    ref = doc.act.ref if doc.act else None
    return DocSummary(
        str(path), None, f"№ {ref.number} of {ref.date}" if ref else None, len({u.path for u in doc.units}),
        len(doc.amendments), len(doc.positions), len(doc.approvals), len(doc.index_entries), doc.lines_total,
        doc.lines_understood, doc.instructions_found, len(doc.instructions_failed), list(doc.unparsed),
        effects=dict(Counter(a.effect for a in doc.amendments)), warnings=list(doc.warnings))


def build(paths: Iterable, store: GraphStore, base: str = DEFAULT_BASE,
          progress: Callable[[str], None] | None = None, jobs: int = 1, prune: bool = False,
          history: bool = False, carried: bool = False) -> BuildReport:
    """Parse, map and load every document; `jobs` > 1 parses in a process pool (the store is written here).

    Only what changed is written: a document whose quads are the same as in the store is
    left alone, and lineage is recomputed for the acts that the changed documents touch
    (all of it on a first build, or after a build that was stopped). Sources that an
    earlier build read from the same folders and that are gone now are listed
    (``report.missing``) and kept, or removed with `prune`. With `history`, the earlier
    editions of each act folder in a git work tree are read too (kg/editions.py). With `carried`, every document is
    read again and its summary lists the lines it gives that reach no data (kg/kept.py: about a tenth of the time
    parsing takes, so only when asked)."""
    minter = Minter(base)
    paths = list(paths)
    files = sources(paths)
    roots = _roots(paths)
    clock = time.perf_counter()
    report = BuildReport([], store=str(store.path) if store.path else None)
    if history:
        out = Path(store.path) / "editions" if store.path is not None else Path(tempfile.mkdtemp(prefix="kzlex-editions-"))
        files = earlier_editions(files, out, report.warnings.append) + deleted_acts(roots, files, out)
    # every meta.yaml read once: two acts of one body, day and number (and two registrations), and the documents of
    # the corpus that other acts name by their own number and title alone
    files, titled, apart = read_folders(files)
    with store.writing(derived=[minter.graph("lineage")]) as repaired:
        # the lineage is recomputed whole when another version of kzlex computed it: what a version of a unit is,
        # and its text, change with the code as much as with the documents
        stale = store.path is not None and store.state().get("lineage_code") != code_digest()
        _run(store, minter, base, files, roots, report, progress, jobs, prune,
             full=repaired or not store.has_graph(minter.graph("lineage")), clock=clock, stale_lineage=stale,
             carried=carried, titled=titled, apart=apart)
        if store.path is not None:
            store.set_state(lineage_code=code_digest())
    report.quads = len(store)
    return report


def _run(store: GraphStore, minter: Minter, base: str, files: list[Source], roots: list[str], report: BuildReport,
         progress, jobs: int, prune: bool, full: bool, clock: float, stale_lineage: bool = False,
         carried: bool = False, titled: tuple[TitledDocument, ...] = (), apart: frozenset[tuple] = frozenset()) -> None:
    """The build inside the store's write session: documents, sources gone, lineage, compaction (`full`: every
    document written again and the lineage recomputed whole; `stale_lineage`: the lineage only)."""
    touched = Touched(limit=FULL_LINEAGE_ABOVE)  # only a summary of each change is kept
    # the search index is rewritten whole when it is missing or a build stopped while writing it
    whole_index = store.path is not None and (store.state().get("search") != "complete"
                                               or not SearchIndex.exists(store.path))
    if store.path is not None:
        store.set_state(search="incomplete")

    def changed(change) -> None:
        if change is not None:
            report.changed += 1
            if not full:
                touched.add(change)

    changed(store.replace_graph(minter.graph("ontology"), ontology_quads(minter.graph("ontology"))))
    changed(store.replace_graph(minter.graph("reference"), reference_quads(minter, minter.graph("reference"))))
    # a document whose bytes, meta.yaml and reading code are those of the last build keeps its graph unread
    cache = BuildCache.open(store, use=not full)
    # (`carried`: every document read again, whatever the cache knows, for the lines it gives that reach no data)
    tasks = [(str(s.path), base, s.name, str(s.meta) if s.meta else None, s.lang,
              None if carried else cache.known(s.name), s.edition,
              (s.cause, s.repeal) if s.cause or s.repeal else None, carried, s.apart) for s in files]
    _with_corpus(titled, apart)  # for every parsing process
    results = _in_pool(tasks, jobs, titled, apart) if jobs > 1 and len(tasks) > 1 else map(map_for_store, tasks)
    with store.batch() as batch:
        # (results are read to their end, never zip()ped with the files: zip stops at the last file without asking
        # the pool's generator for more, which then keeps the pool and its queues alive through lineage, ~150 MB
        # more at 10,000 documents)
        for i, (path, graph, payload, summary, key) in enumerate(results):
            source = files[i]
            if summary is None:  # unchanged: its graph stays, its summary is the last build's
                summary = DocSummary.of(cache.get(source.name, key))
            else:
                cache.put(source.name, key, summary)
                # a failed document (no payload) leaves nothing of itself, not even an older version
                changed(batch.replace(graph, payload, summary.quads, keep=not full))
            report.docs.append(summary)
            if progress:
                progress(path)
    _with_corpus(())
    _gone(store, minter, roots, files, report, prune, changed, cache)
    store.flush()
    report.seconds["load"], clock = time.perf_counter() - clock, time.perf_counter()
    acts = None
    index = SearchIndex(store.path) if store.path is not None else None
    relineage = full or stale_lineage or touched.overflow
    whole = index is not None and (whole_index or relineage)
    if whole:
        index.clear()
    if relineage:  # the whole lineage: its versions go to the index as they are computed
        lineage.rebuild_versions(store, minter, texts=index.add_version if whole else None)
    elif report.changed:
        acts = touched.resolve(store)
        lineage.update_versions(store, minter, acts)
    store.flush()
    report.seconds["lineage"], clock = time.perf_counter() - clock, time.perf_counter()
    if index is not None:
        if whole:  # cleared above; unit rows came from lineage when it was recomputed whole
            index.add_all(store, units=not relineage)
        elif acts:
            index.reindex(store, sorted(acts))
        index.commit()
        store.set_state(search="complete")
    if report.changed or "modified" not in store.state():  # dcterms:modified of the dataset (kg/void.py)
        store.set_state(modified=datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat())
    report.seconds["search"], clock = time.perf_counter() - clock, time.perf_counter()
    if report.changed >= OPTIMIZE_FROM:
        store.optimize()  # compaction after a large write keeps later queries fast
    store.flush()  # nothing left in the write-ahead log for the next opening to replay
    cache.save()
    report.seconds["optimize"] = time.perf_counter() - clock


def _map_many(tasks: list) -> list:
    return [map_for_store(task) for task in tasks]


# the documents of the corpus being built that other acts name by their own number and title, and the acts of one
# body, day and number its folders tell apart by registration (kg/corpus.py `read_folders`), with their digest, which
# every document's key (kg/buildcache.py) holds: set in each parsing process for one build
_CORPUS: tuple[tuple[TitledDocument, ...], str | None, frozenset[tuple]] = ((), None, frozenset())


def _with_corpus(titled: tuple[TitledDocument, ...], apart: frozenset[tuple] = frozenset()) -> None:
    global _CORPUS
    digest = hashlib.sha256(repr((titled, sorted(apart))).encode("utf-8")).hexdigest()[:16] if titled or apart else None
    _CORPUS = (titled, digest, apart)


def _in_pool(tasks: list, jobs: int, titled: tuple[TitledDocument, ...] = (), apart: frozenset[tuple] = frozenset(),
             window: int = 512, chunk: int = 16):
    """Results in input order from a process pool, with at most `window` documents in flight (each
    is bytes of N-Quads by then: ~30 MB in all), enough for the workers to go on parsing while the
    store takes a batch:
    the workers never run so far ahead of the store that parsed documents pile up in memory."""
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(jobs, initializer=_with_corpus, initargs=(titled, apart)) as pool:
        pending: deque = deque()
        for i in range(0, len(tasks), chunk):  # a few documents a task: a task's own cost is ~0.3 ms
            pending.append(pool.submit(_map_many, tasks[i:i + chunk]))
            if len(pending) * chunk >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def parse_and_map(task: tuple, raw: bytes | None = None) -> tuple[str, str, list | None, DocSummary]:
    """Read, parse and map one file (in any process): (path, graph, quads or None, summary).

    task: (path, base[, name, meta.yaml path, language, edition, cause, carried, apart]); `raw`: the file's bytes, when
    read already; `carried`: the summary lists the lines read that reach no data (kg/kept.py); `apart`: the registration
    number that tells the act apart from another of its body, day and number (kg/corpus.py `told_apart`);
    `edition`: an earlier edition of the act's text, mapped as its wording only (kg/editions.py); `cause`: what the
    corpus's commits say where meta.yaml says nothing, (Source.cause, Source.repeal) or None.
    Whatever goes wrong inside one document is that document's error (``file:line: reason``), never
    the build's."""
    path, base = Path(task[0]), task[1]
    name, meta_path, lang, edition, cause, carried, apart = (
        tuple(task[2:9]) + (None, None, None, False, None, False, None))[:7]
    name = name or path.name
    minter = Minter(base)
    graph = minter.source(name)
    try:
        why = refused(path)
        if why:
            raise InputError(f"{path}:1: {why}")
        meta = _folder_meta(meta_path, cause) if meta_path else None
        raw = path.read_bytes() if raw is None else raw
        if meta is not None and path == Path(meta_path):  # an act folder with its requisites and no text
            doc, pieces = parse_requisites(raw, str(path), meta), [(1, path.name)]
        else:
            data, pieces, own = _text(path, raw)
            doc = _read_before(str(path), data, meta, lang, own) or parse_bytes(data, str(path), meta, lang, own)
            if meta is not None and not edition and doc.lang == "kk" and (
                    any(map(unlisted, titled_laws(doc))) or names_numberless(doc)) and (ru := _russian(path, meta)):
                # (the laws it cites by titles laws.yaml does not list: named as the act's Russian text names them;
                # the acts it names by day alone: numbered as the Russian text numbers them)
                numbered_as_in(doc, ru)
                minter.russian_titles = russian_titles(doc, ru, base)
        if apart and doc.act is not None:  # another act of the corpus has its body, day and number
            minter.tell_apart(doc.act.ref, apart)
        minter.corpus_apart = _CORPUS[2]  # (acts the corpus tells apart, which a mention names by its registration)
        known_by_title(doc, _CORPUS[0])  # an instruction named by its number and title, held in another act folder
        if edition and doc.act is not None:  # the act's wording that day; the rest is the newest edition's to state
            doc = replace(doc, units=[u for u in doc.units if u.act == doc.act.ref], positions=[], index_entries=[],
                          approvals=[], signatories=[], amendments=[], acts=[])
        graph, quads = document_quads(doc, minter, doc.lang, name, edition=bool(edition))
        s = summarise(path, doc)
        s.pieces = pieces if len(pieces) > 1 else None
        if carried and not doc.requisites_only:
            s.not_carried = lost_lines(data.decode("utf-8", "replace"), doc)
        s.act_iri = minter.act(doc.act.ref) if doc.act else None
    except KzlexError as exc:
        return str(path), graph, None, DocSummary(str(path), error=str(exc), name=name)
    except OSError as exc:
        return str(path), graph, None, DocSummary(str(path), error=f"{path}:1: cannot read: {exc}", name=name)
    except Exception as exc:  # noqa: BLE001 — a bug met on one document must not stop the others
        return str(path), graph, None, DocSummary(
            str(path), error=f"{path}:1: internal error ({type(exc).__name__}: {exc})", name=name)
    s.quads, s.name, s.lang = len(quads), name, None if doc.requisites_only else doc.lang
    return str(path), graph, quads, s


def _text(path: Path, raw: bytes) -> tuple[bytes, list, str | None]:
    """A text's bytes to parse, its parts, and the hash of the whole it was read from when it is split in parts
    (kaz/sec001.md ...; else None)."""
    data, pieces = read_parts(path, raw)
    return data, pieces, hashlib.sha256(raw).hexdigest() if len(pieces) > 1 else None


def _russian(path: Path, meta: ActMeta) -> Document | None:
    """The folder's Russian text beside an act folder's Kazakh text, read here; None where there is none, or it cannot
    be read (its own reading reports why)."""
    global _RUSSIAN
    sibling = _sibling(path)
    if sibling is None:
        return None
    try:
        data, _, own = _text(sibling, sibling.read_bytes())
        ru = parse_bytes(data, str(sibling), meta, "ru", own)
    except Exception:  # noqa: BLE001 — the Russian text's own task says what is wrong with it
        return None
    _RUSSIAN = ((str(sibling), data, meta, own), ru)  # (its own task comes next in this process, most often)
    return ru


# the Russian text `_russian` read last in this process, with what it was read from: the folder's texts are
# tasks one after the other, so the Russian text's own task most often finds it read already
_RUSSIAN: tuple = (None, None)


def _read_before(path: str, data: bytes, meta: ActMeta | None, lang: str | None, own: str | None) -> Document | None:
    """The document `_russian` read from these very bytes and requisites, once; else None."""
    global _RUSSIAN
    key, doc = _RUSSIAN
    if doc is None or lang != "ru" or key != (path, data, meta, own):
        return None
    _RUSSIAN = (None, None)
    return doc


def _sibling(path: Path) -> Path | None:
    """The Russian text beside an act folder's Kazakh text, where there is one."""
    if path.name.lower() != "kaz.md":
        return None
    sibling = path.with_name("rus.md")
    return sibling if sibling.is_file() else None


# the requisites read last in this process, with the meta.yaml bytes and commits they were read from: an act folder's
# texts come one after the other (kaz.md, rus.md), and reading the YAML again cost a tenth of a small text's parsing
_META: tuple = (None, None)


def _folder_meta(meta_path: str, cause: tuple | None) -> ActMeta:
    """The act's requisites from its folder's meta.yaml (and the corpus's commits, `cause`), read once for its texts."""
    try:
        raw = Path(meta_path).read_bytes()
    except OSError:
        raw = None  # read_meta says why
    key = (meta_path, raw, cause) if raw is not None else None
    global _META
    if key is not None and _META[0] == key:
        return _META[1]
    meta = act_meta(with_commits(read_meta(Path(meta_path), raw), *(cause or ())), str(meta_path))
    _META = (key, meta)
    return meta


def map_for_store(task: tuple) -> tuple[str, str, tuple[bytes, bytes] | None, DocSummary | None, str | None]:
    """parse_and_map, with the quads serialized for the store's batch writer (in the worker: the
    process that writes the store receives bytes, not a Python object per quad), and the document's
    key (kg/buildcache.py). task: as parse_and_map's, then the key the last build saw: when the key is
    the same, the document is not read again (no quads, no summary)."""
    name, meta, lang, known, edition, cause, carried, apart = (tuple(task[2:10]) + (None,) * 8)[:8]
    name = name or Path(task[0]).name
    try:  # read once: the key is of the bytes the document is read from
        raw = Path(task[0]).read_bytes()
    except OSError:
        raw = None  # parse_and_map says why
    extra = (cause, apart) if apart else cause
    if meta and (sibling := _sibling(Path(task[0]))) is not None:  # (its laws are named as the Russian text names them)
        try:
            extra = (extra, hashlib.sha256(sibling.read_bytes()).hexdigest())
        except OSError:
            pass
    key = BuildCache.key(task[0], task[1], name, meta, lang, raw, (extra, _CORPUS[1]) if _CORPUS[1] else extra) \
        if raw is not None else None
    if key is not None and key == known:
        return task[0], Minter(task[1]).source(name), None, None, key
    path, graph, quads, summary = parse_and_map(tuple(task[:5]) + (bool(edition), cause, bool(carried), apart), raw)
    return path, graph, serialized(quads), summary, key


def _roots(paths: list) -> list[str]:
    return sorted(str(Path(p).resolve()) for p in paths if not isinstance(p, Source) and Path(p).is_dir())


def _gone(store: GraphStore, minter: Minter, roots: list[str], files: list[Source], report: BuildReport,
          prune: bool, changed, cache: BuildCache) -> None:
    """Sources an earlier build read from these folders that this build no longer finds: listed, and
    removed with `prune` (the lineage they touched is recomputed like any change)."""
    known = store.state().get("sources", {})
    for root in roots:
        now = {s.name for s in files if s.root == root}
        gone = sorted(set(known.get(root, ())) - now)
        report.missing += gone
        if prune:
            for name in gone:
                changed(store.replace_graph(minter.source(name), []))
                cache.forget(name)
            report.pruned += gone
            gone = []
        known[root] = sorted(now.union(gone))
    if roots:
        store.set_state(sources=known)

