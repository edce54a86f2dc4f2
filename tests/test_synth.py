"""The synthetic corpus (bench/synth.py) says what a build must report, and the build reports it."""
from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path

import pytest

from kg.build import build
from kg.store import GraphStore
from kg.validate import validate_store

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("synth", ROOT / "bench" / "synth.py")
synth = importlib.util.module_from_spec(spec)
sys.modules["synth"] = synth  # dataclasses look their module up
spec.loader.exec_module(synth)


def digest(folder: Path) -> str:
    h = hashlib.sha256()
    for f in sorted(folder.glob("*")):
        h.update(f.name.encode() + f.read_bytes())
    return h.hexdigest()


def test_deterministic_for_a_seed(tmp_path):
    synth.generate(30, tmp_path / "a", seed=7)
    synth.generate(30, tmp_path / "b", seed=7)
    synth.generate(30, tmp_path / "c", seed=8)
    assert digest(tmp_path / "a") == digest(tmp_path / "b") != digest(tmp_path / "c")


@pytest.mark.parametrize("seed", [1, 2])
def test_build_reports_the_expected_counts(tmp_path, seed):
    expected = synth.generate(120, tmp_path / "corpus", seed=seed)
    store = GraphStore(tmp_path / "store")
    report = build([tmp_path / "corpus"], store, jobs=2)
    assert not report.failed
    planted = expected.pop("violations", 0)
    assert report.totals() == expected
    assert report.coverage == 1.0
    assert all(d.instructions_failed == 0 for d in report.docs)
    violations = [r for r in validate_store(store).results if r.severity == "Violation"]
    assert len(violations) == planted, [v.as_dict() for v in violations][:5]


def test_the_corpus_layout_form_reports_its_counts(tmp_path):
    """--layout: act folders (kaz.md, rus.md, meta.yaml) in the corpus markdown, both languages of each
    act written from the same draws; the build reads them at full coverage and reports what they hold."""
    expected = synth.generate(80, tmp_path / "corpus", seed=4, layout=True)
    folders = [p.parent for p in (tmp_path / "corpus").rglob("meta.yaml")]
    assert len(folders) == 80 and all((f / "kaz.md").exists() and (f / "rus.md").exists() for f in folders)
    text = next(iter(folders))
    assert (text / "kaz.md").read_text(encoding="utf-8").startswith("# ")
    assert any("<table>" in (f / "rus.md").read_text(encoding="utf-8") for f in folders)
    assert any("> *" in (f / "kaz.md").read_text(encoding="utf-8") for f in folders)
    store = GraphStore(tmp_path / "store")
    report = build([tmp_path / "corpus"], store, jobs=2)
    assert not report.failed
    planted = expected.pop("violations", 0)
    assert expected["documents"] == 160
    assert report.totals() == expected
    assert report.coverage == 1.0
    violations = [r for r in validate_store(store).results if r.severity == "Violation"]
    assert len(violations) == planted, [v.as_dict() for v in violations][:5]


@pytest.mark.parametrize("layout", [False, True], ids=["text", "layout"])
def test_every_line_of_a_synthetic_document_reaches_the_data(tmp_path, layout):
    """Each genre the generator writes (registers, handbooks, amending orders, repeals, notes, stamps on lines of their
    own in the portal's text) keeps every line it gives (`kg.kept`): nothing read is dropped."""
    from kg.corpus import act_meta, read_meta, read_parts
    from kg.kept import lost_lines
    from kg.parse import parse_bytes

    synth.generate(60, tmp_path / "corpus", seed=5, layout=layout)
    lost = []
    for path in sorted((tmp_path / "corpus").rglob("*")):
        if path.suffix not in (".txt", ".md"):
            continue
        meta_path = path.parent / "meta.yaml"
        meta = act_meta(read_meta(meta_path), str(meta_path)) if layout else None
        raw = read_parts(path)[0]
        doc = parse_bytes(raw, str(path), meta, ("kk" if path.name == "kaz.md" else "ru") if layout else None)
        lost += [(path.name, n, t) for n, t in lost_lines(raw.decode("utf-8"), doc)]
    assert lost == []
