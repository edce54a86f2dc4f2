"""What a build remembers of each document it loaded, so that the next build of an unchanged
corpus reads no document twice.

A document is unchanged when its key is: the digest of its bytes (with the parts of a split
text and its meta.yaml), the base IRI, and the code that reads it (every file of the package:
a new parser rule, lexicon entry or mapping reads everything again). For such a document the
build keeps its graph as it is and reports the summary it gave last time.

The memory is a file beside the store (``kzlex-build-cache.json``), valid only for the store
state it was written with: anything else that writes the store (a SPARQL update through
``kg serve``, a stopped build's repair) forgets it, and the next build reads every document.
"""
from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path

from .corpus import read_parts
from .store import BUILD_CACHE_KEY as _STATE_KEY

__all__ = ["BuildCache", "CACHE_FILE", "code_digest"]

CACHE_FILE = "kzlex-build-cache.json"


@lru_cache(maxsize=1)
def _code() -> bytes:
    """A digest of the package's own files (code, lexicon, templates): what reading a document depends on."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.suffix in (".py", ".yaml", ".ttl", ".html", ".rq") and "__pycache__" not in p.parts:
            h.update(p.relative_to(root).as_posix().encode() + b"\0" + p.read_bytes())
    return h.digest()


def code_digest() -> str:
    """The digest of the package's files as hex: what the store's derived graphs were computed by."""
    return _code().hex()


class BuildCache:
    """The summaries of the documents the last builds loaded, by source name, each with its key."""

    def __init__(self, store, entries: dict | None = None):
        self.store, self.entries = store, entries if entries is not None else {}

    @classmethod
    def open(cls, store, use: bool = True) -> "BuildCache":
        """The cache of a store on disk when it still matches the store (else an empty one)."""
        if store.path is None or not use:
            return cls(store)
        nonce = store.state().get(_STATE_KEY)
        try:
            data = json.loads((Path(store.path) / CACHE_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls(store)
        if not nonce or not isinstance(data, dict) or data.get("nonce") != nonce or not isinstance(data.get("docs"), dict):
            return cls(store)
        # an entry edited or damaged by hand is forgotten (its document is read again), never the build's error
        return cls(store, {name: e for name, e in data["docs"].items()
                           if isinstance(e, dict) and isinstance(e.get("key"), str) and isinstance(e.get("summary"), dict)
                           and isinstance(e["summary"].get("file"), str)})

    @staticmethod
    def key(path: str, base: str, name: str, meta: str | None, lang: str | None, raw: bytes | None = None,
            cause: tuple | None = None) -> str | None:
        """The document's key (`raw`: the file's bytes, when read already; `cause`: the act the corpus's commit
        names, Source.cause), or None when its files cannot be read (the build then reads and reports it)."""
        h = hashlib.sha256(_code() + base.encode() + b"\0" + name.encode() + b"\0" + (lang or "").encode()
                           + b"\0" + repr(cause).encode())
        try:
            h.update(read_parts(Path(path), raw)[0])
            if meta:
                h.update(b"\0meta\0" + Path(meta).read_bytes())
        except Exception:  # noqa: BLE001 — unreadable now: the build reads it and says why
            return None
        return h.hexdigest()

    def known(self, name: str) -> str | None:
        """The key the document had when the cache last saw it load."""
        entry = self.entries.get(name)
        return entry.get("key") if entry else None

    def get(self, name: str, key: str | None) -> dict | None:
        """The summary (as put, a dict of its fields) the document gave when its key was this one, else None."""
        entry = self.entries.get(name)
        if not key or not entry or entry.get("key") != key:
            return None
        return entry["summary"]

    def put(self, name: str, key: str | None, summary) -> None:
        if key and not summary.error:
            self.entries[name] = {"key": key, "summary": asdict(summary)}
        else:
            self.entries.pop(name, None)

    def forget(self, name: str) -> None:
        self.entries.pop(name, None)

    def save(self) -> None:
        """Write the cache and mark the store state with its nonce (the file first: a stop between the two
        leaves a state whose nonce the file no longer holds, and the next build reads everything)."""
        if self.store.path is None:
            return
        nonce = uuid.uuid4().hex
        path = Path(self.store.path) / CACHE_FILE
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"nonce": nonce, "docs": self.entries}, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
        self.store.set_state(**{_STATE_KEY: nonce})
