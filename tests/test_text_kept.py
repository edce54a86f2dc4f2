"""No text is lost: every line of a text the parser read reaches the data it builds, as a unit's text or heading, an
amendment's instruction, context or new text, a note, an approval, a signature, a title, or the report of what was
not understood. A paragraph once fell between two lists and reached no unit; the lead-in lines of amending orders
("көрсетілген бұйрықпен бекітілген … қағидаларында:") reached nothing until instructions kept their context. This
check finds that class of loss on every text at hand."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.corpus import act_meta, read_meta, read_parts
from kg.kept import lost_lines
from kg.parse import parse_bytes

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "real"


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


def test_two_approvals_side_by_side_are_kept_column_by_column():
    """MVD 2003 № 111: approvals set in two columns, run together line by line ("Министр здравоохранения Председатель
    Агентства"); each column is an approval, so the line is kept though no one approval holds it whole."""
    raw = ("Приказ Министра внутренних дел Республики Казахстан от 1 марта 2003 года № 111\n\nПРИКАЗЫВАЮ:\n\n"
           "1. Утвердить прилагаемую Инструкцию о работе органов внутренних дел.\n\n"
           "2. Настоящий приказ вводится в действие со дня государственной регистрации.\n\n*Министр*\n\n"
           "\"Согласовано\" \"Согласовано\"\n\nМинистр здравоохранения Председатель Агентства\n\n"
           "Республики Казахстан Республики Казахстан\n\nпо чрезвычайным ситуациям\n\n19 марта 2003 года\n")
    doc = parse_bytes(raw.encode(), "rus.md")
    assert len(doc.approvals) == 2
    assert lost_lines(raw, doc) == []
    doc.approvals = doc.approvals[:1]  # (one column not read: the line is not kept)
    assert [t for _, t in lost_lines(raw, doc)] == ["Министр здравоохранения Председатель Агентства"]


def test_a_number_s_sign_typed_twice_is_read_as_one():
    """Almaty oblast maslikhat 2004 № 13-84: "… N№1463 санымен тіркелген …" — the reader reads the sign typed twice as
    one ("№1463"), and the check compares the line so too (it had been reported as carried by no data)."""
    from kg.model import ActMeta, ActRef
    from kg.orgs import by_code

    raw = ("# Төлемдер мөлшерін бекіту туралы\n\nАлматы облыстық Мәслихаты ШЕШІМ ҚАБЫЛДАДЫ:\n\n"
           "1. Облыстық әділет басқармасында N№1463 санымен тіркелген облыстық Мәслихаттың 2003 жылғы 25 желтоқсанындағы "
           "N№3-18 шешімінің күші жойылды деп танылсын.\n")
    doc = parse_bytes(raw.encode(), "kaz.md", ActMeta(ActRef("13-84", "2004-12-21", by_code("154000000002"), "decision")),
                      "kk")
    assert "№1463" in doc.units[-1].text
    assert lost_lines(raw, doc) == []
    doc.units, doc.amendments = doc.units[:-1], []  # (the point and the repeal it says not read: the line is not kept)
    assert [n for n, _ in lost_lines(raw, doc)] == [5]
