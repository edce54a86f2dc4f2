"""The project's data files: the ontology, the named queries, the SHACL shapes.

They live at the top of the repository (``ontology/``, ``queries/``, ``shapes/``), where a
reader of the project looks for them; the wheel carries them inside the package, under
``kg/_resources/`` (see ``pyproject.toml``). Both places are found through
:mod:`importlib.resources`, relative to the ``kg`` package: the installed copy first, the
checkout's folder for an editable install. A folder found in neither place, or found
empty, is an error: a registry of no queries or a validation with no shapes would say
nothing while seeming to answer.
"""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from .errors import KzlexError

__all__ = ["KINDS", "ResourceError", "resource_dir", "resource_files"]

KINDS = {"ontology": "*.ttl", "queries": "*.rq", "shapes": "*.ttl"}


class ResourceError(KzlexError):
    """A data file of the package is missing: the installation is broken."""

    exit_code = 2


def resource_dir(kind: str) -> Path:
    """The folder holding one kind of data file ("ontology", "queries", "shapes")."""
    if kind not in KINDS:
        raise ValueError(f"no resource kind {kind!r}; one of {', '.join(KINDS)}")
    package = Path(str(files("kg")))
    for folder in (package / "_resources" / kind, package.parent / kind):
        if folder.is_dir() and any(folder.glob(KINDS[kind])):
            return folder
    raise ResourceError(f"kzlex is installed without its {kind}/ files (looked in {package / '_resources' / kind} "
                        f"and {package.parent / kind}); reinstall the package")


def resource_files(kind: str) -> list[Path]:
    """The data files of one kind, sorted by name."""
    return sorted(resource_dir(kind).glob(KINDS[kind]))
