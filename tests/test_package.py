"""The package finds its data files wherever it is installed, and says so when it cannot."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import kg.resources
from kg.queries import registry
from kg.resources import ResourceError, resource_dir, resource_files
from kg.validate import load_shapes


def test_data_files_are_found():
    assert len(resource_files("queries")) >= 10 and len(registry()) == len(resource_files("queries"))
    assert len(load_shapes()) > 100
    assert (resource_dir("ontology") / "kzlex.ttl").is_file()


def test_a_missing_data_folder_is_an_error_not_an_empty_registry(tmp_path, monkeypatch):
    package = tmp_path / "site-packages" / "kg"
    package.mkdir(parents=True)
    monkeypatch.setattr(kg.resources, "files", lambda name: package)
    for kind in ("queries", "shapes", "ontology"):
        with pytest.raises(ResourceError, match=f"without its {kind}/ files"):
            resource_dir(kind)


def test_an_installed_layout_is_preferred(tmp_path, monkeypatch):
    package = tmp_path / "site-packages" / "kg"
    (package / "_resources" / "queries").mkdir(parents=True)
    (package / "_resources" / "queries" / "one.rq").write_text("# purpose: x\nASK {}\n", encoding="utf-8")
    monkeypatch.setattr(kg.resources, "files", lambda name: package)
    assert resource_dir("queries") == package / "_resources" / "queries"


def test_version():
    from kg import __version__

    p = subprocess.run([sys.executable, "-m", "kg.cli", "--version"], capture_output=True, text=True, timeout=60)
    assert p.returncode == 0 and p.stdout.strip() == f"kzlex {__version__}"


def test_the_wheel_maps_the_data_folders_into_the_package():
    """pyproject.toml's force-include names every folder resource_dir looks for."""
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    config = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text(encoding="utf-8"))
    mapped = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert mapped == {kind: f"kg/_resources/{kind}" for kind in kg.resources.KINDS}
