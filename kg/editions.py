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
from dataclasses import replace
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
    """`sources`, each whose act folder is as its last commit left it with the act that commit names (Source.cause),
    then the earlier committed editions of each act folder among them (texts of the layout, kaz.md and rus.md with
    meta.yaml), written under `out`; `warn` is told, once, of the folders outside any git work tree.

    A commit of the corpus names the act that made its edition in its trailers ("Cause-Act-Code: 144460",
    "Cause-Act-Requisite: Приказ Министра юстиции … № 1040", "Cause-Act-Title: …"): where the edition's meta.yaml
    has no caused_by (the corpus's older editions), the edition's cause is that act."""
    by_folder: dict[Path, list[Source]] = {}
    for s in sources:
        if s.lang and s.meta is not None:
            by_folder.setdefault(s.path.parent.resolve(), []).append(s)
    found: list[Source] = []
    causes: dict[str, tuple[str, str, str]] = {}
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
        commits = _commits(top, rel)
        current = {s.path.name: s.path.read_bytes() for s in texts}
        for n, (commit, cause) in enumerate(commits):
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
                if not (old.is_file() and meta.is_file()):
                    continue
                if old.read_bytes() != current[s.path.name]:
                    # (of the folder built, as its text is: a build without --history lists it, --prune removes it)
                    found.append(Source(old, f"{s.name}@{commit[:12]}", meta, s.lang, s.root, edition=True,
                                        cause=cause))
                elif n == 0 and cause and meta.read_bytes() == s.meta.read_bytes():
                    causes[s.name] = cause  # the working tree as last committed: that commit's act made it
    if outside:
        more = f" and {len(outside) - 1} more act folders" if len(outside) > 1 else ""
        warn(f"{outside[0]}{more}: not in a git work tree: no earlier editions")
    return [replace(s, cause=causes[s.name]) if s.name in causes else s for s in sources] + found


#: the trailers of a corpus commit that name the act whose change made the edition
_TRAILERS = ("Cause-Act-Code", "Cause-Act-Requisite", "Cause-Act-Title")


def _commits(top: Path, rel: str) -> list[tuple[str, tuple[str, str, str] | None]]:
    """The commits that changed an act folder, newest first, each with the act its trailers name (code,
    requisites, title), or None."""
    fields = "%x1f".join(f"%(trailers:key={t},valueonly,separator=%x20)" for t in _TRAILERS)
    out: list[tuple[str, tuple[str, str, str] | None]] = []
    for record in _git(top, "log", f"--format=%x1e%H%x1f{fields}", "--", rel).decode("utf-8", "replace").split("\x1e"):
        if not record.strip():
            continue
        commit, *values = (v.strip() for v in record.split("\x1f"))
        cause = tuple((values + ["", "", ""])[:3])
        out.append((commit, cause if cause[1] else None))
    return out


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
