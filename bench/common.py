"""Shared helpers of the benchmarks: timing, percentiles, building stores of a given size."""
from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = ROOT / "data"


def timed(fn, repeat: int = 7, warmup: int = 1) -> list[float]:
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def median_ms(times: list[float]) -> float:
    return 1000 * statistics.median(times)


def p95_ms(times: list[float]) -> float:
    s = sorted(times)
    return 1000 * s[min(len(s) - 1, int(round(0.95 * (len(s) - 1))))]


def synthetic(n: int, work: Path, layout: bool = False) -> Path:
    """N synthetic documents (seed 1): portal text files, or with `layout` N/2 act folders of the corpus
    layout (kaz.md and rus.md of each act, meta.yaml)."""
    folder = work / (f"synth-layout-{n}" if layout else f"synth-{n}")
    if not (folder / "expected.json").exists():
        extra = [str(n // 2), str(folder), "--layout"] if layout else [str(n), str(folder)]
        subprocess.run([sys.executable, str(HERE / "synth.py"), *extra], check=True, capture_output=True)
    return folder


def corpus_plus(n: int, work: Path, layout: bool = False) -> Path:
    """A store holding the bundled corpus and N synthetic documents (built once, then reused).

    When build_bench.py left a store of the N synthetic documents, it is copied and the
    corpus is added to it with `build` (an incremental build: 5 new graphs, their lineage)."""
    import shutil

    from kg.build import build
    from kg.store import LAYOUT, GraphStore

    store = work / (f"store-corpus+layout-{n}" if layout else f"store-corpus+{n}")
    built = store / "built.json"
    if not built.exists() or json.loads(built.read_text()).get("layout") != LAYOUT:
        shutil.rmtree(store, ignore_errors=True)
        synth_store = work / (f"store-layout-{n}-2" if layout else f"store-{n}-2")
        how = "built"
        if n and synth_store.exists() and _whole(GraphStore(synth_store, read_only=True).state(), LAYOUT):
            shutil.copytree(synth_store, store)
            folders, how = [DATA], f"the corpus added to the {n:,}-document store of build_bench.py"
        else:
            folders = [DATA] + ([synthetic(n, work, layout)] if n else [])
        gs = GraphStore(store)
        t = time.perf_counter()
        report = build(folders, gs, jobs=2)
        built.write_text(json.dumps({"quads": report.quads, "layout": LAYOUT, "how": how,
                                     "seconds": round(time.perf_counter() - t, 1), "phases": report.seconds}))
        del gs
    elif not (store / "kzlex-search").exists():  # a store built before the search index: add it
        from kg.build import build as rebuild
        from kg.store import GraphStore as Store

        rebuild([DATA] + ([synthetic(n, work, layout)] if n else []), Store(store), jobs=2)
    return store


def _whole(state: dict, layout: int) -> bool:
    return state.get("layout") == layout and state.get("complete") is True


def how_built(store: Path) -> str:
    b = json.loads((store / "built.json").read_text())
    return f"{b.get('how', 'built')} in {b.get('seconds', '?')} s"
