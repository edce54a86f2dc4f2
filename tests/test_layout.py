"""The kazakhstan-law corpus layout: act folders (kaz.md, rus.md, meta.yaml) and front matter.

The folders under tests/fixtures/layout are written for these tests in the corpus's form
(requisites in meta.yaml or front matter, blockquoted notes and approvals, an HTML register
of positions, a fenced form); the real sample in ../shared/real is measured by
test_real_sample_holds_its_numbers when it is there.
"""
from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from kg.build import build
from kg.corpus import act_meta, front_matter, read_parts, where
from kg.store import GraphStore
from kg.vocab import sparql_prefixes

from .conftest import ROOT

LAYOUT = ROOT / "tests" / "fixtures" / "layout"
NOTARY = "07-ministerial/103001000000-adilet/2019/0312-ob-utverzhdenii-pravil-notarialnogo-arkhiva-900001"
REGISTER = "07-ministerial/103003000000-qriim/2020/0115-ob-utverzhdenii-reestra-dolzhnostei-900002"
SHARED_REAL = ROOT.parent / "shared" / "real"
CHECK_REAL = ROOT.parent / "shared" / "acceptance" / "check_real.py"


@pytest.fixture(scope="module")
def layout_store(tmp_path_factory):
    store = GraphStore(tmp_path_factory.mktemp("layout") / "store")
    report = build([LAYOUT], store)
    assert not report.failed, [d.error for d in report.failed]
    return store, report


def select(store: GraphStore, query: str) -> list[dict]:
    """Rows of a SELECT as dicts of plain values (None where unbound)."""
    res = store.query(sparql_prefixes() + query)
    names = [v.value for v in res.variables]
    return [{n: (row[n].value if row[n] is not None else None) for n in names} for row in res]


def test_the_two_texts_of_a_folder_describe_one_act_with_its_requisites(layout_store):
    store, _ = layout_store
    rows = select(store, """SELECT DISTINCT ?g ?act ?n ?d ?reg ?rd ?issuer WHERE {
        ?g kzl:describes ?act ; kzl:fileName ?f . FILTER(CONTAINS(?f, "900001"))
        ?act eli:number ?n ; eli:date_document ?d ; kzl:registrationNumber ?reg ; kzl:registrationDate ?rd ;
             eli:passed_by/skos:prefLabel ?issuer . FILTER(LANG(?issuer) = "en") }""")
    assert len({r["g"] for r in rows}) == 2 and len({r["act"] for r in rows}) == 1
    r = rows[0]
    # "и.о. Министра юстиции" names the Ministry; "29.03.19 г. за № 18450": a two-digit year
    assert (r["n"], r["d"], r["reg"], r["rd"], r["issuer"]) == ("06-7/35", "2019-03-12", "18450", "2019-03-29",
                                                               "Ministry of Justice")
    titles = {r["l"]: r["t"] for r in select(store, f"SELECT ?t (LANG(?t) AS ?l) WHERE {{ <{rows[0]['act']}> eli:is_realized_by/eli:title ?t }}")}
    assert titles == {"kk": "Нотариаттық мұрағатты жүргізу қағидаларын бекіту туралы",
                      "ru": "Об утверждении Правил ведения нотариального архива"}


def test_every_row_of_an_acts_fact_table_is_named_as_a_reader_reads_it(layout_store):
    """The fact table of an act's page names its rows in words, capitalised like "Based on" and "Issued by": a
    predicate the page does not name itself takes the ontology's English label ("responsibility of agent" had been
    printed in lower case beside the rest), and ELI's body responsible for the act (meta.yaml's agency) reads
    "Responsible body"."""
    from kg.pagedata import facts

    store, _ = layout_store
    act = select(store, 'SELECT ?act WHERE { ?g kzl:describes ?act ; kzl:fileName ?f . FILTER(CONTAINS(?f, "900001")) }')
    rows = [f["label"] for f in facts(store, act[0]["act"])]
    assert "Responsible body" in rows and "Issued by" in rows
    assert all(r[:1].isupper() for r in rows), rows

def test_a_repealed_act_is_not_in_force_and_names_the_repealing_act(layout_store):
    store, _ = layout_store
    rows = select(store, """SELECT ?n ?state WHERE { ?act kzl:portalCode "900001" ; eli:in_force ?state ;
                                                     eli:repealed_by/eli:number ?n }""")
    assert {(r["n"], r["state"].rsplit("-", 1)[-1]) for r in rows} == {("274-Ө-М", "notInForce")}


def test_units_of_both_languages_meet_with_a_text_in_each(layout_store):
    store, _ = layout_store
    rows = select(store, """SELECT (LANG(?t) AS ?l) WHERE { ?u kzl:number "2" ; kzl:text ?t ; eli:is_part_of+ ?a .
                            ?a kzl:portalCode "900001" . FILTER(CONTAINS(STR(?u), "/app/1/p/2")) }""")
    assert sorted(r["l"] for r in rows) == ["kk", "ru"]


def test_a_note_naming_two_orders_records_an_event_of_each(layout_store):
    store, _ = layout_store
    rows = select(store, """SELECT DISTINCT ?n ?line ?f WHERE { ?m kzl:fromNote true ; kzl:sourceLine ?line ;
        kzl:amendingAct/eli:number ?n ; kzl:target/kzl:number "2" . GRAPH ?g { ?m a kzl:Amendment } ?g kzl:fileName ?f }""")
    by_file = {}
    for r in rows:
        by_file.setdefault(r["f"].rsplit("/", 1)[-1], set()).add(r["n"])
    assert by_file == {"kaz.md": {"55", "470"}, "rus.md": {"55", "470"}}


def test_older_note_forms_become_events(layout_store):
    # "Ескерту: ... өзгерту енгізілді ... N 55 бұйрығымен", "Сноска. ... с изменением, внесенным ..."
    store, _ = layout_store
    rows = select(store, """SELECT DISTINCT ?effect ?f WHERE { ?m kzl:fromNote true ; kzl:effect ?effect ;
        kzl:target/kzl:number "3" . GRAPH ?g { ?m a kzl:Amendment } ?g kzl:fileName ?f }""")
    assert {(r["f"].rsplit("/", 1)[-1], r["effect"].rsplit("#", 1)[-1]) for r in rows} == {
        ("kaz.md", "Modification"), ("rus.md", "Modification")}


def test_approvals_name_the_organisation_or_none(layout_store):
    store, _ = layout_store
    rows = select(store, """SELECT ?a ?org WHERE { ?a a kzl:Approval ; kzl:approvalOf/kzl:portalCode "900001" .
                            OPTIONAL { ?a kzl:approvedBy/skos:prefLabel ?org FILTER(LANG(?org) = "en") } }""")
    named = {r["a"].rsplit("/", 1)[-1]: r["org"] for r in rows}
    # "«КЕЛІСІЛДІ»:" then the ministry; the second block names only "Қазақстан Республикасының"
    assert named == {"1": "Ministry of National Economy", "2": None}


def test_register_rows_become_positions_with_category_and_step(layout_store):
    store, _ = layout_store
    rows = select(store, """SELECT ?label ?cat ?step WHERE { ?p a kzl:Position ; skos:prefLabel ?label ;
        kzl:describedBy/eli:is_part_of+ ?act . ?act kzl:portalCode "900002" .
        OPTIONAL { ?p kzl:category ?cat } OPTIONAL { ?p kzl:step ?step } }""")
    got = sorted((r["label"], r["cat"], r["step"]) for r in rows)
    assert got == [("Бас маман", "В1", "2"), ("Жетекші маман", "В1", "2"), ("Мекеме басшысы", "А2", "1"),
                   ("Мекеме басшысының орынбасары", "А2", "1-1")]  # a rowspan category fills down
    number = select(store, 'SELECT ?n WHERE { ?a kzl:portalCode "900002" ; eli:number ?n }')
    assert number == [{"n": "ҚР ДСМ-205/2020"}]


def test_front_matter_gives_the_identity_and_is_not_text(layout_store):
    store, report = layout_store
    doc = next(d for d in report.docs if "900003" in d.file)
    assert doc.act == "№ 13/11 of 2016-01-28" and doc.lang == "ru"
    assert not any("requisite" in text or "version_id" in text for _, text in doc.unparsed)
    assert doc.lines_total < 30  # the 14 lines of front matter are requisites, not lines of the act
    forms = select(store, """SELECT ?t WHERE { ?u a kzl:Table ; kzl:text ?t ; eli:is_part_of+ ?a .
                             ?a kzl:agencyCode "101004000000" }""")
    assert any("Аттестационный лист" in r["t"] for r in forms)  # the fenced form is kept as a table unit


def test_front_matter_parsing():
    fields, lines = front_matter("---\nrequisite: Приказ\nlanguage: rus\n---\n\n# Title\n")
    assert fields == {"requisite": "Приказ", "language": "rus"} and lines == 4
    assert front_matter("# Title\n---\n") == (None, 0)


@pytest.mark.parametrize("requisite, number", [
    ("Приказ Министра юстиции Республики Казахстан от 8 ноября 1999 года № 87 Зарегистрирован в Министерстве "
     "юстиции Республики Казахстан 29.11.99 г. за № 985", "87"),
    ("Приказ Начальника Канцелярии Президента Республики Казахстан от 7 октября 2019 года № 19-42-3.3.17.", "19-42-3.3.17"),
    ("Приказ Министра здравоохранения Республики Казахстан от 30 ноября 2020 года № ҚР ДСМ-205/2020.", "ҚР ДСМ-205/2020"),
    ("Приказ Министра культуры Республики Казахстан от 1 июня 2021 года № 152-ө.", "152-Ө"),
    ("Приказ Управляющего Делами Президента Республики Казахстан от 8 сентября 2016 года № 13/139.", "13/139"),
    # an order of 1994, its number with a letter in quotes and no "от" before its day
    ("Приказ Министра финансов Республики Казахстан 10 октября 1994 года N 250 \"а\". Зарегистрирован в Министерстве "
     "юстиции Республики Казахстан 16.02.1995 г. за № 54.", "250А"),
])
def test_act_numbers_as_written(requisite, number):
    assert act_meta({"requisite": requisite}, "meta.yaml").ref.number == number


@pytest.mark.parametrize("requisite, issuer", [
    ("Приказ и.о. Министра культуры и спорта Республики Казахстан от 1 июня 2021 года № 1", "Ministry of Culture and Sport"),
    ("Приказ Начальника Канцелярии Президента Республики Казахстан от 1 июня 2021 года № 1", "Chancellery of the President"),
    ("Приказ Управляющего Делами Президента Республики Казахстан от 1 июня 2021 года № 1",
     "Administration of the Affairs of the President"),
])
def test_the_issuer_is_the_body_not_the_official(requisite, issuer):
    assert act_meta({"requisite": requisite}, "meta.yaml").ref.issuer.en == issuer


def test_an_older_requisite_puts_za_before_the_number():
    # Akim of Almaty oblast, 2003 (decision 8-140): "Решение Акима Алматинской области от 20 августа 2003 года за
    # № 8-140. Зарегистрировано Управлением юстиции Алматинской области от 16 сентября 2003 года за № 1321" — the
    # act is the akim's, of that day (it had been the agency code's unknown body, on the day meta.yaml approved it)
    ref = act_meta({"requisite": "Решение Акима Алматинской области от 20 августа 2003 года за № 8-140. Зарегистрировано "
                                 "Управлением юстиции Алматинской области от 16 сентября 2003 года за № 1321",
                    "form": "РЕШ", "approved_on": "2003-08-19", "approved_by": ["154000000001"]}, "meta.yaml").ref
    assert (ref.number, ref.date, ref.issuer.en, ref.registration, ref.registration_date) == (
        "8-140", "2003-08-20", "Akim of Almaty Region", "1321", "2003-09-16")


def test_the_portal_s_short_requisites_name_the_body_last():
    # Almaty oblast maslikhat, 2012 (act 68819): "Решение №9-56 от 23.10.2012, Маслихат Алматинской области", the
    # agency's code one the registry does not know: the body is the one named after the act, not the code
    ref = act_meta({"requisite": "Решение №9-56 от 23.10.2012, Маслихат Алматинской области", "form": "РЕШ",
                    "approved_on": "2012-10-23", "approved_by": ["154000000002"]}, "meta.yaml").ref
    assert (ref.number, ref.date, ref.kind, ref.issuer.en) == ("9-56", "2012-10-23", "decision", "Almaty Region Maslikhat")


def test_an_imported_act_s_title_and_the_short_requisites_of_its_version_s_cause():
    # Almaty oblast maslikhat, budget for 2015-2017 (act 85313): the title as meta.yaml gives it, "ИМПОРТ: Об областном
    # бюджете …", the portal's mark of an imported act before it; the version's cause, "Решение от 29.10.2015 №49-280,
    # Маслихат Алматинской области. Зарегистрировано …", its day before its number and no form of its own (it had
    # been an order of no day)
    meta = act_meta({"requisite": "Решение №40-225 от 12.12.2014, Маслихат Алматинской области", "form": "РЕШ",
                     "title": {"rus": "ИМПОРТ: Об областном бюджете Алматинской области на 2015-2017 годы",
                               "kaz": "ИМПОРТ: Алматы облысының 2015-2017 жылдарға арналған облыстық бюджеті туралы"},
                     "approved_on": "2014-12-12", "approved_by": ["154000000002"],
                     "caused_by": {"code": "95122", "requisite": "Решение от 29.10.2015 №49-280, Маслихат Алматинской "
                                   "области. Зарегистрировано Департаментом юстиции Алматинской области 04 ноября 2015 "
                                   "года № 3522"}}, "meta.yaml")
    assert dict(meta.titles) == {"ru": "Об областном бюджете Алматинской области на 2015-2017 годы",
                                 "kk": "Алматы облысының 2015-2017 жылдарға арналған облыстық бюджеті туралы"}
    cause = meta.cause.ref
    assert (cause.number, cause.date, cause.kind, cause.issuer.en, cause.registration) == (
        "49-280", "2015-10-29", "decision", "Almaty Region Maslikhat", "3522")


def test_the_mark_of_an_act_for_official_use_is_no_word_of_its_title():
    # MVD 2002 № 375 ДСП (act 12661, a folder of requisites alone): the Kazakh title as meta.yaml gives it opens with the
    # mark "for official use, copy N" and a quote; the number's own mark, "ДСП", is no part of the number either
    meta = act_meta({"requisite": "Приказ Министра внутренних дел Республики Казахстан от 29 мая 2002 года N 375 ДСП. "
                                  "Зарегистрирован в Министерстве юстиции Республики Казахстан 25 июня 2002 года N 1889",
                     "title": {"rus": "Об утверждении Инструкции по выезду сотрудников и служащих органов внутренних "
                                      "дел Республики Казахстан",
                               "kaz": "Қызмет бабында пайдалану үшін N дана \"Мемлекеттік құпияларды құрайтын "
                                      "мәліметтерді білетін \"Қазақстан Республикасының ішкі істер органдары "
                                      "қызметкерлерінің шығуы жөніндегі Нұсқаулықты бекіту туралы\""},
                     "approved_on": "2002-05-28", "approved_by": ["103003000000"]}, "meta.yaml")
    assert dict(meta.titles)["kk"] == ("Мемлекеттік құпияларды құрайтын мәліметтерді білетін \"Қазақстан Республикасының "
                                       "ішкі істер органдары қызметкерлерінің шығуы жөніндегі Нұсқаулықты бекіту туралы\"")
    assert (meta.ref.number, meta.ref.date, meta.ref.registration) == ("375", "2002-05-29", "1889")


@pytest.mark.parametrize("requisite, day, number, registered, repeal", [
    # Ministry of Justice, 1996: a regulation approved with no number, its repealing order the only one named
    ("Утверждено Министром юстиции Республики Казахстан от 27 ноября 1996 г. Утратило силу - приказом Министра "
     "юстиции Республики Казахстан от 6 февраля 1998 года N 129 ~V980478", "1996-11-27", "б/н", None, "129"),
    # Ministry of Internal Affairs, 1994: a registration of two digits ("Зарегистрированa … N 65", a Latin "a")
    ("Инструкция, утвержденная приказом Министра внутренних дел Республики Казахстан от 14 декабря 1994 г. N 319. "
     "Зарегистрированa в Министерстве юстиции Республики Казахстан 23.05.1995 г. N 65. Утратил силу - приказом И.о. "
     "министра внутренних дел РК от 25.12.2004г. N 713", "1994-12-14", "319", "65", "713"),
])
def test_an_act_is_never_named_by_its_repealer(requisite, day, number, registered, repeal):
    meta = act_meta({"requisite": requisite, "approved_on": day}, "meta.yaml")
    assert (meta.ref.date, meta.ref.number, meta.ref.registration, meta.repeal.number) == (day, number, registered, repeal)


@pytest.mark.parametrize("requisite, day, number, registered, reg_day", [
    # Ministry of Internal Affairs, 1995 and 1996: "г." for the year, and "N" for the number sign
    ("Приказ Министра внутренних дел Республики Казахстан от 20 ноября 1995 г. N 263. Зарегистрирован в Министерстве "
     "юстиции Республики Казахстан 18.01.1996 г. N 143. Утратил силу приказом Министра внутренних дел Республики "
     "Казахстан от 9 октября 2015 года № 830", "1995-11-20", "263", "143", "1996-01-18"),
    ("Приказ Министерства внутренних дел Республики Казахстан от 12 августа 1996 г. № 262 Зарегистрировано в "
     "Министерстве юстиции Республики Казахстан 21 апреля 1997 г. № 285.", "1996-08-12", "262", "285", "1997-04-21"),
    ("Приказ Министра юстиции Республики Казахстан от 8 ноября 1999 года № 87 Зарегистрирован в Министерстве "
     "юстиции Республики Казахстан 29.11.99 г. за № 985", "1999-11-08", "87", "985", "1999-11-29"),
    # a maslikhat's decision of 2023 that a region's department of justice registered: its number carries the region's
    # two figures, as the register gives it (a number alone, 6030, may be another region's)
    ("Решение маслихата Алматинской области от 14 сентября 2023 года № 6-38. Зарегистрировано Департаментом юстиции "
     "Алматинской области 18 сентября 2023 года № 6030-05. Утратило силу решением Алматинского областного маслихата "
     "от 22 апреля 2026 года № 49-283 (вводится в действие по истечении десяти календарных дней после дня его первого "
     "официального опубликования)", "2023-09-14", "6-38", "6030-05", "2023-09-18"),
    ("Решение маслихата Алматинской области от 31 января 2024 года № 15-74. Зарегистрировано Департаментом юстиции "
     "Алматинской области 2 февраля 2024 года № 6082-05", "2024-01-31", "15-74", "6082-05", "2024-02-02"),
])
def test_older_requisites_give_the_day_and_the_registration(requisite, day, number, registered, reg_day):
    ref = act_meta({"requisite": requisite}, "meta.yaml").ref
    assert (ref.date, ref.number, ref.registration, ref.registration_date) == (day, number, registered, reg_day)


@pytest.mark.parametrize("requisite, approved_on, day", [
    # the Main Tax Inspectorate's instruction of 1995: no kind before the body, and the portal's approved_on the day
    # before the requisites' (the Ministry's order of 1996 names it "утвержденную … от 30 июня 1995 года N 41")
    ("Утверждена Главной налоговой инспекцией Министерства финансов Республики Казахстан от 30 июня 1995 г. N 41. "
     "Зарегистрирован в Министерстве юстиции Республики Казахстан 7.07.95 г. за N 79.", "1995-06-29", "1995-06-30"),
    # with the kind, as before: the requisites' day
    ("Приказ Министра финансов Республики Казахстан от 15 мая 1998 г. N 217. Зарегистрирован в Министерстве юстиции "
     "Республики Казахстан 28.05.1998 г. за N 517.", "1998-05-14", "1998-05-15"),
    # approved with no day in the requisites: approved_on's
    ("Утверждено Министром юстиции Республики Казахстан. Зарегистрировано в Министерстве юстиции Республики Казахстан "
     "за N 12", "1996-11-27", "1996-11-27"),
])
def test_the_requisites_day_comes_before_approved_on(requisite, approved_on, day):
    assert act_meta({"requisite": requisite, "approved_on": approved_on}, "meta.yaml").ref.date == day


def test_the_act_that_made_a_version_is_described_as_meta_yaml_gives_it():
    # Ministry of Justice, 1998 (regulation 211): meta.yaml's caused_by names the order that made the version, its
    # requisites and titles; the act is described with them (notes name it by its number and day only)
    from kg.parse import parse_bytes

    meta = act_meta({
        "requisite": "Утверждено приказом Министерства юстиции Республики Казахстан от 21 января 1998 г. N 19. "
                     "Зарегистрирован в Министерстве юстиции Республики Казахстан 07.02.1998 г. за № 450.",
        "approved_by": ["103001000000"], "approved_on": "1998-01-21",
        "caused_by": {"code": "2591", "requisite": "Приказ Министра юстиции Республики Казахстан от 24 февраля 1999 года "
                                                   "N 17. Зарегистрирован в Министерстве юстиции Республики Казахстан "
                                                   "12.03.1999 г. N 703.",
                      "title": {"rus": "О внесении дополнения в приказ Министра юстиции Республики Казахстан от 21 "
                                       "января 1998 года N 19"}}}, "meta.yaml")
    text = ("# Положение\n\n5\\. Лицензиат вносит разовый лицензионный сбор. <*>\n\n> *Сноска. Пункт 5 - с "
            "дополнениями, внесенными приказом Минюста РК от 24.02.99г. N 17 V990703_ .*\n")
    d = parse_bytes(text.encode(), "rus.md", meta)
    (cause,) = [a for a in d.acts if a.ref.number == "17" and a.title]
    assert (cause.ref.date, cause.ref.registration, cause.ref.registration_date) == ("1999-02-24", "703", "1999-03-12")
    assert cause.title.startswith("О внесении дополнения") and act_meta({"requisite": "Приказ от 1 июня 2021 года № 5",
                                                                      "caused_by": "?"}, "m").cause is None


def test_a_title_s_run_of_spaces_is_one():
    # Almaty oblast maslikhat, 2021 (decision № 12-59): meta.yaml's Kazakh title runs two spaces together ("2022-2024
    # жылдарға"); the text's heading, and the title the act is given, have one
    meta = act_meta({"requisite": "Решение маслихата Алматинской области от 14 декабря 2021 года № 12-59",
                     "title": {"rus": "Об областном бюджете Алматинской области на 2022-2024 годы",
                               "kaz": "Алматы облысының 2022-2024  жылдарға арналған облыстық бюджеті туралы"}}, "meta.yaml")
    assert dict(meta.titles)["kk"] == "Алматы облысының 2022-2024 жылдарға арналған облыстық бюджеті туралы"

def test_an_act_published_in_kazakh_only_has_no_russian_title():
    # Almaty oblast maslikhat, 2007 (decision № 39-302): published in Kazakh only, its meta.yaml repeats the Kazakh
    # title as the Russian one; the act had had a Russian expression titled in Kazakh
    title = ("2007 жылы Алматы облысындағы ауылдық жерде және қала типіндегі кенттерде мемлекеттік денсаулық сақтау "
             "секторы ұйымдарында жұмыс істейтін медицина және фармацевтика қызметкерлеріне әлеуметтік көмек көрсету туралы")
    meta = act_meta({"requisite": "Алматы облыстық мәслихатының 2007 жылғы 7 маусымдағы № 39-302 шешімі",
                     "title": {"rus": title, "kaz": title}}, "meta.yaml")
    assert meta.titles == (("kk", title),)
    both = act_meta({"requisite": "Решение Алматинского областного маслихата от 24 мая 2023 года № 3-22",
                     "title": {"rus": "Об утверждении Методики", "kaz": "Әдістемесін бекіту туралы"}}, "meta.yaml")
    assert dict(both.titles) == {"kk": "Әдістемесін бекіту туралы", "ru": "Об утверждении Методики"}


def test_an_agency_code_names_the_body_when_the_words_do_not():
    meta = act_meta({"requisite": "Приказ от 1 июня 2021 года № 5", "approved_on": "2021-06-01",
                     "approved_by": ["103003000000"]}, "meta.yaml")
    assert meta.ref.issuer.en == "Ministry of Internal Affairs" and meta.ref.date == "2021-06-01"


def test_a_local_body_s_agency_code_names_it_when_the_requisites_misspell_it():
    # "малихата" for "маслихата", as a requisite of 2010 has it: the agency code is the region's maslikhat
    meta = act_meta({"requisite": "Решение малихата Алматинской области от 14 декабря 2010 года за № 39-228. "
                     "Зарегистрировано департаментом юстиции Алматинской области от 18 января 2011 года № 2065.",
                     "approved_by": ["154000000002"]}, "meta.yaml")
    assert meta.ref.issuer.en == "Almaty Region Maslikhat" and meta.ref.number == "39-228"


def copy_tree(tmp_path: Path) -> Path:
    root = tmp_path / "tree"
    shutil.copytree(LAYOUT, root)
    return root


def test_two_files_of_one_name_in_two_folders_are_two_graphs(tmp_path):
    root = tmp_path / "t"
    for n in ("a", "b"):
        (root / n).mkdir(parents=True)
        shutil.copy(ROOT / "data" / ("000_1204b08a91af53df.txt" if n == "a" else "002_15ed357daf3ff3cc.txt"),
                    root / n / "order.txt")
    store = GraphStore(tmp_path / "store")
    report = build([root], store)
    assert not report.failed
    rows = select(store, "SELECT ?f WHERE { ?g a kzl:Source ; kzl:fileName ?f }")
    assert sorted(r["f"] for r in rows) == ["a/order.txt", "b/order.txt"]


def kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, cwd=ROOT)


def test_a_source_that_disappears_is_listed_and_kept_and_prune_removes_it(tmp_path):
    root, store = copy_tree(tmp_path), str(tmp_path / "store")
    assert kg("build", str(root), "--store", store, "-q").returncode == 0
    shutil.rmtree(root / REGISTER)  # the corpus deletes a repealed act's folder
    p = kg("build", str(root), "--store", store)
    assert p.returncode == 0 and f"not in this build: {REGISTER}/kaz.md (kept in the store" in p.stdout
    count = 'PREFIX kzl: <https://w3id.org/kzlex/ontology#> SELECT (COUNT(*) AS ?n) WHERE { ?p a kzl:Position }'
    assert kg("sparql", count, "--store", store, "--format", "csv").stdout.split()[-1] == "4"
    p = kg("build", str(root), "--store", store, "--prune")
    assert p.returncode == 0 and f"not in this build: {REGISTER}/kaz.md (removed (--prune))" in p.stdout
    assert kg("sparql", count, "--store", store, "--format", "csv").stdout.split()[-1] == "0"
    assert "not in this build" not in kg("build", str(root), "--store", store).stdout


@pytest.mark.parametrize("name, text, reason", [
    ("eng.md", "# On approval of the Rules\n\nThe order of the Minister of Justice. " * 20, "English"),
    ("kaz.md", "# Notariattyq muraghatty zhurgizu qagidalaryn bekitu turaly\n\n" + "Osy buiryq qoldanysqa engiziledi. " * 30,
     "Latin-script"),
])
def test_texts_kzlex_does_not_read_are_refused_for_what_they_are(tmp_path, name, text, reason):
    folder = tmp_path / "act"
    shutil.copytree(LAYOUT / NOTARY, folder)
    (folder / name).write_text(text, encoding="utf-8")
    report = build([tmp_path], GraphStore(None))
    errors = [d.error for d in report.failed]
    assert len(errors) == 1 and reason in errors[0] and name in errors[0] and "no act identity" not in errors[0]


def test_both_languages_keep_lineage_valid(layout_store):
    from kg.validate import validate_store

    store, _ = layout_store
    report = validate_store(store)
    assert not [r for r in report.results if r.severity.endswith("Violation")], report.results


@pytest.mark.skipif(not (SHARED_REAL.is_dir() and CHECK_REAL.is_file()), reason="../shared/real is not beside the checkout")
def test_real_sample_holds_its_numbers():
    kg_cmd = f"{sys.executable} -m kg.cli"
    p = subprocess.run([sys.executable, str(CHECK_REAL), "--kg", kg_cmd], capture_output=True, text=True, cwd=ROOT)
    last = p.stdout.strip().splitlines()[-1]
    nums = {k: (int(a), int(b)) for k, a, b in re.findall(r"(fields|loaded|notes|approvals|positions|one act) (\d+)/(\d+)", last)}
    ratio = {k: a / b for k, (a, b) in nums.items()}
    assert nums["loaded"][0] == nums["loaded"][1], last
    assert ratio["fields"] >= 0.98 and nums["notes"][0] == nums["notes"][1] and ratio["approvals"] >= 0.95, last
    assert ratio["positions"] >= 0.95 and nums["one act"][0] == nums["one act"][1], last
    assert float(re.search(r"coverage median ([\d.]+)%", last).group(1)) >= 95 and last.endswith("crashes 0"), last


@pytest.mark.skipif(not SHARED_REAL.is_dir(), reason="../shared/real is not beside the checkout")
def test_every_text_of_the_real_sample_is_read_nearly_whole():
    # the median hides one text read by half (an older order's bare "Приложение 1" stamps once left 54 % of it)
    from kg.corpus import read_meta
    from kg.parse import parse_bytes

    low, twice = {}, {}
    for p in sorted(SHARED_REAL.rglob("*.md")):
        if p.name in ("kaz.md", "rus.md"):
            d = parse_bytes(p.read_bytes(), str(p), act_meta(read_meta(p.parent / "meta.yaml"), str(p.parent / "meta.yaml")))
            if d.coverage < 0.97:
                low[str(p.relative_to(SHARED_REAL))] = round(d.coverage, 3)
            # no two units of one act share a path (a point's parts were once numbered twice)
            seen = [(u.act.number, u.act.date, u.path) for u in d.units]
            if len(seen) != len(set(seen)):
                twice[str(p.relative_to(SHARED_REAL))] = sorted({k for k in seen if seen.count(k) > 1})[:3]
    assert not low, low
    assert not twice, twice


def _one_act(tmp_path, where: str, kaz: str, requisite: str, title: str, approved_on: str):
    """Build one act folder (`where` under 07-ministerial, its code the folder's last number) holding
    kaz.md and meta.yaml; its one document's summary and the store."""
    folder = tmp_path / "07-ministerial" / where
    folder.mkdir(parents=True)
    (folder / "kaz.md").write_text(kaz, encoding="utf-8")
    (folder / "meta.yaml").write_text(f"act_code: '{where.rsplit('-', 1)[1]}'\nrequisite: {requisite}\ntitle:\n"
                                      f"  kaz: {title}\nform: ПРИК\napproved_on: {approved_on}\n", encoding="utf-8")
    store = GraphStore(tmp_path / "store")
    (d,) = build([tmp_path / "07-ministerial"], store).docs
    return d, store


def test_the_texts_of_one_folder_read_its_requisites_anew_when_they_change(tmp_path):
    # a process reads a folder's meta.yaml once for its texts one after the other (kaz.md, rus.md), and again when its
    # bytes are others, even of the same length and written within the same tick of the file system's clock
    from kg.build import parse_and_map
    from kg.iri import DEFAULT_BASE
    folder = tmp_path / "07-ministerial" / "103003000000-qriim" / "2016" / "0120-ob-utverzhdenii-900003"
    folder.mkdir(parents=True)
    (folder / "kaz.md").write_text(OLDER_ORDER, encoding="utf-8")
    (folder / "rus.md").write_text(OLDER_ORDER, encoding="utf-8")
    meta = ("act_code: '900003'\nrequisite: Приказ Министра внутренних дел Республики Казахстан от 20 января 2016 "
            "года № 47. Зарегистрирован в Министерстве юстиции Республики Казахстан 2 марта 2016 года № 13322\n"
            "form: ПРИК\napproved_on: '2016-01-20'\n")

    def act(name: str) -> str | None:
        return parse_and_map((str(folder / name), DEFAULT_BASE, name, str(folder / "meta.yaml"), "kk"))[3].act

    (folder / "meta.yaml").write_text(meta, encoding="utf-8")
    assert act("kaz.md") == act("rus.md") == "№ 47 of 2016-01-20"
    (folder / "meta.yaml").write_text(meta.replace("№ 47", "№ 48"), encoding="utf-8")
    assert act("rus.md") == "№ 48 of 2016-01-20"
    (folder / "meta.yaml").write_text(meta.replace("'900003'", "[[["), encoding="utf-8")  # (an unreadable one: not kept)
    d = parse_and_map((str(folder / "kaz.md"), DEFAULT_BASE, "kaz.md", str(folder / "meta.yaml"), "kk"))[3]
    assert d.error and "meta.yaml:" in d.error and d.act is None, d.error


def _built_rus(tmp_path, folder: Path, meta: dict, rus: str) -> GraphStore:
    """Write one act folder (meta.yaml from `meta`, rus.md) and build everything under `tmp_path` into a store."""
    folder.mkdir(parents=True)
    (folder / "meta.yaml").write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    (folder / "rus.md").write_text(rus, encoding="utf-8")
    store = GraphStore(tmp_path / "store")
    assert not build([tmp_path], store).failed
    return store


# An older order in the corpus's form (wording of a 2016 order of the Ministry of Internal
# Affairs): its stamp ends with the past tense "бекітілді", the Latin i is typed for the Kazakh
# і, the approval is signed for an acting minister, and the appendix is a table of its own.
OLDER_ORDER = """# Ашық деректер тізбесін бекіту туралы

«Ақпараттандыру туралы» 2015 жылғы 24 қарашадағы Қазақстан Республикасы Заңының 9-бабы 15) тармақшасына сәйкес БҰЙЫРАМЫН:

<a id="p1"></a>

1. Қоса берiлiп отырған ашық деректер тiзбесi бекiтiлсiн.

<a id="p2"></a>

2. Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.

**Қазақстан Республикасының Iшкi iстер министрi**

**Қ. Қасымов**

> *«КЕЛІСІЛДІ»*  
> *Қазақстан Республикасының*  
> *Инвестициялар және даму министрінің*  
> *Міндетін атқарушы*  
> *_______________ Ж. Қасымбек*  
> *2016 жылғы 28 қаңтар*

> *Қазақстан Республикасы*  
> *Iшкi iстер министрiнiң*  
> *2016 жылғы 20 қаңтардағы*  
> *№ 47 бұйрығымен*  
> *бекiтiлдi*

# Ашық деректер тізбесі

<table>
<tr>
<th>р/с №</th>
<th>Ашық деректер жиынтығының атауы</th>
<th>Жауапты тұлға</th>
</tr>
<tr>
<td>1</td>
<td>Ведомстволық бiлiм беру ұйымдарының тiзбесi</td>
<td>Кадр жұмысы департаменті</td>
</tr>
<tr>
<td>2</td>
<td>Өрт сөндiру деполарының тiзбесi</td>
<td>Төтенше жағдайлар комитеті</td>
</tr>
</table>
"""


def test_an_older_stamp_opens_its_appendix_and_ends_the_approval(tmp_path):
    d, store = _one_act(tmp_path, "103003000000-qriim/2016/0120-ob-utverzhdenii-900003", OLDER_ORDER,
                        "Приказ Министра внутренних дел Республики Казахстан от 20 января 2016 года № 47. "
                        "Зарегистрирован в Министерстве юстиции Республики Казахстан 2 марта 2016 года № 13322",
                        "Ашық деректер тізбесін бекіту туралы", "2016-01-20")
    assert not d.error and d.coverage == 1.0, d.unparsed
    (approval,) = select(store, """SELECT ?text ?org WHERE { ?a a kzl:Approval ; kzl:approverText ?text ;
                                   kzl:approvedBy/skos:prefLabel ?org FILTER(LANG(?org) = "kk") }""")
    assert approval["org"] == "Инвестициялар және даму министрлігі"
    assert "бұйрығымен" not in approval["text"]  # the stamp below is not the approver's
    rows = select(store, """SELECT ?u ?text WHERE { ?u kzl:text ?text FILTER(CONTAINS(?text, "деполарының")) }""")
    assert rows and all(r["u"].split("/47/")[1].startswith("app/1/tbl/1") for r in rows)  # the appendix's table
    assert all("2 | Өрт сөндіру деполарының тізбесі | Төтенше" in r["text"] for r in rows)  # the Kazakh і, as read


# Forms among an order's appendices, in the corpus's form (wording of a 2016 order of the Ministry
# of Justice and a 2022 order of the Ministry of Internal Affairs): a form's template (an approval
# line with blanks, "(қолы)") is the appendix's text; a note on the appendix comes before its title.
FORMS_ORDER = """# Нормативтік құқықтық актілерді мемлекеттік тіркеу нысандарын бекіту туралы

«Құқықтық актілер туралы» 2016 жылғы 6 сәуірдегі Қазақстан Республикасы Заңының 44-бабына сәйкес БҰЙЫРАМЫН:

<a id="p1"></a>

1. Қоса беріліп отырған нысандар бекітілсін.

<a id="p2"></a>

2. Осы бұйрық мемлекеттік тіркелген күнінен бастап қолданысқа енгізіледі.

**Министр**

**М. Бекетаев**

> *Қазақстан Республикасы*  
> *Әділет министрінің*  
> *2016 жылғы 10 қарашадағы*  
> *№ 1007 бұйрығына*  
> *1-қосымша*

> *Нысан*

> *«Б Е К І Т Е М І Н»*  
> *____________________________ ____________________________*  
> *(Министрдің не*  
> *Министр орынбасарының,*  
> *аумақтық әділет органы*  
> *басшысының лауазымы,*  
> *тегі және аты-жөні)*  
> *____________________________*  
> *(қолы)*

```
             Нормативтік құқықтық актіні мемлекеттік тіркеу туралы
                               Қ О Р Ы Т Ы Н Д Ы
```

> *Қазақстан Республикасы*  
> *Әділет министрінің*  
> *2016 жылғы 10 қарашадағы*  
> *№ 1007 бұйрығына*  
> *2-қосымша*

> *Нысан*

> *Ескерту. 2-қосымшаға өзгеріс енгізілді - ҚР Әділет министрінің 21.05.2024 № 418 (алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі) бұйрығымен.*

> *«КЕЛІСІЛДІ»*  
> *Аумақтық әділет органының басшысы*  
> *__________________________*  
> *20 __ жылғы «____» _________*

## Мемлекеттік тіркеу жоспары

```
Тегі, аты, әкесінің аты (болған жағдайда) ____________________________________________
```

> *Қазақстан Республикасы*  
> *Әділет министрінің*  
> *2016 жылғы 10 қарашадағы*  
> *№ 1007 бұйрығына*  
> *3-қосымша*

> *Ескерту: 3-қосымша жаңа редакцияда жазылды - ҚР Әділет министрінің 21.05.2024 № 418 бұйрығымен.*

### Аумақтық әділет органдарының тізбесі

1. Астана қаласының әділет департаменті.
"""


def test_forms_keep_their_template_and_notes_come_before_titles(tmp_path):
    d, store = _one_act(tmp_path, "103001000000-adilet/2016/1110-ob-utverzhdenii-900004", FORMS_ORDER,
                        "Приказ Министра юстиции Республики Казахстан от 10 ноября 2016 года № 1007. Зарегистрирован "
                        "в Министерстве юстиции Республики Казахстан 5 декабря 2016 года № 14487",
                        "Нормативтік құқықтық актілерді мемлекеттік тіркеу нысандарын бекіту туралы", "2016-11-10")
    assert not d.error and d.coverage == 1.0, d.unparsed
    rows = select(store, """SELECT ?u ?h ?t WHERE { ?u a kzl:Appendix . OPTIONAL { ?u kzl:heading ?h }
                            OPTIONAL { ?u kzl:text ?t } }""")
    apps = {r["u"].rsplit("/1007/", 1)[1]: r for r in rows}
    assert "(қолы)" in apps["app/1"]["t"] and "БЕКІТЕМІН" in apps["app/1"]["t"].replace(" ", "")
    assert apps["app/2"]["h"] == "Мемлекеттік тіркеу жоспары" and "Аумақтық әділет органының басшысы" in apps["app/2"]["t"]
    assert apps["app/3"]["h"] == "Аумақтық әділет органдарының тізбесі"
    events = select(store, """SELECT ?target ?effect WHERE { ?a a kzl:Amendment ; kzl:fromNote true ;
                              kzl:target ?target ; kzl:effect ?effect }""")
    assert sorted((e["target"].rsplit("/1007/", 1)[1], e["effect"].rsplit("#", 1)[1]) for e in events) == [
        ("app/2", "Modification"), ("app/3", "Substitution")]
    assert not select(store, "SELECT ?a WHERE { ?a a kzl:Approval }")  # a form's "КЕЛІСІЛДІ" is its template's


# the corpus splits a text too large for GitHub to show: the text ends with a list of its parts, each a file
# beside it that opens with a link back (wording of the kazakhstan-law repositories)
PARTS_LIST = ("\n\n## Части документа\n\nДокумент разбит на части: целиком он слишком велик, чтобы GitHub его "
              "показал.\nКаждая часть — это отдельный файл рядом с этим, и вместе они составляют полный\nтекст "
              "редакции.\n\n| Часть | Название |\n|---|---|\n")


def _split(folder: Path, name: str, at: int, parts: tuple[str, str] = ("sec001", "sec002")) -> None:
    """Split folder/name.md before its line `at` into name.md and two parts name/sec001.md, name/sec002.md (or as
    named: the corpus also names them by attachment, "an000", "an003")."""
    lines = (folder / f"{name}.md").read_text(encoding="utf-8").split("\n")
    cut2 = at + (len(lines) - at) // 2
    main, one, two = lines[:at], lines[at:cut2], lines[cut2:]
    (folder / name).mkdir()
    links = "".join(f"| [`{p}`]({name}/{p}.md) | {part[0][:40]} |\n" for p, part in zip(parts, (one, two)))
    (folder / f"{name}.md").write_text("\n".join(main) + PARTS_LIST + links, encoding="utf-8")
    back = {"kaz": "↑ [Редакцияның толық мәтіні](../kaz.md)", "rus": "↑ [Вся редакция](../rus.md)"}[name]
    for p, part in zip(parts, (one, two)):
        (folder / name / f"{p}.md").write_text(back + "\n\n" + "\n".join(part), encoding="utf-8")


@pytest.mark.parametrize("parts", [("sec001", "sec002"), ("an000", "an003")], ids=["sections", "attachments"])
def test_a_text_split_into_parts_is_read_whole(tmp_path, parts):
    whole, split = tmp_path / "whole", tmp_path / "split"
    shutil.copytree(LAYOUT / NOTARY, whole / "act")
    shutil.copytree(LAYOUT / NOTARY, split / "act")
    text = (split / "act" / "rus.md").read_text(encoding="utf-8").split("\n")
    _split(split / "act", "rus", next(i for i, t in enumerate(text) if t.startswith("> *Утвержден")), parts)
    own = hashlib.sha256((split / "act" / "rus.md").read_bytes()).hexdigest()
    stores = {}
    for label, root in (("whole", whole), ("split", split)):
        stores[label] = GraphStore(tmp_path / f"store-{label}")
        report = build([root], stores[label])
        assert not report.failed and len(report.docs) == 2, [d.file for d in report.docs]  # parts are not documents
    units = ("SELECT DISTINCT ?u ?t WHERE { ?u kzl:text ?t FILTER(LANG(?t) = 'ru' && !CONTAINS(STR(?u), '/version/')) } "
             "ORDER BY ?u ?t")
    got, want = select(stores["split"], units), select(stores["whole"], units)
    assert got == want and len(want) >= 5  # every unit and its text, the parts' too
    (g,) = select(stores["split"], f'SELECT ?g WHERE {{ ?g kzl:sha256 "{own}" ; kzl:describes ?a }}')  # the text's own digest
    # a line read is named in the file it came from
    data, pieces = read_parts(split / "act" / "rus.md")
    joined = data.decode().split("\n")
    part = (split / "act" / "rus" / f"{parts[1]}.md").read_text(encoding="utf-8").split("\n")
    last = next(t for t in reversed(part) if t.strip())
    assert where(pieces, joined.index(last) + 1, str(split / "act" / "rus.md")) == \
        f"{split / 'act' / 'rus' / (parts[1] + '.md')}:{part.index(last) + 1}"
    assert where(pieces, 3, "x/rus.md") == "x/rus.md:3"


def test_a_missing_part_is_the_document_s_error(tmp_path):
    shutil.copytree(LAYOUT / NOTARY, tmp_path / "act")
    text = (tmp_path / "act" / "kaz.md").read_text(encoding="utf-8").split("\n")
    _split(tmp_path / "act", "kaz", len(text) // 2)
    (tmp_path / "act" / "kaz" / "sec002.md").unlink()
    report = build([tmp_path], GraphStore(tmp_path / "store"))
    (failed,) = report.failed
    assert re.match(r".*kaz\.md:\d+: a part of the text is missing: kaz/sec002\.md", failed.error)
    assert [d.file for d in report.docs if not d.error][0].endswith("rus.md")  # the other text still loads


# an act "for official use" (№ 12дсп): the corpus keeps its requisites and titles, and no text
_RESTRICTED = """act_code: '65507'
requisite: Приказ Министра внутренних дел Республики Казахстан от 29 марта 2012 года № 12дсп. Зарегистрирован в Министерстве юстиции Республики Казахстан 8 мая 2012 года № 7629{repeal}
title:
  rus: Об утверждении Правил использования инженерно-технических средств надзора, контроля и охраны
  kaz: Инженерлік-техникалық қадағалау, бақылау және күзет құралдарын пайдалану қағидасын бекіту туралы
form: ПРИК
approved_on: 2012-03-29
approved_by:
- '103003000000'
source:
  rus: https://zan.gov.kz/client/#!/doc/65507/rus/29.03.2012
"""


@pytest.mark.parametrize("repeal", ["", ". Утратил силу приказом Министра внутренних дел Республики Казахстан от "
                                        "27 октября 2014 года № 719дсп"])
def test_an_act_folder_with_requisites_and_no_text_gives_the_act(tmp_path, repeal):
    folder = tmp_path / "2012" / "0329-ob-utverzhdenii-pravil-ispolzovaniia-65507"
    folder.mkdir(parents=True)
    (folder / "meta.yaml").write_text(_RESTRICTED.format(repeal=repeal), encoding="utf-8")
    (folder / "eng.md").write_text("# On approval of the Rules\n\nThe order of the Minister. " * 20, encoding="utf-8")
    store = GraphStore(tmp_path / "store")
    report = build([tmp_path], store)
    # the translation is refused for what it is; the act is loaded from its requisites, and the build says how
    assert [d.name for d in report.failed] == ["2012/0329-ob-utverzhdenii-pravil-ispolzovaniia-65507/eng.md"]
    meta = next(d for d in report.docs if not d.error)
    assert meta.name.endswith("/meta.yaml") and meta.lines_total == 0 and meta.units == 0
    assert any("no text beside the requisites" in w for w in meta.warnings)
    digest = hashlib.sha256((folder / "meta.yaml").read_bytes()).hexdigest()
    rows = select(store, f"""SELECT ?act ?n ?reg ?state ?lang WHERE {{
        ?g kzl:sha256 "{digest}" ; kzl:describes ?act . OPTIONAL {{ ?g <http://purl.org/dc/terms/language> ?lang }}
        ?act eli:number ?n ; kzl:registrationNumber ?reg ; eli:in_force ?state }}""")
    assert [(r["n"], r["reg"], r["state"].rsplit("-", 1)[-1], r["lang"]) for r in rows] == [
        ("12дсп", "7629", "notInForce" if repeal else "inForce", None)]  # (as the requisites print it)
    act = rows[0]["act"]
    titles = {r["l"] for r in select(store, f"SELECT (LANG(?t) AS ?l) WHERE {{ <{act}> eli:is_realized_by/eli:title ?t }}")}
    assert titles == {"kk", "ru"}
    # no text: no format, no units
    assert not select(store, f"SELECT ?f WHERE {{ {{ <{act}> eli:is_realized_by/eli:is_embodied_by ?f }} UNION "
                             f"{{ ?f eli:is_part_of+ <{act}> }} }}")
    repealers = select(store, f"SELECT ?n WHERE {{ <{act}> eli:repealed_by/eli:number ?n }}")
    assert [r["n"] for r in repealers] == (["719дсп"] if repeal else [])
    assert build([tmp_path], store).changed == 0  # read again: nothing changes


def test_a_repeal_meta_yaml_states_apart_gives_the_repealer_and_the_day(tmp_path):
    # Ministry of Internal Affairs, 2012 (list 93): newer folders give the repealing order's requisites and titles
    # (repealed_by) and the day the act ceased (repealed_on: 2015-01-07, months after the repealer's signing)
    repealer = ("Приказ Министра внутренних дел Республики Казахстан от 19 августа 2014 года № 530. Зарегистрирован "
                "в Министерстве юстиции Республики Казахстан 29 сентября 2014 года № 9762. Утратил силу приказом "
                "Министра внутренних дел Республики Казахстан от 5 июля 2022 года № 562")
    meta = {"act_code": "65709", "requisite": "Приказ Министра внутренних дел Республики Казахстан от 17 февраля 2012 "
            "года № 93. Зарегистрирован в Министерстве юстиции Республики Казахстан 14 мая 2012 года № 7656. "
            "Утратил силу приказом Министра внутренних дел Республики Казахстан от 19 августа 2014 года № 530",
            "title": {"rus": "Об утверждении Перечня заболеваний осужденных, являющихся основанием освобождения от "
                             "отбывания наказания"},
            "form": "ПРИК", "approved_on": "2012-02-17", "approved_by": ["103003000000"],
            "repealed_on": "2015-01-07",
            "repealed_by": {"code": "83454", "requisite": repealer, "title": {
                "rus": "Об утверждении Правил организации противотуберкулезной помощи в учреждениях уголовно - "
                       "исполнительной системы"}, "link": "https://zan.gov.kz/client/#!/doc/83454/rus"}}
    m = act_meta(meta, "meta.yaml")
    assert m.repealed and (m.repeal.number, m.repeal.date, m.repeal.registration) == ("530", "2014-08-19", "9762")
    assert m.repealed_on == "2015-01-07" and m.ref.number == "93"
    store = _built_rus(tmp_path, tmp_path / "2012" / "0217-ob-utverzhdenii-perechnia-zabolevanii-65709", meta,
        "# Об утверждении Перечня заболеваний осужденных, являющихся основанием освобождения от отбывания наказания\n\n"
        "В соответствии со статьей 73 Уголовного кодекса Республики Казахстан ПРИКАЗЫВАЮ:\n\n"
        "1\\. Утвердить Перечень заболеваний, являющихся основанием освобождения осужденных от отбывания наказания.\n\n"
        "2\\. Настоящий приказ вводится в действие по истечении десяти календарных дней после дня его первого "
        "официального опубликования.\n\n*Министр внутренних дел*\n\n*Республики Казахстан*\n\n"
        "*генерал-лейтенант полиции К. Касымов*\n")
    rows = select(store, """SELECT ?act ?title ?since WHERE { ?act eli:number "93" ; eli:repealed_by ?by .
        ?by eli:number "530" ; eli:is_realized_by/eli:title ?title .
        ?m kzl:amendingAct ?by ; kzl:target ?act ; kzl:effect kzl:Repeal ; kzl:since ?since }""")
    assert [(r["title"][:40], r["since"]) for r in rows] == [("Об утверждении Правил организации против", "2015-01-07")]
    from kg.consolidate import act_status
    # before the day it ceased (after the repealer was signed) the act was in force; after, repealed
    assert act_status(store, rows[0]["act"], "2014-10-01", "ru")[0] != "repealed"
    assert act_status(store, rows[0]["act"], "2015-01-07", "ru")[0] == "repealed"


def test_the_portal_s_agency_is_responsible_the_text_s_body_passed_it():
    # Ministry of Finance's folder, 1999: an order of the Ministry of State Revenues (its functions passed to the
    # Ministry of Finance in 2002), filed by the portal under the Ministry of Finance's code
    from kg.iri import DEFAULT_BASE, Minter
    from kg.orgs import by_code
    from kg.parse import parse_text
    from kg.rdf import document_quads

    meta = act_meta({"requisite": "Утверждено приказом Министра государственных доходов Республики Казахстан от 3 мая "
                                  "1999 года № 310. Зарегистрировано в Министерстве юстиции Республики Казахстан "
                                  "4.06.1999г. N 792.", "approved_by": ["103002000000"]}, "meta.yaml")
    d = parse_text("# О внесении изменений и дополнений в Инструкцию\n\nПриказываю:\n\n1. Утвердить прилагаемые "
                   "изменения.\n", "rus.md", meta=meta)
    _, quads = document_quads(d, Minter(DEFAULT_BASE))
    eli = "http://data.europa.eu/eli/ontology#"
    by = {q.predicate.value.rsplit("#", 1)[-1]: q.object.value.rsplit("/", 1)[-1] for q in quads
          if q.predicate.value in (eli + "passed_by", eli + "responsibility_of_agent")}
    m = Minter(DEFAULT_BASE)
    assert by == {"passed_by": m.org(d.act.ref.issuer.key).rsplit("/", 1)[-1],
                  "responsibility_of_agent": m.org(by_code("103002000000").key).rsplit("/", 1)[-1]}
    assert d.act.ref.issuer.en == "Ministry of State Revenues"


# an act folder of the corpus's older layout: kaz.md with front matter naming only the portal's page, no meta.yaml (the
# Ministry of Justice's order № 38 of 2016 on open data, as the folder "20160126-…-98377" held it)
OLDER_LAYOUT_KK = (
    "---\nsource: https://zan.gov.kz/client/#!/doc/98377/kaz/26.01.2016\n---\n\n# Ашық деректердің Интернет - "
    "порталында орналастырылатын ашық деректер тізбесін бекіту туралы\n\n«Ақпараттандыру туралы» Қазақстан "
    "Республикасы Заңының 9-бабының 15) тармақшасына сәйкес, БҰЙЫРАМЫН:\n\n1. Ашық деректердің Интернет-порталында "
    "орналастырылатын ашық деректер тізбесі бекітілсін.\n\n4. Осы бұйрық алғашқы ресми жарияланған күнінен кейін он "
    "күнтізбелік күн өткен соң қолданысқа енгізіледі.\n\n**Министр**\n\n**Б. Имашев**\n\n> *«КЕЛІСІЛДІ»*  \n"
    "> *Қазақстан Республикасының*  \n> *Инвестициялар және даму министрі*  \n> *___________ Ә. Исекешев*  \n"
    "> *2016 жылғы «___» ______*\n\n> *Қазақстан Республикасы*  \n> *Әділет министрінің*  \n"
    "> *2016 жылғы 26 қаңтардағы*  \n> *№ 38 бұйрығымен*  \n> *бекітілген*\n\n# Ашық деректердің интернет - "
    "порталында орналастырылатын Қазақстан Республикасы Әділет министрлігінің ашық деректер тізбесі\n\n<table>\n<tr>\n"
    "<td>№</td>\n<td>Ашық деректер жинағының атауы</td>\n</tr>\n<tr>\n<td>12</td>\n<td>Нотариустардың тізімі</td>\n"
    "</tr>\n</table>\n")


def test_an_act_folder_of_the_older_layout_is_the_act_its_own_stamp_names(tmp_path):
    # the older layout gave no requisites: every text of it was refused ("no act identity"); the act is the one the
    # stamp of its own attachment names (issuer, day and number), and the build says where its identity came from
    folder = tmp_path / "corpus" / "103001000000-adilet" / "20160126-ob-utverzhdenii-perechnia-98377"
    folder.mkdir(parents=True)
    (folder / "kaz.md").write_text(OLDER_LAYOUT_KK, encoding="utf-8")
    store = GraphStore(tmp_path / "store")
    report = build([tmp_path / "corpus"], store)
    assert not report.failed
    rows = list(store.query(sparql_prefixes() + """SELECT ?number ?date ?issuer WHERE {
        ?g kzl:describes ?act . ?act eli:number ?number ; eli:date_document ?date ; eli:passed_by ?org .
        ?org skos:prefLabel ?issuer FILTER(LANG(?issuer) = "ru") }"""))
    assert [(r["number"].value, r["date"].value, r["issuer"].value) for r in rows] == [
        ("38", "2016-01-26", "Министерство юстиции")]
    # the page of the portal the front matter names: the act's code there, the day the text is the act as of
    page = list(store.query(sparql_prefixes() + """SELECT ?code ?day ?url WHERE { ?g kzl:describes ?act .
        ?act kzl:portalCode ?code . ?x eli:realizes ?act ; eli:version_date ?day ; eli:is_embodied_by ?f .
        ?f eli:is_exemplified_by ?url }"""))
    assert [(r["code"].value, r["day"].value, r["url"].value) for r in page] == [
        ("98377", "2016-01-26", "https://zan.gov.kz/client/#!/doc/98377/kaz/26.01.2016")]
    from kg.parse import parse_text

    doc = parse_text(OLDER_LAYOUT_KK, "kaz.md", lang="kk")
    assert doc.act.title.startswith("Ашық деректердің Интернет") and doc.coverage == 1.0 and len(doc.approvals) == 1
    assert [u.path for u in doc.units][:2] == [(("preamble", ""),), (("point", "1"),)]
    assert [w.split(": ", 1)[0] for w in doc.warnings if "stamp" in w] == ["kaz.md:23"]  # the stamp's first line


def test_a_stamp_naming_no_issuer_is_the_folder_s_agency_and_the_folder_s_day_is_the_act_s(tmp_path):
    # the Presidential Affairs Administration's order of 2023 on exchanges of cars stamps its appendix "Утвержден
    # приказом / от 25 апреля 2023 года / № 05/110", naming no issuer: the agency whose folder holds it; the Kazakh
    # stamp of the MVD's rules of 2010 on district inspectors dates them "2011 жылғы 31 желтоқсандағы" where the
    # Russian one and the folder ("20101231-…") say 31 December 2010: the folder's day
    from kg.parse import parse_text

    cars = ("# Об утверждении Порядка приобретения (отчуждения) автомобильных транспортных средств по договору мены\n\n"
            "В соответствии с подпунктом 4) статьи 3 Закона ПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемый Порядок "
            "приобретения (отчуждения) автомобильных транспортных средств по договору мены.\n\n**Управляющий делами "
            "Президента Республики Казахстан**\n\n**А. Дадебаев**\n\n> *«СОГЛАСОВАНО»*  \n> *Министерство финансов*  \n"
            "> *Республики Казахстан*\n\n> *Утвержден приказом*  \n> *от 25 апреля 2023 года*  \n> *№ 05/110*\n\n"
            "## Порядок приобретения (отчуждения) автомобильных транспортных средств по договору мены\n\n"
            "### Глава 1. Общие положения\n\n1. Настоящий Порядок разработан на основании Закона.\n")
    path = "07-ministerial/101004000000-upravlenie-delami-prezidenta/20230425-ob-utverzhdenii-poriadka-180312/rus.md"
    ref = parse_text(cars, path, lang="ru").act.ref
    assert (ref.number, ref.date, ref.issuer.en) == ("05/110", "2023-04-25", "Administration of the Affairs of the President")
    with pytest.raises(Exception, match="no act identity"):  # no folder of an agency: no issuer to be had
        parse_text(cars, "rus.md", lang="ru")
    inspectors = ("# Учаскелік полиция инспекторларын тағайындау қағидаларын бекіту туралы\n\nБҰЙЫРАМЫН:\n\n1. Қоса "
                  "беріліп отырған Қағидалар бекітілсін.\n\n**Министр**\n\n**С. Баймағанбетов**\n\n> *Қазақстан "
                  "Республикасы*  \n> *Ішкі істер министрінің*  \n> *2011 жылғы 31 желтоқсандағы*  \n> *№ 538 бұйрығымен "
                  "бекітілген*\n\n## Учаскелік полиция инспекторларын тағайындау қағидалары\n\n1. Осы Қағидалар "
                  "учаскелік полиция инспекторларын тағайындау тәртібін айқындайды.\n")
    folder = "07-ministerial/103003000000-qriim/20101231-ob-utverzhdenii-pravil-naznacheniia-57534/kaz.md"
    doc = parse_text(inspectors, folder, lang="kk")
    assert (doc.act.ref.number, doc.act.ref.date, doc.act.ref.issuer.en) == ("538", "2010-12-31",
                                                                             "Ministry of Internal Affairs")
    assert [w.split(": ", 1)[1] for w in doc.warnings if "folder" in w] == [
        "the stamp dates the act 2011-12-31, its folder 2010-12-31: the folder's"]


def test_an_act_past_its_own_last_day_is_no_longer_in_force(tmp_path):
    """MinFin 2025 N 579 (the list of countries with treaties against double taxation) applies from 2026-01-01 "по 31
    декабря 2027 года включительно", no act repealing it: its page's status is "in force" to that day and "no longer
    in force" after it (it had stayed "in force" for ever, its last day unread by the status)."""
    from kg.consolidate import act_status

    meta = {"act_code": "215321", "requisite": "Приказ Министра финансов Республики Казахстан от 6 октября 2025 года № "
            "579. Зарегистрирован в Министерстве юстиции Республики Казахстан 8 октября 2025 года № 37085",
            "form": "ПРИК", "approved_on": "2025-10-06", "approved_by": ["103002000000"]}
    store = _built_rus(tmp_path, tmp_path / "2025" / "1006-ob-utverzhdenii-spiska-stran-215321", meta,
        "# Об утверждении списка стран\n\n> *Сноска. Вводится в действие с 01.01.2026 и действует по 31.12.2027 "
        "включительно в соответствии с пунктом 4 настоящего приказа.*\n\nВ соответствии с подпунктом 1) пункта 1 статьи "
        "332 Налогового кодекса Республики Казахстан ПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемый список стран.\n\n4. "
        "Настоящий приказ вводится в действие с 1 января 2026 года и подлежит официальному опубликованию, при этом "
        "настоящий приказ действует по 31 декабря 2027 года включительно.\n\n**Министр финансов Республики Казахстан**"
        "\n\n**М. Такиев**\n")
    [row] = select(store, 'SELECT ?act WHERE { ?act eli:number "579" ; eli:date_document "2025-10-06"^^xsd:date }')
    assert [act_status(store, row["act"], d, "ru")[0] for d in ("2025-12-31", "2027-12-31", "2028-01-01")] == [
        "not yet in force", "in force", "no longer in force"]


def _order_343(folder: Path, code: str, registered: str, rules: str, day: str,
               act: str = "Приказ Министра внутренних дел Республики Казахстан от 12 октября 1998 года № 343") -> None:
    """An act folder of MVD order № 343 of 12 October 1998 as the portal gives each of its two documents: the same
    requisites but for the registration, and a text of its own (its rules as appendix 1)."""
    folder.mkdir(parents=True)
    (folder / "meta.yaml").write_text(
        f"act_code: '{code}'\nrequisite: {act}. Зарегистрирован в Министерстве юстиции Республики Казахстан "
        f"{registered}\ntitle:\n  rus: Об "
        f"утверждении {rules}\nform: ПРИК\napproved_on: 1998-10-11\napproved_by:\n- '103003000000'\nversion_date:\n"
        f"  rus: {day}\n", encoding="utf-8")
    (folder / "rus.md").write_text(
        f"# Об утверждении {rules}\n\nВ соответствии с Законом Республики Казахстан \"О дорожном движении\" "
        f"ПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые {rules}.\n\n**Министр**\n\n> *Утверждены*  \n> *приказом Министра "
        f"внутренних дел*  \n> *от 12 октября 1998 года № 343*\n\n# {rules}\n\n1. Настоящие {rules} определяют "
        f"порядок.\n\n2. Второй пункт: {rules}.\n", encoding="utf-8")


def test_two_documents_of_one_order_registered_apart_are_two_acts(tmp_path):
    """MVD order № 343 of 12 October 1998 approved the vehicle registration rules and the driving licence rules; the
    Ministry of Justice registered them apart (№ 690 and № 679) and the portal gives them as two documents, alike in
    body, day and number. Each is an act of its own, named with its registration ("343~679"), its units its own: one
    node had held both texts as two editions of one act (each point twice, two registrations, 25 shape violations on
    the real folders)."""
    from kg.validate import validate_store

    root = tmp_path / "07-ministerial" / "103003000000-qriim" / "1998"
    _order_343(root / "1011-ob-utverzhdenii-pravil-gosudarstvennoi-2430", "2430", "23 февраля 1999 года № 690",
               "Правила государственной регистрации транспортных средств", "2005-04-26")
    _order_343(root / "1011-ob-utverzhdenii-pravil-polucheniia-2266", "2266", "8 февраля 1999 года № 679",
               "Правила получения права на управление транспортными средствами", "2004-03-24")
    store = GraphStore(tmp_path / "store")
    assert not build([tmp_path / "07-ministerial"], store).failed
    rows = select(store, "SELECT ?a ?n ?reg (COUNT(DISTINCT ?u) AS ?units) WHERE { ?a eli:number ?n ; "
                         "kzl:registrationNumber ?reg . ?u eli:is_part_of+ ?a } GROUP BY ?a ?n ?reg ORDER BY ?reg")
    assert [(r["a"].rsplit("/", 1)[1], r["n"], r["reg"], int(r["units"])) for r in rows] == [
        ("343~679", "343", "679", 5), ("343~690", "343", "690", 5)]
    assert not [r for r in validate_store(store).results if r.severity.endswith("Violation")]
    p = kg("text", "343", "--store", str(tmp_path / "store"))
    assert p.returncode != 0 and "give the registration number: 679, 690" in p.stderr
    p = kg("text", "679", "--store", str(tmp_path / "store"))
    assert p.returncode == 0 and "управление транспортными средствами" in p.stdout
    # one folder alone is one act by its number (the other is not in the build to be told apart from); the build
    # that meets the other reads it again, and the store holds the two acts and no third
    later = tmp_path / "later"
    shutil.copytree(root / "1011-ob-utverzhdenii-pravil-polucheniia-2266", later / "2266")
    alone = GraphStore(tmp_path / "alone")
    numbered = "SELECT DISTINCT ?a WHERE { ?a eli:number \"343\" ; eli:date_document ?d } ORDER BY ?a"
    assert not build([later], alone).failed
    assert [r["a"].rsplit("/", 1)[1] for r in select(alone, numbered)] == ["343"]
    shutil.copytree(root / "1011-ob-utverzhdenii-pravil-gosudarstvennoi-2430", later / "2430")
    assert not build([later], alone).failed
    assert [r["a"].rsplit("/", 1)[1] for r in select(alone, numbered)] == ["343~679", "343~690"]


def test_a_text_naming_one_of_two_acts_told_apart_by_its_registration_names_that_act(tmp_path):
    """With both of MVD order № 343's documents in the build (told apart: "343~679", "343~690"), an order amending
    one of them and giving its registration ("(зарегистрированный … за № 679)") amends that act, and its change meets
    that act's point; a mention with no registration stays the plain node (which of the two it means is in its
    words)."""
    root = tmp_path / "07-ministerial" / "103003000000-qriim"
    _order_343(root / "1998" / "1011-ob-utverzhdenii-pravil-gosudarstvennoi-2430", "2430", "23 февраля 1999 года № 690",
               "Правила государственной регистрации транспортных средств", "2005-04-26")
    _order_343(root / "1998" / "1011-ob-utverzhdenii-pravil-polucheniia-2266", "2266", "8 февраля 1999 года № 679",
               "Правила получения права на управление транспортными средствами", "2004-03-24")
    meta = {"act_code": "9999", "form": "ПРИК", "approved_on": "2003-05-20", "approved_by": ["103003000000"],
            "requisite": "Приказ Министра внутренних дел Республики Казахстан от 20 мая 2003 года № 280. Зарегистрирован "
                         "в Министерстве юстиции Республики Казахстан 2 июня 2003 года № 2345",
            "title": {"rus": "О внесении изменения в приказ от 12 октября 1998 года № 343"}}
    _act_folders(root, [("2003/0520-o-vnesenii-izmeneniia-9999", meta, {"rus.md": (
        "# О внесении изменения в приказ от 12 октября 1998 года № 343\n\nПРИКАЗЫВАЮ:\n\n1. Внести в приказ Министра "
        "внутренних дел Республики Казахстан от 12 октября 1998 года № 343 «Об утверждении Правил получения права на "
        "управление транспортными средствами» (зарегистрированный в Реестре государственной регистрации нормативных "
        "правовых актов за № 679) следующее изменение:\n\nв Правилах получения права на управление транспортными "
        "средствами, утвержденных указанным приказом:\n\nпункт 2 изложить в следующей редакции:\n\n«2. Новый текст "
        "второго пункта.».\n\n2. Приказ Министра внутренних дел Республики Казахстан от 12 октября 1998 года № 343 "
        "применять с учетом настоящего приказа.\n\n**Министр**\n")})])
    store = GraphStore(tmp_path / "store")
    assert not build([tmp_path / "07-ministerial"], store, jobs=2).failed  # (parsing processes know the acts too)
    rows = select(store, "SELECT DISTINCT ?t WHERE { ?e kzl:amendingAct ?by ; kzl:target ?t . ?by eli:number \"280\" }")
    assert [r["t"].split("/act/", 1)[1].split("/", 2)[2] for r in rows] == ["343~679/app/1/p/2"]
    assert store.query(sparql_prefixes() + "ASK { ?u eli:is_part_of+ ?a ; kzl:number \"2\" . "
                       "FILTER(STRENDS(STR(?u), \"/343~679/app/1/p/2\")) }")
    named = "SELECT DISTINCT ?a WHERE { ?a eli:number \"343\" } ORDER BY ?a"
    assert [r["a"].rsplit("/", 1)[1] for r in select(store, named)] == ["343", "343~679", "343~690"]


def test_one_order_s_two_registered_documents_repealed_by_a_list_are_two_acts(tmp_path):
    """MinJust 2005 № 214 repeals, in its appendix 3, two regulations one order approved (№ 181 of 16 March 1998),
    each registered apart (№ 507, № 508): each is named with its registration ("181~507"), in the Russian text (the
    registration after the act) and in the Kazakh one (the item opening with it), so the two texts record the same
    repeals and no act holds two registrations (one node had held both: a shape violation)."""
    from kg.validate import validate_store

    folder = tmp_path / "07-ministerial" / "103001000000-adilet" / "2005" / "0805-ob-utverzhdenii-pravil-25002"
    folder.mkdir(parents=True)
    (folder / "meta.yaml").write_text(
        "act_code: '25002'\nrequisite: Приказ и.о. Министра юстиции Республики Казахстан от 5 августа 2005 года № 214. "
        "Зарегистрирован в Министерстве юстиции Республики Казахстан 11 августа 2005 года № 3784\ntitle:\n"
        "  rus: Об утверждении Правил\n  kaz: Ережесін бекіту туралы\nform: ПРИК\napproved_on: 2005-08-05\n"
        "approved_by:\n- '103001000000'\n", encoding="utf-8")
    minister = "Приказ Министра юстиции Республики Казахстан от 16 марта 1998 года N 181 \"Об утверждении Положения \""
    (folder / "rus.md").write_text(
        "# Об утверждении Правил\n\nПРИКАЗЫВАЮ:\n\n1\\. Признать утратившими силу приказы Министра юстиции Республики "
        "Казахстан согласно приложению 3 к настоящему приказу.\n\n*и.о. Министра*\n\n> *Приложение 3*  \n"
        "> *к приказу Министра юстиции*  \n> *Республики Казахстан*  \n> *от 5 августа 2005 года N 214*\n\n"
        "## Перечень утративших силу некоторых нормативных правовых актов\n\n"
        f"1\\. {minister}Об аттестации судебных экспертов\", зарегистрированный в реестре Государственной регистрации "
        "нормативных правовых актов за N 507.\n\n"
        f"2\\. {minister}О порядке присвоения квалификации\", зарегистрированный в реестре Государственной "
        "регистрации нормативных правовых актов за N 508.\n", encoding="utf-8")
    registered = "Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде N {} тіркелген, Қазақстан Республикасы " \
                 "Әділет министрінің 1998 жылғы 16 наурыздағы N 181 бұйрығымен бекітілген"
    (folder / "kaz.md").write_text(
        "# Ережесін бекіту туралы\n\nБҰЙЫРАМЫН:\n\n1\\. Осы бұйрыққа 3-қосымшаға сәйкес Қазақстан Республикасы Әділет "
        "министрі бұйрықтарының күші жойылды деп танылсын.\n\n*Министрдің*\n\n*міндетін атқарушы*\n\n"
        "> *Қазақстан Республикасы*  \n> *Әділет министрінің*  \n> *2005 жылғы 5 тамыздағы*  \n> *N 214 бұйрығына*  \n"
        "> *3-қосымша*\n\n## Күші жойылған нормативтік құқықтық актілерінің тізбесі\n\n"
        f"1\\. {registered.format(507)} \"Сот сарапшыларын аттестациялау туралы\" ереже.\n\n"
        f"2\\. {registered.format(508)} \"Сот сарапшысы біліктілігін берудің тәртібі туралы\" ереже.\n",
        encoding="utf-8")
    store = GraphStore(tmp_path / "store")
    assert not build([tmp_path / "07-ministerial"], store).failed
    rows = select(store, "SELECT ?a ?reg (COUNT(DISTINCT ?g) AS ?texts) WHERE { GRAPH ?g { ?a eli:number \"181\" ; "
                         "kzl:registrationNumber ?reg ; eli:repealed_by ?by } } GROUP BY ?a ?reg ORDER BY ?reg")
    assert [(r["a"].rsplit("/", 1)[1], r["reg"], int(r["texts"])) for r in rows] == [
        ("181~507", "507", 2), ("181~508", "508", 2)]
    assert not [r for r in validate_store(store).results if r.severity.endswith("Violation")]


@pytest.mark.parametrize("other, apart", [
    # the same order, its requisites worded otherwise (MinJust 1998 № 181's regulation: "Утверждено приказом …")
    ("Утверждено приказом Министра внутренних дел Республики Казахстан от 12 октября 1998 г. N 343", True),
    # another body's order of that day and number (a joint order filed under both bodies): another act already,
    # named as it was
    ("Приказ Министра юстиции Республики Казахстан от 12 октября 1998 года № 343", False),
])
def test_acts_are_told_apart_by_what_the_requisites_say_not_by_their_words(tmp_path, other, apart):
    """Folders whose numbers meet are read whole before they are told apart: one act worded two ways is two acts
    by registration; two bodies' acts of one day and number were two acts already and keep their names."""
    root = tmp_path / "07-ministerial" / "103003000000-qriim" / "1998"
    _order_343(root / "1011-a-2430", "2430", "23 февраля 1999 года № 690", "Правила регистрации", "2005-04-26")
    _order_343(root / "1011-b-2266", "2266", "8 февраля 1999 года № 679", "Правила экзаменов", "2004-03-24", act=other)
    store = GraphStore(tmp_path / "store")
    assert not build([tmp_path / "07-ministerial"], store).failed
    names = sorted(r["a"].rsplit("/", 1)[1] for r in select(
        store, "SELECT DISTINCT ?a WHERE { ?a eli:number \"343\" ; kzl:registrationNumber ?r }"))
    assert names == (["343~679", "343~690"] if apart else ["343", "343"])


# The Ministry of Finance's Instruction N 40 of 1995, an act folder of its own (approved by order № 153, its text the
# order's appendix 1), and the Tax Committee's list of changes of 1997 that names it by its number and title alone
# ("Изменения и дополнения к Инструкции N 40 "…"", in Kazakh '"…" N 40 нұсқаулыққа'): wording of the portal's texts
def _minfin(code: str, approved_on: str, requisite: str, rus: str, kaz: str) -> dict:
    """The meta.yaml of one of the Ministry of Finance's act folders."""
    return {"act_code": code, "form": "ПРИК", "approved_on": approved_on, "approved_by": ["103002000000"],
            "requisite": requisite, "title": {"rus": rus, "kaz": kaz}}


def _act_folders(root: Path, folders) -> None:
    """Write act folders of the corpus layout under `root`: (where, meta.yaml's fields, {file name: text}) each."""
    for where, meta, texts in folders:
        (root / where).mkdir(parents=True)
        (root / where / "meta.yaml").write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
        for name, text in texts.items():
            (root / where / name).write_text(text, encoding="utf-8")


def _minfin_folders(tmp_path: Path, folders) -> Path:
    """Write the act folders (where under the Ministry's folder, meta.yaml's fields, {file name: text}) of the corpus
    layout under `tmp_path`; the root to build."""
    _act_folders(tmp_path / "07-ministerial" / "103002000000-minfin", folders)
    return tmp_path / "07-ministerial"


INSTRUCTION_40_META = _minfin(
    "501", "1995-06-21", "Утверждена приказом Министерства финансов Республики Казахстан от 22 июня 1995 г. N 153. "
    "Зарегистрирован в Министерстве юстиции Республики Казахстан 4.07.95 г. за N 73.",
    "Инструкция N 40 о порядке исчисления и уплаты подоходного налога с физических лиц",
    "Жеке тұлғалардан алынатын табыс салығын есептеу және төлеу тәртiбi туралы Нұсқаулық N 40")
INSTRUCTION_40_RU = (
    "# Инструкция N 40 о порядке исчисления и уплаты подоходного налога с физических лиц\n\n"
    "## Глава I Общие положения\n\n1. Инструкция разработана на основании Закона Республики Казахстан.\n\n"
    "5. Освобождение физического лица от подоходного налога может производиться только в порядке внесения изменений "
    "в Закон \"О налогах\".\n\n   > *Сноска. Пункт 5 - в новой редакции согласно приказу Налогового комитета Минфина "
    "РК от 30.09.1997г. N 322; пункт - с изменениями, внесенными приказом МГД РК от 4.08.99г. № 929 V990890_ .*\n\n## Глава III Совокупный годовой доход\n\n15\\. К доходам физического лица от "
    "предпринимательской деятельности относятся:\n\nв) доходы, полученные физическим лицом в виде вознаграждения "
    "(интереса);\n\nд) безвозмездно полученные имущество и деньги;\n\n> *Сноска. Пункт 15 - с изменениями, внесенными "
    "приказом Налогового комитета Минфина РК от 30.09.1997г. N 322.*\n")
CHANGES_322_META = _minfin(
    "3636", "1997-09-29", "Утверждены приказом Председателя налогового комитета Министерства финансов Республики "
    "Казахстан от 30 сентября 1997 г. N 322. Зарегистрирован Министерством юстиции Республики Казахстан 29.10.1997 г. N 56.",
    "Изменения и дополнения к Инструкции N 40 \"О порядке исчисления и уплаты подоходного налога с физических лиц\"",
    "Өзгерiстер мен толықтырулар")


def _instruction_and_changes(tmp_path: Path, titles: dict = INSTRUCTION_40_META["title"]) -> Path:
    from .test_parse_genres import CHANGE_LIST_KK, CHANGE_LIST_RU

    return _minfin_folders(tmp_path, (
        ("1995/0621-instruktsiia-n-40-501", {**INSTRUCTION_40_META, "title": titles}, {"rus.md": INSTRUCTION_40_RU}),
        ("1997/0929-izmeneniia-i-dopolneniia-3636", CHANGES_322_META, {"rus.md": CHANGE_LIST_RU, "kaz.md": CHANGE_LIST_KK})))


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_instruction_named_by_its_number_and_title_is_the_act_folder_that_holds_it(tmp_path, jobs):
    """The list of changes amends the order that approved Instruction N 40, its appendix 1's points, in both languages
    (it had amended an act of its own, "instruction 40" of no day, the Tax Committee's); the version of point 5 that
    order № 322 made has the wording the list gives it ("в Указ"), the published text the one a later order's made
    ("в Закон": the version of order № 322 had had no text)."""
    store = GraphStore(tmp_path / "store")
    report = build([_instruction_and_changes(tmp_path)], store, jobs=jobs)
    assert not report.failed, [d.error for d in report.failed]
    order = "https://w3id.org/kzlex/id/act/karzhy-ministrligi/1995-06-22/153"
    rows = select(store, """SELECT DISTINCT ?t ?lang WHERE { ?m a kzl:Amendment ; kzl:target ?t ; kzl:amendingAct ?a ;
        kzl:instruction/kzl:instructionText ?it . ?a eli:number "322" BIND(LANG(?it) AS ?lang) }""")
    assert {(r["t"].removeprefix(order), r["lang"]) for r in rows} >= {
        ("/app/1/p/5", "ru"), ("/app/1/p/15/sp/%D0%B2", "ru"), ("/app/1/p/15/sp/%D0%B2", "kk"),
        ("/app/1/p/15/sp/%D0%B4", "kk")}
    assert all(r["t"].startswith(order + "/app/1/") for r in rows)
    assert store.query(sparql_prefixes() + 'ASK { ?a eli:number "322" ; eli:amends <%s> }' % order)
    assert not select(store, "SELECT ?x WHERE { ?x a eli:LegalResource FILTER(CONTAINS(STR(?x), '/undated/')) }")
    (v,) = select(store, f"""SELECT ?text WHERE {{ ?v kzl:versionOf <{order}/app/1/p/5> ; kzl:text ?text ;
        prov:wasGeneratedBy/kzl:amendingAct/eli:number "322" }}""")
    assert v["text"].startswith("Освобождение физического лица от подоходного налога может производиться")
    assert "в Указ" in v["text"]
    (later,) = select(store, f"""SELECT ?text WHERE {{ ?v kzl:versionOf <{order}/app/1/p/5> ; kzl:text ?text ;
        prov:wasGeneratedBy/kzl:amendingAct/eli:number "929" }}""")
    assert "в Закон" in later["text"]


def test_an_instruction_of_another_title_or_number_is_not_the_act_folder_s(tmp_path):
    """A folder whose instruction N 40 is another ("Инструкция N 40 о порядке исчисления и уплаты земельного налога")
    is not the one the list names: the list's instruction stays a node of its own."""
    store = GraphStore(tmp_path / "store")
    build([_instruction_and_changes(tmp_path, {"rus": "Инструкция N 40 о порядке исчисления и уплаты земельного налога",
                                                "kaz": "Жер салығын есептеу және төлеу тәртiбi туралы Нұсқаулық N 40"})], store)
    assert select(store, "SELECT ?x WHERE { ?x a eli:LegalResource FILTER(CONTAINS(STR(?x), '/undated/40')) }")
    assert not select(store, """SELECT ?m WHERE { ?m kzl:amendingAct/eli:number "322" ; kzl:target ?t
        FILTER(CONTAINS(STR(?t), '/1995-06-22/153/') && NOT EXISTS { ?m kzl:fromNote true }) }""")


# The Main Tax Inspectorate's instruction of 1995 on special payments of subsoil users (its folder: "Утверждена Главной
# налоговой инспекцией Министерства финансов … от 30 июня 1995 г. N 41", approved_on 1995-06-29) and the Ministry's
# order № 19 of 1996 changing it, which names it by its title and the day and number of the act that approved it,
# with another body ("… утвержденную Министерством финансов от 30 июня 1995 года N 41"; "Қаржы министрлiгi
# 30.06.1995 ж. N 41 бекiткен "…" Нұсқаулыққа"): wording of the portal's texts
SUBSOIL_META = _minfin(
    "892", "1995-06-29", "Утверждена Главной налоговой инспекцией Министерства финансов Республики Казахстан от 30 июня "
    "1995 г. N 41. Зарегистрирован в Министерстве юстиции Республики Казахстан 7.07.95 г. за N 79.",
    "Инструкция О порядке исчисления и внесения специальных платежей и налогов недропользователей",
    "Жер қойнауын пайдаланушылардың арнаулы төлемдерi мен салығын есептеу мен төлеу тәртiбi туралы Нұсқаулық")
SUBSOIL_RU = (
    "# Инструкция О порядке исчисления и внесения специальных платежей и налогов недропользователей\n\n"
    "1\\. Настоящая Инструкция разработана во исполнение Указа Президента Республики Казахстан.\n\n"
    "5\\. Особенности порядка уплаты специальных платежей и налогов определяются Кабинетом Министров Республики "
    "Казахстан.\n\n6\\. Все контракты по недропользованию должны проходить обязательную предварительную налоговую "
    "экспертизу в Главной налоговой инспекции. <*>\n\n7\\. Условия налогообложения, определенные в контрактах по "
    "недропользованию, сохраняются на срок их действия. <**>\n\n> *Сноска. Пункты 6 и 7 - дополнены приказом "
    "Министерства финансов Республики Казахстан от 22 января 1996 г. N 19.*\n")
ORDER_19_META = _minfin(
    "2674", "1996-01-22", "Приказ Министра финансов Республики Казахстан от 22 января 1996 года N 19. Зарегистрирован "
    "Министерством юстиции Республики Казахстан 29.01.1996 г. N 13",
    "Об утверждении \"О внесении изменений и дополнений в Инструкцию \"О порядке исчисления и внесения специальных "
    "платежей и налогов недропользователей\"",
    "Қаржы министрлiгi 30.06.1995 ж. N 41 бекiткен \"Әлеуметтiк төлемдер мен жер қойнауын пайдаланушылардың салықтарын "
    "есептеу мен енгiзудiң тәртiбi туралы\" Нұсқаулыққа өзгертулер мен толықтырулар енгiзу туралы")
ORDER_19_KK = (
    "# Қаржы министрлiгi 30.06.1995 ж. N 41 бекiткен \"Әлеуметтiк төлемдер мен жер қойнауын пайдаланушылардың "
    "салықтарын есептеу мен енгiзудiң тәртiбi туралы\" Нұсқаулыққа өзгертулер мен толықтырулар енгiзу туралы\n\n"
    "Қазақстан Республикасы Қаржы министрлiгiнiң Бас салық инспекциясы жоғарыда аталған нұсқаулыққа мынадай "
    "өзгертулер мен толықтырулар енгiзедi:\n\n1. II тарау. Әлеуметтік төлемдер мен жер қойнауын пайдаланушылар "
    "салықтарының мазмұны мен қолданылу аясы мынадай мазмұндағы 6 және 7-тармақтармен толықтырылсын:\n\n"
    "   \"6. Жер қойнауын пайдалану жөнiндегi барлық контрактылар Бас салық инспекциясында мiндеттi түрде алдын ала "
    "салық сараптауынан өтуi тиiс.\n\n   7. Жер қойнауын пайдалану жөнiндегi контрактыларда айқындалған салық салу "
    "шарттары олардың қолданылу мерзiмiне сақталады.\".\n")


def test_an_instruction_named_by_the_day_and_number_that_approved_it_is_the_act_folder_that_holds_it(tmp_path):
    """Order № 19's changes amend the folder's act, the instruction its appendix 1, in both languages (they had
    amended the act itself, whose points are its appendix's, and had it of another day than the folder's). (The
    instruction numbers its points anew in each of its sections, which the order cannot know: the points it names
    are not yet those the instruction's text sets out, app/1/ch/2/p/6.)"""
    from .test_parse_genres import CHANGES_ATTACHED_RU

    corpus = _minfin_folders(tmp_path, (
        ("1995/0629-instruktsiia-892", SUBSOIL_META, {"rus.md": SUBSOIL_RU}),
        ("1996/0122-ob-utverzhdenii-2674", ORDER_19_META, {"rus.md": CHANGES_ATTACHED_RU, "kaz.md": ORDER_19_KK})))
    store = GraphStore(tmp_path / "store")
    report = build([corpus], store)
    assert not report.failed, [d.error for d in report.failed]
    act = "https://w3id.org/kzlex/id/act/karzhy-ministrligi/1995-06-30/41"
    rows = select(store, """SELECT DISTINCT ?t ?lang WHERE { ?m a kzl:Amendment ; kzl:target ?t ; kzl:amendingAct ?a ;
        kzl:instruction/kzl:instructionText ?it . ?a eli:number "19" BIND(LANG(?it) AS ?lang) }""")
    assert {(r["t"].removeprefix(act), r["lang"]) for r in rows} == {
        (f"/app/1/p/{n}", lang) for n in "67" for lang in ("ru", "kk")}
    assert store.query(sparql_prefixes() + 'ASK { ?a eli:number "19" ; eli:amends <%s> }' % act)
    assert not select(store, "SELECT ?x WHERE { ?x a eli:LegalResource FILTER(CONTAINS(STR(?x), '/1995-06-29/')) }")


def test_an_instruction_s_folder_added_later_moves_the_changes_built_before(tmp_path):
    """The list of changes built alone names an instruction of its own; when the instruction's folder joins the
    corpus, the next build reads the list again (every document's key holds the titled documents' digest) and its
    changes move to the folder's act — and back when the folder goes."""
    corpus = _instruction_and_changes(tmp_path)
    folder = next(corpus.rglob("1995"))
    aside = tmp_path / "aside"
    folder.rename(aside)
    store = GraphStore(tmp_path / "store")
    query = """SELECT DISTINCT ?t WHERE { ?m kzl:amendingAct/eli:number "322" ; kzl:target ?t
        FILTER NOT EXISTS { ?m kzl:fromNote true } }"""

    def acts() -> set[str]:
        return {r["t"].split("/act/")[1].split("/")[1] for r in select(store, query)}

    assert not build([corpus], store).failed
    assert acts() == {"undated"}
    aside.rename(folder)
    assert not build([corpus], store).failed
    assert acts() == {"1995-06-22"}
    folder.rename(aside)
    assert not build([corpus], store, prune=True).failed
    assert acts() == {"undated"}


BILINGUAL_META = """act_code: '900009'
requisite: Приказ Министра внутренних дел Республики Казахстан от 5 марта 2010 года № 100. Зарегистрирован в Министерстве юстиции Республики Казахстан 6 марта 2010 года № 6100
title:
  rus: Об утверждении Правил
  kaz: Қағидаларды бекіту туралы
form: ПРИК
approved_on: 2010-03-05
approved_by:
- '103003000000'
"""
# a law laws.yaml does not list (the law on pedigree livestock breeding of 1998), cited by its Kazakh and Russian titles
# beside a law it lists, in the preamble and in a point
BILINGUAL_KK = ('# Қағидаларды бекіту туралы\n\n"Асыл тұқымды мал шаруашылығы туралы" Қазақстан Республикасының 1998 жылғы '
                '9 шілдедегі № 278-I Заңына және "Нотариат туралы" Қазақстан Республикасының Заңына сәйкес БҰЙЫРАМЫН:\n\n'
                '1. Қоса беріліп отырған Қағидалар бекітілсін.\n\n2. "Асыл тұқымды мал шаруашылығы туралы" Заңның '
                '5-бабына сәйкес сақталсын.\n')
BILINGUAL_RU = ('# Об утверждении Правил\n\nВ соответствии с Законом Республики Казахстан от 9 июля 1998 года № 278-I '
                '"О племенном животноводстве" и Законом Республики Казахстан "О нотариате" ПРИКАЗЫВАЮ:\n\n'
                '1. Утвердить прилагаемые Правила.\n\n2. Согласно статье 5 Закона "О племенном животноводстве" '
                'соблюдать.\n')


def _law_nodes(store: GraphStore) -> dict[str, set[str]]:
    rows = select(store, """SELECT ?f ?law WHERE { GRAPH ?g { ?g kzl:fileName ?f . ?act eli:based_on ?law } }""")
    out: dict[str, set[str]] = {}
    for r in rows:
        out.setdefault(r["f"].rsplit("/", 1)[1], set()).add(r["law"].split("/id/")[1])
    return out


def _built_folder(tmp_path, kk: str, ru: str) -> tuple:
    """An act folder of BILINGUAL_META with these texts, built into a new store: (the folder, the store)."""
    folder = tmp_path / "tree" / "07-ministerial" / "103003000000-qriim" / "2010" / "0305-ob-utverzhdenii-900009"
    folder.mkdir(parents=True)
    (folder / "meta.yaml").write_text(BILINGUAL_META, encoding="utf-8")
    (folder / "kaz.md").write_text(kk, encoding="utf-8")
    (folder / "rus.md").write_text(ru, encoding="utf-8")
    store = GraphStore(tmp_path / "store")
    assert not build([tmp_path / "tree"], store).failed
    return folder, store


def test_a_law_laws_yaml_does_not_list_is_one_node_for_both_texts_of_an_act(tmp_path):
    folder, store = _built_folder(tmp_path, BILINGUAL_KK, BILINGUAL_RU)
    laws = _law_nodes(store)
    assert laws["kaz.md"] == laws["rus.md"] == {"law/o-plemennom-zhivotnovodstve", "law/o-notariate-1997-07-14"}
    titles = select(store, "SELECT ?t WHERE { <https://w3id.org/kzlex/id/law/o-plemennom-zhivotnovodstve> "
                           "eli:is_realized_by/eli:title ?t }")
    assert {r["t"] for r in titles} == {"Асыл тұқымды мал шаруашылығы туралы", "О племенном животноводстве"}
    cited = select(store, "SELECT DISTINCT ?u WHERE { ?p eli:cites ?u . FILTER(CONTAINS(STR(?u), '/art/5')) }")
    assert [r["u"].split("/id/")[1] for r in cited] == ["law/o-plemennom-zhivotnovodstve/art/5"]
    # the Russian text names another law in its place: the Kazakh text's law is its own again, at the next build
    (folder / "rus.md").write_text(BILINGUAL_RU.replace("О племенном животноводстве", "О пчеловодстве"),
                                   encoding="utf-8")
    assert not build([tmp_path / "tree"], store).failed
    assert _law_nodes(store)["kaz.md"] == {"law/o-pchelovodstve", "law/o-notariate-1997-07-14"}
    # … and where the two texts name their laws apart (the Russian one a law more), each keeps its own words
    (folder / "rus.md").write_text(BILINGUAL_RU.replace('"О нотариате"', '"О нотариате" и Законом "О пчеловодстве"'),
                                   encoding="utf-8")
    assert not build([tmp_path / "tree"], store).failed
    assert _law_nodes(store)["kaz.md"] == {"law/asyl-tukymdy-mal-sharuashylygy-turaly", "law/o-notariate-1997-07-14"}


# the basis of Almaty oblast akim 1998 № 6-214а: the Kazakh text names the Government's resolution by its day and title
# alone, the Russian text by its number too
NUMBERED_KK = ('# Ережені бекіту туралы\n\nҚазақстан Республикасы Үкіметінің 1996 жылғы мамырдың 27-гі "Мемлекеттік '
               'қызметтегі бос лауазымға орналастыру конкурсын өткізу тәртібі туралы Ережесін бекіту туралы" Қаулысын '
               'орындау барысында облыс әкімі шешім қабылдады:\n\n1. Ереже бекітілсін.\n')
NUMBERED_RU = ('# Об утверждении Положения\n\nВо исполнение Постановления Правительства Республики Казахстан N 649 от 27 '
               'мая 1996 года "Об утверждении положения о порядке проведения конкурса на замещение вакантной должности '
               'государственной службы" Аким области РЕШИЛ:\n\n1. Утвердить Положение.\n')


def test_an_act_the_kazakh_text_names_by_day_alone_has_the_number_the_russian_text_gives(tmp_path):
    folder, store = _built_folder(tmp_path, NUMBERED_KK, NUMBERED_RU)
    assert _law_nodes(store) == {"kaz.md": {"act/ukimet/1996-05-27/649"}, "rus.md": {"act/ukimet/1996-05-27/649"}}
    # … a Russian text that gives that day no number (or two) numbers it not: the Kazakh one keeps "б/н"
    (folder / "rus.md").write_text(NUMBERED_RU.replace("N 649 от 27 мая 1996 года", "от 27 мая 1996 года"),
                                   encoding="utf-8")
    assert not build([tmp_path / "tree"], store).failed
    assert _law_nodes(store)["kaz.md"] == {"act/ukimet/1996-05-27/%D0%B1%2F%D0%BD"}  # ("б/н", IRI-escaped)


def test_the_russian_text_read_to_name_the_kazakh_text_s_laws_is_not_read_again(tmp_path):
    import importlib

    from kg.iri import DEFAULT_BASE

    b = importlib.import_module("kg.build")
    for name, text in (("meta.yaml", BILINGUAL_META), ("kaz.md", BILINGUAL_KK), ("rus.md", BILINGUAL_RU)):
        (tmp_path / name).write_text(text, encoding="utf-8")

    def task(name: str, lang: str) -> tuple:
        return str(tmp_path / name), DEFAULT_BASE, name, str(tmp_path / "meta.yaml"), lang

    b.parse_and_map(task("kaz.md", "kk"))
    kept = b._RUSSIAN[1]
    assert kept is not None and kept.lang == "ru"
    first = b.parse_and_map(task("rus.md", "ru"))[2]
    assert b._RUSSIAN == (None, None)  # used once
    again = b.parse_and_map(task("rus.md", "ru"))[2]  # read anew
    assert sorted(map(str, first)) == sorted(map(str, again)) and first
