"""Versions of units across documents: text on any date, from the chain of amendments."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

from pyoxigraph import NamedNode

from kg.build import build
from kg.iri import DEFAULT_BASE, Minter
from kg.lineage import Change, chain
from kg.queries import rows_of, run_named
from kg.resolve import resolve_act
from kg.errors import UsageError
from kg.store import GraphStore

from .conftest import DATA
from .test_build import kg
from .test_normalise import OLD_FENCE_RU

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
    vs = _versions_of(corpus_store, "33455:p6")
    assert [v["amendingNumber"].value if v["amendingNumber"] else None for v in vs] == [None, "22"]
    assert vs[0]["text"] is None and vs[1]["text"].value.startswith("Жұмыс берушілердің бірлестіктері")
    assert all(v["startUnknown"] is not None for v in vs)  # in force "ten days after publication": not knowable


def test_chain_deletion_closes_the_last_version():
    c = [Change(None, "Original", "a b c", None, None, "2020-01-01", "2020-01-01"),
         Change("m1", "WordReplacement", None, "b", "x", "2021-01-01", "2021-01-01"),
         Change("m2", "Deletion", None, None, None, "2022-01-01", "2022-01-01")]
    out = chain(c)
    assert [(v[0].amendment, v[1], v[2]) for v in out] == [(None, "a b c", "2020-12-31"), ("m1", "a x c", "2021-12-31")]


def test_words_struck_out_of_a_text_not_known_leave_the_unit_a_version_of_unknown_wording():
    # a note of words struck out of point 1 ("1-тармақтан сөздер алынып тасталды", the words quoted or not), the
    # point's earlier wording not in the corpus: the point stays, a version whose wording is not known, then the next
    # (it had been ended as a deleted unit, its change dropped)
    c = [Change("m1", "Deletion", None, "облыстық", None, "1998-06-26", "1998-06-26"),
         Change("m2", "Modification", None, None, None, "1999-06-07", "1999-06-07")]
    assert [(v[0].amendment, v[1], v[2]) for v in chain(c)] == [("m1", None, "1999-06-06"), ("m2", None, None)]


NOTED = """# Т

ПРИКАЗЫВАЮ:

1. Утвердить минимальные розничные цены в размере шестисот тридцати тенге.

> *Сноска. Пункт 1 в редакции приказа Министра финансов РК от 31.03.2022 № 346 (вводится в действие с 01.04.2022).*

2. Настоящий приказ вводится в действие с 1 марта 2022 года.

**Министр финансов Республики Казахстан**

**Е. Жамаубаев**
"""


def _versions_of(store: GraphStore, unit: str) -> list[dict]:
    """The rows of the named query unit-history for `unit` (ACT:PATH), one a version, as dicts."""
    names, rows = rows_of(run_named("unit-history", {"unit": unit}, store))
    return [dict(zip(names, r)) for r in rows]


def _built(tmp_path, name: str, text: str, meta: str, file: str = "rus.md") -> GraphStore:
    """A store built from one act folder of the corpus layout (its text, rus.md unless `file` says, and meta.yaml)."""
    return _built_folder(tmp_path, name, {file: text, "meta.yaml": meta})


def _built_folder(tmp_path, name: str, files: dict[str, str]) -> GraphStore:
    """A store built from one act folder of the corpus layout holding `files` (file name: text)."""
    folder = tmp_path / name
    folder.mkdir()
    for file, text in files.items():
        (folder / file).write_text(text, encoding="utf-8")
    store = GraphStore(tmp_path / "store")
    assert not build([folder], store).failed
    return store


def test_a_version_starts_on_the_day_its_history_note_gives(tmp_path):
    # the amending order's own text is not in the corpus: the note's bracket is the only word of its day
    store = _built(tmp_path, "a164808", NOTED,
                   "act_code: '164808'\nrequisite: Приказ Министра финансов Республики Казахстан от 22 февраля 2022 года "
                   "№ 196. Зарегистрирован в Министерстве юстиции Республики Казахстан 24 февраля 2022 года № 26923\n"
                   "title:\n  rus: Т\nform: ПРИК\napproved_on: 2022-02-22\napproved_by:\n- '103002000000'\n")
    vs = _versions_of(store, "196/2022-02-22:p1")
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


def _noted_rules(tmp_path) -> GraphStore:
    """MVD rules of 2015 (order № 112), rewritten whole by order № 221 (2020), their point 3 rewritten by № 51 (2021)
    then changed by № 334 (2025) and № 127 (in force 12.07.2026), a note saying so under the point; point 7 has no note
    of its own."""
    tail = "(вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования)"
    text = ("# Об утверждении Правил\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые Правила.\n\n**К. Касымов**\n\n"
            "> *Утверждены*  \n> *приказом Министра внутренних дел*  \n> *Республики Казахстан*  \n"
            "> *от 13 февраля 2015 года*  \n> *№ 112*\n\n## Правила\n\n"
            f"> *Сноска. Правила в редакции приказа Министра внутренних дел РК от 16.03.2020 № 221 {tail}.*\n\n"
            "### Глава 1. Общие положения\n\n3. Для получения аттестата аккредитации услугополучатели подают заявление."
            f"\n\n> *Сноска. Пункт 3 в редакции приказа Министра по чрезвычайным ситуациям РК от 02.02.2021 № 51 {tail}; с "
            f"изменениями, внесенными приказами Министра по чрезвычайным ситуациям РК от 18.08.2025 № 334 {tail}; от "
            "26.03.2026 № 127 (вводится в действие с 12.07.2026).*\n\n7. Документы для проведения аккредитации "
            "формируются в дело.\n")
    return _built(tmp_path, "a87896", text, (
        "act_code: '87896'\nrequisite: Приказ Министра внутренних дел Республики Казахстан от 13 февраля 2015 года № 112. "
        "Зарегистрирован в Министерстве юстиции Республики Казахстан 18 марта 2015 года № 10488\ntitle:\n  rus: Т\n"
        "form: ПРИК\napproved_on: 2015-02-13\napproved_by:\n- '103003000000'\n"))


def test_a_consolidated_unit_has_the_text_of_its_last_noted_change(tmp_path):
    # The published text of point 3 is what № 127 left: the wordings before are not in the corpus (they had been: № 51's
    # and № 221's the text published now, and № 334's and № 127's no version at all). The text of point 7 is № 221's
    # rewriting of the rules, not its original wording (it had been both).
    store = _noted_rules(tmp_path)

    def chain_of(point: str) -> list[tuple]:
        return [(v["amendingNumber"].value if v["amendingNumber"] else None, v["text"].value[:20] if v["text"] else None,
                 v["validFrom"].value if v["validFrom"] else None)
                for v in _versions_of(store, f"112/2015-02-13:app1/{point}")]

    assert chain_of("p3") == [(None, None, None), ("221", None, None), ("51", None, None), ("334", None, None),
                              ("127", "Для получения аттест", "2026-07-12")]
    assert chain_of("p7") == [(None, None, None), ("221", "Документы для провед", None)]


def test_the_named_queries_date_a_change_as_kg_text_and_kg_changes_do(tmp_path):
    """unit-text-on-date counts a version whose start is not known from its order's signing, as `kg text` does (the
    unit had no text on any day: every version but № 127's starts on a day not known); act-changes dates № 127's change
    by its note's bracket, 12.07.2026, as `kg changes` does (it had dated it by the order's signing, 26.03.2026)."""
    from kg.changes import changes_between
    from kg.consolidate import load, version_on

    store = _noted_rules(tmp_path)
    act = "https://w3id.org/kzlex/id/act/ishki-ister-ministrligi/2015-02-13/112"
    units = load(store, act)
    for point, day, number, words in (("p7", "2019-01-01", None, None), ("p7", "2024-01-01", "221", "Документы"),
                                      ("p3", "2021-01-01", "221", None), ("p3", "2025-09-01", "334", None),
                                      ("p3", "2026-08-01", "127", "Для получения")):
        names, rows = rows_of(run_named("unit-text-on-date", {"unit": f"112/2015-02-13:app1/{point}", "date": day}, store))
        [row] = [dict(zip(names, r)) for r in rows]
        assert (row["amendingNumber"].value if row["amendingNumber"] else None) == number, (point, day)
        assert (row["text"].value if row["text"] else "").startswith(words or "") and bool(row["text"]) == bool(words)
        assert bool(row["validFromUnknown"]) == (number != "127")
        unit = next(u for iri, u in units.items() if iri.endswith(f"/app/1/{point[0]}/{point[1:]}"))
        assert version_on(unit["versions"], day)["byNumber"] == number

    def changed(start: str, end: str) -> set[tuple]:
        names, rows = rows_of(run_named("act-changes", {"act": "112/2015-02-13", "from": start, "to": end}, store))
        return {(r[names.index("amendingNumber")].value, r[names.index("validFrom")].value) for r in rows}

    assert changed("2026-01-01", "2026-06-30") == set()
    assert changed("2026-07-01", "2026-07-31") == {("127", "2026-07-12")}
    assert {c.by_number for c in changes_between(store, act, "2026-07-01", "2026-07-31", lang="ru")} == {"127"}


_TAIL_RU = "(вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования)"
_TAIL_KK = "(алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі)"


def _rules_in_two_languages(tmp_path) -> GraphStore:
    """MVD rules of 2015 (order № 112) in Kazakh and Russian, rewritten whole by order № 221; point 3 rewritten by
    № 51, then changed by № 127 from the day its note gives (12.07.2026); point 7 with no note of its own."""
    return _built_folder(tmp_path, "a87896", {
        "rus.md": (
        "# Об утверждении Правил\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые Правила.\n\n**К. Касымов**\n\n"
        "> *Утверждены*  \n> *приказом Министра внутренних дел*  \n> *Республики Казахстан*  \n> *от 13 февраля 2015 года*"
        f"  \n> *№ 112*\n\n## Правила\n\n> *Сноска. Правила в редакции приказа Министра внутренних дел РК от 16.03.2020 "
        f"№ 221 {_TAIL_RU}.*\n\n### Глава 1. Общие положения\n\n3. Для получения аттестата аккредитации услугополучатели "
        f"подают заявление.\n\n> *Сноска. Пункт 3 в редакции приказа Министра по чрезвычайным ситуациям РК от 02.02.2021 "
        f"№ 51 {_TAIL_RU}; с изменением, внесенным приказом Министра по чрезвычайным ситуациям РК от 26.03.2026 № 127 "
        "(вводится в действие с 12.07.2026).*\n\n7. Документы для проведения аккредитации формируются в дело.\n"),
        "kaz.md": (
        "# Қағидаларын бекіту туралы\n\nБҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған Қағидалар бекітілсін.\n\n**Қ. Қасымов**\n\n"
        "> *Қазақстан Республикасы*  \n> *Ішкі істер министрінің*  \n> *2015 жылғы 13 ақпандағы*  \n> *№ 112 бұйрығымен*"
        "  \n> *бекітілген*\n\n## Қағидалар\n\n> *Ескерту. Қағидалар жаңа редакцияда - ҚР Ішкі істер министрінің "
        f"16.03.2020 № 221 {_TAIL_KK} бұйрығымен.*\n\n### 1-тарау. Жалпы ережелер\n\n3. Аккредиттеу аттестатын алу үшін "
        "тұлғалар өтініш береді.\n\n> *Ескерту. 3-тармақ жаңа редакцияда - ҚР Төтенше жағдайлар министрінің 02.02.2021 "
        f"№ 51 {_TAIL_KK}; өзгеріс енгізілді - ҚР Төтенше жағдайлар министрінің 26.03.2026 № 127 (12.07.2026 бастап "
        "қолданысқа енгізіледі) бұйрықтарымен.*\n\n7. Аккредиттеуді өткізу үшін құжаттар іске қалыптастырылады.\n"),
        "meta.yaml": (
        "act_code: '87896'\nrequisite: Приказ Министра внутренних дел Республики Казахстан от 13 февраля 2015 года № 112\n"
        "form: ПРИК\napproved_on: 2015-02-13\napproved_by:\n- '103003000000'\n"),
    })


def test_the_history_of_a_unit_gives_each_language_its_own_chain(tmp_path):
    # `kg history` had run the two chains together (each version twice, a redline from the Kazakh wording to the
    # Russian one); each language is now its own chain
    from kg.history import timeline

    text = timeline(_rules_in_two_languages(tmp_path), "112/2015-02-13:app1/p7")
    kk, ru = text.split("Kazakh text (kk):")[1].split("Russian text (ru):")
    assert kk.count("rewritten by order № 221") == 1 and ru.count("rewritten by order № 221") == 1
    assert "Аккредиттеуді өткізу" in kk and "Документы" not in kk
    assert "Документы для проведения" in ru and "Аккредиттеуді" not in ru


def test_what_changed_lists_a_change_once_from_the_day_its_note_gives(tmp_path):
    # both texts' notes record order № 127's change of point 3: one change (it had been listed twice, the Russian
    # one with no wording), from 12.07.2026 as the notes say (it had been the order's signing day), the Kazakh
    # wording it left
    from kg.changes import changes_between

    store = _rules_in_two_languages(tmp_path)
    act = resolve_act(store, "112/2015-02-13").value
    changes = changes_between(store, act, "2026-03-01", "2026-12-01", "kk")
    assert [(c.label, c.by_number, c.start) for c in changes] == [("point 3", "127", "2026-07-12")]
    assert changes[0].new.startswith("Аккредиттеу аттестатын")
    assert changes_between(store, act, "2026-03-01", "2026-07-11", "kk") == []
    # the named query counts it once too, and № 221's rewriting of the rules once (each text's note records both)
    names, rows = rows_of(run_named("acts-amending", {"act": "112/2015-02-13"}, store))
    assert {(r[names.index("number")].value, r[names.index("changes")].value, r[names.index("units")].value)
            for r in rows} == {("221", "1", "1"), ("51", "1", "1"), ("127", "1", "1")}


def _changed_in_kazakh_only(tmp_path) -> GraphStore:
    """MVD order № 511 of 2014 in both languages: point 2 rewritten by order № 47 in both, then changed by № 756 in
    the Kazakh text alone, as the Russian note says (the MVD's notes since 2016, MVD 2014 № 511's rules)."""
    return _built_folder(tmp_path, "a83954", {
        "rus.md": (
        "# Об утверждении Правил\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые Правила.\n\n"
        "2. Правила применяются органами внутренних дел.\n\n> *Сноска. Пункт 2 в редакции приказа Министра внутренних "
        f"дел РК от 23.01.2017 № 47 {_TAIL_RU}; внесен изменение на казахском языке, текст на русском языке не меняется "
        f"приказом Министра внутренних дел РК от 16.11.2017 № 756 {_TAIL_RU}.*\n\n"
        "**Министр внутренних дел Республики Казахстан**\n\n**К. Касымов**\n"),
        "kaz.md": (
        "# Қағидаларын бекіту туралы\n\nБҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған Қағидалар бекітілсін.\n\n"
        "2. Қағидаларды ішкі істер органдары қолданады.\n\n> *Ескерту. 2-тармақ жаңа редакцияда - ҚР Ішкі істер "
        f"министрінің 23.01.2017 № 47 {_TAIL_KK}; өзгеріс енгізілді - ҚР Ішкі істер министрінің 16.11.2017 № 756 "
        f"{_TAIL_KK} бұйрықтарымен.*\n\n**Қазақстан Республикасының Ішкі істер министрі**\n\n**Қ. Қасымов**\n"),
        "meta.yaml": (
        "act_code: '83954'\nrequisite: Приказ Министра внутренних дел Республики Казахстан от 15 августа 2014 года № 511"
        "\nform: ПРИК\napproved_on: 2014-08-15\napproved_by:\n- '103003000000'\n"),
    })


def test_a_change_to_one_language_s_text_alone_is_a_version_of_that_text_only(tmp_path):
    # "внесен изменение на казахском языке, текст на русском языке не меняется приказом … № 756": the Russian text's
    # lineage had got a version by order № 756 equal to the one before it; the change is the Kazakh text's alone
    from kg.changes import changes_between, describe_change

    store = _changed_in_kazakh_only(tmp_path)
    chains: dict[str, list] = {}
    for v in _versions_of(store, "511/2014-08-15:p2"):
        chains.setdefault(v["lang"].value, []).append(v["amendingNumber"] and v["amendingNumber"].value)
    assert chains == {"kk": [None, "47", "756"], "ru": [None, "47"]}
    said = [r["lang"].value for r in store.query(
        "SELECT ?lang WHERE { ?m <https://w3id.org/kzlex/ontology#textLanguage> ?lang }")]
    assert said == ["kk"]
    act = resolve_act(store, "511/2014-08-15").value
    for lang, wording in (("ru", None), ("kk", "Қағидаларды ішкі істер органдары қолданады.")):
        changes = changes_between(store, act, "2017-11-01", "2018-12-31", lang)
        assert [(c.label, c.by_number, c.only) for c in changes] == [("point 2", "756", "kk")]
        assert "(the Kazakh text only)" in describe_change(changes[0]) and changes[0].new == wording
    shown = kg("changes", "511/2014-08-15", "--from", "2017-11-01", "--to", "2018-12-31", "--lang", "ru", "--store",
               tmp_path / "store")
    assert "point 2 changed (the Kazakh text only) by order № 756" in shown.stdout
    assert "(its wording in this language stays)" in shown.stdout


def test_the_preamble_is_a_unit_the_act_as_in_force_opens_with(tmp_path):
    # the MVD's order № 138 of 2015, its preamble rewritten by the Ministry for Emergency Situations in 2025 ("Преамбул
    # в редакции приказа … № 369"): the preamble was no unit of the graph (its versions had no text, `kg text` did not
    # show it); it is the unit `preamble`, its text as printed, and the act as in force today opens with it
    tail = "(вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования)"
    preamble = ("В соответствии с подпунктом 69) пункта 16 Положения о Министерстве по чрезвычайным ситуациям Республики "
                "Казахстан, утвержденного постановлением Правительства Республики Казахстан от 23 октября 2020 года № 701 "
                "«Вопросы Министерства по чрезвычайным ситуациям Республики Казахстан» ПРИКАЗЫВАЮ:")
    store = _built(tmp_path, "a90415", (
        f"# Об утверждении Правил\n\n{preamble}\n\n> *Сноска. Преамбул в редакции приказа Министра по чрезвычайным "
        f"ситуациям РК от 28.08.2025 № 369 {tail}.*\n\n1. Утвердить прилагаемые Правила.\n\n"
        "**Министр внутренних дел Республики Казахстан генерал-лейтенант полиции**\n\n**К. Касымов**\n"), (
        "act_code: '90415'\nrequisite: Приказ Министра внутренних дел Республики Казахстан от 23 февраля 2015 года № 138. "
        "Зарегистрирован в Министерстве юстиции Республики Казахстан 6 мая 2015 года № 10972\ntitle:\n  rus: Т\n"
        "form: ПРИК\napproved_on: 2015-02-23\napproved_by:\n- '103003000000'\n"))
    vs = _versions_of(store, "138/2015-02-23:preamble")
    assert [(v["amendingNumber"].value if v["amendingNumber"] else None, v["text"].value if v["text"] else None)
            for v in vs] == [(None, None), ("369", preamble.replace("«", '"').replace("»", '"'))]
    from kg.consolidate import consolidate

    act = resolve_act(store, "138/2015-02-23").value
    pieces = consolidate(store, act, "2026-12-01", "ru").pieces
    assert pieces[0].kind == "Preamble" and pieces[0].text.endswith("ПРИКАЗЫВАЮ:") and pieces[1].number == "1"


def test_a_table_rewritten_later_is_a_unit_whose_earlier_text_is_not_in_the_corpus(tmp_path):
    # the Ministry of Justice's rules of 2022 on legal consultants: appendix 2, a report form drawn as a table, was
    # rewritten in 2024 ("Приложение 2 в редакции приказа … № 886"); the act as in force in 2023 had shown the table
    # as its label alone ("таблица 1"), as if it held nothing, and counted no unit whose text is not in the corpus
    store = _built(tmp_path, "a171135", (
        "## Об утверждении Правил\n\nВ соответствии со статьей 28-1 Закона ПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые "
        "Правила.\n\n**Министр юстиции Республики Казахстан**\n\n**К. Мусин**\n\n> *Приложение 2*  \n> *к Правилам "
        "участия*  \n> *юридических консультантов*\n\n> *Сноска. Приложение 2 в редакции приказа Министра юстиции РК "
        "от 24.10.2024 № 886 (вводится в действие по истечении десяти календарных дней после дня его первого "
        "официального опубликования).*\n\n<table>\n<tr>\n<td colspan=\"5\">Форма</td>\n</tr>\n<tr>\n<td colspan=\"5\">"
        "\nПредставляется: в территориальные департаменты юстиции.\nПериодичность: ежемесячная.\n</td>\n</tr>\n"
        "</table>\n"), (
        "act_code: '171135'\nrequisite: Приказ Министра юстиции Республики Казахстан от 31 августа 2022 года № 733. "
        "Зарегистрирован в Министерстве юстиции Республики Казахстан 1 сентября 2022 года № 29337\ntitle:\n  rus: Т\n"
        "form: ПРИК\napproved_on: 2022-08-31\napproved_by:\n- '103001000000'\n"))
    from kg.consolidate import consolidate

    act = resolve_act(store, "733/2022-08-31").value
    before = consolidate(store, act, "2023-06-01", "ru")
    table = next(p for p in before.pieces if p.kind == "Table")
    assert (table.status, table.text, before.unknown) == ("unknown", None, 1)
    after = consolidate(store, act, "2025-01-01", "ru")
    table = next(p for p in after.pieces if p.kind == "Table")
    assert table.status == "text" and "Периодичность: ежемесячная." in table.text


def test_a_list_set_as_a_table_shows_its_head_over_its_rows_each_from_its_own_day(tmp_path):
    # MinFin 2019 № 798: a list of goods set as a table, its rows numbered under "№", each a unit; the act says its
    # row 1 comes into force on 1 September 2019: the act as in force shows the table's head once, over its rows (a
    # table with units under it had shown its label alone), and row 1 from that day
    from .test_parse_genres import _LIST_798_RU

    store = _built(tmp_path, "a133629", _LIST_798_RU, (
        "act_code: '133629'\nrequisite: Приказ Первого заместителя Премьер-Министра Республики Казахстан – Министра "
        "финансов Республики Казахстан от 29 июля 2019 года № 798. Зарегистрирован в Министерстве юстиции Республики "
        "Казахстан 30 июля 2019 года № 19121\ntitle:\n  rus: Т\nform: ПРИК\napproved_on: 2019-07-29\napproved_by:\n"
        "- '103002000000'\n"))
    from kg.consolidate import consolidate

    act = resolve_act(store, "798/2019-07-29").value
    pieces = consolidate(store, act, "2020-06-01", "ru").pieces
    table = next(p for p in pieces if p.kind == "Table")
    assert (table.status, table.text) == ("text", "№ | Наименование товаров, работ, услуг | Способ осуществления "
                                          "государственных закупок")
    rows = [p for p in pieces if p.kind == "TableRow"]
    assert [p.number for p in rows] == ["1", "2", "3", "4", "5"] and rows[2].text.startswith("3. | Мебельная")
    vs = _versions_of(store, "798/2019-07-29:app1/tbl1/tr1")
    assert [v["validFrom"].value for v in vs if v["validFrom"]] == ["2019-09-01"]


# point 2 of order № 38 of 2016 as first published, and as an order of 2 December 2016 rewrote it
POINT_2_OLD = "Ақпараттандыру басқармасы осы бұйрықты мемлекеттік тіркеуді қамтамасыз етсін."
POINT_2_NEW = "Ақпараттандыру және ақпараттық ресурстарды қорғау басқармасы осы бұйрықты мемлекеттік тіркеуді қамтамасыз етсін."


def _git_corpus(tmp_path):
    """An empty corpus that is a git work tree (its history the editions committed to it)."""
    repo = tmp_path / "corpus"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    return repo


def _edition(tmp_path, folder: str, day: str, point_2: str) -> None:
    # the Ministry of Justice's order № 38 of 2016 (open data), one folder of the corpus as one of its editions
    act = tmp_path / folder
    act.mkdir(parents=True)
    (act / "kaz.md").write_text(
        "# Ашық деректер тізбесін бекіту туралы\n\n«Ақпараттандыру туралы» Қазақстан Республикасы Заңының 9-бабының "
        "15) тармақшасына сәйкес, БҰЙЫРАМЫН:\n\n1. Ашық деректердің Интернет-порталында орналастырылатын ашық деректер "
        f"тізбесі бекітілсін.\n\n2. {point_2}\n\n**Министр**\n\n**Б. Имашев**\n", encoding="utf-8")
    (act / "meta.yaml").write_text(
        "act_code: '98377'\nrequisite: Приказ Министра юстиции Республики Казахстан от 26 января 2016 года № 38. "
        "Зарегистрирован в Министерстве юстиции Республики Казахстан 29 января 2016 года № 12952\ntitle:\n  kaz: Т\n"
        f"form: ПРИК\napproved_on: 2016-01-26\napproved_by:\n- '103001000000'\nversion_date:\n  kaz: {day}\n",
        encoding="utf-8")


def test_two_editions_of_one_act_give_its_units_one_original_the_newer_one(tmp_path):
    # the corpus holds some acts twice, in a folder of the year ("2016/0126-…-98377") and in a folder of the day
    # ("20160126-…-98377"), the two not always of one edition; where their wordings of a unit differ, the unit's chain
    # in that language had two original versions minted as one node, with sequence 1 and 2 (a Violation of
    # VersionShape): its original is now the newer edition's wording, and a Warning names the unit
    old = POINT_2_OLD
    new = POINT_2_NEW
    _edition(tmp_path / "corpus", "2016/0126-perechen-98377", "2016-12-02", new)
    _edition(tmp_path / "corpus", "20160126-perechen-98377", "2016-01-26", old)
    store = GraphStore(tmp_path / "store")
    assert not build([tmp_path / "corpus"], store).failed
    vs = _versions_of(store, "38/2016-01-26:p2")
    assert [(v["lang"].value, v["text"].value) for v in vs] == [("kk", new)]
    from kg.validate import validate_store

    report = validate_store(store)
    assert not [r for r in report.results if r.shape.endswith("#VersionShape")]
    # each edition is an expression of its own day (one language text with the two days was a Violation)
    assert not [r for r in report.results if r.shape.endswith("#ExpressionShape")]
    days = {r["e"].value.rsplit("/", 2)[-2:][1]: r["d"].value for r in store.query(
        "SELECT ?e ?d WHERE { ?e <http://data.europa.eu/eli/ontology#version_date> ?d }")}
    assert days == {"2016-12-02": "2016-12-02", "2016-01-26": "2016-01-26"}
    warned = [r for r in report.results if r.shape.endswith("#OneWordingShape")]
    assert [(r.severity, r.focus.rsplit("/", 1)[-1]) for r in warned] == [("Warning", "2")]


def test_an_older_edition_gives_the_wording_the_newer_one_records_only_as_changed(tmp_path):
    # the newer edition of order № 38 prints point 2 as an order of 2 December 2016 rewrote it, with its note
    # ("Ескерту. 2-тармақ жаңа редакцияда - …"): the wording before is not in that text; the older edition (26 January
    # 2016, before that order) gives it, so the point's original version has its text
    old = POINT_2_OLD
    new = POINT_2_NEW
    note = "\n\n> *Ескерту. 2-тармақ жаңа редакцияда - ҚР Әділет министрінің 02.12.2016 № 1040 бұйрығымен.*"
    _edition(tmp_path / "corpus", "2016/0126-perechen-98377", "2016-12-02", new + note)
    _edition(tmp_path / "corpus", "20160126-perechen-98377", "2016-01-26", old)
    store = GraphStore(tmp_path / "store")
    assert not build([tmp_path / "corpus"], store).failed
    vs = _versions_of(store, "38/2016-01-26:p2")
    assert [(v["amendingNumber"].value if v["amendingNumber"] else None, v["text"].value if v["text"] else None)
            for v in vs] == [
        (None, old), ("1040", new)]


def _commit(repo, message: str) -> None:
    env = {"GIT_AUTHOR_NAME": "corpus", "GIT_AUTHOR_EMAIL": "103001000000@agencies.invalid",
           "GIT_COMMITTER_NAME": "corpus", "GIT_COMMITTER_EMAIL": "corpus@agencies.invalid", "PATH": "/usr/bin:/bin"}
    subprocess.run(["git", "-C", str(repo), "add", "-A"], check=True, env=env)
    subprocess.run(["git", "-C", str(repo), "commit", "-q", "-m", message], check=True, env=env)


def test_the_corpus_s_history_gives_each_version_its_wording(tmp_path):
    # the corpus is a git history, one commit an edition: order № 38 of 2016 as first published, then as an order of
    # 2 December 2016 rewrote point 2 (the newest text records that change only as made). kg build --history reads
    # the first edition from the history: the point's original version has its wording, and the earlier edition
    # states no act facts of its own (no requisites, positions or amendments)
    old = POINT_2_OLD
    new = POINT_2_NEW
    note = "\n\n> *Ескерту. 2-тармақ жаңа редакцияда - ҚР Әділет министрінің 02.12.2016 № 1040 бұйрығымен.*"
    repo = _git_corpus(tmp_path)
    _edition(repo, "07-ministerial/103001000000-adilet/2016/0126-perechen-98377", "2016-01-26", old)
    _commit(repo, "order 38 of 2016")
    act = repo / "07-ministerial/103001000000-adilet/2016/0126-perechen-98377"
    (act / "kaz.md").write_text((act / "kaz.md").read_text(encoding="utf-8").replace(old, new + note), encoding="utf-8")
    (act / "meta.yaml").write_text((act / "meta.yaml").read_text(encoding="utf-8").replace("2016-01-26\n", "2016-12-02\n")
                                   + "caused_by:\n  code: '144460'\n  requisite: Приказ Министра юстиции Республики "
                                   "Казахстан от 2 декабря 2016 года № 1040\n", encoding="utf-8")
    _commit(repo, "order 38 of 2016, as order 1040 changed it")

    def history(store):
        return [(v["amendingNumber"].value if v["amendingNumber"] else None, v["text"].value if v["text"] else None)
                for v in _versions_of(store, "38/2016-01-26:p2")]

    plain = GraphStore(tmp_path / "plain")
    assert not build([repo], plain).failed
    assert history(plain) == [(None, None), ("1040", new)]  # the wording before is not in the newest text
    store = GraphStore(tmp_path / "store")
    report = build([repo], store, history=True)
    assert not report.failed and len(report.docs) == 2
    assert history(store) == [(None, old), ("1040", new)]
    # each edition of the act the store holds, the newer one consolidating the order that made it
    names, rows = rows_of(run_named("act-editions", {"act": "38/2016-01-26"}, store))
    editions = [dict(zip(names, (t.value if t is not None else None for t in r))) for r in rows]
    assert [(e["lang"], e["day"], e["number"], e["file"].count("@")) for e in editions] == [
        ("KAZ", "2016-01-26", None, 1), ("KAZ", "2016-12-02", "1040", 0)]
    (edition,) = [d for d in report.docs if "@" in d.name]
    assert edition.name.startswith("07-ministerial/103001000000-adilet/2016/0126-perechen-98377/kaz.md@")
    assert (edition.amendments, edition.positions, edition.approvals) == (0, 0, 0)
    graph = Minter(DEFAULT_BASE).source(edition.name)
    facts = {q.predicate.value.rsplit("#", 1)[-1] for q in store.quads_for_pattern(None, None, None, NamedNode(graph))}
    # (its wording is kzl:editionText: the units' kzl:text stays the act's as it now stands, one per language)
    assert {"describes", "sha256", "version_date", "editionText"} <= facts
    assert not facts & {"in_force", "agencyCode", "note", "text"}
    from kg.validate import validate_store

    assert not [r for r in validate_store(store).results if r.shape.endswith("#OneWordingShape")]
    # a build without --history lists the edition as a source no longer read, and --prune removes it
    report = build([repo], store, prune=True)
    assert report.pruned == [edition.name] and history(store) == [(None, None), ("1040", new)]
    # a folder outside any git work tree has no earlier editions, and the build says so
    _edition(tmp_path / "copy", "2016/0126-perechen-98377", "2016-12-02", new)
    report = build([tmp_path / "copy"], GraphStore(tmp_path / "copied"), history=True)
    assert not report.failed and len(report.docs) == 1
    assert [w.endswith("0126-perechen-98377: not in a git work tree: no earlier editions") for w in report.warnings] == [True]


def test_a_commit_s_trailers_name_the_act_that_made_its_edition(tmp_path):
    # the corpus's commits name the act whose change made each edition in their trailers ("Cause-Act-Code",
    # "Cause-Act-Requisite"), where an older meta.yaml has no caused_by: with --history each edition consolidates
    # that act, the working tree's own (as its last commit left it) too; before, only meta.yaml's caused_by said it
    old = POINT_2_OLD
    mid = "Ақпараттандыру және байланыс басқармасы осы бұйрықты мемлекеттік тіркеуді қамтамасыз етсін."
    new = POINT_2_NEW
    repo = _git_corpus(tmp_path)
    folder = "07-ministerial/103001000000-adilet/2016/0126-perechen-98377"
    _edition(repo, folder, "2016-01-26", old)
    _commit(repo, "order 38 of 2016")
    act = repo / folder

    def amend(before: str, after: str, day: str, number: str, code: str, requisite: str) -> None:
        (act / "kaz.md").write_text((act / "kaz.md").read_text(encoding="utf-8").replace(before, after), encoding="utf-8")
        meta = (act / "meta.yaml").read_text(encoding="utf-8")
        (act / "meta.yaml").write_text(meta.split("version_date:")[0] + f"version_date:\n  kaz: {day}\n", encoding="utf-8")
        _commit(repo, f"№{number} О внесении изменений в приказ № 38\n\nCause-Act-Code: {code}\n"
                      f"Cause-Act-Requisite: {requisite}\nActs-Changed: 1")

    amend(old, mid, "2016-06-10", "512", "137700", "Приказ Министра юстиции Республики Казахстан от 10 июня 2016 года № 512")
    amend(mid, new, "2016-12-02", "1040", "144460",
          "Приказ Министра юстиции Республики Казахстан от 2 декабря 2016 года № 1040")
    store = GraphStore(tmp_path / "store")
    report = build([repo], store, history=True)
    assert not report.failed and len(report.docs) == 3
    names, rows = rows_of(run_named("act-editions", {"act": "38/2016-01-26"}, store))
    editions = [dict(zip(names, (t.value if t is not None else None for t in r))) for r in rows]
    assert [(e["day"], e["number"], e["date"]) for e in editions] == [
        ("2016-01-26", None, None), ("2016-06-10", "512", "2016-06-10"), ("2016-12-02", "1040", "2016-12-02")]
    # a working tree changed since its last commit is no longer that commit's edition: it names no act (the commit's
    # own edition is read from the history, with its act)
    from kg.corpus import discover
    from kg.editions import earlier_editions

    (act / "kaz.md").write_text((act / "kaz.md").read_text(encoding="utf-8") + "\n3. Бұйрық қолданысқа енгізіледі.\n",
                                encoding="utf-8")
    found = earlier_editions(discover([repo]), tmp_path / "editions")
    assert sorted((s.edition, s.cause[0] if s.cause else "") for s in found) == [
        (False, ""), (True, ""), (True, "137700"), (True, "144460")]


def test_an_act_whose_folder_the_corpus_deleted_is_read_as_repealed_with_history(tmp_path):
    # the corpus deletes a repealed act's folder, the deleting commit naming the repealing act in its trailers: with
    # --history the act is read as its last commit left it (its earlier editions too), repealed on the commit's day
    # by that act; an act moved to another folder (its portal code still present) is no repealed act; a build
    # without --history had no trace of the deleted act at all
    old = POINT_2_OLD
    new = POINT_2_NEW
    repo = _git_corpus(tmp_path)
    folder = "07-ministerial/103001000000-adilet/2016/0126-perechen-98377"
    _edition(repo, folder, "2016-01-26", old)
    _edition(repo, "07-ministerial/103001000000-adilet/2016/0127-moved-98378", "2016-01-26", old)
    (repo / "07-ministerial/103001000000-adilet/2016/0127-moved-98378/meta.yaml").write_text(
        (repo / folder / "meta.yaml").read_text(encoding="utf-8").replace("98377", "98378").replace("№ 38.", "№ 39."),
        encoding="utf-8")
    _commit(repo, "order 38 of 2016")
    note = "\n\n> *Ескерту. 2-тармақ жаңа редакцияда - ҚР Әділет министрінің 02.12.2016 № 1040 бұйрығымен.*"
    (repo / folder / "kaz.md").write_text((repo / folder / "kaz.md").read_text(encoding="utf-8").replace(
        old, new + note), encoding="utf-8")
    _commit(repo, "№1040 О внесении изменений\n\nCause-Act-Code: 144460\nCause-Act-Requisite: Приказ Министра юстиции "
                  "Республики Казахстан от 2 декабря 2016 года № 1040")
    subprocess.run(["git", "-C", str(repo), "mv", "07-ministerial/103001000000-adilet/2016/0127-moved-98378",
                    "07-ministerial/103001000000-adilet/2016/0127-moved-again-98378"], check=True)
    _commit(repo, "moved")
    subprocess.run(["git", "-C", str(repo), "rm", "-r", "-q", folder], check=True)
    _commit(repo, "№129 Об утверждении\n\nCause-Act-Code: 150001\nCause-Act-Requisite: Приказ Министра юстиции "
                  "Республики Казахстан от 3 марта 2018 года № 129\nActs-Changed: 2")
    plain = GraphStore(tmp_path / "plain")
    assert not build([repo], plain).failed
    with pytest.raises(UsageError, match="no act"):
        resolve_act(plain, "38/2016-01-26")
    store = GraphStore(tmp_path / "store")
    report = build([repo], store, history=True)
    assert not report.failed
    names = sorted(d.name.rpartition("@")[0] or d.name for d in report.docs)
    assert names == ["07-ministerial/103001000000-adilet/2016/0126-perechen-98377/kaz.md",
                     "07-ministerial/103001000000-adilet/2016/0126-perechen-98377/kaz.md",
                     "07-ministerial/103001000000-adilet/2016/0127-moved-again-98378/kaz.md"]
    act = resolve_act(store, "38/2016-01-26")
    facts = {(r["p"].value, r["o"].value) for r in store.query(f"SELECT ?p ?o WHERE {{ {act} ?p ?o }}")}
    assert ("http://data.europa.eu/eli/ontology#in_force", "http://data.europa.eu/eli/ontology#InForce-notInForce") in facts
    repealer = resolve_act(store, "129/2018-03-03")
    assert [r["a"].value for r in store.query(
        f"SELECT ?a WHERE {{ {repealer} <http://data.europa.eu/eli/ontology#repeals> ?a }}")] == [act.value]
    # its last wording, and the one before from its earlier edition
    assert [v["text"].value for v in _versions_of(store, "38/2016-01-26:p2") if v["text"]] == [old, new]


def test_each_language_s_newer_edition_is_its_own_when_the_two_are_dated_apart(tmp_path):
    # two folders of order № 38 of 2016 whose Kazakh and Russian texts are of different days, the Kazakh newer in one
    # folder, the Russian in the other: each language's chain starts from its own newer text (a graph dates both
    # languages' expressions from its requisites; only the one its file embodies is its edition)
    old_kk, new_kk = "Басқарма қамтамасыз етсін.", "Ақпараттандыру басқармасы қамтамасыз етсін."
    old_ru, new_ru = "Управлению обеспечить.", "Управлению информатизации обеспечить."
    for folder, kk_day, ru_day, kk, ru in (("2016/0126-perechen-98377", "2016-12-02", "2016-01-26", new_kk, old_ru),
                                           ("20160126-perechen-98377", "2016-01-26", "2016-12-02", old_kk, new_ru)):
        _edition(tmp_path / "corpus", folder, kk_day, kk)
        act = tmp_path / "corpus" / folder
        (act / "rus.md").write_text("# Об утверждении перечня открытых данных\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить "
                                    f"перечень открытых данных.\n\n2. {ru}\n\n**Министр**\n", encoding="utf-8")
        meta = (act / "meta.yaml").read_text(encoding="utf-8")
        (act / "meta.yaml").write_text(meta + f"  rus: {ru_day}\n", encoding="utf-8")
    store = GraphStore(tmp_path / "store")
    assert not build([tmp_path / "corpus"], store).failed
    vs = _versions_of(store, "38/2016-01-26:p2")
    assert sorted((v["lang"].value, v["text"].value) for v in vs) == [("kk", new_kk), ("ru", new_ru)]


def _folder(root, path: str, meta: str, text: str) -> None:
    act = root / path
    act.mkdir(parents=True)
    (act / "rus.md").write_text(text, encoding="utf-8")
    (act / "meta.yaml").write_text(meta, encoding="utf-8")


def _corpus_built(tmp_path, act: str):
    """The store built from the act folders written under tmp_path/corpus, and the IRI of `act` (NUMBER/YYYY-MM-DD)."""
    store = GraphStore(tmp_path / "store")
    assert not build([tmp_path / "corpus"], store).failed
    return store, resolve_act(store, act).value


def _read_on(store, act: str, date: str, kind: str, number: str):
    """The one piece of `kind` and `number` of the act's Russian text as in force on `date`."""
    from kg.consolidate import consolidate

    (p,) = [p for p in consolidate(store, act, date, "ru").pieces if p.kind == kind and p.number == number]
    return p


def test_a_suspended_point_reads_its_interim_wording_while_suspended_and_its_own_after(tmp_path, monkeypatch):
    # the Ministry of Internal Affairs' order № 576 of 2021 suspends point 20 of its rules for issuing permits to labour
    # immigrants (order № 76 of 2014) until 1 January 2023, with the wording the point has meanwhile: `kg text` on a day
    # of the suspension gives that wording and says so, on a day after it the point's own; `kg history` lists it
    from kg.changes import changes_between, describe_change
    from kg.consolidate import consolidate, render
    from kg.history import timeline

    corpus = tmp_path / "corpus" / "07-ministerial" / "103003000000-qriim"
    _folder(corpus, "2014/0208-ob-utverzhdenii-pravil-76", (
        "act_code: '31000'\nrequisite: Приказ Министра внутренних дел Республики Казахстан от 8 февраля 2014 года № 76. "
        "Зарегистрирован в Министерстве юстиции Республики Казахстан 14 марта 2014 года № 9227\ntitle:\n  rus: Об "
        "утверждении Правил выдачи разрешений трудовым иммигрантам\nform: ПРИК\napproved_on: 2014-02-08\n"
        "approved_by:\n- '103003000000'\n"), (
        "# Об утверждении Правил выдачи разрешений трудовым иммигрантам\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые "
        "Правила выдачи разрешений трудовым иммигрантам.\n\n2. Настоящий приказ вводится в действие со дня "
        "государственной регистрации.\n\n**Министр**\n\n> *Утверждены*  \n> *приказом Министра внутренних дел*  \n"
        "> *Республики Казахстан*  \n> *от 8 февраля 2014 года № 76*\n\n## Правила выдачи разрешений трудовым "
        "иммигрантам\n\n19. Разрешение выдается на срок до одного года.\n\n20. Разрешение выдается органом "
        "внутренних дел по месту пребывания.\n\n21. Разрешение продлевается.\n"))
    _folder(corpus, "2021/0924-o-priostanovlenii-576", (
        "act_code: '32000'\nrequisite: Приказ Министра внутренних дел Республики Казахстан от 24 сентября 2021 года "
        "№ 576\ntitle:\n  rus: О приостановлении действия некоторых норм\nform: ПРИК\napproved_on: 2021-09-24\n"
        "approved_by:\n- '103003000000'\n"), (
        "# О приостановлении действия некоторых норм\n\nПРИКАЗЫВАЮ:\n\n1. Приостановить до 1 января 2023 года "
        "действие пункта 20 Правил выдачи разрешений трудовым иммигрантам, утвержденных приказом Министра "
        "внутренних дел Республики Казахстан от 8 февраля 2014 года № 76 установив, что в период приостановления "
        "данный пункт действует в следующей редакции:\n\n«20. Разрешение выдается в электронной форме.».\n\n"
        "2. Настоящий приказ вводится в действие с 1 января 2021 года.\n\n**Министр**\n"))
    store = GraphStore(tmp_path / "store")
    assert not build([tmp_path / "corpus"], store).failed
    act = resolve_act(store, "76/2014-02-08").value

    def point_20(date):
        (p,) = [p for p in consolidate(store, act, date, "ru").pieces if p.kind == "Point" and p.number == "20"]
        return p

    during, after = point_20("2022-06-01"), point_20("2023-06-01")
    assert (during.text, during.interim, during.suspended_until, during.suspended_by_number) == (
        "Разрешение выдается в электронной форме.", True, "2023-01-01", "576")
    assert after.text.startswith("Разрешение выдается органом") and after.suspension() is None
    assert ("  20. Разрешение выдается в электронной форме.\n"
            "  [suspended until 2023-01-01 by order № 576: this wording applies meanwhile]") in render(
        consolidate(store, act, "2022-06-01", "ru"))
    assert "_[suspended until 2023-01-01 by order № 576: this wording applies meanwhile]_" in render(
        consolidate(store, act, "2022-06-01", "ru"), "markdown")  # (its own emphasis, under the point's words)
    shown = timeline(store, "76/2014-02-08:app1/p20")
    assert "other changes recorded:" in shown and "suspended until 2023-01-01 by order № 576" in shown
    assert "meanwhile it reads (ru):\n      Разрешение выдается в электронной форме." in shown
    # what changed in the span: the suspension, with the wording meanwhile against the point's own
    (c,) = changes_between(store, act, "2020-01-01", "2024-01-01", "ru")
    assert describe_change(c) == "point 20 suspended until 2023-01-01 by order № 576 of 2021-09-24"
    assert (c.stays, c.old, c.new) == (True, "Разрешение выдается органом внутренних дел по месту пребывания.",
                                       "Разрешение выдается в электронной форме.")
    # the assistant's `changes` says the same (its worker's store, set as a worker's init sets it)
    from kg import assistwork, serverwork

    monkeypatch.setattr(serverwork, "_STORE", store)
    said = [c for c in assistwork.changes(act, "2020-01-01", "2024-01-01") if c["effect"] == "Suspension"]
    assert [(c["unit"].rsplit("/", 1)[-1], c["from"], c["until"], c["by"], c["new"]) for c in said] == [
        ("20", "2021-01-01", "2023-01-01", "576", "Разрешение выдается в электронной форме.")]


def test_a_suspended_point_reads_each_wording_its_suspension_gives_for_a_time_in_that_time(tmp_path):
    # the Ministry of Justice's order № 339 of 2026 suspends point 3-1 of the rules of order № 171 of 2018 until 30
    # October 2026, giving its wording up to 12 July and another from 12 July: `kg text` on a day of each time gives
    # that time's wording, after the suspension the point's own
    corpus = tmp_path / "corpus" / "07-ministerial" / "103001000000-adilet"
    _folder(corpus, "2018/0201-ob-utverzhdenii-pravil-171", (
        "act_code: '31001'\nrequisite: Приказ Министра юстиции Республики Казахстан от 1 февраля 2018 года № 171\n"
        "title:\n  rus: Об утверждении Правил осуществления контроля\nform: ПРИК\napproved_on: 2018-02-01\n"
        "approved_by:\n- '103001000000'\n"), (
        "# Об утверждении Правил осуществления контроля\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые Правила "
        "осуществления контроля.\n\n2. Настоящий приказ вводится в действие со дня его первого официального "
        "опубликования.\n\n**Министр**\n\n> *Утверждены*  \n> *приказом Министра юстиции*  \n> *Республики "
        "Казахстан*  \n> *от 1 февраля 2018 года № 171*\n\n## Правила осуществления контроля\n\n3. Контроль "
        "проводится.\n\n3-1. Контроль проводится на месте.\n\n4. Контроль завершается.\n"))
    _folder(corpus, "2026/0410-o-priostanovlenii-339", (
        "act_code: '32001'\nrequisite: Приказ Министра юстиции Республики Казахстан от 10 апреля 2026 года № 339\n"
        "title:\n  rus: О приостановлении\nform: ПРИК\napproved_on: 2026-04-10\napproved_by:\n- '103001000000'\n"), (
        "# О приостановлении\n\nПРИКАЗЫВАЮ:\n\n1. Приостановить до 30 октября 2026 года действие пункта 3-1 Правил "
        "осуществления контроля, утвержденных приказом Министра юстиции Республики Казахстан от 1 февраля 2018 года "
        "№ 171 (далее - Правила).\n\n2. Установить, что на период приостановления до 12 июля 2026 года:\n\n"
        "   пункт 3-1 Правил действует в следующей редакции:\n\n   «3.1. Контроль проводится в информационной "
        "системе.»;\n\n3. Установить, что на период приостановления с 12 июля 2026 года:\n\n   пункт 3-1 Правил "
        "действует в следующей редакции:\n\n   «3.1. Контроль проводится в цифровой системе.».\n\n4. Настоящий "
        "приказ вводится в действие со дня его первого официального опубликования.\n\n**Министр**\n"))
    store, act = _corpus_built(tmp_path, "171/2018-02-01")

    def point_3_1(date):
        p = _read_on(store, act, date, "Point", "3-1")
        return p.text, p.interim, p.suspended_until, p.suspension()

    # (suspended to 30 October either time: the first wording applies until 12 July, the second to the end)
    assert point_3_1("2026-06-01") == ("Контроль проводится в информационной системе.", True, "2026-10-30",
                                       "suspended until 2026-10-30 by order № 339: this wording applies until 2026-07-12")
    assert point_3_1("2026-08-01") == ("Контроль проводится в цифровой системе.", True, "2026-10-30",
                                       "suspended until 2026-10-30 by order № 339: this wording applies meanwhile")
    assert point_3_1("2026-11-01") == ("Контроль проводится на месте.", False, None, None)


def test_a_unit_an_order_gives_a_wording_from_a_later_day_reads_it_from_that_day(tmp_path):
    # MinFin 2026 № 363 says in its last point that sub-point 8 of point 2 of its rules reads anew from 12 July 2026:
    # `kg text` before that day gives the rules' own wording, on a day after it the new one; `kg history` lists both
    from kg.history import timeline

    corpus = tmp_path / "corpus" / "07-ministerial" / "103002000000-minfin"
    _folder(corpus, "2026/0604-ob-utverzhdenii-pravil-363", (
        "act_code: '32002'\nrequisite: Приказ Министра финансов Республики Казахстан от 4 июня 2026 года № 363\n"
        "title:\n  rus: Об утверждении Правил\nform: ПРИК\napproved_on: 2026-06-04\napproved_by:\n- '103002000000'\n"), (
        "# Об утверждении Правил\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые Правила.\n\n2. Настоящий приказ вводится в "
        "действие со дня его первого официального опубликования.\n\n   Установить, что с 12 июля 2026 года подпункт 8) "
        "пункта 2 Правил действует в следующей редакции:\n\n   «8) комплекс – комплекс цифровых систем;».\n\n**Министр**\n\n"
        "> *Утверждены приказом*  \n> *Министр финансов*  \n> *Республики Казахстан*  \n> *от 4 июня 2026 года*  \n"
        "> *№ 363*\n\n## Правила\n\n1. Правила определяют порядок.\n\n2. Понятия:\n\n   7) оператор – лицо;\n\n"
        "   8) комплекс – комплекс информационных систем;\n"))
    store, act = _corpus_built(tmp_path, "363/2026-06-04")

    def sub_point_8(date):
        return _read_on(store, act, date, "Subpoint", "8").text

    assert sub_point_8("2026-06-20") == "8) комплекс – комплекс информационных систем;"
    assert sub_point_8("2026-08-01") == "8) комплекс – комплекс цифровых систем;"
    shown = timeline(store, "363/2026-06-04:app1/p2/sp8")
    assert "rewritten from 2026-07-12 by order № 363" in shown and "[-информационных-]{+цифровых+}" in shown


def test_a_unit_past_the_last_day_its_act_gave_it_says_so_in_its_place(tmp_path, monkeypatch):
    # MinFin 2025 № 325 (budget lending) says in its last point that point 20 of its appendix 1 applies up to 31
    # December 2025 inclusive: `kg text` on a day before gives its words, on a day after says it applied up to that
    # day (it had said its wording that day was not in the corpus); the point after it reads on
    from kg import assistwork, serverwork
    from kg.consolidate import consolidate, render

    corpus = tmp_path / "corpus" / "07-ministerial" / "103002000000-minfin"
    _folder(corpus, "2025/0626-o-nekotorykh-voprosakh-325", (
        "act_code: '32003'\nrequisite: Приказ Министра финансов Республики Казахстан от 26 июня 2025 года № 325\n"
        "title:\n  rus: О некоторых вопросах бюджетного кредитования\nform: ПРИК\napproved_on: 2025-06-26\n"
        "approved_by:\n- '103002000000'\n"), (
        "# О некоторых вопросах бюджетного кредитования\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить Процедуры согласно приложению "
        "1 к настоящему приказу.\n\n2. Настоящий приказ вводится в действие со дня его первого официального "
        "опубликования.\n\n   При этом установить, что пункт 20 Приложения 1 к настоящему приказу действует по 31 "
        "декабря 2025 года включительно.\n\n**Министр**\n\n> *Приложение 1 к приказу*  \n> *Министр финансов*  \n"
        "> *Республики Казахстан*  \n> *от 26 июня 2025 года*  \n> *№ 325*\n\n## Процедуры\n\n20. Заявка "
        "представляется на бумажном носителе.\n\n21. Заемщик подписывает договоры.\n"))
    store, act = _corpus_built(tmp_path, "325/2025-06-26")

    def points(date):
        return {n: (p.status, p.text, p.last_day) for n in ("20", "21") for p in [_read_on(store, act, date, "Point", n)]}

    assert points("2025-09-01") == {"20": ("text", "Заявка представляется на бумажном носителе.", None),
                                    "21": ("text", "Заемщик подписывает договоры.", None)}
    assert points("2026-02-01") == {"20": ("expired", None, "2025-12-31"),
                                    "21": ("text", "Заемщик подписывает договоры.", None)}
    assert "  20. [действовал по 2025-12-31 включительно]" in render(consolidate(store, act, "2026-02-01", "ru"))
    monkeypatch.setattr(serverwork, "_STORE", store)  # (the assistant's text of that day says the same)
    said = assistwork.text_on_date(act, "2026-02-01", "ru")
    (point,) = [u for u in said["units"] if u["node"].endswith("/app/1/p/20")]
    assert point["text_on_date"] == "no longer applies: its act gave it 2025-12-31 as its last day"
    from kg.pagedata import act_page  # (… and the act's page, rendered as `kg serve` renders it)
    from kg.server import _env, _linkable, _short

    env = _env.overlay()
    env.filters.update(local=lambda iri: iri, linkable=_linkable, short=_short)
    page = env.get_template("act.html").render(**act_page(store, act, "2026-02-01", "ru"))
    assert re.search(r'class="expired[^>]*>.*?— no longer applies: its act gave it 2025-12-31 as its last day</p>', page)


def test_an_act_suspended_whole_is_in_force_and_suspended_while_it_lasts(tmp_path):
    # the Ministry of Justice's order № 87 of 1999 suspends its order № 81 until 1 April 2000 (the portal's older
    # preformatted text): `kg text` on a day before gives the act's status as suspended, after it as in force
    from kg.consolidate import consolidate

    corpus = tmp_path / "corpus" / "07-ministerial" / "103001000000-adilet"
    _folder(corpus, "1999/1008-o-vnesenii-izmenenii-81", (
        "act_code: '4600'\nrequisite: Приказ Министра юстиции Республики Казахстан от 8 октября 1999 года № 81. "
        "Зарегистрирован в Министерстве юстиции Республики Казахстан 20 октября 1999 года № 949\ntitle:\n  rus: О "
        "внесении изменений в приказ Министра юстиции Республики Казахстан от 28 июля 1998 года N 539\nform: ПРИК\n"
        "approved_on: 1999-10-08\napproved_by:\n- '103001000000'\n"), (
        "# О внесении изменений\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить изменения.\n\n2. Настоящий приказ вступает в силу со "
        "дня государственной регистрации.\n\n**Министр**\n"))
    _folder(corpus, "1999/1108-o-priostanovlenii-4661", (
        "act_code: '4661'\nrequisite: Приказ Министра юстиции Республики Казахстан от 8 ноября 1999 года № 87. "
        "Зарегистрирован в Министерстве юстиции Республики Казахстан 12 ноября 1999 года № 970\ntitle:\n  rus: О "
        "приостановлении действия приказа от 8 октября 1999 года N 81\nform: ПРИК\napproved_on: 1999-11-08\n"
        "approved_by:\n- '103001000000'\n"), OLD_FENCE_RU)
    store = GraphStore(tmp_path / "store")
    assert not build([tmp_path / "corpus"], store).failed
    act = resolve_act(store, "81/1999-10-08").value
    assert consolidate(store, act, "2000-01-15", "ru").status == "suspended until 2000-04-01 by order № 87"
    assert consolidate(store, act, "2000-06-01", "ru").status == "in force"
    assert consolidate(store, act, "1999-11-01", "ru").status == "in force"  # before the suspending order


def test_a_suspension_in_both_languages_gives_each_text_its_own_wording_meanwhile(tmp_path):
    # the suspending order's Kazakh and Russian texts each quote point 20's wording meanwhile (order № 576 of 2021):
    # the Kazakh text as in force reads the Kazakh wording, the Russian the Russian, whichever the store answers first
    from kg.changes import changes_between
    from kg.consolidate import consolidate

    rules = tmp_path / "corpus" / "07-ministerial" / "103003000000-qriim" / "2014" / "0208-pravila-76"
    rules.mkdir(parents=True)
    (rules / "meta.yaml").write_text(
        "act_code: '31000'\nrequisite: Приказ Министра внутренних дел Республики Казахстан от 8 февраля 2014 года "
        "№ 76\ntitle:\n  rus: Об утверждении Правил\nform: ПРИК\napproved_on: 2014-02-08\napproved_by:\n- '103003000000'\n",
        encoding="utf-8")
    (rules / "rus.md").write_text("# Об утверждении Правил\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые Правила.\n\n"
                                  "> *Утверждены*  \n> *приказом Министра внутренних дел*  \n> *от 8 февраля 2014 года "
                                  "№ 76*\n\n## Правила\n\n20. Разрешение выдается органом внутренних дел.\n",
                                  encoding="utf-8")
    (rules / "kaz.md").write_text("# Қағидаларды бекіту туралы\n\nБҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған Қағидалар "
                                  "бекітілсін.\n\n> *Қазақстан Республикасы*  \n> *Ішкі істер министрінің*  \n> *2014 жылғы "
                                  "8 ақпандағы № 76 бұйрығымен бекітілген*\n\n## Қағидалар\n\n20. Рұқсатты ішкі істер "
                                  "органы береді.\n", encoding="utf-8")
    order = rules.parent.parent / "2021" / "0924-o-priostanovlenii-576"
    order.mkdir(parents=True)
    (order / "meta.yaml").write_text(
        "act_code: '32000'\nrequisite: Приказ Министра внутренних дел Республики Казахстан от 24 сентября 2021 года "
        "№ 576\ntitle:\n  rus: О приостановлении\nform: ПРИК\napproved_on: 2021-09-24\napproved_by:\n- '103003000000'\n",
        encoding="utf-8")
    from .test_parse_genres import KK_SUSPENDS, RU_SUSPENDS

    (order / "kaz.md").write_text(KK_SUSPENDS.replace("Т\n\n", "# Тоқтата тұру туралы\n\n", 1), encoding="utf-8")
    (order / "rus.md").write_text(RU_SUSPENDS.replace("Т\n\n", "# О приостановлении\n\n", 1), encoding="utf-8")
    store = GraphStore(tmp_path / "store")
    assert not build([tmp_path / "corpus"], store).failed
    act = resolve_act(store, "76/2014-02-08").value
    for lang, wording in (("kk", "Жаңа мәтін."), ("ru", "Новый текст.")):
        (p,) = [p for p in consolidate(store, act, "2022-06-01", lang).pieces if p.number == "20"]
        assert (p.text, p.interim) == (wording, True)
        (c,) = changes_between(store, act, "2020-01-01", "2024-01-01", lang)
        assert (c.effect, c.new) == ("Suspension", wording)


def test_words_a_note_replaced_throughout_give_the_unit_its_wording_before_and_a_version_after(tmp_path):
    # Almaty oblast maslikhat, rules of 2017 (decision № 26-129): "По всему тексту слова «оралманов», заменить словами
    # «кандасов»" by decision № 12-61 of 2021; in Kazakh three words replaced "respectively" (тиісінше), in one note.
    # The published text holds the new words: the text before had the old ones (it had been the published text,
    # with no version for the change at all, and the three Kazakh pairs one amendment of nine pairs of words)
    meta = ("act_code: '118394'\nrequisite: Решение Алматинского областного маслихата от 15 декабря 2017 года № 26-129. "
            "Зарегистрировано Департаментом юстиции Алматинской области 9 января 2018 года № 4490\ntitle:\n  rus: Т\n"
            "  kaz: Т\nform: РЕШ\napproved_on: 2017-12-15\napproved_by:\n- '154000000002'\n")
    ru = ("# Т\n\nАлматинский областной маслихат РЕШИЛ:\n\n1. Утвердить Правила согласно приложению к настоящему решению."
          "\n\n**Секретарь областного маслихата**\n\n**С. Дюсембинов**\n\n> *Приложение утвержденное*  \n"
          "> *решением Алматинского*  \n> *областного маслихата*  \n> *от «15» декабря 2017 года*  \n> *№ 26-129*\n\n"
          "# Правила регулирования миграционных процессов в Алматинской области\n\n> *Сноска. По всему тексту слова "
          "«оралманов», заменить словами «кандасов» решением маслихата Алматинской области от 14.12.2021 № 12-61 "
          f"{_TAIL_RU}.*\n\n## Глава 1. Общие положения\n\n6. Расселение кандасов и переселенцев осуществляется в "
          "соответствии с региональными квотами приема кандасов и переселенцев.\n")
    kk = ("# Т\n\nАлматы облыстық мәслихаты ШЕШІМ ҚАБЫЛДАДЫ:\n\n1. Қағидалар осы шешімнің қосымшасына сәйкес "
          "бекітілсін.\n\n**Облыстық мәслихаттың хатшысы**\n\n**С. Дүйсембінов**\n\n> *Алматы облыстық маслихатының*  \n"
          "> *2017 жылғы «15» желтоқсандағы*  \n> *№ 26-129 шешімімен бекітілген*  \n> *қосымша*\n\n"
          "# Алматы облысындағы көші-қон процестерін реттеу қағидалары\n\n> *Ескерту. Бүкіл мәтін бойынша "
          "«оралмандарды», «оралмандар» және «Оралмандар» деген сөздер тиісінше «қандастарды», «қандастар» және "
          "«Қандастар» деген сөздермен ауыстырылды – Алматы облыстық мәслихатының 14.12.2021 № 12-61 "
          f"{_TAIL_KK} шешімімен.*\n\n## 1-тарау. Жалпы ережелер\n\n6. Қандастар мен қоныс аударушыларды қоныстандыру "
          "өңірлік квоталарына сәйкес жүзеге асырылады.\n\n7. Көші-қон процестерін реттеу қандастарды, әсіресе "
          "жастарды кәсіптік оқытуға бағытталған іс-шаралар әзірлеу арқылы жүзеге асырылады.\n")
    store = _built_folder(tmp_path, "a118394", {"rus.md": ru, "kaz.md": kk, "meta.yaml": meta})

    def chain_of(point: str, lang: str) -> list[tuple]:
        return [(v["amendingNumber"].value if v["amendingNumber"] else None, v["text"].value)
                for v in _versions_of(store, f"26-129/2017-12-15:app1/{point}") if v["text"] and v["text"].language == lang]

    assert chain_of("p6", "ru") == [
        (None, "Расселение оралманов и переселенцев осуществляется в соответствии с региональными квотами приема "
               "оралманов и переселенцев."),
        ("12-61", "Расселение кандасов и переселенцев осуществляется в соответствии с региональными квотами приема "
                  "кандасов и переселенцев.")]
    assert [(n, t.split()[0]) for n, t in chain_of("p6", "kk")] == [(None, "Оралмандар"), ("12-61", "Қандастар")]
    assert [(n, t.split()[3]) for n, t in chain_of("p7", "kk")] == [(None, "оралмандарды,"), ("12-61", "қандастарды,")]


def test_words_replaced_respectively_give_back_only_the_wording_they_tell(tmp_path):
    # Ministry of Justice, instruction of 2002 (order № 155): five words replaced "соответственно" by order № 336, two of
    # them by the same new words ("опубликование официальных" and "опубликование официального" both "официальное
    # опубликование"): which stood in a unit is not told, so its wording before is not given (it had been made up,
    # "… опубликование официального текстов", and then "официальное официальное опубликование"); "Департамента"
    # became "Департамента юстиции" (order № 126): the new words hold the old ones, and are a version of their own
    # (they had been "Департамента юстиции юстиции")
    text = ("# Т\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемую Инструкцию.\n\n**Министр**\n\n**Г. Кулахметов**\n\n"
            "> *Утверждена приказом*  \n> *Министра юстиции*  \n> *Республики Казахстан*  \n"
            "> *от 22 октября 2002 года N 155*\n\n## ИНСТРУКЦИЯ по проведению экспертизы\n\n> *Сноска. В заголовке и по "
            "всему тексту слова \"опубликование официальных\", \"опубликования официальных\", \"опубликованию\", "
            "\"опубликование\", \"опубликование официального\" заменены соответственно словами \"официальное "
            "опубликование\", \"официального опубликования\", \"официальному опубликованию\", \"официальное "
            "опубликование\", \"официальное опубликование\" - приказом и.о. Министра юстиции Республики Казахстан от 14 "
            "декабря 2005 года N 336.*\n\n> *Сноска. по всему тексту Инструкции слова \"Департамента\", \"Департаменте\", "
            "\"Департаментом\" заменены соответственно словами \"Департамента юстиции\", \"Департаменте юстиции\", "
            "\"Департаментом юстиции\" приказом Министра юстиции РК от 24.09.2009 № 126 (порядок введения в действие см п. "
            "3).*\n\n2. При поступлении пакета документов, необходимых для получения права на последующее официальное "
            "опубликование текстов нормативных правовых актов, уполномоченным органом проверяется их полнота.\n\n"
            "4. Экспертиза проводится сотрудниками Департамента юстиции путем сверки представленных макетов.\n")
    store = _built(tmp_path, "a13410", text, (
        "act_code: '13410'\nrequisite: Приказ Министра юстиции Республики Казахстан от 22 октября 2002 года N 155. "
        "Зарегистрирован в Министерстве юстиции Республики Казахстан 1 ноября 2002 года N 2031\ntitle:\n  rus: Т\n"
        "form: ПРИК\napproved_on: 2002-10-22\napproved_by:\n- '103001000000'\n"))

    def chain_of(point: str) -> list[tuple]:
        return [(v["amendingNumber"].value if v["amendingNumber"] else None, v["text"].value if v["text"] else None)
                for v in _versions_of(store, f"155/2002-10-22:app1/{point}")]

    assert chain_of("p2") == [(None, "При поступлении пакета документов, необходимых для получения права на последующее "
                                     "официальное опубликование текстов нормативных правовых актов, уполномоченным "
                                     "органом проверяется их полнота.")]
    assert chain_of("p4") == [
        (None, "Экспертиза проводится сотрудниками Департамента путем сверки представленных макетов."),
        ("126", "Экспертиза проводится сотрудниками Департамента юстиции путем сверки представленных макетов.")]


def test_changes_each_applied_from_the_budget_s_first_day_leave_one_wording_applying(tmp_path):
    # Almaty oblast maslikhat, the region's budget for 2010-2012 (decision № 26-165): its point 1 changed by five
    # decisions of 2010, each "2010 жылдың 1 қаңтарынан бастап қолданысқа енгізіледі" (from 1 January, retroactive).
    # As the corpus reads now, the last one's wording applies from that day; the others applied on no day, and
    # `kg history` says so (it had printed "2010-01-01 – 2009-12-31")
    from kg.history import timeline

    tail = "(2010 жылдың 1 қаңтарынан бастап қолданысқа енгізіледі)"
    text = ("# Алматы облысының 2010-2012 жылдарға арналған облыстық бюджеті туралы\n\nЗаңына сәйкес, Алматы облыстық "
            "мәслихаты ШЕШІМ ҚАБЫЛДАДЫ:\n\n1. 2010-2012 жылдарға арналған облыстық бюджет бекітілсін:\n\n"
            "   1) Кірістер – 170305993 мың теңге.\n\n      > *Ескерту. 1 тармаққа өзгерту енгізілді - Алматы облыстық "
            f"мәслихатының 2010.01.28 N 27-173 {tail}; 2010.03.25 N 31-185 {tail}; 2010.08.16 N 36-209 {tail} "
            "Шешімдерімен.*\n\n2. Осы шешім 2010 жылдың 1 қаңтарынан бастап қолданысқа енгізіледі.\n")
    store = _built_folder(tmp_path, "a49559", {
        "kaz.md": text,
        "meta.yaml": (
        "act_code: '49559'\nrequisite: Решение Алматинского областного маслихата от 9 декабря 2009 года № 26-165. "
        "Зарегистрировано Департаментом юстиции Алматинской области 23 декабря 2009 года № 2045\ntitle:\n  kaz: Т\n"
        "form: РЕШ\napproved_on: 2009-12-09\napproved_by:\n- '154000000002'\n"),
    })
    vs = _versions_of(store, "26-165/2009-12-09:p1")
    assert [(v["amendingNumber"].value if v["amendingNumber"] else None, v["validFrom"].value) for v in vs] == [
        (None, "2010-01-01"), ("27-173", "2010-01-01"), ("31-185", "2010-01-01"), ("36-209", "2010-01-01")]
    applying = [v for v in vs if not v["validTo"] or v["validTo"].value >= v["validFrom"].value]
    assert [v["amendingNumber"].value for v in applying] == ["36-209"]
    shown = timeline(store, "26-165/2009-12-09:p1")
    assert shown.count("superseded from its first day by the change after it") == 3
    assert "2010-01-01 – …  changed from 2010-01-01 by decision № 36-209" in shown
    # (a maslikhat's decision is told as a decision, in `kg changes` too, not as an order)
    from kg.changes import changes_between, describe_change

    act = "https://w3id.org/kzlex/id/act/almaty-oblystyk-maslikhaty/2009-12-09/26-165"
    told = [describe_change(c) for c in changes_between(store, act, "2009-12-31", "2011-01-01", "kk")]
    assert told and all(" by decision № " in t for t in told), told


def test_the_text_as_in_force_shows_a_point_s_first_paragraph_once_and_the_title_in_its_language(tmp_path):
    """`kg text` of the Ministry of Justice's requirements of 2012 (a point of two paragraphs, read as the point and its
    two parts) and of a maslikhat's repealed decision read in Russian: the point's first paragraph once, its second
    under it (the first had been shown twice, as the point's and as its part 1's); the Russian title (a repealed act's
    Kazakh title had been shown, the last of its titles)."""
    from kg.consolidate import consolidate, render

    meta = ("act_code: '10850'\nrequisite: Решение Алматинского областного маслихата от 20 ноября 2001 года № 16-106. "
            "Утратило силу решением Алматинского областного маслихата от 20 августа 2014 года № 35-211\ntitle:\n"
            "  rus: Об установлении ставок по отдельным платежам в бюджет области\n  kaz: Облыс бюджетіне жеке төлемдер "
            "бойынша ставканы бекіту туралы\nform: РЕШ\napproved_on: 2001-11-20\napproved_by:\n- '154000000002'\n")
    text = ("# Об установлении ставок по отдельным платежам в бюджет области\n\nАлматинский областной маслихат РЕШИЛ:\n\n"
            "1. Помещение нотариуса должно находиться в пределах территории, определенной территориальным органом "
            "юстиции.\n\nНотариусу не допускается размещать помещение за пределами определенной ему территории.\n\n"
            "2. Настоящее решение вводится в действие с 1 января 2002 года.\n")
    store = _built(tmp_path, "rus.md", text, meta)
    act = "https://w3id.org/kzlex/id/act/almaty-oblystyk-maslikhaty/2001-11-20/16-106"
    shown = render(consolidate(store, act, "2006-01-01", "ru"))
    assert shown.splitlines()[0] == "№ 16-106 — Об установлении ставок по отдельным платежам в бюджет области"
    assert shown.count("Помещение нотариуса должно находиться") == 1
    assert "1. Помещение нотариуса" in shown and "  Нотариусу не допускается" in shown


def test_the_text_as_in_force_sets_a_point_s_list_under_the_part_that_leads_in_to_it(tmp_path):
    """`kg text` of the MVD's rules (2016, in Kazakh): point 17's first paragraph, its second leading in to the list
    ("Баянатқа (өтінімге):"), the list, and the paragraph after it (the point's part 3), in that order (the parts had
    been shown after the whole list, the lead-in under its items)."""
    from kg.consolidate import consolidate, render

    meta = ("act_code: '99457'\nrequisite: Приказ Министра внутренних дел Республики Казахстан от 13 января 2016 года № 22\n"
            "title:\n  kaz: Қағидаларды бекіту туралы\nform: ПРИК\napproved_on: 2016-01-13\napproved_by:\n- '103003000000'\n")
    text = ("# Қағидаларды бекіту туралы\n\nБҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған Қағидалар бекітілсін.\n\n"
            "2. Осы бұйрық 2016 жылғы 1 ақпаннан бастап қолданысқа енгізіледі.\n\n*Министр*\n\n"
            "> *Қазақстан Республикасы*  \n> *Ішкі істер министрінің*  \n> *2016 жылғы 13 қаңтардағы*  \n"
            "> *№ 22 бұйрығымен бекітілген*\n\n## Қағидалар\n\n"
            "17. Автор (авторлық ұжым немесе әзірлеуші) оқу-әдістемелік (ғылыми) кеңеске оқулық басылымын қарау және "
            "мақұлдау туралы баянат (өтінім) ұсынады.\n\n    Баянатқа (өтінімге):\n\n"
            "    1) кафедра (цикл) отырысы хаттамасынан үзінді;\n\n    2) автор (авторлық ұжым, әзірлеуші) туралы мәлімет;\n\n"
            "    6) еркін түрдегі орнату жөніндегі нұсқаулық және пайдаланушыларға арналған басшылық (электрондық оқулық "
            "басылымдары үшін) қоса беріледі.\n\n       Жаңадан дайындалған оқулық басылымдарына түсіндірме жазбада негізгі "
            "тұжырымдамалық идеялар көрсетіледі.\n\n18. Бір оқулық басылымына сараптау күнтізбелік алпыс күнге дейін "
            "ұйымдастырылады.\n")
    store = _built(tmp_path, "a99457", text, meta, "kaz.md")
    act = "https://w3id.org/kzlex/id/act/ishki-ister-ministrligi/2016-01-13/22"
    shown = render(consolidate(store, act, "2017-01-01", "kk"))
    order = [shown.index(s) for s in ("17. Автор", "Баянатқа (өтінімге):", "1) кафедра", "6) еркін", "Жаңадан дайындалған",
                                      "18. Бір оқулық")]
    assert order == sorted(order), shown


def test_the_text_as_in_force_keeps_a_second_list_after_the_first(tmp_path):
    """`kg text` of the Ministry of Justice's instruction of 2007: point 6's list, then the part leading in to a second
    list ("… дополнительно представляются:") with that list under it, in that order (a part with a list of its own
    leads in to that one, not to the point's)."""
    from kg.consolidate import consolidate, render

    from .test_parse_genres import TWO_LISTS_2007

    meta = ("act_code: '1'\nrequisite: Приказ Министра юстиции Республики Казахстан от 12 апреля 2007 года № 112\n"
            "title:\n  rus: Об утверждении Инструкции\nform: ПРИК\napproved_on: 2007-04-12\napproved_by:\n- '103001000000'\n")
    text = TWO_LISTS_2007
    store = _built(tmp_path, "a1", text, meta)
    act = "https://w3id.org/kzlex/id/act/adilet-ministrligi/2007-04-12/112"
    shown = render(consolidate(store, act, "2008-01-01", "ru"))
    order = [shown.index(s) for s in ("6. Для регистрации", "1) заявление", "2) перечень", "Регистрация юридических лиц",
                                      "1) легализованная", "7. Для юридических")]
    assert order == sorted(order), shown


_REPEALED_KK = """# Жазасын өтеуден мерзімінен бұрын-шартты түрде босатылған адамдардың мінез-құлқын бақылауды жүзеге асыру ережесін бекіту туралы

РҚАО-ның ескертпесі!

Күшін жою көзделген - ҚР Ішкі істер министрінің м.а. 2014.09.19 № 622 (01.01.2015 ж. бастап қолданысқа енгізіледі) бұйрығымен.

БҰЙЫРАМЫН:

1. Қоса беріліп отырған Жазасын өтеуден мерзiмiнен бұрын-шартты түрде босатылған адамдардың мінез-құлқын бақылауды жүзеге асыру ережесі (бұдан әрі - Ереже) бекітілсін.

2. Осы бұйрық ресми жарияланған күнінен бастап қолданысқа енгізіледі.

*Министр*
"""
_REPEALED_META = """act_code: '35168'
requisite: Приказ Министра внутренних дел Республики Казахстан от 21 августа 2007 года № 340. Зарегистрирован в \
Министерстве юстиции Республики Казахстан 28 сентября 2007 года № 4947. Утратил силу приказом и.о. Министра внутренних \
дел Республики Казахстан от 19 сентября 2014 года № 622
title:
  kaz: Жазасын өтеуден мерзімінен бұрын-шартты түрде босатылған адамдардың мінез-құлқын бақылауды жүзеге асыру ережесін бекіту туралы
form: ПРИК
approved_on: 2007-08-21
approved_by:
- '103003000000'
"""


def test_a_unit_s_last_version_ends_the_day_before_its_act_s_repeal_takes_effect(tmp_path):
    # MVD order № 340 of 2007 (portal code 35168): the editors' note gives the day the repealing order № 622 takes
    # effect, 1 January 2015; each unit's last version ends on 31 December 2014 (it had stayed open), its history says
    # why, and the act's text on a later day is the one of its last day, said so
    from kg.consolidate import consolidate
    from kg.history import timeline

    store = _built(tmp_path, "a35168", _REPEALED_KK, _REPEALED_META, "kaz.md")
    for point in ("p1", "p2"):
        vs = _versions_of(store, f"340/2007-08-21:{point}")
        assert vs and vs[-1]["validTo"].value == "2014-12-31"
    assert "the act repealed from 2015-01-01 by order № 622 of 2014-09-19" in timeline(store, "340/2007-08-21:p1")
    act = resolve_act(store, "340/2007-08-21").value
    later = consolidate(store, act, "2016-01-01")
    assert later.status == "repealed" and later.last_day == "2014-12-31"
    assert [p.number for p in later.pieces if p.status == "text"] == ["1", "2"]
    assert consolidate(store, act, "2014-06-01").last_day is None
    # said where the text is shown: the CLI's header and the act's page
    assert later.ending == "repealed by order № 622 of 2014-09-19: the text is the one of its last day in force, 2014-12-31"
    assert consolidate(store, act, "2014-06-01").ending is None
    from kg.pagedata import act_page

    assert act_page(store, act, "2016-01-01")["ending"] == later.ending


def test_a_repeal_whose_day_is_not_known_leaves_the_last_version_open(tmp_path):
    # the same order with no note: the requisites name the repealing order, not the day it took effect; the last
    # version is not closed on a guessed day, and the history says the day is not known
    from kg.history import timeline

    text = _REPEALED_KK.replace("Күшін жою көзделген - ҚР Ішкі істер министрінің м.а. 2014.09.19 № 622 (01.01.2015 ж. "
                                "бастап қолданысқа енгізіледі) бұйрығымен.", "")
    store = _built(tmp_path, "a35168", text, _REPEALED_META, "kaz.md")
    vs = _versions_of(store, "340/2007-08-21:p1")
    assert vs and vs[-1]["validTo"] is None
    assert "the act repealed (the day it took effect not in the corpus) by order № 622 of 2014-09-19" in timeline(
        store, "340/2007-08-21:p1")
    # its text on a later day is its last, and the reader is told so, not shown a text "as in force" unexplained
    from kg.consolidate import consolidate

    later = consolidate(store, resolve_act(store, "340/2007-08-21").value, "2016-01-01")
    assert later.status == "repealed" and later.last_day is None
    assert later.ending == ("repealed by order № 622 of 2014-09-19 (the day that took effect is not in the corpus): "
                            "the text is the last the corpus holds")


_CAUSED = """act_code: '28478'
requisite: Приказ Министра внутренних дел Республики Казахстан от 8 июня 2006 года № 263. Зарегистрирован в \
Министерстве юстиции Республики Казахстан 21 июня 2006 года № 4263.{repeal}
title:
  rus: О периодическом государственном техническом осмотре механических транспортных средств и прицепов к ним
form: ПРИК
approved_on: 2006-06-08
approved_by:
- '103003000000'
version_date:
  rus: 2009-12-20
caused_by:
  code: '50172'
  requisite: {cause}
  title:
    rus: {cause_title}
"""
_CAUSED_TEXT = ("# О периодическом государственном техническом осмотре механических транспортных средств и прицепов к ним"
                "\n\nПРИКАЗЫВАЮ:\n\n1. Комитету дорожной полиции обеспечить проведение осмотра.\n\n"
                "2. Настоящий приказ вводится в действие со дня его официального опубликования.\n")


def test_the_act_that_made_an_edition_amends_the_act_though_no_note_names_it(tmp_path):
    # MVD order № 263 of 2006: its edition of 2009-12-20 was made by order № 483 ("О внесении дополнения в приказ …
    # № 263", meta.yaml's caused_by), which no note of the text names; the act is amended by it (eli:amends /
    # eli:amended_by), and the act's page says so, what it changed not in the corpus (the named query acts-amending
    # counts changes, and lists none). A repealer that made the last edition repeals the act, it does not amend it.
    from kg.pagedata import act_page

    meta = _CAUSED.format(repeal="", cause="Приказ Министра внутренних дел Республики Казахстан от 20 декабря 2009 года "
                          "№ 483. Зарегистрирован в Министерстве юстиции Республики Казахстан 20 января 2010 года № 6014.",
                          cause_title="О внесении дополнения в приказ Министра внутренних дел Республики Казахстан от 8 "
                          "июня 2006 года № 263")
    store = _built(tmp_path, "a28478", _CAUSED_TEXT, meta)
    act = resolve_act(store, "263/2006-06-08").value
    amended_by = {r["b"].value for r in store.query(f"SELECT ?b WHERE {{ <{act}> <http://data.europa.eu/eli/ontology#amended_by> ?b }}")}
    assert amended_by == {act.replace("2006-06-08/263", "2009-12-20/483")} and _amending(store) == []
    changes = act_page(store, act, "2024-01-01", "ru")["changes_in"]
    assert [c["label"] for c in changes] == ["the act amended by order № 483 of 2009-12-20 (what it changed is not in "
                                             "the corpus)"]
    # the same edition made by the act's repealer
    meta = _CAUSED.format(repeal=" Утратил силу приказом Министра внутренних дел Республики Казахстан от 2 апреля 2013 "
                          "года № 217", cause="Приказ Министра внутренних дел Республики Казахстан от 2 апреля 2013 года "
                          "№ 217.", cause_title="О признании утратившими силу некоторых приказов")
    (tmp_path / "repealed").mkdir()
    store = _built(tmp_path / "repealed", "a28478", _CAUSED_TEXT, meta)
    act = resolve_act(store, "263/2006-06-08").value
    amends = store.query(f"ASK {{ ?by <http://data.europa.eu/eli/ontology#amends> <{act}> }}")
    assert not bool(amends)
    assert _amending(store) == [("217", "1")]


def _amending(store) -> list[tuple[str, str]]:
    """(number, changes) of each act the named query acts-amending lists for order № 263 of 2006."""
    names, rows = rows_of(run_named("acts-amending", {"act": "263/2006-06-08"}, store))
    return [(dict(zip(names, r))["number"].value, dict(zip(names, r))["changes"].value) for r in rows]


def test_words_replaced_in_a_unit_the_corpus_does_not_hold_show_in_its_history(tmp_path):
    """The Almaty Region Maslikhat's decision of 2005 № 18-132 changes its budget decision № 13-78 figure by figure
    ("1 тармақтағы:" / "2) Шығындар - "32771389" саны "32773172" санына ауыстырылсын;" …), a decision the corpus
    does not hold: `kg history` of point 1 lists each replacement with its words, in the order the decision gives
    them (it had said "words replaced" once for them all, no words)."""
    from kg.history import timeline

    corpus = tmp_path / "corpus" / "08-local-decisions" / "154-almatinskoi-oblasti" / "15400000-almatinskoi-oblasti"
    act = corpus / "2005/0701-x-25014"
    act.mkdir(parents=True)
    (act / "meta.yaml").write_text(
        "act_code: '25014'\nrequisite: Алматы облыстық Мәслихатының 2005 жылғы 1 шілдедегі № 18-132 шешімі\n"
        "form: РЕШ\napproved_on: 2005-07-01\napproved_by:\n- '154000000002'\n", encoding="utf-8")
    (act / "kaz.md").write_text(
        "# Алматы облыстық Мәслихатының 2004 жылғы 21 желтоқсандағы \"Алматы облысының 2005 жылға арналған облыстық "
        "бюджеті туралы\" N 13-78 шешіміне өзгертулер енгізу туралы\n\nАлматы облыстық Мәслихат ШЕШІМ ҚАБЫЛДАДЫ:\n\n"
        "1. Алматы облыстық Мәслихатының 2004 жылғы 21 желтоқсандағы \"Алматы облысының 2005 жылға арналған облыстық "
        "бюджеті туралы\" N 13-78 шешіміне төмендегі өзгертулер енгізілсін:\n\n   1 тармақтағы:\n\n"
        "   2\\) Шығындар - \"32771389\" саны \"32773172\" санына ауыстырылсын;\n\n"
        "   3\\) Операциялық сальдо - \"-598309\" саны \"-600092\" санына ауыстырылсын;\n\n"
        "2. Осы шешім 2005 жылдың 1 қаңтарынан бастап қолданысқа енгізіледі.\n\n**Облыстық Мәслихат сессиясының "
        "төрағасы**\n", encoding="utf-8")
    store = GraphStore(tmp_path / "store")
    assert not build([tmp_path / "corpus"], store).failed
    [[target]] = rows_of(store.query(
        "PREFIX kzl: <https://w3id.org/kzlex/ontology#> SELECT DISTINCT ?t WHERE { ?m kzl:target ?t "
        "FILTER(STRENDS(STR(?t), '/13-78/p/1')) }"))[1]
    shown = timeline(store, target.value)
    assert "changes recorded:" in shown
    assert shown.index('words: "32771389" → "32773172"') < shown.index('words: "-598309" → "-600092"')


def test_a_unit_that_comes_into_force_after_its_act_has_its_first_wording_from_that_day(tmp_path):
    """MinFin 2025 № 552 comes into force on 1 January 2026 "за исключением подпункта 3) пункта 1 настоящего приказа,
    который вводится в действие с 1 июля 2026 года": sub-point 3's first wording holds from that day (its version had
    started with the act's), the other sub-points' from the act's day."""
    text = ("# Об определении предельного размера налоговой задолженности\n\nПРИКАЗЫВАЮ:\n\n1. Определить предельный "
            "размер налоговой задолженности в размере:\n\n   1) 20-кратного месячного расчетного показателя;\n\n   2) "
            "45-кратного месячного расчетного показателя;\n\n   3) 27 000-кратного месячного расчетного показателя, при "
            "превышении которого применяется временное ограничение на выезд.\n\n2. Настоящий приказ вводится в действие "
            "с 1 января 2026 года, за исключением подпункта 3) пункта 1 настоящего приказа, который вводится в действие с "
            "1 июля 2026 года и подлежит официальному опубликованию.\n\n**Министр финансов Республики Казахстан**\n\n"
            "**М. Такиев**\n")
    store = _built(tmp_path, "a215069", text,
                   "act_code: '215069'\nrequisite: Приказ Министра финансов Республики Казахстан от 30 сентября 2025 года "
                   "№ 552. Зарегистрирован в Министерстве юстиции Республики Казахстан 1 октября 2025 года № 37013\n"
                   "title:\n  rus: Об определении предельного размера налоговой задолженности\nform: ПРИК\n"
                   "approved_on: 2025-09-30\napproved_by:\n- '103002000000'\n")
    starts = {sp: [v["validFrom"].value for v in _versions_of(store, f"552/2025-09-30:p1/sp{sp}")] for sp in "13"}
    assert starts == {"1": ["2026-01-01"], "3": ["2026-07-01"]}


def _act_folder(root, name: str, files: dict[str, str]) -> None:
    folder = root / name
    folder.mkdir(parents=True)
    for file, text in files.items():
        (folder / file).write_text(text, encoding="utf-8")


def _rules_99_amended_by_order_5(tmp_path, points: str, changes: str, version: str = ""):
    """Rules of order № 99 of 2019 (its points `points`, its source as of `version` when given) and order № 5 of 2021
    that makes `changes` to them, in force from 1 July 2021, built: the versions of a point of the rules, (text, valid
    from) each."""
    corpus = tmp_path / "corpus"
    _act_folder(corpus, "a99", {
        "rus.md": f"# Об утверждении Правил\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить Правила.\n\n{points}\n\n*Министр*\n",
        "meta.yaml": "act_code: '1'\nrequisite: Приказ Министра финансов Республики Казахстан от 1 марта 2019 года № 99. "
                     "Зарегистрирован в Министерстве юстиции Республики Казахстан 5 марта 2019 года № 18000\n"
                     "title:\n  rus: Об утверждении Правил\nform: ПРИК\napproved_on: 2019-03-01\napproved_by:\n"
                     "- '103002000000'\n" + (f"version_date:\n  rus: {version}\n" if version else "")})
    _act_folder(corpus, "a5", {
        "rus.md": "# О внесении изменений\n\nПРИКАЗЫВАЮ:\n\n1. Внести в приказ Министра финансов Республики Казахстан от 1 "
                  f"марта 2019 года № 99 следующие изменения:\n\n{changes}\n\n"
                  "2. Настоящий приказ вводится в действие с 1 июля 2021 года.\n\n*Министр*\n",
        "meta.yaml": "act_code: '2'\nrequisite: Приказ Министра финансов Республики Казахстан от 1 июня 2021 года № 5. "
                     "Зарегистрирован в Министерстве юстиции Республики Казахстан 5 июня 2021 года № 23000\n"
                     "title:\n  rus: О внесении изменений\nform: ПРИК\napproved_on: 2021-06-01\napproved_by:\n"
                     "- '103002000000'\n"})
    store = GraphStore(tmp_path / "store")
    assert not build([corpus], store).failed

    def texts(point):
        return [(v["text"].value if v["text"] else None, v["validFrom"].value if v["validFrom"] else None)
                for v in _versions_of(store, f"99/2019-03-01:p{point}")]

    return store, texts


def test_words_and_paragraphs_added_to_a_unit_keep_its_wording(tmp_path):
    # "пункт 2 дополнить абзацем следующего содержания", "в пункте 5 после слов "в срок" дополнить словами …",
    # "пункт 7 дополнить словами ", а также …"": each point keeps its wording with the words added where the instruction
    # puts them (its version had been the added words alone); a point added ("дополнить пунктом 8-1") is the new text
    store, texts = _rules_99_amended_by_order_5(
        tmp_path, "2. Заявление подается лично.\n\n3. Заявление подают лица.\n\n5. Заявление рассматривается в срок."
                  "\n\n7. Право подать заявление имеют граждане.\n\n8. Правила вводятся в действие с 1 января 2020 года.",
        "пункт 2 дополнить абзацем следующего содержания:\n\n\"Заявление может быть подано через представителя.\";\n\n"
        "в пункте 5 после слов \"в срок\" дополнить словами \"не позднее десяти дней\";\n\nпункт 7 дополнить словами "
        "\", а также иные лица\";\n\nв пункте 3 перед словом \"лица\" дополнить словом \"совершеннолетние\";\n\n"
        "дополнить пунктом 8-1 следующего содержания:\n\n\"8-1. Заявления хранятся три года.\".")
    assert [t for t, _ in texts(2)] == ["Заявление подается лично.",
                                        "Заявление подается лично.\nЗаявление может быть подано через представителя."]
    assert texts(2)[-1][1] == "2021-07-01"
    assert texts(5)[-1] == ("Заявление рассматривается в срок не позднее десяти дней.", "2021-07-01")
    assert texts(7)[-1] == ("Право подать заявление имеют граждане, а также иные лица.", "2021-07-01")
    assert texts(3)[-1] == ("Заявление подают совершеннолетние лица.", "2021-07-01")
    assert texts("8-1") == [("Заявления хранятся три года.", "2021-07-01")]
    from kg.history import timeline

    assert "paragraphs added at the end by order № 5 of 2021-06-01" in timeline(store, "99/2019-03-01:p2")
    assert 'words added after "в срок" by order № 5' in timeline(store, "99/2019-03-01:p5")
    # (the amendments say where their words go)
    rows = list(store.query("PREFIX kzl: <https://w3id.org/kzlex/ontology#> SELECT ?w ?as WHERE { "
                            "{ ?m kzl:afterWords|kzl:beforeWords ?w } UNION { ?m kzl:appendedAs ?as } }"))
    assert sorted((r["w"].value if r["w"] else "", r["as"].value if r["as"] else "") for r in rows) == [
        ("", "paragraph"), ("", "words"), ("в срок", ""), ("лица", "")]
    assert 'words added before "лица" by order № 5' in timeline(store, "99/2019-03-01:p3")


def test_the_clauses_of_one_instruction_line_all_change_the_unit_s_wording(tmp_path):
    # 'в пункте 2 слово "Законом" заменить словом "законами", после слов "Республики Казахстан" дополнить словами …'
    # (MinFin 1999 № 323): the point's next wording has both changes (the first clause's alone had been read, the
    # second's words its new text); "второе предложение исключить" gives a version of unknown wording, no deletion
    _, texts = _rules_99_amended_by_order_5(
        tmp_path, "2. Размеры налогов определяются Законом Республики Казахстан.\n\n3. Налоги уплачиваются в срок. Пеня "
                  "начисляется за каждый день.\n\n4. Правила вводятся в действие с 1 января 2020 года.",
        "в пункте 2 слово \"Законом\" заменить словом \"законами\", после слов \"Республики Казахстан\" дополнить "
        "словами \" о бюджетной системе\";\n\nв пункте 3 второе предложение исключить.", version="2019-03-01")
    assert texts(2)[-1] == ("Размеры налогов определяются законами Республики Казахстан о бюджетной системе.",
                            "2021-07-01")
    assert texts(3)[0][0] == "Налоги уплачиваются в срок. Пеня начисляется за каждый день."
    assert texts(3)[-1] == (None, "2021-07-01")
