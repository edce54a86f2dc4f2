"""Versions of units across documents: text on any date, from the chain of amendments."""
from __future__ import annotations

import subprocess
import sys

import pytest

from kg.build import build
from kg.lineage import Change, chain
from kg.queries import rows_of, run_named
from kg.store import GraphStore

from .conftest import DATA

WORDS = """Нутрициолог лауазымына өзгеріс енгізу туралы

Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2025 жылғы 3 наурыздағы № 300 бұйрығы

БҰЙЫРАМЫН:

1. "Басшылар, мамандар және басқа да қызметшілер лауазымдарының біліктілік анықтамалығын бекіту туралы" Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2020 жылғы 30 желтоқсандағы № 553 бұйрығына (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 22003 болып тіркелген) мынадай өзгеріс енгізілсін:

көрсетілген бұйрықпен бекітілген Басшылар, мамандар және басқа да қызметшілер лауазымдарының біліктілік анықтамалығында:

653-6-тармақтағы "сертификаттау курстары" деген сөздер "біліктілікті арттыру курстары" деген сөздермен ауыстырылсын.

2. Осы бұйрық 2025 жылғы 10 наурыздан бастап қолданысқа енгізіледі.

Министр

С. Жақыпова
"""


@pytest.fixture(scope="module")
def amended_store(tmp_path_factory):
    root = tmp_path_factory.mktemp("lineage")
    extra = root / "extra"
    extra.mkdir()
    (extra / "300_words.txt").write_text(WORDS, encoding="utf-8")
    store = GraphStore(root / "store")
    report = build([DATA, extra], store)
    assert not report.failed
    return store


def text_on(store, date):
    names, rows = rows_of(run_named("unit-text-on-date", {"unit": "553/2020-12-30:p653-6", "date": date}, store))
    return [dict(zip(names, r))["text"].value for r in rows]


def test_inserted_point_is_returned_whole(corpus_store):
    [text] = text_on(corpus_store, "2024-06-21")
    assert text == ("Біліктілікке қойылатын талаптар:\nкадрларды даярлаудың тиісті бағыты бойынша жоғары "
                    "(немесе жоғары оқу орнынан кейінгі) білім және (немесе) сертификаттау курстары.")


def test_word_replacement_applies_from_its_entry_into_force(amended_store):
    [before] = text_on(amended_store, "2025-03-09")
    [after] = text_on(amended_store, "2025-03-10")
    assert before.endswith("сертификаттау курстары.")
    assert after.endswith("біліктілікті арттыру курстары.") and "сертификаттау" not in after
    assert text_on(amended_store, "2024-06-19") == []


def test_history_shows_both_versions_with_a_diff(amended_store):
    p = subprocess.run([sys.executable, "-m", "kg.cli", "history", "553/2020-12-30:p653-6", "--store", str(amended_store.path)],
                       capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    assert "[1] 2024-06-20 – 2025-03-09  inserted by order № 207 of 2024-06-20" in p.stdout
    assert "[2] 2025-03-10 – …  words replaced by order № 300 of 2025-03-03" in p.stdout
    assert "+" in p.stdout and "біліктілікті арттыру курстары" in p.stdout


def test_history_of_point_551_shows_207s_new_text(corpus_store):
    p = subprocess.run([sys.executable, "-m", "kg.cli", "history", "553/2020-12-30:p551", "--store", str(corpus_store.path)],
                       capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    assert "rewritten by order № 207 of 2024-06-20" in p.stdout and "учаске механигі" in p.stdout


def test_noted_change_owns_the_published_text(corpus_store):
    names, rows = rows_of(run_named("unit-history", {"unit": "33455:p6"}, corpus_store))
    vs = [dict(zip(names, r)) for r in rows]
    assert [v["amendingNumber"].value if v["amendingNumber"] else None for v in vs] == [None, "22"]
    assert vs[0]["text"] is None and vs[1]["text"].value.startswith("Жұмыс берушілердің бірлестіктері")
    assert all(v["startUnknown"] is not None for v in vs)  # in force "ten days after publication": not knowable


def test_chain_deletion_closes_the_last_version():
    c = [Change(None, "Original", "a b c", None, None, "2020-01-01", "2020-01-01"),
         Change("m1", "WordReplacement", None, "b", "x", "2021-01-01", "2021-01-01"),
         Change("m2", "Deletion", None, None, None, "2022-01-01", "2022-01-01")]
    out = chain(c)
    assert [(v[0].amendment, v[1], v[2]) for v in out] == [(None, "a b c", "2020-12-31"), ("m1", "a x c", "2021-12-31")]


NOTED = """# Т

ПРИКАЗЫВАЮ:

1. Утвердить минимальные розничные цены в размере шестисот тридцати тенге.

> *Сноска. Пункт 1 в редакции приказа Министра финансов РК от 31.03.2022 № 346 (вводится в действие с 01.04.2022).*

2. Настоящий приказ вводится в действие с 1 марта 2022 года.

**Министр финансов Республики Казахстан**

**Е. Жамаубаев**
"""


def _built(tmp_path, name: str, text: str, meta: str) -> GraphStore:
    """A store built from one act folder of the corpus layout (its rus.md and meta.yaml)."""
    folder = tmp_path / name
    folder.mkdir()
    (folder / "rus.md").write_text(text, encoding="utf-8")
    (folder / "meta.yaml").write_text(meta, encoding="utf-8")
    store = GraphStore(tmp_path / "store")
    assert not build([folder], store).failed
    return store


def test_a_version_starts_on_the_day_its_history_note_gives(tmp_path):
    # the amending order's own text is not in the corpus: the note's bracket is the only word of its day
    store = _built(tmp_path, "a164808", NOTED,
                   "act_code: '164808'\nrequisite: Приказ Министра финансов Республики Казахстан от 22 февраля 2022 года "
                   "№ 196. Зарегистрирован в Министерстве юстиции Республики Казахстан 24 февраля 2022 года № 26923\n"
                   "title:\n  rus: Т\nform: ПРИК\napproved_on: 2022-02-22\napproved_by:\n- '103002000000'\n")
    names, rows = rows_of(run_named("unit-history", {"unit": "196/2022-02-22:p1"}, store))
    vs = [dict(zip(names, r)) for r in rows]
    assert [(v["amendingNumber"].value if v["amendingNumber"] else None, v["validFrom"].value) for v in vs] == [
        (None, "2022-03-01"), ("346", "2022-04-01")]
    assert vs[0]["validTo"].value == "2022-03-31"
    from kg.history import timeline

    assert "rewritten from 2022-04-01 by order № 346 of 2022-03-31" in timeline(store, "196/2022-02-22:p1")


def test_the_history_of_a_unit_with_no_text_lists_what_befell_it(tmp_path):
    # Ministry of Finance, the codes of the state revenue bodies (order № 159 of 2018): a row of the codes' table kept
    # only as the record of its deletion has no text to version; its history says who deleted it and when
    store = _built(tmp_path, "a119003", (
        "# Об утверждении кодов органов государственных доходов\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые коды.\n\n"
        "**Министр финансов Республики Казахстан**\n\n> *Утверждены приказом*  \n> *Министра финансов*  \n"
        "> *Республики Казахстан*  \n> *от 12 февраля 2018 года*  \n> *№ 159*\n\n## Коды\n\n<table>\n<tr>\n<td>47-1</td>"
        "\n<td>УГД по городу Алатау</td>\n<td>0925</td>\n</tr>\n<tr>\n<td>48</td>\n<td colspan=\"2\">Исключена приказом "
        "Заместителя Премьер-Министра - Министра финансов РК от 27.06.2022 № 630 (вводится в действие по истечении "
        "десяти календарных дней после дня его первого официального опубликования)</td>\n</tr>\n</table>\n"), (
        "act_code: '119003'\nrequisite: Приказ Министра финансов Республики Казахстан от 12 февраля 2018 года № 159. "
        "Зарегистрирован в Министерстве юстиции Республики Казахстан 28 февраля 2018 года № 16444\n"
        "title:\n  rus: Об утверждении кодов органов государственных доходов\nform: ПРИК\napproved_on: 2018-02-12\n"
        "approved_by:\n- '103002000000'\n"))
    from kg.history import timeline

    text = timeline(store, "159/2018-02-12:app1/tbl1/tr48")
    assert "no versions" in text and "2022-06-27  deleted by order № 630" in text


def test_one_text_read_from_two_folders_is_one_original_version(tmp_path):
    # the same act in two folders (a joint order kept under each agency, a text fetched twice): its points have one
    # original wording per language, so one first version each, not the same version at places 1 and 2 of the chain
    text = ("# Об утверждении Реестра должностей\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемый Реестр должностей гражданских "
            "служащих согласно приложениям 1 – 4 к настоящему приказу.\n\n2. Настоящий приказ вводится в действие со дня "
            "его подписания.\n\n**Руководитель**\n")
    meta = ("act_code: '135478'\nrequisite: Приказ Начальника Канцелярии Президента Республики Казахстан от 7 октября "
            "2019 года № 19-42-3.3.17\ntitle:\n  rus: Т\nform: ПРИК\napproved_on: 2019-10-07\napproved_by:\n- '101001000000'\n")
    folders = []
    for name in ("a135478", "b135478"):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "rus.md").write_text(text, encoding="utf-8")
        (folder / "meta.yaml").write_text(meta, encoding="utf-8")
        folders.append(folder)
    store = GraphStore(tmp_path / "store")
    assert not build(folders, store).failed
    rows = list(store.query("PREFIX kzl: <https://w3id.org/kzlex/ontology#> SELECT ?v ?seq WHERE { ?v kzl:versionOf ?u ; "
                            "kzl:sequence ?seq . FILTER(STRENDS(STR(?u), '/p/1')) }"))
    assert [r["seq"].value for r in rows] == ["1"]
