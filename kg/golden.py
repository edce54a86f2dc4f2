"""A document model as plain JSON: for golden files and for `kg parse` debugging."""
from __future__ import annotations

import dataclasses
import json

from .model import Document

__all__ = ["model_json"]


def _plain(obj):
    if dataclasses.is_dataclass(obj):
        return {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [_plain(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): _plain(v) for k, v in obj.items()}
    return obj


def model_json(doc: Document) -> str:
    """Stable JSON of a document's model: file paths reduced to the file name."""
    d = _plain(doc)
    d["file"] = doc.file.rsplit("/", 1)[-1]
    return json.dumps(d, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
