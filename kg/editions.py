"""Earlier editions of the act folders a build reads, from the corpus's git history (``kg build --history``).

The kazakhstan-law corpus is a git history: one commit per consolidated version of an act, the act folder's
``kaz.md`` / ``rus.md`` / ``meta.yaml`` as the portal gave them that day (meta.yaml's ``version_date``). The
working tree holds the newest edition only; its text gives each unit the wording its last noted change left,
and the wordings before are not in it. An earlier edition is: each commit that changed an act folder, before
the one in the working tree, is written out (``git archive``) under ``folder/<commit>/`` and read as a source
of its own, named ``<text's name>@<commit>``. Such a source is an *edition*: its graph states the act's text
of that day (the units and their wording, the edition's expression and its day), not the act's requisites,
positions, approvals or amendments, which the newest edition states. Lineage then takes each older
edition's wording for the version it shows (``kg.lineage``).

Reads git with its own command line (``git log``, ``git archive``): a folder outside a git work tree has no
earlier editions, which the build says once.
"""
from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path

from .corpus import Source
from .errors import UsageError

__all__ = ["earlier_editions"]


def _git(cwd: Path, *args: str) -> bytes:
    # (a folder's name is a path, never a pattern: --literal-pathspecs)
    return subprocess.run(["git", "--literal-pathspecs", "-C", str(cwd), *args], check=True, capture_output=True).stdout


def _top(folder: Path) -> Path | None:
    """The git work tree a folder is in, or None."""
    try:
        return Path(_git(folder, "rev-parse", "--show-toplevel").decode().strip())
    except FileNotFoundError as exc:
        raise UsageError("kg build --history reads the corpus's history with git, which is not installed") from exc
    except subprocess.CalledProcessError:
        return None


def earlier_editions(sources: list[Source], out: Path, warn=lambda message: None) -> list[Source]:
    """Sources of the earlier committed editions of each act folder among `sources` (texts of the layout, kaz.md
    and rus.md with meta.yaml), written under `out`; `warn` is told, once, of the folders outside any git work
    tree."""
    by_folder: dict[Path, list[Source]] = {}
    for s in sources:
        if s.lang and s.meta is not None:
            by_folder.setdefault(s.path.parent.resolve(), []).append(s)
    found: list[Source] = []
    tops: dict[Path, Path | None] = {}
    outside: list[Path] = []
    for folder, texts in sorted(by_folder.items()):
        if folder.parent not in tops:  # (one question to git for the folders of one parent)
            tops[folder.parent] = _top(folder)
        top = tops[folder.parent]
        if top is None:
            outside.append(folder)
            continue
        rel = folder.relative_to(top).as_posix()
        commits = _git(top, "log", "--format=%H", "--", rel).decode().split()
        current = {s.path.name: s.path.read_bytes() for s in texts}
        for commit in commits:
            target = out / commit[:12] / rel
            if not (target / _DONE).is_file():  # written out by an earlier build: read as it is
                try:
                    _export(top, commit, rel, target)
                except subprocess.CalledProcessError:  # the commit that removed the folder: no edition
                    continue
            for s in texts:
                old = target / s.path.name
                # the working tree's own edition (its bytes, committed) is the newest one, read as itself
                meta = target / s.meta.name  # (its requisites of that day: meta.yaml)
                if old.is_file() and meta.is_file() and old.read_bytes() != current[s.path.name]:
                    # (of the folder built, as its text is: a build without --history lists it, --prune removes it)
                    found.append(Source(old, f"{s.name}@{commit[:12]}", meta, s.lang, s.root, edition=True))
    if outside:
        more = f" and {len(outside) - 1} more act folders" if len(outside) > 1 else ""
        warn(f"{outside[0]}{more}: not in a git work tree: no earlier editions")
    return found


_DONE = ".kzlex-edition"  # beside an edition's files: the folder was written out whole


def _export(top: Path, commit: str, rel: str, target: Path) -> None:
    """The act folder as it was at `commit`, written to `target` (its split parts with it)."""
    data = _git(top, "archive", "--format=tar", commit, "--", rel)
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for member in tar.getmembers():
            if not member.isfile():
                continue
            inside = Path(member.name).relative_to(rel)
            if ".." in inside.parts:
                continue
            dest = target / inside
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(tar.extractfile(member).read())
    (target / _DONE).write_bytes(b"")
