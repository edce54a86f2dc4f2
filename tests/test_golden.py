"""Golden files: the expected model of each corpus document, as JSON.

Regenerate after a deliberate change with ``pytest --update-golden`` and review the
diff against the text before committing it: the golden files were checked by hand.
"""
from __future__ import annotations

import json

import pytest

from kg.golden import model_json
from kg.parse import parse_bytes

from .conftest import CORPUS, ROOT

GOLDEN = ROOT / "tests" / "golden"


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name[:3])
def test_model_matches_golden(path, request):
    got = model_json(parse_bytes(path.read_bytes(), str(path)))
    gold = GOLDEN / (path.stem + ".json")
    if request.config.getoption("--update-golden"):
        gold.write_text(got, encoding="utf-8")
    assert gold.exists(), f"no golden file {gold.name}: run pytest --update-golden"
    assert json.loads(got) == json.loads(gold.read_text(encoding="utf-8"))
