"""The house keeps its rules: no import cycle, no private name taken from another module, every
name taken from a module listed in its __all__, and pyoxigraph's store reached only in store.py."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kg"
MODULES = {p: ("kg." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(".__init__")
           for p in sorted(PACKAGE.rglob("*.py"))}


def _resolve(module: str, is_package: bool, level: int, name: str | None) -> str:
    parts = module.split(".")
    base = parts if is_package else parts[:-1]
    base = base[: len(base) - (level - 1)] if level > 1 else base
    return ".".join(base + ([name] if name else []))


def imports() -> list[tuple[str, str, str, int]]:
    """(importing module, imported module, name or "", line) for every import inside kg."""
    out = []
    for path, module in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level:
                target = _resolve(module, path.name == "__init__.py", node.level, node.module)
                for alias in node.names:
                    sub = f"{target}.{alias.name}"
                    if sub in MODULES.values():
                        out.append((module, sub, "", node.lineno))
                    else:
                        out.append((module, target, alias.name, node.lineno))
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("kg"):
                for alias in node.names:
                    out.append((module, node.module, alias.name, node.lineno))
    return out


def test_no_import_cycle():
    graph: dict[str, set[str]] = {}
    for src, dst, _, _ in imports():
        if dst != src and not src.startswith(dst + ".") and dst != "kg":  # a package's own face hands names on
            graph.setdefault(src, set()).add(dst)
    seen, stack, cycles = set(), [], []

    def visit(n):
        if n in stack:
            cycles.append(stack[stack.index(n):] + [n])
            return
        if n in seen:
            return
        seen.add(n)
        stack.append(n)
        for m in sorted(graph.get(n, ())):
            visit(m)
        stack.pop()

    for n in sorted(graph):
        visit(n)
    assert not cycles, cycles


def test_no_private_name_crosses_modules():
    private = [(src, dst, name, line) for src, dst, name, line in imports()
               if name.startswith("_") and not name.startswith("__") and src != dst]
    assert not private, private


def _all(module: str) -> set[str] | None:
    path = next(p for p, m in MODULES.items() if m == module)
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "__all__" for t in node.targets):
            return set(ast.literal_eval(node.value))
    return None


def test_every_name_taken_is_in_its_modules_all():
    missing = []
    for src, dst, name, line in imports():
        if not name or dst not in MODULES.values() or name == "__version__":
            continue
        exported = _all(dst)
        if exported is not None and name not in exported:
            missing.append(f"{src}:{line} takes {name} from {dst}")
    assert not missing, missing


@pytest.mark.parametrize("path", [p for p in MODULES if p.name != "store.py"], ids=lambda p: p.name)
def test_only_store_py_reaches_the_oxigraph_store(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    reach = [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Attribute) and n.attr == "_db"]
    assert not reach, f"{path.name} lines {reach} reach into GraphStore._db"
