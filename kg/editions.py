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
import re
import subprocess
import tarfile
from dataclasses import replace
from pathlib import Path

from .corpus import Source
from .errors import UsageError

__all__ = ["earlier_editions", "deleted_acts"]


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
        _editions_of(top, rel, texts, _commits(top, rel), out, found, causes)
    if outside:
        more = f" and {len(outside) - 1} more act folders" if len(outside) > 1 else ""
        warn(f"{outside[0]}{more}: not in a git work tree: no earlier editions")
    return [replace(s, cause=causes[s.name]) if s.name in causes else s for s in sources] + found


def _editions_of(top: Path, rel: str, texts: list[Source], commits: list, out: Path, found: list[Source],
                 causes: dict[str, tuple[str, str, str]]) -> None:
    """The earlier editions of one act folder (`texts`: its newest texts as read), added to `found`; the newest
    texts as their folder's last commit left them, with that commit's act, to `causes`."""
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
            # the newest text (its bytes, committed) is the newest edition, read as itself
            meta = target / s.meta.name  # (its requisites of that day: meta.yaml)
            if not (old.is_file() and meta.is_file()) or old.resolve() == s.path.resolve():
                continue
            if old.read_bytes() != current[s.path.name]:
                # (of the folder built, as its text is: a build without --history lists it, --prune removes it)
                found.append(Source(old, f"{s.name.rpartition('@')[0] or s.name}@{commit[:12]}", meta, s.lang, s.root,
                                    edition=True, cause=cause))
            elif n == 0 and cause and meta.read_bytes() == s.meta.read_bytes():
                causes[s.name] = cause  # the working tree as last committed: that commit's act made it


def deleted_acts(roots: list, sources: list[Source], out: Path) -> list[Source]:
    """The acts whose folders under `roots` (the folders built) a commit deleted, the corpus's way of recording a
    repeal: each act's texts as they last stood (``…/kaz.md@<commit>``, written under `out`), read whole, repealed
    on the day of the deleting commit by the act its trailers name (Source.repeal), then its earlier editions. An
    act whose portal code (the folder name's last number) names a folder among `sources` was moved, not repealed,
    and is left out."""
    present = {m.group(1) for s in sources if (m := _ACT_CODE.search(s.path.parent.name))}
    prefixed = len(roots) > 1  # (names start with their root folder's own name, as kg.corpus.discover names them)
    found: list[Source] = []
    for root in (Path(r).resolve() for r in roots):
        top = _top(root)
        if top is None:
            continue
        base = root.relative_to(top).as_posix()
        fields = "%x1f".join(f"%(trailers:key={t},valueonly,separator=%x20)" for t in _TRAILERS)
        log = _git(top, "log", "--diff-filter=D", "--name-only", f"--format=%x1e%H%x1f%cs%x1f{fields}", "--",
                   base if base != "." else ".").decode("utf-8", "replace")
        seen: set[str] = set()
        for record in log.split("\x1e"):
            head, _, names = record.strip("\n").partition("\n")
            if not head:
                continue
            commit, day, *values = (v.strip() for v in head.split("\x1f"))
            code, requisite, title = (values + ["", "", ""])[:3]
            for name in names.split("\n"):
                rel = name.rpartition("/")[0]
                if not name.endswith("/meta.yaml") or rel in seen or (top / rel).exists():
                    continue
                seen.add(rel)
                m = _ACT_CODE.search(rel)
                if m and m.group(1) in present:
                    continue
                found += _last_edition(top, rel, root, out, prefixed, (day, code, requisite, title))
    return found


def _last_edition(top: Path, rel: str, root: Path, out: Path, prefixed: bool,
                  repeal: tuple[str, str, str, str]) -> list[Source]:
    """A deleted act folder's texts as its last commit left them, repealed as `repeal` says, and their earlier
    editions."""
    commits = _commits(top, rel)
    kept = [(c, cause) for c, cause in commits if _exported(top, c, rel, out)]
    if not kept:
        return []
    last, cause = kept[0]
    target = out / last[:12] / rel
    inside = (top / rel).relative_to(root).as_posix()
    prefix = f"{root.name}/" if prefixed else ""
    texts = [Source(target / f, f"{prefix}{inside}/{f}@{last[:12]}", target / "meta.yaml", lang, str(root),
                    cause=cause, repeal=repeal)
             for f, lang in (("kaz.md", "kk"), ("rus.md", "ru")) if (target / f).is_file()]
    if not texts or not (target / "meta.yaml").is_file():
        return []
    found: list[Source] = []
    _editions_of(top, rel, texts, kept[1:], out, found, {})
    return texts + found


def _exported(top: Path, commit: str, rel: str, out: Path) -> bool:
    """Is the act folder written out as it was at `commit` (now, or by an earlier build)? Not at the commit that
    deleted it."""
    target = out / commit[:12] / rel
    if (target / _DONE).is_file():
        return True
    try:
        _export(top, commit, rel, target)
    except subprocess.CalledProcessError:
        return False
    return True


#: a corpus folder's portal code, its name's last number ("0126-perechen-98377")
_ACT_CODE = re.compile(r"-(\d+)$")

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
