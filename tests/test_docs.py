"""The README says what the code does: its command block names every command and option of
the CLI, its table of named queries is the registry, its table of shapes is shapes/."""
from __future__ import annotations

import re

import pytest
import typer.main

from kg.cli import app
from kg.queries import registry
from kg.validate import load_shapes

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    start = README.index(f"\n## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start:end if end != -1 else None]


def _commands() -> dict:
    group = typer.main.get_command(app)
    return dict(group.commands)


def test_the_command_block_names_every_command_and_option():
    block = _section("Command line")
    for name, cmd in _commands().items():
        entries = re.findall(rf"^    kg {name}\b.*(?:\n {{6,}}\S.*)*", block, re.M)  # a line and its continuations
        assert entries, f"kg {name} is not in the README's command block"
        text = "\n".join(entries)
        for p in cmd.params:
            longs = [o for o in p.opts if o.startswith("--")]
            if p.param_type_name == "option" and longs and longs[0] not in ("--help", "--store"):
                assert longs[0] in text, f"kg {name} {longs[0]} is not in the README's command block"


def test_the_named_query_table_is_the_registry():
    rows = re.findall(r"^\| `([a-z-]+)` \| ", _section("A short tour"), re.M)
    assert sorted(rows) == sorted(registry())


def test_the_shape_table_is_shapes():
    from rdflib.namespace import RDF, SH

    shapes = load_shapes()
    names = {str(s).rsplit("#", 1)[-1] for s in shapes.subjects(RDF.type, SH.NodeShape)}
    rows = re.findall(r"^\| `(\w+Shape)` \| (\w+) \| ", _section("Validation"), re.M)
    assert sorted(n for n, _ in rows) == sorted(names)
    for name, severity in rows:
        node = next(s for s in shapes.subjects(RDF.type, SH.NodeShape) if str(s).endswith("#" + name))
        declared = shapes.value(node, SH.severity)
        assert severity == (str(declared).rsplit("#", 1)[-1] if declared else "Violation"), name


@pytest.mark.parametrize("name", ["DESIGN.md"])
def test_no_reference_to_files_outside_the_repository(name):
    for path in [ROOT / "README.md", ROOT / "SECURITY.md", *ROOT.glob("docs/*.md"), *(ROOT / "kg").rglob("*.py")]:
        assert name not in path.read_text(encoding="utf-8"), path


def test_every_test_security_md_names_exists():
    """SECURITY.md lists each promise with the test that holds it: those tests exist."""
    text = (ROOT / "SECURITY.md").read_text(encoding="utf-8")
    named = re.findall(r"`?(test_\w+\.py)::(test_\w+)", text)
    assert len(named) > 15
    for file, test in named:
        source = (ROOT / "tests" / file).read_text(encoding="utf-8")
        assert re.search(rf"^def {test}\(", source, re.M), f"{file}::{test}"
