"""No text is lost: every line of a text the parser read reaches the data it builds, as a unit's text or heading, an
amendment's instruction, context or new text, a note, an approval, a signature, a title, or the report of what was
not understood. A paragraph once fell between two lists and reached no unit; the lead-in lines of amending orders
("көрсетілген бұйрықпен бекітілген … қағидаларында:") reached nothing until instructions kept their context. This
check finds that class of loss on every text at hand."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.corpus import act_meta, read_meta, read_parts
from kg.model import Document
from kg.parse import parse_bytes

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "real"

# Latin letters the portal's texts put for Cyrillic ones, as the parser reads them
_TWINS = str.maketrans("iIaceopxyYABCEHKMOPTX", "іІасеорхуҮАВСЕНКМОРТХ")
_PORTAL_CODE = re.compile(r"\b[A-Z]\d{6}_")
_LABEL = re.compile(r"^[\"«]?(?:(?:ескерту|сноска|примечание)\.\s*|(?:глава|раздел|параграф|приложение)\s+[\w.-]+\.?\s*|"
                    r"[\dIVXL]+(?:-\d+)*-(?:тарау|бөлім|параграф|қосымша)\.?\s*|§\s*\d+(?:-\d+)*\.?\s*|"
                    r"\d+[а-яa-z]?(?:[.-]\d+)*[.)]\s*)", re.I)
# a stamp set as a quotation ("> *Приложение 1*" / "> *к приказу …*"): read as the requisites of the part it heads
_STAMP = re.compile(r"(?i)приложени|утвержд|согласова|қосымша|бекіт|келісіл|республикасы|к приказу")
# a stamp on lines of its own, in the portal's text ("Утверждены приказом Министра … № 152-ө", "… бұйрығымен
# бекітілген")
_STAMP_LINE = re.compile(r"(?i)^(?:утвержден|приложение|согласован|келісілді)|(?:бекітілген|қосымша)\W*$")


def _words(text: str) -> str:
    return re.sub(r"[^а-яёәіңғүұқөһa-z0-9]", "", _PORTAL_CODE.sub("", text).translate(_TWINS).lower())


def _kept(doc: Document) -> str:
    parts: list[str] = []
    for u in doc.units:
        parts += [u.text or "", u.heading or ""]
    for act in [doc.act, *doc.acts]:
        if act is not None:
            parts += [*act.notes, act.title or "", *(t for _, t in act.titles)]
    for m in doc.amendments:
        parts += [m.instruction, m.new_text or "", *m.context]
    parts += [f"{e.row} {e.title}" for e in doc.index_entries]
    parts += [a.text for a in doc.approvals]
    parts += [f"{s.role or ''} {s.name or ''}" for s in doc.signatories]
    parts += [t for _, t in doc.unparsed] + [t for _, t in doc.instructions_failed]
    return _words(" ".join(parts))


def lost_lines(raw: str, doc: Document) -> list[tuple[int, str]]:
    """The lines of `raw` (those long enough to tell apart, outside tables and stamps) whose words reach no data."""
    kept, lost, table, stamp = _kept(doc), [], False, False
    # the requisites lines, read as the acts they name (number, day, registration), not as text
    requisites = {line for act in [doc.act, *doc.acts] if act is not None and act.loc
                  for line in range(act.loc.line, act.loc.last + 1)}
    for no, line in enumerate(raw.splitlines(), 1):
        t = line.strip()
        table = (table or "<table" in t) and "</table>" not in t
        if table or "</table>" in t or t.startswith(("|", "<", "```", "©")):  # (©: the portal's footer)
            continue
        if t.startswith(">"):
            stamp = stamp or bool(_STAMP.search(t[:60]))  # (its first line decides)
            if stamp:
                continue
        else:
            stamp = False if t else stamp
        bare = re.sub(r"^[>#*\s\\]+", "", t)
        if no in requisites or _STAMP_LINE.search(bare.rstrip("*")):
            continue
        # (a row set out with tabs, "103-1\tжоқ\t…\t§ 102": cell by cell, as an index row keeps them)
        for cell in bare.split("\t"):
            words = _words(_LABEL.sub("", cell))
            if len(words) >= 40 and words[2:32] not in kept:
                lost.append((no, t))
                break
    return lost


def _bundled() -> list[Path]:
    return sorted((ROOT / "data").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures").glob("*.txt"))


@pytest.mark.parametrize("path", _bundled(), ids=lambda p: p.name)
def test_every_line_of_a_portal_text_is_kept(path):
    raw = path.read_bytes()
    doc = parse_bytes(raw, str(path))
    assert lost_lines(raw.decode("utf-8", "replace"), doc) == []


def _folders() -> list[Path]:
    return sorted({p.parent for p in REAL.rglob("meta.yaml")}) if REAL.is_dir() else []


@pytest.mark.skipif(not REAL.is_dir(), reason="the real sample (../shared/real) is not beside this checkout")
@pytest.mark.parametrize("folder", _folders(), ids=lambda p: p.name.rsplit("-", 1)[-1])
def test_every_line_of_a_real_act_is_kept(folder):
    meta = act_meta(read_meta(folder / "meta.yaml"), str(folder / "meta.yaml"))
    for name, lang in (("kaz.md", "kk"), ("rus.md", "ru")):
        if (folder / name).exists():
            raw = read_parts(folder / name)[0]
            doc = parse_bytes(raw, str(folder / name), meta, lang)
            assert lost_lines(raw.decode("utf-8"), doc) == [], name


def test_a_lost_line_is_found():
    """The check itself: a line the parser never gave to any unit is reported with its number."""
    raw = ("Приказ Министра финансов Республики Казахстан от 10 января 2024 года № 1\n\n"
           "1. Утвердить прилагаемые Правила учета государственного имущества в государственных учреждениях.\n\n"
           "2. Настоящий приказ вводится в действие по истечении десяти календарных дней.\n")
    doc = parse_bytes(raw.encode(), "x.txt")
    assert lost_lines(raw, doc) == []
    doc.units = [u for u in doc.units if "учета" not in (u.text or "")]
    assert [n for n, _ in lost_lines(raw, doc)] == [3]
